// Convolutions of ResNet's shapes against the reference build (NCHW scalar
// loops: channels-last=false vectorize=false):
// - 3x3 on a 7x7 map, 256 -> 256 channels: the register tile has 7 rows
//   (the output width's largest divisor up to 8), and the 2.4 MB of weights
//   are tiled by 32 output channels, that loop outermost (FormGroups'
//   getAnchorTileOrder), so each block stays in L2 across the rows;
// - 3x3 stride 2, 28 -> 14 (rows of 7), and the 7x7 stride-2 stem on 3
//   input channels.
// RUN: fuse-run %s --entry=late_stage --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-3 --rtol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=strided --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=stem --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// CHECK: compare: {{.*}} max abs err {{[0-9.e+-]+}}, {{.*}}: OK
//
// The late-stage convolution's group: output channels outermost in blocks
// of 32, then rows.
// RUN: fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-conv-to-nhwc), fusion-form-groups, fusion-lower-groups)' 2>/dev/null | FileCheck %s --check-prefix=TILES
// TILES-LABEL: func.func @late_stage
// TILES: scf.for %{{.*}} = %c0 to %c256 step %c32
// TILES: scf.for %{{.*}} = %c0 to %c7 step %c1
// The blocks are the target's register tile wide: 32 channels with
// AVX-512, 16 with AVX2 (a 3x3x256 block of 32 is 295 KB; Zen 3's L2 holds
// 512 KB, and 3x3x512 blocks of 32 overflowed it: ResNet-18 50 -> 44 ms).
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-set-target{arch=skylake-avx512}, func.func(fusion-conv-to-nhwc), fusion-form-groups, fusion-lower-groups)' 2>/dev/null | FileCheck %s --check-prefix=TILES
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-set-target{arch=skylake}, func.func(fusion-conv-to-nhwc), fusion-form-groups, fusion-lower-groups)' 2>/dev/null | FileCheck %s --check-prefix=TILES-AVX2
// TILES-AVX2-LABEL: func.func @late_stage
// TILES-AVX2: scf.for %{{.*}} = %c0 to %c256 step %c16
// TILES-AVX2: scf.for %{{.*}} = %c0 to %c7 step %c1
// Its register tile (vector-width=16, AVX-512): 7 output columns x 32
// channels, two vectors per column.
// RUN: fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-conv-to-nhwc), fusion-form-groups, fusion-lower-groups, func.func(fusion-vectorize{vector-width=16}))' 2>/dev/null | FileCheck %s --check-prefix=VEC
// VEC-LABEL: func.func @late_stage
// VEC: vector<1x7x32xf32>
// VEC-LABEL: func.func @strided
func.func @late_stage(%x: tensor<1x256x9x9xf32>, %w: tensor<256x256x3x3xf32>) -> tensor<1x256x7x7xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x256x7x7xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x256x7x7xf32>) -> tensor<1x256x7x7xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x256x9x9xf32>, tensor<256x256x3x3xf32>) outs(%i : tensor<1x256x7x7xf32>) -> tensor<1x256x7x7xf32>
  return %c : tensor<1x256x7x7xf32>
}
func.func @strided(%x: tensor<1x32x30x30xf32>, %w: tensor<64x32x3x3xf32>) -> tensor<1x64x14x14xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x64x14x14xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x64x14x14xf32>) -> tensor<1x64x14x14xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x32x30x30xf32>, tensor<64x32x3x3xf32>) outs(%i : tensor<1x64x14x14xf32>) -> tensor<1x64x14x14xf32>
  return %c : tensor<1x64x14x14xf32>
}
func.func @stem(%x: tensor<1x3x38x38xf32>, %w: tensor<64x3x7x7xf32>) -> tensor<1x64x16x16xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x64x16x16xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x64x16x16xf32>) -> tensor<1x64x16x16xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x3x38x38xf32>, tensor<64x3x7x7xf32>) outs(%i : tensor<1x64x16x16xf32>) -> tensor<1x64x16x16xf32>
  return %c : tensor<1x64x16x16xf32>
}

// Depthwise convolutions and pooling in NHWC too (MobileNet's 5x5 stride-2
// depthwise, ResNet's 3x3 stride-2 max pool, an average pool's sum):
// vectors along the channels, rows of output columns.
// RUN: fuse-run %s --entry=depthwise --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=maxpool --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %s --entry=sumpool --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-5 --rtol=1e-5 | FileCheck %s
// RUN: fuse-opt %s --fusion-to-llvm -o /dev/null 2>&1 | FileCheck %s --check-prefix=NHWC
// NHWC-DAG: remark: [fusion-conv-to-nhwc] linalg.depthwise_conv_2d_nchw_chw computed in NHWC
// NHWC-DAG: remark: [fusion-conv-to-nhwc] linalg.pooling_nchw_max computed in NHWC
// NHWC-DAG: remark: [fusion-conv-to-nhwc] linalg.pooling_nchw_sum computed in NHWC
func.func @depthwise(%x: tensor<1x48x31x31xf32>, %w: tensor<48x5x5xf32>) -> tensor<1x48x14x14xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x48x14x14xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x48x14x14xf32>) -> tensor<1x48x14x14xf32>
  %c = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x48x31x31xf32>, tensor<48x5x5xf32>) outs(%i : tensor<1x48x14x14xf32>) -> tensor<1x48x14x14xf32>
  return %c : tensor<1x48x14x14xf32>
}
func.func @maxpool(%x: tensor<1x32x17x17xf32>) -> tensor<1x32x8x8xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %win = tensor.empty() : tensor<3x3xf32>
  %e = tensor.empty() : tensor<1x32x8x8xf32>
  %i = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %p = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %win : tensor<1x32x17x17xf32>, tensor<3x3xf32>) outs(%i : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %p : tensor<1x32x8x8xf32>
}
func.func @sumpool(%x: tensor<1x32x16x16xf32>) -> tensor<1x32x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %win = tensor.empty() : tensor<2x2xf32>
  %e = tensor.empty() : tensor<1x32x8x8xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %p = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %win : tensor<1x32x16x16xf32>, tensor<2x2xf32>) outs(%i : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %p : tensor<1x32x8x8xf32>
}

// A constant filter (as the frontends' weights are), tiled by 16 output
// channels (tile-cols=16): the tiles read it packed at compile time
// (packConvFilterTile) and compute what the reference does.
// RUN: fuse-run %s --entry=packed_filter --pipeline='fusion-to-llvm{tile-cols=16}' --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{tile-cols=16})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=PACKED
// PACKED: remark: [fusion-tile-groups] convolution tiles of 16 output channels read their filter from a copy packed at compile time (2 contiguous blocks)
func.func @packed_filter(%x: tensor<1x4x10x10xf32>) -> tensor<1x32x8x8xf32> {
  %w = arith.constant dense<[[[[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]], [[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]], [[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]], [[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]]],
    [[[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]], [[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]], [[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]], [[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]]],
    [[[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]], [[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]], [[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]], [[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]]],
    [[[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]], [[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]], [[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]], [[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]]],
    [[[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]], [[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]], [[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]], [[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]]],
    [[[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]], [[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]], [[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]], [[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]]],
    [[[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]], [[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]], [[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]], [[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]]],
    [[[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]], [[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]], [[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]], [[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]]],
    [[[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]], [[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]], [[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]], [[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]]],
    [[[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]], [[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]], [[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]], [[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]]],
    [[[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]], [[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]], [[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]], [[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]]],
    [[[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]], [[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]], [[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]], [[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]]],
    [[[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]], [[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]], [[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]], [[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]]],
    [[[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]], [[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]], [[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]], [[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]]],
    [[[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]], [[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]], [[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]], [[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]]],
    [[[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]], [[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]], [[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]], [[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]]],
    [[[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]], [[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]], [[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]], [[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]]],
    [[[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]], [[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]], [[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]], [[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]]],
    [[[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]], [[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]], [[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]], [[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]]],
    [[[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]], [[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]], [[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]], [[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]]],
    [[[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]], [[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]], [[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]], [[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]]],
    [[[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]], [[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]], [[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]], [[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]]],
    [[[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]], [[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]], [[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]], [[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]]],
    [[[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]], [[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]], [[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]], [[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]]],
    [[[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]], [[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]], [[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]], [[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]]],
    [[[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]], [[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]], [[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]], [[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]]],
    [[[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]], [[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]], [[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]], [[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]]],
    [[[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]], [[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]], [[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]], [[-0.375, 0.0, 0.375], [0.75, -1.0, -0.625], [-0.25, 0.125, 0.5]]],
    [[[0.875, -0.875, -0.5], [-0.125, 0.25, 0.625], [1.0, -0.75, -0.375]], [[0.0, 0.375, 0.75], [-1.0, -0.625, -0.25], [0.125, 0.5, 0.875]], [[-0.875, -0.5, -0.125], [0.25, 0.625, 1.0], [-0.75, -0.375, 0.0]], [[0.375, 0.75, -1.0], [-0.625, -0.25, 0.125], [0.5, 0.875, -0.875]]],
    [[[-0.5, -0.125, 0.25], [0.625, 1.0, -0.75], [-0.375, 0.0, 0.375]], [[0.75, -1.0, -0.625], [-0.25, 0.125, 0.5], [0.875, -0.875, -0.5]], [[-0.125, 0.25, 0.625], [1.0, -0.75, -0.375], [0.0, 0.375, 0.75]], [[-1.0, -0.625, -0.25], [0.125, 0.5, 0.875], [-0.875, -0.5, -0.125]]],
    [[[0.25, 0.625, 1.0], [-0.75, -0.375, 0.0], [0.375, 0.75, -1.0]], [[-0.625, -0.25, 0.125], [0.5, 0.875, -0.875], [-0.5, -0.125, 0.25]], [[0.625, 1.0, -0.75], [-0.375, 0.0, 0.375], [0.75, -1.0, -0.625]], [[-0.25, 0.125, 0.5], [0.875, -0.875, -0.5], [-0.125, 0.25, 0.625]]],
    [[[1.0, -0.75, -0.375], [0.0, 0.375, 0.75], [-1.0, -0.625, -0.25]], [[0.125, 0.5, 0.875], [-0.875, -0.5, -0.125], [0.25, 0.625, 1.0]], [[-0.75, -0.375, 0.0], [0.375, 0.75, -1.0], [-0.625, -0.25, 0.125]], [[0.5, 0.875, -0.875], [-0.5, -0.125, 0.25], [0.625, 1.0, -0.75]]]]> : tensor<32x4x3x3xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x32x8x8xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x4x10x10xf32>, tensor<32x4x3x3xf32>) outs(%i : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %c : tensor<1x32x8x8xf32>
}

// Output widths without a divisor that makes register tiles of 4 rows or
// more (13, 27: SqueezeNet's maps) and channels no multiple of the tile's
// 32 (SqueezeNet's 1000 classes): the group tiles whole rows, and
// fusion-vectorize splits each row (linalg::splitOp; getRowSplit) into
// 8 + 5 columns (13) or 7 + 7 + 7 + 6 (27), and the channels into 32 + 8,
// each part with its own register tile. With AVX2's 8 lanes (at most 6
// rows), 13 is 5 + 5 + 3 and the late stage's 7 is 4 + 3: run too.
// RUN: fuse-run %s --entry=prime_width --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=prime_pool --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=0 --rtol=0 | FileCheck %s
// RUN: fuse-run %s --entry=prime_depthwise --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=prime_width --pipeline='fusion-to-llvm{vector-width=8}' --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-4 --rtol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=late_stage --pipeline='fusion-to-llvm{vector-width=8}' --compare='fusion-to-llvm{channels-last=false vectorize=false}' --atol=1e-3 --rtol=1e-4 | FileCheck %s
// RUN: fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-conv-to-nhwc), fusion-form-groups, fusion-lower-groups, func.func(fusion-vectorize{vector-width=16}))' 2>/dev/null | FileCheck %s --check-prefix=SPLIT
// SPLIT-LABEL: func.func @prime_width
// SPLIT-DAG: vector<1x8x32xf32>
// SPLIT-DAG: vector<1x8x8xf32>
// SPLIT-DAG: vector<1x5x32xf32>
// SPLIT-DAG: vector<1x5x8xf32>
// SPLIT-LABEL: func.func @prime_pool
// SPLIT-DAG: vector<1x7x32xf32>
// SPLIT-DAG: vector<1x6x32xf32>
func.func @prime_width(%x: tensor<1x16x15x15xf32>, %w: tensor<40x16x3x3xf32>) -> tensor<1x40x13x13xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x40x13x13xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x40x13x13xf32>) -> tensor<1x40x13x13xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x16x15x15xf32>, tensor<40x16x3x3xf32>) outs(%i : tensor<1x40x13x13xf32>) -> tensor<1x40x13x13xf32>
  return %c : tensor<1x40x13x13xf32>
}
func.func @prime_pool(%x: tensor<1x32x55x55xf32>) -> tensor<1x32x27x27xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %win = tensor.empty() : tensor<3x3xf32>
  %e = tensor.empty() : tensor<1x32x27x27xf32>
  %i = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x32x27x27xf32>) -> tensor<1x32x27x27xf32>
  %p = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %win : tensor<1x32x55x55xf32>, tensor<3x3xf32>) outs(%i : tensor<1x32x27x27xf32>) -> tensor<1x32x27x27xf32>
  return %p : tensor<1x32x27x27xf32>
}
func.func @prime_depthwise(%x: tensor<1x48x15x15xf32>, %w: tensor<48x3x3xf32>) -> tensor<1x48x13x13xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x48x13x13xf32>
  %i = linalg.fill ins(%z : f32) outs(%e : tensor<1x48x13x13xf32>) -> tensor<1x48x13x13xf32>
  %c = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x48x15x15xf32>, tensor<48x3x3xf32>) outs(%i : tensor<1x48x13x13xf32>) -> tensor<1x48x13x13xf32>
  return %c : tensor<1x48x13x13xf32>
}
