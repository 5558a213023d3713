#!/usr/bin/env bash
# Side-by-side timings with fuse-run (medians of N calls, one process per
# comparison so both builds see the same machine state). Not a test.
#   bench/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20}
B=${BUILD_DIR:-build}/bin
echo "# $(date -u +%F) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2) load: $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # name file primary compare [fuse-run options]
  "$B/fuse-run" "$2" --pipeline="$3" --compare="$4" --bench="$N" --warmup=3 --json "${@:5}" |
    /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); b=d['bench']; print('%-40s %-34s %9.3f ms  vs %-34s %9.3f ms  ratio %.2fx  max_abs_err %.2g' % (sys.argv[1], sys.argv[2], b['primary']['median_ms'], sys.argv[3], b['compare']['median_ms'], b['median_ratio_compare_over_primary'], d['compare']['max_abs_err']))" "$1" "$3" "$4"
}
run "W1 elementwise chain 16M: fusion" bench/w1-elementwise.mlir 'fusion-to-llvm' 'fusion-to-llvm{fuse=false}'
run "W1 elementwise chain 16M: vectorize" bench/w1-elementwise.mlir 'fusion-to-llvm' 'fusion-to-llvm{vectorize=false}'
run "multimodal example: fusion" examples/multimodal.mlir 'fusion-to-llvm' 'fusion-to-llvm{fuse=false}'
run "multimodal example: vectorize" examples/multimodal.mlir 'fusion-to-llvm' 'fusion-to-llvm{vectorize=false}'
# W4: three-branch ensemble 512 -> 512 -> 256, averaged (bench/gen_w4.py);
# weights as arguments (stacked at run time) or constants (at compile time).
W4=${BUILD_DIR:-build}/bench
/usr/bin/python3 bench/gen_w4.py "$W4"
for b in 64 256; do
  for w in args const; do
    run "W4 ensemble B=$b weights=$w: fusion" "$W4/w4-$w-b$b.mlir" 'fusion-to-llvm' 'fusion-to-llvm{fuse=false}' --atol=1e-2 --rtol=1e-2
  done
done
