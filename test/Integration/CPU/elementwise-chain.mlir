// A 12-op elementwise chain, one linalg.generic per op as a frontend emits
// it: fused into a single loop nest, with the same numbers.
// RUN: fuse-opt %s --fusion-to-linalg --print-op-stats -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATS
// STATS: linalg.generic {{ *}}, 1{{$}}
// RUN: fuse-opt %s --fusion-to-linalg=fuse=false --print-op-stats -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNFUSED
// UNFUSED: linalg.generic {{ *}}, 12{{$}}
// RUN: fuse-run %s --compare='fusion-to-llvm{fuse=false}' | FileCheck %s
// RUN: fuse-run %s --compare='fusion-to-llvm{fuse=false vectorize=false}' --dist=normal --seed=9 | FileCheck %s
// CHECK: result #0: tensor<512x256xf32> shape 512x256 sum {{[-0-9.e+]+}} min {{[-0-9.e+]+}} max {{[-0-9.e+]+}}{{$}}
// CHECK: compare: {{.*}}: OK
#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @main(%x: tensor<512x256xf32>, %b: tensor<256xf32>) -> tensor<512x256xf32> {
  %e = tensor.empty() : tensor<512x256xf32>
  %v0 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.mulf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v1 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v0, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.addf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v1 : tensor<512x256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = math.tanh %p : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v3 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v2, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.subf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v4 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v3, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.maximumf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v5 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v4 : tensor<512x256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = math.exp %p : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v6 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v5, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.divf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v7 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v6 : tensor<512x256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = math.sin %p : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v8 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v7 : tensor<512x256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = arith.negf %p : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v9 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v8, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.minimumf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v10 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v9 : tensor<512x256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = math.absf %p : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  %v11 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v10, %b : tensor<512x256xf32>, tensor<256xf32>) outs(%e : tensor<512x256xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.mulf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<512x256xf32>
  return %v11 : tensor<512x256xf32>
}
