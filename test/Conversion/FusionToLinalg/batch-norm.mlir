// RUN: fuse-opt %s -convert-fusion-to-linalg -split-input-file | FileCheck %s

// fusion.batch_norm becomes one elementwise linalg.generic; the parameters
// are read along the channel axis:
// (x - mean[c]) * (scale[c] / sqrt(var[c] + eps)) + offset[c].

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batch_norm_nchw
// CHECK-SAME: (%[[X:.*]]: tensor<1x64x56x56xf32>, %[[G:.*]]: tensor<64xf32>, %[[B:.*]]: tensor<64xf32>, %[[M:.*]]: tensor<64xf32>, %[[V:.*]]: tensor<64xf32>)
// CHECK-NOT: fusion.batch_norm
// Default epsilon 1e-5, rounded to f32.
// CHECK-DAG: %[[EPS:.*]] = arith.constant 9.99999974E-6 : f32
// CHECK-DAG: %[[INIT:.*]] = tensor.empty() : tensor<1x64x56x56xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[G]], %[[B]], %[[M]], %[[V]] : tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<1x64x56x56xf32>)
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[GI:.*]]: f32, %[[BI:.*]]: f32, %[[MI:.*]]: f32, %[[VI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[VE:.*]] = arith.addf %[[VI]], %[[EPS]] : f32
// CHECK-NEXT: %[[SD:.*]] = math.sqrt %[[VE]] : f32
// CHECK-NEXT: %[[F:.*]] = arith.divf %[[GI]], %[[SD]] : f32
// CHECK-NEXT: %[[C:.*]] = arith.subf %[[XI]], %[[MI]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.mulf %[[C]], %[[F]] : f32
// CHECK-NEXT: %[[O:.*]] = arith.addf %[[S]], %[[BI]] : f32
// CHECK-NEXT: linalg.yield %[[O]] : f32
// CHECK-NEXT: } -> tensor<1x64x56x56xf32>
// CHECK-NEXT: return %[[R]] : tensor<1x64x56x56xf32>
func.func @batch_norm_nchw(%x: tensor<1x64x56x56xf32>, %gamma: tensor<64xf32>,
                           %beta: tensor<64xf32>, %mean: tensor<64xf32>,
                           %var: tensor<64xf32>) -> tensor<1x64x56x56xf32> {
  %0 = fusion.batch_norm %x, %gamma, %beta, %mean, %var
      : tensor<1x64x56x56xf32>, tensor<64xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// -----

// NHWC: channel_axis = 3, and a custom epsilon.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @batch_norm_nhwc
// CHECK-SAME: (%[[X:.*]]: tensor<2x7x7x32xf32>, %[[P:.*]]: tensor<32xf32>)
// CHECK-NOT: fusion.batch_norm
// CHECK-DAG: %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[P]], %[[P]], %[[P]], %[[P]] : tensor<2x7x7x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>)
// CHECK: arith.addf %{{.*}}, %[[EPS]] : f32
// CHECK-NEXT: math.sqrt
func.func @batch_norm_nhwc(%x: tensor<2x7x7x32xf32>, %p: tensor<32xf32>)
    -> tensor<2x7x7x32xf32> {
  %0 = fusion.batch_norm %x, %p, %p, %p, %p
      {epsilon = 1.0e-3 : f64, channel_axis = 3 : i64}
      : tensor<2x7x7x32xf32>, tensor<32xf32>
  return %0 : tensor<2x7x7x32xf32>
}

// -----

// Rank 2, channels first (channel_axis = 0), f16.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$CH:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @batch_norm_axis0
// CHECK-NOT: fusion.batch_norm
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: tensor<8x16xf16>, tensor<8xf16>
// CHECK: math.sqrt %{{.*}} : f16
func.func @batch_norm_axis0(%x: tensor<8x16xf16>, %p: tensor<8xf16>)
    -> tensor<8x16xf16> {
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {channel_axis = 0 : i64}
      : tensor<8x16xf16>, tensor<8xf16>
  return %0 : tensor<8x16xf16>
}

// -----

// Dynamic sizes: the output is sized like the input with tensor.dim.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[$CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @batch_norm_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x7x7x?xf32>, %[[P:.*]]: tensor<?xf32>)
// CHECK-NOT: fusion.batch_norm
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[X]], %[[C0]] : tensor<?x7x7x?xf32>
// CHECK-DAG: %[[D3:.*]] = tensor.dim %[[X]], %[[C3]] : tensor<?x7x7x?xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D0]], %[[D3]]) : tensor<?x7x7x?xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[P]], %[[P]], %[[P]], %[[P]] : tensor<?x7x7x?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<?x7x7x?xf32>)
// CHECK: math.sqrt
// CHECK: } -> tensor<?x7x7x?xf32>
// CHECK-NEXT: return %[[R]] : tensor<?x7x7x?xf32>
func.func @batch_norm_dynamic(%x: tensor<?x7x7x?xf32>, %p: tensor<?xf32>)
    -> tensor<?x7x7x?xf32> {
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {channel_axis = 3 : i64}
      : tensor<?x7x7x?xf32>, tensor<?xf32>
  return %0 : tensor<?x7x7x?xf32>
}

// -----

// Batch norm in a late-fusion branch: inlined, then lowered.

// CHECK-LABEL: func.func @batch_norm_in_branch
// CHECK-NOT: fusion.
// CHECK: linalg.generic
// CHECK: math.sqrt
// CHECK: linalg.generic
// CHECK: math.sqrt
// CHECK: linalg.generic
// CHECK: arith.addf
// CHECK-NOT: fusion.
// CHECK: return
func.func @batch_norm_in_branch(%a: tensor<1x4x2x2xf32>, %b: tensor<1x4x2x2xf32>,
                                %p: tensor<4xf32>) -> tensor<1x4x2x2xf32> {
  %y = fusion.late ins(%a, %b : tensor<1x4x2x2xf32>, tensor<1x4x2x2xf32>)
      -> tensor<1x4x2x2xf32>
  branch {
  ^bb0(%x: tensor<1x4x2x2xf32>):
    %n = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x2x2xf32>, tensor<4xf32>
    fusion.yield %n : tensor<1x4x2x2xf32>
  } branch {
  ^bb0(%x: tensor<1x4x2x2xf32>):
    %n = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x2x2xf32>, tensor<4xf32>
    fusion.yield %n : tensor<1x4x2x2xf32>
  } combine {
  ^bb0(%u: tensor<1x4x2x2xf32>, %v: tensor<1x4x2x2xf32>):
    %s = fusion.sum %u, %v : tensor<1x4x2x2xf32>
    fusion.yield %s : tensor<1x4x2x2xf32>
  }
  return %y : tensor<1x4x2x2xf32>
}
