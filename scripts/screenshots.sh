#!/usr/bin/env bash
# Captures the documentation screenshots of the desk window in Chinese and English.
#   scripts/screenshots.sh [BUILD_DIR]     (default: build)
# Needs xvfb-run and a CJK font (fonts-noto-cjk). Writes docs/screenshots/*.png.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
desk="$build/src/gui/ingotdesk"
cli="$build/src/cli/ingotdesk-cli"
out="$here/docs/screenshots"
for tool in "$desk" "$cli"; do
    [[ -x "$tool" ]] || { echo "error: $tool is not built (ninja -C $build ingotdesk ingotdesk-cli)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.db"
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" seed --tickets 2000 >/dev/null
"$cli" --db "$db" tasks generate --month "$(date +%Y-%m)" >/dev/null  # follow-ups for the customer archive

# A throw-away home: the screenshots must not depend on (or change) anyone's saved settings.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export USER="${SCREENSHOT_AGENT:-zhangli}"  # the agent name shown in the status bar
mkdir -p "$out"

shoot() {  # LANG SUBJECT FILE
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$desk" --db "$db" --lang "$1" --screenshot-of "$2" --screenshot "$out/$3" 2>"$work/err.txt" ||
        { cat "$work/err.txt" >&2; echo "error: screenshot $3 failed" >&2; exit 1; }
    echo "wrote docs/screenshots/$3"
}

for lang in zh en; do
    qt_lang=$([[ $lang == zh ]] && echo zh_CN || echo en)
    shoot "$qt_lang" main "main-$lang.png"
    shoot "$qt_lang" queue-due "queue-due-$lang.png"
    shoot "$qt_lang" new-ticket "new-ticket-$lang.png"
    shoot "$qt_lang" settings "settings-$lang.png"
    shoot "$qt_lang" customer-archive "customer-archive-$lang.png"
    shoot "$qt_lang" board "sla-board-$lang.png"
    shoot "$qt_lang" board-wall "sla-board-wall-$lang.png"
done
