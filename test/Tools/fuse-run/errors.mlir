// fuse-run reports bad input with a message and exit code 2, never a crash;
// a --compare mismatch exits 1.
// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=nope 2>&1 | FileCheck %s --check-prefix=ENTRY
// ENTRY: error: no function @nope with a body in

// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=memref_arg 2>&1 | FileCheck %s --check-prefix=TYPE
// TYPE: error: argument #0 of @memref_arg has type memref<4xf32>; fuse-run supports ranked tensors

// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=dyn 2>&1 | FileCheck %s --check-prefix=DIMS
// DIMS: error: argument #0 has type tensor<?x?xf32> with dynamic dimensions; give its shape with --dims

// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=dyn --dims=3 2>&1 | FileCheck %s --check-prefix=BADDIMS
// BADDIMS: error: --dims entry '3' does not match argument #0 of type tensor<?x?xf32>

// RUN: %python -c "import numpy as n; n.save('%t.f64.npy', n.zeros((4, 8))); n.save('%t.shape.npy', n.zeros((4, 9), n.float32))"
// RUN: not fuse-run %S/Inputs/funcs.mlir --input=%t.f64.npy,%t.f64.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: error: {{.*}}f64.npy: dtype <f8 does not match argument #0 of type tensor<4x8xf32> (expects <f4)
// RUN: not fuse-run %S/Inputs/funcs.mlir --input=%t.shape.npy,%t.shape.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: {{.*}}shape.npy: shape 4x9 does not match argument #0 of type tensor<4x8xf32>
// RUN: not fuse-run %S/Inputs/funcs.mlir --input=%t.shape.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// COUNT: error: --input gives 1 file(s), but @main takes 2 argument(s)
// RUN: echo garbage > %t.bad.npy
// RUN: not fuse-run %S/Inputs/funcs.mlir --input=%t.bad.npy,%t.bad.npy 2>&1 | FileCheck %s --check-prefix=NOTNPY
// NOTNPY: error: {{.*}}bad.npy: not a .npy file

// Shapes whose size overflows or exceeds 64 GiB are refused, not allocated.
// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=dyn --dims=4294967296x4294967296 2>&1 | FileCheck %s --check-prefix=HUGE
// HUGE: error: argument #0 of shape 4294967296x4294967296 is too large (over 64 GiB)
// RUN: %python -c "import struct; h = \"{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), }\"; h += ' ' * (118 - len(h)) + chr(10); open('%t.huge.npy', 'wb').write(b'\x93NUMPY\x01\x00' + struct.pack('<H', len(h)) + h.encode())"
// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=dyn --input=%t.huge.npy 2>&1 | FileCheck %s --check-prefix=HUGENPY
// HUGENPY: error: {{.*}}huge.npy: shape is too large

// RUN: not fuse-run %S/Inputs/funcs.mlir --pipeline='no-such-pass' 2>&1 | FileCheck %s --check-prefix=PARSE
// PARSE: error: cannot parse pipeline 'no-such-pass'

// A pipeline wrapped in builtin.module(...) works as the bare one.
// RUN: fuse-run %S/Inputs/funcs.mlir --pipeline='builtin.module(fusion-to-llvm)' | FileCheck %s --check-prefix=WRAPPED
// WRAPPED: result #0: tensor<4x8xf32>

// A pipeline that does not reach the LLVM dialect.
// RUN: not fuse-run %S/Inputs/funcs.mlir --pipeline='convert-fusion-to-linalg' 2>&1 | FileCheck %s --check-prefix=NOLLVM
// NOLLVM: error: pipeline 'convert-fusion-to-linalg' did not produce an llvm.func @main

// RUN: not fuse-run %S/Inputs/does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: error: cannot open input file {{.*}}does-not-exist.mlir{{.*}}: No such file or directory

// The exit codes: 2 for errors, 1 for a --compare mismatch.
// RUN: sh -c 'fuse-run %S/Inputs/funcs.mlir --entry=nope 2>/dev/null; test $? -eq 2'
// RUN: fuse-run %S/Inputs/funcs.mlir --entry=tanh --compare='func.func(math-expand-ops),fusion-to-llvm' | FileCheck %s --check-prefix=CLOSE
// CLOSE: compare: {{.*}} 0 mismatch(es) (atol 1e-05, rtol 0.0001): OK
// RUN: sh -c 'fuse-run %S/Inputs/funcs.mlir --entry=tanh --compare="func.func(math-expand-ops),fusion-to-llvm" --atol=0 --rtol=0; test $? -eq 1' | FileCheck %s --check-prefix=STRICT
// STRICT: compare: 'func.func(math-expand-ops),fusion-to-llvm' max abs err {{[1-9]}}
// STRICT-SAME: (atol 0, rtol 0): FAIL

// Tolerances must be finite and non-negative: a NaN tolerance would make
// every comparison pass.
// RUN: not fuse-run %S/Inputs/funcs.mlir --atol=nan 2>&1 | FileCheck %s --check-prefix=ATOL
// ATOL: error: --atol must be a finite number >= 0, not nan
// RUN: not fuse-run %S/Inputs/funcs.mlir --rtol=-1 2>&1 | FileCheck %s --check-prefix=RTOL
// RTOL: error: --rtol must be a finite number >= 0, not -1.0
// RUN: not fuse-run %S/Inputs/funcs.mlir --rtol=inf 2>&1 | FileCheck %s --check-prefix=RTOLINF
// RTOLINF: error: --rtol must be a finite number >= 0, not inf

// Arguments larger than --max-input-mb (by default half the machine's
// memory: 16 GiB for a 4294967296x1 f32 on the 24 GiB machines) are refused
// before they are allocated.
// RUN: not fuse-run %S/Inputs/funcs.mlir --entry=dyn --dims=1024x1024 --max-input-mb=1 2>&1 | FileCheck %s --check-prefix=MEM
// MEM: error: argument #0 of shape 1024x1024 takes 4 MiB, more than the 1 MiB the arguments may take (--max-input-mb; by default half of this machine's memory)
// RUN: fuse-run %S/Inputs/funcs.mlir --max-input-mb=1 --dims=300x300 --entry=dyn 2>&1 | FileCheck %s --check-prefix=MEMOK
// MEMOK: result #0: tensor<?x?xf32> shape 300x300

// A pipeline nested in func.func is an error, not the pass manager's abort.
// RUN: not fuse-run %S/Inputs/funcs.mlir --pipeline='builtin.module(func.func(fusion-to-llvm))' 2>&1 | FileCheck %s --check-prefix=NEST
// NEST: error: cannot parse pipeline 'builtin.module(func.func(fusion-to-llvm))': pipeline 'fusion-to-llvm' runs on builtin.module, not nested in 'func.func'

// An unknown target CPU or feature is an error of fusion-llvm-target.
// RUN: not fuse-run %S/Inputs/funcs.mlir --pipeline='fusion-to-llvm{target-cpu=bogus}' 2>&1 | FileCheck %s --check-prefix=CPU
// CPU: error: fusion-llvm-target: 'bogus' is not a CPU of target
// CPU: error: pipeline 'fusion-to-llvm{target-cpu=bogus}' failed
// RUN: not fuse-run %S/Inputs/funcs.mlir --pipeline='fusion-to-llvm{target-features=+avx2,+bogus}' 2>&1 | FileCheck %s --check-prefix=FEAT
// FEAT: error: fusion-llvm-target: 'bogus' is not a feature of target
