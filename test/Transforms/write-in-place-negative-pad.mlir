// RUN: fuse-opt %s -fusion-write-in-place | FileCheck %s
// (Upstream's bufferization refuses such a pad: no BUF run here.)

// Not rewritten: a negative pad (it crops) has no border to fill.
// CHECK-LABEL: func.func @negative_pad
// CHECK: tensor.pad %{{.*}} low[-1, 0] high[1, 0]
func.func @negative_pad(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x4xf32>
  %k = linalg.negf ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %p = tensor.pad %k low[-1, 0] high[1, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %zero : f32
  } : tensor<4x4xf32> to tensor<4x4xf32>
  return %p : tensor<4x4xf32>
}
