//===- ApproximateMath.h - Bounded-error math approximations -----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_TRANSFORMS_APPROXIMATEMATH_H
#define FUSE_TRANSFORMS_APPROXIMATEMATH_H

#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace fusion {

/// A pattern rewriting the logistic sigmoid as frontends write it,
/// 1 / (1 + exp(-x)) (which gives 0 instead of a subnormal number for
/// x < -88.7), to (x >= 0 ? 1 : e) / (1 + e) with e = exp(-|x|), at the
/// same cost. Apply it before the patterns below expand the exp.
void populateFusionStableSigmoidPatterns(RewritePatternSet &patterns);

/// Patterns replacing f32 (scalar or vector) `math.exp` by fuse's own
/// approximation (Cody-Waite reduction, degree-7 polynomial, the scale by
/// 2^k in two steps, so that subnormal results and overflow round once),
/// `math.tanh` by its Taylor series below 0.55 and 1 - 2 / (exp(2|x|) + 1)
/// above, and wrapping `math.log` (subnormal inputs scaled by 2^23 first)
/// and `math.erf` (the result takes the sign of x) so that upstream's
/// polynomial approximations of these two, which follow in the same pass,
/// hold their bound over the whole range. The max ulp errors are in
/// docs/math.md, held by test/Integration/CPU/math-accuracy.test.
void populateFusionBoundedMathPatterns(RewritePatternSet &patterns);

/// A pattern rewriting `arith.divf` by a constant integer c (scalar or
/// splat; f32 or f64; |c| >= 1; its reciprocal r within 2^-(p+1) of 1 / c
/// relative, p significand bits, which 6, 10, 49, 3136 are and 7 is not)
/// as a multiply by the correctly rounded reciprocal and one FMA
/// correction, q = x * r, q' = fma(-fma(q, c, -x), r, q) (Markstein): equal
/// to the division for every x whose quotient is a normal number, zero,
/// infinite or NaN, within one ulp for quotients in the subnormal range; a
/// power of two c becomes x * r alone (exact). Divisions marked `arcp` are
/// left to LLVM. A vector division issues once per 5-16 cycles; this is a
/// multiply, two FMAs, two negations, a compare and a select.
void populateFusionDivideByConstantPatterns(RewritePatternSet &patterns);

} // namespace fusion
} // namespace mlir

#endif // FUSE_TRANSFORMS_APPROXIMATEMATH_H
