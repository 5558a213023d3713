// Every producer and batch-norm form that fusion-fold-batchnorm folds
// computes, folded, what the unfused program computes: torch-mlir's batch
// norm as one generic (constant statistics, rsqrt) and as separate generics
// (statistics at run time), depthwise and grouped convolutions, a matmul
// with transposed weights and a batched matmul.
// RUN: fuse-run %s --entry=torch_generic --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=torch_decomposed --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=depthwise_nhwc --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=grouped --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=matmul_transpose_b --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=batch_matmul --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-opt %s --fusion-fold-batchnorm -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// CHECK: compare: 'fusion-to-llvm{fuse=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
// REMARK-COUNT-6: [fusion-fold-batchnorm] folded
// REMARK-NOT: not folded
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch4 = affine_map<(d0, d1, d2, d3) -> (d1)>
#bc4 = affine_map<(d0, d1, d2, d3) -> (0, d1, 0, 0)>

func.func @torch_generic(%x: tensor<2x3x10x10xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<2x4x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<[0.64, 0.74, 1.85, 0.56]> : tensor<4xf32>
  %b = arith.constant dense<[0.42, 0.01, -0.09, -0.28]> : tensor<4xf32>
  %m = arith.constant dense<[0.39, 0.77, -0.24, -0.19]> : tensor<4xf32>
  %v = arith.constant dense<[0.49, 1.24, 1.38, 0.05]> : tensor<4xf32>
  %e = tensor.empty() : tensor<2x4x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%f : tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
  %y = linalg.generic {indexing_maps = [#id4, #ch4, #ch4, #ch4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %m, %v, %g, %b : tensor<2x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<2x4x8x8xf32>) {
  ^bb0(%in: f32, %mean: f32, %var: f32, %gamma: f32, %beta: f32, %out: f32):
    %eps = arith.constant 1.0e-5 : f32
    %0 = arith.subf %in, %mean : f32
    %1 = arith.addf %var, %eps : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.mulf %0, %2 : f32
    %4 = arith.mulf %3, %gamma : f32
    %5 = arith.addf %4, %beta : f32
    linalg.yield %5 : f32
  } -> tensor<2x4x8x8xf32>
  return %y : tensor<2x4x8x8xf32>
}

// Statistics at run time: var = v * v + 0.1 keeps it positive.
func.func @torch_decomposed(%x: tensor<1x3x9x9xf32>, %w: tensor<5x3x3x3xf32>, %m: tensor<1x5x1x1xf32>,
                            %v: tensor<1x5x1x1xf32>, %g: tensor<1x5x1x1xf32>, %b: tensor<1x5x1x1xf32>) -> tensor<1x5x7x7xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x5x7x7xf32>
  %es = tensor.empty() : tensor<1x5x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x5x7x7xf32>) -> tensor<1x5x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x9x9xf32>, tensor<5x3x3x3xf32>) outs(%f : tensor<1x5x7x7xf32>) -> tensor<1x5x7x7xf32>
  %inv = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%v : tensor<1x5x1x1xf32>) outs(%es : tensor<1x5x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %eps = arith.constant 0.1 : f32
    %0 = arith.mulf %in, %in : f32
    %1 = arith.addf %0, %eps : f32
    %2 = math.rsqrt %1 : f32
    linalg.yield %2 : f32
  } -> tensor<1x5x1x1xf32>
  %s0 = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %m : tensor<1x5x7x7xf32>, tensor<1x5x1x1xf32>) outs(%e : tensor<1x5x7x7xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.subf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x5x7x7xf32>
  %s1 = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s0, %inv : tensor<1x5x7x7xf32>, tensor<1x5x1x1xf32>) outs(%e : tensor<1x5x7x7xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.mulf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x5x7x7xf32>
  %s2 = linalg.generic {indexing_maps = [#bc4, #id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%g, %s1 : tensor<1x5x1x1xf32>, tensor<1x5x7x7xf32>) outs(%e : tensor<1x5x7x7xf32>) {
  ^bb0(%p: f32, %in: f32, %out: f32):
    %0 = arith.mulf %p, %in : f32
    linalg.yield %0 : f32
  } -> tensor<1x5x7x7xf32>
  %s3 = linalg.generic {indexing_maps = [#id4, #bc4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s2, %b : tensor<1x5x7x7xf32>, tensor<1x5x1x1xf32>) outs(%e : tensor<1x5x7x7xf32>) {
  ^bb0(%in: f32, %p: f32, %out: f32):
    %0 = arith.addf %in, %p : f32
    linalg.yield %0 : f32
  } -> tensor<1x5x7x7xf32>
  %r = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s3 : tensor<1x5x7x7xf32>) outs(%e : tensor<1x5x7x7xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.maximumf %in, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<1x5x7x7xf32>
  return %r : tensor<1x5x7x7xf32>
}

func.func @depthwise_nhwc(%x: tensor<2x10x10x6xf32>, %w: tensor<3x3x6xf32>) -> tensor<2x8x8x6xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<[0.6, 0.7, 0.8, 1.5, 1.1, 0.9]> : tensor<6xf32>
  %b = arith.constant dense<[0.1, -0.2, 0.3, 0.0, 0.5, -0.6]> : tensor<6xf32>
  %m = arith.constant dense<[0.3, 0.2, -0.1, 0.4, 0.0, 0.1]> : tensor<6xf32>
  %v = arith.constant dense<[0.5, 1.2, 1.3, 0.9, 2.0, 0.1]> : tensor<6xf32>
  %e = tensor.empty() : tensor<2x8x8x6xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8x8x6xf32>) -> tensor<2x8x8x6xf32>
  %c = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x10x10x6xf32>, tensor<3x3x6xf32>) outs(%f : tensor<2x8x8x6xf32>) -> tensor<2x8x8x6xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v {channel_axis = 3 : i64} : tensor<2x8x8x6xf32>, tensor<6xf32>
  return %y : tensor<2x8x8x6xf32>
}

func.func @grouped(%x: tensor<1x2x3x8x8xf32>) -> tensor<1x6x6x6xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[[[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [0.7, -0.8, 0.9]], [[0.2, 0.1, 0.0], [-0.1, -0.2, 0.3], [0.5, 0.5, 0.5]], [[1.0, -1.0, 0.5], [0.25, 0.75, -0.5], [0.3, 0.2, 0.1]]]], [[[[-0.3, 0.2, 0.1], [0.0, 0.9, -0.4], [0.6, 0.6, -0.2]], [[0.8, -0.7, 0.6], [0.5, -0.4, 0.3], [0.2, -0.1, 0.0]], [[0.1, 0.1, 0.1], [0.2, 0.2, 0.2], [0.3, 0.3, 0.3]]]]]> : tensor<2x1x3x3x3xf32>
  %wb = tensor.empty() : tensor<2x3x3x3x3xf32>
  %wc = tensor.collapse_shape %w [[0, 1], [2], [3], [4]] : tensor<2x1x3x3x3xf32> into tensor<2x3x3x3xf32>
  %ww = linalg.broadcast ins(%wc : tensor<2x3x3x3xf32>) outs(%wb : tensor<2x3x3x3x3xf32>) dimensions = [1]
  %g = arith.constant dense<[0.6, 0.7, 0.8, 1.5, 1.1, 0.9]> : tensor<6xf32>
  %b = arith.constant dense<[0.1, -0.2, 0.3, 0.0, 0.5, -0.6]> : tensor<6xf32>
  %m = arith.constant dense<[0.3, 0.2, -0.1, 0.4, 0.0, 0.1]> : tensor<6xf32>
  %v = arith.constant dense<[0.5, 1.2, 1.3, 0.9, 2.0, 0.1]> : tensor<6xf32>
  %e = tensor.empty() : tensor<1x2x3x6x6xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x3x6x6xf32>) -> tensor<1x2x3x6x6xf32>
  %c = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %ww : tensor<1x2x3x8x8xf32>, tensor<2x3x3x3x3xf32>) outs(%f : tensor<1x2x3x6x6xf32>) -> tensor<1x2x3x6x6xf32>
  %cc = tensor.collapse_shape %c [[0], [1, 2], [3], [4]] : tensor<1x2x3x6x6xf32> into tensor<1x6x6x6xf32>
  %y = fusion.batch_norm %cc, %g, %b, %m, %v : tensor<1x6x6x6xf32>, tensor<6xf32>
  return %y : tensor<1x6x6x6xf32>
}

func.func @matmul_transpose_b(%a: tensor<8x32xf32>, %w: tensor<16x32xf32>, %p: tensor<16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %half = arith.constant dense<0.5> : tensor<16xf32>
  %e = tensor.empty() : tensor<8x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x16xf32>) -> tensor<8x16xf32>
  %c = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<8x32xf32>, tensor<16x32xf32>) outs(%f : tensor<8x16xf32>) -> tensor<8x16xf32>
  // gamma and beta at run time, var = 0.5.
  %y = fusion.batch_norm %c, %p, %p, %p, %half : tensor<8x16xf32>, tensor<16xf32>
  return %y : tensor<8x16xf32>
}

func.func @batch_matmul(%a: tensor<3x8x32xf32>, %w: tensor<3x32x16xf32>, %p: tensor<16xf32>) -> tensor<3x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %half = arith.constant dense<0.5> : tensor<16xf32>
  %e = tensor.empty() : tensor<3x8x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<3x8x16xf32>) -> tensor<3x8x16xf32>
  %c = linalg.batch_matmul ins(%a, %w : tensor<3x8x32xf32>, tensor<3x32x16xf32>) outs(%f : tensor<3x8x16xf32>) -> tensor<3x8x16xf32>
  %y = fusion.batch_norm %c, %p, %p, %p, %half {channel_axis = 2 : i64} : tensor<3x8x16xf32>, tensor<16xf32>
  return %y : tensor<3x8x16xf32>
}
