// Batch norm folded into its producer computes what the unfused program
// computes: constant weights (folded at compile time, f64), weights given
// at run time (scaled at run time), NCHW and NHWC convolutions, a matmul,
// with ReLU after; and a ResNet-sized layer (3x3 conv, 64 channels, 56x56).
// RUN: fuse-run %s --entry=nchw_const --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=nhwc_runtime --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=matmul_const --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-5 | FileCheck %s
// RUN: fuse-run %s --entry=resnet_layer --compare='fusion-to-llvm{fuse=false}' --rtol=1e-4 --atol=1e-4 | FileCheck %s
// RUN: fuse-opt %s --fusion-fold-batchnorm -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// CHECK: compare: 'fusion-to-llvm{fuse=false}' max abs err {{[0-9.e-]+}}, {{.*}}: OK
// REMARK-COUNT-4: folded batch norm into
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @relu4(%t: tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %d0 = tensor.dim %t, %c0 : tensor<?x?x?x?xf32>
  %d1 = tensor.dim %t, %c1 : tensor<?x?x?x?xf32>
  %d2 = tensor.dim %t, %c2 : tensor<?x?x?x?xf32>
  %d3 = tensor.dim %t, %c3 : tensor<?x?x?x?xf32>
  %e = tensor.empty(%d0, %d1, %d2, %d3) : tensor<?x?x?x?xf32>
  %r = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%t : tensor<?x?x?x?xf32>) outs(%e : tensor<?x?x?x?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  } -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}
func.func @nchw_const(%x: tensor<2x3x10x10xf32>) -> tensor<2x4x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[[[ 0.017096383,  0.67987376 ,  0.61236054 ],   [-0.25515354 , -0.14898476 , -0.2636921  ],   [ 0.28486317 , -0.028032219,  0.3734428  ]],  [[-0.9236624  ,  0.7832744  , -0.04821608 ],   [ 0.34018922 , -0.06828317 , -0.18954928 ],   [ 0.23155507 ,  0.41225678 , -0.10126494 ]],  [[-0.07639309 ,  0.3428493  , -0.43517032 ],   [-0.7571918  ,  0.19749093 , -0.33528292 ],   [-0.96017027 , -0.40702683 , -0.23379877 ]]], [[[-0.59660125 , -0.7462319  ,  0.018318914],   [ 0.44862464 , -0.11656604 , -0.371798   ],   [ 0.19249691 ,  0.3586179  , -0.1500053  ]],  [[ 0.2723339  ,  0.52143776 , -0.103478216],   [-0.40675777 ,  0.1738253  ,  0.12377287 ],   [ 0.5494064  , -0.6422904  , -0.33080646 ]],  [[-0.41908348 , -0.86700743 ,  0.063217275],   [ 0.2639021  , -0.36939502 ,  0.6928235  ],   [ 0.41096216 ,  0.31368825 ,  0.20085354 ]]], [[[ 0.4778348  , -0.66598994 ,  0.3069648  ],   [ 0.3013884  , -0.8838593  ,  0.17351505 ],   [-0.12521067 ,  0.39076135 , -0.21953109 ]],  [[-0.009120429,  0.17142576 , -0.43813086 ],   [ 0.29929832 , -0.052481595,  0.24624132 ],   [-0.26091877 ,  0.5431008  ,  0.30260098 ]],  [[-0.08901251 ,  0.3159786  ,  0.62987757 ],   [ 0.89558774 , -0.78678817 ,  0.4415659  ],   [ 0.23253426 , -0.04693039 , -0.5033325  ]]], [[[ 0.6285943  , -0.630869   ,  0.28347275 ],   [ 0.650934   , -0.79983467 , -0.15125892 ],   [-0.6546084  ,  0.122027054,  0.75718755 ]],  [[ 1.011778   , -0.8890572  , -0.2874745  ],   [ 0.35177255 ,  0.7896863  ,  0.21060532 ],   [-0.373076   ,  0.14856575 , -0.008309601]],  [[-0.10187036 , -0.36723554 ,  0.19362988 ],   [ 0.15393981 , -0.046492063, -0.11084397 ],   [-0.64245826 , -0.24308783 ,  0.6032248  ]]]]> : tensor<4x3x3x3xf32>
  %g = arith.constant dense<[0.6440154 , 0.74431443, 0.8572197 , 0.5608867 ]> : tensor<4xf32>
  %b = arith.constant dense<[ 0.42161742 ,  0.012502434, -0.092276916, -0.28952894 ]> : tensor<4xf32>
  %m = arith.constant dense<[ 0.3971515 ,  0.77085346, -0.24628048, -0.1941263 ]> : tensor<4xf32>
  %v = arith.constant dense<[0.49590376, 1.2439464 , 1.3828671 , 0.8521611 ]> : tensor<4xf32>
  %e = tensor.empty() : tensor<2x4x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<2x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%f : tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v {epsilon = 1.0e-05 : f64} : tensor<2x4x8x8xf32>, tensor<4xf32>
  %yd = tensor.cast %y : tensor<2x4x8x8xf32> to tensor<?x?x?x?xf32>
  %r = func.call @relu4(%yd) : (tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
  %rs = tensor.cast %r : tensor<?x?x?x?xf32> to tensor<2x4x8x8xf32>
  return %rs : tensor<2x4x8x8xf32>
}
func.func @nhwc_runtime(%x: tensor<1x9x9x3xf32>, %w: tensor<3x3x3x4xf32>) -> tensor<1x7x7x4xf32> {
  %bias = arith.constant 0.25 : f32
  %g = arith.constant dense<[0.6440154 , 0.74431443, 0.8572197 , 0.5608867 ]> : tensor<4xf32>
  %b = arith.constant dense<[ 0.42161742 ,  0.012502434, -0.092276916, -0.28952894 ]> : tensor<4xf32>
  %m = arith.constant dense<[ 0.3971515 ,  0.77085346, -0.24628048, -0.1941263 ]> : tensor<4xf32>
  %v = arith.constant dense<[0.49590376, 1.2439464 , 1.3828671 , 0.8521611 ]> : tensor<4xf32>
  %e = tensor.empty() : tensor<1x7x7x4xf32>
  %f = linalg.fill ins(%bias : f32) outs(%e : tensor<1x7x7x4xf32>) -> tensor<1x7x7x4xf32>
  %c = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x9x9x3xf32>, tensor<3x3x3x4xf32>) outs(%f : tensor<1x7x7x4xf32>) -> tensor<1x7x7x4xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v {epsilon = 1.0e-03 : f64, channel_axis = 3 : i64} : tensor<1x7x7x4xf32>, tensor<4xf32>
  return %y : tensor<1x7x7x4xf32>
}
func.func @matmul_const(%x: tensor<5x16xf32>) -> tensor<5x8xf32> {
  %zero = arith.constant 0.0 : f32
  %w = arith.constant dense<[[ 0.057587665 ,  0.32844552  ,  0.0066202767,  0.27567303  ,  -0.12596667  ,  0.09833956  , -0.6414677   , -0.43498442  ], [ 0.23877402  , -0.17704482  ,  0.17397448  ,  0.16270328  ,   0.39668366  ,  0.24355772  ,  0.3050974   , -0.033501398 ], [-0.20948555  , -0.21946764  , -0.14641318  , -0.33894873  ,  -0.16423307  , -0.027770715 ,  0.07548359  , -0.10166724  ], [-0.57710487  , -0.021684887 ,  0.06760374  ,  0.32534268  ,   0.17335917  , -0.1930682   , -0.21713297  ,  0.6031793   ], [ 0.22699139  ,  0.5494319   ,  0.63883334  , -0.2454251   ,   0.11558079  ,  0.1374501   ,  0.16788366  ,  0.16257067  ], [ 0.060616393 ,  0.052238774 , -0.45075     , -0.049620356 ,  -0.22428592  ,  0.03782619  , -0.14026389  ,  0.18555622  ], [ 0.24572271  ,  0.09260771  ,  0.09485044  ,  0.027884005 ,  -0.13433936  , -0.04935038  , -0.14869381  ,  0.11639614  ], [ 0.0042340234,  0.17438737  , -0.3985945   ,  0.26633367  ,  -0.22880886  , -0.22028466  , -0.059232894 , -0.16901538  ], [ 0.08733756  , -0.17224944  , -0.32084328  , -0.25374085  ,   0.393595    ,  0.013277499 , -0.3502591   ,  0.002513221 ], [-0.4667839   ,  0.53686994  , -0.45734346  ,  0.14362581  ,   0.1630877   , -0.43500233  ,  0.09008296  ,  0.2991516   ], [ 0.14027259  ,  0.07830488  ,  0.284729    ,  0.048271365 ,   0.100927584 , -0.038013466 ,  0.18954171  , -0.28241524  ], [ 0.23752898  , -0.15159047  , -0.327196    ,  0.10957468  ,   0.50788665  ,  0.28850347  , -0.15469494  ,  0.2094179   ], [-0.13626273  , -0.037205838 ,  0.026858548 , -0.69516546  ,   0.05748443  , -0.30888274  , -0.20921959  , -0.44231713  ], [-0.45496747  , -0.2829793   ,  0.24767919  ,  0.4998124   ,  -0.007561531 ,  0.32753727  , -0.079194196 , -0.5735918   ], [ 0.044974986 ,  0.13369448  , -0.12858497  ,  0.09066727  ,   0.17176688  , -0.25902227  , -0.44305024  , -0.06637625  ], [-0.06331816  , -0.10579897  ,  0.29617402  ,  0.51767665  ,  -0.12499411  ,  0.20966601  ,  0.28227934  ,  0.21394692  ]]> : tensor<16x8xf32>
  %g = arith.constant dense<[1.3091999, 1.415406 , 0.948025 , 0.6173848, 1.4024916, 1.3703699, 1.4676102, 1.0939789]> : tensor<8xf32>
  %b = arith.constant dense<[ 0.1215425  ,  0.25247607 ,  0.073797256, -0.11268014 ,  0.3086161  , -0.2499534  ,  0.10068501 , -0.003235115]> : tensor<8xf32>
  %m = arith.constant dense<[-0.35809973,  0.3658349 ,  0.10436628, -0.35003945,  0.18051851, -0.12948012, -0.57083654, -0.20667154]> : tensor<8xf32>
  %v = arith.constant dense<[0.5861445 , 1.3099712 , 0.9782302 , 0.5162062 , 0.35503536, 0.96521443, 1.2913864 , 1.1820027 ]> : tensor<8xf32>
  %e = tensor.empty() : tensor<5x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<5x8xf32>) -> tensor<5x8xf32>
  %c = linalg.matmul ins(%x, %w : tensor<5x16xf32>, tensor<16x8xf32>) outs(%f : tensor<5x8xf32>) -> tensor<5x8xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<5x8xf32>, tensor<8xf32>
  return %y : tensor<5x8xf32>
}
// ResNet-style: 3x3 conv 64 -> 64 on 56x56 (input pre-padded to 58x58),
// weights at run time, batch norm with constant statistics.
func.func @resnet_layer(%x: tensor<1x64x58x58xf32>, %w: tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32> {
  %zero = arith.constant 0.0 : f32
  %g = arith.constant dense<1.25> : tensor<64xf32>
  %b = arith.constant dense<-0.5> : tensor<64xf32>
  %m = arith.constant dense<0.125> : tensor<64xf32>
  %v = arith.constant dense<2.0> : tensor<64xf32>
  %e = tensor.empty() : tensor<1x64x56x56xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%f : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %y = fusion.batch_norm %c, %g, %b, %m, %v : tensor<1x64x56x56xf32>, tensor<64xf32>
  %yd = tensor.cast %y : tensor<1x64x56x56xf32> to tensor<?x?x?x?xf32>
  %r = func.call @relu4(%yd) : (tensor<?x?x?x?xf32>) -> tensor<?x?x?x?xf32>
  %rs = tensor.cast %r : tensor<?x?x?x?xf32> to tensor<1x64x56x56xf32>
  return %rs : tensor<1x64x56x56xf32>
}
