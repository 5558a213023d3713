//===- FusionDialect.td - The fusion dialect ---------------*- tablegen -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_IR_FUSIONDIALECT_TD
#define FUSE_DIALECT_FUSION_IR_FUSIONDIALECT_TD

include "mlir/IR/OpBase.td"

def Fusion_Dialect : Dialect {
  let name = "fusion";
  let cppNamespace = "::mlir::fusion";
  let summary = "Neural-network modules, their fusion strategies and combiners";
  let description = [{
    The `fusion` dialect models how multimodal and ensemble networks fuse
    modules, so that a compiler can see and optimize the fusion:

    * *Strategy* ops carry the modules as regions: `fusion.early` joins the
      inputs first and runs one shared body, `fusion.late` runs independent
      branches and joins their outputs, `fusion.hybrid` does both.
    * *Combiners* join tensors: `fusion.concat`, `fusion.sum`, `fusion.mean`
      (optionally weighted), `fusion.gate` and `fusion.attention`. They are
      ordinary value-semantic ops, usable inside or outside strategy ops.
    * `fusion.batch_norm` is inference batch normalization, which linalg lacks
      and which operator-level fusion folds into convolutions and matmuls.

    All ops operate on ranked tensors with static or dynamic dimensions and
    lower to linalg, tensor, arith and math with `convert-fusion-to-linalg`.

    While the dialect is loaded, every canonicalization also replaces a
    `tensor.dim` / `memref.dim` whose index folded to a constant outside
    `[0, rank)` (undefined behaviour) by `ub.poison`, before upstream
    patterns that index the shape with it can run (the GPU dialect's crash).
  }];
  let hasCanonicalizer = 1;
  let useDefaultAttributePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Registers the attributes (FusionAttrs.cpp, with their storage).
    void registerAttributes();
  }];
  let dependentDialects = ["::mlir::ub::UBDialect"];
}

class Fusion_Op<string mnemonic, list<Trait> traits = []>
    : Op<Fusion_Dialect, mnemonic, traits>;

#endif // FUSE_DIALECT_FUSION_IR_FUSIONDIALECT_TD
