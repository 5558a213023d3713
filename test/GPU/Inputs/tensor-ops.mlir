// Elementwise arith and math ops on tensors (outside linalg, as fusion
// strategies' branches and some frontends write them), and kernels of one
// block of one thread (4 floats: one vector), which the canonicalizer folds
// the block and thread loops of. programs-emulated.test and programs.test run
// them against the CPU build.

func.func @add_tensors(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %t = arith.addf %x, %y : tensor<4xf32>
  return %t : tensor<4xf32>
}

func.func @tanh_exp(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %t = math.tanh %x : tensor<4x8xf32>
  %e = math.exp %y : tensor<4x8xf32>
  %s = arith.mulf %t, %e : tensor<4x8xf32>
  return %s : tensor<4x8xf32>
}

func.func @two_small_results(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %t = math.tanh %x : tensor<4xf32>
  %e = math.exp %y : tensor<4xf32>
  return %e, %t : tensor<4xf32>, tensor<4xf32>
}

// Two results of one 4-element kernel (one branch of a late fusion yielding
// two values, as in Dialect/Fusion/canonicalize.mlir).
func.func @product_and_tanh(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %t = math.tanh %x : tensor<4xf32>
  %e = math.exp %x : tensor<4xf32>
  %m = arith.mulf %t, %e : tensor<4xf32>
  return %m, %t : tensor<4xf32>, tensor<4xf32>
}
