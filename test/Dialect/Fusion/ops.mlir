// RUN: fuse-opt %s | fuse-opt | FileCheck %s
// RUN: fuse-opt %s --mlir-print-op-generic | fuse-opt | FileCheck %s

// Round-trip of every fusion op through the custom and the generic syntax.

//===----------------------------------------------------------------------===//
// Strategy ops and fusion.yield
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @early
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>, %[[ARG1:.*]]: tensor<8x300xf32>, %[[W:.*]]: tensor<812x10xf32>)
func.func @early(%img: tensor<8x512xf32>, %txt: tensor<8x300xf32>,
                 %w: tensor<812x10xf32>) -> tensor<8x10xf32> {
  // CHECK: %[[R:.*]] = fusion.early ins(%[[ARG0]], %[[ARG1]] : tensor<8x512xf32>, tensor<8x300xf32>) -> tensor<8x10xf32> combine {
  // CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<8x512xf32>, %[[B:.*]]: tensor<8x300xf32>):
  // CHECK-NEXT: %[[C:.*]] = fusion.concat %[[A]], %[[B]] {axis = 1 : i64} : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
  // CHECK-NEXT: fusion.yield %[[C]] : tensor<8x812xf32>
  // CHECK-NEXT: } body {
  // CHECK-NEXT: ^bb0(%[[J:.*]]: tensor<8x812xf32>):
  // CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<8x10xf32>
  // CHECK-NEXT: %[[MM:.*]] = linalg.matmul ins(%[[J]], %[[W]] : tensor<8x812xf32>, tensor<812x10xf32>) outs(%[[E]] : tensor<8x10xf32>) -> tensor<8x10xf32>
  // CHECK-NEXT: fusion.yield %[[MM]] : tensor<8x10xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[R]] : tensor<8x10xf32>
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

// `combine` of fusion.early may yield several values; `body` takes them all
// and the op may have several results.

// CHECK-LABEL: func.func @early_multi
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>)
func.func @early_multi(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>)
    -> (tensor<4x8xf32>, tensor<4x16xf32>) {
  // CHECK: %[[R:.*]]:2 = fusion.early ins(%[[ARG0]], %[[ARG1]] : tensor<4x8xf32>, tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x16xf32>) combine {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xf32>, %[[Y:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: %[[S:.*]] = fusion.sum %[[X]], %[[Y]] : tensor<4x8xf32>
  // CHECK-NEXT: %[[C:.*]] = fusion.concat %[[X]], %[[Y]] {axis = 1 : i64} : tensor<4x8xf32>, tensor<4x8xf32> -> tensor<4x16xf32>
  // CHECK-NEXT: fusion.yield %[[S]], %[[C]] : tensor<4x8xf32>, tensor<4x16xf32>
  // CHECK-NEXT: } body {
  // CHECK-NEXT: ^bb0(%[[P:.*]]: tensor<4x8xf32>, %[[Q:.*]]: tensor<4x16xf32>):
  // CHECK-NEXT: fusion.yield %[[P]], %[[Q]] : tensor<4x8xf32>, tensor<4x16xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[R]]#0, %[[R]]#1
  %r:2 = fusion.early ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>)
      -> (tensor<4x8xf32>, tensor<4x16xf32>)
  combine {
  ^bb0(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>):
    %s = fusion.sum %x, %y : tensor<4x8xf32>
    %c = fusion.concat %x, %y {axis = 1}
        : tensor<4x8xf32>, tensor<4x8xf32> -> tensor<4x16xf32>
    fusion.yield %s, %c : tensor<4x8xf32>, tensor<4x16xf32>
  } body {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x16xf32>):
    fusion.yield %p, %q : tensor<4x8xf32>, tensor<4x16xf32>
  }
  return %r#0, %r#1 : tensor<4x8xf32>, tensor<4x16xf32>
}

// CHECK-LABEL: func.func @late_two_branches
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>, %[[ARG1:.*]]: tensor<8x300xf32>)
func.func @late_two_branches(%img: tensor<8x512xf32>, %txt: tensor<8x300xf32>)
    -> tensor<8x10xf32> {
  // CHECK: %[[R:.*]] = fusion.late ins(%[[ARG0]], %[[ARG1]] : tensor<8x512xf32>, tensor<8x300xf32>) -> tensor<8x10xf32> branch {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<8x512xf32>):
  // CHECK-NEXT: %[[E0:.*]] = tensor.empty() : tensor<8x10xf32>
  // CHECK-NEXT: fusion.yield %[[E0]] : tensor<8x10xf32>
  // CHECK-NEXT: } branch {
  // CHECK-NEXT: ^bb0(%[[T:.*]]: tensor<8x300xf32>):
  // CHECK-NEXT: %[[E1:.*]] = tensor.empty() : tensor<8x10xf32>
  // CHECK-NEXT: fusion.yield %[[E1]] : tensor<8x10xf32>
  // CHECK-NEXT: } combine {
  // CHECK-NEXT: ^bb0(%[[P:.*]]: tensor<8x10xf32>, %[[Q:.*]]: tensor<8x10xf32>):
  // CHECK-NEXT: %[[M:.*]] = fusion.mean %[[P]], %[[Q]] weights [7.000000e-01, 3.000000e-01] : tensor<8x10xf32>
  // CHECK-NEXT: fusion.yield %[[M]] : tensor<8x10xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[R]] : tensor<8x10xf32>
  %y = fusion.late ins(%img, %txt : tensor<8x512xf32>, tensor<8x300xf32>)
      -> tensor<8x10xf32>
  branch {
  ^bb0(%x: tensor<8x512xf32>):
    %e = tensor.empty() : tensor<8x10xf32>
    fusion.yield %e : tensor<8x10xf32>
  } branch {
  ^bb0(%t: tensor<8x300xf32>):
    %e = tensor.empty() : tensor<8x10xf32>
    fusion.yield %e : tensor<8x10xf32>
  } combine {
  ^bb0(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>):
    %m = fusion.mean %a, %b weights [0.7, 0.3] : tensor<8x10xf32>
    fusion.yield %m : tensor<8x10xf32>
  }
  return %y : tensor<8x10xf32>
}

// Three branches (an ensemble over one input); the second branch yields two
// values, so `combine` receives four.

// CHECK-LABEL: func.func @late_three_branches
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>)
func.func @late_three_branches(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // CHECK: %[[R:.*]] = fusion.late ins(%[[ARG0]], %[[ARG0]], %[[ARG0]] : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> branch {
  // CHECK-NEXT: ^bb0(%[[B0:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: fusion.yield %[[B0]] : tensor<4x8xf32>
  // CHECK-NEXT: } branch {
  // CHECK-NEXT: ^bb0(%[[B1:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: %[[S:.*]] = fusion.sum %[[B1]], %[[B1]] : tensor<4x8xf32>
  // CHECK-NEXT: fusion.yield %[[B1]], %[[S]] : tensor<4x8xf32>, tensor<4x8xf32>
  // CHECK-NEXT: } branch {
  // CHECK-NEXT: ^bb0(%[[B2:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: fusion.yield %[[B2]] : tensor<4x8xf32>
  // CHECK-NEXT: } combine {
  // CHECK-NEXT: ^bb0(%[[P:.*]]: tensor<4x8xf32>, %[[Q0:.*]]: tensor<4x8xf32>, %[[Q1:.*]]: tensor<4x8xf32>, %[[U:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: %[[M:.*]] = fusion.mean %[[P]], %[[Q0]], %[[Q1]], %[[U]] : tensor<4x8xf32>
  // CHECK-NEXT: fusion.yield %[[M]] : tensor<4x8xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[R]] : tensor<4x8xf32>
  %y = fusion.late ins(%x, %x, %x : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  branch {
  ^bb0(%a: tensor<4x8xf32>):
    fusion.yield %a : tensor<4x8xf32>
  } branch {
  ^bb0(%b: tensor<4x8xf32>):
    %s = fusion.sum %b, %b : tensor<4x8xf32>
    fusion.yield %b, %s : tensor<4x8xf32>, tensor<4x8xf32>
  } branch {
  ^bb0(%c: tensor<4x8xf32>):
    fusion.yield %c : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q0: tensor<4x8xf32>, %q1: tensor<4x8xf32>,
       %u: tensor<4x8xf32>):
    %m = fusion.mean %p, %q0, %q1, %u : tensor<4x8xf32>
    fusion.yield %m : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// An attribute dictionary on a strategy op is printed after the result types.

// CHECK-LABEL: func.func @late_attrs
// CHECK: fusion.late ins(%{{.*}} : tensor<4xf32>) -> tensor<4xf32> attributes {name = "ensemble"} branch {
func.func @late_attrs(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = fusion.late ins(%x : tensor<4xf32>) -> tensor<4xf32>
      attributes {name = "ensemble"}
  branch {
  ^bb0(%a: tensor<4xf32>):
    fusion.yield %a : tensor<4xf32>
  } combine {
  ^bb0(%a: tensor<4xf32>):
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// CHECK-LABEL: func.func @hybrid
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4x8xf32>, %[[ARG1:.*]]: tensor<4x8xf32>)
func.func @hybrid(%a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // CHECK: %[[R:.*]] = fusion.hybrid ins(%[[ARG0]], %[[ARG1]] : tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32> early {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4x8xf32>, %[[Y:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: %[[J:.*]] = fusion.sum %[[X]], %[[Y]] : tensor<4x8xf32>
  // CHECK-NEXT: fusion.yield %[[J]], %[[X]] : tensor<4x8xf32>, tensor<4x8xf32>
  // CHECK-NEXT: } branch {
  // CHECK-NEXT: ^bb0(%[[B0:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: fusion.yield %[[B0]] : tensor<4x8xf32>
  // CHECK-NEXT: } branch {
  // CHECK-NEXT: ^bb0(%[[B1:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: fusion.yield %[[B1]] : tensor<4x8xf32>
  // CHECK-NEXT: } combine {
  // CHECK-NEXT: ^bb0(%[[P:.*]]: tensor<4x8xf32>, %[[Q:.*]]: tensor<4x8xf32>):
  // CHECK-NEXT: %[[M:.*]] = fusion.mean %[[P]], %[[Q]] : tensor<4x8xf32>
  // CHECK-NEXT: fusion.yield %[[M]] : tensor<4x8xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[R]] : tensor<4x8xf32>
  %y = fusion.hybrid ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>)
      -> tensor<4x8xf32>
  early {
  ^bb0(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>):
    %j = fusion.sum %x, %y : tensor<4x8xf32>
    fusion.yield %j, %x : tensor<4x8xf32>, tensor<4x8xf32>
  } branch {
  ^bb0(%j: tensor<4x8xf32>):
    fusion.yield %j : tensor<4x8xf32>
  } branch {
  ^bb0(%x: tensor<4x8xf32>):
    fusion.yield %x : tensor<4x8xf32>
  } combine {
  ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
    %m = fusion.mean %p, %q : tensor<4x8xf32>
    fusion.yield %m : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// Strategy ops nest, and regions may use values defined above the op.

// CHECK-LABEL: func.func @nested
// CHECK-SAME: (%[[ARG0:.*]]: tensor<4xf32>, %[[ARG1:.*]]: tensor<4xf32>)
func.func @nested(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: %[[R:.*]] = fusion.late ins(%[[ARG0]], %[[ARG1]] : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> branch {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: tensor<4xf32>):
  // CHECK-NEXT: %[[IN:.*]] = fusion.early ins(%[[X]], %[[ARG1]] : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> combine {
  // CHECK-NEXT: ^bb0(%[[U:.*]]: tensor<4xf32>, %[[V:.*]]: tensor<4xf32>):
  // CHECK-NEXT: %[[S:.*]] = fusion.sum %[[U]], %[[V]] : tensor<4xf32>
  // CHECK-NEXT: fusion.yield %[[S]] : tensor<4xf32>
  // CHECK-NEXT: } body {
  // CHECK-NEXT: ^bb0(%[[J:.*]]: tensor<4xf32>):
  // CHECK-NEXT: fusion.yield %[[J]] : tensor<4xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: fusion.yield %[[IN]] : tensor<4xf32>
  // CHECK-NEXT: } branch {
  // CHECK: } combine {
  // CHECK: fusion.sum
  // CHECK: return %[[R]]
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    %in = fusion.early ins(%x, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    combine {
    ^bb0(%u: tensor<4xf32>, %v: tensor<4xf32>):
      %s = fusion.sum %u, %v : tensor<4xf32>
      fusion.yield %s : tensor<4xf32>
    } body {
    ^bb0(%j: tensor<4xf32>):
      fusion.yield %j : tensor<4xf32>
    }
    fusion.yield %in : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    %s = fusion.sum %p, %q : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// fusion.concat
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @concat_static
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x512xf32>, %[[ARG1:.*]]: tensor<8x300xf32>, %[[ARG2:.*]]: tensor<2x300xf32>)
func.func @concat_static(%a: tensor<8x512xf32>, %b: tensor<8x300xf32>,
                         %c: tensor<2x300xf32>)
    -> (tensor<8x812xf32>, tensor<10x300xf32>, tensor<8x512xf32>) {
  // CHECK: %[[C0:.*]] = fusion.concat %[[ARG0]], %[[ARG1]] {axis = 1 : i64} : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
  %0 = fusion.concat %a, %b {axis = 1}
      : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
  // CHECK: %[[C1:.*]] = fusion.concat %[[ARG1]], %[[ARG2]] {axis = 0 : i64} : tensor<8x300xf32>, tensor<2x300xf32> -> tensor<10x300xf32>
  %1 = fusion.concat %b, %c {axis = 0}
      : tensor<8x300xf32>, tensor<2x300xf32> -> tensor<10x300xf32>
  // CHECK: %[[C2:.*]] = fusion.concat %[[ARG0]] {axis = 0 : i64} : tensor<8x512xf32> -> tensor<8x512xf32>
  %2 = fusion.concat %a {axis = 0} : tensor<8x512xf32> -> tensor<8x512xf32>
  // CHECK: return %[[C0]], %[[C1]], %[[C2]]
  return %0, %1, %2 : tensor<8x812xf32>, tensor<10x300xf32>, tensor<8x512xf32>
}

// CHECK-LABEL: func.func @concat_dynamic
// CHECK-SAME: (%[[ARG0:.*]]: tensor<?x512xf32>, %[[ARG1:.*]]: tensor<8x?xf32>, %[[ARG2:.*]]: tensor<?x?xf32>)
func.func @concat_dynamic(%a: tensor<?x512xf32>, %b: tensor<8x?xf32>,
                          %c: tensor<?x?xf32>)
    -> (tensor<8x?xf32>, tensor<?x812xf32>, tensor<?x?xf32>) {
  // CHECK: fusion.concat %[[ARG0]], %[[ARG1]] {axis = 1 : i64} : tensor<?x512xf32>, tensor<8x?xf32> -> tensor<8x?xf32>
  %0 = fusion.concat %a, %b {axis = 1}
      : tensor<?x512xf32>, tensor<8x?xf32> -> tensor<8x?xf32>
  // CHECK: fusion.concat %[[ARG0]], %[[ARG2]] {axis = 1 : i64} : tensor<?x512xf32>, tensor<?x?xf32> -> tensor<?x812xf32>
  %1 = fusion.concat %a, %c {axis = 1}
      : tensor<?x512xf32>, tensor<?x?xf32> -> tensor<?x812xf32>
  // CHECK: fusion.concat %[[ARG2]], %[[ARG0]] {axis = 0 : i64} : tensor<?x?xf32>, tensor<?x512xf32> -> tensor<?x?xf32>
  %2 = fusion.concat %c, %a {axis = 0}
      : tensor<?x?xf32>, tensor<?x512xf32> -> tensor<?x?xf32>
  return %0, %1, %2 : tensor<8x?xf32>, tensor<?x812xf32>, tensor<?x?xf32>
}

//===----------------------------------------------------------------------===//
// fusion.sum, fusion.mean
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @sum
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>, %[[ARG2:.*]]: tensor<8x10xf32>, %[[ARG3:.*]]: tensor<4xi32>, %[[ARG4:.*]]: tensor<?x?xbf16>)
func.func @sum(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>,
               %c: tensor<8x10xf32>, %i: tensor<4xi32>, %h: tensor<?x?xbf16>)
    -> (tensor<8x10xf32>, tensor<4xi32>, tensor<?x?xbf16>) {
  // CHECK: %[[S0:.*]] = fusion.sum %[[ARG0]], %[[ARG1]], %[[ARG2]] : tensor<8x10xf32>
  %0 = fusion.sum %a, %b, %c : tensor<8x10xf32>
  // CHECK: %[[S1:.*]] = fusion.sum %[[ARG3]], %[[ARG3]] : tensor<4xi32>
  %1 = fusion.sum %i, %i : tensor<4xi32>
  // CHECK: %[[S2:.*]] = fusion.sum %[[ARG4]], %[[ARG4]] : tensor<?x?xbf16>
  %2 = fusion.sum %h, %h : tensor<?x?xbf16>
  // CHECK: return %[[S0]], %[[S1]], %[[S2]]
  return %0, %1, %2 : tensor<8x10xf32>, tensor<4xi32>, tensor<?x?xbf16>
}

// CHECK-LABEL: func.func @mean
// CHECK-SAME: (%[[ARG0:.*]]: tensor<8x10xf32>, %[[ARG1:.*]]: tensor<8x10xf32>, %[[ARG2:.*]]: tensor<?xf16>)
func.func @mean(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>, %h: tensor<?xf16>)
    -> (tensor<8x10xf32>, tensor<8x10xf32>, tensor<?xf16>) {
  // CHECK: %[[M0:.*]] = fusion.mean %[[ARG0]], %[[ARG1]] : tensor<8x10xf32>
  %0 = fusion.mean %a, %b : tensor<8x10xf32>
  // CHECK: %[[M1:.*]] = fusion.mean %[[ARG0]], %[[ARG1]], %[[ARG0]] weights [2.500000e-01, 5.000000e-01, 2.500000e-01] : tensor<8x10xf32>
  %1 = fusion.mean %a, %b, %a weights [0.25, 0.5, 0.25] : tensor<8x10xf32>
  // CHECK: %[[M2:.*]] = fusion.mean %[[ARG2]], %[[ARG2]] weights [1.000000e+00, 0.000000e+00] : tensor<?xf16>
  %2 = fusion.mean %h, %h weights [1.0, 0.0] : tensor<?xf16>
  // CHECK: return %[[M0]], %[[M1]], %[[M2]]
  return %0, %1, %2 : tensor<8x10xf32>, tensor<8x10xf32>, tensor<?xf16>
}

//===----------------------------------------------------------------------===//
// fusion.gate
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @gate
// CHECK-SAME: (%[[G:.*]]: tensor<8x10xf32>, %[[G1:.*]]: tensor<8x1xf32>, %[[G2:.*]]: tensor<1x1xf32>, %[[A:.*]]: tensor<8x10xf32>, %[[B:.*]]: tensor<8x10xf32>)
func.func @gate(%g: tensor<8x10xf32>, %g1: tensor<8x1xf32>,
                %g2: tensor<1x1xf32>, %a: tensor<8x10xf32>,
                %b: tensor<8x10xf32>)
    -> (tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x10xf32>) {
  // CHECK: %[[R0:.*]] = fusion.gate %[[G]], %[[A]], %[[B]] : tensor<8x10xf32>, tensor<8x10xf32>
  %0 = fusion.gate %g, %a, %b : tensor<8x10xf32>, tensor<8x10xf32>
  // CHECK: %[[R1:.*]] = fusion.gate %[[G1]], %[[A]], %[[B]] : tensor<8x1xf32>, tensor<8x10xf32>
  %1 = fusion.gate %g1, %a, %b : tensor<8x1xf32>, tensor<8x10xf32>
  // CHECK: %[[R2:.*]] = fusion.gate %[[G2]], %[[A]], %[[B]] : tensor<1x1xf32>, tensor<8x10xf32>
  %2 = fusion.gate %g2, %a, %b : tensor<1x1xf32>, tensor<8x10xf32>
  // CHECK: return %[[R0]], %[[R1]], %[[R2]]
  return %0, %1, %2 : tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x10xf32>
}

// CHECK-LABEL: func.func @gate_dynamic
// CHECK-SAME: (%[[G:.*]]: tensor<?x1xf32>, %[[A:.*]]: tensor<?x?xf32>, %[[B:.*]]: tensor<?x?xf32>)
func.func @gate_dynamic(%g: tensor<?x1xf32>, %a: tensor<?x?xf32>,
                        %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  // CHECK: fusion.gate %[[G]], %[[A]], %[[B]] : tensor<?x1xf32>, tensor<?x?xf32>
  %0 = fusion.gate %g, %a, %b : tensor<?x1xf32>, tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

//===----------------------------------------------------------------------===//
// fusion.attention
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @attention
// CHECK-SAME: (%[[Q:.*]]: tensor<8x64xf32>, %[[Q1:.*]]: tensor<64xf32>, %[[F0:.*]]: tensor<8x64xf32>, %[[F1:.*]]: tensor<8x64xf32>, %[[F2:.*]]: tensor<8x64xf32>)
func.func @attention(%q: tensor<8x64xf32>, %q1: tensor<64xf32>,
                     %f0: tensor<8x64xf32>, %f1: tensor<8x64xf32>,
                     %f2: tensor<8x64xf32>)
    -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  // CHECK: %[[R0:.*]] = fusion.attention %[[Q]], %[[F0]], %[[F1]], %[[F2]] : tensor<8x64xf32>, tensor<8x64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  %0 = fusion.attention %q, %f0, %f1, %f2
      : tensor<8x64xf32>, tensor<8x64xf32>, tensor<8x64xf32>, tensor<8x64xf32>
      -> tensor<8x64xf32>
  // CHECK: %[[R1:.*]] = fusion.attention %[[Q1]], %[[F0]], %[[F1]] : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  %1 = fusion.attention %q1, %f0, %f1
      : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  // CHECK: return %[[R0]], %[[R1]]
  return %0, %1 : tensor<8x64xf32>, tensor<8x64xf32>
}

// CHECK-LABEL: func.func @attention_dynamic
// CHECK-SAME: (%[[Q:.*]]: tensor<?xf32>, %[[F0:.*]]: tensor<?x?xf32>, %[[F1:.*]]: tensor<?x?xf32>)
func.func @attention_dynamic(%q: tensor<?xf32>, %f0: tensor<?x?xf32>,
                             %f1: tensor<?x?xf32>) -> tensor<?x?xf32> {
  // CHECK: fusion.attention %[[Q]], %[[F0]], %[[F1]] : tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
  %0 = fusion.attention %q, %f0, %f1
      : tensor<?xf32>, tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

//===----------------------------------------------------------------------===//
// fusion.batch_norm
//===----------------------------------------------------------------------===//

// Default attributes are elided when printed.

// CHECK-LABEL: func.func @batch_norm
// CHECK-SAME: (%[[X:.*]]: tensor<1x64x56x56xf32>, %[[G:.*]]: tensor<64xf32>, %[[B:.*]]: tensor<64xf32>, %[[M:.*]]: tensor<64xf32>, %[[V:.*]]: tensor<64xf32>)
func.func @batch_norm(%x: tensor<1x64x56x56xf32>, %gamma: tensor<64xf32>,
                      %beta: tensor<64xf32>, %mean: tensor<64xf32>,
                      %var: tensor<64xf32>) -> tensor<1x64x56x56xf32> {
  // CHECK: %[[R:.*]] = fusion.batch_norm %[[X]], %[[G]], %[[B]], %[[M]], %[[V]] : tensor<1x64x56x56xf32>, tensor<64xf32>
  // CHECK-NEXT: return %[[R]]
  %y = fusion.batch_norm %x, %gamma, %beta, %mean, %var
      : tensor<1x64x56x56xf32>, tensor<64xf32>
  return %y : tensor<1x64x56x56xf32>
}

// CHECK-LABEL: func.func @batch_norm_attrs
// CHECK-SAME: (%[[X:.*]]: tensor<2x7x7x32xf16>, %[[P:.*]]: tensor<32xf16>)
func.func @batch_norm_attrs(%x: tensor<2x7x7x32xf16>, %p: tensor<32xf16>)
    -> tensor<2x7x7x32xf16> {
  // CHECK: fusion.batch_norm %[[X]], %[[P]], %[[P]], %[[P]], %[[P]] {channel_axis = 3 : i64, epsilon = 1.000000e-03 : f64} : tensor<2x7x7x32xf16>, tensor<32xf16>
  %y = fusion.batch_norm %x, %p, %p, %p, %p
      {epsilon = 1.0e-3 : f64, channel_axis = 3 : i64}
      : tensor<2x7x7x32xf16>, tensor<32xf16>
  return %y : tensor<2x7x7x32xf16>
}

// CHECK-LABEL: func.func @batch_norm_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x?x?xf32>, %[[P:.*]]: tensor<?xf32>, %[[X2:.*]]: tensor<?x16xf32>, %[[P2:.*]]: tensor<16xf32>)
func.func @batch_norm_dynamic(%x: tensor<?x?x?x?xf32>, %p: tensor<?xf32>,
                              %x2: tensor<?x16xf32>, %p2: tensor<16xf32>)
    -> (tensor<?x?x?x?xf32>, tensor<?x16xf32>) {
  // CHECK: fusion.batch_norm %[[X]], %[[P]], %[[P]], %[[P]], %[[P]] : tensor<?x?x?x?xf32>, tensor<?xf32>
  %0 = fusion.batch_norm %x, %p, %p, %p, %p : tensor<?x?x?x?xf32>, tensor<?xf32>
  // CHECK: fusion.batch_norm %[[X2]], %[[P2]], %[[P2]], %[[P2]], %[[P2]] {epsilon = 1.000000e-01 : f64} : tensor<?x16xf32>, tensor<16xf32>
  %1 = fusion.batch_norm %x2, %p2, %p2, %p2, %p2 {epsilon = 0.1 : f64, channel_axis = 1 : i64}
      : tensor<?x16xf32>, tensor<16xf32>
  return %0, %1 : tensor<?x?x?x?xf32>, tensor<?x16xf32>
}

// fusion.group: a kernel's ops, isolated from above.

// CHECK-LABEL: func.func @group
func.func @group(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> tensor<4x16xf32> {
  // CHECK: %[[G:.*]] = fusion.group contraction ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x16xf32>) -> (tensor<4x16xf32>) {
  // CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<4x8xf32>, %[[B:.*]]: tensor<8x16xf32>):
  // CHECK: linalg.matmul
  // CHECK: fusion.yield
  // CHECK-NEXT: }
  %y = fusion.group contraction ins(%x, %w : tensor<4x8xf32>, tensor<8x16xf32>) -> (tensor<4x16xf32>) {
  ^bb0(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<4x16xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
    %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
    fusion.yield %m : tensor<4x16xf32>
  }
  return %y : tensor<4x16xf32>
}

// The kind is an enum keyword; the quoted form (how groups were printed
// before) still parses.
// CHECK-LABEL: func.func @group_no_inputs
func.func @group_no_inputs() -> tensor<4xf32> {
  // CHECK: fusion.group single -> (tensor<4xf32>) {
  %y = fusion.group "single" -> (tensor<4xf32>) {
    %c = arith.constant dense<1.0> : tensor<4xf32>
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}
