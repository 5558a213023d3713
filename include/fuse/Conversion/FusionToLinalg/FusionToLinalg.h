//===- FusionToLinalg.h - Lower the fusion dialect to linalg ------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CONVERSION_FUSIONTOLINALG_FUSIONTOLINALG_H
#define FUSE_CONVERSION_FUSIONTOLINALG_FUSIONTOLINALG_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class RewritePatternSet;

namespace fusion {

/// Adds patterns that inline the strategy ops (`fusion.early`, `fusion.late`,
/// `fusion.hybrid`) in dataflow order.
void populateFusionInlineStrategiesPatterns(RewritePatternSet &patterns);

/// Adds patterns that lower the combiners and `fusion.batch_norm` to
/// linalg / tensor / arith / math on tensors.
void populateFusionToLinalgConversionPatterns(RewritePatternSet &patterns);

/// Linalg ops that upstream defines by a decomposition
/// (`linalg::AggregatedOpInterface`: `linalg.softmax`), on tensors, become
/// the ops of that decomposition (for softmax: a max reduction, the exp of
/// the difference, a sum reduction, a division), which fuse groups and
/// lowers like a frontend's own softmax.
void populateDecomposeAggregatedOpsPatterns(RewritePatternSet &patterns);

} // namespace fusion
} // namespace mlir

#endif // FUSE_CONVERSION_FUSIONTOLINALG_FUSIONTOLINALG_H
