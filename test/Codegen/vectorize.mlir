// RUN: fuse-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(fusion-vectorize{vector-width=8}))' | FileCheck %s
// RUN: fuse-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(fusion-vectorize{vector-width=8}), canonicalize, cse, loop-invariant-subset-hoisting, canonicalize)' | FileCheck %s --check-prefix=HOIST

// The innermost parallel loop (20) is tiled by 4, the widest power of two
// up to 8 that divides it; rows by 1.
// CHECK-LABEL: func.func @elementwise
// CHECK: scf.for
// CHECK: scf.for
// CHECK: vector.transfer_read {{.*}} : tensor<1x4xf32>, vector<1x4xf32>
// CHECK: arith.addf {{.*}} : vector<1x4xf32>
// CHECK: vector.transfer_write
// CHECK-NOT: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @elementwise(%a: tensor<4x20xf32>, %b: tensor<4x20xf32>) -> tensor<4x20xf32> {
  %e = tensor.empty() : tensor<4x20xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : tensor<4x20xf32>, tensor<4x20xf32>) outs(%e : tensor<4x20xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %t = arith.addf %x, %y : f32
    linalg.yield %t : f32
  } -> tensor<4x20xf32>
  return %r : tensor<4x20xf32>
}

// -----

// A matmul gets a register tile: n (the innermost parallel loop) by two
// vectors of 8, m by the largest of 8, 4, 2 that divides it (4), k by 1.
// CHECK-LABEL: func.func @matmul
// CHECK-COUNT-3: scf.for
// CHECK: vector<4x16x1xf32>
// CHECK-NOT: linalg.matmul
// As fusion-to-llvm runs it: the accumulator tile is read once before the
// k loop, carried in registers (a vector iter_arg), written once after it.
// HOIST-LABEL: func.func @matmul
// HOIST: vector.transfer_read {{.*}} : tensor<4x16xf32>, vector<4x16xf32>
// HOIST-NEXT: scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (vector<4x16xf32>)
// HOIST-NOT: vector.transfer_write
// HOIST: scf.yield {{.*}} : vector<4x16xf32>
// HOIST: vector.transfer_write {{.*}} : vector<4x16xf32>, tensor<4x16xf32>
func.func @matmul(%a: tensor<4x6xf32>, %b: tensor<6x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x6xf32>, tensor<6x16xf32>) outs(%c : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// -----

// Not vectorized, left to the scalar lowering: an odd innermost loop, a
// dynamic shape.
// CHECK-LABEL: func.func @odd
// CHECK-NOT: vector.
// CHECK: linalg.generic
#id1 = affine_map<(d0) -> (d0)>
func.func @odd(%a: tensor<7xf32>) -> tensor<7xf32> {
  %e = tensor.empty() : tensor<7xf32>
  %r = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : tensor<7xf32>) outs(%e : tensor<7xf32>) {
  ^bb0(%x: f32, %o: f32):
    %t = arith.mulf %x, %x : f32
    linalg.yield %t : f32
  } -> tensor<7xf32>
  return %r : tensor<7xf32>
}

// -----

// CHECK-LABEL: func.func @dynamic
// CHECK-NOT: vector.
// CHECK: linalg.generic
#id2 = affine_map<(d0) -> (d0)>
func.func @dynamic(%a: tensor<?xf32>, %e: tensor<?xf32>) -> tensor<?xf32> {
  %r = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel"]}
      ins(%a : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %t = arith.mulf %x, %x : f32
    linalg.yield %t : f32
  } -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// -----

// A 2-D convolution: tiles of one output row and one filter row (8 output
// channels x 4 columns, one input channel) become 1-D convolutions, which
// are vectorized (one vector.contract per filter column).
// CHECK-LABEL: func.func @conv
// CHECK-COUNT-5: scf.for
// CHECK-COUNT-3: vector.contract
// CHECK-NOT: linalg.conv
func.func @conv(%x: tensor<1x1x6x6xf32>, %w: tensor<8x1x3x3xf32>, %o: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x1x6x6xf32>, tensor<8x1x3x3xf32>) outs(%o : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %r : tensor<1x8x4x4xf32>
}
