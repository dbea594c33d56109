/*
 * tests/fuzz.h - what every libFuzzer target shares: a check that aborts
 * (libFuzzer reports it as a crash) and exact-size copies, so that
 * AddressSanitizer sees a read or write one byte past the end.
 */
#ifndef SUMM_FUZZ_H
#define SUMM_FUZZ_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                         \
	do {                                                                \
		if (!(cond)) {                                              \
			fprintf(stderr, "%s:%d: check failed: %s\n",        \
			        __FILE__, __LINE__, #cond);                 \
			abort();                                            \
		}                                                           \
	} while (0)

#include "summarize.h"

/* The sentences of DOC in an array of their own, as summ_sentence_at
 * gives them one by one: the caller frees it. */
static inline summ_sentence *all_sentences(const summ_doc *doc)
{
	size_t n = summ_sentence_count(doc);
	summ_sentence *s = malloc((n ? n : 1) * sizeof *s);

	CHECK(s != NULL);
	for (size_t k = 0; k < n; k++)
		s[k] = summ_sentence_at(doc, k);
	return s;
}

/* A heap copy of LEN bytes of S, exactly LEN (at least 1) long. */
static inline char *exact_copy(const char *s, size_t len)
{
	char *p = malloc(len ? len : 1);

	CHECK(p != NULL);
	if (len)
		memcpy(p, s, len);
	return p;
}

/* Whether the N bytes of TEXT read verbatim from SRC are those bytes, as
 * a verbatim piece promises (engine/reading.h): the same, but that a
 * byte of white space may read as a space. */
static inline int verbatim_text(const char *text, const char *src, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (text[i] != src[i] &&
		    !(text[i] == ' ' && strchr(" \t\n\r\f", src[i]) && src[i]))
			return 0;
	return 1;
}

#endif
