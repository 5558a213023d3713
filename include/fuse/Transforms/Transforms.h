//===- Transforms.h - fuse rewrite entry points -------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_TRANSFORMS_TRANSFORMS_H
#define FUSE_TRANSFORMS_TRANSFORMS_H

#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir {
namespace fusion {

/// Folds `bn` into the contraction or convolution that produces its input
/// (and has no other use), when the channel axis is an output channel that
/// indexes the weights (input 1): linalg.conv_2d_nchw_fchw, nhwc_hwcf,
/// depthwise and, through a tensor.collapse_shape of [G, F], grouped
/// convolutions; matmul in any operand layout; batch_matmul; and generic
/// contractions. Scales the weights per output channel (at compile time, in
/// f64, when they and the statistics are constants) and applies the shift to
/// the accumulator init. Returns the folded producer's result, which replaced
/// `bn`; fails with a reason given to `rewriter.notifyMatchFailure`, changing
/// nothing.
FailureOr<Value> foldBatchNormIntoProducer(RewriterBase &rewriter,
                                           BatchNormOp bn);

/// Folds a per-channel affine epilogue, the chain of single-use elementwise
/// linalg.generic ops starting at `head` that computes y = x * s[c] + t[c]
/// from a contraction or convolution result x (a batch norm as frontends such
/// as torch-mlir emit it: subtract mean, multiply by rsqrt(var + eps), by
/// gamma, add beta, in separate generics or one), into that producer like
/// `foldBatchNormIntoProducer`. s and t may be any arith/math computation of
/// per-channel operands (indexed by one channel loop dim) and constants; the
/// chain must scale x (pure shifts are bias adds, for
/// `foldBiasIntoContraction`). Fails with a reason, changing nothing.
FailureOr<Value> foldAffineEpilogueIntoProducer(RewriterBase &rewriter,
                                                linalg::GenericOp head);

/// What `decideAffineEpilogueFold` finds an elementwise generic to be.
enum class AffineEpilogueKind {
  /// A per-channel affine map scaling a contraction result: a batch norm
  /// as frontends emit it, which `foldAffineEpilogueIntoProducer` folds.
  BatchNorm,
  /// No batch norm at all, so no fold to report: not elementwise on a
  /// contraction result, a nonlinear function of it (an activation, a
  /// gate), a product with a full tensor, or a shift only (a bias add).
  NotBatchNorm,
  /// Shaped like a batch norm, but unsupported (the reason says why).
  Unsupported,
};

/// The decision of the precondition of `foldAffineEpilogueIntoProducer`
/// for the chain starting at `head` (the fold itself may still refuse at the
/// producer, e.g. a result with other uses).
struct AffineEpilogueDecision {
  AffineEpilogueKind kind = AffineEpilogueKind::NotBatchNorm;
  /// Why not, for NotBatchNorm and Unsupported.
  std::string reason;
};
AffineEpilogueDecision decideAffineEpilogueFold(linalg::GenericOp head);

/// Splits `op`, a linalg.generic reducing one operand (read through a
/// projected permutation; its other operands constant along the reduction)
/// over two or more loops into a static result of at most
/// `maxResultElements`, its body combining the accumulator once by an op with
/// a neutral element: into the partial results, `op` with its outermost
/// reduction loop (the rows) parallel, into a tensor of the parallel loops
/// and the rows initialized to the neutral element; and their combination,
/// the rows reduced by the same combiner into `op`'s init, which replaces
/// `op` (where `op` writes its init with zeros on unit dims, into the init
/// with those dims collapsed, its result expanded back). Returns both ops;
/// fails with a reason given to
/// `rewriter.notifyMatchFailure`, changing nothing.
FailureOr<std::pair<linalg::GenericOp, linalg::GenericOp>>
splitReductionByRows(RewriterBase &rewriter, linalg::GenericOp op,
                     int64_t maxResultElements);

/// Folds `add`, an elementwise linalg.generic adding a bias to the result of
/// a contraction or convolution (read elementwise, no other use), into that
/// op's accumulator init. Returns the folded contraction's result, which
/// replaced `add`; fails with a reason given to `rewriter.notifyMatchFailure`,
/// changing nothing.
FailureOr<Value> foldBiasIntoContraction(RewriterBase &rewriter,
                                         linalg::GenericOp add);

/// Adds the pattern that applies `foldBiasIntoContraction`.
void populateFusionFoldBiasPatterns(RewritePatternSet &patterns);

/// Limits of the elementwise fusion policy.
struct ElementwiseFusionOptions {
  /// Most operands (inputs + inits) of a fused op.
  int64_t maxOperands = 12;
  /// Most times an expensive producer element may be recomputed because
  /// the consumer iterates a broadcast of it.
  int64_t maxBroadcastFactor = 4;
  /// Producers with at most this many scalar ops per element are cheap: they
  /// may be recomputed (other users, broadcast) without limit.
  int64_t maxRecomputeOps = 2;
};

/// A decision of the elementwise fusion policy.
struct ElementwiseFusionDecision {
  bool fuse;
  /// Why not (or a note when fusing), for remarks.
  std::string reason;
  /// Estimated bytes of memory traffic saved when fusing (0 if unknown).
  int64_t savedBytes;
};

/// The policy: whether to fuse the linalg.generic producing `fusedOperand`
/// into the linalg.generic that owns it (which upstream's
/// `linalg::areElementwiseOpsFusable` has accepted).
ElementwiseFusionDecision
decideElementwiseFusion(OpOperand *fusedOperand,
                        const ElementwiseFusionOptions &options);

/// Adds upstream's elementwise fusion patterns controlled by
/// `decideElementwiseFusion`.
void populateFusionFuseElementwisePatterns(
    RewritePatternSet &patterns, const ElementwiseFusionOptions &options = {});

/// Fuses `group`, default-form linalg.matmul ops on static-shaped tensors in
/// one block that share their LHS, into one matmul of that LHS by their
/// weights concatenated along N (`tensor.concat`), accumulating into one
/// fill (when all siblings fill with the same value) or the concatenated
/// inits, and replaces each sibling by a `tensor.extract_slice` of the
/// result. Returns the slices; fails, changing nothing, if the group is
/// smaller than 2, the ops differ in LHS or element type, or a sibling's
/// result is used before the last sibling.
FailureOr<SmallVector<Value>>
fuseSiblingMatmuls(RewriterBase &rewriter, ArrayRef<linalg::MatmulOp> group);

/// Adds the patterns that apply `foldBatchNormIntoProducer` and
/// `foldAffineEpilogueIntoProducer`.
void populateFusionFoldBatchNormPatterns(RewritePatternSet &patterns);

/// One branch of an ensemble: its ops, in order, and its output.
struct EnsembleBranch {
  SmallVector<Operation *> ops;
  Value output;
};

/// Limits of ensemble batching.
struct EnsembleBatchingOptions {
  /// Fewest branches to batch.
  int64_t minBranches = 2;
  /// Most bytes copied per call to stack non-constant values that differ
  /// between branches (constants are stacked at compile time). Stacking the
  /// 4.7 MB of W4's run-time weights made it 5x slower.
  int64_t maxStackBytes = 1 << 20;
};

/// Batches `branches`, which must be isomorphic (same ops, attributes,
/// bodies, types and dataflow; linalg ops on static-shaped tensors,
/// tensor.empty, arith.constant), into one computation over a new leading
/// branch dim, emitted at the rewriter's insertion point. Values from outside
/// a branch are mapped through `resolve`; those equal in all branches are
/// shared, the others stacked. Returns, per branch, the slice of the batched
/// result that stands for its output; the branches' ops are left for the
/// caller. Fails with a reason, creating nothing.
FailureOr<SmallVector<Value>>
batchEnsembleBranches(RewriterBase &rewriter, Location loc,
                      ArrayRef<EnsembleBranch> branches,
                      function_ref<Value(Value)> resolve,
                      const EnsembleBatchingOptions &options = {});

/// Batches the branch regions of `late` (each yielding one value) before it;
/// each branch then yields its slice. Returns the slices.
FailureOr<SmallVector<Value>>
batchLateFusionBranches(RewriterBase &rewriter, LateOp late,
                        const EnsembleBatchingOptions &options = {});

/// The branches computing the operands of `combiner` in plain IR: for each
/// operand produced by a linalg op (one branch per producing op), the
/// private slice of batchable ops computing it, if it contains a
/// contraction. When `combiner` is an elementwise generic, the operands of
/// the elementwise combiners feeding it alone count too: `(a + b) + c` has
/// three branches. `combiner` may also be a tensor.concat (torch.stack).
/// Fewer than two branches with the same ops means `combiner` combines no
/// ensemble (the pass then reports nothing).
SmallVector<EnsembleBranch> findEnsembleOperandBranches(Operation *combiner);

/// Batches the branches computing the operands of `combiner` in plain IR:
/// for each operand produced by a linalg op, the private slice of batchable
/// ops computing it (containing a contraction). Replaces the operands by the
/// slices and erases the branches. Returns the slices.
FailureOr<SmallVector<Value>>
batchEnsembleOperands(RewriterBase &rewriter, Operation *combiner,
                      const EnsembleBatchingOptions &options = {});

/// Folds `combiner`, an elementwise linalg.generic computing a constant
/// linear combination sum_i c_i * x_i (a lowered fusion.sum / fusion.mean) of
/// contraction results, into the contractions: with separate contractions,
/// each scales its weights by c_i and accumulates into the previous one's
/// result; with the N slices of one batched contraction (see
/// `batchEnsembleBranches`), its branch dim becomes a reduction. Returns the
/// value that replaced the combiner; fails with a reason, changing nothing.
FailureOr<Value> foldCombinerIntoContractions(RewriterBase &rewriter,
                                              linalg::GenericOp combiner);

/// Splits the contraction owning `concatOperand`, an input that is a
/// single-use tensor.concat along a reduction dim of the contraction, into
/// one partial contraction per piece (reading the matching slice of the
/// other input), each accumulating into the previous one's result. Returns
/// the last result, which replaced the contraction; fails with a reason,
/// changing nothing.
FailureOr<Value> splitContractionAlongConcat(RewriterBase &rewriter,
                                             OpOperand *concatOperand);

/// Makes the producers of `concat`'s inputs (linalg ops whose init is an
/// empty tensor or a fill of one, used only by the concat) write into
/// extract_slices of one destination, joined by insert_slices, which
/// bufferization places in place. Returns the joined value, which replaced
/// the concat; fails with a reason, changing nothing.
FailureOr<Value> writeConcatInputsInPlace(RewriterBase &rewriter,
                                          tensor::ConcatOp concat);

/// Emits an error at each op nested in `root` that the verifiers accept but
/// the lowering cannot take (an upstream pattern would crash on it): a
/// `tensor.dim` / `memref.dim` with a constant index outside [0, rank).
/// Fails if any was found. With `runVerifier`, `root` may be unverified
/// (parsed with verification off): ops that upstream verifiers crash on
/// (`tensor.concat` with `dim` outside [0, rank)) are errors first, then the
/// verifier runs. (`fusion-verify-input`, the first pass of every pipeline
/// and of fuse-opt.)
LogicalResult verifyFusionInput(Operation *root, bool runVerifier = false);

/// Scans the buffer `bufferId` of `sourceMgr`, MLIR text about to be
/// parsed, for text that crashes MLIR 22's parser instead of giving a
/// diagnostic: a dense array of `index` elements (`array<index: 0, 4>`; the
/// parser asks the index type for a bit width, which it does not have).
/// Prints an error at the first such place through `sourceMgr` and fails;
/// succeeds otherwise. fuse-opt, fuse-run and fuse-fuzz run it before
/// parsing.
LogicalResult checkParserHazards(llvm::SourceMgr &sourceMgr, unsigned bufferId);

/// Whether `op` has a loop of static size 0 (its body never runs).
bool hasEmptyIterationDomain(linalg::LinalgOp op);

/// Replaces `op`, a linalg op on tensors with a loop of static size 0 (a
/// contraction over K = 0, a reduction over an empty dimension, a
/// convolution with an empty window, an empty result), by its inits, which
/// hold its results since its body never runs. Returns them; fails, changing
/// nothing, otherwise.
FailureOr<SmallVector<Value>> foldEmptyIterationDomain(RewriterBase &rewriter,
                                                       linalg::LinalgOp op);

/// Applies `foldEmptyIterationDomain` to every linalg op on tensors nested in
/// `root` (once each, no other rewrite): the tiling passes call it first,
/// since upstream's tiling of an empty loop crashes.
void foldEmptyIterationDomains(Operation *root);

/// Rewrites `conv` as linalg.conv_2d_nhwc_hwcf between transposes: input
/// NCHW -> NHWC, filter FCHW -> HWCF (a new constant if it is one), init
/// NCHW -> NHWC (a new fill if it is one), result back to NCHW. Requires
/// static shapes. Returns the NCHW result.
FailureOr<Value> convertConvToChannelsLast(RewriterBase &rewriter,
                                           linalg::Conv2DNchwFchwOp conv);

/// The same for the windowed ops around convolutions: a
/// linalg.depthwise_conv_2d_nchw_chw becomes depthwise_conv_2d_nhwc_hwc
/// (filter [C, KH, KW] -> [KH, KW, C]), a pooling_nchw_max / _sum the
/// pooling_nhwc one. Requires static shapes. Returns the NCHW result.
FailureOr<Value> convertWindowedOpToChannelsLast(RewriterBase &rewriter,
                                                 linalg::LinalgOp op);

/// Patterns moving a `linalg.transpose` below the all-parallel
/// `linalg.generic` (one result, no `linalg.index`, output not read) and the
/// `tensor.pad` (constant padding) that read it, which then iterate in the
/// transpose's input layout, and folding a transpose of a transpose (to its
/// input when they are inverse): between channels-last convolutions the
/// activations stay NHWC.
void populateFusionPropagateTransposePatterns(RewritePatternSet &patterns);

/// Splits `op`, a linalg op on buffers in host code (outside every tile loop,
/// e.g. the fill and the copy of a pad), into `threads` chunks of its
/// outermost parallel loop of at least `threads` iterations, as an
/// `scf.forall` that the OpenMP lowering runs on that many threads; each
/// chunk is the op on subviews, so that it is still vectorized. Fails,
/// changing nothing, for ops in loops, dynamic shapes, fewer than
/// `minElements` iterations, or no such loop.
FailureOr<scf::ForallOp> parallelizeHostLinalgOp(RewriterBase &rewriter,
                                                 linalg::LinalgOp op,
                                                 int64_t threads,
                                                 int64_t minElements);

/// Rewrites `copy` as linalg.copy unless both memrefs are contiguous (those
/// become llvm.memcpy; the others a call of the runtime's element-by-element
/// memrefCopy). Fails, changing nothing, otherwise.
FailureOr<linalg::CopyOp> lowerStridedCopy(RewriterBase &rewriter,
                                           memref::CopyOp copy);

/// Makes the kernel that computes `insert`'s source (its loops start from a
/// `tensor.empty`, followed back through scf.for / scf.forall results and
/// destination-style ops) compute it in the destination's slice: that empty
/// tensor becomes `tensor.extract_slice` of the destination at the
/// insertion's position, so that bufferization writes the slice in place
/// (a concatenation's parts). The destination (an empty tensor, the previous
/// insertion) moves before the kernel if needed. Returns the slice; fails,
/// changing nothing, otherwise (fusion-write-in-place).
FailureOr<Value> writeInsertedValueInPlace(RewriterBase &rewriter,
                                           tensor::InsertSliceOp insert);

/// A static `pad` by a constant of a value that a kernel computes into an
/// empty tensor becomes a fill of the padded tensor, placed before the
/// kernel, which then computes into the fill's interior slice, and the
/// insertion of the kernel's result there (in place after bufferization:
/// no copy of the activation). The fill covers the border only, one slice
/// per side of each padded dimension (`borderOnly`: what the CPU wants),
/// or the whole padded tensor in one op (one GPU kernel rather than one per
/// side). Returns the insertion; fails, changing nothing, otherwise
/// (fusion-write-in-place).
FailureOr<tensor::InsertSliceOp> writePadSourceInPlace(RewriterBase &rewriter,
                                                       tensor::PadOp pad,
                                                       bool borderOnly = true);

/// Moves the static `alloc` in front of the outermost of the `scf.for`
/// loops directly around it, if the buffer is only read and written within
/// an iteration (through views: linalg ops, copies, memref and vector loads,
/// stores and transfers): one allocation instead of one per iteration
/// (fusion-hoist-loop-buffers). Returns that loop; fails, changing nothing,
/// otherwise.
FailureOr<Operation *> hoistLoopBuffer(RewriterBase &rewriter,
                                       memref::AllocOp alloc);

/// Moves the static `alloc` in the loop of an OpenMP work-sharing loop
/// (omp.loop_nest in omp.wsloop, directly in an omp.parallel), freed by one
/// dealloc at the end of the same iteration, to the start of the parallel
/// region and the dealloc to its end, if the buffer is otherwise only read
/// and written within the iteration: one allocation per thread instead of
/// one per iteration (fusion-hoist-loop-buffers). Returns the parallel
/// region; fails, changing nothing, otherwise.
FailureOr<omp::ParallelOp> hoistParallelLoopBuffer(RewriterBase &rewriter,
                                                   memref::AllocOp alloc);

/// Merges the OpenMP parallel regions that follow `first` in its block into
/// it, as long as each is a plain team (the same `num_threads`, no other
/// clause, threads that write shared memory only in work-sharing loops
/// without `nowait`) and the host code between two of them can run in the
/// team: its allocations and its ops without memory effects move before
/// `first`, its deallocs after it, the rest runs in an `omp.single`, whose
/// values must stay in it. One fork and join of the team instead of one per
/// region; a barrier (the work-sharing loop's, the single's) separates what
/// was separate regions (fusion-merge-parallel-regions). Returns `first`;
/// fails, changing nothing, when no region follows that can be merged.
FailureOr<omp::ParallelOp> mergeParallelRegions(RewriterBase &rewriter,
                                                omp::ParallelOp first);

/// Places the static buffers of `block` (memref.alloc with an identity
/// layout, freed once in the block and otherwise only read and written,
/// through views) in one allocation of bytes, each a `memref.view` at an
/// offset chosen at compile time: buffers whose live ranges (first to last
/// access in program order; a whole loop, or a whole OpenMP parallel region
/// whose threads do not run its constructs in barrier-separated phases,
/// for an access in it) overlap get disjoint bytes, others may share them.
/// Largest first, each at the lowest free 64-byte aligned offset
/// (fusion-plan-buffers). Returns the allocation; fails, changing nothing,
/// when fewer than two buffers qualify.
FailureOr<memref::AllocOp> planBuffers(RewriterBase &rewriter, Block &block);

} // namespace fusion
} // namespace mlir

#endif // FUSE_TRANSFORMS_TRANSFORMS_H
