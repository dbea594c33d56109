#!/usr/bin/python3
# Regenerates the stemmer fixtures tests/stem/CODE.txt: "word<TAB>stem" lines,
# each stem from the reference Snowball stemmer (Debian's python3-snowballstemmer),
# for words of the language from Debian packages:
#   plain word lists (/usr/share/dict: wngerman, wfrench, wspanish, witalian,
#   wportuguese, wdutch, wswedish, wdanish, wnorwegian, wcatalan, wirish),
#   hunspell dictionaries expanded with unmunch (hunspell-ar, -el, -hi, -hu,
#   -ne, -ro, -ru, -tr, myspell-hy; hunspell-tools), the word list of a
#   tesseract language (tesseract-ocr-yid, read out with tesseract-ocr's
#   combine_tessdata and dawg2wordlist), and the translations in the message
#   catalogues (.mo) installed under /usr/share/locale.
# Run from the repository root:  /usr/bin/python3 tests/gen_stem_fixtures.py [CODE...]
# At most MAX words a language, spread evenly over the sorted vocabulary, so
# that a fixture is deterministic for the same packages.  English keeps its own
# fixture (tests/stem_vocab.txt, tests/gen_stem_vocab.py).
import glob, os, struct, subprocess, sys, tempfile, unicodedata
import snowballstemmer

MAX = 12000
DICT = "/usr/share/dict/"
# Languages of another script, where a word in Latin letters is a borrowing.
NON_LATIN = {"ar", "el", "hi", "hy", "ne", "ru", "ta", "yi"}
HUN = "/usr/share/hunspell/"
TESS = "/usr/share/tesseract-ocr/5/tessdata/"
SOURCES = {
    "da": ("danish", [("dict", "danish")]),
    "de": ("german", [("dict", "ngerman")]),
    "nl": ("dutch", [("dict", "dutch")]),
    "sv": ("swedish", [("dict", "swedish")]),
    "no": ("norwegian", [("dict", "bokmaal")]),
    "fr": ("french", [("dict", "french")]),
    "es": ("spanish", [("dict", "spanish")]),
    "it": ("italian", [("dict", "italian")]),
    "pt": ("portuguese", [("dict", "portuguese")]),
    "ca": ("catalan", [("dict", "catalan")]),
    "ga": ("irish", [("dict", "irish")]),
    "ro": ("romanian", [("hunspell", "ro_RO")]),
    "ru": ("russian", [("hunspell", "ru_RU")]),
    "el": ("greek", [("hunspell", "el_GR"), ("mo", "el")]),
    "hu": ("hungarian", [("hunspell", "hu_HU")]),
    "tr": ("turkish", [("hunspell", "tr_TR")]),
    "ar": ("arabic", [("hunspell", "ar")]),
    "hi": ("hindi", [("hunspell", "hi_IN"), ("mo", "hi")]),
    "fi": ("finnish", [("mo", "fi")]),
    "eu": ("basque", [("mo", "eu")]),
    "id": ("indonesian", [("mo", "id")]),
    "ms": ("indonesian", [("mo", "ms")]),   # Malay: Indonesian's stemmer
    "lt": ("lithuanian", [("mo", "lt")]),
    "ne": ("nepali", [("hunspell", "ne_NP"), ("mo", "ne")]),
    "sr": ("serbian", [("mo", "sr")]),
    "hy": ("armenian", [("hunspell", "hy_AM"), ("mo", "hy")]),
    "ta": ("tamil", [("mo", "ta")]),
    "yi": ("yiddish", [("tesseract", "yid"), ("mo", "yi")]),
}



def is_letter(c):
    # Letters and the marks that go with them (Devanagari vowel signs are
    # marks, which str.isalpha() refuses).
    return unicodedata.category(c)[0] in "LM"


def words_of(s):
    word = []
    for c in s + " ":
        if is_letter(c):
            word.append(c)
        elif word:
            yield "".join(word)
            word = []


def plain(name):
    with open(DICT + name, encoding="utf-8", errors="replace") as f:
        return [line.strip() for line in f]


def hunspell(name):
    charset = "utf-8"
    with open(HUN + name + ".aff", encoding="latin-1") as f:
        for line in f:
            if line.startswith("SET "):
                charset = line.split()[1].replace("ISO8859", "iso8859")
                break
    out = subprocess.run(["unmunch", HUN + name + ".dic", HUN + name + ".aff"],
                         capture_output=True).stdout
    words = out.decode(charset, "replace").split("\n")
    with open(HUN + name + ".dic", encoding=charset, errors="replace") as f:
        words += [line.split("/")[0].strip() for line in f][1:]
    return words


def tesseract(name):
    # The words of a tesseract language's dictionary (its LSTM word DAWG).
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, name + ".")
        subprocess.run(["combine_tessdata", "-u", TESS + name + ".traineddata",
                        prefix], capture_output=True, check=True)
        out = os.path.join(tmp, "words.txt")
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset",
                        prefix + "lstm-word-dawg", out],
                       capture_output=True, check=True)
        with open(out, encoding="utf-8", errors="replace") as f:
            return [line.strip() for line in f]


def catalogue_strings(path):
    # The translated strings of a GNU .mo file (see gettext's format).
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    e = "<" if magic == 0x950412DE else ">"
    n, _, trans = struct.unpack(e + "3I", data[8:20])
    for i in range(n):
        length, off = struct.unpack(e + "2I", data[trans + 8 * i:trans + 8 * i + 8])
        yield data[off:off + length].decode("utf-8", "replace")


def english():
    with open(DICT + "american-english", encoding="utf-8") as f:
        return {line.strip().lower() for line in f}


def catalogues(code):
    # Programs leave names and terms untranslated: English words go.
    known = english()
    words = []
    for path in sorted(glob.glob("/usr/share/locale/%s/LC_MESSAGES/*.mo" % code)):
        for s in catalogue_strings(path):
            words += [w for w in words_of(s) if w.lower() not in known]
    return words


def vocabulary(code, sources):
    words = []
    for kind, name in sources:
        words += {"dict": plain, "hunspell": hunspell, "tesseract": tesseract,
                  "mo": catalogues}[kind](name)
    vocab = sorted({w.lower() for w in words
                    if len(w) > 1 and all(is_letter(c) for c in w) and
                    (code not in NON_LATIN or
                     not all(c < "\u0250" for c in w))})
    if len(vocab) > MAX:
        step = len(vocab) / MAX
        vocab = [vocab[int(i * step)] for i in range(MAX)]
    return vocab


# Romanian is written today with s and t comma below; the 2.2.0 algorithm
# knows the cedilla forms, which spell the same letters: our stemmer reads
# the one as the other, and the reference is given the word so read.
READ_AS = {"ro": lambda w: w.replace("\u0219", "\u015f").replace("\u021b", "\u0163")}


def main(codes):
    os.makedirs("tests/stem", exist_ok=True)
    for code in codes or sorted(SOURCES):
        algorithm, sources = SOURCES[code]
        stem = snowballstemmer.stemmer(algorithm).stemWord
        vocab = vocabulary(code, sources)
        with open("tests/stem/%s.txt" % code, "w", encoding="utf-8") as f:
            for w in vocab:
                f.write(w + "\t" + stem(READ_AS.get(code, lambda x: x)(w)) + "\n")
        print(code, len(vocab), file=sys.stderr)


main(sys.argv[1:])
