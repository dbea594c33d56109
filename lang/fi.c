/*
 * fi.c - Finnish: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Finnish function words: the personal and demonstrative pronouns in
 * their common cases, the forms of "olla" (be) and of the negative verb,
 * conjunctions, the postpositions and adverbs every text uses, question
 * words.  Sorted in strcmp() (UTF-8 byte) order. */
static const char stopwords[][12] = {
	"aikana", "aina", "ainakin", "ali", "alla", "edes", "ehkä", "ei",
	"eilen", "eivät", "eli", "emme", "en", "enemmän", "eniten", "ennen",
	"erittäin", "et", "ette", "että", "he", "heidän", "heidät",
	"heihin", "heille", "heillä", "heiltä", "heissä", "heistä", "heitä",
	"huomenna", "hyvin", "hän", "häneen", "hänelle", "hänellä",
	"häneltä", "hänen", "hänessä", "hänestä", "hänet", "häntä", "ilman",
	"itse", "itsensä", "itseään", "ja", "jo", "johon", "joiden",
	"joihin", "joilla", "joille", "joissa", "joista", "joita", "joka",
	"jokin", "joku", "jolla", "jolle", "jolta", "jonka", "jonkin",
	"jonkun", "jos", "joskus", "jossa", "josta", "jota", "jotain",
	"joten", "jotka", "jotta", "juuri", "jälkeen", "kaiken", "kaikille",
	"kaikista", "kaikkea", "kaikki", "kaikkien", "kanssa", "kautta",
	"keneen", "kenelle", "kenellä", "keneltä", "kenen", "kenenkään",
	"kenessä", "kenestä", "ketkä", "ketä", "koska", "koskaan", "kovin",
	"kuin", "kuinka", "kuitenkin", "kuka", "kukaan", "kun", "kyllä",
	"liian", "lisäksi", "luo", "luona", "lähes", "läpi", "me", "meidän",
	"meidät", "meihin", "meille", "meillä", "meiltä", "meissä",
	"meistä", "meitä", "melkein", "melko", "mihin", "miksi", "mikä",
	"mikään", "mille", "milloin", "millä", "miltä", "minkä", "minua",
	"minulla", "minulle", "minulta", "minun", "minussa", "minusta",
	"minut", "minuun", "minä", "missä", "mistä", "miten", "mitkä",
	"mitä", "mitään", "monet", "moni", "monia", "monta", "montako",
	"muiden", "muita", "mukaan", "mutta", "muu", "muut", "muuta",
	"myös", "myöskin", "ne", "niiden", "niihin", "niille", "niillä",
	"niiltä", "niin", "niissä", "niistä", "niitä", "noiden", "noilla",
	"noin", "noissa", "noista", "noita", "nuo", "nyt", "näiden",
	"näihin", "näille", "näillä", "näissä", "näistä", "näitä", "nämä",
	"ole", "olemme", "olen", "olet", "olette", "oli", "olimme", "olin",
	"olisi", "olisin", "olisivat", "olit", "olitte", "olivat", "olkoon",
	"olla", "olleen", "olleet", "ollen", "ollut", "oma", "omaa", "oman",
	"omat", "omia", "on", "ovat", "paljon", "pitää", "se", "sekä",
	"sen", "siellä", "sieltä", "siihen", "siinä", "siis", "siitä",
	"siksi", "sille", "silloin", "sillä", "siltä", "sinne", "sinua",
	"sinulla", "sinulle", "sinulta", "sinun", "sinussa", "sinusta",
	"sinut", "sinuun", "sinä", "sitten", "sitä", "taas", "tai", "takia",
	"te", "teidän", "teidät", "teihin", "teille", "teillä", "teiltä",
	"teissä", "teistä", "teitä", "toki", "tulee", "tuo", "tuohon",
	"tuolla", "tuolle", "tuolta", "tuon", "tuossa", "tuosta", "tuota",
	"tähän", "tälle", "tällä", "tältä", "tämä", "tämän", "tänne",
	"tänään", "tässä", "tästä", "tätä", "täytyy", "täällä", "usein",
	"vaan", "vai", "vaikka", "vain", "vastaan", "vielä", "voi", "voida",
	"voin", "voisi", "voit", "voivat", "vuoksi", "vähemmän", "vähän",
	"välillä", "yli", "ympäri", "älkää", "älä"
};

/* Words that, followed by a period, introduce a name. */
static const char titles[][6] = {
	"dos", "ev", "fil", "hra", "hrra", "kapt", "kenr", "maist", "nti",
	"past", "prof", "rva", "tri", "ylil"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("jne.", "esim."). */
static const char abbrevs[][6] = {
	"alk", "eaa", "engl", "esim", "huom", "jaa", "jne", "ke", "kk",
	"klo", "kpl", "ks", "la", "lat", "ma", "mm", "n", "nk", "ns", "os",
	"pe", "puh", "ruots", "s", "su", "ti", "tms", "to", "ts", "v",
	"vrt", "vs", "ym", "yms"
};

/* Finnish writes them in lower case. */
static const char lower_abbrevs[][6] = {
	"alk", "eaa", "engl", "esim", "huom", "jaa", "jne", "ke", "kk",
	"klo", "kpl", "ks", "la", "lat", "ma", "mm", "n", "nk", "ns", "os",
	"pe", "puh", "ruots", "s", "su", "ti", "tms", "to", "ts", "v",
	"vrt", "vs", "ym", "yms"
};

/* The relative pronouns "joka" and "mikä" in their common cases. */
static const char relatives[][7] = {
	"johon", "joiden", "joihin", "joilla", "joille", "joissa", "joista",
	"joita", "joka", "jolla", "jolle", "jolta", "jonka", "jossa",
	"josta", "jota", "jotka", "mihin", "mikä", "minkä", "missä",
	"mistä", "mitä"
};

/* Conjunctions and words that cannot end a line. */
static const char dangling[][7] = {
	"eli", "että", "ja", "jos", "joten", "jotta", "koska", "kuin",
	"kun", "mutta", "sekä", "tai", "vaan", "vai", "vaikka"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Finnish.
 *
 * A Finnish word stacks its endings in a fixed order: stem, plural,
 * case, possessive suffix, clitic particle.  The algorithm peels them
 * off from the outside in, one of each kind at most.
 *
 *  1. Vowels (V1) are a e i o u y ä ö; V2 is the same without y.  The
 *     consonants (C) are the ASCII letters that are not vowels; any other
 *     character is neither.  R1 is what follows the first non-vowel after
 *     a vowel, R2 the same rule applied again inside R1.
 *  2. Particles: remove a clitic kin, kaan, kään, ko, kö, han, hän, pa,
 *     pä lying in R1 after a vowel, n or t; or an adverbial sti in R2.
 *  3. Possessives, in R1: si (not after k: that is the case ending ksi),
 *     ni (and kse left behind becomes ksi again), nsa, nsä, mme, nne go;
 *     an, än and en go only after a case ending that takes them (an after
 *     ta ssa sta lla lta na, än after their ä forms, en after lle, ine).
 *  4. Case endings, in R1: the illatives han hen hin hon hän hön after
 *     the vowel they repeat, siin after i and a vowel, seen after a long
 *     vowel; the genitive plurals den and tten after i and a vowel; a
 *     final n, taking one letter of a long vowel or of ie with it; a and ä
 *     after a vowel after a consonant; tta, ttä after e; ta tä ssa ssä
 *     sta stä lla llä lta ltä lle na nä ksi ine.  Whether one went decides
 *     step 6.
 *  5. Comparatives and superlatives, in R2: mpi mpa mpä mmi mma mmä (not
 *     after po), impi impa impä immi imma immä, and the agent eja ejä.
 *  6. Plurals: after a case ending, a final i or j in R1 goes.  Otherwise
 *     a final t in R1 after a vowel goes, and then mma (not after po) or
 *     imma in R2.
 *  7. Tidying, in R1: a long vowel loses its last letter; a final a ä e i
 *     after a consonant goes; j after o or u goes; o after j goes.  Then,
 *     over the whole word, if the last non-vowel is a consonant written
 *     twice, one of the pair goes.
 *
 * In every list only the longest ending counts, and if its condition
 * fails the step does nothing; only the conditions on siin, seen, den
 * and tten, tested inside R1, let a failing ending give way to plain n.
 *
 * The endings are matched as UTF-8 bytes; characters are decoded only
 * where a condition looks at the letter before an ending.
 */

struct fi {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its length in bytes */
	size_t	 p1;	/* byte offset of R1 */
	size_t	 p2;	/* byte offset of R2 */
};

#define A_UML 0xE4	/* ä */
#define O_UML 0xF6	/* ö */

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Offset just past the character that starts at I (< N). */
static size_t
next_char(const char *w, size_t n, size_t i)
{
	for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

/* Offset where the character ending just before I (> 0) starts. */
static size_t
prev_char(const char *w, size_t i)
{
	for (i--; i > 0 && ((unsigned char)w[i] & 0xC0) == 0x80; i--)
		;
	return i;
}

/* The code point of W[S..E), one character; -1 if it is not valid. */
static long
decode(const char *w, size_t s, size_t e)
{
	unsigned char c = (unsigned char)w[s];

	if (c < 0x80)
		return e - s == 1 ? c : -1;
	if ((c & 0xE0) == 0xC0 && e - s == 2)
		return (long)(c & 0x1F) << 6 | ((unsigned char)w[s + 1] & 0x3F);
	return -1;	/* no letter the algorithm knows */
}

static int
is_v1(long c)
{
	if (c > 0 && c < 0x80)
		return strchr("aeiouy", (int)c) != NULL;
	return c == A_UML || c == O_UML;
}

static int
is_v2(long c)
{
	return c != 'y' && is_v1(c);
}

static int
is_c(long c)
{
	return c > 0 && c < 0x80 &&
	    strchr("bcdfghjklmnpqrstvwxz", (int)c) != NULL;
}

/*
 * The character that ends at byte I of the word, if it starts at or after
 * LIM: its code point, its start in *S.  -2 if there is none.
 */
static long
char_before(const struct fi *st, size_t i, size_t lim, size_t *s)
{
	size_t b;

	if (i == 0 || i <= lim)
		return -2;
	b = prev_char(st->w, i);
	if (b < lim)
		return -2;
	if (s != NULL)
		*s = b;
	return decode(st->w, b, i);
}

/* Offset after the first non-vowel that follows a vowel, from I on. */
static size_t
region(const char *w, size_t n, size_t i)
{
	size_t e;
	int seen_vowel = 0;

	for (; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_v1(decode(w, i, e)))
			seen_vowel = 1;
		else if (seen_vowel)
			return e;
	}
	return n;
}

/* Whether W[0..I) ends in the LEN bytes S, starting at or after LIM. */
static int
ends_at(const struct fi *st, size_t i, size_t lim, const char *s,
        size_t len)
{
	return i >= lim + len && memcmp(st->w + i - len, s, len) == 0;
}

#define ENDS(st, i, lim, lit) ends_at((st), (i), (lim), (lit), sizeof(lit) - 1)

/*
 * The longest of the NT endings T (rows WIDTH bytes wide, listed longest
 * first) that ends the word inside the region from LIM; its index, or
 * -1.  (Tables of rows, not pointers, which the loader would relocate at
 * every start.)
 */
static int
longest(const struct fi *st, const char *t, size_t width, size_t nt,
    size_t lim)
{
	size_t k;

	for (k = 0; k < nt; k++) {
		const char *e = row_at(t, width, k);

		if (ends_at(st, st->n, lim, e, strlen(e)))
			return (int)k;
	}
	return -1;
}

/* Whether W[0..I) ends in a long vowel, both letters from LIM on. */
static int
long_vowel(const struct fi *st, size_t i, size_t lim)
{
	static const char longs[][5] = {
		"aa", "ee", "ii", "oo", "uu", "ää",
		"öö"
	};
	size_t k;

	for (k = 0; k < NELEM(longs); k++)
		if (ends_at(st, i, lim, longs[k], strlen(longs[k])))
			return 1;
	return 0;
}

/* Whether W[0..I) ends in i after a V2 vowel, both from LIM on. */
static int
vowel_i(const struct fi *st, size_t i, size_t lim)
{
	size_t s;

	if (char_before(st, i, lim, &s) != 'i')
		return 0;
	return is_v2(char_before(st, s, lim, NULL));
}

/* Whether W[0..I) ends in one of the NT strings T, rows WIDTH bytes
 * wide. */
static int
ends_any(const struct fi *st, size_t i, const char *t, size_t width,
    size_t nt)
{
	size_t k;

	for (k = 0; k < nt; k++) {
		const char *e = row_at(t, width, k);

		if (ends_at(st, i, 0, e, strlen(e)))
			return 1;
	}
	return 0;
}

static void
particle_etc(struct fi *st)
{
	static const char t[][7] = {
		"kään", "kaan", "kin", "han", "hän",
		"sti", "pä", "kö", "ko", "pa",
	};
	int k = longest(st, ROWS(t), st->p1);
	size_t at;
	long c;

	if (k < 0)
		return;
	at = st->n - strlen(t[k]);
	if (strcmp(t[k], "sti") == 0) {
		if (at < st->p2)
			return;
	} else {
		c = char_before(st, at, 0, NULL);
		if (!is_v1(c) && c != 'n' && c != 't')
			return;
	}
	st->n = at;
}

static void
possessive(struct fi *st)
{
	static const char t[][5] = {
		"nsä", "nsa", "mme", "nne", "än", "si", "ni", "an", "en",
	};
	static const char after_an[][4] = {
		"ta", "ssa", "sta", "lla", "lta", "na"
	};
	static const char after_aen[][5] = {
		"tä", "ssä", "stä", "llä", "ltä", "nä"
	};
	static const char after_en[][4] = { "lle", "ine" };
	int k = longest(st, ROWS(t), st->p1);
	const char *e;
	size_t at;

	if (k < 0)
		return;
	e = t[k];
	at = st->n - strlen(e);
	if (strcmp(e, "si") == 0 && at > 0 && st->w[at - 1] == 'k')
		return;		/* the comitative ksi */
	if ((strcmp(e, "an") == 0 && !ends_any(st, at, ROWS(after_an))) ||
	    (strcmp(e, "än") == 0 && !ends_any(st, at, ROWS(after_aen))) ||
	    (strcmp(e, "en") == 0 && !ends_any(st, at, ROWS(after_en))))
		return;
	st->n = at;
	if (strcmp(e, "ni") == 0 && ENDS(st, st->n, 0, "kse"))
		st->w[st->n - 1] = 'i';		/* kseni = ksi + ni */
}

/* What a case ending asks of the letters before it. */
enum need {
	N_NONE,
	N_VOWEL,	/* the vowel VOWEL: the illatives han ... hön */
	N_VI,		/* i after a V2 vowel, inside R1; else try plain n */
	N_LONG,		/* a long vowel, inside R1; else try plain n */
	N_N,		/* plain n: may take a letter before it along */
	N_VC,		/* a vowel after a consonant */
	N_E		/* e */
};

struct case_ending {
	char		 s[5];	/* in place: "siin", "hän" have 4 bytes */
	unsigned char	 need;
	long		 vowel;		/* for N_VOWEL */
};

/*
 * Longest first, in bytes: of the endings that end one word, each is a
 * suffix of the longer ones, so that is also the longest in letters.
 */
static const struct case_ending cases[] = {
	{ "hän", N_VOWEL, A_UML }, { "hön", N_VOWEL, O_UML },
	{ "siin", N_VI, 0 }, { "seen", N_LONG, 0 }, { "tten", N_VI, 0 },
	{ "ttä", N_E, 0 }, { "ssä", N_NONE, 0 }, { "stä", N_NONE, 0 },
	{ "llä", N_NONE, 0 }, { "ltä", N_NONE, 0 },
	{ "han", N_VOWEL, 'a' }, { "hen", N_VOWEL, 'e' },
	{ "hin", N_VOWEL, 'i' }, { "hon", N_VOWEL, 'o' },
	{ "den", N_VI, 0 }, { "tta", N_E, 0 }, { "ssa", N_NONE, 0 },
	{ "sta", N_NONE, 0 }, { "lla", N_NONE, 0 }, { "lta", N_NONE, 0 },
	{ "lle", N_NONE, 0 }, { "ksi", N_NONE, 0 }, { "ine", N_NONE, 0 },
	{ "tä", N_NONE, 0 }, { "nä", N_NONE, 0 }, { "ta", N_NONE, 0 },
	{ "na", N_NONE, 0 }, { "ä", N_VC, 0 }, { "a", N_VC, 0 },
	{ "n", N_N, 0 },
};

/* Whether the action of case ending C, which starts at AT, may go on;
 * for plain n, also where the deletion starts (*AT may move back). */
static int
case_action(const struct fi *st, const struct case_ending *c, size_t *at)
{
	size_t s;

	switch (c->need) {
	case N_VOWEL:
		return char_before(st, *at, 0, NULL) == c->vowel;
	case N_VC:
		if (!is_v1(char_before(st, *at, 0, &s)))
			return 0;
		return is_c(char_before(st, s, 0, NULL));
	case N_E:
		return char_before(st, *at, 0, NULL) == 'e';
	case N_N:
		/* Illative taloon -> talo, genitive plural -ien -> -i. */
		if (long_vowel(st, *at, 0) || ENDS(st, *at, 0, "ie"))
			*at = prev_char(st->w, *at);
		return 1;
	default:
		return 1;
	}
}

/* Remove a case ending; whether one went. */
static int
case_ending(struct fi *st)
{
	const struct case_ending *c;
	size_t k, at;

	for (k = 0; k < NELEM(cases); k++) {
		c = &cases[k];
		if (!ends_at(st, st->n, st->p1, c->s, strlen(c->s)))
			continue;
		at = st->n - strlen(c->s);
		/* These conditions only choose the ending: on failure a
		 * shorter one (plain n) is tried. */
		if ((c->need == N_VI && !vowel_i(st, at, st->p1)) ||
		    (c->need == N_LONG && !long_vowel(st, at, st->p1)))
			continue;
		if (!case_action(st, c, &at))
			return 0;
		st->n = at;
		return 1;
	}
	return 0;
}

/* Whether W[0..I) ends in po, before which mpi, mma and the like are
 * left alone: the algorithm's authors found that it stems better. */
static int
after_po(const struct fi *st, size_t i)
{
	return ENDS(st, i, 0, "po");
}

static void
other_endings(struct fi *st)
{
	static const char t[][6] = {
		"impä", "immä", "impi", "impa", "immi", "imma", "mpä",
		"mmä", "ejä", "mpi", "mpa", "mmi", "mma", "eja",
	};
	int k = longest(st, ROWS(t), st->p2);
	size_t at;

	if (k < 0)
		return;
	at = st->n - strlen(t[k]);
	if (t[k][0] == 'm' && after_po(st, at))
		return;
	st->n = at;
}

static void
i_plural(struct fi *st)
{
	if (st->n > st->p1 &&
	    (st->w[st->n - 1] == 'i' || st->w[st->n - 1] == 'j'))
		st->n--;
}

static void
t_plural(struct fi *st)
{
	if (!(st->n > st->p1 && st->w[st->n - 1] == 't' &&
	    is_v1(char_before(st, st->n - 1, st->p1, NULL))))
		return;
	st->n--;
	if (ENDS(st, st->n, st->p2, "imma"))
		st->n -= 4;
	else if (ENDS(st, st->n, st->p2, "mma") && !after_po(st, st->n - 3))
		st->n -= 3;
}

static void
tidy(struct fi *st)
{
	size_t s, e;
	long c;

	if (long_vowel(st, st->n, st->p1))
		st->n = prev_char(st->w, st->n);
	c = char_before(st, st->n, st->p1, &s);
	if ((c == 'a' || c == A_UML || c == 'e' || c == 'i') &&
	    is_c(char_before(st, s, st->p1, NULL)))
		st->n = s;
	if (ENDS(st, st->n, st->p1, "j") &&
	    (ENDS(st, st->n - 1, st->p1, "o") ||
	    ENDS(st, st->n - 1, st->p1, "u")))
		st->n--;
	if (ENDS(st, st->n, st->p1, "o") && ENDS(st, st->n - 1, st->p1, "j"))
		st->n--;

	/* The last non-vowel of the whole word, if doubled, undoubles. */
	for (e = st->n; e > 0; e = s) {
		c = char_before(st, e, 0, &s);
		if (!is_v1(c))
			break;
	}
	if (e > 0 && is_c(c) && s > 0 && st->w[s - 1] == (char)c) {
		memmove(st->w + s, st->w + e, st->n - e);
		st->n -= e - s;
	}
}

static size_t
stem_fi(char *word, size_t len)
{
	struct fi st;
	int removed;

	st.w = word;
	st.n = len;
	st.p1 = region(word, len, 0);
	st.p2 = region(word, len, st.p1);

	particle_etc(&st);
	possessive(&st);
	removed = case_ending(&st);
	other_endings(&st);
	if (removed)
		i_plural(&st);
	else
		t_plural(&st);
	tidy(&st);
	return st.n;
}

/* Abbreviations that close their phrase: jne. (ja niin edelleen), ym.
 * (ynnä muuta); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"jne", "ym"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][17] = {
	"kiittäen", "terveiset", "terveisin", "ystävällisesti"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][17] = {
	"lisenssi", "lisenssit", "tekijänoikeudet", "tekijänoikeus"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][34] = {
	"olet saanut tämän", "peruuta tilaus", "peruuttaa tilauksen",
	"saat tämän", "tilauksen peruminen", "tämä sähköposti on lähetetty",
	"tämä viesti on lähetetty", "älä vastaa tähän"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][35] = {
	"hyvää päivänjatkoa", "hyvää viikonloppua", "kiitos",
	"kiitos avusta", "kiitos avustasi", "kiitos jo etukäteen",
	"kiitos kärsivällisyydestä", "kiitos nopeasta vastauksesta",
	"kiitos paljon", "kiitos tiedosta", "kiitos tilauksestasi",
	"kiitos vastauksesta", "kiitos viestistä", "kiitos viestistäsi",
	"mitä kuuluu", "mukavaa viikonloppua",
	"pahoittelen myöhäistä vastausta", "toivottavasti voit hyvin"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][10] = {
	"nimeni on"
};

const lang lang_fi = {
	.code = "fi",
	.name = "Finnish",
	.place_by_case = 1,
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 6),
	.dangling = WORD_LIST(dangling, 6),
	.compounds = 1,
	.closings = WORD_LIST(closings, 16),
	.licences = WORD_LIST(licences, 16),
	.notices = WORD_LIST(notices, 33),
	.formulas = WORD_LIST(formulas, 34),
	.introductions = WORD_LIST(introductions, 9),
	.stem = stem_fi,
};
