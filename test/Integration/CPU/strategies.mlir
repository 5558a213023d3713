// Early, late and hybrid fusion executed; answers computed by hand. Each
// strategy is a function of its inputs, which @main calls on constants and
// prints; the GPU tests run the same functions on random inputs against
// this CPU build (test/GPU/programs-emulated.test).
// RUN: fuse-opt %s --fusion-to-llvm | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>

func.func private @printMemrefF32(tensor<*xf32>)

// Doubles its input elementwise.
func.func @double(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %e = tensor.empty() : tensor<2x2xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<2x2xf32>) outs(%e : tensor<2x2xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.addf %in, %in : f32
    linalg.yield %d : f32
  } -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @late(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %late = fusion.late ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  branch {
  ^bb0(%x: tensor<2x2xf32>):
    %d = func.call @double(%x) : (tensor<2x2xf32>) -> tensor<2x2xf32>
    fusion.yield %d : tensor<2x2xf32>
  } branch {
  ^bb0(%y: tensor<2x2xf32>):
    fusion.yield %y : tensor<2x2xf32>
  } combine {
  ^bb0(%p: tensor<2x2xf32>, %q: tensor<2x2xf32>):
    %s = fusion.sum %p, %q : tensor<2x2xf32>
    fusion.yield %s : tensor<2x2xf32>
  }
  return %late : tensor<2x2xf32>
}

func.func @early(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<4x2xf32> {
  %early = fusion.early ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
  combine {
  ^bb0(%x: tensor<2x2xf32>, %y: tensor<2x2xf32>):
    %c = fusion.concat %x, %y {axis = 0} : tensor<2x2xf32>, tensor<2x2xf32> -> tensor<4x2xf32>
    fusion.yield %c : tensor<4x2xf32>
  } body {
  ^bb0(%c: tensor<4x2xf32>):
    %s = fusion.sum %c, %c : tensor<4x2xf32>
    fusion.yield %s : tensor<4x2xf32>
  }
  return %early : tensor<4x2xf32>
}

func.func @hybrid(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %hybrid = fusion.hybrid ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  early {
  ^bb0(%x: tensor<2x2xf32>, %y: tensor<2x2xf32>):
    %j = fusion.sum %x, %y : tensor<2x2xf32>
    fusion.yield %j, %x : tensor<2x2xf32>, tensor<2x2xf32>
  } branch {
  ^bb0(%j: tensor<2x2xf32>):
    %d = func.call @double(%j) : (tensor<2x2xf32>) -> tensor<2x2xf32>
    fusion.yield %d : tensor<2x2xf32>
  } branch {
  ^bb0(%x: tensor<2x2xf32>):
    fusion.yield %x, %x : tensor<2x2xf32>, tensor<2x2xf32>
  } combine {
  ^bb0(%p: tensor<2x2xf32>, %q: tensor<2x2xf32>, %r: tensor<2x2xf32>):
    %m = fusion.mean %p, %q, %r weights [0.5, 0.25, 0.25] : tensor<2x2xf32>
    fusion.yield %m : tensor<2x2xf32>
  }
  return %hybrid : tensor<2x2xf32>
}

func.func @main() {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[10.0, 20.0], [30.0, 40.0]]> : tensor<2x2xf32>

  // Late: branch 0 doubles a, branch 1 passes b; combine sums.
  // CHECK: {{\[}}[12,   24],
  // CHECK-NEXT:  [36,   48]]
  %late = call @late(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %u0 = tensor.cast %late : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()

  // Early: combine concatenates along axis 0, body doubles.
  // CHECK: sizes = [4, 2]
  // CHECK-NEXT: {{\[}}[2,   4],
  // CHECK-NEXT:  [6,   8],
  // CHECK-NEXT:  [20,   40],
  // CHECK-NEXT:  [60,   80]]
  %early = call @early(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
  %u1 = tensor.cast %early : tensor<4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()

  // Hybrid: early yields (a + b, a); branch 0 doubles the joint value,
  // branch 1 passes a through and also yields it twice; combine averages the
  // three with weights 0.5, 0.25, 0.25: (2(a+b) + a/2) ... per element:
  // 0.5 * 2(a+b) + 0.25 a + 0.25 a = a + b + 0.5 a.
  // CHECK: {{\[}}[11.5,   23],
  // CHECK-NEXT:  [34.5,   46]]
  %hybrid = call @hybrid(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %u2 = tensor.cast %hybrid : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  return
}
