"""Golden check of fusion-fold-batchnorm against PyTorch.

Writes a conv + batch norm with constant (seeded) weights and statistics, in
two forms (`fusion.batch_norm`, and the single linalg.generic that torch-mlir
emits: (x - mean) * rsqrt(var + eps) * gamma + beta), folds each with
`fuse-opt --fusion-fold-batchnorm`, and compares
  * the folded weight constant, parsed from fuse-opt's output, and
  * the folded bias, read by running the folded program with fuse-run on a
    zero input (the output is then the bias in every position),
with torch.nn.utils.fusion.fuse_conv_bn_weights (Debian's python3-torch).

usage: bn_golden_torch.py FUSE_OPT FUSE_RUN WORKDIR
"""
import os
import re
import subprocess
import sys

import numpy as np
import torch
from torch.nn.utils.fusion import fuse_conv_bn_weights

fuse_opt, fuse_run, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
rng = np.random.default_rng(1234)
F, C, K, EPS = 8, 3, 3, 1e-5
w = rng.normal(0, 0.5, (F, C, K, K)).astype(np.float32)
gamma = rng.uniform(0.5, 1.5, F).astype(np.float32)
beta = rng.normal(0, 0.2, F).astype(np.float32)
mean = rng.normal(0, 0.3, F).astype(np.float32)
var = rng.uniform(0.2, 2.0, F).astype(np.float32)


def dense(a):
    body = np.array2string(a, separator=", ", threshold=1 << 30,
                           floatmode="unique").replace("\n", "")
    return f"dense<{body}>"


BN_FORMS = {
    "fusion.batch_norm": f"""
  %y = fusion.batch_norm %c, %g, %b, %m, %v {{epsilon = {EPS:e} : f64}} : tensor<1x{F}x3x3xf32>, tensor<{F}xf32>""",
    "torch-mlir generic": f"""
  %y = linalg.generic {{indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>,
      affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d1)>,
      affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d1)>,
      affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}}
      ins(%c, %m, %v, %g, %b : tensor<1x{F}x3x3xf32>, tensor<{F}xf32>, tensor<{F}xf32>, tensor<{F}xf32>, tensor<{F}xf32>)
      outs(%e : tensor<1x{F}x3x3xf32>) {{
  ^bb0(%in: f32, %mean: f32, %var: f32, %gamma: f32, %beta: f32, %out: f32):
    %eps = arith.constant {EPS:e} : f32
    %0 = arith.subf %in, %mean : f32
    %1 = arith.addf %var, %eps : f32
    %2 = math.rsqrt %1 : f32
    %3 = arith.mulf %0, %2 : f32
    %4 = arith.mulf %3, %gamma : f32
    %5 = arith.addf %4, %beta : f32
    linalg.yield %5 : f32
  }} -> tensor<1x{F}x3x3xf32>""",
}


def program(bn):
    return f"""
func.func @main(%x: tensor<1x{C}x5x5xf32>) -> tensor<1x{F}x3x3xf32> {{
  %zero = arith.constant 0.0 : f32
  %w = arith.constant {dense(w)} : tensor<{F}x{C}x{K}x{K}xf32>
  %g = arith.constant {dense(gamma)} : tensor<{F}xf32>
  %b = arith.constant {dense(beta)} : tensor<{F}xf32>
  %m = arith.constant {dense(mean)} : tensor<{F}xf32>
  %v = arith.constant {dense(var)} : tensor<{F}xf32>
  %e = tensor.empty() : tensor<1x{F}x3x3xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x{F}x3x3xf32>) -> tensor<1x{F}x3x3xf32>
  %c = linalg.conv_2d_nchw_fchw {{dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}}
      ins(%x, %w : tensor<1x{C}x5x5xf32>, tensor<{F}x{C}x{K}x{K}xf32>) outs(%f : tensor<1x{F}x3x3xf32>) -> tensor<1x{F}x3x3xf32>{bn}
  return %y : tensor<1x{F}x3x3xf32>
}}
"""


ref_w, ref_b = fuse_conv_bn_weights(
    torch.from_numpy(w).double(), None, torch.from_numpy(mean).double(),
    torch.from_numpy(var).double(), EPS, torch.from_numpy(gamma).double(),
    torch.from_numpy(beta).double())
ref_w = ref_w.detach().numpy().astype(np.float32).ravel()
ref_b = ref_b.detach().numpy().astype(np.float32)


def check(name, bn):
    tag = name.split()[0].replace(".", "_")
    src = os.path.join(work, tag + ".mlir")
    with open(src, "w") as f:
        f.write(program(bn))
    folded = subprocess.run([fuse_opt, src, "--fusion-fold-batchnorm", "--canonicalize",
                             "--mlir-print-elementsattrs-with-hex-if-larger=-1"],
                            capture_output=True, text=True, check=True).stdout
    shape = f"tensor<{F}x{C}x{K}x{K}xf32>"
    consts = [l for l in folded.splitlines()
              if "arith.constant dense<" in l and l.rstrip().endswith(shape)]
    assert len(consts) == 1, f"expected one folded weight constant, got {consts}"
    body = consts[0].split("dense<", 1)[1].split("]>", 1)[0]
    ours_w = np.array([float(t) for t in re.findall(r"[-+]?\d[\d.]*(?:e[-+]?\d+)?",
                                                  body)], np.float32)
    assert ours_w.size == w.size, ours_w.size


    rel_w = np.max(np.abs(ours_w - ref_w) / np.maximum(np.abs(ref_w), 1e-30))
    print(f"{name}: weights: {ours_w.size} values, max rel err {rel_w:.2e}")

    # The bias: run the folded program on zeros.
    zeros = os.path.join(work, "zeros.npy")
    np.save(zeros, np.zeros((1, C, 5, 5), np.float32))
    out = os.path.join(work, "out.npy")
    with open(os.path.join(work, tag + "-folded.mlir"), "w") as f:
        f.write(folded)
    subprocess.run([fuse_run, os.path.join(work, tag + "-folded.mlir"), "--input=" + zeros,
                    "--output=" + out], check=True, capture_output=True)
    ours_b = np.load(out)[0, :, 1, 1]
    rel_b = np.max(np.abs(ours_b - ref_b) / np.maximum(np.abs(ref_b), 1e-30))
    print(f"{name}: bias: {ours_b.size} values, max rel err {rel_b:.2e}")
    return rel_w <= 1e-6 and rel_b <= 1e-6


ok = all([check(name, bn) for name, bn in BN_FORMS.items()])
print("golden: " + ("OK" if ok else "FAIL"))
sys.exit(0 if ok else 1)
