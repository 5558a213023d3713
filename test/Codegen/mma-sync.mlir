// RUN: fuse-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(fusion-gpu-mma-sync))' -verify-diagnostics | FileCheck %s

// A warp's 16x8 tile accumulated over a loop, as fusion-gpu-map-forall
// leaves it: the accumulator read before the loop, carried by it, written
// after it. Each lane loads its fragments with the PTX layouts of
// mma.m16n8k8 (g = lane / 4, t = lane % 4): A (16x8) at (g, t), (g + 8, t),
// (g, t + 4), (g + 8, t + 4); B (8x8, stored k x n) at (t, g), (t + 4, g);
// C at (g, 2t), (g, 2t + 1), (g + 8, 2t), (g + 8, 2t + 1). The loop
// carries C's fragment; A and B are rounded to TF32 (cvt.rna), once per
// fragment. (A is read from shared memory with ldmatrix; @global_a below
// reads it element by element.)
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[G:.*]] = affine_map<()[s0] -> (s0 floordiv 4)>
// CHECK-DAG: #[[T2:.*]] = affine_map<()[s0] -> (s0 * 2 - (s0 floordiv 4) * 8)>
// CHECK-DAG: #[[T21:.*]] = affine_map<()[s0] -> (s0 * 2 - (s0 floordiv 4) * 8 + 1)>
// CHECK-DAG: #[[G8:.*]] = affine_map<()[s0] -> (s0 floordiv 4 + 8)>
// CHECK-DAG: #[[L16:.*]] = affine_map<()[s0] -> (s0 mod 16)>
// CHECK-DAG: #[[H4:.*]] = affine_map<()[s0] -> ((s0 floordiv 16) * 4)>
// CHECK-DAG: #[[T:.*]] = affine_map<()[s0] -> (s0 mod 4)>
// CHECK-DAG: #[[T4:.*]] = affine_map<()[s0] -> (s0 mod 4 + 4)>
// CHECK-LABEL: func.func @loop
// CHECK: gpu.launch
// C: (g, 2t), (g, 2t + 1), (g + 8, 2t), (g + 8, 2t + 1).
// CHECK: %[[L:.*]] = gpu.lane_id
// CHECK: %[[R0:.*]] = affine.apply #[[G]]()[%[[L]]]
// CHECK: %[[C0:.*]] = affine.apply #[[T2]]()[%[[L]]]
// CHECK: memref.load %[[OUT:.*]][%[[R0]], %[[C0]]]
// CHECK: %[[R1:.*]] = affine.apply #[[G]]()[%[[L]]]
// CHECK: %[[C1:.*]] = affine.apply #[[T21]]()[%[[L]]]
// CHECK: memref.load %[[OUT]][%[[R1]], %[[C1]]]
// CHECK: %[[R2:.*]] = affine.apply #[[G8]]()[%[[L]]]
// CHECK: %[[C2:.*]] = affine.apply #[[T2]]()[%[[L]]]
// CHECK: memref.load %[[OUT]][%[[R2]], %[[C2]]]
// CHECK: %[[R3:.*]] = affine.apply #[[G8]]()[%[[L]]]
// CHECK: %[[C3:.*]] = affine.apply #[[T21]]()[%[[L]]]
// CHECK: memref.load %[[OUT]][%[[R3]], %[[C3]]]
// CHECK: %[[FOR:.*]]:2 = scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %[[ACC:.*]] = %{{.*}}) -> (vector<16x8xf32>, vector<2x2xf32>)
// A from shared memory: one ldmatrix x4, lane l giving row l mod 16 at
// column 4 (l / 16) (the 8x4 blocks of a0, a1, a2, a3).
// CHECK: %[[LA:.*]] = gpu.lane_id
// CHECK: %[[AR:.*]] = affine.apply #[[L16]]()[%[[LA]]]
// CHECK: %[[AC:.*]] = affine.apply #[[H4]]()[%[[LA]]]
// CHECK: %[[A:.*]] = nvgpu.ldmatrix %{{.*}}[%[[AR]], %[[AC]]] {numTiles = 4 : i32, transpose = false} : memref<32x16xf32, #gpu.address_space<workgroup>> -> vector<4x1xf32>
// CHECK-COUNT-4: nvvm.convert.float.to.tf32 %{{.*}} {rnd = #nvvm.fp_rnd_mode<rna>}
// B, stored k x n: (k, n) = (t, g), (t + 4, g).
// CHECK: %[[LB:.*]] = gpu.lane_id
// CHECK: %[[BN0:.*]] = affine.apply #[[G]]()[%[[LB]]]
// CHECK: %[[BK0:.*]] = affine.apply #[[T]]()[%[[LB]]]
// CHECK: memref.load %{{.*}}[%[[BK0]], %[[BN0]]] : memref<16x16xf32, #gpu.address_space<workgroup>>
// CHECK: %[[BN1:.*]] = affine.apply #[[G]]()[%[[LB]]]
// CHECK: %[[BK1:.*]] = affine.apply #[[T4]]()[%[[LB]]]
// CHECK: memref.load %{{.*}}[%[[BK1]], %[[BN1]]] : memref<16x16xf32, #gpu.address_space<workgroup>>
// CHECK-COUNT-2: nvvm.convert.float.to.tf32
// CHECK: %[[MMA:.*]] = nvgpu.mma.sync(%{{.*}}, %{{.*}}, %[[ACC]]) {mmaShape = [16, 8, 8], tf32Enabled} : (vector<4x1xf32>, vector<2x1xf32>, vector<2x2xf32>) -> vector<2x2xf32>
// CHECK-NOT: vector.contract
// CHECK: scf.yield %{{.*}}, %[[MMA]]
// The results stored where they were loaded from.
// CHECK: %[[LS:.*]] = gpu.lane_id
// CHECK: %[[S0R:.*]] = affine.apply #[[G]]()[%[[LS]]]
// CHECK: %[[S0C:.*]] = affine.apply #[[T2]]()[%[[LS]]]
// CHECK: %[[E0:.*]] = vector.extract %[[FOR]]#1[0, 0]
// CHECK: memref.store %[[E0]], %[[OUT]][%[[S0R]], %[[S0C]]]
// CHECK: affine.apply #[[G]]
// CHECK: affine.apply #[[T21]]
// CHECK: vector.extract %[[FOR]]#1[0, 1]
// CHECK: memref.store
// CHECK: affine.apply #[[G8]]
// CHECK: affine.apply #[[T2]]
// CHECK: vector.extract %[[FOR]]#1[1, 0]
// CHECK: memref.store
// CHECK: affine.apply #[[G8]]
// CHECK: affine.apply #[[T21]]
// CHECK: vector.extract %[[FOR]]#1[1, 1]
// CHECK: memref.store
// CHECK-NOT: vector.transfer_write
// CHECK: gpu.terminator
func.func @loop(%out: memref<64x64xf32>, %a: memref<32x16xf32, #gpu.address_space<workgroup>>, %b: memref<16x16xf32, #gpu.address_space<workgroup>>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c4, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    // The block's offset from its id (upstream's conversion takes this
    // into its slice in LLVM 22 and fails).
    %off = arith.muli %bx, %c8 : index
    %sub = memref.subview %out[%off, 0] [16, 8] [1, 1] : memref<64x64xf32> to memref<16x8xf32, strided<[64, 1], offset: ?>>
    %acc0 = vector.transfer_read %sub[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32, strided<[64, 1], offset: ?>>, vector<16x8xf32>
    %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %acc0) -> vector<16x8xf32> {
      %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<32x16xf32, #gpu.address_space<workgroup>>, vector<16x8xf32>
      %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x16xf32, #gpu.address_space<workgroup>>, vector<8x8xf32>
      %c = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %xa, %xb, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
      scf.yield %c : vector<16x8xf32>
    }
    vector.transfer_write %r, %sub[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32, strided<[64, 1], offset: ?>>
    gpu.terminator
  }
  return
}

// -----

// A kernel without marked contractions (the FP32 thread tiles) is left as
// it is.
// CHECK-LABEL: func.func @simt
// CHECK: vector.contract
// CHECK-NOT: nvgpu.mma.sync
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @simt(%x: vector<4x8xf32>, %y: vector<8x4xf32>, %z: vector<4x4xf32>, %out: memref<4x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %c = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %x, %y, %z : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
    vector.transfer_write %c, %out[%c0, %c0] {in_bounds = [true, true]} : vector<4x4xf32>, memref<4x4xf32>
    gpu.terminator
  }
  return
}

// -----

// A kernel on tensor cores whose other contraction is not a warp tile
// (every lane would compute it whole): an error.
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @mixed(%a: memref<16x8xf32>, %b: memref<8x8xf32>, %x: vector<4x8xf32>, %y: vector<8x4xf32>, %z: vector<4x4xf32>, %out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<8x8xf32>, vector<8x8xf32>
    %acc = vector.transfer_read %out[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %xa, %xb, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
    vector.transfer_write %m, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    // expected-error @+1 {{a contraction kernel on tensor cores has a vector.contract that is not an mma.sync tile}}
    %c = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %x, %y, %z : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
    gpu.terminator
  }
  return
}

// -----

// An operand that is not read from memory by a transfer (a value computed
// in registers): no fragment layout for it, an error.
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @computed(%a: memref<16x8xf32>, %b: memref<8x8xf32>, %out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    // expected-error @+1 {{a tensor-core operand is not a 2-D in-bounds vector.transfer_read}}
    %neg = arith.negf %xa : vector<16x8xf32>
    %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<8x8xf32>, vector<8x8xf32>
    %acc = vector.transfer_read %out[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %neg, %xb, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
    vector.transfer_write %m, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.terminator
  }
  return
}

// -----

// A from global memory: element by element, (g, t), (g + 8, t), (g, t + 4),
// (g + 8, t + 4).
// CHECK-DAG: #[[G:.*]] = affine_map<()[s0] -> (s0 floordiv 4)>
// CHECK-DAG: #[[G8:.*]] = affine_map<()[s0] -> (s0 floordiv 4 + 8)>
// CHECK-DAG: #[[T:.*]] = affine_map<()[s0] -> (s0 mod 4)>
// CHECK-DAG: #[[T4:.*]] = affine_map<()[s0] -> (s0 mod 4 + 4)>
// CHECK-LABEL: func.func @global_a
// CHECK: %[[L:.*]] = gpu.lane_id
// CHECK: %[[R0:.*]] = affine.apply #[[G]]()[%[[L]]]
// CHECK: %[[C0:.*]] = affine.apply #[[T]]()[%[[L]]]
// CHECK: memref.load %[[A:.*]][%[[R0]], %[[C0]]] : memref<16x8xf32>
// CHECK: %[[R1:.*]] = affine.apply #[[G8]]()[%[[L]]]
// CHECK: %[[C1:.*]] = affine.apply #[[T]]()[%[[L]]]
// CHECK: memref.load %[[A]][%[[R1]], %[[C1]]]
// CHECK: %[[R2:.*]] = affine.apply #[[G]]()[%[[L]]]
// CHECK: %[[C2:.*]] = affine.apply #[[T4]]()[%[[L]]]
// CHECK: memref.load %[[A]][%[[R2]], %[[C2]]]
// CHECK: %[[R3:.*]] = affine.apply #[[G8]]()[%[[L]]]
// CHECK: %[[C3:.*]] = affine.apply #[[T4]]()[%[[L]]]
// CHECK: memref.load %[[A]][%[[R3]], %[[C3]]]
// CHECK: nvgpu.mma.sync
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @global_a(%a: memref<16x8xf32>, %b: memref<8x8xf32>, %out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<8x8xf32>, vector<8x8xf32>
    %acc = vector.transfer_read %out[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %xa, %xb, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
    vector.transfer_write %m, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.terminator
  }
  return
}

// -----

// A tile that is not a sum of products (a maximum) is not an mma.sync.
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @max_kind(%a: memref<16x8xf32>, %b: memref<8x8xf32>, %out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<8x8xf32>, vector<8x8xf32>
    %acc = vector.transfer_read %out[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    // expected-error @+1 {{an mma.sync tile must be a sum of f32 products of (16, 8, 8)}}
    %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>} %xa, %xb, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
    vector.transfer_write %m, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.terminator
  }
  return
}

// -----

// Nor is a 16x8x4 tile.
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @short_tile(%a: memref<16x4xf32>, %b: memref<4x8xf32>, %out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x4xf32>, vector<16x4xf32>
    %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<4x8xf32>, vector<4x8xf32>
    %acc = vector.transfer_read %out[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    // expected-error @+1 {{an mma.sync tile must be a sum of f32 products of (16, 8, 8)}}
    %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %xa, %xb, %acc {fusion.mma_sync} : vector<16x4xf32>, vector<4x8xf32> into vector<16x8xf32>
    vector.transfer_write %m, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.terminator
  }
  return
}

// -----

// An accumulator used after its loop by something other than a write (an
// epilogue on the warp's vector): no lane holds that vector, an error.
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @acc_user(%a: memref<16x8xf32>, %b: memref<8x8xf32>, %out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c32 = arith.constant 32 : index
  %cst = arith.constant 0.0 : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1) threads(%tx, %ty, %tz) in (%sx = %c32, %sy = %c1, %sz = %c1) {
    %acc0 = vector.transfer_read %out[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    // expected-error @+1 {{a tensor-core accumulator is used after its loop other than by a vector.transfer_write}}
    %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %acc0) -> vector<16x8xf32> {
      %xa = vector.transfer_read %a[%c0, %c0], %cst {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
      %xb = vector.transfer_read %b[%c0, %c0], %cst {in_bounds = [true, true]} : memref<8x8xf32>, vector<8x8xf32>
      %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %xa, %xb, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
      scf.yield %m : vector<16x8xf32>
    }
    %neg = arith.negf %r : vector<16x8xf32>
    vector.transfer_write %neg, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.terminator
  }
  return
}
