/*===- Fuse.h - C API of the fuse project ---------------------------*- C
-*-===*\
|*                                                                            *|
|* Part of the fuse project: fusing modules as an MLIR compiler feature.      *|
|* Follows MLIR's C API conventions (mlir-c/IR.h): opaque handles, no         *|
|* ownership transfer unless stated, MlirLogicalResult for fallible calls.    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef FUSE_C_FUSE_H
#define FUSE_C_FUSE_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// The fusion dialect: `mlirGetDialectHandle__fusion__()`.
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Fusion, fusion);

/// Inserts into `registry` every upstream dialect, extension and LLVM IR
/// translation interface, plus the fusion dialect (what fuse-opt loads).
MLIR_CAPI_EXPORTED void fuseRegisterAllDialects(MlirDialectRegistry registry);

/// Registers every upstream pass and every fuse pass and pipeline
/// (`convert-fusion-to-linalg`, `fusion-vectorize`, `fusion-to-linalg`,
/// `fusion-to-llvm`, ...) with the global registry. Safe to call repeatedly.
MLIR_CAPI_EXPORTED void fuseRegisterAllPasses(void);

/// Parses `pipeline` (textual pass pipeline syntax, anchored on the module,
/// e.g. "fusion-to-llvm{fuse=false}") and runs it on `module`. Returns
/// failure if the pipeline does not parse or a pass fails; diagnostics go to
/// the context's handlers.
MLIR_CAPI_EXPORTED MlirLogicalResult fuseRunPipeline(MlirModule module,
                                                     MlirStringRef pipeline);

#ifdef __cplusplus
}
#endif

#endif // FUSE_C_FUSE_H
