// fusion-gpu-pipeline-copies on its own (Inputs/copies.mlir: kernels on
// buffers as fusion-gpu-tile-threads and bufferization leave them). The
// numerical checks are the emulation's (test/GPU/emulate.test,
// programs-emulated.test: every contraction kernel runs pipelined there),
// the PTX is checked in test/GPU/kernels.test.

// With cp.async: 3 slots per buffer; the copies of steps 0 and 1 before the
// loop, a group each; the loop (steps 0 and 1 of 4 computed) issues step
// i + 2's copies, commits, waits until at most 2 groups are in flight, then
// a barrier and the product of step i, from slot i mod 3; the epilogue
// computes steps 2 and 3 (slots 2 and 0) after waiting for 1 then 0
// groups; the buffers are freed after it.
// RUN: fuse-opt %S/Inputs/copies.mlir --fusion-gpu-pipeline-copies --canonicalize 2>&1 | FileCheck %s
// CHECK: copies.mlir:15:3: remark: [fusion-gpu-pipeline-copies] shared-memory copies pipelined over 3 buffers (2 cp.async per thread and step)
// CHECK: copies.mlir:52:3: remark: [fusion-gpu-pipeline-copies] shared-memory copies pipelined over 2 buffers (2 cp.async per thread and step)
// CHECK-DAG: #[[SLOT3:.*]] = affine_map<(d0) -> ((d0 floordiv 16) mod 3)>
// CHECK-DAG: #[[SLOT2:.*]] = affine_map<(d0) -> ((d0 floordiv 8) mod 2)>
// CHECK-LABEL: func.func @pipelined(
// CHECK-DAG: %[[C32:.*]] = arith.constant 32 : index
// CHECK: %[[A:.*]] = memref.alloc() : memref<3x16x16xf32, #gpu.address_space<workgroup>>
// CHECK: %[[B:.*]] = memref.alloc() : memref<3x16x16xf32, #gpu.address_space<workgroup>>
// CHECK: memref.subview %[[B]][0, 0, 0] [1, 16, 16]
// CHECK: memref.subview %[[A]][0, 0, 0] [1, 16, 16]
// CHECK-COUNT-2: nvgpu.device_async_copy {{.*}}, 4 {bypassL1} : memref<1x4xf32
// CHECK: %[[G0:.*]] = nvgpu.device_async_create_group
// CHECK: memref.subview %[[B]][1, 0, 0] [1, 16, 16]
// CHECK: memref.subview %[[A]][1, 0, 0] [1, 16, 16]
// CHECK-COUNT-2: nvgpu.device_async_copy {{.*}}, 4 {bypassL1} : memref<1x4xf32
// CHECK: %[[G1:.*]] = nvgpu.device_async_create_group
// CHECK: %[[LOOP:.*]]:2 = scf.for %[[K:.*]] = %{{.*}} to %[[C32]] step %{{.*}} iter_args(%[[T0:.*]] = %[[G0]], %[[T1:.*]] = %[[G1]])
// CHECK: %[[NEXT:.*]] = arith.addi %[[K]], %[[C32]]
// CHECK: affine.apply #[[SLOT3]](%[[NEXT]])
// CHECK-COUNT-2: nvgpu.device_async_copy
// CHECK: %[[G2:.*]] = nvgpu.device_async_create_group
// CHECK: affine.apply #[[SLOT3]](%[[K]])
// CHECK: nvgpu.device_async_wait %[[T0]] {numGroups = 2 : i32}
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: scf.forall
// CHECK: linalg.matmul
// CHECK: scf.yield %[[T1]], %[[G2]]
// CHECK: memref.subview %[[B]][2, 0, 0] [1, 16, 16]
// CHECK: nvgpu.device_async_wait %[[LOOP]]#0 {numGroups = 1 : i32}
// CHECK-NEXT: gpu.barrier
// CHECK: linalg.matmul
// CHECK: memref.subview %[[B]][0, 0, 0] [1, 16, 16]
// CHECK: nvgpu.device_async_wait %[[LOOP]]#1 {numGroups = 0 : i32}
// CHECK-NEXT: gpu.barrier
// CHECK: linalg.matmul
// CHECK-NOT: nvgpu.
// CHECK: memref.dealloc %[[B]]
// CHECK: memref.dealloc %[[A]]
// CHECK-NEXT: return
//
// Two rows per thread: a cp.async per row; rows of 12 bytes stay plain
// copies in the pipeline; 2 stages: 1 group in flight in the loop.
// CHECK-LABEL: func.func @rows(
// CHECK: memref.alloc() : memref<2x8x8xf32, #gpu.address_space<workgroup>>
// CHECK: memref.alloc() : memref<2x8x6xf32, #gpu.address_space<workgroup>>
// CHECK: scf.for
// CHECK: nvgpu.device_async_copy %[[SRC:.*]][%c0, %c0], %[[DST:.*]][%c0, %c0], 4 {bypassL1} : memref<2x4xf32
// CHECK-NEXT: nvgpu.device_async_copy %[[SRC]][%c1, %c0], %[[DST]][%c1, %c0], 4 {bypassL1} : memref<2x4xf32
// CHECK: vector.transfer_read {{.*}} vector<1x3xf32>
// CHECK-NEXT: vector.transfer_write
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 1 : i32}
// CHECK: scf.yield
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 0 : i32}

// Without cp.async (async-copies=false, what fusion-emulate-gpu runs): the
// same slots and pipeline with plain copies, no groups, no barriers.
// RUN: fuse-opt %S/Inputs/copies.mlir --fusion-gpu-pipeline-copies='async-copies=false' --canonicalize 2>&1 | FileCheck %s --check-prefix=SYNC
// SYNC: copies.mlir:15:3: remark: [fusion-gpu-pipeline-copies] shared-memory copies pipelined over 3 buffers{{$}}
// SYNC-LABEL: func.func @pipelined(
// SYNC-NOT: nvgpu.
// SYNC-NOT: gpu.barrier
// SYNC: memref.alloc() : memref<3x16x16xf32, #gpu.address_space<workgroup>>
// SYNC-COUNT-2: vector.transfer_write {{.*}} #gpu.address_space<workgroup>>
// SYNC-NOT: linalg.matmul
// SYNC-COUNT-2: vector.transfer_write {{.*}} #gpu.address_space<workgroup>>
// SYNC: scf.for
// SYNC-COUNT-2: vector.transfer_write {{.*}} #gpu.address_space<workgroup>>
// SYNC: linalg.matmul
// SYNC-NOT: vector.transfer_write
// SYNC-COUNT-2: linalg.matmul
// SYNC-LABEL: func.func @rows(

// Loops it leaves as they are, each with the remark that says why.
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-gpu-pipeline-copies | FileCheck %s --check-prefix=KEPT

#shared = #gpu.address_space<workgroup>

// Two steps, three stages.
// KEPT-LABEL: func.func @too_few_steps(
// KEPT: memref.alloc() : memref<16x16xf32, #gpu.address_space<workgroup>>
// KEPT-NOT: nvgpu.
// KEPT-NOT: fusion.copy_stages
func.func @too_few_steps(%a: memref<16x32xf32>, %c: memref<16x16xf32>) {
  %c0 = arith.constant 0 : index
  %c16 = arith.constant 16 : index
  %c32 = arith.constant 32 : index
  %pad = arith.constant 0.0 : f32
  // expected-remark @below {{shared-memory copies not pipelined: 2 steps, fewer than the 3 stages}}
  scf.for %k = %c0 to %c32 step %c16 {
    %sa = memref.subview %a[0, %k] [16, 16] [1, 1] : memref<16x32xf32> to memref<16x16xf32, strided<[32, 1], offset: ?>>
    %buf = memref.alloc() : memref<16x16xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (16, 16) step (1, 4) {
      %src = memref.subview %sa[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, strided<[32, 1], offset: ?>> to memref<1x4xf32, strided<[32, 1], offset: ?>>
      %dst = memref.subview %buf[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, #shared> to memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x4xf32, strided<[32, 1], offset: ?>>, vector<1x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    scf.forall (%i, %j) in (16, 16) {
      %x = memref.load %buf[%i, %j] : memref<16x16xf32, #shared>
      memref.store %x, %c[%i, %j] : memref<16x16xf32>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
  } {fusion.copy_stages = 3 : i64}
  return
}

// -----

#shared = #gpu.address_space<workgroup>

// The copy reads what the step computes: the next step's copy must not run
// ahead of it.
// KEPT-LABEL: func.func @reads_result(
// KEPT-NOT: nvgpu.
func.func @reads_result(%a: memref<16x64xf32>) {
  %c0 = arith.constant 0 : index
  %c16 = arith.constant 16 : index
  %c64 = arith.constant 64 : index
  %pad = arith.constant 0.0 : f32
  // expected-remark @below {{shared-memory copies not pipelined: a copy reads memory that the loop also writes}}
  scf.for %k = %c0 to %c64 step %c16 {
    %buf = memref.alloc() : memref<16x16xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (16, 16) step (1, 4) {
      %src = memref.subview %a[%i, %j] [1, 4] [1, 1] : memref<16x64xf32> to memref<1x4xf32, strided<[64, 1], offset: ?>>
      %dst = memref.subview %buf[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, #shared> to memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x4xf32, strided<[64, 1], offset: ?>>, vector<1x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    scf.forall (%i, %j) in (16, 16) {
      %x = memref.load %buf[%i, %j] : memref<16x16xf32, #shared>
      %y = arith.addf %x, %x : f32
      memref.store %y, %a[%i, %j] : memref<16x64xf32>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
  } {fusion.copy_stages = 3 : i64}
  return
}

// -----

#shared = #gpu.address_space<workgroup>

// The buffer is also written by the computation.
// KEPT-LABEL: func.func @written_by_product(
// KEPT-NOT: nvgpu.
func.func @written_by_product(%a: memref<16x64xf32>, %c: memref<16x16xf32>) {
  %c0 = arith.constant 0 : index
  %c16 = arith.constant 16 : index
  %c64 = arith.constant 64 : index
  %pad = arith.constant 0.0 : f32
  // expected-remark @below {{shared-memory copies not pipelined: a buffer of the loop is written by something other than a copy into it ahead of its readers}}
  scf.for %k = %c0 to %c64 step %c16 {
    %sa = memref.subview %a[0, %k] [16, 16] [1, 1] : memref<16x64xf32> to memref<16x16xf32, strided<[64, 1], offset: ?>>
    %buf = memref.alloc() : memref<16x16xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (16, 16) step (1, 4) {
      %src = memref.subview %sa[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, strided<[64, 1], offset: ?>> to memref<1x4xf32, strided<[64, 1], offset: ?>>
      %dst = memref.subview %buf[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, #shared> to memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x4xf32, strided<[64, 1], offset: ?>>, vector<1x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    scf.forall (%i, %j) in (16, 16) {
      %x = memref.load %buf[%i, %j] : memref<16x16xf32, #shared>
      %y = arith.addf %x, %x : f32
      memref.store %y, %buf[%i, %j] : memref<16x16xf32, #shared>
      memref.store %y, %c[%i, %j] : memref<16x16xf32>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
  } {fusion.copy_stages = 3 : i64}
  return
}

// -----

#shared = #gpu.address_space<workgroup>

// The copy's offset is loaded from memory in the step: running the copy a
// step ahead would run the load ahead too. Refused before anything changes
// (the buffer is not multiplied).
// KEPT-LABEL: func.func @offset_from_memory(
// KEPT: memref.alloc() : memref<16x16xf32, #gpu.address_space<workgroup>>
// KEPT-NOT: nvgpu.
// KEPT-NOT: fusion.copy_stages
func.func @offset_from_memory(%a: memref<16x128xf32>, %offsets: memref<4xindex>, %c: memref<16x16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %pad = arith.constant 0.0 : f32
  // expected-remark @below {{shared-memory copies not pipelined: the copies depend on an op with memory effects}}
  scf.for %k = %c0 to %c4 step %c1 {
    %off = memref.load %offsets[%k] : memref<4xindex>
    %sa = memref.subview %a[0, %off] [16, 16] [1, 1] : memref<16x128xf32> to memref<16x16xf32, strided<[128, 1], offset: ?>>
    %buf = memref.alloc() : memref<16x16xf32, #shared>
    scf.forall (%i, %j) = (0, 0) to (16, 16) step (1, 4) {
      %src = memref.subview %sa[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, strided<[128, 1], offset: ?>> to memref<1x4xf32, strided<[128, 1], offset: ?>>
      %dst = memref.subview %buf[%i, %j] [1, 4] [1, 1] : memref<16x16xf32, #shared> to memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
      %v = vector.transfer_read %src[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x4xf32, strided<[128, 1], offset: ?>>, vector<1x4xf32>
      vector.transfer_write %v, %dst[%c0, %c0] {in_bounds = [true, true]} : vector<1x4xf32>, memref<1x4xf32, strided<[16, 1], offset: ?>, #shared>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
    scf.forall (%i, %j) in (16, 16) {
      %x = memref.load %buf[%i, %j] : memref<16x16xf32, #shared>
      memref.store %x, %c[%i, %j] : memref<16x16xf32>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
  } {fusion.copy_stages = 3 : i64}
  return
}

// -----

// A tag out of range is an error.
func.func @bad_tag(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error @below {{'fusion.copy_stages' must be an integer in [2, 8]}}
  scf.for %k = %c0 to %n step %c1 {
  } {fusion.copy_stages = 1 : i64}
  return
}
