#!/usr/bin/env bash
# The one script to run on a GPU machine (the device tool), with the build
# carried there by ../shared/gpu (bundle.sh here, then pass .gpu in carry):
# installs the carried LLVM/MLIR, runs the GPU lit tests (run.test,
# programs.test and the rest of test/GPU) and bench/gpu.sh (fused vs
# unfused, GPU vs CPU, and W1-W4 beside PyTorch on the same GPU), and writes
# every log to $OUT (default ./gpu-logs).
#   bash scripts/gpu-device-check.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-gpu-logs}
N=${1:-20}
mkdir -p "$OUT"
{
  date -u
  nvidia-smi || true
  bash .gpu/install.sh
} > "$OUT/install.log" 2>&1
/usr/lib/llvm-22/bin/lit -v build/test/GPU > "$OUT/lit-gpu.log" 2>&1
echo "lit: exit $?" >> "$OUT/lit-gpu.log"
# PyTorch with CUDA: the machine's python, unless $PYTHON says otherwise.
PYTHON=${PYTHON:-python3} timeout 420 bash bench/gpu.sh "$N" > "$OUT/bench-gpu.log" 2>&1
echo "bench: exit $?" >> "$OUT/bench-gpu.log"
tail -n 3 "$OUT/lit-gpu.log" "$OUT/bench-gpu.log"
