/*
 * chars.h - characters: the engine's view of the bytes it is given.
 * Text is UTF-8, not trusted: an invalid byte is one symbol of its own.
 * Every character has a class (space, letter in upper, lower or no
 * case, digit, punctuation) from a locale-free table; ASCII, most of any
 * text, is classed by a byte table without decoding.  The small
 * functions every stage calls in its inner loop are inline here.
 */
#ifndef SUMM_CHARS_H
#define SUMM_CHARS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The fast paths: SSE2 scans (x86-64) and the tokenizer's byte masks
 * (GCC or Clang on a little-endian machine, see BYTE_MASKS in blocks.h).
 * Defining SUMM_PORTABLE turns them all off, to test the code other
 * machines run. */
#if defined(__SSE2__) && !defined(SUMM_PORTABLE)
#define USE_SSE2 1
#include <emmintrin.h>
#endif

/* Inlining forced, or refused, where GCC's own estimate was measured to
 * err (see terms.c); elsewhere the compiler decides. */
#if defined(__GNUC__) && !defined(SUMM_PORTABLE)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define NEVER_INLINE __attribute__((noinline))
#else
#define ALWAYS_INLINE inline
#define NEVER_INLINE
#endif

enum {
	C_SPACE = 1, C_UPPER = 2, C_LOWER = 4, C_CASELESS = 8,
	C_DIGIT = 16, C_PUNCT = 32
};
#define C_LETTER (C_UPPER | C_LOWER | C_CASELESS)
#define C_ALNUM (C_LETTER | C_DIGIT)
#define BAD_CP 0x110000u         /* an invalid byte, as a code point */

/* The class of each ASCII byte; 0 for the bytes of multi-byte
 * characters and invalid bytes, which are decoded to be classed.  A
 * table, because classing is the inner loop of every stage. */
extern const unsigned char byte_class[256];

static inline int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Decodes the code point at S (N > 0 bytes available) into *CP and
 * returns its length in bytes.  An invalid or truncated sequence, an
 * overlong form or a surrogate yields BAD_CP and length 1. */
static inline size_t u8_decode(const unsigned char *s, size_t n, uint32_t *cp)
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
size_t u8_encode(uint32_t cp, char *out);

/* The lower-case form of CP for the scripts whose case we know (Latin,
 * Greek, Cyrillic); other code points are returned unchanged. */
uint32_t cp_lower(uint32_t c);

/* The class of the code point C (BAD_CP for an invalid byte). */
unsigned cp_class(uint32_t c);

/* cp_lower and cp_class as chars.c's rules decide them, by searches of
 * its tables: what engine/mkcase.c writes into engine/casemap.inc for
 * the code points below CASEMAP_END, which the two then read in one
 * step.  tests/check_chars.c holds the map to the rules. */
uint32_t cp_lower_rules(uint32_t c);
unsigned cp_class_rules(uint32_t c);

static inline int is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' ||
	       c == '\f' || c == '\v';
}

/* class_at for a character that is not ASCII. */
unsigned decoded_class(const unsigned char *s, size_t n, size_t *len);

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

/* prev_char for a character that is not ASCII. */
size_t prev_multibyte(const unsigned char *s, size_t start, size_t i);

/* The start of the character that ends just before TEXT[I]. */
static inline size_t prev_char(const char *text, size_t start, size_t i)
{
	const unsigned char *s = (const unsigned char *)text;

	if (s[i - 1] < 0x80)                   /* ASCII, the common case */
		return i - 1;
	return prev_multibyte(s, start, i);
}

/* Whether the 8 bytes at S are all ASCII. */
static inline int ascii8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return (w & 0x8080808080808080u) == 0;
}

/* Whether C is a letter of a script written without spaces between
 * words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar): such a
 * run is no word of its own, and its terms are pairs of characters (see
 * terms.c). */
static inline int is_spaceless(uint32_t c)
{
	if (c < 0xE01)                   /* Latin, Greek, Cyrillic, Arabic... */
		return 0;
	return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x31F0 && c <= 0x31FF) ||
	       (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0xE01 && c <= 0xE4E) ||
	       (c >= 0xE81 && c <= 0xEDF) || (c >= 0x1000 && c <= 0x1049) ||
	       (c >= 0x1780 && c <= 0x17D3);
}

/* Whether C is a letter of Chinese or Japanese (Han, Kana) or their
 * punctuation (U+3001 to U+303F, the full-width forms): they write no
 * space between words, nor between sentences, and a line may end
 * between any two of them. */
static inline int is_cjk_tight(uint32_t c)
{
	return (c >= 0x3040 && is_spaceless(c)) ||
	       (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF65);
}

static inline int is_hiragana(uint32_t c)
{
	return c >= 0x3041 && c <= 0x309F;
}

static inline int is_katakana(uint32_t c)
{
	return (c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
	       (c >= 0xFF66 && c <= 0xFF9F);
}

/* Whether CP is written or left out at the writer's choice, so that a
 * word's key leaves it out, as it folds case: the Arabic short vowels,
 * nunation, shadda and sukun (U+064B-U+0652), the superscript alef and
 * the tatweel, which only stretches a line. */
static inline int is_optional_mark(uint32_t cp)
{
	return (cp >= 0x64B && cp <= 0x652) || cp == 0x670 || cp == 0x640;
}

/* Folds white space as summ_fold describes, writing to DST unless it is
 * NULL; returns the length in bytes and sets *CHARS to the number of
 * characters. */
size_t fold_text(const char *src, size_t len, char *dst, size_t *chars);

/* The full stops, question and exclamation marks and dandas among
 * Unicode's Sentence_Terminal characters (14.0) that is_script_stop does
 * not tell at once, in order; not those Unicode counts there that end
 * less than a sentence (Myanmar's little section, a comma; Javanese's
 * pada lingsa).  chars.c searches them, stopscan.h stops at them. */
#define OTHER_STOPS \
	0x701, 0x702, 0x7F9, 0x166E, 0x1803, 0x1809, 0x1944, 0x1945, 0x1B5A, \
	0x1B7D, 0x1C3B, 0x1C3C, 0x1C7E, 0x1C7F, 0x203C, 0x203D, 0x2047, 0x2048, \
	0x2049, 0x2E2E, 0x2E3C, 0x2E53, 0x2E54, 0xA4FF, 0xA60E, 0xA60F, 0xA6F3, \
	0xA6F7, 0xA8CE, 0xA8CF, 0xA9C9, 0xAA5D, 0xAA5E, 0xAA5F, 0xAAF0, 0xABEB, \
	0xFE52, 0xFE56, 0xFE57, 0xFF61, 0x10A56, 0x10A57, 0x11047, 0x11048, \
	0x110C0, 0x110C1, 0x11141, 0x11142, 0x11143, 0x111C5, 0x111C6, 0x11238, \
	0x11239, 0x1144B, 0x1144C, 0x115C2, 0x115C3, 0x11641, 0x11642, 0x11944, \
	0x11C41, 0x11C42, 0x16A6E, 0x16A6F, 0x16AF5, 0x16E98, 0x1BC9F, 0x1DA88

/* Whether CP is one of OTHER_STOPS. */
int is_other_stop(uint32_t cp);

/* Whether CP ends a sentence in its script, as . ! ? do, before a space:
 * the Devanagari dandas, the Arabic question mark and the Urdu full
 * stop, the Armenian full stop, the Ethiopic full stop and question
 * mark, the Myanmar section mark, the Khmer khan and bariyoosan, and
 * the Greek question mark, told at once; the other full stops, question
 * and exclamation marks and dandas that Unicode counts among its
 * sentence terminators, by other_stops (‼ ⁉ ‽, Syriac's, N'Ko's,
 * Mongolian's, Javanese's, Ol Chiki's, Meetei Mayek's, Brahmi's ...). */
static inline int is_script_stop(uint32_t cp)
{
	return cp == 0x964 || cp == 0x965 || cp == 0x61F || cp == 0x6D4 ||
	       cp == 0x589 || cp == 0x1362 || cp == 0x1367 || cp == 0x104B ||
	       cp == 0x17D4 || cp == 0x17D5 || cp == 0x37E ||
	       (cp >= 0x701 && is_other_stop(cp));
}

/* Whether CP is a full-width stop of Chinese and Japanese, which needs
 * no space after it (。！．？; the splitter reads them by their bytes,
 * sentences.c wide_stop). */
static inline int is_wide_stop(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF0E || cp == 0xFF1F;
}

/* Whether CP is a sign that Armenian writes over the stressed vowel,
 * inside the word it marks: emphasis, exclamation and question (U+055B,
 * U+055C, U+055E; ինչո՞ւ is "why?").  Inside a word it is no boundary,
 * and the word's key leaves it out. */
static inline int is_word_sign(uint32_t cp)
{
	return cp == 0x55B || cp == 0x55C || cp == 0x55E;
}

#endif /* SUMM_CHARS_H */
