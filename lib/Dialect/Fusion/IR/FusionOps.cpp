//===- FusionOps.cpp - Ops of the fusion dialect ------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/IR/FusionOps.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::fusion;

#include "fuse/Dialect/Fusion/IR/FusionEnums.cpp.inc"
#include "fuse/Dialect/Fusion/IR/FusionOpsDialect.cpp.inc"

namespace {
/// A dim op whose index is a constant outside [0, rank): undefined
/// behaviour, so its result is poison. Matched before anything else
/// (benefit 1000): upstream patterns index the shape with the index (the GPU
/// dialect's memref.dim canonicalization segfaults on -1).
template <typename DimOpT>
struct PoisonOutOfRangeDim : OpRewritePattern<DimOpT> {
  explicit PoisonOutOfRangeDim(MLIRContext *context)
      : OpRewritePattern<DimOpT>(context, /*benefit=*/1000) {}
  LogicalResult matchAndRewrite(DimOpT op,
                                PatternRewriter &rewriter) const override {
    if (!getOutOfRangeDimIndex(op.getSource(), op.getIndex()))
      return rewriter.notifyMatchFailure(
          op, "index not a constant, or in range");
    rewriter.replaceOpWithNewOp<ub::PoisonOp>(op, op.getType());
    return success();
  }
};
} // namespace

std::optional<APInt> mlir::fusion::getOutOfRangeDimIndex(Value source,
                                                         Value index) {
  auto type = dyn_cast<ShapedType>(source.getType());
  APInt constant;
  if (!type || !type.hasRank() ||
      !matchPattern(index, m_ConstantInt(&constant)) ||
      (!constant.isNegative() && constant.slt(type.getRank())))
    return std::nullopt;
  return constant;
}

void FusionDialect::getCanonicalizationPatterns(
    RewritePatternSet &results) const {
  results.add<PoisonOutOfRangeDim<tensor::DimOp>,
              PoisonOutOfRangeDim<memref::DimOp>>(getContext());
}

void FusionDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "fuse/Dialect/Fusion/IR/FusionOps.cpp.inc"
      >();
  registerAttributes();
}

//===----------------------------------------------------------------------===//
// Strategy ops: assembly
//===----------------------------------------------------------------------===//

/// Parses `ins(%a, %b : T0, T1) (-> T | -> (T, U))? (attributes {...})?`.
static ParseResult parseStrategyHeader(OpAsmParser &parser,
                                       OperationState &result) {
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  SmallVector<Type> types;
  if (parser.parseKeyword("ins") || parser.parseLParen())
    return failure();
  SMLoc operandsLoc = parser.getCurrentLocation();
  if (failed(parser.parseOptionalRParen())) {
    if (parser.parseOperandList(operands) || parser.parseColonTypeList(types) ||
        parser.parseRParen())
      return failure();
  }
  if (parser.resolveOperands(operands, types, operandsLoc, result.operands) ||
      parser.parseOptionalArrowTypeList(result.types) ||
      parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();
  return success();
}

static void printStrategyHeader(OpAsmPrinter &p, Operation *op) {
  p << " ins(";
  if (op->getNumOperands() != 0)
    p << op->getOperands() << " : " << op->getOperandTypes();
  p << ")";
  p.printOptionalArrowTypeList(op->getResultTypes());
  p.printOptionalAttrDictWithKeyword(op->getAttrs());
}

namespace {
/// The regions of a strategy op while it is parsed. The parser resolves a
/// forward reference made anywhere in the function to a value defined in
/// these regions (a block argument or an op result). If the op then fails to
/// parse, the regions are destroyed while ops outside them still use those
/// values; so on failure every use of a value defined inside is dropped
/// first (the module is discarded anyway).
struct ParsedRegions {
  SmallVector<std::unique_ptr<Region>> regions;

  ParsedRegions() = default;
  ParsedRegions(const ParsedRegions &) = delete;
  ParsedRegions &operator=(const ParsedRegions &) = delete;
  ~ParsedRegions() {
    for (std::unique_ptr<Region> &region : regions) {
      if (!region)
        continue;
      region->walk([](Block *block) {
        for (BlockArgument arg : block->getArguments())
          arg.dropAllUses();
        for (Operation &op : *block)
          op.dropAllUses();
      });
    }
  }

  /// Parses `keyword { region }` into a fresh region, returned in `region`.
  ParseResult parseNamed(OpAsmParser &parser, StringRef keyword,
                         Region *&region) {
    region = regions.emplace_back(std::make_unique<Region>()).get();
    if (parser.parseKeyword(keyword) || parser.parseRegion(*region))
      return failure();
    return success();
  }

  /// Parses zero or more `branch { region }`, appended to `branches`.
  ParseResult parseBranches(OpAsmParser &parser,
                            SmallVectorImpl<Region *> &branches) {
    while (succeeded(parser.parseOptionalKeyword("branch"))) {
      Region *region = regions.emplace_back(std::make_unique<Region>()).get();
      branches.push_back(region);
      if (parser.parseRegion(*region))
        return failure();
    }
    return success();
  }

  /// Moves `region` into `result` (after a successful parse).
  void add(OperationState &result, Region *region) {
    for (std::unique_ptr<Region> &owned : regions)
      if (owned.get() == region)
        result.addRegion(std::move(owned));
  }
};
} // namespace

static void printNamedRegion(OpAsmPrinter &p, StringRef keyword,
                             Region &region) {
  p << " " << keyword << " ";
  p.printRegion(region, /*printEntryBlockArgs=*/true,
                /*printBlockTerminators=*/true);
}

ParseResult EarlyOp::parse(OpAsmParser &parser, OperationState &result) {
  ParsedRegions parsed;
  Region *combine, *body;
  if (parseStrategyHeader(parser, result) ||
      parsed.parseNamed(parser, "combine", combine) ||
      parsed.parseNamed(parser, "body", body))
    return failure();
  parsed.add(result, combine);
  parsed.add(result, body);
  return success();
}

void EarlyOp::print(OpAsmPrinter &p) {
  printStrategyHeader(p, *this);
  printNamedRegion(p, "combine", getCombine());
  printNamedRegion(p, "body", getBody());
}

ParseResult LateOp::parse(OpAsmParser &parser, OperationState &result) {
  ParsedRegions parsed;
  SmallVector<Region *> branches;
  Region *combine;
  if (parseStrategyHeader(parser, result) ||
      parsed.parseBranches(parser, branches) ||
      parsed.parseNamed(parser, "combine", combine))
    return failure();
  parsed.add(result, combine);
  for (Region *branch : branches)
    parsed.add(result, branch);
  return success();
}

void LateOp::print(OpAsmPrinter &p) {
  printStrategyHeader(p, *this);
  for (Region &branch : getBranches())
    printNamedRegion(p, "branch", branch);
  printNamedRegion(p, "combine", getCombine());
}

ParseResult HybridOp::parse(OpAsmParser &parser, OperationState &result) {
  ParsedRegions parsed;
  SmallVector<Region *> branches;
  Region *early, *combine;
  if (parseStrategyHeader(parser, result) ||
      parsed.parseNamed(parser, "early", early) ||
      parsed.parseBranches(parser, branches) ||
      parsed.parseNamed(parser, "combine", combine))
    return failure();
  parsed.add(result, early);
  parsed.add(result, combine);
  for (Region *branch : branches)
    parsed.add(result, branch);
  return success();
}

void HybridOp::print(OpAsmPrinter &p) {
  printStrategyHeader(p, *this);
  printNamedRegion(p, "early", getEarly());
  for (Region &branch : getBranches())
    printNamedRegion(p, "branch", branch);
  printNamedRegion(p, "combine", getCombine());
}

//===----------------------------------------------------------------------===//
// Strategy ops: verification
//===----------------------------------------------------------------------===//

namespace {
/// Checks one region of a strategy op: its block arguments against
/// `argTypes`, its `fusion.yield` against `resultTypes` (when given), and
/// returns the yielded types in `yielded`.
struct RegionChecker {
  Operation *op;

  LogicalResult check(Region &region, StringRef name, TypeRange argTypes,
                      StringRef argOrigin, std::optional<TypeRange> resultTypes,
                      SmallVectorImpl<Type> *yielded = nullptr) {
    Block &block = region.front();
    if (block.getNumArguments() != argTypes.size())
      return op->emitOpError() << name << " region expects " << argTypes.size()
                               << " block argument(s) (" << argOrigin
                               << "), but has " << block.getNumArguments();
    for (auto [i, arg, expected] :
         llvm::enumerate(block.getArguments(), argTypes)) {
      if (arg.getType() != expected)
        return op->emitOpError()
               << name << " region argument #" << i << " has type "
               << arg.getType() << "; expects " << expected << " from "
               << argOrigin;
    }
    auto yield = block.empty() ? nullptr : dyn_cast<YieldOp>(block.back());
    if (!yield)
      return op->emitOpError() << name << " region must end with fusion.yield";
    if (yield.getValues().empty())
      return op->emitOpError()
             << name << " region must yield at least one value";
    if (resultTypes) {
      if (yield.getValues().size() != resultTypes->size())
        return op->emitOpError()
               << name << " region yields " << yield.getValues().size()
               << " value(s), but the op has " << resultTypes->size()
               << " result(s)";
      for (auto [i, got, expected] :
           llvm::enumerate(yield.getValues().getTypes(), *resultTypes)) {
        if (got != expected)
          return op->emitOpError()
                 << name << " region yields " << got << " as value #" << i
                 << ", but result #" << i << " has type " << expected;
      }
    }
    if (yielded)
      llvm::append_range(*yielded, yield.getValues().getTypes());
    return success();
  }

  /// Checks the branches: branch `i` takes `branchInputs[i]`, and collects
  /// every branch's yielded types, in order.
  LogicalResult checkBranches(MutableArrayRef<Region> branches,
                              TypeRange branchInputs, StringRef inputName,
                              SmallVectorImpl<Type> &yielded) {
    for (auto [i, branch] : llvm::enumerate(branches)) {
      std::string name = "branch #" + std::to_string(i);
      std::string origin = inputName.str() + " #" + std::to_string(i);
      if (failed(check(branch, name, branchInputs.slice(i, 1), origin,
                       std::nullopt, &yielded)))
        return failure();
    }
    return success();
  }
};
} // namespace

static LogicalResult verifyStrategyOperands(Operation *op) {
  if (op->getNumOperands() == 0)
    return op->emitOpError("expects at least one input");
  if (op->getNumResults() == 0)
    return op->emitOpError("expects at least one result");
  return success();
}

LogicalResult EarlyOp::verifyRegions() {
  if (failed(verifyStrategyOperands(*this)))
    return failure();
  RegionChecker checker{*this};
  SmallVector<Type> joined;
  if (failed(checker.check(getCombine(), "'combine'", getInputs().getTypes(),
                           "the inputs", std::nullopt, &joined)))
    return failure();
  return checker.check(getBody(), "'body'", joined,
                       "the values yielded by 'combine'", getResultTypes());
}

LogicalResult LateOp::verifyRegions() {
  if (failed(verifyStrategyOperands(*this)))
    return failure();
  if (getNumBranches() != getInputs().size())
    return emitOpError() << "expects one branch per input, but has "
                         << getInputs().size() << " input(s) and "
                         << getNumBranches() << " branch(es)";
  RegionChecker checker{*this};
  SmallVector<Type> branchOutputs;
  if (failed(checker.checkBranches(getBranches(), getInputs().getTypes(),
                                   "input", branchOutputs)))
    return failure();
  return checker.check(getCombine(), "'combine'", branchOutputs,
                       "the values yielded by the branches", getResultTypes());
}

LogicalResult HybridOp::verifyRegions() {
  if (failed(verifyStrategyOperands(*this)))
    return failure();
  RegionChecker checker{*this};
  SmallVector<Type> joined;
  if (failed(checker.check(getEarly(), "'early'", getInputs().getTypes(),
                           "the inputs", std::nullopt, &joined)))
    return failure();
  if (joined.size() != getNumBranches())
    return emitOpError() << "'early' region yields " << joined.size()
                         << " value(s), but there are " << getNumBranches()
                         << " branch(es); expects one value per branch";
  SmallVector<Type> branchOutputs;
  if (failed(checker.checkBranches(getBranches(), joined,
                                   "'early' yielded value", branchOutputs)))
    return failure();
  return checker.check(getCombine(), "'combine'", branchOutputs,
                       "the values yielded by the branches", getResultTypes());
}

//===----------------------------------------------------------------------===//
// Strategy ops: inlining and canonicalization
//===----------------------------------------------------------------------===//

bool mlir::fusion::isStrategyOp(Operation *op) {
  return isa<EarlyOp, LateOp, HybridOp>(op);
}

/// Inlines the single block of `region` before `before`, with `args` for its
/// arguments, and returns the values its `fusion.yield` yielded.
static SmallVector<Value> inlineRegionBefore(RewriterBase &rewriter,
                                             Region &region, Operation *before,
                                             ValueRange args) {
  Block &block = region.front();
  auto yield = cast<YieldOp>(block.back());
  rewriter.inlineBlockBefore(&block, before, args);
  SmallVector<Value> values(yield.getValues());
  rewriter.eraseOp(yield);
  return values;
}

static SmallVector<Value> inlineBranches(RewriterBase &rewriter,
                                         MutableArrayRef<Region> branches,
                                         Operation *before,
                                         ValueRange branchInputs) {
  SmallVector<Value> outputs;
  for (auto [branch, input] : llvm::zip_equal(branches, branchInputs))
    llvm::append_range(outputs,
                       inlineRegionBefore(rewriter, branch, before, input));
  return outputs;
}

FailureOr<SmallVector<Value>>
mlir::fusion::inlineStrategyOp(RewriterBase &rewriter, Operation *op) {
  OpBuilder::InsertionGuard guard(rewriter);
  std::optional<SmallVector<Value>> results =
      llvm::TypeSwitch<Operation *, std::optional<SmallVector<Value>>>(op)
          .Case([&](EarlyOp early) {
            SmallVector<Value> joined = inlineRegionBefore(
                rewriter, early.getCombine(), op, early.getInputs());
            return inlineRegionBefore(rewriter, early.getBody(), op, joined);
          })
          .Case([&](LateOp late) {
            SmallVector<Value> outputs = inlineBranches(
                rewriter, late.getBranches(), op, late.getInputs());
            return inlineRegionBefore(rewriter, late.getCombine(), op, outputs);
          })
          .Case([&](HybridOp hybrid) {
            SmallVector<Value> joined = inlineRegionBefore(
                rewriter, hybrid.getEarly(), op, hybrid.getInputs());
            SmallVector<Value> outputs =
                inlineBranches(rewriter, hybrid.getBranches(), op, joined);
            return inlineRegionBefore(rewriter, hybrid.getCombine(), op,
                                      outputs);
          })
          .Default([](Operation *) { return std::nullopt; });
  if (!results)
    return failure();
  rewriter.replaceOp(op, *results);
  return *results;
}

namespace {
/// A strategy op that fuses nothing (one input for `fusion.early`, one branch
/// for `fusion.late` / `fusion.hybrid`) is plain sequential composition:
/// inline it.
template <typename StrategyOp>
struct InlineTrivialStrategy : OpRewritePattern<StrategyOp> {
  using OpRewritePattern<StrategyOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(StrategyOp op,
                                PatternRewriter &rewriter) const override {
    unsigned fused;
    if constexpr (std::is_same_v<StrategyOp, EarlyOp>)
      fused = op.getInputs().size();
    else
      fused = op.getNumBranches();
    if (fused != 1)
      return rewriter.notifyMatchFailure(op, "fuses more than one module");
    if (failed(inlineStrategyOp(rewriter, op)))
      return failure();
    return success();
  }
};
} // namespace

void EarlyOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                          MLIRContext *context) {
  results.add<InlineTrivialStrategy<EarlyOp>>(context);
}

void LateOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                         MLIRContext *context) {
  results.add<InlineTrivialStrategy<LateOp>>(context);
}

void HybridOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                           MLIRContext *context) {
  results.add<InlineTrivialStrategy<HybridOp>>(context);
}

//===----------------------------------------------------------------------===//
// Combiners
//===----------------------------------------------------------------------===//

/// Prints a dimension size, `?` for dynamic.
static std::string dimStr(int64_t size) {
  return ShapedType::isDynamic(size) ? "?" : std::to_string(size);
}

LogicalResult ConcatOp::verify() {
  if (getInputs().empty())
    return emitOpError("expects at least one input");
  auto firstType = cast<RankedTensorType>(getInputs().front().getType());
  auto resultType = cast<RankedTensorType>(getType());
  int64_t rank = firstType.getRank();
  uint64_t axis = getAxis();
  if (axis >= static_cast<uint64_t>(rank))
    return emitOpError() << "axis " << axis
                         << " is out of bounds for inputs of rank " << rank;
  if (resultType.getRank() != rank)
    return emitOpError() << "result has rank " << resultType.getRank()
                         << ", but the inputs have rank " << rank;
  if (resultType.getElementType() != firstType.getElementType())
    return emitOpError() << "result has element type "
                         << resultType.getElementType()
                         << ", but the inputs have "
                         << firstType.getElementType();
  // The first static size seen in each dimension, and the input it came
  // from: every input must agree with it (and with the result) off the axis.
  SmallVector<int64_t> known(rank, ShapedType::kDynamic);
  SmallVector<size_t> knownFrom(rank, 0);
  int64_t axisSum = 0;
  for (auto [i, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    if (type.getRank() != rank)
      return emitOpError() << "input #" << i << " has rank " << type.getRank()
                           << ", but input #0 has rank " << rank;
    if (type.getElementType() != firstType.getElementType())
      return emitOpError() << "input #" << i << " has element type "
                           << type.getElementType() << ", but input #0 has "
                           << firstType.getElementType();
    for (int64_t d = 0; d < rank; ++d) {
      if (d == static_cast<int64_t>(axis))
        continue;
      int64_t size = type.getDimSize(d), want = resultType.getDimSize(d);
      if (ShapedType::isDynamic(size))
        continue;
      if (!ShapedType::isDynamic(want) && size != want)
        return emitOpError()
               << "input #" << i << " has size " << size << " in dimension "
               << d << ", but the result has " << want
               << "; all dimensions but the axis must agree";
      if (ShapedType::isDynamic(known[d])) {
        known[d] = size;
        knownFrom[d] = i;
      } else if (known[d] != size) {
        return emitOpError()
               << "input #" << i << " has size " << size << " in dimension "
               << d << ", but input #" << knownFrom[d] << " has " << known[d]
               << "; all dimensions but the axis must agree";
      }
    }
    int64_t size = type.getDimSize(axis);
    axisSum = (ShapedType::isDynamic(size) || ShapedType::isDynamic(axisSum))
                  ? ShapedType::kDynamic
                  : axisSum + size;
  }
  int64_t resultAxis = resultType.getDimSize(axis);
  if (!ShapedType::isDynamic(axisSum) && !ShapedType::isDynamic(resultAxis) &&
      axisSum != resultAxis)
    return emitOpError() << "result has size " << resultAxis << " along axis "
                         << axis << ", but the inputs' sizes sum to "
                         << axisSum;
  return success();
}

OpFoldResult ConcatOp::fold(FoldAdaptor) {
  if (getInputs().size() == 1 && getInputs().front().getType() == getType())
    return getInputs().front();
  return {};
}

LogicalResult SumOp::verify() {
  if (getInputs().empty())
    return emitOpError("expects at least one input");
  return success();
}

OpFoldResult SumOp::fold(FoldAdaptor) {
  if (getInputs().size() == 1)
    return getInputs().front();
  return {};
}

LogicalResult MeanOp::verify() {
  if (getInputs().empty())
    return emitOpError("expects at least one input");
  std::optional<ArrayRef<double>> weights = getWeights();
  if (!weights)
    return success();
  if (weights->size() != getInputs().size())
    return emitOpError() << "expects one weight per input, but has "
                         << weights->size() << " weight(s) for "
                         << getInputs().size() << " input(s)";
  double sum = 0.0;
  for (auto [i, w] : llvm::enumerate(*weights)) {
    if (!(w >= 0.0) || !std::isfinite(w))
      return emitOpError() << "weight #" << i
                           << " must be finite and non-negative, but is " << w;
    sum += w;
  }
  if (std::abs(sum - 1.0) > 1e-6)
    return emitOpError() << "weights must sum to 1, but sum to " << sum;
  return success();
}

SmallVector<double> MeanOp::getEffectiveWeights() {
  if (std::optional<ArrayRef<double>> weights = getWeights())
    return llvm::to_vector(*weights);
  return SmallVector<double>(getInputs().size(), 1.0 / getInputs().size());
}

OpFoldResult MeanOp::fold(FoldAdaptor) {
  if (getInputs().size() == 1)
    return getInputs().front();
  return {};
}

LogicalResult GateOp::verify() {
  auto gateType = cast<RankedTensorType>(getGate().getType());
  auto type = cast<RankedTensorType>(getLhs().getType());
  if (gateType.getElementType() != type.getElementType())
    return emitOpError() << "gate has element type "
                         << gateType.getElementType()
                         << ", but the inputs have " << type.getElementType();
  if (gateType.getRank() != type.getRank())
    return emitOpError() << "gate has rank " << gateType.getRank()
                         << ", but the inputs have rank " << type.getRank();
  for (int64_t d = 0; d < type.getRank(); ++d) {
    int64_t g = gateType.getDimSize(d), x = type.getDimSize(d);
    if (ShapedType::isDynamic(g) || ShapedType::isDynamic(x) || g == x ||
        g == 1)
      continue;
    return emitOpError() << "gate has size " << g << " in dimension " << d
                         << "; expects " << x
                         << " (the inputs' size) or 1 (broadcast)";
  }
  return success();
}

LogicalResult AttentionOp::verify() {
  if (getFeatures().empty())
    return emitOpError("expects at least one feature tensor");
  auto type = cast<RankedTensorType>(getType());
  for (auto [i, feature] : llvm::enumerate(getFeatures())) {
    if (feature.getType() != type)
      return emitOpError() << "feature #" << i << " has type "
                           << feature.getType() << ", but the result has type "
                           << type << "; all features and the result must "
                           << "have one type";
  }
  if (type.getRank() < 1)
    return emitOpError("features must have rank >= 1 (the last dimension is "
                       "the feature dimension)");
  auto queryType = cast<RankedTensorType>(getQuery().getType());
  if (queryType == type)
    return success();
  int64_t d = type.getDimSize(type.getRank() - 1);
  if (queryType.getRank() == 1 &&
      queryType.getElementType() == type.getElementType() &&
      (queryType.getDimSize(0) == d ||
       ShapedType::isDynamic(queryType.getDimSize(0)) ||
       ShapedType::isDynamic(d)))
    return success();
  return emitOpError() << "query has type " << queryType
                       << "; expects the features' type " << type
                       << " or a 1-D tensor of " << dimStr(d) << " "
                       << type.getElementType() << " (one shared query)";
}

OpFoldResult AttentionOp::fold(FoldAdaptor) {
  // softmax over a single score is 1: the result is the one feature.
  if (getFeatures().size() == 1)
    return getFeatures().front();
  return {};
}

//===----------------------------------------------------------------------===//
// BatchNormOp
//===----------------------------------------------------------------------===//

LogicalResult BatchNormOp::verify() {
  double epsilon = getEpsilon().convertToDouble();
  if (!(epsilon > 0.0) || !std::isfinite(epsilon))
    return emitOpError() << "epsilon must be positive and finite, but is "
                         << epsilon;
  auto type = cast<RankedTensorType>(getInput().getType());
  int64_t axis = getChannelAxis();
  if (axis < 0 || axis >= type.getRank())
    return emitOpError() << "channel_axis " << axis
                         << " is out of bounds for an input of rank "
                         << type.getRank();
  auto paramType = cast<RankedTensorType>(getScale().getType());
  if (paramType.getElementType() != type.getElementType())
    return emitOpError() << "scale, offset, mean and variance have element "
                         << "type " << paramType.getElementType()
                         << ", but the input has " << type.getElementType();
  int64_t channels = type.getDimSize(axis), size = paramType.getDimSize(0);
  if (!ShapedType::isDynamic(channels) && !ShapedType::isDynamic(size) &&
      channels != size)
    return emitOpError() << "scale, offset, mean and variance have " << size
                         << " element(s), but the input has " << channels
                         << " channel(s) (dimension " << axis << ")";
  return success();
}

//===----------------------------------------------------------------------===//
// GroupOp
//===----------------------------------------------------------------------===//

LogicalResult GroupOp::verify() {
  Block &body = getBodyBlock();
  if (body.getNumArguments() != getInputs().size())
    return emitOpError("body has ")
           << body.getNumArguments() << " argument(s) but the group has "
           << getInputs().size() << " input(s)";
  for (auto [i, pair] :
       llvm::enumerate(llvm::zip(body.getArgumentTypes(), getInputs())))
    if (std::get<0>(pair) != std::get<1>(pair).getType())
      return emitOpError("body argument #")
             << i << " has type " << std::get<0>(pair) << " but input #" << i
             << " has type " << std::get<1>(pair).getType();
  // Runs before the body's ops are verified: its last op may be no
  // terminator (getTerminator() would assert).
  auto yield = body.empty() ? YieldOp() : dyn_cast<YieldOp>(body.back());
  if (!yield)
    return emitOpError("body must end with fusion.yield");
  if (yield.getNumOperands() != getNumResults() ||
      TypeRange(yield.getOperandTypes()) != getResultTypes())
    return emitOpError("yields ")
           << yield.getOperandTypes() << " but its results are "
           << getResultTypes();
  if (getNumResults() == 0)
    return emitOpError("must have at least one result");
  return success();
}

#define GET_OP_CLASSES
#include "fuse/Dialect/Fusion/IR/FusionOps.cpp.inc"
