/*
 * is.c - Icelandic: its word lists (see lang.h), and no stemmer.
 *
 * Icelandic declines pronouns and adjectives in four cases, three
 * genders and two numbers (hann, hann, honum, hans; þessi, þennan,
 * þessum, þessa); its article is mostly a suffix, but the free article
 * hinn of written style declines too.  With no stemmer each word is its
 * own stem, so the stopwords list the forms one by one: personal and
 * reflexive pronouns, the possessives minn, þinn, sinn, the
 * demonstratives sá and þessi, the article hinn, question words and the
 * relative particles sem and er, indefinite pronouns and quantifiers
 * (einhver, enginn, allur, annar), prepositions, conjunctions, the forms
 * of vera, verða and hafa, the modals (geta, skulu, munu, vilja, mega,
 * þurfa, eiga) with the negation ekki, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][11] = {
	"af", "aftur", "aldrei", "alla", "allan", "allar", "allir", "allra",
	"allt", "alltaf", "allur", "annan", "annar", "annarra", "annað",
	"auk", "að", "aðeins", "aðra", "aðrar", "aðrir", "bara", "báðir",
	"bæði", "ef", "eftir", "eiga", "eigi", "ein", "eina", "einhver",
	"einhverja", "einhverjir", "einhverju", "einhverjum", "einhvern",
	"einn", "einnig", "einu", "einum", "einungis", "eitt", "eitthvað",
	"ekkert", "ekki", "en", "enda", "engan", "engin", "enginn", "engu",
	"engum", "enn", "ennþá", "er", "ert", "eru", "erum", "eruð", "eða",
	"frá", "fyrir", "fáir", "gat", "gegn", "gegnum", "get", "geta",
	"getað", "getum", "getur", "gátu", "hafa", "hafið", "haft", "hafði",
	"hana", "handa", "hann", "hans", "hef", "hefur", "heldur", "hennar",
	"henni", "hin", "hina", "hinar", "hinir", "hinn", "hinna", "hinnar",
	"hins", "hinu", "hinum", "hið", "hjá", "honum", "hvar", "hvað",
	"hvaða", "hvaðan", "hve", "hvenær", "hver", "hverja", "hverjar",
	"hverjir", "hverju", "hverjum", "hvern", "hvernig", "hverra",
	"hverrar", "hverri", "hvers", "hversu", "hvert", "hvor", "hvorki",
	"hvort", "hví", "hér", "hérna", "höfum", "höfðu", "hún", "innan",
	"jafnvel", "já", "kannski", "kringum", "líka", "margar", "margir",
	"mega", "meira", "mest", "með", "meðal", "meðan", "mig", "milli",
	"minn", "minna", "minnar", "mitt", "mjög", "mun", "mundi", "munt",
	"munu", "munum", "myndi", "myndu", "má", "mátti", "mér", "mín",
	"mína", "mínar", "mínir", "míns", "mínu", "mínum", "mörg", "nei",
	"neinn", "neitt", "nema", "neðan", "nokkrar", "nokkrir", "nokkur",
	"nokkuð", "nánast", "næstum", "né", "nú", "núna", "ofan", "oft", "og",
	"okkar", "okkur", "orðið", "samkvæmt", "sem", "sennilega", "sig",
	"sinn", "sinna", "sinnar", "sitt", "sjálf", "sjálfan", "sjálfs",
	"sjálft", "sjálfum", "sjálfur", "skal", "skalt", "skulu", "skulum",
	"skyldi", "skyldu", "slík", "slíkt", "slíkur", "strax", "svo",
	"svona", "sá", "sé", "sér", "séu", "sín", "sína", "sínar", "sínir",
	"síns", "sínu", "sínum", "síðan", "sú", "til", "um", "undir", "uns",
	"urðu", "utan", "var", "varst", "varð", "vegna", "vera", "verið",
	"verð", "verða", "verðum", "verður", "vil", "vildi", "vilja",
	"viljum", "vilt", "við", "voru", "vorum", "voruð", "væri", "væru",
	"værum", "yfir", "ykkar", "ykkur", "á", "án", "ásamt", "átti", "áttu",
	"áður", "ég", "í", "öll", "öllum", "önnur", "öðru", "öðrum", "úr",
	"þann", "þannig", "þar", "þarf", "þarna", "þau", "það", "þegar",
	"þeim", "þeir", "þeirra", "þeirrar", "þeirri", "þennan", "þess",
	"þessa", "þessar", "þessara", "þessarar", "þessari", "þessi",
	"þessir", "þessu", "þessum", "þetta", "þig", "þinn", "þinna",
	"þinnar", "þitt", "þið", "þurfa", "þurfti", "því", "þá", "þær", "þér",
	"þín", "þína", "þínar", "þínir", "þíns", "þínu", "þínum", "þó",
	"þótt", "þú"
};

/* Before a name: dr. Jón, sr. Páll (séra), hr. (herra). */
static const char titles[][3] = {
	"dr", "hr", "sr"
};

/* Usually followed by a period, but may end a sentence. */
static const char abbrevs[][6] = {
	"ath", "bls", "ca", "frh", "gr", "kl", "kr", "millj", "nr", "sbr",
	"skv", "þús"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][6] = {
	"ath", "bls", "ca", "frh", "gr", "kl", "kr", "millj", "nr", "sbr",
	"skv", "þús"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][4] = {
	"sem"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][7] = {
	"af", "að", "ef", "eftir", "en", "eða", "frá", "fyrir", "gegn",
	"gegnum", "handa", "hjá", "með", "meðal", "milli", "né", "og", "sem",
	"til", "um", "undir", "við", "yfir", "á", "án", "í", "úr", "þegar",
	"þó", "þótt"
};

/* Abbreviations that close their phrase: o.s.frv. (og svo framvegis);
 * a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][8] = {
	"o.s.frv"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][17] = {
	"kveðja", "kveðjur", "virðingarfyllst"
};

const lang lang_is = {
	.code = "is",
	.name = "Icelandic",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 2),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 7),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 3),
	.dangling = WORD_LIST(dangling, 6),
	.compounds = 1,
	.closings = WORD_LIST(closings, 16),
	.stem = NULL,	/* none: each word is its own stem */
};
