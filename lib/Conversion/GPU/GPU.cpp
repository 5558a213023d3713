//===- GPU.cpp - Host-shared allocations, GPU binaries to files ---*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUHOSTSHAREDALLOCSPASS
#define GEN_PASS_DEF_FUSIONDUMPGPUBINARIESPASS
#define GEN_PASS_DEF_FUSIONAPPROXIMATEMATHPASS
#define GEN_PASS_DEF_FUSIONGPULOWERVECTORSPASS
#include "fuse/Conversion/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

namespace {
struct FusionGPUHostSharedAllocsPass
    : fusion::impl::FusionGPUHostSharedAllocsPassBase<
          FusionGPUHostSharedAllocsPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    // Constants (memref.get_global) live in host memory: kernels read a
    // host-shared copy, freed at the end of the function unless returned.
    SmallVector<memref::GetGlobalOp> globals;
    getOperation()->walk([&](memref::GetGlobalOp op) {
      if (!op->getParentOfType<gpu::GPUModuleOp>() &&
          !op->getParentOfType<gpu::LaunchOp>())
        globals.push_back(op);
    });
    for (memref::GetGlobalOp global : globals) {
      auto type = cast<MemRefType>(global.getType());
      if (!type.hasStaticShape() || !type.getLayout().isIdentity())
        continue;
      Location loc = global.getLoc();
      rewriter.setInsertionPointAfter(global);
      auto copy = memref::AllocOp::create(rewriter, loc, type);
      memref::CopyOp::create(rewriter, loc, global.getResult(), copy);
      rewriter.replaceAllUsesExcept(global.getResult(), copy.getResult(),
                                    copy->getNextNode());
      bool returned = llvm::any_of(copy->getUsers(), [](Operation *user) {
        return user->hasTrait<OpTrait::ReturnLike>();
      });
      if (!returned) {
        rewriter.setInsertionPoint(copy->getBlock()->getTerminator());
        memref::DeallocOp::create(rewriter, loc, copy.getResult());
      }
    }
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isa<memref::AllocOp, memref::DeallocOp>(op) &&
          !op->getParentOfType<gpu::GPUModuleOp>() &&
          !op->getParentOfType<gpu::LaunchOp>())
        ops.push_back(op);
    });
    for (Operation *op : ops) {
      rewriter.setInsertionPoint(op);
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        auto shared = gpu::AllocOp::create(
            rewriter, alloc.getLoc(), alloc.getType(), /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange{}, alloc.getDynamicSizes(),
            alloc.getSymbolOperands(), /*hostShared=*/true);
        rewriter.replaceOp(alloc, shared.getMemref());
        continue;
      }
      // gpu-to-llvm lowers only the async form of gpu.dealloc.
      auto dealloc = cast<memref::DeallocOp>(op);
      Location loc = dealloc.getLoc();
      Type token = gpu::AsyncTokenType::get(&getContext());
      Value start = gpu::WaitOp::create(rewriter, loc, token, ValueRange{})
                        .getAsyncToken();
      Value done =
          gpu::DeallocOp::create(rewriter, loc, token, ValueRange{start},
                                 dealloc.getMemref())
              .getAsyncToken();
      gpu::WaitOp::create(rewriter, loc, Type(), ValueRange{done});
      rewriter.eraseOp(dealloc);
    }
  }
};

/// Replaces a scalar float `MathOp` by the LLVM intrinsic `IntrOp`.
template <typename MathOp, typename IntrOp>
struct ToLLVMIntrinsic : OpRewritePattern<MathOp> {
  using OpRewritePattern<MathOp>::OpRewritePattern;
  LogicalResult matchAndRewrite(MathOp op,
                                PatternRewriter &rewriter) const override {
    if (!isa<FloatType>(op.getType()))
      return rewriter.notifyMatchFailure(op, "not a scalar float");
    rewriter.replaceOpWithNewOp<IntrOp>(op, op.getType(), op->getOperands());
    return success();
  }
};

/// floor(x) for f32 in arith: truncation through i32, minus 1 where that
/// rounded up; |x| >= 2^23 (already integral), infinities and NaN pass
/// through.
struct FloorInArith : OpRewritePattern<math::FloorOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::FloorOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.getType().isF32())
      return rewriter.notifyMatchFailure(op, "not an f32 scalar");
    Location loc = op.getLoc();
    Value x = op.getOperand();
    Type f32 = rewriter.getF32Type(), i32 = rewriter.getI32Type();
    auto constant = [&](double v) -> Value {
      return arith::ConstantOp::create(rewriter, loc, f32,
                                       rewriter.getF32FloatAttr(v));
    };
    Value truncated = arith::SIToFPOp::create(
        rewriter, loc, f32, arith::FPToSIOp::create(rewriter, loc, i32, x));
    Value roundedUp = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OGT, truncated, x);
    Value down = arith::SelectOp::create(
        rewriter, loc, roundedUp,
        arith::SubFOp::create(rewriter, loc, truncated, constant(1.0)),
        truncated);
    Value integral = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::UGE,
        math::AbsFOp::create(rewriter, loc, x), constant(8388608.0));
    rewriter.replaceOpWithNewOp<arith::SelectOp>(op, integral, x, down);
    return success();
  }
};

/// |x| = max(x, -x) (maximumf orders -0 below +0 and propagates NaN).
struct AbsInArith : OpRewritePattern<math::AbsFOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(math::AbsFOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op.getOperand();
    rewriter.replaceOpWithNewOp<arith::MaximumFOp>(
        op, x, arith::NegFOp::create(rewriter, op.getLoc(), x));
    return success();
  }
};

struct FusionApproximateMathPass
    : fusion::impl::FusionApproximateMathPassBase<FusionApproximateMathPass> {
  using Base::Base;
  void runOnOperation() override {
    // First rewrite what has no approximation (rsqrt, tan, sinh, ...) in
    // terms of what has, then approximate with arith only.
    RewritePatternSet expansions(&getContext());
    math::populateExpansionPatterns(expansions);
    if (failed(applyPatternsGreedily(getOperation(), std::move(expansions))))
      return signalPassFailure();
    RewritePatternSet approximations(&getContext());
    populateMathPolynomialApproximationPatterns(approximations);
    if (failed(
            applyPatternsGreedily(getOperation(), std::move(approximations))))
      return signalPassFailure();
    // The approximations use math.fma, math.floor and math.absf, which NVVM
    // lowering turns into libdevice calls: LLVM's fma intrinsic instead
    // (fma.rn), floor and abs in arith.
    if (!noLibdevice)
      return;
    RewritePatternSet intrinsics(&getContext());
    intrinsics.add<ToLLVMIntrinsic<math::FmaOp, LLVM::FMAOp>, FloorInArith,
                   AbsInArith>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(intrinsics))))
      return signalPassFailure();
  }
};

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

namespace {
struct FusionGPULowerVectorsPass
    : fusion::impl::FusionGPULowerVectorsPassBase<FusionGPULowerVectorsPass> {
  void runOnOperation() override {
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
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
