#!/usr/bin/python3
"""W1-W4 on this machine: fuse (fused and unfused, 1 and 2 threads) against
PyTorch CPU eager (Debian's python3-torch) and IREE (llvm-cpu, compiling
the same linalg input: fuse-opt --convert-fusion-to-linalg of the workload),
with the machine's limits
(one-core triad bandwidth and FMA peak, from bench/triad.c and
bench/fma_peak.c). Writes a markdown table to docs/benchmarks.md (or the
path given) and prints it. Not a test: medians of N calls, one run.

usage: bench/peers.py [N] [OUT.md]     (BUILD_DIR defaults to build)
IREE comes from PyPI, in a virtual environment of the benchmark's own (never
system-wide); without it the IREE column is empty. Set it up with
  python3 -m venv build/bench/venv
  build/bench/venv/bin/pip install iree-base-compiler iree-base-runtime
oneDNN and OpenBLAS rows are not implemented yet.
"""
import re
import json
import os
import subprocess
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
OUT = sys.argv[2] if len(sys.argv) > 2 else "docs/benchmarks.md"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
os.chdir(ROOT)


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True,
                          **kw).stdout


def limits():
    bench = os.path.join(BUILD, "bench")
    os.makedirs(bench, exist_ok=True)
    res = {}
    for name in ("triad", "fma_peak"):
        exe = os.path.join(bench, name)
        sh("clang-22", "-O3", "-march=native", "-ffp-contract=fast",
           f"bench/{name}.c", "-o", exe)
        res[name] = float(sh(exe).split()[0])
    return res["triad"], res["fma_peak"]


WORK = {  # name: (file, entry, fuse-run options, GFLOP or None, GB or None)
    "W1 elementwise 16M": ("bench/w1-elementwise.mlir", "main", [], None,
                           4 * 16 * 2**20 * 4 / 1e9),
    "W2 MLP 64x1024x4096 +bias+ReLU": (
        "test/Integration/CPU/fold-bias.mlir", "mlp", ["--atol=1e-3", "--rtol=1e-3"],
        2 * 64 * 1024 * 4096 / 1e9, None),
    "W3 conv 3x3 64->64 56x56 +BN+ReLU": (
        "test/Integration/CPU/fold-batchnorm.mlir", "resnet_layer",
        ["--atol=1e-3", "--rtol=1e-3"], 2 * 64 * 64 * 9 * 56 * 56 / 1e9, None),
    "W4 ensemble B=64": (os.path.join(BUILD, "bench/w4-const-b64.mlir"), "main",
                         ["--atol=1e-2", "--rtol=1e-2"],
                         3 * 2 * 64 * (512 * 512 + 512 * 256) / 1e9, None),
    "W4 ensemble B=256": (os.path.join(BUILD, "bench/w4-const-b256.mlir"), "main",
                          ["--atol=1e-2", "--rtol=1e-2"],
                          3 * 2 * 256 * (512 * 512 + 512 * 256) / 1e9, None),
}


def fuse_times(path, entry, opts, threads):
    out = sh(os.path.join(BUILD, "bin/fuse-run"), path, f"--entry={entry}",
             f"--pipeline=fusion-to-llvm{{threads={threads}}}",
             f"--compare=fusion-to-llvm{{fuse=false threads={threads}}}",
             f"--bench={N}", "--warmup=2", "--json", *opts)
    b = json.loads(out)["bench"]
    return b["primary"]["median_ms"], b["compare"]["median_ms"]


IREE = os.path.join(BUILD, "bench/venv/bin")


def iree_time(path, entry, threads):
    """IREE's median ms for `entry` of `path` (lowered to plain linalg by
    fuse-opt), or None if IREE is not installed or fails."""
    if not os.path.exists(os.path.join(IREE, "iree-compile")):
        return None
    work = os.path.join(BUILD, "bench/iree")
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, f"{entry}-{os.path.basename(path)}")
    vmfb = src + ".vmfb"
    try:
        sh(os.path.join(BUILD, "bin/fuse-opt"), path,
           "--convert-fusion-to-linalg", "--canonicalize", "-o", src)
        if not os.path.exists(vmfb):
            sh(os.path.join(IREE, "iree-compile"), src,
               "--iree-hal-target-device=local",
               "--iree-hal-local-target-device-backends=llvm-cpu",
               "--iree-llvmcpu-target-cpu=host", "-o", vmfb)
        text = open(src).read()
        sig = re.search(r"func\.func @" + re.escape(entry) + r"\((.*?)\)\s*->",
                        text, re.S).group(1)
        inputs = [f"--input={t}=0.5" for t in
                  re.findall(r"tensor<([0-9x]+x?f32)>", sig)]
        out = sh(os.path.join(IREE, "iree-benchmark-module"),
                 f"--module={vmfb}", f"--function={entry}",
                 "--device=local-task",
                 f"--task_topology_max_group_count={threads}",
                 f"--benchmark_repetitions={N}", *inputs)
        m = re.search(r"real_time_median\s+([0-9.]+) ms", out)
        return float(m.group(1)) if m else None
    except (subprocess.CalledProcessError, AttributeError):
        return None


def torch_times(threads):
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    code = r'''
import json, sys, time, torch
torch.set_num_threads(int(sys.argv[1])); N = int(sys.argv[2])
torch.manual_seed(0)
def med(f):
    f(); f()
    ts = []
    for _ in range(N):
        t = time.perf_counter(); f(); ts.append((time.perf_counter() - t) * 1e3)
    return sorted(ts)[len(ts) // 2]
r = {}
with torch.no_grad():
    x, a, b = (torch.rand(16 << 20) for _ in range(3))
    r["W1 elementwise 16M"] = med(lambda: torch.relu((x * a + b) * torch.sigmoid(x)))
    xm, w, bias = torch.rand(64, 1024), torch.rand(4096, 1024), torch.rand(4096)
    r["W2 MLP 64x1024x4096 +bias+ReLU"] = med(lambda: torch.relu(torch.nn.functional.linear(xm, w, bias)))
    conv = torch.nn.Conv2d(64, 64, 3, bias=False).eval(); bn = torch.nn.BatchNorm2d(64).eval()
    xi = torch.rand(1, 64, 58, 58)
    r["W3 conv 3x3 64->64 56x56 +BN+ReLU"] = med(lambda: torch.relu(bn(conv(xi))))
    for B in (64, 256):
        xe = torch.rand(B, 512)
        ms = [torch.nn.Sequential(torch.nn.Linear(512, 512), torch.nn.ReLU(), torch.nn.Linear(512, 256)).eval() for _ in range(3)]
        r[f"W4 ensemble B={B}"] = med(lambda: (ms[0](xe) + ms[1](xe) + ms[2](xe)) / 3)
import re
m = re.search(r"BLAS_INFO=([^,]*)", torch.__config__.show())
r["blas"] = m.group(1) if m else "unknown"
print(json.dumps(r))
'''
    out = subprocess.run(["/usr/bin/python3", "-c", code, str(threads), str(N)],
                         check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout)


def main():
    sh("/usr/bin/python3", "bench/gen_w4.py", os.path.join(BUILD, "bench"))
    bw, peak = limits()
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
               if l.startswith("model name"))
    load = open("/proc/loadavg").read().split()[:3]
    rows = []
    torch_ms = {t: torch_times(t) for t in (1, 2)}
    for name, (path, entry, opts, gflop, gb) in WORK.items():
        for t in (1, 2):
            fused, unfused = fuse_times(path, entry, opts, t)
            tm = torch_ms[t][name]
            def rate(ms):
                if gflop:
                    v = gflop / (ms / 1e3)
                    return f"{v:.1f} GFLOP/s ({100 * v / (peak * t):.1f}%)"
                v = gb / (ms / 1e3)
                return f"{v:.1f} GB/s ({100 * v / bw:.0f}%)"
            im = iree_time(path, entry, t)
            iree = (f"{im:.2f} | {im / fused:.2f}x | {rate(im)}" if im
                    else "n/a | | ")
            rows.append(f"| {name} | {t} | {fused:.2f} | {unfused:.2f} | "
                        f"{unfused / fused:.2f}x | {tm:.2f} | {tm / fused:.2f}x | "
                        f"{iree} | {rate(fused)} | {rate(tm)} |")
    text = "\n".join([
        "# Benchmarks: fuse against PyTorch, with the machine's limits",
        "",
        f"Written by `bench/peers.py {N}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())};",
        f"CPU: {cpu}; load average {' '.join(load)}; medians of {N} calls, one run.",
        f"Machine limits (one core): triad bandwidth {bw:.1f} GB/s (`bench/triad.c`),"
        f" FMA peak {peak:.1f} GFLOP/s (`bench/fma_peak.c`, 16-wide f32 FMAs).",
        "Percentages: of the FMA peak times the thread count, or of the one-core"
        " triad bandwidth (W1, bytes = 3 reads + 1 write of 16M f32).",
        "PyTorch: Debian's python3-torch, eager, `torch.set_num_threads(t)`,"
        f" OPENBLAS_CORETYPE unset; its BLAS: BLAS_INFO={torch_ms[1]['blas']}"
        " (Debian's torch calls libblas.so.3: the reference BLAS unless"
        " libopenblas is installed, which is why its linear layers are slow"
        " here); convolutions run in its bundled oneDNN (MKL-DNN).",
        "IREE: iree-base-compiler/runtime from PyPI in build/bench/venv, llvm-cpu"
        " for the host CPU, default flags, the workload lowered to plain linalg"
        " by `fuse-opt --convert-fusion-to-linalg`; iree-benchmark-module with"
        " `--task_topology_max_group_count=t` and splat inputs.",
        "oneDNN (with post-ops) and OpenBLAS rows: not yet (libdnnl-dev and"
        " libopenblas are not installed here).",
        "",
        "| workload | threads | fuse fused ms | fuse unfused ms | fused/unfused | PyTorch ms | PyTorch/fuse | IREE ms | IREE/fuse | IREE rate | fuse rate | PyTorch rate |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        *rows, ""])
    with open(OUT, "w") as f:
        f.write(text)
    print(text)


main()
