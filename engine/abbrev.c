/*
 * abbrev.c - the splitter's question after an abbreviation or an
 * initial: does the capitalised word that follows open a new sentence
 * ("sold in the U.K. Prices fell") or go on with a name ("the U.K.
 * Treasury", "George W. Bush")?  It is a question about that word, and
 * the answer comes from evidence, in this order (Punkt's orthographic
 * heuristic, Kiss and Strunk 2006, with a dictionary behind it):
 *
 *  0. A capital with a period of its own is another initial ("H. A.
 *     Smith", Italian "H. E. Blair"): the name goes on, whatever word
 *     the letter spells ("A", "E" are function words).
 *  1. A title ("Dr.", "Gen.") opens a name, and so a sentence unless a
 *     dotted acronym stands before it ("Acme Inc. Dr. Lee said", but
 *     "U.S. Rep. Lee").  After an initial, a surname's particle before
 *     a capitalised word goes on with the name ("J. M. G. Le Clézio"),
 *     though "Le" is a function word (step 1b).  After an abbreviation
 *     that closes its phrase, a list's ("usw.", "и т. д.", "itd.") or a
 *     year's era ("v. Chr."), nothing of the phrase follows: a capital
 *     opens a sentence (step 1c).
 *  2. A function word of the language ("The", "It") opens a sentence.
 *  3. A compound ("U.S. Anti-Doping") is a name: no list knows it; so
 *     is a word in capitals ("Co. KG", "U.S. AIDS policy"), an acronym
 *     whatever its lower case means, and a capital with digits after it
 *     ("Tab. S2", "Fig. A3"), a label.
 *  4. The same document: a word found capitalised inside a sentence
 *     elsewhere (after a lower-case word, a digit or a comma) is a name,
 *     whatever a dictionary says of it ("Steel" in "U.S. Steel").  The
 *     text within CASE_WINDOW bytes either side is searched, within a
 *     budget linear in the text (CASE_BUDGET).
 *  5. The dictionary (lang.common, from Debian's word lists; see
 *     lang/mkcommon.py): a bare plural, a number word ("Prices",
 *     "Three") opens a sentence, as neither needs an article; so does a
 *     word with no plural (an adverb, an adjective, a mass noun:
 *     "Later", "Inflation"), but not after a dotted acronym, where such
 *     words are far more often a name's first ("U.S. Supreme Court",
 *     "U.S. Central Command").  Neither opens one after an initial of a
 *     name, whose surname may be any word ("Arthur D. Little").  A
 *     singular countable noun is not in the dictionary's classes: it
 *     needs an article to open a sentence, so after an abbreviation it
 *     heads a name ("U.S. Government").
 *  6. A word the document writes in lower case, though no class above
 *     took it, opens a sentence after an abbreviation that closes a name
 *     or a phrase ("Hale Bros. Growers said"), not after an initial or a
 *     dotted acronym, which stand before names far more often than at a
 *     sentence end ("the U.S. State Department ... the state").
 *     Anything else is a name: no sentence ends.
 *  7. A word that steps 5 and 6 would open a sentence with is still a
 *     name's when the name goes on: when the next word is capitalised,
 *     or a joining word (of, for, and) and a capitalised one ("U.S.
 *     Marshals Service", "U.S. Centers for Disease Control"); a
 *     sentence's subject goes on with a verb or a modifier in lower case
 *     ("U.K. Prices fell").
 *  8. After an abbreviation written in lower case ("vs.", "cf."), which
 *     stands before what it qualifies, only a title or a function word
 *     opens a sentence.
 *  9. After a unit or a year's mark that follows a number ("2,4
 *     proc.", "1965 г.", "40 mio. kr.", "XV w."; in English, with its
 *     dictionary, a unit in lower case only: "6 ft.", "90 mph."), which
 *     closes its phrase, a capitalised word that step 3 leaves opens a
 *     sentence: where nouns are written in lower case a name is all
 *     else that could follow, and a name seldom follows a quantity
 *     inside a sentence, as a preposition stands before a place (not
 *     so where a case names it: lang.place_by_case, Lithuanian "gimė
 *     1932 m. Kaune").  Not when the sentence so far is a phrase before
 *     its clause ("В 1965 г. Москва"), nor before an abbreviation, the
 *     unit going on ("5 mil. Kč").  The splitter tells this kind
 *     (lastword.h, unit_after_number).
 *
 * The answer for a word is kept (a small table of hashes in the
 * document), so the text is searched about once a word, not once a
 * place; a word not searched for lack of budget is found nothing of, and
 * the dictionary decides.  None of this runs but after a period that
 * follows an abbreviation or an initial and before a capital.
 */
#include "abbrev.h"
#include "chars.h"
#include "words.h"

#include <string.h>

/* How far either side the text is searched: a news story or a few pages
 * of a book, where a word is used as it is here; beyond that, in a file
 * of many stories, evidence is about other texts and costs time. */
#define CASE_WINDOW ((size_t)8 << 10)

/* What the rest of the text says of a word (search_case; CASE_BARE is
 * abbrev.h's). */
enum { CASE_LOWER = 1, CASE_MID_CAPITAL = 2 };

size_t word_key_at(const char *text, size_t i, size_t end, char *key)
{
	size_t pos = i, ws, we;

	if (!summ_next_word(text, end, &pos, &ws, &we) || ws != i)
		return 0;
	/* "U.S." and "a.m." keep their periods; "The." does not matter. */
	return summ_fold_word(text, ws, we, key);
}

/* How common each byte is in English text, as a rank (0 the most
 * common): the search looks for the word's rarest byte, so that memchr
 * stops as seldom as it can. */
static unsigned byte_rank(unsigned char c)
{
	static const char order[] = "etaoinshrdlcumwfgypbvkjxqz";
	const char *p;

	if (c >= 'A' && c <= 'Z')
		c = (unsigned char)(c | 0x20);
	p = c ? strchr(order, c) : NULL;
	return p ? (unsigned)(p - order) : 26;
}

/* Whether the capitalised word at S[W] stands inside a sentence: one or
 * more spaces before it, and before them a lower-case letter, a digit
 * or a comma ("said Mr. Ames, Prices" is not: a period). */
static int inside_sentence(const unsigned char *s, size_t lo, size_t w)
{
	size_t k = w;

	while (k > lo && s[k - 1] == ' ')
		k--;
	if (k == w || k == lo)
		return 0;
	return (s[k - 1] >= 'a' && s[k - 1] <= 'z') ||
	       (s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == ',';
}

/* What the text within CASE_WINDOW bytes of the word D->text[WS..WE)
 * says of it: CASE_LOWER when it is written in lower case there,
 * CASE_MID_CAPITAL when capitalised inside a sentence, CASE_BARE when
 * written with no period after it (a word, not an abbreviation, which
 * always has its period).  Each place of
 * the tail's rarest byte is tried; nothing is searched once the
 * document's budget is spent. */
static unsigned search_case(summ_doc *d, size_t ws, size_t we)
{
	const char *text = d->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t n0, tlen, lo, hi, a = 0, pos, n;
	uint32_t first, cp;
	const unsigned char *tail;
	unsigned found = 0;

	n0 = u8_decode(s + ws, we - ws, &first);
	tail = s + ws + n0;
	tlen = we - ws - n0;
	if (tlen == 0)
		return 0;
	lo = ws > CASE_WINDOW ? ws - CASE_WINDOW : 0;
	hi = d->len - we > CASE_WINDOW ? we + CASE_WINDOW : d->len;
	if (d->case_budget < hi - lo)
		return 0;
	d->case_budget -= hi - lo;
	first = cp_lower(first);
	for (size_t k = 1; k < tlen; k++)
		if (byte_rank(tail[k]) > byte_rank(tail[a]))
			a = k;
	for (pos = lo + a + 1; pos < hi;) {
		const unsigned char *p = memchr(s + pos, tail[a], hi - pos);
		size_t t, w;
		unsigned c;

		if (!p)
			break;
		pos = (size_t)(p - s) + 1;
		t = (size_t)(p - s) - a;          /* where the tail would be */
		if (t <= lo || t + tlen > hi || t == ws + n0 ||
		    memcmp(s + t, tail, tlen) != 0 ||
		    (t + tlen < d->len &&
		     (class_at(text, d->len, t + tlen, &n) & C_LETTER)))
			continue;
		w = prev_char(text, lo, t);
		c = class_at(text, d->len, w, &n);
		if (!(c & (C_UPPER | C_LOWER)) || n != t - w ||
		    (u8_decode(s + w, n, &cp), cp_lower(cp) != first) ||
		    (w > lo && (class_at(text, d->len, prev_char(text, lo, w), &n) &
		                C_ALNUM)))
			continue;
		if (t + tlen == d->len || s[t + tlen] != '.')
			found |= CASE_BARE;
		if (c & C_LOWER) {
			found |= CASE_LOWER;
		} else if (inside_sentence(s, lo, w)) {
			found |= CASE_MID_CAPITAL;
			break;                    /* a name: enough */
		}
	}
	return found;
}

/* What the text says of the word D->text[I..WE), folded as KEY (K
 * bytes): search_case's answer, kept in a small table of hashes in the
 * document, so that the text is searched about once a word, not once a
 * place. */
static unsigned case_evidence(summ_doc *d, size_t i, size_t we,
                              const char *key, size_t k)
{
	uint64_t h = 0xCBF29CE484222325u, *entry;
	unsigned ev;

	for (size_t j = 0; j < k; j++)
		h = (h ^ (unsigned char)key[j]) * 0x100000001B3u;
	h = (h | 8) & ~(uint64_t)7;           /* never 0: 0 is a free slot */
	entry = &d->case_cache[(h >> 40) % (sizeof d->case_cache /
	                                   sizeof *d->case_cache)];
	if ((*entry & ~(uint64_t)7) == h)
		return (unsigned)(*entry & 7);
	ev = search_case(d, i, we);
	*entry = h | ev;
	return ev;
}

/* Where the letters from D->text[I] end (before END). */
static size_t we_of(const summ_doc *d, size_t i, size_t end)
{
	size_t n;

	while (i < end && (class_at(d->text, end, i, &n) & C_LETTER))
		i += n;
	return i;
}

/* Whether the word after the one that ends at WE (in a paragraph that
 * ends at END) goes on with a name: capitalised, or, up to HOPS - 1 of
 * them, a word of BETWEEN before a capitalised one (lang.dangling, words
 * that cannot end a phrase: "U.S. Centers for Disease"; a surname's
 * particles: "Van der Berg"). */
static int name_goes_on(const summ_doc *d, size_t we, size_t end,
                        const word_list *between, int hops)
{
	char key[MAX_KEY + 8];
	size_t ws, n;

	for (; hops > 0; hops--) {
		/* "Marshals Service", not "Prices, Rents"; a plural's
		 * possessive goes on too ("Breeders' Cup"). */
		if (we < end && d->text[we] == '\'')
			we++;
		if (!next_word_spaced(d->text, we, end, &ws, &we))
			return 0;
		if (class_at(d->text, end, ws, &n) & C_UPPER)
			return 1;
		if (!in_word_list(between, key, summ_fold_word(d->text, ws, we, key)))
			return 0;
	}
	return 0;
}

int written_bare(summ_doc *d, size_t ws, size_t we)
{
	char key[MAX_KEY + 8];
	size_t k = summ_fold_word(d->text, ws, we, key);

	return k > 0 && (case_evidence(d, ws, we, key, k) & CASE_BARE);
}

int opens_sentence(summ_doc *d, size_t i, size_t end, int after)
{
	const lang *lg = d->lang;
	char key[MAX_KEY + 8];
	size_t n, k, we;
	unsigned cls, ev;

	if (!(class_at(d->text, end, i, &n) & C_UPPER) ||
	    (k = word_key_at(d->text, i, end, key)) == 0)
		return 0;
	we = we_of(d, i, end);
	if (we == i + n && we < end && d->text[we] == '.')       /* step 0 */
		return 0;
	if (in_word_list(&lg->titles, key, k))                   /* step 1 */
		return after != AFTER_DOTTED;
	if (after == AFTER_INITIAL && in_word_list(&name_particles, key, k) &&
	    name_goes_on(d, we, end, &name_particles, 3))        /* step 1b */
		return 0;
	if (after == AFTER_PHRASE_END)                           /* step 1c */
		return 1;
	if (in_word_list(&lg->stopwords, key, k))                /* step 2 */
		return 1;
	if ((we < end && d->text[we] == '-') ||
	    (i + n < we && (class_at(d->text, we, i + n, &n) &
	                    (C_UPPER | C_DIGIT))))
		return 0;                                        /* step 3 */
	if (after == AFTER_QUANTITY)                             /* step 9 */
		return !in_word_list(&lg->abbrevs, key, k) &&
		       !in_word_list(&lg->lower_abbrevs, key, k);
	/* Without a dictionary (every language but English for now) the
	 * document's evidence is not read either: in German every noun is
	 * capitalised inside a sentence, and its lower case is rare. */
	if (lg->common.n == 0)
		return 0;
	if (after == AFTER_INITIAL || after == AFTER_PREPOSITIVE)
		return 0;                                        /* 5, 8 */
	cls = word_class(&lg->common, key, k);
	if (after == AFTER_DOTTED &&
	    (cls == COMMON_NONE || cls == COMMON_BARE))
		return 0;                                        /* 5, 6 */
	/* The cheap test first: the text is searched only when it may
	 * still decide. */
	if (name_goes_on(d, we, end, &lg->dangling, 2))          /* step 7 */
		return 0;
	ev = case_evidence(d, i, we, key, k);
	if (ev & CASE_MID_CAPITAL)                               /* step 4 */
		return 0;
	return cls != COMMON_NONE || (ev & CASE_LOWER);          /* 5, 6 */
}
