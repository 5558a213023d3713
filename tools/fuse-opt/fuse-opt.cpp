//===- fuse-opt.cpp - The fuse optimizer driver ---------------------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// An mlir-opt with every upstream dialect, extension, pass and translation
// interface, plus the fusion dialect, its passes and its pipelines.
//
// Unlike mlir-opt, the input is verified by `verifyFusionInput` (as
// `fusion-verify-input{verify-ir=true}`) before the pipeline runs, instead
// of by the parser: it rejects with an error what some upstream verifiers
// crash on, then runs the verifier (same messages, same exit code).
//
//===----------------------------------------------------------------------===//

#include "fuse/InitAllDialects.h"
#include "fuse/Dialect/Fusion/IR/FusionDialect.h"
#include "fuse/InitAllPasses.h"
#include "fuse/Transforms/Passes.h"
#include "fuse/Transforms/Transforms.h"
#include "fuse/Version.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

namespace {
/// Verifies the unverified input (`verifyFusionInput` with the verifier),
/// then runs `pipeline` on it. (A textual --pass-pipeline replaces the pass
/// manager's passes, so the check cannot simply be the first of them.)
/// Registered, with the pipeline as a textual option, so that crash
/// reproducers that name it run again.
class VerifyThenRunPass
    : public mlir::PassWrapper<VerifyThenRunPass, mlir::OperationPass<>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(VerifyThenRunPass)

  VerifyThenRunPass() = default;
  explicit VerifyThenRunPass(const mlir::OpPassManager &pm) {
    std::string text;
    llvm::raw_string_ostream os(text);
    pm.printAsTextualPipeline(os);
    pipelineText = text;
  }
  VerifyThenRunPass(const VerifyThenRunPass &other) : PassWrapper(other) {}

  llvm::StringRef getArgument() const override {
    return "fuse-opt-verify-then-run";
  }
  llvm::StringRef getName() const override { return "FuseOptVerifyThenRun"; }
  llvm::StringRef getDescription() const override {
    return "fusion-verify-input{verify-ir=true} on unverified input, then "
           "`pipeline` (how fuse-opt runs the command line's passes)";
  }
  void getDependentDialects(mlir::DialectRegistry &registry) const override {
    // The fusion dialect's canonicalization patterns guard upstream ones.
    registry.insert<mlir::fusion::FusionDialect>();
    if (mlir::OpPassManager *pm = getPipeline())
      pm->getDependentDialects(registry);
  }
  void runOnOperation() override {
    mlir::OpPassManager *pm = getPipeline();
    if (!pm) {
      getOperation()->emitError("fuse-opt-verify-then-run: cannot parse "
                                "pipeline '")
          << pipelineText << "'";
      return signalPassFailure();
    }
    if (failed(mlir::fusion::verifyFusionInput(getOperation(),
                                               /*runVerifier=*/true)) ||
        failed(runPipeline(*pm, getOperation())))
      signalPassFailure();
  }

private:
  /// The pipeline, parsed from its text once; null if it does not parse.
  mlir::OpPassManager *getPipeline() const {
    if (!parsed) {
      parsed = true;
      std::string error;
      llvm::raw_string_ostream os(error);
      mlir::FailureOr<mlir::OpPassManager> pm =
          mlir::parsePassPipeline(pipelineText, os);
      if (succeeded(pm))
        pipeline = std::make_unique<mlir::OpPassManager>(std::move(*pm));
    }
    return pipeline.get();
  }

  Option<std::string> pipelineText{
      *this, "pipeline",
      llvm::cl::desc("The anchored pipeline to run after verification, e.g. "
                     "builtin.module(canonicalize)")};
  mutable bool parsed = false;
  mutable std::unique_ptr<mlir::OpPassManager> pipeline;
};
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  mlir::PassRegistration<VerifyThenRunPass>();
  mlir::registerAllPasses();
  fuse::registerAllPasses();

  mlir::DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);

  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &os) {
    os << "fuse version " FUSE_VERSION_STRING
          " (built against LLVM/MLIR " FUSE_LLVM_VERSION_STRING ")\n";
  });

  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "fuse optimizer driver: fusion dialect and passes\n",
      registry);
  mlir::MlirOptMainConfig config =
      mlir::MlirOptMainConfig::createFromCLOptions();
  if (config.shouldShowDialects()) {
    llvm::outs() << "Available Dialects: ";
    llvm::interleave(registry.getDialectNames(), llvm::outs(), ",");
    llvm::outs() << "\n";
    return EXIT_SUCCESS;
  }
  if (config.shouldListPasses()) {
    mlir::printRegisteredPasses();
    return EXIT_SUCCESS;
  }
  // With --no-implicit-module the top op may be one no pass can run on:
  // verified while parsing then, as in mlir-opt.
  if (config.shouldVerifyOnParsing() && !config.shouldUseExplicitModule()) {
    // Verified by verifyFusionInput instead, which guards the verifiers that
    // crash on some input, before the pipeline the command line asks for.
    mlir::MlirOptMainConfig cliConfig = config;
    config.verifyOnParsing(false);
    config.setPassPipelineSetupFn(
        [cliConfig](mlir::PassManager &pm) -> llvm::LogicalResult {
          if (failed(cliConfig.setupPassPipeline(pm)))
            return llvm::failure();
          auto pass = std::make_unique<VerifyThenRunPass>(pm);
          pm.clear();
          pm.addPass(std::move(pass));
          return llvm::success();
        });
  }

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::openInputFile(inputFilename, &errorMessage);
  if (!input) {
    llvm::errs() << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  {
    // Text that crashes the parser is an error before it is parsed.
    llvm::SourceMgr hazards;
    unsigned id = hazards.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBuffer(input->getMemBufferRef(),
                                         /*RequiresNullTerminator=*/false),
        llvm::SMLoc());
    if (failed(mlir::fusion::checkParserHazards(hazards, id)))
      return EXIT_FAILURE;
  }
  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  if (failed(mlir::MlirOptMain(output->os(), std::move(input), registry,
                               config)))
    return EXIT_FAILURE;
  output->keep();
  return EXIT_SUCCESS;
}
