//===- Codegen.h - Per-group code generation ----------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Code generation of fusion groups, as IREE's Codegen is built: a strategy
// (selectLoweringConfig; CPU and GPU in lib/Codegen/CPU and lib/Codegen/GPU)
// chooses a #fusion.lowering_config per group from the target description
// (#fusion.target); lowerGroupWithConfig (lib/Codegen/Common) then tiles the
// group as the config says, with the GPU's thread levels in lib/Codegen/GPU.
// The CPU's register tiles and packed operands (lib/Codegen/CPU) and the
// GPU's kernels from thread tiles to launches (lib/Codegen/GPU) follow.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CODEGEN_CODEGEN_H
#define FUSE_CODEGEN_CODEGEN_H

#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>
#include <string>

namespace mlir {
namespace fusion {

//===----------------------------------------------------------------------===//
// Kernel formation (lib/Codegen/Common/FormGroups.cpp)
//===----------------------------------------------------------------------===//

/// Limits of kernel formation.
struct GroupFormationOptions {
  /// Every op its own group (the unfused baseline).
  bool singletons = false;
  /// Most linalg ops in one group.
  int64_t maxOps = 16;
  /// Merge sibling elementwise ops reading a common input into one
  /// multi-result op, a `horizontal` group.
  bool horizontal = true;
};

/// Merges `ops` (elementwise linalg.generic ops with one result written in
/// order, the same static iteration space, in one block, none reading what
/// another computes) into one linalg.generic with all their results, at the
/// first one's place; inputs they share (same value, same map) are read
/// once. Fails, changing nothing, otherwise.
FailureOr<linalg::GenericOp>
mergeSiblingElementwiseOps(RewriterBase &rewriter,
                           ArrayRef<linalg::GenericOp> ops);

/// Moves `ops` (linalg ops on tensors in one block) into one fusion.group of
/// `kind`, placed where the last of them was: values they use from outside
/// become inputs (constants and static empty tensors are cloned in), their
/// results used outside become the group's results. Fails, changing
/// nothing, if a result is used before the last op or none is used.
FailureOr<GroupOp> createFusionGroup(RewriterBase &rewriter,
                                     ArrayRef<Operation *> ops, GroupKind kind);

/// Moves the ops of `group`'s body that compute the value of `operand` (an
/// operand of an op in the body) into a new group of `kind` before `group`:
/// they are cloned before it (the body's arguments replaced by the group's
/// inputs), the linalg ops among them form the new group
/// (createFusionGroup), and `group` takes its result as a new input in
/// place of the value; the originals left unused are erased. Fails,
/// changing nothing, when the value is not computed in the body, when a
/// linalg op of the slice is used outside it other than by `operand` or is
/// not on tensors with one result, when `canMove` (if given) rejects one, or
/// when another op of the slice is not pure or reads a linalg op's result.
FailureOr<GroupOp>
hoistOperandIntoGroup(RewriterBase &rewriter, GroupOp group, OpOperand &operand,
                      GroupKind kind,
                      function_ref<bool(linalg::LinalgOp)> canMove = {});

/// Partitions `block`'s linalg ops on tensors into fusion.group ops: a
/// contraction, convolution or reduction root with its private elementwise
/// producers and its chain of single-use elementwise consumers; then chains
/// of elementwise ops; then single ops. Returns the groups formed.
FailureOr<SmallVector<GroupOp>>
formFusionGroups(RewriterBase &rewriter, Block &block,
                 const GroupFormationOptions &options = {});

/// Inlines `group`'s body in its place.
LogicalResult dissolveFusionGroup(RewriterBase &rewriter, GroupOp group);

/// Moves `group`'s body into a new private function, inserted before the
/// function that holds the group, and calls it in the group's place. The
/// function is named `name` (made unique in `symbolTable`, the table of the
/// module that holds the group) and marked `noinline` for LLVM, so that a
/// profiler attributes the kernel's time to it. Fails when the group is not
/// in a func.func.
FailureOr<func::FuncOp> outlineFusionGroup(RewriterBase &rewriter,
                                           GroupOp group, StringRef name,
                                           SymbolTable &symbolTable);

//===----------------------------------------------------------------------===//
// Strategy and tiling
//===----------------------------------------------------------------------===//

/// The largest divisor of `size` that is at most `limit`, or 1.
int64_t getLargestDivisorAtMost(int64_t size, int64_t limit);

/// Tiles of a contraction's GPU kernel in shared memory (upper bounds: the
/// sizes used are the largest divisors of the loop ranges up to these).
/// The attribute on a contraction kernel's reduction loop (scf.for) that
/// asks fusion-gpu-pipeline-copies to pipeline its shared-memory copies
/// over that many buffers (an integer, 2 or more).
constexpr llvm::StringLiteral kCopyStagesAttrName = "fusion.copy_stages";

/// The attribute on a warp's vector.contract of one TF32 mma.sync tile
/// (unrollToMmaTiles): fusion-gpu-mma-sync makes it nvgpu.mma.sync,
/// fusion-gpu-emulate-tf32 rounds its operands in the emulation.
constexpr llvm::StringLiteral kMmaSyncAttrName = "fusion.mma_sync";

/// `value` (a vector of f32) rounded to TF32 as cvt.rna.tf32.f32 does: to
/// the nearest value with 10 mantissa bits, ties away from zero, NaN kept;
/// in arith ops, so that it runs anywhere.
Value roundToTF32(OpBuilder &builder, Location loc, Value value);

/// Software-pipelines the shared-memory copies of a contraction kernel's
/// reduction loop `loop` (on buffers, its thread foralls not yet mapped)
/// over `stages` buffers: the buffers allocated in the loop become one of
/// `stages` slots, and the loop runs the copies of step i + stages - 1
/// before computing step i (scf::pipelineForLoop, prologue and epilogue
/// peeled). With `asyncCopies`, copies into the GPU's workgroup memory
/// become cp.async (nvgpu.device_async_copy) with a commit group per step
/// and a wait and a barrier before each step's computation; `asyncCount`,
/// if given, receives the number of cp.async per thread and step. Fails
/// (notifyMatchFailure) without changing anything when the loop does not
/// have that form; when scf::pipelineForLoop refuses the loop, fails with
/// the buffers multiplied and the copies made cp.async but not pipelined
/// (each step then waits for all its copies: still correct); an error is
/// emitted on the loop if the pipeliner fails after changing it.
FailureOr<scf::ForOp> pipelineSharedMemoryCopies(RewriterBase &rewriter,
                                                 scf::ForOp loop,
                                                 int64_t stages,
                                                 bool asyncCopies,
                                                 int64_t *asyncCount = nullptr);

struct GPUContractionTileOptions {
  /// Result rows and columns per thread block.
  int64_t blockRows = 64;
  int64_t blockCols = 64;
  /// Reduction elements per step (each step's operand slices are copied
  /// into shared memory, one vector per thread).
  int64_t blockK = 16;
  /// Iterations per block of the result's parallel loop outside its rows
  /// (the dimension before the last two: a convolution's output rows, a
  /// batch), each thread taking one; loops further out have one per block.
  int64_t blockOuter = 1;
  /// Result rows and columns per thread (a register tile).
  int64_t threadRows = 4;
  int64_t threadCols = 4;
  /// Elements per thread and copy (vector loads).
  int64_t vectorWidth = 4;
  /// Shared-memory buffers the operand copies are pipelined over (2 or
  /// more: the reduction loop is tagged kCopyStagesAttrName for
  /// fusion-gpu-pipeline-copies; 0 or 1: one buffer, copy then compute).
  int64_t stages = 0;
  /// Memory space of the operand copies (#gpu.address_space<workgroup> on
  /// the GPU; none when the tiling is run on the CPU).
  Attribute sharedMemorySpace;
  /// Tensor cores: each warp computes warpRows x warpCols of the block's
  /// product as kMmaM x kMmaN x kMmaK vector.contract tiles, which
  /// fusion-gpu-mma-sync makes nvgpu.mma.sync (TF32); the thread tiles are
  /// then the initializer's and the epilogue's only. 0: no tensor cores.
  int64_t warpRows = 0;
  int64_t warpCols = 0;
};

/// The tensor-core instruction shape of the contraction kernels: TF32
/// mma.sync.m16n8k8 (f32 operands rounded to TF32, f32 accumulators).
constexpr int64_t kMmaM = 16, kMmaN = 8, kMmaK = 8;

/// Makes the warp tiles of the kernel `launch` (vector.contract ops marked
/// kMmaSyncAttrName, after fusion-gpu-map-forall carried their
/// accumulators through the reduction loop) nvgpu.mma.sync: each lane
/// loads its fragments (A of shared memory with ldmatrix, B and C element
/// by element, on upstream's mma.m16n8k8 layouts), loops carry the
/// accumulator fragments, results are stored per lane, and the f32 A and B
/// fragments are rounded to TF32 (cvt.rna). Succeeds without change on a
/// kernel without marked tiles; emits an error where a kernel mixes them
/// with other contractions or a tile is not of that form.
LogicalResult convertWarpTilesToMmaSync(RewriterBase &rewriter,
                                        gpu::LaunchOp launch);

/// Whether the tensor-core tiles of `options` (warpRows x warpCols) apply to
/// the contraction `anchor`: f32 operands and result, not a convolution,
/// warp tiles and reduction steps of whole kMmaM x kMmaN x kMmaK tiles.
/// Succeeds trivially without them.
LogicalResult checkTensorCoreTiles(linalg::LinalgOp anchor,
                                   const GPUContractionTileOptions &options,
                                   std::string *reason = nullptr);

/// The row length (elements) that a tensor-core kernel's shared-memory tile
/// of `cols` f32 elements per row is allocated with: a multiple of 4 (rows
/// start 16-byte aligned, for cp.async) such that the 32 lanes of a warp
/// reading one mma.sync fragment hit 32 different banks. With the
/// reduction along the rows (`kInner`: A, lane (g, t) reads [g][t]) the
/// length is 4 times an odd number; with it down the columns (B stored
/// [k][n]: lane (g, t) reads [t][g]), 8 times an odd number.
int64_t getMmaSharedRowLength(int64_t cols, bool kInner);

/// Unrolls the one vector.contract of the warp forall `warps` (a warp's
/// tile of a contraction kernel's product), and the transfers that read its
/// operands and write its result, into tiles of one TF32 mma.sync each
/// (kMmaM x kMmaN x kMmaK; 1 on batch loops). Fails if the tile is not
/// made of whole such tiles or its operands are not read by transfers.
LogicalResult unrollToMmaTiles(RewriterBase &rewriter, scf::ForallOp warps);

/// The tile sizes getGPUContractionTiles chooses for one contraction.
struct GPUContractionTiles {
  int64_t blockRows, blockCols, blockOuter, blockK, threadRows, threadCols,
      threads;
  /// A warp's tile of the product on tensor cores (0: no tensor cores), and
  /// the warps.
  int64_t warpRows = 0, warpCols = 0, warps = 0;
};
GPUContractionTiles
getGPUContractionTiles(linalg::LinalgOp anchor,
                       const GPUContractionTileOptions &options);

/// The loops of `anchor` over the rows and the columns of its result (the
/// last two result dimensions), if its result map is a projected permutation.
std::optional<std::pair<int64_t, int64_t>>
getResultRowColLoops(linalg::LinalgOp anchor);

/// The last reduction loop of `op` (a kernel takes one reduction loop: its
/// steps run over this one), or -1 if it has none.
int64_t getLastReductionLoop(linalg::LinalgOp op);

/// The static extent of getLastReductionLoop(`op`); 1 without one.
int64_t getReductionExtent(linalg::LinalgOp op);

/// The loop of `anchor` over its result's dimension before the rows (see
/// getResultRowColLoops), if any.
std::optional<int64_t> getResultOuterLoop(linalg::LinalgOp anchor);

/// Whether `anchor` is a convolution that the contraction kernel computes as
/// an implicit GEMM (linalg.conv_2d_nhwc_hwcf of static shape): output
/// pixels are the rows, output channels the columns, and the reduction over
/// the filter's window and input channels runs as one loop of steps, each a
/// window position and blockK input channels.
bool isImplicitGemmConvolution(linalg::LinalgOp anchor);

/// The most elements a reduction in a thread-vector kernel reduces per
/// result (see isVectorThreadOp).
constexpr int64_t kMaxVectorThreadReduction = 64;

/// Whether a gpu_threads kernel may give each thread a vector of `op`'s
/// elements: its innermost loop parallel, its reduction loops (if any)
/// static and reducing at most kMaxVectorThreadReduction elements per
/// result (each thread reduces that many vectors: the parts of a split
/// reduction, an ensemble's branches), no element smaller than a byte (a
/// vector of i1 is stored as packed bits, a memref of i1 holds a byte per
/// element).
bool isVectorThreadOp(Operation &op);

/// Whether the contraction `anchor` of a group whose result `root` computes
/// (`anchor` itself or an elementwise epilogue of it) can be tiled by
/// promoteContractionOperands with `options`; `reason` says why not.
LogicalResult
canTileContractionCooperatively(linalg::LinalgOp anchor, linalg::LinalgOp root,
                                const GPUContractionTileOptions &options = {},
                                std::string *reason = nullptr);

/// Folds the data movement producing operands of the contraction `anchor`
/// (a transpose of the weights, a broadcast, a copy: one input, the body
/// yields it) into its indexing maps: the contraction (generalized) reads
/// the copy's input directly. Returns the new contraction.
FailureOr<linalg::LinalgOp>
foldOperandCopiesIntoContraction(RewriterBase &rewriter,
                                 linalg::LinalgOp anchor);

/// Makes a contraction `anchor` that accumulates into a tensor C (an initial
/// value not computed elementwise, e.g. an ensemble branch's result that
/// the next branch's product is added to) accumulate from zero, and adds C
/// in its elementwise epilogue `root` (a new one if `root` is `anchor`), as
/// IREE's ConvertAccGEMMToGEMM does: the product then starts in registers.
/// Floating-point sums are reassociated (C + sum rather than sum from C).
/// Only where the result can then be tiled by promoteContractionOperands
/// with `options`. Returns the new (anchor, root).
FailureOr<std::pair<linalg::LinalgOp, linalg::LinalgOp>>
separateAccumulatorInit(RewriterBase &rewriter, linalg::LinalgOp anchor,
                        linalg::LinalgOp root,
                        const GPUContractionTileOptions &options = {});

/// The promotion step of a contraction's GPU kernel, given one thread
/// block's tile of it (`anchor`) and of the group's result (`root`): the
/// accumulator is initialized in the block's output tile; the reduction
/// runs in steps of blockK (for a convolution, isImplicitGemmConvolution:
/// one loop over the window positions and blockK input channels, each step
/// a linalg.contract of a strided slice of the input by a slice of the
/// filter), each copying its operand slices into a buffer in
/// `sharedMemorySpace` (an operand stored [..][n][k] transposed to
/// [..][k][n]; rows padded for tensor cores); the epilogue runs in place on
/// the accumulator. Every op of the thread level is then marked with its
/// tile (setThreadTile): the copies a vector per thread (consecutive
/// threads along the source's rows), the product threadRows x threadCols
/// per thread (warpRows x warpCols per warp on tensor cores), the
/// initializer and the epilogue threadRows x threadCols per thread. The
/// reduction loop is tagged kCopyStagesAttrName with `stages` (2 or more).
LogicalResult
promoteContractionOperands(RewriterBase &rewriter, linalg::LinalgOp anchor,
                           linalg::LinalgOp root,
                           const GPUContractionTileOptions &options = {});

/// The thread level of a GPU kernel as marks on its ops (set by
/// promoteContractionOperands or by hand, read by tileMarkedOpsToThreads):
/// kThreadTileAttrName (one thread per tile) or kWarpTileAttrName (one
/// warp per tile) holds an op's tile size per loop, 0 where the loop is
/// not tiled (array<i64>); kThreadTileFastestAttrName, if present, the
/// loop whose tiles go to consecutive threads (linear id 0; by default the
/// innermost tiled loop).
constexpr llvm::StringLiteral kThreadTileAttrName = "fusion.thread_tile";
constexpr llvm::StringLiteral kWarpTileAttrName = "fusion.warp_tile";
constexpr llvm::StringLiteral kThreadTileFastestAttrName =
    "fusion.thread_tile_fastest";

/// Marks `op` to be tiled by `sizes` (one per loop, 0: untiled) for one
/// thread (or, with `warps`, one warp) per tile, with loop `fastest` (if
/// not negative) on consecutive threads.
void setThreadTile(RewriterBase &rewriter, Operation *op,
                   ArrayRef<int64_t> sizes, int64_t fastest = -1,
                   bool warps = false);

/// Removes `op`'s thread-tile marks, if any.
void clearThreadTile(RewriterBase &rewriter, Operation *op);

/// Leaves `group`'s thread level unbuilt after one of its steps failed: the
/// thread-tile marks left in it removed, its block forall no longer mapped
/// to GPU blocks (so that it is not launched as a kernel half made; the
/// foralls run as loops).
void abandonThreadLevel(RewriterBase &rewriter, GroupOp group);

/// Checks the thread-tile marks of the ops in `scope` (an array<i64> of
/// one non-negative size per loop of a TilingInterface op, one of
/// kThreadTileAttrName and kWarpTileAttrName, a fastest loop among the
/// tiled ones), with an error on the first that is not so.
LogicalResult verifyThreadTiles(Operation *scope);

/// Tiles each op in `scope` marked with a thread tile (verifyThreadTiles)
/// into an scf.forall over linear GPU thread ids (warp ids for
/// kWarpTileAttrName): the fastest loop on linear_dim_0, the other tiled
/// loops innermost first after it. The marks are removed. Returns the tiled
/// ops; fails, with the reason given to the rewriter's listener, where an
/// op does not tile.
FailureOr<SmallVector<Operation *>>
tileMarkedOpsToThreads(RewriterBase &rewriter, Operation *scope);

/// The vectorization step of a GPU kernel (fusion-gpu-vectorize): every
/// linalg op in an scf.forall over threads or warps in `group` (or in an
/// unmapped forall nested in another: gpu_threads' threads) is
/// vectorized (linalg::vectorize at its static shape) where it can be.
/// With `matmulTiles` (a contraction kernel), a contraction's tile that is a
/// matmul but for unit loops (a split reduction's part) becomes
/// linalg.matmul first, which vectorizes to vector.contract (FMAs); a
/// warp's tile is unrolled into tiles of one mma.sync each
/// (unrollToMmaTiles). Fails, with the reason given to the rewriter's
/// listener, where a warp's tile does not unroll so.
LogicalResult vectorizeThreadTiles(RewriterBase &rewriter, GroupOp group,
                                   bool matmulTiles);

/// Tile sizes of per-group code generation.
struct GroupCodegenOptions {
  /// Tile of the innermost parallel loop (the largest divisor up to this).
  int64_t innerTile = 1024;
  /// Tile of the next parallel loop out; further ones are tiled by 1.
  int64_t outerTile = 8;
  /// When the group's contraction reads a packing copy of its weights
  /// broadcast along its rows, the copy is computed once per tile of up to
  /// this many panels (loops tiled by 1 otherwise), the rows tiled inside.
  int64_t packPanels = 4;
  /// Tile loops as scf.forall (parallel) instead of scf.for.
  bool forall = false;
  /// CPU threads that run the forall tiles: a group with fewer tiles and
  /// enough work for that many threads gets a loop split into more tiles
  /// (splitTilesForThreads). 0 or 1: never.
  int64_t threads = 0;
  /// A second level of scf.forall tiles, one element of the root each (GPU
  /// threads within a block tile); implies `forall`.
  bool threadTiles = false;
  /// With `threadTiles`, in a group whose ops are all parallel (elementwise,
  /// broadcasts, transposes: memory-bound kernels): each thread computes up
  /// to this many contiguous elements of the innermost parallel loop (a
  /// power of two dividing its block tile), as one vector, and the block
  /// tile along that loop grows to keep innerTile x outerTile threads
  /// (widenBlockForThreadVectors). 1: one element per thread.
  int64_t threadElements = 1;
  /// With `threadTiles`: contraction groups become kernels in shared
  /// memory instead (promoteContractionOperands; thread blocks of
  /// `contractionTiles.blockRows` x `blockCols`), where it applies.
  bool sharedMemoryContractions = false;
  GPUContractionTileOptions contractionTiles;
  /// With `threadTiles`: a group that reduces rows along the innermost loop
  /// and uses the results on the same rows (softmax, layer norm) becomes a
  /// kernel of one thread block per row (tileRowReductionGroup), where it
  /// applies.
  bool rowReductions = false;
  /// With `sharedMemoryContractions`: f32 contractions on tensor cores, in
  /// TF32 (warp tiles of mma.sync; contractionTiles' warpRows x warpCols).
  bool tensorCores = false;
  /// Why the strategy left a contraction off tensor cores (for its remark).
  std::string tensorCoreRefusal;
  /// Why the GPU strategy chose narrower contraction tiles than the
  /// defaults (empty if it did not), for its remark.
  std::string narrowedTiles;
  /// With `sharedMemoryContractions`: prepareGPUContractionGroup splits the
  /// reduction of a contraction whose blocks leave half the
  /// multiprocessors or more idle (split-K; fusion-gpu-prepare-contractions
  /// says when).
  bool splitReduction = false;
  /// With `splitReduction`: the shortest part (a multiple of 16).
  int64_t splitReductionMinPart = 256;
  /// With `sharedMemoryContractions`: a matmul whose blocks would leave half
  /// the multiprocessors or more idle, and whose reduction has no two parts
  /// of `splitReductionMinPart` (so that split-K does not apply), gets
  /// narrower blocks, down to 32x32.
  bool narrowTiles = false;
};

/// The tile sizes of `root`'s loops for `options`: reductions untiled.
SmallVector<int64_t> getGroupTileSizes(linalg::LinalgOp root,
                                       const GroupCodegenOptions &options);

/// For GPU thread tiles of several elements (`options.threadElements`):
/// with `sizes` the block tiles of `root`'s loops, picks the elements per
/// thread, the largest power of two up to threadElements that divides the
/// innermost parallel loop, and widens that loop's tile to hold up to
/// innerTile threads of those elements per row of the next loop's tile, more
/// where that tile has fewer than outerTile rows (a 1-D op: up to
/// innerTile x outerTile threads), so that a block never has more threads
/// than innerTile x outerTile. Returns the loop and the elements per thread
/// (at least 2), or nullopt with `sizes` unchanged.
std::optional<std::pair<int64_t, int64_t>>
widenBlockForThreadVectors(linalg::LinalgOp root,
                           const GroupCodegenOptions &options,
                           MutableArrayRef<int64_t> sizes);

/// Vectorizes `op` (linalg::vectorize at its static shape) where it can,
/// replacing it; otherwise leaves it as it is. Returns the values that now
/// stand for its results (its own results if it was left).
SmallVector<Value> vectorizeIfPossible(RewriterBase &rewriter, Operation *op);

/// With `sizes` the tiles of `root`'s loops in `group` (0: untiled): when
/// they make fewer than `threads` tiles though the group's ops run at least
/// 8192 iterations per thread, divides the tiled parallel loop with the
/// largest tile by the smallest factor that makes `threads` tiles or more.
/// First choice: a count of tiles that the threads share evenly (the last
/// round at least 90% full) and tiles of 32 elements or more, a multiple of
/// 8 if one is; then, the factor that leaves tiles of a multiple of 8
/// elements (of any size if no factor up to 4x the one needed does). When
/// the tiles are `threads` or more but not shared evenly (7 rows on two
/// threads), divides a loop further only into such an even count, with the
/// same first choice. Returns the loop divided and its new tile, or nullopt
/// when `sizes` is left as it was.
std::optional<std::pair<int64_t, int64_t>>
splitTilesForThreads(GroupOp group, linalg::LinalgOp root, int64_t threads,
                     MutableArrayRef<int64_t> sizes);

/// The strategy: chooses how `group` is lowered for `options` (a CPU or a
/// GPU pipeline, tile sizes per level). For a GPU contraction kernel in
/// shared memory it first puts the group in the form that kernel needs
/// (operand copies folded into the contraction's maps, an accumulated
/// tensor added in the epilogue), with remarks. Fails with the reason given
/// to the rewriter's listener when the group is not tiled (no result, no
/// parallel loop, a loop of size 0, a result not computed by a linalg op).
FailureOr<LoweringConfigAttr>
selectLoweringConfig(RewriterBase &rewriter, GroupOp group,
                     const GroupCodegenOptions &options = {});

/// The CPU strategy (lib/Codegen/CPU): tiles of `root`, the op computing
/// `group`'s first result, whose group's last op with reduction loops is
/// `anchor` (or null): `cpu_parallel` with `options.forall`, else
/// `cpu_loops`.
FailureOr<LoweringConfigAttr>
selectCPULoweringConfig(RewriterBase &rewriter, GroupOp group,
                        linalg::LinalgOp anchor, linalg::LinalgOp root,
                        const GroupCodegenOptions &options);

/// Puts a contraction group (without a lowering config) in the form the
/// GPU's shared-memory kernel needs, where `options` asks for such kernels
/// (threadTiles, sharedMemoryContractions): copies of the contraction's
/// operands in the group folded into its indexing maps
/// (foldOperandCopiesIntoContraction) when the group has other ops, and a
/// product that accumulates into a tensor made to accumulate from zero, the
/// tensor added in the epilogue (separateAccumulatorInit), when that makes
/// it a kernel; for an implicit-GEMM convolution, the ops computing its
/// filter moved into a group of their own before the group (every block
/// reads the whole filter); with `options.splitReduction`, a contraction
/// whose blocks would leave half the multiprocessors or more idle split
/// along its reduction (splitContractionGroupReduction); with a remark for
/// each. Returns whether it changed the group. Ops it moves go into new
/// groups before `group`, which the caller must lower too.
/// fusion-gpu-prepare-contractions runs it on every group before the
/// strategy, which then only analyses.
bool prepareGPUContractionGroup(RewriterBase &rewriter, GroupOp group,
                                const GroupCodegenOptions &options);

/// Split-K: splits the reduction of the contraction `anchor` of `group`
/// (one static reduction loop, its operands the group's inputs or
/// constants) into
/// `parts` (linalg::splitReduction, the parts' loop outermost in the
/// partial results), and moves the partial products, one more parallel loop
/// of the same contraction, into a contraction group of their own before
/// `group`, which now sums them into the accumulator before its epilogue
/// (its kind becomes `reduction`). Returns the new group; fails, changing
/// nothing, when the reduction does not split so.
FailureOr<GroupOp> splitContractionGroupReduction(RewriterBase &rewriter,
                                                  GroupOp group,
                                                  linalg::LinalgOp anchor,
                                                  int64_t parts);

/// The GPU strategy (lib/Codegen/GPU): `gpu_contraction`, `gpu_rows` or
/// `gpu_threads` for `group`, as for selectCPULoweringConfig.
FailureOr<LoweringConfigAttr>
selectGPULoweringConfig(RewriterBase &rewriter, GroupOp group,
                        linalg::LinalgOp anchor, linalg::LinalgOp root,
                        const GroupCodegenOptions &options);

/// Tiles `group` as `config` says: the op computing its first result is
/// tiled and the group's other ops (its producers) fused into the tile
/// loops, inside the group; on the GPU, each tile again for threads
/// (promoteGroupOperands, tileGroupToThreads, vectorizeGroupThreads).
/// `sharedMemorySpace` is the memory space of gpu_contraction's operand
/// copies (#gpu.address_space<workgroup>; none when the kernel is emulated
/// on the CPU). Returns the outermost tile loop; fails with a reason (e.g.
/// tile sizes that do not match the root's loops) given to the rewriter's
/// listener.
FailureOr<Operation *> lowerGroupWithConfig(RewriterBase &rewriter,
                                            GroupOp group,
                                            LoweringConfigAttr config,
                                            Attribute sharedMemorySpace = {});

/// The first level of lowerGroupWithConfig (fusion-tile-groups): the root
/// tiled by `workgroup` (scf.for for cpu_loops, else scf.forall: threads or
/// thread blocks) with the group's other ops fused into the tiles, then by
/// `panel` (CPU). Every check of the config against the group runs first,
/// so that a refused config leaves the group as it was. gpu_rows groups are
/// left to tileGroupToThreads. Returns the outermost tile loop (the group
/// itself for gpu_rows).
FailureOr<Operation *> tileGroupToBlocks(RewriterBase &rewriter, GroupOp group,
                                         LoweringConfigAttr config,
                                         Attribute sharedMemorySpace = {});

/// The promotion step of lowerGroupWithConfig for gpu_contraction
/// (fusion-gpu-promote-operands), on a group that tileGroupToBlocks tiled:
/// promoteContractionOperands on the block's tile, the block forall mapped
/// to linear block ids. `sharedMemorySpace` is the copies' memory space.
/// Nothing for the other pipelines. Returns the block loop.
FailureOr<Operation *> promoteGroupOperands(RewriterBase &rewriter,
                                            GroupOp group,
                                            LoweringConfigAttr config,
                                            Attribute sharedMemorySpace = {});

/// The thread level of lowerGroupWithConfig for the GPU pipelines
/// (fusion-gpu-tile-threads): gpu_threads, the block's tile of the root
/// tiled by `thread` into an scf.forall over threads, the tile's other ops
/// fused into it; gpu_contraction, the ops that promoteGroupOperands marked
/// tiled by their marks (tileMarkedOpsToThreads); gpu_rows,
/// tileRowReductionGroup (both levels, vectorized). Nothing for the CPU
/// pipelines. Returns the block loop.
FailureOr<Operation *> tileGroupToThreads(RewriterBase &rewriter, GroupOp group,
                                          LoweringConfigAttr config);

/// The vectorization step of lowerGroupWithConfig for gpu_threads (thread
/// tiles of several elements) and gpu_contraction: vectorizeThreadTiles.
LogicalResult vectorizeGroupThreads(RewriterBase &rewriter, GroupOp group,
                                    LoweringConfigAttr config);

/// The tiled linalg op that computes `value` through tile loops: followed
/// through scf.for results (their yielded values), tensor.insert_slice
/// sources and scf.forall results (their parallel_insert_slice sources).
/// Null if none.
Operation *getTiledProducer(Value value);

/// prepareGPUContractionGroup (GPU; without splitting the reduction),
/// selectLoweringConfig, then lowerGroupWithConfig, on `group` alone: a
/// group that the preparation moves ops into (a convolution's filter) is
/// the caller's to lower; fusion-lower-groups prepares every group first.
FailureOr<Operation *>
tileAndFuseGroup(RewriterBase &rewriter, GroupOp group,
                 const GroupCodegenOptions &options = {});

/// Checks the bounds of the strategy's options (tiles and panels in
/// [0, 2^32], thread elements in [0, 1024]), with an error at `op`, so that
/// every config the strategy builds verifies.
LogicalResult verifyCodegenOptions(Operation *op,
                                   const GroupCodegenOptions &options);

/// The target description that `options` give the strategy: its backend,
/// CPU threads and vector width (widest of the target, as
/// getTargetVectorWidth), for `fusion.target`.
struct TargetOptions {
  TargetBackend backend = TargetBackend::CPU;
  std::string arch = "host";
  std::string features;
  /// 0: the widest of `arch` and `features` (getTargetVectorWidth) on the
  /// CPU, 4 on the GPU.
  int64_t vectorWidth = 0;
  int64_t threads = 1;
};
TargetAttr getTargetAttr(MLIRContext *context, const TargetOptions &options);

/// The strategy's options for the module that holds `op`: `options` with
/// the parallelism of its `fusion.target` (GPU: thread tiles; CPU: forall
/// tiles and thread splits for more than one thread). Fails, with an
/// error, when the module has no target.
FailureOr<GroupCodegenOptions>
getCodegenOptionsForTarget(Operation *op, GroupCodegenOptions options);

/// The gpu.all_reduce operation that `combiner` (arith.addf, mulf,
/// maximumf, minnumf, addi, maxsi, andi, ...) computes, if any.
std::optional<gpu::AllReduceOperation>
getAllReduceOperation(Operation *combiner);

/// GPU kernel of a row-reduction group: a group whose result is elementwise
/// over rows and columns (the innermost loop), whose ops reduce the rows
/// along the columns (one add, mul, min, max, and, or or xor of the
/// accumulator each), compute per-row scalars from those, or work
/// elementwise on the rows with those scalars broadcast along the columns
/// (softmax, layer norm, RMS norm). Builds one scf.forall over the rows
/// mapped to linear block ids and, in it, one over T threads mapped to
/// linear thread ids: each thread computes its K x V slice of the row (the
/// row viewed as K x T x V: thread t's vectors of V elements lie at columns
/// (k * T + t) * V, so a warp's loads coalesce), each reduction as a
/// partial result in registers combined across the block by one
/// `gpu.all_reduce` (uniform), the elementwise ops on the slices, vectorized.
/// V is the largest power of two up to `threadElements` dividing the row,
/// T the largest divisor of the row's vectors up to 256 (1024 when that
/// leaves more than 8 vectors per thread). Fails, changing nothing, for
/// other groups, dynamic shapes, ops reading loop indices or transposed
/// operands, and rows needing more than 16 vectors per thread; the reason
/// goes to the rewriter's listener. Returns the block forall.
FailureOr<Operation *> tileRowReductionGroup(RewriterBase &rewriter,
                                             GroupOp group,
                                             int64_t threadElements);

/// Whether tileRowReductionGroup applies to `group` (else, the reason).
bool isRowReductionGroup(GroupOp group, int64_t threadElements,
                         std::string *reason = nullptr);

/// For GPU row-reduction kernels: merges each `reduction` group of `block`
/// whose results only a row-reduction group (isRowReductionGroup) uses into
/// that group, where the merged group is one too (softmax's maximum into
/// the group of its sum and normalization; layer norm's sum into the group
/// of its variance and normalization), with a remark, so that one kernel
/// reads each row once. Returns the number of merges.
int64_t mergeRowReductionGroups(RewriterBase &rewriter, Block &block,
                                int64_t threadElements);

//===----------------------------------------------------------------------===//
// CPU: vectors (lib/Codegen/CPU/Vectorize.cpp)
//===----------------------------------------------------------------------===//

/// The widest f32 vector of the host CPU, in elements: 16 with AVX-512, 8
/// with AVX, otherwise 4.
int64_t getHostVectorWidth();

/// The widest f32 vector of the CPU that code is generated for, in elements
/// (16 with AVX-512, 8 with AVX, otherwise 4): `cpu` is an LLVM CPU name
/// ("host": this machine; "": LLVM's generic default, no features), and
/// `features` adds or removes features ("+avx2,-avx512f"; "host": this
/// machine's). CPUs that LLVM's X86 target parser does not know add no
/// features (4, as with 128-bit NEON). With "host" for both, this is
/// getHostVectorWidth(), so that output depends on the host only when asked.
int64_t getTargetVectorWidth(StringRef cpu, StringRef features);

/// Tiles `op` (a linalg op on tensors with static shapes) along its innermost
/// parallel loop by the widest power of two up to `vectorWidth` that divides
/// it, and by 1 along every other loop, and vectorizes the tile.
/// Replaces `op` and returns the values that replaced its results; fails,
/// changing nothing, with a reason given to `rewriter.notifyMatchFailure`.
FailureOr<SmallVector<Value>> tileAndVectorize(RewriterBase &rewriter,
                                               linalg::LinalgOp op,
                                               int64_t vectorWidth);

//===----------------------------------------------------------------------===//
// CPU: packed operands (lib/Codegen/CPU/PackContractions.cpp)
//===----------------------------------------------------------------------===//

/// Data tiling of contraction operands (fusion-pack-contractions).
struct ContractionPackingOptions {
  /// Columns per panel: the register tile's width (two vectors).
  int64_t panelWidth = 32;
  /// Operands computed at run time are packed (per call) only if each of
  /// their elements is used by at least this many rows (product of the m
  /// loops); constants are packed at compile time whatever the reuse.
  int64_t minReuse = 32;
};

/// Packs the operand B[..k..n..] of contraction `op` (matmul, batch_matmul,
/// transposed variants, contraction generics) into panels
/// Bp[n1][..k..][n0] with n = n1 * panelWidth + n0 (`linalg.pack`, or a new
/// constant when B is one), and replaces `op` by a generic over the panels
/// whose result is the old result viewed as [..., n1, n0]
/// (`tensor.expand_shape` of the init, `tensor.collapse_shape` after).
/// Requires static shapes, one n loop that is the result's innermost
/// dimension, and n a multiple of the panel width larger than it.
FailureOr<linalg::GenericOp>
packContractionOperand(RewriterBase &rewriter, linalg::LinalgOp op,
                       const ContractionPackingOptions &options = {});

/// Data tiling of a convolution's weights, after tiling: when the filter of
/// the NHWC convolution `conv` (a tile of a kernel) is a tile
/// `W[0:KH, 0:KW, 0:C, f : f + T]` of a constant HWCF filter `W` (with
/// `dense` or `dense_resource` data) with T < F, T dividing F and f a
/// multiple of T (a constant, or the induction variable of an scf.for or
/// scf.forall whose bounds and step are), the tile is read from
/// `Wp[f / T]` instead, where `Wp` = W packed at compile time as
/// [F / T][KH][KW][C][T]: the tile's weights are one contiguous block, and
/// each reduction step of the register tile reads consecutive addresses
/// (in W, successive input channels are F elements apart: for a
/// 3x3x512x512 filter, a new page every two steps). Returns the new
/// filter; fails, changing nothing, otherwise.
FailureOr<Value> packConvFilterTile(RewriterBase &rewriter,
                                    linalg::Conv2DNhwcHwcfOp conv);

/// Patterns that move the [..., n1, n0] view of a packed contraction's
/// result through its elementwise consumers and its init's elementwise
/// producer (reshape propagation by expansion), plus the fill/reshape
/// canonicalizations that clean up after them.
void populateFusionPropagatePanelViewPatterns(RewritePatternSet &patterns);

//===----------------------------------------------------------------------===//
// GPU: kernels on buffers to launches (lib/Codegen/GPU/MapForall.cpp)
//===----------------------------------------------------------------------===//

/// What the loops of an scf.forall are mapped to on a GPU (the kind of its
/// mapping's attributes; None without a mapping).
enum class ForallMapping { None, Blocks, Threads, Warps };
ForallMapping getForallMapping(scf::ForallOp forall);

/// Replaces `blockForall` (an scf.forall on buffers mapped to GPU blocks,
/// with static bounds) by a gpu.launch of one block per iteration (the
/// linear block id delinearized over the forall's loops) and as many
/// threads as its largest nested forall mapped to threads has iterations.
/// The nested foralls become thread-id code, each followed by a barrier
/// (upstream's mapNestedForallToThreadsImpl); buffers allocated in the
/// workgroup memory space become the launch's workgroup attributions.
FailureOr<gpu::LaunchOp> mapForallToGPULaunch(RewriterBase &rewriter,
                                              scf::ForallOp blockForall);

//===----------------------------------------------------------------------===//
// GPU: block reductions (lib/Codegen/GPU/AllReduce.cpp)
//===----------------------------------------------------------------------===//

/// For the emulation, where the threads of a block run one after another:
/// replaces `reduce` (a uniform gpu.all_reduce with a built-in operation, in
/// the body of a 1-D scf.forall on buffers mapped to GPU threads, with a
/// static trip count from 0 by 1) by splitting the forall there. A copy of
/// the forall runs the ops before the reduction and stores each thread's
/// value into a buffer of one element per thread; the buffer is reduced
/// (vector.reduction); the original forall then runs with that result in
/// place of the reduction, its ops before it again (so they may only read
/// memory, or write buffers they allocate). Fails, changing nothing,
/// otherwise, with the reason on the rewriter's listener.
LogicalResult splitForallAtAllReduce(RewriterBase &rewriter,
                                     gpu::AllReduceOp reduce);

/// Registers a model of bufferization's BufferDeallocationOpInterface for
/// gpu.all_reduce (scalars in, a scalar out: nothing to deallocate), so
/// that row-reduction kernels, which hold one between bufferization and
/// their mapping to threads, pass the ownership-based deallocation.
void registerAllReduceBufferDeallocationModel(DialectRegistry &registry);

} // namespace fusion
} // namespace mlir

#endif // FUSE_CODEGEN_CODEGEN_H
