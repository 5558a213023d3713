//===- DivideByConstant.cpp - x / c as a multiply and a correction -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A division is the slowest arithmetic a CPU vectorizes (vdivps: one vector
// per 5-16 cycles, against two FMAs per cycle), and frontends divide by
// constants often: torch-mlir writes hardswish and hardsigmoid as
// relu6(x + 3) / 6 and a mean as a sum divided by the count. LLVM turns
// x / c into x * (1 / c) only when 1 / c is exact (c a power of two) or
// when the division allows an approximate reciprocal (`arcp`), which is
// wrong in the last bit for about a third of all inputs.
//
// This pattern computes the correctly rounded quotient for an integer
// divisor c, |c| >= 1, from the reciprocal r = RN(1 / |c|) (rounded at
// compile time in the element type's own semantics) by Markstein's
// correction (x' = x, or -x for a negative c: x / c = (-x) / |c|):
//
//   q  = x' * r             (within an ulp of x / c)
//   e  = fma(q, |c|, -x')   (q * |c| - x', exact)
//   q' = fma(-e, r, q)      (= RN(x / c))
//   y  = e is NaN ? q : q'  (x infinite or NaN)
//
// Markstein's theorem (Handbook of Floating-Point Arithmetic, division with
// an FMA) gives RN(x / c) when r is the correctly rounded reciprocal, q is
// within an ulp of x / c and e is exact. The pattern proves the second from
// |r * |c| - 1| <= 2^-(p+1) (p significand bits; 6, 3, 10, 49, 196, 3136
// pass, 7, 255 and 1000 do not) and the third from c being an integer;
// other divisors stay divisions. So the result equals the division for
// every x whose quotient is a normal number or zero (its sign kept: with
// |c|, e is +0 for x = +-0 and -e * r = -0 keeps q's sign), infinite or
// NaN (a NaN's sign bit may differ for a negative c); quotients in the
// subnormal range may be an ulp off. A power-of-two c becomes x * r alone.
// test/Integration/CPU/divide-by-constant.test checks 2^20 f32 inputs over
// every binade; scripts/divide-exhaustive.c checks all 2^32 (docs/math.md).
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/ApproximateMath.h"
#include "fuse/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "llvm/ADT/Statistic.h"

#define DEBUG_TYPE "fusion-divide-by-constant"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONDIVIDEBYCONSTANTPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

STATISTIC(numRewritten, "Divisions by a constant rewritten");

namespace {
/// x / c, for a constant (scalar or splat) f32 or f64 integer c, |c| >= 1,
/// whose reciprocal passes the bound, as a multiply by the reciprocal and
/// one FMA correction step (file comment).
struct DivideByConstant : OpRewritePattern<arith::DivFOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::DivFOp op,
                                PatternRewriter &rewriter) const override {
    Type type = op.getType();
    auto elementType = dyn_cast<FloatType>(getElementTypeOrSelf(type));
    if (!elementType || !(elementType.isF32() || elementType.isF64()))
      return rewriter.notifyMatchFailure(op, "not f32 or f64");
    APFloat divisor(0.0);
    if (!matchPattern(op.getRhs(), m_ConstantFloat(&divisor)))
      return rewriter.notifyMatchFailure(op, "divisor is not a constant "
                                             "(scalar or splat)");
    if (arith::bitEnumContainsAny(op.getFastmath(), arith::FastMathFlags::arcp))
      return rewriter.notifyMatchFailure(
          op, "the division allows a reciprocal (arcp): LLVM multiplies by "
              "it");
    // An integer |c| >= 1: the quotient cannot overflow where x does not
    // (q * c - x would be inf - inf), and q * c - x is exact for every
    // normal quotient (x and q * c lie on q's grid of ulps times the
    // divisor's lowest bit, and |q * c - x| < |c| ulp(q)). A divisor with
    // fractional bits puts q * c on a finer grid, which falls below the
    // smallest subnormal for small normal quotients (1.1: below 2^-103).
    const llvm::fltSemantics &semantics = divisor.getSemantics();
    APFloat one = APFloat::getOne(semantics);
    APFloat magnitude = abs(divisor);
    if (!magnitude.isFinite() || !magnitude.isInteger() ||
        magnitude.compare(one) == APFloat::cmpLessThan)
      return rewriter.notifyMatchFailure(op, "divisor is not an integer of "
                                             "magnitude 1 or more");
    Location loc = op.getLoc();
    auto constant = [&](const APFloat &value) -> Value {
      TypedAttr attr = rewriter.getFloatAttr(elementType, value);
      if (auto shaped = dyn_cast<ShapedType>(type))
        attr = DenseElementsAttr::get(shaped, attr);
      return arith::ConstantOp::create(rewriter, loc, type, attr);
    };
    Value x = op.getLhs();
    APFloat reciprocal = one;
    // A power of two has an exact reciprocal: x * (1 / c) is the quotient,
    // also in the subnormal range.
    if (reciprocal.divide(magnitude, APFloat::rmNearestTiesToEven) ==
        APFloat::opOK) {
      if (divisor.isNegative())
        reciprocal.changeSign();
      rewriter.replaceOpWithNewOp<arith::MulFOp>(op, x, constant(reciprocal));
      ++numRewritten;
      return success();
    }
    // Markstein's theorem needs q = x * r within an ulp of x / c: |r * |c|
    // - 1| <= 2^-(p+1) for p significand bits gives it (7 misses it; so
    // would 2 - 2^-23, a significand of all ones, whose quotients were an
    // ulp off in 0.4% of all inputs). r * |c| - 1 is exact in the element
    // type. A reciprocal below the smallest normal number (|c| > 2^126 in
    // f32) has fewer bits: refused too.
    APFloat error = reciprocal;
    error.fusedMultiplyAdd(magnitude, -one, APFloat::rmNearestTiesToEven);
    APFloat bound = scalbn(
        one, -static_cast<int>(APFloat::semanticsPrecision(semantics) + 1),
        APFloat::rmNearestTiesToEven);
    if (reciprocal.isDenormal() ||
        abs(error).compare(bound) == APFloat::cmpGreaterThan)
      return rewriter.notifyMatchFailure(
          op, "the divisor's reciprocal is not close enough to 1 / c for a "
              "proven correction (|r * c - 1| > 2^-(p+1))");
    // x / c = (-x) / |c|: with a positive divisor, e is +0 for x = +-0 and
    // the correction -e * r = -0 keeps the sign of a zero q.
    Value dividend = x;
    Value negDividend = arith::NegFOp::create(rewriter, loc, x);
    if (divisor.isNegative())
      std::swap(dividend, negDividend);
    Value r = constant(reciprocal);
    Value c = constant(magnitude);
    Value q = arith::MulFOp::create(rewriter, loc, dividend, r);
    Value e = math::FmaOp::create(rewriter, loc, q, c, negDividend);
    Value corrected = math::FmaOp::create(
        rewriter, loc, arith::NegFOp::create(rewriter, loc, e), r, q);
    // x infinite or NaN: e is NaN, q the quotient.
    Value special =
        arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::UNO, e, e);
    rewriter.replaceOpWithNewOp<arith::SelectOp>(op, special, q, corrected);
    ++numRewritten;
    return success();
  }
};

struct FusionDivideByConstantPass
    : fusion::impl::FusionDivideByConstantPassBase<FusionDivideByConstantPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateFusionDivideByConstantPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace

void mlir::fusion::populateFusionDivideByConstantPatterns(
    RewritePatternSet &patterns) {
  patterns.add<DivideByConstant>(patterns.getContext());
}
