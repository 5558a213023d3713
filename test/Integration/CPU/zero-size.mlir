// Loops of size 0 compile and run: a linalg op whose body never runs (a
// reduction over K = 0, a convolution with an empty window, an empty result)
// is its init. These crashed upstream's tiling in fusion-lower-groups and
// fusion-vectorize.
// RUN: fuse-opt %s --fusion-lower-groups --fusion-vectorize | FileCheck %s --check-prefix=FOLD
// RUN: fuse-run %s --entry=matmul_k0 --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=MATMUL
// RUN: fuse-run %s --entry=matmul_k0_relu --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=RELU
// RUN: fuse-run %s --entry=conv_empty_window --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=CONV
// RUN: fuse-run %s --entry=reduce_empty --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=REDUCE
// RUN: fuse-run %s --entry=empty_result --compare='fusion-to-llvm{fuse=false}' | FileCheck %s --check-prefix=EMPTY
// RUN: fuse-run %s --entry=matmul_k0 --pipeline=fusion-emulate-gpu --compare=fusion-to-llvm | FileCheck %s --check-prefix=MATMUL
// RUN: fuse-opt %s --fusion-to-nvvm -o /dev/null

// FOLD-LABEL: func.func @matmul_k0(
// FOLD-SAME: %{{.*}}: tensor<4x0xf32>, %{{.*}}: tensor<0x8xf32>, %[[C:.*]]: tensor<4x8xf32>)
// FOLD-NOT: linalg.matmul
// FOLD: return %[[C]]
// The result is the init, the third input (seeded uniform values):
// MATMUL: input #2: 4x8 <f4
// MATMUL: result #0: tensor<4x8xf32> shape 4x8 sum -3.85712
// MATMUL: max abs err 0, {{.*}}: OK
func.func @matmul_k0(%a: tensor<4x0xf32>, %b: tensor<0x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x8xf32>) outs(%c : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// A fill, a product over nothing, an epilogue: max(0, 0 + bias) = relu(bias).
// RELU: result #0: tensor<4x8xf32> shape 4x8
// RELU-SAME: min 0
// RELU: max abs err 0, {{.*}}: OK
func.func @matmul_k0_relu(%a: tensor<4x0xf32>, %b: tensor<0x8xf32>, %bias: tensor<8xf32>) -> tensor<4x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%m, %bias : tensor<4x8xf32>, tensor<8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    %t = arith.maximumf %s, %zero : f32
    linalg.yield %t : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// FOLD-LABEL: func.func @conv_empty_window(
// FOLD-NOT: linalg.conv
// CONV: result #0: tensor<1x5x5x8xf32> shape 1x5x5x8 sum -5.60778
// CONV: max abs err 0, {{.*}}: OK
func.func @conv_empty_window(%x: tensor<1x4x4x1xf32>, %w: tensor<0x0x1x8xf32>, %o: tensor<1x5x5x8xf32>) -> tensor<1x5x5x8xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x4x4x1xf32>, tensor<0x0x1x8xf32>) outs(%o : tensor<1x5x5x8xf32>) -> tensor<1x5x5x8xf32>
  return %0 : tensor<1x5x5x8xf32>
}

// A sum over an empty row is 0.
// REDUCE: result #0: tensor<4xf32> shape 4 sum 0 min 0 max 0
// REDUCE: max abs err 0, {{.*}}: OK
func.func @reduce_empty(%x: tensor<4x0xf32>) -> tensor<4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %r = linalg.reduce ins(%x : tensor<4x0xf32>) outs(%f : tensor<4xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %r : tensor<4xf32>
}

// EMPTY: result #0: tensor<0x8xf32> shape 0x8
// EMPTY: 0 mismatch(es)
func.func @empty_result(%x: tensor<0x8xf32>) -> tensor<0x8xf32> {
  %e = tensor.empty() : tensor<0x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<0x8xf32>) outs(%e : tensor<0x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %t = math.exp %a : f32
    linalg.yield %t : f32
  } -> tensor<0x8xf32>
  return %r : tensor<0x8xf32>
}
