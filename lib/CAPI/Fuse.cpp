//===- Fuse.cpp - C API of the fuse project
//--------------------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse-c/Fuse.h"

#include "fuse/Dialect/Fusion/IR/FusionDialect.h"
#include "fuse/InitAllDialects.h"
#include "fuse/InitAllPasses.h"
#include "fuse/Pipelines/Pipelines.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Fusion, fusion,
                                      mlir::fusion::FusionDialect)

void fuseRegisterAllDialects(MlirDialectRegistry registry) {
  fuse::registerAllDialectsAndExtensions(*unwrap(registry));
}

void fuseRegisterAllPasses(void) {
  static std::once_flag once;
  std::call_once(once, [] {
    mlir::registerAllPasses();
    fuse::registerAllPasses();
  });
}

MlirLogicalResult fuseRunPipeline(MlirModule module, MlirStringRef pipeline) {
  mlir::ModuleOp op = unwrap(module);
  mlir::PassManager pm(op->getContext(), mlir::ModuleOp::getOperationName());
  std::string error;
  llvm::raw_string_ostream os(error);
  if (mlir::failed(
          mlir::fusion::parseModulePipeline(unwrap(pipeline), pm, os))) {
    mlir::emitError(op.getLoc()) << "cannot parse pipeline: " << error;
    return mlirLogicalResultFailure();
  }
  return wrap(pm.run(op));
}
