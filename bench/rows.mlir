// Row reductions for bench/gpu.sh: a row softmax over 8192 x 8192 floats
// (the goal: 70% of the GPU's copy bandwidth, 512 MiB read and written), a
// softmax over 1024 x 1024 (small enough for the kernel without
// row-reductions, which recomputes each row's reductions per element), and
// a layer norm over 16384 rows of 1024 (as torch's F.layer_norm).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
#rows = affine_map<(d0) -> (d0)>

func.func @softmax(%x: tensor<8192x8192xf32>) -> tensor<8192x8192xf32> {
  %e = tensor.empty() : tensor<8192x8192xf32>
  %r = linalg.softmax dimension(1) ins(%x : tensor<8192x8192xf32>) outs(%e : tensor<8192x8192xf32>) -> tensor<8192x8192xf32>
  return %r : tensor<8192x8192xf32>
}

func.func @softmax_1k(%x: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %e = tensor.empty() : tensor<1024x1024xf32>
  %r = linalg.softmax dimension(1) ins(%x : tensor<1024x1024xf32>) outs(%e : tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %r : tensor<1024x1024xf32>
}

func.func @layer_norm(%x: tensor<16384x1024xf32>, %gamma: tensor<1024xf32>, %beta: tensor<1024xf32>) -> tensor<16384x1024xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 1024.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %er = tensor.empty() : tensor<16384xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<16384xf32>) -> tensor<16384xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<16384x1024xf32>) outs(%acc : tensor<16384xf32>) {
  ^bb0(%a: f32, %s: f32):
    %0 = arith.addf %a, %s : f32
    linalg.yield %0 : f32
  } -> tensor<16384xf32>
  %mean = linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel"]}
      ins(%sum : tensor<16384xf32>) outs(%er : tensor<16384xf32>) {
  ^bb0(%s: f32, %o: f32):
    %0 = arith.divf %s, %n : f32
    linalg.yield %0 : f32
  } -> tensor<16384xf32>
  %sq = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x, %mean : tensor<16384x1024xf32>, tensor<16384xf32>) outs(%acc : tensor<16384xf32>) {
  ^bb0(%a: f32, %m: f32, %s: f32):
    %0 = arith.subf %a, %m : f32
    %1 = arith.mulf %0, %0 : f32
    %2 = arith.addf %1, %s : f32
    linalg.yield %2 : f32
  } -> tensor<16384xf32>
  %rstd = linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel"]}
      ins(%sq : tensor<16384xf32>) outs(%er : tensor<16384xf32>) {
  ^bb0(%s: f32, %o: f32):
    %0 = arith.divf %s, %n : f32
    %1 = arith.addf %0, %eps : f32
    %2 = math.rsqrt %1 : f32
    linalg.yield %2 : f32
  } -> tensor<16384xf32>
  %e = tensor.empty() : tensor<16384x1024xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #row, #col, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mean, %rstd, %gamma, %beta : tensor<16384x1024xf32>, tensor<16384xf32>, tensor<16384xf32>, tensor<1024xf32>, tensor<1024xf32>) outs(%e : tensor<16384x1024xf32>) {
  ^bb0(%a: f32, %m: f32, %r: f32, %g: f32, %b: f32, %o: f32):
    %0 = arith.subf %a, %m : f32
    %1 = arith.mulf %0, %r : f32
    %2 = arith.mulf %1, %g : f32
    %3 = arith.addf %2, %b : f32
    linalg.yield %3 : f32
  } -> tensor<16384x1024xf32>
  return %y : tensor<16384x1024xf32>
}
