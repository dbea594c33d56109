/*
 * stoplist.c - the caller's stopwords (summ_stoplist): read a word a
 * line, folded as the tokenizer folds words, sorted, and searched as
 * the lists of lang/ are, through a filter of their own.
 */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

struct summ_stoplist {
	word_list list;
	char *rows;                  /* the words, folded, in rows (see
	                                word_list) */
#ifndef __STDC_NO_ATOMICS__
	word_filter filter;          /* the list's */
#endif
};

static int by_string(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Folds the first word of each line of TEXT[0..LEN) into KEYS (NULL:
 * only counts), a NUL after each, with WORD[I] pointing to the Ith, and
 * sets *N to their number and SL->list.longest to the longest.  Returns
 * the bytes they take: a folded word may be longer than its spelling
 * (a presentation form is up to four letters), so this is asked first. */
static size_t fold_words(summ_stoplist *sl, const char *text, size_t len,
                         char *keys, char **word, size_t *n)
{
	size_t pos = 0, ws, we, used = 0;

	*n = 0;
	while (summ_next_word(text, len, &pos, &ws, &we)) {
		char key[SUMM_MAX_KEY];
		size_t k = summ_fold_word(text, ws, we, key);
		const char *eol = memchr(text + we, '\n', len - we);

		if (k > 0 && k < SUMM_MAX_KEY) {
			if (keys) {
				memcpy(keys + used, key, k);
				keys[used + k] = '\0';
				word[*n] = keys + used;
			}
			++*n;
			used += k + 1;
			if (k > sl->list.longest)
				sl->list.longest = k;
		}
		pos = eol ? (size_t)(eol - text) + 1 : len;  /* a word a line */
	}
	return used;
}

/* Folds the first word of each line of TEXT[0..LEN) and lays them out,
 * sorted, in SL->rows.  Returns -1 when out of memory. */
static int read_words(summ_stoplist *sl, const char *text, size_t len)
{
	size_t n, width, size = fold_words(sl, text, len, NULL, NULL, &n);
	char *keys = malloc(size ? size : 1);
	char **word = malloc((n ? n : 1) * sizeof *word);
	int rc = -1;

	if (!keys || !word)
		goto out;
	fold_words(sl, text, len, keys, word, &n);
	qsort(word, n, sizeof *word, by_string);
	width = sl->list.longest + 1;
	if (n && !(sl->rows = calloc(n, width)))
		goto out;
	for (size_t i = 0; i < n; i++)
		strcpy(sl->rows + i * width, word[i]);
	sl->list = (word_list){ sl->rows, width, n, sl->list.longest, NULL };
#ifndef __STDC_NO_ATOMICS__
	atomic_init(&sl->filter.state, 0);
	sl->list.filter = &sl->filter;
	(void)make_word_filter(&sl->list);      /* here, before it is shared */
#endif
	rc = 0;
out:
	free(keys);
	free(word);
	return rc;
}

summ_stoplist *summ_stoplist_new(const char *text, size_t len)
{
	summ_stoplist *sl = calloc(1, sizeof *sl);

	if (sl && read_words(sl, text, len)) {
		summ_stoplist_free(sl);
		return NULL;
	}
	return sl;
}

void summ_stoplist_free(summ_stoplist *sl)
{
	if (!sl)
		return;
	free(sl->rows);
	free(sl);
}

const word_list *stoplist_words(const summ_stoplist *sl)
{
	return sl ? &sl->list : NULL;
}
