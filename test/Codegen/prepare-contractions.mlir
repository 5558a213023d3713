// fusion-gpu-prepare-contractions on its own: the rewrites that put
// contraction groups in the form of the shared-memory kernel, before the
// strategy (which then only analyses).
// RUN: fuse-opt %s --fusion-set-target='backend=gpu' --fusion-form-groups --fusion-gpu-prepare-contractions 2>&1 | FileCheck %s
// The strategy alone takes the groups as they are: the product that
// accumulates into an argument is not a kernel in shared memory then.
// RUN: fuse-opt %s --fusion-set-target='backend=gpu' --fusion-form-groups --fusion-select-lowering-strategy='shared-memory-contractions' -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALONE
// With both, the strategy's config:
// RUN: fuse-opt %s --fusion-set-target='backend=gpu' --fusion-form-groups --fusion-gpu-prepare-contractions --fusion-select-lowering-strategy='shared-memory-contractions' -o /dev/null 2>&1 | FileCheck %s --check-prefix=BOTH
// On the CPU it changes nothing:
// RUN: fuse-opt %s --fusion-set-target --fusion-form-groups --fusion-gpu-prepare-contractions 2>&1 | FileCheck %s --check-prefix=CPU

// CHECK: prepare-contractions.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] the product accumulates from zero; the tensor it accumulated into is added in the epilogue
// CHECK: prepare-contractions.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] folded the copies of the contraction's operands into its indexing maps
// CHECK-LABEL: func.func @no_fill(
// CHECK-SAME: %{{.*}}: tensor<64x64xf32>, %{{.*}}: tensor<64x64xf32>, %[[C:.*]]: tensor<64x64xf32>)
// CHECK: fusion.group contraction
// CHECK: %[[F:.*]] = linalg.fill
// CHECK: %[[M:.*]] = linalg.matmul {{.*}} outs(%[[F]] : tensor<64x64xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[M]], %{{.*}} : tensor<64x64xf32>, tensor<64x64xf32>)
// CHECK: arith.addf
// ALONE: prepare-contractions.mlir:{{[0-9]+}}:8: remark: [fusion-select-lowering-strategy] contraction not tiled in shared memory: the accumulator's initial value is not computed elementwise for it alone
// ALONE-NOT: [fusion-gpu-prepare-contractions]
// BOTH: prepare-contractions.mlir:{{[0-9]+}}:8: remark: [fusion-gpu-prepare-contractions] the product accumulates from zero
// BOTH: prepare-contractions.mlir:{{[0-9]+}}:8: remark: [fusion-select-lowering-strategy] contraction tiled in shared memory: 64x64 blocks
// CPU-NOT: remark: [fusion-gpu-prepare-contractions]
// CPU-LABEL: func.func @no_fill(
// CPU: linalg.matmul {{.*}} outs(%arg5 : tensor<64x64xf32>)
func.func @no_fill(%x: tensor<64x64xf32>, %w: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %m = linalg.matmul ins(%x, %w : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

// The transposed weights (a copy in the group) read in place: the
// transpose folds into the contraction's indexing maps.
// CHECK-LABEL: func.func @transposed_weights(
// CHECK: fusion.group contraction
// CHECK-NOT: linalg.transpose
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"]} ins(%{{.*}}, %{{.*}} : tensor<64x32xf32>, tensor<128x32xf32>)
func.func @transposed_weights(%x: tensor<64x32xf32>, %w: tensor<128x32xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<32x128xf32>
  %wt = linalg.transpose ins(%w : tensor<128x32xf32>) outs(%et : tensor<32x128xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<64x128xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x128xf32>) -> tensor<64x128xf32>
  %m = linalg.matmul ins(%x, %wt : tensor<64x32xf32>, tensor<32x128xf32>) outs(%f : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %m : tensor<64x128xf32>
}
