"""PyTorch on the same GPU as fuse, for bench/gpu.sh: W1-W4 and the row
reductions (bench/rows.mlir) as fuse's GPU benchmarks define them, eager
and torch.compile (where it works), each call timed by the wall clock
(until the GPU is done) and by CUDA events around it; medians of N calls
after warm-up. Prints JSON {workload: {mode: {wall_ms, device_ms}}}. Needs
torch with CUDA; --device=cpu is a dry run of the script itself (no device
times).

usage: torch_gpu.py [N] [--device=cuda|cpu]
"""
import json
import sys
import time

import torch


def timed(f, n, device):
    for _ in range(3):
        f()
    if device == "cuda":
        torch.cuda.synchronize()
    walls, devices = [], []
    for _ in range(n):
        if device == "cuda":
            start = torch.cuda.Event(enable_timing=True)
            stop = torch.cuda.Event(enable_timing=True)
            t = time.perf_counter()
            start.record()
            f()
            stop.record()
            torch.cuda.synchronize()
            walls.append((time.perf_counter() - t) * 1e3)
            devices.append(start.elapsed_time(stop))
        else:
            t = time.perf_counter()
            f()
            walls.append((time.perf_counter() - t) * 1e3)
    med = lambda v: sorted(v)[len(v) // 2] if v else None
    return {"wall_ms": med(walls), "device_ms": med(devices)}


def tf32(f):
    """`f` with TF32 matmuls allowed (cuBLAS on tensor cores) while it runs."""
    def g(*args):
        old = torch.backends.cuda.matmul.allow_tf32
        torch.backends.cuda.matmul.allow_tf32 = True
        try:
            return f(*args)
        finally:
            torch.backends.cuda.matmul.allow_tf32 = old
    return g


def workloads(device):
    g = torch.Generator(device="cpu").manual_seed(0)
    rand = lambda *s: torch.rand(*s, generator=g).to(device)
    w = {}
    x, a, b = rand(16 << 20), rand(16 << 20), rand(16 << 20)
    w["W1 elementwise chain 16M"] = (
        lambda x, a, b: torch.relu((x * a + b) * torch.sigmoid(x)), (x, a, b))
    xm, wt, bias = rand(64, 1024), rand(1024, 4096), rand(4096)
    w["W2 MLP 64x1024x4096"] = (
        lambda x, w, b: torch.relu(x @ w + b), (xm, wt, bias))
    if device == "cuda":
        xg, wg, bg = rand(4096, 4096), rand(4096, 4096), rand(4096)
        w["GEMM 4096^3 +bias+ReLU"] = (
            lambda x, w, b: torch.relu(x @ w + b), (xg, wg, bg))
        # The same on tensor cores (cuBLAS TF32), as fuse's precision=tf32.
        w["GEMM 4096^3 +bias+ReLU TF32"] = (
            tf32(lambda x, w, b: torch.relu(x @ w + b)), (xg, wg, bg))
    conv = torch.nn.Conv2d(64, 64, 3, bias=False).to(device).eval()
    bn = torch.nn.BatchNorm2d(64).to(device).eval()
    w["W3 ResNet 3x3 conv 64->64 56x56"] = (
        lambda x: torch.relu(bn(conv(x))), (rand(1, 64, 58, 58),))
    if device == "cuda":
        # bench/conv.mlir's ResNet-18 convolutions at batch 8 (cuDNN).
        for name, cin, cout, k, stride, hw in (
                ("W3 conv N=8 3x3 64->64 56x56", 64, 64, 3, 1, 58),
                ("stem 7x7/2 3->64 112x112 N=8", 3, 64, 7, 2, 230),
                ("down 3x3/2 64->128 28x28 N=8", 64, 128, 3, 2, 58),
                ("layer4 3x3 512->512 7x7 N=8", 512, 512, 3, 1, 9)):
            c = torch.nn.Conv2d(cin, cout, k, stride=stride,
                                bias=False).to(device).eval()
            n = torch.nn.BatchNorm2d(cout).to(device).eval()
            w[name] = (lambda x, c=c, n=n: torch.relu(n(c(x))),
                       (rand(8, cin, hw, hw),))
    for batch in (64, 256):
        nets = [torch.nn.Sequential(torch.nn.Linear(512, 512), torch.nn.ReLU(),
                                    torch.nn.Linear(512, 256)).to(device).eval()
                for _ in range(3)]
        w[f"W4 ensemble B={batch}"] = (
            lambda x, nets=nets: (nets[0](x) + nets[1](x) + nets[2](x)) / 3,
            (rand(batch, 512),))
    xs = rand(8192, 8192)
    w["row softmax 8192x8192"] = (lambda x: torch.softmax(x, dim=1), (xs,))
    xl, gamma, beta = rand(16384, 1024), rand(1024), rand(1024)
    w["layer norm 16384x1024"] = (
        lambda x, g, b: torch.nn.functional.layer_norm(x, (1024,), g, b, 1e-5),
        (xl, gamma, beta))
    return w


def main():
    n = 20
    device = "cuda"
    for arg in sys.argv[1:]:
        if arg.startswith("--device="):
            device = arg.split("=", 1)[1]
        else:
            n = int(arg)
    if device == "cuda" and not torch.cuda.is_available():
        print(json.dumps({"error": "torch has no CUDA device"}))
        return
    result = {"torch": torch.__version__,
              "gpu": torch.cuda.get_device_name() if device == "cuda" else "cpu"}
    with torch.no_grad():
        for name, (f, args) in workloads(device).items():
            modes = {"eager": timed(lambda: f(*args), n, device)}
            try:
                compiled = torch.compile(f)
                modes["compile"] = timed(lambda: compiled(*args), n, device)
            except Exception as e:  # noqa: BLE001 (a peer that fails is reported)
                modes["compile"] = {"error": type(e).__name__}
            result[name] = modes
    print(json.dumps(result))


if __name__ == "__main__":
    main()
