// RUN: fuse-opt %s -split-input-file -fusion-gpu-lower-vectors | FileCheck %s

// 1-D transfers become vector.load / vector.store; the alignment is set where
// the address is provably a multiple of the vector's size (buffers are
// assumed 16-byte aligned), so that NVPTX emits one ld.global.v4 / st.global.v4.
// CHECK-LABEL: func.func @alignment
// CHECK: vector.load %{{.*}} {alignment = 16 : i64} : memref<64x64xf32>, vector<4xf32>
// CHECK: vector.load %{{.*}} {alignment = 8 : i64} : memref<64x64xf32>, vector<4xf32>
// CHECK: vector.load %{{.*}} : memref<64x64xf32>, vector<4xf32>
// CHECK: vector.store %{{.*}} {alignment = 16 : i64} : memref<4x4xf32, strided<[64, 1], offset: ?>>, vector<4xf32>
// CHECK: vector.load %{{.*}} {alignment = 16 : i64} : memref<32xf32, #gpu.address_space<workgroup>>, vector<4xf32>
func.func @alignment(%m: memref<64x64xf32>, %i: index, %s: memref<32xf32, #gpu.address_space<workgroup>>) -> (vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %pad = arith.constant 0.0 : f32
  // Column 4 * i: a multiple of 4 floats.
  %j = arith.muli %i, %c4 : index
  %a = vector.transfer_read %m[%c0, %j], %pad {in_bounds = [true]} : memref<64x64xf32>, vector<4xf32>
  // 4 * i + 2: a multiple of 2 floats only.
  %j2 = arith.addi %j, %c2 : index
  %b = vector.transfer_read %m[%c0, %j2], %pad {in_bounds = [true]} : memref<64x64xf32>, vector<4xf32>
  // i: nothing known.
  %c = vector.transfer_read %m[%c0, %i], %pad {in_bounds = [true]} : memref<64x64xf32>, vector<4xf32>
  // A subview at rows and columns 4 * i, written by rows.
  %t = affine.apply affine_map<(d0) -> (d0 * 4)>(%i)
  %v = memref.subview %m[%t, %t] [4, 4] [1, 1] : memref<64x64xf32> to memref<4x4xf32, strided<[64, 1], offset: ?>>
  vector.transfer_write %a, %v[%c2, %c0] {in_bounds = [true]} : vector<4xf32>, memref<4x4xf32, strided<[64, 1], offset: ?>>
  // Workgroup memory: its buffers are 16-byte aligned too (see below).
  %d = vector.transfer_read %s[%j], %pad {in_bounds = [true]} : memref<32xf32, #gpu.address_space<workgroup>>, vector<4xf32>
  return %a, %b, %c, %d : vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>
}

// -----

// Only powers of two count: 2^30 + 1 is odd, 12 * i a multiple of 4.
// CHECK-LABEL: func.func @large_and_composite
// CHECK: vector.load %{{.*}} : memref<?xf32>, vector<4xf32>
// CHECK: vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
func.func @large_and_composite(%m: memref<?xf32>, %i: index) -> (vector<4xf32>, vector<4xf32>) {
  %big = arith.constant 1073741825 : index
  %c12 = arith.constant 12 : index
  %pad = arith.constant 0.0 : f32
  %a = vector.transfer_read %m[%big], %pad {in_bounds = [true]} : memref<?xf32>, vector<4xf32>
  %j = arith.muli %i, %c12 : index
  %b = vector.transfer_read %m[%j], %pad {in_bounds = [true]} : memref<?xf32>, vector<4xf32>
  return %a, %b : vector<4xf32>, vector<4xf32>
}

// -----

// A thread's 2x2 register tile: outer products, then one vector.fma per row
// and reduction step.
// CHECK-LABEL: func.func @contract
// CHECK-NOT: vector.contract
// CHECK-COUNT-4: vector.fma {{.*}} : vector<2xf32>
// CHECK-NOT: vector.fma
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @contract(%x: vector<2x2xf32>, %y: vector<2x2xf32>, %z: vector<2x2xf32>) -> vector<2x2xf32> {
  %r = vector.contract {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %x, %y, %z : vector<2x2xf32>, vector<2x2xf32> into vector<2x2xf32>
  return %r : vector<2x2xf32>
}

// -----

// Workgroup buffers of kernels are made 16-byte aligned (the NVVM lowering
// would give them the element's alignment), so that vector accesses to them
// can be ld.shared.v4 / st.shared.v4.
// CHECK-LABEL: gpu.func @kernel
// CHECK-SAME: workgroup(%{{.*}} : memref<64xf32, #gpu.address_space<workgroup>> {llvm.align = 16 : i64}, %{{.*}} : memref<8xf32, #gpu.address_space<workgroup>> {llvm.align = 32 : i64})
gpu.module @kernels {
  gpu.func @kernel() workgroup(%a : memref<64xf32, #gpu.address_space<workgroup>>, %b : memref<8xf32, #gpu.address_space<workgroup>> {llvm.align = 32 : i64}) kernel {
    gpu.return
  }
}
