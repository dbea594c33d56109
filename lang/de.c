/*
 * de.c - German: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* German function words: articles, pronouns in all their cases,
 * prepositions and their contractions (am, zum), conjunctions, the forms
 * of sein, haben, werden and the modals, common adverbs.  Both dass and
 * the old daß.  Folded, sorted (strcmp order). */
static const char stopwords[][11] = {
	"ab", "aber", "alle", "allein", "allem", "allen", "aller", "alles",
	"als", "also", "am", "an", "ander", "andere", "anderem", "anderen",
	"anderer", "anderes", "anders", "ans", "anstatt", "auch", "auf",
	"aufs", "aus", "außer", "außerdem", "bald", "bei", "beide", "beiden",
	"beim", "beinahe", "bereits", "besonders", "bevor", "bin", "bis",
	"bisher", "bist", "bloß", "bzw", "d.h.", "da", "dabei", "dadurch",
	"dafür", "dagegen", "daher", "dahin", "damals", "damit", "danach",
	"daneben", "dann", "daran", "darauf", "daraus", "darf", "darfst",
	"darin", "darum", "darunter", "darüber", "das", "dass", "davon",
	"davor", "dazu", "daß", "dein", "deine", "deinem", "deinen", "deiner",
	"deines", "dem", "demnach", "den", "denen", "denn", "dennoch", "der",
	"deren", "derer", "derselbe", "derselben", "des", "deshalb", "dessen",
	"desto", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser",
	"dieses", "dir", "doch", "dort", "dorthin", "du", "durch", "durchs",
	"durfte", "durften", "dürfen", "dürfte", "dürften", "eben",
	"ebenfalls", "ebenso", "eher", "ein", "eine", "einem", "einen",
	"einer", "eines", "einige", "einigen", "einiger", "einiges", "einmal",
	"er", "erst", "es", "etwa", "etwas", "euch", "euer", "eure", "eurem",
	"euren", "eurer", "eures", "falls", "fast", "für", "fürs", "ganz",
	"gar", "gegen", "gegenüber", "gehabt", "gemäß", "genug", "gerade",
	"gern", "gestern", "gewesen", "geworden", "ggf", "habe", "haben",
	"habt", "hast", "hat", "hatte", "hatten", "hattest", "hattet", "hier",
	"hin", "hinter", "hätte", "hätten", "ich", "ihm", "ihn", "ihnen",
	"ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im", "immer",
	"in", "indem", "infolge", "ins", "inzwischen", "irgend", "irgendwie",
	"ist", "ja", "je", "jede", "jedem", "jeden", "jeder", "jedes",
	"jedoch", "jemals", "jemand", "jene", "jenem", "jenen", "jener",
	"jenes", "jetzt", "kann", "kannst", "kaum", "kein", "keine", "keinem",
	"keinen", "keiner", "keines", "konnte", "konnten", "können", "könnt",
	"könnte", "könnten", "lassen", "laut", "mal", "man", "manche",
	"manchem", "manchen", "mancher", "manches", "mehr", "mein", "meine",
	"meinem", "meinen", "meiner", "meines", "meist", "meistens", "mich",
	"mir", "mit", "mittels", "muss", "musst", "musste", "mussten",
	"möchte", "möchten", "mögen", "müssen", "müsst", "müsste", "müssten",
	"nach", "nachdem", "neben", "nein", "nicht", "nichts", "nie",
	"niemals", "niemand", "noch", "nun", "nur", "ob", "obwohl", "oder",
	"oft", "ohne", "per", "schon", "sehr", "sei", "seid", "seien", "sein",
	"seine", "seinem", "seinen", "seiner", "seines", "seit", "seitdem",
	"selbst", "sich", "sie", "sind", "so", "sobald", "sodass", "sofern",
	"sogar", "solange", "solch", "solche", "solchem", "solchen",
	"solcher", "soll", "sollen", "sollst", "sollt", "sollte", "sollten",
	"sondern", "sonst", "soweit", "sowie", "sowohl", "statt", "trotz",
	"trotzdem", "u.a.", "um", "ums", "und", "uns", "unser", "unsere",
	"unserem", "unseren", "unserer", "unseres", "unter", "usw", "vom",
	"von", "vor", "vorher", "vorm", "wann", "war", "waren", "warst",
	"wart", "warum", "was", "weder", "wegen", "weil", "weiter", "welche",
	"welchem", "welchen", "welcher", "welches", "wem", "wen", "wenig",
	"wenige", "wenn", "wer", "werde", "werden", "werdet", "weshalb",
	"wessen", "wie", "wieder", "wieso", "will", "willst", "wir", "wird",
	"wirst", "wo", "wobei", "wodurch", "wogegen", "woher", "wohin",
	"wollen", "wollt", "wollte", "wollten", "womit", "worden", "wurde",
	"wurden", "während", "wäre", "wären", "wärst", "würde", "würden",
	"z.b.", "zu", "zudem", "zum", "zur", "zwar", "zwischen", "über",
	"überall", "übers"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Folded, without the period, sorted. */
static const char titles[][5] = {
	"dipl", "dr", "fa", "fr", "frl", "hr", "hrn", "ing", "med", "pfr",
	"prof"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: "Nr.", "Str.", "usw.".  Folded, without the period, sorted. */
static const char abbrevs[][5] = {
	"abb", "abs", "abt", "allg", "anm", "apr", "aug", "bd", "bsp", "bspw",
	"bzgl", "bzw", "ca", "chr", "co", "dez", "dgl", "ebd", "evtl", "feb",
	"gegr", "ggf", "hl", "hrsg", "inkl", "jan", "jh", "jhd", "kap", "kfz",
	"lt", "mio", "mrd", "nov", "nr", "nrn", "okt", "sep", "sept", "sog",
	"st", "str", "tel", "tsd", "usw", "vgl", "vs", "zzgl"
};

/* Those of them also written in lower case ("bzw.", "vgl.").  Sorted. */
static const char lower_abbrevs[][8] = {
	"abb", "abs", "allg", "anm", "bd", "bsp", "bspw", "bzgl", "bzw",
	"ca", "chr", "dgl", "ebd", "evtl", "exkl", "gegr", "gem", "gesetzl",
	"ggf", "hrsg", "inkl", "insb", "jh", "jhd", "jährl", "kap", "lt",
	"mio", "mrd", "mtl", "nr", "sog", "tsd", "tägl", "usw", "vgl", "vs",
	"zzgl"
};

/* Relative pronouns: a remark in brackets after a stop that opens with
 * one belongs to the sentence before ("(Was niemanden überraschte.)").
 * Not der, die, das, dem, den: as articles they open many more
 * sentences than remarks ("(Der Eintritt ist frei.)").  Sorted. */
static const char relatives[][8] = {
	"denen", "deren", "derer", "dessen", "was", "welche", "welchem",
	"welchen", "welcher", "welches", "wo"
};

/* Words that cannot end a line or a heading: articles, prepositions,
 * conjunctions, possessives.  Sorted. */
static const char dangling[][9] = {
	"aber", "als", "am", "an", "auf", "aus", "bei", "beim", "bis", "das",
	"dass", "dein", "deine", "dem", "den", "der", "des", "die", "durch",
	"ein", "eine", "einem", "einen", "einer", "eines", "euer", "eure",
	"für", "gegen", "ihr", "ihre", "im", "in", "ins", "mein", "meine",
	"mit", "nach", "noch", "ob", "oder", "ohne", "seine", "seit", "sowie",
	"um", "und", "unser", "unsere", "unter", "vom", "von", "vor", "weil",
	"wenn", "wie", "zu", "zum", "zur", "zwischen", "über"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball German.
 *
 * The word arrives lower-cased as UTF-8 and is rewritten in place.  The
 * vowels are a, e, i, o, u, y, ä, ö and ü; any other character, one
 * byte or several, is a non-vowel.  Every suffix is ASCII, so suffixes
 * are compared as bytes and characters are decoded only to tell vowels
 * and to count.
 *
 *  1. Prelude: ß becomes ss.  Then, from left to right, a u or y between
 *     two vowels is written U or Y, which are no vowels: "treue" keeps
 *     its u out of the vowels and so its regions.  The vowel after a
 *     marked letter is not the first vowel of the next match.
 *  2. Regions: R1 starts after the first non-vowel that follows a vowel,
 *     R2 after the next such non-vowel beyond that.  R1 then moves on, if
 *     need be, so that at least three characters precede it; R2 does not.
 *     A suffix is "in" a region when it starts inside it.
 *  3. Step 1 takes the longest of em, ern, er (group a), e, en, es
 *     (group b) and s: if it lies in R1 it goes, s only after one of
 *     b d f g h k l m n r t.  When a group b ending went and the word
 *     now ends in niss, the last s goes too (Ergebnisse -> ergebnis).
 *  4. Step 2 takes the longest of en, er, est and st and deletes it if in
 *     R1; st only after one of b d f g h k l m n t that has three more
 *     characters before it.
 *  5. Step 3 takes the longest derivational suffix and, if it lies in R2:
 *     end, ung go, and then an ig before them that is in R2 and does not
 *     follow e; ig, ik, isch go unless they follow e; lich, heit go, and
 *     then an er or en before them in R1; keit goes, and then a lich or
 *     ig before it in R2.
 *  6. Postlude: U and Y become u and y again; ä, ö, ü lose their umlaut.
 *
 * Within each step only the longest matching suffix counts: when its
 * condition fails the step does nothing and never falls back to a
 * shorter suffix.
 */

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 p1;	/* byte offset of R1 (n when empty) */
	size_t	 p2;	/* byte offset of R2 */
};

/* A suffix of a step and what the step does with it. */
/* A suffix in place, not a pointer to it: the loader would relocate
 * each pointer at every start. */
struct suffix {
	char		 s[5];	/* the longest, "lich", has 4 bytes */
	unsigned char	 len;
	unsigned char	 what;
};

#define SUF(s, what) { s, sizeof(s) - 1, what }
#define ENDS(st, lit) ends((st), (lit), sizeof(lit) - 1)
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* What happens to a suffix once found in its region. */
enum {
	DEL,		/* delete it */
	DEL_NISS,	/* delete it, then the s of a final niss */
	DEL_S,		/* delete it after a valid s-ending */
	DEL_ST,		/* delete it after a valid st-ending */
	DEL_IG,		/* delete it, then an ig before it */
	NOT_E,		/* delete it unless it follows e */
	DEL_ER,		/* delete it, then an er or en before it in R1 */
	DEL_KEIT	/* delete it, then a lich or ig before it in R2 */
};

/* Longest first, so the first match is the longest one. */
static const struct suffix step1_suffixes[] = {
	SUF("ern", DEL), SUF("em", DEL), SUF("er", DEL),
	SUF("en", DEL_NISS), SUF("es", DEL_NISS), SUF("e", DEL_NISS),
	SUF("s", DEL_S)
};

static const struct suffix step2_suffixes[] = {
	SUF("est", DEL), SUF("en", DEL), SUF("er", DEL), SUF("st", DEL_ST)
};

static const struct suffix step3_suffixes[] = {
	SUF("isch", NOT_E), SUF("lich", DEL_ER), SUF("heit", DEL_ER),
	SUF("keit", DEL_KEIT), SUF("end", DEL_IG), SUF("ung", DEL_IG),
	SUF("ig", NOT_E), SUF("ik", NOT_E)
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

/* Whether the character W[I..E) is a vowel: an ASCII one, or ä ö ü
 * (C3 A4, C3 B6, C3 BC). */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	unsigned char c = (unsigned char)w[i];

	if (e - i == 1)
		return c != '\0' && strchr("aeiouy", c) != NULL;
	if (e - i != 2 || c != 0xC3)
		return 0;
	c = (unsigned char)w[i + 1];
	return c == 0xA4 || c == 0xB6 || c == 0xBC;
}

/* Whether the byte C is in the set S (C not NUL). */
static int
in_set(char c, const char *s)
{
	return c != '\0' && strchr(s, c) != NULL;
}

/* Whether W[0..I) holds at least K characters. */
static int
has_chars(const char *w, size_t i, int k)
{
	size_t j;

	for (j = 0; j < i && k > 0; j++)
		if (!is_cont(w[j]) || j == 0)
			k--;
	return k == 0;
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

/* ß -> ss, then u and y between vowels -> U and Y. */
static void
prelude(struct stem *st)
{
	char *w = st->w;
	size_t i, e, f, n = st->n;

	for (i = 0; i + 1 < n; i++)
		if ((unsigned char)w[i] == 0xC3 &&
		    (unsigned char)w[i + 1] == 0x9F)
			w[i] = 's', w[i + 1] = 's';
	for (i = 0; i < n; i = e) {
		e = next_char(w, n, i);
		if (!is_vowel(w, i, e) || e + 1 >= n ||
		    (w[e] != 'u' && w[e] != 'y'))
			continue;
		f = next_char(w, n, e + 1);
		if (!is_vowel(w, e + 1, f))
			continue;
		w[e] = w[e] == 'u' ? 'U' : 'Y';
		e = f;		/* that vowel opens no match of its own */
	}
}

static void
mark_regions(struct stem *st)
{
	size_t i, k;

	st->p1 = st->p2 = st->n;
	/* Where the third character ends. */
	for (i = 0, k = 0; i < st->n && k < 3; k++)
		i = next_char(st->w, st->n, i);
	if (k < 3)
		return;
	st->p1 = region(st->w, st->n, 0);
	st->p2 = region(st->w, st->n, st->p1);
	if (st->p1 < i)
		st->p1 = i;
}

/* Step 1: inflectional endings in R1. */
static void
step1(struct stem *st)
{
	const struct suffix *s = longest(st, step1_suffixes,
	    NELEM(step1_suffixes));
	size_t at;

	if (s == NULL || (at = st->n - s->len) < st->p1)
		return;
	if (s->what == DEL_S && (at == 0 || !in_set(st->w[at - 1],
	    "bdfghklmnrt")))
		return;
	st->n = at;
	if (s->what == DEL_NISS && ENDS(st, "niss"))
		st->n--;
}

/* Step 2: the endings of adjectives and verbs, in R1. */
static void
step2(struct stem *st)
{
	const struct suffix *s = longest(st, step2_suffixes,
	    NELEM(step2_suffixes));
	size_t at;

	if (s == NULL || (at = st->n - s->len) < st->p1)
		return;
	/* kunst stays, but "lebst" loses its st after the b. */
	if (s->what == DEL_ST && (at == 0 || !in_set(st->w[at - 1],
	    "bdfghklmnt") || !has_chars(st->w, at - 1, 3)))
		return;
	st->n = at;
}

/* Deletes the suffix LIT (LEN bytes) if it ends the word from R (a
 * region offset) on and, when NOT_AFTER is not NUL, does not follow
 * that letter. */
static void
delete_in(struct stem *st, const char *lit, size_t len, size_t r,
    char not_after)
{
	size_t at;

	if (!ends(st, lit, len) || (at = st->n - len) < r)
		return;
	if (not_after != '\0' && at > 0 && st->w[at - 1] == not_after)
		return;
	st->n = at;
}

/* Step 3: derivational suffixes, in R2. */
static void
step3(struct stem *st)
{
	const struct suffix *s = longest(st, step3_suffixes,
	    NELEM(step3_suffixes));
	size_t at;

	if (s == NULL || (at = st->n - s->len) < st->p2)
		return;
	if (s->what == NOT_E && at > 0 && st->w[at - 1] == 'e')
		return;
	st->n = at;
	switch (s->what) {
	case DEL_IG:
		delete_in(st, "ig", 2, st->p2, 'e');
		break;
	case DEL_ER:
		if (ENDS(st, "er"))
			delete_in(st, "er", 2, st->p1, '\0');
		else
			delete_in(st, "en", 2, st->p1, '\0');
		break;
	case DEL_KEIT:
		if (ENDS(st, "lich"))
			delete_in(st, "lich", 4, st->p2, '\0');
		else
			delete_in(st, "ig", 2, st->p2, '\0');
		break;
	default:
		break;
	}
}

/* U, Y -> u, y; ä, ö, ü -> a, o, u.  The word can only shrink. */
static void
postlude(struct stem *st)
{
	char *w = st->w;
	size_t i, j;
	unsigned char c;

	for (i = j = 0; i < st->n; i++) {
		c = (unsigned char)w[i];
		if (c == 'U' || c == 'Y') {
			w[j++] = (char)(c + ('a' - 'A'));
			continue;
		}
		if (c == 0xC3 && i + 1 < st->n) {
			c = (unsigned char)w[i + 1];
			if (c == 0xA4 || c == 0xB6 || c == 0xBC) {
				w[j++] = c == 0xA4 ? 'a' :
				    c == 0xB6 ? 'o' : 'u';
				i++;
				continue;
			}
		}
		w[j++] = w[i];
	}
	st->n = j;
}

static size_t
stem_de(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	prelude(&st);
	mark_regions(&st);
	step1(&st);
	step2(&st);
	step3(&st);
	postlude(&st);
	return st.n;
}

/* Abbreviations that close their phrase: usw. (und so weiter), etc.,
 * and the era after a year, v. Chr., n. Chr.; a capital after one
 * opens a sentence (see lang.h). */
static const char phrase_ends[][6] = {
	"chr", "etc", "n.chr", "usw", "v.chr"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][17] = {
	"gruss", "gruß", "grüsse", "grüssen", "grüße", "grüßen",
	"hochachtungsvoll", "mfg"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][13] = {
	"lizenz", "lizenzen", "lizenzierung", "urheberrecht"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][31] = {
	"abbestellen", "abmeldung", "benachrichtigungseinstellungen",
	"diese e mail erhalten", "diese e mail wurde",
	"diese nachricht erhalten", "diese nachricht wurde",
	"diesen newsletter erhalten", "dieser newsletter wurde",
	"du erhältst diese", "du erhältst diesen", "hier abmelden",
	"newsletter abmelden", "nicht auf diese e mail",
	"nicht auf diese nachricht", "nicht mehr erhalten",
	"sie erhalten diese", "sie erhalten diesen"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][54] = {
	"bei fragen", "bei fragen stehe ich gerne zur verfügung",
	"bei fragen stehe ich ihnen gerne zur verfügung", "bei rückfragen",
	"besten dank", "danke", "danke dir", "danke euch",
	"danke für deine nachricht", "danke für ihre nachricht",
	"danke ihnen", "danke schön", "dankeschön", "ein schönes wochenende",
	"einen schönen abend", "einen schönen tag",
	"entschuldige die späte antwort",
	"entschuldigen sie die späte antwort",
	"entschuldigung für die späte rückmeldung", "für dein verständnis",
	"für deine antwort", "für deine e mail", "für deine geduld",
	"für deine hilfe", "für deine mail", "für deine nachricht",
	"für deine rückmeldung", "für deine unterstützung", "für die info",
	"für die informationen", "für die infos", "für die schnelle antwort",
	"für die schnelle rückmeldung", "für ihr verständnis",
	"für ihre antwort", "für ihre e mail", "für ihre geduld",
	"für ihre hilfe", "für ihre mail", "für ihre nachricht",
	"für ihre rückmeldung", "für ihre unterstützung",
	"für rückfragen stehe ich gerne zur verfügung",
	"für rückfragen stehe ich ihnen gerne zur verfügung",
	"herzlichen dank", "ich freue mich auf deine antwort",
	"ich freue mich auf ihre antwort", "ich hoffe es geht dir gut",
	"ich hoffe es geht ihnen gut", "jederzeit gerne", "melde dich gerne",
	"melden sie sich gerne", "schön von dir zu hören",
	"schön von ihnen zu hören", "schönes wochenende",
	"sorry für die späte antwort", "stehe ich gerne zur verfügung",
	"stehe ich ihnen gerne zur verfügung",
	"stehen wir ihnen gerne zur verfügung", "vielen dank",
	"vielen dank für deine nachricht", "vielen dank für ihre bestellung",
	"vielen dank für ihre e mail", "vielen dank für ihre nachricht",
	"vielen dank für ihre rückmeldung", "vielen dank für ihren einkauf",
	"vielen dank im voraus", "vielen lieben dank", "wie geht es dir",
	"wie geht es ihnen"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][24] = {
	"ich bin der papa von", "ich bin der vater von",
	"ich bin die mama von", "ich bin die mutter von", "ich heiße",
	"mein name ist", "wir sind die eltern von"
};

/* The months, whole and cut short (see lang.h). */
static const char months[][10] = {
	"apr", "april", "aug", "august", "dez", "dezember", "feb", "feber",
	"februar", "jan", "januar", "jul", "juli", "jun", "juni", "jänner",
	"mai", "mär", "märz", "nov", "november", "okt", "oktober", "sep",
	"sept", "september"
};

const lang lang_de = {
	.code = "de",
	.name = "German",
	.ordinal_dot = 1,
	.ordinal_any_word = 1,
	.nouns_capitalised = 1,
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 7),
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.months = WORD_LIST(months, 9),
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 8),
	.compounds = 1,
	.closings = WORD_LIST(closings, 16),
	.licences = WORD_LIST(licences, 12),
	.notices = WORD_LIST(notices, 30),
	.formulas = WORD_LIST(formulas, 53),
	.introductions = WORD_LIST(introductions, 23),
	.stem = stem_de,
};
