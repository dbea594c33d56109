/*
 * cli/plain.c - the plain format: the chosen sentences, each folded onto
 * a line (--split: every sentence, in text order), with --explain a line
 * of the factors and terms behind each score after it; and the key
 * terms (-k), one a line.  The --explain line is written after tsv and
 * grep lines too.
 *
 * Takes a document's summary; hands on lines into a buffer.
 */
#include "cli.h"

/* Appends --explain's line for output sentence R: the factors of its
 * score and its heaviest terms, "term weight" or "term added/weight"
 * when a sentence taken before used the term. */
void buf_explain_line(buf *b, const summary *sm, const char *text,
                      const options *opt, size_t r)
{
	summ_explanation ex;
	summ_term t[EXPLAIN_TERMS];
	size_t n = summary_explain(sm, opt, r, &ex, t);

	buf_printf(b, "\t%.4f = terms %.3f x lead %.3f / %zu words^%.2f:",
	           ex.score, ex.terms, ex.lead, ex.words, ex.exponent);
	for (size_t i = 0; i < n; i++) {
		buf_putc(b, ' ');
		buf_put(b, text + t[i].offset, t[i].length);
		if (t[i].added < t[i].weight)
			buf_printf(b, " %.3f/%.3f", t[i].added, t[i].weight);
		else
			buf_printf(b, " %.3f", t[i].weight);
	}
	buf_putc(b, '\n');
}

/* Appends --explain's first line: the language the text was read in,
 * and whether it was detected or given. */
void buf_explain_language(buf *b, const summary *sm)
{
	int detected;
	const char *code = summ_language(sm->doc, &detected);

	buf_printf(b, "\tlanguage %s (%s)\n", code,
	           detected ? "detected" : "given");
}

/* Appends the sentences of SM, one a line; with --explain (not --split)
 * each followed by its explanation, after the language. */
void render_plain(buf *b, const summary *sm, const char *text,
                  const options *opt)
{
	if (opt->explain && !opt->split)
		buf_explain_language(b, sm);
	for (size_t r = 0; r < sm->n; r++) {
		buf_sentence(b, sm, text, r);
		buf_putc(b, '\n');
		if (opt->explain && !opt->split)
			buf_explain_line(b, sm, text, opt, r);
	}
}

/* Appends the key terms of SM, one a line. */
void render_keywords(buf *b, const summary *sm, const char *text)
{
	for (size_t i = 0; i < sm->nkw; i++) {
		buf_put(b, text + sm->kw[i].offset, sm->kw[i].length);
		buf_putc(b, '\n');
	}
}
