// RUN: fuse-opt %s -split-input-file -fusion-fuse-elementwise -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-fuse-elementwise="max-recompute-ops=100 max-broadcast-factor=1000" 2>/dev/null | FileCheck %s --check-prefix=LOOSE

#id = affine_map<(d0) -> (d0)>

// A chain of three elementwise ops becomes one generic.
// CHECK-LABEL: func.func @chain
// CHECK: linalg.generic
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: math.exp
// CHECK-NOT: linalg.generic
func.func @chain(%x: tensor<64xf32>, %a: tensor<64xf32>) -> tensor<64xf32> {
  %e = tensor.empty() : tensor<64xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%x, %a : tensor<64xf32>, tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.mulf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  %1 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%0, %a : tensor<64xf32>, tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.addf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  // Both producers end up fused into the last op (the driver visits it
  // first); neither intermediate is materialized.
  // expected-remark @+2 {{fuse-elementwise.mlir":21:8) into this op; saves ~512 bytes of memory traffic}}
  // expected-remark @+1 {{fuse-elementwise.mlir":15:8) into this op; saves ~512 bytes of memory traffic}}
  %2 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%1 : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = math.exp %p : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  return %2 : tensor<64xf32>
}

// -----

// Not fused: an expensive producer (4 ops per element) with another user
// would be computed twice.
// CHECK-LABEL: func.func @expensive_shared
// CHECK-COUNT-2: linalg.generic
// LOOSE-LABEL: func.func @expensive_shared
#id = affine_map<(d0) -> (d0)>
func.func @expensive_shared(%x: tensor<64xf32>) -> (tensor<64xf32>, tensor<64xf32>) {
  %e = tensor.empty() : tensor<64xf32>
  %one = arith.constant 1.0 : f32
  %s = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%p: f32, %o: f32):
    %n = arith.negf %p : f32
    %ex = math.exp %n : f32
    %d = arith.addf %ex, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  // expected-remark @+1 {{not fused with producer at}}
  %y = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%s, %x : tensor<64xf32>, tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.mulf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  return %y, %s : tensor<64xf32>, tensor<64xf32>
}

// -----

// Not fused: the consumer (64x128) iterates a broadcast of an expensive
// producer over 64 elements: each would be computed 128 times.
// CHECK-LABEL: func.func @broadcast_expansion
// CHECK-COUNT-2: linalg.generic
// With loose limits it fuses:
// LOOSE-LABEL: func.func @broadcast_expansion
// LOOSE-COUNT-1: linalg.generic
// LOOSE-NOT: linalg.generic
#id1 = affine_map<(d0) -> (d0)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @broadcast_expansion(%x: tensor<64xf32>, %m: tensor<64x128xf32>) -> tensor<64x128xf32> {
  %e1 = tensor.empty() : tensor<64xf32>
  %e2 = tensor.empty() : tensor<64x128xf32>
  %one = arith.constant 1.0 : f32
  %s = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%x : tensor<64xf32>) outs(%e1 : tensor<64xf32>) {
  ^bb0(%p: f32, %o: f32):
    %n = arith.negf %p : f32
    %ex = math.exp %n : f32
    %d = arith.addf %ex, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  // expected-remark @+1 {{not fused with producer at}}
  %y = linalg.generic {indexing_maps = [#row, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%s, %m : tensor<64xf32>, tensor<64x128xf32>) outs(%e2 : tensor<64x128xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.mulf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<64x128xf32>
  return %y : tensor<64x128xf32>
}

// -----

// A cheap producer (bias + ReLU) feeding a contraction that reads each of
// its elements once per output column is not fused: it would run in the
// contraction's inner loop, 16 times per element. (LOOSE fuses it.)
// CHECK-LABEL: func.func @into_contraction
// CHECK-COUNT-2: linalg.generic
// LOOSE-LABEL: func.func @into_contraction
// LOOSE-COUNT-1: linalg.generic
// LOOSE-NOT: linalg.generic
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @into_contraction(%h: tensor<4x8xf32>, %b: tensor<4x8xf32>, %w: tensor<8x16xf32>, %acc: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%h, %b : tensor<4x8xf32>, tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %s = arith.addf %x, %y : f32
    %t = arith.maximumf %s, %zero : f32
    linalg.yield %t : f32
  } -> tensor<4x8xf32>
  // expected-remark @+1 {{fusing into a contraction would recompute each producer element 16 times in its inner loop (limit 4)}}
  %m = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%r, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%acc : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %m : tensor<4x16xf32>
}
