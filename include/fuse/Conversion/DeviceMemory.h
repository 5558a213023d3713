//===- DeviceMemory.h - Host code of GPU programs on device memory -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The memory model of fuse's GPU programs: function arguments and results
// are device buffers, intermediates are device allocations (from the
// runtime's caching pool), constants are uploaded once; host code only
// allocates, copies and launches, and never touches device memory itself.
// docs/gpu.md, "Memory model".
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CONVERSION_DEVICEMEMORY_H
#define FUSE_CONVERSION_DEVICEMEMORY_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace fusion {

/// Whether `op` is a kernel: a `gpu.launch` or `gpu.launch_func`, or, before
/// launches are formed (and in fusion-emulate-gpu, where they never are), an
/// `scf.forall` or `scf.parallel` that is not nested in another loop or
/// kernel of its function.
bool isKernel(Operation *op);

/// Whether `op` runs in a kernel (or in a `gpu.module`), not in host code.
bool isInKernel(Operation *op);

/// Puts the host side of `func` on device memory: its `memref.alloc` /
/// `memref.dealloc` become `gpu.alloc` / `gpu.dealloc` (device memory),
/// contiguous `memref.copy` becomes `gpu.memcpy`, and every other host op that
/// computes on buffers (a strided copy, a linalg op left outside the kernels)
/// becomes `scf.parallel` loops, i.e. a kernel of its own. Allocations and
/// copies inside kernels are left alone.
void placeHostBuffersOnDevice(RewriterBase &rewriter, func::FuncOp func);

/// Checks the memory model on `root` (a module): every buffer a kernel
/// receives from host code must be a function argument, a `gpu.alloc`, or a
/// constant `memref.global` (uploaded once by the runtime), possibly through
/// views; host code must not load, store or compute on such a buffer. Emits
/// an error naming the kernel and the argument (with a note at the buffer's
/// definition) for each violation, and fails if there was one.
LogicalResult checkKernelOperands(Operation *root);

} // namespace fusion
} // namespace mlir

#endif // FUSE_CONVERSION_DEVICEMEMORY_H
