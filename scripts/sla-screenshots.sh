#!/usr/bin/env bash
# Captures the service levels window (SLA policy, calendars and holidays tabs) and the holiday entry
# dialog in Chinese and English into docs/screenshots/.
#   scripts/sla-screenshots.sh [BUILD_DIR]     (default: build)
# Needs xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot-setup.sh"
screenshot_setup "${1:-}" tests/gui/sla_screenshots
shots="$build/tests/gui/sla_screenshots"
db="$work/demo.db"
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" seed --tickets 200 >/dev/null
for lang in zh_CN en; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$db" "$lang" "$out"
done
