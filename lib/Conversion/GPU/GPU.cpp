//===- GPU.cpp - Host-shared allocations, GPU binaries to files ---*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
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
      auto dealloc = cast<memref::DeallocOp>(op);
      gpu::DeallocOp::create(rewriter, dealloc.getLoc(), /*asyncToken=*/Type(),
                             ValueRange{}, dealloc.getMemref());
      rewriter.eraseOp(dealloc);
    }
  }
};

struct FusionApproximateMathPass
    : fusion::impl::FusionApproximateMathPassBase<FusionApproximateMathPass> {
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
