/*
 * inline.c - Markdown's inline content: the text of a paragraph or a
 * heading read with its markup dropped (see inline.h).
 *
 * A paragraph is read in two passes, each linear in its length:
 *
 *  1. A scan from left to right marks what is not prose (an md_op each):
 *     code spans' backticks (their content is read verbatim), links'
 *     brackets and destinations, images whole, autolinks' brackets (the
 *     address is read verbatim, as a bare URL is) and HTML tags.
 *     Delimiter runs of '*', '_' and '~' that may open
 *     emphasis are marked OP_OPEN and pushed on a stack of their
 *     character; a run that may close one drops itself and the nearest
 *     opener of its stack (CommonMark's flanking rules, without the
 *     rule of three or leftover lengths: what we want is the words, not
 *     the nesting).  An opener never matched stays text.  A '[' waits
 *     on its own stack for a ']' followed by "(destination)" or
 *     "[label]".
 *  2. The text between the marks is read (read_text), with backslash
 *     escapes and character references read as what they stand for.
 *
 * Each search ahead is bounded so that the whole stays linear: a raw
 * destination nests at most 32 parentheses deep, a label is at most
 * 999 characters, a backtick run's closer is looked for once past the
 * end at most (then the runs' last places answer), and an HTML comment,
 * processing instruction, declaration or CDATA section without an end
 * is not looked for again.
 */
#include "inline.h"
#include "chars.h"
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#define NONE MD_NONE
#define MAX_TICKS 32             /* longer backtick runs are text */

enum { OP_OPEN, OP_DROP, OP_SPACE, OP_RAW };
enum { ST_STAR, ST_UNDER, ST_TILDE, ST_BRACKET };

/* The paragraph being read. */
typedef struct {
	reading *r;
	md_scratch *m;
	const char *s;               /* its text: the source, or m->buf */
	size_t n;
	size_t seg;                  /* the segment last mapped */
	int escapes;                 /* a '\\' or '&' seen: pass 2 looks */
	int oom;
	size_t start;                /* where its text starts (after any link
	                                reference definitions) */
	size_t floor;                /* '[' below this depth are inactive */
	size_t ticks[MAX_TICKS + 1]; /* the last run of each length seen */
	int ticks_done;              /* ... by a search that reached the end */
	unsigned char no_end[4];     /* <!-- <? <! <![CDATA[ found no end */
} para;

/* ---- Marks and stacks ------------------------------------------------ */

static size_t add_op(para *p, size_t a, size_t b, int kind)
{
	md_scratch *m = p->m;

	if (grow(&m->ops, &m->ops_cap, m->nops + 1, sizeof *m->ops)) {
		p->oom = 1;
		return NONE;
	}
	m->ops[m->nops] = (md_op){ a, b, (unsigned char)kind };
	return m->nops++;
}

static void push(para *p, int k, size_t op)
{
	md_scratch *m = p->m;

	if (op == NONE)
		return;
	if (grow(&m->stack[k], &m->stack_cap[k], m->depth[k] + 1,
	         sizeof **m->stack)) {
		p->oom = 1;
		return;
	}
	m->stack[k][m->depth[k]++] = op;
}

/* Pops from stack K every opener marked at or after op index FROM. */
static void pop_from(para *p, int k, size_t from)
{
	md_scratch *m = p->m;

	while (m->depth[k] && m->stack[k][m->depth[k] - 1] >= from)
		m->depth[k]--;
	if (k == ST_BRACKET && p->floor > m->depth[k])
		p->floor = m->depth[k];
}

/* ---- Code spans ------------------------------------------------------ */

/* A run of backticks at I: a code span when a run of the same length
 * closes it (its content read verbatim), else text.  Returns where the
 * scan goes on. */
static size_t code_span(para *p, size_t i)
{
	const char *s = p->s;
	size_t n = p->n, j = i, len, k;

	while (j < n && s[j] == '`')
		j++;
	len = j - i;
	if (len > MAX_TICKS || (p->ticks_done && p->ticks[len] < j))
		return j;
	for (k = j; k < n; ) {
		const char *q = memchr(s + k, '`', n - k);
		size_t a, b;

		if (!q)
			break;
		a = (size_t)(q - s);
		for (b = a; b < n && s[b] == '`'; b++)
			;
		if (b - a <= MAX_TICKS)
			p->ticks[b - a] = a;
		if (b - a == len) {
			add_op(p, i, j, OP_DROP);
			add_op(p, j, a, OP_RAW);
			add_op(p, a, b, OP_DROP);
			return b;
		}
		k = b;
	}
	p->ticks_done = 1;
	return j;
}

/* ---- Emphasis and strikethrough -------------------------------------- */

/* The class of the character before S[I], or after S[J-1]; the edges of
 * the paragraph count as white space. */
static unsigned class_before(const para *p, size_t i)
{
	size_t len;

	if (i == 0)
		return C_SPACE;
	return class_at(p->s, p->n, prev_char(p->s, 0, i), &len);
}

static unsigned class_after(const para *p, size_t j)
{
	size_t len;

	return j >= p->n ? C_SPACE : class_at(p->s, p->n, j, &len);
}

/* A run of '*', '_' or '~' at I.  It may open when left-flanking (not
 * before white space, and not before punctuation unless after white
 * space or punctuation), close when right-flanking (the mirror).  '_'
 * inside a word neither opens nor closes (snake_case); '*' inside a word
 * may close ("**API**s") but not open, so that "2*3*4" stays as it is.
 * '~' strikes through in runs of one or two, closed by a run as long. */
static size_t delimiter(para *p, size_t i)
{
	md_scratch *m = p->m;
	char c = p->s[i];
	size_t j = i, o;
	unsigned before, after;
	int lf, rf, open, close, k = c == '*' ? ST_STAR :
	                             c == '_' ? ST_UNDER : ST_TILDE;

	while (j < p->n && p->s[j] == c)
		j++;
	if (c == '~' && j - i > 2)
		return j;
	before = class_before(p, i);
	after = class_after(p, j);
	lf = !(after & C_SPACE) &&
	     (!(after & C_PUNCT) || (before & (C_SPACE | C_PUNCT)));
	rf = !(before & C_SPACE) &&
	     (!(before & C_PUNCT) || (after & (C_SPACE | C_PUNCT)));
	if (c == '_') {
		open = lf && (!rf || (before & C_PUNCT));
		close = rf && (!lf || (after & C_PUNCT));
	} else {
		open = lf && !(rf && !(before & C_PUNCT) && !(after & C_PUNCT));
		close = rf;
	}
	if (close && m->depth[k]) {
		o = m->stack[k][m->depth[k] - 1];
		if (c != '~' || m->ops[o].b - m->ops[o].a == j - i) {
			/* The delimiters between the two can no longer match
			 * across them: they stay text. */
			m->ops[o].kind = OP_DROP;
			m->depth[k]--;
			for (int t = ST_STAR; t <= ST_TILDE; t++)
				pop_from(p, t, o + 1);
			add_op(p, i, j, OP_DROP);
			return j;
		}
	}
	if (open)
		push(p, k, add_op(p, i, j, OP_OPEN));
	return j;
}

/* ---- Links and images ------------------------------------------------ */

/* A ']' at I.  With an active '[' or '![' open and a destination or a
 * label after it, a link keeps its text and drops the rest (and no
 * link opened before it may close around it), an image drops whole;
 * else the ']' and its '[' are text. */
static size_t close_bracket(para *p, size_t i)
{
	md_scratch *m = p->m;
	size_t d = m->depth[ST_BRACKET], o, e;
	int image;

	if (d == 0)
		return i + 1;
	o = m->stack[ST_BRACKET][d - 1];
	image = m->ops[o].b - m->ops[o].a == 2;
	m->depth[ST_BRACKET]--;
	if (p->floor > d - 1) {
		p->floor = d - 1;
		if (!image)              /* inside a link: no link */
			return i + 1;
	}
	if ((e = md_link_tail(p->s, p->n, i + 1)) == NONE)
		return i + 1;
	if (image) {
		size_t a = m->ops[o].a;

		m->nops = o;
		for (int k = ST_STAR; k <= ST_BRACKET; k++)
			pop_from(p, k, o);
		add_op(p, a, e, OP_DROP);
	} else {
		m->ops[o].kind = OP_DROP;
		for (int k = ST_STAR; k <= ST_TILDE; k++)
			pop_from(p, k, o + 1);
		p->floor = m->depth[ST_BRACKET];
		add_op(p, i, e, OP_DROP);
	}
	return e;
}

/* ---- Autolinks, bare URLs, HTML -------------------------------------- */

/* The end of the comment, processing instruction, declaration or CDATA
 * section at S[I] ('<'), or NONE.  One that has no end makes the next
 * of its kind fail at once. */
static size_t html_other(para *p, size_t i)
{
	static const struct {
		const char *open, *close;
	} kinds[4] = {
		{ "<!--", "-->" }, { "<?", "?>" }, { "<![CDATA[", "]]>" },
		{ "<!", ">" },
	};
	const char *s = p->s;
	size_t n = p->n, e;

	for (int k = 0; k < 4; k++) {
		size_t len = strlen(kinds[k].open);

		if (n - i < len || memcmp(s + i, kinds[k].open, len) != 0)
			continue;
		if (k == 3 && (i + 2 >= n || !is_alpha((unsigned char)s[i + 2])))
			return NONE;
		if (k == 0 && i + 4 < n && s[i + 4] == '>')
			return i + 5;               /* <!--> */
		if (k == 0 && i + 5 < n && s[i + 4] == '-' && s[i + 5] == '>')
			return i + 6;               /* <!---> */
		if (p->no_end[k])
			return NONE;
		e = md_find(s, n, i + len, kinds[k].close, strlen(kinds[k].close));
		if (e == NONE) {
			p->no_end[k] = 1;
			return NONE;
		}
		return e + strlen(kinds[k].close);
	}
	return NONE;
}

/* Keeps the address A..E (a bare URL) as it is written: it is text a
 * reader sees, and its '_' or '*' are not emphasis. */
static void keep_address(para *p, size_t a, size_t e)
{
	add_op(p, a, e, OP_RAW);
}

/* A '<' at I: an autolink read as its address, an HTML tag dropped (or
 * read as white space), or text. */
static size_t angle(para *p, size_t i)
{
	size_t e = md_autolink_end(p->s, p->n, i);

	if (e != NONE) {                       /* <address> */
		add_op(p, i, i + 1, OP_DROP);
		keep_address(p, i + 1, e - 1);
		add_op(p, e - 1, e, OP_DROP);
		return e;
	}
	if ((e = md_html_tag(p->s, p->n, i)) != 0) {
		add_op(p, i, e, md_spacing_tag(p->s, p->n, i) ? OP_SPACE : OP_DROP);
		return e;
	}
	if ((e = html_other(p, i)) != NONE) {
		add_op(p, i, e, OP_DROP);
		return e;
	}
	return i + 1;
}

/* Whether a bare URL may start at S[I]: after white space, the start, or
 * '*', '_', '~', '(' (GFM's rule), and not inside a mark. */
static int url_may_start(const para *p, size_t i)
{
	const md_scratch *m = p->m;
	char c = i ? p->s[i - 1] : ' ';

	if (m->nops && m->ops[m->nops - 1].b > i)
		return 0;
	return is_ws((unsigned char)c) || c == '*' || c == '_' || c == '~' ||
	       c == '(';
}

/* A ':' at I: the end of "http", "https" or "ftp" before "//" and a
 * letter or digit starts a bare URL, kept whole. */
static size_t bare_url(para *p, size_t i)
{
	static const char *const schemes[] = { "http", "https", "ftp" };
	const char *s = p->s;
	size_t k = i;

	if (i + 3 >= p->n || s[i + 1] != '/' || s[i + 2] != '/' ||
	    !is_alnum((unsigned char)s[i + 3]))
		return i + 1;
	while (k > 0 && i - k < 5 && is_alpha((unsigned char)s[k - 1]))
		k--;
	for (int t = 0; t < 3; t++) {
		size_t len = strlen(schemes[t]), c = 0;

		if (i - k != len)
			continue;
		while (c < len && (s[k + c] | 0x20) == schemes[t][c])
			c++;
		if (c == len && url_may_start(p, k)) {
			size_t e = md_url_end(s, p->n, k);

			keep_address(p, k, e);
			return e > i ? e : i + 1;
		}
	}
	return i + 1;
}

/* A '.' at I: "www." and a letter or digit start a bare URL. */
static size_t bare_www(para *p, size_t i)
{
	const char *s = p->s;
	size_t e;

	if (i < 3 || i + 1 >= p->n || memcmp(s + i - 3, "www", 3) != 0 ||
	    !is_alnum((unsigned char)s[i + 1]) || !url_may_start(p, i - 3))
		return i + 1;
	e = md_url_end(s, p->n, i - 3);
	if (e <= i + 1)
		return i + 1;
	keep_address(p, i - 3, e);
	return e;
}

/* ---- Pass 1 ---------------------------------------------------------- */

/* The bytes that may start markup; the scan skips the rest. */
static const unsigned char special[256] = {
	['\\'] = 1, ['&'] = 1, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['~'] = 1,
	['['] = 1, [']'] = 1, ['!'] = 1, ['<'] = 1, [':'] = 1, ['.'] = 1,
};

static void scan(para *p, size_t i)
{
	const char *s = p->s;
	size_t n = p->n;

	while (i < n && !p->oom) {
		unsigned char c;

		/* Plain text, most of a paragraph, four bytes at a step. */
		while (i + 4 <= n && !(special[(unsigned char)s[i]] |
		                       special[(unsigned char)s[i + 1]] |
		                       special[(unsigned char)s[i + 2]] |
		                       special[(unsigned char)s[i + 3]]))
			i += 4;
		while (i < n && !special[(unsigned char)s[i]])
			i++;
		if (i == n)
			break;
		switch (c = (unsigned char)s[i]) {
		case '\\':
			p->escapes = 1;
			i += escaped(s, n, i) ? 2 : 1;
			break;
		case '&':
			p->escapes = 1;
			i++;
			break;
		case '`':
			i = code_span(p, i);
			break;
		case '*': case '_': case '~':
			i = delimiter(p, i);
			break;
		case '[':
			push(p, ST_BRACKET, add_op(p, i, i + 1, OP_OPEN));
			i++;
			break;
		case '!':
			if (i + 1 < n && s[i + 1] == '[') {
				push(p, ST_BRACKET, add_op(p, i, i + 2, OP_OPEN));
				i += 2;
			} else {
				i++;
			}
			break;
		case ']':
			i = close_bracket(p, i);
			break;
		case '<':
			i = angle(p, i);
			break;
		case ':':
			i = bare_url(p, i);
			break;
		default:                         /* '.' */
			i = bare_www(p, i);
			break;
		}
	}
}

/* ---- Pass 2 ---------------------------------------------------------- */

/* Where in the source the paragraph's text offset AT is (calls come in
 * increasing order: the segment is found by walking on). */
static size_t src(para *p, size_t at)
{
	const md_scratch *m = p->m;

	while (p->seg + 1 < m->nsegs && m->segs[p->seg + 1].buf <= at)
		p->seg++;
	{
		const md_seg *g = &m->segs[p->seg];
		size_t off = at - g->buf;

		return g->src + (off < g->len ? off : g->len);
	}
}

/* Reads the paragraph's text A..B verbatim, a line break between two
 * segments as white space. */
static void raw(para *p, size_t a, size_t b)
{
	const md_scratch *m = p->m;

	while (a < b) {
		const md_seg *g;
		size_t end, e;

		src(p, a);
		g = &m->segs[p->seg];
		end = g->buf + g->len;
		if (a >= end) {                  /* the line break after G */
			read_space(p->r, g->src + g->len,
			           p->seg + 1 < m->nsegs ? g[1].src : g->src + g->len);
			a = end + 1;
			continue;
		}
		e = b < end ? b : end;
		read_text(p->r, g->src + (a - g->buf), g->src + (e - g->buf));
		a = e;
	}
}

/* The character reference at S[I] ('&'), decoded into OUT; returns its
 * length, or 0 when none starts there.  Markdown's end in ';' and
 * have at most 7 decimal or 6 hexadecimal digits. */
static size_t reference(const char *s, size_t n, size_t i, char *out,
                        size_t *out_len)
{
	size_t len = char_reference(s + i, n - i, 0, out, out_len);

	if (len == 0 || s[i + len - 1] != ';')
		return 0;
	if (s[i + 1] == '#') {
		int hex = (s[i + 2] | 0x20) == 'x';

		if (len - 3 - (size_t)hex > (hex ? 6u : 7u))
			return 0;
	}
	return len;
}

/* Reads the text A..B: verbatim, but for backslash escapes (the
 * character escaped; before a line break, a hard break) and character
 * references (what they stand for). */
static void text(para *p, size_t a, size_t b)
{
	const char *s = p->s;
	size_t i = a, t = a, len, outlen;
	char out[8];

	if (!p->escapes) {
		raw(p, a, b);
		return;
	}
	while (i < b) {
		if (s[i] == '\\' && i + 1 < b &&
		    (is_punct((unsigned char)s[i + 1]) || s[i + 1] == '\n' ||
		     s[i + 1] == '\r')) {
			raw(p, t, i);
			if (s[i + 1] == '\n' || s[i + 1] == '\r')
				read_space(p->r, src(p, i), src(p, i + 1));
			else
				read_decoded(p->r, s + i + 1, 1, src(p, i), src(p, i + 2));
			i += 1 + (s[i + 1] != '\n' && s[i + 1] != '\r');
			t = i;
		} else if (s[i] == '&' &&
		           (len = reference(s, b, i, out, &outlen)) > 0) {
			raw(p, t, i);
			read_decoded(p->r, out, outlen, src(p, i), src(p, i + len));
			i += len;
			t = i;
		} else {
			i++;
		}
	}
	raw(p, t, b);
}

static void emit(para *p, size_t from)
{
	const md_scratch *m = p->m;
	size_t c = from;

	for (size_t k = 0; k < m->nops; k++) {
		const md_op *o = &m->ops[k];

		if (o->a > c)
			text(p, c, o->a);
		if (o->kind == OP_OPEN || o->kind == OP_RAW)
			raw(p, o->a, o->b);
		else if (o->kind == OP_SPACE)
			read_space(p->r, src(p, o->a), src(p, o->b));
		c = o->b;
	}
	if (c < p->n)
		text(p, c, p->n);
}

/* ---- The paragraph --------------------------------------------------- */

/* Sets P's text to LINES: the source itself when only white space
 * parts them (most paragraphs, list items' too), else a copy with a
 * line break between two lines.  Returns -1 when memory ran out. */
static int gather(para *p, const md_line *lines, size_t n)
{
	md_scratch *m = p->m;
	const char *source = p->r->source;
	size_t first = lines[0].src, end = lines[n - 1].src + lines[n - 1].len;
	size_t k, at = 0;

	for (k = 1; k < n; k++) {
		size_t i = lines[k - 1].src + lines[k - 1].len;

		while (i < lines[k].src && is_ws((unsigned char)source[i]))
			i++;
		if (i < lines[k].src)
			break;
	}
	m->nsegs = 0;
	if (k == n) {
		if (grow(&m->segs, &m->segs_cap, 1, sizeof *m->segs))
			return -1;
		m->segs[m->nsegs++] = (md_seg){ 0, first, end - first };
		p->s = source + first;
		p->n = end - first;
		return 0;
	}
	for (k = 0; k < n; k++)
		at += lines[k].len + 1;
	if (grow(&m->buf, &m->buf_cap, at, 1) ||
	    grow(&m->segs, &m->segs_cap, n, sizeof *m->segs))
		return -1;
	for (at = 0, k = 0; k < n; k++) {
		memcpy(m->buf + at, source + lines[k].src, lines[k].len);
		m->segs[m->nsegs++] = (md_seg){ at, lines[k].src, lines[k].len };
		at += lines[k].len;
		if (k + 1 < n)
			m->buf[at++] = '\n';
	}
	p->s = m->buf;
	p->n = at;
	return 0;
}

int md_read_inline(reading *r, md_scratch *m, const md_line *lines,
                   size_t n, enum block_kind kind, int defs)
{
	para p;
	size_t from, len0 = r->len;

	if (n == 0)
		return 0;
	memset(&p, 0, sizeof p);
	p.r = r;
	p.m = m;
	if (gather(&p, lines, n)) {
		r->oom = 1;
		return 0;
	}
	from = defs ? md_skip_definitions(p.s, p.n) : 0;
	from = skip_ws(p.s, p.n, from);
	if (from >= p.n)
		return 0;
	m->nops = 0;
	for (int k = ST_STAR; k <= ST_BRACKET; k++)
		m->depth[k] = 0;
	p.start = from;
	scan(&p, from);
	if (p.oom) {
		r->oom = 1;
		return 0;
	}
	block_open(r, kind, src(&p, from));
	p.seg = 0;
	emit(&p, from);
	return r->len > len0;
}

void md_scratch_free(md_scratch *m)
{
	free(m->buf);
	free(m->segs);
	free(m->ops);
	for (int k = 0; k < 4; k++)
		free(m->stack[k]);
	memset(m, 0, sizeof *m);
}
