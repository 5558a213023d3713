// Convolutions of ResNet-18 at batch 8, NCHW as PyTorch writes them (input
// already padded, weights as arguments), each with batch norm and ReLU:
// bench/gpu.sh times them on the GPU (implicit GEMM, fusion-to-nvvm's
// default) against one result per thread, against NCHW kept
// (channels-last=false) and against PyTorch (cuDNN, bench/torch_gpu.py).
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>

// W3 at batch 8: 3x3, 64 -> 64 channels, 56x56 (ResNet-18's layer 1).
func.func @w3_n8(%x: tensor<8x64x58x58xf32>, %w: tensor<64x64x3x3xf32>) -> tensor<8x64x56x56xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<1.25> : tensor<64xf32>
  %b = arith.constant dense<-0.5> : tensor<64xf32>
  %m = arith.constant dense<0.1> : tensor<64xf32>
  %v = arith.constant dense<2.0> : tensor<64xf32>
  %e = tensor.empty() : tensor<8x64x56x56xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x64x56x56xf32>) -> tensor<8x64x56x56xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<8x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%f : tensor<8x64x56x56xf32>) -> tensor<8x64x56x56xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<8x64x56x56xf32>, tensor<64xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<8x64x56x56xf32>) outs(%e : tensor<8x64x56x56xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<8x64x56x56xf32>
  return %r : tensor<8x64x56x56xf32>
}

// The stem: 7x7, stride 2, 3 -> 64 channels, 224x224 -> 112x112.
func.func @stem_n8(%x: tensor<8x3x230x230xf32>, %w: tensor<64x3x7x7xf32>) -> tensor<8x64x112x112xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<1.25> : tensor<64xf32>
  %b = arith.constant dense<-0.5> : tensor<64xf32>
  %m = arith.constant dense<0.1> : tensor<64xf32>
  %v = arith.constant dense<2.0> : tensor<64xf32>
  %e = tensor.empty() : tensor<8x64x112x112xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x64x112x112xf32>) -> tensor<8x64x112x112xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<8x3x230x230xf32>, tensor<64x3x7x7xf32>) outs(%f : tensor<8x64x112x112xf32>) -> tensor<8x64x112x112xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<8x64x112x112xf32>, tensor<64xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<8x64x112x112xf32>) outs(%e : tensor<8x64x112x112xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<8x64x112x112xf32>
  return %r : tensor<8x64x112x112xf32>
}

// Layer 2's downsampling: 3x3, stride 2, 64 -> 128 channels, 56x56 -> 28x28.
func.func @down_n8(%x: tensor<8x64x58x58xf32>, %w: tensor<128x64x3x3xf32>) -> tensor<8x128x28x28xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<1.25> : tensor<128xf32>
  %b = arith.constant dense<-0.5> : tensor<128xf32>
  %m = arith.constant dense<0.1> : tensor<128xf32>
  %v = arith.constant dense<2.0> : tensor<128xf32>
  %e = tensor.empty() : tensor<8x128x28x28xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x128x28x28xf32>) -> tensor<8x128x28x28xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<8x64x58x58xf32>, tensor<128x64x3x3xf32>) outs(%f : tensor<8x128x28x28xf32>) -> tensor<8x128x28x28xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<8x128x28x28xf32>, tensor<128xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<8x128x28x28xf32>) outs(%e : tensor<8x128x28x28xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<8x128x28x28xf32>
  return %r : tensor<8x128x28x28xf32>
}

// Layer 4: 3x3, 512 -> 512 channels, 7x7 (few pixels, a large filter).
func.func @layer4_n8(%x: tensor<8x512x9x9xf32>, %w: tensor<512x512x3x3xf32>) -> tensor<8x512x7x7xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<1.25> : tensor<512xf32>
  %b = arith.constant dense<-0.5> : tensor<512xf32>
  %m = arith.constant dense<0.1> : tensor<512xf32>
  %v = arith.constant dense<2.0> : tensor<512xf32>
  %e = tensor.empty() : tensor<8x512x7x7xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x512x7x7xf32>) -> tensor<8x512x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<8x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%f : tensor<8x512x7x7xf32>) -> tensor<8x512x7x7xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<8x512x7x7xf32>, tensor<512xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<8x512x7x7xf32>) outs(%e : tensor<8x512x7x7xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<8x512x7x7xf32>
  return %r : tensor<8x512x7x7xf32>
}
