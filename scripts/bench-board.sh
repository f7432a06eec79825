#!/usr/bin/env bash
# The SLA board at 1,000,000 tickets (docs/performance.md, "SLA board"): one refresh next to SQLite's
# plain index counts (board_bench), and the longest stall of the GUI thread while the board refreshes
# back to back (board_gui_stall). Needs a build with the GUI and the benchmarks:
#   scripts/bench-board.sh [BUILD_DIR]        (default: build-bench-gui, Release, made if missing)
# The 1M database is the one scripts/bench.sh caches ($INGOTDESK_BENCH_DB); the board runs on a copy
# migrated to its schema ($INGOTDESK_BOARD_BENCH_DB, default /tmp/ingotdesk-board-1m.db).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build-bench-gui}
SRC_DB=${INGOTDESK_BENCH_DB:-/tmp/ingotdesk-bench-1m.db}
export INGOTDESK_BOARD_BENCH_DB=${INGOTDESK_BOARD_BENCH_DB:-/tmp/ingotdesk-board-1m.db}

if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINGOTDESK_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "${JOBS:-2}" --target board_bench board_gui_stall
if [[ ! -f "$INGOTDESK_BOARD_BENCH_DB" ]]; then
    [[ -f "$SRC_DB" ]] || { echo "error: $SRC_DB is missing: run scripts/bench.sh first" >&2; exit 2; }
    sqlite3 "$SRC_DB" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true
    cp "$SRC_DB" "$INGOTDESK_BOARD_BENCH_DB"
fi

echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== refresh (median of ${REPS:=3}; wall time and CPU time of the refreshing thread)"
"$BUILD_DIR/bench/board/board_bench" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
    2>/dev/null | grep -E 'median|Benchmark'
echo "== GUI thread while the board refreshes (${STALL_REFRESHES:=10} refreshes)"
"$BUILD_DIR/bench/board/board_gui_stall" "$STALL_REFRESHES" 2>/dev/null | tail -1
