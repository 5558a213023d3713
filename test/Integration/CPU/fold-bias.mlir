// fusion-fold-bias keeps the numbers: an MLP layer 64x1024 by 1024x4096
// with bias and ReLU, and a conv with a per-channel bias, fused (bias in the
// accumulator init) against unfused.
// RUN: fuse-run %s --entry=mlp --compare='fusion-to-llvm{fuse=false}' --atol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=conv --compare='fusion-to-llvm{fuse=false}' | FileCheck %s
// RUN: fuse-opt %s --fusion-fold-bias -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// CHECK: compare: {{.*}}: OK
// REMARK: folded bias add into linalg.matmul; saves ~2097152 bytes
// REMARK: folded bias add into linalg.conv_2d_nhwc_hwcf
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func @mlp(%x: tensor<64x1024xf32>, %w: tensor<1024x4096xf32>, %b: tensor<4096xf32>) -> tensor<64x4096xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x4096xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x4096xf32>) outs(%f : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  %y = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<64x4096xf32>, tensor<4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%v: f32, %bb: f32, %o: f32):
    %s = arith.addf %v, %bb : f32
    linalg.yield %s : f32
  } -> tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<64x4096xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%v: f32, %o: f32):
    %m0 = arith.maximumf %v, %zero : f32
    linalg.yield %m0 : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d3)>
func.func @conv(%x: tensor<2x10x10x3xf32>, %w: tensor<3x3x3x16xf32>, %b: tensor<16xf32>) -> tensor<2x8x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x8x8x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x8x8x16xf32>) -> tensor<2x8x8x16xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x10x10x3xf32>, tensor<3x3x3x16xf32>) outs(%f : tensor<2x8x8x16xf32>) -> tensor<2x8x8x16xf32>
  %y = linalg.generic {indexing_maps = [#ch, #id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b, %c : tensor<16xf32>, tensor<2x8x8x16xf32>) outs(%e : tensor<2x8x8x16xf32>) {
  ^bb0(%bb: f32, %v: f32, %o: f32):
    %s = arith.addf %bb, %v : f32
    linalg.yield %s : f32
  } -> tensor<2x8x8x16xf32>
  return %y : tensor<2x8x8x16xf32>
}
