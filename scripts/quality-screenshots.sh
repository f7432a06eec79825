#!/usr/bin/env bash
# Captures the quality-loop screenshots (knowledge suggestions, an improvement action, a batch
# trace, the knowledge base editor) in Chinese and English into docs/screenshots/.
#   scripts/quality-screenshots.sh [BUILD_DIR]     (default: build)
# Needs xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot-setup.sh"
screenshot_setup "${1:-}" tests/gui/quality_screenshots
shots="$build/tests/gui/quality_screenshots"

for lang in zh_CN en; do
    db="$work/demo-$lang.db"
    "$cli" --db "$db" init >/dev/null
    "$cli" --db "$db" seed --tickets 2000 >/dev/null
    xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$db" "$lang" "$build/src/app/i18n/ingotdesk_$lang.qm" "$out"
done
