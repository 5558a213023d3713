// Every pipeline starts with fusion-verify-input: an out-of-range constant
// dimension index is an error and a non-zero exit (it crashed inside
// fusion-to-llvm's canonicalizer, in an upstream pattern of the GPU dialect).
// RUN: not fuse-opt %s --fusion-to-llvm 2>&1 | FileCheck %s
// RUN: not fuse-opt %s --fusion-to-nvvm 2>&1 | FileCheck %s
// RUN: not fuse-opt %s --fusion-emulate-gpu 2>&1 | FileCheck %s
// RUN: not fuse-opt %s --fusion-to-linalg 2>&1 | FileCheck %s
// CHECK: error: dimension index -1 is out of range for rank 2
func.func @d(%x: tensor<?x4xf32>) -> index {
  %c = arith.constant -1 : index
  %d = tensor.dim %x, %c : tensor<?x4xf32>
  return %d : index
}

// An index that only folds to -1 inside the pipeline is poison there (the
// fusion dialect's canonicalization), not a crash of the GPU dialect's.
// RUN: fuse-opt %S/Inputs/folded-dim.mlir --fusion-to-llvm | FileCheck %s --check-prefix=FOLDED
// RUN: fuse-opt %S/Inputs/folded-dim.mlir --fusion-to-nvvm | FileCheck %s --check-prefix=FOLDED
// FOLDED: llvm.func @folded_dim
