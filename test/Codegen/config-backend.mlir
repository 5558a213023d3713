// A CPU lowering config written by hand on a GPU target is an error at
// the group (fusion-to-nvvm tiled a CPU config into host loops around a
// gpu.alloc, then failed in a conversion with no location). GPU configs
// on the CPU target stay allowed: test/GPU compiles GPU-config files with
// fusion-to-llvm for its reference results (convolutions.test).
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --pass-pipeline='builtin.module(fusion-set-target{backend=gpu arch=sm_90}, fusion-tile-groups)'
// RUN: not fuse-opt %S/Inputs/by-hand.mlir --fusion-to-nvvm -o /dev/null 2>&1 | FileCheck %s
// CHECK: by-hand.mlir:9:8: error: lowering config pipeline 'cpu_loops' is for the CPU, but the module's target is gpu

func.func @cpu_config(%x: tensor<10x100xf32>) -> tensor<10x100xf32> {
  // expected-error @+1 {{lowering config pipeline 'cpu_parallel' is for the CPU, but the module's target is gpu}}
  %0 = fusion.group elementwise ins(%x : tensor<10x100xf32>) -> (tensor<10x100xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_parallel, workgroup = [3, 20]>} {
  ^bb0(%a: tensor<10x100xf32>):
    %e = tensor.empty() : tensor<10x100xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<10x100xf32>) outs(%e : tensor<10x100xf32>) {
    ^bb0(%i: f32, %o: f32):
      %t = arith.mulf %i, %i : f32
      linalg.yield %t : f32
    } -> tensor<10x100xf32>
    fusion.yield %r : tensor<10x100xf32>
  }
  return %0 : tensor<10x100xf32>
}
