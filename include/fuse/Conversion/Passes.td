//===- Passes.td - fuse conversion passes ------------------*- tablegen -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_CONVERSION_PASSES_TD
#define FUSE_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertFusionToLinalgPass : Pass<"convert-fusion-to-linalg"> {
  let summary = "Lower the fusion dialect to linalg, tensor, arith and math";
  let description = [{
    Lowers every `fusion` op to upstream dialects on tensors:

    * strategy ops (`fusion.early`, `fusion.late`, `fusion.hybrid`) are
      inlined in dataflow order: early/branches first, combine/body last;
    * `fusion.concat` becomes `tensor.concat`;
    * `fusion.sum`, `fusion.mean` and `fusion.gate` become one elementwise
      `linalg.generic` each;
    * `fusion.attention` becomes a `linalg.generic` computing all dot-product
      scores in one reduction, then an elementwise `linalg.generic` computing
      the softmax weights and the weighted sum;
    * `fusion.batch_norm` becomes a per-channel elementwise `linalg.generic`;
    * a linalg op that upstream defines by its decomposition
      (`linalg.softmax`) becomes that decomposition (a max reduction, the exp
      of the difference, a sum reduction, a division), which the later passes
      treat like a frontend's own softmax; left alone, no lowering of the
      pipelines would handle it.

    Dynamic dimensions are supported: output tensors take their sizes from
    the inputs with `tensor.dim`.

    ```mlir
    %s = fusion.sum %a, %b : tensor<8x10xf32>
    // becomes
    %e = tensor.empty() : tensor<8x10xf32>
    %s = linalg.generic {indexing_maps = [#id, #id, #id],
                         iterator_types = ["parallel", "parallel"]}
        ins(%a, %b : tensor<8x10xf32>, tensor<8x10xf32>)
        outs(%e : tensor<8x10xf32>) {
    ^bb0(%x: f32, %y: f32, %out: f32):
      %0 = arith.addf %x, %y : f32
      linalg.yield %0 : f32
    } -> tensor<8x10xf32>
    ```

    Fails with an error naming the op if any `fusion` op is left.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def FusionLLVMTargetPass : Pass<"fusion-llvm-target", "::mlir::ModuleOp"> {
  let summary = "Attach a target CPU and CPU features to every LLVM function";
  let description = [{
    Sets `target_cpu` and `target_features` on every `llvm.func` with a
    body, so that LLVM's code generation (the JIT in `fuse-run`, or `llc`
    after `mlir-translate --mlir-to-llvmir`) uses that CPU's instructions,
    for example AVX-512. `host` (the default) means the machine that runs
    the pass; an empty string leaves the attribute unset.

    ```mlir
    llvm.func @f() attributes {target_cpu = "znver4",
        target_features = #llvm.target_features<["+avx512f", ...]>}
    ```
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"\"host\"",
           "Target CPU name (LLVM's spelling), 'host', or '' for none">,
    Option<"features", "features", "std::string", /*default=*/"\"host\"",
           "Comma-separated +feature/-feature list, 'host', or '' for none">,
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def FusionCheckLoweredToLLVMPass
    : Pass<"fusion-check-lowered-to-llvm", "::mlir::ModuleOp"> {
  let summary = "Fail on any op that the lowering left outside the LLVM "
                "dialect";
  let description = [{
    The last step of `fusion-to-llvm` and `fusion-emulate-gpu`: an op that
    no conversion lowered (an op fuse does not support, such as a linalg
    op with no lowering, and the `builtin.unrealized_conversion_cast`s
    around it) would otherwise leave output that `mlir-translate` and the
    JIT reject with a message naming none of the input. This pass emits an
    error at the first such op, naming it, and fails, so that `fuse-opt`
    exits non-zero. The module itself and ops of the LLVM and OpenMP
    dialects (the latter translated to LLVM IR as they are) pass.
  }];
}

def FusionGPUDeviceBuffersPass
    : Pass<"fusion-gpu-device-buffers", "::mlir::func::FuncOp"> {
  let summary = "Put the host side of a GPU program on device memory";
  let description = [{
    Outside kernels (`gpu.launch`, or a top-level `scf.forall` /
    `scf.parallel` before launches are formed): `memref.alloc` becomes
    `gpu.alloc` (device memory; from fuse runtime's caching pool),
    `memref.dealloc` becomes `gpu.dealloc`, a copy between contiguous
    buffers at offset 0 becomes `gpu.memcpy` (upstream's lowering of
    `gpu.memcpy` drops a view's offset), any other copy a kernel of 256
    threads per block, one element each, and any other linalg op on buffers
    outside every group `scf.parallel` loops (a kernel too), so that host
    code never touches device memory.
    Constants (`memref.get_global`) stay: the runtime uploads each once
    (`fusion-gpu-upload-constants`). Library function:
    `placeHostBuffersOnDevice`.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::scf::SCFDialect",
  ];
}

def FusionGPUStackBuffersPass
    : Pass<"fusion-gpu-stack-buffers", "::mlir::func::FuncOp"> {
  let summary = "Put kernels' small temporaries on the stack";
  let description = [{
    A static `memref.alloc` of at most 1 KB inside a kernel (a per-thread
    temporary of a tile) whose buffer does not leave its region becomes a
    `memref.alloca`: registers or local memory on a GPU, not a device
    allocation per thread. Host buffers are left alone, since kernels cannot
    read the host stack (upstream's `promote-buffers-to-stack` promotes
    them too, and its predicate is lost when the pass manager clones it).
    Run after bufferization and before the deallocation pipeline.
  }];
  let options = [
    Option<"kernels", "kernels", "bool", /*default=*/"true",
           "Promote the kernels' temporaries">,
    Option<"host", "host", "bool", /*default=*/"false",
           "Test hook: promote host buffers too (kernels then receive host "
           "pointers, the bug the checks catch)">,
  ];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def FusionGPUCheckKernelOperandsPass
    : Pass<"fusion-gpu-check-kernel-operands", "::mlir::ModuleOp"> {
  let summary = "Reject host memory passed to a kernel";
  let description = [{
    Every buffer a kernel receives from host code must be a function
    argument (a device buffer, by fuse's calling convention), a `gpu.alloc`,
    or a constant `memref.global` (which the runtime uploads), possibly
    through views. A `memref.alloca` (the host stack), a `memref.alloc` (the
    host heap), a mutable global or a buffer of unknown origin is an error
    naming the kernel and the argument, with a note at the buffer's
    definition; so is host code that loads, stores or computes on device
    memory. Kernels are `gpu.launch_func` and `gpu.launch`, or, before
    launches are formed, top-level `scf.forall` / `scf.parallel` loops.
    `fusion-to-nvvm` runs it after kernel outlining and
    `fusion-emulate-gpu` before its loops become sequential. Library
    function: `checkKernelOperands`.
  }];
}

def FusionGPUDeferSyncPass
    : Pass<"fusion-gpu-defer-sync", "::mlir::func::FuncOp"> {
  let summary = "Return without waiting for the GPU";
  let description = [{
    Erases a blocking `gpu.wait [%tokens]` directly before a `func.return`
    (what `gpu-async-region` puts there): a call then returns once its work
    is queued on the runtime's stream, as a PyTorch CUDA op does, and the
    caller synchronizes when it reads the results. Run after
    `gpu-async-region`. With fuse's runtime, `gpu.wait async` (the stream a
    function starts with) is the current stream (`fuseGpuSetStream`), so
    nothing is leaked.
  }];
}

def FusionGPUUploadConstantsPass
    : Pass<"fusion-gpu-upload-constants", "::mlir::ModuleOp"> {
  let summary = "Read constants from device copies the runtime uploads once";
  let description = [{
    After host code is in the LLVM dialect: each host function that takes
    the address of a constant global for its kernels (a lowered
    `memref.global` constant; not one whose address goes to a host
    function, such as a string for printf) calls `fuseGpuConstant(address, bytes)` once at its entry instead and
    uses the device pointer it returns. The runtime uploads each constant on
    its first use and keeps it until the runtime is unloaded, so a call
    copies no weights. Kernel modules are left alone.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def FusionGPUCheckKernelPointersPass
    : Pass<"fusion-gpu-check-kernel-pointers", "::mlir::ModuleOp"> {
  let summary = "Check at run time that kernels receive device pointers";
  let description = [{
    For fusion-emulate-gpu: before each kernel (a top-level `scf.forall` or
    `scf.parallel`), calls `fuseGpuCheckKernelPointer(kernel, argument,
    pointer)` for every buffer the kernel reads from host code. The
    emulator's runtime records every device allocation (`mgpuMemAlloc`,
    uploaded constants, the caller's arguments) and stops with an error
    naming the kernel and the argument when a pointer lies in none of them,
    e.g. the host stack: the class of bug that made kernels fault on a GPU
    is then caught on a machine without one.
  }];
  let dependentDialects = [
    "::mlir::LLVM::LLVMDialect",
    "::mlir::func::FuncDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

def FusionDumpGPUBinariesPass
    : Pass<"fusion-dump-gpu-binaries", "::mlir::ModuleOp"> {
  let summary = "Write the objects of gpu.binary ops to files";
  let description = [{
    For each `gpu.binary` (what `gpu-module-to-binary` makes of a
    `gpu.module`), writes each object to `<dir>/<symbol>.<ext>`: `.ptx` for
    format `isa`, `.cubin` for `bin`, `.fatbin`, `.ll` for `offloading`. The
    IR is unchanged. Does nothing when `dir` is empty.
  }];
  let options = [
    Option<"dir", "dir", "std::string", /*default=*/"\"\"",
           "Directory to write the objects to">,
  ];
}


#endif // FUSE_CONVERSION_PASSES_TD
