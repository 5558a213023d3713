// Text that crashes MLIR 22's parser (an upstream bug, not a diagnostic) is
// an error before it is parsed: a dense array of index elements, which the
// parser asks for a bit width (found by fuse-fuzz: `array<i64: 0, 4>`
// mutated to `array<index: 0, 4>`; mlir-opt-22 segfaults on this file).
// RUN: not fuse-opt %s 2>&1 | FileCheck %s
// RUN: not fuse-opt %s --fusion-to-llvm 2>&1 | FileCheck %s
// RUN: not fuse-run %s --entry=fill 2>&1 | FileCheck %s --check-prefixes=CHECK,EXEC
// RUN: fuse-fuzz %s --runs=2 --max-mutations=0 --pipelines=fusion-verify-input --out=%t | FileCheck %s --check-prefix=FUZZ
// RUN: not fuse-opt %S/Inputs/hazard-after-string.mlir 2>&1 | FileCheck %s --check-prefix=STRING
// STRING: hazard-after-string.mlir:2:48: error: dense array of 'index' elements
// RUN: not fuse-opt %S/Inputs/hazard-comment-inside.mlir 2>&1 | FileCheck %s --check-prefix=COMMENT
// COMMENT: hazard-comment-inside.mlir:2:32: error: dense array of 'index' elements
// Strings and comments that read like one are not refused:
// RUN: fuse-opt %S/Inputs/not-a-hazard.mlir | FileCheck %s --check-prefix=FINE
// FINE: func.func @f() attributes {a = array<i64: 0, 4>, doc = "array<index: 1>"}
// CHECK: parser-hazards.mlir:[[@LINE+6]]:25: error: dense array of 'index' elements: MLIR 22's parser crashes on it (an upstream bug); write the array of i64 instead
// EXEC: fuse-run: error: cannot parse
// FUZZ: 0 crashes

func.func @fill(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill {a = array<index : 0, 4>} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}
