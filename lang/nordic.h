/*
 * nordic.h - what the Snowball stemmers of Danish, Norwegian and Swedish
 * share (lang/da.c, no.c, sv.c): the word being stemmed and its region
 * R1 (at least three letters in), tables of suffixes and their
 * replacements, longest first, and the stepping over UTF-8 characters
 * they need.  Each language brings its own vowels (a vowel_fn).
 */
#ifndef SUMM_NORDIC_H
#define SUMM_NORDIC_H

#include <stddef.h>
#include <string.h>

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 p1;	/* byte offset of R1 (n when empty) */
};

/* A suffix of a step and its replacement, in place rather than as
 * pointers, which the loader would relocate at every start. */
struct suffix {
	char		 s[8];	/* the longest, "hetenes", has 7 bytes */
	char		 rep[5];
	unsigned char	 len;
	unsigned char	 rlen;
};

#define SUF(s, rep) { s, rep, sizeof(s) - 1, sizeof(rep) - 1 }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Whether the character W[I..E) is a vowel of the language. */
typedef int vowel_fn(const char *w, size_t i, size_t e);

/* UTF-8 continuation bytes (10xxxxxx) never start a character. */
static inline int
is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Offset just past the character that starts at I (< N). */
static inline size_t
next_char(const char *w, size_t n, size_t i)
{
	for (i++; i < n && is_cont(w[i]); i++)
		;
	return i;
}

/* Offset where the character ending just before I (> 0) starts. */
static inline size_t
prev_char(const char *w, size_t i)
{
	for (i--; i > 0 && is_cont(w[i]); i--)
		;
	return i;
}

/* Whether the word ends in SUF (LEN bytes). */
static inline int
ends(const struct stem *st, const char *suf, size_t len)
{
	return st->n >= len && memcmp(st->w + st->n - len, suf, len) == 0;
}

/* The first (so the longest) suffix of table T (NT entries) that ends
 * the word and lies in R1, or NULL. */
static inline const struct suffix *
longest_in_r1(const struct stem *st, const struct suffix *t, size_t nt)
{
	const struct suffix *end = t + nt;

	for (; t < end; t++)
		if (ends(st, t->s, t->len) && st->n - t->len >= st->p1)
			return t;
	return NULL;
}

/* Replaces the suffix S, which ends the word, by its replacement. */
static inline void
replace(struct stem *st, const struct suffix *s)
{
	size_t at = st->n - s->len;

	memcpy(st->w + at, s->rep, s->rlen);
	st->n = at + s->rlen;
}

/* R1 of the word by the vowels IS_VOWEL tells: after the first
 * non-vowel that follows a vowel, but at least three letters in. */
static inline void
mark_region(struct stem *st, vowel_fn *is_vowel)
{
	const char *w = st->w;
	size_t i, e, n = st->n, third;
	int k = 0, vowel_seen = 0;

	st->p1 = n;
	for (i = 0; i < n && k < 3; k++)
		i = next_char(w, n, i);
	if (k < 3)
		return;
	third = i;
	for (i = 0; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e)) {
			vowel_seen = 1;
		} else if (vowel_seen) {
			st->p1 = e < third ? third : e;
			return;
		}
	}
}

#endif /* SUMM_NORDIC_H */
