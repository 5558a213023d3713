// Memory-bound kernels (groups of all-parallel ops) on the GPU: each thread
// loads, computes and stores 4 contiguous f32 as one vector (ld.global.v4,
// st.global.v4), in blocks of 256 threads (block-cols x block-rows); the
// PTX is checked here, the results in programs-emulated.test (every CPU
// program through the same tiling, agreeing with the CPU build).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: fuse-opt %s --fusion-to-nvvm='dump-dir=%t/vec' | FileCheck %s --check-prefix=LAUNCH
// RUN: FileCheck %s --check-prefix=W1PTX < %t/vec/w1_kernel.ptx
// RUN: FileCheck %s --check-prefix=BIASPTX < %t/vec/bias_rows_kernel.ptx
// RUN: FileCheck %s --check-prefix=ODDPTX < %t/vec/odd_rows_kernel.ptx
// RUN: FileCheck %s --check-prefix=SOFTMAXROWS < %t/vec/softmax_kernel.ptx
// RUN: FileCheck %s --check-prefix=MASKPTX < %t/vec/mask_kernel.ptx
// RUN: FileCheck %s --check-prefix=MEANPTX < %t/vec/ensemble_mean_kernel.ptx
// RUN: FileCheck %s --check-prefix=COLPTX < %t/vec/column_sum_kernel.ptx
// Groups that reduce over outer loops only (the mean, the column sum) are
// thread kernels, not candidates for a row-reduction kernel: no remark says
// they are not one.
// RUN: fuse-opt %s --fusion-to-nvvm -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARKS --implicit-check-not='a row-reduction kernel'
// REMARKS: remark: [fusion-gpu-tile-threads] row reduction: one block of 64 threads per row of 256 elements
// RUN: fuse-run %s --entry=ensemble_mean --pipeline=fusion-emulate-gpu --compare=fusion-to-llvm 2>&1 | FileCheck %s --check-prefix=MEAN
// RUN: fuse-opt %s --fusion-to-nvvm='thread-elements=1 dump-dir=%t/scalar' | FileCheck %s --check-prefix=SCALAR
// RUN: FileCheck %s --check-prefix=SCALARPTX < %t/scalar/w1_kernel.ptx
//
// 1-D, 1M elements: 1024 per block (256 threads of 4), 1024 blocks.
// LAUNCH-LABEL: llvm.func @w1(
// LAUNCH-DAG: %[[T:.*]] = llvm.mlir.constant(256 : index) : i64
// LAUNCH-DAG: %[[B:.*]] = llvm.mlir.constant(1024 : index) : i64
// LAUNCH: gpu.launch_func {{.*}} blocks in (%[[B]], %{{.*}}, %{{.*}}) threads in (%[[T]], %{{.*}}, %{{.*}})
// W1PTX-COUNT-2: ld.global.v4.b32
// W1PTX-NOT: ld.global.b32
// W1PTX: st.global.v4.b32
// W1PTX-NOT: st.global.b32
// SCALAR-LABEL: llvm.func @w1(
// SCALAR-DAG: %[[T:.*]] = llvm.mlir.constant(32 : index) : i64
// SCALAR: gpu.launch_func {{.*}} threads in (%[[T]], %{{.*}}, %{{.*}})
// SCALARPTX-NOT: v4
// SCALARPTX: st.global.b32
func.func @w1(%x: tensor<1048576xf32>, %a: tensor<1048576xf32>) -> tensor<1048576xf32> {
  %e = tensor.empty() : tensor<1048576xf32>
  %zero = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x, %a : tensor<1048576xf32>, tensor<1048576xf32>) outs(%e : tensor<1048576xf32>) {
  ^bb0(%xi: f32, %ai: f32, %o: f32):
    %m = arith.mulf %xi, %ai : f32
    %p = arith.maximumf %m, %zero : f32
    linalg.yield %p : f32
  } -> tensor<1048576xf32>
  return %r : tensor<1048576xf32>
}

// 2-D with a per-column bias (read as a vector too) and a per-row scale
// (one scalar per thread, broadcast): 8 rows x 128 columns per block, 32 x 8
// threads.
// LAUNCH-LABEL: llvm.func @bias_rows(
// LAUNCH-DAG: %[[X:.*]] = llvm.mlir.constant(32 : index) : i64
// LAUNCH-DAG: %[[Y:.*]] = llvm.mlir.constant(8 : index) : i64
// LAUNCH: gpu.launch_func {{.*}} threads in (%[[X]], %[[Y]], %{{.*}})
// BIASPTX-COUNT-2: ld.global.v4.b32
// BIASPTX: st.global.v4.b32
func.func @bias_rows(%x: tensor<64x4096xf32>, %b: tensor<4096xf32>, %s: tensor<64xf32>) -> tensor<64x4096xf32> {
  %e = tensor.empty() : tensor<64x4096xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %b, %s : tensor<64x4096xf32>, tensor<4096xf32>, tensor<64xf32>) outs(%e : tensor<64x4096xf32>) {
  ^bb0(%xi: f32, %bi: f32, %si: f32, %o: f32):
    %a = arith.addf %xi, %bi : f32
    %m = arith.mulf %a, %si : f32
    linalg.yield %m : f32
  } -> tensor<64x4096xf32>
  return %r : tensor<64x4096xf32>
}

// Negative: rows of 13 (no even divisor): one element per thread.
// ODDPTX-NOT: v4
// ODDPTX-NOT: v2
// ODDPTX: st.global.b32
func.func @odd_rows(%x: tensor<64x13xf32>) -> tensor<64x13xf32> {
  %e = tensor.empty() : tensor<64x13xf32>
  %r = linalg.negf ins(%x : tensor<64x13xf32>) outs(%e : tensor<64x13xf32>) -> tensor<64x13xf32>
  return %r : tensor<64x13xf32>
}

// A group with a reduction is not a memory-bound kernel of this kind: a row
// softmax is a row-reduction kernel (row-reductions.mlir), with vector
// loads and stores too.
// SOFTMAXROWS: ld.global.v4.b32
// SOFTMAXROWS: shfl.sync.bfly.b32
// SOFTMAXROWS: st.global.v4.b32
func.func @softmax(%x: tensor<64x256xf32>) -> tensor<64x256xf32> {
  %e = tensor.empty() : tensor<64x256xf32>
  %r = linalg.softmax dimension(1) ins(%x : tensor<64x256xf32>) outs(%e : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %r : tensor<64x256xf32>
}

// 1002 elements: 2 per thread (4 does not divide it), and no more threads
// than 256 per block: 167 threads of 2 (1002 = 2 x 3 x 167; one block of
// 501 threads would exceed block-cols x block-rows).
// LAUNCH-LABEL: llvm.func @pairs(
// LAUNCH-DAG: %[[T:.*]] = llvm.mlir.constant(167 : index) : i64
// LAUNCH: gpu.launch_func {{.*}} threads in (%[[T]], %{{.*}}, %{{.*}})
func.func @pairs(%x: tensor<1002xf32>) -> tensor<1002xf32> {
  %e = tensor.empty() : tensor<1002xf32>
  %r = linalg.negf ins(%x : tensor<1002xf32>) outs(%e : tensor<1002xf32>) -> tensor<1002xf32>
  return %r : tensor<1002xf32>
}

// Negative: a result of i1 keeps one element per thread (a vector of i1 is
// stored as packed bits, a buffer of i1 holds a byte per element).
// MASKPTX-NOT: v4
// MASKPTX: st.global.b8
func.func @mask(%x: tensor<1024xf32>, %y: tensor<1024xf32>) -> tensor<1024xi1> {
  %e = tensor.empty() : tensor<1024xi1>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x, %y : tensor<1024xf32>, tensor<1024xf32>) outs(%e : tensor<1024xi1>) {
  ^bb0(%a: f32, %b: f32, %o: i1):
    %c = arith.cmpf olt, %a, %b : f32
    linalg.yield %c : i1
  } -> tensor<1024xi1>
  return %r : tensor<1024xi1>
}

// Reductions over outer loops (at most 64 elements per result): each thread
// reduces vectors. An ensemble's mean over its 3 stacked branches: 3 vector
// loads, one vector store per thread.
// MEANPTX-COUNT-3: ld.global.v4.b32
// MEANPTX-NOT: ld.global.b32
// MEANPTX: st.global.v4.b32
// MEANPTX-NOT: st.global.b32
// MEAN: compare: 'fusion-to-llvm' max abs err {{.*}}, 0 mismatch(es) (atol 1e-05, rtol 0.0001): OK
func.func @ensemble_mean(%x: tensor<3x64x1024xf32>) -> tensor<64x1024xf32> {
  %zero = arith.constant 0.0 : f32
  %third = arith.constant 0.333333343 : f32
  %e = tensor.empty() : tensor<64x1024xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>], iterator_types = ["reduction", "parallel", "parallel"]} ins(%x : tensor<3x64x1024xf32>) outs(%f : tensor<64x1024xf32>) {
  ^bb0(%a: f32, %o: f32):
    %t = arith.addf %a, %o : f32
    linalg.yield %t : f32
  } -> tensor<64x1024xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<64x1024xf32>) outs(%e : tensor<64x1024xf32>) {
  ^bb0(%a: f32, %o: f32):
    %t = arith.mulf %a, %third : f32
    linalg.yield %t : f32
  } -> tensor<64x1024xf32>
  return %r : tensor<64x1024xf32>
}

// Negative: a column sum over 128 rows (more than 64 elements per result)
// keeps one element per thread.
// COLPTX-NOT: v4
// COLPTX: st.global.b32
func.func @column_sum(%x: tensor<128x1024xf32>) -> tensor<1024xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1024xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1024xf32>) -> tensor<1024xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>], iterator_types = ["reduction", "parallel"]} ins(%x : tensor<128x1024xf32>) outs(%f : tensor<1024xf32>) {
  ^bb0(%a: f32, %o: f32):
    %t = arith.addf %a, %o : f32
    linalg.yield %t : f32
  } -> tensor<1024xf32>
  return %s : tensor<1024xf32>
}
