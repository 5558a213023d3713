//===- EmptyIterationDomain.cpp - Fold linalg ops that iterate nothing ----===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A linalg op on tensors with a loop of static size 0 (a matmul with K = 0,
// a reduction over an empty dimension, a convolution with an empty window,
// an empty result) never runs its body: its results are its inits. Tiling
// such an op crashes upstream's tile-size computation, so the kernel passes
// fold them first.
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#define DEBUG_TYPE "fusion-empty-iteration-domain"

using namespace mlir;

bool mlir::fusion::hasEmptyIterationDomain(linalg::LinalgOp op) {
  return llvm::is_contained(op.getStaticLoopRanges(), 0);
}

FailureOr<SmallVector<Value>>
mlir::fusion::foldEmptyIterationDomain(RewriterBase &rewriter,
                                       linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(op, "not on tensors");
  if (!hasEmptyIterationDomain(op))
    return rewriter.notifyMatchFailure(op, "no loop of size 0");
  SmallVector<Value> inits = op.getDpsInits();
  for (auto [result, init] : llvm::zip_equal(op->getResults(), inits))
    if (result.getType() != init.getType())
      return rewriter.notifyMatchFailure(op, "result type differs from init");
  rewriter.replaceOp(op, inits);
  return inits;
}

void mlir::fusion::foldEmptyIterationDomains(Operation *root) {
  SmallVector<linalg::LinalgOp> ops;
  root->walk([&](linalg::LinalgOp op) {
    if (op.hasPureTensorSemantics() && hasEmptyIterationDomain(op))
      ops.push_back(op);
  });
  IRRewriter rewriter(root->getContext());
  for (linalg::LinalgOp op : ops) {
    rewriter.setInsertionPoint(op);
    (void)foldEmptyIterationDomain(rewriter, op);
  }
}
