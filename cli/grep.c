/*
 * cli/grep.c - the grep format: a line per chosen sentence,
 * FILE:LINE:COLUMN:sentence, as grep -n --column writes and the
 * errorformat %f:%l:%c:%m of vim (and Emacs's grep mode) reads, so that
 * an editor jumps to each sentence; with --explain, the explanation line
 * of cli/plain.c after it.
 *
 * Takes a document's summary, its sentences located, and the name to
 * show; hands on lines into a buffer.
 */
#include "cli.h"

/* Appends the sentences of SM as grep lines of the file NAME. */
void render_grep(buf *b, const char *name, const summary *sm,
                 const char *text, const options *opt)
{
	if (opt->explain)
		buf_explain_language(b, sm);
	for (size_t r = 0; r < sm->n; r++) {
		buf_puts(b, name);
		buf_printf(b, ":%zu:%zu:", sm->pos[r].line, sm->pos[r].col);
		buf_sentence(b, sm, text, r);
		buf_putc(b, '\n');
		if (opt->explain)
			buf_explain_line(b, sm, text, opt, r);
	}
}
