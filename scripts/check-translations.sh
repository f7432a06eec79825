#!/usr/bin/env bash
# Lists what keeps the Chinese translation from being complete and exits 1 if there is anything:
#   - messages still marked unfinished (new or changed source text nobody has translated yet),
#   - translations that lost or invented a placeholder (%1..%99, %n) of their source,
#   - translations of a source with a keyboard accelerator (&File) that have none.
# Run the lupdate target first so that the file knows every message in the code:
#   ninja -C build-NAME ingotdesk_i18n_lupdate && scripts/check-translations.sh
# usage: scripts/check-translations.sh [FILE.ts ...]   (default: the zh_CN file)
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(resources/translations/ingotdesk_zh_CN.ts)

python3 - "${files[@]}" <<'EOF'
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:\d{1,2}|n)')
ACCELERATOR = re.compile(r'&(?!&)[^\s;]')  # "&&" is a literal ampersand; "&amp;" is already decoded


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or '')))


problems = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            kind = translation.get('type')
            if kind in ('obsolete', 'vanished'):
                continue
            shown = source.replace('\n', '\\n')
            if kind == 'unfinished':
                print(f'{path}: unfinished: [{name}] {shown}')
                problems += 1
                continue
            forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
            for form in forms:
                wanted = [p for p in placeholders(source) if p != '%n' or message.get('numerus') != 'yes']
                missing = [p for p in wanted if p not in placeholders(form)]
                extra = [p for p in placeholders(form) if p not in placeholders(source)]
                if missing or extra:
                    print(f'{path}: placeholders {missing or ""}{" extra " + str(extra) if extra else ""}: '
                          f'[{name}] {shown}')
                    problems += 1
                if ACCELERATOR.search(source) and '&' not in form:
                    print(f'{path}: accelerator lost: [{name}] {shown}')
                    problems += 1
print(f'{problems} problem(s)' if problems else 'translations complete')
sys.exit(1 if problems else 0)
EOF
