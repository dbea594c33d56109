/*
 * af.c - Afrikaans: its word lists (see lang.h), and no stemmer.
 *
 * Afrikaans is Dutch with most of its inflection worn away: a verb has
 * one form for every person and number (ek is, hy is, hulle is; ek het,
 * sy het), the past is het with a participle (het gekom) and only wees
 * and the modals keep a past form of their own (was, sou, kon, moes,
 * wou, mog); nouns have no gender, so the article is die for all and 'n
 * (folded "n": the apostrophe before it is no part of the word), and an
 * adjective takes an -e or not by its place.  So the function words are
 * few, each in one or two forms, and every form is listed as it is
 * written; no Snowball stemmer exists for the language.  The lists hold
 * the pronouns, which serve as possessives too (my, jou, sy, haar, ons,
 * hul) and with -self as reflexives, and the genitive s'n; the
 * demonstratives hierdie, daardie, dié and the spoken daai; the
 * prepositions, conjunctions and pronominal adverbs (daarvan, hierin,
 * waarmee); is, was, wees, het, hê and the modals; the negation, whose
 * second nie closes the clause (Hy kom nie vandag nie), with geen,
 * nooit, niks, niemand, nêrens; question words; common adverbs.  The
 * accented forms that tell a word apart are kept as they are: dié (this,
 * that), ná (after), nóg and óf (neither, either).
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems).  Folded, sorted (strcmp order). */
static const char stopwords[][11] = {
	"aan", "aangesien", "agter", "al", "albei", "alhoewel", "alle",
	"alleen", "alles", "almal", "alreeds", "altyd", "amper", "ander",
	"anders", "as", "asof", "asook", "baie", "behalwe", "behoort",
	"beide", "benewens", "binne", "bo", "boonop", "buite", "by", "byna",
	"daai", "daar", "daaraan", "daarby", "daardeur", "daardie", "daarin",
	"daarmee", "daarna", "daarom", "daaroor", "daarop", "daaruit",
	"daarvan", "daarvoor", "dalk", "dan", "danksy", "darem", "dat",
	"deur", "die", "dikwels", "dis", "dit", "dié", "dus", "eerder",
	"eers", "egter", "eintlik", "ek", "elk", "elke", "elkeen", "en",
	"enige", "enigiemand", "enigiets", "gedurende", "geen", "gehad",
	"genoeg", "gewees", "geword", "glad", "haar", "haarself", "heel",
	"heeltemal", "het", "hetsy", "hier", "hieraan", "hierby", "hierdeur",
	"hierdie", "hierin", "hiermee", "hierna", "hieroor", "hierop",
	"hiervan", "hiervoor", "hoe", "hoef", "hoekom", "hoeveel", "hoewel",
	"hom", "homself", "hul", "hulle", "hulself", "hy", "hê", "ieder",
	"iedere", "iemand", "iets", "immers", "in", "indien", "ja", "jou",
	"jouself", "juis", "jul", "julle", "jy", "kan", "kon", "laat",
	"langs", "maar", "mag", "meer", "mees", "meeste", "mekaar", "met",
	"min", "minder", "miskien", "mits", "moes", "moet", "mog", "mos",
	"my", "myself", "n", "na", "naas", "nadat", "namens", "nee", "net",
	"nie", "niemand", "niks", "nog", "nogal", "nogtans", "nooit", "nou",
	"ná", "nêrens", "nóg", "of", "om", "omdat", "omtrent", "ondanks",
	"onder", "ongeveer", "ons", "onsself", "ook", "oor", "op", "oral",
	"per", "reeds", "s'n", "sal", "sedert", "self", "selfs", "slegs",
	"so", "sodat", "sodra", "solank", "sommer", "sommige", "soms",
	"sonder", "soos", "sou", "sowat", "sowel", "steeds", "sulke", "sy",
	"taamlik", "te", "teen", "teenoor", "ten", "tensy", "terwyl", "toe",
	"tog", "tot", "totdat", "tussen", "tydens", "u", "uit", "van",
	"vanaf", "vanuit", "veel", "veral", "verder", "via", "vir", "volgens",
	"voor", "voordat", "waar", "waaraan", "waarby", "waardeur",
	"waarheen", "waarin", "waarmee", "waarna", "waarom", "waaroor",
	"waarop", "waaruit", "waarvan", "waarvoor", "wanneer", "want", "was",
	"wat", "watter", "weens", "weer", "wees", "weinig", "wie", "wil",
	"word", "wou", "êrens", "óf"
};

/* Words that, followed by a period, introduce a name: never a sentence
 * end.  Mnr. (meneer), Mnre. (menere), Mev. (mevrou), Mej. (mejuffrou),
 * Dr., Prof., Ds. (dominee), Eerw. (eerwaarde), Adv. (advokaat), and
 * the ranks of the army and the police (Genl., Brig., Maj., Kmdt.,
 * Kapt., Lt., Sers.).  Kol. (kolonel) and Me. are abbreviations below,
 * as "kol" (a spot) and "me" (English) may end a sentence.  Folded,
 * without the period, sorted. */
static const char titles[][5] = {
	"adv", "brig", "dr", "ds", "eerw", "genl", "kapt", "kmdt", "lt",
	"maj", "mej", "mev", "mnr", "mnre", "prof", "sers"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence: bv. (byvoorbeeld), ens. (ensovoorts), dws. (dit wil sê),
 * nl. (naamlik), bl. (bladsy), hfst. (hoofstuk), ong. (ongeveer), asb.
 * (asseblief), sg. (sogenaamde), mil. and mjd. (miljoen, miljard), Bpk.
 * and Edms. (of firms), the months.  Dotted ones (d.w.s., o.a., m.a.w.,
 * t.o.v., v.C.) need no entry: the splitter reads any as an
 * abbreviation.  Ordinals are written 1ste, 3de, not "3.", so a number's
 * period is no ordinal's (no ordinal_dot).  Folded, without the period,
 * sorted. */
static const char abbrevs[][5] = {
	"afd", "apr", "art", "asb", "aug", "bl", "bpk", "bv", "ca", "des",
	"dws", "edms", "ens", "etc", "feb", "fig", "hfst", "jan", "jr", "jul",
	"jun", "kol", "me", "mil", "mjd", "mrt", "nl", "no", "nov", "nr",
	"okt", "ong", "par", "sep", "sept", "sg", "sr", "tel", "vgl", "vs"
};

/* Those of them also written in lower case ("bv.", "ens.").  Sorted. */
static const char lower_abbrevs[][5] = {
	"afd", "art", "asb", "bl", "bv", "ca", "dws", "ens", "etc", "fig",
	"hfst", "mil", "mjd", "nl", "nr", "ong", "par", "sg", "tel", "vgl",
	"vs"
};

/* Relative pronouns: wat, and wie and the waar- forms after a
 * preposition ("die man met wie", "die huis waarin").  Sorted. */
static const char relatives[][9] = {
	"waar", "waaraan", "waarby", "waardeur", "waarin", "waarmee",
	"waarna", "waaroor", "waarop", "waaruit", "waarvan", "waarvoor",
	"wat", "wie"
};

/* Words that cannot end a line or a heading: the articles die and 'n,
 * prepositions, conjunctions.  Not the possessives, which are the object
 * pronouns too (my, jou, sy, haar, ons), nor the demonstratives, which
 * stand alone as well.  Sorted. */
static const char dangling[][7] = {
	"aan", "agter", "by", "dat", "deur", "die", "en", "in", "maar", "met",
	"n", "na", "of", "om", "omdat", "onder", "oor", "op", "sonder", "te",
	"teen", "tot", "tussen", "uit", "van", "vir", "voor", "want"
};

/* Abbreviations that close their phrase: ens. (en so meer); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"ens"
};

const lang lang_af = {
	.code = "af",
	.name = "Afrikaans",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 6),
	.compounds = 1,
	.stem = NULL,	/* none: each word is its own stem */
};
