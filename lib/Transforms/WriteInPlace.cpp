//===- WriteInPlace.cpp - Kernels write into padded and concat buffers ---===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A convolution's input is a pad of the previous kernel's result, and a
// concatenation is made of insertions of kernel results into slices: after
// bufferization each is a copy of a whole activation into a new buffer.
// Here the kernel writes its result into the padded buffer's interior (or
// into its slice of the concatenation) directly: the `tensor.empty` that
// its loops start from becomes that slice, so that one-shot bufferization
// finds the canonical extract-slice / write / insert-slice pattern and
// copies nothing. A pad becomes fills of the padded buffer's border, placed
// before the kernel, and an insertion of the kernel's result.
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Dominance.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONWRITEINPLACEPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// The use of a `tensor.empty` that `value`'s buffer starts from: the init
/// of the scf.for or scf.forall (a kernel's tile loops) or destination-style
/// op computing `value`, through the destinations of insert_slice chains (a
/// concatenation's parts). Null if the init is anything else: an op that
/// accumulates into a value computed elsewhere (a residual) must not be
/// followed to that value's empty tensor.
static OpOperand *getEmptyRoot(Value value) {
  // Bounded: concatenations have a few parts.
  for (int steps = 0; steps < 16; ++steps) {
    auto result = dyn_cast<OpResult>(value);
    if (!result)
      return nullptr;
    Operation *op = result.getOwner();
    OpOperand *init = nullptr;
    if (auto insert = dyn_cast<tensor::InsertSliceOp>(op)) {
      value = insert.getDest();
      continue;
    }
    if (auto loop = dyn_cast<scf::ForOp>(op))
      init = &loop.getInitArgsMutable()[result.getResultNumber()];
    else if (auto forall = dyn_cast<scf::ForallOp>(op))
      init = &forall.getOutputsMutable()[result.getResultNumber()];
    else if (auto dps = dyn_cast<DestinationStyleOpInterface>(op);
             dps && dps.hasPureTensorSemantics())
      init = dps.getTiedOpOperand(result);
    if (!init || !init->get().getDefiningOp<tensor::EmptyOp>())
      return nullptr;
    return init;
  }
  return nullptr;
}

/// Makes `value` available before `point` (same block): an operand-free
/// op (a static tensor.empty, a constant) moves there; an insert_slice (the
/// previous part of a concatenation) moves there if its operands can.
static bool makeAvailableBefore(Value value, Operation *point,
                                DominanceInfo &dominance, int depth = 0) {
  if (dominance.properlyDominates(value, point))
    return true;
  Operation *def = value.getDefiningOp();
  if (!def || depth > 4 || def->getBlock() != point->getBlock() ||
      def->getNumRegions() != 0 || !isPure(def))
    return false;
  if (!isa<tensor::EmptyOp, tensor::InsertSliceOp, arith::ConstantOp>(def))
    return false;
  for (Value operand : def->getOperands())
    if (!makeAvailableBefore(operand, point, dominance, depth + 1))
      return false;
  def->moveBefore(point);
  return true;
}

/// Uses of `insert`'s source after the insertion read it from the inserted
/// tensor instead (the same values): one-shot bufferization counts the
/// insertion as a write over the source's buffer, so a later read of the
/// source (a residual add reading a block's output that the next
/// convolution reads padded) would make it copy the source out of place.
static void readAfterInsertionFromIt(RewriterBase &rewriter,
                                     tensor::InsertSliceOp insert) {
  DominanceInfo dominance(insert->getParentOp());
  SmallVector<OpOperand *> later;
  for (OpOperand &use : insert.getSource().getUses())
    if (use.getOwner() != insert.getOperation() &&
        dominance.properlyDominates(insert.getOperation(), use.getOwner()))
      later.push_back(&use);
  if (later.empty())
    return;
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointAfter(insert);
  Value slice = tensor::ExtractSliceOp::create(
      rewriter, insert.getLoc(), insert.getSourceType(), insert.getResult(),
      insert.getMixedOffsets(), insert.getMixedSizes(),
      insert.getMixedStrides());
  for (OpOperand *use : later)
    rewriter.modifyOpInPlace(use->getOwner(), [&]() { use->set(slice); });
}

FailureOr<Value>
mlir::fusion::writeInsertedValueInPlace(RewriterBase &rewriter,
                                        tensor::InsertSliceOp insert) {
  OpOperand *root = getEmptyRoot(insert.getSource());
  if (!root)
    return rewriter.notifyMatchFailure(insert, "the inserted value is not "
                                               "computed into an empty "
                                               "tensor");
  Operation *user = root->getOwner();
  if (user->getBlock() != insert->getBlock())
    return rewriter.notifyMatchFailure(insert, "computed in another block");
  if (root->get().getType() != insert.getSourceType())
    return rewriter.notifyMatchFailure(insert, "the empty tensor's type "
                                               "differs from the slice's");
  DominanceInfo dominance(insert->getParentOp());
  SmallVector<Value> needed = {insert.getDest()};
  llvm::append_range(needed, insert.getOffsets());
  llvm::append_range(needed, insert.getSizes());
  llvm::append_range(needed, insert.getStrides());
  for (Value value : needed)
    if (!makeAvailableBefore(value, user, dominance))
      return rewriter.notifyMatchFailure(insert, "the destination is not "
                                                 "available before the "
                                                 "kernel");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(user);
  Value slice = tensor::ExtractSliceOp::create(
      rewriter, insert.getLoc(), insert.getSourceType(), insert.getDest(),
      insert.getMixedOffsets(), insert.getMixedSizes(),
      insert.getMixedStrides());
  rewriter.modifyOpInPlace(user, [&]() { root->set(slice); });
  readAfterInsertionFromIt(rewriter, insert);
  return slice;
}

/// Fills the border of `dest` around an interior of shape `interior` at
/// offsets `low` with `value`, one slice per side of each padded dimension
/// (dimensions before it only over the interior, those after it whole), so
/// that the interior, which the kernel overwrites, is not written twice:
/// 3.5% of ResNet-18's and MobileNetV3's padded activations instead of all
/// of them. Each slice is filled in place (extract, fill, insert).
static Value fillPadBorder(RewriterBase &rewriter, Location loc, Value value,
                           Value dest, ArrayRef<int64_t> low,
                           ArrayRef<int64_t> interior) {
  ArrayRef<int64_t> shape = cast<RankedTensorType>(dest.getType()).getShape();
  int64_t rank = shape.size();
  SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
  for (int64_t d = 0; d < rank; ++d) {
    int64_t high = shape[d] - low[d] - interior[d];
    for (auto [offset, size] : {std::pair<int64_t, int64_t>{0, low[d]},
                                {low[d] + interior[d], high}}) {
      if (size == 0)
        continue;
      SmallVector<int64_t> offsets(rank, 0), sizes(shape);
      for (int64_t j = 0; j < d; ++j) {
        offsets[j] = low[j];
        sizes[j] = interior[j];
      }
      offsets[d] = offset;
      sizes[d] = size;
      SmallVector<OpFoldResult> offsetValues =
          getAsIndexOpFoldResult(rewriter.getContext(), offsets);
      SmallVector<OpFoldResult> sizeValues =
          getAsIndexOpFoldResult(rewriter.getContext(), sizes);
      Value side = tensor::ExtractSliceOp::create(
          rewriter, loc, dest, offsetValues, sizeValues, strides);
      Value filled =
          linalg::FillOp::create(rewriter, loc, value, side).getResult(0);
      dest = tensor::InsertSliceOp::create(rewriter, loc, filled, dest,
                                           offsetValues, sizeValues, strides);
    }
  }
  return dest;
}

FailureOr<tensor::InsertSliceOp>
mlir::fusion::writePadSourceInPlace(RewriterBase &rewriter, tensor::PadOp pad,
                                    bool borderOnly) {
  Value padValue = pad.getConstantPaddingValue();
  RankedTensorType type = pad.getResultType();
  if (!padValue || !type.hasStaticShape() ||
      !pad.getSourceType().hasStaticShape() ||
      ShapedType::isDynamicShape(pad.getStaticLow()) ||
      ShapedType::isDynamicShape(pad.getStaticHigh()) ||
      llvm::any_of(pad.getStaticLow(), [](int64_t v) { return v < 0; }) ||
      llvm::any_of(pad.getStaticHigh(), [](int64_t v) { return v < 0; }))
    return rewriter.notifyMatchFailure(pad, "not a static, non-negative "
                                            "pad by a constant");
  OpOperand *root = getEmptyRoot(pad.getSource());
  if (!root || root->getOwner()->getBlock() != pad->getBlock())
    return rewriter.notifyMatchFailure(pad, "the source is not computed into "
                                            "an empty tensor in this block");
  Operation *user = root->getOwner();
  DominanceInfo dominance(pad->getParentOp());
  if (!makeAvailableBefore(padValue, user, dominance))
    return rewriter.notifyMatchFailure(pad, "the padding value is computed "
                                            "after the kernel");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(user);
  Location loc = pad.getLoc();
  Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                        type.getElementType());
  Value filled =
      borderOnly
          ? fillPadBorder(rewriter, loc, padValue, empty, pad.getStaticLow(),
                          pad.getSourceType().getShape())
          : linalg::FillOp::create(rewriter, loc, padValue, empty).getResult(0);
  SmallVector<OpFoldResult> offsets = pad.getMixedLowPad();
  SmallVector<OpFoldResult> sizes = getAsIndexOpFoldResult(
      rewriter.getContext(), pad.getSourceType().getShape());
  SmallVector<OpFoldResult> strides(type.getRank(), rewriter.getIndexAttr(1));
  Value slice = tensor::ExtractSliceOp::create(
      rewriter, loc, pad.getSourceType(), filled, offsets, sizes, strides);
  rewriter.modifyOpInPlace(user, [&]() { root->set(slice); });
  rewriter.setInsertionPoint(pad);
  auto insert = rewriter.replaceOpWithNewOp<tensor::InsertSliceOp>(
      pad, pad.getSource(), filled, offsets, sizes, strides);
  readAfterInsertionFromIt(rewriter, insert);
  return insert;
}

namespace {
struct FusionWriteInPlacePass
    : fusion::impl::FusionWriteInPlacePassBase<FusionWriteInPlacePass> {
  using Base::Base;
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<tensor::PadOp> pads;
    getOperation()->walk([&](tensor::PadOp pad) { pads.push_back(pad); });
    for (tensor::PadOp pad : pads)
      (void)fusion::writePadSourceInPlace(rewriter, pad, borderOnly);
    SmallVector<tensor::InsertSliceOp> inserts;
    getOperation()->walk([&](tensor::InsertSliceOp insert) {
      // Insertions into the loops' own iteration arguments (tiles) are
      // already in place.
      if (!isa<scf::ForOp, scf::ForallOp, scf::InParallelOp>(
              insert->getParentOp()))
        inserts.push_back(insert);
    });
    for (tensor::InsertSliceOp insert : inserts)
      (void)fusion::writeInsertedValueInPlace(rewriter, insert);
  }
};
} // namespace
