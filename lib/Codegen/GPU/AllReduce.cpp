//===- AllReduce.cpp - gpu.all_reduce on the GPU and in the emulation -----===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Row-reduction kernels combine the threads' partial results of a block
// with gpu.all_reduce. On the GPU, upstream's lowering makes it warp
// shuffles and one round through shared memory; in the emulation, where a
// block's threads run one after another, the thread loop is split at the
// reduction instead.
//
//===----------------------------------------------------------------------===//

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/BufferDeallocationOpInterface.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/GPU/Utils/GPUUtils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPULOWERALLREDUCEPASS
#define GEN_PASS_DEF_FUSIONGPUEMULATEALLREDUCEPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Whether `op` (and what it nests) writes or frees only buffers allocated
/// in `body` before `end`, and has no effects beyond analysis.
static bool writesOnlyLocalBuffers(Operation *op, Block *body, Operation *end) {
  auto isLocal = [&](Value memref) {
    auto typed = dyn_cast<TypedValue<MemRefType>>(memref);
    if (!typed)
      return false;
    Operation *def = memref::skipViewLikeOps(typed).getDefiningOp();
    return def && isa<memref::AllocOp, memref::AllocaOp>(def) &&
           def->getBlock() == body && def->isBeforeInBlock(end);
  };
  WalkResult result = op->walk([&](Operation *nested) {
    auto iface = dyn_cast<MemoryEffectOpInterface>(nested);
    if (!iface)
      return nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>()
                 ? WalkResult::advance()
                 : WalkResult::interrupt();
    SmallVector<MemoryEffects::EffectInstance> effects;
    iface.getEffects(effects);
    for (const MemoryEffects::EffectInstance &effect : effects) {
      if (!isa<MemoryEffects::Write, MemoryEffects::Free>(effect.getEffect()))
        continue;
      if (!effect.getValue() || !isLocal(effect.getValue()))
        return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return !result.wasInterrupted();
}

LogicalResult mlir::fusion::splitForallAtAllReduce(RewriterBase &rewriter,
                                                   gpu::AllReduceOp reduce) {
  auto forall = dyn_cast<scf::ForallOp>(reduce->getParentOp());
  if (!forall || forall.getRank() != 1 || !forall.getOutputs().empty())
    return rewriter.notifyMatchFailure(
        reduce, "not in the body of a 1-D scf.forall on buffers");
  if (getForallMapping(forall) != ForallMapping::Threads)
    return rewriter.notifyMatchFailure(reduce,
                                       "the forall is not mapped to threads");
  std::optional<int64_t> lb =
      getConstantIntValue(forall.getMixedLowerBound()[0]);
  std::optional<int64_t> ub =
      getConstantIntValue(forall.getMixedUpperBound()[0]);
  std::optional<int64_t> step = getConstantIntValue(forall.getMixedStep()[0]);
  if (!lb || !ub || !step || *lb != 0 || *step != 1 || *ub < 1)
    return rewriter.notifyMatchFailure(reduce,
                                       "the forall is not from 0 by 1 to a "
                                       "constant");
  std::optional<gpu::AllReduceOperation> operation = reduce.getOp();
  if (!operation || !reduce.getBody().empty() || !reduce.getUniform())
    return rewriter.notifyMatchFailure(
        reduce, "not a uniform reduction with a built-in operation");
  Block *body = forall.getBody();
  for (Operation &op : *body) {
    if (&op == reduce.getOperation())
      break;
    if (!writesOnlyLocalBuffers(&op, body, reduce))
      return rewriter.notifyMatchFailure(
          reduce, "'" + op.getName().getStringRef() +
                      "' before the reduction writes memory it did not "
                      "allocate (running it twice would not be the same)");
  }

  Location loc = reduce.getLoc();
  Type type = reduce.getType();
  rewriter.setInsertionPoint(forall);
  auto scratchType = MemRefType::get({*ub}, type);
  Value scratch = memref::AllocOp::create(rewriter, loc, scratchType);
  // The first part: each thread's value into the buffer.
  IRMapping cloned;
  auto first = cast<scf::ForallOp>(rewriter.clone(*forall, cloned));
  Operation *clonedReduce = cloned.lookup(reduce.getResult()).getDefiningOp();
  rewriter.setInsertionPoint(clonedReduce);
  memref::StoreOp::create(rewriter, loc, clonedReduce->getOperand(0), scratch,
                          first.getInductionVars()[0]);
  Block *firstBody = first.getBody();
  SmallVector<Operation *> after;
  for (Operation *op = clonedReduce; op != firstBody->getTerminator();
       op = op->getNextNode())
    after.push_back(op);
  for (Operation *op : llvm::reverse(after)) {
    auto dealloc = dyn_cast<memref::DeallocOp>(op);
    Operation *def = dealloc ? dealloc.getMemref().getDefiningOp() : nullptr;
    if (def && def->getBlock() == firstBody && def->isBeforeInBlock(op) &&
        def->isBeforeInBlock(clonedReduce))
      continue;
    rewriter.eraseOp(op);
  }
  // The threads' values reduced, then the second part with the result.
  rewriter.setInsertionPoint(forall);
  auto vectorType = VectorType::get({*ub}, type);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value values = vector::LoadOp::create(rewriter, loc, vectorType, scratch,
                                        ValueRange{zero});
  Value result = vector::ReductionOp::create(
      rewriter, loc, gpu::convertReductionKind(*operation), values);
  rewriter.replaceOp(reduce, result);
  rewriter.setInsertionPointAfter(forall);
  memref::DeallocOp::create(rewriter, loc, scratch);
  return success();
}

namespace {
/// gpu.all_reduce reduces scalars: nothing for the ownership-based buffer
/// deallocation to do (which refuses ops without known memory effects).
struct AllReduceDeallocationModel
    : bufferization::BufferDeallocationOpInterface::ExternalModel<
          AllReduceDeallocationModel, gpu::AllReduceOp> {
  FailureOr<Operation *>
  process(Operation *op, bufferization::DeallocationState &,
          const bufferization::DeallocationOptions &) const {
    return op;
  }
};
} // namespace

void mlir::fusion::registerAllReduceBufferDeallocationModel(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, gpu::GPUDialect *) {
    gpu::AllReduceOp::attachInterface<AllReduceDeallocationModel>(*ctx);
  });
}

namespace {
struct FusionGPUEmulateAllReducePass
    : fusion::impl::FusionGPUEmulateAllReducePassBase<
          FusionGPUEmulateAllReducePass> {
  void runOnOperation() override {
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    // One at a time, first to last: a split forall holds the later ones
    // twice (the first copy drops them).
    while (true) {
      gpu::AllReduceOp reduce;
      getOperation()->walk([&](gpu::AllReduceOp op) {
        reduce = op;
        return WalkResult::interrupt();
      });
      if (!reduce)
        return;
      if (failed(splitForallAtAllReduce(rewriter, reduce))) {
        reduce.emitError("cannot emulate this gpu.all_reduce: ")
            << listener.reason;
        return signalPassFailure();
      }
    }
  }
};

struct FusionGPULowerAllReducePass
    : fusion::impl::FusionGPULowerAllReducePassBase<
          FusionGPULowerAllReducePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateGpuAllReducePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    WalkResult left = getOperation()->walk([](gpu::AllReduceOp reduce) {
      reduce.emitError("gpu.all_reduce not lowered (it must be uniform and "
                       "in a gpu.func)");
      return WalkResult::interrupt();
    });
    if (left.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
