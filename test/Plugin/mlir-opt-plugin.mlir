// Debian's own mlir-opt-22 loads fuse as a plugin: it parses fusion IR,
// and runs fuse's passes and pipelines, down to code that mlir-runner
// executes.
// UNSUPPORTED: sanitizer
// RUN: mlir-opt %s --load-dialect-plugin=%fuse_plugin | FileCheck %s --check-prefix=PARSE
// RUN: mlir-opt %s --load-dialect-plugin=%fuse_plugin --load-pass-plugin=%fuse_plugin \
// RUN:   --pass-pipeline='builtin.module(convert-fusion-to-linalg)' | FileCheck %s --check-prefix=LOWER
// RUN: mlir-opt %s --load-dialect-plugin=%fuse_plugin --load-pass-plugin=%fuse_plugin \
// RUN:   --pass-pipeline='builtin.module(fusion-to-llvm{fuse=true})' \
// RUN:   | mlir-runner -e main -entry-point-result=void -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils \
// RUN:   | FileCheck %s --check-prefix=EXEC
// RUN: not mlir-opt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN

// PARSE: fusion.gate
// LOWER-NOT: fusion.
// LOWER: math.exp
// EXEC: {{\[}}5.5,   11,   16.5,   22]
// NOPLUGIN: error: Dialect `fusion' not found for custom op 'fusion.gate'
func.func private @printMemrefF32(tensor<*xf32>)
func.func @main() {
  %a = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %b = arith.constant dense<[10.0, 20.0, 30.0, 40.0]> : tensor<4xf32>
  %g = arith.constant dense<0.0> : tensor<4xf32>
  %r = fusion.gate %g, %a, %b : tensor<4xf32>, tensor<4xf32>
  %u = tensor.cast %r : tensor<4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
