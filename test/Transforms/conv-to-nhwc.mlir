// RUN: fuse-opt %s -split-input-file -fusion-conv-to-nhwc -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-conv-to-nhwc -fusion-propagate-transposes 2>/dev/null | FileCheck %s --check-prefix=FOLD

// Run-time filter: input and filter transposed per call, the fill init
// becomes a fill of the NHWC shape, the result transposed back to NCHW.
// CHECK-LABEL: func.func @runtime_filter
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x6x6xf32>, %[[W:.*]]: tensor<8x3x3x3xf32>)
// CHECK: %[[XT:.*]] = linalg.transpose ins(%[[X]] : tensor<1x3x6x6xf32>) outs(%{{.*}} : tensor<1x6x6x3xf32>) permutation = [0, 2, 3, 1]
// CHECK: %[[WT:.*]] = linalg.transpose ins(%[[W]] : tensor<8x3x3x3xf32>) outs(%{{.*}} : tensor<3x3x3x8xf32>) permutation = [2, 3, 1, 0]
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x4x4x8xf32>)
// CHECK: %[[C:.*]] = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[XT]], %[[WT]] : tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>) outs(%[[F]] : tensor<1x4x4x8xf32>)
// CHECK: %[[R:.*]] = linalg.transpose ins(%[[C]] : tensor<1x4x4x8xf32>) outs(%{{.*}} : tensor<1x8x4x4xf32>) permutation = [0, 3, 1, 2]
// CHECK: return %[[R]]
func.func @runtime_filter(%x: tensor<1x3x6x6xf32>, %w: tensor<8x3x3x3xf32>) -> tensor<1x8x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x4x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  // expected-remark @+1 {{[fusion-conv-to-nhwc] conv_2d_nchw_fchw computed as conv_2d_nhwc_hwcf (filter transposed per call)}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<8x3x3x3xf32>) outs(%f : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %c : tensor<1x8x4x4xf32>
}

// -----

// A filter that is a static slice of a constant (a part of a concatenation's
// consumer, once fusion-eliminate-concat split it): transposed in the
// program here, folded to a constant by fusion-propagate-transposes (which
// fusion-to-llvm runs next), and the remark says so.
// CHECK-LABEL: func.func @sliced_constant_filter
// CHECK: %[[S:.*]] = tensor.extract_slice %{{.*}}[0, 0, 0, 0] [2, 1, 1, 1] [1, 1, 1, 1]
// CHECK: linalg.transpose ins(%[[S]] : tensor<2x1x1x1xf32>)
// FOLD-LABEL: func.func @sliced_constant_filter
// FOLD-NOT: tensor.extract_slice
// FOLD: arith.constant dense<{{\[\[\[\[}}1.000000e+00, 3.000000e+00]]]]> : tensor<1x1x1x2xf32>
// FOLD-NOT: tensor.extract_slice
// FOLD: return
func.func @sliced_constant_filter(%x: tensor<1x1x4x4xf32>, %init: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32>
  %part = tensor.extract_slice %w[0, 0, 0, 0] [2, 1, 1, 1] [1, 1, 1, 1] : tensor<2x2x1x1xf32> to tensor<2x1x1x1xf32>
  // expected-remark @+1 {{(filter a static slice of a constant: transposed at compile time once fusion-propagate-transposes folds the slice)}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %part : tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) outs(%init : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %c : tensor<1x2x4x4xf32>
}

// -----

// Constant filter: transposed at compile time. W[f][c][kh][kw] = f*100 +
// c*10 + kh*2 + kw (F=2, C=2, 2x2); HWCF[kh][kw][c][f] = W[f][c][kh][kw],
// so the first row (kh=0, kw=0) is c=0: (f=0, f=1) = (0, 100), c=1: (10, 110).
// Strides and dilations carry over.
// CHECK-LABEL: func.func @constant_filter
// CHECK-NOT: linalg.transpose ins(%cst
// CHECK: arith.constant dense<{{\[}}{{\[}}{{\[}}[0.000000e+00, 1.000000e+02], [1.000000e+01, 1.100000e+02]], {{\[}}[1.000000e+00, 1.010000e+02], [1.100000e+01, 1.110000e+02]]], {{\[}}{{\[}}[2.000000e+00, 1.020000e+02], [1.200000e+01, 1.120000e+02]], {{\[}}[3.000000e+00, 1.030000e+02], [1.300000e+01, 1.130000e+02]]]]> : tensor<2x2x2x2xf32>
// CHECK: linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
func.func @constant_filter(%x: tensor<1x2x7x7xf32>, %init: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[0.0, 1.0], [2.0, 3.0]], [[10.0, 11.0], [12.0, 13.0]]],
                             [[[100.0, 101.0], [102.0, 103.0]], [[110.0, 111.0], [112.0, 113.0]]]]> : tensor<2x2x2x2xf32>
  // expected-remark @+1 {{(filter transposed at compile time)}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%x, %w : tensor<1x2x7x7xf32>, tensor<2x2x2x2xf32>) outs(%init : tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %c : tensor<1x2x2x2xf32>
}

// -----

// A broadcast bias init (what fusion-fold-bias/-batchnorm leave) is computed
// directly in NHWC: the same generic with its loops permuted.
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @bias_init
// CHECK: %[[I:.*]] = linalg.generic {indexing_maps = [#[[CH]], #{{.*}}], {{.*}} ins(%{{.*}} : tensor<8xf32>) outs(%{{.*}} : tensor<1x4x4x8xf32>)
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}} outs(%[[I]] : tensor<1x4x4x8xf32>)
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @bias_init(%x: tensor<1x3x6x6xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x8x4x4xf32> {
  %e = tensor.empty() : tensor<1x8x4x4xf32>
  %i = linalg.generic {indexing_maps = [#ch, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%b : tensor<8xf32>) outs(%e : tensor<1x8x4x4xf32>) {
  ^bb0(%v: f32, %o: f32):
    linalg.yield %v : f32
  } -> tensor<1x8x4x4xf32>
  // expected-remark @+1 {{(filter transposed per call)}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<8x3x3x3xf32>) outs(%i : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %c : tensor<1x8x4x4xf32>
}

// -----

// Not converted: dynamic shapes.
// CHECK-LABEL: func.func @dynamic
// CHECK: linalg.conv_2d_nchw_fchw
func.func @dynamic(%x: tensor<?x3x6x6xf32>, %w: tensor<8x3x3x3xf32>, %init: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
  // expected-remark @+1 {{[fusion-conv-to-nhwc] not converted: dynamic shapes}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<?x3x6x6xf32>, tensor<8x3x3x3xf32>) outs(%init : tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32>
  return %c : tensor<?x8x4x4xf32>
}

// -----

// An init generic that reads its loop indices (linalg.index) is transposed,
// not permuted: its indices would name other loops.
// CHECK-LABEL: func.func @indexed_init
// CHECK: linalg.index
// CHECK: linalg.transpose ins(%{{.*}} : tensor<1x8x4x4xf32>) outs(%{{.*}} : tensor<1x4x4x8xf32>) permutation = [0, 2, 3, 1]
// CHECK: linalg.conv_2d_nhwc_hwcf
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @indexed_init(%x: tensor<1x3x6x6xf32>, %w: tensor<8x3x3x3xf32>) -> tensor<1x8x4x4xf32> {
  %e = tensor.empty() : tensor<1x8x4x4xf32>
  %i = linalg.generic {indexing_maps = [#id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%e : tensor<1x8x4x4xf32>) {
  ^bb0(%o: f32):
    %c = linalg.index 1 : index
    %ci = arith.index_cast %c : index to i32
    %f = arith.sitofp %ci : i32 to f32
    linalg.yield %f : f32
  } -> tensor<1x8x4x4xf32>
  // expected-remark @+1 {{(filter transposed per call)}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<8x3x3x3xf32>) outs(%i : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %c : tensor<1x8x4x4xf32>
}

// -----

// An i1 constant filter cannot be transposed at compile time (bits are not
// byte-addressable in the constant): it is transposed per call, and the
// remark says so.
// CHECK-LABEL: func.func @bool_filter
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x2x2x2xi1>)
func.func @bool_filter(%x: tensor<1x2x3x3xi1>, %o: tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1> {
  %w = arith.constant dense<[[[[true, false], [true, true]], [[false, false], [true, false]]], [[[true, true], [false, true]], [[true, false], [false, false]]]]> : tensor<2x2x2x2xi1>
  // expected-remark @+1 {{(filter transposed per call)}}
  %r = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x2x3x3xi1>, tensor<2x2x2x2xi1>) outs(%o : tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
  return %r : tensor<1x2x2x2xi1>
}
