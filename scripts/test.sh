#!/usr/bin/env bash
# Builds fuse and runs the whole lit suite, then (unless FUSE_SANITIZERS=0)
# builds it again with ASan + UBSan and runs the suite and a short fuzzing
# run under them (scripts/test-sanitizers.sh). Ends with one line
# "N passed, N failed, N skipped" over both.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }
xml="$BUILD_DIR/test/results.xml"
rm -f "$xml"
/usr/lib/llvm-22/bin/lit -sv --xunit-xml-output "$xml" "$BUILD_DIR/test"
rc=$?
summary=$(/usr/bin/python3 scripts/lit-summary.py "$xml" "$rc")
echo "lit ($BUILD_DIR): $summary"
if [ "${FUSE_SANITIZERS:-1}" != 0 ]; then
  sanitized=$(scripts/test-sanitizers.sh | tee /dev/stderr | tail -n 1)
  src=${PIPESTATUS[0]}
  [ "$src" -eq 0 ] || rc=1
  summary=$(printf '%s\n%s\n' "$summary" "$sanitized" | awk -F'[ ,]+' \
    '{p += $1; f += $3; s += $5} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}')
fi
echo "$summary"
exit "$rc"
