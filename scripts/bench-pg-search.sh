#!/usr/bin/env bash
# The queue's text filter on PostgreSQL (docs/performance.md, "PostgreSQL search"): count and first
# page of a handful of terms through the bigram index (schema 14) against the ILIKE scan of every
# ticket, in the same database and run; and what the index costs on write (seeding, one ticket).
#
#   scripts/bench-pg-search.sh [TICKETS] [BUILD_DIR]     (default 200000, build-pgsearch)
#
# Needs $INGOTDESK_TEST_PG_URL and $PGPASSFILE (eval "$(scripts/pg-throwaway.sh start)") and a built
# ingotdesk-cli. OLD_CLI=path/to/ingotdesk-cli of schema 13 (a build of the commit before schema 14)
# also seeds a database without the index, srch_without, for the write costs before; without it only
# srch_with is made. The databases are dropped at the end (KEEP=1 keeps them).
#   EXISTING=1 scripts/bench-pg-search.sh   times the searches only, on an existing database srch_with on
# the server (e.g. `ingotdesk-cli --db /tmp/ingotdesk-bench-1m.db migrate-to .../srch_with` for 1M
# tickets), with the desk's session settings; nothing is seeded or dropped.
# The SQL below is PostgresTicketSearch's, written out so that both forms run side by side.
#   PART=migrate OLD_CLI=... scripts/bench-pg-search.sh [TICKETS]   times migrate-to instead: a SQLite
# file seeded by each binary, copied into a new database by the same binary (schema 13, then 14).
set -euo pipefail
cd "$(dirname "$0")/.."
TICKETS=${1:-200000}
BUILD_DIR=${2:-build-pgsearch}
CLI="$BUILD_DIR/src/cli/ingotdesk-cli"
REPS=${REPS:-5}
: "${INGOTDESK_TEST_PG_URL:?start a server: eval \"\$(scripts/pg-throwaway.sh start)\"}"
BASE=${INGOTDESK_TEST_PG_URL%/*}
[[ -x "$CLI" ]] || { echo "error: $CLI is missing (ninja -C $BUILD_DIR ingotdesk-cli)" >&2; exit 2; }

sql() { psql "$1" -XAtq -v ON_ERROR_STOP=1 "${@:2}"; }
ms() { python3 -c 'import sys,time; print(int(time.time()*1000))'; }

if [[ "${PART:-}" == migrate ]]; then
    : "${OLD_CLI:?PART=migrate compares with a schema-13 binary: set OLD_CLI}"
    dir=$(mktemp -d)
    echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); $TICKETS tickets"
    echo "== migrate-to of a seeded SQLite file (wall)"
    for pair in "13:$OLD_CLI" "14:$CLI"; do
        v=${pair%%:*} bin=${pair#*:} db=srch_mig$v
        "$bin" --db "$dir/desk$v.db" init >/dev/null 2>&1
        "$bin" --db "$dir/desk$v.db" seed --tickets "$TICKETS" >/dev/null 2>&1
        sql "$INGOTDESK_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
        start=$(ms)
        "$bin" --db "$dir/desk$v.db" migrate-to "$BASE/$db" >"$dir/out$v" 2>&1 || { cat "$dir/out$v" >&2; exit 1; }
        echo "schema $v: $(( $(ms) - start )) ms; $(grep -i -m1 'tickets' "$dir/out$v")"
        [[ $v == 14 ]] && echo "  indexed: $(sql "$BASE/$db" -c "SELECT count(*) FROM ticket_search_text") of $(sql "$BASE/$db" -c "SELECT count(*) FROM tickets")"
        [[ "${KEEP:-}" == 1 ]] || sql "$INGOTDESK_TEST_PG_URL" -c "DROP DATABASE $db"
    done
    rm -rf "$dir"
    exit 0
fi

declare -A CLIS=([srch_with]="$CLI")
[[ -n "${OLD_CLI:-}" ]] && CLIS[srch_without]="$OLD_CLI"
DBS=("${!CLIS[@]}")

echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); $TICKETS tickets"
if [[ "${EXISTING:-}" != 1 ]]; then
echo "== seeding (wall)"
for db in "${DBS[@]}"; do
    sql "$INGOTDESK_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
    "${CLIS[$db]}" --db "$BASE/$db" init >/dev/null 2>&1
    start=$(ms)
    "${CLIS[$db]}" --db "$BASE/$db" seed --tickets "$TICKETS" >/dev/null 2>&1 || { echo "seeding $db failed" >&2; exit 1; }
    echo "$db (schema $(sql "$BASE/$db" -c 'SELECT version FROM schema_version')): $(( $(ms) - start )) ms"
done
sql "$BASE/srch_with" -c "VACUUM ANALYZE"
echo "index size: $(sql "$BASE/srch_with" -c "SELECT pg_size_pretty(pg_relation_size('ticket_search_text')) || ' table, ' || pg_size_pretty(pg_relation_size('ticket_search_grams')) || ' GIN; tickets ' || pg_size_pretty(pg_relation_size('tickets'))")"

echo "== one ticket inserted (mean of 500, one transaction each, psql)"
for db in "${DBS[@]}"; do
    sql "$BASE/$db" -c "VACUUM ANALYZE" >/dev/null
    out=$(sql "$BASE/$db" <<'EOF'
CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS at;
DO $$
BEGIN
    FOR n IN 1..500 LOOP
        INSERT INTO tickets (ticket_no, customer_id, category, priority, channel, title, description, reported_at,
                             tier, region, stage, resume_stage, last_event_at)
        SELECT 'B2026-' || n, customer_id, category, priority, channel, title, description, reported_at, tier,
               region, stage, resume_stage, last_event_at FROM tickets WHERE id = n;
        COMMIT;
    END LOOP;
END
$$;
SELECT round(extract(epoch FROM clock_timestamp() - at) * 1000000 / 500) FROM t0;
DELETE FROM tickets WHERE ticket_no LIKE 'B2026-%';
EOF
)
    echo "$db: $(echo "$out" | head -1) µs per ticket"
done
fi

DB="$BASE/srch_with"
SCAN="(t.ticket_no ILIKE :'p' ESCAPE '\\' OR t.title ILIKE :'p' ESCAPE '\\' OR t.description ILIKE :'p' ESCAPE '\\' OR t.customer_id IN (SELECT id FROM customers WHERE name ILIKE :'p' ESCAPE '\\'))"
CAND="t.id = ANY (ARRAY(SELECT s.ticket_id FROM ticket_search_text s WHERE search_bigrams(s.body) @> search_term_bigrams(:'term') UNION ALL SELECT o.id FROM tickets o WHERE o.customer_id IN (SELECT id FROM customers WHERE name ILIKE :'p' ESCAPE '\\')))"
ORDER="ORDER BY t.reported_at DESC, t.id DESC LIMIT 50"

# Median wall time in ms of REPS runs of one statement in one session (psql's \timing: planning
# and the round trip included, connecting not).
timed() {
    local term=$1 query=$2
    { echo '\timing on'; for _ in $(seq "$REPS"); do echo "$query;"; done; } |
        PGOPTIONS="${SESSION:-}" psql "$DB" -Xq -v term="$term" -v p="%$term%" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' |
        sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# The desk's own session settings (PostgresDialect::connectionSettings) where it matters: 1M tickets.
[[ "${EXISTING:-}" == 1 ]] && SESSION="-c random_page_cost=1.1 -c jit=off" && echo "tickets: $(sql "$DB" -c "SELECT count(*) FROM tickets")"
echo "== count + first page of 50, newest first (median of $REPS, ms): scan | index | ratio"
total=$(sql "$DB" -c "SELECT max(id) FROM tickets")
enough=$(python3 -c "import math; print(math.ceil(math.sqrt(50 * $total / 4)))")
for term in 氧化 气孔 打包带 铅锭表面发白 表面发白 储存两周 界首 10MM T2025-0001 不存在; do
    matches=$(psql "$DB" -XAtq -v term="$term" -v p="%$term%" <<<"SELECT count(*) FROM tickets t WHERE $SCAN;")
    cands=$(psql "$DB" -XAtq -v term="$term" -v p="%$term%" <<<"SELECT count(*) FROM (SELECT s.ticket_id FROM ticket_search_text s WHERE search_bigrams(s.body) @> search_term_bigrams(:'term') UNION ALL SELECT o.id FROM tickets o WHERE o.customer_id IN (SELECT id FROM customers WHERE name ILIKE :'p' ESCAPE '\\') LIMIT $((enough + 1))) c;")
    sc=$(timed "$term" "SELECT count(*) FROM tickets t WHERE $SCAN")
    sp=$(timed "$term" "SELECT t.id FROM tickets t WHERE $SCAN $ORDER")
    ic=$(timed "$term" "SELECT count(*) FROM tickets t WHERE $CAND AND $SCAN")
    if (( cands > enough )); then
        ip=$sp; how=walk  # the app walks the sort's index, as the scan does
    else
        ip=$(timed "$term" "SELECT t.id FROM tickets t WHERE $CAND AND $SCAN $ORDER"); how=candidates
    fi
    python3 - "$term" "$matches" "$cands" "$sc" "$sp" "$ic" "$ip" "$how" <<'EOF'
import sys
term, n, c = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sc, sp, ic, ip = map(float, sys.argv[4:8])
cands = f">{c - 1}" if c > int(sys.argv[3]) - 1 and sys.argv[8] == "walk" else str(c)
print(f"{term:<10} {n:>7} matches {cands:>7} cand.  count {sc:8.1f} | {ic:7.1f} | x{sc/ic:6.1f}   "
      f"page {sp:7.1f} | {ip:7.1f} ({sys.argv[8]}) | x{sp/ip:5.1f}")
EOF
done

if [[ "${KEEP:-}" != 1 && "${EXISTING:-}" != 1 ]]; then
    for db in "${DBS[@]}"; do sql "$INGOTDESK_TEST_PG_URL" -c "DROP DATABASE $db"; done
fi
