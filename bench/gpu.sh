#!/usr/bin/env bash
# GPU timings (needs an NVIDIA GPU and fuse built with its CUDA runtime):
# W1-W4 fused vs unfused on the GPU, and the GPU against the CPU build, with
# fuse-run --device=gpu. Medians of N calls. Not a test.
#   bench/gpu.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20}
B=${BUILD_DIR:-build}/bin
echo "# $(date -u +%F) $(nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null || echo 'no nvidia-smi')"
run() { # name file entry compare [options]
  "$B/fuse-run" "$2" --entry="$3" --device=gpu --compare="$4" --bench="$N" --warmup=3 --json "${@:5}" |
    /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); b=d['bench']; print('%-36s fused %9.3f ms  vs %-28s %9.3f ms  ratio %.2fx  max_abs_err %.2g' % (sys.argv[1], b['primary']['median_ms'], sys.argv[2], b['compare']['median_ms'], b['median_ratio_compare_over_primary'], d['compare']['max_abs_err']))" "$1" "$4"
}
W4=${BUILD_DIR:-build}/bench
/usr/bin/python3 bench/gen_w4.py "$W4"
for cmp in 'fusion-to-nvvm{fuse=false}' 'fusion-to-llvm{threads=2}'; do
  run "W1 elementwise chain 16M" bench/w1-elementwise.mlir main "$cmp" --atol=1e-4
  run "W2 MLP 64x1024x4096" test/Integration/CPU/fold-bias.mlir mlp "$cmp" --atol=1e-3 --rtol=1e-3
  run "W3 ResNet 3x3 conv 64->64 56x56" test/Integration/CPU/fold-batchnorm.mlir resnet_layer "$cmp" --atol=1e-3 --rtol=1e-3
  run "W4 ensemble B=256" "$W4/w4-args-b256.mlir" main "$cmp" --atol=1e-2 --rtol=1e-2
done
# Contraction kernels in shared memory (the default) against one result per
# thread, on the same GPU.
cmp='fusion-to-nvvm{shared-memory-contractions=false}'
run "W2 MLP 64x1024x4096" test/Integration/CPU/fold-bias.mlir mlp "$cmp" --atol=1e-3 --rtol=1e-3
run "W4 ensemble B=256" "$W4/w4-args-b256.mlir" main "$cmp" --atol=1e-2 --rtol=1e-2
run "dense+GELU 128x256x512" test/GPU/Inputs/contractions.mlir dense_gelu "$cmp" --atol=1e-4 --rtol=1e-4
# The copy pipeline (3 buffers, cp.async; the default) against one buffer,
# and the 4096^3 GEMM (128x128 blocks) in TFLOP/s.
cmp='fusion-to-nvvm{copy-stages=1}'
run "W2 MLP 64x1024x4096" test/Integration/CPU/fold-bias.mlir mlp "$cmp" --atol=1e-3 --rtol=1e-3
run "GEMM 4096^3 +bias+ReLU" bench/gemm.mlir gemm "$cmp" --atol=1e-2 --rtol=1e-3
"$B/fuse-run" bench/gemm.mlir --entry=gemm --device=gpu --bench="$N" --warmup=3 --json |
  /usr/bin/python3 -c 'import json,sys; p=json.load(sys.stdin)["bench"]["primary"]; print("%-36s device %8.3f ms = %6.1f TFLOP/s" % ("GEMM 4096^3 +bias+ReLU", p["device_median_ms"], 2 * 4096**3 / p["device_median_ms"] / 1e9))'
# Split-K (the default where blocks are too few: W2's 64 blocks become 2
# parts of 64) against the unsplit kernel, FP32 and TF32, and the 1x1024 by
# 1024x1000 classifier (4 parts).
cmp='fusion-to-nvvm{split-k=false}'
run "W2 MLP 64x1024x4096 split-K" test/Integration/CPU/fold-bias.mlir mlp "$cmp" --atol=1e-3 --rtol=1e-3
run "W2 MLP 64x1024x4096 split-K TF32" test/Integration/CPU/fold-bias.mlir mlp 'fusion-to-nvvm{split-k=false precision=tf32}' --pipeline='fusion-to-nvvm{precision=tf32}' --atol=0.1 --rtol=1e-2
run "classifier 1x1024x1000 split-K" test/Integration/CPU/Inputs/thread-split.mlir classifier "$cmp" --atol=1e-3 --rtol=1e-3
# Narrower tiles (the default where blocks are too few and the reduction too
# short to split: 8 blocks of 32x64 become 16 of 32x32, 16 of 64x64 become 64
# of 32x32) against the wider blocks.
cmp='fusion-to-nvvm{narrow-tiles=false}'
run "dense+ReLU 32x256x512 narrow tiles" test/GPU/Inputs/narrow-tiles.mlir small_m "$cmp" --atol=1e-4 --rtol=1e-4
run "matmul 1024x128x64 narrow tiles" test/GPU/Inputs/narrow-tiles.mlir tall "$cmp" --atol=1e-4 --rtol=1e-4
# Tensor cores (precision=tf32: TF32 mma.sync) against the FP32 kernel, and
# their rate; the difference is TF32's rounding (10 mantissa bits).
run "GEMM 4096^3 +bias+ReLU TF32" bench/gemm.mlir gemm 'fusion-to-nvvm' --pipeline='fusion-to-nvvm{precision=tf32}' --atol=0.5 --rtol=1e-2
run "W2 MLP 64x1024x4096 TF32" test/Integration/CPU/fold-bias.mlir mlp 'fusion-to-nvvm' --pipeline='fusion-to-nvvm{precision=tf32}' --atol=0.1 --rtol=1e-2
"$B/fuse-run" bench/gemm.mlir --entry=gemm --device=gpu --pipeline='fusion-to-nvvm{precision=tf32}' --bench="$N" --warmup=3 --json |
  /usr/bin/python3 -c 'import json,sys; p=json.load(sys.stdin)["bench"]["primary"]; print("%-36s device %8.3f ms = %6.1f TFLOP/s" % ("GEMM 4096^3 +bias+ReLU TF32", p["device_median_ms"], 2 * 4096**3 / p["device_median_ms"] / 1e9))'
# Convolutions as implicit GEMM (NCHW computed in NHWC, the default) against
# one result per thread and against NCHW kept (channels-last=false), with
# their rate in TFLOP/s (bench/conv.mlir: ResNet-18's, batch 8).
for entry in w3_n8:'W3 conv N=8 3x3 64->64 56x56':1849688064 stem_n8:'stem 7x7/2 3->64 112x112 N=8':1888223232 down_n8:'down 3x3/2 64->128 28x28 N=8':924844032 layer4_n8:'layer4 3x3 512->512 7x7 N=8':1849688064; do
  IFS=: read -r fn name flops <<<"$entry"
  for cmp in 'fusion-to-nvvm{shared-memory-contractions=false}' 'fusion-to-nvvm{channels-last=false}'; do
    run "$name" bench/conv.mlir "$fn" "$cmp" --atol=1e-2 --rtol=1e-3
  done
  "$B/fuse-run" bench/conv.mlir --entry="$fn" --device=gpu --bench="$N" --warmup=3 --json |
    /usr/bin/python3 -c 'import json,sys; p=json.load(sys.stdin)["bench"]["primary"]; print("%-36s device %8.3f ms = %6.1f TFLOP/s" % (sys.argv[1], p["device_median_ms"], float(sys.argv[2]) / p["device_median_ms"] / 1e9))' "$name" "$flops"
done
# Row-reduction kernels (a block per row, gpu.all_reduce) against one
# result per thread that recomputes its row's reductions; at 1024 x 1024,
# where that one still finishes.
cmp='fusion-to-nvvm{row-reductions=false}'
run "row softmax 1024x1024" bench/rows.mlir softmax_1k "$cmp" --atol=1e-6 --rtol=1e-4
# The goal's size against the CPU build: device time and bandwidth (the
# softmax reads and writes 256 MiB each; the layer norm 64 MiB each).
for entry in softmax:8192x8192:536870912 layer_norm:16384x1024:134217728; do
  IFS=: read -r fn shape bytes <<<"$entry"
  "$B/fuse-run" bench/rows.mlir --entry="$fn" --device=gpu --compare='fusion-to-llvm{threads=2}' --bench="$N" --warmup=3 --json --atol=1e-5 --rtol=1e-3 |
    /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); p=d["bench"]["primary"]; print("%-36s device %8.3f ms = %6.0f GB/s  wall %8.3f ms  max_abs_err %.2g" % (sys.argv[1], p["device_median_ms"], float(sys.argv[2]) / p["device_median_ms"] / 1e6, p["median_ms"], d["compare"]["max_abs_err"]))' "row $fn $shape" "$bytes"
done

# Against PyTorch on the same GPU (bench/torch_gpu.py; needs torch with CUDA,
# e.g. PYTHON=/path/to/venv/bin/python): per-call wall time (until the GPU is
# done) and device time (CUDA events), medians; ratios are fuse / PyTorch
# eager, so below 1 is faster than PyTorch.
PY=${PYTHON:-python3}
if "$PY" -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
  TORCH_JSON=$("$PY" bench/torch_gpu.py "$N" 2>/dev/null | tail -1)
  echo "# PyTorch: $(echo "$TORCH_JSON" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["torch"], d["gpu"])')"
  vs_torch() { # name file entry [fuse-run options]
    "$B/fuse-run" "$2" --entry="$3" --device=gpu --bench="$N" --warmup=3 --json "${@:4}" |
      /usr/bin/python3 -c '
import json, sys
fuse = json.load(sys.stdin)["bench"]["primary"]
torch = json.loads(sys.argv[2])[sys.argv[1]]
def fmt(t):
    if "error" in t:
        return "%-27s" % t["error"]
    return "%8.3f ms (device %8.3f)" % (t["wall_ms"], t["device_ms"])
e = torch["eager"]
print("%-34s fuse %s  eager %s  compile %s  fuse/eager wall %.2fx device %.2fx" % (
    sys.argv[1], fmt({"wall_ms": fuse["median_ms"], "device_ms": fuse["device_median_ms"]}),
    fmt(e), fmt(torch["compile"]), fuse["median_ms"] / e["wall_ms"],
    fuse["device_median_ms"] / e["device_ms"]))' "$1" "$TORCH_JSON"
  }
  vs_torch "W1 elementwise chain 16M" bench/w1-elementwise.mlir main
  vs_torch "W2 MLP 64x1024x4096" test/Integration/CPU/fold-bias.mlir mlp
  vs_torch "GEMM 4096^3 +bias+ReLU" bench/gemm.mlir gemm
  vs_torch "GEMM 4096^3 +bias+ReLU TF32" bench/gemm.mlir gemm --pipeline='fusion-to-nvvm{precision=tf32}'
  vs_torch "W3 ResNet 3x3 conv 64->64 56x56" test/Integration/CPU/fold-batchnorm.mlir resnet_layer
  vs_torch "W3 conv N=8 3x3 64->64 56x56" bench/conv.mlir w3_n8
  vs_torch "stem 7x7/2 3->64 112x112 N=8" bench/conv.mlir stem_n8
  vs_torch "down 3x3/2 64->128 28x28 N=8" bench/conv.mlir down_n8
  vs_torch "layer4 3x3 512->512 7x7 N=8" bench/conv.mlir layer4_n8
  vs_torch "W4 ensemble B=64" "$W4/w4-args-b64.mlir" main
  vs_torch "W4 ensemble B=256" "$W4/w4-args-b256.mlir" main
  vs_torch "row softmax 8192x8192" bench/rows.mlir softmax
  vs_torch "layer norm 16384x1024" bench/rows.mlir layer_norm
else
  echo "# PyTorch with CUDA not importable by $PY: no PyTorch comparison"
fi
