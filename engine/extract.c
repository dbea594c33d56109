/*
 * extract.c - the article of a page (html_extract, see html.h): which
 * of the tree's text is the article, read out block by block.
 *
 * The choice is Readability's (Mozilla's reader view), the rules that
 * the pages of the web have taught it, on html.c's light tree, searched
 * first within the element the markup calls the article:
 *
 *  0. The one element the microdata calls the articleBody (if it holds
 *     the story, not only its first part), else the <article> around
 *     the page's h1, else the <article> that holds most of the text of
 *     all of them, else the one <main>: a short story there is not
 *     outscored by a column of notices beside it, nor are teasers and
 *     comments that share its parent taken with it.  When little is
 *     there (an <article> that holds only the headline), the whole page
 *     is searched.
 *  1. Gone are what is never article text (scripts, navigation, asides,
 *     forms, footers, hidden elements, menus and dialogs by their role)
 *     and what the class or id calls boilerplate (comments, sidebars,
 *     share and cookie boxes ... unless it also says article or content),
 *     and the first byline.
 *  2. Every paragraph of 25 characters or more (a p, pre, td, section,
 *     a heading below h1, a div of text, a run between two pairs of line
 *     breaks) scores 1, one more for each comma and each 100 characters
 *     (3 at most); its parent gains the score, its grandparent half, the
 *     levels above a third of it per level, up to five.  An element
 *     first scored starts from what its tag (a div +5, a list -3, a
 *     heading -5) and its class and id (+-25 each) say.
 *  3. Scores shrink by the share of text in links; the best is the
 *     article, or an ancestor that most of the near-best share, or a
 *     parent that scores better still; then its siblings that score a
 *     fifth of it, share its class, or are paragraphs of prose.
 *  4. Within the article, tables, lists and divs that look like link
 *     lists, image galleries or forms are left out (a "conditional
 *     clean"), and so are headings whose class is boilerplate, share
 *     boxes, the headings that repeat the title, and (beyond
 *     Readability) lines that point to another page ("Read more: ..."),
 *     ads' labels and lines that date the story.
 *
 * Everything is a loop over the node array: children follow their
 * parent, so a backward pass sums up subtrees and a forward one walks
 * them, and no walk recurses.
 */
#include "extract.h"
#include "doc.h"
#include "../summarize.h"

#include <stdlib.h>
#include <string.h>

/* What an attempt leaves out (Readability's flags): the first attempt
 * all, and when it finds less than ENOUGH characters, again with less. */
enum {
	X_STRIP_UNLIKELY = 1,        /* boilerplate by class or id is gone */
	X_WEIGHT = 2,                /* class and id weigh */
	X_CLEAN = 4,                 /* the conditional clean */
	X_INVISIBLE = 8              /* what visibility:hidden hides is kept */
};
#define ENOUGH 500
#define MARKED_ENOUGH 200    /* ... in what the markup calls the article,
                                in two paragraphs or more: an <article>
                                that holds only the headline, the byline
                                and a standfirst holds one or none */

/* ---- what is gone, and the sums of what is left ------------------ */

static int removable(const hnode *node, int *byline_seen, unsigned fl)
{
	unsigned f = node->flags;

	if ((f & N_DEAD) || ((f & N_INVISIBLE) && !(fl & X_INVISIBLE)))
		return 1;
	if ((fl & X_STRIP_UNLIKELY) && (f & N_UNLIKELY) && node->tag != T_A &&
	    !(f & (N_TABLE | N_CODE)) && node->tag != T_TABLE)
		return 1;
	if ((f & N_BYLINE) && !*byline_seen && node->tag != T_ROOT) {
		*byline_seen = 1;
		return 2;         /* when its text is short: see sums */
	}
	return 0;
}

/* Whether node A is an ancestor of node I (or I itself). */
static int contains(const htree *t, size_t a, size_t i)
{
	return a <= i && i < t->nodes[a].end;
}

static void sums(const htree *t, nstat *st, unsigned fl, size_t scope)
{
	int byline_seen = 0;

	for (size_t i = 1; i < t->count; i++) {
		const hnode *node = &t->nodes[i];
		int r = node->tag == T_TEXT ? 0 : removable(node, &byline_seen, fl);

		st[i].gone = st[node->parent].gone || r == 1 ||
		             !(contains(t, scope, i) || contains(t, i, scope));
		st[i].keep = r == 2;          /* a byline, decided below */
	}
	for (size_t i = t->count; i-- > 1;) {
		const hnode *node = &t->nodes[i];
		nstat *s = &st[i], *up = &st[node->parent];
		unsigned f = tag_flags(node->tag);

		if (s->gone)
			continue;
		if (s->keep) {                 /* the byline: gone if short */
			s->keep = 0;
			if (s->text < 100) {
				s->gone = 1;
				continue;
			}
		}
		if (node->tag == T_TEXT) {
			s->text = s->inline_text = node->chars;
			s->commas = node->commas;
			s->link = node->flags & N_LINK ? node->chars : 0;
		}
		s->p += node->tag == T_P;
		s->img += node->tag == T_IMG;
		s->li += node->tag == T_LI;
		s->input += node->tag == T_INPUT;
		s->embed += node->tag == T_EMBED || node->tag == T_OBJECT ||
		            node->tag == T_IFRAME;
		s->table_marks += node->tag == T_TH || node->tag == T_CAPTION ||
		                  node->tag == T_THEAD || node->tag == T_TFOOT;
		s->rows += node->tag == T_TR;
		if (node->tag == T_UL || node->tag == T_OL)
			s->list_text = s->text;
		if (node->tag == T_TIME)
			s->time_text = s->text;
		up->text += s->text;
		up->link += s->link;
		up->commas += s->commas;
		up->list_text += s->list_text;
		up->time_text += s->time_text;
		up->p += s->p, up->img += s->img, up->li += s->li;
		up->input += s->input, up->embed += s->embed;
		up->table_marks += s->table_marks, up->rows += s->rows;
		if (node->tag != T_TEXT)
			up->kids += up->kids < UINT16_MAX;
		if (f & TF_BLOCK)
			up->has_block = 1;
		else
			up->inline_text += s->inline_text;
		up->has_code |= s->has_code || node->tag == T_CODE;
	}
}

/* ---- scores -------------------------------------------------------- */

static float link_density(const nstat *s)
{
	return s->text ? (float)s->link / (float)s->text : 0;
}

/* Gives node I its starting score, once. */
static void initialize(const htree *t, nstat *st, size_t i, unsigned fl)
{
	float base = 0;

	if (st[i].scored)
		return;
	switch (t->nodes[i].tag) {
	case T_DIV: base = 5; break;
	case T_PRE: case T_TD: case T_BLOCKQUOTE: base = 3; break;
	case T_ADDRESS: case T_OL: case T_UL: case T_DL: case T_DD: case T_DT:
	case T_LI: case T_FORM: base = -3; break;
	case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
	case T_TH: base = -5; break;
	default: break;
	}
	st[i].score = base + (fl & X_WEIGHT ? t->nodes[i].weight : 0);
	st[i].scored = 1;
}

/* Whether node I is a paragraph that scores (rule 2), and its text. */
static int paragraph(const htree *t, const nstat *st, size_t i, uint32_t *len)
{
	switch (t->nodes[i].tag) {
	case T_P: case T_PRE: case T_TD: case T_SECTION: case T_H2: case T_H3:
	case T_H4: case T_H5: case T_H6:
		*len = st[i].text;
		return 1;
	case T_DIV:
		*len = st[i].inline_text;
		return 1;
	default:
		return 0;
	}
}

/* Whether the <br> at node I has another right after it, with nothing
 * but white space between: two line breaks in a row part paragraphs on
 * pages written without <p>, as a blank line does in plain text. */
static int br_pair(const htree *t, size_t i)
{
	for (size_t k = i + 1; k < t->count; k++) {
		const hnode *n = &t->nodes[k];
		if (n->tag == T_BR)
			return 1;
		if (n->tag != T_TEXT)
			return 0;
		for (size_t j = n->from; j < n->to; j++)
			if (!is_markup_space((unsigned char)t->s[j]))
				return 0;
	}
	return 0;
}

/* Adds the score of a paragraph of LEN characters with COMMAS commas
 * to its parent A and, less, to four levels above. */
static void credit(const htree *t, nstat *st, size_t a, uint32_t len,
                   uint32_t commas, unsigned fl)
{
	float score = 1 + (float)commas + (float)(len < 300 ? len / 100 : 3);

	for (int level = 0; level < 5 && a != 0; level++) {
		int part = level == 0 ? 1 : level == 1 ? 2 : level * 3;

		initialize(t, st, a, fl);
		st[a].score += score / (float)part;
		a = t->nodes[a].parent;
	}
}

/* Whether element I parts its text into paragraphs by pairs of line
 * breaks, as pages written without <p> do. */
static int parted_by_breaks(const htree *t, const nstat *st, size_t i)
{
	for (size_t k = i + 1; k < t->nodes[i].end; k = t->nodes[k].end)
		if (t->nodes[k].tag == T_BR && !st[k].gone && br_pair(t, k))
			return 1;
	return 0;
}

/* Scores the paragraphs that pairs of line breaks part in element I,
 * I their parent (Readability makes them <p>s first): the runs of its
 * text and inline elements between two pairs, or a block.  Returns how
 * many there are. */
static size_t score_runs(const htree *t, nstat *st, size_t i, unsigned fl)
{
	uint32_t len = 0, commas = 0;
	size_t runs = 0;

	for (size_t k = i + 1;; k = t->nodes[k].end) {
		int end = k >= t->nodes[i].end;
		unsigned tag = end ? T_TEXT : t->nodes[k].tag;

		if (end || (tag == T_BR && br_pair(t, k)) ||
		    (tag_flags(tag) & TF_BLOCK)) {
			if (len >= 25) {
				credit(t, st, i, len, commas, fl);
				runs++;
			}
			len = commas = 0;
			if (end)
				return runs;
		} else if (!st[k].gone) {
			len += st[k].text;
			commas += st[k].commas;
		}
	}
}

static size_t score_paragraphs(const htree *t, nstat *st, unsigned fl)
{
	size_t paragraphs = 0;

	for (size_t i = 1; i < t->count; i++) {
		const hnode *node = &t->nodes[i];
		int runs;
		size_t parent;
		uint32_t len;

		if (st[i].gone || node->tag == T_TEXT)
			continue;
		runs = node->tag != T_P &&
		       !(tag_flags(node->tag) & TF_HEADING) &&
		       parted_by_breaks(t, st, i);
		if (runs)
			paragraphs += score_runs(t, st, i, fl);
		/* A div or a cell so parted is no paragraph itself. */
		if ((runs && (node->tag == T_DIV || node->tag == T_TD)) ||
		    !paragraph(t, st, i, &len) || len < 25)
			continue;
		/* A div with blocks in it holds its text as paragraphs of
		 * its own: it is their parent. */
		parent = node->tag == T_DIV && st[i].has_block ? i : node->parent;
		credit(t, st, parent, len, st[i].commas, fl);
		paragraphs++;
	}
	return paragraphs;
}

/* Rule 3: the article's top node (0: the whole page). */
static size_t top_candidate(const htree *t, nstat *st, unsigned fl,
                            size_t scope)
{
	enum { NTOP = 5 };
	size_t top[NTOP] = { 0 }, ntop = 0, best, parent;
	float last, threshold;

	for (size_t i = 1; i < t->count; i++) {
		size_t k;

		if (!st[i].scored || st[i].gone || !contains(t, scope, i))
			continue;
		st[i].score *= 1 - link_density(&st[i]);
		for (k = ntop; k > 0 && st[top[k - 1]].score < st[i].score; k--)
			if (k < NTOP)
				top[k] = top[k - 1];
		if (k < NTOP) {
			top[k] = i;
			ntop += ntop < NTOP;
		}
	}
	if (ntop == 0)
		return 0;
	best = top[0];
	/* An ancestor that three of the near-best share is the article. */
	for (parent = t->nodes[best].parent;
	     parent != 0 && contains(t, scope, parent);
	     parent = t->nodes[parent].parent) {
		int sharing = 0;

		for (size_t k = 1; k < ntop; k++)
			sharing += st[top[k]].score >= 0.75f * st[best].score &&
			           contains(t, parent, top[k]);
		if (sharing >= 3) {
			best = parent;
			initialize(t, st, best, fl);
			break;
		}
	}
	/* A parent that scores better than its child is the article. */
	last = st[best].score;
	threshold = last / 3;
	for (parent = t->nodes[best].parent;
	     parent != 0 && contains(t, scope, parent);
	     parent = t->nodes[parent].parent) {
		if (!st[parent].scored)
			continue;
		if (st[parent].score < threshold)
			break;
		if (st[parent].score > last) {
			best = parent;
			break;
		}
		last = st[parent].score;
	}
	while (best != scope && t->nodes[best].parent != 0 &&
	       st[t->nodes[best].parent].kids == 1)
		best = t->nodes[best].parent;
	return best;
}

/* Whether the text of node I has a sentence end: ". " or a final '.'. */
static int has_sentence_end(const htree *t, const nstat *st, size_t i)
{
	for (size_t k = i + 1; k < t->nodes[i].end; k++) {
		const hnode *node = &t->nodes[k];

		if (node->tag != T_TEXT || st[k].gone)
			continue;
		for (size_t j = node->from; j < node->to; j++)
			if (t->s[j] == '.' && (j + 1 == node->to || t->s[j + 1] == ' '))
				return 1;
	}
	return 0;
}

/* Rule 3's siblings: marks in CHOSEN the nodes whose subtrees are the
 * article. */
static void choose(const htree *t, nstat *st, size_t best, uint8_t *chosen)
{
	size_t parent = t->nodes[best].parent;
	float threshold = st[best].score * 0.2f;

	if (best == 0) {
		chosen[0] = 1;
		return;
	}
	if (threshold < 10)
		threshold = 10;
	for (size_t i = parent + 1; i < t->nodes[parent].end; i = t->nodes[i].end) {
		const hnode *node = &t->nodes[i];
		float bonus = 0;

		if (i == best) {
			chosen[i] = 1;
			continue;
		}
		if (node->tag == T_TEXT || st[i].gone)
			continue;
		if (node->klass && node->klass == t->nodes[best].klass)
			bonus = st[best].score * 0.2f;
		if (st[i].scored && st[i].score + bonus >= threshold) {
			chosen[i] = 1;
		} else if (node->tag == T_P) {
			float ld = link_density(&st[i]);

			if (st[i].text > 80 && ld < 0.25f)
				chosen[i] = 1;
			else if (st[i].text < 80 && st[i].text > 0 && ld == 0 &&
			         has_sentence_end(t, st, i))
				chosen[i] = 1;
		}
	}
}


/* ---- reading the article out ---------------------------------------- */

/* Whether table I is one of data, not of layout. */
static int data_table(const nstat *s)
{
	return s->table_marks > 0 || s->rows >= 10;
}

/* Rule 4: whether the table, list or div I is left out of the article. */
static int cleaned_out(const htree *t, const nstat *st, size_t i, unsigned fl)
{
	const hnode *node = &t->nodes[i];
	const nstat *s = &st[i];
	int weight = fl & X_WEIGHT ? node->weight : 0, fig = (node->flags & N_FIGURE) != 0;
	int list = node->tag == T_UL || node->tag == T_OL ||
	           (s->text && s->list_text > 0.9f * (float)s->text);
	float ld = link_density(s);

	if (node->tag == T_TABLE && data_table(s))
		return 0;
	if (node->flags & N_CODE)
		return 0;
	if (weight < 0)
		return 1;
	if (s->commas >= 10)
		return 0;
	return (!fig && s->img > 1 && (float)s->p / (float)s->img < 0.5f) ||
	       (!list && (long)s->li - 100 > (long)s->p) ||
	       s->input > s->p / 3 ||
	       (!list && !fig && s->text < 25 && (s->img == 0 || s->img > 2) && ld > 0) ||
	       (!list && weight < 25 && ld > 0.2f) ||
	       (weight >= 25 && ld > 0.5f) ||
	       (s->embed == 1 && s->text < 75) || s->embed > 1;
}

/* Whether node I is a line that points to another page: a paragraph
 * of a line or two that is mostly a link ("Read more: <a>Headline</a>",
 * "Lire aussi : ...", "相关阅读：..."), the headline being the link. */
#define LINK_LINE 200                  /* characters */
static int link_line(const htree *t, const nstat *st, size_t i)
{
	unsigned tag = t->nodes[i].tag;

	return (tag == T_P || (tag == T_DIV && !st[i].has_block)) &&
	       st[i].text < LINK_LINE && 2 * st[i].link > st[i].text;
}

/* Whether node I is a block that dates the article: a line or so, at
 * least half of it in <time> elements ("Published <time>3 June 2024,
 * 10:42</time>", a live blog's "<time>21:40</time>"). */
#define DATE_LINE 100                  /* characters */
static int date_line(const htree *t, const nstat *st, size_t i)
{
	return (tag_flags(t->nodes[i].tag) & TF_BLOCK) &&
	       st[i].text < DATE_LINE && st[i].time_text > 0 &&
	       2 * st[i].time_text >= st[i].text;
}

/* What pages print over an advertisement, in the languages built in,
 * case-folded: a block that says only this is the ad's label. */
static const char *const ad_labels[] = {
	"ad", "ads", "advert", "advertisement", "advertisements", "advertising",
	"advertentie", "annons", "annonse", "anzeige", "hirdetés", "iklan",
	"mainos", "oglas", "publicidad", "publicidade", "publicitat",
	"publicitate", "publicité", "pubblicità", "quảng cáo", "reclamă",
	"reklaam", "reklam", "reklama", "reklame", "reklāma", "werbung",
	"διαφήμιση", "оглас", "реклама", "פרסומת", "آگهی", "إعلان", "اعلان",
	"تبلیغات", "विज्ञापन", "โฆษณา", "광고", "广告", "広告", "廣告", NULL
};
#define AD_LABEL 32                    /* characters at most */
#define AD_NODES 16                    /* ... in as many nodes at most */

/* Whether block I says only that an ad is there: all its text, as the
 * tree has it whatever an attempt leaves out, so that the answer holds
 * for every attempt. */
static int ad_label(const htree *t, size_t i)
{
	char key[SUMM_MAX_KEY];
	reading tmp;
	size_t pos = 0, start, stop, first = 0, last = 0, n = 0, chars = 0;
	int found = 0;

	if (!(tag_flags(t->nodes[i].tag) & TF_BLOCK) ||
	    t->nodes[i].end - i > AD_NODES)
		return 0;
	for (size_t k = i + 1; k < t->nodes[i].end; k++)
		if (t->nodes[k].tag == T_TEXT && !(t->nodes[k].flags & N_DEAD))
			chars += t->nodes[k].chars;
	if (chars == 0 || chars > AD_LABEL)
		return 0;
	reading_begin(&tmp, t->s, t->n);
	for (size_t k = i + 1; k < t->nodes[i].end; k++)
		if (t->nodes[k].tag == T_TEXT && !(t->nodes[k].flags & N_DEAD))
			html_read_text(&tmp, t->nodes[k].from, t->nodes[k].to, 0);
	if (reading_end(&tmp) == 0) {
		/* its words, without the dashes or brackets around them */
		while (summ_next_word(tmp.text, tmp.len, &pos, &start, &stop))
			last = stop, first = n++ ? first : start;
		if (n && (n = summ_fold_word(tmp.text, first, last, key)) > 0)
			for (size_t k = 0; ad_labels[k] && !found; k++)
				found = strlen(ad_labels[k]) == n &&
				        memcmp(ad_labels[k], key, n) == 0;
	}
	reading_free(&tmp);
	return found;
}

/* Whether node I is an ad's label, as LABELS remembers it from an
 * attempt before (1 no, 2 yes) or finds it now. */
static int is_ad_label(const htree *t, const nstat *st, uint8_t *labels,
                       size_t i)
{
	if (st[i].text == 0 || st[i].text > AD_LABEL)
		return 0;
	if (!labels[i])
		labels[i] = (uint8_t)(1 + ad_label(t, i));
	return labels[i] == 2;
}

/* Whether node I of the article is left out of its text. */
static int left_out(const htree *t, const nstat *st, uint8_t *labels,
                    size_t i, size_t top, const struct title *ti, int data,
                    unsigned fl)
{
	const hnode *node = &t->nodes[i];

	if (st[i].gone)
		return 1;
	if (node->tag == T_TEXT || i == top)
		return 0;
	if ((node->flags & N_SHARE) && st[i].text < 500)
		return 1;
	if (link_line(t, st, i) || date_line(t, st, i) ||
	    is_ad_label(t, st, labels, i))
		return 1;
	if ((node->tag == T_H1 || node->tag == T_H2) &&
	    ((fl & X_WEIGHT && node->weight < 0) || repeats_title(t, st, i, ti)))
		return 1;
	if ((node->tag == T_TABLE || node->tag == T_UL || node->tag == T_DIV) &&
	    !data && (fl & X_CLEAN) && cleaned_out(t, st, i, fl))
		return 1;
	return 0;
}

/* The kind of block that an element of TAG opens inside one of kind UP. */
static enum block_kind kind_of(unsigned tag, enum block_kind up)
{
	if (tag_flags(tag) & TF_HEADING)
		return BLOCK_HEADING;
	switch (tag) {
	case T_LI: return BLOCK_ITEM;
	case T_BLOCKQUOTE: return BLOCK_QUOTE;
	case T_FIGCAPTION: return BLOCK_CAPTION;
	default: return up == BLOCK_HEADING ? BLOCK_PARAGRAPH : up;
	}
}

/* Whether node I is a <pre> of code: it holds a <code> element, the
 * HTML standard's markup for "a block of computer code" (and what every
 * Markdown renderer writes for a fence), or its class or its parent's
 * names a syntax highlighter.  A bare <pre> may hold prose (an RFC, a
 * mail in a list's archive) and stays prose. */
static int code_block(const htree *t, const nstat *st, size_t i)
{
	const hnode *node = &t->nodes[i];

	return node->tag == T_PRE &&
	       (st[i].has_code ||
	        ((node->flags | t->nodes[node->parent].flags) & N_CODE_CLASS));
}

/* Opens a block of KIND at AT, or at FLOOR if that is later: a block
 * whose start tag came before the title's source (a title inside it)
 * still comes after it in the text. */
static void open_at(reading *r, size_t floor, enum block_kind kind, size_t at)
{
	block_open(r, kind, at > floor ? at : floor);
}

/* Reads the subtree of node TOP into R, block by block; with R NULL,
 * only counts its characters.  Returns the characters. */
static size_t emit(const htree *t, const nstat *st, uint8_t *labels,
                   size_t top, const struct title *ti, reading *r,
                   unsigned fl)
{
	struct frame {
		uint32_t end;
		uint8_t kind, data;
	} stack[HTML_MAX_DEPTH + 2];
	size_t sp = 0, i = top, chars = 0;

	while (i < t->nodes[top].end || sp > 0) {
		const hnode *node;
		unsigned f;

		/* Leaving a block: the one around it goes on. */
		if (sp > 0 && (i >= t->nodes[top].end || stack[sp - 1].end <= i)) {
			size_t at = i < t->count ? t->nodes[i].from : t->n;

			sp--;
			if (r && sp > 0)
				open_at(r, ti->floor, stack[sp - 1].kind, at);
			else if (r)
				block_close(r);
			continue;
		}
		node = &t->nodes[i];
		f = tag_flags(node->tag);
		if (left_out(t, st, labels, i, top, ti, sp > 0 && stack[sp - 1].data,
		             fl)) {
			i = node->tag == T_TEXT ? i + 1 : node->end;
			/* A block left out still parts the text around it. */
			if (r && (f & TF_BLOCK))
				open_at(r, ti->floor, sp ? stack[sp - 1].kind : BLOCK_PARAGRAPH,
				           i < t->count ? t->nodes[i].from : t->n);
			continue;
		}
		if (node->tag == T_TEXT) {
			chars += node->chars;
			if (r)
				html_read_text(r, node->from, node->to, 0);
		} else if (!r) {
			;                /* counting: no blocks */
		} else if (node->tag == T_BR && br_pair(t, i))
			open_at(r, ti->floor, sp ? stack[sp - 1].kind : BLOCK_PARAGRAPH, node->from);
		else if (node->tag == T_BR || (node->flags & N_MATH))
			read_space(r, node->from, node->to);  /* MathML: a token
			                                          each element */
		else if (node->tag == T_HR)
			open_at(r, ti->floor, sp ? stack[sp - 1].kind : BLOCK_PARAGRAPH, node->from);
		else if ((f & TF_BLOCK) && !(f & TF_VOID) && sp < HTML_MAX_DEPTH + 2) {
			enum block_kind up = sp ? stack[sp - 1].kind : BLOCK_PARAGRAPH;

			stack[sp].end = node->end;
			stack[sp].kind = (uint8_t)(code_block(t, st, i) ? BLOCK_CODE
			                          : kind_of(node->tag, up));
			stack[sp].data = (sp && stack[sp - 1].data) ||
			                 (node->tag == T_TABLE && data_table(&st[i]));
			if (r)
				open_at(r, ti->floor, stack[sp].kind, node->from);
			sp++;
		}
		i++;
	}
	if (r)
		block_close(r);
	return chars;
}

/* Where the article's first text is: the first text of a chosen node. */
static size_t article_start(const htree *t, const nstat *st,
                            const uint8_t *chosen)
{
	for (size_t i = 0; i < t->count; i++) {
		if (!chosen[i])
			continue;
		for (size_t k = i; k < t->nodes[i].end; k++)
			if (t->nodes[k].tag == T_TEXT && !st[k].gone && t->nodes[k].chars)
				return t->nodes[k].from;
		i = t->nodes[i].end - 1;
	}
	return t->n;
}

/* Whether a chosen node is inside node I (an unclosed h1 may hold the
 * whole page). */
static int holds_chosen(const htree *t, const uint8_t *chosen, size_t i)
{
	for (size_t k = i; k < t->nodes[i].end; k++)
		if (chosen[k])
			return 1;
	return 0;
}

/* Reads the title block, then the chosen nodes, into R. */
static void read_article(const htree *t, const nstat *st,
                         uint8_t *labels, const uint8_t *chosen,
                         struct title *ti, reading *r, unsigned fl)
{
	if (ti->to > ti->from) {
		block_open(r, BLOCK_TITLE, ti->from);
		html_read_text(r, ti->from, ti->to, ti->attr);
		block_close(r);
		ti->floor = ti->to;
	} else if (ti->h1 && t->nodes[ti->h1].from <= article_start(t, st, chosen) &&
	           !holds_chosen(t, chosen, ti->h1)) {
		/* no article text before it, none in it: it can come first */
		read_title_h1(t, st, ti->h1, r);
		ti->floor = t->nodes[t->nodes[ti->h1].end - 1].to;
	} else {
		ti->h1 = 0;
	}
	for (size_t i = 0; i < t->count; i = chosen[i] ? t->nodes[i].end : i + 1)
		if (chosen[i])
			emit(t, st, labels, i, ti, r, fl);
}

/* One attempt with flags FL within SCOPE: fills ST and CHOSEN, finds
 * the title into TI, the paragraphs scored into *PARAGRAPHS; returns
 * the article's characters. */
static size_t attempt(const htree *t, nstat *st, uint8_t *labels,
                      uint8_t *chosen, struct title *ti, unsigned fl,
                      size_t scope, size_t *paragraphs)
{
	size_t chars = 0;

	memset(st, 0, t->count * sizeof *st);
	memset(chosen, 0, t->count);
	sums(t, st, fl, scope);
	*paragraphs = score_paragraphs(t, st, fl);
	choose(t, st, top_candidate(t, st, fl, scope), chosen);
	find_title(t, st, article_start(t, st, chosen), ti);
	for (size_t i = 0; i < t->count; i = chosen[i] ? t->nodes[i].end : i + 1)
		if (chosen[i])
			chars += emit(t, st, labels, i, ti, NULL, fl);
	return chars;
}

/* Whether some text of the page is hidden by visibility:hidden. */
static int has_invisible(const htree *t)
{
	for (size_t i = 1; i < t->count; i++)
		if (t->nodes[i].tag == T_TEXT &&
		    (t->nodes[i].flags & N_INVISIBLE))
			return 1;
	return 0;
}

/* Whether the text of the CHOSEN nodes is nearly all in elements that
 * visibility:hidden hides: INVISIBLE_SHARE of it or more. */
#define INVISIBLE_SHARE 0.9
static int all_invisible(const htree *t, const nstat *st,
                         const uint8_t *chosen)
{
	size_t all = 0, hidden = 0;

	for (size_t i = 0; i < t->count; i = chosen[i] ? t->nodes[i].end : i + 1)
		for (size_t k = i; chosen[i] && k < t->nodes[i].end; k++)
			if (t->nodes[k].tag == T_TEXT && !st[k].gone) {
				all += t->nodes[k].chars;
				if (t->nodes[k].flags & N_INVISIBLE)
					hidden += t->nodes[k].chars;
			}
	return all && (double)hidden >= INVISIBLE_SHARE * (double)all;
}

/* The characters of node I's text, outside elements dropped. */
static size_t text_chars(const htree *t, size_t i)
{
	size_t chars = 0;

	for (size_t k = i; k < t->nodes[i].end; k++) {
		if (t->nodes[k].flags & N_DEAD)
			k = t->nodes[k].tag == T_TEXT ? k : t->nodes[k].end - 1;
		else if (t->nodes[k].tag == T_TEXT)
			chars += t->nodes[k].chars;
	}
	return chars;
}

/* The element the page's markup calls its article, or 0: the one its
 * microdata calls the articleBody, if it holds half the text of the
 * <article> around the page's first heading h1 or more; else that
 * <article>; else the <article> that holds most of the text of all
 * (teasers and comments may be <article>s too; those inside another do
 * not count); else its one <main>. */
static size_t marked_article(const htree *t)
{
	size_t body = 0, nbody = 0, article = 0, main = 0, nmain = 0;
	size_t h1 = 0, in_h1 = 0, last_article = 0, all = 0, most = 0;
	size_t story = 0;

	for (size_t i = 1; i < t->count; i++) {
		const hnode *node = &t->nodes[i];

		/* (a comment may be an <article> too: what the class or id
		 * calls boilerplate is passed over) */
		if ((node->flags & (N_DEAD | N_UNLIKELY)) || node->weight < 0) {
			i = node->end - 1;
			continue;
		}
		if (node->flags & N_BODY && !nbody++)
			body = i;
		if (node->tag == T_ARTICLE &&
		    !(last_article && contains(t, last_article, i))) {
			size_t chars = text_chars(t, i);

			last_article = i;
			all += chars;
			if (chars > most)
				most = chars, article = i;
		}
		if (node->tag == T_MAIN && !nmain++)
			main = i;
		/* the h1 around the first text inside one */
		if (node->tag == T_H1 && !(in_h1 && contains(t, in_h1, i)))
			in_h1 = i;
		if (node->tag == T_TEXT && node->chars && !h1 && in_h1 &&
		    contains(t, in_h1, i))
			h1 = in_h1;
	}
	for (size_t a = h1 ? t->nodes[h1].parent : 0; a != 0;
	     a = t->nodes[a].parent)
		if (t->nodes[a].tag == T_ARTICLE) {
			story = a;
			break;
		}
	/* The articleBody, unless it is only a part of the story: a page
	 * that parts its text among ads may call the first part so. */
	if (nbody == 1 &&
	    (!story || 2 * text_chars(t, body) >= text_chars(t, story)))
		return body;
	if (story)
		return story;
	if (article && 2 * most > all)
		return article;
	return nmain == 1 ? main : 0;
}

void html_extract(const htree *t, reading *r)
{
	static const unsigned tries[] = {
		X_STRIP_UNLIKELY | X_WEIGHT | X_CLEAN, X_WEIGHT | X_CLEAN, X_CLEAN, 0
	};
	size_t n = t->count ? t->count : 1;
	nstat *st = alloc_large(n, sizeof *st);
	uint8_t *chosen = alloc_large(n, 1);
	uint8_t *labels = alloc_large(n, 1);
	struct title *ti = malloc(sizeof *ti);
	static const unsigned extra[3] = { 0, 0, X_INVISIBLE };
	size_t scope[3] = { marked_article(t), 0, 0 };
	size_t take = 0, most = 0, last = 0, k, p, paras, take_paras = 0;
	int found = 0;

	if (!st || !chosen || !labels || !ti) {
		r->oom = 1;
		free_large(st, n, sizeof *st);
		free_large(chosen, n, 1);
		free_large(labels, n, 1);
		free(ti);
		return;
	}

	/* Less is left out until the article has ENOUGH: first within the
	 * element the markup calls the article (which may hold a short
	 * one: MARKED_ENOUGH in two paragraphs or more), then on the whole
	 * page, then with what visibility:hidden hides, if nothing visible
	 * was near enough and the hidden text is the article as a whole (a
	 * page that a script shows once loaded, not one that hides a part).
	 * Failing that, the attempt that found most is taken. */
	for (p = 0; p < 3 && !found; p++) {
		if ((p == 0 && !scope[0]) ||
		    (p == 2 && (most >= MARKED_ENOUGH || !has_invisible(t))))
			continue;
		for (k = 0; k < 4 && !found; k++) {
			size_t chars = attempt(t, st, labels, chosen, ti,
			                       tries[k] | extra[p], scope[p], &paras);

			last = 4 * p + k;
			if (chars >= ENOUGH &&
			    (p < 2 || all_invisible(t, st, chosen)))
				found = 1, take = last;
			else if (chars > most && p < 2)
				most = chars, take = last, take_paras = paras;
		}
		if (p == 0 && most >= MARKED_ENOUGH && take_paras >= 2)
			found = 1;
	}
	if (take != last)
		attempt(t, st, labels, chosen, ti,
		        tries[take % 4] | extra[take / 4], scope[take / 4], &paras);
	read_article(t, st, labels, chosen, ti, r,
	             tries[take % 4] | extra[take / 4]);
	free_large(st, n, sizeof *st);
	free_large(chosen, n, 1);
	free_large(labels, n, 1);
	free(ti);
}
