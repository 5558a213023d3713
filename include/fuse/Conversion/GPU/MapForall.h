//===- MapForall.h - scf.forall blocks and threads to gpu.launch -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CONVERSION_GPU_MAPFORALL_H
#define FUSE_CONVERSION_GPU_MAPFORALL_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace fusion {

/// Replaces `blockForall` (an scf.forall on buffers mapped to GPU blocks,
/// with static bounds) by a gpu.launch of one block per iteration (the
/// linear block id delinearized over the forall's loops) and as many
/// threads as its largest nested forall mapped to threads has iterations.
/// The nested foralls become thread-id code, each followed by a barrier
/// (upstream's mapNestedForallToThreadsImpl); buffers allocated in the
/// workgroup memory space become the launch's workgroup attributions.
FailureOr<gpu::LaunchOp> mapForallToGPULaunch(RewriterBase &rewriter,
                                              scf::ForallOp blockForall);

} // namespace fusion
} // namespace mlir

#endif // FUSE_CONVERSION_GPU_MAPFORALL_H
