// RUN: fuse-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(fusion-gpu-emulate-tf32))' | FileCheck %s

// The emulation's rounding of mma.sync tiles' operands (cvt.rna.tf32.f32 in
// arith ops): the bits plus 2^12, the low 13 cleared, NaN kept; A and B
// each once, the accumulator not. (tensor-cores.test checks the values:
// 1 + 2^-11 -> 1 + 2^-10, -(1 + 2^-12) -> -1.)
// CHECK-LABEL: func.func @tile
// B (an argument: rounded at the start of the block), then A:
// CHECK: arith.bitcast %arg1 : vector<8x8xf32> to vector<8x8xi32>
// CHECK: %[[BR:.*]] = arith.select
// CHECK: %[[BITS:.*]] = arith.bitcast %arg0 : vector<16x8xf32> to vector<16x8xi32>
// CHECK-DAG: %[[HALF:.*]] = arith.constant dense<4096> : vector<16x8xi32>
// CHECK-DAG: %[[MASK:.*]] = arith.constant dense<-8192> : vector<16x8xi32>
// CHECK: %[[SUM:.*]] = arith.addi %[[BITS]], %[[HALF]] : vector<16x8xi32>
// CHECK: %[[CUT:.*]] = arith.andi %[[SUM]], %[[MASK]] : vector<16x8xi32>
// CHECK: %[[R:.*]] = arith.bitcast %[[CUT]] : vector<16x8xi32> to vector<16x8xf32>
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %arg0, %arg0 : vector<16x8xf32>
// CHECK: %[[AR:.*]] = arith.select %[[NAN]], %arg0, %[[R]]
// CHECK: vector.contract {{.*}} %[[AR]], %[[BR]], %arg2 {fusion.mma_sync}
// CHECK-NOT: arith.bitcast
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @tile(%a: vector<16x8xf32>, %b: vector<8x8xf32>, %c: vector<16x8xf32>) -> vector<16x8xf32> {
  %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
  return %m : vector<16x8xf32>
}

// -----

// Contractions that are not mma.sync tiles (FP32 thread tiles) are left
// exact.
// CHECK-LABEL: func.func @simt
// CHECK-NOT: arith.bitcast
// CHECK: vector.contract
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @simt(%a: vector<4x8xf32>, %b: vector<8x4xf32>, %c: vector<4x4xf32>) -> vector<4x4xf32> {
  %m = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
  return %m : vector<4x4xf32>
}
