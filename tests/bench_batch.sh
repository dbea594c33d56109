#!/bin/sh
# bench_batch.sh - batch throughput of summarize: files per second over a
# tree of 10,000 files of about 5 KB with -R -j 1 and -j 2 (to the
# standard output and with -o), beside one process per file in a shell
# loop; and records per second with --records=jsonl and =lines.
#
#   sh tests/bench_batch.sh ./summarize [FILES]
#
# The tree is built once, deterministically, from samples/ into
# bench/batch/ (no network).  Each timing is the median of RUNS runs, the
# page cache warm; the shell loop runs over the first LOOP files and is
# scaled.  A benchmark, not a test: it prints numbers and checks nothing.
set -eu
BIN=${1:-./summarize}
NFILES=${2:-10000}
RUNS=${RUNS:-3}
LOOP=${LOOP:-1000}
dir=${BENCH_DIR:-bench}
tree=$dir/batch
mkdir -p "$dir"

# The tree: file i is the text of one sample from a line that depends on
# i, then the head of another, to about 5 KB; 100 files a directory.
if [ ! -f "$tree/.done-$NFILES" ]; then
	rm -rf "$tree" "$dir/batch.jsonl" "$dir/batch.lines"
	mkdir -p "$tree"
	awk -v root="$tree" -v nfiles="$NFILES" '
		FNR == 1 { ns++ }
		{ line[ns, ++nl[ns]] = $0 }
		END {
			for (i = 0; i < nfiles; i++) {
				d = root "/d" int(i / 100)
				if (i % 100 == 0)
					system("mkdir -p \"" d "\"")
				f = d "/f" i ".txt"
				a = i % ns + 1
				b = (i * 7 + 3) % ns + 1
				size = 0
				for (k = (i * 3) % 5 + 1; k <= nl[a]; k++) {
					print line[a, k] > f
					size += length(line[a, k]) + 1
				}
				print "" > f
				for (k = 1; k <= nl[b] && size < 5000; k++) {
					print line[b, k] > f
					size += length(line[b, k]) + 1
				}
				close(f)
			}
		}' samples/harbor-bridge-wrapped.txt samples/library-levy-blank.txt \
		    samples/pentagon-china-talks.txt samples/water-report-crlf.txt
	: >"$tree/.done-$NFILES"
fi
bytes=$(find "$tree" -type f -name '*.txt' -exec cat {} + | wc -c)
find "$tree" -type f -name '*.txt' | LC_ALL=C sort | head -n "$LOOP" \
	>"$dir/loop-files"

# The same texts as record streams: one JSON object per file, and one
# line per file.
if [ ! -s "$dir/batch.jsonl" ]; then
	: >"$dir/batch.jsonl"
	: >"$dir/batch.lines"
	# shellcheck disable=SC2016 # an awk program
	find "$tree" -type f -name '*.txt' | LC_ALL=C sort |
		xargs awk -v jf="$dir/batch.jsonl" -v lf="$dir/batch.lines" '
			function flush() {
				printf "{\"id\":\"%s\",\"text\":\"%s\"}\n", name, t >>jf
				print flat >>lf
				t = flat = ""
			}
			FNR == 1 && NR > 1 { flush() }
			{
				name = FILENAME
				l = $0
				gsub(/\r/, " ", l)
				flat = flat (FNR > 1 ? " " : "") l
				gsub(/\\/, "&&"); gsub(/"/, "\\\""); gsub(/\r/, "\\r")
				gsub(/\t/, "\\t")
				t = t (FNR > 1 ? "\\n" : "") $0
			}
			END { flush() }'
fi
nrec=$(wc -l <"$dir/batch.jsonl")
nlines=$(wc -l <"$dir/batch.lines")
cat "$dir/batch.jsonl" "$dir/batch.lines" >/dev/null

# median CMD [PREP]: the median wall time of RUNS runs of sh -c CMD, in
# seconds; PREP, untimed, before each.
median() {
	i=0
	: >"$dir/times"
	while [ "$i" -lt "$RUNS" ]; do
		[ -z "${2-}" ] || sh -c "$2"
		/usr/bin/time -f '%e' -o "$dir/one" sh -c "$1" >/dev/null 2>&1
		tail -n 1 "$dir/one" >>"$dir/times"
		i=$((i + 1))
	done
	sort -n "$dir/times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)'
}

# report NAME SECONDS COUNT UNIT
report() {
	awk -v name="$1" -v s="$2" -v n="$3" -v unit="$4" 'BEGIN {
		printf "%-34s %8.2f s %10.0f %s/s\n", name, s, (s > 0 ? n / s : 0), unit
	}'
}

echo "tree: $tree, $NFILES files, $bytes bytes; $(nproc 2>/dev/null || echo ?) CPUs; median of $RUNS runs"
s=$(median "$BIN -R -j 1 $tree")
report "summarize -R -j 1" "$s" "$NFILES" files
s=$(median "$BIN -R -j 2 $tree")
report "summarize -R -j 2" "$s" "$NFILES" files
s=$(median "$BIN -R -j 2 -o $dir/out $tree" "rm -rf $dir/out")
report "summarize -R -j 2 -o DIR" "$s" "$NFILES" files
rm -rf "$dir/out"
s=$(median "while IFS= read -r f; do $BIN \"\$f\"; done <$dir/loop-files")
s=$(awk -v s="$s" -v k="$NFILES" -v n="$LOOP" 'BEGIN { printf "%.2f", s * k / n }')
report "one process per file (scaled)" "$s" "$NFILES" files
s=$(median "$BIN --records=jsonl -j 1 <$dir/batch.jsonl")
report "summarize --records=jsonl -j 1" "$s" "$nrec" records
s=$(median "$BIN --records=jsonl -j 2 <$dir/batch.jsonl")
report "summarize --records=jsonl -j 2" "$s" "$nrec" records
s=$(median "$BIN --records=lines -j 2 <$dir/batch.lines")
report "summarize --records=lines -j 2" "$s" "$nlines" records
