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
  # Its log goes to stderr; its last line on stdout is its summary.
  sanitized=$(scripts/test-sanitizers.sh)
  [ $? -eq 0 ] || rc=1
  sanitized=$(printf '%s\n' "$sanitized" | tail -n 1)
  echo "sanitizers: $sanitized"
  # A missing or malformed summary counts as a failure.
  echo "$sanitized" | grep -Eq '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' ||
    sanitized="0 passed, 1 failed, 0 skipped"
  summary=$(printf '%s\n%s\n' "$summary" "$sanitized" | awk -F'[ ,]+' \
    '{p += $1; f += $3; s += $5} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}')
fi
echo "$summary"
exit "$rc"
