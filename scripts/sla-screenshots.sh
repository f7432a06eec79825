#!/usr/bin/env bash
# Captures the service levels window (SLA policy and holidays tabs) in Chinese and English into
# docs/screenshots/.    scripts/sla-screenshots.sh [BUILD_DIR]     (default: build)
# Needs xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
shots="$build/tests/gui/sla_screenshots"
cli="$build/src/cli/ingotdesk-cli"
for tool in "$shots" "$cli"; do
    [[ -x "$tool" ]] || { echo "error: $tool is not built (ninja -C $build sla_screenshots ingotdesk-cli)" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
out="$here/docs/screenshots"
mkdir -p "$out"
db="$work/demo.db"
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" seed --tickets 200 >/dev/null
for lang in zh_CN en; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" "$db" "$lang" "$out"
done
