//===- fuse-opt.cpp - The fuse optimizer driver
//----------------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// An mlir-opt with every upstream dialect, extension, pass and translation
// interface, plus the fusion dialect, its passes and its pipelines.
//
//===----------------------------------------------------------------------===//

#include "fuse/InitAllDialects.h"
#include "fuse/InitAllPasses.h"
#include "fuse/Version.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  fuse::registerAllPasses();

  mlir::DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);

  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &os) {
    os << "fuse version " FUSE_VERSION_STRING
          " (built against LLVM/MLIR " FUSE_LLVM_VERSION_STRING ")\n";
  });

  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "fuse optimizer driver: fusion dialect and passes\n",
      registry));
}
