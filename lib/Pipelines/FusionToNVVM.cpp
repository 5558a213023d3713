//===- FusionToNVVM.cpp - The fusion-to-nvvm GPU pipeline ---------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// One fusion group = one GPU kernel: each group's last op is tiled into
// thread blocks (scf.forall) and again into one element per thread, with the
// group's other ops fused into both levels; bufferization; the two forall
// levels become nested scf.parallel loops mapped to blocks and threads and
// then a gpu.launch; kernels are outlined and compiled to NVVM and PTX.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"
#include "fuse/Pipelines/Pipelines.h"
#include "fuse/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::fusion;

void mlir::fusion::buildFusionToNVVMPipeline(
    OpPassManager &pm, const FusionToNVVMPipelineOptions &options) {
  FusionToLinalgPipelineOptions linalgOptions;
  linalgOptions.fuse = options.fuse;
  buildFusionToLinalgPipeline(pm, linalgOptions);

  // Kernels: one per group, tiled to blocks and threads.
  FusionFormGroupsPassOptions formOptions;
  formOptions.singletons = !options.fuse;
  pm.addPass(createFusionFormGroupsPass(formOptions));
  FusionLowerGroupsPassOptions lowerOptions;
  lowerOptions.threadTiles = true;
  lowerOptions.innerTile = options.blockCols;
  lowerOptions.outerTile = options.blockRows;
  pm.addPass(createFusionLowerGroupsPass(lowerOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createFusionApproximateMathPass());

  // Buffers; per-thread temporaries on the stack.
  bufferization::OneShotBufferizePassOptions bufferizeOptions;
  bufferizeOptions.bufferizeFunctionBoundaries = true;
  bufferizeOptions.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferizeOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addNestedPass<func::FuncOp>(
      bufferization::createPromoteBuffersToStackPass());
  bufferization::buildBufferDeallocationPipeline(pm);
  pm.addPass(createConvertBufferizationToMemRefPass());

  // Tiles to blocks and threads, then kernels.
  pm.addNestedPass<func::FuncOp>(createForallToParallelLoopPass());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addNestedPass<func::FuncOp>(createGpuMapParallelLoopsPass());
  pm.addPass(createConvertParallelLoopToGpuPass());
  pm.addPass(createFusionGPUHostSharedAllocsPass());
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  // NVVM, the kernel objects, the host code.
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features;
  target.optLevel = options.optLevel;
  pm.addPass(createGpuNVVMAttachTarget(target));
  gpu::GPUToNVVMPipelineOptions nvvm;
  nvvm.cubinChip = options.chip;
  nvvm.cubinFeatures = options.features;
  nvvm.cubinFormat = options.format;
  nvvm.optLevel = options.optLevel;
  gpu::buildLowerToNVVMPassPipeline(pm, nvvm);
  FusionDumpGPUBinariesPassOptions dump;
  dump.dir = options.dumpDir;
  pm.addPass(createFusionDumpGPUBinariesPass(dump));
}
