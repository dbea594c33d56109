#!/bin/sh
# tests/fuzz.sh - run libFuzzer targets for a while each; fail on a crash.
#
#   sh tests/fuzz.sh SECONDS tests/fuzz_engine tests/fuzz_split ...
#
# Each target runs for SECONDS on a fresh seed corpus made in a temporary
# directory (never committed): the samples, the golden outputs, the samples
# cut into pieces of a few lines; for fuzz_stem, single words; for
# fuzz_records, JSON records made from the samples' lines; for
# fuzz_streams, the samples' first lines in UTF-16 too.  The
# dictionary is tests/fuzz.dict.  An input that takes over FUZZ_TIMEOUT
# seconds (default 10) counts as a crash: a hang is a bug here.
#
# FUZZ_FLAGS, when set, is added to every libFuzzer command line, e.g.
#   FUZZ_FLAGS=-use_value_profile=1 sh tests/fuzz.sh 60 tests/fuzz_engine
# FUZZ_CORPUS, when set, is a directory that keeps each target's corpus
# (FUZZ_CORPUS/fuzz_engine, ...) between runs instead of a temporary one.
#
# Prints each target's final figures (executions, coverage); on a crash,
# libFuzzer's report and the input in base64, and keeps the crash file.
# Exit status 1 if any target failed, 2 on a usage error.

if [ $# -lt 2 ]; then
	echo "usage: sh tests/fuzz.sh SECONDS FUZZER..." >&2
	exit 2
fi
secs=$1
shift
case $secs in
'' | *[!0-9]*)
	echo "fuzz: SECONDS must be a whole number, not '$secs'" >&2
	exit 2
	;;
esac
timeout_secs=${FUZZ_TIMEOUT-10}
FUZZ_FLAGS=${FUZZ_FLAGS-}

root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/summarize-fuzz.XXXXXX") || exit 2
keep=0
trap '[ "$keep" = 1 ] || rm -rf "$tmp"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# seed_text DIR: whole samples and golden files, and the samples cut into
# pieces of 6 lines (small inputs make faster runs to mutate from).
seed_text() {
	for f in "$root"/samples/*.txt "$root"/samples/*.md "$root"/tests/expected/*; do
		[ -f "$f" ] || continue
		cp "$f" "$1/$(basename "$f")"
		(cd "$1" && split -l 6 "$f" "$(basename "$f").part.")
	done
	# A word set vertically, which is read without its line breaks.
	printf 'Read the sign.\r\nW\r\nA\r\nRN\r\nI\r\nNG\r\nKeep out.\n' \
		> "$1/vertical.txt"
	# An e-mail's quoted reply, read without its quote markers.
	printf 'Yes.\n> > Is the gate\n> > shut?\n>\n> It was at six.\nGood.\n' \
		> "$1/quoted.txt"
	# A single quoted line, a '>' that is no quote, a signature.
	printf 'Hi,\n\n> Done?\nYes, by\n> 90%%.\n\nBest,\nAl\n-- \nAl Ng\n' \
		> "$1/signed.txt"
}

# seed_words DIR: one word per file, from the samples and every 50th
# entry of the stemmer's vocabulary.
seed_words() {
	{
		cat "$root"/samples/*.txt
		awk 'NR % 50 == 0 { print $1 }' "$root/tests/stem_vocab.txt" \
			2>/dev/null
	} | awk -v dir="$1" '{
		for (i = 1; i <= NF; i++)
			if (!seen[$i]++) {
				f = dir "/w" ++n
				printf "%s", $i > f
				close(f)
			}
	}'
}

# seed_records DIR: JSON records, one per line of each sample, and the
# golden JSON outputs.
seed_records() {
	for f in "$root"/samples/*.txt; do
		LC_ALL=C awk -v out="$1/$(basename "$f" .txt).jsonl" '
		function quote(s,   q, i, c) {
			q = ""
			for (i = 1; i <= length(s); i++) {
				c = substr(s, i, 1)
				if (c == "\\" || c == "\"")
					q = q "\\" c
				else if (c == "\t")
					q = q "\\t"
				else if (c != "\r")
					q = q c
			}
			return q
		}
		{
			printf "{\"id\": %d, \"text\": \"%s\"}\n", NR, quote($0) > (out NR)
			close(out NR)
		}' "$f"
	done
	for f in "$root"/tests/expected/*.json; do
		[ -f "$f" ] || continue
		cp "$f" "$1/$(basename "$f")"
	done
}

# seed_utf16 DIR: the first lines of each sample in UTF-16 of either byte
# order after its byte order mark, behind a byte of each record mode (see
# fuzz_streams.c), where iconv is at hand.
seed_utf16() {
	command -v iconv >/dev/null 2>&1 || return 0
	for f in "$root"/samples/*.txt; do
		[ -f "$f" ] || continue
		b=$(basename "$f")
		for mode in 0 1; do
			{ printf "\\$mode\\377\\376"; head -n 8 "$f" |
			  iconv -f UTF-8 -t UTF-16LE 2>/dev/null; } >"$1/$b.le$mode"
			{ printf "\\$mode\\376\\377"; head -n 8 "$f" |
			  iconv -f UTF-8 -t UTF-16BE 2>/dev/null; } >"$1/$b.be$mode"
		done
	done
}

# seed_html DIR: the samples' paragraphs as small pages, in markup that
# the reader treats each its own way.
seed_html() {
	n=0
	for f in "$root"/samples/*.txt; do
		n=$((n + 1))
		awk 'BEGIN { print "<!DOCTYPE html><html><head><title>T &amp; t | S</title>" \
			"<meta property=og:title content=\"T &copy; t\"></head><body>" \
			"<nav><a href=/>Home</a></nav><article><h1>T</h1>" }
		NF { printf "<p class=text>%s<br>&nbsp;&#8212;<b>b</b></p>\n", $0 }
		END { print "<ul><li><a href=/x>x</a><li>y</ul><!-- c --><script>" \
			"<!--<script></script>--></script></article><footer>f</footer>" }' \
			"$f" >"$1/page$n.html"
		(cd "$1" && split -l 4 "page$n.html" "page$n.part.")
	done
}

failed=0
for bin; do
	name=$(basename "$bin")
	if [ ! -x "$bin" ]; then
		echo "fuzz: $bin: not built (make fuzz)" >&2
		failed=1
		continue
	fi
	if [ -n "${FUZZ_CORPUS-}" ]; then
		corpus=$FUZZ_CORPUS/$name
	else
		corpus=$tmp/$name.corpus
	fi
	mkdir -p "$corpus" "$tmp/$name.crash" || exit 2
	if [ -z "$(ls "$corpus")" ]; then
		case $name in
		fuzz_stem) seed_words "$corpus" ;;
		fuzz_records) seed_records "$corpus" ;;
		fuzz_html) seed_html "$corpus" ;;
		fuzz_streams) seed_text "$corpus"; seed_utf16 "$corpus" ;;
		*) seed_text "$corpus" ;;
		esac
	fi
	case $name in
	fuzz_stem) max_len=64 ;;
	*) max_len=8192 ;;
	esac
	dict=$root/tests/fuzz.dict
	[ -f "$root/tests/$name.dict" ] && dict=$root/tests/$name.dict
	log=$tmp/$name.log
	# shellcheck disable=SC2086 # FUZZ_FLAGS is a list of options
	"$bin" -max_total_time="$secs" -timeout="$timeout_secs" \
		-max_len="$max_len" -dict="$dict" \
		-artifact_prefix="$tmp/$name.crash/" -print_final_stats=1 \
		$FUZZ_FLAGS "$corpus" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
	if [ "$rc" = 0 ]; then
		echo "fuzz: $name: ${runs:-?} runs in ${secs}s, ok: $last"
		continue
	fi
	failed=1
	keep=1
	echo "fuzz: $name: FAILED (exit status $rc); its report:"
	grep -v -E '^#[0-9]+|^INFO:|^Dictionary:' "$log" | tail -n 60
	for crash in "$tmp/$name.crash"/*; do
		[ -f "$crash" ] || continue
		echo "fuzz: $name: input kept in $crash; in base64:"
		base64 <"$crash"
	done
done
[ "$failed" = 0 ]
