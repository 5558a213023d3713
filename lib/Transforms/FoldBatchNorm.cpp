//===- FoldBatchNorm.cpp - Fold batch norm into conv/matmul -------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Inference batch norm is a per-channel affine map y = x * s[c] + t[c], with
// s = gamma / sqrt(var + eps) and t = beta - mean * s. After a contraction or
// convolution that is linear in its weights, with c an output channel that
// indexes the weights:
//   conv(x, w; init) * s + t = conv(x, w * s; init * s + t)
// The weights are scaled per output channel and the shift moves onto the
// accumulator init, out of the activation path. The map is recognised as
// `fusion.batch_norm` and as a chain of elementwise linalg.generic ops
// (torch-mlir's form: subtract mean, multiply by rsqrt(var + eps), by gamma,
// add beta; separate or already fused). With constant weights and
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
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/TypeSwitch.h"
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
/// Where a per-channel affine map of a value folds: the accumulating
/// producer of the value, seen through an optional collapse_shape (grouped
/// convolutions: [G, F] collapsed into one channel dim).
struct FoldSite {
  linalg::LinalgOp producer;
  tensor::CollapseShapeOp collapse; // null if the value is the result
  Value value;                      // the value the map is applied to
  SmallVector<int64_t> outputDims;  // result dims forming the channel
  SmallVector<int64_t> weightDims;  // the same dims in the weights (input 1)
  SmallVector<int64_t> channelSizes;
  int64_t channels; // product of channelSizes, or dynamic
};

/// Per-channel coefficients y = x * scale[c] + shift[c]: known at compile
/// time (f64) or 1-D tensors computed at run time.
struct Coefficients {
  std::optional<SmallVector<double>> constScale, constShift;
  Value scale, shift;
};
} // namespace

static std::optional<SmallVector<double>>
getConstantValues(Value value, unsigned depth, int64_t &budget);

/// The values of `value` known at compile time (see below), evaluating at
/// most kMaxEvaluatedElements elements in all.
static std::optional<SmallVector<double>> getConstantValues(Value value);

/// The row-major linear index of `dims` (with `sizes`) in a map domain of
/// `numDims` dims, as a one-result map.
static AffineMap getChannelMap(unsigned numDims, ArrayRef<int64_t> dims,
                               ArrayRef<int64_t> sizes, MLIRContext *ctx) {
  AffineExpr expr = getAffineDimExpr(dims.front(), ctx);
  for (size_t j = 1; j < dims.size(); ++j)
    expr = expr * sizes[j] + getAffineDimExpr(dims[j], ctx);
  return AffineMap::get(numDims, 0, expr);
}

/// Checks that a per-channel map of `value` along `axis` folds into the
/// producer of `value`; `anchor` is the op to be replaced (for reasons).
static FailureOr<FoldSite> matchFoldSite(RewriterBase &rewriter,
                                         Operation *anchor, Value value,
                                         int64_t axis) {
  FoldSite site;
  site.value = value;
  Value produced = value;
  site.outputDims = {axis};
  if (auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>()) {
    SmallVector<ReassociationIndices> groups =
        collapse.getReassociationIndices();
    if (axis < 0 || axis >= static_cast<int64_t>(groups.size()))
      return rewriter.notifyMatchFailure(anchor, "channel axis out of range");
    site.collapse = collapse;
    produced = collapse.getSrc();
    site.outputDims.assign(groups[axis].begin(), groups[axis].end());
  }
  auto producer = produced.getDefiningOp<linalg::LinalgOp>();
  if (!producer)
    return rewriter.notifyMatchFailure(anchor,
                                       "input is not produced by a linalg op");
  if (!isAccumulatingContraction(producer))
    return rewriter.notifyMatchFailure(
        anchor, "unsupported producer " + producer->getName().getStringRef() +
                    " (supported: contractions and convolutions that "
                    "accumulate into one init)");
  if (!producer.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(anchor, "producer is not on tensors");
  // An init (`outs`) whose value the payload never reads is not a use:
  // older torch-mlir writes the batch norm as a generic with outs(%conv).
  if (!hasOneReadingUse(value) ||
      (produced != value && !produced.hasOneUse()))
    return rewriter.notifyMatchFailure(
        anchor, "producer result has other uses than the batch norm");
  if (producer.getNumDpsInputs() < 2)
    return rewriter.notifyMatchFailure(anchor, "producer has no weights");
  Value weight = producer.getDpsInputOperand(1)->get();
  auto weightType = dyn_cast<RankedTensorType>(weight.getType());
  auto resultType = cast<RankedTensorType>(produced.getType());
  if (!weightType || weightType.getElementType() != resultType.getElementType())
    return rewriter.notifyMatchFailure(anchor, "mixed element types");

  // Each channel dim of the result must be a loop dim that indexes the
  // weights directly, at consecutive positions, and nowhere else there.
  AffineMap outMap =
      producer.getIndexingMapMatchingResult(cast<OpResult>(produced));
  AffineMap weightMap =
      producer.getMatchingIndexingMap(producer.getDpsInputOperand(1));
  for (int64_t outDim : site.outputDims) {
    auto dim = dyn_cast<AffineDimExpr>(outMap.getResult(outDim));
    std::optional<int64_t> position;
    int64_t uses = 0;
    for (auto [i, expr] : llvm::enumerate(weightMap.getResults())) {
      if (!dim || !expr.isFunctionOfDim(dim.getPosition()))
        continue;
      ++uses;
      if (expr == dim)
        position = i;
    }
    if (!position || uses != 1)
      return rewriter.notifyMatchFailure(
          anchor,
          "batch norm channel axis is not the producer's output channel");
    if (!site.weightDims.empty() && *position != site.weightDims.back() + 1)
      return rewriter.notifyMatchFailure(
          anchor, "the grouped channel dims are not contiguous in the "
                  "weights in the order of the result");
    site.weightDims.push_back(*position);
    site.channelSizes.push_back(resultType.getDimSize(outDim));
  }
  site.channels = 1;
  for (int64_t size : site.channelSizes) {
    if (ShapedType::isDynamic(size)) {
      site.channels = ShapedType::kDynamic;
      break;
    }
    site.channels *= size;
  }
  if (site.channelSizes.size() > 1 && ShapedType::isDynamic(site.channels))
    return rewriter.notifyMatchFailure(anchor, "dynamic grouped channel dims");
  site.producer = producer;
  return site;
}

/// A 1-D tensor of `values`.
static Value createConstantVector(RewriterBase &rewriter, Location loc,
                                  Type elementType, ArrayRef<double> values) {
  auto type =
      RankedTensorType::get({static_cast<int64_t>(values.size())}, elementType);
  return arith::ConstantOp::create(rewriter, loc,
                                   getFloatElementsAttr(type, values));
}

/// Rewrites the producer of `site` to compute `site.value * scale + shift`
/// and returns the new value (not yet used; the caller replaces the map).
static Value applyFold(RewriterBase &rewriter, Location loc, FoldSite site,
                       Coefficients coeffs) {
  linalg::LinalgOp producer = site.producer;
  MLIRContext *ctx = rewriter.getContext();
  Value weight = producer.getDpsInputOperand(1)->get();
  Value init = producer.getDpsInitOperand(0)->get();
  auto weightType = cast<RankedTensorType>(weight.getType());
  auto initType = cast<RankedTensorType>(init.getType());
  Type elementType = weightType.getElementType();
  auto getScale = [&] {
    if (!coeffs.scale)
      coeffs.scale =
          createConstantVector(rewriter, loc, elementType, *coeffs.constScale);
    return coeffs.scale;
  };
  auto getShift = [&] {
    if (!coeffs.shift)
      coeffs.shift =
          createConstantVector(rewriter, loc, elementType, *coeffs.constShift);
    return coeffs.shift;
  };

  // New weights: w * scale[c], c the weights' channel index.
  Value newWeight;
  std::optional<SmallVector<double>> w = getConstantValues(weight);
  if (w && coeffs.constScale && weightType.hasStaticShape()) {
    int64_t stride = 1;
    for (int64_t d = weightType.getRank() - 1; d > site.weightDims.back(); --d)
      stride *= weightType.getDimSize(d);
    SmallVector<double> scaled(w->size());
    for (size_t i = 0; i < w->size(); ++i) {
      int64_t c = (static_cast<int64_t>(i) / stride) % site.channels;
      scaled[i] = (*w)[i] * (*coeffs.constScale)[c];
    }
    newWeight = arith::ConstantOp::create(
        rewriter, loc, getFloatElementsAttr(weightType, scaled));
  } else {
    unsigned rank = weightType.getRank();
    newWeight = buildElementwiseGeneric(
        rewriter, loc, {weight, getScale()}, weight,
        {rewriter.getMultiDimIdentityMap(rank),
         getChannelMap(rank, site.weightDims, site.channelSizes, ctx)},
        [](OpBuilder &b, Location l, ValueRange args) -> Value {
          return arith::MulFOp::create(b, l, args[0], args[1]);
        });
  }

  // New accumulator init: init * scale[c] + shift[c]. A constant fill with
  // constant coefficients becomes one broadcast of a constant bias.
  unsigned rank = initType.getRank();
  AffineMap channelMap =
      getChannelMap(rank, site.outputDims, site.channelSizes, ctx);
  Value newInit;
  auto fill = init.getDefiningOp<linalg::FillOp>();
  FloatAttr fillValue;
  if (fill && matchPattern(fill.value(), m_Constant(&fillValue)) &&
      coeffs.constScale && coeffs.constShift) {
    double v = fillValue.getValueAsDouble();
    SmallVector<double> bias;
    for (auto [s, t] : llvm::zip(*coeffs.constScale, *coeffs.constShift))
      bias.push_back(v * s + t);
    Value biasVector = createConstantVector(rewriter, loc, elementType, bias);
    newInit = buildElementwiseGeneric(
        rewriter, loc, {biasVector}, fill.output(), {channelMap},
        [](OpBuilder &, Location, ValueRange args) { return args[0]; });
  } else {
    newInit = buildElementwiseGeneric(
        rewriter, loc, {init, getScale(), getShift()}, init,
        {rewriter.getMultiDimIdentityMap(rank), channelMap, channelMap},
        [](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value scaled = arith::MulFOp::create(b, l, args[0], args[1]);
          return arith::AddFOp::create(b, l, scaled, args[2]);
        });
  }

  SmallVector<Value> operands = producer->getOperands();
  operands[producer.getDpsInputOperand(1)->getOperandNumber()] = newWeight;
  operands[producer.getDpsInitOperand(0)->getOperandNumber()] = newInit;
  Operation *folded = rewriter.clone(*producer);
  folded->setOperands(operands);
  Value result = folded->getResult(0);
  if (site.collapse)
    result = tensor::CollapseShapeOp::create(
        rewriter, loc, site.collapse.getType(), result,
        site.collapse.getReassociationIndices());
  return result;
}

/// Erases what `site` held once the folded value has replaced the map.
/// Uses of the value that only take its shape (inits that are not read)
/// take the producer's init instead, which has the same shape and
/// dominates them.
static void eraseSite(RewriterBase &rewriter, FoldSite site) {
  if (!site.value.use_empty()) {
    OpBuilder::InsertionGuard guard(rewriter);
    Value init = site.producer.getDpsInitOperand(0)->get();
    Value shapeOnly = init;
    if (site.collapse) {
      rewriter.setInsertionPoint(site.collapse);
      shapeOnly = tensor::CollapseShapeOp::create(
          rewriter, site.collapse.getLoc(), site.collapse.getType(), init,
          site.collapse.getReassociationIndices());
    }
    rewriter.replaceAllUsesWith(site.value, shapeOnly);
  }
  if (site.collapse)
    rewriter.eraseOp(site.collapse);
  rewriter.eraseOp(site.producer);
}

//===----------------------------------------------------------------------===//
// Evaluating per-channel coefficients at compile time
//===----------------------------------------------------------------------===//

/// Evaluates the scalar op `op` on `args` in f64, or nullopt if unsupported.
static std::optional<double> evaluateScalarOp(Operation *op,
                                              ArrayRef<double> args) {
  if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
    if (auto attr = dyn_cast<FloatAttr>(constant.getValue()))
      return attr.getValueAsDouble();
    return std::nullopt;
  }
  return llvm::TypeSwitch<Operation *, std::optional<double>>(op)
      .Case([&](arith::AddFOp) { return args[0] + args[1]; })
      .Case([&](arith::SubFOp) { return args[0] - args[1]; })
      .Case([&](arith::MulFOp) { return args[0] * args[1]; })
      .Case([&](arith::DivFOp) { return args[0] / args[1]; })
      .Case([&](arith::NegFOp) { return -args[0]; })
      // maximumf / minimumf propagate NaN (fmax / fmin drop it).
      .Case([&](arith::MaximumFOp) {
        return std::isnan(args[0]) || std::isnan(args[1])
                   ? std::nan("")
                   : std::fmax(args[0], args[1]);
      })
      .Case([&](arith::MinimumFOp) {
        return std::isnan(args[0]) || std::isnan(args[1])
                   ? std::nan("")
                   : std::fmin(args[0], args[1]);
      })
      .Case([&](arith::ExtFOp) { return args[0]; })
      .Case([&](arith::TruncFOp trunc) -> std::optional<double> {
        // Rounded to the narrower type, as at run time.
        auto type = dyn_cast<FloatType>(trunc.getType());
        if (!type)
          return std::nullopt;
        APFloat v(args[0]);
        bool losesInfo;
        v.convert(type.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                  &losesInfo);
        return v.convertToDouble();
      })
      .Case([&](math::SqrtOp) { return std::sqrt(args[0]); })
      .Case([&](math::RsqrtOp) { return 1.0 / std::sqrt(args[0]); })
      .Default([](Operation *) { return std::nullopt; });
}

/// Evaluates the payload `body` of a linalg op on one element's block
/// arguments `args` (one per block argument), in f64. Nullopt if an op is
/// not supported or reads a non-constant value from outside.
static std::optional<SmallVector<double>> evaluateBody(Block &body,
                                                       ArrayRef<double> args) {
  llvm::DenseMap<Value, double> env;
  for (auto [arg, v] : llvm::zip(body.getArguments(), args))
    env[arg] = v;
  for (Operation &op : body.without_terminator()) {
    if (op.getNumResults() != 1)
      return std::nullopt;
    SmallVector<double> operands;
    for (Value operand : op.getOperands()) {
      auto it = env.find(operand);
      if (it != env.end()) {
        operands.push_back(it->second);
        continue;
      }
      FloatAttr outside;
      if (!matchPattern(operand, m_Constant(&outside)))
        return std::nullopt;
      operands.push_back(outside.getValueAsDouble());
    }
    std::optional<double> v = evaluateScalarOp(&op, operands);
    if (!v)
      return std::nullopt;
    env[op.getResult(0)] = *v;
  }
  SmallVector<double> results;
  for (Value yielded : body.getTerminator()->getOperands()) {
    auto it = env.find(yielded);
    if (it == env.end())
      return std::nullopt;
    results.push_back(it->second);
  }
  return results;
}

/// Tensors up to this many elements produced by elementwise generics of
/// constants are evaluated at compile time (batch-norm statistics such as
/// rsqrt(var + eps), which torch-mlir computes in generics of their own).
static constexpr int64_t kMaxEvaluatedElements = 1 << 20;

/// The values of a float tensor known at compile time, as doubles: a
/// constant (dense, or a dense_resource blob with data, possibly reshaped),
/// or the result of an elementwise linalg.generic (identity maps, output not
/// read) of such tensors, evaluated in f64.
static std::optional<SmallVector<double>> getConstantValues(Value value) {
  int64_t budget = kMaxEvaluatedElements;
  std::optional<SmallVector<double>> values =
      getConstantValues(value, 0, budget);
  // Whatever the path, exactly one value per element of a static type.
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (values && (!type || !type.hasStaticShape() ||
                 static_cast<int64_t>(values->size()) != type.getNumElements()))
    return std::nullopt;
  return values;
}

static std::optional<SmallVector<double>>
getConstantValues(Value value, unsigned depth, int64_t &budget) {
  if (DenseElementsAttr attr = getConstantElements(value)) {
    if (!isa<FloatType>(attr.getElementType()))
      return std::nullopt;
    SmallVector<double> values;
    for (APFloat v : attr.getValues<APFloat>())
      values.push_back(v.convertToDouble());
    if (attr.isSplat() && !values.empty())
      values.resize(attr.getNumElements(), values.front());
    return values;
  }
  // Reshapes keep the row-major order of the values (of as many elements:
  // a cast may change a static shape only through a dynamic one).
  if (Operation *def = value.getDefiningOp())
    if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp, tensor::CastOp>(
            def) &&
        depth <= 8) {
      auto type = dyn_cast<RankedTensorType>(value.getType());
      auto sourceType = dyn_cast<RankedTensorType>(def->getOperand(0).getType());
      if (!type || !sourceType || !type.hasStaticShape() ||
          !sourceType.hasStaticShape() ||
          type.getNumElements() != sourceType.getNumElements())
        return std::nullopt;
      return getConstantValues(def->getOperand(0), depth + 1, budget);
    }
  auto result = dyn_cast<OpResult>(value);
  auto generic = result ? dyn_cast<linalg::GenericOp>(result.getOwner())
                        : linalg::GenericOp();
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!generic || depth > 8 || !type || !type.hasStaticShape() ||
      type.getNumElements() > kMaxEvaluatedElements ||
      !generic.hasPureTensorSemantics() ||
      generic.getNumParallelLoops() != generic.getNumLoops() ||
      !llvm::all_of(generic.getIndexingMapsArray(),
                    [](AffineMap m) { return m.isIdentity(); }))
    return std::nullopt;
  SmallVector<SmallVector<double>> inputs;
  for (OpOperand &operand : generic->getOpOperands()) {
    if (generic.isDpsInit(&operand)) {
      if (generic.payloadUsesValueFromOperand(&operand))
        return std::nullopt;
      inputs.emplace_back();
      continue;
    }
    auto operandType = dyn_cast<RankedTensorType>(operand.get().getType());
    if (!operandType || operandType.getShape() != type.getShape())
      return std::nullopt;
    std::optional<SmallVector<double>> values =
        getConstantValues(operand.get(), depth + 1, budget);
    if (!values ||
        static_cast<int64_t>(values->size()) != type.getNumElements())
      return std::nullopt;
    inputs.push_back(std::move(*values));
  }
  // A bound on the work, whatever the shape of the DAG of generics.
  budget -= type.getNumElements();
  if (budget < 0)
    return std::nullopt;
  Block &body = generic.getRegion().front();
  SmallVector<double> values;
  SmallVector<double> args(body.getNumArguments(), 0.0);
  for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
    for (auto [j, input] : llvm::enumerate(inputs))
      args[j] = input.empty() ? 0.0 : input[i];
    std::optional<SmallVector<double>> out = evaluateBody(body, args);
    if (!out)
      return std::nullopt;
    values.push_back((*out)[result.getResultNumber()]);
  }
  return values;
}

/// Evaluates `coeffs`, a 1-D linalg.generic over `channels` channels whose
/// inputs are constants, in f64. Returns its results per channel, or
/// nullopt if an input is not constant or an op is not supported.
static std::optional<SmallVector<SmallVector<double>>>
evaluateChannelGeneric(linalg::GenericOp coeffs, int64_t channels) {
  if (ShapedType::isDynamic(channels))
    return std::nullopt;
  SmallVector<SmallVector<double>> inputs;
  SmallVector<RankedTensorType> types;
  for (Value input : coeffs.getDpsInputs()) {
    std::optional<SmallVector<double>> values = getConstantValues(input);
    auto type = dyn_cast<RankedTensorType>(input.getType());
    if (!values || !type || !type.hasStaticShape())
      return std::nullopt;
    inputs.push_back(std::move(*values));
    types.push_back(type);
  }
  Block &body = coeffs.getRegion().front();
  SmallVector<SmallVector<double>> results(coeffs.getNumResults());
  SmallVector<double> args(body.getNumArguments(), 0.0);
  for (int64_t c = 0; c < channels; ++c) {
    for (auto [i, operand] : llvm::enumerate(coeffs.getDpsInputOperands())) {
      SmallVector<int64_t> index =
          coeffs.getMatchingIndexingMap(operand).compose({c});
      int64_t linear = 0;
      for (auto [idx, size] : llvm::zip(index, types[i].getShape()))
        linear = linear * size + idx;
      args[i] = inputs[i][linear];
    }
    std::optional<SmallVector<double>> out = evaluateBody(body, args);
    if (!out)
      return std::nullopt;
    for (auto [i, v] : llvm::enumerate(*out))
      results[i].push_back(v);
  }
  return results;
}

/// Fills `coeffs` from the two results of the 1-D generic `channelOp`:
/// constants when it evaluates at compile time (then it is erased), else
/// its results.
static void setCoefficients(RewriterBase &rewriter, linalg::GenericOp channelOp,
                            int64_t channels, Coefficients &coeffs) {
  if (std::optional<SmallVector<SmallVector<double>>> values =
          evaluateChannelGeneric(channelOp, channels)) {
    coeffs.constScale = (*values)[0];
    coeffs.constShift = (*values)[1];
    // Both results share one tensor.empty init: erase each defining op once.
    llvm::SetVector<Operation *> inits;
    for (Value init : channelOp.getDpsInits())
      if (Operation *def = init.getDefiningOp())
        inits.insert(def);
    rewriter.eraseOp(channelOp);
    for (Operation *def : inits)
      if (def->use_empty())
        rewriter.eraseOp(def);
    return;
  }
  coeffs.scale = channelOp.getResult(0);
  coeffs.shift = channelOp.getResult(1);
}

/// Creates a 1-D linalg.generic over the channels (`sizeLike` dim `axis` is
/// their number) with two results, scale and shift, computed by `body`.
static linalg::GenericOp createChannelGeneric(
    RewriterBase &rewriter, Location loc, ValueRange inputs,
    ArrayRef<AffineMap> maps, Type elementType, Value sizeLike, int64_t axis,
    function_ref<void(OpBuilder &, Location, ValueRange)> body) {
  OpFoldResult size = tensor::getMixedSize(rewriter, loc, sizeLike, axis);
  Value empty =
      tensor::EmptyOp::create(rewriter, loc, ArrayRef{size}, elementType);
  SmallVector<AffineMap> allMaps(maps);
  AffineMap id = rewriter.getMultiDimIdentityMap(1);
  allMaps.append({id, id});
  auto type = cast<RankedTensorType>(empty.getType());
  return linalg::GenericOp::create(
      rewriter, loc, TypeRange{type, type}, inputs, ValueRange{empty, empty},
      allMaps, {utils::IteratorType::parallel},
      [&](OpBuilder &b, Location l, ValueRange args) { body(b, l, args); });
}

//===----------------------------------------------------------------------===//
// fusion.batch_norm
//===----------------------------------------------------------------------===//

FailureOr<Value> mlir::fusion::foldBatchNormIntoProducer(RewriterBase &rewriter,
                                                         BatchNormOp bn) {
  FailureOr<FoldSite> site =
      matchFoldSite(rewriter, bn, bn.getInput(), bn.getChannelAxis());
  if (failed(site))
    return failure();
  auto paramType = cast<RankedTensorType>(bn.getScale().getType());
  if (!ShapedType::isDynamic(paramType.getDimSize(0)) &&
      !ShapedType::isDynamic(site->channels) &&
      paramType.getDimSize(0) != site->channels)
    return rewriter.notifyMatchFailure(
        bn, "statistics size does not match the producer's output channels");

  Location loc = bn.getLoc();
  double eps = bn.getEpsilon().convertToDouble();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(bn);
  // scale = gamma / sqrt(var + eps), shift = beta - mean * scale.
  AffineMap id = rewriter.getMultiDimIdentityMap(1);
  linalg::GenericOp channelOp = createChannelGeneric(
      rewriter, loc,
      {bn.getScale(), bn.getOffset(), bn.getMean(), bn.getVariance()},
      {id, id, id, id}, paramType.getElementType(), bn.getScale(), 0,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Type t = args[0].getType();
        Value e = arith::ConstantOp::create(b, l, t, b.getFloatAttr(t, eps));
        Value std =
            math::SqrtOp::create(b, l, arith::AddFOp::create(b, l, args[3], e));
        Value scale = arith::DivFOp::create(b, l, args[0], std);
        Value shift = arith::SubFOp::create(
            b, l, args[1], arith::MulFOp::create(b, l, args[2], scale));
        linalg::YieldOp::create(b, l, ValueRange{scale, shift});
      });
  Coefficients coeffs;
  setCoefficients(rewriter, channelOp, site->channels, coeffs);
  Value folded = applyFold(rewriter, loc, *site, coeffs);
  rewriter.replaceOp(bn, folded);
  eraseSite(rewriter, *site);
  return folded;
}

//===----------------------------------------------------------------------===//
// Per-channel affine chains of linalg.generic ops
//===----------------------------------------------------------------------===//

namespace {
/// One generic of an affine chain and the operand carrying the chained
/// value.
struct AffineStep {
  linalg::GenericOp op;
  OpOperand *x;
};
} // namespace

namespace {
/// Why a step is not part of a per-channel affine chain.
struct StepRefusal {
  /// NotBatchNorm (not such a map at all) or Unsupported.
  AffineEpilogueKind kind;
  std::string reason;
};
} // namespace

static StepRefusal notBatchNorm(std::string reason) {
  return {AffineEpilogueKind::NotBatchNorm, std::move(reason)};
}
static StepRefusal unsupported(std::string reason) {
  return {AffineEpilogueKind::Unsupported, std::move(reason)};
}

/// Checks that `op` computes, elementwise, an affine function of the value
/// in `x` whose coefficients are per channel: its other inputs are indexed
/// by at most the loop dim `channelDim` (set here if unset) or are
/// constants. Sets `hasScale` if it multiplies or divides the value.
/// Returns the refusal if not.
static std::optional<StepRefusal>
analyzeAffineStep(linalg::GenericOp op, OpOperand *x,
                  std::optional<unsigned> &channelDim, bool &hasScale) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      op.getNumParallelLoops() != op.getNumLoops())
    return notBatchNorm("not an elementwise linalg.generic on tensors");
  if (!op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity() ||
      !op.getMatchingIndexingMap(x).isIdentity())
    return notBatchNorm("the contraction result is not read elementwise");
  if (op.payloadUsesValueFromOperand(op.getDpsInitOperand(0)))
    return unsupported("the epilogue reads its output");
  if (x->get().getType() != op.getResult(0).getType())
    return unsupported("the epilogue changes the type");
  Block &body = op.getRegion().front();
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (input == x)
      continue;
    AffineMap map = op.getMatchingIndexingMap(input);
    std::optional<unsigned> used;
    for (AffineExpr expr : map.getResults()) {
      if (isa<AffineConstantExpr>(expr))
        continue;
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim || (used && *used != dim.getPosition()))
        return notBatchNorm(
            "operand #" + std::to_string(input->getOperandNumber()) +
            " is not per channel (statistics must be indexed by one "
            "channel dim)");
      used = dim.getPosition();
    }
    if (!used) {
      if (!matchPattern(input->get(), m_Constant()) &&
          op.payloadUsesValueFromOperand(input))
        return unsupported(
            "operand #" + std::to_string(input->getOperandNumber()) +
            " is a non-constant scalar (such as epsilon)");
      continue;
    }
    if (channelDim && *channelDim != *used)
      return unsupported(
          "the statistics are not all along one channel dim");
    channelDim = used;
  }

  llvm::SmallPtrSet<Value, 8> dependent = {
      body.getArgument(x->getOperandNumber())};
  for (Operation &inner : body.without_terminator()) {
    bool onValue = llvm::any_of(inner.getOperands(),
                                [&](Value v) { return dependent.contains(v); });
    if (isa<linalg::IndexOp>(inner))
      return unsupported("the epilogue uses linalg.index");
    if (!onValue) {
      if (inner.getNumRegions() != 0 || !isMemoryEffectFree(&inner) ||
          inner.getNumResults() != 1)
        return unsupported("unsupported op " +
                           inner.getName().getStringRef().str() +
                           " in the epilogue");
      continue;
    }
    if (isa<arith::MulFOp>(inner)) {
      if (dependent.contains(inner.getOperand(0)) &&
          dependent.contains(inner.getOperand(1)))
        return notBatchNorm("the epilogue is quadratic in the contraction "
                            "result");
      hasScale = true;
    } else if (isa<arith::DivFOp>(inner)) {
      if (dependent.contains(inner.getOperand(1)))
        return notBatchNorm(
            "the epilogue divides by the contraction result");
      hasScale = true;
    } else if (!isa<arith::AddFOp, arith::SubFOp, arith::NegFOp>(inner)) {
      return notBatchNorm(inner.getName().getStringRef().str() +
                          " on the contraction result is not a per-channel "
                          "affine map (e.g. an activation)");
    }
    dependent.insert(inner.getResult(0));
  }
  if (!dependent.contains(body.getTerminator()->getOperand(0)))
    return notBatchNorm("the epilogue does not depend on the contraction "
                        "result");
  return std::nullopt;
}

/// The operand of `op` produced by an accumulating contraction or
/// convolution, possibly through a collapse_shape, or null.
static OpOperand *getContractionOperand(linalg::GenericOp op) {
  for (OpOperand *input : op.getDpsInputOperands()) {
    Operation *def = input->get().getDefiningOp();
    if (auto collapse = dyn_cast_or_null<tensor::CollapseShapeOp>(def))
      def = collapse.getSrc().getDefiningOp();
    if (isAccumulatingContraction(def))
      return input;
  }
  return nullptr;
}

namespace {
/// y = x * a + b, in values of the coefficient body (null a: 1, null b: 0).
struct Affine {
  Value a, b;
};
} // namespace

/// Emits, into the coefficient body, the affine forms of `step`'s ops given
/// that of its chained value, cloning the channel-only ops via `mapping`.
static Affine buildAffineStep(OpBuilder &b, Location loc, AffineStep step,
                              Affine in, IRMapping &mapping) {
  Block &body = step.op.getRegion().front();
  llvm::DenseMap<Value, Affine> forms;
  forms[body.getArgument(step.x->getOperandNumber())] = in;
  Type t =
      cast<RankedTensorType>(step.op.getResult(0).getType()).getElementType();
  auto add = [&](Value p, Value q) -> Value {
    if (!p)
      return q;
    if (!q)
      return p;
    return arith::AddFOp::create(b, loc, p, q);
  };
  auto neg = [&](Value p) -> Value {
    if (!p)
      return Value();
    return arith::NegFOp::create(b, loc, p);
  };
  auto one = [&](Value p) -> Value {
    return p ? p : arith::ConstantOp::create(b, loc, t, b.getFloatAttr(t, 1.0));
  };
  for (Operation &inner : body.without_terminator()) {
    bool onValue = llvm::any_of(inner.getOperands(),
                                [&](Value v) { return forms.count(v); });
    if (!onValue) {
      b.clone(inner, mapping);
      continue;
    }
    auto form = [&](unsigned i) -> std::optional<Affine> {
      auto it = forms.find(inner.getOperand(i));
      if (it == forms.end())
        return std::nullopt;
      return it->second;
    };
    auto plain = [&](unsigned i) {
      return mapping.lookupOrDefault(inner.getOperand(i));
    };
    Affine out;
    if (isa<arith::NegFOp>(inner)) {
      Affine p = *form(0);
      out = {neg(one(p.a)), neg(p.b)};
    } else if (isa<arith::AddFOp, arith::SubFOp>(inner)) {
      bool sub = isa<arith::SubFOp>(inner);
      std::optional<Affine> p = form(0), q = form(1);
      auto negIf = [&](Value v) { return sub ? neg(v) : v; };
      if (p && q) {
        Value a = sub ? arith::SubFOp::create(b, loc, one(p->a), one(q->a))
                            .getResult()
                      : arith::AddFOp::create(b, loc, one(p->a), one(q->a))
                            .getResult();
        out = {a, add(p->b, negIf(q->b))};
      } else if (p) {
        out = {p->a, add(p->b, negIf(plain(1)))};
      } else {
        out = {sub ? neg(one(q->a)) : q->a, add(plain(0), negIf(q->b))};
      }
    } else if (isa<arith::MulFOp>(inner)) {
      unsigned dep = form(0) ? 0 : 1;
      Affine p = *form(dep);
      Value q = plain(1 - dep);
      out = {arith::MulFOp::create(b, loc, one(p.a), q),
             p.b ? arith::MulFOp::create(b, loc, p.b, q) : Value()};
    } else { // arith::DivFOp, x / q
      Affine p = *form(0);
      Value q = plain(1);
      out = {arith::DivFOp::create(b, loc, one(p.a), q),
             p.b ? arith::DivFOp::create(b, loc, p.b, q) : Value()};
    }
    forms[inner.getResult(0)] = out;
  }
  return forms.lookup(body.getTerminator()->getOperand(0));
}

namespace {
/// A per-channel affine chain starting at a generic, as analyzed.
struct EpilogueChain {
  AffineEpilogueDecision decision;
  OpOperand *x = nullptr;
  SmallVector<AffineStep> chain;
  std::optional<unsigned> channelDim;
};
} // namespace

/// The chain of single-use per-channel affine steps starting at `head`, and
/// the decision whether it is a batch norm to fold.
static EpilogueChain analyzeEpilogueChain(linalg::GenericOp head) {
  EpilogueChain result;
  auto refuse = [&](AffineEpilogueKind kind, std::string reason) {
    result.decision = {kind, std::move(reason)};
    return result;
  };
  OpOperand *x = getContractionOperand(head);
  if (!x)
    return refuse(AffineEpilogueKind::NotBatchNorm,
                  "no operand is produced by a contraction or convolution");
  std::optional<unsigned> channelDim;
  bool hasScale = false;
  if (std::optional<StepRefusal> why =
          analyzeAffineStep(head, x, channelDim, hasScale))
    return refuse(why->kind, why->reason);
  // Extend the chain through single-use affine steps.
  SmallVector<AffineStep> chain = {{head, x}};
  while (true) {
    Value result = chain.back().op.getResult(0);
    if (!result.hasOneUse())
      break;
    OpOperand &use = *result.getUses().begin();
    auto next = dyn_cast<linalg::GenericOp>(use.getOwner());
    if (!next || !next.isDpsInput(&use))
      break;
    std::optional<unsigned> nextChannel = channelDim;
    bool nextScale = hasScale;
    if (analyzeAffineStep(next, &use, nextChannel, nextScale))
      break;
    channelDim = nextChannel;
    hasScale = nextScale;
    chain.push_back({next, &use});
  }
  if (!hasScale)
    return refuse(AffineEpilogueKind::NotBatchNorm,
                  "no scale: a shift such as a bias add (fusion-fold-bias "
                  "folds those)");
  if (!channelDim)
    return refuse(AffineEpilogueKind::NotBatchNorm,
                  "no per-channel operand (a uniform scale is not folded)");
  result.decision = {AffineEpilogueKind::BatchNorm, ""};
  result.x = x;
  result.chain = std::move(chain);
  result.channelDim = channelDim;
  return result;
}

AffineEpilogueDecision
mlir::fusion::decideAffineEpilogueFold(linalg::GenericOp head) {
  return analyzeEpilogueChain(head).decision;
}

FailureOr<Value>
mlir::fusion::foldAffineEpilogueIntoProducer(RewriterBase &rewriter,
                                             linalg::GenericOp head) {
  EpilogueChain analyzed = analyzeEpilogueChain(head);
  if (analyzed.decision.kind != AffineEpilogueKind::BatchNorm)
    return rewriter.notifyMatchFailure(head, analyzed.decision.reason);
  OpOperand *x = analyzed.x;
  SmallVector<AffineStep> &chain = analyzed.chain;
  int64_t axis = *analyzed.channelDim;
  FailureOr<FoldSite> site = matchFoldSite(rewriter, head, x->get(), axis);
  if (failed(site))
    return failure();

  // The coefficients: one 1-D generic over the channels whose inputs are
  // the chain's per-channel and constant operands.
  Location loc = chain.back().op.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(chain.back().op);
  unsigned numLoops = head.getNumLoops();
  SmallVector<AffineExpr> embed(numLoops, rewriter.getAffineConstantExpr(0));
  embed[axis] = rewriter.getAffineDimExpr(0);
  AffineMap toChannel = AffineMap::get(1, 0, embed, rewriter.getContext());
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (AffineStep step : chain)
    for (OpOperand *input : step.op.getDpsInputOperands())
      if (input != step.x) {
        inputs.push_back(input->get());
        maps.push_back(
            step.op.getMatchingIndexingMap(input).compose(toChannel));
      }
  Type elementType =
      cast<RankedTensorType>(x->get().getType()).getElementType();
  linalg::GenericOp channelOp = createChannelGeneric(
      rewriter, loc, inputs, maps, elementType, x->get(), axis,
      [&](OpBuilder &b, Location l, ValueRange args) {
        IRMapping mapping;
        unsigned next = 0;
        Affine form;
        for (AffineStep step : chain) {
          Block &body = step.op.getRegion().front();
          for (OpOperand *input : step.op.getDpsInputOperands())
            if (input != step.x)
              mapping.map(body.getArgument(input->getOperandNumber()),
                          args[next++]);
          form = buildAffineStep(b, l, step, form, mapping);
        }
        Value a =
            form.a ? form.a
                   : arith::ConstantOp::create(
                         b, l, elementType, b.getFloatAttr(elementType, 1.0));
        Value c =
            form.b ? form.b
                   : arith::ConstantOp::create(
                         b, l, elementType, b.getFloatAttr(elementType, 0.0));
        linalg::YieldOp::create(b, l, ValueRange{a, c});
      });
  Coefficients coeffs;
  setCoefficients(rewriter, channelOp, site->channels, coeffs);
  Value folded = applyFold(rewriter, loc, *site, coeffs);
  rewriter.replaceOp(chain.back().op, folded);
  for (AffineStep step : llvm::reverse(ArrayRef(chain).drop_back()))
    rewriter.eraseOp(step.op);
  eraseSite(rewriter, *site);
  return folded;
}

//===----------------------------------------------------------------------===//
// Patterns and pass
//===----------------------------------------------------------------------===//

namespace {
struct FoldBatchNormPattern : OpRewritePattern<BatchNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormOp bn,
                                PatternRewriter &rewriter) const override {
    return foldBatchNormIntoProducer(rewriter, bn);
  }
};

struct FoldAffineEpiloguePattern : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    return foldAffineEpilogueIntoProducer(rewriter, op);
  }
};

/// The name of what `value` is produced by, for remarks.
static std::string getProducerName(Value value) {
  if (!value)
    return "unknown";
  Operation *def = value.getDefiningOp();
  if (auto collapse = dyn_cast_or_null<tensor::CollapseShapeOp>(def))
    def = collapse.getSrc().getDefiningOp();
  return def ? def->getName().getStringRef().str() : "argument";
}

/// Why a fold of a batch norm at `anchor` on `value` leaves run-time
/// scaling: the producer's weights or the anchor's statistics are
/// dense_resource blobs without data. Empty when nothing is elided.
static std::string describeElidedOperands(Operation *anchor, Value value) {
  SmallVector<Value> operands(anchor->getOperands());
  if (auto generic = dyn_cast<linalg::GenericOp>(anchor))
    for (AffineStep step : analyzeEpilogueChain(generic).chain)
      llvm::append_range(operands, step.op.getDpsInputs());
  if (value) {
    Operation *def = value.getDefiningOp();
    if (auto collapse = dyn_cast_or_null<tensor::CollapseShapeOp>(def))
      def = collapse.getSrc().getDefiningOp();
    if (auto producer = dyn_cast_or_null<linalg::LinalgOp>(def))
      if (producer.getNumDpsInputs() > 1)
        operands.push_back(producer.getDpsInputOperand(1)->get());
  }
  // Statistics reach the map through generics of their own (var + eps,
  // rsqrt): look through those too.
  SmallVector<std::string> names;
  llvm::SmallPtrSet<Operation *, 8> seen;
  while (!operands.empty()) {
    Value operand = operands.pop_back_val();
    std::string name = getMissingResourceName(operand);
    if (!name.empty() && !llvm::is_contained(names, name))
      names.push_back(name);
    Operation *def = operand.getDefiningOp();
    while (isa_and_nonnull<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
        def))
      def = def->getOperand(0).getDefiningOp();
    auto generic = dyn_cast_or_null<linalg::GenericOp>(def);
    if (generic && seen.size() < 16 && seen.insert(generic).second)
      llvm::append_range(operands, generic.getDpsInputs());
  }
  llvm::sort(names);
  if (names.empty())
    return "";
  std::string text = "; scaled at run time, not at compile time: the "
                     "dense_resource blob";
  text += names.size() > 1 ? "s " : " ";
  for (auto [i, name] : llvm::enumerate(names))
    text += (i ? ", '" : "'") + name + "'";
  return text + (names.size() > 1 ? " have" : " has") + " no data (elided)";
}

struct FusionFoldBatchNormPass
    : fusion::impl::FusionFoldBatchNormPassBase<FusionFoldBatchNormPass> {
  void runOnOperation() override {
    // Candidates: batch norms, and generics reading a contraction result.
    SmallVector<Operation *> candidates;
    getOperation()->walk([&](Operation *op) {
      if (isa<BatchNormOp>(op))
        candidates.push_back(op);
      else if (auto generic = dyn_cast<linalg::GenericOp>(op))
        if (getContractionOperand(generic))
          candidates.push_back(op);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (Operation *op : candidates) {
      if (listener.erased.contains(op))
        continue;
      Location loc = op->getLoc();
      listener.reason.clear();
      if (auto bn = dyn_cast<BatchNormOp>(op)) {
        std::string producer = getProducerName(bn.getInput());
        std::string elided = describeElidedOperands(bn, bn.getInput());
        if (succeeded(foldBatchNormIntoProducer(rewriter, bn))) {
          ++numFolded;
          reportDecision(loc, "fusion-fold-batchnorm", "BatchNormFolded", true,
                         "folded batch norm into " + producer + elided);
          continue;
        }
        ++numRefused;
        reportDecision(loc, "fusion-fold-batchnorm", "BatchNormNotFolded",
                       false, "not folded: " + listener.reason);
        continue;
      }
      auto generic = cast<linalg::GenericOp>(op);
      OpOperand *contraction = getContractionOperand(generic);
      Value input = contraction ? contraction->get() : Value();
      std::string producer = getProducerName(input);
      std::string elided = describeElidedOperands(generic, input);
      if (succeeded(foldAffineEpilogueIntoProducer(rewriter, generic))) {
        ++numFolded;
        reportDecision(loc, "fusion-fold-batchnorm", "BatchNormFolded", true,
                       "folded per-channel affine epilogue (batch norm) "
                       "into " +
                           producer + elided);
        continue;
      }
      // No batch norm at all (an activation, a bias add, a gate): no
      // decision to report. (The refused fold changed nothing.)
      if (decideAffineEpilogueFold(generic).kind ==
          AffineEpilogueKind::NotBatchNorm)
        continue;
      ++numRefused;
      reportDecision(loc, "fusion-fold-batchnorm", "BatchNormNotFolded", false,
                     "not folded: " + listener.reason);
    }
  }
};
} // namespace

void mlir::fusion::populateFusionFoldBatchNormPatterns(
    RewritePatternSet &patterns) {
  patterns.add<FoldBatchNormPattern, FoldAffineEpiloguePattern>(
      patterns.getContext());
}
