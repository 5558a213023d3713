// RUN: fuse-opt %s -convert-fusion-to-linalg -split-input-file | FileCheck %s

// fusion.gate becomes one elementwise linalg.generic computing
// sigmoid(g) * a + (1 - sigmoid(g)) * b; gate dimensions of size 1 are
// broadcast with a constant 0 in the gate's indexing map.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @gate_same_shape
// CHECK-SAME: (%[[G:.*]]: tensor<8x10xf32>, %[[A:.*]]: tensor<8x10xf32>, %[[B:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.gate
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[INIT:.*]] = tensor.empty() : tensor<8x10xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[G]], %[[A]], %[[B]] : tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x10xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<8x10xf32>)
// CHECK-NEXT: ^bb0(%[[GI:.*]]: f32, %[[AI:.*]]: f32, %[[BI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[NEG:.*]] = arith.negf %[[GI]] : f32
// CHECK-NEXT: %[[EXP:.*]] = math.exp %[[NEG]] : f32
// CHECK-NEXT: %[[DEN:.*]] = arith.addf %[[EXP]], %[[ONE]] : f32
// CHECK-NEXT: %[[SIG:.*]] = arith.divf %[[ONE]], %[[DEN]] : f32
// CHECK-NEXT: %[[L:.*]] = arith.mulf %[[SIG]], %[[AI]] : f32
// CHECK-NEXT: %[[OMS:.*]] = arith.subf %[[ONE]], %[[SIG]] : f32
// CHECK-NEXT: %[[RR:.*]] = arith.mulf %[[OMS]], %[[BI]] : f32
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[L]], %[[RR]] : f32
// CHECK-NEXT: linalg.yield %[[SUM]] : f32
// CHECK-NEXT: } -> tensor<8x10xf32>
// CHECK-NEXT: return %[[R]] : tensor<8x10xf32>
func.func @gate_same_shape(%g: tensor<8x10xf32>, %a: tensor<8x10xf32>,
                           %b: tensor<8x10xf32>) -> tensor<8x10xf32> {
  %0 = fusion.gate %g, %a, %b : tensor<8x10xf32>, tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

// One gate per sample.

// CHECK-DAG: #[[$GMAP:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @gate_broadcast
// CHECK-SAME: (%[[G:.*]]: tensor<8x1xf32>, %[[A:.*]]: tensor<8x10xf32>, %[[B:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.gate
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<8x10xf32>
// CHECK: linalg.generic {indexing_maps = [#[[$GMAP]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[G]], %[[A]], %[[B]] : tensor<8x1xf32>, tensor<8x10xf32>, tensor<8x10xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<8x10xf32>)
// CHECK: math.exp
// CHECK: linalg.yield
func.func @gate_broadcast(%g: tensor<8x1xf32>, %a: tensor<8x10xf32>,
                          %b: tensor<8x10xf32>) -> tensor<8x10xf32> {
  %0 = fusion.gate %g, %a, %b : tensor<8x1xf32>, tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

// One gate for everything.

// CHECK-DAG: #[[$GMAP:.*]] = affine_map<(d0, d1, d2) -> (0, 0, 0)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @gate_scalar
// CHECK: linalg.generic {indexing_maps = [#[[$GMAP]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<1x1x1xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf16>)
// CHECK: arith.negf %{{.*}} : f16
// CHECK: math.exp %{{.*}} : f16
func.func @gate_scalar(%g: tensor<1x1x1xf16>, %a: tensor<2x3x4xf16>,
                       %b: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = fusion.gate %g, %a, %b : tensor<1x1x1xf16>, tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}

// -----

// A gate dimension of size 1 against an input dimension of size 1 is not a
// broadcast.

// CHECK-DAG: #[[$GMAP:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @gate_unit_dims
// CHECK: linalg.generic {indexing_maps = [#[[$GMAP]], #[[$ID]], #[[$ID]], #[[$ID]]]
// CHECK-SAME: ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<1x1xf32>, tensor<1x10xf32>, tensor<1x10xf32>)
func.func @gate_unit_dims(%g: tensor<1x1xf32>, %a: tensor<1x10xf32>,
                          %b: tensor<1x10xf32>) -> tensor<1x10xf32> {
  %0 = fusion.gate %g, %a, %b : tensor<1x1xf32>, tensor<1x10xf32>
  return %0 : tensor<1x10xf32>
}

// -----

// Dynamic inputs: the output is sized like the inputs with tensor.dim; the
// static unit gate dimension is broadcast.

// CHECK-DAG: #[[$GMAP:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @gate_dynamic
// CHECK-SAME: (%[[G:.*]]: tensor<1x?xf32>, %[[A:.*]]: tensor<?x?xf32>, %[[B:.*]]: tensor<?x?xf32>)
// CHECK-NOT: fusion.gate
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[A]], %[[C0]] : tensor<?x?xf32>
// CHECK-DAG: %[[D1:.*]] = tensor.dim %[[A]], %[[C1]] : tensor<?x?xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D0]], %[[D1]]) : tensor<?x?xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$GMAP]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[G]], %[[A]], %[[B]] : tensor<1x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<?x?xf32>)
// CHECK: } -> tensor<?x?xf32>
// CHECK-NEXT: return %[[R]] : tensor<?x?xf32>
func.func @gate_dynamic(%g: tensor<1x?xf32>, %a: tensor<?x?xf32>,
                        %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = fusion.gate %g, %a, %b : tensor<1x?xf32>, tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
