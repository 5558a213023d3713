// Functions checked against NumPy by numpy_reference.py on random inputs.
func.func @sum3(%a: tensor<3x5xf32>, %b: tensor<3x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %r = fusion.sum %a, %b, %c : tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}
func.func @sum_i32(%a: tensor<7xi32>, %b: tensor<7xi32>) -> tensor<7xi32> {
  %r = fusion.sum %a, %b : tensor<7xi32>
  return %r : tensor<7xi32>
}
func.func @mean_weighted(%a: tensor<4x6xf32>, %b: tensor<4x6xf32>, %c: tensor<4x6xf32>) -> tensor<4x6xf32> {
  %r = fusion.mean %a, %b, %c weights [0.2, 0.3, 0.5] : tensor<4x6xf32>
  return %r : tensor<4x6xf32>
}
func.func @mean_dyn(%a: tensor<?x6xf64>, %b: tensor<?x6xf64>) -> tensor<?x6xf64> {
  %r = fusion.mean %a, %b : tensor<?x6xf64>
  return %r : tensor<?x6xf64>
}
func.func @gate_bcast(%g: tensor<4x1xf32>, %a: tensor<4x6xf32>, %b: tensor<4x6xf32>) -> tensor<4x6xf32> {
  %r = fusion.gate %g, %a, %b : tensor<4x1xf32>, tensor<4x6xf32>
  return %r : tensor<4x6xf32>
}
func.func @gate_full(%g: tensor<?x6xf32>, %a: tensor<?x6xf32>, %b: tensor<?x6xf32>) -> tensor<?x6xf32> {
  %r = fusion.gate %g, %a, %b : tensor<?x6xf32>, tensor<?x6xf32>
  return %r : tensor<?x6xf32>
}
func.func @attention_query(%q: tensor<8xf32>, %f0: tensor<3x8xf32>, %f1: tensor<3x8xf32>, %f2: tensor<3x8xf32>) -> tensor<3x8xf32> {
  %r = fusion.attention %q, %f0, %f1, %f2 : tensor<8xf32>, tensor<3x8xf32>, tensor<3x8xf32>, tensor<3x8xf32> -> tensor<3x8xf32>
  return %r : tensor<3x8xf32>
}
func.func @attention_full(%q: tensor<2x3x?xf32>, %f0: tensor<2x3x?xf32>, %f1: tensor<2x3x?xf32>) -> tensor<2x3x?xf32> {
  %r = fusion.attention %q, %f0, %f1 : tensor<2x3x?xf32>, tensor<2x3x?xf32>, tensor<2x3x?xf32> -> tensor<2x3x?xf32>
  return %r : tensor<2x3x?xf32>
}
func.func @batch_norm_nchw(%x: tensor<2x4x3x3xf32>, %s: tensor<4xf32>, %o: tensor<4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) -> tensor<2x4x3x3xf32> {
  %r = fusion.batch_norm %x, %s, %o, %m, %v {epsilon = 1.0e-3 : f64} : tensor<2x4x3x3xf32>, tensor<4xf32>
  return %r : tensor<2x4x3x3xf32>
}
func.func @batch_norm_nhwc_dyn(%x: tensor<?x3x3x?xf32>, %s: tensor<?xf32>, %o: tensor<?xf32>, %m: tensor<?xf32>, %v: tensor<?xf32>) -> tensor<?x3x3x?xf32> {
  %r = fusion.batch_norm %x, %s, %o, %m, %v {channel_axis = 3 : i64} : tensor<?x3x3x?xf32>, tensor<?xf32>
  return %r : tensor<?x3x3x?xf32>
}
func.func @concat_dyn(%a: tensor<2x?xf32>, %b: tensor<2x3xf32>, %c: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %r = fusion.concat %a, %b, %c {axis = 1} : tensor<2x?xf32>, tensor<2x3xf32>, tensor<2x?xf32> -> tensor<2x?xf32>
  return %r : tensor<2x?xf32>
}
func.func @attention_rank1(%q: tensor<6xf32>, %f0: tensor<6xf32>, %f1: tensor<6xf32>) -> tensor<6xf32> {
  %r = fusion.attention %q, %f0, %f1 : tensor<6xf32>, tensor<6xf32>, tensor<6xf32> -> tensor<6xf32>
  return %r : tensor<6xf32>
}
