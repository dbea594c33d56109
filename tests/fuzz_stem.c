/*
 * tests/fuzz_stem.c - libFuzzer target for the word-level stages.
 *
 *     make fuzz && tests/fuzz_stem -dict=tests/fuzz.dict -max_len=64 CORPUS
 *
 * The input (its first 64 bytes) is taken as a word, twice:
 *
 *  1. As it is, for the English stemmer (lang_en.stem) and summ_is_stopword, which are promised a
 *     folded word but must not misbehave on any bytes: the stem is no
 *     longer than the word, and nothing outside the word is read or
 *     written (the word is an exact-size heap copy, so AddressSanitizer
 *     sees it).
 *  2. Through summ_fold_word, as the tokenizer does: the key fits in
 *     SUMM_MAX_KEY bytes (an exact-size buffer), has no ASCII capitals,
 *     and its stem is again no longer than the key.
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

/* Stems an exact-size copy of WORD (LEN bytes) and checks the result. */
static void stem_copy(const char *word, size_t len)
{
	char *w = exact_copy(word, len);

	(void)summ_is_stopword(w, len);
	CHECK(lang_en.stem(w, len) <= len);
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
