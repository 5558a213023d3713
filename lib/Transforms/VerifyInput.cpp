//===- VerifyInput.cpp - Reject input the lowering cannot take ------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Valid IR that an upstream pattern in our pipelines would crash on is
// reported here, first, with an error at the op.
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/IR/FusionOps.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/SourceMgr.h"

#define DEBUG_TYPE "fusion-verify-input"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONVERIFYINPUTPASS
#include "fuse/Transforms/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;

/// Checks a constant dimension index of a `tensor.dim` / `memref.dim`.
static LogicalResult checkDimIndex(Operation *op, Value source, Value index) {
  std::optional<APInt> outOfRange =
      fusion::getOutOfRangeDimIndex(source, index);
  if (!outOfRange)
    return success();
  return op->emitError() << "dimension index "
                         << llvm::toString(*outOfRange, 10, /*Signed=*/true)
                         << " is out of range for rank "
                         << cast<ShapedType>(source.getType()).getRank();
}

/// Checks, on unverified IR (no accessor that assumes a verified op), what
/// upstream verifiers crash on.
static LogicalResult checkBeforeVerifier(Operation *root) {
  bool failed = false;
  root->walk([&](Operation *op) {
    // tensor::ConcatOp::verify indexes the result's shape with `dim`.
    if (op->getName().getStringRef() == tensor::ConcatOp::getOperationName() &&
        op->getNumResults() == 1) {
      auto dim = op->getAttrOfType<IntegerAttr>("dim");
      auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType());
      if (dim && type &&
          (dim.getValue().isNegative() ||
           dim.getValue().sge(type.getRank()))) {
        op->emitOpError() << "dim "
                          << llvm::toString(dim.getValue(), 10,
                                            /*Signed=*/true)
                          << " is out of range for a result of rank "
                          << type.getRank();
        failed = true;
      }
    }
  });
  return failure(failed);
}

/// The largest convolution or pooling stride and dilation accepted: index
/// arithmetic on larger ones (stride x output position) overflows, and
/// upstream's tiling crashes on the folded result. No model comes near.
static constexpr int64_t kMaxWindowStep = (int64_t(1) << 31) - 1;

/// Strides and dilations of windowed linalg ops (convolutions, pools) in
/// 1 .. kMaxWindowStep.
static LogicalResult checkWindowSteps(Operation *op) {
  if (!isa<linalg::LinalgOp>(op))
    return success();
  for (StringRef name : {"strides", "dilations"}) {
    auto steps = op->getAttrOfType<DenseIntElementsAttr>(name);
    if (!steps)
      continue;
    for (const APInt &step : steps)
      if (step.isNonPositive() || step.sgt(kMaxWindowStep))
        return op->emitOpError()
               << name.drop_back() << " "
               << llvm::toString(step, 10, /*Signed=*/true)
               << " is out of range (1 to " << kMaxWindowStep << ")";
  }
  return success();
}

/// The reassociation of an expand_shape or collapse_shape, flattened, is
/// 0, 1, ..., n-1. Upstream's verifier reads the indices as affine dims
/// (`unsigned`), so that 4294967296 passes as 0 (fuse-fuzz), and
/// canonicalization then indexes the shape with the 64-bit value.
static LogicalResult checkReassociation(Operation *op,
                                        ArrayAttr reassociation) {
  int64_t next = 0;
  for (Attribute group : reassociation)
    for (Attribute index : cast<ArrayAttr>(group)) {
      int64_t value = cast<IntegerAttr>(index).getInt();
      if (value != next)
        return op->emitOpError()
               << "reassociation index " << value << " where " << next
               << " is expected (the indices are the dims in order)";
      ++next;
    }
  return success();
}

/// An elements constant has a static shape. The parser rejects `dense<...>`
/// of a dynamic shape but takes `dense_resource<...> : tensor<8x3x?x3xf32>`
/// (fuse-fuzz), and upstream's value-bounds analysis (in
/// loop-invariant-subset-hoisting) crashes on a convolution reading it.
static LogicalResult checkConstantShape(arith::ConstantOp constant) {
  auto type = dyn_cast<ShapedType>(constant.getValue().getType());
  if (!type || type.hasStaticShape())
    return success();
  return constant.emitOpError() << "elements constant of a dynamic shape "
                                << type << " (a constant's shape is static)";
}

/// `text` from `pos` past whitespace and `//` comments.
static size_t skipBlanks(StringRef text, size_t pos) {
  while (pos < text.size()) {
    if (llvm::isSpace(text[pos])) {
      ++pos;
    } else if (text.substr(pos).starts_with("//")) {
      pos = text.find('\n', pos);
      if (pos == StringRef::npos)
        return text.size();
    } else {
      break;
    }
  }
  return pos;
}

LogicalResult mlir::fusion::checkParserHazards(llvm::SourceMgr &sourceMgr,
                                               unsigned bufferId) {
  StringRef text = sourceMgr.getMemoryBuffer(bufferId)->getBuffer();
  auto isIdentifierChar = [](char c) {
    return llvm::isAlnum(c) || c == '_' || c == '.' || c == '$' || c == '!' ||
           c == '#' || c == '-';
  };
  for (size_t pos = 0; pos < text.size();) {
    char c = text[pos];
    // Comments and string literals are not parsed as attributes.
    if (text.substr(pos).starts_with("//")) {
      pos = text.find('\n', pos);
      if (pos == StringRef::npos)
        break;
      continue;
    }
    if (c == '"') {
      for (++pos; pos < text.size() && text[pos] != '"' && text[pos] != '\n';
           ++pos)
        if (text[pos] == '\\')
          ++pos;
      ++pos;
      continue;
    }
    // `array<` as a keyword (not the end of another name, as in
    // `!dialect.array<...>`), then `index` and `:` or `>`.
    if (!text.substr(pos).starts_with("array<") ||
        (pos > 0 && isIdentifierChar(text[pos - 1]))) {
      ++pos;
      continue;
    }
    size_t element = skipBlanks(text, pos + 6);
    StringRef rest = text.substr(element);
    if (rest.consume_front("index")) {
      size_t after = skipBlanks(text, text.size() - rest.size());
      if (after < text.size() && (text[after] == ':' || text[after] == '>')) {
        sourceMgr.PrintMessage(
            llvm::SMLoc::getFromPointer(text.data() + pos),
            llvm::SourceMgr::DK_Error,
            "dense array of 'index' elements: MLIR 22's parser crashes on it "
            "(an upstream bug); write the array of i64 instead");
        return failure();
      }
    }
    pos += 6;
  }
  return success();
}

LogicalResult mlir::fusion::verifyFusionInput(Operation *root,
                                              bool runVerifier) {
  if (runVerifier &&
      (mlir::failed(checkBeforeVerifier(root)) || mlir::failed(verify(root))))
    return failure();
  bool failed = false;
  root->walk([&](Operation *op) {
    LogicalResult result =
        llvm::TypeSwitch<Operation *, LogicalResult>(op)
            .Case([](tensor::DimOp dim) {
              return checkDimIndex(dim, dim.getSource(), dim.getIndex());
            })
            .Case([](memref::DimOp dim) {
              return checkDimIndex(dim, dim.getSource(), dim.getIndex());
            })
            .Case([](arith::ConstantOp constant) {
              return checkConstantShape(constant);
            })
            .Case<tensor::ExpandShapeOp, tensor::CollapseShapeOp,
                  memref::ExpandShapeOp, memref::CollapseShapeOp>(
                [](auto reshape) {
                  return checkReassociation(reshape,
                                            reshape.getReassociation());
                })
            .Default([](Operation *op) { return checkWindowSteps(op); });
    failed |= mlir::failed(result);
  });
  return failure(failed);
}

namespace {
struct FusionVerifyInputPass
    : fusion::impl::FusionVerifyInputPassBase<FusionVerifyInputPass> {
  using Base::Base;
  void runOnOperation() override {
    if (failed(fusion::verifyFusionInput(getOperation(), verifyIR)))
      signalPassFailure();
    markAllAnalysesPreserved();
  }
};
} // namespace
