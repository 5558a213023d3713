//===- fuse-run.cpp - Execute, compare and time fused programs ------------===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// fuse-run parses a module, lowers it with a pass pipeline (fusion-to-llvm by
// default), JIT-compiles it and calls one function on seeded random or .npy
// inputs. With --compare it runs a second pipeline (typically the unfused
// build) on the same inputs and checks that the outputs agree; with --bench it
// times both in the same run.
//
// Calling convention: the entry function takes and returns ranked tensors; the
// pipeline must bufferize function boundaries with identity layouts and lower
// to the LLVM dialect (what fusion-to-llvm does), so that each argument becomes
// a memref descriptor and the results a (struct of) memref descriptor(s).
//
//===----------------------------------------------------------------------===//

#include "Npy.h"

#include "fuse/InitAllDialects.h"
#include "fuse/InitAllPasses.h"
#include "fuse/Pipelines/Pipelines.h"
#include "fuse/Transforms/Transforms.h"
#include "fuse/Version.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

#include <unistd.h>

using namespace mlir;
using fuse::NpyArray;
namespace cl = llvm::cl;

//===----------------------------------------------------------------------===//
// Command line
//===----------------------------------------------------------------------===//

static cl::OptionCategory runCat("fuse-run options");

static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<input .mlir file>"),
                                      cl::cat(runCat));
static cl::opt<bool> entryOnly(
    "entry-only",
    cl::desc("Compile only the --entry function and the functions it "
             "references; drop the module's other functions first (e.g. an "
             "mlir-runner @main that prints, which a GPU pipeline refuses)"),
    cl::init(false), cl::cat(runCat));
static cl::opt<std::string> entryName("entry", cl::init("main"),
                                      cl::desc("Function to call"),
                                      cl::cat(runCat));
static cl::opt<std::string>
    pipelineStr("pipeline", cl::init("fusion-to-llvm"),
                cl::desc("Pass pipeline that lowers the module to the LLVM "
                         "dialect (textual pass pipeline syntax)"),
                cl::cat(runCat));
enum class Device { CPU, GPU };
static cl::opt<Device> device(
    "device", cl::init(Device::CPU),
    cl::desc("Where the primary build runs: cpu, or gpu (the default "
             "pipeline becomes fusion-to-nvvm; needs an NVIDIA GPU and fuse's "
             "CUDA runtime). A --compare pipeline runs on the GPU if it is a "
             "fusion-to-nvvm pipeline, else on the CPU"),
    cl::values(clEnumValN(Device::CPU, "cpu", "JIT-compile for the host CPU"),
               clEnumValN(Device::GPU, "gpu",
                          "Kernels on the GPU, host code JIT-compiled")),
    cl::cat(runCat));

static cl::opt<std::string> compareStr(
    "compare", cl::init(""),
    cl::desc("Second pipeline to run the same function through, on the same "
             "inputs, e.g. 'fusion-to-llvm{fuse=false}'; the outputs must "
             "agree within --atol/--rtol"),
    cl::cat(runCat));
static cl::opt<uint64_t> seed("seed", cl::init(0),
                              cl::desc("Seed of the input generator"),
                              cl::cat(runCat));
enum class Dist { Uniform, Normal };
static cl::opt<Dist>
    dist("dist", cl::init(Dist::Uniform),
         cl::desc("Distribution of generated inputs"),
         cl::values(clEnumValN(Dist::Uniform, "uniform", "uniform in [-1, 1)"),
                    clEnumValN(Dist::Normal, "normal", "standard normal")),
         cl::cat(runCat));
static cl::list<std::string>
    inputNpy("input", cl::CommaSeparated,
             cl::desc("One .npy file per argument, in order"), cl::cat(runCat));
static cl::list<std::string>
    dimsList("dims", cl::CommaSeparated,
             cl::desc("Shapes (e.g. 8x512) of the arguments that have dynamic "
                      "dimensions, in argument order"),
             cl::cat(runCat));
static cl::list<std::string>
    outputNpy("output", cl::CommaSeparated,
              cl::desc("Write result i to the i-th .npy file"),
              cl::cat(runCat));
static cl::opt<uint64_t> maxInputMB(
    "max-input-mb", cl::init(0),
    cl::desc("Most MiB of generated and loaded arguments, together (0: half "
             "the machine's physical memory)"),
    cl::cat(runCat));
static cl::opt<double> absTol("atol", cl::init(1e-5),
                              cl::desc("Absolute tolerance of --compare"),
                              cl::cat(runCat));
static cl::opt<double> relTol("rtol", cl::init(1e-4),
                              cl::desc("Relative tolerance of --compare"),
                              cl::cat(runCat));
static cl::opt<unsigned> benchIters(
    "bench", cl::init(0),
    cl::desc("Time this many calls (after warm-up) and print min/median"),
    cl::cat(runCat));
static cl::opt<unsigned> warmupIters("warmup", cl::init(3),
                                     cl::desc("Warm-up calls before --bench"),
                                     cl::cat(runCat));
static cl::opt<bool> reuseMemory(
    "reuse-memory", cl::init(true),
    cl::desc("Keep memory freed by a call for the next one (glibc: large "
             "blocks from the heap, no trimming), as a runtime's caching "
             "allocator does; false: every call's large buffers are fresh "
             "pages, paid for in page faults"),
    cl::cat(runCat));
static cl::opt<bool> jsonOut("json", cl::init(false),
                             cl::desc("Print everything as one JSON object"),
                             cl::cat(runCat));
static cl::opt<bool> showRemarks(
    "show-remarks", cl::init(false),
    cl::desc("Print the remarks of the pipelines' passes (fusion decisions)"),
    cl::cat(runCat));
static cl::opt<unsigned>
    printCount("print-values", cl::init(8),
               cl::desc("How many leading values of each result to print"),
               cl::cat(runCat));

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

/// Exit codes: 0 success, 1 outputs disagree with --compare, 2 error.
static constexpr int kExitMismatch = 1;
static constexpr int kExitError = 2;

/// argv[0], to find fuse's libraries relative to this executable.
static const char *argv0 = "fuse-run";

/// A runtime library of fuse (`built`: where the build put it): next to an
/// installed fuse-run (../lib), else where the build put it.
static std::string runtimeLibraryPath(const char *built) {
  std::string exe = llvm::sys::fs::getMainExecutable(
      argv0, reinterpret_cast<void *>(&runtimeLibraryPath));
  llvm::SmallString<256> path(llvm::sys::path::parent_path(exe));
  llvm::sys::path::append(path, "..", "lib", llvm::sys::path::filename(built));
  if (llvm::sys::fs::exists(path))
    return std::string(path);
  return built;
}

/// The machine's physical memory in bytes, or 0 if unknown.
static uint64_t physicalMemoryBytes();

/// The most bytes the arguments may take: --max-input-mb, or half the
/// machine's memory (the results and a --compare build need the rest).
static uint64_t inputByteLimit() {
  if (maxInputMB)
    return maxInputMB << 20;
  return physicalMemoryBytes() / 2;
}

static uint64_t physicalMemoryBytes() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long pageSize = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || pageSize <= 0)
    return 0;
  return static_cast<uint64_t>(pages) * static_cast<uint64_t>(pageSize);
}

[[noreturn]] static void fail(const llvm::Twine &msg) {
  llvm::WithColor::error(llvm::errs(), "fuse-run") << msg << "\n";
  std::exit(kExitError);
}

static void failOn(llvm::Error err) {
  if (err)
    fail(llvm::toString(std::move(err)));
}

//===----------------------------------------------------------------------===//
// Types and arrays
//===----------------------------------------------------------------------===//

/// The .npy dtype of a supported element type, or "" if unsupported.
static std::string dtypeOf(Type type) {
  if (type.isF32())
    return "<f4";
  if (type.isF64())
    return "<f8";
  if (type.isSignlessInteger(32))
    return "<i4";
  if (type.isSignlessInteger(64))
    return "<i8";
  return "";
}

static double elementAt(const NpyArray &a, int64_t i) {
  const char *p = a.data.data();
  if (a.dtype == "<f4")
    return reinterpret_cast<const float *>(p)[i];
  if (a.dtype == "<f8")
    return reinterpret_cast<const double *>(p)[i];
  if (a.dtype == "<i4")
    return reinterpret_cast<const int32_t *>(p)[i];
  return static_cast<double>(reinterpret_cast<const int64_t *>(p)[i]);
}

static std::string shapeStr(ArrayRef<int64_t> shape) {
  std::string s;
  for (int64_t d : shape)
    s += (s.empty() ? "" : "x") + std::to_string(d);
  return s.empty() ? "scalar" : s;
}

static std::string typeStr(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

/// Checks that the ranked tensor type of argument/result #i is supported.
static RankedTensorType checkTensorType(Type type, StringRef what, unsigned i) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || dtypeOf(tensor.getElementType()).empty()) {
    fail(what + " #" + llvm::Twine(i) + " of @" + entryName + " has type " +
         typeStr(type) +
         "; fuse-run supports ranked tensors of f32, f64, i32 and i64");
  }
  return tensor;
}

/// Whether `shape` is an instance of `type` (same rank, same static dims).
static bool matchesType(RankedTensorType type, ArrayRef<int64_t> shape) {
  if (type.getRank() != static_cast<int64_t>(shape.size()))
    return false;
  for (auto [want, got] : llvm::zip_equal(type.getShape(), shape))
    if (!ShapedType::isDynamic(want) && want != got)
      return false;
  return true;
}

/// Makes the inputs: from .npy files, or seeded random values.
static SmallVector<NpyArray> makeInputs(func::FuncOp func) {
  FunctionType fnType = func.getFunctionType();
  unsigned numArgs = fnType.getNumInputs();
  if (!inputNpy.empty() && inputNpy.size() != numArgs)
    fail("--input gives " + llvm::Twine(inputNpy.size()) + " file(s), but @" +
         entryName + " takes " + llvm::Twine(numArgs) + " argument(s)");
  SmallVector<NpyArray> inputs;
  unsigned nextDims = 0;
  for (unsigned i = 0; i < numArgs; ++i) {
    RankedTensorType type = checkTensorType(fnType.getInput(i), "argument", i);
    std::string dtype = dtypeOf(type.getElementType());
    if (!inputNpy.empty()) {
      llvm::Expected<NpyArray> array = fuse::readNpy(inputNpy[i]);
      if (!array)
        fail(llvm::toString(array.takeError()));
      if (array->dtype != dtype)
        fail(inputNpy[i] + ": dtype " + array->dtype + " does not match " +
             "argument #" + llvm::Twine(i) + " of type " + typeStr(type) +
             " (expects " + dtype + ")");
      if (!matchesType(type, array->shape))
        fail(inputNpy[i] + ": shape " + shapeStr(array->shape) +
             " does not match argument #" + llvm::Twine(i) + " of type " +
             typeStr(type));
      inputs.push_back(std::move(*array));
      continue;
    }
    NpyArray array;
    array.dtype = dtype;
    if (type.hasStaticShape()) {
      array.shape.assign(type.getShape().begin(), type.getShape().end());
    } else {
      if (nextDims >= dimsList.size())
        fail("argument #" + llvm::Twine(i) + " has type " + typeStr(type) +
             " with dynamic dimensions; give its shape with --dims or an "
             "--input file");
      StringRef spec = dimsList[nextDims++];
      SmallVector<StringRef> parts;
      spec.split(parts, 'x');
      for (StringRef part : parts) {
        int64_t d;
        if (part.trim().getAsInteger(10, d) || d < 0)
          fail("--dims entry '" + spec + "' is not a shape like 8x512");
        array.shape.push_back(d);
      }
      if (!matchesType(type, array.shape))
        fail("--dims entry '" + spec + "' does not match argument #" +
             llvm::Twine(i) + " of type " + typeStr(type));
    }
    if (!fuse::isReasonableShape(array.shape, NpyArray::elementSize(dtype)))
      fail("argument #" + llvm::Twine(i) + " of shape " +
           shapeStr(array.shape) + " is too large (over " +
           llvm::Twine(fuse::kMaxArrayBytes >> 30) + " GiB)");
    int64_t n = array.numElements();
    uint64_t bytes = n * NpyArray::elementSize(dtype);
    if (uint64_t limit = inputByteLimit(); limit && bytes > limit)
      fail("argument #" + llvm::Twine(i) + " of shape " +
           shapeStr(array.shape) + " takes " + llvm::Twine(bytes >> 20) +
           " MiB, more than the " + llvm::Twine(limit >> 20) +
           " MiB the arguments may take (--max-input-mb; by default half "
           "of this machine's memory)");
    array.data.resize(bytes);
    std::mt19937_64 gen(seed * 1000003ULL + i);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_int_distribution<int64_t> ints(-8, 8);
    for (int64_t k = 0; k < n; ++k) {
      double v = dist == Dist::Uniform ? uniform(gen) : normal(gen);
      char *p = array.data.data();
      if (dtype == "<f4")
        reinterpret_cast<float *>(p)[k] = static_cast<float>(v);
      else if (dtype == "<f8")
        reinterpret_cast<double *>(p)[k] = v;
      else if (dtype == "<i4")
        reinterpret_cast<int32_t *>(p)[k] = static_cast<int32_t>(ints(gen));
      else
        reinterpret_cast<int64_t *>(p)[k] = ints(gen);
    }
    inputs.push_back(std::move(array));
  }
  // All arguments together must fit in half the machine's memory (the
  // results and a --compare build need the rest).
  uint64_t totalBytes = 0;
  for (const NpyArray &array : inputs)
    totalBytes += array.data.size();
  if (uint64_t limit = inputByteLimit(); limit && totalBytes > limit)
    fail("the arguments take " + llvm::Twine(totalBytes >> 20) +
         " MiB, more than the " + llvm::Twine(limit >> 20) +
         " MiB they may take (--max-input-mb; by default half of this "
         "machine's memory)");
  if (nextDims < dimsList.size())
    fail("--dims gives " + llvm::Twine(dimsList.size()) +
         " shape(s), but only " + llvm::Twine(nextDims) +
         " argument(s) have dynamic dimensions");
  return inputs;
}

//===----------------------------------------------------------------------===//
// Compilation and calls
//===----------------------------------------------------------------------===//

namespace {
/// Where a build's buffers live: host memory, or the device memory of fuse's
/// GPU runtime (the CUDA one, or the emulator's).
enum class Runtime { CPU, CUDA, Emulator };

/// One JIT-compiled build of the module, callable on host arrays.
class Build {
public:
  Build(std::string pipeline, std::unique_ptr<ExecutionEngine> engine,
        SmallVector<RankedTensorType> resultTypes, Runtime runtime)
      : pipeline(std::move(pipeline)), runtime(runtime),
        engine(std::move(engine)), resultTypes(std::move(resultTypes)) {}
  ~Build();

  /// Calls the entry function; returns its results and the call's wall time
  /// in milliseconds (argument set-up and result read-back not included).
  /// On a GPU runtime, the inputs are uploaded once (first call), each call
  /// gets fresh device copies of them (the callee may write into its
  /// arguments) before the clock starts, the time includes waiting for the
  /// device, and `deviceMs` is the device time between two events around
  /// the call.
  SmallVector<NpyArray> call(ArrayRef<NpyArray> inputs, double &ms,
                             double &deviceMs);

  std::string pipeline;
  Runtime runtime;

private:
  bool onDevice() const { return runtime != Runtime::CPU; }
  std::unique_ptr<ExecutionEngine> engine;
  SmallVector<RankedTensorType> resultTypes;
  /// Device runtimes: the inputs as uploaded once.
  SmallVector<void *> uploaded;
};
} // namespace

/// A function of fuse's GPU runtime (CUDA or emulator), loaded into the
/// process with the JIT.
template <typename Fn>
static Fn *runtimeFunction(const char *name) {
  void *address = llvm::sys::DynamicLibrary::SearchForAddressOfSymbol(name);
  if (!address)
    fail(std::string("fuse's GPU runtime does not define ") + name);
  return reinterpret_cast<Fn *>(address);
}

namespace {
/// fuse's GPU runtime API (include/fuse/Runtime/GPURuntime.h), looked up
/// once.
struct GpuRuntime {
  void *(*alloc)(uint64_t) = runtimeFunction<void *(uint64_t)>("fuseGpuAlloc");
  void (*free)(void *) = runtimeFunction<void(void *)>("fuseGpuFree");
  void (*upload)(void *, const void *, uint64_t) =
      runtimeFunction<void(void *, const void *, uint64_t)>("fuseGpuUpload");
  void (*download)(void *, const void *, uint64_t) =
      runtimeFunction<void(void *, const void *, uint64_t)>("fuseGpuDownload");
  void (*copy)(void *, void *, size_t, void *) =
      runtimeFunction<void(void *, void *, size_t, void *)>("mgpuMemcpy");
  void *(*stream)() = runtimeFunction<void *()>("fuseGpuGetStream");
  void (*synchronize)() = runtimeFunction<void()>("fuseGpuSynchronize");
  void *(*record)() = runtimeFunction<void *()>("fuseGpuEventRecord");
  float (*elapsed)(void *, void *) =
      runtimeFunction<float(void *, void *)>("fuseGpuEventElapsedMs");
  void (*destroy)(void *) =
      runtimeFunction<void(void *)>("fuseGpuEventDestroy");
  uint64_t (*allocations)() =
      runtimeFunction<uint64_t()>("fuseGpuDeviceAllocations");
};

const GpuRuntime &gpuRuntime() {
  static GpuRuntime rt;
  return rt;
}
} // namespace

Build::~Build() {
  for (void *buffer : uploaded)
    gpuRuntime().free(buffer);
}

/// The elements a strided view spans from its first one (0 if empty).
static int64_t spannedElements(ArrayRef<int64_t> sizes,
                               ArrayRef<int64_t> strides) {
  int64_t last = 0;
  for (auto [size, stride] : llvm::zip(sizes, strides)) {
    if (size == 0)
      return 0;
    last += (size - 1) * stride;
  }
  return last + 1;
}

SmallVector<NpyArray> Build::call(ArrayRef<NpyArray> inputs, double &ms,
                                  double &deviceMs) {
  const GpuRuntime *rt = onDevice() ? &gpuRuntime() : nullptr;
  if (rt && uploaded.empty()) {
    for (const NpyArray &in : inputs) {
      void *buffer = rt->alloc(in.data.size());
      rt->upload(buffer, in.data.data(), in.data.size());
      uploaded.push_back(buffer);
    }
  }
  // Fresh, 64-byte aligned copies: the callee may write into its arguments.
  SmallVector<void *> buffers;
  SmallVector<SmallVector<int64_t>> descriptors;
  for (auto [i, in] : llvm::enumerate(inputs)) {
    void *buffer;
    if (rt) {
      buffer = rt->alloc(in.data.size());
      rt->copy(buffer, uploaded[i], in.data.size(), rt->stream());
    } else {
      buffer = std::aligned_alloc(64, (in.data.size() + 64) / 64 * 64);
      std::memcpy(buffer, in.data.data(), in.data.size());
    }
    buffers.push_back(buffer);
    SmallVector<int64_t> desc{reinterpret_cast<int64_t>(buffer),
                              reinterpret_cast<int64_t>(buffer), 0};
    llvm::append_range(desc, in.shape);
    SmallVector<int64_t> strides(in.shape.size(), 1);
    for (int64_t d = static_cast<int64_t>(in.shape.size()) - 2; d >= 0; --d)
      strides[d] = strides[d + 1] * in.shape[d + 1];
    llvm::append_range(desc, strides);
    descriptors.push_back(std::move(desc));
  }
  SmallVector<void *> args;
  for (SmallVector<int64_t> &desc : descriptors)
    for (int64_t &field : desc)
      args.push_back(&field);
  size_t resultWords = 0;
  for (RankedTensorType type : resultTypes)
    resultWords += 3 + 2 * type.getRank();
  SmallVector<int64_t> resultStorage(std::max<size_t>(resultWords, 1), 0);
  if (!resultTypes.empty())
    args.push_back(resultStorage.data());

  if (rt)
    rt->synchronize();
  void *startEvent = rt ? rt->record() : nullptr;
  auto start = std::chrono::steady_clock::now();
  llvm::Error err = engine->invokePacked(entryName, args);
  void *stopEvent = nullptr;
  if (rt && !err) {
    stopEvent = rt->record();
    rt->synchronize();
  }
  auto stop = std::chrono::steady_clock::now();
  ms = std::chrono::duration<double, std::milli>(stop - start).count();
  deviceMs = -1;
  if (rt) {
    if (stopEvent) {
      deviceMs = rt->elapsed(startEvent, stopEvent);
      rt->destroy(stopEvent);
    }
    rt->destroy(startEvent);
  }
  failOn(std::move(err));

  // Read the results back into host arrays and free what the callee
  // allocated (returned buffers are owned by the caller).
  llvm::DenseSet<int64_t> notOwned;
  for (void *buffer : buffers)
    notOwned.insert(reinterpret_cast<int64_t>(buffer));
  // finalize-memref-to-llvm marks buffers of memref.get_global so.
  notOwned.insert(0xdeadbeef);
  SmallVector<NpyArray> results;
  SmallVector<int64_t> allocatedPtrs;
  const int64_t *field = resultStorage.data();
  for (RankedTensorType type : resultTypes) {
    int64_t rank = type.getRank();
    int64_t allocated = field[0];
    const char *aligned = reinterpret_cast<const char *>(field[1]);
    int64_t offset = field[2];
    ArrayRef<int64_t> sizes(field + 3, rank), strides(field + 3 + rank, rank);
    field += 3 + 2 * rank;

    NpyArray out;
    out.dtype = dtypeOf(type.getElementType());
    out.shape.assign(sizes.begin(), sizes.end());
    unsigned elt = NpyArray::elementSize(out.dtype);
    int64_t n = out.numElements();
    out.data.resize(n * elt);
    // On a device, the span of the view comes to the host first.
    std::vector<char> hostCopy;
    if (rt) {
      hostCopy.resize(spannedElements(sizes, strides) * elt);
      if (!hostCopy.empty())
        rt->download(hostCopy.data(), aligned + offset * elt, hostCopy.size());
      aligned = hostCopy.data();
      offset = 0;
    }
    SmallVector<int64_t> index(rank, 0);
    for (int64_t k = 0; k < n; ++k) {
      int64_t linear = offset;
      for (int64_t d = 0; d < rank; ++d)
        linear += index[d] * strides[d];
      std::memcpy(out.data.data() + k * elt, aligned + linear * elt, elt);
      for (int64_t d = rank - 1; d >= 0; --d) {
        if (++index[d] < sizes[d])
          break;
        index[d] = 0;
      }
    }
    results.push_back(std::move(out));
    allocatedPtrs.push_back(allocated);
  }
  // Free only after every result was read: results may share a buffer.
  auto release = [&](void *buffer) {
    if (rt)
      rt->free(buffer);
    else
      std::free(buffer);
  };
  for (int64_t allocated : allocatedPtrs)
    if (allocated && notOwned.insert(allocated).second)
      release(reinterpret_cast<void *>(allocated));
  for (void *buffer : buffers)
    release(buffer);
  return results;
}

static std::unique_ptr<Build> compile(ModuleOp source, StringRef pipeline,
                                      ArrayRef<RankedTensorType> resultTypes) {
  OwningOpRef<ModuleOp> module = source.clone();
  PassManager pm(source->getContext(), ModuleOp::getOperationName());
  std::string errorText;
  llvm::raw_string_ostream errorOs(errorText);
  if (failed(fusion::parseModulePipeline(pipeline, pm, errorOs)))
    fail("cannot parse pipeline '" + pipeline + "': " + errorText);
  if (failed(pm.run(*module)))
    fail("pipeline '" + pipeline + "' failed on " + inputFile);
  auto llvmFunc = module->lookupSymbol<LLVM::LLVMFuncOp>(entryName);
  if (!llvmFunc || llvmFunc.isExternal())
    fail("pipeline '" + pipeline + "' did not produce an llvm.func @" +
         entryName + "; it must lower the module to the LLVM dialect");

  llvm::Expected<llvm::orc::JITTargetMachineBuilder> tmBuilder =
      llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!tmBuilder)
    fail(llvm::toString(tmBuilder.takeError()));
  tmBuilder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  llvm::Expected<std::unique_ptr<llvm::TargetMachine>> tm =
      tmBuilder->createTargetMachine();
  if (!tm)
    fail(llvm::toString(tm.takeError()));
  std::function<llvm::Error(llvm::Module *)> transformer =
      makeOptimizingTransformer(/*optLevel=*/3, /*sizeLevel=*/0, tm->get());
  SmallVector<StringRef> libs;
  for (StringRef lib : {FUSE_MLIR_C_RUNNER_UTILS, FUSE_MLIR_RUNNER_UTILS})
    if (llvm::sys::fs::exists(lib))
      libs.push_back(lib);
#ifdef FUSE_LIBOMP
  // For fusion-to-llvm{threads=N}.
  if (llvm::sys::fs::exists(FUSE_LIBOMP))
    libs.push_back(FUSE_LIBOMP);
#endif
  StringRef trimmed = StringRef(pipeline).trim();
  Runtime runtime = Runtime::CPU;
  if (trimmed.starts_with("fusion-to-nvvm") ||
      trimmed.contains("builtin.module(fusion-to-nvvm"))
    runtime = Runtime::CUDA;
  else if (trimmed.starts_with("fusion-emulate-gpu") ||
           trimmed.contains("builtin.module(fusion-emulate-gpu"))
    runtime = Runtime::Emulator;
  // Both runtimes define the mgpu* functions: one per process.
  static std::optional<Runtime> loadedRuntime;
  if (runtime != Runtime::CPU && loadedRuntime && *loadedRuntime != runtime)
    fail("pipeline '" + pipeline +
         "' needs a different GPU runtime (CUDA or emulator) than the other "
         "build; compare each with the CPU build instead");
  if (runtime == Runtime::Emulator) {
    std::string loadError;
    static std::string emulator = runtimeLibraryPath(FUSE_GPU_EMULATOR_RUNTIME);
    if (!llvm::sys::DynamicLibrary::getPermanentLibrary(emulator.c_str(),
                                                        &loadError)
             .isValid())
      fail("cannot load fuse's GPU emulator runtime: " + loadError);
    libs.push_back(emulator);
    loadedRuntime = runtime;
  }
  if (runtime == Runtime::CUDA) {
#ifdef FUSE_CUDA_RUNTIME
    std::string loadError;
    static std::string cuda = runtimeLibraryPath(FUSE_CUDA_RUNTIME);
    if (llvm::sys::DynamicLibrary::getPermanentLibrary(cuda.c_str(), &loadError)
            .isValid())
      libs.push_back(cuda);
    else
      fail("cannot load fuse's CUDA runtime (is an NVIDIA driver "
           "installed?): " +
           loadError);
    loadedRuntime = runtime;
#else
    fail("pipeline '" + pipeline +
         "' runs on the GPU, but this fuse-run was built without its CUDA "
         "runtime (CUDA was not found at configure time)");
#endif
  }
  ExecutionEngineOptions options;
  options.transformer = transformer;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  options.sharedLibPaths = libs;
  llvm::Expected<std::unique_ptr<ExecutionEngine>> engine =
      ExecutionEngine::create(*module, options, std::move(*tm));
  if (!engine)
    fail("cannot JIT-compile the output of '" + pipeline +
         "': " + llvm::toString(engine.takeError()));
  (*engine)->initialize();
  return std::make_unique<Build>(pipeline.str(), std::move(*engine),
                                 SmallVector<RankedTensorType>(resultTypes),
                                 runtime);
}

//===----------------------------------------------------------------------===//
// Reporting
//===----------------------------------------------------------------------===//

namespace {
struct Stats {
  double sum = 0, min = INFINITY, max = -INFINITY;
  int64_t nans = 0;
};

struct Comparison {
  double maxAbs = 0, maxRel = 0;
  int64_t mismatches = 0;
  std::string error; // shape/dtype disagreement
  bool ok() const { return error.empty() && mismatches == 0; }
};

struct Timing {
  double min = 0, median = 0;
  /// Device time (CUDA events around each call) on a GPU runtime, else -1.
  double deviceMin = -1, deviceMedian = -1;
  /// Device allocations the runtime made per timed call (pool misses), on a
  /// GPU runtime (CUDA or emulator), else -1.
  double allocationsPerCall = -1;
};
} // namespace

static Stats statsOf(const NpyArray &a) {
  Stats s;
  for (int64_t i = 0, n = a.numElements(); i < n; ++i) {
    double v = elementAt(a, i);
    if (std::isnan(v)) {
      ++s.nans;
      continue;
    }
    s.sum += v;
    s.min = std::min(s.min, v);
    s.max = std::max(s.max, v);
  }
  return s;
}

static Comparison compareResults(ArrayRef<NpyArray> got,
                                 ArrayRef<NpyArray> want) {
  Comparison c;
  for (auto [i, a, b] : llvm::enumerate(got, want)) {
    if (a.shape != b.shape || a.dtype != b.dtype) {
      c.error = "result #" + std::to_string(i) + " has shape " +
                shapeStr(a.shape) + " " + a.dtype + " vs " + shapeStr(b.shape) +
                " " + b.dtype;
      return c;
    }
    for (int64_t k = 0, n = a.numElements(); k < n; ++k) {
      double x = elementAt(a, k), y = elementAt(b, k);
      if (std::isnan(x) || std::isnan(y)) {
        if (std::isnan(x) != std::isnan(y))
          ++c.mismatches;
        continue;
      }
      double abs = std::fabs(x - y);
      double rel = abs / std::max(std::fabs(y), 1e-30);
      c.maxAbs = std::max(c.maxAbs, abs);
      if (abs != 0)
        c.maxRel = std::max(c.maxRel, rel);
      if (abs > absTol + relTol * std::fabs(y))
        ++c.mismatches;
    }
  }
  return c;
}

static Timing timeBuild(Build &build, ArrayRef<NpyArray> inputs) {
  double ms, deviceMs;
  for (unsigned i = 0; i < warmupIters; ++i)
    (void)build.call(inputs, ms, deviceMs);
  SmallVector<double> times, deviceTimes;
  bool onDevice = build.runtime != Runtime::CPU;
  uint64_t allocationsBefore = onDevice ? gpuRuntime().allocations() : 0;
  for (unsigned i = 0; i < benchIters; ++i) {
    (void)build.call(inputs, ms, deviceMs);
    times.push_back(ms);
    deviceTimes.push_back(deviceMs);
  }
  llvm::sort(times);
  llvm::sort(deviceTimes);
  Timing t{times.front(), times[times.size() / 2]};
  if (build.runtime == Runtime::CUDA) {
    t.deviceMin = deviceTimes.front();
    t.deviceMedian = deviceTimes[deviceTimes.size() / 2];
  }
  if (onDevice)
    t.allocationsPerCall =
        static_cast<double>(gpuRuntime().allocations() - allocationsBefore) /
        benchIters;
  return t;
}

static void printText(ArrayRef<NpyArray> inputs, ArrayRef<NpyArray> results,
                      ArrayRef<RankedTensorType> resultTypes,
                      const Build *primary, const Build *other,
                      const std::optional<Comparison> &cmp,
                      const std::optional<Timing> &t1,
                      const std::optional<Timing> &t2) {
  llvm::raw_ostream &os = llvm::outs();
  os << "fuse-run: @" << entryName << " via '" << primary->pipeline << "', "
     << inputs.size() << " input(s)";
  if (inputNpy.empty())
    os << " (seed " << seed << ", "
       << (dist == Dist::Uniform ? "uniform" : "normal") << ")";
  os << "\n";
  for (auto [i, in] : llvm::enumerate(inputs))
    os << "input #" << i << ": " << shapeStr(in.shape) << " " << in.dtype
       << "\n";
  for (auto [i, r] : llvm::enumerate(results)) {
    Stats s = statsOf(r);
    os << "result #" << i << ": " << resultTypes[i] << " shape "
       << shapeStr(r.shape)
       << llvm::format(" sum %.6g min %.6g max %.6g", s.sum, s.min, s.max);
    if (s.nans)
      os << " nan " << s.nans;
    os << "\n  values:";
    for (int64_t k = 0, n = std::min<int64_t>(r.numElements(), printCount);
         k < n; ++k)
      os << llvm::format(" %.6g", elementAt(r, k));
    if (r.numElements() > printCount)
      os << " ...";
    os << "\n";
  }
  if (cmp) {
    os << "compare: '" << other->pipeline << "' ";
    if (!cmp->error.empty())
      os << "disagrees: " << cmp->error;
    else
      os << llvm::format(
          "max abs err %.3g, max rel err %.3g, %lld "
          "mismatch(es) (atol %g, rtol %g)",
          cmp->maxAbs, cmp->maxRel, static_cast<long long>(cmp->mismatches),
          static_cast<double>(absTol), static_cast<double>(relTol));
    os << ": " << (cmp->ok() ? "OK" : "FAIL") << "\n";
  }
  if (t1) {
    os << llvm::format("bench: %u call(s) after %u warm-up: '",
                       static_cast<unsigned>(benchIters),
                       static_cast<unsigned>(warmupIters))
       << primary->pipeline
       << llvm::format("' min %.4f ms median %.4f ms", t1->min, t1->median);
    if (t1->deviceMedian >= 0)
      os << llvm::format(" (device min %.4f ms median %.4f ms)", t1->deviceMin,
                         t1->deviceMedian);
    if (t1->allocationsPerCall >= 0)
      os << llvm::format(", %.2f device allocation(s) per call",
                         t1->allocationsPerCall);
    os << "\n";
    if (t2) {
      os << "bench: '" << other->pipeline
         << llvm::format("' min %.4f ms median %.4f ms", t2->min, t2->median);
      if (t2->deviceMedian >= 0)
        os << llvm::format(" (device min %.4f ms median %.4f ms)",
                           t2->deviceMin, t2->deviceMedian);
      os << "\n";
      os << llvm::format("bench: median ratio '%s' / '%s' = %.3f\n",
                         other->pipeline.c_str(), primary->pipeline.c_str(),
                         t2->median / t1->median);
    }
  }
}

static void printJson(ArrayRef<NpyArray> inputs, ArrayRef<NpyArray> results,
                      ArrayRef<RankedTensorType> resultTypes,
                      const Build *primary, const Build *other,
                      const std::optional<Comparison> &cmp,
                      const std::optional<Timing> &t1,
                      const std::optional<Timing> &t2) {
  llvm::json::OStream j(llvm::outs(), 2);
  auto shapeArray = [&](ArrayRef<int64_t> shape) {
    j.attributeArray("shape", [&] {
      for (int64_t d : shape)
        j.value(d);
    });
  };
  // JSON has no inf/nan: write null for them.
  auto number = [&](llvm::StringRef key, double v) {
    if (std::isfinite(v))
      j.attribute(key, v);
    else
      j.attribute(key, nullptr);
  };
  auto timing = [&](const Timing &t) {
    j.attribute("min_ms", t.min);
    j.attribute("median_ms", t.median);
    if (t.deviceMedian >= 0) {
      j.attribute("device_min_ms", t.deviceMin);
      j.attribute("device_median_ms", t.deviceMedian);
    }
    if (t.allocationsPerCall >= 0)
      j.attribute("device_allocations_per_call", t.allocationsPerCall);
  };
  j.object([&] {
    j.attribute("entry", entryName.getValue());
    j.attribute("pipeline", primary->pipeline);
    if (inputNpy.empty()) {
      j.attribute("seed", static_cast<int64_t>(seed));
      j.attribute("dist", dist == Dist::Uniform ? "uniform" : "normal");
    }
    j.attributeArray("inputs", [&] {
      for (const NpyArray &in : inputs)
        j.object([&] {
          shapeArray(in.shape);
          j.attribute("dtype", in.dtype);
        });
    });
    j.attributeArray("results", [&] {
      for (auto it : llvm::enumerate(results))
        j.object([&] {
          const NpyArray &r = it.value();
          Stats s = statsOf(r);
          j.attribute("type", typeStr(resultTypes[it.index()]));
          shapeArray(r.shape);
          j.attribute("dtype", r.dtype);
          number("sum", s.sum);
          number("min", s.min);
          number("max", s.max);
          j.attribute("nans", s.nans);
          j.attributeArray("values", [&] {
            for (int64_t k = 0,
                         n = std::min<int64_t>(r.numElements(), printCount);
                 k < n; ++k) {
              double v = elementAt(r, k);
              if (std::isfinite(v))
                j.value(v);
              else
                j.value(nullptr);
            }
          });
        });
    });
    if (cmp)
      j.attributeObject("compare", [&] {
        j.attribute("pipeline", other->pipeline);
        j.attribute("max_abs_err", cmp->maxAbs);
        j.attribute("max_rel_err", cmp->maxRel);
        j.attribute("mismatches", cmp->mismatches);
        j.attribute("atol", static_cast<double>(absTol));
        j.attribute("rtol", static_cast<double>(relTol));
        if (!cmp->error.empty())
          j.attribute("error", cmp->error);
        j.attribute("ok", cmp->ok());
      });
    if (t1)
      j.attributeObject("bench", [&] {
        j.attribute("iterations", static_cast<int64_t>(benchIters));
        j.attribute("warmup", static_cast<int64_t>(warmupIters));
        j.attributeObject("primary", [&] { timing(*t1); });
        if (t2) {
          j.attributeObject("compare", [&] { timing(*t2); });
          j.attribute("median_ratio_compare_over_primary",
                      t2->median / t1->median);
        }
      });
  });
  llvm::outs() << "\n";
}

//===----------------------------------------------------------------------===//
// main
//===----------------------------------------------------------------------===//

/// Erases the functions of `module` that `entry` does not reference,
/// directly or through what it references: every other function made
/// private, then upstream's symbol-dce. Fails (with a diagnostic) if the
/// pass does.
static LogicalResult dropUnreferencedFunctions(ModuleOp module,
                                               func::FuncOp entry) {
  for (auto f : module.getOps<func::FuncOp>())
    if (f != entry)
      f.setPrivate();
  PassManager pm(module.getContext());
  pm.addPass(createSymbolDCEPass());
  return pm.run(module);
}

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  argv0 = argv[0];
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  registerAllPasses();
  fuse::registerAllPasses();
  cl::AddExtraVersionPrinter([](llvm::raw_ostream &os) {
    os << "fuse version " FUSE_VERSION_STRING
          " (built against LLVM/MLIR " FUSE_LLVM_VERSION_STRING ")\n";
  });
  cl::HideUnrelatedOptions(runCat);
  cl::ParseCommandLineOptions(
      argc, argv,
      "fuse-run: JIT-run a function, compare fused against unfused, time it\n");

#ifdef __GLIBC__
  if (reuseMemory) {
    // The compiled functions malloc their results and temporaries per call;
    // glibc would mmap each large one and unmap it on free, so every call
    // would touch fresh pages (for a 64 MB result, 16K page faults and the
    // kernel zeroing it: 4x the time of the computation in W1).
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
  }
#endif

  // A NaN tolerance would make every comparison pass.
  for (auto [name, value] :
       {std::pair<const char *, double>{"atol", absTol}, {"rtol", relTol}})
    if (!std::isfinite(value) || value < 0)
      fail(llvm::Twine("--") + name + " must be a finite number >= 0, not " +
           std::to_string(value));

  DialectRegistry registry;
  fuse::registerAllDialectsAndExtensions(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagHandler(sourceMgr, &context);
  // Registered last, so asked first: drops remarks unless --show-remarks.
  context.getDiagEngine().registerHandler([](Diagnostic &diag) {
    return success(!showRemarks &&
                   diag.getSeverity() == DiagnosticSeverity::Remark);
  });

  // Verified by verifyFusionInput, which guards the upstream verifiers that
  // crash on some input, instead of by the parser (as in fuse-opt).
  // Text that crashes the parser is an error before it is parsed.
  std::string openError;
  std::unique_ptr<llvm::MemoryBuffer> inputBuffer =
      mlir::openInputFile(inputFile, &openError);
  if (!inputBuffer)
    fail(openError);
  unsigned inputId =
      sourceMgr.AddNewSourceBuffer(std::move(inputBuffer), llvm::SMLoc());
  if (failed(fusion::checkParserHazards(sourceMgr, inputId)))
    fail("cannot parse " + inputFile);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(
      sourceMgr, ParserConfig(&context, /*verifyAfterParse=*/false));
  if (!module ||
      failed(fusion::verifyFusionInput(*module, /*runVerifier=*/true)))
    fail("cannot parse " + inputFile);
  auto func = module->lookupSymbol<func::FuncOp>(entryName);
  if (!func || func.isExternal())
    fail("no function @" + entryName + " with a body in " + inputFile +
         " (choose one with --entry)");
  if (entryOnly && failed(dropUnreferencedFunctions(*module, func)))
    fail("--entry-only: cannot drop the other functions of " + inputFile);
  SmallVector<RankedTensorType> resultTypes;
  for (auto [i, type] : llvm::enumerate(func.getFunctionType().getResults()))
    resultTypes.push_back(checkTensorType(type, "result", i));
  SmallVector<NpyArray> inputs = makeInputs(func);
  if (!outputNpy.empty() && outputNpy.size() > resultTypes.size())
    fail("--output names " + llvm::Twine(outputNpy.size()) + " file(s), but @" +
         entryName + " has " + llvm::Twine(resultTypes.size()) + " result(s)");

  std::string primaryPipeline = pipelineStr;
  if (device == Device::GPU && pipelineStr.getNumOccurrences() == 0)
    primaryPipeline = "fusion-to-nvvm";
  else if (device == Device::GPU &&
           !StringRef(pipelineStr).contains("fusion-to-nvvm"))
    fail("--device=gpu needs a fusion-to-nvvm pipeline, not '" + pipelineStr +
         "'");
  std::unique_ptr<Build> primary =
      compile(*module, primaryPipeline, resultTypes);
  std::unique_ptr<Build> other;
  if (!compareStr.empty())
    other = compile(*module, compareStr, resultTypes);

  double ms, deviceMs;
  SmallVector<NpyArray> results = primary->call(inputs, ms, deviceMs);
  std::optional<Comparison> cmp;
  if (other)
    cmp = compareResults(results, other->call(inputs, ms, deviceMs));
  std::optional<Timing> t1, t2;
  if (benchIters > 0) {
    t1 = timeBuild(*primary, inputs);
    if (other)
      t2 = timeBuild(*other, inputs);
  }

  for (auto [path, result] : llvm::zip_first(outputNpy, results))
    failOn(fuse::writeNpy(path, result));

  if (jsonOut)
    printJson(inputs, results, resultTypes, primary.get(), other.get(), cmp, t1,
              t2);
  else
    printText(inputs, results, resultTypes, primary.get(), other.get(), cmp, t1,
              t2);
  llvm::outs().flush();
  return cmp && !cmp->ok() ? kExitMismatch : 0;
}
