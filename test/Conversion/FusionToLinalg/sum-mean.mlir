// RUN: fuse-opt %s -convert-fusion-to-linalg -split-input-file | FileCheck %s

// fusion.sum and fusion.mean become one elementwise linalg.generic each.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @sum_f32
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>, %[[ARG2:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.sum
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<8x10xf32>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]], #[[$ID]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[ARG0]], %[[ARG1]], %[[ARG2]] : tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x10xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<8x10xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[C:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[S0:.*]] = arith.addf %[[A]], %[[B]] : f32
// CHECK-NEXT: %[[S1:.*]] = arith.addf %[[S0]], %[[C]] : f32
// CHECK-NEXT: linalg.yield %[[S1]] : f32
// CHECK-NEXT: } -> tensor<8x10xf32>
// CHECK-NEXT: return %[[R]]
func.func @sum_f32(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>,
                   %c: tensor<8x10xf32>) -> tensor<8x10xf32> {
  %0 = fusion.sum %a, %b, %c : tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @sum_i32
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xi32>, %[[ARG1:.*]]: tensor<4xi32>)
// CHECK-NOT: fusion.sum
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<4xi32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel"]}
// CHECK-SAME: ins(%[[ARG0]], %[[ARG1]] : tensor<4xi32>, tensor<4xi32>) outs(%[[INIT]] : tensor<4xi32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: i32, %[[B:.*]]: i32, %{{.*}}: i32):
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[A]], %[[B]] : i32
// CHECK-NEXT: linalg.yield %[[S]] : i32
func.func @sum_i32(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %0 = fusion.sum %a, %b : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// A single-input sum folds to its input: no linalg.generic.

// CHECK-LABEL: func.func @sum_single
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>)
// CHECK-NOT: linalg.generic
// CHECK-NOT: fusion.
// CHECK: return %[[ARG0]]
func.func @sum_single(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = fusion.sum %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Dynamic sizes: the output tensor takes its sizes from the first input.

// CHECK-LABEL: func.func @sum_dynamic
// CHECK-SAME: (%[[ARG0:.*]]: tensor<?x10x?xf16>, %[[ARG1:.*]]: tensor<?x10x?xf16>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[ARG0]], %[[C0]] : tensor<?x10x?xf16>
// CHECK-DAG: %[[D2:.*]] = tensor.dim %[[ARG0]], %[[C2]] : tensor<?x10x?xf16>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D0]], %[[D2]]) : tensor<?x10x?xf16>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel"]
// CHECK-SAME: outs(%[[INIT]] : tensor<?x10x?xf16>)
// CHECK: arith.addf %{{.*}}, %{{.*}} : f16
func.func @sum_dynamic(%a: tensor<?x10x?xf16>, %b: tensor<?x10x?xf16>)
    -> tensor<?x10x?xf16> {
  %0 = fusion.sum %a, %b : tensor<?x10x?xf16>
  return %0 : tensor<?x10x?xf16>
}

// -----

// Unweighted mean: (x0 + ... + xn-1) * (1/n).

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @mean
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>, %[[ARG2:.*]]: tensor<8x10xf32>, %[[ARG3:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.mean
// CHECK-DAG: %[[QUARTER:.*]] = arith.constant 2.500000e-01 : f32
// CHECK-DAG: %[[INIT:.*]] = tensor.empty() : tensor<8x10xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[ARG0]], %[[ARG1]], %[[ARG2]], %[[ARG3]] : tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x10xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<8x10xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[C:.*]]: f32, %[[D:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[S0:.*]] = arith.addf %[[A]], %[[B]] : f32
// CHECK-NEXT: %[[S1:.*]] = arith.addf %[[S0]], %[[C]] : f32
// CHECK-NEXT: %[[S2:.*]] = arith.addf %[[S1]], %[[D]] : f32
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[S2]], %[[QUARTER]] : f32
// CHECK-NEXT: linalg.yield %[[M]] : f32
func.func @mean(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>,
                %c: tensor<8x10xf32>, %d: tensor<8x10xf32>) -> tensor<8x10xf32> {
  %0 = fusion.mean %a, %b, %c, %d : tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

// Weighted mean: w0 * x0 + ... + wn-1 * xn-1.

// CHECK-LABEL: func.func @mean_weighted
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.mean
// CHECK-DAG: %[[W0:.*]] = arith.constant 2.500000e-01 : f32
// CHECK-DAG: %[[W1:.*]] = arith.constant 7.500000e-01 : f32
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[ARG0]], %[[ARG1]] : tensor<8x10xf32>, tensor<8x10xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[T0:.*]] = arith.mulf %[[A]], %[[W0]] : f32
// CHECK-NEXT: %[[T1:.*]] = arith.mulf %[[B]], %[[W1]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[T0]], %[[T1]] : f32
// CHECK-NEXT: linalg.yield %[[S]] : f32
func.func @mean_weighted(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>)
    -> tensor<8x10xf32> {
  %0 = fusion.mean %a, %b weights [0.25, 0.75] : tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

// CHECK-LABEL: func.func @mean_dynamic
// CHECK-SAME: (%[[ARG0:.*]]: tensor<?x10xf64>, %[[ARG1:.*]]: tensor<?x10xf64>)
// CHECK-DAG: %[[HALF:.*]] = arith.constant 5.000000e-01 : f64
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[D0:.*]] = tensor.dim %[[ARG0]], %[[C0]] : tensor<?x10xf64>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D0]]) : tensor<?x10xf64>
// CHECK: linalg.generic
// CHECK-SAME: outs(%[[INIT]] : tensor<?x10xf64>)
// CHECK: arith.addf
// CHECK: arith.mulf %{{.*}}, %[[HALF]] : f64
func.func @mean_dynamic(%a: tensor<?x10xf64>, %b: tensor<?x10xf64>)
    -> tensor<?x10xf64> {
  %0 = fusion.mean %a, %b : tensor<?x10xf64>
  return %0 : tensor<?x10xf64>
}

// -----

// A single-input mean folds to its input.

// CHECK-LABEL: func.func @mean_single
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>)
// CHECK-NOT: linalg.generic
// CHECK-NOT: fusion.
// CHECK: return %[[ARG0]], %[[ARG0]]
func.func @mean_single(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = fusion.mean %a : tensor<4xf32>
  %1 = fusion.mean %a weights [1.0] : tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// The tensors' encoding is kept on the output.
// CHECK-LABEL: func.func @sum_encoded
// CHECK: tensor.empty() : tensor<4xf32, #{{.*}}>
// CHECK: linalg.generic
#sp = #sparse_tensor.encoding<{ map = (d0) -> (d0 : compressed) }>
func.func @sum_encoded(%a: tensor<4xf32, #sp>) -> tensor<4xf32, #sp> {
  %s = fusion.sum %a, %a : tensor<4xf32, #sp>
  return %s : tensor<4xf32, #sp>
}
