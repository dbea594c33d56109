/*
 * explain.c - why a sentence scored what it did (summ_explain): its lead
 * bonus, length and exponent, and each distinct term with its weight
 * and what it added, found again from the term stream and the text as
 * selection saw them.
 */
#include "select.h"
#include "terms.h"

#include <stdlib.h>
#include <string.h>

/* Whether stem ID is among the terms of sentence K before the stream
 * position AT. */
static int term_before(const summ_doc *d, size_t k, size_t at, uint32_t id)
{
	for (size_t pos = terms_begin(d, k); pos < at;)
		if (read_term(d->terms, &pos) == id)
			return 1;
	return 0;
}

/* Whether stem ID is a term of one of the first MAX_RESCORED of the
 * NTAKEN sentences TAKEN: those whose terms count less after them. */
static int taken_before(const summ_doc *d, const size_t *taken,
                        size_t ntaken, uint32_t id)
{
	for (size_t j = 0; j < ntaken && j < MAX_RESCORED; j++)
		if (term_before(d, taken[j], d->sent[taken[j]].term_end, id))
			return 1;
	return 0;
}

/* Adds TERM to TERMS (room for CAP, NT there), heaviest first, when it
 * is among the CAP heaviest. */
static void add_explained(summ_term *terms, size_t cap, size_t nt,
                          summ_term term)
{
	size_t m = nt < cap ? nt : cap - 1;

	if (cap == 0 || (nt >= cap && !(terms[cap - 1].added < term.added)))
		return;
	while (m > 0 && terms[m - 1].added < term.added) {
		terms[m] = terms[m - 1];
		m--;
	}
	terms[m] = term;
}

size_t summ_explain(const summ_doc *d, const summ_limits *lim,
                    const size_t *taken, size_t ntaken, size_t k,
                    summ_explanation *ex, summ_term *terms, size_t cap)
{
	enum { HERE = 1, TAKEN = 2 };
	selection_shape sh;
	size_t nt = 0, begin, pos, i, found = 0, wpos, end, ws = 0,
	       we = 0;
	unsigned char *mark;

	memset(ex, 0, sizeof *ex);
	if (k >= d->nsent || !is_candidate(d, k))
		return 0;
	sh = shape_for(share_of(d, lim, selection_max(d, lim)), lim->no_lead);
	ex->lead = sh.no_lead ? 1.0 : lead_bonus(candidate_rank(d, k));
	ex->words = d->sent[k].words;
	ex->exponent = sh.exponent;
	ex->repeat = sh.repeat;
	/* Marks per stem: HERE for a term met before in this sentence,
	 * TAKEN for a term of the sentences taken before.  Should memory
	 * run out, the same answers come from searching back, which costs
	 * the square of the sentence's length. */
	if ((mark = calloc(d->nstems ? d->nstems : 1, 1)))
		for (size_t j = 0; j < ntaken && j < MAX_RESCORED; j++)
			for (pos = terms_begin(d, taken[j]); pos < d->sent[taken[j]].term_end;)
				mark[read_term(d->terms, &pos)] |= TAKEN;
	/* Each distinct term once, at its first place in the sentence. */
	begin = terms_begin(d, k);
	wpos = sent_offset(d, k);
	end = wpos + d->sent[k].length;
	for (pos = begin, i = 0; pos < d->sent[k].term_end; i++) {
		size_t at = pos;
		uint32_t id = read_term(d->terms, &pos);
		double w = d->weight[id], added = w;
		int dup = mark ? mark[id] & HERE : term_before(d, k, at, id);

		if (dup)
			continue;
		if (mark)
			mark[id] |= HERE;
		/* A term used by a sentence taken before counts less, if
		 * that was one of the first MAX_RESCORED. */
		if (mark ? mark[id] & TAKEN : taken_before(d, taken, ntaken, id))
			added = w * sh.repeat;
		ex->terms += added;
		/* Find the word of the sentence that gave this term: the
		 * (i + 1)th word that is a term, reading on from the last.
		 * (The words run out only if this reading and the tokenizer
		 * ever disagreed: then the last word found stands.) */
		while (found <= i && next_term(d, end, &wpos, &ws, &we))
			found++;
		add_explained(terms, cap, nt++, (summ_term){ ws, we - ws, w, added,
		                                             d->stems[id].count });
	}
	free(mark);
	ex->score = per_length(ex->terms * ex->lead, ex->words, ex->exponent);
	return nt;
}
