/*
 * no.c - Norwegian (bokmål, and nynorsk's function words): its word
 * lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "nordic.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Norwegian (bokmål) function words: articles, pronouns and their
 * forms, prepositions, conjunctions, the forms of være, ha, bli and the
 * modals, common adverbs; and those nynorsk spells otherwise (eg, ikkje,
 * kva, noko, berre, frå, hjå ...), as a nynorsk text is read as
 * Norwegian.  Folded, sorted (strcmp order). */
static const char stopwords[][10] = {
	"aldri", "all", "alle", "allerede", "alltid", "alt", "altså", "andre",
	"annen", "annet", "at", "av", "bak", "bare", "begge", "berre", "blant",
	"ble", "blei", "bli", "blir", "blitt", "bort", "burde", "både", "bør",
	"da", "de", "deg", "dei", "deira", "dem", "den", "denne", "dens",
	"deres", "deretter", "derfor", "dermed", "dessuten", "det", "dets",
	"dette", "di", "difor", "din", "dine", "disse", "dit", "ditt", "dog",
	"du", "dykk", "dykkar", "då", "eg", "ei", "ein", "eit", "eller", "en",
	"enhver", "enn", "ennå", "enten", "er", "et", "ethvert", "etter",
	"ettersom", "fikk", "fleire", "flere", "for", "foran", "fordi",
	"fortsatt", "fra", "fram", "frem", "frå", "få", "får", "fått", "før",
	"ganske", "gjennom", "gjorde", "gjort", "gjør", "ha", "hadde", "ham",
	"han", "hans", "har", "hatt", "heile", "heller", "hennar", "henne",
	"hennes", "her", "hit", "hjå", "ho", "hos", "hun", "hva", "hvem",
	"hver", "hverandre", "hvert", "hvilke", "hvilken", "hvilket", "hvis",
	"hvor", "hvordan", "hvorfor", "i", "idet", "igjen", "ikke", "ikkje",
	"inga", "ingen", "ingenting", "inkje", "inn", "inne", "innen", "inntil",
	"intet", "jeg", "jo", "kan", "kanskje", "kor", "korleis", "kun",
	"kunne", "kunnet", "kva", "kvar", "kvarandre", "kven", "kvifor", "la",
	"langs", "lar", "lite", "litt", "man", "mange", "med", "medan", "meg",
	"meir", "mellom", "men", "mens", "mer", "mest", "mi", "min", "mindre",
	"mine", "mitt", "mot", "mye", "mykje", "må", "måtte", "ned", "nemlig",
	"nesten", "noe", "noen", "nok", "noko", "nokon", "nokre", "nå", "når",
	"ofte", "og", "også", "om", "omkring", "opp", "oss", "over", "per",
	"på", "sa", "samme", "sammen", "samt", "seg", "selv", "si", "sidan",
	"sier", "sin", "sine", "sitt", "sjølv", "sjølve", "skal", "skulle",
	"slik", "slike", "slikt", "snart", "som", "svært", "så", "sånn",
	"sånne", "sånt", "til", "tilbake", "tross", "under", "ut", "utan",
	"ute", "uten", "var", "vart", "ved", "vel", "veldig", "vere", "verken",
	"vert", "vi", "via", "vil", "ville", "vore", "vår", "våre", "vårt",
	"være", "vært", "òg"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char titles[][5] = {
	"dr", "frk", "hr", "kapt", "prof"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: "Nr.", "kr.", "osv." and the first part of "bl.a.", and
 * the days' and months' ("tir. 3. mar."; not man. and søn., also words
 * that end sentences).  Folded, without the period, sorted. */
static const char abbrevs[][5] = {
	"apr", "aug", "avd", "bl", "ca", "des", "dvs", "eks", "evt", "feb",
	"fre", "hhv", "iflg", "inkl", "jan", "jf", "jul", "jun", "kap", "kl",
	"kr", "lør", "mar", "mht", "mill", "mrd", "nov", "nr", "okt", "ons",
	"osv", "pga", "pst", "ref", "sep", "sept", "sml", "st", "stk", "tir",
	"tlf", "tor", "vedr", "vs"
};

/* Those of them also written in lower case ("ca.", "evt.").  Sorted. */
static const char lower_abbrevs[][5] = {
	"avd", "bl", "ca", "dvs", "eks", "evt", "fre", "hhv", "iflg", "inkl",
	"jf", "kap", "kl", "kr", "lør", "mar", "mht", "mill", "mrd", "nr",
	"ons", "osv", "pga", "pst", "ref", "sml", "stk", "tir", "tlf", "tor",
	"vedr", "vs"
};

/* Relative pronouns and adverbs: "(som ...)" belongs to the sentence
 * before.  Not der, which as "there" opens many more sentences ("(Der
 * kan du låne bøker.)").  Sorted. */
static const char relatives[][8] = {
	"hva", "hvilke", "hvilken", "hvilket", "hvis", "hvor", "som"
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
	mark_region(&st, is_vowel);
	step1(&st);
	if ((s = longest_in_r1(&st, step2_suffixes, NELEM(step2_suffixes))))
		replace(&st, s);
	if ((s = longest_in_r1(&st, step3_suffixes, NELEM(step3_suffixes))))
		replace(&st, s);
	return st.n;
}

/* Abbreviations that close their phrase: osv. (og så videre), m.m.
 * (med mer), mv., and the era after a year, f.Kr., e.Kr.; a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"e.kr", "f.kr", "m.m", "mv", "osv"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][9] = {
	"hilsen", "hilsener", "hilsner", "mvh"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][12] = {
	"lisens", "lisenser", "opphavsrett"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][25] = {
	"avslutt abonnement", "avslutte abonnementet",
	"denne e posten ble sendt", "du får denne", "du mottar denne",
	"du mottar dette", "ikke svar på denne", "meld deg av"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][24] = {
	"bare ta kontakt", "beklager sent svar", "god helg", "ha en fin dag",
	"ha en fin helg", "hvordan har du det", "håper alt er bra",
	"håper du har det bra", "mange takk", "på forhånd takk",
	"ta gjerne kontakt", "takk", "takk for bestillingen",
	"takk for din bestilling", "takk for e posten", "takk for hjelpen",
	"takk for informasjonen", "takk for meldingen",
	"takk for raskt svar", "takk for svaret"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][15] = {
	"jeg er far til", "jeg er mor til", "jeg heter", "mitt navn er"
};

const lang lang_no = {
	.code = "no",
	.name = "Norwegian (nb, nn)",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 7),
	.compounds = 1,
	.closings = WORD_LIST(closings, 8),
	.licences = WORD_LIST(licences, 11),
	.notices = WORD_LIST(notices, 24),
	.formulas = WORD_LIST(formulas, 23),
	.introductions = WORD_LIST(introductions, 14),
	.stem = stem_no,
};
