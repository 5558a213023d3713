// RUN: fuse-opt %s -split-input-file -fusion-pack-contractions=panel-width=4 -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-pack-contractions=panel-width=4 -fusion-lower-packs 2>/dev/null | FileCheck %s --check-prefix=LOWER

// Matmul with run-time weights, enough rows (M = 32 >= min-reuse): B is
// packed per call into [N/4][K][4] panels; the contraction runs on them
// with its result viewed as [M][N/4][4], and the ReLU follows it into that
// view, so that one collapse_shape restores the shape at the end.
// CHECK-DAG: #[[A:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG: #[[P:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d0, d2)>
// CHECK-LABEL: func.func @matmul_relu
// CHECK: %[[PACK:.*]] = linalg.pack %{{.*}} outer_dims_perm = [1, 0] inner_dims_pos = [1] inner_tiles = [4] into %{{.*}} : tensor<8x16xf32> -> tensor<4x8x4xf32>
// CHECK: %[[MM:.*]] = linalg.generic {indexing_maps = [#[[A]], #[[P]], #[[C]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%{{.*}}, %[[PACK]] : tensor<32x8xf32>, tensor<4x8x4xf32>) outs(%{{.*}} : tensor<32x4x4xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: %[[RELU:.*]] = linalg.generic {{.*}} ins(%[[MM]] : tensor<32x4x4xf32>) outs(%{{.*}} : tensor<32x4x4xf32>)
// CHECK: arith.maximumf
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[RELU]] {{\[}}[0], [1, 2]] : tensor<32x4x4xf32> into tensor<32x16xf32>
// CHECK: return %[[R]]
// The pack lowered: the weights viewed as [K][N/4][4], transposed.
// LOWER-LABEL: func.func @matmul_relu
// LOWER-NOT: linalg.pack
// LOWER: tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2]] output_shape [8, 4, 4] : tensor<8x16xf32> into tensor<8x4x4xf32>
// LOWER: linalg.transpose ins(%{{.*}} : tensor<8x4x4xf32>) outs(%{{.*}} : tensor<4x8x4xf32>) permutation = [1, 0, 2]
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @matmul_relu(%a: tensor<32x8xf32>, %w: tensor<8x16xf32>) -> tensor<32x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x16xf32>) -> tensor<32x16xf32>
  // expected-remark @+1 {{[fusion-pack-contractions] packed the operand of linalg.matmul into panels tensor<4x8x4xf32> (per call)}}
  %m = linalg.matmul ins(%a, %w : tensor<32x8xf32>, tensor<8x16xf32>) outs(%f : tensor<32x16xf32>) -> tensor<32x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<32x16xf32>) outs(%e : tensor<32x16xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.maximumf %x, %zero : f32
    linalg.yield %y : f32
  } -> tensor<32x16xf32>
  return %r : tensor<32x16xf32>
}

// -----

// Constant weights are packed at compile time, whatever the rows: the new
// constant holds panel j's columns 4j..4j+3 of each row k in turn.
// B[k][n] = 10 k + n; panel 0 = (0 1 2 3) (10 11 12 13), panel 1 = (4 5 6 7) ...
// CHECK-LABEL: func.func @constant_weights
// CHECK-NOT: linalg.pack
// CHECK: arith.constant dense<{{\[}}{{\[}}[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00], [1.000000e+01, 1.100000e+01, 1.200000e+01, 1.300000e+01]], {{\[}}[4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00], [1.400000e+01, 1.500000e+01, 1.600000e+01, 1.700000e+01]]]> : tensor<2x2x4xf32>
// CHECK: linalg.generic
// CHECK-SAME: tensor<2x2x4xf32>) outs(%{{.*}} : tensor<2x2x4xf32>)
func.func @constant_weights(%a: tensor<2x2xf32>) -> tensor<2x8xf32> {
  %w = arith.constant dense<[[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], [10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0]]> : tensor<2x8xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8xf32>) -> tensor<2x8xf32>
  // expected-remark @+1 {{[fusion-pack-contractions] packed the operand of linalg.matmul into panels tensor<2x2x4xf32> (at compile time)}}
  %m = linalg.matmul ins(%a, %w : tensor<2x2xf32>, tensor<2x8xf32>) outs(%f : tensor<2x8xf32>) -> tensor<2x8xf32>
  return %m : tensor<2x8xf32>
}

// -----

// Batch matmul: panels per batch, the panel loop outermost.
// CHECK-LABEL: func.func @batch_matmul
// CHECK: linalg.pack %{{.*}} outer_dims_perm = [2, 0, 1] inner_dims_pos = [2] inner_tiles = [4] into %{{.*}} : tensor<3x8x16xf32> -> tensor<4x3x8x4xf32>
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<3x32x4x4xf32>)
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1], [2, 3]] : tensor<3x32x4x4xf32> into tensor<3x32x16xf32>
func.func @batch_matmul(%a: tensor<3x32x8xf32>, %w: tensor<3x8x16xf32>, %init: tensor<3x32x16xf32>) -> tensor<3x32x16xf32> {
  // expected-remark @+1 {{packed the operand of linalg.batch_matmul into panels tensor<4x3x8x4xf32> (per call)}}
  %m = linalg.batch_matmul ins(%a, %w : tensor<3x32x8xf32>, tensor<3x8x16xf32>) outs(%init : tensor<3x32x16xf32>) -> tensor<3x32x16xf32>
  return %m : tensor<3x32x16xf32>
}

// -----

// Transposed weights B[n][k]: the same panels.
// CHECK-LABEL: func.func @matmul_transpose_b
// CHECK: linalg.pack %{{.*}} outer_dims_perm = [0, 1] inner_dims_pos = [0] inner_tiles = [4] into %{{.*}} : tensor<16x8xf32> -> tensor<4x8x4xf32>
#a = affine_map<(m, n, k) -> (m, k)>
#bt = affine_map<(m, n, k) -> (n, k)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @matmul_transpose_b(%a: tensor<32x8xf32>, %w: tensor<16x8xf32>, %init: tensor<32x16xf32>) -> tensor<32x16xf32> {
  // expected-remark @+1 {{packed the operand of linalg.generic into panels tensor<4x8x4xf32> (per call)}}
  %m = linalg.generic {indexing_maps = [#a, #bt, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %w : tensor<32x8xf32>, tensor<16x8xf32>) outs(%init : tensor<32x16xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<32x16xf32>
  return %m : tensor<32x16xf32>
}

// -----

// Not packed: too few rows reuse each run-time weight; packing per call
// would cost more than it saves.
// CHECK-LABEL: func.func @few_rows
// CHECK-NOT: linalg.pack
// CHECK: linalg.matmul
func.func @few_rows(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %init: tensor<4x16xf32>) -> tensor<4x16xf32> {
  // expected-remark @+1 {{[fusion-pack-contractions] not packed: each element of the run-time operand is used by 4 rows, fewer than min-reuse = 32: packing it per call costs more than it saves}}
  %m = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %m : tensor<4x16xf32>
}

// -----

// Not packed: N is not a multiple of the panel width.
func.func @ragged(%a: tensor<32x8xf32>, %w: tensor<8x18xf32>, %init: tensor<32x18xf32>) -> tensor<32x18xf32> {
  // expected-remark @+1 {{not packed: n = 18 is not a multiple of the panel width 4 larger than it}}
  %m = linalg.matmul ins(%a, %w : tensor<32x8xf32>, tensor<8x18xf32>) outs(%init : tensor<32x18xf32>) -> tensor<32x18xf32>
  return %m : tensor<32x18xf32>
}

// -----

// Not packed: one panel already covers N.
func.func @narrow(%a: tensor<32x8xf32>, %w: tensor<8x4xf32>, %init: tensor<32x4xf32>) -> tensor<32x4xf32> {
  // expected-remark @+1 {{not packed: n = 4 is not a multiple of the panel width 4 larger than it}}
  %m = linalg.matmul ins(%a, %w : tensor<32x8xf32>, tensor<8x4xf32>) outs(%init : tensor<32x4xf32>) -> tensor<32x4xf32>
  return %m : tensor<32x4xf32>
}

// -----

// Not packed: dynamic shapes.
func.func @dynamic(%a: tensor<?x8xf32>, %w: tensor<8x16xf32>, %init: tensor<?x16xf32>) -> tensor<?x16xf32> {
  // expected-remark @+1 {{not packed: dynamic shapes}}
  %m = linalg.matmul ins(%a, %w : tensor<?x8xf32>, tensor<8x16xf32>) outs(%init : tensor<?x16xf32>) -> tensor<?x16xf32>
  return %m : tensor<?x16xf32>
}

// -----

// Not packed: the n loop is not the result's innermost dimension (the
// result is written transposed).
#a2 = affine_map<(m, n, k) -> (m, k)>
#b2 = affine_map<(m, n, k) -> (k, n)>
#ct = affine_map<(m, n, k) -> (n, m)>
func.func @transposed_result(%a: tensor<32x8xf32>, %w: tensor<8x16xf32>, %init: tensor<16x32xf32>) -> tensor<16x32xf32> {
  // expected-remark @+1 {{not packed: the result's innermost dimension is not an n loop}}
  %m = linalg.generic {indexing_maps = [#a2, #b2, #ct], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %w : tensor<32x8xf32>, tensor<8x16xf32>) outs(%init : tensor<16x32xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<16x32xf32>
  return %m : tensor<16x32xf32>
}

// -----

// A batched ensemble's first layer: the shared input x[m][k] against the
// stacked weights W[i][k][n]. The branch dim i indexes W and the result but
// not x, so it is a second n loop; the result's innermost n is the one
// split into panels, i stays.
// CHECK-LABEL: func.func @stacked_branches
// CHECK: linalg.pack %{{.*}} outer_dims_perm = [2, 0, 1] inner_dims_pos = [2] inner_tiles = [4] into %{{.*}} : tensor<3x8x16xf32> -> tensor<4x3x8x4xf32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<32x8xf32>, tensor<4x3x8x4xf32>) outs(%{{.*}} : tensor<3x32x4x4xf32>)
#xs = affine_map<(i, m, n, k) -> (m, k)>
#ws = affine_map<(i, m, n, k) -> (i, k, n)>
#os = affine_map<(i, m, n, k) -> (i, m, n)>
func.func @stacked_branches(%x: tensor<32x8xf32>, %w: tensor<3x8x16xf32>, %init: tensor<3x32x16xf32>) -> tensor<3x32x16xf32> {
  // expected-remark @+1 {{packed the operand of linalg.generic into panels tensor<4x3x8x4xf32> (per call)}}
  %m = linalg.generic {indexing_maps = [#xs, #ws, #os], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<32x8xf32>, tensor<3x8x16xf32>) outs(%init : tensor<3x32x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<3x32x16xf32>
  return %m : tensor<3x32x16xf32>
}

// -----

// Integer constant weights are packed at compile time too.
// CHECK-LABEL: func.func @int_constant
// CHECK-NOT: linalg.pack
// CHECK: arith.constant dense<{{.*}}> : tensor<2x2x4xi8>
func.func @int_constant(%a: tensor<2x2xi8>, %init: tensor<2x8xi32>) -> tensor<2x8xi32> {
  %w = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7], [10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<2x8xi8>
  // expected-remark @+1 {{packed the operand of linalg.matmul into panels tensor<2x2x4xi8> (at compile time)}}
  %m = linalg.matmul ins(%a, %w : tensor<2x2xi8>, tensor<2x8xi8>) outs(%init : tensor<2x8xi32>) -> tensor<2x8xi32>
  return %m : tensor<2x8xi32>
}

// -----

// Nothing packed, nothing rewritten: a reshape feeding an elementwise op in
// a function without contractions stays as written.
// CHECK-LABEL: func.func @no_contraction
// CHECK: tensor.collapse_shape
// CHECK: linalg.generic {{.*}} ins(%{{.*}} : tensor<4x8xf32>)
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @no_contraction(%x: tensor<4x2x4xf32>) -> tensor<4x8xf32> {
  %c = tensor.collapse_shape %x [[0], [1, 2]] : tensor<4x2x4xf32> into tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%c : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
