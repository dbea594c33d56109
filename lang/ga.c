/*
 * ga.c - Irish: its word lists and its stemmer (see lang.h).
 *
 * Irish changes the start of a word after certain words (lenition: bhí,
 * thar; eclipsis: bhfuil, mbeidh; a prefixed h or t: na hÉireann, an
 * tUasal), and its prepositions combine with pronouns (ag: agam, agat,
 * aige, aici; le: liom, leat, leis, léi) and with the article and the
 * possessives (sa, den, don, ina, lena).  Stopwords are matched before
 * stemming, so the list holds those forms as they are written:
 * the article an, na, personal pronouns with their emphatic forms,
 * possessives, the common prepositions with their combined and
 * pronominal forms, conjunctions and verbal particles, the forms of the
 * copula is and of bí in its common tenses (tá, bhí, beidh, bhfuil,
 * raibh, níl), question words, demonstratives, quantifiers and common
 * adverbs.
 */
#include "lang.h"

#include <string.h>

/* Function words, every form as it is written, sorted in strcmp()
 * order. */
static const char stopwords[][11] = {
	"a", "abhus", "ach", "acu", "ag", "agaibh", "againn", "agam", "agat",
	"agus", "aici", "aige", "air", "aisti", "amháin", "amuigh", "amárach",
	"an", "ann", "anois", "anseo", "ansin", "ansiúd", "aon", "ar", "arís",
	"as", "asam", "asat", "astu", "atá", "b'fhéidir", "ba", "beadh",
	"beagnach", "beidh", "bheadh", "bheas", "bheidh", "bheith", "bhfuil",
	"bhur", "bhí", "bhíodh", "bhíomar", "bhíonn", "bhíos", "bíonn", "cad",
	"cathain", "cheana", "chomh", "choíche", "chucu", "chugaibh",
	"chugainn", "chugam", "chugat", "chuici", "chuig", "chuige", "chun",
	"conas", "cuid", "cá", "cé", "céanna", "céard", "cén", "cér", "cérbh",
	"daoibh", "de", "den", "di", "do", "dom", "don", "duit", "dá", "díbh",
	"dínn", "díobh", "díom", "díot", "dó", "dóibh", "dúinn", "ea",
	"eadrainn", "eatarthu", "eile", "eisean", "faoi", "faoina", "fara",
	"fiú", "freisin", "fuil", "féin", "fós", "fúibh", "fúinn", "fúithi",
	"fúm", "fút", "fúthu", "gach", "gan", "go", "gur", "gurb", "i", "iad",
	"iadsan", "idir", "in", "ina", "inniu", "inné", "inti", "inár",
	"ionaibh", "ionainn", "ionam", "ionas", "ionat", "iontu", "is", "ise",
	"istigh", "le", "leat", "leis", "lena", "lenár", "leo", "libh",
	"linn", "liom", "léi", "maidir", "mar", "mbeadh", "mbeidh", "mise",
	"mo", "muid", "muidne", "mura", "murar", "má", "más", "mé", "mórán",
	"na", "nach", "nuair", "ná", "nár", "nárbh", "ní", "níl", "níor",
	"níorbh", "níos", "nó", "oraibh", "orainn", "orm", "ort", "orthu",
	"raibh", "riamh", "roimh", "roimhe", "roimpi", "roinnt", "romham",
	"romhat", "rompu", "sa", "san", "sea", "seachas", "seisean", "seo",
	"siad", "siadsan", "sibh", "sibhse", "sin", "sinn", "sinne", "sise",
	"siúd", "sna", "suas", "sula", "sular", "sé", "sí", "síos", "thairis",
	"thall", "thar", "thart", "thuas", "thíos", "thú", "timpeall",
	"toisc", "trí", "tríd", "trína", "tusa", "tá", "táim", "táimid", "tú",
	"uaibh", "uaidh", "uaim", "uainn", "uait", "uaithi", "uathu", "uile",
	"uirthi", "um", "ár", "é", "í", "ó", "óir", "ón", "óna", "ós", "úd"
};

/* Before a name: an tUas. (Mr), an tAth. (Father), Dr.; the t of the
 * article joins the word, so both forms are listed. */
static const char titles[][5] = {
	"ath", "dr", "sr", "tath", "tuas", "uas"
};

/* Usually followed by a period, but may end a sentence (... srl.). */
static const char abbrevs[][5] = {
	"cf", "iml", "lch", "srl", "uimh"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][5] = {
	"cf", "iml", "lch", "srl", "uimh"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][6] = {
	"a", "ach", "ag", "agus", "an", "ar", "as", "bhur", "chuig", "de",
	"den", "do", "don", "gan", "go", "i", "idir", "in", "le", "mar", "mo",
	"na", "nó", "roimh", "sa", "san", "sna", "thar", "trí", "um", "ár",
	"ó", "ón"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Irish.
 *
 * Irish changes the start of a word as well as its end, so the algorithm
 * first undoes the mutations of the first letter, then removes at most
 * one suffix of each of three kinds from the end:
 *
 *  1. Initial mutations: the longest of these prefixes is undone.  A
 *     prefixed h-, n- or t- and the elided d', m', b' are dropped; an
 *     eclipsis loses its added letter (mb -> b, gc -> c, nd -> d,
 *     bhf -> f, ng -> g, bp -> p, dt -> t, and ts -> s, d'fh -> f); a
 *     lenition loses its h (bh ch dh fh gh mh ph sh th -> b c d f g m p
 *     s t).
 *  2. Regions, with a e i o u á é í ó ú as vowels: RV follows the first
 *     vowel, R1 the first non-vowel after a vowel, R2 the same rule
 *     applied again inside R1.  A suffix is in a region when it starts
 *     there.
 *  3. Noun suffixes: -amh -eamh -abh -eabh -aibh -ibh -aimh -imh -aíocht
 *     -íocht -aíochta -íochta go when in R1, -ire -irí -aire -airí when
 *     in R2.
 *  4. Derivational suffixes: -acht -eacht -ach -each -achta -eachta
 *     -achtúil -eachtúil go when in R2; some are rewritten wherever they
 *     are: -arcacht(a, aí) -> arc, -gineach -gineas -ginis -> gin,
 *     -grafaíoch(t, ta, taí) -> graf, -patach -pataigh -patacha -> paite,
 *     -óideach(a) -óidigh -> óid.
 *  5. Verb suffixes: -imid -aimid -ímid -aímid -faidh -fidh go when in
 *     RV; -ain -eadh -adh -áil -tear -tar when in R1.
 *
 * In steps 3 to 5 only the longest suffix that ends the word counts: if
 * its region test fails, the step removes nothing.  Suffixes are matched
 * as UTF-8 bytes; only the regions decode characters.
 */

/* What a suffix asks: its deletion in a region, or a rewrite. */
enum { DEL_RV, DEL_R1, DEL_R2, REWRITE };

/* Affixes that share an action, written in one string with spaces.
 * TO is held in place, as a pointer costs the loader a relocation at
 * every start; the lists stay pointers, as they are long. */
struct group {
	const char *affs;
	int act;
	char to[6];	/* for REWRITE */
};

/* Step 1: each prefix and what it becomes. */
static const struct group mutations[] = {
	{ "h- n- t- d' m' b'", REWRITE, "" },
	{ "d'fh bhf fh", REWRITE, "f" },
	{ "sh ts", REWRITE, "s" },
	{ "mb bh", REWRITE, "b" },
	{ "gc ch", REWRITE, "c" },
	{ "nd dh", REWRITE, "d" },
	{ "ng gh", REWRITE, "g" },
	{ "bp ph", REWRITE, "p" },
	{ "dt th", REWRITE, "t" },
	{ "mh", REWRITE, "m" },
};

static const struct group noun_sfx[] = {
	{ "amh eamh abh eabh aibh ibh aimh imh a\xc3\xadocht \xc3\xadocht "
	  "a\xc3\xadochta \xc3\xadochta", DEL_R1, "" },
	{ "ire ir\xc3\xad aire air\xc3\xad", DEL_R2, "" },
};

static const struct group deriv[] = {
	{ "acht eacht ach each eacht\xc3\xbail eachta acht\xc3\xbail achta",
	  DEL_R2, "" },
	{ "arcacht arcachta\xc3\xad arcachta", REWRITE, "arc" },
	{ "gineach gineas ginis", REWRITE, "gin" },
	{ "grafa\xc3\xadoch grafa\xc3\xadocht grafa\xc3\xadochta "
	  "grafa\xc3\xadochta\xc3\xad", REWRITE, "graf" },
	{ "paite patach pataigh patacha", REWRITE, "paite" },
	{ "\xc3\xb3ideach \xc3\xb3ideacha \xc3\xb3idigh", REWRITE,
	  "\xc3\xb3id" },
};

static const struct group verb_sfx[] = {
	{ "imid aimid \xc3\xadmid a\xc3\xadmid faidh fidh", DEL_RV, "" },
	{ "ain eadh adh \xc3\xa1il tear tar", DEL_R1, "" },
};

#define NELEM(a) (sizeof (a) / sizeof *(a))

/* The group of the longest affix in G[0..NG) that starts W[0..N)
 * (PREFIX) or ends it, and in *LEN that affix's length; NULL if none. */
static const struct group *longest(const char *w, size_t n, int prefix,
                                   const struct group *g, size_t ng,
                                   size_t *len)
{
	const struct group *best = NULL;

	*len = 0;
	for (size_t k = 0; k < ng; k++) {
		const char *s = g[k].affs;
		while (*s != '\0') {
			size_t l = 0;
			while (s[l] != '\0' && s[l] != ' ')
				l++;
			if (l > *len && l <= n &&
			    memcmp(prefix ? w : w + n - l, s, l) == 0) {
				best = &g[k];
				*len = l;
			}
			s += l;
			while (*s == ' ')
				s++;
		}
	}
	return best;
}

/* Step 1 on W[0..N); returns the new length. */
static size_t unmutate(char *w, size_t n)
{
	size_t l, tl;
	const struct group *m = longest(w, n, 1, mutations, NELEM(mutations),
	                                &l);

	if (m == NULL)
		return n;
	tl = strlen(m->to);
	memcpy(w, m->to, tl);
	memmove(w + tl, w + l, n - l);
	return n - l + tl;
}

/* Whether the character at W[I] (one byte of it, or the lead byte and
 * the one after) is a vowel: a e i o u, or U+00E1 U+00E9 U+00ED U+00F3
 * U+00FA, which UTF-8 writes C3 A1, C3 A9, C3 AD, C3 B3, C3 BA. */
static int is_vowel(const char *w, size_t i, size_t n)
{
	unsigned char c = (unsigned char)w[i], d;

	if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
		return 1;
	if (c != 0xC3 || i + 1 >= n)
		return 0;
	d = (unsigned char)w[i + 1];
	return d == 0xA1 || d == 0xA9 || d == 0xAD || d == 0xB3 || d == 0xBA;
}

/* Offset just past the first character at or after I that is a vowel
 * (VOWEL) or a non-vowel (!VOWEL), or N if there is none.  UTF-8
 * continuation bytes belong to the character before them. */
static size_t go_past(const char *w, size_t i, size_t n, int vowel)
{
	while (i < n) {
		int v = is_vowel(w, i, n);
		for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
			;
		if (v == vowel)
			return i;
	}
	return n;
}

/* One of steps 3 to 5 on W[0..N) with the regions RV, R1, R2 (in that
 * order in R); returns the new length. */
static size_t strip(char *w, size_t n, const size_t r[3],
                    const struct group *g, size_t ng)
{
	size_t l, at, tl;
	const struct group *m = longest(w, n, 0, g, ng, &l);

	if (m == NULL)
		return n;
	at = n - l;
	if (m->act != REWRITE)
		return at >= r[m->act] ? at : n;
	tl = strlen(m->to);
	memcpy(w + at, m->to, tl);
	return at + tl;
}

static size_t stem_ga(char *word, size_t len)
{
	size_t r[3];	/* RV, R1, R2 in the order of DEL_RV, DEL_R1, DEL_R2 */

	len = unmutate(word, len);
	r[DEL_RV] = go_past(word, 0, len, 1);
	r[DEL_R1] = go_past(word, go_past(word, 0, len, 1), len, 0);
	r[DEL_R2] = go_past(word, go_past(word, r[DEL_R1], len, 1), len, 0);
	len = strip(word, len, r, noun_sfx, NELEM(noun_sfx));
	len = strip(word, len, r, deriv, NELEM(deriv));
	return strip(word, len, r, verb_sfx, NELEM(verb_sfx));
}

/* Abbreviations that close their phrase: srl. (agus araile); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"srl"
};

const lang lang_ga = {
	.code = "ga",
	.name = "Irish",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 5),
	.stem = stem_ga,
};
