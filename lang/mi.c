/*
 * mi.c - Maori (te reo Māori): its word lists (see lang.h), and no
 * stemmer.
 *
 * Maori inflects little: what a European language does with endings it
 * does with particles before and after the word (ka, kua, kei te, i te,
 * e ... ana, kia for the verb; te, ngā, he for the noun; nei, nā, rā
 * after it; mai, atu, ake, iho for direction), so that the function
 * words are many and short.  It marks long vowels with a macron (ā ē ī
 * ō ū), which many writers leave out: the stopwords list each word
 * with its macron and also bare, but for the bare forms that are
 * common words of other languages or Maori nouns (ma, mo, ra, ona,
 * tera, mana).  The personal pronouns come in singular,
 * dual and plural, inclusive and exclusive (tāua, māua, tātou, mātou);
 * the possessives in their a and o forms (taku, tōku; tana, tōna) with
 * their plurals without the t (aku, ōku); and the locative nouns (roto,
 * runga, raro, waho) stand where other languages put prepositions.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][8] = {
	"a", "aha", "ahau", "ahea", "ai", "ake", "aku", "ana", "ano", "anō",
	"atu", "au", "aua", "e", "ehara", "enei", "engari", "etahi", "he",
	"hea", "hei", "hia", "hoki", "i", "ia", "iho", "ina", "ka", "kahore",
	"kaore", "katoa", "kaua", "ke", "kei", "ki", "kia", "kihai", "ko",
	"koe", "kore", "korua", "koutou", "kua", "kāhore", "kāore", "kē",
	"kīhai", "kōrua", "mai", "maku", "matou", "maua", "me", "mehemea",
	"mena", "mua", "muri", "mā", "māku", "māna", "mātou", "māua", "mēnā",
	"mō", "mōku", "mōna", "na", "naku", "nei", "nga", "ngā", "no", "noa",
	"noku", "nona", "nā", "nāku", "nāna", "nō", "nōku", "nōna", "oku",
	"pea", "pehea", "pēhea", "ranei", "raro", "ratou", "raua", "reira",
	"roto", "runga", "rā", "rānei", "rātou", "rāua", "taku", "tana",
	"tatou", "taua", "te", "tenei", "tetahi", "toku", "tona", "tonu",
	"tā", "tāku", "tāna", "tātou", "tāu", "tāua", "tē", "tēnei", "tēnā",
	"tērā", "tētahi", "tō", "tōku", "tōna", "tōu", "waho", "wai", "whea",
	"ā", "āhea", "āku", "āna", "ē", "ēhara", "ēnei", "ēnā", "ērā",
	"ētahi", "ō", "ōku", "ōna", "ōu"
};

/* Words that cannot end a line or a heading: articles, particles,
 * prepositions, conjunctions, possessives. */
static const char dangling[][8] = {
	"a", "e", "engari", "etahi", "he", "hei", "i", "ka", "kei", "ki",
	"kia", "ko", "kua", "me", "mo", "mā", "mō", "nga", "ngā", "no", "nā",
	"nō", "o", "taku", "tana", "te", "tetahi", "tētahi", "tōku", "tōna",
	"ētahi", "ō"
};

const lang lang_mi = {
	.code = "mi",
	.name = "Maori",
	.stopwords = WORD_LIST(stopwords, 7),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 7),
	.stem = NULL,	/* none: each word is its own stem */
};
