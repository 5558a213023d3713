// RUN: fuse-opt %s -split-input-file -fusion-hoist-loop-buffers | FileCheck %s

// A tile temporary (a tile's accumulator that the epilogue reads) is
// allocated once in front of the sequential tile loops, not once per tile.
// CHECK-LABEL: func.func @tile_temporary
// CHECK: %[[T:.*]] = memref.alloc() : memref<8xf32>
// CHECK-NEXT: scf.for
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.alloc
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[T]] : memref<8xf32>)
func.func @tile_temporary(%out: memref<4x4x8xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c4 step %c1 {
    scf.for %j = %c0 to %c4 step %c1 {
      %t = memref.alloc() : memref<8xf32>
      linalg.fill ins(%zero : f32) outs(%t : memref<8xf32>)
      %o = memref.subview %out[%i, %j, 0] [1, 1, 8] [1, 1, 1] : memref<4x4x8xf32> to memref<8xf32, strided<[1], offset: ?>>
      memref.copy %t, %o : memref<8xf32> to memref<8xf32, strided<[1], offset: ?>>
    }
  }
  return
}

// -----

// Not hoisted: the buffer is carried to the next iteration (yielded), or
// its size is known only at run time.
// CHECK-LABEL: func.func @carried_or_dynamic
// CHECK: scf.for
// CHECK: memref.alloc() : memref<8xf32>
// CHECK: scf.yield
// CHECK: scf.for
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
func.func @carried_or_dynamic(%init: memref<8xf32>, %n: index) -> memref<8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %init) -> memref<8xf32> {
    %t = memref.alloc() : memref<8xf32>
    memref.copy %acc, %t : memref<8xf32> to memref<8xf32>
    scf.yield %t : memref<8xf32>
  }
  scf.for %i = %c0 to %c4 step %c1 {
    %d = memref.alloc(%n) : memref<?xf32>
    linalg.fill ins(%zero : f32) outs(%d : memref<?xf32>)
  }
  return %r : memref<8xf32>
}

// -----

// Each thread keeps its own: the buffer leaves the sequential loop inside
// an scf.forall, not the forall.
// CHECK-LABEL: func.func @parallel_tiles
// CHECK: scf.forall
// CHECK-NEXT: %[[T:.*]] = memref.alloc() : memref<8xf32>
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.alloc
func.func @parallel_tiles(%out: memref<4x4x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  scf.forall (%i) in (4) {
    scf.for %j = %c0 to %c4 step %c1 {
      %t = memref.alloc() : memref<8xf32>
      linalg.fill ins(%zero : f32) outs(%t : memref<8xf32>)
      %o = memref.subview %out[%i, %j, 0] [1, 1, 8] [1, 1, 1] : memref<4x4x8xf32> to memref<8xf32, strided<[1], offset: ?>>
      memref.copy %t, %o : memref<8xf32> to memref<8xf32, strided<[1], offset: ?>>
    }
  }
  return
}

// -----

// Not hoisted: freed in the loop (hoisted, it would be freed once per
// iteration), or passed to an op not known to only read and write it.
// CHECK-LABEL: func.func @freed_or_unknown
// CHECK: scf.for
// CHECK-NEXT: memref.alloc() : memref<16xf32>
// CHECK: memref.dealloc
// CHECK: scf.for
// CHECK-NEXT: memref.alloc() : memref<16xf32>
// CHECK: memref.extract_aligned_pointer_as_index
func.func @freed_or_unknown(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %n step %c1 {
    %a = memref.alloc() : memref<16xf32>
    linalg.fill ins(%zero : f32) outs(%a : memref<16xf32>)
    memref.dealloc %a : memref<16xf32>
  }
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%s = %c0) -> index {
    %b = memref.alloc() : memref<16xf32>
    %p = memref.extract_aligned_pointer_as_index %b : memref<16xf32> -> index
    %t = arith.addi %s, %p : index
    scf.yield %t : index
  }
  return %r : index
}

// -----

// After convert-scf-to-openmp: a temporary of the work-sharing loop's
// iterations, freed at the end of each, is allocated once per thread at
// the start of the parallel region and freed at its end.
// CHECK-LABEL: func.func @thread_temporary
// CHECK: omp.parallel {
// CHECK-NEXT: %[[T:.*]] = memref.alloc() : memref<8xf32>
// CHECK-NEXT: omp.wsloop {
// CHECK-NEXT: omp.loop_nest
// CHECK-NOT: memref.alloc
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[T]] : memref<8xf32>)
// CHECK-NOT: memref.dealloc
// CHECK: omp.yield
// CHECK: memref.dealloc %[[T]] : memref<8xf32>
// CHECK-NEXT: omp.terminator
func.func @thread_temporary(%out: memref<16x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %t = memref.alloc() : memref<8xf32>
        linalg.fill ins(%zero : f32) outs(%t : memref<8xf32>)
        %o = memref.subview %out[%i, 0] [1, 8] [1, 1] : memref<16x8xf32> to memref<8xf32, strided<[1], offset: ?>>
        memref.copy %t, %o : memref<8xf32> to memref<8xf32, strided<[1], offset: ?>>
        memref.dealloc %t : memref<8xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// Not moved out of the work-sharing loop: a buffer not freed in the
// iteration (its pointer may be kept), one passed to a call, one of a size
// known only at run time, one freed in a nested block (not in every
// iteration).
// CHECK-LABEL: func.func @thread_negatives
// CHECK: omp.parallel {
// CHECK-NEXT: omp.wsloop {
// CHECK-NEXT: omp.loop_nest
// CHECK-NEXT: memref.alloc() : memref<8xf32>
// CHECK: memref.alloc() : memref<4xf32>
// CHECK: call @keep
// CHECK: memref.dealloc
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
// CHECK: memref.dealloc
// CHECK: memref.alloc() : memref<2xf32>
// CHECK: scf.if
// CHECK: memref.dealloc
// CHECK: omp.yield
func.func private @keep(memref<4xf32>)
func.func @thread_negatives(%out: memref<16x8xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %kept = memref.alloc() : memref<8xf32>
        linalg.fill ins(%zero : f32) outs(%kept : memref<8xf32>)
        %called = memref.alloc() : memref<4xf32>
        func.call @keep(%called) : (memref<4xf32>) -> ()
        memref.dealloc %called : memref<4xf32>
        %dyn = memref.alloc(%n) : memref<?xf32>
        linalg.fill ins(%zero : f32) outs(%dyn : memref<?xf32>)
        memref.dealloc %dyn : memref<?xf32>
        %cond = arith.cmpi eq, %i, %c0 : index
        %freed_if = memref.alloc() : memref<2xf32>
        scf.if %cond {
          memref.dealloc %freed_if : memref<2xf32>
        }
        omp.yield
      }
    }
    omp.terminator
  }
  return
}
