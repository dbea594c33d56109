/*
 * inline.h - Markdown's inline content (engine/inline.c): the text of a
 * paragraph or a heading read with its markup dropped, for the block
 * reader of engine/markdown.c, which finds the lines and calls it; and
 * the grammar of what it drops (engine/mdsyntax.c), which the block
 * reader shares.
 */
#ifndef SUMM_INLINE_H
#define SUMM_INLINE_H

#include <stddef.h>
#include <string.h>

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

/* ---- The grammar of what is dropped (engine/mdsyntax.c) ----------------
 * Each reads S[0..N) from I on, and is linear in what it reads. */

#define MD_NONE ((size_t)-1)

/* Where PAT (LEN > 0 bytes) first occurs in S[I..N), or MD_NONE. */
size_t md_find(const char *s, size_t n, size_t i, const char *pat,
               size_t len);

/* The end of what follows a link's text at S[I]: "(destination
 * "title")" or a reference "[label]" (or "[]"); MD_NONE when neither. */
size_t md_link_tail(const char *s, size_t n, size_t i);

/* The end of the autolink at S[I] ('<'): "<scheme:...>" or
 * "<address@domain>"; MD_NONE when none. */
size_t md_autolink_end(const char *s, size_t n, size_t i);

/* Whether the tag at S[I] parts the words around it, as a line break
 * or a paragraph of HTML would ("a<br>b"); other tags join them. */
int md_spacing_tag(const char *s, size_t n, size_t i);

/* The end of the bare URL that starts at S[I]: up to white space or
 * '<', less the punctuation that ends a sentence around it and a ')'
 * that closes none of its own. */
size_t md_url_end(const char *s, size_t n, size_t i);

/* The end of the HTML open or closing tag that starts at S[I] ('<'),
 * or 0 when none does. */
size_t md_html_tag(const char *s, size_t n, size_t i);

/* Where the paragraph's text goes on after the link reference
 * definitions ("[label]: destination 'title'") at its start. */
size_t md_skip_definitions(const char *s, size_t n);

/* ---- ASCII classes, locale-free -------------------------------------- */

static inline int is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline int is_alnum(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

static inline int is_punct(unsigned char c)
{
	return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) ||
	       (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

static inline int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static inline size_t skip_ws(const char *s, size_t n, size_t i)
{
	while (i < n && is_ws((unsigned char)s[i]))
		i++;
	return i;
}

/* Whether S[I] is a backslash escaping the character after it. */
static inline int escaped(const char *s, size_t n, size_t i)
{
	return s[i] == '\\' && i + 1 < n && is_punct((unsigned char)s[i + 1]);
}

#endif /* SUMM_INLINE_H */
