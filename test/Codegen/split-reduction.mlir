// Split-K in fusion-gpu-prepare-contractions (splitContractionGroupReduction):
// a contraction whose 64x64 blocks would leave half the multiprocessors or
// more idle has its reduction split into parts, the partial products a
// contraction group of their own (one more parallel loop, outermost), the
// parts summed by the group of the epilogue.
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-gpu-prepare-contractions 2>/dev/null | FileCheck %s
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-gpu-prepare-contractions -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// Off with split-reduction=false (and on the CPU, where nothing changes):
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-gpu-prepare-contractions=split-reduction=false 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: fuse-opt %s --fusion-set-target --fusion-form-groups --fusion-gpu-prepare-contractions 2>&1 | FileCheck %s --check-prefix=OFF
// An A100 (sm_80) has 108 multiprocessors: W2's 64 blocks fill more than
// half of them (no split), the classifier's 20 take 4 parts.
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_80' --fusion-form-groups --fusion-gpu-prepare-contractions -o /dev/null 2>&1 | FileCheck %s --check-prefix=A100
// The strategy then tiles the partial products as a batch of shared-memory
// kernels (W2's at the matmul's line, the partial products' group):
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-gpu-prepare-contractions --fusion-select-lowering-strategy='shared-memory-contractions' -o /dev/null 2>&1 | FileCheck %s --check-prefix=STRATEGY
// Shorter parts on request (split-min-part, a multiple of 16):
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-gpu-prepare-contractions=split-min-part=128 -o /dev/null 2>&1 | FileCheck %s --check-prefix=SHORT
// SHORT: split the reduction (384) into 2 parts of 192: 8 blocks of 64x64 would leave 124 of the 132 multiprocessors idle
// RUN: not fuse-opt %s --fusion-set-target='backend=gpu' --fusion-form-groups --fusion-gpu-prepare-contractions=split-min-part=24 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BADPART
// RUN: not fuse-opt %s --fusion-set-target --fusion-form-groups --fusion-gpu-prepare-contractions=split-min-part=24 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BADPART
// BADPART: error: split-min-part must be a multiple of 16 in [16, 2^20], got 24
// fusion-lower-groups, choosing configs itself, splits too and lowers both
// groups:
// RUN: fuse-opt %s --fusion-set-target='backend=gpu arch=sm_90' --fusion-form-groups --fusion-lower-groups='thread-tiles shared-memory-contractions split-reduction workgroup-memory=false' 2>&1 | FileCheck %s --check-prefix=LOWER

// OFF-NOT: split the reduction
// OFF-NOT: reduction not split
// OFF-NOT: tensor.expand_shape
// A100-NOT: into 2 parts of 512: 64 blocks
// A100: split the reduction (1024) into 4 parts of 256: 20 blocks of 1x50 would leave 88 of the 108 multiprocessors idle

// W2 (64 x 1024 x 4096 + bias + ReLU): 64 blocks for 132 multiprocessors,
// 2 parts of 512 make 128.
// REMARK: split-reduction.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] split the reduction (1024) into 2 parts of 512: 64 blocks of 64x64 would leave 68 of the 132 multiprocessors idle; 128 blocks compute the parts' results (2048 KB), which the group sums before its epilogue
// CHECK-LABEL: func.func @dense_relu(
// CHECK-SAME: %[[X:.*]]: tensor<64x1024xf32>, %[[W:.*]]: tensor<1024x4096xf32>, %[[B:.*]]: tensor<4096xf32>)
// CHECK-DAG: %[[XS:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2]] output_shape [64, 2, 512]
// CHECK-DAG: %[[WS:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2]] output_shape [2, 512, 4096]
// CHECK: %[[P:.*]] = fusion.group contraction ins(%[[XS]], %[[WS]] : tensor<64x2x512xf32>, tensor<2x512x4096xf32>) -> (tensor<2x64x4096xf32>)
// CHECK: linalg.fill {{.*}} -> tensor<2x64x4096xf32>
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: fusion.group reduction ins(%[[B]], %[[P]] : tensor<4096xf32>, tensor<2x64x4096xf32>) -> (tensor<64x4096xf32>)
// CHECK: %[[F:.*]] = linalg.fill {{.*}} -> tensor<64x4096xf32>
// CHECK: %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["reduction", "parallel", "parallel"]} ins(%{{.*}} : tensor<2x64x4096xf32>) outs(%[[F]] : tensor<64x4096xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[S]], %{{.*}} : tensor<64x4096xf32>, tensor<4096xf32>)
// CHECK: arith.maximumf
// STRATEGY: split-reduction.mlir:[[@LINE+19]]:8: remark: [fusion-select-lowering-strategy] contraction tiled in shared memory: 64x64 blocks, reduction in steps of 16, 4x4 results per thread (256 threads)
// LOWER: split-reduction.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] split the reduction (1024) into 2 parts of 512
// LOWER-LABEL: func.func @dense_relu(
// LOWER-NOT: fusion.group
// LOWER: scf.forall ({{.*}}) = (0, 0, 0) to (2, 64, 4096) step (1, 64, 64)
// LOWER: scf.for %{{.*}} = %{{.*}} to %c512 step %c16
// LOWER: memref.alloc() : memref<64x1x16xf32>
// LOWER: memref.alloc() : memref<1x16x64xf32>
// Each thread's product without the part's unit loop: a 4x16 by 16x4
// matmul.
// LOWER: vector.contract {{.*}} : vector<4x16xf32>, vector<16x4xf32> into vector<4x4xf32>
// LOWER: scf.forall ({{.*}}) = (0, 0) to (64, 4096) step (8, 1024)
// LOWER: linalg.generic {{.*}} iterator_types = ["reduction", "parallel", "parallel"]} ins(%{{.*}} : tensor<2x1x1xf32>)
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @dense_relu(%x: tensor<64x1024xf32>, %w: tensor<1024x4096xf32>, %b: tensor<4096xf32>) -> tensor<64x4096xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x4096xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x4096xf32>) outs(%f : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<64x4096xf32>, tensor<4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = arith.maximumf %s, %zero : f32
    linalg.yield %t : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}

// A classifier (1 x 1024 by 1024 x 1000, no epilogue): 20 blocks of 1x50,
// 4 parts of 256 (8 would make 160 blocks, more than one wave); the group
// left is the sum alone.
// REMARK: split-reduction.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] split the reduction (1024) into 4 parts of 256: 20 blocks of 1x50 would leave 112 of the 132 multiprocessors idle; 80 blocks compute the parts' results (15 KB), which the group sums{{$}}
// CHECK-LABEL: func.func @classifier(
// CHECK: fusion.group contraction {{.*}} -> (tensor<4x1x1000xf32>)
// CHECK: fusion.group reduction ins(%{{.*}} : tensor<4x1x1000xf32>) -> (tensor<1x1000xf32>)
func.func @classifier(%x: tensor<1x1024xf32>, %w: tensor<1024x1000xf32>) -> tensor<1x1000xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x1000xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  %m = linalg.matmul ins(%x, %w : tensor<1x1024xf32>, tensor<1024x1000xf32>) outs(%f : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %m : tensor<1x1000xf32>
}

// A batch matmul (2 x 64x2048 by 2048x256): 8 blocks, 16 parts of 128
// would be too short; 8 parts of 256 make 64 blocks.
// REMARK: split-reduction.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] split the reduction (2048) into 8 parts of 256: 8 blocks of 64x64
// CHECK-LABEL: func.func @batch(
// CHECK: fusion.group contraction {{.*}} -> (tensor<8x2x64x256xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]
func.func @batch(%x: tensor<2x64x2048xf32>, %w: tensor<2x2048x256xf32>) -> tensor<2x64x256xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x64x256xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x64x256xf32>) -> tensor<2x64x256xf32>
  %m = linalg.batch_matmul ins(%x, %w : tensor<2x64x2048xf32>, tensor<2x2048x256xf32>) outs(%f : tensor<2x64x256xf32>) -> tensor<2x64x256xf32>
  return %m : tensor<2x64x256xf32>
}

// Not split: enough blocks (1024^2: 256 of them); no remark.
// CHECK-LABEL: func.func @enough_blocks(
// CHECK-NOT: tensor.expand_shape
// CHECK: fusion.group contraction
// CHECK-NOT: fusion.group
// CHECK: return
func.func @enough_blocks(%x: tensor<1024x1024xf32>, %w: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1024x1024xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  %m = linalg.matmul ins(%x, %w : tensor<1024x1024xf32>, tensor<1024x1024xf32>) outs(%f : tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %m : tensor<1024x1024xf32>
}

// Not split: a reduction too short for 2 parts of 256 is no candidate (no
// remark)...
// CHECK-LABEL: func.func @short_reduction(
// CHECK-NOT: tensor.expand_shape
// CHECK: return
func.func @short_reduction(%x: tensor<64x384xf32>, %w: tensor<384x512xf32>) -> tensor<64x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x512xf32>) -> tensor<64x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x384xf32>, tensor<384x512xf32>) outs(%f : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %m : tensor<64x512xf32>
}

// ... but one of 1000, which has no parts in steps of 16, says so.
// REMARK-NOT: [fusion-gpu-prepare-contractions]
// REMARK: split-reduction.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] reduction not split: 8 blocks for 132 multiprocessors, but the reduction (1000) has no 2 parts of 256 or more in steps of 16
// REMARK-NOT: [fusion-gpu-prepare-contractions]
// CHECK-LABEL: func.func @odd_reduction(
// CHECK-NOT: tensor.expand_shape
// CHECK: return
func.func @odd_reduction(%x: tensor<64x1000xf32>, %w: tensor<1000x512xf32>) -> tensor<64x512xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x512xf32>) -> tensor<64x512xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1000xf32>, tensor<1000x512xf32>) outs(%f : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %m : tensor<64x512xf32>
}

// Not split: a config written by hand is the user's (no preparation).
// CHECK-LABEL: func.func @hand_config(
// CHECK-NOT: tensor.expand_shape
// CHECK: fusion.group contraction
// CHECK-SAME: lowering_config
func.func @hand_config(%x: tensor<64x1024xf32>, %w: tensor<1024x4096xf32>) -> tensor<64x4096xf32> {
  %r = fusion.group contraction ins(%x, %w : tensor<64x1024xf32>, tensor<1024x4096xf32>) -> (tensor<64x4096xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64, 0], thread = [4, 4], reduction = [16]>} {
  ^bb0(%a: tensor<64x1024xf32>, %b: tensor<1024x4096xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<64x4096xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x4096xf32>) -> tensor<64x4096xf32>
    %m = linalg.matmul ins(%a, %b : tensor<64x1024xf32>, tensor<1024x4096xf32>) outs(%f : tensor<64x4096xf32>) -> tensor<64x4096xf32>
    fusion.yield %m : tensor<64x4096xf32>
  }
  return %r : tensor<64x4096xf32>
}
