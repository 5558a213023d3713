// RUN: fuse-opt %s -split-input-file -fusion-fold-batchnorm -verify-diagnostics | FileCheck %s

// Constant weights and statistics: new weights computed at compile time
// (f64): w' = w * gamma / sqrt(var + eps) per output channel (dim 0, FCHW).
// Channel 0: 2 * 3 / sqrt(8 + 1) = 2; channel 1: 4 * 1 / sqrt(3 + 1) = 2.
// The zero-fill init becomes a broadcast of the new constant bias
// t = beta - mean * s: 0.5 - 1 * 1 = -0.5 and -0.5 - 2 * 0.5 = -1.5.
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @nchw_const
// CHECK-DAG: %[[W:.*]] = arith.constant dense<2.000000e+00> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[-5.000000e-01, -1.500000e+00]> : tensor<2xf32>
// CHECK: %[[INIT:.*]] = linalg.generic {indexing_maps = [#[[CH]], #{{.*}}]{{.*}} ins(%[[B]] :
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

// Weights at run time: one 1-D generic computes the per-channel scale and
// shift, a generic scales the weights per output channel (dim 3, HWCF) and
// another applies scale and shift to the init.
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @nhwc_runtime
// CHECK: %[[ST:.*]]:2 = linalg.generic {{.*}} iterator_types = ["parallel"]
// CHECK: math.sqrt
// CHECK: %[[W:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[CH]], #{{.*}}]{{.*}} ins(%arg1, %[[ST]]#0 :
// CHECK: %[[INIT:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[CH]], #[[CH]], #{{.*}}]{{.*}} ins(%arg2, %[[ST]]#0, %[[ST]]#1 :
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}} ins(%{{.*}}, %[[W]] : {{.*}} outs(%[[INIT]] :
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
// CHECK: linalg.matmul
// CHECK-NEXT: return
// CHECK-NOT: fusion.batch_norm
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

// Negative: producers that are not contractions, and no linalg producer.
// CHECK-LABEL: func.func @unsupported
// CHECK-COUNT-2: fusion.batch_norm
func.func @unsupported(%x: tensor<1x4x6x6xf32>, %i: tensor<1x4x6x6xf32>, %p: tensor<4xf32>) -> (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) {
  %c = linalg.copy ins(%x : tensor<1x4x6x6xf32>) outs(%i : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  // expected-remark @+1 {{not folded: unsupported producer linalg.copy (supported: contractions and convolutions that accumulate into one init)}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p : tensor<1x4x6x6xf32>, tensor<4xf32>
  // expected-remark @+1 {{not folded: input is not produced by a linalg op}}
  %z = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x6x6xf32>, tensor<4xf32>
  return %y, %z : tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>
}

// -----

// Depthwise convolution: the channel indexes input, weights and output; the
// weights [C, KH, KW] are scaled along dim 0: 3 * 4 / sqrt(3 + 1) = 6 and
// 3 * 8 / sqrt(15 + 1) = 6.
// CHECK-LABEL: func.func @depthwise
// CHECK: %[[W:.*]] = arith.constant dense<6.000000e+00> : tensor<2x3x3xf32>
// CHECK: linalg.depthwise_conv_2d_nchw_chw {{.*}} ins(%{{.*}}, %[[W]] :
// CHECK-NOT: fusion.batch_norm
func.func @depthwise(%x: tensor<1x2x6x6xf32>, %i: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<3.0> : tensor<2x3x3xf32>
  %g = arith.constant dense<[4.0, 8.0]> : tensor<2xf32>
  %v = arith.constant dense<[3.0, 15.0]> : tensor<2xf32>
  %z = arith.constant dense<0.0> : tensor<2xf32>
  %c = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x2x6x6xf32>, tensor<2x3x3xf32>) outs(%i : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  // expected-remark @+1 {{folded batch norm into linalg.depthwise_conv_2d_nchw_chw}}
  %y = fusion.batch_norm %c, %g, %z, %z, %v {epsilon = 1.0 : f64} : tensor<1x2x4x4xf32>, tensor<2xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// Grouped convolution, as frontends emit it: [N, G, F, H, W] collapsed to
// [N, G*F, H, W]. Channel g*F + f scales weights [g, f, ...] by gamma
// (var + eps = 1): 1, 2, 3, 4.
// CHECK-LABEL: func.func @grouped
// CHECK: %[[W:.*]] = arith.constant dense<{{\[\[\[\[\[}}1.000000e+00]]], {{\[\[\[}}2.000000e+00]]]], {{\[\[\[\[}}3.000000e+00]]], {{\[\[\[}}4.000000e+00]]]]]> : tensor<2x2x1x1x1xf32>
// CHECK: %[[C:.*]] = linalg.conv_2d_ngchw_gfchw {{.*}} ins(%{{.*}}, %[[W]] :
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[C]] {{\[\[}}0], [1, 2], [3], [4]]
// CHECK-NEXT: return %[[R]]
func.func @grouped(%x: tensor<1x2x1x3x3xf32>, %i: tensor<1x2x2x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1x1xf32>
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %z = arith.constant dense<0.0> : tensor<4xf32>
  %c = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x2x1x3x3xf32>, tensor<2x2x1x1x1xf32>) outs(%i : tensor<1x2x2x3x3xf32>) -> tensor<1x2x2x3x3xf32>
  %cc = tensor.collapse_shape %c [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x3xf32> into tensor<1x4x3x3xf32>
  // expected-remark @+1 {{folded batch norm into linalg.conv_2d_ngchw_gfchw}}
  %y = fusion.batch_norm %cc, %g, %z, %z, %z {epsilon = 1.0 : f64} : tensor<1x4x3x3xf32>, tensor<4xf32>
  return %y : tensor<1x4x3x3xf32>
}

// -----

// Negative: grouped weights laid out [F, G, ...]: channel g*F + f is not a
// contiguous run of the weights.
// CHECK-LABEL: func.func @grouped_fgchw
// CHECK: fusion.batch_norm
func.func @grouped_fgchw(%x: tensor<1x2x1x3x3xf32>, %w: tensor<2x2x1x1x1xf32>, %i: tensor<1x2x2x3x3xf32>, %p: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %c = linalg.conv_2d_ngchw_fgchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x2x1x3x3xf32>, tensor<2x2x1x1x1xf32>) outs(%i : tensor<1x2x2x3x3xf32>) -> tensor<1x2x2x3x3xf32>
  %cc = tensor.collapse_shape %c [[0], [1, 2], [3], [4]] : tensor<1x2x2x3x3xf32> into tensor<1x4x3x3xf32>
  // expected-remark @+1 {{not folded: the grouped channel dims are not contiguous in the weights in the order of the result}}
  %y = fusion.batch_norm %cc, %p, %p, %p, %p : tensor<1x4x3x3xf32>, tensor<4xf32>
  return %y : tensor<1x4x3x3xf32>
}

// -----

// Transposed matmul (B is [N, K]): the weights are scaled along dim 0.
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @matmul_transpose_b
// CHECK: %[[W:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[ROW]], #{{.*}}]{{.*}} ins(%arg1,
// CHECK: linalg.matmul indexing_maps = {{.*}} ins(%arg0, %[[W]] :
// CHECK-NOT: fusion.batch_norm
func.func @matmul_transpose_b(%a: tensor<4x8xf32>, %w: tensor<16x8xf32>, %init: tensor<4x16xf32>, %p: tensor<16xf32>) -> tensor<4x16xf32> {
  %c = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<4x8xf32>, tensor<16x8xf32>) outs(%init : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{folded batch norm into linalg.matmul}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p : tensor<4x16xf32>, tensor<16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// Batched matmul, channel = N (dim 2 of the result and of B [B, K, N]).
// CHECK-DAG: #[[N:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @batch_matmul
// CHECK: %[[W:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[N]], #{{.*}}]{{.*}} ins(%arg1,
// CHECK: linalg.batch_matmul ins(%arg0, %[[W]] :
// CHECK-NOT: fusion.batch_norm
func.func @batch_matmul(%a: tensor<2x4x8xf32>, %w: tensor<2x8x16xf32>, %init: tensor<2x4x16xf32>, %p: tensor<16xf32>) -> tensor<2x4x16xf32> {
  %c = linalg.batch_matmul ins(%a, %w : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%init : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  // expected-remark @+1 {{folded batch norm into linalg.batch_matmul}}
  %y = fusion.batch_norm %c, %p, %p, %p, %p {channel_axis = 2 : i64} : tensor<2x4x16xf32>, tensor<16xf32>
  return %y : tensor<2x4x16xf32>
}

// -----

// torch-mlir's batch norm: one generic (x - mean) * rsqrt(var + eps) * gamma
// + beta, statistics indexed by the channel loop dim. Constants fold at
// compile time: rsqrt(3 + 1) = 0.5, rsqrt(0 + 1) = 1; s = [1, 3];
// w' = [2, 6]; t = beta - mean * s = [0.5 - 1, 0.5 - 6].
// CHECK-LABEL: func.func @torch_fused_generic
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00]]], {{\[\[\[}}6.000000e+00]]]]> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[-5.000000e-01, -5.500000e+00]> : tensor<2xf32>
// CHECK: %[[INIT:.*]] = linalg.generic {{.*}} ins(%[[B]] :
// CHECK: %[[C:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %[[W]] : {{.*}} outs(%[[INIT]] :
// CHECK-NEXT: return %[[C]]
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch4 = affine_map<(d0, d1, d2, d3) -> (d1)>
func.func @torch_fused_generic(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<2.0> : tensor<2x1x1x1xf32>
  %g = arith.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.5, 0.5]> : tensor<2xf32>
  %m = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %v = arith.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %e = tensor.empty() : tensor<1x2x4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) outs(%f : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  // expected-remark @+1 {{folded per-channel affine epilogue (batch norm) into linalg.conv_2d_nchw_fchw}}
  %y = linalg.generic {indexing_maps = [#id4, #ch4, #ch4, #ch4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %m, %v, %g, %b : tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) outs(%e : tensor<1x2x4x4xf32>) {
  ^bb0(%in: f32, %mean: f32, %var: f32, %gamma: f32, %beta: f32, %out: f32):
    %eps = arith.constant 1.0 : f32
    %0 = arith.subf %in, %mean : f32
    %1 = arith.addf %var, %eps : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.mulf %0, %2 : f32
    %4 = arith.mulf %3, %gamma : f32
    %5 = arith.addf %4, %beta : f32
    linalg.yield %5 : f32
  } -> tensor<1x2x4x4xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// The decomposed form: separate generics on [1, C, 1, 1] statistics (rsqrt
// computed apart from the activations), then a ReLU. The affine chain
// (sub, mul, mul, add) folds, at run time; the ReLU is not affine and stays.
// CHECK-DAG: #[[BC:.*]] = affine_map<(d0) -> (0, d0, 0, 0)>
// CHECK-LABEL: func.func @torch_decomposed
// CHECK: %[[ST:.*]]:2 = linalg.generic {indexing_maps = [#[[BC]], #[[BC]], #[[BC]], #[[BC]], #{{.*}}, #{{.*}}], iterator_types = ["parallel"]}
// CHECK: %[[C:.*]] = linalg.conv_2d_nchw_fchw
// CHECK-NEXT: %[[R:.*]] = linalg.generic {{.*}} ins(%[[C]] :
// CHECK: arith.maximumf
// CHECK: return %[[R]]
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bc = affine_map<(d0, d1, d2, d3) -> (0, d1, 0, 0)>
func.func @torch_decomposed(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>, %i: tensor<1x4x4x4xf32>,
                            %m: tensor<1x4x1x1xf32>, %v: tensor<1x4x1x1xf32>, %g: tensor<1x4x1x1xf32>, %b: tensor<1x4x1x1xf32>) -> tensor<1x4x4x4xf32> {
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %es = tensor.empty() : tensor<1x4x1x1xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%i : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %inv = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%v : tensor<1x4x1x1xf32>) outs(%es : tensor<1x4x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %eps = arith.constant 1.0e-5 : f32
    %0 = arith.addf %in, %eps : f32
    %1 = math.rsqrt %0 : f32
    linalg.yield %1 : f32
  } -> tensor<1x4x1x1xf32>
  // expected-remark @+1 {{folded per-channel affine epilogue (batch norm) into linalg.conv_2d_nchw_fchw}}
  %s0 = linalg.generic {indexing_maps = [#id4, #bc, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %m : tensor<1x4x4x4xf32>, tensor<1x4x1x1xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.subf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x4x4xf32>
  %s1 = linalg.generic {indexing_maps = [#id4, #bc, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s0, %inv : tensor<1x4x4x4xf32>, tensor<1x4x1x1xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.mulf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x4x4xf32>
  %s2 = linalg.generic {indexing_maps = [#bc, #id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%g, %s1 : tensor<1x4x1x1xf32>, tensor<1x4x4x4xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%p: f32, %in: f32, %out: f32):
    %0 = arith.mulf %p, %in : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x4x4xf32>
  %s3 = linalg.generic {indexing_maps = [#id4, #bc, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s2, %b : tensor<1x4x4x4xf32>, tensor<1x4x1x1xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.addf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x4x4xf32>
  %r = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s3 : tensor<1x4x4x4xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %zero = arith.constant 0.0 : f32
    %0 = arith.maximumf %in, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}

// -----

// Negatives for the generic form: per-element statistics, a non-constant
// epsilon, a conv result used twice. A product with a full tensor (a gate,
// SwiGLU's multiply), a ReLU alone and a bias add alone get no remark from
// this pass (not batch norms; fusion-fold-bias folds adds).
// CHECK-LABEL: func.func @generic_negatives
// CHECK-COUNT-5: linalg.matmul
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#n2 = affine_map<(d0, d1) -> (d1)>
#s2 = affine_map<(d0, d1) -> ()>
func.func @generic_negatives(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>, %i: tensor<4x16xf32>, %p: tensor<16xf32>,
                             %full: tensor<4x16xf32>, %eps: tensor<f32>) -> (tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>) {
  %c0 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %y0 = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%c0, %full : tensor<4x16xf32>, tensor<4x16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %0 = arith.mulf %in, %s : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %c1 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: operand #2 is a non-constant scalar (such as epsilon)}}
  %y1 = linalg.generic {indexing_maps = [#id2, #n2, #s2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%c1, %p, %eps : tensor<4x16xf32>, tensor<16xf32>, tensor<f32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%in: f32, %var: f32, %e: f32, %out: f32):
    %0 = arith.addf %var, %e : f32
    %1 = math.rsqrt %0 : f32
    %2 = arith.mulf %in, %1 : f32
    linalg.yield %2 : f32
  } -> tensor<4x16xf32>
  %c2 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{not folded: producer result has other uses than the batch norm}}
  %y2 = linalg.generic {indexing_maps = [#id2, #n2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%c2, %p : tensor<4x16xf32>, tensor<16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %0 = arith.mulf %in, %s : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %c3 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %relu = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%c3 : tensor<4x16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %zero = arith.constant 0.0 : f32
    %0 = arith.maximumf %in, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %c4 = linalg.matmul ins(%a, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%i : tensor<4x16xf32>) -> tensor<4x16xf32>
  %bias = linalg.generic {indexing_maps = [#id2, #n2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%c4, %p : tensor<4x16xf32>, tensor<16xf32>) outs(%i : tensor<4x16xf32>) {
  ^bb0(%in: f32, %s: f32, %out: f32):
    %0 = arith.addf %in, %s : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  return %y0, %y1, %y2, %c2, %relu, %bias : tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// An init that a generic does not read, but through a map that does not
// reach every element (the elements it does not write keep the init's
// values): a use of the convolution after all. Not folded.
// CHECK-LABEL: func.func @outs_not_every_element
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK: math.rsqrt
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
#corner = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
func.func @outs_not_every_element(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>, %y: tensor<1x4x2x2xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%f : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // expected-remark @+1 {{[fusion-fold-batchnorm] not folded: producer result has other uses than the batch norm}}
  %bn = linalg.generic {indexing_maps = [#id, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv, %m, %v : tensor<1x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %mean: f32, %var: f32, %out: f32):
    %0 = arith.subf %in, %mean : f32
    %1 = math.rsqrt %var : f32
    %2 = arith.mulf %0, %1 : f32
    linalg.yield %2 : f32
  } -> tensor<1x4x4x4xf32>
  %corner = linalg.generic {indexing_maps = [#id, #corner], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%y : tensor<1x4x2x2xf32>) outs(%conv : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x4x4x4xf32>
  return %bn, %corner : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>
}

// -----

// Statistics whose constant has 3 elements, cast through tensor<?xf32> to
// tensor<4xf32> (valid IR; wrong at run time): not evaluated at compile
// time with the wrong number of values (that read past their end), but at
// run time.
// CHECK-LABEL: func.func @cast_mismatch
// CHECK: math.sqrt
func.func @cast_mismatch(%x: tensor<1x3x6x6xf32>) -> tensor<1x4x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<0.5> : tensor<4x3x3x3xf32>
  %g3 = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %gd = tensor.cast %g3 : tensor<3xf32> to tensor<?xf32>
  %g = tensor.cast %gd : tensor<?xf32> to tensor<4xf32>
  %b = arith.constant dense<0.0> : tensor<4xf32>
  %m = arith.constant dense<0.0> : tensor<4xf32>
  %v = arith.constant dense<1.0> : tensor<4xf32>
  %e = tensor.empty() : tensor<1x4x4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) outs(%f : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // expected-remark @+1 {{[fusion-fold-batchnorm] folded batch norm into linalg.conv_2d_nchw_fchw}}
  %y = fusion.batch_norm %c, %g, %b, %m, %v {epsilon = 1.0e-5 : f64} : tensor<1x4x4x4xf32>, tensor<4xf32>
  return %y : tensor<1x4x4x4xf32>
}
