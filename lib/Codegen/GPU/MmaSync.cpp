//===- MmaSync.cpp - Warp tiles of contractions on tensor cores -----------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// A contraction kernel with tensor-core tiles (lowering config `mma`)
// computes each warp's tile of the product as vector.contract ops of one
// TF32 mma.sync each (unrollToMmaTiles, marked kMmaSyncAttrName). On the
// GPU, fusion-gpu-mma-sync (convertWarpTilesToMmaSync) makes them
// nvgpu.mma.sync, distributing them over the lanes on upstream's fragment
// layouts (each lane's fragments loaded from memory, the accumulators
// carried by the reduction loop in registers), and rounds the f32 operands
// to TF32 (cvt.rna.tf32.f32). The emulation keeps the
// warp-level contractions, run by one emulated thread per warp, and
// fusion-gpu-emulate-tf32 rounds their operands the same way, so that it
// computes what the tensor cores compute up to the order of the sums.
//
//===----------------------------------------------------------------------===//

#include "fuse/Codegen/Codegen.h"
#include "fuse/Codegen/Passes.h"

#include "mlir/Conversion/VectorToGPU/VectorToGPU.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/NVGPU/Utils/MMAUtils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "fusion-gpu-mma-sync"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUMMASYNCPASS
#define GEN_PASS_DEF_FUSIONGPUEMULATETF32PASS
#include "fuse/Codegen/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

/// Replaces the uses of `value` by `users` with `round(value)`, built once
/// after its definition (or at the start of its block).
static void replaceWithRounded(RewriterBase &rewriter, Value value,
                               ArrayRef<Operation *> users,
                               function_ref<Value(OpBuilder &, Value)> round) {
  OpBuilder::InsertionGuard guard(rewriter);
  if (Operation *def = value.getDefiningOp())
    rewriter.setInsertionPointAfter(def);
  else
    rewriter.setInsertionPointToStart(cast<BlockArgument>(value).getOwner());
  Value rounded = round(rewriter, value);
  rewriter.replaceUsesWithIf(value, rounded, [&](OpOperand &use) {
    return llvm::is_contained(users, use.getOwner());
  });
}

/// Rounds the operands `operandNumbers` of `ops` (each value once) with
/// `round`.
template <typename OpTy>
static void roundOperands(RewriterBase &rewriter, ArrayRef<OpTy> ops,
                          ArrayRef<unsigned> operandNumbers,
                          function_ref<Value(OpBuilder &, Value)> round) {
  llvm::MapVector<Value, SmallVector<Operation *>> users;
  for (OpTy op : ops)
    for (unsigned i : operandNumbers)
      users[op->getOperand(i)].push_back(op);
  for (auto &[value, owners] : users)
    replaceWithRounded(rewriter, value, owners, round);
}

Value mlir::fusion::roundToTF32(OpBuilder &builder, Location loc, Value value) {
  auto type = cast<VectorType>(value.getType());
  Type i32 = builder.getI32Type();
  VectorType intType = type.clone(i32);
  auto splat = [&](Type t, Attribute attr) {
    return arith::ConstantOp::create(
        builder, loc, DenseElementsAttr::get(cast<ShapedType>(t), attr));
  };
  // Round to nearest, ties away from zero, on the magnitude's bits (what
  // cvt.rna.tf32.f32 does): add half of the dropped 13 bits, clear them.
  Value bits = arith::BitcastOp::create(builder, loc, intType, value);
  Value half = splat(intType, builder.getI32IntegerAttr(1 << 12));
  Value mask = splat(intType, builder.getI32IntegerAttr(~((1 << 13) - 1)));
  Value sum = arith::AddIOp::create(builder, loc, bits, half);
  Value cleared = arith::AndIOp::create(builder, loc, sum, mask);
  Value rounded = arith::BitcastOp::create(builder, loc, type, cleared);
  // NaN stays NaN (its payload bits may be the dropped ones only).
  Value isNaN = arith::CmpFOp::create(builder, loc, arith::CmpFPredicate::UNO,
                                      value, value);
  return arith::SelectOp::create(builder, loc, isNaN, value, rounded);
}

namespace {
/// Distributes the marked warp tiles of one kernel over the warp's lanes:
/// each vector of a warp tile (an operand read, a contraction's result, an
/// accumulator carried by a loop) gets the lane's fragment, as
/// nvgpu.mma.sync takes it (upstream's fragment layouts:
/// nvgpu::getLaneIdAndValueIdToOperandCoord). Upstream's
/// convertVectorToNVVMCompatibleMMASync does the same but takes into its
/// slice index ops on the block ids (LLVM 22), so this is fuse's own, on
/// upstream's layouts.
class MmaSyncDistributor {
public:
  explicit MmaSyncDistributor(RewriterBase &rewriter) : rewriter(rewriter) {}

  LogicalResult run(gpu::LaunchOp launch) {
    // The loops' accumulators first (in program order: an accumulator
    // carried by an outer loop into an inner one is not supported), then
    // the contractions.
    SmallVector<scf::ForOp> forOps;
    launch.getBody().walk<WalkOrder::PreOrder>(
        [&](scf::ForOp loop) { forOps.push_back(loop); });
    for (scf::ForOp loop : forOps)
      if (failed(extendLoop(loop)))
        return failure();
    SmallVector<vector::ContractionOp> contracts;
    launch.getBody().walk(
        [&](vector::ContractionOp contract) { contracts.push_back(contract); });
    for (vector::ContractionOp contract : contracts)
      if (failed(convertContract(contract)))
        return failure();
    // The loops yield the new fragments; the old accumulators their
    // iteration's value (dead, for the canonicalizer).
    for (auto &entry : loops) {
      scf::ForOp loop = entry.first;
      auto yield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
      for (std::pair<unsigned, unsigned> pair : entry.second) {
        unsigned oldIndex = pair.first, newIndex = pair.second;
        Value fragment = mapping.lookup(yield.getOperand(oldIndex));
        if (!fragment)
          return loop.emitError("a tensor-core accumulator is not yielded "
                                "by an mma.sync tile");
        rewriter.modifyOpInPlace(yield, [&] {
          yield.setOperand(newIndex, fragment);
          yield.setOperand(oldIndex, loop.getRegionIterArgs()[oldIndex]);
        });
      }
    }
    // The results written back: each lane its elements.
    SmallVector<vector::TransferWriteOp> writes;
    launch.getBody().walk([&](vector::TransferWriteOp write) {
      if (mapping.count(write.getVector()))
        writes.push_back(write);
    });
    for (vector::TransferWriteOp write : writes)
      if (failed(convertWrite(write)))
        return failure();
    // The warp-level ops, now unused (uses before definitions).
    SmallVector<Operation *> warpOps;
    launch.getBody().walk([&](Operation *op) {
      if (isa<vector::ContractionOp, vector::TransferReadOp>(op))
        warpOps.push_back(op);
    });
    for (Operation *op : llvm::reverse(warpOps))
      if (op->use_empty())
        rewriter.eraseOp(op);
    // What is left would run per lane on the whole warp's tile, or read
    // an accumulator the loop no longer carries: an error.
    for (auto &entry : loops)
      for (std::pair<unsigned, unsigned> pair : entry.second)
        if (!entry.first.getResult(pair.first).use_empty())
          return entry.first.emitError(
              "a tensor-core accumulator is used after its loop other than "
              "by a vector.transfer_write");
    WalkResult left =
        launch.getBody().walk([&](vector::ContractionOp contract) {
          contract.emitError("this mma.sync tile's result is used other "
                             "than by mma.sync tiles and "
                             "vector.transfer_write");
          return WalkResult::interrupt();
        });
    return failure(left.wasInterrupted());
  }

private:
  /// The lane's fragment of the warp vector `value`, built where `value`
  /// is defined (a transfer_read) or already mapped.
  FailureOr<Value> getFragment(Value value) {
    if (Value mapped = mapping.lookup(value))
      return mapped;
    auto read = value.getDefiningOp<vector::TransferReadOp>();
    if (!read || read.getMask() || read.hasOutOfBoundsDim() ||
        read.getVectorType().getRank() != 2 ||
        read.getPermutationMap().getNumResults() != 2 ||
        !read.getPermutationMap().isProjectedPermutation())
      return emitError(value.getLoc(), "a tensor-core operand is not a 2-D "
                                       "in-bounds vector.transfer_read");
    FailureOr<nvgpu::WarpMatrixInfo> info = nvgpu::getWarpMatrixInfo(read);
    if (failed(info))
      return read.emitError("no mma.sync fragment for this read");
    FailureOr<nvgpu::FragmentElementInfo> regs =
        nvgpu::getMmaSyncRegisterType(*info);
    if (failed(regs))
      return read.emitError("no mma.sync registers for this read");
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPoint(read);
    Location loc = read.getLoc();
    FailureOr<AffineMap> coords =
        nvgpu::getLaneIdAndValueIdToOperandCoord(rewriter, loc, *info);
    if (failed(coords))
      return read.emitError("no mma.sync layout for this read");
    VectorType type = getFragmentType(*regs);
    Value lane = gpu::LaneIdOp::create(rewriter, loc, /*upper_bound=*/nullptr);
    // A from shared memory: one ldmatrix (x4) per fragment, each lane
    // giving the address of one 16-byte row of an 8x4 f32 block (the
    // padded rows keep them 16-byte aligned and on different banks).
    auto memref = dyn_cast<MemRefType>(read.getBase().getType());
    if (info->operandRole == nvgpu::MatMulOperandRole::A &&
        read.getPermutationMap().isMinorIdentity() && memref &&
        nvgpu::NVGPUDialect::hasSharedMemoryAddressSpace(memref) &&
        nvgpu::inferTileWidthInBits(*info) == 128) {
      FailureOr<nvgpu::LdMatrixParams> params =
          nvgpu::getLdMatrixParams(*info, /*transpose=*/false);
      FailureOr<AffineMap> rows =
          failed(params)
              ? FailureOr<AffineMap>(failure())
              : nvgpu::getLaneIdToLdMatrixMatrixCoord(rewriter, loc, *params);
      if (succeeded(rows)) {
        SmallVector<Value> indices = getIndices(read, *rows, {lane});
        Value fragment = nvgpu::LdMatrixOp::create(
            rewriter, loc, type, read.getBase(), indices, /*transpose=*/false,
            params->numTiles);
        mapping[value] = fragment;
        return fragment;
      }
    }
    Value fragment = arith::ConstantOp::create(rewriter, loc, type,
                                               rewriter.getZeroAttr(type));
    for (int64_t r = 0; r < type.getDimSize(0); ++r) {
      for (int64_t e = 0; e < type.getDimSize(1); ++e) {
        Value id = arith::ConstantIndexOp::create(rewriter, loc,
                                                  r * type.getDimSize(1) + e);
        SmallVector<Value> indices = getIndices(read, *coords, {lane, id});
        Value element =
            memref::LoadOp::create(rewriter, loc, read.getBase(), indices);
        fragment = vector::InsertOp::create(rewriter, loc, element, fragment,
                                            ArrayRef<int64_t>{r, e});
      }
    }
    mapping[value] = fragment;
    return fragment;
  }

  /// The memory indices of the transfer `op` offset by `coords` (of
  /// `coordOperands`: the lane, and the fragment's element where it takes
  /// one) along the dims its permutation map places the rows and columns
  /// of the fragment's matrix on.
  template <typename TransferOp>
  SmallVector<Value> getIndices(TransferOp op, AffineMap coords,
                                ArrayRef<Value> coordOperands) {
    Location loc = op.getLoc();
    SmallVector<Value> indices(op.getIndices());
    AffineMap perm = op.getPermutationMap();
    MLIRContext *ctx = rewriter.getContext();
    unsigned n = coords.getNumDims();
    for (unsigned r = 0; r < 2; ++r) {
      unsigned dim = perm.getDimPosition(r);
      // base + coords_r(operands)
      AffineMap map = AffineMap::get(
          n + 1, 0, getAffineDimExpr(n, ctx) + coords.getResult(r), ctx);
      SmallVector<OpFoldResult> operands(coordOperands.begin(),
                                         coordOperands.end());
      operands.push_back(indices[dim]);
      indices[dim] =
          affine::makeComposedAffineApply(rewriter, loc, map, operands)
              .getResult();
    }
    return indices;
  }

  static VectorType getFragmentType(const nvgpu::FragmentElementInfo &regs) {
    Type element = regs.registerLLVMType;
    if (auto vector = dyn_cast<VectorType>(element))
      element = vector.getElementType();
    return VectorType::get(
        {regs.numRegistersPerFragment, regs.elementsPerRegister}, element);
  }

  /// Adds a fragment iter_arg to `loop` for each of its vector iter_args
  /// that a marked contraction accumulates into.
  LogicalResult extendLoop(scf::ForOp loop) {
    SmallVector<unsigned> accumulators;
    for (BlockArgument arg : loop.getRegionIterArgs())
      if (llvm::any_of(arg.getUsers(), [&](Operation *user) {
            auto contract = dyn_cast<vector::ContractionOp>(user);
            return contract && contract->hasAttr(kMmaSyncAttrName) &&
                   contract.getAcc() == arg;
          }))
        accumulators.push_back(arg.getArgNumber() - loop.getNumInductionVars());
    if (accumulators.empty())
      return success();
    SmallVector<Value> inits;
    for (unsigned i : accumulators) {
      FailureOr<Value> init = getFragment(loop.getInitArgs()[i]);
      if (failed(init))
        return failure();
      inits.push_back(*init);
    }
    unsigned oldCount = loop.getNumRegionIterArgs();
    FailureOr<LoopLikeOpInterface> extended =
        cast<LoopLikeOpInterface>(loop.getOperation())
            .replaceWithAdditionalYields(
                rewriter, inits, /*replaceInitOperandUsesInLoop=*/false,
                [](OpBuilder &, Location, ArrayRef<BlockArgument> args) {
                  return SmallVector<Value>(args.begin(), args.end());
                });
    if (failed(extended))
      return loop.emitError("could not carry the mma.sync fragments");
    auto newLoop = cast<scf::ForOp>(extended->getOperation());
    SmallVector<std::pair<unsigned, unsigned>> pairs;
    for (auto [n, i] : llvm::enumerate(accumulators)) {
      unsigned newIndex = oldCount + n;
      mapping[newLoop.getRegionIterArgs()[i]] =
          newLoop.getRegionIterArgs()[newIndex];
      mapping[newLoop.getResult(i)] = newLoop.getResult(newIndex);
      pairs.push_back({i, newIndex});
    }
    loops.push_back({newLoop, pairs});
    return success();
  }

  LogicalResult convertContract(vector::ContractionOp contract) {
    if (!contract->hasAttr(kMmaSyncAttrName))
      return contract.emitError("a contraction kernel on tensor cores has a "
                                "vector.contract that is not an mma.sync "
                                "tile");
    // In the (m, k) x (n, k) -> (m, n) form (16x8x8 f32 sums: checked
    // before the preparation).
    MLIRContext *ctx = contract.getContext();
    AffineExpr m, n, k;
    bindDims(ctx, m, n, k);
    if (contract.getIndexingMapsArray() !=
        AffineMap::inferFromExprList(
            ArrayRef<ArrayRef<AffineExpr>>{{m, k}, {n, k}, {m, n}}, ctx))
      return contract.emitError("an mma.sync tile is not in the (m, k) x "
                                "(n, k) -> (m, n) form");
    FailureOr<Value> a = getFragment(contract.getLhs());
    if (failed(a))
      return failure();
    FailureOr<Value> b = getFragment(contract.getRhs());
    if (failed(b))
      return failure();
    FailureOr<Value> c = getFragment(contract.getAcc());
    if (failed(c))
      return failure();
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPoint(contract);
    auto mma = nvgpu::MmaSyncOp::create(rewriter, contract.getLoc(), *a, *b, *c,
                                        ArrayRef<int64_t>{kMmaM, kMmaN, kMmaK},
                                        /*tf32Enabled=*/true);
    mapping[contract.getResult()] = mma.getResult();
    return success();
  }

  LogicalResult convertWrite(vector::TransferWriteOp write) {
    if (write.getMask() || write.hasOutOfBoundsDim() ||
        !write.getPermutationMap().isMinorIdentity() ||
        write.getVectorType().getRank() != 2)
      return write.emitError("a tensor-core result is not written by a 2-D "
                             "in-bounds vector.transfer_write");
    Value fragment = mapping.lookup(write.getVector());
    FailureOr<nvgpu::WarpMatrixInfo> info = nvgpu::getWarpMatrixInfo(write);
    if (failed(info) || info->operandRole != nvgpu::MatMulOperandRole::C)
      return write.emitError("writes an mma.sync operand that is not an "
                             "accumulator");
    FailureOr<nvgpu::FragmentElementInfo> regs =
        nvgpu::getMmaSyncRegisterType(*info);
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPoint(write);
    Location loc = write.getLoc();
    FailureOr<AffineMap> coords =
        nvgpu::getLaneIdAndValueIdToOperandCoord(rewriter, loc, *info);
    if (failed(regs) || failed(coords))
      return write.emitError("no mma.sync layout for this write");
    VectorType type = getFragmentType(*regs);
    if (cast<VectorType>(fragment.getType()) != type)
      return write.emitError("the written fragment has another layout");
    Value lane = gpu::LaneIdOp::create(rewriter, loc, /*upper_bound=*/nullptr);
    for (int64_t r = 0; r < type.getDimSize(0); ++r)
      for (int64_t e = 0; e < type.getDimSize(1); ++e) {
        Value id = arith::ConstantIndexOp::create(rewriter, loc,
                                                  r * type.getDimSize(1) + e);
        SmallVector<Value> indices = getIndices(write, *coords, {lane, id});
        Value element = vector::ExtractOp::create(rewriter, loc, fragment,
                                                  ArrayRef<int64_t>{r, e});
        memref::StoreOp::create(rewriter, loc, element, write.getBase(),
                                indices);
      }
    rewriter.eraseOp(write);
    return success();
  }

  RewriterBase &rewriter;
  /// Warp vector -> the lane's fragment.
  DenseMap<Value, Value> mapping;
  /// The loops given fragment iter_args: (old index, new index) pairs.
  SmallVector<std::pair<scf::ForOp, SmallVector<std::pair<unsigned, unsigned>>>>
      loops;
};
} // namespace

LogicalResult mlir::fusion::convertWarpTilesToMmaSync(RewriterBase &rewriter,
                                                      gpu::LaunchOp launch) {
  bool marked = false;
  launch.getBody().walk([&](vector::ContractionOp contract) {
    marked |= contract->hasAttr(kMmaSyncAttrName);
  });
  if (!marked)
    return success();
  // Every contraction of the kernel is a warp tile: a sum of f32 products
  // of 16x8x8 (checked before the preparation below, which rewrites them
  // all, unmarked and as sums).
  WalkResult invalid =
      launch.getBody().walk([&](vector::ContractionOp contract) {
        if (!contract->hasAttr(kMmaSyncAttrName)) {
          contract.emitError("a contraction kernel on tensor cores has a "
                             "vector.contract that is not an mma.sync tile");
          return WalkResult::interrupt();
        }
        SmallVector<int64_t> bounds;
        contract.getIterationBounds(bounds);
        SmallVector<vector::IteratorType> iterators =
            contract.getIteratorTypesArray();
        if (contract.getKind() != vector::CombiningKind::ADD ||
            bounds != SmallVector<int64_t>{kMmaM, kMmaN, kMmaK} ||
            iterators[2] != vector::IteratorType::reduction ||
            !contract.getLhsType().getElementType().isF32() ||
            !contract.getRhsType().getElementType().isF32() ||
            !getElementTypeOrSelf(contract.getAccType()).isF32()) {
          contract.emitError("an mma.sync tile must be a sum of f32 "
                             "products of (16, 8, 8)");
          return WalkResult::interrupt();
        }
        return WalkResult::advance();
      });
  if (invalid.wasInterrupted())
    return failure();
  // (m, k) x (n, k) operands, the transpose folded into the read of the
  // second (upstream's form for mma.sync), then each lane's fragments and
  // nvgpu.mma.sync.
  MLIRContext *ctx = rewriter.getContext();
  RewritePatternSet prepare(ctx);
  populatePrepareVectorToMMAPatterns(prepare, /*useNvGpu=*/true);
  if (failed(applyPatternsGreedily(launch, std::move(prepare))))
    return failure();
  launch.getBody().walk([&](vector::ContractionOp contract) {
    contract->setAttr(kMmaSyncAttrName, rewriter.getUnitAttr());
  });
  if (failed(MmaSyncDistributor(rewriter).run(launch)))
    return failure();
  // The operands rounded to nearest (cvt.rna.tf32.f32), each fragment
  // once: without it the tensor cores would take the f32 bits and drop the
  // low 13.
  SmallVector<nvgpu::MmaSyncOp> mmas;
  launch.getBody().walk([&](nvgpu::MmaSyncOp mma) {
    if (mma.getTf32Enabled())
      mmas.push_back(mma);
  });
  roundOperands<nvgpu::MmaSyncOp>(
      rewriter, mmas, {0, 1}, [](OpBuilder &b, Value v) -> Value {
        Location loc = v.getLoc();
        auto type = cast<VectorType>(v.getType());
        SmallVector<int64_t> strides = computeStrides(type.getShape());
        Value result = v;
        for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
          SmallVector<int64_t> pos = delinearize(i, strides);
          Value x = vector::ExtractOp::create(b, loc, result, pos);
          auto cvt = NVVM::ConvertFloatToTF32Op::create(
              b, loc, b.getI32Type(), x, NVVM::FPRoundingMode::RNA,
              NVVM::SaturationMode::NONE, /*relu=*/false);
          Value f = arith::BitcastOp::create(b, loc, b.getF32Type(), cvt);
          result = vector::InsertOp::create(b, loc, f, result, pos);
        }
        return result;
      });
  LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] " << mmas.size()
                          << " mma.sync in a kernel\n");
  return success();
}

namespace {
struct FusionGPUMmaSyncPass
    : fusion::impl::FusionGPUMmaSyncPassBase<FusionGPUMmaSyncPass> {
  void runOnOperation() override {
    SmallVector<gpu::LaunchOp> launches;
    getOperation()->walk(
        [&](gpu::LaunchOp launch) { launches.push_back(launch); });
    IRRewriter rewriter(&getContext());
    for (gpu::LaunchOp launch : launches)
      if (failed(convertWarpTilesToMmaSync(rewriter, launch)))
        return signalPassFailure();
  }
};

struct FusionGPUEmulateTF32Pass
    : fusion::impl::FusionGPUEmulateTF32PassBase<FusionGPUEmulateTF32Pass> {
  void runOnOperation() override {
    SmallVector<vector::ContractionOp> contracts;
    getOperation()->walk([&](vector::ContractionOp contract) {
      if (contract->hasAttr(kMmaSyncAttrName) &&
          getElementTypeOrSelf(contract.getLhsType()).isF32() &&
          getElementTypeOrSelf(contract.getRhsType()).isF32())
        contracts.push_back(contract);
    });
    IRRewriter rewriter(&getContext());
    roundOperands<vector::ContractionOp>(
        rewriter, contracts, {0, 1},
        [](OpBuilder &b, Value v) { return roundToTF32(b, v.getLoc(), v); });
  }
};
} // namespace
