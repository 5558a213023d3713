// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-verify-input | FileCheck %s

// A constant dimension index outside [0, rank) is undefined behaviour; an
// upstream canonicalization in the pipelines would index the shape with it.
func.func @negative(%x: tensor<?x4xf32>) -> index {
  %c = arith.constant -1 : index
  // expected-error @+1 {{dimension index -1 is out of range for rank 2}}
  %d = tensor.dim %x, %c : tensor<?x4xf32>
  return %d : index
}

// -----

func.func @too_large(%x: memref<?x4xf32>) -> index {
  %c = arith.constant 2 : index
  // expected-error @+1 {{dimension index 2 is out of range for rank 2}}
  %d = memref.dim %x, %c : memref<?x4xf32>
  return %d : index
}

// -----

// In range, or not a constant: nothing to say.
// CHECK-LABEL: func.func @fine
// CHECK: tensor.dim
// CHECK: memref.dim
func.func @fine(%x: tensor<?x4xf32>, %m: memref<*xf32>, %i: index) -> (index, index) {
  %c = arith.constant 1 : index
  %d = tensor.dim %x, %c : tensor<?x4xf32>
  %e = memref.dim %m, %i : memref<*xf32>
  return %d, %e : index, index
}
