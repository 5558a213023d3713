// RUN: fuse-opt %s -split-input-file -verify-diagnostics

// A strategy op that fails to parse after one of its regions defined a value
// that an earlier forward reference resolved to: the regions are destroyed
// with the op, the earlier use must be dropped first (a use-after-free found
// by valgrind; the ASan build of the suite checks it).
func.func @late_then_early(%a: tensor<4xf32>) -> tensor<4xf32> {
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%t: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%u: tensor<4xf32>):
    fusion.yield %u : tensor<4xf32>
  }
  %z = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  // expected-note @+1 {{prior use here}}
  ^bb0(%v: tensor<4xf32>):
    // expected-error @+1 {{use of value '%v' expects different type than prior uses: 'tensor<8xf32>' vs 'tensor<4xf32>'}}
    fusion.yield %v : tensor<8xf32>
  }
  return %z : tensor<4xf32>
}

// -----

func.func @late_then_late(%a: tensor<4xf32>) -> tensor<4xf32> {
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%t: tensor<4xf32>):
    fusion.yield %w : tensor<4xf32>
  } combine {
  ^bb0(%u: tensor<4xf32>):
    fusion.yield %u : tensor<4xf32>
  }
  %z = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%w: tensor<4xf32>):
    fusion.yield %w : tensor<4xf32>
  } combine {
  ^bb0(%v: tensor<4xf32>):
    %r = fusion.sum %v : tensor<4xf32>
    // expected-error @+1 {{expected ':'}}
    fusion.yield %r
  }
  return %z : tensor<4xf32>
}

// -----

func.func @hybrid(%a: tensor<4xf32>) -> tensor<4xf32> {
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%t: tensor<4xf32>):
    fusion.yield %q : tensor<4xf32>
  } combine {
  ^bb0(%u: tensor<4xf32>):
    fusion.yield %u : tensor<4xf32>
  }
  %z = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%q: tensor<4xf32>):
    fusion.yield %q : tensor<4xf32>
  } branch {
  ^bb0(%b: tensor<4xf32>):
    fusion.yield %b : tensor<4xf32>
  // expected-error @+1 {{expected 'combine'}}
  } bogus {
  }
  return %z : tensor<4xf32>
}
