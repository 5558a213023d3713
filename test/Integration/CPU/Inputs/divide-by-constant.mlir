// Divisions by constants, run by divide-by-constant.test: hardswish's 6,
// a 56x56 mean's 3136, 10, a negative 3, a 7x7 mean's 49 and a power of two
// (f32), and
// 6 and 10 in f64.
func.func @divide(%x: tensor<1048576xf32>) -> (tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>) {
  %e = tensor.empty() : tensor<1048576xf32>
  %c6 = arith.constant 6.0 : f32
  %c3136 = arith.constant 3136.0 : f32
  %c10 = arith.constant 10.0 : f32
  %cm3 = arith.constant -3.0 : f32
  %c49 = arith.constant 49.0 : f32
  %c4 = arith.constant 4.0 : f32
  %r:6 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<1048576xf32>) outs(%e, %e, %e, %e, %e, %e : tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>) {
  ^bb0(%in: f32, %o0: f32, %o1: f32, %o2: f32, %o3: f32, %o4: f32, %o5: f32):
    %0 = arith.divf %in, %c6 : f32
    %1 = arith.divf %in, %c3136 : f32
    %2 = arith.divf %in, %c10 : f32
    %3 = arith.divf %in, %cm3 : f32
    %4 = arith.divf %in, %c49 : f32
    %5 = arith.divf %in, %c4 : f32
    linalg.yield %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
  } -> (tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>)
  return %r#0, %r#1, %r#2, %r#3, %r#4, %r#5 : tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>, tensor<1048576xf32>
}

func.func @divide_f64(%x: tensor<65536xf64>) -> (tensor<65536xf64>, tensor<65536xf64>) {
  %e = tensor.empty() : tensor<65536xf64>
  %c6 = arith.constant 6.0 : f64
  %c10 = arith.constant 10.0 : f64
  %r:2 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<65536xf64>) outs(%e, %e : tensor<65536xf64>, tensor<65536xf64>) {
  ^bb0(%in: f64, %o0: f64, %o1: f64):
    %0 = arith.divf %in, %c6 : f64
    %1 = arith.divf %in, %c10 : f64
    linalg.yield %0, %1 : f64, f64
  } -> (tensor<65536xf64>, tensor<65536xf64>)
  return %r#0, %r#1 : tensor<65536xf64>, tensor<65536xf64>
}
