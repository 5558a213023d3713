#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_8_torch.float32_4> : tensor<8xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_8_torch.float32_3> : tensor<8xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_torch.float32_2> : tensor<8xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_8_torch.float32_1> : tensor<8xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_8_16_1_1_torch.float32_1> : tensor<8x16x1x1xf32>
    %cst_5 = arith.constant dense_resource<torch_tensor_16_torch.float32_8> : tensor<16xf32>
    %cst_6 = arith.constant dense_resource<torch_tensor_16_8_1_1_torch.float32_1> : tensor<16x8x1x1xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_8 = arith.constant dense_resource<torch_tensor_8_16_1_1_torch.float32> : tensor<8x16x1x1xf32>
    %cst_9 = arith.constant dense_resource<torch_tensor_16_torch.float32_7> : tensor<16xf32>
    %cst_10 = arith.constant dense_resource<torch_tensor_16_torch.float32_6> : tensor<16xf32>
    %cst_11 = arith.constant dense_resource<torch_tensor_16_torch.float32_5> : tensor<16xf32>
    %cst_12 = arith.constant dense_resource<torch_tensor_16_torch.float32_4> : tensor<16xf32>
    %cst_13 = arith.constant dense_resource<torch_tensor_16_1_3_3_torch.float32> : tensor<16x1x3x3xf32>
    %cst_14 = arith.constant dense_resource<torch_tensor_16_torch.float32_3> : tensor<16xf32>
    %cst_15 = arith.constant dense_resource<torch_tensor_16_torch.float32_2> : tensor<16xf32>
    %cst_16 = arith.constant 1.000000e-05 : f64
    %cst_17 = arith.constant dense_resource<torch_tensor_16_torch.float32_1> : tensor<16xf32>
    %cst_18 = arith.constant dense_resource<torch_tensor_16_torch.float32> : tensor<16xf32>
    %cst_19 = arith.constant dense_resource<torch_tensor_16_8_1_1_torch.float32> : tensor<16x8x1x1xf32>
    %cst_20 = arith.constant 3.000000e+00 : f32
    %cst_21 = arith.constant 6.000000e+00 : f32
    %cst_22 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<1x16x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %cst_19 : tensor<1x8x8x8xf32>, tensor<16x8x1x1xf32>) outs(%1 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %3 = tensor.empty() : tensor<16xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_17 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.truncf %cst_16 : f64 to f32
      %52 = arith.addf %in, %51 : f32
      linalg.yield %52 : f32
    } -> tensor<16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = math.rsqrt %in : f32
      linalg.yield %51 : f32
    } -> tensor<16xf32>
    %expanded = tensor.expand_shape %cst_18 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_23 = tensor.expand_shape %5 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.subf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %expanded_23 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_24 = tensor.expand_shape %cst_15 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_24 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_25 = tensor.expand_shape %cst_14 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_25 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.addf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %cst_20 : f32
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
      %51 = arith.cmpf ugt, %in, %cst_21 : f32
      %52 = arith.select %51, %cst_21, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x8x8xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %12 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_21 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %padded = tensor.pad %14 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x16x8x8xf32> to tensor<1x16x10x10xf32>
    %collapsed = tensor.collapse_shape %cst_13 [[0, 1], [2], [3]] : tensor<16x1x3x3xf32> into tensor<16x3x3xf32>
    %15 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %collapsed : tensor<1x16x10x10xf32>, tensor<16x3x3xf32>) outs(%1 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_11 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.truncf %cst_16 : f64 to f32
      %52 = arith.addf %in, %51 : f32
      linalg.yield %52 : f32
    } -> tensor<16xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%16 : tensor<16xf32>) outs(%3 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = math.rsqrt %in : f32
      linalg.yield %51 : f32
    } -> tensor<16xf32>
    %expanded_26 = tensor.expand_shape %cst_12 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_27 = tensor.expand_shape %17 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %expanded_26 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.subf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_27 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_28 = tensor.expand_shape %cst_10 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %expanded_28 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_29 = tensor.expand_shape %cst_9 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %expanded_29 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.addf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %cst_20 : f32
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
      %51 = arith.cmpf ugt, %in, %cst_21 : f32
      %52 = arith.select %51, %cst_21, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x8x8xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %24 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25 : tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_21 : f32
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
      %51 = arith.divf %in, %cst_22 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x1x1xf32>
    %31 = tensor.empty() : tensor<1x8x1x1xf32>
    %broadcasted = linalg.broadcast ins(%cst_7 : tensor<8xf32>) outs(%31 : tensor<1x8x1x1xf32>) dimensions = [0, 2, 3] 
    %32 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%30, %cst_8 : tensor<1x16x1x1xf32>, tensor<8x16x1x1xf32>) outs(%broadcasted : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32 : tensor<1x8x1x1xf32>) outs(%31 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.cmpf ugt, %in, %cst : f32
      %52 = arith.select %51, %in, %cst : f32
      linalg.yield %52 : f32
    } -> tensor<1x8x1x1xf32>
    %broadcasted_30 = linalg.broadcast ins(%cst_5 : tensor<16xf32>) outs(%27 : tensor<1x16x1x1xf32>) dimensions = [0, 2, 3] 
    %34 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%33, %cst_6 : tensor<1x8x1x1xf32>, tensor<16x8x1x1xf32>) outs(%broadcasted_30 : tensor<1x16x1x1xf32>) -> tensor<1x16x1x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.addf %in, %cst_20 : f32
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
      %51 = arith.cmpf ugt, %in, %cst_21 : f32
      %52 = arith.select %51, %cst_21, %in : f32
      linalg.yield %52 : f32
    } -> tensor<1x16x1x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<1x16x1x1xf32>) outs(%27 : tensor<1x16x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.divf %in, %cst_21 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x1x1xf32>
    %39 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %26 : tensor<1x16x1x1xf32>, tensor<1x16x8x8xf32>) outs(%0 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x16x8x8xf32>
    %40 = tensor.empty() : tensor<1x8x8x8xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %42 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%39, %cst_4 : tensor<1x16x8x8xf32>, tensor<8x16x1x1xf32>) outs(%41 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %43 = tensor.empty() : tensor<8xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_2 : tensor<8xf32>) outs(%43 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = arith.truncf %cst_16 : f64 to f32
      %52 = arith.addf %in, %51 : f32
      linalg.yield %52 : f32
    } -> tensor<8xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%44 : tensor<8xf32>) outs(%43 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %51 = math.rsqrt %in : f32
      linalg.yield %51 : f32
    } -> tensor<8xf32>
    %expanded_31 = tensor.expand_shape %cst_3 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_32 = tensor.expand_shape %45 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %expanded_31 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.subf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %expanded_32 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_33 = tensor.expand_shape %cst_1 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %expanded_33 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.mulf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_34 = tensor.expand_shape %cst_0 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_34 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.addf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %arg0 : tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) outs(%40 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %51 = arith.addf %in, %in_35 : f32
      linalg.yield %51 : f32
    } -> tensor<1x8x8x8xf32>
    return %50 : tensor<1x8x8x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32_4: "0x04000000D27394BE1E4D1A3EE47FF53DA716F4BCA63AF0BEBDA18C3E115D6A3ED7FCC1BD",
      torch_tensor_8_torch.float32_3: "0x0400000077668B3F528F873FABFC433FD3C6533FAC55913F46FE263F4A8F8A3FC3B19B3F",
      torch_tensor_8_torch.float32_2: "0x04000000F019923F0458A33F61FC903F8C8FDC3F8253383F56201F3FB2FFBE3FC528A23E",
      torch_tensor_8_torch.float32_1: "0x040000003B06B5BE7F95813E7139DDBE16D103BDC04113BD881C593E4A64B4BC5F89F8BE",
      torch_tensor_8_16_1_1_torch.float32_1: "0x0400000030427C3EF8F721BE2053443D40C1B0BC78B657BD48B564BD3CAC223EC0C6433CCE3E79BED82117BE7C8AAEBDCAD2003E8EAA25BE2E63713E281364BD18DF37BD4297483EE6AA003E6A1E593EEE14143E34519BBD54D929BEA06098BC0EE0533E5CD6ABBD1E686DBE24E2D13D6C35793E00C291BD5AF953BE103568BE904E803DF0129BBCD84601BEA8FB4E3DC06FC23D069A4B3EFCC0463EB04619BD7EBB61BED85367BE48066F3E1055E23D402FDF3D207F5DBE5E0F6D3E1485723EDA21673E30F557BE8830C1BD4A1130BE566C723E04FFDBBD84C1E9BD281F063EE8D8ECBDDC2BFCBD4024B3BC50DAC4BC226B47BE466B553EB4DAE1BD309DB53D24AA5E3EE21A013E50FA103DC4D1593E08A7093D54E1ECBD062D723E605C723D38C679BE18C391BDFE602EBEE272603E001C29BDB25969BE80BE80BC74C5203E9004853D8CE5A13D5034BE3C18E2BE3DE87F79BD78ACCBBD0E496FBEB0DA40BEF0E6DD3DBE9417BEE0E8123D106DA33DA001913C40FA25BEF0D1743E26DD14BE668F523E6EA64BBE585276BD8A410B3E7C31D1BD0E0D573E062B30BE44FB56BEE0DEE6BDB087253DA8B66B3EE46DF4BD0C1BB73DAC5C80BD28115EBDD83C3C3E7A6546BE6086D93CA8BE703EC8B50CBDA6C4463E84AC9DBD00124E3EF6A277BE289513BDA8DC33BD78EEA53D24DFC83DA68F443EC88F18BD606D22BCCA4F2F3E90888ABD",
      torch_tensor_16_torch.float32_8: "0x04000000F591B8BD89F86CBE6ADA01BEF1CC883D6F293DBE6171A03DDD0AA6BD406E2FBE97F4463D3AD8943E4FC474BE077D863C188205BEABA2B13E97BEABBE4589ADBE",
      torch_tensor_16_8_1_1_torch.float32_1: "0x04000000B5F503BE8D854B3ED6B44DBE53F262BD28B4993E92586F3C290580BEAF02F2BD1B8CC4BD03B28BBDDC960A3D7B69A73EC5119B3C83895FBEBF72943CC8972D3EF395333EC770A5BE739181BD068686BE077A1ABEAD70023E1C8C80BE5A94063E2FA5993ED3F6BD3C584B71BE88B601BECD1C9E3D8AFE89BE53DD333E8A57A4BE3F03AEBEADE3AFBE85E392BD5C72733EBC54ABBE0076963EE1D210BE1C12D43D8514843C853AA3BEE51F963EF6EF423EB4EEB33E06E8363E72F86EBE6713973E17A99B3C48AF2B3E862591BE8B43D0BD23BDB1BEE8020DBEBE349C3D24218EBE58CFE63D4658423ECCBD493DEA3B72BE0D598CBED063DFBD7AEB1E3E8C8EB23EC82E503E5D1323BD99DFFD3D6397B1BEDD9B9ABE1CEE283E6F104DBEDC2C2E3E22937FBE5B5233BE881A95BE30ED3C3E538F13BD0C508B3E3F0E603ED754483EA1443A3C68DEDFBDF56F9DBDEB75403D4D77333E00A47DBEEFEC973E3D751DBD32AF97BE44E243BE4B2BA03E0F8CA53EAEACA7BE63587F3E6370353E214C563EF83C993EF01E43BE64A5E43D8328143EC6F5D5BD9450F23DA653D0BDA2D55F3E0AE6C8BD6AF706BE2849B63DAE69003EBFE130BEB403003D79D0513E2E1610BD7E5CDC3D55A3AEBDF1C9FD3D1D2183BEA0E354BE74C437BED65BA63E73D6C2BD4B0E7DBAF7672FBEB6B5B43ED2CBB03EB98588BE36BF92BE1D3689BE6C7DDFBA",
      torch_tensor_8_torch.float32: "0x040000008CB5233E703C983CB8BBF1BDB8466B3EAC60D13D5A5742BE6203753E5266423E",
      torch_tensor_8_16_1_1_torch.float32: "0x04000000420A72BEB03B5D3DA8A90FBE503E64BEFA7A603ED03F26BED0FBE8BC48AF923DE07D023CFA412CBE2CEE4EBE980D4C3E30BF263D4662543EA8A4ABBDF8CF963D182A6ABD602736BC52EA1BBEAC28AD3D80E0A13D40FDA8BBC04C66BD58CE1DBE1409313E94923EBEACBFD13D6C29ACBD0C06F7BDE0F4373D22FB04BE40EF6B3D1018493DCA133EBE987E2A3D6413DA3D5CAACA3D58E600BD9ADD51BE90DA1DBD50D2B13D2CD1BABD7458C23D867C2A3EBAAB05BE8093213B24B6D33D9084A03C9012AB3C70B9FF3CFA4049BEE0F2A03CB445313E64AF663ED876163E1838093D7C1CEF3DDC13F9BDEC2454BECA235CBE5A637F3E8E81223EB2F430BEF450C83DAA52413EC2E67F3E58D85F3E4456463EF0C26ABDA0AEB3BD4230523E0A750F3E300E1ABEFE25663E9060F73D008E0B3E6A7420BE88E4923DEC7CB3BDFC06483E584238BDF853C73D80E2353DF8D6D93DE0FDADBDF4A2F93DFECE32BE8846673D20352DBEBA8D7CBE10954DBEB61A4A3E50810A3EE82E703E48164D3EA09E64BECEB32EBEE87525BD324126BEF8C3313EBA8941BE38CEF9BDC45177BEC65711BEE28D523E429A513E2441373E22AA453EBAA1633EB01A83BDF447E13D0414643E1461A93DCAEA7F3E18C7043E58241F3E2C32B3BDF4ABF53D2054EB3C888C74BD4A4F10BE56A50FBEB2FC44BE4EDC2B3E96FF353EA016E9BCC42414BE22DD453E",
      torch_tensor_16_torch.float32_7: "0x04000000A0F7473EDB035FBE3BE305BDFF74E93E2F813A3D3DC1F03BD5BC963DFCDB473E0068333EE4E5913EDF255FBD428A3F3E0CC998BED0C6E8BD56003EBE07AED83E",
      torch_tensor_16_torch.float32_6: "0x04000000681F9E3F1EFFB63FDE72AA3F2FDB3C3FFAF7713F68B8573F8012193FC506803FE627B03FC6EBB53FA4F8853F2F898E3F0696483F564FB03FF5BC4A3F9E15273F",
      torch_tensor_16_torch.float32_5: "0x040000008E1BFA3F0A6EAB3FC541453F96C73A3F5530063FC7C3F33E7E7E743FA5D9703F540CC03F591E373F4BA3E83FA3DDEF3E9E208D3F075BF43F695AFF3F5223143F",
      torch_tensor_16_torch.float32_4: "0x04000000C80B363E21894FBDA2962FBF2926773DA8FCCABDB2BCECBEEAB7C2BECF0147BEC674853F6AB3483E4AE8653F5EE3A03BBBC085BC30FB92BED194843AB407A0BE",
      torch_tensor_16_1_3_3_torch.float32: "0x04000000D0D1EEBDD2E18BBEAB3691BDA6EC913DF35D5EBED6228CBC0058743E4B5B0CBD56C8173C5692EBBCB6288A3D8008593ED2A9A13E08C4583E8308A23E807CC5BC445099BE80D121BE686A683EAB9C0DBB93A829BEACC882BE00B89FBE480B90BE4B788ABD73303B3EF089383EAC98A4BEE8EA543E5C8C85BEA05290BDBE660ABEF67D83BD600986BDD22599BE2E5C93BE8BA555BD00418D3B260F1BBE7B94003E279C99BE0049B8BC6C16963E263A0BBECF1C9A3EF63AF73D1F059ABEF0F5573E4B8D1DBDA05F18BE6379883E38EA89BECB81123DD6ED8EBD1EC0733E0B90BE3D3303243E0017F13D002AA4BD8B918FBDABA48CBE10F3383E6F81873E7B8C693EE6C470BE2B93733C169E70BE0BE63BBE96E546BE464CE93DB0674BBE564DEEBB80BF653C06085C3EA70281BE5B546ABEFB3246BE1EE96E3E1065F5BD96F48F3E80DBF63D00E32C3D009E22BB5BF386BDAB4D2B3D20E29BBDAB7E19BB00352E3D107F85BE4EE732BEE6CF893E04818ABE2B14C4BC80D4A83EC09AF63D80A01A3CC4E693BEC816293E0B2073BEE0C8C1BDBB0BE5BD4B304ABD56F36E3B64C48C3E56722A3D6BDD983E40CC503EB3CB57BEE316193E864971BE68AA10BEABC9C83D4069E13DF709803EE0C2DBBDABE20B3AF8B92F3EE70CA5BE03C7763ECB208DBEAB8A963B2B2168BD63C533BE2075343DA2208D3E8B8EC7BDC8A54ABE067AFCBDEF27A9BE68131A3E16EE23BE16C963BE83A444BE6E40443EDBC2343E8BFD823E769EF73DB0FBE3BD1BC5BEBD20AEC93D3F4B8C3E9B9CB93D138021BEFE7320BE",
      torch_tensor_16_torch.float32_3: "0x040000000D40233E0134CBBD9D1382BEC8AE6E3EE71039BC5321033E3D9578BDF7D9B1BC3C61B63E0FA10F3D3080DEBD6B91EFBD23A4203EF79C8ABE18AAD13C77D48C3E",
      torch_tensor_16_torch.float32_2: "0x04000000C41AB83FABC62A3F2E26723F0020793FB48E9C3F5AC1AB3F26B66B3F59F4153F25B69F3FFA24933F71B5993F7B0A313FAC30A93F309EBC3FAA8D853F1A71083F",
      torch_tensor_16_torch.float32_1: "0x040000000185D23F3025223F58B96C3F0E3EE83F887D653F254A973FF715F13EEADCEE3FF4D07B3FDE2CE23E2088AE3F2D90EB3E448DC53E61D1933FB522E83F8666583F",
      torch_tensor_16_torch.float32: "0x040000006A1DBA3D7AD9743D83AB48BFC965A93D9CA3A63D0E65A0BE6B46103FEF690E3F613B7BBD7EA5813D9DFEDC3E2ADA8E3E07BAB63E6FFE93BE9442E1BD166FCD3E",
      torch_tensor_16_8_1_1_torch.float32: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C6B200F3E403B593EDE7075BE86A71DBEA77F033EF750963EE70395BD7A75873E1E6B69BD353C193DA1E8A33E20EDA7BEC5EA63BEAC4FB7BD661F0DBE9E669C3E85AA6ABE86A826BE53EF7CBE2089A9BE2D5653BE979A9B3E5E8C213E5F782F3E4952983C7B9C39BE6E01753D4D04A9BE68CC82BE4CA43ABE876C643E5D45543EF68F20BEF20251BCB38B673E12F5B33ECBAF0F3EA6A2433DF2BD723E522B55BE70ED863D65588CBE8AEC7ABEF2053BBE10D0233EFD98113E5B7456BEB8BFDA3DC5BF463E43C836BDCF2B5D3CAAC5A73DAE99603E4ED0AD3E6D7F8BBE1CAD04BEE7480E3EC4FB953E3C869D3E40B99F3E171A903D49699DBE2838053D4B7E62BEA4B3A8BE96D5A03ECBA3893E6492B4BEEC86873DC6F473BD5C4F6EBDC7B925BE65390B3ED06F56BE61B8043EFD15373E2B96813ECB5E073E4529B3BE76DA6ABE77C5343EE58C973DD5358DBE0B7850BE374BAA3EB8F2733EA3DB1DBE3F3DB6BD4D70ACBE123CD0BB775188BE67A18BBEE4959FBCEA6E593D0B4414BE5DD3563E8F505CBE6440A43EE51A783E88A698BE2536B4BD67B0823C8F49533D86BBAB3DFF120E3E4A7DAD3C2AA630BE0E502B3E81A4ADBE2E9556BE1842B5BD975A30BE"
    }
  }
#-}
