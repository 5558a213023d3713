//===- InitAllPasses.h - Register fuse's passes and pipelines -----*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_INITALLPASSES_H
#define FUSE_INITALLPASSES_H

namespace fuse {

/// Registers every fuse pass and pass pipeline with the global registry, so
/// that `--pass-pipeline` strings and `fuse-opt` flags can name them.
void registerAllPasses();

} // namespace fuse

#endif // FUSE_INITALLPASSES_H
