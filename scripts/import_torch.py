#!/usr/bin/env python3
"""Export PyTorch models to linalg-on-tensors with torch-mlir, for fuse.

For each model: fixed-seed weights (torch.manual_seed), eval mode, a fixed
input; writes into OUT_DIR
  NAME.mlir          the module exactly as torch-mlir prints it
                     (fx.export_and_import(..., output_type="linalg-on-tensors"));
                     weights are dense_resource blobs at the end of the file
  NAME.args.mlir     (--weights-as-args) the same model with its parameters
                     and buffers as function arguments after the input
  NAME.input.npy     the input, one .npy per function argument
                     (NAME.input1.npy ... for more than one input)
  NAME.args.npz      (--weights-as-args) all arguments of NAME.args.mlir,
                     in order (arr_0 is the input)
  NAME.expected.npy  PyTorch's output for that input (eager, float32)
and prints one line per model (name, file, size, ops).

Not a test dependency: needs a CPython 3.11 virtual environment with
torch-mlir, torch and torchvision from PyPI (docs/frontends.md):
  python3.11 -m venv venv-torch
  venv-torch/bin/pip install torch-mlir torch torchvision
  venv-torch/bin/python scripts/import_torch.py --list
  venv-torch/bin/python scripts/import_torch.py OUT_DIR resnet_basic_block ...

The committed regression inputs under test/Frontends/Inputs/torch were
written by this script (`scripts/import_torch.py test/Frontends/Inputs/torch
--small`).
"""
import argparse
import os
import sys

import numpy as np
import torch
from torch import nn


def _seeded(build, seed=0):
    torch.manual_seed(seed)
    model = build()
    # Non-trivial batch-norm statistics, as a trained model has them.
    for m in model.modules():
        if isinstance(m, nn.modules.batchnorm._BatchNorm):
            with torch.no_grad():
                m.weight.uniform_(0.5, 1.5)
                m.bias.normal_(0, 0.2)
                m.running_mean.normal_(0, 0.3)
                m.running_var.uniform_(0.2, 2.0)
    return model.eval()


class Ensemble(nn.Module):
    """Branches on the same input, averaged as PyTorch users write it."""

    def __init__(self, branches, combine):
        super().__init__()
        self.branches = nn.ModuleList(branches)
        self.combine = combine

    def forward(self, x):
        outs = [b(x) for b in self.branches]
        if self.combine == "chain":
            return (outs[0] + outs[1] + outs[2]) / 3
        if self.combine == "stack_mean":
            return torch.stack(outs).mean(0)
        if self.combine == "sum":
            return sum(outs) / len(outs)
        raise ValueError(self.combine)


class TwoInputEnsembles(nn.Module):
    """Two ensembles over two different inputs, outputs concatenated."""

    def __init__(self, make):
        super().__init__()
        self.a = Ensemble([make() for _ in range(3)], "chain")
        self.b = Ensemble([make() for _ in range(3)], "stack_mean")

    def forward(self, x, y):
        return torch.cat([self.a(x), self.b(y)], dim=1)


class LateFusion(nn.Module):
    """Image backbone + text MLP, joined by concatenation and a gate."""

    def __init__(self, backbone, feat, text_in, hidden, classes):
        super().__init__()
        self.backbone = backbone
        self.text = nn.Sequential(nn.Linear(text_in, hidden), nn.ReLU(),
                                  nn.Linear(hidden, feat))
        self.gate = nn.Linear(2 * feat, feat)
        self.head = nn.Linear(2 * feat, classes)

    def forward(self, image, text):
        a = self.backbone(image)
        b = self.text(text)
        joined = torch.cat([a, b], dim=1)
        g = torch.sigmoid(self.gate(joined))
        fused = g * a + (1 - g) * b
        return self.head(torch.cat([fused, joined[:, :a.shape[1]]], dim=1))


def _small_cnn(channels=8, classes=10):
    """A tiny ResNet-style image classifier (conv-BN-ReLU, pool, linear)."""
    return nn.Sequential(
        nn.Conv2d(3, channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(channels), nn.ReLU(),
        nn.Conv2d(channels, channels, 3, stride=2, padding=1, bias=False),
        nn.BatchNorm2d(channels), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(channels, classes))


def _tv():
    import torchvision
    return torchvision.models


def _models():
    tv = _tv()
    r = tv.resnet
    mb = tv.mobilenetv3
    # name: (builder, input shapes, small)
    return {
        # Regression inputs (small, committed under test/).
        "resnet_basic_block":
            (lambda: r.BasicBlock(8, 8), [(1, 8, 8, 8)], True),
        "resnet_basic_block_downsample":
            (lambda: r.BasicBlock(8, 16, stride=2, downsample=nn.Sequential(
                r.conv1x1(8, 16, 2), nn.BatchNorm2d(16))), [(1, 8, 8, 8)],
             True),
        "resnet_bottleneck":
            (lambda: r.Bottleneck(16, 4, downsample=None), [(1, 16, 8, 8)],
             True),
        "mobilenetv3_block":
            (lambda: mb.InvertedResidual(
                mb.InvertedResidualConfig(8, 3, 16, 8, True, "HS", 1, 1, 1.0),
                nn.BatchNorm2d), [(1, 8, 8, 8)], True),
        "conv_bias_bn":
            (lambda: nn.Sequential(nn.Conv2d(3, 8, 3, bias=True),
                                   nn.BatchNorm2d(8), nn.ReLU()),
             [(1, 3, 8, 8)], True),
        "ensemble3_chain":
            (lambda: Ensemble([_small_cnn() for _ in range(3)], "chain"),
             [(1, 3, 8, 8)], True),
        "ensemble3_stack_mean":
            (lambda: Ensemble([_small_cnn() for _ in range(3)],
                              "stack_mean"), [(1, 3, 8, 8)], True),
        "ensembles_two_inputs":
            (lambda: TwoInputEnsembles(_small_cnn), [(1, 3, 8, 8),
                                                     (1, 3, 8, 8)], True),
        "late_fusion":
            (lambda: LateFusion(_small_cnn(8, 16), 16, 12, 32, 5),
             [(1, 3, 8, 8), (1, 12)], True),
        # Whole torchvision models (bench/models.py).
        "resnet18": (lambda: tv.resnet18(), [(1, 3, 224, 224)], False),
        "resnet50": (lambda: tv.resnet50(), [(1, 3, 224, 224)], False),
        "mobilenet_v3_small":
            (lambda: tv.mobilenet_v3_small(), [(1, 3, 224, 224)], False),
        "squeezenet1_0":
            (lambda: tv.squeezenet1_0(), [(1, 3, 224, 224)], False),
        "ensemble3_resnet18":
            (lambda: Ensemble([tv.resnet18() for _ in range(3)], "chain"),
             [(1, 3, 224, 224)], False),
    }


class _ParamsAsArgs(nn.Module):
    """`model` with its parameters and buffers as forward arguments."""

    def __init__(self, model, num_inputs):
        super().__init__()
        self.model = model
        self.names = [n for n, _ in model.named_parameters()] + \
            [n for n, _ in model.named_buffers()]
        self.num_inputs = num_inputs

    def forward(self, *args):
        inputs, state = args[:self.num_inputs], args[self.num_inputs:]
        return torch.func.functional_call(
            self.model, dict(zip(self.names, state)), inputs)


def export(name, out_dir, weights_as_args=False, seed=0):
    from torch_mlir import fx
    build, shapes, _ = _models()[name]
    model = _seeded(build, seed)
    gen = torch.Generator().manual_seed(seed + 1)
    inputs = [torch.randn(*s, generator=gen) for s in shapes]
    with torch.no_grad():
        expected = model(*inputs)
    args = list(inputs)
    target = model
    if weights_as_args:
        target = _ParamsAsArgs(model, len(inputs))
        args += [t.detach().clone() for t in
                 list(model.parameters()) + list(model.buffers())]
    module = fx.export_and_import(target, *args,
                                  output_type="linalg-on-tensors",
                                  func_name="main")
    stem = os.path.join(out_dir, name + (".args" if weights_as_args else ""))
    text = str(module)
    with open(stem + ".mlir", "w") as f:
        f.write(text)
    if weights_as_args:
        np.savez(stem + ".npz",
                 *[t.numpy() for t in args])
    else:
        for i, t in enumerate(inputs):
            suffix = "input" if i == 0 else f"input{i}"
            np.save(f"{stem}.{suffix}.npy", t.numpy().astype(np.float32))
    np.save(os.path.join(out_dir, name + ".expected.npy"),
            expected.numpy().astype(np.float32))
    ops = text.count("linalg.")
    print(f"{name}: {stem}.mlir, {len(text)} bytes, {ops} linalg ops")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out_dir", nargs="?")
    p.add_argument("models", nargs="*")
    p.add_argument("--list", action="store_true", help="list the models")
    p.add_argument("--small", action="store_true",
                   help="all small regression models")
    p.add_argument("--weights-as-args", action="store_true",
                   help="also write NAME.args.mlir with weights as arguments")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_intermixed_args()
    models = _models()
    if a.list or not a.out_dir:
        for n, (_, shapes, small) in models.items():
            print(f"{n:32s} inputs {shapes} {'(small)' if small else ''}")
        return 0
    names = a.models or [n for n, m in models.items() if m[2] or not a.small]
    if a.small:
        names = [n for n in names if models[n][2]]
    unknown = [n for n in names if n not in models]
    if unknown:
        print(f"unknown model(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    os.makedirs(a.out_dir, exist_ok=True)
    for n in names:
        export(n, a.out_dir, seed=a.seed)
        if a.weights_as_args:
            export(n, a.out_dir, weights_as_args=True, seed=a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
