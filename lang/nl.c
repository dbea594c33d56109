/*
 * nl.c - Dutch: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Dutch function words: articles, pronouns and their forms (with the
 * written-out clitics m'n, z'n, d'r), prepositions, conjunctions, the
 * forms of zijn, hebben, worden and the modals, the er-, daar-, hier-
 * and waar- adverbs, common adverbs.  Folded, sorted (strcmp order). */
static const char stopwords[][12] = {
	"aan", "achter", "af", "al", "alle", "allebei", "alleen", "allemaal",
	"alles", "als", "alsof", "altijd", "ander", "andere", "anders",
	"behalve", "beide", "beiden", "ben", "bent", "bij", "bijna", "binnen",
	"boven", "bovendien", "buiten", "d'r", "daar", "daarbij", "daardoor",
	"daarentegen", "daarin", "daarmee", "daarna", "daarom", "daarop",
	"daarvan", "dan", "dankzij", "dat", "de", "deed", "des", "deze",
	"dezelfde", "die", "dit", "doch", "doe", "doen", "doet", "door",
	"dus", "echter", "een", "eens", "eerder", "elk", "elkaar", "elke",
	"en", "enige", "enkele", "er", "erg", "erin", "ermee", "erop",
	"eruit", "ervan", "even", "evenals", "ge", "gedaan", "geen", "gehad",
	"geweest", "geworden", "haar", "had", "hadden", "heb", "hebben",
	"hebt", "heeft", "heel", "hem", "hen", "het", "hetzelfde", "hier",
	"hierbij", "hierdoor", "hierin", "hiermee", "hiervan", "hij", "hoe",
	"hoeveel", "hoewel", "hun", "ieder", "iedere", "iedereen", "iemand",
	"iets", "ik", "in", "indien", "is", "ja", "je", "jezelf", "jij",
	"jou", "jouw", "jullie", "kan", "kon", "konden", "kunnen", "kunt",
	"laat", "laten", "liet", "m'n", "maar", "mag", "me", "meer", "meest",
	"men", "met", "mezelf", "mij", "mijn", "minder", "misschien", "mocht",
	"mochten", "moest", "moesten", "moet", "moeten", "mogen", "na",
	"naar", "naast", "nadat", "namelijk", "namens", "nee", "net",
	"niemand", "niet", "niets", "noch", "nog", "nogal", "nooit", "nu",
	"of", "ofwel", "om", "omdat", "onder", "ongeveer", "ons", "onszelf",
	"onze", "ook", "op", "opdat", "over", "pas", "per", "reeds", "rond",
	"rondom", "sinds", "soms", "steeds", "te", "tegen", "tenzij",
	"terwijl", "tevens", "tijdens", "toch", "toe", "toen", "tot",
	"totdat", "tussen", "u", "uit", "uw", "vaak", "van", "vanaf",
	"vanuit", "veel", "verder", "via", "volgens", "voor", "voordat",
	"waar", "waarbij", "waardoor", "waarin", "waarmee", "waarom",
	"waarop", "waarvan", "wanneer", "want", "waren", "was", "wat", "we",
	"weer", "wegens", "weinig", "wel", "welk", "welke", "welks", "werd",
	"werden", "wie", "wij", "wil", "wilde", "wilden", "willen", "wilt",
	"word", "worden", "wordt", "z'n", "ze", "zeer", "zelf", "zelfde",
	"zelfs", "zich", "zichzelf", "zij", "zijn", "zo", "zo'n", "zoals",
	"zodat", "zodra", "zonder", "zou", "zouden", "zowel", "zulk", "zulke",
	"zullen", "zult"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char titles[][5] = {
	"dhr", "dr", "drs", "ds", "ing", "ir", "mevr", "mgr", "mr", "mw",
	"prof"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: "Nr.", "Str.", "enz.".  Folded, without the period, sorted. */
static const char abbrevs[][5] = {
	"afb", "afd", "apr", "aug", "bijv", "blz", "bv", "ca", "dec", "dgl",
	"enz", "etc", "evt", "excl", "feb", "fig", "incl", "jan", "jl", "jr",
	"max", "min", "mld", "mln", "mrd", "mrt", "nl", "nov", "nr", "okt",
	"resp", "sep", "sept", "st", "str", "tel", "vgl", "vs", "zg", "zgn"
};

/* Those of them also written in lower case ("bijv.", "enz.").  Sorted. */
static const char lower_abbrevs[][5] = {
	"afb", "afd", "bijv", "blz", "bv", "ca", "dgl", "enz", "etc", "evt",
	"excl", "fig", "incl", "jl", "mld", "mln", "mrd", "nl", "nr", "resp",
	"tel", "vgl", "vs", "zg", "zgn"
};

/* Relative pronouns: a remark in brackets after a stop that opens with
 * one belongs to the sentence before ("(Wat niemand verbaasde.)").  Not
 * die and dat: as demonstratives they open many more sentences than
 * remarks ("(Die tentoonstelling loopt nog.)").  Sorted. */
static const char relatives[][9] = {
	"hetgeen", "waar", "waardoor", "waarin", "waarmee", "waarop",
	"waarvan", "wat", "welk", "welke", "wie", "wiens", "wier"
};

/* Words that cannot end a line or a heading: articles, prepositions,
 * conjunctions, possessives (not zijn and haar, also a verb and a noun;
 * not dat and die, also pronouns).  Sorted. */
static const char dangling[][7] = {
	"aan", "als", "bij", "de", "door", "een", "en", "het", "in", "jouw",
	"maar", "met", "mijn", "naar", "of", "om", "omdat", "onder", "ons",
	"onze", "op", "over", "te", "tegen", "tot", "tussen", "uit", "uw",
	"van", "voor", "want", "zonder"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Dutch (the original algorithm of Snowball 2).
 *
 * The word arrives lower-cased as UTF-8 and is rewritten in place.  The
 * vowels are a, e, i, o, u, y and è; any other character, one byte or
 * several, is a non-vowel.  Every suffix is ASCII, so suffixes are
 * compared as bytes and characters are decoded only to tell vowels and
 * to count.
 *
 *  1. Prelude: ä á ë é ï í ö ó ü ú lose their accents.  A y that starts
 *     the word, or follows a vowel, is written Y; an i between vowels is
 *     written I; neither is a vowel then.  Left to right: the vowel after
 *     a marked i opens no match of its own.
 *  2. Regions: R1 starts after the first non-vowel that follows a vowel,
 *     but never before the third character; R2 after the next such
 *     non-vowel beyond R1 as it was before that adjustment.
 *  3. Step 1 takes the longest of heden, en, ene, s, se.  heden becomes
 *     heid in R1.  en, ene go if in R1, after a non-vowel, and not after
 *     gem; then a final kk, dd or tt loses a letter ("undoubling").  s,
 *     se go if in R1 after a non-vowel other than j.
 *  4. Step 2: a final e goes if in R1 after a non-vowel, and the word is
 *     undoubled; remember that it went.
 *  5. Step 3a: heid goes if in R2 and not after c, and then an en before
 *     it as in step 1.
 *  6. Step 3b takes the longest of end, ing, ig, lijk, baar, bar in R2.
 *     end, ing go, and then an ig in R2 not after e, else the word is
 *     undoubled; ig goes if not after e; lijk goes and step 2 runs again;
 *     baar goes; bar goes only if step 2 removed an e.
 *  7. Step 4: a word ending in a non-vowel, aa ee oo or uu, and a
 *     non-vowel other than I loses one of the doubled vowels (maan ->
 *     man).
 *  8. Postlude: I and Y become i and y again.
 *
 * Within steps 1 and 3b only the longest matching suffix counts: when
 * its condition fails the step does nothing.
 */

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 p1;	/* byte offset of R1 (n when empty) */
	size_t	 p2;	/* byte offset of R2 */
	int	 e_found;	/* step 2 removed an e */
};

/* A suffix of a step and what the step does with it. */
/* A suffix in place, not a pointer to it: the loader would relocate
 * each pointer at every start. */
struct suffix {
	char		 s[6];	/* the longest, "heden", has 5 bytes */
	unsigned char	 len;
	unsigned char	 what;
};

#define SUF(s, what) { s, sizeof(s) - 1, what }
#define ENDS(st, lit) ends((st), (lit), sizeof(lit) - 1)
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { HEDEN, EN, S, END, IG, LIJK, BAAR, BAR };

/* Longest first, so the first match is the longest one. */
static const struct suffix step1_suffixes[] = {
	SUF("heden", HEDEN), SUF("ene", EN), SUF("en", EN), SUF("se", S),
	SUF("s", S)
};

static const struct suffix step3b_suffixes[] = {
	SUF("lijk", LIJK), SUF("baar", BAAR), SUF("end", END),
	SUF("ing", END), SUF("bar", BAR), SUF("ig", IG)
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

/* Whether the character W[I..E) is a vowel: an ASCII one or è (C3 A8). */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	unsigned char c = (unsigned char)w[i];

	if (e - i == 1)
		return c != '\0' && strchr("aeiouy", c) != NULL;
	return e - i == 2 && c == 0xC3 && (unsigned char)w[i + 1] == 0xA8;
}

/* Whether a non-vowel ends W[0..AT); it must not be NOT_ALSO either. */
static int
non_vowel_before(const char *w, size_t at, char not_also)
{
	size_t i;

	if (at == 0)
		return 0;
	i = prev_char(w, at);
	return !is_vowel(w, i, at) && !(at - i == 1 && w[i] == not_also);
}

/* Whether the word ends in SUF (LEN bytes). */
static int
ends(const struct stem *st, const char *suf, size_t len)
{
	return st->n >= len && memcmp(st->w + st->n - len, suf, len) == 0;
}

/* The first (so the longest) suffix of table T (NT entries) that ends
 * the word, or NULL. */
static const struct suffix *
longest(const struct stem *st, const struct suffix *t, size_t nt)
{
	const struct suffix *end = t + nt;

	for (; t < end; t++)
		if (ends(st, t->s, t->len))
			return t;
	return NULL;
}

/*
 * Offset just past the first non-vowel that follows a vowel, looking
 * from I on; N (an empty region) if there is none.
 */
static size_t
region(const char *w, size_t n, size_t i)
{
	size_t e;
	int vowel_seen = 0;

	for (; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e))
			vowel_seen = 1;
		else if (vowel_seen)
			return e;
	}
	return n;
}

/* The plain vowel for the accented one whose second UTF-8 byte (after
 * C3) is C, or 0 if the prelude keeps it. */
static char
plain_vowel(unsigned char c)
{
	switch (c) {
	case 0xA4: case 0xA1:	/* ä á */
		return 'a';
	case 0xAB: case 0xA9:	/* ë é */
		return 'e';
	case 0xAF: case 0xAD:	/* ï í */
		return 'i';
	case 0xB6: case 0xB3:	/* ö ó */
		return 'o';
	case 0xBC: case 0xBA:	/* ü ú */
		return 'u';
	default:
		return 0;
	}
}

/* Removes the accents (the word can only shrink), then marks the
 * consonantal y and i as Y and I. */
static void
prelude(struct stem *st)
{
	char *w = st->w, c;
	size_t i, j, e, f;

	for (i = j = 0; i < st->n; i++) {
		if ((unsigned char)w[i] == 0xC3 && i + 1 < st->n &&
		    (c = plain_vowel((unsigned char)w[i + 1])) != 0) {
			w[j++] = c;
			i++;
		} else {
			w[j++] = w[i];
		}
	}
	st->n = j;
	if (st->n > 0 && w[0] == 'y')
		w[0] = 'Y';
	for (i = 0; i < st->n; i = e) {
		e = next_char(w, st->n, i);
		if (!is_vowel(w, i, e) || e >= st->n)
			continue;
		if (w[e] == 'y') {
			w[e++] = 'Y';
		} else if (w[e] == 'i' && e + 1 < st->n) {
			f = next_char(w, st->n, e + 1);
			if (is_vowel(w, e + 1, f)) {
				w[e] = 'I';
				e = f;	/* that vowel opens no match */
			}
		}
	}
}

static void
mark_regions(struct stem *st)
{
	size_t i, k;

	st->p1 = region(st->w, st->n, 0);
	st->p2 = region(st->w, st->n, st->p1);
	/* Where the third character ends, if there is one. */
	for (i = 0, k = 0; i < st->n && k < 3; k++)
		i = next_char(st->w, st->n, i);
	if (k < 3)
		st->p1 = st->n;
	else if (st->p1 < i)
		st->p1 = i;
}

/* A final kk, dd or tt loses its last letter. */
static void
undouble(struct stem *st)
{
	if (ENDS(st, "kk") || ENDS(st, "dd") || ENDS(st, "tt"))
		st->n--;
}

/* Deletes the en or ene of LEN bytes that ends the word if it lies in
 * R1 after a non-vowel but not after gem, and undoubles.  Whether it
 * did. */
static int
en_ending(struct stem *st, size_t len)
{
	size_t at = st->n - len;

	if (at < st->p1 || !non_vowel_before(st->w, at, '\0') ||
	    (at >= 3 && memcmp(st->w + at - 3, "gem", 3) == 0))
		return 0;
	st->n = at;
	undouble(st);
	return 1;
}

/* Step 2, and again after lijk. */
static void
e_ending(struct stem *st)
{
	size_t at;

	st->e_found = 0;
	if (!ENDS(st, "e") || (at = st->n - 1) < st->p1 ||
	    !non_vowel_before(st->w, at, '\0'))
		return;
	st->n = at;
	st->e_found = 1;
	undouble(st);
}

static void
step1(struct stem *st)
{
	const struct suffix *s = longest(st, step1_suffixes,
	    NELEM(step1_suffixes));
	size_t at;

	if (s == NULL)
		return;
	at = st->n - s->len;
	switch (s->what) {
	case HEDEN:
		if (at >= st->p1) {
			memcpy(st->w + at, "heid", 4);
			st->n = at + 4;
		}
		break;
	case EN:
		en_ending(st, s->len);
		break;
	default:
		if (at >= st->p1 && non_vowel_before(st->w, at, 'j'))
			st->n = at;
		break;
	}
}

static void
step3a(struct stem *st)
{
	size_t at;

	if (!ENDS(st, "heid") || (at = st->n - 4) < st->p2 ||
	    (at > 0 && st->w[at - 1] == 'c'))
		return;
	st->n = at;
	if (ENDS(st, "en"))
		en_ending(st, 2);
}

static void
step3b(struct stem *st)
{
	const struct suffix *s = longest(st, step3b_suffixes,
	    NELEM(step3b_suffixes));
	size_t at;

	if (s == NULL || (at = st->n - s->len) < st->p2)
		return;
	switch (s->what) {
	case END:
		st->n = at;
		if (ENDS(st, "ig") && (at = st->n - 2) >= st->p2 &&
		    !(at > 0 && st->w[at - 1] == 'e'))
			st->n = at;
		else
			undouble(st);
		break;
	case IG:
		if (!(at > 0 && st->w[at - 1] == 'e'))
			st->n = at;
		break;
	case LIJK:
		st->n = at;
		e_ending(st);
		break;
	case BAR:
		if (st->e_found)
			st->n = at;
		break;
	default:	/* baar */
		st->n = at;
		break;
	}
}

/* Step 4: non-vowel, a doubled a e o u, non-vowel other than I. */
static void
step4(struct stem *st)
{
	char *w = st->w;
	size_t d;

	if (st->n < 4 || !non_vowel_before(w, st->n, 'I'))
		return;
	d = prev_char(w, st->n);
	if (d < 3 || w[d - 1] != w[d - 2] || w[d - 1] == '\0' ||
	    strchr("aeou", w[d - 1]) == NULL ||
	    !non_vowel_before(w, d - 2, '\0'))
		return;
	memmove(w + d - 1, w + d, st->n - d);
	st->n--;
}

static size_t
stem_nl(char *word, size_t len)
{
	struct stem st;
	size_t i;

	st.w = word;
	st.n = len;
	st.e_found = 0;
	prelude(&st);
	mark_regions(&st);
	step1(&st);
	e_ending(&st);
	step3a(&st);
	step3b(&st);
	step4(&st);
	for (i = 0; i < st.n; i++)
		if (word[i] == 'I' || word[i] == 'Y')
			word[i] = (char)(word[i] + ('a' - 'A'));
	return st.n;
}

/* Abbreviations that close their phrase: enz. (enzovoort), etc., and
 * the era after a year, v.Chr., n.Chr.; a capital after one opens a
 * sentence (see lang.h). */
static const char phrase_ends[][6] = {
	"chr", "enz", "etc", "n.chr", "v.chr"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][9] = {
	"groet", "groeten", "groetjes"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][10] = {
	"licentie", "licenties"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][28] = {
	"afmelden voor", "beantwoord deze e mail niet",
	"deze e mail is verzonden", "deze e mail ontvangen",
	"deze e mail werd verzonden", "dit bericht is verzonden",
	"dit bericht ontvangen", "hier afmelden", "je afmelden",
	"je ontvangt deze", "je ontvangt dit", "jij ontvangt deze",
	"reageer niet op", "u afmelden", "u ontvangt deze", "u ontvangt dit",
	"uitschrijven"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][33] = {
	"alvast bedankt", "bedankt", "bedankt voor de snelle reactie",
	"bedankt voor je bericht", "bedankt voor je e mail",
	"bedankt voor je geduld", "bedankt voor je hulp",
	"bedankt voor je mail", "bedankt voor je reactie",
	"bedankt voor je snelle reactie", "bedankt voor uw begrip",
	"bedankt voor uw bericht", "bedankt voor uw bestelling",
	"bedankt voor uw e mail", "bedankt voor uw geduld",
	"bedankt voor uw hulp", "bedankt voor uw mail",
	"bedankt voor uw reactie", "bedankt voor uw snelle reactie",
	"dank je wel", "dank u wel", "dank voor je hulp",
	"dank voor uw begrip", "een fijn weekend",
	"excuses voor de late reactie", "excuses voor het ongemak",
	"fijn weekend", "fijne dag", "hartelijk dank", "heb je nog vragen",
	"heeft u nog vragen", "hoe gaat het", "hoe gaat het met je",
	"hoe gaat het met u", "ik hoop dat alles goed is",
	"ik hoop dat het goed met je gaat",
	"ik hoop dat het goed met u gaat", "ik hoor graag van je",
	"ik hoor graag van u", "laat het me gerust weten",
	"mocht je nog vragen hebben", "mocht u nog vragen hebben",
	"neem gerust contact met mij op", "neem gerust contact op",
	"nog een fijne dag", "prettig weekend", "sorry voor de late reactie"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][23] = {
	"ik ben de moeder van", "ik ben de vader van", "ik heet",
	"mijn naam is", "wij zijn de ouders van"
};

const lang lang_nl = {
	.code = "nl",
	.name = "Dutch",
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 6),
	.compounds = 1,
	.closings = WORD_LIST(closings, 8),
	.licences = WORD_LIST(licences, 9),
	.notices = WORD_LIST(notices, 27),
	.formulas = WORD_LIST(formulas, 32),
	.introductions = WORD_LIST(introductions, 22),
	.stem = stem_nl,
};
