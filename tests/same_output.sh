#!/bin/sh
# same_output.sh - whether two builds give the same bytes, in every mode, on
# the samples, the test inputs, the development sets of ../shared/data (when
# that folder is there) and the bench shapes built by tests/bench.sh (when
# bench/ has them).  For a change that must not change any output (a
# refactoring, a speed-up):
#
#   git stash; make; cp summarize /tmp/summarize-old; git stash pop; make
#   sh tests/same_output.sh /tmp/summarize-old ./summarize
#
# Prints one line per mode and input set, and "same" or the first differing
# lines; exits 1 when any output differs.
set -u
OLD=$1
NEW=$2
DATA=${DATA:-../shared/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export LC_ALL=C

ls samples/*.txt tests/inputs/* >"$work/files" 2>/dev/null
for set in cnndm-dev bbc-dev cnncorpus-dev; do
	[ -d "$DATA/$set" ] && ls "$DATA/$set"/*.txt | grep -v '\.\(ref\|gold\)\.txt$' >>"$work/files"
done
# The bench shapes at a tenth of their size (under 2 MB).
[ -d bench ] && find bench -name 'shape-*.txt' -size -2M | sort >>"$work/files"
echo "$(wc -l <"$work/files") inputs"

status=0
compare() {  # NAME: compares $work/old and $work/new
	if cmp -s "$work/old" "$work/new"; then
		echo "same       $1"
	else
		echo "DIFFERENT  $1"
		diff "$work/old" "$work/new" | head -5
		status=1
	fi
}

while read -r mode; do
	xargs "$OLD" $mode <"$work/files" >"$work/old" 2>&1
	xargs "$NEW" $mode <"$work/files" >"$work/new" 2>&1
	compare "$mode"
done <<'MODES'
-j 1
-n 3 -f json
-r 40 -f json
-c 700 -r 100 -f json
-k 25 -f tsv
-f tsv -w 120 --order=text
-f grep
-f mark
--split
-f json -k 3 --explain
-f tsv --explain -r 20
--explain -n 2
--no-lead -n 4
-k 10
MODES

# Record streams: a document a line, a NUL-ended record, a JSON object.
head -200 "$work/files" | while read -r f; do tr '\n\0' '  ' <"$f"; echo; done >"$work/lines"
for r in lines nul; do
	"$OLD" --records=$r -j 1 -n 2 <"$work/lines" >"$work/old" 2>&1
	"$NEW" --records=$r -j 1 -n 2 <"$work/lines" >"$work/new" 2>&1
	compare "--records=$r"
done
awk '{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t");
       printf "{\"id\":%d,\"text\":\"%s\"}\n", NR, $0 }' "$work/lines" >"$work/jsonl"
"$OLD" --records=jsonl -j 2 -n 3 -k 4 <"$work/jsonl" >"$work/old" 2>&1
"$NEW" --records=jsonl -j 2 -n 3 -k 4 <"$work/jsonl" >"$work/new" 2>&1
compare "--records=jsonl"
exit $status
