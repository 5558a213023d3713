// Contraction kernels on buffers as fusion-gpu-tile-threads and
// bufferization leave them (a reduction loop tagged fusion.copy_stages whose
// steps copy operand slices into shared memory in thread foralls, then
// compute from them), for fusion-gpu-pipeline-copies.

#shared = #gpu.address_space<workgroup>

// 4 steps of 16: A's and B's slices copied as one vector<1x4xf32> per
// thread (16 bytes: one cp.async each), then a 1x1 product per thread.
func.func @pipelined(%a: memref<16x64xf32>, %b: memref<64x16xf32>, %c: memref<16x16xf32>) {
  %c0 = arith.constant 0 : index
  %c16 = arith.constant 16 : index
  %c64 = arith.constant 64 : index
  %pad = arith.constant 0.0 : f32
  scf.for %k = %c0 to %c64 step %c16 {
    %sa = memref.subview %a[0, %k] [16, 16] [1, 1] : memref<16x64xf32> to memref<16x16xf32, strided<[64, 1], offset: ?>>
    %sb = memref.subview %b[%k, 0] [16, 16] [1, 1] : memref<64x16xf32> to memref<16x16xf32, strided<[16, 1], offset: ?>>
    %bufa = memref.alloc() : memref<16x16xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (16, 16) step (1, 4) {
      %src = memref.subview %sa[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, strided<[64, 1], offset: ?>> to memref<1x4xf32, strided<[64, 1], offset: ?>>
      %dst = memref.subview %bufa[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, #shared> to memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x4xf32, strided<[64, 1], offset: ?>>, vector<1x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    %bufb = memref.alloc() : memref<16x16xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (16, 16) step (1, 4) {
      %src = memref.subview %sb[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, strided<[16, 1], offset: ?>> to memref<1x4xf32, strided<[16, 1], offset: ?>>
      %dst = memref.subview %bufb[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, #shared> to memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x4xf32, strided<[16, 1], offset: ?>>, vector<1x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    scf.forall (%i, %j) in (16, 16) {
      %ra = memref.subview %bufa[%i, 0] [1, 16] [1, 1] : memref<16x16xf32, #shared> to memref<1x16xf32, strided<[16, 1], offset: ?>, #shared>
      %cb = memref.subview %bufb[0, %j] [16, 1] [1, 1] : memref<16x16xf32, #shared> to memref<16x1xf32, strided<[16, 1], offset: ?>, #shared>
      %out = memref.subview %c[%i, %j] [1, 1] [1, 1] : memref<16x16xf32> to memref<1x1xf32, strided<[16, 1], offset: ?>>
      linalg.matmul ins(%ra, %cb : memref<1x16xf32, strided<[16, 1], offset: ?>, #shared>, memref<16x1xf32, strided<[16, 1], offset: ?>, #shared>) outs(%out : memref<1x1xf32, strided<[16, 1], offset: ?>>)
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    memref.dealloc %bufa : memref<16x16xf32, #shared>
    memref.dealloc %bufb : memref<16x16xf32, #shared>
  } {fusion.copy_stages = 3 : i64}
  return
}

// Two rows per thread (vector<2x4xf32>: two cp.async), and rows of 12
// bytes (vector<1x3xf32>), which cp.async does not copy: a plain copy,
// pipelined all the same.
func.func @rows(%a: memref<8x48xf32>, %b: memref<8x48xf32>, %c: memref<8x8xf32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c48 = arith.constant 48 : index
  %pad = arith.constant 0.0 : f32
  scf.for %k = %c0 to %c48 step %c8 {
    %sa = memref.subview %a[0, %k] [8, 8] [1, 1] : memref<8x48xf32> to memref<8x8xf32, strided<[48, 1], offset: ?>>
    %bufa = memref.alloc() : memref<8x8xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (8, 8) step (2, 4) {
      %src = memref.subview %sa[%i, %j] [2, 4] [1, 1] : memref<8x8xf32, strided<[48, 1], offset: ?>> to memref<2x4xf32, strided<[48, 1], offset: ?>>
      %dst = memref.subview %bufa[%i, %j] [2, 4] [1, 1] : memref<8x8xf32, #shared> to memref<2x4xf32, strided<[8, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<2x4xf32, strided<[48, 1], offset: ?>>, vector<2x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<2x4xf32>, memref<2x4xf32, strided<[8, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    %sb = memref.subview %b[0, %k] [8, 6] [1, 1] : memref<8x48xf32> to memref<8x6xf32, strided<[48, 1], offset: ?>>
    %bufb = memref.alloc() : memref<8x6xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (8, 6) step (1, 3) {
      %src = memref.subview %sb[%i, %j] [1, 3] [1, 1] : memref<8x6xf32, strided<[48, 1], offset: ?>> to memref<1x3xf32, strided<[48, 1], offset: ?>>
      %dst = memref.subview %bufb[%i, %j] [1, 3] [1, 1] : memref<8x6xf32, #shared> to memref<1x3xf32, strided<[6, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x3xf32, strided<[48, 1], offset: ?>>, vector<1x3xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x3xf32>, memref<1x3xf32, strided<[6, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    scf.forall (%i, %j) in (8, 6) {
      %x = memref.load %bufa[%i, %j] : memref<8x8xf32, #shared>
      %y = memref.load %bufb[%i, %j] : memref<8x6xf32, #shared>
      %s = arith.addf %x, %y : f32
      memref.store %s, %c[%i, %j] : memref<8x8xf32>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
  } {fusion.copy_stages = 2 : i64}
  return
}
