//===- VectorizeThreads.cpp - A GPU kernel's thread tiles as vectors ------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The last step of a GPU group's thread level, after fusion-gpu-tile-threads:
// each thread's tile as vectors (vector loads of the operands, an unrolled
// register tile of a product), a warp's tile of a product as vectors of the
// whole warp in tiles of one mma.sync each; fusion-gpu-vectorize.
//
//===----------------------------------------------------------------------===//

#include "../Common/KernelConfigUtils.h"

#include "fuse/Codegen/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUVECTORIZEPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Whether `generic` is a matmul (with a leading batch loop or none): maps
/// (m, k), (k, n) -> (m, n).
static bool isPlainMatmul(linalg::GenericOp generic) {
  MLIRContext *ctx = generic.getContext();
  unsigned n = generic.getNumLoops();
  if (n != 3 && n != 4)
    return false;
  unsigned b = n - 3; // a leading batch loop, or none
  auto map = [&](std::initializer_list<unsigned> dims) {
    SmallVector<AffineExpr> exprs;
    if (b)
      exprs.push_back(getAffineDimExpr(0, ctx));
    for (unsigned d : dims)
      exprs.push_back(getAffineDimExpr(d + b, ctx));
    return AffineMap::get(n, 0, exprs, ctx);
  };
  return generic.getIndexingMapsArray() ==
         SmallVector<AffineMap>{map({0, 2}), map({2, 1}), map({0, 1})};
}

/// A contraction generic `product` (a thread's or a warp's tile) that is a
/// matmul, or one but for unit loops other than its rows, columns and
/// reduction (a split reduction's part, one per block, sits in the middle
/// of A's tile), as linalg.matmul or batch_matmul (the unit loops dropped,
/// its operands rank-reduced slices), which vectorizes to vector.contract
/// (FMAs), not multiply + reduction. Returns the op that now computes it.
static Operation *specializeMatmulTile(RewriterBase &rewriter,
                                       linalg::GenericOp product) {
  Operation *result = product;
  std::optional<std::pair<int64_t, int64_t>> rowCol =
      getResultRowColLoops(product);
  int64_t kLoop = getLastReductionLoop(product);
  if (rowCol && !isPlainMatmul(product) &&
      llvm::is_contained(product.getStaticLoopRanges(), 1)) {
    linalg::ControlDropUnitDims control;
    control.rankReductionStrategy =
        linalg::ControlDropUnitDims::RankReductionStrategy::ExtractInsertSlice;
    // The result's rows and columns stay (a result of one row is still a
    // matmul's), as does the reduction.
    int64_t rows = rowCol->first, cols = rowCol->second;
    control.controlFn = [rows, cols, kLoop](Operation *op) {
      SmallVector<unsigned> dims;
      for (int64_t d = 0, e = cast<linalg::LinalgOp>(op).getNumLoops(); d < e;
           ++d)
        if (d != rows && d != cols && d != kLoop)
          dims.push_back(d);
      return dims;
    };
    rewriter.setInsertionPoint(product);
    FailureOr<linalg::DropUnitDimsResult> dropped =
        linalg::dropUnitDims(rewriter, product, control);
    if (succeeded(dropped)) {
      rewriter.replaceOp(product, dropped->replacements);
      result = dropped->resultOp.getOperation();
    }
  }
  if (auto generic = dyn_cast<linalg::GenericOp>(result);
      generic && isPlainMatmul(generic)) {
    rewriter.setInsertionPoint(generic);
    FailureOr<linalg::LinalgOp> named =
        linalg::specializeGenericOp(rewriter, generic);
    if (succeeded(named))
      result = named->getOperation();
  }
  return result;
}

LogicalResult mlir::fusion::vectorizeThreadTiles(RewriterBase &rewriter,
                                                 GroupOp group,
                                                 bool matmulTiles) {
  OpBuilder::InsertionGuard guard(rewriter);
  SmallVector<std::pair<linalg::LinalgOp, scf::ForallOp>> tiles;
  group.walk([&](linalg::LinalgOp op) {
    auto forall = op->getParentOfType<scf::ForallOp>();
    if (!forall)
      return;
    // A forall over threads or warps; a gpu_threads kernel's thread forall
    // has no mapping yet (fusion-gpu-map-forall maps foralls nested in a
    // block's to threads).
    ForallMapping mapping = getForallMapping(forall);
    if (mapping == ForallMapping::Threads || mapping == ForallMapping::Warps ||
        (mapping == ForallMapping::None &&
         forall->getParentOfType<scf::ForallOp>()))
      tiles.push_back({op, forall});
  });
  for (auto [op, forall] : tiles) {
    Operation *tile = op;
    bool product = op.getNumReductionLoops() > 0;
    if (auto generic = dyn_cast<linalg::GenericOp>(tile);
        generic && product && matmulTiles &&
        linalg::isaContractionOpInterface(generic))
      tile = specializeMatmulTile(rewriter, generic);
    vectorizeIfPossible(rewriter, tile);
    // On failure, the listener keeps unrollToMmaTiles' reason.
    if (product && getForallMapping(forall) == ForallMapping::Warps &&
        failed(unrollToMmaTiles(rewriter, forall)))
      return failure();
  }
  return success();
}

LogicalResult mlir::fusion::vectorizeGroupThreads(RewriterBase &rewriter,
                                                  GroupOp group,
                                                  LoweringConfigAttr config) {
  switch (config.getPipeline()) {
  case LoweringPipeline::GPUThreads:
    // Threads of one element each stay scalar.
    if (llvm::all_of(config.getThread(), [](int64_t s) { return s <= 1; }))
      return success();
    return vectorizeThreadTiles(rewriter, group, /*matmulTiles=*/false);
  case LoweringPipeline::GPUContraction:
    return vectorizeThreadTiles(rewriter, group, /*matmulTiles=*/true);
  default:
    // The CPU's (fusion-vectorize), and gpu_rows (vectorized as it is
    // built).
    return success();
  }
}

namespace {
struct FusionGPUVectorizePass
    : fusion::impl::FusionGPUVectorizePassBase<FusionGPUVectorizePass> {
  using Base::Base;
  void runOnOperation() override {
    if (failed(runThreadLevelStep(
            getOperation(), "fusion-gpu-vectorize",
            "group not vectorized: ", vectorizeGroupThreads)))
      signalPassFailure();
  }
};
} // namespace
