// RUN: fuse-opt %s -canonicalize -split-input-file | FileCheck %s

//===----------------------------------------------------------------------===//
// Folders: a combiner over a single input is that input
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @sum_single
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.sum
// CHECK: return %[[ARG0]] : tensor<8x10xf32>
func.func @sum_single(%a: tensor<8x10xf32>) -> tensor<8x10xf32> {
  %0 = fusion.sum %a : tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

// CHECK-LABEL: func.func @sum_single_integer
// CHECK-SAME: (%[[ARG0:.*]]: tensor<?xi32>)
// CHECK-NOT: fusion.sum
// CHECK: return %[[ARG0]] : tensor<?xi32>
func.func @sum_single_integer(%a: tensor<?xi32>) -> tensor<?xi32> {
  %0 = fusion.sum %a : tensor<?xi32>
  return %0 : tensor<?xi32>
}

// -----

// CHECK-LABEL: func.func @sum_multi
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>)
// CHECK: %[[S0:.*]] = fusion.sum %[[ARG0]], %[[ARG1]] : tensor<8x10xf32>
// CHECK: %[[S1:.*]] = fusion.sum %[[ARG0]], %[[ARG0]] : tensor<8x10xf32>
// CHECK: return %[[S0]], %[[S1]]
func.func @sum_multi(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>)
    -> (tensor<8x10xf32>, tensor<8x10xf32>) {
  %0 = fusion.sum %a, %b : tensor<8x10xf32>
  // The same value twice is 2 * %a, not %a.
  %1 = fusion.sum %a, %a : tensor<8x10xf32>
  return %0, %1 : tensor<8x10xf32>, tensor<8x10xf32>
}

// -----

// CHECK-LABEL: func.func @mean_single
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>)
// CHECK-NOT: fusion.mean
// CHECK: return %[[ARG0]], %[[ARG0]] : tensor<8x10xf32>, tensor<8x10xf32>
func.func @mean_single(%a: tensor<8x10xf32>)
    -> (tensor<8x10xf32>, tensor<8x10xf32>) {
  %0 = fusion.mean %a : tensor<8x10xf32>
  %1 = fusion.mean %a weights [1.0] : tensor<8x10xf32>
  return %0, %1 : tensor<8x10xf32>, tensor<8x10xf32>
}

// -----

// CHECK-LABEL: func.func @mean_multi
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>)
// CHECK: %[[M0:.*]] = fusion.mean %[[ARG0]], %[[ARG1]] : tensor<8x10xf32>
// CHECK: %[[M1:.*]] = fusion.mean %[[ARG0]], %[[ARG1]] weights [1.000000e+00, 0.000000e+00] : tensor<8x10xf32>
// CHECK: return %[[M0]], %[[M1]]
func.func @mean_multi(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>)
    -> (tensor<8x10xf32>, tensor<8x10xf32>) {
  %0 = fusion.mean %a, %b : tensor<8x10xf32>
  // A zero weight is not simplified away.
  %1 = fusion.mean %a, %b weights [1.0, 0.0] : tensor<8x10xf32>
  return %0, %1 : tensor<8x10xf32>, tensor<8x10xf32>
}

// -----

// CHECK-LABEL: func.func @concat_single
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>)
// CHECK-NOT: fusion.concat
// CHECK: return %[[ARG0]] : tensor<8x512xf32>
func.func @concat_single(%a: tensor<8x512xf32>) -> tensor<8x512xf32> {
  %0 = fusion.concat %a {axis = 1} : tensor<8x512xf32> -> tensor<8x512xf32>
  return %0 : tensor<8x512xf32>
}

// -----

// A single input of another type than the result (here less dynamic) is not
// folded: that would change the type of the value.

// CHECK-LABEL: func.func @concat_single_type_change
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>)
// CHECK: %[[C:.*]] = fusion.concat %[[ARG0]] {axis = 1 : i64} : tensor<8x512xf32> -> tensor<8x?xf32>
// CHECK: return %[[C]]
func.func @concat_single_type_change(%a: tensor<8x512xf32>) -> tensor<8x?xf32> {
  %0 = fusion.concat %a {axis = 1} : tensor<8x512xf32> -> tensor<8x?xf32>
  return %0 : tensor<8x?xf32>
}

// -----

// CHECK-LABEL: func.func @concat_multi
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>, %[[ARG1:.*]]: tensor<8x300xf32>)
// CHECK: %[[C:.*]] = fusion.concat %[[ARG0]], %[[ARG1]] {axis = 1 : i64}
// CHECK: return %[[C]]
func.func @concat_multi(%a: tensor<8x512xf32>, %b: tensor<8x300xf32>)
    -> tensor<8x812xf32> {
  %0 = fusion.concat %a, %b {axis = 1}
      : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
  return %0 : tensor<8x812xf32>
}

// -----

// softmax over a single score is 1: the result is the feature, not the query.

// CHECK-LABEL: func.func @attention_single
// CHECK-SAME: (%[[Q:.*]]: tensor<8x64xf32>, %[[Q1:.*]]: tensor<64xf32>, %[[F:.*]]: tensor<8x64xf32>)
// CHECK-NOT: fusion.attention
// CHECK: return %[[F]], %[[F]] : tensor<8x64xf32>, tensor<8x64xf32>
func.func @attention_single(%q: tensor<8x64xf32>, %q1: tensor<64xf32>,
                            %f: tensor<8x64xf32>)
    -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  %0 = fusion.attention %q, %f
      : tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  %1 = fusion.attention %q1, %f
      : tensor<64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0, %1 : tensor<8x64xf32>, tensor<8x64xf32>
}

// -----

// CHECK-LABEL: func.func @attention_multi
// CHECK-SAME: (%[[Q:.*]]: tensor<64xf32>, %[[F0:.*]]: tensor<8x64xf32>, %[[F1:.*]]: tensor<8x64xf32>)
// CHECK: %[[R0:.*]] = fusion.attention %[[Q]], %[[F0]], %[[F1]]
// CHECK: %[[R1:.*]] = fusion.attention %[[Q]], %[[F0]], %[[F0]]
// CHECK: return %[[R0]], %[[R1]]
func.func @attention_multi(%q: tensor<64xf32>, %f0: tensor<8x64xf32>,
                           %f1: tensor<8x64xf32>)
    -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  %0 = fusion.attention %q, %f0, %f1
      : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  %1 = fusion.attention %q, %f0, %f0
      : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0, %1 : tensor<8x64xf32>, tensor<8x64xf32>
}

// -----

// Gate and batch norm have no folder.

// CHECK-LABEL: func.func @no_folder
// CHECK: fusion.gate
// CHECK: fusion.batch_norm
func.func @no_folder(%g: tensor<4x8xf32>, %a: tensor<4x8xf32>, %p: tensor<8xf32>)
    -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %0 = fusion.gate %g, %a, %a : tensor<4x8xf32>, tensor<4x8xf32>
  %1 = fusion.batch_norm %a, %p, %p, %p, %p : tensor<4x8xf32>, tensor<8xf32>
  return %0, %1 : tensor<4x8xf32>, tensor<4x8xf32>
}

//===----------------------------------------------------------------------===//
// Strategy ops that fuse a single module are inlined
//===----------------------------------------------------------------------===//

// -----

// CHECK-LABEL: func.func @late_one_branch
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>)
// CHECK-NOT: fusion.late
// CHECK-NOT: fusion.yield
// CHECK: %[[T:.*]] = math.tanh %[[ARG0]] : tensor<4x8xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[T]] : tensor<4x8xf32>
// CHECK-NEXT: return %[[E]] : tensor<4x8xf32>
func.func @late_one_branch(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = fusion.late ins(%x : tensor<4x8xf32>) -> tensor<4x8xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %t = math.tanh %a : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>):
    %e = math.exp %p : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// One branch yielding two values, and two results.

// CHECK-LABEL: func.func @late_one_branch_multi
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[T:.*]] = math.tanh %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[T]], %[[E]] : tensor<4xf32>
// CHECK-NEXT: return %[[M]], %[[T]] : tensor<4xf32>, tensor<4xf32>
func.func @late_one_branch_multi(%x: tensor<4xf32>)
    -> (tensor<4xf32>, tensor<4xf32>) {
  %y:2 = fusion.late ins(%x : tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
  branch {
  ^bb0(%a: tensor<4xf32>):
    %t = math.tanh %a : tensor<4xf32>
    %e = math.exp %a : tensor<4xf32>
    fusion.yield %t, %e : tensor<4xf32>, tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    %m = arith.mulf %p, %q : tensor<4xf32>
    fusion.yield %m, %p : tensor<4xf32>, tensor<4xf32>
  }
  return %y#0, %y#1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @late_two_branches
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>)
// CHECK: %[[R:.*]] = fusion.late ins(%[[ARG0]], %[[ARG1]] : tensor<4x8xf32>, tensor<4x8xf32>)
// CHECK: math.tanh
// CHECK: fusion.yield
// CHECK: } branch {
// CHECK: math.exp
// CHECK: } combine {
// CHECK: fusion.sum
// CHECK: return %[[R]]
func.func @late_two_branches(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>)
    -> tensor<4x8xf32> {
  %r = fusion.late ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    %t = math.tanh %a : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } branch {
  ^bb0(%b: tensor<4x8xf32>):
    %e = math.exp %b : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
    %s = fusion.sum %p, %q : tensor<4x8xf32>
    fusion.yield %s : tensor<4x8xf32>
  }
  return %r : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @early_one_input
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[T:.*]] = math.tanh %[[ARG0]] : tensor<4x8xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[T]] : tensor<4x8xf32>
// CHECK-NEXT: return %[[E]] : tensor<4x8xf32>
func.func @early_one_input(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = fusion.early ins(%x : tensor<4x8xf32>) -> tensor<4x8xf32>
  combine {
  ^bb0(%a: tensor<4x8xf32>):
    %c = fusion.concat %a {axis = 1} : tensor<4x8xf32> -> tensor<4x8xf32>
    %t = math.tanh %c : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } body {
  ^bb0(%j: tensor<4x8xf32>):
    %e = math.exp %j : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @early_two_inputs
// CHECK: fusion.early
// CHECK: combine {
// CHECK: fusion.concat
// CHECK: } body {
func.func @early_two_inputs(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>)
    -> tensor<4x16xf32> {
  %r = fusion.early ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x16xf32>
  combine {
  ^bb0(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>):
    %c = fusion.concat %a, %b {axis = 1}
        : tensor<4x8xf32>, tensor<4x8xf32> -> tensor<4x16xf32>
    fusion.yield %c : tensor<4x16xf32>
  } body {
  ^bb0(%j: tensor<4x16xf32>):
    fusion.yield %j : tensor<4x16xf32>
  }
  return %r : tensor<4x16xf32>
}

// -----

// A hybrid op with one branch is inlined whatever its number of inputs:
// early, then the branch, then combine.

// CHECK-LABEL: func.func @hybrid_one_branch
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>)
// CHECK-NOT: fusion.hybrid
// CHECK: %[[J:.*]] = fusion.sum %[[ARG0]], %[[ARG1]] : tensor<4x8xf32>
// CHECK-NEXT: %[[T:.*]] = math.tanh %[[J]] : tensor<4x8xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[T]] : tensor<4x8xf32>
// CHECK-NEXT: return %[[E]] : tensor<4x8xf32>
func.func @hybrid_one_branch(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>)
    -> tensor<4x8xf32> {
  %r = fusion.hybrid ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  early {
  ^bb0(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>):
    %j = fusion.sum %a, %b : tensor<4x8xf32>
    fusion.yield %j : tensor<4x8xf32>
  } branch {
  ^bb0(%j: tensor<4x8xf32>):
    %t = math.tanh %j : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>):
    %m = fusion.mean %p : tensor<4x8xf32>
    %e = math.exp %m : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  }
  return %r : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @hybrid_two_branches
// CHECK: fusion.hybrid
// CHECK: early {
// CHECK: } branch {
// CHECK: } branch {
// CHECK: } combine {
func.func @hybrid_two_branches(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = fusion.hybrid ins(%x : tensor<4x8xf32>) -> tensor<4x8xf32>
  early {
  ^bb0(%a: tensor<4x8xf32>):
    fusion.yield %a, %a : tensor<4x8xf32>, tensor<4x8xf32>
  } branch {
  ^bb0(%j: tensor<4x8xf32>):
    %t = math.tanh %j : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } branch {
  ^bb0(%j: tensor<4x8xf32>):
    %e = math.exp %j : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
    %m = fusion.mean %p, %q : tensor<4x8xf32>
    fusion.yield %m : tensor<4x8xf32>
  }
  return %r : tensor<4x8xf32>
}

// -----

// Inlining a trivial strategy op exposes a nested one, which is kept if it
// fuses two modules.

// CHECK-LABEL: func.func @nested
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>, %[[ARG1:.*]]: tensor<4xf32>)
// CHECK: %[[R:.*]] = fusion.late ins(%[[ARG0]], %[[ARG1]] : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> branch {
// CHECK: } branch {
// CHECK: } combine {
// CHECK: }
// CHECK-NOT: fusion.early
// CHECK: %[[E:.*]] = math.exp %[[R]] : tensor<4xf32>
// CHECK-NEXT: return %[[E]] : tensor<4xf32>
func.func @nested(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %r = fusion.early ins(%x : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%a: tensor<4xf32>):
    %l = fusion.late ins(%a, %y : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    branch {
    ^bb0(%u: tensor<4xf32>):
      fusion.yield %u : tensor<4xf32>
    } branch {
    ^bb0(%v: tensor<4xf32>):
      fusion.yield %v : tensor<4xf32>
    } combine {
    ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
      %s = fusion.sum %p, %q : tensor<4xf32>
      fusion.yield %s : tensor<4xf32>
    }
    fusion.yield %l : tensor<4xf32>
  } body {
  ^bb0(%j: tensor<4xf32>):
    %e = math.exp %j : tensor<4xf32>
    fusion.yield %e : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// -----

// Trivial strategy ops nested in each other are all inlined.

// CHECK-LABEL: func.func @nested_trivial
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[T:.*]] = math.tanh %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: return %[[T]] : tensor<4xf32>
func.func @nested_trivial(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = fusion.late ins(%x : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%a: tensor<4xf32>):
    %h = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
    early {
    ^bb0(%b: tensor<4xf32>):
      fusion.yield %b : tensor<4xf32>
    } branch {
    ^bb0(%c: tensor<4xf32>):
      %t = math.tanh %c : tensor<4xf32>
      fusion.yield %t : tensor<4xf32>
    } combine {
    ^bb0(%d: tensor<4xf32>):
      fusion.yield %d : tensor<4xf32>
    }
    fusion.yield %h : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    %s = fusion.sum %p : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}

// -----

// A dim whose index folds to a constant outside [0, rank) is poison (the
// dialect's canonicalization, active wherever fusion is loaded: fuse-opt and
// the pipelines), before upstream patterns index a shape with it.
// CHECK-LABEL: func.func @dim_out_of_range
// CHECK-NOT: memref.dim
// CHECK-NOT: tensor.dim
// CHECK: %[[P:.*]] = ub.poison : index
// CHECK: return %[[P]], %[[P]]
func.func @dim_out_of_range(%m: memref<?x4xf32>, %t: tensor<?x4xf32>) -> (index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c = arith.subi %c0, %c1 : index
  %d = memref.dim %m, %c : memref<?x4xf32>
  %e = tensor.dim %t, %c : tensor<?x4xf32>
  return %d, %e : index, index
}

// -----

// In range: folded as usual.
// CHECK-LABEL: func.func @dim_in_range
// CHECK: memref.dim %{{.*}}, %c0
func.func @dim_in_range(%m: memref<?x4xf32>) -> index {
  %c0 = arith.constant 0 : index
  %d = memref.dim %m, %c0 : memref<?x4xf32>
  return %d : index
}
