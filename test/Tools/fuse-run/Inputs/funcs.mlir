func.func @main(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = fusion.mean %a, %b : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
func.func @two(%a: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x16xf32>) {
  %c = fusion.concat %a, %a {axis = 1} : tensor<4x8xf32>, tensor<4x8xf32> -> tensor<4x16xf32>
  return %a, %c : tensor<4x8xf32>, tensor<4x16xf32>
}
func.func @dyn(%a: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = fusion.sum %a, %a : tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
func.func @cst() -> tensor<2xf32> {
  %c = arith.constant dense<[1.5, -2.5]> : tensor<2xf32>
  return %c : tensor<2xf32>
}
func.func @memref_arg(%a: memref<4xf32>) {
  return
}
// tanh through libm (fusion-to-llvm) vs expanded into exp (math-expand-ops)
// differ in the last bits: a stand-in for a fusion that changes numerics.
#id = affine_map<(d0) -> (d0)>
func.func @tanh(%a: tensor<256xf32>) -> tensor<256xf32> {
  %e = tensor.empty() : tensor<256xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%a : tensor<256xf32>) outs(%e : tensor<256xf32>) {
  ^bb0(%x: f32, %o: f32):
    %t = math.tanh %x : f32
    linalg.yield %t : f32
  } -> tensor<256xf32>
  return %r : tensor<256xf32>
}
// Two results that share one buffer.
func.func @shared(%a: tensor<256x256xf32>) -> (tensor<256x256xf32>, tensor<256x256xf32>) {
  %s = fusion.sum %a, %a : tensor<256x256xf32>
  return %s, %s : tensor<256x256xf32>, tensor<256x256xf32>
}
func.func @empty(%a: tensor<0x4xf32>) -> tensor<0x4xf32> {
  %s = fusion.sum %a, %a : tensor<0x4xf32>
  return %s : tensor<0x4xf32>
}
