//===- MapForall.cpp - scf.forall blocks and threads to gpu.launch --------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Kernels made of several thread phases (a shared-memory copy, then the
// tiles that read it) need barriers between the phases, which
// convert-parallel-loops-to-gpu cannot insert. Their tiles stay scf.forall
// ops mapped to GPU blocks and threads; this maps the block level itself and
// the thread level with upstream's mapNestedForallToThreadsImpl.
//
//===----------------------------------------------------------------------===//

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/TransformOps/GPUTransformOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUMAPFORALLPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Trip counts of `forall`'s loops, if static.
static std::optional<SmallVector<int64_t>>
getStaticTripCounts(scf::ForallOp forall) {
  std::optional<SmallVector<int64_t>> lbs =
      getConstantIntValues(forall.getMixedLowerBound());
  std::optional<SmallVector<int64_t>> ubs =
      getConstantIntValues(forall.getMixedUpperBound());
  std::optional<SmallVector<int64_t>> steps =
      getConstantIntValues(forall.getMixedStep());
  if (!lbs || !ubs || !steps)
    return std::nullopt;
  SmallVector<int64_t> trips;
  for (auto [lb, ub, step] : llvm::zip(*lbs, *ubs, *steps)) {
    if (step <= 0)
      return std::nullopt;
    trips.push_back(ub > lb ? llvm::divideCeil(ub - lb, step) : 0);
  }
  return trips;
}

ForallMapping mlir::fusion::getForallMapping(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  if (!mapping || mapping->empty())
    return ForallMapping::None;
  Attribute first = (*mapping)[0];
  if (isa<gpu::GPUBlockMappingAttr>(first))
    return ForallMapping::Blocks;
  if (isa<gpu::GPUThreadMappingAttr>(first))
    return ForallMapping::Threads;
  if (isa<gpu::GPUWarpMappingAttr>(first))
    return ForallMapping::Warps;
  return ForallMapping::None;
}

/// Whether `forall` is mapped to blocks, or (`blocks` false) to threads or
/// warps.
static bool isMappedTo(scf::ForallOp forall, bool blocks) {
  ForallMapping mapping = getForallMapping(forall);
  return blocks ? mapping == ForallMapping::Blocks
                : mapping == ForallMapping::Threads ||
                      mapping == ForallMapping::Warps;
}

/// Threads per iteration of a thread or warp forall.
static int64_t getThreadsPerIteration(scf::ForallOp forall) {
  return getForallMapping(forall) == ForallMapping::Warps ? kWarpSize : 1;
}

/// Whether `type` is a memref in workgroup (shared) memory.
static bool isWorkgroupMemory(Type type) {
  auto memref = dyn_cast<BaseMemRefType>(type);
  return memref && nvgpu::NVGPUDialect::isSharedMemoryAddressSpace(
                       memref.getMemorySpace());
}

FailureOr<gpu::LaunchOp>
mlir::fusion::mapForallToGPULaunch(RewriterBase &rewriter,
                                   scf::ForallOp blockForall) {
  if (!blockForall.getOutputs().empty())
    return rewriter.notifyMatchFailure(blockForall, "not on buffers");
  std::optional<SmallVector<int64_t>> trips = getStaticTripCounts(blockForall);
  if (!trips)
    return rewriter.notifyMatchFailure(blockForall, "dynamic bounds");
  int64_t blocks = 1;
  for (int64_t trip : *trips)
    blocks *= trip;
  int64_t threads = 1;
  bool dynamicThreads = false;
  blockForall.getBody()->walk([&](scf::ForallOp nested) {
    if (!isMappedTo(nested, /*blocks=*/false))
      return;
    std::optional<SmallVector<int64_t>> nestedTrips =
        getStaticTripCounts(nested);
    if (!nestedTrips) {
      dynamicThreads = true;
      return;
    }
    int64_t count = getThreadsPerIteration(nested);
    for (int64_t trip : *nestedTrips)
      count *= trip;
    threads = std::max(threads, count);
  });
  if (dynamicThreads)
    return rewriter.notifyMatchFailure(blockForall,
                                       "a thread forall has dynamic bounds");
  if (threads > 1024)
    return rewriter.notifyMatchFailure(blockForall,
                                       "more than 1024 threads per block");
  // Code outside the thread loops runs in every thread of the block: it may
  // compute (indices, views) but not allocate, copy or loop over buffers.
  Operation *perThread = nullptr;
  blockForall.getBody()->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (auto nested = dyn_cast<scf::ForallOp>(op))
      if (isMappedTo(nested, /*blocks=*/false))
        return WalkResult::skip();
    bool sharedBuffer =
        isa<memref::AllocOp, memref::AllocaOp, memref::DeallocOp>(op) &&
        isWorkgroupMemory(op->getNumResults() ? op->getResult(0).getType()
                                              : op->getOperand(0).getType());
    if ((isa<memref::AllocOp, memref::AllocaOp, memref::CopyOp,
             linalg::LinalgOp, CallOpInterface>(op) &&
         !sharedBuffer)) {
      perThread = op;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  if (perThread)
    return rewriter.notifyMatchFailure(
        blockForall, "the block runs '" + perThread->getName().getStringRef() +
                         "' outside its thread loops (in every thread)");

  // The launch: blocks x 1 x 1, threads x 1 x 1.
  Location loc = blockForall.getLoc();
  rewriter.setInsertionPoint(blockForall);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  Value gridSize = arith::ConstantIndexOp::create(rewriter, loc, blocks);
  Value blockSize = arith::ConstantIndexOp::create(rewriter, loc, threads);
  auto launch = gpu::LaunchOp::create(rewriter, loc, gridSize, one, one,
                                      blockSize, one, one);
  Block &body = launch.getBody().front();
  rewriter.setInsertionPointToEnd(&body);
  auto terminator = gpu::TerminatorOp::create(rewriter, loc);

  // The forall's induction variables from the linear block id.
  rewriter.setInsertionPointToStart(&body);
  auto ids = affine::AffineDelinearizeIndexOp::create(
      rewriter, loc, launch.getBlockIds().x, *trips, /*hasOuterBound=*/true);
  SmallVector<Value> ivs;
  for (auto [i, lb, step] : llvm::enumerate(blockForall.getMixedLowerBound(),
                                            blockForall.getMixedStep())) {
    Value lbValue = getValueOrCreateConstantIndexOp(rewriter, loc, lb);
    Value stepValue = getValueOrCreateConstantIndexOp(rewriter, loc, step);
    Value scaled =
        arith::MulIOp::create(rewriter, loc, ids.getResult(i), stepValue);
    ivs.push_back(arith::AddIOp::create(rewriter, loc, lbValue, scaled));
  }
  Block *forallBody = blockForall.getBody();
  rewriter.inlineBlockBefore(forallBody, terminator, ivs);
  rewriter.eraseOp(terminator->getPrevNode()); // scf.forall.in_parallel
  rewriter.eraseOp(blockForall);

  // Threads, with a barrier after each phase (on normalized loops).
  SmallVector<scf::ForallOp> threadForalls;
  launch.getBody().walk([&](scf::ForallOp forall) {
    if (isMappedTo(forall, /*blocks=*/false))
      threadForalls.push_back(forall);
  });
  for (scf::ForallOp forall : threadForalls) {
    rewriter.setInsertionPoint(forall);
    if (failed(normalizeForallOp(rewriter, forall)))
      return rewriter.notifyMatchFailure(forall, "could not normalize");
  }
  rewriter.setInsertionPointToStart(&body);
  DiagnosedSilenceableFailure mapped =
      transform::gpu::mapNestedForallToThreadsImpl(
          rewriter, std::nullopt, launch, {threads, 1, 1}, /*warpSize=*/32,
          /*syncAfterDistribute=*/true);
  if (!mapped.succeeded()) {
    if (mapped.isSilenceableFailure())
      (void)mapped.silence();
    return rewriter.notifyMatchFailure(launch, "mapping to threads failed");
  }

  // Constants used in the kernel are defined in it (else outlining passes
  // them, vectors included, as kernel arguments).
  DenseMap<Operation *, Operation *> sunk;
  launch.getBody().walk([&](Operation *op) {
    for (OpOperand &operand : op->getOpOperands()) {
      Operation *def = operand.get().getDefiningOp();
      if (!def || launch->isAncestor(def) ||
          !def->hasTrait<OpTrait::ConstantLike>())
        continue;
      Operation *&clone = sunk[def];
      if (!clone) {
        rewriter.setInsertionPointToStart(&body);
        clone = rewriter.clone(*def);
      }
      rewriter.modifyOpInPlace(op, [&] {
        operand.set(
            clone->getResult(cast<OpResult>(operand.get()).getResultNumber()));
      });
    }
  });

  // Shared-memory buffers: workgroup attributions.
  SmallVector<Operation *> allocs, deallocs;
  launch.getBody().walk([&](Operation *op) {
    if (isa<memref::AllocOp, memref::AllocaOp>(op) &&
        isWorkgroupMemory(op->getResult(0).getType()))
      allocs.push_back(op);
    if (auto dealloc = dyn_cast<memref::DeallocOp>(op))
      if (isWorkgroupMemory(dealloc.getMemref().getType()))
        deallocs.push_back(op);
  });
  for (Operation *op : deallocs)
    rewriter.eraseOp(op);
  for (Operation *op : allocs) {
    auto type = dyn_cast<MemRefType>(op->getResult(0).getType());
    if (!type || !type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shared-memory buffer");
    BlockArgument buffer = launch.addWorkgroupAttribution(type, op->getLoc());
    rewriter.replaceOp(op, buffer);
  }
  return launch;
}

/// Moves pairs of a vector.transfer_read and a later transfer_write of the
/// same buffer slice at loop-invariant indices (a thread's accumulator tile,
/// or one mma.sync tile of a warp's) out of the scf.for loops under `root`,
/// the vector carried by the loop, when nothing else in the loop accesses
/// the buffer the slice is a view of, except transfers of the same view
/// that are disjoint from it (the warp's other mma.sync tiles).
/// (Upstream's hoistRedundantVectorTransfers requires static subview
/// offsets; a thread's tile is at thread-id offsets.)
static void hoistAccumulatorTransfers(RewriterBase &rewriter, Operation *root) {
  bool changed = true;
  while (changed) {
    changed = false;
    root->walk([&](scf::ForOp loop) {
      (void)moveLoopInvariantCode(loop);
      for (Operation &op : loop.getBody()->without_terminator()) {
        auto read = dyn_cast<vector::TransferReadOp>(&op);
        if (!read || !isa<MemRefType>(read.getShapedType()) || read.getMask() ||
            !llvm::all_of(read->getOperands(), [&](Value v) {
              return loop.isDefinedOutsideOfLoop(v);
            }))
          continue;
        // The write of the same slice; other transfers of the view must
        // be disjoint from it.
        // (upstream's disjointness compares indices along the vector's
        // dims: the same minor-identity layout, no mask, is required.)
        auto isDisjoint = [&](Operation *other) {
          auto transfer = dyn_cast<VectorTransferOpInterface>(other);
          return transfer && transfer.getBase() == read.getBase() &&
                 !transfer.getMask() &&
                 transfer.getPermutationMap() == read.getPermutationMap() &&
                 read.getPermutationMap().isMinorIdentity() &&
                 vector::isDisjointTransferSet(
                     cast<VectorTransferOpInterface>(read.getOperation()),
                     transfer, /*testDynamicValueUsingBounds=*/false);
        };
        vector::TransferWriteOp write;
        bool otherUse = false;
        for (Operation *user : read.getBase().getUsers()) {
          if (user == read || !loop->isAncestor(user) || isDisjoint(user))
            continue;
          auto candidate = dyn_cast<vector::TransferWriteOp>(user);
          if (!candidate || write || candidate->getBlock() != loop.getBody())
            otherUse = true;
          else
            write = candidate;
        }
        if (otherUse || !write || write.getMask() ||
            write.getIndices() != read.getIndices() ||
            write.getVectorType() != read.getVectorType() ||
            write.getPermutationMap() != read.getPermutationMap() ||
            !read->isBeforeInBlock(write))
          continue;
        Value buffer = getRootBuffer(read.getBase());
        bool aliased = false;
        loop->walk([&](Operation *other) {
          if (other == read || other == write || isMemoryEffectFree(other) ||
              isDisjoint(other))
            return;
          for (Value operand : other->getOperands())
            if (auto memref = dyn_cast<TypedValue<MemRefType>>(operand))
              aliased |= getRootBuffer(memref) == buffer;
        });
        if (aliased)
          continue;
        rewriter.moveOpBefore(read, loop);
        rewriter.moveOpAfter(write, loop);
        // The write leaves a loop of phases after its last barrier: one
        // after it, so that the next phase's threads see it (erased later
        // if that phase does not read it).
        bool phased = false;
        loop->walk([&](gpu::BarrierOp) { phased = true; });
        // (One barrier after the writes hoisted from the same loop.)
        Operation *next = write->getNextNode();
        while (isa_and_nonnull<vector::TransferWriteOp>(next))
          next = next->getNextNode();
        if (phased && !isa_and_nonnull<gpu::BarrierOp>(next)) {
          rewriter.setInsertionPointAfter(write);
          gpu::BarrierOp::create(rewriter, write.getLoc());
        }
        FailureOr<LoopLikeOpInterface> newLoop =
            cast<LoopLikeOpInterface>(loop.getOperation())
                .replaceWithAdditionalYields(
                    rewriter, read.getResult(),
                    /*replaceInitOperandUsesInLoop=*/true,
                    [&](OpBuilder &, Location, ArrayRef<BlockArgument>) {
                      return SmallVector<Value>{write.getVector()};
                    });
        if (failed(newLoop))
          return WalkResult::interrupt();
        rewriter.modifyOpInPlace(write, [&] {
          write.getValueToStoreMutable().assign(
              newLoop->getOperation()->getResults().back());
        });
        changed = true;
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
  }
}

/// What a run of ops between two barriers does to memory: the workgroup
/// buffers it touches, whether it writes anything else, whether it is
/// beyond analysis (a nested barrier, unknown effects).
struct PhaseEffects {
  llvm::SmallPtrSet<Value, 4> workgroupBuffers;
  bool writesOtherMemory = false;
  bool unknown = false;
  /// The workgroup buffers the launch's cp.async (nvgpu.device_async_copy)
  /// write, and whether the phase is the one before the barrier: a cp.async
  /// may write its buffer from its issue on (an effect both ways), and its
  /// writes are complete at a thread's nvgpu.device_async_wait, which only
  /// the barrier after it publishes (an effect of the phase before a
  /// barrier only); a commit (nvgpu.device_async_create_group) touches no
  /// memory.
  llvm::SmallPtrSet<Value, 4> *asyncBuffers = nullptr;
  bool beforeBarrier = false;
};

static void addPhaseEffects(gpu::LaunchOp launch, Operation *op,
                            PhaseEffects &effects) {
  // A buffer is a workgroup attribution of the launch, or memory from
  // outside it; a view of either through anything but view ops (a select,
  // a cast to another memory space, an alloca) is beyond analysis.
  auto classify = [&](TypedValue<MemRefType> memref) -> Value {
    Value root = getRootBuffer(memref);
    if (auto arg = dyn_cast<BlockArgument>(root)) {
      if (arg.getOwner() == &launch.getBody().front())
        return llvm::is_contained(launch.getWorkgroupAttributions(), arg)
                   ? root
                   : Value();
      return launch->isAncestor(arg.getOwner()->getParentOp()) ? Value() : root;
    }
    return launch->isAncestor(root.getDefiningOp()) ? Value() : root;
  };
  op->walk([&](Operation *nested) {
    if (isa<gpu::BarrierOp>(nested)) {
      effects.unknown = true;
      return;
    }
    if (isa<nvgpu::DeviceAsyncCreateGroupOp>(nested))
      return;
    if (isa<nvgpu::DeviceAsyncWaitOp>(nested)) {
      if (!effects.asyncBuffers)
        effects.unknown = true;
      else if (effects.beforeBarrier)
        effects.workgroupBuffers.insert(effects.asyncBuffers->begin(),
                                        effects.asyncBuffers->end());
      return;
    }
    auto iface = dyn_cast<MemoryEffectOpInterface>(nested);
    if (!iface) {
      if (!nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
        effects.unknown = true;
      return;
    }
    SmallVector<MemoryEffects::EffectInstance> list;
    iface.getEffects(list);
    for (const MemoryEffects::EffectInstance &effect : list) {
      auto memref = dyn_cast_or_null<TypedValue<MemRefType>>(effect.getValue());
      if (!memref) {
        if (isa<MemoryEffects::Write>(effect.getEffect()))
          effects.writesOtherMemory = true;
        continue;
      }
      Value root = classify(memref);
      if (!root) {
        effects.unknown = true;
        continue;
      }
      if (isWorkgroupMemory(memref.getType()))
        effects.workgroupBuffers.insert(root);
      else if (isa<MemoryEffects::Write>(effect.getEffect()))
        effects.writesOtherMemory = true;
    }
  });
}

/// Adds the effects of the ops run between `barrier` and the barrier
/// before it (`forward` = false) or after it: in its block, wrapping around
/// a loop body to the previous or next iteration and continuing before or
/// after the loop in the launch's body; anything else is unknown.
static void addAdjacentPhase(gpu::LaunchOp launch, gpu::BarrierOp barrier,
                             bool forward, PhaseEffects &effects) {
  auto step = [&](Operation *op) {
    return forward ? op->getNextNode() : op->getPrevNode();
  };
  Block *block = barrier->getBlock();
  Operation *op = step(barrier);
  bool wrapped = false;
  while (true) {
    for (; op && !isa<gpu::BarrierOp>(op); op = step(op))
      addPhaseEffects(launch, op, effects);
    if (op) // the next barrier
      return;
    // The end of the block: in a loop body, the other iteration's part up
    // to its barrier, and the code on that side of the loop.
    auto loop = dyn_cast<scf::ForOp>(block->getParentOp());
    if (!loop || wrapped) {
      if (!isa<gpu::LaunchOp>(block->getParentOp()))
        effects.unknown = true;
      return;
    }
    wrapped = true;
    op = forward ? &block->front() : &block->back();
    for (; op != barrier.getOperation() && !isa<gpu::BarrierOp>(op);
         op = step(op))
      addPhaseEffects(launch, op, effects);
    Operation *outside = step(loop);
    Block *parent = loop->getBlock();
    if (!isa<gpu::LaunchOp>(parent->getParentOp())) {
      effects.unknown = true;
      return;
    }
    for (; outside && !isa<gpu::BarrierOp>(outside); outside = step(outside))
      addPhaseEffects(launch, outside, effects);
    return;
  }
}

/// Erases barriers between two phases that share no workgroup buffer and
/// write no other memory (the copies of two operands into shared memory):
/// nothing one thread does in one phase is seen by another in the other.
static void eraseRedundantBarriers(RewriterBase &rewriter,
                                   gpu::LaunchOp launch) {
  SmallVector<gpu::BarrierOp> barriers;
  launch.getBody().walk(
      [&](gpu::BarrierOp barrier) { barriers.push_back(barrier); });
  llvm::SmallPtrSet<Value, 4> asyncBuffers;
  launch.getBody().walk([&](nvgpu::DeviceAsyncCopyOp copy) {
    asyncBuffers.insert(getRootBuffer(copy.getDst()));
  });
  for (gpu::BarrierOp barrier : barriers) {
    Operation *parent = barrier->getParentOp();
    if (!isa<gpu::LaunchOp, scf::ForOp>(parent))
      continue;
    PhaseEffects before, after;
    before.asyncBuffers = after.asyncBuffers = &asyncBuffers;
    before.beforeBarrier = true;
    addAdjacentPhase(launch, barrier, /*forward=*/false, before);
    addAdjacentPhase(launch, barrier, /*forward=*/true, after);
    if (before.unknown || after.unknown || before.writesOtherMemory ||
        after.writesOtherMemory ||
        llvm::any_of(before.workgroupBuffers, [&](Value v) {
          return after.workgroupBuffers.contains(v);
        }))
      continue;
    rewriter.eraseOp(barrier);
  }
}

namespace {
struct FusionGPUMapForallPass
    : fusion::impl::FusionGPUMapForallPassBase<FusionGPUMapForallPass> {
  void runOnOperation() override {
    SmallVector<scf::ForallOp> blockForalls;
    getOperation().walk([&](scf::ForallOp forall) {
      if (isMappedTo(forall, /*blocks=*/true) &&
          !forall->getParentOfType<scf::ForallOp>())
        blockForalls.push_back(forall);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (scf::ForallOp forall : blockForalls) {
      Location loc = forall.getLoc();
      if (failed(mapForallToGPULaunch(rewriter, forall))) {
        emitError(loc) << "could not map the thread-block tile loop to a "
                          "gpu.launch: "
                       << listener.reason;
        return signalPassFailure();
      }
    }
    // Accumulators in registers: transfers of a thread's tile that do not
    // depend on the reduction loop leave it.
    if (blockForalls.empty())
      return;
    // Tiles of batched contractions carry leading unit dims (1x4x4): 2-D
    // vectors, so that the accumulators carried by loops are.
    RewritePatternSet patterns(&getContext());
    vector::populateCastAwayVectorLeadingOneDimPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    hoistAccumulatorTransfers(rewriter, getOperation());
    getOperation().walk([&](gpu::LaunchOp launch) {
      eraseRedundantBarriers(rewriter, launch);
    });
  }
};
} // namespace
