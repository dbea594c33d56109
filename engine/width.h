/*
 * width.h - the width a text is hard-wrapped to, from the lengths of its
 * lines: how many characters (or, in Korean, columns) a line has, a
 * tally of the lines of its blocks of prose (line_tally), and the width
 * they show (tally_width).
 * paragraphs.c walks the lines (wrap_width) and joins a wrapped
 * paragraph's.
 *
 * Only paragraphs.c includes it: static, so that the walk has them
 * inline.
 */
#ifndef SUMM_WIDTH_H
#define SUMM_WIDTH_H

#include "chars.h"
#include "doc.h"
#include "lines.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Whether the N bytes at S are all ASCII: eight at a step, the last
 * eight read again rather than byte by byte. */
static int all_ascii(const char *s, size_t n)
{
	uint64_t w, seen = 0;

	if (n < 8) {
		for (size_t i = 0; i < n; i++)
			seen |= (unsigned char)s[i];
		return seen < 0x80;
	}
	for (size_t i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		seen |= w;
	}
	memcpy(&w, s + n - 8, 8);
	return ((seen | w) & 0x8080808080808080u) == 0;
}

/* The number of characters in L, or CAP if there are more: counting
 * stops there.  Beyond ASCII, the bytes that are not continuation bytes
 * are counted, eight at a step: the characters of UTF-8, where a byte of
 * broken text may count otherwise than summ_utf8_length counts it (a
 * width is a guess there anyway). */
static size_t line_chars(const char *text, line l, size_t cap)
{
	const uint64_t high = 0x8080808080808080u;
	size_t i = l.start, n = l.end - l.start;
	uint64_t w;

	if (n > cap)
		n = cap;
	if (all_ascii(text + i, n))            /* a byte a character */
		return n;
	for (n = 0; i + 8 <= l.end && n < cap; i += 8) {
		memcpy(&w, text + i, 8);
		n += 8 - bit_count(w & ~(w << 1) & high);   /* 10xxxxxx */
	}
	for (; i < l.end && n < cap; i++)
		n += ((unsigned char)text[i] & 0xC0) != 0x80;
	return n < cap ? n : cap;
}

/* The Hangul syllables and letters in L (U+AC00 to U+D7FF, but for
 * the Yi and Vai before them): each takes two columns where text is
 * wrapped, as the letters of Latin take one. */
static size_t hangul_in(const char *text, line l)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = 0;

	for (size_t i = l.start; i + 1 < l.end; i++)
		n += (s[i] == 0xEB || s[i] == 0xEC ||
		      (s[i] == 0xEA && s[i + 1] >= 0xB0) ||
		      (s[i] == 0xED && s[i + 1] < 0xA0)) &&
		     (s[i + 1] & 0xC0) == 0x80;
	return n;
}

/* The columns line L takes, or CAP if more: its characters (line_chars),
 * a Hangul letter counting two if WIDE (see lang.wide_letters). */
static size_t line_columns(const char *text, line l, size_t cap, int wide)
{
	size_t n = line_chars(text, l, cap);

	if (wide && n < cap)
		n += hangul_in(text, l);
	return n < cap ? n : cap;
}

/* The widths W below which wrapping would have cut the line L of CHARS
 * characters: a line more than twice W long, whose words but its
 * longest take more than W (a paragraph of one line of prose; not a
 * link with a word before it, which a wrapper leaves long).  A word
 * longer than half the line holds its middle: only that one is read. */
static size_t unwrapped_width(const char *text, line l, size_t chars)
{
	size_t s = l.start + (l.end - l.start) / 2, e = s, n;

	while (s > l.start && text[s - 1] != ' ')
		s--;
	while (e < l.end && text[e] != ' ')
		e++;
	n = line_chars(text, (line){ s, e }, chars);
	return n <= chars / 2 ? chars / 2 : chars - n;
}

/* The longest line length wrap_width tells apart (a longer line
 * counts as this long), and the most lines of a block it holds before
 * it knows whether the block is prose. */
enum { WIDTH_CAP = 256, HELD_LINES = 64 };

/* The lengths of a text's lines, as wrap_width counts them.  A block's
 * lines are held until its end shows whether it is prose, a sentence
 * or a lead-in of it ending (has_stop): a list, a signature or a
 * mailing list's footer has lines of their own length, not the
 * width's. */
typedef struct {
	size_t hist[WIDTH_CAP + 1];      /* the lines that show the width */
	size_t inner[WIDTH_CAP + 1];     /* the lines that run on */
	size_t by_block[WIDTH_CAP + 1];  /* ... by their block's longest */
	size_t single[WIDTH_CAP + 1];    /* blocks of one long line, by
	                                    unwrapped_width */
	size_t nlines;                   /* in hist */
	/* The block being read: its lines held (a length, and the flags
	 * below), its longest line, its lines that run on, whether a
	 * sentence of it ends, and whether its lines are no longer held
	 * (past HELD_LINES: counted if one had ended by then, else left
	 * out). */
	size_t held[HELD_LINES], nheld, longest, runs_on;
	int prose, overflow;
} line_tally;

#define RUNS_ON   ((size_t)1 << 16)      /* a held line runs on */
#define SHOWS     ((size_t)1 << 17)      /* ... and shows the width */

/* Counts the held line ENTRY (a length and its flags). */
static void tally_count(line_tally *t, size_t entry)
{
	size_t chars = entry & (RUNS_ON - 1);

	t->inner[chars] += (entry & RUNS_ON) != 0;
	if (entry & SHOWS) {
		t->hist[chars]++;
		t->nlines++;
	}
}

/* Takes a line of CHARS characters of the block being read, which runs
 * on into another if RUNS and shows the width if SHOWS_WIDTH. */
static void tally_line(line_tally *t, size_t chars, int runs, int shows_width)
{
	size_t entry = chars | (runs ? RUNS_ON : 0) | (shows_width ? SHOWS : 0);

	t->runs_on += runs != 0;
	if (chars > t->longest)
		t->longest = chars;
	if (t->overflow) {
		if (t->prose)
			tally_count(t, entry);
		return;
	}
	t->held[t->nheld++] = entry;
	if (t->nheld == HELD_LINES) {           /* decided now */
		for (size_t i = 0; t->prose && i < t->nheld; i++)
			tally_count(t, t->held[i]);
		t->overflow = 1;
	}
}

/* Ends the block being read: its lines count if it is prose. */
static void tally_block_end(line_tally *t)
{
	if (t->prose) {
		for (size_t i = 0; !t->overflow && i < t->nheld; i++)
			tally_count(t, t->held[i]);
		t->by_block[t->longest] += t->runs_on;
	}
	t->nheld = t->longest = t->runs_on = 0;
	t->prose = t->overflow = 0;
}

/* Whether line L ends a sentence or a lead-in: it ends in a stop
 * (is_line_stop) or a colon ("... wrote:"), or has a period before a
 * space inside ("then. Two"). */
static int has_stop(const char *text, line l)
{
	unsigned char c = (unsigned char)text[l.end - 1];

	if (c == '.' || c == '!' || c == '?' || c == ':' ||
	    ((c >= 0x80 || strchr("\"')]", c)) && is_line_stop(last_char(text, l))))
		return 1;
	for (const char *p = text + l.start, *e = text + l.end - 1;
	     (p = memchr(p, '.', (size_t)(e - p))) != NULL; p++)
		if (p[1] == ' ')
			return 1;
	return 0;
}

/* The width the lines of tally T show, or 0 when they show none (see
 * wrap_width): the 95th percentile of the lengths of the lines that show
 * it, robust to a stray long line, when it is a plausible one (40 to 100
 * characters), at least half of the lines that run on come near it, two
 * at least, as a wrapped paragraph's do but its last (only the blocks
 * with a line near it count: an e-mail's sign-off, signature and short
 * lists, whose lines are short by nature, would outnumber its wrapped
 * lines), and fewer than one line in 20 of those counted is matched by
 * a paragraph of one line that wrapping at it would have cut, or only
 * one such is (a stray: a service's footer pasted under a letter). */
static size_t tally_width(const line_tally *t)
{
	size_t i, seen = 0, width = WIDTH_CAP, near = 0, counted = 0;
	size_t unwrapped = 0;

	for (i = 0; i <= WIDTH_CAP; i++) {
		seen += t->hist[i];
		if (seen * 100 >= t->nlines * 95) {
			width = i;
			break;
		}
	}
	if (t->nlines < 3 || width < 40 || width > 100)
		return 0;
	for (i = width * 3 / 4; i <= WIDTH_CAP; i++) {
		near += t->inner[i];
		counted += t->by_block[i];
		unwrapped += i > width ? t->single[i] : 0;
	}
	return near >= 2 && near * 2 >= counted &&
	       (unwrapped < 2 || unwrapped * 20 < t->nlines)
	       ? width : 0;
}

#endif
