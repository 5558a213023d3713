// RUN: fuse-opt %s -split-input-file -fusion-fold-combiners -verify-diagnostics | FileCheck %s

// A weighted mean of two matmuls (separate branches, constant weights):
// the weights are scaled at compile time (0.25 * 4 = 1, 0.75 * 4 = 3), the
// first matmul accumulates into 0.25 * init0 + 0.75 * init1, the second
// into the first's result; no per-branch output remains.
// CHECK-LABEL: func.func @separate_weighted_mean
// CHECK: %[[ACC:.*]] = linalg.generic {{.*}} ins(%arg2, %arg3 :
// CHECK: %[[W0:.*]] = arith.constant dense<1.000000e+00> : tensor<8x16xf32>
// CHECK: %[[M0:.*]] = linalg.matmul ins(%arg0, %[[W0]] : {{.*}}) outs(%[[ACC]] :
// CHECK: %[[W1:.*]] = arith.constant dense<3.000000e+00> : tensor<8x16xf32>
// CHECK: %[[M1:.*]] = linalg.matmul ins(%arg1, %[[W1]] : {{.*}}) outs(%[[M0]] :
// CHECK-NEXT: return %[[M1]]
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @separate_weighted_mean(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>, %i0: tensor<4x16xf32>, %i1: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %w = arith.constant dense<4.0> : tensor<8x16xf32>
  %m0 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i0 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m1 = linalg.matmul ins(%b, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i1 : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{[fusion-fold-combiners] folded the combiner of 2 branch outputs into their contractions; saves ~768 bytes of memory traffic}}
  %y = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m0, %m1 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%i0 : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %c0 = arith.constant 0.25 : f32
    %c1 = arith.constant 0.75 : f32
    %0 = arith.mulf %p, %c0 : f32
    %1 = arith.mulf %q, %c1 : f32
    %2 = arith.addf %0, %1 : f32
    linalg.yield %2 : f32
  } -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// Batched branches (slices of one batch_matmul): a mean becomes the batch
// dim reduced inside the contraction; constant weights are scaled per
// branch at compile time, the init reduced over the branches.
// CHECK-DAG: #[[RED:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
// CHECK-LABEL: func.func @batched_mean
// CHECK: %[[W:.*]] = arith.constant dense<1.000000e+00> : tensor<3x8x16xf32>
// CHECK: %[[INIT:.*]] = linalg.generic {{.*}} iterator_types = ["reduction", "parallel", "parallel"]
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #[[RED]]], iterator_types = ["reduction", "parallel", "parallel", "reduction"]} ins(%arg0, %[[W]] : {{.*}}) outs(%[[INIT]] : tensor<4x16xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: arith.addf
// CHECK-NEXT: linalg.yield
// CHECK-NEXT: } -> tensor<4x16xf32>
// CHECK-NEXT: return %[[R]]
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @batched_mean(%a: tensor<3x4x8xf32>, %init: tensor<3x4x16xf32>, %e: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %w = arith.constant dense<3.0> : tensor<3x8x16xf32>
  %m = linalg.batch_matmul ins(%a, %w : tensor<3x4x8xf32>, tensor<3x8x16xf32>) outs(%init : tensor<3x4x16xf32>) -> tensor<3x4x16xf32>
  %s0 = tensor.extract_slice %m[0, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<3x4x16xf32> to tensor<4x16xf32>
  %s1 = tensor.extract_slice %m[1, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<3x4x16xf32> to tensor<4x16xf32>
  %s2 = tensor.extract_slice %m[2, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<3x4x16xf32> to tensor<4x16xf32>
  // expected-remark @+1 {{folded the combiner of 3 branch outputs}}
  %y = linalg.generic {indexing_maps = [#id2, #id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%s0, %s1, %s2 : tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %r: f32, %o: f32):
    %third = arith.constant 0.3333333333 : f32
    %0 = arith.addf %p, %q : f32
    %1 = arith.addf %0, %r : f32
    %2 = arith.mulf %1, %third : f32
    linalg.yield %2 : f32
  } -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// Negatives: a gate-like product (not linear with constant coefficients),
// a branch output used elsewhere too, and a max (not linear).
// CHECK-LABEL: func.func @negatives
// CHECK-COUNT-6: linalg.matmul
#id3 = affine_map<(d0, d1) -> (d0, d1)>
func.func @negatives(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %i: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>) {
  %m0 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m1 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: not a constant linear combination (sum or mean); gates and attention weigh per element at run time}}
  %y0 = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel"]}
      ins(%m0, %m1 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %0 = arith.mulf %p, %q : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %m2 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m3 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: input #1 has other uses or another type}}
  %y1 = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel"]}
      ins(%m2, %m3 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %0 = arith.addf %p, %q : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %m4 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m5 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: not a constant linear combination}}
  %y2 = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel"]}
      ins(%m4, %m5 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %0 = arith.maximumf %p, %q : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  return %y0, %y1, %y2, %m3 : tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// Weights given at run time: a sum folds (no scaling), a mean does not
// (scaling the weights would cost a pass over them per call).
// CHECK-LABEL: func.func @runtime_weights
// CHECK: linalg.batch_matmul
// CHECK-NOT: linalg.batch_matmul
#id4 = affine_map<(d0, d1) -> (d0, d1)>
func.func @runtime_weights(%a: tensor<2x4x8xf32>, %w: tensor<2x8x16xf32>, %init: tensor<2x4x16xf32>, %e: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %m = linalg.batch_matmul ins(%a, %w : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%init : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %s0 = tensor.extract_slice %m[0, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  %s1 = tensor.extract_slice %m[1, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  // expected-remark @+1 {{folded the combiner of 2 branch outputs}}
  %sum = linalg.generic {indexing_maps = [#id4, #id4, #id4], iterator_types = ["parallel", "parallel"]}
      ins(%s0, %s1 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %0 = arith.addf %p, %q : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %n = linalg.batch_matmul ins(%a, %w : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%init : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %t0 = tensor.extract_slice %n[0, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  %t1 = tensor.extract_slice %n[1, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  // expected-remark @+1 {{not folded: the weights to scale are not constants: scaling them would cost a pass over them per call}}
  %mean = linalg.generic {indexing_maps = [#id4, #id4, #id4], iterator_types = ["parallel", "parallel"]}
      ins(%t0, %t1 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %half = arith.constant 0.5 : f32
    %0 = arith.addf %p, %q : f32
    %1 = arith.mulf %0, %half : f32
    linalg.yield %1 : f32
  } -> tensor<4x16xf32>
  return %sum, %mean : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// Robustness (found by the crash audit): 0-D slices have no offset to read.
// CHECK-LABEL: func.func @zero_d_slices
// CHECK: linalg.generic
func.func @zero_d_slices(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xf32>, %init: tensor<f32>) -> tensor<f32> {
  %d0 = linalg.dot ins(%a, %b : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<f32>) -> tensor<f32>
  %d1 = linalg.dot ins(%a, %c : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<f32>) -> tensor<f32>
  %s0 = tensor.extract_slice %d0[] [] [] : tensor<f32> to tensor<f32>
  %s1 = tensor.extract_slice %d1[] [] [] : tensor<f32> to tensor<f32>
  %e = tensor.empty() : tensor<f32>
  // expected-remark @+1 {{[fusion-fold-combiners] not folded: the inputs are not the unit slices of one batched tensor along its first dim}}
  %r = linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>, affine_map<() -> ()>], iterator_types = []}
    ins(%s0, %s1 : tensor<f32>, tensor<f32>) outs(%e : tensor<f32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %z = arith.addf %x, %y : f32
    linalg.yield %z : f32
  } -> tensor<f32>
  return %r : tensor<f32>
}

// -----

// A slice offset from an SSA constant (not bounded by the verifier) outside
// the batch: refused, not an out-of-bounds write.
// CHECK-LABEL: func.func @offset_out_of_range
// CHECK: linalg.generic
func.func @offset_out_of_range(%a: tensor<2x4x8xf32>, %b: tensor<2x8x16xf32>, %init: tensor<2x4x16xf32>) -> tensor<4x16xf32> {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 100000 : index
  %m = linalg.batch_matmul ins(%a, %b : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%init : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %s0 = tensor.extract_slice %m[%c0, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  %s1 = tensor.extract_slice %m[%c7, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  %e = tensor.empty() : tensor<4x16xf32>
  // expected-remark @+1 {{[fusion-fold-combiners] not folded: the inputs are not the unit slices of one batched tensor along its first dim}}
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
    ins(%s0, %s1 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %z = arith.addf %x, %y : f32
    linalg.yield %z : f32
  } -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// Integer weights (a mixed-precision product) cannot be scaled by float
// coefficients: refused (it crashed in fusion-to-llvm).
// CHECK-LABEL: func.func @integer_weights
// CHECK: linalg.batch_matmul
func.func @integer_weights(%x: tensor<4x8xf32>, %w: tensor<2x8x16xi8>, %init: tensor<2x4x16xf32>) -> tensor<4x16xf32> {
  %b = tensor.empty() : tensor<2x4x8xf32>
  %xb = linalg.broadcast ins(%x : tensor<4x8xf32>) outs(%b : tensor<2x4x8xf32>) dimensions = [0]
  %m = linalg.batch_matmul ins(%xb, %w : tensor<2x4x8xf32>, tensor<2x8x16xi8>) outs(%init : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %s0 = tensor.extract_slice %m[0, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  %s1 = tensor.extract_slice %m[1, 0, 0] [1, 4, 16] [1, 1, 1] : tensor<2x4x16xf32> to tensor<4x16xf32>
  %e = tensor.empty() : tensor<4x16xf32>
  // expected-remark @+1 {{[fusion-fold-combiners] not folded: the weights to scale are not a floating-point tensor}}
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
    ins(%s0, %s1 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %h = arith.constant 0.5 : f32
    %z = arith.addf %p, %q : f32
    %y = arith.mulf %z, %h : f32
    linalg.yield %y : f32
  } -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}
