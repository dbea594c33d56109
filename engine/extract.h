/*
 * extract.h - what engine/extract.c (the article of a page) and
 * engine/title.c (its title) share: what the extraction knows of each
 * node of the tree, and the title it found.  Private to the two.
 */
#ifndef SUMM_EXTRACT_H
#define SUMM_EXTRACT_H

#include "html.h"

/* What the extraction knows of a node. */
typedef struct {
	float score;
	uint32_t text, link, commas;  /* characters, in links, commas */
	uint32_t inline_text;         /* not inside a nested block */
	uint32_t list_text;           /* inside ul or ol */
	uint32_t time_text;           /* inside time */
	uint32_t p, img, li, input, embed, table_marks, rows;
	uint16_t kids;                /* element children */
	uint8_t scored, has_block, gone, keep;
	uint8_t has_code;             /* a <code> inside */
} nstat;

#define WORDS_MAX 1024                 /* bytes of a heading compared */

struct title {
	char og[WORDS_MAX + 1], page[WORDS_MAX + 1];
	size_t from, to;           /* the title block's source */
	int attr;                  /* ... an attribute value */
	size_t h1;                 /* the node read as the title, or 0 */
	size_t floor;              /* where the title's source ends: no
	                              block of the article opens before */
};

/* Chooses the title block: og:title, else the <title>, else the first
 * h1; none that comes after the article's start AT. */
void find_title(const htree *t, const nstat *st, size_t at,
                struct title *ti);

/* Whether heading I repeats the title (Readability: 3/4 of its words). */
int repeats_title(const htree *t, const nstat *st, size_t i,
                  const struct title *ti);

/* Reads heading I as the title block. */
void read_title_h1(const htree *t, const nstat *st, size_t i, reading *r);

#endif
