#!/usr/bin/env python3
"""mkentities.py - writes engine/entities.inc, the table of HTML's named
character references that engine/entities.c searches.

    python3 engine/mkentities.py >engine/entities.inc

The data is Python's html.entities.html5, which is the WHATWG HTML
standard's table (https://html.spec.whatwg.org/entities.json): 2,231
names, the 106 legacy ones that need no ';' listed twice, with and
without it.  Entries are sorted by name in byte order, for a binary
search; each value is UTF-8 written as octal escapes (a hex escape would
swallow a following hex digit).
"""
import html.entities
import sys

def c_bytes(b):
    return '"' + ''.join('\\%03o' % c for c in b) + '"'

def main():
    table = html.entities.html5
    names = sorted(table, key=lambda n: n.encode('ascii'))
    out = sys.stdout
    out.write('/* entities.inc - made by engine/mkentities.py from Python\'s\n'
              ' * html.entities.html5 (the WHATWG table); do not edit. */\n')
    out.write('#define ENTITY_COUNT %d\n' % len(names))
    out.write('#define ENTITY_LONGEST %d\n' % max(len(n) for n in names))
    out.write('#define ENTITY_LEGACY_LONGEST %d\n' %
              max(len(n) for n in names if not n.endswith(';')))
    out.write('static const struct entity entities[ENTITY_COUNT] = {\n')
    for n in names:
        v = table[n].encode('utf-8')
        out.write('\t{ "%s", %d, %s, %d },\n' % (n, len(n), c_bytes(v), len(v)))
    out.write('};\n')

main()
