#!/usr/bin/env bash
# Team-mode load test on loopback: CLIENTS processes at once, each creating TICKETS tickets through
# TicketService and taking two actions on each (respond, assess), every write its own transaction,
# as desks do. Afterwards it checks on the server that every ticket and every event is there exactly
# once and that ticket numbers are unique, and prints timings. See docs/postgresql.md.
#
#   scripts/pg-load-test.sh [--clients 8] [--tickets 2000] [--build DIR] [--url postgresql://USER@HOST:PORT/DB]
#                           [--only-with-url]
#
# Server: --url, else $INGOTDESK_TEST_PG_URL, else a throwaway server (scripts/pg-throwaway.sh) started
# and stopped for the run (not with --only-with-url, which ctest uses: then it skips). The password comes from $PGPASSFILE / ~/.pgpass as for every desk. The
# test runs in a database of its own (ingot_load_PID), created and dropped on that server.
# Exit codes: 0 all checks passed, 1 a check failed or a client failed, 77 no PostgreSQL to test on.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=8
tickets=2000
build="${BUILD_DIR:-build}"
url="${INGOTDESK_TEST_PG_URL:-}"
only_with_url=0
while [ $# -gt 0 ]; do
    case "$1" in
    --clients) clients="$2"; shift 2 ;;
    --tickets) tickets="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    --only-with-url) only_with_url=1; shift ;;
    *) echo "usage: $0 [--clients N] [--tickets N] [--build DIR] [--url postgresql://USER@HOST:PORT/DB]" >&2; exit 2 ;;
    esac
done
cli="$build/src/cli/ingotdesk-cli"
client="$build/bench/team/ingotdesk-load-client"
for program in "$cli" "$client"; do
    [ -x "$program" ] || { echo "pg-load-test: $program is not built (scripts/build.sh)" >&2; exit 1; }
done

psql_bin="$(command -v psql || true)"
if [ -z "$psql_bin" ]; then
    for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/psql" ] && psql_bin="$dir/psql"; done
fi
[ -n "$psql_bin" ] || { echo "pg-load-test: SKIP: psql is not installed (apt-get install postgresql-client)" >&2; exit 77; }

work="$(mktemp -d /tmp/ingotdesk-load.XXXXXX)"
state="$work/pg.state"
cleanup() {
    if [ -n "${admin:-}" ] && [ -n "${dbname:-}" ]; then
        "$psql_bin" -X -q "$admin" -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    [ -f "$state" ] && scripts/pg-throwaway.sh stop "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$url" ] && [ "$only_with_url" = 1 ]; then
    echo "pg-load-test: SKIP: \$INGOTDESK_TEST_PG_URL is not set (scripts/test.sh sets it when PostgreSQL is installed)" >&2
    exit 77
fi
if [ -z "$url" ]; then
    if ! env_lines="$(scripts/pg-throwaway.sh start "$state")"; then
        echo "pg-load-test: SKIP: no \$INGOTDESK_TEST_PG_URL and no throwaway server could start" >&2
        exit 77
    fi
    export $env_lines
    url="$INGOTDESK_TEST_PG_URL"
fi
re='^postgres(ql)?://([^@:/]+)@([^:/]+)(:([0-9]+))?/([^/?]+)$'
[[ "$url" =~ $re ]] || { echo "pg-load-test: '$url' is not postgresql://USER@HOST[:PORT]/DB" >&2; exit 2; }
user="${BASH_REMATCH[2]}" host="${BASH_REMATCH[3]}" port="${BASH_REMATCH[5]:-5432}" base="${BASH_REMATCH[6]}"
admin="host=$host port=$port user=$user dbname=$base"
dbname="ingot_load_$$"
"$psql_bin" -X -q -v ON_ERROR_STOP=1 "$admin" -c "CREATE DATABASE $dbname" >/dev/null
target="postgresql://$user@$host:$port/$dbname"
conn="host=$host port=$port user=$user dbname=$dbname"
if ! "$cli" --db "$target" init >"$work/init.log" 2>&1; then
    if grep -q "cannot run the desk on PostgreSQL yet" "$work/init.log"; then
        echo "pg-load-test: SKIP: this build cannot run TicketService on PostgreSQL yet (docs/postgresql.md)" >&2
        exit 77
    fi
    cat "$work/init.log" >&2
    exit 1
fi

echo "pg-load-test: $clients clients × $tickets tickets (create, respond, assess) on $target"
start_ns=$(date +%s%N)
pids=()
for i in $(seq 1 "$clients"); do
    "$client" --db "$target" --client "$i" --tickets "$tickets" --out "$work/client-$i.txt" \
        >"$work/client-$i.json" 2>"$work/client-$i.log" &
    pids+=("$!")
done
failed=0
for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
        failed=1
        echo "pg-load-test: client $((i + 1)) failed:" >&2
        grep -v '\[info\]' "$work/client-$((i + 1)).log" | tail -5 >&2
    fi
done
wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
[ "$failed" = 0 ] || exit 1

cat "$work"/client-*.txt >"$work/expected.txt"
# Every check prints one number that must be 0 (or, for the totals, the expected count).
checks="$("$psql_bin" -X -q -t -A -v ON_ERROR_STOP=1 "$conn" <<SQL
CREATE TEMP TABLE expected (ticket_no TEXT, events INTEGER);
\copy expected FROM '$work/expected.txt' WITH (FORMAT text, DELIMITER ' ')
SELECT 'tickets', COUNT(*) FROM tickets;
SELECT 'distinct_numbers', COUNT(DISTINCT ticket_no) FROM tickets;
SELECT 'expected_rows', COUNT(*) FROM expected;
SELECT 'expected_distinct', COUNT(DISTINCT ticket_no) FROM expected;
SELECT 'missing_or_unexpected', COUNT(*) FROM expected e FULL JOIN tickets t ON t.ticket_no = e.ticket_no
    WHERE e.ticket_no IS NULL OR t.id IS NULL;
SELECT 'titles_not_once', COUNT(*) FROM (SELECT title FROM tickets GROUP BY title HAVING COUNT(*) <> 1) x;
SELECT 'event_count_mismatch', COUNT(*) FROM expected e JOIN tickets t ON t.ticket_no = e.ticket_no
    WHERE e.events <> (SELECT COUNT(*) FROM ticket_events v WHERE v.ticket_id = t.id);
SELECT 'events', COUNT(*) FROM ticket_events;
SELECT 'expected_events', COALESCE(SUM(events), 0) FROM expected;
SELECT 'events_not_once', COUNT(*) FROM (SELECT ticket_id, action FROM ticket_events
    GROUP BY ticket_id, action HAVING COUNT(*) <> 1) x;
SELECT 'stale_versions', COUNT(*) FROM tickets WHERE version <> 3;
SQL
)"
get() { echo "$checks" | awk -F'|' -v k="$1" '$1 == k { print $2 }'; }
total=$((clients * tickets))
ok=1
expect() {  # name value wanted
    if [ "$2" != "$3" ]; then
        echo "pg-load-test: FAILED: $1 is $2, expected $3" >&2
        ok=0
    fi
}
expect "tickets" "$(get tickets)" "$total"
expect "distinct ticket numbers" "$(get distinct_numbers)" "$total"
expect "tickets the clients reported" "$(get expected_rows)" "$total"
expect "distinct numbers the clients reported" "$(get expected_distinct)" "$total"
expect "tickets missing or not created by a client" "$(get missing_or_unexpected)" 0
expect "titles stored other than once" "$(get titles_not_once)" 0
expect "tickets whose history differs from what the client saw" "$(get event_count_mismatch)" 0
expect "events" "$(get events)" "$(get expected_events)"
expect "(ticket, action) events stored other than once" "$(get events_not_once)" 0
expect "tickets whose version is not 3 (created, responded, assessed)" "$(get stale_versions)" 0

writes=$((total * 3))
echo "pg-load-test: wall $((wall_ms / 1000)).$(printf '%03d' $((wall_ms % 1000))) s for $total tickets, $(get events) events," \
    "$writes write transactions: $((writes * 1000 / (wall_ms > 0 ? wall_ms : 1))) writes/s," \
    "$((total * 1000 / (wall_ms > 0 ? wall_ms : 1))) tickets/s"
for i in $(seq 1 "$clients"); do
    echo "  client $i: $(cat "$work/client-$i.json")"
done
if [ "$ok" = 1 ]; then
    echo "pg-load-test: OK: every ticket and event present exactly once, ticket numbers unique"
    exit 0
fi
exit 1
