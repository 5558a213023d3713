#!/usr/bin/python3
"""W1-W4 on this machine: fuse (fused and unfused, 1 and 2 threads) against
PyTorch CPU eager (Debian's python3-torch), IREE (llvm-cpu, compiling
the same linalg input: fuse-opt --convert-fusion-to-linalg of the workload),
oneDNN with post-ops and OpenBLAS sgemm + epilogue (bench/native_peers.cpp,
built when Debian's libdnnl-dev and libopenblas-dev are installed), with the
machine's limits
(one-core triad bandwidth and FMA peak, from bench/triad.c and
bench/fma_peak.c). Writes a markdown table to docs/benchmarks.md (or the
path given) and prints it. Not a test: medians of N calls, one run.

usage: bench/peers.py [N] [OUT.md]     (BUILD_DIR defaults to build)
IREE comes from PyPI, in a virtual environment of the benchmark's own (never
system-wide); without it the IREE column is empty. Set it up with
  python3 -m venv build/bench/venv
  build/bench/venv/bin/pip install iree-base-compiler iree-base-runtime
oneDNN and OpenBLAS: apt-get install libdnnl-dev libopenblas-dev.
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
        sh("clang-22", "-O3", "-march=native", "-mprefer-vector-width=512",
           "-ffp-contract=fast",
           f"bench/{name}.c", "-o", exe)
        res[name] = float(sh(exe).split()[0])
    return res["triad"], res["fma_peak"]


W3 = """// W3: 3x3 conv 64 -> 64 on 56x56 (input pre-padded to 58x58), batch {n},
// weights at run time, batch norm with constant statistics, ReLU.
func.func @main(%x: tensor<{n}x64x58x58xf32>, %w: tensor<64x64x3x3xf32>) -> tensor<{n}x64x56x56xf32> {{
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<1.25> : tensor<64xf32>
  %b = arith.constant dense<-0.5> : tensor<64xf32>
  %m = arith.constant dense<0.125> : tensor<64xf32>
  %v = arith.constant dense<2.0> : tensor<64xf32>
  %e = tensor.empty() : tensor<{n}x64x56x56xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<{n}x64x56x56xf32>) -> tensor<{n}x64x56x56xf32>
  %c = linalg.conv_2d_nchw_fchw {{dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}}
      ins(%x, %w : tensor<{n}x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%f : tensor<{n}x64x56x56xf32>) -> tensor<{n}x64x56x56xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<{n}x64x56x56xf32>, tensor<64xf32>
  %r = linalg.generic {{indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}}
      ins(%y : tensor<{n}x64x56x56xf32>) outs(%e : tensor<{n}x64x56x56xf32>) {{
  ^bb0(%i: f32, %o: f32):
    %t = arith.maximumf %i, %zero : f32
    linalg.yield %t : f32
  }} -> tensor<{n}x64x56x56xf32>
  return %r : tensor<{n}x64x56x56xf32>
}}
"""


def write_w3(n):
    path = os.path.join(BUILD, f"bench/w3-n{n}.mlir")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(W3.format(n=n))
    return path


W3_FLOP = 2 * 64 * 64 * 9 * 56 * 56 / 1e9
WORK = {  # name: (file, entry, fuse-run options, GFLOP or None, GB or None)
    "W1 elementwise 16M": ("bench/w1-elementwise.mlir", "main", [], None,
                           4 * 16 * 2**20 * 4 / 1e9),
    # The same, exp as a vectorized polynomial (fusion-approximate-math)
    # instead of libm's scalar expf; peers: the same (their own exp).
    "W1 approximate-math": ("bench/w1-elementwise.mlir", "main",
                            ["approximate-math=true", "--atol=1e-5"], None,
                            4 * 16 * 2**20 * 4 / 1e9),
    "W2 MLP 64x1024x4096 +bias+ReLU": (
        "test/Integration/CPU/fold-bias.mlir", "mlp", ["--atol=1e-3", "--rtol=1e-3"],
        2 * 64 * 1024 * 4096 / 1e9, None),
    "W3 conv 3x3 64->64 56x56 +BN+ReLU": (
        write_w3(1), "main", ["--atol=1e-3", "--rtol=1e-3"], W3_FLOP, None),
    "W3 conv N=8": (
        write_w3(8), "main", ["--atol=1e-3", "--rtol=1e-3"], 8 * W3_FLOP, None),
    "W4 ensemble B=64": (os.path.join(BUILD, "bench/w4-const-b64.mlir"), "main",
                         ["--atol=1e-2", "--rtol=1e-2"],
                         3 * 2 * 64 * (512 * 512 + 512 * 256) / 1e9, None),
    "W4 ensemble B=256": (os.path.join(BUILD, "bench/w4-const-b256.mlir"), "main",
                          ["--atol=1e-2", "--rtol=1e-2"],
                          3 * 2 * 256 * (512 * 512 + 512 * 256) / 1e9, None),
}


def fuse_times(path, entry, opts, threads):
    # Options without "--" are pipeline options, for both builds.
    pipe = " ".join([f"threads={threads}"] +
                    [o for o in opts if not o.startswith("--")])
    flags = [o for o in opts if o.startswith("--")]
    out = sh(os.path.join(BUILD, "bin/fuse-run"), path, f"--entry={entry}",
             f"--pipeline=fusion-to-llvm{{{pipe}}}",
             f"--compare=fusion-to-llvm{{fuse=false {pipe}}}",
             f"--bench={N}", "--warmup=2", "--json", *flags)
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
    # torch.set_num_threads does not reach OpenBLAS's own thread pool.
    env["OPENBLAS_NUM_THREADS"] = str(threads)
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
    r["W1 approximate-math"] = r["W1 elementwise 16M"]
    xm, w, bias = torch.rand(64, 1024), torch.rand(4096, 1024), torch.rand(4096)
    r["W2 MLP 64x1024x4096 +bias+ReLU"] = med(lambda: torch.relu(torch.nn.functional.linear(xm, w, bias)))
    conv = torch.nn.Conv2d(64, 64, 3, bias=False).eval(); bn = torch.nn.BatchNorm2d(64).eval()
    xi = torch.rand(1, 64, 58, 58)
    r["W3 conv 3x3 64->64 56x56 +BN+ReLU"] = med(lambda: torch.relu(bn(conv(xi))))
    xi8 = torch.rand(8, 64, 58, 58)
    r["W3 conv N=8"] = med(lambda: torch.relu(bn(conv(xi8))))
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


def native_times(threads):
    """oneDNN and OpenBLAS medians (bench/native_peers.cpp), or {}."""
    exe = os.path.join(BUILD, "bench/native_peers")
    try:
        sh("g++", "-O3", "-march=native", "-fopenmp", "bench/native_peers.cpp",
           "-o", exe, "-ldnnl", "-lopenblas")
    except (subprocess.CalledProcessError, FileNotFoundError):
        return {}
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    res = {"onednn": json.loads(sh(exe, "onednn", str(threads), str(N),
                                   env=env))}
    # The epilogue loops' OpenMP threads sleep while OpenBLAS's run.
    env["OMP_WAIT_POLICY"] = "PASSIVE"
    res["openblas"] = json.loads(sh(exe, "openblas", str(threads), str(N),
                                    env=env))
    res["openblas_core"] = res["openblas"].pop("openblas_core")
    return res


def main():
    sh("/usr/bin/python3", "bench/gen_w4.py", os.path.join(BUILD, "bench"))
    bw, peak = limits()
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
               if l.startswith("model name"))
    load = open("/proc/loadavg").read().split()[:3]
    times, rates = [], []
    torch_ms = {t: torch_times(t) for t in (1, 2)}
    native = {t: native_times(t) for t in (1, 2)}
    core = native[1].get("openblas_core", "n/a")
    for name, (path, entry, opts, gflop, gb) in WORK.items():
        for t in (1, 2):
            fused, unfused = fuse_times(path, entry, opts, t)
            def rate(ms):
                if ms is None:
                    return "n/a"
                if gflop:
                    v = gflop / (ms / 1e3)
                    return f"{v:.0f} GFLOP/s = {100 * v / (peak * t):.0f}%"
                v = gb / (ms / 1e3)
                return f"{v:.1f} GB/s = {100 * v / bw:.0f}%"
            peers = {
                "PyTorch": torch_ms[t].get(name),
                "IREE": iree_time(path, entry, t),
                "oneDNN": native[t].get("onednn", {}).get(name),
                "OpenBLAS": native[t].get("openblas", {}).get(name),
            }
            def ms(v):
                return f"{v:.2f}" if v is not None else "n/a"
            def ratio(v):
                return f"{v / fused:.2f}x" if v is not None else ""
            times.append(f"| {name} | {t} | {fused:.2f} | {unfused:.2f} | "
                         f"{unfused / fused:.2f}x | " +
                         " | ".join(f"{ms(v)} | {ratio(v)}"
                                    for v in peers.values()) + " |")
            rates.append(f"| {name} | {t} | {rate(fused)} | " +
                         " | ".join(rate(v) for v in peers.values()) + " |")
    text = "\n".join([
        "# Benchmarks: fuse against PyTorch, IREE, oneDNN and OpenBLAS, with the machine's limits",
        "",
        "Whole torchvision models (ResNet-18/50, MobileNetV3-small, "
        "SqueezeNet) against PyTorch eager: `docs/benchmarks-models.md` "
        "(`bench/models.py`).",
        "",
        f"Written by `bench/peers.py {N}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())};",
        f"CPU: {cpu}; load average {' '.join(load)}; medians of {N} calls, one run.",
        f"Machine limits (one core): triad bandwidth {bw:.1f} GB/s (`bench/triad.c`),"
        f" FMA peak {peak:.1f} GFLOP/s (`bench/fma_peak.c`, 16-wide f32 FMAs).",
        "Percentages: of the FMA peak times the thread count, or of the one-core"
        " triad bandwidth (W1, bytes = 3 reads + 1 write of 16M f32).",
        "fuse: `fuse-run --bench` (which keeps freed memory for the next call,"
        " `--reuse-memory`, as a runtime's caching allocator does), default"
        " `fusion-to-llvm{threads=t}` against `fuse=false`; weights given at run"
        " time (W2, W3) or constant (W4).",
        "PyTorch: Debian's python3-torch, eager, `torch.set_num_threads(t)` and"
        f" OPENBLAS_NUM_THREADS=t, OPENBLAS_CORETYPE unset; its BLAS: BLAS_INFO={torch_ms[1]['blas']}"
        " (Debian's torch calls libblas.so.3, which is OpenBLAS when"
        " libopenblas0 is installed and the reference BLAS otherwise);"
        " convolutions run in its bundled oneDNN.",
        "IREE: iree-base-compiler/runtime from PyPI in build/bench/venv, llvm-cpu"
        " for the host CPU, default flags, the workload lowered to plain linalg"
        " by `fuse-opt --convert-fusion-to-linalg`; iree-benchmark-module with"
        " `--task_topology_max_group_count=t` and splat inputs.",
        "oneDNN (Debian's libdnnl 2.6, OpenMP) and OpenBLAS (Debian's 0.3.21,"
        f" pthreads; kernel: {core}, OPENBLAS_CORETYPE unset):"
        " `bench/native_peers.cpp`. oneDNN: matmul with bias and ReLU post-op,"
        " convolution with bias (batch norm folded) and ReLU post-op in the"
        " layouts it picks (weights reordered once, NCHW activations reordered"
        " per call), W4 as six matmuls + a mean loop. OpenBLAS: sgemm + a"
        " separate bias/ReLU loop; W3 by im2col + sgemm. No W1 rows (not a BLAS"
        " or DNN primitive).",
        "",
        "Times (ms) and ratios peer/fuse (above 1: fuse is faster):",
        "",
        "| workload | threads | fuse fused | fuse unfused | unfused/fused | PyTorch | /fuse | IREE | /fuse | oneDNN | /fuse | OpenBLAS | /fuse |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        *times,
        "",
        "Rates and % of the machine's limit:",
        "",
        "| workload | threads | fuse | PyTorch | IREE | oneDNN | OpenBLAS |",
        "|---|---|---|---|---|---|---|",
        *rates, ""])
    with open(OUT, "w") as f:
        f.write(text)
    print(text)


main()
