//===- FusionToLLVM.cpp - The fusion-to-llvm CPU pipeline ---------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Conversion/Passes.h"
#include "fuse/Pipelines/Pipelines.h"
#include "fuse/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/Vector/Transforms/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::fusion;

//===----------------------------------------------------------------------===//
// Stages
//===----------------------------------------------------------------------===//

void mlir::fusion::buildFusionToLinalgPipeline(
    OpPassManager &pm, const FusionToLinalgPipelineOptions &options) {
  // Valid input that an upstream pattern further down would crash on.
  pm.addPass(createFusionVerifyInputPass());
  // Operator fusion on fusion ops, while they are still visible.
  if (options.fuse)
    pm.addPass(createFusionFoldBatchNormPass());
  pm.addPass(createConvertFusionToLinalgPass());
  // Elementwise arith / math ops on tensors (a strategy's branches, what
  // some frontends emit) as linalg.generic ops, which fusion and code
  // generation handle (the approximations and bufferization do not).
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  if (options.fuse) {
    pm.addPass(createFusionBatchEnsemblesPass());
    pm.addPass(createFusionFoldBiasPass());
    pm.addPass(createFusionFoldCombinersPass());
    pm.addPass(createFusionEliminateConcatPass());
    pm.addPass(createFusionFuseSiblingsPass());
    pm.addPass(createFusionFuseElementwisePass());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createCSEPass());
  }
}

/// The vector width: the option, or the widest of the target CPU
/// (`target-cpu`, `target-features`), not of the machine that compiles
/// unless both are "host".
static int64_t
getPipelineVectorWidth(const FusionToLLVMPipelineOptions &options) {
  if (options.vectorWidth > 0)
    return options.vectorWidth;
  return getTargetVectorWidth(options.targetCpu, options.targetFeatures);
}

/// Tiles and vectorizes linalg ops on tensors.
static void
buildVectorizationStage(OpPassManager &pm,
                        const FusionToLLVMPipelineOptions &options) {
  FusionVectorizePassOptions vectorizeOptions;
  vectorizeOptions.vectorWidth = getPipelineVectorWidth(options);
  pm.addNestedPass<func::FuncOp>(createFusionVectorizePass(vectorizeOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // Contraction tiles accumulate in registers: their accumulator's read and
  // write leave the reduction loop.
  pm.addPass(createLoopInvariantSubsetHoistingPass());
  pm.addPass(createCanonicalizerPass());
}

void mlir::fusion::buildKernelFormationStage(
    OpPassManager &pm, bool fuse,
    const FusionLowerGroupsPassOptions &lowerOptions) {
  FusionFormGroupsPassOptions formOptions;
  formOptions.singletons = !fuse;
  pm.addPass(createFusionFormGroupsPass(formOptions));
  if (fuse && lowerOptions.threadTiles && lowerOptions.rowReductions) {
    FusionGPUMergeRowReductionsPassOptions mergeOptions;
    mergeOptions.threadElements = lowerOptions.threadElements;
    pm.addPass(createFusionGPUMergeRowReductionsPass(mergeOptions));
  }
  // The strategy: each group's lowering config, from the module's target
  // (fusion-set-target, at the start of the pipeline).
  FusionSelectLoweringStrategyPassOptions strategyOptions;
  strategyOptions.innerTile = lowerOptions.innerTile;
  strategyOptions.outerTile = lowerOptions.outerTile;
  strategyOptions.packPanels = lowerOptions.packPanels;
  strategyOptions.threadElements = lowerOptions.threadElements;
  strategyOptions.sharedMemoryContractions =
      lowerOptions.sharedMemoryContractions;
  strategyOptions.rowReductions = lowerOptions.rowReductions;
  strategyOptions.copyStages = lowerOptions.copyStages;
  strategyOptions.precision = lowerOptions.precision;
  strategyOptions.narrowTiles = lowerOptions.narrowTiles;
  strategyOptions.splitMinPart = lowerOptions.splitMinPart;
  if (lowerOptions.threadTiles && lowerOptions.sharedMemoryContractions) {
    FusionGPUPrepareContractionsPassOptions prepareOptions;
    prepareOptions.splitReduction = lowerOptions.splitReduction;
    prepareOptions.splitMinPart = lowerOptions.splitMinPart;
    pm.addPass(createFusionGPUPrepareContractionsPass(prepareOptions));
  }
  pm.addPass(createFusionSelectLoweringStrategyPass(strategyOptions));
  // Each group tiled as its config says: blocks (or CPU tiles), then the
  // GPU's threads (operands promoted to shared memory, thread tiles,
  // vectors); then the groups dissolved (or outlined).
  pm.addPass(createFusionTileGroupsPass());
  if (lowerOptions.threadTiles) {
    FusionGPUPromoteOperandsPassOptions promoteOptions;
    promoteOptions.workgroupMemory = lowerOptions.workgroupMemory;
    pm.addPass(createFusionGPUPromoteOperandsPass(promoteOptions));
    pm.addPass(createFusionGPUTileThreadsPass());
    pm.addPass(createFusionGPUVectorizePass());
  }
  FusionLowerGroupsPassOptions dissolveOptions = lowerOptions;
  dissolveOptions.tile = false;
  pm.addPass(createFusionLowerGroupsPass(dissolveOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void mlir::fusion::buildBufferizationStage(OpPassManager &pm, bool kernelStack,
                                           bool hostStack, bool hoistBuffers,
                                           bool pipelineCopies,
                                           bool asyncCopies) {
  bufferization::OneShotBufferizePassOptions options;
  options.bufferizeFunctionBoundaries = true;
  options.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  // The constants' globals in program order: the same names on every run.
  FusionConstantGlobalsPassOptions globalOptions;
  globalOptions.alignment = options.bufferAlignment;
  pm.addPass(createFusionConstantGlobalsPass(globalOptions));
  pm.addPass(bufferization::createOneShotBufferizePass(options));
  pm.addPass(createCanonicalizerPass());
  // Copies into strided views as loops, not the runtime's memrefCopy.
  pm.addPass(createFusionLowerCopiesPass());
  if (hoistBuffers)
    pm.addPass(createFusionHoistLoopBuffersPass());
  if (kernelStack || hostStack) {
    pm.addPass(createCSEPass());
    FusionGPUStackBuffersPassOptions stackOptions;
    stackOptions.kernels = kernelStack;
    stackOptions.host = hostStack;
    pm.addNestedPass<func::FuncOp>(
        createFusionGPUStackBuffersPass(stackOptions));
  }
  bufferization::buildBufferDeallocationPipeline(pm);
  // Lowers the bufferization.clone / bufferization.dealloc ops that the
  // deallocation pipeline inserts (e.g. a clone of a returned constant).
  pm.addPass(createConvertBufferizationToMemRefPass());
  // After the deallocation pipeline, which does not know cp.async's effects.
  if (pipelineCopies) {
    FusionGPUPipelineCopiesPassOptions pipelineOptions;
    pipelineOptions.asyncCopies = asyncCopies;
    pm.addPass(createFusionGPUPipelineCopiesPass(pipelineOptions));
  }
}

void mlir::fusion::buildLowerToLLVMStage(
    OpPassManager &pm, const FusionToLLVMPipelineOptions &options,
    bool gpuRuntime) {
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addNestedPass<func::FuncOp>(vector::createLowerVectorMaskPass());
  pm.addNestedPass<func::FuncOp>(vector::createLowerVectorMultiReductionPass());
  // Unrolled: n-D transfers become 1-D ones, no stack buffers.
  pm.addPass(createConvertVectorToSCFPass(
      VectorTransferToSCFOptions().enableFullUnroll()));
  // expand-strided-metadata emits affine.apply: lower affine after it.
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  // Contractions' register tiles (vector.contract) become broadcast-FMA
  // outer products.
  ConvertVectorToLLVMPassOptions vectorOptions;
  vectorOptions.vectorContractLowering =
      vector::VectorContractLowering::OuterProduct;
  pm.addPass(createConvertVectorToLLVMPass(vectorOptions));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
  if (gpuRuntime) {
    pm.addPass(createGpuToLLVMConversionPass());
    pm.addPass(createFusionGPUUploadConstantsPass());
  }
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
  FusionLLVMTargetPassOptions target;
  target.cpu = options.targetCpu;
  target.features = options.targetFeatures;
  pm.addPass(createFusionLLVMTargetPass(target));
  FusionSetTargetPassOptions removeTarget;
  removeTarget.remove = true;
  pm.addPass(createFusionSetTargetPass(removeTarget));
  pm.addPass(createFusionCheckLoweredToLLVMPass());
}

//===----------------------------------------------------------------------===//
// Pipelines
//===----------------------------------------------------------------------===//

void mlir::fusion::buildFusionToLLVMPipeline(
    OpPassManager &pm, const FusionToLLVMPipelineOptions &options) {
  // The target that code generation reads (#fusion.target).
  FusionSetTargetPassOptions targetOptions;
  targetOptions.backend = "cpu";
  targetOptions.arch = options.targetCpu;
  targetOptions.features = options.targetFeatures;
  targetOptions.vectorWidth = getPipelineVectorWidth(options);
  // More threads than this change nothing (splitTilesForThreads' bound).
  targetOptions.threads =
      std::clamp<int64_t>(options.threads, 1, int64_t(1) << 16);
  pm.addPass(createFusionSetTargetPass(targetOptions));
  FusionToLinalgPipelineOptions linalgOptions;
  linalgOptions.fuse = options.fuse;
  buildFusionToLinalgPipeline(pm, linalgOptions);
  if (options.vectorize && options.channelsLast) {
    pm.addPass(createFusionConvToNhwcPass());
    // Between convolutions the activations stay NHWC.
    pm.addPass(createFusionPropagateTransposesPass());
  }
  if (options.pack && options.vectorize) {
    // Data tiling: contraction operands in panels of the register tile's
    // width; the packing copies become ordinary linalg ops.
    FusionPackContractionsPassOptions packOptions;
    packOptions.panelWidth = 2 * getPipelineVectorWidth(options);
    pm.addPass(createFusionPackContractionsPass(packOptions));
    pm.addPass(createFusionLowerPacksPass());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createCSEPass());
  }
  // Global pools: their rows split like their producers'.
  if (options.splitReductions)
    pm.addPass(createFusionSplitReductionsPass());
  if (options.groups) {
    // Kernel formation: one group per kernel (per op when unfused), each
    // tiled with its other ops fused into the tile loops.
    FusionLowerGroupsPassOptions lowerOptions;
    lowerOptions.forall = options.threads > 1;
    lowerOptions.threads = options.threads;
    lowerOptions.innerTile = options.tileCols;
    lowerOptions.outerTile = options.tileRows;
    lowerOptions.outline = options.outlineKernels;
    buildKernelFormationStage(pm, options.fuse, lowerOptions);
  }
  // x / 6 (hardswish), x / count (means): a multiply and two FMAs instead
  // of a vector division, bit-identical outside the subnormal range.
  if (!options.preciseMath)
    pm.addNestedPass<func::FuncOp>(createFusionDivideByConstantPass());
  if (options.approximateMath) {
    pm.addNestedPass<func::FuncOp>(createFusionApproximateMathPass());
  } else if (!options.preciseMath) {
    FusionApproximateMathPassOptions mathOptions;
    mathOptions.bounded = true;
    pm.addNestedPass<func::FuncOp>(
        createFusionApproximateMathPass(mathOptions));
  }
  if (options.vectorize)
    buildVectorizationStage(pm, options);
  // Kernels write into padded buffers and concatenations: no copies.
  pm.addPass(createFusionWriteInPlacePass());
  buildBufferizationStage(pm, /*kernelStack=*/false, /*hostStack=*/false,
                          /*hoistBuffers=*/true);
  if (options.threads > 1) {
    // Ops outside the groups (pads' fills and copies) in chunks too, then
    // all tile loops on OpenMP threads.
    FusionParallelizeHostOpsPassOptions hostOptions;
    hostOptions.threads = options.threads;
    pm.addNestedPass<func::FuncOp>(
        createFusionParallelizeHostOpsPass(hostOptions));
    pm.addNestedPass<func::FuncOp>(createForallToParallelLoopPass());
    ConvertSCFToOpenMPPassOptions ompOptions;
    ompOptions.numThreads = options.threads;
    pm.addPass(createConvertSCFToOpenMPPass(ompOptions));
    // Inlines the memref.alloca_scope around each iteration (no allocas in
    // it), which SCF-to-CF would otherwise break into several blocks.
    pm.addPass(createCanonicalizerPass());
    // Tile temporaries of the parallel loops: one per thread.
    pm.addPass(createFusionHoistLoopBuffersPass());
    // One fork and join of the team for consecutive kernels.
    if (options.mergeParallelRegions)
      pm.addPass(createFusionMergeParallelRegionsPass());
  }
  // One allocation per call for the kernels' buffers.
  if (options.planBuffers)
    pm.addNestedPass<func::FuncOp>(createFusionPlanBuffersPass());
  buildLowerToLLVMStage(pm, options);
}

/// Registers a pipeline of module passes: its builder is refused (an error,
/// not the pass manager's abort) when nested below builtin.module, e.g.
/// `builtin.module(func.func(fusion-to-llvm))`; `check` validates the parsed
/// options and returns an error message or "".
template <typename Options>
static void
registerModulePipeline(StringRef arg, StringRef description,
                       void (*builder)(OpPassManager &, const Options &),
                       std::string (*check)(const Options &) = nullptr) {
  std::string name = arg.str();
  registerPassPipeline(
      arg, description,
      [name, builder,
       check](OpPassManager &pm, StringRef optionsStr,
              function_ref<LogicalResult(const Twine &)> errorHandler) {
        if (pm.getOpAnchorName() != ModuleOp::getOperationName())
          return errorHandler("pipeline '" + name +
                              "' runs on builtin.module, not nested in '" +
                              pm.getOpAnchorName() + "'");
        Options options;
        if (failed(options.parseFromString(optionsStr)))
          return failure();
        if (check)
          if (std::string error = check(options); !error.empty())
            return errorHandler("pipeline '" + name + "': " + error);
        builder(pm, options);
        return success();
      },
      [](function_ref<void(const mlir::detail::PassOptions &)> optHandler) {
        optHandler(Options());
      });
}

static std::string checkLLVMOptions(const FusionToLLVMPipelineOptions &o) {
  if (o.threads < 1)
    return "threads must be >= 1";
  if (o.tileRows < 0 || o.tileCols < 0 || o.vectorWidth < 0)
    return "tile sizes and the vector width must be >= 0";
  if (o.approximateMath && o.preciseMath)
    return "approximate-math and precise-math exclude each other";
  return "";
}

static std::string checkNVVMOptions(const FusionToNVVMPipelineOptions &o) {
  StringRef format = o.format;
  if (!llvm::is_contained({"isa", "assembly", "bin", "binary", "fatbin",
                           "fatbinary", "offloading", "llvm"},
                          format))
    return "format must be one of isa, bin, fatbin, offloading, llvm, not '" +
           o.format + "'";
  if (o.optLevel < 0 || o.optLevel > 3)
    return "opt-level must be in 0..3";
  if (o.blockRows < 1 || o.blockCols < 1)
    return "block-rows and block-cols must be >= 1";
  return "";
}

void mlir::fusion::registerFusionPipelines() {
  registerModulePipeline<FusionToLinalgPipelineOptions>(
      "fusion-to-linalg",
      "Lower fusion to linalg on tensors and run the fusion passes unless "
      "fuse=false (the first stage of fusion-to-llvm)",
      buildFusionToLinalgPipeline);
  registerModulePipeline<FusionToLLVMPipelineOptions>(
      "fusion-to-llvm",
      "Lower fusion and linalg-on-tensors programs to the LLVM dialect for "
      "the CPU, fusing on the way unless fuse=false",
      buildFusionToLLVMPipeline, checkLLVMOptions);
  registerModulePipeline<FusionToNVVMPipelineOptions>(
      "fusion-to-nvvm",
      "Lower fusion and linalg-on-tensors programs to GPU kernels (one per "
      "fusion group) in NVVM and PTX, and host code calling them",
      buildFusionToNVVMPipeline, checkNVVMOptions);
  registerModulePipeline<FusionToNVVMPipelineOptions>(
      "fusion-emulate-gpu",
      "Compile like fusion-to-nvvm down to tiled buffers, then run the "
      "thread blocks and threads as sequential loops on the CPU (checks the "
      "GPU tiling without a GPU); takes fusion-to-nvvm's options",
      buildFusionEmulateGPUPipeline, checkNVVMOptions);
}
