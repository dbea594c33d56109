/*
 * da.c - Danish: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "nordic.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Danish function words: articles, pronouns and their forms,
 * prepositions, conjunctions, the forms of være, have, blive and the
 * modals, common adverbs.  Folded, sorted (strcmp order). */
static const char stopwords[][10] = {
	"ad", "af", "alle", "allerede", "alt", "altid", "anden", "andet",
	"andre", "at", "bag", "bare", "blandt", "blev", "blevet", "blive",
	"bliver", "burde", "både", "bør", "da", "de", "dem", "den", "denne",
	"dens", "derefter", "deres", "derfor", "dermed", "desuden", "det",
	"dets", "dette", "dig", "din", "dine", "disse", "dit", "dog", "du",
	"efter", "eftersom", "eller", "end", "endnu", "enhver", "ens",
	"enten", "er", "et", "ethvert", "fik", "flere", "for", "foran",
	"fordi", "fra", "frem", "få", "fået", "før", "ganske", "gennem",
	"gjorde", "gjort", "gør", "haft", "ham", "han", "hans", "har",
	"havde", "have", "hele", "heller", "hen", "hende", "hendes", "her",
	"herefter", "hinanden", "hos", "hun", "hvad", "hvem", "hver",
	"hverken", "hvert", "hvilke", "hvilken", "hvilket", "hvis", "hvor",
	"hvordan", "hvorfor", "hvornår", "hvorvidt", "i", "idet", "ifølge",
	"igen", "ikke", "ind", "inde", "inden", "indtil", "ingen",
	"ingenting", "intet", "jeg", "jer", "jeres", "jo", "kan", "kun",
	"kunne", "kunnet", "lad", "lader", "langs", "lidt", "lige", "lod",
	"man", "mange", "med", "meget", "mellem", "men", "mens", "mere",
	"mest", "mig", "min", "mindre", "mine", "mit", "mod", "må", "måske",
	"måtte", "ned", "nede", "nemlig", "nogen", "noget", "nogle", "nok",
	"nu", "når", "næsten", "ofte", "og", "også", "om", "omkring", "op",
	"oppe", "os", "over", "per", "på", "ret", "sagde", "samme", "samt",
	"selv", "selvom", "sig", "sige", "siger", "sin", "sine", "sit",
	"skal", "skulle", "skønt", "snart", "som", "stadig", "så", "sådan",
	"sådanne", "sådant", "temmelig", "thi", "til", "tilbage", "tit", "ud",
	"ude", "uden", "under", "var", "ved", "vel", "vi", "via", "vil",
	"ville", "vor", "vore", "vores", "vort", "være", "været"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char titles[][5] = {
	"dr", "fr", "frk", "hr", "kapt", "prof", "skt"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: "Nr.", "kr.", "osv." and the first part of "bl.a.", and
 * the days' and months' ("tir. 3. mar."; not man. and søn., also words
 * that end sentences).  Folded, without the period, sorted. */
static const char abbrevs[][6] = {
	"ang", "apr", "aug", "bl", "ca", "dec", "dvs", "eks", "ekskl", "evt",
	"feb", "fl", "fre", "fx", "hhv", "iflg", "inkl", "jan", "jf", "jul",
	"jun", "kap", "kl", "kr", "lør", "mar", "mht", "mia", "mill", "mio",
	"nov", "nr", "okt", "ons", "osv", "pct", "pga", "sep", "sept", "st",
	"stk", "tir", "tlf", "tor", "vedr"
};

/* Those of them also written in lower case ("ca.", "evt.").  Sorted. */
static const char lower_abbrevs[][6] = {
	"ang", "bl", "ca", "dvs", "eks", "ekskl", "evt", "fl", "fre", "fx",
	"hhv", "iflg", "inkl", "jf", "kap", "kl", "kr", "lør", "mar", "mht",
	"mia", "mill", "mio", "nr", "ons", "osv", "pct", "pga", "stk", "tir",
	"tlf", "tor", "vedr"
};

/* Relative pronouns and adverbs: "(som ...)" belongs to the sentence
 * before.  Not der, which as "there" opens many more sentences ("(Der
 * er gratis adgang.)").  Sorted. */
static const char relatives[][8] = {
	"hvad", "hvilke", "hvilken", "hvilket", "hvis", "hvor", "som"
};

/* Words that cannot end a line or a heading: articles, prepositions,
 * conjunctions (not the pronouns den and det, nor possessives, which
 * may stand alone).  Sorted. */
static const char dangling[][7] = {
	"af", "at", "eller", "en", "et", "for", "fra", "gennem", "hos", "i",
	"med", "mellem", "men", "mod", "og", "om", "på", "samt", "til",
	"uden", "ved"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Danish.
 *
 * The word arrives lower-cased as UTF-8 and is rewritten in place.  The
 * vowels are a, e, i, o, u, y, æ, å and ø; any other character, one byte
 * or several, is a non-vowel.  Suffixes are compared as bytes; characters
 * are decoded only to tell vowels and to count.
 *
 *  1. Region: R1 starts after the first non-vowel that follows a vowel,
 *     but never before the end of the third character.  A word of fewer
 *     than three characters has no R1.  A step that looks for the longest
 *     of its suffixes looks inside R1 only, so a longer suffix reaching
 *     out of R1 leaves the shorter ones a chance.
 *  2. Step 1 deletes the longest of the noun, adjective and verb endings
 *     (hed, ethed, ered, e, ... eret; see the table), or an s after one
 *     of a b c d f g h j k l m n o p r t v y z å, which itself may lie
 *     before R1.
 *  3. Step 2: a final gd, dt, gt or kt in R1 loses its last letter.
 *  4. Step 3: a final igst loses its st, wherever it is.  Then the
 *     longest of ig, lig, elig, els goes and step 2 runs again; or løst
 *     becomes løs.
 *  5. Step 4: a word whose last character is a non-vowel in R1 and
 *     equals the one before it loses it (kaff -> kaf).
 */

/* Longest first, so the first match is the longest one.  The final s,
 * whose deletion has a condition of its own, comes last. */
static const struct suffix step1_suffixes[] = {
	SUF("erendes", ""),
	SUF("erende", ""), SUF("hedens", ""),
	SUF("ethed", ""), SUF("erede", ""), SUF("heden", ""),
	SUF("heder", ""), SUF("endes", ""), SUF("ernes", ""),
	SUF("erens", ""), SUF("erets", ""),
	SUF("ered", ""), SUF("ende", ""), SUF("erne", ""), SUF("eren", ""),
	SUF("erer", ""), SUF("heds", ""), SUF("enes", ""), SUF("eres", ""),
	SUF("eret", ""),
	SUF("hed", ""), SUF("ene", ""), SUF("ere", ""), SUF("ens", ""),
	SUF("ers", ""), SUF("ets", ""),
	SUF("en", ""), SUF("er", ""), SUF("es", ""), SUF("et", ""),
	SUF("e", ""), SUF("s", "")
};

/* Step 2 keeps the first letter of these. */
static const struct suffix step2_suffixes[] = {
	SUF("gd", "g"), SUF("dt", "d"), SUF("gt", "g"), SUF("kt", "k")
};

static const struct suffix step3_suffixes[] = {
	SUF("elig", ""), SUF("l\xC3\xB8st", "l\xC3\xB8s"), SUF("lig", ""),
	SUF("els", ""), SUF("ig", "")
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

/* Whether the s at AT may go: after one of a b c d f g h j k l m n o
 * p r t v y z or å (C3 A5). */
static int
s_ending(const char *w, size_t at)
{
	if (at == 0)
		return 0;
	if (w[at - 1] != '\0' && strchr("abcdfghjklmnoprtvyz", w[at - 1]))
		return 1;
	return at >= 2 && (unsigned char)w[at - 2] == 0xC3 &&
	    (unsigned char)w[at - 1] == 0xA5;
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
	if (s->len == 1 && s->s[0] == 's' && !s_ending(st->w, at))
		return;
	st->n = at;
}

static void
step2(struct stem *st)
{
	const struct suffix *s;

	if ((s = longest_in_r1(st, step2_suffixes, NELEM(step2_suffixes))))
		replace(st, s);
}

static void
step3(struct stem *st)
{
	const struct suffix *s;

	if (st->n >= 4 && memcmp(st->w + st->n - 4, "igst", 4) == 0)
		st->n -= 2;
	if ((s = longest_in_r1(st, step3_suffixes, NELEM(step3_suffixes)))) {
		replace(st, s);
		if (s->rlen == 0)
			step2(st);
	}
}

static void
step4(struct stem *st)
{
	size_t i, len;

	if (st->n == 0)
		return;
	i = prev_char(st->w, st->n);
	len = st->n - i;
	if (i < st->p1 || is_vowel(st->w, i, st->n) || i < len)
		return;
	if (memcmp(st->w + i - len, st->w + i, len) == 0)
		st->n = i;
}

static size_t
stem_da(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	mark_region(&st, is_vowel);
	step1(&st);
	step2(&st);
	step3(&st);
	step4(&st);
	return st.n;
}

/* Abbreviations that close their phrase: osv. (og så videre), m.m.
 * (med mere), mv., and the era after a year, f.Kr., e.Kr.; a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"e.kr", "f.kr", "m.m", "mv", "osv"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][9] = {
	"hilsen", "hilsener", "hilsner", "mvh"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][10] = {
	"licens", "licenser", "ophavsret"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][22] = {
	"afmeld", "afmelde", "denne e mail er sendt", "du får denne",
	"du får dette", "du modtager denne", "du modtager dette", "frameld",
	"framelde", "svar ikke på denne"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][36] = {
	"du er velkommen til at kontakte mig", "god weekend",
	"hav en god dag", "hav en god weekend", "hvordan har du det",
	"håber alt er vel", "håber du har det godt", "mange tak",
	"på forhånd tak", "tak", "tak for din besked",
	"tak for din bestilling", "tak for din hjælp", "tak for din mail",
	"tak for dit svar", "tak for hjælpen", "tak for hurtigt svar",
	"tak for informationen", "undskyld det sene svar"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][15] = {
	"jeg er far til", "jeg er mor til", "jeg hedder", "mit navn er"
};

const lang lang_da = {
	.code = "da",
	.name = "Danish",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 6),
	.compounds = 1,
	.closings = WORD_LIST(closings, 8),
	.licences = WORD_LIST(licences, 9),
	.notices = WORD_LIST(notices, 21),
	.formulas = WORD_LIST(formulas, 35),
	.introductions = WORD_LIST(introductions, 14),
	.stem = stem_da,
};
