/*
 * locate.h - where a sentence is in the source: its line and column,
 * found for the sentences shown only (see locate.c).
 */
#ifndef SUMM_LOCATE_H
#define SUMM_LOCATE_H

#include "doc.h"

/* Where locate has read the text to: the line of the last
 * offset located, and the next CR (remembered, not searched for at
 * every line: text without CRs would be searched to the next sentence
 * at every LF, a cost that grows with the square of the lines between
 * two sentences). */
typedef struct {
	size_t pos, lineno, line_start;
	const char *cr;              /* the first CR at or after pos */
	size_t col;                  /* in UTF-16: see locate_utf16 */
} locator;

/* A locator at the start of D's text (see locate). */
locator locator_at(const summ_doc *d);

/* The line and column of TARGET, an offset into D's source at or
 * after the last one located by L: the source is read once for all of
 * them. */
summ_position locate(const summ_doc *d, locator *l, size_t target);

#endif /* SUMM_LOCATE_H */
