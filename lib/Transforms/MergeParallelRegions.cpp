//===- MergeParallelRegions.cpp - One OpenMP team for a run of kernels ----===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// `convert-scf-to-openmp` gives every kernel's tile loop an `omp.parallel`
// of its own: a fork and a join of the thread team per kernel. On a small
// network that is most of what a second thread loses (MobileNetV3-small:
// 61 regions per call, about 3.3 us of fork and join each, against 0.6 to
// 0.9 us for a barrier). Consecutive parallel regions whose threads write
// shared memory only in their work-sharing loops (which end in a barrier)
// become one region here:
//
//   - the host code between two regions runs in an `omp.single` (one
//     thread; the others wait at its closing barrier); where it is only
//     fills (a pad's border) of memory that the next work-sharing loop
//     does not touch, each fill is an `omp.single nowait`: the threads
//     share them and go on into the loop, whose closing barrier orders
//     them before anything that reads them;
//   - buffers allocated between the regions are allocated before the merged
//     region (shared by the team), and the views and constants of the host
//     code (ops without memory effects) are computed there too; deallocs
//     move after it.
//
// A region is not merged, and ends a run, where this cannot be shown: an op
// of its body other than a work-sharing loop (without `nowait`), a
// thread-private alloc or dealloc or an op without memory effects; clauses
// other than the same `num_threads`; host code whose values (other than
// those of ops without memory effects) are used after it, or that holds
// OpenMP ops (an orphaned work-sharing loop would bind to the team).
//
// The host code runs on whichever thread reaches the single first, not
// always the thread that called the function; a call in it to a function
// with a parallel region of its own runs that region nested (on one thread
// with libomp's defaults).
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/MathExtras.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONMERGEPARALLELREGIONSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// Whether `parallel` is a plain team: one block, no clause but
/// `num_threads`, and a body whose threads write shared memory only in
/// work-sharing loops that end in a barrier.
static LogicalResult isMergeableRegion(omp::ParallelOp parallel) {
  if (!parallel.getRegion().hasOneBlock() ||
      parallel.getRegion().front().getNumArguments() != 0)
    return failure();
  if (parallel.getIfExpr() || !parallel.getAllocateVars().empty() ||
      !parallel.getPrivateVars().empty() ||
      !parallel.getReductionVars().empty() || parallel.getProcBindKind())
    return failure();
  for (Operation &op : parallel.getRegion().front().without_terminator()) {
    if (auto wsloop = dyn_cast<omp::WsloopOp>(op)) {
      if (wsloop.getNowait() || !wsloop.getReductionVars().empty() ||
          !wsloop.getPrivateVars().empty())
        return failure();
      continue;
    }
    // Thread-private temporaries (fusion-hoist-loop-buffers).
    if (isa<memref::AllocOp, memref::DeallocOp>(op) || isMemoryEffectFree(&op))
      continue;
    return failure();
  }
  return success();
}

/// Whether two regions run the same number of threads.
static bool sameNumThreads(omp::ParallelOp a, omp::ParallelOp b) {
  Value x = a.getNumThreads(), y = b.getNumThreads();
  if (x == y)
    return true;
  APInt cx, cy;
  return x && y && matchPattern(x, m_ConstantInt(&cx)) &&
         matchPattern(y, m_ConstantInt(&cy)) && APInt::isSameValue(cx, cy);
}

namespace {
/// How the host code between two regions of a run is placed.
struct Gap {
  /// Moved before the merged region: allocations (a buffer the team
  /// shares) and ops without memory effects on values known there.
  SmallVector<Operation *> hoisted;
  /// Freed after it.
  SmallVector<Operation *> deallocs;
  /// Run by one thread, in an omp.single.
  SmallVector<Operation *> single;
};
} // namespace

/// Places the ops from `begin` up to `next` (the host code between two
/// regions of the run that starts with `first`), or fails when one of them
/// cannot run inside a team.
static FailureOr<Gap> planGap(omp::ParallelOp first, Operation *begin,
                              omp::ParallelOp next) {
  Gap gap;
  llvm::SmallPtrSet<Operation *, 16> hoisted, inSingle;
  // Values defined before the merged region, once the hoisted ops are.
  auto knownBefore = [&](Value v) {
    Operation *def = v.getDefiningOp();
    return !def || def->getBlock() != first->getBlock() ||
           def->isBeforeInBlock(first) || hoisted.contains(def);
  };
  for (Operation *op = begin; op != next; op = op->getNextNode()) {
    // OpenMP constructs outside a team (an orphaned work-sharing loop, a
    // team in a loop) would bind to the merged team if moved into it.
    if (op->walk([](Operation *nested) {
            return isa_and_nonnull<omp::OpenMPDialect>(nested->getDialect())
                       ? WalkResult::interrupt()
                       : WalkResult::advance();
          }).wasInterrupted())
      return failure();
    if (isa<memref::DeallocOp>(op)) {
      gap.deallocs.push_back(op);
      continue;
    }
    if ((isa<memref::AllocOp>(op) || isMemoryEffectFree(op)) &&
        llvm::all_of(op->getOperands(), knownBefore)) {
      gap.hoisted.push_back(op);
      hoisted.insert(op);
      continue;
    }
    gap.single.push_back(op);
    inSingle.insert(op);
  }
  // Values of the single thread's code stay in it.
  for (Operation *op : gap.single)
    for (Operation *user : op->getUsers())
      if (!inSingle.contains(user) &&
          !llvm::any_of(gap.single, [&](Operation *s) {
            return s->isProperAncestor(user);
          }))
        return failure();
  return gap;
}

namespace {
/// The part of an allocation that a view covers: per dim, an offset and a
/// size.
struct Box {
  Value root;
  SmallVector<int64_t> offsets, sizes;

  bool isDisjointFrom(const Box &other) const {
    if (root != other.root)
      return true;
    for (auto [a, n, b, m] :
         llvm::zip_equal(offsets, sizes, other.offsets, other.sizes))
      if (a + n <= b || b + m <= a)
        return true;
    return false;
  }
};
} // namespace

/// The box of a `memref.alloc` (of the identity layout: distinct indices
/// are distinct bytes) that `memref` covers, when `memref` is the
/// allocation or a chain of static, unit-stride subviews of it that keep
/// the rank, and its bounds fit in 64 bits.
static std::optional<Box> getStaticBox(Value memref) {
  auto type = dyn_cast<MemRefType>(memref.getType());
  if (!type || !type.hasStaticShape())
    return std::nullopt;
  Box box{Value(), SmallVector<int64_t>(type.getRank(), 0),
          llvm::to_vector(type.getShape())};
  while (auto subview = memref.getDefiningOp<memref::SubViewOp>()) {
    if (subview.getSourceType().getRank() != type.getRank() ||
        ShapedType::isDynamicShape(subview.getStaticOffsets()) ||
        llvm::any_of(subview.getStaticStrides(),
                     [](int64_t stride) { return stride != 1; }))
      return std::nullopt;
    for (auto [offset, add] :
         llvm::zip_equal(box.offsets, subview.getStaticOffsets()))
      if (llvm::AddOverflow(offset, add, offset))
        return std::nullopt;
    memref = subview.getSource();
  }
  auto alloc = memref.getDefiningOp<memref::AllocOp>();
  if (!alloc || !alloc.getType().getLayout().isIdentity())
    return std::nullopt;
  for (auto [offset, size] : llvm::zip_equal(box.offsets, box.sizes)) {
    int64_t end;
    if (offset < 0 || llvm::AddOverflow(offset, size, end))
      return std::nullopt;
  }
  box.root = memref;
  return box;
}

/// Whether `root` (fusion::getRootBuffer's) is memory that no allocation of `boxes`
/// can be: another allocation, a global, or an argument of the function.
/// Anything else (a select, a call's result, a loaded memref, a loop's
/// iteration argument) may be any memory.
static bool isOtherMemory(Value root, ArrayRef<Box> boxes) {
  if (llvm::any_of(boxes, [&](const Box &b) { return b.root == root; }))
    return false;
  if (root.getDefiningOp<memref::AllocOp>() ||
      root.getDefiningOp<memref::AllocaOp>() ||
      root.getDefiningOp<memref::GetGlobalOp>())
    return true;
  auto arg = dyn_cast<BlockArgument>(root);
  return arg && arg.getOwner()->isEntryBlock() &&
         isa<FunctionOpInterface>(arg.getOwner()->getParentOp());
}

/// Whether `ops` are fills of disjoint static boxes of allocations that
/// `loop` neither reads nor writes (the border of a padded buffer whose
/// interior the loop writes): then each may run on any thread while the
/// others go on into the loop. Every memref the loop uses from above is
/// other memory or a static box disjoint from the fills' (a call is not
/// given one of those allocations at all: it may read past its view); the
/// memrefs it makes are views that stay within their source (subviews,
/// reshapes, casts) or its own allocations.
static bool areFillsBesideLoop(ArrayRef<Operation *> ops, omp::WsloopOp loop) {
  SmallVector<Box> boxes;
  for (Operation *op : ops) {
    auto fill = dyn_cast<linalg::FillOp>(op);
    if (!fill || !fill.hasPureBufferSemantics())
      return false;
    std::optional<Box> box = getStaticBox(fill.getOutputs()[0]);
    if (!box || llvm::any_of(boxes, [&](const Box &other) {
          return !box->isDisjointFrom(other);
        }))
      return false;
    boxes.push_back(*box);
  }
  WalkResult result = loop->walk([&](Operation *op) {
    for (Value value : op->getResults())
      if (isa<BaseMemRefType>(value.getType()) &&
          !isa<memref::SubViewOp, memref::ExpandShapeOp,
               memref::CollapseShapeOp, memref::CastOp, memref::AllocOp,
               memref::AllocaOp, memref::GetGlobalOp>(op))
        return WalkResult::interrupt();
    for (Value operand : op->getOperands()) {
      if (!isa<BaseMemRefType>(operand.getType()))
        continue;
      bool other = isOtherMemory(fusion::getRootBuffer(operand), boxes);
      if (isa<CallOpInterface>(op) && !other)
        return WalkResult::interrupt();
      // Defined above the loop (a result or a block argument of a block
      // outside it).
      bool fromAbove =
          !loop->isAncestor(operand.getParentBlock()->getParentOp());
      if (!fromAbove || other)
        continue;
      std::optional<Box> box = getStaticBox(operand);
      if (!box || llvm::any_of(boxes, [&](const Box &b) {
            return !box->isDisjointFrom(b);
          }))
        return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return !result.wasInterrupted();
}

/// The first work-sharing loop of `parallel`'s body, if only allocations
/// and ops without memory effects come before it.
static omp::WsloopOp getFirstLoop(omp::ParallelOp parallel) {
  for (Operation &op : parallel.getRegion().front()) {
    if (auto loop = dyn_cast<omp::WsloopOp>(op))
      return loop;
    if (!isa<memref::AllocOp>(op) && !isMemoryEffectFree(&op))
      return nullptr;
  }
  return nullptr;
}

FailureOr<omp::ParallelOp>
mlir::fusion::mergeParallelRegions(RewriterBase &rewriter,
                                   omp::ParallelOp first) {
  if (failed(isMergeableRegion(first)))
    return rewriter.notifyMatchFailure(first, "not a plain parallel region "
                                              "of work-sharing loops");
  Block &body = first.getRegion().front();
  Operation *end = first->getNextNode();
  int64_t merged = 0;
  while (end) {
    // The next parallel region in the block.
    Operation *cursor = end;
    while (cursor && !isa<omp::ParallelOp>(cursor) &&
           !cursor->hasTrait<OpTrait::IsTerminator>())
      cursor = cursor->getNextNode();
    auto next = dyn_cast_or_null<omp::ParallelOp>(cursor);
    if (!next || !sameNumThreads(first, next) ||
        failed(isMergeableRegion(next)))
      break;
    FailureOr<Gap> gap = planGap(first, end, next);
    if (failed(gap))
      break;
    for (Operation *op : gap->hoisted)
      rewriter.moveOpBefore(op, first);
    for (Operation *op : llvm::reverse(gap->deallocs))
      rewriter.moveOpAfter(op, first);
    // One single for the host code; or, for fills beside the next loop,
    // one `nowait` single per fill.
    SmallVector<SmallVector<Operation *>> singles;
    omp::WsloopOp nextLoop = getFirstLoop(next);
    bool nowait = !gap->single.empty() && nextLoop &&
                  areFillsBesideLoop(gap->single, nextLoop);
    if (nowait)
      for (Operation *op : gap->single)
        singles.push_back({op});
    else if (!gap->single.empty())
      singles.push_back(gap->single);
    for (ArrayRef<Operation *> ops : singles) {
      rewriter.setInsertionPoint(body.getTerminator());
      omp::SingleOperands clauses;
      if (nowait)
        clauses.nowait = rewriter.getUnitAttr();
      auto single =
          omp::SingleOp::create(rewriter, ops.front()->getLoc(), clauses);
      Block *singleBody = rewriter.createBlock(&single.getRegion());
      omp::TerminatorOp::create(rewriter, single.getLoc());
      for (Operation *op : ops)
        rewriter.moveOpBefore(op, singleBody->getTerminator());
    }
    Block &nextBody = next.getRegion().front();
    for (Operation &op : llvm::make_early_inc_range(
             llvm::make_range(nextBody.begin(), std::prev(nextBody.end()))))
      rewriter.moveOpBefore(&op, body.getTerminator());
    end = next->getNextNode();
    rewriter.eraseOp(next);
    ++merged;
  }
  if (merged == 0)
    return rewriter.notifyMatchFailure(first, "no next parallel region to "
                                              "merge");
  return first;
}

namespace {
struct FusionMergeParallelRegionsPass
    : fusion::impl::FusionMergeParallelRegionsPassBase<
          FusionMergeParallelRegionsPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    // Regions of one block, in order; a merged run's later regions are
    // erased, so collect the first of each block's runs as they come.
    SmallVector<Block *> blocks;
    getOperation()->walk([&](Block *block) {
      if (!block->getParentOp()->getParentOfType<omp::ParallelOp>() &&
          !isa<omp::ParallelOp>(block->getParentOp()))
        blocks.push_back(block);
    });
    for (Block *block : blocks) {
      if (block->empty())
        continue;
      for (Operation *op = &block->front(); op; op = op->getNextNode()) {
        auto parallel = dyn_cast<omp::ParallelOp>(op);
        if (parallel)
          (void)fusion::mergeParallelRegions(rewriter, parallel);
      }
    }
  }
};
} // namespace
