#!/bin/sh
# bench.sh - speed and memory of summarize beside `wc -w` (and ots when
# installed) on the same bytes, read from the page cache.
#
#   sh tests/bench.sh ./summarize [MB]
#
# A benchmark, not a test: it prints numbers and checks nothing.  All
# inputs are built deterministically (from samples/, or by awk) into
# bench/ (BENCH_DIR) once, with no network.  It prints:
#
#   - wc -w and summarize on an MB-megabyte file of news (default 50): the
#     median wall time of RUNS runs, MB/s, the ratio to wc -w measured in
#     the same run, and the peak resident set size beside the budget of
#     1.5 x the input + 16 MiB;
#   - linearity: the same on a tenth of the size, and the time ratio;
#   - ots on 1 MB (one run, it is slow) beside summarize and wc -w on the
#     same MB, each run as a process of its own;
#   - startup and one 5 KB article: LOOP runs in a shell loop, divided,
#     beside the same loop of true(1) for the cost of the loop itself;
#   - pathological shapes, each at full size and at a tenth, with the
#     time ratio (above 10, plus noise, a cost grows faster than the
#     input) and the peak memory beside its budget.
set -eu
BIN=${1:-./summarize}
MB=${2:-50}
RUNS=${RUNS:-5}
LOOP=${LOOP:-200}
dir=${BENCH_DIR:-bench}
mkdir -p "$dir"
export LC_ALL=C.UTF-8

# The English samples (the others are in other languages).
english="samples/harbor-bridge-wrapped.txt samples/library-levy-blank.txt
samples/pentagon-china-talks.txt samples/water-report-crlf.txt"

# news MB: the name of a file of about MB megabytes of the English
# samples, concatenated (built on first use).
news() {
	f="$dir/news-${1}mb.txt"
	if [ ! -s "$f" ]; then
		: >"$f"
		while [ "$(wc -c <"$f")" -lt $(($1 * 1000000)) ]; do
			cat $english $english $english $english >>"$f"
		done
	fi
	echo "$f"
}

# shape NAME N: the name of a file of the pathological shape NAME with
# the parameter N (built on first use).
shape() {
	f="$dir/shape-$1-$2.txt"
	[ -s "$f" ] || awk -v shape="$1" -v n="$2" '
	function word(i,   s) {      # the i-th distinct word, in base 26
		s = ""
		do {
			s = substr("abcdefghijklmnopqrstuvwxyz", i % 26 + 1, 1) s
			i = int(i / 26)
		} while (i > 0)
		return s
	}
	BEGIN {
		nv = split("water bridge council library harbor talks military " \
		    "defense river plan city money school board report budget " \
		    "storm police court market", v, " ")
		if (shape == "distinct") {          # sentences of 10 new words
			for (i = 0; i < n; i++) {
				w = "q" word(i)
				if (i % 10 == 0)
					w = toupper(substr(w, 1, 1)) substr(w, 2)
				printf "%s%s%s", w, (i % 10 == 9 ? "." : ""),
				    (i % 12 == 11 ? "\n" : " ")
			}
			print ""
		} else if (shape == "repeated") {   # one word, no stop
			for (i = 0; i < n; i++)
				printf "water%s", (i % 12 == 11 ? "\n" : " ")
			print ""
		} else if (shape == "oneword") {    # "Water. Bridge. ..."
			for (i = 0; i < n; i++) {
				w = v[i % nv + 1]
				printf "%s%s.%s", toupper(substr(w, 1, 1)), substr(w, 2),
				    (i % 12 == 11 ? "\n" : " ")
			}
			print ""
		} else if (shape == "longsent") {   # one wrapped sentence
			printf "The"
			for (i = 0; i < n; i++)
				printf "%s%s", (i % 12 == 11 ? "\n" : " "), v[(i * 7) % nv + 1]
			print "."
			print ""
			print "The end is near."
		} else if (shape == "quotes") {     # N openers, N closers
			o[0] = "\""; o[1] = "\342\200\234"; o[2] = "("; o[3] = "\342\200\230"
			c[0] = "\""; c[1] = "\342\200\235"; c[2] = ")"; c[3] = "\342\200\231"
			printf "He said "
			for (i = 0; i < n; i++)
				printf "%s", o[i % 4]
			printf "Deep words here. More words follow."
			for (i = n - 1; i >= 0; i--)
				printf "%s", c[i % 4]
			print " The end."
		} else if (shape == "punct") {      # one line of punctuation
			p = ".,;:!?-()[]\"\047"
			for (i = 0; i < n; i++)
				printf "%s", substr(p, (i * 7 + int(i / 13)) % 13 + 1, 1)
			print ""
		} else if (shape == "blank") {      # two sentences, N blank lines
			print "The first sentence is here."
			for (i = 0; i < n; i++)
				print ""
			print "The second sentence is here."
		}
	}' >"$f"
	echo "$f"
}

# measure CMD INPUT [N [K]]: runs "CMD < INPUT" K times in a row (default
# 1), N times (default RUNS); prints the median time of one run in
# seconds and the peak RSS in kilobytes.  K > 1 for runs too short for
# the 10 ms resolution of time(1).
measure() {
	i=0 n=${3:-$RUNS} k=${4:-1}
	: >"$dir/times"
	while [ "$i" -lt "$n" ]; do
		/usr/bin/time -f '%e %M' -o "$dir/one" sh -c "
			j=0
			while [ \$j -lt $k ]; do $1 <$2 >/dev/null; j=\$((j + 1)); done"
		tail -n 1 "$dir/one" >>"$dir/times"
		i=$((i + 1))
	done
	sort -n "$dir/times" |
	    awk -v n="$n" -v k="$k" 'NR == int((n + 1) / 2) { print $1 / k, $2 }'
}

# report NAME SECONDS KB BASE_SECONDS BYTES
report() {
	awk -v name="$1" -v s="$2" -v kb="$3" -v base="$4" -v bytes="$5" 'BEGIN {
		printf "%-26s %8.3f s %8.1f MB/s %7.2fx wc %8.1f MiB peak\n", name,
		    s, (s > 0 ? bytes / 1e6 / s : 0), (base > 0 ? s / base : 0),
		    kb / 1024
	}'
}

big=$(news "$MB")
small=$(news $((MB / 10 > 0 ? MB / 10 : 1)))
one=$(news 1)
bytes=$(wc -c <"$big")
sbytes=$(wc -c <"$small")
cat "$big" "$small" "$one" >/dev/null    # into the page cache

echo "== $big: $bytes bytes; median of $RUNS runs of 3; $(nproc) CPUs"
set -- $(measure "wc -w" "$big" "$RUNS" 3)
wc_s=$1
report "wc -w" "$1" "$2" "$wc_s" "$bytes"
set -- $(measure "$BIN" "$big" "$RUNS" 3)
big_s=$1
report "summarize" "$1" "$2" "$wc_s" "$bytes"
awk -v kb="$2" -v b="$bytes" 'BEGIN {
	printf "%-26s %8.1f MiB (1.5 x input + 16 MiB); peak / input %.2f\n",
	    "memory budget", (1.5 * b / 1048576) + 16, kb * 1024 / b }'
set -- $(measure "$BIN -n 100000" "$big")
report "summarize -n 100000" "$1" "$2" "$wc_s" "$bytes"

echo "== linearity: $small ($sbytes bytes) against $big"
set -- $(measure "wc -w" "$small" "$RUNS" 10)
swc_s=$1
report "wc -w" "$1" "$2" "$swc_s" "$sbytes"
set -- $(measure "$BIN" "$small" "$RUNS" 10)
report "summarize" "$1" "$2" "$swc_s" "$sbytes"
awk -v a="$1" -v b="$big_s" -v r="$((bytes / sbytes))" 'BEGIN {
	printf "%-26s %8.2f (the input is %dx; at most 11 is linear)\n",
	    "time ratio", (a > 0 ? b / a : 0), r }'

echo "== $one, against ots (process start included)"
set -- $(measure "wc -w" "$one" "$RUNS" 20)
onewc_s=$1
report "wc -w" "$1" "$2" "$onewc_s" "$(wc -c <"$one")"
set -- $(measure "$BIN" "$one" "$RUNS" 20)
one_s=$1
report "summarize" "$1" "$2" "$onewc_s" "$(wc -c <"$one")"
if command -v ots >/dev/null 2>&1; then
	set -- $(measure "ots" "$one" 1)
	report "ots (one run)" "$1" "$2" "$onewc_s" "$(wc -c <"$one")"
	awk -v a="$one_s" -v w="$onewc_s" -v b="$1" 'BEGIN {
		printf "%-26s %8.0fx (the target: at least 1000x; wc -w: %.0fx)\n",
		    "speed ratio", (a > 0 ? b / a : 0), (w > 0 ? b / w : 0) }'
else
	echo "ots: not installed (Debian package ots)"
fi

# Startup: perf stat -r when perf can count (no shell in the loop), else a
# shell loop; /bin/true beside it shows what starting any process costs.
article=samples/pentagon-china-talks.txt
if perf stat -r 2 /bin/true >/dev/null 2>&1; then
	echo "== startup + one 5 KB article: perf stat -r $LOOP, mean"
	startup() {
		perf stat -r "$LOOP" $1 "$article" 2>&1 >/dev/null |
		    awk '/time elapsed/ { print $1 }'
	}
else
	echo "== startup + one 5 KB article: $LOOP runs in a shell loop, median of 3"
	startup() {
		set -- $(measure "$1" "$article" 3 "$LOOP")
		echo "$1"
	}
fi
t_true=$(startup /bin/true)
t_bin=$(startup "$BIN")
awk -v t="$t_true" -v s="$t_bin" 'BEGIN {
	printf "%-26s %8.3f ms a run\n", "/bin/true", t * 1000
	printf "%-26s %8.3f ms a run (the target: under 2 ms)\n", "summarize", s * 1000
}'

echo "== pathological shapes: the time at full size and at a tenth"
printf '%-32s %9s %8s %9s %7s %9s %8s %6s\n' shape bytes seconds "peak MiB" budget \
    "tenth B" seconds ratio
path() {
	# NAME SHAPE N [OPTIONS [OPTIONS FOR THE TENTH]]
	fbig=$(shape "$2" "$3")
	fsmall=$(shape "$2" $(($3 / 10)))
	set -- "$1" "$fbig" "$fsmall" "${4-}" "${5-${4-}}"
	a=$(measure "$BIN $4" "$2" 3 3)
	b=$(measure "$BIN $5" "$3" 3 10)
	awk -v name="$1" -v ba="$(wc -c <"$2")" -v bb="$(wc -c <"$3")" \
	    -v a="${a% *}" -v kb="${a#* }" -v b="${b% *}" 'BEGIN {
		printf "%-32s %9d %8.3f %9.1f %7.1f %9d %8.4f %6s\n", name, ba,
		    a, kb / 1024, 1.5 * ba / 1048576 + 16, bb, b,
		    (b > 0 ? sprintf("%.1f", a / b) : "-")
	}'
}
path "all distinct words" distinct 1000000
path "one word repeated" repeated 1700000
path "10^6 one-word sentences" oneword 1000000
path "one 10 MB sentence" longsent 1600000
path "100k nested quotes" quotes 100000
path "1 MB of punctuation" punct 1000000
path "10^6 blank lines" blank 1000000
# -n a tenth of the sentences at either size, for the same kind of summary
path "10^6 one-word sentences -n 1e5" oneword 1000000 "-n 100000" "-n 10000"
