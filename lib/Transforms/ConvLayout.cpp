//===- ConvLayout.cpp - Channels-last convolutions -----------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// conv_2d_nchw_fchw as conv_2d_nhwc_hwcf between transposes. In NCHW, a
// register tile of output channels x output columns reads, per reduction
// step, a row segment of one input channel plane and a column of weights
// strided by C*KH*KW. In NHWC/HWCF the reduction over input channels is the
// innermost dimension of the input and the weights' rows are the output
// channels, contiguous: the convolution becomes, per filter tap, a matmul
// of [output columns x C] by [C x F], which fusion-vectorize's register
// tiles run at matmul speed. The input and output transposes are one pass
// over each activation; constant weights are transposed at compile time.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#define DEBUG_TYPE "fusion-conv-to-nhwc"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONCONVTONHWCPASS
#define GEN_PASS_DEF_FUSIONPROPAGATETRANSPOSESPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Whether the payload of `op` reads loop indices (linalg.index, also in
/// nested regions), which name other loops once the loops are permuted.
static bool usesLoopIndices(linalg::GenericOp op) {
  return op.getRegion()
      .walk([](linalg::IndexOp) { return WalkResult::interrupt(); })
      .wasInterrupted();
}

/// `value` transposed by `perm` (result dim i = `value`'s dim perm[i]): a
/// new constant for a constant, a new fill for a fill, else linalg.transpose.
static Value transposeValue(RewriterBase &rewriter, Location loc, Value value,
                            ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  auto resultType = type.clone(shape);
  // Constants, dense_resource blobs (torch-mlir's weights) included.
  if (DenseElementsAttr constant = getConstantElements(value))
    if (DenseElementsAttr transposed =
            transposeConstant(constant, perm, resultType))
      return arith::ConstantOp::create(rewriter, loc, transposed);
  Value empty =
      tensor::EmptyOp::create(rewriter, loc, shape, type.getElementType());
  if (auto fill = value.getDefiningOp<linalg::FillOp>())
    return linalg::FillOp::create(rewriter, loc, fill.getInputs(), empty)
        .getResult(0);
  // An elementwise generic writing `value` in order (a broadcast bias init)
  // computes the transposed value directly: its loops permuted.
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  if (generic && value.hasOneUse() && generic->getNumResults() == 1 &&
      generic.getNumLoops() == generic.getNumParallelLoops() &&
      generic.getNumLoops() == perm.size() &&
      generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
          .isIdentity() &&
      generic.getRegion().front().getArguments().back().use_empty() &&
      // linalg.index would name other loops once they are permuted.
      !usesLoopIndices(generic)) {
    // New loop i is old loop perm[i]: old maps composed with old -> new.
    SmallVector<AffineExpr> oldToNew(perm.size());
    for (auto [i, d] : llvm::enumerate(perm))
      oldToNew[d] = rewriter.getAffineDimExpr(i);
    AffineMap rename =
        AffineMap::get(perm.size(), 0, oldToNew, rewriter.getContext());
    SmallVector<AffineMap> maps;
    for (OpOperand *input : generic.getDpsInputOperands())
      maps.push_back(generic.getMatchingIndexingMap(input).compose(rename));
    maps.push_back(rewriter.getMultiDimIdentityMap(perm.size()));
    auto permuted = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, generic.getDpsInputs(),
        ValueRange{empty}, maps, generic.getIteratorTypesArray());
    rewriter.cloneRegionBefore(generic.getRegion(), permuted.getRegion(),
                               permuted.getRegion().begin());
    return permuted.getResult(0);
  }
  return linalg::TransposeOp::create(rewriter, loc, value, empty, perm)
      ->getResult(0);
}

/// The channels-last op `NhwcOp` (convolution, depthwise convolution,
/// pooling) for the NCHW `op`, between transposes: input and init to NHWC,
/// the filter by `filterPerm` (none: the pooling window, a shape only), the
/// result back to NCHW.
template <typename NhwcOp, typename NchwOp>
static FailureOr<Value> convertWindowedToChannelsLast(RewriterBase &rewriter,
                                                      NchwOp op,
                                                      ArrayRef<int64_t> filterPerm) {
  if (!op.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(op, "not on tensors");
  for (Value v : op->getOperands())
    if (!cast<RankedTensorType>(v.getType()).hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
  Location loc = op.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(op);
  Value input = transposeValue(rewriter, loc, op.getInputs()[0], {0, 2, 3, 1});
  Value filter = op.getInputs()[1];
  if (!filterPerm.empty())
    filter = transposeValue(rewriter, loc, filter, filterPerm);
  Value init = transposeValue(rewriter, loc, op.getOutputs()[0], {0, 2, 3, 1});
  auto nhwc = NhwcOp::create(rewriter, loc, TypeRange{init.getType()},
                             ValueRange{input, filter}, ValueRange{init},
                             op.getStrides(), op.getDilations());
  Value result = transposeValue(rewriter, loc, nhwc.getResult(0), {0, 3, 1, 2});
  rewriter.replaceOp(op, result);
  return result;
}

FailureOr<Value>
mlir::fusion::convertConvToChannelsLast(RewriterBase &rewriter,
                                        linalg::Conv2DNchwFchwOp conv) {
  // Filter [F, C, KH, KW] -> [KH, KW, C, F].
  return convertWindowedToChannelsLast<linalg::Conv2DNhwcHwcfOp>(
      rewriter, conv, {2, 3, 1, 0});
}

FailureOr<Value>
mlir::fusion::convertWindowedOpToChannelsLast(RewriterBase &rewriter,
                                              linalg::LinalgOp op) {
  return llvm::TypeSwitch<Operation *, FailureOr<Value>>(op.getOperation())
      .Case([&](linalg::DepthwiseConv2DNchwChwOp dw) {
        // Filter [C, KH, KW] -> [KH, KW, C].
        return convertWindowedToChannelsLast<linalg::DepthwiseConv2DNhwcHwcOp>(
            rewriter, dw, {1, 2, 0});
      })
      .Case([&](linalg::PoolingNchwMaxOp pool) {
        return convertWindowedToChannelsLast<linalg::PoolingNhwcMaxOp>(
            rewriter, pool, {});
      })
      .Case([&](linalg::PoolingNchwSumOp pool) {
        return convertWindowedToChannelsLast<linalg::PoolingNhwcSumOp>(
            rewriter, pool, {});
      })
      .Default([&](Operation *other) -> FailureOr<Value> {
        return rewriter.notifyMatchFailure(
            other, "not a depthwise convolution or pooling in NCHW");
      });
}

/// Whether `value` is a static slice (or a chain of them) of a constant with
/// data, which FoldConstantExtractSlice makes a constant.
static bool isStaticSliceOfConstant(Value value) {
  auto slice = value.getDefiningOp<tensor::ExtractSliceOp>();
  if (!slice)
    return false;
  for (; slice; slice = value.getDefiningOp<tensor::ExtractSliceOp>()) {
    if (!slice.getResultType().hasStaticShape() ||
        ShapedType::isDynamicShape(slice.getStaticOffsets()) ||
        ShapedType::isDynamicShape(slice.getStaticSizes()) ||
        ShapedType::isDynamicShape(slice.getStaticStrides()))
      return false;
    value = slice.getSource();
  }
  return getConstantElements(value) != nullptr;
}

namespace {
struct FusionConvToNhwcPass
    : fusion::impl::FusionConvToNhwcPassBase<FusionConvToNhwcPass> {
  void runOnOperation() override {
    SmallVector<linalg::Conv2DNchwFchwOp> convs;
    SmallVector<linalg::LinalgOp> windowed;
    getOperation()->walk([&](Operation *op) {
      if (auto conv = dyn_cast<linalg::Conv2DNchwFchwOp>(op))
        convs.push_back(conv);
      else if (isa<linalg::DepthwiseConv2DNchwChwOp, linalg::PoolingNchwMaxOp,
                   linalg::PoolingNchwSumOp>(op))
        windowed.push_back(cast<linalg::LinalgOp>(op));
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (linalg::LinalgOp op : windowed) {
      listener.reason.clear();
      Location loc = op.getLoc();
      std::string name = op->getName().getStringRef().str();
      if (failed(convertWindowedOpToChannelsLast(rewriter, op))) {
        reportDecision(loc, "fusion-conv-to-nhwc", "NotConverted", false,
                       "not converted: " + listener.reason);
        continue;
      }
      reportDecision(loc, "fusion-conv-to-nhwc", "Converted", true,
                     name + " computed in NHWC");
    }
    for (linalg::Conv2DNchwFchwOp conv : convs) {
      listener.reason.clear();
      Location loc = conv.getLoc();
      bool slicedConstant = isStaticSliceOfConstant(conv.getInputs()[1]);
      FailureOr<Value> result = convertConvToChannelsLast(rewriter, conv);
      if (failed(result)) {
        reportDecision(loc, "fusion-conv-to-nhwc", "NotConverted", false,
                       "not converted: " + listener.reason);
        continue;
      }
      // Whether the filter became a constant (transposed at compile time).
      bool constantFilter = false;
      if (auto back = result->getDefiningOp<linalg::TransposeOp>())
        if (auto nhwc =
                back.getInput().getDefiningOp<linalg::Conv2DNhwcHwcfOp>())
          constantFilter =
              nhwc.getInputs()[1].getDefiningOp<arith::ConstantOp>() != nullptr;
      // A slice of a constant (fusion-eliminate-concat's parts of a
      // filter) is folded by fusion-propagate-transposes, transpose and all.
      StringRef filter = constantFilter ? "filter transposed at compile time"
                         : slicedConstant
                             ? "filter a static slice of a constant: "
                               "transposed at compile time once "
                               "fusion-propagate-transposes folds the slice"
                             : "filter transposed per call";
      reportDecision(
          loc, "fusion-conv-to-nhwc", "Converted", true,
          ("conv_2d_nchw_fchw computed as conv_2d_nhwc_hwcf (" + filter + ")")
              .str());
    }
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Transpose propagation
//===----------------------------------------------------------------------===//

/// `shape` in the layout before a transpose by `perm` (whose result has
/// `shape`): dim perm[i] of the input is dim i of the result.
static SmallVector<int64_t> getTransposeInputShape(ArrayRef<int64_t> shape,
                                                   ArrayRef<int64_t> perm) {
  SmallVector<int64_t> input(shape.size());
  for (auto [i, d] : llvm::enumerate(perm))
    input[d] = shape[i];
  return input;
}

/// Whether `pad` pads by a constant value with static padding to a static
/// shape.
static bool isStaticConstantPad(tensor::PadOp pad) {
  return pad.getConstantPaddingValue() && pad.getLow().empty() &&
         pad.getHigh().empty() && pad.getResultType().hasStaticShape();
}

/// The constant padding value of `pad` for a new pad in its place: one
/// defined in the pad's own body (a constant there) is cloned out at the
/// rewriter's insertion point, since the body goes with the old pad. Null
/// if it is computed in the body.
static Value getPadValueOutside(RewriterBase &rewriter, tensor::PadOp pad) {
  Value value = pad.getConstantPaddingValue();
  if (!value || !pad.getRegion().isAncestor(value.getParentRegion()))
    return value;
  Operation *def = value.getDefiningOp();
  if (!def || !def->hasTrait<OpTrait::ConstantLike>())
    return {};
  return rewriter.clone(*def)->getResult(0);
}

namespace {
/// transpose(transpose(x, p1), p2) = transpose(x, p1 o p2), or x when that
/// is the identity.
struct FoldTransposeOfTranspose : OpRewritePattern<linalg::TransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::TransposeOp op,
                                PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<linalg::TransposeOp>();
    if (!inner || !op.hasPureTensorSemantics() ||
        !inner.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "not a transpose of a transpose");
    ArrayRef<int64_t> p1 = inner.getPermutation(), p2 = op.getPermutation();
    SmallVector<int64_t> combined;
    for (int64_t d : p2)
      combined.push_back(p1[d]);
    if (isIdentityPermutation(combined)) {
      rewriter.replaceOp(op, inner.getInput());
      return success();
    }
    rewriter.replaceOpWithNewOp<linalg::TransposeOp>(op, inner.getInput(),
                                                     op.getInit(), combined);
    return success();
  }
};

/// A transpose of a constant with data (`dense`, or torch-mlir's
/// `dense_resource` weights: a linear layer's `x @ W^T`) is a new constant,
/// transposed at compile time instead of on every call.
struct FoldConstantTranspose : OpRewritePattern<linalg::TransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::TransposeOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "not on tensors");
    DenseElementsAttr constant = getConstantElements(op.getInput());
    if (!constant)
      return rewriter.notifyMatchFailure(op, "input is not a constant with "
                                             "data");
    DenseElementsAttr transposed =
        transposeConstant(constant, op.getPermutation(),
                          cast<ShapedType>(op->getResult(0).getType()));
    if (!transposed)
      return rewriter.notifyMatchFailure(op, "cannot transpose the constant");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, transposed);
    return success();
  }
};

/// A static slice of a constant with data (the halves of a concatenation's
/// consumer's weights, once fusion-eliminate-concat split it) is a new
/// constant, sliced at compile time instead of copied on every call.
struct FoldConstantExtractSlice : OpRewritePattern<tensor::ExtractSliceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(tensor::ExtractSliceOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType type = op.getResultType();
    ArrayRef<int64_t> offsets = op.getStaticOffsets();
    ArrayRef<int64_t> sizes = op.getStaticSizes();
    ArrayRef<int64_t> strides = op.getStaticStrides();
    if (!type.hasStaticShape() || ShapedType::isDynamicShape(offsets) ||
        ShapedType::isDynamicShape(sizes) ||
        ShapedType::isDynamicShape(strides))
      return rewriter.notifyMatchFailure(op, "not a static slice");
    DenseElementsAttr constant = getConstantElements(op.getSource());
    if (!constant)
      return rewriter.notifyMatchFailure(op, "source is not a constant with "
                                             "data");
    DenseElementsAttr slice =
        sliceConstant(constant, offsets, sizes, strides, type);
    if (!slice)
      return rewriter.notifyMatchFailure(op, "cannot slice the constant");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, slice);
    return success();
  }
};

/// An insertion of a transpose into an empty tensor, or into a transpose by
/// the same permutation (the next part of a concatenation of transposed
/// values), happens in the transpose's input layout; one transpose follows
/// (and meets the next, or sinks further).
struct SinkTransposeThroughInsertSlice
    : OpRewritePattern<tensor::InsertSliceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(tensor::InsertSliceOp op,
                                PatternRewriter &rewriter) const override {
    auto transpose = op.getSource().getDefiningOp<linalg::TransposeOp>();
    if (!transpose || !transpose.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "source is not a transpose");
    RankedTensorType destType = op.getDestType();
    if (op.getSourceType().getRank() != destType.getRank() ||
        !destType.hasStaticShape() ||
        !llvm::all_of(op.getMixedStrides(), [](OpFoldResult stride) {
          return isConstantIntValue(stride, 1);
        }))
      return rewriter.notifyMatchFailure(op, "rank-reducing, dynamic or "
                                             "strided insertion");
    ArrayRef<int64_t> perm = transpose.getPermutation();
    // In the input's layout: dimension perm[i] is the result's dimension i.
    SmallVector<int64_t> shape(perm.size());
    for (auto [i, d] : llvm::enumerate(perm))
      shape[d] = destType.getDimSize(i);
    Value dest;
    if (op.getDest().getDefiningOp<tensor::EmptyOp>()) {
      dest = tensor::EmptyOp::create(rewriter, op.getLoc(), shape,
                                     destType.getElementType());
    } else if (auto inner = op.getDest().getDefiningOp<linalg::TransposeOp>();
               inner && inner.hasPureTensorSemantics() &&
               inner.getPermutation() == perm) {
      dest = inner.getInput();
    } else {
      return rewriter.notifyMatchFailure(op, "destination is neither empty "
                                             "nor a transpose by the same "
                                             "permutation");
    }
    SmallVector<OpFoldResult> offsets(perm.size()), sizes(perm.size());
    for (auto [i, d] : llvm::enumerate(perm)) {
      offsets[d] = op.getMixedOffsets()[i];
      sizes[d] = op.getMixedSizes()[i];
    }
    SmallVector<OpFoldResult> strides(perm.size(), rewriter.getIndexAttr(1));
    Value inserted = tensor::InsertSliceOp::create(rewriter, op.getLoc(),
                                                   transpose.getInput(), dest,
                                                   offsets, sizes, strides);
    Value init = tensor::EmptyOp::create(
        rewriter, op.getLoc(), destType.getShape(), destType.getElementType());
    rewriter.replaceOpWithNewOp<linalg::TransposeOp>(op, inserted, init, perm);
    return success();
  }
};

/// The first input of `op` that is a transpose on tensors read elementwise
/// (through the identity map), or null.
static linalg::TransposeOp getTransposeReadElementwise(linalg::GenericOp op) {
  for (OpOperand *input : op.getDpsInputOperands()) {
    auto t = input->get().getDefiningOp<linalg::TransposeOp>();
    if (t && t.hasPureTensorSemantics() &&
        op.getMatchingIndexingMap(input).isIdentity())
      return t;
  }
  return {};
}

/// The inputs of `op` and their maps once its loops are renamed to iterate
/// in the order of the input of a transpose by `perm` that `op` reads
/// elementwise (old loop i is new loop perm[i]): each input that is such a
/// transpose is replaced by the transpose's input, read through the
/// identity; the other inputs' maps are composed with the renaming. Returns
/// the renaming (the new loops to the old ones), for the inits' maps.
static AffineMap renameInputLoops(linalg::GenericOp op, ArrayRef<int64_t> perm,
                                  SmallVectorImpl<Value> &inputs,
                                  SmallVectorImpl<AffineMap> &maps) {
  MLIRContext *ctx = op.getContext();
  SmallVector<AffineExpr> oldInNew;
  for (int64_t d : perm)
    oldInNew.push_back(getAffineDimExpr(d, ctx));
  AffineMap rename = AffineMap::get(perm.size(), 0, oldInNew, ctx);
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    auto t = input->get().getDefiningOp<linalg::TransposeOp>();
    if (t && t.getPermutation() == perm && map.isIdentity()) {
      inputs.push_back(t.getInput());
      maps.push_back(AffineMap::getMultiDimIdentityMap(perm.size(), ctx));
      continue;
    }
    inputs.push_back(input->get());
    maps.push_back(map.compose(rename));
  }
  return rename;
}

/// An all-parallel generic reading a transpose elementwise runs in the
/// transpose's input layout instead; the transpose moves to its result.
struct SinkTransposeThroughGeneric : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics() || op->getNumResults() != 1 ||
        op.getNumDpsInits() != 1 ||
        op.getNumParallelLoops() != op.getNumLoops() ||
        usesLoopIndices(op) ||
        op.payloadUsesValueFromOperand(op.getDpsInitOperand(0)) ||
        !op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity())
      return rewriter.notifyMatchFailure(op, "not an elementwise generic");
    auto resultType = cast<RankedTensorType>(op.getResult(0).getType());
    if (!resultType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shape");
    linalg::TransposeOp transpose = getTransposeReadElementwise(op);
    if (!transpose)
      return rewriter.notifyMatchFailure(op, "no transpose read elementwise");
    ArrayRef<int64_t> perm = transpose.getPermutation();
    SmallVector<Value> inputs;
    SmallVector<AffineMap> maps;
    (void)renameInputLoops(op, perm, inputs, maps);
    maps.push_back(
        AffineMap::getMultiDimIdentityMap(perm.size(), rewriter.getContext()));
    Location loc = op.getLoc();
    SmallVector<int64_t> shape =
        getTransposeInputShape(resultType.getShape(), perm);
    Value init = tensor::EmptyOp::create(rewriter, loc, shape,
                                         resultType.getElementType());
    auto sunk = linalg::GenericOp::create(
        rewriter, loc, TypeRange{init.getType()}, inputs, ValueRange{init},
        maps, op.getIteratorTypesArray());
    rewriter.cloneRegionBefore(op.getRegion(), sunk.getRegion(),
                               sunk.getRegion().begin());
    Value back = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                         resultType.getElementType());
    rewriter.replaceOpWithNewOp<linalg::TransposeOp>(op, sunk.getResult(0),
                                                     back, perm);
    return success();
  }
};

/// Whether `map` reads its operand in the operand's own dim order: its dim
/// results are increasing (constants, a broadcast's 0, may sit between
/// them), as `(d0, d3, 0, 0)` or `(d0, 0, 0, d3)` are.
static bool isInOperandOrder(AffineMap map) {
  int64_t last = -1;
  for (AffineExpr expr : map.getResults()) {
    if (isa<AffineConstantExpr>(expr))
      continue;
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim || static_cast<int64_t>(dim.getPosition()) <= last)
      return false;
    last = dim.getPosition();
  }
  return true;
}

/// A generic with reductions that reads a transpose elementwise (an NCHW
/// average pool of a transposed NHWC convolution: MobileNetV3's
/// squeeze-excite) iterates in the transpose's input order instead: its
/// loops are renamed by the permutation, so that it reads the input in the
/// input's layout, and no transpose is left. Only where every other
/// operand, the result included, is still read in its own dim order after
/// the renaming (the pool's (d0, d1, 0, 0) result becomes (d0, d3, 0, 0)):
/// then no operand is read transposed instead.
struct SinkTransposeIntoReduction : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics() ||
        op.getNumParallelLoops() == op.getNumLoops() || usesLoopIndices(op))
      return rewriter.notifyMatchFailure(op, "not a reduction generic");
    linalg::TransposeOp transpose = getTransposeReadElementwise(op);
    if (!transpose)
      return rewriter.notifyMatchFailure(op, "no transpose read elementwise");
    ArrayRef<int64_t> perm = transpose.getPermutation();
    SmallVector<Value> inputs;
    SmallVector<AffineMap> maps;
    AffineMap rename = renameInputLoops(op, perm, inputs, maps);
    for (OpOperand &init : op.getDpsInitsMutable())
      maps.push_back(op.getMatchingIndexingMap(&init).compose(rename));
    if (!llvm::all_of(maps, isInOperandOrder))
      return rewriter.notifyMatchFailure(
          op, "another operand would be read transposed");
    SmallVector<utils::IteratorType> iterators(perm.size());
    for (auto [i, type] : llvm::enumerate(op.getIteratorTypesArray()))
      iterators[perm[i]] = type;
    auto renamed =
        linalg::GenericOp::create(rewriter, op.getLoc(), op->getResultTypes(),
                                  inputs, op.getOutputs(), maps, iterators);
    rewriter.cloneRegionBefore(op.getRegion(), renamed.getRegion(),
                               renamed.getRegion().begin());
    rewriter.replaceOp(op, renamed->getResults());
    return success();
  }
};

/// A generic that reads a transpose through the inverse permutation (a
/// transpose sunk below one consumer leaves such reads in the others) reads
/// the transpose's input directly: element (e_0, ..., e_n) of transpose(x,
/// p) is element e_{p^-1(m)} in dim m of x. Only where the composed map
/// reads x in x's own dim order: the identity, or a broadcast of x such as
/// MobileNetV3's squeeze-excite scale (a 1x1x1xC vector transposed to
/// 1xCx1x1, read through (d0, d1, 0, 0) by an NCHW multiply, is read
/// through (d0, 0, 0, d3) in NHWC). Where it would stay permuted, sinking
/// the transpose is better.
struct FoldTransposeIntoGenericInput : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "not on tensors");
    for (OpOperand *input : op.getDpsInputOperands()) {
      auto transpose = input->get().getDefiningOp<linalg::TransposeOp>();
      if (!transpose || !transpose.hasPureTensorSemantics())
        continue;
      ArrayRef<int64_t> perm = transpose.getPermutation();
      AffineMap map = op.getMatchingIndexingMap(input);
      if (map.getNumResults() != perm.size())
        continue;
      SmallVector<AffineExpr> results(perm.size());
      for (auto [k, d] : llvm::enumerate(perm))
        results[d] = map.getResult(k);
      AffineMap composed = AffineMap::get(map.getNumDims(),
                                          map.getNumSymbols(), results,
                                          op.getContext());
      if (!isInOperandOrder(composed))
        continue;
      SmallVector<AffineMap> maps = op.getIndexingMapsArray();
      maps[input->getOperandNumber()] = composed;
      rewriter.modifyOpInPlace(op, [&] {
        input->set(transpose.getInput());
        op.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
      });
      return success();
    }
    return rewriter.notifyMatchFailure(
        op, "no input reads a transpose through its inverse");
  }
};

/// pad(transpose(x)) = transpose(pad'(x)) with the padding permuted, for a
/// constant padding value and static padding.
struct SinkTransposeThroughPad : OpRewritePattern<tensor::PadOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(tensor::PadOp pad,
                                PatternRewriter &rewriter) const override {
    auto transpose = pad.getSource().getDefiningOp<linalg::TransposeOp>();
    if (!transpose || !transpose.hasPureTensorSemantics() ||
        !isStaticConstantPad(pad))
      return rewriter.notifyMatchFailure(
          pad, "not a static, constant pad of a transpose");
    ArrayRef<int64_t> perm = transpose.getPermutation();
    SmallVector<int64_t> low =
        getTransposeInputShape(pad.getStaticLow(), perm);
    SmallVector<int64_t> high =
        getTransposeInputShape(pad.getStaticHigh(), perm);
    auto type = pad.getResultType();
    SmallVector<int64_t> shape = getTransposeInputShape(type.getShape(), perm);
    Location loc = pad.getLoc();
    Value value = getPadValueOutside(rewriter, pad);
    if (!value)
      return rewriter.notifyMatchFailure(pad, "padding value from the body");
    auto padded = tensor::PadOp::create(
        rewriter, loc, type.clone(shape), transpose.getInput(),
        getAsIndexOpFoldResult(rewriter.getContext(), low),
        getAsIndexOpFoldResult(rewriter.getContext(), high), value,
        pad.getNofold());
    Value back = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                         type.getElementType());
    rewriter.replaceOpWithNewOp<linalg::TransposeOp>(pad, padded.getResult(),
                                                     back, perm);
    return success();
  }
};
} // namespace

/// transpose(pad(x)) = pad'(transpose(x)), the padding permuted, where x is
/// a block argument (a function's NCHW input padded for the stem
/// convolution): the pad is then of a kernel's result, which
/// fusion-write-in-place computes into the padded buffer's interior, instead
/// of a fill of the whole buffer and a copy of the input. Run after the
/// patterns, which sink transposes the other way (SinkTransposeThroughPad).
static LogicalResult hoistTransposeAbovePad(RewriterBase &rewriter,
                                            linalg::TransposeOp transpose) {
  auto pad = transpose.getInput().getDefiningOp<tensor::PadOp>();
  if (!pad || !transpose.hasPureTensorSemantics() || !pad->hasOneUse() ||
      !isa<BlockArgument>(pad.getSource()) || !isStaticConstantPad(pad))
    return failure();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(transpose);
  Value value = getPadValueOutside(rewriter, pad);
  if (!value)
    return failure();
  // Dim i of a transpose's result is dim perm[i] of its input.
  ArrayRef<int64_t> perm = transpose.getPermutation();
  Location loc = transpose.getLoc();
  auto sourceType = pad.getSourceType();
  Value init = tensor::EmptyOp::create(
      rewriter, loc, applyPermutation(sourceType.getShape(), perm),
      sourceType.getElementType());
  auto moved =
      linalg::TransposeOp::create(rewriter, loc, pad.getSource(), init, perm);
  auto padded = tensor::PadOp::create(
      rewriter, loc, transpose.getResult()[0].getType(), moved.getResult()[0],
      getAsIndexOpFoldResult(rewriter.getContext(),
                             applyPermutation(pad.getStaticLow(), perm)),
      getAsIndexOpFoldResult(rewriter.getContext(),
                             applyPermutation(pad.getStaticHigh(), perm)),
      value, pad.getNofold());
  rewriter.replaceOp(transpose, padded.getResult());
  rewriter.eraseOp(pad);
  return success();
}

void mlir::fusion::populateFusionPropagateTransposePatterns(
    RewritePatternSet &patterns) {
  patterns.add<FoldTransposeOfTranspose, FoldConstantTranspose,
               FoldConstantExtractSlice, SinkTransposeThroughGeneric,
               SinkTransposeThroughPad, SinkTransposeThroughInsertSlice,
               SinkTransposeIntoReduction, FoldTransposeIntoGenericInput>(
      patterns.getContext());
}

namespace {
struct FusionPropagateTransposesPass
    : fusion::impl::FusionPropagateTransposesPassBase<
          FusionPropagateTransposesPass> {
  void runOnOperation() override {
    // Transposes per function, before and after.
    auto count = [&] {
      llvm::MapVector<Operation *, int64_t> counts;
      getOperation()->walk([&](linalg::TransposeOp op) {
        Operation *fn = op->getParentOfType<FunctionOpInterface>();
        ++counts[fn ? fn : getOperation()];
      });
      return counts;
    };
    llvm::MapVector<Operation *, int64_t> before = count();
    if (before.empty())
      return;
    RewritePatternSet patterns(&getContext());
    populateFusionPropagateTransposePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    SmallVector<linalg::TransposeOp> transposes;
    getOperation()->walk(
        [&](linalg::TransposeOp op) { transposes.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (linalg::TransposeOp op : transposes)
      (void)hoistTransposeAbovePad(rewriter, op);
    llvm::MapVector<Operation *, int64_t> after = count();
    for (auto [fn, n] : before) {
      int64_t left = after.lookup(fn);
      if (left < n)
        reportDecision(fn->getLoc(), "fusion-propagate-transposes",
                       "TransposesRemoved", true,
                       "removed " + std::to_string(n - left) + " of " +
                           std::to_string(n) +
                           " layout transposes (values stay in the layout "
                           "their producers and consumers share)");
    }
  }
};
} // namespace
