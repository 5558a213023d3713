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

#include "ReasonListener.h"
#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

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
#define GEN_PASS_DEF_FUSIONLOWERGROUPSPASS
#include "fuse/Transforms/Passes.h.inc"
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

/// Whether `op` reads `value` broadcast along one of its parallel loops:
/// fused into `op`'s tiles, its producer would be computed once per tile of
/// that loop (a packing copy of a contraction's weights, once per row tile).
static bool isReadBroadcast(Operation *op, Value value) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp)
    return false;
  SmallVector<utils::IteratorType> iterators = linalgOp.getIteratorTypesArray();
  for (OpOperand *input : linalgOp.getDpsInputOperands()) {
    if (input->get() != value)
      continue;
    AffineMap map = linalgOp.getMatchingIndexingMap(input);
    for (auto [d, it] : llvm::enumerate(iterators))
      if (it == utils::IteratorType::parallel && !map.isFunctionOfDim(d))
        return true;
  }
  return false;
}

/// Whether `op` only moves data (a transpose or a copy): cheap to compute
/// once per tile of the loops it depends on.
static bool isDataMovement(Operation *op) {
  if (isa<linalg::TransposeOp, linalg::CopyOp>(op))
    return true;
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumDpsInits() != 1 ||
      generic.getNumLoops() != generic.getNumParallelLoops())
    return false;
  Block &body = generic.getRegion().front();
  return body.getOperations().size() == 1 &&
         body.getTerminator()->getOperand(0) == body.getArgument(0);
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
    if (auto arg = dyn_cast<BlockArgument>(value); arg && arg.getOwner() == &body)
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

/// The name of a kernel outlined from `group`, the `index`-th group of
/// `parent`: `<parent>_k<index>_<kind>_<op>`, where op names the op computing
/// the group's first result (`conv_2d_nhwc_hwcf`, `generic`).
static std::string getKernelName(func::FuncOp parent, GroupOp group,
                                 unsigned index) {
  std::string op = "none";
  if (auto yield = dyn_cast<YieldOp>(group.getBodyBlock().getTerminator());
      yield && yield.getNumOperands() > 0)
    if (Operation *def = yield.getOperand(0).getDefiningOp())
      op = def->getName().stripDialect().str();
  std::string name =
      llvm::formatv("{0}_k{1}_{2}_{3}", parent.getSymName(), index,
                    stringifyGroupKind(group.getKind()), op)
          .str();
  for (char &c : name)
    if (!llvm::isAlnum(c) && c != '_')
      c = '_';
  return name;
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
      llvm::SmallPtrSet<Operation *, 8> existing;
      for (GroupOp group : block->getOps<GroupOp>())
        existing.insert(group);
      FailureOr<SmallVector<GroupOp>> groups =
          formFusionGroups(rewriter, *block, options);
      if (failed(groups))
        continue;
      if (rowReductions && !singletons) {
        (void)mergeRowReductionGroups(rewriter, *block, threadElements);
        groups->clear();
        for (GroupOp group : block->getOps<GroupOp>())
          if (!existing.contains(group))
            groups->push_back(group);
      }
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

//===----------------------------------------------------------------------===//
// Per-group code generation
//===----------------------------------------------------------------------===//

int64_t mlir::fusion::getLargestDivisorAtMost(int64_t size, int64_t limit) {
  for (int64_t d = std::min(size, limit); d > 1; --d)
    if (size % d == 0)
      return d;
  return 1;
}

SmallVector<int64_t>
mlir::fusion::getGroupTileSizes(linalg::LinalgOp root,
                                const GroupCodegenOptions &options) {
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  SmallVector<int64_t> sizes(ranges.size(), 0);
  bool windowed =
      isa<linalg::Conv2DNhwcHwcfOp, linalg::DepthwiseConv2DNhwcHwcOp,
          linalg::PoolingNhwcMaxOp, linalg::PoolingNhwcSumOp>(
          root.getOperation());
  // Parallel loops, innermost first: a wide tile, then a few rows, then 1.
  int64_t seen = 0;
  for (int64_t d = static_cast<int64_t>(ranges.size()) - 1; d >= 0; --d) {
    if (iterators[d] != utils::IteratorType::parallel)
      continue;
    if (ShapedType::isDynamic(ranges[d])) {
      sizes[d] = seen == 0 ? options.innerTile : 1;
    } else if (seen == 0) {
      sizes[d] = getLargestDivisorAtMost(ranges[d], options.innerTile);
    } else if (seen == 1) {
      sizes[d] = getLargestDivisorAtMost(ranges[d], options.outerTile);
      // A channels-last window op's output width with no divisor of at
      // least half the tile (SqueezeNet's 13, 27 and 109) is one tile:
      // fusion-vectorize splits its row into whole register tiles and the
      // rest, where tiles of one column would leave one accumulator row.
      if (windowed && !options.threadTiles && 2 * sizes[d] < options.outerTile)
        sizes[d] = ranges[d];
    } else {
      sizes[d] = 1;
    }
    ++seen;
  }
  return sizes;
}

std::optional<std::pair<int64_t, int64_t>>
mlir::fusion::widenBlockForThreadVectors(linalg::LinalgOp root,
                                         const GroupCodegenOptions &options,
                                         MutableArrayRef<int64_t> sizes) {
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  if (options.threadElements < 2 || options.innerTile < 1 ||
      options.outerTile < 1 || ranges.size() != sizes.size())
    return std::nullopt;
  // The innermost parallel loop and the next one out.
  int64_t inner = -1, outer = -1;
  for (int64_t d = static_cast<int64_t>(ranges.size()) - 1; d >= 0; --d) {
    if (iterators[d] != utils::IteratorType::parallel)
      continue;
    if (inner < 0) {
      inner = d;
    } else {
      outer = d;
      break;
    }
  }
  if (inner < 0 || ShapedType::isDynamic(ranges[inner]))
    return std::nullopt;
  int64_t rows = outer >= 0 ? std::max<int64_t>(sizes[outer], 1) : 1;
  // Threads per row of the block tile (bounded: the options are user input).
  int64_t perRow = std::min<int64_t>(options.innerTile, 1 << 10) *
                   std::max<int64_t>(
                       1, std::min<int64_t>(options.outerTile / rows, 1 << 10));
  // The most elements per thread (a power of two) that divide the loop,
  // then the most threads: the block keeps at most perRow threads a row.
  for (int64_t elements =
           static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(
               std::min<int64_t>(options.threadElements, 1 << 10))));
       elements >= 2; elements /= 2) {
    if (ranges[inner] % elements != 0)
      continue;
    sizes[inner] =
        elements * getLargestDivisorAtMost(ranges[inner] / elements, perRow);
    return std::make_pair(inner, elements);
  }
  return std::nullopt;
}

/// Iterations per thread below which a group stays one tile: a parallel
/// region's fork and join (a few microseconds with libomp) would cost more
/// than the second thread gains (MobileNetV3's squeeze-excite matvecs,
/// 240x64, run in about 2 us). MobileNetV3-small, two threads: 1.89 ms
/// without splits, 1.76 ms with 16384 (6 groups split), 1.65 ms with 8192
/// (13), 1.67 ms with 2048 (20).
static constexpr int64_t kMinIterationsPerThread = 8192;

/// The smallest tile that splitTilesForThreads makes for a balanced count.
static constexpr int64_t kMinBalancedTile = 32;

/// The number of tiles of `root`'s loops tiled by `sizes` (0: untiled), or
/// nullopt if a tiled loop is dynamic.
static std::optional<int64_t> getStaticTileCount(linalg::LinalgOp root,
                                                 ArrayRef<int64_t> sizes) {
  int64_t tiles = 1;
  for (auto [range, size] : llvm::zip(root.getStaticLoopRanges(), sizes)) {
    if (size == 0)
      continue;
    if (ShapedType::isDynamic(range))
      return std::nullopt;
    tiles *= llvm::divideCeil(range, size);
  }
  return tiles;
}

std::optional<std::pair<int64_t, int64_t>>
mlir::fusion::splitTilesForThreads(GroupOp group, linalg::LinalgOp root,
                                   int64_t threads,
                                   MutableArrayRef<int64_t> sizes) {
  if (threads < 2)
    return std::nullopt;
  // More threads than this change nothing below (and keep the products
  // below from overflowing).
  threads = std::min<int64_t>(threads, 1 << 16);
  SmallVector<utils::IteratorType> iterators = root.getIteratorTypesArray();
  if (iterators.size() != sizes.size())
    return std::nullopt;
  std::optional<int64_t> count = getStaticTileCount(root, sizes);
  if (!count || *count == 0 || *count >= threads)
    return std::nullopt;
  int64_t tiles = *count;
  // The work: the iterations of the group's largest op.
  int64_t work = 0;
  for (Operation &op : group.getBodyBlock().without_terminator()) {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (!linalgOp)
      continue;
    uint64_t iterations = 1;
    bool overflow = false;
    for (int64_t range : linalgOp.getStaticLoopRanges())
      iterations = ShapedType::isDynamic(range)
                       ? 0
                       : llvm::SaturatingMultiply(iterations,
                                                  static_cast<uint64_t>(range),
                                                  &overflow);
    work = std::max(
        work, static_cast<int64_t>(std::min<uint64_t>(iterations, INT64_MAX)));
  }
  if (work / threads < kMinIterationsPerThread)
    return std::nullopt;
  int64_t needed = llvm::divideCeil(threads, tiles);
  // The widest tiled parallel loop first.
  SmallVector<int64_t> loops;
  for (auto [d, size] : llvm::enumerate(sizes))
    if (size > 1 && iterators[d] == utils::IteratorType::parallel)
      loops.push_back(d);
  llvm::sort(loops, [&](int64_t a, int64_t b) {
    return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b;
  });
  // The threads share the tiles in rounds: the last round leaves threads
  // idle unless the count is a multiple of the threads. Balanced counts
  // first (the 1000 classes of a classifier in 25 tiles of 40, not 5 tiles
  // of 200 that leave one of two threads idle for a sixth of the time), of
  // tiles of at least kMinBalancedTile elements (72 channels in 9 tiles of 8
  // would be balanced, but run half-width vectors); then any.
  auto isBalanced = [&](int64_t count) {
    return 10 * count >= 9 * threads * llvm::divideCeilSigned(count, threads);
  };
  for (bool balanced : {true, false}) {
    for (bool wholeVectors : {true, false}) {
      for (int64_t d : loops) {
        // Tiles of fewer than 8 elements (13 channels in 13 tiles) would
        // leave no vector.
        int64_t maxFactor =
            balanced ? std::min(64 * needed, sizes[d] / kMinBalancedTile)
                     : std::min(4 * needed, sizes[d] / 8);
        for (int64_t factor = needed; factor <= maxFactor; ++factor) {
          if (sizes[d] % factor != 0)
            continue;
          int64_t tile = sizes[d] / factor;
          if ((wholeVectors && tile % 8 != 0) ||
              (balanced &&
               (tile < kMinBalancedTile || !isBalanced(tiles * factor))))
            continue;
          sizes[d] = tile;
          return std::make_pair(d, tile);
        }
      }
    }
  }
  return std::nullopt;
}

/// Tiles `root` by `sizes` into loops of `loopType`, fuses its producers
/// into them and replaces its results.
static FailureOr<scf::SCFTileAndFuseResult>
tileRootAndFuse(RewriterBase &rewriter, linalg::LinalgOp root,
                ArrayRef<int64_t> sizes, ArrayRef<int64_t> interchange,
                scf::SCFTilingOptions::LoopType loopType,
                bool keepBroadcastProducersOutside = false) {
  scf::SCFTileAndFuseOptions options;
  options.setFusionControlFn(
      [keepBroadcastProducersOutside](tensor::ExtractSliceOp slice,
                                      OpResult producer, bool)
          -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
        // A producer whose result is not written through a projected
        // permutation (a pooling reduction into (d0, d1, 0, 0)) has no
        // tiled implementation for a slice of its result: upstream would
        // emit an error diagnostic, then go on without fusing it.
        if (auto linalgOp = dyn_cast<linalg::LinalgOp>(producer.getOwner()))
          if (!linalgOp.getIndexingMapMatchingResult(producer)
                   .isProjectedPermutation())
            return std::nullopt;
        if (keepBroadcastProducersOutside)
          for (OpOperand &use : slice->getUses())
            if (isReadBroadcast(use.getOwner(), slice.getResult()))
              return std::nullopt;
        return scf::SCFTileAndFuseOptions::ControlFnResult{};
      });
  options.tilingOptions.setTileSizes(
      getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  if (!interchange.empty())
    options.tilingOptions.setInterchange(interchange);
  options.tilingOptions.setLoopType(loopType);
  rewriter.setInsertionPoint(root);
  FailureOr<scf::SCFTileAndFuseResult> result =
      scf::tileConsumerAndFuseProducersUsingSCF(
          rewriter, cast<TilingInterface>(root.getOperation()), options);
  if (failed(result))
    return failure();
  for (Value v : root->getResults())
    if (Value replacement = result->replacements.lookup(v))
      rewriter.replaceAllUsesWith(v, replacement);
  return result;
}

/// Block mapping of a forall of `rank` loops on linear block ids, the
/// innermost loop on linear_dim_0.
static ArrayAttr getLinearBlockMapping(MLIRContext *context, int64_t rank) {
  SmallVector<Attribute> mapping;
  for (int64_t i = rank - 1; i >= 0; --i)
    mapping.push_back(gpu::GPUBlockMappingAttr::get(
        context, static_cast<gpu::MappingId>(
                     static_cast<int64_t>(gpu::MappingId::LinearDim0) + i)));
  return ArrayAttr::get(context, mapping);
}

/// The last op of `group` with reduction loops (a contraction,
/// convolution or reduction), or null.
static linalg::LinalgOp getReductionAnchor(GroupOp group) {
  linalg::LinalgOp anchor;
  for (Operation &op : group.getBodyBlock().without_terminator())
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
      if (linalgOp.getNumReductionLoops() > 0)
        anchor = linalgOp;
  return anchor;
}

/// For each loop of `anchor`, the loop of `root` that runs over the same
/// result dimension (-1 if none), when `root` is `anchor` or an epilogue
/// computing a result of the same shape; empty otherwise.
static SmallVector<int64_t> rootLoopsOf(linalg::LinalgOp anchor,
                                        linalg::LinalgOp root) {
  if (anchor == root)
    return llvm::to_vector(llvm::seq<int64_t>(0, anchor.getNumLoops()));
  if (anchor->getNumResults() != 1 || root->getNumResults() != 1 ||
      root.getNumLoops() != root.getNumParallelLoops())
    return {};
  AffineMap anchorOut =
      anchor.getIndexingMapMatchingResult(cast<OpResult>(anchor->getResult(0)));
  AffineMap rootOut =
      root.getIndexingMapMatchingResult(cast<OpResult>(root->getResult(0)));
  if (anchorOut.getNumResults() != rootOut.getNumResults() ||
      !anchorOut.isProjectedPermutation() || !rootOut.isPermutation() ||
      cast<ShapedType>(anchor->getResult(0).getType()).getShape() !=
          cast<ShapedType>(root->getResult(0).getType()).getShape())
    return {};
  SmallVector<int64_t> loops(anchor.getNumLoops(), -1);
  for (unsigned j = 0, e = rootOut.getNumResults(); j < e; ++j)
    loops[anchorOut.getDimPosition(j)] = rootOut.getDimPosition(j);
  return loops;
}

/// Weights of a channels-last convolution above this many bytes are tiled
/// along the output channels at the group level, that loop outermost, so
/// that a tile of the weights stays in the L2 cache while every output row
/// reads it.
static constexpr int64_t kConvWeightBlockBytes = 256 << 10;

/// Output channels per such tile: the register tile's width with AVX-512
/// (two vectors of f32). A constant filter's tiles are then read from a copy
/// packed at compile time (packConvFilterTile), one contiguous block each.
static constexpr int64_t kConvWeightBlockChannels = 32;

/// The loop order in which `anchor`'s group tiles run, adjusting `sizes`
/// (getGroupTileSizes') to it: for an NHWC convolution whose weights exceed
/// kConvWeightBlockBytes (ResNet's stages 2-4: 3x3x512x512 is 9.4 MB) with
/// a multiple of kConvWeightBlockChannels output channels, blocks of that
/// many, outermost;
/// otherwise the loops in order. (Rows outermost would stream all the
/// weights from memory once per output row.) Measured on torch-mlir's
/// ResNet-18, one core: blocks of 32 from 256 KB on, 27.2 ms per image;
/// from 128 KB, 28.4; from 1 MB, 27.7; blocks of 64 from 1 MB, 30.0.
static SmallVector<int64_t> getAnchorTileOrder(linalg::LinalgOp anchor,
                                               const GroupCodegenOptions &options,
                                               SmallVector<int64_t> &sizes) {
  SmallVector<int64_t> order =
      llvm::to_vector(llvm::seq<int64_t>(0, anchor.getNumLoops()));
  auto conv = dyn_cast<linalg::Conv2DNhwcHwcfOp>(anchor.getOperation());
  if (!conv || options.threadTiles || anchor.hasDynamicShape())
    return order;
  // (n, oh, ow, f, kh, kw, c); filter [kh, kw, c, f].
  SmallVector<int64_t> ranges = anchor.getStaticLoopRanges();
  Type elementType = getElementTypeOrSelf(conv.getInputs()[1].getType());
  if (!elementType.isIntOrFloat() || elementType.getIntOrFloatBitWidth() < 8)
    return order;
  // In double: huge static shapes must not overflow.
  double bytesPerChannel = static_cast<double>(ranges[4]) * ranges[5] *
                           ranges[6] * (elementType.getIntOrFloatBitWidth() / 8);
  // Blocks of whole register tiles only: SqueezeNet's 1000 output channels
  // in blocks of 25 ran 25x slower (41 against 1.6 ms).
  if (bytesPerChannel <= 0 ||
      bytesPerChannel * ranges[3] <= kConvWeightBlockBytes ||
      ranges[3] % kConvWeightBlockChannels != 0)
    return order;
  int64_t limit = kConvWeightBlockChannels;
  if (sizes[3] > 0)
    limit = std::min(limit, sizes[3]);
  sizes[3] = getLargestDivisorAtMost(ranges[3], limit);
  order = {3, 0, 1, 2, 4, 5, 6};
  return order;
}

/// Tile sizes and loop order of `root` (an epilogue computing a result of the
/// same shape as `anchor`'s) such that `anchor`'s tiles are the ones
/// getGroupTileSizes gives it: a packed contraction's epilogue runs over
/// [m, n1, n0] while the contraction wants n1 outermost and m rows per tile.
static LogicalResult tileLikeAnchor(linalg::LinalgOp anchor,
                                    linalg::LinalgOp root,
                                    const GroupCodegenOptions &options,
                                    SmallVector<int64_t> &sizes,
                                    SmallVector<int64_t> &interchange) {
  SmallVector<int64_t> rootLoop = rootLoopsOf(anchor, root);
  if (rootLoop.empty())
    return failure();
  SmallVector<int64_t> anchorSizes = getGroupTileSizes(anchor, options);
  SmallVector<int64_t> order = getAnchorTileOrder(anchor, options, anchorSizes);
  SmallVector<int64_t> newSizes(root.getNumLoops(), 0);
  interchange.clear();
  for (int64_t a : order) {
    int64_t r = rootLoop[a];
    if (r < 0)
      continue;
    newSizes[r] = anchorSizes[a];
    interchange.push_back(r); // in the anchor's loop order
  }
  sizes = newSizes;
  if (llvm::equal(interchange, llvm::seq<int64_t>(0, interchange.size())))
    interchange.clear();
  return success();
}

/// The loops of `root` along which the group's `anchor` reads a
/// data-movement producer of the group broadcast (a matmul's packed
/// weights, along its rows).
static llvm::SmallBitVector broadcastPackingLoops(GroupOp group,
                                                  linalg::LinalgOp anchor,
                                                  linalg::LinalgOp root) {
  llvm::SmallBitVector loops(root.getNumLoops());
  SmallVector<int64_t> rootLoop = rootLoopsOf(anchor, root);
  if (rootLoop.empty())
    return loops;
  SmallVector<utils::IteratorType> iterators = anchor.getIteratorTypesArray();
  for (OpOperand *input : anchor.getDpsInputOperands()) {
    Operation *def = input->get().getDefiningOp();
    AffineMap map = anchor.getMatchingIndexingMap(input);
    if (!def || def->getParentOp() != group.getOperation() ||
        !isDataMovement(def) || !map.isProjectedPermutation())
      continue;
    for (auto [d, it] : llvm::enumerate(iterators))
      if (it == utils::IteratorType::parallel && !map.isFunctionOfDim(d) &&
          rootLoop[d] >= 0)
        loops.set(rootLoop[d]);
  }
  return loops;
}

/// For a GPU contraction kernel in shared memory: prepares the contraction
/// `anchor` of `group` and the op computing its result `root` (copies of
/// the operands folded into the contraction; a tensor it accumulates into
/// added in the epilogue instead) and says whether tileContractionForThreads
/// applies, with a remark either way.
static bool prepareSharedMemoryContraction(RewriterBase &rewriter,
                                           GroupOp group,
                                           linalg::LinalgOp &anchor,
                                           linalg::LinalgOp &root,
                                           const GroupCodegenOptions &options) {
  // Other ops of the group (an input of the epilogue) would be computed by
  // the block, i.e. by each of its threads: such groups keep one result per
  // thread.
  auto findOtherOp = [&]() -> Operation * {
    Operation *initializer = anchor.getDpsInitOperand(0)->get().getDefiningOp();
    Operation *other = nullptr;
    for (Operation &op : group.getBodyBlock().without_terminator())
      if (isa<linalg::LinalgOp>(op) && &op != anchor.getOperation() &&
          &op != root.getOperation() && &op != initializer)
        other = &op;
    return other;
  };
  auto computesOther = [](Operation *other) {
    return "the group also computes " + other->getName().getStringRef().str() +
           ", which each thread of a block would compute";
  };
  // The kernel reads the weights where they are: a transpose (or
  // broadcast) of them in the group folds into the contraction's maps.
  if (linalg::isaContractionOpInterface(anchor) &&
      anchor.getNumReductionLoops() == 1 && !anchor.hasDynamicShape() &&
      findOtherOp()) {
    bool wasRoot = anchor == root;
    FailureOr<linalg::LinalgOp> folded =
        foldOperandCopiesIntoContraction(rewriter, anchor);
    if (succeeded(folded)) {
      if (wasRoot)
        root = *folded;
      anchor = *folded;
      for (Operation &op : llvm::make_early_inc_range(
               group.getBodyBlock().without_terminator()))
        if (isa<linalg::LinalgOp>(op) && isOpTriviallyDead(&op))
          rewriter.eraseOp(&op);
      reportDecision(group.getLoc(), "fusion-lower-groups",
                     "FoldedOperandCopies", true,
                     "folded the copies of the contraction's operands into "
                     "its indexing maps");
    }
  }
  std::string reason;
  bool cooperative = false;
  if (Operation *other = findOtherOp()) {
    reason = computesOther(other);
  } else {
    // A product accumulating into a tensor: from zero, the tensor added in
    // the epilogue.
    Operation *initDef = anchor.getDpsInitOperand(0)->get().getDefiningOp();
    bool initComputedHere = initDef && isa<linalg::LinalgOp>(initDef) &&
                            initDef->getParentOp() == group.getOperation();
    if (!initComputedHere && failed(canTileContractionCooperatively(
                                 anchor, root, options.contractionTiles))) {
      OpBuilder::InsertionGuard g(rewriter);
      FailureOr<std::pair<linalg::LinalgOp, linalg::LinalgOp>> separated =
          separateAccumulatorInit(rewriter, anchor, root,
                                  options.contractionTiles);
      if (succeeded(separated)) {
        anchor = separated->first;
        root = separated->second;
        reportDecision(group.getLoc(), "fusion-lower-groups",
                       "SeparatedAccumulator", true,
                       "the product accumulates from zero; the tensor it "
                       "accumulated into is added in the epilogue");
      }
    }
    cooperative = succeeded(canTileContractionCooperatively(
        anchor, root, options.contractionTiles, &reason));
    if (Operation *other = cooperative ? findOtherOp() : nullptr) {
      cooperative = false;
      reason = computesOther(other);
    }
  }
  if (!cooperative) {
    reportDecision(group.getLoc(), "fusion-lower-groups", "NoSharedMemoryTiles",
                   false, "contraction not tiled in shared memory: " + reason);
    return false;
  }
  GPUContractionTiles tiles =
      getGPUContractionTiles(anchor, options.contractionTiles);
  reportDecision(
      group.getLoc(), "fusion-lower-groups", "SharedMemoryTiles", true,
      llvm::formatv("contraction tiled in shared memory: {0}x{1} blocks, "
                    "reduction in steps of {2}, {3}x{4} results per thread "
                    "({5} threads)",
                    tiles.blockRows, tiles.blockCols, tiles.blockK,
                    tiles.threadRows, tiles.threadCols, tiles.threads)
          .str());
  return true;
}

/// Erases the ops of `group` left dead by tiling (the fused producers'
/// originals: group-private).
static void eraseDeadGroupOps(RewriterBase &rewriter, GroupOp group) {
  SmallVector<Operation *> bodyOps;
  for (Operation &op : group.getBodyBlock().without_terminator())
    bodyOps.push_back(&op);
  for (Operation *op : llvm::reverse(bodyOps))
    if (isOpTriviallyDead(op))
      rewriter.eraseOp(op);
}

FailureOr<Operation *>
mlir::fusion::tileAndFuseGroup(RewriterBase &rewriter, GroupOp group,
                               const GroupCodegenOptions &options) {
  auto yield = cast<YieldOp>(group.getBodyBlock().getTerminator());
  if (yield.getNumOperands() == 0)
    return rewriter.notifyMatchFailure(group, "the group has no result");
  for (Operation &op : group.getBodyBlock().without_terminator())
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
        linalgOp && hasEmptyIterationDomain(linalgOp))
      return rewriter.notifyMatchFailure(
          group, "an op has a loop of size 0 (foldEmptyIterationDomain "
                 "replaces it by its inits)");
  auto root = yield.getOperand(0).getDefiningOp<linalg::LinalgOp>();
  if (!root)
    return rewriter.notifyMatchFailure(group,
                                       "the group's result is not computed "
                                       "by a linalg op");
  linalg::LinalgOp anchor = getReductionAnchor(group);
  // GPU contraction kernels in shared memory: blocks of the contraction's
  // block tile; threads as tileContractionForThreads makes them.
  GroupCodegenOptions blockOptions = options;
  bool cooperative =
      options.threadTiles && options.sharedMemoryContractions && anchor &&
      group.getKind() == GroupKind::Contraction &&
      prepareSharedMemoryContraction(rewriter, group, anchor, root, options);
  if (cooperative) {
    GPUContractionTiles tiles =
        getGPUContractionTiles(anchor, options.contractionTiles);
    blockOptions.innerTile = tiles.blockCols;
    blockOptions.outerTile = tiles.blockRows;
  }
  // Softmax and normalization rows: a block per row, reduced across it.
  if (options.threadTiles && !cooperative && options.rowReductions && anchor) {
    FailureOr<Operation *> rows =
        tileRowReductionGroup(rewriter, group, options.threadElements);
    if (succeeded(rows)) {
      eraseDeadGroupOps(rewriter, group);
      return *rows;
    }
  }
  SmallVector<int64_t> sizes = getGroupTileSizes(root, blockOptions);
  // Memory-bound GPU kernels: several contiguous elements per thread, as
  // one vector (ld.global.v4), and blocks of innerTile x outerTile threads.
  // Not for elements smaller than a byte: a vector of i1 is stored as
  // packed bits, a memref of i1 holds a byte per element.
  auto isVectorThreadOp = [](Operation &op) {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (!linalgOp)
      return true;
    return linalgOp.getNumParallelLoops() == linalgOp.getNumLoops() &&
           llvm::all_of(op.getOperandTypes(), [](Type type) {
             Type element = getElementTypeOrSelf(type);
             return !element.isIntOrFloat() ||
                    element.getIntOrFloatBitWidth() % 8 == 0;
           });
  };
  std::optional<std::pair<int64_t, int64_t>> threadVector;
  if (options.threadTiles && !cooperative && options.threadElements > 1 &&
      llvm::all_of(group.getBodyBlock().without_terminator(), isVectorThreadOp))
    threadVector = widenBlockForThreadVectors(root, options, sizes);
  SmallVector<int64_t> interchange;
  if (anchor && anchor != root) {
    (void)tileLikeAnchor(anchor, root, blockOptions, sizes, interchange);
  } else if (anchor) {
    interchange = getAnchorTileOrder(anchor, blockOptions, sizes);
    if (llvm::equal(interchange, llvm::seq<int64_t>(0, interchange.size())))
      interchange.clear();
  }
  if (llvm::all_of(sizes, [](int64_t s) { return s == 0; }))
    return rewriter.notifyMatchFailure(group, "no parallel loop to tile");
  // A packing copy that the anchor reads broadcast along some loops (its
  // rows) is computed once per tile of the other loops (one panel): those
  // are tiled first, with the copy fused; the rows are tiled inside.
  SmallVector<int64_t> innerSizes;
  if (anchor && !options.threadTiles) {
    llvm::SmallBitVector inner = broadcastPackingLoops(group, anchor, root);
    SmallVector<int64_t> outer(sizes);
    for (int r : inner.set_bits())
      outer[r] = 0;
    if (inner.any() && llvm::any_of(outer, [](int64_t s) { return s != 0; })) {
      innerSizes.assign(sizes.size(), 0);
      for (int r : inner.set_bits())
        innerSizes[r] = sizes[r];
      sizes = outer;
      // Several panels per tile: the copy reads longer runs of each source
      // row (W2: 3.49 ms with 1 panel, 3.24 with 2, 3.14 with 4, 3.16
      // with 8).
      SmallVector<int64_t> ranges = root.getStaticLoopRanges();
      for (auto [r, size] : llvm::enumerate(sizes))
        if (size == 1 && !ShapedType::isDynamic(ranges[r]))
          size = getLargestDivisorAtMost(ranges[r], options.packPanels);
    }
  }
  if (options.forall && !options.threadTiles) {
    std::optional<int64_t> before = getStaticTileCount(root, sizes);
    if (std::optional<std::pair<int64_t, int64_t>> split =
            splitTilesForThreads(group, root, options.threads, sizes))
      reportDecision(group.getLoc(), "fusion-lower-groups", "ThreadSplit", true,
                     llvm::formatv("{0} tile(s) for {1} threads: loop {2} "
                                   "split into tiles of {3}",
                                   before.value_or(0), options.threads,
                                   split->first, split->second)
                         .str());
  }
  OpBuilder::InsertionGuard guard(rewriter);
  FailureOr<scf::SCFTileAndFuseResult> result =
      tileRootAndFuse(rewriter, root, sizes, interchange,
                      options.forall ? scf::SCFTilingOptions::LoopType::ForallOp
                                     : scf::SCFTilingOptions::LoopType::ForOp);
  if (failed(result))
    return rewriter.notifyMatchFailure(group, "tiling the root failed");
  if (!innerSizes.empty() && !result->tiledAndFusedOps.empty()) {
    auto tiledRoot = cast<linalg::LinalgOp>(result->tiledAndFusedOps.front());
    if (failed(tileRootAndFuse(rewriter, tiledRoot, innerSizes, {},
                               scf::SCFTilingOptions::LoopType::ForOp,
                               /*keepBroadcastProducersOutside=*/true)))
      return rewriter.notifyMatchFailure(group, "tiling the rows failed");
  }
  if (cooperative && !result->tiledAndFusedOps.empty()) {
    auto tiledRoot = cast<linalg::LinalgOp>(result->tiledAndFusedOps.front());
    linalg::LinalgOp tiledAnchor;
    for (Operation *op : result->tiledAndFusedOps)
      if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
        if (linalgOp.getNumReductionLoops() > 0)
          tiledAnchor = linalgOp;
    if (!tiledAnchor ||
        failed(tileContractionForThreads(rewriter, tiledAnchor, tiledRoot,
                                         options.contractionTiles)))
      return rewriter.notifyMatchFailure(group, "tiling for threads failed");
    auto forall = cast<scf::ForallOp>(result->loops.front().getOperation());
    rewriter.modifyOpInPlace(forall, [&] {
      forall.setMappingAttr(
          getLinearBlockMapping(rewriter.getContext(), forall.getRank()));
    });
  } else if (options.threadTiles && !result->tiledAndFusedOps.empty()) {
    // A second level for GPU threads: each thread computes one element of
    // the tile's root (or a vector of them), the tile's other ops fused
    // into it.
    auto tiledRoot = cast<linalg::LinalgOp>(result->tiledAndFusedOps.front());
    SmallVector<int64_t> threadSizes;
    for (utils::IteratorType it : tiledRoot.getIteratorTypesArray())
      threadSizes.push_back(it == utils::IteratorType::parallel ? 1 : 0);
    if (threadVector)
      threadSizes[threadVector->first] = threadVector->second;
    FailureOr<scf::SCFTileAndFuseResult> threads =
        tileRootAndFuse(rewriter, tiledRoot, threadSizes, {},
                        scf::SCFTilingOptions::LoopType::ForallOp);
    if (failed(threads))
      return rewriter.notifyMatchFailure(group, "tiling for threads failed");
    if (threadVector)
      for (Operation *op : threads->tiledAndFusedOps)
        if (isa<linalg::LinalgOp>(op))
          vectorizeIfPossible(rewriter, op);
  }
  eraseDeadGroupOps(rewriter, group);
  return result->loops.empty() ? root.getOperation()
                               : result->loops.front().getOperation();
}

/// Convolution tiles of `group` whose filter is a tile of a constant read
/// it from a copy packed at compile time (packConvFilterTile), with a
/// remark.
static void packConstantFilterTiles(RewriterBase &rewriter, GroupOp group) {
  SmallVector<linalg::Conv2DNhwcHwcfOp> convs;
  group.walk([&](linalg::Conv2DNhwcHwcfOp conv) { convs.push_back(conv); });
  for (linalg::Conv2DNhwcHwcfOp conv : convs) {
    auto oldTile = conv.getInputs()[1].getType();
    auto filter = conv.getInputs()[1].getDefiningOp<tensor::ExtractSliceOp>();
    if (!filter)
      continue;
    ArrayRef<int64_t> shape = filter.getSourceType().getShape();
    if (failed(packConvFilterTile(rewriter, conv)))
      continue;
    int64_t tile = cast<RankedTensorType>(oldTile).getDimSize(3);
    reportDecision(group.getLoc(), "fusion-lower-groups", "FilterPacked", true,
                   llvm::formatv("convolution tiles of {0} output channels "
                                 "read their filter from a copy packed at "
                                 "compile time ({1} contiguous blocks)",
                                 tile, shape[3] / tile)
                       .str());
  }
}

namespace {
struct FusionLowerGroupsPass
    : fusion::impl::FusionLowerGroupsPassBase<FusionLowerGroupsPass> {
  using Base::Base;
  void runOnOperation() override {
    GroupCodegenOptions options;
    options.innerTile = innerTile;
    options.outerTile = outerTile;
    options.packPanels = packPanels;
    options.forall = forall || threadTiles;
    options.threads = threads;
    options.threadTiles = threadTiles;
    options.threadElements = threadElements;
    options.sharedMemoryContractions = sharedMemoryContractions;
    options.rowReductions = rowReductions;
    if (workgroupMemory)
      options.contractionTiles.sharedMemorySpace = gpu::AddressSpaceAttr::get(
          &getContext(), gpu::AddressSpace::Workgroup);
    ReasonListener listener;
    IRRewriter rewriter(&getContext(), &listener);
    // Ops whose body never runs (a loop of size 0) are replaced by their
    // inits before tiling, which cannot tile an empty loop.
    foldEmptyIterationDomains(getOperation());
    SmallVector<GroupOp> groups;
    getOperation()->walk([&](GroupOp group) { groups.push_back(group); });
    // Kernel names are taken before tiling, which replaces the root op.
    SmallVector<std::string> names;
    if (outline) {
      llvm::DenseMap<Operation *, unsigned> counts;
      for (GroupOp group : groups) {
        auto parent = group->getParentOfType<func::FuncOp>();
        names.push_back(parent ? getKernelName(parent, group, counts[parent]++)
                               : std::string());
      }
    }
    // Functions are inserted next to the group's function: the pass must
    // own the symbol table that holds it.
    if (outline && !getOperation()->hasTrait<OpTrait::SymbolTable>()) {
      getOperation()->emitError(
          "fusion-lower-groups{outline=true} must run on a module (it adds "
          "functions), not on '")
          << getOperation()->getName() << "'";
      return signalPassFailure();
    }
    SymbolTableCollection symbolTables;
    for (auto [index, group] : llvm::enumerate(groups)) {
      listener.reason.clear();
      // A group left without a linalg op (all folded) computes nothing.
      bool computes = llvm::any_of(
          group.getBodyBlock().without_terminator(),
          [](Operation &op) { return isa<linalg::LinalgOp>(op); });
      if (tile && computes &&
          failed(tileAndFuseGroup(rewriter, group, options)))
        reportDecision(group.getLoc(), "fusion-lower-groups", "GroupNotTiled",
                       false, "group not tiled: " + listener.reason);
      else if (tile && computes && !options.threadTiles)
        packConstantFilterTiles(rewriter, group);
      Operation *table =
          outline ? SymbolTable::getNearestSymbolTable(group->getParentOp())
                  : nullptr;
      if (!table || names[index].empty() ||
          failed(outlineFusionGroup(rewriter, group, names[index],
                                    symbolTables.getSymbolTable(table))))
        (void)dissolveFusionGroup(rewriter, group);
    }
    // Slices of an empty destination (a packed panel's) become empty tensors
    // of the slice's shape: a buffer per tile instead of one for the whole.
    RewritePatternSet patterns(&getContext());
    tensor::populateFoldTensorEmptyPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
