/*
 * sentences.h - the splitter (see sentences.c).
 */
#ifndef SUMM_SENTENCES_H
#define SUMM_SENTENCES_H

#include "doc.h"
#include "paragraphs.h"

/* Adds the sentences of paragraph P to D.  Returns -1 when out of
 * memory. */
int split_paragraph(summ_doc *d, const paragraph *p);

/* Makes sentence K of D, the only one of its paragraph of NLINES lines,
 * a heading if it is one (see is_heading): the title if it opens the
 * text. */
void mark_heading(summ_doc *d, size_t k, size_t nlines);

/* A text of headings alone ("Jobs report shows strong growth") has
 * nothing else to summarize: its headings are its sentences, and so is
 * its title unless KEEP_TITLE (a title the markup named). */
void promote_headings(summ_doc *d, int keep_title);

#endif /* SUMM_SENTENCES_H */
