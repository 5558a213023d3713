// RUN: fuse-opt %s --split-input-file --fusion-propagate-transposes 2>/dev/null | FileCheck %s
// RUN: fuse-opt %s --split-input-file --fusion-propagate-transposes -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// REMARK: propagate-transposes.mlir:[[@LINE+17]]:1: remark: [fusion-propagate-transposes] removed 2 of 3 layout transposes
// REMARK: propagate-transposes.mlir:[[@LINE+51]]:1: remark: [fusion-propagate-transposes] removed 1 of 2 layout transposes
// REMARK: propagate-transposes.mlir:[[@LINE+147]]:1: remark: [fusion-propagate-transposes] removed 1 of 1 layout transposes
// REMARK-NOT: remark

// Two channels-last convolutions (as fusion-conv-to-nhwc leaves them) with
// a ReLU and a pad between: the ReLU and the pad run in NHWC, and the
// NHWC -> NCHW -> NHWC pair between the convolutions is gone.
// CHECK-LABEL: func.func @conv_relu_pad_conv
// CHECK: %[[C1:.*]] = linalg.conv_2d_nhwc_hwcf
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[C1]] : tensor<1x6x6x4xf32>)
// CHECK: arith.maximumf
// CHECK: %[[P:.*]] = tensor.pad %[[R]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}} ins(%[[P]],
// CHECK: linalg.transpose
// CHECK-NOT: linalg.transpose
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @conv_relu_pad_conv(%x: tensor<1x8x8x3xf32>, %w1: tensor<3x3x3x4xf32>, %w2: tensor<3x3x4x4xf32>) -> tensor<1x4x6x6xf32> {
  %zero = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<1x6x6x4xf32>
  %f1 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %c1 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w1 : tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) outs(%f1 : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %t1e = tensor.empty() : tensor<1x4x6x6xf32>
  %t1 = linalg.transpose ins(%c1 : tensor<1x6x6x4xf32>) outs(%t1e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %re = tensor.empty() : tensor<1x4x6x6xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t1 : tensor<1x4x6x6xf32>) outs(%re : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x4x6x6xf32>
  %p = tensor.pad %r low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x4x6x6xf32> to tensor<1x4x8x8xf32>
  %t2e = tensor.empty() : tensor<1x8x8x4xf32>
  %t2 = linalg.transpose ins(%p : tensor<1x4x8x8xf32>) outs(%t2e : tensor<1x8x8x4xf32>) permutation = [0, 2, 3, 1]
  %f2 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %c2 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%t2, %w2 : tensor<1x8x8x4xf32>, tensor<3x3x4x4xf32>) outs(%f2 : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %t3 = linalg.transpose ins(%c2 : tensor<1x6x6x4xf32>) outs(%t1e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  return %t3 : tensor<1x4x6x6xf32>
}

// -----

// A residual add of two transposed values and a per-channel bias: it runs
// in the transposes' layout, the bias read through the permuted map.
// CHECK-LABEL: func.func @residual_add
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #[[BIAS:.*]], #{{.*}}]{{.*}} ins(%arg0, %arg1, %arg2 : tensor<1x6x6x4xf32>, tensor<1x6x6x4xf32>, tensor<4xf32>)
// CHECK: linalg.transpose
// CHECK-NOT: linalg.transpose
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
func.func @residual_add(%a: tensor<1x6x6x4xf32>, %b: tensor<1x6x6x4xf32>, %bias: tensor<4xf32>) -> tensor<1x4x6x6xf32> {
  %e = tensor.empty() : tensor<1x4x6x6xf32>
  %ta = linalg.transpose ins(%a : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %tb = linalg.transpose ins(%b : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %s = linalg.generic {indexing_maps = [#id, #id, #ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ta, %tb, %bias : tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>, tensor<4xf32>) outs(%e : tensor<1x4x6x6xf32>) {
  ^bb0(%x: f32, %y: f32, %c: f32, %out: f32):
    %0 = arith.addf %x, %y : f32
    %1 = arith.addf %0, %c : f32
    linalg.yield %1 : f32
  } -> tensor<1x4x6x6xf32>
  return %s : tensor<1x4x6x6xf32>
}

// -----

// Not moved: a reduction with another operand that would then be read
// transposed (the window read (d3, d2) would become (d2, d1)), a generic
// using linalg.index (its indices name the loops), a pad whose value
// depends on the position. No remark.
// CHECK-LABEL: func.func @stays
// CHECK-COUNT-3: linalg.transpose
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#pool = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
#win = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
func.func @stays(%a: tensor<1x6x6x4xf32>, %w: tensor<6x6xf32>) -> (tensor<1x4x1x1xf32>, tensor<1x4x6x6xf32>, tensor<1x4x8x8xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x6x6xf32>
  %t = linalg.transpose ins(%a : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %pe = tensor.empty() : tensor<1x4x1x1xf32>
  %pf = linalg.fill ins(%zero : f32) outs(%pe : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
  %pool = linalg.generic {indexing_maps = [#id, #win, #pool], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%t, %w : tensor<1x4x6x6xf32>, tensor<6x6xf32>) outs(%pf : tensor<1x4x1x1xf32>) {
  ^bb0(%in: f32, %wv: f32, %out: f32):
    %m = arith.mulf %in, %wv : f32
    %s = arith.addf %m, %out : f32
    linalg.yield %s : f32
  } -> tensor<1x4x1x1xf32>
  %t2 = linalg.transpose ins(%a : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %idx = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t2 : tensor<1x4x6x6xf32>) outs(%e : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i = linalg.index 1 : index
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    %s = arith.addf %in, %f : f32
    linalg.yield %s : f32
  } -> tensor<1x4x6x6xf32>
  %t3 = linalg.transpose ins(%a : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %p = tensor.pad %t3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    %ii = arith.index_cast %k : index to i32
    %f = arith.sitofp %ii : i32 to f32
    tensor.yield %f : f32
  } : tensor<1x4x6x6xf32> to tensor<1x4x8x8xf32>
  return %pool, %idx, %p : tensor<1x4x1x1xf32>, tensor<1x4x6x6xf32>, tensor<1x4x8x8xf32>
}

// -----

// A pad whose value is a constant defined in its own body: the constant is
// cloned out with the sunk pad (the body goes with the old one).
// CHECK-LABEL: func.func @pad_value_in_body
// CHECK: %[[C:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[N:.*]] = linalg.negf
// CHECK: tensor.pad %[[N]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK: tensor.yield %[[C]]
// CHECK: linalg.transpose
func.func @pad_value_in_body(%a: tensor<1x6x6x4xf32>) -> tensor<1x4x8x8xf32> {
  %ne = tensor.empty() : tensor<1x6x6x4xf32>
  %n = linalg.negf ins(%a : tensor<1x6x6x4xf32>) outs(%ne : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %e = tensor.empty() : tensor<1x4x6x6xf32>
  %t = linalg.transpose ins(%n : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %p = tensor.pad %t low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    %zero = arith.constant 0.0 : f32
    tensor.yield %zero : f32
  } : tensor<1x4x6x6xf32> to tensor<1x4x8x8xf32>
  return %p : tensor<1x4x8x8xf32>
}

// -----

// A generic that reads a transpose through the inverse permutation (as a
// bottleneck's ReLU reads the conv result once the transpose before the
// next convolution is folded into it) reads the conv's NHWC result
// directly; the transpose is dead. Where the composed map is not the
// identity (@permuted_read), the read stays on the transpose.
// CHECK-LABEL: func.func @inverse_read
// CHECK: %[[C:.*]] = linalg.conv_2d_nhwc_hwcf
// CHECK-NOT: linalg.transpose
// CHECK: linalg.generic {indexing_maps = [#[[ID:.*]], #[[ID]]], {{.*}}} ins(%[[C]] : tensor<1x6x6x4xf32>) outs(%{{.*}} : tensor<1x6x6x4xf32>)
// CHECK-NOT: linalg.transpose
// CHECK: return
// CHECK-LABEL: func.func @permuted_read
// CHECK: %[[T:.*]] = linalg.transpose
// CHECK: linalg.generic {{.*}} ins(%[[T]] : tensor<1x4x6x6xf32>)
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#nhwc_from_nchw = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#swap_hw = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2, d1)>
func.func @inverse_read(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<1x6x6x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x6x6x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>) outs(%f : tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32>
  %te = tensor.empty() : tensor<1x4x6x6xf32>
  %t = linalg.transpose ins(%c : tensor<1x6x6x4xf32>) outs(%te : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %r = linalg.generic {indexing_maps = [#nhwc_from_nchw, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t : tensor<1x4x6x6xf32>) outs(%e : tensor<1x6x6x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x6x6x4xf32>
  return %r : tensor<1x6x6x4xf32>
}
func.func @permuted_read(%c: tensor<1x6x6x4xf32>) -> tensor<1x6x6x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x6x6x4xf32>
  %te = tensor.empty() : tensor<1x4x6x6xf32>
  %t = linalg.transpose ins(%c : tensor<1x6x6x4xf32>) outs(%te : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %r = linalg.generic {indexing_maps = [#swap_hw, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t : tensor<1x4x6x6xf32>) outs(%e : tensor<1x6x6x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x6x6x4xf32>
  return %r : tensor<1x6x6x4xf32>
}

// -----

// A transpose of a constant with data (torch-mlir's linear layer, x @ W^T,
// with W as a dense_resource blob) is a new constant, transposed at compile
// time instead of on every call.
// REMARK: propagate-transposes.mlir:[[@LINE+5]]:1: remark: [fusion-propagate-transposes] removed 1 of 1 layout transposes
// CHECK-LABEL: func.func @linear_constant_weights
// CHECK: %[[W:.*]] = arith.constant dense<{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-NOT: linalg.transpose
// CHECK: linalg.matmul ins(%arg0, %[[W]] : tensor<1x2xf32>, tensor<2x2xf32>)
func.func @linear_constant_weights(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense_resource<linear_w> : tensor<2x2xf32>
  %te = tensor.empty() : tensor<2x2xf32>
  %wt = linalg.transpose ins(%w : tensor<2x2xf32>) outs(%te : tensor<2x2xf32>) permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
{-#
  dialect_resources: {
    builtin: {
      linear_w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// An elided blob has no data: the transpose stays (and runs per call).
// CHECK-LABEL: func.func @linear_elided_weights
// CHECK: linalg.transpose
func.func @linear_elided_weights(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense_resource<__elided__> : tensor<2x2xf32>
  %te = tensor.empty() : tensor<2x2xf32>
  %wt = linalg.transpose ins(%w : tensor<2x2xf32>) outs(%te : tensor<2x2xf32>) permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<1x2xf32>, tensor<2x2xf32>) outs(%f : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// A static slice of a constant with data (the halves of weights that
// fusion-eliminate-concat split) is a new constant; a transpose of it then
// folds too (both at compile time).
// REMARK: propagate-transposes.mlir:[[@LINE+4]]:1: remark: [fusion-propagate-transposes] removed 1 of 1 layout transposes
// CHECK-LABEL: func.func @constant_slice
// CHECK: %[[C:.*]] = arith.constant dense<{{\[}}[3.000000e+00], [4.000000e+00]]> : tensor<2x1xf32>
// CHECK-NEXT: return %[[C]]
func.func @constant_slice() -> tensor<2x1xf32> {
  %w = arith.constant dense_resource<slice_w> : tensor<2x2xf32>
  %s = tensor.extract_slice %w[1, 0] [1, 2] [1, 1] : tensor<2x2xf32> to tensor<1x2xf32>
  %te = tensor.empty() : tensor<2x1xf32>
  %t = linalg.transpose ins(%s : tensor<1x2xf32>) outs(%te : tensor<2x1xf32>) permutation = [1, 0]
  return %t : tensor<2x1xf32>
}
{-#
  dialect_resources: {
    builtin: {
      slice_w: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// A concatenation of two NHWC -> NCHW transposes (a fire module's expand
// branches before a pool) is built in NHWC, and one transpose follows it,
// which the one back to NHWC after the pad cancels.
// REMARK: propagate-transposes.mlir:[[@LINE+8]]:1: remark: [fusion-propagate-transposes] removed 3 of 3 layout transposes
// CHECK-LABEL: func.func @concat_of_transposes
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x4x4x6xf32>
// CHECK: %[[I1:.*]] = tensor.insert_slice %arg0 into %[[E]][0, 0, 0, 0] [1, 4, 4, 2] [1, 1, 1, 1] : tensor<1x4x4x2xf32> into tensor<1x4x4x6xf32>
// CHECK: %[[I2:.*]] = tensor.insert_slice %arg1 into %[[I1]][0, 0, 0, 2] [1, 4, 4, 4] [1, 1, 1, 1] : tensor<1x4x4x4xf32> into tensor<1x4x4x6xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[I2]] low[0, 1, 1, 0] high[0, 1, 1, 0]
// CHECK-NOT: linalg.transpose
// CHECK: return %[[P]]
func.func @concat_of_transposes(%a: tensor<1x4x4x2xf32>, %b: tensor<1x4x4x4xf32>) -> tensor<1x6x6x6xf32> {
  %ae = tensor.empty() : tensor<1x2x4x4xf32>
  %at = linalg.transpose ins(%a : tensor<1x4x4x2xf32>) outs(%ae : tensor<1x2x4x4xf32>) permutation = [0, 3, 1, 2]
  %be = tensor.empty() : tensor<1x4x4x4xf32>
  %bt = linalg.transpose ins(%b : tensor<1x4x4x4xf32>) outs(%be : tensor<1x4x4x4xf32>) permutation = [0, 3, 1, 2]
  %ce = tensor.empty() : tensor<1x6x4x4xf32>
  %c0 = tensor.insert_slice %at into %ce[0, 0, 0, 0] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x6x4x4xf32>
  %c1 = tensor.insert_slice %bt into %c0[0, 2, 0, 0] [1, 4, 4, 4] [1, 1, 1, 1] : tensor<1x4x4x4xf32> into tensor<1x6x4x4xf32>
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %c1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x6x4x4xf32> to tensor<1x6x6x6xf32>
  %pe = tensor.empty() : tensor<1x6x6x6xf32>
  %pt = linalg.transpose ins(%p : tensor<1x6x6x6xf32>) outs(%pe : tensor<1x6x6x6xf32>) permutation = [0, 2, 3, 1]
  return %pt : tensor<1x6x6x6xf32>
}

// -----

// Not sunk: the destination is a value computed in NCHW (neither empty nor
// a transpose by the same permutation), so the insertion stays there.
// CHECK-LABEL: func.func @insert_into_value
// CHECK: %[[T:.*]] = linalg.transpose
// CHECK: tensor.insert_slice %[[T]] into %arg1
func.func @insert_into_value(%a: tensor<1x4x4x2xf32>, %d: tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32> {
  %ae = tensor.empty() : tensor<1x2x4x4xf32>
  %at = linalg.transpose ins(%a : tensor<1x4x4x2xf32>) outs(%ae : tensor<1x2x4x4xf32>) permutation = [0, 3, 1, 2]
  %c0 = tensor.insert_slice %at into %d[0, 0, 0, 0] [1, 2, 4, 4] [1, 1, 1, 1] : tensor<1x2x4x4xf32> into tensor<1x6x4x4xf32>
  return %c0 : tensor<1x6x4x4xf32>
}

// -----

// A padded function input read channels-last (an NCHW model's input padded
// for the stem convolution): the transpose is applied first and the pad
// follows, in NHWC, so that the pad is of a kernel's result, which
// fusion-write-in-place computes into the padded buffer (no fill of the
// whole buffer and copy of the input).
// CHECK-LABEL: func.func @padded_input
// CHECK: %[[T:.*]] = linalg.transpose ins(%arg0 : tensor<1x3x6x6xf32>) outs(%{{.*}} : tensor<1x6x6x3xf32>) permutation = [0, 2, 3, 1]
// CHECK: %[[P:.*]] = tensor.pad %[[T]] low[0, 1, 2, 0] high[0, 1, 2, 0]
// CHECK: return %[[P]]
func.func @padded_input(%x: tensor<1x3x6x6xf32>) -> tensor<1x8x10x3xf32> {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 2] high[0, 0, 1, 2] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x3x6x6xf32> to tensor<1x3x8x10xf32>
  %e = tensor.empty() : tensor<1x8x10x3xf32>
  %t = linalg.transpose ins(%p : tensor<1x3x8x10xf32>) outs(%e : tensor<1x8x10x3xf32>) permutation = [0, 2, 3, 1]
  return %t : tensor<1x8x10x3xf32>
}

// -----

// Not moved: the padded input is also used as it is (the pad would be
// computed twice), or the padding depends on the position.
// CHECK-LABEL: func.func @padded_input_kept
// CHECK: %[[P:.*]] = tensor.pad %arg0
// CHECK: linalg.transpose ins(%[[P]]
// CHECK: %[[Q:.*]] = tensor.pad %arg0
// CHECK: linalg.transpose ins(%[[Q]]
func.func @padded_input_kept(%x: tensor<1x3x6x6xf32>) -> (tensor<1x8x8x3xf32>, tensor<1x3x8x8xf32>, tensor<1x8x8x3xf32>) {
  %zero = arith.constant 0.0 : f32
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x3x6x6xf32> to tensor<1x3x8x8xf32>
  %e = tensor.empty() : tensor<1x8x8x3xf32>
  %t = linalg.transpose ins(%p : tensor<1x3x8x8xf32>) outs(%e : tensor<1x8x8x3xf32>) permutation = [0, 2, 3, 1]
  %q = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    %ii = arith.index_cast %k : index to i32
    %f = arith.sitofp %ii : i32 to f32
    tensor.yield %f : f32
  } : tensor<1x3x6x6xf32> to tensor<1x3x8x8xf32>
  %u = linalg.transpose ins(%q : tensor<1x3x8x8xf32>) outs(%e : tensor<1x8x8x3xf32>) permutation = [0, 2, 3, 1]
  return %t, %p, %u : tensor<1x8x8x3xf32>, tensor<1x3x8x8xf32>, tensor<1x8x8x3xf32>
}

// -----

// A squeeze-excite block as MobileNetV3's torch-mlir export leaves it after
// fusion-conv-to-nhwc: an NCHW average pool of a transposed NHWC
// convolution result, and a 1x1x1xC scale transposed to 1xCx1x1 and read
// per channel. The pool iterates in NHWC order (loops renamed: the channel
// loop is innermost, the result read (d0, d3, 0, 0)) and reads the NHWC
// value; the multiply reads the scale through (d0, 0, 0, d3); no transpose
// is left.
// REMARK: propagate-transposes.mlir:[[@LINE+12]]:1: remark: [fusion-propagate-transposes] removed 3 of 3 layout transposes
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[POOL:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, 0, 0)>
// CHECK-DAG: #[[SCALE:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, d3)>
// CHECK-LABEL: func.func @squeeze_excite
// CHECK-NOT: linalg.transpose
// CHECK: %[[POOLED:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[POOL]]], iterator_types = ["parallel", "reduction", "reduction", "parallel"]} ins(%arg0 : tensor<1x6x6x4xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[SCALE]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %arg1 : tensor<1x6x6x4xf32>, tensor<1x1x1x4xf32>)
// CHECK-NOT: linalg.transpose
// CHECK: return %[[POOLED]]
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#pool = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
func.func @squeeze_excite(%a: tensor<1x6x6x4xf32>, %scale: tensor<1x1x1x4xf32>) -> (tensor<1x4x1x1xf32>, tensor<1x6x6x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x6x6xf32>
  %t = linalg.transpose ins(%a : tensor<1x6x6x4xf32>) outs(%e : tensor<1x4x6x6xf32>) permutation = [0, 3, 1, 2]
  %pe = tensor.empty() : tensor<1x4x1x1xf32>
  %pf = linalg.fill ins(%zero : f32) outs(%pe : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
  %pool = linalg.generic {indexing_maps = [#id, #pool], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%t : tensor<1x4x6x6xf32>) outs(%pf : tensor<1x4x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %out : f32
    linalg.yield %s : f32
  } -> tensor<1x4x1x1xf32>
  %ts = linalg.transpose ins(%scale : tensor<1x1x1x4xf32>) outs(%pe : tensor<1x4x1x1xf32>) permutation = [0, 3, 1, 2]
  %m = linalg.generic {indexing_maps = [#id, #pool, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t, %ts : tensor<1x4x6x6xf32>, tensor<1x4x1x1xf32>) outs(%e : tensor<1x4x6x6xf32>) {
  ^bb0(%in: f32, %sc: f32, %out: f32):
    %p = arith.mulf %in, %sc : f32
    linalg.yield %p : f32
  } -> tensor<1x4x6x6xf32>
  %back = linalg.transpose ins(%m : tensor<1x4x6x6xf32>) outs(%a : tensor<1x6x6x4xf32>) permutation = [0, 2, 3, 1]
  return %pool, %back : tensor<1x4x1x1xf32>, tensor<1x6x6x4xf32>
}
