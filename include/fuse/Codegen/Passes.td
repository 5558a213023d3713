//===- Passes.td - fuse code generation passes -------------*- tablegen -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Kernel formation and per-group code generation (lib/Codegen): groups are
// formed, a target is set, a strategy chooses each group's lowering config,
// the groups are tiled as their configs say.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CODEGEN_PASSES_TD
#define FUSE_CODEGEN_PASSES_TD

include "mlir/Pass/PassBase.td"

def FusionFormGroupsPass : Pass<"fusion-form-groups"> {
  let summary = "Partition linalg ops into fusion.group ops, one per kernel";
  let description = [{
    Kernel formation. Each block's linalg ops on tensors are partitioned
    into `fusion.group` ops:
    - `contraction` / `reduction`: a root with reduction loops (matmul,
      convolution, a reduction such as softmax's sum) with the elementwise
      producers only it uses (the fill or bias broadcast of its init) and
      its chain of single-use elementwise consumers (bias, batch-norm
      scale/shift, activation, residual add);
    - `horizontal`: sibling elementwise ops that read a common input, with
      the same iteration space, none reading another's result, merged into
      one multi-result `linalg.generic` that reads the input once
      (`horizontal=false` turns this off);
    - `elementwise`: a chain of single-use elementwise ops;
    - `single`: any other op, alone.

    The groups are plain IR a user can inspect, edit and feed back; code
    generation compiles each group as one kernel. With `singletons` every op
    is its own group (the unfused baseline). A remark per group.

  }];
  let options = [
    Option<"singletons", "singletons", "bool", /*default=*/"false",
           "Every op its own group">,
    Option<"maxOps", "max-ops", "int64_t", /*default=*/"16",
           "Most linalg ops in one group">,
    Option<"horizontal", "horizontal", "bool", /*default=*/"true",
           "Merge sibling elementwise ops reading a common input into one "
           "op (a horizontal group)">,
  ];
  let statistics = [
    Statistic<"numGroups", "num-groups", "Groups formed">,
  ];
  let dependentDialects = [
    "::mlir::fusion::FusionDialect",
  ];
}

def FusionGPUMergeRowReductionsPass
    : Pass<"fusion-gpu-merge-row-reductions"> {
  let summary = "Merge the reductions of a softmax or layer norm into the "
                "group of its rows, for one GPU kernel per row";
  let description = [{
    For GPU row-reduction kernels (`gpu_rows`): a `reduction` group whose
    results only a group that the GPU strategy compiles as a row-reduction
    kernel uses is merged into that group when the merged group is one too
    (`mergeRowReductionGroups`), with a remark: softmax's maximum joins its
    sum and normalization, layer norm's sum its variance and normalization,
    and one GPU kernel reads each row once. `fusion-to-nvvm` runs it after
    `fusion-form-groups` unless `row-reductions=false`.
  }];
  let options = [
    Option<"threadElements", "thread-elements", "int64_t", /*default=*/"4",
           "The thread-elements of the strategy, whose row-reduction "
           "kernels the merge anticipates">,
  ];
  let dependentDialects = [
    "::mlir::fusion::FusionDialect",
  ];
}

def FusionSetTargetPass : Pass<"fusion-set-target", "::mlir::ModuleOp"> {
  let summary = "Describe the target on the module (#fusion.target)";
  let description = [{
    Sets the module's `fusion.target` attribute, the target description
    that the strategy (`fusion-select-lowering-strategy`) and the
    vectorization read, so that the code depends on the target and not on
    the machine that compiles. `fusion-to-llvm` and `fusion-to-nvvm` run it
    first, from their `target-cpu` / `target-features` / `threads` and
    `chip` / `features` options, and remove it last (`remove`).

    ```mlir
    // fuse-opt --fusion-set-target='arch=skylake-avx512 threads=2'
    module attributes {fusion.target = #fusion.target<backend = cpu,
        arch = "skylake-avx512", vector_width = 16, threads = 2>} {}
    ```
  }];
  let options = [
    Option<"backend", "backend", "std::string", /*default=*/"\"cpu\"",
           "cpu or gpu">,
    Option<"arch", "arch", "std::string", /*default=*/"\"host\"",
           "The CPU (as LLVM names it; host: this machine's) or the GPU "
           "chip (sm_90)">,
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "Target features (+avx2,-avx512f; host)">,
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"0",
           "f32 elements per vector (0: the widest of arch and features on "
           "the CPU, 4 on the GPU)">,
    Option<"threads", "threads", "int64_t", /*default=*/"1",
           "CPU threads that run a call's kernels">,
    Option<"remove", "remove", "bool", /*default=*/"false",
           "Remove the module's fusion.target instead (the pipelines' last "
           "step: their output is read by tools without the fusion dialect, "
           "such as mlir-translate)">,
  ];
  let dependentDialects = [
    "::mlir::fusion::FusionDialect",
  ];
}

def FusionSelectLoweringStrategyPass
    : Pass<"fusion-select-lowering-strategy", "::mlir::ModuleOp"> {
  let summary = "Choose each fusion.group's lowering config from the target";
  let description = [{
    The strategy, as IREE's KernelConfig: sets each `fusion.group`'s
    `lowering_config` (`#fusion.lowering_config`) from the module's
    `fusion.target` (an error without one: run `fusion-set-target`) and the
    options, which bound the tile sizes. A group that already has one (set
    by hand) keeps it. `fusion-lower-groups` then tiles each group as its
    config says.

    - CPU (`cpu_loops`; `cpu_parallel` for more than one thread): tiles of
      the root's innermost parallel loop up to `inner-tile`, the next up to
      `outer-tile`; an epilogue tiled as its contraction; blocks of output
      channels outermost for an NHWC convolution with large weights; rows
      under a packed weight panel as a second level (`panel`); a loop split
      for the threads where a group has fewer tiles than threads (a
      remark).
    - GPU: `gpu_contraction` (with `shared-memory-contractions`: blocks of
      up to 64x64 results, 4x4 per thread, the reduction in steps of 16;
      the group first put in the form the kernel needs, with remarks),
      `gpu_rows` (with `row-reductions`: a block per row of a softmax or a
      normalization), else `gpu_threads` (blocks of `inner-tile` x
      `outer-tile` threads, each an element, or with `thread-elements` a
      vector of that many in an all-parallel group).

    A remark for each group that gets no config, with the reason.
  }];
  let options = [
    Option<"innerTile", "inner-tile", "int64_t", /*default=*/"1024",
           "Most elements per tile along the innermost parallel loop (GPU: "
           "threads per block along it)">,
    Option<"outerTile", "outer-tile", "int64_t", /*default=*/"8",
           "Most elements per tile along the next parallel loop">,
    Option<"packPanels", "pack-panels", "int64_t", /*default=*/"4",
           "CPU: packed weight panels per tile">,
    Option<"threadElements", "thread-elements", "int64_t", /*default=*/"1",
           "GPU: most elements per thread in an all-parallel group (a "
           "vector) and per vector in a row-reduction kernel">,
    Option<"sharedMemoryContractions", "shared-memory-contractions", "bool",
           /*default=*/"false",
           "GPU: contraction kernels in shared memory (gpu_contraction)">,
    Option<"rowReductions", "row-reductions", "bool", /*default=*/"false",
           "GPU: a thread block per row of a softmax or a normalization "
           "(gpu_rows)">,
    Option<"copyStages", "copy-stages", "int64_t", /*default=*/"3",
           "GPU: shared-memory buffers that a contraction kernel's operand "
           "copies are pipelined over (the config's `stages`; at most the "
           "reduction's steps; 0 or 1: none)">,
    Option<"precision", "precision", "std::string", /*default=*/"\"f32\"",
           "GPU, with shared-memory-contractions: `f32`, or `tf32` for f32 "
           "matmuls on tensor cores (the config's `warp` and `mma`; "
           "operands rounded to TF32)">,
    Option<"narrowTiles", "narrow-tiles", "bool", /*default=*/"false",
           "GPU, with shared-memory-contractions: a matmul whose 64x64 "
           "blocks would leave half the multiprocessors or more idle, and "
           "whose reduction has no 2 parts of 256 or more in steps of 16 for "
           "split-K, gets narrower blocks "
           "(down to 32x32) while that gives more blocks in one wave">,
    Option<"splitMinPart", "split-min-part", "int64_t", /*default=*/"256",
           "GPU, with narrow-tiles: the shortest part of a split-K "
           "reduction (fusion-gpu-prepare-contractions' split-min-part), "
           "which decides whether split-K applies instead">,
  ];
  let dependentDialects = [
    "::mlir::fusion::FusionDialect",
  ];
}

def FusionGPUPrepareContractionsPass
    : Pass<"fusion-gpu-prepare-contractions"> {
  let summary = "Put contraction groups in the form of the GPU's "
                "shared-memory kernel";
  let description = [{
    On the GPU (a `#fusion.target` with `backend = gpu`), before
    `fusion-select-lowering-strategy`, for each contraction group without a
    lowering config (`prepareGPUContractionGroup`):
    - when the group has ops other than the contraction, its epilogue and
      the accumulator's initializer, copies of the contraction's operands
      (a transpose or broadcast of the weights) are folded into its
      indexing maps, so that the kernel reads the weights where they are
      (remark `FoldedOperandCopies`);
    - a product that accumulates into a tensor (an ensemble's branches
      after `fusion-fold-combiners`) accumulates from zero instead and the
      tensor is added in the epilogue, when that makes it a shared-memory
      kernel (remark `SeparatedAccumulator`; as IREE's
      ConvertAccGEMMToGEMM);
    - in a convolution group (an NHWC convolution: an implicit-GEMM
      kernel), the ops computing the filter (its transpose to HWCF and
      batch-norm scaling when it is an argument) move into a group of their
      own before it, since every thread block reads the whole filter
      (remark `HoistedConvolutionOperand`);
    - with `split-reduction` (split-K), a matmul or batch matmul whose
      blocks would leave half the multiprocessors of the target or more
      idle (W2's 64x4096 result: 64 blocks of 64x64 for 132) has its
      reduction split into parts (`splitContractionGroupReduction`, on
      upstream's `linalg::splitReduction`): the most parts, a power of two,
      that keep the blocks of all parts within one wave and each part at
      least `split-min-part` (256) long, in steps of 16. The partial products become a
      contraction group of their own before the group (one more parallel
      loop, the parts' outermost: a batch of shared-memory kernels), and
      the group sums them into the accumulator before its epilogue, a
      vector of elements per thread where the strategy gives threads
      vectors (`thread-elements`; 4 in `fusion-to-nvvm`). Only where the
      contraction's operands are the group's inputs or constants. Remark
      `SplitReduction`, also when a reduction of two minimal parts or more
      has no such parts.

    The strategy then only analyses the groups. `fusion-lower-groups`,
    when it selects configs itself, does this first too.
  }];
  let options = [
    Option<"splitReduction", "split-reduction", "bool", /*default=*/"true",
           "Split the reduction of a contraction whose blocks leave half "
           "the multiprocessors or more idle (split-K)">,
    Option<"splitMinPart", "split-min-part", "int64_t", /*default=*/"256",
           "The shortest part of a split reduction, in [16, 2^20] (a "
           "multiple of 16; smaller values let small tests and the fuzzer "
           "split)">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionTileGroupsPass : Pass<"fusion-tile-groups"> {
  let summary = "Tile each fusion.group's root as its lowering config says, "
                "its other ops fused into the tiles (blocks, CPU tiles)";
  let description = [{
    The first level of a group's lowering (`tileGroupToBlocks`): for each
    `fusion.group` with a `lowering_config`, the op computing its result is
    tiled by `workgroup` (in `interchange` order; `scf.for` for `cpu_loops`,
    `scf.forall` otherwise: CPU threads or GPU thread blocks) with the
    group's other ops fused into the tiles, then by `panel` (the CPU's rows
    under a packed weight panel). A CPU convolution tile whose filter is a
    tile of a constant reads it from a copy packed at compile time, with a
    remark. The group stays, with its config, for
    `fusion-gpu-tile-threads` and `fusion-lower-groups{tile=false}`.

    Every check of the config against its group runs before anything
    changes; a refused config leaves the group untiled, with a remark, and
    its config removed. `gpu_rows` groups are left to
    `fusion-gpu-tile-threads`.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionGPUPromoteOperandsPass : Pass<"fusion-gpu-promote-operands"> {
  let summary = "The operands of each contraction kernel's steps copied "
                "into shared memory, and its ops' thread tiles planned";
  let description = [{
    The step of a `gpu_contraction` group's lowering between its blocks
    (`fusion-tile-groups`) and its threads (`fusion-gpu-tile-threads`;
    `promoteGroupOperands`, `promoteContractionOperands`), on the block's
    tile of the group:
    - the accumulator is initialized in the block's output tile and the
      epilogue runs on it in place;
    - the reduction runs in steps of the config's `reduction` (a
      convolution's: one loop over the window positions and input
      channels, each step a `linalg.contract` of a strided slice of the
      input by a slice of the filter); with `stages`, the loop is tagged
      `fusion.copy_stages` for `fusion-gpu-pipeline-copies`;
    - each step's operand slices are copied into a buffer in shared memory
      (`#gpu.address_space<workgroup>`), an operand stored [..][n][k]
      transposed to [..][k][n], rows padded on tensor cores;
    - each op of the tile is marked with its thread tile, for
      `fusion-gpu-tile-threads`: `fusion.thread_tile` (sizes per loop, one
      thread per tile) on the copies (a vector per thread,
      `fusion.thread_tile_fastest` the source's innermost loop, so that a
      warp's reads coalesce), the product (`thread` of the config: a
      register tile), the initializer and the epilogue;
      `fusion.warp_tile` on the product on tensor cores (`warp`);
    - the block forall is mapped to linear block ids.

    A group that is not a shared-memory contraction (its config written by
    hand for another group) gets a remark and loses its config. Other
    pipelines are left alone.
  }];
  let options = [
    Option<"workgroupMemory", "workgroup-memory", "bool", /*default=*/"true",
           "The shared-memory copies are in #gpu.address_space<workgroup> "
           "(false: the default memory space, to run the tiling on the CPU)">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionGPUTileThreadsPass : Pass<"fusion-gpu-tile-threads"> {
  let summary = "The GPU thread level of each fusion.group tiled to blocks";
  let description = [{
    The thread level of a GPU group's lowering (`tileGroupToThreads`), after
    `fusion-tile-groups` (and, for contraction kernels,
    `fusion-gpu-promote-operands`):
    - `gpu_threads`: the block's tile of the root tiled by `thread` into an
      `scf.forall` over threads, the tile's other ops fused into it;
    - `gpu_contraction`: each op marked with a thread tile
      (`tileMarkedOpsToThreads`) tiled into an `scf.forall` over linear
      thread ids (`fusion.thread_tile`: `#gpu.thread<linear_dim_N>`) or warp
      ids (`fusion.warp_tile`: `#gpu.warp<linear_dim_N>`), the loop of
      `fusion.thread_tile_fastest` (by default the innermost tiled one) on
      `linear_dim_0`, the other tiled loops innermost first; the marks are
      removed;
    - `gpu_rows`: `tileRowReductionGroup` (a block per row, both levels,
      vectorized as it is built).

    Tiles of several elements stay linalg ops for `fusion-gpu-vectorize`.
    A group it cannot tile gets a remark and loses its config, its block
    forall no longer mapped to blocks and its remaining marks removed. Marks
    are checked on every op of the input, in groups or not (and by
    `fusion-lower-groups`): a malformed one (not an `array<i64>` of one
    non-negative size per loop, tiling no loop, more than 10 loops or a
    reduction loop, both kinds on one op, a fastest loop that is not tiled)
    is an error.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPUVectorizePass : Pass<"fusion-gpu-vectorize"> {
  let summary = "The thread tiles of each GPU fusion.group as vectors";
  let description = [{
    The last step of a GPU group's thread level (`vectorizeGroupThreads`,
    `vectorizeThreadTiles`), after `fusion-gpu-tile-threads`: every linalg
    op in an `scf.forall` over threads or warps of a `gpu_contraction`
    group, or of a `gpu_threads` group whose threads have several elements,
    is vectorized at its static shape where it can be (`linalg::vectorize`;
    an op it refuses stays scalar):
    - copies and elementwise tiles become vector reads and writes
      (`ld.global.v4` on the GPU);
    - a contraction's thread tile becomes a `vector.contract` (FMAs of a
      register tile); a generic that is a matmul but for unit loops (a
      split reduction's part) is made `linalg.matmul` first, so that it
      does not vectorize to a multiply and a reduction;
    - a warp's tile of a product (tensor cores) is unrolled into tiles of
      one TF32 `mma.sync` each (`unrollToMmaTiles`, the tiles marked
      `fusion.mma_sync` for `fusion-gpu-mma-sync`); where it does not
      unroll so, the group gets a remark and loses its config.

    `gpu_rows` kernels are vectorized as `fusion-gpu-tile-threads` builds
    them; CPU groups are `fusion-vectorize`'s.
  }];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPUMmaSyncPass : Pass<"fusion-gpu-mma-sync"> {
  let summary = "Warp tiles of contraction kernels as TF32 nvgpu.mma.sync";
  let description = [{
    After `fusion-gpu-map-forall` (which carries each warp's accumulator
    tiles through the reduction loop in registers), in every `gpu.launch`
    with `vector.contract` ops marked `fusion.mma_sync` (a contraction
    kernel whose lowering config has `mma`: `unrollToMmaTiles` made each
    one 16x8x8 tile of a warp's product):

    - the contractions are put in the `(m, k) x (n, k)` form, the transpose
      folded into the read of the second operand
      (`populatePrepareVectorToMMAPatterns`);
    - `convertWarpTilesToMmaSync` distributes them over the warp's lanes
      (upstream's `convertVectorToNVVMCompatibleMMASync` would, but in LLVM
      22 it takes the block offsets' index ops into its slice and fails):
      each lane loads its fragments (`gpu.lane_id`; upstream's layouts of
      `mma.m16n8k8`, `nvgpu::getLaneIdAndValueIdToOperandCoord`; A from
      shared memory with one `nvgpu.ldmatrix` x4), the loop carries its
      accumulator fragments, each tile is an `nvgpu.mma.sync`, and the
      results are stored per lane;
    - f32 operands are TF32 (`tf32Enabled`), each fragment rounded once
      with `nvvm.convert.float.to.tf32` (`cvt.rna.tf32.f32`: to nearest,
      ties away from zero); without it the tensor cores would drop the low
      13 bits of each f32.

    A kernel with a `vector.contract` that is not so marked, a marked one
    that is not a sum of f32 products of 16x8x8 in that form, or a tile's
    result or accumulator used by anything but tiles and
    `vector.transfer_write`, is an error (every lane would compute the
    warp's whole tile, or read what no lane holds).

    ```mlir
    // Before: a warp's 16x8 accumulator tile carried by the loop.
    %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %acc0) -> (vector<16x8xf32>) {
      %a = vector.transfer_read %A[...] : memref<32x16xf32, #gpu.address_space<workgroup>>, vector<16x8xf32>
      %b = vector.transfer_read %B[...] : memref<16x16xf32, #gpu.address_space<workgroup>>, vector<8x8xf32>
      %c = vector.contract {...} %a, %b, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
      scf.yield %c : vector<16x8xf32>
    }
    // After: each lane's fragments.
    %r:2 = scf.for ... iter_args(%old = %acc0, %frag = %c0f) -> (vector<16x8xf32>, vector<2x2xf32>) {
      %a = nvgpu.ldmatrix %A[...] {numTiles = 4 : i32, transpose = false} : ... -> vector<4x1xf32>
      %b0 = memref.load %B[...]  // twice, into vector<2x1xf32>
      %d = nvgpu.mma.sync(%ar, %br, %frag) {mmaShape = [16, 8, 8], tf32Enabled} : (vector<4x1xf32>, vector<2x1xf32>, vector<2x2xf32>) -> vector<2x2xf32>
      scf.yield %old, %d : vector<16x8xf32>, vector<2x2xf32>
    }
    ```
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::NVVM::NVVMDialect",
    "::mlir::nvgpu::NVGPUDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPUEmulateTF32Pass : Pass<"fusion-gpu-emulate-tf32"> {
  let summary = "Round the operands of tensor-core tiles to TF32 in the "
                "emulation";
  let description = [{
    `fusion-emulate-gpu`'s counterpart of `fusion-gpu-mma-sync`: the
    emulation runs each warp's `vector.contract` tiles (marked
    `fusion.mma_sync`) as loops of FMAs, and this pass rounds their f32
    operands to TF32 first, with the rounding of `cvt.rna.tf32.f32` written
    in `arith` ops (add 2^12 to the bits, clear the low 13; NaN kept). The
    emulation then computes what the tensor cores compute, up to the order
    of the sums, and `fuse-run --compare` measures TF32's error against an
    f32 build.

    ```mlir
    %c = vector.contract {...} %a, %b, %acc {fusion.mma_sync} : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
    // becomes, for %a and %b each:
    %bits = arith.bitcast %a : vector<16x8xf32> to vector<16x8xi32>
    %sum = arith.addi %bits, %half : vector<16x8xi32>       // 2^12
    %cut = arith.andi %sum, %mask : vector<16x8xi32>        // ~(2^13 - 1)
    %r = arith.bitcast %cut : vector<16x8xi32> to vector<16x8xf32>
    %nan = arith.cmpf uno, %a, %a : vector<16x8xf32>
    %ar = arith.select %nan, %a, %r : vector<16x8xi1>, vector<16x8xf32>
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPUPipelineCopiesPass : Pass<"fusion-gpu-pipeline-copies"> {
  let summary = "Software-pipeline the shared-memory copies of contraction "
                "kernels over several buffers (cp.async on the GPU)";
  let description = [{
    After bufferization, before `fusion-gpu-map-forall`: each `scf.for`
    that `fusion-gpu-tile-threads` tagged `fusion.copy_stages = S` (a
    `gpu_contraction` kernel's reduction loop, from its config's `stages`)
    is pipelined by `pipelineSharedMemoryCopies`:
    - the buffers the loop allocates (the shared-memory tiles each step
      copies its operand slices into) become one buffer of `S` slots, step
      `i` using slot `i mod S`;
    - the loop is software-pipelined (`scf::pipelineForLoop`, prologue and
      epilogue peeled): the copies of steps `0 .. S-2` run before it, and
      step `i` of the loop issues the copies of step `i + S - 1`, then
      computes step `i`;
    - with `async-copies` (the GPU), each copy of 4, 8 or 16 bytes becomes a
      `cp.async` (`nvgpu.device_async_copy`); every thread commits one group
      per step (`nvgpu.device_async_create_group`), waits for its step's
      group (`nvgpu.device_async_wait` with `S - 1` groups in flight, fewer
      in the epilogue), then the block's barrier makes all threads' copies
      visible. Without it (`fusion-emulate-gpu`) the copies stay plain
      copies, so that the emulation checks the slots' rotation, the prologue
      and the epilogue against the CPU build.

    A loop it cannot pipeline (fewer steps than stages, a buffer used
    outside the loop, a copy that reads what the loop writes) is left as it
    is, with a remark.
  }];
  let options = [
    Option<"asyncCopies", "async-copies", "bool", /*default=*/"true",
           "The copies as cp.async (nvgpu.device_async_copy); false: plain "
           "copies, to run the kernel on the CPU">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::nvgpu::NVGPUDialect",
    "::mlir::scf::SCFDialect",
  ];
}

def FusionLowerGroupsPass : Pass<"fusion-lower-groups"> {
  let summary = "Compile each fusion.group as one kernel: tile and fuse, "
                "then dissolve the group";
  let description = [{
    For each `fusion.group`: tiles it as its `lowering_config`
    (`#fusion.lowering_config`, set by `fusion-select-lowering-strategy` or
    by hand) says, or, for a group without one, as the config that the
    options below choose (`selectLoweringConfig`), then dissolves it: both
    levels of `fusion-tile-groups` and `fusion-gpu-tile-threads` in one
    pass (`lowerGroupWithConfig`). The pipelines run those passes and then
    this one with `tile=false`, which only dissolves (or outlines) the
    groups.

    The configs that the options choose: tiles of the op computing its
    result along its
    parallel loops (the innermost by the largest divisor up to
    `inner-tile`, the next by one up to `outer-tile`, the others by 1;
    reductions untiled), fuses the group's other ops into the tile loops
    with `scf::tileConsumerAndFuseProducersUsingSCF` (the fill and bias of a
    contraction's init, the producers of an elementwise chain), so that one
    loop nest computes the group, and inlines the group. An epilogue root
    is tiled as its contraction would be (sizes and loop order). When the
    contraction reads a data-movement producer broadcast along its rows (the
    packing copy of its weights), tiling has two levels: first the loops
    the copy depends on (up to `pack-panels` panels per tile), with the copy
    fused, then the rows, with the rest fused, so that each panel is copied
    once, into a buffer of the tile's size. With `tile=false`
    groups are only dissolved.

    With `threads=N` (N > 1, `forall` tiles on N CPU threads), a group
    whose tiles would be fewer than N, though its loops run at least
    8192 iterations per thread (a global average pool over 240 channels,
    a 1x1024 by 1024x1000 classifier), has its widest tiled parallel loop
    split into at least N tiles, with a remark: a count of tiles that the
    N threads share evenly where tiles of 32 elements or more allow (the
    classifier's 1000 classes in 25 tiles of 40 for 2 threads, not 5 of
    200 that leave one thread idle in the last round), each a multiple of
    8 elements where a divisor allows; smaller groups stay one tile, where
    a parallel region would cost more than it gains.

    For GPUs (`thread-tiles`), each tile is tiled again, one element of the
    root per thread; with `shared-memory-contractions`, a contraction group
    instead becomes a kernel in shared memory (the steps of
    `fusion-gpu-promote-operands`, `fusion-gpu-tile-threads` and
    `fusion-gpu-vectorize`): 64x64 result blocks, the reduction in steps whose operand slices are
    copied into workgroup memory one vector per thread, 4x4 results per
    thread, the accumulator initialized and the epilogue run in place in
    the output tile; every level an `scf.forall` mapped to linear block or
    thread ids (for `fusion-gpu-map-forall`). A remark says for each
    contraction group whether it was tiled so, or why not.

    On the CPU, an NHWC convolution tile whose filter is a tile of a
    constant along the output channels reads it from a copy of the constant
    packed at compile time, one contiguous block per tile
    (`packConvFilterTile`), with a remark. With `outline`, each group
    becomes a private function called in its place instead of being
    inlined, so that profilers (perf, with LLVM's JIT listener) name each
    kernel: `bench/profile_kernels.py`.
  }];
  let options = [
    Option<"tile", "tile", "bool", /*default=*/"true",
           "Tile and fuse each group before dissolving it">,
    Option<"select", "select", "bool", /*default=*/"true",
           "Choose a lowering config, with the options below, for a group "
           "that has none (false: such groups are only dissolved; the "
           "pipelines run fusion-select-lowering-strategy first)">,
    Option<"innerTile", "inner-tile", "int64_t", /*default=*/"1024",
           "Most elements per tile along the innermost parallel loop">,
    Option<"outerTile", "outer-tile", "int64_t", /*default=*/"8",
           "Most elements per tile along the next parallel loop">,
    Option<"packPanels", "pack-panels", "int64_t", /*default=*/"4",
           "When a contraction reads a packing copy (a transpose of its "
           "weights into panels) broadcast along its rows: panels per tile, "
           "the copy fused at that level, the rows tiled inside">,
    Option<"forall", "forall", "bool", /*default=*/"false",
           "Tile loops as scf.forall">,
    Option<"threads", "threads", "int64_t", /*default=*/"0",
           "CPU threads the forall tiles run on: a group with fewer tiles "
           "than this and enough work for them has a loop split into more "
           "tiles (0 or 1: never)">,
    Option<"threadTiles", "thread-tiles", "bool", /*default=*/"false",
           "Tile each tile again, one element of the root per scf.forall "
           "iteration (GPU threads); implies forall">,
    Option<"threadElements", "thread-elements", "int64_t", /*default=*/"1",
           "With thread-tiles, in a group of all-parallel ops: contiguous "
           "elements of the innermost parallel loop per thread, one vector "
           "(a power of two dividing the block tile, up to this), the block "
           "tile widened to inner-tile x outer-tile threads">,
    Option<"sharedMemoryContractions", "shared-memory-contractions", "bool",
           /*default=*/"false",
           "With thread-tiles: a contraction group's kernel computes 64x64 "
           "blocks of the result in steps of 16 along the reduction, each "
           "step's operand slices copied into shared memory (one vector per "
           "thread) and 4x4 result elements per thread, the epilogue in "
           "place">,
    Option<"rowReductions", "row-reductions", "bool", /*default=*/"false",
           "With thread-tiles: a group that reduces rows along the innermost "
           "loop and uses the results on the same rows (softmax, layer "
           "norm) runs one thread block per row, each thread a strided "
           "slice of it in registers, the reductions combined by "
           "gpu.all_reduce">,
    Option<"precision", "precision", "std::string", /*default=*/"\"f32\"",
           "With shared-memory-contractions: `f32`, or `tf32` for f32 "
           "matmuls on tensor cores (see fusion-select-lowering-strategy)">,
    Option<"copyStages", "copy-stages", "int64_t", /*default=*/"3",
           "With shared-memory-contractions: shared-memory buffers the "
           "operand copies are pipelined over (the config's `stages`; the "
           "reduction loop is tagged for fusion-gpu-pipeline-copies, which "
           "does the pipelining; 0 or 1: none)">,
    Option<"workgroupMemory", "workgroup-memory", "bool", /*default=*/"true",
           "The shared-memory copies are in #gpu.address_space<workgroup> "
           "(false: the default memory space, to run the tiling on the CPU)">,
    Option<"splitReduction", "split-reduction", "bool", /*default=*/"false",
           "With shared-memory-contractions: split the reduction of a "
           "contraction whose blocks leave half the multiprocessors or more "
           "idle (see fusion-gpu-prepare-contractions)">,
    Option<"narrowTiles", "narrow-tiles", "bool", /*default=*/"false",
           "With shared-memory-contractions: narrower blocks for matmuls "
           "whose blocks leave half the multiprocessors or more idle and "
           "that split-K does not split (see "
           "fusion-select-lowering-strategy)">,
    Option<"splitMinPart", "split-min-part", "int64_t", /*default=*/"256",
           "With split-reduction or narrow-tiles: the shortest part of a "
           "split reduction (see fusion-gpu-prepare-contractions)">,
    Option<"outline", "outline", "bool", /*default=*/"false",
           "Instead of inlining each group, move it into a private function "
           "`<func>_k<N>_<kind>_<op>` marked noinline and call it, so that a "
           "profiler attributes time per kernel (the pass must run on a "
           "module)">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::func::FuncDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::vector::VectorDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

//===----------------------------------------------------------------------===//
// CPU: vectors and packed operands (lib/Codegen/CPU)
//===----------------------------------------------------------------------===//

def FusionVectorizePass : Pass<"fusion-vectorize", "::mlir::func::FuncOp"> {
  let summary = "Tile linalg ops along their innermost parallel loop and "
                "vectorize the tiles";
  let description = [{
    For every linalg op on tensors with static shapes, tiles the innermost
    parallel loop by the widest power of two up to the vector width that
    divides it (and every other loop by 1) with `scf.for`, and vectorizes
    each tile with `linalg::vectorize`. Ops that cannot be vectorized this
    way (2-D convolutions, dynamic shapes, ops without a parallel loop, an
    innermost parallel loop of odd size) are left for the scalar loop
    lowering, with a debug trace saying why.

    This is the simple vectorizer behind `fusion-to-llvm{vectorize=true}`;
    it is not a tuned matmul schedule.

    ```mlir
    %r = linalg.generic ... ins(%a : tensor<4x96xf32>) ...
    // becomes an scf.for nest over 4 rows and 96/16 column tiles whose body
    // is vector.transfer_read / arith on vector<1x16xf32> / transfer_write.
    ```
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"0",
           "Elements per vector along the innermost parallel loop (0: the "
           "host's widest f32 vector: 16 with AVX-512, 8 with AVX, else 4)">,
  ];
  let statistics = [
    Statistic<"numVectorized", "num-vectorized", "Linalg ops vectorized">,
    Statistic<"numSkipped", "num-skipped", "Linalg ops left scalar">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionPackContractionsPass : Pass<"fusion-pack-contractions"> {
  let summary = "Pack the right-hand operand of contractions into contiguous "
                "panels (data tiling)";
  let description = [{
    A contraction's register tile reads, per reduction step, `panel-width`
    columns of its operand B[k][n]; row-major, successive steps are a whole
    row apart (a new page per step for wide B), which the prefetcher and the
    TLB do not follow. This pass packs B into panels
    `Bp[n1][k][n0]` (n = n1 * panel-width + n0) with `linalg.pack`, so that
    each panel is one contiguous stream, and computes the contraction on the
    panels with its result viewed as `[..., n1, n0]` (a free
    `tensor.expand_shape`). The view then moves through the contraction's
    elementwise consumers and its init's producer (bias), so that the
    epilogue stays fusable; one `tensor.collapse_shape` restores the shape.

    Constant operands are packed at compile time into a new constant.
    Operands computed at run time are packed per call, only when each of
    their elements is used by at least `min-reuse` rows. Every contraction
    gets a remark: packed (with the panel type, and whether at compile time
    or per call) or not, with the reason.

    Handles `linalg.matmul`, `linalg.batch_matmul`, their transposed forms
    and contraction generics with one n loop that is the result's innermost
    dimension, static shapes, n a multiple of the panel width.

    ```mlir
    %m = linalg.matmul ins(%x, %w : tensor<64x1024xf32>, tensor<1024x4096xf32>)
                       outs(%f : tensor<64x4096xf32>) -> tensor<64x4096xf32>
    // becomes
    %p = linalg.pack %w outer_dims_perm = [1, 0] inner_dims_pos = [1]
           inner_tiles = [32] into %d : tensor<1024x4096xf32> -> tensor<128x1024x32xf32>
    %v = tensor.expand_shape %f [[0], [1, 2]] ... : tensor<64x128x32xf32>
    %g = linalg.generic {indexing_maps = [(n1, m, n0, k) -> (m, k),
                                          (n1, m, n0, k) -> (n1, k, n0),
                                          (n1, m, n0, k) -> (m, n1, n0)], ...}
           ins(%x, %p : ...) outs(%v : tensor<64x128x32xf32>)
    %m = tensor.collapse_shape %g [[0], [1, 2]] : ... into tensor<64x4096xf32>
    ```
  }];
  let options = [
    Option<"panelWidth", "panel-width", "int64_t", /*default=*/"0",
           "Columns per panel (0: two vectors of the host's width, the "
           "register tile of fusion-vectorize)">,
    Option<"minReuse", "min-reuse", "int64_t", /*default=*/"32",
           "Pack a run-time operand only if each element is used by at least "
           "this many rows">,
  ];
  let statistics = [
    Statistic<"numPacked", "num-packed", "Contractions packed">,
    Statistic<"numRefused", "num-refused", "Contractions left unpacked">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionLowerPacksPass : Pass<"fusion-lower-packs"> {
  let summary = "Lower linalg.pack to tensor.expand_shape + linalg.transpose";
  let description = [{
    Rewrites each `linalg.pack` on tensors with `linalg::lowerPack` (pad,
    expand_shape, transpose), so that the copy into panels is an ordinary
    linalg op that kernel formation tiles and vectorizes.
  }];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

//===----------------------------------------------------------------------===//
// GPU: kernels on buffers, from tiles to launches (lib/Codegen/GPU)
//===----------------------------------------------------------------------===//

def FusionGPUCheckTypesPass
    : Pass<"fusion-gpu-check-types", "::mlir::ModuleOp"> {
  let summary = "Reject element types the NVVM lowering cannot compile";
  let description = [{
    Emits an error at the first op using a floating-point type other than
    f16, bf16, f32 and f64 (e.g. f80, f128, the f8 types), as an element
    type of a tensor, memref or vector or as a scalar: NVPTX has no
    arithmetic for them (the backend aborts). The first pass of
    `fusion-to-nvvm`.
  }];
}

def FusionGPUMapForallPass
    : Pass<"fusion-gpu-map-forall", "::mlir::func::FuncOp"> {
  let summary = "Map scf.forall block and thread tiles to a gpu.launch";
  let description = [{
    Each top-level `scf.forall` on buffers whose mapping is GPU blocks (the
    contraction kernels that `fusion-lower-groups{shared-memory-contractions}`
    makes) becomes a `gpu.launch`: one block per iteration, and as many
    threads as the largest nested `scf.forall` mapped to threads has
    iterations. Each nested forall becomes code on the thread id, predicated
    when it has fewer iterations, followed by `gpu.barrier`, so that a
    shared-memory copy completes before the tiles that read it, and those
    before the next copy. Buffers allocated in
    `#gpu.address_space<workgroup>` become workgroup attributions of the
    launch. Then accumulator reads and writes that do not depend on the
    reduction loop leave it (registers). Foralls without a GPU mapping are
    left alone. Library function: `mapForallToGPULaunch`.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPULowerVectorsPass : Pass<"fusion-gpu-lower-vectors"> {
  let summary = "Lower vector ops of GPU tiles to 1-D loads, stores and FMAs";
  let description = [{
    The vector ops that tiles of GPU kernels are vectorized into become ops
    that the NVVM lowering handles: `vector.contract` becomes outer products
    and then `vector.fma` per row; transfers with permutation maps become
    minor-identity transfers and broadcasts; 1-D transfers become
    `vector.load` / `vector.store` (run `convert-vector-to-scf{full-unroll
    target-rank=1}` in between for n-D transfers); multi-reductions,
    broadcasts, transposes and shape casts are unrolled. Applied greedily on
    the host function before kernel outlining.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPULowerAllReducePass : Pass<"fusion-gpu-lower-all-reduce"> {
  let summary = "Lower gpu.all_reduce to warp shuffles and shared memory";
  let description = [{
    Each uniform `gpu.all_reduce` in a `gpu.func` becomes upstream's block
    reduction: a butterfly of `gpu.shuffle xor` within each warp, the warps'
    results through a 32-element workgroup buffer (one barrier), the first
    warp's shuffles again, and the result through the buffer to every
    thread (a second barrier). Row-reduction kernels
    (`fusion-lower-groups{row-reductions}`) combine their threads' partial
    sums, maxima, ... so. Runs after `convert-scf-to-cf` (the lowering makes
    branches). A reduction left over (not uniform, outside a `gpu.func`)
    is an error.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPUEmulateAllReducePass
    : Pass<"fusion-gpu-emulate-all-reduce", "::mlir::func::FuncOp"> {
  let summary = "Split thread loops at gpu.all_reduce for the emulation";
  let description = [{
    For `fusion-emulate-gpu`, which runs the threads of a block one after
    another: each uniform `gpu.all_reduce` in the body of an `scf.forall`
    mapped to threads (on buffers, from 0 by 1 to a constant) splits that
    forall. A copy runs the ops before the reduction and stores each
    thread's value into a buffer of one element per thread; the buffer is
    reduced with `vector.reduction`; the original forall then runs with
    that result in place of the reduction (its ops before it run again, so
    they may read memory and write only buffers they allocate). Anything
    else is an error naming the reason. Library function:
    `splitForallAtAllReduce`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::vector::VectorDialect",
  ];
}

#endif // FUSE_CODEGEN_PASSES_TD
