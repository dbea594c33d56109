/*
 * ro.c - Romanian: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/*
 * Romanian function words, sorted (strcmp order): articles, pronouns
 * and their clitic forms, prepositions, conjunctions, the common forms
 * of a fi, a avea, a putea and a trebui, adverbs of degree, time and
 * place, negation and question words.  Written with ș and ț (comma
 * below), the standard spelling, and again with ş and ţ (cedilla),
 * which older text still has.
 */
static const char stopwords[][13] = {
	"a", "acea", "aceasta", "această", "aceea", "acei", "aceia", "acel",
	"acela", "acele", "acelea", "acest", "acesta", "aceste", "acestea",
	"acestei", "acestor", "acestora", "acestui", "acestuia", "acolo",
	"acum", "adică", "ai", "aia", "aibă", "aici", "al", "ale", "alt",
	"alta", "altceva", "alte", "altfel", "alti", "altul", "altă", "alții",
	"am", "apoi", "ar", "are", "asta", "astfel", "astăzi", "asupra", "au",
	"avea", "avem", "aveţi", "aveți", "avut", "azi", "aş", "aşa", "aţi",
	"aș", "așa", "ați", "ba", "bine", "ca", "care", "ce", "cea", "ceea",
	"cei", "ceilalţi", "ceilalți", "cel", "cele", "celor", "ceva",
	"chiar", "cine", "cineva", "cu", "cum", "cumva", "cât", "câte",
	"câtă", "câţi", "câți", "cînd", "cît", "că", "căci", "cărei", "căror",
	"cărui", "către", "da", "dacă", "dar", "de", "deasupra", "deci",
	"deja", "despre", "deşi", "deși", "din", "dintre", "doar", "după",
	"e", "ea", "ei", "el", "ele", "era", "erau", "este", "eu", "fi",
	"fie", "fiecare", "fiind", "fost", "fără", "ia", "iar", "ieri", "la",
	"le", "li", "lor", "lui", "m", "mai", "mea", "mei", "mele", "meu",
	"mi", "mie", "mine", "mult", "multe", "multă", "mulţi", "mulți", "n",
	"ne", "nici", "niciodată", "nimeni", "nimic", "noastre", "noastră",
	"noi", "nostru", "nouă", "noştri", "noștri", "nu", "numai", "o",
	"oare", "or", "ori", "oricare", "orice", "oricine", "oricum", "pe",
	"pentru", "peste", "poate", "pot", "prea", "prin", "printre", "până",
	"s", "sa", "sale", "sau", "se", "sub", "sunt", "suntem", "sunteţi",
	"sunteți", "să", "său", "ta", "tale", "te", "toate", "toată", "tot",
	"totuşi", "totuși", "toţi", "toți", "tu", "tău", "un", "una", "unde",
	"unei", "unele", "uneori", "unor", "unui", "unul", "va", "voastre",
	"voastră", "voi", "vom", "vor", "vostru", "voştri", "voștri", "vreo",
	"vreun", "vă", "îi", "îl", "îmi", "împotriva", "în", "înainte",
	"înapoi", "însă", "întotdeauna", "între", "întrucât", "îţi", "îți",
	"şi", "ţi", "ţie", "și", "ți", "ție"
};

/* Words that, followed by a period, introduce a name ("Dl. Popescu",
 * "Prof. Ionescu"): never a sentence end. */
static const char titles[][5] = {
	"dl", "dna", "dnei", "dnul", "dr", "ing", "lt", "pr", "prof", "sf"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("etc.", "nr."). */
static const char abbrevs[][5] = {
	"alin", "ap", "art", "bd", "bl", "cap", "cca", "etc", "ex", "fig",
	"jud", "mun", "nr", "pag", "pp", "sc", "sect", "str", "tel", "vol"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][5] = {
	"alin", "ap", "art", "bd", "bl", "cap", "cca", "etc", "ex", "fig",
	"jud", "mun", "nr", "pag", "pp", "sc", "sect", "str", "tel", "vol"
};

/* Relative pronouns. */
static const char relatives[][7] = {
	"care", "ce", "cine", "cărei", "căror", "cărui", "unde"
};

/* Articles, prepositions, conjunctions and possessives: they cannot end
 * a line or a heading. */
static const char dangling[][8] = {
	"a", "al", "ale", "ca", "cu", "către", "de", "din", "dintre", "după",
	"fără", "la", "lui", "ori", "pe", "pentru", "peste", "prin",
	"printre", "sau", "spre", "sub", "un", "una", "unei", "unor", "unui",
	"în", "între", "şi", "și"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Romanian, done on the UTF-8 bytes.
 *
 * The vowels are a e i o u, â î and ă.  The published algorithm spells
 * its suffixes with ş and ţ (cedilla, U+015F and U+0163), as this
 * version does to agree with it: ș and ț (comma below) are for it
 * letters that no suffix holds.  Suffixes are compared as bytes; code
 * points are looked at only to tell vowels from the rest.
 *
 *  1. Prelude: a u or i between two vowels is written U or I, which
 *     count as non-vowels.
 *  2. Regions.  RV: if the second letter is a non-vowel, the region
 *     after the next vowel; if the first two letters are vowels, the
 *     region after the next non-vowel; else (non-vowel, vowel) the
 *     region after the third letter.  R1 starts after the first
 *     non-vowel that follows a vowel, R2 is the same inside R1.  A
 *     suffix is in a region when it starts inside it.
 *  3. Step 0 reduces the article and plural endings in R1: -ul, -ului
 *     go, -aua becomes a, -ea, -ele, -elor e, -ii, -iua, -iei, -iile,
 *     -iilor, -ilor i, -ile i (not after ab), -atei at, -aţie and -aţia
 *     aţi.
 *  4. Step 1, repeated while it applies: a compound suffix in R1 is
 *     cut back to its first part (-abilitate -> abil, -icator -> ic,
 *     -ativ -> at, -itoare -> it, ...).
 *  5. Step 2: the longest standard suffix in R2 is deleted (-at, -ic,
 *     -abil, -os, -ant, -iv, -itate, ...), -iune after ţ goes with it
 *     (the ţ becomes t), and -ism, -ist and their forms become ist.
 *  6. If neither step 1 nor step 2 removed anything, step 3 deletes the
 *     longest verb ending in RV; some of them only after a non-vowel
 *     or u, itself in RV.
 *  7. Step 4 deletes a final a, e, i, ie or ă in RV.
 *  8. Postlude: I and U back to lower case.
 *
 * In each table only the longest matching suffix counts: if its
 * conditions fail the step fails, it never tries a shorter one.
 */

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 rv;	/* byte offset of RV; may pass n */
	size_t	 r1;	/* of R1 */
	size_t	 r2;	/* of R2 */
};

/* A suffix in place, not a pointer to it: the loader would relocate
 * each pointer at every start. */
struct suffix {
	char		 s[12];	/* the longest, "abilităţi", has 11 bytes */
	unsigned char	 len;
	unsigned char	 act;	/* what to do, the step says */
};

#define SUF(s, act) { s, sizeof(s) - 1, act }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

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

/* Whether the character W[I..E) is a Romanian vowel. */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	if (e - i == 1)
		return w[i] != '\0' && strchr("aeiou", w[i]) != NULL;
	return e - i == 2 && (memcmp(w + i, "â", 2) == 0 ||
	    memcmp(w + i, "î", 2) == 0 || memcmp(w + i, "ă", 2) == 0);
}

/* Whether the character starting at I (< N) is a vowel. */
static int
vowel_at(const char *w, size_t n, size_t i)
{
	return is_vowel(w, i, next_char(w, n, i));
}

/*
 * The longest suffix of table T (NT entries) that ends the word and
 * starts at or after LIMIT, or NULL.
 */
static const struct suffix *
longest(const struct stem *st, const struct suffix *t, size_t nt,
    size_t limit)
{
	const struct suffix *best = NULL;
	size_t i;

	for (i = 0; i < nt; i++)
		if ((best == NULL || t[i].len > best->len) &&
		    t[i].len <= st->n && st->n - t[i].len >= limit &&
		    memcmp(st->w + st->n - t[i].len, t[i].s, t[i].len) == 0)
			best = &t[i];
	return best;
}

/* Replace the end of the word from AT by the string REP. */
static void
put(struct stem *st, size_t at, const char *rep)
{
	size_t len = strlen(rep);

	memcpy(st->w + at, rep, len);
	st->n = at + len;
}

/* Offset just past the first character from I on that is (IS) or is
 * not a vowel, or N if there is none. */
static size_t
past(const char *w, size_t n, size_t i, int is)
{
	while (i < n && vowel_at(w, n, i) != is)
		i = next_char(w, n, i);
	return i < n ? next_char(w, n, i) : n;
}

/* Regions (2). */
static void
mark_regions(struct stem *st)
{
	const char *w = st->w;
	size_t n = st->n, a, b;

	st->rv = n;
	if (n > 0 && (a = next_char(w, n, 0)) < n) {
		b = next_char(w, n, a);
		if (!is_vowel(w, a, b))
			st->rv = past(w, n, b, 1);
		else if (vowel_at(w, n, 0))
			st->rv = past(w, n, b, 0);
		else if (b < n)
			st->rv = next_char(w, n, b);
	}
	st->r1 = past(w, n, past(w, n, 0, 1), 0);
	st->r2 = past(w, n, past(w, n, st->r1, 1), 0);
}

/*
 * Prelude (1), left to right, so that a letter just marked is no vowel
 * for the next test.
 */
static void
prelude(char *w, size_t n)
{
	size_t i, e;

	for (i = 0; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e) && e + 1 < n &&
		    (w[e] == 'u' || w[e] == 'i') && vowel_at(w, n, e + 1))
			w[e] = (char)(w[e] - 'a' + 'A');
	}
}

/* Step 0's replacements, by index in step0_reps. */
static const char step0_reps[][5] = { "", "a", "e", "i", "at", "aţi" };

static const struct suffix step0_suffixes[] = {
	SUF("ul", 0), SUF("ului", 0), SUF("aua", 1), SUF("ea", 2),
	SUF("ele", 2), SUF("elor", 2), SUF("ii", 3), SUF("iua", 3),
	SUF("iei", 3), SUF("iile", 3), SUF("iilor", 3), SUF("ilor", 3),
	SUF("ile", 6), SUF("atei", 4), SUF("aţie", 5), SUF("aţia", 5),
};

/* Step 0 (3). */
static void
step0(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, step0_suffixes, NELEM(step0_suffixes), 0);
	if (s == NULL || (at = st->n - s->len) < st->r1)
		return;
	if (s->act == 6) {	/* -ile, but not -abile */
		if (at >= 2 && memcmp(st->w + at - 2, "ab", 2) == 0)
			return;
		put(st, at, "i");
	} else {
		put(st, at, step0_reps[s->act]);
	}
}

/* Step 1's replacements, by index in combo_reps. */
static const char combo_reps[][5] = {
	"abil", "ibil", "iv", "ic", "at", "it"
};

static const struct suffix combo_suffixes[] = {
	SUF("abilitate", 0), SUF("abilitati", 0), SUF("abilităi", 0),
	SUF("abilităţi", 0),
	SUF("ibilitate", 1),
	SUF("ivitate", 2), SUF("ivitati", 2), SUF("ivităi", 2),
	SUF("ivităţi", 2),
	SUF("icitate", 3), SUF("icitati", 3), SUF("icităi", 3),
	SUF("icităţi", 3), SUF("icator", 3), SUF("icatori", 3),
	SUF("iciv", 3), SUF("iciva", 3), SUF("icive", 3), SUF("icivi", 3),
	SUF("icivă", 3), SUF("ical", 3), SUF("icala", 3), SUF("icale", 3),
	SUF("icali", 3), SUF("icală", 3),
	SUF("ativ", 4), SUF("ativa", 4), SUF("ative", 4), SUF("ativi", 4),
	SUF("ativă", 4), SUF("aţiune", 4), SUF("atoare", 4), SUF("ator", 4),
	SUF("atori", 4), SUF("ătoare", 4), SUF("ător", 4), SUF("ători", 4),
	SUF("itiv", 5), SUF("itiva", 5), SUF("itive", 5), SUF("itivi", 5),
	SUF("itivă", 5), SUF("iţiune", 5), SUF("itoare", 5), SUF("itor", 5),
	SUF("itori", 5),
};

/* One round of step 1 (4).  Returns whether it replaced a suffix. */
static int
combo_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, combo_suffixes, NELEM(combo_suffixes), 0);
	if (s == NULL || (at = st->n - s->len) < st->r1)
		return 0;
	put(st, at, combo_reps[s->act]);
	return 1;
}

enum { D_DELETE, D_IUNE, D_IST };

static const struct suffix standard_suffixes[] = {
	SUF("at", 0), SUF("ata", 0), SUF("ată", 0), SUF("ati", 0),
	SUF("ate", 0), SUF("ut", 0), SUF("uta", 0), SUF("ută", 0),
	SUF("uti", 0), SUF("ute", 0), SUF("it", 0), SUF("ita", 0),
	SUF("ită", 0), SUF("iti", 0), SUF("ite", 0),
	SUF("ic", 0), SUF("ica", 0), SUF("ice", 0), SUF("ici", 0),
	SUF("ică", 0), SUF("abil", 0), SUF("abila", 0), SUF("abile", 0),
	SUF("abili", 0), SUF("abilă", 0), SUF("ibil", 0), SUF("ibila", 0),
	SUF("ibile", 0), SUF("ibili", 0), SUF("ibilă", 0), SUF("oasa", 0),
	SUF("oasă", 0), SUF("oase", 0), SUF("os", 0), SUF("osi", 0),
	SUF("oşi", 0), SUF("ant", 0), SUF("anta", 0), SUF("ante", 0),
	SUF("anti", 0), SUF("antă", 0), SUF("ator", 0), SUF("atori", 0),
	SUF("itate", 0), SUF("itati", 0), SUF("ităi", 0),
	SUF("ităţi", 0), SUF("iv", 0), SUF("iva", 0), SUF("ive", 0),
	SUF("ivi", 0), SUF("ivă", 0),
	SUF("iune", D_IUNE), SUF("iuni", D_IUNE),
	SUF("ism", D_IST), SUF("isme", D_IST), SUF("ist", D_IST),
	SUF("ista", D_IST), SUF("iste", D_IST), SUF("isti", D_IST),
	SUF("istă", D_IST), SUF("işti", D_IST),
};

/* Step 2 (5).  Returns whether it removed a suffix. */
static int
standard_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, standard_suffixes, NELEM(standard_suffixes), 0);
	if (s == NULL || (at = st->n - s->len) < st->r2)
		return 0;
	switch (s->act) {
	case D_IUNE:
		if (at < 2 || memcmp(st->w + at - 2, "ţ", 2) != 0)
			return 0;
		put(st, at - 2, "t");
		break;
	case D_IST:
		put(st, at, "ist");
		break;
	default:
		st->n = at;
		break;
	}
	return 1;
}

/* V_AFTER: only after a non-vowel or u. */
enum { V_DELETE, V_AFTER };

static const struct suffix verb_suffixes[] = {
	SUF("are", V_AFTER), SUF("ere", V_AFTER), SUF("ire", V_AFTER),
	SUF("âre", V_AFTER), SUF("ind", V_AFTER), SUF("ând", V_AFTER),
	SUF("indu", V_AFTER), SUF("ându", V_AFTER), SUF("eze", V_AFTER),
	SUF("ească", V_AFTER), SUF("ez", V_AFTER), SUF("ezi", V_AFTER),
	SUF("ează", V_AFTER), SUF("esc", V_AFTER), SUF("eşti", V_AFTER),
	SUF("eşte", V_AFTER), SUF("ăsc", V_AFTER), SUF("ăşti", V_AFTER),
	SUF("ăşte", V_AFTER), SUF("am", V_AFTER), SUF("ai", V_AFTER),
	SUF("au", V_AFTER), SUF("eam", V_AFTER), SUF("eai", V_AFTER),
	SUF("ea", V_AFTER), SUF("eaţi", V_AFTER), SUF("eau", V_AFTER),
	SUF("iam", V_AFTER), SUF("iai", V_AFTER), SUF("ia", V_AFTER),
	SUF("iaţi", V_AFTER), SUF("iau", V_AFTER), SUF("ui", V_AFTER),
	SUF("aşi", V_AFTER), SUF("arăm", V_AFTER), SUF("arăţi", V_AFTER),
	SUF("ară", V_AFTER), SUF("uşi", V_AFTER), SUF("urăm", V_AFTER),
	SUF("urăţi", V_AFTER), SUF("ură", V_AFTER), SUF("işi", V_AFTER),
	SUF("irăm", V_AFTER), SUF("irăţi", V_AFTER), SUF("iră", V_AFTER),
	SUF("âi", V_AFTER), SUF("âşi", V_AFTER), SUF("ârăm", V_AFTER),
	SUF("ârăţi", V_AFTER), SUF("âră", V_AFTER),
	SUF("asem", V_AFTER), SUF("aseşi", V_AFTER), SUF("ase", V_AFTER),
	SUF("aserăm", V_AFTER), SUF("aserăţi", V_AFTER),
	SUF("aseră", V_AFTER), SUF("isem", V_AFTER), SUF("iseşi", V_AFTER),
	SUF("ise", V_AFTER), SUF("iserăm", V_AFTER),
	SUF("iserăţi", V_AFTER), SUF("iseră", V_AFTER),
	SUF("âsem", V_AFTER), SUF("âseşi", V_AFTER), SUF("âse", V_AFTER),
	SUF("âserăm", V_AFTER), SUF("âserăţi", V_AFTER),
	SUF("âseră", V_AFTER), SUF("usem", V_AFTER), SUF("useşi", V_AFTER),
	SUF("use", V_AFTER), SUF("userăm", V_AFTER),
	SUF("userăţi", V_AFTER), SUF("useră", V_AFTER),
	SUF("ăm", V_DELETE), SUF("aţi", V_DELETE), SUF("em", V_DELETE),
	SUF("eţi", V_DELETE), SUF("im", V_DELETE), SUF("iţi", V_DELETE),
	SUF("âm", V_DELETE), SUF("âţi", V_DELETE),
	SUF("seşi", V_DELETE), SUF("serăm", V_DELETE),
	SUF("serăţi", V_DELETE), SUF("seră", V_DELETE), SUF("sei", V_DELETE),
	SUF("se", V_DELETE), SUF("sesem", V_DELETE), SUF("seseşi", V_DELETE),
	SUF("sese", V_DELETE), SUF("seserăm", V_DELETE),
	SUF("seserăţi", V_DELETE), SUF("seseră", V_DELETE),
};

/* Step 3 (6). */
static void
verb_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at, p;

	s = longest(st, verb_suffixes, NELEM(verb_suffixes), st->rv);
	if (s == NULL)
		return;
	at = st->n - s->len;
	if (s->act == V_AFTER) {
		if (at <= st->rv)
			return;
		p = prev_char(st->w, at);
		if (is_vowel(st->w, p, at) && st->w[p] != 'u')
			return;
	}
	st->n = at;
}

static const struct suffix vowel_suffixes[] = {
	SUF("a", 0), SUF("e", 0), SUF("i", 0), SUF("ie", 0), SUF("ă", 0),
};

/* Step 4 (7). */
static void
vowel_suffix(struct stem *st)
{
	const struct suffix *s;

	s = longest(st, vowel_suffixes, NELEM(vowel_suffixes), 0);
	if (s != NULL && st->n - s->len >= st->rv)
		st->n -= s->len;
}

/* Postlude (8): I and U back to lower case. */
static void
postlude(char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == 'I' || w[i] == 'U')
			w[i] = (char)(w[i] - 'A' + 'a');
}

/* Romanian is written today with s and t comma below (U+0219, U+021B);
 * the algorithm, from before that was common, knows the cedilla forms
 * (U+015F, U+0163).  Both spell the same letters: the comma forms are
 * read as the cedilla ones, two bytes for two bytes. */
static void
cedillas(char *w, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (w[i] != '\xC8')
			continue;
		if (w[i + 1] == '\x99') {
			w[i] = '\xC5';
			w[i + 1] = '\x9F';
		} else if (w[i + 1] == '\x9B') {
			w[i] = '\xC5';
			w[i + 1] = '\xA3';
		}
	}
}

static size_t
stem_ro(char *word, size_t len)
{
	struct stem st;
	int removed = 0;

	st.w = word;
	st.n = len;
	cedillas(word, len);
	prelude(word, len);
	mark_regions(&st);

	step0(&st);
	while (combo_suffix(&st))
		removed = 1;
	if (standard_suffix(&st))
		removed = 1;
	if (!removed)
		verb_suffix(&st);
	vowel_suffix(&st);
	postlude(word, st.n);
	return st.n;
}

/* Abbreviations that close their phrase: etc., ș.a. (și altele), and
 * the era after a year, î.Hr., d.Hr.; a capital after one opens a
 * sentence (see lang.h). */
static const char phrase_ends[][6] = {
	"d.hr", "etc", "î.hr", "ș.a"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][10] = {
	"salutări", "stimă"
};

const lang lang_ro = {
	.code = "ro",
	.name = "Romanian",
	.stopwords = WORD_LIST(stopwords, 12),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 6),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 9),
	.stem = stem_ro,
};
