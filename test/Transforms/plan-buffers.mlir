// RUN: fuse-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(fusion-plan-buffers))' 2>/dev/null | FileCheck %s
// RUN: fuse-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(fusion-plan-buffers))' 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARK

// A chain of kernels: %a is last read by the third op, so %c (first
// written by the fourth) takes its bytes; %b lives across both. Largest first: %b (4096
// bytes) at 0, %a and %c (1024 each) at 4096.
// REMARK: remark: [fusion-plan-buffers] 3 buffers of 6144 bytes in one allocation of 5120 bytes
// CHECK-LABEL: func.func @chain
// CHECK: %[[ARENA:.*]] = memref.alloc() {alignment = 64 : i64} : memref<5120xi8>
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%c4096{{.*}}][] : memref<5120xi8> to memref<256xf32>
// CHECK: %[[B:.*]] = memref.view %[[ARENA]][%c0{{.*}}][] : memref<5120xi8> to memref<1024xf32>
// CHECK: %[[C:.*]] = memref.view %[[ARENA]][%c4096{{.*}}][] : memref<5120xi8> to memref<256xf32>
// CHECK-NOT: memref.dealloc %[[A]]
// CHECK: memref.dealloc %[[ARENA]] : memref<5120xi8>
// CHECK-NEXT: return
func.func @chain(%x: memref<256xf32>, %w: memref<1024xf32>, %out: memref<256xf32>) {
  %a = memref.alloc() {alignment = 64 : i64} : memref<256xf32>
  %b = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
  %c = memref.alloc() {alignment = 64 : i64} : memref<256xf32>
  linalg.copy ins(%x : memref<256xf32>) outs(%a : memref<256xf32>)
  linalg.copy ins(%w : memref<1024xf32>) outs(%b : memref<1024xf32>)
  %bs = memref.subview %b[0] [256] [1] : memref<1024xf32> to memref<256xf32, strided<[1]>>
  linalg.add ins(%a, %bs : memref<256xf32>, memref<256xf32, strided<[1]>>) outs(%out : memref<256xf32>)
  linalg.copy ins(%out : memref<256xf32>) outs(%c : memref<256xf32>)
  linalg.add ins(%c, %bs : memref<256xf32>, memref<256xf32, strided<[1]>>) outs(%out : memref<256xf32>)
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<1024xf32>
  memref.dealloc %c : memref<256xf32>
  return
}

// -----

// A buffer read in a loop that also writes another: both live for the
// whole loop (the next iteration reads %a again), so no sharing.
// REMARK: remark: [fusion-plan-buffers] 2 buffers of 2048 bytes in one allocation of 2048 bytes
// CHECK-LABEL: func.func @loop
// CHECK: memref.view %{{.*}}[%c0{{.*}}][] : memref<2048xi8> to memref<256xf32>
// CHECK: memref.view %{{.*}}[%c1024{{.*}}][] : memref<2048xi8> to memref<256xf32>
func.func @loop(%x: memref<256xf32>, %out: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %a = memref.alloc() : memref<256xf32>
  %b = memref.alloc() : memref<256xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    linalg.copy ins(%x : memref<256xf32>) outs(%a : memref<256xf32>)
    linalg.copy ins(%a : memref<256xf32>) outs(%b : memref<256xf32>)
    linalg.add ins(%b, %x : memref<256xf32>, memref<256xf32>) outs(%out : memref<256xf32>)
  }
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  return
}

// -----

// Not planned: a returned buffer, one passed to a call, a dynamic one, one
// of 2^62 bytes; the one left alone is not worth a plan: nothing changes.
// REMARK-NOT: remark: {{.*}} 1 buffers
// CHECK-LABEL: func.func @escapes
// CHECK-NOT: memref.view
// CHECK: return
func.func private @keep(memref<16xf32>)
func.func @escapes(%n: index, %x: memref<16xf32>) -> memref<16xf32> {
  %r = memref.alloc() : memref<16xf32>
  %k = memref.alloc() : memref<16xf32>
  %d = memref.alloc(%n) : memref<?xf32>
  %t = memref.alloc() : memref<16xf32>
  %h = memref.alloc() : memref<1099511627776x1048576xf32>
  linalg.copy ins(%x : memref<16xf32>) outs(%t : memref<16xf32>)
  linalg.copy ins(%t : memref<16xf32>) outs(%r : memref<16xf32>)
  linalg.copy ins(%x : memref<16xf32>) outs(%k : memref<16xf32>)
  func.call @keep(%k) : (memref<16xf32>) -> ()
  memref.dealloc %k : memref<16xf32>
  memref.dealloc %d : memref<?xf32>
  memref.dealloc %t : memref<16xf32>
  memref.dealloc %h : memref<1099511627776x1048576xf32>
  return %r : memref<16xf32>
}

// -----

// Two buffers used in consecutive work-sharing loops of one team (each
// loop ends in a barrier): they share bytes. With a `nowait` loop the
// threads may be in both loops at once: the region is one live range.
// REMARK: remark: [fusion-plan-buffers] 2 buffers of 2048 bytes in one allocation of 1024 bytes
// REMARK: remark: [fusion-plan-buffers] 2 buffers of 2048 bytes in one allocation of 2048 bytes
// CHECK-LABEL: func.func @phases
// CHECK-COUNT-2: memref.view %{{.*}}[%c0{{.*}}][] : memref<1024xi8>
// CHECK-LABEL: func.func @nowait
// CHECK: memref.view %{{.*}}[%c0{{.*}}][] : memref<2048xi8>
// CHECK: memref.view %{{.*}}[%c1024{{.*}}][] : memref<2048xi8>
func.func @phases(%x: memref<256xf32>, %out: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c256 = arith.constant 256 : index
  %a = memref.alloc() : memref<256xf32>
  %b = memref.alloc() : memref<256xf32>
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %x[%i] : memref<256xf32>
        memref.store %v, %a[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %a[%i] : memref<256xf32>
        memref.store %v, %out[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %out[%i] : memref<256xf32>
        memref.store %v, %b[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  return
}
func.func @nowait(%x: memref<256xf32>, %out: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c256 = arith.constant 256 : index
  %a = memref.alloc() : memref<256xf32>
  %b = memref.alloc() : memref<256xf32>
  omp.parallel {
    omp.wsloop nowait {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %x[%i] : memref<256xf32>
        memref.store %v, %a[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %x[%i] : memref<256xf32>
        memref.store %v, %b[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  return
}

// -----

// A `nowait` single (fusion-merge-parallel-regions' border fills) runs
// beside the constructs after it, up to the next barrier (the loop's): %a,
// filled there, and %b, first written in the loop, do not share bytes,
// though %a is not used after the single. After that barrier, %c takes
// %a's bytes.
// REMARK: remark: [fusion-plan-buffers] 3 buffers of 3072 bytes in one allocation of 2048 bytes
// CHECK-LABEL: func.func @nowait_single
// CHECK: %[[A:.*]] = memref.view %{{.*}}[%c0{{.*}}][] : memref<2048xi8>
// CHECK: %[[B:.*]] = memref.view %{{.*}}[%c1024{{.*}}][] : memref<2048xi8>
// CHECK: %[[C:.*]] = memref.view %{{.*}}[%c0{{.*}}][] : memref<2048xi8>
// CHECK: omp.single nowait
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%[[A]] : memref<256xf32>)
func.func @nowait_single(%x: memref<256xf32>, %out: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c256 = arith.constant 256 : index
  %zero = arith.constant 0.0 : f32
  %a = memref.alloc() : memref<256xf32>
  %b = memref.alloc() : memref<256xf32>
  %c = memref.alloc() : memref<256xf32>
  omp.parallel {
    omp.single nowait {
      linalg.fill ins(%zero : f32) outs(%a : memref<256xf32>)
      omp.terminator
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %x[%i] : memref<256xf32>
        memref.store %v, %b[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %b[%i] : memref<256xf32>
        memref.store %v, %c[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c256) step (%c1) {
        %v = memref.load %c[%i] : memref<256xf32>
        memref.store %v, %out[%i] : memref<256xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  memref.dealloc %c : memref<256xf32>
  return
}

// -----

// A region of several blocks may run its blocks in any order: its buffers
// live across the whole op (no sharing). A buffer used in an omp.task (which
// may outlive the op) is not planned: one buffer is left, no plan.
// REMARK: remark: [fusion-plan-buffers] 2 buffers of 2048 bytes in one allocation of 2048 bytes
// REMARK-NOT: remark
// CHECK-LABEL: func.func @blocks
// CHECK: memref.view %{{.*}}[%c0{{.*}}][] : memref<2048xi8>
// CHECK: memref.view %{{.*}}[%c1024{{.*}}][] : memref<2048xi8>
// CHECK-LABEL: func.func @task
// CHECK-NOT: memref.view
// CHECK: return
func.func @blocks(%x: memref<256xf32>, %y: memref<256xf32>, %o1: memref<256xf32>, %o2: memref<256xf32>) {
  %a = memref.alloc() : memref<256xf32>
  %b = memref.alloc() : memref<256xf32>
  scf.execute_region {
    linalg.copy ins(%x : memref<256xf32>) outs(%b : memref<256xf32>)
    cf.br ^bb2
  ^bb1:
    linalg.copy ins(%b : memref<256xf32>) outs(%o1 : memref<256xf32>)
    scf.yield
  ^bb2:
    linalg.copy ins(%y : memref<256xf32>) outs(%a : memref<256xf32>)
    linalg.copy ins(%a : memref<256xf32>) outs(%o2 : memref<256xf32>)
    cf.br ^bb1
  }
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  return
}
func.func @task(%x: memref<256xf32>, %y: memref<256xf32>, %o1: memref<256xf32>, %o2: memref<256xf32>) {
  %a = memref.alloc() : memref<256xf32>
  %b = memref.alloc() : memref<256xf32>
  omp.parallel {
    omp.single {
      omp.task {
        linalg.copy ins(%x : memref<256xf32>) outs(%a : memref<256xf32>)
        linalg.copy ins(%a : memref<256xf32>) outs(%o1 : memref<256xf32>)
        omp.terminator
      }
      linalg.copy ins(%y : memref<256xf32>) outs(%b : memref<256xf32>)
      linalg.copy ins(%b : memref<256xf32>) outs(%o2 : memref<256xf32>)
      omp.terminator
    }
    omp.terminator
  }
  memref.dealloc %a : memref<256xf32>
  memref.dealloc %b : memref<256xf32>
  return
}
