// RUN: fuse-opt %s --split-input-file --pass-pipeline='builtin.module(gpu.module(fusion-gpu-lower-all-reduce))' --verify-diagnostics | FileCheck %s

// On the GPU: shuffles within each warp (xor 1, 2, 4, 8, 16), the warps'
// results through a 32-element workgroup buffer between two barriers.
// CHECK-LABEL: gpu.func @kernel(
// CHECK-SAME: workgroup(%[[WG:.*]] : memref<32xf32, #gpu.address_space<workgroup>>)
// CHECK: gpu.shuffle  xor
// CHECK: memref.store %{{.*}}, %[[WG]]
// CHECK: gpu.barrier
// CHECK: gpu.barrier
// CHECK: memref.load %[[WG]]
// CHECK-NOT: gpu.all_reduce
gpu.module @kernels {
  gpu.func @kernel(%x: memref<256xf32>, %y: memref<256xf32>) kernel {
    %t = gpu.thread_id x
    %v = memref.load %x[%t] : memref<256xf32>
    %s = gpu.all_reduce add %v uniform {} : (f32) -> f32
    memref.store %s, %y[%t] : memref<256xf32>
    gpu.return
  }
}

// -----

gpu.module @kernels {
  gpu.func @divergent(%x: memref<256xf32>, %y: memref<256xf32>) kernel {
    %t = gpu.thread_id x
    %v = memref.load %x[%t] : memref<256xf32>
    // expected-error @below {{gpu.all_reduce not lowered (it must be uniform and in a gpu.func)}}
    %s = gpu.all_reduce add %v {} : (f32) -> f32
    memref.store %s, %y[%t] : memref<256xf32>
    gpu.return
  }
}
