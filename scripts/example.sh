#!/usr/bin/env bash
# The main job on the bundled example: build fuse, then show what fuse-opt
# does to examples/multimodal.mlir (a late-fusion image + text classifier),
# emit LLVM IR and an object file, and run it fused vs unfused with fuse-run.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/install-deps.sh
scripts/build.sh >/dev/null
B="$BUILD_DIR/bin"
IN=${1:-examples/multimodal.mlir}
OUT="$BUILD_DIR/example"
mkdir -p "$OUT"

# Ops per dialect.op, without the scalar ops inside linalg bodies.
stats() { "$B/fuse-opt" "$@" --print-op-stats -o /dev/null 2>&1 |
  awk -F, '/^ *(fusion|linalg|tensor)\./ && !/yield/ {gsub(/ /,"",$1); gsub(/ /,"",$2); printf "%s=%s ", $1, $2}'; echo; }
kernels() { "$B/fuse-opt" "$@" --print-op-stats -o /dev/null 2>&1 |
  awk -F, '/^ *linalg\./ && !/yield|fill/ {n += $2} END {print n + 0}'; }

echo "== $IN"
echo "input:           $(stats "$IN")"
echo "lowered, unfused: $(stats "$IN" --fusion-to-linalg=fuse=false)"
echo "lowered, fused:   $(stats "$IN" --fusion-to-linalg)"
echo "linalg compute ops (one loop nest each): unfused $(kernels "$IN" --fusion-to-linalg=fuse=false), fused $(kernels "$IN" --fusion-to-linalg)"
echo "== fusion decisions (remarks)"
"$B/fuse-opt" "$IN" --fusion-to-linalg -o "$OUT/fused-linalg.mlir" 2>&1 |
  grep -o 'remark: .*' | sort | uniq -c

echo "== kernels: one fusion.group each, with the lowering config the strategy chose"
"$B/fuse-opt" "$IN" --fusion-to-llvm --mlir-print-ir-after=fusion-select-lowering-strategy -o /dev/null 2> "$OUT/strategy.mlir"
grep -o -m1 'fusion.target = #fusion.target<[^>]*>' "$OUT/strategy.mlir" | sed 's/^/  /'
grep -o 'fusion.group [a-z]* \|lowering_config = #fusion.lowering_config<[^>]*>' "$OUT/strategy.mlir" |
  paste -d ' ' - - | sed 's/^/  /'
echo "== LLVM IR and object code"
"$B/fuse-opt" "$IN" --fusion-to-llvm -o "$OUT/multimodal.llvm.mlir" 2> "$OUT/fusion-to-llvm.log" || { cat "$OUT/fusion-to-llvm.log"; exit 1; }
/usr/lib/llvm-22/bin/mlir-translate --mlir-to-llvmir "$OUT/multimodal.llvm.mlir" -o "$OUT/multimodal.ll"
/usr/lib/llvm-22/bin/llc -O3 -filetype=obj "$OUT/multimodal.ll" -o "$OUT/multimodal.o"
echo "wrote $OUT/fused-linalg.mlir, $OUT/multimodal.ll ($(wc -l < "$OUT/multimodal.ll") lines), $OUT/multimodal.o ($(stat -c %s "$OUT/multimodal.o") bytes)"

echo "== run: fused vs unfused on seeded inputs"
"$B/fuse-run" "$IN" --entry=main --compare='fusion-to-llvm{fuse=false}' --bench=50 --seed=1
