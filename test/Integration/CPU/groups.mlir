// Kernel formation and per-group tile-and-fuse (fusion-to-llvm's default)
// compute what the ungrouped and the unfused builds compute, on small
// versions of the benchmark workloads: W1 elementwise chain, W2 dense layer
// + bias + GELU (two 1024-wide column tiles), a softmax (a reduction group
// whose tiles recompute the row sums), W3 conv + batch norm + ReLU, a layer
// norm, and a GLU's gate and value (a horizontal group).
// RUN: fuse-run %s --entry=w1 --compare='fusion-to-llvm{groups=false}' | FileCheck %s --check-prefix=GROUPS
// RUN: fuse-run %s --entry=w2 --compare='fusion-to-llvm{groups=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=GROUPS
// RUN: fuse-run %s --entry=softmax --compare='fusion-to-llvm{groups=false}' --rtol=1e-4 --atol=1e-6 | FileCheck %s --check-prefix=GROUPS
// RUN: fuse-run %s --entry=w3 --compare='fusion-to-llvm{groups=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=GROUPS
// RUN: fuse-run %s --entry=w2 --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=UNFUSED
// RUN: fuse-run %s --entry=softmax --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-6 | FileCheck %s --check-prefix=UNFUSED
// RUN: fuse-run %s --entry=w3 --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=UNFUSED
// Layer norm: two reduction groups (the row sums; the squares' sums with the
// normalization, the centring fused into both).
// RUN: fuse-run %s --entry=layer_norm --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=UNFUSED
// RUN: fuse-run %s --entry=layer_norm --compare='fusion-to-llvm{groups=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s --check-prefix=GROUPS
// RUN: fuse-run %s --entry=layer_norm --compare='fusion-to-llvm{vectorize=false}' --rtol=1e-3 --atol=1e-5 | FileCheck %s --check-prefix=SCALAR
// SCALAR: compare: 'fusion-to-llvm{vectorize=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-linalg, fusion-form-groups)' -o /dev/null 2>&1 | FileCheck %s --check-prefix=LN
// LN: groups.mlir:[[@LINE+162]]{{.*}}formed a reduction group: linalg.fill + linalg.generic + linalg.generic
// LN-NOT: formed a single group: linalg.fill
// Horizontal: a GLU's gate and value, siblings reading x, one kernel.
// RUN: fuse-run %s --entry=glu --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-6 | FileCheck %s --check-prefix=UNFUSED
// RUN: fuse-run %s --entry=glu --compare='fusion-to-llvm{groups=false}' --rtol=1e-4 --atol=1e-6 | FileCheck %s --check-prefix=GROUPS
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-linalg, fusion-form-groups)' -o /dev/null 2>&1 | FileCheck %s --check-prefix=HORIZONTAL
// HORIZONTAL: formed a horizontal group: linalg.generic
// GROUPS: compare: 'fusion-to-llvm{groups=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
// UNFUSED: compare: 'fusion-to-llvm{fuse=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
//
// The groups: W2 is one contraction group (fill, matmul, bias, GELU).
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-linalg, fusion-form-groups)' -o /dev/null 2>&1 | FileCheck %s --check-prefix=FORM
// FORM: formed a contraction group: linalg.fill + linalg.matmul + linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#col = affine_map<(d0, d1) -> (d0)>
#id1 = affine_map<(d0) -> (d0)>
func.func @w1(%x: tensor<65536xf32>, %a: tensor<65536xf32>, %b: tensor<65536xf32>) -> tensor<65536xf32> {
  %e = tensor.empty() : tensor<65536xf32>
  %y = linalg.generic {indexing_maps = [#id1, #id1, #id1, #id1], iterator_types = ["parallel"]}
      ins(%x, %a, %b : tensor<65536xf32>, tensor<65536xf32>, tensor<65536xf32>) outs(%e : tensor<65536xf32>) {
  ^bb0(%xi: f32, %ai: f32, %bi: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %one = arith.constant 1.0 : f32
    %0 = arith.mulf %xi, %ai : f32
    %1 = arith.addf %0, %bi : f32
    %2 = arith.negf %xi : f32
    %3 = math.exp %2 : f32
    %4 = arith.addf %3, %one : f32
    %5 = arith.divf %1, %4 : f32
    %6 = arith.maximumf %5, %zero : f32
    linalg.yield %6 : f32
  } -> tensor<65536xf32>
  return %y : tensor<65536xf32>
}

func.func @w2(%x: tensor<16x128xf32>, %w: tensor<128x2048xf32>, %b: tensor<2048xf32>) -> tensor<16x2048xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x2048xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x2048xf32>) -> tensor<16x2048xf32>
  %m = linalg.matmul ins(%x, %w : tensor<16x128xf32>, tensor<128x2048xf32>) outs(%f : tensor<16x2048xf32>) -> tensor<16x2048xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<16x2048xf32>, tensor<2048xf32>) outs(%e : tensor<16x2048xf32>) {
  ^bb0(%i: f32, %bi: f32, %o: f32):
    // GELU, tanh form: 0.5 v (1 + tanh(0.79788456 (v + 0.044715 v^3)))
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %c = arith.constant 0.79788456 : f32
    %k = arith.constant 0.044715 : f32
    %v = arith.addf %i, %bi : f32
    %v2 = arith.mulf %v, %v : f32
    %v3 = arith.mulf %v2, %v : f32
    %t0 = arith.mulf %v3, %k : f32
    %t1 = arith.addf %v, %t0 : f32
    %t2 = arith.mulf %t1, %c : f32
    %t3 = math.tanh %t2 : f32
    %t4 = arith.addf %t3, %one : f32
    %t5 = arith.mulf %v, %t4 : f32
    %g = arith.mulf %t5, %half : f32
    linalg.yield %g : f32
  } -> tensor<16x2048xf32>
  return %y : tensor<16x2048xf32>
}

func.func @softmax(%x: tensor<8x2048xf32>) -> tensor<8x2048xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x2048xf32>
  %er = tensor.empty() : tensor<8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<8xf32>) -> tensor<8xf32>
  %exp = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<8x2048xf32>) outs(%e : tensor<8x2048xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = math.exp %i : f32
    linalg.yield %0 : f32
  } -> tensor<8x2048xf32>
  %sum = linalg.generic {indexing_maps = [#id, #col], iterator_types = ["parallel", "reduction"]}
      ins(%exp : tensor<8x2048xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.addf %i, %o : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %y = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%exp, %sum : tensor<8x2048xf32>, tensor<8xf32>) outs(%e : tensor<8x2048xf32>) {
  ^bb0(%i: f32, %s: f32, %o: f32):
    %0 = arith.divf %i, %s : f32
    linalg.yield %0 : f32
  } -> tensor<8x2048xf32>
  return %y : tensor<8x2048xf32>
}

func.func @w3(%x: tensor<2x16x18x18xf32>, %w: tensor<16x16x3x3xf32>) -> tensor<2x16x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<[0.6, 0.7, 0.8, 1.5, 1.1, 0.9, 0.5, 1.2, 0.6, 0.7, 0.8, 1.5, 1.1, 0.9, 0.5, 1.2]> : tensor<16xf32>
  %b = arith.constant dense<[0.1, -0.2, 0.3, 0.0, 0.5, -0.6, 0.2, 0.1, 0.1, -0.2, 0.3, 0.0, 0.5, -0.6, 0.2, 0.1]> : tensor<16xf32>
  %m = arith.constant dense<[0.3, 0.2, -0.1, 0.4, 0.0, 0.1, 0.2, 0.3, 0.3, 0.2, -0.1, 0.4, 0.0, 0.1, 0.2, 0.3]> : tensor<16xf32>
  %v = arith.constant dense<[0.5, 1.2, 1.3, 0.9, 2.0, 0.1, 0.7, 1.1, 0.5, 1.2, 1.3, 0.9, 2.0, 0.1, 0.7, 1.1]> : tensor<16xf32>
  %e = tensor.empty() : tensor<2x16x16x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x16x16x16xf32>) -> tensor<2x16x16x16xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x16x18x18xf32>, tensor<16x16x3x3xf32>) outs(%f : tensor<2x16x16x16xf32>) -> tensor<2x16x16x16xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<2x16x16x16xf32>, tensor<16xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y : tensor<2x16x16x16xf32>) outs(%e : tensor<2x16x16x16xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<2x16x16x16xf32>
  return %r : tensor<2x16x16x16xf32>
}

// The gate and the value of a gated unit, returned separately (each goes on
// to its own consumer in a model): siblings reading %x.
func.func @glu(%x: tensor<24x96xf32>) -> (tensor<24x96xf32>, tensor<24x96xf32>) {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<24x96xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<24x96xf32>) outs(%e : tensor<24x96xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    %x1 = math.exp %n : f32
    %d = arith.addf %x1, %one : f32
    %s = arith.divf %one, %d : f32
    linalg.yield %s : f32
  } -> tensor<24x96xf32>
  %h = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<24x96xf32>) outs(%e : tensor<24x96xf32>) {
  ^bb0(%v: f32, %o: f32):
    %th = math.tanh %v : f32
    linalg.yield %th : f32
  } -> tensor<24x96xf32>
  return %g, %h : tensor<24x96xf32>, tensor<24x96xf32>
}

#lnrow = affine_map<(d0, d1) -> (d0)>
#lncol = affine_map<(d0, d1) -> (d1)>
func.func @layer_norm(%x: tensor<32x256xf32>, %g: tensor<256xf32>, %b: tensor<256xf32>) -> tensor<32x256xf32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 256.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %er = tensor.empty() : tensor<32xf32>
  %fr = linalg.fill ins(%zero : f32) outs(%er : tensor<32xf32>) -> tensor<32xf32>
  %sum = linalg.generic {indexing_maps = [#id, #lnrow], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<32x256xf32>) outs(%fr : tensor<32xf32>) {
  ^bb0(%v: f32, %a: f32):
    %s = arith.addf %a, %v : f32
    linalg.yield %s : f32
  } -> tensor<32xf32>
  %e = tensor.empty() : tensor<32x256xf32>
  %xc = linalg.generic {indexing_maps = [#id, #lnrow, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %sum : tensor<32x256xf32>, tensor<32xf32>) outs(%e : tensor<32x256xf32>) {
  ^bb0(%v: f32, %s: f32, %o: f32):
    %m = arith.divf %s, %n : f32
    %d = arith.subf %v, %m : f32
    linalg.yield %d : f32
  } -> tensor<32x256xf32>
  %sq = linalg.generic {indexing_maps = [#id, #lnrow], iterator_types = ["parallel", "reduction"]}
      ins(%xc : tensor<32x256xf32>) outs(%fr : tensor<32xf32>) {
  ^bb0(%v: f32, %a: f32):
    %p = arith.mulf %v, %v : f32
    %s = arith.addf %a, %p : f32
    linalg.yield %s : f32
  } -> tensor<32xf32>
  %y = linalg.generic {indexing_maps = [#id, #lnrow, #lncol, #lncol, #id], iterator_types = ["parallel", "parallel"]}
      ins(%xc, %sq, %g, %b : tensor<32x256xf32>, tensor<32xf32>, tensor<256xf32>, tensor<256xf32>) outs(%e : tensor<32x256xf32>) {
  ^bb0(%v: f32, %s: f32, %gg: f32, %bb: f32, %o: f32):
    %var = arith.divf %s, %n : f32
    %ve = arith.addf %var, %eps : f32
    %r = math.rsqrt %ve : f32
    %t = arith.mulf %v, %r : f32
    %u = arith.mulf %t, %gg : f32
    %w = arith.addf %u, %bb : f32
    linalg.yield %w : f32
  } -> tensor<32x256xf32>
  return %y : tensor<32x256xf32>
}
