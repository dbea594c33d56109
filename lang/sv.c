/*
 * sv.c - Swedish: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "nordic.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Swedish function words: articles, pronouns and their forms,
 * prepositions, conjunctions, the forms of vara, ha, bli and the
 * modals, common adverbs, and the dotted o.s.v., m.m., d.v.s.  Folded,
 * sorted (strcmp order). */
static const char stopwords[][11] = {
	"alla", "allas", "allt", "alltid", "alltså", "andra", "annan",
	"annars", "annat", "antingen", "att", "av", "bakom", "bara", "bland",
	"blev", "bli", "blir", "blivit", "borde", "bort", "bägge", "båda",
	"både", "bör", "d.v.s.", "de", "dem", "den", "denna", "deras", "dess",
	"dessa", "dessutom", "det", "detta", "dig", "din", "dina", "dit",
	"ditt", "dock", "du", "där", "därför", "därmed", "då", "efter",
	"eftersom", "ej", "eller", "emellertid", "en", "enligt", "er", "era",
	"ert", "ett", "fast", "fastän", "flera", "fram", "framför", "från",
	"få", "får", "fått", "för", "före", "förrän", "genom", "ha", "hade",
	"haft", "han", "hans", "har", "hela", "henne", "hennes", "hit",
	"honom", "hos", "hur", "här", "i", "ibland", "icke", "ifall", "igen",
	"inför", "inga", "ingen", "inget", "innan", "inom", "inte", "ju",
	"just", "kan", "kanske", "kommer", "kommit", "kring", "kunde",
	"kunna", "kunnat", "lite", "längs", "m.m.", "man", "med", "medan",
	"mej", "mellan", "men", "mer", "mera", "mest", "mig", "min", "mina",
	"minst", "mitt", "mot", "mycket", "många", "måste", "ned", "ner",
	"ni", "nog", "nu", "nämligen", "när", "någon", "någonting", "något",
	"några", "o.s.v.", "och", "också", "ofta", "oftast", "om", "oss",
	"på", "redan", "runt", "sa", "sade", "sagt", "samma", "samt", "sedan",
	"sig", "sin", "sina", "sist", "sitt", "själv", "själva", "ska",
	"skall", "skulle", "snart", "som", "säger", "så", "sådan", "sådana",
	"sådant", "således", "t.o.m.", "tidigare", "till", "trots", "ty",
	"under", "upp", "ut", "utan", "vad", "var", "vara", "varav", "varför",
	"varit", "varje", "varken", "varpå", "vars", "vart", "vem", "vi",
	"via", "vid", "vilka", "vilken", "vilket", "vill", "ville", "väl",
	"vår", "våra", "vårt", "än", "ännu", "är", "även", "åt", "över"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char titles[][5] = {
	"doc", "dr", "frk", "hr", "ing", "kapt", "prof"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: "Nr.", "kr.", "osv.", the bl of "bl.a." and the ex of
 * "t.ex.".  Folded, without the period, sorted. */
static const char abbrevs[][5] = {
	"ang", "apr", "aug", "avd", "bl", "ca", "dec", "dvs", "ex", "exkl",
	"feb", "fig", "fl", "inkl", "jan", "jfr", "jul", "jun", "kap", "kl",
	"kr", "nov", "nr", "okt", "osv", "resp", "sek", "sep", "sept", "st",
	"tel", "tr"
};

/* Those of them also written in lower case ("ca.", "jfr.", "avd." for
 * avdelning, a department).  Sorted. */
static const char lower_abbrevs[][5] = {
	"ang", "avd", "bl", "ca", "dvs", "ex", "exkl", "fig", "fl", "inkl",
	"jfr", "kap", "kl", "kr", "nr", "osv", "resp", "sek", "st", "tel", "tr"
};

/* Relative pronouns and adverbs: "(som ...)" belongs to the sentence
 * before.  Not där and var, which as "there" and "where?" open many
 * more sentences ("(Där finns ett kafé.)").  Sorted. */
static const char relatives[][7] = {
	"som", "vad", "vars", "vilka", "vilken", "vilket"
};

/* Words that cannot end a line or a heading: articles, prepositions,
 * conjunctions (not the pronouns den and det, nor possessives, which
 * may stand alone).  Sorted. */
static const char dangling[][7] = {
	"att", "av", "eller", "en", "ett", "från", "för", "genom", "hos", "i",
	"med", "mellan", "men", "mot", "och", "om", "på", "samt", "till",
	"utan", "vid", "åt", "över"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Swedish.
 *
 * The word arrives lower-cased as UTF-8 and is rewritten in place.  The
 * vowels are a, e, i, o, u, y, ä, å and ö; any other character, one byte
 * or several, is a non-vowel.  Suffixes are compared as bytes; characters
 * are decoded only to tell vowels and to count.
 *
 *  1. Region: R1 starts after the first non-vowel that follows a vowel,
 *     but never before the end of the third character.  A word of fewer
 *     than three characters has no R1.  Every step works inside R1 only:
 *     it takes the longest of its suffixes that lies wholly in R1, so a
 *     longer suffix reaching out of R1 leaves the shorter ones a chance.
 *  2. Step 1 deletes the longest of the noun, adjective and verb endings
 *     (a, arna, erna, heterna, ... ast; see the table), or an s after one
 *     of b c d f g h j k l m n o p r t v y, which itself may lie before
 *     R1.
 *  3. Step 2: a final dd, gd, nn, dt, gt, kt or tt loses its last letter.
 *  4. Step 3: the longest of lig, ig, els goes; löst becomes lös and
 *     fullt becomes full.
 */

/* Longest first, so the first match is the longest one.  The s, whose
 * deletion has a condition of its own, is handled apart. */
static const struct suffix step1_suffixes[] = {
	SUF("heterna", ""),
	SUF("hetens", ""),
	SUF("anden", ""), SUF("heten", ""), SUF("arnas", ""),
	SUF("ernas", ""), SUF("ornas", ""), SUF("andes", ""),
	SUF("arens", ""), SUF("andet", ""),
	SUF("arna", ""), SUF("erna", ""), SUF("orna", ""), SUF("ande", ""),
	SUF("arne", ""), SUF("aste", ""), SUF("aren", ""), SUF("heter", ""),
	SUF("erns", ""), SUF("ades", ""),
	SUF("ade", ""), SUF("are", ""), SUF("ern", ""), SUF("ens", ""),
	SUF("het", ""), SUF("ast", ""),
	SUF("ad", ""), SUF("en", ""), SUF("ar", ""), SUF("er", ""),
	SUF("or", ""), SUF("as", ""), SUF("es", ""), SUF("at", ""),
	SUF("a", ""), SUF("e", ""), SUF("s", "")
};

/* Step 2 keeps the first letter of these. */
static const struct suffix step2_suffixes[] = {
	SUF("dd", "d"), SUF("gd", "g"), SUF("nn", "n"), SUF("dt", "d"),
	SUF("gt", "g"), SUF("kt", "k"), SUF("tt", "t")
};

static const struct suffix step3_suffixes[] = {
	SUF("fullt", "full"), SUF("l\xC3\xB6st", "l\xC3\xB6s"),
	SUF("lig", ""), SUF("els", ""), SUF("ig", "")
};

/* Whether the character W[I..E) is a vowel: an ASCII one, or ä å ö
 * (C3 A4, C3 A5, C3 B6). */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	unsigned char c = (unsigned char)w[i];

	if (e - i == 1)
		return c != '\0' && strchr("aeiouy", c) != NULL;
	if (e - i != 2 || c != 0xC3)
		return 0;
	c = (unsigned char)w[i + 1];
	return c == 0xA4 || c == 0xA5 || c == 0xB6;
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
	/* The letter before the s may lie before R1. */
	if (s->len == 1 && s->s[0] == 's' &&
	    (at == 0 || st->w[at - 1] == '\0' ||
	    strchr("bcdfghjklmnoprtvy", st->w[at - 1]) == NULL))
		return;
	st->n = at;
}

static size_t
stem_sv(char *word, size_t len)
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

/* Abbreviations that close their phrase: osv. (och så vidare), m.m.
 * (med mera), etc., and the era after a year, f.Kr., e.Kr.; a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"e.kr", "etc", "f.kr", "m.m", "osv"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][12] = {
	"hälsning", "hälsningar", "mvh"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][13] = {
	"licens", "licenser", "upphovsrätt"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][26] = {
	"avprenumerera", "avregistrera", "avsluta din prenumeration",
	"avsluta prenumerationen", "detta e postmeddelande",
	"detta mejl skickades", "du får den här", "du får det här",
	"du får detta", "du har fått det här", "du har fått detta",
	"svara inte på", "säg upp prenumerationen"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][30] = {
	"förlåt för sent svar", "ha en bra dag", "ha en trevlig helg",
	"hoppas allt är bra", "hoppas du mår bra", "hur mår du",
	"hör av dig om du har frågor", "hör gärna av dig", "stort tack",
	"tack", "tack för din beställning", "tack för din bokning",
	"tack för din hjälp", "tack för ditt mail",
	"tack för ditt meddelande", "tack för ditt mejl",
	"tack för ditt svar", "tack för ert tålamod", "tack för hjälpen",
	"tack för informationen", "tack för snabbt svar", "tack på förhand",
	"trevlig helg", "tusen tack", "ursäkta sent svar"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][19] = {
	"jag heter", "jag är mamma till", "jag är pappa till",
	"mitt namn är"
};

const lang lang_sv = {
	.code = "sv",
	.name = "Swedish",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 6),
	.dangling = WORD_LIST(dangling, 6),
	.compounds = 1,
	.closings = WORD_LIST(closings, 11),
	.licences = WORD_LIST(licences, 12),
	.notices = WORD_LIST(notices, 25),
	.formulas = WORD_LIST(formulas, 29),
	.introductions = WORD_LIST(introductions, 18),
	.stem = stem_sv,
};
