// fusion-split-reductions: a reduction over two or more loops with a small
// result is computed in two steps, within each row (the outermost
// reduction loop made parallel), then across the rows, with the op's own
// combiner. Each op below says why it is split or left alone.
// RUN: fuse-opt %s --fusion-split-reductions | FileCheck %s
// RUN: fuse-opt %s --fusion-split-reductions -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: fuse-opt %s --fusion-split-reductions=max-result=100 -o /dev/null 2>&1 | FileCheck %s --check-prefix=SMALL
// Executed: the split program against the unsplit one (fusion-to-llvm's
// option), on random inputs. A max and an integer sum are exact; a float
// sum is reassociated (rows first): within 2e-6 relative; the split
// program gives the same bits on one thread and on two.
// RUN: fuse-run %s --entry=pool_hardswish --entry-only --pipeline='fusion-to-llvm{threads=2}' --compare='fusion-to-llvm{split-reductions=false}' --atol=0 --rtol=2e-6 | FileCheck %s --check-prefix=RUN-SUM
// RUN-SUM: compare: 'fusion-to-llvm{split-reductions=false}' {{.*}} 0 mismatch(es)
// RUN: fuse-run %s --entry=pool_hardswish --entry-only --pipeline='fusion-to-llvm{threads=2}' --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s --check-prefix=RUN-THREADS
// RUN-THREADS: compare: 'fusion-to-llvm' max abs err 0, max rel err 0, 0 mismatch(es)
// RUN: fuse-run %s --entry=max_nchw --entry-only --pipeline='fusion-to-llvm{threads=2}' --compare='fusion-to-llvm{split-reductions=false}' --atol=0 --rtol=0 | FileCheck %s --check-prefix=RUN-EXACT
// RUN: fuse-run %s --entry=scaled_int_sum --entry-only --pipeline='fusion-to-llvm{threads=2}' --compare='fusion-to-llvm{split-reductions=false}' --atol=0 --rtol=0 | FileCheck %s --check-prefix=RUN-EXACT
// RUN: fuse-run %s --entry=pool_into_init --entry-only --pipeline='fusion-to-llvm{threads=2}' --compare='fusion-to-llvm{split-reductions=false}' --atol=0 --rtol=2e-6 | FileCheck %s --check-prefix=RUN-SUM
// RUN: fuse-run %s --entry=pools_share_fill --entry-only --pipeline='fusion-to-llvm{threads=2}' --compare='fusion-to-llvm{split-reductions=false}' --atol=0 --rtol=2e-6 | FileCheck %s --check-prefix=RUN-SUM
// RUN-EXACT: compare: 'fusion-to-llvm{split-reductions=false}' max abs err 0, max rel err 0, 0 mismatch(es)

#nhwc = affine_map<(n, h, w, c) -> (n, h, w, c)>
#pooled = affine_map<(n, h, w, c) -> (n, c, 0, 0)>

// A global average pool's sum as torch-mlir writes it after
// fusion-conv-to-nhwc (the hardswish recomputed in the body): the partial
// sums per row [n, h, c] start at -0.0 (addf's neutral element), the rows
// are summed into the op's own init: its fill, made again without the
// unit dims that the map's zeros index (so that the sum reads and writes
// through projected permutations, which the vectorizer needs; with the
// zeros it ran as scalar loops), and the sum expanded back.
// CHECK-LABEL: func.func @pool_hardswish
// CHECK-NOT: tensor<1x240x1x1xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x14x240xf32>
// CHECK: %[[NEG0:.*]] = arith.constant -0.000000e+00 : f32
// CHECK: %[[Z:.*]] = linalg.fill ins(%[[NEG0]] : f32) outs(%[[E]] : tensor<1x14x240xf32>)
// CHECK: %[[ROWS:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[PMAP:.*]]], iterator_types = ["parallel", "parallel", "reduction", "parallel"]} ins(%{{.*}} : tensor<1x14x14x240xf32>) outs(%[[Z]] : tensor<1x14x240xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK: %[[FLAT:.*]] = tensor.empty() : tensor<1x240xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[FLAT]] : tensor<1x240xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[SMAP:.*]]], iterator_types = ["parallel", "reduction", "parallel"]} ins(%[[ROWS]] : tensor<1x14x240xf32>) outs(%[[INIT]] : tensor<1x240xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[ADD:.*]] = arith.addf %[[IN]], %[[ACC]] : f32
// CHECK-NEXT: linalg.yield %[[ADD]]
// CHECK: %[[OUT:.*]] = tensor.expand_shape %[[SUM]] {{\[}}[0], [1, 2, 3]] output_shape [1, 240, 1, 1] : tensor<1x240xf32> into tensor<1x240x1x1xf32>
// CHECK: return %[[OUT]]
// REMARK: split-reductions.mlir:[[@LINE+7]]:8: remark: [fusion-split-reductions] reduction split into 14 rows of partial results, then their sum
func.func @pool_hardswish(%x: tensor<1x14x14x240xf32>) -> tensor<1x240x1x1xf32> {
  %zero = arith.constant 0.0 : f32
  %three = arith.constant 3.0 : f32
  %six = arith.constant 6.0 : f32
  %e = tensor.empty() : tensor<1x240x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x240x1x1xf32>) -> tensor<1x240x1x1xf32>
  %r = linalg.generic {indexing_maps = [#nhwc, #pooled], iterator_types = ["parallel", "reduction", "reduction", "parallel"]} ins(%x : tensor<1x14x14x240xf32>) outs(%f : tensor<1x240x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %three : f32
    %lo = arith.maximumf %a, %zero : f32
    %hi = arith.minimumf %lo, %six : f32
    %m = arith.mulf %in, %hi : f32
    %d = arith.divf %m, %six : f32
    %s = arith.addf %d, %out : f32
    linalg.yield %s : f32
  } -> tensor<1x240x1x1xf32>
  return %r : tensor<1x240x1x1xf32>
}

// A max over an NCHW map's rows and columns (three reduction loops: the
// first is the rows), the accumulator first: the partial maxima start at
// -inf, the combination keeps the operand order.
// CHECK-LABEL: func.func @max_nchw
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.*}} : tensor<2x8xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%{{.*}} : tensor<2x8x6x5xf32>) outs(%{{.*}} : tensor<2x8xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<2x8xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: arith.maximumf %[[ACC]], %[[IN]] : f32
func.func @max_nchw(%x: tensor<2x8x6x5xf32>, %init: tensor<2xf32>) -> tensor<2xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n)>], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%x : tensor<2x8x6x5xf32>) outs(%init : tensor<2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %out, %in : f32
    linalg.yield %m : f32
  } -> tensor<2xf32>
  return %r : tensor<2xf32>
}

// A per-channel scale read beside the reduced map (constant along the
// reduction) and an integer sum: split.
// CHECK-LABEL: func.func @scaled_int_sum
// CHECK: linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : tensor<4x16xi32>)
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<4x4x16xi32>, tensor<16xi32>) outs(%{{.*}} : tensor<4x16xi32>)
// CHECK: arith.addi
func.func @scaled_int_sum(%x: tensor<4x4x16xi32>, %s: tensor<16xi32>, %init: tensor<16xi32>) -> tensor<16xi32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x, %s : tensor<4x4x16xi32>, tensor<16xi32>) outs(%init : tensor<16xi32>) {
  ^bb0(%in: i32, %sc: i32, %out: i32):
    %m = arith.muli %in, %sc : i32
    %a = arith.addi %m, %out : i32
    linalg.yield %a : i32
  } -> tensor<16xi32>
  return %r : tensor<16xi32>
}

// A pool into an init of the caller's with unit dims (not a fill): the
// init is collapsed for the sum, the result expanded back.
// CHECK-LABEL: func.func @pool_into_init
// CHECK-SAME: %[[ACC:[a-z0-9]+]]: tensor<1x8x1x1xf32>
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[ACC]] {{\[}}[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} outs(%[[FLAT]] : tensor<1x8xf32>)
// CHECK: tensor.expand_shape %[[SUM]] {{\[}}[0], [1, 2, 3]] output_shape [1, 8, 1, 1]
func.func @pool_into_init(%x: tensor<1x6x5x8xf32>, %acc: tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32> {
  %r = linalg.generic {indexing_maps = [#nhwc, #pooled], iterator_types = ["parallel", "reduction", "reduction", "parallel"]} ins(%x : tensor<1x6x5x8xf32>) outs(%acc : tensor<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %out : f32
    linalg.yield %s : f32
  } -> tensor<1x8x1x1xf32>
  return %r : tensor<1x8x1x1xf32>
}

// Two pools of one fill (CSE merges torch-mlir's equal fills, as in
// MobileNetV3-small's squeeze-excite blocks): each sum gets a flat fill of
// its own, and the shared 4-D fill goes. (Collapsing the shared fill left
// it a kernel of its own, run as a loop of one element per iteration.)
// CHECK-LABEL: func.func @pools_share_fill
// CHECK-NOT: linalg.fill {{.*}} tensor<1x8x1x1xf32>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x8xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction", "parallel"]
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x8xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction", "parallel"]
// CHECK-NOT: linalg.fill {{.*}} tensor<1x8x1x1xf32>
// CHECK: return
func.func @pools_share_fill(%x: tensor<1x6x5x8xf32>, %y: tensor<1x6x5x8xf32>) -> (tensor<1x8x1x1xf32>, tensor<1x8x1x1xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x8x1x1xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %r = linalg.generic {indexing_maps = [#nhwc, #pooled], iterator_types = ["parallel", "reduction", "reduction", "parallel"]} ins(%x : tensor<1x6x5x8xf32>) outs(%f : tensor<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %out : f32
    linalg.yield %s : f32
  } -> tensor<1x8x1x1xf32>
  %q = linalg.generic {indexing_maps = [#nhwc, #pooled], iterator_types = ["parallel", "reduction", "reduction", "parallel"]} ins(%y : tensor<1x6x5x8xf32>) outs(%f : tensor<1x8x1x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %out : f32
    linalg.yield %m : f32
  } -> tensor<1x8x1x1xf32>
  return %r, %q : tensor<1x8x1x1xf32>, tensor<1x8x1x1xf32>
}

// Left alone, with the reason in a remark:
// CHECK-LABEL: func.func @one_reduction
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT: linalg.generic
// One reduction loop (a row sum): no remark, not a candidate.
// REMARK-NOT: split-reductions.mlir:[[@LINE+2]]
func.func @one_reduction(%x: tensor<8x64xf32>, %init: tensor<8xf32>) -> tensor<8xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x64xf32>) outs(%init : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// A contraction over two loops (both operands reduced).
// CHECK-LABEL: func.func @contraction
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT: linalg.generic
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: not the reduction of one operand read through a projected permutation (a contraction or a window)
func.func @contraction(%a: tensor<8x4x16xf32>, %b: tensor<4x16x8xf32>, %init: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(i, j, k, l) -> (i, k, l)>, affine_map<(i, j, k, l) -> (k, l, j)>, affine_map<(i, j, k, l) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%a, %b : tensor<8x4x16xf32>, tensor<4x16x8xf32>) outs(%init : tensor<8x8xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %m, %out : f32
    linalg.yield %s : f32
  } -> tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}

// A window (a pool's input read at h + kh): not a projected permutation.
// CHECK-LABEL: func.func @window
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: not the reduction of one operand read through a projected permutation (a contraction or a window)
func.func @window(%x: tensor<10x16xf32>, %win: tensor<3xf32>, %init: tensor<8xf32>) -> tensor<8xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, kh, c) -> (h + kh, c)>, affine_map<(h, kh, c) -> (kh)>, affine_map<(h, kh, c) -> (h)>], iterator_types = ["parallel", "reduction", "reduction"]} ins(%x, %win : tensor<10x16xf32>, tensor<3xf32>) outs(%init : tensor<8xf32>) {
  ^bb0(%in: f32, %w: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// The accumulator used twice (out * out + x: not a combination by one op).
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the body does not combine the accumulator once, by an op with a neutral element (add, mul, max, min, and, or, xor) on scalar floats or integers without overflow flags
func.func @accumulator_twice(%x: tensor<4x4x16xf32>, %init: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xf32>) outs(%init : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %out, %out : f32
    %a = arith.addf %in, %m : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// A combiner without a neutral element (subtraction).
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the body does not combine the accumulator once, by an op with a neutral element (add, mul, max, min, and, or, xor) on scalar floats or integers without overflow flags
func.func @subtract(%x: tensor<4x4x16xf32>, %init: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xf32>) outs(%init : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.subf %out, %in : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// One element per row (the inner reduction has extent 1).
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: fewer than two rows, or of one element each
func.func @one_per_row(%x: tensor<8x1x16xf32>, %init: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<8x1x16xf32>) outs(%init : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// A dynamic shape.
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: not a static op on tensors with one result
func.func @dynamic(%x: tensor<?x4x16xf32>, %init: tensor<16xf32>) -> tensor<16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<?x4x16xf32>) outs(%init : tensor<16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<16xf32>
  return %r : tensor<16xf32>
}

// A result read at a reduction loop's index (a diagonal-like write).
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the result is not indexed by parallel loops and zeros
func.func @result_at_reduction(%x: tensor<4x4x16xf32>, %init: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (h, c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xf32>) outs(%init : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// A result larger than max-result (100 here; the pool's 240 channels).
// SMALL: split-reductions.mlir:{{[0-9]+}}:8: remark: [fusion-split-reductions] not split: a result of 240 elements (more than 100) has tiles enough

// Element types whose neutral element upstream's getNeutralElement cannot
// give (it casts the type to a float or an integer type: vectors and index
// crashed or hung), a float type without a zero, and an integer sum with
// nsw (a row's partial sum may overflow where the sum in order does not).
// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the body does not combine
func.func @vector_elements(%x: tensor<4x4x16xvector<4xf32>>, %init: tensor<16xvector<4xf32>>) -> tensor<16xvector<4xf32>> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xvector<4xf32>>) outs(%init : tensor<16xvector<4xf32>>) {
  ^bb0(%in: vector<4xf32>, %out: vector<4xf32>):
    %a = arith.maximumf %in, %out : vector<4xf32>
    linalg.yield %a : vector<4xf32>
  } -> tensor<16xvector<4xf32>>
  return %r : tensor<16xvector<4xf32>>
}

// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the body does not combine
func.func @index_elements(%x: tensor<4x4x16xindex>, %init: tensor<16xindex>) -> tensor<16xindex> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xindex>) outs(%init : tensor<16xindex>) {
  ^bb0(%in: index, %out: index):
    %a = arith.maxsi %in, %out : index
    linalg.yield %a : index
  } -> tensor<16xindex>
  return %r : tensor<16xindex>
}

// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the body does not combine
func.func @no_zero(%x: tensor<4x4x16xf8E8M0FNU>, %init: tensor<16xf8E8M0FNU>) -> tensor<16xf8E8M0FNU> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xf8E8M0FNU>) outs(%init : tensor<16xf8E8M0FNU>) {
  ^bb0(%in: f8E8M0FNU, %out: f8E8M0FNU):
    %a = arith.addf %in, %out : f8E8M0FNU
    linalg.yield %a : f8E8M0FNU
  } -> tensor<16xf8E8M0FNU>
  return %r : tensor<16xf8E8M0FNU>
}

// REMARK: split-reductions.mlir:[[@LINE+2]]:8: remark: [fusion-split-reductions] not split: the body does not combine
func.func @sum_nsw(%x: tensor<4x4x16xi8>, %init: tensor<16xi8>) -> tensor<16xi8> {
  %r = linalg.generic {indexing_maps = [affine_map<(h, w, c) -> (h, w, c)>, affine_map<(h, w, c) -> (c)>], iterator_types = ["reduction", "reduction", "parallel"]} ins(%x : tensor<4x4x16xi8>) outs(%init : tensor<16xi8>) {
  ^bb0(%in: i8, %out: i8):
    %a = arith.addi %in, %out overflow<nsw> : i8
    linalg.yield %a : i8
  } -> tensor<16xi8>
  return %r : tensor<16xi8>
}
