//===- KernelConfig.cpp - The CPU strategy -------------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The lowering config of a group on the CPU: one level of tiles (scf.for,
// or scf.forall run by OpenMP threads, split for the threads where a group
// has fewer tiles than threads), a second level of rows under a packed
// weight panel, as IREE's LLVMCPU KernelDispatch.
//
//===----------------------------------------------------------------------===//

#include "../Common/KernelConfigUtils.h"

#include "../../Transforms/ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::fusion;

/// Iterations per thread below which a group stays one tile: a parallel
/// region's fork and join (a few microseconds with libomp) would cost more
/// than the second thread gains (MobileNetV3's squeeze-excite matvecs,
/// 240x64, run in about 2 us). MobileNetV3-small, two threads: 1.89 ms
/// without splits, 1.76 ms with 16384 (6 groups split), 1.65 ms with 8192
/// (13), 1.67 ms with 2048 (20).
static constexpr int64_t kMinIterationsPerThread = 8192;

/// The smallest tile that splitTilesForThreads makes for a balanced count.
static constexpr int64_t kMinBalancedTile = 32;

/// The number of tiles of `root`'s loops tiled by `sizes` (0: untiled), or
/// nullopt if a tiled loop is dynamic.
static std::optional<int64_t> getStaticTileCount(linalg::LinalgOp root,
                                                 ArrayRef<int64_t> sizes) {
  int64_t tiles = 1;
  for (auto [range, size] : llvm::zip(root.getStaticLoopRanges(), sizes)) {
    if (size == 0)
      continue;
    if (ShapedType::isDynamic(range))
      return std::nullopt;
    tiles *= llvm::divideCeil(range, size);
  }
  return tiles;
}

std::optional<std::pair<int64_t, int64_t>>
mlir::fusion::splitTilesForThreads(GroupOp group, linalg::LinalgOp root,
                                   int64_t threads,
                                   MutableArrayRef<int64_t> sizes) {
  if (threads < 2)
    return std::nullopt;
  // More threads than this change nothing below (and keep the products
  // below from overflowing).
  threads = std::min<int64_t>(threads, 1 << 16);
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  if (iterators.size() != sizes.size())
    return std::nullopt;
  std::optional<int64_t> count = getStaticTileCount(root, sizes);
  if (!count || *count == 0)
    return std::nullopt;
  int64_t tiles = *count;
  // The threads share the tiles in rounds: the last round leaves threads
  // idle unless the count is a multiple of the threads. Balanced counts
  // first (the 1000 classes of a classifier in 25 tiles of 40, not 5 tiles
  // of 200 that leave one of two threads idle for a sixth of the time), of
  // tiles of at least kMinBalancedTile elements (72 channels in 9 tiles of 8
  // would be balanced, but run half-width vectors); then any.
  auto isBalanced = [&](int64_t count) {
    return 10 * count >= 9 * threads * llvm::divideCeilSigned(count, threads);
  };
  // Tiles enough for the threads, but not balanced (7 rows of a 7x7 map on
  // two threads: 4 and 3): split further only into a balanced count.
  bool rebalance = tiles >= threads;
  if (rebalance && isBalanced(tiles))
    return std::nullopt;
  // The work: the iterations of the group's largest op.
  int64_t work = 0;
  for (Operation &op : group.getBodyBlock().without_terminator()) {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (!linalgOp)
      continue;
    SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
    if (llvm::any_of(ranges, ShapedType::isDynamic))
      continue;
    work = std::max(work, getSaturatingProduct(ranges));
  }
  if (work / threads < kMinIterationsPerThread)
    return std::nullopt;
  int64_t needed = rebalance ? 2 : llvm::divideCeil(threads, tiles);
  // The widest tiled parallel loop first.
  SmallVector<int64_t> loops;
  for (auto [d, size] : llvm::enumerate(sizes))
    if (size > 1 && iterators[d] == utils::IteratorType::parallel)
      loops.push_back(d);
  llvm::sort(loops, [&](int64_t a, int64_t b) {
    return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b;
  });
  for (bool balanced : {true, false}) {
    if (!balanced && rebalance)
      break;
    for (bool wholeVectors : {true, false}) {
      for (int64_t d : loops) {
        // Tiles of fewer than 8 elements (13 channels in 13 tiles) would
        // leave no vector.
        int64_t maxFactor =
            balanced ? std::min(64 * needed, sizes[d] / kMinBalancedTile)
                     : std::min(4 * needed, sizes[d] / 8);
        for (int64_t factor = needed; factor <= maxFactor; ++factor) {
          if (sizes[d] % factor != 0)
            continue;
          int64_t tile = sizes[d] / factor;
          if ((wholeVectors && tile % 8 != 0) ||
              (balanced &&
               (tile < kMinBalancedTile || !isBalanced(tiles * factor))))
            continue;
          sizes[d] = tile;
          return std::make_pair(d, tile);
        }
      }
    }
  }
  return std::nullopt;
}

/// The loops of `root` along which the group's `anchor` reads a
/// data-movement producer of the group broadcast (a matmul's packed
/// weights, along its rows).
static llvm::SmallBitVector broadcastPackingLoops(GroupOp group,
                                                  linalg::LinalgOp anchor,
                                                  linalg::LinalgOp root) {
  llvm::SmallBitVector loops(root.getNumLoops());
  SmallVector<int64_t> rootLoop = rootLoopsOf(anchor, root);
  if (rootLoop.empty())
    return loops;
  SmallVector<utils::IteratorType> iterators = anchor.getIteratorTypesArray();
  for (OpOperand *input : anchor.getDpsInputOperands()) {
    Operation *def = input->get().getDefiningOp();
    AffineMap map = anchor.getMatchingIndexingMap(input);
    if (!def || def->getParentOp() != group.getOperation() ||
        !isDataMovement(def) || !map.isProjectedPermutation())
      continue;
    for (auto [d, it] : llvm::enumerate(iterators))
      if (it == utils::IteratorType::parallel && !map.isFunctionOfDim(d) &&
          rootLoop[d] >= 0)
        loops.set(rootLoop[d]);
  }
  return loops;
}

FailureOr<LoweringConfigAttr> mlir::fusion::selectCPULoweringConfig(
    RewriterBase &rewriter, GroupOp group, linalg::LinalgOp anchor,
    linalg::LinalgOp root, const GroupCodegenOptions &options) {
  SmallVector<int64_t> sizes = getGroupTileSizes(root, options);
  SmallVector<int64_t> interchange = getTileOrder(anchor, root, options, sizes);
  if (tilesNothing(sizes))
    return rewriter.notifyMatchFailure(group, "no parallel loop to tile");
  // A packing copy that the anchor reads broadcast along some loops (its
  // rows) is computed once per tile of the other loops (one panel): those
  // are tiled first, with the copy fused; the rows are tiled inside.
  SmallVector<int64_t> panelSizes;
  if (anchor) {
    llvm::SmallBitVector inner = broadcastPackingLoops(group, anchor, root);
    SmallVector<int64_t> outer(sizes);
    for (int r : inner.set_bits())
      outer[r] = 0;
    if (inner.any() && !tilesNothing(outer)) {
      panelSizes.assign(sizes.size(), 0);
      for (int r : inner.set_bits())
        panelSizes[r] = sizes[r];
      sizes = outer;
      // Several panels per tile: the copy reads longer runs of each source
      // row (W2: 3.49 ms with 1 panel, 3.24 with 2, 3.14 with 4, 3.16
      // with 8).
      SmallVector<int64_t> ranges = root.getStaticLoopRanges();
      for (auto [r, size] : llvm::enumerate(sizes))
        if (size == 1 && !ShapedType::isDynamic(ranges[r]))
          size = getLargestDivisorAtMost(ranges[r], options.packPanels);
    }
  }
  if (options.forall) {
    std::optional<int64_t> before = getStaticTileCount(root, sizes);
    if (std::optional<std::pair<int64_t, int64_t>> split =
            splitTilesForThreads(group, root, options.threads, sizes))
      reportDecision(group.getLoc(), "fusion-select-lowering-strategy",
                     "ThreadSplit", true,
                     llvm::formatv("{0} tile(s) for {1} threads: loop {2} "
                                   "split into tiles of {3}",
                                   before.value_or(0), options.threads,
                                   split->first, split->second)
                         .str());
  }
  return LoweringConfigAttr::get(rewriter.getContext(),
                                 options.forall ? LoweringPipeline::CPUParallel
                                                : LoweringPipeline::CPULoops,
                                 sizes, interchange, panelSizes, /*thread=*/{},
                                 /*reduction=*/{},
                                 /*vectorWidth=*/0, /*stages=*/0,
                                 /*warp=*/{}, /*mma=*/{});
}
