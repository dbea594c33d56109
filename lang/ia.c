/*
 * ia.c - Interlingua: its word lists (see lang.h), and no stemmer.
 *
 * Interlingua (IALA, 1951) takes its words from what English, French,
 * Italian, Spanish and Portuguese share, with a grammar of almost no
 * inflection: one article le, un for every gender and number, plurals
 * in -s or -es, verbs in -ar, -er, -ir with one form for every person
 * (es, ha, pote, va).  With no stemmer each word is its own stem, and
 * the stopwords list the function words as they are written: the
 * articles and their contractions del and al, the personal pronouns
 * and possessives (io, me, mi, mie, tu, te, ille, illa, illo, nos,
 * vos, illes, su, nostre, vostre), demonstratives (iste, ille, celle,
 * isto), relatives and question words (que, qui, cuje, ubi, quando,
 * proque), prepositions, conjunctions, the auxiliaries esser, haber,
 * poter, deber, voler in their common forms, and common adverbs and
 * quantifiers.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][9] = {
	"a", "ab", "al", "alcun", "alicun", "alique", "altre", "altres",
	"ancora", "anque", "ante", "apud", "assatis", "avante", "circa",
	"como", "con", "contra", "cuje", "de", "debe", "deberea", "del",
	"depost", "durante", "e", "ecce", "es", "esser", "essera", "esserea",
	"esseva", "etiam", "excepte", "foras", "ha", "habe", "haber",
	"habeva", "illa", "illas", "ille", "illes", "illo", "illos", "in",
	"infra", "inter", "io", "ista", "iste", "istes", "isto", "istos",
	"jam", "jammais", "la", "le", "les", "lo", "los", "ma", "me", "mi",
	"mie", "mies", "minus", "multe", "multo", "ne", "nec", "necun", "ni",
	"nihil", "non", "nos", "nostre", "nostres", "nulle", "o", "omne",
	"omnes", "per", "perque", "pois", "post", "pote", "poter", "poterea",
	"pro", "proque", "qual", "quale", "quales", "quando", "quanto", "que",
	"qui", "retro", "secundo", "sed", "sempre", "sera", "si", "sia",
	"sin", "solmente", "su", "sub", "super", "supra", "sur", "sus", "tal",
	"tamben", "tante", "tanto", "te", "tote", "totes", "toto", "tu",
	"ubi", "un", "una", "usque", "va", "verso", "vole", "voler", "vos",
	"vostre", "vostres"
};

/* Before a name: Dr. (doctor), Prof. (professor), Sr. (senior), Sra.
 * (seniora), Srta. (senioretta). */
static const char titles[][5] = {
	"dr", "prof", "sr", "sra", "srta"
};

/* Usually followed by a period, but may end a sentence. */
static const char abbrevs[][4] = {
	"etc"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][4] = {
	"etc"
};

/* Words that cannot end a line or a heading: articles, prepositions,
 * conjunctions. */
static const char dangling[][6] = {
	"a", "al", "con", "de", "del", "e", "in", "inter", "le", "les", "ma",
	"o", "per", "pro", "que", "sed", "sin", "sub", "super", "sur", "un",
	"una", "verso"
};

const lang lang_ia = {
	.code = "ia",
	.name = "Interlingua",
	.stopwords = WORD_LIST(stopwords, 8),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 5),
	.stem = NULL,	/* none: each word is its own stem */
};
