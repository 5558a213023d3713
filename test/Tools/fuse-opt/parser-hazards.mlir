// Text that crashes MLIR 22's parser (an upstream bug, not a diagnostic) is
// an error before it is parsed: a dense array of index elements, which the
// parser asks for a bit width (found by fuse-fuzz: `array<i64: 0, 4>`
// mutated to `array<index: 0, 4>`; mlir-opt-22 segfaults on this file).
// RUN: not fuse-opt %s 2>&1 | FileCheck %s
// RUN: not fuse-opt %s --fusion-to-llvm 2>&1 | FileCheck %s
// RUN: not fuse-run %s --entry=fill 2>&1 | FileCheck %s --check-prefixes=CHECK,EXEC
// RUN: fuse-fuzz %s --runs=2 --max-mutations=0 --pipelines=fusion-verify-input --out=%t | FileCheck %s --check-prefix=FUZZ
// CHECK: parser-hazards.mlir:[[@LINE+6]]:25: error: dense array of 'index' elements: MLIR 22's parser crashes on it (an upstream bug); write the array of i64 instead
// EXEC: fuse-run: error: cannot parse
// FUZZ: 0 crashes

func.func @fill(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill {a = array<index : 0, 4>} ins(%zero : f32) outs(%x : tensor<8x64xf32>) -> tensor<8x64xf32>
  return %f : tensor<8x64xf32>
}
