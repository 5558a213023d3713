// Contractions for the tensor-core (TF32 mma.sync) kernels of
// fusion-to-nvvm{precision=tf32}: test/GPU/tensor-cores.test.

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>

// A dense layer: 256x128 by 128x512, bias and ReLU fused (64x64 blocks,
// 2x4 warps of 32x16, steps of 16).
func.func @dense_relu(%a: tensor<256x128xf32>, %b: tensor<128x512xf32>,
                      %bias: tensor<512xf32>) -> tensor<256x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<256x512xf32>) -> tensor<256x512xf32>
  %m = linalg.matmul ins(%a, %b : tensor<256x128xf32>, tensor<128x512xf32>)
                     outs(%f : tensor<256x512xf32>) -> tensor<256x512xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id],
                       iterator_types = ["parallel", "parallel"]}
      ins(%m, %bias : tensor<256x512xf32>, tensor<512xf32>)
      outs(%e : tensor<256x512xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    %z = arith.maximumf %s, %zero : f32
    linalg.yield %z : f32
  } -> tensor<256x512xf32>
  return %r : tensor<256x512xf32>
}

// torch-mlir's nn.Linear: the weight transposed (folded into the kernel's
// indexing maps, transposed again in shared memory), a batch of 2.
func.func @linear_t(%x: tensor<64x96xf32>, %w: tensor<32x96xf32>) -> tensor<64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<96x32xf32>
  %wt = linalg.transpose ins(%w : tensor<32x96xf32>) outs(%e : tensor<96x32xf32>) permutation = [1, 0]
  %o = tensor.empty() : tensor<64x32xf32>
  %f = linalg.fill ins(%zero : f32) outs(%o : tensor<64x32xf32>) -> tensor<64x32xf32>
  %m = linalg.matmul ins(%x, %wt : tensor<64x96xf32>, tensor<96x32xf32>)
                     outs(%f : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %m : tensor<64x32xf32>
}

func.func @batched(%a: tensor<2x64x32xf32>, %b: tensor<2x32x64xf32>) -> tensor<2x64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x64x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  %m = linalg.batch_matmul ins(%a, %b : tensor<2x64x32xf32>, tensor<2x32x64xf32>)
                           outs(%f : tensor<2x64x64xf32>) -> tensor<2x64x64xf32>
  return %m : tensor<2x64x64xf32>
}

// The rounding: every element of A is 1 + 2^-11, halfway between the TF32
// values 1 and 1 + 2^-10 (rounded away from zero: 1 + 2^-10), B is 1: each
// result is 8 * (1 + 2^-10) = 8.0078125 on tensor cores, 8.00390625 in f32.
// C is -(1 + 2^-12), below the halfway point: -1 in TF32, each result -8.
func.func @rounding() -> (tensor<32x32xf32>, tensor<32x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %a = arith.constant dense<1.00048828125> : tensor<32x8xf32>
  %b = arith.constant dense<1.0> : tensor<8x32xf32>
  %c = arith.constant dense<-1.000244140625> : tensor<32x8xf32>
  %e = tensor.empty() : tensor<32x32xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x32xf32>) -> tensor<32x32xf32>
  %m = linalg.matmul ins(%a, %b : tensor<32x8xf32>, tensor<8x32xf32>)
                     outs(%f : tensor<32x32xf32>) -> tensor<32x32xf32>
  %n = linalg.matmul ins(%c, %b : tensor<32x8xf32>, tensor<8x32xf32>)
                     outs(%f : tensor<32x32xf32>) -> tensor<32x32xf32>
  return %m, %n : tensor<32x32xf32>, tensor<32x32xf32>
}

// Not on tensor cores (FP32 kernels, with the reason in a remark): rows not
// whole 16-row tiles per warp, a reduction of 12, f64 operands, a
// convolution.
func.func @odd_rows(%a: tensor<40x64xf32>, %b: tensor<64x64xf32>) -> tensor<40x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<40x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<40x64xf32>) -> tensor<40x64xf32>
  %m = linalg.matmul ins(%a, %b : tensor<40x64xf32>, tensor<64x64xf32>)
                     outs(%f : tensor<40x64xf32>) -> tensor<40x64xf32>
  return %m : tensor<40x64xf32>
}

func.func @short_k(%a: tensor<64x12xf32>, %b: tensor<12x64xf32>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  %m = linalg.matmul ins(%a, %b : tensor<64x12xf32>, tensor<12x64xf32>)
                     outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

func.func @double(%a: tensor<64x64xf64>, %b: tensor<64x64xf64>) -> tensor<64x64xf64> {
  %zero = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<64x64xf64>
  %f = linalg.fill ins(%zero : f64) outs(%e : tensor<64x64xf64>) -> tensor<64x64xf64>
  %m = linalg.matmul ins(%a, %b : tensor<64x64xf64>, tensor<64x64xf64>)
                     outs(%f : tensor<64x64xf64>) -> tensor<64x64xf64>
  return %m : tensor<64x64xf64>
}

func.func @conv(%x: tensor<1x8x8x16xf32>, %w: tensor<1x1x16x32xf32>) -> tensor<1x8x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x8x32xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x8x8x16xf32>, tensor<1x1x16x32xf32>)
      outs(%f : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
  return %c : tensor<1x8x8x32xf32>
}

