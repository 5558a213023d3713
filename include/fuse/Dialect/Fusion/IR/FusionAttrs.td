//===- FusionAttrs.td - Attributes of the fusion dialect ---*- tablegen -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
// The code generation's contract: a target description set at the start of
// a pipeline (#fusion.target) and, per fusion group, the lowering config that
// the strategy pass chose for it (#fusion.lowering_config), as IREE's
// hal.executable.target and lowering_config attributes.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_IR_FUSIONATTRS_TD
#define FUSE_DIALECT_FUSION_IR_FUSIONATTRS_TD

include "fuse/Dialect/Fusion/IR/FusionDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Fusion_TargetBackend : I32EnumAttr<"TargetBackend",
    "the kind of machine a module is compiled for", [
      I32EnumAttrCase<"CPU", 0, "cpu">,
      I32EnumAttrCase<"GPU", 1, "gpu">
    ]> {
  let cppNamespace = "::mlir::fusion";
  let genSpecializedAttr = 0;
}

def Fusion_LoweringPipeline : I32EnumAttr<"LoweringPipeline",
    "how code generation lowers a fusion group", [
      I32EnumAttrCase<"CPULoops", 0, "cpu_loops">,
      I32EnumAttrCase<"CPUParallel", 1, "cpu_parallel">,
      I32EnumAttrCase<"GPUThreads", 2, "gpu_threads">,
      I32EnumAttrCase<"GPUContraction", 3, "gpu_contraction">,
      I32EnumAttrCase<"GPURows", 4, "gpu_rows">
    ]> {
  let cppNamespace = "::mlir::fusion";
  let genSpecializedAttr = 0;
}

class Fusion_Attr<string name, string attrMnemonic>
    : AttrDef<Fusion_Dialect, name> {
  let mnemonic = attrMnemonic;
}

/// A list of integers in square brackets, omitted when empty.
class Fusion_SizesParameter<string desc>
    : OptionalArrayRefParameter<"int64_t", desc> {
  let parser = "::mlir::fusion::parseSizeList($_parser)";
  let printer = "::mlir::fusion::printSizeList($_printer, $_self)";
}

def Fusion_TargetAttr : Fusion_Attr<"Target", "target"> {
  let summary = "What a module is compiled for";
  let description = [{
    The machine that code generation targets, set on the module as
    `fusion.target` by `fusion-set-target` at the start of `fusion-to-llvm`
    and `fusion-to-nvvm`. The strategy pass and the vectorization read it, so
    that the output depends on the target, not on the machine that compiles:

    - `backend`: `cpu` or `gpu`;
    - `arch`: the CPU (`skylake-avx512`, `znver4`; `host`) or the GPU chip
      (`sm_90`);
    - `features`: target features (`+avx2,-avx512f`; `+ptx80`);
    - `vector_width`: f32 elements per vector register (CPU: 4 with SSE or
      NEON, 8 with AVX2, 16 with AVX-512; GPU: the widest load, 4);
    - `threads`: CPU threads that run a call's kernels (1: serial loops).

    ```mlir
    module attributes {fusion.target = #fusion.target<backend = cpu,
        arch = "skylake-avx512", vector_width = 16, threads = 2>} { ... }
    ```
  }];
  let parameters = (ins
    EnumParameter<Fusion_TargetBackend>:$backend,
    StringRefParameter<"the CPU or the GPU chip", "\"\"">:$arch,
    StringRefParameter<"target features", "\"\"">:$features,
    DefaultValuedParameter<"int64_t", "4">:$vector_width,
    DefaultValuedParameter<"int64_t", "1">:$threads
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The name of the module attribute that holds it.
    static ::llvm::StringRef getAttrName() { return "fusion.target"; }
    /// The target of the module holding `op`, or null.
    static TargetAttr lookup(::mlir::Operation *op);
  }];
}

def Fusion_LoweringConfigAttr : Fusion_Attr<"LoweringConfig",
                                            "lowering_config"> {
  let summary = "How code generation lowers one fusion group";
  let description = [{
    Set on a `fusion.group` (as `lowering_config`) by
    `fusion-select-lowering-strategy`, or written by hand to override it;
    `fusion-lower-groups` lowers the group as it says. Tile sizes are for the
    loops of the group's root (the op computing its first result; 0: the
    loop is not tiled), in loop order.

    - `pipeline`:
      - `cpu_loops`: one level of `scf.for` tiles (`workgroup`), the group's
        other ops fused into them; `panel`, when given, a second level of
        `scf.for` inside (the rows that read one packed weight panel);
      - `cpu_parallel`: the same with `scf.forall` tiles, run by OpenMP
        threads;
      - `gpu_threads`: thread blocks of `workgroup`, then one thread per
        `thread` tile (1: an element; more: a vector of that many elements);
      - `gpu_contraction`: a contraction kernel in shared memory: blocks of
        `workgroup`; each thread computes a register tile of
        `thread = [rows, cols]`; the reduction runs in steps of
        `reduction = [k]`, its operand slices copied into shared memory;
        with `stages = S` (2 or more), the copies are software-pipelined
        over `S` shared-memory buffers (`fusion-gpu-pipeline-copies`: the
        copies of step `i + S - 1` are issued while step `i` computes,
        `cp.async` on the GPU);
      - `gpu_rows`: one thread block per row (softmax, layer norm), each
        thread holding vectors of up to `vector_width` elements of it,
        reduced across the block with warp shuffles.
    - `interchange`: the order of the tile loops, outermost first (empty,
      or a permutation of all the root's loops).

    A config written by hand gets none of the preparation the strategy does
    for its pipeline (for `gpu_contraction`: operand copies folded into the
    contraction, an accumulated tensor moved to the epilogue); one that does
    not fit its group leaves the group untiled, with a remark.

    ```mlir
    %0 = fusion.group elementwise ins(%x : tensor<64x4096xf32>)
        -> (tensor<64x4096xf32>) attributes {lowering_config =
        #fusion.lowering_config<pipeline = gpu_threads,
                                workgroup = [1, 1024], thread = [1, 4]>} {
      ...
    }
    ```
  }];
  let parameters = (ins
    EnumParameter<Fusion_LoweringPipeline>:$pipeline,
    Fusion_SizesParameter<"first-level tile sizes">:$workgroup,
    Fusion_SizesParameter<"order of the tile loops">:$interchange,
    Fusion_SizesParameter<"CPU second-level tile sizes">:$panel,
    Fusion_SizesParameter<"GPU thread tile sizes">:$thread,
    Fusion_SizesParameter<"reduction step sizes">:$reduction,
    DefaultValuedParameter<"int64_t", "0">:$vector_width,
    DefaultValuedParameter<"int64_t", "0">:$stages,
    Fusion_SizesParameter<"GPU warp tile sizes (tensor cores)">:$warp,
    Fusion_SizesParameter<"tensor-core instruction shape (m, n, k)">:$mma
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The name of the fusion.group attribute that holds it.
    static ::llvm::StringRef getAttrName() { return "lowering_config"; }
    /// Whether the pipeline is one of the GPU's.
    bool isGPU() const {
      return getPipeline() != LoweringPipeline::CPULoops &&
             getPipeline() != LoweringPipeline::CPUParallel;
    }
  }];
}

#endif // FUSE_DIALECT_FUSION_IR_FUSIONATTRS_TD
