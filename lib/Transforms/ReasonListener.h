//===- ReasonListener.h - Capture notifyMatchFailure reasons ------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Private to lib/ (Transforms, Codegen): the passes call the
// public fuse...() entry points with a rewriter carrying this listener, so that
// a refusal's notifyMatchFailure reason becomes the text of the pass's remark.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_LIB_TRANSFORMS_REASONLISTENER_H
#define FUSE_LIB_TRANSFORMS_REASONLISTENER_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Remarks.h"
#include "llvm/ADT/SmallPtrSet.h"

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
  /// Ops erased so far (a pass skips candidates that a fold erased).
  llvm::SmallPtrSet<Operation *, 16> erased;
  void notifyOperationErased(Operation *op) override { erased.insert(op); }
};

/// Reports a fusion decision of `pass`: always as a remark diagnostic
/// "[pass] message" (what fuse-opt prints and the tests check), and to MLIR's
/// remark engine as an optimization remark, passed or missed, named `name`
/// in category `pass` (the pass flag), which `--remark-format=yaml
/// --remarks-filter='fusion-.*'` collects (or one pass, by its flag).
inline void reportDecision(Location loc, StringRef pass, StringRef name,
                           bool taken, const std::string &message) {
  emitRemark(loc) << "[" << pass << "] " << message;
  remark::RemarkOpts opts = remark::RemarkOpts::name(name).category(pass);
  if (taken)
    remark::passed(loc, opts) << remark::reason("{0}", message);
  else
    remark::missed(loc, opts) << remark::reason("{0}", message);
}

} // namespace fusion
} // namespace mlir

#endif // FUSE_LIB_TRANSFORMS_REASONLISTENER_H
