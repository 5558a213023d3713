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
    * `fusion.batch_norm` becomes a per-channel elementwise `linalg.generic`.

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

def FusionGPUHostSharedAllocsPass
    : Pass<"fusion-gpu-host-shared-allocs", "::mlir::ModuleOp"> {
  let summary = "Allocate host buffers as host-shared GPU memory";
  let description = [{
    Rewrites every `memref.alloc` / `memref.dealloc` outside GPU kernels into
    `gpu.alloc host_shared` / `gpu.dealloc`, so that buffers passed between
    kernels (and returned to the caller) are reachable from host and device:
    `gpu-to-llvm` lowers them to `mgpuMemAlloc(..., /*isHostShared=*/true)`,
    which fuse's CUDA runtime implements with managed memory. Constants
    (`memref.get_global`, in host memory) are copied into such a buffer
    first, freed at the end of the function unless returned.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

def FusionGPUMapForallPass
    : Pass<"fusion-gpu-map-forall", "::mlir::func::FuncOp"> {
  let summary = "Map scf.forall block and thread tiles to a gpu.launch";
  let description = [{
    Each top-level `scf.forall` on buffers whose mapping is GPU blocks (the
    contraction kernels that `fusion-lower-groups{shared-memory-contractions}`
    makes) becomes a `gpu.launch`: one block per iteration, and as many
    threads as the largest nested `scf.forall` mapped to threads has
    iterations. Each nested forall becomes code on the thread id, predicated
    when it has fewer iterations, followed by `gpu.barrier`, so that a
    shared-memory copy completes before the tiles that read it, and those
    before the next copy. Buffers allocated in
    `#gpu.address_space<workgroup>` become workgroup attributions of the
    launch. Then accumulator reads and writes that do not depend on the
    reduction loop leave it (registers). Foralls without a GPU mapping are
    left alone. Library function: `mapForallToGPULaunch`.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPULowerVectorsPass : Pass<"fusion-gpu-lower-vectors"> {
  let summary = "Lower vector ops of GPU tiles to 1-D loads, stores and FMAs";
  let description = [{
    The vector ops that tiles of GPU kernels are vectorized into become ops
    that the NVVM lowering handles: `vector.contract` becomes outer products
    and then `vector.fma` per row; transfers with permutation maps become
    minor-identity transfers and broadcasts; 1-D transfers become
    `vector.load` / `vector.store` (run `convert-vector-to-scf{full-unroll
    target-rank=1}` in between for n-D transfers); multi-reductions,
    broadcasts, transposes and shape casts are unrolled. Applied greedily on
    the host function before kernel outlining.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def FusionGPUCheckTypesPass
    : Pass<"fusion-gpu-check-types", "::mlir::ModuleOp"> {
  let summary = "Reject element types the NVVM lowering cannot compile";
  let description = [{
    Emits an error at the first op using a floating-point type other than
    f16, bf16, f32 and f64 (e.g. f80, f128, the f8 types), as an element
    type of a tensor, memref or vector or as a scalar: NVPTX has no
    arithmetic for them (the backend aborts). The first pass of
    `fusion-to-nvvm`.
  }];
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

def FusionApproximateMathPass : Pass<"fusion-approximate-math"> {
  let summary = "Replace math functions by arith-only approximations";
  let description = [{
    Expands math ops without a polynomial approximation into ones with one
    (`rsqrt`, `tan`, `sinh`, `cosh`, ...), then replaces `exp`, `log`,
    `tanh`, `erf`, `sin`, `cos`, ... by MLIR's polynomial approximations in
    `arith` ops, which vectorize. With `no-libdevice` (for GPU kernels) the
    `math.fma`, `math.floor` and `math.absf` they use become LLVM's fma
    intrinsic and arith, so that the PTX calls no external function, whether
    or not the CUDA toolkit is found.
  }];
  let options = [
    Option<"bounded", "bounded", "bool", /*default=*/"false",
           "Only exp, log, tanh and erf, with fuse's full-range handling "
           "(subnormal results and inputs, tiny inputs, overflow), so that "
           "their max ulp error holds over every f32 input (docs/math.md); "
           "other functions are left for libm. The CPU pipelines' default">,
    Option<"noLibdevice", "no-libdevice", "bool", /*default=*/"false",
           "Also rewrite the math ops that NVVM lowering would turn into "
           "libdevice calls (fma, floor, absf)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
}

#endif // FUSE_CONVERSION_PASSES_TD
