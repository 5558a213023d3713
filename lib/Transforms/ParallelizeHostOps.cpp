//===- ParallelizeHostOps.cpp - Host linalg ops across threads ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// In fusion-to-llvm{threads=N}, only the tile loops of fusion groups run on
// OpenMP threads; the ops no group holds (the fill and the copy of every
// pad, copies into slices) run on one thread between them. Split each such
// op into N chunks of its outermost parallel loop.
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/TilingInterface.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONPARALLELIZEHOSTOPSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

FailureOr<scf::ForallOp>
mlir::fusion::parallelizeHostLinalgOp(RewriterBase &rewriter,
                                      linalg::LinalgOp op, int64_t threads,
                                      int64_t minElements) {
  if (threads < 2 || !op.hasPureBufferSemantics())
    return rewriter.notifyMatchFailure(op, "not a linalg op on buffers");
  if (!isa<FunctionOpInterface>(op->getParentOp()))
    return rewriter.notifyMatchFailure(op, "in a loop or region");
  auto tileable = dyn_cast<TilingInterface>(op.getOperation());
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (!tileable || llvm::any_of(ranges, ShapedType::isDynamic))
    return rewriter.notifyMatchFailure(op, "dynamic loop ranges");
  int64_t elements = 1;
  for (int64_t r : ranges)
    elements *= r;
  if (elements < minElements)
    return rewriter.notifyMatchFailure(op, "too small to split");
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  std::optional<unsigned> dim;
  for (auto [d, range] : llvm::enumerate(ranges))
    if (iterators[d] == utils::IteratorType::parallel && range >= threads) {
      dim = d;
      break;
    }
  if (!dim)
    return rewriter.notifyMatchFailure(op, "no parallel loop to split");

  Location loc = op.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  int64_t n = ranges[*dim], chunk = (n + threads - 1) / threads;
  auto forall = scf::ForallOp::create(
      rewriter, loc, ArrayRef<OpFoldResult>{rewriter.getIndexAttr(threads)},
      ValueRange{}, std::nullopt);
  rewriter.setInsertionPointToStart(forall.getBody());
  Value t = forall.getInductionVar(0);
  MLIRContext *ctx = rewriter.getContext();
  AffineExpr d0 = getAffineDimExpr(0, ctx);
  // Chunk t: [t * chunk, min((t + 1) * chunk, n)), empty past the end.
  Value lo = affine::AffineMinOp::create(
      rewriter, loc,
      AffineMap::get(1, 0, {d0 * chunk, getAffineConstantExpr(n, ctx)}, ctx),
      ValueRange{t});
  Value hi = affine::AffineMinOp::create(
      rewriter, loc,
      AffineMap::get(1, 0, {(d0 + 1) * chunk, getAffineConstantExpr(n, ctx)},
                     ctx),
      ValueRange{t});
  Value size = affine::AffineApplyOp::create(
      rewriter, loc, AffineMap::get(2, 0, {getAffineDimExpr(1, ctx) - d0}, ctx),
      ValueRange{lo, hi});
  SmallVector<OpFoldResult> offsets, sizes;
  for (auto [d, range] : llvm::enumerate(ranges)) {
    offsets.push_back(d == *dim ? OpFoldResult(lo) : rewriter.getIndexAttr(0));
    sizes.push_back(d == *dim ? OpFoldResult(size)
                              : rewriter.getIndexAttr(range));
  }
  if (failed(tileable.getTiledImplementation(rewriter, offsets, sizes)))
    return rewriter.notifyMatchFailure(op, "cannot tile");
  rewriter.eraseOp(op);
  return forall;
}

namespace {
struct FusionParallelizeHostOpsPass
    : fusion::impl::FusionParallelizeHostOpsPassBase<
          FusionParallelizeHostOpsPass> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> ops;
    for (Block &block : getOperation().getBody())
      for (Operation &op : block)
        if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
          ops.push_back(linalgOp);
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : ops)
      (void)fusion::parallelizeHostLinalgOp(rewriter, op, threads, minElements);
  }
};
} // namespace
