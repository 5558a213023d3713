// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups="forall=true threads=2" -verify-diagnostics | FileCheck %s

// fusion-lower-groups{threads=2} (splitTilesForThreads): a group whose tiles
// would be fewer than the threads, though its ops run at least 8192
// iterations per thread, has its widest tiled parallel loop split. A global
// average pool over 240 channels (the whole channel loop was one tile of
// 240): two tiles of 120 channels.
// CHECK-LABEL: func.func @global_pool
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (1, 240) step (1, 120)
func.func @global_pool(%x: tensor<1x14x14x240xf32>) -> tensor<1x240xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x240xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x240xf32>) -> tensor<1x240xf32>
  // expected-remark @below {{1 tile(s) for 2 threads: loop 1 split into tiles of 120}}
  // expected-remark @below {{formed a reduction group: linalg.fill + linalg.generic}}
  %s = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, h, w, c)>, affine_map<(n, c, h, w) -> (n, c)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%x : tensor<1x14x14x240xf32>) outs(%f : tensor<1x240xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %a = arith.addf %in, %acc : f32
    linalg.yield %a : f32
  } -> tensor<1x240xf32>
  return %s : tensor<1x240xf32>
}

// -----

// A classifier (1x1024 by 1024x1000): 500 is no multiple of 8 (a vector
// remainder in every tile); 5 tiles of 200 are, but leave one of two
// threads idle for the last; 25 tiles of 40 keep both busy. With 4
// threads no multiple of 8 of 32 or more gives a balanced count (25 tiles
// of 40: 7 rounds for 6.25 rounds of work; 5 of 200: 2 rounds for 1.25), so
// a balance beats whole vectors: 4 tiles of 250.
// CHECK-LABEL: func.func @classifier
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (1, 1000) step (1, 40)
// FOUR: remark: [fusion-select-lowering-strategy] 1 tile(s) for 4 threads: loop 1 split into tiles of 250
// FOUR-LABEL: func.func @classifier
// FOUR: step (1, 250)
func.func @classifier(%x: tensor<1x1024xf32>, %w: tensor<1024x1000xf32>) -> tensor<1x1000xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x1000xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  // expected-remark @below {{1 tile(s) for 2 threads: loop 1 split into tiles of 40}}
  // expected-remark @below {{formed a contraction group: linalg.fill + linalg.matmul}}
  %m = linalg.matmul ins(%x, %w : tensor<1x1024xf32>, tensor<1024x1000xf32>) outs(%f : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %m : tensor<1x1000xf32>
}

// -----

// Negative: a squeeze-excite matvec (240 x 64 = 15360 iterations, under
// 8192 per thread) stays one tile: a parallel region would cost more than
// the second thread gains.
// CHECK-LABEL: func.func @small_matvec
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (1, 64) step (1, 64)
func.func @small_matvec(%x: tensor<1x240xf32>, %w: tensor<240x64xf32>) -> tensor<1x64xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x64xf32>) -> tensor<1x64xf32>
  // expected-remark @below {{formed a contraction group: linalg.fill + linalg.matmul}}
  %m = linalg.matmul ins(%x, %w : tensor<1x240xf32>, tensor<240x64xf32>) outs(%f : tensor<1x64xf32>) -> tensor<1x64xf32>
  return %m : tensor<1x64xf32>
}

// -----

// Negative: 13 channels have no divisor that leaves tiles of 8 or more:
// one tile, as before (a tile of one channel would leave no vector), with
// 2 threads and with 4.
// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups="forall=true threads=4" 2>&1 | FileCheck %s --check-prefix=FOUR
// FOUR-LABEL: func.func @prime_channels
// FOUR-NOT: split into tiles
// FOUR: step (1, 13)
// CHECK-LABEL: func.func @prime_channels
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (1, 13) step (1, 13)
func.func @prime_channels(%x: tensor<1x64x64x13xf32>) -> tensor<1x13xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x13xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x13xf32>) -> tensor<1x13xf32>
  // expected-remark @below {{formed a reduction group: linalg.fill + linalg.generic}}
  %s = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, h, w, c)>, affine_map<(n, c, h, w) -> (n, c)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%x : tensor<1x64x64x13xf32>) outs(%f : tensor<1x13xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %a = arith.addf %in, %acc : f32
    linalg.yield %a : f32
  } -> tensor<1x13xf32>
  return %s : tensor<1x13xf32>
}

// -----

// Negative: tiles enough for the threads already (rows of 8: 8 tiles).
// CHECK-LABEL: func.func @many_tiles
// CHECK: scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 1024) step (8, 1024)
func.func @many_tiles(%x: tensor<64x1024xf32>) -> tensor<64x1024xf32> {
  %e = tensor.empty() : tensor<64x1024xf32>
  // expected-remark @below {{formed a single group: linalg.negf}}
  %n = linalg.negf ins(%x : tensor<64x1024xf32>) outs(%e : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  return %n : tensor<64x1024xf32>
}

// -----

// Tiles enough for the threads, but not a balanced count: a 1x1
// convolution on a 7x7 map (MobileNetV3-small's last blocks) has one tile
// per row, 7 rows that two threads run 4 and 3. Its channels are split too:
// 14 tiles, 7 each. With 4 threads: 28 tiles of 144 channels (14 and 21
// tiles would still leave threads idle in the last round).
// CHECK-LABEL: func.func @rows_7x7
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) = (0, 0, 0, 0) to (1, 7, 7, 576) step (1, 1, 7, 288)
// FOUR: remark: [fusion-select-lowering-strategy] 7 tile(s) for 4 threads: loop 3 split into tiles of 144
func.func @rows_7x7(%x: tensor<1x7x7x96xf32>, %w: tensor<1x1x96x576xf32>) -> tensor<1x7x7x576xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x7x7x576xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x7x7x576xf32>) -> tensor<1x7x7x576xf32>
  // expected-remark @below {{7 tile(s) for 2 threads: loop 3 split into tiles of 288}}
  // expected-remark @below {{formed a contraction group: linalg.fill + linalg.conv_2d_nhwc_hwcf}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x7x7x96xf32>, tensor<1x1x96x576xf32>) outs(%f : tensor<1x7x7x576xf32>) -> tensor<1x7x7x576xf32>
  return %c : tensor<1x7x7x576xf32>
}

// -----

// Negative: the same convolution on a 14x14 map has 14 row tiles, a
// balanced count already.
// CHECK-LABEL: func.func @rows_14x14
// CHECK: step (1, 1, 7, 576)
func.func @rows_14x14(%x: tensor<1x14x14x96xf32>, %w: tensor<1x1x96x576xf32>) -> tensor<1x14x14x576xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x14x14x576xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
  // expected-remark @below {{formed a contraction group: linalg.fill + linalg.conv_2d_nhwc_hwcf}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x14x14x96xf32>, tensor<1x1x96x576xf32>) outs(%f : tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
  return %c : tensor<1x14x14x576xf32>
}

// -----

// Negative: 7 unbalanced row tiles of 48 channels, which would split only
// into tiles of 24 (under the 32 of a balanced split): a further split
// must be balanced, so none is made.
// CHECK-LABEL: func.func @rows_7x7_narrow
// CHECK: step (1, 1, 7, 48)
func.func @rows_7x7_narrow(%x: tensor<1x7x7x96xf32>, %w: tensor<1x1x96x48xf32>) -> tensor<1x7x7x48xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x7x7x48xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x7x7x48xf32>) -> tensor<1x7x7x48xf32>
  // expected-remark @below {{formed a contraction group: linalg.fill + linalg.conv_2d_nhwc_hwcf}}
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x7x7x96xf32>, tensor<1x1x96x48xf32>) outs(%f : tensor<1x7x7x48xf32>) -> tensor<1x7x7x48xf32>
  return %c : tensor<1x7x7x48xf32>
}

// -----

// Without threads (the default, or threads=1) nothing is split.
// RUN: fuse-opt %s -split-input-file -fusion-form-groups -fusion-lower-groups="forall=true" 2>&1 | FileCheck %s --check-prefix=ONE
// ONE-NOT: split into tiles
// ONE-LABEL: func.func @global_pool
// ONE: step (1, 240)
// ONE-LABEL: func.func @classifier
// ONE: step (1, 1000)
