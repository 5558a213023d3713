//===- KernelConfigUtils.h - Helpers of the strategies ------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Private to lib/Codegen: what the CPU and GPU strategies and the tiling
// share.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_LIB_CODEGEN_COMMON_KERNELCONFIGUTILS_H
#define FUSE_LIB_CODEGEN_COMMON_KERNELCONFIGUTILS_H

#include "fuse/Codegen/Codegen.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"

namespace mlir {
namespace fusion {

/// The op computing `group`'s first result, where the group can be tiled:
/// fails (the reason to the rewriter's listener) for a group without
/// results, with a loop of size 0, or whose result no linalg op computes.
FailureOr<linalg::LinalgOp> getGroupRoot(RewriterBase &rewriter, GroupOp group);

/// The last op of `group` with reduction loops (a contraction,
/// convolution or reduction), or null.
linalg::LinalgOp getReductionAnchor(GroupOp group);

/// For each loop of `anchor`, the loop of `root` that runs over the same
/// result dimension (-1 if none), when `root` is `anchor` or an epilogue
/// computing a result of the same shape; empty otherwise.
SmallVector<int64_t> rootLoopsOf(linalg::LinalgOp anchor,
                                 linalg::LinalgOp root);

/// The order of `root`'s tile loops (empty: in order) for a group whose
/// anchor is `anchor` (or null), adjusting `sizes` (getGroupTileSizes'):
/// an epilogue root is tiled as its anchor would be; an NHWC convolution
/// with large weights has blocks of output channels outermost.
SmallVector<int64_t> getTileOrder(linalg::LinalgOp anchor,
                                  linalg::LinalgOp root,
                                  const GroupCodegenOptions &options,
                                  SmallVector<int64_t> &sizes);

/// Tiles `root` by `sizes` into loops of `loopType`, fuses its producers
/// into them and replaces its results; `keepBroadcastProducersOutside`:
/// producers read broadcast along a loop are not fused.
FailureOr<scf::SCFTileAndFuseResult>
tileRootAndFuse(RewriterBase &rewriter, linalg::LinalgOp root,
                ArrayRef<int64_t> sizes, ArrayRef<int64_t> interchange,
                scf::SCFTilingOptions::LoopType loopType,
                bool keepBroadcastProducersOutside = false);

/// Block mapping of a forall of `rank` loops on linear block ids, the
/// innermost loop on linear_dim_0.
ArrayAttr getLinearBlockMapping(MLIRContext *context, int64_t rank);

/// Erases the ops of `group` left dead by tiling (the fused producers'
/// originals: group-private).
void eraseDeadGroupOps(RewriterBase &rewriter, GroupOp group);

/// `group`'s lowering config, or null if it has none; fails with an error
/// when its `lowering_config` is another attribute.
FailureOr<LoweringConfigAttr> getGroupLoweringConfig(GroupOp group);

/// Reports that `pass` did not tile `group` (`reason`) and removes its
/// config, so that later passes leave it alone and it is dissolved as it is.
void dropLoweringConfig(RewriterBase &rewriter, GroupOp group, StringRef pass,
                        const Twine &reason);

/// The options of promoteContractionOperands that a gpu_contraction
/// `config` gives, for blocks of `blockRows` x `blockCols` results (upper
/// bounds, as GPUContractionTileOptions').
GPUContractionTileOptions
getContractionTileOptions(LoweringConfigAttr config, int64_t blockRows,
                          int64_t blockCols, int64_t blockOuter,
                          Attribute sharedMemorySpace);

/// The block forall of a group that tileGroupToBlocks tiled (the
/// scf.forall computing its first result) and its tile of the group's root;
/// fails, with the reason given to the rewriter's listener, for a group not
/// tiled so.
FailureOr<std::pair<scf::ForallOp, linalg::LinalgOp>>
getBlockTile(RewriterBase &rewriter, GroupOp group);

/// Runs one step of the GPU's thread level (`step`) on each group in
/// `root` with a GPU lowering config; where it fails, the group's thread
/// level is abandoned (abandonThreadLevel) and its config dropped, with a
/// remark of `pass`: `what`, then the reason. Fails, with an error, when a
/// group's lowering_config is not a #fusion.lowering_config.
LogicalResult runThreadLevelStep(
    Operation *root, StringRef pass, StringRef what,
    function_ref<LogicalResult(RewriterBase &, GroupOp, LoweringConfigAttr)>
        step);

/// Sets `options.tensorCores` from a pass's `precision` option (`f32` or
/// `tf32`); an error at `op` for another value.
LogicalResult setPrecision(Operation *op, StringRef precision,
                           GroupCodegenOptions &options);

/// Whether every size is 0 (nothing tiled).
inline bool tilesNothing(ArrayRef<int64_t> sizes) {
  return llvm::all_of(sizes, [](int64_t s) { return s == 0; });
}

} // namespace fusion
} // namespace mlir

#endif // FUSE_LIB_CODEGEN_COMMON_KERNELCONFIGUTILS_H
