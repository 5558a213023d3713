#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<1x8x8x8xf32>, %arg1: tensor<16x8x1x1xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<16x1x3x3xf32>, %arg5: tensor<16xf32>, %arg6: tensor<16xf32>, %arg7: tensor<8x16x1x1xf32>, %arg8: tensor<8xf32>, %arg9: tensor<16x8x1x1xf32>, %arg10: tensor<16xf32>, %arg11: tensor<8x16x1x1xf32>, %arg12: tensor<8xf32>, %arg13: tensor<8xf32>, %arg14: tensor<16xf32>, %arg15: tensor<16xf32>, %arg16: tensor<i64>, %arg17: tensor<16xf32>, %arg18: tensor<16xf32>, %arg19: tensor<i64>, %arg20: tensor<8xf32>, %arg21: tensor<8xf32>, %arg22: tensor<i64>) -> tensor<1x8x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e-05 : f64
    %cst_1 = arith.constant 3.000000e+00 : f32
    %cst_2 = arith.constant 6.000000e+00 : f32
    %cst_3 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<1x16x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %arg1 : tensor<1x8x8x8xf32>, tensor<16x8x1x1xf32>) outs(%1 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %3 = tensor.empty() : tensor<16xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg15 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.truncf %cst_0 : f64 to f32
      %52 = arith.addf %in, %51 : f32
      linalg.yield %52 : f32
    } -> tensor<16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = math.rsqrt %in : f32
      linalg.yield %51 : f32
    } -> tensor<16xf32>
    %expanded = tensor.expand_shape %arg14 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_4 = tensor.expand_shape %5 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.subf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %expanded_4 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_5 = tensor.expand_shape %arg2 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_5 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_6 = tensor.expand_shape %arg3 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_6 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.addf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %cst_1 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ult, %in, %cst : f32
      %52 = arith.select %51, %cst, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x8x8xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ugt, %in, %cst_2 : f32
      %52 = arith.select %51, %cst_2, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x8x8xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %12 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_2 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %padded = tensor.pad %14 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg23: index, %arg24: index, %arg25: index, %arg26: index):
      tensor.yield %cst : f32
    } : tensor<1x16x8x8xf32> to tensor<1x16x10x10xf32>
    %collapsed = tensor.collapse_shape %arg4 [[0, 1], [2], [3]] : tensor<16x1x3x3xf32> into tensor<16x3x3xf32>
    %15 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %collapsed : tensor<1x16x10x10xf32>, tensor<16x3x3xf32>) outs(%1 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg18 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.truncf %cst_0 : f64 to f32
      %52 = arith.addf %in, %51 : f32
      linalg.yield %52 : f32
    } -> tensor<16xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%16 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = math.rsqrt %in : f32
      linalg.yield %51 : f32
    } -> tensor<16xf32>
    %expanded_7 = tensor.expand_shape %arg17 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_8 = tensor.expand_shape %17 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %expanded_7 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.subf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_8 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_9 = tensor.expand_shape %arg5 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %expanded_9 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_10 = tensor.expand_shape %arg6 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %expanded_10 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.addf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %cst_1 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ult, %in, %cst : f32
      %52 = arith.select %51, %cst, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x8x8xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ugt, %in, %cst_2 : f32
      %52 = arith.select %51, %cst_2, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x8x8xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %24 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_2 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %27 = tensor.empty() : tensor<1x16x1x1xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%27 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%26 : tensor<1x16x8x8xf32>) outs(%28 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %out : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x1x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_3 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x1x1xf32>
    %31 = tensor.empty() : tensor<1x8x1x1xf32>
    %broadcasted = linalg.broadcast ins(%arg8 : tensor<8xf32>) outs(%31 : tensor<1x8x1x1xf32>) dimensions = [0, 2, 3] 
    %32 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%30, %arg7 : tensor<1x16x1x1xf32>, tensor<8x16x1x1xf32>) outs(%broadcasted : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32 : tensor<1x8x1x1xf32>) outs(%31 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ugt, %in, %cst : f32
      %52 = arith.select %51, %in, %cst : f32
      linalg.yield %52 : f32
    } -> tensor<1x8x1x1xf32>
    %broadcasted_11 = linalg.broadcast ins(%arg10 : tensor<16xf32>) outs(%27 : tensor<1x16x1x1xf32>) dimensions = [0, 2, 3] 
    %34 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%33, %arg9 : tensor<1x8x1x1xf32>, tensor<16x8x1x1xf32>) outs(%broadcasted_11 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %cst_1 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x1x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ult, %in, %cst : f32
      %52 = arith.select %51, %cst, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x1x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ugt, %in, %cst_2 : f32
      %52 = arith.select %51, %cst_2, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x1x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_2 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x1x1xf32>
    %39 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %26 : tensor<1x16x1x1xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %40 = tensor.empty() : tensor<1x8x8x8xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %42 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%39, %arg11 : tensor<1x16x8x8xf32>, tensor<8x16x1x1xf32>) outs(%41 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %43 = tensor.empty() : tensor<8xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg21 : tensor<8xf32>) outs(%43 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.truncf %cst_0 : f64 to f32
      %52 = arith.addf %in, %51 : f32
      linalg.yield %52 : f32
    } -> tensor<8xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%44 : tensor<8xf32>) outs(%43 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = math.rsqrt %in : f32
      linalg.yield %51 : f32
    } -> tensor<8xf32>
    %expanded_12 = tensor.expand_shape %arg20 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_13 = tensor.expand_shape %45 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %expanded_12 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.subf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %expanded_13 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_14 = tensor.expand_shape %arg12 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %expanded_14 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.mulf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_15 = tensor.expand_shape %arg13 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_15 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.addf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %arg0 : tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_16: f32, %out: f32):
      %51 = arith.addf %in, %in_16 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    return %50 : tensor<1x8x8x8xf32>
  }
}
