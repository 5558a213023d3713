// Groups with lowering configs written by hand (lower-groups-config.mlir
// runs them against the strategy's configs): a dense layer with bias and
// ReLU tiled 4 x 48 with the column tiles outermost, and an elementwise
// chain in 3 x 20 tiles (neither divides its loop: partial tiles).
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>

func.func @dense(%x: tensor<16x64xf32>, %w: tensor<64x96xf32>, %b: tensor<96xf32>) -> tensor<16x96xf32> {
  %0 = fusion.group contraction ins(%x, %w, %b : tensor<16x64xf32>, tensor<64x96xf32>, tensor<96xf32>) -> (tensor<16x96xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [4, 48], interchange = [1, 0]>} {
  ^bb0(%x0: tensor<16x64xf32>, %w0: tensor<64x96xf32>, %b0: tensor<96xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<16x96xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x96xf32>) -> tensor<16x96xf32>
    %m = linalg.matmul ins(%x0, %w0 : tensor<16x64xf32>, tensor<64x96xf32>) outs(%f : tensor<16x96xf32>) -> tensor<16x96xf32>
    %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b0 : tensor<16x96xf32>, tensor<96xf32>) outs(%e : tensor<16x96xf32>) {
    ^bb0(%a: f32, %c: f32, %o: f32):
      %s = arith.addf %a, %c : f32
      %t = arith.maximumf %s, %zero : f32
      linalg.yield %t : f32
    } -> tensor<16x96xf32>
    fusion.yield %r : tensor<16x96xf32>
  }
  return %0 : tensor<16x96xf32>
}

func.func @chain(%x: tensor<10x100xf32>) -> tensor<10x100xf32> {
  %0 = fusion.group elementwise ins(%x : tensor<10x100xf32>) -> (tensor<10x100xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [3, 20]>} {
  ^bb0(%a: tensor<10x100xf32>):
    %one = arith.constant 1.0 : f32
    %e = tensor.empty() : tensor<10x100xf32>
    %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<10x100xf32>) outs(%e : tensor<10x100xf32>) {
    ^bb0(%i: f32, %o: f32):
      %s = arith.addf %i, %one : f32
      %t = arith.mulf %s, %i : f32
      linalg.yield %t : f32
    } -> tensor<10x100xf32>
    fusion.yield %r : tensor<10x100xf32>
  }
  return %0 : tensor<10x100xf32>
}
