/*
 * keywords.c - the key terms of a document (summ_keywords): its
 * heaviest stems, each spelled as the text most often spells its most
 * frequent form.  Where a form is first written in each shape is not
 * kept for every form (a text of distinct words has a form a word): the
 * keywords' are found by reading the body again, once for all of them,
 * and as they are frequent words, that reading mostly stops early.
 */
#include "doc.h"
#include "scores.h"
#include "terms.h"

#include <stdlib.h>

/* The shapes that form F takes most often, a bit each: its spelling is
 * the first of them in the text ("Millbrook" over a dateline's
 * "MILLBROOK", and on a tie whichever came first). */
static unsigned top_shapes(const form *f)
{
	uint32_t most = 0;
	unsigned set = 0;

	for (int sh = 0; sh < NSHAPES; sh++) {
		if (f->shape_count[sh] > most) {
			most = f->shape_count[sh];
			set = 1u << sh;
		} else if (f->shape_count[sh] && f->shape_count[sh] == most) {
			set |= 1u << sh;
		}
	}
	return set;
}

/* While summ_keywords spells its keywords, their fields hold other
 * things: COUNT the id of their stem, OFFSET the id of its most frequent
 * form until they are spelled, and WEIGHT 1 until then, 0 after: the
 * weight and the count are then taken again from the stem. */
#define TO_SPELL 1.0

/* In order of stem ids (in COUNT, see TO_SPELL). */
static int by_stem(const void *a, const void *b)
{
	size_t x = ((const summ_keyword *)a)->count;
	size_t y = ((const summ_keyword *)b)->count;

	return (x > y) - (x < y);
}

/* Best first: the heavier, then the stem seen first (its id in COUNT,
 * see TO_SPELL). */
static int by_weight(const void *a, const void *b)
{
	const summ_keyword *x = a, *y = b;

	if (x->weight != y->weight)
		return x->weight < y->weight ? 1 : -1;
	return by_stem(a, b);
}

/* The keyword of KW[0..N), in order of stem ids, of stem ID; NULL if
 * none is. */
static summ_keyword *find_stem(summ_keyword *kw, size_t n, size_t id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (kw[mid].count == id)
			return &kw[mid];
		if (kw[mid].count < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Sets the OFFSET of each keyword of KW[0..N) (in order of stem ids) to
 * its stem's most frequent form, the first of them on ties. */
static void best_forms(const summ_doc *d, summ_keyword *kw, size_t n)
{
	summ_keyword *w;

	for (size_t j = 0; j < n; j++)
		kw[j].offset = d->nforms;
	for (size_t i = 0; i < d->nforms; i++) {
		const form *f = &d->forms[i];
		if (f->stem != NO_TERM && (w = find_stem(kw, n, f->stem)) &&
		    (w->offset == d->nforms ||
		     form_count(f) > form_count(&d->forms[w->offset])))
			w->offset = i;
	}
}

/* Points each keyword of KW[0..N) (in order of stem ids, their best
 * forms found) at the first body occurrence of its stem's most frequent
 * form in one of the form's most frequent shapes, reading the body
 * sentences until all are found.  One that is not there (the text
 * changed since it was read: a mapped file that another program
 * rewrites) points at the end of the text, with no length. */
static void spell_keywords(const summ_doc *d, summ_keyword *kw, size_t n)
{
	size_t left = n, pos, end, ts, te;
	uint32_t id;
	int shape;

	for (size_t k = 0; left && k < d->nsent; k++) {
		if (sent_kind(d, k) != SUMM_BODY)
			continue;
		pos = sent_offset(d, k);
		end = pos + d->sent[k].length;
		while (left && next_term_form(d, end, &pos, &ts, &te, &id, &shape)) {
			const form *f = &d->forms[id];
			summ_keyword *w = find_stem(kw, n, f->stem);
			if (!w || w->weight != TO_SPELL || w->offset != id ||
			    !(top_shapes(f) >> shape & 1))
				continue;
			/* The term as the tokenizer read it there (a pair of
			 * Kana in NFD longer than its key). */
			w->length = te - ts;
			w->offset = ts;
			w->weight = 0;
			left--;
		}
	}
	for (size_t j = 0; j < n; j++)
		if (kw[j].weight == TO_SPELL) {
			kw[j].offset = d->len;
			kw[j].length = 0;
		}
}

/* Whether keyword A (COUNT its stem's id) ranks below B: it is lighter,
 * or as heavy and of a stem seen later. */
static int worse(const summ_keyword *a, const summ_keyword *b)
{
	return a->weight < b->weight ||
	       (a->weight == b->weight && a->count > b->count);
}

/* Restores the heap H of N keywords, the worst on top, below I. */
static void sift_worst(summ_keyword *h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		summ_keyword tmp;
		if (l < n && worse(&h[l], &h[m]))
			m = l;
		if (l + 1 < n && worse(&h[l + 1], &h[m]))
			m = l + 1;
		if (m == i)
			return;
		tmp = h[i];
		h[i] = h[m];
		h[m] = tmp;
		i = m;
	}
}

/* Puts the N heaviest stems of D that occur in the body into OUT, in no
 * order, each as its weight and (in COUNT) its id; ties go to the stem
 * seen first.  A heap of the N best, the worst on top, as N may be as
 * large as the vocabulary (-k takes up to 100,000): an insertion into a
 * sorted prefix cost N a stem.  Returns how many there are. */
static size_t heaviest_stems(const summ_doc *d, size_t n, summ_keyword *out)
{
	size_t got = 0;

	for (size_t i = 0; i < d->nstems; i++) {
		summ_keyword kw = { 0, 0, i, d->weight[i] };
		if (d->stems[i].count == 0)
			continue;
		if (got < n) {
			out[got++] = kw;
			if (got == n)
				for (size_t j = n / 2; j-- > 0;)
					sift_worst(out, n, j);
		} else if (n > 0 && worse(&out[0], &kw)) {
			out[0] = kw;
			sift_worst(out, n, 0);
		}
	}
	return got;
}

size_t summ_keywords(const summ_doc *d, size_t n, summ_keyword *out)
{
	size_t got = heaviest_stems(d, n, out);

	qsort(out, got, sizeof *out, by_stem);
	for (size_t j = 0; j < got; j++)
		out[j].weight = TO_SPELL;
	best_forms(d, out, got);
	spell_keywords(d, out, got);
	for (size_t j = 0; j < got; j++)
		out[j].weight = d->weight[out[j].count];
	qsort(out, got, sizeof *out, by_weight);
	for (size_t j = 0; j < got; j++)
		out[j].count = d->stems[out[j].count].count;
	return got;
}
