//===- ApproximateMath.cpp - Bounded-error math approximations ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Upstream's polynomial approximations (MathTransforms) are fast and
// vectorize, but at the edges of the float range they are wrong: exp
// flushes subnormal results to zero, log treats subnormal inputs as the
// smallest normal, tanh returns 0 for tiny inputs, erf(-0) is +0. These
// patterns give exp and tanh implementations of fuse's own and wrap log
// and erf (upstream's), so that their
// error stays within a few ulps for every float32 input (measured over 2^20
// inputs per function against float64: test/Integration/CPU/
// math-accuracy.test, docs/math.md).
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/ApproximateMath.h"
#include "fuse/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONAPPROXIMATEMATHPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Marks a math op that a wrapper has already range-reduced.
static constexpr StringLiteral kRangeReduced = "fusion.range_reduced";

namespace {
/// Builds splat constants and ops of the shape of an f32 scalar or vector.
struct Builder {
  PatternRewriter &rewriter;
  Location loc;
  Type floatType; // f32 or vector<...xf32>
  Type intType;   // i32 or vector<...xi32>

  Builder(PatternRewriter &rewriter, Location loc, Type type)
      : rewriter(rewriter), loc(loc), floatType(type) {
    Type i32 = rewriter.getI32Type();
    if (auto vector = dyn_cast<VectorType>(type))
      intType = vector.clone(i32);
    else
      intType = i32;
  }
  Value f(double v) {
    auto attr = rewriter.getF32FloatAttr(static_cast<float>(v));
    if (auto vector = dyn_cast<VectorType>(floatType))
      return arith::ConstantOp::create(
          rewriter, loc, DenseElementsAttr::get(vector, Attribute(attr)));
    return arith::ConstantOp::create(rewriter, loc, attr);
  }
  Value i(int32_t v) {
    auto attr = rewriter.getI32IntegerAttr(v);
    if (auto vector = dyn_cast<VectorType>(intType))
      return arith::ConstantOp::create(
          rewriter, loc, DenseElementsAttr::get(vector, Attribute(attr)));
    return arith::ConstantOp::create(rewriter, loc, attr);
  }
  Value fma(Value a, Value b, Value c) {
    return math::FmaOp::create(rewriter, loc, a, b, c);
  }
  Value mul(Value a, Value b) {
    return arith::MulFOp::create(rewriter, loc, a, b);
  }
  Value sub(Value a, Value b) {
    return arith::SubFOp::create(rewriter, loc, a, b);
  }
  Value cmp(arith::CmpFPredicate p, Value a, Value b) {
    return arith::CmpFOp::create(rewriter, loc, p, a, b);
  }
  Value select(Value c, Value a, Value b) {
    return arith::SelectOp::create(rewriter, loc, c, a, b);
  }
  /// 2^k for integer k in [-126, 127], built from the exponent bits.
  Value pow2(Value k) {
    Value biased = arith::AddIOp::create(rewriter, loc, k, i(127));
    Value bits = arith::ShLIOp::create(rewriter, loc, biased, i(23));
    return arith::BitcastOp::create(rewriter, loc, floatType, bits);
  }
};

/// Whether `type` is f32 or a vector of f32.
static bool isF32Like(Type type) { return getElementTypeOrSelf(type).isF32(); }

/// Whether a wrapper applies to `op`: one f32 operand, not wrapped yet.
static bool isUnwrappedF32(Operation *op) {
  return op->getNumOperands() == 1 && isF32Like(op->getOperand(0).getType()) &&
         !op->hasAttr(kRangeReduced);
}

/// A new `OpTy` of `operand` marked as wrapped, for the approximation that
/// follows the wrapper.
template <typename OpTy>
static Value createWrapped(PatternRewriter &rewriter, Location loc,
                           Value operand) {
  auto op = OpTy::create(rewriter, loc, operand);
  op->setAttr(kRangeReduced, rewriter.getUnitAttr());
  return op;
}

/// exp(x) = 2^k * e^r, k = round(x / ln 2), r = x - k ln 2 (Cody-Waite, two
/// constants, so r is exact to ~2^-33), e^r by its Taylor polynomial of
/// degree 7 on |r| <= ln2/2 (truncation below 0.1 ulp), and 2^k applied as
/// 2^(k/2) * 2^(k - k/2): the first product is exact, the second rounds
/// once, also into the subnormal range and to infinity.
struct ExpApproximation : OpRewritePattern<math::ExpOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::ExpOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op.getOperand();
    if (!isF32Like(x.getType()))
      return rewriter.notifyMatchFailure(op, "not f32");
    Builder b(rewriter, op.getLoc(), x.getType());
    // Beyond these, the result is 0 or inf anyway; NaN stays NaN.
    Value clamped = arith::MinimumFOp::create(
        rewriter, b.loc,
        arith::MaximumFOp::create(rewriter, b.loc, x, b.f(-110.0)), b.f(90.0));
    Value k = math::FloorOp::create(
        rewriter, b.loc, b.fma(clamped, b.f(1.44269504088896341), b.f(0.5)));
    // ln 2 = kLn2Hi + kLn2Lo; kLn2Hi has 16 significant bits, so k * kLn2Hi
    // is exact for |k| < 2^8.
    Value r = b.fma(k, b.f(-0.693145751953125), clamped);
    r = b.fma(k, b.f(-1.42860682030941723212e-6), r);
    double coefficients[] = {1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24,
                             1.0 / 6,    1.0 / 2,   1.0,       1.0};
    Value p = b.f(coefficients[0]);
    for (double c : ArrayRef(coefficients).drop_front())
      p = b.fma(p, r, b.f(c));
    Value ki = arith::FPToSIOp::create(rewriter, b.loc, b.intType, k);
    Value k1 = arith::ShRSIOp::create(rewriter, b.loc, ki, b.i(1));
    Value k2 = arith::SubIOp::create(rewriter, b.loc, ki, k1);
    Value result = b.mul(b.mul(p, b.pow2(k1)), b.pow2(k2));
    // NaN in, NaN out (k is poison then; the select does not read it).
    Value isNan = b.cmp(arith::CmpFPredicate::UNO, x, x);
    rewriter.replaceOp(op, b.select(isNan, x, result));
    return success();
  }
};

/// log(x) for subnormal x: log(x * 2^23) - 23 ln 2, so that the
/// approximation that follows sees a normal number. Zero, negative numbers
/// and -inf scale to themselves.
struct LogOfSubnormals : OpRewritePattern<math::LogOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::LogOp op,
                                PatternRewriter &rewriter) const override {
    if (!isUnwrappedF32(op))
      return rewriter.notifyMatchFailure(op, "not f32, or already wrapped");
    Value x = op.getOperand();
    Builder b(rewriter, op.getLoc(), x.getType());
    Value small = b.cmp(arith::CmpFPredicate::OLT, x, b.f(0x1p-126));
    Value scaled = b.select(small, b.mul(x, b.f(0x1p23)), x);
    Value log = createWrapped<math::LogOp>(rewriter, b.loc, scaled);
    Value shifted = b.sub(log, b.f(15.942385152878742));
    rewriter.replaceOp(op, b.select(small, shifted, log));
    return success();
  }
};

/// tanh(x): for |x| < 0.55 its Taylor series to x^19 (terms shrink by
/// (2x/pi)^2 <= 0.123, so the truncation is below 0.1 ulp; x + x^3 P(x^2)
/// keeps tiny and subnormal x exact), beyond it
/// sign(x) (1 - 2 / (exp(2|x|) + 1)), where 1 - q (q <= 0.5) loses nothing
/// and exp(2|x|) = inf gives +-1. (Upstream's rational approximation is
/// 4 ulp off near 1e-3 and near saturation, and flushes tiny inputs to 0.)
struct TanhApproximation : OpRewritePattern<math::TanhOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::TanhOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op.getOperand();
    if (!isF32Like(x.getType()))
      return rewriter.notifyMatchFailure(op, "not f32");
    Builder b(rewriter, op.getLoc(), x.getType());
    // tanh(x) = x + x^3 (c1 + c2 x^2 + ...), c_k from the series
    // 2^(2n) (2^(2n) - 1) B_2n x^(2n-1) / (2n)!.
    double coefficients[] = {-443861162.0 / 1856156927625.0,
                             6404582.0 / 10854718875.0,
                             -929569.0 / 638512875.0,
                             21844.0 / 6081075.0,
                             -1382.0 / 155925.0,
                             62.0 / 2835.0,
                             -17.0 / 315.0,
                             2.0 / 15.0,
                             -1.0 / 3.0};
    Value x2 = b.mul(x, x);
    Value p = b.f(coefficients[0]);
    for (double c : ArrayRef(coefficients).drop_front())
      p = b.fma(p, x2, b.f(c));
    Value series = b.fma(b.mul(x, x2), p, x);
    Value ax = math::AbsFOp::create(rewriter, b.loc, x);
    Value e = math::ExpOp::create(rewriter, b.loc, b.mul(ax, b.f(2.0)));
    Value q = arith::DivFOp::create(
        rewriter, b.loc, b.f(2.0),
        arith::AddFOp::create(rewriter, b.loc, e, b.f(1.0)));
    Value large =
        math::CopySignOp::create(rewriter, b.loc, b.sub(b.f(1.0), q), x);
    // NaN: |x| < 0.55 is false, and the exp form gives NaN. tanh is odd:
    // the sign of x also for zeros (the series gives +0 for -0).
    Value small = b.cmp(arith::CmpFPredicate::OLT, ax, b.f(0.55));
    rewriter.replaceOp(
        op, math::CopySignOp::create(rewriter, b.loc,
                                     b.select(small, series, large), x));
    return success();
  }
};

/// erf is odd: the approximation that follows gives +0 for -0, so its
/// result takes the sign of x.
struct SignOfErf : OpRewritePattern<math::ErfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::ErfOp op,
                                PatternRewriter &rewriter) const override {
    if (!isUnwrappedF32(op))
      return rewriter.notifyMatchFailure(op, "not f32, or already wrapped");
    Value x = op.getOperand();
    rewriter.replaceOpWithNewOp<math::CopySignOp>(
        op, createWrapped<math::ErfOp>(rewriter, op.getLoc(), x), x);
    return success();
  }
};

/// The logistic sigmoid as frontends write it, 1 / (1 + exp(-x)), is
/// rewritten to the form that does not overflow: with e = exp(-|x|),
/// sigmoid(x) = (x >= 0 ? 1 : e) / (1 + e). The naive form gives 0 for
/// x < -88.7, where the result is a subnormal number; this one has the same
/// cost (one exp, one division).
struct StableSigmoid : OpRewritePattern<arith::DivFOp> {
  using OpRewritePattern::OpRewritePattern;
  static bool isOne(Value v) {
    FloatAttr attr;
    if (matchPattern(v, m_Constant(&attr)))
      return attr.getValueAsDouble() == 1.0;
    DenseElementsAttr dense;
    return matchPattern(v, m_Constant(&dense)) && dense.isSplat() &&
           dense.getSplatValue<APFloat>().isExactlyValue(1.0);
  }
  LogicalResult matchAndRewrite(arith::DivFOp op,
                                PatternRewriter &rewriter) const override {
    if (!isF32Like(op.getType()) || !isOne(op.getLhs()))
      return rewriter.notifyMatchFailure(op, "not 1 / (...) in f32");
    auto add = op.getRhs().getDefiningOp<arith::AddFOp>();
    if (!add)
      return rewriter.notifyMatchFailure(op, "not 1 / (1 + ...)");
    Value other = isOne(add.getLhs())   ? add.getRhs()
                  : isOne(add.getRhs()) ? add.getLhs()
                                        : Value();
    auto exp = other ? other.getDefiningOp<math::ExpOp>() : math::ExpOp();
    auto neg =
        exp ? exp.getOperand().getDefiningOp<arith::NegFOp>() : arith::NegFOp();
    if (!neg)
      return rewriter.notifyMatchFailure(op, "not 1 / (1 + exp(-x))");
    Value x = neg.getOperand();
    Builder b(rewriter, op.getLoc(), x.getType());
    Value ax = math::AbsFOp::create(rewriter, b.loc, x);
    Value e = math::ExpOp::create(rewriter, b.loc,
                                  arith::NegFOp::create(rewriter, b.loc, ax));
    Value d = arith::AddFOp::create(rewriter, b.loc, e, b.f(1.0));
    Value nonNegative = b.cmp(arith::CmpFPredicate::OGE, x, b.f(0.0));
    Value numerator = b.select(nonNegative, b.f(1.0), e);
    rewriter.replaceOpWithNewOp<arith::DivFOp>(op, numerator, d);
    return success();
  }
};
} // namespace

void mlir::fusion::populateFusionStableSigmoidPatterns(
    RewritePatternSet &patterns) {
  patterns.add<StableSigmoid>(patterns.getContext());
}

void mlir::fusion::populateFusionBoundedMathPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ExpApproximation, LogOfSubnormals, TanhApproximation, SignOfErf>(
      patterns.getContext());
}

//===----------------------------------------------------------------------===//
// fusion-approximate-math
//===----------------------------------------------------------------------===//

namespace {
/// Replaces a scalar float `MathOp` by the LLVM intrinsic `IntrOp`.
template <typename MathOp, typename IntrOp>
struct ToLLVMIntrinsic : OpRewritePattern<MathOp> {
  using OpRewritePattern<MathOp>::OpRewritePattern;
  LogicalResult matchAndRewrite(MathOp op,
                                PatternRewriter &rewriter) const override {
    if (!isa<FloatType>(op.getType()))
      return rewriter.notifyMatchFailure(op, "not a scalar float");
    rewriter.replaceOpWithNewOp<IntrOp>(op, op.getType(), op->getOperands());
    return success();
  }
};

/// floor(x) for f32 in arith: truncation through i32, minus 1 where that
/// rounded up; |x| >= 2^23 (already integral), infinities and NaN pass
/// through.
struct FloorInArith : OpRewritePattern<math::FloorOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::FloorOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getType().isF32())
      return rewriter.notifyMatchFailure(op, "not an f32 scalar");
    Location loc = op.getLoc();
    Value x = op.getOperand();
    Type f32 = rewriter.getF32Type(), i32 = rewriter.getI32Type();
    auto constant = [&](double v) -> Value {
      return arith::ConstantOp::create(rewriter, loc, f32,
                                       rewriter.getF32FloatAttr(v));
    };
    Value truncated = arith::SIToFPOp::create(
        rewriter, loc, f32, arith::FPToSIOp::create(rewriter, loc, i32, x));
    Value roundedUp = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OGT, truncated, x);
    Value down = arith::SelectOp::create(
        rewriter, loc, roundedUp,
        arith::SubFOp::create(rewriter, loc, truncated, constant(1.0)),
        truncated);
    Value integral = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::UGE,
        math::AbsFOp::create(rewriter, loc, x), constant(8388608.0));
    rewriter.replaceOpWithNewOp<arith::SelectOp>(op, integral, x, down);
    return success();
  }
};

/// |x| = max(x, -x) (maximumf orders -0 below +0 and propagates NaN).
struct AbsInArith : OpRewritePattern<math::AbsFOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::AbsFOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op.getOperand();
    rewriter.replaceOpWithNewOp<arith::MaximumFOp>(
        op, x, arith::NegFOp::create(rewriter, op.getLoc(), x));
    return success();
  }
};

struct FusionApproximateMathPass
    : fusion::impl::FusionApproximateMathPassBase<FusionApproximateMathPass> {
  using Base::Base;
  void runOnOperation() override {
    if (failed(approximate()))
      return signalPassFailure();
    // The approximations use math.fma, math.floor and math.absf, which NVVM
    // lowering turns into libdevice calls: LLVM's fma intrinsic instead
    // (fma.rn), floor and abs in arith.
    if (!noLibdevice)
      return;
    RewritePatternSet intrinsics(&getContext());
    intrinsics.add<ToLLVMIntrinsic<math::FmaOp, LLVM::FMAOp>, FloorInArith,
                   AbsInArith>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(intrinsics))))
      return signalPassFailure();
  }

  LogicalResult approximate() {
    // exp, log, tanh, erf and the sigmoid with their full-range handling;
    // the rest stays for libm, or, without libm (GPU kernels), gets
    // upstream's approximations below.
    if (bounded || noLibdevice) {
      RewritePatternSet sigmoids(&getContext());
      populateFusionStableSigmoidPatterns(sigmoids);
      if (failed(applyPatternsGreedily(getOperation(), std::move(sigmoids))))
        return failure();
      RewritePatternSet wrappers(&getContext());
      populateFusionBoundedMathPatterns(wrappers);
      if (failed(applyPatternsGreedily(getOperation(), std::move(wrappers))))
        return failure();
      RewritePatternSet approximations(&getContext());
      populateMathPolynomialApproximationPatterns(
          approximations, [](StringRef name) {
            name.consume_front("math.");
            return name == "log" || name == "erf";
          });
      if (failed(
              applyPatternsGreedily(getOperation(), std::move(approximations))))
        return failure();
      if (bounded)
        return success();
    }
    // First rewrite what has no approximation (rsqrt, tan, sinh, ...) in
    // terms of what has, then approximate with arith only.
    // Every expansion but fma's (mul + add): an FMA written on purpose
    // (fusion-divide-by-constant's exact remainder) must stay one rounding.
    RewritePatternSet expansions(&getContext());
    math::populateExpansionPatterns(
        expansions, {"ctlz", "sinh", "cosh", "tan", "tanh", "asinh", "acosh",
                     "atanh", "ceil", "exp2", "powf", "fpowi", "round",
                     "roundeven", "rsqrt", "clampf"});
    if (failed(applyPatternsGreedily(getOperation(), std::move(expansions))))
      return failure();
    RewritePatternSet approximations(&getContext());
    populateMathPolynomialApproximationPatterns(approximations);
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(approximations))))
      return failure();
    return success();
  }
};
} // namespace
