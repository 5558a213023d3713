// RUN: fuse-opt %s --fusion-lower-copies | FileCheck %s

// A copy into a strided view (a pad's interior after bufferization) becomes
// linalg.copy (loops LLVM vectorizes), not a call of the runtime's
// element-by-element memrefCopy.
// CHECK-LABEL: func.func @into_pad
// CHECK: %[[SV:.*]] = memref.subview
// CHECK-NOT: memref.copy
// CHECK: linalg.copy ins(%arg0 : memref<1x6x6x4xf32>) outs(%[[SV]] : memref<1x6x6x4xf32, strided<[256, 32, 4, 1], offset: 36>>)
func.func @into_pad(%src: memref<1x6x6x4xf32>, %dst: memref<1x8x8x4xf32>) {
  %sv = memref.subview %dst[0, 1, 1, 0] [1, 6, 6, 4] [1, 1, 1, 1] : memref<1x8x8x4xf32> to memref<1x6x6x4xf32, strided<[256, 32, 4, 1], offset: 36>>
  memref.copy %src, %sv : memref<1x6x6x4xf32> to memref<1x6x6x4xf32, strided<[256, 32, 4, 1], offset: 36>>
  return
}

// Contiguous copies stay (llvm.memcpy), a contiguous strided view too.
// CHECK-LABEL: func.func @contiguous
// CHECK-COUNT-2: memref.copy
// CHECK-NOT: linalg.copy
func.func @contiguous(%src: memref<4x8xf32>, %dst: memref<4x8xf32>, %big: memref<8x8xf32>) {
  memref.copy %src, %dst : memref<4x8xf32> to memref<4x8xf32>
  %rows = memref.subview %big[2, 0] [4, 8] [1, 1] : memref<8x8xf32> to memref<4x8xf32, strided<[8, 1], offset: 16>>
  memref.copy %src, %rows : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1], offset: 16>>
  return
}

// Unranked memrefs are left to the runtime.
// CHECK-LABEL: func.func @unranked
// CHECK: memref.copy
func.func @unranked(%src: memref<*xf32>, %dst: memref<*xf32>) {
  memref.copy %src, %dst : memref<*xf32> to memref<*xf32>
  return
}
