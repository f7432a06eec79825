#!/usr/bin/env bash
# The one command that sets up and starts the desk on a demo database: installs the Debian packages,
# builds, creates demo/ingotdesk-demo.db (5,000 seeded tickets) once, and opens the desk on it.
# Without a display it runs under xvfb-run (useful for screenshots and smoke tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
DB=${INGOTDESK_DEMO_DB:-demo/ingotdesk-demo.db}
mkdir -p "$(dirname "$DB")"
if [ ! -f "$DB" ]; then
    "$BUILD_DIR/src/cli/ingotdesk-cli" --db "$DB" init
    "$BUILD_DIR/src/cli/ingotdesk-cli" --db "$DB" seed --tickets "${DEMO_TICKETS:-5000}" --seed 7
fi
# Demo sign-ins (README lists them); a demo file from before users existed gets them too.
"$BUILD_DIR/src/cli/ingotdesk-cli" --db "$DB" user demo 2>/dev/null
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD_DIR/src/gui/ingotdesk" --db "$DB" "$@"
else
    echo "demo: no display; starting the desk under xvfb-run"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/src/gui/ingotdesk" --db "$DB" "$@"
fi
