//===- Alignment.cpp - Provable address alignment -------------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/Utils/Alignment.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"

#include <functional>

using namespace mlir;
using namespace mlir::fusion;

/// The divisor that stands for "divisible by any power of two" (zero, an
/// allocation's start): capped at 2^30, a power of two, so that capping
/// never claims a divisor that is not one.

/// The largest power of two dividing `c` (its lowest set bit, computed
/// unsigned: no overflow for INT64_MIN), at most kAnyDivisor; kAnyDivisor
/// for 0.
int64_t mlir::fusion::powerOfTwoDividing(int64_t c) {
  uint64_t u = static_cast<uint64_t>(c);
  return c == 0 ? kAnyDivisor
                : static_cast<int64_t>(
                      std::min<uint64_t>(u & (~u + 1), kAnyDivisor));
}

/// a * b for two known divisors, at most kAnyDivisor (both factors are
/// capped at 2^30 first: the product fits).
int64_t mlir::fusion::divisorProduct(int64_t a, int64_t b) {
  return std::min(std::min(a, kAnyDivisor) * std::min(b, kAnyDivisor),
                  kAnyDivisor);
}

/// A power of two that divides the index value `v`, known from how it is
/// computed (constants, products, sums, affine maps of those, loop
/// induction variables); 1 if none. Zero counts as divisible by any
/// (kAnyDivisor).
static int64_t knownDivisor(Value v, unsigned depth) {
  if (depth > 32)
    return 1;
  APInt constant;
  if (matchPattern(v, m_ConstantInt(&constant)))
    return powerOfTwoDividing(constant.getSExtValue());
  if (auto arg = dyn_cast<BlockArgument>(v)) {
    auto loop = dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp());
    if (loop && arg == loop.getInductionVar())
      return std::min(knownDivisor(loop.getLowerBound(), depth + 1),
                      knownDivisor(loop.getStep(), depth + 1));
    // An scf.forall's induction variable: lb + i * step.
    auto forall = dyn_cast<scf::ForallOp>(arg.getOwner()->getParentOp());
    if (forall && arg.getArgNumber() < forall.getRank()) {
      auto divisorOf = [&](OpFoldResult ofr) {
        if (std::optional<int64_t> c = getConstantIntValue(ofr))
          return powerOfTwoDividing(*c);
        return knownDivisor(cast<Value>(ofr), depth + 1);
      };
      unsigned i = arg.getArgNumber();
      return std::min(divisorOf(forall.getMixedLowerBound()[i]),
                      divisorOf(forall.getMixedStep()[i]));
    }
    return 1;
  }
  Operation *def = v.getDefiningOp();
  if (auto mul = dyn_cast<arith::MulIOp>(def))
    return divisorProduct(knownDivisor(mul.getLhs(), depth + 1),
                          knownDivisor(mul.getRhs(), depth + 1));
  if (auto add = dyn_cast<arith::AddIOp>(def))
    return std::min(knownDivisor(add.getLhs(), depth + 1),
                    knownDivisor(add.getRhs(), depth + 1));
  if (auto apply = dyn_cast<affine::AffineApplyOp>(def)) {
    AffineMap map = apply.getAffineMap();
    std::function<int64_t(AffineExpr)> eval = [&](AffineExpr e) -> int64_t {
      if (auto c = dyn_cast<AffineConstantExpr>(e))
        return powerOfTwoDividing(c.getValue());
      if (auto d = dyn_cast<AffineDimExpr>(e))
        return knownDivisor(apply.getOperand(d.getPosition()), depth + 1);
      if (auto s = dyn_cast<AffineSymbolExpr>(e))
        return knownDivisor(
            apply.getOperand(map.getNumDims() + s.getPosition()), depth + 1);
      auto bin = cast<AffineBinaryOpExpr>(e);
      if (e.getKind() == AffineExprKind::Add)
        return std::min(eval(bin.getLHS()), eval(bin.getRHS()));
      if (e.getKind() == AffineExprKind::Mul)
        return divisorProduct(eval(bin.getLHS()), eval(bin.getRHS()));
      return 1;
    };
    return eval(map.getResult(0));
  }
  return 1;
}

/// A power of two that divides the element offset of `memref` from its
/// allocation (a function argument or buffer with the identity layout:
/// offset 0), through subviews and casts; 1 if none is known.
static int64_t offsetDivisor(Value memref, unsigned depth) {
  if (depth > 32)
    return 1;
  if (auto cast = memref.getDefiningOp<memref::CastOp>())
    return offsetDivisor(cast.getSource(), depth + 1);
  // Reshapes keep the offset (a row-reduction kernel's K x T x V view).
  if (auto expand = memref.getDefiningOp<memref::ExpandShapeOp>())
    return offsetDivisor(expand.getSrc(), depth + 1);
  if (auto collapse = memref.getDefiningOp<memref::CollapseShapeOp>())
    return offsetDivisor(collapse.getSrc(), depth + 1);
  if (auto subview = memref.getDefiningOp<memref::SubViewOp>()) {
    auto [strides, offset] = subview.getSourceType().getStridesAndOffset();
    if (llvm::any_of(strides, ShapedType::isDynamic))
      return 1;
    int64_t divisor = offsetDivisor(subview.getSource(), depth + 1);
    for (auto [ofr, stride] : llvm::zip(subview.getMixedOffsets(), strides)) {
      int64_t d = isa<Value>(ofr)
                      ? knownDivisor(cast<Value>(ofr), depth + 1)
                      : powerOfTwoDividing(*getConstantIntValue(ofr));
      divisor =
          std::min(divisor, divisorProduct(d, powerOfTwoDividing(stride)));
    }
    return divisor;
  }
  auto type = cast<MemRefType>(memref.getType());
  if (type.getLayout().isIdentity() &&
      (isa<BlockArgument>(memref) || memref.getDefiningOp<memref::AllocOp>()))
    return kAnyDivisor;
  return 1;
}

int64_t mlir::fusion::getKnownDivisor(Value v) { return knownDivisor(v, 0); }

int64_t mlir::fusion::getOffsetDivisor(Value memref) {
  return offsetDivisor(memref, 0);
}

int64_t mlir::fusion::getAddressDivisor(Value memref, ValueRange indices,
                                        ArrayRef<int64_t> extraOffsets) {
  auto type = dyn_cast<MemRefType>(memref.getType());
  if (!type)
    return 1;
  auto [strides, offset] = type.getStridesAndOffset();
  if (llvm::any_of(strides, ShapedType::isDynamic) ||
      indices.size() != strides.size() || extraOffsets.size() > indices.size())
    return 1;
  size_t firstExtra = indices.size() - extraOffsets.size();
  int64_t divisor = getOffsetDivisor(memref);
  for (auto [i, index, stride] : llvm::enumerate(indices, strides)) {
    int64_t d = getKnownDivisor(index);
    if (i >= firstExtra)
      d = std::min(d, powerOfTwoDividing(extraOffsets[i - firstExtra]));
    divisor = std::min(divisor, divisorProduct(d, powerOfTwoDividing(stride)));
  }
  return divisor;
}
