//===- FusionOps.td - Ops of the fusion dialect ------------*- tablegen -*-===//
//
// Part of the fuse project: fusing modules as an MLIR compiler feature.
//
//===----------------------------------------------------------------------===//

#ifndef FUSE_DIALECT_FUSION_IR_FUSIONOPS_TD
#define FUSE_DIALECT_FUSION_IR_FUSIONOPS_TD

include "fuse/Dialect/Fusion/IR/FusionAttrs.td"
include "fuse/Dialect/Fusion/IR/FusionDialect.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Fusion_FloatTensor : RankedTensorOf<[AnyFloat]>;

//===----------------------------------------------------------------------===//
// Terminator
//===----------------------------------------------------------------------===//

def Fusion_YieldOp : Fusion_Op<"yield", [Pure, ReturnLike, Terminator,
    ParentOneOf<["EarlyOp", "LateOp", "HybridOp", "GroupOp"]>]> {
  let summary = "Yields values from a region of a fusion op";
  let description = [{
    Terminates every region of `fusion.early`, `fusion.late`,
    `fusion.hybrid` and `fusion.group`. What the operands mean depends on the region: a branch
    yields its outputs, a combine region yields the joined value(s).

    ```mlir
    fusion.yield %a, %b : tensor<8x10xf32>, tensor<8x10xf32>
    ```
  }];
  let arguments = (ins Variadic<AnyType>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
}

//===----------------------------------------------------------------------===//
// Strategy ops
//===----------------------------------------------------------------------===//

class Fusion_StrategyOp<string mnemonic, list<Trait> traits = []>
    : Fusion_Op<mnemonic, !listconcat(traits, [RecursiveMemoryEffects,
                                                RecursivelySpeculatable])> {
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs);
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let hasCustomAssemblyFormat = 1;
  let hasRegionVerifier = 1;
  let hasCanonicalizer = 1;
}

def Fusion_EarlyOp : Fusion_StrategyOp<"early"> {
  let summary = "Early fusion: join the inputs first, then one shared body";
  let description = [{
    Early (feature-level) fusion. The `combine` region receives the inputs as
    block arguments, in order, and joins them (typically with
    `fusion.concat`); it yields one or more joined values. The `body` region
    receives the values yielded by `combine` and computes the op's results,
    which it yields.

    Regions may use values defined above the op (weights, for example).

    ```mlir
    %y = fusion.early ins(%img, %txt : tensor<8x512xf32>, tensor<8x300xf32>)
        -> tensor<8x10xf32>
    combine {
    ^bb0(%a: tensor<8x512xf32>, %b: tensor<8x300xf32>):
      %c = fusion.concat %a, %b {axis = 1}
          : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
      fusion.yield %c : tensor<8x812xf32>
    } body {
    ^bb0(%c: tensor<8x812xf32>):
      ...
      fusion.yield %logits : tensor<8x10xf32>
    }
    ```
  }];
  let regions = (region SizedRegion<1>:$combine, SizedRegion<1>:$body);
  let extraClassDeclaration = [{
    Block &getCombineBlock() { return getCombine().front(); }
    Block &getBodyBlock() { return getBody().front(); }
  }];
}

def Fusion_LateOp : Fusion_StrategyOp<"late"> {
  let summary = "Late fusion: independent branches, outputs joined";
  let description = [{
    Late (decision-level) fusion, also the shape of an ensemble. There is one
    `branch` region per input: branch `i` receives input `i` as its only block
    argument and yields one or more values. The `combine` region receives all
    values yielded by the branches, branch by branch in order, joins them
    (with `fusion.sum`, `fusion.mean`, `fusion.gate`, `fusion.attention`, ...)
    and yields the op's results.

    An ensemble whose members all see the same input passes that value once
    per branch. Regions may use values defined above the op.

    ```mlir
    %y = fusion.late ins(%img, %txt : tensor<8x512xf32>, tensor<8x300xf32>)
        -> tensor<8x10xf32>
    branch {
    ^bb0(%x: tensor<8x512xf32>):
      ...
      fusion.yield %a : tensor<8x10xf32>
    } branch {
    ^bb0(%t: tensor<8x300xf32>):
      ...
      fusion.yield %b : tensor<8x10xf32>
    } combine {
    ^bb0(%a: tensor<8x10xf32>, %b: tensor<8x10xf32>):
      %m = fusion.mean %a, %b weights [0.7, 0.3] : tensor<8x10xf32>
      fusion.yield %m : tensor<8x10xf32>
    }
    ```
  }];
  let regions = (region SizedRegion<1>:$combine,
                        VariadicRegion<SizedRegion<1>>:$branches);
  let extraClassDeclaration = [{
    Block &getCombineBlock() { return getCombine().front(); }
    unsigned getNumBranches() { return getBranches().size(); }
  }];
}

def Fusion_HybridOp : Fusion_StrategyOp<"hybrid"> {
  let summary = "Hybrid fusion: join early, process in branches, join again";
  let description = [{
    Hybrid fusion. The `early` region receives the inputs and yields one value
    per branch (a joint representation, or an input passed through
    unchanged). Branch `i` receives the `i`-th value yielded by `early` and
    yields one or more values. The `combine` region receives all branch
    outputs, branch by branch in order, and yields the op's results.

    ```mlir
    %y = fusion.hybrid ins(%a, %b : tensor<4x8xf32>, tensor<4x8xf32>)
        -> tensor<4x8xf32>
    early {
    ^bb0(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>):
      %j = fusion.sum %x, %y : tensor<4x8xf32>
      fusion.yield %j, %x : tensor<4x8xf32>, tensor<4x8xf32>
    } branch {
    ^bb0(%j: tensor<4x8xf32>):
      ...
    } branch {
    ^bb0(%x: tensor<4x8xf32>):
      ...
    } combine {
    ^bb0(%p: tensor<4x8xf32>, %q: tensor<4x8xf32>):
      %m = fusion.mean %p, %q : tensor<4x8xf32>
      fusion.yield %m : tensor<4x8xf32>
    }
    ```
  }];
  let regions = (region SizedRegion<1>:$early, SizedRegion<1>:$combine,
                        VariadicRegion<SizedRegion<1>>:$branches);
  let extraClassDeclaration = [{
    Block &getEarlyBlock() { return getEarly().front(); }
    Block &getCombineBlock() { return getCombine().front(); }
    unsigned getNumBranches() { return getBranches().size(); }
  }];
}

//===----------------------------------------------------------------------===//
// Combiners
//===----------------------------------------------------------------------===//

def Fusion_ConcatOp : Fusion_Op<"concat", [Pure]> {
  let summary = "Concatenates tensors along an axis";
  let description = [{
    Joins the inputs along `axis`. All inputs have the same rank and element
    type and agree on every other dimension; the result's `axis` dimension is
    the sum of the inputs' (dynamic if any of them is).

    ```mlir
    %c = fusion.concat %a, %b {axis = 1}
        : tensor<8x512xf32>, tensor<8x300xf32> -> tensor<8x812xf32>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$axis);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = [{
    $inputs attr-dict `:` type($inputs) `->` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Fusion_SumOp : Fusion_Op<"sum", [Pure, SameOperandsAndResultType]> {
  let summary = "Elementwise sum of tensors of one type";
  let description = [{
    Adds the inputs elementwise. All inputs and the result have the same type.

    ```mlir
    %s = fusion.sum %a, %b, %c : tensor<8x10xf32>
    ```
  }];
  let arguments = (ins Variadic<RankedTensorOf<[AnyFloat, AnySignlessInteger]>>:$inputs);
  let results = (outs RankedTensorOf<[AnyFloat, AnySignlessInteger]>:$result);
  let assemblyFormat = "$inputs attr-dict `:` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Fusion_MeanOp : Fusion_Op<"mean", [Pure, SameOperandsAndResultType]> {
  let summary = "Elementwise (weighted) mean of tensors of one type";
  let description = [{
    Averages the inputs elementwise. Without `weights` every input has weight
    `1/N`; with `weights` there is one non-negative weight per input and the
    weights sum to 1 (within 1e-6).

    ```mlir
    %m = fusion.mean %a, %b : tensor<8x10xf32>
    %w = fusion.mean %a, %b weights [0.7, 0.3] : tensor<8x10xf32>
    ```
  }];
  let arguments = (ins Variadic<Fusion_FloatTensor>:$inputs,
                       OptionalAttr<DenseF64ArrayAttr>:$weights);
  let results = (outs Fusion_FloatTensor:$result);
  let assemblyFormat = [{
    $inputs (`weights` $weights^)? attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    /// The weight of every input: `weights` if present, else 1/N each.
    SmallVector<double> getEffectiveWeights();
  }];
}

def Fusion_GateOp : Fusion_Op<"gate", [Pure,
    AllTypesMatch<["lhs", "rhs", "result"]>]> {
  let summary = "Gated fusion: sigmoid(g) * a + (1 - sigmoid(g)) * b";
  let description = [{
    Mixes two tensors with a learned gate:
    `result = sigmoid(gate) * lhs + (1 - sigmoid(gate)) * rhs`, elementwise.
    `lhs`, `rhs` and the result have one type. The gate has the same rank and
    element type; each of its dimensions equals the inputs' or is statically
    1, in which case it is broadcast (a gate per sample, for example). A
    dynamic gate dimension is not broadcast: it must equal the inputs' at
    run time.

    ```mlir
    %y = fusion.gate %g, %a, %b : tensor<8x1xf32>, tensor<8x10xf32>
    ```
  }];
  let arguments = (ins Fusion_FloatTensor:$gate, Fusion_FloatTensor:$lhs,
                       Fusion_FloatTensor:$rhs);
  let results = (outs Fusion_FloatTensor:$result);
  let assemblyFormat = [{
    $gate `,` $lhs `,` $rhs attr-dict `:` type($gate) `,` type($result)
  }];
  let hasVerifier = 1;
}

def Fusion_AttentionOp : Fusion_Op<"attention", [Pure]> {
  let summary = "Attention-weighted fusion of feature tensors";
  let description = [{
    Weights each feature tensor `f_i` by its attention score against a query
    and sums them: with `d` the size of the last (feature) dimension,

    `w_i = softmax_i(<q, f_i> / sqrt(d))`, `result = sum_i w_i * f_i`,

    where `<q, f_i>` is the dot product over the last dimension, so there is
    one weight per position of the leading (batch) dimensions. All features
    and the result have one type. The query has that type too (a query per
    sample) or is 1-D of size `d` (one learned query, broadcast).

    ```mlir
    %y = fusion.attention %q, %f0, %f1
        : tensor<64xf32>, tensor<8x64xf32>, tensor<8x64xf32> -> tensor<8x64xf32>
    ```
  }];
  let arguments = (ins Fusion_FloatTensor:$query,
                       Variadic<Fusion_FloatTensor>:$features);
  let results = (outs Fusion_FloatTensor:$result);
  let assemblyFormat = [{
    $query `,` $features attr-dict `:` type($query) `,` type($features)
    `->` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Inference ops
//===----------------------------------------------------------------------===//

def Fusion_BatchNormOp : Fusion_Op<"batch_norm", [Pure,
    AllTypesMatch<["input", "result"]>,
    AllTypesMatch<["scale", "offset", "mean", "variance"]>]> {
  let summary = "Inference batch normalization along a channel axis";
  let description = [{
    Normalizes `input` per channel with fixed statistics:

    `result = (input - mean[c]) * scale[c] / sqrt(variance[c] + epsilon) + offset[c]`

    where `c` is the index along `channel_axis` (default 1, NCHW).
    `scale` (gamma), `offset` (beta), `mean` and `variance` are 1-D tensors of
    one type whose size is the channel dimension. `epsilon` (default 1e-5) is
    positive.

    ```mlir
    %y = fusion.batch_norm %x, %gamma, %beta, %mean, %var
        {epsilon = 1.0e-05 : f64, channel_axis = 1 : i64}
        : tensor<1x64x56x56xf32>, tensor<64xf32>
    ```
  }];
  let arguments = (ins Fusion_FloatTensor:$input,
                       1DTensorOf<[AnyFloat]>:$scale,
                       1DTensorOf<[AnyFloat]>:$offset,
                       1DTensorOf<[AnyFloat]>:$mean,
                       1DTensorOf<[AnyFloat]>:$variance,
                       DefaultValuedAttr<F64Attr, "1.0e-5">:$epsilon,
                       DefaultValuedAttr<I64Attr, "1">:$channel_axis);
  let results = (outs Fusion_FloatTensor:$result);
  let assemblyFormat = [{
    $input `,` $scale `,` $offset `,` $mean `,` $variance attr-dict
    `:` type($input) `,` type($scale)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Kernel formation
//===----------------------------------------------------------------------===//

def Fusion_GroupKind : I32EnumAttr<"GroupKind",
    "what a fusion group's kernel is built around", [
      I32EnumAttrCase<"Contraction", 0, "contraction">,
      I32EnumAttrCase<"Reduction", 1, "reduction">,
      I32EnumAttrCase<"Elementwise", 2, "elementwise">,
      I32EnumAttrCase<"Horizontal", 3, "horizontal">,
      I32EnumAttrCase<"Single", 4, "single">
    ]> {
  let cppNamespace = "::mlir::fusion";
}

def Fusion_GroupOp : Fusion_Op<"group", [IsolatedFromAbove,
    RecursiveMemoryEffects, SingleBlock]> {
  let summary = "A fusion group: the ops that become one kernel";
  let description = [{
    A group of tensor ops that code generation turns into one kernel (one
    loop nest on the CPU, one GPU kernel). The body receives the inputs as
    block arguments, in order (tensors, and scalars such as a run-time
    epsilon), computes with them and yields the group's
    results; it is isolated from above, so a group can be inspected, edited,
    moved and compiled on its own. `fusion-form-groups` creates groups;
    code generation dissolves them.

    `kind` (an enum, `GroupKind`: printed as a keyword; the quoted string
    also parses) says what the kernel is built around:
    - `contraction`: a contraction or convolution root with the producers of
      its init (fill, bias broadcast) and its elementwise epilogue (bias,
      batch-norm scale/shift, activation, residual add);
    - `reduction`: a reduction root (softmax, layer norm statistics) with
      its elementwise producers and epilogue;
    - `elementwise`: a chain of elementwise ops;
    - `horizontal`: sibling elementwise ops reading a common input, merged
      into one multi-result op, so that the input is read once;
    - `single`: one op on its own.

    ```mlir
    %y = fusion.group contraction ins(%x, %w, %b : tensor<64x1024xf32>,
        tensor<1024x4096xf32>, tensor<4096xf32>) -> (tensor<64x4096xf32>) {
    ^bb0(%x0: tensor<64x1024xf32>, %w0: tensor<1024x4096xf32>, %b0: tensor<4096xf32>):
      ...
      fusion.yield %r : tensor<64x4096xf32>
    }
    ```
  }];
  let arguments = (ins Fusion_GroupKind:$kind, Variadic<AnyType>:$inputs);
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $kind (`ins` `(` $inputs^ `:` type($inputs) `)`)? `->` `(` type($results)
    `)` attr-dict-with-keyword $body
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    Block &getBodyBlock() { return getBody().front(); }
  }];
}

#endif // FUSE_DIALECT_FUSION_IR_FUSIONOPS_TD
