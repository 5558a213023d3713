"""Runs ptxas on every .ptx file of a directory; prints one line per file
and a summary; exits 1 if ptxas rejects one (or none is found).

usage: check_ptx.py PTXAS GPU_NAME DIR
"""
import glob
import os
import subprocess
import sys

ptxas, gpu, directory = sys.argv[1:4]
files = sorted(glob.glob(os.path.join(directory, "*.ptx")))
failed = 0
for path in files:
    run = subprocess.run([ptxas, "--gpu-name", gpu, path, "-o", os.devnull],
                         capture_output=True, text=True)
    name = os.path.basename(path)
    if run.returncode:
        failed += 1
        print(f"REJECTED {name}: {run.stderr.strip()}")
    else:
        with open(path) as f:
            externs = [l for l in f if l.lstrip().startswith(".extern")]
        print(f"accepted {name}" + (f" ({len(externs)} extern)" if externs else ""))
print(f"{len(files) - failed} of {len(files)} kernel module(s) accepted by ptxas --gpu-name {gpu}")
sys.exit(1 if failed or not files else 0)
