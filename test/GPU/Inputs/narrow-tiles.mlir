// Contractions whose 64x64 blocks would leave half the multiprocessors or
// more idle (132 on sm_90) and whose reductions are too short to split
// (narrow-tiles.test).

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

// M = 32: 8 blocks of 32x64; 16 of 32x32.
func.func @small_m(%x: tensor<32x256xf32>, %w: tensor<256x512xf32>, %b: tensor<512xf32>) -> tensor<32x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x512xf32>) -> tensor<32x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<32x256xf32>, tensor<256x512xf32>) outs(%f : tensor<32x512xf32>) -> tensor<32x512xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<32x512xf32>, tensor<512xf32>) outs(%e : tensor<32x512xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %z = arith.maximumf %s, %zero : f32
    linalg.yield %z : f32
  } -> tensor<32x512xf32>
  return %r : tensor<32x512xf32>
}

// N = 64: 16 blocks of 64x64; 64 of 32x32 (the columns halved first, then
// the rows).
func.func @tall(%x: tensor<1024x128xf32>, %w: tensor<128x64xf32>) -> tensor<1024x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1024x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1024x64xf32>) -> tensor<1024x64xf32>
  %m = linalg.matmul ins(%x, %w : tensor<1024x128xf32>, tensor<128x64xf32>) outs(%f : tensor<1024x64xf32>) -> tensor<1024x64xf32>
  return %m : tensor<1024x64xf32>
}

// A batch of 2: 2 blocks of 64x64; 8 of 32x32.
func.func @batch(%x: tensor<2x64x128xf32>, %w: tensor<2x128x64xf32>) -> tensor<2x64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x64x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  %m = linalg.batch_matmul ins(%x, %w : tensor<2x64x128xf32>, tensor<2x128x64xf32>) outs(%f : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  return %m : tensor<2x64x64xf32>
}

// A reduction long enough to split (1024): split-K chooses its parts for
// the 32x64 blocks (4 parts of 256, 32 blocks); the parts' kernel, too
// short to split again, is then narrowed (64 blocks of 32x32).
func.func @long_k(%x: tensor<32x1024xf32>, %w: tensor<1024x512xf32>) -> tensor<32x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x512xf32>) -> tensor<32x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<32x1024xf32>, tensor<1024x512xf32>) outs(%f : tensor<32x512xf32>) -> tensor<32x512xf32>
  return %m : tensor<32x512xf32>
}

// Negative: 144 blocks of 64x64, more than the multiprocessors.
func.func @enough(%x: tensor<768x128xf32>, %w: tensor<128x768xf32>) -> tensor<768x768xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<768x768xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<768x768xf32>) -> tensor<768x768xf32>
  %m = linalg.matmul ins(%x, %w : tensor<768x128xf32>, tensor<128x768xf32>) outs(%f : tensor<768x768xf32>) -> tensor<768x768xf32>
  return %m : tensor<768x768xf32>
}

// 40 blocks of 64x64 (5 x 8): 80 of 64x32, where the narrowing stops (80
// blocks leave fewer than half of the 132 multiprocessors idle).
func.func @forty(%x: tensor<320x128xf32>, %w: tensor<128x512xf32>) -> tensor<320x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<320x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<320x512xf32>) -> tensor<320x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<320x128xf32>, tensor<128x512xf32>) outs(%f : tensor<320x512xf32>) -> tensor<320x512xf32>
  return %m : tensor<320x512xf32>
}

// Negative: 8 rows, 8 blocks of 8x64 (32 threads of 4x4 results); 8x32
// would be 16 threads, less than a warp.
func.func @skinny(%x: tensor<8x128xf32>, %w: tensor<128x512xf32>) -> tensor<8x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8x512xf32>) -> tensor<8x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<8x128xf32>, tensor<128x512xf32>) outs(%f : tensor<8x512xf32>) -> tensor<8x512xf32>
  return %m : tensor<8x512xf32>
}
