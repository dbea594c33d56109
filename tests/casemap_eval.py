#!/usr/bin/python3
# casemap_eval.py - engine/chars.c's lower case and character classes
# beside Unicode's, as Python's unicodedata has them.  Run from the
# repository root:
#
#     python3 tests/casemap_eval.py [-v]
#
# It builds a small program with engine/chars.c that prints cp_lower and
# cp_class of every code point, and counts where they part from
# unicodedata: a capital or title-case letter whose single small letter
# we do not give, a decimal digit (Nd) we do not class as one, a
# character we class as a digit that is none, or punctuation or a
# symbol (Pd to Po, Sc, Sm, So) we class as part of a word.  What we
# part from on purpose is listed under "kept": Cherokee and Georgian's
# Asomtavruli (written without case here), the letter-like symbols
# among the punctuation (the ohm sign, circled letters), U+0130, whose
# small letter we take to be "i", and the CJK radicals, strokes and
# squared words, Yi's radicals and Sindhi's word signs, read as letters.  -v prints every code point counted.  A
# measurement, not a test; Python's Unicode version may be newer or
# older than the tables' (14.0).
import os
import subprocess
import sys
import tempfile
import unicodedata

PROGRAM = r'''
#include "engine/chars.h"
#include <stdio.h>
int main(void)
{
	for (uint32_t c = 0x80; c < 0x110000; c++)
		if (c < 0xD800 || c > 0xDFFF)
			printf("%x %x %u\n", (unsigned)c, (unsigned)cp_lower(c),
			       cp_class(c));
	return 0;
}
'''
C_DIGIT = 16
C_WORD = 2 | 4 | 8 | 16              # C_UPPER, C_LOWER, C_CASELESS, C_DIGIT


def kept(c):
    return (0x13A0 <= c <= 0x13FF or 0x10A0 <= c <= 0x10CF or
            0x2010 <= c <= 0x2BFF or c == 0x130 or 0x2E80 <= c <= 0x33FF or
            0xA490 <= c <= 0xA4CF or c in (0x6FD, 0x6FE))


def main():
    verbose = "-v" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = os.path.join(tmp, "dump.c"), os.path.join(tmp, "dump")
        with open(src, "w") as f:
            f.write(PROGRAM)
        subprocess.run(["cc", "-O2", "-I.", "-o", exe, src,
                        "engine/chars.c"], check=True)
        out = subprocess.run([exe], capture_output=True, check=True,
                             text=True).stdout
    counts = {"lower": 0, "digit": 0, "not a digit": 0, "in words": 0,
              "kept": 0}
    for line in out.splitlines():
        fields = line.split()
        c, low, cls = int(fields[0], 16), int(fields[1], 16), int(fields[2])
        ch = chr(c)
        cat = unicodedata.category(ch)
        want = ch.lower()
        what = None
        if cat in ("Lu", "Lt") and len(want) == 1 and ord(want) != low:
            what = "lower"
        elif cat == "Nd" and cls != C_DIGIT:
            what = "digit"
        elif cat != "Nd" and cls == C_DIGIT:
            what = "not a digit"
        elif ((cat[0] == "P" and cat != "Pc") or cat in ("Sc", "Sm", "So")) \
                and cls & C_WORD:
            what = "in words"
        if what is None:
            continue
        if kept(c):
            what = "kept"
        counts[what] += 1
        if verbose:
            print("U+%04X %s: %s (ours U+%04X, class %d)"
                  % (c, unicodedata.name(ch, "?"), what, low, cls))
    print("Unicode %s: %s" % (unicodedata.unidata_version,
          ", ".join("%s %d" % kv for kv in counts.items())))


if __name__ == "__main__":
    main()
