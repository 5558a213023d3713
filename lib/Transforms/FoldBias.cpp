//===- FoldBias.cpp - Fold a bias add into the contraction's init -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// add(contract(a, b; init), bias) = contract(a, b; add(init, bias)):
// the bias is added to the accumulator before the contraction accumulates,
// instead of in a separate pass over its result. With a fill init, the new
// init is one broadcast write of the bias, the cost of the fill it replaces.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#define DEBUG_TYPE "fusion-fold-bias"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONFOLDBIASPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Whether `op`'s body is `yield (in0 + in1)` (float or integer).
static bool isBinaryAdd(linalg::GenericOp op) {
  Block &body = op.getRegion().front();
  if (body.getOperations().size() != 2)
    return false;
  Operation &add = body.front();
  if (!isa<arith::AddFOp, arith::AddIOp>(add))
    return false;
  auto yield = cast<linalg::YieldOp>(body.back());
  if (yield.getNumOperands() != 1 || yield.getOperand(0) != add.getResult(0))
    return false;
  Value lhs = add.getOperand(0), rhs = add.getOperand(1);
  Value in0 = body.getArgument(0), in1 = body.getArgument(1);
  return (lhs == in0 && rhs == in1) || (lhs == in1 && rhs == in0);
}

FailureOr<Value> mlir::fusion::foldBiasIntoContraction(RewriterBase &rewriter,
                                                       linalg::GenericOp add) {
  if (!add.hasPureTensorSemantics() || add.getNumDpsInputs() != 2 ||
      add.getNumDpsInits() != 1 ||
      add.getNumParallelLoops() != add.getNumLoops() || !isBinaryAdd(add))
    return rewriter.notifyMatchFailure(add, "not an elementwise add of two "
                                            "tensors");
  AffineMap outMap = add.getMatchingIndexingMap(add.getDpsInitOperand(0));
  if (!outMap.isIdentity())
    return rewriter.notifyMatchFailure(add, "output map is not the identity");

  // Which operand is the contraction result (identity map, single use)?
  linalg::LinalgOp producer;
  unsigned producerIdx = 0;
  std::string whyNot = "neither operand is produced by a contraction or "
                       "convolution";
  for (unsigned i = 0; i < 2; ++i) {
    OpOperand *operand = add.getDpsInputOperand(i);
    auto candidate = operand->get().getDefiningOp<linalg::LinalgOp>();
    if (!candidate || !isAccumulatingContraction(candidate))
      continue;
    if (!add.getMatchingIndexingMap(operand).isIdentity()) {
      whyNot = "the contraction result is not read elementwise";
      continue;
    }
    // Inits that are never read (outs(%conv)) only take the shape.
    if (!hasOneReadingUse(operand->get())) {
      whyNot = "the contraction result has other uses";
      continue;
    }
    if (operand->get().getType() != add.getResult(0).getType()) {
      whyNot = "the add changes the type of the contraction result";
      continue;
    }
    if (!candidate.hasPureTensorSemantics()) {
      whyNot = "the contraction is not on tensors";
      continue;
    }
    producer = candidate;
    producerIdx = i;
    break;
  }
  if (!producer)
    return rewriter.notifyMatchFailure(add, whyNot);

  OpOperand *biasOperand = add.getDpsInputOperand(1 - producerIdx);
  AffineMap biasMap = add.getMatchingIndexingMap(biasOperand);
  Value init = producer.getDpsInitOperand(0)->get();

  // New init: init + bias, one elementwise generic over the result shape,
  // and the folded contraction, where the add was (the bias may be defined
  // after the contraction).
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(add);
  Location loc = add.getLoc();
  AffineMap id = rewriter.getMultiDimIdentityMap(
      cast<RankedTensorType>(init.getType()).getRank());
  OperationName addName = add.getRegion().front().front().getName();
  Value newInit = buildElementwiseGeneric(
      rewriter, loc, {init, biasOperand->get()}, init, {id, biasMap},
      [&](OpBuilder &b, Location l, ValueRange args) {
        return b
            .create(l, addName.getIdentifier(), ValueRange{args[0], args[1]},
                    TypeRange{args[0].getType()})
            ->getResult(0);
      });

  Operation *folded = rewriter.clone(*producer);
  folded->setOperand(producer.getDpsInitOperand(0)->getOperandNumber(),
                     newInit);
  rewriter.replaceOp(add, folded->getResult(0));
  // Remaining uses only take the shape: give them the (dominating) init.
  rewriter.replaceAllUsesWith(producer->getResult(0), init);
  rewriter.eraseOp(producer);
  return folded->getResult(0);
}

namespace {
struct FoldBiasPattern : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp add,
                                PatternRewriter &rewriter) const override {
    return foldBiasIntoContraction(rewriter, add);
  }
};

struct FusionFoldBiasPass
    : fusion::impl::FusionFoldBiasPassBase<FusionFoldBiasPass> {
  void runOnOperation() override {
    // Candidates: two-input elementwise adds reading a linalg result.
    SmallVector<linalg::GenericOp> adds;
    getOperation()->walk([&](linalg::GenericOp op) {
      if (op.getNumDpsInputs() == 2 && isBinaryAdd(op) &&
          llvm::any_of(op.getDpsInputs(), [](Value v) {
            return v.getDefiningOp<linalg::LinalgOp>();
          }))
        adds.push_back(op);
    });
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    for (linalg::GenericOp add : adds) {
      Location loc = add.getLoc();
      // The separate add read the contraction result and wrote its own.
      int64_t bytes = 2 * getStaticSizeInBytes(add.getResult(0).getType());
      listener.reason.clear();
      FailureOr<Value> folded = foldBiasIntoContraction(rewriter, add);
      if (failed(folded)) {
        ++numRefused;
        reportDecision(loc, "fusion-fold-bias", "BiasNotFolded", false,
                       "not folded: " + listener.reason);
        continue;
      }
      ++numFolded;
      std::string message;
      llvm::raw_string_ostream os(message);
      Operation *into = folded->getDefiningOp();
      os << "folded bias add into "
         << (into ? into->getName().getStringRef() : StringRef("an argument"))
         << "; saves ~" << bytes << " bytes of memory traffic";
      reportDecision(loc, "fusion-fold-bias", "BiasFolded", true, message);
    }
  }
};
} // namespace

void mlir::fusion::populateFusionFoldBiasPatterns(RewritePatternSet &patterns) {
  patterns.add<FoldBiasPattern>(patterns.getContext());
}
