/*
 * title.c - the title of a page (see extract.h): og:title, else the
 * <title> without a " | Site" suffix that the first h1 confirms, else
 * the first h1; and whether a heading of the article repeats it.
 */
#include "extract.h"

#include <string.h>

/* Ends TMP, a reading of some words, into BUF: their first WORDS_MAX
 * bytes, ASCII lower-cased (empty when memory ran out); frees TMP. */
static void take_words(reading *tmp, char *buf)
{
	size_t n = 0;

	if (reading_end(tmp) == 0) {
		n = tmp->len < WORDS_MAX ? tmp->len : WORDS_MAX;
		for (size_t k = 0; k < n; k++)
			buf[k] = (char)ascii_lower((unsigned char)tmp->text[k]);
	}
	buf[n] = '\0';
	reading_free(tmp);
}

/* The text of node I's subtree (I a text node: its own), decoded,
 * lower-cased (ASCII), at most WORDS_MAX bytes, into BUF. */
static void node_words(const htree *t, const nstat *st, size_t i, char *buf)
{
	reading tmp;
	size_t end = t->nodes[i].tag == T_TEXT ? i + 1 : t->nodes[i].end;

	reading_begin(&tmp, t->s, t->n);
	for (size_t k = i; k < end && tmp.len < WORDS_MAX; k++)
		if (t->nodes[k].tag == T_TEXT && !st[k].gone)
			html_read_text(&tmp, t->nodes[k].from, t->nodes[k].to, 0);
	take_words(&tmp, buf);
}

/* The same for the source bytes FROM..TO (an attribute's when ATTR). */
static void range_words(const htree *t, size_t from, size_t to, int attr,
                        char *buf)
{
	reading tmp;

	reading_begin(&tmp, t->s, t->n);
	html_read_text(&tmp, from, to < from + 4 * WORDS_MAX ? to : from + 4 * WORDS_MAX,
	               attr);
	take_words(&tmp, buf);
}

static int word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       c == '_';
}

/* Whether the word S[0..N) is one of TEXT's. */
static int has_word(const char *text, const char *s, size_t n)
{
	for (const char *p = text; *p;) {
		size_t k = 0;

		while (*p && !word_byte((unsigned char)*p))
			p++;
		while (word_byte((unsigned char)p[k]))
			k++;
		if (k == n && k && memcmp(p, s, n) == 0)
			return 1;
		p += k;
	}
	return 0;
}

/* How much of B's words A has, as Readability measures it: 1 less the
 * length of B's words not in A over the length of all of B's. */
static float similarity(const char *a, const char *b)
{
	size_t all = 0, missing = 0;

	for (const char *p = b; *p;) {
		size_t k = 0;

		while (*p && !word_byte((unsigned char)*p))
			p++;
		while (word_byte((unsigned char)p[k]))
			k++;
		if (k) {
			all += k + 1;
			missing += has_word(a, p, k) ? 0 : k + 1;
		}
		p += k;
	}
	return all ? 1 - (float)missing / (float)all : 0;
}


/* The first h1 left, or 0. */
static size_t first_h1(const htree *t, const nstat *st)
{
	for (size_t i = 1; i < t->count; i++)
		if (t->nodes[i].tag == T_H1 && !st[i].gone && st[i].text)
			return i;
	return 0;
}

/* The end of the <title> without a " | Site" suffix, when the first h1
 * confirms that the title is the part before it; else the title's end. */
static size_t title_cut(const htree *t, const nstat *st)
{
	static const char *const seps[] = { " | ", " - ", " \342\200\223 ",
		" \342\200\224 ", " :: ", " \302\273 ", " \302\267 ", NULL };
	size_t h1 = first_h1(t, st), best = 0;
	char head[WORDS_MAX + 1], part[WORDS_MAX + 1];

	if (!h1)
		return t->title_to;
	for (size_t i = t->title_from; i < t->title_to; i++)
		for (size_t k = 0; seps[k]; k++) {
			size_t n = strlen(seps[k]);

			if (i + n <= t->title_to && memcmp(t->s + i, seps[k], n) == 0)
				best = i;
		}
	if (!best)
		return t->title_to;
	node_words(t, st, h1, head);
	range_words(t, t->title_from, best, 0, part);
	return similarity(head, part) == 1 && similarity(part, head) == 1
	       ? best : t->title_to;
}

/* Chooses the title block: og:title, else the <title>, else the first
 * h1; none that comes after the article's start AT. */
void find_title(const htree *t, const nstat *st, size_t at,
                struct title *ti)
{
	memset(ti, 0, sizeof *ti);
	if (t->og_to)
		range_words(t, t->og_from, t->og_to, 1, ti->og);
	if (t->title_to > t->title_from)
		range_words(t, t->title_from, t->title_to, 0, ti->page);
	if (t->og_to && t->og_to <= at && ti->og[0]) {
		ti->from = t->og_from, ti->to = t->og_to, ti->attr = 1;
	} else if (t->title_to > t->title_from && t->title_to <= at && ti->page[0]) {
		ti->from = t->title_from, ti->to = title_cut(t, st);
	} else {
		ti->h1 = first_h1(t, st);
	}
}

/* Whether heading I repeats the title (Readability: 3/4 of its words). */
int repeats_title(const htree *t, const nstat *st, size_t i,
                  const struct title *ti)
{
	char head[WORDS_MAX + 1];

	if (i == ti->h1)
		return 1;
	node_words(t, st, i, head);
	return (ti->og[0] && similarity(ti->og, head) > 0.75f) ||
	       (ti->page[0] && similarity(ti->page, head) > 0.75f);
}

/* Reads heading I as the title block. */
void read_title_h1(const htree *t, const nstat *st, size_t i, reading *r)
{
	block_open(r, BLOCK_TITLE, t->nodes[i].from);
	for (size_t k = i + 1; k < t->nodes[i].end; k++) {
		const hnode *node = &t->nodes[k];

		if (st[k].gone)
			k = node->tag == T_TEXT ? k : node->end - 1;
		else if (node->tag == T_TEXT)
			html_read_text(r, node->from, node->to, 0);
		else if (node->tag == T_BR)
			read_space(r, node->from, node->to);
	}
	block_close(r);
}
