/*
 * splitter.h - the splitter's state within one paragraph (sentences.c),
 * which its questions about the word before a period read (lastword.h).
 */
#ifndef SUMM_SPLITTER_H
#define SUMM_SPLITTER_H

#include "doc.h"
#include "words.h"                /* marker */

/* The state of the splitter within one paragraph. */
typedef struct {
	summ_doc *doc;               /* for the evidence after abbreviations */
	const char *text;
	const lang *lang;
	size_t start, end;           /* the paragraph */
	size_t para;                 /* its number */
	size_t sent;                 /* where the current sentence starts */
	size_t quote_end;            /* end of the quotation or brackets
	                                around the scan position, if any */
	unsigned no_closer;          /* openers known to have no closer */
	marker list;                 /* the last list marker seen */
	int mijaket;                 /* the period is Armenian's mijaket */
} splitter;

#endif /* SUMM_SPLITTER_H */
