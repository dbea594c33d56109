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

#endif /* SUMM_SENTENCES_H */
