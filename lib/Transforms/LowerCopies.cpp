//===- LowerCopies.cpp - Strided memref copies as loops ------------*- C++ -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// After bufferization, a tensor.pad or an insert into a slice is a
// memref.copy into a strided view. The LLVM lowering turns a copy between
// identity-layout memrefs into llvm.memcpy, but any other into a call of
// the runtime's generic `memrefCopy`, which walks the elements one by one
// (7.8% of ResNet-18's run time). As linalg.copy, lowered to loops with a
// unit-stride innermost loop, LLVM vectorizes it.
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONLOWERCOPIESPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// Whether `type` is a memref whose layout LLVM lowering copies with
/// llvm.memcpy (identity, or strided but contiguous).
static bool isContiguous(Type type) {
  auto memref = dyn_cast<MemRefType>(type);
  return memref && (memref.getLayout().isIdentity() ||
                    memref::isStaticShapeAndContiguousRowMajor(memref));
}

FailureOr<linalg::CopyOp>
mlir::fusion::lowerStridedCopy(RewriterBase &rewriter, memref::CopyOp copy) {
  Type source = copy.getSource().getType(), target = copy.getTarget().getType();
  if (isContiguous(source) && isContiguous(target))
    return rewriter.notifyMatchFailure(copy, "contiguous: llvm.memcpy");
  auto sourceType = dyn_cast<MemRefType>(source);
  auto targetType = dyn_cast<MemRefType>(target);
  if (!sourceType || !targetType || sourceType.getRank() == 0 ||
      sourceType.getElementType() != targetType.getElementType())
    return rewriter.notifyMatchFailure(copy, "not a ranked memref copy");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(copy);
  auto linalgCopy = linalg::CopyOp::create(rewriter, copy.getLoc(),
                                           copy.getSource(), copy.getTarget());
  rewriter.eraseOp(copy);
  return linalgCopy;
}

namespace {
struct FusionLowerCopiesPass
    : fusion::impl::FusionLowerCopiesPassBase<FusionLowerCopiesPass> {
  void runOnOperation() override {
    SmallVector<memref::CopyOp> copies;
    getOperation()->walk([&](memref::CopyOp copy) { copies.push_back(copy); });
    IRRewriter rewriter(&getContext());
    for (memref::CopyOp copy : copies)
      (void)fusion::lowerStridedCopy(rewriter, copy);
  }
};
} // namespace
