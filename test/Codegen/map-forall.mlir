// RUN: fuse-opt %s -split-input-file -fusion-gpu-map-forall -verify-diagnostics | FileCheck %s

// A kernel of 2x2 blocks. Per block: the reduction in 4 steps of 8, each
// copying a 32x8 slice into workgroup memory (32 threads, one row each),
// then 64 threads computing 4x4 results each from it. The block loop
// becomes a gpu.launch of 4 blocks of 64 threads (the largest phase); the
// copy is predicated on the thread id; a barrier follows each phase; the
// workgroup buffer becomes an attribution of the launch; each thread's
// accumulator (read and written at the same thread-id offsets in every
// step) is carried in registers across the steps, written once after them,
// followed by a barrier (the loop's last one is before that write).
// CHECK-LABEL: func.func @kernel
// CHECK: gpu.launch blocks(%[[BX:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %[[C4:.*]], %{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}) threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %[[C64:.*]], %{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}) workgroup(%[[SH:.*]] : memref<32x8xf32, #gpu.address_space<workgroup>>)
// CHECK: affine.delinearize_index %[[BX]] into (2, 2)
// CHECK: gpu.thread_id x
// CHECK: %[[ACC:.*]] = vector.transfer_read %{{.*}} : memref<4x4xf32, strided<[64, 1], offset: ?>>, vector<4x4xf32>
// CHECK: %[[SUM:.*]] = scf.for %{{.*}} iter_args(%[[A:.*]] = %[[ACC]]) -> (vector<4x4xf32>)
// CHECK: scf.if
// CHECK: vector.transfer_write {{.*}}, %{{.*}} : vector<8xf32>, memref<8xf32, {{.*}}#gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK: %[[NEW:.*]] = vector.contract {{.*}} %[[A]]
// CHECK: gpu.barrier
// CHECK: scf.yield %[[NEW]]
// CHECK: vector.transfer_write %[[SUM]]
// CHECK-NEXT: gpu.barrier
// CHECK: gpu.terminator
// CHECK-NOT: memref.alloc
// CHECK-NOT: memref.dealloc
// CHECK-NOT: scf.forall
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @kernel(%x: memref<64x32xf32>, %w: memref<8x4xf32>, %out: memref<64x64xf32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %pad = arith.constant 0.0 : f32
  scf.forall (%i, %j) = (0, 0) to (64, 64) step (32, 32) {
    %o = memref.subview %out[%i, %j] [32, 32] [1, 1] : memref<64x64xf32> to memref<32x32xf32, strided<[64, 1], offset: ?>>
    scf.for %k = %c0 to %c32 step %c8 {
      %sh = memref.alloc() : memref<32x8xf32, #gpu.address_space<workgroup>>
      scf.forall (%r) in (32) {
        %src = memref.subview %x[%r, %k] [1, 8] [1, 1] : memref<64x32xf32> to memref<8xf32, strided<[1], offset: ?>>
        %dst = memref.subview %sh[%r, 0] [1, 8] [1, 1] : memref<32x8xf32, #gpu.address_space<workgroup>> to memref<8xf32, strided<[1], offset: ?>, #gpu.address_space<workgroup>>
        %v = vector.transfer_read %src[%c0], %pad {in_bounds = [true]} : memref<8xf32, strided<[1], offset: ?>>, vector<8xf32>
        vector.transfer_write %v, %dst[%c0] {in_bounds = [true]} : vector<8xf32>, memref<8xf32, strided<[1], offset: ?>, #gpu.address_space<workgroup>>
      } {mapping = [#gpu.thread<linear_dim_0>]}
      scf.forall (%r, %s) = (0, 0) to (32, 32) step (4, 4) {
        %lhs = memref.subview %sh[%r, 0] [4, 8] [1, 1] : memref<32x8xf32, #gpu.address_space<workgroup>> to memref<4x8xf32, strided<[8, 1], offset: ?>, #gpu.address_space<workgroup>>
        %acc = memref.subview %o[%r, %s] [4, 4] [1, 1] : memref<32x32xf32, strided<[64, 1], offset: ?>> to memref<4x4xf32, strided<[64, 1], offset: ?>>
        %va = vector.transfer_read %lhs[%c0, %c0], %pad {in_bounds = [true, true]} : memref<4x8xf32, strided<[8, 1], offset: ?>, #gpu.address_space<workgroup>>, vector<4x8xf32>
        %vb = vector.transfer_read %w[%c0, %c0], %pad {in_bounds = [true, true]} : memref<8x4xf32>, vector<8x4xf32>
        %vc = vector.transfer_read %acc[%c0, %c0], %pad {in_bounds = [true, true]} : memref<4x4xf32, strided<[64, 1], offset: ?>>, vector<4x4xf32>
        %r2 = vector.contract {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %va, %vb, %vc : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
        vector.transfer_write %r2, %acc[%c0, %c0] {in_bounds = [true, true]} : vector<4x4xf32>, memref<4x4xf32, strided<[64, 1], offset: ?>>
      } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
      memref.dealloc %sh : memref<32x8xf32, #gpu.address_space<workgroup>>
    }
  } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
  return
}

// -----

// Foralls without a GPU mapping are left alone.
// CHECK-LABEL: func.func @unmapped
// CHECK-NOT: gpu.launch
// CHECK: scf.forall
func.func @unmapped(%out: memref<64xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%i) in (64) {
    memref.store %one, %out[%i] : memref<64xf32>
  }
  return
}

// -----

func.func @dynamic_blocks(%out: memref<?xf32>, %n: index) {
  %one = arith.constant 1.0 : f32
  // expected-error @+1 {{could not map the thread-block tile loop to a gpu.launch: dynamic bounds}}
  scf.forall (%i) = (0) to (%n) step (32) {
    scf.forall (%t) in (32) {
      %k = arith.addi %i, %t : index
      memref.store %one, %out[%k] : memref<?xf32>
    } {mapping = [#gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

func.func @too_many_threads(%out: memref<4096xf32>) {
  %one = arith.constant 1.0 : f32
  // expected-error @+1 {{could not map the thread-block tile loop to a gpu.launch: more than 1024 threads per block}}
  scf.forall (%i) = (0) to (4096) step (2048) {
    scf.forall (%t) in (2048) {
      %k = arith.addi %i, %t : index
      memref.store %one, %out[%k] : memref<4096xf32>
    } {mapping = [#gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

func.func @dynamic_threads(%out: memref<64xf32>, %n: index) {
  %one = arith.constant 1.0 : f32
  // expected-error @+1 {{could not map the thread-block tile loop to a gpu.launch: a thread forall has dynamic bounds}}
  scf.forall (%i) in (2) {
    scf.forall (%t) in (%n) {
      memref.store %one, %out[%t] : memref<64xf32>
    } {mapping = [#gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

// Code of the block outside its thread loops runs in every thread: a buffer
// it allocates and copies would be each thread's own.
func.func @per_thread_copy(%in: memref<64xf32>, %out: memref<64xf32>) {
  // expected-error @+1 {{could not map the thread-block tile loop to a gpu.launch: the block runs 'memref.alloc' outside its thread loops (in every thread)}}
  scf.forall (%i) in (2) {
    %tmp = memref.alloc() : memref<64xf32>
    memref.copy %in, %tmp : memref<64xf32> to memref<64xf32>
    scf.forall (%t) in (32) {
      %v = memref.load %tmp[%t] : memref<64xf32>
      memref.store %v, %out[%t] : memref<64xf32>
    } {mapping = [#gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

// Two copies into different workgroup buffers, then a phase reading both:
// no barrier between the copies (neither reads or writes what the other
// does), one before the reads, one at the end of each step (the next
// step's copies overwrite what this one reads).
// CHECK-LABEL: func.func @two_copies
// CHECK: scf.for
// CHECK: memref.store {{.*}} #gpu.address_space<workgroup>>
// CHECK-NOT: gpu.barrier
// CHECK: memref.store {{.*}} #gpu.address_space<workgroup>>
// CHECK-NEXT: gpu.barrier
// CHECK: memref.load {{.*}} #gpu.address_space<workgroup>>
// CHECK: memref.load {{.*}} #gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK-NEXT: }
func.func @two_copies(%a: memref<4x32xf32>, %b: memref<4x32xf32>, %out: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.forall (%i) in (1) {
    scf.for %k = %c0 to %c4 step %c1 {
      %sa = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>
      %sb = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>
      scf.forall (%t) in (32) {
        %v = memref.load %a[%k, %t] : memref<4x32xf32>
        memref.store %v, %sa[%t] : memref<32xf32, #gpu.address_space<workgroup>>
      } {mapping = [#gpu.thread<linear_dim_0>]}
      scf.forall (%t) in (32) {
        %v = memref.load %b[%k, %t] : memref<4x32xf32>
        memref.store %v, %sb[%t] : memref<32xf32, #gpu.address_space<workgroup>>
      } {mapping = [#gpu.thread<linear_dim_0>]}
      scf.forall (%t) in (32) {
        %r = arith.subi %c4, %c1 : index
        %t2 = arith.addi %t, %c1 : index
        %c32 = arith.constant 32 : index
        %u = arith.remui %t2, %c32 : index
        %x = memref.load %sa[%u] : memref<32xf32, #gpu.address_space<workgroup>>
        %y = memref.load %sb[%u] : memref<32xf32, #gpu.address_space<workgroup>>
        %s = arith.addf %x, %y : f32
        %o = memref.load %out[%t] : memref<32xf32>
        %n = arith.addf %o, %s : f32
        memref.store %n, %out[%t] : memref<32xf32>
      } {mapping = [#gpu.thread<linear_dim_0>]}
    }
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

// Ops inside the thread loops (here a linalg.fill on each thread's row) are
// per-thread work: mapped, not refused.
// CHECK-LABEL: func.func @op_in_thread_loop
// CHECK: gpu.launch
// CHECK: linalg.fill
func.func @op_in_thread_loop(%out: memref<64x64xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%i) in (2) {
    scf.forall (%t) in (32) {
      %r = arith.muli %i, %t : index
      %s = memref.subview %out[%r, 0] [1, 64] [1, 1] : memref<64x64xf32> to memref<64xf32, strided<[1], offset: ?>>
      linalg.fill ins(%one : f32) outs(%s : memref<64xf32, strided<[1], offset: ?>>)
    } {mapping = [#gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

// The second phase reads the first phase's buffer through a select (not a
// view op): beyond the barrier analysis, so the barrier stays.
// CHECK-LABEL: func.func @aliased_buffer
// CHECK: memref.store {{.*}} #gpu.address_space<workgroup>>
// CHECK-NEXT: gpu.barrier
// CHECK: arith.select
func.func @aliased_buffer(%a: memref<32xf32>, %out: memref<32xf32>, %flag: i1) {
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  scf.forall (%i) in (1) {
    %sa = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>
    %sb = memref.alloc() : memref<32xf32, #gpu.address_space<workgroup>>
    scf.forall (%t) in (32) {
      %v = memref.load %a[%t] : memref<32xf32>
      memref.store %v, %sa[%t] : memref<32xf32, #gpu.address_space<workgroup>>
    } {mapping = [#gpu.thread<linear_dim_0>]}
    scf.forall (%t) in (32) {
      %src = arith.select %flag, %sa, %sb : memref<32xf32, #gpu.address_space<workgroup>>
      %t2 = arith.addi %t, %c1 : index
      %u = arith.remui %t2, %c32 : index
      %x = memref.load %src[%u] : memref<32xf32, #gpu.address_space<workgroup>>
      memref.store %x, %sb[%t] : memref<32xf32, #gpu.address_space<workgroup>>
    } {mapping = [#gpu.thread<linear_dim_0>]}
    scf.forall (%t) in (32) {
      %x = memref.load %sb[%t] : memref<32xf32, #gpu.address_space<workgroup>>
      memref.store %x, %out[%t] : memref<32xf32>
    } {mapping = [#gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_0>]}
  return
}

// -----

// An unranked memref released in a block is no workgroup buffer.
// CHECK-LABEL: func.func @unranked_dealloc
// CHECK: gpu.launch
// CHECK: memref.dealloc %{{.*}} : memref<*xf32>
func.func @unranked_dealloc(%u: memref<*xf32>) {
  scf.forall (%i) in (4) {
    memref.dealloc %u : memref<*xf32>
  } {mapping = [#gpu.block<x>]}
  return
}
