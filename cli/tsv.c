/*
 * cli/tsv.c - the tsv format: a line per chosen sentence, "rank, score,
 * line, sentence" parted by tabs (with --explain, the explanation line of
 * cli/plain.c after it); with -k, "term, count" a line.
 *
 * Takes a document's summary, its sentences located; hands on lines into
 * a buffer.
 */
#include "cli.h"

/* Appends the sentences of SM as tsv lines. */
void render_tsv(buf *b, const summary *sm, const char *text,
                const options *opt)
{
	if (opt->explain)
		buf_explain_language(b, sm);
	for (size_t r = 0; r < sm->n; r++) {
		buf_printf(b, "%zu\t%.4f\t%zu\t", sm->rank[r].rank,
		           sm->rank[r].score, sm->pos[r].line);
		buf_sentence(b, sm, text, r);
		buf_putc(b, '\n');
		if (opt->explain)
			buf_explain_line(b, sm, text, opt, r);
	}
}

/* Appends the key terms of SM, each with its count after a tab. */
void render_tsv_keywords(buf *b, const summary *sm, const char *text)
{
	for (size_t i = 0; i < sm->nkw; i++) {
		buf_put(b, text + sm->kw[i].offset, sm->kw[i].length);
		buf_printf(b, "\t%zu", sm->kw[i].count);
		buf_putc(b, '\n');
	}
}
