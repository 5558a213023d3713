// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups=inner-tile=2 -verify-diagnostics | FileCheck %s

// Data tiling of a convolution's weights after tiling (packConvFilterTile,
// run by fusion-lower-groups): the group's tiles of 2 output channels read
// their filter [1x1x2x2] from the constant packed at compile time as
// [F/2][KH][KW][C][2], one contiguous block per tile, instead of a strided
// slice of the HWCF constant (whose input-channel rows are F apart); the
// HWCF constant is no longer used.
// CHECK-LABEL: func.func @constant_filter
// CHECK-NOT: tensor<1x1x2x4xf32>
// CHECK: %[[P:.*]] = arith.constant dense<{{\[}}{{\[}}{{\[}}{{\[}}[1.000000e+00, 2.000000e+00], [5.000000e+00, 6.000000e+00]]]], {{\[}}{{\[}}{{\[}}[3.000000e+00, 4.000000e+00], [7.000000e+00, 8.000000e+00]]]]]> : tensor<2x1x1x2x2xf32>
// CHECK: scf.for %[[F:.*]] = %c0 to %c4 step %c2
// CHECK: %[[PANEL:.*]] = affine.apply #{{.*}}(%[[F]])
// CHECK: %[[TILE:.*]] = tensor.extract_slice %[[P]][%[[PANEL]], 0, 0, 0, 0] [1, 1, 1, 2, 2] [1, 1, 1, 1, 1] : tensor<2x1x1x2x2xf32> to tensor<1x1x2x2xf32>
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}} ins(%{{.*}}, %[[TILE]] : tensor<1x1x3x2xf32>, tensor<1x1x2x2xf32>)
// CHECK-NOT: tensor<1x1x2x4xf32>
func.func @constant_filter(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x4xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]]]> : tensor<1x1x2x4xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x4xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  // expected-remark @below {{formed a contraction group}}
  // expected-remark @below {{convolution tiles of 2 output channels read their filter from a copy packed at compile time (2 contiguous blocks)}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x3x2xf32>, tensor<1x1x2x4xf32>) outs(%i : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  return %c : tensor<1x3x3x4xf32>
}

// -----

// Not packed: a filter computed at run time (a function argument) would be
// packed on every call; its tiles stay slices of it.
// CHECK-LABEL: func.func @runtime_filter
// CHECK: tensor.extract_slice %arg1[0, 0, 0, %{{.*}}] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x4xf32> to tensor<1x1x2x2xf32>
func.func @runtime_filter(%x: tensor<1x3x3x2xf32>, %w: tensor<1x1x2x4xf32>) -> tensor<1x3x3x4xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x4xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  // expected-remark @below {{formed a contraction group}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x3x2xf32>, tensor<1x1x2x4xf32>) outs(%i : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  return %c : tensor<1x3x3x4xf32>
}

// -----

// Not packed: the tile covers all output channels (inner-tile = 2 >= F),
// so it is the whole filter, read as it is.
// CHECK-LABEL: func.func @whole_filter
// CHECK-NOT: tensor<1x1x1x2x2xf32>
// CHECK: linalg.conv_2d_nhwc_hwcf
func.func @whole_filter(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0], [5.0, 6.0]]]]> : tensor<1x1x2x2xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x2xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  // expected-remark @below {{formed a contraction group}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x3x2xf32>, tensor<1x1x2x2xf32>) outs(%i : tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  return %c : tensor<1x3x3x2xf32>
}

// -----

// Not packed: an elided blob has no data to pack at compile time.
// CHECK-LABEL: func.func @elided_filter
// CHECK: tensor.extract_slice %{{.*}}[0, 0, 0, %{{.*}}] [1, 1, 2, 2] [1, 1, 1, 1] : tensor<1x1x2x4xf32> to tensor<1x1x2x2xf32>
func.func @elided_filter(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x4xf32> {
  %w = arith.constant dense_resource<__elided__> : tensor<1x1x2x4xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x3x3x4xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  // expected-remark @below {{formed a contraction group}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x3x2xf32>, tensor<1x1x2x4xf32>) outs(%i : tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  return %c : tensor<1x3x3x4xf32>
}
