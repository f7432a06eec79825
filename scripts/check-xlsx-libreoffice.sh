#!/usr/bin/env bash
# Opens the KPI report's Excel workbook in LibreOffice (headless), exports every sheet to CSV and
# compares each number with the report's JSON. A check by a spreadsheet program that shares no code
# with libxlsxwriter; too heavy for CI (LibreOffice is ~300 MB), run by hand:
#   scripts/check-xlsx-libreoffice.sh [BUILD_DIR] [MONTH] [NOW]
# Needs libreoffice-calc and python3. Exit 0 when every number matches.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
month="${2:-2026-10}"
now="${3:-2026-11-05T09:00:00+08:00}"
cli="$build/src/cli/ingotdesk-cli"
[[ -x "$cli" ]] || { echo "error: $cli is not built" >&2; exit 2; }
command -v soffice >/dev/null || { echo "error: soffice is missing (apt-get install libreoffice-calc)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/desk.db"
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" seed --tickets 3000 --from 2026-07-01 --to 2026-11-01 >/dev/null
"$cli" --db "$db" report kpi --month "$month" --now "$now" --format json --out "$work/kpi.json"
INGOTDESK_LANG=en "$cli" --db "$db" report kpi --month "$month" --now "$now" --format xlsx --out "$work/kpi.xlsx"

# Filter options: comma, double quote, UTF-8, from line 1, ..., last token -1 = every sheet, one
# CSV per sheet named kpi-SHEET.csv (LibreOffice 7.2 and later).
HOME="$work" soffice --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work" "$work/kpi.xlsx" >/dev/null 2>&1
ls "$work"/kpi-*.csv >/dev/null 2>&1 || { echo "error: LibreOffice wrote no CSV" >&2; exit 1; }

python3 - "$work" <<'PY'
import csv, json, os, sys
work = sys.argv[1]
report = json.load(open(os.path.join(work, "kpi.json"), encoding="utf-8"))

def sheet(name):
    with open(os.path.join(work, f"kpi-{name}.csv"), encoding="utf-8") as f:
        return list(csv.reader(f))

def same(cell, value):
    if value is None:
        return cell == ""
    return cell != "" and abs(float(cell) - float(value)) < 1e-9

checked = 0
problems = []
for row in sheet("KPIs")[1:]:
    key, cell = row[1], row[2]
    checked += 1
    if not same(cell, report[key]):
        problems.append(f"KPIs {key}: sheet {cell!r}, JSON {report[key]!r}")
for name, key in [("By tier", "by_tier"), ("By region", "by_region"), ("By category", "by_category"),
                  ("By assignee", "by_assignee")]:
    rows = sheet(name)[1:]
    if len(rows) != len(report[key]):
        problems.append(f"{name}: {len(rows)} rows, JSON {len(report[key])} groups")
    for row in rows:
        group = report[key].get(row[1])
        if group is None:
            problems.append(f"{name}: group {row[1]!r} is not in the JSON")
            continue
        for col, field in [(2, "reported"), (3, "response_sla_pct"), (4, "resolution_sla_pct"), (5, "csat_pct")]:
            checked += 1
            if not same(row[col], group[field]):
                problems.append(f"{name} {row[1]} {field}: sheet {row[col]!r}, JSON {group[field]!r}")
top = sheet("Top categories")[1:]
for row, entry in zip(top, report["top_categories"]):
    checked += 2
    if row[2] != entry["category"] or not same(row[3], entry["count"]):
        problems.append(f"top categories: sheet {row[2:4]}, JSON {entry}")
if len(top) != len(report["top_categories"]):
    problems.append("top categories: row count differs")
for p in problems:
    print("MISMATCH", p)
print(f"check-xlsx-libreoffice: {checked} numbers compared, {len(problems)} mismatches")
sys.exit(1 if problems else 0)
PY
