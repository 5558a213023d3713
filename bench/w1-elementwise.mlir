// W1: y = relu((x * a + b) * sigmoid(x)) over 16M f32, written as four
// linalg.generic ops (what a frontend emits op by op).
#id = affine_map<(d0) -> (d0)>
func.func @main(%x: tensor<16777216xf32>, %a: tensor<16777216xf32>, %b: tensor<16777216xf32>) -> tensor<16777216xf32> {
  %e = tensor.empty() : tensor<16777216xf32>
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %fma = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel"]}
      ins(%x, %a, %b : tensor<16777216xf32>, tensor<16777216xf32>, tensor<16777216xf32>) outs(%e : tensor<16777216xf32>) {
  ^bb0(%xi: f32, %ai: f32, %bi: f32, %o: f32):
    %m = arith.mulf %xi, %ai : f32
    %s = arith.addf %m, %bi : f32
    linalg.yield %s : f32
  } -> tensor<16777216xf32>
  %sig = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<16777216xf32>) outs(%e : tensor<16777216xf32>) {
  ^bb0(%xi: f32, %o: f32):
    %n = arith.negf %xi : f32
    %ex = math.exp %n : f32
    %d = arith.addf %ex, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  } -> tensor<16777216xf32>
  %mul = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%fma, %sig : tensor<16777216xf32>, tensor<16777216xf32>) outs(%e : tensor<16777216xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.mulf %p, %q : f32
    linalg.yield %r : f32
  } -> tensor<16777216xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%mul : tensor<16777216xf32>) outs(%e : tensor<16777216xf32>) {
  ^bb0(%p: f32, %o: f32):
    %r = arith.maximumf %p, %zero : f32
    linalg.yield %r : f32
  } -> tensor<16777216xf32>
  return %relu : tensor<16777216xf32>
}
