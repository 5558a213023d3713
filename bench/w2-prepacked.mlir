// W2's contraction on weights already packed in [N/32][K][32] panels (what
// fusion-pack-contractions produces): the contraction alone, without the
// per-call packing copy. fuse-run bench/w2-prepacked.mlir --entry=mlp --bench=30
#a = affine_map<(n1, m, n0, k) -> (m, k)>
#b = affine_map<(n1, m, n0, k) -> (n1, k, n0)>
#c = affine_map<(n1, m, n0, k) -> (n1, m, n0)>
func.func @mlp(%x: tensor<64x1024xf32>, %w: tensor<128x1024x32xf32>) -> tensor<128x64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x64x32xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<128x64x32xf32>) -> tensor<128x64x32xf32>
  %m = linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<64x1024xf32>, tensor<128x1024x32xf32>) outs(%f : tensor<128x64x32xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %p = arith.mulf %u, %v : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<128x64x32xf32>
  return %m : tensor<128x64x32xf32>
}
