/* An embedder of a GPU-compiled fuse function (test/Embedding/gpu-runtime.test):
 * device buffers from fuseGpuAlloc, copies, the call through its
 * `_mlir_ciface_` entry point, the result owned by the caller, events, and
 * the pool's promise that a repeated call allocates nothing. Linked with the
 * emulator's runtime here; the same code links with FuseCudaRuntime on a
 * GPU machine. With the argument `host-argument`, passes host memory as the
 * argument, which the emulation stops (a GPU would fault). */
#include "fuse/Runtime/GPURuntime.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} Memref2D;

void _mlir_ciface_bias_relu(Memref2D *result, Memref2D *x);

enum { R = 4, C = 256 };
static float host[R * C], out[R * C];

int main(int argc, char **argv) {
  const float bias[R] = {-1.0f, 0.5f, 2.0f, -3.0f};
  for (int i = 0; i < R * C; ++i)
    host[i] = (float)(i % 7) - 3.0f;
  /* The runtime's own stream (NULL), as a caller with no stream of its own
   * would set it. */
  fuseGpuSetStream(NULL);
  float *x = fuseGpuAlloc(sizeof host);
  fuseGpuUpload(x, host, sizeof host);
  float *arg = argc > 1 && strcmp(argv[1], "host-argument") == 0 ? host : x;
  Memref2D input = {arg, arg, 0, {R, C}, {C, 1}};
  int mismatches = 0;
  uint64_t allocations[4];
  void *start = fuseGpuEventRecord();
  for (int call = 0; call < 3; ++call) {
    allocations[call] = fuseGpuDeviceAllocations();
    Memref2D result;
    _mlir_ciface_bias_relu(&result, &input);
    fuseGpuDownload(out, result.aligned, sizeof out);
    fuseGpuFree(result.allocated);
    for (int i = 0; i < R * C; ++i) {
      float want = host[i] + bias[i / C];
      mismatches += out[i] != (want > 0.0f ? want : 0.0f);
    }
  }
  allocations[3] = fuseGpuDeviceAllocations();
  void *stop = fuseGpuEventRecord();
  float ms = fuseGpuEventElapsedMs(start, stop);
  fuseGpuEventDestroy(start);
  fuseGpuEventDestroy(stop);
  printf("3 calls: %d mismatches; device allocations: first call %llu, "
         "calls 2-3 %llu; elapsed %s\n",
         mismatches, (unsigned long long)(allocations[1] - allocations[0]),
         (unsigned long long)(allocations[3] - allocations[1]),
         ms >= 0.0f ? "measured" : "negative");
  fuseGpuSynchronize();
  fuseGpuFree(x);
  fuseGpuEmptyCache();
  return mismatches != 0;
}
