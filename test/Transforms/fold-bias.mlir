// RUN: fuse-opt %s -split-input-file -fusion-fold-bias -verify-diagnostics | FileCheck %s

// Matmul + broadcast bias: the add moves onto the fill init.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @matmul_bias
// CHECK: %[[FILL:.*]] = linalg.fill
// CHECK: %[[INIT:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[BIAS]], #[[ID]]]{{.*}} ins(%[[FILL]], %{{.*}} : tensor<4x16xf32>, tensor<16xf32>)
// CHECK: arith.addf
// CHECK: %[[MM:.*]] = linalg.matmul {{.*}} outs(%[[INIT]] : tensor<4x16xf32>)
// CHECK-NEXT: return %[[MM]]
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func @matmul_bias(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{[fusion-fold-bias] folded bias add into linalg.matmul; saves ~512 bytes of memory traffic}}
  %y = linalg.generic {indexing_maps = [#bias, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b, %m : tensor<16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%x: f32, %acc: f32, %o: f32):
    %s = arith.addf %x, %acc : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// Convolution with a per-channel bias (NCHW, channel dim 1), integer-free.
// CHECK-LABEL: func.func @conv_bias
// CHECK: linalg.generic
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-NEXT: return
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
func.func @conv_bias(%x: tensor<1x3x6x6xf32>, %w: tensor<8x3x3x3xf32>, %i: tensor<1x8x4x4xf32>, %b: tensor<8xf32>) -> tensor<1x8x4x4xf32> {
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<8x3x3x3xf32>) outs(%i : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  // expected-remark @+1 {{folded bias add into linalg.conv_2d_nchw_fchw}}
  %y = linalg.generic {indexing_maps = [#id4, #ch, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %b : tensor<1x8x4x4xf32>, tensor<8xf32>) outs(%i : tensor<1x8x4x4xf32>) {
  ^bb0(%v: f32, %bb: f32, %o: f32):
    %s = arith.addf %v, %bb : f32
    linalg.yield %s : f32
  } -> tensor<1x8x4x4xf32>
  return %y : tensor<1x8x4x4xf32>
}

// -----

// Negative: the matmul result is used elsewhere.
// CHECK-LABEL: func.func @other_use
// CHECK: linalg.matmul
// CHECK: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func @other_use(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %i: tensor<4x16xf32>, %b: tensor<16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %m = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: the contraction result has other uses}}
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%x: f32, %bb: f32, %o: f32):
    %s = arith.addf %x, %bb : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %y, %m : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// Negative: a multiply is not a bias add; an add of an elementwise result is
// not a contraction epilogue.
// CHECK-LABEL: func.func @not_bias
// CHECK: linalg.matmul
// CHECK-COUNT-2: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func @not_bias(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %i: tensor<4x16xf32>, %b: tensor<16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %m = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%x: f32, %bb: f32, %o: f32):
    %s = arith.mulf %x, %bb : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: neither operand is produced by a contraction or convolution}}
  %z = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%x: f32, %bb: f32, %o: f32):
    %s = arith.addf %x, %bb : f32
    linalg.yield %s : f32
  } -> tensor<4x16xf32>
  return %y, %z : tensor<4x16xf32>, tensor<4x16xf32>
}
