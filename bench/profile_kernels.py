#!/usr/bin/env python3
"""Time per kernel of a fuse-run build, from perf samples.

fuse-run compiles the model with fusion-to-llvm{outline-kernels=true}, so each
kernel (fusion group) is a function of its own, `<func>_k<N>_<kind>_<op>`;
perf records the run (LLVM's perf JIT listener names the JIT-compiled
functions: `perf record -k 1` + `perf inject --jit`), and this script prints
the time per call of each kernel and of the runtime functions (malloc,
memcpy, page faults) that the calls spend time in: the samples of a run with
--calls timed calls less those of a run without (the compile and the
warm-up), per call.

  bench/profile_kernels.py MODEL.mlir [--input X.npy] [--calls 100]
      [--pipeline 'fusion-to-llvm{...}'] [--top 40]

Needs perf (Debian: linux-perf) and permission to record (perf_event_paranoid
<= 2 for one's own processes). Sample period: perf's default 4000 Hz
cpu-clock. `main` is what runs between the kernels (the pads' fills and
copies). Outlined kernels return buffers of their own, so a profile's total
is somewhat above the inlined build's time.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("model")
    p.add_argument("--input", action="append", default=[])
    p.add_argument("--calls", type=int, default=100)
    p.add_argument("--pipeline", default="fusion-to-llvm")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--fuse-run",
                   default=os.path.join(ROOT, "build", "bin", "fuse-run"))
    args = p.parse_args()
    pipeline = args.pipeline
    # The kernels as functions of their own.
    if "{" in pipeline:
        pipeline = pipeline.replace("{", "{outline-kernels=true ", 1)
    else:
        pipeline += "{outline-kernels=true}"
    freq = 4000

    def record(calls):
        """Samples per function of a run with `calls` timed calls."""
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, JITDUMPDIR=tmp)
            data = os.path.join(tmp, "perf.data")
            cmd = ["perf", "record", "-q", "-k", "1", "-F", str(freq), "-o",
                   data, "--", args.fuse_run, args.model,
                   "--pipeline=" + pipeline, "--bench=%d" % calls,
                   "--warmup=3", "--reuse-memory"]
            for i in args.input:
                cmd += ["--input", i]
            run = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit("profile_kernels: %s failed:\n%s" %
                         (" ".join(cmd), run.stderr))
            jit = os.path.join(tmp, "perf.jit.data")
            subprocess.run(["perf", "inject", "--jit", "-i", data, "-o", jit],
                           env=env, check=True, capture_output=True)
            report = subprocess.run(
                ["perf", "report", "-i", jit, "--no-children", "--sort", "sym",
                 "-F", "sample,sym", "--stdio"],
                env=env, check=True, capture_output=True, text=True).stdout
        samples = {}
        for line in report.splitlines():
            m = re.match(r"\s*(\d+)\s+\[(.)\]\s+(\S+)", line)
            if m:
                samples[m.group(3)] = samples.get(m.group(3), 0) + int(m.group(1))
        return samples, run.stdout + run.stderr

    # The compile (and the warm-up calls) are in both runs: the difference
    # is what the timed calls spent.
    timed, out = record(args.calls)
    base, _ = record(0)
    bench = re.search(r"median ([0-9.]+) ms", out)
    rows = []
    for sym, n in timed.items():
        runtime = re.search(r"^(_int_)?(malloc|free)|^cfree|^malloc_|memmove|"
                            r"memset|memcpy|page|memrefCopy|^__kmp|^omp", sym)
        if re.search(r"_k\d+_", sym) or sym == "main" or runtime:
            ms = (n - base.get(sym, 0)) * 1e3 / freq / args.calls
            if ms > 0:
                rows.append((ms, sym))
    total = sum(ms for ms, _ in rows)
    print("%s: %s, %d calls; median %s ms per call (fuse-run --bench)" %
          (os.path.basename(args.model), pipeline, args.calls,
           bench.group(1) if bench else "?"))
    print("%9s %6s  %s" % ("ms/call", "%", "function"))
    for ms, sym in sorted(rows, reverse=True)[:args.top]:
        print("%9.3f %5.1f%%  %s" % (ms, 100 * ms / total, sym))
    print("%9.3f        total of the functions above" % total)


if __name__ == "__main__":
    main()
