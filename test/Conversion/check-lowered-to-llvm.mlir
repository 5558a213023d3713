// RUN: fuse-opt %s -split-input-file -fusion-check-lowered-to-llvm -verify-diagnostics | FileCheck %s

// The LLVM and OpenMP dialects pass (the OpenMP ops are translated to LLVM
// IR as they are).
// CHECK-LABEL: llvm.func @lowered
// CHECK: omp.parallel
llvm.func @lowered(%p: !llvm.ptr) {
  omp.parallel {
    omp.terminator
  }
  llvm.return
}

// -----

// An op that no conversion lowered is named, not the cast around it.
llvm.func @left(%d: !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) {
  %m = builtin.unrealized_conversion_cast %d : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<4xf32>
  %o = builtin.unrealized_conversion_cast %d : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<4xf32>
  // expected-error @below {{'linalg.softmax' was not lowered to the LLVM dialect: no conversion of the pipeline handles it here}}
  linalg.softmax dimension(0) ins(%m : memref<4xf32>) outs(%o : memref<4xf32>)
  llvm.return
}

// -----

// A function left in the func dialect.
// expected-error @below {{'func.func' was not lowered to the LLVM dialect}}
func.func @not_lowered() {
  return
}
