// Sibling fusion keeps the numbers: Q/K/V projections of one input (batch
// 64, 512 -> 3 x 512) with a bias, and three ensemble members on one input,
// each group fused into one matmul, against the unfused build. Weights are
// constants (splats, one value per matrix), as in a deployed model; groups
// with weights given at run time are refused by default.
// RUN: fuse-run %s --entry=qkv --compare='fusion-to-llvm{fuse=false}' --atol=1e-4 | FileCheck %s
// RUN: fuse-run %s --entry=ensemble --compare='fusion-to-llvm{fuse=false}' --atol=1e-4 | FileCheck %s
// RUN: fuse-opt %s --fusion-to-linalg -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// CHECK: compare: {{.*}}: OK
// REMARK-DAG: [fusion-fuse-siblings] fused 3 matmuls sharing their LHS into one
// REMARK-DAG: [fusion-fold-bias] folded bias add into linalg.matmul
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
func.func @qkv(%x: tensor<64x512xf32>, %bq: tensor<512xf32>) -> (tensor<64x512xf32>, tensor<64x512xf32>, tensor<64x512xf32>) {
  %zero = arith.constant 0.0 : f32
  %wq = arith.constant dense<0.01> : tensor<512x512xf32>
  %wk = arith.constant dense<-0.02> : tensor<512x512xf32>
  %wv = arith.constant dense<0.03> : tensor<512x512xf32>
  %e = tensor.empty() : tensor<64x512xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x512xf32>) -> tensor<64x512xf32>
  %q0 = linalg.matmul ins(%x, %wq : tensor<64x512xf32>, tensor<512x512xf32>) outs(%f : tensor<64x512xf32>) -> tensor<64x512xf32>
  %q = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%q0, %bq : tensor<64x512xf32>, tensor<512xf32>) outs(%e : tensor<64x512xf32>) {
  ^bb0(%v: f32, %b: f32, %o: f32):
    %s = arith.addf %v, %b : f32
    linalg.yield %s : f32
  } -> tensor<64x512xf32>
  %k = linalg.matmul ins(%x, %wk : tensor<64x512xf32>, tensor<512x512xf32>) outs(%f : tensor<64x512xf32>) -> tensor<64x512xf32>
  %v = linalg.matmul ins(%x, %wv : tensor<64x512xf32>, tensor<512x512xf32>) outs(%f : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %q, %k, %v : tensor<64x512xf32>, tensor<64x512xf32>, tensor<64x512xf32>
}
// Three members on one input, averaged (late fusion).
func.func @ensemble(%x: tensor<16x64xf32>) -> tensor<16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %w0 = arith.constant dense<0.1> : tensor<64x32xf32>
  %w1 = arith.constant dense<0.2> : tensor<64x32xf32>
  %w2 = arith.constant dense<-0.1> : tensor<64x32xf32>
  %y = fusion.late ins(%x, %x, %x : tensor<16x64xf32>, tensor<16x64xf32>, tensor<16x64xf32>) -> tensor<16x32xf32>
  branch {
  ^bb0(%a: tensor<16x64xf32>):
    %e = tensor.empty() : tensor<16x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x32xf32>) -> tensor<16x32xf32>
    %m = linalg.matmul ins(%a, %w0 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%f : tensor<16x32xf32>) -> tensor<16x32xf32>
    fusion.yield %m : tensor<16x32xf32>
  } branch {
  ^bb0(%a: tensor<16x64xf32>):
    %e = tensor.empty() : tensor<16x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x32xf32>) -> tensor<16x32xf32>
    %m = linalg.matmul ins(%a, %w1 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%f : tensor<16x32xf32>) -> tensor<16x32xf32>
    fusion.yield %m : tensor<16x32xf32>
  } branch {
  ^bb0(%a: tensor<16x64xf32>):
    %e = tensor.empty() : tensor<16x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x32xf32>) -> tensor<16x32xf32>
    %m = linalg.matmul ins(%a, %w2 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%f : tensor<16x32xf32>) -> tensor<16x32xf32>
    fusion.yield %m : tensor<16x32xf32>
  } combine {
  ^bb0(%p: tensor<16x32xf32>, %q: tensor<16x32xf32>, %r: tensor<16x32xf32>):
    %m = fusion.mean %p, %q, %r : tensor<16x32xf32>
    fusion.yield %m : tensor<16x32xf32>
  }
  return %y : tensor<16x32xf32>
}
