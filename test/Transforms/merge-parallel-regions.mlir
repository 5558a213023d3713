// RUN: fuse-opt %s -split-input-file -fusion-merge-parallel-regions | FileCheck %s

// Two kernels' regions with host code between them (a buffer, its view,
// a border fill, a free): one team. The buffer is allocated and the view
// computed before the team, the fill runs on one thread (omp.single, whose
// closing barrier orders it before the second loop), the free after.
// CHECK-LABEL: func.func @gap
// CHECK: %[[B:.*]] = memref.alloc() : memref<18x16xf32>
// CHECK-NEXT: %[[V:.*]] = memref.subview %[[B]][0, 0] [1, 16] [1, 1]
// CHECK-NEXT: omp.parallel num_threads(%{{.*}} : i32) {
// CHECK-NEXT: %[[T:.*]] = memref.alloc() : memref<8xf32>
// CHECK-NEXT: omp.wsloop {
// CHECK: memref.dealloc %[[T]] : memref<8xf32>
// CHECK-NEXT: omp.single {
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%[[V]] : memref<1x16xf32, strided<[16, 1]>>)
// CHECK-NEXT: omp.terminator
// CHECK-NEXT: }
// CHECK-NEXT: omp.wsloop {
// CHECK: omp.terminator
// CHECK-NEXT: }
// CHECK-NEXT: memref.dealloc %[[TMP:.*]] : memref<16xf32>
// CHECK-NOT: omp.parallel
// CHECK: return %[[B]]
func.func @gap(%in: memref<16x16xf32>, %tmp: memref<16xf32>) -> memref<18x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %zero = arith.constant 0.0 : f32
  omp.parallel num_threads(%n : i32) {
    %t = memref.alloc() : memref<8xf32>
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i, %c0] : memref<16x16xf32>
        memref.store %v, %tmp[%i] : memref<16xf32>
        omp.yield
      }
    }
    memref.dealloc %t : memref<8xf32>
    omp.terminator
  }
  %b = memref.alloc() : memref<18x16xf32>
  %top = memref.subview %b[0, 0] [1, 16] [1, 1] : memref<18x16xf32> to memref<1x16xf32, strided<[16, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16xf32, strided<[16, 1]>>)
  memref.dealloc %tmp : memref<16xf32>
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i, %c1] : memref<16x16xf32>
        %i1 = arith.addi %i, %c1 : index
        memref.store %v, %b[%i1, %c0] : memref<18x16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return %b : memref<18x16xf32>
}

// -----

// Adjacent regions, and `num_threads` given by equal constants: one team
// whose work-sharing loops follow each other (each ends in a barrier).
// CHECK-LABEL: func.func @three
// CHECK: omp.parallel
// CHECK-NEXT: omp.wsloop
// CHECK: omp.wsloop
// CHECK: omp.wsloop
// CHECK-NOT: omp.parallel
// CHECK: return
func.func @three(%a: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %m = arith.constant 2 : i32
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  omp.parallel num_threads(%m : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %a[%i] : memref<16xf32>
        %w = arith.addf %v, %one : f32
        memref.store %w, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %a[%i] : memref<16xf32>
        %w = arith.mulf %v, %v : f32
        memref.store %w, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// Not merged: the host code's value (a load) is used after it, outside the
// omp.single that would run it.
// CHECK-LABEL: func.func @value_leaves_single
// CHECK: omp.parallel
// CHECK: omp.terminator
// CHECK-NEXT: }
// CHECK-NEXT: memref.load
// CHECK-NEXT: omp.parallel
// CHECK-NOT: omp.single
func.func @value_leaves_single(%a: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  %s = memref.load %a[%c0] : memref<16xf32>
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %s, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// Not merged: a buffer whose size the host code computes (it cannot be
// allocated before the first region), and different thread counts.
// CHECK-LABEL: func.func @dynamic_buffer
// CHECK-COUNT-2: omp.parallel
// CHECK-NOT: omp.single
// CHECK-LABEL: func.func @other_thread_count
// CHECK-COUNT-2: omp.parallel
func.func @dynamic_buffer(%a: memref<16xf32>, %sizes: memref<1xindex>) -> memref<?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %c16, %sizes[%c0] : memref<1xindex>
        omp.yield
      }
    }
    omp.terminator
  }
  %size = memref.load %sizes[%c0] : memref<1xindex>
  %b = memref.alloc(%size) : memref<?xf32>
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %b[%i] : memref<?xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return %b : memref<?xf32>
}
func.func @other_thread_count(%a: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %m = arith.constant 4 : i32
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  omp.parallel num_threads(%m : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// Not plain teams, so not merged: every thread writes shared memory outside
// a work-sharing loop (merging would not order it against the next loop),
// and a `nowait` loop, which ends in no barrier. The last two regions are
// merged: the call (memory effects unknown) runs in an omp.single.
// CHECK-LABEL: func.func @not_plain
// CHECK: omp.parallel
// CHECK-NEXT: memref.store
// CHECK: omp.parallel
// CHECK-NEXT: omp.wsloop nowait
// CHECK: omp.parallel
// CHECK-NEXT: omp.wsloop {
// CHECK: omp.single {
// CHECK-NEXT: func.call @opaque
// CHECK: omp.wsloop {
// CHECK-NOT: omp.parallel
// CHECK: return
func.func @not_plain(%a: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    memref.store %one, %a[%c0] : memref<16xf32>
    omp.terminator
  }
  omp.parallel num_threads(%n : i32) {
    omp.wsloop nowait {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  func.call @opaque(%a) : (memref<16xf32>) -> ()
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}
func.func private @opaque(memref<16xf32>)

// -----

// No parallel region; an empty block (scf.forall's terminator region) is
// passed over (fuse-fuzz found the pass looping on it).
// CHECK-LABEL: func.func @empty_block
// CHECK: scf.forall
// CHECK: return
func.func @empty_block(%out: memref<4xf32>) {
  scf.forall (%i) in (4) {
  }
  return
}

// -----

// num_threads given as equal constants of different widths: merged. An
// orphaned work-sharing loop between two regions would bind to the team
// (each thread running part of it): not merged.
// CHECK-LABEL: func.func @widths
// CHECK-COUNT-1: omp.parallel
// CHECK-NOT: omp.parallel
// CHECK-LABEL: func.func @orphaned_loop
// CHECK: omp.parallel
// CHECK: omp.terminator
// CHECK-NEXT: }
// CHECK-NEXT: omp.wsloop
// CHECK: omp.parallel
func.func @widths(%a: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %m = arith.constant 2 : i64
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  omp.parallel num_threads(%m : i64) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}
func.func @orphaned_loop(%a: memref<16xf32>, %b: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %one = arith.constant 1.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        memref.store %one, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  omp.wsloop {
    omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
      memref.store %one, %b[%i] : memref<16xf32>
      omp.yield
    }
  }
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %b[%i] : memref<16xf32>
        memref.store %v, %a[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// The host code is only fills (a pad's border) of memory that the next
// loop does not touch (it writes the interior, a subview disjoint from
// both): each fill is an `omp.single nowait`, which a thread takes and the
// others pass; the loop's closing barrier orders them before the reads.
// CHECK-LABEL: func.func @border_fills
// CHECK: omp.parallel
// CHECK: omp.wsloop {
// CHECK: omp.single nowait {
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%[[TOP:.*]] : memref<1x16xf32, strided<[16, 1]>>)
// CHECK-NEXT: omp.terminator
// CHECK: omp.single nowait {
// CHECK-NEXT: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : memref<1x16xf32, strided<[16, 1], offset: 272>>)
// CHECK-NEXT: omp.terminator
// CHECK-NEXT: }
// CHECK-NEXT: omp.wsloop {
// CHECK-NOT: omp.single
// CHECK: return
func.func @border_fills(%in: memref<16x16xf32>) -> memref<18x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %zero = arith.constant 0.0 : f32
  %tmp = memref.alloc() : memref<16xf32>
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i, %c0] : memref<16x16xf32>
        memref.store %v, %tmp[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  %b = memref.alloc() : memref<18x16xf32>
  %top = memref.subview %b[0, 0] [1, 16] [1, 1] : memref<18x16xf32> to memref<1x16xf32, strided<[16, 1]>>
  %bottom = memref.subview %b[17, 0] [1, 16] [1, 1] : memref<18x16xf32> to memref<1x16xf32, strided<[16, 1], offset: 272>>
  %interior = memref.subview %b[1, 0] [16, 16] [1, 1] : memref<18x16xf32> to memref<16x16xf32, strided<[16, 1], offset: 16>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16xf32, strided<[16, 1]>>)
  linalg.fill ins(%zero : f32) outs(%bottom : memref<1x16xf32, strided<[16, 1], offset: 272>>)
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %row = memref.subview %interior[%i, 0] [1, 16] [1, 1] : memref<16x16xf32, strided<[16, 1], offset: 16>> to memref<1x16xf32, strided<[16, 1], offset: ?>>
        %v = memref.load %tmp[%i] : memref<16xf32>
        linalg.fill ins(%v : f32) outs(%row : memref<1x16xf32, strided<[16, 1], offset: ?>>)
        omp.yield
      }
    }
    omp.terminator
  }
  memref.dealloc %tmp : memref<16xf32>
  return %b : memref<18x16xf32>
}

// -----

// Fills that the next loop may touch stay in one single, whose closing
// barrier orders them before it: a loop that reads the filled buffer
// through a view that overlaps the fill (rows 0-7 against row 0), one that
// writes the whole buffer (not a subview whose box is known), one that
// writes it through a transpose made before the team (not a view whose box
// is known: it may be any memory), and one that passes a disjoint subview
// to a call (which may read past its view).
// CHECK-LABEL: func.func @fill_then_read
// CHECK: omp.single {
// CHECK-NEXT: linalg.fill
// CHECK-NEXT: omp.terminator
// CHECK-LABEL: func.func @fill_then_whole
// CHECK: omp.single {
// CHECK-NEXT: linalg.fill
// CHECK-NEXT: omp.terminator
// CHECK-LABEL: func.func @fill_then_transposed
// CHECK: omp.single {
// CHECK-NEXT: linalg.fill
// CHECK-NEXT: omp.terminator
// CHECK-LABEL: func.func @fill_then_call
// CHECK: omp.single {
// CHECK-NEXT: linalg.fill
// CHECK-NEXT: omp.terminator
func.func @fill_then_read(%in: memref<16xf32>, %out: memref<16xf32>) -> memref<18x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %n = arith.constant 2 : i32
  %zero = arith.constant 0.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c8) step (%c1) {
        %v = memref.load %in[%i] : memref<16xf32>
        memref.store %v, %out[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  %b = memref.alloc() : memref<18x16xf32>
  %top = memref.subview %b[0, 0] [1, 16] [1, 1] : memref<18x16xf32> to memref<1x16xf32, strided<[16, 1]>>
  %upper = memref.subview %b[0, 0] [8, 16] [1, 1] : memref<18x16xf32> to memref<8x16xf32, strided<[16, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16xf32, strided<[16, 1]>>)
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c8) step (%c1) {
        %v = memref.load %upper[%i, %c0] : memref<8x16xf32, strided<[16, 1]>>
        memref.store %v, %out[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return %b : memref<18x16xf32>
}
func.func @fill_then_whole(%in: memref<16xf32>, %out: memref<16xf32>) -> memref<18x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %zero = arith.constant 0.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i] : memref<16xf32>
        memref.store %v, %out[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  %b = memref.alloc() : memref<18x16xf32>
  %top = memref.subview %b[0, 0] [1, 16] [1, 1] : memref<18x16xf32> to memref<1x16xf32, strided<[16, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16xf32, strided<[16, 1]>>)
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i] : memref<16xf32>
        %i1 = arith.addi %i, %c1 : index
        memref.store %v, %b[%i1, %c0] : memref<18x16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return %b : memref<18x16xf32>
}
func.func @fill_then_transposed(%in: memref<16xf32>, %out: memref<16xf32>) -> memref<16x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %zero = arith.constant 0.0 : f32
  %b = memref.alloc() : memref<16x16xf32>
  %bt = memref.transpose %b (d0, d1) -> (d1, d0) : memref<16x16xf32> to memref<16x16xf32, strided<[1, 16]>>
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i] : memref<16xf32>
        memref.store %v, %out[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  %top = memref.subview %b[0, 0] [1, 16] [1, 1] : memref<16x16xf32> to memref<1x16xf32, strided<[16, 1]>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16xf32, strided<[16, 1]>>)
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i] : memref<16xf32>
        memref.store %v, %bt[%i, %c0] : memref<16x16xf32, strided<[1, 16]>>
        omp.yield
      }
    }
    omp.terminator
  }
  return %b : memref<16x16xf32>
}
func.func private @row_kernel(memref<1x16xf32, strided<[16, 1], offset: ?>>)
func.func @fill_then_call(%in: memref<16xf32>, %out: memref<16xf32>) -> memref<18x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %n = arith.constant 2 : i32
  %zero = arith.constant 0.0 : f32
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %v = memref.load %in[%i] : memref<16xf32>
        memref.store %v, %out[%i] : memref<16xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  %b = memref.alloc() : memref<18x16xf32>
  %top = memref.subview %b[0, 0] [1, 16] [1, 1] : memref<18x16xf32> to memref<1x16xf32, strided<[16, 1]>>
  %interior = memref.subview %b[1, 0] [16, 16] [1, 1] : memref<18x16xf32> to memref<16x16xf32, strided<[16, 1], offset: 16>>
  linalg.fill ins(%zero : f32) outs(%top : memref<1x16xf32, strided<[16, 1]>>)
  omp.parallel num_threads(%n : i32) {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%c16) step (%c1) {
        %row = memref.subview %interior[%i, 0] [1, 16] [1, 1] : memref<16x16xf32, strided<[16, 1], offset: 16>> to memref<1x16xf32, strided<[16, 1], offset: ?>>
        func.call @row_kernel(%row) : (memref<1x16xf32, strided<[16, 1], offset: ?>>) -> ()
        omp.yield
      }
    }
    omp.terminator
  }
  return %b : memref<18x16xf32>
}
