/*===- fuse-capi-test.c - Exercise fuse's C API ----------------------------===*\
|* Built by CMake, run by lit (capi.test): registers the dialect and passes,   *|
|* parses fusion IR, runs pipelines, checks a bad pipeline fails.              *|
\*===----------------------------------------------------------------------===*/

#include "fuse-c/Fuse.h"
#include "mlir-c/IR.h"

#include <stdio.h>

static void printToStdout(MlirStringRef str, void *userData) {
  (void)userData;
  fwrite(str.data, 1, str.length, stdout);
}

static const char *kModule =
    "func.func @mean(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {\n"
    "  %m = fusion.mean %a, %b weights [0.25, 0.75] : tensor<4xf32>\n"
    "  return %m : tensor<4xf32>\n"
    "}\n";

int main(void) {
  MlirContext ctx = mlirContextCreate();
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  fuseRegisterAllDialects(registry);
  mlirContextAppendDialectRegistry(ctx, registry);
  mlirDialectRegistryDestroy(registry);
  MlirDialect fusion = mlirDialectHandleLoadDialect(mlirGetDialectHandle__fusion__(), ctx);
  MlirStringRef ns = mlirDialectGetNamespace(fusion);
  printf("dialect: %.*s\n", (int)ns.length, ns.data);
  fuseRegisterAllPasses();
  fuseRegisterAllPasses(); /* idempotent */

  MlirModule module = mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(kModule));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "parse failed\n");
    return 1;
  }
  mlirOperationPrint(mlirModuleGetOperation(module), printToStdout, NULL);
  printf("\n");

  if (mlirLogicalResultIsFailure(fuseRunPipeline(
          module, mlirStringRefCreateFromCString(
                      "builtin.module(convert-fusion-to-linalg)")))) {
    fprintf(stderr, "convert-fusion-to-linalg failed\n");
    return 1;
  }
  mlirOperationPrint(mlirModuleGetOperation(module), printToStdout, NULL);
  printf("\n");

  if (mlirLogicalResultIsFailure(fuseRunPipeline(
          module, mlirStringRefCreateFromCString("fusion-to-llvm{fuse=false}")))) {
    fprintf(stderr, "fusion-to-llvm failed\n");
    return 1;
  }
  mlirOperationPrint(mlirModuleGetOperation(module), printToStdout, NULL);
  printf("\n");

  MlirLogicalResult bad = fuseRunPipeline(
      module, mlirStringRefCreateFromCString("no-such-pass"));
  printf("bad pipeline: %s\n", mlirLogicalResultIsFailure(bad) ? "failure" : "success");

  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return 0;
}
