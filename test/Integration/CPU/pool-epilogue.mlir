// ResNet's global average pool as torch-mlir writes it: a sum reduction into
// (d0, d1, 0, 0), then a divide. Tiling the divide must not try to fuse the
// reduction through a slice of its result (no tiled implementation for that
// map): upstream then printed "error: ... not accessed using a permuted
// projection" during a compile that succeeded.
// RUN: fuse-opt %s --fusion-to-llvm -o /dev/null 2>&1 | FileCheck %s --implicit-check-not=error
// RUN: fuse-run %s --entry=avgpool --compare='fusion-to-llvm{fuse=false}' 2>&1 | FileCheck %s --check-prefix=EXEC --implicit-check-not=error
// CHECK: remark: [fusion-form-groups] formed a reduction group
// EXEC: compare: 'fusion-to-llvm{fuse=false}' max abs err {{[0-9.e+-]+}}, {{.*}}: OK
func.func @avgpool(%x: tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32> {
  %z = arith.constant 0.0 : f32
  %n = arith.constant 49.0 : f32
  %e = tensor.empty() : tensor<1x512x1x1xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(a,b,c,d) -> (a,b,c,d)>, affine_map<(a,b,c,d) -> (a,b,0,0)>], iterator_types = ["parallel","parallel","reduction","reduction"]} ins(%x : tensor<1x512x7x7xf32>) outs(%f : tensor<1x512x1x1xf32>) {
  ^bb0(%i: f32, %o: f32):
    %a = arith.addf %i, %o : f32
    linalg.yield %a : f32
  } -> tensor<1x512x1x1xf32>
  %m = linalg.generic {indexing_maps = [affine_map<(a,b,c,d) -> (a,b,c,d)>, affine_map<(a,b,c,d) -> (a,b,c,d)>], iterator_types = ["parallel","parallel","parallel","parallel"]} ins(%s : tensor<1x512x1x1xf32>) outs(%e : tensor<1x512x1x1xf32>) {
  ^bb0(%i: f32, %o: f32):
    %d = arith.divf %i, %n : f32
    linalg.yield %d : f32
  } -> tensor<1x512x1x1xf32>
  return %m : tensor<1x512x1x1xf32>
}
