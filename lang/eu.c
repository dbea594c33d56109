/*
 * eu.c - Basque: its word lists (see lang.h), and no stemmer.
 *
 * Basque is agglutinative: case endings, and what other languages say
 * with prepositions, are suffixes on the last word of a phrase (etxean,
 * etxetik, etxearekin), and a relative clause is marked by a suffix on
 * its verb (-n), so those cannot be listed.  What is listed, each form
 * as it is written since there is no stemmer, are the free words:
 * personal and reflexive pronouns in their common cases (ni, nik, niri,
 * nire, nirekin), the demonstratives hau, hori, hura and their cases,
 * question words and indefinite pronouns and quantifiers, conjunctions
 * and the free postpositions (gabe, arte, buruz, ondoren), the commonest
 * forms of the auxiliaries izan and *edun and of dago, the modal words
 * (behar, nahi, ahal, ezin) and particles, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char *const stopwords[] = {
	"agian", "ahal", "al", "ala", "alde", "aldean", "aldera", "aldiz",
	"anitz", "arabera", "ari", "arte", "artean", "asko", "askotan",
	"atzean", "atzo", "aurka", "aurrean", "aurretik", "azpian", "bada",
	"badira", "bai", "baina", "baino", "baita", "baizik", "bakarrik",
	"bakoitza", "bakoitzak", "baldin", "balitz", "balu", "barruan", "bat",
	"batean", "batek", "baten", "bati", "batzuek", "batzuetan", "batzuk",
	"behar", "beharbada", "bera", "beraiek", "beraien", "berak", "berari",
	"beraz", "bere", "berehala", "berekin", "berriro", "berriz", "beste",
	"besteak", "besteek", "bestela", "besterik", "beti", "bezala",
	"bezalako", "bi", "bidez", "bihar", "bitartean", "buruz", "da",
	"dago", "dagoeneko", "daiteke", "daitezke", "daude", "dela", "den",
	"dena", "denak", "denek", "denok", "dezake", "dezakete", "digu",
	"dio", "diogu", "diot", "diote", "dira", "direla", "diren", "dit",
	"ditu", "ditugu", "ditut", "dituzte", "dituzu", "dizu", "du", "duela",
	"duen", "dugu", "dut", "dute", "dutela", "duten", "duzu", "duzue",
	"edo", "edozein", "edozer", "egin", "egiten", "ere", "esker", "eta",
	"ez", "ezen", "ezer", "ezertan", "ezin", "ezta", "gabe", "gain",
	"gainean", "gainera", "gara", "gaur", "gehiago", "gehiegi", "gehien",
	"genuen", "gero", "geroago", "geu", "ginen", "gisa", "gu", "guk",
	"gure", "gurekin", "guretzat", "guri", "gutxi", "gutxiago", "guzti",
	"guztia", "guztiak", "guztiek", "guztien", "haiei", "haiek",
	"haiekin", "haien", "haientzat", "hain", "hainbat", "hala", "halako",
	"han", "handik", "hara", "harekin", "haren", "harentzat", "hari",
	"hark", "hartan", "hartaz", "hau", "hauei", "hauek", "hauen",
	"hauetan", "hemen", "hemendik", "hi", "hik", "hire", "hiri", "hola",
	"hona", "honek", "honekin", "honela", "honelako", "honen", "honetan",
	"honi", "hor", "hori", "horiei", "horiek", "horien", "horietan",
	"horra", "horregatik", "horrek", "horrekin", "horrela", "horrelako",
	"horren", "horretan", "horri", "hortik", "hura", "ia", "inguru",
	"inguruan", "inoiz", "inon", "inongo", "inor", "izan", "izanda",
	"izango", "izateko", "izaten", "jada", "kanpoan", "kontra", "lehen",
	"lehenago", "liteke", "litzateke", "luke", "lukete", "maiz", "moduan",
	"nahi", "nahiko", "nahiz", "naiz", "neu", "ni", "nigan", "nik",
	"nintzen", "nire", "nirekin", "niretzat", "niri", "nitaz", "noiz",
	"noizbait", "nola", "non", "nonbait", "nondik", "nor", "nora",
	"norbait", "norekin", "noren", "norentzat", "nori", "nork", "nuen",
	"ohi", "omen", "ondo", "ondoan", "ondoren", "ondorioz", "ongi",
	"orain", "oraindik", "ordea", "ordez", "orduan", "oro", "oso",
	"ostean", "ote", "samar", "sarri", "soilik", "zara", "zarete",
	"zegoen", "zehar", "zein", "zeinek", "zeinen", "zeintzuk", "zela",
	"zen", "zenbait", "zenbat", "zenean", "zenuen", "zenuten", "zer",
	"zerbait", "zeren", "zergatik", "zeri", "zerk", "zertan", "zertarako",
	"zeu", "zeuden", "zidan", "zinen", "zineten", "zion", "zioten",
	"zirela", "ziren", "zituen", "zituzten", "zu", "zuei", "zuek",
	"zuekin", "zuela", "zuen", "zuentzat", "zuk", "zure", "zurekin",
	"zuretzat", "zuri", "zuten"
};

/* Before a name: Dr. Etxeberria, Prof. Agirre. */
static const char *const titles[] = {
	"dr", "prof"
};

/* Usually followed by a period, but may end a sentence (... etab.). */
static const char *const abbrevs[] = {
	"adib", "etab", "ik", "or", "orr", "zk"
};

/* Those abbreviations also written in lower case. */
static const char *const lower_abbrevs[] = {
	"adib", "etab", "ik", "or", "orr", "zk"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char *const dangling[] = {
	"ala", "baina", "baizik", "beraien", "bere", "edo", "eta", "gure",
	"haien", "haren", "hire", "nahiz", "nire", "zuen", "zure"
};

const lang lang_eu = {
	.code = "eu",
	.name = "Basque",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.openers = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 7),
	.stem = NULL,	/* none: each word is its own stem */
};
