// fusion-divide-by-constant: x / c for a constant integer c (|c| >= 1, its
// reciprocal close enough to 1 / c) becomes a multiply by the reciprocal
// and one FMA correction (Markstein), the correctly rounded quotient; a
// power of two, the multiply alone.
// RUN: fuse-opt %s --fusion-divide-by-constant | FileCheck %s

// hardswish's / 6 as torch-mlir writes it, inside a generic's body.
// CHECK-LABEL: func.func @hardswish_divide
// CHECK-DAG: %[[R:.*]] = arith.constant 0.166666672 : f32
// CHECK-DAG: %[[C:.*]] = arith.constant 6.000000e+00 : f32
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[NX:.*]] = arith.negf %[[X]] : f32
// CHECK: %[[Q:.*]] = arith.mulf %[[X]], %[[R]] : f32
// CHECK: %[[E:.*]] = math.fma %[[Q]], %[[C]], %[[NX]] : f32
// CHECK: %[[NE:.*]] = arith.negf %[[E]] : f32
// CHECK: %[[Q1:.*]] = math.fma %[[NE]], %[[R]], %[[Q]] : f32
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %[[E]], %[[E]] : f32
// CHECK: %[[Y:.*]] = arith.select %[[NAN]], %[[Q]], %[[Q1]] : f32
// CHECK: linalg.yield %[[Y]]
// CHECK-NOT: arith.divf
func.func @hardswish_divide(%x: tensor<64xf32>) -> tensor<64xf32> {
  %six = arith.constant 6.0 : f32
  %e = tensor.empty() : tensor<64xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %six : f32
    linalg.yield %d : f32
  } -> tensor<64xf32>
  return %y : tensor<64xf32>
}

// A splat vector divisor (after vectorization), negative: x / -3 is
// computed as (-x) / 3 (so that a zero quotient keeps its sign); and f64.
// CHECK-LABEL: func.func @vector_and_f64
// CHECK-DAG: arith.constant 1.000000e-01 : f64
// CHECK-DAG: %[[R:.*]] = arith.constant dense<0.333333343> : vector<8xf32>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<3.000000e+00> : vector<8xf32>
// CHECK: %[[NX:.*]] = arith.negf %[[X:.*]] : vector<8xf32>
// CHECK: %[[Q:.*]] = arith.mulf %[[NX]], %[[R]] : vector<8xf32>
// CHECK: math.fma %[[Q]], %[[C]], %[[X]] : vector<8xf32>
// CHECK: math.fma {{.*}} : f64
// CHECK-NOT: arith.divf
func.func @vector_and_f64(%x: vector<8xf32>, %y: f64) -> (vector<8xf32>, f64) {
  %c = arith.constant dense<-3.0> : vector<8xf32>
  %d = arith.constant 10.0 : f64
  %0 = arith.divf %x, %c : vector<8xf32>
  %1 = arith.divf %y, %d : f64
  return %0, %1 : vector<8xf32>, f64
}

// A power of two: the reciprocal is exact, so is the multiply.
// CHECK-LABEL: func.func @power_of_two
// CHECK: %[[R:.*]] = arith.constant 2.500000e-01 : f32
// CHECK: %[[Q:.*]] = arith.mulf %{{.*}}, %[[R]] : f32
// CHECK-NOT: math.fma
// CHECK: return %[[Q]]
func.func @power_of_two(%x: f32) -> f32 {
  %c = arith.constant 4.0 : f32
  %0 = arith.divf %x, %c : f32
  return %0 : f32
}

// Negative: left as divisions.
// - a divisor below 1 in magnitude (x / 0.1 can overflow where x does not,
//   and q * c - x would be inf - inf);
// - zero, infinity, NaN;
// - a divisor with fractional bits (1.5, 1.1): q * c - x is no longer
//   exact for small normal quotients (1.1: an ulp off below 2^-103);
// - a division that allows a reciprocal (arcp), left to LLVM;
// - 2 - 2^-23 (a significand of all ones) and 7: their reciprocals are too
//   far from 1 / c (|r * c - 1| = 2^-24 and 1.5 * 2^-25, above 2^-25) for
//   the proof that x * r is within an ulp of the quotient, which the
//   correction needs (2 - 2^-23 fails without the check; 7 does not, but
//   is not proven);
// - a divisor known only at run time, or a vector that is not a splat;
// - f16 and bf16 (not checked here);
// - a constant dividend (the divisor is not constant).
// CHECK-LABEL: func.func @negative
// CHECK-NOT: math.fma
// CHECK-COUNT-14: arith.divf
// CHECK-NOT: math.fma
// CHECK: return
func.func @negative(%x: f32, %y: f32, %v: vector<2xf32>, %h: f16, %b: bf16) -> (f32, f32, f32, f32, f32, f32, vector<2xf32>, f16, bf16, f32, f32, f32, f32, f32) {
  %tenth = arith.constant 0.1 : f32
  %zero = arith.constant 0.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %two = arith.constant dense<[2.0, 3.0]> : vector<2xf32>
  %h6 = arith.constant 6.0 : f16
  %b6 = arith.constant 6.0 : bf16
  %six = arith.constant 6.0 : f32
  %ones = arith.constant 1.99999988 : f32
  %seven = arith.constant 7.0 : f32
  %half3 = arith.constant 1.5 : f32
  %eleven = arith.constant 1.1 : f32
  %0 = arith.divf %x, %tenth : f32
  %1 = arith.divf %x, %zero : f32
  %2 = arith.divf %x, %inf : f32
  %3 = arith.divf %x, %nan : f32
  %4 = arith.divf %x, %y : f32
  %5 = arith.divf %six, %y : f32
  %6 = arith.divf %v, %two : vector<2xf32>
  %7 = arith.divf %h, %h6 : f16
  %8 = arith.divf %b, %b6 : bf16
  %9 = arith.divf %x, %ones : f32
  %10 = arith.divf %x, %seven : f32
  %11 = arith.divf %x, %half3 : f32
  %12 = arith.divf %x, %eleven : f32
  %13 = arith.divf %x, %six fastmath<arcp> : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : f32, f32, f32, f32, f32, f32, vector<2xf32>, f16, bf16, f32, f32, f32, f32, f32
}
