//===- LLVMTarget.cpp - Attach target CPU and features to llvm.func -------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>

#define DEBUG_TYPE "fusion-llvm-target"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONLLVMTARGETPASS
#define GEN_PASS_DEF_FUSIONCHECKLOWEREDTOLLVMPASS
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

/// Checks `cpu` and `features` against the host target's tables (the JIT
/// and llc would otherwise ignore an unknown name, or abort on some). Returns
/// an error message, or "" if both are known (or the target is not built in).
static std::string checkTarget(StringRef cpu, StringRef features) {
  llvm::InitializeNativeTarget();
  llvm::Triple triple(llvm::sys::getDefaultTargetTriple());
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return "";
  std::unique_ptr<llvm::MCSubtargetInfo> info(
      target->createMCSubtargetInfo(triple, "", ""));
  if (!info)
    return "";
  if (!cpu.empty() && !info->isCPUStringValid(cpu))
    return ("'" + cpu + "' is not a CPU of target " + triple.str()).str();
  SmallVector<StringRef> list;
  features.split(list, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef feature : list) {
    feature = feature.trim();
    if (!feature.consume_front("+") && !feature.consume_front("-"))
      return ("target feature '" + feature +
              "' must start with '+' or '-'")
          .str();
    if (!llvm::any_of(info->getAllProcessorFeatures(),
                      [&](const llvm::SubtargetFeatureKV &kv) {
                        return feature == kv.Key;
                      }))
      return ("'" + feature + "' is not a feature of target " + triple.str())
          .str();
  }
  return "";
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
    // Only names the user gave are checked: the host's own come from LLVM.
    if (std::string error =
            checkTarget(cpu == "host" ? "" : cpuName,
                        features == "host" ? "" : featureList);
        !error.empty()) {
      mlir::emitError(getOperation().getLoc(), "fusion-llvm-target: ")
          << error;
      return signalPassFailure();
    }
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

/// Ops that mlir-translate takes to LLVM IR as they are: the LLVM dialect's,
/// and OpenMP's (their regions in the LLVM dialect), which
/// convert-openmp-to-llvm leaves for the translation.
static bool isLLVMTranslatable(Operation *op) {
  return isa<LLVM::LLVMDialect, omp::OpenMPDialect>(op->getDialect());
}

namespace {
struct FusionCheckLoweredToLLVMPass
    : fusion::impl::FusionCheckLoweredToLLVMPassBase<
          FusionCheckLoweredToLLVMPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    // A cast's operand is what the conversion left: name the op it feeds.
    WalkResult result =
        module.walk<WalkOrder::PreOrder>([&](Operation *op) {
          if (op == module || isLLVMTranslatable(op))
            return WalkResult::advance();
          Operation *culprit = op;
          if (isa<UnrealizedConversionCastOp>(op))
            for (Operation *user : op->getUsers())
              if (!isa<UnrealizedConversionCastOp>(user) &&
                  !isLLVMTranslatable(user)) {
                culprit = user;
                break;
              }
          culprit->emitError()
              << "'" << culprit->getName()
              << "' was not lowered to the LLVM dialect: no conversion of the "
                 "pipeline handles it here";
          return WalkResult::interrupt();
        });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
