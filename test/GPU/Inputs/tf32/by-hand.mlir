// A tensor-core config written by hand, for test/GPU/tensor-cores.test (not
// in Inputs/*.mlir: programs-emulated.test compares those with the CPU
// build at f32's tolerance, and this one computes in TF32 whatever the
// pipeline's precision).
// A config written by hand: 16 warps of 16x16 (512 threads; the
// initializer's 4x4 thread tiles take 256 of them), steps of 8.
func.func @by_hand(%a: tensor<64x32xf32>, %b: tensor<32x64xf32>) -> tensor<64x64xf32> {
  %0 = fusion.group contraction ins(%a, %b : tensor<64x32xf32>, tensor<32x64xf32>) -> (tensor<64x64xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64, 0], thread = [4, 4], reduction = [8], vector_width = 4, stages = 2, warp = [16, 16], mma = [16, 8, 8]>} {
  ^bb0(%a0: tensor<64x32xf32>, %b0: tensor<32x64xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<64x64xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
    %m = linalg.matmul ins(%a0, %b0 : tensor<64x32xf32>, tensor<32x64xf32>)
                       outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
    fusion.yield %m : tensor<64x64xf32>
  }
  return %0 : tensor<64x64xf32>
}
