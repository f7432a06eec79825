#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file with translations the same source text had in an older
version of the file (any context). Useful after code moves a string to a new translation context.

usage: ts-carry-over.py OLD.ts NEW.ts   (NEW.ts is rewritten in place)"""
import sys
import xml.etree.ElementTree as ET

old_root = ET.parse(sys.argv[1]).getroot()
known = {}
for msg in old_root.iter('message'):
    tr = msg.find('translation')
    if tr is not None and tr.text and tr.get('type') not in ('unfinished', 'obsolete', 'vanished'):
        known.setdefault(msg.find('source').text, tr.text)

tree = ET.parse(sys.argv[2])
filled = 0
for msg in tree.getroot().iter('message'):
    tr = msg.find('translation')
    if tr is not None and tr.get('type') == 'unfinished' and msg.find('source').text in known:
        tr.text = known[msg.find('source').text]
        del tr.attrib['type']
        filled += 1
with open(sys.argv[2], 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8', xml_declaration=False)
print(f'{filled} translations carried over')
