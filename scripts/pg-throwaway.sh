#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for tests and CI: a fresh cluster in a temporary
# folder, a free port, one database, a password login. Nothing of the machine's own PostgreSQL is
# used or changed.
#
#   scripts/pg-throwaway.sh start [STATE_FILE]   prints: INGOTDESK_TEST_PG_URL=... and PGPASSFILE=...
#   scripts/pg-throwaway.sh stop  [STATE_FILE]   stops the server and removes its folder
#
# STATE_FILE (default /tmp/ingotdesk-pg-$USER.state) remembers the folder for `stop`. PostgreSQL
# refuses to run as root, so as root the cluster belongs to the `postgres` system user.
set -euo pipefail

cmd="${1:-}"
state="${2:-/tmp/ingotdesk-pg-$(id -un).state}"

pgbin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A port nothing listens on (bash's /dev/tcp connects when something does).
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    return 1
}

case "$cmd" in
start)
    bin="$(pgbin)" || { echo "pg-throwaway: PostgreSQL server programs not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "pg-throwaway: running as root and there is no 'postgres' user to own the server" >&2
        exit 1
    fi
    dir="$(mktemp -d /tmp/ingotdesk-pg.XXXXXX)"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    user=ingot
    password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    printf '%s\n' "$password" >"$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
    chmod 600 "$dir/pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    port="$(free_port)"
    # Unix socket in the folder (not /run/postgresql, which may not exist or belong to another server).
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        rm -rf "$dir"
        exit 1
    fi
    db=ingotdesk_test
    as_owner "$bin/createdb" -h "$dir" -p "$port" -U "$user" "$db"
    # A libpq password file: the desk and psql read it, the password never appears on a command line.
    printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$user" "$password" >"$dir/pgpass"
    chmod 600 "$dir/pgpass"
    printf 'dir=%s\nbin=%s\n' "$dir" "$bin" >"$state"
    echo "INGOTDESK_TEST_PG_URL=postgresql://$user@127.0.0.1:$port/$db"
    echo "PGPASSFILE=$dir/pgpass"
    ;;
stop)
    [ -f "$state" ] || { echo "pg-throwaway: nothing to stop ($state missing)" >&2; exit 0; }
    dir="$(sed -n 's/^dir=//p' "$state")"
    bin="$(sed -n 's/^bin=//p' "$state")"
    case "$dir" in /tmp/ingotdesk-pg.*) ;; *) echo "pg-throwaway: odd state file $state" >&2; exit 1 ;; esac
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
    echo "pg-throwaway: stopped"
    ;;
*)
    echo "usage: $0 start|stop [STATE_FILE]" >&2
    exit 2
    ;;
esac
