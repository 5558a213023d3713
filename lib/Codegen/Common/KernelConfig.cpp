//===- KernelConfig.cpp - Choosing a lowering config per group ---*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The strategy: which lowering config (#fusion.lowering_config) each
// fusion group gets, from the target (#fusion.target) and the pass options,
// as IREE's KernelConfig. What the CPU and the GPU share is here; their
// own choices are in lib/Codegen/CPU and lib/Codegen/GPU.
//
//===----------------------------------------------------------------------===//

#include "KernelConfigUtils.h"

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONSETTARGETPASS
#define GEN_PASS_DEF_FUSIONSELECTLOWERINGSTRATEGYPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

//===----------------------------------------------------------------------===//
// Tile sizes
//===----------------------------------------------------------------------===//

int64_t mlir::fusion::getLargestDivisorAtMost(int64_t size, int64_t limit) {
  for (int64_t d = std::min(size, limit); d > 1; --d)
    if (size % d == 0)
      return d;
  return 1;
}

SmallVector<int64_t>
mlir::fusion::getGroupTileSizes(linalg::LinalgOp root,
                                const GroupCodegenOptions &options) {
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  SmallVector<int64_t> sizes(ranges.size(), 0);
  bool windowed =
      isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp,
          linalg::PoolingNhwcMaxOp, linalg::PoolingNhwcSumOp>(
          root.getOperation());
  // Parallel loops, innermost first: a wide tile, then a few rows, then 1.
  int64_t seen = 0;
  for (int64_t d = static_cast<int64_t>(ranges.size()) - 1; d >= 0; --d) {
    if (iterators[d] != utils::IteratorType::parallel)
      continue;
    if (ShapedType::isDynamic(ranges[d])) {
      sizes[d] = seen == 0 ? options.innerTile : 1;
    } else if (seen == 0) {
      sizes[d] = getLargestDivisorAtMost(ranges[d], options.innerTile);
    } else if (seen == 1) {
      sizes[d] = getLargestDivisorAtMost(ranges[d], options.outerTile);
      // A channels-last window op's output width with no divisor of at
      // least half the tile (SqueezeNet's 13, 27 and 109) is one tile:
      // fusion-vectorize splits its row into whole register tiles and the
      // rest, where tiles of one column would leave one accumulator row.
      if (windowed && !options.threadTiles && 2 * sizes[d] < options.outerTile)
        sizes[d] = ranges[d];
    } else {
      sizes[d] = 1;
    }
    ++seen;
  }
  return sizes;
}

/// The last op of `group` with reduction loops (a contraction,
/// convolution or reduction), or null.
linalg::LinalgOp mlir::fusion::getReductionAnchor(GroupOp group) {
  linalg::LinalgOp anchor;
  for (Operation &op : group.getBodyBlock().without_terminator())
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
      if (linalgOp.getNumReductionLoops() > 0)
        anchor = linalgOp;
  return anchor;
}

/// For each loop of `anchor`, the loop of `root` that runs over the same
/// result dimension (-1 if none), when `root` is `anchor` or an epilogue
/// computing a result of the same shape; empty otherwise.
SmallVector<int64_t> mlir::fusion::rootLoopsOf(linalg::LinalgOp anchor,
                                               linalg::LinalgOp root) {
  if (anchor == root)
    return llvm::to_vector(llvm::seq<int64_t>(0, anchor.getNumLoops()));
  if (anchor->getNumResults() != 1 || root->getNumResults() != 1 ||
      root.getNumLoops() != root.getNumParallelLoops())
    return {};
  AffineMap anchorOut =
      anchor.getIndexingMapMatchingResult(cast<OpResult>(anchor->getResult(0)));
  AffineMap rootOut =
      root.getIndexingMapMatchingResult(cast<OpResult>(root->getResult(0)));
  if (anchorOut.getNumResults() != rootOut.getNumResults() ||
      !anchorOut.isProjectedPermutation() || !rootOut.isPermutation() ||
      cast<ShapedType>(anchor->getResult(0).getType()).getShape() !=
          cast<ShapedType>(root->getResult(0).getType()).getShape())
    return {};
  SmallVector<int64_t> loops(anchor.getNumLoops(), -1);
  for (unsigned j = 0, e = rootOut.getNumResults(); j < e; ++j)
    loops[anchorOut.getDimPosition(j)] = rootOut.getDimPosition(j);
  return loops;
}

/// Weights of a channels-last convolution above this many bytes are tiled
/// along the output channels at the group level, that loop outermost, so
/// that a tile of the weights stays in the L2 cache while every output row
/// reads it.
static constexpr int64_t kConvWeightBlockBytes = 256 << 10;

/// Output channels per such tile: the register tile's width (two vectors of
/// f32 of the target: 32 with AVX-512, 16 with AVX2, whose Zen 3 cores
/// have half the L2 (512 KB) that a 3x3x512 block of 32 channels, 590 KB,
/// needs). A constant filter's tiles are then read from a copy packed at
/// compile time (packConvFilterTile), one contiguous block each.
static int64_t getConvWeightBlockChannels(Operation *op) {
  TargetAttr target = TargetAttr::lookup(op);
  if (!target || target.getBackend() != TargetBackend::CPU ||
      target.getVectorWidth() < 8)
    return 32;
  return std::min<int64_t>(2 * target.getVectorWidth(), 32);
}

/// The loop order in which `anchor`'s group tiles run, adjusting `sizes`
/// (getGroupTileSizes') to it: for an NHWC convolution whose weights exceed
/// kConvWeightBlockBytes (ResNet's stages 2-4: 3x3x512x512 is 9.4 MB) with
/// a multiple of getConvWeightBlockChannels output channels, blocks of that
/// many, outermost;
/// otherwise the loops in order. (Rows outermost would stream all the
/// weights from memory once per output row.) Measured on torch-mlir's
/// ResNet-18, one core: blocks of 32 from 256 KB on, 27.2 ms per image;
/// from 128 KB, 28.4; from 1 MB, 27.7; blocks of 64 from 1 MB, 30.0.
static SmallVector<int64_t>
getAnchorTileOrder(linalg::LinalgOp anchor, const GroupCodegenOptions &options,
                   SmallVector<int64_t> &sizes) {
  SmallVector<int64_t> order =
      llvm::to_vector(llvm::seq<int64_t>(0, anchor.getNumLoops()));
  auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(anchor.getOperation());
  if (!conv || options.threadTiles || anchor.hasDynamicShape())
    return order;
  // (n, oh, ow, f, kh, kw, c); filter [kh, kw, c, f].
  SmallVector<int64_t> ranges = anchor.getStaticLoopRanges();
  Type elementType = getElementTypeOrSelf(conv.getInputs()[1].getType());
  if (!elementType.isIntOrFloat() || elementType.getIntOrFloatBitWidth() < 8)
    return order;
  // In double: huge static shapes must not overflow.
  double bytesPerChannel = static_cast<double>(ranges[4]) * ranges[5] *
                           ranges[6] *
                           (elementType.getIntOrFloatBitWidth() / 8);
  // Blocks of whole register tiles only: SqueezeNet's 1000 output channels
  // in blocks of 25 ran 25x slower (41 against 1.6 ms).
  int64_t blockChannels = getConvWeightBlockChannels(anchor);
  if (bytesPerChannel <= 0 ||
      bytesPerChannel * ranges[3] <= kConvWeightBlockBytes ||
      ranges[3] % blockChannels != 0)
    return order;
  int64_t limit = blockChannels;
  if (sizes[3] > 0)
    limit = std::min(limit, sizes[3]);
  sizes[3] = getLargestDivisorAtMost(ranges[3], limit);
  order = {3, 0, 1, 2, 4, 5, 6};
  return order;
}

/// Tile sizes and loop order of `root` (an epilogue computing a result of the
/// same shape as `anchor`'s) such that `anchor`'s tiles are the ones
/// getGroupTileSizes gives it: a packed contraction's epilogue runs over
/// [m, n1, n0] while the contraction wants n1 outermost and m rows per tile.
static LogicalResult tileLikeAnchor(linalg::LinalgOp anchor,
                                    linalg::LinalgOp root,
                                    const GroupCodegenOptions &options,
                                    SmallVector<int64_t> &sizes,
                                    SmallVector<int64_t> &interchange) {
  SmallVector<int64_t> rootLoop = rootLoopsOf(anchor, root);
  if (rootLoop.empty())
    return failure();
  SmallVector<int64_t> anchorSizes = getGroupTileSizes(anchor, options);
  SmallVector<int64_t> order = getAnchorTileOrder(anchor, options, anchorSizes);
  SmallVector<int64_t> newSizes(root.getNumLoops(), 0);
  interchange.clear();
  for (int64_t a : order) {
    int64_t r = rootLoop[a];
    if (r < 0)
      continue;
    newSizes[r] = anchorSizes[a];
    interchange.push_back(r); // in the anchor's loop order
  }
  sizes = newSizes;
  if (llvm::equal(interchange, llvm::seq<int64_t>(0, interchange.size())))
    interchange.clear();
  return success();
}

SmallVector<int64_t>
mlir::fusion::getTileOrder(linalg::LinalgOp anchor, linalg::LinalgOp root,
                           const GroupCodegenOptions &options,
                           SmallVector<int64_t> &sizes) {
  SmallVector<int64_t> interchange;
  if (anchor && anchor != root) {
    (void)tileLikeAnchor(anchor, root, options, sizes, interchange);
  } else if (anchor) {
    interchange = getAnchorTileOrder(anchor, options, sizes);
    if (llvm::equal(interchange, llvm::seq<int64_t>(0, interchange.size())))
      interchange.clear();
  }
  return interchange;
}

FailureOr<linalg::LinalgOp> mlir::fusion::getGroupRoot(RewriterBase &rewriter,
                                                       GroupOp group) {
  auto yield = dyn_cast<YieldOp>(group.getBodyBlock().getTerminator());
  if (!yield || yield.getNumOperands() == 0)
    return rewriter.notifyMatchFailure(group, "the group has no result");
  for (Operation &op : group.getBodyBlock().without_terminator())
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
        linalgOp && hasEmptyIterationDomain(linalgOp))
      return rewriter.notifyMatchFailure(
          group, "an op has a loop of size 0 (foldEmptyIterationDomain "
                 "replaces it by its inits)");
  auto root = yield.getOperand(0).getDefiningOp<linalg::LinalgOp>();
  if (!root)
    return rewriter.notifyMatchFailure(group,
                                       "the group's result is not computed "
                                       "by a linalg op");
  return root;
}

//===----------------------------------------------------------------------===//
// Strategy
//===----------------------------------------------------------------------===//

FailureOr<LoweringConfigAttr>
mlir::fusion::selectLoweringConfig(RewriterBase &rewriter, GroupOp group,
                                   const GroupCodegenOptions &options) {
  FailureOr<linalg::LinalgOp> root = getGroupRoot(rewriter, group);
  if (failed(root))
    return failure();
  linalg::LinalgOp anchor = getReductionAnchor(group);
  if (options.threadTiles)
    return selectGPULoweringConfig(rewriter, group, anchor, *root, options);
  return selectCPULoweringConfig(rewriter, group, anchor, *root, options);
}

LogicalResult
mlir::fusion::verifyCodegenOptions(Operation *op,
                                   const GroupCodegenOptions &options) {
  constexpr int64_t kMaxTile = int64_t(1) << 32;
  for (auto [name, value] : {std::make_pair("inner-tile", options.innerTile),
                             std::make_pair("outer-tile", options.outerTile),
                             std::make_pair("pack-panels", options.packPanels)})
    if (value < 0 || value > kMaxTile)
      return op->emitError() << name << " must be in [0, 2^32], got " << value;
  if (options.threadElements < 0 || options.threadElements > 1024)
    return op->emitError() << "thread-elements must be in [0, 1024], got "
                           << options.threadElements;
  if (options.contractionTiles.stages < 0 ||
      options.contractionTiles.stages > 8)
    return op->emitError() << "copy-stages must be in [0, 8], got "
                           << options.contractionTiles.stages;
  int64_t part = options.splitReductionMinPart;
  if (part < 16 || part > (int64_t(1) << 20) || part % 16 != 0)
    return op->emitError()
           << "split-min-part must be a multiple of 16 in [16, 2^20], got "
           << part;
  return success();
}

LogicalResult mlir::fusion::setPrecision(Operation *op, StringRef precision,
                                         GroupCodegenOptions &options) {
  if (precision != "f32" && precision != "tf32")
    return op->emitError("precision must be f32 or tf32, got '")
           << precision << "'";
  options.tensorCores = precision == "tf32";
  return success();
}

TargetAttr mlir::fusion::getTargetAttr(MLIRContext *context,
                                       const TargetOptions &options) {
  int64_t width = options.vectorWidth;
  if (width <= 0)
    width = options.backend == TargetBackend::GPU
                ? 4
                : getTargetVectorWidth(options.arch, options.features);
  return TargetAttr::get(context, options.backend, options.arch,
                         options.features, width,
                         std::max<int64_t>(options.threads, 1));
}

FailureOr<GroupCodegenOptions>
mlir::fusion::getCodegenOptionsForTarget(Operation *op,
                                         GroupCodegenOptions options) {
  TargetAttr target = TargetAttr::lookup(op);
  if (!target)
    return op->emitError("no '")
           << TargetAttr::getAttrName()
           << "' attribute on the module: run fusion-set-target first";
  bool gpu = target.getBackend() == TargetBackend::GPU;
  options.threadTiles = gpu;
  options.forall = gpu || target.getThreads() > 1;
  options.threads = gpu ? 0 : target.getThreads();
  options.contractionTiles.vectorWidth =
      gpu ? target.getVectorWidth() : options.contractionTiles.vectorWidth;
  return options;
}

//===----------------------------------------------------------------------===//
// Passes
//===----------------------------------------------------------------------===//

namespace {
struct FusionSetTargetPass
    : fusion::impl::FusionSetTargetPassBase<FusionSetTargetPass> {
  using Base::Base;
  void runOnOperation() override {
    if (remove) {
      getOperation()->removeAttr(TargetAttr::getAttrName());
      return;
    }
    TargetOptions options;
    std::optional<TargetBackend> kind = symbolizeTargetBackend(backend);
    if (!kind) {
      getOperation()->emitError("fusion-set-target: unknown backend '")
          << backend << "' (cpu or gpu)";
      return signalPassFailure();
    }
    options.backend = *kind;
    options.arch = arch;
    options.features = features;
    options.vectorWidth = vectorWidth;
    options.threads = threads;
    if (vectorWidth < 0 || vectorWidth > 1024 || threads < 1 ||
        threads > (1 << 16)) {
      getOperation()->emitError("fusion-set-target: vector-width must be in "
                                "[0, 1024] and threads in [1, 65536]");
      return signalPassFailure();
    }
    getOperation()->setAttr(TargetAttr::getAttrName(),
                            getTargetAttr(&getContext(), options));
  }
};

struct FusionSelectLoweringStrategyPass
    : fusion::impl::FusionSelectLoweringStrategyPassBase<
          FusionSelectLoweringStrategyPass> {
  using Base::Base;
  void runOnOperation() override {
    GroupCodegenOptions defaults;
    defaults.innerTile = innerTile;
    defaults.outerTile = outerTile;
    defaults.packPanels = packPanels;
    defaults.threadElements = threadElements;
    defaults.sharedMemoryContractions = sharedMemoryContractions;
    defaults.rowReductions = rowReductions;
    defaults.contractionTiles.stages = copyStages;
    defaults.narrowTiles = narrowTiles;
    defaults.splitReductionMinPart = splitMinPart;
    if (failed(setPrecision(getOperation(), precision, defaults)))
      return signalPassFailure();
    FailureOr<GroupCodegenOptions> options =
        getCodegenOptionsForTarget(getOperation(), defaults);
    if (failed(options) ||
        failed(verifyCodegenOptions(getOperation(), *options)))
      return signalPassFailure();
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    foldEmptyIterationDomains(getOperation());
    SmallVector<GroupOp> groups;
    getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
    for (GroupOp group : groups) {
      if (group->hasAttr(LoweringConfigAttr::getAttrName()))
        continue; // set by hand
      if (llvm::none_of(
              group.getBodyBlock().without_terminator(),
              [](Operation &op) { return isa<linalg::LinalgOp>(op); }))
        continue; // computes nothing
      listener.reason.clear();
      FailureOr<LoweringConfigAttr> config =
          selectLoweringConfig(rewriter, group, *options);
      if (failed(config)) {
        reportDecision(group.getLoc(), "fusion-select-lowering-strategy",
                       "GroupNotTiled", false,
                       "group not tiled: " + listener.reason);
        continue;
      }
      group->setAttr(LoweringConfigAttr::getAttrName(), *config);
    }
  }
};
} // namespace
