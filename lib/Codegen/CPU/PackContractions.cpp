//===- PackContractions.cpp - Data tiling of contraction operands -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A contraction's register tile reads, per reduction step, one row of
// `width` columns of its right-hand operand B[k][n]. Row-major, successive
// steps are N elements apart: a new cache line and, for N >= 1024 f32, a
// new page per step, so the hardware prefetcher does not follow and the
// TLB misses. Packing B into panels Bp[n1][k][n0] (n = n1 * width + n0,
// `linalg.pack`) makes each panel one contiguous stream. The contraction
// then runs on the panels with its result viewed as [..., n1, n0] (a free
// `tensor.expand_shape`), and its elementwise consumers follow it into that
// view, so that they stay fusable with it.
//
// Constant operands are packed at compile time; operands computed at run
// time are packed per call, which pays only when each element is reused by
// enough rows.
//
//===----------------------------------------------------------------------===//

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#define DEBUG_TYPE "fusion-pack-contractions"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONPACKCONTRACTIONSPASS
#define GEN_PASS_DEF_FUSIONLOWERPACKSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// `c` (shape S) packed along dim `pos` into panels of `width`: the result
/// has shape [S[pos] / width, S without pos..., width], as `linalg.pack`
/// with inner_dims_pos = [pos] and the panel dim moved outermost.
static DenseElementsAttr packConstant(DenseElementsAttr c,
                                      RankedTensorType packedType, int64_t pos,
                                      int64_t width) {
  // The constant viewed as [S..., S[pos] / width, width] with pos split,
  // then transposed to the packed order.
  ArrayRef<int64_t> shape = c.getType().getShape();
  SmallVector<int64_t> split;
  for (int64_t d = 0, e = shape.size(); d < e; ++d) {
    if (d == pos) {
      split.push_back(shape[d] / width);
      split.push_back(width);
    } else {
      split.push_back(shape[d]);
    }
  }
  DenseElementsAttr view =
      c.isSplat() ? c : c.reshape(c.getType().clone(split));
  SmallVector<int64_t> perm = {pos};
  for (int64_t d = 0, e = split.size(); d < e; ++d)
    if (d != pos && d != pos + 1)
      perm.push_back(d);
  perm.push_back(pos + 1);
  return transposeConstant(view, perm, packedType);
}

FailureOr<linalg::GenericOp>
mlir::fusion::packContractionOperand(RewriterBase &rewriter,
                                     linalg::LinalgOp op,
                                     const ContractionPackingOptions &options) {
  MLIRContext *ctx = rewriter.getContext();
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || op->getNumResults() != 1)
    return rewriter.notifyMatchFailure(op, "not a two-input contraction on "
                                           "tensors");
  if (!linalg::isaContractionOpInterface(op))
    return rewriter.notifyMatchFailure(op, "not a contraction (a multiply-add "
                                           "body with m, n and k loops)");
  if (op.hasDynamicShape())
    return rewriter.notifyMatchFailure(op, "dynamic shapes");
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->n.empty() || dims->m.empty() || dims->k.empty())
    return rewriter.notifyMatchFailure(op, "no m, n and k loops");
  // The n loop to split: the result's innermost dimension. Other n loops
  // (a stacked ensemble's branch dim, in B and the result but not A) stay
  // as they are.
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!outMap.isProjectedPermutation() || outMap.getNumResults() == 0 ||
      !llvm::is_contained(dims->n,
                          outMap.getDimPosition(outMap.getNumResults() - 1)))
    return rewriter.notifyMatchFailure(op, "the result's innermost dimension "
                                           "is not an n loop");
  unsigned n = outMap.getDimPosition(outMap.getNumResults() - 1);
  OpOperand *b = nullptr;
  for (OpOperand *input : op.getDpsInputOperands())
    if (op.getMatchingIndexingMap(input).isFunctionOfDim(n))
      b = input;
  if (!b)
    return rewriter.notifyMatchFailure(op, "no input is indexed by n");
  AffineMap bMap = op.getMatchingIndexingMap(b);
  auto bType = dyn_cast<RankedTensorType>(b->get().getType());
  if (!bMap.isProjectedPermutation() || !bType ||
      bMap.getNumResults() != bType.getRank())
    return rewriter.notifyMatchFailure(op, "the operand indexed by n is not "
                                           "a plain tensor read");
  int64_t width = options.panelWidth;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  int64_t numCols = ranges[n];
  if (width < 2 || numCols <= width || numCols % width != 0)
    return rewriter.notifyMatchFailure(op, [&](Diagnostic &diag) {
      diag << "n = " << numCols << " is not a multiple of the panel width "
           << width << " larger than it";
    });
  int64_t reuse = 1;
  for (unsigned m : dims->m)
    reuse *= ranges[m];
  DenseElementsAttr constant;
  bool isConstant = matchPattern(b->get(), m_Constant(&constant)) &&
                    constant.getElementType().isIntOrFloat() &&
                    constant.getElementType().getIntOrFloatBitWidth() % 8 == 0;
  if (!isConstant && reuse < options.minReuse)
    return rewriter.notifyMatchFailure(op, [&](Diagnostic &diag) {
      diag << "each element of the run-time operand is used by " << reuse
           << " rows, fewer than min-reuse = " << options.minReuse
           << ": packing it per call costs more than it saves";
    });

  Location loc = op.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);

  // Pack B: the panel dim outermost, the panel's columns innermost.
  int64_t pos = *bMap.getResultPosition(getAffineDimExpr(n, ctx));
  SmallVector<int64_t> outerPerm = {pos};
  for (int64_t d = 0, e = bType.getRank(); d < e; ++d)
    if (d != pos)
      outerPerm.push_back(d);
  SmallVector<int64_t> innerPos = {pos};
  SmallVector<OpFoldResult> innerTiles = {rewriter.getIndexAttr(width)};
  Value packed;
  if (isConstant) {
    auto packedType =
        linalg::PackOp::inferPackedType(bType, {width}, innerPos, outerPerm);
    packed = arith::ConstantOp::create(
        rewriter, loc, packConstant(constant, packedType, pos, width));
  } else {
    Value dest = linalg::PackOp::createDestinationTensor(
        rewriter, loc, b->get(), innerTiles, innerPos, outerPerm);
    packed = linalg::PackOp::create(rewriter, loc, b->get(), dest, innerPos,
                                    innerTiles, /*paddingValue=*/std::nullopt,
                                    outerPerm)
                 .getResult();
  }

  // Loops: n1 first, then the old loops with n0 in n's place.
  unsigned numLoops = op.getNumLoops() + 1;
  auto dim = [&](unsigned d) { return getAffineDimExpr(d + 1, ctx); };
  AffineExpr n1 = getAffineDimExpr(0, ctx), n0 = dim(n);
  auto remap = [&](AffineMap map) {
    SmallVector<AffineExpr> results;
    for (AffineExpr r : map.getResults())
      results.push_back(
          dim(cast<AffineDimExpr>(r).getPosition())); // projected permutation
    return results;
  };
  SmallVector<AffineMap> maps;
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    if (input != b) {
      if (!map.isProjectedPermutation())
        return rewriter.notifyMatchFailure(op, "an operand's indexing map is "
                                               "not a projected permutation");
      maps.push_back(AffineMap::get(numLoops, 0, remap(map), ctx));
      continue;
    }
    SmallVector<AffineExpr> results = remap(map);
    SmallVector<AffineExpr> panel = {n1};
    for (int64_t d : ArrayRef(outerPerm).drop_front())
      panel.push_back(results[d]);
    panel.push_back(n0);
    maps.push_back(AffineMap::get(numLoops, 0, panel, ctx));
  }
  SmallVector<AffineExpr> outResults = remap(outMap);
  outResults.back() = n1;
  outResults.push_back(n0);
  maps.push_back(AffineMap::get(numLoops, 0, outResults, ctx));
  SmallVector<utils::IteratorType> iterators = {utils::IteratorType::parallel};
  llvm::append_range(iterators, op.getIteratorTypesArray());

  // The result viewed as [..., n1, n0].
  Value init = op.getDpsInitOperand(0)->get();
  auto initType = cast<RankedTensorType>(init.getType());
  SmallVector<int64_t> viewShape(initType.getShape());
  viewShape.back() = numCols / width;
  viewShape.push_back(width);
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t d = 0, e = initType.getRank(); d < e; ++d)
    reassociation.push_back({d});
  reassociation.back().push_back(initType.getRank());
  auto viewType = initType.clone(viewShape);
  Value view = tensor::ExpandShapeOp::create(rewriter, loc, viewType, init,
                                             reassociation);

  SmallVector<Value> inputs;
  for (OpOperand *input : op.getDpsInputOperands())
    inputs.push_back(input == b ? packed : input->get());
  auto generic =
      linalg::GenericOp::create(rewriter, loc, TypeRange{viewType}, inputs,
                                ValueRange{view}, maps, iterators);
  rewriter.cloneRegionBefore(op->getRegion(0), generic.getRegion(),
                             generic.getRegion().begin());
  Value result = tensor::CollapseShapeOp::create(
      rewriter, loc, initType, generic.getResult(0), reassociation);
  rewriter.replaceOp(op, result);
  return generic;
}

/// Whether `offset` is a multiple of `multiple`: a constant, or the
/// induction variable of a loop whose lower bound and step are.
static bool isMultipleOf(Value offset, int64_t multiple) {
  auto isMultiple = [&](OpFoldResult ofr) {
    std::optional<int64_t> c = getConstantIntValue(ofr);
    return c && *c % multiple == 0;
  };
  if (isMultiple(offset))
    return true;
  auto arg = dyn_cast<BlockArgument>(offset);
  if (!arg)
    return false;
  Operation *owner = arg.getOwner()->getParentOp();
  if (auto loop = dyn_cast<scf::ForOp>(owner))
    return loop.getInductionVar() == arg && isMultiple(loop.getLowerBound()) &&
           isMultiple(loop.getStep());
  if (auto loop = dyn_cast<scf::ForallOp>(owner)) {
    for (auto [iv, lb, step] :
         llvm::zip(loop.getInductionVars(), loop.getMixedLowerBound(),
                   loop.getMixedStep()))
      if (iv == arg)
        return isMultiple(lb) && isMultiple(step);
  }
  return false;
}

FailureOr<Value>
mlir::fusion::packConvFilterTile(RewriterBase &rewriter,
                                 linalg::Conv2DNhwcHwcfOp conv) {
  auto slice = conv.getInputs()[1].getDefiningOp<tensor::ExtractSliceOp>();
  if (!slice)
    return rewriter.notifyMatchFailure(conv, "the filter is not a tile");
  auto sourceType = dyn_cast<RankedTensorType>(slice.getSourceType());
  RankedTensorType tileType = slice.getResultType();
  if (!sourceType || !sourceType.hasStaticShape() ||
      sourceType.getRank() != 4 || tileType.getRank() != 4 ||
      !tileType.hasStaticShape())
    return rewriter.notifyMatchFailure(conv, "not a tile of a static 4-d "
                                             "filter");
  ArrayRef<int64_t> shape = sourceType.getShape();
  int64_t tile = tileType.getDimSize(3);
  if (tile >= shape[3] || shape[3] % tile != 0)
    return rewriter.notifyMatchFailure(conv, [&](Diagnostic &diag) {
      diag << "the filter tile has " << tile << " of " << shape[3]
           << " output channels, not a proper divisor";
    });
  for (int64_t d = 0; d < 3; ++d)
    if (tileType.getDimSize(d) != shape[d] ||
        !isConstantIntValue(slice.getMixedOffsets()[d], 0))
      return rewriter.notifyMatchFailure(conv, "the filter tile does not "
                                               "cover all taps and input "
                                               "channels");
  if (!llvm::all_of(slice.getMixedStrides(),
                    [](OpFoldResult s) { return isConstantIntValue(s, 1); }))
    return rewriter.notifyMatchFailure(conv, "strided filter tile");
  OpFoldResult offset = slice.getMixedOffsets()[3];
  auto offsetValue = dyn_cast<Value>(offset);
  if (!(offsetValue ? isMultipleOf(offsetValue, tile)
                    : getConstantIntValue(offset).value_or(1) % tile == 0))
    return rewriter.notifyMatchFailure(conv, "the tile's first output "
                                             "channel is not provably a "
                                             "multiple of its size");
  Value source = slice.getSource();
  Operation *sourceOp = source.getDefiningOp();
  DenseElementsAttr constant = getConstantElements(source);
  if (!constant || !sourceOp || !constant.getElementType().isIntOrFloat() ||
      constant.getElementType().getIntOrFloatBitWidth() % 8 != 0)
    return rewriter.notifyMatchFailure(conv, "the filter is not a constant "
                                             "with data");
  auto packedType = RankedTensorType::get(
      {shape[3] / tile, shape[0], shape[1], shape[2], tile},
      sourceType.getElementType());
  DenseElementsAttr packed = packConstant(constant, packedType, 3, tile);
  if (!packed)
    return rewriter.notifyMatchFailure(conv, "cannot pack the constant");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointAfter(sourceOp);
  Value packedValue =
      arith::ConstantOp::create(rewriter, sourceOp->getLoc(), packed);
  rewriter.setInsertionPoint(slice);
  Location loc = slice.getLoc();
  OpFoldResult panel =
      offsetValue ? OpFoldResult(affine::makeComposedAffineApply(
                        rewriter, loc,
                        rewriter.getAffineDimExpr(0).floorDiv(tile), {offset}))
                  : OpFoldResult(rewriter.getIndexAttr(
                        *getConstantIntValue(offset) / tile));
  SmallVector<OpFoldResult> offsets(5, rewriter.getIndexAttr(0));
  offsets[0] = panel;
  SmallVector<OpFoldResult> sizes = {rewriter.getIndexAttr(1)};
  for (int64_t d = 0; d < 4; ++d)
    sizes.push_back(rewriter.getIndexAttr(packedType.getDimSize(d + 1)));
  SmallVector<OpFoldResult> strides(5, rewriter.getIndexAttr(1));
  Value newTile = tensor::ExtractSliceOp::create(
      rewriter, loc, tileType, packedValue, offsets, sizes, strides);
  rewriter.modifyOpInPlace(
      conv, [&]() { conv.getInputsMutable()[1].assign(newTile); });
  if (slice->use_empty())
    rewriter.eraseOp(slice);
  return newTile;
}

void mlir::fusion::populateFusionPropagatePanelViewPatterns(
    RewritePatternSet &patterns) {
  // The [..., n1, n0] view of a result moves through elementwise consumers
  // and through an elementwise init's producer (a broadcast bias), so that
  // the contraction and its epilogue stay one kernel.
  // Only views of the panel form: the last dimension split in two.
  auto isPanelView = [](ArrayRef<ReassociationIndices> reassociation) {
    for (auto [i, group] : llvm::enumerate(reassociation))
      if (group.size() != (i + 1 == reassociation.size() ? 2u : 1u))
        return false;
    return !reassociation.empty();
  };
  linalg::ControlFusionFn elementwiseOnly = [=](OpOperand *operand) {
    auto isElementwise = [](Operation *op) {
      auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(op);
      return linalgOp &&
             linalgOp.getNumLoops() == linalgOp.getNumParallelLoops();
    };
    Operation *owner = operand->getOwner();
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(owner))
      return isPanelView(expand.getReassociationIndices()) &&
             isElementwise(operand->get().getDefiningOp());
    auto collapse = operand->get().getDefiningOp<tensor::CollapseShapeOp>();
    return isElementwise(owner) && collapse &&
           isPanelView(collapse.getReassociationIndices()) &&
           collapse.getSrc().getDefiningOp<linalg::LinalgOp>();
  };
  linalg::populateFoldReshapeOpsByExpansionPatterns(patterns, elementwiseOnly);
  MLIRContext *ctx = patterns.getContext();
  linalg::FillOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::EmptyOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::populateFoldTensorEmptyPatterns(patterns);
}

namespace {
struct FusionPackContractionsPass
    : fusion::impl::FusionPackContractionsPassBase<FusionPackContractionsPass> {
  using Base::Base;
  void runOnOperation() override {
    ContractionPackingOptions options;
    // The option, else two vectors of the module's target (#fusion.target),
    // else of the host.
    options.panelWidth = panelWidth;
    if (options.panelWidth <= 0)
      if (TargetAttr target = TargetAttr::lookup(getOperation()))
        options.panelWidth = 2 * target.getVectorWidth();
    if (options.panelWidth <= 0)
      options.panelWidth = 2 * getHostVectorWidth();
    options.minReuse = minReuse;
    SmallVector<linalg::LinalgOp> candidates;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (linalg::isaContractionOpInterface(op))
        candidates.push_back(op);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    bool anyPacked = false;
    for (linalg::LinalgOp op : candidates) {
      listener.reason.clear();
      Location loc = op.getLoc();
      std::string name = op->getName().getStringRef().str();
      FailureOr<linalg::GenericOp> packed =
          packContractionOperand(rewriter, op, options);
      if (failed(packed)) {
        ++numRefused;
        reportDecision(loc, "fusion-pack-contractions", "NotPacked", false,
                       "not packed: " + listener.reason);
        continue;
      }
      ++numPacked;
      anyPacked = true;
      // The panels: the input whose first index is the panel loop n1.
      Value panels;
      for (OpOperand *input : packed->getDpsInputOperands())
        if (packed->getMatchingIndexingMap(input).getResult(0) ==
            rewriter.getAffineDimExpr(0))
          panels = input->get();
      bool atCompileTime = panels.getDefiningOp<arith::ConstantOp>() != nullptr;
      std::string message;
      llvm::raw_string_ostream os(message);
      os << "packed the operand of " << name << " into panels "
         << panels.getType() << " ("
         << (atCompileTime ? "at compile time" : "per call") << ")";
      reportDecision(loc, "fusion-pack-contractions", "Packed", true, message);
    }
    if (!anyPacked) // (statistics may be compiled out)
      return;
    RewritePatternSet patterns(&getContext());
    populateFusionPropagatePanelViewPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

struct FusionLowerPacksPass
    : fusion::impl::FusionLowerPacksPassBase<FusionLowerPacksPass> {
  void runOnOperation() override {
    SmallVector<linalg::PackOp> packs;
    getOperation()->walk([&](linalg::PackOp op) {
      if (op.hasPureTensorSemantics())
        packs.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::PackOp pack : packs) {
      rewriter.setInsertionPoint(pack);
      if (failed(linalg::lowerPack(rewriter, pack))) {
        pack.emitError("could not lower linalg.pack to a transpose");
        return signalPassFailure();
      }
    }
  }
};
} // namespace
