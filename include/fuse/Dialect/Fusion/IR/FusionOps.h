//===- FusionOps.h - Ops of the fusion dialect --------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_IR_FUSIONOPS_H
#define FUSE_DIALECT_FUSION_IR_FUSIONOPS_H

#include "fuse/Dialect/Fusion/IR/FusionDialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "fuse/Dialect/Fusion/IR/FusionEnums.h.inc"

namespace mlir {
namespace fusion {
/// `[1, 2, 3]` (or `[]`): the tile sizes of #fusion.lowering_config.
FailureOr<SmallVector<int64_t>> parseSizeList(AsmParser &parser);
void printSizeList(AsmPrinter &printer, ArrayRef<int64_t> sizes);
} // namespace fusion
} // namespace mlir

#define GET_ATTRDEF_CLASSES
#include "fuse/Dialect/Fusion/IR/FusionAttrs.h.inc"

#define GET_OP_CLASSES
#include "fuse/Dialect/Fusion/IR/FusionOps.h.inc"

namespace mlir {
namespace fusion {

/// The index of a `tensor.dim` / `memref.dim` of the ranked `source` if it is
/// a constant outside [0, rank) (undefined behaviour, and a crash of some
/// upstream patterns); std::nullopt otherwise. Used by the dialect's
/// canonicalization (poison) and by `fusion-verify-input` (an error).
std::optional<APInt> getOutOfRangeDimIndex(Value source, Value index);

/// Returns true if `op` is one of the strategy ops (`fusion.early`,
/// `fusion.late`, `fusion.hybrid`).
bool isStrategyOp(Operation *op);

/// Replaces a verified strategy op by the contents of its regions, inlined
/// before it in dataflow order (early/branches first, combine/body last), and
/// returns the values that replaced the op's results. Fails, changing nothing,
/// if `op` is not a strategy op.
FailureOr<SmallVector<Value>> inlineStrategyOp(RewriterBase &rewriter,
                                               Operation *op);

} // namespace fusion
} // namespace mlir

#endif // FUSE_DIALECT_FUSION_IR_FUSIONOPS_H
