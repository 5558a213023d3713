#!/usr/bin/env bash
# Copies the reference pages generated from TableGen (op and pass docs, in
# build/docs/Fusion after a build) into docs/reference, where they are
# committed; test/Docs/reference.test fails while they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
cp "$BUILD_DIR"/docs/Fusion/*.md docs/reference/
git status --short docs/reference
