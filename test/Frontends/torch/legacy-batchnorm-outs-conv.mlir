// The form earlier torch-mlir releases printed for an inference batch norm
// (TorchToLinalg's AtenBatchNormOp lowering, as in the published ResNet and
// MobileNet linalg exports): one linalg.generic
//   ins(%conv, %gamma, %beta, %mean, %var) outs(%conv)
// whose payload never reads its `outs`. That init only gives the shape, so
// it is not a second use of the convolution: the batch norm folds. A real
// second reader (@second_reader) still refuses the fold.
// RUN: fuse-opt %s --fusion-fold-batchnorm 2>&1 | FileCheck %s
// RUN: fuse-run %s --entry=resnet_stem --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=EXEC
// RUN: fuse-run %s --entry=second_reader --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=EXEC

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>

// CHECK: remark: [fusion-fold-batchnorm] folded per-channel affine epilogue (batch norm) into linalg.conv_2d_nchw_fchw
// CHECK: remark: [fusion-fold-batchnorm] not folded: producer result has other uses than the batch norm
// CHECK-LABEL: func.func @resnet_stem
// CHECK: linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %cst{{.*}} : tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>)
// CHECK-NOT: math.rsqrt
// CHECK: arith.maximumf
// EXEC: compare: 'fusion-to-llvm{fuse=false}' max abs err {{[0-9.e+-]+}}, {{.*}}: OK
func.func @resnet_stem(%x: tensor<1x3x8x8xf32>) -> tensor<1x4x6x6xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %eps = arith.constant 1.000000e-05 : f64
  %w = arith.constant dense<[[[[0.1, -0.2, 0.3], [0.4, -0.5, 0.6], [-0.7, 0.8, 0.9]], [[0.2, 0.1, -0.3], [0.5, 0.4, -0.6], [0.8, -0.7, 0.9]], [[-0.3, 0.2, 0.1], [0.6, 0.5, 0.4], [0.9, 0.8, -0.7]]], [[[0.05, 0.1, 0.15], [0.2, 0.25, 0.3], [0.35, 0.4, 0.45]], [[-0.05, -0.1, -0.15], [-0.2, -0.25, -0.3], [-0.35, -0.4, -0.45]], [[0.5, -0.5, 0.5], [-0.5, 0.5, -0.5], [0.5, -0.5, 0.5]]], [[[1.0, 0.0, -1.0], [1.0, 0.0, -1.0], [1.0, 0.0, -1.0]], [[0.3, 0.3, 0.3], [0.0, 0.0, 0.0], [-0.3, -0.3, -0.3]], [[0.1, 0.2, 0.1], [0.2, 0.4, 0.2], [0.1, 0.2, 0.1]]], [[[-0.9, 0.1, 0.2], [0.3, -0.4, 0.5], [0.6, 0.7, -0.8]], [[0.15, -0.25, 0.35], [-0.45, 0.55, -0.65], [0.75, -0.85, 0.95]], [[0.0, 0.1, 0.0], [0.1, -0.4, 0.1], [0.0, 0.1, 0.0]]]]> : tensor<4x3x3x3xf32>
  %gamma = arith.constant dense<[1.25, 0.75, 1.5, 0.5]> : tensor<4xf32>
  %beta = arith.constant dense<[0.1, -0.2, 0.3, -0.4]> : tensor<4xf32>
  %mean = arith.constant dense<[0.05, -0.1, 0.2, 0.0]> : tensor<4xf32>
  %var = arith.constant dense<[0.9, 1.1, 0.5, 2.0]> : tensor<4xf32>
  %init = tensor.empty() : tensor<1x4x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) outs(%fill : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %bn = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv, %gamma, %beta, %mean, %var : tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%conv : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %g: f32, %b: f32, %m: f32, %v: f32, %out: f32):
    %0 = arith.subf %in, %m : f32
    %1 = arith.truncf %eps : f64 to f32
    %2 = arith.addf %v, %1 : f32
    %3 = math.rsqrt %2 : f32
    %4 = arith.mulf %0, %3 : f32
    %5 = arith.mulf %4, %g : f32
    %6 = arith.addf %5, %b : f32
    linalg.yield %6 : f32
  } -> tensor<1x4x6x6xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bn : tensor<1x4x6x6xf32>) outs(%init : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.maximumf %in, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x6x6xf32>
  return %relu : tensor<1x4x6x6xf32>
}

// CHECK-LABEL: func.func @second_reader
// CHECK: math.rsqrt
func.func @second_reader(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) {
  %zero = arith.constant 0.000000e+00 : f32
  %eps = arith.constant 1.000000e-05 : f64
  %gamma = arith.constant dense<[1.25, 0.75, 1.5, 0.5]> : tensor<4xf32>
  %beta = arith.constant dense<[0.1, -0.2, 0.3, -0.4]> : tensor<4xf32>
  %mean = arith.constant dense<[0.05, -0.1, 0.2, 0.0]> : tensor<4xf32>
  %var = arith.constant dense<[0.9, 1.1, 0.5, 2.0]> : tensor<4xf32>
  %init = tensor.empty() : tensor<1x4x6x6xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%init : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) outs(%fill : tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %bn = linalg.generic {indexing_maps = [#id, #ch, #ch, #ch, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv, %gamma, %beta, %mean, %var : tensor<1x4x6x6xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%conv : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %g: f32, %b: f32, %m: f32, %v: f32, %out: f32):
    %0 = arith.subf %in, %m : f32
    %1 = arith.truncf %eps : f64 to f32
    %2 = arith.addf %v, %1 : f32
    %3 = math.rsqrt %2 : f32
    %4 = arith.mulf %0, %3 : f32
    %5 = arith.mulf %4, %g : f32
    %6 = arith.addf %5, %b : f32
    linalg.yield %6 : f32
  } -> tensor<1x4x6x6xf32>
  // The raw convolution is also returned: a reader, so no fold.
  return %bn, %conv : tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>
}
