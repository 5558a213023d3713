//===- FoldBatchNorm.cpp - Fold batch norm into conv/matmul -------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// y = (conv(x, w) + init - mean) * s + beta, with s = gamma / sqrt(var + eps)
//   = conv(x, w * s) + ((init - mean) * s + beta)
// The weights are scaled per output channel and the normalization moves onto
// the accumulator init, out of the activation path. With constant weights and
// statistics the new weights and bias are computed in f64 at compile time.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/Debug.h"

#include <cmath>

#define DEBUG_TYPE "fusion-fold-batchnorm"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONFOLDBATCHNORMPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

namespace {
/// Where the output channel lives in a supported producer.
struct ChannelLayout {
  int64_t outputDim; // channel dim of the result
  int64_t weightDim; // output-channel dim of the weight operand
};
} // namespace

/// The layout of a producer this fold supports, or nullopt.
static std::optional<ChannelLayout> getChannelLayout(Operation *op) {
  if (isa<linalg::Conv2DNchwFchwOp>(op))
    return ChannelLayout{1, 0};
  if (isa<linalg::Conv2DNhwcHwcfOp>(op))
    return ChannelLayout{3, 3};
  if (auto matmul = dyn_cast<linalg::MatmulOp>(op)) {
    // Only the default (non-transposed, non-broadcast) form: B is [K, N].
    if (matmul.hasUserDefinedMaps())
      return std::nullopt;
    return ChannelLayout{1, 1};
  }
  return std::nullopt;
}

/// The values of a constant float tensor, as doubles.
static std::optional<SmallVector<double>> getConstantValues(Value value) {
  DenseElementsAttr attr;
  if (!matchPattern(value, m_Constant(&attr)) ||
      !isa<FloatType>(attr.getElementType()))
    return std::nullopt;
  SmallVector<double> values;
  for (APFloat v : attr.getValues<APFloat>())
    values.push_back(v.convertToDouble());
  if (attr.isSplat())
    values.resize(attr.getNumElements(), values.front());
  return values;
}

static DenseElementsAttr toAttr(RankedTensorType type,
                                ArrayRef<double> values) {
  auto elementType = cast<FloatType>(type.getElementType());
  SmallVector<APFloat> floats;
  for (double v : values) {
    APFloat f(v);
    bool losesInfo;
    f.convert(elementType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    floats.push_back(f);
  }
  return DenseElementsAttr::get(type, floats);
}

FailureOr<Value> mlir::fusion::foldBatchNormIntoProducer(RewriterBase &rewriter,
                                                         BatchNormOp bn) {
  auto producer = bn.getInput().getDefiningOp<linalg::LinalgOp>();
  if (!producer)
    return rewriter.notifyMatchFailure(bn,
                                       "input is not produced by a linalg op");
  std::optional<ChannelLayout> layout = getChannelLayout(producer);
  if (!layout)
    return rewriter.notifyMatchFailure(
        bn, "unsupported producer (supported: linalg.conv_2d_nchw_fchw, "
            "linalg.conv_2d_nhwc_hwcf, linalg.matmul)");
  if (!producer.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(bn, "producer is not on tensors");
  if (!bn.getInput().hasOneUse())
    return rewriter.notifyMatchFailure(
        bn, "producer result has other uses than the batch norm");
  if (static_cast<int64_t>(bn.getChannelAxis()) != layout->outputDim)
    return rewriter.notifyMatchFailure(
        bn, "batch norm channel axis is not the producer's output channel");
  Value weight = producer.getDpsInputOperand(1)->get();
  Value init = producer.getDpsInitOperand(0)->get();
  auto weightType = cast<RankedTensorType>(weight.getType());
  auto resultType = cast<RankedTensorType>(bn.getType());
  auto paramType = cast<RankedTensorType>(bn.getScale().getType());
  int64_t channels = weightType.getDimSize(layout->weightDim);
  if (paramType.getDimSize(0) != channels &&
      !ShapedType::isDynamic(paramType.getDimSize(0)))
    return rewriter.notifyMatchFailure(
        bn, "statistics size does not match the producer's output channels");
  if (weightType.getElementType() != resultType.getElementType())
    return rewriter.notifyMatchFailure(bn, "mixed element types");

  Location loc = bn.getLoc();
  double eps = bn.getEpsilon().convertToDouble();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(producer);

  // New weights: w[.., c, ..] * gamma[c] / sqrt(var[c] + eps).
  std::optional<SmallVector<double>> w = getConstantValues(weight),
                                     gamma = getConstantValues(bn.getScale()),
                                     var = getConstantValues(bn.getVariance());
  Value newWeight;
  if (w && gamma && var && weightType.hasStaticShape()) {
    // Compile time, in f64. Element i's channel: (i / stride) % channels.
    int64_t stride = 1;
    for (int64_t d = weightType.getRank() - 1; d > layout->weightDim; --d)
      stride *= weightType.getDimSize(d);
    SmallVector<double> scaled(w->size());
    for (size_t i = 0; i < w->size(); ++i) {
      int64_t c = (static_cast<int64_t>(i) / stride) % channels;
      scaled[i] = (*w)[i] * (*gamma)[c] / std::sqrt((*var)[c] + eps);
    }
    newWeight =
        arith::ConstantOp::create(rewriter, loc, toAttr(weightType, scaled));
  } else {
    int64_t rank = weightType.getRank();
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    AffineMap channel =
        AffineMap::get(rank, 0, rewriter.getAffineDimExpr(layout->weightDim),
                       rewriter.getContext());
    newWeight = buildElementwiseGeneric(
        rewriter, loc, {weight, bn.getScale(), bn.getVariance()}, weight,
        {id, channel, channel},
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Type t = args[0].getType();
          Value e = arith::ConstantOp::create(b, l, t, b.getFloatAttr(t, eps));
          Value std = math::SqrtOp::create(
              b, l, arith::AddFOp::create(b, l, args[2], e));
          Value s = arith::DivFOp::create(b, l, args[1], std);
          return arith::MulFOp::create(b, l, args[0], s);
        });
  }

  // New accumulator init: batch norm applied to the old init. For a fill
  // this is one per-channel bias broadcast, computed once per element of the
  // output like the fill it replaces.
  rewriter.setInsertionPoint(producer);
  auto newInitBn =
      BatchNormOp::create(rewriter, loc, init.getType(), init, bn.getScale(),
                          bn.getOffset(), bn.getMean(), bn.getVariance(),
                          bn.getEpsilonAttr(), bn.getChannelAxisAttr());

  SmallVector<Value> operands = producer->getOperands();
  operands[1] = newWeight;
  operands[producer.getDpsInitOperand(0)->getOperandNumber()] =
      newInitBn.getResult();
  Operation *folded = rewriter.clone(*producer);
  folded->setOperands(operands);
  rewriter.replaceOp(bn, folded->getResults());
  rewriter.eraseOp(producer);
  return folded->getResult(0);
}

namespace {
struct FoldBatchNormPattern : OpRewritePattern<BatchNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormOp bn,
                                PatternRewriter &rewriter) const override {
    return foldBatchNormIntoProducer(rewriter, bn);
  }
};

struct FusionFoldBatchNormPass
    : fusion::impl::FusionFoldBatchNormPassBase<FusionFoldBatchNormPass> {
  void runOnOperation() override {
    SmallVector<BatchNormOp> bns;
    getOperation()->walk([&](BatchNormOp bn) { bns.push_back(bn); });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (BatchNormOp bn : bns) {
      Operation *producer = bn.getInput().getDefiningOp();
      std::string producerName =
          producer ? producer->getName().getStringRef().str() : "argument";
      Location loc = bn.getLoc();
      listener.reason.clear();
      if (succeeded(foldBatchNormIntoProducer(rewriter, bn))) {
        ++numFolded;
        reportDecision(loc, "fusion-fold-batchnorm", "BatchNormFolded", true,
                       "folded batch norm into " + producerName);
        continue;
      }
      ++numRefused;
      reportDecision(loc, "fusion-fold-batchnorm", "BatchNormNotFolded", false,
                     "not folded: " + listener.reason);
    }
  }
};
} // namespace

void mlir::fusion::populateFusionFoldBatchNormPatterns(
    RewritePatternSet &patterns) {
  patterns.add<FoldBatchNormPattern>(patterns.getContext());
}
