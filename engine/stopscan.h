/*
 * stopscan.h - the splitter's scan: from one byte that may matter to a
 * sentence's end to the next, passing over the plain text between,
 * sixteen bytes at a step where SSE2 is; and two questions of the stops
 * it finds: a full-width one, and a period that is Armenian's mijaket.
 * Only sentences.c includes it: its functions are static there, so that
 * its loop has the scan inline (a call across files cost 1.3% of all
 * instructions on news).
 */
#ifndef SUMM_STOPSCAN_H
#define SUMM_STOPSCAN_H

#include <stddef.h>
#include <string.h>

#include "chars.h"                   /* USE_SSE2 */
#include "../lang/lang.h"

/* The bytes the splitter stops at: STOP_ANY for the stops . ! ? and
 * Greek's ;, the openers " ' ( [, the dash (for "--"), the eyes of an
 * emoticon (: ;) and the first bytes of the multi-byte characters
 * split_paragraph looks at (see chars_that_stop); STOP_SPACE for ASCII
 * white space, which matters only in a list (where a marker may
 * follow).  Other bytes are passed over: the letters of every script but
 * ASCII's, which in Chinese or Russian are most of the text, and all
 * continuation bytes.  (A stray continuation byte stands for itself, no
 * character the splitter looks at.) */
enum { STOP_ANY = 1, STOP_SPACE = 2 };
#define A STOP_ANY
#define W STOP_SPACE
static const unsigned char split_stop[256] = {
	W, 0, 0, 0, 0, 0, 0, 0, 0, W, W, W, W, W, 0, 0,    /* controls: NUL, TAB to CR */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	W, A, A, 0, 0, 0, 0, A, A, 0, 0, 0, 0, A, A, 0,    /*  !"#$%&'()*+,-./ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A, A, 0, 0, 0, A,    /* 0-9 :;<=>? */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* @ A-O */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A, 0, 0, 0, 0,    /* P-Z [\]^_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* ` a-o */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* p-z {|}~ DEL */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* continuation bytes */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, A, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A, 0, 0,    /* C2 «, CD ; */
	0, 0, 0, 0, 0, 0, A, 0, A, 0, 0, A, A, 0, 0, A,    /* D6 ։, D8 ؟, DB ۔, DC ܁, DF ߹ */
	A, A, A, A, 0, 0, 0, 0, 0, 0, A, 0, 0, 0, 0, A,    /* E0 । E1 ። E2 — “ • … E3 。 EA ꓿ EF ！ */
	A, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0     /* F0 faces, dandas */
};

/* The multi-byte characters split_paragraph looks at, whose first bytes
 * the table stops at: the openers « ‘ “ (quotes.h), the dash — (for
 * interrupted speech), the bullets • ‣ ⁃ ▪ ● ◦, the ellipsis …, the
 * stops of wide_stop (。 ！ ． ？) and of is_script_stop (chars.h), and
 * the faces that end a sentence in place of a stop (emoji.h, from
 * U+1F600: all of U+1F000 to U+1FFFF share their first two bytes).  A
 * check test holds the table to this list (test_stop_bytes). */
static const uint32_t chars_that_stop[] = {
	0xAB, 0x2018, 0x201C, 0x2014, 0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF,
	0x25E6, 0x2026, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0x964, 0x965, 0x61F,
	0x6D4, 0x589, 0x1362, 0x1367, 0x104B, 0x17D4, 0x17D5, 0x37E,
	0x1361,      /* Ethiopic's wordspace, two of which stand for ። */
	0x1F600,
	OTHER_STOPS,
};
#undef A
#undef W

/* For each first byte from 0xC0 that split_stop stops at, the second
 * bytes of the characters of chars_that_stop that it begins (bit B -
 * 0x80 for B): letters share those first bytes, kana with 。 (0xE3),
 * Devanagari and Thai with । (0xE0), Vietnamese with Ethiopic's ።
 * (0xE1), and a stop at each of them cost Japanese a third of its time.
 * test_stop_bytes holds this to chars_that_stop too. */
#define SECOND(b) (UINT64_C(1) << ((b) - 0x80))
static const uint64_t stop_seconds[64] = {
	[0xC2 - 0xC0] = SECOND(0xAB),
	[0xCD - 0xC0] = SECOND(0xBE),
	[0xD6 - 0xC0] = SECOND(0x89),
	[0xD8 - 0xC0] = SECOND(0x9F),
	[0xDB - 0xC0] = SECOND(0x94),
	[0xDC - 0xC0] = SECOND(0x81) | SECOND(0x82),
	[0xDF - 0xC0] = SECOND(0xB9),
	[0xE0 - 0xC0] = SECOND(0xA5),
	[0xE1 - 0xC0] = SECOND(0x81) | SECOND(0x8D) | SECOND(0x99) |
	                SECOND(0x9F) | SECOND(0xA0) | SECOND(0xA5) |
	                SECOND(0xAD) | SECOND(0xB0) | SECOND(0xB1),
	[0xE2 - 0xC0] = SECOND(0x80) | SECOND(0x81) | SECOND(0x96) |
	                SECOND(0x97) | SECOND(0xB8) | SECOND(0xB9),
	[0xE3 - 0xC0] = SECOND(0x80),
	[0xEA - 0xC0] = SECOND(0x93) | SECOND(0x98) | SECOND(0x9B) |
	                SECOND(0xA3) | SECOND(0xA7) | SECOND(0xA9) |
	                SECOND(0xAB) | SECOND(0xAF),
	[0xEF - 0xC0] = SECOND(0xB9) | SECOND(0xBC) | SECOND(0xBD),
	[0xF0 - 0xC0] = SECOND(0x90) | SECOND(0x91) | SECOND(0x96) |
	                SECOND(0x9B) | SECOND(0x9D) | SECOND(0x9F),
};
#undef SECOND

/* Whether the scan stops at S[I] (before END) for the classes STOPS: a
 * byte of them, but a first byte only where its second makes a character
 * the splitter looks at.  A first byte at END or before a byte that
 * cannot follow it is a stop still: the splitter's loop reads it as it
 * reads any broken character. */
static inline int stops_at(const unsigned char *s, size_t i, size_t end,
                           unsigned stops)
{
	unsigned c = s[i], d;

	if (!(split_stop[c] & stops))
		return 0;
	if (c < 0xC0 || i + 1 >= end)
		return 1;
	d = s[i + 1];
	return d < 0x80 || d > 0xBF || (stop_seconds[c - 0xC0] >> (d - 0x80) & 1);
}

/* Where the first byte at or after S[I] (before END) that the scan
 * stops at for the classes STOPS is (see stops_at), or END: in prose
 * most bytes are passed over. */
static size_t skip_plain_scalar(const unsigned char *s, size_t i, size_t end,
                                unsigned stops)
{
	for (;; i++) {
		while (i + 4 <= end &&
		       !((split_stop[s[i]] | split_stop[s[i + 1]] |
		          split_stop[s[i + 2]] | split_stop[s[i + 3]]) & stops))
			i += 4;
		if (i >= end)
			return end;
		if (stops_at(s, i, end, stops))
			return i;
	}
}

#ifdef USE_SSE2
/* A superset of the stops among the 16 bytes at P, as a bit mask (bit K
 * for P[K]): the bytes from LO to '/' but ',' (the ASCII stops but '?',
 * '[' and an emoticon's eyes, with other punctuation besides; from NUL
 * when white space is a stop), ': ; > ?', '[' and the bytes from 0xC0.
 * Three tests instead of one for each stop, as SSE2 has no byte lookup;
 * the table then decides.  The comma, the commonest of the others in
 * prose, is taken out: each candidate costs a branch that its place in
 * the text decides. */
static inline unsigned stop_candidates(const unsigned char *p, __m128i lo,
                                       __m128i span)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i t = _mm_sub_epi8(v, lo);
	__m128i m = _mm_cmpeq_epi8(_mm_min_epu8(t, span), t);

	m = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), m);
	/* v | 5 is '?' for : ; > ? alone (0x3A, 0x3B, 0x3E, 0x3F). */
	m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(5)),
	                                   _mm_set1_epi8('?')));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('[')));
	/* First bytes of multi-byte characters, not continuation bytes. */
	m = _mm_or_si128(m, _mm_andnot_si128(
		_mm_cmplt_epi8(v, _mm_set1_epi8(-64)), v));
	return (unsigned)_mm_movemask_epi8(m);
}

/* The first of the candidates M (bits for S[I..], before END) that is a
 * stop (see stops_at), as an offset from I, or -1. */
static int first_stop(const unsigned char *s, size_t i, size_t end,
                      unsigned m, unsigned stops)
{
	for (; m; m &= m - 1) {
		int k = __builtin_ctz(m);
		if (stops_at(s, i + (size_t)k, end, stops))
			return k;
	}
	return -1;
}

/* skip_plain_scalar, sixteen bytes at a step.  The last step reads the
 * sixteen bytes that end at END, some of them again, rather than going
 * byte by byte. */
static inline size_t skip_plain(const unsigned char *s, size_t i, size_t end,
                                unsigned stops)
{
	const char first = stops & STOP_SPACE ? '\0' : '!';
	__m128i lo = _mm_set1_epi8(first), span = _mm_set1_epi8((char)('/' - first));
	size_t b;
	int k;

	for (; i + 16 <= end; i += 16) {
		k = first_stop(s, i, end, stop_candidates(s + i, lo, span), stops);
		if (k >= 0)
			return i + (size_t)k;
	}
	if (i >= end || end < 16)
		return skip_plain_scalar(s, i, end, stops);
	b = end - 16;
	k = first_stop(s, i, end,
	               stop_candidates(s + b, lo, span) >> (i - b), stops);
	return k >= 0 ? i + (size_t)k : end;
}
#else
#define skip_plain skip_plain_scalar
#endif

/* Whether the paragraph TEXT[START..END), in the language LG, ends its
 * sentences with Armenian's full stop ։ (the verjaket): then a period is
 * its mijaket, a colon's kin ("Նա ասաց. «Կգամ»։", "he said: ..."), or
 * closes an abbreviation, and ends no sentence.  Armenian typed on a
 * Latin keyboard has no verjaket and ends its sentences with periods. */
static inline int reads_mijaket(const lang *lg, const char *text,
                                size_t start, size_t end)
{
	const char *p = text + start;

	if (lg->script != SCRIPT_ARMENIAN)
		return 0;
	while ((p = memchr(p, 0xD6, (size_t)(text + end - p))) &&
	       p + 1 < text + end)
		if ((unsigned char)*++p == 0x89)
			return 1;
	return 0;
}

/* Whether TEXT[I] starts a full-width or CJK terminator, which needs no
 * space after it: U+3002 。 U+FF01 ！ U+FF0E ． U+FF1F ？.  Then sets *N
 * to its length.  (Set always, it once made a broken character's first
 * byte skip the two after it: "\xE3" before "۔" hid the stop.) */
static inline int wide_stop(const unsigned char *s, size_t i, size_t end,
                            size_t *n)
{
	if (i + 2 >= end || !((s[i] == 0xE3 && s[i + 1] == 0x80 &&
	                       s[i + 2] == 0x82) ||
	                      (s[i] == 0xEF && s[i + 1] == 0xBC &&
	                       (s[i + 2] == 0x81 || s[i + 2] == 0x8E ||
	                        s[i + 2] == 0x9F))))
		return 0;
	*n = 3;
	return 1;
}

#endif /* SUMM_STOPSCAN_H */
