func.func @folded_dim(%x: memref<?x4xf32>, %t: tensor<?x4xf32>) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c = arith.subi %c0, %c1 : index
  %d = memref.dim %x, %c : memref<?x4xf32>
  %e = tensor.dim %t, %c : tensor<?x4xf32>
  return %d, %e : index, index
}
