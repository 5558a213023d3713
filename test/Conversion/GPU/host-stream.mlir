// RUN: fuse-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(gpu-async-region, fusion-gpu-defer-sync))' | FileCheck %s
// RUN: fuse-opt %s -split-input-file -pass-pipeline='builtin.module(fusion-gpu-upload-constants)' | FileCheck %s --check-prefix=UPLOAD

// One stream per call, in program order, and no wait at the end: the call
// returns once its work is queued (gpu-async-region threads the token,
// fusion-gpu-defer-sync drops the final blocking gpu.wait).

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%a: memref<16xf32>, %b: memref<16xf32>) kernel { gpu.return }
  }
  // CHECK-LABEL: func.func @one_stream
  // CHECK: %[[S:.*]] = gpu.wait async
  // CHECK: %{{.*}}, %[[T1:.*]] = gpu.alloc async [%[[S]]] ()
  // CHECK: %[[T2:.*]] = gpu.launch_func async [%[[T1]]] @k::@f
  // CHECK: %[[T3:.*]] = gpu.launch_func async [%[[T2]]] @k::@f
  // CHECK: gpu.dealloc async [%[[T3]]]
  // CHECK-NOT: gpu.wait
  // CHECK: return
  func.func @one_stream(%x: memref<16xf32>, %y: memref<16xf32>) {
    %c1 = arith.constant 1 : index
    %t = gpu.alloc () : memref<16xf32>
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : memref<16xf32>, %t : memref<16xf32>)
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%t : memref<16xf32>, %y : memref<16xf32>)
    gpu.dealloc %t : memref<16xf32>
    return
  }
}

// -----

// Constants: each host function asks the runtime for the device copy of
// each constant its kernels read, once, at its entry (uploaded on first use); mutable globals, strings passed to host
// functions and kernel modules are left alone.

// UPLOAD-LABEL: llvm.func @reads_constants
// UPLOAD-NEXT: %[[A:.*]] = llvm.mlir.addressof @weights : !llvm.ptr
// UPLOAD-NEXT: %[[N:.*]] = llvm.mlir.constant(64 : i64) : i64
// UPLOAD-NEXT: %[[D:.*]] = llvm.call @fuseGpuConstant(%[[A]], %[[N]]) : (!llvm.ptr, i64) -> !llvm.ptr
// UPLOAD-NOT: fuseGpuConstant
// UPLOAD: %[[P:.*]] = llvm.getelementptr %[[D]][0, 0]
// UPLOAD: llvm.insertvalue %[[P]], %{{.*}}[1]
// UPLOAD: %[[Q:.*]] = llvm.getelementptr %[[D]][0, 0]
// UPLOAD: llvm.insertvalue %[[Q]], %{{.*}}[1]
// UPLOAD: llvm.mlir.addressof @message
// UPLOAD: llvm.mlir.addressof @state
// UPLOAD: llvm.func @fuseGpuConstant(!llvm.ptr, i64) -> !llvm.ptr
llvm.mlir.global private constant @weights(dense<1.0> : tensor<16xf32>) : !llvm.array<16 x f32>
llvm.mlir.global private @state(dense<0.0> : tensor<16xf32>) : !llvm.array<16 x f32>
llvm.mlir.global private constant @message("hello\00") : !llvm.array<6 x i8>
llvm.func @puts(!llvm.ptr)
llvm.func @reads_constants() -> !llvm.struct<(ptr, ptr, i64)> {
  %u = llvm.mlir.undef : !llvm.struct<(ptr, ptr, i64)>
  %a = llvm.mlir.addressof @weights : !llvm.ptr
  %p = llvm.getelementptr %a[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<16 x f32>
  %d0 = llvm.insertvalue %p, %u[1] : !llvm.struct<(ptr, ptr, i64)>
  %b = llvm.mlir.addressof @weights : !llvm.ptr
  %q = llvm.getelementptr %b[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<16 x f32>
  %d1 = llvm.insertvalue %q, %d0[1] : !llvm.struct<(ptr, ptr, i64)>
  %m = llvm.mlir.addressof @message : !llvm.ptr
  llvm.call @puts(%m) : (!llvm.ptr) -> ()
  %s = llvm.mlir.addressof @state : !llvm.ptr
  %d2 = llvm.insertvalue %s, %d1[0] : !llvm.struct<(ptr, ptr, i64)>
  llvm.return %d2 : !llvm.struct<(ptr, ptr, i64)>
}
