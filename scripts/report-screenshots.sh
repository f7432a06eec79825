#!/usr/bin/env bash
# Renders the monthly KPI report of a seeded month into docs/screenshots/: the PDF's first pages
# (pdftoppm) and the desk's report dialog (xvfb-run), in Chinese and English.
#   scripts/report-screenshots.sh [BUILD_DIR]     (default: build)
# Needs poppler-utils, xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
cli="$build/src/cli/ingotdesk-cli"
shots="$build/tests/gui/report_screenshots"
for tool in "$cli" "$shots"; do
    [[ -x "$tool" ]] || { echo "error: $tool is not built (ninja -C $build ingotdesk-cli report_screenshots)" >&2; exit 2; }
done
for cmd in pdftoppm xvfb-run; do
    command -v "$cmd" >/dev/null || { echo "error: $cmd is missing (apt-get install poppler-utils xvfb xauth)" >&2; exit 2; }
done

month=2026-10
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
out="$here/docs/screenshots"
mkdir -p "$out"

db="$work/demo.db"
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" seed --tickets 3000 --from 2026-07-01 --to 2026-11-01 >/dev/null
# Recurring problems become improvement actions; the report cites them under the top problems.
"$cli" --db "$db" recurring detect --propose >/dev/null
# As of now, after the proposals: the detector dates its actions now, and a report cites only the
# actions that existed at its "as of" instant.
sleep 1
now="$(date +%Y-%m-%dT%H:%M:%S%:z)"

for lang in zh en; do
    qt_lang=$([[ $lang == zh ]] && echo zh_CN || echo en)
    INGOTDESK_LANG=$qt_lang "$cli" --db "$db" report kpi --month $month --now "$now" --format pdf --out "$work/kpi-$lang.pdf"
    for page in 1 2 3 4; do
        pdftoppm -r 60 -png -f $page -l $page -singlefile "$work/kpi-$lang.pdf" "$out/report-page-$page-$lang"
        echo "wrote docs/screenshots/report-page-$page-$lang.png"
    done
    xvfb-run -a -s "-screen 0 1600x1100x24" "$shots" "$db" "$qt_lang" $month "$now" "$out/report-dialog-$lang.png"
done
