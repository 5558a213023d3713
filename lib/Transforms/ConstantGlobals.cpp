//===- ConstantGlobals.cpp - Tensor constants' globals in program order ---===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// One-Shot Bufferize with function boundaries visits a module's functions
// in an order that depends on pointer values (functions ordered by their
// calls through maps keyed by the functions), and gives each tensor
// constant a memref.global named in the order it meets them
// (`__constant_4xf32`, `__constant_4xf32_0`, ...). The same module compiled
// twice could name and place its constants differently. Creating the
// globals first, in program order, with the alignment and memory space
// One-Shot Bufferize uses (it reuses a global of the same type, value and
// alignment), makes the output the same on every run.
//
//===----------------------------------------------------------------------===//

#include "fuse/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/Transforms/BufferUtils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/SetVector.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONCONSTANTGLOBALSPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

namespace {
struct FusionConstantGlobalsPass
    : fusion::impl::FusionConstantGlobalsPassBase<FusionConstantGlobalsPass> {
  using Base::Base;
  void runOnOperation() override {
    if (alignment < 1 || !llvm::isPowerOf2_64(alignment)) {
      getOperation()->emitError() << "fusion-constant-globals: alignment "
                                  << static_cast<uint64_t>(alignment)
                                  << " is not a positive power of two";
      return signalPassFailure();
    }
    SmallVector<arith::ConstantOp> constants;
    getOperation()->walk<WalkOrder::PreOrder>([&](arith::ConstantOp constant) {
      if (isa<RankedTensorType>(constant.getType()))
        constants.push_back(constant);
    });
    // getGlobalFor puts each new global first in the module: they are moved
    // into the order they were made in.
    llvm::SmallPtrSet<Operation *, 8> existing;
    for (auto global : getOperation().getOps<memref::GlobalOp>())
      existing.insert(global);
    SymbolTableCollection symbolTables;
    llvm::SetVector<Operation *> made;
    for (arith::ConstantOp constant : constants) {
      FailureOr<memref::GlobalOp> global =
          bufferization::getGlobalFor(constant, symbolTables, alignment);
      if (failed(global))
        return signalPassFailure();
      if (!existing.contains(*global))
        made.insert(*global);
    }
    for (size_t i = 1; i < made.size(); ++i)
      made[i]->moveAfter(made[i - 1]);
  }
};
} // namespace
