//===- CachingPool.h - Device memory cache of fuse's GPU runtimes -*- C++
//-*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The caching allocator of fuse's GPU runtimes (CudaRuntime.cpp, and
// EmulatorRuntime.cpp, where it is exercised without a GPU): a freed block
// goes back to a free list of its stream and size class, and an allocation
// of that class on that stream takes it without a driver call. Reuse in the
// order of one stream needs no synchronization: the kernels that used the
// block come before those that reuse it. Sizes round up to 512 bytes below
// 1 MB and to 2 MB above, as PyTorch's caching allocator does.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_RUNTIME_CACHINGPOOL_H
#define FUSE_RUNTIME_CACHINGPOOL_H

#include <cstdint>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fuse {
namespace runtime {

template <typename Ptr, typename Stream>
class CachingPool {
public:
  static size_t sizeClass(uint64_t bytes) {
    if (bytes == 0)
      bytes = 1;
    if (bytes < (1u << 20))
      return (bytes + 511) / 512 * 512;
    return (bytes + (2u << 20) - 1) / (2u << 20) * (2u << 20);
  }

  /// A cached block of size class `size` freed on `stream`, or 0. The
  /// caller holds `mutex`.
  Ptr take(Stream stream, size_t size) {
    auto it = free.find({stream, size});
    if (it == free.end() || it->second.empty())
      return Ptr();
    Ptr ptr = it->second.back();
    it->second.pop_back();
    return ptr;
  }

  /// Records a live block (from take or from the driver, `fresh`).
  void track(Ptr ptr, size_t size, bool managed, bool fresh) {
    live[ptr] = {size, managed};
    if (fresh)
      ++driverAllocations;
  }

  /// Takes a live block back: into the free list of `stream` unless it is
  /// managed memory (then the caller frees it). False if `ptr` is not live.
  bool release(Ptr ptr, Stream stream, bool &managed) {
    auto it = live.find(ptr);
    if (it == live.end())
      return false;
    managed = it->second.second;
    if (!managed)
      free[{stream, it->second.first}].push_back(ptr);
    live.erase(it);
    return true;
  }

  /// Hands every cached block to `freeBlock` and forgets them.
  template <typename FreeFn>
  void clear(FreeFn freeBlock) {
    for (auto &[key, blocks] : free)
      for (Ptr block : blocks)
        freeBlock(block);
    free.clear();
  }

  std::mutex mutex;
  /// Driver allocations so far (pool misses, and what the runtime counts
  /// besides, e.g. constant uploads).
  uint64_t driverAllocations = 0;

private:
  std::map<std::pair<Stream, size_t>, std::vector<Ptr>> free;
  std::unordered_map<Ptr, std::pair<size_t, bool>> live;
};

} // namespace runtime
} // namespace fuse

#endif // FUSE_RUNTIME_CACHINGPOOL_H
