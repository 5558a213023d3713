#!/usr/bin/env bash
# Installs what fuse needs to build and test on Debian 12 (idempotent).
set -euo pipefail
pkgs=(cmake ninja-build libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools
      clang-22 lld-22 ccache python3-numpy python3-torch libomp-dev valgrind)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
