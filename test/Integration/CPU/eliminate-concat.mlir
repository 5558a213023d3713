// Early-fusion concats without copies compute what the unfused program
// computes: a concat of two modalities' features feeding a dense layer
// (split into partial matmuls) and a concat of two batches of rows (kept,
// its producers writing in place), each followed by a ReLU.
// RUN: fuse-run %s --entry=early_dense --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=rows_in_place --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// CHECK: compare: 'fusion-to-llvm{fuse=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
//
// After bufferization (and cse + canonicalize, which drop its copies of a
// subview onto itself) the fused program copies nothing; the unfused one
// copies each concat's inputs (2 + 2 memref.copy).
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-linalg{fuse=true}, one-shot-bufferize{bufferize-function-boundaries}, cse, canonicalize)' | FileCheck %s --check-prefix=FUSED
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-linalg{fuse=false}, one-shot-bufferize{bufferize-function-boundaries}, cse, canonicalize)' | FileCheck %s --check-prefix=UNFUSED
// FUSED-NOT: memref.copy
// UNFUSED-COUNT-4: memref.copy
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @early_dense(%img: tensor<16x64xf32>, %txt: tensor<16x32xf32>, %w: tensor<96x48xf32>) -> tensor<16x48xf32> {
  %zero = arith.constant 0.0 : f32
  %y = fusion.early ins(%img, %txt : tensor<16x64xf32>, tensor<16x32xf32>) -> tensor<16x48xf32>
  combine {
  ^bb0(%a: tensor<16x64xf32>, %t: tensor<16x32xf32>):
    %c = fusion.concat %a, %t {axis = 1} : tensor<16x64xf32>, tensor<16x32xf32> -> tensor<16x96xf32>
    fusion.yield %c : tensor<16x96xf32>
  } body {
  ^bb0(%c: tensor<16x96xf32>):
    %e = tensor.empty() : tensor<16x48xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<16x48xf32>) -> tensor<16x48xf32>
    %m = linalg.matmul ins(%c, %w : tensor<16x96xf32>, tensor<96x48xf32>) outs(%f : tensor<16x48xf32>) -> tensor<16x48xf32>
    %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<16x48xf32>) outs(%e : tensor<16x48xf32>) {
    ^bb0(%i: f32, %o: f32):
      %t = arith.maximumf %i, %zero : f32
      linalg.yield %t : f32
    } -> tensor<16x48xf32>
    fusion.yield %r : tensor<16x48xf32>
  }
  return %y : tensor<16x48xf32>
}

func.func @rows_in_place(%a: tensor<8x32xf32>, %b: tensor<24x32xf32>, %w: tensor<32x16xf32>) -> tensor<32x16xf32> {
  %zero = arith.constant 0.0 : f32
  %ea = tensor.empty() : tensor<8x16xf32>
  %fa = linalg.fill ins(%zero : f32) outs(%ea : tensor<8x16xf32>) -> tensor<8x16xf32>
  %ma = linalg.matmul ins(%a, %w : tensor<8x32xf32>, tensor<32x16xf32>) outs(%fa : tensor<8x16xf32>) -> tensor<8x16xf32>
  %eb = tensor.empty() : tensor<24x16xf32>
  %fb = linalg.fill ins(%zero : f32) outs(%eb : tensor<24x16xf32>) -> tensor<24x16xf32>
  %mb = linalg.matmul ins(%b, %w : tensor<24x32xf32>, tensor<32x16xf32>) outs(%fb : tensor<24x16xf32>) -> tensor<24x16xf32>
  %c = tensor.concat dim(0) %ma, %mb : (tensor<8x16xf32>, tensor<24x16xf32>) -> tensor<32x16xf32>
  %e = tensor.empty() : tensor<32x16xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%c : tensor<32x16xf32>) outs(%e : tensor<32x16xf32>) {
  ^bb0(%i: f32, %o: f32):
    %t = arith.maximumf %i, %zero : f32
    linalg.yield %t : f32
  } -> tensor<32x16xf32>
  return %r : tensor<32x16xf32>
}
