//===- SplitReductions.cpp - Reductions over rows in two steps ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A reduction over several loops with a small result (a global average
// pool: 14x14x240 summed to 240 channels) has one tile on the CPU, which
// the thread split then divides by channels: each thread reads every row of
// a map that its producer wrote split by rows, half of it from the other
// core's cache. Reduced in two steps instead, first within each row (the
// outermost reduction loop made parallel: one partial result per row),
// then across the rows, the first step's tiles are rows, which the threads
// share as they shared the producer's.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/Support/FormatVariadic.h"

#define DEBUG_TYPE "fusion-split-reductions"

STATISTIC(numSplit, "Reductions split into rows and a sum of the rows");

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONSPLITREDUCTIONSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// The op combining `op`'s accumulator with each element (its body yields
/// `combine(x, acc)` or `combine(acc, x)`, the accumulator used nowhere
/// else), with a known neutral element, on scalar integers without
/// overflow flags (nsw: a row's partial sum may overflow where the whole
/// sum in order does not) or floats with a zero; null otherwise.
static Operation *getCombiner(linalg::GenericOp op) {
  Block &body = op.getRegion().front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  if (yield.getNumOperands() != 1)
    return nullptr;
  BlockArgument acc = body.getArgument(body.getNumArguments() - 1);
  Operation *combiner = yield.getOperand(0).getDefiningOp();
  if (!combiner || combiner->getBlock() != &body ||
      combiner->getNumOperands() != 2 || combiner->getNumResults() != 1 ||
      !acc.hasOneUse() || acc.getUses().begin()->getOwner() != combiner ||
      combiner->getOperand(0) == combiner->getOperand(1))
    return nullptr;
  // upstream's getNeutralElement casts the type to a float or an integer
  // type (index, vectors: a crash).
  Type type = combiner->getResult(0).getType();
  if (auto floatType = dyn_cast<FloatType>(type)) {
    if (!llvm::APFloatBase::semanticsHasZero(floatType.getFloatSemantics()))
      return nullptr;
  } else if (!isa<IntegerType>(type)) {
    return nullptr;
  }
  if (auto flags =
          dyn_cast<arith::ArithIntegerOverflowFlagsInterface>(combiner);
      flags &&
      flags.getOverflowAttr().getValue() != arith::IntegerOverflowFlags::none)
    return nullptr;
  if (!arith::getNeutralElement(combiner))
    return nullptr;
  return combiner;
}

FailureOr<std::pair<linalg::GenericOp, linalg::GenericOp>>
mlir::fusion::splitReductionByRows(RewriterBase &rewriter, linalg::GenericOp op,
                                   int64_t maxResultElements) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      op.getNumResults() != 1 || op.hasDynamicShape())
    return rewriter.notifyMatchFailure(op, "not a static op on tensors with "
                                           "one result");
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  SmallVector<unsigned> reductions;
  op.getReductionDims(reductions);
  if (reductions.size() < 2)
    return rewriter.notifyMatchFailure(op, "fewer than two reduction loops");
  // The rows: the outermost reduction loop; the rest is reduced per row.
  unsigned rows = reductions.front();
  SmallVector<int64_t> rowRanges, resultRanges;
  for (unsigned d : ArrayRef(reductions).drop_front())
    rowRanges.push_back(ranges[d]);
  for (auto [range, it] : llvm::zip(ranges, iterators))
    if (it == utils::IteratorType::parallel)
      resultRanges.push_back(range);
  int64_t perRow = getSaturatingProduct(rowRanges);
  if (ranges[rows] < 2 || perRow < 2)
    return rewriter.notifyMatchFailure(op, "fewer than two rows, or of one "
                                           "element each");
  int64_t resultElements = getSaturatingProduct(resultRanges);
  if (resultElements > maxResultElements)
    return rewriter.notifyMatchFailure(
        op, llvm::formatv("a result of {0} elements (more than {1}) has tiles "
                          "enough",
                          resultElements, maxResultElements));
  // One operand is reduced, read through a projected permutation (a map,
  // not a window); the others are constant along the reduction (a
  // per-channel scale), so that the partial results read what the whole
  // reduction read.
  int64_t reduced = 0;
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    bool readsReduction = llvm::any_of(
        reductions, [&](unsigned d) { return map.isFunctionOfDim(d); });
    if (!readsReduction)
      continue;
    if (++reduced > 1 || !map.isProjectedPermutation())
      return rewriter.notifyMatchFailure(
          op, "not the reduction of one operand read through a projected "
              "permutation (a contraction or a window)");
  }
  if (reduced == 0)
    return rewriter.notifyMatchFailure(op, "no operand is reduced");
  Operation *combiner = getCombiner(op);
  if (!combiner)
    return rewriter.notifyMatchFailure(
        op, "the body does not combine the accumulator once, by an op with a "
            "neutral element (add, mul, max, min, and, or, xor) on scalar "
            "floats or integers without overflow flags");
  OpOperand *init = op.getDpsInitOperand(0);
  AffineMap outMap = op.getMatchingIndexingMap(init);
  for (AffineExpr e : outMap.getResults()) {
    auto dim = dyn_cast<AffineDimExpr>(e);
    auto cst = dyn_cast<AffineConstantExpr>(e);
    if (!(dim &&
          iterators[dim.getPosition()] == utils::IteratorType::parallel) &&
        !(cst && cst.getValue() == 0))
      return rewriter.notifyMatchFailure(
          op, "the result is not indexed by parallel loops and zeros");
  }

  // The partial results: the op's loops, the rows parallel; a tensor of the
  // parallel loops and the rows, in loop order, starting from the neutral
  // element.
  MLIRContext *ctx = op.getContext();
  Location loc = op.getLoc();
  Type elementType = getElementTypeOrSelf(init->get().getType());
  SmallVector<int64_t> partialShape;
  SmallVector<AffineExpr> partialResults;
  // Position in the partial tensor of each of the op's loops (-1: reduced
  // per row).
  SmallVector<int64_t> position(ranges.size(), -1);
  for (auto [d, it] : llvm::enumerate(iterators)) {
    if (it != utils::IteratorType::parallel && d != rows)
      continue;
    position[d] = partialShape.size();
    partialShape.push_back(ranges[d]);
    partialResults.push_back(getAffineDimExpr(d, ctx));
  }
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  TypedAttr neutral = *arith::getNeutralElement(combiner);
  // x + -0 = x for every x, +0 included (getNeutralElement gives +0, which
  // turns a row of -0 into +0).
  if (auto add = dyn_cast<arith::AddFOp>(combiner);
      add &&
      !arith::bitEnumContainsAll(add.getFastmath(), arith::FastMathFlags::nsz))
    neutral = rewriter.getFloatAttr(
        elementType,
        APFloat::getZero(cast<FloatType>(elementType).getFloatSemantics(),
                         /*Negative=*/true));
  Value empty =
      tensor::EmptyOp::create(rewriter, loc, partialShape, elementType);
  Value identity = arith::ConstantOp::create(rewriter, loc, neutral);
  Value partialInit =
      linalg::FillOp::create(rewriter, loc, identity, empty).getResult(0);
  SmallVector<AffineMap> partialMaps = op.getIndexingMapsArray();
  partialMaps.back() = AffineMap::get(ranges.size(), 0, partialResults, ctx);
  SmallVector<utils::IteratorType> partialIterators(iterators);
  partialIterators[rows] = utils::IteratorType::parallel;
  auto partial = linalg::GenericOp::create(rewriter, loc, partialInit.getType(),
                                           op.getDpsInputs(), partialInit,
                                           partialMaps, partialIterators);
  rewriter.cloneRegionBefore(op.getRegion(), partial.getRegion(),
                             partial.getRegion().begin());

  // The sum (or max, ...) of the rows into the op's own init, with the
  // op's combiner.
  int64_t partialRank = partialShape.size();
  SmallVector<utils::IteratorType> sumIterators(partialRank,
                                                utils::IteratorType::parallel);
  sumIterators[position[rows]] = utils::IteratorType::reduction;
  // The zeros of the result's map index unit dims (a pool's 1x1 of NCHW
  // kept by torch): the sum writes the init with those dims collapsed into
  // their neighbours, through a projected permutation (which linalg's
  // vectorizer needs; with the zeros, the sum ran as scalar loops), and its
  // result is expanded back.
  auto initType = cast<RankedTensorType>(init->get().getType());
  SmallVector<ReassociationIndices> groups;
  ReassociationIndices leading;
  bool collapse = !outMap.isProjectedPermutation();
  for (auto [i, e] : llvm::enumerate(outMap.getResults())) {
    if (isa<AffineDimExpr>(e)) {
      leading.push_back(i);
      groups.push_back(leading);
      leading.clear();
      continue;
    }
    if (initType.getDimSize(i) != 1)
      collapse = false;
    if (groups.empty())
      leading.push_back(i);
    else
      groups.back().push_back(i);
  }
  if (groups.empty())
    collapse = false;
  SmallVector<AffineExpr> sumResults;
  for (AffineExpr e : outMap.getResults()) {
    if (auto dim = dyn_cast<AffineDimExpr>(e))
      sumResults.push_back(getAffineDimExpr(position[dim.getPosition()], ctx));
    else if (!collapse)
      sumResults.push_back(e);
  }
  Value sumInit = init->get();
  // A fill is made again in the collapsed shape (so that kernel formation
  // keeps it in the sum's group), also where other ops read it (CSE merges
  // the equal fills of pools of one shape: the collapsed shared fill was a
  // kernel of its own, two in MobileNetV3-small); any other init is
  // collapsed.
  auto initFill = sumInit.getDefiningOp<linalg::FillOp>();
  if (collapse && initFill) {
    RankedTensorType flat =
        tensor::CollapseShapeOp::inferCollapsedType(initType, groups);
    Value flatEmpty = tensor::EmptyOp::create(rewriter, loc, flat.getShape(),
                                              flat.getElementType());
    sumInit = linalg::FillOp::create(rewriter, loc, initFill.getInputs(),
                                     ValueRange{flatEmpty})
                  .getResult(0);
  } else if (collapse) {
    initFill = nullptr;
    sumInit = tensor::CollapseShapeOp::create(rewriter, loc, sumInit, groups);
  } else {
    initFill = nullptr;
  }
  SmallVector<AffineMap> sumMaps = {
      AffineMap::getMultiDimIdentityMap(partialRank, ctx),
      AffineMap::get(partialRank, 0, sumResults, ctx)};
  bool accumulatorFirst =
      combiner->getOperand(0) == op.getRegion().front().getArguments().back();
  auto sum = linalg::GenericOp::create(
      rewriter, loc, sumInit.getType(), partial.getResult(0), sumInit, sumMaps,
      sumIterators, [&](OpBuilder &b, Location nested, ValueRange args) {
        IRMapping mapping;
        mapping.map(combiner->getOperand(accumulatorFirst ? 0 : 1), args[1]);
        mapping.map(combiner->getOperand(accumulatorFirst ? 1 : 0), args[0]);
        Operation *combined = b.clone(*combiner, mapping);
        linalg::YieldOp::create(b, nested, combined->getResult(0));
      });
  Value result = sum.getResult(0);
  if (collapse)
    result =
        tensor::ExpandShapeOp::create(rewriter, loc, initType, result, groups);
  rewriter.replaceOp(op, result);
  if (initFill && initFill->use_empty())
    rewriter.eraseOp(initFill);
  return std::make_pair(partial, sum);
}

namespace {
struct FusionSplitReductionsPass
    : fusion::impl::FusionSplitReductionsPassBase<FusionSplitReductionsPass> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> candidates;
    getOperation()->walk([&](linalg::GenericOp op) {
      if (op.getNumReductionLoops() >= 2)
        candidates.push_back(op);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (linalg::GenericOp op : candidates) {
      Location loc = op.getLoc();
      listener.reason.clear();
      auto split = splitReductionByRows(rewriter, op, maxResult);
      if (failed(split)) {
        reportDecision(loc, "fusion-split-reductions", "ReductionNotSplit",
                       false, "not split: " + listener.reason);
        continue;
      }
      ++numSplit;
      // The sum's one reduction loop runs over the rows.
      SmallVector<unsigned> rowLoop;
      split->second.getReductionDims(rowLoop);
      int64_t rows = split->second.getStaticLoopRanges()[rowLoop.front()];
      reportDecision(loc, "fusion-split-reductions", "ReductionSplit", true,
                     llvm::formatv("reduction split into {0} rows of partial "
                                   "results, then their sum",
                                   rows)
                         .str());
    }
  }
};
} // namespace
