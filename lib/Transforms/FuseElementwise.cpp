//===- FuseElementwise.cpp - Elementwise fusion with a cost policy -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A policy over upstream's elementwise fusion
// (linalg::populateElementwiseOpsFusionPatterns): fuse a producer generic into
// its consumer unless the fused op would have too many operands, or would
// recompute an expensive producer: because the producer has other users, or
// because the consumer iterates a broadcast of the producer's result (each
// producer element computed many times). Cheap producers (few ops per
// element) may be recomputed: that is cheaper than a round trip to memory.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseSet.h"

#define DEBUG_TYPE "fusion-fuse-elementwise"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONFUSEELEMENTWISEPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Static trip count of `op`'s loops, or nullopt.
static std::optional<int64_t> tripCount(linalg::LinalgOp op) {
  int64_t n = 1;
  for (int64_t bound : op.getStaticLoopRanges()) {
    if (ShapedType::isDynamic(bound))
      return std::nullopt;
    n *= bound;
  }
  return n;
}

/// Number of scalar ops in a generic's body, the yield excluded.
static int64_t bodyOps(linalg::GenericOp op) {
  return static_cast<int64_t>(op.getRegion().front().getOperations().size()) -
         1;
}

ElementwiseFusionDecision
mlir::fusion::decideElementwiseFusion(OpOperand *fusedOperand,
                                      const ElementwiseFusionOptions &options) {
  auto producer = fusedOperand->get().getDefiningOp<linalg::GenericOp>();
  auto consumer = dyn_cast<linalg::GenericOp>(fusedOperand->getOwner());
  if (!producer || !consumer)
    return {false, "producer or consumer is not a linalg.generic", 0};
  int64_t operands = producer.getNumDpsInputs() + consumer.getNumDpsInputs() -
                     1 + consumer.getNumDpsInits();
  if (operands > options.maxOperands)
    return {false,
            "the fused op would have " + std::to_string(operands) +
                " operands (limit " + std::to_string(options.maxOperands) + ")",
            0};
  std::optional<int64_t> producerTrips = tripCount(producer),
                         consumerTrips = tripCount(consumer);
  int64_t factor = (producerTrips && consumerTrips && *producerTrips > 0)
                       ? *consumerTrips / *producerTrips
                       : 1;
  bool cheap = bodyOps(producer) <= options.maxRecomputeOps;
  // In a contraction, a producer element would be recomputed in the inner
  // loop for each output it contributes to: cheap or not, that multiplies
  // the work of the hottest loop.
  if (factor > options.maxBroadcastFactor &&
      consumer.getNumReductionLoops() > 0)
    return {false,
            "fusing into a contraction would recompute each producer element " +
                std::to_string(factor) + " times in its inner loop (limit " +
                std::to_string(options.maxBroadcastFactor) + ")",
            0};
  if (factor > options.maxBroadcastFactor && !cheap)
    return {false,
            "the consumer iterates a broadcast of the producer: fusing would "
            "compute each of its elements " +
                std::to_string(factor) + " times (limit " +
                std::to_string(options.maxBroadcastFactor) + ") with " +
                std::to_string(bodyOps(producer)) + " ops each",
            0};
  // Users about to be erased (dead after an earlier fusion) do not count.
  Operation *consumerOp = consumer;
  bool otherUsers =
      llvm::any_of(fusedOperand->get().getUsers(), [&](Operation *user) {
        return user != consumerOp && !isOpTriviallyDead(user);
      });
  if (otherUsers && !cheap)
    return {false,
            "the producer has other users and " +
                std::to_string(bodyOps(producer)) +
                " ops per element to recompute (limit " +
                std::to_string(options.maxRecomputeOps) + ")",
            0};
  // Saved: the producer result's write and the consumer's read of it, when
  // the producer disappears (no other users).
  int64_t saved =
      otherUsers ? 0 : 2 * getStaticSizeInBytes(fusedOperand->get().getType());
  return {true, otherUsers ? "recomputing a cheap producer" : "", saved};
}

void mlir::fusion::populateFusionFuseElementwisePatterns(
    RewritePatternSet &patterns, const ElementwiseFusionOptions &options) {
  linalg::populateElementwiseOpsFusionPatterns(
      patterns, [options](OpOperand *operand) {
        return decideElementwiseFusion(operand, options).fuse;
      });
}

namespace {
struct FusionFuseElementwisePass
    : fusion::impl::FusionFuseElementwisePassBase<FusionFuseElementwisePass> {
  using Base::Base;

  void runOnOperation() override {
    ElementwiseFusionOptions options;
    options.maxOperands = maxOperands;
    options.maxBroadcastFactor = maxBroadcastFactor;
    options.maxRecomputeOps = maxRecomputeOps;
    // The driver may ask about the same pair more than once: one remark per
    // (consumer, operand) refusal.
    llvm::DenseSet<std::pair<Operation *, unsigned>> refused;
    linalg::ControlFusionFn control = [&](OpOperand *operand) {
      ElementwiseFusionDecision d = decideElementwiseFusion(operand, options);
      Operation *consumer = operand->getOwner();
      std::string message;
      llvm::raw_string_ostream os(message);
      if (d.fuse) {
        ++numFused;
        os << "fused producer at " << operand->get().getLoc()
           << " into this op";
        if (d.savedBytes)
          os << "; saves ~" << d.savedBytes << " bytes of memory traffic";
        if (!d.reason.empty())
          os << " (" << d.reason << ")";
        reportDecision(consumer->getLoc(), "fusion-fuse-elementwise",
                       "ElementwiseFused", true, message);
        return true;
      }
      if (refused.insert({consumer, operand->getOperandNumber()}).second) {
        ++numRefused;
        os << "not fused with producer at " << operand->get().getLoc() << ": "
           << d.reason;
        reportDecision(consumer->getLoc(), "fusion-fuse-elementwise",
                       "ElementwiseNotFused", false, message);
      }
      return false;
    };
    RewritePatternSet patterns(&getContext());
    linalg::populateElementwiseOpsFusionPatterns(patterns, control);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, &getContext());
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace
