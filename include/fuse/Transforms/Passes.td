//===- Passes.td - fuse transformation passes --------------*- tablegen -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_TRANSFORMS_PASSES_TD
#define FUSE_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def FusionVerifyInputPass : Pass<"fusion-verify-input"> {
  let summary = "Reject valid IR that the lowering cannot take, with an error";
  let description = [{
    The first pass of every fuse pipeline. It emits an error at each op that
    the verifiers accept but that upstream patterns further down the
    pipeline would crash on, so that such input is a diagnostic and a
    non-zero exit instead of a crash:

    - `tensor.dim` / `memref.dim` with a constant index outside
      `[0, rank)` (undefined behaviour by their semantics; the GPU dialect's
      canonicalization of `memref.dim` indexes the shape with it).

    ```mlir
    %c = arith.constant -1 : index
    %d = tensor.dim %x, %c : tensor<?x4xf32>  // error: dimension index -1 is
                                             // out of range for rank 2
    ```

    - a convolution's or pool's `strides` / `dilations` outside
      `1 .. 2^31-1` (upstream's tiling overflows on them);
    - an `arith.constant` of elements with a dynamic shape
      (`dense_resource<w> : tensor<8x3x?x3xf32>` parses; upstream's
      value-bounds analysis crashes on a convolution reading it);
    - an `expand_shape` / `collapse_shape` (tensor or memref) whose
      reassociation, flattened, is not `0, 1, ..., n-1`: upstream's verifier
      reads the indices as `unsigned` affine dims, so `[[4294967296], [1]]`
      passes as `[[0], [1]]`, and the canonicalizer indexes the shape with
      the 64-bit value.

    With `verify-ir`, the input has not been verified yet (fuse-opt and
    fuse-run parse without verifying and run this pass first): it first
    rejects what upstream verifiers crash on (`tensor.concat` with a `dim`
    outside `[0, rank)`), then runs the verifier.
  }];
  // Loads the fusion dialect, whose canonicalization patterns guard
  // upstream ones (dims with an index folded out of range become poison).
  let dependentDialects = ["::mlir::fusion::FusionDialect"];
  let options = [
    Option<"verifyIR", "verify-ir", "bool", /*default=*/"false",
           "The input is unverified: guard the verifiers that crash, then "
           "run them">,
  ];
}

def FusionFoldBatchNormPass : Pass<"fusion-fold-batchnorm"> {
  let summary = "Fold inference batch norm into the producing convolution "
                "or matmul";
  let description = [{
    Inference batch norm is a per-channel affine map `y = x * s[c] + t[c]`,
    `s = gamma / sqrt(var + eps)`, `t = beta - mean * s`. After a
    contraction or convolution whose weights (input 1) are indexed by the
    output channel, it folds into the producer:

    `conv(x, w; init) * s + t = conv(x, w * s; init * s + t)`.

    Producers: any linalg contraction or convolution accumulating into one
    init: `conv_2d_nchw_fchw`, `conv_2d_nhwc_hwcf`, depthwise convolutions,
    grouped convolutions (`conv_2d_ngchw_gfchw`, seen through the
    `tensor.collapse_shape` of [G, F] that frontends emit), `matmul` in any
    operand layout (transposed B), `batch_matmul`, generic contractions.

    Recognised forms of the batch norm:
    - `fusion.batch_norm`;
    - a chain of single-use elementwise `linalg.generic` ops after the
      producer that is affine in its result with per-channel coefficients
      (torch-mlir's form: subtract mean, multiply by `rsqrt(var + eps)`, by
      gamma, add beta; as separate generics or already fused into one).
      Coefficients may be any arith/math computation of operands indexed by
      one channel loop dim and of constants. A chain without a scale (a bias
      add) is left to `fusion-fold-bias`.

    With constant weights and statistics the new weights and bias are
    computed at compile time in f64; otherwise one 1-D generic computes the
    per-channel scale and shift at run time, a generic scales the weights,
    and another applies them to the init. Either way the normalization
    leaves the activation path.

    Every batch norm gets a remark: folded, or not folded with the reason
    (producer not a contraction, producer result used elsewhere, channel
    axis not the producer's output channel, statistics not per channel,
    non-constant epsilon, grouped channels not contiguous in the weights,
    mixed element types). Generic epilogues that are not batch norms (an
    activation, a bias add) get none.

    ```mlir
    %c = linalg.conv_2d_nchw_fchw ins(%x, %w : ...) outs(%zero : ...)
    %y = fusion.batch_norm %c, %gamma, %beta, %mean, %var ...
    // becomes
    %w2 = arith.constant dense<...>   // w * gamma / sqrt(var + eps)
    %b = arith.constant dense<...>    // beta - mean * gamma / sqrt(var + eps)
    %init = linalg.generic ins(%b) ... // broadcast along the channel
    %y = linalg.conv_2d_nchw_fchw ins(%x, %w2 : ...) outs(%init : ...)
    ```
  }];
  let statistics = [
    Statistic<"numFolded", "num-folded", "Batch norms folded">,
    Statistic<"numRefused", "num-refused", "Batch norms left in place">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::fusion::FusionDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionFoldBiasPass : Pass<"fusion-fold-bias"> {
  let summary = "Fold a bias add after a contraction into its accumulator "
                "init";
  let description = [{
    An elementwise `linalg.generic` add whose one operand is the result of a
    contraction or convolution (matmul, batch_matmul, conv, ...; read
    elementwise, no other use) and whose other operand is any broadcast of a
    bias becomes the contraction's accumulator init:

    `add(contract(a, b; init), bias) = contract(a, b; add(init, bias))`.

    With a `linalg.fill` init the new init is one broadcast write of the bias,
    so the separate pass over the contraction result disappears. Every
    candidate add gets a remark: folded (with the bytes of memory traffic
    saved) or not folded with the reason.

    ```mlir
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x4096xf32>)
    %m = linalg.matmul ins(%a, %w : ...) outs(%f : tensor<64x4096xf32>)
    %y = linalg.generic {indexing_maps = [#id, #bias, #id], ...}
        ins(%m, %b : tensor<64x4096xf32>, tensor<4096xf32>) ... addf
    // becomes
    %i = linalg.generic {indexing_maps = [#id, #bias, #id], ...}
        ins(%f, %b : ...) ... addf
    %y = linalg.matmul ins(%a, %w : ...) outs(%i : tensor<64x4096xf32>)
    ```
  }];
  let statistics = [
    Statistic<"numFolded", "num-folded", "Bias adds folded">,
    Statistic<"numRefused", "num-refused", "Candidate adds left in place">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionFuseElementwisePass : Pass<"fusion-fuse-elementwise"> {
  let summary = "Fuse elementwise linalg.generic chains, with a cost policy";
  let description = [{
    Upstream's elementwise producer-consumer fusion
    (`linalg::populateElementwiseOpsFusionPatterns`) under fuse's policy
    (`decideElementwiseFusion`): a producer is fused into its consumer
    unless

    * the fused op would have more than `max-operands` operands, or
    * the producer is expensive (more than `max-recompute-ops` scalar ops per
      element) and fusing would recompute it: because its result has other
      users, or because the consumer iterates a broadcast of it more than
      `max-broadcast-factor` times per element, or
    * the consumer has reduction loops (a contraction) and would recompute
      each producer element more than `max-broadcast-factor` times, however
      cheap: in its inner loop that multiplies the hottest loop's work (W4's
      ensemble ran at 0.66x of unfused with it, ~0.9-1.0x without).

    A chain of elementwise ops becomes one `linalg.generic`, one loop nest,
    with no intermediate tensors. Each decision is a remark: fused (with the
    bytes of memory traffic saved) or not fused (with the reason).

    ```mlir
    %a = linalg.generic ... { mulf }   // x * s
    %b = linalg.generic ins(%a ...) { addf }
    // becomes one linalg.generic { mulf, addf }
    ```
  }];
  let options = [
    Option<"maxOperands", "max-operands", "int64_t", /*default=*/"12",
           "Most operands of a fused op">,
    Option<"maxBroadcastFactor", "max-broadcast-factor", "int64_t",
           /*default=*/"4",
           "Most recomputations of an expensive producer element through a "
           "broadcast">,
    Option<"maxRecomputeOps", "max-recompute-ops", "int64_t", /*default=*/"2",
           "Producers with at most this many ops per element may be "
           "recomputed freely">,
  ];
  let statistics = [
    Statistic<"numFused", "num-fused", "Producers fused">,
    Statistic<"numRefused", "num-refused", "Producer-consumer pairs refused">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::linalg::LinalgDialect",
  ];
}

def FusionFuseSiblingsPass : Pass<"fusion-fuse-siblings"> {
  let summary = "Fuse sibling matmuls that share their LHS into one";
  let description = [{
    Horizontal fusion: `linalg.matmul` ops (default form, static shapes, one
    block) that read the same LHS, such as Q/K/V projections or the first
    layers of an ensemble on one input, become one matmul by the weights
    concatenated along N, followed by `tensor.extract_slice`s. Groups hold at
    most `max-group-size` matmuls. The LHS is read once, and one larger
    kernel replaces several small ones. Each group gets a remark.

    ```mlir
    %q = linalg.matmul ins(%x, %wq : tensor<8x64xf32>, tensor<64x64xf32>) ...
    %k = linalg.matmul ins(%x, %wk : tensor<8x64xf32>, tensor<64x64xf32>) ...
    // becomes
    %w = tensor.concat dim(1) %wq, %wk : ... -> tensor<64x128xf32>
    %qk = linalg.matmul ins(%x, %w : ...) outs(... : tensor<8x128xf32>)
    %q = tensor.extract_slice %qk[0, 0] [8, 64] [1, 1]
    %k = tensor.extract_slice %qk[0, 64] [8, 64] [1, 1]
    ```

    Constant weights are concatenated at compile time. Weights known only
    at run time would be copied into the concatenation on every call, which
    measured slower than the separate matmuls (bench/README.md), so such
    groups are refused unless `runtime-weights` is set.
  }];
  let options = [
    Option<"maxGroupSize", "max-group-size", "int64_t", /*default=*/"8",
           "Most matmuls fused into one">,
    Option<"runtimeWeights", "runtime-weights", "bool", /*default=*/"false",
           "Also fuse groups whose weights are not constants (concatenated "
           "at run time)">,
  ];
  let statistics = [
    Statistic<"numFused", "num-fused", "Matmuls fused into groups">,
    Statistic<"numRefused", "num-refused", "Groups left unfused">,
  ];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionBatchEnsemblesPass : Pass<"fusion-batch-ensembles"> {
  let summary = "Batch isomorphic ensemble branches into one computation "
                "over a leading branch dim";
  let description = [{
    N branches with the same structure and shapes, differing only in their
    weights and possibly in their inputs, become one computation over a new
    leading branch dim: every linalg op of the branches becomes one generic
    with an extra parallel loop, specialized back to a named op where one
    matches (two stacked matmul operands: `linalg.batch_matmul`). Operands
    that differ between branches are stacked (constants at compile time,
    other values by `tensor.concat`); operands the branches share (an
    ensemble's common input) are read once, not copied. Each branch output
    becomes a `tensor.extract_slice` of the batched result, which the
    combiner reads in place.

    Branches are found in two shapes of dataflow:
    - the `branch` regions of `fusion.late` (each yielding one value); the
      branches then yield their slices;
    - plain IR: the operands of an elementwise `linalg.generic` combiner
      (what `fusion.sum`/`fusion.mean`/... lower to) each computed by a
      private slice of linalg ops containing a contraction.

    Branches may contain linalg ops on tensors, `tensor.empty` and
    `arith.constant`; anything else refuses. Every candidate gets a remark:
    batched, or not batched with the reason (branches differ at an op, in
    their dataflow or in a body; an op that cannot be batched; dynamic
    shapes; fewer than `min-branches`; stacking copies above
    `max-stack-bytes`).
  }];
  let options = [
    Option<"minBranches", "min-branches", "int64_t", /*default=*/"2",
           "Fewest branches to batch">,
    Option<"maxStackBytes", "max-stack-bytes", "int64_t",
           /*default=*/"1048576",
           "Most bytes copied per call to stack non-constant values that "
           "differ between branches (W4 with 4.7 MB of weights given at "
           "run time ran at 0.19x of unfused when batched)">,
  ];
  let statistics = [
    Statistic<"numBatched", "num-batched", "Ensembles batched">,
    Statistic<"numRefused", "num-refused", "Ensembles left unbatched">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionFoldCombinersPass : Pass<"fusion-fold-combiners"> {
  let summary = "Compute a late-fusion sum or mean inside the branches' "
                "contractions";
  let description = [{
    A late-fusion combiner that is a constant linear combination of branch
    outputs (`fusion.sum`, `fusion.mean` with or without weights, as lowered
    to an elementwise `linalg.generic`), `y = sum_i c_i * x_i`, where each
    `x_i` is produced by a contraction or convolution:

    - **separate branches**: each contraction's weights are scaled by `c_i`
      (at compile time when constant) and it accumulates into the previous
      one's result, starting from `sum_i c_i * init_i`: one shared
      destination, no per-branch output tensor;
    - **batched branches** (after `fusion-batch-ensembles`: the `x_i` are the
      slices of one contraction over a leading branch dim): the weights are
      scaled per branch and the branch dim becomes a reduction dim of that
      contraction, which writes `y` directly.

    Every candidate (an elementwise generic whose inputs are all contraction
    results) gets a remark: folded with the estimated bytes saved, or not
    folded with the reason (not a constant linear combination: gates and
    attention weigh per element at run time; a branch output not produced by
    a contraction, e.g. after a ReLU; other uses).
  }];
  let statistics = [
    Statistic<"numFolded", "num-folded", "Combiners folded">,
    Statistic<"numRefused", "num-refused", "Combiners left in place">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionEliminateConcatPass : Pass<"fusion-eliminate-concat"> {
  let summary = "Remove the copies of early-fusion concats";
  let description = [{
    Early fusion joins representations with a `tensor.concat` (what
    `fusion.concat` lowers to), which copies every input. For each concat:

    - if its only use is an input of a contraction and the concat axis is a
      reduction dim of it (features concatenated, then a dense layer), the
      contraction is split into partial contractions, one per piece, each
      reading the matching slice of the other input (the weights) and
      accumulating into the previous one's result:
      `matmul(concat(a1, a2), w) = matmul(a2, w[k1:]; matmul(a1, w[:k1]))`;
    - otherwise, if every piece is the only use of a linalg op's result whose
      init is an empty tensor (or a fill of one), the producers write into
      `tensor.extract_slice`s of one destination, joined by
      `tensor.insert_slice`s, which one-shot bufferization places in place:
      no copy.

    Every concat gets a remark: split, written in place, or copied with both
    reasons.
  }];
  let statistics = [
    Statistic<"numEliminated", "num-eliminated",
              "Concats split into partial contractions">,
    Statistic<"numInPlace", "num-in-place",
              "Concats whose producers write in place">,
    Statistic<"numRefused", "num-refused", "Concats left as copies">,
  ];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionConvToNhwcPass : Pass<"fusion-conv-to-nhwc"> {
  let summary = "Compute NCHW convolutions in NHWC/HWCF layout";
  let description = [{
    Rewrites each static-shaped `linalg.conv_2d_nchw_fchw` as
    `linalg.conv_2d_nhwc_hwcf` between `linalg.transpose` ops (input to
    NHWC, filter to HWCF, result back to NCHW). A constant filter is
    transposed at compile time and a fill init becomes a fill of the new
    shape. In NHWC the reduction over input channels is innermost and the
    output channels are contiguous in the filter, so that the convolution's
    register tiles (fusion-vectorize) are those of a matmul. Depthwise
    convolutions (`depthwise_conv_2d_nchw_chw`) and pooling
    (`pooling_nchw_max`, `pooling_nchw_sum`) become their NHWC forms the
    same way, vectorized along the channels. Every converted op gets a
    remark.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionPropagateTransposesPass : Pass<"fusion-propagate-transposes"> {
  let summary = "Sink layout transposes through elementwise ops and pads, "
                "and cancel inverse pairs";
  let description = [{
    After `fusion-conv-to-nhwc`, each NCHW convolution sits between a
    transpose of its input to NHWC and one of its result back to NCHW;
    between two convolutions, the activations go NHWC -> NCHW -> NHWC. This
    pass moves each `linalg.transpose` below the all-parallel
    `linalg.generic` ops (ReLU, residual add, scale) and the `tensor.pad`
    that read it, which then run in the transpose's input layout (their
    other operands are read through permuted maps), and folds a transpose
    of a transpose into one (none when they are inverse): the activations
    stay NHWC from one convolution to the next. A reduction that reads a
    transpose elementwise (an NCHW average pool of a transposed NHWC
    result: MobileNetV3's squeeze-excite) iterates in the transpose's
    input order instead (its loops renamed), where its other operands and
    its result are then still read in their own dim order; a generic that
    reads a transpose through a map that, composed with the permutation,
    reads the transpose's input in its own order (the identity, or a
    broadcast such as the squeeze-excite scale read through
    `(d0, 0, 0, d3)`) reads the input. A concatenation of
    transposes (`tensor.insert_slice`s of transposes by one permutation into
    an empty tensor: SqueezeNet's fire modules before a pool) is built in
    the transposes' input layout, with one transpose after it. A transpose
    that meets any other reduction, a reshape or the function's result
    stays there.
    A transpose or a static slice of a constant with data (`dense`, or a
    `dense_resource` blob: a linear layer's `x @ W^T` as torch-mlir prints
    it, the halves of weights that `fusion-eliminate-concat` split) becomes
    a new constant, computed at compile time. Last, a transpose of a
    constant pad of a function argument (an NCHW model's input padded for
    the stem convolution) is applied before the pad, which then pads the
    transpose's result in the new layout: a kernel's result, that
    `fusion-write-in-place` computes into the padded buffer, instead of a
    fill of the whole buffer and a copy of the input. A remark says how
    many transposes are gone.
  }];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionLowerCopiesPass : Pass<"fusion-lower-copies"> {
  let summary = "memref.copy between strided memrefs as linalg.copy";
  let description = [{
    After bufferization a `tensor.pad` or an insert into a slice is a
    `memref.copy` into a strided view. The LLVM lowering turns a copy
    between contiguous memrefs into `llvm.memcpy`, but any other into a call
    of the runtime's generic `memrefCopy`, which walks the elements one by
    one (7.8% of ResNet-18's run time). This pass rewrites those into
    `linalg.copy`, which `convert-linalg-to-loops` lowers to loops that LLVM
    vectorizes along the unit-stride innermost dimension; contiguous copies
    stay.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def FusionConstantGlobalsPass
    : Pass<"fusion-constant-globals", "::mlir::ModuleOp"> {
  let summary = "Create the memref.globals of tensor constants in program "
                "order, before bufferization";
  let description = [{
    One-Shot Bufferize with function boundaries visits a module's functions
    in an order that depends on pointer values, and names each tensor
    constant's `memref.global` (`__constant_4xf32`, `__constant_4xf32_0`,
    ...) in the order it meets them: the same module compiled twice could
    name and place its constants differently. Run right before it, this pass
    creates those globals in program order (functions in order, ops in
    pre-order), with the alignment One-Shot Bufferize uses (`alignment`,
    64 by default, its `bufferAlignment`) and no memory space; One-Shot
    Bufferize then reuses them (a global of the same type, value and
    alignment), so the output is the same on every run. Both pipelines run
    it before bufferization.
  }];
  let options = [
    Option<"alignment", "alignment", "uint64_t", /*default=*/"64",
           "Alignment of the globals (One-Shot Bufferize's bufferAlignment)">,
  ];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def FusionWriteInPlacePass : Pass<"fusion-write-in-place"> {
  let summary = "Kernels write into padded buffers and concatenations";
  let description = [{
    Before bufferization: a convolution's input is a
    `tensor.pad` of the previous kernel's result, and a concatenation is a
    chain of `tensor.insert_slice`s of kernel results; bufferized, each
    copies a whole activation into a new buffer. Here a static pad by a
    constant becomes a fill of the padded tensor placed before the kernel
    that computes its source, the kernel computes into the fill's interior
    slice (the `tensor.empty` its loops start from is replaced by that
    slice), and the pad becomes the insertion of the result there
    (`writePadSourceInPlace`); likewise the kernel computing an inserted
    value computes into the destination's slice
    (`writeInsertedValueInPlace`). One-shot bufferization then writes in
    place, without a copy. The fill covers the border only (`border-only`,
    the default: one slice per side, the CPU's choice) or the whole padded
    tensor (`border-only=false`: one kernel on the GPU instead of one per
    side; `fusion-to-nvvm` runs it so). Readers of the result after the insertion read it
    from the inserted tensor (the same values), which bufferization would
    otherwise count as a conflicting write and copy around.
  }];
  let options = [
    Option<"borderOnly", "border-only", "bool", /*default=*/"true",
           "Fill only the pad's border, one slice per side of each padded "
           "dimension (false: the whole padded tensor in one fill, one GPU "
           "kernel; fusion-to-nvvm's choice)">,
  ];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionHoistLoopBuffersPass : Pass<"fusion-hoist-loop-buffers"> {
  let summary = "Allocate tile temporaries once, in front of the tile loops";
  let description = [{
    After bufferization (before the deallocation pipeline): a static
    `memref.alloc` inside `scf.for` loops (a kernel's tile temporary, e.g. a
    convolution tile's accumulator that its epilogue reads) that is only
    read and written within an iteration (through views: linalg ops,
    copies, memref and vector loads, stores and transfers; anything else,
    a yield, a call, a dealloc, counts as passing it on) moves in front of
    the outermost
    of the `scf.for` loops directly around it (`hoistLoopBuffer`): one
    allocation per call instead of one per tile. It never leaves an
    `scf.forall` or `scf.parallel` (each thread keeps its own) or another
    region. A fresh allocation holds no values, so reusing one buffer
    changes no result.

    After `convert-scf-to-openmp`, a static `memref.alloc` in the loop of a
    work-sharing loop (`omp.loop_nest` in `omp.wsloop`, directly in an
    `omp.parallel`), freed by one `memref.dealloc` at the end of the same
    iteration and otherwise only read and written as above, moves to the
    start of the parallel region and its dealloc to the region's end
    (`hoistParallelLoopBuffer`): one allocation per thread instead of one
    per iteration. `fusion-to-llvm{threads=N}` runs the pass again there.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def FusionMergeParallelRegionsPass : Pass<"fusion-merge-parallel-regions"> {
  let summary = "One OpenMP team for consecutive parallel regions";
  let description = [{
    After `convert-scf-to-openmp` every kernel's tile loop has an
    `omp.parallel` of its own: a fork and a join of the thread team per
    kernel (about 3.3 us each on a 2-core machine, against 0.6-0.9 us for a
    barrier). This pass merges consecutive parallel regions of a block
    into the first (`mergeParallelRegions`):

    - each region must be a plain team: one block, the same `num_threads`
      and no other clause, and a body of work-sharing loops (`omp.wsloop`
      without `nowait`, reductions or privatization: they end in a barrier),
      thread-private `memref.alloc`/`memref.dealloc` and ops without memory
      effects;
    - the host code between two regions: allocations and ops without memory
      effects (views, constants) whose operands are known before the first
      region move in front of it, deallocs after it, and the rest runs in an
      `omp.single` (one thread, whichever comes first; the others wait at
      its closing barrier). Values of that code must not be used outside
      its `omp.single`, and it must hold no OpenMP op (an orphaned
      work-sharing loop would bind to the team). Where that code is only
      `linalg.fill`s (a pad's border) of disjoint static boxes of
      allocations that the next region's first work-sharing loop neither
      reads nor writes (its views of them are subviews whose boxes do not
      meet the fills'), each fill is an `omp.single nowait` instead: the
      threads share the fills and go on into the loop, whose closing
      barrier orders them before the reads (MobileNetV3-small on two
      threads: 0.863-0.917 -> 0.834-0.856 ms).

    A region that is not a plain team, or host code that cannot run in a
    team, ends a run: the next region starts the next one. Results are
    bit-identical: every op runs as often and in the same order per output
    element, only the fork and join become barriers (and a border fill's
    barrier the next loop's).
    `fusion-to-llvm{threads=N}` runs the pass after
    `fusion-hoist-loop-buffers`.
  }];
  let dependentDialects = ["::mlir::omp::OpenMPDialect"];
}

def FusionSplitReductionsPass : Pass<"fusion-split-reductions"> {
  let summary = "Reductions over rows with a small result in two steps: "
                "within each row, then across the rows";
  let description = [{
    A `linalg.generic` reducing one operand over two or more loops into a
    result of at most `max-result` elements (a global average pool: a
    14x14x240 map summed to 240 channels) becomes two
    (`splitReductionByRows`):

    - the partial results: the same op with its outermost reduction loop
      (the map's rows) parallel, into a tensor of the parallel loops and the
      rows (14x240), from the combiner's neutral element;
    - their sum: the rows reduced with the op's own combiner into the op's
      own init.

    On the CPU a result that small is one tile, which the thread split
    divides by channels: each thread then reads every row of a map that
    its producer wrote split by rows, half of it from the other core's
    cache. The first step's tiles are rows instead, shared by the threads
    as the producer's were. The combiner is the op that combines the
    accumulator, once, with the body's value (add, mul, max, min, and, or,
    xor: ops with a neutral element, `arith::getNeutralElement`); the other
    operands must be constant along the reduction (a per-channel scale), the
    reduced one read through a projected permutation (not a window, not a
    contraction). Floating-point sums are reassociated (rows summed first):
    results change in the last bits, as any split or vectorized reduction's
    do, and are the same for every thread count. `fusion-to-llvm` runs the
    pass before forming kernels unless `split-reductions=false`
    (docs/kernels.md, "Reductions over rows").
  }];
  let options = [
    Option<"maxResult", "max-result", "int64_t", /*default=*/"4096",
           "Largest result (elements) split: larger ones have tiles enough">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def FusionPlanBuffersPass
    : Pass<"fusion-plan-buffers", "::mlir::func::FuncOp"> {
  let summary = "Place a function's buffers in one allocation (static memory "
                "plan)";
  let description = [{
    After bufferization, every kernel's result is a `memref.alloc` of its
    own, freed at the end of the function: a malloc and a free per kernel
    and call, and as much memory as all of them together. This pass places
    the static buffers of each block of the function in one allocation of
    bytes, each buffer a `memref.view` at an offset fixed at compile time
    (`planBuffers`), as TFLite's arena planner and IREE's stream allocation
    do:

    - a buffer is planned if it has a static shape, an identity layout, the
      default memory space, one `memref.dealloc` in the block, and is
      otherwise only read and written (through views: linalg ops, copies,
      loads, stores, transfers; a buffer that is returned, passed to a call
      or stored is not);
    - its live range runs from the first to the last op that reads or
      writes it, in program order; an access inside a loop (`scf.for`,
      `omp.wsloop`, ...) or a region of several blocks covers the whole
      op, and one inside an `omp.parallel` covers the whole region unless
      its threads run its constructs in barrier-separated phases
      (work-sharing loops and singles without `nowait`, as
      `fusion-merge-parallel-regions` makes them; an `omp.single nowait`
      runs beside the constructs after it, and an access in it lasts to the
      end of the next loop or single without `nowait`, or barrier); `scf.if`,
      `scf.index_switch`, `scf.execute_region`, `memref.alloca_scope` and
      `omp.single` run their one block at most once, in program order. A
      buffer accessed inside any other op with regions (`omp.task`,
      `async.execute`: it may outlive its op) is not planned;
    - buffers with overlapping live ranges get disjoint bytes; largest
      first, each at the lowest free 64-byte aligned offset.

    A remark gives the count of buffers, their bytes and the allocation's.
    `fusion-to-llvm` runs the pass last before lowering to LLVM (option
    `plan-buffers`, default on).
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

def FusionParallelizeHostOpsPass
    : Pass<"fusion-parallelize-host-ops", "::mlir::func::FuncOp"> {
  let summary = "Split linalg ops outside the tile loops across threads";
  let description = [{
    After bufferization, the ops that no fusion group holds run in host code
    on one thread, even in `fusion-to-llvm{threads=N}`: the fills and copies
    of pads (a copy of every padded activation), copies into slices. This
    pass splits each such linalg op with at least `min-elements` iterations
    into `threads` chunks of its outermost parallel loop (an `scf.forall`
    of the op on subviews, still vectorized), which the OpenMP lowering
    runs in parallel. Library function: `parallelizeHostLinalgOp`.
  }];
  let options = [
    Option<"threads", "threads", "int64_t", /*default=*/"2",
           "Number of chunks (threads)">,
    Option<"minElements", "min-elements", "int64_t", /*default=*/"16384",
           "Smallest iteration space split">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::scf::SCFDialect",
  ];
}


def FusionDivideByConstantPass : Pass<"fusion-divide-by-constant"> {
  let summary = "Divisions by a constant integer as a multiply by the "
                "reciprocal and an FMA correction, correctly rounded";
  let description = [{
    `arith.divf %x, %c` with a constant integer divisor (a scalar or a
    splat; f32 or f64; |c| at least 1) becomes, with x' = x (or -x for a
    negative c) and r = 1 / |c| rounded at compile time:

    ```mlir
    %q  = arith.mulf %x', %r
    %e  = math.fma %q, |c|, -%x'      // q * |c| - x', exact
    %q1 = math.fma -%e, %r, %q        // the correctly rounded quotient
    %y  = arith.select (%e is NaN), %q, %q1   // x infinite or NaN
    ```

    By Markstein's theorem the result equals the division for every x whose
    quotient is a normal number or zero (the sign of zero included),
    infinite or NaN (a NaN's sign bit may differ for a negative c);
    quotients below the smallest normal number may differ by one ulp. The
    theorem needs q within an ulp of the quotient, proven here from
    |r * |c| - 1| <= 2^-(p+1) (p significand bits: 6, 3, 10, 49, 196, 3136
    pass; 7, 255 and 1000 stay divisions), and an exact remainder, which an
    integer divisor gives. A power-of-two divisor becomes the multiply
    alone (exact). Divisions marked `arcp` are left to LLVM's reciprocal.
    Frontends divide by constants in every hardswish and hardsigmoid
    (`relu6(x + 3) / 6`) and mean: a vector division issues once per 5-16
    cycles, the replacement's seven ops (two of them negations, one a
    select) at two or more per cycle. `fusion-to-llvm` runs this unless
    `precise-math=true`, as do `fusion-to-nvvm` and `fusion-emulate-gpu`
    (docs/math.md, "Division by a constant").
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
}

def FusionApproximateMathPass : Pass<"fusion-approximate-math"> {
  let summary = "Replace math functions by arith-only approximations";
  let description = [{
    Expands math ops without a polynomial approximation into ones with one
    (`rsqrt`, `tan`, `sinh`, `cosh`, ...), then replaces `exp`, `log`,
    `tanh`, `erf`, `sin`, `cos`, ... by MLIR's polynomial approximations in
    `arith` ops, which vectorize. With `no-libdevice` (for GPU kernels)
    `exp`, `log`, `tanh`, `erf` and the sigmoid first get `bounded`'s
    full-range versions (upstream's are wrong at the edges of the range:
    log of a subnormal, the sign of tanh(-0)), and the `math.fma`,
    `math.floor` and `math.absf` the approximations use become LLVM's fma
    intrinsic and arith, so that the PTX calls no external function, whether
    or not the CUDA toolkit is found.
  }];
  let options = [
    Option<"bounded", "bounded", "bool", /*default=*/"false",
           "Only exp, log, tanh and erf, with fuse's full-range handling "
           "(subnormal results and inputs, tiny inputs, overflow), so that "
           "their max ulp error holds over every f32 input (docs/math.md); "
           "other functions are left for libm. The CPU pipelines' default">,
    Option<"noLibdevice", "no-libdevice", "bool", /*default=*/"false",
           "For GPU kernels: exp, log, tanh, erf and the sigmoid as with "
           "`bounded`, the rest with upstream's approximations (left for "
           "libm if `bounded` is set too), and the "
           "math ops that NVVM lowering would turn into libdevice calls "
           "(fma, floor, absf) in LLVM intrinsics and arith">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
}

#endif // FUSE_TRANSFORMS_PASSES_TD
