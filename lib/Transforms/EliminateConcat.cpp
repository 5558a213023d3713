//===- EliminateConcat.cpp - Early-fusion concats without copies --*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Early fusion joins representations with a concat, which costs a copy of
// every input. Two rewrites remove it:
// - a concat feeding a contraction along a reduction dim becomes partial
//   contractions, one per piece, accumulated into one result:
//     matmul(concat(a1, a2), w) = matmul(a2, w[k1:]; matmul(a1, w[:k1]))
// - the producers of a concat that is kept write straight into slices of one
//   destination (extract_slice / insert_slice pairs that bufferization
//   places in place), so no piece is copied.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#define DEBUG_TYPE "fusion-eliminate-concat"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONELIMINATECONCATPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Offsets, sizes and unit strides of piece `[offset, offset + size)` along
/// `dim` of a static `shape`.
static void getPiece(OpBuilder &b, ArrayRef<int64_t> shape, int64_t dim,
                     int64_t offset, int64_t size,
                     SmallVector<OpFoldResult> &offsets,
                     SmallVector<OpFoldResult> &sizes,
                     SmallVector<OpFoldResult> &strides) {
  offsets.assign(shape.size(), b.getIndexAttr(0));
  strides.assign(shape.size(), b.getIndexAttr(1));
  sizes.clear();
  for (int64_t s : shape)
    sizes.push_back(b.getIndexAttr(s));
  offsets[dim] = b.getIndexAttr(offset);
  sizes[dim] = b.getIndexAttr(size);
}

FailureOr<Value>
mlir::fusion::splitContractionAlongConcat(RewriterBase &rewriter,
                                          OpOperand *concatOperand) {
  auto concat = concatOperand->get().getDefiningOp<tensor::ConcatOp>();
  auto contraction = dyn_cast<linalg::LinalgOp>(concatOperand->getOwner());
  if (!concat || !contraction || !isAccumulatingContraction(contraction) ||
      !contraction.isDpsInput(concatOperand) ||
      !contraction.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(
        concatOperand->getOwner(),
        "not a concat feeding an input of a contraction");
  if (contraction.getNumDpsInputs() != 2)
    return rewriter.notifyMatchFailure(contraction,
                                       "the contraction has extra inputs");
  int64_t dim = concat.getDim();
  auto concatType = cast<RankedTensorType>(concat.getType());
  if (!concatType.hasStaticShape())
    return rewriter.notifyMatchFailure(contraction, "dynamic concat shape");
  AffineMap map = contraction.getMatchingIndexingMap(concatOperand);
  auto loopDim = dyn_cast<AffineDimExpr>(map.getResult(dim));
  if (!loopDim || contraction.getIteratorTypesArray()[loopDim.getPosition()] !=
                      utils::IteratorType::reduction)
    return rewriter.notifyMatchFailure(
        contraction, "the concat axis is not a reduction dim of the "
                     "contraction (a concat along a parallel dim is kept)");
  unsigned r = loopDim.getPosition();
  for (auto [i, expr] : llvm::enumerate(map.getResults()))
    if (static_cast<int64_t>(i) != dim && expr.isFunctionOfDim(r))
      return rewriter.notifyMatchFailure(
          contraction, "the concat axis' loop dim indexes the input twice");
  OpOperand *other =
      contraction.getDpsInputOperand(concatOperand->getOperandNumber() == 0);
  AffineMap otherMap = contraction.getMatchingIndexingMap(other);
  std::optional<int64_t> otherDim;
  for (auto [i, expr] : llvm::enumerate(otherMap.getResults())) {
    if (!expr.isFunctionOfDim(r))
      continue;
    if (expr != loopDim || otherDim)
      return rewriter.notifyMatchFailure(
          contraction, "the other input is not indexed directly by the "
                       "concat axis' loop dim");
    otherDim = i;
  }
  auto otherType = dyn_cast<RankedTensorType>(other->get().getType());
  if (!otherDim || !otherType || !otherType.hasStaticShape())
    return rewriter.notifyMatchFailure(
        contraction, "the other input does not have the concat axis");
  if (!concat->hasOneUse())
    return rewriter.notifyMatchFailure(contraction,
                                       "the concat has other uses");

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(contraction);
  Location loc = contraction.getLoc();
  Value acc = contraction.getDpsInitOperand(0)->get();
  int64_t offset = 0;
  for (Value piece : concat.getInputs()) {
    int64_t size = cast<RankedTensorType>(piece.getType()).getDimSize(dim);
    SmallVector<OpFoldResult> offsets, sizes, strides;
    getPiece(rewriter, otherType.getShape(), *otherDim, offset, size, offsets,
             sizes, strides);
    Value otherPiece = tensor::ExtractSliceOp::create(
        rewriter, loc, other->get(), offsets, sizes, strides);
    SmallVector<Value> operands = contraction->getOperands();
    operands[concatOperand->getOperandNumber()] = piece;
    operands[other->getOperandNumber()] = otherPiece;
    operands[contraction.getDpsInitOperand(0)->getOperandNumber()] = acc;
    Operation *partial = rewriter.clone(*contraction);
    partial->setOperands(operands);
    acc = partial->getResult(0);
    offset += size;
  }
  rewriter.replaceOp(contraction, acc);
  rewriter.eraseOp(concat);
  return acc;
}

/// A destination for `piece` in `dest`: `init` rebuilt on a slice of the
/// destination (tensor.empty, or a linalg.fill of one), or null.
static Value rebuildInitOnSlice(RewriterBase &rewriter, Location loc,
                                Value init, Value slice) {
  if (init.getDefiningOp<tensor::EmptyOp>())
    return slice;
  if (auto fill = init.getDefiningOp<linalg::FillOp>())
    if (fill.output().getDefiningOp<tensor::EmptyOp>())
      return linalg::FillOp::create(rewriter, loc, fill.value(), slice)
          ->getResult(0);
  return Value();
}

FailureOr<Value>
mlir::fusion::writeConcatInputsInPlace(RewriterBase &rewriter,
                                       tensor::ConcatOp concat) {
  auto type = cast<RankedTensorType>(concat.getType());
  if (!type.hasStaticShape())
    return rewriter.notifyMatchFailure(concat, "dynamic concat shape");
  int64_t dim = concat.getDim();
  for (auto [i, piece] : llvm::enumerate(concat.getInputs())) {
    auto producer = piece.getDefiningOp<linalg::LinalgOp>();
    if (!producer || !producer.hasPureTensorSemantics() ||
        producer->getNumResults() != 1 || !piece.hasOneUse())
      return rewriter.notifyMatchFailure(
          concat, "input #" + std::to_string(i) +
                      " is not the only use of a linalg op's result");
    Value init = producer.getDpsInitOperand(0)->get();
    auto fill = init.getDefiningOp<linalg::FillOp>();
    if (!init.getDefiningOp<tensor::EmptyOp>() &&
        !(fill && fill.output().getDefiningOp<tensor::EmptyOp>()))
      return rewriter.notifyMatchFailure(
          concat, "input #" + std::to_string(i) +
                      " accumulates into data (its init is not an empty "
                      "tensor or a fill of one)");
  }
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(concat);
  Location loc = concat.getLoc();
  Value dest = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                       type.getElementType());
  int64_t offset = 0;
  SmallVector<Operation *> producers;
  for (Value piece : concat.getInputs()) {
    auto producer = piece.getDefiningOp<linalg::LinalgOp>();
    int64_t size = cast<RankedTensorType>(piece.getType()).getDimSize(dim);
    SmallVector<OpFoldResult> offsets, sizes, strides;
    getPiece(rewriter, type.getShape(), dim, offset, size, offsets, sizes,
             strides);
    Value slice = tensor::ExtractSliceOp::create(
        rewriter, loc, cast<RankedTensorType>(piece.getType()), dest, offsets,
        sizes, strides);
    Value init = rebuildInitOnSlice(
        rewriter, loc, producer.getDpsInitOperand(0)->get(), slice);
    Operation *clone = rewriter.clone(*producer);
    clone->setOperand(producer.getDpsInitOperand(0)->getOperandNumber(), init);
    dest = tensor::InsertSliceOp::create(rewriter, loc, clone->getResult(0),
                                         dest, offsets, sizes, strides);
    producers.push_back(producer);
    offset += size;
  }
  rewriter.replaceOp(concat, dest);
  for (Operation *producer : producers)
    rewriter.eraseOp(producer);
  return dest;
}

namespace {
struct FusionEliminateConcatPass
    : fusion::impl::FusionEliminateConcatPassBase<FusionEliminateConcatPass> {
  void runOnOperation() override {
    SmallVector<tensor::ConcatOp> concats;
    getOperation()->walk([&](tensor::ConcatOp op) { concats.push_back(op); });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (tensor::ConcatOp concat : concats) {
      Location loc = concat.getLoc();
      int64_t bytes = 2 * getStaticSizeInBytes(concat.getType());
      std::string saves =
          "; saves ~" + std::to_string(bytes) + " bytes of memory traffic";
      // A concat feeding one contraction along a reduction dim: split it.
      std::string whyNotSplit;
      if (concat->hasOneUse()) {
        OpOperand &use = *concat->getUses().begin();
        listener.reason.clear();
        std::string consumer = use.getOwner()->getName().getStringRef().str();
        if (succeeded(splitContractionAlongConcat(rewriter, &use))) {
          ++numEliminated;
          reportDecision(loc, "fusion-eliminate-concat", "ConcatEliminated",
                         true,
                         "split " + consumer +
                             " into partial contractions over the concat's "
                             "pieces, accumulated into one result" +
                             saves);
          continue;
        }
        whyNotSplit = listener.reason;
      } else {
        whyNotSplit = "the concat has several uses";
      }
      // Otherwise: producers write into slices of one destination.
      listener.reason.clear();
      if (succeeded(writeConcatInputsInPlace(rewriter, concat))) {
        ++numInPlace;
        reportDecision(loc, "fusion-eliminate-concat", "ConcatInPlace", true,
                       "kept the concat (" + whyNotSplit +
                           "); its producers write into slices of one "
                           "destination" +
                           saves);
        continue;
      }
      // Concats of values no linalg op computes (stacked weights, function
      // arguments) join no representations: no remark.
      if (llvm::none_of(concat.getInputs(), [](Value v) {
            return v.getDefiningOp<linalg::LinalgOp>();
          }))
        continue;
      ++numRefused;
      reportDecision(loc, "fusion-eliminate-concat", "ConcatKept", false,
                     "concat copied: not split (" + whyNotSplit +
                         "), not written in place (" + listener.reason + ")");
    }
  }
};
} // namespace
