//===- EmulatorRuntime.cpp - fuse's GPU runtime, emulated on the host ----===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The runtime functions that programs compiled by `fusion-emulate-gpu` call
// (the `mgpu*` functions of `gpu-to-llvm`, and fuse's own), implemented on
// the host: "device memory" is host memory, and every device allocation is
// recorded, so that `fuseGpuCheckKernelPointer` (called before each emulated
// kernel) can tell a device pointer from anything else, e.g. the host stack.
// A pointer that lies in no device allocation stops the program with an
// error naming the kernel and the argument (exit status 2), which is how a
// machine without a GPU catches the class of bug that makes kernels fault
// with CUDA_ERROR_ILLEGAL_ADDRESS on one.
//
// The streams are emulated too: everything runs in program order, which is
// the order of fuse's single stream.
//
//===----------------------------------------------------------------------===//

#include "fuse/Runtime/GPURuntime.h"

#include "CachingPool.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

#define FUSE_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
/// Device allocations: start address -> size in bytes (pooled blocks stay
/// registered while cached: on a GPU they stay allocated too).
struct Registry {
  std::mutex mutex;
  std::map<uintptr_t, size_t> live;
  /// Uploaded constants: host address -> device copy.
  std::unordered_map<const void *, void *> constants;
};

Registry &registry() {
  static Registry *r = new Registry;
  return *r;
}

/// The same caching pool as the CUDA runtime's, over host memory: it is
/// exercised (and its reuse counted) without a GPU.
fuse::runtime::CachingPool<uintptr_t, void *> &pool() {
  static auto *p = new fuse::runtime::CachingPool<uintptr_t, void *>;
  return *p;
}

/// A fresh registered block of `bytes` (not from the pool).
void *allocateFresh(size_t bytes) {
  // 256-byte aligned, as cuMemAlloc's.
  void *ptr = std::aligned_alloc(256, (bytes + 255) / 256 * 256);
  if (!ptr) {
    std::fprintf(stderr, "fuse-gpu-emulator: out of memory (%zu bytes)\n",
                 bytes);
    std::exit(2);
  }
  Registry &r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.live[reinterpret_cast<uintptr_t>(ptr)] = bytes;
  return ptr;
}

void *allocate(size_t bytes, void *stream) {
  auto &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  size_t size = p.sizeClass(bytes);
  uintptr_t ptr = p.take(stream, size);
  bool fresh = !ptr;
  if (fresh)
    ptr = reinterpret_cast<uintptr_t>(allocateFresh(size));
  p.track(ptr, size, /*managed=*/false, fresh);
  return reinterpret_cast<void *>(ptr);
}

int stream;
} // namespace

/// Whether `ptr` lies in a device allocation (one past its end included: an
/// empty view may point there).
bool isDevicePointer(const void *ptr) {
  Registry &r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  auto address = reinterpret_cast<uintptr_t>(ptr);
  auto it = r.live.upper_bound(address);
  if (it == r.live.begin())
    return false;
  --it;
  return address <= it->first + it->second;
}

FUSE_EXPORT void *mgpuMemAlloc(uint64_t bytes, void *stream,
                               bool /*isHostShared*/) {
  return allocate(bytes, stream ? stream : &::stream);
}

FUSE_EXPORT void mgpuMemFree(void *ptr, void *stream) {
  if (!ptr)
    return;
  auto &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  bool managed = false;
  if (!p.release(reinterpret_cast<uintptr_t>(ptr), stream ? stream : &::stream,
                 managed)) {
    std::fprintf(stderr,
                 "fuse-gpu-emulator: mgpuMemFree(%p): not a device allocation "
                 "(freed twice, or host memory)\n",
                 ptr);
    std::exit(2);
  }
}

FUSE_EXPORT void mgpuMemcpy(void *dst, void *src, size_t bytes,
                            void * /*stream*/) {
  std::memmove(dst, src, bytes);
}

FUSE_EXPORT void mgpuMemset32(void *dst, unsigned int value, size_t count,
                              void * /*stream*/) {
  auto *p = static_cast<uint32_t *>(dst);
  for (size_t i = 0; i < count; ++i)
    p[i] = value;
}

FUSE_EXPORT void mgpuMemset16(void *dst, unsigned short value, size_t count,
                              void * /*stream*/) {
  auto *p = static_cast<uint16_t *>(dst);
  for (size_t i = 0; i < count; ++i)
    p[i] = value;
}

FUSE_EXPORT void *mgpuStreamCreate() { return &stream; }
FUSE_EXPORT void mgpuStreamDestroy(void *) {}
FUSE_EXPORT void mgpuStreamSynchronize(void *) {}
FUSE_EXPORT void mgpuStreamWaitEvent(void *, void *) {}
FUSE_EXPORT void *mgpuEventCreate() { return &stream; }
FUSE_EXPORT void mgpuEventDestroy(void *) {}
FUSE_EXPORT void mgpuEventSynchronize(void *) {}
FUSE_EXPORT void mgpuEventRecord(void *, void *) {}

FUSE_EXPORT void *fuseGpuConstant(const void *host, uint64_t bytes) {
  // One upload per constant, also when two threads miss at once.
  static std::mutex uploadMutex;
  std::lock_guard<std::mutex> uploadLock(uploadMutex);
  Registry &r = registry();
  {
    std::lock_guard<std::mutex> lock(r.mutex);
    auto it = r.constants.find(host);
    if (it != r.constants.end())
      return it->second;
  }
  void *device = allocateFresh(bytes ? bytes : 1);
  std::memcpy(device, host, bytes);
  {
    auto &p = pool();
    std::lock_guard<std::mutex> lock(p.mutex);
    ++p.driverAllocations;
  }
  std::lock_guard<std::mutex> lock(r.mutex);
  return r.constants.emplace(host, device).first->second;
}

FUSE_EXPORT void fuseGpuCheckKernelPointer(const char *kernel, int64_t index,
                                           uintptr_t pointer) {
  if (isDevicePointer(reinterpret_cast<const void *>(pointer)))
    return;
  std::fprintf(stderr,
               "fuse-gpu-emulator: %s, argument #%lld: pointer %p is not in "
               "device memory (no device allocation, uploaded constant or "
               "argument holds it); on a GPU the kernel would fault\n",
               kernel, static_cast<long long>(index),
               reinterpret_cast<void *>(pointer));
  std::exit(2);
}

FUSE_EXPORT void *fuseGpuAlloc(uint64_t bytes) {
  return allocate(bytes, &stream);
}
FUSE_EXPORT void fuseGpuFree(void *ptr) { mgpuMemFree(ptr, nullptr); }
FUSE_EXPORT void fuseGpuUpload(void *device, const void *host, uint64_t bytes) {
  std::memcpy(device, host, bytes);
}
FUSE_EXPORT void fuseGpuDownload(void *host, const void *device,
                                 uint64_t bytes) {
  std::memcpy(host, device, bytes);
}
FUSE_EXPORT void fuseGpuSetStream(void *) {}
FUSE_EXPORT void *fuseGpuGetStream() { return &stream; }
FUSE_EXPORT void fuseGpuSynchronize() {}
FUSE_EXPORT void fuseGpuEmptyCache() {
  auto &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  p.clear([](uintptr_t block) {
    Registry &r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    r.live.erase(block);
    std::free(reinterpret_cast<void *>(block));
  });
}
FUSE_EXPORT void *fuseGpuEventRecord() {
  return new std::chrono::steady_clock::time_point(
      std::chrono::steady_clock::now());
}
FUSE_EXPORT float fuseGpuEventElapsedMs(void *start, void *stop) {
  using Time = std::chrono::steady_clock::time_point;
  return std::chrono::duration<float, std::milli>(*static_cast<Time *>(stop) -
                                                  *static_cast<Time *>(start))
      .count();
}
FUSE_EXPORT void fuseGpuEventDestroy(void *event) {
  delete static_cast<std::chrono::steady_clock::time_point *>(event);
}
FUSE_EXPORT uint64_t fuseGpuDeviceAllocations() {
  auto &p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  return p.driverAllocations;
}
