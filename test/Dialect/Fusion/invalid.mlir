// RUN: fuse-opt %s -split-input-file -verify-diagnostics

//===----------------------------------------------------------------------===//
// Strategy ops: operands and results
//===----------------------------------------------------------------------===//

func.func @early_no_input(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op expects at least one input}}
  %y = fusion.early ins() -> tensor<4xf32>
  combine {
    fusion.yield %a : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_no_input(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op expects at least one input}}
  %y = fusion.late ins() -> tensor<4xf32>
  combine {
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_no_input(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op expects at least one input}}
  %y = fusion.hybrid ins() -> tensor<4xf32>
  early {
    fusion.yield %a : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_no_result(%a: tensor<4xf32>) {
  // expected-error @+1 {{'fusion.early' op expects at least one result}}
  fusion.early ins(%a : tensor<4xf32>)
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return
}

// -----

func.func @late_no_result(%a: tensor<4xf32>) {
  // expected-error @+1 {{'fusion.late' op expects at least one result}}
  fusion.late ins(%a : tensor<4xf32>)
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  }
  return
}

// -----

func.func @hybrid_no_result(%a: tensor<4xf32>) {
  // expected-error @+1 {{'fusion.hybrid' op expects at least one result}}
  fusion.hybrid ins(%a : tensor<4xf32>)
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  }
  return
}

// -----

// Inputs are ranked tensors.

func.func @strategy_scalar_input(%a: f32) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op operand #0 must be variadic of ranked tensor of any type values, but got 'f32'}}
  %y = fusion.late ins(%a : f32) -> tensor<4xf32>
  branch {
  ^bb0(%x: f32):
    %e = tensor.empty() : tensor<4xf32>
    fusion.yield %e : tensor<4xf32>
  } combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

// Every region holds exactly one block.

func.func @early_two_blocks(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op region #1 ('body') failed to verify constraint: region with 1 blocks}}
  %y = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  ^bb1:
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// fusion.early regions
//===----------------------------------------------------------------------===//

// -----

func.func @early_combine_arg_count(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'combine' region expects 2 block argument(s) (the inputs), but has 1}}
  %y = fusion.early ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_combine_arg_type(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'combine' region argument #1 has type 'tensor<4xf16>'; expects 'tensor<4xf32>' from the inputs}}
  %y = fusion.early ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>, %z: tensor<4xf16>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_combine_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'combine' region must end with fusion.yield}}
  %y = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    ub.unreachable
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_combine_yields_nothing(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'combine' region must yield at least one value}}
  %y = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield
  } body {
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_body_arg_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'body' region expects 1 block argument(s) (the values yielded by 'combine'), but has 2}}
  %y = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>, %d: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_body_arg_type(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'body' region argument #0 has type 'tensor<4xf32>'; expects 'tensor<8xf32>' from the values yielded by 'combine'}}
  %y = fusion.early ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>, %z: tensor<4xf32>):
    %c = fusion.concat %x, %z {axis = 0} : tensor<4xf32>, tensor<4xf32> -> tensor<8xf32>
    fusion.yield %c : tensor<8xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_body_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'body' region must end with fusion.yield}}
  %y = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    ub.unreachable
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_body_yield_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.early' op 'body' region yields 2 value(s), but the op has 1 result(s)}}
  %y = fusion.early ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c, %c : tensor<4xf32>, tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @early_body_yield_type(%a: tensor<4xf32>) -> (tensor<4xf32>, tensor<?xf32>) {
  // expected-error @+1 {{'fusion.early' op 'body' region yields 'tensor<4xf32>' as value #1, but result #1 has type 'tensor<?xf32>'}}
  %y:2 = fusion.early ins(%a : tensor<4xf32>) -> (tensor<4xf32>, tensor<?xf32>)
  combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } body {
  ^bb0(%c: tensor<4xf32>):
    fusion.yield %c, %c : tensor<4xf32>, tensor<4xf32>
  }
  return %y#0, %y#1 : tensor<4xf32>, tensor<?xf32>
}

//===----------------------------------------------------------------------===//
// fusion.late regions
//===----------------------------------------------------------------------===//

// -----

func.func @late_branch_count(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op expects one branch per input, but has 2 input(s) and 1 branch(es)}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_no_branch(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op expects one branch per input, but has 1 input(s) and 0 branch(es)}}
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  combine {
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_branch_arg_count(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op branch #1 region expects 1 block argument(s) (input #1), but has 0}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
    fusion.yield %a : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_branch_arg_type(%a: tensor<4xf32>, %b: tensor<8xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op branch #1 region argument #0 has type 'tensor<4xf32>'; expects 'tensor<8xf32>' from input #1}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<8xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_branch_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op branch #0 region must end with fusion.yield}}
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    ub.unreachable
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_branch_yields_nothing(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op branch #1 region must yield at least one value}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

// A branch yielding two values gives `combine` two arguments.

func.func @late_combine_arg_count(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op 'combine' region expects 3 block argument(s) (the values yielded by the branches), but has 2}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x, %x : tensor<4xf32>, tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_combine_arg_type(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op 'combine' region argument #1 has type 'tensor<4xf32>'; expects 'tensor<8xf32>' from the values yielded by the branches}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    %c = fusion.concat %x, %x {axis = 0} : tensor<4xf32>, tensor<4xf32> -> tensor<8xf32>
    fusion.yield %c : tensor<8xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_combine_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op 'combine' region must end with fusion.yield}}
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    ub.unreachable
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_combine_yields_nothing(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.late' op 'combine' region must yield at least one value}}
  %y = fusion.late ins(%a : tensor<4xf32>) -> tensor<4xf32>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield
  }
  return %y : tensor<4xf32>
}

// -----

func.func @late_combine_yield_count(%a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  // expected-error @+1 {{'fusion.late' op 'combine' region yields 1 value(s), but the op has 2 result(s)}}
  %y:2 = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    %s = fusion.sum %p, %q : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  }
  return %y#0, %y#1 : tensor<4xf32>, tensor<4xf32>
}

// -----

func.func @late_combine_yield_type(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf64> {
  // expected-error @+1 {{'fusion.late' op 'combine' region yields 'tensor<4xf32>' as value #0, but result #0 has type 'tensor<4xf64>'}}
  %y = fusion.late ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf64>
  branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    %s = fusion.sum %p, %q : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  }
  return %y : tensor<4xf64>
}

//===----------------------------------------------------------------------===//
// fusion.hybrid regions
//===----------------------------------------------------------------------===//

// -----

func.func @hybrid_early_arg_count(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'early' region expects 2 block argument(s) (the inputs), but has 1}}
  %y = fusion.hybrid ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_early_arg_type(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'early' region argument #0 has type 'tensor<?xf32>'; expects 'tensor<4xf32>' from the inputs}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<?xf32>):
    fusion.yield %a : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_early_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'early' region must end with fusion.yield}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    ub.unreachable
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_early_yields_nothing(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'early' region must yield at least one value}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield
  } combine {
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_value_per_branch(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'early' region yields 1 value(s), but there are 2 branch(es); expects one value per branch}}
  %y = fusion.hybrid ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>, %z: tensor<4xf32>):
    %s = fusion.sum %x, %z : tensor<4xf32>
    fusion.yield %s : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_branch_arg_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op branch #0 region expects 1 block argument(s) ('early' yielded value #0), but has 2}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>, %z: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_branch_arg_type(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op branch #1 region argument #0 has type 'tensor<4xf32>'; expects 'tensor<8xf32>' from 'early' yielded value #1}}
  %y = fusion.hybrid ins(%a, %b : tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>, %z: tensor<4xf32>):
    %c = fusion.concat %x, %z {axis = 0} : tensor<4xf32>, tensor<4xf32> -> tensor<8xf32>
    fusion.yield %x, %c : tensor<4xf32>, tensor<8xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>, %q: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_branch_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op branch #0 region must end with fusion.yield}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    ub.unreachable
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_branch_yields_nothing(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op branch #0 region must yield at least one value}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield
  } combine {
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_combine_arg_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'combine' region expects 1 block argument(s) (the values yielded by the branches), but has 0}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_combine_arg_type(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'combine' region argument #0 has type 'tensor<4xf16>'; expects 'tensor<4xf32>' from the values yielded by the branches}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf16>):
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_combine_no_yield(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'combine' region must end with fusion.yield}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    ub.unreachable
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_combine_yields_nothing(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'combine' region must yield at least one value}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_combine_yield_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'combine' region yields 2 value(s), but the op has 1 result(s)}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<4xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p, %p : tensor<4xf32>, tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @hybrid_combine_yield_type(%a: tensor<4xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'fusion.hybrid' op 'combine' region yields 'tensor<4xf32>' as value #0, but result #0 has type 'tensor<2x2xf32>'}}
  %y = fusion.hybrid ins(%a : tensor<4xf32>) -> tensor<2x2xf32>
  early {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } branch {
  ^bb0(%x: tensor<4xf32>):
    fusion.yield %x : tensor<4xf32>
  } combine {
  ^bb0(%p: tensor<4xf32>):
    fusion.yield %p : tensor<4xf32>
  }
  return %y : tensor<2x2xf32>
}

//===----------------------------------------------------------------------===//
// fusion.yield
//===----------------------------------------------------------------------===//

// -----

func.func @yield_outside_strategy(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.yield' op expects parent op to be one of 'fusion.early, fusion.late, fusion.hybrid, fusion.group'}}
  fusion.yield %a : tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// fusion.concat
//===----------------------------------------------------------------------===//

// -----

func.func @concat_no_input() -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.concat' op expects at least one input}}
  %0 = "fusion.concat"() <{axis = 0 : i64}> : () -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @concat_negative_axis(%a: tensor<4xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'fusion.concat' op attribute 'axis' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  %0 = fusion.concat %a, %a {axis = -1} : tensor<4xf32>, tensor<4xf32> -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

func.func @concat_axis_out_of_bounds(%a: tensor<4x2xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{'fusion.concat' op axis 2 is out of bounds for inputs of rank 2}}
  %0 = fusion.concat %a, %a {axis = 2} : tensor<4x2xf32>, tensor<4x2xf32> -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @concat_result_rank(%a: tensor<4x2xf32>) -> tensor<16xf32> {
  // expected-error @+1 {{'fusion.concat' op result has rank 1, but the inputs have rank 2}}
  %0 = fusion.concat %a, %a {axis = 0} : tensor<4x2xf32>, tensor<4x2xf32> -> tensor<16xf32>
  return %0 : tensor<16xf32>
}

// -----

func.func @concat_result_element_type(%a: tensor<4xf32>) -> tensor<8xf16> {
  // expected-error @+1 {{'fusion.concat' op result has element type 'f16', but the inputs have 'f32'}}
  %0 = fusion.concat %a, %a {axis = 0} : tensor<4xf32>, tensor<4xf32> -> tensor<8xf16>
  return %0 : tensor<8xf16>
}

// -----

func.func @concat_input_rank(%a: tensor<4x2xf32>, %b: tensor<8xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{'fusion.concat' op input #1 has rank 1, but input #0 has rank 2}}
  %0 = fusion.concat %a, %b {axis = 1} : tensor<4x2xf32>, tensor<8xf32> -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @concat_input_element_type(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<8xf32> {
  // expected-error @+1 {{'fusion.concat' op input #1 has element type 'i32', but input #0 has 'f32'}}
  %0 = fusion.concat %a, %b {axis = 0} : tensor<4xf32>, tensor<4xi32> -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

func.func @concat_dim_vs_result(%a: tensor<8x2xf32>, %b: tensor<4x3xf32>) -> tensor<8x5xf32> {
  // expected-error @+1 {{'fusion.concat' op input #1 has size 4 in dimension 0, but the result has 8; all dimensions but the axis must agree}}
  %0 = fusion.concat %a, %b {axis = 1} : tensor<8x2xf32>, tensor<4x3xf32> -> tensor<8x5xf32>
  return %0 : tensor<8x5xf32>
}

// -----

func.func @concat_dim_vs_input(%a: tensor<8x2xf32>, %b: tensor<4x3xf32>) -> tensor<?x5xf32> {
  // expected-error @+1 {{'fusion.concat' op input #1 has size 4 in dimension 0, but input #0 has 8; all dimensions but the axis must agree}}
  %0 = fusion.concat %a, %b {axis = 1} : tensor<8x2xf32>, tensor<4x3xf32> -> tensor<?x5xf32>
  return %0 : tensor<?x5xf32>
}

// -----

func.func @concat_axis_sum(%a: tensor<8x2xf32>, %b: tensor<8x3xf32>) -> tensor<8x6xf32> {
  // expected-error @+1 {{'fusion.concat' op result has size 6 along axis 1, but the inputs' sizes sum to 5}}
  %0 = fusion.concat %a, %b {axis = 1} : tensor<8x2xf32>, tensor<8x3xf32> -> tensor<8x6xf32>
  return %0 : tensor<8x6xf32>
}

//===----------------------------------------------------------------------===//
// fusion.sum
//===----------------------------------------------------------------------===//

// -----

// SameOperandsAndResultType rejects an empty operand list before the op's own
// "expects at least one input" check can run.

func.func @sum_no_input() -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.sum' op expected 1 or more operands, but found 0}}
  %0 = "fusion.sum"() : () -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sum_mismatched_types(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.sum' op requires the same type for all operands and results}}
  %0 = "fusion.sum"(%a, %b) : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sum_index(%a: tensor<4xindex>) -> tensor<4xindex> {
  // expected-error @+1 {{'fusion.sum' op operand #0 must be variadic of ranked tensor of floating-point or signless integer values, but got 'tensor<4xindex>'}}
  %0 = fusion.sum %a, %a : tensor<4xindex>
  return %0 : tensor<4xindex>
}

//===----------------------------------------------------------------------===//
// fusion.mean
//===----------------------------------------------------------------------===//

// -----

func.func @mean_no_input() -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.mean' op expected 1 or more operands, but found 0}}
  %0 = "fusion.mean"() : () -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @mean_integer(%a: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{'fusion.mean' op operand #0 must be variadic of ranked tensor of floating-point values, but got 'tensor<4xi32>'}}
  %0 = fusion.mean %a, %a : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @mean_weight_count(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.mean' op expects one weight per input, but has 3 weight(s) for 2 input(s)}}
  %0 = fusion.mean %a, %a weights [0.5, 0.25, 0.25] : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @mean_negative_weight(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.mean' op weight #1 must be finite and non-negative, but is -5.000000e-01}}
  %0 = fusion.mean %a, %a, %a weights [1.0, -0.5, 0.5] : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @mean_infinite_weight(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.mean' op weight #0 must be finite and non-negative, but is INF}}
  %0 = fusion.mean %a, %a weights [0x7FF0000000000000, 0.0] : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @mean_weights_sum(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.mean' op weights must sum to 1, but sum to 9.000000e-01}}
  %0 = fusion.mean %a, %a weights [0.6, 0.3] : tensor<4xf32>
  return %0 : tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// fusion.gate
//===----------------------------------------------------------------------===//

// -----

func.func @gate_element_type(%g: tensor<8x1xf16>, %a: tensor<8x10xf32>) -> tensor<8x10xf32> {
  // expected-error @+1 {{'fusion.gate' op gate has element type 'f16', but the inputs have 'f32'}}
  %0 = fusion.gate %g, %a, %a : tensor<8x1xf16>, tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

func.func @gate_rank(%g: tensor<8xf32>, %a: tensor<8x10xf32>) -> tensor<8x10xf32> {
  // expected-error @+1 {{'fusion.gate' op gate has rank 1, but the inputs have rank 2}}
  %0 = fusion.gate %g, %a, %a : tensor<8xf32>, tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

func.func @gate_dim(%g: tensor<8x5xf32>, %a: tensor<8x10xf32>) -> tensor<8x10xf32> {
  // expected-error @+1 {{'fusion.gate' op gate has size 5 in dimension 1; expects 10 (the inputs' size) or 1 (broadcast)}}
  %0 = fusion.gate %g, %a, %a : tensor<8x5xf32>, tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

// -----

func.func @gate_input_types(%g: tensor<8x10xf32>, %a: tensor<8x10xf32>, %b: tensor<8x?xf32>) -> tensor<8x10xf32> {
  // expected-error @+1 {{'fusion.gate' op failed to verify that all of {lhs, rhs, result} have same type}}
  %0 = "fusion.gate"(%g, %a, %b) : (tensor<8x10xf32>, tensor<8x10xf32>, tensor<8x?xf32>) -> tensor<8x10xf32>
  return %0 : tensor<8x10xf32>
}

//===----------------------------------------------------------------------===//
// fusion.attention
//===----------------------------------------------------------------------===//

// -----

func.func @attention_no_feature(%q: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-error @+1 {{'fusion.attention' op expects at least one feature tensor}}
  %0 = "fusion.attention"(%q) : (tensor<8x64xf32>) -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

func.func @attention_feature_type(%q: tensor<64xf32>, %f0: tensor<8x64xf32>, %f1: tensor<4x64xf32>) -> tensor<8x64xf32> {
  // expected-error @+1 {{'fusion.attention' op feature #1 has type 'tensor<4x64xf32>', but the result has type 'tensor<8x64xf32>'; all features and the result must have one type}}
  %0 = fusion.attention %q, %f0, %f1 : tensor<64xf32>, tensor<8x64xf32>, tensor<4x64xf32> -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

func.func @attention_rank_0(%q: tensor<f32>, %f: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{'fusion.attention' op features must have rank >= 1 (the last dimension is the feature dimension)}}
  %0 = fusion.attention %q, %f, %f : tensor<f32>, tensor<f32>, tensor<f32> -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @attention_query_size(%q: tensor<32xf32>, %f: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-error @+1 {{'fusion.attention' op query has type 'tensor<32xf32>'; expects the features' type 'tensor<8x64xf32>' or a 1-D tensor of 64 'f32' (one shared query)}}
  %0 = fusion.attention %q, %f, %f : tensor<32xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

func.func @attention_query_element_type(%q: tensor<64xf16>, %f: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-error @+1 {{'fusion.attention' op query has type 'tensor<64xf16>'; expects the features' type 'tensor<8x64xf32>' or a 1-D tensor of 64 'f32' (one shared query)}}
  %0 = fusion.attention %q, %f, %f : tensor<64xf16>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

func.func @attention_query_rank(%q: tensor<1x64xf32>, %f: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-error @+1 {{'fusion.attention' op query has type 'tensor<1x64xf32>'; expects the features' type 'tensor<8x64xf32>' or a 1-D tensor of 64 'f32' (one shared query)}}
  %0 = fusion.attention %q, %f, %f : tensor<1x64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
  return %0 : tensor<8x64xf32>
}

// -----

func.func @attention_query_dynamic_features(%q: tensor<8x?xf32>, %f: tensor<8x?xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{'fusion.attention' op feature #0 has type 'tensor<8x?xf32>', but the result has type 'tensor<?x?xf32>'}}
  %0 = fusion.attention %q, %f : tensor<8x?xf32>, tensor<8x?xf32> -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @attention_query_dynamic(%q: tensor<2x?xf32>, %f: tensor<8x?xf32>) -> tensor<8x?xf32> {
  // expected-error @+1 {{'fusion.attention' op query has type 'tensor<2x?xf32>'; expects the features' type 'tensor<8x?xf32>' or a 1-D tensor of ? 'f32' (one shared query)}}
  %0 = fusion.attention %q, %f : tensor<2x?xf32>, tensor<8x?xf32> -> tensor<8x?xf32>
  return %0 : tensor<8x?xf32>
}

//===----------------------------------------------------------------------===//
// fusion.batch_norm
//===----------------------------------------------------------------------===//

// -----

func.func @batch_norm_zero_epsilon(%x: tensor<1x4x2x2xf32>, %p: tensor<4xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op epsilon must be positive and finite, but is 0}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {epsilon = 0.0 : f64} : tensor<1x4x2x2xf32>, tensor<4xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_negative_epsilon(%x: tensor<1x4x2x2xf32>, %p: tensor<4xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op epsilon must be positive and finite, but is -1.000000e-05}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {epsilon = -1.0e-5 : f64} : tensor<1x4x2x2xf32>, tensor<4xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_channel_axis(%x: tensor<1x4x2x2xf32>, %p: tensor<4xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op channel_axis 4 is out of bounds for an input of rank 4}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {channel_axis = 4 : i64} : tensor<1x4x2x2xf32>, tensor<4xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_negative_channel_axis(%x: tensor<1x4x2x2xf32>, %p: tensor<4xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op channel_axis -1 is out of bounds for an input of rank 4}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {channel_axis = -1 : i64} : tensor<1x4x2x2xf32>, tensor<4xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_rank_0(%x: tensor<f32>, %p: tensor<1xf32>) -> tensor<f32> {
  // expected-error @+1 {{'fusion.batch_norm' op channel_axis 1 is out of bounds for an input of rank 0}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p : tensor<f32>, tensor<1xf32>
  return %0 : tensor<f32>
}

// -----

func.func @batch_norm_param_element_type(%x: tensor<1x4x2x2xf32>, %p: tensor<4xf16>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op scale, offset, mean and variance have element type 'f16', but the input has 'f32'}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x2x2xf32>, tensor<4xf16>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_channels(%x: tensor<1x4x2x2xf32>, %p: tensor<2xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op scale, offset, mean and variance have 2 element(s), but the input has 4 channel(s) (dimension 1)}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x2x2xf32>, tensor<2xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_channels_nhwc(%x: tensor<1x2x2x4xf32>, %p: tensor<2xf32>) -> tensor<1x2x2x4xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op scale, offset, mean and variance have 2 element(s), but the input has 4 channel(s) (dimension 3)}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p {channel_axis = 3 : i64} : tensor<1x2x2x4xf32>, tensor<2xf32>
  return %0 : tensor<1x2x2x4xf32>
}

// -----

func.func @batch_norm_param_types(%x: tensor<1x4x2x2xf32>, %p: tensor<4xf32>, %q: tensor<?xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op failed to verify that all of {scale, offset, mean, variance} have same type}}
  %0 = "fusion.batch_norm"(%x, %p, %p, %p, %q) : (tensor<1x4x2x2xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<?xf32>) -> tensor<1x4x2x2xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

func.func @batch_norm_param_rank(%x: tensor<1x4x2x2xf32>, %p: tensor<1x4xf32>) -> tensor<1x4x2x2xf32> {
  // expected-error @+1 {{'fusion.batch_norm' op operand #1 must be 1D tensor of floating-point values, but got 'tensor<1x4xf32>'}}
  %0 = fusion.batch_norm %x, %p, %p, %p, %p : tensor<1x4x2x2xf32>, tensor<1x4xf32>
  return %0 : tensor<1x4x2x2xf32>
}

// -----

// Inputs #1 and #2 disagree while input #0 and the result are dynamic.
func.func @concat_later_inputs_disagree(%a: tensor<?x2xf32>, %b: tensor<3x2xf32>, %c: tensor<4x2xf32>) -> tensor<?x6xf32> {
  // expected-error @+1 {{'fusion.concat' op input #2 has size 4 in dimension 0, but input #1 has 3; all dimensions but the axis must agree}}
  %0 = fusion.concat %a, %b, %c {axis = 1} : tensor<?x2xf32>, tensor<3x2xf32>, tensor<4x2xf32> -> tensor<?x6xf32>
  return %0 : tensor<?x6xf32>
}

// -----

func.func @group_bad_kind(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{custom op 'fusion.group' invalid kind attribute specification: "fast"}}
  %y = fusion.group "fast" ins(%x : tensor<4xf32>) -> (tensor<4xf32>) {
  ^bb0(%a: tensor<4xf32>):
    fusion.yield %a : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @group_arg_count(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.group' op body has 0 argument(s) but the group has 1 input(s)}}
  %y = fusion.group single ins(%x : tensor<4xf32>) -> (tensor<4xf32>) {
    %c = arith.constant dense<1.0> : tensor<4xf32>
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @group_arg_type(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.group' op body argument #0 has type 'tensor<8xf32>' but input #0 has type 'tensor<4xf32>'}}
  %y = fusion.group single ins(%x : tensor<4xf32>) -> (tensor<4xf32>) {
  ^bb0(%a: tensor<8xf32>):
    %c = arith.constant dense<1.0> : tensor<4xf32>
    fusion.yield %c : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @group_yield_types(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.group' op yields 'tensor<8xf32>' but its results are 'tensor<4xf32>'}}
  %y = fusion.group single ins(%x : tensor<4xf32>) -> (tensor<4xf32>) {
  ^bb0(%a: tensor<4xf32>):
    %c = arith.constant dense<1.0> : tensor<8xf32>
    fusion.yield %c : tensor<8xf32>
  }
  return %y : tensor<4xf32>
}

// -----

func.func @group_no_results(%x: tensor<4xf32>) {
  // expected-error @+1 {{'fusion.group' op must have at least one result}}
  "fusion.group"(%x) <{kind = 4 : i32}> ({
  ^bb0(%a: tensor<4xf32>):
    fusion.yield
  }) : (tensor<4xf32>) -> ()
  return
}

// -----

func.func @group_isolated(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %y = fusion.group single -> (tensor<4xf32>) {
    // expected-error @+1 {{using value defined outside the region}}
    fusion.yield %x : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}

// -----

// The body's last op is no terminator (checked before the body's ops are).
func.func @group_without_yield(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'fusion.group' op body must end with fusion.yield}}
  %r = "fusion.group"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    %c = arith.constant 0 : index
  }) {kind = 4 : i32} : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// The kind is an enum: an integer outside it (generic form) is refused.
func.func @group_kind_out_of_range(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{invalid properties {kind = 9 : i32} for op fusion.group: Invalid attribute `kind` in property conversion: 9 : i32}}
  %r = "fusion.group"(%x) <{kind = 9 : i32}> ({
  ^bb0(%a: tensor<4xf32>):
    fusion.yield %a : tensor<4xf32>
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
