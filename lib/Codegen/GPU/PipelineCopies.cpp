//===- PipelineCopies.cpp - Pipelined shared-memory copies ----------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The copy pipeline of a contraction kernel (fusion-gpu-pipeline-copies),
// on buffers, before the kernel's thread foralls are mapped to a gpu.launch:
// the shared-memory buffers that each reduction step fills are multiplied
// by the number of stages S, and the reduction loop is software-pipelined
// (scf::pipelineForLoop) so that the copies of step i + S - 1 are issued
// before step i computes. On the GPU the copies become cp.async
// (nvgpu.device_async_copy), one commit group per step, and step i waits
// for its own group only; run on the CPU (fusion-emulate-gpu) the copies
// stay plain copies, so that the emulation checks the buffers' rotation and
// the pipeline's prologue and epilogue against the CPU build.
//
//===----------------------------------------------------------------------===//

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/Utils/Alignment.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUPIPELINECOPIESPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Adds the buffers (memrefs through their views) that `op` and the ops
/// nested in it read and write to `reads` and `writes`. False if an effect
/// is on no value or an op's effects are unknown.
static bool collectBufferEffects(Operation *op,
                                 llvm::SmallPtrSetImpl<Value> &reads,
                                 llvm::SmallPtrSetImpl<Value> &writes) {
  bool known = true;
  op->walk([&](Operation *nested) {
    auto iface = dyn_cast<MemoryEffectOpInterface>(nested);
    if (!iface) {
      if (!nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
        known = false;
      return;
    }
    SmallVector<MemoryEffects::EffectInstance> effects;
    iface.getEffects(effects);
    for (const MemoryEffects::EffectInstance &effect : effects) {
      if (isa<MemoryEffects::Allocate, MemoryEffects::Free>(effect.getEffect()))
        continue;
      Value value = effect.getValue();
      if (!value || !isa<BaseMemRefType>(value.getType())) {
        known = false;
        continue;
      }
      Value root = getRootBuffer(value);
      if (isa<MemoryEffects::Read>(effect.getEffect()))
        reads.insert(root);
      else if (isa<MemoryEffects::Write>(effect.getEffect()))
        writes.insert(root);
    }
  });
  return known;
}

/// Whether `user` takes a memref of any layout and its results do not
/// depend on the memref's type: vector and scalar loads and stores, copies,
/// linalg ops on buffers.
static bool isRetypableUser(Operation *user) {
  return isa<vector::TransferReadOp, vector::TransferWriteOp, vector::LoadOp,
             vector::StoreOp, memref::LoadOp, memref::StoreOp, memref::CopyOp>(
             user) ||
         (isa<linalg::LinalgOp>(user) &&
          cast<linalg::LinalgOp>(user).hasPureBufferSemantics());
}

/// Whether `value`'s uses, through memref.subview ops, are all retypable
/// (isRetypableUser): multi-buffering only changes the layouts of its views.
static bool hasRetypableUses(Value value) {
  for (Operation *user : value.getUsers()) {
    if (auto subview = dyn_cast<memref::SubViewOp>(user)) {
      if (subview.getSource() != value || !hasRetypableUses(subview))
        return false;
      continue;
    }
    if (!isRetypableUser(user))
      return false;
  }
  return true;
}

/// Replaces the uses of `from` by `to`, a memref of the same shape and
/// another layout: subviews of it are recreated with the layouts they now
/// have.
static void replaceWithView(RewriterBase &rewriter, Value from, Value to) {
  for (OpOperand &use : llvm::make_early_inc_range(from.getUses())) {
    Operation *user = use.getOwner();
    if (auto subview = dyn_cast<memref::SubViewOp>(user)) {
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPoint(subview);
      MemRefType type = memref::SubViewOp::inferRankReducedResultType(
          subview.getType().getShape(), cast<MemRefType>(to.getType()),
          subview.getMixedOffsets(), subview.getMixedSizes(),
          subview.getMixedStrides());
      Value view = memref::SubViewOp::create(
          rewriter, subview.getLoc(), type, to, subview.getMixedOffsets(),
          subview.getMixedSizes(), subview.getMixedStrides());
      replaceWithView(rewriter, subview, view);
      rewriter.eraseOp(subview);
      continue;
    }
    rewriter.modifyOpInPlace(user, [&] { use.set(to); });
  }
}

/// `alloc` (in `loop`'s body, used only in it) as one buffer of `stages`
/// times its size in front of the loop, each step using the slot
/// (step number) mod stages.
static memref::AllocOp multiBuffer(RewriterBase &rewriter, scf::ForOp loop,
                                   memref::AllocOp alloc, int64_t stages) {
  OpBuilder::InsertionGuard guard(rewriter);
  MemRefType type = alloc.getType();
  SmallVector<int64_t> shape{stages};
  llvm::append_range(shape, type.getShape());
  auto bigType =
      MemRefType::get(shape, type.getElementType(), MemRefLayoutAttrInterface(),
                      type.getMemorySpace());
  rewriter.setInsertionPoint(loop);
  auto big = memref::AllocOp::create(rewriter, alloc.getLoc(), bigType,
                                     ValueRange{}, alloc->getAttrs());
  rewriter.setInsertionPointToStart(loop.getBody());
  Location loc = alloc.getLoc();
  AffineExpr iv, lb, step;
  bindDims(rewriter.getContext(), iv, lb, step);
  Value slot =
      affine::makeComposedAffineApply(
          rewriter, loc, (iv - lb).floorDiv(step) % stages,
          {loop.getInductionVar(), loop.getLowerBound(), loop.getStep()})
          .getResult();
  SmallVector<OpFoldResult> offsets(shape.size(), rewriter.getIndexAttr(0));
  offsets.front() = slot;
  SmallVector<OpFoldResult> sizes{rewriter.getIndexAttr(1)};
  for (int64_t size : type.getShape())
    sizes.push_back(rewriter.getIndexAttr(size));
  SmallVector<OpFoldResult> strides(shape.size(), rewriter.getIndexAttr(1));
  MemRefType slotType = memref::SubViewOp::inferRankReducedResultType(
      type.getShape(), bigType, offsets, sizes, strides);
  Value view = memref::SubViewOp::create(rewriter, loc, slotType, big, offsets,
                                         sizes, strides);
  replaceWithView(rewriter, alloc, view);
  rewriter.eraseOp(alloc);
  return big;
}

/// Whether `op` (a vector transfer) moves whole rows of a vector: in
/// bounds, unmasked, along the memref's innermost, unit-stride dimension.
template <typename TransferOp>
static bool isRowTransfer(TransferOp op) {
  auto type = dyn_cast<MemRefType>(op.getShapedType());
  return type && !op.getMask() && op.getPermutationMap().isMinorIdentity() &&
         llvm::all_of(op.getInBoundsValues(), [](bool b) { return b; }) &&
         type.isLastDimUnitStride() && op.getVectorType().getRank() >= 1;
}

/// The positions of the rows of a vector whose dims but the last are
/// `leading`: one index per dim, the last 0.
static SmallVector<SmallVector<int64_t>>
getRowPositions(ArrayRef<int64_t> leading) {
  SmallVector<SmallVector<int64_t>> positions;
  for (int64_t row = 0, rows = ShapedType::getNumElements(leading); row < rows;
       ++row) {
    SmallVector<int64_t> position =
        leading.empty() ? SmallVector<int64_t>{}
                        : delinearize(row, computeStrides(leading));
    position.push_back(0);
    positions.push_back(std::move(position));
  }
  return positions;
}

/// In `forall` (a copy into shared memory), each vector.transfer_write of a
/// vector.transfer_read from another memory space as one cp.async
/// (nvgpu.device_async_copy) per row of the vector, where a row is 4, 8 or
/// 16 bytes (what cp.async copies) at addresses provably aligned to that
/// (getAddressDivisor: buffers 16-byte aligned, offsets from the index
/// computations). Returns the number of cp.async made
/// (one thread's, per step); the others stay plain copies.
static int64_t convertToAsyncCopies(RewriterBase &rewriter,
                                    scf::ForallOp forall) {
  SmallVector<vector::TransferWriteOp> writes;
  forall.getBody()->walk([&](vector::TransferWriteOp write) {
    auto read = write.getVector().getDefiningOp<vector::TransferReadOp>();
    if (!read || !write.getVector().hasOneUse() || !isRowTransfer(write) ||
        !isRowTransfer(read) || read.getVectorType() != write.getVectorType())
      return;
    auto dstType = cast<MemRefType>(write.getShapedType());
    auto srcType = cast<MemRefType>(read.getShapedType());
    if (!nvgpu::NVGPUDialect::hasSharedMemoryAddressSpace(dstType) ||
        nvgpu::NVGPUDialect::hasSharedMemoryAddressSpace(srcType))
      return;
    VectorType vectorType = write.getVectorType();
    Type element = vectorType.getElementType();
    // Whole bytes, the memrefs' own element type (cp.async counts bytes).
    if (!element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0 ||
        dstType.getElementType() != element ||
        srcType.getElementType() != element)
      return;
    int64_t rowBytes =
        vectorType.getShape().back() * element.getIntOrFloatBitWidth() / 8;
    if (rowBytes != 4 && rowBytes != 8 && rowBytes != 16)
      return;
    // A vector of several rows: the leading indices of each row.
    int64_t vectorRank = vectorType.getRank();
    if (write.getIndices().size() < static_cast<size_t>(vectorRank) ||
        read.getIndices().size() < static_cast<size_t>(vectorRank))
      return;
    // cp.async needs both addresses aligned to its size: provably so for
    // every row (as for the vector loads it replaces).
    int64_t elementBytes = element.getIntOrFloatBitWidth() / 8;
    for (ArrayRef<int64_t> position :
         getRowPositions(vectorType.getShape().drop_back())) {
      for (auto [base, indices] :
           {std::make_pair(read.getBase(), read.getIndices()),
            std::make_pair(write.getBase(), write.getIndices())})
        if (divisorProduct(getAddressDivisor(base, indices, position),
                           elementBytes) %
                rowBytes !=
            0)
          return;
    }
    writes.push_back(write);
  });
  OpBuilder::InsertionGuard guard(rewriter);
  MLIRContext *context = rewriter.getContext();
  int64_t made = 0;
  for (vector::TransferWriteOp write : writes) {
    auto read = write.getVector().getDefiningOp<vector::TransferReadOp>();
    VectorType vectorType = write.getVectorType();
    int64_t rowElements = vectorType.getShape().back();
    int64_t rowBytes =
        rowElements * vectorType.getElementType().getIntOrFloatBitWidth() / 8;
    rewriter.setInsertionPoint(write);
    Location loc = write.getLoc();
    auto offsetIndices = [&](ValueRange indices, ArrayRef<int64_t> position) {
      SmallVector<Value> result(indices);
      size_t first = indices.size() - vectorType.getRank();
      for (auto [i, offset] : llvm::enumerate(position))
        if (offset != 0)
          result[first + i] = arith::AddIOp::create(
              rewriter, loc, result[first + i],
              arith::ConstantIndexOp::create(rewriter, loc, offset));
      return result;
    };
    for (ArrayRef<int64_t> position :
         getRowPositions(vectorType.getShape().drop_back())) {
      nvgpu::DeviceAsyncCopyOp::create(
          rewriter, loc, nvgpu::DeviceAsyncTokenType::get(context),
          write.getBase(), offsetIndices(write.getIndices(), position),
          read.getBase(), offsetIndices(read.getIndices(), position),
          rewriter.getIndexAttr(rowElements), /*srcElements=*/Value(),
          rowBytes == 16 ? rewriter.getUnitAttr() : UnitAttr());
      ++made;
    }
    rewriter.eraseOp(write);
    if (read->use_empty())
      rewriter.eraseOp(read);
  }
  return made;
}

FailureOr<scf::ForOp> mlir::fusion::pipelineSharedMemoryCopies(
    RewriterBase &rewriter, scf::ForOp loop, int64_t stages, bool asyncCopies,
    int64_t *asyncCount) {
  if (stages < 2)
    return rewriter.notifyMatchFailure(loop, "fewer than 2 stages");
  if (!loop.getInitArgs().empty())
    return rewriter.notifyMatchFailure(loop, "the loop carries values");
  if (!loop.getInductionVar().getType().isIndex())
    return rewriter.notifyMatchFailure(loop, "the loop's induction variable "
                                             "is not an index");
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!lb || !ub || !step || *step <= 0)
    return rewriter.notifyMatchFailure(loop, "dynamic loop bounds");
  int64_t trips = *ub > *lb ? llvm::divideCeil(*ub - *lb, *step) : 0;
  if (trips < stages)
    return rewriter.notifyMatchFailure(
        loop,
        llvm::formatv("{0} steps, fewer than the {1} stages", trips, stages));

  // The buffers allocated in the loop (each step's shared-memory copies)
  // and the thread foralls that fill them.
  // A buffer freed at the end of the step (by the deallocation pipeline) is
  // freed after the loop instead.
  Block *body = loop.getBody();
  SmallVector<memref::AllocOp> allocs;
  SmallVector<memref::DeallocOp> deallocs;
  llvm::SmallPtrSet<Value, 4> buffers;
  for (Operation &op : body->without_terminator()) {
    auto alloc = dyn_cast<memref::AllocOp>(op);
    if (!alloc || !alloc.getType().hasStaticShape() ||
        !alloc.getDynamicSizes().empty() || !alloc.getSymbolOperands().empty())
      continue;
    SmallVector<memref::DeallocOp> frees;
    for (Operation *user : alloc->getUsers())
      if (auto dealloc = dyn_cast<memref::DeallocOp>(user);
          dealloc && dealloc->getBlock() == body)
        frees.push_back(dealloc);
    if (frees.size() > 1 ||
        llvm::any_of(alloc->getUsers(), [&](Operation *user) {
          return !loop->isProperAncestor(user);
        }))
      return rewriter.notifyMatchFailure(
          alloc, "a buffer of the loop is used outside it or freed twice");
    // Its uses but the dealloc, retyped by multi-buffering.
    if (!frees.empty() &&
        !frees.front()->isBeforeInBlock(body->getTerminator()))
      return rewriter.notifyMatchFailure(alloc, "unexpected dealloc");
    bool retypable = llvm::all_of(alloc->getUses(), [&](OpOperand &use) {
      Operation *user = use.getOwner();
      if (isa<memref::DeallocOp>(user))
        return llvm::any_of(frees, [&](memref::DeallocOp dealloc) {
          return dealloc.getOperation() == user;
        });
      auto subview = dyn_cast<memref::SubViewOp>(user);
      return subview ? subview.getSource() == alloc.getResult() &&
                           hasRetypableUses(subview)
                     : isRetypableUser(user);
    });
    if (!retypable)
      return rewriter.notifyMatchFailure(
          alloc, "a buffer of the loop is viewed as something other than "
                 "subviews");
    allocs.push_back(alloc);
    deallocs.append(frees);
    buffers.insert(alloc);
  }
  if (allocs.empty())
    return rewriter.notifyMatchFailure(loop, "no buffer allocated in the loop");
  SmallVector<scf::ForallOp> copies;
  llvm::SmallPtrSet<Value, 8> copyReads, otherWrites;
  Operation *firstReader = nullptr;
  for (Operation &op : body->without_terminator()) {
    if ((isa<memref::AllocOp>(op) && buffers.contains(op.getResult(0))) ||
        llvm::is_contained(deallocs, &op))
      continue;
    llvm::SmallPtrSet<Value, 4> reads, writes;
    if (!collectBufferEffects(&op, reads, writes))
      return rewriter.notifyMatchFailure(&op, "unknown memory effects");
    bool writesBuffer =
        llvm::any_of(writes, [&](Value v) { return buffers.contains(v); });
    bool readsBuffer =
        llvm::any_of(reads, [&](Value v) { return buffers.contains(v); });
    if (writesBuffer) {
      auto copy = dyn_cast<scf::ForallOp>(op);
      if (!copy || getForallMapping(copy) != ForallMapping::Threads ||
          readsBuffer || firstReader ||
          llvm::any_of(writes, [&](Value v) { return !buffers.contains(v); }))
        return rewriter.notifyMatchFailure(
            &op, "a buffer of the loop is written by something other than a "
                 "copy into it ahead of its readers");
      copies.push_back(copy);
      copyReads.insert(reads.begin(), reads.end());
      continue;
    }
    if (readsBuffer && !firstReader)
      firstReader = &op;
    otherWrites.insert(writes.begin(), writes.end());
  }
  if (copies.empty() || !firstReader)
    return rewriter.notifyMatchFailure(loop, "no copy read by the loop");
  if (llvm::any_of(copyReads, [&](Value v) { return otherWrites.contains(v); }))
    return rewriter.notifyMatchFailure(
        loop, "a copy reads memory that the loop also writes");

  // The copies run a stage ahead of the rest: what they depend on in the
  // loop must be free of memory effects (index and view computations), or
  // it would run ahead too. Their buffers become views of slots (step 1).
  {
    BackwardSliceOptions ahead;
    ahead.inclusive = false;
    ahead.omitUsesFromAbove = false;
    ahead.filter = [&](Operation *op) { return op->getBlock() == body; };
    llvm::SetVector<Operation *> slice;
    for (scf::ForallOp copy : copies)
      (void)getBackwardSlice(copy.getOperation(), &slice, ahead);
    for (Operation *op : slice)
      if (!isMemoryEffectFree(op) && !llvm::is_contained(copies, op) &&
          !(isa<memref::AllocOp>(op) && buffers.contains(op->getResult(0))))
        return rewriter.notifyMatchFailure(
            op, "the copies depend on an op with memory effects");
  }

  // From here on the loop changes. 1. The buffers, S times, in front of it
  // (and freed after it).
  OpBuilder::InsertionGuard guard(rewriter);
  llvm::SmallPtrSet<Value, 4> freed;
  for (memref::DeallocOp dealloc : deallocs) {
    freed.insert(dealloc.getMemref());
    rewriter.eraseOp(dealloc);
  }
  for (memref::AllocOp alloc : allocs) {
    bool wasFreed = freed.contains(alloc.getResult());
    memref::AllocOp big = multiBuffer(rewriter, loop, alloc, stages);
    if (wasFreed) {
      rewriter.setInsertionPointAfter(loop);
      memref::DeallocOp::create(rewriter, loop.getLoc(), big);
    }
  }

  // 2. cp.async: one group per step, committed by every thread after the
  // step's copies; before a step computes, each thread waits for its own
  // group (the count is set per part of the pipeline below), then the
  // block's barrier makes every thread's copies visible.
  Operation *commit = nullptr, *wait = nullptr;
  int64_t converted = 0;
  if (asyncCopies) {
    for (scf::ForallOp copy : copies)
      converted += convertToAsyncCopies(rewriter, copy);
  }
  if (asyncCount)
    *asyncCount = converted;
  if (converted > 0) {
    Location loc = loop.getLoc();
    auto tokenType = nvgpu::DeviceAsyncTokenType::get(rewriter.getContext());
    rewriter.setInsertionPointAfter(copies.back());
    commit = nvgpu::DeviceAsyncCreateGroupOp::create(rewriter, loc, tokenType,
                                                     ValueRange{});
    rewriter.setInsertionPoint(firstReader);
    wait = nvgpu::DeviceAsyncWaitOp::create(rewriter, loc, commit->getResult(0),
                                            nullptr);
    gpu::BarrierOp::create(rewriter, loc);
  }

  // 3. The schedule: the copies (and the commit) with the index and view
  // computations they use are stage 0, everything else the last stage;
  // index and view computations that both use are duplicated, so that no
  // value crosses stages but the commit's token.
  llvm::SetVector<Operation *> first;
  BackwardSliceOptions sliceOptions;
  sliceOptions.inclusive = true;
  sliceOptions.omitUsesFromAbove = false;
  sliceOptions.filter = [&](Operation *op) { return op->getBlock() == body; };
  SmallVector<Operation *> roots(copies.begin(), copies.end());
  if (commit)
    roots.push_back(commit);
  for (Operation *root : roots)
    (void)getBackwardSlice(root, &first, sliceOptions);
  llvm::SetVector<Operation *> shared;
  for (Operation &op : body->without_terminator()) {
    if (first.contains(&op) || &op == wait)
      continue;
    llvm::SetVector<Operation *> slice;
    (void)getBackwardSlice(&op, &slice, sliceOptions);
    for (Operation *s : slice)
      if (first.contains(s) && !llvm::is_contained(roots, s))
        shared.insert(s);
  }
  IRMapping lastStage;
  for (Operation &op : llvm::make_early_inc_range(body->without_terminator()))
    if (shared.contains(&op)) { // in program order
      rewriter.setInsertionPoint(&op);
      rewriter.clone(op, lastStage);
    }
  for (Operation &op : body->without_terminator()) {
    if (first.contains(&op))
      continue;
    op.walk([&](Operation *nested) {
      for (OpOperand &operand : nested->getOpOperands())
        if (Value mapped = lastStage.lookupOrNull(operand.get()))
          rewriter.modifyOpInPlace(nested, [&] { operand.set(mapped); });
    });
  }

  int64_t lastStageIndex = stages - 1;
  scf::PipeliningOption options;
  options.getScheduleFn =
      [&](scf::ForOp forOp,
          std::vector<std::pair<Operation *, unsigned>> &schedule) {
        for (Operation &op : forOp.getBody()->without_terminator())
          if (first.contains(&op))
            schedule.emplace_back(&op, 0);
        for (Operation &op : forOp.getBody()->without_terminator())
          if (!first.contains(&op))
            schedule.emplace_back(&op, lastStageIndex);
      };
  // In the loop, step i waits after the commit of step i + S - 1: S - 1
  // later groups may still be in flight; in the epilogue's j-th step, one
  // fewer per step already past (the last one waits for all).
  options.annotateFn = [&](Operation *op,
                           scf::PipeliningOption::PipelinerPart part,
                           unsigned iteration) {
    auto waitOp = dyn_cast<nvgpu::DeviceAsyncWaitOp>(op);
    if (!waitOp)
      return;
    int64_t inFlight =
        part == scf::PipeliningOption::PipelinerPart::Epilogue
            ? lastStageIndex - 1 - static_cast<int64_t>(iteration)
            : lastStageIndex;
    waitOp.setNumGroups(static_cast<int32_t>(std::max<int64_t>(inFlight, 0)));
  };
  options.peelEpilogue = true;
  bool modified = false;
  rewriter.setInsertionPoint(loop);
  FailureOr<scf::ForOp> pipelined =
      scf::pipelineForLoop(rewriter, loop, options, &modified);
  if (failed(pipelined)) {
    // Multi-buffered, not pipelined: still correct (a wait without a count
    // waits for every group), unless the pipeliner left it half done.
    if (modified)
      return loop->emitError("pipelining the shared-memory copies failed "
                             "after changing the loop");
    loop->removeAttr(kCopyStagesAttrName);
    return rewriter.notifyMatchFailure(
        loop, "scf::pipelineForLoop refused the loop (its buffers stay "
              "multiplied, its copies unpipelined)");
  }
  (*pipelined)->removeAttr(kCopyStagesAttrName);
  return *pipelined;
}

namespace {
struct FusionGPUPipelineCopiesPass
    : fusion::impl::FusionGPUPipelineCopiesPassBase<
          FusionGPUPipelineCopiesPass> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    getOperation()->walk([&](scf::ForOp loop) {
      if (loop->hasAttr(kCopyStagesAttrName))
        loops.push_back(loop);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (scf::ForOp loop : loops) {
      auto stagesAttr =
          dyn_cast<IntegerAttr>(loop->getAttr(kCopyStagesAttrName));
      int64_t stages = stagesAttr && stagesAttr.getValue().getBitWidth() <= 64
                           ? stagesAttr.getValue().getSExtValue()
                           : 0;
      if (stages < 2 || stages > 8) {
        loop.emitError() << "'" << kCopyStagesAttrName
                         << "' must be an integer in [2, 8]";
        return signalPassFailure();
      }
      Location loc = loop.getLoc();
      listener.reason.clear();
      int64_t asyncCount = 0;
      FailureOr<scf::ForOp> pipelined = pipelineSharedMemoryCopies(
          rewriter, loop, stages, asyncCopies, &asyncCount);
      if (failed(pipelined)) {
        if (!listener.reason.empty()) {
          // Refused: the loop computes what it did.
          loop->removeAttr(kCopyStagesAttrName);
          reportDecision(
              loc, "fusion-gpu-pipeline-copies", "NotPipelined", false,
              "shared-memory copies not pipelined: " + listener.reason);
          continue;
        }
        return signalPassFailure();
      }
      reportDecision(
          loc, "fusion-gpu-pipeline-copies", "Pipelined", true,
          llvm::formatv(
              "shared-memory copies pipelined over {0} buffers{1}", stages,
              asyncCount > 0 ? llvm::formatv(" ({0} cp.async per thread and "
                                             "step)",
                                             asyncCount)
                                   .str()
                             : std::string())
              .str());
    }
  }
};
} // namespace
