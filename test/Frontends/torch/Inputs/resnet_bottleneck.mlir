#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_16_torch.float32_3> : tensor<16xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_16_torch.float32_2> : tensor<16xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_16_torch.float32_1> : tensor<16xf32>
    %cst_3 = arith.constant dense_resource<torch_tensor_16_torch.float32> : tensor<16xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_16_4_1_1_torch.float32> : tensor<16x4x1x1xf32>
    %cst_5 = arith.constant dense_resource<torch_tensor_4_torch.float32_7> : tensor<4xf32>
    %cst_6 = arith.constant dense_resource<torch_tensor_4_torch.float32_6> : tensor<4xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_4_torch.float32_5> : tensor<4xf32>
    %cst_8 = arith.constant dense_resource<torch_tensor_4_torch.float32_4> : tensor<4xf32>
    %cst_9 = arith.constant dense_resource<torch_tensor_4_4_3_3_torch.float32> : tensor<4x4x3x3xf32>
    %cst_10 = arith.constant dense_resource<torch_tensor_4_torch.float32_3> : tensor<4xf32>
    %cst_11 = arith.constant dense_resource<torch_tensor_4_torch.float32_2> : tensor<4xf32>
    %cst_12 = arith.constant 1.000000e-05 : f64
    %cst_13 = arith.constant dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>
    %cst_14 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_15 = arith.constant dense_resource<torch_tensor_4_16_1_1_torch.float32> : tensor<4x16x1x1xf32>
    %0 = tensor.empty() : tensor<1x4x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %cst_15 : tensor<1x16x8x8xf32>, tensor<4x16x1x1xf32>) outs(%1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %3 = tensor.empty() : tensor<4xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_13 : tensor<4xf32>) outs(%3 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = arith.truncf %cst_12 : f64 to f32
      %32 = arith.addf %in, %31 : f32
      linalg.yield %32 : f32
    } -> tensor<4xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%4 : tensor<4xf32>) outs(%3 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = math.rsqrt %in : f32
      linalg.yield %31 : f32
    } -> tensor<4xf32>
    %expanded = tensor.expand_shape %cst_14 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %expanded_16 = tensor.expand_shape %5 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.subf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %expanded_16 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.mulf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %expanded_17 = tensor.expand_shape %cst_11 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%7, %expanded_17 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.mulf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %expanded_18 = tensor.expand_shape %cst_10 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_18 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.addf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9 : tensor<1x4x8x8xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = arith.cmpf ugt, %in, %cst : f32
      %32 = arith.select %31, %in, %cst : f32
      linalg.yield %32 : f32
    } -> tensor<1x4x8x8xf32>
    %padded = tensor.pad %10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x4x8x8xf32> to tensor<1x4x10x10xf32>
    %11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_9 : tensor<1x4x10x10xf32>, tensor<4x4x3x3xf32>) outs(%1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_7 : tensor<4xf32>) outs(%3 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = arith.truncf %cst_12 : f64 to f32
      %32 = arith.addf %in, %31 : f32
      linalg.yield %32 : f32
    } -> tensor<4xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%12 : tensor<4xf32>) outs(%3 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = math.rsqrt %in : f32
      linalg.yield %31 : f32
    } -> tensor<4xf32>
    %expanded_19 = tensor.expand_shape %cst_8 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %expanded_20 = tensor.expand_shape %13 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %expanded_19 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.subf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %expanded_20 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.mulf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %expanded_21 = tensor.expand_shape %cst_6 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %expanded_21 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.mulf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %expanded_22 = tensor.expand_shape %cst_5 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %expanded_22 : tensor<1x4x8x8xf32>, tensor<4x1x1xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.addf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x4x8x8xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17 : tensor<1x4x8x8xf32>) outs(%0 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = arith.cmpf ugt, %in, %cst : f32
      %32 = arith.select %31, %in, %cst : f32
      linalg.yield %32 : f32
    } -> tensor<1x4x8x8xf32>
    %19 = tensor.empty() : tensor<1x16x8x8xf32>
    %20 = linalg.fill ins(%cst : f32) outs(%19 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %21 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%18, %cst_4 : tensor<1x4x8x8xf32>, tensor<16x4x1x1xf32>) outs(%20 : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
    %22 = tensor.empty() : tensor<16xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_2 : tensor<16xf32>) outs(%22 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = arith.truncf %cst_12 : f64 to f32
      %32 = arith.addf %in, %31 : f32
      linalg.yield %32 : f32
    } -> tensor<16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%23 : tensor<16xf32>) outs(%22 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = math.rsqrt %in : f32
      linalg.yield %31 : f32
    } -> tensor<16xf32>
    %expanded_23 = tensor.expand_shape %cst_3 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %expanded_24 = tensor.expand_shape %24 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %expanded_23 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%19 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.subf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x16x8x8xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %expanded_24 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%19 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.mulf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_25 = tensor.expand_shape %cst_1 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26, %expanded_25 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%19 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.mulf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x16x8x8xf32>
    %expanded_26 = tensor.expand_shape %cst_0 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xf32> into tensor<16x1x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %expanded_26 : tensor<1x16x8x8xf32>, tensor<16x1x1xf32>) outs(%19 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.addf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x16x8x8xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %arg0 : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32>) outs(%19 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %in_27: f32, %out: f32):
      %31 = arith.addf %in, %in_27 : f32
      linalg.yield %31 : f32
    } -> tensor<1x16x8x8xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29 : tensor<1x16x8x8xf32>) outs(%19 : tensor<1x16x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %31 = arith.cmpf ugt, %in, %cst : f32
      %32 = arith.select %31, %in, %cst : f32
      linalg.yield %32 : f32
    } -> tensor<1x16x8x8xf32>
    return %30 : tensor<1x16x8x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_16_torch.float32_3: "0x0400000036F0033E5937493F55DBCBBCA5F1713D33BC9C3D772AE1BD1A944BBEEED2893E873CC73E1E2284BE1B96F0BEFAD9D3BEDB3F3A3E19420EBEFFA5C83E5F1062BE",
      torch_tensor_16_torch.float32_2: "0x040000009458853FCCFD873F835F1B3F9707853F6D51AC3FD9ABB93FB69DA53F8293883F90E39D3F09BB413F8AED153F1BEE113FD6D8BF3F64A0A83FA785273F1E0A993F",
      torch_tensor_16_torch.float32_1: "0x040000005ABCF83E125F743F86F8033F62CBDC3FE4D4D63E0030293FD80C6C3E9ACA163FA58CEB3F041FEB3FB643DF3FC2BFE53FFA3BF33F649A5E3FFD7CBF3F686FF33F",
      torch_tensor_16_torch.float32: "0x04000000203D263E4E62EC3E30D1A63EA472BF3E7C670D3DC4B9F83E58720E3E01CBC73ED320863E2E0EA03C288A6D3E660395BEE15888BED392C3BD2875CDBD528E0B3E",
      torch_tensor_16_4_1_1_torch.float32: "0x04000000A024393E40AA813D00ED73BB086DCABD407A803D30D3E9BD003E66BBC0A7823D983EC8BE7A2D86BED8B7CE3E86C1CFBE200F13BDC03EFD3E10F4383EC0F0673C26DADDBE2CA27D3E0858B6BEA85611BECCC82BBE38A497BD8036B33B9626D33E80AB7F3D204CE53E30999C3EC6D8A1BE54A2653E24F7B4BE9CFF58BE4097163EF00E293EF20EC03E28D224BE00D4513A7ACB833E5A93F7BE4215B93E30B1D3BE00D0E13BE018AEBD0AD486BED857873DF2B0D33EE8AA15BE56FC97BE845B3DBEE6BBFDBE1C1D673E20E575BED0D6AABE627B93BE5230933E2492873E507CC43ED8B6393EC4FC2ABED4130FBE9842173EDE70D23E74350B3E1C4072BEFCAD70BE",
      torch_tensor_4_torch.float32_7: "0x04000000FB4BD13E4963453E8445863D05E393BE",
      torch_tensor_4_torch.float32_6: "0x040000004542AC3FB6B6203FF6379A3FA5F5543F",
      torch_tensor_4_torch.float32_5: "0x04000000D84B213FA3EF8D3F616FBC3F42D4953F",
      torch_tensor_4_torch.float32_4: "0x040000004E82D4BE2A5A75BE507A8EBE7D106E3E",
      torch_tensor_4_4_3_3_torch.float32: "0x04000000E861BB3D2B54ACBCAB85D03B562D1E3D56C1D33D86DF233E0F8503BE3B2D7ABDBB25863DE0670D3EF083143EC296163E50DC073DA66814BE6B337B3C3B8AD5BDB30D1FBED4A2173EA0C4013EAA3E2ABE608DFF3C0B01E6BC4BAEE0BC683F9CBD0843833D462CCABD7B427A3D739DAC3DD059F43DB6417F3D32EA28BE006CDDBDD06EAA3D10E20E3D642205BEE08BC4BDF78D203E1BFFE53D76D494BD1BD12BBDA69322BE565344BBA68500BE17A503BE6B7516BC80FFCC3C4EC98BBD208ACA3DF6B6CFBD9BDB1A3E6BEAE93D98EB0FBEB0E729BD006EF63B2034C73C36E9213DE8F2853D4091233CDE8BA6BDE383A13D3AB623BE804FCABD50E42ABD9E44A6BDD0D16EBDD2E10BBEAB3611BDA6EC113DF35DDEBDD6220CBC0058F43D4B5B8CBC56C8973B56926BBCB6280A3D8008D93DD2A9213E08C4D83D8308223E807C45BC445019BE80D1A1BD686AE83DAB9C8DBA93A8A9BDACC802BE00B81FBE480B10BE4B780ABD7330BB3DF089B83DAC9824BEE8EAD43D5C8C05BEA05210BDBE668ABDF67D03BD600906BDD22519BE2E5C13BE8BA5D5BC00410D3B260F9BBD7B94803D279C19BE004938BC6C16163E263A8BBDCF1C1A3EF63A773D1F051ABEF0F5D73D4B8D9DBCA05F98BD6379083E38EA09BECB81923CD6ED0EBD1EC0F33D0B903E3D3303A43D0017713D002A24BD8B910FBDABA40CBE10F3B83D6F81073E7B8CE93DE6C4F0BD2B93F33B169EF0BD0BE6BBBD96E5C6BD464C693DB067CBBD564D6EBB80BFE53B0608DC3DA70201BE5B54EABDFB32C6BD1EE9EE3D106575BD96F40F3E",
      torch_tensor_4_torch.float32_3: "0x040000003D5B80BE50DB41BC8845733E9DD37A3E",
      torch_tensor_4_torch.float32_2: "0x04000000DFFA063FBBD38D3F2C2B383FD8E00D3F",
      torch_tensor_4_torch.float32_1: "0x04000000E938B13F706C8A3F55C8653F17930B3F",
      torch_tensor_4_torch.float32: "0x04000000B3E282BEAB69B7BE981FAA3E2D134A3E",
      torch_tensor_4_16_1_1_torch.float32: "0x040000000054F5BA5E54093E16B352BE80663CBEF432C5BDEC4B893D404FA2BBCEFA4A3E70BFB5BC4C7B873DACBB9ABD704849BDB89174BE528B29BEE80ED3BD00BB173C6069CA3D189B193E8C8D2DBEFCF4DEBD98F7B93D4E94543E48BD52BD5C913F3E400D25BD10B5D83C4ACD673ECE7B6DBE662921BEE09E81BDDC93C7BD282F5D3E1AEF25BEC0B0EBBD1ADA32BE76C26FBE047015BE9E0E5C3EBC76E43D0027F83D406A573C3A3F03BEC03E2D3D9E066FBE1AFA38BEC6F903BE2685213E2619163EC811E3BD20CB13BC40BA233E827F7E3E2434CB3DC8550A3DFEA42B3EC0BB16BEF8D03E3D6C7A46BE186E31BED23E04BE8CAAE73DF8E7CD3D6AA417BEC8AD9A3D"
    }
  }
#-}
