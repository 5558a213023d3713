// --entry-only: the entry and the functions it references, alone. This
// file's @main passes a tensor to a host function (mlir-runner's print),
// which a GPU pipeline refuses; @twice and @double compile without it.
// RUN: not fuse-run %s --entry=twice --pipeline=fusion-emulate-gpu --compare=fusion-to-llvm 2>&1 | FileCheck %s --check-prefix=WHOLE
// WHOLE: error: host function @printMemrefF32 receives device memory
// RUN: fuse-run %s --entry=twice --entry-only --pipeline=fusion-emulate-gpu --compare=fusion-to-llvm --atol=0 --rtol=0 | FileCheck %s
// CHECK: compare: 'fusion-to-llvm' max abs err 0, max rel err 0, 0 mismatch(es)
// An entry that does not exist is still an error.
// RUN: not fuse-run %s --entry=missing --entry-only 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: no function @missing with a body

func.func private @printMemrefF32(tensor<*xf32>)

func.func @double(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = arith.addf %x, %x : tensor<4xf32>
  return %r : tensor<4xf32>
}

func.func @twice(%x: tensor<4xf32>) -> tensor<4xf32> {
  %d = call @double(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %r = call @double(%d) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

func.func @main() {
  %c = arith.constant dense<1.0> : tensor<4xf32>
  %r = call @twice(%c) : (tensor<4xf32>) -> tensor<4xf32>
  %u = tensor.cast %r : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
