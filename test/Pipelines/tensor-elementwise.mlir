// Elementwise arith and math ops on tensors become linalg.generic ops at the
// start of fusion-to-linalg (convert-elementwise-to-linalg), so that fusion
// sees them (one group here) and code generation compiles them. Before,
// fusion-approximate-math rewrote math.tanh on a tensor into ill-typed ops
// ("'math.fma' op requires the same type for all operands") and arith.addf
// on tensors was "not bufferized".
// RUN: fuse-opt %S/../GPU/Inputs/tensor-ops.mlir --fusion-to-linalg | FileCheck %s
// CHECK-LABEL: func.func @add_tensors(
// CHECK-NOT: arith.addf {{.*}} : tensor
// CHECK: linalg.generic
// CHECK: arith.addf {{.*}} : f32
// CHECK-LABEL: func.func @tanh_exp(
// CHECK-NOT: math.tanh {{.*}} : tensor
// CHECK: linalg.generic
// CHECK-DAG: math.tanh {{.*}} : f32
// CHECK-DAG: math.exp {{.*}} : f32
// CHECK-DAG: arith.mulf {{.*}} : f32
// CHECK-NOT: linalg.generic
// CHECK: return
//
// Numerics, fused against unfused on the CPU (the GPU build against the CPU
// build: programs-emulated.test):
// RUN: fuse-run %S/../GPU/Inputs/tensor-ops.mlir --entry=tanh_exp --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=NUM
// RUN: fuse-run %S/../GPU/Inputs/tensor-ops.mlir --entry=add_tensors --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=NUM
// RUN: fuse-run %S/../GPU/Inputs/tensor-ops.mlir --entry=two_small_results --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=NUM
// NUM-NOT: FAIL
// NUM: compare: 'fusion-to-llvm{fuse=false}' {{.*}}: OK
