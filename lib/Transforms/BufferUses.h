//===- BufferUses.h - What is done with a buffer ------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Private to lib/Transforms: fusion-hoist-loop-buffers and
// fusion-plan-buffers move or share a buffer only when every use reads or
// writes its elements.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_LIB_TRANSFORMS_BUFFERUSES_H
#define FUSE_LIB_TRANSFORMS_BUFFERUSES_H

#include "mlir/IR/Value.h"
#include "mlir/Support/LLVM.h"

namespace mlir {
namespace fusion {

/// Whether the buffer `value` (or a view of it) may be used other than by
/// reads and writes of its elements: only views (followed), structured
/// (linalg) ops, copies and the memref and vector loads, stores and
/// transfers of its elements are known not to keep it; anything else (a
/// yield, a call, a dealloc, a cast to a pointer, a tensor of it) counts as
/// passing it on. `ignored` (e.g. the buffer's dealloc) is not looked at.
/// The ops that read or write its elements (not the views) are appended to
/// `accesses` if given (incomplete when it escapes).
bool bufferEscapes(Value value, Operation *ignored = nullptr,
                   SmallVectorImpl<Operation *> *accesses = nullptr);

} // namespace fusion
} // namespace mlir

#endif // FUSE_LIB_TRANSFORMS_BUFFERUSES_H
