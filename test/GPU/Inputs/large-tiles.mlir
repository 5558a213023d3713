// The large contraction kernel: 128x128 blocks of 8x8 results per thread,
// reduction steps of 8, copies pipelined over 3 buffers.

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

// What the strategy chooses for a 2048x2048 result (256 blocks of 128x128,
// more than the 132 multiprocessors of an H100/H200) + bias + ReLU.
func.func @large(%x: tensor<2048x512xf32>, %w: tensor<512x2048xf32>, %b: tensor<2048xf32>) -> tensor<2048x2048xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2048x2048xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2048x2048xf32>) -> tensor<2048x2048xf32>
  %m = linalg.matmul ins(%x, %w : tensor<2048x512xf32>, tensor<512x2048xf32>) outs(%f : tensor<2048x2048xf32>) -> tensor<2048x2048xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<2048x2048xf32>, tensor<2048xf32>) outs(%e : tensor<2048x2048xf32>) {
  ^bb0(%i: f32, %bi: f32, %o: f32):
    %v = arith.addf %i, %bi : f32
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<2048x2048xf32>
  return %y : tensor<2048x2048xf32>
}

// The same kernel by hand on a size the emulation runs in a second: 2x3
// blocks, 12 steps of 8.
func.func @by_hand(%x: tensor<256x96xf32>, %w: tensor<96x384xf32>, %b: tensor<384xf32>) -> tensor<256x384xf32> {
  %0 = fusion.group contraction ins(%x, %w, %b : tensor<256x96xf32>, tensor<96x384xf32>, tensor<384xf32>) -> (tensor<256x384xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [128, 128], thread = [8, 8], reduction = [8], vector_width = 4, stages = 3>} {
  ^bb0(%x0: tensor<256x96xf32>, %w0: tensor<96x384xf32>, %b0: tensor<384xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<256x384xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<256x384xf32>) -> tensor<256x384xf32>
    %m = linalg.matmul ins(%x0, %w0 : tensor<256x96xf32>, tensor<96x384xf32>) outs(%f : tensor<256x384xf32>) -> tensor<256x384xf32>
    %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b0 : tensor<256x384xf32>, tensor<384xf32>) outs(%e : tensor<256x384xf32>) {
    ^bb0(%a: f32, %c: f32, %o: f32):
      %s = arith.addf %a, %c : f32
      %t = arith.maximumf %s, %zero : f32
      linalg.yield %t : f32
    } -> tensor<256x384xf32>
    fusion.yield %r : tensor<256x384xf32>
  }
  return %0 : tensor<256x384xf32>
}
