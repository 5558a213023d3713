/* STREAM-like triad a = b + s * c on one core, 3 x 128 MiB of f32, best of
 * 5; prints GB/s counting 3 arrays (as STREAM does). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
  const long n = 32L << 20;
  float *a = aligned_alloc(64, n * 4), *b = aligned_alloc(64, n * 4),
        *c = aligned_alloc(64, n * 4);
  for (long i = 0; i < n; ++i) {
    a[i] = 0;
    b[i] = (float)i;
    c[i] = 1.0f;
  }
  double best = 1e9;
  for (int r = 0; r < 5; ++r) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; ++i)
      a[i] = b[i] + 3.0f * c[i];
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (t1.tv_sec - t0.tv_sec) + 1e-9 * (t1.tv_nsec - t0.tv_nsec);
    if (s < best)
      best = s;
  }
  printf("%.1f GB/s (checksum %g)\n", 3.0 * n * 4 / best * 1e-9, a[n / 3]);
  free(a);
  free(b);
  free(c);
  return 0;
}
