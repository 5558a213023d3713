// Input of test/Codegen/gpu-thread-level.mlir: @linear_relu of
// Inputs/thread-level.mlir after
// fusion-gpu-promote-operands{workgroup-memory=false}, with the fill's mark
// changed by hand from 4x4 per thread to 8x2, its rows (loop 0) on
// consecutive threads.
#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
module attributes {fusion.target = #fusion.target<backend = gpu, arch = "host">} {
  func.func @linear_relu(%arg0: tensor<64x96xf32>, %arg1: tensor<128x96xf32>, %arg2: tensor<128xf32>) -> tensor<64x128xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<64x128xf32>
    %1 = fusion.group contraction ins(%arg0, %arg1, %arg2 : tensor<64x96xf32>, tensor<128x96xf32>, tensor<128xf32>) -> (tensor<64x128xf32>) attributes {lowering_config = #fusion.lowering_config<pipeline = gpu_contraction, workgroup = [64, 64], thread = [4, 4], reduction = [16], vector_width = 4, stages = 3>} {
    ^bb0(%arg3: tensor<64x96xf32>, %arg4: tensor<128x96xf32>, %arg5: tensor<128xf32>):
      %cst_0 = arith.constant 0.000000e+00 : f32
      %2 = tensor.empty() : tensor<64x128xf32>
      %3 = linalg.fill ins(%cst_0 : f32) outs(%2 : tensor<64x128xf32>) -> tensor<64x128xf32>
      %4 = linalg.matmul indexing_maps = [#map, #map1, #map2] ins(%arg3, %arg4 : tensor<64x96xf32>, tensor<128x96xf32>) outs(%3 : tensor<64x128xf32>) -> tensor<64x128xf32>
      %5 = scf.forall (%arg6, %arg7) = (0, 0) to (64, 128) step (64, 64) shared_outs(%arg8 = %2) -> (tensor<64x128xf32>) {
        %extracted_slice = tensor.extract_slice %arg3[%arg6, 0] [64, 96] [1, 1] : tensor<64x96xf32> to tensor<64x96xf32>
        %extracted_slice_1 = tensor.extract_slice %arg4[%arg7, 0] [64, 96] [1, 1] : tensor<128x96xf32> to tensor<64x96xf32>
        %6 = tensor.empty() : tensor<64x128xf32>
        %extracted_slice_2 = tensor.extract_slice %6[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %extracted_slice_3 = tensor.extract_slice %2[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %extracted_slice_4 = tensor.extract_slice %arg8[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %7 = linalg.fill {fusion.thread_tile = array<i64: 8, 2>, fusion.thread_tile_fastest = 0 : i64} ins(%cst_0 : f32) outs(%extracted_slice_4 : tensor<64x64xf32>) -> tensor<64x64xf32>
        %extracted_slice_5 = tensor.extract_slice %3[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %c0 = arith.constant 0 : index
        %c96 = arith.constant 96 : index
        %c16 = arith.constant 16 : index
        %8 = scf.for %arg9 = %c0 to %c96 step %c16 iter_args(%arg10 = %7) -> (tensor<64x64xf32>) {
          %extracted_slice_10 = tensor.extract_slice %extracted_slice[0, %arg9] [64, 16] [1, 1] : tensor<64x96xf32> to tensor<64x16xf32>
          %11 = bufferization.to_buffer %extracted_slice_10 read_only : tensor<64x16xf32> to memref<64x16xf32, strided<[?, ?], offset: ?>>
          %extracted_slice_11 = tensor.extract_slice %extracted_slice_1[0, %arg9] [64, 16] [1, 1] : tensor<64x96xf32> to tensor<64x16xf32>
          %12 = bufferization.to_buffer %extracted_slice_11 read_only : tensor<64x16xf32> to memref<64x16xf32, strided<[?, ?], offset: ?>>
          %extracted_slice_12 = tensor.extract_slice %arg10[0, 0] [64, 64] [1, 1] : tensor<64x64xf32> to tensor<64x64xf32>
          %13 = tensor.empty() : tensor<64x16xf32>
          %alloc = memref.alloc() : memref<64x16xf32>
          %14 = bufferization.to_tensor %alloc : memref<64x16xf32> to tensor<64x16xf32>
          linalg.copy {fusion.thread_tile = array<i64: 1, 4>, fusion.thread_tile_fastest = 1 : i64} ins(%11 : memref<64x16xf32, strided<[?, ?], offset: ?>>) outs(%alloc : memref<64x16xf32>)
          %15 = bufferization.to_tensor %alloc restrict writable : memref<64x16xf32> to tensor<64x16xf32>
          %16 = tensor.empty() : tensor<16x64xf32>
          %alloc_13 = memref.alloc() : memref<16x64xf32>
          %17 = bufferization.to_tensor %alloc_13 : memref<16x64xf32> to tensor<16x64xf32>
          linalg.transpose ins(%12 : memref<64x16xf32, strided<[?, ?], offset: ?>>) outs(%alloc_13 : memref<16x64xf32>) permutation = [1, 0]  {fusion.thread_tile = array<i64: 4, 1>, fusion.thread_tile_fastest = 0 : i64}
          %18 = bufferization.to_tensor %alloc_13 restrict writable : memref<16x64xf32> to tensor<16x64xf32>
          %19 = linalg.generic {indexing_maps = [#map, #map3, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15, %18 : tensor<64x16xf32>, tensor<16x64xf32>) outs(%extracted_slice_12 : tensor<64x64xf32>) attrs =  {fusion.thread_tile = array<i64: 4, 4, 0>} {
          ^bb0(%in: f32, %in_14: f32, %out: f32):
            %20 = arith.mulf %in, %in_14 : f32
            %21 = arith.addf %out, %20 : f32
            linalg.yield %21 : f32
          } -> tensor<64x64xf32>
          %inserted_slice = tensor.insert_slice %19 into %arg10[0, 0] [64, 64] [1, 1] : tensor<64x64xf32> into tensor<64x64xf32>
          scf.yield %inserted_slice : tensor<64x64xf32>
        } {fusion.copy_stages = 3 : i64}
        %extracted_slice_6 = tensor.extract_slice %4[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %extracted_slice_7 = tensor.extract_slice %arg5[%arg7] [64] [1] : tensor<128xf32> to tensor<64xf32>
        %9 = tensor.empty() : tensor<64x128xf32>
        %extracted_slice_8 = tensor.extract_slice %9[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %extracted_slice_9 = tensor.extract_slice %arg8[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x128xf32> to tensor<64x64xf32>
        %10 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_7 : tensor<64xf32>) outs(%8 : tensor<64x64xf32>) attrs =  {fusion.thread_tile = array<i64: 4, 4>} {
        ^bb0(%in: f32, %out: f32):
          %11 = arith.addf %out, %in : f32
          %12 = arith.maximumf %11, %cst_0 : f32
          linalg.yield %12 : f32
        } -> tensor<64x64xf32>
        scf.forall.in_parallel {
          tensor.parallel_insert_slice %10 into %arg8[%arg6, %arg7] [64, 64] [1, 1] : tensor<64x64xf32> into tensor<64x128xf32>
        }
      } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
      fusion.yield %5 : tensor<64x128xf32>
    }
    return %1 : tensor<64x128xf32>
  }
}
