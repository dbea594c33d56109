/*
 * blocks.h - the tokenizer's fast path: plain ASCII, and the letters of
 * Latin-1 (U+00C0 to U+00FF, "é", "Ä", "ß"), read 64 bytes at a step.
 * SSE2 compares (or the byte table, without SSE2) make a bit mask of
 * each byte class of the 64 bytes; the words are found from the masks,
 * with no branch a byte, and each word of up to 16 bytes is two
 * eight-byte loads, a mask and a multiplication a hash step.  terms.c
 * drives the scan, counts the words it finds and reads the rest a token
 * at a time (a fuzzing build checks that both give the same tokens).
 *
 * Internal to the tokenizer, and inline: the scan is the engine's hot
 * loop, and as calls into a file of its own (each block's words handed
 * over in an array) it cost 6% more instructions on news.
 */
#ifndef SUMM_BLOCKS_H
#define SUMM_BLOCKS_H

#include "chars.h"
#include "doc.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A hash of a folded word KEY (LEN bytes, zero bytes after it up to the
 * next multiple of eight): eight bytes at a step, each multiplied in,
 * where FNV-1a costs a multiplication a byte.  (The table takes its high
 * half, see home_slot in table.h.)  The term table hashes its keys so,
 * and the scan its words. */
#define HASH_SEED 0x9E3779B97F4A7C15u

/* Mixes the eight bytes W into the hash H. */
static inline uint64_t hash_step(uint64_t h, uint64_t w)
{
	return (h ^ w) * 0xBF58476D1CE4E5B9u;
}

/* The scan reads by bit masks of the byte classes: it needs GCC or
 * Clang (for the bit builtins) on a little-endian machine (eight bytes
 * loaded as a number have the first in the low byte), and is built only
 * there; elsewhere the tokenizer reads a token at a time. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(SUMM_PORTABLE)
#define BYTE_MASKS 1

#ifdef SUMM_SELF_CHECK
/* Fuzzing builds can turn the 64-byte steps off (terms.c defines it), to
 * check that a text read with them and without them gives the same
 * language and tokens (see summ_same_tokens). */
extern int summ_scalar_tokens;
#define BLOCK_STEPS (!summ_scalar_tokens)
#else
#define BLOCK_STEPS 1
#endif

/* The classes of 64 bytes of text, a bit for each (bit J for byte J):
 * letters and digits, capitals, small letters and white space (see
 * byte_class), the bytes beyond ASCII, the first bytes of Latin-1
 * letters (see latin_masks), and the bytes that | 0x20 must not fold:
 * those first bytes and the second byte of "ß".  Both bytes of a Latin-1
 * letter are letters; its first byte alone is a capital or small. */
typedef struct {
	uint64_t alnum, upper, lower, space, high, latin, keep;
} byte_masks;

#ifdef USE_SSE2
/* Sixteen bytes at a step.  The compares are signed: bytes beyond
 * ASCII are negative, so no range of letters, digits or white space
 * takes them. */
static inline byte_masks classify64(const unsigned char *b)
{
	const __m128i bit5 = _mm_set1_epi8(0x20);
	byte_masks m = { 0, 0, 0, 0, 0, 0, 0 };

	for (int k = 0; k < 64; k += 16) {
		__m128i v = _mm_loadu_si128((const void *)(b + k));
		__m128i x = _mm_or_si128(v, bit5);
		__m128i letter = _mm_and_si128(
			_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)),
			_mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1)));
		__m128i digit = _mm_and_si128(
			_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
			_mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
		__m128i small = _mm_cmpeq_epi8(_mm_and_si128(v, bit5), bit5);
		__m128i space = _mm_or_si128(
			_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-1)),
			              _mm_cmplt_epi8(v, _mm_set1_epi8(0x21))),
			_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));

		m.alnum |= (uint64_t)(unsigned)_mm_movemask_epi8(
			_mm_or_si128(letter, digit)) << k;
		m.upper |= (uint64_t)(unsigned)_mm_movemask_epi8(
			_mm_andnot_si128(small, letter)) << k;
		m.lower |= (uint64_t)(unsigned)_mm_movemask_epi8(
			_mm_and_si128(small, letter)) << k;
		m.space |= (uint64_t)(unsigned)_mm_movemask_epi8(space) << k;
		m.high |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << k;
	}
	return m;
}
#else
/* A byte at a step, by the table. */
static inline byte_masks classify64(const unsigned char *b)
{
	byte_masks m = { 0, 0, 0, 0, 0, 0, 0 };

	for (unsigned j = 0; j < 64; j++) {
		unsigned c = byte_class[b[j]];
		uint64_t bit = UINT64_C(1) << j;
		m.alnum |= c & C_ALNUM ? bit : 0;
		m.upper |= c & C_UPPER ? bit : 0;
		m.lower |= c & C_LOWER ? bit : 0;
		m.space |= c & C_SPACE ? bit : 0;
		m.high |= b[j] >= 0x80 ? bit : 0;
	}
	return m;
}
#endif

/* Bits 0 to N - 1 set (N <= 64). */
static inline uint64_t low_bits(size_t n)
{
	return n >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << n) - 1;
}

/* Adds to M, the masks of the 64 bytes B, the letters of Latin-1 that
 * lie whole in the first N bytes, which French, German, Spanish and the
 * other languages of Western Europe spell most of their accents with:
 * 0xC3 then a byte of 0x80 to 0xBF, but for "×" and "÷".  Their capitals
 * (À to Þ) have bit 5 of the second byte clear, and | 0x20 folds them
 * as it folds ASCII; "ß" (0xC3 0x9F) is small, and its second byte is
 * kept.  A character at a step, up to the first that is no such letter,
 * where the scan stops: only 64 bytes with bytes beyond ASCII take this,
 * English news has few, and Chinese stops at once. */
static inline void latin_masks(byte_masks *m, const unsigned char *b,
                               size_t n)
{
	uint64_t bits = m->high & low_bits(n - 1);

	while (bits) {
		unsigned j = (unsigned)__builtin_ctzll(bits);
		unsigned c = b[j + 1];
		uint64_t bit = UINT64_C(1) << j;

		bits &= bits - 1;
		if (b[j] != 0xC3 || c < 0x80 || c > 0xBF || c == 0x97 ||
		    c == 0xB7)
			return;                /* the scan stops here */
		m->latin |= bit;
		m->alnum |= bit | bit << 1;
		if (c < 0x9F)
			m->upper |= bit;
		else
			m->lower |= bit;
		m->keep |= bit | (c == 0x9F ? bit << 1 : 0);
		bits &= ~(bit << 1);
	}
}

/* The case shape of the word of bytes P to E - 1 of a block with the
 * masks M (a Latin-1 letter is two bytes, one character). */
static inline int mask_shape(const byte_masks *m, size_t p, size_t e)
{
	if (!(m->upper >> p & 1))
		return SHAPE_LOWER;
	if (m->lower & low_bits(e) & ~low_bits(p + 1))
		return SHAPE_CAPITAL;
	return e - p > 1 + (m->latin >> p & 1) ? SHAPE_UPPER : SHAPE_CAPITAL;
}

/* A scan of up to 64 bytes of text: the bytes (the text's own, or near
 * its end a copy padded with zero bytes, as words are read as 16-byte
 * loads), their masks, the starts of words not yet taken, and where the
 * scan stops (see block_next).  Nothing in it is an array, so that the
 * compiler keeps it in registers. */
typedef struct {
	const unsigned char *b;
	byte_masks m;
	uint64_t alnum, starts;
	size_t n, stop;
	int open_end;
	int again;                   /* see block_end */
} block_scan;

/* The room for a scan's copy of the bytes near the end of a text. */
#define BLOCK_COPY (64 + 16)

/* Starts a scan of TEXT[POS..END), 64 bytes at most, of a text of LEN
 * bytes, in COPY (BLOCK_COPY bytes) if they are near its end.  It stops
 * at the first byte beyond ASCII that is not of a Latin-1 letter, if
 * any. */
static inline void block_start(block_scan *s, unsigned char *copy,
                               const char *text, size_t len, size_t pos,
                               size_t end)
{
	uint64_t high;

	s->n = end - pos < 64 ? end - pos : 64;
	s->b = (const unsigned char *)text + pos;
	if (len - pos < BLOCK_COPY) {
		memset(copy, 0, BLOCK_COPY);
		memcpy(copy, s->b, s->n);
		s->b = copy;
	}
	s->m = classify64(s->b);
	if (s->m.high & low_bits(s->n))
		latin_masks(&s->m, s->b, s->n);
	s->alnum = s->m.alnum & low_bits(s->n);
	high = s->m.high & ~(s->m.latin | s->m.latin << 1) & low_bits(s->n);
	s->stop = high ? (size_t)__builtin_ctzll(high) : s->n;
	/* A word that reaches the stop may go on past it. */
	s->open_end = s->stop < s->n || pos + s->n < end;
	s->again = s->stop == s->n && pos + s->n < end;
	s->starts = s->alnum & ~(s->alnum << 1) & low_bits(s->stop);
}

/* Whether C, the byte after a word, is one that may send the word to
 * the token reader (see sends_on): an apostrophe, a plus sign, a period,
 * a colon, an at sign or an underscore, as bits of a mask from the first
 * of them, so that a word followed by anything else (nearly all) costs
 * one test. */
static inline int may_send_on(unsigned char c)
{
#define MARK(c) ((uint64_t)1 << ((c) - '\''))
	const uint64_t marks = MARK('\'') | MARK('+') | MARK('.') | MARK(':') |
	                       MARK('@') | MARK('_');
#undef MARK
	unsigned k = (unsigned)c - '\'';

	return k < 64 && (marks >> k & 1);
}

/* Whether the word B[WP..WE), of a scan of N bytes that stops at STOP,
 * goes to the token reader for what follows it: an apostrophe at the end
 * of the bytes, a period after a single letter (an acronym's, "U.S."),
 * or what may open an address ("https:/", "me@", a period, underscore or
 * plus sign and a letter or digit as in "www.x", "john.smith@",
 * "first_last@"; a colon, period, underscore or plus sign at the end of
 * 64 bytes, whose next byte the scan has not: a copy near the end of the
 * text holds N bytes only): the token reader decides (see
 * address_end).  Out of line: inline, its tests cost the
 * hot loop more than they take (see HACKING). */
static NEVER_INLINE int sends_on(const unsigned char *b, size_t wp,
                                 size_t we, size_t stop, size_t n)
{
	switch (b[we]) {
	case '\'':
		return we + 1 >= stop;
	case '.':                  /* (N < 64: the scan ends where the text
	                              the token reader reads does) */
		if (we == wp + 1)
			return 1;
		/* fall through */
	case '+': case '_':
		return we + 1 < n ? byte_class[b[we + 1]] & C_ALNUM : n == 64;
	case ':':
		return we + 1 >= n || b[we + 1] == '/';
	default:                               /* '@' */
		return 1;
	}
}

/* The next word of the scan S that lies whole before its stop and is a
 * plain run of letters (ASCII or Latin-1) and digits with apostrophes
 * inside, 16 bytes at most (nearly all): sets its bytes P to E - 1 and
 * returns 1.
 * Returns 0 at the stop, moved to the start of a word that the token
 * reader must read: one that may go on past the bytes, or is long, or
 * is followed by what sends_on sends on. */
static inline int block_next(block_scan *s, size_t *p, size_t *e)
{
	const unsigned char *b = s->b;
	uint64_t alnum = s->alnum, run;
	size_t wp, we;

	if (!s->starts)
		return 0;
	wp = (size_t)__builtin_ctzll(s->starts);
	run = ~(alnum >> wp);
	we = run ? wp + (size_t)__builtin_ctzll(run) : 64;
	s->starts &= s->starts - 1;
	/* An apostrophe between letters or digits ("don't") is inside the
	 * word, and the run after it no word's start. */
	while (b[we] == '\'' && we + 1 < s->stop && (alnum >> (we + 1) & 1)) {
		run = ~(alnum >> (we + 1));
		we = run ? we + 1 + (size_t)__builtin_ctzll(run) : 64;
		s->starts &= ~low_bits(we);
	}
	/* (Past the end of the sentence, B[WE] is some byte of the text or
	 * of the padding: an apostrophe or a period there only sends the
	 * word to the token reader, which reads to the end.) */
	if ((we == s->stop && s->open_end) || we - wp > 16 ||
	    (may_send_on(b[we]) && sends_on(b, wp, we, s->stop, s->n))) {
		s->again = s->again && we == s->n && wp > 0;
		s->stop = wp;
		s->starts = 0;
		return 0;
	}
	*p = wp;
	*e = we;
	return 1;
}

/* The bytes of the two halves of a key of LEN bytes (1 to 16), by LEN:
 * masks that cut the two eight-byte loads to the key. */
static const uint64_t key_masks[17][2] = {
	{ 0x0000000000000000U, 0x0000000000000000U },
	{ 0x00000000000000FFU, 0x0000000000000000U },
	{ 0x000000000000FFFFU, 0x0000000000000000U },
	{ 0x0000000000FFFFFFU, 0x0000000000000000U },
	{ 0x00000000FFFFFFFFU, 0x0000000000000000U },
	{ 0x000000FFFFFFFFFFU, 0x0000000000000000U },
	{ 0x0000FFFFFFFFFFFFU, 0x0000000000000000U },
	{ 0x00FFFFFFFFFFFFFFU, 0x0000000000000000U },
	{ 0xFFFFFFFFFFFFFFFFU, 0x0000000000000000U },
	{ 0xFFFFFFFFFFFFFFFFU, 0x00000000000000FFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0x000000000000FFFFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0x0000000000FFFFFFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0x00000000FFFFFFFFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0x000000FFFFFFFFFFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0x0000FFFFFFFFFFFFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0x00FFFFFFFFFFFFFFU },
	{ 0xFFFFFFFFFFFFFFFFU, 0xFFFFFFFFFFFFFFFFU },
};

/* The key of the word P to E - 1 of the scan S (block_next's), folded
 * with | 0x20 (but for the bytes it must keep) and zero-padded, into KEY
 * (16 bytes): two eight-byte loads, each masked to the word.  Returns its
 * hash, as hash_key of table.h would make it. */
static inline uint64_t block_key(const block_scan *s, size_t p, size_t e,
                                 char *key)
{
	uint64_t lower = 0x2020202020202020u, lower2 = lower, keep;
	size_t len = e - p;
	uint64_t x, x2, h;

	if (s->m.keep && (keep = s->m.keep >> p & low_bits(len)) != 0)
		for (; keep; keep &= keep - 1) {    /* Latin-1: few bytes */
			unsigned j = (unsigned)__builtin_ctzll(keep);
			if (j < 8)
				lower &= ~(UINT64_C(0x20) << 8 * j);
			else
				lower2 &= ~(UINT64_C(0x20) << 8 * (j - 8));
		}
	/* Both halves are loaded (the sixteen bytes are there, see
	 * block_start) and cut to the word by masks of the table, with no
	 * branch on its length: lengths are the text's, and such branches
	 * were mispredicted. */
	memcpy(&x, s->b + p, 8);
	memcpy(&x2, s->b + p + 8, 8);
	x = (x | lower) & key_masks[len][0];
	x2 = (x2 | lower2) & key_masks[len][1];
	memcpy(key, &x, 8);
	memcpy(key + 8, &x2, 8);
	h = hash_step(len * HASH_SEED, x);
	return len > 8 ? hash_step(h, x2) : h;
}

/* The case shape of the word P to E - 1 of the scan S. */
static inline int block_shape(const block_scan *s, size_t p, size_t e)
{
	return mask_shape(&s->m, p, e);
}

/* Ends the scan S: adds to *WORDS the runs of anything but white space
 * that start before its stop (as wc(1) counts words), *IN_RUN saying
 * whether the byte before it was in one, and sets that for the last
 * byte before the stop.  Returns how many bytes the scan read, and sets
 * *AGAIN when the next 64 bytes may be scanned too (it stopped, having
 * read some, at the end of the bytes or at a word that reaches it: most
 * words cut by the end are whole in the next bytes, which the token
 * reader would read a byte at a step). */
static inline size_t block_end(const block_scan *s, size_t *words,
                               unsigned *in_run, int *again)
{
	uint64_t ns = ~s->m.space & low_bits(s->stop);

	*words += bit_count(ns & ~(ns << 1 | *in_run));
	if (s->stop > 0)
		*in_run = ns >> (s->stop - 1) & 1;
	*again = s->again;
	return s->stop;
}
#endif

#endif /* SUMM_BLOCKS_H */
