//===- ReasonListener.h - Capture notifyMatchFailure reasons ------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Private to lib/Transforms: the passes call the public fuse...() entry
// points with a rewriter carrying this listener, so that a refusal's
// notifyMatchFailure reason becomes the text of the pass's remark.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_LIB_TRANSFORMS_REASONLISTENER_H
#define FUSE_LIB_TRANSFORMS_REASONLISTENER_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir {
namespace fusion {

/// Records the reason of the last match failure.
struct ReasonListener : RewriterBase::Listener {
  std::string reason;
  void
  notifyMatchFailure(Location loc,
                     function_ref<void(Diagnostic &)> reasonCallback) override {
    Diagnostic diag(loc, DiagnosticSeverity::Remark);
    reasonCallback(diag);
    reason = diag.str();
  }
};

} // namespace fusion
} // namespace mlir

#endif // FUSE_LIB_TRANSFORMS_REASONLISTENER_H
