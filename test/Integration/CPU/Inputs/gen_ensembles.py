"""Writes ensembles.mlir: late-fusion ensembles of two-layer MLP branches
(relu(x W1 + b1) W2 + b2), with weights as function arguments, for
fusion-batch-ensembles' integration test.

  mean3_same     3 branches, one input, mean
  sum2_diff      2 branches, different inputs, sum
  wmean8_diff    8 branches, different inputs, weighted mean
  gate2_same     2 branches, one input, gate from a third argument
  attn3_same     3 branches, one input, attention with a query argument
  mean2_hetero   2 branches of different widths (not batched), mean
  mean3_const    mean3_same with constant weights (the mean folds, batched)
  mean2_hetero_const  mean2_hetero with constant weights (folds, separate)
  early_concat   early fusion: concat of two inputs, then one MLP

usage: gen_ensembles.py > ensembles.mlir
"""
B, D, H, O = 8, 16, 24, 8
T = "f32"


def ty(*shape):
    return "tensor<" + "x".join(str(s) for s in shape) + f"x{T}>"


def mlp(x, w1, b1, w2, b2, ind, din=D, H=H):
    """An MLP branch body, as lines, yielding %y."""
    return [
        f"{ind}%zero = arith.constant 0.0 : f32",
        f"{ind}%eh = tensor.empty() : {ty(B, H)}",
        f"{ind}%fh = linalg.fill ins(%zero : f32) outs(%eh : {ty(B, H)}) -> {ty(B, H)}",
        f"{ind}%h0 = linalg.matmul ins({x}, {w1} : {ty(B, din)}, {ty(din, H)}) outs(%fh : {ty(B, H)}) -> {ty(B, H)}",
        f"{ind}%h = linalg.generic {{indexing_maps = [#id, #row, #id], iterator_types = [\"parallel\", \"parallel\"]}}",
        f"{ind}    ins(%h0, {b1} : {ty(B, H)}, {ty(H)}) outs(%eh : {ty(B, H)}) {{",
        f"{ind}^bb0(%a: f32, %b: f32, %o: f32):",
        f"{ind}  %s = arith.addf %a, %b : f32",
        f"{ind}  %r = arith.maximumf %s, %zero : f32",
        f"{ind}  linalg.yield %r : f32",
        f"{ind}}} -> {ty(B, H)}",
        f"{ind}%eo = tensor.empty() : {ty(B, O)}",
        f"{ind}%fo = linalg.fill ins(%zero : f32) outs(%eo : {ty(B, O)}) -> {ty(B, O)}",
        f"{ind}%y0 = linalg.matmul ins(%h, {w2} : {ty(B, H)}, {ty(H, O)}) outs(%fo : {ty(B, O)}) -> {ty(B, O)}",
        f"{ind}%y = linalg.generic {{indexing_maps = [#id, #row, #id], iterator_types = [\"parallel\", \"parallel\"]}}",
        f"{ind}    ins(%y0, {b2} : {ty(B, O)}, {ty(O)}) outs(%eo : {ty(B, O)}) {{",
        f"{ind}^bb0(%a: f32, %b: f32, %o: f32):",
        f"{ind}  %s = arith.addf %a, %b : f32",
        f"{ind}  linalg.yield %s : f32",
        f"{ind}}} -> {ty(B, O)}",
    ]


def dense(shape, seed):
    """A seeded dense constant of `shape` (values in [-0.5, 0.5))."""
    import random
    rng = random.Random(seed)
    count = 1
    for d in shape:
        count *= d
    flat = [f"{rng.uniform(-0.5, 0.5):.4f}" for _ in range(count)]

    def nest(vals, dims):
        if len(dims) == 1:
            return "[" + ", ".join(vals) + "]"
        step = len(vals) // dims[0]
        return "[" + ", ".join(nest(vals[i * step:(i + 1) * step], dims[1:])
                               for i in range(dims[0])) + "]"
    return f"dense<{nest(flat, list(shape))}> : {ty(*shape)}"


def ensemble(name, n, same_input, combine, extra_args=(), hidden=None,
             const=False):
    hidden = hidden or [H] * n
    args = []
    inputs = ["%x"] * n if same_input else [f"%x{i}" for i in range(n)]
    args += [f"%x: {ty(B, D)}"] if same_input else [f"%x{i}: {ty(B, D)}" for i in range(n)]
    consts = []
    for i in range(n):
        h = hidden[i]
        shapes = [("w1", (D, h)), ("b1", (h,)), ("w2", (h, O)), ("b2", (O,))]
        for j, (w, shape) in enumerate(shapes):
            if const:
                consts.append(f"  %{w}_{i} = arith.constant "
                              f"{dense(shape, 100 * i + j)}")
            else:
                args.append(f"%{w}_{i}: {ty(*shape)}")
    args += list(extra_args)
    lines = [f"func.func @{name}({', '.join(args)}) -> {ty(B, O)} {{"]
    lines += consts
    lines.append(f"  %r = fusion.late ins({', '.join(inputs)} : {', '.join([ty(B, D)] * n)}) -> {ty(B, O)}")
    for i in range(n):
        lines.append("  branch {" if i == 0 else "  } branch {")
        lines.append(f"  ^bb0(%in: {ty(B, D)}):")
        body = mlp("%in", f"%w1_{i}", f"%b1_{i}", f"%w2_{i}", f"%b2_{i}", "    ",
                   H=hidden[i])
        lines += body
        lines.append(f"    fusion.yield %y : {ty(B, O)}")
    lines.append("  } combine {")
    outs = [f"%o{i}" for i in range(n)]
    lines.append(f"  ^bb0({', '.join(o + ': ' + ty(B, O) for o in outs)}):")
    lines.append("    " + combine(outs))
    lines.append(f"    fusion.yield %c : {ty(B, O)}")
    lines.append("  }")
    lines.append(f"  return %r : {ty(B, O)}")
    lines.append("}")
    return "\n".join(lines)


def early_concat():
    lines = [f"func.func @early_concat(%img: {ty(B, D // 2)}, %t: {ty(B, D // 2)}, "
             f"%w1: {ty(D, H)}, %b1: {ty(H)}, %w2: {ty(H, O)}, %b2: {ty(O)}) -> {ty(B, O)} {{",
             f"  %r = fusion.early ins(%img, %t : {ty(B, D // 2)}, {ty(B, D // 2)}) -> {ty(B, O)}",
             "  combine {",
             f"  ^bb0(%p: {ty(B, D // 2)}, %q: {ty(B, D // 2)}):",
             f"    %c = fusion.concat %p, %q {{axis = 1}} : {ty(B, D // 2)}, {ty(B, D // 2)} -> {ty(B, D)}",
             f"    fusion.yield %c : {ty(B, D)}",
             "  } body {",
             f"  ^bb0(%in: {ty(B, D)}):"]
    lines += mlp("%in", "%w1", "%b1", "%w2", "%b2", "    ")
    lines += [f"    fusion.yield %y : {ty(B, O)}", "  }", f"  return %r : {ty(B, O)}", "}"]
    return "\n".join(lines)


print("// Generated by Inputs/gen_ensembles.py; do not edit.")
print("#id = affine_map<(d0, d1) -> (d0, d1)>")
print("#row = affine_map<(d0, d1) -> (d1)>")
t = ty(B, O)
print(ensemble("mean3_same", 3, True,
               lambda o: f"%c = fusion.mean {', '.join(o)} : {t}"))
print(ensemble("sum2_diff", 2, False,
               lambda o: f"%c = fusion.sum {', '.join(o)} : {t}"))
print(ensemble("wmean8_diff", 8, False,
               lambda o: f"%c = fusion.mean {', '.join(o)} weights "
               "[0.2, 0.1, 0.15, 0.05, 0.1, 0.1, 0.2, 0.1] : " + t))
print(ensemble("gate2_same", 2, True,
               lambda o: f"%c = fusion.gate %g, {', '.join(o)} : {t}, {t}",
               [f"%g: {t}"]))
print(ensemble("attn3_same", 3, True,
               lambda o: f"%c = fusion.attention %q, {', '.join(o)} : "
               f"{', '.join([t] * 4)} -> {t}", [f"%q: {t}"]))
print(ensemble("mean2_hetero", 2, True,
               lambda o: f"%c = fusion.mean {', '.join(o)} : {t}",
               hidden=[H, 16]))
print(ensemble("mean3_const", 3, True,
               lambda o: f"%c = fusion.mean {', '.join(o)} : {t}", const=True))
print(ensemble("mean2_hetero_const", 2, True,
               lambda o: f"%c = fusion.mean {', '.join(o)} : {t}",
               hidden=[H, 16], const=True))
print(early_concat())
