/*
 * tests/fuzz_split.c - libFuzzer target for the sentence splitter.
 *
 *     make fuzz && tests/fuzz_split -dict=tests/fuzz.dict CORPUS
 *
 * The splitter may drop white space, never text (of the text read,
 * summ_text: the input, or it with the line breaks inside a word set
 * vertically or an e-mail's quote markers left out):
 *
 *  1. Every byte belongs to at most one sentence.
 *  2. Every byte outside the sentences is white space: each gap between
 *     sentences (and before the first, after the last; a leading BOM
 *     aside) folds to nothing with summ_fold.  A gap that began or ended
 *     inside a multi-byte character would not, since a stray continuation
 *     byte is kept as text.
 *  3. Each sentence's bytes, parsed alone from an exact-size heap copy, do
 *     not crash the engine and give at least one sentence.
 *
 * A broken rule aborts, which libFuzzer reports as a crash.
 */
#include "summarize.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Whether TEXT[START..END) is all white space, as the engine sees it. */
static int blank(const char *text, size_t start, size_t end)
{
	char *scratch;
	size_t n;

	if (start >= end)
		return 1;
	scratch = exact_copy(text + start, end - start);
	n = summ_fold(text + start, end - start, scratch);
	free(scratch);
	return n == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = exact_copy((const char *)data, size);
	unsigned char *owner;
	summ_sentence *s;
	summ_doc *doc;
	const char *read;
	size_t n, gap, len;

	if (summ_parse(text, size, &doc) != SUMM_OK) {
		free(text);
		return 0;
	}
	s = all_sentences(doc);
	n = summ_sentence_count(doc);
	read = summ_text(doc, &len);
	/* The text read is in UTF-8: a byte of a legacy charset takes up to
	 * three, two of UTF-16 as many, and an odd last byte is U+FFFD. */
	CHECK(len <= 3 * size + 3);
	owner = calloc(len ? len : 1, 1);
	CHECK(owner != NULL);

	/* 1. At most one sentence per byte (whatever their order). */
	for (size_t k = 0; k < n; k++) {
		CHECK(s[k].offset <= len && s[k].length <= len - s[k].offset);
		for (size_t i = s[k].offset; i < s[k].offset + s[k].length; i++) {
			CHECK(!owner[i]);
			owner[i] = 1;
		}
	}

	/* 2. Nothing but white space is left out.  Sentences are in text
	 * order (checked by fuzz_engine), so the gaps are between
	 * neighbours. */
	gap = len >= 3 && memcmp(read, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	for (size_t k = 0; k < n; k++) {
		CHECK(s[k].offset >= gap);
		CHECK(blank(read, gap, s[k].offset));
		gap = s[k].offset + s[k].length;
	}
	CHECK(blank(read, gap, len));

	/* 3. Each sentence alone. */
	for (size_t k = 0; k < n; k++) {
		char *one = exact_copy(read + s[k].offset, s[k].length);
		summ_doc *sub;
		if (summ_parse(one, s[k].length, &sub) == SUMM_OK) {
			CHECK(summ_sentence_count(sub) >= 1);
			summ_free(sub);
		}
		free(one);
	}

	summ_free(doc);
	free(s);
	free(owner);
	free(text);
	return 0;
}
