// Input of test/Codegen/gpu-thread-level.mlir: a contraction group with a
// gpu_contraction config but no block tiles (fusion-tile-groups did not
// run), which fusion-gpu-promote-operands refuses.
func.func @not_blocked(%x: tensor<64x32xf32>, %w: tensor<32x64xf32>) -> tensor<64x64xf32> {
  // expected-remark @below {{group not tiled for threads: the group is not tiled to thread blocks (an scf.forall computing its result: fusion-tile-groups)}}
  %0 = fusion.group contraction ins(%x, %w : tensor<64x32xf32>, tensor<32x64xf32>) -> (tensor<64x64xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], vector_width = 4>} {
  ^bb0(%a: tensor<64x32xf32>, %b: tensor<32x64xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<64x64xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
    %m = linalg.matmul ins(%a, %b : tensor<64x32xf32>, tensor<32x64xf32>) outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
    fusion.yield %m : tensor<64x64xf32>
  }
  return %0 : tensor<64x64xf32>
}
