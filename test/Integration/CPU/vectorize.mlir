// Vectorized and scalar builds compute the same: combiners, a matmul with a
// bias+ReLU epilogue, a row reduction, at vector widths 4, 8 and 16.
// RUN: fuse-run %s --compare='fusion-to-llvm{vectorize=false}' --pipeline='fusion-to-llvm{vector-width=4}' | FileCheck %s
// RUN: fuse-run %s --compare='fusion-to-llvm{vectorize=false}' --pipeline='fusion-to-llvm{vector-width=8}' | FileCheck %s
// RUN: fuse-run %s --compare='fusion-to-llvm{vectorize=false}' --pipeline='fusion-to-llvm{vector-width=16}' | FileCheck %s
// RUN: fuse-run %s --compare='fusion-to-llvm{vectorize=false fuse=false}' | FileCheck %s
//
// 2-D convolutions (decomposed into vectorized 1-D ones), NCHW with batch
// norm and ReLU, and NHWC, against the scalar build:
// RUN: fuse-run %S/groups.mlir --entry=w3 --compare='fusion-to-llvm{vectorize=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=CONV
// RUN: fuse-run %S/fold-batchnorm.mlir --entry=nhwc_runtime --compare='fusion-to-llvm{vectorize=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=CONV
// RUN: fuse-run %S/fold-batchnorm.mlir --entry=nchw_const --pipeline='fusion-to-llvm{vector-width=4}' --compare='fusion-to-llvm{vectorize=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=CONV
// CONV: compare: 'fusion-to-llvm{vectorize=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
// CHECK: result #0: tensor<24x48xf32>
// CHECK: result #1: tensor<24xf32>
// CHECK: compare: {{.*}}: OK
#id = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<24x40xf32>, %w: tensor<40x48xf32>, %b: tensor<48xf32>,
                %g: tensor<24x1xf32>, %y: tensor<24x48xf32>, %q: tensor<48xf32>) -> (tensor<24x48xf32>, tensor<24xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<24x48xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<24x48xf32>) -> tensor<24x48xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<24x40xf32>, tensor<40x48xf32>) outs(%f : tensor<24x48xf32>) -> tensor<24x48xf32>
  %act = linalg.generic {indexing_maps = [#id, #bias, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %b : tensor<24x48xf32>, tensor<48xf32>) outs(%e : tensor<24x48xf32>) {
  ^bb0(%m: f32, %bb: f32, %o: f32):
    %s = arith.addf %m, %bb : f32
    %r = arith.maximumf %s, %zero : f32
    linalg.yield %r : f32
  } -> tensor<24x48xf32>
  %gated = fusion.gate %g, %act, %y : tensor<24x1xf32>, tensor<24x48xf32>
  %att = fusion.attention %q, %gated, %y : tensor<48xf32>, tensor<24x48xf32>, tensor<24x48xf32> -> tensor<24x48xf32>
  %e1 = tensor.empty() : tensor<24xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<24xf32>) -> tensor<24xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%att : tensor<24x48xf32>) outs(%f1 : tensor<24xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %s = arith.addf %v, %acc : f32
    linalg.yield %s : f32
  } -> tensor<24xf32>
  return %att, %sum : tensor<24x48xf32>, tensor<24xf32>
}
