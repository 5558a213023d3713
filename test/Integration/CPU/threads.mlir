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
// A pad's fill and copy (host code, outside the groups) split across the
// threads by fusion-parallelize-host-ops:
// RUN: fuse-run %S/Inputs/padded.mlir --entry=pad_conv --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-opt %S/Inputs/padded.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2})' --mlir-print-ir-after=fusion-parallelize-host-ops -o /dev/null 2>&1 | FileCheck %s --check-prefix=HOST
// HOST: scf.forall (%{{.*}}) in (2) {
// HOST: linalg.map outs(%{{.*}} : memref<1x?x66x66xf32
// HOST: scf.forall (%{{.*}}) in (2) {
// HOST: linalg.copy ins(%{{.*}} : memref<1x?x64x64xf32, {{.*}}) outs(%{{.*}} : memref<1x?x64x64xf32
// CHECK: compare: 'fusion-to-llvm' max abs err 0, max rel err 0, 0 mismatch(es)
//
// The tile loops became OpenMP work-sharing loops.
// RUN: fuse-opt %S/groups.mlir --pass-pipeline='builtin.module(fusion-to-llvm{threads=2})' | FileCheck %s --check-prefix=OMP
// OMP: omp.parallel
// OMP: omp.wsloop
