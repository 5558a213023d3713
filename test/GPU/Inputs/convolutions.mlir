// Convolutions for the GPU's implicit-GEMM kernel (NHWC input, HWCF
// filter): output pixels x output channels in blocks, the reduction over the
// filter window and input channels as one loop of steps, each step's slices
// of input and filter copied into shared memory (convolutions.test).
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch4 = affine_map<(d0, d1, d2, d3) -> (d3)>

// 3x3, stride 1, padded by 1 (tensor.pad), bias and ReLU fused.
func.func @conv3x3_pad(%x: tensor<2x14x14x32xf32>, %w: tensor<3x3x32x64xf32>, %b: tensor<64xf32>) -> tensor<2x14x14x64xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<2x14x14x32xf32> to tensor<2x16x16x32xf32>
  %e = tensor.empty() : tensor<2x14x14x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x14x14x64xf32>) -> tensor<2x14x14x64xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%p, %w : tensor<2x16x16x32xf32>, tensor<3x3x32x64xf32>) outs(%f : tensor<2x14x14x64xf32>) -> tensor<2x14x14x64xf32>
  %r = linalg.generic {indexing_maps = [#id4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %b : tensor<2x14x14x64xf32>, tensor<64xf32>) outs(%e : tensor<2x14x14x64xf32>) {
  ^bb0(%i: f32, %bb: f32, %o: f32):
    %0 = arith.addf %i, %bb : f32
    %1 = arith.maximumf %0, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<2x14x14x64xf32>
  return %r : tensor<2x14x14x64xf32>
}

// 3x3, stride 2 (ResNet's downsampling), no epilogue but the bias as the
// accumulator's initial value (fusion-fold-bias).
func.func @conv3x3_stride2(%x: tensor<1x17x17x16xf32>, %w: tensor<3x3x16x32xf32>, %b: tensor<32xf32>) -> tensor<1x8x8x32xf32> {
  %e = tensor.empty() : tensor<1x8x8x32xf32>
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<1x17x17x16xf32>, tensor<3x3x16x32xf32>) outs(%f : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
  %r = linalg.generic {indexing_maps = [#id4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %b : tensor<1x8x8x32xf32>, tensor<32xf32>) outs(%e : tensor<1x8x8x32xf32>) {
  ^bb0(%i: f32, %bb: f32, %o: f32):
    %0 = arith.addf %i, %bb : f32
    linalg.yield %0 : f32
  } -> tensor<1x8x8x32xf32>
  return %r : tensor<1x8x8x32xf32>
}

// 1x1 (pointwise), batch norm folded into constant weights, ReLU.
func.func @pointwise_bn(%x: tensor<2x8x8x16xf32>) -> tensor<2x8x8x8xf32> {
  %w = arith.constant dense<[[[[0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8], [0.2, 0.1, -0.3, 0.5, 0.4, -0.6, 0.1, 0.2], [-0.1, 0.3, 0.2, -0.4, 0.6, 0.5, -0.2, 0.1], [0.4, -0.1, 0.5, 0.2, -0.3, 0.1, 0.6, -0.7], [0.3, 0.2, -0.1, 0.4, 0.5, -0.2, 0.1, 0.3], [-0.2, 0.4, 0.1, -0.3, 0.2, 0.6, -0.5, 0.4], [0.5, -0.3, 0.2, 0.1, -0.4, 0.3, 0.2, -0.1], [0.1, 0.1, -0.2, 0.3, 0.2, -0.5, 0.4, 0.6], [0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8], [0.2, 0.1, -0.3, 0.5, 0.4, -0.6, 0.1, 0.2], [-0.1, 0.3, 0.2, -0.4, 0.6, 0.5, -0.2, 0.1], [0.4, -0.1, 0.5, 0.2, -0.3, 0.1, 0.6, -0.7], [0.3, 0.2, -0.1, 0.4, 0.5, -0.2, 0.1, 0.3], [-0.2, 0.4, 0.1, -0.3, 0.2, 0.6, -0.5, 0.4], [0.5, -0.3, 0.2, 0.1, -0.4, 0.3, 0.2, -0.1], [0.1, 0.1, -0.2, 0.3, 0.2, -0.5, 0.4, 0.6]]]]> : tensor<1x1x16x8xf32>
  %g = arith.constant dense<[0.6, 0.7, 0.8, 1.5, 1.1, 0.9, 0.5, 1.2]> : tensor<8xf32>
  %b = arith.constant dense<[0.1, -0.2, 0.3, 0.0, 0.5, -0.6, 0.2, 0.1]> : tensor<8xf32>
  %m = arith.constant dense<[0.3, 0.2, -0.1, 0.4, 0.0, 0.1, 0.2, 0.3]> : tensor<8xf32>
  %v = arith.constant dense<[0.5, 1.2, 1.3, 0.9, 2.0, 0.1, 0.7, 1.1]> : tensor<8xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x8x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x8x8x16xf32>, tensor<1x1x16x8xf32>) outs(%f : tensor<2x8x8x8xf32>) -> tensor<2x8x8x8xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v {channel_axis = 3 : i64} : tensor<2x8x8x8xf32>, tensor<8xf32>
  %r = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<2x8x8x8xf32>) outs(%e : tensor<2x8x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<2x8x8x8xf32>
  return %r : tensor<2x8x8x8xf32>
}

// 7x7, stride 2, 3 input channels (the ResNet stem's shape, smaller):
// reduction steps of 3 channels, copies of 12-byte rows (no cp.async).
func.func @stem7x7(%x: tensor<1x37x37x3xf32>, %w: tensor<7x7x3x16xf32>) -> tensor<1x16x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x16x16x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<1x37x37x3xf32>, tensor<7x7x3x16xf32>) outs(%f : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  return %c : tensor<1x16x16x16xf32>
}

// 3x3, dilation 2, stride 1x2 (different strides per dimension).
func.func @dilated(%x: tensor<1x12x21x8xf32>, %w: tensor<3x3x8x16xf32>) -> tensor<1x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<[1, 2]> : tensor<2xi64>}
      ins(%x, %w : tensor<1x12x21x8xf32>, tensor<3x3x8x16xf32>) outs(%f : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %c : tensor<1x8x8x16xf32>
}

// Several output rows per block: a config by hand, 4 output rows of 8
// pixels by 32 channels (128 threads), on a size the emulation runs fast.
func.func @outer_rows(%x: tensor<1x10x10x16xf32>, %w: tensor<3x3x16x32xf32>, %b: tensor<32xf32>) -> tensor<1x8x8x32xf32> {
  %0 = fusion.group contraction ins(%x, %w, %b : tensor<1x10x10x16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>) -> (tensor<1x8x8x32xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [1, 4, 8, 32], thread = [2, 4], reduction = [8], vector_width = 4, stages = 3>} {
  ^bb0(%x0: tensor<1x10x10x16xf32>, %w0: tensor<3x3x16x32xf32>, %b0: tensor<32xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<1x8x8x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
    %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
        ins(%x0, %w0 : tensor<1x10x10x16xf32>, tensor<3x3x16x32xf32>) outs(%f : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
    %r = linalg.generic {indexing_maps = [#id4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
        ins(%c, %b0 : tensor<1x8x8x32xf32>, tensor<32xf32>) outs(%e : tensor<1x8x8x32xf32>) {
    ^bb0(%i: f32, %bb: f32, %o: f32):
      %s = arith.addf %i, %bb : f32
      %t = arith.maximumf %s, %zero : f32
      linalg.yield %t : f32
    } -> tensor<1x8x8x32xf32>
    fusion.yield %r : tensor<1x8x8x32xf32>
  }
  return %0 : tensor<1x8x8x32xf32>
}

// A ResNet-18 layer-2 convolution at batch 8 (3x3, 64 -> 128 channels,
// 28x28), compiled only: 2 output rows of 28 pixels by 64 channels per
// block (224 threads), 224 blocks for the 132 multiprocessors.
func.func @resnet_3x3(%x: tensor<8x30x30x64xf32>, %w: tensor<3x3x64x128xf32>, %b: tensor<128xf32>) -> tensor<8x28x28x128xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x28x28x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x28x28x128xf32>) -> tensor<8x28x28x128xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<8x30x30x64xf32>, tensor<3x3x64x128xf32>) outs(%f : tensor<8x28x28x128xf32>) -> tensor<8x28x28x128xf32>
  %r = linalg.generic {indexing_maps = [#id4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%c, %b : tensor<8x28x28x128xf32>, tensor<128xf32>) outs(%e : tensor<8x28x28x128xf32>) {
  ^bb0(%i: f32, %bb: f32, %o: f32):
    %0 = arith.addf %i, %bb : f32
    %1 = arith.maximumf %0, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<8x28x28x128xf32>
  return %r : tensor<8x28x28x128xf32>
}

// Not implicit GEMM: a depthwise convolution (each channel its own filter:
// no reduction over channels to make a matrix product of): one result per
// thread.

func.func @depthwise(%x: tensor<1x10x10x16xf32>, %w: tensor<3x3x16xf32>) -> tensor<1x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %c = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x10x10x16xf32>, tensor<3x3x16xf32>) outs(%f : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %c : tensor<1x8x8x16xf32>
}

// NCHW, as PyTorch writes it: computed in NHWC between transposes
// (fusion-to-nvvm's channels-last); with channels-last=false, one result
// per thread.
func.func @nchw(%x: tensor<1x16x10x10xf32>, %w: tensor<32x16x3x3xf32>) -> tensor<1x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x32x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x16x10x10xf32>, tensor<32x16x3x3xf32>) outs(%f : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %c : tensor<1x32x8x8xf32>
}

// Configs by hand that the kernel refuses (fusion-tile-groups' remark; the
// group is then dissolved and runs one result per thread): two images per
// block (loops outside the output rows take one iteration per block), and
// blocks of 3 output rows where there are 8.
func.func @two_images(%x: tensor<2x10x10x16xf32>, %w: tensor<3x3x16x32xf32>) -> tensor<2x8x8x32xf32> {
  %0 = fusion.group contraction ins(%x, %w : tensor<2x10x10x16xf32>, tensor<3x3x16x32xf32>) -> (tensor<2x8x8x32xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [2, 1, 8, 32, 0, 0, 0], thread = [2, 4], reduction = [8], vector_width = 4, stages = 3>} {
  ^bb0(%x0: tensor<2x10x10x16xf32>, %w0: tensor<3x3x16x32xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<2x8x8x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8x8x32xf32>) -> tensor<2x8x8x32xf32>
    %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
        ins(%x0, %w0 : tensor<2x10x10x16xf32>, tensor<3x3x16x32xf32>) outs(%f : tensor<2x8x8x32xf32>) -> tensor<2x8x8x32xf32>
    fusion.yield %c : tensor<2x8x8x32xf32>
  }
  return %0 : tensor<2x8x8x32xf32>
}

func.func @three_rows(%x: tensor<1x10x10x16xf32>, %w: tensor<3x3x16x32xf32>) -> tensor<1x8x8x32xf32> {
  %0 = fusion.group contraction ins(%x, %w : tensor<1x10x10x16xf32>, tensor<3x3x16x32xf32>) -> (tensor<1x8x8x32xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [1, 3, 8, 32, 0, 0, 0], thread = [2, 4], reduction = [8], vector_width = 4, stages = 3>} {
  ^bb0(%x0: tensor<1x10x10x16xf32>, %w0: tensor<3x3x16x32xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<1x8x8x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
    %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
        ins(%x0, %w0 : tensor<1x10x10x16xf32>, tensor<3x3x16x32xf32>) outs(%f : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
    fusion.yield %c : tensor<1x8x8x32xf32>
  }
  return %0 : tensor<1x8x8x32xf32>
}

// One output column: the rows per block stop where a block would need more
// than 1024 threads (32 rows of 1 pixel by 50 channels, 2 per thread: 800).
func.func @one_column(%x: tensor<132x66x3x4xf32>, %w: tensor<3x3x4x100xf32>) -> tensor<132x64x1x100xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<132x64x1x100xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<132x64x1x100xf32>) -> tensor<132x64x1x100xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<132x66x3x4xf32>, tensor<3x3x4x100xf32>) outs(%f : tensor<132x64x1x100xf32>) -> tensor<132x64x1x100xf32>
  return %c : tensor<132x64x1x100xf32>
}

// A run-time filter transposed and scaled inside the convolution's group (a
// chain of two ops, one reading a constant of the group in its body): both
// move to a kernel of their own.
func.func @filter_chain(%x: tensor<1x10x10x16xf32>, %w: tensor<32x16x3x3xf32>, %s: tensor<32xf32>) -> tensor<1x8x8x32xf32> {
  %0 = fusion.group contraction ins(%x, %w, %s : tensor<1x10x10x16xf32>, tensor<32x16x3x3xf32>, tensor<32xf32>) -> (tensor<1x8x8x32xf32>) {
  ^bb0(%x0: tensor<1x10x10x16xf32>, %w0: tensor<32x16x3x3xf32>, %s0: tensor<32xf32>):
    %zero = arith.constant 0.0 : f32
    %two = arith.constant 2.0 : f32
    %et = tensor.empty() : tensor<3x3x16x32xf32>
    %t = linalg.transpose ins(%w0 : tensor<32x16x3x3xf32>) outs(%et : tensor<3x3x16x32xf32>) permutation = [2, 3, 1, 0]
    %sc = linalg.generic {indexing_maps = [#id4, #ch4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t, %s0 : tensor<3x3x16x32xf32>, tensor<32xf32>) outs(%et : tensor<3x3x16x32xf32>) {
    ^bb0(%a: f32, %b: f32, %o: f32):
      %m = arith.mulf %a, %b : f32
      %m2 = arith.mulf %m, %two : f32
      linalg.yield %m2 : f32
    } -> tensor<3x3x16x32xf32>
    %e = tensor.empty() : tensor<1x8x8x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
    %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
        ins(%x0, %sc : tensor<1x10x10x16xf32>, tensor<3x3x16x32xf32>) outs(%f : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
    fusion.yield %c : tensor<1x8x8x32xf32>
  }
  return %0 : tensor<1x8x8x32xf32>
}
