"""Checks fuse on one committed torch-mlir export against PyTorch's output.

usage: check_export.py FUSE_OPT FUSE_RUN WORKDIR INPUTS/NAME[.args] [--elide]

For INPUTS/NAME.mlir (inputs NAME.input*.npy) or INPUTS/NAME.args.mlir
(weights as arguments; all arguments in NAME.args.npz), prints
  fold-batchnorm: F folded, R not folded
  batch-ensembles: B batched, N not batched
  fold-combiners: C folded
  <pipeline>: max rel err E <= 1e-4: OK     (or MISMATCH)
for the fused pipeline (fusion-to-llvm) and the unfused one
(fusion-to-llvm{fuse=false}), each compared with PyTorch's output
INPUTS/NAME.expected.npy (relative to its largest magnitude).
With --elide the module is first printed with its dense_resource blobs
elided (as `--mlir-elide-resource-strings-if-larger` prints them), and only
the remarks of fusion-fold-batchnorm on that form are printed.
Only Debian's python3-numpy is needed.
"""
import os
import re
import subprocess
import sys

import numpy as np

RTOL = 1e-4


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.stdout.write(p.stdout + p.stderr)
        print(f"FAILED ({p.returncode}): {' '.join(cmd)}")
        sys.exit(1)
    return p.stdout, p.stderr


def count(pattern, text):
    return len(re.findall(pattern, text))


def main():
    fuse_opt, fuse_run, work, stem = sys.argv[1:5]
    elide = "--elide" in sys.argv[5:]
    os.makedirs(work, exist_ok=True)
    name = os.path.basename(stem)
    model = stem + ".mlir"
    if elide:
        elided = os.path.join(work, name + ".elided.mlir")
        run([fuse_opt, model, "--mlir-elide-resource-strings-if-larger=16",
             "-o", elided])
        _, err = run([fuse_opt, elided, "--fusion-fold-batchnorm",
                      "-o", os.devnull])
        for line in err.splitlines():
            if "remark:" in line:
                print(line[line.index("remark:"):])
        return 0

    _, err = run([fuse_opt, model, "--fusion-fold-batchnorm", "-o",
                  os.devnull])
    folded = count(r"fusion-fold-batchnorm\] folded", err)
    refused = count(r"fusion-fold-batchnorm\] not folded", err)
    print(f"fold-batchnorm: {folded} folded, {refused} not folded")
    _, err = run([fuse_opt, model, "--fusion-to-linalg", "-o", os.devnull])
    batched = count(r"fusion-batch-ensembles\] batched", err)
    unbatched = count(r"fusion-batch-ensembles\] not batched", err)
    print(f"batch-ensembles: {batched} batched, {unbatched} not batched")
    combined = count(r"fusion-fold-combiners\] folded", err)
    print(f"fold-combiners: {combined} folded")

    base = os.path.dirname(stem)
    if name.endswith(".args"):
        arrays = np.load(stem + ".npz")
        inputs = []
        for i in range(len(arrays.files)):
            path = os.path.join(work, f"{name}.arg{i}.npy")
            np.save(path, arrays[f"arr_{i}"])
            inputs.append(path)
        expected = np.load(os.path.join(base, name[:-5] + ".expected.npy"))
    else:
        inputs = sorted(
            (os.path.join(base, f) for f in os.listdir(base)
             if re.fullmatch(re.escape(name) + r"\.input\d*\.npy", f)),
            key=lambda p: int(re.search(r"input(\d*)\.npy", p).group(1)
                              or 0))
        expected = np.load(stem + ".expected.npy")
    scale = float(np.abs(expected).max())
    for pipeline in ("fusion-to-llvm", "fusion-to-llvm{fuse=false}"):
        out = os.path.join(work, f"{name}.out.npy")
        run([fuse_run, model, "--entry=main", "--pipeline=" + pipeline,
             "--input=" + ",".join(inputs), "--output=" + out])
        got = np.load(out)
        if got.shape != expected.shape:
            print(f"{pipeline}: shape {got.shape} != {expected.shape}: "
                  "MISMATCH")
            continue
        err = float(np.abs(got.astype(np.float64) - expected).max()) / scale
        ok = np.isfinite(err) and err <= RTOL
        print(f"{pipeline}: max rel err {err:.1e} <= {RTOL:g}: "
              f"{'OK' if ok else 'MISMATCH'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
