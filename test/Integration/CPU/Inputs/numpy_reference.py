"""Runs the functions of reference.mlir with fuse-run on random .npy inputs
and checks every output against an independent NumPy implementation.

usage: numpy_reference.py FUSE_RUN REFERENCE_MLIR WORKDIR
Prints one line per function ("ok NAME max_abs_err") and exits 1 on any
mismatch.
"""
import os
import subprocess
import sys

import numpy as np

fuse_run, mlir, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
rng = np.random.default_rng(7)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def attention(q, *fs):
    d = fs[0].shape[-1]
    scores = np.stack([np.sum(q * f, axis=-1) / np.sqrt(d) for f in fs])
    w = np.exp(scores - scores.max(axis=0))
    w /= w.sum(axis=0)
    return sum(w[i][..., None] * f for i, f in enumerate(fs))


def batch_norm(x, s, o, m, v, eps, axis):
    shape = [1] * x.ndim
    shape[axis] = -1
    r = lambda p: p.reshape(shape)
    return (x - r(m)) / np.sqrt(r(v) + eps) * r(s) + r(o)


def f32(*shape):
    return rng.uniform(-2, 2, shape).astype(np.float32)


def positive(*shape):
    return rng.uniform(0.1, 2, shape).astype(np.float32)


cases = {
    "sum3": ([f32(3, 5), f32(3, 5), f32(3, 5)], lambda a, b, c: a + b + c),
    "sum_i32": ([rng.integers(-100, 100, 7).astype(np.int32),
                 rng.integers(-100, 100, 7).astype(np.int32)],
                lambda a, b: a + b),
    "mean_weighted": ([f32(4, 6), f32(4, 6), f32(4, 6)],
                      lambda a, b, c: 0.2 * a + 0.3 * b + 0.5 * c),
    "mean_dyn": ([rng.normal(size=(5, 6)), rng.normal(size=(5, 6))],
                 lambda a, b: (a + b) / 2),
    "gate_bcast": ([f32(4, 1), f32(4, 6), f32(4, 6)],
                   lambda g, a, b: sigmoid(g) * a + (1 - sigmoid(g)) * b),
    "gate_full": ([f32(3, 6), f32(3, 6), f32(3, 6)],
                  lambda g, a, b: sigmoid(g) * a + (1 - sigmoid(g)) * b),
    "attention_query": ([f32(8), f32(3, 8), f32(3, 8), f32(3, 8)], attention),
    "attention_full": ([f32(2, 3, 5), f32(2, 3, 5), f32(2, 3, 5)], attention),
    "attention_rank1": ([f32(6), f32(6), f32(6)], attention),
    "batch_norm_nchw": ([f32(2, 4, 3, 3), f32(4), f32(4), f32(4), positive(4)],
                        lambda *a: batch_norm(*a, 1e-3, 1)),
    "batch_norm_nhwc_dyn": ([f32(2, 3, 3, 5), f32(5), f32(5), f32(5),
                             positive(5)],
                            lambda *a: batch_norm(*a, 1e-5, 3)),
    "concat_dyn": ([f32(2, 4), f32(2, 3), f32(2, 1)],
                   lambda a, b, c: np.concatenate([a, b, c], axis=1)),
}

failed = 0
for name, (inputs, ref) in cases.items():
    paths = []
    for i, x in enumerate(inputs):
        paths.append(os.path.join(work, f"{name}.in{i}.npy"))
        np.save(paths[-1], x)
    out = os.path.join(work, f"{name}.out.npy")
    proc = subprocess.run([fuse_run, mlir, f"--entry={name}",
                           "--input=" + ",".join(paths), f"--output={out}"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"FAIL {name}: fuse-run exited {proc.returncode}: {proc.stderr}")
        failed += 1
        continue
    got = np.load(out)
    want = ref(*[x.astype(np.float64) if x.dtype.kind == "f" else x
                 for x in inputs])
    tol = 1e-5 if got.dtype == np.float32 else 1e-12
    if got.shape != want.shape or not np.allclose(got, want, rtol=tol,
                                                  atol=tol):
        print(f"FAIL {name}: got {got} want {want}")
        failed += 1
        continue
    err = float(np.max(np.abs(got - want))) if got.size else 0.0
    print(f"ok {name} {got.dtype} {got.shape} max_abs_err={err:.2e}")
sys.exit(1 if failed else 0)
