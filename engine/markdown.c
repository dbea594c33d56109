/*
 * markdown.c - the Markdown reader (see reading.h): CommonMark's block
 * structure, with GitHub's tables and front matter, read into blocks of
 * prose; inline.c reads each paragraph's and heading's text.
 *
 * The source is read a line at a time, as CommonMark describes:
 *
 *  1. Each open container (block quote, list item), outermost first,
 *     takes its marker or indentation off the line; the first that
 *     cannot stops the matching.
 *  2. An open fenced code block or HTML block whose containers all
 *     matched takes the line (or is closed by it).
 *  3. Else new blocks may start: quotes and list items (containers:
 *     more may start after them), then headings, fences, HTML blocks,
 *     setext underlines, table delimiter rows, thematic breaks and
 *     indented code.
 *  4. A line that starts nothing goes on the open paragraph -- lazily,
 *     even when not every container matched -- or starts one.
 *
 * Only paragraphs and headings are read (a paragraph's kind is that of
 * its innermost container: an item, a quote, or none); code, HTML,
 * tables, thematic breaks and front matter are not, but for the front
 * matter's title.  Containers nest at most MAX_DEPTH deep: a deeper '>'
 * is taken as one more marker of the deepest quote, a deeper list
 * marker as text.  Nothing here recurses, and every line costs its
 * length and the depth, so that any input is read in linear time.
 */
#include "reading.h"
#include "inline.h"
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

enum { LEAF_NONE, LEAF_PARA, LEAF_FENCE, LEAF_CODE, LEAF_HTML, LEAF_TABLE };

typedef struct {
	unsigned char quote;         /* a block quote, else a list item */
	unsigned char filled;        /* the item holds a block */
	size_t indent;               /* the item's content, in columns from
	                                where its container's part starts */
} container;

typedef struct {
	reading *r;
	const char *s;
	size_t n;
	/* The line: SOURCE[LS..LE), the next one at NEXT; the part not yet
	 * taken starts at POS, column COL (a tab partly taken stays at POS);
	 * from there the first non-blank is at NSP, INDENT columns on. */
	size_t ls, le, next, pos, col, nsp, indent;
	int blank;
	size_t nl, cr;               /* the next LF, CR at or after LS */
	int nl_known, cr_known;
	container stack[MAX_DEPTH];
	size_t depth;
	/* The open leaf block. */
	int leaf;
	enum block_kind para_kind;
	md_line *lines;
	size_t nlines, lines_cap;
	char fence;                  /* '`' or '~' */
	size_t fence_len;
	int html;                    /* the HTML block's kind, 1 to 7 */
	size_t table_cells;
	int body, title;             /* body text read; a title read */
	md_scratch scratch;
} md;

/* ---- Lines and columns ----------------------------------------------- */

/* Finds the line that starts at LS: it ends at LF, CRLF or a lone CR.
 * The next LF and CR are kept, so that no byte is searched twice. */
static void next_line(md *m, size_t ls)
{
	const char *p;

	if (!m->nl_known || m->nl < ls) {
		p = memchr(m->s + ls, '\n', m->n - ls);
		m->nl = p ? (size_t)(p - m->s) : m->n;
		m->nl_known = 1;
	}
	if (!m->cr_known || m->cr < ls) {
		p = memchr(m->s + ls, '\r', m->n - ls);
		m->cr = p ? (size_t)(p - m->s) : m->n;
		m->cr_known = 1;
	}
	m->ls = m->pos = ls;
	m->col = 0;
	if (m->cr < m->nl) {
		m->le = m->cr;
		m->next = m->cr + 1 < m->n && m->s[m->cr + 1] == '\n' ? m->cr + 2
		                                                      : m->cr + 1;
	} else {
		m->le = m->nl;
		m->next = m->nl < m->n ? m->nl + 1 : m->n;
	}
}

/* Finds the first non-blank from POS: NSP, INDENT, BLANK. */
static void find_nsp(md *m)
{
	size_t i = m->pos, col = m->col;

	while (i < m->le && (m->s[i] == ' ' || m->s[i] == '\t')) {
		col += m->s[i] == ' ' ? 1 : 4 - col % 4;
		i++;
	}
	m->nsp = i;
	m->indent = col - m->col;
	m->blank = i == m->le;
}

/* Takes COLS columns off the line; a tab wider than what is left is
 * taken in part (tab stops every 4 columns). */
static void advance(md *m, size_t cols)
{
	while (cols > 0 && m->pos < m->le) {
		if (m->s[m->pos] == '\t') {
			size_t w = 4 - m->col % 4;

			if (w > cols) {
				m->col += cols;
				return;
			}
			m->col += w;
			cols -= w;
		} else {
			m->col++;
			cols--;
		}
		m->pos++;
	}
}

static void to_nsp(md *m)
{
	m->col += m->indent;
	m->pos = m->nsp;
	m->indent = 0;
}

/* The length of the run of C at S[I]. */
static size_t run(const md *m, size_t i, char c)
{
	size_t j = i;

	while (j < m->le && m->s[j] == c)
		j++;
	return j - i;
}

/* Whether only spaces and tabs are left from I to the end of the line. */
static int rest_blank(const md *m, size_t i)
{
	while (i < m->le && (m->s[i] == ' ' || m->s[i] == '\t'))
		i++;
	return i == m->le;
}

/* ---- Blocks ----------------------------------------------------------- */

static void add_line(md *m, size_t from, size_t to)
{
	if (grow_large(&m->lines, &m->lines_cap, m->nlines + 1,
	               sizeof *m->lines)) {
		m->r->oom = 1;
		return;
	}
	m->lines[m->nlines++] = (md_line){ from, to - from };
}

/* Reads the open paragraph as a block of KIND; returns whether it had
 * text. */
static int read_para(md *m, enum block_kind kind)
{
	int read = md_read_inline(m->r, &m->scratch, m->lines, m->nlines,
	                          kind, 1);

	if (read && kind != BLOCK_HEADING && kind != BLOCK_TITLE)
		m->body = 1;
	block_close(m->r);
	m->nlines = 0;
	return read;
}

static void close_leaf(md *m)
{
	if (m->leaf == LEAF_PARA)
		read_para(m, m->para_kind);
	m->leaf = LEAF_NONE;
}

/* Closes the containers from the Kth on, and the leaf inside them. */
static void close_to(md *m, size_t k)
{
	if (k < m->depth) {
		close_leaf(m);
		m->depth = k;
	}
}

/* Makes room for a new block in the K innermost containers that
 * matched: the others close, and the leaf; the item it is in is no
 * longer empty. */
static void start_block(md *m, size_t k)
{
	close_to(m, k);
	close_leaf(m);
	if (m->depth && !m->stack[m->depth - 1].quote)
		m->stack[m->depth - 1].filled = 1;
}

/* Reads the text FROM..TO of one line as a heading of LEVEL: the title
 * when it is the first level-1 heading, before any body text. */
static void heading(md *m, size_t from, size_t to, int level)
{
	md_line line = { from, to - from };
	int title = level == 1 && !m->title && !m->body && m->depth == 0;

	if (md_read_inline(m->r, &m->scratch, &line, 1,
	                   title ? BLOCK_TITLE : BLOCK_HEADING, 0) && title)
		m->title = 1;
	block_close(m->r);
}

/* ---- Container starts ------------------------------------------------- */

/* Takes a block quote's '>' at NSP and the blank after it. */
static void take_quote_marker(md *m)
{
	to_nsp(m);
	m->pos++;
	m->col++;
	if (m->pos < m->le && (m->s[m->pos] == ' ' || m->s[m->pos] == '\t'))
		advance(m, 1);
}

/* Whether a list item starts at NSP; if so it is opened and the line
 * taken up to its content.  INTERRUPT: the line would go on a
 * paragraph, which only an item with text, numbered 1 if at all, may
 * interrupt. */
static int list_item(md *m, int interrupt, size_t matched)
{
	const char *s = m->s;
	size_t i = m->nsp, j = i, pad, w;
	int ordered = 0;
	container *c;

	if (s[i] == '-' || s[i] == '+' || s[i] == '*') {
		j = i + 1;
	} else {
		while (j < m->le && j - i < 9 && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j == i || j >= m->le || (s[j] != '.' && s[j] != ')'))
			return 0;
		ordered = 1 + (j - i == 1 && s[i] == '1');
		j++;
	}
	if (j < m->le && s[j] != ' ' && s[j] != '\t')
		return 0;
	if (interrupt && (rest_blank(m, j) || ordered == 1))
		return 0;
	if (m->depth == MAX_DEPTH)
		return 0;
	start_block(m, matched);
	/* The content starts 1 to 4 columns after the marker; 5 or more
	 * make it 1 and the rest indented code. */
	w = m->indent + (j - i);
	to_nsp(m);
	advance(m, j - i);
	find_nsp(m);
	pad = m->blank || m->indent >= 5 ? 1 : m->indent;
	advance(m, pad);
	c = &m->stack[m->depth++];
	c->quote = 0;
	c->filled = 0;
	c->indent = w + pad;
	/* A task list's box ("- [ ] to do") is no word of the item. */
	find_nsp(m);
	if (!m->blank && m->nsp + 3 < m->le && s[m->nsp] == '[' &&
	    (s[m->nsp + 1] == ' ' || s[m->nsp + 1] == 'x' ||
	     s[m->nsp + 1] == 'X') && s[m->nsp + 2] == ']' &&
	    (s[m->nsp + 3] == ' ' || s[m->nsp + 3] == '\t')) {
		m->pos = m->nsp + 3;
		m->col += m->indent + 3;
	}
	return 1;
}

/* Matches the open containers against the line; returns how many did. */
static size_t match_containers(md *m)
{
	size_t k;

	for (k = 0; k < m->depth; k++) {
		container *c = &m->stack[k];

		find_nsp(m);
		if (c->quote) {
			if (m->indent > 3 || m->blank || m->s[m->nsp] != '>')
				break;
			take_quote_marker(m);
		} else if (m->blank) {
			if (!c->filled)  /* an item begins with one blank line */
				break;
			to_nsp(m);
		} else if (m->indent >= c->indent) {
			advance(m, c->indent);
		} else {
			break;
		}
	}
	return k;
}

/* ---- Leaf starts ------------------------------------------------------ */

/* Whether S[I..I+LEN) is NAME, in any case. */
static int name_is(const char *s, size_t len, const char *name)
{
	size_t k;

	for (k = 0; k < len && name[k]; k++)
		if ((s[k] | 0x20) != name[k])
			return 0;
	return k == len && name[k] == '\0';
}

/* The length of the tag name at S[I], up to E. */
static size_t tag_name(const char *s, size_t i, size_t e)
{
	size_t j = i;

	while (j < e && (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') ||
	                 (s[j] >= '0' && s[j] <= '9')))
		j++;
	return j - i;
}

/* Tag names in rows of TAG_WIDTH bytes, an empty one last (rows, not
 * pointers, which the loader would relocate at every start). */
#define TAG_WIDTH 11
static const char raw_tags[][TAG_WIDTH] = { "pre", "script", "style",
                                            "textarea", "" };
static const char block_tags[][TAG_WIDTH] = {
	"address", "article", "aside", "base", "basefont", "blockquote",
	"body", "caption", "center", "col", "colgroup", "dd", "details",
	"dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
	"figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
	"h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend",
	"li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
	"optgroup", "option", "p", "param", "search", "section", "summary",
	"table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
	"track", "ul", ""
};

static int in_list(const char *s, size_t len,
                   const char (*names)[TAG_WIDTH])
{
	for (; (*names)[0] != '\0'; names++)
		if (name_is(s, len, *names))
			return 1;
	return 0;
}

/* The kind (1 to 7, as CommonMark numbers them) of the HTML block that
 * starts at NSP ('<'), or 0.  Kind 7, any whole tag alone on its line,
 * may not interrupt a paragraph. */
static int html_start(const md *m, int interrupt)
{
	const char *s = m->s;
	size_t i = m->nsp + 1, e = m->le, len, j;
	int closing = i < e && s[i] == '/';

	if (e - i >= 3 && memcmp(s + i, "!--", 3) == 0)
		return 2;
	if (i < e && s[i] == '?')
		return 3;
	if (e - i >= 8 && memcmp(s + i, "![CDATA[", 8) == 0)
		return 5;
	if (e - i >= 2 && s[i] == '!' && ((s[i + 1] | 0x20) >= 'a' &&
	                                  (s[i + 1] | 0x20) <= 'z'))
		return 4;
	len = tag_name(s, i + closing, e);
	j = i + closing + len;
	if (!closing && in_list(s + i, len, raw_tags) &&
	    (j == e || s[j] == ' ' || s[j] == '\t' || s[j] == '>'))
		return 1;
	if (in_list(s + i + closing, len, block_tags) &&
	    (j == e || s[j] == ' ' || s[j] == '\t' || s[j] == '>' ||
	     (j + 1 < e && s[j] == '/' && s[j + 1] == '>')))
		return 6;
	if (!interrupt && !in_list(s + i + closing, len, raw_tags) &&
	    (j = md_html_tag(s, e, m->nsp)) != 0 && rest_blank(m, j))
		return 7;
	return 0;
}

/* Whether the line, from I on, holds the end of an HTML block of kind
 * 1 to 5. */
static int html_ends(const md *m, size_t i)
{
	static const char *const ends[] = { "-->", "?>", ">", "]]>" };
	const char *s = m->s, *end;
	size_t e = m->le;

	if (m->html == 1) {
		for (; (end = memchr(s + i, '<', e - i)) != NULL; i++) {
			size_t len;

			i = (size_t)(end - s);
			if (i + 1 < e && s[i + 1] == '/' &&
			    in_list(s + i + 2, len = tag_name(s, i + 2, e), raw_tags) &&
			    i + 2 + len < e && s[i + 2 + len] == '>')
				return 1;
		}
		return 0;
	}
	end = ends[m->html - 2];
	return md_find(s, e, i, end, strlen(end)) != MD_NONE;
}

/* The number of cells of the table row FROM..TO (its '|' not escaped,
 * those at its ends aside); 0 when it has no '|'. */
static size_t row_cells(const char *s, size_t from, size_t to)
{
	size_t cells = 1, pipes = 0;

	while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\t'))
		to--;
	if (from < to && s[from] == '|') {
		from++;
		pipes++;
	}
	if (to > from && s[to - 1] == '|' && (to - from < 2 || s[to - 2] != '\\')) {
		to--;
		pipes++;
	}
	for (size_t i = from; i < to; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '|')
			cells++, pipes++;
	}
	return pipes ? cells : 0;
}

/* The number of cells of the table delimiter row ("| --- | :-: |") the
 * line is, or 0. */
static size_t delimiter_row(const md *m)
{
	const char *s = m->s;
	size_t i = m->nsp, e = m->le, cells = 0, pipes = 0;

	while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (i < e && s[i] == '|') {
		i++;
		pipes++;
	}
	while (i < e) {
		size_t d;

		while (i < e && (s[i] == ' ' || s[i] == '\t'))
			i++;
		i += i < e && s[i] == ':';
		for (d = i; i < e && s[i] == '-'; i++)
			;
		if (i == d)
			return 0;
		i += i < e && s[i] == ':';
		while (i < e && (s[i] == ' ' || s[i] == '\t'))
			i++;
		cells++;
		if (i < e) {
			if (s[i] != '|')
				return 0;
			i++;
			pipes++;
		}
	}
	return pipes ? cells : 0;
}

/* Whether the line from NSP is a thematic break: three or more '*',
 * '-' or '_', the same, and blanks. */
static int thematic_break(const md *m)
{
	char c = m->s[m->nsp];
	size_t count = 0;

	if (c != '*' && c != '-' && c != '_')
		return 0;
	for (size_t i = m->nsp; i < m->le; i++) {
		if (m->s[i] == c)
			count++;
		else if (m->s[i] != ' ' && m->s[i] != '\t')
			return 0;
	}
	return count >= 3;
}

/* An ATX heading ("## Text ##") at NSP: read at once. */
static int atx_heading(md *m, size_t matched)
{
	const char *s = m->s;
	size_t level = run(m, m->nsp, '#'), from = m->nsp + level, to = m->le, k;

	if (level > 6 || (from < m->le && s[from] != ' ' && s[from] != '\t'))
		return 0;
	start_block(m, matched);
	while (from < to && (s[from] == ' ' || s[from] == '\t'))
		from++;
	while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\t'))
		to--;
	for (k = to; k > from && s[k - 1] == '#'; k--)
		;
	if (k == from || s[k - 1] == ' ' || s[k - 1] == '\t')
		to = k;
	heading(m, from, to, (int)level);
	return 1;
}

/* The leaf blocks that may start at NSP (indented less than 4):
 * returns 1 when one took the line.  INTERRUPT: the line would go on
 * a paragraph in the innermost container. */
static int leaf_start(md *m, size_t matched, int interrupt)
{
	const char *s = m->s;
	char c = s[m->nsp];
	size_t len, cells;

	if (c == '#' && atx_heading(m, matched))
		return 1;
	if ((c == '`' || c == '~') && (len = run(m, m->nsp, c)) >= 3 &&
	    (c == '~' || !memchr(s + m->nsp + len, '`', m->le - m->nsp - len))) {
		start_block(m, matched);
		m->leaf = LEAF_FENCE;
		m->fence = c;
		m->fence_len = len;
		return 1;
	}
	if (c == '<' && (m->html = html_start(m, interrupt)) != 0) {
		start_block(m, matched);
		m->leaf = m->html <= 5 && html_ends(m, m->nsp) ? LEAF_NONE
		                                                : LEAF_HTML;
		return 1;
	}
	if (interrupt && (c == '=' || c == '-') &&
	    rest_blank(m, m->nsp + run(m, m->nsp, c))) {
		int title = c == '=' && !m->title && !m->body && m->depth == 0;

		if (read_para(m, title ? BLOCK_TITLE : BLOCK_HEADING) && title)
			m->title = 1;
		m->leaf = LEAF_NONE;
		return 1;
	}
	if (interrupt && (cells = delimiter_row(m)) != 0 &&
	    row_cells(s, m->lines[m->nlines - 1].src,
	              m->lines[m->nlines - 1].src + m->lines[m->nlines - 1].len)
	        == cells) {
		m->nlines--;              /* the header row */
		close_leaf(m);
		m->leaf = LEAF_TABLE;
		return 1;
	}
	if (thematic_break(m)) {
		start_block(m, matched);
		return 1;
	}
	return 0;
}

/* ---- Lines ------------------------------------------------------------ */

/* A line of an open fenced code block or HTML block. */
static void leaf_line(md *m)
{
	find_nsp(m);
	if (m->leaf == LEAF_FENCE) {
		size_t len = run(m, m->nsp, m->fence);

		if (m->indent <= 3 && len >= m->fence_len &&
		    rest_blank(m, m->nsp + len))
			m->leaf = LEAF_NONE;
	} else if (m->html >= 6 ? m->blank : html_ends(m, m->pos)) {
		m->leaf = LEAF_NONE;
	}
}

/* The kind of a paragraph opened now. */
static enum block_kind para_kind(const md *m)
{
	if (m->depth == 0)
		return BLOCK_PARAGRAPH;
	return m->stack[m->depth - 1].quote ? BLOCK_QUOTE : BLOCK_ITEM;
}

static void line(md *m)
{
	size_t matched = match_containers(m);
	int all = matched == m->depth, opened = 0;

	if (all && (m->leaf == LEAF_FENCE || m->leaf == LEAF_HTML)) {
		leaf_line(m);
		return;
	}
	for (;;) {
		char c;

		find_nsp(m);
		if (m->blank)
			break;
		if (m->indent >= 4) {
			/* Indented code, which cannot interrupt a paragraph. */
			if (m->leaf == LEAF_PARA && !opened)
				break;
			if (m->leaf != LEAF_CODE || !all || opened) {
				start_block(m, matched);
				m->leaf = LEAF_CODE;
			}
			return;
		}
		c = m->s[m->nsp];
		if (c == '>') {
			if (m->depth < MAX_DEPTH) {
				start_block(m, matched);
				m->stack[m->depth++] = (container){ 1, 0, 0 };
				matched = m->depth;
				opened = 1;
			}
			take_quote_marker(m);
			continue;
		}
		if (leaf_start(m, matched, m->leaf == LEAF_PARA && all && !opened))
			return;
		if ((c == '-' || c == '+' || c == '*' || (c >= '0' && c <= '9')) &&
		    list_item(m, m->leaf == LEAF_PARA && all && !opened, matched)) {
			matched = m->depth;
			opened = 1;
			continue;
		}
		break;
	}
	if (m->blank) {
		close_to(m, matched);
		if (m->leaf == LEAF_PARA || m->leaf == LEAF_TABLE)
			close_leaf(m);
	} else if (m->leaf == LEAF_PARA && !opened) {
		add_line(m, m->nsp, m->le);      /* lazily, when not all */
	} else if (!(m->leaf == LEAF_TABLE && all && !opened)) {
		start_block(m, matched);
		m->leaf = LEAF_PARA;
		m->para_kind = para_kind(m);
		add_line(m, m->nsp, m->le);
	}
}

/* ---- Front matter ----------------------------------------------------- */

/* The value of a "title: ..." (YAML) or "title = ..." (TOML) line:
 * sets FROM..TO and returns 1, else 0. */
static int title_key(const md *m, int toml, size_t *from, size_t *to)
{
	const char *s = m->s;
	size_t i = m->ls + 5, e = m->le;

	if (e - m->ls < 6 || memcmp(s + m->ls, "title", 5) != 0)
		return 0;
	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == e || s[i] != (toml ? '=' : ':'))
		return 0;
	for (i++; i < e && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e - i >= 2 && (s[i] == '"' || s[i] == '\'') && s[e - 1] == s[i]) {
		i++;
		e--;
	}
	*from = i;
	*to = e;
	return e > i;
}

/* Front matter at START ("---" YAML or "+++" TOML, up to a line of the
 * same, or "..." for YAML): skipped but for its title.  Returns where
 * the Markdown starts. */
static size_t front_matter(md *m, size_t start)
{
	size_t from = 0, to = 0;
	int have = 0;
	char c;

	if (start >= m->n)
		return start;
	next_line(m, start);
	c = m->s[start];
	if ((c != '-' && c != '+') || run(m, start, c) != 3 ||
	    !rest_blank(m, start + 3))
		return start;
	while (m->next < m->n) {
		next_line(m, m->next);
		if ((run(m, m->ls, c) == 3 && rest_blank(m, m->ls + 3)) ||
		    (c == '-' && run(m, m->ls, '.') == 3 && rest_blank(m, m->ls + 3))) {
			if (have) {
				block_open(m->r, BLOCK_TITLE, from);
				read_text(m->r, from, to);
				block_close(m->r);
				m->title = 1;
			}
			return m->next;
		}
		if (!have)
			have = title_key(m, c == '+', &from, &to);
	}
	m->nl_known = m->cr_known = 0;   /* read again from START */
	return start;
}

int read_markdown(reading *r)
{
	md m;
	size_t at = 0;

	memset(&m, 0, sizeof m);
	m.r = r;
	m.s = r->source;
	m.n = r->source_len;
	if (m.n >= 3 && memcmp(m.s, "\xEF\xBB\xBF", 3) == 0)
		at = 3;
	at = front_matter(&m, at);
	while (at < m.n && !r->oom) {
		next_line(&m, at);
		line(&m);
		at = m.next;
	}
	close_to(&m, 0);
	close_leaf(&m);
	free_large(m.lines, m.lines_cap, sizeof *m.lines);
	md_scratch_free(&m.scratch);
	return reading_end(r);
}
