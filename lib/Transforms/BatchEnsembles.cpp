//===- BatchEnsembles.cpp - Batch isomorphic ensemble branches ----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// N branches with the same structure and shapes, differing only in their
// weights and possibly in their inputs, become one computation over a new
// leading "branch" dim: each linalg op becomes one generic with an extra
// parallel loop (specialized back to a named op such as linalg.batch_matmul
// where it matches); operands that differ between branches are stacked
// (constants at compile time, other values by a tensor.concat), operands the
// branches share are read once. Each branch's output becomes a slice of the
// batched result, which the combiner reads in place.
//
//===----------------------------------------------------------------------===//

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"

#include "llvm/ADT/SetVector.h"
#include <map>

#define DEBUG_TYPE "fusion-batch-ensembles"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONBATCHENSEMBLESPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

namespace {
/// How one operand of a template op is formed across the branches.
struct OperandSource {
  enum Kind { Internal, Shared, Stacked } kind = Shared;
  int64_t op = -1;     // Internal: index of the producing op in the branch
  unsigned result = 0; // Internal: its result number
  SmallVector<Value> values; // Shared: one value; Stacked: one per branch
};

/// The batching plan: per template op, the sources of its operands.
struct Plan {
  SmallVector<SmallVector<OperandSource>> operands;
  int64_t outputOp = -1;
  unsigned outputResult = 0;
};

/// A batched value: stacked along a new leading dim, or shared.
struct Batched {
  Value value;
  bool stacked;
};
} // namespace

/// Whether `a` and `b`, values from outside a body, are interchangeable:
/// the same value or equal constants.
static bool areSameOutside(Value a, Value b) {
  if (a == b)
    return true;
  Attribute ca, cb;
  return matchPattern(a, m_Constant(&ca)) && matchPattern(b, m_Constant(&cb)) &&
         ca == cb && a.getType() == b.getType();
}

/// Whether the single-block bodies of `a` and `b` compute the same thing.
static bool areBodiesEquivalent(Region &a, Region &b) {
  if (a.getBlocks().size() != 1 || b.getBlocks().size() != 1)
    return a.empty() && b.empty();
  Block &ba = a.front(), &bb = b.front();
  if (ba.getNumArguments() != bb.getNumArguments() ||
      ba.getOperations().size() != bb.getOperations().size())
    return false;
  llvm::DenseMap<Value, Value> same;
  for (auto [x, y] : llvm::zip(ba.getArguments(), bb.getArguments())) {
    if (x.getType() != y.getType())
      return false;
    same[x] = y;
  }
  for (auto [x, y] : llvm::zip(ba, bb)) {
    if (x.getName() != y.getName() ||
        x.getAttrDictionary() != y.getAttrDictionary() ||
        x.getResultTypes() != y.getResultTypes() ||
        x.getNumOperands() != y.getNumOperands() || x.getNumRegions() != 0 ||
        y.getNumRegions() != 0)
      return false;
    for (auto [u, v] : llvm::zip(x.getOperands(), y.getOperands())) {
      auto it = same.find(u);
      if (it != same.end() ? it->second != v : !areSameOutside(u, v))
        return false;
    }
    for (auto [u, v] : llvm::zip(x.getResults(), y.getResults()))
      same[u] = v;
  }
  return true;
}

/// Whether `op` may be part of a batched branch.
static bool isBatchable(Operation *op) {
  if (isa<tensor::EmptyOp, arith::ConstantOp>(op))
    return true;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.hasPureTensorSemantics();
}

/// Checks that `branches` are isomorphic and plans the batching; `resolve`
/// maps a value from outside a branch to the value it stands for.
static FailureOr<Plan> planBatching(ArrayRef<EnsembleBranch> branches,
                                    function_ref<Value(Value)> resolve,
                                    std::string &why) {
  size_t n = branches.size();
  const EnsembleBranch &first = branches.front();
  SmallVector<llvm::DenseMap<Operation *, int64_t>> index(n);
  for (auto [b, branch] : llvm::enumerate(branches)) {
    if (branch.ops.size() != first.ops.size()) {
      why = "branches differ in their number of ops";
      return failure();
    }
    for (auto [j, op] : llvm::enumerate(branch.ops))
      index[b][op] = j;
  }
  Plan plan;
  for (auto [jIndex, op] : llvm::enumerate(first.ops)) {
    size_t j = jIndex;
    if (!isBatchable(op)) {
      why = "op " + op->getName().getStringRef().str() + " cannot be batched";
      return failure();
    }
    bool isConstant = isa<arith::ConstantOp>(op);
    for (size_t b = 1; b < n; ++b) {
      Operation *other = branches[b].ops[j];
      bool sameAttrs =
          isConstant || other->getAttrDictionary() == op->getAttrDictionary();
      if (other->getName() != op->getName() || !sameAttrs ||
          other->getResultTypes() != op->getResultTypes() ||
          other->getNumOperands() != op->getNumOperands() ||
          other->getNumRegions() != op->getNumRegions()) {
        why = "branches differ at op #" + std::to_string(j) + " (" +
              op->getName().getStringRef().str() + ")";
        return failure();
      }
      for (auto [ra, rb] : llvm::zip(op->getRegions(), other->getRegions()))
        if (!areBodiesEquivalent(ra, rb)) {
          why = "branches differ in the body of op #" + std::to_string(j);
          return failure();
        }
    }
    if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
      bool same = llvm::all_of(branches, [&](const EnsembleBranch &branch) {
        return cast<arith::ConstantOp>(branch.ops[j]).getValue() ==
               constant.getValue();
      });
      // Different constants are stacked: each must be known (a
      // dense_resource blob with data too), checked here so that a refusal
      // leaves nothing behind.
      if (!same &&
          !llvm::all_of(branches, [&](const EnsembleBranch &branch) {
            return getConstantElements(branch.ops[j]->getResult(0)) !=
                   nullptr;
          })) {
        why = "scalar constants differ between branches";
        return failure();
      }
    }
    SmallVector<OperandSource> sources;
    for (unsigned k = 0; k < op->getNumOperands(); ++k) {
      OperandSource source;
      Value v0 = op->getOperand(k);
      Operation *def0 = v0.getDefiningOp();
      auto it0 = def0 ? index[0].find(def0) : index[0].end();
      if (it0 != index[0].end()) {
        source.kind = OperandSource::Internal;
        source.op = it0->second;
        source.result = cast<OpResult>(v0).getResultNumber();
      }
      for (size_t b = 0; b < n; ++b) {
        Value v = branches[b].ops[j]->getOperand(k);
        Operation *def = v.getDefiningOp();
        auto it = def ? index[b].find(def) : index[b].end();
        bool internal = it != index[b].end();
        if (internal != (source.kind == OperandSource::Internal) ||
            (internal &&
             (it->second != source.op ||
              cast<OpResult>(v).getResultNumber() != source.result))) {
          why = "branches differ in the dataflow into op #" + std::to_string(j);
          return failure();
        }
        if (!internal)
          source.values.push_back(resolve(v));
      }
      if (source.kind != OperandSource::Internal) {
        bool shared = llvm::all_of(
            source.values, [&](Value v) { return v == source.values.front(); });
        if (shared)
          source.values.resize(1);
        else
          source.kind = OperandSource::Stacked;
      }
      sources.push_back(std::move(source));
    }
    plan.operands.push_back(std::move(sources));
  }
  for (size_t b = 0; b < n; ++b) {
    Operation *def = branches[b].output.getDefiningOp();
    auto it = def ? index[b].find(def) : index[b].end();
    if (it == index[b].end()) {
      why = "a branch output is not computed in the branch";
      return failure();
    }
    unsigned result = cast<OpResult>(branches[b].output).getResultNumber();
    if (b == 0) {
      plan.outputOp = it->second;
      plan.outputResult = result;
    } else if (it->second != plan.outputOp || result != plan.outputResult) {
      why = "the branches' outputs come from different ops";
      return failure();
    }
  }
  return plan;
}

/// `type` with a leading dim of size `n`.
static RankedTensorType getStackedType(Type type, int64_t n) {
  auto tensor = cast<RankedTensorType>(type);
  SmallVector<int64_t> shape = {n};
  llvm::append_range(shape, tensor.getShape());
  return RankedTensorType::get(shape, tensor.getElementType());
}

/// One constant of the per-branch constants `attrs` (tensors of one type),
/// stacked.
static DenseElementsAttr stackConstants(ArrayRef<DenseElementsAttr> attrs) {
  RankedTensorType type = getStackedType(attrs.front().getType(), attrs.size());
  if (llvm::none_of(attrs, [](DenseElementsAttr a) { return a.isSplat(); }) &&
      !attrs.front().getElementType().isInteger(1)) {
    SmallVector<char> raw;
    for (DenseElementsAttr attr : attrs)
      llvm::append_range(raw, attr.getRawData());
    return DenseElementsAttr::getFromRawBuffer(type, raw);
  }
  SmallVector<Attribute> values;
  for (DenseElementsAttr attr : attrs)
    llvm::append_range(values, attr.getValues<Attribute>());
  return DenseElementsAttr::get(type, values);
}

/// The per-branch values `values` (same type), stacked along a new leading
/// dim: one constant if they are all constants, else a tensor.concat.
static Value stackValues(RewriterBase &rewriter, Location loc,
                         ArrayRef<Value> values) {
  SmallVector<DenseElementsAttr> attrs;
  for (Value v : values) {
    DenseElementsAttr attr = getConstantElements(v);
    if (!attr)
      break;
    attrs.push_back(attr);
  }
  if (attrs.size() == values.size())
    return arith::ConstantOp::create(rewriter, loc, stackConstants(attrs));
  auto type = cast<RankedTensorType>(values.front().getType());
  RankedTensorType unitType = getStackedType(type, 1);
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t d = 0; d < type.getRank(); ++d)
    reassociation.push_back(d == 0 ? ReassociationIndices{0, 1}
                                   : ReassociationIndices{d + 1});
  SmallVector<Value> expanded;
  for (Value v : values)
    expanded.push_back(tensor::ExpandShapeOp::create(rewriter, loc, unitType, v,
                                                     reassociation));
  return tensor::ConcatOp::create(rewriter, loc, /*dim=*/0, expanded);
}

/// `map` over a domain with a new leading dim d0; `stacked` operands are
/// indexed by it.
static AffineMap getBatchedMap(AffineMap map, bool stacked) {
  AffineMap shifted = map.shiftDims(1);
  if (!stacked)
    return shifted;
  SmallVector<AffineExpr> results = {getAffineDimExpr(0, map.getContext())};
  llvm::append_range(results, shifted.getResults());
  return AffineMap::get(shifted.getNumDims(), 0, results, map.getContext());
}

FailureOr<SmallVector<Value>>
mlir::fusion::batchEnsembleBranches(RewriterBase &rewriter, Location loc,
                                    ArrayRef<EnsembleBranch> branches,
                                    function_ref<Value(Value)> resolve,
                                    const EnsembleBatchingOptions &options) {
  int64_t n = branches.size();
  if (n < std::max<int64_t>(2, options.minBranches))
    return rewriter.notifyMatchFailure(
        loc, "fewer branches than min-branches (" +
                 std::to_string(options.minBranches) + ")");
  std::string why;
  FailureOr<Plan> plan = planBatching(branches, resolve, why);
  if (failed(plan))
    return rewriter.notifyMatchFailure(loc, why);
  // Static shapes only, and the copies made to stack values within limits.
  int64_t copiedBytes = 0;
  for (Operation *op : branches.front().ops)
    for (Type t : op->getResultTypes())
      if (auto shaped = dyn_cast<ShapedType>(t);
          shaped && !shaped.hasStaticShape())
        return rewriter.notifyMatchFailure(loc, "dynamic shapes");
  for (ArrayRef<OperandSource> sources : plan->operands)
    for (const OperandSource &source : sources) {
      if (source.kind != OperandSource::Stacked)
        continue;
      // Stacked values (constants too: a scalar or a vector constant cannot
      // be stacked into a tensor) are static-shaped tensors of one type.
      auto type = dyn_cast<RankedTensorType>(source.values.front().getType());
      if (!type || !type.hasStaticShape() || type.getRank() == 0)
        return rewriter.notifyMatchFailure(
            loc, "a value that differs between branches is not a "
                 "static-shaped tensor");
      if (llvm::any_of(source.values,
                       [&](Value v) { return v.getType() != type; }))
        return rewriter.notifyMatchFailure(
            loc, "a value that differs between branches has different "
                 "types in different branches");
      if (!matchPattern(source.values.front(), m_Constant()))
        copiedBytes += n * getStaticSizeInBytes(type);
    }
  if (copiedBytes > options.maxStackBytes)
    return rewriter.notifyMatchFailure(
        loc, "stacking the branches' inputs would copy " +
                 std::to_string(copiedBytes) + " bytes (limit " +
                 std::to_string(options.maxStackBytes) + ")");

  // Emit the batched ops, template op by template op.
  SmallVector<SmallVector<Batched>> batched;
  IRMapping sharedMapping; // template values -> shared clones
  const EnsembleBranch &first = branches.front();
  for (auto [j, op] : llvm::enumerate(first.ops)) {
    ArrayRef<OperandSource> sources = plan->operands[j];
    auto operandValue = [&](const OperandSource &source) -> Batched {
      if (source.kind == OperandSource::Internal)
        return batched[source.op][source.result];
      if (source.kind == OperandSource::Shared)
        return {source.values.front(), false};
      return {stackValues(rewriter, loc, source.values), true};
    };
    if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
      SmallVector<DenseElementsAttr> attrs;
      bool same = true;
      for (const EnsembleBranch &branch : branches) {
        auto c = cast<arith::ConstantOp>(branch.ops[j]);
        same &= c.getValue() == constant.getValue();
        if (DenseElementsAttr attr = getConstantElements(c.getResult()))
          attrs.push_back(attr);
      }
      if (same) {
        Operation *clone = rewriter.clone(*op);
        sharedMapping.map(op->getResult(0), clone->getResult(0));
        batched.push_back({{clone->getResult(0), false}});
        continue;
      }
      if (attrs.size() != branches.size())
        return rewriter.notifyMatchFailure(
            loc, "scalar constants differ between branches");
      Value stacked =
          arith::ConstantOp::create(rewriter, loc, stackConstants(attrs));
      batched.push_back({{stacked, true}});
      continue;
    }
    if (auto empty = dyn_cast<tensor::EmptyOp>(op)) {
      RankedTensorType type = getStackedType(empty.getType(), n);
      Value stacked = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                              type.getElementType());
      batched.push_back({{stacked, true}});
      continue;
    }
    // A linalg op: its generic form with a leading parallel branch loop.
    // A fresh mapping: cloning maps the template's results too.
    IRMapping mapping = sharedMapping;
    FailureOr<linalg::GenericOp> generalized =
        cloneAsGeneric(rewriter, op, mapping);
    if (failed(generalized))
      return rewriter.notifyMatchFailure(
          loc, "cannot generalize " + op->getName().getStringRef().str());
    linalg::GenericOp generic = *generalized;
    SmallVector<Value> inputs, inits;
    SmallVector<AffineMap> maps;
    for (OpOperand &operand : generic->getOpOperands()) {
      Batched value = operandValue(sources[operand.getOperandNumber()]);
      bool isInit = generic.isDpsInit(&operand);
      if (isInit && !value.stacked) {
        // Each branch needs its own destination.
        RankedTensorType type = getStackedType(value.value.getType(), n);
        Value empty = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                              type.getElementType());
        // A shared fill is filled again, batched; other values are
        // broadcast.
        if (auto fill = value.value.getDefiningOp<linalg::FillOp>())
          empty = linalg::FillOp::create(rewriter, loc, fill.value(), empty)
                      ->getResult(0);
        else if (!value.value.getDefiningOp<tensor::EmptyOp>())
          empty = linalg::BroadcastOp::create(rewriter, loc, value.value, empty,
                                              ArrayRef<int64_t>{0})
                      ->getResult(0);
        value = {empty, true};
      }
      maps.push_back(getBatchedMap(generic.getMatchingIndexingMap(&operand),
                                   value.stacked));
      (isInit ? inits : inputs).push_back(value.value);
    }
    SmallVector<utils::IteratorType> iterators = {
        utils::IteratorType::parallel};
    llvm::append_range(iterators, generic.getIteratorTypesArray());
    SmallVector<Type> resultTypes;
    for (Type t : generic->getResultTypes())
      resultTypes.push_back(getStackedType(t, n));
    auto batchedOp = linalg::GenericOp::create(rewriter, loc, resultTypes,
                                               inputs, inits, maps, iterators);
    rewriter.inlineRegionBefore(generic.getRegion(), batchedOp.getRegion(),
                                batchedOp.getRegion().end());
    rewriter.eraseOp(generic);
    Operation *result = batchedOp;
    FailureOr<linalg::LinalgOp> specialized =
        linalg::specializeGenericOp(rewriter, batchedOp);
    if (succeeded(specialized))
      result = *specialized;
    SmallVector<Batched> results;
    for (Value r : result->getResults())
      results.push_back({r, true});
    batched.push_back(std::move(results));
  }

  // Each branch's output is a slice of the batched output.
  Batched out = batched[plan->outputOp][plan->outputResult];
  auto outType = cast<RankedTensorType>(branches.front().output.getType());
  SmallVector<Value> slices;
  for (int64_t b = 0; b < n; ++b) {
    if (!out.stacked) {
      slices.push_back(out.value);
      continue;
    }
    SmallVector<OpFoldResult> offsets(outType.getRank() + 1,
                                      rewriter.getIndexAttr(0));
    offsets[0] = rewriter.getIndexAttr(b);
    SmallVector<OpFoldResult> sizes = {rewriter.getIndexAttr(1)};
    for (int64_t size : outType.getShape())
      sizes.push_back(rewriter.getIndexAttr(size));
    SmallVector<OpFoldResult> strides(outType.getRank() + 1,
                                      rewriter.getIndexAttr(1));
    slices.push_back(tensor::ExtractSliceOp::create(
        rewriter, loc, outType, out.value, offsets, sizes, strides));
  }
  return slices;
}

//===----------------------------------------------------------------------===//
// fusion.late and plain linalg
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<Value>>
mlir::fusion::batchLateFusionBranches(RewriterBase &rewriter, LateOp late,
                                      const EnsembleBatchingOptions &options) {
  SmallVector<EnsembleBranch> branches;
  for (Region &region : late.getBranches()) {
    Block &block = region.front();
    auto yield = cast<YieldOp>(block.getTerminator());
    if (yield.getNumOperands() != 1)
      return rewriter.notifyMatchFailure(late,
                                         "a branch yields more than one value");
    EnsembleBranch branch;
    for (Operation &op : block.without_terminator())
      branch.ops.push_back(&op);
    branch.output = yield.getOperand(0);
    branches.push_back(std::move(branch));
  }
  auto resolve = [&](Value v) -> Value {
    if (auto arg = dyn_cast<BlockArgument>(v))
      if (arg.getOwner()->getParentOp() == late)
        // Branch i is region i + 1 (region 0 is `combine`).
        return late
            .getInputs()[arg.getOwner()->getParent()->getRegionNumber() - 1];
    return v;
  };
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(late);
  FailureOr<SmallVector<Value>> slices = batchEnsembleBranches(
      rewriter, late.getLoc(), branches, resolve, options);
  if (failed(slices))
    return failure();
  // Each branch now yields its slice.
  for (auto [region, slice] : llvm::zip(late.getBranches(), *slices)) {
    Block &block = region.front();
    auto yield = cast<YieldOp>(block.getTerminator());
    Value value = slice;
    rewriter.modifyOpInPlace(yield, [&] { yield->setOperand(0, value); });
    SmallVector<Operation *> ops;
    for (Operation &op : block.without_terminator())
      ops.push_back(&op);
    for (Operation *op : llvm::reverse(ops))
      rewriter.eraseOp(op);
  }
  return slices;
}

/// The ops that compute `value` for the combiner ops `anchors` alone: its
/// producers in the anchors' block, batchable, whose results are used only
/// by each other or by the anchors; in block order.
static SmallVector<Operation *>
getPrivateSlice(Value value, const llvm::SmallSetVector<Operation *, 4> &anchors) {
  Operation *anchor = anchors.front();
  llvm::SetVector<Operation *> slice;
  SmallVector<Operation *> worklist;
  if (Operation *def = value.getDefiningOp())
    worklist.push_back(def);
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (slice.contains(op) || op->getBlock() != anchor->getBlock() ||
        !isBatchable(op))
      continue;
    slice.insert(op);
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        worklist.push_back(def);
  }
  // Drop ops with users outside the slice (they are shared), to a fixpoint.
  bool changed = true;
  while (changed) {
    changed = false;
    for (Operation *op : llvm::to_vector(slice)) {
      if (op == value.getDefiningOp())
        continue; // the output's users (the combiners) get its slice
      // Any other op is private only if the slice alone uses it: one that a
      // combiner also reads (a tensor.empty as its outs) stays.
      bool privateOp = llvm::all_of(op->getUsers(), [&](Operation *user) {
        return slice.contains(user);
      });
      if (!privateOp) {
        slice.remove(op);
        changed = true;
      }
    }
  }
  // Only ops still connected to `value`.
  llvm::SetVector<Operation *> connected;
  worklist.clear();
  if (Operation *def = value.getDefiningOp())
    if (slice.contains(def))
      worklist.push_back(def);
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (!connected.insert(op))
      continue;
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        if (slice.contains(def))
          worklist.push_back(def);
  }
  SmallVector<Operation *> ops = connected.takeVector();
  llvm::sort(ops,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  return ops;
}

/// Whether `op` combines values elementwise: an all-parallel linalg.generic
/// with two or more inputs, all read through identity maps (a + b, a * b,
/// max(a, b), a gate g * a + (1 - g) * b, ...).
static bool isElementwiseCombiner(Operation *op) {
  auto generic = dyn_cast_or_null<linalg::GenericOp>(op);
  return generic && generic.getNumDpsInputs() >= 2 &&
         generic->getNumResults() == 1 &&
         generic.getNumParallelLoops() == generic.getNumLoops() &&
         generic.hasPureTensorSemantics() &&
         llvm::all_of(generic.getDpsInputOperands(), [&](OpOperand *input) {
           return generic.getMatchingIndexingMap(input).isIdentity();
         });
}

/// `root` and the elementwise combiners that feed it alone, transitively:
/// the tree `(a + b) + c` that PyTorch writes for `a + b + c`, or the
/// running sum of `sum([a, b, c])`. `root` comes first.
static llvm::SmallSetVector<Operation *, 4> getCombinerTree(Operation *root) {
  llvm::SmallSetVector<Operation *, 4> tree;
  tree.insert(root);
  if (!isElementwiseCombiner(root))
    return tree;
  for (size_t i = 0; i < tree.size(); ++i)
    for (Value operand : tree[i]->getOperands()) {
      Operation *def = operand.getDefiningOp();
      if (def && def->getBlock() == root->getBlock() &&
          isElementwiseCombiner(def) && def->getNumResults() == 1 &&
          operand.hasOneUse() && operand.getType() == root->getResultTypes()[0])
        tree.insert(def);
    }
  return tree;
}

SmallVector<EnsembleBranch>
mlir::fusion::findEnsembleOperandBranches(Operation *combiner) {
  SmallVector<EnsembleBranch> branches;
  llvm::SmallPtrSet<Operation *, 8> seen; // one branch per producing op
  llvm::SmallSetVector<Operation *, 4> tree = getCombinerTree(combiner);
  SmallVector<Value> leaves;
  for (Operation *op : tree)
    for (Value v : op->getOperands())
      if (!tree.contains(v.getDefiningOp()))
        leaves.push_back(v);
  for (Value v : leaves) {
    auto linalgOp = v.getDefiningOp<linalg::LinalgOp>();
    if (!linalgOp || isa<linalg::FillOp>(linalgOp) ||
        !seen.insert(linalgOp).second)
      continue;
    EnsembleBranch branch;
    branch.ops = getPrivateSlice(v, tree);
    if (branch.ops.empty() || !llvm::any_of(branch.ops, [](Operation *op) {
          auto l = dyn_cast<linalg::LinalgOp>(op);
          return l && l.getNumReductionLoops() > 0;
        }))
      continue; // not a branch with a contraction
    branch.output = v;
    branches.push_back(std::move(branch));
  }
  return branches;
}

/// The largest group of `branches` with the same op sequence and types (other
/// operands of a combiner, such as attention scores or a residual path, are
/// not ensemble branches), as indices.
static SmallVector<unsigned>
getLargestIsomorphicGroup(ArrayRef<EnsembleBranch> branches) {
  std::map<std::string, SmallVector<unsigned>> groups;
  for (auto [i, branch] : llvm::enumerate(branches)) {
    // Op names and result types: a residual path and a main path with the
    // same op names but other shapes are not members of one ensemble.
    std::string signature;
    llvm::raw_string_ostream os(signature);
    for (Operation *op : branch.ops) {
      os << op->getName() << ":";
      llvm::interleaveComma(op->getResultTypes(), os);
      os << ";";
    }
    groups[signature].push_back(i);
  }
  SmallVector<unsigned> best;
  for (auto &[signature, members] : groups)
    if (members.size() > best.size())
      best = members;
  return best;
}

FailureOr<SmallVector<Value>>
mlir::fusion::batchEnsembleOperands(RewriterBase &rewriter, Operation *combiner,
                                    const EnsembleBatchingOptions &options) {
  SmallVector<EnsembleBranch> branches = findEnsembleOperandBranches(combiner);
  SmallVector<unsigned> best = getLargestIsomorphicGroup(branches);
  if (best.size() < 2)
    return rewriter.notifyMatchFailure(
        combiner, branches.size() < 2
                      ? "fewer than two operands computed by private "
                        "branches with a contraction"
                      : "branches differ in their ops");
  SmallVector<EnsembleBranch> group;
  for (unsigned i : best)
    group.push_back(branches[i]);
  branches = std::move(group);
  // The batched ops go after the last op of the branches; the outputs'
  // users must come later.
  Operation *last = branches.front().ops.back();
  for (const EnsembleBranch &branch : branches)
    if (last->isBeforeInBlock(branch.ops.back()))
      last = branch.ops.back();
  // Inner combiners of a tree ((a + b) + c: a + b) may come before the
  // last branch ends; they move to just before the root, which must not.
  llvm::SmallSetVector<Operation *, 4> tree = getCombinerTree(combiner);
  auto isInner = [&](Operation *op) {
    return op != combiner && tree.contains(op);
  };
  for (const EnsembleBranch &branch : branches)
    for (Operation *user : branch.output.getUsers())
      if (!isInner(user) && (user->getBlock() != last->getBlock() ||
                             user->isBeforeInBlock(last)))
        return rewriter.notifyMatchFailure(
            combiner, "a branch output is used before the last branch ends");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointAfter(last);
  FailureOr<SmallVector<Value>> slices = batchEnsembleBranches(
      rewriter, combiner->getLoc(), branches, [](Value v) { return v; },
      options);
  if (failed(slices))
    return failure();
  SmallVector<Operation *> inner(llvm::make_filter_range(tree, isInner));
  llvm::sort(inner,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  for (Operation *op : inner)
    rewriter.moveOpBefore(op, combiner);
  for (auto [branch, slice] : llvm::zip(branches, *slices)) {
    rewriter.replaceAllUsesWith(branch.output, slice);
    for (Operation *op : llvm::reverse(branch.ops))
      rewriter.eraseOp(op);
  }
  return slices;
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

namespace {
struct FusionBatchEnsemblesPass
    : fusion::impl::FusionBatchEnsemblesPassBase<FusionBatchEnsemblesPass> {
  using Base::Base;
  void runOnOperation() override {
    EnsembleBatchingOptions options;
    options.minBranches = minBranches;
    options.maxStackBytes = maxStackBytes;
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    auto report = [&](Location loc, FailureOr<SmallVector<Value>> &result,
                      size_t branches) {
      if (succeeded(result)) {
        ++numBatched;
        reportDecision(loc, "fusion-batch-ensembles", "EnsembleBatched", true,
                       "batched " + std::to_string(branches) +
                           " isomorphic branches into one computation over a "
                           "leading branch dim");
        return;
      }
      ++numRefused;
      reportDecision(loc, "fusion-batch-ensembles", "EnsembleNotBatched", false,
                     "not batched: " + listener.reason);
    };
    // Late-fusion ops: their branch regions.
    SmallVector<LateOp> lates;
    getOperation()->walk([&](LateOp late) { lates.push_back(late); });
    for (LateOp late : lates) {
      listener.reason.clear();
      FailureOr<SmallVector<Value>> result =
          batchLateFusionBranches(rewriter, late, options);
      report(late.getLoc(), result, late.getNumBranches());
    }
    // Plain IR: combiners of private branches: elementwise linalg
    // generics (with the trees of them that a + b + c gives) and
    // tensor.concat (torch.stack). Last first, so that a tree is seen from
    // its root; its inner combiners are not visited again.
    SmallVector<Operation *> combiners;
    getOperation()->walk([&](Operation *op) {
      auto generic = dyn_cast<linalg::GenericOp>(op);
      if ((generic && generic.getNumDpsInputs() >= 2 &&
           generic.getNumParallelLoops() == generic.getNumLoops()) ||
          (isa<tensor::ConcatOp>(op) && op->getNumOperands() >= 2))
        combiners.push_back(op);
    });
    llvm::SmallPtrSet<Operation *, 16> visited;
    for (Operation *combiner : llvm::reverse(combiners)) {
      if (listener.erased.contains(combiner) || visited.contains(combiner))
        continue;
      llvm::SmallSetVector<Operation *, 4> tree = getCombinerTree(combiner);
      visited.insert(tree.begin(), tree.end());
      listener.reason.clear();
      FailureOr<SmallVector<Value>> result =
          batchEnsembleOperands(rewriter, combiner, options);
      // Only combiners of an ensemble (two or more branches with the same
      // ops) get a remark: a residual add or a squeeze-excitation multiply
      // is not one. (A refusal changed nothing.)
      if (failed(result) &&
          getLargestIsomorphicGroup(findEnsembleOperandBranches(combiner))
                  .size() < 2)
        continue;
      report(combiner->getLoc(), result,
             succeeded(result) ? result->size() : 0);
    }
  }
};
} // namespace
