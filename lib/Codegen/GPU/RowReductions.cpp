//===- GPURowReductions.cpp - Row-reduction GPU kernels -------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A group that reduces the rows of a tensor along its innermost loop and
// uses the results on the same rows (softmax, layer norm, RMS norm, a row
// normalization) as one thread block per row: each thread holds a strided
// slice of the row (K vectors of V elements, thread t's vectors at columns
// (k * T + t) * V, so that a warp's loads coalesce), reduces it in
// registers, and the block combines the threads' partial results with one
// gpu.all_reduce (warp shuffles, then shared memory across warps); the
// elementwise ops run on the slices still in registers. Instead of one
// thread per result element that recomputes the whole row's reductions
// (the generic GPU tiling), the row is read once.
//
//===----------------------------------------------------------------------===//

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUMERGEROWREDUCTIONSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

std::optional<gpu::AllReduceOperation>
mlir::fusion::getAllReduceOperation(Operation *combiner) {
  return llvm::TypeSwitch<Operation *, std::optional<gpu::AllReduceOperation>>(
             combiner)
      .Case<arith::AddFOp, arith::AddIOp>(
          [](auto) { return gpu::AllReduceOperation::ADD; })
      .Case<arith::MulFOp, arith::MulIOp>(
          [](auto) { return gpu::AllReduceOperation::MUL; })
      .Case([](arith::MaxNumFOp) { return gpu::AllReduceOperation::MAXNUMF; })
      .Case([](arith::MinNumFOp) { return gpu::AllReduceOperation::MINNUMF; })
      .Case([](arith::MaximumFOp) { return gpu::AllReduceOperation::MAXIMUMF; })
      .Case([](arith::MinimumFOp) { return gpu::AllReduceOperation::MINIMUMF; })
      .Case([](arith::MaxSIOp) { return gpu::AllReduceOperation::MAXSI; })
      .Case([](arith::MinSIOp) { return gpu::AllReduceOperation::MINSI; })
      .Case([](arith::MaxUIOp) { return gpu::AllReduceOperation::MAXUI; })
      .Case([](arith::MinUIOp) { return gpu::AllReduceOperation::MINUI; })
      .Case([](arith::AndIOp) { return gpu::AllReduceOperation::AND; })
      .Case([](arith::OrIOp) { return gpu::AllReduceOperation::OR; })
      .Case([](arith::XOrIOp) { return gpu::AllReduceOperation::XOR; })
      .Default([](Operation *) { return std::nullopt; });
}

namespace {
/// How an op of the group runs on a row: `Row` ops compute one scalar per
/// row (a fill of the reductions' init, `mean = sum / n`), `Reduction` ops
/// reduce the row's columns to one scalar, `Full` ops compute one element
/// per column.
enum class RowOpKind { Row, Reduction, Full };

/// A value of the group on one row, in one thread: a scalar (one per row;
/// `splat` when it is also every column's value, a fill), or the thread's
/// K x V slice of the row.
struct RowValue {
  Value scalar;
  bool splat = false;
  Value slice;
};

/// What the kernel of a row-reduction group computes with.
struct RowKernel {
  GroupOp group;
  linalg::GenericOp root;
  /// Row loops (all but the innermost) and their extents, the row length.
  int64_t rowLoops = 0;
  SmallVector<int64_t> rowExtents;
  int64_t columns = 0;
  /// Elements per vector, threads per block, vectors per thread.
  int64_t vector = 1, threads = 1, vectors = 1;
  /// Whether the result is one value per row (a reduction, or computed from
  /// reductions: a mean) rather than elementwise over rows and columns.
  bool rootPerRow = false;
  /// The group's ops in order, with their kinds (tensor.empty and scalar
  /// constants excluded).
  SmallVector<std::pair<Operation *, RowOpKind>> ops;
};
} // namespace

/// The loop dims an operand's map reads, if they are in increasing order
/// (no transposes) and the map is a projected permutation.
static std::optional<SmallVector<int64_t>> getOperandDims(AffineMap map) {
  if (!map.isProjectedPermutation(/*allowZeroInResults=*/false))
    return std::nullopt;
  SmallVector<int64_t> dims;
  for (unsigned i = 0, e = map.getNumResults(); i < e; ++i) {
    int64_t d = map.getDimPosition(i);
    if (!dims.empty() && d <= dims.back())
      return std::nullopt;
    dims.push_back(d);
  }
  return dims;
}

/// The op of `generic`'s body that combines the accumulator (the init block
/// argument, used by that op alone) with the value of an element, and the
/// accumulator's operand position in it, if the body reduces so.
static std::optional<std::pair<Operation *, unsigned>>
getReductionCombiner(linalg::GenericOp generic) {
  if (generic.getNumDpsInits() != 1)
    return std::nullopt;
  BlockArgument acc =
      generic.getMatchingBlockArgument(generic.getDpsInitOperand(0));
  auto yield = cast<linalg::YieldOp>(generic.getBody()->getTerminator());
  Operation *combiner = yield.getOperand(0).getDefiningOp();
  if (!combiner || !acc.hasOneUse() || combiner->getNumOperands() != 2 ||
      combiner->getBlock() != generic.getBody() ||
      !getAllReduceOperation(combiner))
    return std::nullopt;
  for (unsigned i = 0; i < 2; ++i)
    if (combiner->getOperand(i) == acc && combiner->getOperand(1 - i) != acc)
      return std::make_pair(combiner, i);
  return std::nullopt;
}

/// The rows and columns of `group`'s kernel: the result's loops if it
/// reduces or is elementwise over both; the last reduction's if the result
/// is elementwise over the rows only (a mean: sum / n). Sets `kernel`'s
/// root, rows and columns, and `ranges` to the loops' extents (the rows',
/// then the columns'), or returns why the group has none. Each op is
/// checked against them (getRowOpKind, checkRowOperands).
static std::optional<std::string> findRowLoops(GroupOp group, RowKernel &kernel,
                                               SmallVector<int64_t> &ranges) {
  auto yield = cast<YieldOp>(group.getBodyBlock().getTerminator());
  if (yield.getNumOperands() != 1)
    return std::string("the group has several results");
  auto root = yield.getOperand(0).getDefiningOp<linalg::GenericOp>();
  if (!root || root->getNumResults() != 1)
    return std::string("the result is not computed by a linalg.generic");
  linalg::GenericOp reference = root;
  if (root.getNumReductionLoops() == 0)
    for (Operation &op : group.getBodyBlock().without_terminator())
      if (auto generic = dyn_cast<linalg::GenericOp>(op);
          generic && generic.getNumReductionLoops() > 0 &&
          generic.getNumLoops() == root.getNumLoops() + 1)
        reference = generic;
  int64_t loops = reference.getNumLoops();
  kernel.rootPerRow = root.getNumReductionLoops() > 0 || reference != root;
  if (loops < 2 || (!kernel.rootPerRow &&
                    root.getNumParallelLoops() != static_cast<unsigned>(loops)))
    return std::string("the result is not an elementwise op or a reduction "
                       "over rows and columns");
  if (!kernel.rootPerRow &&
      !root.getIndexingMapMatchingResult(root->getResult(0)).isIdentity())
    return std::string("the result is transposed");
  ranges = reference.getStaticLoopRanges();
  if (llvm::any_of(ranges, ShapedType::isDynamic))
    return std::string("dynamic shapes");
  kernel.group = group;
  kernel.root = root;
  kernel.rowLoops = loops - 1;
  kernel.rowExtents.assign(ranges.begin(), ranges.end() - 1);
  kernel.columns = ranges.back();
  return std::nullopt;
}

/// Whether every type's elements are bytes (a vector of i1 is packed bits,
/// a buffer of i1 holds a byte per element) of 8 to 64 bits, not index.
static bool hasByteElements(TypeRange types) {
  return llvm::all_of(types, [](Type type) {
    Type element = getElementTypeOrSelf(type);
    return element.isIntOrFloat() && element.getIntOrFloatBitWidth() % 8 == 0 &&
           element.getIntOrFloatBitWidth() <= 64;
  });
}

/// Checks a fill of the group: of the rows' shape (a reduction's init) or
/// the result's.
static std::optional<std::string> checkRowFill(linalg::FillOp fill,
                                               ArrayRef<int64_t> ranges) {
  if (!fill.hasPureTensorSemantics())
    return std::string("a fill on buffers");
  auto type = cast<RankedTensorType>(fill.getResult(0).getType());
  ArrayRef<int64_t> shape = type.getShape();
  if (ranges.take_front(shape.size()) != shape ||
      (shape.size() != ranges.size() && shape.size() != ranges.size() - 1))
    return std::string("a fill of another shape than the rows or the "
                       "result");
  return std::nullopt;
}

/// Sets `kind` to how `generic` runs on a row (its loops against the
/// kernel's `ranges`: all of them, elementwise or reducing the innermost;
/// or the rows only, elementwise) and checks what it writes and, for a
/// reduction, its combiner; or returns why it cannot.
static std::optional<std::string> getRowOpKind(linalg::GenericOp generic,
                                               ArrayRef<int64_t> ranges,
                                               RowOpKind &kind) {
  if (generic->getNumResults() != 1 || generic.getNumDpsInits() != 1 ||
      !generic.hasPureTensorSemantics())
    return std::string("'linalg.generic' is not a linalg.generic on tensors "
                       "with one result");
  if (generic.hasIndexSemantics())
    return std::string("an op reads its loop indices");
  if (linalg::isaContractionOpInterface(generic))
    return std::string("a contraction (its own kernels reuse operands "
                       "across results)");
  SmallVector<int64_t> opRanges = generic.getStaticLoopRanges();
  unsigned opLoops = generic.getNumLoops();
  unsigned loops = ranges.size();
  if (opLoops == loops && ArrayRef<int64_t>(opRanges) == ranges) {
    SmallVector<utils::IteratorType> iterators =
        generic.getIteratorTypesArray();
    bool lastReduces = iterators.back() == utils::IteratorType::reduction;
    if (llvm::count(iterators, utils::IteratorType::reduction) !=
        (lastReduces ? 1 : 0))
      return std::string("an op reduces a loop other than the innermost");
    kind = lastReduces ? RowOpKind::Reduction : RowOpKind::Full;
  } else if (opLoops == loops - 1 &&
             ArrayRef<int64_t>(opRanges) == ranges.drop_back() &&
             generic.getNumParallelLoops() == opLoops) {
    kind = RowOpKind::Row;
  } else {
    return std::string("an op iterates other loops than the result's rows "
                       "and columns");
  }
  AffineMap outMap =
      generic.getMatchingIndexingMap(generic.getDpsInitOperand(0));
  if (kind == RowOpKind::Reduction
          ? outMap !=
                AffineMap::getMultiDimIdentityMap(loops, generic.getContext())
                    .getMajorSubMap(loops - 1)
          : !outMap.isIdentity())
    return std::string("an op writes a transposed or broadcast result");
  if (kind == RowOpKind::Reduction) {
    if (!getReductionCombiner(generic))
      return std::string("a reduction is not a single add, mul, min, max, "
                         "and, or or xor of its accumulator");
    // Reductions across threads are shuffles of 32-bit registers (64-bit
    // values in two).
    if (getElementTypeOrSelf(generic->getResult(0).getType())
            .getIntOrFloatBitWidth() < 32)
      return std::string("a reduction of elements narrower than 32 bits");
  } else if (!generic.getMatchingBlockArgument(generic.getDpsInitOperand(0))
                  .use_empty()) {
    return std::string("an elementwise op reads its destination");
  }
  return std::nullopt;
}

/// Checks `generic`'s operands, for an op of `kind`: values of the group
/// (`kinds`: a row's scalar, read along the rows; a row slice, read as it
/// is) or from outside (sliced). An op over the columns reads one slice at
/// least (which gives its loops their extent).
static std::optional<std::string>
checkRowOperands(linalg::GenericOp generic, RowOpKind kind,
                 const DenseMap<Value, RowOpKind> &kinds, int64_t rowLoops) {
  bool readsSlice = kind == RowOpKind::Row;
  for (OpOperand &operand : generic->getOpOperands()) {
    if (kind == RowOpKind::Reduction && generic.isDpsInit(&operand)) {
      // The accumulator's init: a row's scalar.
      auto producer = kinds.find(operand.get());
      if (producer != kinds.end() && producer->second == RowOpKind::Full)
        return std::string("a reduction accumulates into a full tensor");
      continue;
    }
    if (generic.isDpsInit(&operand))
      continue;
    std::optional<SmallVector<int64_t>> dims =
        getOperandDims(generic.getMatchingIndexingMap(&operand));
    if (!dims)
      return std::string("an operand is read through a transposing or "
                         "non-projected map");
    if (kind == RowOpKind::Row &&
        llvm::any_of(*dims, [&](int64_t d) { return d >= rowLoops; }))
      return std::string("a per-row op reads along the columns");
    auto producer = kinds.find(operand.get());
    bool column = !dims->empty() && dims->back() == rowLoops;
    if (producer == kinds.end()) {
      readsSlice |= column && isa<RankedTensorType>(operand.get().getType());
      continue;
    }
    readsSlice |= producer->second == RowOpKind::Full;
    bool rowsOnly = dims->size() == static_cast<size_t>(rowLoops) &&
                    llvm::equal(*dims, llvm::seq<int64_t>(0, rowLoops));
    bool identity = dims->size() == static_cast<size_t>(rowLoops + 1);
    if (producer->second == RowOpKind::Full ? !identity
        : kind == RowOpKind::Row
            ? !rowsOnly && !identity
            : !rowsOnly && !isa<linalg::FillOp>(operand.get().getDefiningOp()))
      return std::string("a value of the group is read along other loops "
                         "than it was computed on");
  }
  if (!readsSlice)
    return std::string("an op over the columns reads no operand along "
                       "them");
  return std::nullopt;
}

/// Sets the kernel's vector width (the widest power of two up to
/// `threadElements` and 16 dividing the row), threads per block (up to 256,
/// or 1024 where a thread would take more than 8 vectors) and vectors per
/// thread (at most 16).
static std::optional<std::string> chooseRowThreads(RowKernel &kernel,
                                                   int64_t threadElements) {
  Type element = getElementTypeOrSelf(kernel.root->getResult(0).getType());
  kernel.vector = 1;
  if (element.isIntOrFloat() && element.getIntOrFloatBitWidth() % 8 == 0)
    for (int64_t v = 2;
         v <= std::min<int64_t>(threadElements, 16) && kernel.columns % v == 0;
         v *= 2)
      kernel.vector = v;
  int64_t slices = kernel.columns / kernel.vector;
  kernel.threads = getLargestDivisorAtMost(slices, 256);
  if (slices / kernel.threads > 8)
    kernel.threads = getLargestDivisorAtMost(slices, 1024);
  kernel.vectors = slices / kernel.threads;
  if (kernel.vectors > 16)
    return llvm::formatv("rows of {0} elements would take {1} vectors of {2} "
                         "per thread (at most 16)",
                         kernel.columns, kernel.vectors, kernel.vector)
        .str();
  return std::nullopt;
}

/// Checks that `group` is a row-reduction group that the kernel handles and
/// fills `kernel`; otherwise returns the reason.
static std::optional<std::string>
analyzeRowGroup(GroupOp group, int64_t threadElements, RowKernel &kernel) {
  SmallVector<int64_t> ranges;
  if (std::optional<std::string> reason = findRowLoops(group, kernel, ranges))
    return reason;
  DenseMap<Value, RowOpKind> kinds;
  bool reduces = false;
  for (Operation &op : group.getBodyBlock().without_terminator()) {
    if (!hasByteElements(op.getOperandTypes()) ||
        !hasByteElements(op.getResultTypes()))
      return std::string("an op has elements of less than a byte, more than "
                         "64 bits, or of index type");
    if (isa<tensor::EmptyOp>(op))
      continue;
    if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
      if (isa<ShapedType>(constant.getType()))
        return std::string("a constant tensor in the group");
      continue;
    }
    if (auto fill = dyn_cast<linalg::FillOp>(op)) {
      if (std::optional<std::string> reason = checkRowFill(fill, ranges))
        return reason;
      kinds[fill.getResult(0)] = RowOpKind::Row;
      kernel.ops.push_back({&op, RowOpKind::Row});
      continue;
    }
    auto generic = dyn_cast<linalg::GenericOp>(op);
    if (!generic)
      return "'" + op.getName().getStringRef().str() +
             "' is not a linalg.generic on tensors with one result";
    RowOpKind kind;
    if (std::optional<std::string> reason = getRowOpKind(generic, ranges, kind))
      return reason;
    if (std::optional<std::string> reason =
            checkRowOperands(generic, kind, kinds, kernel.rowLoops))
      return reason;
    reduces |= kind == RowOpKind::Reduction;
    kinds[generic->getResult(0)] = kind;
    kernel.ops.push_back({&op, kind});
  }
  if (!reduces)
    return std::string("no op reduces the rows");
  // The ops' values are used in the group's block only (scalar constants
  // may be used in bodies).
  for (auto [op, kind] : kernel.ops)
    for (Operation *user : op->getUsers())
      if (user->getBlock() != &group.getBodyBlock())
        return std::string("a value of the group is used in a nested region");
  return chooseRowThreads(kernel, threadElements);
}

namespace {
/// Builds one thread's part of a row: the ops of the group, in order, on
/// the thread's slices of the row and the row's scalars.
class RowThreadBuilder {
public:
  /// `destView`: the thread loop's destination, the row as K x T x V.
  RowThreadBuilder(RewriterBase &rewriter, const RowKernel &kernel,
                   ValueRange rowIds, Value threadId, Value destView)
      : rewriter(rewriter), kernel(kernel), rowIds(rowIds), threadId(threadId),
        destView(destView), location(kernel.root->getLoc()) {}

  /// Computes every op of the group; returns the root's slice.
  FailureOr<Value> build() {
    for (auto [op, kind] : kernel.ops) {
      if (auto fill = dyn_cast<linalg::FillOp>(op)) {
        values[fill.getResult(0)] = {fill.getInputs()[0], /*splat=*/true, {}};
        continue;
      }
      auto generic = cast<linalg::GenericOp>(op);
      FailureOr<RowValue> value = kind == RowOpKind::Row ? buildRow(generic)
                                  : kind == RowOpKind::Full
                                      ? buildFull(generic)
                                      : buildReduction(generic);
      if (failed(value))
        return failure();
      values[generic->getResult(0)] = *value;
    }
    RowValue result = values.lookup(kernel.root->getResult(0));
    Value value = kernel.rootPerRow ? result.scalar : result.slice;
    if (!value)
      return failure();
    return value;
  }

private:
  Location loc() const { return location; }

  RankedTensorType sliceType(Type element) const {
    return RankedTensorType::get({kernel.vectors, kernel.vector}, element);
  }

  /// The thread's K x V slice of a row of `rowTensor` (a tensor of the
  /// row's columns): the row viewed as K x T x V, column block t.
  Value sliceOfRow(Value rowTensor) {
    auto type = cast<RankedTensorType>(rowTensor.getType());
    auto expanded = RankedTensorType::get(
        {kernel.vectors, kernel.threads, kernel.vector}, type.getElementType());
    Value view = tensor::ExpandShapeOp::create(
        rewriter, loc(), expanded, rowTensor, {ReassociationIndices{0, 1, 2}});
    return sliceOfExpandedRow(view);
  }

  /// The thread's K x V slice of a row viewed as K x T x V.
  Value sliceOfExpandedRow(Value view) {
    Type element = cast<RankedTensorType>(view.getType()).getElementType();
    SmallVector<OpFoldResult> offsets{rewriter.getIndexAttr(0), threadId,
                                      rewriter.getIndexAttr(0)};
    SmallVector<OpFoldResult> sizes{rewriter.getIndexAttr(kernel.vectors),
                                    rewriter.getIndexAttr(1),
                                    rewriter.getIndexAttr(kernel.vector)};
    SmallVector<OpFoldResult> strides(3, rewriter.getIndexAttr(1));
    return tensor::ExtractSliceOp::create(rewriter, loc(), sliceType(element),
                                          view, offsets, sizes, strides);
  }

  /// An operand from outside the group, read at loop `dims` of the op:
  /// this row's scalar, or the thread's slice of the row.
  RowValue readOutside(Value tensor, ArrayRef<int64_t> dims) {
    auto key = std::make_pair(tensor, SmallVector<int64_t>(dims));
    for (auto &[k, v] : outside)
      if (k == key)
        return v;
    bool column = !dims.empty() && dims.back() == kernel.rowLoops;
    RowValue value;
    if (!column) {
      SmallVector<Value> indices;
      for (int64_t d : dims)
        indices.push_back(rowIds[d]);
      value.scalar =
          tensor::ExtractOp::create(rewriter, loc(), tensor, indices);
    } else {
      auto type = cast<RankedTensorType>(tensor.getType());
      SmallVector<OpFoldResult> offsets, sizes,
          strides(dims.size(), rewriter.getIndexAttr(1));
      for (int64_t d : dims) {
        bool isColumn = d == kernel.rowLoops;
        offsets.push_back(isColumn ? OpFoldResult(rewriter.getIndexAttr(0))
                                   : OpFoldResult(rowIds[d]));
        sizes.push_back(rewriter.getIndexAttr(isColumn ? kernel.columns : 1));
      }
      auto rowType =
          RankedTensorType::get({kernel.columns}, type.getElementType());
      Value row = tensor::ExtractSliceOp::create(
          rewriter, loc(), rowType, tensor, offsets, sizes, strides);
      value.slice = sliceOfRow(row);
    }
    outside.push_back({key, value});
    return value;
  }

  /// The value of `operand` of `op` in this thread.
  FailureOr<RowValue> read(linalg::GenericOp op, OpOperand &operand) {
    auto it = values.find(operand.get());
    if (it != values.end())
      return it->second;
    // A scalar operand (a run-time epsilon) is every element's value.
    if (!isa<ShapedType>(operand.get().getType()))
      return RowValue{operand.get(), /*splat=*/true, {}};
    std::optional<SmallVector<int64_t>> dims =
        getOperandDims(op.getMatchingIndexingMap(&operand));
    if (!dims || !isa<RankedTensorType>(operand.get().getType()))
      return failure();
    return readOutside(operand.get(), *dims);
  }

  /// Clones `op`'s body at the insertion point with its block arguments
  /// mapped by `mapping`; returns the value it yields.
  Value cloneBody(linalg::GenericOp op, IRMapping &mapping,
                  Operation *skip = nullptr) {
    for (Operation &bodyOp : op.getBody()->without_terminator())
      if (&bodyOp != skip)
        rewriter.clone(bodyOp, mapping);
    return mapping.lookupOrDefault(
        op.getBody()->getTerminator()->getOperand(0));
  }

  FailureOr<RowValue> buildRow(linalg::GenericOp op) {
    IRMapping mapping;
    for (OpOperand *operand : op.getDpsInputOperands()) {
      FailureOr<RowValue> value = read(op, *operand);
      if (failed(value) || !value->scalar)
        return failure();
      mapping.map(op.getMatchingBlockArgument(operand), value->scalar);
    }
    return RowValue{cloneBody(op, mapping), false, {}};
  }

  /// A generic over the thread's K x V slice: the slices among `op`'s
  /// inputs become its operands, the scalars are used in the body as they
  /// are; `init` is its destination (`outMap` its map). Returns its result.
  FailureOr<Value>
  buildSliceGeneric(linalg::GenericOp op, Value init, AffineMap outMap,
                    ArrayRef<utils::IteratorType> iterators, Operation *skip,
                    function_ref<void(IRMapping &, Block &)> mapInit) {
    SmallVector<Value> inputs;
    SmallVector<std::pair<BlockArgument, RowValue>> args;
    for (OpOperand *operand : op.getDpsInputOperands()) {
      FailureOr<RowValue> value = read(op, *operand);
      if (failed(value))
        return failure();
      args.push_back({op.getMatchingBlockArgument(operand), *value});
      if (value->slice)
        inputs.push_back(value->slice);
    }
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineMap> maps(inputs.size(),
                                AffineMap::getMultiDimIdentityMap(2, ctx));
    maps.push_back(outMap);
    auto generic = linalg::GenericOp::create(
        rewriter, loc(), init.getType(), inputs, init, maps, iterators,
        [&](OpBuilder &, Location, ValueRange) {});
    // The builder made the block's arguments (inputs', then init's
    // elements).
    Block &body = generic.getRegion().front();
    IRMapping mapping;
    unsigned next = 0;
    for (auto &[arg, value] : args)
      mapping.map(arg, value.slice ? body.getArgument(next++) : value.scalar);
    mapInit(mapping, body);
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToEnd(&body);
    Value result = cloneBody(op, mapping, skip);
    linalg::YieldOp::create(rewriter, loc(), result);
    // The reduction runs in another order: no-wrap flags of its integer
    // ops would not hold.
    if (llvm::is_contained(iterators, utils::IteratorType::reduction))
      dropOverflowFlags(body);
    return generic->getResult(0);
  }

  FailureOr<RowValue> buildFull(linalg::GenericOp op) {
    Type element = getElementTypeOrSelf(op->getResult(0).getType());
    // The root in place, in the thread's slice of the destination.
    Value init =
        op == kernel.root
            ? sliceOfExpandedRow(destView)
            : tensor::EmptyOp::create(rewriter, loc(),
                                      sliceType(element).getShape(), element);
    MLIRContext *ctx = rewriter.getContext();
    FailureOr<Value> slice = buildSliceGeneric(
        op, init, AffineMap::getMultiDimIdentityMap(2, ctx),
        {utils::IteratorType::parallel, utils::IteratorType::parallel}, nullptr,
        [&](IRMapping &mapping, Block &body) {
          mapping.map(op.getMatchingBlockArgument(op.getDpsInitOperand(0)),
                      body.getArguments().back());
        });
    if (failed(slice))
      return failure();
    Operation *generic = slice->getDefiningOp();
    return RowValue{{}, false, vectorizeResult(generic)};
  }

  FailureOr<RowValue> buildReduction(linalg::GenericOp op) {
    auto [combiner, accPos] = *getReductionCombiner(op);
    Type element = getElementTypeOrSelf(op->getResult(0).getType());
    std::optional<TypedAttr> neutral = arith::getNeutralElement(combiner);
    if (!neutral)
      return failure();
    // This thread's partial result, from the neutral element.
    Value identity = arith::ConstantOp::create(rewriter, loc(), *neutral);
    Value empty =
        tensor::EmptyOp::create(rewriter, loc(), ArrayRef<int64_t>{}, element);
    Value init =
        linalg::FillOp::create(rewriter, loc(), identity, empty).getResult(0);
    MLIRContext *ctx = rewriter.getContext();
    FailureOr<Value> partial = buildSliceGeneric(
        op, init, AffineMap::get(2, 0, {}, ctx),
        {utils::IteratorType::reduction, utils::IteratorType::reduction},
        nullptr, [&](IRMapping &mapping, Block &body) {
          mapping.map(op.getMatchingBlockArgument(op.getDpsInitOperand(0)),
                      body.getArguments().back());
        });
    if (failed(partial))
      return failure();
    Operation *generic = partial->getDefiningOp();
    Value scalar = tensor::ExtractOp::create(
        rewriter, loc(), vectorizeResult(generic), ValueRange{});
    // The block's result, then the accumulator's initial value combined in.
    auto operation = getAllReduceOperation(combiner);
    Value all = gpu::AllReduceOp::create(
        rewriter, loc(), scalar,
        gpu::AllReduceOperationAttr::get(ctx, *operation),
        rewriter.getUnitAttr());
    FailureOr<RowValue> initValue = read(op, *op.getDpsInitOperand(0));
    if (failed(initValue) || !initValue->scalar)
      return failure();
    // An init equal to the neutral element (a sum from 0) adds nothing.
    Attribute initConstant;
    if (initValue->splat &&
        matchPattern(initValue->scalar, m_Constant(&initConstant)) &&
        initConstant == *neutral)
      return RowValue{all, false, {}};
    IRMapping mapping;
    mapping.map(combiner->getOperand(accPos), initValue->scalar);
    mapping.map(combiner->getOperand(1 - accPos), all);
    Operation *combined = rewriter.clone(*combiner, mapping);
    dropOverflowFlags(combined);
    return RowValue{combined->getResult(0), false, {}};
  }

  /// Clears the no-wrap flags of the integer ops in `block` (or of `op`).
  static void dropOverflowFlags(Operation *op) {
    if (auto flags = dyn_cast<arith::ArithIntegerOverflowFlagsInterface>(op))
      op->setAttr(flags.getIntegerOverflowAttrName(),
                  arith::IntegerOverflowFlagsAttr::get(
                      op->getContext(), arith::IntegerOverflowFlags::none));
  }
  static void dropOverflowFlags(Block &block) {
    block.walk([](Operation *op) { dropOverflowFlags(op); });
  }

  /// Vectorizes `op` (one result) where it can; returns its result or the
  /// value that replaced it.
  Value vectorizeResult(Operation *op) {
    Value result = vectorizeIfPossible(rewriter, op).front();
    if (Operation *def = result.getDefiningOp())
      rewriter.setInsertionPointAfter(def);
    return result;
  }

  RewriterBase &rewriter;
  const RowKernel &kernel;
  ValueRange rowIds;
  Value threadId;
  Value destView;
  Location location;
  DenseMap<Value, RowValue> values;
  SmallVector<std::pair<std::pair<Value, SmallVector<int64_t>>, RowValue>>
      outside;
};
} // namespace

FailureOr<Operation *>
mlir::fusion::tileRowReductionGroup(RewriterBase &rewriter, GroupOp group,
                                    int64_t threadElements) {
  RowKernel kernel;
  if (std::optional<std::string> reason =
          analyzeRowGroup(group, threadElements, kernel)) {
    if (group.getKind() == GroupKind::Reduction)
      reportDecision(group.getLoc(), "fusion-gpu-tile-threads",
                     "NoRowReduction", false,
                     "not a row-reduction kernel: " + *reason);
    return rewriter.notifyMatchFailure(group, *reason);
  }
  linalg::GenericOp root = kernel.root;
  Location loc = root.getLoc();
  MLIRContext *ctx = rewriter.getContext();
  OpBuilder::InsertionGuard guard(rewriter);
  // After every op of the group (the kernel computes them all).
  rewriter.setInsertionPoint(group.getBodyBlock().getTerminator());

  // One block per row.
  SmallVector<OpFoldResult> rowCounts;
  for (int64_t extent : kernel.rowExtents)
    rowCounts.push_back(rewriter.getIndexAttr(extent));
  SmallVector<Attribute> blockMapping;
  for (int64_t i = kernel.rowLoops - 1; i >= 0; --i)
    blockMapping.push_back(gpu::GPUBlockMappingAttr::get(
        ctx, static_cast<gpu::MappingId>(
                 static_cast<int64_t>(gpu::MappingId::LinearDim0) + i)));
  // The destination: the root's init, or, for one value per row, a new
  // tensor (every row is written; a reduction's init is read by the
  // kernel's combine, not kept alive as the destination).
  Value dest = root.getDpsInitOperand(0)->get();
  if (kernel.rootPerRow)
    dest = tensor::EmptyOp::create(
        rewriter, loc, cast<RankedTensorType>(dest.getType()).getShape(),
        getElementTypeOrSelf(dest.getType()));
  auto blocks = scf::ForallOp::create(rewriter, loc, rowCounts, dest,
                                      rewriter.getArrayAttr(blockMapping));
  SmallVector<Value> rowIds(blocks.getInductionVars());
  Value blockDest = blocks.getRegionIterArgs()[0];
  auto destType = cast<RankedTensorType>(dest.getType());
  Type element = destType.getElementType();
  rewriter.setInsertionPointToStart(blocks.getBody());
  // The block's part of the destination: its row (as K x T x V), or its
  // row's element.
  SmallVector<OpFoldResult> rowOffsets(rowIds.begin(), rowIds.end()),
      rowSizes(kernel.rowLoops, rewriter.getIndexAttr(1));
  if (!kernel.rootPerRow) {
    rowOffsets.push_back(rewriter.getIndexAttr(0));
    rowSizes.push_back(rewriter.getIndexAttr(kernel.columns));
  }
  SmallVector<OpFoldResult> rowStrides(rowOffsets.size(),
                                       rewriter.getIndexAttr(1));
  auto rowType =
      RankedTensorType::get({kernel.rootPerRow ? 1 : kernel.columns}, element);
  Value destRow = tensor::ExtractSliceOp::create(
      rewriter, loc, rowType, blockDest, rowOffsets, rowSizes, rowStrides);
  Value destView = destRow;
  if (!kernel.rootPerRow)
    destView = tensor::ExpandShapeOp::create(
        rewriter, loc,
        RankedTensorType::get({kernel.vectors, kernel.threads, kernel.vector},
                              element),
        destRow, {ReassociationIndices{0, 1, 2}});

  // T threads per block.
  auto threads = scf::ForallOp::create(
      rewriter, loc,
      ArrayRef<OpFoldResult>{rewriter.getIndexAttr(kernel.threads)}, destView,
      rewriter.getArrayAttr(
          {gpu::GPUThreadMappingAttr::get(ctx, gpu::MappingId::LinearDim0)}));
  Value threadId = threads.getInductionVars()[0];
  Value threadDest = threads.getRegionIterArgs()[0];
  rewriter.setInsertionPointToStart(threads.getBody());
  RowThreadBuilder builder(rewriter, kernel, rowIds, threadId, threadDest);
  FailureOr<Value> result = builder.build();
  if (failed(result)) {
    rewriter.eraseOp(blocks);
    return rewriter.notifyMatchFailure(group, "an operand could not be read "
                                              "per row");
  }
  Value row;
  if (kernel.rootPerRow) {
    // Every thread holds the row's value; thread 0 writes it (the others
    // insert nothing: a slice of size 0).
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    Value first = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        threadId, zero);
    Value size = arith::SelectOp::create(rewriter, loc, first, one, zero);
    Value single = tensor::FromElementsOp::create(rewriter, loc, rowType,
                                                  ValueRange{*result});
    auto partType = RankedTensorType::get({ShapedType::kDynamic}, element);
    SmallVector<OpFoldResult> offsets{rewriter.getIndexAttr(0)},
        sizes{OpFoldResult(size)}, strides{rewriter.getIndexAttr(1)};
    Value part = tensor::ExtractSliceOp::create(rewriter, loc, partType, single,
                                                offsets, sizes, strides);
    rewriter.setInsertionPointToStart(threads.getTerminator().getBody());
    tensor::ParallelInsertSliceOp::create(rewriter, loc, part, threadDest,
                                          offsets, sizes, strides);
    rewriter.setInsertionPointAfter(threads);
    row = threads->getResult(0);
  } else {
    SmallVector<OpFoldResult> sliceOffsets{rewriter.getIndexAttr(0), threadId,
                                           rewriter.getIndexAttr(0)};
    SmallVector<OpFoldResult> sliceSizes{rewriter.getIndexAttr(kernel.vectors),
                                         rewriter.getIndexAttr(1),
                                         rewriter.getIndexAttr(kernel.vector)};
    SmallVector<OpFoldResult> sliceStrides(3, rewriter.getIndexAttr(1));
    rewriter.setInsertionPointToStart(threads.getTerminator().getBody());
    tensor::ParallelInsertSliceOp::create(rewriter, loc, *result, threadDest,
                                          sliceOffsets, sliceSizes,
                                          sliceStrides);
    rewriter.setInsertionPointAfter(threads);
    row = tensor::CollapseShapeOp::create(rewriter, loc, rowType,
                                          threads->getResult(0),
                                          {ReassociationIndices{0, 1, 2}});
  }
  rewriter.setInsertionPointToStart(blocks.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(rewriter, loc, row, blockDest,
                                        rowOffsets, rowSizes, rowStrides);
  rewriter.replaceAllUsesWith(root->getResult(0), blocks->getResult(0));
  reportDecision(
      group.getLoc(), "fusion-gpu-tile-threads", "RowReduction", true,
      llvm::formatv("row reduction: one block of {0} threads per row of {1} "
                    "elements, {2} vector(s) of {3} per thread, reduced "
                    "with gpu.all_reduce",
                    kernel.threads, kernel.columns, kernel.vectors,
                    kernel.vector)
          .str());
  return blocks.getOperation();
}

bool mlir::fusion::isRowReductionGroup(GroupOp group, int64_t threadElements,
                                       std::string *reason) {
  RowKernel kernel;
  std::optional<std::string> why =
      analyzeRowGroup(group, threadElements, kernel);
  if (why && reason)
    *reason = *why;
  return !why;
}

/// `producer`'s ops followed by `consumer`'s in one new group in
/// `consumer`'s place, the producer's results forwarded to the consumer's
/// ops. The old groups are left as they are.
static GroupOp mergeGroups(RewriterBase &rewriter, GroupOp producer,
                           GroupOp consumer) {
  llvm::SetVector<Value> inputs;
  for (Value input : producer.getInputs())
    inputs.insert(input);
  for (Value input : consumer.getInputs())
    if (input.getDefiningOp() != producer.getOperation())
      inputs.insert(input);
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(consumer);
  auto merged =
      GroupOp::create(rewriter, consumer.getLoc(), consumer.getResultTypes(),
                      consumer.getKind(), inputs.getArrayRef());
  Block *body = rewriter.createBlock(&merged.getBody());
  DenseMap<Value, Value> args;
  for (Value input : inputs)
    args[input] = body->addArgument(input.getType(), input.getLoc());
  IRMapping mapping;
  for (auto [arg, input] :
       llvm::zip(producer.getBodyBlock().getArguments(), producer.getInputs()))
    mapping.map(arg, args.lookup(input));
  rewriter.setInsertionPointToStart(body);
  for (Operation &op : producer.getBodyBlock().without_terminator())
    rewriter.clone(op, mapping);
  auto producerYield = cast<YieldOp>(producer.getBodyBlock().getTerminator());
  for (auto [arg, input] : llvm::zip(consumer.getBodyBlock().getArguments(),
                                     consumer.getInputs())) {
    auto result = dyn_cast<OpResult>(input);
    mapping.map(arg, result && result.getOwner() == producer.getOperation()
                         ? mapping.lookup(producerYield.getOperand(
                               result.getResultNumber()))
                         : args.lookup(input));
  }
  for (Operation &op : consumer.getBodyBlock().getOperations())
    rewriter.clone(op, mapping);
  return merged;
}

int64_t mlir::fusion::mergeRowReductionGroups(RewriterBase &rewriter,
                                              Block &block,
                                              int64_t threadElements) {
  int64_t count = 0;
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto consumer : llvm::to_vector(block.getOps<GroupOp>())) {
      if (!isRowReductionGroup(consumer, threadElements))
        continue;
      for (Value input : consumer.getInputs()) {
        auto producer = input.getDefiningOp<GroupOp>();
        if (!producer || producer->getBlock() != &block ||
            producer.getKind() != GroupKind::Reduction ||
            llvm::any_of(producer->getUsers(), [&](Operation *user) {
              return user != consumer.getOperation();
            }))
          continue;
        GroupOp merged = mergeGroups(rewriter, producer, consumer);
        if (!isRowReductionGroup(merged, threadElements)) {
          rewriter.eraseOp(merged);
          continue;
        }
        reportDecision(
            consumer.getLoc(), "fusion-gpu-merge-row-reductions",
            "RowGroupsMerged", true,
            "merged the reduction group of " +
                [&] {
                  std::string loc;
                  llvm::raw_string_ostream os(loc);
                  producer.getLoc().print(os);
                  return loc;
                }() +
                " into this row-reduction group: one GPU kernel "
                "reads each row once");
        rewriter.replaceOp(consumer, merged.getResults());
        rewriter.eraseOp(producer);
        ++count;
        changed = true;
        break;
      }
      if (changed)
        break;
    }
  }
  return count;
}

namespace {
struct FusionGPUMergeRowReductionsPass
    : fusion::impl::FusionGPUMergeRowReductionsPassBase<
          FusionGPUMergeRowReductionsPass> {
  using Base::Base;
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    llvm::SetVector<Block *> blocks;
    getOperation()->walk(
        [&](GroupOp group) { blocks.insert(group->getBlock()); });
    for (Block *block : blocks)
      (void)mergeRowReductionGroups(rewriter, *block, threadElements);
  }
};
} // namespace
