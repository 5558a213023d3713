//===- Vectorize.cpp - Tile linalg ops and vectorize the tiles ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Debug.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/X86TargetParser.h"

#define DEBUG_TYPE "fusion-vectorize"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONVECTORIZEPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// The widest f32 vector of the x86 features `enabled`: 16 with AVX-512F,
/// 8 with AVX, else 4 (SSE).
static int64_t getVectorWidthOfFeatures(const llvm::StringMap<bool> &enabled) {
  if (enabled.lookup("avx512f"))
    return 16;
  if (enabled.lookup("avx"))
    return 8;
  return 4;
}

int64_t mlir::fusion::getHostVectorWidth() {
  return getVectorWidthOfFeatures(llvm::sys::getHostCPUFeatures());
}

int64_t mlir::fusion::getTargetVectorWidth(StringRef cpu, StringRef features) {
  if (cpu == "host" && features == "host")
    return getHostVectorWidth();
  llvm::StringMap<bool> enabled;
  auto addHost = [&] {
    for (const auto &[name, on] : llvm::sys::getHostCPUFeatures())
      enabled[name] |= on;
  };
  if (cpu == "host") {
    addHost();
  } else if (!cpu.empty()) {
    SmallVector<StringRef> implied;
    llvm::X86::getFeaturesForCPU(cpu, implied);
    for (StringRef name : implied)
      enabled[name] = true;
  }
  if (features == "host") {
    addHost();
  } else {
    SmallVector<StringRef> list;
    features.split(list, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
    for (StringRef feature : list) {
      feature = feature.trim();
      if (feature.consume_front("+")) {
        enabled[feature] = true;
      } else if (feature.consume_front("-")) {
        enabled[feature] = false;
        // AVX-512 implies AVX: without AVX there is none (as LLVM's
        // feature implications clear it).
        if (feature == "avx")
          enabled["avx512f"] = false;
      }
    }
  }
  return getVectorWidthOfFeatures(enabled);
}

/// The largest of `candidates` that divides `size`, or 1.
static int64_t largestDividing(int64_t size, ArrayRef<int64_t> candidates) {
  for (int64_t c : candidates)
    if (size % c == 0)
      return c;
  return 1;
}

/// The most rows of a register tile (two vectors of accumulators each): 8
/// (16 accumulators) in AVX-512's 32 vector registers, 6 (12) in AVX2's 16,
/// where 8 rows spilled 5 accumulators per reduction step.
static int64_t getMaxRegisterTileRows(int64_t vectorWidth) {
  return vectorWidth >= 16 ? 8 : 6;
}

/// The cost of `rows` output columns computed in register tiles of
/// `tileRows` rows (two vectors each), in units of one column at full
/// speed: the FMA units need 8 independent accumulators (two ports, four
/// cycles of latency) to be busy, so tiles of fewer than 4 rows take
/// 4 / tileRows as long per column.
static double getRowTileCost(int64_t rows, int64_t tileRows) {
  return static_cast<double>(rows) *
         std::max(1.0, 4.0 / static_cast<double>(tileRows));
}

/// Where to split `width` output columns so that both parts have register
/// tiles of enough rows: the multiple `m` of whole tiles of `m` rows (at
/// most `maxRows`) followed by one tile of the rest, if that is cheaper
/// (getRowTileCost) than tiles of the largest divisor of `width`; nullopt
/// otherwise. 7 columns with AVX2's 6 rows: 4 + 3 (1 row per tile, or
/// 6 + 1, leave the FMA latency exposed); 14: 5 + 5 + 4; 13 with AVX-512's
/// 8: 8 + 5.
static std::optional<int64_t> getRowSplit(int64_t width, int64_t maxRows) {
  double best = getRowTileCost(width, getLargestDivisorAtMost(width, maxRows));
  std::optional<int64_t> split;
  for (int64_t m = maxRows; m >= 2; --m) {
    if (width <= m || width % m == 0)
      continue;
    int64_t rest = width % m;
    double cost = getRowTileCost(width - rest, m) +
                  getRowTileCost(rest, getLargestDivisorAtMost(rest, maxRows));
    if (cost < best) {
      best = cost;
      split = m;
    }
  }
  return split;
}

/// 2-D convolutions: tiled so that each tile has one output row and one
/// filter row (then a 1-D convolution, which linalg::vectorize handles),
/// a register tile of output channels x output columns, and one input
/// channel per reduction step.
static FailureOr<SmallVector<Value>>
tileAndVectorizeConv2D(RewriterBase &rewriter, linalg::LinalgOp op,
                       int64_t vectorWidth) {
  SmallVector<int64_t> bounds = op.getStaticLoopRanges();
  SmallVector<int64_t> tile;
  SmallVector<int64_t> widths = {2 * vectorWidth, vectorWidth, 8, 4, 2};
  // Channels-last ops whose output width has no divisor that makes a
  // register tile of enough rows (13, 27, 109: SqueezeNet's maps; 7 and 14
  // with AVX2's 6 rows at most) or whose channels are no multiple of the
  // register tile's width (1000 classes) are split into a part of whole
  // register tiles and the rest, each vectorized on its own (a 13-wide row:
  // 8 + 5 rows instead of 13 x 1).
  if (!isa<linalg::Conv2DNchwFchwOp>(op)) {
    int64_t maxRows = getMaxRegisterTileRows(vectorWidth);
    auto trySplit = [&](unsigned dim, int64_t multiple) {
      return bounds[dim] > multiple && bounds[dim] % multiple != 0;
    };
    unsigned rowDim = 2, channelDim = 3;
    std::optional<std::pair<unsigned, int64_t>> split;
    if (std::optional<int64_t> rows = getRowSplit(bounds[rowDim], maxRows))
      split = {rowDim, *rows};
    else if (trySplit(channelDim, 2 * vectorWidth))
      split = {channelDim, 2 * vectorWidth};
    if (split) {
      auto [dim, multiple] = *split;
      Location loc = op.getLoc();
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPoint(op);
      auto [first, second] = linalg::splitOp(
          rewriter, cast<TilingInterface>(op.getOperation()), dim,
          rewriter.getIndexAttr(bounds[dim] / multiple * multiple));
      // Once split is tried, the op may have changed (upstream rewires its
      // inits before a failure): never fall through to tiling it.
      if (!first || !second || second->getNumResults() != 1 ||
          !second->getResult(0).hasOneUse())
        return rewriter.notifyMatchFailure(loc, "cannot split the op");
      // splitOp replaced the op by the second part's result inserted into
      // the first's; each part is tiled and vectorized like the op.
      SmallVector<Value> results = {
          (*second->getResult(0).getUsers().begin())->getResult(0)};
      (void)tileAndVectorizeConv2D(
          rewriter, cast<linalg::LinalgOp>(first.getOperation()), vectorWidth);
      (void)tileAndVectorizeConv2D(
          rewriter, cast<linalg::LinalgOp>(second.getOperation()), vectorWidth);
      return results;
    }
  }
  if (isa<linalg::DepthwiseConv2DNhwcHwcOp, linalg::PoolingNhwcMaxOp,
          linalg::PoolingNhwcSumOp>(op)) {
    // (n, oh, ow, c, kh, kw): vectors along c, rows of ow.
    int64_t maxRows = getMaxRegisterTileRows(vectorWidth);
    tile = {1,
            1,
            getLargestDivisorAtMost(bounds[2], maxRows),
            largestDividing(bounds[3], widths),
            1,
            0};
  } else if (isa<linalg::Conv2DNchwFchwOp>(op)) {
    // (n, f, oh, ow, c, kh, kw): vectors along ow, rows of f.
    tile = {1, largestDividing(bounds[1], {8, 4, 2}),
            1, largestDividing(bounds[3], widths),
            1, 1,
            0};
  } else {
    // (n, oh, ow, f, kh, kw, c): vectors along f, rows of ow. The rows are
    // the register tile's independent accumulators (two vectors each): as
    // many as divide the output width, up to 8 (7 for 7x7 and 28x28 maps,
    // ResNet's later stages; a power of two only would leave one row
    // there, and the FMA latency exposed). Without AVX-512's 32 registers,
    // up to 6, and one filter column (kw) per step: the filter vectors of
    // all 3 columns and the 8 input columns they read do not fit beside 12
    // accumulators in AVX2's 16 registers (the loop spilled and reloaded
    // about 20 registers per step; ResNet-18 on a Zen 3 core: 105.8 ->
    // 55.6 ms).
    int64_t maxRows = getMaxRegisterTileRows(vectorWidth);
    tile = {1,
            1,
            getLargestDivisorAtMost(bounds[2], maxRows),
            largestDividing(bounds[3], widths),
            1,
            vectorWidth >= 16 ? 0 : 1,
            1};
  }
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), tile));
  options.setLoopType(scf::SCFTilingOptions::LoopType::ForOp);
  FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
      rewriter, cast<TilingInterface>(op.getOperation()), options);
  if (failed(tiled))
    return rewriter.notifyMatchFailure(op, "tiling failed");
  SmallVector<Value> replacements = tiled->replacements;
  rewriter.replaceOp(op, replacements);
  // One output row and one filter row per tile: 1-D convolutions.
  RewritePatternSet patterns(rewriter.getContext());
  linalg::populateDecomposeConvolutionPatterns(patterns);
  if (failed(applyOpPatternsGreedily(tiled->tiledOps, std::move(patterns))))
    return replacements; // the scalar tiles stay: still correct
  SmallVector<linalg::LinalgOp> conv1ds;
  if (!tiled->loops.empty())
    tiled->loops.front()->walk([&](linalg::LinalgOp inner) {
      if (isa<linalg::Conv1DNcwFcwOp, linalg::Conv1DNwcWcfOp,
              linalg::DepthwiseConv1DNwcWcOp, linalg::PoolingNwcMaxOp,
              linalg::PoolingNwcSumOp>(inner))
        conv1ds.push_back(inner);
    });
  for (linalg::LinalgOp conv1d : conv1ds) {
    rewriter.setInsertionPoint(conv1d);
    FailureOr<linalg::VectorizationResult> vectorized =
        linalg::vectorize(rewriter, conv1d);
    if (succeeded(vectorized))
      rewriter.replaceOp(conv1d, vectorized->replacements);
  }
  return replacements;
}

FailureOr<SmallVector<Value>>
mlir::fusion::tileAndVectorize(RewriterBase &rewriter, linalg::LinalgOp op,
                               int64_t vectorWidth) {
  if (vectorWidth < 1)
    return rewriter.notifyMatchFailure(op, "vector width must be positive");
  if (!op.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(op, "not on tensors");
  if (op.hasDynamicShape())
    return rewriter.notifyMatchFailure(op, "has dynamic shapes");
  if (hasEmptyIterationDomain(op))
    return rewriter.notifyMatchFailure(op, "has a loop of size 0");
  auto tileable = dyn_cast<TilingInterface>(op.getOperation());
  if (!tileable)
    return rewriter.notifyMatchFailure(op, "does not implement tiling");
  if (isa<linalg::Conv2DNchwFchwOp, linalg::Conv2DNhwcHwcfOp,
          linalg::DepthwiseConv2DNhwcHwcOp, linalg::PoolingNhwcMaxOp,
          linalg::PoolingNhwcSumOp>(op))
    return tileAndVectorizeConv2D(rewriter, op, vectorWidth);
  // Checked on the whole op, before anything changes: rejects what the
  // vectorizer does not handle (e.g. 2-D convolutions).
  if (failed(linalg::vectorizeOpPrecondition(op)))
    return rewriter.notifyMatchFailure(op, "not vectorizable");

  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<int64_t> bounds = op.getStaticLoopRanges();
  int64_t inner = -1;
  for (int64_t i = static_cast<int64_t>(iterators.size()) - 1; i >= 0; --i) {
    if (iterators[i] == utils::IteratorType::parallel) {
      inner = i;
      break;
    }
  }
  if (inner < 0)
    return rewriter.notifyMatchFailure(op, "has no parallel loop");

  // The widest power of two up to `vectorWidth` that divides the loop, so
  // that every tile is full and no masking is needed.
  int64_t width = 1;
  while (width * 2 <= vectorWidth && bounds[inner] % (width * 2) == 0)
    width *= 2;
  if (width == 1)
    return rewriter.notifyMatchFailure(
        op, "innermost parallel loop has no power-of-two divisor > 1");
  SmallVector<int64_t> tile(iterators.size(), 1);
  tile[inner] = width;
  // A contraction (any op with reduction loops: matmuls, batched and
  // folded ensembles) gets a register tile: rows x two vectors per reduction
  // step, accumulated in registers across the reduction loop once the
  // pipeline's loop-invariant-subset-hoisting has moved the accumulator's
  // read and write out of it.
  bool contraction = op.getNumReductionLoops() > 0;
  if (contraction) {
    if (bounds[inner] % (2 * width) == 0)
      tile[inner] = 2 * width;
    // The most rows that divide the loop (getMaxRegisterTileRows), else
    // fewer: with AVX2's 6, also 3 (a multiple of 3 is not one of 4).
    int64_t maxRows = getMaxRegisterTileRows(vectorWidth);
    SmallVector<int64_t> rowChoices =
        maxRows == 6 ? SmallVector<int64_t>{6, 4, 3, 2}
                     : SmallVector<int64_t>{maxRows, 4, 2};
    for (int64_t i = inner - 1; i >= 0; --i) {
      if (iterators[i] != utils::IteratorType::parallel)
        continue;
      for (int64_t rows : rowChoices)
        if (bounds[i] % rows == 0) {
          tile[i] = rows;
          break;
        }
      break;
    }
  }

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), tile));
  options.setLoopType(scf::SCFTilingOptions::LoopType::ForOp);
  // A transpose that keeps the innermost dimension (the copy into packed
  // panels) walks its input in order: whole source rows, a short stride
  // between the output rows written.
  if (!contraction && op.getNumDpsInputs() == 1) {
    AffineMap in = op.getMatchingIndexingMap(op.getDpsInputOperand(0));
    if (in.isPermutation() && !in.isIdentity() &&
        in.getDimPosition(in.getNumResults() - 1) == inner) {
      SmallVector<int64_t> order;
      for (unsigned j = 0, e = in.getNumResults(); j < e; ++j)
        order.push_back(in.getDimPosition(j));
      options.setInterchange(order);
    }
  }
  FailureOr<scf::SCFTilingResult> tiled =
      scf::tileUsingSCF(rewriter, tileable, options);
  if (failed(tiled))
    return rewriter.notifyMatchFailure(op, "tiling failed");
  SmallVector<Value> replacements = tiled->replacements;
  rewriter.replaceOp(op, replacements);

  for (Operation *tiledOp : tiled->tiledOps) {
    auto tiledLinalg = dyn_cast<linalg::LinalgOp>(tiledOp);
    if (!tiledLinalg)
      continue;
    rewriter.setInsertionPoint(tiledOp);
    FailureOr<linalg::VectorizationResult> vectorized =
        linalg::vectorize(rewriter, tiledOp);
    if (failed(vectorized)) {
      // The scalar tile stays: still correct, just not vectorized.
      LLVM_DEBUG(llvm::dbgs() << "tile not vectorized: " << *tiledOp << "\n");
      continue;
    }
    rewriter.replaceOp(tiledOp, vectorized->replacements);
  }
  return replacements;
}

namespace {
/// a * b + c on vectors, the product used only here, as one math.fma: the
/// multiply-adds of vectorized contraction tiles become FMA instructions.
struct FuseVectorMulAdd : OpRewritePattern<arith::AddFOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::AddFOp add,
                                PatternRewriter &rewriter) const override {
    if (!isa<VectorType>(add.getType()))
      return rewriter.notifyMatchFailure(add, "not on vectors");
    for (unsigned i = 0; i < 2; ++i) {
      // The product, possibly reshaped (a unit reduction dim dropped).
      Value product = add.getOperand(i);
      auto cast = product.getDefiningOp<vector::ShapeCastOp>();
      if (cast && cast->hasOneUse())
        product = cast.getSource();
      auto mul = product.getDefiningOp<arith::MulFOp>();
      if (!mul || !mul->hasOneUse())
        continue;
      Value lhs = mul.getLhs(), rhs = mul.getRhs();
      if (cast) {
        lhs = vector::ShapeCastOp::create(rewriter, add.getLoc(), add.getType(),
                                          lhs);
        rhs = vector::ShapeCastOp::create(rewriter, add.getLoc(), add.getType(),
                                          rhs);
      }
      rewriter.replaceOpWithNewOp<math::FmaOp>(add, lhs, rhs,
                                               add.getOperand(1 - i));
      return success();
    }
    return rewriter.notifyMatchFailure(add, "no single-use product");
  }
};

/// Rewrites a one-operand, one-result elementwise `OpTy` on an n-D vector
/// as the same op on the flattened 1-D vector between shape casts.
template <typename OpTy>
struct FlattenVectorOp : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast<VectorType>(op->getOperand(0).getType());
    auto resultType = dyn_cast<VectorType>(op->getResult(0).getType());
    if (!type || !resultType || type.getRank() < 2 || type.isScalable())
      return rewriter.notifyMatchFailure(op, "not an n-D fixed vector");
    auto flat = VectorType::get({type.getNumElements()}, type.getElementType());
    auto flatResult = VectorType::get({resultType.getNumElements()},
                                      resultType.getElementType());
    Location loc = op.getLoc();
    Value in =
        vector::ShapeCastOp::create(rewriter, loc, flat, op->getOperand(0));
    Operation *flatOp =
        rewriter.create(loc, op->getName().getIdentifier(), ValueRange{in},
                        TypeRange{flatResult}, op->getAttrs());
    rewriter.replaceOpWithNewOp<vector::ShapeCastOp>(op, resultType,
                                                     flatOp->getResult(0));
    return success();
  }
};

struct FusionVectorizePass
    : fusion::impl::FusionVectorizePassBase<FusionVectorizePass> {
  using Base::Base;

  void runOnOperation() override {
    // The option, else the module's target (#fusion.target), else the
    // host's.
    int64_t width = vectorWidth;
    if (width <= 0)
      if (fusion::TargetAttr target =
              fusion::TargetAttr::lookup(getOperation()))
        width = target.getVectorWidth();
    if (width <= 0)
      width = fusion::getHostVectorWidth();
    // Ops whose body never runs (a loop of size 0) become their inits
    // first: tiling cannot tile an empty loop.
    fusion::foldEmptyIterationDomains(getOperation());
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) { ops.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : ops) {
      if (succeeded(fusion::tileAndVectorize(rewriter, op, width))) {
        ++numVectorized;
        continue;
      }
      LLVM_DEBUG(llvm::dbgs() << "left scalar: " << op << "\n");
      ++numSkipped;
    }
    // Unit-dim reductions of the tiles become adds, and multiply-adds FMAs.
    RewritePatternSet patterns(&getContext());
    vector::MultiDimReductionOp::getCanonicalizationPatterns(patterns,
                                                             &getContext());
    vector::ShapeCastOp::getCanonicalizationPatterns(patterns, &getContext());
    patterns.add<FuseVectorMulAdd>(&getContext());
    // math.isnan / math.isfinite on n-D vectors as 1-D ones: their LLVM
    // lowering (llvm.is.fpclass) takes 1-D vectors only. (Upstream lowers
    // neither math.isinf nor math.isnormal to LLVM.)
    patterns
        .add<FlattenVectorOp<math::IsNaNOp>, FlattenVectorOp<math::IsFiniteOp>>(
            &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
