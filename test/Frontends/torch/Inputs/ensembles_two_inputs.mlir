#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @main(%arg0: tensor<1x3x8x8xf32>, %arg1: tensor<1x3x8x8xf32>) -> tensor<1x20xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_10_torch.float32_5> : tensor<10xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_5> : tensor<10x8xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_torch.float32_47> : tensor<8xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_8_torch.float32_46> : tensor<8xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_8_torch.float32_45> : tensor<8xf32>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.float32_44> : tensor<8xf32>
    %cst_6 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_5> : tensor<8x8x3x3xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_8_torch.float32_43> : tensor<8xf32>
    %cst_8 = arith.constant dense_resource<torch_tensor_8_torch.float32_42> : tensor<8xf32>
    %cst_9 = arith.constant dense_resource<torch_tensor_8_torch.float32_41> : tensor<8xf32>
    %cst_10 = arith.constant dense_resource<torch_tensor_8_torch.float32_40> : tensor<8xf32>
    %cst_11 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_5> : tensor<8x3x3x3xf32>
    %cst_12 = arith.constant dense_resource<torch_tensor_10_torch.float32_4> : tensor<10xf32>
    %cst_13 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_4> : tensor<10x8xf32>
    %cst_14 = arith.constant dense_resource<torch_tensor_8_torch.float32_39> : tensor<8xf32>
    %cst_15 = arith.constant dense_resource<torch_tensor_8_torch.float32_38> : tensor<8xf32>
    %cst_16 = arith.constant dense_resource<torch_tensor_8_torch.float32_37> : tensor<8xf32>
    %cst_17 = arith.constant dense_resource<torch_tensor_8_torch.float32_36> : tensor<8xf32>
    %cst_18 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_4> : tensor<8x8x3x3xf32>
    %cst_19 = arith.constant dense_resource<torch_tensor_8_torch.float32_35> : tensor<8xf32>
    %cst_20 = arith.constant dense_resource<torch_tensor_8_torch.float32_34> : tensor<8xf32>
    %cst_21 = arith.constant dense_resource<torch_tensor_8_torch.float32_33> : tensor<8xf32>
    %cst_22 = arith.constant dense_resource<torch_tensor_8_torch.float32_32> : tensor<8xf32>
    %cst_23 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_4> : tensor<8x3x3x3xf32>
    %cst_24 = arith.constant dense_resource<torch_tensor_10_torch.float32_3> : tensor<10xf32>
    %cst_25 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_3> : tensor<10x8xf32>
    %cst_26 = arith.constant dense_resource<torch_tensor_8_torch.float32_31> : tensor<8xf32>
    %cst_27 = arith.constant dense_resource<torch_tensor_8_torch.float32_30> : tensor<8xf32>
    %cst_28 = arith.constant dense_resource<torch_tensor_8_torch.float32_29> : tensor<8xf32>
    %cst_29 = arith.constant dense_resource<torch_tensor_8_torch.float32_28> : tensor<8xf32>
    %cst_30 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_3> : tensor<8x8x3x3xf32>
    %cst_31 = arith.constant dense_resource<torch_tensor_8_torch.float32_27> : tensor<8xf32>
    %cst_32 = arith.constant dense_resource<torch_tensor_8_torch.float32_26> : tensor<8xf32>
    %cst_33 = arith.constant dense_resource<torch_tensor_8_torch.float32_25> : tensor<8xf32>
    %cst_34 = arith.constant dense_resource<torch_tensor_8_torch.float32_24> : tensor<8xf32>
    %cst_35 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_3> : tensor<8x3x3x3xf32>
    %cst_36 = arith.constant dense_resource<torch_tensor_10_torch.float32_2> : tensor<10xf32>
    %cst_37 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_2> : tensor<10x8xf32>
    %cst_38 = arith.constant dense_resource<torch_tensor_8_torch.float32_23> : tensor<8xf32>
    %cst_39 = arith.constant dense_resource<torch_tensor_8_torch.float32_22> : tensor<8xf32>
    %cst_40 = arith.constant dense_resource<torch_tensor_8_torch.float32_21> : tensor<8xf32>
    %cst_41 = arith.constant dense_resource<torch_tensor_8_torch.float32_20> : tensor<8xf32>
    %cst_42 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_2> : tensor<8x8x3x3xf32>
    %cst_43 = arith.constant dense_resource<torch_tensor_8_torch.float32_19> : tensor<8xf32>
    %cst_44 = arith.constant dense_resource<torch_tensor_8_torch.float32_18> : tensor<8xf32>
    %cst_45 = arith.constant dense_resource<torch_tensor_8_torch.float32_17> : tensor<8xf32>
    %cst_46 = arith.constant dense_resource<torch_tensor_8_torch.float32_16> : tensor<8xf32>
    %cst_47 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_2> : tensor<8x3x3x3xf32>
    %cst_48 = arith.constant dense_resource<torch_tensor_10_torch.float32_1> : tensor<10xf32>
    %cst_49 = arith.constant dense_resource<torch_tensor_10_8_torch.float32_1> : tensor<10x8xf32>
    %cst_50 = arith.constant dense_resource<torch_tensor_8_torch.float32_15> : tensor<8xf32>
    %cst_51 = arith.constant dense_resource<torch_tensor_8_torch.float32_14> : tensor<8xf32>
    %cst_52 = arith.constant dense_resource<torch_tensor_8_torch.float32_13> : tensor<8xf32>
    %cst_53 = arith.constant dense_resource<torch_tensor_8_torch.float32_12> : tensor<8xf32>
    %cst_54 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32_1> : tensor<8x8x3x3xf32>
    %cst_55 = arith.constant dense_resource<torch_tensor_8_torch.float32_11> : tensor<8xf32>
    %cst_56 = arith.constant dense_resource<torch_tensor_8_torch.float32_10> : tensor<8xf32>
    %cst_57 = arith.constant dense_resource<torch_tensor_8_torch.float32_9> : tensor<8xf32>
    %cst_58 = arith.constant dense_resource<torch_tensor_8_torch.float32_8> : tensor<8xf32>
    %cst_59 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32_1> : tensor<8x3x3x3xf32>
    %cst_60 = arith.constant dense_resource<torch_tensor_10_torch.float32> : tensor<10xf32>
    %cst_61 = arith.constant dense_resource<torch_tensor_10_8_torch.float32> : tensor<10x8xf32>
    %cst_62 = arith.constant dense_resource<torch_tensor_8_torch.float32_7> : tensor<8xf32>
    %cst_63 = arith.constant dense_resource<torch_tensor_8_torch.float32_6> : tensor<8xf32>
    %cst_64 = arith.constant dense_resource<torch_tensor_8_torch.float32_5> : tensor<8xf32>
    %cst_65 = arith.constant dense_resource<torch_tensor_8_torch.float32_4> : tensor<8xf32>
    %cst_66 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.float32> : tensor<8x8x3x3xf32>
    %cst_67 = arith.constant dense_resource<torch_tensor_8_torch.float32_3> : tensor<8xf32>
    %cst_68 = arith.constant dense_resource<torch_tensor_8_torch.float32_2> : tensor<8xf32>
    %cst_69 = arith.constant 1.000000e-05 : f64
    %cst_70 = arith.constant dense_resource<torch_tensor_8_torch.float32_1> : tensor<8xf32>
    %cst_71 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_72 = arith.constant dense_resource<torch_tensor_8_3_3_3_torch.float32> : tensor<8x3x3x3xf32>
    %cst_73 = arith.constant 1.600000e+01 : f32
    %cst_74 = arith.constant 3.000000e+00 : f32
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
    %0 = tensor.empty() : tensor<1x8x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_72 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %3 = tensor.empty() : tensor<8xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_70 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded = tensor.expand_shape %cst_71 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_75 = tensor.expand_shape %5 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %expanded_75 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_76 = tensor.expand_shape %cst_68 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_76 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_77 = tensor.expand_shape %cst_67 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_77 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_78 = tensor.pad %10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %11 = tensor.empty() : tensor<1x8x4x4xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_78, %cst_66 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_64 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%14 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_79 = tensor.expand_shape %cst_65 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_80 = tensor.expand_shape %15 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %expanded_79 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %expanded_80 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_81 = tensor.expand_shape %cst_63 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_81 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_82 = tensor.expand_shape %cst_62 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %expanded_82 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x4x4xf32>
    %21 = tensor.empty() : tensor<1x8x1x1xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%20 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_73 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed = tensor.collapse_shape %24 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %25 = tensor.empty() : tensor<8x10xf32>
    %transposed = linalg.transpose ins(%cst_61 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<1x10xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %28 = linalg.matmul ins(%collapsed, %transposed : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_60 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %30 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%28, %29 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %31 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_59 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_57 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%32 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_83 = tensor.expand_shape %cst_58 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_84 = tensor.expand_shape %33 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %expanded_83 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded_84 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_85 = tensor.expand_shape %cst_56 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %expanded_85 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_86 = tensor.expand_shape %cst_55 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %expanded_86 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_87 = tensor.pad %38 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %39 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_87, %cst_54 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_52 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %41 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%40 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_88 = tensor.expand_shape %cst_53 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_89 = tensor.expand_shape %41 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %expanded_88 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %expanded_89 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_90 = tensor.expand_shape %cst_51 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %expanded_90 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_91 = tensor.expand_shape %cst_50 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %expanded_91 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x4x4xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%46 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_73 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_92 = tensor.collapse_shape %48 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_93 = linalg.transpose ins(%cst_49 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed_92, %transposed_93 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_48 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %51 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%49, %50 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %52 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_47 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_45 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%53 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_94 = tensor.expand_shape %cst_46 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_95 = tensor.expand_shape %54 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_94 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %expanded_95 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_96 = tensor.expand_shape %cst_44 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_96 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_97 = tensor.expand_shape %cst_43 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_97 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_98 = tensor.pad %59 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %60 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_98, %cst_42 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_40 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%61 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_99 = tensor.expand_shape %cst_41 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_100 = tensor.expand_shape %62 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_99 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_100 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_101 = tensor.expand_shape %cst_39 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_101 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_102 = tensor.expand_shape %cst_38 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %expanded_102 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x4x4xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%67 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_73 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_103 = tensor.collapse_shape %69 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_104 = linalg.transpose ins(%cst_37 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %70 = linalg.matmul ins(%collapsed_103, %transposed_104 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_36 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %72 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%70, %71 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %73 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%30, %51 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %74 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%73, %72 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%74 : tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_74 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %padded_105 = tensor.pad %arg1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
    %76 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_105, %cst_35 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_33 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%77 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_106 = tensor.expand_shape %cst_34 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_107 = tensor.expand_shape %78 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %expanded_106 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %expanded_107 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_108 = tensor.expand_shape %cst_32 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %expanded_108 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_109 = tensor.expand_shape %cst_31 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %expanded_109 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_110 = tensor.pad %83 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %84 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_110, %cst_30 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_28 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%85 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_111 = tensor.expand_shape %cst_29 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_112 = tensor.expand_shape %86 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84, %expanded_111 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87, %expanded_112 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_113 = tensor.expand_shape %cst_27 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%88, %expanded_113 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_114 = tensor.expand_shape %cst_26 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %expanded_114 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x4x4xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%91 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%92 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_73 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_115 = tensor.collapse_shape %93 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_116 = linalg.transpose ins(%cst_25 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %94 = linalg.matmul ins(%collapsed_115, %transposed_116 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %95 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_24 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %96 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%94, %95 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %97 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_105, %cst_23 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_21 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%98 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_117 = tensor.expand_shape %cst_22 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_118 = tensor.expand_shape %99 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%97, %expanded_117 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%100, %expanded_118 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_119 = tensor.expand_shape %cst_20 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%101, %expanded_119 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_120 = tensor.expand_shape %cst_19 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%102, %expanded_120 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_121 = tensor.pad %104 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %105 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_121, %cst_18 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_16 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%106 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_122 = tensor.expand_shape %cst_17 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_123 = tensor.expand_shape %107 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%105, %expanded_122 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%108, %expanded_123 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_124 = tensor.expand_shape %cst_15 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%109, %expanded_124 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_125 = tensor.expand_shape %cst_14 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %expanded_125 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%111 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x4x4xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%112 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_73 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_126 = tensor.collapse_shape %114 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_127 = linalg.transpose ins(%cst_13 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %115 = linalg.matmul ins(%collapsed_126, %transposed_127 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %117 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%115, %116 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %118 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_105, %cst_11 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_9 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%119 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_128 = tensor.expand_shape %cst_10 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_129 = tensor.expand_shape %120 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %expanded_128 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %expanded_129 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_130 = tensor.expand_shape %cst_8 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122, %expanded_130 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %expanded_131 = tensor.expand_shape %cst_7 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %expanded_131 : tensor<1x8x8x8xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x8x8xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124 : tensor<1x8x8x8xf32>) outs(%0 : tensor<1x8x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x8x8xf32>
    %padded_132 = tensor.pad %125 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg2: index, %arg3: index, %arg4: index, %arg5: index):
      tensor.yield %cst : f32
    } : tensor<1x8x8x8xf32> to tensor<1x8x10x10xf32>
    %126 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded_132, %cst_6 : tensor<1x8x10x10xf32>, tensor<8x8x3x3xf32>) outs(%12 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_4 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.truncf %cst_69 : f64 to f32
      %142 = arith.addf %in, %141 : f32
      linalg.yield %142 : f32
    } -> tensor<8xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%127 : tensor<8xf32>) outs(%3 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<8xf32>
    %expanded_133 = tensor.expand_shape %cst_5 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_134 = tensor.expand_shape %128 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %expanded_133 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.subf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %expanded_134 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_135 = tensor.expand_shape %cst_3 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130, %expanded_135 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.mulf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %expanded_136 = tensor.expand_shape %cst_2 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %expanded_136 : tensor<1x8x4x4xf32>, tensor<8x1x1xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x4x4xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132 : tensor<1x8x4x4xf32>) outs(%11 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.cmpf ugt, %in, %cst : f32
      %142 = arith.select %141, %in, %cst : f32
      linalg.yield %142 : f32
    } -> tensor<1x8x4x4xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%133 : tensor<1x8x4x4xf32>) outs(%22 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%134 : tensor<1x8x1x1xf32>) outs(%21 : tensor<1x8x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_73 : f32
      linalg.yield %141 : f32
    } -> tensor<1x8x1x1xf32>
    %collapsed_137 = tensor.collapse_shape %135 [[0], [1, 2, 3]] : tensor<1x8x1x1xf32> into tensor<1x8xf32>
    %transposed_138 = linalg.transpose ins(%cst_1 : tensor<10x8xf32>) outs(%25 : tensor<8x10xf32>) permutation = [1, 0] 
    %136 = linalg.matmul ins(%collapsed_137, %transposed_138 : tensor<1x8xf32>, tensor<8x10xf32>) outs(%27 : tensor<1x10xf32>) -> tensor<1x10xf32>
    %137 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%cst_0 : tensor<10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x10xf32>
    %138 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%136, %137 : tensor<1x10xf32>, tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %in_141: f32, %out: f32):
      %141 = arith.addf %in, %in_141 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %concat = tensor.concat dim(0) %96, %117, %138 : (tensor<1x10xf32>, tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<3x10xf32>
    %expanded_139 = tensor.expand_shape %concat [[0], [1, 2]] output_shape [3, 1, 10] : tensor<3x10xf32> into tensor<3x1x10xf32>
    %139 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["reduction", "parallel", "parallel"]} ins(%expanded_139 : tensor<3x1x10xf32>) outs(%27 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %140 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%139 : tensor<1x10xf32>) outs(%26 : tensor<1x10xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_74 : f32
      linalg.yield %141 : f32
    } -> tensor<1x10xf32>
    %concat_140 = tensor.concat dim(1) %75, %140 : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x20xf32>
    return %concat_140 : tensor<1x20xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_10_torch.float32_5: "0x04000000FA4E7EBEF24C5CBE855F753D19D02FBD11994E3E71E5C4BD45B8633D5F7496BD4EE6873EEBF9BDBC",
      torch_tensor_10_8_torch.float32_5: "0x0400000024ADB03E73F5F93DEDAF8E3EE9C2023E1143AB3E09B405BDBEF4B23DE0356FBD589BCABB076EDABD4F470FBE6D6E513E505C1B3E4CD11FBE59889FBE7D05313EBA83A6BE492A80BCBCC19BBEB492973E5E66933EEEC494BEB84CA8BEEA0D56BE85CDC73DFD0B35BEA96FACBDE089B7BDD3D1843D133F2BBE1CA9243EF98881BEE1E700BD34BC973EF7E847BEA0E18A3E396D3C3EE1E3E9BD9315FB3DA79574BE3E1AE93C421ACD3D20939C3ED6964ABE3CE64DBEFCB134BE1458B0BEA76D923DA4D795BECA5FC2BDF48821BE8CEFA13CE2A5DB3D4D8B83BE1CC2D5BD52390BBDC44951BE2C45A73D8006063E520281BEA7568E3EE0A1803ED787D9BD1779573D0B53303D12CE47BD59FA72BEE329953E0A29323EAF4597BEF74A8CBE2724AC3EF121673D865AA6BD055E753E2103D03D1AF6013E189C8F3E000DE2BC257DAC3E",
      torch_tensor_8_torch.float32_47: "0x04000000021CAB3D0F018A3E60EF163EBE4D8CBD2E925D3E0B359B3C16BB0E3F28D2DA3C",
      torch_tensor_8_torch.float32_46: "0x0400000081E8A73FF4B6983FB2966F3FD1343C3F6882053F34C79E3F30E9B13F03144F3F",
      torch_tensor_8_torch.float32_45: "0x040000006A2BC53FD39DC33F274A623F36B3F53F39BDDD3F71DBF93F2EA0BE3EE131313F",
      torch_tensor_8_torch.float32_44: "0x040000003DA7F0BE71E95C3F4686F9BD0D84C13EF23A5ABE70D8233E1E028ABD7D3F83BE",
      torch_tensor_8_8_3_3_torch.float32_5: "0x04000000D7864CBD5F49463D3F41B2BD5299C03DBA26D33DE72C2E3DE0F3BB3D4F7F923DC55B38BDBD56D1BD75157E3C2C8B973DFA8745BC5077223CCBE4B23D8B4F473D0870B43D1BC38D3CD470583C13EEE6BC83EAA2BC2A4680BDF95DA13DA021DC3DDB24333D1B745B3B05591FBD324DEEBDFBC3B2BCA357ABBDB22FB2BD192CBFBCEDEBBDBCDDC0C23C1AF1AEBD6F74AD3DEBBEDBBDB29C64BDCC4337BDB816EE3BE28B473D5F6CFEBCB4AC963C7E8DE4BCA2DB3DBDCE0A87BCFE61C23CC671EABD13FFA7BDE68FBC3D25475A3DE5814EBB11E9733B9B43853C8F63E03CFDC8A4BD3E9503BD7983DDBDCBC0BDBDE8A6B5BC4FF27EBC31C7BC3DBF4AA63C998A9CBCADF955BB16CC863D303A12BD7A7BB4BC5BACC1BC1DA0C2BD94EE86BC581FDFBD28BC81BDE0A099BD6ECBB33D1156DEBDA48EE83D74FE343DDF1BA3BDA8F6C73D40BED4BC766DCCBD7E1286BC72906E3DB8ABEABD34B210BCEF68443DA5203CBD13DC2F3C34303DBD64EDA1BDA504BD3D6260ABBDC018B5BA27C6203D11E286BD9213693D5770C8BDA082E63D9CFB563D3DAE88BCA2C5C8BDFF2E6E3B81392B3D9C1583BDBC2A73BC6688F0BD9449F1BD9BB351BCC8F4C93D47C1B5BB8356173D39F340BDD09E1DBD153D54BC870774BDE9B0933DE782963DF8A1BBBD170F143DCF6947BDC8CA8ABD3F906BBC93B815BD736D89BD40488E3CECC2893D30F994BC1C1107BCC34C113C3F764FBD7A8E7F3D67B2DE3D687930BCC641033CC678C23DF7AFC53D0C8CB3BD4E8C5FBD96C1ECBD93D4933DB161BC3DDAB02FBDDCD71A3D95DCE93CBAA7CFBDFFC3403D5ADC6C3DC4DB293BD602463CB757E03C87E0AD3D0042D53D5DC28A3C09C34D3D3C95FCBC3DE68F3DC2E03DBD1FF3C6BDA57A623DA108333D0680D43CA6614D3D71C4653CAE49243D10B3443D473382BDB9E9CEBB2C7E913C4D9392BC4EEECABD4129373C1681933D181481BDEEF7EC3DB12CDC3CA44D4D3D3F663ABD546FC5BD09A633BD6DF76B3B46F65BBD43F2D63D5B7A9ABDBB8FA2BD10392BBD2A89D83DAFB95CBDFA49DF3DB0FA673DF8B092BC69AA793DFF7C653D1FB375BD49C2C6BC50C9E93D4A608A3DFCC46BBD2FCC01BDA547873D350F753D700E193C074D9BBDAE04B2BD19C6CBBCC77A313DC8D94DBCCFCBC9BDD49BECBC9BEAF03DEB7CC7BD5351BBBDB9B9973D6E27F03DB42DE8BD634BDABD69F016BDBAA4F03D25FC88BDB616253C2607C53DF5E22ABD720814BD1E02A2BD1546943B8747E13DC463453D1FA6A93D79D8FFBB375999BCAA7AACBC8DA8893DF1307DBCFD2ACEBD738129BD0AEA3C3D9451EB3D2C8CAFBC8624D2BD8FB7B1BD27E7BDBDDC95423DA9E9B13DAAC10E3D5370263DA13D9D3DAB05A53D931F903DCDF7863D5F9E023D4E29793DBB9CA5BD8A389CBDD0D2013D473E963C222FD4BD68D4AFBDDA23C0BD76B1BF3DDBCC9D3D34147EBD7CAA913CB30EDEBCDFD1D13D7B9BDABDC914B0BD7CF2C8BD3F778C3D0B4E71BD81C18F3DA82C233DF6F26BBD210A02BD025943BD7EF6543DE79541BDD3D1233DEAF0093C3DC0C0BDA2B897BD225AA7BD1DF17C3D2531D13C073342BB15B78FBDF123EFBDD1D32ABDEEB8B8BD3712F0BDE032E6BD89A79DBD90A2EABDC779163DB39E343D7591423D9245F0BD273F953D9639BC3C15D5763D2848EDBCEFCE673D9BE8E4BDD76A243D9763BF3D06EB4A3D1A82E3BDA58207BD97C86FBC0BEC7C3D5FA936BD06DB8A3C6A7529BD225E99BCFABE19BBA6978ABD9A86A7BD3B40C73D2DCACA3DA7D369BBB8E9D03DE5FCB93D140798BDFCCF3FBDDBC6A5BD46111C3D0054433BA96584BC7F33B33D28AE3CBDFA1784BD9193ABBDA49275BDFCA0E83D6BB16ABD4ED204BD6B91593D2B5FB9BDB87E92BD6EA4B13DA92439BD6C7C7ABD27D079BC309189BCDC6FB03C8AF9303D5919BABD8356DB3D1479E5BD447D233DB73308BD8BD94BBDB3C5E13D2496E8BDEEDE033CC2A89A3D0CC6D73D760CCCBD99A3683CBDCBEE3D136BECBD4CCFEB3C863A97BDCCB99C3C6754DABDC07F6D3DF12BD6BC1F3F903DDA48E8BAEA9C89BC4964EABC94FFDCBD340A4DBD0740803B04BABABD27D1D33DC3F89CBD2D103CBD521B81BC1984C3BD8E1674BA1E7368BDE906CABD19723D3B23ACD53DF2BCED3C0A12C73D330F97BACF7C28BD7B86C23D2E8780BD5548DFBD504CD33C1693703DA64690BD4DE6293DA4422BBD80476ABCD9C3D5BCF47FCEBC9262C4BDD49CEC3CB9F3FDBC408DB83D6F24A13C7B63C5BD6F9DB7BD3E937BBDAA29673D1CD59BBD9DD45CBD4946AF3C7155A7BDE3B36DBD61DCDA3DC8357FBDFCD320BDC49EAC3DC956D83C5371BD3D8CA2D4BDD748713DD0AB93BC37A09ABD1BBF4EBDE075E9BD5CF7A63DC43FB9BCD1A9ECBD116ACE3D60549C3D7B98473DB939EC3DD9F5D93D7090E13DAD24D83DA825C43DA0BDFC3CBDB321BC0BDC923B5E9B48BD12CF623D12C15F3B87C5E33C8D789BBDD6C135BD95F2B43DA9CC3B3C0595263D53B5D2BD6AB64EBD419144BBFF9D4ABC03129A3D50AD11BD0C70C93D11B9BABCB3C03B3D70ECA9BDE8DDA33C574FEBBD5815CFBD9A789ABDEC23073DFDA7153CE7E03A3C1A3753BC4ACDCA3D776FEC3D3F014D3D29F1BF3DF5DABEBB6B7631BD95B0BB3CC7B39E3DB43595BCBE52B9BD32691F3DDC1AF6BCEB5D68BDA572983D841383BB83F789BD2D6C90BD6C4DE33DD0FD9C3D9511ADBDA14A6C386D1827BB3118663D0EB7CEBD6B93E53A45D6203D22A8753DDAE5493CF3446FBD51B5E7BD3575823D1D5ADC3D01BE11BD09B1D7BD8D3C0D3D6E37A9BD13B29DBD0995033D575C37BCCF5603BC967CD83DFB56A9BCF0EA923DB33B16BDA898B33D9743133D1D13D73DB95C283DBDFC2ABD0465523DFCA1CD3D78FBB63C058C5E3D40CDA9BDF3C6823D7427E4BDDD5DD53DC35F473DA822FE3B9EE6E1BD8B7BDB3D88E6993D5980DE3D04C33D3D9491223D9014FABC9AD145BDD7593F3DC568273D5A657ABB9A8F993CFED1253D2E3DE9BDC271D5BD608000BD4A61A43D79826B3D3B5EE6BD7CEF10BD7A1A4CBC628B1E3D0576C53DC4EC283BDDDEBBBDFBF3EC3B2D683ABD328193BDBAAF853D52B581BCD517643DAFEFBB3DF2C43D3CF8F1873D14FB63BDFFBA863D19479A3BE763A03DF0C0E63DC093B6BD9420E53D8E3EB83D716EC2BD37810D3D0B7EC4BD4C961C3D894B953C7867E6BD5F3C2F3DDA9704BDCF94F03D",
      torch_tensor_8_torch.float32_43: "0x040000007195053DACBDB8BD9993523E3642A5BBFA5D133E708350BE2CC7413E1B7CB7BC",
      torch_tensor_8_torch.float32_42: "0x04000000F08C363F39D6AF3FFF75433FC9BC113F99AA483FC0AD0E3F88EB913FFA4E843F",
      torch_tensor_8_torch.float32_41: "0x040000005F2D573F2972ED3F8E38773F0DB3E23E4A05523FE302DE3FE3E7B83F1377A53F",
      torch_tensor_8_torch.float32_40: "0x04000000D53206BF66AD6DBD0869DE3E515F04BF309FA4BDECED94BD6FDBB2BE037C69BD",
      torch_tensor_8_3_3_3_torch.float32_5: "0x040000000761D63D47DF0DBDF00225BE8DC814BE3FCB07BEC4A8583D3311173EDC201C3E3C0E59BDF2EFE4BD9EEEAEBD209F06BE0A3C4BBD32FB31BE69AAD23DF57A39BEDB2CF5BDC440043ECB6813BEE8723C3DF99B133EE640423EFD6DC73DDD8B53BD6C39E13D3B1FD0BB9A0E73BDE44D243A3FD1303D7B23043EE671A53D7032BC3D20D9EB3C5EB31EBC497FA53D11993D3DC4923CBEA6E3FE3C8D08AFBDAC02D1BDCF6C983D8231213D3E7D053DF3F8BABDEF1EB63D8AEF383EE6DEC03C4300A23DE1E42CBE2250EA3D33EB883DF391B13D3E5CA43DFA554FBDE9433DBC4D9E3E3ED033103EB7410DBEEF5B1C3E1121443E9755CF3CE8BF19BEC2CC183D65331FBDA0B00D3E35573DBEF3B8493DF2ED13BB9D38783CE68F073E01D7633B08A81EBE53EAE5BD75D09DBDC623A83C0519983D142313BDBC8E9BBD3DF3AC3D959C3FBE43B5093E0645B7BC5620093E73E8143E076BA83C655A793D48EDDEBD5C320D3ED9AFE63D7D9CF7BC3CA0993D8D9D30BCCDF7193EAD3EA23D27AC0F3EA82133BE6E02403E30D9923D689FBF3D9DA62F3DAB6E013E6086393E9B4E86BCF3B221BE0DF6343E983D26BD5115BEBD26A0F23DB8F5DB3D7412D33C6AED45BC3DCC16BDC1B1343E6424F03D23B9EA3D4355FB3D9346CEBD9196243D757B2ABE65FCE43D125643BE94F344BE8FCC42BE4E0DF33D5412A43CD972E5390AC2FA3C742995BDD45E6FBD7ABE04BE9F8240BD0287F2BD78EBA53B99D61A3E53EA22BE5FD3C13D579412BEFC4CA3BD91241A3DE7A2073D899C213E23FA96B8591D96BDBD00A3BD99E2B83B97C413BE75831ABE17A3A8BDE1FEA13BB71605BEA8FCE0BDCDB40C3E761D363E6DEA76BDA41229BEA4E596BD2C139F3DB1D47F3D7D5D74BDFA8F2DBE68066DBD1A4130BD22F8E23DEC70C3BD348CEC3D61B2DA3C151D04BDB69F2FBE468F423E14900CBDADFDF73D02E0CBBD68E93FBE81151DBE64FDC9BD6C0A7BBD53A1DEBCB85B243E9BBF35BE82B8C43DC5D1253E4B5AA23A09CDF5BDF0B2C93B76023B3DF963AE3D889C6FBDBE4187BD54F1B9BD9A9B3EBEB76C8A3DACFC14BE2A58BDBD82CA01BBD4EB173E96382F3E0E570FBE51EA2A3ED487303E09331F3E0542893C6B461E3E857FBF3D9F680DBEB5BDCFBD9F326D3BA0A80BBE4FC881BD99E21E3EA280B73D8B9F2B3E1761C13A9FF8C8BDFD6D023E2B74683CA2BF043D",
      torch_tensor_10_torch.float32_4: "0x04000000ACD285BEEB550EBE0E71473E6F94E23D3628A33E77B9B33E625F02BE00C80DBE372C463D792490BE",
      torch_tensor_10_8_torch.float32_4: "0x04000000AF31013C46066A3E292EA03D7D1A21BD21131B3E7DD7AB3E7E8FB23E525F98BECFA8AF3C3D0A82BEF6F0523EE9F3813E01397EBEE164A7BCE3857A3E2A6B6F3E591A88BE6E15733EB73080BDB1F399BE4C3C903DFDA8283E471F593E8C2876BEF21B83BE274073BEF82B4D3E1D359EBE9D6243BB27C7D4BD58111E3E7A328E3D18D236BEBFF17C3D1496A63EF16D6E3DF76733BEBCEF413C1E0AA6BE584868BEF37E86BDE19A61BE364A993E048D8C3D0A358C3EFEE0A4BD006749BD26A5B63DFD4BD7BD7ED1F6BD5693B1BECE5E883EE8D3A33E353BB3BE2F91EFBDBCEB88BEF2F512BEDCCF893E7DA9413E01BBE0BC99A01A3E2E3DD83D36B7453E9A7791BE48D1DF3D3271ABBEB0196EBE4AEA06BEC4170DBD2CD4AABE7E29103C1435673D4DAE0FBE58DBEA3DCD2D9E3EB35D77BD65D040BE215AA0BE4A2E84BE323D48BE",
      torch_tensor_8_torch.float32_39: "0x04000000CAB6D7BDC22B583D7CAF4EBE8D4668BB9B2608BE01053FBD6F7BB3BD3E0A53BD",
      torch_tensor_8_torch.float32_38: "0x04000000BEDF1D3F9EEFA13FF73AA83FE3C37F3F2BD6873F98DD903F4449953F033E673F",
      torch_tensor_8_torch.float32_37: "0x04000000652BDE3F82E34B3FBE2DD23F7B1E9C3FD144513FEA45943F093AB63FC8C4C73F",
      torch_tensor_8_torch.float32_36: "0x040000004CD298BE823D61BEA605A03D62AB01BE7A0DF6BDA3B85BBED3A68F3E797CC33E",
      torch_tensor_8_8_3_3_torch.float32_4: "0x04000000AE0501BD863957BDA8544E3DD0879ABD9F6D7D3D6EDC9ABDAE94A53D82AF413D6F84ECBC97F5893DC0F81EBD44AECD3CAE1F0E3D7A32453C10E0C13CBC5319BB92740BBD17A8863D2B663E3D330D343DFAF1A23D5C917CBDC94EE0BC69245CBBE8C5C23D6632C0BD85718ABD8FF7E5BC4E2BCEBDC4B0BEBD0956A53D4525B43BF32AC2BD76699FBC90EC7DBB359D2BBD6DE2C9BD3E5B833D307C6EBC98A5EB3D5BD9B8BDCE8084BD0EA1C8BBA413A8BD59E5AF3D2EA6BA3DD1A7DA3D595C98BD26BAAB3D6C95A73D3B1240BD28E0533C7806663DCEB6AC3DBD6DE1BD834AF03D65BBF2BC5DAE443DCEE795BD7DBCB9BDF274A3BD053F8E3DD81B6EBDFA4D8C3DBCEE113D9A03403D84BCD6BCECB118BDB9DA61BD7FE986BD688ADE3DEBDED1BBB8014FBDCC8FE0BD88FFA73B0795EFBDDEE4B5BA5F65983DED038BBDC29C843D7FFB19BDBDA1B9BD2D0DEFBDF3CD6F3D7EA9B8BD3CB36B3DE53A8A3C642D833D736DB5BD2F11D33DB766F0BD3833B7BD77BD903DC53E833B168887BDAF83CABC3DCBD6BD980ED2BD7021CFBC111FB83D5129103D9D0DB63C38DEFFBCADADDB3DA4F0933ABDFD223D5D84F53A05A7963C7DF8203DDE36B93DA1ED8A3D4F1C773CA0FD403D222B11BD5EFAA43D1982073D2426B63DD2BC96BC5910C5BDC0B7BE3C7154443DF005C33DED183B3D545A323D2913C03D37E425BD4A1AD53DA37C773DCB30A13D8B22AC3DF72FC5BD886D7B3D6DC9E03D548FA9BD2F7D25BCC84C93BDE71FE9BC7CE08F3CE81A813D05240CBD5F8CE4BD3553823DEC68873D7805AFBC3C9FCE3D0110BA3DAEC9D4BC5720953BDC0FAA3C922FBDBC33D9EDBC1BE659BDF64189BD7113713DA9560FBD159467BDAB9CD43D935B9A3C5C25AE3DEFF2DB3D510088BC2202903C03C6DF3D4510A6BD6CBB10BD5761893C12FF02BC9E84003DA3D37D3D689946BDE258163C6E5CDA3DE59288BD12ACA3BD4619B9BD4746903DDD61DDBD10BF6ABD3803A33DADB090BDD946C43D48A761BD71BB983C29C17C3CDD713DBB4454963DD7FDCC3D0FB296BDBC5C873DDAF9003D82EC0FBB9DC2A8BD54310F3DFF2FAF3D012BCFBD7FE8DEBDBA46EDBD2E13DF3CA2B30ABD13F215BD5BBEE03DDE3FF6BC454699BD3AAF2D3C037984BD096F0DBD5FFC7E3D19D1DE3C28A0A5BD7BC8E53D694BA33DE687A4BD8143523DB25B463DFE2FADBD28A0A9BDE7D9C7BDD906573DFA33A83C7E014C3DB20554BDD37BB53D1E8D763C4796C0BD4700F3BC5659763D6648D43CE2B193BC8FA0A8BD522496BD1A2ED03D57428ABD8C09AB3DC99221BDCC669A3A7808EBBD17EA1CBDF575CB3D2FB1D8BDABE2723DC41FCBBDBECF8C3C30D3DABD7311BFBD40D9C2BDF76127BD8973833C30F5B0BD33ADF43C3C5E913D73C1C43DE2B5D53D80E89E3D96240EBD88F231BC668CD53DE821703D690300BDD539B63D03EED2BD5092CE3DB70A873D0E07B1BD0BDBC4BDC2BFBC3D941AEE3D757E283C779D3CBDD86E893D7BC6593D1EFA70BC7A3CC13D5D719C3D22AFF03C18A47A3D8914E2BD031C62BDC5A8533C9345033D46FC83BCB244363DD50C133DA810DFBD1542183D7AFD1CBC1517A6BD8A53823B5070EDBCDD2B80BD74EFDBBD7CE9C93D989392BD3FAB813C4F5AC13D994173BCAD309EBD3681E9BD2369A03CB13572BD8ACF0C3CC0301A3D4BC508BD3BA7A33DEA437BBC84A540BD0B969FBD2175123DB33895BD67F1CA3CF8B173BC11E0A53D3EA66CBD39CC6DBD258979BCF06A93BD8D08383DBCD130BD220C463D08148C3D22F08C3D6C3CB1BCE9B7833DE29C7FBD5E7AF0BDD0C237BC5F00AFBDD9FCBABD0669F53C463FCE3D3AF73DBD4F73DABB04DDAEBD81BCA83C1C9F093D143394BC14A2B73DA040C2BD028881BCA7F885BD85EDD33D456FCC3DF169ED3DA10FDE3D0B2F3F3DEBCFB8BDBDB7A3BD0970E73C777CD7BDEBCC983DB4DB513D0D59E63CDFA9D2BD8293AF3DE25A4CBC1B914ABD2E087C3D732B233C87BB56BD9CF6E13CC6F3A0BD9352E03DF48CD33DF39E5E3D0F5F7F3DBBECEFBD232B86BD8040E8BD79987BBDC51AC8BD56A8B13D5937823DB9238E3DA44B56BDF8F5B73D5F818BBC3522FABCA1F4813DEAD59F3DE078ADBDEFC7E53DCDE142BC3791003D8254F0BD95F4563CB3E76EBDF11F97BD278C49BD43E80FBA728409BDFD9C9ABD35CFAC3DB89B0F3D9A9EE0BD6C84CA3C9A28ED3CE7E68D3BC66EEA3C40A921BCFF1C533D72E9A9BD7DD24DBDB9CDB43D228895BD35D66C3DAB52DF3D8CB3DCBD297B53BD3BF8CD3D1A82E9BB1B97BE3C8766893C82ED463D2BE546BD97AB7A3CC368A43DBDE422BCB86FDDBDA8DA263D5F76F6BC3BADCBBC2DC17B3D3632A93CBD0292BD9AC25EBD70C192BC9786EEBCF461CCBC9CF8A4BDCDD8AE3D24597A3D6686BE3C6E98DA3C340B623CF178B43DC175DA3C2211933C82AD84BDDB07213D7ECDE1BD663E183D1F35D1BD90C847BD79D87E3DA3C18FBD1430C03D185B85BDF89CE43D92C7143D1D3051BD2833933DF1BED5BD16E698BDC13697BD162E7E3CDBB13D3C3F98CFBDEDE6E83D0034ECB88DE280BD227C383B5B354FBD982D053D9DBF2E3DABED08BDEB21E13B519C8F3DCEFC9CBDE047D7BCF66C8EBCB1AF9FBDA8431D3CDBED8D3BE2F3C2BDF00BC63C835EE63D9D60803D20EC82BD9DEEDC3DA8E8A5BDA06F75BD76EC543DDC02C03D5E53E63DBFCACF3D43E784BDE7EADC3C838D97BD5F8F2A3B9BF7C73DBBAF6D3D5CDDDEBDABBF4FBD04A5CBBD0D65633D5D1D75BC6670B0BDEC3F1ABD31691E3D6BC2323C1178E23DCB14CDBAA2D7173D783A12BD4168663C53578A3BAD52CF3D97434A3D748C89BD2176D6BD72A3E5BD984D2FBD3B98793CFE0FE33D92B73DBC05BD3C3D6354753D95E1B8BDF1A7C7BDE0E8363DDCFF603D45C560BDAF4A973C3E51ECBD6EB4C23A86A6EC3CEF36923A5F3E99BCEFEB483DE0AE04BD8DAAB33DC4E3CFBD9CEF89BD9A7EC9BD2949DABDB2EEB23D5AEBEEBC1598BDBDA63DC83C45C5B6BD60A0C73BC179653DE125CCBC6327783D9326C63C21ADC1BDE903BE3C0F979B3DA7CEDFBC3F7C363C5054763C310A263CCFF6FA3C6D17E7BD731FB73DFD88523DD1716E3CC1ABAF3CFCA5C2BD7FD309BD2BF9A7BB437EE53C536684BDC3DF4C3C7CCF15BD2CAEAF3D5E2CCFBDF2D6493CFF84A33D9675BBBDA95D5DBB800F5F3DFBC9423D3012633CCB21433D2C40A8BD4206C93D",
      torch_tensor_8_torch.float32_35: "0x04000000C25C87BD51441ABEC7ABFA3EBF406ABEC57CE93D08C9113EC8CA78BE00E3843D",
      torch_tensor_8_torch.float32_34: "0x0400000034B4403F409E1C3F08B73C3F8C2DAB3F46D42A3FA6B2BA3FE2F7933F9FC7823F",
      torch_tensor_8_torch.float32_33: "0x04000000BDEDFF3E18BBEC3F161B473F212FB83F0663A73FAA2A593EF211EC3E20635E3F",
      torch_tensor_8_torch.float32_32: "0x040000007441CABEF835B43E4DF71C3F5912593B0D0C903E77AD01BF6FFE9EBE1F3160BD",
      torch_tensor_8_3_3_3_torch.float32_4: "0x040000005B24B73C939CF9BD447F90BD23F423BED25959BDD3C7C13DAE95F33AFEEC3BBEF6852ABEA3E48E3DC7F72CBEA12F1DBEA6FDEABD79D43B3E8F2460BDE780A2BD3E1005BEFB21FC3D5190FEBCCB01183DA44F3C3D91505E3D7848FC3D1CA0233C1713A33C44C34CBCC32219BE436534BDA78F3B3EC9AA0BBE74BEF8BDE08D43BE69323F3CAD5238BE05E0C9BD5E96353EF03CA33D44FCD13D33FA063D147727BE6D66B7BDEF891FBEF5B7F3BDAA38863DA9A15ABD9396403E9EA70FBE3A2E28BE1896423E383D2ABE2DB1273EDF43543D649E33BE97A42B3E7D9A56BD8C84A2BDB8BB19BE9FB026BE06822F3DAD9241BE22F6A13D46CA42BD31528A3D8E0041BDD64C883DC942ACBB03B0673D2B5AA0BD948D07BE26C8C83CDC91FBBD7554F4BDC27E3DBED6427BBDDCAD03BECF77193E75040E3EB5073B3D971E203E6CC8BD3DB2A439BEF2BD9DBCCDE8FFBC564EEFBD6D82603D020876BDE677BCBD010713BB750603BEB61A233E1967F93D4E8B3A3E8D9E0BBD34B9803D02A6FDBB0C1223BE8F50B23DACA609BEBE468EBD2481B0BD1C4140BE8A31E23B6A23013D456A6ABC5CEF103EF72E173C45950FBDCCFAD6BD9B14EABDAB23E0BC3752E7BD430002BEBF84D0BCBD2E0BBD3697F0BD674AE63D2C21273EFD5D06BED1A2AC3D4FE2B6BD1DB3A3BCF6F6373E45BCC93C67E63BBEC929353EE86705BCB25BC5BDEB25D0BD39FE283E03DD543B31B2D93DEB84013E30FA98BD68D0853C3CF3FEBD2890243EF36AD0BDABE5023E7EB9473D8021F33D4BD90ABE9C1DC4BBF139CC3DD5B6FBBBBEF734BBB010C03D274A13BE600A1EBDCA86B33DEB4DC13DBD08373E02EF1BBDEAC53A3D26EDC1BDC94C04BD27DDC5BDB20A123E07A8993A2057A03D40CBD83DD2E4123D56C6A73CC6C766BC9FEE26BE8702FE3C49A32EBD5AA425BE1C9B373ED612A8BC7DB5C4BD97D93FBE768235BEC816963DF8ECB3BDC641AABD7A0EE4BD4D131F3E147E3DBD1C79FF3D01731C3EB0C918BEB305133E018716BD18BF3C3E9B51C93DB2E53EBEE171123DAF8C8A3D7AFB8EBD7C70153E9D3223BEE01F7ABDEAC53B3E8077403E70E3C43D7147EBBDEF8E29BE063B20BE160F45BD0C47DF3D7691793D3075BFBCE83B313E7CC01A3E8636B8BD0FAFAABD7EF913BBCE94233D0D94B4BA8C29983D9EF7073EBB220EBDD08EC13D6F6BD63C674A973D3F42A23D",
      torch_tensor_10_torch.float32_3: "0x0400000074E97B3E190A8F3DE2CAAC3E48F1283EBEC28EBEEB800EBE7C3EAEBD359AD83DE23625BC68AA913E",
      torch_tensor_10_8_torch.float32_3: "0x04000000C84C71BE7100B3BEFE8F823E8EAC9B3E6A5004BEAB5131BE2D68723D04EA423E5CBAB23DA7E796BD9E4866BEEDD19A3E10766ABE37EBAEBE578D10BE0963903D0491063E0EFD0B3E82BA51BE60F20ABEC3FD20BE17522FBEBF7798BEE737943D0493D2BD723BAEBE8F6653BEBE6B59BE852B1CBE88B45FBE4C237BBDBEBD013E608092BE7C1CF8BCCB61D0BD621839BEB6C7A0BD7C7119BE41383A3C37AB82BE2E50893D1F33A63EA0FE953EC75222BE5C2EDF3DA819ABBE7568983EC265B4BE7DC3A1BEFD7CA2BEB51AA8BE961F443D3E78BFBD5B4EAD3DE934B3BC42DDF8BB3FCC02BEAFCB56BE388F97BEC7AD363EBAAA3ABE114393BD1DD72F3E8953B3BDA490B6BDF95971BE58E19ABE3EC42D3E6F5DA3BDD5A6633E00A0BE3CC871EBB9A86CA3BE80C7FF3B9DA3A3BD7A974EBE3194A7BD5B6A973C166588BEECCD703D",
      torch_tensor_8_torch.float32_31: "0x040000000906B5BE3428A0BE3F47F43D29BF78BEDDEF073FF7775F3DF792E5BE921F9CBE",
      torch_tensor_8_torch.float32_30: "0x040000002204143F68F0973FD538AB3FDA2FBA3F2356B03F42968C3FD4BD833FBE2F8D3F",
      torch_tensor_8_torch.float32_29: "0x0400000078DA0F3FD89ED43FADCF943F8DF6823F62FDFC3FA427F13F3CC3BA3E2F9B8B3E",
      torch_tensor_8_torch.float32_28: "0x04000000737428BE915725BE2890E4BEED76DF3EADF6C53D6F1D85BE8B7538BE935507BE",
      torch_tensor_8_8_3_3_torch.float32_3: "0x0400000047C036BD91C3BF3CAC0C0D3D7FF55EBDF304953D5334E4BD8F5335BD43038EBD9C478FBD7D4092BD336EE3BD63AFA53CBFFABEBC1A3ACBBD0F4B4BB8E1D2A0BC5522473DA10DBDBD06CD07BD53B8C63C2D9E4C3DFD11123CD8D0023D5245F13D2C3827BD407FA43D68E7CF3D9C82D5BD9588E93CBDB7883D7E9896BCA934853D585A833B1DBEB73D4F4C263B05869ABD234CB73DFE8F0F3D4957CD3DC5A9EF3CD629803D7C7D963D1091A23C576EE0BC5C65C73CA349A8BD03EE833B12271BBDFF27F43B2219BFBDD579933D53AEDEBD4DB84E3D16F39E3D6434DDBD0612DA3D296CB3BD4E94BDBCC1247A3D411219BD7B18D73DD4F354BDBD4181BCDCC59DBD77F25FBD8187EB3D7384B53DD92B0E3CD9C21E3CF3D0CCBDA836B63D14BF90BCBD5649BD3A14C0BDE170C63D21E6643DA860913DDDEE473C76C7A3BDEFBC453D99AF5E3CF1FC213DDD66F0BC56CD63BDAE23C63DB0D0213D68EA43BDCA6C2C3CB5DCD1BC321F25BC2958873D261AC0BD2070DA3DBC72A23D245ED438BC7245BD24D8C43CF4C19FBD67C69C3D6B4A7FBD7378B83CE174EDBD5B29673D3F63A33DCE28B53D929B1D3CE8818E3D9096243DFBDBA13D6A33883D002CD3BDF18D4B3C249124BD007F66BD33F1A83D6E2D8ABC56F9953C7FF7973DD676A23D7FCE803DFC8DA8BC7025D7BD7AB3E7BD8BBB173DD94FB7BA5B7E98BDA1D1523D4914DB3D96988B3D583188BC6374823C54F499BDEDD6633D7B0ABBBDEBA1A63D2E7B5CBDCF733FBD4A2ACABD6776E9BC8FC53ABCF17F5EBDAACFAB3D54848A3DCC03D5BD902541BCD44B223DD4DCE83D21D9E6BC772D943D9C58D8BBA92439BDCEB3933D9F12D7BDF435CA3D9113F13D38CB03BD2DAF3E3D31AFF03D4088113D63C63C3D4840313D087E45BD52A9EB3C57A380BD9519CE3D05DA4EBD21B4DC3C4CD50BBD0068713D0C9EFE3A4BB6843D48B602BDE1A18DBD2112393D17D587BDC929C6BDCF803A3D352991BD097135BDA010F1BC401B093C2C2F27BD31BB2DBDBEA6F2BC7B24A93D008A103D1C6668BDAFD5A6BD81F4323B68A51A3D2D9F21BB0F4A8D3D7702CB3DF87A0D3D1A331F3D1C078C3D925E25BD2640AB3C9522C33D0B2867BD3547163C1DB93CBD3696B9BD90AE7F3DE9DBC03D076482BDA0EA343DC405143D027C3C3D09DC843DAD54E13D1131B73D1531D3BD1C3D3DBDBE2F803DF6C889BDEB91BD3C79F14EBDE9BEBF3CAD896B3D5CB9173DF754AF3D0F5A68BCE206833DB20E1C3D2C2118BDBC76AABD81D0DC3D58EC0FBD3BCCB53D3123983D86819BBB595DC7BDAC711B3C175B69BD9938FB3CF4DF3FBD3707BA3D4EC3D9BD2EF301BD763F983C1133383C0849C63D918518BD81AAC0BDC2CC9F3DCFE2063D5FFE9E3D88D98EBDDDC28DBD1AFE42BDAE47093CD292233DBAB28ABD2DCB35BC1DDCA6BC9339DC3D73162EBDDCE4E93D670894BDD6E846BD5D89B5BD30CFB13D3DFAA5BD26D0473D846131BD4084F03D662E883CAE99D1BDB727A63C11C16A3CCD71E9BD09C1C13C9C47E63D33EA0A3DA84B24BA1A23C8BC1247003DF70E57BD9FAEED3D16A5D03D8A82613D5ECD33BD14A0E2BDA3F18ABD14ACEA3DD189DDBDE873E6BD472A0BBCB293193D0C39F0BD4115E0BDB1F6273A8FEB21BD6A26A83DFB970A3D5281D1BD098AD9BDF8C0A53D3631ABBC272B53BD090C183DFEBDBDBCD6DB663D3CD3F43C170151BD6172C1BD6AA8823DDB0291BDF78F55BCA200843C88768CBD6879833DDEC4A9BD0E1EED3C31824E3C561D313DBDDFECBD5C13DF3BFB536B3DB1859ABDFDE5EE3C621AF239CAC1CC3D986DCCBC6310533AC3F351BD45EFEDBCEF300A3D0EC7E8BDC818B73DC58FAD3DD86D4C3D49AEB43D824316BD0AE7DB3C1777C43B05E6A6BD359439BDB45E2BBD1CB5EEBCE44FD6BDD4BEA9BD665C37BC7DDD92BCC517DBBD4448CE3C316B833DD701C93DF520CB3D50A7A8BDDCB31ABD040065BD3B12B13C665A013DE5CBD63C0A0B8D3DDDAB7E3D7B8C81BD4DB0A53D34D0A23DAF857F3CFEFCD1BD1D0894BDA685063D65E5263D2A0EE13D4AAE753D43F52E3D63B683BB5493A43DE3B32FBD128C443D9CE965BD172D90BA58A48E3DD97E5D3D02A6D8BCA597C3BA89FC85BD29985F3DF567A23D9229263DDB8DE9BD19C7ACBD4C94A13D473C8ABCC039943D52E8B13DCD660DBD559C8DBDB611E3BD13A6383D1A94773DB25FA7BC4851EABD41769BBDB512D0BB6E505C3D1DC021BDAACF9BBD3907A8BD7DF3D73DA3CD2E3DA8F6C3BD8A0E95BD77E3CCBD64AE8B3CE10344BDE629D1B9F8BA98BC9145D3BD4AAFD7BD7E34BBBDDE2A4ABDAF28963CDE0263BDABA689BB3C4967BC88BBDC3D850E5CBDD9C3E23DC549B9BDD45FC9BD16FA1C3D47788CBD0D99773D028885BDD20FBE3DC3B4E93D2F3AF73B3B55CE3C2406E13DE6148F3D20B4D2BDA83C77BB94DED9BDFB5EB83DC6D5B0BCE05857BADC4994BD733D83BDF7967A3C7423C73DC4A372BD8774363CDA7ADA3D2D4FD83D9DBFBCBC7337E23D79CA2F3D28D2DB3D3B27653BF48CCCBDD66503BD2AC8103DE7B5803DA171F0BDB7BDBB3D7584D8BDD26A8D3D0F24EE3D9DEAED3C4535B6BCC5E4843D9D450FBD57C8B2BD234AABBD24F7623DEF54B83D705F9C3BF604EABD5129EDBDB300DABC514A823D2ED7A0BDBD1C023D6FEB83BD915FC43D6FF9FCBC3832C9BCFDB0D3BDEF2ED8BD617F023C421A9C3C0166823D2B0DD3BD142AA93C6A778BBC8A948D3D727D5BBD93D00F3D5185423DD17C723D309125BD0E581B3D6035BDBC6EFC013D976994BD44C9BFBDB06DC5BD93B997BDBA4C4CBD07B58F3C4A2DD3BC616689BD68C3813ADB7018BDF6C7943DE0C8C6BDED2C32BDF61A9BBD8E406E3C37AED23B9826DEBBC179EF3D312638BDECC28ABC746DF93CF270C93DCCF1B63D7D945C3C0BA036BDF6941E3D11DC973D5DD424BBA783843D8D88C53D075081BD616FD5BCA14CD9BD829EDD3CA803AC3DAB7ABBBCBB0D9A3CAF3E1A3D8EBC24BB76A4BB3D4EAF8C3C2F3EEDBD9E4FC7BD5821EFBDCB2A9F3B9278823DB0BD7EBC5502D93D51AFADBC4362C53CB1A4D93DBD4C743DE06676BB8F7BE83D183490BD00CD333D5D6D983D937295BD19B8E2BD3D671A3D4D2337BD889973BDCD07C03CB616AFBD4E14D93D99532DBC78971ABD8EC5C93DA868063DECEFB73C72CD66BD8408E63D560513BDE3BEC83D82EF0DBC4C26723D80B4A93D44B1B3BD",
      torch_tensor_8_torch.float32_27: "0x040000007937CE3E21DA2F3ECC1C293E012EDF3D284EF93D4CF1163E274E2EBE66F305BC",
      torch_tensor_8_torch.float32_26: "0x04000000D496B83FF4D4953FE8D7983FA429913FD4BBAE3F8C95A13F6CE2923FB456533F",
      torch_tensor_8_torch.float32_25: "0x0400000049D8D33E4FC1B83FF3C8D43F3799AF3E55FCB33FCACE203F0DE9D53F6069F43F",
      torch_tensor_8_torch.float32_24: "0x0400000055925CBEFC9A9F3E85C6723CFABE4DBE7A75243E1F31F5BE568A963E11741A3E",
      torch_tensor_8_3_3_3_torch.float32_3: "0x04000000D1CEF73C02C38E3D5A63F33D0DEA293D9DAFB53DC8BECE3D8775383E0EDB33BEDCDE863D24DF0EBC12910DBDE9F497BDB4F4EC3DB146343E70D320BEDCF1D43D88E3073E20C5093D4C92143B4DA6173E43F8BA3B789D44BDE5D668BC09E87C3D1456453DB01E2ABC0DD5783D884C543D2EA31FBE816B443DA226F13D42CDB43C09E78FBC01F6163EE62C2CBE1DE6B3BD8925B2BD1E472A3EFC9B3EBED75B9C3C03E63EBE2A5FCFBBEFE8923D815738BD3E4D3F3E7F99203A7DF1C8BDF1444B3D14FACC3DF975C8B95996283EC674F9BD8B2BA83D35CEDF3DC9C3C33DD00A94B84106613D509A1ABEA4A61ABE6AFC43BC1098C5BC2754123ED5180F3E429F053E3287B4BDD5B41ABEB4D938BE8AA48E3D469331BEC7B944BE7E30C7BDD36226BE2C539BBDC920F8BDD434CABDB35B3B3E488C14BDEC79233E32EB8B3B09BCCABC05CB66BDC6DE0CBEA8551EBE6E74083E28EA72BD5E2340BE20DB343E65F4693B66DE03BE1EE81ABEDA7E25BE06CD2CBEF354323EB3E0073E3EF2803CEEF427BEC32C4EBD1F2039BEEBD3873D794D51BDC8AF28BDDFF375BDC5CAB83DB657D53DE8AD2C3D6D6CC5BC17CD9BBCAB625CBB08C012BE3C4B403E18FCA9BDE24FE53DECF3DCBD8A56A93A95EC863DDFF134BE7BCAB43D69D816BE7900DC3C82501CBDCFEDE13D0E883F3E7CA6313D6111B4BB0546C3BDE5F2923D18B5BDBD29CEA23D87D4AABDB3AC053EB028173EEAADF13D8EADFC3A67C7B63D5A9333BE4CD11F3EBBCD4CBD7EAF8F3D487C05BDA85884BDD916B9BD573AFE3D2D6ED6BD42020BBDA6D2C63D43E59E3C4CD025BED8F543BE829EBFBD87C2353EFF1E0CBE2739D93DA4100D3E7C5EA3BDCD0DAEBD4DC70DBEBFE9F53C8265DCBC6231193C22F6AA3D8979A53DD8B278BD008F583C87403B3D463C863BF2BD1D3D43A99FBD3D88213E13B5A1BC5AB6C9BC30DF30BE56D90EBE502AC43BADD1F3BC1F2AC6BDC94FCE3D50248DBC149D8A3D08FC253E2234B5BDD2FBC1BDD9661EBD058185BC0B22C5BDA3403DBD16C5B5BB7CCBB03D2252363E66EE113EAFDAA63CC6B246BC41EB493D04B700BCCAE6CEBC4688873DD55520BE399827BE185A4C3AC1EC6EBDF1F2C2BDBA7537BE3002043E8E43FBBBADC2D3BDB98CA0BD763D4F3DD6EB0EBEE1824A3CC5881BBB9F44863D505A9C3DC0C200BE622FAA3D6ECF143EB9FE4A3C93CBC83D",
      torch_tensor_10_torch.float32_2: "0x04000000AE61EEBD9DE98B3E841C893C53A822BEF532ACBD995624BD3701703B56966EBDFCE2D63D8512953E",
      torch_tensor_10_8_torch.float32_2: "0x040000004B69B3BE27015ABDECFC573B6916EFBDB6DA6DBE80EA7BBE1890703EDF6AEABDBE63BABC7377D43D3D375EBEA113013D5A58573E03AE53BE3EA9D23D69DA45BCD60F473E4A91703E0F1AC03D3C072F3CB6D39BBEB125103E00B95C3E6A8003BEE7BDB3BE13B1923E17F6A9BD29DE903D518BCBBDF3E1663E5F8BB03E99F0623EDE6EE6BD8AB67D3E73A6303EFF480D3DBECE91BEF9741BBE1E19B3BEC524723E9AEFB23E7FE4523E545BE73D2221AB3DC941AE3EC68B37BE5717F3BD8A88A2BEC6660FBD83ACC63C7F35C63D55DD7BBE589427BDFD2895BE923F93BEFFC13C3DD3B3B0BE54CEC03D38C1A6BE75EA7BBE413E96BD4DBEACBE7332923EC051943E711A3DBE04AE973DBE35393EA117E63D20FD41BD4DBDAABE4EA0833E7FC59EBE541986BD95A9B33C1678EEBDD86A04BE1D739CBEA0959F3C496E24BD27D09D3E",
      torch_tensor_8_torch.float32_23: "0x04000000837FB8BBD78F2BBC4B255FBEB11E96BE7D2B57BEC42E063E4E8906BE23FEB23E",
      torch_tensor_8_torch.float32_22: "0x04000000D6DD053F60EFA73FAECE943F4DA45B3F50C3943FE734B63FBA14AF3FC4D1A63F",
      torch_tensor_8_torch.float32_21: "0x0400000047E2293F5EE4BB3FE887FB3E2C96BE3F78FEEB3E7D2B8C3F954BE03FDE4BD93F",
      torch_tensor_8_torch.float32_20: "0x040000007A15E6BE41E9643E77504D3EE758113A77FDB23D27D929BC402A09BFC172033F",
      torch_tensor_8_8_3_3_torch.float32_2: "0x04000000A373B9BDC2CD8DBD355F0B3D5083DD3CA0FA813D27748FBC6C09783D4908D7BD8DC3013D554FEA3D6BDFEEBDA1977ABDBC829A3DDBF196BCA6A780BDA23E933DE86E013CD040973B379E12BD79D9B53D97E1853D2BF3AC3C3256933C3D9C793D7F5E963DFF0246BD9A8C53BC97EC533D39EA69BDCDAEE13DB054A5BDB7BF5E3D0C5FADBD12FC1A3D3794A83D11C4683C068741BCCA7B993D464EADBD33D6A2BDA3B5CDBD829194BD1975483BF5E25ABDB315D73C7950823B75DFC83D824F51BD3B0E04BD2BA29F3D6C1DF4BC7113E73DDFB93FBDE02CA9BA31BDE4BCEC35613D42F6383DD28780BDA40A9F3D4E62F5BB2323F4BCA7CB1BBB0DF9A73D54C2EC3DDCE26A3D3DEFA83CEC849D3D74DB49BD20457CBDF5660BBDA1369CBDC68D4F3DC769373C8D2725BDD70644BCE32319BBDDF2CE3D0274D73D51CFB9BD29EA303D87663A3D6993383D959E83BCB571F13C66F0F23C1FEAEA3D4653E7BD0A2E37BD0B63A2BDF9266ABD528DBD3C7433933DE784B6BD9BFB9C3D979BC93D6AEF6DBD8581A83C13D177BD9BC8CE3C97CC5FBD940B3CBDDD91A1BDF744C9BDA79BC03D72D673BC294456BBF33B70BD603AA83DC5258ABDC13D43BD9068BCBD45F4CABDEC46D63D6060BABD614985BC4BBA0BBD52D0303DB81C013D1206B9BD29C2D83DF66CF0BD8AF93E3C0A5021BC17BBDFBC6D7AA43D96C8CB3DAD857B3CE07E2ABD3670B33D7CA3973D7466AD3C690704BD96CFA23B371FD73D8764513CFC40BEBC1459CCBD145781BD6651AE3D66FC87BB2D9500BC95F33B3DF4CB9EBD876F02BC42C407BD7A917C3D806CC43D1D8D973D58F2B33DFFB3D7BD7F5F2BBD6AA5643CE0FFCCBDC1F2023DDC349EBDCCD94E3D3458C33D6E78CEBDBA3ECA3DAB3C613D32479FBD0706E73DD009D1BDDA7CA2BD492070BD838DC3BB165DAD3CE3A90DBD86C5E4BD37E25EBC7E1FB73DD5D4B93D17A5713DB22B8C3CEEE2EF3CE810BABDC178433D9035F0BD1B5947BDC3B6FDBCDF3CB13DFB2461BBF5E15BBD90ABA83CCB45C8BD409BFFBC9AB0053DD8C1FFBB99C74ABC4083933DD957B7BD9FBC73BDF5A0E93D751CC03C96509CBC970A7A3DA932913D5653A1BC751249BDD6CE9DBC6F472F3D368076BC9E788C3D26D3C4BD3DD66CBD65FFB73D2C4F7D3C5C69C23C87C31E3D4620E4BCF10A41BDF67B0A3DDEDEFFBCED6847BD341A7F3C6685E93C76572EBCE33AA3BDE3F991BCECC888BD0D107E3DAAEC9FBDC271C03DD142403D10AECEBDE21CB33D53B0EEBDD386E0BBBCB196BDA2A2CFBD924F3F3CD70C6ABD8776AE3D1ABCBDBD6555C83D7A9C913D9265D33DFC5A0DBD39F193BDBE59A0BD06B5C83DA31770BD55BE6DBC1DCF94BC6C17A63CE60DC6BD099EC23D4597B2BD1A64ED3D4AE13CBD037F57BD9FB384BC09DD0E3D71E1B2BC5AE3F0BDA0C4A93D3A10EF3D948B733D1D2DEC3DA590033D7C4D17BCCD3DC0BDF6F2D2BDCE2CA6BD16F4F4BC8C8B8C3D6B2947BDB9FC95BB1C01DABA78C59DBD811351BB900BE93D49E8C03DE1D2B73D5C6F3EBCE6F9083BA3F2833D9E9020BDBDA143BD1081CE3DE978DC3BA0F7A2BDD65ECB3D903DA03C1A24813D729FD1BD5C28B33C9EA0933D5C478BBC8B3089BD121AC13DBC85603D1B7B093DA052E43C46782A3B54698A3D4B0DD3BC24138EBD3653383D81C9003D58CB373DD67656BC1E1E80BCBC7619BCA491FE3C8235B9BD06F6E0BD96A1343D1F2584BD2E6E22BCC4D2053D5A69873C56989B3D061B7D3CA904EF3C8FD52CBC07828E3C4600313DA0A8A43DCFB0E4BD271549BDAF94D8BDFE7440BDA920933D2FB0E4BD1C43D8BDA3C08B3D11888EBDB466B03DE568163D2A57F23C1BBDBF3DDD91DFBD01BFB03D5E8B1C3DB0BCA1BDFCE6EA3C898806BD28C241BDC31E51BCB29563BDA40DD33D02BDCF3D22FB4DBC1908D6BD7D3EECBBB125FF3B5B54A13D197F783B447E0C3D0715003D91F288BD3CB695BD35B8D7BD9A9A72BA1683153D554B09BC7547EA3D4A2BB8BC4B7E9DBD3EE8A03C56F007BDE05984BC6ADDE93D2D9B5DBB56D6D23D02EE803CEA9433BD66F4B03D307C89BDDF8B7F3B4901D93C13A9583D3AB1DEBDCD70BD3B75F8F9BC377D9C3D5968223DD778413D9A1E913D9424D8BC906BF7BB98A1C13D6788C2BD09D5A6BDCB400D3CCF373FBD832ADD3BFE34D53D75D55FBC87CACDBDD16E5BBDFCA7DD3D9C18D4BC49A953BDC748593DE7086F3C28CDD4BD2B00C93D51EA873D27C9D13DB73C533D16C022BD00951DBD99EF693D5127BBBCF746BD3CC7DFE9BD4F9E6EBDF44D333D3861BEBB2F1168BD9B87D2BDEF65993D0C1CC2BCAF24EDBD09DCE83D4FE76A3DC75D90BDC526B0BD783AE93DE3FD003AA62891BDAAE38A3D7819C9BC4845043CD3767BBD0E6ECCBDC54AA0BDFC0354BC3BBBAEBDBBE2ED3D4A2FA73AC6CC38BDADC73E3D41FBD5BD15E876BD3A4F353DE612CDBD9496703DC54C223C3A3FC9BD5688EFBD3C90183D652A643D33FFC0BC516CD5BD411B8BBD44384D3C847E8C3B2321F73C69B5AA3C246BCABB44BE7E3D231FEA3DD701C93D3551DB3D44EB22BD45C224BD9C8E55BCF0AB0E3DE264433D4C1C2CBC73E69BBDFF1AB6BD655CE83D17C801BD337F82BC5EEB93BDF44F6FBD530CD43C7B504B3D72D43EBDDAAC31BDE131BF3DA29B78BD0A13B4BD899F96BCF3A9E53D7911D23CC065853CEE6A70BC96D2963D7D426FBDE5A4A33D2214E43C3AAE563C7AE8843C2DDA94BD5142B33D05877D3D6CC5BCBD9CB9E0BD0E88F8BCF358A03D4FA86DBD57B3DF3DF4B272BD3105DABD7B57543D2BDD91BD953098BCCD8F16BDF46C19BC5750D2BDF95FDDBD66824F3D3ACC5ABC5D9891BDDEC044BBDB4BDCBD4522003D8C3E653DF612EA3DF7A0C4BDD9216ABC00FC823D3732DD3D63B8ABBD15234D3D0A4C473D2482913D9A65A6BDE33CAC3D294152BD7C9194BDBEB1BF3C0B77CC3D4DD59FBD13DD803D70225DBC081A1A3DF146BC3D5A11033DA75DC8BDB85511BDF99DBF3CB59BCBBDEA80A03C349A81BD21E8BFBC27B02C3D2540C2BDBEF49ABD7B2B5C3DC7B6EEBDBC19A63D641BBABD8DB9F8BA3D30C63C197A3E3DC6CD95BDEBEB813C33DA4F3D1904CF3D79A2B5BD76FE6FBDA99F0C3DE9F177BB2CE0A2BDDC23CBBD514FD6BDFEE3A8BDBA864DBD8299A7BD49BBD3BDD0B8163CEC8B8D3D689863BD3D15413CE26CBEBA7BA3613D5B62A7BDA157B73B8D48E13D8E4FAC3D",
      torch_tensor_8_torch.float32_19: "0x04000000F6EA8DBEA329793E531BAEBE46229CBEF4C9103DA531633E2910DABD954766BE",
      torch_tensor_8_torch.float32_18: "0x040000008D3F053F453E1E3FAD1E6C3FF453B63F446EAA3F9472923F6E62313F90814C3F",
      torch_tensor_8_torch.float32_17: "0x04000000A21DAB3FFE4CB83F201BD03FFEACC03EFA45613F1570A73FCED1C13EC9D9C63F",
      torch_tensor_8_torch.float32_16: "0x04000000FAE3FB3E2425A33E76D640BEDA2F80BE91DC823ED1B8FEBC1DE42BBE4BB0823D",
      torch_tensor_8_3_3_3_torch.float32_2: "0x0400000028231B3E1A7FC1BD11993DBCDD353C3E85E6863D9E9DC8BD3CA4ECBDC4368ABD0ED976BD399AAB3DD5402FBDCC34263E9441D8BD287F76BD707F8F3DD7631D3EC5833C3EE756FC3C1EE8043C7496B0BDFCB1DE3D2C76E4BDE4314FBDA4B524BE6A733DBED64DDC3D7636563C2C191D3E55D01C3E38D3CE3D50BB9D3D37924CBDC954D13D3587BD3D1D71883D5E0AB6BB2F7DEB3C66D65F3A97040FBE3DFD363DD1DF10BE773CBF3DC1D4EABDCCBE80BDCDEBBABD768C1B3E93C70ABE8D40C93D0BACC53DA6570B3E7381453D1CDDD63D71C81B3E82451B3D8903863D4A181ABE647053BDEAF28E3C2A03BF3CD53F8BBDA15C43BECBFF4CBD61E4963DB2B0293E7FF531BECC2CBC3D58FE3ABE14753CBE9FD3F6BD6F3CD0BC1A295C3D83DF15BE6BD4173ECF35323EACFF413C3169203EA86EB2BD38EB9BBD3172CBBC2B43AC3CFA7809BEEACC1DBE94B29B3DEB47633D4FC9403EF0B1A0BD9B2F8B3DBD0C9FBDE090C23DA0AA2EBCB816123E7AF8DA3DA307243EAF8BCA3D61ECEC3B1BD4293E6782E7BD66DF393EBB92403EEA403C3E281CB8BD50D6D0BDCF7D473C9F77753DCFB5C53D064CA03D55CD273EA37E45BD614E81BD751D843DA3AA5B3D56E9E5BDC87D983CE09F15BE794167BD40B09ABD50BF2C3E6F6531BE74B5E8BD86DB40BEADCE463D87AE17BE0A0A7F3DE0E208BE267AFCBDFA5AC9BD6997EC3C3415353ECB98383E4C376EBC420741BE9B3682BDD33596BDB0A927BD7598963D0B58C63D31C0AE3D702F613DD98E9FBD7FCB05BBC9A4C83C6052C9BD50088DBC98CCC4BC76313ABEF398053EAA649FBCAE5B2ABE6BEA1B3E4713D4BDC78A8B3D8A6F433E12F7113C2DCA623D2E9A9C3D63F1143E64DC71BDF0C9DDBD79C076BC311E1A3E068E873CFBEC083EE98ABBBADCDB713DF647DB3B2830AB3BDC883BBECC482CBE130F833C7412C33DAC61043E83CF083C3B23A63DD2D7A43DC41E2ABEDF352DBEEDCB18BE76D7583B4638F9BD2B427CBDD0DFEBBC0AC7993DCEC4363DE9D0363E1BC1313E5F71FBBD07EF1EBAE92B023D750A2C3E9D4D74BDA2E59ABD46ABF9BD6036113E14535FBD529D93BD994A053EEC55353E3AE004BC42EA0ABE9D91203E09CC86BDE4A0B5BD4D8B0ABE008EBDBD65561ABE7F80E3BD818533BE0DE11EBD18799E3D9B9915BED8E88CB9CC5791BDCDA4BE3D83AF2A3E0AFED0BC935EC6BD",
      torch_tensor_10_torch.float32_1: "0x04000000C66B5EBC09FBD0BDE5AD41BE7DA77EBDBB3CFBBD995C4A3E7B8C33BE7CCD5E3DBA4D4CBEFBFCE1BD",
      torch_tensor_10_8_torch.float32_1: "0x040000003215C13D3E6FA3BD7196AD3E859D0BBEB2A9A1BEA45B2CBE5500A8BE2D2B953EC48522BE81B87EBE308B1CBDD9F173BE901E3DBE2B92383E95E887BE12BC2A3E9B01843EAFE34FBA28C2203E90CC4ABE73298D3E86D9AF3E3D11AC3D63F5A43E40C8B3BE31021FBD7FDE8F3DF2569DBEF42D303E6AFA09BE6DF102BE939F8FBE0202143EEDB683BE3FA799BD35D4203EC75E883E6FBBA33D4E0E07BE6B791DBEC0344B3EF957863DFF61983EB456083E71D3913EF0DD91BECA86913E165726BE08D3C1BD20AF0A3B9DC987BD073A8F3D464EA13E105058BE08BBDF3D6B7C91BEF561633D3420953EDA1D743EA8049B3EF6FA433E41A0EFBCDB0DBD3D904717BE41A7993E4546353EDE7D84BE00859C3E53EAABBB4FBF80BC552BC6BD710ABFBD1DF6903C56BE30BEAC62A8BE007D3ABEE31690BD1DB2883EF72A853E93EA58BE",
      torch_tensor_8_torch.float32_15: "0x040000004B6ACDBC668D23BDC399AA3E658FBB3E5D66ABBE43B3863D8D0EEC3DC5F9DBBC",
      torch_tensor_8_torch.float32_14: "0x04000000F2E5853F5EBD543FD2E13D3FB629473FCF67683FFCEE4A3F9A88BF3FADC9483F",
      torch_tensor_8_torch.float32_13: "0x040000002930C53F61DDB73FAC39EB3F3002703E392C0A3F39577C3FF8C56D3FB695003F",
      torch_tensor_8_torch.float32_12: "0x040000004BFC7BBEBCE8443EB12DA63E9493D3BEA0831ABDF7562B3F593D1EBEB074143E",
      torch_tensor_8_8_3_3_torch.float32_1: "0x04000000D83C9ABAB09F42BC6D762DBCACFEC0BC3448BE3DB41EB23D3995A3BD4C3C603D6151BDBD6379CDBDE98E133D2A04E33AEE3061BDB2CAE8BDAEE03ABD483A213D0167DFBDD878EABD89F9743C49E0ADBD3173D3BD14FC39BDA46F9BBC0553DBBD8429A1BDD534FD3B4698E3BD45B287BCA3D89BBDB351A7BD26B93D3D89C5B9BD02E9B6BD84A4893D0C81B43C10CFDB3D450701BD012969BD0AB232BCC24D1C3A3712B83DB869F0BDC47A09BC0E88553D91E984BDF14975BD3C48693D4944E7BD07C4E43C62DBBABDD9F06F3D2E5FCEBD8463943D797AE4BDE2E0CABDF8A3E33A2D30BE3DEAB2CEBD375257BD44FBD33DB6E6A1BC94FB473DE22FE8BD40CE17BDCD2375BD037BCB3DEA58483D271DB0BD88A79B3CFF89B1BA995546BDA5D589BD3E2F20BDE33EBE3DD304ADBD39EEABBD85ED14BD445C063BD366033D63C4673BC267E8BC205992BD163BADBCE05142BD4000C33DF7F0EABDFDF399BD0E5EC4BDA870B0BCB115BC3D8C8FD33DD01DD2BD3B51A7BB6DAB8D3DEDC7543DBCB2C53D613C56BBDE2AA2BD9AAA9F3DF78725BDDFF1793D34EBEDBC60334D3DAC15D93DD96DE03D0AA7DBBD80A79FBD859647BD3BEA99BD8795E73D4D882ABC711AA0BDF5CD56BD775185BDA4F1443D9986D2BD430BE1BD25ECEDBD64D24F3DA9AE6E3D32E795BD5568EF3CE82AB23D7B478C3CC244CCBC4CA80E3C040B4FBC580C733DB5E2A3BDA1C9743D2209883DBE3B92BDC715C53D2B0FED3D274D3EBDE83407BDB790703DEE15BDBD10E53E3DAC3DE13CC522983D6BA5D1BD7A84C8BD85CD583D5CE12D3D1FA6E0BDA19886BDA2D6DCBD4BEAACBD63CD59BDE5BBC73DC72BC0BCF99F8A3DD236E53D81FD5B3D3311D8BD2FEA723D1B20383DB311BB3DBB15EEBD9170943DFB8FC53D508DE0BD24054A3CB20ACE3DDE8AAFBDA0631E3D614D553D0508FD3C3FFAEF3DB39EC53D4013CF3D56AD70BC516ECA3DF5ECE0BD953E82BD187DCEBC0D650FBD30F1DE3D72AE633DE0639B3DBC2CA43DCE4BB4BDB9A25FBC3BFA8C3C501AFB3CBE3A783DAD1340BD608E11BD85F4C93DD48D01BD74A8A7BDADA6A33D0A70A33D4E5D17BD9702C1BC1418B2BDB78EC9BDA586353DB1364EBD1825C03D6A42C1BD917285BC92C3263B7617783DDF56C33D1173A33D9B7D543D8E905DBDB65DACBD47ECD7BD818FBF3BE516EA3D9D60B7BCE492A2BBEB64AFBDFD32143D8604993DB5F5EDBD41F2A9BDCDC6B23DC594E43CCAC3F0BB6A94AC3C6CC992BC9AB3A8BD7E88E1BD6ABE9E3DCDA665BC804633BD9D31F9BC90A483BD1DF90EBDA72FCFBD9B9EB43D471D453DF67173BD14C224BDC490583DD0C032BD5A94FE3C91E9043D16EF97BDE2D7F13C1847EC3B96CCD23D38A82EBDEE2EF8BC86F4CF3D2C18C5BDAA800B3CD18CE83D756F58BDFE62E73DF22AD63DC48BE03DF83F38BC6C57DA3D665452BDA93C25BD6C94363D1DF2CB3C2E0E853D445EE53D921697BD8118803D1B80213DB0AA7E3D43E4643D049234BD77C2BEBD1F2EC13DAEA189BDB44E9A3DE0EDE5BDD505A7BC93B8A33A140BA73C8A131C3C881B183D03FE56BC8C70EC3C5FD8EE3D022C9CBDC2D6D2BBC24338BD90C6D33DEF9CCE3D219D52BB6D5327BDAC2095BDB6B3AC3D88F704BC7750E33D4FA3893D4343D33D89E5BE3D69D89CBDEE4A0D3DD52948BD9734723DB99A2DBCCE27273C14EDA6BD76B5D7BD55C7353D745AE03C96B8273C07EEA33D1F9249BD105B2B3D6CEE84BDD309C83C6268DCBCBD07A93D7810D33D49A0D13DB7B7AD3BEB538E3DB226F1BD72948DBDC18BAC3C704B2C3A097CBDBD1CA855BD9E7461BD2521EFBD1A26383C7788A43DECEA433DF75A65BDB6A1DDBD15B9C2BDBE430F3BBE08A63DD67C43BD985583BD2CC180BD372727BC3435E5BD6CFCD4BD7697ED3D513766BD3121AEBC102701BD1509D4BD2733AABCA3C4133DEB0244BD4196A4BB19C813BA3046F0BD4E66AF3D9CF6C23D5A8FA43D1C861EBD34407C3D8022E2BD0DD6EEBCC75AC4BCC6782ABDE0BD4A3D50F45BBDADCB5FBCF3620BBDFFA7E2BDCB6E9FBCCE8BCCBDCDBC8C3D5CFF803D711AE23D1F1922BDD160C43BB81EBD3CDCEDF03DA73BDD3D65D379BD855FCDBDBD88D9BD2A7568BD77EECA3DE91E223D49E0E83D81E6B23DDCF1DF3AA49695BDF5AFEB3D819CC13D4EFD503D7DD883BD4223BE3D7EBD2F3C47989F3D7578493DE929803D6DC9D3BD3FD485BDA4C2903D9322C9BC40FAD1BDE77DDB3D470627BB55B3C23D7DA6BCBD6932263D29D335BD9F224BBD615CC9BC1AAD32BD5341843D9C6EB7BCB400B73DDD4BDC3CB72C95BCAC688BBD8B01DDBDD6D10CBD9481DFBDF7DDB2BC6378FC3A9DDDF8BB8E1E6DBDC284A73DB8ED873D88DCEDBC8CB93EBD77BD973D01FDD13D6AFFDCBD6897D0BC6F3033BCFEC52EBDEC0CCE3D219B8EBCCFA2CC3D4BBA183ABA7151BC01C98CBDC58120BDCE8B1B3D3E86553DCB6689BB31FAE53D750DA7BDA614393DE362D93D54DFA7BC009EBF3D4AA2FE3A94BDB4BDE06984BDDBAC333D53E550BDBA32E83C1A8FED3D4EF8233DC1B534BCCC50F13CBB0E8BBD81CDCABDF76DB5BD6986CABD5B20C63C020DBC3CCA234DBDE815ECBDD2BE823D0CF388BD6B2DA1BC1060CABD2B2A88BDE65E493D7BE1E0BDEEA189BD48F4B43DBA8F77BDD5E248BDDC8807BDA2574E3D02539EBD8799413CB724453D142B0CBCA691AE3CC61EB8BD953C5A3DF167343D8A3172BC9C92C7BD5313413D317F9D3DCCDCA8BCF685633D85EC323D561241BDB70A06BC1642F03D11DA113A3526C0BDB7D00CBC1726703D16921DBDA6CA7CBD8FD3C63D155D7F3D5405A4BCDF4AC53BE1364CBC2024E03C9B3E893B0A0E92BDDADEB23C8C014A3BEAACF93B45F537BDDD5DF73C922CC3BDB04B103D79CA823DAB7F54BCE07CBBBD0A9CE0B9E16B2F396D95D0BD4FB6AABD0D3EDF3D2C7EB43D0FC3853D2134A73D20D4393D8DD5873D7DDB9F3D8988E1BCDE7475BCAA19AC3D9E0332B8930C9DBD4B26BBBD78FC863D25ECC73D4571BB3DC0AAA03C029BA63D8F99DDBDEAE3ADBD3B3EE8BDB075C23DF6C58BBA54465EBDC656233D83B234BD55CB9ABD012F3A3D2FC5B03C7BD7ACBD5DF99EBDFA54623D1D86B73DCC2F1D3C4E7672BD9F17693D9C60A83C0F4ED3BD5C699CBDCA4FD33CCB58953D74141BBD1269693D0E7A95BDF3F6E63DA0FAAB3D4FD5B43CFBC1563DC80F283DE36C8EBD4CB286BA",
      torch_tensor_8_torch.float32_11: "0x04000000AE74803E19CDD23E7B96BDBCF662A8BDFF8E533BA3D1913E8579AA3D6131D6BE",
      torch_tensor_8_torch.float32_10: "0x04000000E599823F9421A43FA213443FAEC44C3FBDBB6B3FCBAA353F7E16B93FC8626C3F",
      torch_tensor_8_torch.float32_9: "0x040000004E33823FC4DCD63F17E9BE3F1B8D993EC398D03F1AC1C73ECD82CD3FC7CDED3F",
      torch_tensor_8_torch.float32_8: "0x040000000EEE823ECFC4853EE698393E9DAC743D25704B3ECF4A04BE534B27BF41644FBD",
      torch_tensor_8_3_3_3_torch.float32_1: "0x0400000023660FBE11F6383E71CEE53D28B6D33D160ADB3D2D911CBE7391A53C376A373E77F6DBBDB64F2F3E6D304F3D84A50A3E00D8A8BD5BB4B53DFCB22EBE363548BC1277833D44666C3DAAE8243EB1A6413EE948333E7E4F043E3A8D0A3E086CCBBC48EF18BE8D5092BDA2FDB0BC9CFCD4BDC578C93D655A8A3D2A61FE3C996A3E3D991D2D3EAE8E8F3D46D12CBE6B0C0FBE52B7AD3DE6D9D63CBB37C03D0FD144BE6CDE35BE19B2F13DC91BFC3D574A32BEE19B953D4FE119BEE73D153E745A773DF1DB423EF04E42BEAAB63DBE1A3D053E5AF62E3EF67AF13D6D04033E48FC25BE23A40E3EE10F3ABE221A303D441601BEBC8C9CBD3C940B3D94F79ABD4F72F9BC65C93ABE9DCF39BEA7AC983D7DD4A6BD12CAEFBD11859BBD091E21BE73891DBE56D7EB3D4351C83D8C00D23C334DD7BD4921833D5FA70D3CFCD60CBEFEA0293D9C70333E95D641BEB9F643BEDCFEC93CB465143E2DD4EFBD5A872D3D5A890A3ECB09733D60972A3DEA9E443E8F62003E7BACDDBD8645883CA65AC93D03CC2D3E011244BE7F6DD53D8BDC64BD5BF940BE09FA2E3DF292D6BDA16ADF3C8BE4FFBDD14C14BEA1C585BCA96684BD6D84E63D62ED873CE6D2193EA5B9133D9C7A7DBD3C7B053E2D4D2C3CE9F3133DFA867DBDAE0D353A719017BDBF0886BCA1B019BE3B219BBA6F9323BE169529BDCB6BE43D2B0809BEABD504BE777A40BDDA1758BDF671053DB6DD023DACDDC73DC6C107BEA6845EBC1570DC3D80752A3E2A0166BC5B0EE4BD8999623DD973E03DD03CF6BD2FB7E4BD4D35AE3DD9EC5CBC9D213ABE0341E3BDF8D59F3D95AE85BDCE05083E73CA1B3E3B57E53CAC5479BC57387ABD74701FBC8E7B0F3D028816BEFB643CBD0EEC23BE6CE7F13D5200FBBDF407343ECA334BBDB3CAE1BD5F5DBD3DE307EB3C2776083E658AA43D20D83DBED249F93D767114BD8F32AEBD794CFA3D73BA0F3EBC352DBE998E8EBC93D5213EF4A4983D4606263E0D1287BD526CD9BD2176293E2149A43DC52E3D3E48A1A4BD1410FDBDC8CAB8BC5E8E39BE027E9A3D115B113E213B3D3D29C69BBC806AC33DF22DFABD02C8403E46F443BEFDC73CBE55453ABD82F9203E7ADA9D3CEF5D973DEE7310BE88BC8F3D552BB0BCCFFA9D3DAE2D0B3EEB52AB3DA71B86BC773A42BC0732F7BD7A8F8EBD1810003E430C9EBD76C6F43DC9499CBDA59637BDBB35863BE4D734BE",
      torch_tensor_10_torch.float32: "0x0400000090FDB4BE894D943CB6962BBC0FDB593DC4B48A3ED7F3AF3E8BCA56BE0799B4BC310F11BEEFD5A6BE",
      torch_tensor_10_8_torch.float32: "0x04000000A8C2AB3E4785C03D498804BEEEFE14BE65A267BED6F87ABE9F3969BD7A1080BDB30E213EA8BF1ABE2D4F903E0D097EBEAEB5833ACEB8A23EC000B43E20B751BEA9FA803D580F2B3D10BE29BE3D2AFABD861EC43DC4BF7BBE73F06E3DBFA91C3E2BAB0EBEB35C963E7E9BBEBCF442243EBD43B33ED953DDBD19BC443E761BCFBD498953BDA16B75BDDFF20FBB4BC408BED9B6A93DA3445A3C1C7E653E9F8E92BDA038113DC5AC06BE679897BE5481123E8A4D393D98FD10BE6BD0F4BD975CBD3DE8EC82BD63956C3E570EA43C5AC1083E28BD1D3E09AAB1BD34A41C3E8794853E8E48853C61B28D3D6B7A523CEEA97A3EDDD918BEE77240BE78C21D3E2F8B9DBE65BDB93B947F26BE2AF56E3E3C89A8BE0D845B3EBB17B33E8982923DB0F8C0BCB52FB23ED3B71ABE7117E8BCDD891EBEB4E747BDC45E9D3DE36A413D94C288BD",
      torch_tensor_8_torch.float32_7: "0x040000003D5F343E383C2F3EA1A706BE81CB0DBE06B5683E421CCD3BC9C9473C79428D3E",
      torch_tensor_8_torch.float32_6: "0x04000000AD121E3FE6F4833F95B38B3FA0C8393FC011943FEC127B3FAF445A3FA28E7F3F",
      torch_tensor_8_torch.float32_5: "0x040000001537103FCCECB33F5F253E3FC3418D3F1E2F9F3F4050D43F250CCD3FA18CCE3F",
      torch_tensor_8_torch.float32_4: "0x04000000034FEABE0324E4BD44333E3F96ECBB3ECE4CA7BECB5D593D9F7ED5BC2D58543D",
      torch_tensor_8_8_3_3_torch.float32: "0x04000000D6CABCBDFF017DBD4FE5C23DCBDFC3BD0DA60ABC04C3EE3D2E602E3DF0AC5A3B092AD1BDC1206F3D5BEAABBDC60609BDB9F521BD0EF88EBCAAF6A83A2713C73D440C713C022FD83D73A4933D329798BD4880583DA69DAABD8F964CBD78FA0D3DC6631F3D0A13B53D08651BBDEED34539C483783DA06AE9BD7A7FAE3DD495C7BDE8E5D43AF023A4BC113C7EBD9A347F3C9995C73DA41B0DBD224B8FBD288732BD0239EFBD66E5593D01D567BD9411A1BD1E0C8BBD59C58A3D87A27F3D973FB93DD3172F3D5C3521BD0CE506BD039C0E3DD467C63D503F033D596564BD39EA62BD9432E4BDA394D03C4F7287BDA130D7BD63A4D33DC7BD9CBDBAA85BBCB04B0A3DB90E763BF967A2BD8718C3BD1362C03DDE359D3CC93CC83DA6D321BDF12F0E3DB8C5DCBC7BBCABBB95FF92BD7941233D7A9E183D19531FBBF520D9BCEDC794BD1FE9A63D6DACB3BDC4C0453DD25022BD67E568BD976FAD3C59C07ABDF670DE3CDE97BD3CE434B3BD67BEA03C929A4D3D28133F3D460E73BCFCDCC5BD72D394BCD9A6273D012230BD103B373D74BCA03D560D7CBDE255983A7F9A473D7156173CE949213C6819713C71BEBDBD71BE173C4822A73DF57DD93DEADB8D3D165F813CAF6F613D25D56ABDF102C8BDBF8CCFBD3EC8F03D5236993DE8D5A6BD25DC3C3D3F44B63D2344F13D0E0BD33D70FEBA3DD255DDBCEB6729BDEA2AC63DB340873DAE3E91BD6AFCD83DBE3A693DCC92833D374797BDE47D0A3D0F3929BD6896BC3DA0B8ADBCA1ED3B3D8C7BAB3C9A614D3D7C0A24BD0E5C6B3D1495A8BD740CDA3C374DA3BD1E1CEEBD28D3C1BDBA8BBE3D7A95823D6972E23DA05BC13D6E8BD7BD02B6A4BD6BFF9BBC14BF9CBD5399A73D2978B6BDD8846BBDCA2CE9BDD30789BD2F83C63D7E9DC53D22C6AC3D265CBA3DFF9CD63D6936F7BCA465543DC008D73D37B11F3DF047F13D395E7A3D5D0A963D96F228BD1A9F673DB5DE5D3C1E90E6BC780E88BD3C6E87BDA1B8B9BD1D08A23DF896AB3D01C25BBCD0AB8BBD3B8CBA3DB3589A3D91870F3C88E863BD11D2DD3D3367453D063AB7BD2C00E73D2348B73D46F22FBD5EAE873D3A2389BD374C97BC35F0CC3D61909F3B8DB1AABD205721BD120803BDAF42BABC26C9383C4F37DF3D5CC2CE3B570695BD54EEC53B0B75673D9A726F3D5F96DCBDEFC1ACBC5D5DB3BD0AF84DBD91EB2D3D7B65ABBD7870333D3FDCCC3D1A49FD3BE6DCA0BD60F32CBD12D1D23C0EFEB7BDC4D16F3D631FDBBD5404E8BDE784EABD06DAC3BC3D4CA23DFB70E4BD569DC83D2C1941BD68610D3D5C1BB03B5CA3D9BD872AC83D4FF5813DF0E8EF3D09E0733D4D509FBD356FC93D1F8CCF3BB6E9643D5D87C1BDB2D70ABD30FCECBDE0033CBD5446D03C8581BDBD90DF193D2F90813D887E863C477DA1BD6721BBBD36ED14BDA3E4533D6613EE3DDBC98A3D276F59BCBC3F293DD9C9ECBD2825CEBD7B3D613DA0B588BDD13B683D1762AABD79186FBD0ACEC6BDEAE67B3D19BF44BC10C0B93DD55E953DE58D853D825B783BF03E15BD9DEAD1BC9D4E803CBC496F3D0018A9BD3F91CA3DA8F151BCED3ECABDD89682BD0F8FD53DBFBADC3DE890DFBDED3AAA3D2FEB713D6BDD8E3D4B51CC3DA01482BD436E183D598B453DD9A30EBD0D8B213D6FE20ABD1739953DB2EE05BD8DF433BD360CF33C93372B3DAAD76BBD9BAF2A3C51E08B3D931D40BC54E8123DC8D9E8BC4C31293DD2D6AEBD15ED8DBDF10575BDC8CFDD3D4DE401BD32B4A8B9F4DF69BD48F2F03D6EBAEB3DA207B6BD9EA9C3BDD2F2B6BD48FE14BAF217F6BC06FB9DBD39232DBD9866B63C3F377CBD82ECD53CD163DDBC56E869BD10A3843CA375C63D8B2DA3BD5F51B33BCB0232BDE4D8EC3D1FFEE4BDB261E7BDE6D4ED3D9BB498BDC218B93C67A526BC3E60CBBCCBA0D7BC905E993D6994B83BA2FDEABD227D8EBD0D8F24BD67E9723D0E319CBD0E95E33DF007D7BC0E5BADBC6E1EBD3D2F9E723D9AB3CC3DE29C8B3D396F12BD9722A0BDAFA90FBC04C2C73D820222BD46D4DFBD43E1453DC9F4EA3DFA6B09BDDDD9C7BD58EDDABD13F0F13C843412BC3CC473BD3E25C33C0751373D1DF5BF3D0D63BB3D978290BC92D2D4BD0119DABDC05AE13D5C63553DA16B523D38D4D0BD9980DF3D60A6E43DDFE9D93D609BCBBD112436BD81FFA5BD0C8FE43D146A4FBD1F635CBDFEE67C3D414D5FBDD9BF6DBD75E528BC379839BC7803BCBDA136C93DFFEF54BD333A2B3D22EED13D5871733DB6AF883CB25CCD3DADC7813C31555FBD5B53E43DFF7FE43C4D7DEBBD026D09BDEE67A4BDC19CD33D17709FBC3D01DCBD25C3F2BB9E93973D21D2FA3C3DA3183D8D53333C65F7333D033BEBBC810640BDB599E1BD21D3B5BD1836513D76E98EBDFD818A3C5C141A3D9BB6083C317C9CBD8ED1E63DA6598CBD9D84C63DD000C0BDFA3BE8BCB54A833DB63A45BD85C0CA3DC417A6BDBFAFCABDBAAA59BD2E109C3C9A3BDE3D3B7366BD38A22C3DAD0AF2BCE65DD1BCE178B13DC70CBBBD9E154D3CF1F9E23DA9A984BC8266BB3D08A814BDF348C23D5879E9BD6A248BBC5293A9BC16711C3D34623D3DD251B93D25D68FBC4C2399BB1249A53D4F9C02BD6295D33D28B3A0BD81F050BC016BCFBBC764573DEF02A53D7B0699BC1BF6C7BDE12E6F3D7765103D57E8413DFAE294BD71569B3DC09AE43D648B273CEC70E1BD816EA93DBEF4B2BD4AEDDD3C8B4B8C3C05EE61BD9114283D25E1D7BD27E3DB3C850299BDDACA50BCB05D783CE39FCD3D8D5066BD949F9A3D434975BC9D4165BDE92CD2BD9173DDBDC1B6EB3D88C7F0BCBEE3C03BF1DE023D400FA43D67FECD3D13BFC33DA3D1B2BDDDAD9ABC3FD28EBDA5E689BD2302E53C1F8DE23D8F5AC1BD5512923DF9457ABDCC0ABCBC7795BF3D625ADABC2CD12F3CC7B7A8BD6A74CD3D889A79BC1B87B0BD4A580D3D4B9CABBD2E85BFBD1C41EB3B2B5CBF3DFF9908BD1233633DAF67CF3D8615A03D16377DBD7AA953BC75E717BD1815C2BD6B3C4C38699BB53D4C59CB3DDC26343CD945DB3CABFA50BD2730B63DF8DC48BD29A9A7BDC2AB943CC9AA903D7A9BD9BD492EDA3D14A62D3D6B19A9BD56F6CFBCF965D13DD82DB9BD69160DBD73521E3D7C73D3BD0950843D20477B3D38B1953DB8E099BDD864F03D82118FBD65F5F03D4AA1E7BD320BD7BDEC3D943D1BCD493C0DC8DE3B96A785BD0A7D4ABD09240DBD0D1FEBBD9CB0C83BFCBEAA3CA43ED1B865E21B3D",
      torch_tensor_8_torch.float32_3: "0x040000006D27EEBDEF998C3E2D7D463DFB4179BD9C42833EAA3AA7BD83B4853EFAB68B3E",
      torch_tensor_8_torch.float32_2: "0x040000007CFB803FD0E2AE3F2B38BE3F1C3DBD3FF2D9023F17AC373F7C34643F4493653F",
      torch_tensor_8_torch.float32_1: "0x04000000752DBA3E2199DA3E259DBB3FA8FFB93EF0B2FA3FFA1BFB3F0D62503F89E4713F",
      torch_tensor_8_torch.float32: "0x04000000A7F2843B4C7B87BEACD0E63D7EC143BC90A3103F96B7503CC4C603BD30444B3D",
      torch_tensor_8_3_3_3_torch.float32: "0x040000008BDABCBAC56ED33D543222BEDB0711BECCCD97BDC461533D56E479BBFC401C3ED7E88BBC6E96503D293A6EBD9CF21ABDFC443CBEE48302BE0379A2BDB69AE93B09D19B3DDD7DEC3DE29905BEE2A1ABBD58288F3DC5A4233E2D3A22BD0E78133E221DFEBC43D2A63CF270323EA2D036BEEC1FF8BD619047BD88A299BD87442A3EDB78FFBD416FB5BD28AE09BE299138BEFD12E6BD6966293E1CDFAF3D1C07BF3D9AD3253C6511CABD395D053D8F0038BE34650EBE9A30CBBD2EADF83D6317E73D54CCAEBDFC8AE3BB3613FC3DA8E9433E206D9C3D15FBD43CCB21043EBA11E8BDF4E3123DE2C918BEF29508BEE89ACBBD3456B23DB1819E3DF077E9BDC6246E3DE15ED83DF6FCC6BCD7C7F03BADA5363D8C83F43D72393D3EAEDD17BE887090BD6AE69A3D0448233EA57D2B3E94E22D3ED9E01C3D215E2BBEE807913C2093F6BDC0A837BE1F182F3EE0D7153EEC9444BE0C8B133DFCCA04BD34B801BD566BB4BD7091973DFF72E9BDCD7C903D9451C73D76130D3E5D5F933DC90B43BE0CADFFBD86CCC43DB5FC243DF5BA19BEC5F3E2BD7664393EDEC9043E9FDAABBDA06546BD3ABA3BBE7BB262BB8C6714BEAA0218BE15BC2DBC1BB6EC3C4F69A1BD5EDFE93D27D9EFBD7ED0323E210D073E512F26BE7F3044BDB8460E3C4105E63C6CF53A3DBAAB9A3D11DF3C3CA84FC0BD6D80BA3DC2093DBEAC9BE9BD335445BD62FDBFBDEFE189BD9E8521BE9CAD27BDBD7F283D366200BEB1D021BC6A120D3EE211A2BC6E43AF3BE10188BC44881F3DBD9BFA3D3AAC3A3EAE4CFA3D91193B3E9E0964BCFE0731BE0CDABABD6C2F063EF984A3BA9EE7C3BD260417BE656D38BEE85326BE29E41FBDC425D83D4B16D53D3D0F3EBE28DBF53D51351ABE4AA626BDE5CF9FBD7BD517BDACC51ABDFBD630BE21282ABEAAB2F6BC201B233B020CB3BDAD78943D9E5F31BE4FCB54BC644E2D3E01C4A0BD2EF4313E0DBD8E3DD4D831BEB45EF93DE0ECB5BC20F2AFBD38961D3E1C401FBEF52BA93C4D0A25BDB9BA0C3EF60A5C3DA462BD3D7B318B3D728F3DBD56C725BD9C6622BEAE8FD53DE8771C3EE5D6063E14020BBEC6A00C3CACEB0ABE74F7D8BD90AAE5BDD3B1863D35DFEABD729589BB25A5043CFF11FE3DE4F714BE4B4A07BE54DCE4BD63EF093EC2AD8DBDB339263EF0858E3DE4A1C73C2FC6BBBAD9D31BBDDACDC53CA0FF33BD933DB1BA2E28C93C"
    }
  }
#-}
