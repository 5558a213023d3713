/* Time per OpenMP work-sharing loop and single, per thread: an OMPT tool
 * (libomp's tool interface) for fusion-to-llvm{threads=N} programs run by
 * fuse-run. Prints, at exit, the work and barrier-wait time per call of
 * each thread and, per loop or single (by its code address; kind 1 = loop,
 * 3 = single run, 4 = single skipped), the calls and time of threads 0 and 1
 * (threads above 1 are counted as 1). Addresses follow the program order of
 * the loops (one JIT-compiled function); run the same build with
 * OMP_THREAD_LIMIT=1 to get each loop's one-thread time.
 *
 *   mkdir -p /tmp/ompt && cp /usr/lib/llvm-14/lib/clang/14.0.6/include/\
 *   omp-tools.h /tmp/ompt/     # libomp-dev's header, alone (not its dir)
 *   cc -O2 -shared -fPIC -I/tmp/ompt bench/ompt-loops.c -o /tmp/ompt-loops.so
 *   OMP_TOOL_LIBRARIES=/tmp/ompt-loops.so CALLS=503 TOP=80 \
 *       build/bin/fuse-run M.mlir --entry=main --input=M.input.npy \
 *       --pipeline='fusion-to-llvm{threads=2}' --bench=500
 *
 * CALLS: calls to divide by (--bench + warm-up); TOP: rows printed. */
#include <omp-tools.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#define MAXK 4096
typedef struct {
  const void *ra;
  int kind;
  double t[2];
  long n[2];
} Ent;
static Ent ents[MAXK];
static int nents;
static double bar[2], singt[2], work[2];
static __thread double start_work, start_sync;
static __thread int tid = -1;
static ompt_get_thread_data_t get_td;
static double now() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
static int mytid() {
  if (tid < 0) {
    static int c;
    tid = __atomic_fetch_add(&c, 1, 0);
  }
  return tid > 1 ? 1 : tid;
}
static Ent *find(const void *ra, int kind) {
  for (int i = 0; i < nents; i++)
    if (ents[i].ra == ra && ents[i].kind == kind)
      return &ents[i];
  int i = __atomic_fetch_add(&nents, 1, 0);
  ents[i].ra = ra;
  ents[i].kind = kind;
  return &ents[i];
}
static void on_work(ompt_work_t wt, ompt_scope_endpoint_t ep, ompt_data_t *pd,
                    ompt_data_t *td, uint64_t count, const void *ra) {
  int t = mytid();
  if (ep == ompt_scope_begin) {
    start_work = now();
    return;
  }
  double d = now() - start_work;
  Ent *e = find(ra, (int)wt);
  e->t[t] += d;
  e->n[t]++;
}
static void on_sync(ompt_sync_region_t k, ompt_scope_endpoint_t ep,
                    ompt_data_t *pd, ompt_data_t *td, const void *ra) {
  int t = mytid();
  if (ep == ompt_scope_begin) {
    start_sync = now();
    return;
  }
  bar[t] += now() - start_sync;
}
static int init(ompt_function_lookup_t lookup, int dev, ompt_data_t *d) {
  ompt_set_callback_t set = (ompt_set_callback_t)lookup("ompt_set_callback");
  set(ompt_callback_work, (ompt_callback_t)on_work);
  set(ompt_callback_sync_region_wait, (ompt_callback_t)on_sync);
  return 1;
}
static int cmp(const void *a, const void *b) {
  const Ent *x = a, *y = b;
  double s = x->t[0] + x->t[1], r = y->t[0] + y->t[1];
  return s < r ? 1 : s > r ? -1 : 0;
}
static void fini(ompt_data_t *d) {
  long calls = getenv("CALLS") ? atol(getenv("CALLS")) : 1;
  double tot[2] = {0, 0};
  for (int i = 0; i < nents; i++) {
    tot[0] += ents[i].t[0];
    tot[1] += ents[i].t[1];
  }
  qsort(ents, nents, sizeof(Ent), cmp);
  fprintf(stderr,
          "entries %d; per call (us): work t0 %.1f t1 %.1f; barrier wait t0 "
          "%.1f t1 %.1f\n",
          nents, tot[0] * 1e6 / calls, tot[1] * 1e6 / calls,
          bar[0] * 1e6 / calls, bar[1] * 1e6 / calls);
  int top = getenv("TOP") ? atoi(getenv("TOP")) : 200;
  for (int i = 0; i < nents && i < top; i++)
    fprintf(stderr, "%p kind %d n %ld/%ld  t0 %.2f t1 %.2f us\n", ents[i].ra,
            ents[i].kind, ents[i].n[0], ents[i].n[1],
            ents[i].t[0] * 1e6 / calls, ents[i].t[1] * 1e6 / calls);
}
ompt_start_tool_result_t *ompt_start_tool(unsigned v, const char *rv) {
  static ompt_start_tool_result_t r = {init, fini, {0}};
  return &r;
}
