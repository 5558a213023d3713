#!/usr/bin/env python3
"""Real PyTorch models through fuse, beside PyTorch eager, on this machine.

For each torchvision model (ResNet-18, ResNet-50, MobileNetV3-small,
SqueezeNet 1.0; batch 1, 224x224, fixed-seed weights, eval mode), exported
to linalg-on-tensors by torch-mlir (scripts/import_torch.py, once, into
build/bench/models/), prints and writes to docs/benchmarks-models.md:
  * conv+BN pairs folded by fusion-fold-batchnorm (and refused);
  * loop nests: fuse's kernels (fusion-form-groups' groups in
    fusion-to-llvm) against the linalg ops left by upstream's
    `mlir-opt --linalg-fuse-elementwise-ops --canonicalize` (one loop nest
    each);
  * max relative error of fuse's logits (fused and unfused) against
    PyTorch's, on the same input and weights;
  * median time per image at T threads: PyTorch eager (torch.no_grad,
    measured before and after fuse's run, medians of both), fuse fused
    (fusion-to-llvm) and unfused (fusion-to-llvm{fuse=false}), both timed
    in one fuse-run process (--compare), and the ratios to PyTorch.
Not a test: timings depend on the machine and its load.

usage: VENV/bin/python bench/models.py [N] [--threads T] [--models a,b]
         [--out docs/benchmarks-models.md]
VENV: a CPython 3.11 virtual environment with torch-mlir, torch and
torchvision from PyPI (docs/frontends.md). BUILD_DIR defaults to build.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
MODELS = ["resnet18", "resnet50", "mobilenet_v3_small", "squeezenet1_0"]


def sh(*cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n"
                           f"{p.stdout[-1000:]}{p.stderr[-2000:]}")
    return p.stdout, p.stderr


def export(name, out_dir):
    stem = os.path.join(out_dir, name)
    if not os.path.exists(stem + ".mlir"):
        sh(sys.executable, os.path.join(ROOT, "scripts/import_torch.py"),
           out_dir, name)
    return stem


def torch_model(name):
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import import_torch
    build, _, _ = import_torch._models()[name]
    return import_torch._seeded(build)


def torch_times(model, x, n):
    import torch
    ts = []
    with torch.no_grad():
        model(x)
        for _ in range(n):
            t = time.perf_counter()
            model(x)
            ts.append((time.perf_counter() - t) * 1e3)
    return ts


def model_flops(model, x):
    """FLOPs of the convolutions and linear layers (2 per multiply-add)."""
    import torch
    flops = [0]

    def conv(m, inp, out):
        kh, kw = m.kernel_size
        flops[0] += 2 * out.numel() * (m.in_channels // m.groups) * kh * kw

    def linear(m, inp, out):
        flops[0] += 2 * out.numel() * m.in_features

    hooks = []
    for m in model.modules():
        if isinstance(m, torch.nn.Conv2d):
            hooks.append(m.register_forward_hook(conv))
        elif isinstance(m, torch.nn.Linear):
            hooks.append(m.register_forward_hook(linear))
    with torch.no_grad():
        model(x)
    for h in hooks:
        h.remove()
    return flops[0]


def fma_peak():
    """One core's FMA peak in GFLOP/s (bench/fma_peak.c), or None."""
    exe = os.path.join(BUILD, "bench", "fma_peak")
    try:
        sh("clang-22", "-O3", "-march=native", "-mprefer-vector-width=512",
           "-ffp-contract=fast",
           os.path.join(ROOT, "bench", "fma_peak.c"), "-o", exe)
        return float(sh(exe)[0].split()[0])
    except (RuntimeError, OSError, ValueError):
        return None


def loop_nests(stem):
    fuse_opt = os.path.join(BUILD, "bin/fuse-opt")
    _, err = sh(fuse_opt, stem + ".mlir", "--fusion-fold-batchnorm", "-o",
                os.devnull)
    folded = len(re.findall(r"fusion-fold-batchnorm\] folded", err))
    refused = len(re.findall(r"fusion-fold-batchnorm\] not folded", err))
    _, err = sh(fuse_opt, stem + ".mlir", "--fusion-to-llvm", "-o",
                os.devnull)
    groups = len(re.findall(r"fusion-form-groups\] formed", err))
    out, _ = sh("mlir-opt-22", stem + ".mlir",
                "--linalg-fuse-elementwise-ops", "--canonicalize",
                "--mlir-elide-elementsattrs-if-larger=4",
                "--mlir-elide-resource-strings-if-larger=4")
    upstream = len(re.findall(r"= linalg\.(?!index)[a-z_0-9]+", out))
    return folded, refused, groups, upstream


def fuse_run(stem, n, threads):
    work = os.path.join(BUILD, "bench/models")
    out0 = os.path.join(work, "out-fused.npy")
    out, _ = sh(os.path.join(BUILD, "bin/fuse-run"), stem + ".mlir",
                "--entry=main", "--input=" + stem + ".input.npy",
                f"--pipeline=fusion-to-llvm{{threads={threads}}}",
                f"--compare=fusion-to-llvm{{fuse=false threads={threads}}}",
                "--atol=1", "--rtol=1", f"--bench={n}", "--warmup=1",
                "--output=" + out0, "--json")
    j = json.loads(out)
    b = j["bench"]
    expected = np.load(stem + ".expected.npy").astype(np.float64)
    scale = np.abs(expected).max()
    fused_err = np.abs(np.load(out0) - expected).max() / scale
    # The unfused result: compare reports max abs error fused vs unfused.
    unfused_err = fused_err + j["compare"]["max_abs_err"] / scale
    return (b["primary"]["median_ms"], b["compare"]["median_ms"], fused_err,
            unfused_err)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("n", nargs="?", type=int, default=10)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--models", default=",".join(MODELS))
    p.add_argument("--out", default=os.path.join(ROOT,
                                                 "docs/benchmarks-models.md"))
    a = p.parse_args()
    import torch
    torch.set_num_threads(a.threads)
    out_dir = os.path.join(BUILD, "bench/models")
    os.makedirs(out_dir, exist_ok=True)
    cpu = "unknown CPU"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    peak = fma_peak()
    rows = []
    for name in a.models.split(","):
        stem = export(name, out_dir)
        folded, refused, groups, upstream = loop_nests(stem)
        model = torch_model(name)
        x = torch.from_numpy(np.load(stem + ".input.npy"))
        before = torch_times(model, x, a.n)
        fused, unfused, ferr, uerr = fuse_run(stem, a.n, a.threads)
        after = torch_times(model, x, a.n)
        pt = float(np.median(before + after))
        gflop = model_flops(model, x) / 1e9
        rate = gflop / (fused / 1e3)
        share = (f" = {100 * rate / (peak * a.threads):.0f}%"
                 if peak else "")
        row = (name, f"{folded}/{folded + refused}", str(groups),
               str(upstream), f"{ferr:.1e}", f"{uerr:.1e}", f"{pt:.1f}",
               f"{fused:.1f}", f"{unfused:.1f}", f"{fused / pt:.2f}x",
               f"{unfused / pt:.2f}x", f"{gflop:.2f}",
               f"{rate:.0f}{share}")
        print(" | ".join(row), flush=True)
        rows.append(row)
    head = ("model", "BN folded", "fuse kernels", "upstream loop nests",
            "rel err fused", "rel err unfused (bound)", "PyTorch ms", "fuse ms",
            "fuse unfused ms", "fuse / PyTorch", "unfused / PyTorch",
            "conv+linear GFLOP", "fuse GFLOP/s = % of FMA peak")
    lines = [
        "# Real models: fuse against PyTorch eager",
        "",
        f"`bench/models.py {a.n} --threads {a.threads}` on {cpu}, "
        f"{time.strftime('%Y-%m-%d')}; batch 1, 224x224, medians of "
        f"{a.n} calls (PyTorch: {2 * a.n}, before and after fuse's run). "
        "Ratios above 1 mean fuse is slower.",
        "",
        "Columns: conv+BN pairs folded by fusion-fold-batchnorm; fuse's "
        "kernels (fusion-form-groups' groups in fusion-to-llvm) against the "
        "linalg ops (one loop nest each) after upstream's "
        "`--linalg-fuse-elementwise-ops --canonicalize`; the max error of "
        "the logits against PyTorch's, relative to the largest (unfused: "
        "fused error + max difference fused vs unfused, a bound); median "
        "times per image; the convolutions' and linear layers' FLOPs "
        "(2 per multiply-add, counted on the PyTorch model) per fuse time, "
        "as a share of the FMA peak"
        + (f" ({peak:.1f} GFLOP/s per core, `bench/fma_peak.c`, "
           f"times {a.threads} thread(s))" if peak else "")
        + ": a lower bound for the convolutions' own efficiency, since "
        "the time includes everything else.",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ] + ["| " + " | ".join(r) + " |" for r in rows] + [
        "",
        "What fuse's time goes to, kernel by kernel: "
        "`bench/profile_kernels.py MODEL.mlir --input MODEL.input.npy` "
        "(docs/kernels.md); where two threads lose time, per loop: "
        "`bench/ompt-loops.c` (docs/kernels.md, \"One team per call\"). "
        "PyTorch's own medians move by "
        "10-20% between runs on this shared machine; the ratios are "
        "measured alternately in one run.",
    ]
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
