"""Runs every program of the given .mlir files through a GPU build and
compares it with the CPU build (fuse-run --compare=fusion-to-llvm).

usage: run_programs.py FUSE_RUN JOBS FILE... -- FUSE_RUN_ARGS...

A program is a public func.func with a body and results. Dynamic
dimensions get size 7 (--dims). In files that print with printMemrefF32
(mlir-runner programs, whose @main a GPU pipeline refuses: it passes device
memory to a host function), each program is compiled alone (fuse-run
--entry-only). Prints one line per program and a summary line; exits 0
(FileCheck reads the summary).
"""
import concurrent.futures
import re
import subprocess
import sys


def programs(path):
    text = open(path).read()
    alone = "printMemrefF32" in text
    found = []
    for m in re.finditer(r"func\.func @([\w$.]+)\(([^)]*)\)([^{\n]*)\{", text):
        name, args = m.group(1), m.group(2)
        if "->" not in m.group(3):
            continue
        shapes = re.findall(r"tensor<([^>]*)>", args)
        dims = []
        for shape in shapes:
            parts = shape.split("x")[:-1]
            if "?" in parts:
                dims.append("x".join("7" if p == "?" else p for p in parts))
        found.append((name, dims, ["--entry-only"] if alone else []))
    return found


def run(fuse_run, path, name, dims, flags, extra):
    cmd = [fuse_run, path, "--entry=" + name, "--compare=fusion-to-llvm",
           "--rtol=1e-3", "--atol=1e-4"] + extra
    cmd += flags
    if dims:
        cmd.append("--dims=" + ",".join(dims))
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return "FAIL", "timeout"
    out = p.stdout + p.stderr
    line = next((l for l in out.splitlines() if l.startswith("compare:")), "")
    if p.returncode == 0 and line.endswith(": OK"):
        return "OK", line
    errors = [l for l in out.splitlines()
              if "error" in l or "fuse-gpu-emulator" in l]
    return "FAIL", "exit %d: %s" % (p.returncode,
                                    (errors or [line or out[-300:]])[0])


def main():
    fuse_run, jobs = sys.argv[1], int(sys.argv[2])
    rest = sys.argv[3:]
    split = rest.index("--") if "--" in rest else len(rest)
    files, extra = rest[:split], rest[split + 1:]
    tasks = [(f, n, d, g) for f in files for n, d, g in programs(f)]
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda t: run(fuse_run, *t, extra), tasks))
    failed = 0
    for (f, n, _, _), (status, detail) in zip(tasks, results):
        print("%s %s @%s: %s" % (status, f.split("/test/")[-1], n, detail))
        failed += status != "OK"
    print("programs: %d agree with the CPU build, %d fail"
          % (len(tasks) - failed, failed))


if __name__ == "__main__":
    main()
