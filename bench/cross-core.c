/* The cost of reading what the other core wrote: two OpenMP threads each
 * write half of a 14x14x240 f32 map (188 KB, one of MobileNetV3-small's
 * activations, in rows: thread t rows 7t..7t+6), then each reads (a) its own
 * half, (b) the other thread's half, (c) half of the channels of every row
 * (how a squeeze-excite pool split by channels reads a map its producer
 * split by rows). Prints microseconds per pass, medians of 600 rounds.
 *
 *   cc -O2 -march=native -fopenmp bench/cross-core.c -o /tmp/cross-core
 *   /tmp/cross-core
 */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

#define ROWS 14
#define PIXELS (ROWS * 14)
#define CHANNELS 240
#define N (PIXELS * CHANNELS)
#define ROUNDS 1800

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Sums rows of `width` floats `stride` apart, 8 independent lanes (a
 * vector): the loads, not the adds, bound it. */
static float sum(const float *p, long n, long stride, long width) {
  float acc[8] = {0};
  for (long i = 0; i < n; i += stride)
    for (long c = 0; c < width; c += 8)
      for (int j = 0; j < 8; ++j)
        acc[j] += p[i + c + j];
  return acc[0] + acc[1] + acc[2] + acc[3] + acc[4] + acc[5] + acc[6] + acc[7];
}

int main(void) {
  float *map = aligned_alloc(64, N * sizeof(float));
  static double t[3][2][ROUNDS / 3];
  volatile float sink = 0;
#pragma omp parallel num_threads(2)
  {
    int me = omp_get_thread_num(), other = 1 - me;
    for (int r = 0; r < ROUNDS; ++r) {
      for (long i = me * N / 2; i < (me + 1) * N / 2; ++i)
        map[i] = (float)(i + r);
#pragma omp barrier
      double start = omp_get_wtime();
      float s;
      int kind = r % 3;
      if (kind == 0)
        s = sum(map + me * N / 2, N / 2, CHANNELS, CHANNELS);
      else if (kind == 1)
        s = sum(map + other * N / 2, N / 2, CHANNELS, CHANNELS);
      else
        s = sum(map + me * CHANNELS / 2, N, CHANNELS, CHANNELS / 2);
      t[kind][me][r / 3] = omp_get_wtime() - start;
      sink += s;
#pragma omp barrier
    }
  }
  const char *names[] = {"own half", "other's half", "half the channels"};
  for (int k = 0; k < 3; ++k)
    for (int me = 0; me < 2; ++me) {
      qsort(t[k][me], ROUNDS / 3, sizeof(double), compare);
      printf("thread %d reads %-18s %6.2f us\n", me, names[k],
             t[k][me][ROUNDS / 6] * 1e6);
    }
  return 0;
}
