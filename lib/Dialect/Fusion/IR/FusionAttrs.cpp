//===- FusionAttrs.cpp - Attributes of the fusion dialect ---------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// #fusion.target and #fusion.lowering_config: parsing, printing, verifiers
// and their storage. In ASan builds this file is compiled without ASan (see
// CMakeLists.txt): the storage of these attributes is allocated by MLIR's
// bump allocator from code inlined here, and an instrumented allocator
// poisons each new slab, which uninstrumented libMLIR then fills with other
// attributes without unpoisoning them (false use-after-poison reports).
//
//===----------------------------------------------------------------------===//

#include "fuse/Dialect/Fusion/IR/FusionOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::fusion;

#define GET_ATTRDEF_CLASSES
#include "fuse/Dialect/Fusion/IR/FusionAttrs.cpp.inc"

void FusionDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "fuse/Dialect/Fusion/IR/FusionAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<int64_t>> mlir::fusion::parseSizeList(AsmParser &parser) {
  SmallVector<int64_t> sizes;
  if (parser.parseCommaSeparatedList(AsmParser::Delimiter::Square,
                                     [&]() -> ParseResult {
                                       int64_t size;
                                       if (parser.parseInteger(size))
                                         return failure();
                                       sizes.push_back(size);
                                       return success();
                                     }))
    return failure();
  return sizes;
}

void mlir::fusion::printSizeList(AsmPrinter &printer, ArrayRef<int64_t> sizes) {
  printer << '[';
  llvm::interleaveComma(sizes, printer);
  printer << ']';
}

LogicalResult TargetAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 TargetBackend backend, StringRef arch,
                                 StringRef features, int64_t vectorWidth,
                                 int64_t threads) {
  if (vectorWidth < 1 || vectorWidth > 1024)
    return emitError() << "vector_width must be in [1, 1024], got "
                       << vectorWidth;
  if (threads < 1 || threads > (1 << 16))
    return emitError() << "threads must be in [1, 65536], got " << threads;
  return success();
}

TargetAttr TargetAttr::lookup(Operation *op) {
  for (; op; op = op->getParentOp())
    if (auto target = op->getAttrOfType<TargetAttr>(getAttrName()))
      return target;
  return {};
}

/// The largest tile size or step a lowering config may hold: larger ones
/// are no different from leaving the loop untiled, and keep products of
/// them from overflowing.
static constexpr int64_t kMaxConfigSize = int64_t(1) << 32;
/// Shared-memory buffers of a pipelined contraction (each holds one
/// reduction step's operand tiles).
static constexpr int64_t kMaxCopyStages = 8;

LogicalResult LoweringConfigAttr::verify(
    function_ref<InFlightDiagnostic()> emitError, LoweringPipeline pipeline,
    ArrayRef<int64_t> workgroup, ArrayRef<int64_t> interchange,
    ArrayRef<int64_t> panel, ArrayRef<int64_t> thread,
    ArrayRef<int64_t> reduction, int64_t vectorWidth, int64_t stages,
    ArrayRef<int64_t> warp, ArrayRef<int64_t> mma) {
  for (auto [name, sizes] :
       {std::make_pair("workgroup", workgroup), std::make_pair("panel", panel),
        std::make_pair("thread", thread),
        std::make_pair("reduction", reduction), std::make_pair("warp", warp),
        std::make_pair("mma", mma)})
    for (int64_t size : sizes)
      if (size < 0 || size > kMaxConfigSize)
        return emitError() << name << " sizes must be in [0, 2^32], got "
                           << size;
  if (pipeline == LoweringPipeline::GPURows) {
    if (!workgroup.empty() || !interchange.empty())
      return emitError() << "gpu_rows takes no tile sizes (a thread block "
                            "per row)";
  } else if (workgroup.empty()) {
    return emitError() << "workgroup tile sizes are required";
  }
  if (!panel.empty() && panel.size() != workgroup.size())
    return emitError() << "panel has " << panel.size()
                       << " tile sizes, workgroup " << workgroup.size();
  llvm::SmallBitVector seen(workgroup.size());
  for (int64_t loop : interchange) {
    if (loop < 0 || loop >= static_cast<int64_t>(workgroup.size()))
      return emitError() << "interchange entry " << loop
                         << " is not a loop (workgroup has " << workgroup.size()
                         << " tile sizes)";
    if (seen.test(loop))
      return emitError() << "interchange lists loop " << loop << " twice";
    seen.set(loop);
  }
  if (!interchange.empty() && interchange.size() != workgroup.size())
    return emitError() << "interchange must list each of the "
                       << workgroup.size() << " loops once";
  if (vectorWidth < 0 || vectorWidth > 1024)
    return emitError() << "vector_width must be in [0, 1024], got "
                       << vectorWidth;
  if (stages < 0 || stages > kMaxCopyStages)
    return emitError() << "stages must be in [0, " << kMaxCopyStages
                       << "], got " << stages;
  if (stages > 1 && pipeline != LoweringPipeline::GPUContraction)
    return emitError() << "stages (pipelined shared-memory copies) are for "
                          "the gpu_contraction pipeline";
  bool cpu = pipeline == LoweringPipeline::CPULoops ||
             pipeline == LoweringPipeline::CPUParallel;
  if (!cpu && !panel.empty())
    return emitError() << "panel tile sizes are for the CPU pipelines";
  if (pipeline != LoweringPipeline::GPUThreads &&
      pipeline != LoweringPipeline::GPUContraction && !thread.empty())
    return emitError() << "thread tile sizes are for the gpu_threads and "
                          "gpu_contraction pipelines";
  if (pipeline == LoweringPipeline::GPUThreads &&
      thread.size() != workgroup.size())
    return emitError() << "gpu_threads needs a thread tile size per loop ("
                       << workgroup.size() << "), got " << thread.size();
  if (pipeline == LoweringPipeline::GPUThreads && !thread.empty() &&
      llvm::all_of(thread, [](int64_t s) { return s == 0; }))
    return emitError() << "gpu_threads needs a nonzero thread tile size";
  if (pipeline == LoweringPipeline::GPUContraction) {
    if (thread.size() != 2 || reduction.size() != 1)
      return emitError() << "gpu_contraction needs thread = [rows, cols] and "
                            "reduction = [k]";
    if (llvm::is_contained(thread, 0) || reduction[0] == 0)
      return emitError() << "gpu_contraction's thread and reduction sizes "
                            "must be positive";
  } else if (!reduction.empty()) {
    return emitError() << "reduction steps are for the gpu_contraction "
                          "pipeline";
  }
  if ((!warp.empty() || !mma.empty()) &&
      pipeline != LoweringPipeline::GPUContraction)
    return emitError() << "warp and mma tiles are for the gpu_contraction "
                          "pipeline";
  if (warp.empty() != mma.empty())
    return emitError() << "tensor-core tiles need both warp = [rows, cols] "
                          "and mma = [m, n, k]";
  if (!mma.empty()) {
    if (mma != ArrayRef<int64_t>{16, 8, 8})
      return emitError() << "mma must be [16, 8, 8] (TF32 mma.sync), got ["
                         << mma << "]";
    if (warp.size() != 2 || warp[0] % mma[0] != 0 || warp[1] % mma[1] != 0 ||
        warp[0] == 0 || warp[1] == 0)
      return emitError() << "warp = [rows, cols] must be positive multiples "
                            "of mma's m and n ("
                         << mma[0] << ", " << mma[1] << "), got [" << warp
                         << "]";
  }
  if (pipeline == LoweringPipeline::GPURows && vectorWidth < 1)
    return emitError() << "gpu_rows needs a vector_width of at least 1";
  return success();
}
