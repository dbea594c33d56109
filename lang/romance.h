/*
 * romance.h - what the Snowball stemmers of French, Spanish, Italian
 * and Portuguese share (lang/fr.c, es.c, it.c, pt.c): the word being
 * stemmed and its regions RV, R1 and R2, tables of suffixes searched for
 * the longest that ends the word, and the stepping over UTF-8 characters
 * they need.  Each language brings its own vowels (a vowel_fn); French
 * also its own regions and what a deleted suffix takes with it.
 */
#ifndef SUMM_ROMANCE_H
#define SUMM_ROMANCE_H

#include <stddef.h>
#include <string.h>

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 rv;	/* byte offset of RV; may pass n */
	size_t	 r1;	/* of R1 */
	size_t	 r2;	/* of R2 */
};

/* A suffix in place, not a pointer to it: the loader would relocate
 * each pointer at every start. */
struct suffix {
	char		 s[10];	/* the longest, French "issements", has 9 */
	unsigned char	 len;
	unsigned char	 act;	/* what to do, the step says */
};

#define SUF(s, act) { s, sizeof(s) - 1, act }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define ENDS(st, lit) ends((st), (lit), sizeof(lit) - 1)

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

/* Whether the word ends in SUF (LEN bytes). */
static inline int
ends(const struct stem *st, const char *suf, size_t len)
{
	return st->n >= len && memcmp(st->w + st->n - len, suf, len) == 0;
}

/* Whether the word ends in SUF (LEN bytes) starting at or after LIMIT. */
static inline int
ends_in(const struct stem *st, const char *suf, size_t len, size_t limit)
{
	return ends(st, suf, len) && st->n - len >= limit;
}

/*
 * The longest suffix of table T (NT entries, none empty, in the order of
 * their last bytes) that ends the word and starts at or after LIMIT, or
 * NULL.  Only the suffixes that end in the word's last byte, found by a
 * binary search, are compared: reading every suffix of a table was most
 * of the stemmer's time.
 */
static inline const struct suffix *
longest(const struct stem *st, const struct suffix *t, size_t nt,
    size_t limit)
{
	const struct suffix *best = NULL;
	unsigned char last;
	size_t lo = 0, hi = nt;

	if (st->n == 0)
		return NULL;
	last = (unsigned char)st->w[st->n - 1];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((unsigned char)t[mid].s[t[mid].len - 1] < last)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < nt && (unsigned char)t[lo].s[t[lo].len - 1] == last; lo++)
		if ((best == NULL || t[lo].len > best->len) &&
		    t[lo].len <= st->n && st->n - t[lo].len >= limit &&
		    memcmp(st->w + st->n - t[lo].len, t[lo].s, t[lo].len) == 0)
			best = &t[lo];
	return best;
}

/* Replace the end of the word from AT by the string REP. */
static inline void
put(struct stem *st, size_t at, const char *rep)
{
	size_t len = strlen(rep);

	memcpy(st->w + at, rep, len);
	st->n = at + len;
}

/* Offset just past the first character from I on that is (IS) or is
 * not a vowel, or N if there is none. */
static inline size_t
past(const char *w, size_t n, size_t i, int is, vowel_fn *vowel)
{
	while (i < n && vowel(w, i, next_char(w, n, i)) != is)
		i = next_char(w, n, i);
	return i < n ? next_char(w, n, i) : n;
}

/* The regions R1 and R2 of the word, by the vowels VOWEL tells: R1
 * after the first non-vowel following a vowel, R2 the same within R1. */
static inline void
mark_r1_r2(struct stem *st, vowel_fn *vowel)
{
	const char *w = st->w;
	size_t n = st->n;

	st->r1 = past(w, n, past(w, n, 0, 1, vowel), 0, vowel);
	st->r2 = past(w, n, past(w, n, st->r1, 1, vowel), 0, vowel);
}

/* The regions RV, R1 and R2 of the word, by the vowels VOWEL tells: RV
 * after the next vowel when the second letter is a consonant, after the
 * next consonant when the first two are vowels, else after the third
 * letter (French has its own RV); R1 and R2 as mark_r1_r2 has them. */
static inline void
mark_regions(struct stem *st, vowel_fn *vowel)
{
	const char *w = st->w;
	size_t n = st->n, a, b;

	st->rv = n;
	if (n > 0 && (a = next_char(w, n, 0)) < n) {
		b = next_char(w, n, a);
		if (!vowel(w, a, b))
			st->rv = past(w, n, b, 1, vowel);
		else if (vowel(w, 0, a))
			st->rv = past(w, n, b, 0, vowel);
		else if (b < n)
			st->rv = next_char(w, n, b);
	}
	mark_r1_r2(st, vowel);
}

/* What a suffix left in R2 by step 1 takes with it (see tidy). */
enum { A_IV, A_OTHER };

/* Delete the longest suffix of table T (NT entries) if it is in R2,
 * and an "at" in R2 before one marked A_IV. */
static inline void
tidy(struct stem *st, const struct suffix *t, size_t nt)
{
	const struct suffix *s = longest(st, t, nt, 0);

	if (s == NULL || st->n - s->len < st->r2)
		return;
	st->n -= s->len;
	if (s->act == A_IV && ends_in(st, "at", 2, st->r2))
		st->n -= 2;
}

#endif /* SUMM_ROMANCE_H */
