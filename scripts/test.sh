#!/usr/bin/env bash
# Installs what corpusd needs, builds it with AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs the whole test suite under ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DCORPUSD_SANITIZE=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
ctest --output-on-failure -j"$(nproc)"
