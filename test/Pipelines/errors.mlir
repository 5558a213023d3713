// The pipelines refuse bad options and nesting with an error and a non-zero
// exit code, never the pass manager's abort.

// RUN: not fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-to-llvm))' 2>&1 | FileCheck %s --check-prefix=NEST
// NEST: error: pipeline 'fusion-to-llvm' runs on builtin.module, not nested in 'func.func'
// RUN: not fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-to-nvvm))' 2>&1 | FileCheck %s --check-prefix=NEST-NVVM
// NEST-NVVM: error: pipeline 'fusion-to-nvvm' runs on builtin.module, not nested in 'func.func'
// RUN: not fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-emulate-gpu))' 2>&1 | FileCheck %s --check-prefix=NEST-EMU
// NEST-EMU: error: pipeline 'fusion-emulate-gpu' runs on builtin.module, not nested in 'func.func'
// RUN: not fuse-opt %s --pass-pipeline='builtin.module(func.func(fusion-to-linalg))' 2>&1 | FileCheck %s --check-prefix=NEST-LINALG
// NEST-LINALG: error: pipeline 'fusion-to-linalg' runs on builtin.module, not nested in 'func.func'

// RUN: not fuse-opt %s --fusion-to-nvvm=format=bogus 2>&1 | FileCheck %s --check-prefix=FORMAT
// FORMAT: error: pipeline 'fusion-to-nvvm': format must be one of isa, bin, fatbin, offloading, llvm, not 'bogus'
// RUN: not fuse-opt %s --fusion-to-llvm=threads=0 2>&1 | FileCheck %s --check-prefix=THREADS
// THREADS: error: pipeline 'fusion-to-llvm': threads must be >= 1
// RUN: not fuse-opt %s --fusion-to-nvvm=opt-level=7 2>&1 | FileCheck %s --check-prefix=OPT
// OPT: error: pipeline 'fusion-to-nvvm': opt-level must be in 0..3
// RUN: not fuse-opt %s '--fusion-to-llvm=target-cpu=bogus' 2>&1 | FileCheck %s --check-prefix=CPU
// CPU: error: fusion-llvm-target: 'bogus' is not a CPU of target

// Nested at the module level (the default) they run.
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm)' | FileCheck %s
// CHECK: llvm.func @f
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
