/*
 * scores.h - term weights, sentence scores and the candidate heaps (see
 * scores.c).
 */
#ifndef SUMM_SCORES_H
#define SUMM_SCORES_H

#include "doc.h"

/* Where the terms of sentence K begin in the term stream. */
static inline size_t terms_begin(const summ_doc *d, size_t k)
{
	return k ? d->sent[k - 1].term_end : 0;
}

/* Reads the stem id at TERMS[*POS] and moves *POS past it. */
static inline uint32_t read_term(const unsigned char *terms, size_t *pos)
{
	size_t i = *pos;
	uint32_t id = terms[i++];
	unsigned shift = 14;

	if (id >= 0x80) {                      /* most ids take one byte, */
		id = (id & 0x7F) | (uint32_t)(terms[i] & 0x7F) << 7;
		if (terms[i++] & 0x80)         /* and most others two */
			do
				id |= (uint32_t)(terms[i] & 0x7F) << shift, shift += 7;
			while (terms[i++] & 0x80);
	}
	*pos = i;
	return id;
}

/* Scratch for terms_weight: per stem, the pass that last met it, so
 * that a stem is counted once a sentence without clearing after each. */
typedef struct {
	uint32_t *at;
	uint32_t pass;
	size_t n;
} stem_marks;

/* Allocates marks for D's stems.  Returns -1 when out of memory. */
int marks_init(stem_marks *m, const summ_doc *d);

/* The weights of the distinct terms of sentence K, summed in the order
 * of their first use, those whose bit is set in USED (NULL: none)
 * multiplied by REPEAT.  M is scratch (see stem_marks). */
double terms_weight(const summ_doc *d, size_t k, const unsigned char *used,
                    double repeat, stem_marks *m);

/* A shorter sentence counts as this long: a news statement (who did
 * what, to whom, when, where) takes about as many words, and a shorter
 * sentence rarely stands alone.  Chosen by 5-fold cross-validation on
 * English news (HACKING has the figures). */
#define SCORE_MIN_WORDS 14

/* A name (a stem the body capitalises more often than not, leaving out
 * the sentences it opens) weighs this many times a common word used as
 * often.  Chosen by 5-fold cross-validation on news in English, French
 * and Portuguese (HACKING has the figures). */
#ifndef NAME_BOOST
#define NAME_BOOST 1.25
#endif

/* SUM, the weight of a sentence of WORDS words, per word to the power
 * EXPONENT: 1 favours dense sentences, less lets longer ones through. */
double per_length(double sum, size_t words, double exponent);

/* The lead bonus of the body sentence of rank RANK (0 for the first):
 * news puts the point first; the bonus fades with position. */
double lead_bonus(size_t rank);

/* A candidate sentence, in score() and in summ_select's queue.  A text
 * may put every body sentence in the queue, so it takes 16 bytes: the
 * sentence and its rank among the candidates (for its lead bonus when it
 * is rescored) in 32 bits each (see MAX_CANDIDATES). */
typedef struct candidate {
	double score;
	uint32_t sentence;
	uint32_t rank;
} candidate;

/* The most sentences a text scored may have: more (13 GB or more of
 * one-letter sentences) run out of memory. */
#define MAX_CANDIDATES UINT32_MAX

/* Whether candidate A goes before B: by score, then by earlier
 * sentence. */
static inline int cand_before(const candidate *a, const candidate *b)
{
	return a->score > b->score ||
	       (a->score == b->score && a->sentence < b->sentence);
}

/* The heaps have four children to a node, which fill a cache line of
 * 64 bytes: half as many levels, each one miss, as a binary heap, for a
 * text's every candidate in summ_select's queue. */
#define HEAP_ARITY 4

/* Restores the heap H of N entries below position I: a max-heap (the
 * best on top) when MAX, else a min-heap (the worst on top). */
void sift_down(candidate *h, size_t n, size_t i, int max);

/* Makes the N entries of H a heap (see sift_down). */
void heapify(candidate *h, size_t n, int max);

/* Offers candidate C to G, a min-heap of the best *GOT (at most CAP)
 * candidates offered so far: C is kept if there is room or if it is
 * better than the worst kept, which then goes. */
void keep_best(candidate *g, size_t *got, size_t cap, const candidate *c);

#define FIRST_BATCH 1024         /* candidates summ_select loads first, */
#define FIRST_SHARE 64           /* or this share of them if more */

/* The size of the first batch of summ_select's queue: a 64th of the
 * candidates, at least FIRST_BATCH (see first_batch in scores.c). */
size_t first_batch(const summ_doc *d);

/* Weighs every stem of D and scores every body sentence for a short
 * summary, keeping the best first_batch candidates in D->best.  Returns
 * -1 when out of memory. */
int score(summ_doc *d);

#endif /* SUMM_SCORES_H */
