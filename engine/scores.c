/*
 * scores.c - the scores of sentences.  Takes the term stream; hands on
 * each stem's weight, once, and the best candidates for a short summary
 * (found while each sentence is at hand).  A term used once weighs
 * nothing; past that its weight is the logarithm of its frequency in the
 * body, half as much again if the title or a heading has it, a quarter
 * more if the body writes it capitalised more often than not.  A sentence
 * earns the sum of the weights of its distinct terms, times a bonus for
 * the lead that fades with position (news states its point first), over
 * its length to a power that depends on the share of the text the
 * summary takes (see select.c).  Also here: the candidate heaps that
 * scoring and selection share.
 */
#include "scores.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How a sentence is scored (see also summ_select): the weights of its
 * distinct terms, summed, times a bonus for the lead, divided by its
 * length to a power that depends on how short the summary is to be. */
#define HEADING_BOOST 1.5       /* title and heading terms weigh more */
#define LEAD_BONUS 2.0          /* the first sentence scores 3x, the
                                   second 2x, the third 1.67x ... */

static double term_weight(const stem *st)
{
	/* A word used once says nothing about the subject; past that, the
	 * weight grows with the logarithm of the frequency. */
	double w = st->count > 1 ? log((double)st->count) : 0;

	return st->in_heading ? w * HEADING_BOOST : w;
}

/* SUM, the weight of a sentence of WORDS words, per word to the power
 * EXPONENT: 1 favours dense sentences, less lets longer ones through.
 * (pow(x, 1) is x exactly; the division alone is much cheaper.) */
double per_length(double sum, size_t words, double exponent)
{
	double len = (double)(words < SCORE_MIN_WORDS ? SCORE_MIN_WORDS : words);

	return sum / (exponent == 1.0 ? len : pow(len, exponent));
}

/* A text in a language without a stopword list: its stopwords are its
 * most frequent short words, as function words are in every language
 * (Zipf): a stem of at most SHORT_STOP characters that makes at least
 * one term in STOP_SHARE.  A content word as frequent is rarely as
 * short. */
#define SHORT_STOP 4
#define STOP_SHARE 50

/* Whether stem ST, of a document whose terms number TOTAL, is a
 * stopword of the text (see SHORT_STOP). */
static int derived_stopword(const stem *st, size_t total)
{
	return st->count >= 3 && st->count * STOP_SHARE >= total &&
	       st->chars <= SHORT_STOP;
}

/* Sets LEAN[I] to how many more of stem I's body occurrences are
 * capitalised (or in capitals) than in lower case, those that open a
 * sentence left out: above 0, it is mostly written as a name is, where
 * a common word is capitalised only at the start of a sentence. */
static void capital_lean(const summ_doc *d, double *lean)
{
	for (size_t i = 0; i < d->nstems; i++)
		lean[i] = 0;
	for (size_t i = 0; i < d->nforms; i++) {
		const form *f = &d->forms[i];
		if (f->stem != NO_TERM)
			lean[f->stem] += (double)f->shape_count[SHAPE_CAPITAL] -
			                 (double)f->openings +
			                 (double)f->shape_count[SHAPE_UPPER] -
			                 (double)f->shape_count[SHAPE_LOWER];
	}
}

/* Computes every stem's weight once, into d->weight: the logarithm is
 * the costly part of a term's weight, and a stem has many terms.  A
 * name (a person, a place, a body: a stem mostly capitalised, see
 * capital_lean) weighs NAME_BOOST times more, as the who and the where
 * of a story are what its readers' summaries keep (in German, which
 * capitalises every noun, nouns weigh more than the other words). */
static int weigh_stems(summ_doc *d)
{
	size_t total = 0;

	if (!(d->weight = malloc((d->nstems ? d->nstems : 1) * sizeof *d->weight)))
		return -1;
	capital_lean(d, d->weight);
	for (size_t i = 0; d->derive_stops && i < d->nstems; i++)
		total += d->stems[i].count;
	for (size_t i = 0; i < d->nstems; i++) {
		double name = d->weight[i] > 0 ? NAME_BOOST : 1.0;
		d->weight[i] = d->derive_stops &&
		               derived_stopword(&d->stems[i], total)
		             ? 0 : term_weight(&d->stems[i]) * name;
	}
	return 0;
}

int marks_init(stem_marks *m, const summ_doc *d)
{
	m->n = d->nstems ? d->nstems : 1;
	m->pass = 0;
	return (m->at = calloc(m->n, sizeof *m->at)) ? 0 : -1;
}

/* Whether bit ID of the bit set USED is set. */
static int bit_set(const unsigned char *used, uint32_t id)
{
	return used[id / 8] >> id % 8 & 1;
}

/* terms_weight, inlined in both its callers: score() passes no USED,
 * and the compiler drops the test of it from the loop of every term of
 * the text. */
static inline double sum_weights(const summ_doc *d, size_t k,
                                 const unsigned char *used, double repeat,
                                 stem_marks *m)
{
	size_t pos = terms_begin(d, k), end = d->sent[k].term_end;
	const unsigned char *terms = d->terms;
	const double *weight = d->weight;
	uint32_t *at = m->at, pass;
	double sum = 0;

	if (++m->pass == 0) {                  /* wrapped: start afresh */
		memset(m->at, 0, m->n * sizeof *m->at);
		m->pass = 1;
	}
	/* (A local copy: a store to AT might change M->PASS, for all the
	 * compiler knows, which it would then read again at every term.) */
	pass = m->pass;
	while (pos < end) {
		uint32_t id = read_term(terms, &pos);
		if (at[id] != pass) {
			at[id] = pass;
			sum += used && bit_set(used, id) ? weight[id] * repeat
			                                 : weight[id];
		}
	}
	return sum;
}

double terms_weight(const summ_doc *d, size_t k,
                           const unsigned char *used, double repeat,
                           stem_marks *m)
{
	return sum_weights(d, k, used, repeat, m);
}

double lead_bonus(size_t rank)
{
	return 1.0 + LEAD_BONUS / (1.0 + (double)rank);
}

void sift_down(candidate *h, size_t n, size_t i, int max)
{
	for (;;) {
		size_t c = HEAP_ARITY * i + 1, end = c + HEAP_ARITY, m = i;
		candidate tmp;

		if (end > n)
			end = n;
		for (; c < end; c++)
			if (max ? cand_before(&h[c], &h[m]) : cand_before(&h[m], &h[c]))
				m = c;
		if (m == i)
			return;
		tmp = h[i];
		h[i] = h[m];
		h[m] = tmp;
		i = m;
	}
}

void heapify(candidate *h, size_t n, int max)
{
	for (size_t i = n / HEAP_ARITY + 1; i-- > 0;)
		sift_down(h, n, i, max);
}

void keep_best(candidate *g, size_t *got, size_t cap,
                      const candidate *c)
{
	if (*got < cap) {
		size_t i = (*got)++;
		g[i] = *c;
		while (i > 0 && cand_before(&g[(i - 1) / HEAP_ARITY], &g[i])) {
			size_t up = (i - 1) / HEAP_ARITY;
			candidate tmp = g[i];
			g[i] = g[up];
			g[up] = tmp;
			i = up;
		}
	} else if (cap > 0 && cand_before(c, &g[0])) {
		g[0] = *c;
		sift_down(g, *got, 0, 0);
	}
}

/* The size of the first batch of summ_select's queue (see queue): a
 * 64th of the candidates, 16 bytes each, at least FIRST_BATCH.  A text
 * that repeats itself may need thousands of candidates for a short
 * summary, as each copy of a sentence taken is passed over; a later
 * batch costs a pass that scores every sentence again. */
size_t first_batch(const summ_doc *d)
{
	size_t share = d->nbody / FIRST_SHARE;

	return share > FIRST_BATCH ? share : FIRST_BATCH;
}

/* Scores every body sentence: the sum of the weights of its distinct
 * terms, times its lead bonus, per word (length exponent 1, nothing
 * taken yet): its score for a short summary.  The best first_batch
 * candidates by that score are kept in d->best, the first batch of
 * summ_select for a short summary: found here, while each sentence is
 * at hand, they spare summ_select a pass over them all.  (The scores are
 * not kept: a sentence has no room for one, see sentence.) */
int score(summ_doc *d)
{
	stem_marks seen = { NULL, 0, 0 };
	size_t rank = 0, nbest = first_batch(d);

	if (d->nsent > MAX_CANDIDATES || marks_init(&seen, d) || weigh_stems(d) ||
	    !(d->best = malloc(nbest * sizeof *d->best))) {
		free(seen.at);
		return -1;
	}
	for (size_t k = 0; k < d->nsent; k++) {
		candidate c;

		if (!is_candidate(d, k))
			continue;
		c.sentence = (uint32_t)k;
		c.rank = (uint32_t)rank;
		c.score = per_length(sum_weights(d, k, NULL, 1.0, &seen) *
		                     lead_bonus(rank++), d->sent[k].words, 1.0);
		keep_best(d->best, &d->nbest, nbest, &c);
	}
	free(seen.at);
	return 0;
}
