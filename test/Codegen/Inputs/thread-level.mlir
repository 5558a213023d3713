// Inputs of test/Codegen/gpu-thread-level.mlir: a dense layer whose weights
// are stored transposed (PyTorch's nn.Linear layout, [n][k]) with a bias
// and a ReLU, and an elementwise chain.
#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @linear_relu(%x: tensor<64x96xf32>, %w: tensor<128x96xf32>, %b: tensor<128xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  %m = linalg.matmul indexing_maps = [#mk, #nk, #mn] ins(%x, %w : tensor<64x96xf32>, tensor<128x96xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<64x128xf32>, tensor<128xf32>) outs(%e : tensor<64x128xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = arith.maximumf %s, %zero : f32
    linalg.yield %t : f32
  } -> tensor<64x128xf32>
  return %r : tensor<64x128xf32>
}

func.func @chain(%x: tensor<64x4096xf32>) -> tensor<64x4096xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<64x4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %one : f32
    %t = arith.mulf %s, %s : f32
    linalg.yield %t : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}
