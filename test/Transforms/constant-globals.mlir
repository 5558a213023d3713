// RUN: fuse-opt %s --fusion-constant-globals | FileCheck %s
// RUN: fuse-opt %s --fusion-constant-globals --one-shot-bufferize=bufferize-function-boundaries | FileCheck %s --check-prefix=BUFFERIZED
// RUN: not fuse-opt %s --fusion-constant-globals=alignment=3 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD

// The globals of the tensor constants, in program order (functions in
// order, ops in pre-order), each value once; One-Shot Bufferize then takes
// them (same type, value and alignment) instead of naming its own in the
// order it visits the functions, which depends on pointer values.
// CHECK: memref.global "private" constant @__constant_4xf32 : memref<4xf32> = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> {alignment = 64 : i64}
// CHECK-NEXT: memref.global "private" constant @__constant_4xf32_0 : memref<4xf32> = dense<5.000000e+00> {alignment = 64 : i64}
// CHECK-NEXT: memref.global "private" constant @__constant_4xf32_1 : memref<4xf32> = dense<[4.000000e+00, 3.000000e+00, 2.000000e+00, 1.000000e+00]> {alignment = 64 : i64}
// CHECK-NOT: memref.global
// CHECK-LABEL: func.func @first(
// CHECK-LABEL: func.func @second(
// BUFFERIZED: memref.global "private" constant @__constant_4xf32 : memref<4xf32> = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]>
// BUFFERIZED-NEXT: memref.global "private" constant @__constant_4xf32_0 : memref<4xf32> = dense<5.000000e+00>
// BUFFERIZED-NEXT: memref.global "private" constant @__constant_4xf32_1 : memref<4xf32> = dense<[4.000000e+00, 3.000000e+00, 2.000000e+00, 1.000000e+00]>
// BUFFERIZED-NOT: memref.global
// BUFFERIZED-LABEL: func.func @first(
// BUFFERIZED: memref.get_global @__constant_4xf32 :
// BUFFERIZED: memref.get_global @__constant_4xf32_0 :
// BUFFERIZED-LABEL: func.func @second(
// BUFFERIZED: memref.get_global @__constant_4xf32_1 :
// BUFFERIZED: memref.get_global @__constant_4xf32 :
// BAD: error: fusion-constant-globals: alignment 3 is not a positive power of two
func.func @first() -> (tensor<4xf32>, tensor<4xf32>) {
  %a = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %b = arith.constant dense<5.0> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  return %a, %b : tensor<4xf32>, tensor<4xf32>
}

func.func @second() -> (tensor<4xf32>, tensor<4xf32>) {
  %c = arith.constant dense<[4.0, 3.0, 2.0, 1.0]> : tensor<4xf32>
  %a = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  return %c, %a : tensor<4xf32>, tensor<4xf32>
}
