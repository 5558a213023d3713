//===- CudaRuntime.cpp - fuse's GPU runtime on the CUDA driver API -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The functions that `gpu-to-llvm` emits calls to (`mgpu*`), implemented on
// the CUDA driver API, for programs that `fusion-to-nvvm` compiled: module
// load (cubin or PTX, JIT-compiled by the driver), kernel launch, streams,
// events, memory. Debian ships no libmlir_cuda_runtime, hence this one.
// `fuse-run --device=gpu` loads it into the JIT.
//
// Every call works in the primary context of device 0 (or $FUSE_CUDA_DEVICE).
// A failing driver call prints the call and the driver's error name and
// exits with status 2, fuse-run's code for errors.
//
//===----------------------------------------------------------------------===//

#include <cuda.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>

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
  setContext();
  CHECK(cuLaunchKernel(static_cast<CUfunction>(function), gridX, gridY, gridZ,
                       blockX, blockY, blockZ, smem,
                       static_cast<CUstream>(stream), params, extra));
}

FUSE_EXPORT void *mgpuStreamCreate() {
  setContext();
  CUstream stream = nullptr;
  CHECK(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));
  return stream;
}

FUSE_EXPORT void mgpuStreamDestroy(void *stream) {
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

/// Device memory, or managed memory reachable from host and device when
/// `isHostShared` (what fusion-gpu-host-shared-allocs asks for).
FUSE_EXPORT void *mgpuMemAlloc(uint64_t bytes, void *stream,
                               bool isHostShared) {
  setContext();
  CUdeviceptr ptr = 0;
  if (bytes == 0)
    bytes = 1;
  if (isHostShared)
    CHECK(cuMemAllocManaged(&ptr, bytes, CU_MEM_ATTACH_GLOBAL));
  else
    CHECK(cuMemAlloc(&ptr, bytes));
  (void)stream;
  return reinterpret_cast<void *>(ptr);
}

FUSE_EXPORT void mgpuMemFree(void *ptr, void * /*stream*/) {
  if (ptr)
    CHECK(cuMemFree(reinterpret_cast<CUdeviceptr>(ptr)));
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

/// Waits for all work on the device (fuse-run calls it before reading
/// results).
FUSE_EXPORT void fuseCudaSynchronize() {
  setContext();
  CHECK(cuCtxSynchronize());
}
