// tensor.concat with a negative dimension crashes upstream's verifier (also
// in mlir-opt-22): a known crash that shows fuse-fuzz detects, records and
// minimizes one.
func.func @concat(%a: tensor<2x8xf32>) -> tensor<4x8xf32> {
  %unused = arith.constant 0 : index
  %c = tensor.concat dim(-1) %a, %a : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<4x8xf32>
  return %c : tensor<4x8xf32>
}
