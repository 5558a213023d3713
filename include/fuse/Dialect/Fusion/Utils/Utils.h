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

#include <string>

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

/// The product of `sizes` (static and non-negative), saturating at INT64_MAX
/// instead of overflowing on static shapes of absurd sizes: for the size
/// and cost estimates that heuristics compare.
int64_t getSaturatingProduct(ArrayRef<int64_t> sizes);

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

/// The slice [offsets, offsets + sizes * strides) of `attr` (as
/// tensor.extract_slice with these static values), reshaped to `resultType`
/// (a rank-reduced slice has the same elements in row-major order). Splats
/// stay splats; other attributes need a byte-sized element type. Returns
/// null otherwise, or when the slice leaves `attr`'s bounds.
DenseElementsAttr sliceConstant(DenseElementsAttr attr,
                                ArrayRef<int64_t> offsets,
                                ArrayRef<int64_t> sizes,
                                ArrayRef<int64_t> strides,
                                ShapedType resultType);

/// The elements of `value` when they are known at compile time: an
/// `arith.constant` of `dense<...>`, or of a `dense_resource<...>` blob that
/// carries data (what torch-mlir prints for weights), possibly seen through
/// tensor.expand_shape, tensor.collapse_shape and tensor.cast (which keep the
/// row-major order); the attribute has `value`'s type. Null otherwise,
/// including for an elided blob (`dense_resource<__elided__>`) or a blob
/// whose size does not match the type.
DenseElementsAttr getConstantElements(Value value);

/// If `value` is (a reshape of) a `dense_resource` constant whose data is
/// not available (elided or missing), the blob's name; empty otherwise.
std::string getMissingResourceName(Value value);

/// Whether `use` reads the value: every use except the init (`outs`) of a
/// linalg op whose payload never reads it, where only its shape matters.
bool isReadingUse(OpOperand &use);

/// Whether `value` has exactly one use that reads it (see isReadingUse).
/// That use is returned in `reader` when given.
bool hasOneReadingUse(Value value, OpOperand **reader = nullptr);

/// Whether `op` (a linalg op) reads `value` broadcast along one of its
/// parallel loops: fused into `op`'s tiles, its producer would be computed
/// once per tile of that loop (a packing copy of a contraction's weights,
/// once per row tile).
bool isReadBroadcast(Operation *op, Value value);

/// Whether `op` only moves data (a transpose, a copy, a generic yielding its
/// one input): cheap to compute once per tile of the loops it depends on.
bool isDataMovement(Operation *op);

/// The buffer that `value` is a view of: its source through view-like ops
/// (subviews, casts, reshapes), whatever their types (unlike
/// memref::skipViewLikeOps, which asserts on an unranked source).
Value getRootBuffer(Value value);

} // namespace fusion
} // namespace mlir

#endif // FUSE_DIALECT_FUSION_UTILS_UTILS_H
