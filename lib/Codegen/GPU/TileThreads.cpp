//===- TileThreads.cpp - The GPU's thread level ---------------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The thread level of a GPU group's lowering, after its thread blocks
// (fusion-tile-groups) and, for contraction kernels, the promotion of their
// operands to shared memory (fusion-gpu-promote-operands): threads with an
// element or a vector each (gpu_threads), the ops of a contraction kernel
// by the thread tiles they are marked with (gpu_contraction), or a block
// per row (gpu_rows, RowReductions.cpp); fusion-gpu-tile-threads.
//
//===----------------------------------------------------------------------===//

#include "../Common/KernelConfigUtils.h"

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/TilingInterface.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUTILETHREADSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

void mlir::fusion::setThreadTile(RewriterBase &rewriter, Operation *op,
                                 ArrayRef<int64_t> sizes, int64_t fastest,
                                 bool warps) {
  clearThreadTile(rewriter, op);
  rewriter.modifyOpInPlace(op, [&] {
    op->setAttr(warps ? kWarpTileAttrName : kThreadTileAttrName,
                rewriter.getDenseI64ArrayAttr(sizes));
    if (fastest >= 0)
      op->setAttr(kThreadTileFastestAttrName,
                  rewriter.getI64IntegerAttr(fastest));
  });
}

void mlir::fusion::clearThreadTile(RewriterBase &rewriter, Operation *op) {
  if (!op->hasAttr(kThreadTileAttrName) && !op->hasAttr(kWarpTileAttrName) &&
      !op->hasAttr(kThreadTileFastestAttrName))
    return;
  rewriter.modifyOpInPlace(op, [&] {
    op->removeAttr(kThreadTileAttrName);
    op->removeAttr(kWarpTileAttrName);
    op->removeAttr(kThreadTileFastestAttrName);
  });
}

/// The thread tile `op` is marked with (sizes, fastest loop or -1, warps),
/// or nullopt if none; an error if the mark is malformed.
static FailureOr<std::optional<std::tuple<SmallVector<int64_t>, int64_t, bool>>>
getThreadTile(Operation *op) {
  Attribute threadAttr = op->getAttr(kThreadTileAttrName);
  Attribute warpAttr = op->getAttr(kWarpTileAttrName);
  Attribute fastestAttr = op->getAttr(kThreadTileFastestAttrName);
  if (!threadAttr && !warpAttr) {
    if (fastestAttr)
      return op->emitError("'")
             << kThreadTileFastestAttrName << "' without '"
             << kThreadTileAttrName << "' or '" << kWarpTileAttrName << "'";
    return std::optional<std::tuple<SmallVector<int64_t>, int64_t, bool>>();
  }
  if (threadAttr && warpAttr)
    return op->emitError("both '")
           << kThreadTileAttrName << "' and '" << kWarpTileAttrName << "'";
  StringRef name = threadAttr ? kThreadTileAttrName : kWarpTileAttrName;
  auto sizes = dyn_cast<DenseI64ArrayAttr>(threadAttr ? threadAttr : warpAttr);
  if (!sizes)
    return op->emitError("'") << name
                              << "' must be an array<i64> of tile "
                                 "sizes, got "
                              << (threadAttr ? threadAttr : warpAttr);
  auto tilable = dyn_cast<TilingInterface>(op);
  if (!tilable)
    return op->emitError("'") << name << "' on an op that cannot be tiled";
  int64_t loops = tilable.getLoopIteratorTypes().size();
  if (int64_t(sizes.size()) != loops)
    return op->emitError("'")
           << name << "' has " << int64_t(sizes.size())
           << " tile sizes for an op of " << loops << " loops";
  if (llvm::any_of(sizes.asArrayRef(), [](int64_t s) { return s < 0; }))
    return op->emitError("'") << name << "' has a negative tile size";
  int64_t tiled =
      llvm::count_if(sizes.asArrayRef(), [](int64_t s) { return s != 0; });
  // One linear id per tiled loop: #gpu.thread<linear_dim_0> to _9.
  if (tiled == 0 || tiled > 10)
    return op->emitError("'")
           << name << "' must tile 1 to 10 loops, tiles " << tiled;
  for (auto [d, it] : llvm::enumerate(tilable.getLoopIteratorTypes()))
    if (sizes[d] != 0 && it != utils::IteratorType::parallel)
      return op->emitError("'") << name << "' tiles loop " << int64_t(d)
                                << ", a reduction: threads would race on "
                                   "its result";
  int64_t fastest = -1;
  if (fastestAttr) {
    auto integer = dyn_cast<IntegerAttr>(fastestAttr);
    std::optional<int64_t> loop;
    if (integer && integer.getValue().getSignificantBits() <= 64)
      loop = integer.getValue().getSExtValue();
    if (!loop || *loop < 0 || *loop >= loops || sizes[*loop] == 0)
      return op->emitError("'")
             << kThreadTileFastestAttrName << "' must be a tiled loop of the "
             << loops << ", got " << fastestAttr;
    fastest = *loop;
  }
  return std::optional<std::tuple<SmallVector<int64_t>, int64_t, bool>>(
      std::make_tuple(llvm::to_vector(sizes.asArrayRef()), fastest,
                      bool(warpAttr)));
}

LogicalResult mlir::fusion::verifyThreadTiles(Operation *scope) {
  WalkResult result = scope->walk([](Operation *op) {
    return failed(getThreadTile(op)) ? WalkResult::interrupt()
                                     : WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}

/// Tiles `op` into an scf.forall over linear GPU thread ids (loop `fastest`
/// on linear_dim_0, by default the innermost tiled loop; the other tiled
/// loops innermost first after it), with `sizes` per loop (0: not tiled),
/// and returns the tiled op.
static FailureOr<Operation *> tileToThreads(RewriterBase &rewriter,
                                            TilingInterface op,
                                            ArrayRef<int64_t> sizes,
                                            int64_t fastest = -1,
                                            bool warps = false) {
  SmallVector<int64_t> tiledLoops;
  for (auto [d, size] : llvm::enumerate(sizes))
    if (size != 0)
      tiledLoops.push_back(d);
  if (fastest < 0 || !llvm::is_contained(tiledLoops, fastest))
    fastest = tiledLoops.empty() ? -1 : tiledLoops.back();
  // Linear dims: `fastest` first, then the others innermost first.
  SmallVector<int64_t> order{fastest};
  for (int64_t d : llvm::reverse(tiledLoops))
    if (d != fastest)
      order.push_back(d);
  SmallVector<Attribute> mapping;
  for (int64_t d : tiledLoops) {
    int64_t linear = llvm::find(order, d) - order.begin();
    auto id = static_cast<gpu::MappingId>(
        static_cast<int64_t>(gpu::MappingId::LinearDim0) + linear);
    mapping.push_back(
        warps
            ? Attribute(gpu::GPUWarpMappingAttr::get(rewriter.getContext(), id))
            : Attribute(
                  gpu::GPUThreadMappingAttr::get(rewriter.getContext(), id)));
  }
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
  options.setMapping(mapping);
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> result =
      scf::tileUsingSCF(rewriter, op, options);
  if (failed(result))
    return failure();
  if (op->getNumResults() != 0)
    rewriter.replaceOp(op, result->replacements);
  else
    rewriter.eraseOp(op);
  return result->tiledOps.back();
}

FailureOr<SmallVector<Operation *>>
mlir::fusion::tileMarkedOpsToThreads(RewriterBase &rewriter, Operation *scope) {
  if (failed(verifyThreadTiles(scope)))
    return failure();
  SmallVector<Operation *> marked;
  scope->walk([&](Operation *op) {
    if (op->hasAttr(kThreadTileAttrName) || op->hasAttr(kWarpTileAttrName))
      marked.push_back(op);
  });
  OpBuilder::InsertionGuard guard(rewriter);
  SmallVector<Operation *> tiledOps;
  for (Operation *op : marked) {
    auto [sizes, fastest, warps] = **getThreadTile(op);
    clearThreadTile(rewriter, op);
    FailureOr<Operation *> tiled = tileToThreads(
        rewriter, cast<TilingInterface>(op), sizes, fastest, warps);
    if (failed(tiled)) {
      // The rest of the plan is not carried out either.
      scope->walk([&](Operation *rest) { clearThreadTile(rewriter, rest); });
      return rewriter.notifyMatchFailure(op, "tiling for threads failed");
    }
    tiledOps.push_back(*tiled);
  }
  return tiledOps;
}

FailureOr<std::pair<scf::ForallOp, linalg::LinalgOp>>
mlir::fusion::getBlockTile(RewriterBase &rewriter, GroupOp group) {
  auto yield = dyn_cast<YieldOp>(group.getBodyBlock().getTerminator());
  auto forall = yield && yield.getNumOperands() > 0
                    ? yield.getOperand(0).getDefiningOp<scf::ForallOp>()
                    : scf::ForallOp();
  auto tiledRoot = dyn_cast_or_null<linalg::LinalgOp>(
      forall ? getTiledProducer(yield.getOperand(0)) : nullptr);
  if (!tiledRoot)
    return rewriter.notifyMatchFailure(
        group, "the group is not tiled to thread blocks (an scf.forall "
               "computing its result: fusion-tile-groups)");
  return std::make_pair(forall, tiledRoot);
}

void mlir::fusion::abandonThreadLevel(RewriterBase &rewriter, GroupOp group) {
  group.walk([&](Operation *op) { clearThreadTile(rewriter, op); });
  auto yield = dyn_cast<YieldOp>(group.getBodyBlock().getTerminator());
  auto forall = yield && yield.getNumOperands() > 0
                    ? yield.getOperand(0).getDefiningOp<scf::ForallOp>()
                    : scf::ForallOp();
  if (forall && getForallMapping(forall) == ForallMapping::Blocks)
    rewriter.modifyOpInPlace(forall, [&] { forall.setMappingAttr({}); });
}

FailureOr<Operation *>
mlir::fusion::tileGroupToThreads(RewriterBase &rewriter, GroupOp group,
                                 LoweringConfigAttr config) {
  LoweringPipeline pipeline = config.getPipeline();
  OpBuilder::InsertionGuard guard(rewriter);
  // Softmax and normalization rows: a block per row, reduced across it.
  if (pipeline == LoweringPipeline::GPURows) {
    if (failed(getGroupRoot(rewriter, group)))
      return failure();
    FailureOr<Operation *> rows =
        tileRowReductionGroup(rewriter, group, config.getVectorWidth());
    if (failed(rows))
      return failure();
    eraseDeadGroupOps(rewriter, group);
    return *rows;
  }
  if (pipeline != LoweringPipeline::GPUThreads &&
      pipeline != LoweringPipeline::GPUContraction)
    return group.getOperation(); // the CPU's: one level (and panels)
  FailureOr<std::pair<scf::ForallOp, linalg::LinalgOp>> blockTile =
      getBlockTile(rewriter, group);
  if (failed(blockTile))
    return failure();
  auto [forall, tiledRoot] = *blockTile;
  if (pipeline == LoweringPipeline::GPUContraction) {
    // The copies, the product, the initializer and the epilogue, as
    // promoteGroupOperands planned them.
    bool promoted = false;
    forall.getBody()->walk([&](Operation *op) {
      promoted |=
          op->hasAttr(kThreadTileAttrName) || op->hasAttr(kWarpTileAttrName);
    });
    if (!promoted)
      return rewriter.notifyMatchFailure(
          group, "the block's tile has no ops marked with thread tiles "
                 "(fusion-gpu-promote-operands)");
    if (failed(tileMarkedOpsToThreads(rewriter, forall)))
      return failure();
    return forall.getOperation();
  }
  // Each thread computes its tile of the block's tile of the root (one
  // element, or a vector: fusion-gpu-vectorize), the tile's other ops fused
  // into it.
  FailureOr<scf::SCFTileAndFuseResult> threads =
      tileRootAndFuse(rewriter, tiledRoot, config.getThread(), {},
                      scf::SCFTilingOptions::LoopType::ForallOp);
  if (failed(threads))
    return rewriter.notifyMatchFailure(group, "tiling for threads failed");
  eraseDeadGroupOps(rewriter, group);
  return forall.getOperation();
}

LogicalResult mlir::fusion::runThreadLevelStep(
    Operation *root, StringRef pass, StringRef what,
    function_ref<LogicalResult(RewriterBase &, GroupOp, LoweringConfigAttr)>
        step) {
  ReasonListener listener;
  IRRewriter rewriter(root->getContext(), &listener);
  SmallVector<GroupOp> groups;
  root->walk([&](GroupOp group) { groups.push_back(group); });
  for (GroupOp group : groups) {
    FailureOr<LoweringConfigAttr> config = getGroupLoweringConfig(group);
    if (failed(config))
      return failure();
    if (!*config || !config->isGPU())
      continue;
    listener.reason.clear();
    if (succeeded(step(rewriter, group, *config)))
      continue;
    abandonThreadLevel(rewriter, group);
    dropLoweringConfig(rewriter, group, pass, Twine(what) + listener.reason);
  }
  return success();
}

namespace {
struct FusionGPUTileThreadsPass
    : fusion::impl::FusionGPUTileThreadsPassBase<FusionGPUTileThreadsPass> {
  using Base::Base;
  void runOnOperation() override {
    if (failed(verifyThreadTiles(getOperation())))
      return signalPassFailure();
    if (failed(runThreadLevelStep(getOperation(), "fusion-gpu-tile-threads",
                                  "group not tiled for threads: ",
                                  [](RewriterBase &rewriter, GroupOp group,
                                     LoweringConfigAttr config) {
                                    return success(succeeded(tileGroupToThreads(
                                        rewriter, group, config)));
                                  })))
      signalPassFailure();
  }
};
} // namespace
