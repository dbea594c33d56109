/*
 * inline.h - Markdown's inline content (engine/inline.c): the text of a
 * paragraph or a heading read with its markup dropped, for the block
 * reader of engine/markdown.c, which finds the lines and calls it.
 */
#ifndef SUMM_INLINE_H
#define SUMM_INLINE_H

#include <stddef.h>

#include "reading.h"

/* A line of a paragraph: SOURCE[SRC..SRC+LEN), its container markers
 * (block quotes' '>', list items' indentation) cut off. */
typedef struct {
	size_t src, len;
} md_line;

/* What the reading of one paragraph marks: a stretch of it dropped, read
 * as white space, read verbatim (a code span's content), or a delimiter
 * that stays text unless it is matched (OP_OPEN). */
typedef struct {
	size_t a, b;
	unsigned char kind;
} md_op;

/* Where a stretch of a paragraph came from: TEXT[BUF..BUF+LEN) is
 * SOURCE[SRC..SRC+LEN); a line break follows it, but after the last. */
typedef struct {
	size_t buf, src, len;
} md_seg;

/* The memory the inline reader works in, kept from one paragraph to the
 * next: the paragraph's text when its lines are not one stretch of the
 * source, the map back, the marks and the stacks of open delimiters
 * ('*', '_', '~' and '['), each an index into OPS. */
typedef struct {
	char *buf;
	size_t buf_cap;
	md_seg *segs;
	size_t nsegs, segs_cap;
	md_op *ops;
	size_t nops, ops_cap;
	size_t *stack[4];
	size_t depth[4], stack_cap[4];
} md_scratch;

/* Reads LINES[0..N) as one block of KIND (opened at its first text): a
 * paragraph's link reference definitions skipped when DEFS, the rest
 * read with its inline markup dropped.  Returns 1 when text was read, 0
 * when none (sets R's oom when memory ran out). */
int md_read_inline(reading *r, md_scratch *m, const md_line *lines,
                   size_t n, enum block_kind kind, int defs);

/* Frees what M holds. */
void md_scratch_free(md_scratch *m);

/* The end of the HTML open or closing tag that starts at S[I] ('<'),
 * read up to S[N], or 0 when none does. */
size_t md_html_tag(const char *s, size_t n, size_t i);

#endif /* SUMM_INLINE_H */
