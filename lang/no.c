/*
 * no.c - Norwegian (bokmål): its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Norwegian (bokmål) function words: articles, pronouns and their
 * forms, prepositions, conjunctions, the forms of være, ha, bli and the
 * modals, common adverbs.  Folded, sorted (strcmp order). */
static const char stopwords[][10] = {
	"aldri", "all", "alle", "allerede", "alltid", "alt", "altså", "andre",
	"annen", "annet", "at", "av", "bak", "bare", "begge", "blant", "ble",
	"bli", "blir", "blitt", "bort", "burde", "både", "bør", "da", "de",
	"deg", "dem", "den", "denne", "dens", "deres", "deretter", "derfor",
	"dermed", "dessuten", "det", "dets", "dette", "di", "din", "dine",
	"disse", "dit", "ditt", "dog", "du", "ei", "eller", "en", "enhver",
	"enn", "ennå", "enten", "er", "et", "ethvert", "etter", "ettersom",
	"fikk", "flere", "for", "foran", "fordi", "fortsatt", "fra", "fram",
	"frem", "få", "får", "fått", "før", "ganske", "gjennom", "gjorde",
	"gjort", "gjør", "ha", "hadde", "ham", "han", "hans", "har", "hatt",
	"heller", "henne", "hennes", "her", "hit", "hos", "hun", "hva",
	"hvem", "hver", "hverandre", "hvert", "hvilke", "hvilken", "hvilket",
	"hvis", "hvor", "hvordan", "hvorfor", "i", "idet", "igjen", "ikke",
	"ingen", "ingenting", "inn", "inne", "innen", "inntil", "intet",
	"jeg", "jo", "kan", "kanskje", "kun", "kunne", "kunnet", "la",
	"langs", "lar", "lite", "litt", "man", "mange", "med", "meg",
	"mellom", "men", "mens", "mer", "mest", "mi", "min", "mindre", "mine",
	"mitt", "mot", "mye", "må", "måtte", "ned", "nemlig", "nesten", "noe",
	"noen", "nok", "nå", "når", "ofte", "og", "også", "om", "omkring",
	"opp", "oss", "over", "per", "på", "sa", "samme", "sammen", "samt",
	"seg", "selv", "si", "sier", "sin", "sine", "sitt", "skal", "skulle",
	"slik", "slike", "slikt", "snart", "som", "svært", "så", "sånn",
	"sånne", "sånt", "til", "tilbake", "tross", "under", "ut", "ute",
	"uten", "var", "ved", "vel", "veldig", "verken", "vi", "via", "vil",
	"ville", "vår", "våre", "vårt", "være", "vært"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char titles[][5] = {
	"dr", "frk", "hr", "kapt", "prof"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: "Nr.", "kr.", "osv." and the first part of "bl.a.".
 * Folded, without the period, sorted. */
static const char abbrevs[][5] = {
	"apr", "aug", "bl", "ca", "des", "dvs", "eks", "evt", "feb", "inkl",
	"jan", "jf", "jul", "jun", "kap", "kl", "kr", "mht", "mill", "mrd",
	"nov", "nr", "okt", "osv", "pga", "pst", "ref", "sep", "sept", "sml",
	"st", "stk", "tlf", "vs"
};

/* Those of them also written in lower case ("ca.", "evt.").  Sorted. */
static const char lower_abbrevs[][5] = {
	"bl", "ca", "dvs", "eks", "evt", "inkl", "jf", "kap", "kl", "kr",
	"mht", "mill", "mrd", "nr", "osv", "pga", "pst", "ref", "sml", "stk",
	"tlf", "vs"
};

/* Relative pronouns and adverbs: "(som ...)" belongs to the sentence
 * before.  Sorted. */
static const char relatives[][8] = {
	"der", "hva", "hvilke", "hvilken", "hvilket", "hvis", "hvor", "som"
};

/* Words that cannot end a line or a heading: articles, prepositions,
 * conjunctions (not the pronouns den and det, nor possessives, which
 * may stand alone).  Sorted. */
static const char dangling[][8] = {
	"at", "av", "ei", "eller", "en", "et", "for", "fra", "gjennom", "hos",
	"i", "med", "mellom", "men", "mot", "og", "om", "på", "samt", "til",
	"uten", "ved"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Norwegian (bokmål).
 *
 * The word arrives lower-cased as UTF-8 and is rewritten in place.  The
 * vowels are a, e, i, o, u, y, æ, å and ø; any other character, one byte
 * or several, is a non-vowel.  Suffixes are compared as bytes; characters
 * are decoded only to tell vowels and to count.
 *
 *  1. Region: R1 starts after the first non-vowel that follows a vowel,
 *     but never before the end of the third character.  A word of fewer
 *     than three characters has no R1.  Every step works inside R1 only:
 *     it takes the longest of its suffixes that lies wholly in R1, so a
 *     longer suffix reaching out of R1 leaves the shorter ones a chance.
 *  2. Step 1 deletes the longest of the noun, adjective and verb endings
 *     (a, e, ede, ... ast; see the table); erte and ert become er; an s
 *     goes after one of b c d f g h j l m n o p r t v y z, or after a k
 *     that follows a non-vowel (the letters before the s may lie before
 *     R1).
 *  3. Step 2: a final dt or vt loses its t.
 *  4. Step 3: the longest of leg, eleg, ig, eig, lig, elig, els, lov,
 *     elov, slov and hetslov goes.
 */

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 p1;	/* byte offset of R1 (n when empty) */
};

/* A suffix of a step and its replacement. */
struct suffix {
	const char	*s;
	const char	*rep;
	unsigned char	 len;
	unsigned char	 rlen;
};

#define SUF(s, rep) { s, rep, sizeof(s) - 1, sizeof(rep) - 1 }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Longest first, so the first match is the longest one.  The final s,
 * whose deletion has a condition of its own, comes last. */
static const struct suffix step1_suffixes[] = {
	SUF("hetenes", ""),
	SUF("hetene", ""), SUF("hetens", ""),
	SUF("heten", ""), SUF("heter", ""), SUF("endes", ""),
	SUF("ande", ""), SUF("ende", ""), SUF("edes", ""), SUF("enes", ""),
	SUF("erte", "er"),
	SUF("ede", ""), SUF("ane", ""), SUF("ene", ""), SUF("ens", ""),
	SUF("ers", ""), SUF("ets", ""), SUF("het", ""), SUF("ast", ""),
	SUF("ert", "er"),
	SUF("en", ""), SUF("ar", ""), SUF("er", ""), SUF("as", ""),
	SUF("es", ""), SUF("et", ""),
	SUF("a", ""), SUF("e", ""), SUF("s", "")
};

/* Step 2 keeps the first letter of these. */
static const struct suffix step2_suffixes[] = {
	SUF("dt", "d"), SUF("vt", "v")
};

static const struct suffix step3_suffixes[] = {
	SUF("hetslov", ""),
	SUF("eleg", ""), SUF("elig", ""), SUF("elov", ""), SUF("slov", ""),
	SUF("leg", ""), SUF("eig", ""), SUF("lig", ""), SUF("els", ""),
	SUF("lov", ""),
	SUF("ig", "")
};

/* UTF-8 continuation bytes (10xxxxxx) never start a character. */
static int
is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Offset just past the character that starts at I (< N). */
static size_t
next_char(const char *w, size_t n, size_t i)
{
	for (i++; i < n && is_cont(w[i]); i++)
		;
	return i;
}

/* Offset where the character ending just before I (> 0) starts. */
static size_t
prev_char(const char *w, size_t i)
{
	for (i--; i > 0 && is_cont(w[i]); i--)
		;
	return i;
}

/* Whether the character W[I..E) is a vowel: an ASCII one, or æ å ø
 * (C3 A6, C3 A5, C3 B8). */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	unsigned char c = (unsigned char)w[i];

	if (e - i == 1)
		return c != '\0' && strchr("aeiouy", c) != NULL;
	if (e - i != 2 || c != 0xC3)
		return 0;
	c = (unsigned char)w[i + 1];
	return c == 0xA6 || c == 0xA5 || c == 0xB8;
}

/* Whether the word ends in SUF (LEN bytes). */
static int
ends(const struct stem *st, const char *suf, size_t len)
{
	return st->n >= len && memcmp(st->w + st->n - len, suf, len) == 0;
}

/* The first (so the longest) suffix of table T (NT entries) that ends
 * the word and lies in R1, or NULL. */
static const struct suffix *
longest_in_r1(const struct stem *st, const struct suffix *t, size_t nt)
{
	const struct suffix *end = t + nt;

	for (; t < end; t++)
		if (ends(st, t->s, t->len) && st->n - t->len >= st->p1)
			return t;
	return NULL;
}

/* Replaces the suffix S, which ends the word, by its replacement. */
static void
replace(struct stem *st, const struct suffix *s)
{
	size_t at = st->n - s->len;

	memcpy(st->w + at, s->rep, s->rlen);
	st->n = at + s->rlen;
}

static void
mark_region(struct stem *st)
{
	const char *w = st->w;
	size_t i, e, n = st->n, third;
	int k = 0, vowel_seen = 0;

	st->p1 = n;
	for (i = 0; i < n && k < 3; k++)
		i = next_char(w, n, i);
	if (k < 3)
		return;
	third = i;
	for (i = 0; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e)) {
			vowel_seen = 1;
		} else if (vowel_seen) {
			st->p1 = e < third ? third : e;
			return;
		}
	}
}

/* Whether the s at AT may go: after one of b c d f g h j l m n o p r t
 * v y z, or after a k that follows a non-vowel (sterks, but not aks). */
static int
s_ending(const char *w, size_t at)
{
	size_t i;

	if (at == 0)
		return 0;
	if (w[at - 1] != '\0' && strchr("bcdfghjlmnoprtvyz", w[at - 1]))
		return 1;
	if (w[at - 1] != 'k' || at < 2)
		return 0;
	i = prev_char(w, at - 1);
	return !is_vowel(w, i, at - 1);
}

static void
step1(struct stem *st)
{
	const struct suffix *s = longest_in_r1(st, step1_suffixes,
	    NELEM(step1_suffixes));
	size_t at;

	if (s == NULL)
		return;
	at = st->n - s->len;
	if (s->len == 1 && s->s[0] == 's' && !s_ending(st->w, at))
		return;
	replace(st, s);
}

static size_t
stem_no(char *word, size_t len)
{
	struct stem st;
	const struct suffix *s;

	st.w = word;
	st.n = len;
	mark_region(&st);
	step1(&st);
	if ((s = longest_in_r1(&st, step2_suffixes, NELEM(step2_suffixes))))
		replace(&st, s);
	if ((s = longest_in_r1(&st, step3_suffixes, NELEM(step3_suffixes))))
		replace(&st, s);
	return st.n;
}

const lang lang_no = {
	.code = "no",
	.name = "Norwegian",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.openers = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 7),
	.stem = stem_no,
};
