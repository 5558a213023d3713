// CPU register tiles (fusion-vectorize) follow the vector width, i.e. the
// target's registers. A channels-last 2-D convolution
// (tileAndVectorizeConv2D), 7 output columns x 16 channels, a 3x3 filter:
//
// - AVX-512 (16 lanes, 32 registers): one tile of 7 rows x 1 vector, the
//   3 filter columns (kw) in one step: a 9-column input row, 3 filter
//   vectors, 3 contractions per step.
// - AVX2 (8 lanes, 16 registers): rows of at most 6, and the 7 columns split
//   4 + 3 (getRowSplit: a tile of 1 row, or 6 + 1, would leave the FMAs
//   waiting on each other); one filter column per step (an scf.for over kw),
//   since 3 columns' filter vectors and inputs beside 12 accumulators
//   spilled on AVX2.
// RUN: fuse-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(fusion-vectorize{vector-width=16}))' | FileCheck %s --check-prefix=AVX512
// RUN: fuse-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(fusion-vectorize{vector-width=8}))' | FileCheck %s --check-prefix=AVX2

// AVX512-LABEL: func.func @conv7
// AVX512: scf.for %{{.*}} = %c0 to %c7 step %c7
// AVX512: scf.for %{{.*}} = %c0 to %c3 step %c1
// AVX512-NEXT: scf.for %{{.*}} = %c0 to %c32 step %c1
// AVX512: vector.transfer_read {{.*}} : tensor<1x9x1xf32>, vector<1x9x1xf32>
// AVX512: vector.transfer_read {{.*}} : tensor<3x1x16xf32>, vector<3x1x16xf32>
// AVX512-COUNT-3: vector.contract

// AVX2-LABEL: func.func @conv7
// AVX2: scf.for %{{.*}} = %c0 to %c4 step %c4
// AVX2: scf.for %{{.*}} = %c0 to %c3 step %c1
// AVX2-NEXT: scf.for %{{.*}} = %c0 to %c3 step %c1
// AVX2-NEXT: scf.for %{{.*}} = %c0 to %c32 step %c1
// AVX2: vector.transfer_read {{.*}} : tensor<1x4x1xf32>, vector<1x4x1xf32>
// AVX2: vector.transfer_read {{.*}} : tensor<1x1x16xf32>, vector<1x1x16xf32>
// AVX2-COUNT-1: vector.contract
// AVX2-NOT: vector.contract
// AVX2: scf.for %{{.*}} = %c0 to %c3 step %c3
// AVX2: scf.for %{{.*}} = %c0 to %c3 step %c1
// AVX2-NEXT: scf.for %{{.*}} = %c0 to %c3 step %c1
// AVX2-NEXT: scf.for %{{.*}} = %c0 to %c32 step %c1
// AVX2: vector.transfer_read {{.*}} : tensor<1x3x1xf32>, vector<1x3x1xf32>
func.func @conv7(%x: tensor<1x3x9x32xf32>, %w: tensor<3x3x32x16xf32>, %o: tensor<1x1x7x16xf32>) -> tensor<1x1x7x16xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x3x9x32xf32>, tensor<3x3x32x16xf32>) outs(%o : tensor<1x1x7x16xf32>) -> tensor<1x1x7x16xf32>
  return %r : tensor<1x1x7x16xf32>
}

// -----

// 28 columns: 4-row tiles divide them (8 accumulators keep the FMAs busy):
// no split with AVX2 (a split would tile its parts, not all 28 columns).
// AVX2-LABEL: func.func @conv28
// AVX2: scf.for %{{.*}} = %c0 to %c28 step %c4
func.func @conv28(%x: tensor<1x3x30x32xf32>, %w: tensor<3x3x32x16xf32>, %o: tensor<1x1x28x16xf32>) -> tensor<1x1x28x16xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x3x30x32xf32>, tensor<3x3x32x16xf32>) outs(%o : tensor<1x1x28x16xf32>) -> tensor<1x1x28x16xf32>
  return %r : tensor<1x1x28x16xf32>
}

// -----

// A matmul's register tile: rows x two vectors, as many rows as divide M up
// to 8 with AVX-512 (16 accumulators in 32 registers), up to 6 with AVX2
// (12 in 16: 8 rows spilled 5 accumulators per step; 256x512x256 on a Zen 3
// core: 2.10 -> 0.70 ms).
// AVX512-LABEL: func.func @matmul24
// AVX512: vector<8x32x1xf32>
// AVX2-LABEL: func.func @matmul24
// AVX2: vector<6x16x1xf32>
func.func @matmul24(%a: tensor<24x6xf32>, %b: tensor<6x32xf32>, %c: tensor<24x32xf32>) -> tensor<24x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<24x6xf32>, tensor<6x32xf32>) outs(%c : tensor<24x32xf32>) -> tensor<24x32xf32>
  return %r : tensor<24x32xf32>
}
