/*
 * ga.c - Irish: its word lists (see lang.h), and no stemmer.
 *
 * Irish changes the start of a word after certain words (lenition: bhí,
 * thar; eclipsis: bhfuil, mbeidh; a prefixed h or t: na hÉireann, an
 * tUasal), and its prepositions combine with pronouns (ag: agam, agat,
 * aige, aici; le: liom, leat, leis, léi) and with the article and the
 * possessives (sa, den, don, ina, lena).  With no stemmer each word is
 * its own stem, so the stopwords list those forms as they are written:
 * the article an, na, personal pronouns with their emphatic forms,
 * possessives, the common prepositions with their combined and
 * pronominal forms, conjunctions and verbal particles, the forms of the
 * copula is and of bí in its common tenses (tá, bhí, beidh, bhfuil,
 * raibh, níl), question words, demonstratives, quantifiers and common
 * adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char *const stopwords[] = {
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
static const char *const titles[] = {
	"ath", "dr", "sr", "tath", "tuas", "uas"
};

/* Usually followed by a period, but may end a sentence (... srl.). */
static const char *const abbrevs[] = {
	"cf", "iml", "lch", "srl", "uimh"
};

/* Those abbreviations also written in lower case. */
static const char *const lower_abbrevs[] = {
	"cf", "iml", "lch", "srl", "uimh"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char *const dangling[] = {
	"a", "ach", "ag", "agus", "an", "ar", "as", "bhur", "chuig", "de",
	"den", "do", "don", "gan", "go", "i", "idir", "in", "le", "mar", "mo",
	"na", "nó", "roimh", "sa", "san", "sna", "thar", "trí", "um", "ár",
	"ó", "ón"
};

const lang lang_ga = {
	.code = "ga",
	.name = "Irish",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.openers = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 5),
	.stem = NULL,	/* none: each word is its own stem */
};
