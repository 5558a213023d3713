//===- Alignment.h - Provable address alignment -----------------*- C++ -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Powers of two that provably divide index values and memref element
// offsets, from how they are computed: what lets the GPU code use vector
// accesses (ld.global.v4) and cp.async, which need aligned addresses.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_UTILS_ALIGNMENT_H
#define FUSE_DIALECT_FUSION_UTILS_ALIGNMENT_H

#include "mlir/IR/Value.h"
#include "mlir/IR/ValueRange.h"

#include <cstdint>

namespace mlir {
namespace fusion {

/// The divisor that stands for "divisible by any power of two" (zero, an
/// allocation's start): 2^30, a power of two, so that capping never claims
/// a divisor that is not one.
constexpr int64_t kAnyDivisor = int64_t(1) << 30;

/// The largest power of two dividing `c`, at most kAnyDivisor (kAnyDivisor
/// for 0).
int64_t powerOfTwoDividing(int64_t c);

/// a * b for two known divisors, at most kAnyDivisor.
int64_t divisorProduct(int64_t a, int64_t b);

/// A power of two that divides the index value `v`, known from how it is
/// computed (constants, products, sums, affine maps of those, scf.for and
/// scf.forall induction variables); 1 if none.
int64_t getKnownDivisor(Value v);

/// A power of two that divides the element offset of `memref` from its
/// allocation (a function argument or buffer with the identity layout:
/// offset 0), through subviews, casts and reshapes; 1 if none is known.
int64_t getOffsetDivisor(Value memref);

/// A power of two that divides the element offset of `memref[indices]` from
/// its allocation (1 if its strides are not static); `extraOffsets`, if
/// given, are added to the innermost indices (one per index from the
/// first it applies to).
int64_t getAddressDivisor(Value memref, ValueRange indices,
                          ArrayRef<int64_t> extraOffsets = {});

} // namespace fusion
} // namespace mlir

#endif // FUSE_DIALECT_FUSION_UTILS_ALIGNMENT_H
