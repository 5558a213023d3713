#!/usr/bin/python3
"""Prints "N passed, N failed, N skipped" from lit's xunit report.

Usage: lit-summary.py RESULTS.xml LIT_EXIT_CODE
Every testcase is passed, failed or skipped; a non-zero exit code without a
failed test (a config error, a failed step outside lit) counts as a failure.
"""
import sys
import xml.etree.ElementTree as ET

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
    failed = 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
