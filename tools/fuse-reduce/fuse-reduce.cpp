//===- fuse-reduce.cpp - Reduce a failing fuse input ----------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// mlir-reduce with every dialect and pass fuse-opt knows: shrinks an input
// while an interestingness script (exit code 1: still interesting) holds,
// e.g. while fuse-opt still crashes on it. docs/robustness.md shows the
// workflow.
//
//===----------------------------------------------------------------------===//

#include "fuse/InitAllDialects.h"
#include "fuse/InitAllPasses.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-reduce/MlirReduceMain.h"

#include <cstdlib>

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  fuse::registerAllPasses();
  mlir::DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);
  mlir::MLIRContext context(registry);
  return mlir::failed(mlir::mlirReduceMain(argc, argv, context)) ? EXIT_FAILURE
                                                               : EXIT_SUCCESS;
}
