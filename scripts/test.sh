#!/usr/bin/env bash
# The one command that sets up and runs all tests: installs the Debian packages, builds, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd "${BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "${JOBS:-2}" --timeout 900
