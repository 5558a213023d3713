//===- Npy.h - Minimal .npy reader and writer for fuse-run --------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Reads and writes NumPy's .npy format (versions 1.0-3.0), C order, little
// endian, for the dtypes fuse-run supports: <f4, <f8, <i4, <i8.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_TOOLS_FUSE_RUN_NPY_H
#define FUSE_TOOLS_FUSE_RUN_NPY_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fuse {

/// A dense host array: raw little-endian bytes, a NumPy dtype string and a
/// shape.
struct NpyArray {
  std::string dtype; // "<f4", "<f8", "<i4" or "<i8"
  llvm::SmallVector<int64_t> shape;
  std::vector<char> data;

  int64_t numElements() const;
  /// Bytes per element of `dtype`, 0 if unsupported.
  static unsigned elementSize(llvm::StringRef dtype);
};

/// The largest array fuse-run handles (64 GiB); beyond it a shape is an error.
constexpr uint64_t kMaxArrayBytes = uint64_t(64) << 30;

/// Whether `shape` of `elementSize`-byte elements fits in kMaxArrayBytes
/// (computed without overflow).
bool isReasonableShape(llvm::ArrayRef<int64_t> shape, unsigned elementSize);

/// Reads `path`; fails with a message for malformed files, Fortran order,
/// big-endian or unsupported dtypes.
llvm::Expected<NpyArray> readNpy(llvm::StringRef path);

/// Writes `array` to `path` in .npy version 1.0.
llvm::Error writeNpy(llvm::StringRef path, const NpyArray &array);

} // namespace fuse

#endif // FUSE_TOOLS_FUSE_RUN_NPY_H
