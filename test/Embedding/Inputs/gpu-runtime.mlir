// The function test/Embedding/gpu-runtime.test compiles for the GPU (in the
// emulation) and calls from C through include/fuse/Runtime/GPURuntime.h: a
// per-row bias (a constant, uploaded on first use) and a ReLU.
// `llvm.emit_c_interface` gives it the `_mlir_ciface_` entry point that
// takes and returns memref descriptors by pointer.
func.func @bias_relu(%x: tensor<4x256xf32>) -> tensor<4x256xf32> attributes {llvm.emit_c_interface} {
  %b = arith.constant dense<[[-1.0], [0.5], [2.0], [-3.0]]> : tensor<4x1xf32>
  %e = tensor.empty() : tensor<4x256xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, 0)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%x, %b : tensor<4x256xf32>, tensor<4x1xf32>) outs(%e : tensor<4x256xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %z = arith.constant 0.0 : f32
    %m = arith.maximumf %s, %z : f32
    linalg.yield %m : f32
  } -> tensor<4x256xf32>
  return %r : tensor<4x256xf32>
}
