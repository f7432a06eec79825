#!/usr/bin/env bash
# Renders the monthly KPI report of a seeded month into docs/screenshots/: the PDF's first pages
# (pdftoppm) and the desk's report dialog (xvfb-run), in Chinese and English.
#   scripts/report-screenshots.sh [BUILD_DIR]     (default: build)
# Needs poppler-utils, xvfb-run and a CJK font (fonts-noto-cjk).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot-setup.sh"
screenshot_setup "${1:-}" tests/gui/report_screenshots
shots="$build/tests/gui/report_screenshots"
command -v pdftoppm >/dev/null || { echo "error: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 2; }

month=2026-10

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
    # The page with the complaint keywords (section 3, after the top problems; where it falls depends
    # on how many actions the problems cite).
    pages=$(pdfinfo "$work/kpi-$lang.pdf" | awk '/^Pages:/ {print $2}')
    for ((page = 1; page <= pages; page++)); do
        if pdftotext -f $page -l $page "$work/kpi-$lang.pdf" - | grep -q -e '投诉关键词' -e 'Complaint keywords'; then
            pdftoppm -r 60 -png -f $page -l $page -singlefile "$work/kpi-$lang.pdf" "$out/report-keywords-$lang"
            echo "wrote docs/screenshots/report-keywords-$lang.png (page $page)"
            break
        fi
    done
    xvfb-run -a -s "-screen 0 1600x1100x24" "$shots" "$db" "$qt_lang" $month "$now" "$out/report-dialog-$lang.png"
done
