#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from another .ts file (an earlier version).

    scripts/carry-translations.py OLD.ts NEW.ts

When a string moves to another class (its context changes), lupdate drops the old
entry and adds an unfinished new one with the same source text. This copies the
earlier translation across for messages whose source (and numerus form) match
exactly, and prints the sources still untranslated. Python standard library only.
"""
import re
import sys


def messages(text):
    for m in re.finditer(r'<message( numerus="yes")?>(.*?)</message>', text, re.S):
        yield m


def main():
    old_path, new_path = sys.argv[1], sys.argv[2]
    old = open(old_path, encoding='utf-8').read()
    known = {}
    for m in messages(old):
        body = m.group(2)
        source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
        translation = re.search(r'<translation(?: type="[a-z]+")?>(.*?)</translation>', body, re.S)
        if translation and 'type="unfinished"' not in body and 'type="vanished"' not in body \
                and 'type="obsolete"' not in body:
            known[(bool(m.group(1)), source)] = translation.group(1)
    new = open(new_path, encoding='utf-8').read()
    missing = []

    def fill(m):
        body = m.group(2)
        if 'type="unfinished"' not in body:
            return m.group(0)
        source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
        key = (bool(m.group(1)), source)
        if key in known:
            body = re.sub(r'<translation type="unfinished">.*?</translation>',
                          lambda _: '<translation>' + known[key] + '</translation>', body, flags=re.S)
            return '<message' + (m.group(1) or '') + '>' + body + '</message>'
        missing.append(source)
        return m.group(0)

    new = re.sub(r'<message( numerus="yes")?>(.*?)</message>', fill, new, flags=re.S)
    open(new_path, 'w', encoding='utf-8').write(new)
    for source in missing:
        print(source)
    print(f'{len(missing)} untranslated', file=sys.stderr)


if __name__ == '__main__':
    main()
