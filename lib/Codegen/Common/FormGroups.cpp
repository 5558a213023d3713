//===- FormGroups.cpp - Partition linalg ops into fusion groups ---*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Kernel formation: each function's linalg ops on tensors are partitioned
// into fusion.group ops, one group per kernel. A contraction, convolution or
// reduction is a root; it takes the elementwise producers used only by it
// (the fill or bias broadcast of its init, a softmax's exp) and its chain of
// single-use elementwise consumers (bias, batch-norm scale/shift,
// activation, residual add). What remains forms elementwise chains, and the
// rest single-op groups. Code generation tiles each group's last op and
// fuses the group's other ops into its tile loops.
//
//===----------------------------------------------------------------------===//

#include "../../Transforms/ReasonListener.h"
#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/FormatVariadic.h"

#define DEBUG_TYPE "fusion-form-groups"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONFORMGROUPSPASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Whether `op` may be in a group: a linalg op on tensors.
static bool isGroupable(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.hasPureTensorSemantics() &&
         !op->getParentOfType<GroupOp>();
}

/// Whether `op` is groupable and elementwise (all loops parallel).
static bool isElementwise(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return isGroupable(op) &&
         linalgOp.getNumParallelLoops() == linalgOp.getNumLoops();
}

/// Values cloned into a group rather than passed in: constants, empty
/// tensors of static shape, and fills of those with a constant (the zero
/// that several contractions accumulate from: recomputed in each group's
/// tiles rather than written once and copied for each).
static bool isClonedIntoGroup(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return false;
  if (auto empty = dyn_cast<tensor::EmptyOp>(def))
    return empty.getDynamicSizes().empty();
  if (auto fill = dyn_cast<linalg::FillOp>(def))
    return fill.hasPureTensorSemantics() &&
           fill.getInputs()[0].getDefiningOp() &&
           fill.getInputs()[0]
               .getDefiningOp()
               ->hasTrait<OpTrait::ConstantLike>() &&
           isClonedIntoGroup(fill.getOutputs()[0]);
  return def->hasTrait<OpTrait::ConstantLike>();
}

FailureOr<GroupOp> mlir::fusion::createFusionGroup(RewriterBase &rewriter,
                                                   ArrayRef<Operation *> ops,
                                                   GroupKind kind) {
  if (ops.empty())
    return failure();
  Block *block = ops.front()->getBlock();
  llvm::SmallPtrSet<Operation *, 8> members(ops.begin(), ops.end());
  Operation *last = ops.front();
  for (Operation *op : ops) {
    if (op->getBlock() != block || !isGroupable(op))
      return rewriter.notifyMatchFailure(
          op, "group members must be linalg ops on tensors in one block");
    if (last->isBeforeInBlock(op))
      last = op;
  }
  SmallVector<Operation *> ordered(ops);
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });

  // Inputs: values used by the members but defined elsewhere.
  llvm::SetVector<Value> inputs, cloned;
  for (Operation *op : ordered) {
    auto visit = [&](Value v) {
      Operation *def = v.getDefiningOp();
      if (def && members.contains(def))
        return;
      if (isClonedIntoGroup(v))
        cloned.insert(v);
      else
        inputs.insert(v);
    };
    for (Value v : op->getOperands())
      visit(v);
    SetVector<Value> above;
    getUsedValuesDefinedAbove(op->getRegions(), above);
    for (Value v : above)
      visit(v);
  }
  // Outputs: member results used outside; their users must follow `last`.
  SmallVector<Value> outputs;
  for (Operation *op : ordered)
    for (Value result : op->getResults()) {
      bool usedOutside = false;
      for (Operation *user : result.getUsers()) {
        if (members.contains(user))
          continue;
        usedOutside = true;
        Operation *ancestor = block->findAncestorOpInBlock(*user);
        if (!ancestor || ancestor->isBeforeInBlock(last))
          return rewriter.notifyMatchFailure(
              op, "a group result is used before the group's last op");
      }
      if (usedOutside)
        outputs.push_back(result);
    }
  if (outputs.empty())
    return rewriter.notifyMatchFailure(ops.front(), "the group is unused");

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(last);
  SmallVector<Type> resultTypes;
  for (Value v : outputs)
    resultTypes.push_back(v.getType());
  SmallVector<Value> inputValues = inputs.takeVector();
  auto group =
      GroupOp::create(rewriter, last->getLoc(), resultTypes, kind, inputValues);
  Block *body = rewriter.createBlock(&group.getBody());
  IRMapping mapping;
  for (Value v : inputValues)
    mapping.map(v, body->addArgument(v.getType(), v.getLoc()));
  rewriter.setInsertionPointToStart(body);
  // A cloned fill's own operands (a constant, an empty tensor) first.
  std::function<void(Value)> cloneInto = [&](Value v) {
    if (mapping.contains(v))
      return;
    Operation *def = v.getDefiningOp();
    for (Value operand : def->getOperands())
      if (isClonedIntoGroup(operand))
        cloneInto(operand);
    rewriter.clone(*def, mapping);
  };
  for (Value v : cloned)
    cloneInto(v);
  for (Operation *op : ordered)
    rewriter.clone(*op, mapping);
  SmallVector<Value> yielded;
  for (Value v : outputs)
    yielded.push_back(mapping.lookup(v));
  YieldOp::create(rewriter, last->getLoc(), yielded);
  for (auto [output, result] : llvm::zip(outputs, group.getResults()))
    rewriter.replaceAllUsesWith(output, result);
  for (Operation *op : llvm::reverse(ordered))
    rewriter.eraseOp(op);
  return group;
}

FailureOr<GroupOp> mlir::fusion::hoistOperandIntoGroup(
    RewriterBase &rewriter, GroupOp group, OpOperand &operand, GroupKind kind,
    function_ref<bool(linalg::LinalgOp)> canMove) {
  Block &body = group.getBodyBlock();
  Operation *def = operand.get().getDefiningOp();
  if (!def || def->getBlock() != &body)
    return rewriter.notifyMatchFailure(group, "the operand is not computed "
                                              "in the group");
  // The ops computing it inside the group (values their bodies use from
  // the group included), in block order.
  BackwardSliceOptions sliceOptions;
  sliceOptions.inclusive = true;
  sliceOptions.omitUsesFromAbove = false;
  sliceOptions.filter = [&](Operation *op) { return op->getBlock() == &body; };
  llvm::SetVector<Operation *> slice;
  (void)getBackwardSlice(def, &slice, sliceOptions);
  SmallVector<Operation *> ops(slice.begin(), slice.end());
  llvm::sort(ops,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  SmallVector<Operation *> moved; // the linalg ops; the rest is cloned
  for (Operation *op : ops) {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (!linalgOp) {
      // Cloned before the new group: pure, and reading none of its ops
      // (else the new group's results would be used before its end).
      if (!isPure(op) || llvm::any_of(op->getOperands(), [&](Value v) {
            Operation *def = v.getDefiningOp();
            return def && slice.contains(def) && isa<linalg::LinalgOp>(def);
          }))
        return rewriter.notifyMatchFailure(op, "an op computing the operand "
                                               "cannot be cloned");
      continue;
    }
    if (!linalgOp.hasPureTensorSemantics() || op->getNumResults() != 1 ||
        (canMove && !canMove(linalgOp)))
      return rewriter.notifyMatchFailure(op, "an op computing the operand "
                                             "cannot move");
    // Used by the ops computing the operand, and as the operand only.
    for (OpOperand &use : op->getUses())
      if (!slice.contains(use.getOwner()) && &use != &operand)
        return rewriter.notifyMatchFailure(op, "an op computing the operand "
                                               "has other uses");
    moved.push_back(op);
  }
  if (moved.empty())
    return rewriter.notifyMatchFailure(group, "no linalg op computes the "
                                              "operand");
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(group);
  IRMapping mapping;
  for (BlockArgument arg : body.getArguments())
    mapping.map(arg, group.getInputs()[arg.getArgNumber()]);
  SmallVector<Operation *> clones;
  for (Operation *op : ops) {
    Operation *clone = rewriter.clone(*op, mapping);
    if (llvm::is_contained(moved, op))
      clones.push_back(clone);
  }
  Value hoisted = mapping.lookup(operand.get());
  rewriter.modifyOpInPlace(group,
                           [&] { group.getInputsMutable().append(hoisted); });
  BlockArgument arg = body.addArgument(hoisted.getType(), hoisted.getLoc());
  rewriter.modifyOpInPlace(operand.getOwner(), [&] { operand.set(arg); });
  for (Operation *op : llvm::reverse(ops))
    if (op->use_empty())
      rewriter.eraseOp(op);
  return createFusionGroup(rewriter, clones, kind);
}

/// Whether `op` reads `value` through projected permutations only (no
/// sliding window: a convolution's input tiles overlap, so a copy fused into
/// them would be recomputed for the overlap).
static bool isReadByPermutation(Operation *op, Value value) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp)
    return false;
  for (OpOperand *input : linalgOp.getDpsInputOperands())
    if (input->get() == value &&
        !linalgOp.getMatchingIndexingMap(input).isProjectedPermutation())
      return false;
  return true;
}

/// Whether `op` has reduction loops (a contraction, convolution, reduction).
static bool hasReductionLoops(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.getNumReductionLoops() > 0;
}

/// Adds to `group` the elementwise producers of `op`'s operands that only
/// the group uses and that `op` reads without broadcasting (or, for a
/// contraction, data movement such as the packing of its weights, which
/// fusion-lower-groups computes once per tile of the loops it depends on),
/// recursively.
static void
addPrivateProducers(Operation *op, llvm::SetVector<Operation *> &group,
                    const llvm::SmallPtrSetImpl<Operation *> &taken) {
  for (Value operand : op->getOperands()) {
    Operation *def = operand.getDefiningOp();
    if (!def || group.contains(def) || taken.contains(def) ||
        def->getBlock() != op->getBlock() || !isElementwise(def))
      continue;
    if (isReadBroadcast(op, operand) &&
        !(hasReductionLoops(op) && isDataMovement(def) &&
          isReadByPermutation(op, operand)))
      continue;
    bool onlyGroup = llvm::all_of(
        def->getUsers(), [&](Operation *user) { return group.contains(user); });
    if (!onlyGroup)
      continue;
    group.insert(def);
    addPrivateProducers(def, group, taken);
  }
}

/// Whether the elementwise `user` reads `value` at the indices it writes or
/// broadcast along some of them, not transposed: a transposing consumer's
/// tiles would cut across its producer's.
static bool readsInOwnLayout(Operation *user, Value value) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(user);
  if (!linalgOp || linalgOp.getNumDpsInits() != 1)
    return false;
  AffineMap out =
      linalgOp.getMatchingIndexingMap(linalgOp.getDpsInitOperand(0));
  for (OpOperand &operand : user->getOpOperands())
    if (operand.get() == value) {
      AffineMap map = linalgOp.getMatchingIndexingMap(&operand);
      if (map.getNumResults() == out.getNumResults() && map != out)
        return false;
    }
  return true;
}

/// Extends `group` with the chain of single-use elementwise consumers of
/// `op`'s only result.
static void addConsumerChain(Operation *op, llvm::SetVector<Operation *> &group,
                             const llvm::SmallPtrSetImpl<Operation *> &taken,
                             int64_t maxOps) {
  while (op->getNumResults() == 1 && op->getResult(0).hasOneUse() &&
         static_cast<int64_t>(group.size()) < maxOps) {
    Operation *user = *op->getResult(0).getUsers().begin();
    if (user->getBlock() != op->getBlock() || taken.contains(user) ||
        !isElementwise(user) || user->getNumResults() != 1 ||
        !readsInOwnLayout(user, op->getResult(0)))
      return;
    group.insert(user);
    op = user;
  }
}

FailureOr<linalg::GenericOp>
mlir::fusion::mergeSiblingElementwiseOps(RewriterBase &rewriter,
                                         ArrayRef<linalg::GenericOp> ops) {
  if (ops.size() < 2)
    return failure();
  Block *block = ops.front()->getBlock();
  for (linalg::GenericOp op : ops)
    if (op->getBlock() != block)
      return rewriter.notifyMatchFailure(op, "siblings in different blocks");
  linalg::GenericOp first = ops.front();
  for (linalg::GenericOp op : ops)
    if (op->isBeforeInBlock(first))
      first = op;
  SmallVector<int64_t> ranges = first.getStaticLoopRanges();
  for (linalg::GenericOp op : ops) {
    if (!op.hasPureTensorSemantics() || op->getNumResults() != 1 ||
        op.getNumDpsInits() != 1 ||
        op.getNumLoops() != op.getNumParallelLoops() ||
        !op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity())
      return rewriter.notifyMatchFailure(op, "not an elementwise op with one "
                                             "result written in order");
    if (op.hasDynamicShape() || op.getStaticLoopRanges() != ranges)
      return rewriter.notifyMatchFailure(op, "iteration spaces differ or are "
                                             "dynamic");
    // Everything a sibling reads is there before the first one: then no
    // sibling depends on another, and the merged op can take the first's
    // place. (Static empty inits are made anew.)
    for (OpOperand &operand : op->getOpOperands()) {
      Value v = operand.get();
      if (op.isDpsInit(&operand) && v.getDefiningOp<tensor::EmptyOp>() &&
          cast<RankedTensorType>(v.getType()).hasStaticShape())
        continue;
      Operation *def = v.getDefiningOp();
      if (def && def->getBlock() == block && !def->isBeforeInBlock(first))
        return rewriter.notifyMatchFailure(op, "reads a value computed after "
                                               "its first sibling");
    }
    // Values its body uses from outside, likewise.
    SetVector<Value> above;
    getUsedValuesDefinedAbove(op->getRegions(), above);
    for (Value v : above) {
      Operation *def = v.getDefiningOp();
      if (def && def->getBlock() == block && !def->isBeforeInBlock(first))
        return rewriter.notifyMatchFailure(op, "its body uses a value "
                                               "computed after its first "
                                               "sibling");
    }
  }

  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(first);
  Location loc = first.getLoc();
  // Inputs: each (value, map) once.
  SmallVector<Value> inputs, inits;
  SmallVector<AffineMap> maps;
  SmallVector<Type> resultTypes;
  DenseMap<std::pair<Value, AffineMap>, unsigned> inputIndex;
  for (linalg::GenericOp op : ops)
    for (OpOperand *input : op.getDpsInputOperands()) {
      auto key = std::make_pair(input->get(), op.getMatchingIndexingMap(input));
      if (inputIndex.try_emplace(key, inputs.size()).second) {
        inputs.push_back(key.first);
        maps.push_back(key.second);
      }
    }
  for (linalg::GenericOp op : ops) {
    Value init = op.getDpsInitOperand(0)->get();
    // An empty init made after the first sibling (static, as checked
    // above) is made anew here.
    Operation *def = init.getDefiningOp();
    if (isa_and_nonnull<tensor::EmptyOp>(def) && def->getBlock() == block &&
        !def->isBeforeInBlock(first)) {
      auto type = cast<RankedTensorType>(init.getType());
      init = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                     type.getElementType());
    }
    inits.push_back(init);
    maps.push_back(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
    resultTypes.push_back(op->getResult(0).getType());
  }
  auto merged =
      linalg::GenericOp::create(rewriter, loc, resultTypes, inputs, inits, maps,
                                first.getIteratorTypesArray());
  Block *body = rewriter.createBlock(&merged.getRegion());
  for (Value v : inputs)
    body->addArgument(getElementTypeOrSelf(v.getType()), loc);
  for (Value v : inits)
    body->addArgument(getElementTypeOrSelf(v.getType()), loc);
  SmallVector<Value> yielded;
  rewriter.setInsertionPointToStart(body);
  for (auto [i, sibling] : llvm::enumerate(ops)) {
    linalg::GenericOp op = sibling;
    IRMapping mapping;
    Block &old = op.getRegion().front();
    for (OpOperand *input : op.getDpsInputOperands())
      mapping.map(old.getArgument(input->getOperandNumber()),
                  body->getArgument(inputIndex.lookup(
                      {input->get(), op.getMatchingIndexingMap(input)})));
    mapping.map(old.getArguments().back(),
                body->getArgument(inputs.size() + i));
    for (Operation &inner : old.without_terminator())
      rewriter.clone(inner, mapping);
    yielded.push_back(
        mapping.lookupOrDefault(old.getTerminator()->getOperand(0)));
  }
  linalg::YieldOp::create(rewriter, loc, yielded);
  for (auto [i, op] : llvm::enumerate(ops))
    rewriter.replaceOp(op, merged->getResult(i));
  return merged;
}

/// Sets of untaken elementwise generics that read a common value and that
/// mergeSiblingElementwiseOps accepts, each merged into one op.
static SmallVector<Operation *>
mergeHorizontalSiblings(RewriterBase &rewriter, Block &block,
                        const llvm::SmallPtrSetImpl<Operation *> &taken) {
  SmallVector<Operation *> merged;
  llvm::SmallPtrSet<Operation *, 16> made;
  // One set at a time: a merge erases ops, so the scan starts again.
  auto mergeOne = [&]() -> bool {
    SmallVector<Value> values(block.getArguments());
    for (Operation &op : block)
      llvm::append_range(values, op.getResults());
    for (Value v : values) {
      SmallVector<linalg::GenericOp> siblings;
      for (Operation *user : v.getUsers()) {
        auto generic = dyn_cast<linalg::GenericOp>(user);
        if (!generic || taken.contains(user) || made.contains(user) ||
            user->getBlock() != &block ||
            llvm::is_contained(siblings, generic) ||
            llvm::none_of(generic.getDpsInputOperands(),
                          [&](OpOperand *in) { return in->get() == v; }))
          continue;
        siblings.push_back(generic);
      }
      if (siblings.size() < 2)
        continue;
      llvm::sort(siblings, [](linalg::GenericOp a, linalg::GenericOp b) {
        return a->isBeforeInBlock(b);
      });
      // The siblings that share the first one's iteration space.
      SmallVector<int64_t> ranges = siblings.front().getStaticLoopRanges();
      SmallVector<linalg::GenericOp> same;
      for (linalg::GenericOp op : siblings)
        if (op.getStaticLoopRanges() == ranges)
          same.push_back(op);
      FailureOr<linalg::GenericOp> fused =
          mergeSiblingElementwiseOps(rewriter, same);
      if (failed(fused))
        continue;
      made.insert(fused->getOperation());
      merged.push_back(fused->getOperation());
      return true;
    }
    return false;
  };
  while (mergeOne()) {
  }
  return merged;
}

FailureOr<SmallVector<GroupOp>>
mlir::fusion::formFusionGroups(RewriterBase &rewriter, Block &block,
                               const GroupFormationOptions &options) {
  SmallVector<Operation *> candidates;
  auto collectCandidates = [&]() {
    candidates.clear();
    for (Operation &op : block)
      if (isGroupable(&op))
        candidates.push_back(&op);
  };
  collectCandidates();
  llvm::SmallPtrSet<Operation *, 16> taken;
  SmallVector<std::pair<SmallVector<Operation *>, GroupKind>> plans;
  auto take = [&](llvm::SetVector<Operation *> &group, GroupKind kind) {
    taken.insert(group.begin(), group.end());
    plans.push_back({group.takeVector(), kind});
  };
  if (options.singletons) {
    for (Operation *op : candidates) {
      llvm::SetVector<Operation *> group;
      group.insert(op);
      take(group, GroupKind::Single);
    }
  } else {
    // Roots: contractions, convolutions, reductions.
    for (Operation *op : candidates) {
      auto linalgOp = cast<linalg::LinalgOp>(op);
      if (taken.contains(op) || linalgOp.getNumReductionLoops() == 0)
        continue;
      llvm::SetVector<Operation *> group;
      group.insert(op);
      addConsumerChain(op, group, taken, options.maxOps);
      addPrivateProducers(op, group, taken);
      for (Operation *member : llvm::to_vector(group))
        if (member != op)
          addPrivateProducers(member, group, taken);
      take(group, isAccumulatingContraction(op) ? GroupKind::Contraction
                                                : GroupKind::Reduction);
    }
    // Horizontal: sibling elementwise ops reading a common input, merged
    // into one op that reads it once.
    if (options.horizontal) {
      for (Operation *op : mergeHorizontalSiblings(rewriter, block, taken)) {
        llvm::SetVector<Operation *> group;
        // No consumer chain: tile-and-fuse would compute a multi-result
        // producer once per result its consumer reads.
        group.insert(op);
        take(group, GroupKind::Horizontal);
      }
      // The merged siblings are gone: the candidates anew.
      collectCandidates();
    }
    // Elementwise chains, then what is left.
    for (Operation *op : candidates) {
      if (taken.contains(op))
        continue;
      llvm::SetVector<Operation *> group;
      group.insert(op);
      if (isElementwise(op))
        addConsumerChain(op, group, taken, options.maxOps);
      take(group,
           group.size() > 1 ? GroupKind::Elementwise : GroupKind::Single);
    }
  }
  SmallVector<GroupOp> groups;
  for (auto &[ops, kind] : plans) {
    FailureOr<GroupOp> group = createFusionGroup(rewriter, ops, kind);
    if (succeeded(group))
      groups.push_back(*group);
  }
  return groups;
}

LogicalResult mlir::fusion::dissolveFusionGroup(RewriterBase &rewriter,
                                                GroupOp group) {
  Block &body = group.getBodyBlock();
  auto yield = cast<YieldOp>(body.getTerminator());
  SmallVector<Value> yielded = yield.getOperands();
  // A yielded argument of the body (e.g. an init that an op with an empty
  // iteration domain was folded to) stands for the group's input.
  for (Value &value : yielded)
    if (auto arg = dyn_cast<BlockArgument>(value);
        arg && arg.getOwner() == &body)
      value = group.getInputs()[arg.getArgNumber()];
  rewriter.eraseOp(yield);
  rewriter.inlineBlockBefore(&body, group, group.getInputs());
  rewriter.replaceOp(group, yielded);
  return success();
}

FailureOr<func::FuncOp>
mlir::fusion::outlineFusionGroup(RewriterBase &rewriter, GroupOp group,
                                 StringRef name, SymbolTable &symbolTable) {
  auto parent = group->getParentOfType<func::FuncOp>();
  if (!parent)
    return rewriter.notifyMatchFailure(group, "group is not in a func.func");
  Block &body = group.getBodyBlock();
  auto type = FunctionType::get(rewriter.getContext(), body.getArgumentTypes(),
                                group.getResultTypes());
  auto func = func::FuncOp::create(group.getLoc(), name, type);
  func.setPrivate();
  // Kept a function of its own through LLVM's inliner.
  func->setAttr("passthrough",
                rewriter.getArrayAttr({rewriter.getStringAttr("noinline")}));
  symbolTable.insert(func, parent->getIterator());
  rewriter.inlineRegionBefore(group.getBody(), func.getBody(), func.end());
  auto yield = cast<YieldOp>(func.getBody().front().getTerminator());
  rewriter.setInsertionPoint(yield);
  rewriter.replaceOpWithNewOp<func::ReturnOp>(yield, yield.getOperands());
  rewriter.setInsertionPoint(group);
  auto call =
      func::CallOp::create(rewriter, group.getLoc(), func, group.getInputs());
  rewriter.replaceOp(group, call.getResults());
  return func;
}

namespace {
struct FusionFormGroupsPass
    : fusion::impl::FusionFormGroupsPassBase<FusionFormGroupsPass> {
  using Base::Base;
  void runOnOperation() override {
    GroupFormationOptions options;
    options.singletons = singletons;
    options.maxOps = maxOps;
    options.horizontal = horizontal;
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    SmallVector<Block *> blocks;
    getOperation()->walk([&](Operation *op) {
      if (op->getNumRegions() == 0 || isa<GroupOp>(op))
        return;
      for (Region &region : op->getRegions())
        for (Block &block : region)
          if (llvm::any_of(block, [](Operation &o) { return isGroupable(&o); }))
            blocks.push_back(&block);
    });
    for (Block *block : blocks) {
      FailureOr<SmallVector<GroupOp>> groups =
          formFusionGroups(rewriter, *block, options);
      if (failed(groups))
        continue;
      for (GroupOp group : *groups) {
        ++numGroups;
        std::string ops;
        for (Operation &op : group.getBodyBlock().without_terminator())
          if (isa<linalg::LinalgOp>(op))
            ops +=
                (ops.empty() ? "" : " + ") + op.getName().getStringRef().str();
        reportDecision(
            group.getLoc(), "fusion-form-groups", "GroupFormed", true,
            std::string("formed ") +
                (group.getKind() == GroupKind::Elementwise ? "an " : "a ") +
                stringifyGroupKind(group.getKind()).str() + " group: " + ops);
      }
    }
  }
};
} // namespace
