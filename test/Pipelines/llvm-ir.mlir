// fusion-to-llvm's output translates to LLVM IR and compiles to an object
// file; the target CPU and features land on the functions.
// RUN: fuse-opt %s --fusion-to-llvm="target-cpu=x86-64-v3 target-features=+avx2,+fma" \
// RUN:   | FileCheck %s --check-prefix=MLIR
// RUN: fuse-opt %s --fusion-to-llvm | mlir-translate --mlir-to-llvmir -o %t.ll
// RUN: llc -O3 -filetype=obj %t.ll -o %t.o
// RUN: test -s %t.o
// With precise-math, the gate's sigmoid calls exp (libm, also on vectors);
// by default it is fuse's vectorizable approximation (no call).
// RUN: fuse-opt %s --fusion-to-llvm="vectorize=false precise-math=true" | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=IR
// RUN: fuse-opt %s --fusion-to-llvm="vector-width=8 precise-math=true" | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=VEC
// RUN: fuse-opt %s --fusion-to-llvm="vector-width=8" | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=DEFAULT
// RUN: fuse-opt %s --fusion-to-llvm="target-cpu= target-features=" | FileCheck %s --check-prefix=NOTARGET

// MLIR-LABEL: llvm.func @gate
// MLIR-SAME: target_cpu = "x86-64-v3"
// MLIR-SAME: target_features = #llvm.target_features<["+avx2", "+fma"]>
// MLIR-NOT: fusion.
// MLIR-NOT: linalg.
// MLIR-NOT: memref.
// IR: define { ptr, ptr, i64, [2 x i64], [2 x i64] } @gate(
// IR: call float @llvm.exp.f32
// VEC: call <8 x float> @llvm.exp.v8f32
// DEFAULT-LABEL: define {{.*}} @gate(
// DEFAULT-NOT: @llvm.exp
// DEFAULT-NOT: call float @
// DEFAULT: fmul <8 x float>
// NOTARGET-LABEL: llvm.func @gate
// NOTARGET-NOT: target_cpu
func.func @gate(%g: tensor<8x1xf32>, %a: tensor<8x16xf32>, %b: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %r = fusion.gate %g, %a, %b : tensor<8x1xf32>, tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}
