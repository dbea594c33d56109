/*
 * et.c - Estonian: its word lists (see lang.h), and no stemmer.
 *
 * Estonian has fourteen cases, most of them endings on the genitive stem
 * (minu, minus, minust, minuga), and the personal pronouns have a long
 * and a short form (mina, ma; minul, mul).  With no stemmer each word is
 * its own stem, so the stopwords list the forms one by one: personal and
 * reflexive pronouns in their common cases, the demonstratives see and
 * too, question and relative words (kes, mis, milline, kus, kuidas),
 * indefinite pronouns, conjunctions, the common postpositions and
 * prepositions (where Estonian puts most of what other languages say
 * with prepositions), the forms of olema with the negation ei and pole,
 * the modals saama, võima, pidama, tahtma, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][10] = {
	"aga", "ainult", "alates", "alati", "all", "alla", "asemel", "edasi",
	"ees", "eest", "ega", "ehk", "ehkki", "ei", "eile", "end", "enda",
	"endal", "endale", "endast", "enese", "ennast", "enne", "et", "ette",
	"harva", "homme", "iga", "igal", "igale", "igas", "igaüks", "ikka",
	"ilma", "ise", "isegi", "ja", "jah", "jaoks", "ju", "juba", "just",
	"juurde", "juures", "juurest", "jälle", "järgi", "ka", "kaasa", "kas",
	"kaudu", "keda", "kedagi", "keegi", "kelle", "kellega", "kellel",
	"kellele", "kellelgi", "kelles", "kellest", "kes", "keskel", "kohe",
	"kohta", "kokku", "koos", "kuhu", "kui", "kuid", "kuidas", "kuigi",
	"kuna", "kunagi", "kuni", "kus", "kusagil", "kuskil", "kust", "kõige",
	"kõigi", "kõigil", "kõigile", "kõik", "kõiki", "kõrval", "küll",
	"liiga", "läbi", "ma", "me", "meid", "meie", "meiega", "meil",
	"meile", "meilt", "meis", "meist", "mida", "midagi", "miks", "millal",
	"mille", "millega", "millegi", "milleks", "millel", "millele",
	"milles", "millest", "milline", "millise", "millised", "millist",
	"mina", "mind", "mingi", "mingit", "minu", "minuga", "minul",
	"minule", "minult", "minus", "minusse", "minust", "mis", "miski",
	"missugune", "mitmed", "mitte", "mitu", "mu", "mul", "mulle", "mult",
	"mõlemad", "mõnda", "mõne", "mõned", "mõnel", "mõni", "mööda", "nad",
	"nagu", "need", "neid", "neil", "neile", "neilt", "neis", "neist",
	"nemad", "nende", "nendega", "nendel", "nendele", "nendes", "nendest",
	"nii", "niisiis", "niisugune", "ning", "nüüd", "ole", "oled", "oleks",
	"oleksid", "olema", "oleme", "olen", "olete", "oli", "olid", "olime",
	"olin", "olite", "olla", "olnud", "oma", "ometi", "on", "palju",
	"paljud", "peaaegu", "peab", "pead", "peal", "peale", "pealt",
	"peame", "pean", "peavad", "pidanud", "pidi", "piki", "pole", "poolt",
	"praegu", "pärast", "päris", "rohkem", "sa", "saab", "saad", "saame",
	"saan", "saanud", "saavad", "sageli", "sai", "said", "sama", "samas",
	"samuti", "seal", "sealt", "seda", "see", "seega", "sees", "seest",
	"selle", "sellega", "selleks", "sellel", "sellele", "sellelt",
	"selles", "sellest", "selline", "sellise", "sellised", "sellist",
	"sest", "siia", "siin", "siis", "siit", "sina", "sind", "sinna",
	"sinu", "sinuga", "sinul", "sinule", "sinult", "sinus", "sinust",
	"sisse", "su", "sul", "sulle", "sult", "ta", "taga", "tagasi",
	"tahab", "tahan", "tahtis", "tal", "talle", "talt", "te", "teda",
	"teid", "teie", "teiega", "teil", "teile", "teilt", "teine", "teis",
	"teise", "teised", "teisi", "teist", "tema", "temaga", "temal",
	"temale", "temalt", "temas", "temasse", "temast", "tihti", "toda",
	"tolle", "too", "tuleb", "tuli", "täna", "tõttu", "umbes", "uuesti",
	"vahel", "vahele", "vaid", "vastu", "veel", "vist", "väga", "vähem",
	"välja", "või", "võib", "võid", "võime", "võin", "võinud", "võis",
	"võivad", "ära", "ühe", "ühel", "üht", "ühte", "üks", "ükski",
	"ükskõik", "üle", "üles", "ümber", "üsna"
};

/* Before a name: dr. Tamm, hr. Kask, pr. Saar. */
static const char titles[][5] = {
	"dr", "gen", "hr", "kapt", "kol", "ltn", "pr", "prof"
};

/* Usually followed by a period, but may end a sentence (... jne.). */
static const char abbrevs[][4] = {
	"ca", "jm", "jne", "jt", "lk", "mld", "mln", "mnt", "nn", "nr", "nt",
	"pst", "saj", "sh", "st", "tel", "tn", "tuh", "vm", "vms", "vt"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][4] = {
	"ca", "jm", "jne", "jt", "lk", "mld", "mln", "mnt", "nn", "nr", "nt",
	"pst", "saj", "sh", "st", "tel", "tn", "tuh", "vm", "vms", "vt"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][8] = {
	"keda", "kelle", "kellega", "kellel", "kellele", "kelles", "kellest",
	"kes", "mida", "mille", "millega", "milleks", "millel", "millele",
	"milles", "millest", "mis"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][6] = {
	"aga", "ega", "et", "ja", "kui", "kuid", "kuigi", "meie", "minu",
	"nagu", "nende", "ning", "oma", "selle", "sest", "sinu", "teie",
	"tema", "vaid", "või"
};

/* Abbreviations that close their phrase: jne. (ja nii edasi), jt. (ja
 * teised); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"jne", "jt"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][15] = {
	"lugupidamisega", "tervitades", "tervitusega", "tervitustega"
};

const lang lang_et = {
	.code = "et",
	.name = "Estonian",
	.place_by_case = 1,
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 5),
	.compounds = 1,
	.closings = WORD_LIST(closings, 14),
	.stem = NULL,	/* none: each word is its own stem */
};
