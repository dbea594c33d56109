/*
 * lt.c - Lithuanian: its word lists and its stemmer (see lang.h).
 *
 * Lithuanian declines pronouns in seven cases, two genders and two
 * numbers (jis, jo, jam, jį, juo, jame; ji, jos, jai, ją, ja, joje).
 * Stopwords are matched before stemming, so the list holds the forms
 * one by one: personal and reflexive pronouns, the indeclinable
 * possessives mano, tavo, savo, the demonstratives tas, šis and toks,
 * question and relative words (kas, kuris, koks, kur), indefinite and
 * negative pronouns, prepositions, conjunctions and particles, the forms
 * of būti (with the negative nėra), the modals galėti, turėti, reikėti,
 * norėti, and common adverbs.
 */
#include "lang.h"

#include <string.h>

/* Function words, every form as it is written, sorted in strcmp()
 * order. */
static const char stopwords[][12] = {
	"anksčiau", "anot", "ant", "apie", "aplink", "ar", "arba", "aš", "be",
	"bei", "bet", "beveik", "bus", "buvai", "buvau", "buvo", "buvome",
	"buvote", "buvęs", "būsi", "būsime", "būsite", "būsiu", "būtent",
	"būti", "būtų", "būčiau", "dabar", "dar", "daug", "daugiau", "dažnai",
	"dėl", "esame", "esate", "esi", "esu", "galbūt", "gali", "galime",
	"galite", "galiu", "galėjo", "galės", "galėtų", "iki", "ir", "iš",
	"ja", "jai", "jais", "jam", "jame", "jas", "jau", "jei", "jeigu",
	"ji", "jie", "jiems", "jis", "jo", "joje", "jokia", "jokio", "jokių",
	"joks", "jomis", "joms", "jos", "jose", "juk", "jumis", "jums",
	"jumyse", "juo", "juos", "juose", "jus", "ją", "jį", "jūs", "jūsų",
	"jų", "kad", "kada", "kai", "kaip", "kam", "kartu", "kas", "kažkada",
	"kažkas", "kažkoks", "kažkur", "keli", "kelios", "kelių", "kiek",
	"kiekviena", "kiekvienas", "kiekvieno", "kiekvieną", "kieno", "kita",
	"kitaip", "kitas", "kiti", "kito", "kitos", "kitą", "kitų", "ko",
	"kodėl", "kokia", "kokie", "kokio", "kokios", "kokių", "koks", "kokį",
	"kol", "kuo", "kur", "kuri", "kuria", "kuriai", "kuriais", "kuriam",
	"kuriame", "kurie", "kuriems", "kurio", "kurioje", "kurios",
	"kuriose", "kuris", "kuriuo", "kuriuos", "kuriuose", "kurią", "kurių",
	"kurį", "ką", "labai", "labiausiai", "link", "lyg", "man", "mane",
	"manimi", "mano", "manyje", "manęs", "mažai", "mažiau", "mes",
	"mumis", "mums", "mumyse", "mus", "mūsų", "ne", "nebe", "nebus",
	"nebuvo", "negu", "nei", "nes", "net", "niekada", "niekados",
	"niekam", "niekas", "nieko", "niekur", "nieką", "nori", "noriu",
	"nors", "norėjo", "nuo", "nėra", "o", "pagal", "palei", "pas",
	"paskui", "pat", "pati", "paties", "pats", "patys", "pačiam",
	"pačios", "per", "po", "prie", "prieš", "pro", "reikia", "reikėjo",
	"reikės", "rytoj", "sau", "save", "savimi", "savo", "savyje", "savęs",
	"su", "ta", "tad", "tada", "tai", "taigi", "taip", "tais", "tam",
	"tame", "tampa", "tapo", "tarp", "tarsi", "tas", "tau", "tave",
	"tavimi", "tavo", "tavyje", "tavęs", "tačiau", "ten", "tie", "tiek",
	"tiems", "ties", "tik", "tikriausiai", "to", "todėl", "toje", "tokia",
	"tokie", "tokio", "tokios", "tokių", "toks", "tokį", "tos", "tose",
	"tu", "tuo", "tuomet", "tuos", "tuose", "turbūt", "turi", "turime",
	"turite", "turiu", "turėjo", "turės", "turėtų", "tą", "tų", "už",
	"vakar", "vien", "viena", "vienas", "vieno", "vieną", "vietoj",
	"vietoje", "virš", "visa", "visada", "visas", "visi", "visiems",
	"viskas", "visko", "visos", "visuomet", "visų", "vėl", "vėliau",
	"ypač", "yra", "čia", "į", "šalia", "ši", "šia", "šiai", "šiais",
	"šiam", "šiame", "šiandien", "šie", "šiems", "šio", "šioje", "šios",
	"šiose", "šis", "šita", "šitas", "šiuo", "šiuos", "šiuose", "šią",
	"šių", "šį"
};

/* Degrees, ranks and forms of address before a name (prof. Jonaitis). */
static const char titles[][6] = {
	"doc", "dr", "gen", "habil", "kun", "plk", "prof", "šv"
};

/* Usually followed by a period, but may end a sentence (... ir kt.). */
static const char abbrevs[][7] = {
	"kt", "min", "mln", "mlrd", "nr", "pan", "plg", "proc", "psl", "pvz",
	"sek", "str", "tel", "tūkst", "val", "vnt", "žr"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][7] = {
	"kt", "min", "mln", "mlrd", "nr", "pan", "plg", "proc", "psl", "pvz",
	"sek", "str", "tel", "tūkst", "val", "vnt", "žr"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][9] = {
	"kam", "kas", "ko", "kuo", "kuri", "kuria", "kuriai", "kuriais",
	"kuriam", "kuriame", "kurie", "kuriems", "kurio", "kurioje", "kurios",
	"kuriose", "kuris", "kuriuo", "kuriuos", "kuriuose", "kurią", "kurių",
	"kurį", "ką"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][8] = {
	"ant", "apie", "ar", "arba", "be", "bei", "bet", "dėl", "iki", "ir",
	"iš", "jei", "jeigu", "jūsų", "kad", "kai", "kol", "mano", "mūsų",
	"negu", "nes", "nors", "nuo", "o", "pagal", "pas", "per", "po",
	"prie", "prieš", "pro", "savo", "su", "tarp", "tavo", "tačiau",
	"ties", "už", "virš", "į", "šalia"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Lithuanian.
 *
 * Lithuanian inflects nouns, adjectives and verbs by endings, and builds
 * adjectives and participles with suffixes before them.  The algorithm
 * removes one ending and then any number of those suffixes, all from
 * the region R1, after mending a few endings it would get wrong:
 *
 *  1. R1: the vowels are a e i y o u ą ę į ų ė ū.  R1 follows the first
 *     non-vowel that comes after a vowel; in a word of more than six
 *     letters a leading a (a prefix) is skipped before looking.
 *  2. Fixes: words ending as a derivation that would be mistaken for an
 *     inflection are rewritten: -aite, -aitės -> -aitė; -uote, -uotės ->
 *     -uotė; -okate, -okatės -> -okatė; -ėjime -> -ėjimas; -avime ->
 *     -avimas; -ojime -> -ojimas; -esiu -> -esys; -asius -> -asys.
 *  3. Step 1: the longest case or verb ending that lies wholly in R1 is
 *     removed (nouns of the five declensions, adjectives, the present,
 *     past, frequentative and future tenses, the subjunctive, the
 *     imperative, the infinitive and participles).
 *  4. A final č becomes t and a final dž becomes d, undoing the change of
 *     t and d before an ending that began with i.
 *  5. Step 2: again and again, the longest adjective or participle suffix
 *     in R1 (-ing, -išk, -esn, -dav, -ant, -siant, ...) is removed.
 *  6. Step 4 once more, and a final gd becomes g.
 *
 * Only suffixes that lie wholly in R1 take part in steps 3 and 5, so a
 * shorter one may win where a longer one reaches out of R1.  The
 * suffixes are matched as UTF-8 bytes; only R1 decodes characters.
 */

/* Suffixes that share an action, written in one string with spaces.
 * TO is held in place, as a pointer costs the loader a relocation at
 * every start; the lists stay pointers, as they are long. */
struct group {
	const char *sufs;
	char to[8];	/* what replaces them; "" deletes */
};

static const struct group fixes[] = {
	{ "aite aitės", "aitė" },
	{ "uote uotės", "uotė" },
	{ "okate okatės", "okatė" },
	{ "ėjime", "ėjimas" },
	{ "avime", "avimas" },
	{ "ojime", "ojimas" },
	{ "esiu", "esys" },
	{ "asius", "asys" },
};

/* Step 1, the endings, grouped as the parts of speech they end. */
static const struct group endings[] = {
	/* nouns: the first declension */
	{ "as ias is ys o io ui iui ą ią į u iu e yje y au i an ai iai ų ių "
	  "ams am iams iam us ius ais iais uose iuose uos iuos uosna iuosna "
	  "ysna asis aisi osi ųsi uisi ąsi usi esi uo", "" },
	/* the second */
	{ "a ia os ios oj oje ioje osna iosna om oms ioms omis iomis ose "
	  "iose on ion", "" },
	/* the third */
	{ "ė ės ei ę ėj ėje ėms es ėmis ėse ėsna ėn", "" },
	/* the fourth */
	{ "aus iaus umi iumi uje iuje iau ūs ums umis un iun", "" },
	/* the fifth */
	{ "ies ens enio eniui enį imi eniu enyje ie enie enys ims enims enis "
	  "imis enimis yse enyse ers eriai erį erimi eria eryje erie erys erų "
	  "erims eryse", "" },
	/* adjectives */
	{ "iem iems ame iame", "" },
	/* verbs: the present tense */
	{ "uosi iuosi iesi asi iasi amės iamės at ate iat iate atės iatės "
	  "isi im imės it ite ome ot ote", "" },
	/* the past and the frequentative past */
	{ "ėjo ėjosi otės eisi ėsi ėm ėme ėmės ėt ėte ėtės ausi omės", "" },
	/* the future */
	{ "siu siuosi si siesi s ysis sim sime sit site", "" },
	/* the subjunctive */
	{ "čiau čiausi tum tumei tumeis tumeisi tųsi tumėm tumėme tumėmės "
	  "tute tumėt tumėte tumėtės", "" },
	/* the imperative */
	{ "k ki kimės kite", "" },
	/* the infinitive */
	{ "uoti iuoti auti iauti oti ioti ėti yti inti inėti enti telėti "
	  "terėti ti", "" },
	/* participles */
	{ "ąs iąs įs tųs simės sitės", "" },
};

/* Step 2, the suffixes of adjectives, pronominal adjectives and
 * participles. */
static const struct group suffixes[] = {
	{ "ing išk ėt ot uot iuot yt iuk iul ėl yl učiuk uliuk utėait ok "
	  "iok sv šv zgan op iop ain ykšt ykšč esn aus iaus", "" },
	{ "ias oj ioj aj iaj ąj iąj uoj iuoj iej ųj iųj ies uos iuos ais "
	  "iais os ios ąs iąs", "" },
	{ "dav ant iant int ėj ę ėję ęs siant dam auj jam iau am", "" },
};

static const struct group palatals[] = {
	{ "č", "t" },
	{ "dž", "d" },
};

static const struct group gd[] = {
	{ "gd", "g" },
};

#define NELEM(a) (sizeof (a) / sizeof *(a))

/* Looks for the longest suffix of the groups G[0..NG) that ends W[0..N)
 * and starts at or after LB (<= N), and replaces it as its group says.
 * Returns the new length, or N if there was none (*HIT tells which). */
static size_t replace(char *w, size_t n, size_t lb, const struct group *g,
                      size_t ng, int *hit)
{
	const struct group *best = NULL;
	size_t bestlen = 0, tl;

	for (size_t k = 0; k < ng; k++) {
		const char *s = g[k].sufs;
		while (*s != '\0') {
			size_t l = 0;
			while (s[l] != '\0' && s[l] != ' ')
				l++;
			if (l > bestlen && l <= n - lb &&
			    memcmp(w + n - l, s, l) == 0) {
				best = &g[k];
				bestlen = l;
			}
			s += l;
			while (*s == ' ')
				s++;
		}
	}
	*hit = best != NULL;
	if (best == NULL)
		return n;
	tl = strlen(best->to);
	memcpy(w + n - bestlen, best->to, tl);
	return n - bestlen + tl;
}

/* Whether the character that starts at W[I] is a vowel: a e i y o u or
 * ą ę į ų ė ū, which UTF-8 writes C4 85, C4 99, C4 AF, C5 B3, C4 97,
 * C5 AB. */
static int is_vowel(const char *w, size_t i, size_t n)
{
	unsigned char c = (unsigned char)w[i], d;

	if (c == 'a' || c == 'e' || c == 'i' || c == 'y' || c == 'o' ||
	    c == 'u')
		return 1;
	if ((c != 0xC4 && c != 0xC5) || i + 1 >= n)
		return 0;
	d = (unsigned char)w[i + 1];
	if (c == 0xC4)
		return d == 0x85 || d == 0x99 || d == 0xAF || d == 0x97;
	return d == 0xB3 || d == 0xAB;
}

/* Offset just past the character that starts at I (< N): UTF-8
 * continuation bytes (10xxxxxx) belong to the character before them. */
static size_t next_char(const char *w, size_t i, size_t n)
{
	for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

/* R1 of W[0..N) as step 1 of the description finds it, or N. */
static size_t find_r1(const char *w, size_t n)
{
	size_t i = 0, chars = 0;

	for (size_t k = 0; k < n && chars <= 6; k = next_char(w, k, n))
		chars++;
	if (n > 0 && w[0] == 'a' && chars > 6)
		i = 1;
	while (i < n && !is_vowel(w, i, n))
		i = next_char(w, i, n);
	while (i < n && is_vowel(w, i, n))
		i = next_char(w, i, n);
	return i < n ? next_char(w, i, n) : n;
}

static size_t stem_lt(char *word, size_t len)
{
	size_t r1 = find_r1(word, len);
	int hit;

	len = replace(word, len, 0, fixes, NELEM(fixes), &hit);
	if (len >= r1)
		len = replace(word, len, r1, endings, NELEM(endings), &hit);
	len = replace(word, len, 0, palatals, NELEM(palatals), &hit);
	do
		len = len < r1 ? len : replace(word, len, r1, suffixes,
		                               NELEM(suffixes), &hit);
	while (hit && len >= r1);
	len = replace(word, len, 0, palatals, NELEM(palatals), &hit);
	return replace(word, len, 0, gd, NELEM(gd), &hit);
}

/* Abbreviations that close their phrase: ir kt. (ir kiti), ir t. t.
 * (ir taip toliau); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"kt", "t.t"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"linkėjimais", "pagarbe"
};

const lang lang_lt = {
	.code = "lt",
	.name = "Lithuanian",
	.place_by_case = 1,
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 6),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 12),
	.stem = stem_lt,
};
