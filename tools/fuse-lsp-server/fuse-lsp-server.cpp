//===- fuse-lsp-server.cpp - Language server for fuse IR ------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// mlir-lsp-server with every dialect fuse-opt registers (upstream's and the
// fusion dialect): diagnostics, hovers, go-to-definition and completion for
// .mlir files with fusion ops in the MLIR editor extensions. Point the
// extension's server path (`mlir.server_path` in VS Code) at this binary.
//
//===----------------------------------------------------------------------===//

#include "fuse/InitAllDialects.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-lsp-server/MlirLspServerMain.h"

#include <cstdlib>

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);
  return mlir::failed(mlir::MlirLspServerMain(argc, argv, registry))
             ? EXIT_FAILURE
             : EXIT_SUCCESS;
}
