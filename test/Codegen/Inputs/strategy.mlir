// Groups for the strategy tests (select-lowering-strategy.mlir): a dense
// layer with its bias and ReLU, an elementwise chain, a softmax and a global
// average pool.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#red = affine_map<(d0, d1) -> (d0)>

func.func @dense(%x: tensor<64x1024xf32>, %w: tensor<1024x4096xf32>, %b: tensor<4096xf32>) -> tensor<64x4096xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x4096xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x4096xf32>) outs(%f : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<64x4096xf32>, tensor<4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = arith.maximumf %s, %zero : f32
    linalg.yield %t : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}

func.func @chain(%x: tensor<64x4096xf32>) -> tensor<64x4096xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<64x4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %one : f32
    %t = arith.mulf %s, %s : f32
    linalg.yield %t : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}

func.func @softmax(%x: tensor<64x1024xf32>) -> tensor<64x1024xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<64xf32>
  %e2 = tensor.empty() : tensor<64x1024xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<64xf32>) -> tensor<64xf32>
  %max = linalg.generic {indexing_maps = [#id, #red], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<64x1024xf32>) outs(%fm : tensor<64xf32>) {
  ^bb0(%a: f32, %m: f32):
    %t = arith.maximumf %a, %m : f32
    linalg.yield %t : f32
  } -> tensor<64xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%e1 : tensor<64xf32>) -> tensor<64xf32>
  %sum = linalg.generic {indexing_maps = [#id, #red, #red], iterator_types = ["parallel", "reduction"]} ins(%x, %max : tensor<64x1024xf32>, tensor<64xf32>) outs(%fs : tensor<64xf32>) {
  ^bb0(%a: f32, %m: f32, %s: f32):
    %d = arith.subf %a, %m : f32
    %x2 = math.exp %d : f32
    %t = arith.addf %x2, %s : f32
    linalg.yield %t : f32
  } -> tensor<64xf32>
  %y = linalg.generic {indexing_maps = [#id, #red, #red, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %max, %sum : tensor<64x1024xf32>, tensor<64xf32>, tensor<64xf32>) outs(%e2 : tensor<64x1024xf32>) {
  ^bb0(%a: f32, %m: f32, %s: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %x2 = math.exp %d : f32
    %t = arith.divf %x2, %s : f32
    linalg.yield %t : f32
  } -> tensor<64x1024xf32>
  return %y : tensor<64x1024xf32>
}

func.func @global_pool(%x: tensor<1x14x14x240xf32>) -> tensor<1x240xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x240xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x240xf32>) -> tensor<1x240xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, h, w, c)>, affine_map<(n, c, h, w) -> (n, c)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%x : tensor<1x14x14x240xf32>) outs(%f : tensor<1x240xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %a = arith.addf %in, %acc : f32
    linalg.yield %a : f32
  } -> tensor<1x240xf32>
  return %s : tensor<1x240xf32>
}
