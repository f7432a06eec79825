#!/usr/bin/env bash
# Captures the quality-loop screenshots (knowledge suggestions, an improvement action, a batch
# trace) in Chinese and English into docs/screenshots/.
#   scripts/quality-screenshots.sh [BUILD_DIR]     (default: build)
# Needs xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
shots="$build/tests/gui/quality_screenshots"
cli="$build/src/cli/ingotdesk-cli"
for tool in "$shots" "$cli"; do
    [[ -x "$tool" ]] || { echo "error: $tool is not built (ninja -C $build quality_screenshots ingotdesk-cli ingotdesk)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
out="$here/docs/screenshots"
mkdir -p "$out"

for lang in zh_CN en; do
    db="$work/demo-$lang.db"
    "$cli" --db "$db" init >/dev/null
    "$cli" --db "$db" seed --tickets 2000 >/dev/null
    xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$db" "$lang" "$build/src/app/i18n/ingotdesk_$lang.qm" "$out"
done
