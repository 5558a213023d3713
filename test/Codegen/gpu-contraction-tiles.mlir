// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups='thread-tiles=true shared-memory-contractions=true' -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups='thread-tiles=true shared-memory-contractions=true workgroup-memory=false' 2>/dev/null | FileCheck %s --check-prefix=CPU

// GPU contraction kernels in shared memory (fusion-lower-groups with
// shared-memory-contractions, as fusion-to-nvvm runs it). A dense layer:
// 64x64 blocks; the accumulator is initialized in the block's output tile
// (4x4 per thread); the reduction in steps of 16, each step's slices of the
// operands copied into workgroup memory (one vector<1x4> per thread, from
// read-only views of the operands), then 4x4 results per thread from them;
// the epilogue in place on the accumulator. Every level is a forall on
// linear block or thread ids.
// CHECK-LABEL: func.func @dense
// CHECK: %[[OUT:.*]] = tensor.empty() : tensor<128x512xf32>
// CHECK: scf.forall (%[[I:.*]], %[[J:.*]]) = (0, 0) to (128, 512) step (64, 64) shared_outs(%[[O:.*]] = %[[OUT]])
// CHECK: %[[TILE:.*]] = tensor.extract_slice %[[O]][%[[I]], %[[J]]] [64, 64]
// CHECK: %[[ACC:.*]] = scf.forall {{.*}} = (0, 0) to (64, 64) step (4, 4) shared_outs(%{{.*}} = %[[TILE]])
// CHECK: vector.transfer_write {{.*}} : vector<4x4xf32>, tensor<4x4xf32>
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: %[[SUM:.*]] = scf.for %{{.*}} = %c0 to %c256 step %c16 iter_args(%{{.*}} = %[[ACC]])
// CHECK: bufferization.to_buffer {{.*}} read_only : tensor<64x16xf32>
// CHECK: bufferization.to_buffer {{.*}} read_only : tensor<16x64xf32>
// CHECK: %[[A:.*]] = memref.alloc() : memref<64x16xf32, #gpu.address_space<workgroup>>
// CHECK: scf.forall {{.*}} = (0, 0) to (64, 16) step (1, 4) {
// CHECK: vector.transfer_read {{.*}} vector<1x4xf32>
// CHECK: vector.transfer_write {{.*}} #gpu.address_space<workgroup>>
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: bufferization.to_tensor %[[A]] restrict writable
// CHECK: memref.alloc() : memref<16x64xf32, #gpu.address_space<workgroup>>
// CHECK: scf.forall {{.*}} = (0, 0) to (16, 64) step (1, 4) {
// CHECK: scf.forall {{.*}} = (0, 0) to (64, 64) step (4, 4) shared_outs
// CHECK: vector.contract {{.*}} : vector<4x16xf32>, vector<16x4xf32> into vector<4x4xf32>
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: scf.yield
// CHECK: scf.forall {{.*}} = (0, 0) to (64, 64) step (4, 4) shared_outs(%{{.*}} = %[[SUM]])
// CHECK: arith.maximumf {{.*}} : vector<4x4xf32>
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: tensor.parallel_insert_slice {{.*}} into %[[O]][%[[I]], %[[J]]] [64, 64]
// CHECK: {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// With workgroup-memory=false (fusion-emulate-gpu), the copies are in the
// default memory space.
// CPU-LABEL: func.func @dense
// CPU: memref.alloc() : memref<64x16xf32>
// CPU: memref.alloc() : memref<16x64xf32>
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @dense(%x: tensor<128x256xf32>, %w: tensor<256x512xf32>, %b: tensor<512xf32>) -> tensor<128x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<128x512xf32>) -> tensor<128x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<128x256xf32>, tensor<256x512xf32>) outs(%f : tensor<128x512xf32>) -> tensor<128x512xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{[fusion-select-lowering-strategy] contraction tiled in shared memory: 64x64 blocks, reduction in steps of 16, 4x4 results per thread (256 threads)}}
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<128x512xf32>, tensor<512xf32>) outs(%e : tensor<128x512xf32>) {
  ^bb0(%i: f32, %bi: f32, %o: f32):
    %v = arith.addf %i, %bi : f32
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<128x512xf32>
  return %y : tensor<128x512xf32>
}

// -----

// Not tiled in shared memory (each remark says why); such groups keep one
// result element per thread.
// CHECK-LABEL: func.func @dynamic
// CHECK-NOT: #gpu.address_space<workgroup>
func.func @dynamic(%x: tensor<?x64xf32>, %w: tensor<64x64xf32>) -> tensor<?x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %d = tensor.dim %x, %c0 : tensor<?x64xf32>
  %e = tensor.empty(%d) : tensor<?x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x64xf32>) -> tensor<?x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: dynamic shapes}}
  %m = linalg.matmul ins(%x, %w : tensor<?x64xf32>, tensor<64x64xf32>) outs(%f : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %m : tensor<?x64xf32>
}

// -----

// CHECK-LABEL: func.func @integer
// CHECK-NOT: #gpu.address_space<workgroup>
func.func @integer(%x: tensor<64x64xi32>, %w: tensor<64x64xi32>) -> tensor<64x64xi32> {
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<64x64xi32>
  %f = linalg.fill ins(%zero : i32) outs(%e : tensor<64x64xi32>) -> tensor<64x64xi32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: not a floating-point contraction}}
  %m = linalg.matmul ins(%x, %w : tensor<64x64xi32>, tensor<64x64xi32>) outs(%f : tensor<64x64xi32>) -> tensor<64x64xi32>
  return %m : tensor<64x64xi32>
}

// -----

// The epilogue narrows to f16: the accumulator cannot be its result.
// CHECK-LABEL: func.func @narrowing
// CHECK-NOT: #gpu.address_space<workgroup>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @narrowing(%x: tensor<64x64xf32>, %w: tensor<64x64xf32>) -> tensor<64x64xf16> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x64xf32>
  %e16 = tensor.empty() : tensor<64x64xf16>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x64xf32>, tensor<64x64xf32>) outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: the epilogue's result differs from the accumulator}}
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<64x64xf32>) outs(%e16 : tensor<64x64xf16>) {
  ^bb0(%i: f32, %o: f16):
    %t = arith.truncf %i : f32 to f16
    linalg.yield %t : f16
  } -> tensor<64x64xf16>
  return %y : tensor<64x64xf16>
}

// -----

// The epilogue reads its destination: running it in place on the
// accumulator would lose that operand.
// CHECK-LABEL: func.func @accumulate
// CHECK-NOT: #gpu.address_space<workgroup>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @accumulate(%x: tensor<64x64xf32>, %w: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x64xf32>, tensor<64x64xf32>) outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: the epilogue reads its destination}}
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) {
  ^bb0(%i: f32, %o: f32):
    %s = arith.addf %i, %o : f32
    linalg.yield %s : f32
  } -> tensor<64x64xf32>
  return %y : tensor<64x64xf32>
}

// -----

// The product accumulates into a given tensor: it accumulates from zero
// instead, in registers, and the tensor is added in a new epilogue, in
// place on the output tile.
// CHECK-LABEL: func.func @no_fill
// CHECK: vector.transfer_write %{{.*}} : vector<4x4xf32>, tensor<4x4xf32>
// CHECK: scf.for
// CHECK: #gpu.address_space<workgroup>
// CHECK: vector.contract
// CHECK: scf.yield
// CHECK: scf.forall
// CHECK: %[[C:.*]] = vector.transfer_read %{{.*}} : tensor<4x4xf32>, vector<4x4xf32>
// CHECK: %[[P:.*]] = vector.transfer_read %{{.*}} : tensor<4x4xf32>, vector<4x4xf32>
// CHECK: arith.addf %[[P]], %[[C]] : vector<4x4xf32>
func.func @no_fill(%x: tensor<64x64xf32>, %w: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-remark @+3 {{formed a contraction group}}
  // expected-remark @+2 {{the product accumulates from zero; the tensor it accumulated into is added in the epilogue}}
  // expected-remark @+1 {{contraction tiled in shared memory: 64x64 blocks, reduction in steps of 16, 4x4 results per thread (256 threads)}}
  %m = linalg.matmul ins(%x, %w : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

// -----

// CHECK-LABEL: func.func @conv
// CHECK-NOT: #gpu.address_space<workgroup>
func.func @conv(%x: tensor<1x8x18x18xf32>, %w: tensor<8x8x3x3xf32>) -> tensor<1x8x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x16x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: not a contraction with one reduction loop}}
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x8x18x18xf32>, tensor<8x8x3x3xf32>) outs(%f : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  return %c : tensor<1x8x16x16xf32>
}

// -----

// A batch matmul: blocks of one batch element, 32 rows and 64 columns.
// CHECK-LABEL: func.func @batch
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) = (0, 0, 0) to (4, 32, 64) step (1, 32, 64)
// CHECK: scf.for %{{.*}} = %c0 to %c16 step %c16
// CHECK: memref.alloc() : memref<1x32x16xf32, #gpu.address_space<workgroup>>
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (32, 16) step (1, 4)
// CHECK: memref.alloc() : memref<1x16x64xf32, #gpu.address_space<workgroup>>
// With 128 threads for 256 vectors, two rows of B per thread:
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (16, 64) step (2, 4)
// CHECK: vector.contract
// CHECK: {mapping = [#gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
func.func @batch(%x: tensor<4x32x16xf32>, %w: tensor<4x16x64xf32>) -> tensor<4x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x32x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x32x64xf32>) -> tensor<4x32x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction tiled in shared memory: 32x64 blocks, reduction in steps of 16, 4x4 results per thread (128 threads)}}
  %m = linalg.batch_matmul ins(%x, %w : tensor<4x32x16xf32>, tensor<4x16x64xf32>) outs(%f : tensor<4x32x64xf32>) -> tensor<4x32x64xf32>
  return %m : tensor<4x32x64xf32>
}

// -----

// A product written transposed: its thread tiles would not be those of the
// result, and the accumulator would need a barrier between them.
// CHECK-LABEL: func.func @transposed_result
// CHECK-NOT: #gpu.address_space<workgroup>
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nm = affine_map<(m, n, k) -> (n, m)>
func.func @transposed_result(%x: tensor<64x32xf32>, %w: tensor<32x64xf32>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: the result's dimensions are not in loop order}}
  %m = linalg.generic {indexing_maps = [#mk, #kn, #nm], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<64x32xf32>, tensor<32x64xf32>) outs(%f : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  } -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

// -----

// The accumulator's initial value is a bias broadcast (what fusion-fold-bias
// makes of matmul + bias): it is computed in the output tile, 4x4 per
// thread, like a fill.
// CHECK-LABEL: func.func @bias_init
// CHECK: scf.forall {{.*}} = (0, 0) to (64, 64) step (4, 4) shared_outs
// CHECK: vector.transfer_read {{.*}} : tensor<4xf32>, vector<4x4xf32>
// CHECK: scf.for
// CHECK: memref.alloc() : memref<64x16xf32, #gpu.address_space<workgroup>>
#row = affine_map<(d0, d1) -> (d1)>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @bias_init(%x: tensor<64x32xf32>, %w: tensor<32x64xf32>, %b: tensor<64xf32>) -> tensor<64x64xf32> {
  %e = tensor.empty() : tensor<64x64xf32>
  %init = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%b : tensor<64xf32>) outs(%e : tensor<64x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    linalg.yield %v : f32
  } -> tensor<64x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction tiled in shared memory: 64x64 blocks, reduction in steps of 16, 4x4 results per thread (256 threads)}}
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x64xf32>) outs(%init : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

// -----

// 61 rows (prime): 1-row thread tiles, 61x29 = 1769 threads per block.
// CHECK-LABEL: func.func @too_many_threads
// CHECK-NOT: #gpu.address_space<workgroup>
func.func @too_many_threads(%x: tensor<61x32xf32>, %w: tensor<32x58xf32>) -> tensor<61x58xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<61x58xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<61x58xf32>) -> tensor<61x58xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: 61x58 blocks of 1x2 results per thread would need 1769 threads, more than 1024}}
  %m = linalg.matmul ins(%x, %w : tensor<61x32xf32>, tensor<32x58xf32>) outs(%f : tensor<61x58xf32>) -> tensor<61x58xf32>
  return %m : tensor<61x58xf32>
}

// -----

// The weights are transposed by an op of the group: the transpose folds
// into the contraction's indexing maps (the contraction reads the weights
// where they are), so the group tiles in shared memory.
// CHECK-LABEL: func.func @transposed_weights
// CHECK-NOT: linalg.transpose
// The weights, read [n][k], are stored [k][n] in shared memory (a warp reads
// consecutive columns, not rows 64 floats apart: one bank); the copy reads
// them along k (consecutive threads, consecutive vectors of a row).
// CHECK: memref.alloc() : memref<64x16xf32, #gpu.address_space<workgroup>>
// CHECK: memref.alloc() : memref<16x64xf32, #gpu.address_space<workgroup>>
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (16, 64) step (4, 1)
// CHECK: vector.transfer_read {{.*}} vector<4x1xf32>
// CHECK: {mapping = [#gpu.thread<linear_dim_0>, #gpu.thread<linear_dim_1>]}
func.func @transposed_weights(%x: tensor<64x32xf32>, %w: tensor<128x32xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<32x128xf32>
  %wt = linalg.transpose ins(%w : tensor<128x32xf32>) outs(%et : tensor<32x128xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  // expected-remark @+3 {{formed a contraction group}}
  // expected-remark @+2 {{folded the copies of the contraction's operands into its indexing maps}}
  // expected-remark @+1 {{contraction tiled in shared memory: 64x64 blocks, reduction in steps of 16, 4x4 results per thread (256 threads)}}
  %m = linalg.matmul ins(%x, %wt : tensor<64x32xf32>, tensor<32x128xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %m : tensor<64x128xf32>
}

// -----

// The transposed weights are also returned: the transpose is a group of its
// own, whose result the contraction reads like any input.
// CHECK-LABEL: func.func @shared_transpose
// CHECK: linalg.transpose
// CHECK: #gpu.address_space<workgroup>
func.func @shared_transpose(%x: tensor<64x32xf32>, %w: tensor<128x32xf32>) -> (tensor<64x128xf32>, tensor<32x128xf32>) {
  %zero = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<32x128xf32>
  // expected-remark @+1 {{formed a single group: linalg.transpose}}
  %wt = linalg.transpose ins(%w : tensor<128x32xf32>) outs(%et : tensor<32x128xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction tiled in shared memory}}
  %m = linalg.matmul ins(%x, %wt : tensor<64x32xf32>, tensor<32x128xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %m, %wt : tensor<64x128xf32>, tensor<32x128xf32>
}

// -----

// The bias broadcast is both the initial value and an input of the
// epilogue: it cannot be computed in place in the output tile.
// CHECK-LABEL: func.func @shared_initializer
// CHECK-NOT: #gpu.address_space<workgroup>
#id5 = affine_map<(d0, d1) -> (d0, d1)>
func.func @shared_initializer(%x: tensor<64x32xf32>, %w: tensor<32x64xf32>, %b: tensor<64xf32>) -> tensor<64x64xf32> {
  %e = tensor.empty() : tensor<64x64xf32>
  %c = linalg.broadcast ins(%b : tensor<64xf32>) outs(%e : tensor<64x64xf32>) dimensions = [1]
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: the accumulator's initial value is not computed elementwise for it alone (a fill or a bias broadcast used by nothing else)}}
  %y = linalg.generic {indexing_maps = [#id5, #id5, #id5], iterator_types = ["parallel", "parallel"]}
      ins(%m, %c : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) {
  ^bb0(%i: f32, %j: f32, %o: f32):
    %p = arith.mulf %i, %j : f32
    linalg.yield %p : f32
  } -> tensor<64x64xf32>
  return %y : tensor<64x64xf32>
}

// -----

// The body negates the accumulator: starting from zero and adding the
// initial tensor at the end would not compute the same.
// CHECK-LABEL: func.func @negated_accumulator
// CHECK-NOT: #gpu.address_space<workgroup>
#mk6 = affine_map<(m, n, k) -> (m, k)>
#kn6 = affine_map<(m, n, k) -> (k, n)>
#mn6 = affine_map<(m, n, k) -> (m, n)>
func.func @negated_accumulator(%x: tensor<32x5xf32>, %w: tensor<5x32xf32>, %c: tensor<32x32xf32>) -> tensor<32x32xf32> {
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: the accumulator's initial value}}
  %m = linalg.generic {indexing_maps = [#mk6, #kn6, #mn6], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<32x5xf32>, tensor<5x32xf32>) outs(%c : tensor<32x32xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %p = arith.mulf %a, %b : f32
    %n = arith.negf %o : f32
    %s = arith.addf %n, %p : f32
    linalg.yield %s : f32
  } -> tensor<32x32xf32>
  return %m : tensor<32x32xf32>
}

// -----

// An operand is a fill (a constant matrix): not a copy to fold (its input
// is a scalar); the block would compute it.
// CHECK-LABEL: func.func @fill_operand
// CHECK-NOT: #gpu.address_space<workgroup>
#id7 = affine_map<(d0, d1) -> (d0, d1)>
func.func @fill_operand(%w: tensor<32x128xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.5 : f32
  %ea = tensor.empty() : tensor<64x32xf32>
  %a = linalg.fill ins(%one : f32) outs(%ea : tensor<64x32xf32>) -> tensor<64x32xf32>
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  %m = linalg.matmul ins(%a, %w : tensor<64x32xf32>, tensor<32x128xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: the group also computes linalg.fill, which each thread of a block would compute}}
  %y = linalg.generic {indexing_maps = [#id7, #id7], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<64x128xf32>) outs(%e : tensor<64x128xf32>) {
  ^bb0(%i: f32, %o: f32):
    %r = arith.maximumf %i, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x128xf32>
  return %y : tensor<64x128xf32>
}

// -----

// f32 activations by integer weights (mixed precision): vector.contract
// multiplies one element type (it failed to verify). Numerics:
// GPU/Inputs/mixed-precision.mlir in programs-emulated.test.
// CHECK-LABEL: func.func @mixed_precision
// CHECK-NOT: #gpu.address_space<workgroup>
func.func @mixed_precision(%x: tensor<64x32xf32>, %w: tensor<32x64xi8>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  // expected-remark @+2 {{formed a contraction group}}
  // expected-remark @+1 {{contraction not tiled in shared memory: operands of different element types (mixed precision)}}
  %m = linalg.matmul ins(%x, %w : tensor<64x32xf32>, tensor<32x64xi8>) outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}
