#!/usr/bin/env bash
# Runs every benchmark and prints the tables of docs/performance.md: builds the benchmarks (Release),
# generates the 1,000,000-ticket database once with the CLI's seed (timed; cached in
# $INGOTDESK_BENCH_DB, default /tmp/ingotdesk-bench-1m.db), then runs the SLA and scale benchmarks.
#   scripts/bench.sh                 everything
#   scripts/bench.sh --fresh         regenerate the 1M database first (measures seeding again)
#   BENCH_FILTER=page scripts/bench.sh   only benchmarks whose name matches the regex
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BENCH_BUILD_DIR:-build-bench}
DB=${INGOTDESK_BENCH_DB:-/tmp/ingotdesk-bench-1m.db}
export INGOTDESK_BENCH_DB=$DB
OUT=${BENCH_OUT:-$BUILD_DIR/bench-results}

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then  # set it to reuse an existing Release build in BENCH_BUILD_DIR
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINGOTDESK_BUILD_GUI=OFF \
        -DINGOTDESK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD_DIR" --parallel "${JOBS:-2}" --target ingotdesk-cli scale_bench sla_bench
fi
mkdir -p "$OUT"

echo "== machine"
echo "nproc: $(nproc)"
lscpu | head -n 20 | grep -E 'Model name|^CPU\(s\)|Thread|MHz|L2|L3' || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${1:-}" == "--fresh" ]]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
fi
if [[ ! -f "$DB" ]]; then
    echo "== generating $DB (ingotdesk-cli seed --tickets 1000000 --seed 1, 2025)"
    "$BUILD_DIR/src/cli/ingotdesk-cli" --db "$DB" init >/dev/null
    /usr/bin/time -f "seed: %e s wall, %U s user, %S s system, %M KB peak memory" \
        "$BUILD_DIR/src/cli/ingotdesk-cli" --db "$DB" seed --tickets 1000000 --seed 1 \
        --from 2025-01-01 --to 2026-01-01 2>&1 | grep -v '\[info\]' | tee "$OUT/seed.txt"
    # The benchmarks read a checkpointed file, as a desk does after it opened the database.
    sqlite3 "$DB" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true
fi
echo "database: $(du -h "$DB" | cut -f1)"

FILTER=${BENCH_FILTER:-.}
echo "== scale benchmarks (median of ${REPS:=3} repetitions)"
"$BUILD_DIR/bench/scale/scale_bench" --benchmark_filter="$FILTER" --benchmark_repetitions="$REPS" \
    --benchmark_report_aggregates_only=true --benchmark_format=json --benchmark_out="$OUT/scale.json" \
    --benchmark_out_format=json >/dev/null 2>"$OUT/scale.log" || { cat "$OUT/scale.log"; exit 1; }

# Each path NAME next to its baseline NAME/sqlite, NAME/like or NAME/raw-insert*: wall time (and the
# path's CPU time, which a busy machine inflates less), the baseline's wall time, and their ratio.
python3 - "$OUT/scale.json" <<'EOF'
import json, re, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
median = {}
cpu = {}
extra = {}
for r in runs:
    if r.get("aggregate_name") != "median":
        continue
    name = re.sub(r"/(iterations:\d+|real_time)", "", r["run_name"])
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[r["time_unit"]]
    median[name] = r["real_time"] * scale
    cpu[name] = r["cpu_time"] * scale
    extra[name] = {k: r[k] for k in ("rows", "matches") if k in r}
def fmt(ms):
    return f"{ms:,.2f} ms" if ms < 1000 else f"{ms / 1000:,.2f} s"
print(f"| {'path':48} | {'IngotDesk':>11} | {'(CPU)':>11} | {'baseline':>11} | {'ratio':>7} | notes |")
print(f"| {'-' * 48} | {'-' * 10}: | {'-' * 10}: | {'-' * 10}: | {'-' * 6}: | --- |")
for name, ms in median.items():
    if any(name.endswith(s) for s in ("/sqlite", "/like", "/raw-insert", "/raw-insert-one-pass")):
        continue
    bases = [b for b in (name + "/sqlite", name + "/like", name + "/raw-insert-one-pass", name + "/raw-insert")
             if b in median]
    note = ", ".join(f"{k} {int(v):,}" for k, v in extra[name].items())
    if not bases:
        print(f"| {name:48} | {fmt(ms):>11} | {fmt(cpu[name]):>11} | {'':>11} | {'':>7} | {note} |")
    for b in bases:
        print(f"| {name:48} | {fmt(ms):>11} | {fmt(cpu[name]):>11} | {fmt(median[b]):>11} | {ms / median[b]:6.2f}x | vs {b[len(name) + 1:]}"
              f"{'; ' + note if note else ''} |")
EOF

if [[ "$FILTER" == "." ]]; then
    echo "== SLA benchmarks"
    "$BUILD_DIR/bench/sla/sla_bench" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
        --benchmark_min_time=0.5 2>/dev/null | grep -E 'median|Benchmark'
fi
