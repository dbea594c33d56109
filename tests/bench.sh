#!/bin/sh
# bench.sh - throughput and peak memory of summarize beside `wc -w` (and
# ots when installed) on the same bytes, read from the page cache.
#
#   sh tests/bench.sh ./summarize [MB]
#
# The input is built deterministically from samples/ (no network).  Each
# command runs RUNS times; the median wall time is reported, with MB/s,
# the ratio to `wc -w`, and the peak resident set size.
set -eu
BIN=${1:-./summarize}
MB=${2:-50}
RUNS=${RUNS:-5}
dir=${BENCH_DIR:-bench}
mkdir -p "$dir"
input="$dir/news-${MB}mb.txt"

if [ ! -s "$input" ]; then
	: >"$input"
	while [ "$(wc -c <"$input")" -lt $((MB * 1000000)) ]; do
		cat samples/*.txt samples/*.txt samples/*.txt samples/*.txt >>"$input"
	done
fi
bytes=$(wc -c <"$input")
cat "$input" >/dev/null    # into the page cache

# Median of RUNS runs of "CMD < input": prints "seconds kilobytes".
measure() {
	i=0
	: >"$dir/times"
	while [ $i -lt "$RUNS" ]; do
		/usr/bin/time -f '%e %M' -o "$dir/one" sh -c "$1" <"$input" >/dev/null
		cat "$dir/one" >>"$dir/times"
		i=$((i + 1))
	done
	sort -n "$dir/times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)'
}

report() {
	# name seconds kb base_seconds
	awk -v name="$1" -v s="$2" -v kb="$3" -v base="$4" -v bytes="$bytes" 'BEGIN {
		mbs = s > 0 ? bytes / 1e6 / s : 0
		printf "%-22s %8.3f s %9.1f MB/s %7.2fx wc %9.1f MiB peak\n",
		    name, s, mbs, (base > 0 ? s / base : 0), kb / 1024
	}'
}

echo "input: $input, $bytes bytes, median of $RUNS runs"
set -- $(measure "LC_ALL=C.UTF-8 wc -w")
wc_s=$1
report "wc -w" "$1" "$2" "$wc_s"
set -- $(measure "$BIN")
report "summarize" "$1" "$2" "$wc_s"
set -- $(measure "$BIN -n 1000")
report "summarize -n 1000" "$1" "$2" "$wc_s"
