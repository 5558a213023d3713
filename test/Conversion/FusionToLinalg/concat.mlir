// RUN: fuse-opt %s -convert-fusion-to-linalg -split-input-file | FileCheck %s

// fusion.concat becomes tensor.concat along the same axis.

// CHECK-LABEL: func.func @concat_static
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>, %[[ARG1:.*]]: tensor<8x300xf32>)
// CHECK-NOT: fusion.concat
// CHECK: %[[C:.*]] = tensor.concat dim(1) %[[ARG0]], %[[ARG1]] : (tensor<8x512xf32>, tensor<8x300xf32>) -> tensor<8x812xf32>
// CHECK-NEXT: return %[[C]] : tensor<8x812xf32>
func.func @concat_static(%a: tensor<8x512xf32>, %b: tensor<8x300xf32>)
    -> tensor<8x812xf32> {
  %0 = fusion.concat %a, %b {axis = 1}
      : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
  return %0 : tensor<8x812xf32>
}

// -----

// CHECK-LABEL: func.func @concat_axis0_three_inputs
// CHECK-SAME: (%[[ARG0:.*]]: tensor<2x3x4xi32>, %[[ARG1:.*]]: tensor<1x3x4xi32>, %[[ARG2:.*]]: tensor<5x3x4xi32>)
// CHECK-NOT: fusion.concat
// CHECK: %[[C:.*]] = tensor.concat dim(0) %[[ARG0]], %[[ARG1]], %[[ARG2]] : (tensor<2x3x4xi32>, tensor<1x3x4xi32>, tensor<5x3x4xi32>) -> tensor<8x3x4xi32>
// CHECK-NEXT: return %[[C]] : tensor<8x3x4xi32>
func.func @concat_axis0_three_inputs(%a: tensor<2x3x4xi32>, %b: tensor<1x3x4xi32>,
                                     %c: tensor<5x3x4xi32>) -> tensor<8x3x4xi32> {
  %0 = fusion.concat %a, %b, %c {axis = 0}
      : tensor<2x3x4xi32>, tensor<1x3x4xi32>, tensor<5x3x4xi32> -> tensor<8x3x4xi32>
  return %0 : tensor<8x3x4xi32>
}

// -----

// Dynamic sizes, in the batch dimension and along the axis, are kept as they
// are: tensor.concat computes its own result sizes.

// CHECK-LABEL: func.func @concat_dynamic
// CHECK-SAME: (%[[ARG0:.*]]: tensor<?x512xf32>, %[[ARG1:.*]]: tensor<?x?xf32>)
// CHECK-NOT: fusion.concat
// CHECK: %[[C0:.*]] = tensor.concat dim(1) %[[ARG0]], %[[ARG1]] : (tensor<?x512xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK-NEXT: %[[C1:.*]] = tensor.concat dim(0) %[[ARG1]], %[[ARG0]] : (tensor<?x?xf32>, tensor<?x512xf32>) -> tensor<?x512xf32>
// CHECK-NEXT: return %[[C0]], %[[C1]] : tensor<?x?xf32>, tensor<?x512xf32>
func.func @concat_dynamic(%a: tensor<?x512xf32>, %b: tensor<?x?xf32>)
    -> (tensor<?x?xf32>, tensor<?x512xf32>) {
  %0 = fusion.concat %a, %b {axis = 1}
      : tensor<?x512xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
  %1 = fusion.concat %b, %a {axis = 0}
      : tensor<?x?xf32>, tensor<?x512xf32> -> tensor<?x512xf32>
  return %0, %1 : tensor<?x?xf32>, tensor<?x512xf32>
}

// -----

// The result type may be more static than the inputs.

// CHECK-LABEL: func.func @concat_refined_result
// CHECK-SAME: (%[[ARG0:.*]]: tensor<?x512xf32>, %[[ARG1:.*]]: tensor<8x?xf32>)
// CHECK: %[[C:.*]] = tensor.concat dim(1) %[[ARG0]], %[[ARG1]] : (tensor<?x512xf32>, tensor<8x?xf32>) -> tensor<8x812xf32>
// CHECK-NEXT: return %[[C]] : tensor<8x812xf32>
func.func @concat_refined_result(%a: tensor<?x512xf32>, %b: tensor<8x?xf32>)
    -> tensor<8x812xf32> {
  %0 = fusion.concat %a, %b {axis = 1}
      : tensor<?x512xf32>, tensor<8x?xf32> -> tensor<8x812xf32>
  return %0 : tensor<8x812xf32>
}

// -----

// A single input of the result's type folds away; of another type, it is a
// one-input tensor.concat.

// CHECK-LABEL: func.func @concat_single
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>)
// CHECK-NOT: fusion.concat
// CHECK: %[[C:.*]] = tensor.concat dim(1) %[[ARG0]] : (tensor<8x512xf32>) -> tensor<8x?xf32>
// CHECK-NEXT: return %[[ARG0]], %[[C]] : tensor<8x512xf32>, tensor<8x?xf32>
func.func @concat_single(%a: tensor<8x512xf32>)
    -> (tensor<8x512xf32>, tensor<8x?xf32>) {
  %0 = fusion.concat %a {axis = 1} : tensor<8x512xf32> -> tensor<8x512xf32>
  %1 = fusion.concat %a {axis = 1} : tensor<8x512xf32> -> tensor<8x?xf32>
  return %0, %1 : tensor<8x512xf32>, tensor<8x?xf32>
}
