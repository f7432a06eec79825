#!/usr/bin/env bash
# The core, storage, app and CLI tests again under AddressSanitizer + UndefinedBehaviorSanitizer, and
# every fuzz target for a few seconds over its committed corpus (docs/fuzzing.md). One clang build in
# build-sanitize/ serves both: everything is compiled with -fsanitize=address,undefined (and
# libFuzzer's coverage hooks); the GUI and the benchmarks are left out to keep CI short.
# scripts/test.sh runs this last; INGOTDESK_SKIP_SANITIZERS=1 skips it there.
# FUZZ_SECONDS=0 only replays the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-sanitize}

# -O1 and line tables only: quicker to compile and link than -O2 -g, and reports still name file:line.
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DINGOTDESK_FUZZ=ON -DINGOTDESK_FUZZ_SECONDS="${FUZZ_SECONDS:-10}" \
    -DINGOTDESK_BUILD_GUI=OFF -DINGOTDESK_BUILD_BENCH=OFF
cmake --build "$BUILD_DIR" --parallel "${JOBS:-2}"

# Nothing of ours is suppressed; scripts/sanitizers/lsan.supp lists the system libraries whose
# process-lifetime caches LeakSanitizer reports as leaks, each with its reason.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0"
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "${JOBS:-2}" --timeout 900
