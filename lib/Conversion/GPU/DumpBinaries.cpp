//===- DumpBinaries.cpp - GPU binaries to files -------------------*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#include "fuse/Conversion/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir {
namespace fusion {
#define GEN_PASS_DEF_FUSIONDUMPGPUBINARIESPASS
#include "fuse/Conversion/Passes.h.inc"
} // namespace fusion
} // namespace mlir

using namespace mlir;
using namespace mlir::fusion;

namespace {
struct FusionDumpGPUBinariesPass
    : fusion::impl::FusionDumpGPUBinariesPassBase<FusionDumpGPUBinariesPass> {
  using Base::Base;
  void runOnOperation() override {
    if (dir.empty())
      return;
    if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
      getOperation().emitError("cannot create '")
          << dir << "': " << ec.message();
      return signalPassFailure();
    }
    getOperation().walk([&](gpu::BinaryOp binary) {
      for (auto [i, attr] : llvm::enumerate(binary.getObjects())) {
        auto object = cast<gpu::ObjectAttr>(attr);
        StringRef ext;
        switch (object.getFormat()) {
        case gpu::CompilationTarget::Assembly:
          ext = "ptx";
          break;
        case gpu::CompilationTarget::Binary:
          ext = "cubin";
          break;
        case gpu::CompilationTarget::Fatbin:
          ext = "fatbin";
          break;
        case gpu::CompilationTarget::Offload:
          ext = "ll";
          break;
        }
        SmallString<128> path(dir);
        std::string name = binary.getSymName().str();
        if (binary.getObjects().size() > 1)
          name += "." + std::to_string(i);
        llvm::sys::path::append(path, name + "." + ext);
        std::error_code ec;
        llvm::raw_fd_ostream os(path, ec);
        if (ec) {
          binary.emitError("cannot write '") << path << "': " << ec.message();
          return signalPassFailure();
        }
        os << object.getObject().getValue();
      }
    });
  }
};
} // namespace
