#!/usr/bin/env bash
# Builds fuse and runs the whole lit suite; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }
xml="$BUILD_DIR/test/results.xml"
rm -f "$xml"
/usr/lib/llvm-22/bin/lit -sv --xunit-xml-output "$xml" "$BUILD_DIR/test"
rc=$?
/usr/bin/python3 scripts/lit-summary.py "$xml" "$rc"
exit "$rc"
