// RUN: fuse-opt %s --split-input-file --fusion-gpu-emulate-all-reduce --verify-diagnostics | FileCheck %s --check-prefix=EMU

// fusion-gpu-emulate-all-reduce (fusion-emulate-gpu runs it; the GPU's
// lowering: all-reduce-lower.mlir).

// The emulation splits the thread loop at the reduction: the first copy
// stores each thread's value, the buffer is reduced, the original runs with
// the result.
// EMU-LABEL: func.func @row_sum(
// EMU: %[[BUF:.*]] = memref.alloc() : memref<64xf32>
// EMU: scf.forall (%[[T:.*]]) in (64) {
// EMU: %[[V:.*]] = memref.load %{{.*}}[%[[T]]]
// EMU-NEXT: memref.store %[[V]], %[[BUF]][%[[T]]]
// EMU-NEXT: } {mapping = [#gpu.thread<linear_dim_0>]}
// EMU: %[[ALL:.*]] = vector.load %[[BUF]][%{{.*}}] : memref<64xf32>, vector<64xf32>
// EMU: %[[SUM:.*]] = vector.reduction <add>, %[[ALL]] : vector<64xf32> into f32
// EMU: scf.forall (%[[T2:.*]]) in (64) {
// EMU: %[[W:.*]] = memref.load %{{.*}}[%[[T2]]]
// EMU: %[[Q:.*]] = arith.divf %[[W]], %[[SUM]]
// EMU: memref.store %[[Q]], %{{.*}}[%[[T2]]]
// EMU: memref.dealloc %[[BUF]]
// EMU-NEXT: return
func.func @row_sum(%x: memref<64xf32>, %y: memref<64xf32>) {
  scf.forall (%t) in (64) {
    %v = memref.load %x[%t] : memref<64xf32>
    %s = gpu.all_reduce add %v uniform {} : (f32) -> f32
    %q = arith.divf %v, %s : f32
    memref.store %q, %y[%t] : memref<64xf32>
  } {mapping = [#gpu.thread<linear_dim_0>]}
  return
}

// -----

// A write before the reduction would run twice.
func.func @write_before(%x: memref<64xf32>, %y: memref<64xf32>) {
  scf.forall (%t) in (64) {
    %v = memref.load %x[%t] : memref<64xf32>
    memref.store %v, %y[%t] : memref<64xf32>
    // expected-error @below {{cannot emulate this gpu.all_reduce: 'memref.store' before the reduction writes memory it did not allocate (running it twice would not be the same)}}
    %s = gpu.all_reduce add %v uniform {} : (f32) -> f32
    memref.store %s, %y[%t] : memref<64xf32>
  } {mapping = [#gpu.thread<linear_dim_0>]}
  return
}

// -----

// Not in a loop of threads.
func.func @not_threads(%x: memref<64xf32>, %y: memref<64xf32>) {
  scf.forall (%t) in (64) {
    %v = memref.load %x[%t] : memref<64xf32>
    // expected-error @below {{cannot emulate this gpu.all_reduce: the forall is not mapped to threads}}
    %s = gpu.all_reduce add %v uniform {} : (f32) -> f32
    memref.store %s, %y[%t] : memref<64xf32>
  }
  return
}

// -----

// A reduction with a region (not a built-in operation).
func.func @region(%x: memref<64xf32>, %y: memref<64xf32>) {
  scf.forall (%t) in (64) {
    %v = memref.load %x[%t] : memref<64xf32>
    // expected-error @below {{cannot emulate this gpu.all_reduce: not a uniform reduction with a built-in operation}}
    %s = gpu.all_reduce %v uniform {
    ^bb0(%a: f32, %b: f32):
      %m = arith.addf %a, %b : f32
      gpu.yield %m : f32
    } : (f32) -> f32
    memref.store %s, %y[%t] : memref<64xf32>
  } {mapping = [#gpu.thread<linear_dim_0>]}
  return
}
