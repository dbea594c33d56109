/*
 * locate.c - lines and columns of the source, for summ_locate: the
 * source is walked once, forwards, for all the sentences asked about;
 * in UTF-16 by code units, its columns those of the text decoded.
 */
#include "locate.h"
#include "paragraphs.h"

#include <string.h>

/* Columns of the first line do not count a BOM, as an editor shows
 * none. */
locator locator_at(const summ_doc *d)
{
	size_t start = d->source_utf16 ? 2 : text_start(d->source, d->source_len);
	locator l = { start, 1, start, d->source_len && !d->source_utf16 ?
	              memchr(d->source, '\r', d->source_len) : NULL, 0 };

	return l;
}

/* The UTF-16 code unit at S[I] (BIG: big-endian). */
static unsigned unit16(const unsigned char *s, size_t i, int big)
{
	return big ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
}

/* locate for a source in UTF-16: its lines end at the code units LF, CR
 * and CR LF, and a column counts the bytes that the characters of its
 * line before TARGET take in UTF-8, as an editor that decoded the text
 * counts them (a surrogate, half a character of four bytes, two). */
static summ_position locate_utf16(const summ_doc *d, locator *l,
                                  size_t target)
{
	const unsigned char *s = (const unsigned char *)d->source;
	int big = d->source_utf16 == 2;

	while (l->pos + 2 <= target) {
		unsigned u = unit16(s, l->pos, big);

		l->pos += 2;
		if (u == '\n' || u == '\r') {
			if (u == '\r' && l->pos + 2 <= d->source_len &&
			    unit16(s, l->pos, big) == '\n')
				l->pos += 2;
			l->lineno++;
			l->line_start = l->pos;
			l->col = 0;
		} else {
			l->col += u < 0x80 ? 1 : u < 0x800 ? 2 :
			          u >= 0xD800 && u < 0xE000 ? 2 : 3;
		}
	}
	return (summ_position){ l->lineno, l->col + 1 };
}

summ_position locate(const summ_doc *d, locator *l, size_t target)
{
	const char *text = d->source;

	if (d->source_utf16)
		return locate_utf16(d, l, target);

	while (l->pos < target) {
		const char *p = memchr(text + l->pos, '\n', target - l->pos);
		const char *q, *b;
		if (l->cr && l->cr < text + l->pos)
			l->cr = memchr(text + l->pos, '\r', d->source_len - l->pos);
		q = l->cr && l->cr < text + target ? l->cr : NULL;
		b = p && (!q || p < q) ? p : q;
		if (!b) {
			l->pos = target;
			break;
		}
		l->pos = (size_t)(b - text) + 1;
		if (*b == '\r' && l->pos < d->source_len && text[l->pos] == '\n')
			l->pos++;
		l->lineno++;
		l->line_start = l->pos;
	}
	return (summ_position){ l->lineno, target - l->line_start + 1 };
}
