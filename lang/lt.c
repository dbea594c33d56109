/*
 * lt.c - Lithuanian: its word lists (see lang.h), and no stemmer.
 *
 * Lithuanian declines pronouns in seven cases, two genders and two
 * numbers (jis, jo, jam, jį, juo, jame; ji, jos, jai, ją, ja, joje).
 * With no stemmer each word is its own stem, so the stopwords list the
 * forms one by one: personal and reflexive pronouns, the indeclinable
 * possessives mano, tavo, savo, the demonstratives tas, šis and toks,
 * question and relative words (kas, kuris, koks, kur), indefinite and
 * negative pronouns, prepositions, conjunctions and particles, the forms
 * of būti (with the negative nėra), the modals galėti, turėti, reikėti,
 * norėti, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char *const stopwords[] = {
	"anksčiau", "anot", "ant", "apie", "aplink", "ar", "arba", "aš", "be",
	"bei", "bet", "beveik", "bus", "buvai", "buvau", "buvo", "buvome",
	"buvote", "buvęs", "būsi", "būsime", "būsite", "būsiu", "būtent",
	"būti", "būtų", "būčiau", "dabar", "dar", "daug", "daugiau", "dažnai",
	"dėl", "esame", "esate", "esi", "esu", "galbūt", "gali", "galime",
	"galite", "galiu", "galėjo", "galės", "galėtų", "iki", "ir", "iš",
	"ja", "jai", "jais", "jam", "jame", "jas", "jau", "jei", "jeigu",
	"ji", "jie", "jiems", "jis", "jo", "joje", "jokia", "jokio", "jokių",
	"joks", "jomis", "joms", "jos", "jose", "juk", "jumis", "jums",
	"jumyse", "juo", "juos", "juose", "jus", "ją", "jį", "jūs", "jūsų",
	"jų", "kad", "kada", "kai", "kaip", "kam", "kartu", "kas", "kažkada",
	"kažkas", "kažkoks", "kažkur", "keli", "kelios", "kelių", "kiek",
	"kiekviena", "kiekvienas", "kiekvieno", "kiekvieną", "kieno", "kita",
	"kitaip", "kitas", "kiti", "kito", "kitos", "kitą", "kitų", "ko",
	"kodėl", "kokia", "kokie", "kokio", "kokios", "kokių", "koks", "kokį",
	"kol", "kuo", "kur", "kuri", "kuria", "kuriai", "kuriais", "kuriam",
	"kuriame", "kurie", "kuriems", "kurio", "kurioje", "kurios",
	"kuriose", "kuris", "kuriuo", "kuriuos", "kuriuose", "kurią", "kurių",
	"kurį", "ką", "labai", "labiausiai", "link", "lyg", "man", "mane",
	"manimi", "mano", "manyje", "manęs", "mažai", "mažiau", "mes",
	"mumis", "mums", "mumyse", "mus", "mūsų", "ne", "nebe", "nebus",
	"nebuvo", "negu", "nei", "nes", "net", "niekada", "niekados",
	"niekam", "niekas", "nieko", "niekur", "nieką", "nori", "noriu",
	"nors", "norėjo", "nuo", "nėra", "o", "pagal", "palei", "pas",
	"paskui", "pat", "pati", "paties", "pats", "patys", "pačiam",
	"pačios", "per", "po", "prie", "prieš", "pro", "reikia", "reikėjo",
	"reikės", "rytoj", "sau", "save", "savimi", "savo", "savyje", "savęs",
	"su", "ta", "tad", "tada", "tai", "taigi", "taip", "tais", "tam",
	"tame", "tampa", "tapo", "tarp", "tarsi", "tas", "tau", "tave",
	"tavimi", "tavo", "tavyje", "tavęs", "tačiau", "ten", "tie", "tiek",
	"tiems", "ties", "tik", "tikriausiai", "to", "todėl", "toje", "tokia",
	"tokie", "tokio", "tokios", "tokių", "toks", "tokį", "tos", "tose",
	"tu", "tuo", "tuomet", "tuos", "tuose", "turbūt", "turi", "turime",
	"turite", "turiu", "turėjo", "turės", "turėtų", "tą", "tų", "už",
	"vakar", "vien", "viena", "vienas", "vieno", "vieną", "vietoj",
	"vietoje", "virš", "visa", "visada", "visas", "visi", "visiems",
	"viskas", "visko", "visos", "visuomet", "visų", "vėl", "vėliau",
	"ypač", "yra", "čia", "į", "šalia", "ši", "šia", "šiai", "šiais",
	"šiam", "šiame", "šiandien", "šie", "šiems", "šio", "šioje", "šios",
	"šiose", "šis", "šita", "šitas", "šiuo", "šiuos", "šiuose", "šią",
	"šių", "šį"
};

/* Degrees, ranks and forms of address before a name (prof. Jonaitis). */
static const char *const titles[] = {
	"doc", "dr", "gen", "habil", "kun", "plk", "prof", "šv"
};

/* Usually followed by a period, but may end a sentence (... ir kt.). */
static const char *const abbrevs[] = {
	"kt", "min", "mln", "mlrd", "nr", "pan", "plg", "proc", "psl", "pvz",
	"sek", "str", "tel", "tūkst", "val", "vnt", "žr"
};

/* Those abbreviations also written in lower case. */
static const char *const lower_abbrevs[] = {
	"kt", "min", "mln", "mlrd", "nr", "pan", "plg", "proc", "psl", "pvz",
	"sek", "str", "tel", "tūkst", "val", "vnt", "žr"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char *const relatives[] = {
	"kam", "kas", "ko", "kuo", "kuri", "kuria", "kuriai", "kuriais",
	"kuriam", "kuriame", "kurie", "kuriems", "kurio", "kurioje", "kurios",
	"kuriose", "kuris", "kuriuo", "kuriuos", "kuriuose", "kurią", "kurių",
	"kurį", "ką"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char *const dangling[] = {
	"ant", "apie", "ar", "arba", "be", "bei", "bet", "dėl", "iki", "ir",
	"iš", "jei", "jeigu", "jūsų", "kad", "kai", "kol", "mano", "mūsų",
	"negu", "nes", "nors", "nuo", "o", "pagal", "pas", "per", "po",
	"prie", "prieš", "pro", "savo", "su", "tarp", "tavo", "tačiau",
	"ties", "už", "virš", "į", "šalia"
};

const lang lang_lt = {
	.code = "lt",
	.name = "Lithuanian",
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 6),
	.openers = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 7),
	.stem = NULL,	/* none: each word is its own stem */
};
