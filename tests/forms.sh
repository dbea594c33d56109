#!/bin/sh
# tests/forms.sh - web pages and Markdown, end to end.
#
#   sh tests/forms.sh ./summarize            check
#   sh tests/forms.sh ./summarize --update   rewrite the golden files
#
# Golden outputs of the HTML and Markdown samples; the ways back to the
# input's bytes (json offsets, grep lines and columns, -f mark, which
# gives the input back once its markers are taken out); how a form is
# told; and awkward pages: deep nesting, unterminated comments, huge
# attributes, binary junk, each in linear time.
#
# Prints one line per failed check and ends with "forms: N passed, N
# failed"; the exit status is 1 if any failed.

if [ $# -lt 1 ]; then
	echo "usage: sh tests/forms.sh PATH-TO-SUMMARIZE [--update]" >&2
	exit 2
fi
BIN=$1
update=0
[ "${2-}" = --update ] && update=1
SUMMARIZE_WRAP=${SUMMARIZE_WRAP-}
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
setup forms

run() {
	# shellcheck disable=SC2086
	$SUMMARIZE_WRAP "$BIN" "$@"
}

capture() {
	run "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

want_same() {
	cmp -s "$1" "$2" || want "$3: $(firstdiff "$1" "$2")"
}

page=samples/ferry-service.html

# ------------------------------------------------------------------
# 1. Golden files: tests/expected/<sample>.<mode>

golden() {
	g_file=$1
	g_exp=tests/expected/$(basename "$1").$2
	shift 2
	begin "golden $g_exp"
	capture "$@" "$g_file"
	want_rc 0
	[ -s "$tmp/err" ] && want "stderr: $(show "$tmp/err")"
	if [ "$update" = 1 ]; then
		cp "$tmp/out" "$g_exp" || want "cannot write $g_exp"
	elif [ ! -f "$g_exp" ]; then
		want "$g_exp is missing (run: sh tests/forms.sh BIN --update)"
	else
		want_same "$g_exp" "$tmp/out" "output"
	fi
	verdict
}

for f in samples/*.html samples/*.md; do
	[ -f "$f" ] || continue
	golden "$f" default
	golden "$f" split --split
	golden "$f" text -f text
	golden "$f" json -f json -n 3
	golden "$f" grep -f grep -n 3
	golden "$f" mark -f mark -n 3
done

# ------------------------------------------------------------------
# 2. The way back to the input's bytes.

for f in samples/*.html samples/*.md; do
	[ -f "$f" ] || continue
	begin "mark: $f comes back once the markers are out"
	run -f mark -n 4 --mark='@@<<,>>@@' "$f" >"$tmp/marked"
	grep -q '@@<<' "$tmp/marked" || want "nothing marked"
	sed 's/@@<<//g; s/>>@@//g' "$tmp/marked" | cmp -s - "$f" ||
		want "the input did not come back"
	verdict
done

begin "mark: HTML's default marker is <mark>, one per text run"
run -f mark -n 3 "$page" >"$tmp/marked"
opens=$(grep -o '<mark>' "$tmp/marked" | wc -l)
closes=$(grep -o '</mark>' "$tmp/marked" | wc -l)
[ "$opens" -ge 3 ] || want "expected at least 3 <mark>, got $opens"
[ "$opens" = "$closes" ] || want "$opens <mark> but $closes </mark>"
# No mark spans a tag: between <mark> and </mark> there is no '<'.
grep -o '<mark>[^<]*<[^>]*>' "$tmp/marked" | grep -qv '</mark>$' &&
	want "a <mark> holds a tag"
verdict

# For each sentence of the json: the input's bytes at its offset start
# with its first word, and grep's line and column point to the same byte.
begin "json offsets and grep positions point into the page"
run -f json -n 3 "$page" >"$tmp/json"
run -f grep -n 3 "$page" >"$tmp/grep"
python3 - "$page" "$tmp/json" "$tmp/grep" <<'EOF' >"$tmp/check" 2>&1 || want "$(cat "$tmp/check")"
import html, json, sys
src = open(sys.argv[1], 'rb').read()
doc = json.load(open(sys.argv[2]))
greps = open(sys.argv[3], encoding='utf-8').read().splitlines()
assert len(doc['summary']) == 3 == len(greps), 'three sentences each'
for s, g in zip(doc['summary'], greps):
    at = html.unescape(src[s['offset']:s['offset'] + s['length']].decode())
    assert at.startswith(s['text'].split()[0]), (s['text'][:20], at[:40])
    assert at.endswith(s['text'][-1]), ('last character', at[-20:])
    line, col = int(g.split(':')[1]), int(g.split(':')[2])
    start = 0
    for _ in range(line - 1):
        start = src.index(b'\n', start) + 1
    assert start + col - 1 == s['offset'], ('grep', line, col, s['offset'])
    assert (s['line'], s['column']) == (line, col), 'json and grep agree'
EOF
verdict

# ------------------------------------------------------------------
# 3. How a form is told.

begin "an HTML page on standard input is read as HTML"
run -n 1 <"$page" >"$tmp/a"
run -n 1 "$page" >"$tmp/b"
want_same "$tmp/b" "$tmp/a" "stdin"
grep -q '<' "$tmp/a" && want "markup in the summary"
verdict

begin "--input=text reads a page as text"
run --split --input=text "$page" >"$tmp/out"
grep -q '<p>' "$tmp/out" || want "expected the markup as text"
verdict

begin "a .txt name reads as text, whatever the bytes"
cp "$page" "$tmp/page.txt"
run -f text "$tmp/page.txt" | cmp -s - "$tmp/page.txt" ||
	want "-f text of a .txt file is not the file"
verdict

begin "-f text of plain text is the text"
run -f text samples/harbor-bridge-wrapped.txt |
	cmp -s - samples/harbor-bridge-wrapped.txt || want "not the input"
verdict

begin "-f text of a page: its article, without the title or the page's furniture"
run -f text "$page" >"$tmp/out"
grep -q 'overnight ferry between the mainland' "$tmp/out" || want "article missing"
for junk in 'We use cookies' 'Subscribe' 'Related stories' 'About time' \
            'All rights reserved' 'Share on social' 'dataLayer' 'font-family'; do
	grep -q "$junk" "$tmp/out" && want "kept \"$junk\""
done
head -1 "$tmp/out" | grep -q 'Night ferry to return' && want "kept the title"
grep -q '&ldquo;\|&pound;' "$tmp/out" && want "references not decoded"
verdict

begin "the title and headings of a page are never chosen"
run --explain -r 100 "$page" >"$tmp/out"
grep -q '^Night ferry to return' "$tmp/out" && want "the title was chosen"
grep -q '^Crew and costs' "$tmp/out" && want "a heading was chosen"
verdict

# ------------------------------------------------------------------
# 4. Awkward pages: a sensible result in linear time, never a crash.

awkward() {  # NAME FILE: exits 0 within 20 s, no stderr
	begin "awkward page: $1"
	timeout 20 $SUMMARIZE_WRAP "$BIN" --input=html -n 2 "$2" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	want_rc 0
	[ -s "$tmp/err" ] && want "stderr: $(show "$tmp/err")"
	verdict
}

awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "<div>"; print "Deep text here. More deep text." }' >"$tmp/deep.html"
awkward "10^6 nested tags" "$tmp/deep.html"
grep -q 'Deep text here' "$tmp/out" || { begin "deep text read"; want "lost the text"; verdict; }

{ printf '<html><body><p>Before the comment. It is here.</p><!-- never closed'; head -c 1000000 /dev/zero | tr '\0' 'x'; } >"$tmp/comment.html"
awkward "an unterminated comment" "$tmp/comment.html"

{ printf '<html><body><p title="'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '">After the attribute. Words here.</p>'; } >"$tmp/attr.html"
awkward "a 100 MB attribute" "$tmp/attr.html"

{ printf '<html>'; head -c 3000000 /dev/urandom; } >"$tmp/junk.html"
awkward "binary junk after <html>" "$tmp/junk.html"

printf '<html><body><p>Cut off in the mid' >"$tmp/cut.html"
awkward "a truncated page" "$tmp/cut.html"
grep -q 'Cut off in the mid' "$tmp/out" || { begin "truncated text read"; want "lost the text"; verdict; }

awk 'BEGIN { for (i = 0; i < 200000; i++) printf "<p>Para %d <b>bold <i>italic</p></b> text &amp; more &#x263a; &bogus; &", i; }' >"$tmp/soup.html"
awkward "tag soup, 200,000 paragraphs" "$tmp/soup.html"

finish forms
