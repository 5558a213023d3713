//===- LLVMTarget.cpp - Attach target CPU and features to llvm.func -------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"

#define DEBUG_TYPE "fusion-llvm-target"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONLLVMTARGETPASS
#include "fuse/Conversion/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// The host's features as "+a,+b,-c", sorted so the output is stable.
static std::string hostFeatures() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  SmallVector<std::string> list;
  for (const auto &entry : features)
    list.push_back((entry.getValue() ? "+" : "-") + entry.getKey().str());
  llvm::sort(list);
  return llvm::join(list, ",");
}

namespace {
struct FusionLLVMTargetPass
    : fusion::impl::FusionLLVMTargetPassBase<FusionLLVMTargetPass> {
  using Base::Base;

  void runOnOperation() override {
    std::string cpuName =
        cpu == "host" ? llvm::sys::getHostCPUName().str() : cpu.getValue();
    std::string featureList =
        features == "host" ? hostFeatures() : features.getValue();
    MLIRContext *ctx = &getContext();
    StringAttr cpuAttr =
        cpuName.empty() ? StringAttr() : StringAttr::get(ctx, cpuName);
    LLVM::TargetFeaturesAttr featuresAttr =
        featureList.empty() ? LLVM::TargetFeaturesAttr()
                            : LLVM::TargetFeaturesAttr::get(ctx, featureList);
    getOperation().walk([&](LLVM::LLVMFuncOp func) {
      if (func.isExternal())
        return;
      if (cpuAttr)
        func.setTargetCpuAttr(cpuAttr);
      if (featuresAttr)
        func.setTargetFeaturesAttr(featuresAttr);
    });
  }
};
} // namespace
