#!/bin/sh
# tests/batch.sh - end-to-end tests of summarize at batch scale: -R trees,
# -o output trees, -j worker threads, --records streams, GNU parallel.
#
#   sh tests/batch.sh ./summarize
#
# Everything is generated from samples/*.txt into a temporary directory,
# deterministically.  Prints one line per failed check and ends with
# "batch: N passed, N failed"; the exit status is 1 if any check failed.
# POSIX sh; needs awk, cmp, cksum, find, sort, mkfifo; python3 for the
# JSON checks and GNU parallel for the parallel --pipe check (each
# skipped, with a note, when missing).

if [ $# -ne 1 ]; then
	echo "usage: sh tests/batch.sh PATH-TO-SUMMARIZE" >&2
	exit 2
fi
BIN=$1
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
setup batch

# ------------------------------------------------------------------
# Bookkeeping: begin NAME, want PROBLEM..., verdict (tests/lib.sh).


# want_same EXPECTED GOT LABEL
want_same() {
	cmp -s "$1" "$2" || want "$3 differ ($(firstdiff "$1" "$2"))"
}

want_empty() {
	[ -s "$1" ] && want "$2: expected nothing, got \"$(show "$1")\""
}

count_lines() {
	n=$(wc -l <"$1")
	echo $((n + 0))
}

# No temporary file of summarize left anywhere under $1.
want_no_temps() {
	left=$(find "$1" -name '.summarize.*' | head -n 3)
	[ -z "$left" ] || want "temporary files left: $left"
}

have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1

set -- samples/*.txt
[ -f "$1" ] || {
	echo "batch: no samples/*.txt under $root" >&2
	exit 2
}

# ------------------------------------------------------------------
# 1. A tree of 1,200 files: each the tail of one sample (from a line that
# depends on its number) and the head of another, in nested directories;
# plus names that test the order (capitals, '.' against '/', a space),
# an empty file, an empty directory and a file that is only a title.

tree=$tmp/tree
mkdir -p "$tree"
awk -v root="$tree" -v nfiles=1200 '
	FNR == 1 { ns++ }
	{ line[ns, ++nl[ns]] = $0 }
	END {
		for (i = 0; i < nfiles; i++) {
			a = i % ns + 1
			b = (i * 7 + 3) % ns + 1
			dir = root "/d" (i % 10) "/e" (int(i / 10) % 6)
			if (i % 3 == 0)
				dir = dir "/f" (i % 4)
			if (!(dir in made)) {
				system("mkdir -p \"" dir "\"")
				made[dir] = 1
			}
			f = dir "/doc" i ".txt"
			for (k = (i * 13) % nl[a] + 1; k <= nl[a]; k++)
				print line[a, k] > f
			print "" > f
			for (k = 1; k <= i % nl[b] + 1; k++)
				print line[b, k] > f
			close(f)
		}
	}' samples/*.txt
mkdir -p "$tree/order/a"
cp samples/pentagon-china-talks.txt "$tree/order/a.txt"
cp samples/harbor-bridge-wrapped.txt "$tree/order/a/b.txt"
cp samples/library-levy-blank.txt "$tree/order/B.txt"
cp samples/water-report-crlf.txt "$tree/order/a b.txt"
: >"$tree/order/empty.txt"
mkdir "$tree/order/none"        # an empty directory: nothing to read
printf 'Only a Title Here\n' >"$tree/order/title.txt"

# The files in the order -R must give: names sorted bytewise in each
# directory, depth first ('/' sorts before every other byte here).
find "$tree" -type f | awk '{ k = $0; gsub("/", "\001", k); print k "\t" $0 }' |
	LC_ALL=C sort | cut -f 2 >"$tmp/files"
nfiles=$(count_lines "$tmp/files")

begin "the generated tree has at least 1000 files"
[ "$nfiles" -ge 1000 ] || want "only $nfiles files"
verdict

# ------------------------------------------------------------------
# 2. -R: the same output for every -j, in the order above, and equal to
# one run per file.

# Expected: each file summarized on its own, joined with headers as head
# does; the same runs kept for the -o checks.
mkdir -p "$tmp/single"
i=0
while IFS= read -r f; do
	i=$((i + 1))
	"$BIN" -n 3 "$f" >"$tmp/single/$i" 2>&1
done <"$tmp/files"
i=0
while IFS= read -r f; do
	i=$((i + 1))
	[ "$i" -gt 1 ] && printf '\n'
	printf '==> %s <==\n' "$f"
	cat "$tmp/single/$i"
done <"$tmp/files" >"$tmp/want.out"

for j in 1 4; do
	begin "-R -j $j: one run per file, in byte order of names"
	"$BIN" -R -n 3 -j "$j" "$tree" >"$tmp/r$j.out" 2>"$tmp/r$j.err"
	rc=$?
	want_rc 0
	want_empty "$tmp/r$j.err" "stderr"
	want_same "$tmp/want.out" "$tmp/r$j.out" "output and per-file runs"
	verdict
done

begin "-R: -j 1 and -j 4 give the same bytes"
want_same "$tmp/r1.out" "$tmp/r4.out" "-j 1 and -j 4 outputs"
verdict

# Other formats and options, -j 1 against -j 4 (and -j 3, -j 16).
for args in "-f json" "-f tsv -r 30" "-f mark" "-f grep" "-k 5" "--split" \
	"-q -w 50 --order=text"; do
	begin "-R $args: -j 1, 3, 4 and 16 give the same bytes"
	# shellcheck disable=SC2086 # ARGS are options to split
	"$BIN" -R $args -j 1 "$tree" >"$tmp/a1.out" 2>"$tmp/a1.err"
	rc=$?
	want_rc 0
	for j in 3 4 16; do
		# shellcheck disable=SC2086
		"$BIN" -R $args -j "$j" "$tree" >"$tmp/a$j.out" 2>"$tmp/a$j.err"
		want_same "$tmp/a1.out" "$tmp/a$j.out" "-j 1 and -j $j outputs"
		want_same "$tmp/a1.err" "$tmp/a$j.err" "-j 1 and -j $j stderr"
	done
	verdict
done

if [ "$have_python" = 1 ]; then
	begin "-R -f json: one valid object per file, in order"
	"$BIN" -R -f json -j 4 "$tree" >"$tmp/json.out" 2>/dev/null
	err=$(python3 -c '
import json, sys
files = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
objs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
if [o["file"] for o in objs] != files:
    sys.exit("files out of order or missing")
' "$tmp/files" "$tmp/json.out" 2>&1 | tail -n 1)
	[ -z "$err" ] || want "$err"
	verdict
else
	skip "-R -f json: valid objects" "no python3"
fi

# ------------------------------------------------------------------
# 3. -o: one file per input, equal to a run per file; nothing printed;
# no temporary file left; the same tree for every -j.

out=$tmp/out
for j in 4 1; do
	rm -rf "$out"
	begin "-R -o DIR -j $j: each file equals its own run"
	"$BIN" -R -n 3 -j "$j" -o "$out" "$tree" >"$tmp/o.out" 2>"$tmp/o.err"
	rc=$?
	want_rc 0
	want_empty "$tmp/o.out" "stdout"
	want_empty "$tmp/o.err" "stderr"
	i=0
	bad=0
	while IFS= read -r f; do
		i=$((i + 1))
		# The tree's path is absolute: mirrored without its leading /.
		if ! cmp -s "$tmp/single/$i" "$out$f"; then
			[ "$bad" = 0 ] && want "$out$f differs from 'summarize $f'"
			bad=$((bad + 1))
		fi
	done <"$tmp/files"
	[ "$bad" = 0 ] || want "$bad files differ"
	nout=$(find "$out" -type f | wc -l)
	[ "$((nout + 0))" = "$nfiles" ] ||
		want "expected $nfiles files under DIR, got $((nout + 0))"
	want_no_temps "$out"
	verdict
	cp -R "$out" "$tmp/out-j$j"
done

# A run stopped by a signal: whatever it wrote is whole, and no temporary
# file is left.  Forty inputs of 2 MB each take long enough that the
# signal comes while files are being written.  (SIGINT is not tried: a
# background job of a script ignores it.)
mkdir -p "$tmp/slow"
n=0
while [ "$n" -lt 110 ]; do
	n=$((n + 1))
	cat samples/*.txt
done >"$tmp/slow/base"
k=0
while [ "$k" -lt 40 ]; do
	k=$((k + 1))
	{ printf 'Run %s begins here.\n' "$k"; cat "$tmp/slow/base"; } \
		>"$tmp/slow/f$k.txt"
	"$BIN" -n 3 "$tmp/slow/f$k.txt" >"$tmp/slow/f$k.want" 2>&1
done
sig=TERM
{
	begin "-o stopped by SIG$sig: no temporary file, no partial summary"
	rm -rf "$tmp/sig"
	"$BIN" -n 3 -j 2 -o "$tmp/sig" "$tmp"/slow/f*.txt >/dev/null 2>&1 &
	pid=$!
	sleep 0.1
	kill -s "$sig" "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	rc=$?
	[ "$rc" -gt 128 ] || [ "$rc" = 0 ] || want "exit status $rc"
	[ -d "$tmp/sig" ] && want_no_temps "$tmp/sig"
	bad=0
	for f in "$tmp"/slow/f*.txt; do
		[ -f "$tmp/sig$f" ] || continue
		cmp -s "${f%.txt}.want" "$tmp/sig$f" || bad=$((bad + 1))
	done
	[ "$bad" = 0 ] || want "$bad files written in part"
	verdict
}
rm -rf "$tmp/slow" "$tmp/sig"

begin "-o: -j 1 and -j 4 write the same tree"
diff -r "$tmp/out-j1" "$tmp/out-j4" >/dev/null 2>&1 ||
	want "the trees differ"
verdict

# Relative paths, ./ and repeated slashes, a second run over old output.
work=$tmp/work
mkdir -p "$work/news"
cp samples/pentagon-china-talks.txt "$work/news/a.txt"
cp samples/harbor-bridge-wrapped.txt "$work/b.txt"
"$BIN" "$work/news/a.txt" >"$tmp/a.want" 2>/dev/null
"$BIN" "$work/b.txt" >"$tmp/b.want" 2>/dev/null

begin "-o: relative paths are mirrored (news/a.txt -> DIR/news/a.txt)"
(cd "$work" && "$BIN" -o sums news/a.txt .//b.txt) >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
want_empty "$tmp/o.err" "stderr"
want_same "$tmp/a.want" "$work/sums/news/a.txt" "DIR/news/a.txt"
want_same "$tmp/b.want" "$work/sums/b.txt" "DIR/b.txt"
verdict

begin "-o: an existing summary is replaced whole"
printf 'old summary, longer than the new one would be ............\n' \
	>"$work/sums/b.txt"
(cd "$work" && "$BIN" -o sums b.txt) >/dev/null 2>"$tmp/o.err"
rc=$?
want_rc 0
want_same "$tmp/b.want" "$work/sums/b.txt" "DIR/b.txt"
want_no_temps "$work"
verdict

begin "-R -o DIR inside the tree: DIR is skipped with a note"
(cd "$work" && "$BIN" -R -o sums .) >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
printf 'summarize: ./sums: skipped: the output directory\n' >"$tmp/want.err"
want_same "$tmp/want.err" "$tmp/o.err" "stderr"
[ -e "$work/sums/sums" ] && want "DIR/sums was written"
want_same "$tmp/a.want" "$work/sums/news/a.txt" "DIR/news/a.txt"
verdict

begin "-R -o DIR DIR: DIR is skipped with a note"
(cd "$work" && "$BIN" -R -o sums sums) >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
printf 'summarize: sums: skipped: the output directory\n' >"$tmp/want.err"
want_same "$tmp/want.err" "$tmp/o.err" "stderr"
[ -e "$work/sums/sums" ] && want "DIR/sums was written"
verdict

# Refusals: the input itself, a hard link to it, a symbolic link to it.
sum_before=$(cksum <"$work/b.txt")

begin "-o . with a relative input: refused, input untouched"
(cd "$work" && "$BIN" -o . b.txt) >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 1
want_empty "$tmp/o.out" "stdout"
grep -q '^summarize: b.txt: output file ./b.txt is an input file; not written$' \
	"$tmp/o.err" || want "stderr: got \"$(show "$tmp/o.err")\""
[ "$(cksum <"$work/b.txt")" = "$sum_before" ] || want "the input changed"
want_no_temps "$work"
verdict

mkdir -p "$work/hl" "$work/sl"
ln "$work/b.txt" "$work/hl/b.txt"
ln -s "$work/b.txt" "$work/sl/b.txt"
for kind in hl sl; do
	begin "-o: output is a $kind link to the input: refused, input untouched"
	(cd "$work" && "$BIN" -o "$kind" b.txt) >"$tmp/o.out" 2>"$tmp/o.err"
	rc=$?
	want_rc 1
	grep -q "is an input file; not written" "$tmp/o.err" ||
		want "stderr: got \"$(show "$tmp/o.err")\""
	[ "$(cksum <"$work/b.txt")" = "$sum_before" ] || want "the input changed"
	want_no_temps "$work"
	verdict
done

begin "-o: the other inputs are still written after a refusal"
(cd "$work" && "$BIN" -j 4 -o hl b.txt news/a.txt) >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 1
[ "$(count_lines "$tmp/o.err")" = 1 ] ||
	want "expected 1 message, got \"$(show "$tmp/o.err")\""
want_same "$tmp/a.want" "$work/hl/news/a.txt" "DIR/news/a.txt"
[ "$(cksum <"$work/b.txt")" = "$sum_before" ] || want "the input changed"
verdict

begin "-o: two inputs with one output path: the second is refused"
(cd "$work" && "$BIN" -o two news/a.txt "$work/news/a.txt" ./news/a.txt) \
	>"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 1
[ "$(count_lines "$tmp/o.err")" = 1 ] ||
	want "expected 1 message, got \"$(show "$tmp/o.err")\""
grep -q '^summarize: ./news/a.txt: output file two/news/a.txt is written for news/a.txt already$' \
	"$tmp/o.err" || want "stderr: got \"$(show "$tmp/o.err")\""
want_same "$tmp/a.want" "$work/two/news/a.txt" "DIR/news/a.txt"
verdict

usage() {
	begin "usage error: $1"
	shift
	(cd "$work" && "$BIN" "$@") <"$work/b.txt" >"$tmp/o.out" 2>"$tmp/o.err"
	rc=$?
	want_rc 2
	want_empty "$tmp/o.out" "stdout"
	[ -e "$work/never" ] && want "DIR was created"
	verdict
}
usage "-o with standard input" -o never
usage "-o with -" -o never b.txt -
usage "-o with a .. component" -o never ../work/b.txt
usage "--records with -R" --records=lines -R news
usage "--records with -f json" --records=jsonl -f json
usage "-j 0" -j 0 b.txt
usage "--records=csv" --records=csv

# ------------------------------------------------------------------
# 4. Walking: links, loops, special and binary files, errors in order.

odd=$tmp/odd
mkdir -p "$odd/sub"
cp samples/pentagon-china-talks.txt "$odd/a.txt"
cp samples/harbor-bridge-wrapped.txt "$odd/sub/b.txt"
ln -s .. "$odd/sub/loop"
ln -s self "$odd/self"
ln -s sub "$odd/via-link"
mkfifo "$odd/fifo"
{ cat samples/library-levy-blank.txt; printf 'x\000y\n'; } >"$odd/binary.txt"
head -c 9000 /dev/zero | tr '\000' 'a' >"$odd/late-nul.txt"
printf '\000 A NUL past 8 KiB does not make a file binary.\n' \
	>>"$odd/late-nul.txt"

begin "-R: symbolic link loops, a fifo and a binary file are skipped with notes"
timeout 20 "$BIN" -R -j 4 "$odd" >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
cat >"$tmp/want.err" <<EOF
summarize: $odd/binary.txt: skipped: binary file
summarize: $odd/fifo: skipped: fifo
summarize: $odd/self: skipped: symbolic link loop
summarize: $odd/sub/loop: skipped: symbolic link loop
summarize: $odd/via-link/loop: skipped: symbolic link loop
EOF
want_same "$tmp/want.err" "$tmp/o.err" "stderr"
grep '^==> ' "$tmp/o.out" >"$tmp/heads"
printf '==> %s <==\n' "$odd/a.txt" "$odd/late-nul.txt" "$odd/sub/b.txt" \
	"$odd/via-link/b.txt" >"$tmp/want.heads"
want_same "$tmp/want.heads" "$tmp/heads" "headers"
verdict

begin "-R --binary: the binary file is summarized"
"$BIN" -R --binary -j 4 "$odd" >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
grep -q "^==> $odd/binary.txt <==" "$tmp/o.out" || want "no binary.txt summary"
grep -q "binary" "$tmp/o.err" && want "stderr still mentions binary"
verdict

begin "a binary FILE operand is summarized (operands are taken as given)"
"$BIN" "$odd/binary.txt" >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
want_empty "$tmp/o.err" "stderr"
verdict

begin "a directory without -R is an error"
"$BIN" "$odd" >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 1
grep -q "^summarize: $odd: Is a directory$" "$tmp/o.err" ||
	want "stderr: got \"$(show "$tmp/o.err")\""
verdict

# Errors come out in input order, whatever -j: missing files between
# good ones, and a dangling link in a tree.
ln -s nowhere "$odd/sub/dangling"
set -- "$odd/a.txt"
for k in 1 2 3 4 5 6 7 8; do
	set -- "$@" "$tmp/missing$k" "$odd/sub/b.txt" "$odd"
done
for j in 1 2 4 16; do
	"$BIN" -R -j "$j" "$@" >"$tmp/e$j.out" 2>"$tmp/e$j.err"
	echo $? >"$tmp/e$j.rc"
done
begin "errors and notes in input order for every -j; exit 1; others done"
rc=$(cat "$tmp/e1.rc")
want_rc 1
for j in 2 4 16; do
	want_same "$tmp/e1.err" "$tmp/e$j.err" "stderr of -j 1 and -j $j"
	want_same "$tmp/e1.out" "$tmp/e$j.out" "stdout of -j 1 and -j $j"
	[ "$(cat "$tmp/e$j.rc")" = 1 ] || want "-j $j: exit $(cat "$tmp/e$j.rc")"
done
# 8 missing, and 8 walks with sub/dangling and via-link/dangling each.
[ "$(grep -c 'No such file' "$tmp/e1.err")" = 24 ] ||
	want "expected 24 errors, got $(grep -c 'No such file' "$tmp/e1.err")"
[ "$(grep -c '^==> ' "$tmp/e1.out")" = 41 ] ||
	want "expected 41 summaries, got $(grep -c '^==> ' "$tmp/e1.out")"
verdict

if [ -c /dev/full ]; then
	begin "-R -j 4 > /dev/full: write error, exit 1"
	"$BIN" -R -j 4 "$tree" >/dev/full 2>"$tmp/o.err"
	rc=$?
	want_rc 1
	grep -q '^summarize: write error' "$tmp/o.err" ||
		want "stderr: got \"$(show "$tmp/o.err")\""
	verdict
fi

# ------------------------------------------------------------------
# 5. Record streams.  10,000 records: each a cut of a sample with its
# number in every sentence (Zq<N>x), so that order can be checked; every
# 101st empty, every 997th with bad bytes, NULs and CRs, two of 1 MB.

awk -v n=10000 '
	FNR == 1 { ns++ }
	{ sub(/\r$/, ""); line[ns, ++nl[ns]] = $0 }
	END {
		big = ""
		for (k = 1; k <= nl[1]; k++)
			big = big " " line[1, k]
		while (length(big) < 1000000)
			big = big " " big
		for (i = 1; i <= n; i++) {
			tag = "Zq" i "x"
			if (i % 101 == 0) {
				print ""
				continue
			}
			if (i == 5000 || i == 9000)
				r = substr(big, 1, 1000000)
			else {
				a = i % ns + 1
				r = ""
				for (k = i % 5 + 1; k <= nl[a] && k <= i % 5 + 4; k++)
					r = r " " line[a, k]
			}
			gsub(/\. /, ". " tag " ", r)
			r = tag " " r
			if (i % 997 == 0)
				r = r " Bad \377\376 bytes, a \001 control and a\r CR here."
			print r
		}
	}' samples/*.txt >"$tmp/rec.lines"
# A last record with no final newline is still a record.
printf 'Zq10001x The last record has no final newline. Zq10001x It is kept.' \
	>>"$tmp/rec.lines"
nrec=10001

for j in 1 4; do
	begin "--records=lines -j $j: one line per record, in order"
	"$BIN" --records=lines -n 2 -j "$j" <"$tmp/rec.lines" \
		>"$tmp/rl$j.out" 2>"$tmp/rl$j.err"
	rc=$?
	want_rc 0
	want_empty "$tmp/rl$j.err" "stderr"
	got=$(count_lines "$tmp/rl$j.out")
	[ "$got" = "$nrec" ] || want "expected $nrec lines, got $got"
	bad=$(awk '
		NR % 101 == 0 { if ($0 != "") { print NR ": not empty"; exit }; next }
		NR == 5000 || NR == 9000 { next }
		index($0, "Zq" NR "x") == 0 { print NR ": " substr($0, 1, 60); exit }
		' "$tmp/rl$j.out")
	[ -z "$bad" ] || want "line $bad"
	verdict
done
begin "--records=lines: -j 1 and -j 4 give the same bytes"
want_same "$tmp/rl1.out" "$tmp/rl4.out" "outputs"
verdict

begin "--records=lines: each record as the same text alone"
bad=0
for k in 1 2 102 997 1994 5000 10001; do
	sed -n "${k}p" "$tmp/rec.lines" >"$tmp/one.in"
	"$BIN" -n 2 "$tmp/one.in" | tr '\n' ' ' | sed 's/ $//' >"$tmp/one.want"
	[ -s "$tmp/one.want" ] && echo >>"$tmp/one.want"
	sed -n "${k}p" "$tmp/rl1.out" >"$tmp/one.got"
	[ -s "$tmp/one.want" ] || : >"$tmp/one.got"
	cmp -s "$tmp/one.want" "$tmp/one.got" || {
		want "record $k: $(firstdiff "$tmp/one.want" "$tmp/one.got")"
		bad=1
	}
done
verdict

# (Not under AddressSanitizer, whose quarantine holds freed memory.)
if grep -q __asan_init "$BIN" 2>/dev/null; then
	skip "--records=lines: bounded memory" "built with AddressSanitizer"
elif [ -x /usr/bin/time ]; then
	begin "--records=lines: memory stays bounded (4 x the stream in, same peak)"
	i=0
	while [ "$i" -lt 4 ]; do
		cat "$tmp/rec.lines"
		echo
		i=$((i + 1))
	done >"$tmp/rec4.lines"
	/usr/bin/time -f '%M' -o "$tmp/rss1" "$BIN" --records=lines -j 4 \
		<"$tmp/rec.lines" >/dev/null 2>&1
	/usr/bin/time -f '%M' -o "$tmp/rss4" "$BIN" --records=lines -j 4 \
		<"$tmp/rec4.lines" >/dev/null 2>&1
	kb1=$(tail -n 1 "$tmp/rss1")
	kb4=$(tail -n 1 "$tmp/rss4")
	# Reading the whole stream would take 4 times the memory.
	[ "$kb4" -lt $((kb1 * 2)) ] ||
		want "peak RSS $kb1 kB for one stream, $kb4 kB for four"
	in_kb=$(($(wc -c <"$tmp/rec4.lines") / 1024))
	[ "$kb4" -lt "$in_kb" ] ||
		want "peak RSS $kb4 kB for $in_kb kB of input"
	rm -f "$tmp/rec4.lines"
	verdict
else
	skip "--records=lines: bounded memory" "no /usr/bin/time"
fi

# nul: the same records, NUL-terminated, sentences on lines.
tr '\n' '\000' <"$tmp/rec.lines" >"$tmp/rec.nul"
for j in 1 4; do
	"$BIN" --records=nul -n 2 -j "$j" <"$tmp/rec.nul" >"$tmp/rn$j.out" 2>"$tmp/rn$j.err"
	echo $? >"$tmp/rn$j.rc"
done
begin "--records=nul: one NUL-terminated record per record, -j 1 = -j 4"
rc=$(cat "$tmp/rn1.rc")
want_rc 0
want_empty "$tmp/rn1.err" "stderr"
got=$(tr -dc '\000' <"$tmp/rn1.out" | wc -c)
[ "$((got + 0))" = "$nrec" ] || want "expected $nrec records, got $((got + 0))"
want_same "$tmp/rn1.out" "$tmp/rn4.out" "-j 1 and -j 4 outputs"
# Sentences are on lines: as lines mode with newlines for spaces between
# sentences; compare the first sentence of each record.
tr '\000' '\n' <"$tmp/rn1.out" | head -n 3 >"$tmp/rn.head"
head -n 1 "$tmp/rl1.out" | grep -qF "$(head -n 1 "$tmp/rn.head")" ||
	want "record 1's first sentence differs from lines mode"
verdict

# Two streams with threads: each runs a batch of its own, which must
# start afresh (the second once found the first's workers told to stop,
# and waited for ever, a few runs in a hundred).
begin "--records=lines -j 4 over two streams: both, in order, every time"
head -n 3 "$tmp/rec.lines" >"$tmp/two.lines"
"$BIN" --records=lines -n 2 "$tmp/two.lines" >"$tmp/two.one"
cat "$tmp/two.one" "$tmp/two.one" >"$tmp/two.want"
i=0
while [ $i -lt 200 ]; do
	if ! timeout 10 "$BIN" --records=lines -n 2 -j 4 "$tmp/two.lines" \
		"$tmp/two.lines" >"$tmp/two.got" 2>&1; then
		want "run $((i + 1)) of 200 failed or hung"
		break
	fi
	cmp -s "$tmp/two.want" "$tmp/two.got" || {
		want "run $((i + 1)): $(firstdiff "$tmp/two.want" "$tmp/two.got")"
		break
	}
	i=$((i + 1))
done
verdict

# UTF-16: a stream that a byte order mark opens is decoded, either byte
# order, and gives the records the same stream in UTF-8 gives; a
# surrogate without its partner, and an odd byte at the end, are U+FFFD.
if command -v iconv >/dev/null 2>&1; then
	head -n 300 "$tmp/rec.lines" >"$tmp/u8.lines"
	"$BIN" --records=lines -n 2 <"$tmp/u8.lines" >"$tmp/u8.want"
	tr '\n' '\000' <"$tmp/u8.lines" >"$tmp/u8.nul"
	"$BIN" --records=nul -n 2 <"$tmp/u8.nul" >"$tmp/u8nul.want"
	for order in LE BE; do
		if [ $order = LE ]; then bom='\377\376'; else bom='\376\377'; fi
		begin "--records in UTF-16$order: the records of the stream in UTF-8"
		{ printf "$bom"; iconv -f UTF-8 -t UTF-16$order "$tmp/u8.lines"; } \
			>"$tmp/u16.lines"
		"$BIN" --records=lines -n 2 -j 2 <"$tmp/u16.lines" >"$tmp/u16.out" \
			2>"$tmp/u16.err"
		rc=$?
		want_rc 0
		want_empty "$tmp/u16.err" "stderr"
		want_same "$tmp/u8.want" "$tmp/u16.out" "lines"
		{ printf "$bom"; iconv -f UTF-8 -t UTF-16$order "$tmp/u8.nul"; } |
			"$BIN" --records=nul -n 2 >"$tmp/u16nul.out"
		want_same "$tmp/u8nul.want" "$tmp/u16nul.out" "NUL-terminated records"
		verdict
	done
	begin "--records in UTF-16: lone surrogates and an odd last byte"
	# "Hi <D800> there." LF "So <DC00> long." then "x" and one byte more.
	printf '\377\376H\0i\0 \0\0\330 \0t\0h\0e\0r\0e\0.\0\n\0S\0o\0 \0\0\334 \0l\0o\0n\0g\0.\0\n\0x\0\101' |
		"$BIN" --records=lines -s >"$tmp/lone.out"
	printf 'Hi \357\277\275 there.\nSo \357\277\275 long.\nx\357\277\275\n' \
		>"$tmp/lone.want"
	want_same "$tmp/lone.want" "$tmp/lone.out" "records"
	verdict
else
	skip "--records in UTF-16" "no iconv"
fi

# jsonl: the same texts as JSON objects, with malformed records.
if [ "$have_python" = 1 ]; then
	python3 - "$tmp/rec.lines" "$tmp/rec.jsonl" <<'EOF'
import json, sys
src = open(sys.argv[1], "rb").read().split(b"\n")
out = open(sys.argv[2], "wb")
bad = [b'{"id": 1, "text": "unterminated}', b'[1, 2, 3]', b'"just a string"',
       b'{"id": 7}', b'{"text": 42}', b'{"text": "a", "text": "b"}', b'',
       b'{"text": "ok"} trailing', b'{"text": "bad \\x escape"}', b'\xff\xfe',
       b'{"nested": ' + b'[' * 300 + b']' * 300 + b', "text": "deep"}']
for i, r in enumerate(src, 1):
    if i % 499 == 0:
        out.write(bad[(i // 499) % len(bad)])
    else:
        t = r.decode("utf-8", "replace")
        obj = {"id": i, "text": t, "meta": {"n": [i, None, True, {"x": "\u00e9"}]}}
        # Other white space between members on every third record.
        sep = (" ,\t", " : ") if i % 3 == 0 else (", ", ": ")
        s = json.dumps(obj, ensure_ascii=(i % 2 == 0), separators=sep)
        out.write(s.encode("utf-8"))
    if i < len(src):
        out.write(b"\n")
EOF
	for j in 1 4; do
		"$BIN" --records=jsonl -n 2 -k 3 -j "$j" <"$tmp/rec.jsonl" \
			>"$tmp/rj$j.out" 2>"$tmp/rj$j.err"
		echo $? >"$tmp/rj$j.rc"
	done
	begin "--records=jsonl: one object per record, in order; errors in-band"
	rc=$(cat "$tmp/rj1.rc")
	want_rc 0
	want_empty "$tmp/rj1.err" "stderr"
	want_same "$tmp/rj1.out" "$tmp/rj4.out" "-j 1 and -j 4 outputs"
	err=$(python3 - "$tmp/rec.jsonl" "$tmp/rj1.out" "$tmp/rl1.out" <<'EOF' 2>&1 | tail -n 1
import json, sys
ins = open(sys.argv[1], "rb").read().split(b"\n")
outs = open(sys.argv[2], "rb").read()
lines = open(sys.argv[3], "rb").read().split(b"\n")
if not outs.endswith(b"\n"):
    sys.exit("output does not end in a newline")
outs = outs[:-1].split(b"\n")
if len(outs) != len(ins):
    sys.exit("%d records in, %d out" % (len(ins), len(outs)))
errors = 0
for n, (i, o) in enumerate(zip(ins, outs), 1):
    obj = json.loads(o.decode("utf-8"))
    if n % 499 == 0:
        if set(obj) != {"error", "record"} or obj["record"] != n:
            sys.exit("record %d: expected an error object, got %r" % (n, o[:80]))
        errors += 1
        continue
    if obj.get("id") != n:
        sys.exit("record %d: id %r" % (n, obj.get("id")))
    # Every input member is there, byte for byte.
    src = json.loads(i.decode("utf-8"))
    if obj["text"] != src["text"] or obj["meta"] != src["meta"]:
        sys.exit("record %d: members changed" % n)
    raw_meta = i[i.index(b'"meta"'):i.rindex(b"}")]
    if raw_meta not in o:
        sys.exit("record %d: \"meta\" not passed through byte for byte" % n)
    if not isinstance(obj["summary"], list) or not isinstance(obj["keywords"], list):
        sys.exit("record %d: no summary or keywords array" % n)
    if len(obj["keywords"]) > 3 or len(obj["summary"]) > 2:
        sys.exit("record %d: too many sentences or keywords" % n)
    # The same sentences as lines mode, whose text it is (UTF-8 repaired).
    if n % 997 != 0:
        want = lines[n - 1].decode("utf-8")
        if " ".join(obj["summary"]) != want:
            sys.exit("record %d: summary differs from lines mode" % n)
if errors != 20:
    sys.exit("%d error records, expected 20" % errors)
EOF
)
	[ -z "$err" ] || want "$err"
	verdict
else
	skip "--records=jsonl" "no python3"
fi

begin "--records=jsonl: a record holding only an error never shifts lines"
printf '{"text":"One. Two."}\nnot json\n{"text":"Three."}' |
	"$BIN" --records=jsonl >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
want_empty "$tmp/o.err" "stderr"
printf '%s\n' '{"text":"One. Two.","summary":["One.","Two."]}' \
	'{"error":"not a JSON object at byte 1","record":2}' \
	'{"text":"Three.","summary":["Three."]}' >"$tmp/want.out"
want_same "$tmp/want.out" "$tmp/o.out" "output"
verdict

begin "--records=lines -o DIR FILE: the records go to DIR/FILE"
(cd "$work" && head -n 300 "$tmp/rec.lines" >recs.txt &&
	"$BIN" --records=lines -n 2 -j 4 -o rsums recs.txt) >"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
want_empty "$tmp/o.out" "stdout"
head -n 300 "$tmp/rl1.out" >"$tmp/want.out"
want_same "$tmp/want.out" "$work/rsums/recs.txt" "DIR/recs.txt"
want_no_temps "$work"
verdict

begin "--records=lines -o DIR with standard input: to standard output"
head -n 300 "$tmp/rec.lines" | "$BIN" --records=lines -n 2 -o "$work/never" \
	>"$tmp/o.out" 2>"$tmp/o.err"
rc=$?
want_rc 0
want_same "$tmp/want.out" "$tmp/o.out" "output"
verdict

# ------------------------------------------------------------------
# 6. GNU parallel --pipe: blocks of records to several processes, -k
# keeping their order, gives what one process gives.

if parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
	begin "parallel --pipe -k --records=lines equals one process"
	{ cat "$tmp/rec.lines"; echo; } >"$tmp/rec.nl"
	parallel --will-cite -k --pipe --block 300k -j 4 \
		"$BIN" --records=lines -n 2 -j 1 <"$tmp/rec.nl" >"$tmp/p.out" 2>"$tmp/p.err"
	rc=$?
	want_rc 0
	want_same "$tmp/rl1.out" "$tmp/p.out" "outputs"
	verdict
	if [ "$have_python" = 1 ]; then
		begin "parallel --pipe -k --records=jsonl equals one process"
		{ cat "$tmp/rec.jsonl"; echo; } >"$tmp/rec.nl"
		parallel --will-cite -k --pipe --block 1M \
			"$BIN" --records=jsonl -n 2 -k 3 <"$tmp/rec.nl" >"$tmp/p.out" 2>"$tmp/p.err"
		rc=$?
		want_rc 0
		# The error objects count records per process: compare the rest.
		grep -v '^{"error"' "$tmp/rj1.out" >"$tmp/p.want"
		grep -v '^{"error"' "$tmp/p.out" >"$tmp/p.got"
		want_same "$tmp/p.want" "$tmp/p.got" "outputs"
		[ "$(count_lines "$tmp/p.out")" = "$(count_lines "$tmp/rj1.out")" ] ||
			want "line counts differ"
		verdict
	fi
else
	skip "parallel --pipe" "GNU parallel is not installed"
fi

rm -f "$tmp/rec.nl"

finish batch
