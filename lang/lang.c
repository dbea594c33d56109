/*
 * lang.c - the languages built in, found by their code, and the search
 * of their sorted word lists.
 */
#include "lang.h"
#include "../summarize.h"

#include <string.h>

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

int in_word_list(const word_list *l, const char *key, size_t len)
{
	if (len > l->longest)
		return 0;
	return in_sorted(l->word, l->n, key, len);
}

static const lang *const languages[] = { &lang_en };

const lang *lang_find(const char *code)
{
	for (size_t i = 0; i < sizeof languages / sizeof *languages; i++)
		if (strcmp(languages[i]->code, code) == 0)
			return languages[i];
	return NULL;
}

int summ_is_stopword(const char *key, size_t len)
{
	return in_word_list(&lang_en.stopwords, key, len);
}
