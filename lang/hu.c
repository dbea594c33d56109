/*
 * hu.c - Hungarian: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Hungarian function words: articles, the personal and demonstrative
 * pronouns with their common suffixed forms, the forms of "van" (be)
 * and "lesz", the modal words, conjunctions, postpositions, and the
 * adverbs and question words every text uses.  Sorted in strcmp()
 * (UTF-8 byte) order. */
static const char stopwords[][11] = {
	"a", "abban", "abból", "ahhoz", "ahogy", "ahogyan", "ahol",
	"ahonnan", "ahova", "ahová", "aki", "akik", "akiket", "akiknek",
	"akinek", "akit", "akivel", "akkor", "alatt", "amely", "amelyben",
	"amelyek", "amelyeket", "amelyet", "amelynek", "ami", "amiben",
	"amik", "amiket", "amikor", "aminek", "amint", "amit", "amivel",
	"amíg", "annak", "arra", "arról", "attól", "az", "azok", "azokat",
	"azon", "azonban", "azt", "azzal", "azért", "be", "benne", "benned",
	"bennem", "bennetek", "bennük", "bennünk", "bár", "csak", "csupán",
	"de", "ebben", "ebből", "egy", "egyik", "egyre", "együtt", "egész",
	"egészen", "ehhez", "ekkor", "el", "ellen", "elég", "előtt",
	"engem", "ennek", "enyém", "erre", "erről", "ettől", "ez", "ezek",
	"ezeket", "ezen", "ezt", "ezzel", "ezért", "fel", "felett", "felé",
	"fog", "fogja", "fognak", "fölött", "ha", "hanem", "helyett",
	"hiszen", "hogy", "hogyan", "hol", "honnan", "hova", "hová",
	"hozzá", "hozzád", "hozzájuk", "hozzám", "hozzánk", "hozzátok",
	"ide", "igen", "illetve", "ilyen", "innen", "iránt", "is", "ismét",
	"itt", "kell", "kellene", "kellett", "keresztül", "kevesebb",
	"kevés", "ki", "kik", "kinek", "kit", "körül", "között", "közül",
	"le", "legyen", "lehet", "lehetett", "lenne", "lennének", "lesz",
	"lesznek", "lett", "lettek", "maga", "magad", "magam", "magatok",
	"maguk", "magunk", "magának", "magát", "magával", "meddig", "meg",
	"mellett", "mely", "melyek", "melyet", "melyik", "mennyi", "mert",
	"mi", "miatt", "mik", "mikor", "milyen", "minden", "mindenhol",
	"mindenki", "mindent", "mindig", "minket", "mint", "mintha", "mit",
	"miénk", "miért", "most", "már", "más", "másik", "mások", "még",
	"mégis", "míg", "mögött", "nagyon", "ne", "neked", "nekem", "neki",
	"nekik", "nektek", "nekünk", "nem", "nincs", "nincsenek", "néha",
	"néhány", "nélkül", "oda", "olyan", "onnan", "ott", "pedig",
	"persze", "róla", "rólad", "rólam", "rólatok", "róluk", "rólunk",
	"s", "se", "sehol", "sem", "semmi", "semmit", "senki", "sincs",
	"soha", "sok", "szerint", "szinte", "sőt", "talán", "te", "tehát",
	"teljesen", "ti", "titeket", "tiéd", "tiétek", "téged", "több",
	"túl", "tőle", "tőled", "tőlem", "tőletek", "tőlük", "tőlünk",
	"ugyan", "ugyanis", "ugye", "után", "vagy", "vagyis", "vagyok",
	"vagytok", "vagyunk", "vajon", "valahol", "valaki", "valami",
	"valamint", "valamit", "van", "vannak", "vele", "veled", "velem",
	"veletek", "velük", "velünk", "viszont", "volt", "voltak", "által",
	"ám", "át", "én", "épp", "éppen", "és", "így", "óta", "összes",
	"övé", "övék", "úgy", "úgyis", "újra", "ő", "ők", "őket", "őt"
};

/* Words that, followed by a period, introduce a name. */
static const char titles[][5] = {
	"br", "dr", "gr", "id", "ifj", "prof", "szt", "özv"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("stb.", "pl."). */
static const char abbrevs[][6] = {
	"aug", "bt", "db", "dec", "febr", "ford", "ill", "jan", "júl",
	"jún", "kb", "ker", "kft", "krt", "ld", "máj", "márc", "nov", "okt",
	"old", "pl", "rt", "stb", "sz", "szd", "szept", "tel", "u", "uo",
	"vö", "zrt", "ált", "ápr", "évf", "ún"
};

/* Hungarian writes them in lower case. */
static const char lower_abbrevs[][6] = {
	"aug", "db", "dec", "febr", "ford", "ill", "jan", "júl", "jún",
	"kb", "ker", "krt", "ld", "máj", "márc", "nov", "okt", "old", "pl",
	"stb", "sz", "szd", "szept", "tel", "u", "uo", "vö", "ált", "ápr",
	"évf", "ún"
};

/* The relative pronouns: aki, ami, amely, ahol... in common cases. */
static const char relatives[][10] = {
	"ahol", "ahonnan", "ahova", "ahová", "aki", "akik", "akiket",
	"akikkel", "akiknek", "akinek", "akiről", "akit", "akivel", "amely",
	"amelyben", "amelyből", "amelyek", "amelyeket", "amelyet",
	"amelynek", "amelyre", "ami", "amiben", "amiből", "amik", "amiket",
	"amikor", "aminek", "amire", "amit", "amivel", "mely", "melyben",
	"melyek", "melyet", "melynek"
};

/* Articles and conjunctions that cannot end a line. */
static const char dangling[][9] = {
	"a", "az", "de", "egy", "ha", "hanem", "hogy", "illetve", "mert",
	"mint", "pedig", "s", "vagy", "valamint", "és"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Hungarian.
 *
 * Hungarian is agglutinative: a noun takes a plural, possessive and case
 * suffix in turn.  The algorithm removes noun suffixes only, each group
 * once, from the outermost in, inside R1.
 *
 *  1. Vowels are a e i o u á é í ó ö ő ú ü ű.  If the word begins with a
 *     vowel, R1 is what follows the first non-vowel; otherwise what
 *     follows the first vowel.
 *  2. Instrumental: al or el after a doubled consonant (bb, ccs, ggy,
 *     lly, nny, ssz, tty, zzs ...) goes, and the double is made single.
 *  3. Cases: the longest of ban ben ba be ra re nak nek val vel tól től
 *     ról ről ból ből hoz hez höz nál nél ig at et ot öt ért képp képpen
 *     kor ul ül vá vé onként enként anként ként en on an ön n t goes; a
 *     final á or é left in R1 is then written a or e.
 *  4. Special cases: én -> e, án and ánként -> a.
 *  5. The "with" suffix: astul estül stul stül go; ástul -> a,
 *     éstül -> e.
 *  6. Factive: á or é after a doubled consonant goes, and the double is
 *     made single.
 *  7. The owned-thing suffix (oké, éké, éi, é ...), then a singular
 *     owner (unk, ánk, juk, em, ám, ad, ja, a, é ...), then a plural
 *     owner (jaim, aid, ink, itek, ik ...), then the plural (ák, ék, ök,
 *     ak, ok, ek, k): each goes, and where it opens with a long á or é
 *     that vowel stays, written short (ánk -> a, éim -> e).
 *
 * In each step only the longest suffix that ends the word counts: if it
 * does not start inside R1, or its condition fails, the step does
 * nothing.
 *
 * Suffixes are matched as UTF-8 bytes; only the region mark decodes the
 * word into characters.
 */

struct hu {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its length in bytes */
	size_t	 p1;	/* byte offset of R1 */
};

/* A suffix and what takes its place: nothing, "a" or "e".  Held in
 * place, not as pointers, which the loader would relocate at every
 * start. */
struct suffix {
	char	s[9];	/* the longest, "ánként", has 8 bytes */
	char	rep[2];
};

#define DEL(s) { s, "" }
#define TO_A(s) { s, "a" }
#define TO_E(s) { s, "e" }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const struct suffix instrum_sufs[] = { DEL("al"), DEL("el") };

static const struct suffix case_sufs[] = {
	DEL("ban"), DEL("ben"), DEL("ba"), DEL("be"), DEL("ra"), DEL("re"),
	DEL("nak"), DEL("nek"), DEL("val"), DEL("vel"), DEL("tól"),
	DEL("től"), DEL("ról"), DEL("ről"), DEL("ból"), DEL("ből"),
	DEL("hoz"), DEL("hez"), DEL("höz"), DEL("nál"), DEL("nél"),
	DEL("ig"), DEL("at"), DEL("et"), DEL("ot"), DEL("öt"), DEL("ért"),
	DEL("képp"), DEL("képpen"), DEL("kor"), DEL("ul"), DEL("ül"),
	DEL("vá"), DEL("vé"), DEL("onként"), DEL("enként"), DEL("anként"),
	DEL("ként"), DEL("en"), DEL("on"), DEL("an"), DEL("ön"), DEL("n"),
	DEL("t"),
};

static const struct suffix special_sufs[] = {
	TO_E("én"), TO_A("án"), TO_A("ánként"),
};

static const struct suffix other_sufs[] = {
	DEL("astul"), DEL("estül"), DEL("stul"), DEL("stül"),
	TO_A("ástul"), TO_E("éstül"),
};

static const struct suffix factive_sufs[] = { DEL("á"), DEL("é") };

static const struct suffix owned_sufs[] = {
	DEL("oké"), DEL("öké"), DEL("aké"), DEL("eké"), TO_E("éké"),
	TO_A("áké"), DEL("ké"), TO_E("ééi"), TO_A("áéi"), DEL("éi"),
	TO_E("éé"), DEL("é"),
};

static const struct suffix sing_owner_sufs[] = {
	DEL("ünk"), DEL("unk"), TO_A("ánk"), TO_E("énk"), DEL("nk"),
	TO_A("ájuk"), TO_E("éjük"), DEL("juk"), DEL("jük"), DEL("uk"),
	DEL("ük"), DEL("em"), DEL("om"), DEL("am"), TO_A("ám"), TO_E("ém"),
	DEL("m"), DEL("od"), DEL("ed"), DEL("ad"), DEL("öd"), TO_A("ád"),
	TO_E("éd"), DEL("d"), DEL("ja"), DEL("je"), DEL("a"), DEL("e"),
	DEL("o"), TO_A("á"), TO_E("é"),
};

static const struct suffix plur_owner_sufs[] = {
	DEL("jaim"), DEL("jeim"), TO_A("áim"), TO_E("éim"), DEL("aim"),
	DEL("eim"), DEL("im"), DEL("jaid"), DEL("jeid"), TO_A("áid"),
	TO_E("éid"), DEL("aid"), DEL("eid"), DEL("id"), DEL("jai"),
	DEL("jei"), TO_A("ái"), TO_E("éi"), DEL("ai"), DEL("ei"), DEL("i"),
	DEL("jaink"), DEL("jeink"), DEL("eink"), DEL("aink"), TO_A("áink"),
	TO_E("éink"), DEL("ink"), DEL("jaitok"), DEL("jeitek"),
	DEL("aitok"), DEL("eitek"), TO_A("áitok"), TO_E("éitek"),
	DEL("itek"), DEL("jeik"), DEL("jaik"), DEL("aik"), DEL("eik"),
	TO_A("áik"), TO_E("éik"), DEL("ik"),
};

static const struct suffix plural_sufs[] = {
	TO_A("ák"), TO_E("ék"), DEL("ök"), DEL("ak"), DEL("ok"), DEL("ek"),
	DEL("k"),
};

/* Offset just past the character that starts at I (< N). */
static size_t
next_char(const char *w, size_t n, size_t i)
{
	for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

/* Whether the character W[I..E) is a vowel. */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	unsigned char a = (unsigned char)w[i], b;

	if (e - i == 1)
		return a != 0 && strchr("aeiou", a) != NULL;
	if (e - i != 2)
		return 0;
	b = (unsigned char)w[i + 1];
	if (a == 0xC3)		/* á é í ó ö ú ü */
		return b == 0xA1 || b == 0xA9 || b == 0xAD || b == 0xB3 ||
		    b == 0xB6 || b == 0xBA || b == 0xBC;
	if (a == 0xC5)		/* ő ű */
		return b == 0x91 || b == 0xB1;
	return 0;
}

/*
 * R1: after the first non-vowel if the word starts with a vowel, else
 * after the first vowel; N if there is no such letter.
 */
static size_t
mark_r1(const char *w, size_t n)
{
	size_t i, e;
	int want_vowel;

	if (n == 0)
		return 0;
	e = next_char(w, n, 0);
	want_vowel = !is_vowel(w, 0, e);
	for (i = e; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e) == want_vowel)
			return e;
	}
	return n;
}

/* Whether W[0..I) ends in the LEN bytes S. */
static int
ends_at(const char *w, size_t i, const char *s, size_t len)
{
	return i >= len && memcmp(w + i - len, s, len) == 0;
}

/* The longest of the NT suffixes T that ends the word, or NULL. */
static const struct suffix *
longest(const struct hu *st, const struct suffix *t, size_t nt)
{
	const struct suffix *best = NULL;
	size_t k, len, best_len = 0;

	for (k = 0; k < nt; k++) {
		len = strlen(t[k].s);
		if (len > best_len && ends_at(st->w, st->n, t[k].s, len)) {
			best = &t[k];
			best_len = len;
		}
	}
	return best;
}

/*
 * Find the longest suffix of T; if it starts in R1, replace it and
 * return it, else return NULL.
 */
static const struct suffix *
replace(struct hu *st, const struct suffix *t, size_t nt)
{
	const struct suffix *s = longest(st, t, nt);
	size_t at, rlen;

	if (s == NULL)
		return NULL;
	at = st->n - strlen(s->s);
	if (at < st->p1)
		return NULL;
	rlen = strlen(s->rep);
	memcpy(st->w + at, s->rep, rlen);
	st->n = at + rlen;
	return s;
}

/* Whether W[0..I) ends in a doubled consonant. */
static int
ends_double(const char *w, size_t i)
{
	static const char doubles[][4] = {
		"bb", "cc", "ccs", "dd", "ff", "gg", "ggy", "jj", "kk", "ll",
		"lly", "mm", "nn", "nny", "pp", "rr", "ss", "ssz", "tt", "tty",
		"vv", "zz", "zzs"
	};
	size_t k;

	for (k = 0; k < NELEM(doubles); k++)
		if (ends_at(w, i, doubles[k], strlen(doubles[k])))
			return 1;
	return 0;
}

/*
 * Remove a suffix of T that follows a doubled consonant, and make the
 * double single: ablakkal -> ablak, asszonnyal -> asszony.
 */
static void
after_double(struct hu *st, const struct suffix *t, size_t nt)
{
	const struct suffix *s = longest(st, t, nt);
	size_t at;

	if (s == NULL)
		return;
	at = st->n - strlen(s->s);
	if (at < st->p1 || !ends_double(st->w, at))
		return;
	/* The double ends in ASCII: drop the letter before the last. */
	st->w[at - 2] = st->w[at - 1];
	st->n = at - 1;
}

/* A long á or é at the end, in R1, is written short. */
static void
v_ending(struct hu *st)
{
	size_t at;

	if (st->n < 2)
		return;
	at = st->n - 2;
	if (at < st->p1 || (unsigned char)st->w[at] != 0xC3)
		return;
	if ((unsigned char)st->w[at + 1] == 0xA1)
		st->w[at] = 'a';
	else if ((unsigned char)st->w[at + 1] == 0xA9)
		st->w[at] = 'e';
	else
		return;
	st->n = at + 1;
}

static size_t
stem_hu(char *word, size_t len)
{
	struct hu st;

	st.w = word;
	st.n = len;
	st.p1 = mark_r1(word, len);

	after_double(&st, instrum_sufs, NELEM(instrum_sufs));
	if (replace(&st, case_sufs, NELEM(case_sufs)))
		v_ending(&st);
	replace(&st, special_sufs, NELEM(special_sufs));
	replace(&st, other_sufs, NELEM(other_sufs));
	after_double(&st, factive_sufs, NELEM(factive_sufs));
	replace(&st, owned_sufs, NELEM(owned_sufs));
	replace(&st, sing_owner_sufs, NELEM(sing_owner_sufs));
	replace(&st, plur_owner_sufs, NELEM(plur_owner_sufs));
	replace(&st, plural_sufs, NELEM(plural_sufs));
	return st.n;
}

/* Abbreviations that close their phrase: stb. (és így tovább); a
 * capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"stb"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][14] = {
	"tisztelettel", "üdv", "üdvözlettel"
};

const lang lang_hu = {
	.code = "hu",
	.name = "Hungarian",
	.place_by_case = 1,
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 9),
	.dangling = WORD_LIST(dangling, 8),
	.compounds = 1,
	.closings = WORD_LIST(closings, 13),
	.stem = stem_hu,
};
