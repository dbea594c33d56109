/*
 * terms.h - the tokenizer and the term table (see terms.c).
 */
#ifndef SUMM_TERMS_H
#define SUMM_TERMS_H

#include "doc.h"

/* Tokenizes every sentence of D: word counts, and the stem ids of
 * content words in the term stream.  Returns -1 when out of memory. */
int tokenize(summ_doc *d);

/* Whether the word TEXT[WS..WE) of D is a term (a content word). */
int word_is_term(const summ_doc *d, size_t ws, size_t we);

#endif /* SUMM_TERMS_H */
