/*
 * lv.c - Latvian: its word lists (see lang.h), and no stemmer.
 *
 * Latvian declines pronouns in six or seven cases, two genders and two
 * numbers (viņš, viņa, viņu, viņam, viņā, viņi, ...), and its
 * possessives mans, tavs, savs decline like adjectives.  With no stemmer
 * each word is its own stem, so the stopwords list the forms one by one:
 * personal and reflexive pronouns, possessives, the demonstratives šis
 * and tas, question and relative words (kas, kurš, kāds, kur),
 * indefinite and negative pronouns, prepositions, conjunctions, the
 * forms of būt (with the negative nav), the passive auxiliary tikt, the
 * modals varēt, vajadzēt, gribēt, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][11] = {
	"aiz", "ap", "apkārt", "ar", "arī", "atkal", "bet", "bez", "bieži",
	"bija", "biji", "bijis", "biju", "bijusi", "bijuši", "bijām", "bijāt",
	"blakus", "būs", "būsi", "būsiet", "būsim", "būt", "būtu", "būšu",
	"caur", "cik", "cita", "citas", "citi", "citiem", "cits", "citu",
	"citā", "citām", "daudz", "dažas", "daži", "dažiem", "dažu", "drīkst",
	"dēļ", "es", "esam", "esat", "esi", "esmu", "gan", "gandrīz", "gar",
	"grib", "gribu", "gribēja", "iekš", "ir", "ja", "jau", "jo", "jums",
	"jā", "jābūt", "jūs", "jūsos", "jūsu", "ka", "kad", "kam", "kamēr",
	"kas", "katra", "katram", "katrs", "katru", "katrā", "kaut", "ko",
	"kopā", "kopš", "kur", "kura", "kurai", "kuram", "kuras", "kuri",
	"kuriem", "kuros", "kurp", "kuru", "kurus", "kurā", "kurām", "kurās",
	"kurš", "kā", "kāda", "kādai", "kādam", "kādas", "kādi", "kādiem",
	"kāds", "kādu", "kādā", "kādēļ", "kāpēc", "kļuva", "kļūst", "kļūt",
	"labad", "lai", "laikam", "līdz", "līdzko", "man", "mana", "manam",
	"manas", "mani", "maniem", "manis", "manos", "mans", "manu", "manus",
	"manā", "manām", "manās", "manī", "maz", "mazāk", "mums", "mēs",
	"mūs", "mūsos", "mūsu", "nav", "ne", "nebija", "nebūs", "nedz",
	"neesmu", "nekad", "nekas", "neko", "nekur", "nekā", "nekāds",
	"nekādu", "neviena", "nevienam", "neviens", "nevienu", "nevis", "no",
	"nē", "pa", "par", "pat", "pati", "pats", "pašas", "paši", "pašu",
	"pašā", "pie", "pirms", "pret", "priekš", "pār", "pēc", "rīt",
	"saskaņā", "sava", "savam", "savas", "savi", "saviem", "savos",
	"savs", "savu", "savus", "savā", "savām", "savās", "sev", "sevi",
	"sevis", "sevī", "starp", "tad", "tagad", "tai", "tajos", "tajā",
	"tajās", "tam", "tas", "tava", "tavam", "tavas", "tavi", "taviem",
	"tavos", "tavs", "tavu", "tavus", "tavā", "tavām", "tavās", "taču",
	"te", "tev", "tevi", "tevis", "tevī", "tie", "tiek", "tiem", "tieši",
	"tik", "tika", "tikai", "tiklīdz", "tiks", "tikt", "tiku", "to",
	"tomēr", "tos", "tu", "tur", "tā", "tāda", "tādam", "tādas", "tādi",
	"tāds", "tādu", "tādā", "tādēļ", "tālāk", "tām", "tāpēc", "tās",
	"tātad", "tūlīt", "un", "uz", "vai", "vairāk", "vajadzēja",
	"vajadzētu", "vajag", "vakar", "var", "varam", "varat", "varbūt",
	"vari", "varu", "varēja", "varētu", "vien", "vienmēr", "viens",
	"vienu", "virs", "visa", "visas", "visi", "visiem", "viss", "visu",
	"visvairāk", "visām", "viņa", "viņai", "viņam", "viņas", "viņi",
	"viņiem", "viņos", "viņu", "viņā", "viņām", "viņās", "viņš", "vēl",
	"zem", "ārpus", "ļoti", "šai", "šajos", "šajā", "šajās", "šeit",
	"šie", "šiem", "šim", "šis", "šo", "šodien", "šos", "šā", "šī", "šīm",
	"šīs"
};

/* Degrees and ranks before a name (prof. Bērziņš). */
static const char titles[][5] = {
	"asoc", "doc", "dr", "prof", "pulk", "sv"
};

/* Usually followed by a period, but may end a sentence (... utt.); kgs.
 * and kdz. follow a name. */
static const char abbrevs[][7] = {
	"apm", "att", "gs", "iel", "izd", "kdz", "kgs", "lpp", "milj", "min",
	"mljrd", "nr", "piem", "plkst", "red", "resp", "sek", "sk", "sēj",
	"tab", "tālr", "tūkst", "utml", "utt"
};

/* Those abbreviations also written in lower case, and g. (gads, the
 * year: "1935. g."). */
static const char lower_abbrevs[][7] = {
	"apm", "att", "g", "gs", "iel", "izd", "kdz", "kgs", "lpp", "milj",
	"min", "mljrd", "nr", "piem", "plkst", "red", "resp", "sek", "sk",
	"sēj", "tab", "tālr", "tūkst", "utml", "utt"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][7] = {
	"kam", "kas", "ko", "kura", "kurai", "kuram", "kuras", "kuri",
	"kuriem", "kuros", "kuru", "kurus", "kurā", "kurām", "kurās", "kurš",
	"kā"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][8] = {
	"aiz", "ap", "ar", "bet", "bez", "caur", "gar", "ja", "jo", "jūsu",
	"ka", "kaut", "kopš", "lai", "līdz", "mana", "manas", "mani", "mans",
	"manu", "mūsu", "nevis", "no", "pa", "par", "pie", "pirms", "pret",
	"priekš", "pār", "pēc", "sava", "savas", "savi", "savs", "savu",
	"starp", "tava", "tavas", "tavi", "tavs", "tavu", "un", "uz", "vai",
	"virs", "zem"
};

/* Abbreviations that close their phrase: utt. (un tā tālāk), u.c. (un
 * citi); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"u.c", "utt"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][10] = {
	"cieņu", "sveicieni"
};

const lang lang_lv = {
	.code = "lv",
	.name = "Latvian",
	.place_by_case = 1,
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 6),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 6),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 9),
	.stem = NULL,	/* none: each word is its own stem */
};
