// Epilogues of GPU contraction kernels whose vector forms need more than
// loads, stores and FMAs: linalg.index (vector.step), a table lookup
// (tensor.extract: a vector.gather), math.trunc (libdevice, 1-D vectors
// only). Found by review; each compiled with shared-memory-contractions=false
// only.

#id_a = affine_map<(d0, d1) -> (d0, d1)>
#row_a = affine_map<(d0, d1) -> (d1)>
#col_a = affine_map<(d0, d1) -> (d0)>
#tr_a = affine_map<(d0, d1) -> (d1, d0)>
func.func @index_epilogue(%x: tensor<40x24xf32>, %w: tensor<24x52xf32>) -> tensor<40x52xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<40x52xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<40x52xf32>) -> tensor<40x52xf32>
  %m = linalg.matmul ins(%x, %w : tensor<40x24xf32>, tensor<24x52xf32>) outs(%f : tensor<40x52xf32>) -> tensor<40x52xf32>
  %y = linalg.generic {indexing_maps = [#id_a, #id_a], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<40x52xf32>) outs(%e : tensor<40x52xf32>) {
  ^bb0(%i: f32, %o: f32):
    %r = linalg.index 0 : index
    %c = linalg.index 1 : index
    %rc = arith.muli %r, %c : index
    %s = arith.addi %rc, %r : index
    %si = arith.index_cast %s : index to i32
    %sf = arith.sitofp %si : i32 to f32
    %v = arith.addf %i, %sf : f32
    linalg.yield %v : f32
  } -> tensor<40x52xf32>
  return %y : tensor<40x52xf32>
}

#id_b = affine_map<(d0, d1) -> (d0, d1)>
func.func @gather_epilogue(%x: tensor<64x32xf32>, %w: tensor<32x48xf32>, %t: tensor<100xf32>, %ix: tensor<64x48xi32>) -> tensor<64x48xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x48xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x48xf32>) -> tensor<64x48xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x48xf32>) outs(%f : tensor<64x48xf32>) -> tensor<64x48xf32>
  %y = linalg.generic {indexing_maps = [#id_b, #id_b, #id_b], iterator_types = ["parallel", "parallel"]} ins(%m, %ix : tensor<64x48xf32>, tensor<64x48xi32>) outs(%e : tensor<64x48xf32>) {
  ^bb0(%i: f32, %k: i32, %o: f32):
    %c100 = arith.constant 100 : i32
    %c0 = arith.constant 0 : i32
    %k1 = arith.remsi %k, %c100 : i32
    %k2 = arith.addi %k1, %c100 : i32
    %k3 = arith.remsi %k2, %c100 : i32
    %kk = arith.index_cast %k3 : i32 to index
    %g = tensor.extract %t[%kk] : tensor<100xf32>
    %r = arith.addf %i, %g : f32
    linalg.yield %r : f32
  } -> tensor<64x48xf32>
  return %y : tensor<64x48xf32>
}

#id_c = affine_map<(d0, d1) -> (d0, d1)>
func.func @trunc_epilogue(%x: tensor<64x32xf32>, %w: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x48xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x48xf32>) -> tensor<64x48xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x48xf32>) outs(%f : tensor<64x48xf32>) -> tensor<64x48xf32>
  %y = linalg.generic {indexing_maps = [#id_c, #id_c], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<64x48xf32>) outs(%e : tensor<64x48xf32>) {
  ^bb0(%i: f32, %o: f32):
    %r = math.trunc %i : f32
    linalg.yield %r : f32
  } -> tensor<64x48xf32>
  return %y : tensor<64x48xf32>
}
