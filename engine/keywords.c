/*
 * keywords.c - the key terms of a document (summ_keywords): its
 * heaviest stems, each spelled as the text most often spells its most
 * frequent form.
 */
#include "doc.h"
#include "scores.h"
#include "terms.h"

/* Points KW at the most frequent spelling of form F, capitals included
 * ("Millbrook" over a dateline's "MILLBROOK"); the earlier shape wins
 * ties. */
static void keyword_spelling(const summ_doc *d, const form *f,
                             summ_keyword *kw)
{
	int best = 0;
	size_t off, len;

	for (int sh = 1; sh < NSHAPES; sh++)
		if (f->shape_count[sh] > f->shape_count[best] ||
		    (f->shape_count[sh] && f->shape_count[sh] == f->shape_count[best] &&
		     shape_off(f, sh) < shape_off(f, best)))
			best = sh;
	off = shape_off(f, best);
	/* A term is there, unless the text changed since it was read (a
	 * mapped file that another program rewrites): then none is. */
	if (!(len = term_at(d->text, d->len, off, f->key_len, &off)))
		off = d->len;
	kw->offset = off;
	kw->length = len;
}

size_t summ_keywords(const summ_doc *d, size_t n, summ_keyword *out)
{
	size_t got = 0;

	/* Selection of the N heaviest stems; ties go to the stem seen
	 * first.  N is small, so an insertion into a sorted prefix. */
	for (size_t i = 0; i < d->nstems; i++) {
		const stem *st = &d->stems[i];
		double w = d->weight[i];
		size_t j;

		if (st->count == 0)
			continue;
		if (got == n && (n == 0 || w <= out[n - 1].weight))
			continue;
		j = got < n ? got++ : n - 1;
		while (j > 0 && out[j - 1].weight < w) {
			out[j] = out[j - 1];
			j--;
		}
		out[j].weight = w;
		out[j].count = st->count;
		keyword_spelling(d, &d->forms[st->best_form], &out[j]);
	}
	return got;
}
