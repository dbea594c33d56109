#!/usr/bin/python3
# fuzz_cli.py - the whole command, run on damaged inputs with random
# options, checked for what a user would notice.
#
#     python3 tests/fuzz_cli.py BIN [SECONDS [SEED]]
#
# BIN is a build of summarize, best under AddressSanitizer and UBSan
# (`make fuzz-cli` builds tests/summarize-asan and runs this).  For
# SECONDS (default 60) it makes cases from a fixed SEED (default 1): one
# to three of samples/ damaged (bytes inserted, cut, doubled, spliced;
# BOMs, NULs, CRLF, quoted-reply and heading markers, tags, entities,
# invalid and overlong UTF-8, surrogates, a long word; some re-encoded as
# UTF-16 or Latin-1), given as files, on standard input, as a directory
# (-R, with a symbolic link loop and a FIFO at times) or as a record
# stream (--records), with up to five options drawn from --help (--lang
# any language of --lang=list, or auto or none).  Each run must:
#   - exit 0, or 1 with "summarize: PATH: reason" when a missing path
#     was given on purpose, within TIMEOUT seconds;
#   - print no sanitizer report;
#   - write output of its form: for -f json and --records=jsonl valid
#     UTF-8 (the others pass invalid bytes through, as the manual says),
#     one JSON object a line (with "summary" for --records); one record
#     out for each record in, for --records; for -f mark, the input byte
#     for byte once its markers are taken out; for -f grep and tsv, their
#     fields on every line; no more lines than -n asks;
#   - leave every input as it was;
#   - and, for one run in eight, print the same with -j 1 and -j 3.
# The libFuzzer targets (tests/fuzz_*.c) search each reader far deeper;
# this finds what only the command's own paths do: options, threads,
# several files, the writers.
#
# A failing case is kept in a directory of its own (its inputs and the
# command line in CMD), named on stderr.  Prints "fuzz_cli: N runs,
# F failed"; exit status 1 if any failed, 2 on a usage error.
import hashlib
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20
SANITIZER_MARKS = (b"Sanitizer", b"runtime error:")
TOKENS = [
    b"\xef\xbb\xbf", b"\x00", b"\r\n", b"\r", b"\n\n", b"\n> ", b"\n>> ",
    b"\n# ", b"\n## ", b"\n* ", b"\n1. ", b"\n```\n", b"\n    ", b"\t",
    b"|", b"\n---\n", b"<p>", b"</p>", b"<div>", b"</div>", b"<script>",
    b"<!--", b"-->", b"<title>", b"<br>", b"<pre>", b"&amp;", b"&#x1F600;",
    b"&nbsp;", b'<meta charset="shift_jis">', b"<meta charset=utf-16>",
    b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
    b"\xe3\x80\x82", b"\xd8\x9f", b". ", b"? ", b"Dr. ", b"z. B. ",
    b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xc2\xab", b"\x1b[31m", b"\x0c",
    b"http://example.com/a_b?c=d ", b"W\nA\nRN\nI\nNG\n",
]


def damage(rng, data, corpus):
    """DATA with a few random changes."""
    data = bytearray(data)
    for _ in range(rng.randint(0, 6)):
        pos = rng.randint(0, len(data))
        what = rng.randrange(7)
        if what <= 2:
            data[pos:pos] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 30))
        elif what == 3 and data:
            end = min(len(data), pos + rng.randint(1, 400))
            del data[pos:end]
        elif what == 4 and data:
            end = min(len(data), pos + rng.randint(1, 400))
            data[pos:pos] = data[pos:end] * rng.randint(1, 5)
        elif what == 5:
            other = rng.choice(corpus)
            start = rng.randint(0, len(other))
            data[pos:pos] = other[start:start + rng.randint(1, 2000)]
        else:
            data[pos:pos] = b"x" * rng.choice((70, 300, 5000))
    if rng.random() < 0.05:
        data = data[:rng.randint(0, len(data))]
    return bytes(data)


def reencode(rng, data):
    """DATA as it is, or for one case in five in UTF-16 or Latin-1."""
    r = rng.random()
    if r >= 0.2:
        return data
    text = data.decode("utf-8", "surrogateescape")
    text = "".join(c if not 0xDC80 <= ord(c) <= 0xDCFF else "\ufffd"
                   for c in text)
    if r < 0.06:
        return b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass")
    if r < 0.12:
        return b"\xfe\xff" + text.encode("utf-16-be", "surrogatepass")
    if r < 0.15:
        return text.encode("utf-16-le", "surrogatepass")
    return text.encode("latin-1", "replace")


def options(rng, stopfile, outdir, langs):
    """Up to five options from --help, --lang among LANGS."""
    pool = [
        lambda: ["-n", str(rng.choice((1, 2, 3, 5, 40)))],
        lambda: ["-r", str(rng.randint(1, 100))],
        lambda: ["-w", str(rng.choice((1, 10, 60, 1000)))],
        lambda: ["-c", str(rng.choice((1, 80, 400)))],
        lambda: ["-k", str(rng.choice((1, 3, 20)))],
        lambda: ["-f", rng.choice(("plain", "json", "tsv", "grep", "text"))],
        lambda: ["-f", "mark"] + (["--mark=[[,]]"] if rng.random() < 0.7
                                  else []),
        lambda: ["--order=" + rng.choice(("rank", "text"))],
        lambda: ["--no-lead"],
        lambda: ["--explain"],
        lambda: ["--mark=[[,]]"],
        lambda: ["--color=" + rng.choice(("always", "never", "auto"))],
        lambda: ["--label=std in"],
        lambda: ["--lang=" + rng.choice(langs)],
        lambda: ["--stopwords=" + stopfile],
        lambda: ["--input=" + rng.choice(("auto", "text", "markdown",
                                          "html"))],
        lambda: ["-s"],
        lambda: [rng.choice(("-H", "-q"))],
        lambda: ["-j", str(rng.choice((1, 2, 3)))],
        lambda: ["-o", outdir],
    ]
    opts = []
    for _ in range(rng.randint(0, 5)):
        opts += rng.choice(pool)()
    return opts


def valid_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Case:
    """One run: its directory, inputs, command and standard input."""

    def __init__(self, rng, corpus, langs, top):
        self.dir = tempfile.mkdtemp(dir=top)
        self.inputs = []
        stopfile = self.write("stop.txt", damage(rng, b"the\nof\nund\nle\n",
                                                 corpus))
        self.outdir = os.path.join(self.dir, "out")
        opts = options(rng, stopfile, self.outdir, langs)
        docs = [reencode(rng, damage(rng, rng.choice(corpus), corpus))
                for _ in range(rng.randint(1, 3))]
        self.stdin = b""
        self.records = None
        self.missing = None
        self.alone = None                # the one document given, if so
        how = rng.random()
        if how < 0.2:
            mode = rng.choice(("lines", "nul", "jsonl"))
            self.records = (mode, self.make_records(rng, mode, docs))
            opts = drop_values(opts, ("-f",)) + ["--records=" + mode]
            if rng.random() < 0.5:
                self.stdin = self.records[1]
                args = []
            else:
                args = [self.write("stream", self.records[1])]
        elif how < 0.35:
            tree = os.path.join(self.dir, "tree")
            os.makedirs(os.path.join(tree, "sub"))
            for i, d in enumerate(docs):
                sub = "sub" if i % 2 else ""
                self.write(os.path.join("tree", sub, "doc%d.txt" % i), d)
            if rng.random() < 0.3:         # skipped, each with a note
                os.symlink("..", os.path.join(tree, "sub", "loop"))
                os.mkfifo(os.path.join(tree, "fifo"))
            opts += ["-R"] + (["--binary"] if rng.random() < 0.3 else [])
            args = [tree]
        elif how < 0.5:
            self.stdin = self.alone = docs[0]
            args = [] if rng.random() < 0.5 else ["-"]
        else:
            ext = rng.choice((".txt", ".md", ".html", ""))
            args = [self.write("doc%d%s" % (i, ext), d)
                    for i, d in enumerate(docs)]
            self.alone = docs[0] if len(docs) == 1 else None
        if not args or "-" in args:
            opts = drop_values(opts, ("-o",))  # (standard input has no name)
        if rng.random() < 0.05 and self.records is None:
            self.missing = os.path.join(self.dir, "no such file")
            args.append(self.missing)
            self.alone = None
        self.argv = opts + args

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data)
        self.inputs.append(path)
        return path

    @staticmethod
    def make_records(rng, mode, docs):
        """DOCS as a record stream of MODE: each document's lines are
        records, or (jsonl) objects with "text"; one in ten a UTF-16
        stream."""
        lines = [ln for d in docs for ln in d.split(b"\n")]
        if mode == "jsonl":
            return b"".join(json.dumps({"text": ln.decode("utf-8", "replace"),
                                        "id": i}).encode() + b"\n"
                            for i, ln in enumerate(lines))
        sep = b"\n" if mode == "lines" else b"\0"
        stream = sep.join(ln.replace(sep, b" ") for ln in lines) + sep
        if rng.random() < 0.1:
            text = stream.decode("utf-8", "replace")
            return b"\xff\xfe" + text.encode("utf-16-le")
        return stream


def drop_values(opts, names):
    """OPTS without the options NAMES and the value after each."""
    out, skip = [], False
    for o in opts:
        if skip:
            skip = False
        elif o in names:
            skip = True
        else:
            out.append(o)
    return out


def record_count(mode, stream):
    """How many records --records=MODE reads in STREAM."""
    if stream.startswith((b"\xff\xfe", b"\xfe\xff")):
        stream = stream.decode("utf-16", "replace").encode("utf-8")
    sep = b"\0" if mode == "nul" else b"\n"
    n = stream.count(sep)
    return n + (1 if stream and not stream.endswith(sep) else 0)


def run(bin_, case, extra=()):
    argv = [bin_] + list(extra) + case.argv
    # (use_sigaltstack=0: see the Makefile's asan.)
    env = dict(os.environ,
               ASAN_OPTIONS="detect_leaks=1:use_sigaltstack=0",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1",
               LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    try:
        p = subprocess.run(argv, input=case.stdin, capture_output=True,
                           timeout=TIMEOUT, env=env, cwd=case.dir)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out"
    return p.returncode, p.stdout, p.stderr


def check(bin_, case, rng):
    """What is wrong with CASE's run, or None."""
    before = {p: digest(p) for p in case.inputs}
    rc, out, err = run(bin_, case)
    if rc is None:
        return "no exit within %d s" % TIMEOUT
    if any(m in err for m in SANITIZER_MARKS):
        return "sanitizer report:\n" + err.decode("utf-8", "replace")
    if case.missing:
        if rc != 1 or ("summarize: %s:" % case.missing).encode() not in err:
            return "missing file: exit %s, stderr %r" % (rc, err[:300])
    elif rc != 0:
        return "exit %s: %r" % (rc, err[:300])
    for p, h in before.items():
        if digest(p) != h:
            return "input changed: " + p
    if "-o" in case.argv:
        return None                     # the output is in files
    fmt = fmt_of(case.argv)
    if (fmt == "json" or (case.records and case.records[0] == "jsonl")) \
            and not valid_utf8(out):
        return "JSON output is not UTF-8"
    if case.records:
        mode, stream = case.records
        sep = b"\0" if mode == "nul" else b"\n"
        got, want = out.count(sep), record_count(mode, stream)
        if got != want:
            return "%d records in, %d out" % (want, got)
        if mode == "jsonl":
            for ln in out.splitlines():
                if "summary" not in json.loads(ln):
                    return "a record without \"summary\""
    elif fmt == "json":
        for ln in out.splitlines():
            json.loads(ln)
    elif fmt == "mark" and not mark_gives_back(case, out):
        return "-f mark without its markers is not the input"
    elif fmt in LINE_FORMS and "-k" not in case.argv and \
            "--explain" not in case.argv:
        for ln in out.split(b"\n"):
            if ln and not ln.startswith(b"==> ") and \
                    not LINE_FORMS[fmt].match(ln):
                return "a line not of -f %s: %r" % (fmt, ln[:200])
    asked = sentences_asked(case)
    if fmt in ("plain", "tsv", "grep") and asked and out.count(b"\n") > asked:
        return "more lines than -n asked"
    if rng.random() < 0.125 and "-j" not in case.argv:
        one, three = run(bin_, case, ["-j", "1"]), run(bin_, case, ["-j", "3"])
        if one[1] != three[1] or one[0] != three[0]:
            return "-j 1 and -j 3 differ"
    return None


# A sentence's line: grep's FILE:LINE:COLUMN: and tsv's rank, score and
# line, each with its sentence after it.
LINE_FORMS = {"grep": re.compile(rb"^.*:[1-9][0-9]*:[1-9][0-9]*:"),
              "tsv": re.compile(rb"^[1-9][0-9]*\t[0-9][0-9.e+-]*\t"
                                rb"[1-9][0-9]*\t")}


def sentences_asked(case):
    """The -n of CASE when its output has one line a sentence and one
    document (else 0): no headers, notes or terms in between."""
    argv, n = case.argv, 0
    if case.alone is None or \
            any(a in argv for a in ("-H", "-k", "-s", "--explain")):
        return 0
    for i, a in enumerate(argv[:-1]):
        if a == "-n":
            n = int(argv[i + 1])
    return n


MARKS = [m.encode(code) for m in ("[[", "]]")
         for code in ("utf-8", "utf-16-le", "utf-16-be")]


def mark_gives_back(case, out):
    """Whether -f mark's OUT, its markers taken out, is CASE's one input
    byte for byte (or the case does not tell: several inputs, markers
    in the input, colour or keywords in place of the markers)."""
    argv, data = case.argv, case.alone
    if data is None or "--mark=[[,]]" not in argv or \
            "--color=always" in argv or "-H" in argv or "-k" in argv:
        return True
    if any(m in data for m in MARKS):
        return True
    for m in MARKS:
        out = out.replace(m, b"")
    return out == data


def fmt_of(argv):
    """The output's form: -f's, but plain for -s."""
    fmt = "plain"
    if "-s" in argv:
        return fmt
    for i, a in enumerate(argv):
        if a == "-f" and i + 1 < len(argv):
            fmt = argv[i + 1]
    return fmt


def main():
    if len(sys.argv) < 2 or len(sys.argv) > 4:
        print("usage: python3 tests/fuzz_cli.py BIN [SECONDS [SEED]]",
              file=sys.stderr)
        return 2
    bin_ = os.path.abspath(sys.argv[1])
    secs = float(sys.argv[2]) if len(sys.argv) > 2 else 60
    rng = random.Random(sys.argv[3] if len(sys.argv) > 3 else 1)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    sdir = os.path.join(root, "samples")
    corpus = []
    for name in sorted(os.listdir(sdir)):
        with open(os.path.join(sdir, name), "rb") as f:
            corpus.append(f.read())
    listed = subprocess.run([bin_, "--lang=list"], capture_output=True,
                            check=True).stdout.decode()
    langs = ["auto", "none"] + [ln.split("\t")[0] for ln in listed.splitlines()]
    top = tempfile.mkdtemp(prefix="summarize-fuzz-cli.")
    runs = failed = 0
    end = time.monotonic() + secs
    while time.monotonic() < end:
        case = Case(rng, corpus, langs, top)
        why = check(bin_, case, rng)
        runs += 1
        if why:
            failed += 1
            with open(os.path.join(case.dir, "CMD"), "w") as f:
                f.write(" ".join(shlex.quote(a) for a in case.argv) + "\n")
            print("fuzz_cli: %s (kept in %s: cd there; %s $(cat CMD))"
                  % (why, case.dir, bin_), file=sys.stderr)
        else:
            shutil.rmtree(case.dir)
    print("fuzz_cli: %d runs, %d failed" % (runs, failed))
    if not failed:
        shutil.rmtree(top)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
