//===- LowerVectors.cpp - GPU tiles' vectors to 1-D ops ----------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/Utils/Alignment.h"

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
#include "llvm/Support/raw_ostream.h"
#include <numeric>

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPULOWERVECTORSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

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
  int64_t divisor = getAddressDivisor(op.getBase(), op.getIndices());
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
