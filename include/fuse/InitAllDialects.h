//===- InitAllDialects.h - Register fuse's dialects ----------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_INITALLDIALECTS_H
#define FUSE_INITALLDIALECTS_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace fuse {

/// Adds every dialect defined by fuse to `registry`.
void registerAllDialects(mlir::DialectRegistry &registry);

/// Adds every upstream dialect, extension and LLVM IR translation interface
/// (CPU and GPU) plus fuse's dialects: what `fuse-opt` and `fuse-run` load.
void registerAllDialectsAndExtensions(mlir::DialectRegistry &registry);

} // namespace fuse

#endif // FUSE_INITALLDIALECTS_H
