// RUN: fuse-opt %s -allow-unregistered-dialect -split-input-file -pass-pipeline='builtin.module(func.func(fusion-gpu-stack-buffers))' | FileCheck %s
// RUN: fuse-opt %s -allow-unregistered-dialect -split-input-file -pass-pipeline='builtin.module(func.func(fusion-gpu-stack-buffers{host=true}))' | FileCheck %s --check-prefix=HOST

// A kernel's small temporary goes on the stack (per thread); the host's
// buffers stay allocations, since a kernel cannot read the host stack.
// host=true is the test hook that reproduces the bug of issue 16.

// CHECK-LABEL: func.func @temporaries
// CHECK: %[[ROW:.*]] = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
// CHECK: scf.forall
// CHECK:   memref.alloca() {alignment = 64 : i64} : memref<4x4xf32>
// CHECK:   memref.alloc() : memref<1024xf32>
// HOST-LABEL: func.func @temporaries
// HOST: memref.alloca() {alignment = 64 : i64} : memref<32xf32>
func.func @temporaries(%x: memref<64x32xf32>) {
  %row = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
  scf.forall (%i) in (16) {
    %tile = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
    // Over 1 KB: stays an allocation.
    %big = memref.alloc() : memref<1024xf32>
    "test.use"(%tile, %big, %row) : (memref<4x4xf32>, memref<1024xf32>, memref<32xf32>) -> ()
  }
  return
}

// -----

// A buffer that leaves its region (yielded) is not promoted.

// CHECK-LABEL: func.func @escapes
// CHECK: scf.forall
// CHECK:   scf.if
// CHECK:     memref.alloc() : memref<4xf32>
func.func @escapes(%c: i1) {
  scf.forall (%i) in (16) {
    %r = scf.if %c -> memref<4xf32> {
      %t = memref.alloc() : memref<4xf32>
      scf.yield %t : memref<4xf32>
    } else {
      %t = memref.alloc() : memref<4xf32>
      scf.yield %t : memref<4xf32>
    }
    "test.use"(%r) : (memref<4xf32>) -> ()
  }
  return
}

// -----

// Only buffers of scalars (ints, floats, index) are promoted: a buffer of
// memrefs has no data layout size.

// CHECK-LABEL: func.func @not_scalars
// CHECK: memref.alloc() : memref<2xmemref<f32>>
func.func @not_scalars() {
  scf.forall (%i) in (16) {
    %t = memref.alloc() : memref<2xmemref<f32>>
    "test.use"(%t) : (memref<2xmemref<f32>>) -> ()
  }
  return
}
