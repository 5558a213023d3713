//===- GPU.cpp - GPU vectors, types, binaries to files -------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <numeric>

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONDUMPGPUBINARIESPASS
#define GEN_PASS_DEF_FUSIONGPULOWERVECTORSPASS
#define GEN_PASS_DEF_FUSIONGPUCHECKTYPESPASS
#include "fuse/Conversion/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

namespace {
struct FusionDumpGPUBinariesPass
    : fusion::impl::FusionDumpGPUBinariesPassBase<FusionDumpGPUBinariesPass> {
  using Base::Base;
  void runOnOperation() override {
    if (dir.empty())
      return;
    if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
      getOperation().emitError("cannot create '")
          << dir << "': " << ec.message();
      return signalPassFailure();
    }
    getOperation().walk([&](gpu::BinaryOp binary) {
      for (auto [i, attr] : llvm::enumerate(binary.getObjects())) {
        auto object = cast<gpu::ObjectAttr>(attr);
        StringRef ext;
        switch (object.getFormat()) {
        case gpu::CompilationTarget::Assembly:
          ext = "ptx";
          break;
        case gpu::CompilationTarget::Binary:
          ext = "cubin";
          break;
        case gpu::CompilationTarget::Fatbin:
          ext = "fatbin";
          break;
        case gpu::CompilationTarget::Offload:
          ext = "ll";
          break;
        }
        SmallString<128> path(dir);
        std::string name = binary.getSymName().str();
        if (binary.getObjects().size() > 1)
          name += "." + std::to_string(i);
        llvm::sys::path::append(path, name + "." + ext);
        std::error_code ec;
        llvm::raw_fd_ostream os(path, ec);
        if (ec) {
          binary.emitError("cannot write '") << path << "': " << ec.message();
          return signalPassFailure();
        }
        os << object.getObject().getValue();
      }
    });
  }
};
} // namespace

/// The divisor that stands for "divisible by any power of two" (zero, an
/// allocation's start): capped at 2^30, a power of two, so that capping
/// never claims a divisor that is not one.
static constexpr int64_t kAnyDivisor = int64_t(1) << 30;

/// The largest power of two dividing `c` (its lowest set bit, computed
/// unsigned: no overflow for INT64_MIN), at most kAnyDivisor; kAnyDivisor
/// for 0.
static int64_t powerOfTwoDividing(int64_t c) {
  uint64_t u = static_cast<uint64_t>(c);
  return c == 0 ? kAnyDivisor
                : static_cast<int64_t>(
                      std::min<uint64_t>(u & (~u + 1), kAnyDivisor));
}

/// a * b for two known divisors, at most kAnyDivisor (both factors are
/// capped at 2^30 first: the product fits).
static int64_t divisorProduct(int64_t a, int64_t b) {
  return std::min(std::min(a, kAnyDivisor) * std::min(b, kAnyDivisor),
                  kAnyDivisor);
}

/// A power of two that divides the index value `v`, known from how it is
/// computed (constants, products, sums, affine maps of those, loop
/// induction variables); 1 if none. Zero counts as divisible by any
/// (kAnyDivisor).
static int64_t getKnownDivisor(Value v, unsigned depth = 0) {
  if (depth > 32)
    return 1;
  APInt constant;
  if (matchPattern(v, m_ConstantInt(&constant)))
    return powerOfTwoDividing(constant.getSExtValue());
  if (auto arg = dyn_cast<BlockArgument>(v)) {
    auto loop = dyn_cast<scf::ForOp>(arg.getOwner()->getParentOp());
    if (loop && arg == loop.getInductionVar())
      return std::min(getKnownDivisor(loop.getLowerBound(), depth + 1),
                      getKnownDivisor(loop.getStep(), depth + 1));
    return 1;
  }
  Operation *def = v.getDefiningOp();
  if (auto mul = dyn_cast<arith::MulIOp>(def))
    return divisorProduct(getKnownDivisor(mul.getLhs(), depth + 1),
                          getKnownDivisor(mul.getRhs(), depth + 1));
  if (auto add = dyn_cast<arith::AddIOp>(def))
    return std::min(getKnownDivisor(add.getLhs(), depth + 1),
                    getKnownDivisor(add.getRhs(), depth + 1));
  if (auto apply = dyn_cast<affine::AffineApplyOp>(def)) {
    AffineMap map = apply.getAffineMap();
    std::function<int64_t(AffineExpr)> eval = [&](AffineExpr e) -> int64_t {
      if (auto c = dyn_cast<AffineConstantExpr>(e))
        return powerOfTwoDividing(c.getValue());
      if (auto d = dyn_cast<AffineDimExpr>(e))
        return getKnownDivisor(apply.getOperand(d.getPosition()), depth + 1);
      if (auto s = dyn_cast<AffineSymbolExpr>(e))
        return getKnownDivisor(
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
static int64_t getOffsetDivisor(Value memref, unsigned depth = 0) {
  if (depth > 32)
    return 1;
  if (auto cast = memref.getDefiningOp<memref::CastOp>())
    return getOffsetDivisor(cast.getSource(), depth + 1);
  // Reshapes keep the offset (a row-reduction kernel's K x T x V view).
  if (auto expand = memref.getDefiningOp<memref::ExpandShapeOp>())
    return getOffsetDivisor(expand.getSrc(), depth + 1);
  if (auto collapse = memref.getDefiningOp<memref::CollapseShapeOp>())
    return getOffsetDivisor(collapse.getSrc(), depth + 1);
  if (auto subview = memref.getDefiningOp<memref::SubViewOp>()) {
    auto [strides, offset] = subview.getSourceType().getStridesAndOffset();
    if (llvm::any_of(strides, ShapedType::isDynamic))
      return 1;
    int64_t divisor = getOffsetDivisor(subview.getSource(), depth + 1);
    for (auto [ofr, stride] : llvm::zip(subview.getMixedOffsets(), strides)) {
      int64_t d = isa<Value>(ofr)
                      ? getKnownDivisor(cast<Value>(ofr))
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

/// Sets the alignment of a 1-D vector.load / vector.store whose address is
/// provably a multiple of the vector's size in bytes (up to 16), so that the
/// NVPTX backend emits one vector access (ld.global.v4, ld.shared.v4)
/// instead of one per element. Buffers are 16-byte aligned: function
/// arguments are assumed to be (CUDA allocations are 256-byte aligned),
/// workgroup buffers are made so.
template <typename OpTy>
static void setProvenAlignment(OpTy op) {
  MemRefType type = op.getMemRefType();
  if (op.getAlignment() || !type.getElementType().isIntOrFloat())
    return;
  auto [strides, offset] = type.getStridesAndOffset();
  if (llvm::any_of(strides, ShapedType::isDynamic))
    return;
  int64_t divisor = getOffsetDivisor(op.getBase());
  for (auto [index, stride] : llvm::zip(op.getIndices(), strides))
    divisor = std::min(divisor, divisorProduct(getKnownDivisor(index),
                                               powerOfTwoDividing(stride)));
  int64_t elementBytes = type.getElementTypeBitWidth() / 8;
  int64_t vectorBytes = op.getVectorType().getNumElements() * elementBytes;
  if (elementBytes == 0 || !llvm::isPowerOf2_64(vectorBytes))
    return;
  int64_t alignment = std::min<int64_t>(vectorBytes, 16);
  while (alignment > elementBytes && (divisor * elementBytes) % alignment != 0)
    alignment /= 2;
  if (alignment > elementBytes)
    op.setAlignment(alignment);
}

namespace {
struct FusionGPULowerVectorsPass
    : fusion::impl::FusionGPULowerVectorsPassBase<FusionGPULowerVectorsPass> {
  void runOnOperation() override {
    // Tiles of batched contractions carry leading unit dims (1x4x4): drop
    // them first (these patterns and the lowerings below undo each other).
    RewritePatternSet unitDims(&getContext());
    vector::populateCastAwayVectorLeadingOneDimPatterns(unitDims);
    if (failed(applyPatternsGreedily(getOperation(), std::move(unitDims))))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    vector::populateVectorContractLoweringPatterns(
        patterns, vector::VectorContractLowering::OuterProduct);
    vector::populateVectorOuterProductLoweringPatterns(patterns);
    vector::populateVectorTransferPermutationMapLoweringPatterns(patterns);
    vector::populateVectorMultiReductionLoweringPatterns(
        patterns, vector::VectorMultiReductionLowering::InnerParallel);
    vector::populateVectorBroadcastLoweringPatterns(patterns);
    vector::populateVectorTransposeLoweringPatterns(
        patterns, vector::VectorTransposeLowering::EltWise);
    vector::populateVectorShapeCastLoweringPatterns(patterns);
    vector::populateVectorInsertExtractStridedSliceTransforms(patterns);
    vector::populateVectorTransferLoweringPatterns(patterns,
                                                   /*maxTransferRank=*/1);
    // linalg.index in a tile: vector.step; gathers (tensor.extract in a
    // tile) as 1-D conditional loads.
    vector::populateVectorStepLoweringPatterns(patterns);
    vector::populateVectorGatherLoweringPatterns(patterns);
    vector::populateVectorGatherToConditionalLoadPatterns(patterns);
    // Elementwise ops on n-D vectors as 1-D ones: the NVVM lowering of math
    // ops (e.g. math.trunc through libdevice) takes 1-D vectors only.
    vector::populateVectorUnrollPatterns(
        patterns,
        vector::UnrollVectorOptions()
            .setFilterConstraint([](Operation *op) {
              return success(
                  OpTrait::hasElementwiseMappableTraits(op) &&
                  op->getNumResults() == 1 &&
                  isa<VectorType>(op->getResult(0).getType()) &&
                  cast<VectorType>(op->getResult(0).getType()).getRank() > 1);
            })
            .setNativeShapeFn(
                [](Operation *op) -> std::optional<SmallVector<int64_t>> {
                  auto type = cast<VectorType>(op->getResult(0).getType());
                  SmallVector<int64_t> shape(type.getRank(), 1);
                  shape.back() = type.getShape().back();
                  return shape;
                }));
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    // Workgroup buffers 16-byte aligned (else the backend may give them 4).
    getOperation()->walk([&](gpu::GPUFuncOp func) {
      for (unsigned i = 0, e = func.getNumWorkgroupAttributions(); i < e; ++i)
        if (!func.getWorkgroupAttributionAttr(
                i, LLVM::LLVMDialect::getAlignAttrName()))
          func.setWorkgroupAttributionAttr(
              i, LLVM::LLVMDialect::getAlignAttrName(),
              IntegerAttr::get(IntegerType::get(&getContext(), 64), 16));
    });
    getOperation()->walk([](Operation *op) {
      if (auto load = dyn_cast<vector::LoadOp>(op))
        setProvenAlignment(load);
      else if (auto store = dyn_cast<vector::StoreOp>(op))
        setProvenAlignment(store);
    });
  }
};
} // namespace

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
