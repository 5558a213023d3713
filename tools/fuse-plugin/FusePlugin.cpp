//===- FusePlugin.cpp - fuse as a plugin for upstream mlir-opt ------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Loads into Debian's mlir-opt-22 (which links the same libMLIR.so):
//   mlir-opt-22 --load-dialect-plugin=FusePlugin.so \
//               --load-pass-plugin=FusePlugin.so model.mlir --fusion-to-llvm
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/IR/FusionDialect.h"
#include "fuse/InitAllPasses.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

/// Registers the fusion dialect.
extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "FusePlugin", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            registry->insert<mlir::fusion::FusionDialect>();
          }};
}

/// Registers fuse's passes and pipelines.
extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "FusePlugin", LLVM_VERSION_STRING,
          []() { fuse::registerAllPasses(); }};
}
