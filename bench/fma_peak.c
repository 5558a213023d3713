/* FMA peak of one core: 16 independent chains of 16-wide f32 FMAs (AVX-512
 * when compiled with -march=native -mprefer-vector-width=512 on such a CPU:
 * without it clang splits them into 256-bit halves on CPUs it tunes for 256
 * bits, e.g. when the host reads as rocketlake). The compiler keeps the
 * chains in registers. Prints GFLOP/s (2 flops per lane per FMA). */
#include <stdio.h>
#include <time.h>

typedef float v16 __attribute__((vector_size(64)));

int main(void) {
  v16 acc[16], a, b;
  for (int i = 0; i < 16; ++i)
    for (int j = 0; j < 16; ++j)
      acc[i][j] = (float)(i + j) * 1e-3f;
  for (int j = 0; j < 16; ++j) {
    a[j] = 0.999999f;
    b[j] = 1e-7f;
  }
  const long iters = 20000000;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (long k = 0; k < iters; ++k)
    for (int i = 0; i < 16; ++i)
      acc[i] = acc[i] * a + b;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double s = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
  float sink = 0;
  for (int i = 0; i < 16; ++i)
    for (int j = 0; j < 16; ++j)
      sink += acc[i][j];
  double flops = 2.0 * 16 * 16 * (double)iters;
  printf("%.1f GFLOP/s (checksum %g)\n", flops / s * 1e-9, sink);
  return 0;
}
