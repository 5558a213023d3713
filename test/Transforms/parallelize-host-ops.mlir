// RUN: fuse-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(fusion-parallelize-host-ops{threads=2 min-elements=64}))' | FileCheck %s

// A pad's fill and copy in host code: each becomes 2 chunks of its
// outermost parallel loop of at least 2 iterations (the unit batch dim is
// skipped), the op on subviews of each chunk.
// CHECK-LABEL: func.func @pad
// CHECK: scf.forall (%[[T:.*]]) in (2) {
// CHECK:   %[[LO:.*]] = affine.min #{{.*}}(%[[T]])
// CHECK:   %[[V:.*]] = memref.subview %{{.*}}[0, %[[LO]], 0, 0] [1, %{{.*}}, 10, 10] [1, 1, 1, 1]
// CHECK:   linalg.fill ins(%{{.*}} : f32) outs(%[[V]] :
// CHECK: scf.forall (%{{.*}}) in (2) {
// CHECK:   linalg.copy
func.func @pad(%x: memref<1x8x8x8xf32>) -> memref<1x8x10x10xf32> {
  %z = arith.constant 0.0 : f32
  %p = memref.alloc() : memref<1x8x10x10xf32>
  linalg.fill ins(%z : f32) outs(%p : memref<1x8x10x10xf32>)
  %in = memref.subview %p[0, 0, 1, 1] [1, 8, 8, 8] [1, 1, 1, 1] : memref<1x8x10x10xf32> to memref<1x8x8x8xf32, strided<[800, 100, 10, 1], offset: 11>>
  linalg.copy ins(%x : memref<1x8x8x8xf32>) outs(%in : memref<1x8x8x8xf32, strided<[800, 100, 10, 1], offset: 11>>)
  return %p : memref<1x8x10x10xf32>
}

// -----

// Not split: an op in a loop (a tile's, already on a thread), one smaller
// than min-elements, one on tensors.
// CHECK-LABEL: func.func @not_split
// CHECK-NOT: scf.forall (%{{.*}}) in (2)
// CHECK: scf.for
// CHECK:   linalg.fill
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : memref<4x4xf32>)
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<64x64xf32>)
func.func @not_split(%a: memref<64x64xf32>, %b: memref<4x4xf32>, %t: tensor<64x64xf32>, %n: index) -> tensor<64x64xf32> {
  %z = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    linalg.fill ins(%z : f32) outs(%a : memref<64x64xf32>)
  }
  linalg.fill ins(%z : f32) outs(%b : memref<4x4xf32>)
  %r = linalg.fill ins(%z : f32) outs(%t : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}
