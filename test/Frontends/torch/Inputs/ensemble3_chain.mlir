#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @main(%arg0: tensor<1x3x8x8xf32>) -> tensor<1x10xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_10_torch.float32_2> : tensor<10xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_2> : tensor<10x8xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_torch.float32_23> : tensor<8xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_8_torch.float32_22> : tensor<8xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_8_torch.float32_21> : tensor<8xf32>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.float32_20> : tensor<8xf32>
    %cst_6 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_2> : tensor<8x8x3x3xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_8_torch.float32_19> : tensor<8xf32>
    %cst_8 = arith.constant dense_resource<torch_tensor_8_torch.float32_18> : tensor<8xf32>
    %cst_9 = arith.constant dense_resource<torch_tensor_8_torch.float32_17> : tensor<8xf32>
    %cst_10 = arith.constant dense_resource<torch_tensor_8_torch.float32_16> : tensor<8xf32>
    %cst_11 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_2> : tensor<8x3x3x3xf32>
    %cst_12 = arith.constant dense_resource<torch_tensor_10_torch.float32_1> : tensor<10xf32>
    %cst_13 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_1> : tensor<10x8xf32>
    %cst_14 = arith.constant dense_resource<torch_tensor_8_torch.float32_15> : tensor<8xf32>
    %cst_15 = arith.constant dense_resource<torch_tensor_8_torch.float32_14> : tensor<8xf32>
    %cst_16 = arith.constant dense_resource<torch_tensor_8_torch.float32_13> : tensor<8xf32>
    %cst_17 = arith.constant dense_resource<torch_tensor_8_torch.float32_12> : tensor<8xf32>
    %cst_18 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_1> : tensor<8x8x3x3xf32>
    %cst_19 = arith.constant dense_resource<torch_tensor_8_torch.float32_11> : tensor<8xf32>
    %cst_20 = arith.constant dense_resource<torch_tensor_8_torch.float32_10> : tensor<8xf32>
    %cst_21 = arith.constant dense_resource<torch_tensor_8_torch.float32_9> : tensor<8xf32>
    %cst_22 = arith.constant dense_resource<torch_tensor_8_torch.float32_8> : tensor<8xf32>
    %cst_23 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_1> : tensor<8x3x3x3xf32>
    %cst_24 = arith.constant dense_resource<torch_tensor_10_torch.float32> : tensor<10xf32>
    %cst_25 = arith.constant dense_resource<torch_tensor_10_8_torch.float32> : tensor<10x8xf32>
    %cst_26 = arith.constant dense_resource<torch_tensor_8_torch.float32_7> : tensor<8xf32>
    %cst_27 = arith.constant dense_resource<torch_tensor_8_torch.float32_6> : tensor<8xf32>
    %cst_28 = arith.constant dense_resource<torch_tensor_8_torch.float32_5> : tensor<8xf32>
    %cst_29 = arith.constant dense_resource<torch_tensor_8_torch.float32_4> : tensor<8xf32>
    %cst_30 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32> : tensor<8x8x3x3xf32>
    %cst_31 = arith.constant dense_resource<torch_tensor_8_torch.float32_3> : tensor<8xf32>
    %cst_32 = arith.constant dense_resource<torch_tensor_8_torch.float32_2> : tensor<8xf32>
    %cst_33 = arith.constant 1.000000e-05 : f64
    %cst_34 = arith.constant dense_resource<torch_tensor_8_torch.float32_1> : tensor<8xf32>
    %cst_35 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_36 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32> : tensor<8x3x3x3xf32>
    %cst_37 = arith.constant 1.600000e+01 : f32
    %cst_38 = arith.constant 3.000000e+00 : f32
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
    %0 = tensor.empty() : tensor<1x8x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_36 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %3 = tensor.empty() : tensor<8xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_34 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_33 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded = tensor.expand_shape %cst_35 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_39 = tensor.expand_shape %5 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.subf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %expanded_39 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_40 = tensor.expand_shape %cst_32 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_40 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_41 = tensor.expand_shape %cst_31 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_41 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_42 = tensor.pad %10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %11 = tensor.empty() : tensor<1x8x4x4xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_42, %cst_30 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_28 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_33 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%14 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_43 = tensor.expand_shape %cst_29 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_44 = tensor.expand_shape %15 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %expanded_43 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.subf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %expanded_44 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_45 = tensor.expand_shape %cst_27 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_45 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_46 = tensor.expand_shape %cst_26 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_46 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
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
      %76 = arith.divf %in, %cst_37 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed = tensor.collapse_shape %24 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %25 = tensor.empty() : tensor<8x10xf32>
    %transposed = linalg.transpose ins(%cst_25 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<1x10xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %28 = linalg.matmul ins(%collapsed, %transposed : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_24 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %30 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%28, %29 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %31 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_23 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_21 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_33 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%32 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_47 = tensor.expand_shape %cst_22 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_48 = tensor.expand_shape %33 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %expanded_47 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.subf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded_48 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_49 = tensor.expand_shape %cst_20 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %expanded_49 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_50 = tensor.expand_shape %cst_19 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %expanded_50 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_51 = tensor.pad %38 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %39 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_51, %cst_18 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_16 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_33 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %41 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%40 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_52 = tensor.expand_shape %cst_17 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_53 = tensor.expand_shape %41 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %expanded_52 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.subf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %expanded_53 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_54 = tensor.expand_shape %cst_15 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %expanded_54 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_55 = tensor.expand_shape %cst_14 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %expanded_55 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
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
      %76 = arith.divf %in, %cst_37 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_56 = tensor.collapse_shape %48 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_57 = linalg.transpose ins(%cst_13 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed_56, %transposed_57 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %51 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%49, %50 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %52 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_11 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_9 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_33 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%53 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_58 = tensor.expand_shape %cst_10 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_59 = tensor.expand_shape %54 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_58 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.subf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %expanded_59 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_60 = tensor.expand_shape %cst_8 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_60 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_61 = tensor.expand_shape %cst_7 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_61 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x8x8xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.cmpf ugt, %in, %cst : f32
      %77 = arith.select %76, %in, %cst : f32
      linalg.yield %77 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_62 = tensor.pad %59 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %60 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_62, %cst_6 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_4 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.truncf %cst_33 : f64 to f32
      %77 = arith.addf %in, %76 : f32
      linalg.yield %77 : f32
    } -> tensor<8xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%61 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = math.rsqrt %in : f32
      linalg.yield %76 : f32
    } -> tensor<8xf32>
    %expanded_63 = tensor.expand_shape %cst_5 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_64 = tensor.expand_shape %62 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_63 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.subf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_64 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_65 = tensor.expand_shape %cst_3 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_65 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.mulf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_66 = tensor.expand_shape %cst_2 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %expanded_66 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
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
      %76 = arith.divf %in, %cst_37 : f32
      linalg.yield %76 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_67 = tensor.collapse_shape %69 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_68 = linalg.transpose ins(%cst_1 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %70 = linalg.matmul ins(%collapsed_67, %transposed_68 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_0 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %72 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%70, %71 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %73 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%30, %51 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %74 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%73, %72 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %76 = arith.addf %in, %in_69 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%74 : tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      %76 = arith.divf %in, %cst_38 : f32
      linalg.yield %76 : f32
    } -> tensor<1x10xf32>
    return %75 : tensor<1x10xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_10_torch.float32_2: "0x04000000AE61EEBD9DE98B3E841C893C53A822BEF532ACBD995624BD3701703B56966EBDFCE2D63D8512953E",
      torch_tensor_10_8_torch.float32_2: "0x040000004B69B3BE27015ABDECFC573B6916EFBDB6DA6DBE80EA7BBE1890703EDF6AEABDBE63BABC7377D43D3D375EBEA113013D5A58573E03AE53BE3EA9D23D69DA45BCD60F473E4A91703E0F1AC03D3C072F3CB6D39BBEB125103E00B95C3E6A8003BEE7BDB3BE13B1923E17F6A9BD29DE903D518BCBBDF3E1663E5F8BB03E99F0623EDE6EE6BD8AB67D3E73A6303EFF480D3DBECE91BEF9741BBE1E19B3BEC524723E9AEFB23E7FE4523E545BE73D2221AB3DC941AE3EC68B37BE5717F3BD8A88A2BEC6660FBD83ACC63C7F35C63D55DD7BBE589427BDFD2895BE923F93BEFFC13C3DD3B3B0BE54CEC03D38C1A6BE75EA7BBE413E96BD4DBEACBE7332923EC051943E711A3DBE04AE973DBE35393EA117E63D20FD41BD4DBDAABE4EA0833E7FC59EBE541986BD95A9B33C1678EEBDD86A04BE1D739CBEA0959F3C496E24BD27D09D3E",
      torch_tensor_8_torch.float32_23: "0x040000003030643D8028833DF1374A3EA18F433DB9015A3EBE5C573E31704C3D4D1EC5BD",
      torch_tensor_8_torch.float32_22: "0x04000000C5A8533F6E9EAB3FFC20B73FE5C40E3F327B8F3FB540A43F9D086C3F4E52A33F",
      torch_tensor_8_torch.float32_21: "0x04000000F0B52E3FAB37FD3F0E70E33F4148953FA345963FD42AAC3E1CC5E33F760E773F",
      torch_tensor_8_torch.float32_20: "0x040000006DF0C1BBE26BA63E577E7FBDF2C286BE3893EB3D1A259E3CF9A69DBE71D507BE",
      torch_tensor_8_8_3_3_torch.float32_2: "0x04000000A373B9BDC2CD8DBD355F0B3D5083DD3CA0FA813D27748FBC6C09783D4908D7BD8DC3013D554FEA3D6BDFEEBDA1977ABDBC829A3DDBF196BCA6A780BDA23E933DE86E013CD040973B379E12BD79D9B53D97E1853D2BF3AC3C3256933C3D9C793D7F5E963DFF0246BD9A8C53BC97EC533D39EA69BDCDAEE13DB054A5BDB7BF5E3D0C5FADBD12FC1A3D3794A83D11C4683C068741BCCA7B993D464EADBD33D6A2BDA3B5CDBD829194BD1975483BF5E25ABDB315D73C7950823B75DFC83D824F51BD3B0E04BD2BA29F3D6C1DF4BC7113E73DDFB93FBDE02CA9BA31BDE4BCEC35613D42F6383DD28780BDA40A9F3D4E62F5BB2323F4BCA7CB1BBB0DF9A73D54C2EC3DDCE26A3D3DEFA83CEC849D3D74DB49BD20457CBDF5660BBDA1369CBDC68D4F3DC769373C8D2725BDD70644BCE32319BBDDF2CE3D0274D73D51CFB9BD29EA303D87663A3D6993383D959E83BCB571F13C66F0F23C1FEAEA3D4653E7BD0A2E37BD0B63A2BDF9266ABD528DBD3C7433933DE784B6BD9BFB9C3D979BC93D6AEF6DBD8581A83C13D177BD9BC8CE3C97CC5FBD940B3CBDDD91A1BDF744C9BDA79BC03D72D673BC294456BBF33B70BD603AA83DC5258ABDC13D43BD9068BCBD45F4CABDEC46D63D6060BABD614985BC4BBA0BBD52D0303DB81C013D1206B9BD29C2D83DF66CF0BD8AF93E3C0A5021BC17BBDFBC6D7AA43D96C8CB3DAD857B3CE07E2ABD3670B33D7CA3973D7466AD3C690704BD96CFA23B371FD73D8764513CFC40BEBC1459CCBD145781BD6651AE3D66FC87BB2D9500BC95F33B3DF4CB9EBD876F02BC42C407BD7A917C3D806CC43D1D8D973D58F2B33DFFB3D7BD7F5F2BBD6AA5643CE0FFCCBDC1F2023DDC349EBDCCD94E3D3458C33D6E78CEBDBA3ECA3DAB3C613D32479FBD0706E73DD009D1BDDA7CA2BD492070BD838DC3BB165DAD3CE3A90DBD86C5E4BD37E25EBC7E1FB73DD5D4B93D17A5713DB22B8C3CEEE2EF3CE810BABDC178433D9035F0BD1B5947BDC3B6FDBCDF3CB13DFB2461BBF5E15BBD90ABA83CCB45C8BD409BFFBC9AB0053DD8C1FFBB99C74ABC4083933DD957B7BD9FBC73BDF5A0E93D751CC03C96509CBC970A7A3DA932913D5653A1BC751249BDD6CE9DBC6F472F3D368076BC9E788C3D26D3C4BD3DD66CBD65FFB73D2C4F7D3C5C69C23C87C31E3D4620E4BCF10A41BDF67B0A3DDEDEFFBCED6847BD341A7F3C6685E93C76572EBCE33AA3BDE3F991BCECC888BD0D107E3DAAEC9FBDC271C03DD142403D10AECEBDE21CB33D53B0EEBDD386E0BBBCB196BDA2A2CFBD924F3F3CD70C6ABD8776AE3D1ABCBDBD6555C83D7A9C913D9265D33DFC5A0DBD39F193BDBE59A0BD06B5C83DA31770BD55BE6DBC1DCF94BC6C17A63CE60DC6BD099EC23D4597B2BD1A64ED3D4AE13CBD037F57BD9FB384BC09DD0E3D71E1B2BC5AE3F0BDA0C4A93D3A10EF3D948B733D1D2DEC3DA590033D7C4D17BCCD3DC0BDF6F2D2BDCE2CA6BD16F4F4BC8C8B8C3D6B2947BDB9FC95BB1C01DABA78C59DBD811351BB900BE93D49E8C03DE1D2B73D5C6F3EBCE6F9083BA3F2833D9E9020BDBDA143BD1081CE3DE978DC3BA0F7A2BDD65ECB3D903DA03C1A24813D729FD1BD5C28B33C9EA0933D5C478BBC8B3089BD121AC13DBC85603D1B7B093DA052E43C46782A3B54698A3D4B0DD3BC24138EBD3653383D81C9003D58CB373DD67656BC1E1E80BCBC7619BCA491FE3C8235B9BD06F6E0BD96A1343D1F2584BD2E6E22BCC4D2053D5A69873C56989B3D061B7D3CA904EF3C8FD52CBC07828E3C4600313DA0A8A43DCFB0E4BD271549BDAF94D8BDFE7440BDA920933D2FB0E4BD1C43D8BDA3C08B3D11888EBDB466B03DE568163D2A57F23C1BBDBF3DDD91DFBD01BFB03D5E8B1C3DB0BCA1BDFCE6EA3C898806BD28C241BDC31E51BCB29563BDA40DD33D02BDCF3D22FB4DBC1908D6BD7D3EECBBB125FF3B5B54A13D197F783B447E0C3D0715003D91F288BD3CB695BD35B8D7BD9A9A72BA1683153D554B09BC7547EA3D4A2BB8BC4B7E9DBD3EE8A03C56F007BDE05984BC6ADDE93D2D9B5DBB56D6D23D02EE803CEA9433BD66F4B03D307C89BDDF8B7F3B4901D93C13A9583D3AB1DEBDCD70BD3B75F8F9BC377D9C3D5968223DD778413D9A1E913D9424D8BC906BF7BB98A1C13D6788C2BD09D5A6BDCB400D3CCF373FBD832ADD3BFE34D53D75D55FBC87CACDBDD16E5BBDFCA7DD3D9C18D4BC49A953BDC748593DE7086F3C28CDD4BD2B00C93D51EA873D27C9D13DB73C533D16C022BD00951DBD99EF693D5127BBBCF746BD3CC7DFE9BD4F9E6EBDF44D333D3861BEBB2F1168BD9B87D2BDEF65993D0C1CC2BCAF24EDBD09DCE83D4FE76A3DC75D90BDC526B0BD783AE93DE3FD003AA62891BDAAE38A3D7819C9BC4845043CD3767BBD0E6ECCBDC54AA0BDFC0354BC3BBBAEBDBBE2ED3D4A2FA73AC6CC38BDADC73E3D41FBD5BD15E876BD3A4F353DE612CDBD9496703DC54C223C3A3FC9BD5688EFBD3C90183D652A643D33FFC0BC516CD5BD411B8BBD44384D3C847E8C3B2321F73C69B5AA3C246BCABB44BE7E3D231FEA3DD701C93D3551DB3D44EB22BD45C224BD9C8E55BCF0AB0E3DE264433D4C1C2CBC73E69BBDFF1AB6BD655CE83D17C801BD337F82BC5EEB93BDF44F6FBD530CD43C7B504B3D72D43EBDDAAC31BDE131BF3DA29B78BD0A13B4BD899F96BCF3A9E53D7911D23CC065853CEE6A70BC96D2963D7D426FBDE5A4A33D2214E43C3AAE563C7AE8843C2DDA94BD5142B33D05877D3D6CC5BCBD9CB9E0BD0E88F8BCF358A03D4FA86DBD57B3DF3DF4B272BD3105DABD7B57543D2BDD91BD953098BCCD8F16BDF46C19BC5750D2BDF95FDDBD66824F3D3ACC5ABC5D9891BDDEC044BBDB4BDCBD4522003D8C3E653DF612EA3DF7A0C4BDD9216ABC00FC823D3732DD3D63B8ABBD15234D3D0A4C473D2482913D9A65A6BDE33CAC3D294152BD7C9194BDBEB1BF3C0B77CC3D4DD59FBD13DD803D70225DBC081A1A3DF146BC3D5A11033DA75DC8BDB85511BDF99DBF3CB59BCBBDEA80A03C349A81BD21E8BFBC27B02C3D2540C2BDBEF49ABD7B2B5C3DC7B6EEBDBC19A63D641BBABD8DB9F8BA3D30C63C197A3E3DC6CD95BDEBEB813C33DA4F3D1904CF3D79A2B5BD76FE6FBDA99F0C3DE9F177BB2CE0A2BDDC23CBBD514FD6BDFEE3A8BDBA864DBD8299A7BD49BBD3BDD0B8163CEC8B8D3D689863BD3D15413CE26CBEBA7BA3613D5B62A7BDA157B73B8D48E13D8E4FAC3D",
      torch_tensor_8_torch.float32_19: "0x04000000C3C880BD4E97C13E3F9B80BD67E1873D73A7813EB416A6BD0FCBB4BC446B1CBE",
      torch_tensor_8_torch.float32_18: "0x040000005BC67A3FA2336F3FF901963FF3DB173FE424133F5E42803F1534593F3FB0403F",
      torch_tensor_8_torch.float32_17: "0x04000000B452BC3F0343CA3E5BC8583F1A83A43FBBA1BD3FCE83953FDD04AC3F35F5FF3F",
      torch_tensor_8_torch.float32_16: "0x04000000BA0A3ABE248E863CC7ECB0BE6485883D7DEE1CBE3CD31DBEBC018D3E52E5843F",
      torch_tensor_8_3_3_3_torch.float32_2: "0x0400000028231B3E1A7FC1BD11993DBCDD353C3E85E6863D9E9DC8BD3CA4ECBDC4368ABD0ED976BD399AAB3DD5402FBDCC34263E9441D8BD287F76BD707F8F3DD7631D3EC5833C3EE756FC3C1EE8043C7496B0BDFCB1DE3D2C76E4BDE4314FBDA4B524BE6A733DBED64DDC3D7636563C2C191D3E55D01C3E38D3CE3D50BB9D3D37924CBDC954D13D3587BD3D1D71883D5E0AB6BB2F7DEB3C66D65F3A97040FBE3DFD363DD1DF10BE773CBF3DC1D4EABDCCBE80BDCDEBBABD768C1B3E93C70ABE8D40C93D0BACC53DA6570B3E7381453D1CDDD63D71C81B3E82451B3D8903863D4A181ABE647053BDEAF28E3C2A03BF3CD53F8BBDA15C43BECBFF4CBD61E4963DB2B0293E7FF531BECC2CBC3D58FE3ABE14753CBE9FD3F6BD6F3CD0BC1A295C3D83DF15BE6BD4173ECF35323EACFF413C3169203EA86EB2BD38EB9BBD3172CBBC2B43AC3CFA7809BEEACC1DBE94B29B3DEB47633D4FC9403EF0B1A0BD9B2F8B3DBD0C9FBDE090C23DA0AA2EBCB816123E7AF8DA3DA307243EAF8BCA3D61ECEC3B1BD4293E6782E7BD66DF393EBB92403EEA403C3E281CB8BD50D6D0BDCF7D473C9F77753DCFB5C53D064CA03D55CD273EA37E45BD614E81BD751D843DA3AA5B3D56E9E5BDC87D983CE09F15BE794167BD40B09ABD50BF2C3E6F6531BE74B5E8BD86DB40BEADCE463D87AE17BE0A0A7F3DE0E208BE267AFCBDFA5AC9BD6997EC3C3415353ECB98383E4C376EBC420741BE9B3682BDD33596BDB0A927BD7598963D0B58C63D31C0AE3D702F613DD98E9FBD7FCB05BBC9A4C83C6052C9BD50088DBC98CCC4BC76313ABEF398053EAA649FBCAE5B2ABE6BEA1B3E4713D4BDC78A8B3D8A6F433E12F7113C2DCA623D2E9A9C3D63F1143E64DC71BDF0C9DDBD79C076BC311E1A3E068E873CFBEC083EE98ABBBADCDB713DF647DB3B2830AB3BDC883BBECC482CBE130F833C7412C33DAC61043E83CF083C3B23A63DD2D7A43DC41E2ABEDF352DBEEDCB18BE76D7583B4638F9BD2B427CBDD0DFEBBC0AC7993DCEC4363DE9D0363E1BC1313E5F71FBBD07EF1EBAE92B023D750A2C3E9D4D74BDA2E59ABD46ABF9BD6036113E14535FBD529D93BD994A053EEC55353E3AE004BC42EA0ABE9D91203E09CC86BDE4A0B5BD4D8B0ABE008EBDBD65561ABE7F80E3BD818533BE0DE11EBD18799E3D9B9915BED8E88CB9CC5791BDCDA4BE3D83AF2A3E0AFED0BC935EC6BD",
      torch_tensor_10_torch.float32_1: "0x04000000C66B5EBC09FBD0BDE5AD41BE7DA77EBDBB3CFBBD995C4A3E7B8C33BE7CCD5E3DBA4D4CBEFBFCE1BD",
      torch_tensor_10_8_torch.float32_1: "0x040000003215C13D3E6FA3BD7196AD3E859D0BBEB2A9A1BEA45B2CBE5500A8BE2D2B953EC48522BE81B87EBE308B1CBDD9F173BE901E3DBE2B92383E95E887BE12BC2A3E9B01843EAFE34FBA28C2203E90CC4ABE73298D3E86D9AF3E3D11AC3D63F5A43E40C8B3BE31021FBD7FDE8F3DF2569DBEF42D303E6AFA09BE6DF102BE939F8FBE0202143EEDB683BE3FA799BD35D4203EC75E883E6FBBA33D4E0E07BE6B791DBEC0344B3EF957863DFF61983EB456083E71D3913EF0DD91BECA86913E165726BE08D3C1BD20AF0A3B9DC987BD073A8F3D464EA13E105058BE08BBDF3D6B7C91BEF561633D3420953EDA1D743EA8049B3EF6FA433E41A0EFBCDB0DBD3D904717BE41A7993E4546353EDE7D84BE00859C3E53EAABBB4FBF80BC552BC6BD710ABFBD1DF6903C56BE30BEAC62A8BE007D3ABEE31690BD1DB2883EF72A853E93EA58BE",
      torch_tensor_8_torch.float32_15: "0x040000005C1EC33DE93FE2BD5AAFBFBD231EBDBDB2F98CBD443E14BED02A2C3E2E10CC3D",
      torch_tensor_8_torch.float32_14: "0x04000000E948A03F4A73863F064D143F54B8003F15C5413F3C07BB3F1BFD243FCD45A33F",
      torch_tensor_8_torch.float32_13: "0x04000000DC48623FBF7A893F6779C03FF760F73F4B1BE23F00FE983F5C8A853F0D4FAA3F",
      torch_tensor_8_torch.float32_12: "0x04000000CA5C85BEE49B28BE9F7C233F4950223F4D3639BE9E6565BE52A7DD3ED5B6B03D",
      torch_tensor_8_8_3_3_torch.float32_1: "0x04000000D83C9ABAB09F42BC6D762DBCACFEC0BC3448BE3DB41EB23D3995A3BD4C3C603D6151BDBD6379CDBDE98E133D2A04E33AEE3061BDB2CAE8BDAEE03ABD483A213D0167DFBDD878EABD89F9743C49E0ADBD3173D3BD14FC39BDA46F9BBC0553DBBD8429A1BDD534FD3B4698E3BD45B287BCA3D89BBDB351A7BD26B93D3D89C5B9BD02E9B6BD84A4893D0C81B43C10CFDB3D450701BD012969BD0AB232BCC24D1C3A3712B83DB869F0BDC47A09BC0E88553D91E984BDF14975BD3C48693D4944E7BD07C4E43C62DBBABDD9F06F3D2E5FCEBD8463943D797AE4BDE2E0CABDF8A3E33A2D30BE3DEAB2CEBD375257BD44FBD33DB6E6A1BC94FB473DE22FE8BD40CE17BDCD2375BD037BCB3DEA58483D271DB0BD88A79B3CFF89B1BA995546BDA5D589BD3E2F20BDE33EBE3DD304ADBD39EEABBD85ED14BD445C063BD366033D63C4673BC267E8BC205992BD163BADBCE05142BD4000C33DF7F0EABDFDF399BD0E5EC4BDA870B0BCB115BC3D8C8FD33DD01DD2BD3B51A7BB6DAB8D3DEDC7543DBCB2C53D613C56BBDE2AA2BD9AAA9F3DF78725BDDFF1793D34EBEDBC60334D3DAC15D93DD96DE03D0AA7DBBD80A79FBD859647BD3BEA99BD8795E73D4D882ABC711AA0BDF5CD56BD775185BDA4F1443D9986D2BD430BE1BD25ECEDBD64D24F3DA9AE6E3D32E795BD5568EF3CE82AB23D7B478C3CC244CCBC4CA80E3C040B4FBC580C733DB5E2A3BDA1C9743D2209883DBE3B92BDC715C53D2B0FED3D274D3EBDE83407BDB790703DEE15BDBD10E53E3DAC3DE13CC522983D6BA5D1BD7A84C8BD85CD583D5CE12D3D1FA6E0BDA19886BDA2D6DCBD4BEAACBD63CD59BDE5BBC73DC72BC0BCF99F8A3DD236E53D81FD5B3D3311D8BD2FEA723D1B20383DB311BB3DBB15EEBD9170943DFB8FC53D508DE0BD24054A3CB20ACE3DDE8AAFBDA0631E3D614D553D0508FD3C3FFAEF3DB39EC53D4013CF3D56AD70BC516ECA3DF5ECE0BD953E82BD187DCEBC0D650FBD30F1DE3D72AE633DE0639B3DBC2CA43DCE4BB4BDB9A25FBC3BFA8C3C501AFB3CBE3A783DAD1340BD608E11BD85F4C93DD48D01BD74A8A7BDADA6A33D0A70A33D4E5D17BD9702C1BC1418B2BDB78EC9BDA586353DB1364EBD1825C03D6A42C1BD917285BC92C3263B7617783DDF56C33D1173A33D9B7D543D8E905DBDB65DACBD47ECD7BD818FBF3BE516EA3D9D60B7BCE492A2BBEB64AFBDFD32143D8604993DB5F5EDBD41F2A9BDCDC6B23DC594E43CCAC3F0BB6A94AC3C6CC992BC9AB3A8BD7E88E1BD6ABE9E3DCDA665BC804633BD9D31F9BC90A483BD1DF90EBDA72FCFBD9B9EB43D471D453DF67173BD14C224BDC490583DD0C032BD5A94FE3C91E9043D16EF97BDE2D7F13C1847EC3B96CCD23D38A82EBDEE2EF8BC86F4CF3D2C18C5BDAA800B3CD18CE83D756F58BDFE62E73DF22AD63DC48BE03DF83F38BC6C57DA3D665452BDA93C25BD6C94363D1DF2CB3C2E0E853D445EE53D921697BD8118803D1B80213DB0AA7E3D43E4643D049234BD77C2BEBD1F2EC13DAEA189BDB44E9A3DE0EDE5BDD505A7BC93B8A33A140BA73C8A131C3C881B183D03FE56BC8C70EC3C5FD8EE3D022C9CBDC2D6D2BBC24338BD90C6D33DEF9CCE3D219D52BB6D5327BDAC2095BDB6B3AC3D88F704BC7750E33D4FA3893D4343D33D89E5BE3D69D89CBDEE4A0D3DD52948BD9734723DB99A2DBCCE27273C14EDA6BD76B5D7BD55C7353D745AE03C96B8273C07EEA33D1F9249BD105B2B3D6CEE84BDD309C83C6268DCBCBD07A93D7810D33D49A0D13DB7B7AD3BEB538E3DB226F1BD72948DBDC18BAC3C704B2C3A097CBDBD1CA855BD9E7461BD2521EFBD1A26383C7788A43DECEA433DF75A65BDB6A1DDBD15B9C2BDBE430F3BBE08A63DD67C43BD985583BD2CC180BD372727BC3435E5BD6CFCD4BD7697ED3D513766BD3121AEBC102701BD1509D4BD2733AABCA3C4133DEB0244BD4196A4BB19C813BA3046F0BD4E66AF3D9CF6C23D5A8FA43D1C861EBD34407C3D8022E2BD0DD6EEBCC75AC4BCC6782ABDE0BD4A3D50F45BBDADCB5FBCF3620BBDFFA7E2BDCB6E9FBCCE8BCCBDCDBC8C3D5CFF803D711AE23D1F1922BDD160C43BB81EBD3CDCEDF03DA73BDD3D65D379BD855FCDBDBD88D9BD2A7568BD77EECA3DE91E223D49E0E83D81E6B23DDCF1DF3AA49695BDF5AFEB3D819CC13D4EFD503D7DD883BD4223BE3D7EBD2F3C47989F3D7578493DE929803D6DC9D3BD3FD485BDA4C2903D9322C9BC40FAD1BDE77DDB3D470627BB55B3C23D7DA6BCBD6932263D29D335BD9F224BBD615CC9BC1AAD32BD5341843D9C6EB7BCB400B73DDD4BDC3CB72C95BCAC688BBD8B01DDBDD6D10CBD9481DFBDF7DDB2BC6378FC3A9DDDF8BB8E1E6DBDC284A73DB8ED873D88DCEDBC8CB93EBD77BD973D01FDD13D6AFFDCBD6897D0BC6F3033BCFEC52EBDEC0CCE3D219B8EBCCFA2CC3D4BBA183ABA7151BC01C98CBDC58120BDCE8B1B3D3E86553DCB6689BB31FAE53D750DA7BDA614393DE362D93D54DFA7BC009EBF3D4AA2FE3A94BDB4BDE06984BDDBAC333D53E550BDBA32E83C1A8FED3D4EF8233DC1B534BCCC50F13CBB0E8BBD81CDCABDF76DB5BD6986CABD5B20C63C020DBC3CCA234DBDE815ECBDD2BE823D0CF388BD6B2DA1BC1060CABD2B2A88BDE65E493D7BE1E0BDEEA189BD48F4B43DBA8F77BDD5E248BDDC8807BDA2574E3D02539EBD8799413CB724453D142B0CBCA691AE3CC61EB8BD953C5A3DF167343D8A3172BC9C92C7BD5313413D317F9D3DCCDCA8BCF685633D85EC323D561241BDB70A06BC1642F03D11DA113A3526C0BDB7D00CBC1726703D16921DBDA6CA7CBD8FD3C63D155D7F3D5405A4BCDF4AC53BE1364CBC2024E03C9B3E893B0A0E92BDDADEB23C8C014A3BEAACF93B45F537BDDD5DF73C922CC3BDB04B103D79CA823DAB7F54BCE07CBBBD0A9CE0B9E16B2F396D95D0BD4FB6AABD0D3EDF3D2C7EB43D0FC3853D2134A73D20D4393D8DD5873D7DDB9F3D8988E1BCDE7475BCAA19AC3D9E0332B8930C9DBD4B26BBBD78FC863D25ECC73D4571BB3DC0AAA03C029BA63D8F99DDBDEAE3ADBD3B3EE8BDB075C23DF6C58BBA54465EBDC656233D83B234BD55CB9ABD012F3A3D2FC5B03C7BD7ACBD5DF99EBDFA54623D1D86B73DCC2F1D3C4E7672BD9F17693D9C60A83C0F4ED3BD5C699CBDCA4FD33CCB58953D74141BBD1269693D0E7A95BDF3F6E63DA0FAAB3D4FD5B43CFBC1563DC80F283DE36C8EBD4CB286BA",
      torch_tensor_8_torch.float32_11: "0x04000000FDD4463EB6C243BE93B9223EC2A2AF3C5259163CC76944BEC5F7043EF57B61BE",
      torch_tensor_8_torch.float32_10: "0x0400000079855E3FEAC1073F420E963F74035E3FD49B643FF10F583FAA019E3F7CA4A23F",
      torch_tensor_8_torch.float32_9: "0x0400000040BD5D3F02CCB63F9A95723F143C4C3F25672D3F4C1BD73F45401C3F52F8703F",
      torch_tensor_8_torch.float32_8: "0x04000000521630BE605E1F3F2489F03D29465D3C86AE3CBC09A0E53DC3538B3E10598F3D",
      torch_tensor_8_3_3_3_torch.float32_1: "0x0400000023660FBE11F6383E71CEE53D28B6D33D160ADB3D2D911CBE7391A53C376A373E77F6DBBDB64F2F3E6D304F3D84A50A3E00D8A8BD5BB4B53DFCB22EBE363548BC1277833D44666C3DAAE8243EB1A6413EE948333E7E4F043E3A8D0A3E086CCBBC48EF18BE8D5092BDA2FDB0BC9CFCD4BDC578C93D655A8A3D2A61FE3C996A3E3D991D2D3EAE8E8F3D46D12CBE6B0C0FBE52B7AD3DE6D9D63CBB37C03D0FD144BE6CDE35BE19B2F13DC91BFC3D574A32BEE19B953D4FE119BEE73D153E745A773DF1DB423EF04E42BEAAB63DBE1A3D053E5AF62E3EF67AF13D6D04033E48FC25BE23A40E3EE10F3ABE221A303D441601BEBC8C9CBD3C940B3D94F79ABD4F72F9BC65C93ABE9DCF39BEA7AC983D7DD4A6BD12CAEFBD11859BBD091E21BE73891DBE56D7EB3D4351C83D8C00D23C334DD7BD4921833D5FA70D3CFCD60CBEFEA0293D9C70333E95D641BEB9F643BEDCFEC93CB465143E2DD4EFBD5A872D3D5A890A3ECB09733D60972A3DEA9E443E8F62003E7BACDDBD8645883CA65AC93D03CC2D3E011244BE7F6DD53D8BDC64BD5BF940BE09FA2E3DF292D6BDA16ADF3C8BE4FFBDD14C14BEA1C585BCA96684BD6D84E63D62ED873CE6D2193EA5B9133D9C7A7DBD3C7B053E2D4D2C3CE9F3133DFA867DBDAE0D353A719017BDBF0886BCA1B019BE3B219BBA6F9323BE169529BDCB6BE43D2B0809BEABD504BE777A40BDDA1758BDF671053DB6DD023DACDDC73DC6C107BEA6845EBC1570DC3D80752A3E2A0166BC5B0EE4BD8999623DD973E03DD03CF6BD2FB7E4BD4D35AE3DD9EC5CBC9D213ABE0341E3BDF8D59F3D95AE85BDCE05083E73CA1B3E3B57E53CAC5479BC57387ABD74701FBC8E7B0F3D028816BEFB643CBD0EEC23BE6CE7F13D5200FBBDF407343ECA334BBDB3CAE1BD5F5DBD3DE307EB3C2776083E658AA43D20D83DBED249F93D767114BD8F32AEBD794CFA3D73BA0F3EBC352DBE998E8EBC93D5213EF4A4983D4606263E0D1287BD526CD9BD2176293E2149A43DC52E3D3E48A1A4BD1410FDBDC8CAB8BC5E8E39BE027E9A3D115B113E213B3D3D29C69BBC806AC33DF22DFABD02C8403E46F443BEFDC73CBE55453ABD82F9203E7ADA9D3CEF5D973DEE7310BE88BC8F3D552BB0BCCFFA9D3DAE2D0B3EEB52AB3DA71B86BC773A42BC0732F7BD7A8F8EBD1810003E430C9EBD76C6F43DC9499CBDA59637BDBB35863BE4D734BE",
      torch_tensor_10_torch.float32: "0x0400000090FDB4BE894D943CB6962BBC0FDB593DC4B48A3ED7F3AF3E8BCA56BE0799B4BC310F11BEEFD5A6BE",
      torch_tensor_10_8_torch.float32: "0x04000000A8C2AB3E4785C03D498804BEEEFE14BE65A267BED6F87ABE9F3969BD7A1080BDB30E213EA8BF1ABE2D4F903E0D097EBEAEB5833ACEB8A23EC000B43E20B751BEA9FA803D580F2B3D10BE29BE3D2AFABD861EC43DC4BF7BBE73F06E3DBFA91C3E2BAB0EBEB35C963E7E9BBEBCF442243EBD43B33ED953DDBD19BC443E761BCFBD498953BDA16B75BDDFF20FBB4BC408BED9B6A93DA3445A3C1C7E653E9F8E92BDA038113DC5AC06BE679897BE5481123E8A4D393D98FD10BE6BD0F4BD975CBD3DE8EC82BD63956C3E570EA43C5AC1083E28BD1D3E09AAB1BD34A41C3E8794853E8E48853C61B28D3D6B7A523CEEA97A3EDDD918BEE77240BE78C21D3E2F8B9DBE65BDB93B947F26BE2AF56E3E3C89A8BE0D845B3EBB17B33E8982923DB0F8C0BCB52FB23ED3B71ABE7117E8BCDD891EBEB4E747BDC45E9D3DE36A413D94C288BD",
      torch_tensor_8_torch.float32_7: "0x0400000040A77F3E403D9E3ED7EDDDBE63C46D3BD599983DC37D063E90ECE0BE8AF4AC3E",
      torch_tensor_8_torch.float32_6: "0x04000000BA48A13FE6BE7F3F16C0B63F9BFC2E3FB34E9B3F6C57A43FCAC99F3FFBF37F3F",
      torch_tensor_8_torch.float32_5: "0x04000000FFDAFE3E8DFCC83E1E3AB03E29259F3E030CF53FCA3ADC3FE338963FD578AA3E",
      torch_tensor_8_torch.float32_4: "0x04000000E89825BFE74EAC3E8EA6493B2868043E1D4D803EA259EDBE5176473DA6A5E3BE",
      torch_tensor_8_8_3_3_torch.float32: "0x04000000D6CABCBDFF017DBD4FE5C23DCBDFC3BD0DA60ABC04C3EE3D2E602E3DF0AC5A3B092AD1BDC1206F3D5BEAABBDC60609BDB9F521BD0EF88EBCAAF6A83A2713C73D440C713C022FD83D73A4933D329798BD4880583DA69DAABD8F964CBD78FA0D3DC6631F3D0A13B53D08651BBDEED34539C483783DA06AE9BD7A7FAE3DD495C7BDE8E5D43AF023A4BC113C7EBD9A347F3C9995C73DA41B0DBD224B8FBD288732BD0239EFBD66E5593D01D567BD9411A1BD1E0C8BBD59C58A3D87A27F3D973FB93DD3172F3D5C3521BD0CE506BD039C0E3DD467C63D503F033D596564BD39EA62BD9432E4BDA394D03C4F7287BDA130D7BD63A4D33DC7BD9CBDBAA85BBCB04B0A3DB90E763BF967A2BD8718C3BD1362C03DDE359D3CC93CC83DA6D321BDF12F0E3DB8C5DCBC7BBCABBB95FF92BD7941233D7A9E183D19531FBBF520D9BCEDC794BD1FE9A63D6DACB3BDC4C0453DD25022BD67E568BD976FAD3C59C07ABDF670DE3CDE97BD3CE434B3BD67BEA03C929A4D3D28133F3D460E73BCFCDCC5BD72D394BCD9A6273D012230BD103B373D74BCA03D560D7CBDE255983A7F9A473D7156173CE949213C6819713C71BEBDBD71BE173C4822A73DF57DD93DEADB8D3D165F813CAF6F613D25D56ABDF102C8BDBF8CCFBD3EC8F03D5236993DE8D5A6BD25DC3C3D3F44B63D2344F13D0E0BD33D70FEBA3DD255DDBCEB6729BDEA2AC63DB340873DAE3E91BD6AFCD83DBE3A693DCC92833D374797BDE47D0A3D0F3929BD6896BC3DA0B8ADBCA1ED3B3D8C7BAB3C9A614D3D7C0A24BD0E5C6B3D1495A8BD740CDA3C374DA3BD1E1CEEBD28D3C1BDBA8BBE3D7A95823D6972E23DA05BC13D6E8BD7BD02B6A4BD6BFF9BBC14BF9CBD5399A73D2978B6BDD8846BBDCA2CE9BDD30789BD2F83C63D7E9DC53D22C6AC3D265CBA3DFF9CD63D6936F7BCA465543DC008D73D37B11F3DF047F13D395E7A3D5D0A963D96F228BD1A9F673DB5DE5D3C1E90E6BC780E88BD3C6E87BDA1B8B9BD1D08A23DF896AB3D01C25BBCD0AB8BBD3B8CBA3DB3589A3D91870F3C88E863BD11D2DD3D3367453D063AB7BD2C00E73D2348B73D46F22FBD5EAE873D3A2389BD374C97BC35F0CC3D61909F3B8DB1AABD205721BD120803BDAF42BABC26C9383C4F37DF3D5CC2CE3B570695BD54EEC53B0B75673D9A726F3D5F96DCBDEFC1ACBC5D5DB3BD0AF84DBD91EB2D3D7B65ABBD7870333D3FDCCC3D1A49FD3BE6DCA0BD60F32CBD12D1D23C0EFEB7BDC4D16F3D631FDBBD5404E8BDE784EABD06DAC3BC3D4CA23DFB70E4BD569DC83D2C1941BD68610D3D5C1BB03B5CA3D9BD872AC83D4FF5813DF0E8EF3D09E0733D4D509FBD356FC93D1F8CCF3BB6E9643D5D87C1BDB2D70ABD30FCECBDE0033CBD5446D03C8581BDBD90DF193D2F90813D887E863C477DA1BD6721BBBD36ED14BDA3E4533D6613EE3DDBC98A3D276F59BCBC3F293DD9C9ECBD2825CEBD7B3D613DA0B588BDD13B683D1762AABD79186FBD0ACEC6BDEAE67B3D19BF44BC10C0B93DD55E953DE58D853D825B783BF03E15BD9DEAD1BC9D4E803CBC496F3D0018A9BD3F91CA3DA8F151BCED3ECABDD89682BD0F8FD53DBFBADC3DE890DFBDED3AAA3D2FEB713D6BDD8E3D4B51CC3DA01482BD436E183D598B453DD9A30EBD0D8B213D6FE20ABD1739953DB2EE05BD8DF433BD360CF33C93372B3DAAD76BBD9BAF2A3C51E08B3D931D40BC54E8123DC8D9E8BC4C31293DD2D6AEBD15ED8DBDF10575BDC8CFDD3D4DE401BD32B4A8B9F4DF69BD48F2F03D6EBAEB3DA207B6BD9EA9C3BDD2F2B6BD48FE14BAF217F6BC06FB9DBD39232DBD9866B63C3F377CBD82ECD53CD163DDBC56E869BD10A3843CA375C63D8B2DA3BD5F51B33BCB0232BDE4D8EC3D1FFEE4BDB261E7BDE6D4ED3D9BB498BDC218B93C67A526BC3E60CBBCCBA0D7BC905E993D6994B83BA2FDEABD227D8EBD0D8F24BD67E9723D0E319CBD0E95E33DF007D7BC0E5BADBC6E1EBD3D2F9E723D9AB3CC3DE29C8B3D396F12BD9722A0BDAFA90FBC04C2C73D820222BD46D4DFBD43E1453DC9F4EA3DFA6B09BDDDD9C7BD58EDDABD13F0F13C843412BC3CC473BD3E25C33C0751373D1DF5BF3D0D63BB3D978290BC92D2D4BD0119DABDC05AE13D5C63553DA16B523D38D4D0BD9980DF3D60A6E43DDFE9D93D609BCBBD112436BD81FFA5BD0C8FE43D146A4FBD1F635CBDFEE67C3D414D5FBDD9BF6DBD75E528BC379839BC7803BCBDA136C93DFFEF54BD333A2B3D22EED13D5871733DB6AF883CB25CCD3DADC7813C31555FBD5B53E43DFF7FE43C4D7DEBBD026D09BDEE67A4BDC19CD33D17709FBC3D01DCBD25C3F2BB9E93973D21D2FA3C3DA3183D8D53333C65F7333D033BEBBC810640BDB599E1BD21D3B5BD1836513D76E98EBDFD818A3C5C141A3D9BB6083C317C9CBD8ED1E63DA6598CBD9D84C63DD000C0BDFA3BE8BCB54A833DB63A45BD85C0CA3DC417A6BDBFAFCABDBAAA59BD2E109C3C9A3BDE3D3B7366BD38A22C3DAD0AF2BCE65DD1BCE178B13DC70CBBBD9E154D3CF1F9E23DA9A984BC8266BB3D08A814BDF348C23D5879E9BD6A248BBC5293A9BC16711C3D34623D3DD251B93D25D68FBC4C2399BB1249A53D4F9C02BD6295D33D28B3A0BD81F050BC016BCFBBC764573DEF02A53D7B0699BC1BF6C7BDE12E6F3D7765103D57E8413DFAE294BD71569B3DC09AE43D648B273CEC70E1BD816EA93DBEF4B2BD4AEDDD3C8B4B8C3C05EE61BD9114283D25E1D7BD27E3DB3C850299BDDACA50BCB05D783CE39FCD3D8D5066BD949F9A3D434975BC9D4165BDE92CD2BD9173DDBDC1B6EB3D88C7F0BCBEE3C03BF1DE023D400FA43D67FECD3D13BFC33DA3D1B2BDDDAD9ABC3FD28EBDA5E689BD2302E53C1F8DE23D8F5AC1BD5512923DF9457ABDCC0ABCBC7795BF3D625ADABC2CD12F3CC7B7A8BD6A74CD3D889A79BC1B87B0BD4A580D3D4B9CABBD2E85BFBD1C41EB3B2B5CBF3DFF9908BD1233633DAF67CF3D8615A03D16377DBD7AA953BC75E717BD1815C2BD6B3C4C38699BB53D4C59CB3DDC26343CD945DB3CABFA50BD2730B63DF8DC48BD29A9A7BDC2AB943CC9AA903D7A9BD9BD492EDA3D14A62D3D6B19A9BD56F6CFBCF965D13DD82DB9BD69160DBD73521E3D7C73D3BD0950843D20477B3D38B1953DB8E099BDD864F03D82118FBD65F5F03D4AA1E7BD320BD7BDEC3D943D1BCD493C0DC8DE3B96A785BD0A7D4ABD09240DBD0D1FEBBD9CB0C83BFCBEAA3CA43ED1B865E21B3D",
      torch_tensor_8_torch.float32_3: "0x040000007C2BE2BDFB9EF43D69098ABEE41E3C3E29B1513BDC2E7EBD54146B3E1FE1583E",
      torch_tensor_8_torch.float32_2: "0x040000004C0F8A3F7E2E973F7485A73F9ACB8D3F8C809D3F3D92A13FA4E7BB3F292E0B3F",
      torch_tensor_8_torch.float32_1: "0x04000000F9A7693E0503893F46BDB73F4CB8633FF3A0FC3FAE2A8D3F9822243F9281AA3F",
      torch_tensor_8_torch.float32: "0x040000005DCF6F3EE1D5023B5B1CA43CF3F8A6BE0F3471BE5E9C88BE720D683DED2F183E",
      torch_tensor_8_3_3_3_torch.float32: "0x040000008BDABCBAC56ED33D543222BEDB0711BECCCD97BDC461533D56E479BBFC401C3ED7E88BBC6E96503D293A6EBD9CF21ABDFC443CBEE48302BE0379A2BDB69AE93B09D19B3DDD7DEC3DE29905BEE2A1ABBD58288F3DC5A4233E2D3A22BD0E78133E221DFEBC43D2A63CF270323EA2D036BEEC1FF8BD619047BD88A299BD87442A3EDB78FFBD416FB5BD28AE09BE299138BEFD12E6BD6966293E1CDFAF3D1C07BF3D9AD3253C6511CABD395D053D8F0038BE34650EBE9A30CBBD2EADF83D6317E73D54CCAEBDFC8AE3BB3613FC3DA8E9433E206D9C3D15FBD43CCB21043EBA11E8BDF4E3123DE2C918BEF29508BEE89ACBBD3456B23DB1819E3DF077E9BDC6246E3DE15ED83DF6FCC6BCD7C7F03BADA5363D8C83F43D72393D3EAEDD17BE887090BD6AE69A3D0448233EA57D2B3E94E22D3ED9E01C3D215E2BBEE807913C2093F6BDC0A837BE1F182F3EE0D7153EEC9444BE0C8B133DFCCA04BD34B801BD566BB4BD7091973DFF72E9BDCD7C903D9451C73D76130D3E5D5F933DC90B43BE0CADFFBD86CCC43DB5FC243DF5BA19BEC5F3E2BD7664393EDEC9043E9FDAABBDA06546BD3ABA3BBE7BB262BB8C6714BEAA0218BE15BC2DBC1BB6EC3C4F69A1BD5EDFE93D27D9EFBD7ED0323E210D073E512F26BE7F3044BDB8460E3C4105E63C6CF53A3DBAAB9A3D11DF3C3CA84FC0BD6D80BA3DC2093DBEAC9BE9BD335445BD62FDBFBDEFE189BD9E8521BE9CAD27BDBD7F283D366200BEB1D021BC6A120D3EE211A2BC6E43AF3BE10188BC44881F3DBD9BFA3D3AAC3A3EAE4CFA3D91193B3E9E0964BCFE0731BE0CDABABD6C2F063EF984A3BA9EE7C3BD260417BE656D38BEE85326BE29E41FBDC425D83D4B16D53D3D0F3EBE28DBF53D51351ABE4AA626BDE5CF9FBD7BD517BDACC51ABDFBD630BE21282ABEAAB2F6BC201B233B020CB3BDAD78943D9E5F31BE4FCB54BC644E2D3E01C4A0BD2EF4313E0DBD8E3DD4D831BEB45EF93DE0ECB5BC20F2AFBD38961D3E1C401FBEF52BA93C4D0A25BDB9BA0C3EF60A5C3DA462BD3D7B318B3D728F3DBD56C725BD9C6622BEAE8FD53DE8771C3EE5D6063E14020BBEC6A00C3CACEB0ABE74F7D8BD90AAE5BDD3B1863D35DFEABD729589BB25A5043CFF11FE3DE4F714BE4B4A07BE54DCE4BD63EF093EC2AD8DBDB339263EF0858E3DE4A1C73C2FC6BBBAD9D31BBDDACDC53CA0FF33BD933DB1BA2E28C93C"
    }
  }
#-}
