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

#include "fuse/Codegen/Passes.h"
#include "fuse/Conversion/Passes.h"
#include "fuse/Pipelines/Pipelines.h"
#include "fuse/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/Transforms/OptimizeForNVVM.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"
#include <cstdlib>

using namespace mlir;
using namespace mlir::fusion;

std::string mlir::fusion::findLibdevice() {
  SmallVector<std::string> roots;
  for (const char *var : {"CUDA_ROOT", "CUDA_HOME", "CUDA_PATH"})
    if (const char *value = std::getenv(var))
      roots.push_back(value);
  roots.push_back("/usr/local/cuda");
  for (const std::string &root : roots) {
    SmallString<128> path(root);
    llvm::sys::path::append(path, "nvvm", "libdevice", "libdevice.10.bc");
    if (llvm::sys::fs::exists(path))
      return std::string(path);
  }
  return "";
}

/// Fusion to linalg, then kernels (one per group) tiled to blocks and
/// threads, math approximated in arith. `workgroupMemory`: the
/// shared-memory copies of contraction kernels are in the GPU's workgroup
/// memory space (else the default one).
static void buildGPUTilingStage(OpPassManager &pm,
                                const FusionToNVVMPipelineOptions &options,
                                bool workgroupMemory) {
  // The target that code generation reads (#fusion.target).
  FusionSetTargetPassOptions targetOptions;
  targetOptions.backend = "gpu";
  targetOptions.arch = options.chip;
  targetOptions.features = options.features;
  pm.addPass(createFusionSetTargetPass(targetOptions));
  FusionToLinalgPipelineOptions linalgOptions;
  linalgOptions.fuse = options.fuse;
  buildFusionToLinalgPipeline(pm, linalgOptions);
  if (options.channelsLast && options.sharedMemoryContractions) {
    // NCHW convolutions in NHWC, the kernels' implicit-GEMM layout; between
    // convolutions the activations stay NHWC.
    pm.addPass(createFusionConvToNhwcPass());
    pm.addPass(createFusionPropagateTransposesPass());
  }

  FusionLowerGroupsPassOptions lowerOptions;
  lowerOptions.threadTiles = true;
  lowerOptions.innerTile = options.blockCols;
  lowerOptions.outerTile = options.blockRows;
  lowerOptions.threadElements = options.threadElements;
  lowerOptions.sharedMemoryContractions = options.sharedMemoryContractions;
  lowerOptions.rowReductions = options.rowReductions;
  lowerOptions.copyStages = options.copyStages;
  lowerOptions.precision = options.precision;
  lowerOptions.splitReduction = options.splitK;
  lowerOptions.narrowTiles = options.narrowTiles;
  lowerOptions.workgroupMemory = workgroupMemory;
  buildKernelFormationStage(pm, options.fuse, lowerOptions);
  // Before the math approximations, whose no-libdevice rewrite turns its
  // math.fma into fma.rn.
  pm.addPass(createFusionDivideByConstantPass());
  FusionApproximateMathPassOptions mathOptions;
  mathOptions.noLibdevice = true;
  pm.addPass(createFusionApproximateMathPass(mathOptions));
  // Kernels write into padded buffers (filled whole by one kernel) and
  // concatenations: no copy kernels.
  FusionWriteInPlacePassOptions inPlaceOptions;
  inPlaceOptions.borderOnly = false;
  pm.addPass(createFusionWriteInPlacePass(inPlaceOptions));
}

/// The kernels' vector ops as 1-D loads, stores and FMAs (the emulation runs
/// it too, so that its results are checked).
static void buildGPUVectorLoweringStage(OpPassManager &pm) {
  pm.addPass(createFusionGPULowerVectorsPass());
  pm.addPass(createConvertVectorToSCFPass(
      VectorTransferToSCFOptions().enableFullUnroll().setTargetRank(1)));
  pm.addPass(createFusionGPULowerVectorsPass());
}

/// After gpu-kernel-outlining (or, in the emulation, on the loop kernels):
/// the memory model checked, and every call's work on one stream, which the
/// call does not wait for.
static void buildGPUHostStage(OpPassManager &pm,
                              const FusionToNVVMPipelineOptions &options) {
  if (options.checkKernelOperands)
    pm.addPass(createFusionGPUCheckKernelOperandsPass());
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  pm.addNestedPass<func::FuncOp>(createFusionGPUDeferSyncPass());
}

void mlir::fusion::buildFusionEmulateGPUPipeline(
    OpPassManager &pm, const FusionToNVVMPipelineOptions &options) {
  buildGPUTilingStage(pm, options, /*workgroupMemory=*/false);
  // Per-thread temporaries stay on the heap: the stack would grow with
  // every emulated thread.
  buildBufferizationStage(pm, /*kernelStack=*/false,
                          options.unsafeHostStackBuffers,
                          /*hoistBuffers=*/false, /*pipelineCopies=*/true,
                          /*asyncCopies=*/false);
  // A block's reductions across its threads: the thread loop split there.
  pm.addNestedPass<func::FuncOp>(createFusionGPUEmulateAllReducePass());
  // Tensor-core tiles' operands rounded as on the GPU.
  pm.addNestedPass<func::FuncOp>(createFusionGPUEmulateTF32Pass());
  buildGPUVectorLoweringStage(pm);
  // The host side as on the GPU: device allocations from the runtime (the
  // emulator's, which records them), every kernel's pointers checked
  // against them at run time.
  pm.addNestedPass<func::FuncOp>(createFusionGPUDeviceBuffersPass());
  pm.addPass(createFusionGPUCheckKernelPointersPass());
  buildGPUHostStage(pm, options);
  // Blocks, and the threads of each phase of a block, one after another:
  // what a GPU runs between two barriers.
  pm.addNestedPass<func::FuncOp>(createForallToForLoopPass());
  buildLowerToLLVMStage(pm, FusionToLLVMPipelineOptions(),
                        /*gpuRuntime=*/true);
}

/// Whether the chip `sm_NN[a]` has cp.async (sm_80 and later).
static bool hasAsyncCopies(StringRef chip) {
  unsigned version = 0;
  return chip.consume_front("sm_") &&
         !chip.take_while(llvm::isDigit).getAsInteger(10, version) &&
         version >= 80;
}

void mlir::fusion::buildFusionToNVVMPipeline(
    OpPassManager &pm, const FusionToNVVMPipelineOptions &options) {
  pm.addPass(createFusionGPUCheckTypesPass());
  buildGPUTilingStage(pm, options, /*workgroupMemory=*/true);

  // Buffers; per-thread temporaries on the stack.
  buildBufferizationStage(pm, /*kernelStack=*/true,
                          options.unsafeHostStackBuffers,
                          /*hoistBuffers=*/false, /*pipelineCopies=*/true,
                          /*asyncCopies=*/hasAsyncCopies(options.chip));

  // Contraction kernels: their block and thread foralls become a gpu.launch,
  // thread ids and barriers; shared-memory buffers workgroup attributions.
  pm.addNestedPass<func::FuncOp>(createFusionGPUMapForallPass());
  // Warp tiles of tensor-core kernels: nvgpu.mma.sync (TF32).
  pm.addNestedPass<func::FuncOp>(createFusionGPUMmaSyncPass());

  // Other tiles to blocks and threads, then kernels.
  pm.addNestedPass<func::FuncOp>(createForallToParallelLoopPass());
  // Host buffers on the device; host ops on buffers become kernels.
  pm.addNestedPass<func::FuncOp>(createFusionGPUDeviceBuffersPass());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  // The innermost loop on x: neighbouring threads of a warp touch
  // neighbouring elements of the innermost (contiguous) dimension, so their
  // loads and stores coalesce.
  GpuMapParallelLoopsPassOptions mapOptions;
  mapOptions.mappingPolicyStr = "innermost-first";
  pm.addNestedPass<func::FuncOp>(createGpuMapParallelLoopsPass(mapOptions));
  pm.addPass(createConvertParallelLoopToGpuPass());
  // Constants (scalars and vectors) and index computations into the
  // kernels, so that they are not passed as kernel arguments.
  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  buildGPUHostStage(pm, options);
  // The kernels' vector ops (tiles of 4x4, vectors of 4) as 1-D loads,
  // stores and FMAs; after the last canonicalization, which would fold
  // some of them back into n-D ops.
  buildGPUVectorLoweringStage(pm);

  // NVVM for the kernels, with libdevice linked when found (for the math
  // functions fusion-approximate-math leaves, such as sqrt).
  pm.addPass(createSCFToControlFlowPass());
  // Row reductions across a block: warp shuffles and shared memory.
  pm.addNestedPass<gpu::GPUModuleOp>(createFusionGPULowerAllReducePass());
  // cp.async (fusion-gpu-pipeline-copies) as NVVM.
  pm.addPass(createConvertNVGPUToNVVMPass());
  pm.addPass(createConvertNVVMToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features;
  target.optLevel = options.optLevel;
  std::string libdevice = options.libdevice == "auto"
                              ? findLibdevice()
                              : std::string(options.libdevice);
  if (!libdevice.empty())
    target.linkLibs.push_back(libdevice);
  pm.addPass(createGpuNVVMAttachTarget(target));
  pm.addPass(createLowerAffinePass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createStripDebugInfoPass());
  // What the canonicalizations since folded back into n-D vector ops (a
  // transposing copy's shape casts), 1-D again.
  pm.addNestedPass<gpu::GPUModuleOp>(createFusionGPULowerVectorsPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createConvertGpuOpsToNVVMOps());
  pm.addNestedPass<gpu::GPUModuleOp>(LLVM::createNVVMOptimizeForTargetPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createCanonicalizerPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createCSEPass());
  pm.addNestedPass<gpu::GPUModuleOp>(createReconcileUnrealizedCastsPass());

  // Host code (mgpu* runtime calls) and the kernel objects.
  pm.addPass(createGpuToLLVMConversionPass());
  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = options.format;
  pm.addPass(createGpuModuleToBinaryPass(binary));
  pm.addPass(createFusionGPUUploadConstantsPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  FusionSetTargetPassOptions removeTarget;
  removeTarget.remove = true;
  pm.addPass(createFusionSetTargetPass(removeTarget));
  FusionDumpGPUBinariesPassOptions dump;
  dump.dir = options.dumpDir;
  pm.addPass(createFusionDumpGPUBinariesPass(dump));
}
