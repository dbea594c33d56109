/*
 * cli/json.c - the json format: one object per input, with its counts,
 * key terms and chosen sentences (rank, index, offset, length, line,
 * column, score, text; with --explain the factors and terms behind the
 * score); and the JSON strings that it and the record streams write:
 * quotes, backslashes and control characters escaped, invalid UTF-8
 * replaced by U+FFFD.
 *
 * Takes a document's summary, its sentences located; hands on a line of
 * JSON into a buffer.
 */
#include "cli.h"

#include <string.h>

/* Appends LEN bytes of S as the body of a JSON string: quotes,
 * backslashes and control characters escaped, invalid UTF-8 replaced by
 * U+FFFD. */
static void buf_json_chars(buf *b, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		unsigned c = u[i];
		size_t n = 1;

		if (c == '"' || c == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (int)c);
		} else if (c < 0x20 || c == 0x7F) {
			static const char esc[] = "btnvfr";
			if (c >= '\b' && c <= '\r' && c != '\v')
				buf_printf(b, "\\%c", esc[c - '\b']);
			else
				buf_printf(b, "\\u%04x", c);
		} else if (c < 0x80) {
			size_t j = i + 1;
			/* A run of plain ASCII at once. */
			while (j < len && u[j] >= 0x20 && u[j] < 0x7F && u[j] != '"' &&
			       u[j] != '\\')
				j++;
			buf_put(b, s + i, j - i);
			n = j - i;
		} else if ((n = rec_utf8_seq(s + i, len - i)) != 0) {
			buf_put(b, s + i, n);    /* the engine keeps bad bytes: */
		} else {
			buf_puts(b, "\xEF\xBF\xBD");    /* they become U+FFFD */
			n = 1;
		}
		i += n;
	}
}

void buf_json_string(buf *b, const char *s, size_t len)
{
	buf_putc(b, '"');
	buf_json_chars(b, s, len);
	buf_putc(b, '"');
}

/* Appends sentence R of SM, folded, as a JSON string.  SCRATCH holds
 * the folded bytes on the way (grown as needed). */
void buf_json_sentence(buf *b, const summary *sm, const char *text,
                       size_t r, buf *scratch)
{
	scratch->len = 0;
	buf_sentence(scratch, sm, text, r);
	buf_json_string(b, scratch->p ? scratch->p : "", scratch->len);
}

/* Appends the JSON member "explain" for output sentence R. */
static void buf_explain_json(buf *b, const summary *sm, const char *text,
                             const options *opt, size_t r)
{
	summ_explanation ex;
	summ_term t[EXPLAIN_TERMS];
	size_t n = summary_explain(sm, opt, r, &ex, t);

	buf_printf(b, ",\"explain\":{\"terms_weight\":%.4f,\"lead\":%.4f,"
	           "\"words\":%zu,\"length_exponent\":%.2f,"
	           "\"repeat_factor\":%.2f,\"terms\":[", ex.terms, ex.lead,
	           ex.words, ex.exponent, ex.repeat);
	for (size_t i = 0; i < n; i++) {
		buf_puts(b, i ? ",{\"term\":" : "{\"term\":");
		buf_json_string(b, text + t[i].offset, t[i].length);
		buf_printf(b, ",\"count\":%zu,\"weight\":%.4f,\"added\":%.4f}",
		           t[i].count, t[i].weight, t[i].added);
	}
	buf_puts(b, "]}");
}

/* Appends the JSON object of the summary SM of TEXT, named NAME: its
 * counts, key terms and chosen sentences (with --explain, their
 * factors).  Returns 0, or -1 when memory ran out. */
int render_json(buf *b, const char *name, const char *text,
                const summary *sm, const options *opt)
{
	buf scratch = { 0 };
	int rc, detected;

	buf_puts(b, "{\"file\":");
	buf_json_string(b, name, strlen(name));
	buf_printf(b, ",\"sentences\":%zu,\"words\":%zu,\"language\":\"%s\"",
	           summ_sentence_count(sm->doc), summ_word_count(sm->doc),
	           summ_language(sm->doc, &detected));
	if (opt->explain)
		buf_printf(b, ",\"language_detected\":%s", detected ? "true" : "false");
	buf_puts(b, ",\"keywords\":[");
	for (size_t i = 0; i < sm->nkw; i++) {
		buf_puts(b, i ? ",{\"term\":" : "{\"term\":");
		buf_json_string(b, text + sm->kw[i].offset, sm->kw[i].length);
		buf_printf(b, ",\"count\":%zu}", sm->kw[i].count);
	}
	buf_puts(b, "],\"summary\":[");
	for (size_t r = 0; r < sm->n; r++) {
		summ_sentence s = summ_sentence_at(sm->doc, sm->rank[r].index);
		size_t start, end;

		/* Offsets are into the input's bytes, markup and all. */
		summ_source_span(sm->doc, s.offset, s.length, &start, &end);
		buf_printf(b, "%s{\"rank\":%zu,\"index\":%zu,\"offset\":%zu,"
		           "\"length\":%zu,\"line\":%zu,\"column\":%zu,\"score\":%.4f,"
		           "\"text\":", r ? "," : "", sm->rank[r].rank,
		           sm->rank[r].index, start, end - start, sm->pos[r].line,
		           sm->pos[r].col,
		           sm->rank[r].score);
		buf_json_sentence(b, sm, text, r, &scratch);
		if (opt->explain)
			buf_explain_json(b, sm, text, opt, r);
		buf_putc(b, '}');
	}
	buf_puts(b, "]}\n");
	rc = scratch.oom ? -1 : 0;
	buf_free(&scratch);
	return rc;
}
