/*
 * eo.c - Esperanto: its word lists (see lang.h), and no stemmer.
 *
 * Esperanto is regular: its function words are a closed set of pronouns
 * (mi, vi, li, ŝi, ĝi, ni, ili, oni, si), possessive adjectives made
 * from them with -a, and the table of correlatives, five beginnings
 * (ki-, ti-, i-, ĉi-, neni-) by nine endings (-u, -o, -a, -e, -am, -el,
 * -om, -al, -es).  Nouns, adjectives and pronouns take -j for the plural
 * and -n for the object or direction, and with no stemmer each word is
 * its own stem, so every such form is listed: the pronouns with -n, the
 * possessives with -j, -n, -jn, all the correlatives, and beside them
 * the article la, the prepositions, conjunctions, the common adverbs and
 * particles, and the forms of esti, havi, povi, devi, voli.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][10] = {
	"al", "almenaŭ", "ankaŭ", "ankoraŭ", "anstataŭ", "antaŭ", "antaŭe",
	"apenaŭ", "apud", "aŭ", "baldaŭ", "certe", "de", "devas", "devi",
	"devis", "devus", "do", "dum", "eble", "ekde", "ekster", "el", "en",
	"estas", "esti", "estis", "estos", "estu", "estus", "eĉ", "for",
	"havas", "havi", "havis", "havos", "havus", "hieraŭ", "hodiaŭ", "ia",
	"iaj", "iajn", "ial", "iam", "ian", "ie", "iel", "ien", "ies", "ili",
	"ilia", "iliaj", "iliajn", "ilian", "ilin", "inter", "io", "iom",
	"ion", "iu", "iuj", "iujn", "iun", "ja", "jam", "je", "jen", "jes",
	"kaj", "ke", "kia", "kiaj", "kiajn", "kial", "kiam", "kian", "kie",
	"kiel", "kien", "kies", "kio", "kiom", "kion", "kiu", "kiuj", "kiujn",
	"kiun", "kontraŭ", "krom", "kun", "kune", "kvankam", "kvazaŭ", "la",
	"laŭ", "li", "lia", "liaj", "liajn", "lian", "lin", "malgraŭ",
	"malpli", "mi", "mia", "miaj", "miajn", "mian", "min", "morgaŭ", "ne",
	"nek", "nenia", "neniaj", "neniajn", "nenial", "neniam", "nenian",
	"nenie", "neniel", "nenien", "nenies", "nenio", "neniom", "nenion",
	"neniu", "neniuj", "neniujn", "neniun", "ni", "nia", "niaj", "niajn",
	"nian", "nin", "nun", "nur", "ofte", "oni", "onin", "per", "plej",
	"pli", "plu", "po", "por", "post", "poste", "povas", "povi", "povis",
	"povos", "povus", "preskaŭ", "preter", "pri", "pro", "same", "se",
	"sed", "sen", "si", "sia", "siaj", "siajn", "sian", "sin", "sub",
	"super", "sur", "tamen", "tia", "tiaj", "tiajn", "tial", "tiam",
	"tian", "tie", "tiel", "tien", "ties", "tio", "tiom", "tion", "tiu",
	"tiuj", "tiujn", "tiun", "tra", "trans", "tre", "tro", "tuj", "unu",
	"vi", "via", "viaj", "viajn", "vian", "vin", "volas", "voli", "volis",
	"ĉar", "ĉe", "ĉi", "ĉia", "ĉiaj", "ĉiajn", "ĉial", "ĉiam", "ĉian",
	"ĉie", "ĉiel", "ĉien", "ĉies", "ĉio", "ĉiom", "ĉion", "ĉirkaŭ", "ĉiu",
	"ĉiuj", "ĉiujn", "ĉiun", "ĉu", "ĝi", "ĝia", "ĝiaj", "ĝiajn", "ĝian",
	"ĝin", "ĝis", "ĵus", "ŝi", "ŝia", "ŝiaj", "ŝiajn", "ŝian", "ŝin"
};

/* Before a name: Dr. Zamenhof, Prof. Wells. */
static const char titles[][5] = {
	"dr", "prof"
};

/* Usually followed by a period, but may end a sentence (... ktp.). */
static const char abbrevs[][4] = {
	"ekz", "kp", "ks", "ktp", "vd"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][4] = {
	"ekz", "kp", "ks", "ktp", "vd"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][6] = {
	"kia", "kiaj", "kiajn", "kial", "kiam", "kian", "kie", "kiel", "kien",
	"kies", "kio", "kiom", "kion", "kiu", "kiuj", "kiujn", "kiun"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][10] = {
	"al", "anstataŭ", "antaŭ", "apud", "aŭ", "de", "dum", "ekster", "el",
	"en", "ilia", "iliaj", "inter", "je", "kaj", "ke", "kontraŭ", "krom",
	"kun", "kvankam", "la", "laŭ", "lia", "liaj", "malgraŭ", "mia",
	"miaj", "nek", "nia", "niaj", "per", "po", "por", "post", "preter",
	"pri", "pro", "se", "sed", "sen", "sia", "siaj", "sub", "super",
	"sur", "tra", "trans", "via", "viaj", "ĉar", "ĉe", "ĉirkaŭ", "ĝia",
	"ĝiaj", "ĝis", "ŝia", "ŝiaj"
};

/* Abbreviations that close their phrase: ktp. (kaj tiel plu); a
 * capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"ktp"
};

const lang lang_eo = {
	.code = "eo",
	.name = "Esperanto",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 5),
	.dangling = WORD_LIST(dangling, 9),
	.stem = NULL,	/* none: each word is its own stem */
};
