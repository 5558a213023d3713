// linalg.softmax (upstream's named op, as a hand-written or a newer
// frontend's program has it) is decomposed by convert-fusion-to-linalg into
// generics that fuse groups like any softmax; before, it reached the LLVM
// lowering untouched and the program could not be compiled. @main counts
// the elements where the named op's result differs from a hand-written
// softmax (exp(x - max) * (1 / sum)) by more than 1e-6, plus the rows whose
// sum is not 1 within 1e-5: 0 on the CPU and in the GPU emulation.
// RUN: fuse-opt %s --convert-fusion-to-linalg | FileCheck %s --check-prefix=DECOMPOSED
// DECOMPOSED-LABEL: func.func @main
// DECOMPOSED-NOT: linalg.softmax
// DECOMPOSED: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// DECOMPOSED: math.exp
// RUN: fuse-run %s | FileCheck %s
// RUN: fuse-run %s --pipeline='fusion-to-llvm{fuse=false}' | FileCheck %s
// RUN: fuse-run %s --pipeline=fusion-emulate-gpu | FileCheck %s
// CHECK: result #0: tensor<f32> {{.*}} sum 0 min 0 max 0
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<16x200xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %eps = arith.constant 1.0e-6 : f32
  %rowEps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : tensor<16x200xf32>
  %named = linalg.softmax dimension(1) ins(%x : tensor<16x200xf32>) outs(%e : tensor<16x200xf32>) -> tensor<16x200xf32>
  // The reference, written out.
  %re = tensor.empty() : tensor<16xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%re : tensor<16xf32>) -> tensor<16xf32>
  %max = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<16x200xf32>) outs(%mi : tensor<16xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %m = arith.maximumf %in, %acc : f32
    linalg.yield %m : f32
  } -> tensor<16xf32>
  %si = linalg.fill ins(%zero : f32) outs(%re : tensor<16xf32>) -> tensor<16xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "reduction"]} ins(%x, %max : tensor<16x200xf32>, tensor<16xf32>) outs(%si : tensor<16xf32>) {
  ^bb0(%in: f32, %mx: f32, %acc: f32):
    %d = arith.subf %in, %mx : f32
    %ex = math.exp %d : f32
    %a = arith.addf %ex, %acc : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  %ref = linalg.generic {indexing_maps = [#id, #row, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %max, %sum : tensor<16x200xf32>, tensor<16xf32>, tensor<16xf32>) outs(%e : tensor<16x200xf32>) {
  ^bb0(%in: f32, %mx: f32, %s: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %ex = math.exp %d : f32
    %r = arith.divf %one, %s : f32
    %p = arith.mulf %ex, %r : f32
    linalg.yield %p : f32
  } -> tensor<16x200xf32>
  // Elements that differ, and the named op's row sums.
  %ci = tensor.empty() : tensor<f32>
  %c0 = linalg.fill ins(%zero : f32) outs(%ci : tensor<f32>) -> tensor<f32>
  %bad = linalg.generic {indexing_maps = [#id, #id, affine_map<(d0, d1) -> ()>], iterator_types = ["reduction", "reduction"]} ins(%named, %ref : tensor<16x200xf32>, tensor<16x200xf32>) outs(%c0 : tensor<f32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %d = arith.subf %a, %b : f32
    %ad = math.absf %d : f32
    %gt = arith.cmpf ogt, %ad, %eps : f32
    %n = arith.select %gt, %one, %zero : f32
    %s = arith.addf %n, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  %rs = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%named : tensor<16x200xf32>) outs(%si : tensor<16xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %a = arith.addf %in, %acc : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  %all = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%rs : tensor<16xf32>) outs(%bad : tensor<f32>) {
  ^bb0(%s: f32, %acc: f32):
    %d = arith.subf %s, %one : f32
    %ad = math.absf %d : f32
    %gt = arith.cmpf ogt, %ad, %rowEps : f32
    %n = arith.select %gt, %one, %zero : f32
    %t = arith.addf %n, %acc : f32
    linalg.yield %t : f32
  } -> tensor<f32>
  return %all : tensor<f32>
}
