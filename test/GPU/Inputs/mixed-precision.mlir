// A contraction of f32 activations by integer weights (mixed precision):
// not a shared-memory kernel (vector.contract multiplies one element type;
// it failed to verify: "lhs and rhs have same element type"), one result
// element per thread instead. programs-emulated.test runs it against the
// CPU build; gpu-contraction-tiles.mlir checks the remark.
func.func @mixed_weights(%x: tensor<4x8xf32>, %w: tensor<2x8x16xi32>, %init: tensor<2x4x16xf32>) -> tensor<2x4x16xf32> {
  %b = tensor.empty() : tensor<2x4x8xf32>
  %xb = linalg.broadcast ins(%x : tensor<4x8xf32>) outs(%b : tensor<2x4x8xf32>) dimensions = [0]
  %m = linalg.batch_matmul ins(%xb, %w : tensor<2x4x8xf32>, tensor<2x8x16xi32>) outs(%init : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  return %m : tensor<2x4x16xf32>
}
