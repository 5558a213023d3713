#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @main(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<8x3x3x3xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<8x8x3x3xf32>, %arg5: tensor<8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<10x8xf32>, %arg8: tensor<10xf32>, %arg9: tensor<8x3x3x3xf32>, %arg10: tensor<8xf32>, %arg11: tensor<8xf32>, %arg12: tensor<8x8x3x3xf32>, %arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<10x8xf32>, %arg16: tensor<10xf32>, %arg17: tensor<8x3x3x3xf32>, %arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8x8x3x3xf32>, %arg21: tensor<8xf32>, %arg22: tensor<8xf32>, %arg23: tensor<10x8xf32>, %arg24: tensor<10xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<i64>, %arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<i64>, %arg31: tensor<8xf32>, %arg32: tensor<8xf32>, %arg33: tensor<i64>, %arg34: tensor<8xf32>, %arg35: tensor<8xf32>, %arg36: tensor<i64>, %arg37: tensor<8xf32>, %arg38: tensor<8xf32>, %arg39: tensor<i64>, %arg40: tensor<8xf32>, %arg41: tensor<8xf32>, %arg42: tensor<i64>) -> tensor<1x10xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e-05 : f64
    %cst_1 = arith.constant 1.600000e+01 : f32
    %cst_2 = arith.constant 3.000000e+00 : f32
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst : f32
    } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
    %0 = tensor.empty() : tensor<1x8x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %arg1 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %3 = tensor.empty() : tensor<8xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg26 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_0 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded = tensor.expand_shape %arg25 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_3 = tensor.expand_shape %5 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.subf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %expanded_3 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_4 = tensor.expand_shape %arg2 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_4 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_5 = tensor.expand_shape %arg3 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_5 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_6 = tensor.pad %10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %11 = tensor.empty() : tensor<1x8x4x4xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_6, %arg4 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg29 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_0 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%14 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_7 = tensor.expand_shape %arg28 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_8 = tensor.expand_shape %15 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %expanded_7 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.subf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %expanded_8 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_9 = tensor.expand_shape %arg5 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_9 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_10 = tensor.expand_shape %arg6 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_10 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x4x4xf32>
    %21 = tensor.empty() : tensor<1x8x1x1xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%20 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.addf %in, %out : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.divf %in, %cst_1 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed = tensor.collapse_shape %24 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %25 = tensor.empty() : tensor<8x10xf32>
    %transposed = linalg.transpose ins(%arg7 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<1x10xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %28 = linalg.matmul ins(%collapsed, %transposed : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg8 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %30 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%28, %29 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %31 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %arg9 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg32 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_0 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%32 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_11 = tensor.expand_shape %arg31 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_12 = tensor.expand_shape %33 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %expanded_11 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.subf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded_12 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_13 = tensor.expand_shape %arg10 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %expanded_13 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_14 = tensor.expand_shape %arg11 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %expanded_14 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_15 = tensor.pad %38 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %39 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_15, %arg12 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg35 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_0 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %41 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%40 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_16 = tensor.expand_shape %arg34 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_17 = tensor.expand_shape %41 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %expanded_16 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.subf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %expanded_17 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_18 = tensor.expand_shape %arg13 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %expanded_18 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_19 = tensor.expand_shape %arg14 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %expanded_19 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x4x4xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%46 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.addf %in, %out : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.divf %in, %cst_1 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_20 = tensor.collapse_shape %48 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_21 = linalg.transpose ins(%arg15 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed_20, %transposed_21 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %51 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%49, %50 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %52 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %arg17 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg38 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_0 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%53 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_22 = tensor.expand_shape %arg37 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_23 = tensor.expand_shape %54 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_22 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.subf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %expanded_23 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_24 = tensor.expand_shape %arg18 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_24 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_25 = tensor.expand_shape %arg19 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_25 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_26 = tensor.pad %59 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg43: index, %arg44: index, %arg45: index, %arg46: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %60 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_26, %arg20 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%arg41 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_0 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%61 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_27 = tensor.expand_shape %arg40 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_28 = tensor.expand_shape %62 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_27 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.subf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_28 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_29 = tensor.expand_shape %arg21 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_29 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.mulf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_30 = tensor.expand_shape %arg22 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %expanded_30 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x4x4xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%67 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.addf %in, %out : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.divf %in, %cst_1 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_31 = tensor.collapse_shape %69 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_32 = linalg.transpose ins(%arg23 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %70 = linalg.matmul ins(%collapsed_31, %transposed_32 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %72 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%70, %71 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %73 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%30, %51 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %74 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%73, %72 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_33: f32, %out: f32):
      %76 = arith.addf %in, %in_33 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%74 : tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.divf %in, %cst_2 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    return %75 : tensor<1x10xf32>
  }
}
