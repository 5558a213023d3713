// RUN: fuse-opt %s -fusion-form-groups -fusion-lower-groups=outline=true 2>/dev/null | FileCheck %s
// RUN: not fuse-opt %s --pass-pipeline='builtin.module(fusion-form-groups, func.func(fusion-lower-groups{outline=true}))' 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: fuse-run %s --pipeline='fusion-to-llvm{outline-kernels=true}' --compare=fusion-to-llvm --entry=mlp --atol=0 --rtol=0 | FileCheck %s --check-prefix=SAME

// fusion-lower-groups{outline}: each group (tiled) becomes a private
// function named after its function, index, kind and result op, kept out of
// LLVM's inliner (passthrough noinline) so that a profiler names it; the
// group's place calls it. The outlined build computes exactly what the
// inlined one does.
// CHECK-LABEL: func.func private @mlp_k0_contraction_generic(
// CHECK-SAME: %{{.*}}: tensor<4x8xf32>) -> tensor<4x16xf32> attributes {passthrough = ["noinline"]}
// CHECK: scf.for
// CHECK: return
// CHECK-LABEL: func.func private @mlp_k1_single_generic(
// CHECK-LABEL: func.func @mlp(
// CHECK: %[[H:.*]] = call @mlp_k0_contraction_generic(%arg0)
// CHECK: %[[Y:.*]] = call @mlp_k1_single_generic(%[[H]])
// CHECK: return %[[Y]]
// NESTED: error: fusion-lower-groups{outline=true} must run on a module (it adds functions), not on 'func.func'
// SAME: compare: {{.*}}: OK
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
func.func @mlp(%x: tensor<4x8xf32>) -> tensor<16x4xf32> {
  %w = arith.constant dense<0.5> : tensor<8x16xf32>
  %b = arith.constant dense<[1.0, -1.0, 2.0, -2.0, 1.0, -1.0, 2.0, -2.0, 1.0, -1.0, 2.0, -2.0, 1.0, -1.0, 2.0, -2.0]> : tensor<16xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%m, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = arith.maximumf %s, %z : f32
    linalg.yield %t : f32
  } -> tensor<4x16xf32>
  %te = tensor.empty() : tensor<16x4xf32>
  %y = linalg.generic {indexing_maps = [#tr, #id], iterator_types = ["parallel", "parallel"]} ins(%r : tensor<4x16xf32>) outs(%te : tensor<16x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<16x4xf32>
  return %y : tensor<16x4xf32>
}
