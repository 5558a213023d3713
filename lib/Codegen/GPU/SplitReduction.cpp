//===- SplitReduction.cpp - Split-K for contraction groups ---------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Split-K on the GPU: a contraction whose result has too few thread blocks
// to fill the device is split along its reduction into parts, computed as
// one batch of partial products (a contraction kernel with one more
// parallel loop), and summed by the kernel of the group's epilogue. The
// split itself is upstream's linalg::splitReduction (the parts' loop
// outermost in the partial results, so that each part's rows are
// contiguous); here the group is cut in two along it.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Codegen.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"

using namespace mlir;
using namespace mlir::fusion;

FailureOr<GroupOp> mlir::fusion::splitContractionGroupReduction(
    RewriterBase &rewriter, GroupOp group, linalg::LinalgOp anchor,
    int64_t parts) {
  if (parts < 2)
    return rewriter.notifyMatchFailure(anchor, "fewer than 2 parts");
  if (anchor->getParentOp() != group.getOperation())
    return rewriter.notifyMatchFailure(anchor, "not an op of the group");
  if (!anchor.hasPureTensorSemantics() || anchor.getNumDpsInits() != 1 ||
      anchor.getNumReductionLoops() != 1 || anchor.hasDynamicShape() ||
      !anchor.hasOnlyProjectedPermutations())
    return rewriter.notifyMatchFailure(
        anchor, "not one static reduction loop on tensors with one result, "
                "read through projected permutations");
  // The partial products move into a group of their own: their operands
  // must be the group's inputs or constants, not computed here.
  for (OpOperand *input : anchor.getDpsInputOperands())
    if (Operation *def = input->get().getDefiningOp();
        def && !def->hasTrait<OpTrait::ConstantLike>())
      return rewriter.notifyMatchFailure(anchor, "an operand is computed in "
                                                 "the group");
  int64_t extent = 0;
  for (auto [range, it] :
       llvm::zip(anchor.getStaticLoopRanges(), anchor.getIteratorTypesArray()))
    if (it == utils::IteratorType::reduction)
      extent = range;
  if (extent % parts != 0)
    return rewriter.notifyMatchFailure(anchor, "the parts do not divide "
                                               "the reduction");
  // Upstream's split checks its combiner (one op with a known identity)
  // before it changes anything; the move below cannot fail once the
  // operands are inputs or constants (the slice moved is their reshapes,
  // the parts' initializer and the partial products).
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(anchor);
  FailureOr<linalg::SplitReductionResult> split =
      linalg::splitReduction(rewriter, anchor, [&](linalg::LinalgOp) {
        return linalg::SplitReductionOptions{parts, /*index=*/0,
                                             /*innerParallel=*/false};
      });
  if (failed(split))
    return rewriter.notifyMatchFailure(anchor, "linalg::splitReduction "
                                               "failed");
  // The partial products (the split op, its initializer and the reshapes
  // of its operands) in a contraction group of their own; this group sums
  // them into the accumulator and runs the epilogue.
  Operation *combine = split->resultCombiningLinalgOp.getOperation();
  FailureOr<GroupOp> partial = hoistOperandIntoGroup(
      rewriter, group, combine->getOpOperand(0), GroupKind::Contraction);
  if (failed(partial))
    return failure();
  // The group no longer reads the contraction's operands.
  Block &body = group.getBodyBlock();
  rewriter.modifyOpInPlace(group, [&] {
    group.setKind(GroupKind::Reduction);
    for (int64_t i = body.getNumArguments() - 1; i >= 0; --i) {
      if (!body.getArgument(i).use_empty())
        continue;
      body.eraseArgument(i);
      group.getInputsMutable().erase(i);
    }
  });
  return partial;
}
