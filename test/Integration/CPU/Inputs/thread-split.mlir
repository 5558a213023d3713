// Groups of one tile that fusion-lower-groups{threads=2} splits across the
// threads (splitTilesForThreads): threads.mlir runs them.

// A squeeze-excite pool: hardswish, then the mean over 14x14 (240 channels,
// two tiles of 120).
func.func @global_pool(%x: tensor<1x14x14x240xf32>) -> tensor<1x240xf32> {
  %zero = arith.constant 0.0 : f32
  %three = arith.constant 3.0 : f32
  %six = arith.constant 6.0 : f32
  %n = arith.constant 196.0 : f32
  %e = tensor.empty() : tensor<1x240xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x240xf32>) -> tensor<1x240xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, h, w, c)>, affine_map<(n, c, h, w) -> (n, c)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%x : tensor<1x14x14x240xf32>) outs(%f : tensor<1x240xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %a = arith.addf %in, %three : f32
    %lo = arith.maximumf %a, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    %m = arith.mulf %in, %hi : f32
    %d = arith.divf %m, %six : f32
    %r = arith.addf %d, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x240xf32>
  %e2 = tensor.empty() : tensor<1x240xf32>
  %mean = linalg.generic {indexing_maps = [affine_map<(n, c) -> (n, c)>, affine_map<(n, c) -> (n, c)>], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<1x240xf32>) outs(%e2 : tensor<1x240xf32>) {
  ^bb0(%in: f32, %out: f32):
    %q = arith.divf %in, %n : f32
    linalg.yield %q : f32
  } -> tensor<1x240xf32>
  return %mean : tensor<1x240xf32>
}

// A classifier with bias: 1x1024 by 1024x1000 (25 tiles of 40: a multiple of 8 that two threads share evenly).
func.func @classifier(%x: tensor<1x1024xf32>, %w: tensor<1024x1000xf32>, %b: tensor<1000xf32>) -> tensor<1x1000xf32> {
  %e = tensor.empty() : tensor<1x1000xf32>
  %bias = linalg.broadcast ins(%b : tensor<1000xf32>) outs(%e : tensor<1x1000xf32>) dimensions = [0]
  %m = linalg.matmul ins(%x, %w : tensor<1x1024xf32>, tensor<1024x1000xf32>) outs(%bias : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %m : tensor<1x1000xf32>
}
