// RUN: fuse-opt %s -convert-fusion-to-linalg -split-input-file | FileCheck %s

// fusion.attention becomes two linalg.generic ops: one reduction over the
// feature dimension computing every score <q, f_i> at once, then one
// elementwise op computing the softmax of the scaled scores and the weighted
// sum of the features.

// CHECK-DAG: #[[$Q:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$BATCH:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @attention_shared_query
// CHECK-SAME: (%[[Q:.*]]: tensor<64xf32>, %[[F0:.*]]: tensor<8x64xf32>, %[[F1:.*]]: tensor<8x64xf32>)
// CHECK-NOT: fusion.attention
// 1/sqrt(64)
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 1.250000e-01 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[E:.*]] = tensor.empty() : tensor<8xf32>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<8xf32>) -> tensor<8xf32>
// CHECK: %[[SC:.*]]:2 = linalg.generic {indexing_maps = [#[[$Q]], #[[$ID]], #[[$ID]], #[[$BATCH]], #[[$BATCH]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME: ins(%[[Q]], %[[F0]], %[[F1]] : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32>)
// CHECK-SAME: outs(%[[ACC]], %[[ACC]] : tensor<8xf32>, tensor<8xf32>)
// CHECK-NEXT: ^bb0(%[[QI:.*]]: f32, %[[X0:.*]]: f32, %[[X1:.*]]: f32, %[[O0:.*]]: f32, %[[O1:.*]]: f32):
// CHECK-NEXT: %[[P0:.*]] = arith.mulf %[[QI]], %[[X0]] : f32
// CHECK-NEXT: %[[S0:.*]] = arith.addf %[[O0]], %[[P0]] : f32
// CHECK-NEXT: %[[P1:.*]] = arith.mulf %[[QI]], %[[X1]] : f32
// CHECK-NEXT: %[[S1:.*]] = arith.addf %[[O1]], %[[P1]] : f32
// CHECK-NEXT: linalg.yield %[[S0]], %[[S1]] : f32, f32
// CHECK-NEXT: } -> (tensor<8xf32>, tensor<8xf32>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<8x64xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$BATCH]], #[[$BATCH]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[SC]]#0, %[[SC]]#1, %[[F0]], %[[F1]] : tensor<8xf32>, tensor<8xf32>, tensor<8x64xf32>, tensor<8x64xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<8x64xf32>)
// CHECK-NEXT: ^bb0(%[[A0:.*]]: f32, %[[A1:.*]]: f32, %[[Y0:.*]]: f32, %[[Y1:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[T0:.*]] = arith.mulf %[[A0]], %[[SCALE]] : f32
// CHECK-NEXT: %[[T1:.*]] = arith.mulf %[[A1]], %[[SCALE]] : f32
// CHECK-NEXT: %[[MAX:.*]] = arith.maximumf %[[T0]], %[[T1]] : f32
// CHECK-NEXT: %[[D0:.*]] = arith.subf %[[T0]], %[[MAX]] : f32
// CHECK-NEXT: %[[EX0:.*]] = math.exp %[[D0]] : f32
// CHECK-NEXT: %[[W0:.*]] = arith.mulf %[[EX0]], %[[Y0]] : f32
// CHECK-NEXT: %[[D1:.*]] = arith.subf %[[T1]], %[[MAX]] : f32
// CHECK-NEXT: %[[EX1:.*]] = math.exp %[[D1]] : f32
// CHECK-NEXT: %[[W1:.*]] = arith.mulf %[[EX1]], %[[Y1]] : f32
// CHECK-NEXT: %[[DEN:.*]] = arith.addf %[[EX0]], %[[EX1]] : f32
// CHECK-NEXT: %[[NUM:.*]] = arith.addf %[[W0]], %[[W1]] : f32
// CHECK-NEXT: %[[OUT:.*]] = arith.divf %[[NUM]], %[[DEN]] : f32
// CHECK-NEXT: linalg.yield %[[OUT]] : f32
// CHECK-NEXT: } -> tensor<8x64xf32>
// CHECK-NEXT: return %[[R]] : tensor<8x64xf32>
func.func @attention_shared_query(%q: tensor<64xf32>, %f0: tensor<8x64xf32>,
                                  %f1: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %0 = fusion.attention %q, %f0, %f1
      : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

// A query per sample is read with the identity map.

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$BATCH:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @attention_full_query
// CHECK-SAME: (%[[Q:.*]]: tensor<8x16xf32>, %[[F0:.*]]: tensor<8x16xf32>, %[[F1:.*]]: tensor<8x16xf32>)
// CHECK-NOT: fusion.attention
// 1/sqrt(16)
// CHECK-DAG: arith.constant 2.500000e-01 : f32
// CHECK: linalg.generic {indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]], #[[$BATCH]], #[[$BATCH]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME: ins(%[[Q]], %[[F0]], %[[F1]] : tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[$BATCH]], #[[$BATCH]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK: arith.maximumf
// CHECK: math.exp
// CHECK: math.exp
// CHECK: arith.divf
func.func @attention_full_query(%q: tensor<8x16xf32>, %f0: tensor<8x16xf32>,
                                %f1: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %0 = fusion.attention %q, %f0, %f1
      : tensor<8x16xf32>, tensor<8x16xf32>, tensor<8x16xf32> -> tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

// -----

// Three rank-3 features: two batch dimensions, a running maximum over three
// scaled scores.

// CHECK-DAG: #[[$Q:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[$BATCH:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @attention_three_features
// CHECK-SAME: (%[[Q:.*]]: tensor<4xf16>, %[[F0:.*]]: tensor<2x3x4xf16>, %[[F1:.*]]: tensor<2x3x4xf16>, %[[F2:.*]]: tensor<2x3x4xf16>)
// CHECK-NOT: fusion.attention
// 1/sqrt(4)
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 5.000000e-01 : f16
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3xf16>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f16) outs(%[[E]] : tensor<2x3xf16>) -> tensor<2x3xf16>
// CHECK: %[[SC:.*]]:3 = linalg.generic {indexing_maps = [#[[$Q]], #[[$ID]], #[[$ID]], #[[$ID]], #[[$BATCH]], #[[$BATCH]], #[[$BATCH]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: outs(%[[ACC]], %[[ACC]], %[[ACC]] : tensor<2x3xf16>, tensor<2x3xf16>, tensor<2x3xf16>)
// CHECK: linalg.yield %{{.*}}, %{{.*}}, %{{.*}} : f16, f16, f16
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$BATCH]], #[[$BATCH]], #[[$BATCH]], #[[$ID]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[SC]]#0, %[[SC]]#1, %[[SC]]#2, %[[F0]], %[[F1]], %[[F2]] :
// CHECK: %[[T0:.*]] = arith.mulf %{{.*}}, %[[SCALE]] : f16
// CHECK-NEXT: %[[T1:.*]] = arith.mulf %{{.*}}, %[[SCALE]] : f16
// CHECK-NEXT: %[[M01:.*]] = arith.maximumf %[[T0]], %[[T1]] : f16
// CHECK-NEXT: %[[T2:.*]] = arith.mulf %{{.*}}, %[[SCALE]] : f16
// CHECK-NEXT: %[[MAX:.*]] = arith.maximumf %[[M01]], %[[T2]] : f16
// CHECK-NEXT: arith.subf %[[T0]], %[[MAX]] : f16
// CHECK: arith.subf %[[T1]], %[[MAX]] : f16
// CHECK: arith.subf %[[T2]], %[[MAX]] : f16
// CHECK: arith.divf
// CHECK: return %[[R]] : tensor<2x3x4xf16>
func.func @attention_three_features(%q: tensor<4xf16>, %f0: tensor<2x3x4xf16>,
                                    %f1: tensor<2x3x4xf16>,
                                    %f2: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = fusion.attention %q, %f0, %f1, %f2
      : tensor<4xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf16>, tensor<2x3x4xf16>
      -> tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}

// -----

// Dynamic sizes: 1/sqrt(d) is computed at run time from the first feature's
// last dimension, and both output tensors are sized with tensor.dim.

// CHECK-DAG: #[[$Q:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[$BATCH:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @attention_dynamic
// CHECK-SAME: (%[[Q:.*]]: tensor<?xf32>, %[[F0:.*]]: tensor<?x?xf32>, %[[F1:.*]]: tensor<?x?xf32>)
// CHECK-NOT: fusion.attention
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK: %[[D:.*]] = tensor.dim %[[F0]], %[[C1]] : tensor<?x?xf32>
// CHECK-NEXT: %[[DI:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK-NEXT: %[[DF:.*]] = arith.sitofp %[[DI]] : i64 to f32
// CHECK-NEXT: %[[SCALE:.*]] = math.rsqrt %[[DF]] : f32
// CHECK-NEXT: %[[B:.*]] = tensor.dim %[[F0]], %[[C0]] : tensor<?x?xf32>
// CHECK-NEXT: %[[E:.*]] = tensor.empty(%[[B]]) : tensor<?xf32>
// CHECK-NEXT: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<?xf32>) -> tensor<?xf32>
// CHECK-NEXT: %[[SC:.*]]:2 = linalg.generic {indexing_maps = [#[[$Q]], #[[$ID]], #[[$ID]], #[[$BATCH]], #[[$BATCH]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME: ins(%[[Q]], %[[F0]], %[[F1]] : tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32>)
// CHECK-SAME: outs(%[[ACC]], %[[ACC]] : tensor<?xf32>, tensor<?xf32>)
// CHECK: } -> (tensor<?xf32>, tensor<?xf32>)
// CHECK-DAG: %[[B2:.*]] = tensor.dim %[[F0]], %[[C0]] : tensor<?x?xf32>
// CHECK-DAG: %[[D2:.*]] = tensor.dim %[[F0]], %[[C1]] : tensor<?x?xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[B2]], %[[D2]]) : tensor<?x?xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$BATCH]], #[[$BATCH]], #[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[SC]]#0, %[[SC]]#1, %[[F0]], %[[F1]] : tensor<?xf32>, tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32>)
// CHECK-SAME: outs(%[[INIT]] : tensor<?x?xf32>)
// CHECK: arith.mulf %{{.*}}, %[[SCALE]] : f32
// CHECK: arith.mulf %{{.*}}, %[[SCALE]] : f32
// CHECK: arith.maximumf
// CHECK: } -> tensor<?x?xf32>
// CHECK-NEXT: return %[[R]] : tensor<?x?xf32>
func.func @attention_dynamic(%q: tensor<?xf32>, %f0: tensor<?x?xf32>,
                             %f1: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = fusion.attention %q, %f0, %f1
      : tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// A single feature folds to itself: no linalg.generic.

// CHECK-LABEL: func.func @attention_single
// CHECK-SAME: (%[[Q:.*]]: tensor<64xf32>, %[[F:.*]]: tensor<8x64xf32>)
// CHECK-NOT: linalg.generic
// CHECK-NOT: fusion.
// CHECK: return %[[F]] : tensor<8x64xf32>
func.func @attention_single(%q: tensor<64xf32>, %f: tensor<8x64xf32>)
    -> tensor<8x64xf32> {
  %0 = fusion.attention %q, %f
      : tensor<64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

// Rank-1 features: the scores are 0-d tensors (one weight per feature).
// CHECK-DAG: #[[ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @attention_rank1
// CHECK: linalg.generic {indexing_maps = [#[[ID1]], #[[ID1]], #[[ID1]], #[[SCALAR]], #[[SCALAR]]], iterator_types = ["reduction"]}
// CHECK-SAME: outs({{.*}} : tensor<f32>, tensor<f32>)
// CHECK: linalg.generic {indexing_maps = [#[[SCALAR]], #[[SCALAR]], #[[ID1]], #[[ID1]], #[[ID1]]], iterator_types = ["parallel"]}
func.func @attention_rank1(%q: tensor<16xf32>, %f0: tensor<16xf32>, %f1: tensor<16xf32>) -> tensor<16xf32> {
  %0 = fusion.attention %q, %f0, %f1 : tensor<16xf32>, tensor<16xf32>, tensor<16xf32> -> tensor<16xf32>
  return %0 : tensor<16xf32>
}
