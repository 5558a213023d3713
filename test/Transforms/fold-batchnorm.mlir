// RUN: fuse-opt %s -split-input-file -fusion-fold-batchnorm -verify-diagnostics | FileCheck %s

// Constant weights and statistics: new weights computed at compile time
// (f64): w' = w * gamma / sqrt(var + eps) per output channel (dim 0, FCHW).
// Channel 0: 2 * 3 / sqrt(8 + 1) = 2; channel 1: 4 * 1 / sqrt(3 + 1) = 2.
// The batch norm moves onto the zero-fill init.
// CHECK-LABEL: func.func @nchw_const
// CHECK-DAG: %[[W:.*]] = arith.constant dense<2.000000e+00> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[FILL:.*]] = linalg.fill
// CHECK: %[[INIT:.*]] = fusion.batch_norm %[[FILL]]
// CHECK: %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %[[W]] : {{.*}}) outs(%[[INIT]] : {{.*}})
// CHECK-NEXT: return %[[CONV]]
func.func @nchw_const(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[[[2.0]]], [[[4.0]]]]> : tensor<2x1x1x1xf32>
  %g = arith.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.5, -0.5]> : tensor<2xf32>
  %m = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %v = arith.constant dense<[8.0, 3.0]> : tensor<2xf32>
  %e = tensor.empty() : tensor<1x2x4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) outs(%f : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  // expected-remark @+1 {{[fusion-fold-batchnorm] folded batch norm into linalg.conv_2d_nchw_fchw}}
  %y = fusion.batch_norm %c, %g, %b, %m, %v {epsilon = 1.0 : f64} : tensor<1x2x4x4xf32>, tensor<2xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// Weights at run time: scaled per output channel (dim 3, HWCF) by a generic.
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @nhwc_runtime
// CHECK: %[[W:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[CH]], #[[CH]], #{{.*}}]
// CHECK: math.sqrt
// CHECK: fusion.batch_norm
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}} ins(%{{.*}}, %[[W]] :
// CHECK-NOT: fusion.batch_norm
func.func @nhwc_runtime(%x: tensor<1x5x5x3xf32>, %w: tensor<3x3x3x8xf32>, %init: tensor<1x3x3x8xf32>,
                        %g: tensor<8xf32>, %b: tensor<8xf32>, %m: tensor<8xf32>, %v: tensor<8xf32>) -> tensor<1x3x3x8xf32> {
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x5x5x3xf32>, tensor<3x3x3x8xf32>) outs(%init : tensor<1x3x3x8xf32>) -> tensor<1x3x3x8xf32>
  // expected-remark @+1 {{folded batch norm into linalg.conv_2d_nhwc_hwcf}}
  %y = fusion.batch_norm %c, %g, %b, %m, %v {channel_axis = 3 : i64} : tensor<1x3x3x8xf32>, tensor<8xf32>
  return %y : tensor<1x3x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @matmul
// CHECK: fusion.batch_norm %arg2
// CHECK: linalg.matmul
// CHECK-NEXT: return
func.func @matmul(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %init: tensor<4x16xf32>, %p: tensor<16xf32>) -> tensor<4x16xf32> {
  %c = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{folded batch norm into linalg.matmul}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p : tensor<4x16xf32>, tensor<16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// Negative: the conv result is used elsewhere too (folding would change it).
// CHECK-LABEL: func.func @other_use
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK: fusion.batch_norm
func.func @other_use(%x: tensor<1x1x4x4xf32>, %w: tensor<2x1x1x1xf32>, %i: tensor<1x2x4x4xf32>, %p: tensor<2xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) outs(%i : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  // expected-remark @+1 {{not folded: producer result has other uses than the batch norm}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p : tensor<1x2x4x4xf32>, tensor<2xf32>
  return %y, %c : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// Negative: normalizing along a dimension that is not the output channel.
// CHECK-LABEL: func.func @wrong_axis
// CHECK: fusion.batch_norm
func.func @wrong_axis(%a: tensor<4x8xf32>, %w: tensor<8x4xf32>, %init: tensor<4x4xf32>, %p: tensor<4xf32>) -> tensor<4x4xf32> {
  %c = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x4xf32>) outs(%init : tensor<4x4xf32>) -> tensor<4x4xf32>
  // expected-remark @+1 {{not folded: batch norm channel axis is not the producer's output channel}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p {channel_axis = 0 : i64} : tensor<4x4xf32>, tensor<4xf32>
  return %y : tensor<4x4xf32>
}

// -----

// Negative: producers not supported yet (depthwise conv) and not linalg.
// CHECK-LABEL: func.func @unsupported
// CHECK-COUNT-2: fusion.batch_norm
func.func @unsupported(%x: tensor<1x4x6x6xf32>, %w: tensor<4x3x3xf32>, %i: tensor<1x4x4x4xf32>, %p: tensor<4xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x6x6xf32>) {
  %c = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x4x6x6xf32>, tensor<4x3x3xf32>) outs(%i : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // expected-remark @+1 {{not folded: unsupported producer (supported: linalg.conv_2d_nchw_fchw, linalg.conv_2d_nhwc_hwcf, linalg.matmul)}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p : tensor<1x4x4x4xf32>, tensor<4xf32>
  // expected-remark @+1 {{not folded: input is not produced by a linalg op}}
  %z = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x6x6xf32>, tensor<4xf32>
  return %y, %z : tensor<1x4x4x4xf32>, tensor<1x4x6x6xf32>
}
