/*
 * summarize.c - the engine: text in, ranked sentences out.
 *
 * The algorithm, one section of this file per stage:
 *
 *  1. Characters.  The input is taken as UTF-8 without trusting it: a small
 *     decoder reads one code point at a time and an invalid byte counts as
 *     one symbol.  A locale-free table classes each code point as space,
 *     upper- or lower-case letter, digit or punctuation; NUL and control
 *     bytes are space.  A leading byte-order mark is skipped.  ASCII, most
 *     of any text, is classed by a 256-entry byte table without decoding,
 *     and each stage below reads the text once, in a tight loop: the cost
 *     of the whole is a few passes over the bytes, linear in the input.
 *
 *  2. Paragraphs.  Lines end at LF, CRLF or a lone CR.  Blank lines always
 *     separate paragraphs.  Within a block of lines, a line break is "soft"
 *     (the lines are one paragraph, as in hard-wrapped text) when the text
 *     looks wrapped to some width and the next line's first word would not
 *     have fitted on this one, or when the line plainly continues (it ends
 *     in a comma, or the next line starts in lower case); otherwise each
 *     line is a paragraph of its own, as in text written a paragraph a line.
 *     A short paragraph with no final punctuation is a heading; a heading
 *     before any sentence is the title.
 *
 *  3. Sentences.  Inside a paragraph a sentence ends at . ! ? or an
 *     ellipsis, with any closing quotes and brackets, followed by space
 *     and a plausible sentence start (not lower case).  After a period the
 *     word before it decides: titles (Mr. Dr. Gen.) never end a sentence;
 *     other abbreviations (U.S. Inc. Jr. a.m.), initials and dotted
 *     acronyms end one only when a capitalised common word follows ("in
 *     the U.S. The next day"); a number opening a paragraph is a list
 *     marker.
 *
 *  4. Terms.  Words are maximal runs of letters and digits (apostrophes
 *     inside words kept; dotted acronyms such as U.S. are one word).  Each
 *     word is case-folded and looked up in a hash table of surface forms;
 *     only a form seen for the first time is checked against the stopword
 *     list and stemmed (Porter2), so the per-word cost is a scan and a
 *     hash -- one pass that also counts words as wc(1) does, reading plain
 *     ASCII 64 bytes at a step from masks of its byte classes.  Each
 *     sentence keeps the stem ids of its content words, in one compactly
 *     coded stream for the document.
 *
 *  5. Scores.  A term used once weighs nothing; past that its weight is
 *     the logarithm of its frequency in the body (computed once per
 *     stem), half as much again if the title or a heading has it.  A
 *     sentence earns the sum of the weights of its distinct terms, times
 *     a bonus for the lead that fades with position (news states its
 *     point first), over its length to a power that depends on the share
 *     of the text the summary takes: 1 for a short summary, where dense
 *     sentences should win, 0.5 for an abridgement.
 *
 *  6. Selection.  Body sentences are ranked by score, ties broken by
 *     position; they are taken best first while the length limits hold,
 *     skipping repeats of a sentence already taken.  In a short summary
 *     the terms of a sentence taken count half in those that follow, so a
 *     sentence whose terms an earlier pick used is scored again before it
 *     is taken (lazy greedy, with bounded work).  The candidates wait in a
 *     heap loaded in batches, best first, so that a short summary of a
 *     long text holds a few of them, not all.
 */
#include "summarize.h"
#include "stem.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
/* The fast paths: SSE2 scans (x86-64) and the tokenizer's byte masks
 * (GCC or Clang on a little-endian machine, see BYTE_MASKS).  Defining
 * SUMM_PORTABLE turns them all off, to test the code other machines
 * run. */
#if defined(__SSE2__) && !defined(SUMM_PORTABLE)
#define USE_SSE2 1
#include <emmintrin.h>
#endif

/* ------------------------------------------------------------------ */
/* Internal types                                                      */
/* ------------------------------------------------------------------ */

#define NO_TERM UINT32_MAX
#define MAX_KEY SUMM_MAX_KEY     /* longer words are counted, not termed */

/* A slot of the term table: a folded key that is a form, a stem or
 * both ("bridge" is both).  Forms and stems share one table, as most
 * words of a large vocabulary are their own stems: one probe, one key
 * and sixteen bytes serve both.  The key itself (offset and length in
 * the key arena) is kept by its form or stem. */
typedef struct {
	uint64_t head;               /* the key's first 8 bytes, zero-padded */
	uint32_t form;               /* form id + 1; 0 = not a form */
	uint32_t stem;               /* stem id + 1; 0 = not a stem */
} slot;

typedef struct {
	slot *slots;
	size_t cap, used;            /* cap is a power of two */
} table;

/* The case shapes of a word: "bridge", "Bridge", "BRIDGE". */
enum { SHAPE_LOWER, SHAPE_CAPITAL, SHAPE_UPPER, NSHAPES };

/* A form: 36 bytes, as a text of distinct words has one a word.  Its
 * first occurrences take 40 bits each, which limits a text to MAX_TEXT
 * bytes (the term stream, see summ_doc, already ends far sooner). */
#define MAX_TEXT ((uint64_t)1 << 40)
typedef struct {
	uint32_t stem;               /* stem id, or NO_TERM for stopwords */
	uint32_t shape_count[NSHAPES];  /* body occurrences of each shape */
	uint32_t key;                /* its folded key in the key arena */
	uint32_t off_low[NSHAPES];   /* first body occurrence of each shape: */
	uint8_t off_high[NSHAPES];   /* the low and high bits of its offset */
	uint8_t key_len;
} form;

/* The offset of the first body occurrence of shape SH of form F. */
static size_t shape_off(const form *f, int sh)
{
	return (size_t)((uint64_t)f->off_high[sh] << 32 | f->off_low[sh]);
}

/* Occurrences of form F in body sentences. */
static uint32_t form_count(const form *f)
{
	return f->shape_count[SHAPE_LOWER] + f->shape_count[SHAPE_CAPITAL] +
	       f->shape_count[SHAPE_UPPER];
}

typedef struct {
	uint32_t key;                /* its key in the key arena */
	uint32_t count;              /* occurrences in body sentences */
	uint32_t best_form;
	unsigned key_len : 8;
	unsigned in_heading : 1;
} stem;

/* A sentence as a document keeps it: sixteen bytes, as a long text has
 * millions of sentences (summ_sentence_at gives the whole of one).
 * Sentences are in text order, so of an offset only the low
 * SENT_LOW_BITS bits are kept: the high part of sentence K's is the
 * number of entries of summ_doc's HIGH at or before K, one where each
 * 4 GiB of text begins (none in a shorter text).  A sentence is at most
 * SENT_MAX bytes (512 MiB) long, as its length shares a word with its
 * kind: a longer one is cut (see add_sentence).  A test build may set
 * both small, to run these paths on small texts. */
#ifndef SENT_LOW_BITS
#define SENT_LOW_BITS 32
#endif
#ifndef SENT_MAX
#define SENT_MAX (((size_t)1 << 29) - 1)
#endif
typedef struct {
	uint32_t low;                /* the low bits of its offset */
	unsigned length : 29;
	unsigned kind : 2;           /* enum summ_kind */
	unsigned has_words : 1;      /* it has letters or digits */
	uint32_t words;              /* as wc(1) counts them */
	uint32_t term_end;           /* where its terms end, see below */
} sentence;

#define PARA_BLOCK 256           /* sentences a paragraph count covers,
                                    see summ_sentence_at */

/* The terms of body sentences, one stream for the document: each stem
 * id in 7-bit groups, low first, the high bit set on all groups but the
 * last.  Stem ids are given in order of first use, so frequent stems
 * have small ids: most terms take one or two bytes, not the four of an
 * array of ids.  The terms of sentence K end at its term_end and begin
 * where those of sentence K - 1 end; the stream is limited to 4 GiB
 * (some ten gigabytes of text).  Memory per sentence and per term is
 * kept small because a long document has millions of both. */
struct summ_doc {
	const char *text;
	size_t len;
	sentence *sent;
	size_t nsent, sent_cap;
	size_t *high;                /* see sentence */
	size_t nhigh, high_cap;
	uint64_t *para_bits;         /* bit K: sentence K opens a paragraph */
	size_t para_cap, last_para;  /* LAST_PARA: of the last sentence */
	size_t *para_at;             /* per PARA_BLOCK sentences: paragraphs
	                                opened before the first */
	unsigned char *terms;        /* the term stream */
	size_t terms_len, terms_cap;
	form *forms;
	size_t nforms, forms_cap;
	stem *stems;
	size_t nstems, stems_cap;
	double *weight;              /* per stem: term_weight(), once */
	struct candidate *best;      /* see score() */
	size_t nbest;
	char *keys;
	size_t keys_len, keys_cap;
	table table;                 /* forms and stems */
	size_t words;
	size_t nbody;
	int oom;
};

/* Grows *ARR (of elements of SIZE bytes, capacity *CAP) to hold at least
 * NEED elements, doubling.  Returns 0 on success, -1 when out of memory. */
static int grow(void *arr, size_t *cap, size_t need, size_t size)
{
	void **p = arr;
	size_t n = *cap ? *cap : 16;

	if (need <= *cap)
		return 0;
	while (n < need) {
		if (n > SIZE_MAX / 2 / size)
			return -1;
		n *= 2;
	}
	void *q = realloc(*p, n * size);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

/* The number of bits set in X, without the popcnt instruction, which
 * not every x86-64 has (and __builtin_popcountll without it is a call). */
static unsigned bit_count(uint64_t x)
{
	x -= x >> 1 & 0x5555555555555555u;
	x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
	return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* The offset of sentence K of D: its low bits, and as high bits the
 * number of entries of D->high at or before K (see sentence). */
static size_t sent_offset(const summ_doc *d, size_t k)
{
	size_t lo = 0, hi = d->nhigh;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->high[mid] <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)((uint64_t)lo << SENT_LOW_BITS | d->sent[k].low);
}

static enum summ_kind sent_kind(const summ_doc *d, size_t k)
{
	return (enum summ_kind)d->sent[k].kind;
}

const char *summ_strerror(int status)
{
	switch (status) {
	case SUMM_OK:     return "success";
	case SUMM_ENOMEM: return "out of memory";
	case SUMM_EINVAL: return "invalid argument";
	default:          return "unknown error";
	}
}

/* ------------------------------------------------------------------ */
/* 1. Characters                                                       */
/* ------------------------------------------------------------------ */

enum {
	C_SPACE = 1, C_UPPER = 2, C_LOWER = 4, C_CASELESS = 8,
	C_DIGIT = 16, C_PUNCT = 32
};
#define C_LETTER (C_UPPER | C_LOWER | C_CASELESS)
#define C_ALNUM (C_LETTER | C_DIGIT)
#define BAD_CP 0x110000u         /* an invalid byte, as a code point */

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Decodes the code point at S (N > 0 bytes available) into *CP and
 * returns its length in bytes.  An invalid or truncated sequence, an
 * overlong form or a surrogate yields BAD_CP and length 1. */
static size_t u8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned c = s[0];
	uint32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF && n >= 2 && is_cont(s[1])) {
		*cp = (uint32_t)(c & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF && n >= 3 && is_cont(s[1]) && is_cont(s[2])) {
		v = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 |
		    (s[2] & 0x3F);
		if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
			*cp = v;
			return 3;
		}
	}
	if (c >= 0xF0 && c <= 0xF4 && n >= 4 && is_cont(s[1]) &&
	    is_cont(s[2]) && is_cont(s[3])) {
		v = (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
		    (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
		if (v >= 0x10000 && v <= 0x10FFFF) {
			*cp = v;
			return 4;
		}
	}
	*cp = BAD_CP;
	return 1;
}

/* Encodes CP (valid) as UTF-8 into OUT; returns the length. */
static size_t u8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The lower-case form of CP for the scripts whose case we know (Latin,
 * Greek, Cyrillic); other code points are returned unchanged. */
static uint32_t cp_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c <= 0x17F) {
		if (c == 0x178)
			return 0xFF;
		if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && c % 2 == 0)
			return c + 1;
		if (((c >= 0x139 && c <= 0x148) || c >= 0x179) && c % 2 == 1)
			return c + 1;
		return c;
	}
	if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	return c;
}

static int is_lower_cp(uint32_t c)
{
	return (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
	       (c >= 0x100 && c <= 0x17F && cp_lower(c) == c) ||
	       (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F);
}

/* The class of each ASCII byte; 0 for the bytes of multi-byte
 * characters and invalid bytes, which are decoded to be classed.  A
 * table, because classing is the inner loop of every stage. */
#define S C_SPACE
#define U C_UPPER
#define L C_LOWER
#define D C_DIGIT
#define P C_PUNCT
static const unsigned char byte_class[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,    /* controls */
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,    /*  !"#$%&'()*+,-./ */
	D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,    /* 0-9 :;<=>? */
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,    /* @ A-O */
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,    /* P-Z [\]^_ */
	P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,    /* ` a-o */
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S     /* p-z {|}~ DEL */
};
#undef S
#undef U
#undef L
#undef D
#undef P

static unsigned cp_class(uint32_t c)
{
	if (c < 0x80)
		return byte_class[c];
	if (c == BAD_CP)
		return C_PUNCT;
	if (c <= 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0xFEFF)
		return C_SPACE;
	if (c <= 0xBF)
		return c == 0xAA || c == 0xB5 || c == 0xBA ? C_LOWER : C_PUNCT;
	if (c == 0xD7 || c == 0xF7)
		return C_PUNCT;
	if ((c >= 0x2010 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x303F) ||
	    (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE10 && c <= 0xFE6F) ||
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0x1F000 && c <= 0x1FAFF))
		return C_PUNCT;
	if (cp_lower(c) != c)
		return C_UPPER;
	return is_lower_cp(c) ? C_LOWER : C_CASELESS;
}

static int is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' ||
	       c == '\f' || c == '\v';
}

/* class_at for a character that is not ASCII. */
static unsigned decoded_class(const unsigned char *s, size_t n, size_t *len)
{
	uint32_t cp;

	*len = u8_decode(s, n, &cp);
	return cp_class(cp);
}

/* The class of the character at TEXT[I] (I < LEN); its length in *N.
 * Small enough to be inlined, for ASCII, in the loops of every stage. */
static inline unsigned class_at(const char *text, size_t len, size_t i,
                                size_t *n)
{
	const unsigned char *s = (const unsigned char *)text;

	if (s[i] < 0x80) {
		*n = 1;
		return byte_class[s[i]];
	}
	return decoded_class(s + i, len - i, n);
}

/* The classes of 64 bytes of text, a bit for each (bit J for byte J):
 * ASCII letters and digits, capitals, small letters and white space
 * (see byte_class), and the bytes beyond ASCII, which are not classed.
 * The tokenizer reads plain text by these masks, 64 bytes at a step;
 * it needs GCC or Clang (for the bit builtins) on a little-endian
 * machine (eight bytes loaded as a number have the first in the low
 * byte), and is built only there. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(SUMM_PORTABLE)
#define BYTE_MASKS 1

typedef struct {
	uint64_t alnum, upper, lower, space, high;
} byte_masks;

#ifdef USE_SSE2
/* Sixteen bytes at a step.  The compares are signed: bytes beyond
 * ASCII are negative, so no range of letters, digits or white space
 * takes them. */
static byte_masks classify64(const unsigned char *b)
{
	const __m128i bit5 = _mm_set1_epi8(0x20);
	byte_masks m = { 0, 0, 0, 0, 0 };

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
static byte_masks classify64(const unsigned char *b)
{
	byte_masks m = { 0, 0, 0, 0, 0 };

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
#endif

/* prev_char for a character that is not ASCII. */
static size_t prev_multibyte(const unsigned char *s, size_t start, size_t i)
{
	size_t j = i - 1;
	uint32_t cp;

	while (j > start && i - j < 4 && is_cont(s[j]))
		j--;
	/* Only a whole sequence is one character: a stray continuation
	 * byte is one of its own ("blank \246" keeps its \246). */
	if (j < i - 1 && u8_decode(s + j, i - j, &cp) != i - j)
		return i - 1;
	return j;
}

/* The start of the character that ends just before TEXT[I]. */
static inline size_t prev_char(const char *text, size_t start, size_t i)
{
	const unsigned char *s = (const unsigned char *)text;

	if (s[i - 1] < 0x80)                   /* ASCII, the common case */
		return i - 1;
	return prev_multibyte(s, start, i);
}

/* Whether the 8 bytes at S are all ASCII. */
static int ascii8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return (w & 0x8080808080808080u) == 0;
}

size_t summ_utf8_length(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	uint32_t cp;

	while (i < len) {
		/* ASCII, the common case, eight bytes at a time. */
		if (i + 8 <= len && ascii8(s + i)) {
			i += 8;
			n += 8;
			continue;
		}
		i += (unsigned char)s[i] < 0x80 ? 1 :
		     u8_decode((const unsigned char *)s + i, len - i, &cp);
		n++;
	}
	return n;
}

/* Folds white space as summ_fold describes, writing to DST unless it is
 * NULL; returns the length in bytes and sets *CHARS to the number of
 * characters. */
static size_t fold_text(const char *src, size_t len, char *dst, size_t *chars)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, o = 0, n, nc = 0, e;
	int pending = 0, line_break = 0;

	while (i < len) {
		if (class_at(src, len, i, &n) == C_SPACE) {
			pending = o > 0;
			line_break |= src[i] == '\n' || src[i] == '\r';
			i += n;
			continue;
		}
		/* A line break before a stop is an artefact of the layout
		 * ("pricing\n."): no space there. */
		if (pending && !(line_break && strchr(".,;:!?", src[i]))) {
			if (dst)
				dst[o] = ' ';
			o++;
			nc++;
		}
		pending = line_break = 0;
		/* The character and the plain ASCII after it, copied at once. */
		for (e = i + n; e < len && s[e] < 0x80 && byte_class[s[e]] != C_SPACE;
		     e++)
			;
		if (dst)
			memcpy(dst + o, src + i, e - i);
		o += e - i;
		nc += 1 + (e - i - n);
		i = e;
	}
	*chars = nc;
	return o;
}

size_t summ_fold(const char *src, size_t len, char *dst)
{
	size_t chars;

	return fold_text(src, len, dst, &chars);
}

/* ------------------------------------------------------------------ */
/* 4a. Words (used by the splitter and the tokenizer)                  */
/* ------------------------------------------------------------------ */

/* Where the dotted acronym that starts at S[I] ends ("U.S.", "e.g.": two
 * or more ASCII letters, each followed by a period), or I if none does. */
static size_t acronym_end(const unsigned char *s, size_t i, size_t end)
{
	if (!(i + 3 < end && s[i + 1] == '.' && (byte_class[s[i]] & C_LETTER) &&
	      (byte_class[s[i + 2]] & C_LETTER) && s[i + 3] == '.'))
		return i;
	i += 4;
	while (i + 1 < end && s[i + 1] == '.' && (byte_class[s[i]] & C_LETTER))
		i += 2;
	return i;
}

/* Where the first word at or after TEXT[I] starts (END if none). */
static size_t skip_to_word(const char *text, size_t i, size_t end)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n;

	while (i < end) {
		if (s[i] < 0x80) {
			if (byte_class[s[i]] & C_ALNUM)
				break;
			i++;
		} else if (class_at(text, end, i, &n) & C_ALNUM) {
			break;
		} else {
			i += n;
		}
	}
	return i;
}

/* Whether TEXT[I] (I < END) starts a letter or a digit. */
static int alnum_at(const char *text, size_t end, size_t i)
{
	size_t n;

	return (class_at(text, end, i, &n) & C_ALNUM) != 0;
}

/* Appends the N ASCII bytes at S, all of a word, to KEY[K..] folded:
 * byte | 0x20 turns capitals to lower case, and letters in lower case,
 * digits, apostrophes and periods have that bit already.  Eight bytes
 * at a step where there are eight.  Returns the new length of KEY. */
static size_t fold_ascii(const unsigned char *s, size_t n, char *key,
                         size_t k)
{
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		w |= 0x2020202020202020u;
		memcpy(key + k + i, &w, 8);
	}
	for (; i < n; i++)
		key[k + i] = (char)(s[i] | 0x20);
	return k + n;
}

/* Where the word that starts at TEXT[I] (a letter or digit) ends, as
 * summ_next_word describes.  When KEY is not NULL (room for MAX_KEY + 8
 * bytes), the word is also folded into it as summ_fold_word does, with
 * its length in *KLEN (0 when it does not fit) and eight zero bytes after
 * it for hash_key: scanning and folding in one pass, as the tokenizer
 * does for every word of the text. */
static size_t word_end(const char *text, size_t i, size_t end, char *key,
                       size_t *klen)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = 0, n, run, e = acronym_end(s, i, end);
	int fits = 1;
	uint32_t cp;

	if (e > i) {
		/* A dotted acronym, all ASCII. */
		if (key && (fits = e - i <= MAX_KEY))
			k = fold_ascii(s + i, e - i, key, k);
		i = e;
	} else {
		for (;;) {
			/* A run of ASCII letters and digits, apostrophes inside. */
			for (run = i; i < end && ((byte_class[s[i]] & C_ALNUM) ||
			     (s[i] == '\'' && i + 1 < end && alnum_at(text, end, i + 1)));
			     i++)
				;
			if (key && fits && (fits = k + (i - run) <= MAX_KEY))
				k = fold_ascii(s + run, i - run, key, k);
			if (i >= end || s[i] < 0x80)
				break;
			/* A letter or digit, or U+2019 as an apostrophe. */
			n = u8_decode(s + i, end - i, &cp);
			if (!(cp_class(cp) & C_ALNUM) &&
			    !(cp == 0x2019 && i + 3 < end && alnum_at(text, end, i + 3)))
				break;
			if (key && fits && (fits = k + 4 <= MAX_KEY)) {
				if (cp == 0x2019 || cp == 0x02BC)
					key[k++] = '\'';
				else
					k += u8_encode(cp_lower(cp), key + k);
			}
			i += n;
		}
	}
	if (key) {
		memset(key + k, 0, 8);
		*klen = fits ? k : 0;
	}
	return i;
}

int summ_next_word(const char *text, size_t end, size_t *pos,
                   size_t *wstart, size_t *wend)
{
	size_t i = skip_to_word(text, *pos, end);

	if (i >= end)
		return 0;
	*wstart = i;
	*wend = *pos = word_end(text, i, end, NULL, NULL);
	return 1;
}

size_t summ_fold_word(const char *text, size_t start, size_t end, char *key)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = start, k = 0, n;
	uint32_t cp;

	while (i < end) {
		if (s[i] < 0x80) {
			if (k + 1 > MAX_KEY)
				return 0;
			key[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
			i++;
			continue;
		}
		n = u8_decode(s + i, end - i, &cp);
		if (k + 4 > MAX_KEY)
			return 0;
		if (cp == 0x2019 || cp == 0x02BC) {
			key[k++] = '\'';
		} else if (cp == BAD_CP) {
			key[k++] = (char)s[i];
		} else {
			k += u8_encode(cp_lower(cp), key + k);
		}
		i += n;
	}
	return k;
}

/* ------------------------------------------------------------------ */
/* 4b. Stopwords                                                       */
/* ------------------------------------------------------------------ */

/* Common English function words, sorted (strcmp order) for in_sorted. */
static const char *const stopwords[] = {
	"a", "a.m.", "about", "above", "across", "after", "afterwards", "again",
	"against", "ago", "all", "almost", "alone", "along", "already", "also",
	"although", "always", "am", "among", "amongst", "an", "and", "another",
	"any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are",
	"aren't", "around", "as", "at", "away", "be", "became", "because",
	"become", "becomes", "been", "before", "beforehand", "behind", "being",
	"below", "beside", "besides", "between", "beyond", "both", "but", "by",
	"can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
	"does", "doesn't", "doing", "don't", "done", "down", "during", "e.g.",
	"each",
	"eg", "either", "else", "elsewhere", "enough", "etc", "even", "ever",
	"every", "everyone", "everything", "everywhere", "except", "few",
	"for", "former", "formerly", "from", "further", "furthermore", "had",
	"hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
	"he'll", "he's", "hence", "her", "here", "here's", "hereby", "herein",
	"hers", "herself", "him", "himself", "his", "how", "however", "i",
	"i'd", "i'll", "i'm", "i've", "i.e.", "ie", "if", "in", "indeed", "instead",
	"into", "is", "isn't", "it", "it's", "its", "itself", "just", "last",
	"latter", "least", "less", "let's", "many", "may", "me", "meanwhile",
	"might", "mine", "more", "moreover", "most", "mostly", "mr", "mrs",
	"ms", "much", "must", "my", "myself", "neither", "never",
	"nevertheless", "next", "no", "nobody", "none", "nor", "not",
	"nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one",
	"only", "onto", "or", "other", "others", "otherwise", "our", "ours",
	"ourselves", "out", "over", "own", "p.m.", "per", "perhaps", "quite", "rather",
	"really", "said", "same", "say", "says", "seem", "seemed", "seeming",
	"seems", "several", "she", "she'd", "she'll", "she's", "should",
	"shouldn't", "since", "so", "some", "somehow", "someone", "something",
	"sometime", "sometimes", "somewhere", "still", "such", "than", "that",
	"that's", "the", "their", "theirs", "them", "themselves", "then",
	"thence", "there", "there's", "thereafter", "thereby", "therefore",
	"therein", "these", "they", "they'd", "they'll", "they're", "they've",
	"this", "those", "though", "through", "throughout", "thru", "thus",
	"to", "together", "too", "toward", "towards", "under", "unless",
	"until", "up", "upon", "us", "very", "via", "was", "wasn't", "we",
	"we'd", "we'll", "we're", "we've", "were", "weren't", "what",
	"what's", "whatever", "when", "whence", "whenever", "where", "where's",
	"whereas", "whereby", "wherein", "whereupon", "wherever", "whether",
	"which", "while", "whither", "who", "who's", "whoever", "whole", "whom",
	"whose", "why", "will", "with", "within", "without", "won't", "would",
	"wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your",
	"yours", "yourself", "yourselves"
};

/* Compares the word KEY (LEN bytes) with the string WORD as strcmp()
 * compares KEY, ended at LEN, with WORD. */
static int key_cmp(const char *key, size_t len, const char *word)
{
	for (size_t i = 0;; i++) {
		unsigned char a = i < len ? (unsigned char)key[i] : 0;
		unsigned char b = (unsigned char)word[i];
		if (a != b)
			return a < b ? -1 : 1;
		if (a == 0)
			return 0;
	}
}

/* Whether the word KEY (LEN bytes) is in LIST, N strings sorted in
 * strcmp() order: a binary search comparing in place, where bsearch()
 * needed a copy with a NUL and a call to strcmp() a step. */
static int in_sorted(const char *const *list, size_t n, const char *key,
                     size_t len)
{
	size_t lo = 0, hi = n;
	unsigned char first = len ? (unsigned char)key[0] : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned char b = (unsigned char)list[mid][0];
		/* Most steps are decided by the first byte alone. */
		int c = first != b ? (first < b ? -1 : 1) :
		        key_cmp(key, len, list[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

int summ_is_stopword(const char *key, size_t len)
{
	if (len >= 16)                         /* none is as long */
		return 0;
	return in_sorted(stopwords, sizeof stopwords / sizeof *stopwords, key,
	                 len);
}

/* ------------------------------------------------------------------ */
/* 3a. Abbreviations (for the splitter)                                */
/* ------------------------------------------------------------------ */

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char *const titles[] = {
	"adm", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fr", "gen",
	"gov", "hon", "insp", "lt", "maj", "messrs", "mr", "mrs", "ms",
	"pres", "prof", "pvt", "rep", "rev", "sen", "sgt", "supt"
};

/* Words that, followed by a period, are usually abbreviations but may
 * also end a sentence.  Folded, without the period, sorted.  They count
 * only when written with a capital ("Ill.", "No."), as lower case they
 * are ordinary words ("fell ill.", "said no."), except those in
 * lower_abbrevs. */
static const char *const abbrevs[] = {
	"abbr", "ala", "approx", "apr", "ariz", "ark", "assn", "aug", "ave",
	"blvd", "bros", "ca", "calif", "cf", "co", "colo", "conn", "corp",
	"dec", "del", "dept", "est", "feb", "fig", "figs", "fla", "ft", "ga",
	"ill", "inc", "ind", "jan", "jr", "jul", "jun", "kan", "ky", "la",
	"ltd", "mar", "mass", "md", "mfg", "mich", "minn", "miss", "mo", "mph",
	"mt", "neb", "nev", "no", "nos", "nov", "oct", "okla", "ore", "p", "pa",
	"pp", "rd", "sep", "sept", "sr", "st", "tenn", "tex", "va", "vol",
	"vols", "vs", "wash", "wis", "wyo"
};

/* Abbreviations also written in lower case.  Sorted. */
static const char *const lower_abbrevs[] = {
	"approx", "ca", "cf", "est", "fig", "figs", "ft", "mph", "p", "pp",
	"vol", "vols", "vs"
};

/* Capitalised words other than stopwords that commonly open a sentence
 * of news ("in the U.S. Millions attended"): after an abbreviation they
 * signal a new sentence as "The" does.  Folded, sorted. */
static const char *const sentence_starters[] = {
	"analysts", "asked", "authorities", "critics", "despite", "doctors",
	"earlier", "experts", "investigators", "investors", "later", "millions",
	"officials", "overall", "police", "prosecutors", "researchers",
	"residents", "scientists", "shares", "thousands", "today", "witnesses",
	"yesterday"
};

static int in_list(const char *const *list, size_t n, const char *key,
                   size_t len)
{
	if (len == 0 || len >= 16)             /* none is as long */
		return 0;
	return in_sorted(list, n, key, len);
}

#define IN_LIST(list, key, len) \
	in_list(list, sizeof list / sizeof *list, key, len)

/* ------------------------------------------------------------------ */
/* 2. Paragraphs                                                       */
/* ------------------------------------------------------------------ */

/* Reads the lines of TEXT[0..LEN) in order.  Where line_end looks for
 * LF with memchr, the next CR is remembered and searched for again only
 * once passed: text without CRs would otherwise be searched to its end
 * at every line. */
typedef struct {
	const char *text;
	size_t len;
	const char *cr;              /* the first CR at or after the last
	                                line read, or NULL */
	int ascii;                   /* the last line read is all ASCII (0
	                                when not known) */
} line_reader;

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

/* Trims white space from both ends of TEXT[*S..*E). */
static void trim(const char *text, size_t *s, size_t *e)
{
	size_t n;

	while (*s < *e && class_at(text, *e, *s, &n) == C_SPACE)
		*s += n;
	while (*e > *s) {
		size_t p = prev_char(text, *s, *e);
		if (class_at(text, *e, p, &n) != C_SPACE)
			break;
		*e = p;
	}
}

/* A line, trimmed: blank when START == END. */
typedef struct {
	size_t start, end;
} line;

static line get_line(line_reader *r, size_t i, size_t *next)
{
	line l;

	l.start = i;
	l.end = line_end(r, i, next);
	trim(r->text, &l.start, &l.end);
	return l;
}

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
 * stops there. */
static size_t line_chars(const char *text, line l, size_t cap)
{
	size_t i = l.start, n = l.end - l.start;
	uint32_t cp;

	if (n > cap)
		n = cap;
	if (all_ascii(text + i, n))            /* a byte a character */
		return n;
	/* As summ_utf8_length counts, but no further than CAP. */
	for (n = 0; i < l.end && n < cap;) {
		if (i + 8 <= l.end && ascii8(text + i)) {
			i += 8;
			n += 8;
		} else {
			i += (unsigned char)text[i] < 0x80 ? 1 :
			     u8_decode((const unsigned char *)text + i, l.end - i, &cp);
			n++;
		}
	}
	return n < cap ? n : cap;
}

/* The width the text seems hard-wrapped to, or 0 when it does not look
 * wrapped.  The 95th percentile of line lengths stands for the width,
 * robust to a stray long line; the text counts as wrapped when that width
 * is a plausible one (40 to 100 characters) and at least half of the lines
 * come near it, as the lines of a wrapped paragraph do. */
static size_t wrap_width(const char *text, size_t len, size_t start)
{
	enum { CAP = 256 };
	size_t hist[CAP + 1] = {0};
	size_t nlines = 0, next, i, seen, width = CAP, near = 0;
	line_reader r = line_reader_at(text, len);

	for (i = start; i < len; i = next) {
		line l = get_line(&r, i, &next);
		if (l.start == l.end)
			continue;
		nlines++;
		hist[r.ascii ? (l.end - l.start < CAP ? l.end - l.start : CAP)
		             : line_chars(text, l, CAP)]++;
	}
	for (i = 0, seen = 0; i <= CAP; i++) {
		seen += hist[i];
		if (seen * 100 >= nlines * 95) {
			width = i;
			break;
		}
	}
	if (nlines < 3 || width < 40 || width > 100)
		return 0;
	for (i = width * 3 / 4; i <= CAP; i++)
		near += hist[i];
	return near * 2 >= nlines ? width : 0;
}

/* Characters in the first word of line L. */
static size_t first_word_chars(const char *text, line l)
{
	size_t i = l.start, n;

	while (i < l.end && class_at(text, l.end, i, &n) != C_SPACE)
		i += n;
	return summ_utf8_length(text + l.start, i - l.start);
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

static unsigned first_class(const char *text, line l)
{
	size_t n;

	return l.start < l.end ? class_at(text, l.end, l.start, &n) : 0;
}

static int marker_at(const char *text, size_t i, size_t end);

/* Whether line L opens a list item: a bullet (- * + and U+2022) or a
 * marker such as "1.", "12)", "a)" or "(iv)" followed by a space. */
static int starts_list_item(const char *text, line l)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = l.start, n = l.end - l.start;

	if (n >= 2 && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
	    s[i + 1] == ' ')
		return 1;
	if (n >= 3 && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xA2)
		return 1;
	return marker_at(text, i, l.end);
}

/* Words that cannot end a sentence or a heading: articles, prepositions,
 * conjunctions, possessives.  Sorted. */
static const char *const dangling[] = {
	"a", "an", "and", "as", "at", "but", "by", "for", "from", "her", "his",
	"in", "into", "its", "my", "nor", "of", "on", "onto", "or", "our",
	"than", "the", "their", "to", "with", "your"
};

/* Whether line L ends in a lower-case word that cannot end a line of its
 * own ("in", "the"): the text runs on into the next line. */
static int ends_dangling(const char *text, line l)
{
	size_t i = l.end, n;
	char key[MAX_KEY];

	/* No word of the list is longer than 5 bytes: walk no further. */
	while (i > l.start && l.end - i <= 5) {
		size_t p = prev_char(text, l.start, i);
		if (!(class_at(text, l.end, p, &n) & C_LOWER))
			break;
		i = p;
	}
	if (l.end - i > 5)
		return 0;
	if (i == l.end || (i > l.start && !(class_at(text, l.end,
	                   prev_char(text, l.start, i), &n) & C_SPACE)))
		return 0;
	n = summ_fold_word(text, i, l.end, key);
	return n > 0 && IN_LIST(dangling, key, n);
}

/* Whether line B starts with a stop or a bracket that goes on from a
 * line A of running text (three or more words in lower case, which a
 * heading has not). */
static int starts_continuation(const char *text, line a, line b)
{
	size_t pos = a.start, ws, we, lower = 0, n;

	if (b.start >= b.end || !strchr("(.,;:)", text[b.start]))
		return 0;
	while (lower < 3 && summ_next_word(text, a.end, &pos, &ws, &we))
		lower += (class_at(text, we, ws, &n) & C_LOWER) != 0;
	return lower >= 3 || text[b.start] != '(';
}

/* Whether the break after line A, followed by line B, is soft: the two
 * are one paragraph. */
static int soft_break(const char *text, line a, line b, size_t width)
{
	uint32_t last = last_char(text, a);

	if (starts_list_item(text, b))
		return 0;
	if (last == ',' || last == ';')
		return 1;
	if (first_class(text, b) == C_LOWER)
		return 1;
	if (ends_dangling(text, a))
		return 1;
	/* "up to 400 yd" + "(365.8 m)." or a stray "." on a line of its
	 * own: the sentence goes on. */
	if (starts_continuation(text, a, b) && last != '.' && last != '!' &&
	    last != '?' && last != 0x2026)
		return 1;
	if (width == 0)
		return 0;
	return line_chars(text, a, SIZE_MAX) + 1 + first_word_chars(text, b) >
	       width - width / 8;
}

/* ------------------------------------------------------------------ */
/* 3b. Sentences                                                       */
/* ------------------------------------------------------------------ */

/* Adds the sentence TEXT[START..END), START..END trimmed and at most
 * SENT_MAX bytes, of paragraph PARA (its number among all paragraphs)
 * and of kind KIND.  Returns -1 when out of memory. */
static int push_sentence(summ_doc *d, size_t start, size_t end,
                         size_t para, enum summ_kind kind)
{
	uint64_t high = (uint64_t)start >> SENT_LOW_BITS;
	size_t k = d->nsent;

	while (d->nhigh < high) {
		if (grow(&d->high, &d->high_cap, d->nhigh + 1, sizeof *d->high))
			return -1;
		d->high[d->nhigh++] = k;
	}
	/* The paragraph bits grow with the sentences. */
	if (k == d->sent_cap &&
	    (grow(&d->sent, &d->sent_cap, k + 1, sizeof *d->sent) ||
	     grow(&d->para_bits, &d->para_cap, d->sent_cap / 64 + 1,
	          sizeof *d->para_bits)))
		return -1;
	if (k % 64 == 0)
		d->para_bits[k / 64] = 0;
	if (k == 0 || para != d->last_para)
		d->para_bits[k / 64] |= (uint64_t)1 << k % 64;
	d->last_para = para;
	d->sent[k] = (sentence){
		.low = (uint32_t)((uint64_t)start &
		                  (((uint64_t)1 << SENT_LOW_BITS) - 1)),
		.length = (unsigned)(end - start), .kind = (unsigned)kind };
	d->nsent = k + 1;
	return 0;
}

/* Where to cut TEXT[START..) before LIMIT, a sentence too long to keep
 * whole: after the last blank in the second half, else before the
 * character that LIMIT is in (never inside one; a run of continuation
 * bytes longer than a character is invalid, a symbol a byte). */
static size_t long_cut(const char *text, size_t start, size_t limit)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i;

	for (i = limit; i > start + (limit - start) / 2; i--)
		if (is_ascii_space(s[i - 1]))
			return i;
	for (i = limit; i > limit - 3 && i > start + 1 && (s[i] & 0xC0) == 0x80;
	     i--)
		;
	return (s[i] & 0xC0) == 0x80 ? limit : i;
}

/* Adds the sentence TEXT[START..END) of paragraph PARA, trimmed, unless
 * it is empty; one longer than SENT_MAX bytes (512 MiB) is cut into
 * sentences that are not.  Returns -1 when out of memory. */
static int add_sentence(summ_doc *d, size_t start, size_t end,
                        size_t para, enum summ_kind kind)
{
	trim(d->text, &start, &end);
	while (start < end && end - start > SENT_MAX) {
		size_t cut = long_cut(d->text, start, start + SENT_MAX), e = cut;

		trim(d->text, &start, &e);
		if (start < e && push_sentence(d, start, e, para, kind))
			return -1;
		start = cut;
		trim(d->text, &start, &end);
	}
	return start < end ? push_sentence(d, start, end, para, kind) : 0;
}

static int is_closer(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
	       cp == 0x201D || cp == 0x2019 || cp == 0xBB;
}

static int is_opener(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
	       cp == 0x201C || cp == 0x2018 || cp == 0xAB;
}

/* Words after which a.m. and p.m. go on: "6 p.m. Tuesday", "9 a.m. EST".
 * Folded, sorted. */
static const char *const time_followers[] = {
	"apr", "april", "atlantic", "aug", "august", "bst", "cdt", "central",
	"cst", "ct", "dec", "december", "eastern", "edt", "est", "et", "feb",
	"february", "fri", "friday", "gmt", "jan", "january", "jul", "july",
	"jun", "june", "local", "mar", "march", "may", "mdt", "mon", "monday",
	"mountain", "mst", "mt", "nov", "november", "oct", "october",
	"pacific", "pdt", "pst", "pt", "sat", "saturday", "sep", "sept",
	"september", "sun", "sunday", "thu", "thursday", "tonight", "tue",
	"tuesday", "utc", "wed", "wednesday"
};

/* The folded word that starts at TEXT[I] into KEY; its length, or 0. */
static size_t word_key_at(const char *text, size_t i, size_t end, char *key)
{
	size_t pos = i, ws, we;

	if (!summ_next_word(text, end, &pos, &ws, &we) || ws != i)
		return 0;
	/* "U.S." and "a.m." keep their periods; "The." does not matter. */
	return summ_fold_word(text, ws, we, key);
}

/* Whether the word at TEXT[I..END) is a capitalised common word ("The",
 * "He", "In"), not a name or a title: after an abbreviation it signals a
 * new sentence. */
static int capitalised_common_word(const char *text, size_t i, size_t end)
{
	char key[MAX_KEY];
	size_t n, k;

	if (!(class_at(text, end, i, &n) & C_UPPER))
		return 0;
	k = word_key_at(text, i, end, key);
	return k > 0 && (summ_is_stopword(key, k) ||
	                 IN_LIST(sentence_starters, key, k)) &&
	       !IN_LIST(titles, key, k);
}

/* A list marker: "1.", "12)", "a)", "b.)", "(c)", "iv)" followed by a
 * space.  Its value as a number, a letter (a = 1) and a Roman numeral;
 * 0 where it is not one.  "i)" is both the ninth letter and one. */
typedef struct {
	unsigned num, alpha, roman;
	int paren;
	size_t len;
} marker;

static unsigned roman_value(const char *s, size_t n)
{
	unsigned v = 0, prev = 0;

	for (size_t k = n; k-- > 0;) {
		unsigned d = s[k] == 'i' ? 1 : s[k] == 'v' ? 5 : s[k] == 'x' ? 10 : 0;
		if (d == 0)
			return 0;
		v = d < prev ? v - d : v + d;
		prev = d > prev ? d : prev;
	}
	return v;
}

/* Whether a list marker may start at S[I], judged from its first two
 * characters (after an opening bracket): a digit; a letter before ')'
 * or '.' (a capital only before ')': "J." is an initial); or i, v or x
 * before another of them.  Most words fail at once, so parse_marker,
 * called at every sentence start, costs little for them. */
static int may_be_marker(const unsigned char *s, size_t i, size_t end)
{
	unsigned char c, next;

	if (i < end && s[i] == '(')
		i++;
	if (i + 2 >= end)                   /* no room for "1." and a space */
		return 0;
	c = s[i];
	next = s[i + 1];
	if (c >= '0' && c <= '9')
		return 1;
	if (c >= 'A' && c <= 'Z')
		return next == ')';
	if (c >= 'a' && c <= 'z')
		return next == ')' || next == '.' ||
		       ((c == 'i' || c == 'v' || c == 'x') &&
		        (next == 'i' || next == 'v' || next == 'x'));
	return 0;
}

/* Reads a list marker at TEXT[I]; returns 1 and fills *M if there is
 * one. */
static int parse_marker(const char *text, size_t i, size_t end, marker *m)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = i, b;

	memset(m, 0, sizeof *m);
	if (!may_be_marker(s, i, end))
		return 0;
	/* Most words are no marker: one ends in ')' or '.' after at most
	 * an opening bracket and five letters or digits. */
	b = k < end && s[k] == '(' ? k + 1 : k;
	while (b < end && b - k < 6 && (byte_class[s[b]] & C_ALNUM))
		b++;
	if (b >= end || (s[b] != ')' && s[b] != '.'))
		return 0;
	if (k < end && s[k] == '(') {
		m->paren = 1;
		k++;
	}
	b = k;
	if (k < end && s[k] >= '0' && s[k] <= '9') {
		while (k < end && k - b < 4 && s[k] >= '0' && s[k] <= '9')
			m->num = m->num * 10 + (s[k++] - '0');
		if (k - b > 3)
			return 0;
	} else if (k < end && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')) {
		while (k < end && k - b < 5 && s[k] >= 'a' && s[k] <= 'z')
			k++;
		if (k == b)
			k++;                          /* one capital letter */
		if (k - b == 1)
			m->alpha = (unsigned)((s[b] | 0x20) - 'a' + 1);
		m->roman = roman_value(text + b, k - b);
		if (!m->alpha && !m->roman)
			return 0;
	} else {
		return 0;
	}
	if (m->paren) {
		if (k >= end || s[k] != ')')
			return 0;
		k++;
	} else if (k < end && s[k] == ')') {
		k++;
	} else if (k < end && s[k] == '.' && !(s[b] >= 'A' && s[b] <= 'Z')) {
		/* "a." and "1." are markers; "J." is an initial. */
		k++;
		if (k < end && s[k] == ')')
			k++;
	} else {
		return 0;
	}
	if (k >= end || !(s[k] == ' ' || s[k] == '\t' || s[k] == '\n' ||
	                  s[k] == '\r'))
		return 0;
	m->len = k - i;
	return 1;
}

/* Whether a list marker starts at TEXT[I]. */
static int marker_at(const char *text, size_t i, size_t end)
{
	marker m;

	return parse_marker(text, i, end, &m);
}

/* Whether marker B comes right after marker A in a list. */
static int marker_follows(const marker *a, const marker *b)
{
	return a->len && a->paren == b->paren &&
	       ((a->num && b->num == a->num + 1) ||
	        (a->alpha && b->alpha == a->alpha + 1) ||
	        (a->roman && b->roman == a->roman + 1));
}

/* The state of the splitter within one paragraph. */
typedef struct {
	const char *text;
	size_t start, end;           /* the paragraph */
	size_t sent;                 /* where the current sentence starts */
	size_t quote_end;            /* end of the quotation or brackets
	                                around the scan position, if any */
	unsigned no_closer;          /* openers known to have no closer */
	marker list;                 /* the last list marker seen */
} splitter;

#define MAX_QUOTE 600            /* longer "quotations" are not trusted */

/* Where the quotation or bracket opened by the character at I (of N
 * bytes, code point CP) ends, or 0 if it is not one or does not close
 * within MAX_QUOTE bytes.  Each kind of opener is searched for a closer at
 * most once after a failed search, so the scan stays linear. */
static size_t quote_close(splitter *sp, size_t i, size_t n, uint32_t cp)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t end = sp->end, limit = i + MAX_QUOTE < end ? i + MAX_QUOTE : end;
	unsigned bit;
	int depth = 1;

	switch (cp) {
	case '"':    bit = 1; break;
	case 0x201C: bit = 2; break;
	case 0x2018: bit = 4; break;
	case '\'':   bit = 8; break;
	case '(':    bit = 16; break;
	default:     return 0;
	}
	if (sp->no_closer & bit)
		return 0;
	if (cp == '\'') {
		/* A straight single quote opens only before a letter and after
		 * a space: not an apostrophe. */
		size_t m;
		if (i + 1 >= end || !(class_at(sp->text, end, i + 1, &m) & C_LETTER) ||
		    (i > sp->start && !(class_at(sp->text, end, prev_char(sp->text,
		                        sp->start, i), &m) & (C_SPACE | C_PUNCT))))
			return 0;
	}
	for (size_t k = i + n; k < limit; k++) {
		/* Quotes close at a byte memchr finds faster than this loop:
		 * '"', or the 0xE2 that starts U+201D and U+2019. */
		if (cp == '"' || cp == 0x201C || cp == 0x2018) {
			const unsigned char *p = memchr(s + k, cp == '"' ? '"' : 0xE2,
			                                limit - k);
			if (!p)
				break;
			k = (size_t)(p - s);
		}
		switch (cp) {
		case '"':
			if (s[k] == '"')
				return k + 1;
			break;
		case 0x201C:
		case 0x2018:
			if (k + 2 < end && s[k] == 0xE2 && s[k + 1] == 0x80 &&
			    s[k + 2] == (cp == 0x201C ? 0x9D : 0x99)) {
				size_t m;
				/* ’ before a letter is an apostrophe: dragon’s. */
				if (cp == 0x201C || k + 3 >= end ||
				    !(class_at(sp->text, end, k + 3, &m) & C_LETTER))
					return k + 3;
			}
			break;
		case '\'':
			if (s[k] == '\'') {
				size_t m;
				int after_letter = k + 1 < end &&
				    (class_at(sp->text, end, k + 1, &m) & C_LETTER);
				int after_space = class_at(sp->text, end, k - 1, &m) == C_SPACE;
				if (after_space && after_letter)
					return 0;   /* a new quotation opens first */
				if (!after_space && !after_letter)
					return k + 1;
			}
			break;
		case '(':
			depth += s[k] == '(';
			depth -= s[k] == ')';
			if (depth == 0)
				return k + 1;
			break;
		}
	}
	if (limit == end)
		sp->no_closer |= bit;
	return 0;
}

/* Whether the word TEXT[W..T0), folded as KEY (K bytes), is an
 * abbreviation before the period at T0: a dotted acronym (U.S., e.g.), a
 * single letter, or one of abbrevs written with a capital. */
static int is_abbreviation(const char *text, size_t w, size_t t0,
                           const char *key, size_t k)
{
	size_t n;

	if (k == 1 || memchr(key, '.', k))
		return 1;
	if (IN_LIST(lower_abbrevs, key, k))
		return 1;
	return (class_at(text, t0, w, &n) & C_UPPER) && IN_LIST(abbrevs, key, k);
}

/* Whether the terminator TEXT[T0..T1), its closing quotes or brackets
 * up to Q, and then a capitalised word with no space between ("the
 * end.Next day", "2020.The", "next?Nobody", "no.\u201DThe") are a sentence
 * end run together, not a domain, file name, URL or abbreviation. */
static int glued_end(const splitter *sp, size_t t0, size_t t1, size_t q)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t i, n, w;
	char key[MAX_KEY];

	if (q + 2 >= sp->end || !(class_at(text, sp->end, q, &n) & C_UPPER) ||
	    !(class_at(text, sp->end, q + n, &n) & C_LOWER))
		return 0;
	if (t0 == sp->sent || !((s[t0 - 1] >= 'a' && s[t0 - 1] <= 'z') ||
	                        (s[t0 - 1] >= '0' && s[t0 - 1] <= '9') ||
	                        q > t1))
		return 0;
	/* The word before: no dots, slashes or at signs in its token, and
	 * no title or abbreviation ("Gen.Milley"). */
	for (w = t0; w > sp->sent && !is_ascii_space(s[w - 1]); w--)
		if (strchr("./@:_\\", s[w - 1]) && q == t1)
			return 0;
	for (w = t0; w > sp->sent && (class_at(text, t0, prev_char(text,
	     sp->sent, w), &n) & C_ALNUM); w = prev_char(text, sp->sent, w))
		;
	n = summ_fold_word(text, w, t0, key);
	if (n == 0 || IN_LIST(titles, key, n) ||
	    (q == t1 && is_abbreviation(text, w, t0, key, n)))
		return 0;
	/* The word after: no dots inside, slashes or at signs. */
	for (i = q; i < sp->end && !is_ascii_space(s[i]); i++)
		if ((s[i] == '.' && i + 1 < sp->end && !is_ascii_space(s[i + 1])) ||
		    s[i] == '/' || s[i] == '@' || s[i] == '_')
			return 0;
	return 1;
}

/* Whether the token that ends at the period T0 (back to white space) is
 * a URL, an e-mail address, or a dotted name with a part longer than a
 * letter (example.org, data.v2.csv, Amazon.com): not an abbreviation. */
static int is_web_token(const splitter *sp, size_t t0)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t i = t0, part = 0, longest = 0;
	int dots = 0;

	while (i > sp->sent && !is_ascii_space(s[i - 1]) && s[i - 1] != '(' &&
	       s[i - 1] != '"') {
		unsigned char c = s[i - 1];
		if (c == '/' || c == '@')
			return 1;
		if (c == '.') {
			dots++;
			part = 0;
		} else if (++part > longest) {
			longest = part;
		}
		i--;
	}
	return dots > 0 && longest > 1;
}

/* Whether the word at TEXT[I] is a relative pronoun: which, who, whom,
 * whose. */
static int relative_pronoun_at(const char *text, size_t i, size_t end)
{
	static const char *const rel[] = { "which", "who", "whom", "whose" };
	char key[MAX_KEY];
	size_t k = word_key_at(text, i, end, key);

	return IN_LIST(rel, key, k);
}

/* Decides whether the terminator TEXT[T0..T1) (periods, ! ? or an
 * ellipsis), followed after space by the text at NEXT, ends a sentence. */
static int ends_sentence(const splitter *sp, size_t t0, size_t t1,
                         size_t next)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t end = sp->end, i = next, n, w, k, klen;
	marker m;
	uint32_t cp;
	char key[MAX_KEY];
	int period = t1 - t0 == 1 && text[t0] == '.';

	/* Find the word before a single period (ASCII a byte at a step). */
	w = t0;
	while (period && w > sp->sent) {
		size_t p = s[w - 1] < 0x80 ? w - 1 : prev_char(text, sp->sent, w);
		if (!(class_at(text, t0, p, &n) & C_ALNUM) && text[p] != '.')
			break;
		w = p;
	}
	k = klen = w < t0 ? summ_fold_word(text, w, t0, key) : 0;
	if (k && IN_LIST(titles, key, k))
		return 0;
	/* A list item follows: "... store. w) hello", "Smith. a. here";
	 * but "Nov. 26." is a date. */
	if (parse_marker(text, next, end, &m) &&
	    !(k && is_abbreviation(text, w, t0, key, k)))
		return 1;
	/* After a period a dash goes on: "MILLBROOK, Ore. — Voters". */
	n = u8_decode(s + i, end - i, &cp);
	if (period && (cp == '-' || cp == 0x2013 || cp == 0x2014))
		return 0;
	/* Look past opening quotes, brackets, dashes and blanks to the first
	 * letter: "voila! -- you have cake" goes on. */
	for (;;) {
		n = u8_decode(s + i, end - i, &cp);
		if (!(is_opener(cp) || cp == '-' || cp == 0x2013 || cp == 0x2014 ||
		      cp == ' ') || i + n >= end)
			break;
		i += n;
	}
	/* A sentence starts neither in lower case nor with a number ("Rs.
	 * 16720", "SEC. 1262"). */
	if (cp_class(cp) == C_LOWER || cp_class(cp) == C_DIGIT)
		return 0;
	/* A remark in brackets that opens with a relative pronoun comments
	 * on the sentence before and belongs to it: "... passed easily!
	 * (Which surprised nobody.)". */
	if (s[next] == '(' && relative_pronoun_at(text, i, end))
		return 0;
	if (!period)
		return 1;
	if (w == t0)
		return 1;
	/* A number or a letter opening the sentence is a list marker: "1.
	 * First", "Q. What is it?"; elsewhere a number ends a sentence ("in
	 * 2020. Then"). */
	for (k = w; k < t0 && ((text[k] >= '0' && text[k] <= '9') ||
	                       text[k] == '.'); k++)
		;
	if (k == t0)
		return !(w == sp->sent && !memchr(text + w, '.', t0 - w));
	if (w == sp->sent && t0 - w == 1)
		return 0;
	k = klen;                              /* the fold above */
	if (k == 0)
		return 1;
	/* "6 p.m. Travelers": a time ends a sentence before a capital,
	 * unless a day, month or time zone follows. */
	if ((k == 3 && (memcmp(key, "a.m", 3) == 0 || memcmp(key, "p.m", 3) == 0)) ||
	    (k == 4 && (memcmp(key, "a.m.", 4) == 0 || memcmp(key, "p.m.", 4) == 0))) {
		char next_key[MAX_KEY];
		size_t nk = word_key_at(text, i, end, next_key);
		return (cp_class(cp) & C_UPPER) && !IN_LIST(time_followers, next_key, nk);
	}
	/* An address, a file or domain name ends a sentence as a word does:
	 * "at www.example.gov. Paper copies", "to jane@example.org. We". */
	if (is_web_token(sp, t0))
		return 1;
	/* "U.S.", "e.g.", an initial, "Inc.": ends a sentence only before a
	 * capitalised common word. */
	if (is_abbreviation(text, w, t0, key, k))
		return capitalised_common_word(text, i, end);
	return 1;
}

/* Skips a citation after a sentence end: "[7][8]", or a footnote number
 * run onto the period ("consultation.11 12", "(type 2).10").  Returns the
 * position after it, or I. */
static size_t skip_citation(const splitter *sp, size_t t0, size_t i)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t k = i, end = sp->end;

	while (k + 2 < end && s[k] == '[' && s[k + 1] >= '0' && s[k + 1] <= '9') {
		size_t j = k + 1;
		while (j < end && j - k < 5 && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j >= end || s[j] != ']')
			break;
		k = j + 1;
	}
	if (k == i && t0 > sp->sent && s[i - 1] == '.' &&
	    !(s[t0 - 1] >= '0' && s[t0 - 1] <= '9')) {
		for (;;) {
			size_t j = k;
			while (j < end && j - k < 4 && s[j] >= '0' && s[j] <= '9')
				j++;
			if (j == k || j - k > 3 || j >= end ||
			    !(s[j] == ' ' || (s[j] == '\n')))
				break;
			k = j;
			if (k + 1 < end && s[k + 1] >= '0' && s[k + 1] <= '9')
				k++;      /* another footnote: ".11 12" */
			else
				break;
		}
		if (k > i && (s[k - 1] < '0' || s[k - 1] > '9'))
			k--;
	}
	return k;
}

/* Whether TEXT[I] starts a full-width or CJK terminator, which needs no
 * space after it: U+3002 。 U+FF01 ！ U+FF0E ． U+FF1F ？.  Sets *N. */
static int wide_stop(const unsigned char *s, size_t i, size_t end, size_t *n)
{
	if (i + 2 >= end + 0 || s[i] < 0xE3 || s[i] > 0xEF)
		return 0;
	*n = 3;
	return (s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x82) ||
	       (s[i] == 0xEF && s[i + 1] == 0xBC &&
	        (s[i + 2] == 0x81 || s[i + 2] == 0x8E || s[i + 2] == 0x9F));
}

/* Whether a dash at TEXT[I] ("--" or U+2014) is the end of a quotation
 * broken off: the dash is followed by a closing double quote that closes
 * the quotation being scanned. */
static int interrupted_speech(const splitter *sp, size_t i)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t k;

	if (i + 2 < sp->end && s[i] == '-' && s[i + 1] == '-')
		k = i + 2;
	else if (i + 3 < sp->end && s[i] == 0xE2 && s[i + 1] == 0x80 &&
	         s[i + 2] == 0x94)
		k = i + 3;
	else
		return 0;
	if (s[k] == '"')
		k += 1;
	else if (k + 2 < sp->end && s[k] == 0xE2 && s[k + 1] == 0x80 &&
	         s[k + 2] == 0x9D)
		k += 3;
	else
		return 0;
	return k == sp->quote_end;
}

/* The bytes the splitter stops at: STOP_ANY for the stops . ! ?, the
 * openers " ' ( [, the dash (for "--") and every byte of a multi-byte
 * character; STOP_SPACE for ASCII white space, which matters only in a
 * list (where a marker may follow).  Other bytes are passed over. */
enum { STOP_ANY = 1, STOP_SPACE = 2 };
#define A STOP_ANY
#define W STOP_SPACE
static const unsigned char split_stop[256] = {
	W, 0, 0, 0, 0, 0, 0, 0, 0, W, W, W, W, W, 0, 0,    /* controls: NUL, TAB to CR */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	W, A, A, 0, 0, 0, 0, A, A, 0, 0, 0, 0, A, A, 0,    /*  !"#$%&'()*+,-./ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A,    /* 0-9 :;<=>? */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* @ A-O */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, A, 0, 0, 0, 0,    /* P-Z [\]^_ */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* ` a-o */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,    /* p-z {|}~ DEL */
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,    /* multi-byte and invalid */
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A,
	A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A
};
#undef A
#undef W

/* Where the first byte at or after S[I] (before END) in the classes
 * STOPS of split_stop is, or END: in prose most bytes are passed over. */
static size_t skip_plain_scalar(const unsigned char *s, size_t i, size_t end,
                                unsigned stops)
{
	while (i + 4 <= end && !((split_stop[s[i]] | split_stop[s[i + 1]] |
	                          split_stop[s[i + 2]] | split_stop[s[i + 3]]) &
	                         stops))
		i += 4;
	while (i < end && !(split_stop[s[i]] & stops))
		i++;
	return i;
}

#ifdef USE_SSE2
/* A superset of the stops among the 16 bytes at P, as a bit mask (bit K
 * for P[K]): the bytes from LO to '/' (the ASCII stops but '?' and '[',
 * with ',' and other punctuation besides; from NUL when white space is a
 * stop), '?', '[' and the bytes from 0x80.  Three tests instead of one
 * for each stop, as SSE2 has no byte lookup; the table then decides. */
static unsigned stop_candidates(const unsigned char *p, __m128i lo,
                                __m128i span)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i t = _mm_sub_epi8(v, lo);
	__m128i m = _mm_cmpeq_epi8(_mm_min_epu8(t, span), t);

	m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('[')));
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(m, v));
}

/* The first of the candidates M (bits for S[I..]) that is a stop, as an
 * offset from I, or -1. */
static int first_stop(const unsigned char *s, size_t i, unsigned m,
                      unsigned stops)
{
	for (; m; m &= m - 1) {
		int k = __builtin_ctz(m);
		if (split_stop[s[i + (size_t)k]] & stops)
			return k;
	}
	return -1;
}

/* skip_plain_scalar, sixteen bytes at a step.  The last step reads the
 * sixteen bytes that end at END, some of them again, rather than going
 * byte by byte. */
static size_t skip_plain(const unsigned char *s, size_t i, size_t end,
                         unsigned stops)
{
	const char first = stops & STOP_SPACE ? '\0' : '!';
	__m128i lo = _mm_set1_epi8(first), span = _mm_set1_epi8((char)('/' - first));
	size_t b;
	int k;

	for (; i + 16 <= end; i += 16) {
		k = first_stop(s, i, stop_candidates(s + i, lo, span), stops);
		if (k >= 0)
			return i + (size_t)k;
	}
	if (i >= end || end < 16)
		return skip_plain_scalar(s, i, end, stops);
	b = end - 16;
	k = first_stop(s, i, stop_candidates(s + b, lo, span) >> (i - b), stops);
	return k >= 0 ? i + (size_t)k : end;
}
#else
#define skip_plain skip_plain_scalar
#endif

/* Ends the current sentence at E and starts the next at NEXT. */
static int cut(summ_doc *d, splitter *sp, size_t e, size_t next, size_t para)
{
	marker m;

	if (add_sentence(d, sp->sent, e, para, SUMM_BODY))
		return -1;
	sp->sent = next;
	if (parse_marker(sp->text, next, sp->end, &m))
		sp->list = m;
	return 0;
}

/* Splits the paragraph TEXT[START..END) into sentences. */
static int split_paragraph(summ_doc *d, size_t start, size_t end,
                           size_t para)
{
	const char *text = d->text;
	const unsigned char *s = (const unsigned char *)text;
	splitter sp = { text, start, end, start, 0, 0, { 0, 0, 0, 0, 0 } };
	size_t i = start, n;
	uint32_t cp;

	parse_marker(text, start, end, &sp.list);
	/* White space matters only once a list marker has been seen
	 * (sp.list.len): marker_follows() is false until then. */
	while ((i = skip_plain(s, i, end, sp.list.len ? STOP_ANY | STOP_SPACE
	                                               : STOP_ANY)) < end) {
		size_t t0 = i, t1, j, q;

		/* Between words: a list item that continues the list. */
		if (is_ascii_space(s[i])) {
			marker m;
			for (j = i + 1; j < end && is_ascii_space(s[j]); j++)
				;
			if (sp.list.len && j < end && j >= sp.quote_end &&
			    parse_marker(text, j, end, &m) &&
			    marker_follows(&sp.list, &m)) {
				if (cut(d, &sp, i, j, para))
					return -1;
			}
			i = j;
			continue;
		}
		if (interrupted_speech(&sp, i)) {
			/* "... afore she comes, to--" At this moment": cut
			 * after the closing quote. */
			for (j = i; j < end && !is_ascii_space(s[j]); j++)
				;
			for (q = j; q < end && is_ascii_space(s[q]); q++)
				;
			if (q < end && (class_at(text, end, q, &n) & C_UPPER) &&
			    cut(d, &sp, j, q, para))
				return -1;
			i = j;
			continue;
		}
		if (s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] < 0x80 &&
		    !is_opener(s[i])) {
			i++;
			continue;
		}
		n = s[i] < 0x80 ? 1 : u8_decode(s + i, end - i, &cp);
		if (s[i] < 0x80)
			cp = s[i];
		if (i >= sp.quote_end && is_opener(cp)) {
			size_t close = quote_close(&sp, i, n, cp);
			if (close)
				sp.quote_end = close;
		}
		if (wide_stop(s, i, end, &n)) {
			i += n;
			if (i < end && cut(d, &sp, i, i, para))
				return -1;
			continue;
		}
		/* A run of . ! ? and U+2026 HORIZONTAL ELLIPSIS. */
		for (;;) {
			if (s[i] == '.' && i + 2 < end && s[i + 1] == ' ' &&
			    s[i + 2] == '.' && (i + 3 >= end || s[i + 3] == ' ' ||
			                        s[i + 3] == '.'))
				i += 2;       /* ". . ." set with spaces */
			else if (s[i] == '.' || s[i] == '!' || s[i] == '?')
				i++;
			else if (i + 2 < end + 0 && s[i] == 0xE2 && s[i + 1] == 0x80 &&
			         s[i + 2] == 0xA6)
				i += 3;
			else
				break;
			if (i >= end)
				break;
		}
		if (i == t0) {
			i += n;
			continue;
		}
		t1 = i;
		while (i < end) {
			n = u8_decode(s + i, end - i, &cp);
			if (!is_closer(cp))
				break;
			i += n;
		}
		/* Inside a quotation or brackets that go on: no end here. */
		if (i < sp.quote_end)
			continue;
		q = skip_citation(&sp, t0, i);
		for (j = q; j < end && class_at(text, end, j, &n) == C_SPACE; j += n)
			;
		if (j >= end)
			break;
		if (j == q) {
			if (t1 - t0 == 1 && glued_end(&sp, t0, t1, q) &&
			    cut(d, &sp, q, q, para))
				return -1;
			continue;
		}
		if (ends_sentence(&sp, t0, t1, j) && cut(d, &sp, q, j, para))
			return -1;
		i = j;
	}
	return add_sentence(d, sp.sent, end, para, SUMM_BODY);
}

/* Whether sentence K, the only one of its paragraph (of NLINES lines),
 * is a heading: one line of at most 20 words with no final punctuation. */
static int is_heading(const summ_doc *d, size_t k, size_t nlines)
{
	size_t start = sent_offset(d, k);
	line l = { start, start + d->sent[k].length };
	size_t pos = l.start, ws, we, words = 0;
	uint32_t last;

	if (nlines != 1)
		return 0;
	last = last_char(d->text, l);
	if (last == '.' || last == '!' || last == '?' || last == 0x2026 ||
	    last == ':' || last == ';' || last == ',')
		return 0;
	while (summ_next_word(d->text, l.end, &pos, &ws, &we))
		if (++words > 20)
			return 0;
	return words > 0;
}

/* Adds paragraph TEXT[START..END) (NLINES lines): body sentences, or a
 * heading when it is one short unpunctuated line. */
static int add_paragraph(summ_doc *d, size_t start, size_t end,
                         size_t nlines, size_t para)
{
	size_t first = d->nsent;

	if (split_paragraph(d, start, end, para))
		return -1;
	if (d->nsent == first + 1 && is_heading(d, first, nlines)) {
		d->sent[first].kind = first == 0 ? SUMM_TITLE : SUMM_HEADING;
	}
	return 0;
}

/* Segments the whole text into paragraphs and sentences. */
static int segment(summ_doc *d, size_t start)
{
	const char *text = d->text;
	size_t len = d->len, width = wrap_width(text, len, start);
	size_t i = start, next, para = 0, pstart = 0, nlines = 0;
	line prev = { 0, 0 };
	line_reader r = line_reader_at(text, len);

	for (; i < len; i = next) {
		line l = get_line(&r, i, &next);

		if (nlines && (l.start == l.end || !soft_break(text, prev, l, width))) {
			if (add_paragraph(d, pstart, prev.end, nlines, para++))
				return -1;
			nlines = 0;
		}
		if (l.start == l.end)
			continue;
		if (nlines == 0)
			pstart = l.start;
		nlines++;
		prev = l;
	}
	if (nlines && add_paragraph(d, pstart, prev.end, nlines, para))
		return -1;
	return 0;
}

/* A text of headings alone ("Jobs report shows strong growth") has
 * nothing else to summarize: its headings are its sentences. */
static void promote_headings(summ_doc *d)
{
	for (size_t k = 0; k < d->nsent; k++)
		if (sent_kind(d, k) == SUMM_BODY)
			return;
	for (size_t k = 0; k < d->nsent; k++)
		d->sent[k].kind = SUMM_BODY;
}

/* Counts the paragraphs opened before each PARA_BLOCK sentences, into
 * D->para_at, for summ_sentence_at.  Returns -1 when out of memory. */
static int index_paragraphs(summ_doc *d)
{
	size_t opened = 0, words = (d->nsent + 63) / 64;

	if (!(d->para_at = malloc((d->nsent / PARA_BLOCK + 1) * sizeof *d->para_at)))
		return -1;
	for (size_t j = 0; j < words; j++) {
		if (j % (PARA_BLOCK / 64) == 0)
			d->para_at[j / (PARA_BLOCK / 64)] = opened;
		opened += bit_count(d->para_bits[j]);
	}
	return 0;
}

/* Where locate has read the text to: the line of the last
 * offset located, and the next CR (remembered, not searched for at
 * every line: text without CRs would be searched to the next sentence
 * at every LF, a cost that grows with the square of the lines between
 * two sentences). */
typedef struct {
	size_t pos, lineno, line_start;
	const char *cr;              /* the first CR at or after pos */
} locator;

/* Where the text begins: after a byte-order mark, if any. */
static size_t text_start(const char *text, size_t len)
{
	return len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* A locator at the start of the text: columns of the first line do not
 * count a BOM, as an editor shows none. */
static locator locator_at(const summ_doc *d)
{
	size_t start = text_start(d->text, d->len);
	locator l = { start, 1, start,
	              d->len ? memchr(d->text, '\r', d->len) : NULL };

	return l;
}

/* The line and column of TARGET, an offset at or after the last one
 * located by L: the text is read once for all of them. */
static summ_position locate(const summ_doc *d, locator *l, size_t target)
{
	const char *text = d->text;

	while (l->pos < target) {
		const char *p = memchr(text + l->pos, '\n', target - l->pos);
		const char *q, *b;
		if (l->cr && l->cr < text + l->pos)
			l->cr = memchr(text + l->pos, '\r', d->len - l->pos);
		q = l->cr && l->cr < text + target ? l->cr : NULL;
		b = p && (!q || p < q) ? p : q;
		if (!b) {
			l->pos = target;
			break;
		}
		l->pos = (size_t)(b - text) + 1;
		if (*b == '\r' && l->pos < d->len && text[l->pos] == '\n')
			l->pos++;
		l->lineno++;
		l->line_start = l->pos;
	}
	return (summ_position){ l->lineno, target - l->line_start + 1 };
}

/* ------------------------------------------------------------------ */
/* 4c. Terms                                                           */
/* ------------------------------------------------------------------ */

/* A hash of the folded word KEY (LEN bytes, zero bytes after it up to
 * the next multiple of eight): eight bytes at a step, each multiplied
 * in, where FNV-1a costs a multiplication a byte.  A product's low bits
 * depend only on the low bits of its factors, so the end folds the high
 * half, which depends on all of them, into the low half that indexes
 * the table. */
#define HASH_SEED 0x9E3779B97F4A7C15u

/* Mixes the eight bytes W into the hash H. */
static uint64_t hash_step(uint64_t h, uint64_t w)
{
	return (h ^ w) * 0xBF58476D1CE4E5B9u;
}

static uint64_t hash_end(uint64_t h)
{
	return h ^ h >> 32;
}

static uint64_t hash_key(const char *key, size_t len)
{
	uint64_t h = len * HASH_SEED, w;

	for (size_t i = 0; i < len; i += 8) {
		memcpy(&w, key + i, 8);
		h = hash_step(h, w);
	}
	return hash_end(h);
}

/* Whether the keys A and B, of LEN bytes each and both padded with zero
 * bytes to a multiple of eight, are equal: compared eight bytes at a
 * step. */
static int key_equal(const char *a, const char *b, size_t len)
{
	uint64_t x, y;

	for (size_t i = 0; i < len; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	return 1;
}

/* The first eight bytes of the padded KEY, as a slot holds them. */
static uint64_t key_head(const char *key)
{
	uint64_t w;

	memcpy(&w, key, 8);
	return w;
}

/* Whether slot S is free: a key is never empty, so its head is never
 * zero. */
static int slot_empty(const slot *s)
{
	return s->head == 0;
}

/* The length of the key of slot S, one of eight bytes or more (its
 * head has no zero byte), as its form or stem keeps it. */
static size_t slot_long_len(const summ_doc *d, const slot *s)
{
	return s->form ? d->forms[s->form - 1].key_len
	               : d->stems[s->stem - 1].key_len;
}

/* The length of the key of slot S.  A key has no zero byte, so one of
 * fewer than eight bytes is the count of nonzero bytes of its head. */
static size_t slot_key_len(const summ_doc *d, const slot *s)
{
	size_t n = 0;

	for (unsigned i = 0; i < 64; i += 8)
		n += (s->head >> i & 0xFF) != 0;
	return n < 8 ? n : slot_long_len(d, s);
}

/* The key of slot S in the arena (a lookup reads it only for keys of
 * eight bytes or more: a shorter one is its head). */
static const char *slot_key(const summ_doc *d, const slot *s)
{
	return d->keys + (s->form ? d->forms[s->form - 1].key
	                          : d->stems[s->stem - 1].key);
}

/* Finds KEY (padded for key_equal, with the hash H) in the term table;
 * returns its slot (empty if absent).  A slot holds the head of its key,
 * so that a word of fewer than eight bytes, most words, is found without
 * reading anything else: with no zero byte in a key, a head with one is
 * the whole key. */
static inline slot *table_find(const summ_doc *d, const char *key,
                               size_t len, uint64_t h)
{
	const table *t = &d->table;
	size_t mask = t->cap - 1, i = (size_t)h & mask;
	uint64_t head = key_head(key);

	for (;; i = (i + 1) & mask) {
		slot *s = &t->slots[i];
		if (s->head == head) {
			if (len < 8 || (slot_long_len(d, s) == len &&
			                key_equal(slot_key(d, s) + 8, key + 8, len - 8)))
				return s;
		} else if (slot_empty(s)) {
			return s;
		}
	}
}

/* The hash of the key of slot S: a key of fewer than eight bytes is
 * its head, so only a longer one is read (its length from its form or
 * stem, its bytes from the arena, at random places of both). */
static uint64_t slot_hash(const summ_doc *d, const slot *s)
{
	size_t len = slot_key_len(d, s);

	return len <= 8 ? hash_end(hash_step(len * HASH_SEED, s->head))
	                : hash_key(slot_key(d, s), len);
}

/* The term table is kept at most a quarter full while it is small, as
 * the vocabulary of most texts is: a word, the hot loop, is then found
 * at its first probe nearly always.  Past SMALL_TABLE slots (1 MiB) it
 * may fill to three quarters, so that a large vocabulary costs less
 * memory. */
#define SMALL_TABLE ((size_t)1 << 16)

/* Makes room for one more slot in the term table, rehashing when full
 * (see SMALL_TABLE; the hashes, not kept, are computed again, see
 * slot_hash).  Returns 1 when it rehashed (slots found before have
 * moved), 0 when there was room, -1 when out of memory. */
static int table_reserve(summ_doc *d)
{
	table *t = &d->table;
	size_t ncap, j;
	slot *ns;

	if ((t->used + 1) * 4 <= (t->cap < SMALL_TABLE ? t->cap : t->cap * 3))
		return 0;
	ncap = t->cap ? t->cap * 2 : 1024;
	ns = calloc(ncap, sizeof *ns);
	if (!ns)
		return -1;
	for (size_t i = 0; i < t->cap; i++) {
		const slot *o = &t->slots[i];
		if (slot_empty(o))
			continue;
		for (j = (size_t)slot_hash(d, o) & (ncap - 1); !slot_empty(&ns[j]);
		     j = (j + 1) & (ncap - 1))
			;
		ns[j] = *o;
	}
	free(t->slots);
	t->slots = ns;
	t->cap = ncap;
	return 1;
}

/* Stores KEY, padded with zero bytes to a multiple of eight (as KEY is,
 * see key_equal), in the key arena for slot S, unless S holds it already
 * (as a form, for a new stem, or the reverse).  Returns its offset, or
 * -1. */
static long long store_key(summ_doc *d, const slot *s, const char *key,
                           size_t len)
{
	size_t off = d->keys_len, padded = (len + 7) / 8 * 8;

	if (!slot_empty(s))
		return (long long)(slot_key(d, s) - d->keys);
	if (off + padded > UINT32_MAX ||
	    grow(&d->keys, &d->keys_cap, off + padded, 1))
		return -1;
	memcpy(d->keys + off, key, padded);
	d->keys_len += padded;
	return (long long)off;
}

/* Takes slot S for KEY: a new slot is counted as used. */
static void slot_take(table *t, slot *s, const char *key)
{
	if (slot_empty(s)) {
		s->head = key_head(key);
		t->used++;
	}
}

/* The id of stem KEY (not empty: see slot_empty), added if new; NO_TERM
 * when out of memory. */
static uint32_t intern_stem(summ_doc *d, const char *key, size_t len)
{
	uint64_t h = hash_key(key, len);
	slot *s;
	long long off;
	stem *st;

	if (table_reserve(d) < 0)
		return NO_TERM;
	s = table_find(d, key, len, h);
	if (s->stem)
		return s->stem - 1;
	if ((off = store_key(d, s, key, len)) < 0 ||
	    grow(&d->stems, &d->stems_cap, d->nstems + 1, sizeof *d->stems))
		return NO_TERM;
	st = &d->stems[d->nstems];
	memset(st, 0, sizeof *st);
	st->key = (uint32_t)off;
	st->key_len = (unsigned)len;
	slot_take(&d->table, s, key);
	s->stem = (uint32_t)++d->nstems;
	return s->stem - 1;
}

static int is_number(const char *key, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!(key[i] >= '0' && key[i] <= '9') && key[i] != '\'')
			return 0;
	return 1;
}

/* The stem id of the folded word KEY (LEN bytes), a form not seen
 * before: NO_TERM for a stopword, a number or a word that stems to
 * nothing (a possessive alone, "ʼs"), else its stem, added if new.  Sets
 * *OOM when out of memory. */
static uint32_t form_stem(summ_doc *d, const char *key, size_t len, int *oom)
{
	char st[MAX_KEY + 8];
	size_t sl;
	uint32_t id;

	if (len <= 1 || summ_is_stopword(key, len) || is_number(key, len))
		return NO_TERM;
	memcpy(st, key, len);
	sl = memchr(key, '.', len) ? len : summ_stem(st, len);
	memset(st + sl, 0, 8);                 /* for hash_key */
	if (sl == 0 || summ_is_stopword(st, sl))
		return NO_TERM;
	if ((id = intern_stem(d, st, sl)) == NO_TERM)
		*oom = 1;
	return id;
}

/* Adds the folded word KEY (padded for key_equal, with the hash H), a
 * form not seen before, and returns it: a new form is checked against
 * the stopwords and stemmed.  S is the slot where the key was not found
 * as a form, used unless stemming changed the table.  Returns NULL when
 * out of memory. */
static form *add_form(summ_doc *d, const char *key, size_t len, uint64_t h,
                      slot *s)
{
	size_t cap = d->table.cap, used = d->table.used;
	int oom = 0;
	uint32_t stem_id = form_stem(d, key, len, &oom);
	long long off;
	form *f;

	if (oom || table_reserve(d) < 0)
		return NULL;
	/* The stem's slot may be this key's, or the table may have grown. */
	if (d->table.cap != cap || d->table.used != used)
		s = table_find(d, key, len, h);
	if ((off = store_key(d, s, key, len)) < 0 ||
	    grow(&d->forms, &d->forms_cap, d->nforms + 1, sizeof *d->forms))
		return NULL;
	f = &d->forms[d->nforms];
	memset(f, 0, sizeof *f);
	f->key = (uint32_t)off;
	f->key_len = (uint8_t)len;
	f->stem = stem_id;
	slot_take(&d->table, s, key);
	s->form = (uint32_t)++d->nforms;
	return f;
}

/* The form of the folded word KEY (padded for key_equal, with the hash
 * H), added if new; NULL when out of memory.  Most words are forms seen
 * before: they are looked up before room is made (the table is made
 * before the first, see tokenize). */
static inline form *find_form(summ_doc *d, const char *key, size_t len,
                              uint64_t h)
{
	slot *s = table_find(d, key, len, h);

	return s->form ? &d->forms[s->form - 1] : add_form(d, key, len, h, s);
}

/* The case shape of the word TEXT[START..END). */
static int word_shape(const char *text, size_t start, size_t end)
{
	size_t i = start, n;

	if ((unsigned char)text[i] < 0x80 && !(byte_class[(unsigned char)text[i]] & C_UPPER))
		return SHAPE_LOWER;
	if (!(class_at(text, end, i, &n) & C_UPPER))
		return SHAPE_LOWER;
	for (i += n; i < end; i += n)
		if (class_at(text, end, i, &n) & C_LOWER)
			return SHAPE_CAPITAL;
	return i - start > n ? SHAPE_UPPER : SHAPE_CAPITAL;
}

/* Whether sentence K is a candidate for a summary: a body sentence with
 * words. */
static int is_candidate(const summ_doc *d, size_t k)
{
	return d->sent[k].kind == SUMM_BODY && d->sent[k].has_words;
}

/* Makes room in the term stream (see summ_doc) for N more terms, five
 * bytes each at most.  Returns -1 when out of memory. */
static int reserve_terms(summ_doc *d, size_t n)
{
	return d->terms_cap - d->terms_len < 5 * n &&
	       (d->terms_len + 5 * n > UINT32_MAX ||
	        grow(&d->terms, &d->terms_cap, d->terms_len + 5 * n, 1)) ? -1 : 0;
}

/* Appends stem ID to the term stream, where room was reserved. */
static inline void push_term(summ_doc *d, uint32_t id)
{
	unsigned char *p = d->terms + d->terms_len;

	for (; id >= 0x80; id >>= 7)
		*p++ = (unsigned char)(id | 0x80);
	*p++ = (unsigned char)id;
	d->terms_len = (size_t)(p - d->terms);
}

/* Counts a word of the form F, a term (not a stopword or a number), at
 * TEXT[WS] with the case shape SHAPE, in a sentence of kind BODY or not:
 * a body word adds its stem id to the term stream and counts its shape,
 * a heading word marks its stem.  (The counts of forms
 * and stems are the sums of these, made once at the end.)  Room for
 * its term must have been reserved. */
static inline void add_word(summ_doc *d, form *f, size_t ws, int shape,
                            int body)
{
	if (!body) {
		d->stems[f->stem].in_heading = 1;
		return;
	}
	if (f->shape_count[shape]++ == 0) {
		f->off_low[shape] = (uint32_t)ws;
		f->off_high[shape] = (uint8_t)((uint64_t)ws >> 32);
	}
	push_term(d, f->stem);
}

/* Reads the word at TEXT[*POS] (a letter or digit) up to END, moves
 * *POS past it and sets *FORM_OF to its form (find_form), or to NULL
 * when it is too long to be a term.  Returns -1 when out of memory. */
static int next_form(summ_doc *d, size_t *pos, size_t end,
                     form **form_of)
{
	size_t i = *pos, klen;
	char key[MAX_KEY + 8];

	*pos = word_end(d->text, i, end, key, &klen);
	*form_of = NULL;
	return klen && !(*form_of = find_form(d, key, klen, hash_key(key, klen)))
	       ? -1 : 0;
}

/* A sentence's words as they are read: how many there are as wc(1)
 * counts them (runs of anything but white space), whether the last
 * character read was part of one, and whether any is a word of letters
 * or digits. */
typedef struct {
	size_t words;
	unsigned in_word, any;
	int body;                    /* a body sentence, not a heading */
} tally;

/* Reads one token at TEXT[*POS] (before END) and moves *POS past it:
 * a character that is not a letter or digit, or a whole word (see
 * summ_next_word), added with add_word.  Returns -1 when out of memory. */
static int token_step(summ_doc *d, tally *t, size_t *pos, size_t end)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t i = *pos, n = 1;
	unsigned cls = byte_class[s[i]];
	form *f;

	if (cls == 0)
		cls = class_at(d->text, end, i, &n);   /* not ASCII */
	if (!(cls & C_ALNUM)) {
		t->words += cls != C_SPACE && !t->in_word;
		t->in_word = cls != C_SPACE;
		*pos = i + n;
		return 0;
	}
	/* A word: none of its characters is white space. */
	t->words += !t->in_word;
	t->in_word = t->any = 1;
	if (next_form(d, pos, end, &f) || reserve_terms(d, 1))
		return -1;
	if (f && f->stem != NO_TERM)
		add_word(d, f, i, word_shape(d->text, i, *pos), t->body);
	return 0;
}

#ifdef BYTE_MASKS
/* Bits 0 to N - 1 set (N <= 64). */
static uint64_t low_bits(size_t n)
{
	return n >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << n) - 1;
}

/* The case shape of the ASCII word of bytes P to E - 1 of a block with
 * the masks M. */
static int mask_shape(const byte_masks *m, size_t p, size_t e)
{
	if (!(m->upper >> p & 1))
		return SHAPE_LOWER;
	if (m->lower & low_bits(e) & ~low_bits(p + 1))
		return SHAPE_CAPITAL;
	return e - p > 1 ? SHAPE_UPPER : SHAPE_CAPITAL;
}

/* Adds the word of bytes P to E - 1 (at most 16, ASCII letters and
 * digits) of the block B: its key is two eight-byte loads, folded with
 * | 0x20 and masked to the word, and hashed as hash_key would. */
static int block_word(summ_doc *d, const tally *t, const unsigned char *b,
                      const byte_masks *m, size_t p, size_t e, size_t at)
{
	const uint64_t lower = 0x2020202020202020u;
	size_t len = e - p;
	uint64_t x, x2 = 0, h;
	char key[16];
	form *f;

	memcpy(&x, b + p, 8);
	x |= lower;
	if (len < 8) {
		x &= (UINT64_C(1) << 8 * len) - 1;
	} else if (len > 8) {
		memcpy(&x2, b + p + 8, 8);
		x2 |= lower;
		if (len < 16)
			x2 &= (UINT64_C(1) << 8 * (len - 8)) - 1;
	}
	memcpy(key, &x, 8);
	memcpy(key + 8, &x2, 8);
	h = hash_step(len * HASH_SEED, x);
	if (len > 8)
		h = hash_step(h, x2);
	if (!(f = find_form(d, key, len, hash_end(h))))
		return -1;
	if (f->stem != NO_TERM)
		add_word(d, f, at + p, mask_shape(m, p, e), t->body);
	return 0;
}

/* Reads the text at TEXT[*POS] on, 64 bytes (fewer at END) at most, by
 * their byte masks: counts its words as wc(1) does and adds each word
 * that lies whole within the bytes and is a plain run of ASCII letters
 * and digits, 16 bytes at most (nearly all).  Stops, moving *POS, at the
 * end of the bytes or where token_step must read on: at a byte beyond
 * ASCII, or at a word that may go on past the bytes, is long, or has an
 * apostrophe or a period after it.  Returns -1 when out of memory. */
static int tokenize_block(summ_doc *d, tally *t, size_t *pos, size_t end)
{
	const unsigned char *b = (const unsigned char *)d->text + *pos;
	unsigned char copy[64 + 16];
	size_t n = end - *pos < 64 ? end - *pos : 64, stop, p, e;
	uint64_t valid = low_bits(n), alnum, starts, run, ns;
	byte_masks m;
	int open_end;

	/* At most 32 words, one term each, fit in 64 bytes. */
	if (reserve_terms(d, 32))
		return -1;

	/* Words are read as 16-byte loads: near the end of the text, from a
	 * copy padded with zero bytes. */
	if (d->len - *pos < sizeof copy) {
		memset(copy, 0, sizeof copy);
		memcpy(copy, b, n);
		b = copy;
	}
	m = classify64(b);
	stop = m.high & valid ? (size_t)__builtin_ctzll(m.high & valid) : n;
	/* A word that reaches the stop may go on past it. */
	open_end = stop < n || *pos + n < end;
	alnum = m.alnum & valid;
	for (starts = alnum & ~(alnum << 1) & low_bits(stop); starts;
	     starts &= starts - 1) {
		p = (size_t)__builtin_ctzll(starts);
		run = ~(alnum >> p);
		e = run ? p + (size_t)__builtin_ctzll(run) : 64;
		/* (Past the end of the sentence, B[E] is some byte of the
		 * text or of the padding: an apostrophe or a period there
		 * only sends the word to token_step, which reads to END.) */
		if ((e == stop && open_end) || e - p > 16 || b[e] == '\'' ||
		    (b[e] == '.' && e == p + 1)) {
			stop = p;
			break;
		}
		if (block_word(d, t, b, &m, p, e, *pos))
			return -1;
		t->any = 1;
	}
	/* Runs of anything but white space that start before the stop. */
	ns = ~m.space & low_bits(stop);
	t->words += bit_count(ns & ~(ns << 1 | t->in_word));
	if (stop > 0)
		t->in_word = ns >> (stop - 1) & 1;
	*pos += stop;
	return 0;
}
#endif

#ifdef SUMM_SELF_CHECK
/* Fuzzing builds can turn the 64-byte steps off, to check that a text
 * parsed with them and without them gives the same tokens (see
 * summ_same_tokens). */
int summ_scalar_tokens;
#define BLOCK_STEPS (!summ_scalar_tokens)
#else
#define BLOCK_STEPS 1
#endif

/* Tokenizes sentence K: counts its words as wc(1) does and adds each of
 * its words (see summ_next_word) with add_word.  Plain ASCII is read 64
 * bytes at a step from its byte masks where the compiler and byte order
 * allow (GCC or Clang on a little-endian machine); the rest, a token at
 * a time. */
static int tokenize_sentence(summ_doc *d, size_t k)
{
	size_t i = sent_offset(d, k), end = i + d->sent[k].length;
	tally t = { 0, 0, 0, sent_kind(d, k) == SUMM_BODY };

	while (i < end) {
#ifdef BYTE_MASKS
		if (BLOCK_STEPS && tokenize_block(d, &t, &i, end))
			return -1;
		if (i >= end)
			break;
#endif
		if (token_step(d, &t, &i, end))
			return -1;
	}
	if (t.any)
		d->sent[k].has_words = 1;
	d->sent[k].words = (uint32_t)t.words;
	return 0;
}

/* Tokenizes every sentence: word counts, and the stem ids of content
 * words in the term stream. */
static int tokenize(summ_doc *d)
{
	if (table_reserve(d) < 0)
		return -1;
	for (size_t k = 0; k < d->nsent; k++) {
		if (tokenize_sentence(d, k))
			return -1;
		d->sent[k].term_end = (uint32_t)d->terms_len;
		d->words += d->sent[k].words;
		d->nbody += is_candidate(d, k);
	}
	/* A stem's count is its forms'; its keyword is its most frequent
	 * form, the first on ties. */
	for (size_t i = 0; i < d->nforms; i++) {
		const form *f = &d->forms[i];
		if (f->stem == NO_TERM)
			continue;
		stem *st = &d->stems[f->stem];
		st->count += form_count(f);
		if (d->forms[st->best_form].stem != f->stem ||
		    form_count(f) > form_count(&d->forms[st->best_form]))
			st->best_form = (uint32_t)i;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* 5. Scores                                                           */
/* ------------------------------------------------------------------ */

/* How a sentence is scored (see also summ_select): the weights of its
 * distinct terms, summed, times a bonus for the lead, divided by its
 * length to a power that depends on how short the summary is to be. */
#define HEADING_BOOST 1.5       /* title and heading terms weigh more */
#define LEAD_BONUS 2.0          /* the first sentence scores 3x, the
                                   second 2x, the third 1.67x ... */
#define MIN_WORDS 8             /* shorter sentences count as this long */

static double term_weight(const stem *st)
{
	/* A word used once says nothing about the subject; past that, the
	 * weight grows with the logarithm of the frequency. */
	double w = st->count > 1 ? log((double)st->count) : 0;

	return st->in_heading ? w * HEADING_BOOST : w;
}

/* SUM, the weight of a sentence of WORDS words, per word to the power
 * EXPONENT: 1 favours dense sentences, less lets longer ones through.
 * (pow(x, 1) is x exactly; the division alone is much cheaper.) */
static double per_length(double sum, size_t words, double exponent)
{
	double len = (double)(words < MIN_WORDS ? MIN_WORDS : words);

	return sum / (exponent == 1.0 ? len : pow(len, exponent));
}

/* Computes every stem's weight once, into d->weight: the logarithm is
 * the costly part of a term's weight, and a stem has many terms. */
static int weigh_stems(summ_doc *d)
{
	if (!(d->weight = malloc((d->nstems ? d->nstems : 1) * sizeof *d->weight)))
		return -1;
	for (size_t i = 0; i < d->nstems; i++)
		d->weight[i] = term_weight(&d->stems[i]);
	return 0;
}

/* Where the terms of sentence K begin in the term stream. */
static size_t terms_begin(const summ_doc *d, size_t k)
{
	return k ? d->sent[k - 1].term_end : 0;
}

/* Reads the stem id at TERMS[*POS] and moves *POS past it. */
static uint32_t read_term(const unsigned char *terms, size_t *pos)
{
	size_t i = *pos;
	uint32_t id = terms[i++];
	unsigned shift = 7;

	if (id >= 0x80) {                      /* most ids take one byte */
		id &= 0x7F;
		do
			id |= (uint32_t)(terms[i] & 0x7F) << shift, shift += 7;
		while (terms[i++] & 0x80);
	}
	*pos = i;
	return id;
}

/* Scratch for terms_weight: per stem, the pass that last met it, so
 * that a stem is counted once a sentence without clearing after each. */
typedef struct {
	uint32_t *at;
	uint32_t pass;
	size_t n;
} stem_marks;

/* Allocates marks for D's stems.  Returns -1 when out of memory. */
static int marks_init(stem_marks *m, const summ_doc *d)
{
	m->n = d->nstems ? d->nstems : 1;
	m->pass = 0;
	return (m->at = calloc(m->n, sizeof *m->at)) ? 0 : -1;
}

/* Whether bit ID of the bit set USED is set. */
static int bit_set(const unsigned char *used, uint32_t id)
{
	return used[id / 8] >> id % 8 & 1;
}

/* The weights of the distinct terms of sentence K, summed in the order
 * of their first use, those whose bit is set in USED (NULL: none)
 * multiplied by REPEAT.  M is scratch (see stem_marks). */
static double terms_weight(const summ_doc *d, size_t k,
                           const unsigned char *used, double repeat,
                           stem_marks *m)
{
	size_t pos = terms_begin(d, k), end = d->sent[k].term_end;
	double sum = 0;

	if (++m->pass == 0) {                  /* wrapped: start afresh */
		memset(m->at, 0, m->n * sizeof *m->at);
		m->pass = 1;
	}
	while (pos < end) {
		uint32_t id = read_term(d->terms, &pos);
		if (m->at[id] != m->pass) {
			m->at[id] = m->pass;
			sum += used && bit_set(used, id) ? d->weight[id] * repeat
			                                 : d->weight[id];
		}
	}
	return sum;
}

/* The lead bonus of the body sentence of rank RANK (0 for the first):
 * news puts the point first; the bonus fades with position. */
static double lead_bonus(size_t rank)
{
	return 1.0 + LEAD_BONUS / (1.0 + (double)rank);
}

/* A candidate sentence, in score() and in summ_select's queue.  A text
 * may put every body sentence in the queue, so it takes 16 bytes: SPOT
 * packs the sentence and the round of its score (see spot_of), and its
 * lead bonus is found again from its rank (see rank_index) when it is
 * rescored. */
typedef struct candidate {
	double score;
	uint64_t spot;
} candidate;

#define ROUNDS 128               /* rounds a spot tells apart */

/* The spot of sentence K scored in round ROUND (< ROUNDS): in the order
 * of sentences, as the round does not matter there. */
static uint64_t spot_of(size_t k, size_t round)
{
	return (uint64_t)k * ROUNDS + round;
}

static size_t spot_sentence(uint64_t spot)
{
	return (size_t)(spot / ROUNDS);
}

static size_t spot_round(uint64_t spot)
{
	return (size_t)(spot % ROUNDS);
}

/* Whether candidate A goes before B: by score, then by earlier
 * sentence. */
static int cand_before(const candidate *a, const candidate *b)
{
	return a->score > b->score ||
	       (a->score == b->score && a->spot < b->spot);
}

/* Restores the heap H of N entries below position I: a max-heap (the
 * best on top) when MAX, else a min-heap (the worst on top). */
static void sift_down(candidate *h, size_t n, size_t i, int max)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		candidate tmp;

		if (l < n && (max ? cand_before(&h[l], &h[m]) : cand_before(&h[m], &h[l])))
			m = l;
		if (r < n && (max ? cand_before(&h[r], &h[m]) : cand_before(&h[m], &h[r])))
			m = r;
		if (m == i)
			return;
		tmp = h[i];
		h[i] = h[m];
		h[m] = tmp;
		i = m;
	}
}

/* Offers candidate C to G, a min-heap of the best *GOT (at most CAP)
 * candidates offered so far: C is kept if there is room or if it is
 * better than the worst kept, which then goes. */
static void keep_best(candidate *g, size_t *got, size_t cap,
                      const candidate *c)
{
	if (*got < cap) {
		size_t i = (*got)++;
		g[i] = *c;
		while (i > 0 && cand_before(&g[(i - 1) / 2], &g[i])) {
			candidate tmp = g[i];
			g[i] = g[(i - 1) / 2];
			g[(i - 1) / 2] = tmp;
			i = (i - 1) / 2;
		}
	} else if (cap > 0 && cand_before(c, &g[0])) {
		g[0] = *c;
		sift_down(g, *got, 0, 0);
	}
}

#define FIRST_BATCH 1024         /* candidates summ_select loads first, */
#define FIRST_SHARE 64           /* or this share of them if more */

/* The size of the first batch of summ_select's queue (see queue): a
 * 64th of the candidates, 16 bytes each, at least FIRST_BATCH.  A text
 * that repeats itself may need thousands of candidates for a short
 * summary, as each copy of a sentence taken is passed over; a later
 * batch costs a pass that scores every sentence again. */
static size_t first_batch(const summ_doc *d)
{
	size_t share = d->nbody / FIRST_SHARE;

	return share > FIRST_BATCH ? share : FIRST_BATCH;
}

/* Scores every body sentence: the sum of the weights of its distinct
 * terms, times its lead bonus, per word (length exponent 1, nothing
 * taken yet): its score for a short summary.  The best first_batch
 * candidates by that score are kept in d->best, the first batch of
 * summ_select for a short summary: found here, while each sentence is
 * at hand, they spare summ_select a pass over them all.  (The scores are
 * not kept: a sentence has no room for one, see sentence.) */
static int score(summ_doc *d)
{
	stem_marks seen;
	size_t rank = 0, nbest = first_batch(d);

	if (marks_init(&seen, d) || weigh_stems(d) ||
	    !(d->best = malloc(nbest * sizeof *d->best))) {
		free(seen.at);
		return -1;
	}
	for (size_t k = 0; k < d->nsent; k++) {
		candidate c;

		if (!is_candidate(d, k))
			continue;
		c.spot = spot_of(k, 0);
		c.score = per_length(terms_weight(d, k, NULL, 1.0, &seen) *
		                     lead_bonus(rank++), d->sent[k].words, 1.0);
		keep_best(d->best, &d->nbest, nbest, &c);
	}
	free(seen.at);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing: the stages in order                                        */
/* ------------------------------------------------------------------ */

int summ_parse(const char *text, size_t len, summ_doc **out)
{
	summ_doc *d = calloc(1, sizeof *d);

	*out = NULL;
	if (!d)
		return SUMM_ENOMEM;
	d->text = text;
	d->len = len;
	if ((uint64_t)len >= MAX_TEXT || segment(d, text_start(text, len))) {
		summ_free(d);
		return SUMM_ENOMEM;
	}
	promote_headings(d);
	if (index_paragraphs(d) || tokenize(d) || score(d)) {
		summ_free(d);
		return SUMM_ENOMEM;
	}
	*out = d;
	return SUMM_OK;
}

void summ_free(summ_doc *d)
{
	if (!d)
		return;
	free(d->sent);
	free(d->high);
	free(d->para_bits);
	free(d->para_at);
	free(d->terms);
	free(d->forms);
	free(d->stems);
	free(d->weight);
	free(d->best);
	free(d->keys);
	free(d->table.slots);
	free(d);
}

size_t summ_sentence_count(const summ_doc *d)
{
	return d->nsent;
}

summ_sentence summ_sentence_at(const summ_doc *d, size_t k)
{
	const sentence *s = &d->sent[k];
	size_t opened = d->para_at[k / PARA_BLOCK], w = k / 64;
	unsigned bit = (unsigned)(k % 64);

	/* Paragraphs opened up to K, K's own included, less one. */
	for (size_t j = k / PARA_BLOCK * (PARA_BLOCK / 64); j < w; j++)
		opened += bit_count(d->para_bits[j]);
	opened += bit_count(d->para_bits[w] &
	                    (bit == 63 ? ~UINT64_C(0) : (UINT64_C(2) << bit) - 1));
	return (summ_sentence){ sent_offset(d, k), s->length, opened - 1,
	                        s->words, sent_kind(d, k) };
}

size_t summ_word_count(const summ_doc *d)
{
	return d->words;
}

/* A sentence to locate: its index, and where its position goes. */
typedef struct {
	size_t sentence, slot;
} to_locate;

static int by_sentence(const void *a, const void *b)
{
	const to_locate *x = a, *y = b;

	return (x->sentence > y->sentence) - (x->sentence < y->sentence);
}

int summ_locate(const summ_doc *d, const size_t *idx, size_t n,
                summ_position *pos)
{
	to_locate *order;
	locator l;

	if (n == 0)
		return SUMM_OK;
	if (!(order = malloc(n * sizeof *order)))
		return SUMM_ENOMEM;
	for (size_t i = 0; i < n; i++)
		order[i] = (to_locate){ idx[i], i };
	qsort(order, n, sizeof *order, by_sentence);
	l = locator_at(d);
	for (size_t i = 0; i < n; i++)
		pos[order[i].slot] = locate(d, &l, sent_offset(d, order[i].sentence));
	free(order);
	return SUMM_OK;
}

/* ------------------------------------------------------------------ */
/* 6. Selection                                                        */
/* ------------------------------------------------------------------ */

/* Sorts the N chosen indices IDX into text order, with their SCORES (if
 * not NULL) alongside: an insertion sort, as summaries are short. */
static void sort_by_position(size_t *idx, double *scores, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t k = idx[i], j = i;
		double sc = scores ? scores[i] : 0;
		for (; j > 0 && idx[j - 1] > k; j--) {
			idx[j] = idx[j - 1];
			if (scores)
				scores[j] = scores[j - 1];
		}
		idx[j] = k;
		if (scores)
			scores[j] = sc;
	}
}

/* A hash of sentence K's content terms, to recognise repeats: FNV-1a
 * over the bytes of their stem ids as 32-bit integers. */
static uint64_t terms_hash(const summ_doc *d, size_t k)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t pos = terms_begin(d, k);

	while (pos < d->sent[k].term_end) {
		uint32_t id = read_term(d->terms, &pos);
		unsigned char b[sizeof id];

		memcpy(b, &id, sizeof id);
		for (size_t i = 0; i < sizeof id; i++) {
			h ^= b[i];
			h *= 0x100000001b3u;
		}
	}
	return h;
}

/* Characters in TEXT[0..LEN) once folded (see summ_fold). */
static size_t folded_chars(const char *text, size_t len)
{
	size_t chars;

	fold_text(text, len, NULL, &chars);
	return chars;
}

/* How many sentences LIM allows at most, of NBODY. */
static size_t sentence_budget(const summ_limits *lim, size_t nbody)
{
	size_t max = lim->sentences ? lim->sentences : SIZE_MAX;

	if (lim->percent) {
		size_t p = (nbody * lim->percent + 99) / 100;
		if (p < 1)
			p = 1;
		if (p < max)
			max = p;
	}
	return max;
}

/* The most sentences a summary of D under LIM takes: its sentence
 * budget (SUMM_DEFAULT_SENTENCES when LIM sets no limit), at most the
 * body sentences. */
static size_t selection_max(const summ_doc *d, const summ_limits *lim)
{
	size_t max = !lim->sentences && !lim->percent && !lim->words &&
	             !lim->chars ? SUMM_DEFAULT_SENTENCES
	                         : sentence_budget(lim, d->nbody);

	return max < d->nbody ? max : d->nbody;
}

size_t summ_select_room(const summ_doc *d, const summ_limits *lim)
{
	size_t max = selection_max(d, lim);

	return max ? max : 1;
}

/* How the summary's length shapes the choice.  A short summary (a tenth
 * of the text, say) must be dense: length counts fully against a sentence
 * and the words of a sentence already taken count half, so the next one
 * says something new.  An abridgement (two fifths of the text or more)
 * keeps the longer, central sentences and lets them overlap.  Between the
 * two the settings move linearly. */
#define SHORT_SHARE 0.3          /* at most this share: a short summary */
#define LONG_SHARE 0.4           /* at least this share: an abridgement */
#define SHORT_EXPONENT 1.0
#define LONG_EXPONENT 0.5
#define SHORT_REPEAT 0.5         /* weight left to a term already taken */
#define LONG_REPEAT 1.0
#define MAX_RESCORED 100         /* picks made with repeats discounted */
_Static_assert(MAX_RESCORED <= ROUNDS, "a rescoring round must fit a spot");
#define MAX_TRIES 64             /* rescorings a pick may cost at most */

typedef struct {
	double exponent;             /* of the length, see per_length */
	double repeat;               /* factor on the weight of used terms */
	int no_lead;                 /* the lead bonus is off */
} selection_shape;

/* The shape of a summary that takes SHARE of the text. */
static selection_shape shape_for(double share, int no_lead)
{
	double x = (share - SHORT_SHARE) / (LONG_SHARE - SHORT_SHARE);
	selection_shape sh;

	sh.no_lead = no_lead;
	x = x < 0 ? 0 : x > 1 ? 1 : x;
	sh.exponent = SHORT_EXPONENT + (LONG_EXPONENT - SHORT_EXPONENT) * x;
	sh.repeat = SHORT_REPEAT + (LONG_REPEAT - SHORT_REPEAT) * x;
	return sh;
}

/* Sentence K's score under shape SH, with its lead bonus LEAD and the
 * weight of each term whose bit is set in USED (a sentence taken has
 * it) multiplied by SH.repeat.  SEEN is scratch (see stem_marks). */
static double rescore(const summ_doc *d, size_t k, double lead,
                      selection_shape sh, const unsigned char *used,
                      stem_marks *seen)
{
	return per_length(terms_weight(d, k, used, sh.repeat, seen) *
	                  (sh.no_lead ? 1.0 : lead), d->sent[k].words,
	                  sh.exponent);
}

/* The candidates of summ_select, best first, in a max-heap loaded in
 * batches.  A short summary, the common case, needs the best few
 * sentences of a text that may have a million, and a heap of all of
 * them would cost as much memory as the text's sentences themselves.
 * The candidates not yet loaded are those after BOUND (in the order of
 * cand_before) by their first score; when the heap's top is after
 * BOUND (it may have been rescored down), the next batch, twice as large
 * but no larger than what is left, is loaded.  The top is then always
 * the best candidate left, as it would be in a heap of all of them, so
 * the choice is the same. */
typedef struct {
	candidate *h;
	size_t n, cap;
	size_t batch;                /* the size of the next batch */
	size_t loaded;               /* candidates loaded so far */
	candidate bound;             /* the last loaded, by its first score */
} queue;

/* Loads the next batch of candidates into Q: those after Q->bound with
 * the best first scores, found in one pass over the sentences with a
 * min-heap of the batch's size -- or, for the first batch of a short
 * summary, taken from d->best.  Returns -1 when out of memory. */
static int queue_load(const summ_doc *d, queue *q, selection_shape sh,
                      stem_marks *seen)
{
	size_t left = d->nbody - q->loaded, got = 0, rank = 0;
	size_t batch = q->batch < left ? q->batch : left;
	candidate *g;

	if (q->cap - q->n < batch) {
		candidate *h = realloc(q->h, (q->n + batch) * sizeof *h);
		if (!h)
			return -1;
		q->h = h;
		q->cap = q->n + batch;
	}
	g = q->h + q->n;                       /* the batch, a min-heap */
	if (!q->loaded && q->batch == first_batch(d) && sh.exponent == 1.0 &&
	    !sh.no_lead) {
		memcpy(g, d->best, d->nbest * sizeof *g);
		got = d->nbest;
	} else {
		for (size_t k = 0; k < d->nsent; k++) {
			candidate c;

			if (!is_candidate(d, k))
				continue;
			c.spot = spot_of(k, 0);
			c.score = rescore(d, k, lead_bonus(rank), sh, NULL, seen);
			if ((!q->loaded || cand_before(&q->bound, &c)) &&
			    (got < batch || cand_before(&c, &g[0])))
				keep_best(g, &got, batch, &c);
			rank++;
		}
	}
	if (got > 0)
		q->bound = g[0];
	q->loaded += got;
	q->n += got;
	q->batch = q->batch <= SIZE_MAX / 4 ? 2 * q->batch : q->batch;
	for (size_t i = q->n / 2; i-- > 0;)
		sift_down(q->h, q->n, i, 1);
	return 0;
}

/* The best candidate left in Q, loading more when needed; NULL when
 * none is left; *OOM set when memory ran out. */
static candidate *queue_top(const summ_doc *d, queue *q, selection_shape sh,
                            stem_marks *seen, int *oom)
{
	while (q->loaded < d->nbody &&
	       (q->n == 0 || cand_before(&q->bound, &q->h[0]))) {
		if (queue_load(d, q, sh, seen)) {
			*oom = 1;
			return NULL;
		}
	}
	return q->n ? &q->h[0] : NULL;
}

/* Takes the best candidate out of Q. */
static void queue_pop(queue *q)
{
	q->h[0] = q->h[--q->n];
	sift_down(q->h, q->n, 0, 1);
}

/* The rank of candidates among the body sentences, for their lead
 * bonus when they are rescored, found from AT[B]: the candidates before
 * sentence B * RANK_STEP, for B < KNOWN.  It is filled only as far as
 * asked: rescored sentences are the leaders, most near the start. */
#define RANK_STEP 64
typedef struct {
	size_t *at;
	size_t known;
} rank_index;

/* Candidates among sentences FROM..TO of D. */
static size_t candidates_in(const summ_doc *d, size_t from, size_t to)
{
	size_t n = 0;

	for (; from < to; from++)
		n += is_candidate(d, from);
	return n;
}

/* The rank of candidate K of D (0 for the first). */
static size_t candidate_rank(const summ_doc *d, rank_index *ri, size_t k)
{
	size_t b = k / RANK_STEP;

	if (ri->known == 0)
		ri->at[ri->known++] = 0;
	for (; ri->known <= b; ri->known++)
		ri->at[ri->known] = ri->at[ri->known - 1] +
		                    candidates_in(d, (ri->known - 1) * RANK_STEP,
		                                  ri->known * RANK_STEP);
	return ri->at[b] + candidates_in(d, b * RANK_STEP, k);
}

/* The share of the text that LIM asks for, taking at most MAX
 * sentences. */
static double share_of(const summ_doc *d, const summ_limits *lim,
                       size_t max)
{
	double share = d->nbody ? (double)max / (double)d->nbody : 1;

	if (lim->words && d->words)
		share = fmin(share, (double)lim->words / (double)d->words);
	if (lim->chars && d->len)
		share = fmin(share, (double)lim->chars / (double)d->len);
	return share;
}

/* The sentences taken, by the hash of their terms (see terms_hash), in
 * an open-addressed set grown as they come: a limit may allow many more
 * sentences than the text has that are not repeats. */
typedef struct {
	uint64_t *slot;              /* 0 marks an empty slot */
	size_t cap, used;            /* cap is a power of two */
} hash_set;

/* The slot of the term hash H (see taken_hash) in TAKEN: its own if a
 * sentence with those terms was taken, else an empty one. */
static size_t taken_slot(const hash_set *taken, uint64_t h)
{
	size_t j = h & (taken->cap - 1);

	while (taken->slot[j] && taken->slot[j] != h)
		j = (j + 1) & (taken->cap - 1);
	return j;
}

/* Puts H (not 0, not in S) in S, whose room is known to suffice. */
static void set_put(hash_set *s, uint64_t h)
{
	s->slot[taken_slot(s, h)] = h;
	s->used++;
}

/* Doubles the room of S, which is kept at most half full.  Returns -1
 * when out of memory. */
static int set_grow(hash_set *s)
{
	hash_set bigger = { NULL, s->cap ? 2 * s->cap : 64, 0 };

	if (!(bigger.slot = calloc(bigger.cap, sizeof *bigger.slot)))
		return -1;
	for (size_t j = 0; j < s->cap; j++)
		if (s->slot[j])
			set_put(&bigger, s->slot[j]);
	free(s->slot);
	*s = bigger;
	return 0;
}

/* The hash of sentence K's terms as TAKEN holds it (0 marks an empty
 * slot there), or 0 for a sentence without terms, which repeats none. */
static uint64_t taken_hash(const summ_doc *d, size_t k)
{
	return d->sent[k].term_end == terms_begin(d, k) ? 0 : terms_hash(d, k) | 1;
}

/* Whether a sentence with the term hash H (see taken_hash) repeats a
 * sentence in TAKEN. */
static int is_repeat(const hash_set *taken, uint64_t h)
{
	return h && taken->cap && taken->slot[taken_slot(taken, h)];
}

/* Adds a sentence with the term hash H, not a repeat, to TAKEN.
 * Returns -1 when out of memory. */
static int add_taken(hash_set *taken, uint64_t h)
{
	if (!h)
		return 0;
	if (2 * (taken->used + 1) > taken->cap && set_grow(taken))
		return -1;
	set_put(taken, h);
	return 0;
}

int summ_select(const summ_doc *d, const summ_limits *lim, size_t *idx,
                size_t cap, size_t *count)
{
	return summ_select_scored(d, lim, idx, NULL, cap, count);
}

int summ_select_scored(const summ_doc *d, const summ_limits *lim,
                       size_t *idx, double *scores, size_t cap,
                       size_t *count)
{
	size_t max, words = 0, chars = 0, n = 0, tries = 0;
	queue q = { 0 };
	candidate *top;
	hash_set taken = { NULL, 0, 0 };
	rank_index ranks = { NULL, 0 };
	unsigned char *used;         /* per stem, a bit: a sentence taken
	                                has it (its weight is discounted) */
	stem_marks seen = { NULL, 0, 0 };
	selection_shape sh;
	int oom = 0, rc = SUMM_ENOMEM;

	*count = 0;
	if (lim->percent > 100)
		return SUMM_EINVAL;
	if (d->nsent > UINT64_MAX / ROUNDS)    /* no spot for each */
		return SUMM_ENOMEM;
	max = selection_max(d, lim);
	if (max > cap)
		max = cap;
	sh = shape_for(share_of(d, lim, max), lim->no_lead);
	/* A first batch for the summary and the skips and rescorings that
	 * usually come with it. */
	q.batch = first_batch(d);
	if (max > q.batch / 2)
		q.batch = 2 * max;
	used = calloc(d->nstems / 8 + 1, 1);
	ranks.at = malloc((d->nsent / RANK_STEP + 1) * sizeof *ranks.at);
	if (!used || !ranks.at || marks_init(&seen, d))
		goto out;
	while (n < max && (top = queue_top(d, &q, sh, &seen, &oom))) {
		size_t k = spot_sentence(top->spot), sc = 0;
		const sentence *s = &d->sent[k];
		double score = top->score;
		uint64_t h = taken_hash(d, k);

		/* A repeat of a sentence taken goes before it costs a
		 * rescoring. */
		if (is_repeat(&taken, h)) {
			queue_pop(&q);
			continue;
		}
		/* Lazy greedy: weights only fall as terms are used, so a stale
		 * score is an upper bound.  Rescore the leader; it is taken
		 * only if it still leads.  The work is bounded: after
		 * MAX_TRIES rescorings the leader is taken as it stands. */
		if (sh.repeat != 1 && spot_round(top->spot) != n &&
		    n < MAX_RESCORED && tries < MAX_TRIES) {
			double lead = sh.no_lead ? 1.0 :
			              lead_bonus(candidate_rank(d, &ranks, k));
			top->score = rescore(d, k, lead, sh, used, &seen);
			top->spot = spot_of(k, n);
			sift_down(q.h, q.n, 0, 1);
			tries++;
			continue;
		}
		tries = 0;
		queue_pop(&q);
		if (lim->words && words + s->words > lim->words)
			continue;
		if (lim->chars) {
			sc = folded_chars(d->text + sent_offset(d, k), s->length);
			if (chars + sc > lim->chars)
				continue;
		}
		if (add_taken(&taken, h)) {
			oom = 1;
			break;
		}
		if (scores)
			scores[n] = score;
		idx[n++] = k;
		words += s->words;
		chars += sc;
		for (size_t pos = terms_begin(d, k); pos < d->sent[k].term_end;) {
			uint32_t id = read_term(d->terms, &pos);
			used[id / 8] |= (unsigned char)(1u << id % 8);
		}
	}
	if (!oom) {
		if (lim->text_order)
			sort_by_position(idx, scores, n);
		*count = n;
		rc = SUMM_OK;
	}
out:
	free(q.h);
	free(taken.slot);
	free(ranks.at);
	free(used);
	free(seen.at);
	return rc;
}

/* Whether the word TEXT[WS..WE) of D is a term (a content word). */
static int word_is_term(const summ_doc *d, size_t ws, size_t we)
{
	char key[MAX_KEY + 8];
	size_t k = summ_fold_word(d->text, ws, we, key);
	const slot *s;

	if (k == 0 || d->table.cap == 0)
		return 0;
	memset(key + k, 0, 8);                 /* for hash_key */
	s = table_find(d, key, k, hash_key(key, k));
	return s->form && d->forms[s->form - 1].stem != NO_TERM;
}

/* Reads on from *POS in sentence K to its next word that is a term, into
 * *WS and *WE; returns 0 when there is none. */
static int next_term_word(const summ_doc *d, size_t k, size_t *pos,
                          size_t *ws, size_t *we)
{
	size_t end = sent_offset(d, k) + d->sent[k].length;

	while (summ_next_word(d->text, end, pos, ws, we))
		if (word_is_term(d, *ws, *we))
			return 1;
	return 0;
}

/* Whether stem ID is among the terms of sentence K before the stream
 * position AT. */
static int term_before(const summ_doc *d, size_t k, size_t at, uint32_t id)
{
	for (size_t pos = terms_begin(d, k); pos < at;)
		if (read_term(d->terms, &pos) == id)
			return 1;
	return 0;
}

/* Whether stem ID is a term of one of the first MAX_RESCORED of the
 * NTAKEN sentences TAKEN: those whose terms count less after them. */
static int taken_before(const summ_doc *d, const size_t *taken,
                        size_t ntaken, uint32_t id)
{
	for (size_t j = 0; j < ntaken && j < MAX_RESCORED; j++)
		if (term_before(d, taken[j], d->sent[taken[j]].term_end, id))
			return 1;
	return 0;
}

/* Adds TERM to TERMS (room for CAP, NT there), heaviest first, when it
 * is among the CAP heaviest. */
static void add_explained(summ_term *terms, size_t cap, size_t nt,
                          summ_term term)
{
	size_t m = nt < cap ? nt : cap - 1;

	if (cap == 0 || (nt >= cap && !(terms[cap - 1].added < term.added)))
		return;
	while (m > 0 && terms[m - 1].added < term.added) {
		terms[m] = terms[m - 1];
		m--;
	}
	terms[m] = term;
}

size_t summ_explain(const summ_doc *d, const summ_limits *lim,
                    const size_t *taken, size_t ntaken, size_t k,
                    summ_explanation *ex, summ_term *terms, size_t cap)
{
	enum { HERE = 1, TAKEN = 2 };
	selection_shape sh;
	size_t nt = 0, rank = 0, begin, pos, i, found = 0, wpos, ws = 0,
	       we = 0;
	unsigned char *mark;

	memset(ex, 0, sizeof *ex);
	if (k >= d->nsent || !is_candidate(d, k))
		return 0;
	sh = shape_for(share_of(d, lim, selection_max(d, lim)), lim->no_lead);
	for (size_t j = 0; j < k; j++)
		rank += is_candidate(d, j);
	ex->lead = sh.no_lead ? 1.0 : lead_bonus(rank);
	ex->words = d->sent[k].words;
	ex->exponent = sh.exponent;
	ex->repeat = sh.repeat;
	/* Marks per stem: HERE for a term met before in this sentence,
	 * TAKEN for a term of the sentences taken before.  Should memory
	 * run out, the same answers come from searching back, which costs
	 * the square of the sentence's length. */
	if ((mark = calloc(d->nstems ? d->nstems : 1, 1)))
		for (size_t j = 0; j < ntaken && j < MAX_RESCORED; j++)
			for (pos = terms_begin(d, taken[j]); pos < d->sent[taken[j]].term_end;)
				mark[read_term(d->terms, &pos)] |= TAKEN;
	/* Each distinct term once, at its first place in the sentence. */
	begin = terms_begin(d, k);
	wpos = sent_offset(d, k);
	for (pos = begin, i = 0; pos < d->sent[k].term_end; i++) {
		size_t at = pos;
		uint32_t id = read_term(d->terms, &pos);
		double w = d->weight[id], added = w;
		int dup = mark ? mark[id] & HERE : term_before(d, k, at, id);

		if (dup)
			continue;
		if (mark)
			mark[id] |= HERE;
		/* A term used by a sentence taken before counts less, as
		 * long as repeats are discounted (MAX_RESCORED picks). */
		if (mark ? mark[id] & TAKEN : taken_before(d, taken, ntaken, id))
			added = w * sh.repeat;
		ex->terms += added;
		/* Find the word of the sentence that gave this term: the
		 * (i + 1)th word that is a term, reading on from the last.
		 * (The words run out only if this reading and the tokenizer
		 * ever disagreed: then the last word found stands.) */
		while (found <= i && next_term_word(d, k, &wpos, &ws, &we))
			found++;
		add_explained(terms, cap, nt++, (summ_term){ ws, we - ws, w, added,
		                                             d->stems[id].count });
	}
	free(mark);
	ex->score = per_length(ex->terms * ex->lead, ex->words, ex->exponent);
	return nt;
}

/* ------------------------------------------------------------------ */
/* Keywords                                                            */
/* ------------------------------------------------------------------ */

/* Points KW at the most frequent spelling of form F, capitals included
 * ("Millbrook" over a dateline's "MILLBROOK"); the earlier shape wins
 * ties. */
static void keyword_spelling(const summ_doc *d, const form *f,
                             summ_keyword *kw)
{
	int best = 0;
	size_t pos, ws, we;

	for (int sh = 1; sh < NSHAPES; sh++)
		if (f->shape_count[sh] > f->shape_count[best] ||
		    (f->shape_count[sh] && f->shape_count[sh] == f->shape_count[best] &&
		     shape_off(f, sh) < shape_off(f, best)))
			best = sh;
	pos = shape_off(f, best);
	/* A word is there, unless the text changed since it was read (a
	 * mapped file that another program rewrites): then none is. */
	if (!summ_next_word(d->text, d->len, &pos, &ws, &we))
		ws = we = d->len;
	kw->offset = ws;
	kw->length = we - ws;
}

size_t summ_keywords(const summ_doc *d, size_t n, summ_keyword *out)
{
	size_t got = 0;

	/* Selection of the N heaviest stems; ties go to the stem seen
	 * first.  N is small, so an insertion into a sorted prefix. */
	for (size_t i = 0; i < d->nstems; i++) {
		const stem *st = &d->stems[i];
		double w = d->weight[i];
		size_t j;

		if (st->count == 0)
			continue;
		if (got == n && (n == 0 || w <= out[n - 1].weight))
			continue;
		j = got < n ? got++ : n - 1;
		while (j > 0 && out[j - 1].weight < w) {
			out[j] = out[j - 1];
			j--;
		}
		out[j].weight = w;
		out[j].count = st->count;
		keyword_spelling(d, &d->forms[st->best_form], &out[j]);
	}
	return got;
}

#ifdef SUMM_SELF_CHECK
/* Whether A and B, parsed from the same text with and without the
 * tokenizer's 64-byte steps, have the same tokens: word counts, terms,
 * forms with their counts, shapes and first places, and stems. */
int summ_same_tokens(const summ_doc *a, const summ_doc *b)
{
	if (a->nsent != b->nsent || a->words != b->words ||
	    a->nbody != b->nbody || a->terms_len != b->terms_len ||
	    a->nforms != b->nforms || a->nstems != b->nstems ||
	    a->keys_len != b->keys_len ||
	    (a->terms_len && memcmp(a->terms, b->terms, a->terms_len)) ||
	    (a->keys_len && memcmp(a->keys, b->keys, a->keys_len)))
		return 0;
	for (size_t k = 0; k < a->nsent; k++)
		if (a->sent[k].words != b->sent[k].words ||
		    a->sent[k].term_end != b->sent[k].term_end ||
		    is_candidate(a, k) != is_candidate(b, k))
			return 0;
	for (size_t i = 0; i < a->nforms; i++) {
		const form *f = &a->forms[i], *g = &b->forms[i];
		if (f->stem != g->stem)
			return 0;
		for (int sh = 0; sh < NSHAPES; sh++)
			if (f->shape_count[sh] != g->shape_count[sh] ||
			    (f->shape_count[sh] && shape_off(f, sh) != shape_off(g, sh)))
				return 0;
	}
	for (size_t i = 0; i < a->nstems; i++)
		if (a->stems[i].count != b->stems[i].count ||
		    a->stems[i].best_form != b->stems[i].best_form ||
		    a->stems[i].in_heading != b->stems[i].in_heading)
			return 0;
	return 1;
}
#endif
