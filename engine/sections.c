/*
 * sections.c - a document's licence section (see sections.h): its
 * heading told by the words that name a licence (lang.licences, in the
 * text's language or in English), its sentences made frames.
 */
#include "sections.h"
#include "paragraphs.h"
#include "words.h"

#include <stdint.h>

/* How many words of sentence K of D name a licence in D's language or
 * in English ("License", "Lizenz und Urheberrecht"), counted up to
 * MAX. */
static size_t licence_words(const summ_doc *d, size_t k, size_t max)
{
	size_t start = sent_offset(d, k);

	return listed_words(d->text, start, start + d->sent[k].length,
	                    &d->lang->licences, &lang_en.licences, max);
}

/* Whether sentence K of D, a heading, opens a licence's section: three
 * words at most, the first a licence's, and no digit ("License",
 * "Copyright and licence", "Lizenz"), not a notice ("Copyright © 2003
 * Ann Lee") nor a licence's name ("GNU General Public License v3"). */
static int opens_licence(const summ_doc *d, size_t k)
{
	size_t start = sent_offset(d, k), end = start + d->sent[k].length;
	size_t pos = start, ws, we, words = 1;

	if (!summ_next_word(d->text, end, &pos, &ws, &we) ||
	    !listed_words(d->text, ws, we, &d->lang->licences,
	                  &lang_en.licences, 1))
		return 0;
	while (summ_next_word(d->text, end, &pos, &ws, &we))
		if (++words > 3)
			return 0;
	for (size_t i = start; i < end; i++)
		if (d->text[i] >= '0' && d->text[i] <= '9')
			return 0;
	return 1;
}

/* Whether D names a licence twice or more before its licence's heading,
 * sentence END - 1: licences are then its subject (a licence's own text,
 * a package's copyright file), as a word used once says nothing of it
 * (see scores.c), and a README's "MIT-licensed" says nothing more. */
static int about_licences(const summ_doc *d, size_t end)
{
	size_t n = 0;

	for (size_t k = 0; k + 1 < end && n < 2; k++)
		n += licence_words(d, k, 2 - n);
	return n >= 2;
}

/* (A heading is a paragraph of one sentence: only the first of a
 * paragraph's is asked about.) */
void watch_licence(licence_watch *w, const summ_doc *d, size_t first)
{
	enum summ_kind kind;

	if (first >= d->nsent)
		return;
	kind = sent_kind(d, first);
	if (kind == SUMM_HEADING && w->from != SIZE_MAX)
		w->from = licence_words(d, first, 1) ? w->from : SIZE_MAX;
	else if (kind == SUMM_HEADING && w->body && opens_licence(d, first))
		w->from = first + 1;
	else if (kind != SUMM_HEADING)
		w->body |= kind == SUMM_BODY || d->nsent > first + 1;
}

void frame_licence(const licence_watch *w, summ_doc *d)
{
	if (w->from != SIZE_MAX && !about_licences(d, w->from))
		mark_frames(d, w->from);
}
