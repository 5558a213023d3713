// fuse-reduce shrinks an input while an interestingness script says it is
// still interesting (here: it parses and holds a fusion.gate), as a user
// shrinks a crashing input into a bug report (docs/robustness.md).
// (mlir-reduce's op deletion keeps an op whose removal breaks its users: the
// matmul feeding the gate stays, the unrelated function goes.)
// RUN: env FUSE_OPT=%fuse_obj_root/bin/fuse-opt fuse-reduce %s -reduction-tree='traversal-mode=0 test=%S/Inputs/still-has-gate.sh' 2>/dev/null | FileCheck %s
// CHECK: func.func @model
// CHECK: fusion.gate
// CHECK-NOT: func.func @unrelated
// CHECK-NOT: fusion.sum

func.func @model(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>, %g: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %a = fusion.mean %m, %x : tensor<4x8xf32>
  %r = fusion.gate %g, %a, %x : tensor<4x8xf32>, tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

func.func @unrelated(%x: tensor<4xf32>) -> tensor<4xf32> {
  %s = fusion.sum %x, %x : tensor<4xf32>
  return %s : tensor<4xf32>
}
