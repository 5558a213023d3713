//===- KernelConfig.cpp - The GPU strategy -------------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The lowering config of a group on the GPU, as IREE's LLVMGPU
// KernelConfig: a contraction kernel in shared memory (gpu_contraction),
// a thread block per row for softmax and normalization rows (gpu_rows), or
// blocks of threads with an element or a vector each (gpu_threads).
//
//===----------------------------------------------------------------------===//

#include "../Common/KernelConfigUtils.h"

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUPREPARECONTRACTIONSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

std::optional<std::pair<int64_t, int64_t>>
mlir::fusion::widenBlockForThreadVectors(linalg::LinalgOp root,
                                         const GroupCodegenOptions &options,
                                         MutableArrayRef<int64_t> sizes) {
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  if (options.threadElements < 2 || options.innerTile < 1 ||
      options.outerTile < 1 || ranges.size() != sizes.size())
    return std::nullopt;
  // The innermost parallel loop and the next one out.
  int64_t inner = -1, outer = -1;
  for (int64_t d = static_cast<int64_t>(ranges.size()) - 1; d >= 0; --d) {
    if (iterators[d] != utils::IteratorType::parallel)
      continue;
    if (inner < 0) {
      inner = d;
    } else {
      outer = d;
      break;
    }
  }
  if (inner < 0 || ShapedType::isDynamic(ranges[inner]))
    return std::nullopt;
  int64_t rows = outer >= 0 ? std::max<int64_t>(sizes[outer], 1) : 1;
  // Threads per row of the block tile (bounded: the options are user input).
  int64_t perRow = std::min<int64_t>(options.innerTile, 1 << 10) *
                   std::max<int64_t>(
                       1, std::min<int64_t>(options.outerTile / rows, 1 << 10));
  // The most elements per thread (a power of two) that divide the loop,
  // then the most threads: the block keeps at most perRow threads a row.
  for (int64_t elements =
           static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(
               std::min<int64_t>(options.threadElements, 1 << 10))));
       elements >= 2; elements /= 2) {
    if (ranges[inner] % elements != 0)
      continue;
    sizes[inner] =
        elements * getLargestDivisorAtMost(ranges[inner] / elements, perRow);
    return std::make_pair(inner, elements);
  }
  return std::nullopt;
}

/// The op of `group` other than `anchor`, its result `root` and the
/// accumulator's initializer, if any: an input of the epilogue, which each
/// thread of a block would compute (such groups keep one result per thread).
static Operation *findOtherOp(GroupOp group, linalg::LinalgOp anchor,
                              linalg::LinalgOp root) {
  Operation *initializer = anchor.getDpsInitOperand(0)->get().getDefiningOp();
  Operation *other = nullptr;
  for (Operation &op : group.getBodyBlock().without_terminator())
    if (isa<linalg::LinalgOp>(op) && &op != anchor.getOperation() &&
        &op != root.getOperation() && &op != initializer)
      other = &op;
  return other;
}

static std::string describeOtherOp(Operation *other) {
  return "the group also computes " + other->getName().getStringRef().str() +
         ", which each thread of a block would compute";
}

/// Whether promoteContractionOperands applies to the contraction `anchor` of
/// `group` and the op computing its result `root`, with a remark either
/// way (an analysis: fusion-gpu-prepare-contractions puts groups in this
/// form first).
static bool isSharedMemoryContraction(GroupOp group, linalg::LinalgOp anchor,
                                      linalg::LinalgOp root,
                                      const GroupCodegenOptions &options) {
  std::string reason;
  bool cooperative = false;
  if (Operation *other = findOtherOp(group, anchor, root)) {
    reason = describeOtherOp(other);
  } else {
    cooperative = succeeded(canTileContractionCooperatively(
        anchor, root, options.contractionTiles, &reason));
  }
  if (!cooperative) {
    reportDecision(group.getLoc(), "fusion-select-lowering-strategy",
                   "NoSharedMemoryTiles", false,
                   "contraction not tiled in shared memory: " + reason);
    return false;
  }
  GPUContractionTiles tiles =
      getGPUContractionTiles(anchor, options.contractionTiles);
  reportDecision(
      group.getLoc(), "fusion-select-lowering-strategy", "SharedMemoryTiles",
      true,
      llvm::formatv(
          "{0} tiled in shared memory: {1}{2}x{3} blocks, "
          "reduction in steps of {4}, {5}x{6} results per thread "
          "({7} threads)",
          isImplicitGemmConvolution(anchor) ? "convolution (implicit GEMM)"
                                            : "contraction",
          tiles.blockOuter > 1 ? llvm::formatv("{0}x", tiles.blockOuter).str()
                               : std::string(),
          tiles.blockRows, tiles.blockCols, tiles.blockK, tiles.threadRows,
          tiles.threadCols, tiles.threads)
              .str() +
          (options.narrowedTiles.empty() ? std::string()
                                         : "; " + options.narrowedTiles) +
          (tiles.warpRows
               ? llvm::formatv("; on tensor cores: {0}x{1} per warp in TF32 "
                               "mma.sync tiles of {2}x{3}x{4}",
                               tiles.warpRows, tiles.warpCols, kMmaM, kMmaN,
                               kMmaK)
                     .str()
           : options.tensorCoreRefusal.empty()
               ? std::string()
               : "; not on tensor cores: " + options.tensorCoreRefusal));
  return true;
}

/// Streaming multiprocessors of the device `arch` names (an sm_90 part:
/// H100 and H200 SXM, 132), for the contraction tiles' choice.
static int64_t getMultiprocessorCount(StringRef arch) {
  if (arch.starts_with("sm_80"))
    return 108; // A100
  if (arch.starts_with("sm_100"))
    return 148; // B200
  return 132;
}

/// The multiprocessors of the target that `group` is compiled for.
static int64_t getMultiprocessorCount(GroupOp group) {
  TargetAttr target = TargetAttr::lookup(group);
  return getMultiprocessorCount(target ? target.getArch() : "");
}

/// The thread blocks of `anchor`'s result (static) in blocks of
/// `blockRows` x `blockCols` along its loops `rowCol`, one per element of
/// its other parallel loops.
static int64_t countResultBlocks(linalg::LinalgOp anchor,
                                 std::pair<int64_t, int64_t> rowCol,
                                 int64_t blockRows, int64_t blockCols) {
  SmallVector<int64_t> ranges = anchor.getStaticLoopRanges();
  int64_t blocks = 1;
  for (auto [d, it] : llvm::enumerate(anchor.getIteratorTypesArray())) {
    if (it != utils::IteratorType::parallel)
      continue;
    if (int64_t(d) == rowCol.first)
      blocks *= llvm::divideCeil(ranges[d], blockRows);
    else if (int64_t(d) == rowCol.second)
      blocks *= llvm::divideCeil(ranges[d], blockCols);
    else
      blocks *= ranges[d];
  }
  return blocks;
}

/// The strategy's split-K choice for a contraction: its blocks (unsplit),
/// the reduction's extent and the parts (1: no split; `refusal` then says
/// why, when the blocks were too few).
struct SplitReductionChoice {
  int64_t blocks = 0, reduction = 0, parts = 1;
  std::string refusal;
};

/// Split-K for the contraction `anchor` (a matmul or batch matmul of static
/// shape, one reduction loop) in blocks of `tiles`: when they leave half of
/// the `multiprocessors` or more idle, the most parts, a power of two, that
/// keep the blocks of all parts within one wave (at most one per
/// multiprocessor) and each part at least `minPart` long (256 by default:
/// 16 steps, so that each block still pipelines its copies over a long
/// loop), in whole steps of 16 (so that TF32's steps of 8 divide them too).
static SplitReductionChoice
selectSplitReduction(linalg::LinalgOp anchor, const GPUContractionTiles &tiles,
                     int64_t multiprocessors, int64_t minPart) {
  SplitReductionChoice choice;
  std::optional<std::pair<int64_t, int64_t>> rowCol =
      getResultRowColLoops(anchor);
  if (!rowCol || anchor.hasDynamicShape() ||
      anchor.getNumReductionLoops() != 1 || isImplicitGemmConvolution(anchor) ||
      !linalg::isaContractionOpInterface(anchor))
    return choice;
  choice.reduction = getReductionExtent(anchor);
  choice.blocks =
      countResultBlocks(anchor, *rowCol, tiles.blockRows, tiles.blockCols);
  if (2 * choice.blocks > multiprocessors)
    return choice;
  int64_t k = choice.reduction;
  auto splits = [&](int64_t parts) {
    return parts * choice.blocks <= multiprocessors && k % parts == 0 &&
           k / parts >= minPart && (k / parts) % 16 == 0;
  };
  while (splits(2 * choice.parts))
    choice.parts *= 2;
  // Reductions too short for two parts are no candidates (no remark).
  if (choice.parts == 1 && k >= 2 * minPart)
    choice.refusal =
        llvm::formatv("{0} blocks for {1} multiprocessors, but the "
                      "reduction ({2}) has no 2 parts of {3} or more in "
                      "steps of 16",
                      choice.blocks, multiprocessors, k, minPart)
            .str();
  return choice;
}

/// The narrowing of selectContractionTiles (which see) for `anchor`, whose
/// result's rows and columns are the loops `rowCol`.
static GPUContractionTileOptions narrowContractionTiles(
    linalg::LinalgOp anchor, std::pair<int64_t, int64_t> rowCol,
    GPUContractionTileOptions chosen, int64_t multiprocessors, int64_t minPart,
    std::string &note) {
  constexpr int64_t kNarrowest = 32;
  GPUContractionTiles initial = getGPUContractionTiles(anchor, chosen);
  int64_t initialBlocks =
      countResultBlocks(anchor, rowCol, initial.blockRows, initial.blockCols);
  // Where the blocks leave half the multiprocessors idle, whether split-K
  // splits depends on the reduction only, so it is asked once.
  if (2 * initialBlocks > multiprocessors ||
      selectSplitReduction(anchor, initial, multiprocessors, minPart).parts > 1)
    return chosen;
  GPUContractionTiles tiles = initial;
  // Each whole half doubles the blocks, which stay within one wave.
  for (int64_t blocks = initialBlocks; 2 * blocks <= multiprocessors;
       blocks *= 2) {
    GPUContractionTileOptions candidate = chosen;
    candidate.blockRows = tiles.blockRows;
    candidate.blockCols = tiles.blockCols;
    if (tiles.blockCols >= tiles.blockRows && tiles.blockCols >= 2 * kNarrowest)
      candidate.blockCols = tiles.blockCols / 2;
    else if (tiles.blockRows >= 2 * kNarrowest)
      candidate.blockRows = tiles.blockRows / 2;
    else if (tiles.blockCols >= 2 * kNarrowest)
      candidate.blockCols = tiles.blockCols / 2;
    else
      break;
    // Whole halves only (a side of a prime extent has no narrower tile but
    // one 1 wide), and at least a warp of threads (a block of 8 rows has 2
    // of 4x4 results per thread along them).
    GPUContractionTiles narrower = getGPUContractionTiles(anchor, candidate);
    if (narrower.blockRows != candidate.blockRows ||
        narrower.blockCols != candidate.blockCols ||
        narrower.threads < kWarpSize)
      break;
    chosen = candidate;
    tiles = narrower;
  }
  if (tiles.blockRows != initial.blockRows ||
      tiles.blockCols != initial.blockCols)
    note = llvm::formatv("narrower than {0}x{1}: its {2} blocks would leave "
                         "{3} of the {4} multiprocessors idle, and the "
                         "reduction ({5}) has no 2 parts of {6} or more in "
                         "steps of 16 for split-K",
                         initial.blockRows, initial.blockCols, initialBlocks,
                         multiprocessors - initialBlocks, multiprocessors,
                         getReductionExtent(anchor), minPart)
               .str();
  return chosen;
}

/// The contraction tiles of `anchor`: 128x128 blocks of 8x8 results per
/// thread (256 threads), in reduction steps of 8, where the result divides
/// into such blocks and they still give every multiprocessor one; else
/// `options` (64x64 blocks of 4x4, steps of 16), narrowed where their
/// blocks would leave half the multiprocessors or more idle and split-K
/// (with parts of `minPart` or more) does not apply: the wider side halved
/// at a time, down to 32x32 (2 warps; still 2x4 warps of 16x8 tensor-core
/// tiles) and never below a warp of threads, while that gives more blocks,
/// in one wave (at most one per multiprocessor). Either way, the copies are
/// pipelined over `options.stages` buffers, or as many as the reduction has
/// steps (none below 2).
static GPUContractionTileOptions selectContractionTiles(
    linalg::LinalgOp anchor, const GPUContractionTileOptions &options,
    int64_t multiprocessors, bool narrow, int64_t minPart, std::string &note) {
  GPUContractionTileOptions chosen = options;
  std::optional<std::pair<int64_t, int64_t>> rowCol =
      getResultRowColLoops(anchor);
  SmallVector<int64_t> ranges = anchor.getStaticLoopRanges();
  int64_t k = getReductionExtent(anchor);
  if (rowCol && !anchor.hasDynamicShape()) {
    int64_t rows = ranges[rowCol->first], cols = ranges[rowCol->second];
    if (rows % 128 == 0 && cols % 128 == 0 && k % 8 == 0 &&
        countResultBlocks(anchor, *rowCol, 128, 128) >= multiprocessors) {
      chosen.blockRows = chosen.blockCols = 128;
      chosen.threadRows = chosen.threadCols = 8;
      chosen.blockK = 8;
    } else if (narrow) {
      chosen = narrowContractionTiles(anchor, *rowCol, chosen, multiprocessors,
                                      minPart, note);
    }
  }
  GPUContractionTiles tiles = getGPUContractionTiles(anchor, chosen);
  int64_t steps = k / std::max<int64_t>(tiles.blockK, 1);
  chosen.stages = std::min(chosen.stages, steps);
  if (chosen.stages < 2)
    chosen.stages = 0;
  return chosen;
}

/// The tiles of an implicit-GEMM convolution `conv` (N x OH x OW x F,
/// reduction KH x KW x C): blocks of about 64 output pixels (a divisor of
/// OW, at most 64, times the most output rows that keep the pixels at 64
/// and the blocks at least as many as the multiprocessors) by a divisor of
/// F of at most 64 channels; `options`' thread tiles and reduction steps
/// (divisors of the block and of C); the copies pipelined as
/// selectContractionTiles does.
static GPUContractionTileOptions
selectConvolutionTiles(linalg::LinalgOp conv,
                       const GPUContractionTileOptions &options,
                       int64_t multiprocessors) {
  GPUContractionTileOptions chosen = options;
  SmallVector<int64_t> ranges = conv.getStaticLoopRanges();
  // Loops (n, oh, ow, f, kh, kw, c).
  int64_t batch = ranges[0], rows = ranges[1], cols = ranges[2];
  int64_t channels = ranges[3];
  int64_t pixels = std::max<int64_t>(options.blockRows, 1);
  chosen.blockRows = getLargestDivisorAtMost(cols, pixels);
  chosen.blockCols = getLargestDivisorAtMost(channels, options.blockCols);
  int64_t columnBlocks =
      (cols / chosen.blockRows) * (channels / chosen.blockCols) * batch;
  chosen.blockOuter = 1;
  for (int64_t outer = getLargestDivisorAtMost(
           rows, std::max<int64_t>(pixels / chosen.blockRows, 1));
       outer > 1; outer = getLargestDivisorAtMost(rows, outer - 1)) {
    GPUContractionTileOptions candidate = chosen;
    candidate.blockOuter = outer;
    if (getGPUContractionTiles(conv, candidate).threads <= 1024 &&
        columnBlocks * (rows / outer) >= multiprocessors) {
      chosen.blockOuter = outer;
      break;
    }
  }
  GPUContractionTiles tiles = getGPUContractionTiles(conv, chosen);
  int64_t steps = ranges[4] * ranges[5] * (ranges[6] / tiles.blockK);
  chosen.stages = std::min(chosen.stages, steps);
  if (chosen.stages < 2)
    chosen.stages = 0;
  return chosen;
}

/// Tensor-core tiles for the f32 contraction `anchor` (a matmul or batch
/// matmul whose rows, columns and reduction are whole 16x8x8 mma.sync
/// tiles) over `tiles` (selectContractionTiles'): reduction steps of 16
/// where they divide it and the stages' shared-memory tiles, padded against
/// bank conflicts, fit in 48 KB (else 8), and 8 warps (256 threads), 2 along
/// the rows by 4 along the columns, as the 8x8 (128x128 blocks) or 4x4 (64x64)
/// thread tiles of the initializer and epilogue. `tiles` unchanged where the
/// block does not split so, `refusal` set to why.
static GPUContractionTileOptions
selectTensorCoreTiles(linalg::LinalgOp anchor,
                      const GPUContractionTileOptions &tiles,
                      std::string &refusal) {
  GPUContractionTileOptions chosen = tiles;
  auto refuse = [&](const Twine &why) {
    refusal = why.str();
    return tiles;
  };
  if (isImplicitGemmConvolution(anchor))
    return refuse("a convolution (only matmuls for now)");
  int64_t k = getReductionExtent(anchor);
  if (k % kMmaK != 0)
    return refuse(llvm::formatv("the reduction ({0}) is not whole steps of "
                                "{1}",
                                k, kMmaK));
  // Steps of 16 where the padded shared-memory tiles of all stages fit in
  // the 48 KB a block may declare statically, else of 8.
  GPUContractionTiles blocks = getGPUContractionTiles(anchor, chosen);
  auto sharedBytes = [&](int64_t blockK) {
    return std::max<int64_t>(chosen.stages, 1) * 4 *
           (blocks.blockRows * getMmaSharedRowLength(blockK, true) +
            blockK * getMmaSharedRowLength(blocks.blockCols, false));
  };
  chosen.blockK = k % (2 * kMmaK) == 0 && sharedBytes(2 * kMmaK) <= 48 * 1024
                      ? 2 * kMmaK
                      : kMmaK;
  blocks = getGPUContractionTiles(anchor, chosen);
  chosen.warpRows = blocks.blockRows / 2;
  chosen.warpCols = blocks.blockCols / 4;
  if (chosen.warpRows % kMmaM != 0 || chosen.warpCols % kMmaN != 0 ||
      chosen.warpRows == 0 || chosen.warpCols == 0)
    return refuse(llvm::formatv("{0}x{1} blocks are not 2x4 warps of whole "
                                "{2}x{3} mma.sync tiles",
                                blocks.blockRows, blocks.blockCols, kMmaM,
                                kMmaN));
  // 256 threads for the initializer and the epilogue, as the warps.
  chosen.threadRows =
      getLargestDivisorAtMost(blocks.blockRows, blocks.blockRows / 16);
  chosen.threadCols =
      getLargestDivisorAtMost(blocks.blockCols, blocks.blockCols / 16);
  std::string reason;
  if (failed(checkTensorCoreTiles(anchor, chosen, &reason)))
    return refuse(reason);
  return chosen;
}

/// `options` with the contraction tiles the GPU strategy picks for `anchor`
/// of `group` (selectContractionTiles or selectConvolutionTiles, for the
/// target's multiprocessors).
static GroupCodegenOptions
getContractionOptions(GroupOp group, linalg::LinalgOp anchor,
                      const GroupCodegenOptions &options) {
  GroupCodegenOptions chosen = options;
  int64_t multiprocessors = getMultiprocessorCount(group);
  if (isImplicitGemmConvolution(anchor))
    chosen.contractionTiles = selectConvolutionTiles(
        anchor, options.contractionTiles, multiprocessors);
  else if (linalg::isaContractionOpInterface(anchor))
    chosen.contractionTiles = selectContractionTiles(
        anchor, options.contractionTiles, multiprocessors, options.narrowTiles,
        options.splitReductionMinPart, chosen.narrowedTiles);
  if (options.tensorCores)
    chosen.contractionTiles = selectTensorCoreTiles(
        anchor, chosen.contractionTiles, chosen.tensorCoreRefusal);
  return chosen;
}

/// The op of a contraction group that a shared-memory kernel would be
/// built around (null if none, or without shared-memory-contractions).
static linalg::LinalgOp
getSharedMemoryAnchor(GroupOp group, const GroupCodegenOptions &options) {
  if (!options.sharedMemoryContractions ||
      group.getKind() != GroupKind::Contraction)
    return nullptr;
  return getReductionAnchor(group);
}

/// Moves the ops of `group` that compute operand `operand` of its
/// convolution `conv` (all-parallel linalg ops used by nothing else: the
/// filter transposed to HWCF by fusion-conv-to-nhwc, scaled by a batch norm
/// when it is an argument) into a group of their own before `group`, whose
/// result `group` takes as a new input. A thread block of the convolution
/// would compute all of it (it is read whole by every block). Returns
/// whether it moved anything.
static bool hoistConvolutionOperand(RewriterBase &rewriter, GroupOp group,
                                    linalg::LinalgOp conv, OpOperand &operand) {
  // All-parallel ops of pure bodies: recomputing them elsewhere is safe.
  auto canMove = [](linalg::LinalgOp op) {
    return op.getNumLoops() == op.getNumParallelLoops() &&
           op->getNumRegions() == 1 &&
           llvm::all_of(op->getRegion(0).getOps(),
                        [](Operation &inner) { return isPure(&inner); });
  };
  FailureOr<GroupOp> hoisted = hoistOperandIntoGroup(
      rewriter, group, operand, GroupKind::Elementwise, canMove);
  if (failed(hoisted))
    return false;
  std::string names;
  int64_t count = 0;
  for (auto op : hoisted->getBodyBlock().getOps<linalg::LinalgOp>()) {
    names += (names.empty() ? "" : " + ") + op->getName().getStringRef().str();
    ++count;
  }
  if (count == 1)
    rewriter.modifyOpInPlace(*hoisted,
                             [&] { hoisted->setKind(GroupKind::Single); });
  reportDecision(
      group.getLoc(), "fusion-gpu-prepare-contractions",
      "HoistedConvolutionOperand", true,
      llvm::formatv("computed the convolution's {0} ({1}) in a "
                    "kernel of its own: every thread block reads "
                    "it whole",
                    operand.getOperandNumber() == 1 ? "filter" : "input", names)
          .str());
  return true;
}

bool mlir::fusion::prepareGPUContractionGroup(
    RewriterBase &rewriter, GroupOp group, const GroupCodegenOptions &options) {
  if (group->hasAttr(LoweringConfigAttr::getAttrName()))
    return false; // a config written by hand gets no preparation
  linalg::LinalgOp anchor = getSharedMemoryAnchor(group, options);
  if (anchor && options.threadTiles && isImplicitGemmConvolution(anchor)) {
    // The filter's transposes and scalings in a kernel of their own.
    return hoistConvolutionOperand(rewriter, group, anchor,
                                   anchor->getOpOperand(1));
  }
  if (!anchor || !options.threadTiles ||
      !linalg::isaContractionOpInterface(anchor))
    return false;
  FailureOr<linalg::LinalgOp> maybeRoot = getGroupRoot(rewriter, group);
  if (failed(maybeRoot))
    return false;
  linalg::LinalgOp root = *maybeRoot;
  GroupCodegenOptions contractionOptions =
      getContractionOptions(group, anchor, options);
  const GPUContractionTileOptions &tileOptions =
      contractionOptions.contractionTiles;
  bool changed = false;
  // The kernel reads the weights where they are: a transpose (or
  // broadcast) of them in the group folds into the contraction's maps.
  if (anchor.getNumReductionLoops() == 1 && !anchor.hasDynamicShape() &&
      findOtherOp(group, anchor, root)) {
    bool wasRoot = anchor == root;
    FailureOr<linalg::LinalgOp> folded =
        foldOperandCopiesIntoContraction(rewriter, anchor);
    if (succeeded(folded)) {
      if (wasRoot)
        root = *folded;
      anchor = *folded;
      for (Operation &op : llvm::make_early_inc_range(
               group.getBodyBlock().without_terminator()))
        if (isa<linalg::LinalgOp>(op) && isOpTriviallyDead(&op))
          rewriter.eraseOp(&op);
      reportDecision(group.getLoc(), "fusion-gpu-prepare-contractions",
                     "FoldedOperandCopies", true,
                     "folded the copies of the contraction's operands into "
                     "its indexing maps");
      changed = true;
    }
  }
  if (findOtherOp(group, anchor, root))
    return changed;
  // A product accumulating into a tensor: from zero, the tensor added in
  // the epilogue.
  Operation *initDef = anchor.getDpsInitOperand(0)->get().getDefiningOp();
  bool initComputedHere = initDef && isa<linalg::LinalgOp>(initDef) &&
                          initDef->getParentOp() == group.getOperation();
  if (!initComputedHere &&
      failed(canTileContractionCooperatively(anchor, root, tileOptions))) {
    OpBuilder::InsertionGuard g(rewriter);
    FailureOr<std::pair<linalg::LinalgOp, linalg::LinalgOp>> separated =
        separateAccumulatorInit(rewriter, anchor, root, tileOptions);
    if (succeeded(separated)) {
      // The epilogue is rebuilt (or new): the old ops are gone.
      std::tie(anchor, root) = *separated;
      reportDecision(group.getLoc(), "fusion-gpu-prepare-contractions",
                     "SeparatedAccumulator", true,
                     "the product accumulates from zero; the tensor it "
                     "accumulated into is added in the epilogue");
      changed = true;
    }
  }
  // Split-K, for a shared-memory kernel whose blocks are too few.
  if (!options.splitReduction ||
      failed(canTileContractionCooperatively(anchor, root, tileOptions)))
    return changed;
  int64_t multiprocessors = getMultiprocessorCount(group);
  GPUContractionTiles tiles = getGPUContractionTiles(anchor, tileOptions);
  SplitReductionChoice split = selectSplitReduction(
      anchor, tiles, multiprocessors, options.splitReductionMinPart);
  if (split.parts < 2) {
    if (!split.refusal.empty())
      reportDecision(group.getLoc(), "fusion-gpu-prepare-contractions",
                     "SplitReduction", false,
                     "reduction not split: " + split.refusal);
    return changed;
  }
  auto resultType = cast<RankedTensorType>(anchor->getResult(0).getType());
  int64_t partialBytes = split.parts * resultType.getNumElements() *
                         resultType.getElementTypeBitWidth() / 8;
  if (failed(
          splitContractionGroupReduction(rewriter, group, anchor, split.parts)))
    return changed;
  reportDecision(
      group.getLoc(), "fusion-gpu-prepare-contractions", "SplitReduction", true,
      llvm::formatv("split the reduction ({0}) into {1} parts of {2}: {3} "
                    "blocks of {4}x{5} would leave {6} of the {7} "
                    "multiprocessors idle; {8} blocks compute the parts' "
                    "results ({9} KB), which the group sums{10}",
                    split.reduction, split.parts, split.reduction / split.parts,
                    split.blocks, tiles.blockRows, tiles.blockCols,
                    multiprocessors - split.blocks, multiprocessors,
                    split.parts * split.blocks, partialBytes / 1024,
                    root == anchor ? "" : " before its epilogue")
          .str());
  return true;
}

bool mlir::fusion::isVectorThreadOp(Operation &op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp)
    return true;
  // Reductions over outer loops only (a split-K's parts, an ensemble's
  // mean over its branches): each thread reduces a few vectors.
  SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = linalgOp.getIteratorTypesArray();
  int64_t reduced = 1; // clamped above the bound (no overflow)
  for (auto [range, it] : llvm::zip(ranges, iterators))
    if (it == utils::IteratorType::reduction)
      reduced =
          ShapedType::isDynamic(range) || range > kMaxVectorThreadReduction
              ? kMaxVectorThreadReduction + 1
              : std::min(reduced * range, kMaxVectorThreadReduction + 1);
  if (reduced > kMaxVectorThreadReduction ||
      (!iterators.empty() && iterators.back() != utils::IteratorType::parallel))
    return false;
  return llvm::all_of(op.getOperandTypes(), [](Type type) {
    Type element = getElementTypeOrSelf(type);
    return !element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 == 0;
  });
}

/// Whether an op of `group` reduces along its innermost loop: only such
/// groups are candidates for a row-reduction kernel (a block per row).
/// Groups that reduce over outer loops only (a split-K sum, an ensemble's
/// mean over stacked branches) are thread kernels and get no remark.
static bool reducesInnermostLoop(GroupOp group) {
  return llvm::any_of(group.getBodyBlock().without_terminator(),
                      [](Operation &op) {
                        auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
                        if (!linalgOp || linalgOp.getNumLoops() == 0)
                          return false;
                        return linalgOp.getIteratorTypesArray().back() ==
                               utils::IteratorType::reduction;
                      });
}

FailureOr<LoweringConfigAttr> mlir::fusion::selectGPULoweringConfig(
    RewriterBase &rewriter, GroupOp group, linalg::LinalgOp anchor,
    linalg::LinalgOp root, const GroupCodegenOptions &options) {
  MLIRContext *context = rewriter.getContext();
  // Contraction kernels in shared memory: blocks of the contraction's block
  // tile; threads as promoteContractionOperands plans them.
  GroupCodegenOptions contractionOptions = options;
  if (anchor && getSharedMemoryAnchor(group, options) == anchor &&
      isSharedMemoryContraction(
          group, anchor, root,
          contractionOptions = getContractionOptions(group, anchor, options))) {
    GPUContractionTiles tiles =
        getGPUContractionTiles(anchor, contractionOptions.contractionTiles);
    GroupCodegenOptions blockOptions = options;
    blockOptions.innerTile = tiles.blockCols;
    blockOptions.outerTile = tiles.blockRows;
    SmallVector<int64_t> sizes = getGroupTileSizes(root, blockOptions);
    SmallVector<int64_t> interchange =
        getTileOrder(anchor, root, blockOptions, sizes);
    // Several iterations of the loop outside the rows (a convolution's
    // output rows) per block.
    std::optional<int64_t> outerLoop = getResultOuterLoop(anchor);
    SmallVector<int64_t> rootLoop = rootLoopsOf(anchor, root);
    if (outerLoop && tiles.blockOuter > 1 && !rootLoop.empty() &&
        rootLoop[*outerLoop] >= 0)
      sizes[rootLoop[*outerLoop]] = tiles.blockOuter;
    if (tilesNothing(sizes))
      return rewriter.notifyMatchFailure(group, "no parallel loop to tile");
    return LoweringConfigAttr::get(
        context, LoweringPipeline::GPUContraction, sizes, interchange,
        /*panel=*/{}, {tiles.threadRows, tiles.threadCols}, {tiles.blockK},
        options.contractionTiles.vectorWidth,
        contractionOptions.contractionTiles.stages,
        tiles.warpRows ? SmallVector<int64_t>{tiles.warpRows, tiles.warpCols}
                       : SmallVector<int64_t>{},
        tiles.warpRows ? SmallVector<int64_t>{kMmaM, kMmaN, kMmaK}
                       : SmallVector<int64_t>{});
  }
  // Softmax and normalization rows: a block per row, reduced across it.
  if (options.rowReductions && anchor) {
    std::string reason;
    if (isRowReductionGroup(group, options.threadElements, &reason))
      return LoweringConfigAttr::get(
          context, LoweringPipeline::GPURows, /*workgroup=*/{},
          /*interchange=*/{}, /*panel=*/{}, /*thread=*/{}, /*reduction=*/{},
          std::max<int64_t>(options.threadElements, 1), /*stages=*/0,
          /*warp=*/{}, /*mma=*/{});
    if (group.getKind() == GroupKind::Reduction && reducesInnermostLoop(group))
      reportDecision(group.getLoc(), "fusion-select-lowering-strategy",
                     "NoRowReduction", false,
                     "not a row-reduction kernel: " + reason);
  }
  SmallVector<int64_t> sizes = getGroupTileSizes(root, options);
  // Memory-bound kernels: several contiguous elements per thread, as one
  // vector (ld.global.v4), and blocks of innerTile x outerTile threads.
  std::optional<std::pair<int64_t, int64_t>> threadVector;
  if (options.threadElements > 1 &&
      llvm::all_of(group.getBodyBlock().without_terminator(), isVectorThreadOp))
    threadVector = widenBlockForThreadVectors(root, options, sizes);
  SmallVector<int64_t> interchange = getTileOrder(anchor, root, options, sizes);
  if (tilesNothing(sizes))
    return rewriter.notifyMatchFailure(group, "no parallel loop to tile");
  // Each thread computes one element of the block's tile of the root (or a
  // vector of them), the tile's other ops fused into it.
  SmallVector<int64_t> threadSizes;
  for (utils::IteratorType it : root.getIteratorTypesArray())
    threadSizes.push_back(it == utils::IteratorType::parallel ? 1 : 0);
  if (threadVector)
    threadSizes[threadVector->first] = threadVector->second;
  return LoweringConfigAttr::get(context, LoweringPipeline::GPUThreads, sizes,
                                 interchange, /*panel=*/{}, threadSizes,
                                 /*reduction=*/{}, /*vectorWidth=*/0,
                                 /*stages=*/0, /*warp=*/{}, /*mma=*/{});
}

namespace {
struct FusionGPUPrepareContractionsPass
    : fusion::impl::FusionGPUPrepareContractionsPassBase<
          FusionGPUPrepareContractionsPass> {
  using Base::Base;
  void runOnOperation() override {
    GroupCodegenOptions defaults;
    defaults.sharedMemoryContractions = true;
    defaults.splitReductionMinPart = splitMinPart;
    if (failed(verifyCodegenOptions(getOperation(), defaults)))
      return signalPassFailure();
    FailureOr<GroupCodegenOptions> options =
        getCodegenOptionsForTarget(getOperation(), defaults);
    if (failed(options))
      return signalPassFailure();
    if (!options->threadTiles)
      return; // not the GPU
    options->splitReduction = splitReduction;
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    SmallVector<GroupOp> groups;
    getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
    for (GroupOp group : groups)
      (void)prepareGPUContractionGroup(rewriter, group, *options);
  }
};
} // namespace
