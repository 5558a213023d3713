//===- PromoteOperands.cpp - Contraction operands in shared memory --------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The step of a contraction kernel between its thread blocks
// (fusion-tile-groups) and its threads (fusion-gpu-tile-threads): the
// block's tile of the contraction reduces in steps whose operand slices are
// copied into shared memory, and every op of the tile is marked with its
// thread tile (promoteContractionOperands, ContractionTiles.cpp);
// fusion-gpu-promote-operands.
//
//===----------------------------------------------------------------------===//

#include "../Common/KernelConfigUtils.h"

#include "fuse/Codegen/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUPROMOTEOPERANDSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

FailureOr<Operation *>
mlir::fusion::promoteGroupOperands(RewriterBase &rewriter, GroupOp group,
                                   LoweringConfigAttr config,
                                   Attribute sharedMemorySpace) {
  if (config.getPipeline() != LoweringPipeline::GPUContraction)
    return group.getOperation();
  FailureOr<std::pair<scf::ForallOp, linalg::LinalgOp>> blockTile =
      getBlockTile(rewriter, group);
  if (failed(blockTile))
    return failure();
  scf::ForallOp forall = blockTile->first;
  linalg::LinalgOp tiledRoot = blockTile->second;
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
  // On failure, the listener keeps promoteContractionOperands' reason.
  if (failed(promoteContractionOperands(rewriter, tiledAnchor, tiledRoot,
                                        tileOptions)))
    return failure();
  rewriter.modifyOpInPlace(forall, [&] {
    forall.setMappingAttr(
        getLinearBlockMapping(rewriter.getContext(), forall.getRank()));
  });
  return forall.getOperation();
}

namespace {
struct FusionGPUPromoteOperandsPass
    : fusion::impl::FusionGPUPromoteOperandsPassBase<
          FusionGPUPromoteOperandsPass> {
  using Base::Base;
  void runOnOperation() override {
    Attribute sharedMemorySpace;
    if (workgroupMemory)
      sharedMemorySpace = gpu::AddressSpaceAttr::get(
          &getContext(), gpu::AddressSpace::Workgroup);
    if (failed(runThreadLevelStep(
            getOperation(), "fusion-gpu-promote-operands",
            "group not tiled for threads: ",
            [&](RewriterBase &rewriter, GroupOp group,
                LoweringConfigAttr config) {
              return success(succeeded(promoteGroupOperands(
                  rewriter, group, config, sharedMemorySpace)));
            })))
      signalPassFailure();
  }
};
} // namespace
