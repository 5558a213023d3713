// The two tiling levels as separate passes: fusion-tile-groups (the root's
// tiles: CPU tiles or GPU thread blocks, the group kept with its config),
// then the GPU's thread level (fusion-gpu-promote-operands,
// fusion-gpu-tile-threads, fusion-gpu-vectorize; each on its own in
// gpu-thread-level.mlir).

// After fusion-tile-groups: the chain in blocks of 8 x 128, no thread level
// yet; the softmax (gpu_rows) untouched; the groups still there.
// RUN: fuse-opt %S/Inputs/strategy.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-gpu-merge-row-reductions,fusion-select-lowering-strategy{shared-memory-contractions row-reductions thread-elements=4 inner-tile=32 outer-tile=8},fusion-tile-groups)' | FileCheck %s --check-prefix=BLOCKS
// BLOCKS-LABEL: func.func @chain
// BLOCKS: fusion.group single {{.*}}lowering_config = #fusion.lowering_config<pipeline = gpu_threads
// BLOCKS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 4096) step (8, 128)
// BLOCKS-NOT: scf.forall (
// BLOCKS: fusion.yield
// BLOCKS-LABEL: func.func @softmax
// BLOCKS-NOT: scf.forall (
// BLOCKS: func.func @global_pool

// After the thread level: the dense layer's kernel in shared memory
// (64x64 blocks on linear block ids, copies and 4x4 register tiles on
// thread ids), the chain's threads with a vector of 4 each, the softmax a
// block per row with its reductions across the block.
// RUN: fuse-opt %S/Inputs/strategy.mlir --pass-pipeline='builtin.module(fusion-set-target{backend=gpu},fusion-form-groups,fusion-gpu-merge-row-reductions,fusion-select-lowering-strategy{shared-memory-contractions row-reductions thread-elements=4 inner-tile=32 outer-tile=8},fusion-tile-groups,fusion-gpu-promote-operands{workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize)' | FileCheck %s --check-prefix=THREADS
// THREADS-LABEL: func.func @dense
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 4096) step (64, 64)
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (4, 4)
// THREADS: vector.transfer_read {{.*}} vector<4x16xf32>
// THREADS: {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// THREADS-LABEL: func.func @chain
// THREADS: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (8, 128) step (1, 4)
// THREADS: vector.transfer_read {{.*}} vector<1x4xf32>
// THREADS-LABEL: func.func @softmax
// THREADS: scf.forall (%{{.*}}) in (64)
// THREADS: scf.forall (%{{.*}}) in (256)
// THREADS: gpu.all_reduce maximumf
// THREADS: gpu.all_reduce add

// The split passes build what fusion-lower-groups builds in one (the
// pipelines run them); a group that fusion-tile-groups did not tile cannot
// get its thread level.
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-gpu-tile-threads

func.func @not_blocked(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-remark @below {{group not tiled for threads: the group is not tiled to thread blocks (an scf.forall computing its result: fusion-tile-groups)}}
  %0 = fusion.group elementwise ins(%x : tensor<8x64xf32>) -> (tensor<8x64xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 64], thread = [1, 1]>} {
  ^bb0(%a: tensor<8x64xf32>):
    %e = tensor.empty() : tensor<8x64xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<8x64xf32>) outs(%e : tensor<8x64xf32>) {
    ^bb0(%i: f32, %o: f32):
      %n = arith.negf %i : f32
      linalg.yield %n : f32
    } -> tensor<8x64xf32>
    fusion.yield %r : tensor<8x64xf32>
  }
  return %0 : tensor<8x64xf32>
}
