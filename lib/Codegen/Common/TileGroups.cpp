//===- TileGroups.cpp - Lowering fusion groups by their config ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Each fusion group is tiled as its #fusion.lowering_config says: its root
// tiled into loops (scf.for, or scf.forall for threads and GPU blocks),
// the group's other ops fused into them; on the GPU each tile again for
// threads (lib/Codegen/GPU: contraction kernels in shared memory, row
// reductions); then the group is dissolved or outlined
// (fusion-lower-groups).
//
//===----------------------------------------------------------------------===//

#include "KernelConfigUtils.h"

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONLOWERGROUPSPASS
#define GEN_PASS_DEF_FUSIONTILEGROUPSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// The name of a kernel outlined from `group`, the `index`-th group of
/// `parent`: `<parent>_k<index>_<kind>_<op>`, where op names the op computing
/// the group's first result (`conv_2d_nhwc_hwcf`, `generic`).
static std::string getKernelName(func::FuncOp parent, GroupOp group,
                                 unsigned index) {
  std::string op = "none";
  if (auto yield = dyn_cast<YieldOp>(group.getBodyBlock().getTerminator());
      yield && yield.getNumOperands() > 0)
    if (Operation *def = yield.getOperand(0).getDefiningOp()) {
      // After tiling, the op computing the tiles.
      Operation *tiled = isa<scf::ForOp, scf::ForallOp>(def)
                             ? getTiledProducer(yield.getOperand(0))
                             : nullptr;
      op = (tiled ? tiled : def)->getName().stripDialect().str();
    }
  std::string name =
      llvm::formatv("{0}_k{1}_{2}_{3}", parent.getSymName(), index,
                    stringifyGroupKind(group.getKind()), op)
          .str();
  for (char &c : name)
    if (!llvm::isAlnum(c) && c != '_')
      c = '_';
  return name;
}

//===----------------------------------------------------------------------===//
// Tiling by config
//===----------------------------------------------------------------------===//

/// Tiles `root` by `sizes` into loops of `loopType`, fuses its producers
/// into them and replaces its results.
FailureOr<scf::SCFTileAndFuseResult> mlir::fusion::tileRootAndFuse(
    RewriterBase &rewriter, linalg::LinalgOp root, ArrayRef<int64_t> sizes,
    ArrayRef<int64_t> interchange, scf::SCFTilingOptions::LoopType loopType,
    bool keepBroadcastProducersOutside) {
  scf::SCFTileAndFuseOptions options;
  options.setFusionControlFn(
      [keepBroadcastProducersOutside](
          tensor::ExtractSliceOp slice, OpResult producer,
          bool) -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
        // A producer whose result is not written through a projected
        // permutation (a pooling reduction into (d0, d1, 0, 0)) has no
        // tiled implementation for a slice of its result: upstream would
        // emit an error diagnostic, then go on without fusing it.
        if (auto linalgOp = dyn_cast<linalg::LinalgOp>(producer.getOwner()))
          if (!linalgOp.getIndexingMapMatchingResult(producer)
                   .isProjectedPermutation())
            return std::nullopt;
        if (keepBroadcastProducersOutside)
          for (OpOperand &use : slice->getUses())
            if (isReadBroadcast(use.getOwner(), slice.getResult()))
              return std::nullopt;
        return scf::SCFTileAndFuseOptions::ControlFnResult{};
      });
  options.tilingOptions.setTileSizes(
      getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  if (!interchange.empty())
    options.tilingOptions.setInterchange(interchange);
  options.tilingOptions.setLoopType(loopType);
  rewriter.setInsertionPoint(root);
  FailureOr<scf::SCFTileAndFuseResult> result =
      scf::tileConsumerAndFuseProducersUsingSCF(
          rewriter, cast<TilingInterface>(root.getOperation()), options);
  if (failed(result))
    return failure();
  for (Value v : root->getResults())
    if (Value replacement = result->replacements.lookup(v))
      rewriter.replaceAllUsesWith(v, replacement);
  return result;
}

/// Block mapping of a forall of `rank` loops on linear block ids, the
/// innermost loop on linear_dim_0.
ArrayAttr mlir::fusion::getLinearBlockMapping(MLIRContext *context,
                                              int64_t rank) {
  SmallVector<Attribute> mapping;
  for (int64_t i = rank - 1; i >= 0; --i)
    mapping.push_back(gpu::GPUBlockMappingAttr::get(
        context, static_cast<gpu::MappingId>(
                     static_cast<int64_t>(gpu::MappingId::LinearDim0) + i)));
  return ArrayAttr::get(context, mapping);
}

/// Erases the ops of `group` left dead by tiling (the fused producers'
/// originals: group-private).
void mlir::fusion::eraseDeadGroupOps(RewriterBase &rewriter, GroupOp group) {
  SmallVector<Operation *> bodyOps;
  for (Operation &op : group.getBodyBlock().without_terminator())
    bodyOps.push_back(&op);
  for (Operation *op : llvm::reverse(bodyOps))
    if (isOpTriviallyDead(op))
      rewriter.eraseOp(op);
}

FailureOr<Operation *>
mlir::fusion::tileGroupToBlocks(RewriterBase &rewriter, GroupOp group,
                                LoweringConfigAttr config,
                                Attribute sharedMemorySpace) {
  FailureOr<linalg::LinalgOp> maybeRoot = getGroupRoot(rewriter, group);
  if (failed(maybeRoot))
    return failure();
  linalg::LinalgOp root = *maybeRoot;
  LoweringPipeline pipeline = config.getPipeline();
  // Softmax and normalization rows: both levels at once
  // (tileGroupToThreads).
  if (pipeline == LoweringPipeline::GPURows)
    return group.getOperation();
  ArrayRef<int64_t> sizes = config.getWorkgroup();
  int64_t loops = root.getNumLoops();
  auto mismatch = [&](StringRef what, size_t count) {
    return rewriter.notifyMatchFailure(
        group, llvm::formatv("the lowering config has {0} {1} tile sizes, "
                             "the root ({2}) has {3} loops",
                             count, what, root->getName(), loops));
  };
  if (static_cast<int64_t>(sizes.size()) != loops)
    return mismatch("workgroup", sizes.size());
  if (!config.getPanel().empty() &&
      static_cast<int64_t>(config.getPanel().size()) != loops)
    return mismatch("panel", config.getPanel().size());
  if (pipeline == LoweringPipeline::GPUThreads &&
      static_cast<int64_t>(config.getThread().size()) != loops)
    return mismatch("thread", config.getThread().size());
  if (tilesNothing(sizes))
    return rewriter.notifyMatchFailure(group, "no parallel loop to tile");
  // Every level's tiles of a reduction loop would each compute a partial
  // result (and, as threads, race on the accumulator).
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  for (ArrayRef<int64_t> level :
       {sizes, config.getPanel(),
        pipeline == LoweringPipeline::GPUThreads ? config.getThread()
                                                 : ArrayRef<int64_t>()})
    for (auto [size, it] : llvm::zip(level, iterators))
      if (size != 0 && it != utils::IteratorType::parallel)
        return rewriter.notifyMatchFailure(
            group, "the lowering config tiles a reduction loop (tiles of "
                   "reductions would each compute a partial result)");
  // Thread vectors: ops of whole bytes whose innermost loop is parallel,
  // reducing few elements if any (isVectorThreadOp).
  if (pipeline == LoweringPipeline::GPUThreads &&
      llvm::any_of(config.getThread(), [](int64_t s) { return s > 1; }) &&
      !llvm::all_of(group.getBodyBlock().without_terminator(),
                    isVectorThreadOp))
    return rewriter.notifyMatchFailure(
        group,
        llvm::formatv("thread tiles of more than one element need ops of "
                      "whole bytes whose innermost loop is parallel and "
                      "whose reductions reduce at most {0} elements",
                      kMaxVectorThreadReduction)
            .str());
  linalg::LinalgOp anchor = getReductionAnchor(group);
  if (pipeline == LoweringPipeline::GPUContraction) {
    if (!anchor || group.getKind() != GroupKind::Contraction)
      return rewriter.notifyMatchFailure(
          group, "gpu_contraction is for contraction groups");
    // Checked on the whole contraction before anything is tiled: blocks that
    // divide its rows and columns, a kernel that applies.
    SmallVector<int64_t> rootLoop = rootLoopsOf(anchor, root);
    std::optional<std::pair<int64_t, int64_t>> rowCol =
        getResultRowColLoops(anchor);
    if (rootLoop.empty() || !rowCol || rootLoop[rowCol->first] < 0 ||
        rootLoop[rowCol->second] < 0)
      return rewriter.notifyMatchFailure(
          group, "the group's result is not the contraction's rows and "
                 "columns");
    SmallVector<int64_t> ranges = anchor.getStaticLoopRanges();
    int64_t rows = sizes[rootLoop[rowCol->first]];
    int64_t cols = sizes[rootLoop[rowCol->second]];
    if (rows == 0 || cols == 0 ||
        ShapedType::isDynamic(ranges[rowCol->first]) ||
        ShapedType::isDynamic(ranges[rowCol->second]) ||
        ranges[rowCol->first] % rows != 0 || ranges[rowCol->second] % cols != 0)
      return rewriter.notifyMatchFailure(
          group, "gpu_contraction needs static rows and columns that its "
                 "workgroup tile sizes divide");
    // The loop outside the rows (a convolution's output rows) may have
    // several iterations per block, a divisor of its extent; loops further
    // out have one.
    std::optional<int64_t> outerLoop = getResultOuterLoop(anchor);
    auto blockExtent = [&](int64_t loop) {
      if (rootLoop[loop] < 0)
        return int64_t(1);
      int64_t size = sizes[rootLoop[loop]];
      return size == 0 ? ranges[loop] : size; // 0: the whole loop per block
    };
    int64_t outer = 1;
    if (outerLoop) {
      outer = blockExtent(*outerLoop);
      if (ShapedType::isDynamic(ranges[*outerLoop]) || outer < 1 ||
          ranges[*outerLoop] % outer != 0)
        return rewriter.notifyMatchFailure(
            group, "gpu_contraction needs a static loop before the rows "
                   "that its workgroup tile size divides");
    }
    AffineMap out = anchor.getIndexingMapMatchingResult(
        cast<OpResult>(anchor->getResult(0)));
    for (unsigned i = 0; i + 3 < out.getNumResults(); ++i) {
      int64_t loop = out.getDimPosition(i);
      if (ranges[loop] != 1 && blockExtent(loop) != 1)
        return rewriter.notifyMatchFailure(
            group, "gpu_contraction takes one iteration per block of the "
                   "result's loops outside its rows and the loop before "
                   "them");
    }
    GPUContractionTileOptions tileOptions = getContractionTileOptions(
        config, rows, cols, std::max<int64_t>(outer, 1), sharedMemorySpace);
    std::string reason;
    if (failed(canTileContractionCooperatively(anchor, root, tileOptions,
                                               &reason)))
      return rewriter.notifyMatchFailure(
          group, "not a shared-memory contraction kernel: " + reason);
  }

  OpBuilder::InsertionGuard guard(rewriter);
  FailureOr<scf::SCFTileAndFuseResult> result =
      tileRootAndFuse(rewriter, root, sizes, config.getInterchange(),
                      pipeline == LoweringPipeline::CPULoops
                          ? scf::SCFTilingOptions::LoopType::ForOp
                          : scf::SCFTilingOptions::LoopType::ForallOp);
  if (failed(result))
    return rewriter.notifyMatchFailure(group, "tiling the root failed");
  if (!config.getPanel().empty() && !result->tiledAndFusedOps.empty()) {
    auto tiledRoot = cast<linalg::LinalgOp>(result->tiledAndFusedOps.front());
    if (failed(tileRootAndFuse(rewriter, tiledRoot, config.getPanel(), {},
                               scf::SCFTilingOptions::LoopType::ForOp,
                               /*keepBroadcastProducersOutside=*/true)))
      return rewriter.notifyMatchFailure(group, "tiling the rows failed");
  }
  eraseDeadGroupOps(rewriter, group);
  return result->loops.empty() ? root.getOperation()
                               : result->loops.front().getOperation();
}

GPUContractionTileOptions mlir::fusion::getContractionTileOptions(
    LoweringConfigAttr config, int64_t blockRows, int64_t blockCols,
    int64_t blockOuter, Attribute sharedMemorySpace) {
  GPUContractionTileOptions options;
  options.blockRows = blockRows;
  options.blockCols = blockCols;
  options.blockOuter = blockOuter;
  options.threadRows = config.getThread()[0];
  options.threadCols = config.getThread()[1];
  options.blockK = config.getReduction()[0];
  if (config.getVectorWidth() > 0)
    options.vectorWidth = config.getVectorWidth();
  options.stages = config.getStages();
  options.sharedMemorySpace = sharedMemorySpace;
  if (config.getWarp().size() == 2) {
    options.warpRows = config.getWarp()[0];
    options.warpCols = config.getWarp()[1];
  }
  return options;
}

FailureOr<LoweringConfigAttr>
mlir::fusion::getGroupLoweringConfig(GroupOp group) {
  Attribute attr = group->getAttr(LoweringConfigAttr::getAttrName());
  auto config = dyn_cast_or_null<LoweringConfigAttr>(attr);
  if (attr && !config)
    return group.emitError("'")
           << LoweringConfigAttr::getAttrName()
           << "' must be a #fusion.lowering_config, got " << attr;
  return config;
}

void mlir::fusion::dropLoweringConfig(RewriterBase &rewriter, GroupOp group,
                                      StringRef pass, const Twine &reason) {
  reportDecision(group.getLoc(), pass, "GroupNotTiled", false, reason.str());
  rewriter.modifyOpInPlace(
      group, [&] { group->removeAttr(LoweringConfigAttr::getAttrName()); });
}

Operation *mlir::fusion::getTiledProducer(Value value) {
  while (value) {
    Operation *def = value.getDefiningOp();
    if (!def)
      return nullptr;
    if (isa<linalg::LinalgOp>(def))
      return def;
    auto result = cast<OpResult>(value);
    if (auto forOp = dyn_cast<scf::ForOp>(def)) {
      value = forOp.getYieldedValues()[result.getResultNumber()];
    } else if (auto insert = dyn_cast<tensor::InsertSliceOp>(def)) {
      value = insert.getSource();
    } else if (auto forall = dyn_cast<scf::ForallOp>(def)) {
      BlockArgument dest = forall.getRegionIterArgs()[result.getResultNumber()];
      value = nullptr;
      for (Operation &op : forall.getTerminator().getYieldingOps())
        if (auto slice = dyn_cast<tensor::ParallelInsertSliceOp>(op);
            slice && slice.getDest() == dest)
          value = slice.getSource();
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

FailureOr<Operation *>
mlir::fusion::lowerGroupWithConfig(RewriterBase &rewriter, GroupOp group,
                                   LoweringConfigAttr config,
                                   Attribute sharedMemorySpace) {
  FailureOr<Operation *> blocks =
      tileGroupToBlocks(rewriter, group, config, sharedMemorySpace);
  if (failed(blocks))
    return failure();
  FailureOr<Operation *> threads = failure();
  if (failed(
          promoteGroupOperands(rewriter, group, config, sharedMemorySpace)) ||
      failed(threads = tileGroupToThreads(rewriter, group, config)) ||
      failed(vectorizeGroupThreads(rewriter, group, config))) {
    abandonThreadLevel(rewriter, group);
    return failure();
  }
  return config.getPipeline() == LoweringPipeline::GPURows ? *threads : *blocks;
}

FailureOr<Operation *>
mlir::fusion::tileAndFuseGroup(RewriterBase &rewriter, GroupOp group,
                               const GroupCodegenOptions &options) {
  // Only `group` is lowered here: no split into a group before it.
  GroupCodegenOptions groupOptions = options;
  groupOptions.splitReduction = false;
  if (options.threadTiles)
    (void)prepareGPUContractionGroup(rewriter, group, groupOptions);
  FailureOr<LoweringConfigAttr> config =
      selectLoweringConfig(rewriter, group, groupOptions);
  if (failed(config))
    return failure();
  return lowerGroupWithConfig(rewriter, group, *config,
                              options.contractionTiles.sharedMemorySpace);
}

/// Convolution tiles of `group` whose filter is a tile of a constant read
/// it from a copy packed at compile time (packConvFilterTile), with a
/// remark.
static void packConstantFilterTiles(RewriterBase &rewriter, GroupOp group) {
  SmallVector<linalg::Conv2DNhwcHwcfOp> convs;
  group.walk([&](linalg::Conv2DNhwcHwcfOp conv) { convs.push_back(conv); });
  for (linalg::Conv2DNhwcHwcfOp conv : convs) {
    auto oldTile = conv.getInputs()[1].getType();
    auto filter = conv.getInputs()[1].getDefiningOp<tensor::ExtractSliceOp>();
    if (!filter)
      continue;
    ArrayRef<int64_t> shape = filter.getSourceType().getShape();
    if (failed(packConvFilterTile(rewriter, conv)))
      continue;
    int64_t tile = cast<RankedTensorType>(oldTile).getDimSize(3);
    reportDecision(group.getLoc(), "fusion-tile-groups", "FilterPacked", true,
                   llvm::formatv("convolution tiles of {0} output channels "
                                 "read their filter from a copy packed at "
                                 "compile time ({1} contiguous blocks)",
                                 tile, shape[3] / tile)
                       .str());
  }
}

namespace {
struct FusionLowerGroupsPass
    : fusion::impl::FusionLowerGroupsPassBase<FusionLowerGroupsPass> {
  using Base::Base;
  void runOnOperation() override {
    GroupCodegenOptions options;
    options.innerTile = innerTile;
    options.outerTile = outerTile;
    options.packPanels = packPanels;
    options.forall = forall || threadTiles;
    options.threads = threads;
    options.threadTiles = threadTiles;
    options.threadElements = threadElements;
    options.sharedMemoryContractions = sharedMemoryContractions;
    options.rowReductions = rowReductions;
    options.contractionTiles.stages = copyStages;
    options.splitReduction = splitReduction;
    options.narrowTiles = narrowTiles;
    options.splitReductionMinPart = splitMinPart;
    if (failed(setPrecision(getOperation(), precision, options)))
      return signalPassFailure();
    if (tile && select && failed(verifyCodegenOptions(getOperation(), options)))
      return signalPassFailure();
    if (tile && failed(verifyThreadTiles(getOperation())))
      return signalPassFailure();
    Attribute sharedMemorySpace;
    if (workgroupMemory)
      sharedMemorySpace = gpu::AddressSpaceAttr::get(
          &getContext(), gpu::AddressSpace::Workgroup);
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    // Ops whose body never runs (a loop of size 0) are replaced by their
    // inits before tiling, which cannot tile an empty loop.
    foldEmptyIterationDomains(getOperation());
    SmallVector<GroupOp> groups;
    // The GPU's preparation of the groups it selects configs for first: it
    // may move ops into new groups, which are lowered too.
    if (tile && select && options.threadTiles) {
      getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
      for (GroupOp group : groups)
        (void)prepareGPUContractionGroup(rewriter, group, options);
      groups.clear();
    }
    getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
    // Kernel names are taken before tiling, which replaces the root op.
    SmallVector<std::string> names;
    if (outline) {
      llvm::DenseMap<Operation *, unsigned> counts;
      for (GroupOp group : groups) {
        auto parent = group->getParentOfType<func::FuncOp>();
        names.push_back(parent ? getKernelName(parent, group, counts[parent]++)
                               : std::string());
      }
    }
    // Functions are inserted next to the group's function: the pass must
    // own the symbol table that holds it.
    if (outline && !getOperation()->hasTrait<OpTrait::SymbolTable>()) {
      getOperation()->emitError(
          "fusion-lower-groups{outline=true} must run on a module (it adds "
          "functions), not on '")
          << getOperation()->getName() << "'";
      return signalPassFailure();
    }
    SymbolTableCollection symbolTables;
    for (auto [index, group] : llvm::enumerate(groups)) {
      listener.reason.clear();
      // A group left without a linalg op (all folded) computes nothing.
      bool computes =
          llvm::any_of(group.getBodyBlock().without_terminator(),
                       [](Operation &op) { return isa<linalg::LinalgOp>(op); });
      if (tile && computes) {
        // The config set by fusion-select-lowering-strategy or by hand, or
        // one chosen now.
        FailureOr<LoweringConfigAttr> maybeConfig =
            getGroupLoweringConfig(group);
        if (failed(maybeConfig))
          return signalPassFailure();
        LoweringConfigAttr config = *maybeConfig;
        if (!config && select) {
          FailureOr<LoweringConfigAttr> selected =
              selectLoweringConfig(rewriter, group, options);
          if (succeeded(selected))
            config = *selected;
        }
        if (!config || failed(lowerGroupWithConfig(rewriter, group, config,
                                                   sharedMemorySpace))) {
          if (config || select)
            reportDecision(group.getLoc(), "fusion-lower-groups",
                           "GroupNotTiled", false,
                           "group not tiled: " + listener.reason);
        } else if (!config.isGPU()) {
          packConstantFilterTiles(rewriter, group);
        }
      }
      Operation *table =
          outline ? SymbolTable::getNearestSymbolTable(group->getParentOp())
                  : nullptr;
      if (!table || names[index].empty() ||
          failed(outlineFusionGroup(rewriter, group, names[index],
                                    symbolTables.getSymbolTable(table))))
        (void)dissolveFusionGroup(rewriter, group);
    }
    // Slices of an empty destination (a packed panel's) become empty tensors
    // of the slice's shape: a buffer per tile instead of one for the whole.
    RewritePatternSet patterns(&getContext());
    tensor::populateFoldTensorEmptyPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

namespace {
struct FusionTileGroupsPass
    : fusion::impl::FusionTileGroupsPassBase<FusionTileGroupsPass> {
  using Base::Base;
  void runOnOperation() override {
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    foldEmptyIterationDomains(getOperation());
    SmallVector<GroupOp> groups;
    getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
    for (GroupOp group : groups) {
      FailureOr<LoweringConfigAttr> config = getGroupLoweringConfig(group);
      if (failed(config))
        return signalPassFailure();
      if (!*config)
        continue;
      // A CPU config written by hand on a GPU target would tile into host
      // loops around the tile's buffers, which the GPU pipeline cannot
      // lower (a gpu.alloc outside any kernel). The converse is allowed:
      // GPU configs compiled for the CPU are how the GPU tests get their
      // reference results.
      if (TargetAttr target = TargetAttr::lookup(group);
          target && target.getBackend() == TargetBackend::GPU &&
          !config->isGPU()) {
        group.emitError("lowering config pipeline '")
            << stringifyLoweringPipeline(config->getPipeline())
            << "' is for the CPU, but the module's target is gpu";
        return signalPassFailure();
      }
      listener.reason.clear();
      if (succeeded(tileGroupToBlocks(rewriter, group, *config))) {
        if (!config->isGPU())
          packConstantFilterTiles(rewriter, group);
        continue;
      }
      dropLoweringConfig(rewriter, group, "fusion-tile-groups",
                         "group not tiled: " + listener.reason);
    }
  }
};
} // namespace
