#!/usr/bin/env bash
# Configures and builds everything (desk, CLI, tests, benchmarks) into build/ with warnings as errors.
# Extra arguments go to cmake, e.g. scripts/build.sh -DCMAKE_BUILD_TYPE=Debug
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINGOTDESK_WERROR=ON "$@"
# Two jobs: the target machine has two cores, and Qt translation units are memory hungry.
cmake --build "$BUILD_DIR" --parallel "${JOBS:-2}"
