" summarize.vim - the summary of a text, inside it, with summarize(1).
"
" Install: copy this file to ~/.vim/plugin/, or into a package:
"     mkdir -p ~/.vim/pack/summarize/start/summarize/plugin
"     cp editors/summarize.vim ~/.vim/pack/summarize/start/summarize/plugin/
" (under opt/ instead of start/, load it with :packadd summarize).
"
" Commands; each takes a range, the whole buffer by default, and a number
" of sentences N, g:summarize_sentences (5) by default.  The text of the
" buffer is what is summarized, unsaved changes included:
"
"   :[range]Summarize [N]          replace the range by its summary, N
"                                  sentences best first; one u undoes it
"   :[range]SummarizeMark [N]      highlight the chosen sentences in place
"                                  (group SummarizeChosen, linked to Search);
"                                  the buffer is not changed, and highlights
"                                  of an earlier call in the window go first
"   :SummarizeClear                remove those highlights
"   :[range]SummarizeQuickfix [N]  the chosen sentences in the quickfix
"                                  list, best first, to jump to with :cc
"
" Options:
"   g:summarize_command    the program, 'summarize' (looked up in $PATH)
"                          by default, or a path to it
"   g:summarize_sentences  N when a command is given none, 5 by default
"
" Errors of the program are shown with :echoerr.
"
" The program reports places as byte offsets and as line and byte column
" (--format=json, --format=grep), which is what Vim counts in: col(),
" matchaddpos() and the quickfix list all take columns in bytes.

if exists('g:loaded_summarize') || &compatible || v:version < 800
	finish
endif
let g:loaded_summarize = 1

let s:save_cpo = &cpo
set cpo&vim

if !exists('g:summarize_command')
	let g:summarize_command = 'summarize'
endif
if !exists('g:summarize_sentences')
	let g:summarize_sentences = 5
endif

highlight default link SummarizeChosen Search

command! -range=% -nargs=? -bar Summarize
	\ call s:Summarize(<line1>, <line2>, <q-args>)
command! -range=% -nargs=? -bar SummarizeMark
	\ call s:Mark(<line1>, <line2>, <q-args>)
command! -nargs=0 -bar SummarizeClear call s:Clear()
command! -range=% -nargs=? -bar SummarizeQuickfix
	\ call s:Quickfix(<line1>, <line2>, <q-args>)

" s:Run(first, last, count, args): run g:summarize_command with -n count and
" the options args (a list) on lines first..last of the current buffer,
" given on its standard input with a newline after each line.  Returns the
" standard output as a string.  When the program cannot be run or fails,
" shows why (the first line of its standard error) with :echoerr and
" returns 0: outside a :try, :echoerr does not end a function, so the
" caller must stop itself.
function! s:Run(first, last, count, args) abort
	if !executable(g:summarize_command)
		echoerr 'Summarize: not an executable: ' . g:summarize_command
		return 0
	endif
	let l:n = a:count ==# '' ? g:summarize_sentences : a:count
	let l:errfile = tempname()
	let l:cmd = join(map([g:summarize_command, '-n', l:n] + a:args,
		\ 'shellescape(v:val)')) . ' 2>' . shellescape(l:errfile)
	" A list is written with a newline between items: add the last one.
	let l:out = system(l:cmd, getline(a:first, a:last) + [''])
	let l:status = v:shell_error
	let l:err = filereadable(l:errfile) ? readfile(l:errfile) : []
	call delete(l:errfile)
	if l:status != 0
		" The program's own message names it ("summarize: ...").
		echoerr empty(l:err) ? 'Summarize: ' . g:summarize_command
			\ . ': exit status ' . l:status : l:err[0]
		return 0
	endif
	return l:out
endfunction

" :Summarize - replace lines first..last by their summary, in one change.
function! s:Summarize(first, last, count) abort
	let l:out = s:Run(a:first, a:last, a:count, [])
	if type(l:out) != type('')
		return
	endif
	let l:out = split(l:out, "\n", 1)
	" The output ends in a newline: drop the empty item after it.  A NUL
	" in the output came as a newline; setline() writes it back as NUL.
	if !empty(l:out) && l:out[-1] ==# ''
		call remove(l:out, -1)
	endif
	let l:have = a:last - a:first + 1
	let l:m = len(l:out)
	if l:m < l:have
		silent execute (a:first + l:m) . ',' . a:last . 'delete _'
	elseif l:m > l:have
		call append(a:last, l:out[l:have :])
	endif
	if l:m > 0
		call setline(a:first, l:out[: min([l:m, l:have]) - 1])
	endif
	call cursor(a:first, 1)
endfunction

" :SummarizeClear - delete the matches :SummarizeMark added to the window.
function! s:Clear() abort
	for l:id in get(w:, 'summarize_matches', [])
		silent! call matchdelete(l:id)
	endfor
	let w:summarize_matches = []
endfunction

" :SummarizeMark - highlight the chosen sentences of lines first..last.
" Each sentence comes as a byte offset and length into the text sent; a
" sentence may run over several lines, so it becomes one [line, column,
" length] position per line it touches (the newlines themselves are not
" highlighted).
function! s:Mark(first, last, count) abort
	let l:json = s:Run(a:first, a:last, a:count, ['--format=json'])
	if type(l:json) != type('')
		return
	endif
	let l:lines = getline(a:first, a:last)
	call s:Clear()
	" starts[i]: the offset of line first + i in the text sent.
	let l:starts = []
	let l:off = 0
	for l:line in l:lines
		call add(l:starts, l:off)
		let l:off += strlen(l:line) + 1
	endfor
	for l:doc in split(l:json, "\n")
		for l:s in json_decode(l:doc).summary
			let l:pos = s:Positions(l:lines, l:starts, l:s.offset, l:s.length)
			" Vim before 9.0 takes at most 8 positions a call.
			while !empty(l:pos)
				let l:chunk = map(remove(l:pos, 0, min([len(l:pos), 8]) - 1),
					\ '[v:val[0] + a:first - 1, v:val[1], v:val[2]]')
				call add(w:summarize_matches,
					\ matchaddpos('SummarizeChosen', l:chunk))
			endwhile
		endfor
	endfor
endfunction

" s:Positions(lines, starts, offset, length): the bytes offset to offset +
" length of the text as [line, column, length] triples, line from 1 in
" lines, one triple for each line that holds some of them.
function! s:Positions(lines, starts, offset, length) abort
	" The last line that starts at or before offset, by bisection.
	let l:lo = 0
	let l:hi = len(a:starts) - 1
	while l:lo < l:hi
		let l:mid = (l:lo + l:hi + 1) / 2
		if a:starts[l:mid] <= a:offset
			let l:lo = l:mid
		else
			let l:hi = l:mid - 1
		endif
	endwhile
	let l:end = a:offset + a:length
	let l:pos = []
	let l:i = l:lo
	while l:i < len(a:lines) && a:starts[l:i] < l:end
		let l:from = max([a:offset, a:starts[l:i]]) - a:starts[l:i]
		let l:to = min([l:end - a:starts[l:i], strlen(a:lines[l:i])])
		if l:to > l:from
			call add(l:pos, [l:i + 1, l:from + 1, l:to - l:from])
		endif
		let l:i += 1
	endwhile
	return l:pos
endfunction

" :SummarizeQuickfix - the chosen sentences of lines first..last as a new
" quickfix list, parsed from --format=grep with the buffer's name as label.
function! s:Quickfix(first, last, count) abort
	let l:buf = bufnr('%')
	let l:name = bufname(l:buf)
	if l:name !=# '' && &buftype ==# ''
		let l:label = l:name
		let l:efm = '%f:%l:%c:%m'
	else
		" No file name: parse "-:LINE:COLUMN:sentence" without one, so
		" that no buffer is made for "-" or "[Scratch]".
		let l:label = '-'
		let l:efm = '-:%l:%c:%m'
	endif
	let l:out = s:Run(a:first, a:last, a:count,
		\ ['--format=grep', '--label=' . l:label])
	if type(l:out) != type('')
		return
	endif
	let l:items = getqflist({'lines': split(l:out, "\n"), 'efm': l:efm}).items
	for l:item in l:items
		" Lines count from the start of the range; the text is this
		" buffer's, whatever its name.
		let l:item.lnum += a:first - 1
		let l:item.bufnr = l:buf
	endfor
	call setqflist([], ' ', {'items': l:items, 'title': 'Summarize '
		\ . (l:name ==# '' ? '[No Name]' : l:name)})
endfunction

augroup summarize
	autocmd!
	autocmd ColorScheme * highlight default link SummarizeChosen Search
augroup END

let &cpo = s:save_cpo
unlet s:save_cpo
