// RUN: fuse-opt %s -split-input-file -fusion-gpu-device-buffers | FileCheck %s

// Host buffers become device allocations; a copy between contiguous
// buffers at offset 0 becomes a driver memcpy; the kernel's own temporary
// stays.

// CHECK-LABEL: func.func @host_buffers
// CHECK: %[[T:.*]] = gpu.alloc () : memref<64xf32>
// CHECK-NOT: memref.alloc()
// CHECK: scf.forall
// CHECK:   memref.alloc() : memref<4xf32>
// CHECK: gpu.memcpy %{{.*}}, %[[T]] : memref<64xf32>, memref<64xf32>
// CHECK: gpu.dealloc %[[T]] : memref<64xf32>
func.func @host_buffers(%x: memref<64xf32>, %y: memref<64xf32>) {
  %t = memref.alloc() : memref<64xf32>
  scf.forall (%i) in (16) {
    %tmp = memref.alloc() : memref<4xf32>
    memref.dealloc %tmp : memref<4xf32>
  }
  memref.copy %t, %y : memref<64xf32> to memref<64xf32>
  memref.dealloc %t : memref<64xf32>
  return
}

// -----

// A copy into a view at an offset is a kernel of 256-thread blocks:
// upstream's gpu.memcpy lowering would drop the offset and overwrite the
// start of the buffer.

// CHECK-LABEL: func.func @copy_at_offset
// CHECK-NOT: gpu.memcpy
// CHECK: scf.parallel (%[[B:.*]]) = (%c0) to (%c2) step (%c1) {
// CHECK:   scf.parallel (%[[T:.*]]) = (%c0) to (%c256) step (%c1) {
// CHECK:     %[[I:.*]] = affine.apply #{{.*}}(%[[B]], %[[T]])
// CHECK:     %[[IN:.*]] = arith.cmpi ult, %[[I]], %c384
// CHECK:     scf.if %[[IN]] {
// CHECK:       %[[IDX:.*]]:3 = affine.delinearize_index %[[I]] into (1, 16, 24)
// CHECK:       %[[V:.*]] = memref.load %{{.*}}[%[[IDX]]#0, %[[IDX]]#1, %[[IDX]]#2]
// CHECK:       memref.store %[[V]], %{{.*}}[%[[IDX]]#0, %[[IDX]]#1, %[[IDX]]#2]
func.func @copy_at_offset(%w: memref<1x16x24xf32>) -> memref<3x16x24xf32> {
  %all = memref.alloc() : memref<3x16x24xf32>
  %slot = memref.subview %all[1, 0, 0] [1, 16, 24] [1, 1, 1] : memref<3x16x24xf32> to memref<1x16x24xf32, strided<[384, 24, 1], offset: 384>>
  memref.copy %w, %slot : memref<1x16x24xf32> to memref<1x16x24xf32, strided<[384, 24, 1], offset: 384>>
  return %all : memref<3x16x24xf32>
}

// -----

// A strided copy (into a padded buffer, as fusion-lower-copies makes it) is
// a kernel too, never host loops on device memory.

// CHECK-LABEL: func.func @strided_copy
// CHECK-NOT: linalg.copy
// CHECK: scf.parallel
// CHECK:   scf.parallel
// CHECK:     affine.delinearize_index %{{.*}} into (4, 4)
func.func @strided_copy(%x: memref<4x4xf32>) -> memref<6x6xf32> {
  %p = memref.alloc() : memref<6x6xf32>
  %in = memref.subview %p[1, 1] [4, 4] [1, 1] : memref<6x6xf32> to memref<4x4xf32, strided<[6, 1], offset: 7>>
  linalg.copy ins(%x : memref<4x4xf32>) outs(%in : memref<4x4xf32, strided<[6, 1], offset: 7>>)
  return %p : memref<6x6xf32>
}

// -----

// A contiguous view at offset 0 with a strided layout (a slice of a stacked
// result) is reinterpreted with an identity layout, which upstream's
// gpu.memcpy lowering requires (a memref.cast would fold away).

// CHECK-LABEL: func.func @strided_layout_at_offset_0
// CHECK: %[[R:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [1, 10], strides: [10, 1] : memref<1x10xf32, strided<[20, 1]>> to memref<1x10xf32>
// CHECK: gpu.memcpy %{{.*}}, %[[R]] : memref<1x10xf32>, memref<1x10xf32>
func.func @strided_layout_at_offset_0(%s: memref<1x10xf32, strided<[20, 1]>>) -> memref<1x10xf32> {
  %t = memref.alloc() : memref<1x10xf32>
  memref.copy %s, %t : memref<1x10xf32, strided<[20, 1]>> to memref<1x10xf32>
  return %t : memref<1x10xf32>
}

// -----

// A linalg.copy that converts the element type is not a memcpy: parallel
// loops (a kernel). An unranked copy is left alone (the check reports it).

// CHECK-LABEL: func.func @converting_copy
// CHECK-NOT: gpu.memcpy
// CHECK: scf.parallel
// CHECK:   arith.extf
// CHECK-LABEL: func.func @unranked_copy
// CHECK: memref.copy
func.func @converting_copy(%x: memref<8xf16>) -> memref<8xf32> {
  %t = memref.alloc() : memref<8xf32>
  linalg.copy ins(%x : memref<8xf16>) outs(%t : memref<8xf32>)
  return %t : memref<8xf32>
}
func.func @unranked_copy(%x: memref<*xf32>, %y: memref<*xf32>) {
  memref.copy %x, %y : memref<*xf32> to memref<*xf32>
  return
}

// -----

// A kernel of one block of one thread, whose loops the canonicalizer folded:
// its store becomes a kernel of one thread, and the loads and arithmetic
// whose values only it uses move into it (nothing in between touches
// memory; the output's allocation may be there).
// CHECK-LABEL: func.func @folded_kernel
// CHECK: %[[OUT:.*]] = gpu.alloc () : memref<4xf32>
// CHECK-NEXT: %{{.*}} = arith.constant 0 : index
// CHECK-NEXT: %{{.*}} = arith.constant 1 : index
// CHECK-NEXT: scf.parallel
// CHECK-NEXT: vector.load %arg0
// CHECK-NEXT: vector.load %arg1
// CHECK-NEXT: arith.addf
// CHECK-NEXT: vector.store %{{.*}}, %[[OUT]]
func.func @folded_kernel(%x: memref<4xf32>, %y: memref<4xf32>) -> memref<4xf32> {
  %c0 = arith.constant 0 : index
  %a = vector.load %x[%c0] : memref<4xf32>, vector<4xf32>
  %b = vector.load %y[%c0] : memref<4xf32>, vector<4xf32>
  %s = arith.addf %a, %b : vector<4xf32>
  %out = memref.alloc() : memref<4xf32>
  vector.store %s, %out[%c0] : memref<4xf32>, vector<4xf32>
  return %out : memref<4xf32>
}

// -----

// A write between the load and the kernel that uses it: the load stays (and
// fusion-gpu-check-kernel-operands reports it).
// CHECK-LABEL: func.func @write_between
// CHECK: %[[A:.*]] = vector.load %arg0
// CHECK: scf.parallel
// CHECK: scf.parallel
// CHECK: vector.store %[[A]]
func.func @write_between(%x: memref<4xf32>, %y: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %a = vector.load %x[%c0] : memref<4xf32>, vector<4xf32>
  %z = arith.constant dense<0.0> : vector<4xf32>
  vector.store %z, %x[%c0] : memref<4xf32>, vector<4xf32>
  vector.store %a, %y[%c0] : memref<4xf32>, vector<4xf32>
  return
}

// -----

// A kernel of two results folded into two kernels of one thread: the load
// and the arithmetic both use go into each (the first kernel writes a fresh
// allocation, not what the load reads).
// CHECK-LABEL: func.func @two_results
// CHECK: scf.parallel
// CHECK-NEXT: vector.load %arg0
// CHECK-NEXT: math.exp
// CHECK-NEXT: vector.store
// CHECK: scf.parallel
// CHECK-NEXT: vector.load %arg0
// CHECK-NEXT: math.exp
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: vector.store
func.func @two_results(%x: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %a = vector.load %x[%c0] : memref<4xf32>, vector<4xf32>
  %e = math.exp %a : vector<4xf32>
  %m = arith.mulf %e, %a : vector<4xf32>
  %o1 = memref.alloc() : memref<4xf32>
  vector.store %e, %o1[%c0] : memref<4xf32>, vector<4xf32>
  %o2 = memref.alloc() : memref<4xf32>
  vector.store %m, %o2[%c0] : memref<4xf32>, vector<4xf32>
  return %o1, %o2 : memref<4xf32>, memref<4xf32>
}
