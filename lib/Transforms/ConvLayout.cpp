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
#include "mlir/IR/Matchers.h"

#define DEBUG_TYPE "fusion-conv-to-nhwc"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONCONVTONHWCPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// `value` transposed by `perm` (result dim i = `value`'s dim perm[i]): a
/// new constant for a constant, a new fill for a fill, else linalg.transpose.
static Value transposeValue(RewriterBase &rewriter, Location loc, Value value,
                            ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  auto resultType = type.clone(shape);
  DenseElementsAttr constant;
  if (matchPattern(value, m_Constant(&constant)))
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
      generic.getRegion().front().getOps<linalg::IndexOp>().empty()) {
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

FailureOr<Value>
mlir::fusion::convertConvToChannelsLast(RewriterBase &rewriter,
                                        linalg::Conv2DNchwFchwOp conv) {
  if (!conv.hasPureTensorSemantics())
    return rewriter.notifyMatchFailure(conv, "not on tensors");
  for (Value v : conv->getOperands())
    if (!cast<RankedTensorType>(v.getType()).hasStaticShape())
      return rewriter.notifyMatchFailure(conv, "dynamic shapes");
  Location loc = conv.getLoc();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(conv);
  Value input =
      transposeValue(rewriter, loc, conv.getInputs()[0], {0, 2, 3, 1});
  Value filter =
      transposeValue(rewriter, loc, conv.getInputs()[1], {2, 3, 1, 0});
  Value init =
      transposeValue(rewriter, loc, conv.getOutputs()[0], {0, 2, 3, 1});
  auto nhwc = linalg::Conv2DNhwcHwcfOp::create(
      rewriter, loc, TypeRange{init.getType()}, ValueRange{input, filter},
      ValueRange{init}, conv.getStrides(), conv.getDilations());
  Value result = transposeValue(rewriter, loc, nhwc.getResult(0), {0, 3, 1, 2});
  rewriter.replaceOp(conv, result);
  return result;
}

namespace {
struct FusionConvToNhwcPass
    : fusion::impl::FusionConvToNhwcPassBase<FusionConvToNhwcPass> {
  void runOnOperation() override {
    SmallVector<linalg::Conv2DNchwFchwOp> convs;
    getOperation()->walk(
        [&](linalg::Conv2DNchwFchwOp conv) { convs.push_back(conv); });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (linalg::Conv2DNchwFchwOp conv : convs) {
      listener.reason.clear();
      Location loc = conv.getLoc();
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
      reportDecision(loc, "fusion-conv-to-nhwc", "Converted", true,
                     std::string("conv_2d_nchw_fchw computed as "
                                 "conv_2d_nhwc_hwcf (filter transposed ") +
                         (constantFilter ? "at compile time" : "per call") +
                         ")");
    }
  }
};
} // namespace
