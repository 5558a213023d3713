// fuse-opt and fuse-run verify their input in a first pass
// (fusion-verify-input{verify-ir=true}), not in the parser: ops that upstream
// verifiers crash on are an error first. tensor.concat with a negative dim
// crashes tensor::ConcatOp::verify (mlir-opt-22 segfaults on this file).
// RUN: fuse-opt %s -split-input-file -verify-diagnostics
// RUN: not fuse-run %s --entry=concat 2>&1 | FileCheck %s --check-prefix=EXEC
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-to-llvm
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --pass-pipeline='builtin.module(canonicalize)'
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --canonicalize --cse
// EXEC: error: 'tensor.concat' op dim -1 is out of range for a result of rank 2
// EXEC: fuse-run: error: cannot parse
// (Printing unverified IR, --mlir-print-ir-before-all, still runs upstream's
// verifier from the printer: that crash remains.)

func.func @concat(%a: tensor<2x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'tensor.concat' op dim -1 is out of range for a result of rank 2}}
  %c = tensor.concat dim(-1) %a, %a : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<4x8xf32>
  return %c : tensor<4x8xf32>
}

// -----

func.func @too_large(%a: tensor<2x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'tensor.concat' op dim 2 is out of range for a result of rank 2}}
  %c = tensor.concat dim(2) %a, %a : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<4x8xf32>
  return %c : tensor<4x8xf32>
}

// -----

// The verifier still runs, with its own messages.
func.func @bad_return(%a: tensor<2x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{type of return operand 0 ('tensor<2x8xf32>') doesn't match function result type ('tensor<4x8xf32>') in function @bad_return}}
  return %a : tensor<2x8xf32>
}
