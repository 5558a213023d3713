//===- HoistLoopBuffers.cpp - Tile temporaries out of sequential loops ---===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// After bufferization, a kernel's tile temporaries (a convolution tile's
// accumulator before its epilogue writes the output, a packed panel) are
// `memref.alloc`s inside the tile loops: one malloc and one free per tile,
// thousands per call (MobileNetV3-small spent a tenth of its time in
// malloc). A static buffer that no iteration passes on to the next is
// allocated once in front of the sequential loops instead; it never leaves
// a parallel loop (each thread keeps its own).
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONHOISTLOOPBUFFERSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// Whether the buffer `value` (or a view of it) is passed on: yielded,
/// returned, passed to a call or to an op with regions other than a
/// structured (linalg) op, which could keep it across iterations.
static bool escapes(Value value) {
  SmallVector<Value> worklist = {value};
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    for (Operation *user : current.getUsers()) {
      // A structured op reads and writes it in its loops; other ops with
      // regions (an scf.for's iteration argument) could carry it on.
      if (isa<RegionBranchTerminatorOpInterface, CallOpInterface>(user) ||
          user->hasTrait<OpTrait::ReturnLike>() ||
          (user->getNumRegions() > 0 && !isa<linalg::LinalgOp>(user)))
        return true;
      if (auto view = dyn_cast<ViewLikeOpInterface>(user)) {
        if (view.getViewSource() == current)
          llvm::append_range(worklist, user->getResults());
        continue;
      }
      // Any other user reading or writing it within the iteration; a user
      // returning a memref aliasing it is a view it does not know.
      if (llvm::any_of(user->getResultTypes(), llvm::IsaPred<MemRefType>))
        return true;
    }
  }
  return false;
}

FailureOr<Operation *> mlir::fusion::hoistLoopBuffer(RewriterBase &rewriter,
                                                     memref::AllocOp alloc) {
  if (alloc->getNumOperands() != 0 || !alloc.getType().hasStaticShape())
    return rewriter.notifyMatchFailure(alloc, "dynamic shape");
  // The outermost of the sequential loops directly around it.
  Operation *outermost = nullptr;
  for (Operation *parent = alloc->getParentOp();
       parent && isa<scf::ForOp>(parent); parent = parent->getParentOp())
    outermost = parent;
  if (!outermost)
    return rewriter.notifyMatchFailure(alloc, "not in a sequential loop");
  if (escapes(alloc.getResult()))
    return rewriter.notifyMatchFailure(alloc, "the buffer leaves an "
                                              "iteration");
  rewriter.moveOpBefore(alloc, outermost);
  return outermost;
}

namespace {
struct FusionHoistLoopBuffersPass
    : fusion::impl::FusionHoistLoopBuffersPassBase<FusionHoistLoopBuffersPass> {
  void runOnOperation() override {
    SmallVector<memref::AllocOp> allocs;
    getOperation()->walk([&](memref::AllocOp alloc) {
      if (isa<scf::ForOp>(alloc->getParentOp()))
        allocs.push_back(alloc);
    });
    IRRewriter rewriter(&getContext());
    for (memref::AllocOp alloc : allocs)
      (void)fusion::hoistLoopBuffer(rewriter, alloc);
  }
};
} // namespace
