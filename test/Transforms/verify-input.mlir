// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-verify-input | FileCheck %s

// A constant dimension index outside [0, rank) is undefined behaviour; an
// upstream canonicalization in the pipelines would index the shape with it.
func.func @negative(%x: tensor<?x4xf32>) -> index {
  %c = arith.constant -1 : index
  // expected-error @+1 {{dimension index -1 is out of range for rank 2}}
  %d = tensor.dim %x, %c : tensor<?x4xf32>
  return %d : index
}

// -----

func.func @too_large(%x: memref<?x4xf32>) -> index {
  %c = arith.constant 2 : index
  // expected-error @+1 {{dimension index 2 is out of range for rank 2}}
  %d = memref.dim %x, %c : memref<?x4xf32>
  return %d : index
}

// -----

// In range, or not a constant: nothing to say.
// CHECK-LABEL: func.func @fine
// CHECK: tensor.dim
// CHECK: memref.dim
func.func @fine(%x: tensor<?x4xf32>, %m: memref<*xf32>, %i: index) -> (index, index) {
  %c = arith.constant 1 : index
  %d = tensor.dim %x, %c : tensor<?x4xf32>
  %e = memref.dim %m, %i : memref<*xf32>
  return %d, %e : index, index
}

// -----

// A stride whose index arithmetic overflows (fuse-fuzz: upstream's tiling
// crashed on it in fusion-to-nvvm): an error, not a crash.
func.func @huge_stride(%x: tensor<1x3x6x6xf32>, %w: tensor<8x3x?x3xf32>, %init: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  // expected-error @+1 {{'linalg.conv_2d_nchw_fchw' op stride 9223372036854775807 is out of range (1 to 2147483647)}}
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<9223372036854775807> : tensor<2xi64>}
      ins(%x, %w : tensor<1x3x6x6xf32>, tensor<8x3x?x3xf32>) outs(%init : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %c : tensor<1x8x4x4xf32>
}

// -----

// A reassociation index of 2^32 (fuse-fuzz): upstream's verifier reads it
// as the affine dim 0, and canonicalization crashed on the 64-bit value.
func.func @reassociation_overflow(%x: tensor<1x8x1x1xf32>) -> tensor<1x8xf32> {
  // expected-error @+1 {{'tensor.collapse_shape' op reassociation index 4294967296 where 0 is expected (the indices are the dims in order)}}
  %c = tensor.collapse_shape %x [[4294967296], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
  return %c : tensor<1x8xf32>
}

// -----

func.func @reassociation_overflow_expand(%x: tensor<8xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{'tensor.expand_shape' op reassociation index 4294967296 where 0 is expected (the indices are the dims in order)}}
  %e = tensor.expand_shape %x [[4294967296, 1]] output_shape [2, 4] : tensor<8xf32> into tensor<2x4xf32>
  return %e : tensor<2x4xf32>
}

// -----

// Valid reshapes pass.
// CHECK-LABEL: func.func @reshapes
// CHECK: tensor.collapse_shape
// CHECK: memref.expand_shape
func.func @reshapes(%x: tensor<1x8x1x1xf32>, %m: memref<8xf32>) -> (tensor<1x8xf32>, memref<2x4xf32>) {
  %c = tensor.collapse_shape %x [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
  %e = memref.expand_shape %m [[0, 1]] output_shape [2, 4] : memref<8xf32> into memref<2x4xf32>
  return %c, %e : tensor<1x8xf32>, memref<2x4xf32>
}

// -----

// A resource constant of a dynamic shape (fuse-fuzz: the parser takes it,
// and upstream's value-bounds analysis crashed on a convolution reading it
// in fusion-to-llvm): an error. A static one is fine.
func.func @dynamic_constant() -> tensor<2x?xf32> {
  // expected-error @+1 {{'arith.constant' op elements constant of a dynamic shape 'tensor<2x?xf32>' (a constant's shape is static)}}
  %c = arith.constant dense_resource<blob> : tensor<2x?xf32>
  return %c : tensor<2x?xf32>
}

{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// CHECK-LABEL: func.func @static_constant
// CHECK: arith.constant dense_resource<blob> : tensor<2x2xf32>
func.func @static_constant() -> tensor<2x2xf32> {
  %c = arith.constant dense_resource<blob> : tensor<2x2xf32>
  return %c : tensor<2x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      blob: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
