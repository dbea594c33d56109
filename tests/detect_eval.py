#!/usr/bin/python3
# detect_eval.py - how often detection names the right language, on text
# it was not built from.  Run from the repository root after
# `make tests/detect`:
#
#     python3 tests/detect_eval.py [--source mo|man|both] [-v] [CODE...]
#
# Two sources, both of Debian's packages installed here:
#   mo   the message catalogues of the packages lang/mkngrams.py holds out
#        (CRC-32 of the name 0 modulo 5), never read into the profiles,
#        but for iso-codes' lists of names (iso_*), which are not prose;
#   man  the translated manual pages, /usr/share/man/LOCALE/, which the
#        profiles never read (the maintainers keep them for checking),
#        their headings apart, but for the paragraphs left in English
#        (rendered pages are kept in CACHE).
# From each it makes, per language, up to MAX texts of two lengths:
# short, one or two sentences (60-200 characters), and long (300-600),
# spread evenly over the material in a fixed order.  It prints each
# language's accuracy on both, what the misses were taken for (-v: the
# texts too), and the totals over the languages measured.  A language
# with no material here is left out and named.
#
#     python3 tests/detect_eval.py --foreign [CODE...]
#
# measures the languages not built in instead (by default every
# catalogue directory of two or three letters that no language here
# reads): texts of 1,500-3,000 characters of all their catalogues, and
# how many of them are read as no language ("none"), as a text with too
# few function words of any language here should be, and what the rest
# were taken for.  A language close to one here shares its function
# words and is read as it (Asturian as Spanish).
import glob
import gzip
import os
import re
import subprocess
import sys
import zlib

sys.path.insert(0, "lang")
import mkngrams                                   # noqa: E402

MAX = 200
SHORT = (60, 200)
LONG = (300, 600)
CACHE = "/tmp/detect_eval_man"
MAN_DIRS = {"no": ["nb"], "pt": ["pt", "pt_BR"], "zh": ["zh_CN", "zh_TW"]}
FORMAT = re.compile(r"%(\([a-z_]+\))?[-+ #0-9.*]*[a-zA-Z]|\{[^}]*\}|<[^>]*>"
                    r"|\$\{?\w+\}?|[_&](?=\w)")


def clean(s):
    """S without the programmer's parts: formats, markup, accelerators."""
    s = FORMAT.sub(" ", s.replace("\\n", " "))
    return re.sub(r"\s+", " ", s).strip()


def is_prose(s):
    letters = sum(c.isalpha() for c in s)
    return letters >= 0.6 * len(s)


def mo_pieces(code):
    """The translated strings of CODE's held-out catalogues, in order."""
    english = mkngrams.registry()
    dirs = mkngrams.DIRS.get(code, [code])
    if code == "en":
        dirs = [d for c in english for d in mkngrams.DIRS.get(c, [c])]
    seen = set()
    for d in dirs:
        for p in sorted(glob.glob("%s/%s/LC_MESSAGES/*.mo" %
                                  (mkngrams.LOCALE, d))):
            name = os.path.basename(p)[:-3]
            if not mkngrams.held_out(name) or name.startswith("iso"):
                continue                # read, or lists of names
            for src, dst in mkngrams.catalogue(p):
                s = clean(src if code == "en" else dst)
                if (code == "en" or dst != src) and s not in seen:
                    seen.add(s)
                    yield s


def rendered(path):
    """The text of the manual page PATH (kept in CACHE: man is slow)."""
    cached = os.path.join(CACHE, path.replace("/", "_") + ".txt")
    if os.path.exists(cached):
        return open(cached, encoding="utf-8").read()
    env = dict(os.environ, MANWIDTH="2000", LC_ALL="C.UTF-8")
    out = subprocess.run(["man", "-l", path], capture_output=True,
                         env=env).stdout.decode("utf-8", "replace")
    out = re.sub(r".\x08", "", out)
    os.makedirs(CACHE, exist_ok=True)
    with open(cached, "w", encoding="utf-8") as f:
        f.write(out)
    return out


def paragraphs(path):
    """The paragraphs of the manual page PATH: its headings (the lines
    not indented) apart, as they are translated when the text is not."""
    for para in re.split(r"\n\s*\n", rendered(path)):
        body = [ln for ln in para.split("\n") if ln[:1].isspace()]
        s = re.sub(r"\s+", " ", " ".join(body)).strip()
        if s and not s.startswith("-") and is_prose(s):
            yield s


def man_pieces(code):
    """The paragraphs of CODE's translated manual pages, in order, but
    for those the English page of the same name has too: a translation
    often leaves some of the original as it was."""
    if code == "en":
        return
    for d in MAN_DIRS.get(code, [code]):
        for p in sorted(glob.glob("/usr/share/man/%s/man*/*" % d)):
            original = p.replace("/%s/" % d, "/", 1)
            english = set(paragraphs(original)) if os.path.exists(
                original) else set()
            for s in paragraphs(p):
                if s not in english:
                    yield s


def texts(pieces, lo, hi):
    """Texts of LO to HI characters: single pieces that fit, or pieces
    joined in order until they reach LO (cut at a space before HI)."""
    out, cur = [], ""
    for s in pieces:
        if not is_prose(s):
            continue
        if lo <= len(s) <= hi:
            out.append(s)
            continue
        cur = (cur + " " + s).strip()
        if len(cur) >= lo:
            cut = cur[:hi].rsplit(" ", 1)[0] if len(cur) > hi else cur
            if len(cut) >= lo:
                out.append(cut)
            cur = ""
    return out


def spread(xs, n):
    if len(xs) <= n:
        return xs
    step = len(xs) / n
    return [xs[int(i * step)] for i in range(n)]


FOREIGN = (1500, 3000)


def foreign_pieces(code):
    """The translated strings of all of CODE's catalogues, in order."""
    seen = set()
    for p in sorted(glob.glob("%s/%s/LC_MESSAGES/*.mo" %
                              (mkngrams.LOCALE, code))):
        if os.path.basename(p).startswith("iso"):
            continue
        for src, dst in mkngrams.catalogue(p):
            s = clean(dst)
            if dst != src and s not in seen:
                seen.add(s)
                yield s


def foreign(codes):
    """Prints how the texts of each of CODES were read."""
    if not codes:
        read = set(mkngrams.registry()) | {"nn"}     # Norwegian's other
        for code in mkngrams.registry():
            read.update(mkngrams.DIRS.get(code, [code]))
        codes = sorted(d for d in os.listdir(mkngrams.LOCALE)
                       if re.fullmatch(r"[a-z]{2,3}", d) and d not in read)
    print("languages not built in: texts of %d-%d characters of their "
          "catalogues, read as none" % FOREIGN)
    total = [0, 0]
    for code in codes:
        batch = spread(texts(list(foreign_pieces(code)), *FOREIGN), MAX)
        if not batch:
            continue
        got = detect(batch)
        taken = {}
        for g in got:
            taken[g] = taken.get(g, 0) + 1
        none = taken.pop("none", 0)
        total[0] += none
        total[1] += len(got)
        rest = " ".join("%s:%d" % kv for kv in
                        sorted(taken.items(), key=lambda kv: -kv[1])[:4])
        print("  %-4s %5.1f%% of %3d  %s" % (code, 100 * none / len(got),
                                            len(got), rest))
    if total[1]:
        print("  all: %.2f%% of %d" % (100 * total[0] / total[1], total[1]))


def detect(batch):
    data = b"\0".join(t.encode("utf-8") for t in batch)
    out = subprocess.run(["tests/detect"], input=data, capture_output=True,
                         check=True).stdout.decode()
    return out.split()


def main(argv):
    verbose = "-v" in argv
    source = "both"
    if "--source" in argv:
        i = argv.index("--source")
        source = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    codes = [a for a in argv if re.fullmatch(r"[a-z]{2,3}", a)]
    if "--foreign" in argv:
        foreign(codes)
        return
    codes = codes or mkngrams.registry()
    sources = ["mo", "man"] if source == "both" else [source]
    total = {}
    for src in sources:
        print("%s: %s" % (src, {"mo": "held-out message catalogues",
                                "man": "translated manual pages"}[src]))
        none = []
        for code in codes:
            pieces = list((mo_pieces if src == "mo" else man_pieces)(code))
            row = []
            for kind, (lo, hi) in (("short", SHORT), ("long", LONG)):
                batch = spread(texts(pieces, lo, hi), MAX)
                if not batch:
                    row.append(None)
                    continue
                got = detect(batch)
                right = sum(g == code for g in got)
                t = total.setdefault((src, kind), [0, 0])
                t[0] += right
                t[1] += len(batch)
                wrong = {}
                for g, text in zip(got, batch):
                    if g != code:
                        wrong[g] = wrong.get(g, 0) + 1
                        if verbose:
                            print("    %s %s -> %s: %s" % (code, kind, g,
                                                          text[:100]))
                row.append((right, len(batch), wrong))
            if row == [None, None]:
                none.append(code)
                continue
            cells = []
            for r in row:
                if r is None:
                    cells.append("%-34s" % "-")
                    continue
                right, n, wrong = r
                miss = " ".join("%s:%d" % kv for kv in
                                sorted(wrong.items(), key=lambda kv: -kv[1]))
                cells.append("%5.1f%% of %3d %-18s" % (100 * right / n, n,
                                                       miss[:18]))
            print("  %s  short %s  long %s" % (code, cells[0], cells[1]))
        if none:
            print("  no material: %s" % " ".join(none))
        for kind in ("short", "long"):
            right, n = total.get((src, kind), (0, 0))
            if n:
                print("  all %s: %.2f%% of %d" % (kind, 100 * right / n, n))


if __name__ == "__main__":
    main(sys.argv[1:])
