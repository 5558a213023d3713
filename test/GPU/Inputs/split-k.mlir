// Contractions whose blocks are too few for the GPU's multiprocessors:
// fusion-to-nvvm splits their reductions (split-K; test/GPU/split-k.test).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs_t = affine_map<(d0, d1, d2) -> (d1, d2)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>

// W2: 64 x 1024 x 4096 + bias + ReLU (64 blocks of 64x64 for 132).
func.func @dense_relu(%x: tensor<64x1024xf32>, %w: tensor<1024x4096xf32>, %b: tensor<4096xf32>) -> tensor<64x4096xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x4096xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x4096xf32>) outs(%f : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<64x4096xf32>, tensor<4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = arith.maximumf %s, %zero : f32
    linalg.yield %t : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}

// nn.Linear as torch-mlir writes it: the weights [out, in], read
// transposed (32 x 2048 by 512 x 2048, + bias): 8 blocks, 8 parts of 256.
func.func @linear(%x: tensor<32x2048xf32>, %w: tensor<512x2048xf32>, %b: tensor<512xf32>) -> tensor<32x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x512xf32>) -> tensor<32x512xf32>
  %m = linalg.generic {indexing_maps = [#lhs, #rhs_t, #out], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : tensor<32x2048xf32>, tensor<512x2048xf32>) outs(%f : tensor<32x512xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %p = arith.mulf %a, %c : f32
    %s = arith.addf %o, %p : f32
    linalg.yield %s : f32
  } -> tensor<32x512xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<32x512xf32>, tensor<512xf32>) outs(%e : tensor<32x512xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  } -> tensor<32x512xf32>
  return %r : tensor<32x512xf32>
}

// A batch matmul (2 x 64x2048 by 2048x256): 8 blocks, 8 parts of 256.
func.func @batch(%x: tensor<2x64x2048xf32>, %w: tensor<2x2048x256xf32>) -> tensor<2x64x256xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x64x256xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x64x256xf32>) -> tensor<2x64x256xf32>
  %m = linalg.batch_matmul ins(%x, %w : tensor<2x64x2048xf32>, tensor<2x2048x256xf32>) outs(%f : tensor<2x64x256xf32>) -> tensor<2x64x256xf32>
  return %m : tensor<2x64x256xf32>
}

// The accumulator starts at 1.0: the parts start from zero, the sum from
// the fill (64 x 1024 by 1024 x 256: 4 blocks, 4 parts of 256).
func.func @fill_one(%x: tensor<64x1024xf32>, %w: tensor<1024x256xf32>) -> tensor<64x256xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<64x256xf32>
  %f = linalg.fill ins(%one : f32) outs(%e : tensor<64x256xf32>) -> tensor<64x256xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x256xf32>) outs(%f : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %m : tensor<64x256xf32>
}

// Accumulating into an argument: first from zero with the argument added
// in the epilogue (SeparatedAccumulator), then split.
func.func @accumulate(%x: tensor<64x1024xf32>, %w: tensor<1024x256xf32>, %c: tensor<64x256xf32>) -> tensor<64x256xf32> {
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x256xf32>) outs(%c : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %m : tensor<64x256xf32>
}

// Accumulating into an argument, then a ReLU: the separated accumulator's
// add joins the rebuilt epilogue, which the sums' group then runs.
func.func @accumulate_relu(%x: tensor<64x1024xf32>, %w: tensor<1024x256xf32>, %c: tensor<64x256xf32>) -> tensor<64x256xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x256xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x256xf32>) outs(%c : tensor<64x256xf32>) -> tensor<64x256xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<64x256xf32>) outs(%e : tensor<64x256xf32>) {
  ^bb0(%a: f32, %o: f32):
    %t = arith.maximumf %a, %zero : f32
    linalg.yield %t : f32
  } -> tensor<64x256xf32>
  return %r : tensor<64x256xf32>
}
