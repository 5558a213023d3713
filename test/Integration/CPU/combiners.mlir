// Every combiner and batch_norm executed on hand-computed cases. Each is a
// function of its inputs, which @main calls on constants and prints; the
// GPU tests run the same functions on random inputs against this CPU build
// (test/GPU/programs-emulated.test).
// RUN: fuse-opt %s --fusion-to-llvm | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @print(%t: tensor<2x2xf32>) {
  %u = tensor.cast %t : tensor<2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @sum3(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>, %c: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %r = fusion.sum %a, %b, %c : tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @mean2(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %r = fusion.mean %a, %b : tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @weighted_mean(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %r = fusion.mean %a, %b weights [0.75, 0.25] : tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @gate(%g: tensor<2x1xf32>, %a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %r = fusion.gate %g, %a, %b : tensor<2x1xf32>, tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @attention_query(%q: tensor<2xf32>, %a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %r = fusion.attention %q, %a, %b : tensor<2xf32>, tensor<2x2xf32>, tensor<2x2xf32> -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @attention_rows(%q: tensor<2x2xf32>, %a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %r = fusion.attention %q, %a, %b : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32> -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

// The statistics are constants (a variance must not be negative).
func.func @batch_norm(%a: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %scale = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %offset = arith.constant dense<[1.0, 0.5]> : tensor<2xf32>
  %mu = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %var = arith.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %r = fusion.batch_norm %a, %scale, %offset, %mu, %var {epsilon = 1.0 : f64, channel_axis = 1 : i64} : tensor<2x2xf32>, tensor<2xf32>
  return %r : tensor<2x2xf32>
}

func.func @concat_columns(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x4xf32> {
  %r = fusion.concat %a, %b {axis = 1} : tensor<2x2xf32>, tensor<2x2xf32> -> tensor<2x4xf32>
  return %r : tensor<2x4xf32>
}

func.func @concat_rows(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<4x2xf32> {
  %r = fusion.concat %a, %b {axis = 0} : tensor<2x2xf32>, tensor<2x2xf32> -> tensor<4x2xf32>
  return %r : tensor<4x2xf32>
}

func.func @main() {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[10.0, 20.0], [30.0, 40.0]]> : tensor<2x2xf32>
  %c = arith.constant dense<[[-1.0, 0.5], [0.0, 2.0]]> : tensor<2x2xf32>

  // CHECK: sizes = [2, 2]
  // CHECK-NEXT: {{\[}}[10,   22.5],
  // CHECK-NEXT:  [33,   46]]
  %sum = call @sum3(%a, %b, %c) : (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%sum) : (tensor<2x2xf32>) -> ()

  // (a + b) / 2
  // CHECK: {{\[}}[5.5,   11],
  // CHECK-NEXT:  [16.5,   22]]
  %mean = call @mean2(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%mean) : (tensor<2x2xf32>) -> ()

  // 0.75 a + 0.25 b
  // CHECK: {{\[}}[3.25,   6.5],
  // CHECK-NEXT:  [9.75,   13]]
  %wmean = call @weighted_mean(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%wmean) : (tensor<2x2xf32>) -> ()

  // Gate per row: row 0 gate 0 -> sigmoid 0.5: (a + b) / 2; row 1 gate
  // +inf-ish (100) -> a.
  // CHECK: {{\[}}[5.5,   11],
  // CHECK-NEXT:  [3,   4]]
  %g = arith.constant dense<[[0.0], [100.0]]> : tensor<2x1xf32>
  %gate = call @gate(%g, %a, %b) : (tensor<2x1xf32>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%gate) : (tensor<2x2xf32>) -> ()

  // Attention with query [1, 0] (d = 2): row 0 scores <q,a0>=1, <q,b0>=10,
  // scaled by 1/sqrt(2): w_b = 1 / (1 + exp(-9/sqrt(2))) = 0.998280
  // -> 1 * 0.001720 + 10 * 0.998280 = 9.98452; 2 * .001720 + 20 * .998280 = 19.96904
  // Row 1: scores 3, 30: w_b = 1 / (1 + exp(-27/sqrt(2))) ~ 1 - 5.1e-9.
  // CHECK: {{\[}}[9.98{{[0-9]*}},   19.96{{[0-9]*}}],
  // CHECK-NEXT:  [30,   40]]
  %q = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %att = call @attention_query(%q, %a, %b) : (tensor<2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%att) : (tensor<2x2xf32>) -> ()

  // Equal scores -> plain average.
  // CHECK: {{\[}}[5.5,   11],
  // CHECK-NEXT:  [16.5,   22]]
  %q0 = arith.constant dense<0.0> : tensor<2x2xf32>
  %att0 = call @attention_rows(%q0, %a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%att0) : (tensor<2x2xf32>) -> ()

  // Batch norm over channel axis 1 (columns): channel 0 mean 1 var 3
  // (eps 1 -> std 2) scale 2 offset 1: (x - 1) * 2 / 2 + 1 = x;
  // channel 1 mean 0 var 0 (eps 1 -> std 1) scale -1 offset 0.5: 0.5 - x.
  // CHECK: {{\[}}[1,   -1.5],
  // CHECK-NEXT:  [3,   -3.5]]
  %bn = call @batch_norm(%a) : (tensor<2x2xf32>) -> tensor<2x2xf32>
  call @print(%bn) : (tensor<2x2xf32>) -> ()

  // CHECK: sizes = [2, 4]
  // CHECK-NEXT: {{\[}}[1,   2,   10,   20],
  // CHECK-NEXT:  [3,   4,   30,   40]]
  %cat = call @concat_columns(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
  %ucat = tensor.cast %cat : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%ucat) : (tensor<*xf32>) -> ()

  // CHECK: sizes = [4, 2]
  // CHECK-NEXT: {{\[}}[1,   2],
  // CHECK-NEXT:  [3,   4],
  // CHECK-NEXT:  [10,   20],
  // CHECK-NEXT:  [30,   40]]
  %cat0 = call @concat_rows(%a, %b) : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
  %ucat0 = tensor.cast %cat0 : tensor<4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%ucat0) : (tensor<*xf32>) -> ()
  return
}
