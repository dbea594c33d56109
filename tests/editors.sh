#!/bin/sh
# tests/editors.sh - the editor plugins, run in the real editors.
#
#   sh tests/editors.sh ./summarize
#
# editors/summarize.vim is run in Vim (vim -Nu NONE -es: no vimrc, no
# plugins) and editors/summarize.el in Emacs (emacs --batch -Q) on the
# samples, with a directory holding the given binary as "summarize" first
# on PATH.  The editor writes what each command did (buffer text,
# highlighted positions, quickfix entries, where a link jumps) to files,
# and this script compares them with the output of summarize itself:
# --format=plain, grep and mark.  The Vim checks run under LC_ALL=C and,
# when the system has it, C.UTF-8 (Vim's 'encoding' follows the locale).
#
# An editor that is not installed gives a SKIP line for its checks.  Prints
# one line per failed check and ends with "editors: N passed, N failed";
# the exit status is 1 if any check failed.  POSIX sh; needs awk, cmp,
# sed, tr and timeout.

if [ $# -ne 1 ]; then
	echo "usage: sh tests/editors.sh PATH-TO-SUMMARIZE" >&2
	exit 2
fi
BIN=$1
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"
setup editors
[ -x "$BIN" ] || {
	echo "editors: $1: not an executable" >&2
	exit 2
}


# The editors find the binary as "summarize" on PATH, as a user's would.
mkdir "$tmp/bin" "$tmp/out" || exit 2
ln -s "$BIN" "$tmp/bin/summarize" || exit 2
PATH=$tmp/bin:$PATH
export PATH
out=$tmp/out

OPEN='<<sum@@'
CLOSE='@@sum>>'
samples='samples/pentagon-china-talks.txt samples/library-levy-blank.txt
samples/harbor-bridge-wrapped.txt samples/water-report-crlf.txt'

# ------------------------------------------------------------------
# Bookkeeping: begin NAME, want PROBLEM..., verdict (tests/lib.sh).


# want_same EXPECTED GOT LABEL: the two files are byte-identical.
want_same() {
	if [ ! -f "$2" ]; then
		want "$3: the editor wrote nothing"
	elif ! cmp -s "$1" "$2"; then
		want "$3: $(firstdiff "$1" "$2")"
	fi
}

# want_marked EXPECTED GOT LABEL: as want_same, and EXPECTED has marks.
want_marked() {
	grep -F -e "$OPEN" "$1" >/dev/null || want "$3: no mark expected"
	want_same "$@"
}

# want_text FILE TEXT LABEL: FILE holds the one line TEXT.
want_text() {
	got=$(cat "$1" 2>/dev/null)
	[ "$got" = "$2" ] || want "$3: expected \"$2\", got \"$got\""
}

# lf FILE: FILE with its CRs dropped, as an editor that reads CRLF line
# ends shows and sends it.
lf() {
	tr -d '\r' <"$1"
}

# marked POSITIONS TEXT: TEXT with OPEN and CLOSE around each piece that
# POSITIONS lists, one "LINE COLUMN LENGTH" a line (bytes, from 1).
marked() {
	LC_ALL=C awk -v open="$OPEN" -v cls="$CLOSE" -v posfile="$1" '
	BEGIN {
		while ((getline p < posfile) > 0) {
			split(p, f, " ")
			k = f[1] + 0
			n[k]++
			col[k, n[k]] = f[2] + 0
			len[k, n[k]] = f[3] + 0
		}
	}
	{
		line = $0
		m = n[NR] + 0
		for (i = 1; i <= m; i++)
			used[i] = 0
		# Right to left, so that the columns still to do stay put.
		for (j = 1; j <= m; j++) {
			b = 0
			for (i = 1; i <= m; i++)
				if (!used[i] && (b == 0 || col[NR, i] > col[NR, b]))
					b = i
			used[b] = 1
			c = col[NR, b]
			l = len[NR, b]
			if (c < 1 || l < 1 || c + l - 1 > length($0))
				line = line " [BAD PIECE " c " " l "]"
			line = substr(line, 1, c - 1) open substr(line, c, l) \
			    cls substr(line, c + l)
		}
		print line
	}' "$2"
}

# joined: stdin with every CLOSE at a line end followed by an OPEN at the
# next line start taken out, so that a sentence marked a piece a line
# and one marked as a whole read the same.
joined() {
	LC_ALL=C awk -v open="$OPEN" -v cls="$CLOSE" '
	NR > 1 {
		lc = length(cls)
		lo = length(open)
		if (substr(prev, length(prev) - lc + 1) == cls &&
		    substr($0, 1, lo) == open) {
			prev = substr(prev, 1, length(prev) - lc)
			$0 = substr($0, lo + 1)
		}
		print prev
	}
	{ prev = $0 }
	END { if (NR) print prev }'
}

# mark_of FILE N: the tool's mark output of FILE, N sentences.
mark_of() {
	"$BIN" -f mark --mark="$OPEN,$CLOSE" -n "$2" "$1"
}

# ------------------------------------------------------------------
# Vim.  Each run loads a file and sources a check script, which writes
# its results to files under $EDTEST_OUT and leaves with :cquit on any
# error.

cat >"$tmp/lib.vim" <<'EOF'
" Helpers for the Vim checks of tests/editors.sh.
function! Out(name, lines) abort
	call writefile(a:lines, $EDTEST_OUT . '/' . a:name)
endfunction
" The positions of the SummarizeChosen matches of the window, one
" "LINE COLUMN LENGTH" string each.
function! Positions() abort
	let l:pos = []
	for l:m in getmatches()
		if l:m.group ==# 'SummarizeChosen'
			let l:i = 1
			while has_key(l:m, 'pos' . l:i)
				call add(l:pos, join(l:m['pos' . l:i]))
				let l:i += 1
			endwhile
		endif
	endfor
	return l:pos
endfunction
" The quickfix list as FILE:LINE:COLUMN:TEXT lines, as --format=grep.
function! Quickfix() abort
	return map(getqflist(), 'bufname(v:val.bufnr) . ":" . v:val.lnum . ":"
		\ . v:val.col . ":" . v:val.text')
endfunction
" Any error of a check script ends Vim with status 1 and the message.
function! Fail(what) abort
	call Out('vim-error', [a:what])
	cquit
endfunction
EOF

# The checks of each sample: :Summarize and one :undo, :SummarizeMark
# twice and :SummarizeClear, :SummarizeQuickfix.
cat >"$tmp/sample.vim" <<'EOF'
try
	execute 'source' fnameescape($EDTEST_LIB)
	execute 'source' fnameescape($EDTEST_PLUGIN)
	call Out('ff', [&fileformat])
	Summarize 3
	call Out('sum', getline(1, '$'))
	call Out('sum-undo', [undotree().seq_last . ' ' . &modified])
	undo
	call Out('undone-state', [undotree().seq_cur . ' ' . &modified])
	" As read: no newline added at the end if the file had none.
	setlocal nofixendofline
	execute 'silent write!' fnameescape($EDTEST_OUT . '/undone')
	SummarizeMark 3
	call Out('mark1', Positions())
	SummarizeMark 3
	call Out('mark', Positions())
	call Out('mark-state', [changenr() . ' ' . &modified . ' '
		\ . (synIDtrans(hlID('SummarizeChosen')) == hlID('Search'))])
	SummarizeClear
	call Out('cleared', Positions())
	SummarizeQuickfix 3
	call Out('qf', Quickfix())
catch
	call Fail(v:exception . ' at ' . v:throwpoint)
endtry
qall!
EOF

# run_vim SCRIPT FILE [LOCALE]: Vim without vimrc or plugins on FILE,
# sourcing SCRIPT; fresh $out; stderr to $out/stderr.
run_vim() {
	rm -rf "$out" && mkdir "$out" || exit 2
	EDTEST_OUT=$out EDTEST_LIB=$tmp/lib.vim \
		EDTEST_PLUGIN=$root/editors/summarize.vim \
		LC_ALL=${3:-C} timeout 60 vim -Nu NONE -i NONE -n -es \
		-S "$1" "$2" </dev/null >/dev/null 2>"$out/stderr"
	vim_rc=$?
}

# want_vim_ran: Vim ended well; else record why.
want_vim_ran() {
	if [ -f "$out/vim-error" ]; then
		want "vim: $(cat "$out/vim-error")"
	elif [ "$vim_rc" != 0 ]; then
		want "vim exited $vim_rc: $(head -c 200 "$out/stderr")"
	fi
}

# vim_sample FILE LOCALE: the checks of sample.vim on FILE.
vim_sample() {
	f=$1
	b=$(basename "$f")
	run_vim "$tmp/sample.vim" "$f" "$2"
	# The text Vim sends: CRs gone when it reads the file as dos.
	if [ "$(cat "$out/ff" 2>/dev/null)" = dos ]; then
		lf "$f" >"$tmp/text"
	else
		cp "$f" "$tmp/text"
	fi

	begin "vim $2: $b: :Summarize 3 is summarize -n 3"
	want_vim_ran
	"$BIN" -n 3 "$f" >"$tmp/want"
	want_same "$tmp/want" "$out/sum" "buffer"
	verdict

	begin "vim $2: $b: one :undo restores the file"
	want_vim_ran
	want_text "$out/sum-undo" "1 1" "undo blocks, modified after :Summarize"
	want_text "$out/undone-state" "0 0" "undo state, modified after :undo"
	want_same "$f" "$out/undone" "written after :undo"
	verdict

	begin "vim $2: $b: :SummarizeMark 3 highlights the chosen sentences"
	want_vim_ran
	mark_of "$tmp/text" 3 | joined >"$tmp/want"
	marked "$out/mark" "$tmp/text" | joined >"$tmp/got"
	want_marked "$tmp/want" "$tmp/got" "marked by getmatches()"
	want_same "$out/mark1" "$out/mark" "second call (old matches cleared)"
	want_text "$out/mark-state" "0 0 1" \
		"changenr, modified, SummarizeChosen links to Search"
	[ -s "$out/mark" ] || want "no positions"
	verdict

	begin "vim $2: $b: :SummarizeClear"
	want_vim_ran
	if [ ! -f "$out/cleared" ]; then
		want "the editor wrote nothing"
	elif [ -s "$out/cleared" ]; then
		want "matches left: $(head -c 100 "$out/cleared")"
	fi
	verdict

	begin "vim $2: $b: :SummarizeQuickfix 3 is --format=grep"
	want_vim_ran
	"$BIN" -f grep -n 3 "$f" >"$tmp/want"
	want_same "$tmp/want" "$out/qf" "getqflist()"
	verdict
}

# The rest, on one sample: loading, ranges, unsaved text, a buffer with
# no name, errors, g:summarize_command.
cat >"$tmp/misc.vim" <<'EOF'
" Outside a :try, where :echoerr does not end a function by itself.
execute 'source' fnameescape($EDTEST_LIB)
execute 'source' fnameescape($EDTEST_PLUGIN)
for g:cmd in ['Summarize 3', 'Summarize 0', 'SummarizeMark 0',
	\ 'SummarizeQuickfix 0']
	let g:summarize_command = g:cmd =~# ' 3$' ? 'not-a-command-at-all'
		\ : 'summarize'
	let v:errmsg = ''
	silent! execute g:cmd
	call Out('notry', [v:errmsg, changenr()])
	if v:errmsg ==# '' || changenr() != 0 || !empty(getmatches())
		\ || !empty(getqflist())
		break
	endif
endfor
try
	let g:summarize_command = 'not-a-command-at-all'
	execute 'source' fnameescape($EDTEST_PLUGIN)
	call Out('load', [g:loaded_summarize . ' ' . exists(':Summarize') . ' '
		\ . exists(':SummarizeMark') . ' ' . exists(':SummarizeClear') . ' '
		\ . exists(':SummarizeQuickfix') . ' ' . g:summarize_command])

	" Errors: the message, no change.
	try
		Summarize 3
		call Out('err-command', ['no error'])
	catch
		call Out('err-command', [v:exception, changenr()])
	endtry
	let g:summarize_command = $EDTEST_WRAPPER
	try
		Summarize 0
		call Out('err-zero', ['no error'])
	catch
		call Out('err-zero', [v:exception, changenr()])
	endtry

	" Ranges: lines 5 to the end.
	5,$SummarizeMark 2
	call Out('range-mark', Positions())
	5,$SummarizeQuickfix 2
	call Out('range-qf', Quickfix())
	5,$Summarize 2
	call Out('range-sum', getline(1, '$'))
	undo
	setlocal nofixendofline
	execute 'silent write!' fnameescape($EDTEST_OUT . '/range-undone')

	" Unsaved changes count.
	1,2delete _
	SummarizeQuickfix 3
	call Out('unsaved-qf', Quickfix())
	SummarizeMark 3
	call Out('unsaved-mark', Positions())
	call Out('unsaved-text', getline(1, '$'))

	" A buffer with no name: entries on it, no buffer made for "-".
	let g:lines = getline(1, '$')
	let g:before = len(getbufinfo())
	enew!
	call setline(1, g:lines)
	SummarizeQuickfix 3
	call Out('noname-qf', map(getqflist(), '(v:val.bufnr == bufnr("%"))
		\ . ":" . v:val.lnum . ":" . v:val.col . ":" . v:val.text'))
	call Out('noname-bufs', [len(getbufinfo()) - g:before])
catch
	call Fail(v:exception . ' at ' . v:throwpoint)
endtry
qall!
EOF

# A g:summarize_command that notes each run.
cat >"$tmp/wrapper" <<EOF
#!/bin/sh
echo run >>"$tmp/wrapper.log"
exec "$BIN" "\$@"
EOF
chmod +x "$tmp/wrapper"

vim_misc() {
	f=samples/harbor-bridge-wrapped.txt
	rm -f "$tmp/wrapper.log"
	EDTEST_WRAPPER=$tmp/wrapper
	export EDTEST_WRAPPER
	run_vim "$tmp/misc.vim" "$f" C

	begin "vim: the plugin loads once, twice is harmless"
	want_vim_ran
	want_text "$out/load" "1 2 2 2 2 not-a-command-at-all" \
		"g:loaded_summarize, the commands, g:summarize_command kept"
	verdict

	begin "vim: errors are shown with echoerr, nothing changes"
	want_vim_ran
	want_text "$out/err-command" "$(printf '%s\n0' \
		'Vim(echoerr):Summarize: not an executable: not-a-command-at-all')" \
		"command not found"
	case $(sed -n 1p "$out/err-zero" 2>/dev/null) in
	"Vim(echoerr):summarize: "*) ;;
	*) want "summarize's message: $(head -c 100 "$out/err-zero" 2>/dev/null)" ;;
	esac
	[ "$(sed -n 2p "$out/err-zero" 2>/dev/null)" = 0 ] ||
		want "the buffer changed after an error"
	verdict

	begin "vim: an error outside :try changes nothing"
	want_vim_ran
	case $(sed -n 1p "$out/notry" 2>/dev/null) in
	"summarize: "*) ;;
	*) want "after $(cat "$out/notry" 2>/dev/null)" ;;
	esac
	[ "$(sed -n 2p "$out/notry" 2>/dev/null)" = 0 ] ||
		want "buffer changed (changenr not 0), or highlights or entries made"
	verdict

	begin "vim: g:summarize_command is the program run"
	want_vim_ran
	[ -s "$tmp/wrapper.log" ] || want "the wrapper never ran"
	verdict

	sed 1,4d "$f" >"$tmp/tail"
	begin "vim: :5,\$SummarizeMark 2 marks within the range"
	want_vim_ran
	{ sed -n 1,4p "$f"; mark_of "$tmp/tail" 2; } | joined >"$tmp/want"
	marked "$out/range-mark" "$f" | joined >"$tmp/got"
	want_marked "$tmp/want" "$tmp/got" "marked by getmatches()"
	verdict

	begin "vim: :5,\$SummarizeQuickfix 2 gives lines of the buffer"
	want_vim_ran
	"$BIN" -f grep -n 2 --label="$f" <"$tmp/tail" |
		awk -F: -v OFS=: '{ $2 += 4; print }' >"$tmp/want"
	want_same "$tmp/want" "$out/range-qf" "getqflist()"
	verdict

	begin "vim: :5,\$Summarize 2 replaces the range, one :undo"
	want_vim_ran
	{ sed -n 1,4p "$f"; "$BIN" -n 2 "$tmp/tail"; } >"$tmp/want"
	want_same "$tmp/want" "$out/range-sum" "buffer"
	want_same "$f" "$out/range-undone" "written after :undo"
	verdict

	sed 1,2d "$f" >"$tmp/edited"
	begin "vim: unsaved changes are what is summarized"
	want_vim_ran
	want_same "$tmp/edited" "$out/unsaved-text" "the edited buffer"
	"$BIN" -f grep -n 3 --label="$f" <"$tmp/edited" >"$tmp/want"
	want_same "$tmp/want" "$out/unsaved-qf" "getqflist()"
	mark_of "$tmp/edited" 3 | joined >"$tmp/want"
	marked "$out/unsaved-mark" "$tmp/edited" | joined >"$tmp/got"
	want_marked "$tmp/want" "$tmp/got" "marked by getmatches()"
	verdict

	begin "vim: :SummarizeQuickfix in a buffer with no name"
	want_vim_ran
	"$BIN" -f grep -n 3 <"$tmp/edited" | sed 's/^-:/1:/' >"$tmp/want"
	want_same "$tmp/want" "$out/noname-qf" "getqflist()"
	want_text "$out/noname-bufs" 1 "buffers made (the new one only)"
	verdict

	# Installed as a package under opt/, loaded with :packadd.
	begin "vim: :packadd summarize"
	mkdir -p "$tmp/pack/pack/summarize/opt/summarize/plugin"
	cp editors/summarize.vim "$tmp/pack/pack/summarize/opt/summarize/plugin/"
	cat >"$tmp/pack.vim" <<'EOF'
execute 'set packpath=' . fnameescape($EDTEST_PACK)
packadd summarize
call writefile([exists(':Summarize')], $EDTEST_OUT . '/pack')
qall!
EOF
	EDTEST_PACK=$tmp/pack
	export EDTEST_PACK
	run_vim "$tmp/pack.vim" "$f" C
	want_vim_ran
	want_text "$out/pack" 2 ":Summarize defined"
	verdict
}

locales=C
if locale -a 2>/dev/null | grep -qi '^c\.utf-\{0,1\}8$'; then
	locales="C C.UTF-8"
fi

if ! command -v vim >/dev/null 2>&1; then
	skip "vim: :Summarize, :SummarizeMark, :SummarizeClear, :SummarizeQuickfix" \
		"vim is not installed (Debian: apt-get install vim-nox)"
elif ! vim --version 2>/dev/null | grep -q '+eval'; then
	skip "vim: :Summarize, :SummarizeMark, :SummarizeClear, :SummarizeQuickfix" \
		"this vim has no +eval (Debian: apt-get install vim-nox)"
else
	for loc in $locales; do
		for f in $samples; do
			vim_sample "$f" "$loc"
		done
	done
	vim_misc
fi

# ------------------------------------------------------------------
# Emacs.

cat >"$tmp/test.el" <<'EOF'
;;; test.el --- Emacs checks of tests/editors.sh  -*- lexical-binding: t; -*-
(require 'seq)

(defun edtest-write (name text)
  "Write TEXT as UTF-8 to the file NAME under $EDTEST_OUT."
  (let ((coding-system-for-write 'utf-8-unix))
    (write-region text nil (expand-file-name name (getenv "EDTEST_OUT"))
                  nil 'silent)))

(defun edtest-summary ()
  "The text of *summarize*."
  (with-current-buffer "*summarize*"
    (buffer-substring-no-properties (point-min) (point-max))))

(defun edtest-jumps (file)
  "Follow each button of *summarize*; one FILE:LINE:COLUMN:TEXT line each.
The column counts bytes; TEXT is the button's, and MISMATCH first if the
text at the place it jumped to does not start with its first word."
  (with-current-buffer "*summarize*"
    (let ((lines nil)
          (b (next-button (point-min) t)))
      (while b
        (let ((label (button-label b)))
          (save-window-excursion
            (save-current-buffer
              (button-activate b)
              (push (format "%s:%d:%d:%s%s" file (line-number-at-pos nil t)
                            (- (position-bytes (point))
                               (position-bytes (line-beginning-position)) -1)
                            (if (looking-at
                                 (regexp-quote (car (split-string label))))
                                "" "MISMATCH ")
                            label)
                    lines))))
        (setq b (next-button (button-end b))))
      (mapconcat (lambda (l) (concat l "\n")) (nreverse lines) ""))))

(defun edtest-overlays ()
  "The overlays of `summarize-highlight' in this buffer, in text order."
  (sort (seq-filter (lambda (o) (overlay-get o 'summarize))
                    (overlays-in (point-min) (point-max)))
        (lambda (a b) (< (overlay-start a) (overlay-start b)))))

(defun edtest-marked ()
  "The accessible text with $EDTEST_OPEN and $EDTEST_CLOSE around each
overlay of `summarize-highlight' whose face is `summarize-chosen'."
  (let ((pos (point-min)) (parts nil))
    (dolist (o (edtest-overlays))
      (push (buffer-substring-no-properties pos (overlay-start o)) parts)
      (push (if (eq (overlay-get o 'face) 'summarize-chosen)
                (getenv "EDTEST_OPEN") "[WRONG FACE]")
            parts)
      (push (buffer-substring-no-properties (overlay-start o) (overlay-end o))
            parts)
      (push (getenv "EDTEST_CLOSE") parts)
      (setq pos (overlay-end o)))
    (push (buffer-substring-no-properties pos (point-max)) parts)
    (apply #'concat (nreverse parts))))

(defun edtest-sample (file)
  "The checks of one sample FILE."
  (set-buffer (find-file-noselect file))
  (summarize-region (point-min) (point-max) 3)
  (edtest-write "region" (edtest-summary))
  (summarize-buffer 3)
  (edtest-write "buffer" (edtest-summary))
  (edtest-write "mode" (format "%s %s\n"
                               (with-current-buffer "*summarize*" major-mode)
                               (with-current-buffer "*summarize*"
                                 buffer-read-only)))
  (edtest-write "jumps" (edtest-jumps file))
  (summarize-highlight 3)
  (summarize-highlight 3)
  (edtest-write "marked" (edtest-marked))
  (edtest-write "hl-state" (format "%d %s\n" (length (edtest-overlays))
                                   (buffer-modified-p)))
  (summarize-unhighlight)
  (edtest-write "unhl" (format "%d\n" (length (edtest-overlays)))))

(defun edtest-misc (file)
  "Ranges, narrowing, unsaved changes, errors, the options, on FILE."
  (set-buffer (find-file-noselect file))
  ;; A region: lines 5 to the end.
  (goto-char (point-min))
  (forward-line 4)
  (summarize-region (point) (point-max) 2)
  (edtest-write "region-tail" (edtest-summary))
  ;; Narrowed to lines 5 to the end.
  (narrow-to-region (point) (point-max))
  (summarize-buffer 2)
  (edtest-write "narrow-jumps" (edtest-jumps file))
  (summarize-highlight 2)
  (edtest-write "narrow-marked" (edtest-marked))
  (widen)
  (summarize-unhighlight)
  ;; Unsaved: the first two lines deleted.
  (goto-char (point-min))
  (delete-region (point) (progn (forward-line 2) (point)))
  (summarize-buffer 3)
  (edtest-write "edited-buffer" (edtest-summary))
  (edtest-write "edited-jumps" (edtest-jumps "edited"))
  (summarize-highlight 3)
  (edtest-write "edited-marked" (edtest-marked))
  ;; Errors: the message of summarize, the old highlights kept.
  (edtest-write "err-zero"
                (condition-case e
                    (progn (summarize-highlight 0) "no error\n")
                  (error (format "%s\n%d\n" (error-message-string e)
                                 (length (edtest-overlays))))))
  (let ((summarize-command "not-a-command-at-all"))
    (edtest-write "err-command"
                  (condition-case e
                      (progn (summarize-buffer 3) "no error\n")
                    (error (format "%s\n" (car e))))))
  ;; The options.
  (let ((summarize-command (getenv "EDTEST_WRAPPER"))
        (summarize-sentences 2))
    (summarize-region (point-min) (point-max))
    (edtest-write "default-n" (edtest-summary))))
EOF

# run_emacs FORM [LOCALE]: Emacs with the plugin and test.el loaded,
# evaluating FORM; fresh $out; stderr to $out/stderr.
run_emacs() {
	rm -rf "$out" && mkdir "$out" || exit 2
	EDTEST_OUT=$out EDTEST_OPEN=$OPEN EDTEST_CLOSE=$CLOSE \
		LC_ALL=${2:-C} timeout 120 emacs --batch -Q \
		-l editors/summarize.el -l "$tmp/test.el" --eval "$1" \
		</dev/null >/dev/null 2>"$out/stderr"
	emacs_rc=$?
}

want_emacs_ran() {
	[ "$emacs_rc" = 0 ] ||
		want "emacs exited $emacs_rc: $(grep -v '^Loading' "$out/stderr" |
			head -c 300)"
}

emacs_sample() {
	f=$1
	b=$(basename "$f")
	run_emacs "(edtest-sample \"$f\")" "$2"
	lf "$f" >"$tmp/text"

	begin "emacs $2: $b: summarize-region is summarize -n 3"
	want_emacs_ran
	"$BIN" -n 3 "$f" >"$tmp/want"
	want_same "$tmp/want" "$out/region" "*summarize*"
	verdict

	begin "emacs $2: $b: summarize-buffer, each button jumps to its sentence"
	want_emacs_ran
	want_same "$tmp/want" "$out/buffer" "*summarize*"
	want_text "$out/mode" "summarize-mode t" "mode, read-only"
	"$BIN" -f grep -n 3 "$f" >"$tmp/want"
	want_same "$tmp/want" "$out/jumps" "places jumped to"
	verdict

	begin "emacs $2: $b: summarize-highlight overlays the chosen sentences"
	want_emacs_ran
	mark_of "$tmp/text" 3 >"$tmp/want"
	want_marked "$tmp/want" "$out/marked" "marked by the overlays"
	want_text "$out/hl-state" "3 nil" "overlays (old ones removed), modified"
	verdict

	begin "emacs $2: $b: summarize-unhighlight"
	want_emacs_ran
	want_text "$out/unhl" 0 "overlays left"
	verdict
}

emacs_misc() {
	f=samples/harbor-bridge-wrapped.txt
	sed 1,4d "$f" >"$tmp/tail"
	sed 1,2d "$f" >"$tmp/edited"
	rm -f "$tmp/wrapper.log"
	EDTEST_WRAPPER=$tmp/wrapper
	export EDTEST_WRAPPER
	run_emacs "(edtest-misc \"$f\")" C

	begin "emacs: summarize-region of part of the buffer"
	want_emacs_ran
	"$BIN" -n 2 "$tmp/tail" >"$tmp/want"
	want_same "$tmp/want" "$out/region-tail" "*summarize*"
	verdict

	begin "emacs: a narrowed buffer: its accessible part"
	want_emacs_ran
	"$BIN" -f grep -n 2 --label="$f" <"$tmp/tail" |
		awk -F: -v OFS=: '{ $2 += 4; print }' >"$tmp/want"
	want_same "$tmp/want" "$out/narrow-jumps" "places jumped to"
	mark_of "$tmp/tail" 2 >"$tmp/want"
	want_marked "$tmp/want" "$out/narrow-marked" "marked by the overlays"
	verdict

	begin "emacs: unsaved changes are what is summarized"
	want_emacs_ran
	"$BIN" -n 3 "$tmp/edited" >"$tmp/want"
	want_same "$tmp/want" "$out/edited-buffer" "*summarize*"
	"$BIN" -f grep -n 3 --label=edited <"$tmp/edited" >"$tmp/want"
	want_same "$tmp/want" "$out/edited-jumps" "places jumped to"
	mark_of "$tmp/edited" 3 >"$tmp/want"
	want_marked "$tmp/want" "$out/edited-marked" "marked by the overlays"
	verdict

	begin "emacs: errors are signalled, nothing changes"
	want_emacs_ran
	case $(sed -n 1p "$out/err-zero" 2>/dev/null) in
	"summarize: "*) ;;
	*) want "summarize's message: $(head -c 100 "$out/err-zero" 2>/dev/null)" ;;
	esac
	[ "$(sed -n 2p "$out/err-zero" 2>/dev/null)" = 3 ] ||
		want "the highlights changed after an error"
	want_text "$out/err-command" file-missing "command not found"
	verdict

	begin "emacs: summarize-command and summarize-sentences"
	want_emacs_ran
	[ -s "$tmp/wrapper.log" ] || want "the wrapper never ran"
	"$BIN" -n 2 "$tmp/edited" >"$tmp/want"
	want_same "$tmp/want" "$out/default-n" "*summarize*"
	verdict

	# A clean byte-compile, and package-install-file into a fresh
	# package directory.
	begin "emacs: byte-compile and checkdoc are clean; package-install-file"
	mkdir -p "$tmp/elc" "$tmp/elpa"
	cp editors/summarize.el "$tmp/elc/"
	rm -rf "$out" && mkdir "$out" || exit 2
	if ! LC_ALL=C timeout 120 emacs --batch -Q \
		--eval '(setq byte-compile-error-on-warn t)' \
		-f batch-byte-compile "$tmp/elc/summarize.el" \
		</dev/null >/dev/null 2>"$out/stderr"; then
		want "byte-compile: $(grep -v '^Loading' "$out/stderr" | head -c 300)"
	fi
	LC_ALL=C timeout 120 emacs --batch -Q --eval "(progn
		(require 'checkdoc)
		(setq checkdoc-spellcheck-documentation-flag nil)
		(checkdoc-file \"$tmp/elc/summarize.el\"))" \
		</dev/null >/dev/null 2>"$out/stderr"
	grep -q 'Warning' "$out/stderr" &&
		want "checkdoc: $(grep -v '^Loading' "$out/stderr" | head -c 300)"
	if ! LC_ALL=C timeout 120 emacs --batch -Q --eval "(progn
		(require 'package)
		(setq package-user-dir \"$tmp/elpa\")
		(package-initialize)
		(package-install-file \"$root/editors/summarize.el\")
		(unless (and (require 'summarize)
			     (commandp 'summarize-buffer)
			     (commandp 'summarize-highlight))
		  (kill-emacs 1)))" </dev/null >/dev/null 2>"$out/stderr"; then
		want "package-install-file: $(grep -v '^Loading' "$out/stderr" |
			head -c 300)"
	fi
	verdict
}

if ! command -v emacs >/dev/null 2>&1; then
	skip "emacs: summarize-region, summarize-buffer, summarize-highlight" \
		"emacs is not installed (Debian: apt-get install emacs-nox)"
else
	for loc in $locales; do
		for f in $samples; do
			emacs_sample "$f" "$loc"
		done
	done
	emacs_misc
fi

# ------------------------------------------------------------------

finish editors
