// Plain linalg-on-tensors programs (no fusion ops): matmul, convolution,
// elementwise generics with math functions, a reduction, tensor.concat.
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func private @printMemrefF32(tensor<*xf32>)
func.func @show2(%t: tensor<?x?xf32>) {
  %u = tensor.cast %t : tensor<?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
func.func @main() {
  %zero = arith.constant 0.0 : f32
  %a = arith.constant dense<[[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]]> : tensor<2x3xf32>
  %b = arith.constant dense<[[1.0, 2.0], [-0.5, 0.5], [0.25, -1.0]]> : tensor<3x2xf32>
  %e22 = tensor.empty() : tensor<2x2xf32>
  %f22 = linalg.fill ins(%zero : f32) outs(%e22 : tensor<2x2xf32>) -> tensor<2x2xf32>
  %mm = linalg.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x2xf32>) outs(%f22 : tensor<2x2xf32>) -> tensor<2x2xf32>
  %d0 = tensor.cast %mm : tensor<2x2xf32> to tensor<?x?xf32>
  call @show2(%d0) : (tensor<?x?xf32>) -> ()

  // 1x1x4x4 image, 1x1x3x3 kernel -> 1x1x2x2.
  %img = arith.constant dense<[[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]]]]> : tensor<1x1x4x4xf32>
  %ker = arith.constant dense<[[[[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]]]]> : tensor<1x1x3x3xf32>
  %ec = tensor.empty() : tensor<1x1x2x2xf32>
  %fc = linalg.fill ins(%zero : f32) outs(%ec : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%img, %ker : tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>) outs(%fc : tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %c2 = tensor.collapse_shape %conv [[0, 1, 2], [3]] : tensor<1x1x2x2xf32> into tensor<2x2xf32>
  %d1 = tensor.cast %c2 : tensor<2x2xf32> to tensor<?x?xf32>
  call @show2(%d1) : (tensor<?x?xf32>) -> ()

  // Elementwise: tanh(x) * exp(-x) + sqrt(|x|) + erf(x)
  %e23 = tensor.empty() : tensor<2x3xf32>
  %ew = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<2x3xf32>) outs(%e23 : tensor<2x3xf32>) {
  ^bb0(%x: f32, %o: f32):
    %t = math.tanh %x : f32
    %n = arith.negf %x : f32
    %ex = math.exp %n : f32
    %p = arith.mulf %t, %ex : f32
    %ab = math.absf %x : f32
    %sq = math.sqrt %ab : f32
    %s = arith.addf %p, %sq : f32
    %er = math.erf %x : f32
    %r = arith.addf %s, %er : f32
    linalg.yield %r : f32
  } -> tensor<2x3xf32>
  %d2 = tensor.cast %ew : tensor<2x3xf32> to tensor<?x?xf32>
  call @show2(%d2) : (tensor<?x?xf32>) -> ()

  // Row max reduction.
  %minf = arith.constant -3.0e38 : f32
  %e2 = tensor.empty() : tensor<2xf32>
  %f2 = linalg.fill ins(%minf : f32) outs(%e2 : tensor<2xf32>) -> tensor<2xf32>
  %red = linalg.generic {indexing_maps = [#id2, #row], iterator_types = ["parallel", "reduction"]}
      ins(%a : tensor<2x3xf32>) outs(%f2 : tensor<2xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %m = arith.maximumf %x, %acc : f32
    linalg.yield %m : f32
  } -> tensor<2xf32>
  %r2 = tensor.expand_shape %red [[0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
  %d3 = tensor.cast %r2 : tensor<2x1xf32> to tensor<?x?xf32>
  call @show2(%d3) : (tensor<?x?xf32>) -> ()

  %cat = tensor.concat dim(1) %a, %mm : (tensor<2x3xf32>, tensor<2x2xf32>) -> tensor<2x5xf32>
  %d4 = tensor.cast %cat : tensor<2x5xf32> to tensor<?x?xf32>
  call @show2(%d4) : (tensor<?x?xf32>) -> ()
  return
}
