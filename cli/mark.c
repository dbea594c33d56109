/*
 * cli/mark.c - the mark format: the whole text, byte for byte, with each
 * chosen sentence between the markers of --mark (or --color's ANSI
 * codes).  Removing the markers gives the input back.
 *
 * Takes a document's summary and its text; hands on the marked text into
 * a buffer.
 */
#include "cli.h"

#include <stdlib.h>

/* Appends TEXT whole with every chosen sentence between the markers:
 * remove the markers and the input comes back byte for byte. */
void render_mark(buf *b, const char *text, size_t len,
                 const summary *sm, const options *opt)
{
	size_t *at = malloc((sm->n ? sm->n : 1) * sizeof *at), pos = 0;

	if (!at) {
		b->oom = 1;
		return;
	}
	for (size_t r = 0; r < sm->n; r++)
		at[r] = sm->rank[r].index;
	/* Insertion sort by position: summaries are short. */
	for (size_t i = 1; i < sm->n; i++)
		for (size_t j = i; j > 0 && at[j - 1] > at[j]; j--) {
			size_t x = at[j];
			at[j] = at[j - 1];
			at[j - 1] = x;
		}
	for (size_t r = 0; r < sm->n; r++) {
		summ_sentence s = summ_sentence_at(sm->doc, at[r]);
		buf_put(b, text + pos, s.offset - pos);
		buf_puts(b, opt->mark_open);
		buf_put(b, text + s.offset, s.length);
		buf_puts(b, opt->mark_close);
		pos = s.offset + s.length;
	}
	buf_put(b, text + pos, len - pos);
	free(at);
}
