#!/usr/bin/env bash
# Captures the sign-in dialog, the first-run wizard and the audit trail viewer in Chinese and English
# into docs/screenshots/.
#   scripts/security-screenshots.sh [BUILD_DIR]     (default: build)
# Needs xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot-setup.sh"
screenshot_setup "${1:-}" tests/gui/security_screenshots
shots="$build/tests/gui/security_screenshots"

db="$work/demo.db"
"$cli" --db "$db" init >/dev/null 2>&1
"$cli" --db "$db" seed --tickets 300 >/dev/null 2>&1
"$cli" --db "$db" user demo >/dev/null 2>&1
for lang in zh_CN en; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$db" "$lang" "$build/src/app/i18n/ingotdesk_$lang.qm" "$out"
done
