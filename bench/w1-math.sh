#!/usr/bin/env bash
# W1 (y = relu((x*a + b) * sigmoid(x)) over 16M f32: 256 MB of traffic per
# call) in the three math modes of fusion-to-llvm, beside the one-core triad
# bandwidth limit, in one run: R rounds, each timing the triad (bench/
# triad.c, best of 5) and W1 default vs precise-math=true, then default vs
# approximate-math=true (fuse-run --bench=N --compare, one process each).
# Prints every round and the medians. Not a test.
#   bench/w1-math.sh [N] [R]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
R=${2:-3}
BUILD=${BUILD_DIR:-build}
mkdir -p "$BUILD/bench"
clang-22 -O3 -march=native -mprefer-vector-width=512 -ffp-contract=fast bench/triad.c -o "$BUILD/bench/triad"
echo "# $(date -u +%F) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), N=$N calls, $R rounds"
for r in $(seq "$R"); do
  triad=$("$BUILD/bench/triad" | cut -d' ' -f1)
  for mode in 'precise-math=true' 'approximate-math=true'; do
    "$BUILD/bin/fuse-run" bench/w1-elementwise.mlir --entry=main \
      --compare="fusion-to-llvm{$mode}" --atol=1e-5 --rtol=1e-4 \
      --bench="$N" --warmup=2 --json |
      /usr/bin/python3 -c 'import json,sys; b=json.load(sys.stdin)["bench"]; print(sys.argv[1], sys.argv[2], b["primary"]["median_ms"], b["compare"]["median_ms"])' "$triad" "$mode"
  done
done | /usr/bin/python3 -c '
import statistics, sys
rows = [l.split() for l in sys.stdin]
GB = 4 * 16 * 2**20 * 4 / 1e9  # x, a, b read, y written
for r in rows:
    print(f"round: triad {r[0]} GB/s; default {float(r[2]):.2f} ms; {r[1]} {float(r[3]):.2f} ms")
triad = statistics.median(float(r[0]) for r in rows)
default = statistics.median(float(r[2]) for r in rows)
print(f"triad (one core): {triad:.1f} GB/s (median of rounds)")
print(f"W1 default: {default:.2f} ms = {GB / default * 1e3:.1f} GB/s = {100 * GB / default * 1e3 / triad:.0f}% of triad")
for mode in ("precise-math=true", "approximate-math=true"):
    t = statistics.median(float(r[3]) for r in rows if r[1] == mode)
    print(f"W1 {mode}: {t:.2f} ms = {GB / t * 1e3:.1f} GB/s = {100 * GB / t * 1e3 / triad:.0f}% of triad")
'
