//===- Transforms.h - fuse rewrite entry points -------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_TRANSFORMS_TRANSFORMS_H
#define FUSE_TRANSFORMS_TRANSFORMS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace fusion {

/// The widest f32 vector of the host CPU, in elements: 16 with AVX-512, 8
/// with AVX, otherwise 4.
int64_t getHostVectorWidth();

/// Tiles `op` (a linalg op on tensors with static shapes) along its innermost
/// parallel loop by the widest power of two up to `vectorWidth` that divides
/// it, and by 1 along every other loop, and vectorizes the tile.
/// Replaces `op` and returns the values that replaced its results; fails,
/// changing nothing, with a reason given to `rewriter.notifyMatchFailure`.
FailureOr<SmallVector<Value>> tileAndVectorize(RewriterBase &rewriter,
                                               linalg::LinalgOp op,
                                               int64_t vectorWidth);

} // namespace fusion
} // namespace mlir

#endif // FUSE_TRANSFORMS_TRANSFORMS_H
