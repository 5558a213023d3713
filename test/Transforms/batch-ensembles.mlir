// RUN: fuse-opt %s -split-input-file -fusion-batch-ensembles -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-batch-ensembles=min-branches=4 2>&1 >/dev/null | FileCheck %s --check-prefix=MIN
// RUN: fuse-opt %s -split-input-file -fusion-batch-ensembles=max-stack-bytes=64 2>&1 >/dev/null | FileCheck %s --check-prefix=BYTES

// An ensemble over one input (fusion.late): the matmuls become one generic
// over a leading branch dim that reads the shared input once and the
// stacked weights; the ReLUs one generic; each branch yields its slice.
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-LABEL: func.func @late_same_input
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<3x4x16xf32>)
// CHECK: %[[WS:.*]] = tensor.concat dim(0) %{{.*}}, %{{.*}}, %{{.*}} : {{.*}} -> tensor<3x8x16xf32>
// CHECK: %[[M:.*]] = linalg.generic {indexing_maps = [#[[X]], #[[W]], #{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%arg0, %[[WS]] : tensor<4x8xf32>, tensor<3x8x16xf32>) outs(%[[F]] :
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[M]] : tensor<3x4x16xf32>)
// CHECK: arith.maximumf
// CHECK: %[[S0:.*]] = tensor.extract_slice %[[R]][0, 0, 0] [1, 4, 16] [1, 1, 1]
// CHECK: %[[S1:.*]] = tensor.extract_slice %[[R]][1, 0, 0]
// CHECK: %[[S2:.*]] = tensor.extract_slice %[[R]][2, 0, 0]
// CHECK: fusion.late
// CHECK-NEXT: ^bb0
// CHECK-NEXT: fusion.yield %[[S0]]
// CHECK: fusion.yield %[[S1]]
// CHECK: fusion.yield %[[S2]]
// CHECK: fusion.mean
// MIN: not batched: fewer branches than min-branches (4)
// BYTES: not batched: stacking the branches' inputs would copy 1536 bytes (limit 64)
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @late_same_input(%x: tensor<4x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>, %w2: tensor<8x16xf32>) -> tensor<4x16xf32> {
  // expected-remark @+1 {{batched 3 isomorphic branches}}
  %y = fusion.late ins(%x, %x, %x : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<4x16xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
    %m = linalg.matmul ins(%a, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
    ^bb0(%i: f32, %o: f32):
      %t = arith.maximumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<4x16xf32>
    fusion.yield %r : tensor<4x16xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<4x16xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
    %m = linalg.matmul ins(%a, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
    ^bb0(%i: f32, %o: f32):
      %t = arith.maximumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<4x16xf32>
    fusion.yield %r : tensor<4x16xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<4x16xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
    %m = linalg.matmul ins(%a, %w2 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
    ^bb0(%i: f32, %o: f32):
      %t = arith.maximumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<4x16xf32>
    fusion.yield %r : tensor<4x16xf32>
  } combine {
  ^bb0(%p: tensor<4x16xf32>, %q: tensor<4x16xf32>, %s: tensor<4x16xf32>):
    %mm = fusion.mean %p, %q, %s : tensor<4x16xf32>
    fusion.yield %mm : tensor<4x16xf32>
  }
  return %y : tensor<4x16xf32>
}

// -----

// Plain IR, different inputs and constant weights: inputs stacked by a
// concat, weights stacked at compile time, one linalg.batch_matmul; the
// combiner (an add) reads the slices.
// CHECK-LABEL: func.func @plain_different_inputs
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[}}1.000000e+00, 2.000000e+00]], {{\[\[}}3.000000e+00, 4.000000e+00]]]> : tensor<2x1x2xf32>
// CHECK-DAG: %[[X:.*]] = tensor.concat dim(0) %{{.*}}, %{{.*}} : (tensor<1x3x1xf32>, tensor<1x3x1xf32>) -> tensor<2x3x1xf32>
// CHECK: %[[M:.*]] = linalg.batch_matmul ins(%[[X]], %[[W]] : tensor<2x3x1xf32>, tensor<2x1x2xf32>)
// CHECK-DAG: %[[S0:.*]] = tensor.extract_slice %[[M]][0, 0, 0] [1, 3, 2] [1, 1, 1] : tensor<2x3x2xf32> to tensor<3x2xf32>
// CHECK-DAG: %[[S1:.*]] = tensor.extract_slice %[[M]][1, 0, 0] [1, 3, 2] [1, 1, 1] : tensor<2x3x2xf32> to tensor<3x2xf32>
// CHECK: linalg.generic {{.*}} ins(%[[S0]], %[[S1]] :
// CHECK-NOT: linalg.matmul
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @plain_different_inputs(%a: tensor<3x1xf32>, %b: tensor<3x1xf32>) -> tensor<3x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x2xf32>
  %wa = arith.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %fa = linalg.fill ins(%zero : f32) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %ma = linalg.matmul ins(%a, %wa : tensor<3x1xf32>, tensor<1x2xf32>) outs(%fa : tensor<3x2xf32>) -> tensor<3x2xf32>
  %wb = arith.constant dense<[[3.0, 4.0]]> : tensor<1x2xf32>
  %fb = linalg.fill ins(%zero : f32) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %mb = linalg.matmul ins(%b, %wb : tensor<3x1xf32>, tensor<1x2xf32>) outs(%fb : tensor<3x2xf32>) -> tensor<3x2xf32>
  // expected-remark @+1 {{batched 2 isomorphic branches}}
  %s = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%ma, %mb : tensor<3x2xf32>, tensor<3x2xf32>) outs(%e : tensor<3x2xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %t = arith.addf %p, %q : f32
    linalg.yield %t : f32
  } -> tensor<3x2xf32>
  return %s : tensor<3x2xf32>
}

// -----

// Negatives: branches that differ in an op (a ReLU in one only), in a body
// (max vs min), and a branch with an op that cannot be batched.
// CHECK-LABEL: func.func @late_negatives
// CHECK-COUNT-6: linalg.matmul
#id3 = affine_map<(d0, d1) -> (d0, d1)>
func.func @late_negatives(%x: tensor<4x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>, %f: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>, tensor<64xf32>) {
  // expected-remark @+1 {{not batched: branches differ in their number of ops}}
  %y0 = fusion.late ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    fusion.yield %m : tensor<4x16xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%f : tensor<4x16xf32>) {
    ^bb0(%i: f32, %o: f32):
      %zero = arith.constant 0.0 : f32
      %t = arith.maximumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<4x16xf32>
    fusion.yield %r : tensor<4x16xf32>
  } combine {
  ^bb0(%p: tensor<4x16xf32>, %q: tensor<4x16xf32>):
    %s = fusion.sum %p, %q : tensor<4x16xf32>
    fusion.yield %s : tensor<4x16xf32>
  }
  // expected-remark @+1 {{not batched: branches differ in the body of op #1}}
  %y1 = fusion.late ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%f : tensor<4x16xf32>) {
    ^bb0(%i: f32, %o: f32):
      %zero = arith.constant 0.0 : f32
      %t = arith.maximumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<4x16xf32>
    fusion.yield %r : tensor<4x16xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x16xf32>) outs(%f : tensor<4x16xf32>) {
    ^bb0(%i: f32, %o: f32):
      %zero = arith.constant 0.0 : f32
      %t = arith.minimumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<4x16xf32>
    fusion.yield %r : tensor<4x16xf32>
  } combine {
  ^bb0(%p: tensor<4x16xf32>, %q: tensor<4x16xf32>):
    %s = fusion.sum %p, %q : tensor<4x16xf32>
    fusion.yield %s : tensor<4x16xf32>
  }
  // expected-remark @+1 {{not batched: op tensor.collapse_shape cannot be batched}}
  %y2 = fusion.late ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<64xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %c = tensor.collapse_shape %m [[0, 1]] : tensor<4x16xf32> into tensor<64xf32>
    fusion.yield %c : tensor<64xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    %c = tensor.collapse_shape %m [[0, 1]] : tensor<4x16xf32> into tensor<64xf32>
    fusion.yield %c : tensor<64xf32>
  } combine {
  ^bb0(%p: tensor<64xf32>, %q: tensor<64xf32>):
    %s = fusion.sum %p, %q : tensor<64xf32>
    fusion.yield %s : tensor<64xf32>
  }
  return %y0, %y1, %y2 : tensor<4x16xf32>, tensor<4x16xf32>, tensor<64xf32>
}

// -----

// Negative: dynamic shapes.
// CHECK-LABEL: func.func @dynamic
// CHECK-COUNT-2: linalg.matmul
func.func @dynamic(%x: tensor<?x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>, %f: tensor<?x16xf32>) -> tensor<?x16xf32> {
  // expected-remark @+1 {{not batched: dynamic shapes}}
  %y = fusion.late ins(%x, %x : tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x16xf32>
  branch {
  ^bb0(%a: tensor<?x8xf32>):
    %m = linalg.matmul ins(%a, %w0 : tensor<?x8xf32>, tensor<8x16xf32>) outs(%f : tensor<?x16xf32>) -> tensor<?x16xf32>
    fusion.yield %m : tensor<?x16xf32>
  } branch {
  ^bb0(%a: tensor<?x8xf32>):
    %m = linalg.matmul ins(%a, %w1 : tensor<?x8xf32>, tensor<8x16xf32>) outs(%f : tensor<?x16xf32>) -> tensor<?x16xf32>
    fusion.yield %m : tensor<?x16xf32>
  } combine {
  ^bb0(%p: tensor<?x16xf32>, %q: tensor<?x16xf32>):
    %s = fusion.sum %p, %q : tensor<?x16xf32>
    fusion.yield %s : tensor<?x16xf32>
  }
  return %y : tensor<?x16xf32>
}

// -----

// Robustness (crash audit): branches filling with different scalar constants
// cannot stack them (a scalar is no tensor).
// CHECK-LABEL: func.func @scalar_constants
// CHECK: fusion.late
func.func @scalar_constants(%x: tensor<4x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>) -> tensor<4x16xf32> {
  %c0 = arith.constant 0.0 : f32
  %c1 = arith.constant 1.0 : f32
  // expected-remark @+1 {{[fusion-batch-ensembles] not batched: a value that differs between branches is not a static-shaped tensor}}
  %r = fusion.late ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %e = tensor.empty() : tensor<4x16xf32>
    %f = linalg.fill ins(%c0 : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
    %m = linalg.matmul ins(%a, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    fusion.yield %m : tensor<4x16xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %e = tensor.empty() : tensor<4x16xf32>
    %f = linalg.fill ins(%c1 : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
    %m = linalg.matmul ins(%a, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    fusion.yield %m : tensor<4x16xf32>
  } combine {
  ^bb0(%p: tensor<4x16xf32>, %q: tensor<4x16xf32>):
    %s = fusion.sum %p, %q : tensor<4x16xf32>
    fusion.yield %s : tensor<4x16xf32>
  }
  return %r : tensor<4x16xf32>
}

// -----

// Constants of different shapes in different branches: refused (their bytes
// were concatenated into a constant of the wrong size).
// CHECK-LABEL: func.func @different_shapes
// CHECK: fusion.late
#id9 = affine_map<(i, j) -> (i, j)>
#b9 = affine_map<(i, j) -> (0)>
func.func @different_shapes(%x: tensor<4x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>, %i: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %c0 = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  %c1 = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // expected-remark @+1 {{[fusion-batch-ensembles] not batched: a value that differs between branches has different types in different branches}}
  %r = fusion.late ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
    %e = tensor.empty() : tensor<4x16xf32>
    %g = linalg.generic {indexing_maps = [#id9, #b9, #id9], iterator_types = ["parallel", "parallel"]} ins(%m, %c0 : tensor<4x16xf32>, tensor<8xf32>) outs(%e : tensor<4x16xf32>) {
    ^bb0(%p: f32, %q: f32, %o: f32):
      %z = arith.addf %p, %q : f32
      linalg.yield %z : f32
    } -> tensor<4x16xf32>
    fusion.yield %g : tensor<4x16xf32>
  } branch {
  ^bb0(%a: tensor<4x8xf32>):
    %m = linalg.matmul ins(%a, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
    %e = tensor.empty() : tensor<4x16xf32>
    %g = linalg.generic {indexing_maps = [#id9, #b9, #id9], iterator_types = ["parallel", "parallel"]} ins(%m, %c1 : tensor<4x16xf32>, tensor<2xf32>) outs(%e : tensor<4x16xf32>) {
    ^bb0(%p: f32, %q: f32, %o: f32):
      %z = arith.addf %p, %q : f32
      linalg.yield %z : f32
    } -> tensor<4x16xf32>
    fusion.yield %g : tensor<4x16xf32>
  } combine {
  ^bb0(%p: tensor<4x16xf32>, %q: tensor<4x16xf32>):
    %s = fusion.sum %p, %q : tensor<4x16xf32>
    fusion.yield %s : tensor<4x16xf32>
  }
  return %r : tensor<4x16xf32>
}

// -----

// The combiner writes into branch A's tensor.empty: that empty is not private
// to the branch (it was erased while the combiner still used it: "null
// operand found"). The branches then differ in their ops: not batched, no
// remark.
// CHECK-LABEL: func.func @shared_empty
// CHECK-COUNT-2: linalg.matmul
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @shared_empty(%x: tensor<4x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<4x16xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %a = linalg.matmul ins(%x, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f0 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %e1 = tensor.empty() : tensor<4x16xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %b = linalg.matmul ins(%x, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f1 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %s = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<4x16xf32>, tensor<4x16xf32>) outs(%e0 : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.addf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %s : tensor<4x16xf32>
}
