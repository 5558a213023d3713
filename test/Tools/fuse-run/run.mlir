// fuse-run: summary, seeds, multiple results, dynamic dims, constants, JSON,
// .npy output.
// RUN: fuse-run %S/Inputs/funcs.mlir | FileCheck %s --check-prefix=MAIN
// MAIN: fuse-run: @main via 'fusion-to-llvm', 2 input(s) (seed 0, uniform)
// MAIN: input #0: 4x8 <f4
// MAIN: result #0: tensor<4x8xf32> shape 4x8 sum [[SUM:[-0-9.e]+]] min
// MAIN-NEXT: values:

// Same seed, same output; another seed, another output.
// RUN: fuse-run %S/Inputs/funcs.mlir --seed=0 | FileCheck %s --check-prefix=MAIN
// RUN: fuse-run %S/Inputs/funcs.mlir --seed=0 --json > %t.seed0.json
// RUN: fuse-run %S/Inputs/funcs.mlir --seed=5 --json > %t.seed5.json
// RUN: not diff -q %t.seed0.json %t.seed5.json

// RUN: fuse-run %S/Inputs/funcs.mlir --entry=two --output=%t.a.npy,%t.b.npy | FileCheck %s --check-prefix=TWO
// TWO: result #0: tensor<4x8xf32> shape 4x8
// TWO: result #1: tensor<4x16xf32> shape 4x16
// RUN: %python -c "import numpy as n; a=n.load('%t.a.npy'); b=n.load('%t.b.npy'); assert b.shape == (4, 16) and (b[:, :8] == a).all() and (b[:, 8:] == a).all(); print('npy-ok')" | FileCheck %s --check-prefix=NPY
// NPY: npy-ok

// RUN: fuse-run %S/Inputs/funcs.mlir --entry=dyn --dims=3x5 --dist=normal | FileCheck %s --check-prefix=DYN
// DYN: (seed 0, normal)
// DYN: result #0: tensor<?x?xf32> shape 3x5

// RUN: fuse-run %S/Inputs/funcs.mlir --entry=cst | FileCheck %s --check-prefix=CST
// CST: result #0: tensor<2xf32> shape 2 sum -1 min -2.5 max 1.5
// CST-NEXT: values: 1.5 -2.5

// Read back what fuse-run wrote: --input round trip is exact.
// RUN: fuse-run %S/Inputs/funcs.mlir --entry=dyn --dims=2x3 --output=%t.dyn.npy
// RUN: fuse-run %S/Inputs/funcs.mlir --entry=dyn --input=%t.dyn.npy --json | FileCheck %s --check-prefix=RT
// RT: "entry": "dyn"
// RT: "shape": [
// RT-NEXT: 2,
// RT-NEXT: 3

// RUN: fuse-run %S/Inputs/funcs.mlir --compare='fusion-to-llvm{fuse=false}' --bench=3 --warmup=1 --json | FileCheck %s --check-prefix=JSON
// JSON: "compare": {
// JSON-NEXT: "pipeline": "fusion-to-llvm{fuse=false}",
// JSON: "mismatches": 0,
// JSON: "ok": true
// JSON: "bench": {
// JSON-NEXT: "iterations": 3,
// JSON: "median_ratio_compare_over_primary":
// The same without keeping freed memory between calls (--reuse-memory=false):
// RUN: fuse-run %S/Inputs/funcs.mlir --compare='fusion-to-llvm{fuse=false}' --bench=3 --warmup=1 --reuse-memory=false --json | FileCheck %s --check-prefix=JSON

// Results sharing a buffer are both read before it is freed.
// RUN: fuse-run %S/Inputs/funcs.mlir --entry=shared --seed=2 | FileCheck %s --check-prefix=SHARED
// SHARED: result #0: tensor<256x256xf32> shape 256x256 sum [[S:[-0-9.e]+]] min
// SHARED: result #1: tensor<256x256xf32> shape 256x256 sum [[S]] min

// Empty results: JSON stays valid (null for the min/max of nothing).
// RUN: fuse-run %S/Inputs/funcs.mlir --entry=empty --json | %python -c "import json, sys; d = json.load(sys.stdin); r = d['results'][0]; print('empty', r['shape'], r['min'], r['max'])" | FileCheck %s --check-prefix=EMPTY
// EMPTY: empty [0, 4] None None
