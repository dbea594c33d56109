#!/usr/bin/python3
# mkngrams.py - writes lang/ngrams.inc, the character trigram profiles
# that language detection (engine/language.c) weighs with the stopwords.
# Run from the repository root by `make ngrams` after a language is
# added to lang/lang.c: every language that detection weighs (those that
# share a script, see lang/mkindex.c) gets its profile from the same
# kind of text, found by its code.
#
# Where the text comes from: the translated strings of Debian's message
# catalogues, /usr/share/locale/CODE/LC_MESSAGES/*.mo (the packages
# installed where it runs; Norwegian is nb, Chinese zh_CN and zh_TW),
# and for English the original strings of the same catalogues.  Every
# string is taken once per language, however many packages carry it.
#
# Menus, buttons and error messages are one register of a language;
# the texts people summarize are another.  Where the two differ enough
# to mislead, a language has prose of our own writing as well,
# lang/prose/CODE.txt (paragraphs between blank lines: news, notices,
# chat, stories, textbooks), which its profile weighs as much as all its
# catalogues together, however few words it has.  Indonesian and Malay
# have it: their catalogues write much alike, and without it four in
# ten Indonesian news and chat sentences written for a check were read
# as Malay.
#
# What is left out, so that detection can be measured on text it was
# not built from: every package whose name's CRC-32 is 0 modulo 5
# (HELD_OUT), in every language.  Also iso-codes' catalogues (iso_*):
# lists of place and language names, in the originals the same names
# in every tongue, which taught the English profile Kiruhura and
# Sliema.  Debian's manual pages and the Universal Declaration of Human
# Rights are never read: they are kept for checking.
#
# A language whose catalogues give fewer trigrams than its profile
# keeps (Urdu's gtk catalogues: 89, Amharic's: 998) reads its stopword
# list as well, each word once (lang/stopindex.inc: `make index` first):
# a profile of a few menu labels knows none of the words that make up
# half of any text, and in a script that a neighbour with a full
# profile writes (Urdu beside Persian), the neighbour's gains on the
# words they share outweigh the stopwords' own; this puts the function
# words' trigrams, and the words themselves, into the profile, as the
# commonest of the language's text.
#
# The model: for each language, its PROFILE most frequent trigrams of
# words folded to lower case with a space at each end (" de", "de ",
# "ikk") and its WORDS most frequent words, each with its probability P
# in that language; anything a profile lacks has the floor's probability,
# the same for every language (the median of their least, halved), so
# that a language read from less text is neither the dearer nor the
# cheaper for it.  Costs are -ln P in units of 1/SCALE nat; what is
# stored is, for each trigram and word (a word keyed by a tab before
# it), the languages for which it costs less than the floor and by how
# much: its gain.  A text costs every language the floor for each of
# its trigrams and words, less their gains, so that gains alone decide
# (see engine/language.c).
import glob
import math
import os
import re
import struct
import sys
import unicodedata
import zlib

LOCALE = "/usr/share/locale"
DIRS = {"no": ["nb"], "pt": ["pt", "pt_BR"], "zh": ["zh_CN", "zh_TW"]}
PROSE = "lang/prose"         # prose of our own, lang/prose/CODE.txt
HELD_OUT = 5                 # packages whose CRC-32 % HELD_OUT == 0
PROFILE = 2000               # trigrams kept per language
WORDS = 6000                 # words kept per language
SCALE = 16                   # cost units per nat
MAX_GAIN = 1023              # 10 bits
BUCKET_BITS = 14             # first-level index of the trigram keys


def mark_class():
    """The combining marks (Unicode category M) as the ranges of a
    character class: Python's \\w leaves them out, but a word of
    engine/words.c keeps them (Devanagari vowel signs and virama, Hebrew
    points, Thai vowels above and below)."""
    ranges, first, last = [], None, None
    for cp in range(0x300, 0x20000):
        if unicodedata.category(chr(cp))[0] != "M":
            continue
        if last is not None and cp == last + 1:
            last = cp
            continue
        if first is not None:
            ranges.append((first, last))
        first = last = cp
    ranges.append((first, last))
    return "".join("\\U%08x-\\U%08x" % r for r in ranges)


# A word: letters and the marks on them, an apostrophe between two.
PIECE = r"[^\W\d_](?:[^\W\d_]|[%s])*" % mark_class()
WORD = re.compile(r"%s(?:['\u2019]%s)*" % (PIECE, PIECE))


# What a word's key leaves out (engine/words.c): the Arabic marks a
# writer may leave out, the tatweel, and Armenian's signs over a vowel.
OPTIONAL = re.compile("[\u064b-\u0652\u0670\u0640\u055b\u055c\u055e]")


def fold(word):
    """WORD as engine/words.c folds it: accents composed (NFC), in lower
    case, the optional marks left out."""
    return OPTIONAL.sub("", unicodedata.normalize("NFC", word).lower())


def registry():
    """The codes of lang/lang.c's languages[], in its (code) order: the
    catalogues of all of them give English its text."""
    src = open("lang/lang.c", encoding="utf-8").read()
    body = src[src.index("languages[] = {"):]
    body = body[:body.index("};")]
    return re.findall(r"&lang_(\w+)", body)


def detect_codes():
    """The codes of the languages that detection weighs, those that share
    a script, in the order of their bits (lang/stopindex.inc, written by
    `make index`, which `make ngrams` runs first)."""
    src = open("lang/stopindex.inc", encoding="utf-8").read()
    return re.search(r'detect_codes\[\] = "([^"]*)"', src).group(1).split()


def held_out(package):
    return zlib.crc32(package.encode()) % HELD_OUT == 0


def catalogue(path):
    """The (original, translation) pairs of the .mo file PATH."""
    data = open(path, "rb").read()
    if len(data) < 20:
        return
    magic = struct.unpack("<I", data[:4])[0]
    e = "<" if magic == 0x950412DE else ">"
    n, orig, trans = struct.unpack(e + "3I", data[8:20])
    for i in range(n):
        ol, oo = struct.unpack(e + "2I", data[orig + 8 * i:orig + 8 * i + 8])
        tl, to = struct.unpack(e + "2I", data[trans + 8 * i:trans + 8 * i + 8])
        src = data[oo:oo + ol].decode("utf-8", "replace")
        dst = data[to:to + tl].decode("utf-8", "replace")
        if ol and tl:
            yield src.split("\0")[0], dst.split("\0")[0]


def packages(code):
    """The catalogues of CODE that may be read, as paths."""
    paths = []
    for d in DIRS.get(code, [code]):
        for p in sorted(glob.glob("%s/%s/LC_MESSAGES/*.mo" % (LOCALE, d))):
            name = os.path.basename(p)[:-3]
            if not held_out(name) and not name.startswith("iso"):
                paths.append(p)
    return paths


def strings(code, english):
    """The strings of CODE once each (for English, the originals of every
    catalogue that may be read)."""
    seen = set()
    if code == "en":
        paths = [p for c in english for p in packages(c)]
    else:
        paths = packages(code)
    for p in paths:
        for src, dst in catalogue(p):
            s = src if code == "en" else dst
            if code != "en" and s == src:
                continue                     # left untranslated
            if s not in seen:
                seen.add(s)
                yield s


def trigrams(word):
    w = " " + word + " "
    return [w[i:i + 3] for i in range(len(w) - 2)]


def fnv(s):
    """64-bit FNV-1a of the UTF-8 bytes of S, never 0 (engine/language.c):
    64 bits, as a few hundred thousand trigrams and words of 32 bits
    would collide."""
    h = 14695981039346656037
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h or 1


def model(counts, size):
    """The probabilities of the SIZE commonest of COUNTS, and half that of
    the least of them."""
    total = sum(counts.values())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    if not top:
        return {}, None
    return {t: c / total for t, c in top}, top[-1][1] / total / 2


def cost(p):
    return int(round(-math.log(p) * SCALE))


def stopwords(code):
    """The stopwords of CODE, from lang/stopindex.inc (make index), whose
    masks have a bit for each language of detect_codes, in its order."""
    bit = detect_codes().index(code)
    src = open("lang/stopindex.inc", encoding="utf-8").read()
    return [w for w, m in re.findall(r'\{ "((?:[^"\\]|\\.)*)", '
                                     r'UINT64_C\((0x[0-9a-f]+)\) \}', src)
            if int(m, 16) >> bit & 1]


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def count(texts):
    """The counts of the trigrams and words (keyed by a tab before it) of
    the strings TEXTS."""
    tri, words = {}, {}
    for s in texts:
        for w in WORD.findall(s.replace("\u2019", "'")):
            w = fold(w)
            words["\t" + w] = words.get("\t" + w, 0) + 1
            for t in trigrams(w):
                tri[t] = tri.get(t, 0) + 1
    return tri, words


def prose(code):
    """The paragraphs of lang/prose/CODE.txt, if there is one."""
    path = "%s/%s.txt" % (PROSE, code)
    if not os.path.exists(path):
        return []
    text = open(path, encoding="utf-8").read()
    return [p for p in text.split("\n\n") if p.strip()]


def plus(a, b):
    """The counts A and B summed."""
    out = dict(a)
    for k, c in b.items():
        out[k] = out.get(k, 0) + c
    return out


def mix(a, b):
    """The counts A and B as one model's, B scaled to weigh as much as A
    in all (B alone where A is empty): two kinds of text, each half."""
    scale = sum(a.values()) / sum(b.values()) if a else 1
    return plus(a, {k: c * scale for k, c in b.items()})


def profile(code, english):
    """The gains of CODE's trigrams and words (a word is keyed by a tab
    before it), its floors for each, and how many trigrams it read."""
    tri, words = count(strings(code, english))
    read = sum(tri.values())
    if read < PROFILE:
        stri, swords = count(stopwords(code))
        tri, words = plus(tri, stri), plus(words, swords)
    ptri, pwords = count(prose(code))
    if ptri:
        tri, words = mix(tri, ptri), mix(words, pwords)
    probs, floor = model(tri, PROFILE)
    wprobs, wfloor = model(words, WORDS)
    return probs, wprobs, floor, wfloor, read


def main():
    codes = detect_codes()
    profiles = [profile(code, registry()) for code in codes]
    for code, p in zip(codes, profiles):
        if not p[0]:
            print("mkngrams: no text for %s: no profile" % code,
                  file=sys.stderr)
    # One floor for every language, the median of theirs.
    floor = cost(median([p[2] for p in profiles if p[0]]))
    wfloor = cost(median([p[3] for p in profiles if p[0]]))
    sizes = [p[4] for p in profiles]
    table = {}
    for i, p in enumerate(profiles):
        for probs, f in ((p[0], floor), (p[1], wfloor)):
            for t, pr in probs.items():
                g = min(MAX_GAIN, f - cost(pr))
                if g > 0:
                    table.setdefault(fnv(t), []).append((i, g, t))
    for k, entries in table.items():
        if len({t for _, _, t in entries}) > 1:
            sys.exit("mkngrams: two trigrams hash alike: change the hash")
    pairs = {k: [(i << 10) | g for i, g, _ in sorted(entries)]
             for k, entries in table.items()}
    head = ("/* Made by lang/mkngrams.py (make ngrams) from Debian's message "
            "catalogues\n * (see there): do not edit.  %d trigrams of %d "
            "languages, %d in each\n * profile, costs in 1/%d nat. */\n"
            % (len(pairs), len(codes), PROFILE, SCALE))
    head += "#define NGRAM_SCALE %d\n" % SCALE
    head += "#define NGRAM_WORDS %d\n" % WORDS
    head += "#define NGRAM_BUCKET_BITS %d\n\n" % BUCKET_BITS
    head += ("/* The languages, as lang/stopindex.inc's detect_codes had them "
             "when this\n * was made. */\n")
    head += "static const char ngram_codes[] = \"%s\";\n\n" % " ".join(codes)
    head += ("/* Trigrams read: %s. */\n"
             % " ".join("%s %d" % (c, n) for c, n in zip(codes, sizes)))
    head += ("/* What a trigram and a word outside a profile cost: the same "
             "for\n * every language, so that gains alone decide. */\n")
    head += ("#define NGRAM_FLOOR %d\n#define NGRAM_WORD_FLOOR %d\n\n"
             % (floor, wfloor))
    write(sys.stdout, head, pairs)


def write(out, head, pairs):
    """Writes HEAD, then the tables of PAIRS (hash -> its pairs), one
    record a trigram, by buckets of the hash's top BUCKET_BITS bits:
    the hash's low 32 bits, low half first, the number of its pairs and
    the pairs, each a 16-bit number, in the order of those 32 bits in
    each bucket.  A lookup reads one place of the tables: a few hundred
    bytes, where sorted keys, offsets and pairs apart took three reads
    at random of 3.4 MB, each paging in 64 KB, and the 100 lookups of a
    detection had most of the tables paged in."""
    buckets = [[] for _ in range(1 << BUCKET_BITS)]
    for k in pairs:
        buckets[k >> (64 - BUCKET_BITS)].append(k)
    rec, first = [], []
    for keys in buckets:
        first.append(len(rec))
        keys.sort(key=lambda k: k & 0xFFFFFFFF)
        for a, b in zip(keys, keys[1:]):
            if a & 0xFFFFFFFF == b & 0xFFFFFFFF:
                sys.exit("mkngrams: two trigrams hash alike: change the hash")
        for k in keys:
            rec += [k & 0xFFFF, k >> 16 & 0xFFFF, len(pairs[k])] + pairs[k]
    first.append(len(rec))
    out.write(head)
    emit(out, "uint16_t", "ngram_rec", [str(r) for r in rec], 12)
    emit(out, "uint32_t", "ngram_first", [str(f) for f in first], 10)


def read(path):
    """The head and the pairs of the tables written to PATH, in this
    layout or the one before (sorted keys, offsets and pairs apart), so
    that a new layout can be written from them without the catalogues
    they were made from (`python3 lang/mkngrams.py --relayout PATH`).
    This layout keeps of each hash its bucket and its low 32 bits only:
    it can be written again with the same BUCKET_BITS, no other."""
    src = open(path, encoding="utf-8").read()
    head = src[:src.index("/* ", src.index("#define NGRAM_WORD_FLOOR"))]
    bits = int(re.search(r"#define NGRAM_BUCKET_BITS (\d+)", head).group(1))
    head = head.replace("#define NGRAM_BUCKET_BITS %d\n" % bits,
                        "#define NGRAM_BUCKET_BITS %d\n" % BUCKET_BITS)

    def array(name):
        m = re.search(r"\b%s\[\] = \{(.*?)\};" % name, src, re.S)
        if not m:
            return None
        return [int(x, 0) for x in re.findall(r"0x[0-9a-f]+|\d+",
                                                re.sub(r"UINT64_C", "",
                                                       m.group(1)))]
    first = array("ngram_first")
    rec = array("ngram_rec")
    pairs = {}
    if rec is None:
        keys, at, pair = array("ngram_key"), array("ngram_at"), \
            array("ngram_pair")
        for j, k in enumerate(keys):
            pairs[k] = pair[at[j]:at[j + 1]]
        return head, pairs
    if bits != BUCKET_BITS:
        sys.exit("mkngrams: %s keeps only 32 bits below its %d-bit buckets: "
                 "make ngrams" % (path, bits))
    for b in range(len(first) - 1):
        i = first[b]
        while i < first[b + 1]:
            low = rec[i] | rec[i + 1] << 16
            n = rec[i + 2]
            pairs[b << (64 - BUCKET_BITS) | low] = rec[i + 3:i + 3 + n]
            i += 3 + n
    return head, pairs


def emit(out, ctype, name, items, per_line):
    comment = {
        "ngram_rec": "The trigrams' records, by buckets: low 16 bits of the "
                     "hash, the next 16,\n * the number of pairs, the pairs "
                     "(language index << 10 | gain).",
        "ngram_first": "Where the records of each top %d bits begin."
                       % BUCKET_BITS,
    }[name]
    out.write("/* %s */\nstatic const %s %s[] = {\n" % (comment, ctype, name))
    for i in range(0, len(items), per_line):
        out.write("\t" + ", ".join(items[i:i + per_line]) + ",\n")
    out.write("};\n\n")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--relayout"]:
        write(sys.stdout, *read(sys.argv[2]))
    else:
        main()
