/*
 * html.c - the HTML reader (read_html, see reading.h): a tokenizer and
 * tree builder after the WHATWG parsing rules that matter for reading a
 * page's text; extract.c then chooses the article and reads it out.
 *
 * The source is read once, front to back: memchr finds each '<', and
 * everything between two is text.  A tag's attributes are read up to
 * its '>', quotes respected; a tag that the end of the source cuts off
 * is dropped, as browsers drop it.  The tree is built as browsers build
 * it in the cases that move text: end tags implied by start tags (<p>,
 * <li>, <dd>, <td>, <tr>, <option>, a heading in a heading, <a> in <a>),
 * end tags that match nothing ignored, formatting end tags that would
 * close a block ignored (the adoption agency, roughly), scripts, styles
 * and the other raw-text elements read to their end tag (a script's
 * "<!--" escapes too), comments (an unterminated one runs to the end),
 * CDATA in SVG and MathML, and the HTML tags that break out of those.
 * Past HTML_MAX_DEPTH open elements, start tags are ignored (as Chrome
 * does past 512) and their text goes to the deepest element.
 */
#include "html.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"

#define MAX_HINT 512            /* bytes of a class or id that are read */

static int is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* A hash of a name, any case: how end tags of other elements match. */
static uint32_t name_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ ascii_lower((unsigned char)s[i])) * 16777619u;
	return h | 1;
}

/* ---- attributes ------------------------------------------------------ */

/* What a start tag's attributes say. */
struct attrs {
	size_t class_f, class_t, id_f, id_t;
	size_t content_f, content_t;
	int have_class, have_id, og_title, body, byline, role_drop;
	int hidden;                  /* 1: hidden or display:none, 2:
	                                aria-hidden, 4: visibility:hidden */
	int self_closing;
};

/* Whether S[F..T) is NAME (lower case), any case. */
static int is(const char *s, size_t f, size_t t, const char *name)
{
	size_t n = strlen(name);

	if (t - f != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[f + i]) != (unsigned char)name[i])
			return 0;
	return 1;
}

/* Whether S[F..T) holds NEEDLE (lower case), any case.  Only the first
 * MAX_HINT bytes are searched: a hint is short, an attribute may not be. */
static int holds(const char *s, size_t f, size_t t, const char *needle)
{
	size_t n = strlen(needle);

	if (t - f > MAX_HINT)
		t = f + MAX_HINT;
	for (size_t i = f; i + n <= t; i++) {
		size_t k = 0;

		while (k < n && ascii_lower((unsigned char)s[i + k]) == (unsigned char)needle[k])
			k++;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Whether a style S[F..T) hides its element, white space aside: 1 for
 * display:none, 4 for visibility:hidden alone (see N_INVISIBLE), 0 for
 * neither. */
static int style_hides(const char *s, size_t f, size_t t)
{
	char buf[MAX_HINT + 1];
	size_t n = 0;

	for (size_t i = f; i < t && n < MAX_HINT; i++)
		if (!is_markup_space((unsigned char)s[i]))
			buf[n++] = (char)ascii_lower((unsigned char)s[i]);
	buf[n] = '\0';
	return strstr(buf, "display:none") ? 1
	       : strstr(buf, "visibility:hidden") ? 4 : 0;
}

/* Notes attribute NAME = S[VF..VT) in A. */
static void attribute(const char *s, size_t nf, size_t nt, size_t vf,
                      size_t vt, struct attrs *a)
{
	if (is(s, nf, nt, "class") && !a->have_class) {
		a->have_class = 1;
		a->class_f = vf, a->class_t = vt;
	} else if (is(s, nf, nt, "id") && !a->have_id) {
		a->have_id = 1;
		a->id_f = vf, a->id_t = vt;
	} else if (is(s, nf, nt, "hidden")) {
		a->hidden = 1;
	} else if (is(s, nf, nt, "aria-hidden")) {
		a->hidden |= is(s, vf, vt, "true") ? 2 : 0;
	} else if (is(s, nf, nt, "style")) {
		a->hidden |= style_hides(s, vf, vt);
	} else if (is(s, nf, nt, "property") || is(s, nf, nt, "name")) {
		a->og_title |= is(s, vf, vt, "og:title");
	} else if (is(s, nf, nt, "content")) {
		a->content_f = vf, a->content_t = vt;
	} else if (is(s, nf, nt, "itemprop")) {
		a->body |= holds(s, vf, vt, "articlebody");
		a->byline |= holds(s, vf, vt, "author");
	} else if (is(s, nf, nt, "rel")) {
		a->byline |= is(s, vf, vt, "author");
	} else if (is(s, nf, nt, "role")) {
		static const char *const drop[] = { "menu", "menubar",
			"complementary", "navigation", "alert", "alertdialog",
			"dialog" };
		for (size_t i = 0; i < sizeof drop / sizeof *drop; i++)
			a->role_drop |= is(s, vf, vt, drop[i]);
	}
}

/* Reads the attributes of the tag whose name ends at S[I], into A (when
 * not NULL).  Returns the offset past its '>', or 0 when the source
 * ends inside the tag. */
static size_t attributes(const char *s, size_t n, size_t i, struct attrs *a)
{
	const unsigned char *u = (const unsigned char *)s;

	for (;;) {
		size_t nf, nt, vf = 0, vt = 0;

		while (i < n && (is_markup_space(u[i]) || u[i] == '/'))
			i++;
		if (i >= n)
			return 0;
		if (u[i] == '>') {
			if (a && u[i - 1] == '/')
				a->self_closing = 1;
			return i + 1;
		}
		nf = i++;              /* a name may start with '=' */
		while (i < n && !is_markup_space(u[i]) && u[i] != '/' && u[i] != '>' &&
		       u[i] != '=')
			i++;
		nt = i;
		while (i < n && is_markup_space(u[i]))
			i++;
		if (i < n && u[i] == '=') {
			i++;
			while (i < n && is_markup_space(u[i]))
				i++;
			if (i < n && (u[i] == '"' || u[i] == '\'')) {
				const char *q = memchr(s + i + 1, s[i], n - i - 1);

				if (!q)
					return 0;
				vf = i + 1;
				vt = (size_t)(q - s);
				i = vt + 1;
			} else {
				vf = i;
				while (i < n && !is_markup_space(u[i]) && u[i] != '>')
					i++;
				vt = i;
			}
		}
		if (a)
			attribute(s, nf, nt, vf, vt, a);
	}
}

/* The words of class names and ids that say what an element is, as
 * Readability reads them on the pages of the web (its regular
 * expressions, and cookie, subscribe, newsletter, advert): boilerplate
 * (H_NEG weighs -25, H_UNLIKELY removes unless an H_MAYBE word is
 * there too) or article text (H_POS, +25); an author's name; share
 * buttons; and the classes that syntax highlighters put on a <pre> of
 * code or on the element around it (H_CODE: Pygments' and Rouge's
 * "highlight", Prism's "language-", highlight.js's "hljs", MDN's
 * "brush:", Google's "prettyprint", pandoc's "sourceCode").  Sorted, for
 * finding the words that start with a byte. */
enum { H_NEG = 1, H_POS = 2, H_UNLIKELY = 4, H_MAYBE = 8, H_BYLINE = 16,
       H_SHARE = 32, H_CODE = 64 };
static const struct {
	char word[13];	/* in place, not a pointer the loader relocates */
	unsigned char len, what;
} hints[] = {
	{ "-ad-", 4, H_NEG | H_UNLIKELY },
	{ "ad-break", 8, H_UNLIKELY },
	{ "advert", 6, H_NEG },
	{ "agegate", 7, H_UNLIKELY },
	{ "ai2html", 7, H_UNLIKELY },
	{ "and", 3, H_MAYBE },
	{ "article", 7, H_POS | H_MAYBE },
	{ "author", 6, H_BYLINE },
	{ "banner", 6, H_NEG | H_UNLIKELY },
	{ "blog", 4, H_POS },
	{ "body", 4, H_POS | H_MAYBE },
	{ "breadcrumbs", 11, H_UNLIKELY },
	{ "brush", 5, H_CODE },
	{ "byline", 6, H_BYLINE },
	{ "code", 4, H_CODE },
	{ "column", 6, H_MAYBE },
	{ "com-", 4, H_NEG },
	{ "combx", 5, H_NEG | H_UNLIKELY },
	{ "comment", 7, H_NEG | H_UNLIKELY },
	{ "community", 9, H_UNLIKELY },
	{ "contact", 7, H_NEG },
	{ "content", 7, H_POS | H_MAYBE },
	{ "cookie", 6, H_NEG | H_UNLIKELY },
	{ "cover-wrap", 10, H_UNLIKELY },
	{ "dateline", 8, H_BYLINE },
	{ "disqus", 6, H_UNLIKELY },
	{ "entry", 5, H_POS },
	{ "extra", 5, H_UNLIKELY },
	{ "footer", 6, H_NEG | H_UNLIKELY },
	{ "gdpr", 4, H_NEG | H_UNLIKELY },
	{ "h-entry", 7, H_POS },
	{ "header", 6, H_UNLIKELY },
	{ "hentry", 6, H_POS },
	{ "hidden", 6, H_NEG },
	{ "highlight", 9, H_CODE },
	{ "hljs", 4, H_CODE },
	{ "lang", 4, H_CODE },
	{ "legends", 7, H_UNLIKELY },
	{ "main", 4, H_POS | H_MAYBE },
	{ "masthead", 8, H_NEG },
	{ "mathjax", 7, H_MAYBE },
	{ "media", 5, H_NEG },
	{ "menu", 4, H_UNLIKELY },
	{ "meta", 4, H_NEG },
	{ "newsletter", 10, H_NEG | H_UNLIKELY },
	{ "outbrain", 8, H_NEG },
	{ "p-author", 8, H_BYLINE },
	{ "page", 4, H_POS },
	{ "pager", 5, H_UNLIKELY },
	{ "pagination", 10, H_POS | H_UNLIKELY },
	{ "popup", 5, H_UNLIKELY },
	{ "post", 4, H_POS },
	{ "prettyprint", 11, H_CODE },
	{ "promo", 5, H_NEG },
	{ "related", 7, H_NEG | H_UNLIKELY },
	{ "remark", 6, H_UNLIKELY },
	{ "replies", 7, H_UNLIKELY },
	{ "rss", 3, H_UNLIKELY },
	{ "scroll", 6, H_NEG },
	{ "shadow", 6, H_MAYBE },
	{ "share", 5, H_NEG | H_SHARE },
	{ "shopping", 8, H_NEG },
	{ "shoutbox", 8, H_NEG | H_UNLIKELY },
	{ "sidebar", 7, H_NEG | H_UNLIKELY },
	{ "skyscraper", 10, H_NEG | H_UNLIKELY },
	{ "social", 6, H_UNLIKELY },
	{ "source", 6, H_CODE },
	{ "sponsor", 7, H_NEG | H_UNLIKELY },
	{ "story", 5, H_POS },
	{ "subscribe", 9, H_NEG },
	{ "supplemental", 12, H_UNLIKELY },
	{ "syntax", 6, H_CODE },
	{ "tags", 4, H_NEG },
	{ "text", 4, H_POS },
	{ "widget", 6, H_NEG },
	{ "writtenby", 9, H_BYLINE },
	{ "yom-remote", 10, H_UNLIKELY },
};
#define NHINTS (sizeof hints / sizeof hints[0])

/* What the words in S[F..T) (its first MAX_HINT bytes, any case) say:
 * the H_* bits of every hint word found in it. */
static unsigned hint_bits(const char *s, size_t f, size_t t)
{
	char buf[MAX_HINT];
	size_t n = t - f < MAX_HINT ? t - f : MAX_HINT;
	unsigned bits = 0;

	for (size_t i = 0; i < n; i++)
		buf[i] = (char)ascii_lower((unsigned char)s[f + i]);
	for (size_t i = 0; i < n; i++) {
		size_t lo = 0, hi = NHINTS;

		/* the first word that starts with buf[i] */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if ((unsigned char)hints[mid].word[0] < (unsigned char)buf[i])
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < NHINTS && hints[lo].word[0] == buf[i]; lo++)
			if (hints[lo].len <= n - i &&
			    memcmp(buf + i, hints[lo].word, hints[lo].len) == 0)
				bits |= hints[lo].what;
	}
	/* "hid" alone, as a whole class or id */
	if (n == 3 && memcmp(buf, "hid", 3) == 0)
		bits |= H_NEG;
	return bits;
}

/* Sets NODE's weight and flags from what its class and id say. */
static void class_hints(hnode *node, const char *s, const struct attrs *a)
{
	unsigned c = a->have_class ? hint_bits(s, a->class_f, a->class_t) : 0;
	unsigned i = a->have_id ? hint_bits(s, a->id_f, a->id_t) : 0;
	int weight = 0;

	weight += ((c & H_POS) != 0) - ((c & H_NEG) != 0);
	weight += ((i & H_POS) != 0) - ((i & H_NEG) != 0);
	node->weight = (int8_t)(weight * 25);
	c |= i;
	if ((c & H_UNLIKELY) && !(c & H_MAYBE))
		node->flags |= N_UNLIKELY;
	if (c & H_BYLINE)
		node->flags |= N_BYLINE;
	if (c & H_SHARE)
		node->flags |= N_SHARE;
	if (c & H_CODE)
		node->flags |= N_CODE_CLASS;
	if (a->have_class && a->class_t > a->class_f)
		node->klass = name_hash(s + a->class_f, a->class_t - a->class_f);
}

/* ---- the tree -------------------------------------------------------- */

struct open {
	uint32_t node;
	unsigned char tag;
	uint32_t hash;               /* of T_OTHER's name */
};

typedef struct {
	htree *t;
	struct open stack[HTML_MAX_DEPTH];
	size_t depth;
	uint32_t open[T_COUNT];      /* open elements of each tag */
	uint32_t other[64];          /* ... of T_OTHER, by hash */
	int foreign;                 /* open <svg> and <math> */
	int title_seen;
} builder;

static hnode *new_node(builder *b, unsigned tag, size_t from, size_t to)
{
	htree *t = b->t;
	const hnode *up = &t->nodes[b->stack[b->depth - 1].node];
	hnode *node;

	if (t->oom || t->count >= UINT32_MAX - 1)
		return NULL;
	if (grow_large(&t->nodes, &t->cap, t->count + 1, sizeof *t->nodes)) {
		t->oom = 1;
		return NULL;
	}
	node = &t->nodes[t->count];
	up = &t->nodes[b->stack[b->depth - 1].node];  /* nodes may move */
	memset(node, 0, sizeof *node);
	node->from = from;
	node->to = to;
	node->parent = b->stack[b->depth - 1].node;
	node->end = (uint32_t)t->count + 1;
	node->tag = (uint8_t)tag;
	node->flags = up->flags & (N_DEAD | N_LINK | N_TABLE | N_FIGURE | N_CODE |
	                           N_MATH | N_INVISIBLE);
	t->count++;
	return node;
}

/* Pops the open elements down to and including the one at depth K. */
static void pop_to(builder *b, size_t k)
{
	while (b->depth > k) {
		struct open *o = &b->stack[--b->depth];

		b->t->nodes[o->node].end = (uint32_t)b->t->count;
		b->open[o->tag]--;
		if (o->tag == T_OTHER)
			b->other[o->hash & 63]--;
		if (o->tag == T_SVG || o->tag == T_MATH)
			b->foreign--;
	}
}

/* The depth of the nearest open element of TAG (HASH for T_OTHER) not
 * behind a scope boundary, or 0.  STOP_BLOCKS: blocks other than div,
 * p and address are boundaries too (list items, definitions). */
static size_t find_open(const builder *b, unsigned tag, uint32_t hash,
                        int stop_blocks)
{
	if (b->open[tag] == 0 || (tag == T_OTHER && b->other[hash & 63] == 0))
		return 0;
	for (size_t k = b->depth - 1; k > 0; k--) {
		const struct open *o = &b->stack[k];
		unsigned f = tag_flags(o->tag);

		if (o->tag == tag && (tag != T_OTHER || o->hash == hash))
			return k;
		if (f & TF_SCOPE)
			return 0;
		if (stop_blocks && (f & TF_BLOCK) && o->tag != T_DIV &&
		    o->tag != T_P && o->tag != T_ADDRESS)
			return 0;
	}
	return 0;
}

/* Adds the text S[FROM..TO) to the open element. */
static void add_text(builder *b, size_t from, size_t to)
{
	htree *t = b->t;
	const unsigned char *u = (const unsigned char *)t->s;
	uint32_t parent = b->stack[b->depth - 1].node;
	hnode *last = t->count ? &t->nodes[t->count - 1] : NULL;
	uint32_t chars = 0, commas = 0;
	int space = 1;

	if (t->nodes[parent].flags & N_DEAD)
		return;
	for (size_t i = from; i < to; i++) {
		unsigned char c = u[i];

		if (is_markup_space(c)) {
			chars += !space;
			space = 1;
			continue;
		}
		space = 0;
		/* a character starts at each byte but continuation bytes
		 * (a stray one counts: text is text) */
		chars += (c & 0xC0) != 0x80 || i == from || u[i - 1] < 0x80;
		commas += c == ',' || (c == 0x8C && i >= from + 1 &&
		                       (u[i - 1] == 0xD8 || (u[i - 1] == 0xBC && i >= from + 2 &&
		                                             u[i - 2] == 0xEF)));
	}
	if (last && last->tag == T_TEXT && last->parent == parent &&
	    last->to == from) {
		last->to = to;
		last->chars += chars;
		last->commas += commas;
		return;
	}
	if ((last = new_node(b, T_TEXT, from, to)) != NULL) {
		last->chars = chars;
		last->commas = commas;
	}
}

/* Where TAG sits in a table: 1 a cell, 2 a row, 3 a row group or the
 * caption, 0 none. */
static unsigned table_rank(unsigned tag)
{
	switch (tag) {
	case T_TD: case T_TH: return 1;
	case T_TR: return 2;
	case T_TBODY: case T_THEAD: case T_TFOOT: case T_CAPTION: return 3;
	default: return 0;
	}
}

/* The end tags that start tag TAG implies. */
static void implied_ends(builder *b, unsigned tag)
{
	unsigned f = tag_flags(tag);
	size_t k;

	if ((f & TF_CLOSES_P) && (k = find_open(b, T_P, 0, 0)) != 0)
		pop_to(b, k);
	if (tag == T_LI && (k = find_open(b, T_LI, 0, 1)) != 0)
		pop_to(b, k);
	if ((tag == T_DD || tag == T_DT) &&
	    ((k = find_open(b, T_DD, 0, 1)) != 0 || (k = find_open(b, T_DT, 0, 1)) != 0))
		pop_to(b, k);
	if ((f & TF_HEADING) && (tag_flags(b->stack[b->depth - 1].tag) & TF_HEADING))
		pop_to(b, b->depth - 1);
	if (tag == T_A && (k = find_open(b, T_A, 0, 0)) != 0)
		pop_to(b, k);
	if (tag == T_OPTION || tag == T_OPTGROUP) {
		if (b->stack[b->depth - 1].tag == T_OPTION)
			pop_to(b, b->depth - 1);
		if (tag == T_OPTGROUP && b->stack[b->depth - 1].tag == T_OPTGROUP)
			pop_to(b, b->depth - 1);
	}
	if (table_rank(tag)) {
		/* Close the cells, rows or sections (up to TAG's rank) open
		 * in the nearest table. */
		size_t last = 0;

		for (k = b->depth - 1; k > 0 && b->stack[k].tag != T_TABLE; k--) {
			unsigned r = table_rank(b->stack[k].tag);

			if (r && r <= table_rank(tag))
				last = k;
			else if (tag_flags(b->stack[k].tag) & TF_SCOPE)
				break;
		}
		if (last)
			pop_to(b, last);
	}
}

/* The HTML start tags that end SVG and MathML content. */
static int breaks_out(unsigned tag)
{
	switch (tag) {
	case T_B: case T_BIG: case T_BLOCKQUOTE: case T_BODY: case T_BR:
	case T_CENTER: case T_CODE: case T_DD: case T_DIV: case T_DL:
	case T_DT: case T_EM: case T_EMBED: case T_H1: case T_H2: case T_H3:
	case T_H4: case T_H5: case T_H6: case T_HEAD: case T_HR: case T_I:
	case T_IMG: case T_LI: case T_LISTING: case T_MENU: case T_META:
	case T_OL: case T_P: case T_PRE: case T_S: case T_SMALL:
	case T_STRIKE: case T_STRONG: case T_TABLE: case T_TT: case T_U:
	case T_UL:
		return 1;
	default:
		return 0;
	}
}

/* The first byte of the end tag </NAME> (NAME[0..LEN), any case, then
 * white space, '/' or '>') in S[I..N), or N. */
static size_t find_end_tag(const char *s, size_t n, size_t i,
                           const char *name, size_t len)
{
	const char *lt;

	while (i < n && (lt = memchr(s + i, '<', n - i)) != NULL) {
		size_t k = (size_t)(lt - s), j = 0;

		if (k + 2 + len <= n && s[k + 1] == '/')
			while (j < len && ascii_lower((unsigned char)s[k + 2 + j]) ==
			                      ascii_lower((unsigned char)name[j]))
				j++;
		if (j == len && len && 
		    (k + 2 + len == n || is_markup_space((unsigned char)s[k + 2 + len]) ||
		     s[k + 2 + len] == '/' || s[k + 2 + len] == '>'))
			return k;
		i = k + 1;
	}
	return n;
}

/* The end of a script's text from S[I]: its </script>, not counting one
 * inside "<!--" ... "-->" after a "<script" (the escapes of the script
 * data states). */
static size_t script_end(const char *s, size_t n, size_t i)
{
	int state = 0;                /* 0 data, 1 escaped, 2 double-escaped */

	for (; i < n; i++) {
		if (s[i] == '-' && state && i + 2 < n && s[i + 1] == '-' &&
		    s[i + 2] == '>') {
			state = 0;
			i += 2;
		} else if (s[i] != '<') {
			continue;
		} else if (!state && i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
			state = 1;
			i += 3;
		} else if (find_end_tag(s, i + 9 < n ? i + 9 : n, i, "script", 6) == i) {
			if (state != 2)
				return i;
			state = 1;
		} else if (state == 1 && i + 7 < n && is(s, i + 1, i + 7, "script") &&
		           (is_markup_space((unsigned char)s[i + 7]) || s[i + 7] == '/' ||
		            s[i + 7] == '>')) {
			state = 2;
		}
	}
	return n;
}

/* A start tag's element: the tag TAG (named S[FROM + 1..NAME_END)),
 * from S[FROM] to S[TO], with attributes A.  Returns where reading goes
 * on. */
static size_t element(builder *b, unsigned tag, size_t name_end, size_t from,
                      size_t to, const struct attrs *a)
{
	htree *t = b->t;
	const char *s = t->s;
	unsigned f = tag_flags(tag);
	uint32_t hash = name_hash(s + from + 1, name_end - from - 1);
	hnode *node;

	if (b->foreign && breaks_out(tag)) {
		size_t k = 1;

		/* out of the outermost <svg> or <math> */
		while (k < b->depth && b->stack[k].tag != T_SVG && b->stack[k].tag != T_MATH)
			k++;
		pop_to(b, k);
	}
	if (b->foreign) {
		f = 0;           /* foreign content: elements, nothing more */
		tag = tag == T_SVG || tag == T_MATH ? tag : T_OTHER;
	}
	if (tag == T_HTML || tag == T_HEAD || tag == T_BODY)
		return to;
	if (tag == T_META) {
		if (a->og_title && !t->og_to && a->content_t > a->content_f) {
			t->og_from = a->content_f;
			t->og_to = a->content_t;
		}
		return to;
	}
	if (!b->foreign)
		implied_ends(b, tag);
	if ((f & TF_VOID) && tag != T_BR && tag != T_HR && tag != T_IMG &&
	    tag != T_INPUT && tag != T_EMBED)
		return to;
	node = b->depth < HTML_MAX_DEPTH ? new_node(b, tag, from, to) : NULL;
	if (node) {
		class_hints(node, s, a);
		if ((f & TF_DROP) || (a->hidden & 3) || a->role_drop)
			node->flags |= N_DEAD;
		if (a->hidden & 4)
			node->flags |= N_INVISIBLE;
		if (a->hidden == 2 && a->have_class &&
		    holds(s, a->class_f, a->class_t, "fallback-image"))
			node->flags &= ~N_DEAD;
		if (a->hidden)
			node->flags |= N_HIDDEN;
		if (a->body)
			node->flags |= N_BODY;
		if (a->byline)
			node->flags |= N_BYLINE;
		node->flags |= tag == T_A ? N_LINK : tag == T_TABLE ? N_TABLE :
		               tag == T_FIGURE ? N_FIGURE :
		               tag == T_CODE || tag == T_PRE ? N_CODE :
		               tag == T_MATH ? N_MATH : 0;
		if (!(f & TF_VOID) && !(b->foreign && a->self_closing) &&
		    !(f & TF_RAW)) {
			b->stack[b->depth++] = (struct open){
				(uint32_t)(node - t->nodes), (unsigned char)tag, hash };
			b->open[tag]++;
			b->other[hash & 63] += tag == T_OTHER;
			b->foreign += tag == T_SVG || tag == T_MATH;
		}
	}
	if (!(f & TF_RAW)) {
		if (tag == T_PLAINTEXT) {
			add_text(b, to, t->n);
			return t->n;
		}
		return to;
	}
	{
		size_t end = tag == T_SCRIPT ? script_end(s, t->n, to)
		             : find_end_tag(s, t->n, to, s + from + 1,
		                            name_end - from - 1);
		if (tag == T_TITLE && !b->title_seen) {
			b->title_seen = 1;
			t->title_from = to;
			t->title_to = end;
		}
		return end;
	}
}

/* The end of a comment whose text starts at S[I] (after "<!--"): past
 * its "-->" or "--!>", or N when none comes. */
static size_t comment_end(const char *s, size_t n, size_t i)
{
	const char *gt;
	size_t k = i;

	if (k < n && s[k] == '>')                     /* <!--> */
		return k + 1;
	if (k + 1 < n && s[k] == '-' && s[k + 1] == '>')   /* <!---> */
		return k + 2;
	while (k < n && (gt = memchr(s + k, '>', n - k)) != NULL) {
		size_t g = (size_t)(gt - s);

		if (g >= i + 2 && s[g - 1] == '-' && s[g - 2] == '-')
			return g + 1;
		if (g >= i + 3 && s[g - 1] == '!' && s[g - 2] == '-' && s[g - 3] == '-')
			return g + 1;
		k = g + 1;
	}
	return n;
}

/* The markup that starts at S[I] == '<'.  Returns where reading goes on. */
static size_t markup(builder *b, size_t i)
{
	htree *t = b->t;
	const char *s = t->s;
	size_t n = t->n, k = i + 1;
	const unsigned char *u = (const unsigned char *)s;

	if (k < n && is_alpha(u[k])) {                /* a start tag */
		struct attrs a;
		size_t name_end;

		while (k < n && !is_markup_space(u[k]) && u[k] != '/' && u[k] != '>')
			k++;
		name_end = k;
		memset(&a, 0, sizeof a);
		if ((k = attributes(s, n, k, &a)) == 0)
			return n;          /* cut off by the end: no tag */
		return element(b, tag_named(s + i + 1, name_end - i - 1),
		               name_end, i, k, &a);
	}
	if (k + 1 < n && s[k] == '/' && is_alpha(u[k + 1])) {  /* an end tag */
		size_t f = k + 1, name_end, at;
		unsigned tag;

		k = f;
		while (k < n && !is_markup_space(u[k]) && u[k] != '/' && u[k] != '>')
			k++;
		name_end = k;
		tag = tag_named(s + f, k - f);
		if ((k = attributes(s, n, k, NULL)) == 0)
			return n;
		if (b->foreign)
			tag = tag == T_SVG || tag == T_MATH ? tag : T_OTHER;
		if (tag == T_BR) {
			struct attrs a;

			memset(&a, 0, sizeof a);
			return element(b, T_BR, f + 2, i, k, &a);
		}
		at = find_open(b, tag, tag == T_OTHER ? name_hash(s + f, name_end - f) : 0, 0);
		/* The end tag of an element that is no block closes no
		 * block: it is ignored (the spec's "special" elements). */
		if (at && ((tag_flags(tag) & TF_INLINE) || tag == T_SPAN || tag == T_OTHER))
			for (size_t j = at + 1; j < b->depth; j++)
				if (tag_flags(b->stack[j].tag) & TF_BLOCK)
					return k;
		if (at)
			pop_to(b, at);
		return k;
	}
	if (k < n && s[k] == '!') {
		if (k + 2 < n && s[k + 1] == '-' && s[k + 2] == '-')
			return comment_end(s, n, k + 3);
		if (b->foreign && n - k >= 8 && memcmp(s + k, "![CDATA[", 8) == 0) {
			for (k += 8; k + 2 < n; k++)
				if (s[k] == ']' && s[k + 1] == ']' && s[k + 2] == '>')
					return k + 3;
			return n;
		}
	}
	if (k < n && (s[k] == '!' || s[k] == '?' || s[k] == '/')) {
		/* a doctype, a processing instruction, "</>" or another
		 * bogus comment: up to the next '>' */
		const char *gt = memchr(s + k, '>', n - k);

		return gt ? (size_t)(gt - s) + 1 : n;
	}
	add_text(b, i, i + 1);                        /* a plain '<' */
	return i + 1;
}

int html_tree(htree *t, const char *s, size_t n)
{
	builder *b = calloc(1, sizeof *b);
	size_t i = 0;

	memset(t, 0, sizeof *t);
	t->s = s;
	t->n = n;
	if (!b || grow_large(&t->nodes, &t->cap, 1, sizeof *t->nodes)) {
		free(b);
		t->oom = 1;
		return -1;
	}
	memset(&t->nodes[0], 0, sizeof t->nodes[0]);
	t->nodes[0].tag = T_ROOT;
	t->count = 1;
	b->t = t;
	b->stack[0] = (struct open){ 0, T_ROOT, 0 };
	b->depth = 1;
	while (i < n && !t->oom) {
		const char *lt = memchr(s + i, '<', n - i);
		size_t j = lt ? (size_t)(lt - s) : n;

		if (j > i)
			add_text(b, i, j);
		i = j < n ? markup(b, j) : n;
	}
	pop_to(b, 0);
	t->nodes[0].end = (uint32_t)t->count;
	free(b);
	return t->oom ? -1 : 0;
}

void html_read_text(reading *r, size_t from, size_t to, int in_attribute)
{
	const char *s = r->source;

	while (from < to) {
		const char *amp = memchr(s + from, '&', to - from);
		size_t k = amp ? (size_t)(amp - s) : to, len, used;
		char out[8];

		if (k > from)
			read_text(r, from, k);
		if (k >= to)
			break;
		used = char_reference(s + k, to - k, in_attribute, out, &len);
		if (used) {
			read_decoded(r, out, len, k, k + used);
			from = k + used;
		} else {
			read_text(r, k, k + 1);
			from = k + 1;
		}
	}
}

int read_html(reading *r)
{
	htree t;

	if (html_tree(&t, r->source, r->source_len) == 0)
		html_extract(&t, r);
	else
		r->oom = 1;
	free_large(t.nodes, t.cap, sizeof *t.nodes);
	return reading_end(r);
}
