// Row-reduction kernels (fusion-lower-groups{row-reductions}, on by default
// in fusion-to-nvvm): a group that reduces rows along the innermost loop and
// uses the results on the same rows runs one thread block per row; each
// thread holds a strided slice of the row (vectors of 4), the block combines
// the threads' partial results with gpu.all_reduce: warp shuffles
// (shfl.sync.bfly) and one round through 128 bytes of shared memory.
// Numerics: emulate.test runs these kernels on the CPU against the CPU build.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: fuse-opt %S/Inputs/rows.mlir --fusion-to-nvvm='dump-dir=%t/rows' -o /dev/null 2>&1 | FileCheck %s --check-prefix=ROWS
// ROWS-DAG: rows.mlir:15:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 256 threads per row of 2048 elements, 2 vector(s) of 4 per thread, reduced with gpu.all_reduce
// ROWS-DAG: rows.mlir:54:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 192 threads per row of 768 elements, 1 vector(s) of 4 per thread, reduced with gpu.all_reduce
// ROWS-DAG: rows.mlir:80:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 128 threads per row of 512 elements, 1 vector(s) of 4 per thread, reduced with gpu.all_reduce
// ROWS-DAG: rows.mlir:103:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 250 threads per row of 1000 elements, 1 vector(s) of 4 per thread, reduced with gpu.all_reduce
// ROWS-DAG: rows.mlir:128:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 64 threads per row of 256 elements, 1 vector(s) of 4 per thread, reduced with gpu.all_reduce
// ROWS-DAG: rows.mlir:150:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 32 threads per row of 128 elements, 1 vector(s) of 4 per thread, reduced with gpu.all_reduce
// A group whose result is the reduction itself (softmax's max, layer norm's
// sum: one value per row) is merged into the row-reduction group that
// consumes it (fusion-gpu-merge-row-reductions, after fusion-form-groups),
// so that one kernel reads the row once:
// ROWS-DAG: rows.mlir:15:8: remark: [fusion-gpu-merge-row-reductions] merged the reduction group of loc("{{.*}}rows.mlir":15:8) into this row-reduction group: one GPU kernel reads each row once
// ROWS-DAG: rows.mlir:54:8: remark: [fusion-gpu-merge-row-reductions] merged the reduction group of loc("{{.*}}rows.mlir":25:10) into this row-reduction group: one GPU kernel reads each row once
// ROWS-NOT: not a row-reduction kernel
//
// The kernel on tensors (RMS norm over 2 x 8 rows of 512): a forall over the
// rows on blocks, one over 128 threads; each thread's slice of x is read
// once (vector<1x4>) and used by the reduction and the normalization.
// RUN: fuse-opt %S/Inputs/rows.mlir --pass-pipeline='builtin.module(fusion-to-linalg, fusion-form-groups, fusion-lower-groups{thread-tiles row-reductions thread-elements=4}, canonicalize, cse)' 2>/dev/null | FileCheck %s --check-prefix=IR
// IR-LABEL: func.func @rms_norm(
// IR: scf.forall (%[[R0:.*]], %[[R1:.*]]) in (2, 8) shared_outs(%[[OUT:.*]] = %{{.*}})
// IR: %[[ROW:.*]] = tensor.extract_slice %[[OUT]][%[[R0]], %[[R1]], 0] [1, 1, 512]
// IR: tensor.expand_shape %[[ROW]] {{\[\[}}0, 1, 2]] output_shape [1, 128, 4]
// IR: scf.forall (%[[T:.*]]) in (128)
// IR: %[[X:.*]] = vector.transfer_read {{.*}} vector<1x4xf32>
// IR: %[[SQ:.*]] = arith.mulf %[[X]], %[[X]]
// IR: %[[PART:.*]] = vector.multi_reduction <add>, %[[SQ]]
// IR: %[[SUM:.*]] = gpu.all_reduce add %{{.*}} uniform
// IR: arith.divf %[[SUM]]
// IR: arith.mulf %[[X]],
// IR: tensor.parallel_insert_slice {{.*}}[0, %[[T]], 0] [1, 1, 4] [1, 1, 1] : tensor<1x4xf32> into tensor<1x128x4xf32>
// IR: } {mapping = [#gpu.thread<linear_dim_0>]}
// IR: tensor.collapse_shape
// IR: } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
//
// The softmax kernel reads its row once (two vectors per thread) and writes
// it once, with vector loads and stores; the maximum and the sum each cross
// the warp in 5 butterfly shuffles (the lowering emits them twice, for
// whole and partial warps, and once more for the warps' results).
// RUN: FileCheck %s --check-prefix=SOFTMAX < %t/rows/softmax_kernel.ptx
// SOFTMAX-COUNT-2: ld.global.v4.b32
// SOFTMAX-NOT: ld.global
// SOFTMAX-COUNT-30: shfl.sync.bfly.b32
// SOFTMAX-NOT: shfl.sync
// SOFTMAX-COUNT-2: st.global.v4.b32
// SOFTMAX-NOT: st.global
// Layer norm: x one vector per thread, the mean and the variance across
// the block, then gamma and beta.
// RUN: FileCheck %s --check-prefix=LAYERNORM < %t/rows/layer_norm_kernel.ptx
// LAYERNORM: ld.global.v4.b32
// LAYERNORM: shfl.sync.bfly.b32
// LAYERNORM-COUNT-2: ld.global.v4.b32
// LAYERNORM-NOT: ld.global
// LAYERNORM: st.global.v4.b32
// RMS norm over 2 x 8 rows: a 2-D grid of rows, delinearized.
// RUN: FileCheck %s --check-prefix=RMS < %t/rows/rms_norm_kernel.ptx
// RMS: ld.global.v4.b32
// RMS: shfl.sync.bfly.b32
// RMS: ld.global.v4.b32
// RMS-NOT: ld.global
// RMS: st.global.v4.b32
//
// ptxas accepts every kernel; no spills, 128 bytes of shared memory per
// block reduction (the all-reduce's buffer of 32 floats).
// RUN: %if ptxas %{ %ptxas -v --gpu-name sm_90 %t/rows/softmax_kernel.ptx -o /dev/null 2>&1 | FileCheck %s --check-prefix=PTXAS2 %}
// RUN: %if ptxas %{ %ptxas -v --gpu-name sm_90 %t/rows/layer_norm_kernel.ptx -o /dev/null 2>&1 | FileCheck %s --check-prefix=PTXAS2 %}
// RUN: %if ptxas %{ %ptxas -v --gpu-name sm_90 %t/rows/rms_norm_kernel.ptx -o /dev/null 2>&1 | FileCheck %s --check-prefix=PTXAS %}
// RUN: %if ptxas %{ %ptxas -v --gpu-name sm_90 %t/rows/max_from_init_kernel.ptx -o /dev/null 2>&1 | FileCheck %s --check-prefix=PTXAS %}
// PTXAS: 0 bytes spill stores, 0 bytes spill loads
// PTXAS: used 1 barriers, 128 bytes smem
// PTXAS2: 0 bytes spill stores, 0 bytes spill loads
// PTXAS2: used 1 barriers, 256 bytes smem
// The benchmark's softmax over rows of 8192 (8 vectors of 4 per thread)
// fits in registers too:
// RUN: fuse-opt %S/../../bench/rows.mlir --fusion-to-nvvm='dump-dir=%t/bench' -o /dev/null 2>&1 | FileCheck %s --check-prefix=BENCH
// BENCH: rows.mlir:13:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 256 threads per row of 8192 elements, 8 vector(s) of 4 per thread, reduced with gpu.all_reduce
// RUN: %if ptxas %{ %ptxas -v --gpu-name sm_90 %t/bench/softmax_kernel.ptx -o /dev/null 2>&1 | FileCheck %s --check-prefix=PTXAS2 %}
//
// With row-reductions=false, softmax is two kernels (the maximum, one
// thread per row; the rest one thread per element, each summing its whole
// row again), without shuffles:
// RUN: fuse-opt %S/Inputs/rows.mlir --fusion-to-nvvm='row-reductions=false dump-dir=%t/off' -o /dev/null 2>&1 | FileCheck %s --check-prefix=OFF
// OFF-NOT: row reduction:
// OFF-NOT: merged the reduction group
// RUN: FileCheck %s --check-prefix=OFFPTX < %t/off/softmax_kernel_0.ptx
// RUN: FileCheck %s --check-prefix=OFFPTX < %t/off/softmax_kernel.ptx
// OFFPTX-NOT: shfl.sync
//
// Groups it refuses, with the reason, and tiles as before:
// RUN: fuse-opt %s --fusion-to-nvvm -o /dev/null 2>&1 | FileCheck %s --check-prefix=REFUSED
// RUN: fuse-opt %s --fusion-to-nvvm -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOMERGE

#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>
#rc = affine_map<(d0, d1) -> (d1, d0)>

// A row of 8191 elements (a prime): vectors of 1, and a block of 1 thread
// would hold the whole row.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+11]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: rows of 8191 elements would take 8191 vectors of 1 per thread (at most 16)
func.func @prime_row(%x: tensor<4x8191xf32>) -> tensor<4x8191xf32> {
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<4xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x8191xf32>) outs(%acc : tensor<4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<4xf32>
  %e = tensor.empty() : tensor<4x8191xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<4x8191xf32>, tensor<4xf32>) outs(%e : tensor<4x8191xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %0 = arith.divf %a, %b : f32
    linalg.yield %0 : f32
  } -> tensor<4x8191xf32>
  return %y : tensor<4x8191xf32>
}

// The elementwise op reads the input transposed: its slice of a row is not
// the thread's slice of a row.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+11]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: an operand is read through a transposing or non-projected map
func.func @transposed(%x: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<64xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<64xf32>) -> tensor<64xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<64x64xf32>) outs(%acc : tensor<64xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<64xf32>
  %e = tensor.empty() : tensor<64x64xf32>
  %y = linalg.generic {indexing_maps = [#tr, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<64x64xf32>, tensor<64xf32>) outs(%e : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %0 = arith.subf %a, %b : f32
    linalg.yield %0 : f32
  } -> tensor<64x64xf32>
  return %y : tensor<64x64xf32>
}

// The elementwise op reads its loop indices (a causal mask): a thread's
// slice would need its columns' indices.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+11]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: an op reads its loop indices
func.func @indices(%x: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<64xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<64xf32>) -> tensor<64xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<64x64xf32>) outs(%acc : tensor<64xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<64xf32>
  %e = tensor.empty() : tensor<64x64xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<64x64xf32>, tensor<64xf32>) outs(%e : tensor<64x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c = arith.cmpi ule, %j, %i : index
    %0 = arith.divf %a, %b : f32
    %1 = arith.select %c, %0, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<64x64xf32>
  return %y : tensor<64x64xf32>
}

// Column sums (the reduction is over the outer loop) normalizing columns:
// their init is not a row of scalars.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+11]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: a fill of another shape than the rows or the result
func.func @columns(%x: tensor<64x128xf32>) -> tensor<64x128xf32> {
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<128xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<128xf32>) -> tensor<128xf32>
  %s = linalg.generic {indexing_maps = [#rc, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<64x128xf32>) outs(%acc : tensor<128xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<128xf32>
  %e = tensor.empty() : tensor<64x128xf32>
  %y = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<64x128xf32>, tensor<128xf32>) outs(%e : tensor<64x128xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %0 = arith.divf %a, %b : f32
    linalg.yield %0 : f32
  } -> tensor<64x128xf32>
  return %y : tensor<64x128xf32>
}

// The row sum is also a result of the function: its group stays apart (one
// thread per row), the normalization is a row-reduction kernel of its own
// that reads the sums.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+17]]:8: remark: [fusion-gpu-tile-threads] row reduction: one block of 64 threads per row of 256 elements, 1 vector(s) of 4 per thread, reduced with gpu.all_reduce
// NOMERGE-NOT: row-reductions.mlir:[[@LINE+16]]:8: remark: [fusion-gpu-merge-row-reductions] merged the reduction group
func.func @sum_also_returned(%x: tensor<8x256xf32>) -> (tensor<8x256xf32>, tensor<8xf32>) {
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<8xf32>) -> tensor<8xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x256xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %e = tensor.empty() : tensor<8x256xf32>
  %m = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x256xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.maximumf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s, %m : tensor<8x256xf32>, tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8x256xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32, %o: f32):
    %0 = arith.subf %a, %c : f32
    %1 = arith.divf %0, %b : f32
    linalg.yield %1 : f32
  } -> tensor<8x256xf32>
  return %y, %s : tensor<8x256xf32>, tensor<8xf32>
}

// A mask of i1 (a vector of i1 is packed bits, a buffer of i1 a byte per
// element): not this kernel; the emulation of the old one agrees with the
// CPU build.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+11]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: an op has elements of less than a byte, more than 64 bits, or of index type
func.func @masked(%x: tensor<8x64xf32>, %m: tensor<8x64xi1>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  %er = tensor.empty() : tensor<8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<8xf32>) -> tensor<8xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x64xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %e = tensor.empty() : tensor<8x64xf32>
  %y = linalg.generic {indexing_maps = [#id, #id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %m, %s : tensor<8x64xf32>, tensor<8x64xi1>, tensor<8xf32>) outs(%e : tensor<8x64xf32>) {
  ^bb0(%a: f32, %k: i1, %b: f32, %o: f32):
    %0 = arith.divf %a, %b : f32
    %1 = arith.select %k, %0, %zero : f32
    linalg.yield %1 : f32
  } -> tensor<8x64xf32>
  return %y : tensor<8x64xf32>
}

// Half precision: the block's shuffles move 32-bit registers.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+11]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: a reduction of elements narrower than 32 bits
func.func @half(%x: tensor<8x64xf16>) -> tensor<8x64xf16> {
  %zero = arith.constant 0.0 : f16
  %er = tensor.empty() : tensor<8xf16>
  %acc = linalg.fill ins(%zero : f16) outs(%er : tensor<8xf16>) -> tensor<8xf16>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x64xf16>) outs(%acc : tensor<8xf16>) {
  ^bb0(%a: f16, %o: f16):
    %0 = arith.addf %a, %o : f16
    linalg.yield %0 : f16
  } -> tensor<8xf16>
  %e = tensor.empty() : tensor<8x64xf16>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<8x64xf16>, tensor<8xf16>) outs(%e : tensor<8x64xf16>) {
  ^bb0(%a: f16, %b: f16, %o: f16):
    %0 = arith.divf %a, %b : f16
    linalg.yield %0 : f16
  } -> tensor<8x64xf16>
  return %y : tensor<8x64xf16>
}

// A reduction of a fill (a count of the columns): nothing along the
// columns gives the thread's loops their extent.
// REFUSED-DAG: row-reductions.mlir:[[@LINE+13]]:8: remark: [fusion-select-lowering-strategy] not a row-reduction kernel: an op over the columns reads no operand along them
func.func @count(%x: tensor<8x64xf32>) -> tensor<8x64xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %ef = tensor.empty() : tensor<8x64xf32>
  %ones = linalg.fill ins(%one : f32) outs(%ef : tensor<8x64xf32>) -> tensor<8x64xf32>
  %er = tensor.empty() : tensor<8xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%er : tensor<8xf32>) -> tensor<8xf32>
  %n = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%ones : tensor<8x64xf32>) outs(%acc : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %0 = arith.addf %a, %o : f32
    linalg.yield %0 : f32
  } -> tensor<8xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %n : tensor<8x64xf32>, tensor<8xf32>) outs(%ef : tensor<8x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %0 = arith.divf %a, %b : f32
    linalg.yield %0 : f32
  } -> tensor<8x64xf32>
  return %y : tensor<8x64xf32>
}
