/*
 * stoplist.c - the caller's stopwords (summ_stoplist): read a word a
 * line, folded as the tokenizer folds words, sorted, and searched as
 * the lists of lang/ are.
 */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

struct summ_stoplist {
	word_list list;
	char *rows;                  /* the words, folded, in rows (see
	                                word_list) */
};

static int by_string(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Folds the first word of each line of TEXT[0..LEN) and lays them out,
 * sorted, in SL->rows.  Returns -1 when out of memory. */
static int read_words(summ_stoplist *sl, const char *text, size_t len)
{
	size_t lines = 1, pos = 0, ws, we, used = 0, n = 0, width;
	char *keys = NULL, **word = NULL;
	int rc = -1;

	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	if (!(keys = malloc(len + lines)) ||
	    !(word = malloc(lines * sizeof *word)))
		goto out;
	while (summ_next_word(text, len, &pos, &ws, &we)) {
		char key[SUMM_MAX_KEY];
		size_t k = summ_fold_word(text, ws, we, key);
		const char *eol = memchr(text + we, '\n', len - we);

		if (k > 0 && k < SUMM_MAX_KEY) {
			memcpy(keys + used, key, k);
			keys[used + k] = '\0';
			word[n++] = keys + used;
			used += k + 1;
			if (k > sl->list.longest)
				sl->list.longest = k;
		}
		pos = eol ? (size_t)(eol - text) + 1 : len;  /* a word a line */
	}
	qsort(word, n, sizeof *word, by_string);
	width = sl->list.longest + 1;
	if (n && !(sl->rows = calloc(n, width)))
		goto out;
	for (size_t i = 0; i < n; i++)
		strcpy(sl->rows + i * width, word[i]);
	sl->list = (word_list){ sl->rows, width, n, sl->list.longest };
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
