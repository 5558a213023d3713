/* FMA peak of one core: independent chains of f32 FMAs, as many as the
 * vector registers hold: 16 chains of 16 lanes with AVX-512 (compile with
 * -march=native -mprefer-vector-width=512 on such a CPU: without it clang
 * splits them into 256-bit halves on CPUs it tunes for 256 bits, e.g. when
 * the host reads as rocketlake), else 12 chains of 8 lanes (AVX2's 16
 * registers: 16 chains of 16 lanes would spill and measure half the peak).
 * The compiler keeps the chains in registers. Prints GFLOP/s (2 flops per
 * lane per FMA).
 *
 *   clang-22 -O2 -march=native bench/fma_peak.c -o /tmp/fma_peak */
#include <stdio.h>
#include <time.h>

#ifdef __AVX512F__
enum { LANES = 16, CHAINS = 16 };
#else
enum { LANES = 8, CHAINS = 12 };
#endif
typedef float vec __attribute__((vector_size(LANES * 4)));

int main(void) {
  vec acc[CHAINS], a, b;
  for (int i = 0; i < CHAINS; ++i)
    for (int j = 0; j < LANES; ++j)
      acc[i][j] = (float)(i + j) * 1e-3f;
  for (int j = 0; j < LANES; ++j) {
    a[j] = 0.999999f;
    b[j] = 1e-7f;
  }
  const long iters = 20000000;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (long k = 0; k < iters; ++k)
    for (int i = 0; i < CHAINS; ++i)
      acc[i] = acc[i] * a + b;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double s = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
  float sink = 0;
  for (int i = 0; i < CHAINS; ++i)
    for (int j = 0; j < LANES; ++j)
      sink += acc[i][j];
  double flops = 2.0 * CHAINS * LANES * (double)iters;
  printf("%.1f GFLOP/s (checksum %g)\n", flops / s * 1e-9, sink);
  return 0;
}
