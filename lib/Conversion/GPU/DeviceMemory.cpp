//===- DeviceMemory.cpp - Host code of GPU programs on device memory -----===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// fuse's GPU memory model (docs/gpu.md, "Memory model"): arguments and
// results are device buffers, intermediates are device allocations,
// constants are uploaded once by the runtime, and host code never touches
// device memory. The passes here put the host side on device memory
// (fusion-gpu-device-buffers), check the model statically
// (fusion-gpu-check-kernel-operands) and, in the emulation, at run time
// (fusion-gpu-check-kernel-pointers), keep a call's work on one stream
// without waiting for it (fusion-gpu-defer-sync), and read constants from
// their uploaded copies (fusion-gpu-upload-constants).
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/DeviceMemory.h"
#include "fuse/Conversion/Passes.h"
#include "fuse/Dialect/Fusion/Utils/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Transforms/RegionUtils.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONGPUDEVICEBUFFERSPASS
#define GEN_PASS_DEF_FUSIONGPUCHECKKERNELOPERANDSPASS
#define GEN_PASS_DEF_FUSIONGPUSTACKBUFFERSPASS
#define GEN_PASS_DEF_FUSIONGPUDEFERSYNCPASS
#define GEN_PASS_DEF_FUSIONGPUUPLOADCONSTANTSPASS
#define GEN_PASS_DEF_FUSIONGPUCHECKKERNELPOINTERSPASS
#include "fuse/Conversion/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

//===----------------------------------------------------------------------===//
// Kernels
//===----------------------------------------------------------------------===//

bool mlir::fusion::isKernel(Operation *op) {
  if (isa<gpu::LaunchOp, gpu::LaunchFuncOp>(op))
    return true;
  return isa<scf::ForallOp, scf::ParallelOp>(op) && !isInKernel(op);
}

bool mlir::fusion::isInKernel(Operation *op) {
  for (Operation *parent = op->getParentOp(); parent;
       parent = parent->getParentOp())
    if (isa<gpu::GPUModuleOp>(parent) || isKernel(parent))
      return true;
  return false;
}

/// Whether `func` is the library function that the lowering of
/// `bufferization.dealloc` calls (upstream names it so): host code on host
/// bookkeeping buffers (base pointers as indices, ownership flags), outside
/// the memory model.
static bool isDeallocationHelper(FunctionOpInterface func) {
  return func && func.getName() == "dealloc_helper" && func.isPrivate();
}

static bool callsDeallocationHelper(Operation *op) {
  auto call = dyn_cast<func::CallOp>(op);
  return call && call.getCallee() == "dealloc_helper";
}

/// Why the buffer `root` is not device memory, or "" if it is: a function
/// argument, a `gpu.alloc` or a constant global.
static std::string whyNotDeviceMemory(Value root) {
  if (auto arg = dyn_cast<BlockArgument>(root)) {
    if (arg.getOwner()->isEntryBlock() &&
        isa_and_nonnull<FunctionOpInterface>(arg.getOwner()->getParentOp()))
      return "";
    return "a block argument of host code, which is not provably device "
           "memory";
  }
  Operation *def = root.getDefiningOp();
  // A call's results are device buffers by the calling convention.
  if (isa<gpu::AllocOp, CallOpInterface>(def))
    return "";
  if (auto global = dyn_cast<memref::GetGlobalOp>(def)) {
    auto symbol = SymbolTable::lookupNearestSymbolFrom<memref::GlobalOp>(
        def, global.getNameAttr());
    if (symbol && symbol.getConstant())
      return "";
    return "a mutable global, which lives in host memory";
  }
  if (isa<memref::AllocaOp>(def))
    return "on the host stack (memref.alloca)";
  if (isa<memref::AllocOp>(def))
    return "host memory (memref.alloc)";
  return "not provably device memory (made by " +
         def->getName().getStringRef().str() + ")";
}

/// Whether `value` is a buffer in device memory (through views).
static bool isDeviceBuffer(Value value) {
  return isa<BaseMemRefType>(value.getType()) &&
         whyNotDeviceMemory(getRootBuffer(value)).empty();
}

/// Whether `op` reads or writes `value`, a buffer in device memory.
static bool accessesDeviceBuffer(MemoryEffectOpInterface op, Value value) {
  return isDeviceBuffer(value) &&
         (op.getEffectOnValue<MemoryEffects::Read>(value) ||
          op.getEffectOnValue<MemoryEffects::Write>(value));
}

/// Whether `pred` holds for a user of `buffer` or of a view of it.
static bool anyUserThroughViews(Value buffer,
                                function_ref<bool(Operation *)> pred) {
  SmallVector<Value> worklist{buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (auto view = dyn_cast<ViewLikeOpInterface>(user);
          view && view.getViewSource() == value) {
        llvm::append_range(worklist, user->getResults());
        continue;
      }
      if (pred(user))
        return true;
    }
  }
  return false;
}

/// How diagnostics name `kernel`.
static std::string describeKernel(Operation *kernel) {
  if (auto launch = dyn_cast<gpu::LaunchFuncOp>(kernel))
    return "kernel @" + launch.getKernelModuleName().str() + "::@" +
           launch.getKernelName().str();
  auto func = kernel->getParentOfType<FunctionOpInterface>();
  std::string name;
  llvm::raw_string_ostream os(name);
  os << "kernel (" << kernel->getName() << ") in @"
     << (func ? func.getName() : StringRef("?"));
  return name;
}

/// The buffers host code hands to `kernel`, with their argument numbers: a
/// launch's memref operands (numbered among all its kernel operands), or the
/// memrefs a loop kernel uses from above.
static SmallVector<std::pair<unsigned, Value>>
getKernelBuffers(Operation *kernel) {
  SmallVector<Value> operands;
  if (auto launch = dyn_cast<gpu::LaunchFuncOp>(kernel)) {
    llvm::append_range(operands, launch.getKernelOperands());
  } else {
    llvm::SetVector<Value> captured;
    for (Region &region : kernel->getRegions())
      getUsedValuesDefinedAbove(region, captured);
    llvm::append_range(operands, captured);
    llvm::erase_if(operands,
                   [](Value v) { return !isa<BaseMemRefType>(v.getType()); });
  }
  SmallVector<std::pair<unsigned, Value>> buffers;
  for (auto [index, operand] : llvm::enumerate(operands))
    if (isa<BaseMemRefType>(operand.getType()))
      buffers.push_back({static_cast<unsigned>(index), operand});
  return buffers;
}

LogicalResult mlir::fusion::checkKernelOperands(Operation *root) {
  bool failed = false;
  root->walk([&](Operation *op) {
    if (isInKernel(op) || isa<gpu::GPUModuleOp>(op) ||
        isDeallocationHelper(op->getParentOfType<FunctionOpInterface>()))
      return;
    if (isKernel(op)) {
      for (auto [index, buffer] : getKernelBuffers(op)) {
        Value rootBuffer = getRootBuffer(buffer);
        std::string why = whyNotDeviceMemory(rootBuffer);
        if (why.empty())
          continue;
        failed = true;
        InFlightDiagnostic diag = op->emitError()
                                  << describeKernel(op) << " argument #"
                                  << index << " is " << why;
        if (Operation *def = rootBuffer.getDefiningOp())
          diag.attachNote(def->getLoc()) << "the buffer is defined here";
      }
      return;
    }
    // Host code may allocate, view, copy with the runtime and launch; it
    // may not read or write device memory itself.
    if (isa_and_nonnull<gpu::GPUDialect>(op->getDialect()) ||
        isa<ViewLikeOpInterface>(op))
      return;
    // Nor may a host function (a declaration, e.g. printMemrefF32) get it:
    // functions of the module follow the calling convention, others do not.
    if (auto call = dyn_cast<func::CallOp>(op)) {
      auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
          op, call.getCalleeAttr());
      if (!callee || !callee.isExternal())
        return;
      for (OpOperand &operand : op->getOpOperands()) {
        if (!isDeviceBuffer(operand.get()))
          continue;
        failed = true;
        op->emitError() << "host function @" << call.getCallee()
                        << " receives device memory (operand #"
                        << operand.getOperandNumber()
                        << "); download it to a host buffer first";
        break;
      }
      return;
    }
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects)
      return;
    for (OpOperand &operand : op->getOpOperands()) {
      if (!accessesDeviceBuffer(effects, operand.get()))
        continue;
      failed = true;
      op->emitError() << "host code accesses device memory (operand #"
                      << operand.getOperandNumber()
                      << "); only kernels may read or write it";
      break;
    }
  });
  return success(!failed);
}

//===----------------------------------------------------------------------===//
// fusion-gpu-device-buffers
//===----------------------------------------------------------------------===//

/// Whether `op` (or an op nested in it) reads or writes device memory.
static bool accessesDeviceMemory(Operation *op) {
  WalkResult result = op->walk([](Operation *nested) {
    auto effects = dyn_cast<MemoryEffectOpInterface>(nested);
    if (effects && llvm::any_of(nested->getOperands(), [&](Value operand) {
          return accessesDeviceBuffer(effects, operand);
        }))
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return result.wasInterrupted();
}

/// Whether the buffer of `alloc` (or a view of it) reaches device code or the
/// caller: a kernel, a gpu op, a copy or linalg op (which become kernels), a
/// call or a return. Host-only scratch (e.g. the ownership flags that the
/// deallocation pipeline keeps) stays in host memory.
static bool reachesDevice(memref::AllocOp alloc) {
  return anyUserThroughViews(alloc.getResult(), [](Operation *user) {
    return isInKernel(user) || isKernel(user) ||
           isa_and_nonnull<gpu::GPUDialect>(user->getDialect()) ||
           isa<memref::CopyOp, linalg::LinalgOp>(user) ||
           (isa<CallOpInterface>(user) && !callsDeallocationHelper(user)) ||
           user->hasTrait<OpTrait::ReturnLike>();
  });
}

/// Moves host ops that read device memory, and the pure ops computing with
/// what they read, into the kernels that use their results: a kernel whose
/// block and thread loops had one iteration each was folded away by the
/// canonicalizer around its body, which left its loads and arithmetic in
/// host code and its stores in kernels of one thread (a tensor of 4
/// floats: one vector of one thread; a kernel of two results: two). Bottom
/// up in each block: an op that is pure or only reads device memory (of
/// function arguments or allocations: buffers whose aliases are known),
/// whose users are all in kernels after it in the block, with nothing up
/// to the last of them writing what it reads (only fresh allocations it
/// does not read may be written), nor any of those kernels unless it has
/// one thread, moves to the start of the last kernel's body, with a copy
/// at the start of each other one (a run-time epsilon read on the host
/// moves into the kernel that uses it).
static void sinkDeviceReadsIntoKernels(RewriterBase &rewriter,
                                       func::FuncOp func) {
  auto isFresh = [](Value root) {
    return root &&
           isa_and_nonnull<memref::AllocOp, memref::AllocaOp, gpu::AllocOp>(
               root.getDefiningOp());
  };
  // A buffer whose aliases are known: an argument of the function, or an
  // allocation in it.
  auto isKnownRoot = [&](Value root) {
    if (auto arg = dyn_cast_or_null<BlockArgument>(root))
      return arg.getOwner()->isEntryBlock() &&
             arg.getOwner()->getParentOp() == func.getOperation();
    return isFresh(root);
  };
  // A kernel of one thread (what the canonicalizer leaves of a kernel of
  // one block of one thread, wrapped above): a read moved to its start runs
  // before its writes, as it did on the host.
  auto isOneThreadKernel = [](Operation *kernel) {
    auto loop = dyn_cast<scf::ParallelOp>(kernel);
    if (!loop)
      return false;
    for (auto [lb, ub, step] : llvm::zip(
             loop.getLowerBound(), loop.getUpperBound(), loop.getStep())) {
      std::optional<int64_t> l = getConstantIntValue(lb),
                             u = getConstantIntValue(ub),
                             st = getConstantIntValue(step);
      if (!l || !u || !st || *st <= 0 || *u - *l > *st)
        return false;
    }
    return true;
  };
  for (Block &block : func.getBody()) {
    SmallVector<Operation *> ops;
    for (Operation &op : block)
      ops.push_back(&op);
    for (Operation *op : llvm::reverse(ops)) {
      if (isKernel(op) || op->use_empty() || op->getNumRegions() != 0 ||
          op->hasTrait<OpTrait::IsTerminator>() ||
          op->hasTrait<OpTrait::ConstantLike>())
        continue;
      // Pure ops and reads of device memory; nothing that makes a buffer
      // (a memref.get_global of a host global stays on the host).
      bool readsOnly = isMemoryEffectFree(op);
      if (!readsOnly)
        if (auto effects = dyn_cast<MemoryEffectOpInterface>(op))
          readsOnly = effects.onlyHasEffect<MemoryEffects::Read>() &&
                      accessesDeviceMemory(op);
      if (!readsOnly || llvm::any_of(op->getResultTypes(), [](Type type) {
            return isa<BaseMemRefType>(type);
          }))
        continue;
      // The kernels holding the users (a multi-result kernel folded into
      // one kernel per result: several), all after `op`.
      llvm::SetVector<Operation *> kernels;
      bool inKernels = true;
      for (Operation *user : op->getUsers()) {
        Operation *ancestor = block.findAncestorOpInBlock(*user);
        inKernels &= ancestor &&
                     (isKernel(ancestor) || isa<gpu::LaunchOp>(ancestor)) &&
                     ancestor != user && op->isBeforeInBlock(ancestor);
        kernels.insert(ancestor);
      }
      if (!inKernels || kernels.empty())
        continue;
      Operation *last = kernels.front();
      for (Operation *kernel : kernels)
        if (last->isBeforeInBlock(kernel))
          last = kernel;
      // Nothing up to the last kernel writes what `op` reads: what is in
      // between allocates, or writes only fresh allocations other than
      // those `op` reads.
      SmallVector<Value> reads;
      bool knownReads = true;
      for (Value operand : op->getOperands()) {
        if (!isa<BaseMemRefType>(operand.getType()))
          continue;
        Value root = getRootBuffer(operand);
        knownReads &= isKnownRoot(root);
        reads.push_back(root);
      }
      bool unchanged = knownReads;
      // Whether `region` writes no buffer `op` reads (only fresh
      // allocations it does not read).
      auto keepsReads = [&](Operation *region) {
        bool keeps = true;
        region->walk([&](Operation *nested) {
          // Synchronization and block reductions write no buffer.
          if (isMemoryEffectFree(nested) ||
              isa<gpu::BarrierOp, gpu::AllReduceOp>(nested))
            return;
          auto effects = dyn_cast<MemoryEffectOpInterface>(nested);
          if (!effects) {
            keeps &= nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>();
            return;
          }
          SmallVector<MemoryEffects::EffectInstance> list;
          effects.getEffects(list);
          for (const MemoryEffects::EffectInstance &effect : list) {
            if (!isa<MemoryEffects::Write, MemoryEffects::Free>(
                    effect.getEffect()))
              continue;
            Value root =
                effect.getValue() ? getRootBuffer(effect.getValue()) : Value();
            keeps &= isFresh(root) && !llvm::is_contained(reads, root);
          }
        });
        return keeps;
      };
      for (Operation *between = op->getNextNode(); unchanged && between != last;
           between = between->getNextNode())
        unchanged &= keepsReads(between);
      // In a kernel of several threads, one thread's read may follow
      // another's write: the kernel must not write what `op` reads.
      for (Operation *kernel : kernels)
        unchanged &= isOneThreadKernel(kernel) || keepsReads(kernel);
      if (!unchanged)
        continue;
      // Into each kernel (a copy for each but the last).
      for (Operation *kernel : kernels) {
        if (kernel == last)
          continue;
        rewriter.setInsertionPointToStart(&kernel->getRegion(0).front());
        Operation *copy = rewriter.clone(*op);
        rewriter.replaceUsesWithIf(
            op->getResults(), copy->getResults(),
            [&](OpOperand &use) { return kernel->isAncestor(use.getOwner()); });
      }
      Block &lastBody = last->getRegion(0).front();
      rewriter.moveOpBefore(op, &lastBody, lastBody.begin());
    }
  }
}

/// Wraps `op` in a kernel of one thread (a one-iteration `scf.parallel`).
static void wrapInSingleThreadKernel(RewriterBase &rewriter, Operation *op) {
  Location loc = op->getLoc();
  rewriter.setInsertionPoint(op);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  auto kernel = scf::ParallelOp::create(rewriter, loc, ValueRange{zero},
                                        ValueRange{one}, ValueRange{one});
  rewriter.moveOpBefore(op, kernel.getBody()->getTerminator());
}

/// Whether `type` is one contiguous range starting at its base pointer:
/// upstream's lowering of `gpu.memcpy` ignores the memref's offset
/// (llvm-project PR 115687), so a view at an offset must not use it.
static bool isMemcpyable(MemRefType type) {
  if (!memref::isStaticShapeAndContiguousRowMajor(type))
    return false;
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(type.getStridesAndOffset(strides, offset)) && offset == 0;
}

/// `buffer`, one contiguous range at offset 0 (isMemcpyable), as a memref of
/// identity layout (reinterpreted if needed), which is what upstream's
/// `gpu.memcpy` lowering takes.
static Value castToIdentityLayout(RewriterBase &rewriter, Location loc,
                                  Value buffer) {
  auto type = cast<MemRefType>(buffer.getType());
  if (type.getLayout().isIdentity())
    return buffer;
  auto identity =
      MemRefType::get(type.getShape(), type.getElementType(),
                      MemRefLayoutAttrInterface(), type.getMemorySpace());
  // Not a memref.cast: gpu.memcpy folds casts into its operands.
  // The range is contiguous, so its row-major strides (size-1 dims may have
  // any stride in `type`) address the same elements.
  SmallVector<int64_t> strides = computeSuffixProduct(type.getShape());
  return memref::ReinterpretCastOp::create(rewriter, loc, identity, buffer,
                                           /*offset=*/0, type.getShape(),
                                           strides);
}

/// Threads per block of the copy kernels.
static constexpr int64_t kCopyThreads = 256;

/// A copy as a kernel: blocks of 256 threads, one element each, in the
/// order of the elements of `target` (parallel loops that the GPU pipeline
/// maps to blocks and threads).
static void createCopyKernel(RewriterBase &rewriter, Location loc, Value source,
                             Value target) {
  auto type = cast<MemRefType>(target.getType());
  SmallVector<OpFoldResult> sizes =
      memref::getMixedSizes(rewriter, loc, target);
  AffineExpr product = rewriter.getAffineConstantExpr(1);
  SmallVector<OpFoldResult> operands;
  for (auto [i, size] : llvm::enumerate(sizes)) {
    product = product * rewriter.getAffineSymbolExpr(i);
    operands.push_back(size);
  }
  OpFoldResult count = affine::makeComposedFoldedAffineApply(
      rewriter, loc, AffineMap::get(0, sizes.size(), product), operands);
  Value countValue = getValueOrCreateConstantIndexOp(rewriter, loc, count);
  Value blocks = getValueOrCreateConstantIndexOp(
      rewriter, loc,
      affine::makeComposedFoldedAffineApply(
          rewriter, loc, rewriter.getAffineSymbolExpr(0).ceilDiv(kCopyThreads),
          {count}));
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  Value threads = arith::ConstantIndexOp::create(rewriter, loc, kCopyThreads);
  scf::ParallelOp::create(
      rewriter, loc, ValueRange{zero}, ValueRange{blocks}, ValueRange{one},
      [&](OpBuilder &b, Location loc, ValueRange block) {
        scf::ParallelOp::create(
            b, loc, ValueRange{zero}, ValueRange{threads}, ValueRange{one},
            [&](OpBuilder &b, Location loc, ValueRange thread) {
              Value linear = affine::AffineApplyOp::create(
                  b, loc,
                  AffineMap::get(2, 0,
                                 b.getAffineDimExpr(0) * kCopyThreads +
                                     b.getAffineDimExpr(1)),
                  ValueRange{block[0], thread[0]});
              Value inBounds = arith::CmpIOp::create(
                  b, loc, arith::CmpIPredicate::ult, linear, countValue);
              scf::IfOp::create(
                  b, loc, inBounds, [&](OpBuilder &b, Location loc) {
                    SmallVector<Value> indices;
                    if (type.getRank() == 0) {
                      // A single element.
                    } else if (type.getRank() == 1) {
                      indices.push_back(linear);
                    } else {
                      auto delinearize =
                          affine::AffineDelinearizeIndexOp::create(
                              b, loc, linear, sizes, /*hasOuterBound=*/true);
                      llvm::append_range(indices, delinearize.getResults());
                    }
                    Value value =
                        memref::LoadOp::create(b, loc, source, indices);
                    memref::StoreOp::create(b, loc, value, target, indices);
                    scf::YieldOp::create(b, loc);
                  });
              scf::ReduceOp::create(b, loc);
            });
        scf::ReduceOp::create(b, loc);
      });
}

void mlir::fusion::placeHostBuffersOnDevice(RewriterBase &rewriter,
                                            func::FuncOp func) {
  if (isDeallocationHelper(func))
    return;
  SmallVector<Operation *> hostOps;
  DenseSet<Value> hostOnly;
  func.walk([&](Operation *op) {
    if (isInKernel(op) || isKernel(op))
      return;
    hostOps.push_back(op);
    if (auto alloc = dyn_cast<memref::AllocOp>(op);
        alloc && !reachesDevice(alloc))
      hostOnly.insert(alloc.getResult());
  });
  for (Operation *op : hostOps) {
    rewriter.setInsertionPoint(op);
    Location loc = op->getLoc();
    if (auto alloc = dyn_cast<memref::AllocOp>(op);
        alloc && !hostOnly.contains(alloc.getResult())) {
      auto device = gpu::AllocOp::create(
          rewriter, loc, alloc.getType(), /*asyncToken=*/Type(),
          /*asyncDependencies=*/ValueRange{}, alloc.getDynamicSizes(),
          alloc.getSymbolOperands(), /*hostShared=*/false);
      rewriter.replaceOp(alloc, device.getMemref());
      continue;
    }
    if (auto dealloc = dyn_cast<memref::DeallocOp>(op);
        dealloc && !hostOnly.contains(getRootBuffer(dealloc.getMemref()))) {
      gpu::DeallocOp::create(rewriter, loc, /*asyncToken=*/Type(), ValueRange{},
                             dealloc.getMemref());
      rewriter.eraseOp(dealloc);
      continue;
    }
    // Copies: one memcpy where the driver can do it, else a kernel.
    Value source, target;
    if (auto copy = dyn_cast<memref::CopyOp>(op)) {
      source = copy.getSource();
      target = copy.getTarget();
    } else if (auto copy = dyn_cast<linalg::CopyOp>(op);
               copy && copy.hasPureBufferSemantics()) {
      source = copy.getInputs().front();
      target = copy.getOutputs().front();
    }
    // Only copies between ranked buffers of one element type (a linalg.copy
    // may convert; that one becomes parallel loops below).
    auto sourceType = source ? dyn_cast<MemRefType>(source.getType()) : nullptr;
    auto targetType = target ? dyn_cast<MemRefType>(target.getType()) : nullptr;
    if (sourceType && targetType &&
        sourceType.getElementType() == targetType.getElementType()) {
      if (isMemcpyable(sourceType) && isMemcpyable(targetType))
        gpu::MemcpyOp::create(rewriter, loc, /*asyncToken=*/Type(),
                              ValueRange{},
                              castToIdentityLayout(rewriter, loc, target),
                              castToIdentityLayout(rewriter, loc, source));
      else
        createCopyKernel(rewriter, loc, source, target);
      rewriter.eraseOp(op);
      continue;
    }
    // Any other linalg op on buffers outside every kernel: parallel loops,
    // which the GPU pipeline maps to blocks (one thread if it has no
    // parallel loop, e.g. a full reduction).
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (linalgOp && linalgOp.hasPureBufferSemantics() &&
        linalgOp.getNumParallelLoops() > 0 &&
        succeeded(linalg::linalgOpToParallelLoops(rewriter, linalgOp)))
      rewriter.eraseOp(op);
  }
  // What is left of host code on buffers (loops of a group that has no
  // parallel loop to tile, such as a dot product; a fill of a scalar
  // buffer): a kernel of one thread each, unless it produces a value host
  // code uses (fusion-gpu-check-kernel-operands then reports it).
  for (Block &block : func.getBody()) {
    for (Operation &op : llvm::make_early_inc_range(block)) {
      if (isKernel(&op) || op.hasTrait<OpTrait::IsTerminator>() ||
          isa_and_nonnull<gpu::GPUDialect>(op.getDialect()) ||
          isa<ViewLikeOpInterface, memref::AllocOp, memref::AllocaOp,
              memref::DeallocOp, CallOpInterface>(op) ||
          !op.use_empty() || !accessesDeviceMemory(&op))
        continue;
      wrapInSingleThreadKernel(rewriter, &op);
    }
  }
  // Then the reads whose values those kernels use.
  sinkDeviceReadsIntoKernels(rewriter, func);
}

namespace {
struct FusionGPUDeviceBuffersPass
    : fusion::impl::FusionGPUDeviceBuffersPassBase<FusionGPUDeviceBuffersPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    placeHostBuffersOnDevice(rewriter, getOperation());
  }
};

//===----------------------------------------------------------------------===//
// fusion-gpu-stack-buffers
//===----------------------------------------------------------------------===//

/// Whether the buffer of `alloc` (or a view of it) leaves the region it is
/// allocated in: returned, yielded or passed to a terminator.
static bool leavesRegion(memref::AllocOp alloc) {
  return anyUserThroughViews(alloc.getResult(), [](Operation *user) {
    return user->hasTrait<OpTrait::IsTerminator>();
  });
}

struct FusionGPUStackBuffersPass
    : fusion::impl::FusionGPUStackBuffersPassBase<FusionGPUStackBuffersPass> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<memref::AllocOp> allocs;
    getOperation().walk([&](memref::AllocOp alloc) {
      MemRefType type = alloc.getType();
      Type element = type.getElementType();
      // A buffer in another memory space (a kernel's shared memory) is not
      // a thread's temporary.
      if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
          type.getMemorySpace() || !element.isIntOrIndexOrFloat() ||
          !(isInKernel(alloc) ? kernels : host) || leavesRegion(alloc))
        return;
      // At most 1 KB (checked per element: the product may overflow).
      uint64_t bits = DataLayout::closest(alloc).getTypeSizeInBits(element);
      uint64_t limit = 1024 * 8;
      if (bits != 0 &&
          static_cast<uint64_t>(type.getNumElements()) <= limit / bits)
        allocs.push_back(alloc);
    });
    IRRewriter rewriter(&getContext());
    for (memref::AllocOp alloc : allocs) {
      rewriter.setInsertionPoint(alloc);
      rewriter.replaceOpWithNewOp<memref::AllocaOp>(alloc, alloc.getType(),
                                                    alloc.getAlignmentAttr());
    }
  }
};

struct FusionGPUCheckKernelOperandsPass
    : fusion::impl::FusionGPUCheckKernelOperandsPassBase<
          FusionGPUCheckKernelOperandsPass> {
  void runOnOperation() override {
    if (failed(checkKernelOperands(getOperation())))
      signalPassFailure();
  }
};

//===----------------------------------------------------------------------===//
// fusion-gpu-defer-sync
//===----------------------------------------------------------------------===//

struct FusionGPUDeferSyncPass
    : fusion::impl::FusionGPUDeferSyncPassBase<FusionGPUDeferSyncPass> {
  void runOnOperation() override {
    getOperation().walk([](func::ReturnOp ret) {
      auto wait = dyn_cast_or_null<gpu::WaitOp>(ret->getPrevNode());
      if (wait && !wait.getAsyncToken())
        wait.erase();
    });
  }
};

//===----------------------------------------------------------------------===//
// fusion-gpu-upload-constants
//===----------------------------------------------------------------------===//

/// Whether `addr` is the address of a buffer the program's kernels read (a
/// lowered `memref.global`), not of one that host functions get: a constant
/// whose address (through GEPs) is passed to a call, such as a string for
/// printf or the kernel names of fusion-gpu-check-kernel-pointers, stays on
/// the host.
static bool isBufferAddress(LLVM::AddressOfOp addr) {
  SmallVector<Value> worklist{addr.getResult()};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (isa<LLVM::GEPOp>(user))
        worklist.push_back(user->getResult(0));
      else if (isa<CallOpInterface>(user))
        return false;
    }
  }
  return true;
}

struct FusionGPUUploadConstantsPass
    : fusion::impl::FusionGPUUploadConstantsPassBase<
          FusionGPUUploadConstantsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    auto i64 = IntegerType::get(ctx, 64);
    DataLayout layout(module);
    OpBuilder builder(ctx);
    LLVM::LLVMFuncOp upload;
    for (auto func : module.getOps<LLVM::LLVMFuncOp>()) {
      if (func.isExternal())
        continue;
      // One call per global and function, at its entry.
      llvm::MapVector<StringAttr, SmallVector<LLVM::AddressOfOp>> uses;
      func.walk([&](LLVM::AddressOfOp addr) {
        auto global = dyn_cast_or_null<LLVM::GlobalOp>(
            SymbolTable::lookupNearestSymbolFrom(addr,
                                                 addr.getGlobalNameAttr()));
        if (global && global.getConstant() && global.getValueAttr() &&
            isBufferAddress(addr))
          uses[addr.getGlobalNameAttr().getAttr()].push_back(addr);
      });
      if (uses.empty())
        continue;
      if (!upload) {
        builder.setInsertionPointToEnd(module.getBody());
        upload = module.lookupSymbol<LLVM::LLVMFuncOp>("fuseGpuConstant");
        if (!upload)
          upload = LLVM::LLVMFuncOp::create(
              builder, module.getLoc(), "fuseGpuConstant",
              LLVM::LLVMFunctionType::get(ptrType, {ptrType, i64}));
      }
      Block &entry = func.getBody().front();
      builder.setInsertionPointToStart(&entry);
      for (auto &[name, addrs] : uses) {
        auto global =
            SymbolTable::lookupNearestSymbolFrom<LLVM::GlobalOp>(func, name);
        Location loc = addrs.front().getLoc();
        Value host = LLVM::AddressOfOp::create(builder, loc, global);
        Value bytes = LLVM::ConstantOp::create(
            builder, loc, i64,
            static_cast<int64_t>(layout.getTypeSize(global.getGlobalType())));
        Value device =
            LLVM::CallOp::create(builder, loc, upload, ValueRange{host, bytes})
                .getResult();
        for (LLVM::AddressOfOp addr : addrs) {
          addr.getResult().replaceAllUsesWith(device);
          addr.erase();
        }
      }
    }
  }
};

//===----------------------------------------------------------------------===//
// fusion-gpu-check-kernel-pointers
//===----------------------------------------------------------------------===//

struct FusionGPUCheckKernelPointersPass
    : fusion::impl::FusionGPUCheckKernelPointersPassBase<
          FusionGPUCheckKernelPointersPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    OpBuilder builder(ctx);
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    auto i64 = IntegerType::get(ctx, 64);
    auto indexType = IndexType::get(ctx);
    StringRef checkName = "fuseGpuCheckKernelPointer";
    auto functionType = builder.getFunctionType({ptrType, i64, indexType}, {});
    SmallVector<Operation *> kernels;
    module.walk([&](Operation *op) {
      if (isKernel(op) && !isa<gpu::LaunchFuncOp>(op))
        kernels.push_back(op);
    });
    if (kernels.empty())
      return;
    if (!module.lookupSymbol(checkName)) {
      builder.setInsertionPointToEnd(module.getBody());
      func::FuncOp::create(builder, module.getLoc(), checkName, functionType)
          .setPrivate();
    }
    unsigned count = 0;
    for (Operation *kernel : kernels) {
      auto buffers = getKernelBuffers(kernel);
      if (buffers.empty())
        continue;
      builder.setInsertionPoint(kernel);
      Location loc = kernel->getLoc();
      Value name = LLVM::createGlobalString(
          loc, builder, ("__fuse_kernel_name_" + Twine(count++)).str(),
          StringRef(describeKernel(kernel) + '\0'), LLVM::Linkage::Private);
      for (auto [index, buffer] : buffers) {
        Value argIndex = arith::ConstantOp::create(
            builder, loc, builder.getI64IntegerAttr(index));
        Value pointer = memref::ExtractAlignedPointerAsIndexOp::create(
            builder, loc, buffer);
        func::CallOp::create(builder, loc, checkName, TypeRange{},
                             ValueRange{name, argIndex, pointer});
      }
    }
  }
};
} // namespace
