// The converse of config-backend.mlir: a GPU config on a CPU target.
// RUN: fuse-opt %s -verify-diagnostics --pass-pipeline='builtin.module(fusion-set-target{backend=cpu}, fusion-tile-groups)'

func.func @gpu_config(%x: tensor<10x128xf32>) -> tensor<10x128xf32> {
  // expected-error @+1 {{lowering config pipeline 'gpu_threads' is for the GPU, but the module's target is cpu}}
  %0 = fusion.group elementwise ins(%x : tensor<10x128xf32>) -> (tensor<10x128xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 128], thread = [1, 1]>} {
  ^bb0(%a: tensor<10x128xf32>):
    %e = tensor.empty() : tensor<10x128xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<10x128xf32>) outs(%e : tensor<10x128xf32>) {
    ^bb0(%i: f32, %o: f32):
      %t = arith.mulf %i, %i : f32
      linalg.yield %t : f32
    } -> tensor<10x128xf32>
    fusion.yield %r : tensor<10x128xf32>
  }
  return %0 : tensor<10x128xf32>
}
