/*
 * ca.c - Catalan: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/*
 * Catalan function words, sorted (strcmp order): articles, pronouns
 * and their weak forms, prepositions and their contractions (al, del,
 * pel), conjunctions, the common forms of ser, estar, haver, fer, poder
 * and tenir, adverbs of degree, time and place, negation and question
 * words.  An elided article or pronoun stays joined to its word
 * ("l'any"), so the commonest elided function words are listed whole.
 */
static const char stopwords[][10] = {
	"a", "abans", "ahir", "així", "això", "al", "algun", "alguna",
	"algunes", "alguns", "algú", "allà", "allí", "allò", "als", "altra",
	"altre", "altres", "amb", "aquell", "aquella", "aquelles", "aquells",
	"aquest", "aquesta", "aquestes", "aquests", "aquí", "ara", "aviat",
	"avui", "açò", "bastant", "ben", "bé", "cada", "cadascun", "cadascuna",
	"cap", "com", "contra", "d'", "d'un", "d'una", "darrere", "davant",
	"de", "del", "dels", "demà", "des", "després", "dins", "doncs", "dues",
	"durant", "el", "ell", "ella", "elles", "ells", "els", "em", "en",
	"encara", "ens", "entre", "era", "eren", "esta", "estan", "estar",
	"estat", "estava", "estaven", "estem", "estic", "està", "et", "fa",
	"fan", "feia", "fer", "fet", "fins", "fora", "foren", "força", "fou",
	"gaire", "gairebé", "ha", "hagi", "hagués", "han", "has", "hauria",
	"haver", "havia", "havien", "he", "hem", "heu", "hi", "ho", "i", "ja",
	"jo", "l'", "la", "les", "li", "llavors", "lluny", "m'", "ma", "mai",
	"massa", "me", "mentre", "menys", "meu", "meus", "meva", "meves",
	"molt", "molta", "moltes", "molts", "més", "n'", "na", "ne", "ni",
	"ningú", "no", "nosaltres", "nostra", "nostre", "nostres", "o", "on",
	"per", "perquè", "però", "poc", "poca", "pocs", "poden", "podia",
	"podria", "poques", "pot", "potser", "qual", "quals", "quan", "quant",
	"quanta", "quantes", "quants", "que", "quelcom", "qui", "quin",
	"quina", "quines", "quins", "què", "res", "s'", "sa", "se", "segons",
	"sempre", "sense", "ser", "seria", "serien", "serà", "seu", "seus",
	"seva", "seves", "si", "sigui", "siguin", "sinó", "sobre", "som",
	"sota", "sí", "sóc", "són", "t'", "també", "tampoc", "tan",
	"tanmateix", "tant", "te", "tenen", "tenia", "tenir", "teu", "teus",
	"teva", "teves", "tot", "tota", "totes", "tothom", "tots", "tu", "té",
	"un", "una", "unes", "uns", "va", "vaig", "vam", "van", "vas", "vau",
	"vers", "vosaltres", "vostra", "vostre", "vostres", "érem", "és"
};

/* Words that, followed by a period, introduce a name ("Sr. Puig",
 * "Dra. Vidal"): never a sentence end. */
static const char titles[][5] = {
	"dr", "dra", "mn", "mons", "pr", "prof", "sr", "sra", "srs", "srta"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("etc.", "pàg."). */
static const char abbrevs[][6] = {
	"ag", "aprox", "art", "av", "cap", "cf", "etc", "ex", "fig", "núm",
	"pl", "pp", "pàg", "tel", "vol"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][6] = {
	"aprox", "art", "av", "cap", "cf", "etc", "ex", "fig", "núm", "pl",
	"pp", "pàg", "tel", "vol"
};

/* Relative pronouns. */
static const char relatives[][6] = {
	"on", "qual", "quals", "que", "qui", "què"
};

/* Articles, prepositions, conjunctions and possessives: they cannot end
 * a line or a heading. */
static const char dangling[][8] = {
	"a", "al", "als", "amb", "de", "del", "dels", "el", "els", "en",
	"entre", "i", "la", "les", "meu", "meus", "meva", "meves", "ni",
	"nostra", "nostre", "nostres", "o", "pel", "pels", "per", "però",
	"sense", "seu", "seus", "seva", "seves", "sobre", "un", "una", "unes",
	"uns", "vostra", "vostre", "vostres"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Catalan, done on the UTF-8 bytes.
 *
 * The vowels are a e i o u, á à é è í ï ó ò ú and ü.  Every suffix is
 * ASCII or holds two-byte letters of Latin-1, so suffixes are compared
 * as bytes; code points are looked at only to tell vowels from the
 * rest.  Unlike its Romance neighbours the algorithm uses no RV.
 *
 *  1. Regions: R1 starts after the first non-vowel that follows a
 *     vowel, R2 is the same inside R1.  A suffix is in a region when it
 *     starts inside it.
 *  2. Step 0: a weak pronoun joined to the verb ('s, 'hi, -la, -nos,
 *     selo, ...) goes when it is in R1.
 *  3. Step 1 takes the longest of some 250 derivational suffixes and
 *     deletes it in R1 (most of them) or in R2 (-acions, -ada, -ades);
 *     -logia and its forms become log and -ic, -ica, -ics, -iques ic in
 *     R2; -quíssim and its forms become c in R1.
 *  4. If step 1 removed nothing, step 2 deletes the longest verb ending
 *     in R1 (-ando only in R2).
 *  5. Step 3 deletes a residual ending in R1 (-os, -a, -o, -e, -eu,
 *     -is, -s, ...) or turns -iqu in R1 into ic.
 *  6. Finally the accents go (à -> a, ï -> i, ...) and the middle dot of
 *     l·l becomes a period.
 *
 * In each step only the longest matching suffix counts, whichever of
 * the step's tables holds it: if its region does not hold it the step
 * fails, it never tries a shorter one.
 */

struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 r1;	/* byte offset of R1; may pass n */
	size_t	 r2;	/* of R2 */
};

/* A table of suffixes that share an action: N rows of WIDTH bytes,
 * each NUL-ended (rows, not pointers, which the loader would relocate
 * at every start). */
struct table {
	const char	*s;
	size_t		 width, n;
	int		 act;
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define TABLE(a, act) { a[0], sizeof a[0], NELEM(a), act }

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

/* Whether the character starting at I (< N) is a Catalan vowel. */
static int
vowel_at(const char *w, size_t n, size_t i)
{
	size_t e = next_char(w, n, i);

	if (e - i == 1)
		return w[i] != '\0' && strchr("aeiou", w[i]) != NULL;
	/* á à é è í ï ó ò ú ü: byte C3, then one of these */
	return e - i == 2 && (unsigned char)w[i] == 0xC3 &&
	    memchr("\xA1\xA0\xA9\xA8\xAD\xAF\xB3\xB2\xBA\xBC", w[i + 1],
	    10) != NULL;
}

/* Offset just past the first non-vowel after a vowel, from I on. */
static size_t
region(const char *w, size_t n, size_t i)
{
	while (i < n && !vowel_at(w, n, i))
		i = next_char(w, n, i);
	while (i < n && vowel_at(w, n, i))
		i = next_char(w, n, i);
	return i < n ? next_char(w, n, i) : n;
}

/*
 * The longest suffix in the tables T (NT of them) that ends the word:
 * returns its length, 0 if there is none, and sets *ACT to its table's
 * action.
 */
static size_t
longest(const struct stem *st, const struct table *t, size_t nt, int *act)
{
	size_t i, j, len, best = 0;
	const char *s;

	for (i = 0; i < nt; i++) {
		for (j = 0; j < t[i].n; j++) {
			s = t[i].s + j * t[i].width;
			len = strlen(s);
			if (len > best && len <= st->n &&
			    memcmp(st->w + st->n - len, s, len) == 0) {
				best = len;
				*act = t[i].act;
			}
		}
	}
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

/* The suffixes, by step and by action. */

static const char pronoun_r1[][6] = {
	"'s", "'hi", "'ho", "'l", "'ls", "-ls", "-la", "-les", "-li", "vos",
	"se", "nos", "-nos", "-us", "us", "'n", "'ns", "-n", "-ns", "'m",
	"-me", "-m", "-te", "'t", "li", "lo", "los", "me", "sela", "selo",
	"selas", "selos", "le", "la", "las", "les", "ens", "ho", "hi"
};

static const char standard_r1[][11] = {
	"ar", "atge", "formes", "icte", "ictes", "ell", "ells", "ella", "és",
	"ès", "esc", "essa", "et", "ets", "eta", "eres", "eries", "ers",
	"ina", "ines", "able", "ls", "ió", "itat", "itats", "itzar", "iva",
	"ives", "ivisme", "ius", "fer", "ment", "amen", "ament", "aments",
	"ments", "ot", "sfera", "al", "als", "era", "ana", "iste", "aire",
	"eria", "esa", "eses", "esos", "or", "ícia", "ícies", "icis", "ici",
	"íci", "ícis", "ària", "àries", "alla", "ció", "cions", "nça", "nces",
	"ó", "dor", "all", "il", "ístic", "enc", "enca", "ís", "issa",
	"issos", "íssem", "íssiu", "issem", "isseu", "ísseu", "ós", "osa",
	"dora", "dores", "dors", "adura", "ble", "bles", "ívol", "ívola",
	"dís", "egar", "ejar", "ificar", "itar", "ables", "adors", "idores",
	"idors", "adora", "ació", "doras", "dur", "dures", "allengües", "ant",
	"ants", "ancia", "ancies", "atòria", "atòries", "tori", "toris",
	"ats", "ions", "ota", "isam", "ors", "ora", "ores", "isament",
	"bilitat", "bilitats", "ivitat", "ivitats", "ari", "aris", "ionisme",
	"ionista", "ionistes", "ialista", "ialistes", "ialisme", "ialismes",
	"ud", "uts", "uds", "encia", "encies", "ència", "ències", "ïtat",
	"ïtats", "atiu", "atius", "atives", "ativa", "ativitat", "ativitats",
	"ible", "ibles", "assa", "asses", "assos", "ent", "ents", "íssim",
	"íssima", "íssims", "íssimes", "ìssem", "ìsseu", "ìssin", "ims",
	"ima", "imes", "isme", "ista", "ismes", "istes", "inia", "inies",
	"íinia", "ínies", "ita", "ites", "triu", "trius", "oses", "osos",
	"ient", "otes", "ots"
};

static const char standard_r2[][7] = {
	"acions", "ada", "ades"
};

static const char standard_log[][10] = {
	"logía", "logíes", "logia", "logies", "logi", "logis", "lógica",
	"lógics", "lógiques"
};

static const char standard_ic[][6] = {
	"ic", "ica", "ics", "iques"
};

static const char standard_c[][11] = {
	"quíssim", "quíssims", "quíssimes", "quíssima"
};

static const char verb_r1[][9] = {
	"ador", "adora", "adors", "adores", "re", "ie", "ent", "ents", "udes",
	"arà", "eren", "ará", "arían", "arías", "arán", "arás", "aríais",
	"aria", "arian", "arien", "aries", "aràs", "aría", "aréis", "aríamos",
	"aremos", "ara", "aré", "arés", "erían", "erías", "erán", "erás",
	"eríais", "ería", "eréis", "eríamos", "eremos", "erá", "eré", "er",
	"erau", "erass", "irían", "irías", "irán", "irás", "iríais", "iría",
	"iréis", "iríamos", "iremos", "irá", "iré", "írem", "íreu", "íeu",
	"ia", "ies", "íem", "ìeu", "ien", "at", "ut", "uda", "ava", "aves",
	"avem", "ávem", "àvem", "àveu", "áveu", "aven", "au", "ats", "asseu",
	"esseu", "eresseu", "àsseu", "àssem", "àssim", "àssiu", "essen",
	"esses", "assen", "asses", "assim", "assiu", "éssen", "ésseu",
	"éssim", "éssiu", "éssem", "í", "ares", "àrem", "àreu", "àren",
	"aríem", "aríeu", "areu", "aren", "ant", "ïm", "ïu", "és", "ïen",
	"en", "es", "em", "am", "ams", "ïa", "ïes", "dre", "eix", "eixer",
	"tzar", "eixes", "ides", "ïdes", "it", "ït", "ïda", "aba", "ada",
	"ades", "ida", "ía", "iera", "ad", "ed", "its", "id", "ids", "ase",
	"iese", "aste", "iste", "an", "aban", "ían", "aran", "ieran", "asen",
	"iesen", "aron", "ieron", "ado", "ido", "iendo", "ió", "ar", "ir",
	"as", "ieu", "ii", "io", "ià", "ess", "essin", "essis", "ass",
	"assin", "assis", "essim", "èssim", "èssiu", "abas", "adas", "idas",
	"ías", "aras", "ieras", "ases", "ieses", "ís", "áis", "abais", "íais",
	"arais", "ierais", "aseis", "ieseis", "asteis", "isteis", "ados",
	"idos", "amos", "ábamos", "íamos", "imos", "ques", "áramos",
	"iéramos", "iésemos", "ásemos", "ira", "iran", "irem", "iren", "ires",
	"ireu", "iria", "irien", "iries", "irà", "iràs", "irè", "irìem",
	"irìeu", "isquen", "iguem", "igueu", "esqui", "esquin", "esquis",
	"eixi", "eixin", "eixis", "eixen", "eixo", "isin", "isis", "esques",
	"sis", "sin", "int", "iríem", "iríeu", "isc", "atges", "esca",
	"esquen", "issen", "isses", "issin", "issis", "isca", "issiu",
	"issim", "ïsc", "ïsca", "ïssin", "íssiu", "íssim", "ïssis", "ïguem",
	"ïgueu", "ïra", "ïren", "ïres", "ïsquen", "ïsques", "ïssen", "ïsses",
	"ïxo", "ïxen", "ïxes", "ïx", "ixo", "ixen", "ixes", "ix", "ixa",
	"inin", "inis", "ini", "ineu", "itza", "itzi", "itzeu", "itzis",
	"itzo", "itz", "itzà", "arem", "in", "às", "iï", "iïn", "iïs"
};

static const char verb_r2[][5] = {
	"ando"
};

static const char residual_r1[][4] = {
	"os", "a", "o", "á", "à", "í", "ó", "e", "é", "eu", "iu", "is", "i",
	"ir", "s", "ì", "itz", "ï", "ïn", "ïs", "it"
};

static const char residual_ic[][4] = {
	"iqu"
};

/* The actions: delete in R1 or in R2, or rewrite in R2 or R1. */
enum { DEL_R1, DEL_R2, LOG_R2, IC_R2, C_R1, IC_R1 };

static const struct table pronoun_tables[] = {
	TABLE(pronoun_r1, DEL_R1),
};

static const struct table standard_tables[] = {
	TABLE(standard_r1, DEL_R1), TABLE(standard_r2, DEL_R2),
	TABLE(standard_log, LOG_R2), TABLE(standard_ic, IC_R2),
	TABLE(standard_c, C_R1),
};

static const struct table verb_tables[] = {
	TABLE(verb_r1, DEL_R1), TABLE(verb_r2, DEL_R2),
};

static const struct table residual_tables[] = {
	TABLE(residual_r1, DEL_R1), TABLE(residual_ic, IC_R1),
};

/*
 * One step (2 to 5): find the longest suffix in tables T (NT of them)
 * and act on it if it lies in its region.  Returns whether it did.
 */
static int
step(struct stem *st, const struct table *t, size_t nt)
{
	static const char rep[][4] = { "", "", "log", "ic", "c", "ic" };
	int act = DEL_R1;
	size_t len = longest(st, t, nt, &act), at;

	if (len == 0)
		return 0;
	at = st->n - len;
	if (at < (act == DEL_R1 || act == C_R1 || act == IC_R1 ?
	    st->r1 : st->r2))
		return 0;
	put(st, at, rep[act]);
	return 1;
}

/* Step 6: the accents go and the middle dot (C2 B7) becomes a period. */
static size_t
cleaning(char *w, size_t n)
{
	static const char accented[] = "\xA1\xA0\xA9\xA8\xAD\xAC\xB3\xB2\xBA"
	    "\xBC\xAF";
	static const char plain[] = "aaeeiioouui";
	size_t i, k = 0;
	const char *p;

	for (i = 0; i < n; i++) {
		if ((unsigned char)w[i] == 0xC3 && i + 1 < n &&
		    w[i + 1] != '\0' && (p = strchr(accented, w[i + 1]))) {
			w[k++] = plain[p - accented];
			i++;
		} else if ((unsigned char)w[i] == 0xC2 && i + 1 < n &&
		    (unsigned char)w[i + 1] == 0xB7) {
			w[k++] = '.';
			i++;
		} else {
			w[k++] = w[i];
		}
	}
	return k;
}

static size_t
stem_ca(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	st.r1 = region(word, len, 0);
	st.r2 = region(word, len, st.r1);

	step(&st, pronoun_tables, NELEM(pronoun_tables));
	if (!step(&st, standard_tables, NELEM(standard_tables)))
		step(&st, verb_tables, NELEM(verb_tables));
	step(&st, residual_tables, NELEM(residual_tables));
	return cleaning(word, st.n);
}

/* Abbreviations that close their phrase: etc., and the era after a
 * year, a.C., d.C.; a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"a.c", "d.c", "etc"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][12] = {
	"atentament", "cordialment", "salutacions"
};

const lang lang_ca = {
	.code = "ca",
	.name = "Catalan",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 5),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 11),
	.stem = stem_ca,
};
