/*
 * tl.c - Tagalog (Filipino): its word lists (see lang.h), and no stemmer.
 *
 * Tagalog marks its nouns with particles (ang, ng, sa for common nouns;
 * si, ni, kay and their plurals sina, nina, kina for names; mga for the
 * plural) and joins a word to the one it qualifies with the linker na,
 * written -ng after a vowel (isang, itong, walang, kanyang), so that a
 * pronoun or demonstrative comes in two written forms.  Its verbs take
 * affixes and reduplication (kumain, kakain, kinain), which no stemmer
 * here undoes: each word is its own stem, and the stopwords list the
 * function words as they are written, linked forms too: the markers,
 * the personal pronouns in their three cases (ako, ko, akin), the
 * demonstratives with their place words (ito, dito, rito), the enclitic
 * particles (na, pa, ba, po, din, rin, daw, raw, nga, lang), the
 * existentials may, mayroon, wala, question words, conjunctions, and
 * common adverbs and quantifiers.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][11] = {
	"akin", "aking", "ako", "akong", "alin", "amin", "aming", "ang",
	"ano", "anong", "at", "atin", "ating", "ay", "ayaw", "ayon",
	"ba", "bago", "baka", "bakit", "bawat", "bilang", "dahil", "dapat",
	"daw", "din", "dito", "diyan", "doon", "gaano", "ganito", "ganitong",
	"ganoon", "ganoong", "ganyan", "gayon", "gayundin", "gayunman",
	"habang", "hanggang", "hindi", "ho", "huwag", "iba", "ibang", "ikaw",
	"ilan", "ilang", "inyo", "inyong", "isa", "isang", "ito", "itong",
	"iyan", "iyang", "iyo", "iyon", "iyong", "ka", "kahit", "kailan",
	"kailangan", "kami", "kaming", "kanila", "kanilang", "kanina",
	"kanino", "kaniya", "kaniyang", "kanya", "kanyang", "kapag", "kasama",
	"kasi", "katulad", "kay", "kaya", "kayo", "kaysa", "kina", "ko",
	"kong", "kung", "laban", "lagi", "lahat", "lamang", "lang", "maaari",
	"maaaring", "man", "marami", "mas", "may", "mayroon", "mayroong",
	"mga", "mo", "mong", "mula", "muli", "muna", "na", "naman", "namin",
	"nang", "nasa", "natin", "ng", "nga", "ngayon", "ngunit", "ni",
	"nila", "nina", "ninyo", "nito", "niya", "niyang", "niyon", "noon",
	"o", "oo", "opo", "pa", "paano", "pag", "pagkatapos", "pala",
	"palagi", "para", "pareho", "pati", "pero", "po", "raw", "rin",
	"rito", "roon", "sa", "saan", "sana", "sapagkat", "si", "sila",
	"silang", "sina", "sino", "siya", "siyang", "subalit", "tayo",
	"tulad", "tungkol", "upang", "wala", "walang", "yan", "yata", "yon",
	"yun", "yung"
};

/* Before a name: Gng. (Ginang), Bb. (Binibini), Dr., Atty.,
 * Sen., Kgg. (Kagalang-galang), Gob. (Gobernador), and Sta. and Sto.
 * (Santa, Santo) before a saint's name or a place named after one. */
static const char titles[][5] = {
	"atty", "bb", "dr", "gng", "gob", "kgg", "sen", "sta", "sto"
};

/* Usually followed by a period, but may end a sentence: atbp. (at iba
 * pa, etc.), Blg. (bilang, number), hal. (halimbawa, e.g.). */
static const char abbrevs[][5] = {
	"atbp", "blg", "hal"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][5] = {
	"atbp", "blg", "hal"
};

/* Words that cannot end a line or a heading: markers, prepositions,
 * conjunctions. */
static const char dangling[][9] = {
	"ang", "at", "ay", "bilang", "dahil", "hanggang", "isang", "kapag",
	"kay", "kaysa", "kina", "kung", "mga", "mula", "na", "nang", "nasa",
	"ng", "ngunit", "ni", "nina", "o", "para", "pero", "sa", "sapagkat",
	"si", "sina", "subalit", "tungkol", "upang"
};

/* Abbreviations that close their phrase: atbp. (at iba pa); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"atbp"
};

const lang lang_tl = {
	.code = "tl",
	.name = "Tagalog",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 8),
	.stem = NULL,	/* none: each word is its own stem */
};
