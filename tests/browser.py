#!/usr/bin/python3
"""browser.py - whether `summarize -f mark` writes web pages that a real
browser reads as the same page with the summary highlighted.

Usage: browser.py SUMMARIZE CHROMIUM PAGE...

For each PAGE, headless Chromium loads the page and its marked copy
and dumps the DOM
of each.  The test then checks, through those DOMs:
  - the marked page has the same elements, in the same order, and the same
    text as the page, once its <mark> elements are taken out (the marks
    broke nothing: no element was closed early, moved or copied);
  - every sentence that `summarize -f json` chose is inside <mark>
    elements, and the marks hold nothing else.
Exits 1 on the first failure, naming the page and what differed.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile


class Dom(html.parser.HTMLParser):
    """The elements of a dumped DOM, in order, and its text: all of it,
    and the part inside <mark> elements, as a list of runs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.marked = [], [], []
        self.depth = 0          # inside <mark>
        self.skip = 0           # inside <script>, <style> or <head>

    def handle_starttag(self, tag, attrs):
        if tag == 'mark':
            self.depth += 1
            self.marked.append('')
            return
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag == 'mark':
            self.depth -= 1
            return
        if tag in ('script', 'style', 'head'):
            self.skip -= 1
        self.tags.append('/' + tag)

    def handle_data(self, data):
        if self.skip:
            return
        self.text.append(data)
        if self.depth:
            self.marked[-1] += data


def parse(dom):
    d = Dom()
    d.feed(dom)
    d.close()
    return d


def squeeze(s):
    """S without white space: marks skip the blanks between runs."""
    return re.sub(r'\s+', '', s)


def dump_dom(chromium, path, profile):
    out = subprocess.run(
        [chromium, '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=' + profile,
         '--dump-dom', 'file://' + os.path.abspath(path)],
        capture_output=True, timeout=120)
    if out.returncode != 0 or not out.stdout:
        sys.exit('browser: %s: chromium failed: %s'
                 % (path, out.stderr.decode(errors='replace')[-500:]))
    return out.stdout.decode('utf-8', 'replace')


def check_page(summarize, chromium, page, work):
    chosen = json.loads(subprocess.run(
        [summarize, '-f', 'json', '-n', '3', page], capture_output=True,
        check=True).stdout)['summary']
    marked = os.path.join(work, 'marked-' + os.path.basename(page))
    with open(marked, 'wb') as f:
        f.write(subprocess.run([summarize, '-f', 'mark', '-n', '3', page],
                               capture_output=True, check=True).stdout)
    before = parse(dump_dom(chromium, page, os.path.join(work, 'profile')))
    after = parse(dump_dom(chromium, marked, os.path.join(work, 'profile')))

    fail = []
    if before.tags != after.tags:
        i = next(i for i, (a, b) in enumerate(zip(before.tags + [None],
                                                   after.tags + [None]))
                 if a != b)
        fail.append('elements differ at %d: %s then %s'
                    % (i, before.tags[max(0, i - 3):i + 3],
                       after.tags[max(0, i - 3):i + 3]))
    if ''.join(before.text) != ''.join(after.text):
        fail.append('the text differs')
    if not chosen:
        fail.append('no sentence chosen')
    marks = squeeze(''.join(after.marked))
    for s in chosen:
        if squeeze(s['text']) not in marks:
            fail.append('not marked: %r' % s['text'])
    rest = marks
    for s in sorted(chosen, key=lambda s: s['offset']):
        rest = rest.replace(squeeze(s['text']), '', 1)
    if rest:
        fail.append('marked but not chosen: %r' % rest[:200])
    return fail


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    summarize, chromium, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    status = 0
    with tempfile.TemporaryDirectory() as work:
        for page in pages:
            fail = check_page(summarize, chromium, page, work)
            for f in fail:
                print('FAIL %s: %s' % (page, f))
            if fail:
                status = 1
            else:
                print('ok   %s' % page)
    sys.exit(status)


if __name__ == '__main__':
    main()
