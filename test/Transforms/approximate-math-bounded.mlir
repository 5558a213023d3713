// fusion-approximate-math{bounded}: exp, log, tanh and erf become arith-only
// approximations (exp and tanh fuse's own, log behind a rescale of
// subnormal inputs, erf upstream's); the sigmoid as frontends write it
// takes its overflow-free form first; sin, cos and pow stay for libm.
// RUN: fuse-opt %s --fusion-approximate-math=bounded | FileCheck %s

// CHECK-LABEL: func.func @bounded
// CHECK-NOT: math.exp
// CHECK-NOT: math.log
// CHECK-NOT: math.tanh
// CHECK-NOT: math.erf
// CHECK: math.sin
// CHECK: math.cos
// CHECK: math.powf
func.func @bounded(%x: f32, %y: f32) -> (f32, f32, f32, f32, f32, f32, f32) {
  %0 = math.exp %x : f32
  %1 = math.log %x : f32
  %2 = math.tanh %x : f32
  %3 = math.erf %x : f32
  %4 = math.sin %x : f32
  %5 = math.cos %x : f32
  %6 = math.powf %x, %y : f32
  return %0, %1, %2, %3, %4, %5, %6 : f32, f32, f32, f32, f32, f32, f32
}

// On vectors too (after fusion-vectorize).
// CHECK-LABEL: func.func @vector
// CHECK-NOT: math.exp
// CHECK: arith.shli {{.*}} : vector<8xi32>
// CHECK: arith.bitcast {{.*}} : vector<8xi32> to vector<8xf32>
func.func @vector(%x: vector<8xf32>) -> vector<8xf32> {
  %0 = math.exp %x : vector<8xf32>
  return %0 : vector<8xf32>
}

// 1 / (1 + exp(-x)) becomes (x >= 0 ? 1 : e) / (1 + e), e = exp(-|x|).
// CHECK-LABEL: func.func @sigmoid
// CHECK: math.absf
// CHECK: arith.cmpf oge
// CHECK: arith.select
// CHECK: arith.divf
// CHECK-NOT: arith.divf
func.func @sigmoid(%x: f32) -> f32 {
  %one = arith.constant 1.0 : f32
  %n = arith.negf %x : f32
  %e = math.exp %n : f32
  %d = arith.addf %one, %e : f32
  %r = arith.divf %one, %d : f32
  return %r : f32
}

// Not a sigmoid (2 / ...): only the exp is approximated, no select on x.
// CHECK-LABEL: func.func @not_sigmoid
// CHECK-NOT: math.absf
// CHECK: arith.divf
func.func @not_sigmoid(%x: f32) -> f32 {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %n = arith.negf %x : f32
  %e = math.exp %n : f32
  %d = arith.addf %one, %e : f32
  %r = arith.divf %two, %d : f32
  return %r : f32
}

// f64 is left alone (the approximations are for f32).
// CHECK-LABEL: func.func @f64
// CHECK: math.exp {{.*}} : f64
func.func @f64(%x: f64) -> f64 {
  %0 = math.exp %x : f64
  return %0 : f64
}
