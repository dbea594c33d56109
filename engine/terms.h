/*
 * terms.h - the tokenizer and the term table (see terms.c).
 */
#ifndef SUMM_TERMS_H
#define SUMM_TERMS_H

#include "doc.h"

/* Tokenizes every sentence of D: word counts, and the stem ids of
 * content words in the term stream.  Returns -1 when out of memory. */
int tokenize(summ_doc *d);

/* Reads on from *POS (before END) to the next place where the tokenizer
 * took a term of D: a word that is a term, or in a run of a script
 * without spaces a pair of characters (or a lone one).  Sets *TS and *TE
 * to it, moves *POS on and returns 1; returns 0 when there is none. */
int next_term(const summ_doc *d, size_t end, size_t *pos, size_t *ts,
              size_t *te);

/* As next_term, and sets *FORM_ID to the term's form and, unless SHAPE
 * is NULL, *SHAPE to the case shape the tokenizer counted it in (see
 * summ_keywords, which finds a form's spelling so). */
int next_term_form(const summ_doc *d, size_t end, size_t *pos, size_t *ts,
                   size_t *te, uint32_t *form_id, int *shape);

#endif /* SUMM_TERMS_H */
