#!/usr/bin/env bash
# Builds fuse with ASan + UBSan into ${SAN_BUILD_DIR:-build-asan} (libMLIR
# stays uninstrumented) and runs the lit suite and a short fuzzing run under
# it. Ends with "N passed, N failed, N skipped" (the fuzzing run counts as
# one test).
set -uo pipefail
cd "$(dirname "$0")/.."
SAN_BUILD_DIR=${SAN_BUILD_DIR:-build-asan}
scripts/install-deps.sh >&2 || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
BUILD_DIR="$SAN_BUILD_DIR" FUSE_CMAKE_ARGS="-DLLVM_USE_SANITIZER=Address;Undefined" \
  scripts/build.sh >&2 || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
# Leaks at exit are LLVM's static state; container-overflow needs an
# instrumented libstdc++ on both sides of libMLIR's containers.
export ASAN_OPTIONS=detect_leaks=0:detect_container_overflow=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
xml="$SAN_BUILD_DIR/test/results.xml"
rm -f "$xml"
/usr/lib/llvm-22/bin/lit -sv --xunit-xml-output "$xml" "$SAN_BUILD_DIR/test" >&2
rc=$?
summary=$(/usr/bin/python3 scripts/lit-summary.py "$xml" "$rc")
echo "lit ($SAN_BUILD_DIR, ASan+UBSan): $summary" >&2
# A short fuzzing run under the sanitizers: memory errors in fuse's code
# become findings.
if "$SAN_BUILD_DIR/bin/fuse-fuzz" test --exclude=Inputs/self-test \
    --runs="${FUZZ_RUNS:-4000}" --seed="${FUZZ_SEED:-1}" --jobs=2 \
    --out="$SAN_BUILD_DIR/fuzz-findings" >&2; then
  fuzz="1 passed, 0 failed, 0 skipped"
else
  fuzz="0 passed, 1 failed, 0 skipped"; rc=1
fi
printf '%s\n%s\n' "$summary" "$fuzz" | awk -F'[ ,]+' \
  '{p += $1; f += $3; s += $5} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}'
exit "$rc"
