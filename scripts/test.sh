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
# Count from lit's xunit report: every testcase is passed, failed or skipped.
/usr/bin/python3 - "$xml" "$rc" <<'PY'
import sys, xml.etree.ElementTree as ET
path, rc = sys.argv[1], int(sys.argv[2])
passed = failed = skipped = 0
try:
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
except (OSError, ET.ParseError):
    pass
if rc != 0 and failed == 0:
    failed = 1  # lit failed without a per-test failure (e.g. a config error)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$rc"
