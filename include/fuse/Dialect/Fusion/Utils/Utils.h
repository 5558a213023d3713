//===- Utils.h - Builders shared by fuse's lowerings and rewrites -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_UTILS_UTILS_H
#define FUSE_DIALECT_FUSION_UTILS_UTILS_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::linalg {
class GenericOp;
} // namespace mlir::linalg

namespace mlir {
namespace fusion {

/// An empty tensor shaped like `like` (dynamic sizes read with tensor.dim),
/// with its element type and encoding.
Value createEmptyLike(OpBuilder &b, Location loc, Value like);

/// One all-parallel linalg.generic whose result is shaped like `like`: reads
/// `inputs` through `inputMaps` (identity maps when empty) and yields what
/// `body` computes from the input scalars.
Value buildElementwiseGeneric(
    OpBuilder &b, Location loc, ValueRange inputs, Value like,
    ArrayRef<AffineMap> inputMaps,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body);

/// Bytes of a statically shaped tensor of int or float elements, 0 otherwise
/// (for the memory-traffic estimates in remarks).
int64_t getStaticSizeInBytes(Type type);

/// A dense float attribute of `type` holding `values`, each rounded once
/// (to nearest even) to the element type.
DenseElementsAttr getFloatElementsAttr(RankedTensorType type,
                                       ArrayRef<double> values);

/// Clones the linalg op `op` at the insertion point (operands mapped through
/// `mapping`) in linalg.generic form, generalizing a named op. Fails,
/// leaving no clone, if it cannot be generalized.
FailureOr<linalg::GenericOp> cloneAsGeneric(RewriterBase &rewriter,
                                            Operation *op, IRMapping &mapping);

/// Whether `op` is a contraction or convolution (a multiply-accumulate that
/// is linear in each input) accumulating into its single init.
bool isAccumulatingContraction(Operation *op);

/// `attr` transposed: result dim i is `attr`'s dim perm[i] (as
/// linalg.transpose), reshaped to `resultType` (same elements in row-major
/// order). Splats stay splats; other attributes need a byte-sized element
/// type. Returns null otherwise.
DenseElementsAttr transposeConstant(DenseElementsAttr attr,
                                    ArrayRef<int64_t> perm,
                                    ShapedType resultType);

} // namespace fusion
} // namespace mlir

#endif // FUSE_DIALECT_FUSION_UTILS_UTILS_H
