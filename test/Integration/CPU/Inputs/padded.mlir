// A padded 3x3 convolution as torch-mlir writes it (NCHW, tensor.pad before
// the convolution). With channels-last=false, the pad's fill and copy stay
// outside the groups, in host code, large enough for
// fusion-parallelize-host-ops to split them (channels-last: the input's
// transpose comes first and the pad is written in place).
func.func @pad_conv(%x: tensor<1x16x64x64xf32>, %w: tensor<16x16x3x3xf32>) -> tensor<1x16x64x64xf32> {
  %z = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %z : f32
  } : tensor<1x16x64x64xf32> to tensor<1x16x66x66xf32>
  %e = tensor.empty() : tensor<1x16x64x64xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x16x64x64xf32>) -> tensor<1x16x64x64xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%p, %w : tensor<1x16x66x66xf32>, tensor<16x16x3x3xf32>) outs(%i : tensor<1x16x64x64xf32>) -> tensor<1x16x64x64xf32>
  return %c : tensor<1x16x64x64xf32>
}
