//===- fuse-downstream.cpp - A compiler that embeds fuse ------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Uses the installed fuse package without fuse's tools: registers the
// dialects, parses a module, calls the library-level pipeline builder for
// fusion-to-llvm with options set in C++, and reports what came out.
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/InitAllDialects.h"
#include "fuse/Pipelines/Pipelines.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: fuse-downstream FILE.mlir\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);
  mlir::MLIRContext context(registry);

  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(argv[1], &context);
  if (!module)
    return 1;
  unsigned strategies = 0;
  module->walk([&](mlir::Operation *op) {
    strategies += mlir::fusion::isStrategyOp(op);
  });
  llvm::outs() << "parsed " << argv[1] << ": " << strategies
               << " fusion strategy op(s)\n";

  mlir::PassManager pm(&context, mlir::ModuleOp::getOperationName());
  mlir::fusion::FusionToLLVMPipelineOptions options;
  options.fuse = true;
  options.targetCpu = ""; // LLVM's generic CPU: the output is portable
  options.targetFeatures = "";
  mlir::fusion::buildFusionToLLVMPipeline(pm, options);
  if (mlir::failed(pm.run(*module))) {
    llvm::errs() << "fusion-to-llvm failed\n";
    return 1;
  }
  unsigned functions = 0, others = 0;
  for (mlir::Operation &op : module->getBody()->getOperations()) {
    if (mlir::isa<mlir::LLVM::LLVMFuncOp>(op))
      ++functions;
    else if (!mlir::isa<mlir::LLVM::LLVMDialect>(op.getDialect()))
      ++others;
  }
  llvm::outs() << "fusion-to-llvm: " << functions << " llvm.func, " << others
               << " op(s) outside the LLVM dialect\n";
  return others == 0 ? 0 : 1;
}
