#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from a Python dict of source -> translation.

    scripts/fill-translations.py NEW.ts TRANSLATIONS.py

TRANSLATIONS.py defines T = {source: translation}, with sources as they appear in
the .ts file (XML-escaped) and translations XML-escaped the same way. Numerus
messages get the one Japanese form. Prints the sources still unfinished.
"""
import re
import runpy
import sys

ts_path, table_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(table_path)['T']
text = open(ts_path, encoding='utf-8').read()
left = []


def fill(m):
    numerus, body = m.group(1), m.group(2)
    if 'type="unfinished"' not in body:
        return m.group(0)
    source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
    if source not in table:
        left.append(source)
        return m.group(0)
    value = table[source]
    if numerus:
        replacement = '<translation>\n            <numerusform>' + value + '</numerusform>\n        </translation>'
    else:
        replacement = '<translation>' + value + '</translation>'
    body = re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: replacement, body, flags=re.S)
    return '<message' + (numerus or '') + '>' + body + '</message>'


text = re.sub(r'<message( numerus="yes")?>(.*?)</message>', fill, text, flags=re.S)
open(ts_path, 'w', encoding='utf-8').write(text)
for source in left:
    print(source)
print(f'{len(left)} unfinished', file=sys.stderr)
