# lib.sh - the bookkeeping shared by the shell test scripts (cli.sh,
# batch.sh, editors.sh, hardening.sh), sourced from the repository root.
# A check is: begin NAME, any number of problems recorded with want, then
# verdict; finish NAME prints the closing "NAME: N passed, N failed" line
# and returns non-zero if any check failed.  setup does what every script
# does first.

passed=0
failed=0
name=
why=

begin() {
	name=$1
	why=
}

want() {
	why="${why:+$why; }$1"
}

verdict() {
	if [ -z "$why" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		printf 'FAIL %s: %s\n' "$name" "$why"
	fi
}

skip() {
	printf 'SKIP %s: %s\n' "$1" "$2"
}

# show FILE: its first 100 bytes on one line, newlines as \n.
show() {
	awk 'BEGIN { ORS = "" } NR > 1 { print "\\n" } { print }' "$1" |
		cut -c 1-100
}

# firstdiff EXPECTED GOT: where two files first differ, on one line.
firstdiff() {
	awk -v e="$1" -v g="$2" 'BEGIN {
		for (n = 1; ; n++) {
			re = (getline a < e) > 0
			rg = (getline b < g) > 0
			if (!re && !rg) {
				print "same lines, but bytes differ (final newline or NUL)"
				exit
			}
			if (!re) {
				printf "line %d: expected end of output, got \"%s\"\n",
				    n, substr(b, 1, 100)
				exit
			}
			if (!rg) {
				printf "line %d: expected \"%s\", got end of output\n",
				    n, substr(a, 1, 100)
				exit
			}
			if (a != b) {
				for (k = 1; substr(a, k, 1) == substr(b, k, 1); k++)
					;
				s = k > 30 ? k - 30 : 1
				printf "line %d col %d: expected \"%s\", got \"%s\"\n",
				    n, k, substr(a, s, 80), substr(b, s, 80)
				exit
			}
		}
	}'
}

lines() {
	n=$(wc -l <"$1")
	echo $((n + 0))
}

# want_rc STATUS: the exit status in $rc, set by the calling script.
# shellcheck disable=SC2154
want_rc() {
	[ "$rc" = "$1" ] || want "exit status: expected $1, got $rc"
}

# finish SUITE: the closing line; the exit status of the script.
finish() {
	echo "$1: $passed passed, $failed failed"
	[ "$failed" = 0 ]
}

# setup SUITE: sets $root and makes $BIN an absolute path (a relative one is taken from
# where the script was started), works from the repository root (so that
# names in the output read "samples/x.txt"), and makes $tmp, a scratch
# directory removed on exit unless KEEP is set.  A named template, as
# other jobs on a shared machine may clear /tmp/tmp.*.
setup() {
	case $BIN in
	/*) ;;
	*/*) BIN=$PWD/$BIN ;;
	esac
	cd "$(dirname "$0")/.." || exit 2
	# shellcheck disable=SC2034 # used by the sourcing scripts
	root=$(pwd)
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/summarize-$1.XXXXXX") || exit 2
	trap 'chmod -R u+rwx "$tmp" 2>/dev/null; [ -n "${KEEP-}" ] || rm -rf "$tmp"' EXIT
	trap 'exit 129' HUP
	trap 'exit 130' INT
	trap 'exit 143' TERM
}
