//===- ParsePipeline.cpp - Parse module-anchored pipeline strings ---------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Pipelines/Pipelines.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

LogicalResult mlir::fusion::parseModulePipeline(StringRef pipeline,
                                                OpPassManager &pm,
                                                llvm::raw_ostream &errors) {
  pipeline = pipeline.trim();
  StringRef inner = pipeline;
  if (inner.consume_front("builtin.module(") && inner.consume_back(")"))
    pipeline = inner;
  return parsePassPipeline(pipeline, pm, errors);
}
