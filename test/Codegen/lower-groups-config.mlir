// fusion-lower-groups tiles each group as its #fusion.lowering_config says:
// a config written by hand overrides the strategy's.

// The dense layer in 4 x 48 tiles, the column tiles outermost; the chain in
// scf.forall tiles of 3 x 20 (partial tiles at the ends).
// RUN: fuse-opt %S/Inputs/by-hand.mlir --fusion-lower-groups | FileCheck %s --check-prefix=HAND
// HAND-LABEL: func.func @dense
// HAND: scf.for %{{.*}} = %c0 to %c96 step %c48
// HAND: scf.for %{{.*}} = %c0 to %c16 step %c4
// HAND: linalg.matmul {{.*}} -> tensor<4x48xf32>
// HAND-LABEL: func.func @chain
// HAND: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (10, 100) step (3, 20)
// HAND-NOT: fusion.group

// Executed: the hand-tiled build computes what the strategy's computes
// (fusion-lower-groups{tile=false} drops the hand configs' groups; the
// pipeline regroups and tiles them its own way).
// RUN: fuse-run %S/Inputs/by-hand.mlir --entry=dense --compare='fusion-lower-groups{tile=false},fusion-to-llvm' --rtol=1e-5 --atol=1e-5 | FileCheck %s --check-prefix=SAME
// RUN: fuse-run %S/Inputs/by-hand.mlir --entry=chain --compare='fusion-lower-groups{tile=false},fusion-to-llvm' --rtol=1e-5 --atol=1e-6 | FileCheck %s --check-prefix=SAME
// RUN: fuse-run %S/Inputs/by-hand.mlir --entry=dense --compare='fusion-to-llvm{fuse=false}' --rtol=1e-5 --atol=1e-5 | FileCheck %s --check-prefix=UNFUSED
// RUN: fuse-run %S/Inputs/by-hand.mlir --entry=dense --pipeline='builtin.module(fusion-to-llvm{threads=2})' --compare='fusion-lower-groups{tile=false},fusion-to-llvm' --rtol=1e-5 --atol=1e-5 | FileCheck %s --check-prefix=SAME
// UNFUSED: compare: 'fusion-to-llvm{fuse=false}' {{.*}}: OK
// SAME: compare: 'fusion-lower-groups{tile=false},fusion-to-llvm' {{.*}}: OK

// Configs that do not fit the group: a remark each, the group dissolved
// untiled (every check runs before the group is changed).
// RUN: fuse-opt %s -split-input-file -verify-diagnostics --fusion-lower-groups | FileCheck %s --check-prefix=BAD

// BAD-LABEL: func.func @rank
// BAD-NOT: scf.for
func.func @rank(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-remark @below {{group not tiled: the lowering config has 3 workgroup tile sizes, the root (linalg.generic) has 2 loops}}
  %0 = fusion.group elementwise ins(%x : tensor<8x64xf32>) -> (tensor<8x64xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 8, 8]>} {
  ^bb0(%a: tensor<8x64xf32>):
    %e = tensor.empty() : tensor<8x64xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<8x64xf32>) outs(%e : tensor<8x64xf32>) {
    ^bb0(%i: f32, %o: f32):
      %n = arith.negf %i : f32
      linalg.yield %n : f32
    } -> tensor<8x64xf32>
    fusion.yield %r : tensor<8x64xf32>
  }
  return %0 : tensor<8x64xf32>
}

// -----

// Tiles of a reduction loop would each compute a partial sum.
// BAD-LABEL: func.func @reduction_tiled
// BAD-NOT: scf.for
func.func @reduction_tiled(%x: tensor<8x64xf32>) -> tensor<8xf32> {
  // expected-remark @below {{group not tiled: the lowering config tiles a reduction loop}}
  %0 = fusion.group reduction ins(%x : tensor<8x64xf32>) -> (tensor<8xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [1, 16]>} {
  ^bb0(%a: tensor<8x64xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<8xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8xf32>) -> tensor<8xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<8x64xf32>) outs(%f : tensor<8xf32>) {
    ^bb0(%i: f32, %o: f32):
      %s = arith.addf %i, %o : f32
      linalg.yield %s : f32
    } -> tensor<8xf32>
    fusion.yield %r : tensor<8xf32>
  }
  return %0 : tensor<8xf32>
}

// -----

// gpu_contraction needs a contraction.
// BAD-LABEL: func.func @not_a_contraction
func.func @not_a_contraction(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-remark @below {{group not tiled: gpu_contraction is for contraction groups}}
  %0 = fusion.group elementwise ins(%x : tensor<8x64xf32>) -> (tensor<8x64xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [8, 64], thread = [4, 4], reduction = [16]>} {
  ^bb0(%a: tensor<8x64xf32>):
    %e = tensor.empty() : tensor<8x64xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<8x64xf32>) outs(%e : tensor<8x64xf32>) {
    ^bb0(%i: f32, %o: f32):
      %n = arith.negf %i : f32
      linalg.yield %n : f32
    } -> tensor<8x64xf32>
    fusion.yield %r : tensor<8x64xf32>
  }
  return %0 : tensor<8x64xf32>
}

// -----

// A shared-memory contraction whose thread tile leaves more threads than a
// block holds: refused with the kernel's reason, before anything is tiled.
// BAD-LABEL: func.func @too_many_threads
// BAD-NOT: scf.forall
// BAD: linalg.matmul ins(%{{.*}} : tensor<256x64xf32>, tensor<64x256xf32>)
func.func @too_many_threads(%x: tensor<256x64xf32>, %w: tensor<64x256xf32>) -> tensor<256x256xf32> {
  // expected-remark @below {{group not tiled: not a shared-memory contraction kernel: 256x256 blocks of 1x1 results per thread would need 65536 threads, more than 1024}}
  %0 = fusion.group contraction ins(%x, %w : tensor<256x64xf32>, tensor<64x256xf32>) -> (tensor<256x256xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [256, 256, 0], thread = [1, 1], reduction = [16]>} {
  ^bb0(%a: tensor<256x64xf32>, %b: tensor<64x256xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<256x256xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<256x256xf32>) -> tensor<256x256xf32>
    %m = linalg.matmul ins(%a, %b : tensor<256x64xf32>, tensor<64x256xf32>) outs(%f : tensor<256x256xf32>) -> tensor<256x256xf32>
    fusion.yield %m : tensor<256x256xf32>
  }
  return %0 : tensor<256x256xf32>
}

// -----

// gpu_rows on a group that is not a row reduction (no reduction): refused.
// BAD-LABEL: func.func @not_rows
func.func @not_rows(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-remark @below {{group not tiled:}}
  %0 = fusion.group elementwise ins(%x : tensor<8x64xf32>) -> (tensor<8x64xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_rows, vector_width = 4>} {
  ^bb0(%a: tensor<8x64xf32>):
    %e = tensor.empty() : tensor<8x64xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<8x64xf32>) outs(%e : tensor<8x64xf32>) {
    ^bb0(%i: f32, %o: f32):
      %n = arith.negf %i : f32
      linalg.yield %n : f32
    } -> tensor<8x64xf32>
    fusion.yield %r : tensor<8x64xf32>
  }
  return %0 : tensor<8x64xf32>
}

// -----

// Not a lowering config: an error.
func.func @wrong_attr(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  // expected-error @below {{'lowering_config' must be a #fusion.lowering_config, got 3 : i64}}
  %0 = fusion.group elementwise ins(%x : tensor<8x64xf32>) -> (tensor<8x64xf32>) attributes {lowering_config = 3} {
  ^bb0(%a: tensor<8x64xf32>):
    %e = tensor.empty() : tensor<8x64xf32>
    %r = linalg.copy ins(%a : tensor<8x64xf32>) outs(%e : tensor<8x64xf32>) -> tensor<8x64xf32>
    fusion.yield %r : tensor<8x64xf32>
  }
  return %0 : tensor<8x64xf32>
}

// -----

// A second level (panel) or a thread level that tiles a reduction loop.
// BAD-LABEL: func.func @panel_reduction
// BAD-NOT: scf.for
func.func @panel_reduction(%x: tensor<8x64xf32>) -> tensor<8xf32> {
  // expected-remark @below {{group not tiled: the lowering config tiles a reduction loop}}
  %0 = fusion.group reduction ins(%x : tensor<8x64xf32>) -> (tensor<8xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = cpu_loops, workgroup = [4, 0], panel = [0, 16]>} {
  ^bb0(%a: tensor<8x64xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<8xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8xf32>) -> tensor<8xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<8x64xf32>) outs(%f : tensor<8xf32>) {
    ^bb0(%i: f32, %o: f32):
      %s = arith.addf %i, %o : f32
      linalg.yield %s : f32
    } -> tensor<8xf32>
    fusion.yield %r : tensor<8xf32>
  }
  return %0 : tensor<8xf32>
}

// -----

// Thread vectors of i1 (packed bits in a vector, a byte each in memory).
// BAD-LABEL: func.func @mask_vectors
// BAD-NOT: scf.forall
func.func @mask_vectors(%x: tensor<8x64xi1>) -> tensor<8x64xi1> {
  // expected-remark @below {{group not tiled: thread tiles of more than one element need ops of whole bytes whose innermost loop is parallel and whose reductions reduce at most 64 elements}}
  %0 = fusion.group elementwise ins(%x : tensor<8x64xi1>) -> (tensor<8x64xi1>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [1, 64], thread = [0, 4]>} {
  ^bb0(%a: tensor<8x64xi1>):
    %true = arith.constant true
    %e = tensor.empty() : tensor<8x64xi1>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<8x64xi1>) outs(%e : tensor<8x64xi1>) {
    ^bb0(%i: i1, %o: i1):
      %n = arith.xori %i, %true : i1
      linalg.yield %n : i1
    } -> tensor<8x64xi1>
    fusion.yield %r : tensor<8x64xi1>
  }
  return %0 : tensor<8x64xi1>
}

// -----

// Thread vectors of a row sum (its innermost loop is the reduction: each
// thread's vector would hold whole rows).
// BAD-LABEL: func.func @row_sum_vectors
// BAD-NOT: scf.forall
func.func @row_sum_vectors(%x: tensor<8x64xf32>) -> tensor<8xf32> {
  // expected-remark @below {{group not tiled: thread tiles of more than one element need ops of whole bytes whose innermost loop is parallel and whose reductions reduce at most 64 elements}}
  %0 = fusion.group reduction ins(%x : tensor<8x64xf32>) -> (tensor<8xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_threads, workgroup = [8, 0], thread = [4, 0]>} {
  ^bb0(%a: tensor<8x64xf32>):
    %zero = arith.constant 0.0 : f32
    %e = tensor.empty() : tensor<8xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8xf32>) -> tensor<8xf32>
    %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<8x64xf32>) outs(%f : tensor<8xf32>) {
    ^bb0(%i: f32, %o: f32):
      %s = arith.addf %i, %o : f32
      linalg.yield %s : f32
    } -> tensor<8xf32>
    fusion.yield %r : tensor<8xf32>
  }
  return %0 : tensor<8xf32>
}
