//===- AllReduce.h - gpu.all_reduce on the GPU and in the emulation -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CONVERSION_GPU_ALLREDUCE_H
#define FUSE_CONVERSION_GPU_ALLREDUCE_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace fusion {

/// For the emulation, where the threads of a block run one after another:
/// replaces `reduce` (a uniform gpu.all_reduce with a built-in operation, in
/// the body of a 1-D scf.forall on buffers mapped to GPU threads, with a
/// static trip count from 0 by 1) by splitting the forall there. A copy of
/// the forall runs the ops before the reduction and stores each thread's
/// value into a buffer of one element per thread; the buffer is reduced
/// (vector.reduction); the original forall then runs with that result in
/// place of the reduction, its ops before it again (so they may only read
/// memory, or write buffers they allocate). Fails, changing nothing,
/// otherwise, with the reason on the rewriter's listener.
LogicalResult splitForallAtAllReduce(RewriterBase &rewriter,
                                     gpu::AllReduceOp reduce);

/// Registers a model of bufferization's BufferDeallocationOpInterface for
/// gpu.all_reduce (scalars in, a scalar out: nothing to deallocate), so
/// that row-reduction kernels, which hold one between bufferization and
/// their mapping to threads, pass the ownership-based deallocation.
void registerAllReduceBufferDeallocationModel(DialectRegistry &registry);

} // namespace fusion
} // namespace mlir

#endif // FUSE_CONVERSION_GPU_ALLREDUCE_H
