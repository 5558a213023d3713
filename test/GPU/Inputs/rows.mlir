// Row reductions as frontends write them, for the row-reduction GPU kernels
// (fusion-lower-groups{row-reductions}): a softmax with its max, a layer
// norm (mean, variance, per-column scale and shift), an RMS norm over a 3-D
// tensor, a row sum scaled, and a softmax over rows of 1000.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#col3 = affine_map<(d0, d1, d2) -> (d2)>
#rows = affine_map<(d0) -> (d0)>

func.func @softmax(%x: tensor<16x2048xf32>) -> tensor<16x2048xf32> {
  %e = tensor.empty() : tensor<16x2048xf32>
  %r = linalg.softmax dimension(1) ins(%x : tensor<16x2048xf32>) outs(%e : tensor<16x2048xf32>) -> tensor<16x2048xf32>
  return %r : tensor<16x2048xf32>
}

func.func @layer_norm(%x: tensor<32x768xf32>, %gamma: tensor<768xf32>, %beta: tensor<768xf32>) -> tensor<32x768xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 768.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %er = tensor.empty() : tensor<32xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<32xf32>) -> tensor<32xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<32x768xf32>) outs(%acc : tensor<32xf32>) {
  ^bb0(%a: f32, %s: f32):
    %0 = arith.addf %a, %s : f32
    linalg.yield %0 : f32
  } -> tensor<32xf32>
  %mean = linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel"]}
      ins(%sum : tensor<32xf32>) outs(%er : tensor<32xf32>) {
  ^bb0(%s: f32, %o: f32):
    %0 = arith.divf %s, %n : f32
    linalg.yield %0 : f32
  } -> tensor<32xf32>
  %sq = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x, %mean : tensor<32x768xf32>, tensor<32xf32>) outs(%acc : tensor<32xf32>) {
  ^bb0(%a: f32, %m: f32, %s: f32):
    %0 = arith.subf %a, %m : f32
    %1 = arith.mulf %0, %0 : f32
    %2 = arith.addf %1, %s : f32
    linalg.yield %2 : f32
  } -> tensor<32xf32>
  %rstd = linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel"]}
      ins(%sq : tensor<32xf32>) outs(%er : tensor<32xf32>) {
  ^bb0(%s: f32, %o: f32):
    %0 = arith.divf %s, %n : f32
    %1 = arith.addf %0, %eps : f32
    %2 = math.rsqrt %1 : f32
    linalg.yield %2 : f32
  } -> tensor<32xf32>
  %e = tensor.empty() : tensor<32x768xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #row, #col, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %mean, %rstd, %gamma, %beta : tensor<32x768xf32>, tensor<32xf32>, tensor<32xf32>, tensor<768xf32>, tensor<768xf32>) outs(%e : tensor<32x768xf32>) {
  ^bb0(%a: f32, %m: f32, %r: f32, %g: f32, %b: f32, %o: f32):
    %0 = arith.subf %a, %m : f32
    %1 = arith.mulf %0, %r : f32
    %2 = arith.mulf %1, %g : f32
    %3 = arith.addf %2, %b : f32
    linalg.yield %3 : f32
  } -> tensor<32x768xf32>
  return %y : tensor<32x768xf32>
}

func.func @rms_norm(%x: tensor<2x8x512xf32>, %w: tensor<512xf32>) -> tensor<2x8x512xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 512.0 : f32
  %eps = arith.constant 1.0e-6 : f32
  %er = tensor.empty() : tensor<2x8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<2x8xf32>) -> tensor<2x8xf32>
  %sq = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x : tensor<2x8x512xf32>) outs(%acc : tensor<2x8xf32>) {
  ^bb0(%a: f32, %s: f32):
    %0 = arith.mulf %a, %a : f32
    %1 = arith.addf %0, %s : f32
    linalg.yield %1 : f32
  } -> tensor<2x8xf32>
  %e = tensor.empty() : tensor<2x8x512xf32>
  %y = linalg.generic {indexing_maps = [#id3, #row3, #col3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x, %sq, %w : tensor<2x8x512xf32>, tensor<2x8xf32>, tensor<512xf32>) outs(%e : tensor<2x8x512xf32>) {
  ^bb0(%a: f32, %s: f32, %g: f32, %o: f32):
    %0 = arith.divf %s, %n : f32
    %1 = arith.addf %0, %eps : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.mulf %a, %2 : f32
    %4 = arith.mulf %3, %g : f32
    linalg.yield %4 : f32
  } -> tensor<2x8x512xf32>
  return %y : tensor<2x8x512xf32>
}

// A row's maximum subtracted, from an init of -inf read from a tensor
// argument (not a fill): the init is combined after the block's reduction.
func.func @max_from_init(%x: tensor<8x1000xf32>, %init: tensor<8xf32>) -> tensor<8x1000xf32> {
  %m = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<8x1000xf32>) outs(%init : tensor<8xf32>) {
  ^bb0(%a: f32, %s: f32):
    %0 = arith.maximumf %a, %s : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %e = tensor.empty() : tensor<8x1000xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %m : tensor<8x1000xf32>, tensor<8xf32>) outs(%e : tensor<8x1000xf32>) {
  ^bb0(%a: f32, %s: f32, %o: f32):
    %0 = arith.subf %a, %s : f32
    linalg.yield %0 : f32
  } -> tensor<8x1000xf32>
  return %y : tensor<8x1000xf32>
}

// A run-time scalar operand (epsilon read from an argument) and an integer
// row sum (i32, with no-wrap flags that the reordered sum drops).
func.func @scalar_operand(%x: tensor<4x256xf32>, %epsilon: tensor<1xf32>) -> tensor<4x256xf32> {
  %c0 = arith.constant 0 : index
  %eps = tensor.extract %epsilon[%c0] : tensor<1xf32>
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<4xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<4xf32>) -> tensor<4xf32>
  %sq = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x256xf32>) outs(%acc : tensor<4xf32>) {
  ^bb0(%a: f32, %s: f32):
    %0 = arith.mulf %a, %a : f32
    %1 = arith.addf %0, %s : f32
    linalg.yield %1 : f32
  } -> tensor<4xf32>
  %e = tensor.empty() : tensor<4x256xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, affine_map<(d0, d1) -> ()>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %sq, %eps : tensor<4x256xf32>, tensor<4xf32>, f32) outs(%e : tensor<4x256xf32>) {
  ^bb0(%a: f32, %s: f32, %ep: f32, %o: f32):
    %0 = arith.addf %s, %ep : f32
    %1 = math.rsqrt %0 : f32
    %2 = arith.mulf %a, %1 : f32
    linalg.yield %2 : f32
  } -> tensor<4x256xf32>
  return %y : tensor<4x256xf32>
}

func.func @int_rows(%x: tensor<8x128xi32>) -> tensor<8x128xi32> {
  %zero = arith.constant 0 : i32
  %er = tensor.empty() : tensor<8xi32>
  %acc = linalg.fill ins(%zero : i32) outs(%er : tensor<8xi32>) -> tensor<8xi32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<8x128xi32>) outs(%acc : tensor<8xi32>) {
  ^bb0(%a: i32, %o: i32):
    %0 = arith.addi %a, %o overflow<nsw> : i32
    linalg.yield %0 : i32
  } -> tensor<8xi32>
  %e = tensor.empty() : tensor<8x128xi32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %s : tensor<8x128xi32>, tensor<8xi32>) outs(%e : tensor<8x128xi32>) {
  ^bb0(%a: i32, %b: i32, %o: i32):
    %0 = arith.subi %b, %a : i32
    linalg.yield %0 : i32
  } -> tensor<8x128xi32>
  return %y : tensor<8x128xi32>
}

// Results of one value per row: a row mean (the sum, then a division on
// the rows) and a row maximum of 3-D rows.
func.func @row_mean(%x: tensor<16x1000xf32>) -> tensor<16xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 1000.0 : f32
  %er = tensor.empty() : tensor<16xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<16xf32>) -> tensor<16xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<16x1000xf32>) outs(%acc : tensor<16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<16xf32>
  %m = linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel"]}
      ins(%s : tensor<16xf32>) outs(%er : tensor<16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.divf %a, %n : f32
    linalg.yield %0 : f32
  } -> tensor<16xf32>
  return %m : tensor<16xf32>
}

func.func @row_max(%x: tensor<2x4x2048xf32>) -> tensor<2x4xf32> {
  %lowest = arith.constant -3.40282347E+38 : f32
  %er = tensor.empty() : tensor<2x4xf32>
  %acc = linalg.fill ins(%lowest : f32) outs(%er : tensor<2x4xf32>) -> tensor<2x4xf32>
  %m = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x : tensor<2x4x2048xf32>) outs(%acc : tensor<2x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.maximumf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<2x4xf32>
  return %m : tensor<2x4xf32>
}
