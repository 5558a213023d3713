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
// Once the parallel loops are OpenMP work-sharing loops, a temporary of
// their iterations (freed at the end of the iteration) is allocated once
// per thread instead: at the start of the `omp.parallel` region, which
// each thread runs once, and freed at its end (MobileNetV3-small on two
// threads: 2982 mallocs per call before, ~120 after).
//
//===----------------------------------------------------------------------===//

#include "BufferUses.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONHOISTLOOPBUFFERSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

bool mlir::fusion::bufferEscapes(Value value, Operation *ignored,
                                 SmallVectorImpl<Operation *> *accesses) {
  SmallVector<Value> worklist = {value};
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    for (OpOperand &use : current.getUses()) {
      Operation *user = use.getOwner();
      if (user == ignored)
        continue;
      if (auto view = dyn_cast<ViewLikeOpInterface>(user)) {
        if (view.getViewSource() != current)
          return true;
        llvm::append_range(worklist, user->getResults());
        continue;
      }
      if (isa<memref::CastOp>(user)) {
        llvm::append_range(worklist, user->getResults());
        continue;
      }
      if (auto store = dyn_cast<memref::StoreOp>(user)) {
        if (store.getValueToStore() == current)
          return true;
      } else if (!isa<linalg::LinalgOp, memref::LoadOp, memref::CopyOp,
                      vector::TransferReadOp, vector::TransferWriteOp,
                      vector::LoadOp, vector::StoreOp>(user) ||
                 llvm::any_of(user->getResultTypes(),
                              llvm::IsaPred<MemRefType>)) {
        return true;
      }
      if (accesses)
        accesses->push_back(user);
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
  if (fusion::bufferEscapes(alloc.getResult()))
    return rewriter.notifyMatchFailure(alloc, "the buffer leaves an "
                                              "iteration");
  rewriter.moveOpBefore(alloc, outermost);
  return outermost;
}

FailureOr<omp::ParallelOp>
mlir::fusion::hoistParallelLoopBuffer(RewriterBase &rewriter,
                                      memref::AllocOp alloc) {
  if (alloc->getNumOperands() != 0 || !alloc.getType().hasStaticShape())
    return rewriter.notifyMatchFailure(alloc, "dynamic shape");
  // alloc in omp.loop_nest in omp.wsloop directly in an omp.parallel.
  auto loopNest = dyn_cast<omp::LoopNestOp>(alloc->getParentOp());
  auto wsloop = loopNest ? dyn_cast<omp::WsloopOp>(loopNest->getParentOp())
                         : omp::WsloopOp();
  auto parallel = wsloop ? dyn_cast<omp::ParallelOp>(wsloop->getParentOp())
                         : omp::ParallelOp();
  if (!parallel || !parallel.getRegion().hasOneBlock())
    return rewriter.notifyMatchFailure(alloc, "not in the loop of a work-"
                                              "sharing loop of a parallel "
                                              "region");
  // Freed once, at the end of the iteration that allocates it.
  memref::DeallocOp dealloc;
  for (Operation *user : alloc->getUsers()) {
    auto d = dyn_cast<memref::DeallocOp>(user);
    if (!d)
      continue;
    if (dealloc || d->getBlock() != alloc->getBlock())
      return rewriter.notifyMatchFailure(alloc, "not freed once in the "
                                                "iteration");
    dealloc = d;
  }
  if (!dealloc)
    return rewriter.notifyMatchFailure(alloc, "not freed in the iteration");
  if (fusion::bufferEscapes(alloc.getResult(), dealloc))
    return rewriter.notifyMatchFailure(alloc, "the buffer leaves an "
                                              "iteration");
  Block &body = parallel.getRegion().front();
  rewriter.moveOpBefore(alloc, &body, body.begin());
  rewriter.moveOpBefore(dealloc, body.getTerminator());
  return parallel;
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
    allocs.clear();
    getOperation()->walk([&](memref::AllocOp alloc) {
      if (isa<omp::LoopNestOp>(alloc->getParentOp()))
        allocs.push_back(alloc);
    });
    for (memref::AllocOp alloc : allocs)
      (void)fusion::hoistParallelLoopBuffer(rewriter, alloc);
  }
};
} // namespace
