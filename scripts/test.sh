#!/usr/bin/env bash
# The one command that sets up and runs all tests: installs the Debian packages, builds, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# A throwaway PostgreSQL server for the PostgreSQL variants of the storage tests (docs/postgresql.md).
# When it cannot start, those tests skip and the SQLite ones still decide the result.
pg_state="/tmp/ingotdesk-pg-ci-$$.state"
if pg_env="$(scripts/pg-throwaway.sh start "$pg_state")"; then
    export $pg_env  # INGOTDESK_TEST_PG_URL and PGPASSFILE
    trap '"'"$PWD"'/scripts/pg-throwaway.sh" stop "'"$pg_state"'" >/dev/null || true' EXIT
else
    echo "test.sh: WARNING: the PostgreSQL test server did not start (see above); PostgreSQL tests are skipped" >&2
fi
cd "${BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "${JOBS:-2}" --timeout 900
# The same tests under ASan + UBSan, and a short run of every fuzz target (docs/fuzzing.md).
[ "${INGOTDESK_SKIP_SANITIZERS:-0}" = 1 ] || "$OLDPWD/scripts/test-sanitizers.sh"
