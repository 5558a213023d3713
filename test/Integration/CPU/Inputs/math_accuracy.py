"""Max ulp error of fuse's math functions against a float64 reference.

usage: math_accuracy.py FUSE_RUN WORKDIR PIPELINE [--points N] [--bounds]
         [--only f,g]

For exp, log, tanh, erf, sigmoid, sin, cos and pow, runs one elementwise
linalg function per op through `fuse-run --pipeline=PIPELINE` on N inputs
(default 2^20) spread over the whole float32 range (every k-th bit pattern,
so subnormals, normals of every exponent, infinities and NaNs are all
included) plus the special values (+-0, +-inf, NaN, the smallest and largest
subnormals and normals, +-FLT_MAX, large arguments such as +-1e30), and
compares with the function computed in float64 by numpy (Python's math.erf
for erf) and rounded to float32: the error of y is |y - ref| in units of the
float32 ulp at ref (the spacing of float32 numbers there; 2^-149 below the
normal range). NaN where the reference is NaN, and an infinity where the
reference overflows float32 with that sign, count as exact; anything else
at a non-finite reference, and a zero of the wrong sign, is an infinite
error. pow takes x from the same
sweep and y from a sweep of exponents (integers, halves, random values in
[-40, 40], +-0, +-inf, NaN).
With --bounds, prints for each function `NAME: max E ulp <= B: OK` (or
`EXCEEDED`), the bounds being those documented in docs/math.md; otherwise
the worst input too. Only Debian's python3-numpy is needed.
"""
import math
import warnings
import os
import subprocess
import sys

import numpy as np

# The documented bounds (docs/math.md), in float32 ulps, of the default
# pipeline (fusion-to-llvm).
BOUNDS = {"exp": 1, "log": 1, "tanh": 2, "erf": 4, "sigmoid": 2, "sin": 1,
          "cos": 1, "pow": 1}

SPECIALS = np.array(
    [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1.1754942e-38,
     -1.1754942e-38, 1.17549435e-38, -1.17549435e-38, 3.4028235e38,
     -3.4028235e38, 1e30, -1e30, 1e10, -1e10, 1e5, -1e5, 88.72283,
     88.72284, -87.33654, -103.97208, -103.97209, 1.0, -1.0, 0.5, 2.0, 10.0,
     -10.0, 9.0, -9.0, 3.1415927, -3.1415927, 1.5707964, 6.2831855, 1e-7,
     -1e-7, 20.0, -20.0], dtype=np.float32)

BODY = {  # payload of a linalg.generic on %x (and %y), yielding %r
    "exp": "%r = math.exp %x : f32",
    "log": "%r = math.log %x : f32",
    "tanh": "%r = math.tanh %x : f32",
    "erf": "%r = math.erf %x : f32",
    # As torch-mlir lowers torch.sigmoid.
    "sigmoid": ("%neg = arith.negf %x : f32\n    %ex = math.exp %neg : f32\n"
                "    %one = arith.constant 1.0 : f32\n"
                "    %d = arith.addf %ex, %one : f32\n"
                "    %r = arith.divf %one, %d : f32"),
    "sin": "%r = math.sin %x : f32",
    "cos": "%r = math.cos %x : f32",
    "pow": "%r = math.powf %x, %y : f32",
}


def reference(name, x, y=None):
    x64 = x.astype(np.float64)
    with np.errstate(all="ignore"):
        if name == "exp":
            return np.exp(x64)
        if name == "log":
            return np.log(x64)
        if name == "tanh":
            return np.tanh(x64)
        if name == "erf":
            return np.array([math.erf(v) if not math.isnan(v) else math.nan
                             for v in x64.tolist()])
        if name == "sigmoid":
            return 1.0 / (1.0 + np.exp(-x64))
        if name == "sin":
            return np.sin(x64)
        if name == "cos":
            return np.cos(x64)
        if name == "pow":
            # A signaling NaN gives NaN even where a quiet one gives 1
            # (IEEE 754 pow(sNaN, 0)); float64 conversion would quiet it.
            def snan(a):
                bits = a.view(np.uint32)
                return np.isnan(a) & ((bits & 0x400000) == 0)
            ref = np.power(x64, y.astype(np.float64))
            return np.where(snan(x) | snan(y), np.nan, ref)
    raise ValueError(name)


def module(name):
    two = name == "pow"
    args = "%a: tensor<?xf32>" + (", %b: tensor<?xf32>" if two else "")
    ins = "%a" + (", %b" if two else "")
    types = "tensor<?xf32>" + (", tensor<?xf32>" if two else "")
    maps = ", ".join(["affine_map<(d0) -> (d0)>"] * (3 if two else 2))
    bbargs = "%x: f32" + (", %y: f32" if two else "") + ", %o: f32"
    return f"""func.func @{name}({args}) -> tensor<?xf32> {{
  %c0 = arith.constant 0 : index
  %n = tensor.dim %a, %c0 : tensor<?xf32>
  %e = tensor.empty(%n) : tensor<?xf32>
  %res = linalg.generic {{indexing_maps = [{maps}], iterator_types = ["parallel"]}}
      ins({ins} : {types}) outs(%e : tensor<?xf32>) {{
  ^bb0({bbargs}):
    {BODY[name]}
    linalg.yield %r : f32
  }} -> tensor<?xf32>
  return %res : tensor<?xf32>
}}
"""


def inputs(points):
    stride = max(1, (1 << 32) // points)
    bits = (np.arange(points, dtype=np.uint64) * stride + 12345) % (1 << 32)
    x = bits.astype(np.uint32).view(np.float32)
    return np.concatenate([SPECIALS, x])


def exponents(n):
    rng = np.random.default_rng(7)
    y = rng.uniform(-40, 40, n).astype(np.float32)
    y[0::7] = np.round(y[0::7])
    y[1::7] = np.round(y[1::7] * 2) / 2
    specials = np.array([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, np.inf,
                         -np.inf, np.nan], dtype=np.float32)
    y[2::7] = specials[np.arange(len(y[2::7])) % len(specials)]
    return y


def ulp_errors(got, ref64):
    ref32 = ref64.astype(np.float32)
    got64 = got.astype(np.float64)
    with np.errstate(all="ignore"):
        spacing = np.spacing(np.abs(ref32)).astype(np.float64)
        spacing = np.where(np.isfinite(spacing) & (spacing > 0), spacing,
                           2.0 ** -149)
        err = np.abs(got64 - ref64) / spacing
    both_nan = np.isnan(ref64) & np.isnan(got64)
    # A reference beyond FLT_MAX rounds to an infinity of its sign.
    same_inf = np.isinf(ref32) & (got64 == ref32.astype(np.float64))
    err = np.where(both_nan | same_inf, 0.0, err)
    bad = ~np.isfinite(ref64) & ~both_nan & ~same_inf
    # A zero must have the reference's sign (sin(-0) = -0).
    bad |= (ref64 == 0) & (got64 == 0) & (np.signbit(ref64) != np.signbit(got64))
    bad |= np.isnan(got64) & ~np.isnan(ref64)
    bad |= np.isinf(got64) & ~same_inf
    return np.where(bad, np.inf, err)


def main():
    # NaN and overflow casts are expected here.
    warnings.simplefilter("ignore", RuntimeWarning)
    fuse_run, work, pipeline = sys.argv[1:4]
    opts = sys.argv[4:]
    points = 1 << 20
    if "--points" in opts:
        points = int(opts[opts.index("--points") + 1])
    names = list(BODY)
    if "--only" in opts:
        names = opts[opts.index("--only") + 1].split(",")
    bounds = "--bounds" in opts
    os.makedirs(work, exist_ok=True)
    x = inputs(points)
    y = exponents(len(x))
    np.save(os.path.join(work, "x.npy"), x)
    np.save(os.path.join(work, "y.npy"), y)
    failed = False
    for name in names:
        src = os.path.join(work, name + ".mlir")
        with open(src, "w") as f:
            f.write(module(name))
        out = os.path.join(work, name + ".out.npy")
        ins = os.path.join(work, "x.npy") + (
            "," + os.path.join(work, "y.npy") if name == "pow" else "")
        p = subprocess.run([fuse_run, src, "--entry=" + name,
                            "--pipeline=" + pipeline, "--input=" + ins,
                            "--output=" + out, "--max-input-mb=1024"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            print(f"{name}: fuse-run failed: {p.stderr.strip()}")
            failed = True
            continue
        got = np.load(out)
        ref = reference(name, x, y if name == "pow" else None)
        err = ulp_errors(got, ref)
        worst = int(np.argmax(err))
        e = float(err[worst])
        where = f"x={x[worst]!r}" + (f", y={y[worst]!r}" if name == "pow"
                                     else "")
        detail = (f" (worst at {where}: got {got[worst]!r}, "
                  f"reference {ref[worst]!r})")
        if bounds:
            ok = e <= BOUNDS[name]
            failed |= not ok
            print(f"{name}: max {e:.2f} ulp <= {BOUNDS[name]}: "
                  f"{'OK' if ok else 'EXCEEDED' + detail}")
        else:
            print(f"{name}: {len(x)} inputs, max {e:.3g} ulp{detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
