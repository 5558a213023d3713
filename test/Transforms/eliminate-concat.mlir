// RUN: fuse-opt %s -split-input-file -fusion-eliminate-concat -verify-diagnostics | FileCheck %s

// Early fusion: features concatenated along K, then a dense layer. The
// matmul becomes two partial matmuls over the pieces and the matching rows
// of the weights, the second accumulating into the first.
// CHECK-LABEL: func.func @split_matmul
// CHECK: %[[W0:.*]] = tensor.extract_slice %arg2[0, 0] [8, 16] [1, 1]
// CHECK: %[[M0:.*]] = linalg.matmul ins(%arg0, %[[W0]] : tensor<2x8xf32>, tensor<8x16xf32>) outs(%arg3 :
// CHECK: %[[W1:.*]] = tensor.extract_slice %arg2[8, 0] [4, 16] [1, 1]
// CHECK: %[[M1:.*]] = linalg.matmul ins(%arg1, %[[W1]] : tensor<2x4xf32>, tensor<4x16xf32>) outs(%[[M0]] :
// CHECK-NEXT: return %[[M1]]
// CHECK-NOT: tensor.concat
func.func @split_matmul(%a: tensor<2x8xf32>, %b: tensor<2x4xf32>, %w: tensor<12x16xf32>, %i: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %c = tensor.concat dim(1) %a, %b : (tensor<2x8xf32>, tensor<2x4xf32>) -> tensor<2x12xf32>
  // expected-remark @-1 {{[fusion-eliminate-concat] split linalg.matmul into partial contractions over the concat's pieces, accumulated into one result; saves ~192 bytes of memory traffic}}
  %m = linalg.matmul ins(%c, %w : tensor<2x12xf32>, tensor<12x16xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  return %m : tensor<2x16xf32>
}

// -----

// A transposed-weight matmul (B is [N, K]): the weights are sliced along
// their dim 1.
// CHECK-LABEL: func.func @split_transposed
// CHECK: tensor.extract_slice %arg2[0, 0] [16, 8] [1, 1]
// CHECK: linalg.matmul
// CHECK: tensor.extract_slice %arg2[0, 8] [16, 4] [1, 1]
// CHECK: linalg.matmul
// CHECK-NOT: tensor.concat
func.func @split_transposed(%a: tensor<2x8xf32>, %b: tensor<2x4xf32>, %w: tensor<16x12xf32>, %i: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %c = tensor.concat dim(1) %a, %b : (tensor<2x8xf32>, tensor<2x4xf32>) -> tensor<2x12xf32>
  // expected-remark @-1 {{split linalg.matmul}}
  %m = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%c, %w : tensor<2x12xf32>, tensor<16x12xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  return %m : tensor<2x16xf32>
}

// -----

// A concat along a parallel dim (two batches of rows) is kept, but its
// producers write into slices of one destination: the fills and matmuls
// move onto extract_slices, joined by insert_slices.
// CHECK-LABEL: func.func @in_place
// CHECK: %[[D:.*]] = tensor.empty() : tensor<6x16xf32>
// CHECK: %[[S0:.*]] = tensor.extract_slice %[[D]][0, 0] [2, 16] [1, 1]
// CHECK: %[[F0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[S0]] :
// CHECK: %[[M0:.*]] = linalg.matmul ins(%arg0, %arg2 : {{.*}}) outs(%[[F0]] :
// CHECK: %[[D0:.*]] = tensor.insert_slice %[[M0]] into %[[D]][0, 0] [2, 16] [1, 1]
// CHECK: %[[S1:.*]] = tensor.extract_slice %[[D0]][2, 0] [4, 16] [1, 1]
// CHECK: %[[F1:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[S1]] :
// CHECK: %[[M1:.*]] = linalg.matmul ins(%arg1, %arg2 : {{.*}}) outs(%[[F1]] :
// CHECK: %[[D1:.*]] = tensor.insert_slice %[[M1]] into %[[D0]][2, 0] [4, 16] [1, 1]
// CHECK: return %[[D1]]
func.func @in_place(%a: tensor<2x8xf32>, %b: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> tensor<6x16xf32> {
  %zero = arith.constant 0.0 : f32
  %ea = tensor.empty() : tensor<2x16xf32>
  %fa = linalg.fill ins(%zero : f32) outs(%ea : tensor<2x16xf32>) -> tensor<2x16xf32>
  %ma = linalg.matmul ins(%a, %w : tensor<2x8xf32>, tensor<8x16xf32>) outs(%fa : tensor<2x16xf32>) -> tensor<2x16xf32>
  %eb = tensor.empty() : tensor<4x16xf32>
  %fb = linalg.fill ins(%zero : f32) outs(%eb : tensor<4x16xf32>) -> tensor<4x16xf32>
  %mb = linalg.matmul ins(%b, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%fb : tensor<4x16xf32>) -> tensor<4x16xf32>
  %c = tensor.concat dim(0) %ma, %mb : (tensor<2x16xf32>, tensor<4x16xf32>) -> tensor<6x16xf32>
  // expected-remark @-1 {{[fusion-eliminate-concat] kept the concat (not a concat feeding an input of a contraction); its producers write into slices of one destination; saves ~768 bytes of memory traffic}}
  return %c : tensor<6x16xf32>
}

// -----

// Negatives: a producer accumulating into data (its init is an argument)
// and a concat used twice; a concat of arguments gets no remark.
// CHECK-LABEL: func.func @negatives
// CHECK-COUNT-3: tensor.concat
func.func @negatives(%a: tensor<2x8xf32>, %w: tensor<8x16xf32>, %i: tensor<2x16xf32>, %w2: tensor<32x4xf32>) -> (tensor<4x16xf32>, tensor<2x4xf32>, tensor<2x32xf32>, tensor<4x8xf32>) {
  %m = linalg.matmul ins(%a, %w : tensor<2x8xf32>, tensor<8x16xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  %n = linalg.matmul ins(%a, %w : tensor<2x8xf32>, tensor<8x16xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  %c = tensor.concat dim(0) %m, %n : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<4x16xf32>
  // expected-remark @-1 {{concat copied: not split (not a concat feeding an input of a contraction), not written in place (input #0 accumulates into data (its init is not an empty tensor or a fill of one))}}
  %p = linalg.matmul ins(%a, %w : tensor<2x8xf32>, tensor<8x16xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  %q = linalg.matmul ins(%a, %w : tensor<2x8xf32>, tensor<8x16xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  %d = tensor.concat dim(1) %p, %q : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x32xf32>
  // expected-remark @-1 {{concat copied: not split (the concat has several uses), not written in place (input #0 accumulates into data}}
  %e = tensor.empty() : tensor<2x4xf32>
  %r = linalg.matmul ins(%d, %w2 : tensor<2x32xf32>, tensor<32x4xf32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  %args = tensor.concat dim(0) %a, %a : (tensor<2x8xf32>, tensor<2x8xf32>) -> tensor<4x8xf32>
  return %c, %r, %d, %args : tensor<4x16xf32>, tensor<2x4xf32>, tensor<2x32xf32>, tensor<4x8xf32>
}
