//===- Utils.cpp - Builders shared by fuse's lowerings and rewrites -------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/MathExtras.h"

#include <cstring>
#include <limits>

using namespace mlir;

Value mlir::fusion::createEmptyLike(OpBuilder &b, Location loc, Value like) {
  auto type = cast<RankedTensorType>(like.getType());
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, like);
  return tensor::EmptyOp::create(b, loc, sizes, type.getElementType(),
                                 type.getEncoding());
}

Value mlir::fusion::buildElementwiseGeneric(
    OpBuilder &b, Location loc, ValueRange inputs, Value like,
    ArrayRef<AffineMap> inputMaps,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  auto type = cast<RankedTensorType>(like.getType());
  int64_t rank = type.getRank();
  AffineMap id = b.getMultiDimIdentityMap(rank);
  SmallVector<AffineMap> maps(inputMaps);
  if (maps.empty())
    maps.assign(inputs.size(), id);
  maps.push_back(id);
  Value init = createEmptyLike(b, loc, like);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{type}, inputs, ValueRange{init}, maps,
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, body(nb, nloc, args.drop_back()));
      });
  return generic.getResult(0);
}

int64_t mlir::fusion::getStaticSizeInBytes(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape() ||
      !tensor.getElementType().isIntOrFloat())
    return 0;
  return tensor.getNumElements() *
         (tensor.getElementType().getIntOrFloatBitWidth() / 8);
}

int64_t mlir::fusion::getSaturatingProduct(ArrayRef<int64_t> sizes) {
  uint64_t product = 1;
  bool overflow = false;
  for (int64_t size : sizes)
    product = llvm::SaturatingMultiply(product, static_cast<uint64_t>(size),
                                       &overflow);
  return static_cast<int64_t>(
      std::min<uint64_t>(product, std::numeric_limits<int64_t>::max()));
}

bool mlir::fusion::isAccumulatingContraction(Operation *op) {
  auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.getNumDpsInits() == 1 &&
         (linalg::isaContractionOpInterface(linalgOp) ||
          linalg::isaConvolutionOpInterface(linalgOp));
}

DenseElementsAttr mlir::fusion::getFloatElementsAttr(RankedTensorType type,
                                                     ArrayRef<double> values) {
  auto elementType = cast<FloatType>(type.getElementType());
  SmallVector<APFloat> floats;
  for (double v : values) {
    APFloat f(v);
    bool losesInfo;
    f.convert(elementType.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    floats.push_back(f);
  }
  return DenseElementsAttr::get(type, floats);
}

FailureOr<linalg::GenericOp>
mlir::fusion::cloneAsGeneric(RewriterBase &rewriter, Operation *op,
                             IRMapping &mapping) {
  Operation *clone = rewriter.clone(*op, mapping);
  if (auto generic = dyn_cast<linalg::GenericOp>(clone))
    return generic;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(clone);
  FailureOr<linalg::GenericOp> generalized =
      linalgOp ? linalg::generalizeNamedOp(rewriter, linalgOp)
               : FailureOr<linalg::GenericOp>(failure());
  if (failed(generalized))
    rewriter.eraseOp(clone);
  return generalized;
}

/// The elements of `attr` (byte-sized, not a splat) at source offsets
/// `base` + sum(index[d] * steps[d]) for each index of `shape` in row-major
/// order, as `resultType`: a transpose or a strided slice of `attr`.
static DenseElementsAttr gatherConstant(DenseElementsAttr attr, int64_t base,
                                        ArrayRef<int64_t> steps,
                                        ArrayRef<int64_t> shape,
                                        ShapedType resultType) {
  int64_t bytes = attr.getElementType().getIntOrFloatBitWidth() / 8;
  ArrayRef<char> src = attr.getRawData();
  int64_t count = resultType.getNumElements();
  std::vector<char> dst(count * bytes);
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t i = 0; i < count; ++i) {
    std::memcpy(dst.data() + i * bytes,
                src.data() + (base + linearize(index, steps)) * bytes, bytes);
    for (int64_t d = static_cast<int64_t>(index.size()) - 1; d >= 0; --d) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  return DenseElementsAttr::getFromRawBuffer(resultType, dst);
}

/// Whether `attr`'s elements can be gathered byte-wise.
static bool hasByteSizedElements(DenseElementsAttr attr) {
  Type elementType = attr.getElementType();
  return elementType.isIntOrFloat() &&
         elementType.getIntOrFloatBitWidth() % 8 == 0;
}

DenseElementsAttr mlir::fusion::transposeConstant(DenseElementsAttr attr,
                                                  ArrayRef<int64_t> perm,
                                                  ShapedType resultType) {
  if (attr.isSplat())
    return attr.resizeSplat(resultType);
  if (!hasByteSizedElements(attr) ||
      resultType.getNumElements() != attr.getNumElements())
    return {};
  // Walk the transposed shape in row-major order; each step's source offset
  // is the sum of its index times the matching source stride.
  ArrayRef<int64_t> shape = attr.getType().getShape();
  SmallVector<int64_t> srcStrides = computeStrides(shape);
  SmallVector<int64_t> dstShape, steps;
  for (int64_t d : perm) {
    dstShape.push_back(shape[d]);
    steps.push_back(srcStrides[d]);
  }
  return gatherConstant(attr, /*base=*/0, steps, dstShape, resultType);
}

DenseElementsAttr mlir::fusion::sliceConstant(DenseElementsAttr attr,
                                              ArrayRef<int64_t> offsets,
                                              ArrayRef<int64_t> sizes,
                                              ArrayRef<int64_t> strides,
                                              ShapedType resultType) {
  ArrayRef<int64_t> shape = attr.getType().getShape();
  int64_t count = 1;
  for (int64_t size : sizes)
    count *= size;
  if (offsets.size() != shape.size() || sizes.size() != shape.size() ||
      strides.size() != shape.size() || resultType.getNumElements() != count)
    return {};
  for (auto [offset, size, stride, dim] :
       llvm::zip(offsets, sizes, strides, shape))
    if (offset < 0 || size < 0 || stride < 1 ||
        (size > 0 && offset + (size - 1) * stride >= dim))
      return {};
  if (attr.isSplat())
    return attr.resizeSplat(resultType);
  if (!hasByteSizedElements(attr))
    return {};
  SmallVector<int64_t> srcStrides = computeStrides(shape);
  int64_t base = 0;
  SmallVector<int64_t> steps;
  for (auto [offset, stride, srcStride] :
       llvm::zip(offsets, strides, srcStrides)) {
    base += offset * srcStride;
    steps.push_back(stride * srcStride);
  }
  return gatherConstant(attr, base, steps, sizes, resultType);
}

/// `value` seen through reshapes that keep the row-major element order.
static Value stripReshapes(Value value) {
  // Bounded: a graph region may hold a cast of its own result.
  for (int steps = 0; steps < 16; ++steps) {
    Operation *def = value.getDefiningOp();
    if (!def)
      break;
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def))
      value = expand.getSrc();
    else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(def))
      value = collapse.getSrc();
    else if (auto cast = dyn_cast<tensor::CastOp>(def))
      value = cast.getSource();
    else
      break;
  }
  return value;
}

/// The resource constant behind `value`, or null.
static DenseResourceElementsAttr getResourceConstant(Value value) {
  Attribute attr;
  if (!matchPattern(stripReshapes(value), m_Constant(&attr)))
    return {};
  return dyn_cast<DenseResourceElementsAttr>(attr);
}

DenseElementsAttr mlir::fusion::getConstantElements(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape())
    return {};
  Attribute attr;
  if (!matchPattern(stripReshapes(value), m_Constant(&attr)))
    return {};
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    if (dense.getType() == type)
      return dense;
    if (dense.getNumElements() != type.getNumElements())
      return {};
    return dense.reshape(type);
  }
  auto resource = dyn_cast<DenseResourceElementsAttr>(attr);
  if (!resource || !resource.getType().hasStaticShape() ||
      resource.getType().getNumElements() != type.getNumElements())
    return {};
  Type elementType = type.getElementType();
  if (!elementType.isIntOrFloat() ||
      elementType.getIntOrFloatBitWidth() % 8 != 0)
    return {};
  AsmResourceBlob *blob = resource.getRawHandle().getBlob();
  if (!blob)
    return {};
  ArrayRef<char> data = blob->getData();
  int64_t bytes = type.getNumElements() *
                  (elementType.getIntOrFloatBitWidth() / 8);
  if (static_cast<int64_t>(data.size()) != bytes)
    return {};
  bool detectedSplat = false;
  if (!DenseElementsAttr::isValidRawBuffer(type, data, detectedSplat))
    return {};
  return DenseElementsAttr::getFromRawBuffer(type, data);
}

std::string mlir::fusion::getMissingResourceName(Value value) {
  DenseResourceElementsAttr resource = getResourceConstant(value);
  if (!resource || resource.getRawHandle().getBlob())
    return "";
  return resource.getRawHandle().getKey().str();
}

bool mlir::fusion::isReadingUse(OpOperand &use) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(use.getOwner());
  if (!linalgOp || !linalgOp.isDpsInit(&use) ||
      linalgOp.payloadUsesValueFromOperand(&use))
    return true;
  // The payload does not read it, but the op keeps the elements it does not
  // write: only an init that every element is written to is shape only.
  // Its map must reach every element (a projected permutation, each result
  // a loop), and the loops it drops must run (static, non-zero).
  AffineMap map = linalgOp.getMatchingIndexingMap(&use);
  if (!map.isProjectedPermutation(/*allowZeroInResults=*/false))
    return true;
  SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
  for (unsigned d = 0, e = map.getNumDims(); d < e; ++d)
    if (!map.isFunctionOfDim(d) &&
        (ShapedType::isDynamic(ranges[d]) || ranges[d] == 0))
      return true;
  return false;
}

bool mlir::fusion::hasOneReadingUse(Value value, OpOperand **reader) {
  OpOperand *found = nullptr;
  for (OpOperand &use : value.getUses()) {
    if (!isReadingUse(use))
      continue;
    if (found)
      return false;
    found = &use;
  }
  if (reader)
    *reader = found;
  return found != nullptr;
}

/// Whether `op` reads `value` broadcast along one of its parallel loops:
/// fused into `op`'s tiles, its producer would be computed once per tile of
/// that loop (a packing copy of a contraction's weights, once per row tile).
bool mlir::fusion::isReadBroadcast(Operation *op, Value value) {
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
bool mlir::fusion::isDataMovement(Operation *op) {
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

Value mlir::fusion::getRootBuffer(Value value) {
  while (auto view = value.getDefiningOp<ViewLikeOpInterface>())
    value = view.getViewSource();
  return value;
}
