#!/bin/sh
# An interestingness test for fuse-reduce: exit 1 (interesting) while the
# input still parses with fuse-opt ($FUSE_OPT) and still holds a fusion.gate,
# which is what a bug report about fusion.gate needs; 0 otherwise.
"$FUSE_OPT" "$1" -o /dev/null 2>/dev/null || exit 0
grep -q "fusion.gate" "$1" && exit 1
exit 0
