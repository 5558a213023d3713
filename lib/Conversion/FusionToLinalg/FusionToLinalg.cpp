//===- FusionToLinalg.cpp - Lower the fusion dialect to linalg ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/FusionToLinalg/FusionToLinalg.h"
#include "fuse/Conversion/Passes.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#define DEBUG_TYPE "convert-fusion-to-linalg"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_CONVERTFUSIONTOLINALGPASS
#include "fuse/Conversion/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// A scalar constant of float type `type`.
static Value floatConstant(OpBuilder &b, Location loc, Type type,
                           double value) {
  return arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, value));
}

/// Adds `lhs + rhs` for float or integer element types.
static Value add(OpBuilder &b, Location loc, Value lhs, Value rhs) {
  if (isa<FloatType>(lhs.getType()))
    return arith::AddFOp::create(b, loc, lhs, rhs);
  return arith::AddIOp::create(b, loc, lhs, rhs);
}

/// values[0] + values[1] + ... (float or integer).
static Value addAll(OpBuilder &b, Location loc, ValueRange values) {
  Value acc = values.front();
  for (Value v : values.drop_front())
    acc = add(b, loc, acc, v);
  return acc;
}

/// sigmoid(x) = 1 / (1 + exp(-x)).
static Value sigmoid(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  Value one = floatConstant(b, loc, type, 1.0);
  Value negX = arith::NegFOp::create(b, loc, x);
  Value exp = math::ExpOp::create(b, loc, negX);
  Value denom = arith::AddFOp::create(b, loc, one, exp);
  return arith::DivFOp::create(b, loc, one, denom);
}

//===----------------------------------------------------------------------===//
// Strategy ops
//===----------------------------------------------------------------------===//

namespace {
template <typename StrategyOp>
struct InlineStrategy : OpRewritePattern<StrategyOp> {
  using OpRewritePattern<StrategyOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(StrategyOp op,
                                PatternRewriter &rewriter) const override {
    if (failed(inlineStrategyOp(rewriter, op)))
      return rewriter.notifyMatchFailure(op, "not a strategy op");
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Combiners
//===----------------------------------------------------------------------===//

struct ConcatToTensor : OpRewritePattern<ConcatOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ConcatOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<tensor::ConcatOp>(op, op.getType(),
                                                  op.getAxis(), op.getInputs());
    return success();
  }
};

struct SumToLinalg : OpRewritePattern<SumOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(SumOp op,
                                PatternRewriter &rewriter) const override {
    Value result = buildElementwiseGeneric(
        rewriter, op.getLoc(), op.getInputs(), op.getInputs().front(), {},
        [](OpBuilder &b, Location loc, ValueRange args) {
          return addAll(b, loc, args);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct MeanToLinalg : OpRewritePattern<MeanOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(MeanOp op,
                                PatternRewriter &rewriter) const override {
    bool weighted = op.getWeights().has_value();
    SmallVector<double> weights = op.getEffectiveWeights();
    Value result = buildElementwiseGeneric(
        rewriter, op.getLoc(), op.getInputs(), op.getInputs().front(), {},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          Type type = args.front().getType();
          if (!weighted) {
            // (x0 + ... + xn-1) * (1/n)
            Value acc = addAll(b, loc, args);
            Value scale = floatConstant(b, loc, type, 1.0 / args.size());
            return arith::MulFOp::create(b, loc, acc, scale);
          }
          Value acc;
          for (auto [v, w] : llvm::zip_equal(args, weights)) {
            Value term = arith::MulFOp::create(b, loc, v,
                                               floatConstant(b, loc, type, w));
            acc = acc ? arith::AddFOp::create(b, loc, acc, term) : term;
          }
          return acc;
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct GateToLinalg : OpRewritePattern<GateOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(GateOp op,
                                PatternRewriter &rewriter) const override {
    auto gateType = cast<RankedTensorType>(op.getGate().getType());
    auto type = cast<RankedTensorType>(op.getType());
    int64_t rank = type.getRank();
    // A gate dimension of static size 1 against a larger one broadcasts.
    SmallVector<AffineExpr> gateExprs;
    for (int64_t d = 0; d < rank; ++d) {
      bool broadcast = gateType.getDimSize(d) == 1 && type.getDimSize(d) != 1;
      gateExprs.push_back(broadcast ? rewriter.getAffineConstantExpr(0)
                                    : rewriter.getAffineDimExpr(d));
    }
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    AffineMap gateMap =
        AffineMap::get(rank, 0, gateExprs, rewriter.getContext());
    Value result = buildElementwiseGeneric(
        rewriter, op.getLoc(), {op.getGate(), op.getLhs(), op.getRhs()},
        op.getLhs(), {gateMap, id, id},
        [](OpBuilder &b, Location loc, ValueRange args) -> Value {
          // s * a + (1 - s) * b
          Value s = sigmoid(b, loc, args[0]);
          Value one = floatConstant(b, loc, s.getType(), 1.0);
          Value lhs = arith::MulFOp::create(b, loc, s, args[1]);
          Value oneMinusS = arith::SubFOp::create(b, loc, one, s);
          Value rhs = arith::MulFOp::create(b, loc, oneMinusS, args[2]);
          return arith::AddFOp::create(b, loc, lhs, rhs);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct AttentionToLinalg : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    Type elementType = type.getElementType();
    int64_t rank = type.getRank();
    ValueRange features = op.getFeatures();
    size_t n = features.size();
    MLIRContext *ctx = rewriter.getContext();

    // Maps: features use all dims; scores drop the last (feature) dim; the
    // query is either full or 1-D over the feature dim.
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    // All dims but the last (no results for rank-1 features: scalar scores).
    AffineMap batchMap =
        AffineMap::get(rank, 0, id.getResults().drop_back(), ctx);
    AffineMap queryMap =
        op.getQuery().getType() == type
            ? id
            : AffineMap::get(rank, 0, rewriter.getAffineDimExpr(rank - 1), ctx);

    // 1/sqrt(d), with d read at run time when dynamic.
    Value invSqrtD;
    int64_t d = type.getDimSize(rank - 1);
    if (!ShapedType::isDynamic(d)) {
      invSqrtD = floatConstant(rewriter, loc, elementType, 1.0 / std::sqrt(d));
    } else {
      Value featureDim =
          tensor::DimOp::create(rewriter, loc, features.front(), rank - 1);
      Value asInt = arith::IndexCastOp::create(
          rewriter, loc, rewriter.getI64Type(), featureDim);
      Value asFloat =
          arith::SIToFPOp::create(rewriter, loc, elementType, asInt);
      invSqrtD = math::RsqrtOp::create(rewriter, loc, asFloat);
    }

    // Scores: s_i[b] = sum_d q[b, d] * f_i[b, d], all i in one reduction.
    SmallVector<OpFoldResult> batchSizes =
        tensor::getMixedSizes(rewriter, loc, features.front());
    batchSizes.pop_back();
    Value zero = floatConstant(rewriter, loc, elementType, 0.0);
    Value scoreInit =
        linalg::FillOp::create(rewriter, loc, zero,
                               ValueRange{tensor::EmptyOp::create(
                                   rewriter, loc, batchSizes, elementType)})
            .getResult(0);
    SmallVector<Value> scoreInputs{op.getQuery()};
    llvm::append_range(scoreInputs, features);
    SmallVector<AffineMap> scoreMaps{queryMap};
    scoreMaps.append(n, id);
    scoreMaps.append(n, batchMap);
    SmallVector<utils::IteratorType> scoreIterators(
        rank, utils::IteratorType::parallel);
    scoreIterators.back() = utils::IteratorType::reduction;
    auto scoreType =
        RankedTensorType::get(type.getShape().drop_back(), elementType);
    auto scores = linalg::GenericOp::create(
        rewriter, loc, SmallVector<Type>(n, scoreType), scoreInputs,
        SmallVector<Value>(n, scoreInit), scoreMaps, scoreIterators,
        [&](OpBuilder &b, Location nloc, ValueRange args) {
          Value q = args[0];
          SmallVector<Value> sums;
          for (size_t i = 0; i < n; ++i) {
            Value prod = arith::MulFOp::create(b, nloc, q, args[1 + i]);
            sums.push_back(
                arith::AddFOp::create(b, nloc, args[1 + n + i], prod));
          }
          linalg::YieldOp::create(b, nloc, sums);
        });

    // Softmax over the scores and weighted sum of the features, elementwise.
    SmallVector<Value> mixInputs(scores.getResults());
    llvm::append_range(mixInputs, features);
    SmallVector<AffineMap> mixMaps(n, batchMap);
    mixMaps.append(n, id);
    Value result = buildElementwiseGeneric(
        rewriter, loc, mixInputs, features.front(), mixMaps,
        [&](OpBuilder &b, Location nloc, ValueRange args) -> Value {
          SmallVector<Value> logits;
          Value max;
          for (size_t i = 0; i < n; ++i) {
            Value t = arith::MulFOp::create(b, nloc, args[i], invSqrtD);
            logits.push_back(t);
            max = max ? arith::MaximumFOp::create(b, nloc, max, t) : t;
          }
          Value denom, numer;
          for (size_t i = 0; i < n; ++i) {
            Value shifted = arith::SubFOp::create(b, nloc, logits[i], max);
            Value e = math::ExpOp::create(b, nloc, shifted);
            Value weighted = arith::MulFOp::create(b, nloc, e, args[n + i]);
            denom = denom ? arith::AddFOp::create(b, nloc, denom, e) : e;
            numer = numer ? arith::AddFOp::create(b, nloc, numer, weighted)
                          : weighted;
          }
          return arith::DivFOp::create(b, nloc, numer, denom);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct BatchNormToLinalg : OpRewritePattern<BatchNormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(BatchNormOp op,
                                PatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(op.getType());
    int64_t rank = type.getRank();
    int64_t axis = op.getChannelAxis();
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    AffineMap channelMap = AffineMap::get(
        rank, 0, rewriter.getAffineDimExpr(axis), rewriter.getContext());
    double epsilon = op.getEpsilon().convertToDouble();
    Value result = buildElementwiseGeneric(
        rewriter, op.getLoc(),
        {op.getInput(), op.getScale(), op.getOffset(), op.getMean(),
         op.getVariance()},
        op.getInput(), {id, channelMap, channelMap, channelMap, channelMap},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          // (x - mean) * (scale / sqrt(var + eps)) + offset
          Value x = args[0], scale = args[1], offset = args[2], mean = args[3],
                var = args[4];
          Value eps = floatConstant(b, loc, x.getType(), epsilon);
          Value stddev = math::SqrtOp::create(
              b, loc, arith::AddFOp::create(b, loc, var, eps));
          Value factor = arith::DivFOp::create(b, loc, scale, stddev);
          Value centered = arith::SubFOp::create(b, loc, x, mean);
          Value scaled = arith::MulFOp::create(b, loc, centered, factor);
          return arith::AddFOp::create(b, loc, scaled, offset);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void mlir::fusion::populateFusionInlineStrategiesPatterns(
    RewritePatternSet &patterns) {
  patterns.add<InlineStrategy<EarlyOp>, InlineStrategy<LateOp>,
               InlineStrategy<HybridOp>>(patterns.getContext());
}

void mlir::fusion::populateFusionToLinalgConversionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ConcatToTensor, SumToLinalg, MeanToLinalg, GateToLinalg,
               AttentionToLinalg, BatchNormToLinalg>(patterns.getContext());
}

namespace {
/// An op with upstream's decomposition, on tensors, replaced by it.
struct DecomposeAggregatedOp
    : OpInterfaceRewritePattern<linalg::AggregatedOpInterface> {
  using OpInterfaceRewritePattern::OpInterfaceRewritePattern;
  LogicalResult matchAndRewrite(linalg::AggregatedOpInterface op,
                                PatternRewriter &rewriter) const override {
    // Destination-style: on tensors it has tensor results, on buffers none.
    if (op->getNumResults() == 0 ||
        !llvm::all_of(op->getResultTypes(), llvm::IsaPred<RankedTensorType>))
      return rewriter.notifyMatchFailure(op, "not on tensors");
    FailureOr<SmallVector<Value>> values = op.decomposeOperation(rewriter);
    if (failed(values))
      return rewriter.notifyMatchFailure(op, "no decomposition");
    rewriter.replaceOp(op, *values);
    return success();
  }
};
} // namespace

void mlir::fusion::populateDecomposeAggregatedOpsPatterns(
    RewritePatternSet &patterns) {
  patterns.add<DecomposeAggregatedOp>(patterns.getContext());
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
struct ConvertFusionToLinalgPass
    : fusion::impl::ConvertFusionToLinalgPassBase<ConvertFusionToLinalgPass> {
  void runOnOperation() override {
    Operation *root = getOperation();
    RewritePatternSet patterns(&getContext());
    populateFusionInlineStrategiesPatterns(patterns);
    populateFusionToLinalgConversionPatterns(patterns);
    populateDecomposeAggregatedOpsPatterns(patterns);
    // Strategy ops are inlined outermost first; their bodies may contain more
    // strategy ops and combiners, which the driver then visits.
    if (failed(applyPatternsGreedily(root, std::move(patterns)))) {
      root->emitError("convert-fusion-to-linalg did not converge");
      return signalPassFailure();
    }
    // Kernel groups (fusion.group, e.g. edited by hand with a lowering
    // config) are code generation's, not lowered here.
    WalkResult left = root->walk([](Operation *op) {
      if (isa<GroupOp>(op) ||
          (isa<YieldOp>(op) && isa<GroupOp>(op->getParentOp())))
        return WalkResult::advance();
      if (isa<FusionDialect>(op->getDialect())) {
        op->emitError() << "failed to lower '" << op->getName()
                        << "' to linalg";
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (left.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
