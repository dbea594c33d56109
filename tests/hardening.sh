#!/bin/sh
# tests/hardening.sh - bad input, big input and hostile surroundings.
#
#   sh tests/hardening.sh ./summarize
#
# No input may crash the tool, hang it or lose text, and the tool never
# writes to its inputs.  Each check states the expected output and exit
# status; slow ones run under timeout.  The inputs (up to 100 MB) are
# generated in a temporary directory, about 300 MB at the peak.
#
# SUMMARIZE_WRAP, when set, prefixes every invocation of the tool, as in
# tests/cli.sh; time limits are then multiplied by HARDENING_SLOW (default
# 20; 1 without a wrapper), and the checks of peak memory and of ulimit -v
# are skipped, as they are for a sanitizer build.
#
# Prints one line per failed check and ends with
# "hardening: N passed, N failed"; the exit status is 1 if any failed.
# POSIX sh; needs awk, cmp, cksum, find, od, timeout, tr, and python3 for
# the JSON checks and /usr/bin/time for the memory check (else skipped).

if [ $# -ne 1 ]; then
	echo "usage: sh tests/hardening.sh PATH-TO-SUMMARIZE" >&2
	exit 2
fi
BIN=$1
SUMMARIZE_WRAP=${SUMMARIZE_WRAP-}
if [ -n "$SUMMARIZE_WRAP" ]; then
	slow=${HARDENING_SLOW-20}
else
	slow=${HARDENING_SLOW-1}
fi
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
setup hardening

# A sanitizer build reserves terabytes of address space and doubles the
# memory it uses: no ulimit -v, no memory measure.
sanitized=0
if grep -q -e __asan_init -e __msan_init -e __tsan_init "$BIN" 2>/dev/null; then
	sanitized=1
fi

# ------------------------------------------------------------------
# Running the tool

run() {
	# shellcheck disable=SC2086 # the wrapper is a command line to split
	$SUMMARIZE_WRAP "$BIN" "$@"
}

# capture ARGS...: the tool, stdout to $tmp/out, stderr to $tmp/err,
# exit status in $rc.
capture() {
	run "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# capture_timed SECONDS ARGS...: the same under a time limit (scaled by
# $slow); $rc is 124 on a time out.
capture_timed() {
	secs=$(($1 * slow))
	shift
	# shellcheck disable=SC2086
	timeout "$secs" $SUMMARIZE_WRAP "$BIN" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# limited KB COMMAND...: COMMAND with its address space limited to KB
# kilobytes (ulimit -v, which dash, bash and ksh have, though POSIX does
# not require it).
limited() {
	sh -c 'ulimit -v "$1" && shift && exec "$@"' sh "$@"
}

# ------------------------------------------------------------------
# Bookkeeping (begin, want, verdict, skip, show, firstdiff, lines, finish)
# is in tests/lib.sh.

# shellcheck source=tests/lib.sh disable=SC1091 # shellcheck -x follows it

bytes() {
	n=$(wc -c <"$1")
	echo $((n + 0))
}

# want_exit STATUS: the exit status in $rc is STATUS; a time-out or a
# signal is named as such.
want_exit() {
	if [ "$rc" = 124 ] && [ "$1" != 124 ]; then
		want "timed out"
	elif [ "$rc" -gt 128 ] && [ "$rc" -lt 160 ]; then
		want "killed by signal $((rc - 128)) (exit status $rc), expected $1"
	elif [ "$rc" != "$1" ]; then
		want "exit status: expected $1, got $rc"
	fi
}

want_no_out() {
	[ -s "$tmp/out" ] && want "stdout: expected nothing, got \"$(show "$tmp/out")\""
}

want_out() {
	[ -s "$tmp/out" ] || want "stdout: expected output, got nothing"
}

want_lines() {
	[ "$(lines "$tmp/out")" = "$1" ] ||
		want "stdout: expected $1 line(s), got $(lines "$tmp/out")"
}

want_no_err() {
	[ -s "$tmp/err" ] && want "stderr: expected nothing, got \"$(show "$tmp/err")\""
}

# want_err TEXT: stderr is exactly the line TEXT.
want_err() {
	printf '%s\n' "$1" >"$tmp/want.err"
	cmp -s "$tmp/want.err" "$tmp/err" ||
		want "stderr: expected \"$1\", got \"$(show "$tmp/err")\""
}

# want_err_match PATTERN: stderr is one line matching the case PATTERN.
want_err_match() {
	if [ "$(lines "$tmp/err")" != 1 ]; then
		want "stderr: expected one line like \"$1\", got \"$(show "$tmp/err")\""
		return
	fi
	# shellcheck disable=SC2254 # PATTERN is a pattern
	case $(cat "$tmp/err") in
	$1) ;;
	*) want "stderr: expected a line like \"$1\", got \"$(show "$tmp/err")\"" ;;
	esac
}

# want_err_prefix PREFIX: stderr's first line starts with PREFIX.
want_err_prefix() {
	case $(sed -n 1p "$tmp/err") in
	"$1"*) ;;
	*) want "stderr: expected a line starting \"$1\", got \"$(show "$tmp/err")\"" ;;
	esac
}

# want_out_file FILE: stdout is byte for byte FILE.
want_out_file() {
	cmp -s "$1" "$tmp/out" ||
		want "stdout differs from the expected $(basename "$1") ($(cmp "$1" "$tmp/out" 2>&1 | head -n 1))"
}

# want_no_nul: stdout holds no NUL byte.
want_no_nul() {
	[ "$(tr -d '\000' <"$tmp/out" | wc -c)" = "$(wc -c <"$tmp/out")" ] ||
		want "stdout holds NUL bytes"
}

have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1

# json_check FILE: every line of FILE is a JSON object (strict UTF-8,
# strict JSON); prints the first problem, or nothing.
json_check() {
	python3 -c '
import json, sys
data = sys.stdin.buffer.read()
try:
    text = data.decode("utf-8")
except UnicodeDecodeError as e:
    sys.exit("not UTF-8: %s" % e)
if not text.endswith("\n"):
    sys.exit("output does not end in a newline")
for l in text[:-1].split("\n"):
    try:
        if not isinstance(json.loads(l), dict):
            sys.exit("not an object: " + l[:60])
    except ValueError as e:
        sys.exit("invalid JSON: %s" % e)
' <"$1" 2>&1 | tail -n 1
}

want_json() {
	if [ "$have_python" = 1 ]; then
		err=$(json_check "$tmp/out")
		[ -z "$err" ] || want "-f json output: $err"
	fi
}

pentagon=samples/pentagon-china-talks.txt
harbor=samples/harbor-bridge-wrapped.txt
if [ ! -f "$pentagon" ] || [ ! -f "$harbor" ]; then
	echo "hardening: samples missing under $root" >&2
	exit 2
fi

# ------------------------------------------------------------------
# Generated inputs

# A megabyte of words from a small vocabulary on one line, ending in a
# space; WORDS_MB copies of it make lines of any size quickly.
LC_ALL=C awk 'BEGIN {
	srand(7)
	n = split("alpha bravo charlie delta echo foxtrot golf hotel india " \
	    "juliet kilo lima mike november oscar papa quebec romeo", w, " ")
	for (len = 0; len < 1000000; len += length(x) + 1) {
		x = w[int(rand() * n) + 1]
		printf "%s ", x
	}
}' >"$tmp/mb" || exit 2

# words_line MB FILE: MB megabytes of words, one line, no punctuation.
words_line() {
	i=0
	while [ "$i" -lt "$1" ]; do
		cat "$tmp/mb"
		i=$((i + 1))
	done >"$2.part"
	{ cat "$2.part"; echo omega; } >"$2"
	rm -f "$2.part"
}

# ------------------------------------------------------------------
# 1. Empty and tiny input: nothing to say is no output, and no error.

: >"$tmp/empty.txt"
begin "empty file: no output, exit 0"
capture "$tmp/empty.txt"
want_exit 0
want_no_out
want_no_err
verdict

printf '  \n\t\n \r\n\r\n   \f\v \000 \302\240 \343\200\200 \n' >"$tmp/blank.txt"
begin "white space only (ASCII, NUL, NBSP, ideographic space): no output, exit 0"
capture "$tmp/blank.txt"
want_exit 0
want_no_out
want_no_err
verdict

printf 'hello' >"$tmp/word.txt"
printf 'hello\n' >"$tmp/word.want"
begin "one word without a newline: printed, exit 0"
capture "$tmp/word.txt"
want_exit 0
want_out_file "$tmp/word.want"
want_no_err
verdict

printf '\357\273\277' >"$tmp/bom-only.txt"
begin "a BOM alone: no output, exit 0"
capture "$tmp/bom-only.txt"
want_exit 0
want_no_out
want_no_err
verdict

begin "/dev/null as FILE: no output, exit 0"
capture /dev/null
want_exit 0
want_no_out
want_no_err
verdict

# ------------------------------------------------------------------
# 2. Big and pathological input, under a time limit.

words_line 10 "$tmp/nopunct.txt"
begin "10 MB without punctuation: one sentence, printed whole, within 10 s"
capture_timed 10 "$tmp/nopunct.txt"
want_exit 0
want_lines 1
want_out_file "$tmp/nopunct.txt"
want_no_err
verdict

# One 10 MB sentence wrapped at 70 columns, as a text editor would.
LC_ALL=C awk '
	{ for (i = 1; i <= NF; i++) {
		if (col + length($i) > 70) { printf "\n"; col = 0 }
		else if (col) { printf " "; col++ }
		printf "%s", $i
		col += length($i)
	} }
	END { print "." }' "$tmp/nopunct.txt" >"$tmp/long.txt"
{ tr '\n' ' ' <"$tmp/long.txt" | sed 's/ $//'; echo; } >"$tmp/long.want"
begin "one 10 MB sentence on 140000 lines: printed whole, within 10 s"
capture_timed 10 "$tmp/long.txt"
want_exit 0
want_lines 1
want_out_file "$tmp/long.want"
want_no_err
verdict

{ cat "$tmp/long.txt"; echo "A short sentence follows the long one."; } \
	>"$tmp/long2.txt"
begin "a 10 MB sentence on 140000 lines, then a short one: within 10 s"
capture_timed 10 -n 2 --order=text "$tmp/long2.txt"
want_exit 0
want_lines 2
want_no_err
[ "$(sed -n 2p "$tmp/out")" = "A short sentence follows the long one." ] ||
	want "line 2: expected the short sentence"
verdict

LC_ALL=C awk 'BEGIN {
	print "The first sentence stands here."
	for (i = 0; i < 3000000; i++) print ""
	print "The second sentence stands there."
}' >"$tmp/blank-lines.txt"
printf 'The first sentence stands here.\nThe second sentence stands there.\n' \
	>"$tmp/blank-lines.want"
begin "3,000,000 blank lines between two sentences: both, within 10 s"
capture_timed 10 --order=text "$tmp/blank-lines.txt"
want_exit 0
want_out_file "$tmp/blank-lines.want"
want_no_err
verdict

LC_ALL=C awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "."; print "" }' \
	>"$tmp/periods.txt"
begin "10^6 periods: no words, no output, within 10 s"
capture_timed 10 "$tmp/periods.txt"
want_exit 0
want_no_out
want_no_err
verdict

LC_ALL=C awk 'BEGIN { for (i = 0; i < 1000000; i++) printf ". "; print "" }' \
	>"$tmp/periods-spaced.txt"
begin "10^6 periods between spaces: no output, within 10 s"
capture_timed 10 "$tmp/periods-spaced.txt"
want_exit 0
want_no_out
want_no_err
verdict

LC_ALL=C awk 'BEGIN { for (i = 0; i < 200000; i++) printf "Go%d. ", i % 7; print "" }' \
	>"$tmp/tiny-sentences.txt"
begin "200000 two-word sentences, 7 distinct: 5 lines, within 10 s"
capture_timed 10 "$tmp/tiny-sentences.txt"
want_exit 0
want_lines 5
want_no_err
verdict

# nest NAME OPEN CLOSE: 100000 OPEN, a sentence, 100000 CLOSE, another
# sentence.  Neither sentence may be lost.
nest() {
	LC_ALL=C awk -v o="$2" -v c="$3" 'BEGIN {
		for (i = 0; i < 100000; i++) printf "%s", o
		printf "Deep inside sits this text."
		for (i = 0; i < 100000; i++) printf "%s", c
		print " The next sentence stands outside."
	}' >"$tmp/nest.txt"
	begin "100000 nested $1: within 10 s, no text lost"
	capture_timed 10 --split "$tmp/nest.txt"
	want_exit 0
	want_no_err
	grep -F -q "Deep inside sits this text." "$tmp/out" ||
		want "the inner sentence is missing from --split"
	grep -F -q "The next sentence stands outside." "$tmp/out" ||
		want "the outer sentence is missing from --split"
	[ "$(bytes "$tmp/out")" -ge "$(($(bytes "$tmp/nest.txt") - 2))" ] ||
		want "--split output is shorter than the input"
	capture_timed 10 "$tmp/nest.txt"
	want_exit 0
	want_out
	want_no_err
	verdict
}
nest "parentheses" "(" ")"
nest "square brackets" "[" "]"
nest "curly double quotes" "$(printf '\342\200\234')" "$(printf '\342\200\235')"
nest "curly single quotes" "$(printf '\342\200\230')" "$(printf '\342\200\231')"
nest "straight double quotes" '"' '"'
nest "mixed openers, never closed" "$(printf '("[\342\200\230')" ""
nest "closers only" "" "$(printf ')]\342\200\235"')"

# One sentence of 30000 distinct words: --explain lists every term.
LC_ALL=C awk 'BEGIN {
	printf "Start"
	for (i = 0; i < 30000; i++) {
		w = ""
		for (n = i; n > 0 || w == ""; n = int(n / 26))
			w = w substr("abcdefghijklmnopqrstuvwxyz", n % 26 + 1, 1)
		printf " %sqz", w
	}
	print " end."
	print "A short second sentence is here."
}' >"$tmp/terms.txt"
for args in "--explain" "--explain -f json"; do
	begin "$args, one sentence of 30000 distinct terms: within 10 s"
	# shellcheck disable=SC2086 # ARGS is a list of options
	capture_timed 10 $args -n 2 "$tmp/terms.txt"
	want_exit 0
	want_out
	want_no_err
	case $args in *json*) want_json ;; esac
	verdict
done

# The 100 MB line: finishes, one line of output, peak memory (resident
# set) under three times the input.
words_line 100 "$tmp/huge.txt"
size=$(bytes "$tmp/huge.txt")
begin "100 MB single line of words: one line, exit 0, within 120 s"
capture_timed 120 "$tmp/huge.txt"
want_exit 0
want_lines 1
want_out_file "$tmp/huge.txt"
want_no_err
verdict
if [ -n "$SUMMARIZE_WRAP" ] || [ "$sanitized" = 1 ]; then
	skip "100 MB single line: peak memory" "wrapped or sanitizer build"
elif [ ! -x /usr/bin/time ]; then
	skip "100 MB single line: peak memory" "no /usr/bin/time"
else
	begin "100 MB single line: peak memory under 3x the input"
	/usr/bin/time -f %M -o "$tmp/mem" timeout $((120 * slow)) "$BIN" \
		"$tmp/huge.txt" >/dev/null 2>"$tmp/err"
	rc=$?
	want_exit 0
	kb=$(tail -n 1 "$tmp/mem")
	case $kb in
	'' | *[!0-9]*) want "no memory figure from /usr/bin/time: \"$kb\"" ;;
	*)
		[ $((kb * 1024)) -lt $((3 * size)) ] ||
			want "peak memory $((kb / 1024)) MB, limit $((3 * size / 1048576)) MB"
		;;
	esac
	verdict
fi
rm -f "$tmp/huge.txt" "$tmp/long.txt" "$tmp/long2.txt" "$tmp/blank-lines.txt"

# ------------------------------------------------------------------
# 3. Awkward bytes.

printf 'Alpha beta gamma.\000\000Delta\000epsilon zeta.\000\nEta theta iota.\n\000' \
	>"$tmp/nul.txt"
printf 'Alpha beta gamma.\nDelta epsilon zeta.\nEta theta iota.\n' \
	>"$tmp/nul.want"
begin "NUL bytes: white space, never printed"
capture --split "$tmp/nul.txt"
want_exit 0
want_out_file "$tmp/nul.want"
want_no_err
capture "$tmp/nul.txt"
want_exit 0
want_lines 3
want_no_nul
want_no_err
verdict

# Invalid UTF-8 is kept as it is in plain output, replaced in JSON.
printf 'An overlong slash \300\257 and NUL \300\200 and \340\200\257 sit here. A surrogate \355\240\200 and \355\277\277 sit there. Out of range \364\220\200\200 and \370\210\200\200\200 bytes, stray \200\277 and \376\377 ones. This one ends cut short \342\200' \
	>"$tmp/bad.txt"
printf 'An overlong slash \300\257 and NUL \300\200 and \340\200\257 sit here.\nA surrogate \355\240\200 and \355\277\277 sit there.\nOut of range \364\220\200\200 and \370\210\200\200\200 bytes, stray \200\277 and \376\377 ones.\nThis one ends cut short \342\200\n' \
	>"$tmp/bad.want"
begin "invalid UTF-8 (overlong, surrogates, out of range, stray, cut): kept as it is"
capture --split "$tmp/bad.txt"
want_exit 0
want_out_file "$tmp/bad.want"
want_no_err
verdict

for f in bad nul; do
	for args in "-f json" "-f json -k 5" "-f json -n 100" \
		"-f json --explain"; do
		begin "$args on $f.txt: exit 0, valid JSON"
		# shellcheck disable=SC2086 # ARGS is a list of options
		capture $args "$tmp/$f.txt"
		want_exit 0
		want_out
		want_no_err
		want_json
		verdict
	done
done

# cut_at_eof LABEL BYTES: a sentence ending in a cut-off sequence.
cut_at_eof() {
	printf 'The last word is cut short at the end \%s' "$2" >"$tmp/cut.txt"
	printf 'The last word is cut short at the end \%s\n' "$2" >"$tmp/cut.want"
	begin "truncated $1 at EOF: kept, exit 0, valid JSON"
	capture "$tmp/cut.txt"
	want_exit 0
	want_out_file "$tmp/cut.want"
	want_no_err
	capture -f json "$tmp/cut.txt"
	want_exit 0
	want_json
	verdict
}
cut_at_eof "2-byte sequence" '303'
cut_at_eof "3-byte sequence" '342\200'
cut_at_eof "4-byte sequence" '360\237\230'

# A continuation byte after a blank must not vanish with the blank.
printf 'A stray byte follows the blank \246\n' >"$tmp/stray.txt"
printf 'A stray byte follows the blank \246\n' >"$tmp/stray.want"
begin "stray continuation byte after a blank at the end of a line: kept"
capture --split "$tmp/stray.txt"
want_exit 0
want_out_file "$tmp/stray.want"
verdict

# JSON with a file name that needs escaping.
weird="$tmp/$(printf 'we\"ird\\\\na\tme\377.txt')"
cp "$pentagon" "$weird"
begin "-f json: a file name with a quote, backslash, tab and bad byte"
capture -f json -n 1 "$weird"
want_exit 0
want_no_err
want_json
verdict

LC_ALL=C awk 'BEGIN { srand(1); for (i = 0; i < 1000000; i++) printf "%c", int(rand() * 256) }' \
	>"$tmp/random.bin"
for f in "$tmp/random.bin" "$BIN"; do
	begin "binary file $(basename "$f"): exit 0 within 10 s, valid JSON"
	capture_timed 10 "$f"
	want_exit 0
	want_no_err
	capture_timed 10 -f json "$f"
	want_exit 0
	want_no_err
	want_json
	verdict
done

# Nothing is lost: -f mark with empty markers gives back every byte.
printf 'Hello there. Bye now.' >"$tmp/no-newline.txt"
for f in "$tmp/empty.txt" "$tmp/blank.txt" "$tmp/word.txt" "$tmp/bom-only.txt" \
	"$tmp/no-newline.txt" "$tmp/nul.txt" "$tmp/bad.txt" "$tmp/stray.txt" \
	"$tmp/cut.txt" "$tmp/random.bin" "$tmp/periods-spaced.txt" \
	"$tmp/nest.txt" "$tmp/terms.txt" "$tmp/nopunct.txt" samples/*.txt; do
	begin "-f mark --mark=, gives back $(basename "$f") byte for byte"
	capture_timed 10 -f mark --mark=, "$f"
	want_exit 0
	want_no_err
	want_out_file "$f"
	verdict
done

# ------------------------------------------------------------------
# 4. Line ends and byte-order marks: the same sentences, lines, columns.

# variants FILE: FILE.lf, FILE.crlf, FILE.cr, FILE.bom (BOM and LF),
# FILE.bomcrlf.
variants() {
	tr -d '\r' <"$1" >"$1.lf"
	awk '{ printf "%s\r\n", $0 }' "$1.lf" >"$1.crlf"
	tr '\n' '\r' <"$1.lf" >"$1.cr"
	{ printf '\357\273\277'; cat "$1.lf"; } >"$1.bom"
	{ printf '\357\273\277'; cat "$1.crlf"; } >"$1.bomcrlf"
}

printf 'Short title\n\nThe first paragraph has two sentences. It ends here.\nA second paragraph\nruns over two lines. It ends too.\n\n\n1. A list item.\n2. Another item.\n' \
	>"$tmp/lines.txt"
for f in samples/*.txt "$tmp/lines.txt"; do
	b=$tmp/le.$(basename "$f")
	cp "$f" "$b"
	variants "$b"
	for v in crlf cr bom bomcrlf; do
		begin "$v vs LF: $(basename "$f")"
		for args in "--split" "" "-f tsv -n 100 --order=text"; do
			# shellcheck disable=SC2086 # ARGS is a list of options
			run $args "$b.lf" >"$tmp/lf.out" 2>&1
			# shellcheck disable=SC2086
			capture $args "$b.$v"
			want_exit 0
			want_no_err
			cmp -s "$tmp/lf.out" "$tmp/out" ||
				want "output of '${args:-default}' differs ($(cmp "$tmp/lf.out" "$tmp/out" 2>&1 | head -n 1))"
		done
		# Line and column as an editor counts them (which strips
		# the BOM), from standard input so the names agree.
		run -f grep --label=in - <"$b.lf" >"$tmp/lf.out" 2>&1
		capture -f grep --label=in - <"$b.$v"
		want_exit 0
		cmp -s "$tmp/lf.out" "$tmp/out" ||
			want "-f grep positions differ ($(cmp "$tmp/lf.out" "$tmp/out" 2>&1 | head -n 1): $(diff "$tmp/lf.out" "$tmp/out" | sed -n 2p | cut -c 1-40) vs $(diff "$tmp/lf.out" "$tmp/out" | sed -n 4p | cut -c 1-40))"
		capture -f mark --mark=, "$b.$v"
		want_out_file "$b.$v"
		verdict
	done
done

# A BOM is not text: editors strip it, so the columns of line 1 do not
# count it.
printf 'Hello there my friend. Goodbye now my friend.\n' >"$tmp/col.txt"
{ printf '\357\273\277'; cat "$tmp/col.txt"; } >"$tmp/col.bom"
printf 'in:1:1:Hello there my friend.\nin:1:24:Goodbye now my friend.\n' \
	>"$tmp/col.want"
begin "BOM: -f grep columns of line 1 as without it"
capture -f grep --label=in - <"$tmp/col.bom"
want_exit 0
want_out_file "$tmp/col.want"
verdict

# ------------------------------------------------------------------
# 5. Files that cannot be read.

begin "directory as FILE: exit 1, \"Is a directory\""
capture samples
want_exit 1
want_no_out
want_err "summarize: samples: Is a directory"
verdict

if [ "$(id -u)" = 0 ]; then
	skip "unreadable file" "running as root"
else
	cp "$pentagon" "$tmp/unreadable.txt"
	chmod 000 "$tmp/unreadable.txt"
	begin "unreadable file: exit 1, \"Permission denied\""
	capture "$tmp/unreadable.txt"
	want_exit 1
	want_no_out
	want_err "summarize: $tmp/unreadable.txt: Permission denied"
	verdict
fi

missing=$tmp/no-such-file.txt
run -q "$pentagon" >"$tmp/a.out" 2>/dev/null
run -q "$harbor" >"$tmp/b.out" 2>/dev/null
{
	printf '==> %s <==\n' "$pentagon"
	cat "$tmp/a.out"
	printf '\n==> %s <==\n' "$harbor"
	cat "$tmp/b.out"
} >"$tmp/two.want"
begin "a missing file among good ones: the others summarized, exit 1"
capture "$pentagon" "$missing" "$harbor"
want_exit 1
want_out_file "$tmp/two.want"
want_err "summarize: $missing: No such file or directory"
verdict

begin "a directory among good ones: the others summarized, exit 1"
capture "$pentagon" samples "$harbor"
want_exit 1
want_out_file "$tmp/two.want"
want_err "summarize: samples: Is a directory"
verdict

# ------------------------------------------------------------------
# 6. Output that cannot be written.

begin "stdout closed: exit 1, write error, no crash"
run "$pentagon" >&- 2>"$tmp/err"
rc=$?
want_exit 1
want_err "summarize: write error: Bad file descriptor"
verdict

if [ -c /dev/full ]; then
	begin "> /dev/full: exit 1, write error"
	run "$pentagon" >/dev/full 2>"$tmp/err"
	rc=$?
	want_exit 1
	want_err "summarize: write error: No space left on device"
	verdict
	begin "> /dev/full with output larger than the buffer: exit 1, one message"
	run -n 100000 "$tmp/nopunct.txt" >/dev/full 2>"$tmp/err"
	rc=$?
	want_exit 1
	want_err "summarize: write error: No space left on device"
	verdict
	begin "--version > /dev/full: exit 1, write error"
	run --version >/dev/full 2>"$tmp/err"
	rc=$?
	want_exit 1
	want_err "summarize: write error: No space left on device"
	verdict
else
	skip "> /dev/full" "no /dev/full"
fi

# Megabytes of sentences with distinct words (the tool drops repeats), so
# the tool is still writing when head exits.
LC_ALL=C awk 'BEGIN {
	for (i = 0; i < 200000; i++) {
		w = ""
		for (n = i; n > 0 || w == ""; n = int(n / 10))
			w = w substr("bcdfghjklm", n % 10 + 1, 1)
		printf "Zq%sx talks about qua%sv at some length. ", w, w
	}
}' >"$tmp/many.txt"
begin "| head -n 1: one line, nothing on stderr"
{ run -n 1000000 "$tmp/many.txt" 2>"$tmp/err"; } | head -n 1 >"$tmp/out"
[ "$(lines "$tmp/out")" = 1 ] || want "expected 1 line, got $(lines "$tmp/out")"
want_no_err
verdict

# ------------------------------------------------------------------
# 7. Bad and conflicting options.

for opt in -n -w -c -k -r; do
	for v in 0 -1 -99999999999999999999 99999999999999999999 abc 3x 1e3 ' 3' '' 0x10; do
		begin "usage error: $opt '$v': exit 2"
		capture "$opt" "$v" "$pentagon"
		want_exit 2
		want_no_out
		want_err_prefix "summarize: "
		verdict
	done
done
begin "usage error: -r 101: exit 2"
capture -r 101 "$pentagon"
want_exit 2
want_no_out
want_err_prefix "summarize: "
verdict
begin "usage error: -k 100001: exit 2"
capture -k 100001 "$pentagon"
want_exit 2
want_no_out
want_err_prefix "summarize: "
verdict

run -n 100000 "$pentagon" >"$tmp/all.out" 2>/dev/null
for opt in -n -w -c; do
	begin "$opt 9223372036854775807 (the largest): the whole summary, exit 0"
	capture -n 100000 "$opt" 9223372036854775807 "$pentagon"
	want_exit 0
	want_out_file "$tmp/all.out"
	want_no_err
	verdict
done

# same LABEL "ARGS" "EQUIVALENT ARGS": the two command lines agree.
same() {
	begin "conflicting options: $1"
	# shellcheck disable=SC2086 # lists of options
	run $3 "$pentagon" >"$tmp/want.out" 2>&1
	# shellcheck disable=SC2086
	capture $2 "$pentagon"
	want_exit 0
	want_no_err
	want_out
	want_out_file "$tmp/want.out"
	verdict
}
same "-f json -f tsv: the last wins" "--format=json --format=tsv" "-f tsv"
same "-f tsv -f json: the last wins" "-f tsv -f json" "-f json"
same "-n 3 -n 1: the last wins" "-n 3 -n 1" "-n 1"
same "--order=text --order=rank: the last wins" "--order=text --order=rank" "--order=rank"
same "-H -q: the last wins" "-H -q" "-q"
same "-q -H: the last wins" "-q -H" "-H"
same "-s -f json: --split is always plain" "-s -f json" "-s"
same "-s -k 3: --split wins" "-s -k 3" "-s"
same "-s -n 1: length options do not apply to --split" "-s -n 1" "-s"
same "-n 2 -r 100: every limit holds" "-n 2 -r 100" "-n 2"

# ------------------------------------------------------------------
# 8. Not enough memory: a message and exit 1, never a signal.

if [ -n "$SUMMARIZE_WRAP" ] || [ "$sanitized" = 1 ]; then
	skip "ulimit -v" "wrapped or sanitizer build"
elif ! limited 60000 "$BIN" --version >/dev/null 2>&1; then
	skip "ulimit -v" "the tool does not start under ulimit -v 60000"
else
	words_line 80 "$tmp/big80.txt"
	begin "ulimit -v 60000, 80 MB FILE: exit 1, \"summarize: FILE: ...memory...\""
	limited 60000 "$BIN" "$tmp/big80.txt" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	want_exit 1
	want_no_out
	want_err_match "summarize: $tmp/big80.txt: *memory*"
	verdict

	begin "ulimit -v 60000, 80 MB on stdin: exit 1, \"summarize: standard input: ...memory...\""
	limited 60000 "$BIN" <"$tmp/big80.txt" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	want_exit 1
	want_no_out
	want_err_match "summarize: standard input: *memory*"
	verdict

	begin "ulimit -v 60000, 80 MB FILE among good ones: the others summarized, exit 1"
	limited 60000 "$BIN" -q "$pentagon" "$tmp/big80.txt" "$harbor" \
		>"$tmp/out" 2>"$tmp/err"
	rc=$?
	want_exit 1
	cat "$tmp/a.out" "$tmp/b.out" >"$tmp/want.out"
	want_out_file "$tmp/want.out"
	want_err_match "summarize: $tmp/big80.txt: *memory*"
	verdict

	# Between "cannot even read it" and "enough": whatever fails, it
	# fails cleanly.
	for kb in 100000 160000 220000 300000; do
		for args in "" "-f json" "--split"; do
			begin "ulimit -v $kb, 80 MB FILE, '${args:-default}': a summary or a memory message"
			# shellcheck disable=SC2086 # ARGS is a list of options
			limited "$kb" "$BIN" $args "$tmp/big80.txt" \
				>"$tmp/out" 2>"$tmp/err"
			rc=$?
			if [ "$rc" = 0 ]; then
				want_no_err
				want_out
			else
				want_exit 1
				want_err_match "summarize: $tmp/big80.txt: *memory*"
			fi
			verdict
		done
	done
	rm -f "$tmp/big80.txt"
fi

# ------------------------------------------------------------------
# 9. Inputs are never written: every mode on a copy of a sample, then
# its bytes, mode and time stamp are what they were.

for f in samples/*.txt; do
	copy=$tmp/ro.$(basename "$f")
	cp "$f" "$copy"
	chmod 644 "$copy"
	touch -t 200001010000 "$copy"
	touch -t 200001010000 "$tmp/stamp"
	sum_before=$(cksum <"$copy")
	begin "inputs untouched by every mode: $(basename "$f")"
	for args in "" "-n 1" "-r 50" "-w 30" "-c 200" "-k 5" "-k 5 -f tsv" \
		"-f json" "-f tsv" "-f grep" "-f mark" "--color=always" \
		"--explain" "--explain -f json" "--no-lead" "--split" \
		"--order=text" "-H" "-q" "-j 1" "-j 3" "-o $tmp/outdir"; do
		# shellcheck disable=SC2086 # ARGS is a list of options
		run $args "$copy" >/dev/null 2>&1 ||
			want "'${args:-default}' failed"
		case $args in -o*) continue ;; esac  # -o needs a name
		# shellcheck disable=SC2086
		run $args - <"$copy" >/dev/null 2>&1 ||
			want "'${args:-default}' on stdin failed"
	done
	run "$copy" "$copy" >/dev/null 2>&1 || want "the file twice failed"
	(cd "$tmp" && run -o . "$(basename "$copy")") >/dev/null 2>&1 &&
		want "-o into the input's own directory did not fail"
	[ "$(cksum <"$copy")" = "$sum_before" ] || want "its bytes changed"
	[ -n "$(find "$copy" -perm 644)" ] || want "its mode changed"
	[ -z "$(find "$copy" -newer "$tmp/stamp")" ] ||
		want "its modification time changed"
	cmp -s "$f" "$copy" || want "it differs from $f"
	verdict
done

# ------------------------------------------------------------------
# A file that shrinks while it is read (large files are mapped, and a
# mapped page past the new end raises SIGBUS): each run either finishes
# or reports the file as changed, exit 1; none dies of a signal.  What it
# wrote is what it read before the loss: a prefix of the whole output.
# An output is held until it passes 1 MiB, then written as it is
# rendered, so: with -n 1 on one long line (a single sentence, held
# whole) nothing is written; with --split on many sentences, anything
# from nothing to all but the end.  Truncated at a few moments, one of
# which at least falls while the file is being read.

# shrink_runs WRITES ARGS DELAYS...: the runs above, the tool with the
# options ARGS on a copy of $tmp/shrink.src whose whole output is
# $tmp/shrink.want, truncated after each of DELAYS; WRITES is "nothing"
# or "prefix", what a run that saw the change may write.
shrink_runs() {
	writes=$1
	args=$2
	shift 2
	hits=0
	for delay in "$@"; do
		begin "file truncated after ${delay} s ($args): finished or reported, no signal"
		cp "$tmp/shrink.src" "$tmp/shrink.txt"
		# shellcheck disable=SC2086 # ARGS is a list of options
		run $args "$tmp/shrink.txt" >"$tmp/out" 2>"$tmp/err" &
		pid=$!
		sleep "$delay"
		: >"$tmp/shrink.txt"
		wait "$pid"
		rc=$?
		case $rc in
		0)	# Whole, or empty when truncated before it was opened.
			[ -s "$tmp/out" ] && want_out_file "$tmp/shrink.want" ;;
		1)	hits=$((hits + 1))
			want_err_match "summarize: $tmp/shrink.txt: file changed size while being read"
			n=$(bytes "$tmp/out")
			if [ "$writes" = nothing ]; then
				want_no_out
			elif [ "$n" -ge "$(bytes "$tmp/shrink.want")" ] ||
			     ! head -c "$n" "$tmp/shrink.want" | cmp -s - "$tmp/out"; then
				want "stdout ($n bytes) is not a prefix of the whole output"
			fi ;;
		*)	want "exit status $rc" ;;
		esac
		verdict
	done
	[ "$hits" -gt 0 ] ||
		skip "file truncated while read ($args)" "every run finished before the truncation"
}

words_line 30 "$tmp/shrink.src"
run -n 1 "$tmp/shrink.src" >"$tmp/shrink.want"
shrink_runs nothing "-n 1" 0.01 0.03 0.05 0.08 0.12

i=0
while [ "$i" -lt 1000 ]; do
	cat samples/*.txt
	i=$((i + 1))
done >"$tmp/shrink.src"
run --split "$tmp/shrink.src" >"$tmp/shrink.want"
shrink_runs prefix --split 0.01 0.03 0.05 0.08 0.12 0.16 0.2
rm -f "$tmp/shrink.src" "$tmp/shrink.txt" "$tmp/shrink.want"

# ------------------------------------------------------------------

finish hardening
