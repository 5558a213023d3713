//===- FuseSiblings.cpp - Horizontal fusion of sibling matmuls ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// matmul(x, W0), matmul(x, W1), ... sharing their LHS (Q/K/V projections,
// the first layers of an ensemble on one input) become one matmul of x by
// the weights concatenated along N, followed by slices of the result.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/MapVector.h"

#define DEBUG_TYPE "fusion-fuse-siblings"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONFUSESIBLINGSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Whether `op` can join a sibling group: a default-form matmul on tensors
/// with static shapes.
static LogicalResult checkSibling(linalg::MatmulOp op, std::string &why) {
  if (op.hasUserDefinedMaps()) {
    why = "transposed or broadcast matmul";
    return failure();
  }
  if (!op.hasPureTensorSemantics()) {
    why = "not on tensors";
    return failure();
  }
  if (op.hasDynamicShape()) {
    why = "dynamic shapes";
    return failure();
  }
  return success();
}

/// The scalar a `linalg.fill` init fills with, or null.
static Value getFillValue(Value init) {
  if (auto fill = init.getDefiningOp<linalg::FillOp>())
    return fill.getInputs().front();
  return {};
}

FailureOr<SmallVector<Value>>
mlir::fusion::fuseSiblingMatmuls(RewriterBase &rewriter,
                                 ArrayRef<linalg::MatmulOp> group) {
  if (group.size() < 2)
    return failure();
  linalg::MatmulOp first = group.front();
  Value lhs = first.getDpsInputOperand(0)->get();
  Type elementType = getElementTypeOrSelf(first.getResult(0).getType());
  for (linalg::MatmulOp op : group) {
    std::string why;
    if (failed(checkSibling(op, why)))
      return rewriter.notifyMatchFailure(op, why);
    if (op.getDpsInputOperand(0)->get() != lhs)
      return rewriter.notifyMatchFailure(op, "does not share the LHS");
    if (getElementTypeOrSelf(op.getResult(0).getType()) != elementType ||
        getElementTypeOrSelf(op.getDpsInputOperand(1)->get().getType()) !=
            elementType)
      return rewriter.notifyMatchFailure(op, "mixed element types");
  }

  // Insert after the last sibling: every operand dominates it. Every user of
  // a sibling's result must come after it too.
  linalg::MatmulOp last = first;
  for (linalg::MatmulOp op : group) {
    if (op->getBlock() != first->getBlock())
      return rewriter.notifyMatchFailure(op, "siblings in different blocks");
    if (last->isBeforeInBlock(op))
      last = op;
  }
  DominanceInfo dom(last->getParentOp());
  for (linalg::MatmulOp op : group)
    for (Operation *user : op->getUsers())
      if (!dom.properlyDominates(last.getOperation(), user))
        return rewriter.notifyMatchFailure(
            op, "its result is used before the last sibling");

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointAfter(last);
  Location loc = first.getLoc();
  auto resultType0 = cast<RankedTensorType>(first.getResult(0).getType());
  int64_t m = resultType0.getDimSize(0);
  SmallVector<Value> weights, inits;
  SmallVector<int64_t> widths;
  int64_t total = 0;
  for (linalg::MatmulOp op : group) {
    weights.push_back(op.getDpsInputOperand(1)->get());
    inits.push_back(op.getDpsInitOperand(0)->get());
    int64_t n = cast<RankedTensorType>(op.getResult(0).getType()).getDimSize(1);
    widths.push_back(n);
    total += n;
  }
  int64_t k = cast<RankedTensorType>(weights.front().getType()).getDimSize(0);
  auto weightType = RankedTensorType::get({k, total}, elementType);
  auto resultType = RankedTensorType::get({m, total}, elementType);
  // Constant weights are concatenated at compile time; others at run time.
  Value weight;
  SmallVector<DenseElementsAttr> constants;
  for (Value w : weights) {
    DenseElementsAttr attr;
    if (!matchPattern(w, m_Constant(&attr)))
      break;
    constants.push_back(attr);
  }
  if (constants.size() == weights.size()) {
    SmallVector<Attribute> values;
    values.reserve(k * total);
    SmallVector<SmallVector<Attribute>> columns;
    for (DenseElementsAttr attr : constants)
      columns.push_back(llvm::to_vector(attr.getValues<Attribute>()));
    for (int64_t row = 0; row < k; ++row)
      for (auto [column, n] : llvm::zip_equal(columns, widths))
        for (int64_t j = 0; j < n; ++j)
          values.push_back(column[row * n + j]);
    weight = arith::ConstantOp::create(
        rewriter, loc, DenseElementsAttr::get(weightType, values));
  } else {
    weight = tensor::ConcatOp::create(rewriter, loc, weightType, 1, weights);
  }

  // The accumulator: one fill when every sibling fills with the same value,
  // else the inits side by side.
  Value fillValue = getFillValue(inits.front());
  bool sameFill = fillValue && llvm::all_of(inits, [&](Value init) {
                    return getFillValue(init) == fillValue;
                  });
  Value init;
  if (sameFill) {
    Value empty = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                          elementType);
    init = linalg::FillOp::create(rewriter, loc, fillValue, empty).getResult(0);
  } else {
    init = tensor::ConcatOp::create(rewriter, loc, resultType, 1, inits);
  }
  auto fused =
      linalg::MatmulOp::create(rewriter, loc, TypeRange{resultType},
                               ValueRange{lhs, weight}, ValueRange{init});

  SmallVector<Value> slices;
  int64_t offset = 0;
  for (auto [op, n] : llvm::zip_equal(group, widths)) {
    SmallVector<OpFoldResult> offsets{rewriter.getIndexAttr(0),
                                      rewriter.getIndexAttr(offset)};
    SmallVector<OpFoldResult> sizes{rewriter.getIndexAttr(m),
                                    rewriter.getIndexAttr(n)};
    SmallVector<OpFoldResult> strides(2, rewriter.getIndexAttr(1));
    Value slice = tensor::ExtractSliceOp::create(
        rewriter, loc, fused.getResult(0), offsets, sizes, strides);
    slices.push_back(slice);
    offset += n;
  }
  for (auto [op, slice] : llvm::zip_equal(group, slices))
    rewriter.replaceOp(op, slice);
  return slices;
}

namespace {
struct FusionFuseSiblingsPass
    : fusion::impl::FusionFuseSiblingsPassBase<FusionFuseSiblingsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (maxGroupSize < 2) {
      emitError(getOperation()->getLoc())
          << "fusion-fuse-siblings: max-group-size must be >= 2, not "
          << static_cast<int64_t>(maxGroupSize);
      return signalPassFailure();
    }
    // Matmuls grouped by (block, LHS), in program order.
    llvm::MapVector<std::pair<Block *, Value>, SmallVector<linalg::MatmulOp>>
        groups;
    getOperation()->walk([&](linalg::MatmulOp op) {
      std::string why;
      if (failed(checkSibling(op, why)))
        return;
      groups[{op->getBlock(), op.getDpsInputOperand(0)->get()}].push_back(op);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (auto &entry : groups) {
      ArrayRef<linalg::MatmulOp> all = entry.second;
      if (all.size() < 2)
        continue;
      for (size_t start = 0; start + 1 < all.size();
           start += static_cast<size_t>(maxGroupSize)) {
        ArrayRef<linalg::MatmulOp> group = all.slice(
            start, std::min<size_t>(maxGroupSize, all.size() - start));
        if (group.size() < 2)
          continue;
        Location loc = group.front()->getLoc();
        int64_t n = group.size();
        bool constantWeights = llvm::all_of(group, [](linalg::MatmulOp op) {
          return matchPattern(op.getDpsInputOperand(1)->get(), m_Constant());
        });
        if (!constantWeights && !runtimeWeights) {
          ++numRefused;
          reportDecision(loc, "fusion-fuse-siblings", "SiblingsNotFused", false,
                         "not fused: " + std::to_string(n) +
                             " matmuls share their LHS but their weights are "
                             "not all constants; concatenating them would "
                             "copy them on every call (runtime-weights=true "
                             "fuses anyway)");
          continue;
        }
        listener.reason.clear();
        if (failed(fuseSiblingMatmuls(rewriter, group))) {
          ++numRefused;
          reportDecision(loc, "fusion-fuse-siblings", "SiblingsNotFused", false,
                         "not fused: " + std::to_string(n) +
                             " matmuls share their LHS but cannot be merged: " +
                             listener.reason);
          continue;
        }
        numFused += n;
        reportDecision(loc, "fusion-fuse-siblings", "SiblingsFused", true,
                       "fused " + std::to_string(n) +
                           " matmuls sharing their LHS into one; the LHS is "
                           "read once instead of " +
                           std::to_string(n) + " times");
      }
    }
  }
};
} // namespace
