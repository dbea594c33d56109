#!/usr/bin/env python3
"""mkcompose.py - writes engine/compose.inc, the pairs of a lower-case
letter and a combining mark (U+0300-U+036F) that Unicode composes into
one letter, the other pairs it composes (Kana's voicing, Arabic's hamza,
Indic vowel signs in two parts), and the letters each presentation form
stands for, for the folding of words (engine/words.c).

    python3 engine/mkcompose.py >engine/compose.inc

A text in decomposed form (NFD: "e" and U+0301 for "é", as some PDF and
macOS tools give) then folds to the keys of the composed form, which the
stopword lists, the stemmers and the detection profiles are written in.
The data is Python's unicodedata: every letter whose canonical
decomposition is one lower-case letter and one mark of the block, and
which NFC composes again (so no composition exclusion).  Sorted by
key, the base's code point shifted left 7 bits and the mark's offset in
the block (below 0x70) in the low bits, for a binary search.

The presentation forms (U+FB00-U+FDFF, U+FE70-U+FEFF) are the letters
of Latin (the ligatures "fi", "fl" that PDF tools copy out), Armenian,
Hebrew (a letter with its points as one code point, as some Yiddish
and Hebrew text is typed) and Arabic (a letter's contextual shape, or
a ligature, as text copied from a PDF often has it) written as one code
point.  Each becomes its compatibility composition (NFKC), spaces left
out: the letters and marks the word lists and stemmers are written in.
Only forms that are letters and marks throughout, four at most; sorted
by code point.
"""
import sys
import unicodedata

MARKS = range(0x300, 0x370)


def compositions():
    """Every (base, mark, letter) of a letter whose canonical
    decomposition is two code points and which NFC composes again (no
    composition exclusion)."""
    for cp in range(0xC0, 0x110000):
        c = chr(cp)
        dec = unicodedata.decomposition(c)
        if not dec or dec.startswith("<"):
            continue
        parts = [int(x, 16) for x in dec.split()]
        if (len(parts) == 2 and
                unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == c):
            yield parts[0], parts[1], cp


def pairs():
    for base, mark, cp in compositions():
        if (cp < 0x3000 and mark in MARKS and
                unicodedata.category(chr(base))[0] == "L" and
                chr(base).lower() == chr(base)):
            yield base << 7 | (mark - 0x300), cp


def other_pairs():
    """The compositions whose second code point is not of the block of
    combining accents: Kana and its voicing marks, Arabic letters and
    the madda or hamza over or under them, the vowel signs of Indic
    scripts written in two parts (Bengali's o, Tamil's o and au,
    Malayalam's, Sinhala's), a nukta's letters that NFC composes,
    Balinese, Myanmar and the scripts beyond the BMP.  Hangul is
    composed by arithmetic (words.c)."""
    for base, mark, cp in compositions():
        if mark in MARKS:
            continue
        # words.c looks the base up in a folded key: it must be caseless
        assert chr(base).lower() == chr(base), hex(base)
        yield mark, base, cp


def low_bits_filter(cps):
    """Bit CP & 0x7FF of each of CPS, as 32 words of 64 bits: a
    filter that tells nearly every other code point at once that it
    composes with nothing before it (or, of the bases, after it)."""
    words = [0] * 32
    for cp in cps:
        words[(cp >> 6) & 31] |= 1 << (cp & 63)
    return words


def presentation_forms():
    for cp in list(range(0xFB00, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        c = chr(cp)
        if not unicodedata.decomposition(c):
            continue
        parts = [ord(x) for x in unicodedata.normalize("NFKC", c)
                 if x != " "]
        if (not 1 <= len(parts) <= 4 or
                any(unicodedata.category(chr(p))[0] not in "LM" or
                    0xFB00 <= p <= 0xFEFF or p > 0xFFFF for p in parts)):
            continue
        yield cp, parts


def main():
    table = sorted(pairs())
    forms = list(presentation_forms())
    out = sys.stdout
    out.write("/* compose.inc - made by engine/mkcompose.py from Python's\n"
              " * unicodedata (Unicode %s); do not edit. */\n"
              % unicodedata.unidata_version)
    out.write("#define COMPOSE_COUNT %d\n" % len(table))
    out.write("static const struct { uint32_t key; uint16_t cp; } "
              "composed[COMPOSE_COUNT] = {\n")
    for key, cp in table:
        out.write("\t{ 0x%05X, 0x%04X },\n" % (key, cp))
    out.write("};\n")
    other = sorted(other_pairs())
    marks = sorted(set(m for m, _, _ in other))
    out.write("#define OTHER_COMPOSE_COUNT %d\n" % len(other))
    out.write("#define OTHER_MARK_FIRST 0x%04X\n" % marks[0])
    out.write("#define OTHER_MARK_LAST 0x%04X\n" % marks[-1])
    bases = sorted(set(b for _, b, _ in other))
    for name, cps in (("other_mark_filter", marks),
                      ("other_base_filter", bases)):
        out.write("static const uint64_t %s[32] = {\n" % name)
        for w in low_bits_filter(cps):
            out.write("\tUINT64_C(0x%016X),\n" % w)
        out.write("};\n")
    out.write("static const struct { uint32_t mark, base, cp; } "
              "other_composed[OTHER_COMPOSE_COUNT] = {\n")
    for mark, base, cp in other:
        out.write("\t{ 0x%04X, 0x%04X, 0x%04X },\n" % (mark, base, cp))
    out.write("};\n")
    out.write("#define FORM_COUNT %d\n" % len(forms))
    out.write("static const struct { uint16_t cp, part[4]; } "
              "presentation[FORM_COUNT] = {\n")
    for cp, parts in forms:
        out.write("\t{ 0x%04X, { %s } },\n"
                  % (cp, ", ".join("0x%04X" % p for p in parts)))
    out.write("};\n")


if __name__ == "__main__":
    main()
