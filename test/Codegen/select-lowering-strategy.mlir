// The strategy (fusion-select-lowering-strategy) sets each group's
// #fusion.lowering_config from the module's #fusion.target: the same groups
// get CPU loops, parallel CPU tiles split for two threads, or the GPU's
// three kernel kinds.

// CPU, one thread: scf.for tiles; the matmul's epilogue root tiled as the
// matmul (8 rows x 1024 columns), the chain 8 x 1024; the softmax's row
// maximum (its only parallel loop the innermost) all 64 rows, its
// normalization 8 x 1024; the pool's channels whole.
// RUN: fuse-opt %S/Inputs/strategy.mlir --fusion-set-target='arch=skylake-avx512 features=+avx512f' --fusion-form-groups --fusion-select-lowering-strategy | FileCheck %s --check-prefix=CPU
// CPU: module attributes {fusion.target = #fusion.target<backend = cpu, arch = "skylake-avx512", features = "+avx512f", vector_width = 16>}
// CPU-LABEL: func.func @dense
// CPU: fusion.group contraction {{.*}} attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [8, 1024]>}
// CPU-LABEL: func.func @chain
// CPU: fusion.group single {{.*}} attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [8, 1024]>}
// CPU-LABEL: func.func @softmax
// CPU: fusion.group reduction {{.*}} attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [64, 0]>}
// CPU: fusion.group reduction {{.*}} attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [8, 1024]>}
// CPU-LABEL: func.func @global_pool
// CPU: fusion.group reduction {{.*}} attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 240, 0, 0]>}

// CPU, two threads: scf.forall tiles; a group with fewer tiles than threads
// and enough work has a loop split, with a remark (the softmax's row
// maximum: 64 rows in tiles of 32; the pool: 240 channels in tiles of 120).
// RUN: fuse-opt %S/Inputs/strategy.mlir --fusion-set-target='arch=skylake-avx512 features=+avx512f threads=2' --fusion-form-groups --fusion-select-lowering-strategy 2>&1 | FileCheck %s --check-prefix=THREADS
// THREADS-DAG: strategy.mlir:40:10: remark: [fusion-select-lowering-strategy] 1 tile(s) for 2 threads: loop 0 split into tiles of 32
// THREADS-DAG: strategy.mlir:67:8: remark: [fusion-select-lowering-strategy] 1 tile(s) for 2 threads: loop 1 split into tiles of 120
// THREADS-LABEL: func.func @dense
// THREADS: lowering_config = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [8, 1024]>
// THREADS-LABEL: func.func @global_pool
// THREADS: lowering_config = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [1, 120, 0, 0]>

// On the GPU the dense layer is a contraction kernel in shared memory (64x64 blocks,
// 4x4 per thread, steps of 16); the chain blocks of 8 x 128 with vectors of
// 4 (32 x 8 threads); the softmax one row kernel, its maximum merged in; the
// NCHW-style pool (a fill of another shape) refused as a row kernel, with a
// remark, and tiled one element per thread.
// RUN: fuse-opt %S/Inputs/strategy.mlir --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-gpu-merge-row-reductions --fusion-select-lowering-strategy='shared-memory-contractions row-reductions thread-elements=4 inner-tile=32 outer-tile=8' 2>&1 | FileCheck %s --check-prefix=GPU
// GPU-DAG: strategy.mlir:53:8: remark: [fusion-gpu-merge-row-reductions] merged the reduction group of loc("{{.*}}strategy.mlir":40:10) into this row-reduction group
// GPU-DAG: strategy.mlir:13:8: remark: [fusion-select-lowering-strategy] contraction tiled in shared memory: 64x64 blocks, reduction in steps of 16, 4x4 results per thread (256 threads)
// GPU-DAG: strategy.mlir:67:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: a fill of another shape than the rows or the result
// GPU: module attributes {fusion.target = #fusion.target<backend = gpu, arch = "sm_90">}
// GPU-LABEL: func.func @dense
// GPU: lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], vector_width = 4, stages = 3>
// GPU-LABEL: func.func @chain
// GPU: lowering_config = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [8, 128], thread = [1, 4]>
// GPU-LABEL: func.func @softmax
// GPU-NOT: fusion.group
// GPU: fusion.group reduction {{.*}} attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_rows, vector_width = 4>}
// GPU-NOT: fusion.group
// GPU-LABEL: func.func @global_pool
// GPU: lowering_config = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 30, 0, 0], thread = [1, 1, 0, 0]>

// A config written by hand is kept; without a target, the strategy is an
// error.
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-select-lowering-strategy | FileCheck %s --check-prefix=KEEP
// KEEP-LABEL: func.func @by_hand
// KEEP: lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [2, 16]>
module attributes {fusion.target = #fusion.target<backend = cpu>} {
  func.func @by_hand(%x: tensor<64x4096xf32>) -> tensor<64x4096xf32> {
    %0 = fusion.group elementwise ins(%x : tensor<64x4096xf32>) -> (tensor<64x4096xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [2, 16]>} {
    ^bb0(%a: tensor<64x4096xf32>):
      %e = tensor.empty() : tensor<64x4096xf32>
      %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<64x4096xf32>) outs(%e : tensor<64x4096xf32>) {
      ^bb0(%i: f32, %o: f32):
        %n = arith.negf %i : f32
        linalg.yield %n : f32
      } -> tensor<64x4096xf32>
      fusion.yield %r : tensor<64x4096xf32>
    }
    return %0 : tensor<64x4096xf32>
  }
}

// -----

// expected-error @below {{no 'fusion.target' attribute on the module: run fusion-set-target first}}
module {
  func.func @no_target() {
    return
  }
}

// Options out of bounds: an error, not a config that does not verify.
// RUN: not fuse-opt %S/Inputs/strategy.mlir --fusion-set-target --fusion-form-groups --fusion-select-lowering-strategy=inner-tile=-5 2>&1 | FileCheck %s --check-prefix=OPTS
// RUN: not fuse-opt %S/Inputs/strategy.mlir --fusion-form-groups --fusion-lower-groups=thread-elements=4096 2>&1 | FileCheck %s --check-prefix=OPTS2
// OPTS: error: inner-tile must be in [0, 2^32], got -5
// OPTS2: error: thread-elements must be in [0, 1024], got 4096
