/*===- GPURuntime.h - fuse's GPU runtime: the embedder's C API ---*- C -*-===*\
|*                                                                            *|
|* Part of the fuse project: fusing modules as an MLIR compiler feature.      *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

/* The calling convention of functions compiled by `fusion-to-nvvm` (and by
 * `fusion-emulate-gpu`, whose runtime implements the same functions on the
 * host), for programs that embed them. docs/gpu.md, "Memory model".
 *
 * - Arguments and results are device buffers. The caller allocates the
 *   arguments (fuseGpuAlloc, or any CUDA allocation) and fills them
 *   (fuseGpuUpload); a call never reads host memory.
 * - Results are allocated by the call from the runtime's caching pool and
 *   owned by the caller, who frees them with fuseGpuFree. A result may
 *   alias an argument (the function returns it); free each buffer once.
 * - Intermediates come from the same pool: after the first call, a call of
 *   the same shapes makes no cuMemAlloc. Freed blocks are reused in the
 *   order of the stream, so no call waits for another.
 * - Constants (weights) are uploaded on their first use and kept until the
 *   runtime is unloaded; a call copies none.
 * - All work of a call goes on the current stream (fuseGpuSetStream; the
 *   runtime's own non-blocking stream by default), in program order, and
 *   the call returns once it is queued, without waiting for the GPU. Read
 *   results after fuseGpuSynchronize (or fuseGpuDownload, which waits), or
 *   order later work on the same stream.
 *
 * Every function works in the primary context of device 0 (or
 * $FUSE_CUDA_DEVICE). A failing driver call prints the call and the
 * driver's error and exits with status 2.
 */

#ifndef FUSE_RUNTIME_GPURUNTIME_H
#define FUSE_RUNTIME_GPURUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Device memory from the caching pool (256-byte aligned), and its return to
 * the pool, ordered on the current stream. */
void *fuseGpuAlloc(uint64_t bytes);
void fuseGpuFree(void *device);

/* Copies on the current stream. Download waits for the stream first. */
void fuseGpuUpload(void *device, const void *host, uint64_t bytes);
void fuseGpuDownload(void *host, const void *device, uint64_t bytes);

/* The stream calls and copies use (a CUstream); NULL: the runtime's own. The
 * setting is per host thread. */
void fuseGpuSetStream(void *stream);
void *fuseGpuGetStream(void);

/* Waits for all work queued on the current stream. */
void fuseGpuSynchronize(void);

/* Device time: an event recorded on the current stream now, and the
 * milliseconds between two of them (waits for `stop`); destroy each. */
void *fuseGpuEventRecord(void);
float fuseGpuEventElapsedMs(void *start, void *stop);
void fuseGpuEventDestroy(void *event);

/* Frees the pool's cached blocks (waits for the device first). */
void fuseGpuEmptyCache(void);

/* Device allocations the runtime made so far (cuMemAlloc calls: pool
 * misses and constant uploads). */
uint64_t fuseGpuDeviceAllocations(void);

/* Called by compiled code: the device copy of the constant at `host`
 * (uploaded on first use). */
void *fuseGpuConstant(const void *host, uint64_t bytes);

#ifdef __cplusplus
}
#endif

#endif /* FUSE_RUNTIME_GPURUNTIME_H */
