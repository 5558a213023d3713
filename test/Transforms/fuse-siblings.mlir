// RUN: fuse-opt %s -split-input-file -fusion-fuse-siblings=runtime-weights=true -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-fuse-siblings="max-group-size=2 runtime-weights=true" 2>&1 | FileCheck %s --check-prefix=PAIRS
// RUN: fuse-opt %s -split-input-file -fusion-fuse-siblings -o /dev/null 2>&1 | FileCheck %s --check-prefix=DEFAULT
// By default, groups with weights given at run time are refused, constant
// ones fused:
// DEFAULT: remark: [fusion-fuse-siblings] not fused: 3 matmuls share their LHS but their weights are not all constants
// DEFAULT: remark: [fusion-fuse-siblings] fused 2 matmuls

// Q/K/V projections of one input, zero-filled: one matmul on the
// concatenated weights, one fill, three slices.
// CHECK-LABEL: func.func @qkv
// CHECK-SAME: (%[[X:.*]]: tensor<8x64xf32>, %[[WQ:.*]]: tensor<64x32xf32>, %[[WK:.*]]: tensor<64x32xf32>, %[[WV:.*]]: tensor<64x16xf32>)
// CHECK: %[[W:.*]] = tensor.concat dim(1) %[[WQ]], %[[WK]], %[[WV]] : (tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x16xf32>) -> tensor<64x80xf32>
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<8x80xf32>)
// CHECK: %[[M:.*]] = linalg.matmul ins(%[[X]], %[[W]] : tensor<8x64xf32>, tensor<64x80xf32>) outs(%[[F]] : tensor<8x80xf32>)
// CHECK-DAG: tensor.extract_slice %[[M]][0, 0] [8, 32] [1, 1]
// CHECK-DAG: tensor.extract_slice %[[M]][0, 32] [8, 32] [1, 1]
// CHECK-DAG: tensor.extract_slice %[[M]][0, 64] [8, 16] [1, 1]
// CHECK-NOT: linalg.matmul
// PAIRS-LABEL: func.func @qkv
// PAIRS-COUNT-2: linalg.matmul
func.func @qkv(%x: tensor<8x64xf32>, %wq: tensor<64x32xf32>, %wk: tensor<64x32xf32>, %wv: tensor<64x16xf32>)
    -> (tensor<8x32xf32>, tensor<8x32xf32>, tensor<8x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<8x32xf32>
  %f0 = linalg.fill ins(%zero : f32) outs(%e0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %e1 = tensor.empty() : tensor<8x16xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<8x16xf32>) -> tensor<8x16xf32>
  // expected-remark @+1 {{[fusion-fuse-siblings] fused 3 matmuls sharing their LHS into one}}
  %q = linalg.matmul ins(%x, %wq : tensor<8x64xf32>, tensor<64x32xf32>) outs(%f0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %k = linalg.matmul ins(%x, %wk : tensor<8x64xf32>, tensor<64x32xf32>) outs(%f0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %v = linalg.matmul ins(%x, %wv : tensor<8x64xf32>, tensor<64x16xf32>) outs(%f1 : tensor<8x16xf32>) -> tensor<8x16xf32>
  return %q, %k, %v : tensor<8x32xf32>, tensor<8x32xf32>, tensor<8x16xf32>
}

// -----

// Different inits (not one fill value): the inits are concatenated too.
// CHECK-LABEL: func.func @inits
// CHECK: tensor.concat dim(1) %arg1, %arg2 : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
// CHECK: %[[I:.*]] = tensor.concat dim(1) %arg3, %arg4
// CHECK: linalg.matmul {{.*}} outs(%[[I]] : tensor<4x16xf32>)
func.func @inits(%x: tensor<4x8xf32>, %a: tensor<8x8xf32>, %b: tensor<8x8xf32>, %ia: tensor<4x8xf32>, %ib: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  // expected-remark @+1 {{fused 2 matmuls}}
  %p = linalg.matmul ins(%x, %a : tensor<4x8xf32>, tensor<8x8xf32>) outs(%ia : tensor<4x8xf32>) -> tensor<4x8xf32>
  %q = linalg.matmul ins(%x, %b : tensor<4x8xf32>, tensor<8x8xf32>) outs(%ib : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %p, %q : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// Negative: different LHS values are not siblings; a lone matmul has none.
// CHECK-LABEL: func.func @not_siblings
// CHECK-COUNT-2: linalg.matmul
// CHECK-NOT: tensor.concat
func.func @not_siblings(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>, %a: tensor<8x8xf32>, %i: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %p = linalg.matmul ins(%x, %a : tensor<4x8xf32>, tensor<8x8xf32>) outs(%i : tensor<4x8xf32>) -> tensor<4x8xf32>
  %q = linalg.matmul ins(%y, %a : tensor<4x8xf32>, tensor<8x8xf32>) outs(%i : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %p, %q : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// Negative: the first result feeds the second sibling's weights, so it is
// used before the last sibling: no single place for the fused matmul.
// CHECK-LABEL: func.func @dependent
// CHECK-COUNT-2: linalg.matmul
func.func @dependent(%x: tensor<8x8xf32>, %a: tensor<8x8xf32>, %i: tensor<8x8xf32>) -> tensor<8x8xf32> {
  // expected-remark @+1 {{[fusion-fuse-siblings] not fused: 2 matmuls share their LHS but cannot be merged: its result is used before the last sibling}}
  %p = linalg.matmul ins(%x, %a : tensor<8x8xf32>, tensor<8x8xf32>) outs(%i : tensor<8x8xf32>) -> tensor<8x8xf32>
  %q = linalg.matmul ins(%x, %p : tensor<8x8xf32>, tensor<8x8xf32>) outs(%i : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %q : tensor<8x8xf32>
}

// -----

// Constant weights are concatenated at compile time (no tensor.concat).
// CHECK-LABEL: func.func @const_weights
// CHECK: %[[W:.*]] = arith.constant dense<{{\[}}[1.000000e+00, 2.000000e+00, 5.000000e+00], [3.000000e+00, 4.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
// CHECK-NOT: tensor.concat {{.*}} -> tensor<2x3xf32>
// CHECK: linalg.matmul ins(%arg0, %[[W]] : tensor<4x2xf32>, tensor<2x3xf32>)
func.func @const_weights(%x: tensor<4x2xf32>, %i: tensor<4x2xf32>, %j: tensor<4x1xf32>) -> (tensor<4x2xf32>, tensor<4x1xf32>) {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[5.0], [6.0]]> : tensor<2x1xf32>
  // expected-remark @+1 {{fused 2 matmuls}}
  %p = linalg.matmul ins(%x, %a : tensor<4x2xf32>, tensor<2x2xf32>) outs(%i : tensor<4x2xf32>) -> tensor<4x2xf32>
  %q = linalg.matmul ins(%x, %b : tensor<4x2xf32>, tensor<2x1xf32>) outs(%j : tensor<4x1xf32>) -> tensor<4x1xf32>
  return %p, %q : tensor<4x2xf32>, tensor<4x1xf32>
}

// RUN: not fuse-opt %s -split-input-file -fusion-fuse-siblings=max-group-size=0 -o /dev/null 2>&1 | FileCheck %s --check-prefix=SIZE
// RUN: not fuse-opt %s -split-input-file -fusion-fuse-siblings=max-group-size=-1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=SIZE
// SIZE: error: fusion-fuse-siblings: max-group-size must be >= 2
