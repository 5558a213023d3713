// RUN: fuse-opt %s -split-input-file -fusion-gpu-check-kernel-operands -verify-diagnostics | FileCheck %s

// fuse's GPU memory model: a kernel may receive function arguments (device
// buffers by the calling convention), gpu.alloc buffers and constant
// globals (uploaded by the runtime), through views. These pass.

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%a: memref<16xf32>, %b: memref<8xf32, strided<[1], offset: 8>>, %c: memref<4xf32>) kernel { gpu.return }
  }
  memref.global "private" constant @weights : memref<4xf32> = dense<1.0>
  // CHECK-LABEL: func.func @device_buffers
  func.func @device_buffers(%x: memref<16xf32>) -> memref<16xf32> {
    %c1 = arith.constant 1 : index
    %t = gpu.alloc () : memref<16xf32>
    %v = memref.subview %t[8] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: 8>>
    %w = memref.get_global @weights : memref<4xf32>
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : memref<16xf32>, %v : memref<8xf32, strided<[1], offset: 8>>, %w : memref<4xf32>)
    return %t : memref<16xf32>
  }
}

// -----

// The bug of issue 16: promote-buffers-to-stack put a small host buffer on
// the host stack, and the kernel faulted reading it.

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%a: memref<16xf32>, %b: memref<32xf32>) kernel { gpu.return }
  }
  func.func @host_stack(%x: memref<16xf32>) {
    %c1 = arith.constant 1 : index
    // expected-note @below {{the buffer is defined here}}
    %row_max = memref.alloca() : memref<32xf32>
    // expected-error @below {{kernel @k::@f argument #1 is on the host stack (memref.alloca)}}
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : memref<16xf32>, %row_max : memref<32xf32>)
    return
  }
}

// -----

// Host heap and mutable globals are host memory too; a view does not hide
// where a buffer comes from.

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%a: memref<8xf32, strided<[1], offset: 8>>, %b: memref<4xf32>) kernel { gpu.return }
  }
  memref.global "private" @state : memref<4xf32> = dense<0.0>
  func.func @host_heap_and_global() {
    %c1 = arith.constant 1 : index
    // expected-note @below {{the buffer is defined here}}
    %t = memref.alloc() : memref<16xf32>
    %v = memref.subview %t[8] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: 8>>
    // expected-note @below {{the buffer is defined here}}
    %s = memref.get_global @state : memref<4xf32>
    // expected-error @below {{kernel @k::@f argument #0 is host memory (memref.alloc)}}
    // expected-error @below {{kernel @k::@f argument #1 is a mutable global, which lives in host memory}}
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%v : memref<8xf32, strided<[1], offset: 8>>, %s : memref<4xf32>)
    memref.dealloc %t : memref<16xf32>
    return
  }
}

// -----

// Before launches are formed (and in fusion-emulate-gpu), a top-level
// scf.forall is a kernel: the buffers it uses from above are its arguments.

func.func @forall_kernel(%x: memref<64xf32>) {
  // expected-note @below {{the buffer is defined here}}
  %tmp = memref.alloca() : memref<64xf32>
  // expected-error @below {{kernel (scf.forall) in @forall_kernel argument #1 is on the host stack (memref.alloca)}}
  scf.forall (%i) in (64) {
    %v = memref.load %x[%i] : memref<64xf32>
    memref.store %v, %tmp[%i] : memref<64xf32>
  }
  return
}

// -----

// Host code may not read or write device memory itself: on a GPU, an
// argument or a gpu.alloc buffer is not mapped on the host.

func.func @host_reads_device(%x: memref<64xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  // expected-error @below {{host code accesses device memory (operand #0); only kernels may read or write it}}
  %v = memref.load %x[%c0] : memref<64xf32>
  return %v : f32
}

// -----

// A buffer whose origin the check cannot see (a host loop's iteration
// argument) is refused rather than assumed to be on the device.

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%a: memref<16xf32>) kernel { gpu.return }
  }
  func.func @unknown_origin(%x: memref<16xf32>, %y: memref<16xf32>, %n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %r = scf.for %i = %c0 to %n step %c1 iter_args(%b = %x) -> memref<16xf32> {
      // expected-error @below {{kernel @k::@f argument #0 is a block argument of host code, which is not provably device memory}}
      gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%b : memref<16xf32>)
      scf.yield %y : memref<16xf32>
    }
    return
  }
}

// -----

// Nor may a host function: only functions of the module follow the calling
// convention (their arguments and results are device buffers).

func.func private @printMemrefF32(memref<*xf32>)
func.func private @produce() -> memref<4xf32>
func.func @host_function(%x: memref<4xf32>) {
  %c1 = arith.constant 1 : index
  // A call's result is a device buffer by the convention: no error.
  %r = call @produce() : () -> memref<4xf32>
  scf.forall (%i) in (4) {
    %v = memref.load %r[%i] : memref<4xf32>
    memref.store %v, %x[%i] : memref<4xf32>
  }
  %u = memref.cast %x : memref<4xf32> to memref<*xf32>
  // expected-error @below {{host function @printMemrefF32 receives device memory (operand #0); download it to a host buffer first}}
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}

// -----

// Only the entry block's arguments are the function's: a buffer that
// reaches a later block is checked by its origin. Argument numbers count
// every kernel operand, scalars included.

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @f(%n: index, %a: memref<16xf32>) kernel { gpu.return }
  }
  func.func @later_block(%n: index) {
    %c1 = arith.constant 1 : index
    %t = memref.alloca() : memref<16xf32>
    cf.br ^bb1(%t : memref<16xf32>)
  ^bb1(%b: memref<16xf32>):
    // expected-error @below {{kernel @k::@f argument #1 is a block argument of host code, which is not provably device memory}}
    gpu.launch_func @k::@f blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%n : index, %b : memref<16xf32>)
    return
  }
}

// -----

// A loop kernel inside a host loop is still a kernel: the buffers it uses
// from above are checked, its own loads and stores are not host code.

func.func @kernel_in_host_loop(%x: memref<64xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-note @below {{the buffer is defined here}}
  %tmp = memref.alloca() : memref<64xf32>
  scf.for %k = %c0 to %n step %c1 {
    // expected-error @below {{kernel (scf.forall) in @kernel_in_host_loop argument #1 is on the host stack (memref.alloca)}}
    scf.forall (%i) in (64) {
      %v = memref.load %x[%i] : memref<64xf32>
      memref.store %v, %tmp[%i] : memref<64xf32>
    }
  }
  return
}
