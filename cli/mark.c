/*
 * cli/mark.c - the mark format: the whole input, byte for byte, with
 * each chosen sentence between the markers of --mark (or --color's ANSI
 * codes); and the text format, the text as the engine read it.
 *
 * Removing the markers gives the input back.  In HTML each run of a
 * sentence's text between two tags is marked on its own, <mark> by
 * default, so that the page stays well formed; in Markdown and plain
 * text a sentence is marked whole, from its first byte to its last.
 *
 * Takes a document's summary and its source; hands on the marked source
 * into a buffer.
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>

/* Where the chosen sentence's text comes from in the source: its first
 * and last byte, or one run after another in HTML. */
typedef struct {
	size_t start, end;
} span;

/* Whether TEXT[START..END) is white space alone. */
static int blank(const char *text, size_t start, size_t end)
{
	for (; start < end; start++)
		if (text[start] != ' ' && text[start] != '\t' &&
		    text[start] != '\n' && text[start] != '\r' &&
		    text[start] != '\f')
			return 0;
	return 1;
}

static int by_start(const void *a, const void *b)
{
	const span *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

/* Appends the span START..END to *SPANS (of *N, room *CAP).  Returns
 * -1 when memory ran out. */
static int push_span(span **spans, size_t *n, size_t *cap, size_t start,
                     size_t end)
{
	if (*n == *cap) {
		span *more = realloc(*spans, (*cap * 2 + 8) * sizeof **spans);
		if (!more)
			return -1;
		*spans = more;
		*cap = *cap * 2 + 8;
	}
	(*spans)[(*n)++] = (span){ start, end };
	return 0;
}

/* Appends to *SPANS (of *N, room *CAP) the spans of the source to mark
 * for sentence K: its runs in HTML, its whole span otherwise.  Returns
 * -1 when memory ran out. */
static int add_spans(span **spans, size_t *n, size_t *cap,
                     const summary *sm, const char *text, size_t k)
{
	summ_sentence s = summ_sentence_at(sm->doc, k);
	size_t at = s.offset, start, end;

	if (summ_input_form(sm->doc) != SUMM_INPUT_HTML) {
		summ_source_span(sm->doc, s.offset, s.length, &start, &end);
		return push_span(spans, n, cap, start, end);
	}
	while (summ_source_run(sm->doc, &at, s.offset + s.length, &start, &end))
		if (!blank(text, start, end) &&
		    push_span(spans, n, cap, start, end))
			return -1;
	return 0;
}

/* Appends the UTF-16 code unit U to B (BIG: big-endian). */
static void put_unit(buf *b, uint32_t u, int big)
{
	buf_putc(b, (int)(big ? u >> 8 : u & 0xFF));
	buf_putc(b, (int)(big ? u & 0xFF : u >> 8));
}

/* Appends MARKER (UTF-8; a broken sequence reads as U+FFFD) to B in the
 * encoding of the input: as it is, or, when UTF16 (summ_source_utf16: 1
 * little-endian, 2 big-endian), in UTF-16, so that the marked input is
 * all in one encoding. */
static void put_marker(buf *b, const char *marker, int utf16)
{
	const unsigned char *s = (const unsigned char *)marker;

	if (!utf16) {
		buf_puts(b, marker);
		return;
	}
	while (*s) {
		unsigned c = *s++, n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0;
		uint32_t cp = n ? c & (0x3Fu >> n) : c;

		for (; n && (*s & 0xC0) == 0x80; n--)
			cp = cp << 6 | (*s++ & 0x3F);
		if (n || cp > 0x10FFFF || (c >= 0x80 && c < 0xC0))
			cp = 0xFFFD;
		if (cp >= 0x10000) {
			put_unit(b, 0xD800 + ((cp - 0x10000) >> 10), utf16 == 2);
			cp = 0xDC00 + ((cp - 0x10000) & 0x3FF);
		}
		put_unit(b, cp, utf16 == 2);
	}
}

/* Appends TEXT whole with every chosen sentence between the markers:
 * remove the markers and the input comes back byte for byte. */
void render_mark(buf *b, const char *text, size_t len,
                 const summary *sm, const options *opt)
{
	int utf16 = summ_source_utf16(sm->doc);
	int html = summ_input_form(sm->doc) == SUMM_INPUT_HTML;
	const char *open = html && !opt->mark_chosen ? "<mark>" : opt->mark_open;
	const char *close = html && !opt->mark_chosen ? "</mark>"
	                                               : opt->mark_close;
	span *spans = NULL;
	size_t n = 0, cap = 0, pos = 0;

	for (size_t r = 0; r < sm->n; r++)
		if (add_spans(&spans, &n, &cap, sm, text, sm->rank[r].index)) {
			free(spans);
			b->oom = 1;
			return;
		}
	if (n)
		qsort(spans, n, sizeof *spans, by_start);
	for (size_t i = 0; i < n; i++) {
		if (spans[i].start < pos)      /* never a byte twice */
			continue;
		buf_put(b, text + pos, spans[i].start - pos);
		put_marker(b, open, utf16);
		buf_put(b, text + spans[i].start, spans[i].end - spans[i].start);
		put_marker(b, close, utf16);
		pos = spans[i].end;
	}
	buf_put(b, text + pos, len - pos);
	free(spans);
}

/* The text read, from the first sentence that is not the title: a
 * page's title is its metadata, not its article. */
void render_text(buf *b, const summary *sm)
{
	size_t len, from = 0, k = 0, count = summ_sentence_count(sm->doc);
	const char *text = summ_text(sm->doc, &len);

	if (summ_input_form(sm->doc) != SUMM_INPUT_TEXT) {
		while (k < count && summ_sentence_at(sm->doc, k).kind == SUMM_TITLE)
			k++;
		from = k == 0 ? 0 : k < count ? summ_sentence_at(sm->doc, k).offset
		                               : len;
	}
	buf_put(b, text + from, len - from);
	if (len > from && text[len - 1] != '\n')
		buf_putc(b, '\n');
}
