#!/usr/bin/env bash
# A long fuzzing run (docs/robustness.md): RUNS mutants of the lit tests
# (default 100000) through every fuse pass and pipeline, on all cores.
# Findings (crashes, hangs) are minimized into OUT (build/fuzz-findings).
# Extra arguments go to fuse-fuzz, e.g. --pipelines=fusion-to-llvm.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
exec "$BUILD_DIR/bin/fuse-fuzz" test --exclude=Inputs/self-test \
  --runs="${RUNS:-100000}" --seed="${SEED:-$(date +%s)}" --jobs="$(nproc)" \
  --out="${OUT:-$BUILD_DIR/fuzz-findings}" "$@"
