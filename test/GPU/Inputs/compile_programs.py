"""Compiles every program file with fusion-to-nvvm (kernels dumped as PTX)
and runs ptxas on every kernel: the static half of programs.test, which
needs no GPU.

usage: compile_programs.py FUSE_OPT PTXAS GPU_NAME OUTDIR FILE...

PTXAS "none": the kernels are compiled and dumped but not assembled (the
pipeline's own checks, device memory for every kernel operand included,
still run): for machines without ptxas.

Files that print with printMemrefF32 are mlir-runner programs and are
skipped (fusion-to-nvvm rightly refuses device memory passed to a host
function). Prints one line per file that fails and a summary; exits 0.
"""
import concurrent.futures
import glob
import os
import subprocess
import sys


def compile_file(fuse_opt, ptxas, gpu, outdir, path):
    stem = os.path.splitext(os.path.basename(path))[0]
    dump = os.path.join(outdir, stem)
    os.makedirs(dump, exist_ok=True)
    p = subprocess.run([fuse_opt, path, f"--fusion-to-nvvm=dump-dir={dump}",
                        "-o", os.devnull], capture_output=True, text=True)
    if p.returncode:
        errors = [l for l in p.stderr.splitlines() if "error" in l]
        return path, f"fusion-to-nvvm failed: {(errors or [''])[0]}", 0, 0
    kernels = sorted(glob.glob(os.path.join(dump, "*.ptx")))
    rejected = []
    for k in kernels if ptxas != "none" else []:
        r = subprocess.run([ptxas, "--gpu-name", gpu, k, "-o", os.devnull],
                           capture_output=True, text=True)
        if r.returncode:
            rejected.append(f"{os.path.basename(k)}: {r.stderr.strip()}")
    return path, "; ".join(rejected), len(kernels), len(rejected)


def main():
    fuse_opt, ptxas, gpu, outdir = sys.argv[1:5]
    files = [f for f in sys.argv[5:] if "printMemrefF32" not in open(f).read()]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(
            lambda f: compile_file(fuse_opt, ptxas, gpu, outdir, f), files))
    failed_files = kernels = rejected = 0
    for path, error, n, bad in results:
        kernels += n
        rejected += bad
        if error:
            failed_files += 1
            print(f"FAIL {path.split('/test/')[-1]}: {error}")
    summary = (f"programs: {len(files) - failed_files} of {len(files)} "
               f"file(s) compile; ")
    if ptxas == "none":
        summary += f"{kernels} kernel module(s), not assembled"
    else:
        summary += (f"{kernels - rejected} of {kernels} kernel module(s) "
                    f"accepted by ptxas --gpu-name {gpu}")
    print(summary)


if __name__ == "__main__":
    main()
