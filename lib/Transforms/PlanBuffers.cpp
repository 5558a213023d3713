//===- PlanBuffers.cpp - One block of memory for a call's buffers ---------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// After bufferization every kernel's result is a `memref.alloc` of its own,
// freed at the end of the function: one malloc and one free per kernel and
// call (MobileNetV3-small: about 65 per call, each a microsecond or more on
// the thread that runs the host code), and as much memory as all of them
// together. This pass places the static buffers of a block that are only
// read and written there in one allocation, at offsets chosen at compile
// time: two buffers share bytes when no op uses both between the first and
// the last use of either (a static memory plan, as TFLite's arena planner
// and IREE's stream allocation do it).
//
// A buffer's live range is the span, in program order (a pre-order walk of
// the block), from the first to the last op that uses it or a view of it;
// a use inside a loop covers the whole loop (the next iteration comes
// back), and a use inside an OpenMP parallel region whose constructs do
// not all end in a barrier covers the whole region (its threads may be in
// different constructs at once). Buffers are placed largest first, each at
// the lowest 64-byte aligned offset that overlaps no placed buffer with an
// overlapping live range.
//
//===----------------------------------------------------------------------===//

#include "BufferUses.h"
#include "ReasonListener.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MathExtras.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONPLANBUFFERSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// Offsets and the block's size are multiples of this (the alignment the
/// bufferization gives kernels' buffers).
static constexpr int64_t kPlanAlignment = 64;

namespace {
/// A buffer of the plan.
struct PlannedBuffer {
  memref::AllocOp alloc;
  memref::DeallocOp dealloc;
  int64_t bytes = 0;
  /// Live range: positions in the block's pre-order walk.
  int64_t first = 0, last = 0;
  int64_t offset = 0;
};
} // namespace

/// The bytes of a static buffer with an identity layout in the default
/// memory space, which a view of a byte buffer can hold; nullopt otherwise.
static std::optional<int64_t> getPlannableBytes(memref::AllocOp alloc) {
  MemRefType type = alloc.getType();
  if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
      type.getMemorySpace() || alloc.getAlignment().value_or(1) > 64)
    return std::nullopt;
  Type element = type.getElementType();
  if (!element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0)
    return std::nullopt;
  // Shapes whose bytes do not fit comfortably in an int64_t stay apart.
  uint64_t bytes = element.getIntOrFloatBitWidth() / 8;
  bool overflow = false;
  for (int64_t size : type.getShape())
    bytes =
        llvm::SaturatingMultiply(bytes, static_cast<uint64_t>(size), &overflow);
  if (overflow || bytes > (uint64_t(1) << 48))
    return std::nullopt;
  return static_cast<int64_t>(bytes);
}

/// The construct whose closing barrier ends the phase of `single`, a
/// `nowait` single in a team's body: the next work-sharing loop or single
/// without `nowait`, or barrier (a `nowait` loop is returned too, but then
/// the team does not run in phases); null if none.
static Operation *getPhaseEnd(omp::SingleOp single) {
  for (Operation *op = single->getNextNode(); op; op = op->getNextNode()) {
    if (auto next = dyn_cast<omp::SingleOp>(op); next && next.getNowait())
      continue;
    if (isa<omp::WsloopOp, omp::SingleOp, omp::BarrierOp>(op))
      return op;
  }
  return nullptr;
}

/// Whether the threads of `parallel` run its constructs in phases, as
/// fusion-merge-parallel-regions makes them: its body is work-sharing
/// loops and singles that end in a barrier, `nowait` singles (which run
/// beside the constructs up to the next barrier: their phase), barriers,
/// thread-private allocations and ops without memory effects. Then a buffer
/// used in one phase and another used in a later one are never used at
/// once.
static bool runsInPhases(omp::ParallelOp parallel) {
  if (!parallel.getRegion().hasOneBlock())
    return false;
  return llvm::all_of(parallel.getRegion().front(), [](Operation &op) {
    if (auto wsloop = dyn_cast<omp::WsloopOp>(op))
      return !wsloop.getNowait();
    if (auto single = dyn_cast<omp::SingleOp>(op))
      return !single.getNowait() || getPhaseEnd(single);
    return isa<omp::BarrierOp, omp::TerminatorOp, memref::AllocOp,
               memref::DeallocOp>(op) ||
           isMemoryEffectFree(&op);
  });
}

namespace {
/// How the ops in an op's regions run, for live ranges.
enum class RegionRuns {
  /// At most once, in program order (scf.if, omp.single, a team in
  /// phases).
  Once,
  /// More than once, or several at the same time: a live range that
  /// touches them covers the whole op.
  Repeatedly,
  /// Not known (an asynchronous task may outlive the op): the buffers used
  /// there are not planned.
  Unknown,
};
} // namespace

static RegionRuns getRegionRuns(Operation *op) {
  if (isa<LoopLikeOpInterface, omp::WsloopOp, omp::LoopNestOp>(op))
    return RegionRuns::Repeatedly;
  if (auto parallel = dyn_cast<omp::ParallelOp>(op))
    return runsInPhases(parallel) ? RegionRuns::Once : RegionRuns::Repeatedly;
  if (isa<scf::IfOp, scf::IndexSwitchOp, scf::ExecuteRegionOp,
          memref::AllocaScopeOp, omp::SingleOp>(op)) {
    // A region of several blocks may branch back or jump ahead.
    bool straight = llvm::all_of(op->getRegions(), [](Region &region) {
      return region.empty() || region.hasOneBlock();
    });
    return straight ? RegionRuns::Once : RegionRuns::Repeatedly;
  }
  return RegionRuns::Unknown;
}

FailureOr<memref::AllocOp> mlir::fusion::planBuffers(RewriterBase &rewriter,
                                                     Block &block) {
  // Program order, and the span of each op with regions.
  DenseMap<Operation *, int64_t> position, spanEnd;
  int64_t counter = 0;
  std::function<void(Operation *)> number = [&](Operation *op) {
    position[op] = counter++;
    for (Region &region : op->getRegions())
      for (Block &b : region)
        for (Operation &nested : b)
          number(&nested);
    spanEnd[op] = counter - 1;
  };
  for (Operation &op : block)
    number(&op);

  SmallVector<PlannedBuffer> buffers;
  for (Operation &op : block) {
    auto alloc = dyn_cast<memref::AllocOp>(op);
    if (!alloc)
      continue;
    std::optional<int64_t> bytes = getPlannableBytes(alloc);
    if (!bytes)
      continue;
    // Freed once, in this block; otherwise only read and written.
    memref::DeallocOp dealloc;
    bool plannable = true;
    for (Operation *user : alloc->getUsers()) {
      auto d = dyn_cast<memref::DeallocOp>(user);
      if (!d)
        continue;
      plannable &= !dealloc && d->getBlock() == &block;
      dealloc = d;
    }
    SmallVector<Operation *> accesses;
    if (!plannable || !dealloc ||
        fusion::bufferEscapes(alloc.getResult(), dealloc, &accesses))
      continue;
    PlannedBuffer buffer{
        alloc, dealloc,
        static_cast<int64_t>(llvm::alignTo(*bytes, kPlanAlignment))};
    buffer.first = std::numeric_limits<int64_t>::max();
    buffer.last = std::numeric_limits<int64_t>::min();
    for (Operation *user : accesses) {
      if (!position.count(user)) {
        plannable = false;
        break;
      }
      int64_t first = position.lookup(user), last = first;
      for (Operation *parent = user->getParentOp();
           parent && position.count(parent); parent = parent->getParentOp()) {
        RegionRuns runs = getRegionRuns(parent);
        if (runs == RegionRuns::Unknown)
          plannable = false;
        if (runs == RegionRuns::Repeatedly) {
          first = position[parent];
          last = spanEnd[parent];
        }
        // A `nowait` single of a team in phases runs beside what follows
        // it up to its phase's barrier.
        if (auto single = dyn_cast<omp::SingleOp>(parent);
            single && single.getNowait() && runs == RegionRuns::Once)
          if (Operation *end = getPhaseEnd(single))
            last = std::max(last, spanEnd[end]);
      }
      buffer.first = std::min(buffer.first, first);
      buffer.last = std::max(buffer.last, last);
    }
    if (!plannable)
      continue;
    if (buffer.first > buffer.last)
      buffer.first = buffer.last = position[alloc];
    buffers.push_back(buffer);
  }
  if (buffers.size() < 2)
    return rewriter.notifyMatchFailure(block.getParentOp(),
                                       "fewer than two buffers to plan");

  // Largest first, each at the lowest offset free over its live range.
  SmallVector<PlannedBuffer *> order;
  for (PlannedBuffer &b : buffers)
    order.push_back(&b);
  // Ties in block order (the vector's).
  llvm::sort(order, [](PlannedBuffer *a, PlannedBuffer *b) {
    return a->bytes != b->bytes ? a->bytes > b->bytes : a < b;
  });
  int64_t total = 0, separate = 0;
  for (auto [i, b] : llvm::enumerate(order)) {
    SmallVector<std::pair<int64_t, int64_t>> taken;
    for (PlannedBuffer *p : ArrayRef(order).take_front(i))
      if (p->first <= b->last && b->first <= p->last)
        taken.push_back({p->offset, p->offset + p->bytes});
    llvm::sort(taken);
    int64_t offset = 0;
    for (auto [begin, end] : taken) {
      if (offset + b->bytes <= begin)
        break;
      offset = std::max(offset, end);
    }
    b->offset = offset;
    total = std::max(total, offset + b->bytes);
    separate += b->bytes;
  }

  // One allocation before the first buffer, freed after the last free.
  Operation *firstAlloc = buffers.front().alloc;
  Operation *lastDealloc = buffers.front().dealloc;
  for (PlannedBuffer &b : buffers)
    if (lastDealloc->isBeforeInBlock(b.dealloc))
      lastDealloc = b.dealloc;
  rewriter.setInsertionPoint(firstAlloc);
  Location loc = firstAlloc->getLoc();
  auto arena = memref::AllocOp::create(
      rewriter, loc, MemRefType::get({total}, rewriter.getI8Type()),
      rewriter.getI64IntegerAttr(kPlanAlignment));
  rewriter.setInsertionPointAfter(lastDealloc);
  memref::DeallocOp::create(rewriter, lastDealloc->getLoc(), arena);
  for (PlannedBuffer &b : buffers) {
    rewriter.setInsertionPoint(b.alloc);
    Value offset =
        arith::ConstantIndexOp::create(rewriter, b.alloc.getLoc(), b.offset);
    rewriter.replaceOpWithNewOp<memref::ViewOp>(b.alloc, b.alloc.getType(),
                                                arena, offset, ValueRange());
    rewriter.eraseOp(b.dealloc);
  }
  reportDecision(loc, "fusion-plan-buffers", "BufferPlan", true,
                 llvm::formatv("{0} buffers of {1} bytes in one allocation "
                               "of {2} bytes",
                               buffers.size(), separate, total)
                     .str());
  return arena;
}

namespace {
struct FusionPlanBuffersPass
    : fusion::impl::FusionPlanBuffersPassBase<FusionPlanBuffersPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    for (Region &region : getOperation()->getRegions())
      for (Block &block : region)
        (void)fusion::planBuffers(rewriter, block);
  }
};
} // namespace
