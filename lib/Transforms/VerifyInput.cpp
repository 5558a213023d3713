//===- VerifyInput.cpp - Reject input the lowering cannot take ------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Valid IR that an upstream pattern in our pipelines would crash on is
// reported here, first, with an error at the op.
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "llvm/ADT/TypeSwitch.h"

#define DEBUG_TYPE "fusion-verify-input"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONVERIFYINPUTPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// Checks a constant dimension index of a `tensor.dim` / `memref.dim`.
static LogicalResult checkDimIndex(Operation *op, Value source, Value index) {
  auto type = dyn_cast<ShapedType>(source.getType());
  if (!type || !type.hasRank())
    return success();
  std::optional<int64_t> constant = getConstantIntValue(index);
  if (!constant || (*constant >= 0 && *constant < type.getRank()))
    return success();
  return op->emitError() << "dimension index " << *constant
                         << " is out of range for rank " << type.getRank();
}

LogicalResult mlir::fusion::verifyFusionInput(Operation *root) {
  bool failed = false;
  root->walk([&](Operation *op) {
    LogicalResult result =
        llvm::TypeSwitch<Operation *, LogicalResult>(op)
            .Case([](tensor::DimOp dim) {
              return checkDimIndex(dim, dim.getSource(), dim.getIndex());
            })
            .Case([](memref::DimOp dim) {
              return checkDimIndex(dim, dim.getSource(), dim.getIndex());
            })
            .Default([](Operation *) { return success(); });
    failed |= mlir::failed(result);
  });
  return failure(failed);
}

namespace {
struct FusionVerifyInputPass
    : fusion::impl::FusionVerifyInputPassBase<FusionVerifyInputPass> {
  using Base::Base;
  void runOnOperation() override {
    if (failed(fusion::verifyFusionInput(getOperation())))
      signalPassFailure();
    markAllAnalysesPreserved();
  }
};
} // namespace
