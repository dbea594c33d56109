#!/usr/bin/python3
# markdown_eval.py - how much of a Markdown file's prose the Markdown
# reader reads, measured against cmark, CommonMark's reference
# implementation (Debian package cmark), on files it was not written
# from.  Run from the repository root:
#
#     python3 tests/markdown_eval.py [--show N] [--bin ./summarize] [FILE...]
#
# With no FILE it takes every *.md of 2 KB or more on this machine
# outside the repository, /tmp and /proc (READMEs, changelogs, manuals of
# the packages installed), one of each content.  For each file the
# reference is what cmark makes of it: the text of its paragraphs,
# headings and list items (code blocks, tables, raw HTML and images
# left out, as the reader leaves them out); ours is `summarize
# --input=markdown -f text`.  Both are compared as extract_eval.py
# compares web pages: word 4-gram shingles, precision and recall per
# file, averaged, and the F1 of the two means; --show N lists the N
# worst files.  A measurement, not a test: it checks nothing.
import argparse
import hashlib
import html.parser
import os
import re
import subprocess
import sys

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
          "dd", "dt"}
SKIP = {"pre", "table", "script", "style"}


class Prose(html.parser.HTMLParser):
    """The text of cmark's HTML, its blocks parted by newlines, code
    blocks and tables left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCKS or tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def words(text):
    return re.findall(r"\w+", text.lower())


def shingles(ws, n=4):
    if len(ws) < n:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def reference(path):
    html_text = subprocess.run(["cmark-gfm", "-e", "table", "-e",
                                "strikethrough", "-e", "autolink", path],
                               capture_output=True,
                               check=True).stdout.decode("utf-8", "replace")
    p = Prose()
    p.feed(html_text)
    p.close()
    return "".join(p.out)


def ours(binary, path):
    r = subprocess.run([binary, "--input=markdown", "-f", "text", path],
                       capture_output=True)
    return r.returncode, r.stdout.decode("utf-8", "replace")


def found_files():
    seen, files = set(), []
    for root in ("/usr", "/root", "/opt", "/home", "/var", "/etc"):
        for top, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(top, name)
                if not name.endswith(".md") or os.path.islink(path):
                    continue
                try:
                    if os.path.getsize(path) < 2048:
                        continue
                    with open(path, "rb") as f:
                        digest = hashlib.sha1(f.read()).hexdigest()
                except OSError:
                    continue
                if digest not in seen:
                    seen.add(digest)
                    files.append(path)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bin", default="./summarize")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or found_files()
    rows = []
    for path in files:
        ref = shingles(words(reference(path)))
        rc, text = ours(args.bin, path)
        got = shingles(words(text))
        if not ref:
            continue
        both = len(ref & got)
        p = both / len(got) if got else 0.0
        r = both / len(ref)
        rows.append((p, r, rc, path))
    if not rows:
        sys.exit("markdown_eval: no files")
    mp = sum(x[0] for x in rows) / len(rows)
    mr = sum(x[1] for x in rows) / len(rows)
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    failed = sum(1 for x in rows if x[2] != 0)
    print("files %d  F1 %.3f  precision %.3f  recall %.3f  failed runs %d"
          % (len(rows), f1, mp, mr, failed))
    for p, r, rc, path in sorted(rows, key=lambda x: min(x[0], x[1]))[:args.show]:
        print("  P %.2f R %.2f rc %d  %s" % (p, r, rc, path))


if __name__ == "__main__":
    main()
