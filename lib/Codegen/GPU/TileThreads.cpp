//===- TileThreads.cpp - The GPU's thread level --------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The second level of a GPU group's lowering, after its thread blocks
// (fusion-tile-groups): threads with an element or a vector each
// (gpu_threads), a contraction kernel in shared memory (gpu_contraction,
// ContractionTiles.cpp), or a block per row (gpu_rows, RowReductions.cpp);
// fusion-gpu-tile-threads.
//
//===----------------------------------------------------------------------===//

#include "../Common/KernelConfigUtils.h"

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUTILETHREADSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

FailureOr<Operation *>
mlir::fusion::tileGroupToThreads(RewriterBase &rewriter, GroupOp group,
                                 LoweringConfigAttr config,
                                 Attribute sharedMemorySpace) {
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
  // The block forall (tileGroupToBlocks') and its tile of the root.
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
  if (pipeline == LoweringPipeline::GPUContraction) {
    // The block's tile is the kernel's block tile.
    GPUContractionTileOptions tileOptions = getContractionTileOptions(
        config, INT64_MAX, INT64_MAX, INT64_MAX, sharedMemorySpace);
    linalg::LinalgOp tiledAnchor;
    forall.getBody()->walk([&](linalg::LinalgOp op) {
      if (op.getNumReductionLoops() > 0)
        tiledAnchor = op;
    });
    std::string reason;
    if (!tiledAnchor || failed(canTileContractionCooperatively(
                            tiledAnchor, tiledRoot, tileOptions, &reason)))
      return rewriter.notifyMatchFailure(
          group,
          "the block's tile is not a shared-memory contraction: " + reason);
    // On failure, the listener keeps tileContractionForThreads' reason.
    if (failed(tileContractionForThreads(rewriter, tiledAnchor, tiledRoot,
                                         tileOptions)))
      return failure();
    rewriter.modifyOpInPlace(forall, [&] {
      forall.setMappingAttr(
          getLinearBlockMapping(rewriter.getContext(), forall.getRank()));
    });
    return forall.getOperation();
  }
  // Each thread computes its tile of the block's tile of the root (one
  // element, or a vector), the tile's other ops fused into it.
  FailureOr<scf::SCFTileAndFuseResult> threads =
      tileRootAndFuse(rewriter, tiledRoot, config.getThread(), {},
                      scf::SCFTilingOptions::LoopType::ForallOp);
  if (failed(threads))
    return rewriter.notifyMatchFailure(group, "tiling for threads failed");
  if (llvm::any_of(config.getThread(), [](int64_t s) { return s > 1; }))
    for (Operation *op : threads->tiledAndFusedOps)
      if (isa<linalg::LinalgOp>(op))
        vectorizeIfPossible(rewriter, op);
  eraseDeadGroupOps(rewriter, group);
  return forall.getOperation();
}

namespace {
struct FusionGPUTileThreadsPass
    : fusion::impl::FusionGPUTileThreadsPassBase<FusionGPUTileThreadsPass> {
  using Base::Base;
  void runOnOperation() override {
    Attribute sharedMemorySpace;
    if (workgroupMemory)
      sharedMemorySpace = gpu::AddressSpaceAttr::get(
          &getContext(), gpu::AddressSpace::Workgroup);
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    SmallVector<GroupOp> groups;
    getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
    for (GroupOp group : groups) {
      FailureOr<LoweringConfigAttr> config = getGroupLoweringConfig(group);
      if (failed(config))
        return signalPassFailure();
      if (!*config || !config->isGPU())
        continue;
      listener.reason.clear();
      if (failed(
              tileGroupToThreads(rewriter, group, *config, sharedMemorySpace)))
        dropLoweringConfig(rewriter, group, "fusion-gpu-tile-threads",
                           "group not tiled for threads: " + listener.reason);
    }
  }
};
} // namespace
