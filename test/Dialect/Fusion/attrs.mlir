// RUN: fuse-opt %s -split-input-file | fuse-opt -split-input-file | FileCheck %s
// RUN: fuse-opt %S/Inputs/invalid-attrs.mlir -split-input-file -verify-diagnostics

// The target description and the lowering configs round-trip; parameters
// left at their defaults are not printed.

// CHECK: module attributes {fusion.target = #fusion.target<backend = cpu, arch = "skylake-avx512", features = "-avx512f", vector_width = 8, threads = 2>}
module attributes {fusion.target = #fusion.target<backend = cpu, arch = "skylake-avx512", features = "-avx512f", vector_width = 8, threads = 2>} {
}

// -----

// CHECK: module attributes {fusion.target = #fusion.target<backend = gpu, arch = "sm_90">}
module attributes {fusion.target = #fusion.target<backend = gpu, arch = "sm_90", vector_width = 4>} {
}

// -----

// CHECK-LABEL: func.func @configs
// CHECK-SAME: a = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [8, 0, 64], interchange = [2, 0, 1]>
// CHECK-SAME: b = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [1, 32], panel = [4, 0]>
// CHECK-SAME: c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 1024], thread = [0, 4]>
// CHECK-SAME: d = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], vector_width = 4, stages = 3>
// CHECK-SAME: e = #fusion.lowering_config<pipeline = gpu_rows, vector_width = 4>
// CHECK-SAME: f = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [128, 128], thread = [8, 8], reduction = [16], stages = 3, warp = [64, 32], mma = [16, 8, 8]>
func.func @configs() attributes {
    a = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [8, 0, 64], interchange = [2, 0, 1]>,
    b = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [1, 32], panel = [4, 0]>,
    c = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 1024], thread = [0, 4]>,
    d = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], vector_width = 4, stages = 3>,
    e = #fusion.lowering_config<pipeline = gpu_rows, vector_width = 4>,
    f = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [128, 128], thread = [8, 8], reduction = [16], stages = 3, warp = [64, 32], mma = [16, 8, 8]>} {
  return
}
