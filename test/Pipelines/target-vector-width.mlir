// The vector width follows target-cpu and target-features, not the machine
// that compiles (only "host" for both reads it): the same output on every
// machine for a named target.
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu=skylake target-features=})' | FileCheck %s --check-prefix=AVX2
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu=skylake-avx512 target-features=})' | FileCheck %s --check-prefix=AVX512
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu=skylake-avx512 target-features=-avx512f})' | FileCheck %s --check-prefix=AVX2
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu= target-features=})' | FileCheck %s --check-prefix=SSE
// Without AVX, no AVX-512 either (it implies AVX):
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu=skylake-avx512 target-features=-avx})' | FileCheck %s --check-prefix=SSE
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu=x86-64 target-features=+avx512f})' | FileCheck %s --check-prefix=AVX512
// vector-width wins over the target:
// RUN: fuse-opt %s --pass-pipeline='builtin.module(fusion-to-llvm{target-cpu=skylake-avx512 target-features= vector-width=4})' | FileCheck %s --check-prefix=SSE
// AVX2: llvm.fadd {{.*}} : vector<8xf32>
// AVX2-NOT: vector<16xf32>
// AVX512: llvm.fadd {{.*}} : vector<16xf32>
// SSE: llvm.fadd {{.*}} : vector<4xf32>
// SSE-NOT: vector<8xf32>
// SSE-NOT: vector<16xf32>
func.func @add(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %e = tensor.empty() : tensor<64x64xf32>
  %r = linalg.add ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}
