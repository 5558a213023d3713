// Contraction kernels of the shared-memory GPU tiling (fusion-to-nvvm with
// shared-memory-contractions): shapes that divide the 64x64 blocks, and
// ones that do not.

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

// Dense + bias + GELU (tanh form): 2x8 blocks of 64x64, 256 threads, 16
// reduction steps of 16.
func.func @dense_gelu(%x: tensor<128x256xf32>, %w: tensor<256x512xf32>, %b: tensor<512xf32>) -> tensor<128x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<128x512xf32>) -> tensor<128x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<128x256xf32>, tensor<256x512xf32>) outs(%f : tensor<128x512xf32>) -> tensor<128x512xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<128x512xf32>, tensor<512xf32>) outs(%e : tensor<128x512xf32>) {
  ^bb0(%i: f32, %bi: f32, %o: f32):
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %c = arith.constant 0.79788456 : f32
    %k = arith.constant 0.044715 : f32
    %v = arith.addf %i, %bi : f32
    %v2 = arith.mulf %v, %v : f32
    %v3 = arith.mulf %v2, %v : f32
    %t0 = arith.mulf %v3, %k : f32
    %t1 = arith.addf %v, %t0 : f32
    %t2 = arith.mulf %t1, %c : f32
    %t3 = math.tanh %t2 : f32
    %t4 = arith.addf %t3, %one : f32
    %t5 = arith.mulf %v, %t4 : f32
    %g = arith.mulf %t5, %half : f32
    linalg.yield %g : f32
  } -> tensor<128x512xf32>
  return %y : tensor<128x512xf32>
}

// Odd sizes: 30x50 blocks, 3x2 results per thread (250 threads), reduction
// steps of 14; copies of 2 elements per thread, B's two rows per thread.
func.func @odd(%x: tensor<30x70xf32>, %w: tensor<70x50xf32>) -> tensor<30x50xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<30x50xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<30x50xf32>) -> tensor<30x50xf32>
  %m = linalg.matmul ins(%x, %w : tensor<30x70xf32>, tensor<70x50xf32>) outs(%f : tensor<30x50xf32>) -> tensor<30x50xf32>
  return %m : tensor<30x50xf32>
}

// Batched branches (an ensemble's first layers) + ReLU.
#b3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @batch_relu(%x: tensor<3x64x48xf32>, %w: tensor<3x48x96xf32>) -> tensor<3x64x96xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x64x96xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<3x64x96xf32>) -> tensor<3x64x96xf32>
  %m = linalg.batch_matmul ins(%x, %w : tensor<3x64x48xf32>, tensor<3x48x96xf32>) outs(%f : tensor<3x64x96xf32>) -> tensor<3x64x96xf32>
  %y = linalg.generic {indexing_maps = [#b3, #b3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%m : tensor<3x64x96xf32>) outs(%e : tensor<3x64x96xf32>) {
  ^bb0(%i: f32, %o: f32):
    %r = arith.maximumf %i, %zero : f32
    linalg.yield %r : f32
  } -> tensor<3x64x96xf32>
  return %y : tensor<3x64x96xf32>
}

// Weights stored transposed (PyTorch's nn.Linear layout): B is read as
// [n][k].
#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @transposed_b(%x: tensor<64x96xf32>, %w: tensor<128x96xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  %m = linalg.matmul indexing_maps = [#mk, #nk, #mn] ins(%x, %w : tensor<64x96xf32>, tensor<128x96xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %m : tensor<64x128xf32>
}

// The zero fill writes into an argument (not an empty tensor), and an
// epilogue follows: the fill is moved into the output tile all the same.
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @fill_into_arg(%x: tensor<128x24xf32>, %w: tensor<24x64xf32>, %o: tensor<128x64xf32>) -> tensor<128x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%o : tensor<128x64xf32>) -> tensor<128x64xf32>
  %m = linalg.matmul ins(%x, %w : tensor<128x24xf32>, tensor<24x64xf32>) outs(%f : tensor<128x64xf32>) -> tensor<128x64xf32>
  %y = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<128x64xf32>) outs(%e : tensor<128x64xf32>) {
  ^bb0(%i: f32, %oo: f32):
    %v = arith.maximumf %i, %zero : f32
    linalg.yield %v : f32
  } -> tensor<128x64xf32>
  return %y : tensor<128x64xf32>
}

// The product accumulates into a tensor (as fusion-fold-combiners makes an
// ensemble's branches do): from zero in registers, the tensor added in the
// epilogue with the bias and ReLU.
#row3 = affine_map<(d0, d1) -> (d1)>
func.func @accumulate(%x: tensor<64x32xf32>, %w: tensor<32x128xf32>, %c: tensor<64x128xf32>, %b: tensor<128xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x128xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x128xf32>) outs(%c : tensor<64x128xf32>) -> tensor<64x128xf32>
  %y = linalg.generic {indexing_maps = [#id2, #row3, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<64x128xf32>, tensor<128xf32>) outs(%e : tensor<64x128xf32>) {
  ^bb0(%i: f32, %bi: f32, %o: f32):
    %v = arith.addf %i, %bi : f32
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x128xf32>
  return %y : tensor<64x128xf32>
}

// Weights transposed by a linalg.transpose (as torch-mlir emits for
// nn.Linear): folded into the contraction, which reads them in place.
func.func @transpose_op(%x: tensor<64x32xf32>, %w: tensor<128x32xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<32x128xf32>
  %wt = linalg.transpose ins(%w : tensor<128x32xf32>) outs(%et : tensor<32x128xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  %m = linalg.matmul ins(%x, %wt : tensor<64x32xf32>, tensor<32x128xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  %y = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<64x128xf32>) outs(%e : tensor<64x128xf32>) {
  ^bb0(%i: f32, %o: f32):
    %r = arith.maximumf %i, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x128xf32>
  return %y : tensor<64x128xf32>
}

// The activations transposed by a linalg.transpose: folded, A read [k][m]
// (not stored transposed: it is not read by columns), the product kept a
// generic.
func.func @transposed_a_op(%x: tensor<32x64xf32>, %w: tensor<32x128xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<64x32xf32>
  %xt = linalg.transpose ins(%x : tensor<32x64xf32>) outs(%et : tensor<64x32xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  %m = linalg.matmul ins(%xt, %w : tensor<64x32xf32>, tensor<32x128xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %m : tensor<64x128xf32>
}
