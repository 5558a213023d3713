//===- CheckTypes.cpp - Element types the NVVM lowering compiles --*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Passes.h"

#include "mlir/IR/BuiltinOps.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUCHECKTYPESPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

namespace {
struct FusionGPUCheckTypesPass
    : fusion::impl::FusionGPUCheckTypesPassBase<FusionGPUCheckTypesPass> {
  void runOnOperation() override {
    auto unsupported = [](Type type) -> Type {
      Type element = getElementTypeOrSelf(type);
      if (auto complex = dyn_cast<ComplexType>(element))
        element = complex.getElementType();
      if (isa<FloatType>(element) &&
          !isa<Float16Type, BFloat16Type, Float32Type, Float64Type>(element))
        return element;
      return nullptr;
    };
    WalkResult result = getOperation()->walk([&](Operation *op) {
      SmallVector<Type> types(op->getResultTypes());
      llvm::append_range(types, op->getOperandTypes());
      for (Region &region : op->getRegions())
        for (Block &block : region)
          llvm::append_range(types, block.getArgumentTypes());
      for (Type type : types)
        if (Type bad = unsupported(type)) {
          op->emitError() << "element type " << bad
                          << " is not supported on NVIDIA GPUs (f16, bf16, "
                             "f32 and f64 are)";
          return WalkResult::interrupt();
        }
      return WalkResult::advance();
    });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
