#!/usr/bin/env bash
# Installs what is missing, builds everything (Release) and runs the whole test suite.
# `bash test.sh --sanitize` runs it in a Debug build under AddressSanitizer and UBSan instead.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-dependencies.sh
build=build
flags=(-DCMAKE_BUILD_TYPE=Release)
if [ "${1:-}" = "--sanitize" ]; then
  build=build-asan
  flags=(-DCMAKE_BUILD_TYPE=Debug -DWFSIM_SANITIZE=ON)
fi
cmake -S . -B "$build" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
