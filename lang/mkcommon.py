#!/usr/bin/python3
# mkcommon.py - writes lang/en_common.inc, the splitter's lexicon of
# English common words (see engine/abbrev.c).  Run from the repository
# root by `make common`.
#
# The question it answers: after an abbreviation or an initial, is the
# capitalised word that follows a common word that may open a sentence
# ("sold in the U.K. Prices fell") or part of a name ("the U.S. Army")?
#
# Where the words come from: Debian's word lists wamerican and wbritish
# (/usr/share/dict/american-english and british-english), which write
# proper names with a capital and common words in lower case.  Nothing
# else is read: no news, no test set.  From the lists' morphology alone:
#   PLURAL  a lower-case word that is the -s, -es, -ies or -ves form of
#           another ("prices", "officials", "authorities"): a bare plural
#           opens a sentence without an article;
#   BARE    a lower-case word that has no such form and is the base of
#           none: adverbs, adjectives, mass nouns ("later", "today",
#           "inflation", "supreme");
#   NUMBER  a cardinal number word (a closed class, listed below), which
#           opens a sentence as a determiner does ("Three days later").
# Left out: every word also listed with a capital (Bush, Little, Rose,
# Royal: names as often as words), and singular countable nouns and
# verbs (those with an -s form: "government", "army", "state"), which
# need an article to open a sentence, so that capitalised after an
# abbreviation they head a name ("U.S. Government").  A word the lexicon
# lacks is a name.
#
# The form: each word's 32-bit FNV-1a hash of its lower-case letters,
# its low two bits replaced by its class (1 PLURAL, 2 BARE, 3 NUMBER),
# sorted, as a C array in .rodata: no parsing at start, a binary search
# a look-up.  A word not in the lexicon is taken for one that is when
# the 30 bits of its hash match one of the N stored: a false positive
# rate of N / 2^30 (about 5e-5).
import os
import sys

LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
           "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
           "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety", "hundred", "thousand", "million", "billion", "dozens",
           "hundreds", "thousands", "millions", "billions"]
PLURAL, BARE, NUMBER = 1, 2, 3


def fnv1a(word):
    h = 0x811C9DC5
    for c in word.encode():
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h


def read_lists():
    words = set()
    for name in LISTS:
        if not os.path.exists(name):
            sys.exit("mkcommon.py: %s missing: apt-get install wamerican wbritish"
                     % name)
        with open(name, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if w.isascii() and w.isalpha():
                    words.add(w)
    return words


def inflections(w):
    """The -s forms a noun or verb W may take."""
    out = [w + "s", w + "es"]
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        out.append(w[:-1] + "ies")
    if w.endswith("f"):
        out.append(w[:-1] + "ves")
    if w.endswith("fe"):
        out.append(w[:-2] + "ves")
    return out


def bases(w):
    """The words W may be the -s form of."""
    out = []
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("ves"):
        out += [w[:-3] + "f", w[:-3] + "fe"]
    return out


def classify(words):
    lower = {w for w in words if w.islower()}
    capital = {w.lower() for w in words if w[0].isupper()}
    lexicon = {}
    for w in lower:
        if w in capital or len(w) < 2:
            continue
        if any(b in lower for b in bases(w)):
            lexicon[w] = PLURAL
        elif not any(f in lower for f in inflections(w)):
            lexicon[w] = BARE
    for w in NUMBERS:
        lexicon[w] = NUMBER
    return lexicon


def main():
    lexicon = classify(read_lists())
    keys = sorted({(fnv1a(w) & ~3) | c for w, c in lexicon.items()})
    counts = [sum(1 for c in lexicon.values() if c == k) for k in (1, 2, 3)]
    out = sys.stdout
    out.write("/* Made by lang/mkcommon.py from Debian's wamerican and "
              "wbritish word lists:\n * %d plural, %d bare and %d number "
              "words, as FNV-1a hashes with the class\n * in the low two "
              "bits, sorted.  Do not edit. */\n" % tuple(counts))
    for i in range(0, len(keys), 6):
        out.write("\t" + " ".join("0x%08xu," % k for k in keys[i:i + 6]) + "\n")


if __name__ == "__main__":
    main()
