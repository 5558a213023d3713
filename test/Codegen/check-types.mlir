// RUN: fuse-opt %s -split-input-file -fusion-gpu-check-types -verify-diagnostics
// RUN: not fuse-opt %s -split-input-file --fusion-to-nvvm -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPELINE

// NVPTX has no arithmetic for f80 (the backend would abort): an error
// instead, from fusion-to-nvvm's first pass.
// PIPELINE: error: element type 'f80' is not supported on NVIDIA GPUs (f16, bf16, f32 and f64 are)
func.func @f80(%a: tensor<4x8xf80>, %b: tensor<4x8xf80>) -> tensor<4x8xf80> {
  // expected-error @+1 {{element type 'f80' is not supported on NVIDIA GPUs (f16, bf16, f32 and f64 are)}}
  %m = fusion.mean %a, %b weights [0.3, 0.7] : tensor<4x8xf80>
  return %m : tensor<4x8xf80>
}

// -----

// Complex numbers of such types too.
func.func @complex_f80(%a: tensor<64xcomplex<f80>>) -> tensor<64xcomplex<f80>> {
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%a : tensor<64xcomplex<f80>>) outs(%a : tensor<64xcomplex<f80>>) {
  ^bb0(%x: complex<f80>, %o: complex<f80>):
    // expected-error @+1 {{element type 'f80' is not supported on NVIDIA GPUs (f16, bf16, f32 and f64 are)}}
    %s = complex.add %x, %x : complex<f80>
    linalg.yield %s : complex<f80>
  } -> tensor<64xcomplex<f80>>
  return %r : tensor<64xcomplex<f80>>
}

// -----

// f16, bf16, f32, f64, complex<f32> and integers pass.
func.func @ok(%a: tensor<4xf16>, %b: tensor<4xbf16>, %c: tensor<4xf64>, %d: tensor<4xi8>) -> (tensor<4xf16>, tensor<4xbf16>, tensor<4xf64>, tensor<4xi8>) {
  return %a, %b, %c, %d : tensor<4xf16>, tensor<4xbf16>, tensor<4xf64>, tensor<4xi8>
}
