// RUN: fuse-opt %s -split-input-file -fusion-write-in-place | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-write-in-place -one-shot-bufferize="bufferize-function-boundaries" -cse -canonicalize 2>&1 | FileCheck %s --check-prefix=BUF
// With border-only=false (fusion-to-nvvm's: one fill kernel on the GPU
// rather than one per side), the padded tensor is filled whole:
// RUN: fuse-opt %s -split-input-file -fusion-write-in-place=border-only=false | FileCheck %s --check-prefix=WHOLE
// WHOLE-LABEL: func.func @pad_of_kernel
// WHOLE: %[[E:.*]] = tensor.empty() : tensor<6x6xf32>
// WHOLE-NEXT: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<6x6xf32>)
// WHOLE-NOT: linalg.fill
// WHOLE: %[[S:.*]] = tensor.extract_slice %[[F]][1, 1] [4, 4] [1, 1]
// WHOLE: %[[K:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[S]])
// WHOLE: %[[P:.*]] = tensor.insert_slice %[[K]] into %[[F]][1, 1] [4, 4] [1, 1]
// WHOLE-NEXT: return %[[P]]

// A pad of a kernel's result (the kernel: tile loops starting from an
// empty tensor): the padded tensor's border is filled before the kernel
// (the top and bottom rows whole, then the left and right columns of the
// interior rows; the interior is not filled), the kernel computes into its
// interior slice, and the pad becomes the insertion of the result there,
// which bufferization does in place: no copy.
// CHECK-LABEL: func.func @pad_of_kernel
// CHECK: %[[E:.*]] = tensor.empty() : tensor<6x6xf32>
// CHECK: %[[T:.*]] = tensor.extract_slice %[[E]][0, 0] [1, 6] [1, 1]
// CHECK: %[[TF:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[T]] : tensor<1x6xf32>)
// CHECK: %[[E1:.*]] = tensor.insert_slice %[[TF]] into %[[E]][0, 0] [1, 6] [1, 1]
// CHECK: tensor.extract_slice %[[E1]][5, 0] [1, 6] [1, 1]
// CHECK: %[[E2:.*]] = tensor.insert_slice %{{.*}} into %[[E1]][5, 0] [1, 6] [1, 1]
// CHECK: tensor.extract_slice %[[E2]][1, 0] [4, 1] [1, 1]
// CHECK: %[[E3:.*]] = tensor.insert_slice %{{.*}} into %[[E2]][1, 0] [4, 1] [1, 1]
// CHECK: tensor.extract_slice %[[E3]][1, 5] [4, 1] [1, 1]
// CHECK: %[[F:.*]] = tensor.insert_slice %{{.*}} into %[[E3]][1, 5] [4, 1] [1, 1]
// CHECK-NOT: linalg.fill
// CHECK: %[[S:.*]] = tensor.extract_slice %[[F]][1, 1] [4, 4] [1, 1]
// CHECK: %[[K:.*]] = scf.for {{.*}} iter_args(%{{.*}} = %[[S]])
// CHECK: %[[P:.*]] = tensor.insert_slice %[[K]] into %[[F]][1, 1] [4, 4] [1, 1]
// CHECK-NOT: tensor.pad
// CHECK: return %[[P]]
// BUF-LABEL: func.func @pad_of_kernel
// BUF-NOT: memref.copy
// BUF: return
func.func @pad_of_kernel(%x: tensor<4x4xf32>) -> tensor<6x6xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x4xf32>
  %k = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %e) -> tensor<4x4xf32> {
    %row = tensor.extract_slice %x[%i, 0] [1, 4] [1, 1] : tensor<4x4xf32> to tensor<1x4xf32>
    %out = tensor.extract_slice %acc[%i, 0] [1, 4] [1, 1] : tensor<4x4xf32> to tensor<1x4xf32>
    %neg = linalg.negf ins(%row : tensor<1x4xf32>) outs(%out : tensor<1x4xf32>) -> tensor<1x4xf32>
    %ins = tensor.insert_slice %neg into %acc[%i, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<4x4xf32>
    scf.yield %ins : tensor<4x4xf32>
  }
  %p = tensor.pad %k low[1, 1] high[1, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %zero : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  return %p : tensor<6x6xf32>
}

// -----

// A block output that the next convolution reads padded and a residual add
// reads as it is: the residual reads it from the padded tensor's interior
// (the same values), so that bufferization sees no write between the
// kernel and that read and copies nothing.
// CHECK-LABEL: func.func @pad_and_residual
// CHECK: %[[K:.*]] = linalg.negf
// CHECK: %[[P:.*]] = tensor.insert_slice %[[K]] into %{{.*}}[1, 1] [4, 4] [1, 1]
// CHECK: %[[R:.*]] = tensor.extract_slice %[[P]][1, 1] [4, 4] [1, 1]
// CHECK: linalg.add ins(%[[R]], %arg1 : tensor<4x4xf32>, tensor<4x4xf32>)
// BUF-LABEL: func.func @pad_and_residual
// BUF-NOT: memref.copy
// BUF: return
func.func @pad_and_residual(%x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> (tensor<6x6xf32>, tensor<4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x4xf32>
  %k = linalg.negf ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %p = tensor.pad %k low[1, 1] high[1, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %zero : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  %e2 = tensor.empty() : tensor<4x4xf32>
  %r = linalg.add ins(%k, %y : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e2 : tensor<4x4xf32>) -> tensor<4x4xf32>
  return %p, %r : tensor<6x6xf32>, tensor<4x4xf32>
}

// -----

// A concatenation of two kernels' results: each computes into its slice of
// the concatenation (the empty destination moves before the first).
// CHECK-LABEL: func.func @concat_of_kernels
// CHECK: %[[D:.*]] = tensor.empty() : tensor<8x4xf32>
// CHECK: %[[S1:.*]] = tensor.extract_slice %[[D]][0, 0] [4, 4] [1, 1]
// CHECK: %[[A:.*]] = linalg.negf ins(%arg0 : tensor<4x4xf32>) outs(%[[S1]] : tensor<4x4xf32>)
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[A]] into %[[D]][0, 0] [4, 4] [1, 1]
// CHECK: %[[S2:.*]] = tensor.extract_slice %[[I1]][4, 0] [4, 4] [1, 1]
// CHECK: %[[B:.*]] = linalg.exp ins(%arg1 : tensor<4x4xf32>) outs(%[[S2]] : tensor<4x4xf32>)
// CHECK: tensor.insert_slice %[[B]] into %[[I1]][4, 0] [4, 4] [1, 1]
// BUF-LABEL: func.func @concat_of_kernels
// BUF-NOT: memref.copy
// BUF: return
func.func @concat_of_kernels(%x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> tensor<8x4xf32> {
  %ea = tensor.empty() : tensor<4x4xf32>
  %a = linalg.negf ins(%x : tensor<4x4xf32>) outs(%ea : tensor<4x4xf32>) -> tensor<4x4xf32>
  %eb = tensor.empty() : tensor<4x4xf32>
  %b = linalg.exp ins(%y : tensor<4x4xf32>) outs(%eb : tensor<4x4xf32>) -> tensor<4x4xf32>
  %d = tensor.empty() : tensor<8x4xf32>
  %i1 = tensor.insert_slice %a into %d[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x4xf32>
  %i2 = tensor.insert_slice %b into %i1[4, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x4xf32>
  return %i2 : tensor<8x4xf32>
}

// -----

// Unchanged: a pad of a function argument (no kernel computes it), a pad
// whose value is computed after the kernel, and the insertion of a value
// accumulated into another value (a residual: its empty tensor belongs to
// the kernel that computed that value).
// CHECK-LABEL: func.func @not_in_place
// CHECK: tensor.pad %arg0
// CHECK: tensor.pad %{{.*}} low[1, 1] high[1, 1]
// CHECK: tensor.insert_slice %{{.*}} into %arg2[0, 0] [4, 4] [1, 1]
func.func @not_in_place(%x: tensor<4x4xf32>, %r: tensor<4x4xf32>, %d: tensor<8x4xf32>) -> (tensor<6x6xf32>, tensor<6x6xf32>, tensor<8x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %p0 = tensor.pad %x low[1, 1] high[1, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %zero : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  %e = tensor.empty() : tensor<4x4xf32>
  %k = linalg.negf ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %c0 = arith.constant 0 : index
  %v = tensor.extract %x[%c0, %c0] : tensor<4x4xf32>
  %p1 = tensor.pad %k low[1, 1] high[1, 1] {
  ^bb0(%a: index, %b: index):
    tensor.yield %v : f32
  } : tensor<4x4xf32> to tensor<6x6xf32>
  %sum = linalg.add ins(%x, %r : tensor<4x4xf32>, tensor<4x4xf32>) outs(%r : tensor<4x4xf32>) -> tensor<4x4xf32>
  %i = tensor.insert_slice %sum into %d[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x4xf32>
  return %p0, %p1, %i : tensor<6x6xf32>, tensor<6x6xf32>, tensor<8x4xf32>
}

// -----

// Unchanged: a pad whose low padding is computed at run time (after the
// kernel) cannot be placed before the kernel.
// CHECK-LABEL: func.func @dynamic_low_pad
// CHECK: tensor.pad
func.func @dynamic_low_pad(%x: tensor<4xf32>, %i: index) -> tensor<6xf32> {
  %zero = arith.constant 0.0 : f32
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %e = tensor.empty() : tensor<4xf32>
  %k = linalg.negf ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %l = arith.remui %i, %c3 : index
  %h = arith.subi %c2, %l : index
  %p = tensor.pad %k low[%l] high[%h] {
  ^bb0(%j: index):
    tensor.yield %zero : f32
  } : tensor<4xf32> to tensor<6xf32>
  return %p : tensor<6xf32>
}

// -----

// A rank-3 pad with an unpadded dimension and a side of zero: one slice per
// nonzero side (dim 1 low, dim 2 high), dims before the padded one over the
// interior, those after it whole.
// CHECK-LABEL: func.func @pad_rank3
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x5x5xf32>
// CHECK: tensor.extract_slice %[[E]][0, 0, 0] [2, 2, 5] [1, 1, 1]
// CHECK: %[[E1:.*]] = tensor.insert_slice %{{.*}} into %[[E]][0, 0, 0] [2, 2, 5] [1, 1, 1]
// CHECK: tensor.extract_slice %[[E1]][0, 2, 4] [2, 3, 1] [1, 1, 1]
// CHECK: %[[F:.*]] = tensor.insert_slice %{{.*}} into %[[E1]][0, 2, 4] [2, 3, 1] [1, 1, 1]
// CHECK-NOT: linalg.fill
// CHECK: tensor.extract_slice %[[F]][0, 2, 0] [2, 3, 4] [1, 1, 1]
// BUF-LABEL: func.func @pad_rank3
// BUF-NOT: memref.copy
// BUF: return
func.func @pad_rank3(%x: tensor<2x3x4xf32>) -> tensor<2x5x5xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x3x4xf32>
  %k = linalg.negf ins(%x : tensor<2x3x4xf32>) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %p = tensor.pad %k low[0, 2, 0] high[0, 0, 1] {
  ^bb0(%a: index, %b: index, %c: index):
    tensor.yield %zero : f32
  } : tensor<2x3x4xf32> to tensor<2x5x5xf32>
  return %p : tensor<2x5x5xf32>
}

