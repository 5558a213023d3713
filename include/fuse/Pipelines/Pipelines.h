//===- Pipelines.h - fuse pass pipelines ---------------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_PIPELINES_PIPELINES_H
#define FUSE_PIPELINES_PIPELINES_H

#include "fuse/Codegen/Passes.h"
#include "fuse/Transforms/Passes.h"
#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir {
class OpPassManager;

namespace fusion {

/// Options of the `fusion-to-linalg` pipeline.
struct FusionToLinalgPipelineOptions
    : public PassPipelineOptions<FusionToLinalgPipelineOptions> {
  PassOptions::Option<bool> fuse{
      *this, "fuse",
      llvm::cl::desc("Run the fusion passes after lowering to linalg"),
      llvm::cl::init(true)};
};

/// Options of the `fusion-to-llvm` pipeline.
struct FusionToLLVMPipelineOptions
    : public PassPipelineOptions<FusionToLLVMPipelineOptions> {
  PassOptions::Option<bool> fuse{
      *this, "fuse",
      llvm::cl::desc("Run the fusion passes; false builds the unfused "
                     "program with otherwise identical code generation"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> groups{
      *this, "groups",
      llvm::cl::desc("Form fusion groups (one per kernel; with fuse=false "
                     "one per op) and tile-and-fuse each"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> approximateMath{
      *this, "approximate-math",
      llvm::cl::desc("Replace every math function with an upstream polynomial "
                     "approximation (exp, log, tanh, erf, sin, cos, ...; "
                     "fusion-approximate-math): fastest, but without fuse's "
                     "full-range handling (subnormals, large sin/cos "
                     "arguments; docs/math.md)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> preciseMath{
      *this, "precise-math",
      llvm::cl::desc("Every math function is a libm call (scalar calls on "
                     "vectors: slow), bit-identical to upstream's reference "
                     "lowering. Default (false): exp, log, tanh and erf are "
                     "vectorizable approximations with a max ulp error held "
                     "over the whole f32 range "
                     "(fusion-approximate-math{bounded}); others call libm; "
                     "divisions by constants are a multiply and an FMA "
                     "correction (fusion-divide-by-constant; bit-identical "
                     "but for subnormal quotients)"),
      llvm::cl::init(false)};
  PassOptions::Option<int64_t> threads{
      *this, "threads",
      llvm::cl::desc("Threads running each group's outer tile loops (OpenMP; "
                     "needs libomp at run time); 1: sequential"),
      llvm::cl::init(1)};
  PassOptions::Option<bool> splitReductions{
      *this, "split-reductions",
      llvm::cl::desc("Reductions over rows with a small result (global "
                     "pools) in two steps, within each row then across "
                     "the rows, so that threads split them by rows "
                     "(fusion-split-reductions; sums reassociated)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> mergeParallelRegions{
      *this, "merge-parallel-regions",
      llvm::cl::desc("With threads > 1: consecutive kernels' parallel "
                     "regions share one fork and join of the thread team "
                     "(fusion-merge-parallel-regions)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> planBuffers{
      *this, "plan-buffers",
      llvm::cl::desc("Kernels' buffers in one allocation per call, at "
                     "offsets fixed at compile time, sharing bytes where "
                     "their live ranges do not overlap "
                     "(fusion-plan-buffers)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> channelsLast{
      *this, "channels-last",
      llvm::cl::desc("Compute NCHW convolutions in NHWC/HWCF between "
                     "transposes (fusion-conv-to-nhwc)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> pack{
      *this, "pack",
      llvm::cl::desc("Pack contraction operands into contiguous panels "
                     "(fusion-pack-contractions; constants at compile time)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> tileRows{
      *this, "tile-rows",
      llvm::cl::desc("Kernel tile along a group's second innermost parallel "
                     "loop (fusion-lower-groups' outer-tile)"),
      llvm::cl::init(8)};
  PassOptions::Option<int64_t> tileCols{
      *this, "tile-cols",
      llvm::cl::desc("Kernel tile along a group's innermost parallel loop "
                     "(fusion-lower-groups' inner-tile)"),
      llvm::cl::init(1024)};
  PassOptions::Option<bool> outlineKernels{
      *this, "outline-kernels",
      llvm::cl::desc("Each kernel (fusion group) becomes a private noinline "
                     "function `<func>_k<N>_<kind>_<op>` that perf and other "
                     "profilers name (fusion-lower-groups{outline}); for "
                     "profiling: a kernel's result is then a buffer of its "
                     "own"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> vectorize{
      *this, "vectorize",
      llvm::cl::desc("Tile linalg ops along their innermost parallel loop "
                     "and vectorize the tiles (fusion-vectorize); false "
                     "lowers every op to scalar loops"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("f32 elements per vector with vectorize (0: the "
                     "target's widest, from target-cpu and "
                     "target-features: 16 with AVX-512, 8 with AVX, else "
                     "4)"),
      llvm::cl::init(0)};
  PassOptions::Option<std::string> targetCpu{
      *this, "target-cpu",
      llvm::cl::desc("CPU to generate code for ('host' = this machine, '' = "
                     "LLVM's generic default)"),
      llvm::cl::init("host")};
  PassOptions::Option<std::string> targetFeatures{
      *this, "target-features",
      llvm::cl::desc("CPU features, e.g. '+avx2,+fma' ('host' = this "
                     "machine's, '' = none added)"),
      llvm::cl::init("host")};
};

/// Options of the `fusion-to-nvvm` pipeline.
struct FusionToNVVMPipelineOptions
    : public PassPipelineOptions<FusionToNVVMPipelineOptions> {
  PassOptions::Option<bool> fuse{
      *this, "fuse",
      llvm::cl::desc("Run the fusion passes and form fusion groups (one "
                     "kernel each); false makes every op its own kernel"),
      llvm::cl::init(true)};
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("GPU architecture, e.g. sm_90"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> features{
      *this, "features",
      llvm::cl::desc("PTX features; sm_90 needs +ptx80 or newer"),
      llvm::cl::init("+ptx80")};
  PassOptions::Option<int64_t> optLevel{
      *this, "opt-level", llvm::cl::desc("LLVM optimization level (0-3)"),
      llvm::cl::init(3)};
  PassOptions::Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Kernel object format: isa (PTX text, no CUDA needed), "
                     "bin or fatbin (need ptxas)"),
      llvm::cl::init("isa")};
  PassOptions::Option<std::string> dumpDir{
      *this, "dump-dir",
      llvm::cl::desc("If set, write each kernel module's object there "
                     "(<name>.ptx for isa)"),
      llvm::cl::init("")};
  PassOptions::Option<std::string> libdevice{
      *this, "libdevice",
      llvm::cl::desc("libdevice bitcode linked into the kernels for math "
                     "functions not approximated in arith ('auto': "
                     "$CUDA_ROOT, $CUDA_HOME, $CUDA_PATH or /usr/local/cuda, "
                     "if found; '': none)"),
      llvm::cl::init("auto")};
  PassOptions::Option<int64_t> blockRows{
      *this, "block-rows",
      llvm::cl::desc("Tile of a group's second innermost parallel loop per "
                     "thread block (largest divisor up to this)"),
      llvm::cl::init(8)};
  PassOptions::Option<int64_t> blockCols{
      *this, "block-cols",
      llvm::cl::desc("Tile of a group's innermost parallel loop per thread "
                     "block (largest divisor up to this)"),
      llvm::cl::init(32)};
  PassOptions::Option<int64_t> threadElements{
      *this, "thread-elements",
      llvm::cl::desc("In kernels of all-parallel ops (elementwise, "
                     "broadcasts, transposes): contiguous elements per thread "
                     "along the innermost loop, loaded and stored as one "
                     "vector (up to 4 x f32 = ld.global.v4), in blocks of "
                     "block-cols x block-rows threads; 1: one element per "
                     "thread"),
      llvm::cl::init(4)};
  PassOptions::Option<bool> sharedMemoryContractions{
      *this, "shared-memory-contractions",
      llvm::cl::desc("Contraction groups (matmul, batch matmul, NHWC "
                     "convolutions as implicit GEMM, and their elementwise "
                     "epilogues) compute 64x64 result blocks (128x128 where "
                     "there are enough of them), copying operand slices "
                     "into shared memory, 4x4 (8x8) results per thread; "
                     "false: one result per thread like other groups"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> channelsLast{
      *this, "channels-last",
      llvm::cl::desc("With shared-memory-contractions: compute NCHW "
                     "convolutions (and depthwise convolutions and pools) "
                     "in NHWC between transposes (fusion-conv-to-nhwc, then "
                     "fusion-propagate-transposes), so that convolutions "
                     "are implicit-GEMM kernels"),
      llvm::cl::init(true)};
  PassOptions::Option<std::string> precision{
      *this, "precision",
      llvm::cl::desc("With shared-memory-contractions: f32 (default) "
                     "computes contractions in f32 on the FMA units; tf32 "
                     "computes f32 matmuls on tensor cores (mma.sync), "
                     "their operands rounded to TF32 (10 mantissa bits), "
                     "accumulating in f32"),
      llvm::cl::init("f32")};
  PassOptions::Option<bool> splitK{
      *this, "split-k",
      llvm::cl::desc("With shared-memory-contractions: a matmul whose blocks "
                     "would leave half the multiprocessors or more idle has "
                     "its reduction split into parts, computed as a batch "
                     "of partial products and summed by the epilogue's "
                     "kernel (fusion-gpu-prepare-contractions); false: "
                     "never"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> narrowTiles{
      *this, "narrow-tiles",
      llvm::cl::desc("With shared-memory-contractions: a matmul whose blocks "
                     "would leave half the multiprocessors or more idle, "
                     "and that split-K does not split, gets "
                     "narrower blocks (down to 32x32) while that gives more "
                     "blocks in one wave; false: never"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> copyStages{
      *this, "copy-stages",
      llvm::cl::desc("Shared-memory buffers that a contraction kernel's "
                     "operand copies are pipelined over (cp.async: the "
                     "copies of later reduction steps are in flight while "
                     "one step computes); 0 or 1: one buffer, copy then "
                     "compute"),
      llvm::cl::init(3)};
  PassOptions::Option<bool> rowReductions{
      *this, "row-reductions",
      llvm::cl::desc("Groups that reduce rows along the innermost loop and "
                     "use the results on the same rows (softmax, layer "
                     "norm): one thread block per row, each thread a "
                     "strided slice of the row in registers, the "
                     "reductions combined with warp shuffles "
                     "(gpu.all_reduce); false: one result element per "
                     "thread, each recomputing its row's reductions"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> checkKernelOperands{
      *this, "check-kernel-operands",
      llvm::cl::desc("Reject host memory passed to a kernel at compile time "
                     "(fusion-gpu-check-kernel-operands); false only to test "
                     "the emulation's run-time check"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> unsafeHostStackBuffers{
      *this, "unsafe-host-stack-buffers",
      llvm::cl::desc("Test hook: small host buffers on the host stack, as "
                     "fuse did before issue 16, so that kernels receive host "
                     "pointers; for the mutation tests of the checks"),
      llvm::cl::init(false)};
};

/// Builds `fusion-to-nvvm`: fusion -> linalg (fused when `fuse`) -> fusion
/// groups -> each group tiled to thread blocks and threads with its other
/// ops fused in -> bufferization -> one `gpu.launch_func` + `gpu.module` per
/// group -> NVVM -> `gpu-module-to-binary` (PTX with format=isa), and the
/// host code in the LLVM dialect (`mgpu*` runtime calls). Math functions are
/// approximated in arith, so kernels need no libdevice.
void buildFusionToNVVMPipeline(OpPassManager &pm,
                               const FusionToNVVMPipelineOptions &options);

/// Builds `fusion-emulate-gpu`: fusion-to-nvvm's code generation down to
/// tiled and vectorized buffers (thread blocks, threads, shared-memory
/// copies, in the default memory space), then the blocks and threads as
/// sequential loops lowered for the CPU like fusion-to-llvm. Runs the GPU
/// kernels' tiling where no GPU is at hand, to check its results.
void buildFusionEmulateGPUPipeline(OpPassManager &pm,
                                   const FusionToNVVMPipelineOptions &options);

/// Adds the CPU lowering of fusion-to-llvm after bufferization: loops,
/// vectors, memrefs to the LLVM dialect, the target CPU attached. With
/// `gpuRuntime` (fusion-emulate-gpu), the host's gpu ops become calls to the
/// `mgpu*` runtime, and constants are read from the runtime's uploads.
void buildLowerToLLVMStage(OpPassManager &pm,
                           const FusionToLLVMPipelineOptions &options,
                           bool gpuRuntime = false);

/// Adds kernel formation: fusion groups (one per op unless `fuse`), each
/// compiled as one loop nest by fusion-lower-groups with `lowerOptions`,
/// then canonicalize and CSE.
void buildKernelFormationStage(
    OpPassManager &pm, bool fuse,
    const FusionLowerGroupsPassOptions &lowerOptions);

/// Adds one-shot bufferization (function boundaries, identity layouts), the
/// buffer deallocation pipeline and the lowering of bufferization ops to
/// memref. Small static buffers (up to 1 KB) become allocas: with
/// `kernelStack`, those inside kernels (per-thread temporaries of GPU
/// kernels); with `hostStack`, those of host code (the bug of issue 16, kept
/// as a test hook: kernels then receive host pointers). With `hoistBuffers`,
/// tile temporaries are allocated once in front of their sequential loops
/// (fusion-hoist-loop-buffers; the CPU pipeline).
/// With `pipelineCopies`, the shared-memory copies of contraction kernels
/// are pipelined (fusion-gpu-pipeline-copies, `asyncCopies` as cp.async).
void buildBufferizationStage(OpPassManager &pm, bool kernelStack = false,
                             bool hostStack = false, bool hoistBuffers = false,
                             bool pipelineCopies = false,
                             bool asyncCopies = false);

/// The path of CUDA's libdevice.10.bc under $CUDA_ROOT, $CUDA_HOME,
/// $CUDA_PATH or /usr/local/cuda, or "" if none has it.
std::string findLibdevice();

/// Builds `fusion-to-llvm`: fusion -> linalg on tensors -> (fusion passes when
/// `fuse`) -> bufferization -> loops -> LLVM dialect, with the target CPU
/// attached. The result is ready for `mlir-translate --mlir-to-llvmir`,
/// `mlir-runner` and `fuse-run`. Runs on a `builtin.module`.
void buildFusionToLLVMPipeline(OpPassManager &pm,
                               const FusionToLLVMPipelineOptions &options);

/// Builds `fusion-to-linalg`, the first stage of `fusion-to-llvm`: fusion ->
/// linalg on tensors, then the fusion passes when `fuse` is set. Its output is
/// the fused (or unfused) program on tensors, before any code generation.
void buildFusionToLinalgPipeline(OpPassManager &pm,
                                 const FusionToLinalgPipelineOptions &options);

/// Parses a textual pipeline into `pm`, a pass manager anchored on
/// builtin.module, with or without an enclosing `builtin.module(...)` (which
/// parsePassPipeline would otherwise nest one level too deep, so the passes
/// silently run on nothing). Parse errors go to `errors`.
LogicalResult parseModulePipeline(StringRef pipeline, OpPassManager &pm,
                                  llvm::raw_ostream &errors);

/// Registers the fuse pipelines (`fusion-to-linalg`, `fusion-to-llvm`) with
/// the global registry.
void registerFusionPipelines();

} // namespace fusion
} // namespace mlir

#endif // FUSE_PIPELINES_PIPELINES_H
