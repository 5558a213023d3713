#!/usr/bin/python3
"""Writes W4, a three-branch late-fusion ensemble: each branch
relu(x W1 + b1) W2 + b2 with 512 -> 512 -> 256, the three averaged
(fusion.mean), one input x [B, 512], for B in 64 and 256; weights either as
function arguments (given at run time) or as dense constants (seeded).

usage: gen_w4.py OUTDIR   (writes w4-{args,const}-b{64,256}.mlir)
"""
import os
import sys

import numpy as np

D, H, O, N = 512, 512, 256, 3


def ty(*shape):
    return "tensor<" + "x".join(map(str, shape)) + "xf32>"


def dense(a):
    return "dense<" + np.array2string(a, separator=",", threshold=1 << 30,
                                      floatmode="maxprec", precision=6
                                      ).replace("\n", "") + ">"


def program(b, const):
    rng = np.random.default_rng(4)
    args = [f"%x: {ty(b, D)}"]
    lines = []
    weights = []
    for i in range(N):
        names = [f"%w1_{i}", f"%b1_{i}", f"%w2_{i}", f"%b2_{i}"]
        shapes = [(D, H), (H,), (H, O), (O,)]
        if const:
            for n, s in zip(names, shapes):
                v = rng.normal(0, 1 / np.sqrt(s[0]), s).astype(np.float32)
                lines.append(f"  {n} = arith.constant {dense(v)} : {ty(*s)}")
        else:
            args += [f"{n}: {ty(*s)}" for n, s in zip(names, shapes)]
        weights.append(names)
    out = [f"func.func @main({', '.join(args)}) -> {ty(b, O)} {{"] + lines
    out.append(f"  %r = fusion.late ins({', '.join(['%x'] * N)} : "
               f"{', '.join([ty(b, D)] * N)}) -> {ty(b, O)}")
    for i, (w1, b1, w2, b2) in enumerate(weights):
        out.append("  branch {" if i == 0 else "  } branch {")
        out += [
            f"  ^bb0(%in: {ty(b, D)}):",
            "    %zero = arith.constant 0.0 : f32",
            f"    %eh = tensor.empty() : {ty(b, H)}",
            f"    %fh = linalg.fill ins(%zero : f32) outs(%eh : {ty(b, H)}) -> {ty(b, H)}",
            f"    %h0 = linalg.matmul ins(%in, {w1} : {ty(b, D)}, {ty(D, H)}) outs(%fh : {ty(b, H)}) -> {ty(b, H)}",
            f"    %h = linalg.generic {{indexing_maps = [#id, #row, #id], iterator_types = [\"parallel\", \"parallel\"]}}"
            f" ins(%h0, {b1} : {ty(b, H)}, {ty(H)}) outs(%eh : {ty(b, H)}) {{",
            "    ^bb0(%a: f32, %c: f32, %o: f32):",
            "      %s = arith.addf %a, %c : f32",
            "      %t = arith.maximumf %s, %zero : f32",
            "      linalg.yield %t : f32",
            f"    }} -> {ty(b, H)}",
            f"    %eo = tensor.empty() : {ty(b, O)}",
            f"    %fo = linalg.fill ins(%zero : f32) outs(%eo : {ty(b, O)}) -> {ty(b, O)}",
            f"    %y0 = linalg.matmul ins(%h, {w2} : {ty(b, H)}, {ty(H, O)}) outs(%fo : {ty(b, O)}) -> {ty(b, O)}",
            f"    %y = linalg.generic {{indexing_maps = [#id, #row, #id], iterator_types = [\"parallel\", \"parallel\"]}}"
            f" ins(%y0, {b2} : {ty(b, O)}, {ty(O)}) outs(%eo : {ty(b, O)}) {{",
            "    ^bb0(%a: f32, %c: f32, %o: f32):",
            "      %s = arith.addf %a, %c : f32",
            "      linalg.yield %s : f32",
            f"    }} -> {ty(b, O)}",
            f"    fusion.yield %y : {ty(b, O)}",
        ]
    out += ["  } combine {",
            f"  ^bb0(%p: {ty(b, O)}, %q: {ty(b, O)}, %s: {ty(b, O)}):",
            f"    %m = fusion.mean %p, %q, %s : {ty(b, O)}",
            f"    fusion.yield %m : {ty(b, O)}",
            "  }",
            f"  return %r : {ty(b, O)}",
            "}"]
    return ("#id = affine_map<(d0, d1) -> (d0, d1)>\n"
            "#row = affine_map<(d0, d1) -> (d1)>\n" + "\n".join(out) + "\n")


outdir = sys.argv[1]
os.makedirs(outdir, exist_ok=True)
for b in (64, 256):
    for const in (False, True):
        name = f"w4-{'const' if const else 'args'}-b{b}.mlir"
        with open(os.path.join(outdir, name), "w") as f:
            f.write(program(b, const))
