#!/usr/bin/env python3
"""Fill the unfinished messages of a .ts file from a table of translations, editing the text in place
so that lupdate's layout (and everything else in the file) stays as it was. Only messages that are
still unfinished (empty, or holding lupdate's guess) and whose source text the table names are
touched; plural messages are left alone.

usage: ts-fill.py FILE.ts TABLE.json

TABLE.json maps a context name (or "*" for any context) to {source text: translation}:
    {"*": {"reading tickets": "读取工单"}, "Cli": {"usage: %1": "用法：%1"}}
A context's own entry wins over "*". Run the lupdate target afterwards, then commit the .ts at once:
others add messages to the same file."""
import html
import json
import re
import sys

# One message at a time: nothing in the match may run past the message's own end.
MESSAGE = re.compile(r'(<message>\s*<source>)([^<]*)(</source>(?:(?!</message>).)*?)'
                     r'<translation type="unfinished">[^<]*</translation>', re.S)
CONTEXT = re.compile(r'(<context>\s*<name>(.*?)</name>)(.*?)(</context>)', re.S)


def escape(text):
    # The same escapes lupdate writes, so that its next run changes nothing.
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def main():
    path, table_path = sys.argv[1], sys.argv[2]
    with open(table_path, encoding='utf-8') as f:
        table = json.load(f)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    anywhere = table.get('*', {})
    filled = 0

    def fill_context(m):
        nonlocal filled
        name, body = html.unescape(m.group(2)), m.group(3)
        own = table.get(name, {})

        def fill_message(mm):
            nonlocal filled
            source = html.unescape(mm.group(2))
            translation = own.get(source, anywhere.get(source))
            if translation is None:
                return mm.group(0)
            filled += 1
            return f'{mm.group(1)}{mm.group(2)}{mm.group(3)}<translation>{escape(translation)}</translation>'

        return m.group(1) + MESSAGE.sub(fill_message, body) + m.group(4)

    text = CONTEXT.sub(fill_context, text)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    left = text.count('type="unfinished"')
    print(f'{filled} translations filled, {left} unfinished left in {path}')


if __name__ == '__main__':
    main()
