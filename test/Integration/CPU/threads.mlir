// fusion-to-llvm{threads=2}: each group's outer tile loops run on OpenMP
// threads; results are bit-identical to the single-threaded build (each
// output element is computed by one thread, in the same order), on the
// groups workloads: W1, W2 + GELU, softmax, W3 conv + BN + ReLU.
// REQUIRES: libomp
// RUN: fuse-run %S/groups.mlir --entry=w1 --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/groups.mlir --entry=w2 --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/groups.mlir --entry=softmax --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/groups.mlir --entry=w3 --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// Packed weights, the packing fused into the panel loop (two tile levels),
// the panels on the threads:
// RUN: fuse-run %S/data-layout.mlir --entry=matmul_bias_relu --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/data-layout.mlir --entry=stacked_branches --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// A pad's fill and copy (host code, outside the groups; NCHW, since in
// channels-last the input's transpose comes first and the pad is written in
// place) split across the threads by fusion-parallelize-host-ops:
// RUN: fuse-run %S/Inputs/padded.mlir --entry=pad_conv --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/Inputs/padded.mlir --entry=pad_conv --pipeline='fusion-to-llvm{threads=2 channels-last=false}' --compare='fusion-to-llvm{channels-last=false}' --atol=0 --rtol=0 | FileCheck %s --check-prefix=NCHW
// NCHW: compare: 'fusion-to-llvm{channels-last=false}' max abs err 0, max rel err 0, 0 mismatch(es)
// RUN: fuse-opt %S/Inputs/padded.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2 channels-last=false})' --mlir-print-ir-after=fusion-parallelize-host-ops -o /dev/null 2>&1 | FileCheck %s --check-prefix=HOST
// HOST: scf.forall (%{{.*}}) in (2) {
// HOST: linalg.map outs(%{{.*}} : memref<1x?x66x66xf32
// HOST: scf.forall (%{{.*}}) in (2) {
// HOST: linalg.copy ins(%{{.*}} : memref<1x?x64x64xf32, {{.*}}) outs(%{{.*}} : memref<1x?x64x64xf32
// Groups of one tile split across the threads (a 240-channel pool, a
// 1x1024 by 1024x1000 classifier): each element is still computed by one
// thread in the same order, and the split is reported.
// RUN: fuse-run %S/Inputs/thread-split.mlir --entry=global_pool --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/Inputs/thread-split.mlir --entry=classifier --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %S/Inputs/thread-split.mlir --entry=classifier --pipeline='fusion-to-llvm{threads=2}' --compare='fusion-to-llvm{vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s --check-prefix=REF
// The pool is summed per row first (fusion-split-reductions): two tiles
// of 7 rows, one per thread; without that, its 240 channels are split.
// RUN: fuse-opt %S/Inputs/thread-split.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=SPLIT
// SPLIT: remark: [fusion-split-reductions] reduction split into 14 rows of partial results, then their sum
// SPLIT: remark: [fusion-select-lowering-strategy] 1 tile(s) for 2 threads: loop 1 split into tiles of 40
// RUN: fuse-opt %S/Inputs/thread-split.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2 split-reductions=false})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=CHANNELS
// CHANNELS: remark: [fusion-select-lowering-strategy] 1 tile(s) for 2 threads: loop 1 split into tiles of 120
// CHANNELS: remark: [fusion-select-lowering-strategy] 1 tile(s) for 2 threads: loop 1 split into tiles of 40
// RUN: fuse-run %S/Inputs/thread-split.mlir --entry=global_pool --pipeline='fusion-to-llvm{threads=2 split-reductions=false}' --compare='fusion-to-llvm{split-reductions=false}' --atol=0 --rtol=0 | FileCheck %s --check-prefix=NOSPLIT
// NOSPLIT: compare: 'fusion-to-llvm{split-reductions=false}' max abs err 0, max rel err 0, 0 mismatch(es)
// REF: compare: 'fusion-to-llvm{vectorize=false}' {{.*}} 0 mismatch(es)
// The tile temporaries of the work-sharing loops (the runs above compare
// them at atol=0) are allocated once per thread, at the start of the
// parallel region (fusion-hoist-loop-buffers, second run):
// RUN: fuse-opt %S/groups.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2})' --mlir-print-ir-after=fusion-hoist-loop-buffers -o /dev/null 2>&1 | FileCheck %s --check-prefix=PRIV
// PRIV: IR Dump After FusionHoistLoopBuffersPass
// PRIV: IR Dump After FusionHoistLoopBuffersPass
// PRIV: memref.alloc() {alignment = 64 : i64} : memref<16x2048xf32>
// PRIV-NEXT: omp.parallel num_threads(%{{.*}} : i32) {
// PRIV-NEXT: memref.alloc() {alignment = 64 : i64} : memref<8x1024xf32>
// PRIV-NEXT: omp.wsloop
// CHECK: compare: 'fusion-to-llvm' max abs err 0, max rel err 0, 0 mismatch(es)
//
// The tile loops became OpenMP work-sharing loops.
// RUN: fuse-opt %S/groups.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2})' | FileCheck %s --check-prefix=OMP
// OMP: omp.parallel
// OMP: omp.wsloop
