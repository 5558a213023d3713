//===- ContractionTiles.cpp - Shared-memory contraction kernels ----------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The promotion step of a contraction group's GPU kernel
// (fusion-gpu-promote-operands): the block's accumulator lives in the
// block's output tile; the reduction runs in steps of `blockK`, each step
// copying the operands' slices into shared memory; the epilogue runs in
// place on the accumulator. Each op of the block's tile is then marked with
// its thread tile (a vector per thread for the copies, a register tile of
// the product, or a warp's tile on tensor cores), which
// fusion-gpu-tile-threads (TileThreads.cpp) makes scf.foralls mapped to
// linear thread ids and fusion-gpu-vectorize (VectorizeThreads.cpp)
// vectorizes. The same IR runs on the CPU with the foralls as sequential
// loops (fusion-emulate-gpu) before it is mapped to threads and barriers.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Codegen.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::fusion;

std::optional<std::pair<int64_t, int64_t>>
mlir::fusion::getResultRowColLoops(linalg::LinalgOp anchor) {
  if (anchor->getNumResults() != 1)
    return std::nullopt;
  AffineMap out =
      anchor.getIndexingMapMatchingResult(cast<OpResult>(anchor->getResult(0)));
  unsigned rank = out.getNumResults();
  if (rank < 2 || !out.isProjectedPermutation())
    return std::nullopt;
  return std::make_pair(int64_t(out.getDimPosition(rank - 2)),
                        int64_t(out.getDimPosition(rank - 1)));
}

int64_t mlir::fusion::getLastReductionLoop(linalg::LinalgOp op) {
  int64_t loop = -1;
  for (auto [d, it] : llvm::enumerate(op.getIteratorTypesArray()))
    if (it == utils::IteratorType::reduction)
      loop = d;
  return loop;
}

int64_t mlir::fusion::getReductionExtent(linalg::LinalgOp op) {
  int64_t loop = getLastReductionLoop(op);
  return loop < 0 ? 1 : op.getStaticLoopRanges()[loop];
}

std::optional<int64_t>
mlir::fusion::getResultOuterLoop(linalg::LinalgOp anchor) {
  if (!getResultRowColLoops(anchor))
    return std::nullopt;
  AffineMap out =
      anchor.getIndexingMapMatchingResult(cast<OpResult>(anchor->getResult(0)));
  unsigned rank = out.getNumResults();
  if (rank < 3)
    return std::nullopt;
  return int64_t(out.getDimPosition(rank - 3));
}

bool mlir::fusion::isImplicitGemmConvolution(linalg::LinalgOp anchor) {
  auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(anchor.getOperation());
  return conv && !conv.hasDynamicShape() && conv->getNumResults() == 1 &&
         llvm::all_of(conv.getStrides().getValues<int64_t>(),
                      [](int64_t s) { return s >= 1; }) &&
         llvm::all_of(conv.getDilations().getValues<int64_t>(),
                      [](int64_t d) { return d >= 1; });
}

/// The op computing the initial value of `anchor`'s accumulator, when it is
/// elementwise over the result's dims, ignores its own destination and has
/// no other user (it is computed in place in the output tile): a
/// linalg.fill, or a broadcast of a bias that fusion-fold-bias made the
/// initial value.
static linalg::LinalgOp getAccumulatorInitializer(linalg::LinalgOp anchor) {
  Value acc = anchor.getDpsInitOperand(0)->get();
  auto init = acc.getDefiningOp<linalg::LinalgOp>();
  if (!init || init->getNumResults() != 1 || init.getNumDpsInits() != 1 ||
      !acc.hasOneUse() || init.getNumLoops() != init.getNumParallelLoops() ||
      init->getResult(0).getType() != acc.getType() ||
      !init.getMatchingIndexingMap(init.getDpsInitOperand(0)).isIdentity())
    return nullptr;
  if (!isa<linalg::FillOp>(init.getOperation()) &&
      !init.getMatchingBlockArgument(init.getDpsInitOperand(0)).use_empty())
    return nullptr;
  return init;
}

int64_t mlir::fusion::getMmaSharedRowLength(int64_t cols, bool kInner) {
  int64_t unit = kInner ? 4 : 8;
  int64_t length = llvm::alignTo(std::max<int64_t>(cols, 1), unit);
  if ((length / unit) % 2 == 0)
    length += unit;
  return length;
}

/// Replaces the shared-memory buffer `alloc` by one whose rows are
/// `rowLength` elements long (padded), viewed as `alloc`'s shape; returns
/// the view.
static Value padSharedBuffer(RewriterBase &rewriter, memref::AllocOp alloc,
                             int64_t rowLength) {
  MemRefType type = alloc.getType();
  SmallVector<int64_t> shape(type.getShape());
  shape.back() = rowLength;
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(alloc);
  auto padded = memref::AllocOp::create(
      rewriter, alloc.getLoc(),
      MemRefType::get(shape, type.getElementType(), MemRefLayoutAttrInterface(),
                      type.getMemorySpace()),
      ValueRange{}, alloc->getAttrs());
  SmallVector<OpFoldResult> offsets(shape.size(), rewriter.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes =
      getAsIndexOpFoldResult(rewriter.getContext(), type.getShape());
  SmallVector<OpFoldResult> strides(shape.size(), rewriter.getIndexAttr(1));
  Value view = memref::SubViewOp::create(rewriter, alloc.getLoc(), padded,
                                         offsets, sizes, strides);
  for (OpOperand &use : llvm::make_early_inc_range(alloc->getUses()))
    rewriter.modifyOpInPlace(use.getOwner(), [&] {
      use.set(isa<memref::DeallocOp>(use.getOwner()) ? padded.getResult()
                                                     : view);
    });
  rewriter.eraseOp(alloc);
  return view;
}

LogicalResult
mlir::fusion::checkTensorCoreTiles(linalg::LinalgOp anchor,
                                   const GPUContractionTileOptions &options,
                                   std::string *reason) {
  auto fail = [&](const Twine &why) {
    if (reason)
      *reason = why.str();
    return failure();
  };
  GPUContractionTiles tiles = getGPUContractionTiles(anchor, options);
  if (tiles.warpRows == 0)
    return success();
  // f32 by f32 into f32 (TF32 mma.sync), warp tiles and steps of whole
  // instructions.
  if (isImplicitGemmConvolution(anchor))
    return fail("tensor-core tiles take matmuls, not convolutions (yet)");
  for (Value v : anchor->getOperands())
    if (!getElementTypeOrSelf(v.getType()).isF32())
      return fail("tensor-core tiles take f32 operands and results");
  // A warp's fragments of A are read from rows of the reduction (ldmatrix
  // of [m][k]): A stored [k][m] stays so in shared memory (only B, stored
  // [n][k], is transposed there), and its tile would not be one
  // vector.contract of mma.sync tiles.
  std::optional<std::pair<int64_t, int64_t>> rowCol =
      getResultRowColLoops(anchor);
  int64_t kLoop = getLastReductionLoop(anchor);
  for (OpOperand *input : anchor.getDpsInputOperands()) {
    AffineMap map = anchor.getMatchingIndexingMap(input);
    if (!rowCol || kLoop < 0 ||
        !map.isFunctionOfDim(static_cast<unsigned>(rowCol->first)))
      continue;
    if (map.getNumResults() == 0 ||
        map.getResults().back() !=
            getAffineDimExpr(kLoop, anchor->getContext()))
      return fail("tensor-core tiles read A with the reduction innermost "
                  "([m][k]); this A is stored with its rows innermost "
                  "([k][m])");
  }
  if (tiles.warpRows % kMmaM != 0 || tiles.warpCols % kMmaN != 0 ||
      tiles.blockK % kMmaK != 0)
    return fail(llvm::formatv(
        "{0}x{1} warp tiles and steps of {2} are not whole {3}x{4}x{5} "
        "mma.sync tiles",
        tiles.warpRows, tiles.warpCols, tiles.blockK, kMmaM, kMmaN, kMmaK));
  return success();
}

/// canTileContractionCooperatively, with the accumulator's initializer
/// checked only if `requireInitializer`.
static LogicalResult checkCooperative(linalg::LinalgOp anchor,
                                      linalg::LinalgOp root,
                                      const GPUContractionTileOptions &options,
                                      std::string *reason,
                                      bool requireInitializer) {
  auto fail = [&](const Twine &why) {
    if (reason)
      *reason = why.str();
    return failure();
  };
  if (!isImplicitGemmConvolution(anchor) &&
      (!linalg::isaContractionOpInterface(anchor) ||
       anchor.getNumReductionLoops() != 1 || anchor->getNumResults() != 1))
    return fail("not a contraction with one reduction loop, nor an NHWC "
                "convolution of static shape");
  if (anchor.hasDynamicShape())
    return fail("dynamic shapes");
  for (OpOperand *input : anchor.getDpsInputOperands()) {
    auto type = dyn_cast<RankedTensorType>(input->get().getType());
    if (!type || type.getRank() == 0)
      return fail("an operand is not a tensor of rank 1 or more");
  }
  Type element = getElementTypeOrSelf(anchor->getResult(0).getType());
  if (!isa<FloatType>(element))
    return fail("not a floating-point contraction");
  // The register tiles multiply vectors of one element type (vector.contract:
  // f16 by f16 into f32 is fine, f32 activations by i8 weights are not).
  Type lhsElement =
      getElementTypeOrSelf(anchor.getDpsInputOperand(0)->get().getType());
  for (OpOperand *input : anchor.getDpsInputOperands())
    if (getElementTypeOrSelf(input->get().getType()) != lhsElement)
      return fail("operands of different element types (mixed precision)");
  std::optional<std::pair<int64_t, int64_t>> rowCol =
      getResultRowColLoops(anchor);
  if (!rowCol)
    return fail("the result is not a permutation of the loops");
  // The thread tiles of the product and of the result (initializer,
  // epilogue) are then foralls of the same shape, so each thread has the
  // same elements in every phase. (Warp tiles on tensor cores own other
  // elements: the barriers after the initializer's forall and after the
  // accumulators' stores order them, see fusion-gpu-map-forall.)
  AffineMap out =
      anchor.getIndexingMapMatchingResult(cast<OpResult>(anchor->getResult(0)));
  for (unsigned i = 1, e = out.getNumResults(); i < e; ++i)
    if (out.getDimPosition(i - 1) > out.getDimPosition(i))
      return fail("the result's dimensions are not in loop order");
  SmallVector<utils::IteratorType> iterators = anchor.getIteratorTypesArray();
  if (iterators[rowCol->first] != utils::IteratorType::parallel ||
      iterators[rowCol->second] != utils::IteratorType::parallel)
    return fail("the result's rows or columns are not parallel loops");
  if (requireInitializer && !getAccumulatorInitializer(anchor))
    return fail("the accumulator's initial value is not computed "
                "elementwise for it alone (a fill or a bias broadcast used "
                "by nothing else)");
  if (failed(checkTensorCoreTiles(anchor, options, reason)))
    return failure();
  GPUContractionTiles tiles = getGPUContractionTiles(anchor, options);
  if (tiles.threads > 1024)
    return fail(llvm::formatv(
        "{0}{1}x{2} blocks of {3}x{4} results per "
        "thread would need {5} threads, more than 1024",
        tiles.blockOuter > 1 ? llvm::formatv("{0}x", tiles.blockOuter).str()
                             : std::string(),
        tiles.blockRows, tiles.blockCols, tiles.threadRows, tiles.threadCols,
        tiles.threads));
  if (root == anchor)
    return success();
  // The epilogue runs in place on the accumulator: elementwise, same shape
  // and element type, the accumulator read where the result is written.
  auto generic = dyn_cast<linalg::GenericOp>(root.getOperation());
  if (!generic || generic.getNumDpsInits() != 1 ||
      generic.getNumLoops() != generic.getNumParallelLoops())
    return fail("the epilogue is not an elementwise linalg.generic");
  Value acc = anchor->getResult(0);
  OpOperand *init = generic.getDpsInitOperand(0);
  if (acc.getType() != generic->getResult(0).getType() ||
      !generic.getMatchingIndexingMap(init).isIdentity())
    return fail("the epilogue's result differs from the accumulator");
  if (!acc.hasOneUse() || acc.getUses().begin()->getOwner() != generic ||
      !generic.isDpsInput(&*acc.getUses().begin()) ||
      !generic.getMatchingIndexingMap(&*acc.getUses().begin()).isIdentity())
    return fail("the accumulator is not read elementwise by the epilogue "
                "alone");
  if (!generic.getMatchingBlockArgument(init).use_empty())
    return fail("the epilogue reads its destination");
  return success();
}

LogicalResult mlir::fusion::canTileContractionCooperatively(
    linalg::LinalgOp anchor, linalg::LinalgOp root,
    const GPUContractionTileOptions &options, std::string *reason) {
  return checkCooperative(anchor, root, options, reason,
                          /*requireInitializer=*/true);
}

/// Replaces `generic` by a generic over `inputs` and `inits` with `maps` (and
/// its iterators) whose body is `generic`'s, cloned under the mapping of its
/// block arguments that `mapArgs` makes from the new block (at the start of
/// the new body, where it may create ops). Returns the new generic.
static linalg::GenericOp
rebuildGeneric(RewriterBase &rewriter, linalg::GenericOp generic,
               ValueRange inputs, ValueRange inits, ArrayRef<AffineMap> maps,
               function_ref<void(Block *, IRMapping &)> mapArgs) {
  rewriter.setInsertionPoint(generic);
  auto rebuilt = linalg::GenericOp::create(
      rewriter, generic.getLoc(), generic->getResultTypes(), inputs, inits,
      maps, generic.getIteratorTypesArray());
  SmallVector<Value> operands(inputs);
  llvm::append_range(operands, inits);
  SmallVector<Type> argTypes;
  SmallVector<Location> argLocs;
  for (Value v : operands) {
    argTypes.push_back(getElementTypeOrSelf(v.getType()));
    argLocs.push_back(v.getLoc());
  }
  Block *body =
      rewriter.createBlock(&rebuilt.getRegion(), {}, argTypes, argLocs);
  IRMapping mapping;
  rewriter.setInsertionPointToStart(body);
  mapArgs(body, mapping);
  for (Operation &op : *generic.getBody())
    rewriter.clone(op, mapping);
  rewriter.replaceOp(generic, rebuilt->getResults());
  return rebuilt;
}

FailureOr<std::pair<linalg::LinalgOp, linalg::LinalgOp>>
mlir::fusion::separateAccumulatorInit(
    RewriterBase &rewriter, linalg::LinalgOp anchor, linalg::LinalgOp root,
    const GPUContractionTileOptions &options) {
  if (anchor->getNumResults() != 1 || anchor.getNumDpsInits() != 1 ||
      getAccumulatorInitializer(anchor))
    return rewriter.notifyMatchFailure(anchor, "no tensor to separate");
  std::string reason;
  if (failed(checkCooperative(anchor, root, options, &reason,
                              /*requireInitializer=*/false)))
    return rewriter.notifyMatchFailure(anchor, reason);
  // The body must add to the accumulator and read it nowhere else:
  // yield(addf(out, x)).
  BlockArgument accArg =
      anchor.getMatchingBlockArgument(anchor.getDpsInitOperand(0));
  auto yield = cast<linalg::YieldOp>(anchor.getBlock()->getTerminator());
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add || !accArg.hasOneUse() ||
      (add.getLhs() != accArg && add.getRhs() != accArg))
    return rewriter.notifyMatchFailure(
        anchor, "the body does more than add to the accumulator");
  Value acc = anchor->getResult(0);
  auto type = dyn_cast<RankedTensorType>(acc.getType());
  if (!type || !type.hasStaticShape() || !isa<FloatType>(type.getElementType()))
    return rewriter.notifyMatchFailure(anchor, "not a static float tensor");
  AffineMap out = anchor.getIndexingMapMatchingResult(cast<OpResult>(acc));
  if (!out.isProjectedPermutation())
    return rewriter.notifyMatchFailure(anchor, "result not a permutation");
  auto generic = dyn_cast<linalg::GenericOp>(root.getOperation());
  if (root != anchor) {
    if (!generic || generic.getNumLoops() != generic.getNumParallelLoops() ||
        !acc.hasOneUse() || acc.getUses().begin()->getOwner() != generic ||
        !generic.isDpsInput(&*acc.getUses().begin()) ||
        generic->getResult(0).getType() != type ||
        !generic.getMatchingIndexingMap(&*acc.getUses().begin()).isIdentity())
      return rewriter.notifyMatchFailure(root, "not an elementwise epilogue");
  }
  OpBuilder::InsertionGuard guard(rewriter);
  Location loc = anchor.getLoc();
  OpOperand *init = anchor.getDpsInitOperand(0);
  Value tensor = init->get();
  // The contraction from zero, into a new buffer.
  rewriter.setInsertionPoint(anchor);
  Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                        type.getElementType());
  Value zero = arith::ConstantOp::create(
      rewriter, loc, rewriter.getFloatAttr(type.getElementType(), 0.0));
  Value fill = linalg::FillOp::create(rewriter, loc, zero, empty).getResult(0);
  rewriter.modifyOpInPlace(anchor, [&] { init->set(fill); });
  // The tensor added to the product in the epilogue.
  AffineMap id = rewriter.getMultiDimIdentityMap(type.getRank());
  if (root == anchor) {
    rewriter.setInsertionPointAfter(anchor);
    Value dest = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                         type.getElementType());
    auto add = linalg::GenericOp::create(
        rewriter, loc, type, ValueRange{acc, tensor}, dest,
        ArrayRef<AffineMap>{id, id, id},
        SmallVector<utils::IteratorType>(type.getRank(),
                                         utils::IteratorType::parallel),
        [](OpBuilder &b, Location l, ValueRange args) {
          Value sum = arith::AddFOp::create(b, l, args[0], args[1]);
          linalg::YieldOp::create(b, l, sum);
        });
    rewriter.replaceAllUsesExcept(acc, add->getResult(0), add);
    return std::make_pair(anchor, cast<linalg::LinalgOp>(add.getOperation()));
  }
  OpOperand *accUse = &*acc.getUses().begin();
  BlockArgument product = generic.getMatchingBlockArgument(accUse);
  SmallVector<Value> inputs = generic.getDpsInputs();
  inputs.push_back(tensor);
  SmallVector<AffineMap> maps;
  for (OpOperand *input : generic.getDpsInputOperands())
    maps.push_back(generic.getMatchingIndexingMap(input));
  maps.push_back(id);
  maps.push_back(generic.getMatchingIndexingMap(generic.getDpsInitOperand(0)));
  unsigned numInputs = generic.getNumDpsInputs();
  root = rebuildGeneric(
      rewriter, generic, inputs, generic.getDpsInits(), maps,
      [&](Block *body, IRMapping &mapping) {
        // The new input, C, is the argument after the old inputs.
        for (BlockArgument arg : generic.getBody()->getArguments())
          mapping.map(arg, body->getArgument(arg.getArgNumber() < numInputs
                                                 ? arg.getArgNumber()
                                                 : arg.getArgNumber() + 1));
        Value sum = arith::AddFOp::create(
            rewriter, loc, body->getArgument(product.getArgNumber()),
            body->getArgument(numInputs));
        mapping.map(product, sum);
      });
  return std::make_pair(anchor, root);
}

FailureOr<linalg::LinalgOp>
mlir::fusion::foldOperandCopiesIntoContraction(RewriterBase &rewriter,
                                               linalg::LinalgOp anchor) {
  // Data movement: one input, the identity on the output, the body yields
  // the input element (a transpose, a broadcast, a copy).
  auto isFoldable = [&](OpOperand *operand) -> linalg::LinalgOp {
    auto def = operand->get().getDefiningOp<linalg::LinalgOp>();
    // A tensor of rank 1 or more in (not a fill's scalar, not a 0-D tensor).
    if (!def || def.getNumDpsInputs() != 1)
      return nullptr;
    auto inType =
        dyn_cast<RankedTensorType>(def.getDpsInputOperand(0)->get().getType());
    if (!inType || inType.getRank() == 0)
      return nullptr;
    if (def->getNumResults() != 1 || def.getNumDpsInits() != 1 ||
        def.getNumLoops() != def.getNumParallelLoops() ||
        !def.hasPureTensorSemantics() ||
        !def.getMatchingIndexingMap(def.getDpsInitOperand(0)).isIdentity() ||
        !def.getMatchingIndexingMap(def.getDpsInputOperand(0))
             .isProjectedPermutation())
      return nullptr;
    Block *body = def.getBlock();
    if (body->getOperations().size() != 1 ||
        body->getTerminator()->getOperand(0) !=
            def.getMatchingBlockArgument(def.getDpsInputOperand(0)))
      return nullptr;
    return def;
  };
  if (llvm::none_of(anchor.getDpsInputOperands(),
                    [&](OpOperand *o) { return isFoldable(o); }))
    return rewriter.notifyMatchFailure(anchor, "no copy to fold");
  OpBuilder::InsertionGuard guard(rewriter);
  auto generic = dyn_cast<linalg::GenericOp>(anchor.getOperation());
  if (!generic) {
    rewriter.setInsertionPoint(anchor);
    FailureOr<linalg::GenericOp> generalized =
        linalg::generalizeNamedOp(rewriter, anchor);
    if (failed(generalized))
      return rewriter.notifyMatchFailure(anchor, "cannot generalize");
    generic = *generalized;
  }
  SmallVector<AffineMap> maps = generic.getIndexingMapsArray();
  rewriter.modifyOpInPlace(generic, [&] {
    for (OpOperand *operand : generic.getDpsInputOperands()) {
      linalg::LinalgOp copy = isFoldable(operand);
      if (!copy)
        continue;
      // anchor loops -> copy's result indices = copy's loops -> its input.
      unsigned i = operand->getOperandNumber();
      maps[i] = copy.getMatchingIndexingMap(copy.getDpsInputOperand(0))
                    .compose(maps[i]);
      operand->set(copy.getDpsInputOperand(0)->get());
    }
    generic.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
  });
  return cast<linalg::LinalgOp>(generic.getOperation());
}

/// Replaces `generic` (an elementwise epilogue reading `acc`) by one that
/// writes in place into `acc`: `acc` becomes its destination.
static linalg::GenericOp makeEpilogueInPlace(RewriterBase &rewriter,
                                             linalg::GenericOp generic,
                                             Value acc) {
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (OpOperand *input : generic.getDpsInputOperands()) {
    if (input->get() == acc)
      continue;
    inputs.push_back(input->get());
    maps.push_back(generic.getMatchingIndexingMap(input));
  }
  maps.push_back(generic.getMatchingIndexingMap(generic.getDpsInitOperand(0)));
  return rebuildGeneric(
      rewriter, generic, inputs, ValueRange{acc}, maps,
      [&](Block *body, IRMapping &mapping) {
        // The accumulator's reads and the destination: the new output.
        BlockArgument out = body->getArguments().back();
        unsigned next = 0;
        for (OpOperand *input : generic.getDpsInputOperands())
          mapping.map(generic.getMatchingBlockArgument(input),
                      input->get() == acc ? out : body->getArgument(next++));
        mapping.map(
            generic.getMatchingBlockArgument(generic.getDpsInitOperand(0)),
            out);
      });
}

/// Per-thread tile sizes of an operand copy of `shape`: `vectorWidth`
/// contiguous elements along the innermost dimension (when it divides it),
/// and as many rows per thread as needed for `threads` threads to cover the
/// copy.
static SmallVector<int64_t> getCopyTileSizes(ArrayRef<int64_t> shape,
                                             int64_t vectorWidth,
                                             int64_t threads) {
  SmallVector<int64_t> sizes(shape.size(), 1);
  sizes.back() = getLargestDivisorAtMost(shape.back(), vectorWidth);
  int64_t tiles = ShapedType::getNumElements(shape) / sizes.back();
  int64_t perThread = llvm::divideCeil(tiles, threads);
  for (size_t d = 0; d + 1 < shape.size() && perThread > 1; ++d) {
    int64_t size = shape[d];
    for (int64_t s = 1; s <= shape[d]; ++s)
      if (shape[d] % s == 0 && s >= perThread) {
        size = s;
        break;
      }
    sizes[d] = size;
    perThread = llvm::divideCeil(perThread, size);
  }
  // Loops of one iteration are not tiled; one loop at least is.
  for (auto [d, size] : llvm::enumerate(sizes))
    if (shape[d] == 1 && d + 1 < sizes.size())
      size = 0;
  return sizes;
}

/// Sizes for the loops of an op whose loops are the result's dimensions
/// (initializer, elementwise epilogue): `rows` x `cols` on the last two, 1 on
/// the others (0 where they have one iteration).
static SmallVector<int64_t> getResultTileSizes(ArrayRef<int64_t> shape,
                                               int64_t rows, int64_t cols) {
  SmallVector<int64_t> sizes;
  for (auto [d, extent] : llvm::enumerate(shape))
    sizes.push_back(d + 2 == shape.size()   ? rows
                    : d + 1 == shape.size() ? cols
                    : extent == 1           ? 0
                                            : 1);
  return sizes;
}

SmallVector<Value> mlir::fusion::vectorizeIfPossible(RewriterBase &rewriter,
                                                     Operation *op) {
  rewriter.setInsertionPoint(op);
  FailureOr<linalg::VectorizationResult> vectorized = linalg::vectorize(
      rewriter, op, /*inputVectorSizes=*/{}, /*inputScalableVecDims=*/{},
      /*vectorizeNDExtract=*/false, /*flatten1DDepthwiseConv=*/false,
      /*assumeDynamicDimsMatchVecSizes=*/false,
      /*createNamedContraction=*/true);
  if (failed(vectorized))
    return SmallVector<Value>(op->getResults());
  SmallVector<Value> replacements = vectorized->replacements;
  rewriter.replaceOp(op, replacements);
  return replacements;
}

/// The native shape of one mma.sync for the vector.contract `contract`:
/// kMmaM x kMmaN x kMmaK on its result's last two dims and its reduction,
/// 1 on its other loops (a batch).
static SmallVector<int64_t> getMmaLoopShape(vector::ContractionOp contract) {
  AffineMap acc = contract.getIndexingMapsArray()[2];
  SmallVector<int64_t> shape(acc.getNumDims(), 1);
  unsigned rank = acc.getNumResults();
  if (rank >= 2) {
    shape[acc.getDimPosition(rank - 2)] = kMmaM;
    shape[acc.getDimPosition(rank - 1)] = kMmaN;
  }
  for (auto [d, it] : llvm::enumerate(contract.getIteratorTypesArray()))
    if (it == vector::IteratorType::reduction)
      shape[d] = kMmaK;
  return shape;
}

/// The shape of `value`'s tiles as operand or result of a vector.contract
/// unrolled to mma.sync tiles (through that operand's indexing map).
static std::optional<SmallVector<int64_t>> getMmaOperandShape(Value value) {
  // The tile's loops through operand `i`'s indexing map.
  auto throughMap = [](vector::ContractionOp contract, unsigned i) {
    return applyPermutationMap(contract.getIndexingMapsArray()[i],
                               ArrayRef<int64_t>(getMmaLoopShape(contract)));
  };
  for (OpOperand &use : value.getUses())
    if (auto contract = dyn_cast<vector::ContractionOp>(use.getOwner()))
      return throughMap(contract, use.getOperandNumber());
  if (auto contract = value.getDefiningOp<vector::ContractionOp>())
    return throughMap(contract, 2);
  return std::nullopt;
}

LogicalResult mlir::fusion::unrollToMmaTiles(RewriterBase &rewriter,
                                             scf::ForallOp warps) {
  SmallVector<vector::ContractionOp> contracts;
  warps.getBody()->walk(
      [&](vector::ContractionOp op) { contracts.push_back(op); });
  if (contracts.size() != 1)
    return rewriter.notifyMatchFailure(warps, "not one vector.contract");
  vector::ContractionOp contract = contracts.front();
  for (AffineMap map : contract.getIndexingMapsArray())
    if (!map.isProjectedPermutation())
      return rewriter.notifyMatchFailure(contract, "not a permutation");
  SmallVector<int64_t> native = getMmaLoopShape(contract);
  SmallVector<int64_t> loops;
  contract.getIterationBounds(loops);
  for (auto [extent, size] : llvm::zip(loops, native))
    if (extent % size != 0)
      return rewriter.notifyMatchFailure(contract, "not whole mma tiles");
  // Operands read by transfers straight into the contraction (no
  // broadcast or transpose between), the result written by one.
  for (Value operand : contract->getOperands())
    if (!operand.getDefiningOp<vector::TransferReadOp>())
      return rewriter.notifyMatchFailure(contract, "an operand is not read "
                                                   "by a transfer");
  // The transfers first (their tiles follow from the contraction's uses),
  // then the contraction, whose operand slices then fold into the tiles'
  // reads.
  for (bool transfers : {true, false}) {
    vector::UnrollVectorOptions options;
    options.setFilterConstraint([transfers](Operation *op) {
      return success(transfers ==
                     isa<vector::TransferReadOp, vector::TransferWriteOp>(op));
    });
    options.setNativeShapeFn(
        [](Operation *op) -> std::optional<SmallVector<int64_t>> {
          if (auto contract = dyn_cast<vector::ContractionOp>(op))
            return getMmaLoopShape(contract);
          if (auto read = dyn_cast<vector::TransferReadOp>(op))
            return getMmaOperandShape(read.getResult());
          if (auto write = dyn_cast<vector::TransferWriteOp>(op))
            return getMmaOperandShape(write.getVector());
          return std::nullopt;
        });
    RewritePatternSet patterns(rewriter.getContext());
    vector::populateVectorUnrollPatterns(patterns, options);
    vector::ExtractStridedSliceOp::getCanonicalizationPatterns(
        patterns, rewriter.getContext());
    vector::InsertStridedSliceOp::getCanonicalizationPatterns(
        patterns, rewriter.getContext());
    if (failed(applyPatternsGreedily(warps, std::move(patterns))))
      return failure();
  }
  // Batch tiles' leading unit dims dropped now (2-D tiles), then each tile
  // marked for fusion-gpu-mma-sync.
  RewritePatternSet unitDims(rewriter.getContext());
  vector::populateCastAwayVectorLeadingOneDimPatterns(unitDims);
  if (failed(applyPatternsGreedily(warps, std::move(unitDims))))
    return failure();
  SmallVector<vector::ContractionOp> tiles;
  warps.getBody()->walk([&](vector::ContractionOp op) { tiles.push_back(op); });
  for (vector::ContractionOp op : tiles) {
    SmallVector<int64_t> bounds;
    op.getIterationBounds(bounds);
    if (bounds != SmallVector<int64_t>{kMmaM, kMmaN, kMmaK})
      return rewriter.notifyMatchFailure(op, "not one mma.sync tile");
  }
  for (vector::ContractionOp op : tiles)
    op->setAttr(kMmaSyncAttrName, rewriter.getUnitAttr());
  return success();
}

GPUContractionTiles
mlir::fusion::getGPUContractionTiles(linalg::LinalgOp anchor,
                                     const GPUContractionTileOptions &options) {
  GPUContractionTiles tiles;
  std::optional<std::pair<int64_t, int64_t>> rowCol =
      getResultRowColLoops(anchor);
  SmallVector<int64_t> ranges = anchor.getStaticLoopRanges();
  int64_t rows = rowCol ? ranges[rowCol->first] : 1;
  int64_t cols = rowCol ? ranges[rowCol->second] : 1;
  tiles.blockRows = getLargestDivisorAtMost(rows, options.blockRows);
  tiles.blockCols = getLargestDivisorAtMost(cols, options.blockCols);
  tiles.threadRows =
      getLargestDivisorAtMost(tiles.blockRows, options.threadRows);
  tiles.threadCols =
      getLargestDivisorAtMost(tiles.blockCols, options.threadCols);
  std::optional<int64_t> outer = getResultOuterLoop(anchor);
  tiles.blockOuter = getLargestDivisorAtMost(
      outer ? ranges[*outer] : 1, std::max<int64_t>(options.blockOuter, 1));
  tiles.threads = tiles.blockOuter * (tiles.blockRows / tiles.threadRows) *
                  (tiles.blockCols / tiles.threadCols);
  if (options.warpRows > 0 && options.warpCols > 0) {
    tiles.warpRows = getLargestDivisorAtMost(tiles.blockRows, options.warpRows);
    tiles.warpCols = getLargestDivisorAtMost(tiles.blockCols, options.warpCols);
    tiles.warps = tiles.blockOuter * (tiles.blockRows / tiles.warpRows) *
                  (tiles.blockCols / tiles.warpCols);
    // The block runs as many threads as its widest phase needs.
    tiles.threads = std::max(tiles.threads, tiles.warps * kWarpSize);
  }
  // Steps of blockK, whatever the number of threads: a copy takes several
  // vectors per thread where the threads are fewer than its vectors.
  tiles.blockK =
      getLargestDivisorAtMost(getReductionExtent(anchor), options.blockK);
  return tiles;
}

/// The reduction of a block's tile of an implicit-GEMM convolution `conv`
/// (N x OH x OW x F from input N x IH x IW x C and filter KH x KW x C x F)
/// as one scf.for over KH * KW * C / blockK steps: step s is the window
/// position (kh, kw) and the input channels [c, c + blockK) that s
/// delinearizes to, and computes, as a linalg.contract into the
/// accumulator,
///   out[n, oh, ow, f] += in[n, oh * sh + kh * dh, ow * sw + kw * dw, c + k]
///                        * filter[kh, kw, c + k, f]
/// from the input's strided slice (1 x OH x OW x blockK: a matrix of rows
/// of input channels, one per output pixel) and the filter's blockK x F
/// slice: a matrix product, as the steps of a contraction are. Replaces
/// `conv`; returns the loop and the step.
static FailureOr<std::pair<scf::ForOp, linalg::ContractOp>>
tileConvolutionSteps(RewriterBase &rewriter, linalg::Conv2DNhwcHwcfOp conv,
                     int64_t blockK) {
  Location loc = conv.getLoc();
  Value input = conv.getInputs()[0], filter = conv.getInputs()[1];
  Value acc = conv.getOutputs()[0];
  auto filterType = cast<RankedTensorType>(filter.getType());
  auto accType = cast<RankedTensorType>(acc.getType());
  ArrayRef<int64_t> filterShape = filterType.getShape();
  ArrayRef<int64_t> accShape = accType.getShape();
  int64_t kh = filterShape[0], kw = filterShape[1], channels = filterShape[2];
  if (blockK < 1 || channels % blockK != 0)
    return rewriter.notifyMatchFailure(conv, "steps do not divide the input "
                                             "channels");
  int64_t channelSteps = channels / blockK;
  SmallVector<int64_t> strides =
      llvm::to_vector(conv.getStrides().getValues<int64_t>());
  SmallVector<int64_t> dilations =
      llvm::to_vector(conv.getDilations().getValues<int64_t>());
  MLIRContext *ctx = rewriter.getContext();
  AffineExpr s0 = getAffineDimExpr(0, ctx);
  // Step s -> (kh, kw, channel block): s = (kh * KW + kw) * CB + cb.
  AffineMap rowOffset =
      AffineMap::get(1, 0, s0.floorDiv(kw * channelSteps) * dilations[0]);
  AffineMap colOffset =
      AffineMap::get(1, 0, (s0.floorDiv(channelSteps) % kw) * dilations[1]);
  AffineMap filterRow = AffineMap::get(1, 0, s0.floorDiv(kw * channelSteps));
  AffineMap filterCol = AffineMap::get(1, 0, s0.floorDiv(channelSteps) % kw);
  AffineMap channel = AffineMap::get(1, 0, (s0 % channelSteps) * blockK);
  // (n, oh, ow, f, k): input (n, oh, ow, k), filter (k, f), out (n, oh, ow,
  // f); the loop indices of the first four are the convolution's.
  SmallVector<AffineExpr> d;
  for (unsigned i = 0; i < 5; ++i)
    d.push_back(getAffineDimExpr(i, ctx));
  ArrayAttr maps = rewriter.getAffineMapArrayAttr(
      {AffineMap::get(5, 0, {d[0], d[1], d[2], d[4]}, ctx),
       AffineMap::get(5, 0, {d[4], d[3]}, ctx),
       AffineMap::get(5, 0, {d[0], d[1], d[2], d[3]}, ctx)});
  rewriter.setInsertionPoint(conv);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  Value count =
      arith::ConstantIndexOp::create(rewriter, loc, kh * kw * channelSteps);
  linalg::ContractOp step;
  auto loop = scf::ForOp::create(
      rewriter, loc, zero, count, one, ValueRange{acc},
      [&](OpBuilder &b, Location loc, Value s, ValueRange iterArgs) {
        auto apply = [&](AffineMap map) -> OpFoldResult {
          return affine::AffineApplyOp::create(b, loc, map, ValueRange{s})
              .getResult();
        };
        OpFoldResult c = apply(channel);
        SmallVector<OpFoldResult> inOffsets{b.getIndexAttr(0), apply(rowOffset),
                                            apply(colOffset), c};
        SmallVector<OpFoldResult> inSizes{
            b.getIndexAttr(accShape[0]), b.getIndexAttr(accShape[1]),
            b.getIndexAttr(accShape[2]), b.getIndexAttr(blockK)};
        SmallVector<OpFoldResult> inStrides{
            b.getIndexAttr(1), b.getIndexAttr(strides[0]),
            b.getIndexAttr(strides[1]), b.getIndexAttr(1)};
        Value in = tensor::ExtractSliceOp::create(b, loc, input, inOffsets,
                                                  inSizes, inStrides);
        auto weightType = RankedTensorType::get({blockK, filterShape[3]},
                                                filterType.getElementType());
        SmallVector<OpFoldResult> wOffsets{apply(filterRow), apply(filterCol),
                                           c, b.getIndexAttr(0)};
        SmallVector<OpFoldResult> wSizes{b.getIndexAttr(1), b.getIndexAttr(1),
                                         b.getIndexAttr(blockK),
                                         b.getIndexAttr(filterShape[3])};
        SmallVector<OpFoldResult> wStrides(4, b.getIndexAttr(1));
        Value w = tensor::ExtractSliceOp::create(b, loc, weightType, filter,
                                                 wOffsets, wSizes, wStrides);
        step = linalg::ContractOp::create(b, loc, TypeRange{accType},
                                          ValueRange{in, w},
                                          ValueRange{iterArgs[0]}, maps);
        scf::YieldOp::create(b, loc, step->getResult(0));
      });
  rewriter.replaceOp(conv, loop->getResults());
  return std::make_pair(loop, step);
}

LogicalResult mlir::fusion::promoteContractionOperands(
    RewriterBase &rewriter, linalg::LinalgOp anchor, linalg::LinalgOp root,
    const GPUContractionTileOptions &options) {
  if (failed(canTileContractionCooperatively(anchor, root, options)))
    return rewriter.notifyMatchFailure(anchor, "not a cooperative contraction");
  OpBuilder::InsertionGuard guard(rewriter);
  GPUContractionTiles tiles = getGPUContractionTiles(anchor, options);
  auto [rowLoop, colLoop] = *getResultRowColLoops(anchor);
  linalg::LinalgOp init = getAccumulatorInitializer(anchor);

  // 1. The accumulator is the block's output tile; the epilogue runs on it
  // in place.
  // The initializer ignores its destination: it is retargeted to the root's
  // (a slice of the block's output), whatever it was.
  OpOperand *initDest = init.getDpsInitOperand(0);
  auto isOutputTile = [](Value v) {
    auto slice = v.getDefiningOp<tensor::ExtractSliceOp>();
    return slice && isa<BlockArgument>(slice.getSource());
  };
  if (root != anchor) {
    Value dest = root.getDpsInitOperand(0)->get();
    if (!isOutputTile(dest))
      return rewriter.notifyMatchFailure(root, "destination not a slice");
    rewriter.setInsertionPoint(init);
    dest = rewriter.clone(*dest.getDefiningOp())->getResult(0);
    rewriter.modifyOpInPlace(init, [&] { initDest->set(dest); });
    root = makeEpilogueInPlace(rewriter, cast<linalg::GenericOp>(*root),
                               anchor->getResult(0));
  }

  if (!isOutputTile(initDest->get()))
    return rewriter.notifyMatchFailure(init, "the accumulator is not in the "
                                             "block's output tile");

  // 2. The reduction in steps of blockK (a convolution's: of a window
  // position and blockK input channels).
  linalg::LinalgOp step;
  Operation *stepLoop = nullptr;
  if (isImplicitGemmConvolution(anchor)) {
    FailureOr<std::pair<scf::ForOp, linalg::ContractOp>> convSteps =
        tileConvolutionSteps(rewriter, cast<linalg::Conv2DNhwcHwcfOp>(*anchor),
                             tiles.blockK);
    if (failed(convSteps))
      return failure();
    stepLoop = convSteps->first;
    step = convSteps->second;
  } else {
    SmallVector<int64_t> kSizes(anchor.getNumLoops(), 0);
    for (auto [d, it] : llvm::enumerate(anchor.getIteratorTypesArray()))
      if (it == utils::IteratorType::reduction)
        kSizes[d] = tiles.blockK;
    scf::SCFTilingOptions kOptions;
    kOptions.setTileSizes(
        getAsIndexOpFoldResult(rewriter.getContext(), kSizes));
    rewriter.setInsertionPoint(anchor);
    FailureOr<scf::SCFTilingResult> steps = scf::tileUsingSCF(
        rewriter, cast<TilingInterface>(anchor.getOperation()), kOptions);
    if (failed(steps))
      return rewriter.notifyMatchFailure(anchor, "tiling the reduction failed");
    rewriter.replaceOp(anchor, steps->replacements);
    step = cast<linalg::LinalgOp>(steps->tiledOps.back());
    if (!steps->loops.empty())
      stepLoop = steps->loops.front();
  }
  if (options.stages > 1 && stepLoop)
    stepLoop->setAttr(kCopyStagesAttrName,
                      rewriter.getI64IntegerAttr(options.stages));

  // 3. Each step's operand slices are copied into shared memory: a buffer
  // materialized now (a copy on tensors would fold away), written by a
  // linalg.copy on buffers, one vector per thread. An operand stored
  // [..][n][k] (transposed weights) is stored [..][k][n] in shared memory:
  // the threads of a warp then read consecutive columns, not rows 64 floats
  // apart (one bank).
  int64_t kLoop = getLastReductionLoop(step);
  int64_t cols = colLoop; // a structured binding cannot be captured (C++17)
  SmallVector<int64_t> stepExtents = step.getStaticLoopRanges();
  // The position of the columns' dim in `input`'s map when the operand is
  // stored [..][n][k] (unit loops between, as a split reduction's part in
  // [n][part][k], aside); -1 otherwise.
  auto getColumnsByK = [&](OpOperand *input) -> int64_t {
    AffineMap map = step.getMatchingIndexingMap(input);
    int64_t rank = map.getNumResults();
    if (rank < 2 || !map.isProjectedPermutation() ||
        map.getDimPosition(rank - 1) != unsigned(kLoop))
      return -1;
    for (int64_t i = rank - 2; i >= 0; --i) {
      unsigned dim = map.getDimPosition(i);
      if (dim == unsigned(cols))
        return i;
      if (stepExtents[dim] != 1)
        return -1;
    }
    return -1;
  };
  auto isColumnsByK = [&](OpOperand *input) {
    return getColumnsByK(input) >= 0;
  };
  if (llvm::any_of(step.getDpsInputOperands(), isColumnsByK) &&
      !isa<linalg::GenericOp>(step.getOperation())) {
    rewriter.setInsertionPoint(step);
    FailureOr<linalg::GenericOp> generalized =
        linalg::generalizeNamedOp(rewriter, step);
    if (failed(generalized))
      return rewriter.notifyMatchFailure(step, "cannot generalize");
    step = cast<linalg::LinalgOp>(generalized->getOperation());
  }
  for (OpOperand *input : step.getDpsInputOperands()) {
    auto type = cast<RankedTensorType>(input->get().getType());
    int64_t columns = getColumnsByK(input);
    bool transpose = columns >= 0;
    SmallVector<int64_t> perm =
        llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()));
    if (transpose)
      std::swap(perm[type.getRank() - 1], perm[columns]);
    SmallVector<int64_t> shape = applyPermutation(type.getShape(), perm);
    rewriter.setInsertionPoint(step);
    Value empty = tensor::EmptyOp::create(rewriter, step.getLoc(), shape,
                                          type.getElementType());
    Operation *copy =
        transpose ? linalg::TransposeOp::create(rewriter, step.getLoc(),
                                                input->get(), empty, perm)
                        .getOperation()
                  : linalg::CopyOp::create(rewriter, step.getLoc(),
                                           input->get(), empty)
                        .getOperation();
    rewriter.modifyOpInPlace(step, [&] {
      input->set(copy->getResult(0));
      if (transpose) {
        SmallVector<AffineMap> maps = step.getIndexingMapsArray();
        unsigned i = input->getOperandNumber();
        maps[i] = maps[i].getSubMap(llvm::to_vector_of<unsigned>(perm));
        cast<linalg::GenericOp>(step.getOperation())
            .setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(maps));
      }
    });
    linalg::BufferizeToAllocationOptions allocOptions;
    allocOptions.memcpyOp =
        linalg::BufferizeToAllocationOptions::MemcpyOp::LinalgCopy;
    Value buffer = linalg::bufferizeToAllocation(rewriter, allocOptions, copy,
                                                 options.sharedMemorySpace);
    if (!buffer)
      return rewriter.notifyMatchFailure(step, "no buffer for the copy");
    // Tensor cores: rows padded so that a warp's fragment reads are free of
    // bank conflicts.
    if (auto alloc = buffer.getDefiningOp<memref::AllocOp>();
        alloc && tiles.warpRows > 0) {
      AffineMap map = step.getMatchingIndexingMap(input);
      bool kInner =
          map.getNumResults() > 0 &&
          map.getResults().back() == getAffineDimExpr(kLoop, map.getContext());
      int64_t cols = alloc.getType().getShape().back();
      int64_t length = getMmaSharedRowLength(cols, kInner);
      if (length != cols)
        buffer = padSharedBuffer(rewriter, alloc, length);
    }
    linalg::LinalgOp bufferCopy;
    for (Operation *user : buffer.getUsers())
      if (auto c = dyn_cast<linalg::LinalgOp>(user))
        if (isa<linalg::CopyOp, linalg::TransposeOp>(user) &&
            c.getDpsInitOperand(0)->get() == buffer)
          bufferCopy = c;
    if (!bufferCopy)
      return rewriter.notifyMatchFailure(step, "no copy into the buffer");
    // The slice is only read: bufferized in place, not copied first.
    if (auto toBuffer = bufferCopy.getDpsInputOperand(0)
                            ->get()
                            .getDefiningOp<bufferization::ToBufferOp>())
      rewriter.modifyOpInPlace(toBuffer, [&] { toBuffer.setReadOnly(true); });
    // Tiles of the source's layout (a vector along its innermost dim per
    // thread), in the loop order of the copy (the destination's dims).
    SmallVector<int64_t> sizes = applyPermutation(
        getCopyTileSizes(type.getShape(), options.vectorWidth, tiles.threads),
        perm);
    // Consecutive threads along the source's innermost dim (coalesced
    // reads).
    int64_t sourceInnermost =
        llvm::find(perm, type.getRank() - 1) - perm.begin();
    setThreadTile(rewriter, bufferCopy, sizes, sourceInnermost);
  }

  // 4. The thread level's plan: the copies a vector per thread (above),
  // the product, the initializer and the epilogue threadRows x threadCols
  // per thread; with tensor cores, the product warpRows x warpCols per warp.
  bool mma = tiles.warpRows > 0;
  SmallVector<int64_t> stepSizes;
  SmallVector<int64_t> stepRanges = step.getStaticLoopRanges();
  for (auto [d, it] : llvm::enumerate(step.getIteratorTypesArray()))
    stepSizes.push_back(
        int64_t(d) == rowLoop   ? (mma ? tiles.warpRows : tiles.threadRows)
        : int64_t(d) == colLoop ? (mma ? tiles.warpCols : tiles.threadCols)
        : it == utils::IteratorType::reduction || stepRanges[d] == 1 ? 0
                                                                     : 1);
  setThreadTile(rewriter, step, stepSizes, /*fastest=*/-1, /*warps=*/mma);
  ArrayRef<int64_t> resultShape =
      cast<RankedTensorType>(init->getResult(0).getType()).getShape();
  SmallVector<int64_t> resultSizes =
      getResultTileSizes(resultShape, tiles.threadRows, tiles.threadCols);
  setThreadTile(rewriter, init, resultSizes);
  if (root != anchor)
    setThreadTile(rewriter, root, resultSizes);
  return success();
}
