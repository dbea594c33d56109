/*
 * tests/fuzz_stem.c - libFuzzer target for the word-level stages.
 *
 *     make fuzz && tests/fuzz_stem -dict=tests/fuzz.dict -max_len=64 CORPUS
 *
 * The input (its first 64 bytes) is taken as a word, twice, for the
 * stemmer of every language and summ_is_stopword:
 *
 *  1. As it is: a stemmer is promised a folded word but must not
 *     misbehave on any bytes: the stem is at most LANG_STEM_ROOM bytes
 *     longer than the word (English: no longer), and nothing outside the
 *     word and that room is read or written (the word is a heap copy of
 *     exactly that size, so AddressSanitizer sees it); the same word
 *     gives the same stem.
 *  2. Through summ_fold_word, as the tokenizer does: the key fits in
 *     SUMM_MAX_KEY bytes (an exact-size buffer), has no ASCII capitals,
 *     and its stems hold to the same rules.
 *
 * A broken rule aborts, which libFuzzer reports as a crash.
 */
#include "summarize.h"
#include "lang/lang.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Stems a copy of WORD (LEN bytes, with the room a stem may take) by
 * every language's stemmer, twice, and checks the results. */
static void stem_copy(const char *word, size_t len)
{
	char *w = malloc(len + LANG_STEM_ROOM + 1), *again;

	CHECK(w != NULL);
	(void)summ_is_stopword(word, len);
	for (size_t i = 0; i < lang_count(); i++) {
		const lang *lg = lang_at(i);
		size_t n, m;

		if (!lg->stem)
			continue;
		memcpy(w, word, len);
		n = lg->stem(w, len);
		CHECK(n <= len + LANG_STEM_ROOM);
		CHECK(lg != &lang_en || n <= len);
		again = exact_copy(word, len);
		again = realloc(again, len + LANG_STEM_ROOM + 1);
		CHECK(again != NULL);
		m = lg->stem(again, len);
		CHECK(m == n && memcmp(again, w, n) == 0);
		free(again);
	}
	free(w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *word = (const char *)data;
	char *key;
	size_t k;

	if (size > 64)
		size = 64;
	stem_copy(word, size);

	key = malloc(SUMM_MAX_KEY);
	CHECK(key != NULL);
	k = summ_fold_word(word, 0, size, key);
	CHECK(k <= SUMM_MAX_KEY);
	for (size_t i = 0; i < k; i++)
		CHECK(!(key[i] >= 'A' && key[i] <= 'Z'));
	stem_copy(key, k);
	free(key);
	return 0;
}
