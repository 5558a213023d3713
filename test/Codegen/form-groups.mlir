// RUN: fuse-opt %s -split-input-file -fusion-form-groups -verify-diagnostics | FileCheck %s
// RUN: fuse-opt %s -split-input-file -fusion-form-groups=singletons=true | FileCheck %s --check-prefix=SINGLE
// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups=inner-tile=32 | FileCheck %s --check-prefix=LOWER

// A dense layer: the fill, the matmul and its epilogue (bias, ReLU) form one
// contraction group; the constant and the empty tensor are cloned in.
// CHECK-LABEL: func.func @dense
// CHECK: %[[G:.*]] = fusion.group contraction ins(%arg0, %arg1, %arg2 : tensor<4x8xf32>, tensor<8x64xf32>, tensor<64xf32>) -> (tensor<4x64xf32>) {
// CHECK: arith.constant
// CHECK: tensor.empty
// CHECK: linalg.fill
// CHECK: linalg.matmul
// CHECK: linalg.generic
// CHECK: linalg.generic
// CHECK: fusion.yield
// CHECK: return %[[G]]
// SINGLE-LABEL: func.func @dense
// SINGLE-COUNT-4: fusion.group single
// LOWER-LABEL: func.func @dense
// LOWER-NOT: fusion.group
// LOWER: scf.for
// LOWER: scf.for
// LOWER: linalg.fill {{.*}} -> tensor<4x32xf32>
// LOWER: linalg.matmul {{.*}} -> tensor<4x32xf32>
// LOWER: linalg.generic
// LOWER: linalg.generic
// LOWER: tensor.insert_slice
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @dense(%x: tensor<4x8xf32>, %w: tensor<8x64xf32>, %b: tensor<64xf32>) -> tensor<4x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x64xf32>) outs(%f : tensor<4x64xf32>) -> tensor<4x64xf32>
  %s = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<4x64xf32>, tensor<64xf32>) outs(%e : tensor<4x64xf32>) {
  ^bb0(%i: f32, %j: f32, %o: f32):
    %0 = arith.addf %i, %j : f32
    linalg.yield %0 : f32
  } -> tensor<4x64xf32>
  // expected-remark @+1 {{[fusion-form-groups] formed a contraction group: linalg.fill + linalg.matmul + linalg.generic + linalg.generic}}
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%s : tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.maximumf %i, %zero : f32
    linalg.yield %0 : f32
  } -> tensor<4x64xf32>
  return %r : tensor<4x64xf32>
}

// -----

// Softmax: the row sum is the root; its consumer (the division) joins, and
// then the exp, whose users (sum and division) are both in the group: one
// reduction group, one kernel.
// CHECK-LABEL: func.func @softmax
// CHECK: fusion.group reduction ins(%arg0, %arg1, %arg2 :
// CHECK: math.exp
// CHECK: arith.addf
// CHECK: arith.divf
// CHECK: fusion.yield
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#red = affine_map<(d0, d1) -> (d0)>
func.func @softmax(%x: tensor<4x16xf32>, %e: tensor<4x16xf32>, %acc: tensor<4xf32>) -> tensor<4x16xf32> {
  %exp = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = math.exp %i : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  %sum = linalg.generic {indexing_maps = [#id2, #red], iterator_types = ["parallel", "reduction"]}
      ins(%exp : tensor<4x16xf32>) outs(%acc : tensor<4xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.addf %i, %o : f32
    linalg.yield %0 : f32
  } -> tensor<4xf32>
  // expected-remark @+1 {{formed a reduction group: linalg.generic + linalg.generic + linalg.generic}}
  %y = linalg.generic {indexing_maps = [#id2, #red, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%exp, %sum : tensor<4x16xf32>, tensor<4xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%i: f32, %s: f32, %o: f32):
    %0 = arith.divf %i, %s : f32
    linalg.yield %0 : f32
  } -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// An elementwise chain (single-use edges) is one group; a value with two
// users ends a chain.
// CHECK-LABEL: func.func @chain
// CHECK: fusion.group elementwise ins(%arg0
// CHECK-COUNT-2: linalg.generic
// CHECK: fusion.yield
#id3 = affine_map<(d0) -> (d0)>
func.func @chain(%x: tensor<64xf32>, %e: tensor<64xf32>) -> (tensor<64xf32>, tensor<64xf32>) {
  %a = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel"]} ins(%x : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = math.tanh %i : f32
    linalg.yield %0 : f32
  } -> tensor<64xf32>
  // expected-remark @+1 {{formed an elementwise group: linalg.generic + linalg.generic}}
  %b = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel"]} ins(%a : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.mulf %i, %i : f32
    linalg.yield %0 : f32
  } -> tensor<64xf32>
  // expected-remark @+1 {{formed a single group: linalg.generic}}
  %c = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel"]} ins(%b : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%i: f32, %o: f32):
    %0 = arith.negf %i : f32
    linalg.yield %0 : f32
  } -> tensor<64xf32>
  return %b, %c : tensor<64xf32>, tensor<64xf32>
}

// -----

// A contraction on packed weights: the packing transpose, read broadcast
// along the rows (m), joins the group, and so does the ReLU, which reads
// the contraction's result in its own layout. Lowered, the ReLU (the
// group's result) is tiled as the contraction wants, in two levels: 4
// panels (n1) per outer tile with the transpose fused (each panel copied
// once, into a buffer of the tile's size), then 8 rows per inner tile with
// the fill, the contraction and the ReLU fused.
// CHECK-LABEL: func.func @packed_matmul
// CHECK: fusion.group contraction ins(%arg1, %arg0 :
// CHECK: linalg.transpose
// CHECK: linalg.fill
// CHECK: linalg.generic
// CHECK: linalg.generic
// CHECK: fusion.yield
// LOWER-LABEL: func.func @packed_matmul
// LOWER: scf.for %{{.*}} = %{{.*}} to %c8{{.*}} step %c4
// LOWER: %[[P:.*]] = linalg.transpose ins(%{{.*}} : tensor<16x4x32xf32>) outs(%{{.*}} : tensor<4x16x32xf32>)
// LOWER: scf.for %{{.*}} = %{{.*}} to %c32{{.*}} step %c8
// LOWER-NOT: linalg.transpose
// LOWER: linalg.fill {{.*}} -> tensor<8x4x32xf32>
// LOWER: linalg.generic {{.*}} ins(%{{.*}}, %[[P]] : tensor<8x16xf32>, tensor<4x16x32xf32>) outs(%{{.*}} : tensor<8x4x32xf32>)
// LOWER: arith.maximumf
// LOWER: } -> tensor<8x4x32xf32>
#a = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#p = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#c = affine_map<(d0, d1, d2, d3) -> (d1, d0, d2)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @packed_matmul(%x: tensor<32x16xf32>, %w: tensor<16x8x32xf32>) -> tensor<32x8x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ep = tensor.empty() : tensor<8x16x32xf32>
  %p = linalg.transpose ins(%w : tensor<16x8x32xf32>) outs(%ep : tensor<8x16x32xf32>) permutation = [1, 0, 2]
  %e = tensor.empty() : tensor<32x8x32xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x8x32xf32>) -> tensor<32x8x32xf32>
  %m = linalg.generic {indexing_maps = [#a, #p, #c], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %p : tensor<32x16xf32>, tensor<8x16x32xf32>) outs(%f : tensor<32x8x32xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %q = arith.mulf %u, %v : f32
    %s = arith.addf %o, %q : f32
    linalg.yield %s : f32
  } -> tensor<32x8x32xf32>
  // expected-remark @+1 {{formed a contraction group: linalg.transpose + linalg.fill + linalg.generic + linalg.generic}}
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%m : tensor<32x8x32xf32>) outs(%e : tensor<32x8x32xf32>) {
  ^bb0(%v: f32, %o: f32):
    %y = arith.maximumf %v, %zero : f32
    linalg.yield %y : f32
  } -> tensor<32x8x32xf32>
  return %r : tensor<32x8x32xf32>
}

// -----

// An elementwise producer that is not a copy (a batch norm's scaling of a
// run-time filter), read broadcast along the output pixels, stays a kernel
// of its own: fused, it would be recomputed once per pixel tile.
// CHECK-LABEL: func.func @scaled_filter
// CHECK: %[[S:.*]] = fusion.group single
// CHECK: arith.mulf
// CHECK: fusion.group contraction ins(%arg0, %[[S]] :
#w4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#f4 = affine_map<(d0, d1, d2, d3) -> (d3)>
func.func @scaled_filter(%x: tensor<1x6x6x3xf32>, %w: tensor<3x3x3x8xf32>, %g: tensor<8xf32>) -> tensor<1x4x4x8xf32> {
  %zero = arith.constant 0.0 : f32
  %ew = tensor.empty() : tensor<3x3x3x8xf32>
  // expected-remark @+1 {{formed a single group: linalg.generic}}
  %ws = linalg.generic {indexing_maps = [#w4, #f4, #w4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%w, %g : tensor<3x3x3x8xf32>, tensor<8xf32>) outs(%ew : tensor<3x3x3x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  } -> tensor<3x3x3x8xf32>
  %e = tensor.empty() : tensor<1x4x4x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  // expected-remark @+1 {{formed a contraction group: linalg.fill + linalg.conv_2d_nhwc_hwcf}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %ws : tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>) outs(%f : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  return %c : tensor<1x4x4x8xf32>
}

// -----

// A transposing consumer does not join its producer's group: its tiles
// would cut across the convolution's.
// CHECK-LABEL: func.func @transposed_result
// CHECK: fusion.group contraction
// CHECK: linalg.conv_2d_nhwc_hwcf
// CHECK: fusion.yield
// CHECK: fusion.group single
// CHECK: linalg.transpose
func.func @transposed_result(%x: tensor<1x6x6x3xf32>, %w: tensor<3x3x3x8xf32>) -> tensor<1x8x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x4x4x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  // expected-remark @+1 {{formed a contraction group: linalg.fill + linalg.conv_2d_nhwc_hwcf}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>) outs(%f : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  %et = tensor.empty() : tensor<1x8x4x4xf32>
  // expected-remark @+1 {{formed a single group: linalg.transpose}}
  %t = linalg.transpose ins(%c : tensor<1x4x4x8xf32>) outs(%et : tensor<1x8x4x4xf32>) permutation = [0, 3, 1, 2]
  return %t : tensor<1x8x4x4xf32>
}

// -----

// A copy feeding a convolution's input stays a kernel of its own although it
// only moves data: the convolution reads its input through a sliding window,
// so the input tiles of neighbouring output tiles overlap and a fused copy
// would be recomputed for the overlap (a 3x3 filter: each row three times).
// CHECK-LABEL: func.func @transposed_input
// CHECK: %[[T:.*]] = fusion.group single
// CHECK: linalg.transpose
// CHECK: fusion.group contraction ins(%[[T]], %arg1 :
func.func @transposed_input(%x: tensor<1x3x6x6xf32>, %w: tensor<3x3x3x8xf32>) -> tensor<1x4x4x8xf32> {
  %zero = arith.constant 0.0 : f32
  %et = tensor.empty() : tensor<1x6x6x3xf32>
  // expected-remark @+1 {{formed a single group: linalg.transpose}}
  %t = linalg.transpose ins(%x : tensor<1x3x6x6xf32>) outs(%et : tensor<1x6x6x3xf32>) permutation = [0, 2, 3, 1]
  %e = tensor.empty() : tensor<1x4x4x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  // expected-remark @+1 {{formed a contraction group: linalg.fill + linalg.conv_2d_nhwc_hwcf}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%t, %w : tensor<1x6x6x3xf32>, tensor<3x3x3x8xf32>) outs(%f : tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  return %c : tensor<1x4x4x8xf32>
}

// -----

// Horizontal: two elementwise siblings reading %x (a sigmoid gate and a
// tanh value whose results go their own ways) become one op with two
// results that reads %x once, a horizontal group (its remark at the first
// sibling). The third reader of %x has another iteration space and stays
// alone. Lowered, one loop nest computes both results.
// CHECK-LABEL: func.func @siblings
// CHECK: %[[H:.*]]:2 = fusion.group horizontal ins(%arg0 : tensor<16x64xf32>) -> (tensor<16x64xf32>, tensor<16x64xf32>)
// CHECK: %{{.*}}:2 = linalg.generic {{.*}} ins(%{{.*}} : tensor<16x64xf32>) outs(%{{.*}}, %{{.*}} : tensor<16x64xf32>, tensor<16x64xf32>)
// CHECK: math.exp
// CHECK: math.tanh
// CHECK: linalg.yield
// CHECK: fusion.group single
// CHECK: return %[[H]]#0, %{{.*}}, %[[H]]#1
// SINGLE-LABEL: func.func @siblings
// SINGLE-COUNT-3: fusion.group single
// LOWER-LABEL: func.func @siblings
// LOWER: scf.for
// LOWER: scf.for
// LOWER: %{{.*}}:2 = linalg.generic {{.*}} outs(%{{.*}}, %{{.*}} : tensor<8x32xf32>, tensor<8x32xf32>)
// LOWER: math.tanh
// LOWER-NOT: math.tanh
// LOWER: return
#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1, d0)>
func.func @siblings(%x: tensor<16x64xf32>) -> (tensor<16x64xf32>, tensor<64x16xf32>, tensor<16x64xf32>) {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %et = tensor.empty() : tensor<64x16xf32>
  // expected-remark @+1 {{formed a horizontal group: linalg.generic}}
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    %x1 = math.exp %n : f32
    %d = arith.addf %x1, %one : f32
    %s = arith.divf %one, %d : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  // expected-remark @+1 {{formed a single group: linalg.generic}}
  %t = linalg.generic {indexing_maps = [#col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%et : tensor<64x16xf32>) {
  ^bb0(%v: f32, %o: f32):
    linalg.yield %v : f32
  } -> tensor<64x16xf32>
  %h = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %th = math.tanh %v : f32
    linalg.yield %th : f32
  } -> tensor<16x64xf32>
  return %g, %t, %h : tensor<16x64xf32>, tensor<64x16xf32>, tensor<16x64xf32>
}

// -----

// Not horizontal: the second reader of %x also reads the first's result
// (a chain, not siblings); and with horizontal=false nothing is merged.
// CHECK-LABEL: func.func @dependent
// CHECK-NOT: "horizontal"
// CHECK: fusion.group elementwise
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @dependent(%x: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %e = tensor.empty() : tensor<16x64xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    linalg.yield %n : f32
  } -> tensor<16x64xf32>
  // expected-remark @+1 {{formed an elementwise group: linalg.generic + linalg.generic}}
  %b = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %a : tensor<16x64xf32>, tensor<16x64xf32>) outs(%e : tensor<16x64xf32>) {
  ^bb0(%v: f32, %w: f32, %o: f32):
    %s = arith.addf %v, %w : f32
    linalg.yield %s : f32
  } -> tensor<16x64xf32>
  return %b : tensor<16x64xf32>
}

// -----

// Not horizontal: the second sibling's body uses a scalar computed after the
// first sibling, so the merged op could not take the first one's place.
// CHECK-LABEL: func.func @late_scalar
// CHECK-NOT: "horizontal"
// CHECK: return
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @late_scalar(%x: tensor<4x8xf32>, %s0: f32) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  // expected-remark @+1 {{formed a single group: linalg.generic}}
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.negf %in : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %s = arith.mulf %s0, %s0 : f32
  // expected-remark @+1 {{formed a single group: linalg.generic}}
  %b = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %s : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %a, %b : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// A packed matmul whose epilogue narrows to f16 is still tiled in two
// levels (the shapes of the contraction and its epilogue agree, not their
// element types): the panel copy runs once per panel tile, outside the row
// loop.
// LOWER-LABEL: func.func @narrowing_epilogue
// LOWER: scf.for %{{.*}} = %{{.*}} to %c8{{.*}} step %c4
// LOWER: linalg.transpose
// LOWER: scf.for %{{.*}} = %{{.*}} to %c32{{.*}} step %c8
// LOWER-NOT: linalg.transpose
// LOWER: arith.truncf
#a = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
#p = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#c = affine_map<(d0, d1, d2, d3) -> (d1, d0, d2)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @narrowing_epilogue(%x: tensor<32x16xf32>, %w: tensor<16x8x32xf32>) -> tensor<32x8x32xf16> {
  %zero = arith.constant 0.0 : f32
  %ep = tensor.empty() : tensor<8x16x32xf32>
  %p = linalg.transpose ins(%w : tensor<16x8x32xf32>) outs(%ep : tensor<8x16x32xf32>) permutation = [1, 0, 2]
  %e = tensor.empty() : tensor<32x8x32xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x8x32xf32>) -> tensor<32x8x32xf32>
  %m = linalg.generic {indexing_maps = [#a, #p, #c], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %p : tensor<32x16xf32>, tensor<8x16x32xf32>) outs(%f : tensor<32x8x32xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %q = arith.mulf %u, %v : f32
    %s = arith.addf %o, %q : f32
    linalg.yield %s : f32
  } -> tensor<32x8x32xf32>
  %eh = tensor.empty() : tensor<32x8x32xf16>
  // expected-remark @+1 {{formed a contraction group: linalg.transpose + linalg.fill + linalg.generic + linalg.generic}}
  %r = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%m : tensor<32x8x32xf32>) outs(%eh : tensor<32x8x32xf16>) {
  ^bb0(%v: f32, %o: f16):
    %y = arith.truncf %v : f32 to f16
    linalg.yield %y : f16
  } -> tensor<32x8x32xf16>
  return %r : tensor<32x8x32xf16>
}

// -----

// A zero fill shared by two contractions (an ensemble's branches) is cloned
// into both groups, like a constant: no kernel of its own that writes the
// zeros once for copies of them to be made.
// CHECK-LABEL: func.func @shared_fill
// CHECK: fusion.group contraction
// CHECK: linalg.fill
// CHECK: linalg.matmul
// CHECK: fusion.group contraction
// CHECK: linalg.fill
// CHECK: linalg.matmul
// CHECK-NOT: fusion.group
func.func @shared_fill(%x: tensor<4x8xf32>, %w0: tensor<8x16xf32>, %w1: tensor<8x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{formed a contraction group: linalg.fill + linalg.matmul}}
  %a = linalg.matmul ins(%x, %w0 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  // expected-remark @+1 {{formed a contraction group: linalg.fill + linalg.matmul}}
  %b = linalg.matmul ins(%x, %w1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %a, %b : tensor<4x16xf32>, tensor<4x16xf32>
}
