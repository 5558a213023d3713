#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @mask(%x: tensor<64x32xf32>, %w: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x48xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x48xf32>) -> tensor<64x48xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x48xf32>) outs(%f : tensor<64x48xf32>) -> tensor<64x48xf32>
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<64x48xf32>) outs(%e : tensor<64x48xf32>) {
  ^bb0(%i: f32, %o: f32):
    %c = math.isnan %i : f32
    %r = arith.select %c, %zero, %i : f32
    linalg.yield %r : f32
  } -> tensor<64x48xf32>
  return %y : tensor<64x48xf32>
}
