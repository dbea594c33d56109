/*
 * lines.h - lines, as paragraphs.c reads them: where one ends (the line
 * reader), and the shape of one: its last character and whether that
 * ends a sentence, its first character's class, its indent, its words.
 *
 * Only paragraphs.c includes it, with letters.h: static, so that the
 * line reader has them inline.
 */
#ifndef SUMM_LINES_H
#define SUMM_LINES_H

#include "chars.h"
#include "paragraphs.h"
#include "../summarize.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static line_reader line_reader_at(const char *text, size_t len)
{
	line_reader r = { text, len, NULL, 0 };

#ifndef USE_SSE2
	r.cr = len ? memchr(text, '\r', len) : NULL;
#endif
	return r;
}

#ifdef USE_SSE2
/* Where the line starting at I ends (before its terminator), and where
 * the next line starts (in *NEXT); whether it is all ASCII goes to
 * R->ASCII.  Sixteen bytes at a step, looking for LF and CR at once. */
static size_t line_end(line_reader *r, size_t i, size_t *next)
{
	const char *text = r->text;
	size_t len = r->len, e = i;
	const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	__m128i seen = _mm_setzero_si128();
	unsigned high = 0, m = 0;

	for (; e + 16 <= len; e += 16) {
		__m128i v = _mm_loadu_si128((const void *)(text + e));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf),
		                                             _mm_cmpeq_epi8(v, cr)));
		if (m) {
			/* The bytes beyond ASCII before the line break. */
			high = (unsigned)_mm_movemask_epi8(v) & ((m & -m) - 1);
			e += (size_t)__builtin_ctz(m);
			break;
		}
		seen = _mm_or_si128(seen, v);
	}
	high |= (unsigned)_mm_movemask_epi8(seen);
	if (!m)
		for (; e < len && text[e] != '\n' && text[e] != '\r'; e++)
			high |= (unsigned char)text[e] & 0x80;
	r->ascii = high == 0;
	*next = e + 1 < len && text[e] == '\r' && text[e + 1] == '\n' ? e + 2
	      : e < len ? e + 1 : len;
	return e;
}
#else
/* Where the line starting at I ends (before its terminator), and where
 * the next line starts (in *NEXT). */
static size_t line_end(line_reader *r, size_t i, size_t *next)
{
	const char *text = r->text;
	size_t len = r->len, e;
	const char *p = memchr(text + i, '\n', len - i), *q;

	if (r->cr && r->cr < text + i)
		r->cr = memchr(text + i, '\r', len - i);
	q = r->cr && (!p || r->cr < p) ? r->cr : NULL;

	if (q) {
		e = (size_t)(q - text);
		*next = e + 1 < len && text[e + 1] == '\n' ? e + 2 : e + 1;
	} else if (p) {
		e = (size_t)(p - text);
		*next = e + 1;
	} else {
		e = len;
		*next = len;
	}
	return e;
}
#endif

static inline line get_line(line_reader *r, size_t i, size_t *next)
{
	line l;

	l.start = i;
	l.end = line_end(r, i, next);
	trim(r->text, &l.start, &l.end);
	return l;
}


/* The last character of L, skipping closing quotes and brackets. */
static uint32_t last_char(const char *text, line l)
{
	size_t i = l.end;
	uint32_t cp = 0;

	while (i > l.start) {
		i = prev_char(text, l.start, i);
		u8_decode((const unsigned char *)text + i, l.end - i, &cp);
		if (!(cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
		      cp == 0x201D || cp == 0x2019 || cp == 0xBB))
			break;
	}
	return cp;
}

/* Whether CP, the last character of a line, ends a sentence there, as
 * the splitter's terminators do, in every script. */
static int is_line_stop(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
	       is_script_stop(cp) || is_wide_stop(cp);
}

static unsigned first_class(const char *text, line l)
{
	size_t n;

	return l.start < l.end ? class_at(text, l.end, l.start, &n) : 0;
}

/* Whether line L is indented: white space before its first character
 * on its line. */
static int indented(const char *text, line l)
{
	return l.start > 0 &&
	       (text[l.start - 1] == ' ' || text[l.start - 1] == '\t');
}

/* How many words line L holds, counted up to MAX + 1; *CAPITALISED
 * says whether each starts with a capital (or a letter of a script
 * without case, which shows no name apart). */
static size_t line_words(const char *text, line l, size_t max,
                         int *capitalised)
{
	size_t pos = l.start, ws, we, words = 0, n;

	*capitalised = 1;
	while (words <= max && summ_next_word(text, l.end, &pos, &ws, &we)) {
		words++;
		if (!(class_at(text, we, ws, &n) & (C_UPPER | C_CASELESS)))
			*capitalised = 0;
	}
	return words;
}

#endif /* SUMM_LINES_H */
