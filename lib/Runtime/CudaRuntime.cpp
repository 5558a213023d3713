//===- CudaRuntime.cpp - fuse's GPU runtime on the CUDA driver API -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The functions that `gpu-to-llvm` emits calls to (`mgpu*`), implemented on
// the CUDA driver API, for programs that `fusion-to-nvvm` compiled, and
// fuse's own runtime API for embedders (include/fuse/Runtime/GPURuntime.h,
// which states the calling convention): module load (cubin or PTX,
// JIT-compiled by the driver), kernel launch, one current stream, device
// memory from a caching pool, constants uploaded once. Debian ships no
// libmlir_cuda_runtime, hence this one. `fuse-run --device=gpu` loads it
// into the JIT.
//
// Every call works in the primary context of device 0 (or $FUSE_CUDA_DEVICE).
// A failing driver call prints the call and the driver's error name and
// exits with status 2, fuse-run's code for errors.
//
//===----------------------------------------------------------------------===//

#include "fuse/Runtime/GPURuntime.h"

#include "CachingPool.h"

#include <cuda.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#define FUSE_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
void check(CUresult result, const char *call) {
  if (result == CUDA_SUCCESS)
    return;
  const char *name = "unknown error";
  cuGetErrorName(result, &name);
  std::fprintf(stderr, "fuse-cuda-runtime: %s failed: %s\n", call, name);
  std::exit(2);
}
#define CHECK(call) check((call), #call)

/// Makes the primary context of the chosen device current on this thread.
void setContext() {
  static CUcontext context = [] {
    CHECK(cuInit(0));
    int ordinal = 0;
    if (const char *env = std::getenv("FUSE_CUDA_DEVICE"))
      ordinal = std::atoi(env);
    CUdevice device;
    CHECK(cuDeviceGet(&device, ordinal));
    CUcontext ctx;
    CHECK(cuDevicePrimaryCtxRetain(&ctx, device));
    return ctx;
  }();
  CHECK(cuCtxSetCurrent(context));
}

/// The runtime's own stream (non-blocking), made on first use.
CUstream ownStream() {
  static CUstream stream = [] {
    setContext();
    CUstream s = nullptr;
    CHECK(cuStreamCreate(&s, CU_STREAM_NON_BLOCKING));
    return s;
  }();
  return stream;
}

/// The embedder's stream for this thread (fuseGpuSetStream), if any.
thread_local CUstream userStream = nullptr;

CUstream currentStream() {
  setContext();
  return userStream ? userStream : ownStream();
}

/// Device memory from the caching pool (CachingPool.h); uploaded constants.
struct Pool : fuse::runtime::CachingPool<CUdeviceptr, CUstream> {
  /// Host address -> uploaded constant.
  std::unordered_map<const void *, CUdeviceptr> constants;

  /// Frees every cached block (the caller holds the mutex).
  void emptyCache() {
    CHECK(cuCtxSynchronize());
    clear([](CUdeviceptr block) { CHECK(cuMemFree(block)); });
  }
};

Pool &pool() {
  static Pool *p = new Pool;
  return *p;
}

CUdeviceptr allocate(uint64_t bytes, CUstream stream, bool managed) {
  setContext();
  Pool &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  size_t size = Pool::sizeClass(bytes);
  CUdeviceptr ptr = managed ? 0 : p.take(stream, size);
  bool fresh = !ptr;
  if (managed) {
    CHECK(cuMemAllocManaged(&ptr, size, CU_MEM_ATTACH_GLOBAL));
  } else if (fresh) {
    CUresult result = cuMemAlloc(&ptr, size);
    if (result == CUDA_ERROR_OUT_OF_MEMORY) {
      p.emptyCache();
      result = cuMemAlloc(&ptr, size);
    }
    check(result, "cuMemAlloc");
  }
  p.track(ptr, size, managed, fresh);
  return ptr;
}

void deallocate(CUdeviceptr ptr, CUstream stream) {
  Pool &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  bool managed = false;
  if (!p.release(ptr, stream, managed)) {
    std::fprintf(stderr,
                 "fuse-cuda-runtime: free of %p, which the runtime did not "
                 "allocate (or freed already)\n",
                 reinterpret_cast<void *>(ptr));
    std::exit(2);
  }
  if (managed)
    CHECK(cuMemFree(ptr));
}
} // namespace

FUSE_EXPORT void *mgpuModuleLoad(void *data, size_t /*size*/) {
  setContext();
  CUmodule module = nullptr;
  CHECK(cuModuleLoadData(&module, data));
  return module;
}

FUSE_EXPORT void *mgpuModuleLoadJIT(void *data, int optLevel) {
  setContext();
  CUmodule module = nullptr;
  char log[8192] = {0};
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                            CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {log, reinterpret_cast<void *>(sizeof(log)),
                    reinterpret_cast<void *>(static_cast<intptr_t>(
                        optLevel < 0 ? 0 : (optLevel > 4 ? 4 : optLevel)))};
  CUresult result = cuModuleLoadDataEx(&module, data, 3, options, values);
  if (result != CUDA_SUCCESS)
    std::fprintf(stderr, "fuse-cuda-runtime: PTX JIT log:\n%s\n", log);
  check(result, "cuModuleLoadDataEx");
  return module;
}

FUSE_EXPORT void mgpuModuleUnload(void *module) {
  CHECK(cuModuleUnload(static_cast<CUmodule>(module)));
}

FUSE_EXPORT void *mgpuModuleGetFunction(void *module, const char *name) {
  CUfunction function = nullptr;
  CHECK(cuModuleGetFunction(&function, static_cast<CUmodule>(module), name));
  return function;
}

FUSE_EXPORT void mgpuLaunchKernel(void *function, intptr_t gridX,
                                  intptr_t gridY, intptr_t gridZ,
                                  intptr_t blockX, intptr_t blockY,
                                  intptr_t blockZ, int32_t smem, void *stream,
                                  void **params, void **extra,
                                  size_t /*paramsCount*/) {
  // An empty grid (a copy of an empty dynamic shape) has nothing to run;
  // the driver would reject it.
  if (gridX <= 0 || gridY <= 0 || gridZ <= 0 || blockX <= 0 || blockY <= 0 ||
      blockZ <= 0)
    return;
  setContext();
  CHECK(cuLaunchKernel(static_cast<CUfunction>(function), gridX, gridY, gridZ,
                       blockX, blockY, blockZ, smem,
                       static_cast<CUstream>(stream), params, extra));
}

/// Compiled functions start with `gpu.wait async`, i.e. mgpuStreamCreate:
/// they all get the current stream, so that a call's work is ordered after
/// the caller's, and destroying it is a no-op.
FUSE_EXPORT void *mgpuStreamCreate() { return currentStream(); }

FUSE_EXPORT void mgpuStreamDestroy(void *stream) {
  if (stream != ownStream() && stream != userStream)
    CHECK(cuStreamDestroy(static_cast<CUstream>(stream)));
}

FUSE_EXPORT void mgpuStreamSynchronize(void *stream) {
  CHECK(cuStreamSynchronize(static_cast<CUstream>(stream)));
}

FUSE_EXPORT void mgpuStreamWaitEvent(void *stream, void *event) {
  CHECK(cuStreamWaitEvent(static_cast<CUstream>(stream),
                          static_cast<CUevent>(event), 0));
}

FUSE_EXPORT void *mgpuEventCreate() {
  setContext();
  CUevent event = nullptr;
  CHECK(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

FUSE_EXPORT void mgpuEventDestroy(void *event) {
  CHECK(cuEventDestroy(static_cast<CUevent>(event)));
}

FUSE_EXPORT void mgpuEventSynchronize(void *event) {
  CHECK(cuEventSynchronize(static_cast<CUevent>(event)));
}

FUSE_EXPORT void mgpuEventRecord(void *event, void *stream) {
  CHECK(cuEventRecord(static_cast<CUevent>(event),
                      static_cast<CUstream>(stream)));
}

/// Device memory from the pool, or managed memory reachable from host and
/// device when `isHostShared` (fusion-to-nvvm{managed}).
FUSE_EXPORT void *mgpuMemAlloc(uint64_t bytes, void *stream,
                               bool isHostShared) {
  return reinterpret_cast<void *>(
      allocate(bytes, stream ? static_cast<CUstream>(stream) : currentStream(),
               isHostShared));
}

FUSE_EXPORT void mgpuMemFree(void *ptr, void *stream) {
  if (ptr)
    deallocate(reinterpret_cast<CUdeviceptr>(ptr),
               stream ? static_cast<CUstream>(stream) : currentStream());
}

FUSE_EXPORT void mgpuMemcpy(void *dst, void *src, size_t bytes, void *stream) {
  CHECK(cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(dst),
                      reinterpret_cast<CUdeviceptr>(src), bytes,
                      static_cast<CUstream>(stream)));
}

FUSE_EXPORT void mgpuMemset32(void *dst, unsigned int value, size_t count,
                              void *stream) {
  CHECK(cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                         static_cast<CUstream>(stream)));
}

FUSE_EXPORT void mgpuMemset16(void *dst, unsigned short value, size_t count,
                              void *stream) {
  CHECK(cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                         static_cast<CUstream>(stream)));
}

//===----------------------------------------------------------------------===//
// fuse's runtime API (include/fuse/Runtime/GPURuntime.h)
//===----------------------------------------------------------------------===//

FUSE_EXPORT void *fuseGpuAlloc(uint64_t bytes) {
  return reinterpret_cast<void *>(allocate(bytes, currentStream(), false));
}

FUSE_EXPORT void fuseGpuFree(void *device) {
  if (device)
    deallocate(reinterpret_cast<CUdeviceptr>(device), currentStream());
}

FUSE_EXPORT void fuseGpuUpload(void *device, const void *host, uint64_t bytes) {
  CHECK(cuMemcpyHtoDAsync(reinterpret_cast<CUdeviceptr>(device), host, bytes,
                          currentStream()));
}

FUSE_EXPORT void fuseGpuDownload(void *host, const void *device,
                                 uint64_t bytes) {
  CHECK(cuStreamSynchronize(currentStream()));
  CHECK(cuMemcpyDtoH(host, reinterpret_cast<CUdeviceptr>(device), bytes));
}

FUSE_EXPORT void fuseGpuSetStream(void *stream) {
  userStream = static_cast<CUstream>(stream);
}

FUSE_EXPORT void *fuseGpuGetStream() { return currentStream(); }

FUSE_EXPORT void fuseGpuSynchronize() {
  CHECK(cuStreamSynchronize(currentStream()));
}

FUSE_EXPORT void *fuseGpuEventRecord() {
  CUstream stream = currentStream();
  CUevent event = nullptr;
  CHECK(cuEventCreate(&event, CU_EVENT_DEFAULT));
  CHECK(cuEventRecord(event, stream));
  return event;
}

FUSE_EXPORT float fuseGpuEventElapsedMs(void *start, void *stop) {
  CHECK(cuEventSynchronize(static_cast<CUevent>(stop)));
  float ms = 0;
  CHECK(cuEventElapsedTime(&ms, static_cast<CUevent>(start),
                           static_cast<CUevent>(stop)));
  return ms;
}

FUSE_EXPORT void fuseGpuEventDestroy(void *event) {
  CHECK(cuEventDestroy(static_cast<CUevent>(event)));
}

FUSE_EXPORT void fuseGpuEmptyCache() {
  setContext();
  Pool &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  p.emptyCache();
}

FUSE_EXPORT uint64_t fuseGpuDeviceAllocations() {
  Pool &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  return p.driverAllocations;
}

/// Uploaded on first use (waited for) and kept: a constant is read-only,
/// and its host address, a global of the loaded program, stays valid as
/// long as the program.
FUSE_EXPORT void *fuseGpuConstant(const void *host, uint64_t bytes) {
  setContext();
  Pool &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  auto it = p.constants.find(host);
  if (it != p.constants.end())
    return reinterpret_cast<void *>(it->second);
  CUdeviceptr device = 0;
  CHECK(cuMemAlloc(&device, bytes ? bytes : 1));
  ++p.driverAllocations;
  // On the stream the kernels run on (non-blocking, so not ordered with the
  // legacy stream of a plain cuMemcpyHtoD), and waited for.
  CUstream stream = currentStream();
  CHECK(cuMemcpyHtoDAsync(device, host, bytes, stream));
  CHECK(cuStreamSynchronize(stream));
  p.constants[host] = device;
  return reinterpret_cast<void *>(device);
}
