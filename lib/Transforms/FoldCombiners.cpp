//===- FoldCombiners.cpp - Fold late-fusion combiners into branches -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A late-fusion sum or (weighted) mean of branch outputs that contractions
// produce, y = sum_i c_i * contract_i(a_i, w_i; init_i), is computed by the
// contractions themselves: each scales its weights by c_i and accumulates
// into the previous one's result, starting from sum_i c_i * init_i. No
// per-branch output is materialized. When the branches were batched (the
// outputs are slices of one contraction over a leading branch dim), the
// branch dim becomes a reduction dim of that contraction.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/DenseMap.h"

#define DEBUG_TYPE "fusion-fold-combiners"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONFOLDCOMBINERSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// The constant coefficients c_i of `op`'s body if it yields
/// sum_i c_i * in_i (no constant term), else nullopt.
static std::optional<SmallVector<double>>
getLinearCoefficients(linalg::GenericOp op) {
  unsigned n = op.getNumDpsInputs();
  Block &body = op.getRegion().front();
  llvm::DenseMap<Value, SmallVector<double>> linear;
  for (unsigned i = 0; i < n; ++i) {
    SmallVector<double> e(n, 0.0);
    e[i] = 1.0;
    linear[body.getArgument(i)] = e;
  }
  auto constant = [&](Value v) -> std::optional<double> {
    FloatAttr attr;
    if (matchPattern(v, m_Constant(&attr)))
      return attr.getValueAsDouble();
    return std::nullopt;
  };
  for (Operation &inner : body.without_terminator()) {
    if (inner.getNumResults() != 1)
      return std::nullopt;
    auto form = [&](unsigned k) -> const SmallVector<double> * {
      auto it = linear.find(inner.getOperand(k));
      return it == linear.end() ? nullptr : &it->second;
    };
    SmallVector<double> out(n, 0.0);
    if (isa<arith::ConstantOp>(inner))
      continue;
    if (isa<arith::AddFOp, arith::SubFOp>(inner)) {
      const SmallVector<double> *p = form(0), *q = form(1);
      if (!p || !q)
        return std::nullopt;
      double sign = isa<arith::SubFOp>(inner) ? -1.0 : 1.0;
      for (unsigned i = 0; i < n; ++i)
        out[i] = (*p)[i] + sign * (*q)[i];
    } else if (isa<arith::MulFOp>(inner)) {
      const SmallVector<double> *p = form(0);
      std::optional<double> c = constant(inner.getOperand(1));
      if (!p) {
        p = form(1);
        c = constant(inner.getOperand(0));
      }
      if (!p || !c)
        return std::nullopt;
      for (unsigned i = 0; i < n; ++i)
        out[i] = (*p)[i] * *c;
    } else if (isa<arith::DivFOp>(inner)) {
      const SmallVector<double> *p = form(0);
      std::optional<double> c = constant(inner.getOperand(1));
      if (!p || !c || *c == 0.0)
        return std::nullopt;
      for (unsigned i = 0; i < n; ++i)
        out[i] = (*p)[i] / *c;
    } else if (isa<arith::NegFOp>(inner)) {
      const SmallVector<double> *p = form(0);
      if (!p)
        return std::nullopt;
      for (unsigned i = 0; i < n; ++i)
        out[i] = -(*p)[i];
    } else {
      return std::nullopt;
    }
    linear[inner.getResult(0)] = out;
  }
  auto it = linear.find(body.getTerminator()->getOperand(0));
  if (it == linear.end())
    return std::nullopt;
  return it->second;
}

/// `value` scaled by `coeffs[index along dim]`: at compile time when it is a
/// constant, else by an elementwise generic. `expr` gives the coefficient
/// index from the value's dims.
static Value scaleAlong(RewriterBase &rewriter, Location loc, Value value,
                        AffineExpr expr, ArrayRef<double> coeffs) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type)
    return Value();
  // Integer weights (e.g. a matmul of f32 by i8) cannot take a float scale.
  auto elementType = dyn_cast<FloatType>(type.getElementType());
  if (!elementType)
    return Value();
  DenseElementsAttr attr;
  if (matchPattern(value, m_Constant(&attr)) && type.hasStaticShape()) {
    // The coefficient of element i: a dim's index, or a constant.
    int64_t stride = 1, size = 1, fixed = 0;
    if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
      for (int64_t d = type.getRank() - 1; d > dim.getPosition(); --d)
        stride *= type.getDimSize(d);
      size = type.getDimSize(dim.getPosition());
    } else if (auto c = dyn_cast<AffineConstantExpr>(expr)) {
      fixed = c.getValue();
      if (fixed < 0 || fixed >= static_cast<int64_t>(coeffs.size()))
        return Value();
    } else {
      return Value();
    }
    bool isDim = isa<AffineDimExpr>(expr);
    SmallVector<APFloat> scaled;
    int64_t i = 0;
    for (APFloat v : attr.getValues<APFloat>()) {
      int64_t c = isDim ? (i / stride) % size : fixed;
      ++i;
      bool losesInfo;
      // Scale in f64, round once.
      APFloat wide(v.convertToDouble() * coeffs[c]);
      wide.convert(elementType.getFloatSemantics(),
                   APFloat::rmNearestTiesToEven, &losesInfo);
      scaled.push_back(wide);
    }
    return arith::ConstantOp::create(rewriter, loc,
                                     DenseElementsAttr::get(type, scaled));
  }
  auto coeffType =
      RankedTensorType::get({static_cast<int64_t>(coeffs.size())}, elementType);
  Value coeffVector = arith::ConstantOp::create(
      rewriter, loc, getFloatElementsAttr(coeffType, coeffs));
  unsigned rank = type.getRank();
  return buildElementwiseGeneric(
      rewriter, loc, {value, coeffVector}, value,
      {rewriter.getMultiDimIdentityMap(rank), AffineMap::get(rank, 0, expr)},
      [](OpBuilder &b, Location l, ValueRange args) -> Value {
        return arith::MulFOp::create(b, l, args[0], args[1]);
      });
}

/// The input of `op` (preferably input 1, the weights) whose map has the
/// loop dim `dim` as a result, and that result's position.
static std::optional<std::pair<OpOperand *, int64_t>>
findOperandIndexedBy(linalg::LinalgOp op, unsigned dim) {
  for (int64_t i : {1, 0}) {
    if (i >= op.getNumDpsInputs())
      continue;
    OpOperand *operand = op.getDpsInputOperand(i);
    AffineMap map = op.getMatchingIndexingMap(operand);
    for (auto [pos, expr] : llvm::enumerate(map.getResults()))
      if (expr == getAffineDimExpr(dim, op.getContext()))
        return std::make_pair(operand, static_cast<int64_t>(pos));
  }
  return std::nullopt;
}

/// Weights scaled by coefficients other than 1 must be constants (scaled at
/// compile time): scaling run-time weights costs a pass over them per call,
/// more than the fold saves (W4, weights as arguments: 0.64x of unfused).
static LogicalResult checkScalableWeights(RewriterBase &rewriter,
                                          Operation *combiner, Value weights,
                                          ArrayRef<double> coeffs,
                                          bool alwaysScaled) {
  bool nonUnit = llvm::any_of(coeffs, [](double c) { return c != 1.0; });
  if (alwaysScaled || nonUnit) {
    // Integer weights (a mixed-precision product) take no float scale.
    auto type = dyn_cast<RankedTensorType>(weights.getType());
    if (!type || !isa<FloatType>(type.getElementType()))
      return rewriter.notifyMatchFailure(
          combiner, "the weights to scale are not a floating-point tensor");
  }
  if (!nonUnit || matchPattern(weights, m_Constant()))
    return success();
  return rewriter.notifyMatchFailure(
      combiner, "the weights to scale are not constants: scaling them would "
                "cost a pass over them per call");
}

/// Case 1: the inputs are the N slices of one batched contraction.
static FailureOr<Value> foldBatchedCombiner(RewriterBase &rewriter,
                                            linalg::GenericOp combiner,
                                            ArrayRef<double> coeffs) {
  Value source;
  SmallVector<int64_t> order;
  auto notSlices = [&] {
    return rewriter.notifyMatchFailure(
        combiner, "the inputs are not the unit slices of one batched tensor "
                  "along its first dim");
  };
  for (Value input : combiner.getDpsInputs()) {
    auto slice = input.getDefiningOp<tensor::ExtractSliceOp>();
    if (!slice || !input.hasOneUse())
      return notSlices();
    if (source && slice.getSource() != source)
      return notSlices();
    source = slice.getSource();
    auto sourceType = cast<RankedTensorType>(source.getType());
    if (sourceType.getRank() == 0)
      return notSlices();
    std::optional<int64_t> offset =
        getConstantIntValue(slice.getMixedOffsets().front());
    // An offset from an SSA constant is not bounded by the verifier.
    if (!offset || *offset < 0 || *offset >= sourceType.getDimSize(0) ||
        !slice.hasUnitStride() ||
        slice.getType() != combiner.getResult(0).getType() ||
        sourceType.getRank() != slice.getType().getRank() + 1)
      return notSlices();
    for (auto [d, size] : llvm::enumerate(slice.getStaticSizes()))
      if (size != (d == 0 ? 1 : sourceType.getDimSize(d)) ||
          (d > 0 && slice.getStaticOffsets()[d] != 0))
        return notSlices();
    if (llvm::is_contained(order, *offset))
      return notSlices();
    order.push_back(*offset);
  }
  auto sourceType = cast<RankedTensorType>(source.getType());
  if (sourceType.getDimSize(0) != static_cast<int64_t>(order.size()))
    return notSlices();
  SmallVector<double> perBranch(order.size(), 0.0);
  for (auto [i, b] : llvm::enumerate(order))
    perBranch[b] += coeffs[i];
  auto producer = source.getDefiningOp<linalg::LinalgOp>();
  if (!producer || !isAccumulatingContraction(producer) ||
      !producer.hasPureTensorSemantics() ||
      llvm::any_of(source.getUsers(), [](Operation *user) {
        return !isa<tensor::ExtractSliceOp>(user);
      }))
    return rewriter.notifyMatchFailure(
        combiner, "the batched branch outputs are not produced by a "
                  "contraction used only by the combiner");
  AffineMap outMap =
      producer.getIndexingMapMatchingResult(cast<OpResult>(source));
  auto branchDim = dyn_cast<AffineDimExpr>(outMap.getResult(0));
  if (!branchDim || producer.getIteratorTypesArray()[branchDim.getPosition()] !=
                        utils::IteratorType::parallel)
    return rewriter.notifyMatchFailure(combiner,
                                       "the branch dim is not a loop dim");
  std::optional<std::pair<OpOperand *, int64_t>> scaled =
      findOperandIndexedBy(producer, branchDim.getPosition());
  if (!scaled)
    return rewriter.notifyMatchFailure(
        combiner, "no input of the contraction is indexed by the branch dim");
  if (failed(checkScalableWeights(rewriter, combiner, scaled->first->get(),
                                  perBranch, /*alwaysScaled=*/true)))
    return failure();

  Location loc = combiner.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(combiner);
  // The contraction in generic form, to change its maps and iterators.
  IRMapping mapping;
  FailureOr<linalg::GenericOp> generalized =
      cloneAsGeneric(rewriter, producer, mapping);
  if (failed(generalized))
    return rewriter.notifyMatchFailure(combiner,
                                       "cannot generalize the contraction");
  linalg::GenericOp generic = *generalized;
  // Weights scaled per branch; init: sum_b c_b * init[b].
  OpOperand *weights =
      &generic->getOpOperand(scaled->first->getOperandNumber());
  Value newWeights =
      scaleAlong(rewriter, loc, weights->get(),
                 rewriter.getAffineDimExpr(scaled->second), perBranch);
  Value init = generic.getDpsInitOperand(0)->get();
  auto initType = cast<RankedTensorType>(init.getType());
  auto resultType = cast<RankedTensorType>(combiner.getResult(0).getType());
  Value scaledInit =
      scaleAlong(rewriter, loc, init, rewriter.getAffineDimExpr(0), perBranch);
  Value empty = createEmptyLike(rewriter, loc, combiner.getDpsInits()[0]);
  Value zero = arith::ConstantOp::create(
      rewriter, loc, resultType.getElementType(),
      rewriter.getFloatAttr(resultType.getElementType(), 0.0));
  Value zeros =
      linalg::FillOp::create(rewriter, loc, zero, empty)->getResult(0);
  unsigned rank = initType.getRank();
  SmallVector<AffineExpr> dropFirst;
  for (unsigned d = 1; d < rank; ++d)
    dropFirst.push_back(rewriter.getAffineDimExpr(d));
  SmallVector<utils::IteratorType> reduceFirst(rank,
                                               utils::IteratorType::parallel);
  reduceFirst[0] = utils::IteratorType::reduction;
  Value newInit =
      linalg::GenericOp::create(
          rewriter, loc, TypeRange{resultType}, ValueRange{scaledInit},
          ValueRange{zeros},
          ArrayRef<AffineMap>{
              rewriter.getMultiDimIdentityMap(rank),
              AffineMap::get(rank, 0, dropFirst, rewriter.getContext())},
          reduceFirst,
          [](OpBuilder &b, Location l, ValueRange args) {
            linalg::YieldOp::create(
                b, l,
                ValueRange{arith::AddFOp::create(b, l, args[1], args[0])});
          })
          .getResult(0);
  // The contraction with the branch dim reduced.
  SmallVector<AffineMap> maps = generic.getIndexingMapsArray();
  AffineMap out = maps.back();
  maps.back() = out.dropResult(0);
  SmallVector<utils::IteratorType> iterators = generic.getIteratorTypesArray();
  iterators[branchDim.getPosition()] = utils::IteratorType::reduction;
  SmallVector<Value> inputs = generic.getDpsInputs();
  inputs[weights->getOperandNumber()] = newWeights;
  auto folded =
      linalg::GenericOp::create(rewriter, loc, TypeRange{resultType}, inputs,
                                ValueRange{newInit}, maps, iterators);
  rewriter.inlineRegionBefore(generic.getRegion(), folded.getRegion(),
                              folded.getRegion().end());
  rewriter.eraseOp(generic);
  rewriter.replaceOp(combiner, folded.getResult(0));
  for (Operation *user : llvm::make_early_inc_range(source.getUsers()))
    rewriter.eraseOp(user);
  rewriter.eraseOp(producer);
  return folded.getResult(0);
}

/// Case 2: each input is produced by its own contraction.
static FailureOr<Value> foldSeparateCombiner(RewriterBase &rewriter,
                                             linalg::GenericOp combiner,
                                             ArrayRef<double> coeffs) {
  SmallVector<linalg::LinalgOp> producers;
  for (OpOperand *input : combiner.getDpsInputOperands()) {
    auto producer = input->get().getDefiningOp<linalg::LinalgOp>();
    if (!producer || !isAccumulatingContraction(producer))
      return rewriter.notifyMatchFailure(
          combiner, "input #" + std::to_string(input->getOperandNumber()) +
                        " is not produced by a contraction (a nonlinear "
                        "epilogue such as a ReLU ends the branch)");
    if (!input->get().hasOneUse() || !producer.hasPureTensorSemantics() ||
        input->get().getType() != combiner.getResult(0).getType() ||
        llvm::is_contained(producers, producer))
      return rewriter.notifyMatchFailure(
          combiner, "input #" + std::to_string(input->getOperandNumber()) +
                        " has other uses or another type");
    if (!producer.getIndexingMapMatchingResult(cast<OpResult>(input->get()))
             .isProjectedPermutation())
      return rewriter.notifyMatchFailure(combiner,
                                         "a contraction's output map is "
                                         "not a projected permutation");
    producers.push_back(producer);
  }
  for (auto [producer, c] : llvm::zip(producers, coeffs))
    if (failed(checkScalableWeights(rewriter, combiner,
                                    producer.getDpsInputOperand(1)->get(), {c},
                                    /*alwaysScaled=*/false)))
      return failure();
  Location loc = combiner.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(combiner);
  // The first accumulator: sum_i c_i * init_i.
  SmallVector<Value> inits;
  for (linalg::LinalgOp producer : producers)
    inits.push_back(producer.getDpsInitOperand(0)->get());
  Value acc = buildElementwiseGeneric(
      rewriter, loc, inits, inits.front(), {},
      [&](OpBuilder &b, Location l, ValueRange args) -> Value {
        Value sum;
        for (auto [v, c] : llvm::zip(args, coeffs)) {
          Value term = v;
          if (c != 1.0)
            term = arith::MulFOp::create(
                b, l, v,
                arith::ConstantOp::create(b, l, v.getType(),
                                          b.getFloatAttr(v.getType(), c)));
          sum = sum ? arith::AddFOp::create(b, l, sum, term) : term;
        }
        return sum;
      });
  for (auto [producer, c] : llvm::zip(producers, coeffs)) {
    SmallVector<Value> operands = producer->getOperands();
    if (c != 1.0) {
      // Scale the weights (input 1) by c: a constant map to index 0.
      OpOperand *weights = producer.getDpsInputOperand(1);
      operands[weights->getOperandNumber()] =
          scaleAlong(rewriter, loc, weights->get(),
                     rewriter.getAffineConstantExpr(0), {c});
    }
    operands[producer.getDpsInitOperand(0)->getOperandNumber()] = acc;
    Operation *clone = rewriter.clone(*producer);
    clone->setOperands(operands);
    acc = clone->getResult(0);
  }
  rewriter.replaceOp(combiner, acc);
  for (linalg::LinalgOp producer : producers)
    rewriter.eraseOp(producer);
  return acc;
}

FailureOr<Value>
mlir::fusion::foldCombinerIntoContractions(RewriterBase &rewriter,
                                           linalg::GenericOp combiner) {
  if (!combiner.hasPureTensorSemantics() || combiner.getNumDpsInits() != 1 ||
      combiner.getNumDpsInputs() < 2 ||
      combiner.getNumParallelLoops() != combiner.getNumLoops() ||
      !llvm::all_of(combiner.getIndexingMapsArray(),
                    [](AffineMap m) { return m.isIdentity(); }))
    return rewriter.notifyMatchFailure(
        combiner, "not an elementwise combiner of same-shaped tensors");
  if (!isa<FloatType>(cast<RankedTensorType>(combiner.getResult(0).getType())
                          .getElementType()))
    return rewriter.notifyMatchFailure(combiner, "not a float combiner");
  std::optional<SmallVector<double>> coeffs = getLinearCoefficients(combiner);
  if (!coeffs)
    return rewriter.notifyMatchFailure(
        combiner, "not a constant linear combination (sum or mean); gates "
                  "and attention weigh per element at run time");
  if (llvm::all_of(combiner.getDpsInputs(), [](Value v) {
        return v.getDefiningOp<tensor::ExtractSliceOp>();
      }))
    return foldBatchedCombiner(rewriter, combiner, *coeffs);
  return foldSeparateCombiner(rewriter, combiner, *coeffs);
}

namespace {
struct FusionFoldCombinersPass
    : fusion::impl::FusionFoldCombinersPassBase<FusionFoldCombinersPass> {
  void runOnOperation() override {
    // Candidates: elementwise generics combining contraction results.
    SmallVector<linalg::GenericOp> candidates;
    getOperation()->walk([&](linalg::GenericOp op) {
      if (op.getNumDpsInputs() < 2)
        return;
      bool allContractions = llvm::all_of(op.getDpsInputs(), [](Value v) {
        Operation *def = v.getDefiningOp();
        if (auto slice = dyn_cast_or_null<tensor::ExtractSliceOp>(def))
          def = slice.getSource().getDefiningOp();
        return isAccumulatingContraction(def);
      });
      if (allContractions)
        candidates.push_back(op);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (linalg::GenericOp combiner : candidates) {
      if (listener.erased.contains(combiner))
        continue;
      Location loc = combiner.getLoc();
      unsigned n = combiner.getNumDpsInputs();
      int64_t bytes =
          (n + 1) * getStaticSizeInBytes(combiner.getResult(0).getType());
      listener.reason.clear();
      if (succeeded(foldCombinerIntoContractions(rewriter, combiner))) {
        ++numFolded;
        reportDecision(loc, "fusion-fold-combiners", "CombinerFolded", true,
                       "folded the combiner of " + std::to_string(n) +
                           " branch outputs into their contractions; saves ~" +
                           std::to_string(bytes) + " bytes of memory traffic");
        continue;
      }
      ++numRefused;
      reportDecision(loc, "fusion-fold-combiners", "CombinerNotFolded", false,
                     "not folded: " + listener.reason);
    }
  }
};
} // namespace
