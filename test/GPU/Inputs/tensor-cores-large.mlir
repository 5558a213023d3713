// The large tensor-core kernel of test/GPU/tensor-cores.test, compiled only
// (its emulation would take long).

// 128x128 blocks (2x4 warps of 64x32) where the result has enough of them
// for the multiprocessors: 2048 x 2048 x 64.
func.func @large(%a: tensor<2048x64xf32>, %b: tensor<64x2048xf32>) -> tensor<2048x2048xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2048x2048xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2048x2048xf32>) -> tensor<2048x2048xf32>
  %m = linalg.matmul ins(%a, %b : tensor<2048x64xf32>, tensor<64x2048xf32>)
                     outs(%f : tensor<2048x2048xf32>) -> tensor<2048x2048xf32>
  return %m : tensor<2048x2048xf32>
}

