#!/usr/bin/env bash
# Configures (once) and builds fuse into ${BUILD_DIR:-build}; FUSE_CMAKE_ARGS
# adds CMake arguments to the configuration (e.g. scripts/test-sanitizers.sh's
# -DLLVM_USE_SANITIZER=...).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DLLVM_USE_LINKER=lld -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" \
    ${FUSE_CMAKE_ARGS:-}
fi
cmake --build "$BUILD_DIR"
