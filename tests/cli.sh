#!/bin/sh
# tests/cli.sh - end-to-end tests of the summarize command line.
#
#   sh tests/cli.sh ./summarize            run every check
#   sh tests/cli.sh ./summarize --update   rewrite tests/expected/ from the
#                                          current binary, then run the rest
#
# SUMMARIZE_WRAP, when set, prefixes every invocation of the tool, e.g.
#   SUMMARIZE_WRAP="valgrind -q --error-exitcode=1" sh tests/cli.sh ./summarize
#
# Prints one line per failed check (what was expected, what came) and ends
# with "cli: N passed, N failed"; the exit status is 1 if any check failed.
# POSIX sh; needs awk, cmp, tr, wc, timeout, and python3 for the JSON checks.

if [ $# -lt 1 ] || [ $# -gt 2 ] || { [ $# -eq 2 ] && [ "$2" != --update ]; }
then
	echo "usage: sh tests/cli.sh PATH-TO-SUMMARIZE [--update]" >&2
	exit 2
fi
BIN=$1
bin_arg=$1
update=0
[ "${2-}" = --update ] && update=1
SUMMARIZE_WRAP=${SUMMARIZE_WRAP-}

# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
setup cli

# The tool, always through the wrapper.
run() {
	# shellcheck disable=SC2086 # the wrapper is a command line to split
	$SUMMARIZE_WRAP "$BIN" "$@"
}

# The same under a time limit of $1 seconds (timeout needs a program, not
# a function).
run_timed() {
	secs=$1
	shift
	# shellcheck disable=SC2086
	timeout "$secs" $SUMMARIZE_WRAP "$BIN" "$@"
}

# run_locale LOCALE ARGS...: the tool with LC_ALL=LOCALE.
run_locale() {
	(
		LC_ALL=$1
		export LC_ALL
		shift
		run "$@"
	)
}

# capture ARGS...: run the tool; stdout to $tmp/out, stderr to $tmp/err,
# exit status in $rc.
capture() {
	run "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# ------------------------------------------------------------------
# Bookkeeping (begin, want, verdict, skip, show, firstdiff, lines,
# want_rc, finish) is in tests/lib.sh.


want_no_out() {
	[ -s "$tmp/out" ] && want "stdout: expected nothing, got \"$(show "$tmp/out")\""
}

want_out() {
	[ -s "$tmp/out" ] || want "stdout: expected output, got nothing"
}

want_no_err() {
	[ -s "$tmp/err" ] && want "stderr: expected nothing, got \"$(show "$tmp/err")\""
}

# want_err_prefix PREFIX: stderr's first line starts with PREFIX.
want_err_prefix() {
	first=$(sed -n 1p "$tmp/err")
	case $first in
	"$1"*) ;;
	*) want "stderr: expected a line starting \"$1\", got \"$(show "$tmp/err")\"" ;;
	esac
}

# want_err_has TEXT: stderr contains TEXT.
want_err_has() {
	grep -F -e "$1" "$tmp/err" >/dev/null ||
		want "stderr: expected \"$1\", got \"$(show "$tmp/err")\""
}

# want_same EXPECTED GOT LABEL: the two files are byte-identical.
want_same() {
	cmp -s "$1" "$2" || want "$3: $(firstdiff "$1" "$2")"
}

have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1

# Every line of stdin parses as a JSON object (strict UTF-8, strict JSON).
json_valid() {
	python3 -c '
import json, sys
data = sys.stdin.buffer.read().decode("utf-8")
if not data.endswith("\n"):
    sys.exit("output does not end in a newline")
lines = data[:-1].split("\n")
for l in lines:
    if not isinstance(json.loads(l), dict):
        sys.exit("not an object: " + l[:60])
' 2>&1 | tail -n 1
}

set -- samples/*.txt
[ -f "$1" ] || {
	echo "cli: no samples/*.txt under $root" >&2
	exit 2
}
pentagon=samples/pentagon-china-talks.txt
harbor=samples/harbor-bridge-wrapped.txt
plain_words=tests/inputs/plain-words.txt

# ------------------------------------------------------------------
# 1. Golden files: tests/expected/<sample>.<mode>

# golden SAMPLE MODE ARGS...
golden() {
	g_file=$1
	g_exp=tests/expected/$(basename "$1" .txt).$2
	shift 2
	begin "golden $g_exp"
	capture "$@" "$g_file"
	want_rc 0
	want_no_err
	if [ "$update" = 1 ]; then
		cp "$tmp/out" "$g_exp" || want "cannot write $g_exp"
	elif [ ! -f "$g_exp" ]; then
		want "$g_exp is missing (run: sh tests/cli.sh $bin_arg --update)"
	else
		want_same "$g_exp" "$tmp/out" "output"
	fi
	verdict
}

[ "$update" = 1 ] && mkdir -p tests/expected
for f in samples/*.txt; do
	golden "$f" default
	golden "$f" text3 -n 3 --order=text
	golden "$f" split --split
	golden "$f" json -f json -n 3
	golden "$f" tsv -f tsv -n 3
	golden "$f" keywords -k 8
done

# ------------------------------------------------------------------
# 2. Locales: the default output does not depend on LC_ALL.

for f in samples/*.txt; do
	begin "locale C vs C.UTF-8: $f"
	run_locale C "$f" >"$tmp/c.out" 2>&1
	rc_c=$?
	run_locale C.UTF-8 "$f" >"$tmp/u.out" 2>&1
	rc_u=$?
	[ "$rc_c" = 0 ] || want "LC_ALL=C exit status: expected 0, got $rc_c"
	[ "$rc_u" = 0 ] || want "LC_ALL=C.UTF-8 exit status: expected 0, got $rc_u"
	[ -s "$tmp/c.out" ] || want "LC_ALL=C: expected output, got nothing"
	want_same "$tmp/c.out" "$tmp/u.out" "C.UTF-8 output (got) differs from C (expected)"
	verdict
done

# ------------------------------------------------------------------
# 3. Standard input: no FILE and "-" read it.

for f in samples/*.txt; do
	run "$f" >"$tmp/file.out" 2>/dev/null
	begin "stdin (no FILE): $f"
	capture <"$f"
	want_rc 0
	want_no_err
	want_same "$tmp/file.out" "$tmp/out" "output differs from 'summarize $f'"
	verdict
	begin "stdin (-): $f"
	capture - <"$f"
	want_rc 0
	want_no_err
	want_same "$tmp/file.out" "$tmp/out" "output differs from 'summarize $f'"
	verdict
done

# ------------------------------------------------------------------
# 4. Exit status and messages.

begin "--help"
capture --help
want_rc 0
want_no_err
case $(sed -n 1p "$tmp/out") in
"usage: summarize "*) ;;
*) want "stdout: expected a usage line, got \"$(show "$tmp/out")\"" ;;
esac
verdict

begin "--version"
capture --version
want_rc 0
want_no_err
case $(sed -n 1p "$tmp/out") in
"summarize "?*) ;;
*) want "stdout: expected \"summarize VERSION\", got \"$(show "$tmp/out")\"" ;;
esac
verdict

# usage_error DESCRIPTION ARGS...: exit 2, "summarize: " on stderr, no
# output.  A good sample is always among the arguments, so an option taken
# by mistake would show as output.
usage_error() {
	begin "usage error: $1"
	shift
	capture "$@"
	want_rc 2
	want_no_out
	want_err_prefix "summarize: "
	verdict
}

usage_error "unknown short option -x" -x "$pentagon"
usage_error "unknown long option --bogus" --bogus "$pentagon"
usage_error "missing argument to -n" "$pentagon" -n
usage_error "missing argument to --format" "$pentagon" --format
usage_error "-n 0" -n 0 "$pentagon"
usage_error "-n -1" -n -1 "$pentagon"
usage_error "-n abc" -n abc "$pentagon"
usage_error "-n 99999999999999999999" -n 99999999999999999999 "$pentagon"
usage_error "-r 0" -r 0 "$pentagon"
usage_error "-r 101" -r 101 "$pentagon"
usage_error "--format=xml" --format=xml "$pentagon"
usage_error "--order=foo" --order=foo "$pentagon"

missing=$tmp/no-such-file.txt

begin "missing file"
capture "$missing"
want_rc 1
want_no_out
printf 'summarize: %s: No such file or directory\n' "$missing" >"$tmp/want.err"
want_same "$tmp/want.err" "$tmp/err" "stderr"
verdict

begin "missing file between two good files"
{
	printf '==> %s <==\n' "$pentagon"
	run "$pentagon"
	printf '\n==> %s <==\n' "$harbor"
	run "$harbor"
} >"$tmp/want.out" 2>/dev/null
capture "$pentagon" "$missing" "$harbor"
want_rc 1
want_same "$tmp/want.out" "$tmp/out" "stdout"
printf 'summarize: %s: No such file or directory\n' "$missing" >"$tmp/want.err"
want_same "$tmp/want.err" "$tmp/err" "stderr"
verdict

begin "directory as FILE"
capture samples
want_rc 1
want_no_out
want_err_prefix "summarize: samples: "
want_err_has "Is a directory"
verdict

if [ "$(id -u)" = 0 ]; then
	skip "unreadable file" "running as root, who can read it anyway"
else
	cp "$pentagon" "$tmp/unreadable.txt"
	chmod 000 "$tmp/unreadable.txt"
	begin "unreadable file"
	capture "$tmp/unreadable.txt"
	want_rc 1
	want_no_out
	want_err_prefix "summarize: $tmp/unreadable.txt: "
	verdict
fi

# ------------------------------------------------------------------
# 5. Empty and tiny input.

: >"$tmp/empty.txt"
begin "empty file"
capture "$tmp/empty.txt"
want_rc 0
want_no_out
want_no_err
verdict

printf '  \n\t\n \r\n\n   \f\v  ' >"$tmp/blank.txt"
begin "whitespace-only file"
capture "$tmp/blank.txt"
want_rc 0
want_no_out
want_no_err
verdict

begin "empty standard input"
capture </dev/null
want_rc 0
want_no_out
want_no_err
verdict

printf 'hello\n' >"$tmp/word.txt"
begin "one-word file"
capture "$tmp/word.txt"
want_rc 0
want_no_err
verdict

# ------------------------------------------------------------------
# 6. Output errors.

if [ -c /dev/full ]; then
	begin "write error (> /dev/full)"
	run "$pentagon" >/dev/full 2>"$tmp/err"
	rc=$?
	want_rc 1
	want_err_prefix "summarize: write error"
	verdict
else
	skip "write error (> /dev/full)" "no /dev/full"
fi

# A big input of distinct sentences (the tool drops repeats), so that the
# summary is megabytes and the tool is still writing when head exits.
i=0
while [ "$i" -lt 200 ]; do
	i=$((i + 1))
	awk -v i="$i" '{ gsub(/\. /, ". Zq" i "x "); print "Zq" i "x " $0 }' \
		samples/*.txt
done >"$tmp/big.txt"

begin "closed pipe (| head -n 1)"
{ run -n 1000000 "$tmp/big.txt" 2>"$tmp/err"; } | head -n 1 >"$tmp/out"
run -n 1000000 "$tmp/big.txt" 2>/dev/null | sed -n 1p >"$tmp/want.out"
[ "$(lines "$tmp/out")" = 1 ] ||
	want "stdout: expected 1 line, got $(lines "$tmp/out")"
want_same "$tmp/want.out" "$tmp/out" "first line differs from the whole output's"
want_no_err
verdict

# ------------------------------------------------------------------
# 6b. Large outputs.  An output past 1 MiB is written a chunk at a time
# as it is rendered (under -j 1, and into its file under -o); with several
# files under -j 2 each is held whole by a worker.  Every check would fail
# if a chunk were dropped, written twice or out of order.

cp "$tmp/big.txt" "$tmp/big2.txt"
run --split "$tmp/big.txt" >"$tmp/split.out" 2>/dev/null
run -f mark "$tmp/big.txt" >"$tmp/mark.out" 2>/dev/null

begin "large outputs: big enough to be written in chunks"
for f in split mark; do
	[ "$(wc -c <"$tmp/$f.out")" -gt 2097152 ] ||
		want "the $f output is under 2 MiB: these checks test nothing"
done
verdict

begin "large output: -f mark with empty markers gives the input back"
capture -f mark --mark=, "$tmp/big.txt"
want_rc 0
want_same "$tmp/big.txt" "$tmp/out" "output"
want_no_err
verdict

for f in split mark; do
	case $f in
	split) mode=--split ;;
	mark) mode="-f mark" ;;
	esac
	begin "large outputs ($mode): two files, -j 1 as -j 2 as each alone"
	# shellcheck disable=SC2086 # MODE is a list of options
	run -j 1 $mode "$tmp/big.txt" "$tmp/big2.txt" >"$tmp/j1.out" 2>&1
	# shellcheck disable=SC2086
	run -j 2 $mode "$tmp/big.txt" "$tmp/big2.txt" >"$tmp/j2.out" 2>&1
	{
		printf '==> %s <==\n' "$tmp/big.txt"
		cat "$tmp/$f.out"
		printf '\n==> %s <==\n' "$tmp/big2.txt"
		cat "$tmp/$f.out"
	} >"$tmp/want.out"
	want_same "$tmp/want.out" "$tmp/j1.out" "-j 1"
	want_same "$tmp/want.out" "$tmp/j2.out" "-j 2"
	verdict

	begin "large output ($mode): from a pipe, and into a file under -o"
	# shellcheck disable=SC2002,SC2086 # a pipe, not a file, is the point
	cat "$tmp/big.txt" | run $mode >"$tmp/out" 2>&1
	want_same "$tmp/$f.out" "$tmp/out" "from a pipe"
	rm -rf "$tmp/odir"
	# shellcheck disable=SC2086
	(cd "$tmp" && run -j 2 $mode -o odir big.txt big2.txt) 2>"$tmp/err"
	want_same "$tmp/$f.out" "$tmp/odir/big.txt" "-o, first file"
	want_same "$tmp/$f.out" "$tmp/odir/big2.txt" "-o, second file"
	[ "$(find "$tmp/odir" -type f | wc -l)" -eq 2 ] ||
		want "-o left other files: $(find "$tmp/odir" -type f)"
	want_no_err
	verdict
done

if [ -c /dev/full ]; then
	begin "write error in a large output (--split > /dev/full)"
	run --split "$tmp/big.txt" >/dev/full 2>"$tmp/err"
	rc=$?
	want_rc 1
	want_err_prefix "summarize: write error"
	[ "$(lines "$tmp/err")" = 1 ] ||
		want "stderr: expected one line, got \"$(show "$tmp/err")\""
	verdict
fi

# ------------------------------------------------------------------
# 7. Headers.

run "$pentagon" >"$tmp/a.out" 2>/dev/null
run "$harbor" >"$tmp/b.out" 2>/dev/null

begin "headers with two files"
{
	printf '==> %s <==\n' "$pentagon"
	cat "$tmp/a.out"
	printf '\n==> %s <==\n' "$harbor"
	cat "$tmp/b.out"
} >"$tmp/want.out"
capture "$pentagon" "$harbor"
want_rc 0
want_no_err
want_same "$tmp/want.out" "$tmp/out" "stdout"
verdict

begin "-q with two files"
cat "$tmp/a.out" "$tmp/b.out" >"$tmp/want.out"
capture -q "$pentagon" "$harbor"
want_rc 0
want_no_err
want_same "$tmp/want.out" "$tmp/out" "stdout"
verdict

begin "-H with one file"
{
	printf '==> %s <==\n' "$pentagon"
	cat "$tmp/a.out"
} >"$tmp/want.out"
capture -H "$pentagon"
want_rc 0
want_no_err
want_same "$tmp/want.out" "$tmp/out" "stdout"
verdict

# ------------------------------------------------------------------
# 8. Length options.

for f in samples/*.txt; do
	begin "-n 2: $f"
	capture -n 2 "$f"
	want_rc 0
	[ "$(lines "$tmp/out")" = 2 ] ||
		want "expected 2 lines, got $(lines "$tmp/out")"
	verdict
done

# The input is plain words and periods, so wc -w counts the tool's words.
begin "-w 40: $plain_words"
capture -w 40 "$plain_words"
want_rc 0
want_out
nw=$(wc -w <"$tmp/out")
[ "$((nw + 0))" -le 40 ] || want "expected at most 40 words, got $((nw + 0))"
verdict

# Characters are code points: count the bytes that do not continue a UTF-8
# sequence.
for f in samples/*.txt "$plain_words"; do
	begin "-c 200: $f"
	capture -c 200 "$f"
	want_rc 0
	want_out
	nc=$(LC_ALL=C tr -d '\n\200-\277' <"$tmp/out" | wc -c)
	[ "$((nc + 0))" -le 200 ] ||
		want "expected at most 200 characters, got $((nc + 0))"
	verdict
done

begin "-r 10 < -r 50 <= -r 100: $pentagon"
run -r 10 "$pentagon" >"$tmp/r10" 2>&1
run -r 50 "$pentagon" >"$tmp/r50" 2>&1
run -r 100 "$pentagon" >"$tmp/r100" 2>&1
r10=$(lines "$tmp/r10")
r50=$(lines "$tmp/r50")
r100=$(lines "$tmp/r100")
if [ "$r10" -lt 1 ] || [ "$r10" -ge "$r50" ] || [ "$r50" -gt "$r100" ]; then
	want "expected 1 <= lines(-r 10) < lines(-r 50) <= lines(-r 100), got $r10, $r50, $r100"
fi
verdict

# ------------------------------------------------------------------
# 9. --order=text follows the text.

for f in samples/*.txt; do
	run --split "$f" >"$tmp/split.out" 2>/dev/null
	run -n 10 "$f" >"$tmp/rank.out" 2>/dev/null
	begin "--order=text is in --split order: $f"
	capture -n 10 --order=text "$f"
	want_rc 0
	want_out
	bad_line=$(awk -v s="$tmp/split.out" '
		BEGIN { while ((getline l < s) > 0) split_[++m] = l; j = 1 }
		{
			while (j <= m && split_[j] != $0) j++
			if (j > m) { print FNR ": " substr($0, 1, 80); exit }
			j++
		}' "$tmp/out")
	[ -z "$bad_line" ] ||
		want "line $bad_line: not found after the previous line in --split output"
	sort "$tmp/rank.out" >"$tmp/rank.sorted"
	sort "$tmp/out" >"$tmp/text.sorted"
	cmp -s "$tmp/rank.sorted" "$tmp/text.sorted" ||
		want "not the same sentences as --order=rank ($(firstdiff "$tmp/rank.sorted" "$tmp/text.sorted"))"
	verdict
done

# ------------------------------------------------------------------
# 10. Awkward input.

printf 'The first sentence is right here.\000 The second one has a\000NUL byte in it. The third sentence is quite normal.\n\000\000\n' \
	>"$tmp/nul.txt"
begin "NUL bytes"
capture "$tmp/nul.txt"
want_rc 0
want_out
want_no_err
verdict

# compare_variant LABEL ORIGINAL VARIANT: same default and --split output.
compare_variant() {
	begin "$1"
	run "$2" >"$tmp/v1.out" 2>&1
	capture "$3"
	want_rc 0
	want_no_err
	want_same "$tmp/v1.out" "$tmp/out" "default output"
	run --split "$2" >"$tmp/v1.out" 2>&1
	run --split "$3" >"$tmp/v2.out" 2>&1
	want_same "$tmp/v1.out" "$tmp/v2.out" "--split output"
	verdict
}

for f in samples/*.txt; do
	b=$(basename "$f" .txt)
	tr -d '\r' <"$f" >"$tmp/$b.lf"
	awk '{ printf "%s\r\n", $0 }' "$tmp/$b.lf" >"$tmp/$b.crlf"
	compare_variant "CRLF vs LF: $f" "$tmp/$b.lf" "$tmp/$b.crlf"
	{ printf '\357\273\277'; cat "$f"; } >"$tmp/$b.bom"
	compare_variant "UTF-8 BOM: $f" "$f" "$tmp/$b.bom"
done

# A text in UTF-16 with its byte order mark, as Windows saves "Unicode"
# and PowerShell writes: read as the same text in UTF-8 is, in either
# byte order; its sentences found at the same lines and columns (those
# of the text decoded, as an editor shows it); and -f mark writes the
# markers in UTF-16 too, so that the marked text decodes whole.
# utf16 FILE ORDER: FILE in UTF-16 of ORDER (LE or BE), BOM first.
utf16() {
	case $2 in
	LE) printf '\377\376' ;;
	BE) printf '\376\377' ;;
	esac
	iconv -f UTF-8 -t "UTF-16$2" "$1"
}
if command -v iconv >/dev/null 2>&1; then
	for f in samples/*.txt samples/tidewatch-readme.md samples/allotment-blog.html; do
		b=$(basename "$f")
		for order in LE BE; do
			utf16 "$f" $order >"$tmp/$b.u16" 2>/dev/null || continue
			begin "UTF-16$order: $f"
			run -f grep --label=x <"$f" >"$tmp/v1.out" 2>&1
			capture -f grep --label=x <"$tmp/$b.u16"
			want_rc 0
			want_no_err
			want_same "$tmp/v1.out" "$tmp/out" "-f grep output"
			run -f mark --mark='<<,>>' "$f" >"$tmp/v1.out" 2>&1
			run -f mark --mark='<<,>>' "$tmp/$b.u16" |
			    iconv -f UTF-16 -t UTF-8 >"$tmp/v2.out" 2>&1
			want_same "$tmp/v1.out" "$tmp/v2.out" "-f mark, decoded"
			verdict
		done
	done
else
	skip "UTF-16 input: no iconv"
fi

# The same French text composed (NFC) and decomposed (NFD: "e" and a
# combining accent), as some PDF and macOS tools write it: the same
# sentences chosen with the same scores, the same key terms as often.
printf 'L'\''\303\251t\303\251 dernier, la ville a d\303\251cid\303\251 de fermer la rue du march\303\251 aux voitures. Les \303\251l\303\250ves du lyc\303\251e \303\251taient tr\303\250s contents de cette d\303\251cision. Le maire a expliqu\303\251 que la rue serait r\303\251serv\303\251e aux pi\303\251tons et aux v\303\251los. Les commer\303\247ants, eux, craignent une baisse de fr\303\251quentation pendant l'\''\303\251t\303\251.\n' \
	>"$tmp/nfc.txt"
printf 'L'\''e\314\201te\314\201 dernier, la ville a de\314\201cide\314\201 de fermer la rue du marche\314\201 aux voitures. Les e\314\201le\314\200ves du lyce\314\201e e\314\201taient tre\314\200s contents de cette de\314\201cision. Le maire a explique\314\201 que la rue serait re\314\201serve\314\201e aux pie\314\201tons et aux ve\314\201los. Les commerc\314\247ants, eux, craignent une baisse de fre\314\201quentation pendant l'\''e\314\201te\314\201.\n' \
	>"$tmp/nfd.txt"
# want_same_reading A B: the texts A and B, composed and decomposed, have
# the same sentences chosen with the same scores and the same key terms
# as often.
want_same_reading() {
	run -n 2 -f tsv "$1" | cut -f1-3 >"$tmp/v1.out"
	run -n 2 -f tsv "$2" | cut -f1-3 >"$tmp/v2.out"
	want_same "$tmp/v1.out" "$tmp/v2.out" "ranks, scores and lines"
	run -k 100 -f tsv "$1" | cut -f2 >"$tmp/v1.out"
	run -k 100 -f tsv "$2" | cut -f2 >"$tmp/v2.out"
	want_same "$tmp/v1.out" "$tmp/v2.out" "every term's count"
}
begin "decomposed accents (NFD) read as composed ones"
want_same_reading "$tmp/nfc.txt" "$tmp/nfd.txt"
capture -f json "$tmp/nfd.txt"
want_rc 0
grep -F '"language":"fr"' "$tmp/out" >/dev/null ||
	want "json: expected \"language\":\"fr\", got \"$(show "$tmp/out")\""
verdict

# Addresses are kept as written and make no key terms: a README's links
# do not make "https", "github" and "com" its subject, in plain text or
# in Markdown (where an autolink reads as its address).
cat >"$tmp/links.md" <<'EOF'
# Tide tables

The tide tables come from the harbour gauges, see
<https://github.com/example/tides> or https://github.com/example/gauges.
Gauge data is also mirrored at www.example.org/tides and at
https://www.example.org/gauges for the harbour office.

Questions about the gauges go to <tides@example.org>; tide corrections
go to https://github.com/example/tides/issues, and harbour notices to
www.example.org/notices.
EOF
begin "addresses: kept in the text, never key terms"
for form in text markdown; do
	run --input=$form -k 20 "$tmp/links.md" >"$tmp/k.out"
	grep -x -i -E 'https?|www|com|org|github|example' "$tmp/k.out" >/dev/null &&
		want "--input=$form -k: an address's part as a key term: $(show "$tmp/k.out")"
	grep -x -E 'gauges?|tides?' "$tmp/k.out" >/dev/null ||
		want "--input=$form -k: no gauge or tide: $(show "$tmp/k.out")"
done
run --input=markdown -f text "$tmp/links.md" >"$tmp/t.out"
grep -F 'see https://github.com/example/tides or https://github.com/example/gauges.' "$tmp/t.out" >/dev/null &&
	grep -F 'go to tides@example.org; tide' "$tmp/t.out" >/dev/null ||
	want "markdown -f text: addresses not as written: $(show "$tmp/t.out")"
verdict

# Code in a page is text, not prose: a listing that repeats the article's
# words is never a summary's sentence, nor are its names key terms, but
# -f text keeps it; a page of code alone is summarized from its code.
cat >"$tmp/code.html" <<'EOF'
<html><head><title>Reading the harbour gauge</title></head><body><article>
<h1>Reading the harbour gauge</h1>
<p>The harbour gauge reports the tide level every six minutes, and the
harbour office keeps each reading for a year.</p>
<p>A reading is a tide level in metres, taken against the chart datum that
the harbour office publishes for the gauge.</p>
<div class="highlight"><pre>gauge = harbour_gauge(); level = gauge.tide_level(); calibrate(level);
gauge.tide_level(); gauge.tide_level(); calibrate(gauge, level, tide);
</pre></div>
<p>The office checks the gauge against a tide staff once a month, and a
reading that drifts from the staff is marked in the log.</p>
<pre><code>for level in gauge.readings(): calibrate(tide, gauge, level)
</code></pre>
<p>Older readings of the harbour gauge are kept on paper at the office.</p>
</article></body></html>
EOF
printf '<html><body><pre><code>int tide_level(void);\nint gauge_reading(int tide);\n</code></pre></body></html>\n' >"$tmp/code-only.html"
begin "code in a page: kept in -f text, never chosen, no key terms"
run -n 3 "$tmp/code.html" >"$tmp/c.out"
[ "$(lines "$tmp/c.out")" -eq 3 ] ||
	want "-n 3: not 3 sentences: $(show "$tmp/c.out")"
grep -E 'calibrate|[=;]' "$tmp/c.out" >/dev/null &&
	want "-n 3: a line of code chosen: $(show "$tmp/c.out")"
run -k 10 "$tmp/code.html" >"$tmp/c.out"
grep -i -E '^calibrat' "$tmp/c.out" >/dev/null &&
	want "-k: a name of the code a key term: $(show "$tmp/c.out")"
run -f text "$tmp/code.html" >"$tmp/c.out"
grep -F 'calibrate(gauge, level, tide);' "$tmp/c.out" >/dev/null ||
	want "-f text: the code left out: $(show "$tmp/c.out")"
run -n 1 "$tmp/code-only.html" >"$tmp/c.out"
grep -F 'tide_level' "$tmp/c.out" >/dev/null ||
	want "a page of code alone: no summary: $(show "$tmp/c.out")"
verdict

# The same Korean text in syllables (NFC) and in conjoining jamo (NFD, as
# macOS names files): the same sentences, scores and key terms.
printf '서울시는 다음 달부터 시내버스 노선을 새로 정비한다고 밝혔다. 시민들은 출퇴근 시간이 줄어들 것으로 기대하고 있다. 시는 정류장 안내판도 모두 바꿀 계획이다. 버스 노선 정비는 내년 봄까지 이어진다.\n' >"$tmp/ko-nfc.txt"
printf '\341\204\211\341\205\245\341\204\213\341\205\256\341\206\257\341\204\211\341\205\265\341\204\202\341\205\263\341\206\253 \341\204\203\341\205\241\341\204\213\341\205\263\341\206\267 \341\204\203\341\205\241\341\206\257\341\204\207\341\205\256\341\204\220\341\205\245 \341\204\211\341\205\265\341\204\202\341\205\242\341\204\207\341\205\245\341\204\211\341\205\263 \341\204\202\341\205\251\341\204\211\341\205\245\341\206\253\341\204\213\341\205\263\341\206\257 \341\204\211\341\205\242\341\204\205\341\205\251 \341\204\214\341\205\245\341\206\274\341\204\207\341\205\265\341\204\222\341\205\241\341\206\253\341\204\203\341\205\241\341\204\200\341\205\251 \341\204\207\341\205\241\341\206\260\341\204\222\341\205\247\341\206\273\341\204\203\341\205\241. \341\204\211\341\205\265\341\204\206\341\205\265\341\206\253\341\204\203\341\205\263\341\206\257\341\204\213\341\205\263\341\206\253 \341\204\216\341\205\256\341\206\257\341\204\220\341\205\254\341\204\200\341\205\263\341\206\253 \341\204\211\341\205\265\341\204\200\341\205\241\341\206\253\341\204\213\341\205\265 \341\204\214\341\205\256\341\206\257\341\204\213\341\205\245\341\204\203\341\205\263\341\206\257 \341\204\200\341\205\245\341\206\272\341\204\213\341\205\263\341\204\205\341\205\251 \341\204\200\341\205\265\341\204\203\341\205\242\341\204\222\341\205\241\341\204\200\341\205\251 \341\204\213\341\205\265\341\206\273\341\204\203\341\205\241. \341\204\211\341\205\265\341\204\202\341\205\263\341\206\253 \341\204\214\341\205\245\341\206\274\341\204\205\341\205\262\341\204\214\341\205\241\341\206\274 \341\204\213\341\205\241\341\206\253\341\204\202\341\205\242\341\204\221\341\205\241\341\206\253\341\204\203\341\205\251 \341\204\206\341\205\251\341\204\203\341\205\256 \341\204\207\341\205\241\341\204\201\341\205\256\341\206\257 \341\204\200\341\205\250\341\204\222\341\205\254\341\206\250\341\204\213\341\205\265\341\204\203\341\205\241. \341\204\207\341\205\245\341\204\211\341\205\263 \341\204\202\341\205\251\341\204\211\341\205\245\341\206\253 \341\204\214\341\205\245\341\206\274\341\204\207\341\205\265\341\204\202\341\205\263\341\206\253 \341\204\202\341\205\242\341\204\202\341\205\247\341\206\253 \341\204\207\341\205\251\341\206\267\341\204\201\341\205\241\341\204\214\341\205\265 \341\204\213\341\205\265\341\204\213\341\205\245\341\204\214\341\205\265\341\206\253\341\204\203\341\205\241.\n' >"$tmp/ko-nfd.txt"
begin "Korean in conjoining jamo (NFD) read as in syllables"
want_same_reading "$tmp/ko-nfc.txt" "$tmp/ko-nfd.txt"
verdict

# Japanese written with its voicing marks apart (NFD, as macOS names
# files): バ as ハ and U+3099.
printf '東京のデザイン学校は新しいバスを買いました。デザイン学校のバスは青いです。学校のバスは毎朝駅に来ます。駅の前にバス停があります。\n' >"$tmp/ja-nfc.txt"
printf '\346\235\261\344\272\254\343\201\256\343\203\206\343\202\231\343\202\265\343\202\231\343\202\244\343\203\263\345\255\246\346\240\241\343\201\257\346\226\260\343\201\227\343\201\204\343\203\217\343\202\231\343\202\271\343\202\222\350\262\267\343\201\204\343\201\276\343\201\227\343\201\237\343\200\202\343\203\206\343\202\231\343\202\265\343\202\231\343\202\244\343\203\263\345\255\246\346\240\241\343\201\256\343\203\217\343\202\231\343\202\271\343\201\257\351\235\222\343\201\204\343\201\246\343\202\231\343\201\231\343\200\202\345\255\246\346\240\241\343\201\256\343\203\217\343\202\231\343\202\271\343\201\257\346\257\216\346\234\235\351\247\205\343\201\253\346\235\245\343\201\276\343\201\231\343\200\202\351\247\205\343\201\256\345\211\215\343\201\253\343\203\217\343\202\231\343\202\271\345\201\234\343\201\213\343\202\231\343\201\202\343\202\212\343\201\276\343\201\231\343\200\202\n' >"$tmp/ja-nfd.txt"
begin "Japanese Kana with voicing marks apart (NFD) read as composed"
want_same_reading "$tmp/ja-nfc.txt" "$tmp/ja-nfd.txt"
verdict

printf 'Caf\303\251 owners met on Monday to talk about the new rules.\nBad bytes \377\376 appear in the middle of this sentence about rules.\nA truncated \342\200 sequence sits in this sentence about the new rules. A lone \200 continuation and an overlong \300\257 slash follow here. The last sentence ends in a cut sequence \342\200' \
	>"$tmp/bad-utf8.txt"
begin "invalid UTF-8: default output"
capture "$tmp/bad-utf8.txt"
want_rc 0
want_out
want_no_err
verdict

LC_ALL=C awk 'BEGIN { srand(1); for (i = 0; i < 100000; i++) printf "%c", int(rand() * 256) }' \
	>"$tmp/binary.dat"
begin "binary input (100000 random bytes) within 10 s"
run_timed 10 "$tmp/binary.dat" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 124 ] && want "timed out after 10 s"
want_rc 0
want_no_err
verdict

if [ "$have_python" = 1 ]; then
	for f in "$tmp/bad-utf8.txt" "$tmp/binary.dat" "$tmp/nul.txt"; do
		begin "-f json is valid JSON: $(basename "$f")"
		capture -f json "$f"
		want_rc 0
		want_no_err
		err=$(json_valid <"$tmp/out")
		[ -z "$err" ] || want "invalid JSON: $err"
		verdict
	done
else
	skip "-f json on invalid UTF-8" "no python3"
fi

# ------------------------------------------------------------------
# 11. JSON matches the plain output.

if [ "$have_python" = 1 ]; then
	for f in samples/*.txt; do
		begin "-f json -n 3 matches -n 3: $f"
		run -n 3 "$f" >"$tmp/plain.out" 2>/dev/null
		capture -f json -n 3 "$f"
		want_rc 0
		want_no_err
		err=$(json_valid <"$tmp/out")
		if [ -n "$err" ]; then
			want "invalid JSON: $err"
			verdict
			continue
		fi
		python3 -c '
import json, sys
out = sys.stdout.buffer
for line in sys.stdin.buffer.read().decode("utf-8").splitlines():
    doc = json.loads(line)
    if doc.get("file") != sys.argv[1]:
        out.write(("file is %r\n" % doc.get("file")).encode("utf-8"))
    for s in doc["summary"]:
        out.write((s["text"] + "\n").encode("utf-8"))
' "$f" <"$tmp/out" >"$tmp/json.texts" 2>&1
		want_same "$tmp/plain.out" "$tmp/json.texts" "summary texts"
		verdict
	done
else
	skip "-f json matches plain" "no python3"
fi

# ------------------------------------------------------------------
# 12. Editor formats, --explain, --no-lead.

# unmark OPEN CLOSE < FILE: FILE with every OPEN and CLOSE taken out,
# byte for byte (python3, as awk is not safe with NUL bytes; sed where
# there is none, for text).
unmark() {
	if [ "$have_python" = 1 ]; then
		python3 -c '
import sys
d = sys.stdin.buffer.read()
sys.stdout.buffer.write(d.replace(sys.argv[1].encode(), b"").replace(sys.argv[2].encode(), b""))
' "$1" "$2"
	else
		sed "s/$1//g; s/$2//g"
	fi
}

for f in samples/*.txt "$tmp/binary.dat"; do
	[ -f "$f" ] || continue
	begin "mark round-trips: $(basename "$f")"
	capture -f mark --mark='<<sum@@,@@sum>>' -n 3 "$f"
	want_rc 0
	unmark '<<sum@@' '@@sum>>' <"$tmp/out" >"$tmp/unmarked"
	cmp -s "$f" "$tmp/unmarked" || want "markers removed, the input does not come back"
	[ "$(grep -c '<<sum@@' "$tmp/out")" -ge 1 ] || [ "$f" = "$tmp/binary.dat" ] ||
		want "no sentence marked"
	verdict
done

begin "mark: the marked sentences are the summary's"
capture -f mark --color=never -n 3 "$pentagon"
awk 'BEGIN { RS = "\\*\\*" } NR % 2 == 0' "$tmp/out" | tr '\n' ' ' |
	sed 's/  */ /g' >"$tmp/marked"
run -n 3 --order=text "$pentagon" | tr '\n' ' ' >"$tmp/want"
[ "$(cat "$tmp/marked")" = "$(cat "$tmp/want")" ] ||
	want "marked: $(cut -c 1-80 "$tmp/marked")"
verdict

begin "mark: --color=always uses ANSI, NO_COLOR does not stop it"
NO_COLOR=1 run -f mark --color=always -n 1 "$pentagon" >"$tmp/out" 2>/dev/null
grep -q "$(printf '\033')\[" "$tmp/out" || want "no escape sequence"
verdict

begin "mark: not a terminal, no colour"
capture -f mark -n 1 "$pentagon"
grep -q "$(printf '\033')" "$tmp/out" && want "escape sequence in a pipe"
grep -q '\*\*' "$tmp/out" || want "no ** markers"
verdict

begin "grep: FILE:LINE:COLUMN:sentence, ranked"
capture -f grep -n 3 "$pentagon"
want_rc 0
run -n 3 "$pentagon" >"$tmp/plain.out" 2>/dev/null
sed 's/^[^:]*:[0-9]*:[0-9]*://' "$tmp/out" | cmp -s - "$tmp/plain.out" ||
	want "sentences differ from plain"
awk -F: -v f="$pentagon" '$1 != f || $2 !~ /^[1-9][0-9]*$/ ||
	$3 !~ /^[1-9][0-9]*$/ { bad = 1 } END { exit bad }' "$tmp/out" ||
	want "bad FILE:LINE:COLUMN prefix: $(head -1 "$tmp/out" | cut -c 1-60)"
# The line and column point at the sentence in the file.
while IFS=: read -r file line col text; do
	got=$(sed -n "${line}p" "$file" | cut -c "$col-" | cut -c 1-20)
	want20=$(printf '%s' "$text" | cut -c 1-20)
	[ "$got" = "$want20" ] || want "$line:$col is \"$got\", not \"$want20\""
done <"$tmp/out"
verdict

begin "grep: standard input is - or --label"
run -f grep -n 1 <"$pentagon" >"$tmp/out" 2>/dev/null
grep -q '^-:2:1:' "$tmp/out" || want "stdin: $(cut -c 1-20 "$tmp/out")"
run -f grep -n 1 --label=talks.txt <"$pentagon" >"$tmp/out" 2>/dev/null
grep -q '^talks.txt:2:1:' "$tmp/out" || want "label: $(cut -c 1-20 "$tmp/out")"
verdict

begin "--explain: the language, then a factor line after each sentence"
capture --explain -n 3 "$pentagon"
want_rc 0
[ "$(sed -n 1p "$tmp/out")" = "$(printf '\tlanguage en (detected)')" ] ||
	want "language line: $(sed -n 1p "$tmp/out")"
[ "$(sed 1d "$tmp/out" | grep -c "$(printf '^\t')")" = 3 ] || want "not 3 explanation lines"
sed 1d "$tmp/out" | grep "$(printf '^\t')" | grep -qv ' = terms .* x lead .* words^' &&
	want "explanation line: $(sed -n 3p "$tmp/out" | cut -c 1-60)"
capture --explain --lang=en -n 1 "$pentagon"
[ "$(sed -n 1p "$tmp/out")" = "$(printf '\tlanguage en (given)')" ] ||
	want "given language line: $(sed -n 1p "$tmp/out")"
verdict

begin "--lang: nn and nb name Norwegian; an unknown code is a usage error"
capture --explain --lang=nn -n 1 "$pentagon"
want_rc 0
[ "$(sed -n 1p "$tmp/out")" = "$(printf '\tlanguage no (given)')" ] ||
	want "nn: $(sed -n 1p "$tmp/out")"
capture --lang=nb -n 1 "$pentagon"
want_rc 0
capture --lang=xx -n 1 "$pentagon"
want_rc 2
want_no_out
grep -q -e '--lang=list' "$tmp/err" || want "no --lang=list in: $(show "$tmp/err")"
verdict

if [ "$have_python" = 1 ]; then
	begin "--explain in json: the parts give the score"
	capture -f json --explain -n 3 "$pentagon"
	python3 -c '
import json, sys
for line in sys.stdin:
    for s in json.loads(line)["summary"]:
        e = s["explain"]
        got = e["terms_weight"] * e["lead"] / max(e["words"], 8) ** e["length_exponent"]
        if abs(got - s["score"]) > 1e-3:
            print("rank %d: %.4f from parts, %.4f scored" % (s["rank"], got, s["score"]))
' <"$tmp/out" >"$tmp/why" 2>&1
	[ -s "$tmp/why" ] && want "$(head -1 "$tmp/why")"
	verdict
fi

begin "--explain gives the score printed, pick after pick, in a long summary of near repeats"
awk 'BEGIN {
	n = split("harbor bridge council tunnel ferry budget library museum " \
	          "railway station market school hospital airport stadium", w, " ")
	x = 12345
	for (i = 0; i < 600; i++) {
		s = "The"
		for (j = 0; j < 4; j++) {
			x = (x * 1103515245 + 12345) % 2147483648
			s = s " " w[int(x / 65536) % n + 1] (j < 3 ? " and the" : "")
		}
		printf "%s met on day q%dx. ", s, i
	}
}' >"$tmp/repeats.txt"
run -r 25 -f tsv "$tmp/repeats.txt" 2>/dev/null | cut -f 2 >"$tmp/a"
run -r 25 --explain "$tmp/repeats.txt" 2>/dev/null |
	sed -n "s/^$(printf '\t')\([0-9.]*\) = terms.*/\1/p" >"$tmp/b"
[ "$(wc -l <"$tmp/a")" -gt 100 ] || want "only $(wc -l <"$tmp/a") sentences"
cmp -s "$tmp/a" "$tmp/b" ||
	want "tsv and --explain differ: $(paste "$tmp/a" "$tmp/b" | awk '$1 != $2' | head -1)"
sort -g -r -c "$tmp/a" 2>/dev/null || want "scores not falling: $(sort -g -r -c "$tmp/a" 2>&1)"
verdict

begin "--no-lead changes what leads"
run -n 1 --explain "$pentagon" >"$tmp/a" 2>/dev/null
run -n 1 --explain --no-lead "$pentagon" >"$tmp/b" 2>/dev/null
grep -q 'x lead 3.000' "$tmp/a" || want "lead bonus missing"
grep -q 'x lead 1.000' "$tmp/b" || want "--no-lead kept a bonus"
verdict

for bad in --format=html --color=sometimes; do
	begin "usage error: $bad"
	capture "$bad" "$pentagon"
	want_rc 2
	[ -s "$tmp/out" ] && want "stdout not empty"
	verdict
done

# ------------------------------------------------------------------

finish cli
