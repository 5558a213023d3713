//===- InitAll.cpp - Register fuse's dialects, passes and pipelines ------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/InitAllDialects.h"
#include "fuse/InitAllPasses.h"

#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Conversion/Passes.h"
#include "fuse/Dialect/Fusion/IR/FusionDialect.h"
#include "fuse/Pipelines/Pipelines.h"
#include "fuse/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

void fuse::registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<mlir::fusion::FusionDialect>();
  mlir::fusion::registerAllReduceBufferDeallocationModel(registry);
}

void fuse::registerAllDialectsAndExtensions(mlir::DialectRegistry &registry) {
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::registerAllToLLVMIRTranslations(registry);
  mlir::registerAllGPUToLLVMIRTranslations(registry);
  fuse::registerAllDialects(registry);
}

void fuse::registerAllPasses() {
  mlir::fusion::registerFusionConversionPasses();
  mlir::fusion::registerFusionTransformsPasses();
  mlir::fusion::registerFusionCodegenPasses();
  mlir::fusion::registerFusionPipelines();
}
