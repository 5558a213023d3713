/* Checks fusion-divide-by-constant's arithmetic on every f32 input: for
 * each divisor c given (default: a list), the pattern's sequence
 *   q = x * r; e = fma(q, |c|, -x'); q' = fma(-e, r, q)  (x' = x, or -x for
 *   c < 0; r = RN(1 / |c|); q where e is NaN)
 * against the division x / c, over all 2^32 bit patterns. Prints, per
 * divisor, whether the pattern accepts it (an integer, |r * |c| - 1| <=
 * 2^-25, r normal) and the mismatches with a normal, zero or infinite quotient
 * (must be 0 when accepted) and with a subnormal one (at most 1 ulp).
 *
 *   cc -O2 -ffp-contract=off scripts/divide-exhaustive.c -lm -o /tmp/divx
 *   /tmp/divx [c ...]        # about 20 s per divisor
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t ulps(float a, float b) {
  int32_t ia, ib;
  memcpy(&ia, &a, 4);
  memcpy(&ib, &b, 4);
  if (ia < 0)
    ia = INT32_MIN - ia;
  if (ib < 0)
    ib = INT32_MIN - ib;
  int64_t d = (int64_t)ia - ib;
  return d < 0 ? -d : d;
}

static void check(float c) {
  float m = fabsf(c), r = 1.0f / m;
  double error = fabs((double)r * m - 1.0);
  int accepted = m >= 1 && isfinite(m) && m == floorf(m) && r >= FLT_MIN &&
                 error <= ldexp(1.0, -25);
  long normal = 0, subnormal = 0;
  int64_t worst = 0;
  for (uint64_t u = 0; u < (1ull << 32); ++u) {
    uint32_t bits = (uint32_t)u;
    float x;
    memcpy(&x, &bits, 4);
    float want = x / c;
    float d = c < 0 ? -x : x;
    float q = d * r;
    float e = fmaf(q, m, -d);
    float got = isnan(e) ? q : fmaf(-e, r, q);
    if (memcmp(&got, &want, 4) == 0 || (isnan(got) && isnan(want)))
      continue;
    if (fabsf(want) >= FLT_MIN || want == 0 || isinf(want)) {
      ++normal;
    } else {
      ++subnormal;
      int64_t d = ulps(got, want);
      worst = d > worst ? d : worst;
    }
  }
  printf("c=%.9g %s |r*c-1|=%.3g: mismatches with a normal/zero/inf "
         "quotient %ld, with a subnormal one %ld (max %lld ulp)\n",
         c, accepted ? "accepted" : "refused ", error, normal, subnormal,
         (long long)worst);
}

int main(int argc, char **argv) {
  static const float defaults[] = {6,   3,   -3, 10,   49,  3136,       12544,
                                   1.5, 1.1, 7,  1000, 255, 1.99999988f};
  if (argc > 1)
    for (int i = 1; i < argc; ++i)
      check(strtof(argv[i], NULL));
  else
    for (size_t i = 0; i < sizeof defaults / sizeof *defaults; ++i)
      check(defaults[i]);
  return 0;
}
