/*
 * cy.c - Welsh: its word lists (see lang.h), and no stemmer.
 *
 * Welsh changes the first consonant of a word after certain words (the
 * mutations: bod, fod; pob, bob; dim, ddim), inflects its prepositions
 * for person (ar: arno, arni, arnynt; i: iddo, iddi, iddynt), and joins
 * the article and the short pronouns to the word before with an
 * apostrophe (i'r, o'r, a'r, i'w, mae'n), which the engine keeps inside
 * one word.  With no stemmer each word is its own stem, so the stopwords
 * list those forms as they are written: the article y, yr, personal
 * pronouns with their emphatic and conjunctive forms, possessives, the
 * inflected prepositions, demonstratives, question words, conjunctions
 * and the particles fe, mi, yn, wedi, the forms of bod in its common
 * tenses (mae, yw, ydy, sydd, oedd, roedd, bydd, byddai) with their
 * mutated forms, the negation ddim, nid, na, and common adverbs and
 * quantifiers.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][11] = {
	"a", "a'i", "a'm", "a'r", "a'u", "ac", "achos", "acw", "ag", "ai",
	"all", "allai", "allu", "am", "amdani", "amdano", "amdanynt", "ar",
	"arall", "arnaf", "arnat", "arni", "arno", "arnoch", "arnom", "arnyn",
	"arnynt", "at", "ati", "ato", "atynt", "bellach", "beth", "ble",
	"bob", "bod", "bron", "bu", "buodd", "bydd", "byddaf", "byddai",
	"byddant", "bydden", "byddwn", "bynnag", "byth", "chi", "chithau",
	"chwychwi", "cyn", "dan", "ddim", "ddoe", "ddylai", "di", "digon",
	"dim", "dithau", "do", "doedd", "does", "dros", "drwy", "drwyddo",
	"dw", "dwi", "dy", "dydw", "dydy", "dylai", "dyw", "e", "efallai",
	"efe", "efo", "ei", "eich", "ein", "eisiau", "eisoes", "er", "eraill",
	"erioed", "eto", "eu", "faint", "fe", "fel", "felly", "fi", "finnau",
	"fo", "fod", "fu", "fy", "fydd", "fyddai", "gall", "gallai", "gallu",
	"gan", "ganddi", "ganddo", "ganddyn", "ganddynt", "gellir", "gen",
	"gennych", "gennyf", "gennym", "ger", "gerbron", "gormod", "gwneud",
	"gyd", "gyda", "heb", "hebddo", "heddiw", "hefyd", "heibio", "hi",
	"hithau", "holl", "hon", "honno", "hwn", "hwnnw", "hwy", "hwynt",
	"hwythau", "hyd", "hyhi", "hyn", "hynny", "i", "i'm", "i'r", "i'th",
	"i'w", "iawn", "ichi", "iddi", "iddo", "iddyn", "iddynt", "ie", "imi",
	"inni", "iti", "llai", "llawer", "lle", "lleiaf", "mae", "mae'n",
	"mae'r", "maen", "mai", "mewn", "mi", "minnau", "mor", "mwy", "mwyaf",
	"myfi", "na", "nac", "nad", "naddo", "nag", "naill", "nawr", "neb",
	"neu", "nhw", "ni", "nid", "ninnau", "nis", "nyni", "o", "o'i", "o'r",
	"o'u", "oddi", "oedd", "oes", "oherwydd", "ohoni", "ohono", "ohonoch",
	"ohonof", "ohonom", "ohonyn", "ohonynt", "ond", "os", "pa", "pam",
	"pan", "pawb", "pe", "pob", "popeth", "pryd", "pwy", "rhai", "rhaid",
	"rhwng", "rhy", "rhyngddynt", "rhyw", "rhywbeth", "rhywun", "roedd",
	"roedden", "roeddent", "roeddet", "roeddwn", "rwy", "rwyf", "rydw",
	"rydych", "rydym", "rydyn", "rŵan", "sawl", "sut", "sy", "sy'n",
	"sydd", "tan", "taw", "ti", "tithau", "tra", "tros", "trwy",
	"trwyddo", "tua", "tuag", "tydi", "un", "unrhyw", "wedi", "wedyn",
	"wir", "wnaeth", "wneud", "wrth", "wrthi", "wrtho", "wrthynt", "wyf",
	"wyt", "y", "ychydig", "ydw", "ydy", "ydych", "ydyn", "ydynt", "ydyw",
	"yfory", "ym", "yma", "ymhlith", "ymysg", "yn", "yna", "yng",
	"ynghyd", "ynghylch", "ynglŷn", "yno", "yntau", "yr", "yw", "yw'r",
	"â", "ôl"
};

/* Before a name: Dr. Jones, Parch. (the Reverend) Williams. */
static const char titles[][6] = {
	"dr", "mr", "mrs", "ms", "parch"
};

/* Usually followed by a period, but may end a sentence. */
static const char abbrevs[][4] = {
	"cf", "cyf", "etc", "gw", "tud"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][4] = {
	"cf", "cyf", "etc", "gw", "tud"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][6] = {
	"a", "a'r", "ac", "ag", "am", "ar", "at", "dan", "dros", "drwy", "dy",
	"efo", "ei", "eich", "ein", "eu", "fy", "gan", "gyda", "heb", "i",
	"i'r", "i'w", "mewn", "neu", "o'r", "ond", "rhwng", "trwy", "wrth",
	"y", "ym", "yn", "yng", "yr", "â"
};

/* Abbreviations that close their phrase: ayb. (ac yn y blaen); a
 * capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"ayb"
};

const lang lang_cy = {
	.code = "cy",
	.name = "Welsh",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 5),
	.stem = NULL,	/* none: each word is its own stem */
};
