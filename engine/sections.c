/*
 * sections.c - a document's boilerplate sections (see sections.h): the
 * licence's, its heading told by the words that name a licence
 * (lang.licences), a service's notice at a message's end, a letter's
 * courtesy formulas and the sentence in which its writer says who
 * writes, told by their phrases (lang.notices, lang.formulas,
 * lang.introductions), each in the text's language or in English; their
 * sentences made frames.
 */
#include "sections.h"
#include "chars.h"
#include "paragraphs.h"
#include "words.h"

#include <stdint.h>
#include <string.h>

/* How many words of sentence K of D name a licence in D's language or
 * in English ("License", "Lizenz und Urheberrecht"), counted up to
 * MAX. */
static size_t licence_words(const summ_doc *d, size_t k, size_t max)
{
	size_t start = sent_offset(d, k);

	return listed_words(d->text, start, start + d->sent[k].length,
	                    &d->lang->licences, &lang_en.licences, max);
}

/* Whether sentence K of D, a heading, opens a licence's section: three
 * words at most, the first a licence's, and no digit ("License",
 * "Copyright and licence", "Lizenz"), not a notice ("Copyright © 2003
 * Ann Lee") nor a licence's name ("GNU General Public License v3"). */
static int opens_licence(const summ_doc *d, size_t k)
{
	size_t start = sent_offset(d, k), end = start + d->sent[k].length;
	size_t pos = start, ws, we, words = 1;

	if (!summ_next_word(d->text, end, &pos, &ws, &we) ||
	    !listed_words(d->text, ws, we, &d->lang->licences,
	                  &lang_en.licences, 1))
		return 0;
	while (summ_next_word(d->text, end, &pos, &ws, &we))
		if (++words > 3)
			return 0;
	for (size_t i = start; i < end; i++)
		if (d->text[i] >= '0' && d->text[i] <= '9')
			return 0;
	return 1;
}

/* Whether D names a licence twice or more before its licence's heading,
 * sentence END - 1: licences are then its subject (a licence's own text,
 * a package's copyright file), as a word used once says nothing of it
 * (see scores.c), and a README's "MIT-licensed" says nothing more. */
static int about_licences(const summ_doc *d, size_t end)
{
	size_t n = 0;

	for (size_t k = 0; k + 1 < end && n < 2; k++)
		n += licence_words(d, k, 2 - n);
	return n >= 2;
}

/* (A heading is a paragraph of one sentence: only the first of a
 * paragraph's is asked about.) */
void watch_licence(licence_watch *w, const summ_doc *d, size_t first)
{
	enum summ_kind kind;

	if (first >= d->nsent)
		return;
	kind = sent_kind(d, first);
	if (kind == SUMM_HEADING && w->from != SIZE_MAX)
		w->from = licence_words(d, first, 1) ? w->from : SIZE_MAX;
	else if (kind == SUMM_HEADING && w->body && opens_licence(d, first))
		w->from = first + 1;
	else if (kind != SUMM_HEADING)
		w->body |= kind == SUMM_BODY || d->nsent > first + 1;
}

/* Makes the licence's section W found in D, if any, frames. */
static void frame_licence(const licence_watch *w, summ_doc *d)
{
	if (w->from != SIZE_MAX && !about_licences(d, w->from))
		mark_frames(d, w->from);
}

/* A service's notice is looked for in the last NOTICE_SENTENCES
 * sentences of a text, in the first NOTICE_WORDS words of each (folded,
 * NOTICE_BYTES at most): a footer is short (its lines, each a sentence,
 * are a dozen at most), and says what it is at once ("You are receiving
 * this email because", "To unsubscribe").  Further up, such words are
 * some text about mail. */
#define NOTICE_SENTENCES 12
#define NOTICE_WORDS 12
#define NOTICE_BYTES 160

/* Folds the first words of sentence K of D into BUF (NOTICE_BYTES), one
 * space between them, as lang.notices writes its phrases, and returns
 * the length; *WHOLE tells whether that is all of the sentence's words.
 * A word too long to fold, a run of Han characters, is copied as it is
 * (it has no case), its start at least. */
static size_t fold_words(const summ_doc *d, size_t k, char *buf, int *whole)
{
	size_t start = sent_offset(d, k), end = start + d->sent[k].length;
	size_t pos = start, ws, n = 0, len, words = 0;
	char key[MAX_KEY + 8];

	*whole = 0;
	for (;;) {
		const char *w = key;
		if (!next_folded_word(d->text, end, &pos, &ws, key, &len)) {
			*whole = 1;
			break;
		}
		if (n >= NOTICE_BYTES || words++ == NOTICE_WORDS)
			break;
		if (n > 0)
			buf[n++] = ' ';
		if (len == 0)
			w = d->text + ws, len = pos - ws;
		if (len > NOTICE_BYTES - n)
			len = NOTICE_BYTES - n;
		memcpy(buf + n, w, len);
		n += len;
	}
	return n;
}

/* A sorted list of phrases (lang.notices, lang.formulas,
 * lang.introductions) as phrase_at reads it: the phrases whose first
 * byte is C are rows FROM[C] to FROM[C + 1] - 1, found once for a text
 * rather than by a binary search at each of its words. */
typedef struct {
	const word_list *l;
	uint32_t from[257];
} phrase_index;

/* The phrases of a text's language and English's (OWN, EN). */
typedef struct {
	phrase_index own, en;
	int both;                    /* EN is another list */
} phrase_lists;

static void index_phrases(phrase_index *x, const word_list *l)
{
	unsigned c = 0, first;

	x->l = l;
	for (size_t r = 0; r < l->n; r++)
		for (first = (unsigned char)word_at(l, r)[0]; c <= first; c++)
			x->from[c] = (uint32_t)r;
	for (; c <= 256; c++)
		x->from[c] = (uint32_t)l->n;
}

static void lists_of(phrase_lists *p, const word_list *own,
                     const word_list *en)
{
	index_phrases(&p->own, own);
	p->both = en != own;
	if (p->both)
		index_phrases(&p->en, en);
}

/* The length of the longest phrase of X that opens BUF[I..N) and ends
 * where a word does, or anywhere in a script written without spaces,
 * whose words are not parted ("配信停止はこちら"); 0 if none does. */
static size_t phrase_at(const phrase_index *x, const char *buf, size_t i,
                        size_t n)
{
	unsigned char c = (unsigned char)buf[i];
	size_t best = 0;

	for (size_t r = x->from[c]; r < x->from[c + 1]; r++) {
		const char *p = word_at(x->l, r);
		size_t k;
		uint32_t cp;
		/* (Most are told apart by their second byte.) */
		if (p[1] && (i + 1 == n || buf[i + 1] != p[1]))
			continue;
		k = strlen(p);
		if (k <= best || k > n - i || memcmp(buf + i, p, k) != 0)
			continue;
		u8_decode((const unsigned char *)p, k, &cp);
		if (i + k == n || buf[i + k] == ' ' || is_spaceless(cp))
			best = k;
	}
	return best;
}

/* Whether sentence K of D opens a line: a footer sets its notice on
 * a line of its own, where a story's sentence that quotes such words
 * ("... if you decide to unsubscribe") goes on from the one before. */
static int opens_line(const summ_doc *d, size_t k)
{
	size_t i = sent_offset(d, k);

	while (i > 0 && (d->text[i - 1] == ' ' || d->text[i - 1] == '\t'))
		i--;
	return i == 0 || d->text[i - 1] == '\n' || d->text[i - 1] == '\r';
}

/* The longest phrase of P at BUF[I..N) (see phrase_at): the text's
 * language's, else English's. */
static size_t phrase_of(const phrase_lists *p, const char *buf, size_t i,
                        size_t n)
{
	size_t k = phrase_at(&p->own, buf, i, n);

	return k > 0 || !p->both ? k : phrase_at(&p->en, buf, i, n);
}

/* Whether a phrase may open at BUF[I] (of N bytes, folded words): a
 * word's start, or a character of a script written without spaces (its
 * first byte, of three or four). */
static int phrase_may_open(const char *buf, size_t i, size_t n)
{
	const unsigned char *s = (const unsigned char *)buf;
	uint32_t cp;

	if (i == 0 || s[i - 1] == ' ')
		return 1;
	if (s[i] < 0xE0)
		return 0;
	u8_decode(s + i, n - i, &cp);
	return is_spaceless(cp);
}

/* How many bytes of BUF[0..N) (folded words) the phrases of P cover,
 * read from the start: each the longest at its place, the next looked
 * for after it.  *LOOSE counts the words that open outside them. */
static size_t phrase_cover(const char *buf, size_t n, const phrase_lists *p,
                           size_t *loose)
{
	size_t cover = 0, k;

	*loose = 0;
	for (size_t i = 0; i < n; i++) {
		if (!phrase_may_open(buf, i, n))
			continue;
		if ((k = phrase_of(p, buf, i, n)) > 0) {
			cover += k;
			i += k - 1;
		} else if (i == 0 || buf[i - 1] == ' ') {
			(*loose)++;
		}
	}
	return cover;
}

/* Whether sentence K of D is a service's notice: it opens a line and
 * holds a phrase of one of NOTICES, D's language's or English's. */
static int is_notice(const summ_doc *d, size_t k, const phrase_lists *notices)
{
	char buf[NOTICE_BYTES];
	size_t n, loose;
	int whole;

	if (!opens_line(d, k))
		return 0;
	n = fold_words(d, k, buf, &whole);
	return phrase_cover(buf, n, notices, &loose) > 0;
}

/* Makes the notice of the service that sent D, and the sentences after
 * it, frames (see frame_sections). */
static void frame_notice(summ_doc *d)
{
	size_t from = SIZE_MAX, k;
	phrase_lists notices;

	lists_of(&notices, &d->lang->notices, &lang_en.notices);
	for (k = d->nsent; k > 0 && d->nsent - k < NOTICE_SENTENCES; k--)
		if (is_notice(d, k - 1, &notices))
			from = k - 1;
	if (from == SIZE_MAX)
		return;
	for (k = 0; k < from; k++)
		if (sent_kind(d, k) == SUMM_BODY) {
			mark_frames(d, from);
			return;
		}
}

/* Courtesy formulas open and close a letter: they are looked for in its
 * first FORMULA_HEAD sentences and its last NOTICE_SENTENCES, in a
 * sentence of formulas but for FORMULA_WORDS words and FORMULA_SLACK
 * bytes (folded) at most, room for a name or a word beside them
 * ("Thanks again, Ann", "いつも大変お世話になっております"): a longer one
 * says something more ("And, thanks to Henson, Wales did."). */
#define FORMULA_HEAD 6
#define FORMULA_WORDS 3
#define FORMULA_SLACK 24

/* Whether TEXT[0..LEN) has more than MAX spaces: more words than a
 * sentence of courtesies has, told before any is folded (most of a
 * story's sentences). */
static int spaces_over(const char *text, size_t len, size_t max)
{
	size_t spaces = 0;

	for (size_t i = 0; i < len; i++)
		if (text[i] == ' ' && ++spaces > max)
			return 1;
	return 0;
}

/* A writer who says who writes ("My name is Ewa Nowicka.", "ich bin
 * die Mutter von Jonas aus der 4a", "佐藤陽菜の母でございます") does so
 * among a letter's first sentences, in one that opens with a phrase of
 * lang.introductions, or ends with one where the language puts it last
 * (Japanese, Korean, Chinese "...的妈妈"), of INTRO_WORDS words at most:
 * a longer one says more ("My name is Ann Lee, and the heating in flat
 * 4 has been off since Monday, as I told ..."). */
#define INTRO_WORDS 16

/* Whether the folded words BUF[0..N) (all of a sentence's if WHOLE)
 * open or end with a phrase of INTROS.  (BUF holds NOTICE_WORDS words at
 * most: a longer sentence can only open with one.) */
static int introduces(const char *buf, size_t n, int whole,
                      const phrase_lists *intros)
{
	size_t k;

	if (n == 0)
		return 0;
	if (phrase_of(intros, buf, 0, n) > 0)
		return 1;
	for (size_t i = 1; whole && i < n; i++)
		if (phrase_may_open(buf, i, n) &&
		    (k = phrase_of(intros, buf, i, n)) > 0 && i + k == n)
			return 1;
	return 0;
}

/* Whether sentence K of D is courtesy formulas and little else (those
 * of FORMULAS, D's language's or English's), or, in D's head, says who
 * writes (INTROS). */
static int is_courtesy(const summ_doc *d, size_t k,
                       const phrase_lists *formulas,
                       const phrase_lists *intros)
{
	char buf[NOTICE_BYTES];
	size_t n, cover, loose;
	int whole, head = k < FORMULA_HEAD;

	if (d->sent[k].length > NOTICE_BYTES ||
	    spaces_over(d->text + sent_offset(d, k), d->sent[k].length,
	                head ? INTRO_WORDS - 1 : NOTICE_WORDS))
		return 0;
	n = fold_words(d, k, buf, &whole);
	if (head && introduces(buf, n, whole, intros))
		return 1;
	cover = phrase_cover(buf, n, formulas, &loose);
	return whole && cover > 0 && loose <= FORMULA_WORDS &&
	       n <= cover + FORMULA_SLACK;
}

/* Makes the courtesy formulas of D's head and tail, and a sentence of
 * its head that says who writes, frames (see frame_sections), unless
 * they are all its body. */
static void frame_formulas(summ_doc *d)
{
	size_t at[FORMULA_HEAD + NOTICE_SENTENCES], found = 0, tail = 0;
	int others = 0;
	phrase_lists formulas, intros;

	if (d->nsent > NOTICE_SENTENCES)
		tail = d->nsent - NOTICE_SENTENCES;
	lists_of(&formulas, &d->lang->formulas, &lang_en.formulas);
	lists_of(&intros, &d->lang->introductions, &lang_en.introductions);
	for (size_t k = 0; k < d->nsent; k++) {
		/* (Past the head, one body sentence that is no formula is
		 * all the middle may tell.) */
		if (others && k >= FORMULA_HEAD && k < tail)
			k = tail;
		if (sent_kind(d, k) != SUMM_BODY)
			continue;
		if ((k < FORMULA_HEAD || k >= tail) &&
		    is_courtesy(d, k, &formulas, &intros))
			at[found++] = k;
		else
			others = 1;
	}
	/* (A text of courtesies alone keeps them: it says nothing else.) */
	if (others)
		for (size_t i = 0; i < found; i++)
			d->sent[at[i]].kind = SUMM_FRAME;
}

void frame_sections(const licence_watch *w, summ_doc *d)
{
	frame_licence(w, d);
	frame_notice(d);
	frame_formulas(d);
}
