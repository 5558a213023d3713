// The thread level of a GPU kernel, one pass at a time, after
// fusion-tile-groups (blocks): fusion-gpu-promote-operands (a contraction's
// operands in shared memory, each op marked with its thread tile),
// fusion-gpu-tile-threads (the marked ops tiled to threads),
// fusion-gpu-vectorize (the thread tiles as vectors).

// DEFINE: %{blocks} = fusion-set-target{backend=gpu},fusion-form-groups,fusion-gpu-prepare-contractions,fusion-select-lowering-strategy{shared-memory-contractions thread-elements=4 inner-tile=32 outer-tile=8},fusion-tile-groups

// Promotion: the fill in the block's output tile, the reduction in steps of
// 16 (tagged for 3 copy stages), each step's slices copied into buffers (B,
// stored [n][k], transposed to [k][n]); the plan is in the marks: copies
// a vector of 4 per thread with consecutive threads along the source's rows
// (B's source is [n][k]: its loop 0 after the transpose), the product, fill
// and epilogue 4x4 per thread. Nothing is tiled to threads yet. The chain
// (gpu_threads) is not a contraction and is left alone.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(%{blocks},fusion-gpu-promote-operands{workgroup-memory=false})' 2>/dev/null | FileCheck %s --check-prefix=PROMOTE
// PROMOTE-LABEL: func.func @linear_relu
// PROMOTE: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 128) step (64, 64)
// PROMOTE: linalg.fill {fusion.thread_tile = array<i64: 4, 4>}
// PROMOTE: scf.for
// PROMOTE: memref.alloc() : memref<64x16xf32>
// PROMOTE: linalg.copy {fusion.thread_tile = array<i64: 1, 4>, fusion.thread_tile_fastest = 1 : i64}
// PROMOTE: memref.alloc() : memref<16x64xf32>
// PROMOTE: linalg.transpose {{.*}} permutation = [1, 0]  {fusion.thread_tile = array<i64: 4, 1>, fusion.thread_tile_fastest = 0 : i64}
// PROMOTE: linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]{{.*}}attrs =  {fusion.thread_tile = array<i64: 4, 4, 0>}
// PROMOTE: } {fusion.copy_stages = 3 : i64}
// PROMOTE: linalg.generic {{.*}}attrs =  {fusion.thread_tile = array<i64: 4, 4>}
// PROMOTE: } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// PROMOTE-LABEL: func.func @chain
// PROMOTE-NOT: fusion.thread_tile
// PROMOTE-NOT: mapping
// PROMOTE: return

// In workgroup memory by default.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(%{blocks},fusion-gpu-promote-operands)' 2>/dev/null | FileCheck %s --check-prefix=WORKGROUP
// WORKGROUP: memref.alloc() : memref<64x16xf32, #gpu.address_space<workgroup>>
// WORKGROUP: memref.alloc() : memref<16x64xf32, #gpu.address_space<workgroup>>

// Threads: each marked op in an scf.forall over linear thread ids, the
// fastest loop on linear_dim_0 (B's copy: its loop 0), the marks gone; the
// tiles are still linalg ops. The chain's threads take 1x4 each.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(%{blocks},fusion-gpu-promote-operands{workgroup-memory=false},fusion-gpu-tile-threads)' 2>/dev/null | FileCheck %s --check-prefix=THREADS --implicit-check-not=fusion.thread_tile --implicit-check-not=vector.
// THREADS-LABEL: func.func @linear_relu
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (4, 4)
// THREADS: linalg.fill ins({{.*}}) outs({{.*}} : tensor<4x4xf32>)
// THREADS: } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 16) step (1, 4) {
// THREADS: linalg.copy ins({{.*}} : memref<1x4xf32
// THREADS: } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (16, 64) step (4, 1) {
// THREADS: linalg.transpose ins({{.*}} : memref<1x4xf32
// THREADS: } {mapping = [#gpu.thread<linear_dim_0>, #gpu.thread<linear_dim_1>]}
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (4, 4)
// THREADS: linalg.generic {{.*}} ins({{.*}} : tensor<4x16xf32>, tensor<16x4xf32>) outs({{.*}} : tensor<4x4xf32>)
// THREADS: } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (4, 4)
// THREADS: linalg.generic {{.*}} outs({{.*}} : tensor<4x4xf32>)
// THREADS: } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// THREADS: } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// THREADS-LABEL: func.func @chain
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (8, 128) step (1, 4)
// THREADS: linalg.generic {{.*}} outs({{.*}} : tensor<1x4xf32>)

// Vectors: the copies as vector reads and writes of 4, the product (its
// transposed operand now read [k][n]: a matmul) a vector.contract of a 4x4
// register tile, fill and epilogue 4x4 vectors; the chain's threads a
// vector<1x4xf32> each.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(%{blocks},fusion-gpu-promote-operands{workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize)' 2>/dev/null | FileCheck %s --check-prefix=VECTORS
// VECTORS-LABEL: func.func @linear_relu
// VECTORS: vector.transfer_write {{.*}} : vector<4x4xf32>, tensor<4x4xf32>
// VECTORS: vector.transfer_write {{.*}} : vector<1x4xf32>, memref<1x4xf32
// VECTORS: vector.transfer_write {{.*}} : vector<4x1xf32>, memref<4x1xf32
// VECTORS: vector.contract {{.*}} : vector<4x16xf32>, vector<16x4xf32> into vector<4x4xf32>
// VECTORS: vector.transfer_write {{.*}} : vector<4x4xf32>, tensor<4x4xf32>
// VECTORS-LABEL: func.func @chain
// VECTORS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (8, 128) step (1, 4)
// VECTORS: vector.transfer_write {{.*}} : vector<1x4xf32>, tensor<1x4xf32>

// Tensor cores: the product marked with a warp's tile instead, tiled to
// warp ids, and unrolled to tiles of one mma.sync (16x8x8) each.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-gpu-prepare-contractions,fusion-select-lowering-strategy{shared-memory-contractions precision=tf32},fusion-tile-groups,fusion-gpu-promote-operands{workgroup-memory=false})' 2>/dev/null | FileCheck %s --check-prefix=WARPS
// WARPS-LABEL: func.func @linear_relu
// WARPS: linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]{{.*}}attrs =  {fusion.warp_tile = array<i64: 32, 16, 0>}
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-gpu-prepare-contractions,fusion-select-lowering-strategy{shared-memory-contractions precision=tf32},fusion-tile-groups,fusion-gpu-promote-operands{workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize)' 2>/dev/null | FileCheck %s --check-prefix=MMA
// MMA-LABEL: func.func @linear_relu
// MMA: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (32, 16)
// MMA-COUNT-8: vector.contract {{.*}}fusion.mma_sync{{.*}} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
// MMA-NOT: vector.contract
// MMA: } {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}

// The three passes build what fusion-lower-groups builds in one.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(%{blocks},fusion-gpu-promote-operands{workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize,fusion-lower-groups{tile=false},canonicalize,cse)' 2>/dev/null > %t.split.mlir
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-lower-groups{thread-tiles shared-memory-contractions thread-elements=4 inner-tile=32 outer-tile=8 workgroup-memory=false},canonicalize,cse)' 2>/dev/null > %t.one.mlir
// RUN: diff %t.split.mlir %t.one.mlir
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-gpu-prepare-contractions,fusion-select-lowering-strategy{shared-memory-contractions precision=tf32},fusion-tile-groups,fusion-gpu-promote-operands{workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize,fusion-lower-groups{tile=false},canonicalize,cse)' 2>/dev/null > %t.split-tf32.mlir
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-lower-groups{thread-tiles shared-memory-contractions precision=tf32 workgroup-memory=false},canonicalize,cse)' 2>/dev/null > %t.one-tf32.mlir
// RUN: diff %t.split-tf32.mlir %t.one-tf32.mlir
// RUN: FileCheck %s --input-file=%t.one-tf32.mlir --check-prefix=ONETF32
// ONETF32: fusion.mma_sync

// Marks written by hand are the plan: the fill's 8x2 per thread, rows on
// consecutive threads.
// RUN: fuse-opt %S/Inputs/thread-level-marked.mlir --fusion-gpu-tile-threads | FileCheck %s --check-prefix=BYHAND
// BYHAND: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (8, 2)
// BYHAND: linalg.fill ins({{.*}}) outs({{.*}} : tensor<8x2xf32>)
// BYHAND: } {mapping = [#gpu.thread<linear_dim_0>, #gpu.thread<linear_dim_1>]}

// Without promotion, a contraction kernel has no thread plan.
// RUN: fuse-opt %S/Inputs/thread-level.mlir --pass-pipeline='builtin.module(%{blocks},fusion-gpu-tile-threads)' -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNPROMOTED
// UNPROMOTED: thread-level.mlir:14:8: remark: [fusion-gpu-tile-threads] group not tiled for threads: the block's tile has no ops marked with thread tiles (fusion-gpu-promote-operands)

// A contraction group not tiled to blocks is not promoted.
// RUN: fuse-opt %S/Inputs/not-blocked-contraction.mlir -verify-diagnostics --fusion-gpu-promote-operands

// Malformed marks are errors.
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-gpu-tile-threads

func.func @mark_sizes(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile' has 1 tile sizes for an op of 2 loops}}
  %f = linalg.fill {fusion.thread_tile = array<i64: 4>} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_negative(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.warp_tile' has a negative tile size}}
  %f = linalg.fill {fusion.warp_tile = array<i64: 4, -1>} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_type(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile' must be an array<i64> of tile sizes, got [4, 4]}}
  %f = linalg.fill {fusion.thread_tile = [4, 4]} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_both(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{both 'fusion.thread_tile' and 'fusion.warp_tile'}}
  %f = linalg.fill {fusion.thread_tile = array<i64: 4, 4>, fusion.warp_tile = array<i64: 4, 4>} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_fastest(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile_fastest' must be a tiled loop of the 2, got 0 : i64}}
  %f = linalg.fill {fusion.thread_tile = array<i64: 0, 4>, fusion.thread_tile_fastest = 0 : i64} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_fastest_alone(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile_fastest' without 'fusion.thread_tile' or 'fusion.warp_tile'}}
  %f = linalg.fill {fusion.thread_tile_fastest = 1 : i64} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_fastest_range(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile_fastest' must be a tiled loop of the 2, got 2 : i64}}
  %f = linalg.fill {fusion.thread_tile = array<i64: 4, 4>, fusion.thread_tile_fastest = 2 : i64} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_fastest_wide(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile_fastest' must be a tiled loop of the 2, got 36893488147419103232 : i128}}
  %f = linalg.fill {fusion.thread_tile = array<i64: 4, 4>, fusion.thread_tile_fastest = 36893488147419103232 : i128} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

// An unsigned loop index is read as it is (no error; nothing to tile outside
// a group).
func.func @mark_fastest_unsigned(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill {fusion.thread_tile = array<i64: 4, 4>, fusion.thread_tile_fastest = 1 : ui32} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_nothing(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{'fusion.thread_tile' must tile 1 to 10 loops, tiles 0}}
  %f = linalg.fill {fusion.thread_tile = array<i64: 0, 0>} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}

// -----

func.func @mark_reduction(%x: tensor<8x64xf32>, %acc: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @below {{'fusion.thread_tile' tiles loop 1, a reduction: threads would race on its result}}
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x64xf32>) outs(%acc : tensor<8xf32>) attrs = {fusion.thread_tile = array<i64: 1, 4>} {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<8xf32>
  return %s : tensor<8xf32>
}

// -----

func.func @mark_untilable(%x: f32) -> f32 {
  // expected-error @below {{'fusion.thread_tile' on an op that cannot be tiled}}
  %y = arith.negf %x {fusion.thread_tile = array<i64: 1>} : f32
  return %y : f32
}
