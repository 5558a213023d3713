// RUN: fuse-opt %s -convert-fusion-to-linalg -split-input-file | FileCheck %s

// Strategy ops are inlined in dataflow order: fusion.early's combine before
// its body, the branches (in order) before combine, fusion.hybrid's early
// region before the branches. Their combiners are lowered as well.

// CHECK-LABEL: func.func @early
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>, %[[ARG1:.*]]: tensor<8x300xf32>, %[[W:.*]]: tensor<812x10xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[C:.*]] = tensor.concat dim(1) %[[ARG0]], %[[ARG1]] : (tensor<8x512xf32>, tensor<8x300xf32>) -> tensor<8x812xf32>
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<8x10xf32>
// CHECK-NEXT: %[[MM:.*]] = linalg.matmul ins(%[[C]], %[[W]] : tensor<8x812xf32>, tensor<812x10xf32>) outs(%[[E]] : tensor<8x10xf32>)
// CHECK-NEXT: return %[[MM]] : tensor<8x10xf32>
func.func @early(%img: tensor<8x512xf32>, %txt: tensor<8x300xf32>,
                 %w: tensor<812x10xf32>) -> tensor<8x10xf32> {
  %y = fusion.early ins(%img, %txt : tensor<8x512xf32>, tensor<8x300xf32>)
      -> tensor<8x10xf32>
  combine {
  ^bb0(%a: tensor<8x512xf32>, %b: tensor<8x300xf32>):
    %c = fusion.concat %a, %b {axis = 1}
        : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
    fusion.yield %c : tensor<8x812xf32>
  } body {
  ^bb0(%c: tensor<8x812xf32>):
    %e = tensor.empty() : tensor<8x10xf32>
    %mm = linalg.matmul ins(%c, %w : tensor<8x812xf32>, tensor<812x10xf32>)
        outs(%e : tensor<8x10xf32>) -> tensor<8x10xf32>
    fusion.yield %mm : tensor<8x10xf32>
  }
  return %y : tensor<8x10xf32>
}

// -----

// CHECK-DAG: #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @late
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[T:.*]] = math.tanh %[[ARG0]] : tensor<4x8xf32>
// CHECK-NEXT: %[[X:.*]] = math.exp %[[ARG1]] : tensor<4x8xf32>
// CHECK-NEXT: %[[INIT:.*]] = tensor.empty() : tensor<4x8xf32>
// CHECK-NEXT: %[[R:.*]] = linalg.generic {indexing_maps = [#[[$ID]], #[[$ID]], #[[$ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[T]], %[[X]] : tensor<4x8xf32>, tensor<4x8xf32>) outs(%[[INIT]] : tensor<4x8xf32>)
// CHECK: arith.addf
// CHECK: return %[[R]] : tensor<4x8xf32>
func.func @late(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = fusion.late ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  branch {
  ^bb0(%x: tensor<4x8xf32>):
    %t = math.tanh %x : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } branch {
  ^bb0(%x: tensor<4x8xf32>):
    %e = math.exp %x : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
    %s = fusion.sum %p, %q : tensor<4x8xf32>
    fusion.yield %s : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// Three branches over one input (an ensemble); the second yields two values,
// so combine receives four, in branch order.

// CHECK-LABEL: func.func @late_three_branches
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[B0:.*]] = math.tanh %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[B1A:.*]] = math.exp %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[B1B:.*]] = math.absf %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[B2:.*]] = math.sqrt %[[ARG0]] : tensor<4xf32>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: ins(%[[B0]], %[[B1A]], %[[B1B]], %[[B2]] : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: return %[[R]] : tensor<4xf32>
func.func @late_three_branches(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = fusion.late ins(%x, %x, %x : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
      -> tensor<4xf32>
  branch {
  ^bb0(%a: tensor<4xf32>):
    %t = math.tanh %a : tensor<4xf32>
    fusion.yield %t : tensor<4xf32>
  } branch {
  ^bb0(%b: tensor<4xf32>):
    %e = math.exp %b : tensor<4xf32>
    %f = math.absf %b : tensor<4xf32>
    fusion.yield %e, %f : tensor<4xf32>, tensor<4xf32>
  } branch {
  ^bb0(%c: tensor<4xf32>):
    %s = math.sqrt %c : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q0: tensor<4xf32>, %q1: tensor<4xf32>,
       %u: tensor<4xf32>):
    %m = fusion.mean %p, %q0, %q1, %u : tensor<4xf32>
    fusion.yield %m : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @hybrid
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[J:.*]] = arith.addf %[[ARG0]], %[[ARG1]] : tensor<4x8xf32>
// CHECK-NEXT: %[[T:.*]] = math.tanh %[[J]] : tensor<4x8xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[ARG0]] : tensor<4x8xf32>
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[T]], %[[E]] : tensor<4x8xf32>
// CHECK-NEXT: return %[[M]] : tensor<4x8xf32>
func.func @hybrid(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = fusion.hybrid ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  early {
  ^bb0(%x: tensor<4x8xf32>, %z: tensor<4x8xf32>):
    %j = arith.addf %x, %z : tensor<4x8xf32>
    fusion.yield %j, %x : tensor<4x8xf32>, tensor<4x8xf32>
  } branch {
  ^bb0(%j: tensor<4x8xf32>):
    %t = math.tanh %j : tensor<4x8xf32>
    fusion.yield %t : tensor<4x8xf32>
  } branch {
  ^bb0(%x: tensor<4x8xf32>):
    %e = math.exp %x : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
    %m = arith.mulf %p, %q : tensor<4x8xf32>
    fusion.yield %m : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// A strategy op with two results: each use is rewired to its value.

// CHECK-LABEL: func.func @two_results
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>, %[[ARG1:.*]]: tensor<4xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[T:.*]] = math.tanh %[[ARG0]] : tensor<4xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[ARG1]] : tensor<4xf32>
// CHECK-NEXT: return %[[E]], %[[T]] : tensor<4xf32>, tensor<4xf32>
func.func @two_results(%a: tensor<4xf32>, %b: tensor<4xf32>)
    -> (tensor<4xf32>, tensor<4xf32>) {
  %y:2 = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>)
      -> (tensor<4xf32>, tensor<4xf32>)
  branch {
  ^bb0(%x: tensor<4xf32>):
    %t = math.tanh %x : tensor<4xf32>
    fusion.yield %t : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    %e = math.exp %x : tensor<4xf32>
    fusion.yield %e : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p, %q : tensor<4xf32>, tensor<4xf32>
  }
  return %y#1, %y#0 : tensor<4xf32>, tensor<4xf32>
}

// -----

// Nested strategy ops: the outer one is inlined first, then the ones it
// contained; every combiner is lowered.

// CHECK-LABEL: func.func @nested
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>, %[[ARG2:.*]]: tensor<4x8xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[C:.*]] = tensor.concat dim(1) %[[ARG0]], %[[ARG1]] : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[T:.*]] = math.tanh %[[C]] : tensor<4x16xf32>
// CHECK-NEXT: %[[S:.*]] = tensor.extract_slice %[[T]][0, 0] [4, 8] [1, 1] : tensor<4x16xf32> to tensor<4x8xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[ARG2]] : tensor<4x8xf32>
// CHECK: %[[G:.*]] = linalg.generic
// CHECK-SAME: ins(%[[S]], %[[E]] : tensor<4x8xf32>, tensor<4x8xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: linalg.yield
// CHECK: return %[[G]] : tensor<4x8xf32>
func.func @nested(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>,
                  %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = fusion.late ins(%a, %c : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  branch {
  ^bb0(%x: tensor<4x8xf32>):
    // Regions may use values defined above the op (%b).
    %in = fusion.early ins(%x, %b : tensor<4x8xf32>, tensor<4x8xf32>)
        -> tensor<4x8xf32>
    combine {
    ^bb0(%u: tensor<4x8xf32>, %v: tensor<4x8xf32>):
      %cat = fusion.concat %u, %v {axis = 1}
          : tensor<4x8xf32>, tensor<4x8xf32> -> tensor<4x16xf32>
      fusion.yield %cat : tensor<4x16xf32>
    } body {
    ^bb0(%j: tensor<4x16xf32>):
      %t = math.tanh %j : tensor<4x16xf32>
      %s = tensor.extract_slice %t[0, 0] [4, 8] [1, 1]
          : tensor<4x16xf32> to tensor<4x8xf32>
      fusion.yield %s : tensor<4x8xf32>
    }
    fusion.yield %in : tensor<4x8xf32>
  } branch {
  ^bb0(%x: tensor<4x8xf32>):
    %e = math.exp %x : tensor<4x8xf32>
    fusion.yield %e : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
    %m = fusion.mean %p, %q weights [0.25, 0.75] : tensor<4x8xf32>
    fusion.yield %m : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// Hybrid op nested in a hybrid op's branch, with a late op in combine.

// CHECK-LABEL: func.func @nested_hybrid
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>, %[[ARG1:.*]]: tensor<4xf32>)
// CHECK-NOT: fusion.
// CHECK: %[[E0:.*]] = arith.addf %[[ARG0]], %[[ARG1]]
// CHECK-NEXT: %[[I0:.*]] = math.absf %[[E0]]
// CHECK-NEXT: %[[I1:.*]] = math.tanh %[[I0]]
// CHECK-NEXT: %[[I2:.*]] = math.exp %[[I0]]
// CHECK-NEXT: %[[I3:.*]] = arith.mulf %[[I1]], %[[I2]]
// CHECK-NEXT: %[[B1:.*]] = math.sqrt %[[ARG1]]
// CHECK-NEXT: %[[L0:.*]] = math.sin %[[I3]]
// CHECK-NEXT: %[[L1:.*]] = math.cos %[[B1]]
// CHECK-NEXT: %[[R:.*]] = arith.subf %[[L0]], %[[L1]]
// CHECK-NEXT: return %[[R]]
func.func @nested_hybrid(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %y = fusion.hybrid ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>, %z: tensor<4xf32>):
    %j = arith.addf %x, %z : tensor<4xf32>
    fusion.yield %j, %z : tensor<4xf32>, tensor<4xf32>
  } branch {
  ^bb0(%j: tensor<4xf32>):
    %h = fusion.hybrid ins(%j : tensor<4xf32>) -> tensor<4xf32>
    early {
    ^bb0(%u: tensor<4xf32>):
      %abs = math.absf %u : tensor<4xf32>
      fusion.yield %abs, %abs : tensor<4xf32>, tensor<4xf32>
    } branch {
    ^bb0(%u: tensor<4xf32>):
      %t = math.tanh %u : tensor<4xf32>
      fusion.yield %t : tensor<4xf32>
    } branch {
    ^bb0(%u: tensor<4xf32>):
      %e = math.exp %u : tensor<4xf32>
      fusion.yield %e : tensor<4xf32>
    } combine {
    ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
      %m = arith.mulf %p, %q : tensor<4xf32>
      fusion.yield %m : tensor<4xf32>
    }
    fusion.yield %h : tensor<4xf32>
  } branch {
  ^bb0(%z: tensor<4xf32>):
    %s = math.sqrt %z : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    %l = fusion.late ins(%p, %q : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    branch {
    ^bb0(%u: tensor<4xf32>):
      %s = math.sin %u : tensor<4xf32>
      fusion.yield %s : tensor<4xf32>
    } branch {
    ^bb0(%u: tensor<4xf32>):
      %c = math.cos %u : tensor<4xf32>
      fusion.yield %c : tensor<4xf32>
    } combine {
    ^bb0(%s: tensor<4xf32>, %c: tensor<4xf32>):
      %d = arith.subf %s, %c : tensor<4xf32>
      fusion.yield %d : tensor<4xf32>
    }
    fusion.yield %l : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}
