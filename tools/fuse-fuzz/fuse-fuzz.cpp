//===- fuse-fuzz.cpp - Mutation fuzzer for fuse's passes and pipelines ----===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// Takes the lit tests as a corpus, mutates their functions (Mutator.h) and
// runs each mutant through one of fuse's passes or pipelines. Anything but a
// result or a diagnostic is a finding: a signal (segfault, abort of an
// `LLVM ERROR`, assertion), an unexpected exit, or a hang past --timeout.
// Each finding is minimized (lines deleted while it still crashes the same
// way) and written to --out with the pipeline that triggers it.
//
// Worker processes each run many inputs in one MLIRContext; the parent
// watches them, and when one dies, it knows which input killed it (shared
// memory), records it and starts another worker.
//
//===----------------------------------------------------------------------===//

#include "Mutator.h"

#include "fuse/InitAllDialects.h"
#include "fuse/InitAllPasses.h"
#include "fuse/Pipelines/Pipelines.h"
#include "fuse/Transforms/Transforms.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mlir;
namespace cl = llvm::cl;

// In a sanitizer build, a report aborts (a signal, which the fuzzer records)
// instead of exit(1); ASAN_OPTIONS / UBSAN_OPTIONS still override these.
extern "C" const char *__asan_default_options() {
  return "abort_on_error=1:detect_leaks=0:detect_container_overflow=0";
}
extern "C" const char *__ubsan_default_options() {
  return "halt_on_error=1:print_stacktrace=1";
}

static cl::OptionCategory fuzzCat("fuse-fuzz options");
static cl::list<std::string> corpusPaths(cl::Positional, cl::ZeroOrMore,
                                         cl::desc("<corpus file or dir>..."),
                                         cl::cat(fuzzCat));
static cl::list<std::string>
    excludes("exclude", cl::CommaSeparated,
             cl::desc("Skip corpus files whose path contains one of these"),
             cl::cat(fuzzCat));
static cl::opt<uint64_t> runs("runs", cl::init(1000),
                              cl::desc("Number of inputs to run"),
                              cl::cat(fuzzCat));
static cl::opt<unsigned> timeBudget(
    "time", cl::init(0),
    cl::desc("Stop starting inputs after this many seconds (0: no limit)"),
    cl::cat(fuzzCat));
static cl::opt<uint64_t> first("first", cl::init(0),
                               cl::desc("Index of the first input (inputs "
                                        "are numbered from the seed)"),
                               cl::cat(fuzzCat));
static cl::opt<uint64_t> seed("seed", cl::init(1), cl::desc("Random seed"),
                              cl::cat(fuzzCat));
static cl::opt<unsigned>
    timeout("timeout", cl::init(30),
            cl::desc("Seconds one input may take before it counts as a hang"),
            cl::cat(fuzzCat));
static cl::opt<unsigned> jobs("jobs", cl::init(2),
                              cl::desc("Worker processes"), cl::cat(fuzzCat));
static cl::opt<unsigned> maxMutations(
    "max-mutations", cl::init(3),
    cl::desc("Most mutations per input (1 in 10 inputs is not mutated; 0: "
             "none is)"),
    cl::cat(fuzzCat));
static cl::opt<std::string>
    outDir("out", cl::init(""),
           cl::desc("Directory for minimized reproducers of the findings"),
           cl::cat(fuzzCat));
static cl::list<std::string>
    onlyPipelines("pipelines", cl::CommaSeparated,
                  cl::desc("Restrict to these pipelines (indices or names "
                           "as --list-pipelines prints them)"),
                  cl::cat(fuzzCat));
static cl::opt<bool> listPipelines("list-pipelines",
                                   cl::desc("Print the pipelines and exit"),
                                   cl::cat(fuzzCat));
static cl::opt<unsigned> memoryLimitMB(
    "memory-limit-mb", cl::init(4096),
    cl::desc("Address-space limit of a worker; exceeding it is 'out of "
             "memory', not a crash"),
    cl::cat(fuzzCat));
static cl::opt<unsigned> recycle(
    "recycle", cl::init(2000),
    cl::desc("A worker is replaced after this many inputs (bounds the "
             "context's memory)"),
    cl::cat(fuzzCat));
static cl::opt<bool> forkPerInput(
    "fork-per-input", cl::init(true),
    cl::desc("Run each input in a process of its own, forked from a worker "
             "that has run nothing: memory an input corrupts without "
             "crashing (e.g. upstream's parser freeing a region that a "
             "forward reference still uses) cannot crash a later input. "
             "false: inputs share a process (faster; such corruption then "
             "surfaces as a crash of a later input)"),
    cl::cat(fuzzCat));
static cl::opt<bool> freshContext(
    "fresh-context",
    cl::desc("A new MLIRContext per input (slower; rules out state carried "
             "between inputs)"),
    cl::cat(fuzzCat));
static cl::opt<bool> minimize("minimize", cl::init(true),
                              cl::desc("Minimize each finding"),
                              cl::cat(fuzzCat));
static cl::opt<bool> selfTest(
    "self-test", cl::Hidden,
    cl::desc("An input containing FUZZ_SELF_TEST_CRASH, _ABORT or _HANG "
             "segfaults, aborts with an LLVM ERROR or hangs (tests the "
             "fuzzer's detection)"),
    cl::cat(fuzzCat));
static cl::opt<int64_t>
    replay("replay", cl::init(-1),
           cl::desc("Run input #N (as the fuzzer made it) in this process "
                    "and print it; for debugging a finding"),
           cl::cat(fuzzCat));

/// Every fuse pass on its own, the passes in the orders the pipelines run
/// them, and the pipelines with their main options.
static const char *const kPipelines[] = {
    "fusion-verify-input",
    "convert-fusion-to-linalg",
    "fusion-fold-batchnorm",
    "fusion-fold-bias",
    "fusion-fuse-elementwise",
    "fusion-fuse-siblings",
    "fusion-fuse-siblings{runtime-weights=true}",
    "fusion-batch-ensembles",
    "fusion-fold-combiners",
    "fusion-eliminate-concat",
    "fusion-conv-to-nhwc",
    "fusion-propagate-transposes",
    "fusion-lower-copies",
    "fusion-constant-globals",
    "fusion-hoist-loop-buffers",
    "fusion-merge-parallel-regions",
    "func.func(fusion-plan-buffers)",
    "fusion-write-in-place",
    "func.func(fusion-parallelize-host-ops{min-elements=1})",
    "fusion-pack-contractions",
    "fusion-pack-contractions,fusion-lower-packs",
    "fusion-form-groups",
    "fusion-lower-groups",
    "fusion-form-groups,fusion-lower-groups",
    "fusion-form-groups,fusion-lower-groups{thread-tiles=true}",
    ("fusion-form-groups,fusion-lower-groups{thread-tiles=true "
     "thread-elements=4}"),
    ("fusion-form-groups,fusion-gpu-merge-row-reductions,fusion-lower-"
     "groups{thread-tiles=true thread-elements=4 row-reductions=true}"),
    // The strategy from a target, then the tiling by config.
    ("fusion-set-target{threads=2 vector-width=8},fusion-form-groups,"
     "fusion-select-lowering-strategy,fusion-lower-groups{select=false}"),
    ("fusion-set-target{backend=gpu},fusion-form-groups,"
     "fusion-select-lowering-strategy{shared-memory-contractions=true "
     "row-reductions=true thread-elements=4},fusion-lower-groups{select="
     "false workgroup-memory=false}"),
    ("fusion-set-target{backend=gpu},fusion-form-groups,"
     "fusion-gpu-prepare-contractions,"
     "fusion-select-lowering-strategy{shared-memory-contractions=true "
     "thread-elements=4},fusion-tile-groups,fusion-gpu-promote-operands{"
     "workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize,"
     "fusion-lower-groups{tile=false}"),
    "fusion-form-groups{singletons=true},fusion-lower-groups{forall=true}",
    "fusion-form-groups,fusion-lower-groups{forall=true threads=4}",
    "fusion-form-groups,fusion-lower-groups{outline=true inner-tile=2}",
    "func.func(fusion-vectorize)",
    "fusion-approximate-math",
    "fusion-approximate-math{bounded=true}",
    "fusion-llvm-target",
    "fusion-check-lowered-to-llvm",
    "fusion-gpu-check-types",
    "fusion-set-target{backend=gpu},fusion-gpu-prepare-contractions",
    "fusion-gpu-pipeline-copies",
    "fusion-gpu-pipeline-copies{async-copies=false}",
    "func.func(fusion-gpu-map-forall)",
    "fusion-gpu-lower-vectors",
    "func.func(fusion-gpu-emulate-all-reduce)",
    "func.func(fusion-gpu-mma-sync)",
    "func.func(fusion-gpu-emulate-tf32)",
    "gpu.module(fusion-gpu-lower-all-reduce)",
    "func.func(fusion-gpu-stack-buffers)",
    "func.func(fusion-gpu-stack-buffers{host=true})",
    "func.func(fusion-gpu-device-buffers)",
    "fusion-gpu-check-kernel-operands",
    "func.func(fusion-gpu-defer-sync)",
    "fusion-gpu-upload-constants",
    "fusion-gpu-check-kernel-pointers",
    "fusion-dump-gpu-binaries",
    "fusion-to-linalg",
    "fusion-to-linalg{fuse=false}",
    "fusion-to-llvm",
    "fusion-to-llvm{fuse=false}",
    "fusion-to-llvm{threads=2}",
    "fusion-to-llvm{vectorize=false groups=false}",
    "fusion-to-nvvm",
    "fusion-to-nvvm{fuse=false shared-memory-contractions=false}",
    "fusion-to-nvvm{row-reductions=false}",
    "fusion-to-nvvm{copy-stages=2}",
    "fusion-to-nvvm{channels-last=false}",
    "fusion-to-nvvm{precision=tf32}",
    "fusion-emulate-gpu",
    "fusion-emulate-gpu{precision=tf32}",
    // Split-K on the fuzzer's small contractions (parts of 16).
    ("fusion-set-target{backend=gpu},fusion-form-groups,"
     "fusion-gpu-prepare-contractions{split-min-part=16},"
     "fusion-select-lowering-strategy{shared-memory-contractions=true "
     "thread-elements=4},fusion-tile-groups,fusion-gpu-promote-operands{"
     "workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize,"
     "fusion-lower-groups{tile=false}"),
    ("fusion-set-target{backend=gpu},fusion-form-groups,"
     "fusion-gpu-prepare-contractions{split-min-part=16},"
     "fusion-select-lowering-strategy{shared-memory-contractions=true "
     "precision=tf32},fusion-tile-groups,fusion-gpu-promote-operands{"
     "workgroup-memory=false},fusion-gpu-tile-threads,fusion-gpu-vectorize,"
     "fusion-lower-groups{tile=false}"),
    // The GPU's thread level one pass at a time, on what the inputs hold
    // (thread-tile marks written by hand among them).
    "fusion-gpu-promote-operands",
    "fusion-gpu-tile-threads",
    "fusion-gpu-vectorize",
    "fusion-divide-by-constant",
    "fusion-split-reductions",
};

namespace {
/// What happened to one input in a worker.
enum Outcome : unsigned {
  Ok,
  ParseError,
  PassError,
  NumOutcomes,
};

/// The exit code of an input's process is this plus its Outcome; any other
/// exit is a finding.
constexpr int kOutcomeExitBase = 100;

/// The Outcome an input's process reported in its exit `code`, or
/// std::nullopt for any other exit (a finding).
static std::optional<Outcome> outcomeOfExitCode(int code) {
  if (code < kOutcomeExitBase ||
      code >= kOutcomeExitBase + static_cast<int>(NumOutcomes))
    return std::nullopt;
  return static_cast<Outcome>(code - kOutcomeExitBase);
}

/// Whether a failed input's stderr says it ran out of memory (the memory
/// limit, not a bug).
static bool ranOutOfMemory(llvm::StringRef stderrText) {
  return stderrText.contains("out of memory") ||
         stderrText.contains("bad_alloc");
}

/// A finding: how an input ended badly.
enum class Finding { Signal, Exit, Hang, OutOfMemory };

/// Per-worker state the parent reads.
struct WorkerSlot {
  std::atomic<int64_t> current;   // the input being run, or -1
  std::atomic<int64_t> startedNs; // when it started
};

/// Shared between the parent and the workers (an anonymous shared mapping).
struct Shared {
  std::atomic<uint64_t> next;
  std::atomic<uint64_t> outcomes[NumOutcomes];
  WorkerSlot slots[64];
};

struct Job {
  std::string text;
  std::string pipeline;
  std::string source; // corpus entry it came from
  std::vector<std::string> mutations;
};

struct Corpus {
  std::vector<std::string> chunks;
  std::vector<std::string> origins; // "file#chunk"
};
} // namespace

static int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

static Corpus loadCorpus() {
  Corpus corpus;
  std::vector<std::string> files;
  for (const std::string &path : corpusPaths) {
    if (!llvm::sys::fs::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::error_code ec;
    for (llvm::sys::fs::recursive_directory_iterator it(path, ec), end;
         it != end && !ec; it.increment(ec))
      if (llvm::sys::path::extension(it->path()) == ".mlir")
        files.push_back(it->path());
  }
  llvm::erase_if(files, [](const std::string &file) {
    return llvm::any_of(excludes, [&](const std::string &part) {
      return llvm::StringRef(file).contains(part);
    });
  });
  llvm::sort(files);
  for (const std::string &file : files) {
    auto buffer = llvm::MemoryBuffer::getFile(file);
    if (!buffer) {
      llvm::errs() << "fuse-fuzz: cannot read " << file << "\n";
      continue;
    }
    std::vector<std::string> chunks =
        fuse::splitCorpusFile((*buffer)->getBuffer());
    for (size_t i = 0; i < chunks.size(); ++i) {
      corpus.chunks.push_back(std::move(chunks[i]));
      corpus.origins.push_back(file + "#" + std::to_string(i));
    }
  }
  return corpus;
}

static std::vector<std::string> selectedPipelines() {
  std::vector<std::string> all(std::begin(kPipelines), std::end(kPipelines));
  if (onlyPipelines.empty())
    return all;
  std::vector<std::string> chosen;
  for (const std::string &name : onlyPipelines) {
    unsigned index;
    if (!llvm::StringRef(name).getAsInteger(10, index) && index < all.size())
      chosen.push_back(all[index]);
    else
      chosen.push_back(name);
  }
  return chosen;
}

/// Input #i: a corpus entry, mutated, and a pipeline; a function of (seed, i)
/// only, so the parent can remake what a worker ran.
static Job makeJob(const Corpus &corpus,
                   const std::vector<std::string> &pipelines, uint64_t i) {
  std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + i);
  auto below = [&](size_t n) {
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
  };
  size_t entry = below(corpus.chunks.size());
  size_t donor = below(corpus.chunks.size());
  Job job;
  job.pipeline = pipelines[below(pipelines.size())];
  job.source = corpus.origins[entry];
  unsigned count =
      maxMutations == 0 || below(10) == 0 ? 0 : 1 + below(maxMutations);
  job.text = fuse::mutate(corpus.chunks[entry], corpus.chunks[donor], count,
                          rng, job.mutations);
  return job;
}

/// Parses `text` and runs `pipeline` on it in `context`, as fuse-opt does:
/// the input is verified by `verifyFusionInput` (which guards the upstream
/// verifiers that crash), not by the parser.
static Outcome runJob(MLIRContext &context, llvm::StringRef text,
                      llvm::StringRef pipeline) {
  if (selfTest) {
    if (text.contains("FUZZ_SELF_TEST_CRASH"))
      raise(SIGSEGV);
    if (text.contains("FUZZ_SELF_TEST_ABORT"))
      llvm::report_fatal_error("fuse-fuzz self-test abort");
    if (text.contains("FUZZ_SELF_TEST_HANG"))
      for (;;)
        pause();
  }
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  sourceMgr->AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz.mlir"), llvm::SMLoc());
  if (failed(
          fusion::checkParserHazards(*sourceMgr, sourceMgr->getMainFileID())))
    return ParseError;
  ParserConfig config(&context, /*verifyAfterParse=*/false);
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, config);
  if (!module ||
      failed(fusion::verifyFusionInput(*module, /*runVerifier=*/true)))
    return ParseError;
  PassManager pm(&context, ModuleOp::getOperationName(),
                 OpPassManager::Nesting::Implicit);
  std::string error;
  llvm::raw_string_ostream errorOs(error);
  if (failed(fusion::parseModulePipeline(pipeline, pm, errorOs))) {
    llvm::errs() << "fuse-fuzz: bad pipeline '" << pipeline << "': " << error
                 << "\n";
    _exit(3);
  }
  if (failed(pm.run(*module)))
    return PassError;
  // The printers of the ops the passes made run too.
  std::string printed;
  llvm::raw_string_ostream os(printed);
  module->print(os);
  return Ok;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FUSE_FUZZ_ASAN 1
#endif
#endif

static void limitMemory() {
#ifdef FUSE_FUZZ_ASAN
  // ASan reserves terabytes of shadow address space: no RLIMIT_AS.
  return;
#endif
  if (memoryLimitMB == 0)
    return;
  rlimit limit;
  limit.rlim_cur = limit.rlim_max = rlim_t(memoryLimitMB) << 20;
  setrlimit(RLIMIT_AS, &limit);
}

/// Workers and input processes end with the fuzzer (Ctrl-C, a cancelled CI
/// job), not run on.
static void dieWithParent() {
#ifdef __linux__
  prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
  if (getppid() == 1)
    _exit(1);
}

/// A fresh context that drops every diagnostic (errors are expected).
static std::unique_ptr<MLIRContext> makeContext(DialectRegistry &registry) {
  auto context = std::make_unique<MLIRContext>(
      registry, MLIRContext::Threading::DISABLED);
  context->getDiagEngine().registerHandler(
      [](Diagnostic &) { return success(); });
  return context;
}

/// The file a worker's stderr goes to, emptied before each input so that it
/// holds what the input that killed the worker printed.
static std::string stderrPath(const std::string &dir, unsigned w) {
  return dir + "/worker" + std::to_string(w) + ".stderr";
}

[[noreturn]] static void workerMain(unsigned w, Shared *shared,
                                    const Corpus &corpus,
                                    const std::vector<std::string> &pipelines,
                                    DialectRegistry &registry,
                                    const std::string &scratch,
                                    int64_t deadlineNs) {
  // Its own process group: a hang is killed with the input's process.
  setpgid(0, 0);
  dieWithParent();
  // A crash re-raised by the worker would dump core twice.
  rlimit noCore = {0, 0};
  setrlimit(RLIMIT_CORE, &noCore);
  int fd = open(stderrPath(scratch, w).c_str(),
                O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    dup2(fd, STDERR_FILENO);
    close(fd);
  }
  int devnull = open("/dev/null", O_WRONLY);
  if (devnull >= 0)
    dup2(devnull, STDOUT_FILENO);
  limitMemory();
  std::unique_ptr<MLIRContext> context = makeContext(registry);
  WorkerSlot &slot = shared->slots[w];
  for (unsigned done = 0; done < recycle; ++done) {
    uint64_t i = shared->next.fetch_add(1);
    if (i >= first + runs || (deadlineNs && nowNs() > deadlineNs))
      break;
    if (ftruncate(STDERR_FILENO, 0) == 0)
      lseek(STDERR_FILENO, 0, SEEK_SET);
    slot.startedNs.store(nowNs());
    slot.current.store(static_cast<int64_t>(i));
    // Made after `current` is set: a crash of the mutator is a finding too.
    Job job = makeJob(corpus, pipelines, i);
    if (getenv("FUSE_FUZZ_TRACE"))
      llvm::errs() << "fuse-fuzz: input #" << i << " '" << job.pipeline
                   << "'\n"
                   << job.text << "\n";
    if (freshContext)
      context = makeContext(registry);
    Outcome outcome;
    pid_t child = forkPerInput ? fork() : -1;
    if (child == 0) {
      dieWithParent();
      alarm(timeout + 5); // the parent kills a hang first; this is a backstop
      _exit(kOutcomeExitBase + runJob(*context, job.text, job.pipeline));
    }
    if (child > 0) {
      int status = 0;
      waitpid(child, &status, 0);
      if (WIFSIGNALED(status)) {
        // Die the same way: the parent records input `i`.
        signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
      }
      int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
      // Any other exit (exit(1) of a fatal error, a sanitizer's report) is a
      // finding: the worker exits with it.
      std::optional<Outcome> reported = outcomeOfExitCode(code);
      if (!reported)
        _exit(code == 0 ? 1 : code);
      outcome = *reported;
    } else {
      outcome = runJob(*context, job.text, job.pipeline);
    }
    shared->outcomes[outcome].fetch_add(1);
    slot.current.store(-1);
  }
  _exit(0);
}

static std::string describe(llvm::StringRef stderrText);

namespace {
/// How an input ended, run alone.
struct Isolated {
  std::optional<Finding> finding;
  int signal = 0;
  std::string signature;
};
} // namespace

/// Runs one input in a forked child (fresh context) and classifies how it
/// ended; for minimization.
static Isolated runIsolated(DialectRegistry &registry, llvm::StringRef text,
                            llvm::StringRef pipeline) {
  Isolated result;
  llvm::SmallString<64> path;
  int fd = -1;
  if (llvm::sys::fs::createTemporaryFile("fuse-fuzz-min", "stderr", fd, path))
    return result;
  pid_t pid = fork();
  if (pid == 0) {
    dieWithParent();
    dup2(fd, STDERR_FILENO);
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0)
      dup2(devnull, STDOUT_FILENO);
    limitMemory();
    alarm(timeout);
    std::unique_ptr<MLIRContext> context = makeContext(registry);
    _exit(kOutcomeExitBase + runJob(*context, text, pipeline));
  }
  close(fd);
  if (pid < 0) {
    llvm::sys::fs::remove(path);
    return result;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  auto buffer = llvm::MemoryBuffer::getFile(path);
  std::string stderrText = buffer ? (*buffer)->getBuffer().str() : "";
  llvm::sys::fs::remove(path);
  result.signature = describe(stderrText);
  bool oom = ranOutOfMemory(stderrText);
  if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
    result.finding = result.signal == SIGALRM ? Finding::Hang
                     : oom                    ? Finding::OutOfMemory
                                              : Finding::Signal;
    return result;
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
  if (!outcomeOfExitCode(code))
    result.finding = oom ? Finding::OutOfMemory : Finding::Exit;
  return result;
}

/// Deletes lines (halves, quarters, ... single lines) while the input still
/// ends the same way: the same kind of finding, signal and signature (so
/// that it does not drift to another bug).
static std::string minimizeInput(DialectRegistry &registry, std::string text,
                                 llvm::StringRef pipeline,
                                 const Isolated &original) {
  auto stillFails = [&](const std::string &candidate) {
    Isolated now = runIsolated(registry, candidate, pipeline);
    return now.finding == original.finding &&
           now.signal == original.signal &&
           now.signature == original.signature;
  };
  llvm::SmallVector<llvm::StringRef> refs;
  llvm::StringRef(text).split(refs, '\n');
  std::vector<std::string> lines(refs.begin(), refs.end());
  unsigned budget = original.finding == Finding::Hang ? 20 : 300;
  for (size_t chunk = std::max<size_t>(1, lines.size() / 2); chunk >= 1;
       chunk /= 2) {
    for (size_t start = 0; start < lines.size() && budget > 0;) {
      std::vector<std::string> candidate;
      for (size_t k = 0; k < lines.size(); ++k)
        if (k < start || k >= start + chunk)
          candidate.push_back(lines[k]);
      --budget;
      if (!candidate.empty() && stillFails(llvm::join(candidate, "\n"))) {
        lines = std::move(candidate);
        continue;
      }
      start += chunk;
    }
    if (chunk == 1)
      break;
  }
  return llvm::join(lines, "\n") + "\n";
}

static const char *findingName(Finding f) {
  switch (f) {
  case Finding::Signal:
    return "crash";
  case Finding::Exit:
    return "unexpected exit";
  case Finding::Hang:
    return "hang";
  case Finding::OutOfMemory:
    return "out of memory";
  }
  return "?";
}

/// `line` without process ids (`==1234==`) and hexadecimal addresses, so
/// that the same failure reads the same in any process.
static std::string stripVolatile(llvm::StringRef line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    if (line.substr(i).starts_with("==")) {
      size_t end = line.find("==", i + 2);
      if (end != llvm::StringRef::npos &&
          llvm::all_of(line.slice(i + 2, end), llvm::isDigit)) {
        i = end + 2;
        continue;
      }
    }
    if (line.substr(i).starts_with("0x")) {
      size_t end = i + 2;
      while (end < line.size() && llvm::isHexDigit(line[end]))
        ++end;
      out += "0x?";
      i = end;
      continue;
    }
    out += line[i++];
  }
  return llvm::StringRef(out).trim().str();
}

/// The first line of `stderrText` that says what went wrong, and the first
/// stack frame of the crash site (past the signal handlers, the abort and
/// the rewrite and pass drivers), as a signature of the finding.
static std::string describe(llvm::StringRef stderrText) {
  static const char *const skippedFrames[] = {
      "PrintStackTrace", "RunSignalHandlers", "SignalHandler", "libc.so",
      "__interceptor",   "__sanitizer",       "__asan",        "__ubsan",
      "report_fatal_error", "reportFatal",    "report_bad_alloc",
      "PatternApplicator", "GreedyPatternRewriteDriver",
      "applyPatternsGreedily", "OpToOpPassAdaptor", "PassManager::run",
      "function_ref",      "std::function",     "_start",        "libstdc++"};
  std::string what, frame;
  llvm::SmallVector<llvm::StringRef> lines;
  stderrText.split(lines, '\n');
  for (llvm::StringRef line : lines) {
    if (what.empty() &&
        (line.contains("LLVM ERROR") || line.contains("Assertion") ||
         line.contains("terminate called") || line.contains("malloc(") ||
         line.contains("free(") || line.contains("corrupted") ||
         line.contains("runtime error") ||
         line.contains("ERROR: AddressSanitizer")))
      what = stripVolatile(line);
    llvm::StringRef trimmed = line.trim();
    if (!frame.empty() || !trimmed.starts_with("#") ||
        llvm::any_of(skippedFrames, [&](const char *skip) {
          return trimmed.contains(skip);
        }))
      continue;
    // "#4 0x00007f... name (module+0x...)" or ASan's "#4 0x... in name":
    // drop the frame number and the address.
    llvm::StringRef rest = trimmed.drop_until([](char c) { return c == ' '; })
                               .trim()
                               .drop_until([](char c) { return c == ' '; })
                               .trim();
    rest.consume_front("in ");
    // Module offsets (+0x35542ec) stay: they name the site in that binary.
    frame = rest.take_front(160).str();
  }
  if (!what.empty() && !frame.empty())
    return what + " | " + frame;
  return what.empty() ? frame : what;
}

int main(int argc, char **argv) {
  registerAllPasses();
  fuse::registerAllPasses();
  cl::HideUnrelatedOptions(fuzzCat);
  cl::ParseCommandLineOptions(
      argc, argv,
      "fuse-fuzz: mutate lit tests and run them through fuse's passes\n");
  std::vector<std::string> pipelines = selectedPipelines();
  if (listPipelines) {
    for (size_t i = 0; i < pipelines.size(); ++i)
      llvm::outs() << i << " " << pipelines[i] << "\n";
    return 0;
  }
  // Stack traces of crashing workers go to their stderr files.
  llvm::sys::PrintStackTraceOnErrorSignal(argv[0]);
  DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);
  Corpus corpus = loadCorpus();
  if (corpus.chunks.empty()) {
    llvm::errs() << "fuse-fuzz: no corpus entries\n";
    return 2;
  }
  if (replay >= 0) {
    Job job = makeJob(corpus, pipelines, replay);
    llvm::outs() << "// input #" << replay << " from " << job.source
                 << ", pipeline '" << job.pipeline << "', mutations: "
                 << llvm::join(job.mutations, " ") << "\n"
                 << job.text;
    llvm::outs().flush();
    std::unique_ptr<MLIRContext> context = std::make_unique<MLIRContext>(
        registry, MLIRContext::Threading::DISABLED);
    llvm::SourceMgr sourceMgr;
    SourceMgrDiagnosticHandler handler(sourceMgr, context.get());
    Outcome outcome = runJob(*context, job.text, job.pipeline);
    llvm::outs() << "// outcome: "
                 << (outcome == Ok           ? "ok"
                     : outcome == ParseError ? "parse error"
                                             : "pass error")
                 << "\n";
    return 0;
  }
  // Test this: a pipeline name that does not parse is a usage error.
  for (const std::string &pipeline : pipelines) {
    MLIRContext context(registry, MLIRContext::Threading::DISABLED);
    PassManager pm(&context, ModuleOp::getOperationName(),
                   OpPassManager::Nesting::Implicit);
    std::string error;
    llvm::raw_string_ostream os(error);
    if (failed(fusion::parseModulePipeline(pipeline, pm, os))) {
      llvm::errs() << "fuse-fuzz: bad pipeline '" << pipeline << "': "
                   << error << "\n";
      return 2;
    }
  }
  unsigned numWorkers = std::clamp(unsigned(jobs), 1u, 64u);

  llvm::SmallString<128> scratch;
  if (llvm::sys::fs::createUniqueDirectory("fuse-fuzz", scratch)) {
    llvm::errs() << "fuse-fuzz: cannot create a scratch directory\n";
    return 2;
  }
  void *mapping = mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE,
                       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (mapping == MAP_FAILED) {
    llvm::errs() << "fuse-fuzz: mmap failed\n";
    return 2;
  }
  auto *shared = new (mapping) Shared();
  shared->next.store(first);
  int64_t startNs = nowNs();
  int64_t deadlineNs =
      timeBudget ? startNs + int64_t(timeBudget) * 1000000000LL : 0;

  std::vector<pid_t> workers(numWorkers, 0);
  auto spawn = [&](unsigned w) -> bool {
    shared->slots[w].current.store(-1);
    pid_t pid = fork();
    if (pid == 0)
      workerMain(w, shared, corpus, pipelines, registry,
                 std::string(scratch), deadlineNs);
    if (pid < 0) {
      llvm::errs() << "fuse-fuzz: fork failed: " << strerror(errno) << "\n";
      return false;
    }
    workers[w] = pid;
    return true;
  };
  unsigned alive = 0;
  for (unsigned w = 0; w < numWorkers; ++w)
    alive += spawn(w);

  struct Record {
    uint64_t input;
    Finding finding;
    std::string stderrText;
    int signal = 0;
  };
  std::vector<Record> records;
  auto workLeft = [&] {
    return shared->next.load() < first + runs &&
           (!deadlineNs || nowNs() <= deadlineNs);
  };
  unsigned workerDeaths = 0;
  while (alive > 0) {
    usleep(20000);
    for (unsigned w = 0; w < numWorkers; ++w) {
      if (!workers[w])
        continue;
      WorkerSlot &slot = shared->slots[w];
      int64_t current = slot.current.load();
      if (current >= 0 &&
          nowNs() - slot.startedNs.load() > int64_t(timeout) * 1000000000LL) {
        kill(-workers[w], SIGKILL);
        kill(workers[w], SIGKILL);
        waitpid(workers[w], nullptr, 0);
        records.push_back({uint64_t(current), Finding::Hang, ""});
        workers[w] = 0;
        --alive;
        if (workLeft())
          alive += spawn(w);
        continue;
      }
      int status = 0;
      pid_t done = waitpid(workers[w], &status, WNOHANG);
      if (done != workers[w])
        continue;
      pid_t deadPid = workers[w];
      workers[w] = 0;
      --alive;
      current = slot.current.load();
      bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
      if (!clean && current < 0) {
        // Died outside an input (between two, or at exit): still a finding.
        llvm::errs() << "fuse-fuzz: worker " << w
                     << " died outside an input (status " << status << ")\n";
        ++workerDeaths;
      }
      if (!clean && current >= 0) {
        auto buffer =
            llvm::MemoryBuffer::getFile(stderrPath(std::string(scratch), w));
        std::string text = buffer ? (*buffer)->getBuffer().str() : "";
        bool oom = ranOutOfMemory(text);
        Finding finding = oom                   ? Finding::OutOfMemory
                          : WIFSIGNALED(status) ? Finding::Signal
                                                : Finding::Exit;
        if (getenv("FUSE_FUZZ_TRACE"))
          llvm::errs() << "fuse-fuzz: worker " << w << " (pid " << deadPid
                       << ") died on #" << current << ", status " << status
                       << ", stderr:\n"
                       << text << "\n";
        records.push_back({uint64_t(current), finding, text,
                           WIFSIGNALED(status) ? WTERMSIG(status) : 0});
      }
      if (workLeft())
        alive += spawn(w);
    }
  }
  double seconds = double(nowNs() - startNs) * 1e-9;
  // Inputs claimed after the deadline were not run.
  uint64_t ran = shared->outcomes[Ok].load() +
                 shared->outcomes[ParseError].load() +
                 shared->outcomes[PassError].load() + records.size();

  // Group the findings by signature (in input order, whichever worker ran
  // them), minimize one input per group.
  llvm::sort(records, [](const Record &a, const Record &b) {
    return a.input < b.input;
  });
  unsigned crashes = 0, hangs = 0, ooms = 0;
  llvm::StringMap<std::vector<const Record *>> groups;
  std::vector<std::string> order;
  for (const Record &record : records) {
    Job job = makeJob(corpus, pipelines, record.input);
    if (record.finding == Finding::OutOfMemory)
      ++ooms;
    else if (record.finding == Finding::Hang)
      ++hangs;
    else
      ++crashes;
    std::string kind = findingName(record.finding);
    if (record.signal)
      kind += std::string(" (") + strsignal(record.signal) + ")";
    std::string key =
        kind + " in '" + job.pipeline + "': " + describe(record.stderrText);
    if (!groups.count(key))
      order.push_back(key);
    groups[key].push_back(&record);
  }
  if (!outDir.empty())
    llvm::sys::fs::create_directories(outDir);
  unsigned index = 0;
  for (const std::string &key : order) {
    const Record &first = *groups[key].front();
    Job job = makeJob(corpus, pipelines, first.input);
    llvm::outs() << "finding " << index << ": " << key << " ("
                 << groups[key].size() << " input(s), first #" << first.input
                 << " from " << job.source
                 << ", mutations: " << llvm::join(job.mutations, " ")
                 << ")\n";
    if (!outDir.empty()) {
      std::string text = job.text;
      if (minimize) {
        // The isolated run's finding, signal and signature, if it fails
        // alone at all (delayed heap corruption may not).
        Isolated original = runIsolated(registry, text, job.pipeline);
        if (original.finding)
          text = minimizeInput(registry, text, job.pipeline, original);
      }
      std::string path =
          outDir + "/finding-" + std::to_string(index) + ".mlir";
      std::error_code ec;
      llvm::raw_fd_ostream os(path, ec);
      if (!ec) {
        os << "// fuse-fuzz finding " << index << ": " << key << "\n"
           << "// reproduce: fuse-opt " << path << " --pass-pipeline="
           << "'builtin.module(" << job.pipeline << ")'\n"
           << "// input #" << first.input << " (--seed=" << seed
           << "), from " << job.source << "\n"
           << text;
        llvm::outs() << "  reproducer: " << path << "\n";
      }
    }
    ++index;
  }
  if (!getenv("FUSE_FUZZ_TRACE"))
    llvm::sys::fs::remove_directories(scratch);
  llvm::outs() << llvm::format(
      "fuse-fuzz: %llu inputs in %.1f s (%.0f/s), %u pipelines, %zu corpus "
      "entries: %llu ok, %llu parse errors, %llu pass errors; %u crashes, "
      "%u hangs, %u out of memory (%zu distinct)\n",
      (unsigned long long)ran, seconds, ran / std::max(seconds, 1e-9),
      unsigned(pipelines.size()), corpus.chunks.size(),
      (unsigned long long)shared->outcomes[Ok].load(),
      (unsigned long long)shared->outcomes[ParseError].load(),
      (unsigned long long)shared->outcomes[PassError].load(), crashes, hangs,
      ooms, order.size());
  if (workerDeaths)
    llvm::outs() << "fuse-fuzz: " << workerDeaths
                 << " worker(s) died outside an input\n";
  return crashes + hangs + workerDeaths > 0 ? 1 : 0;
}
