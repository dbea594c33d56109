/*
 * sk.c - Slovak: its word lists (see lang.h), and no stemmer.
 *
 * Slovak declines pronouns in six cases, and a third-person pronoun
 * after a preposition takes an n- form (jeho, but do neho, o ňom). With
 * no stemmer each word is its own stem, so the stopwords list the forms
 * one by one: personal and reflexive pronouns, possessives (môj, svoj,
 * náš, ...), demonstratives (ten, tento, taký), relatives and question
 * words (ktorý, kto, čo, aký), indefinite and negative pronouns,
 * prepositions with their vocalised variants (v/vo, s/so, z/zo, k/ku),
 * conjunctions, the forms of byť, mať, môcť, musieť and chcieť, the
 * conditional by, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][11] = {
	"a", "aby", "aj", "ak", "ako", "akom", "aká", "aké", "akého", "akí",
	"akú", "aký", "akých", "akým", "ale", "alebo", "ani", "asi", "avšak",
	"až", "bez", "bol", "bola", "boli", "bolo", "bude", "budem", "budeme",
	"budete", "budeš", "budú", "by", "byť", "celkom", "cez", "chce",
	"chcel", "chcem", "dnes", "do", "dokonca", "ešte", "hneď", "ho",
	"hoci", "i", "iba", "ich", "im", "iná", "iné", "iného", "iný",
	"iných", "ja", "je", "jeden", "jedna", "jednej", "jedno", "jedného",
	"jeho", "jej", "jemu", "ju", "k", "kam", "každom", "každá", "každé",
	"každého", "každý", "kde", "kedy", "keď", "kiež", "koho", "kom",
	"komu", "koľko", "kto", "ktorej", "ktorom", "ktorou", "ktorá",
	"ktoré", "ktorého", "ktorému", "ktorí", "ktorú", "ktorý", "ktorých",
	"ktorým", "ktorými", "ku", "kvôli", "kým", "lebo", "len", "ma",
	"majú", "mal", "mala", "mali", "malo", "mať", "medzi", "menej", "mi",
	"mimo", "mne", "mnoho", "mnou", "mohla", "mohli", "mohlo", "mohol",
	"moja", "moje", "moji", "mojich", "mojim", "mojimi", "mojom", "mojou",
	"moju", "mojím", "možno", "mu", "musel", "musela", "museli", "musia",
	"musí", "musím", "my", "má", "mám", "máme", "máte", "máš", "môj",
	"môjho", "môjmu", "môže", "môžem", "môžeme", "môžete", "môžeš",
	"môžu", "mňa", "na", "nad", "najviac", "nami", "namiesto",
	"napríklad", "naša", "naše", "naši", "našich", "našim", "našimi",
	"našom", "našou", "našu", "naším", "ne", "nebol", "nebola", "neboli",
	"nebolo", "neho", "nej", "nejaká", "nejaké", "nejakého", "nejaký",
	"nemu", "než", "nich", "nie", "niekde", "niekedy", "niekoho",
	"niekoľko", "niekto", "niečo", "nikde", "nikdy", "nikoho", "nikto",
	"nim", "nimi", "nič", "ničoho", "no", "nám", "nás", "náš", "nášho",
	"nášmu", "ním", "o", "od", "odkiaľ", "odo", "ohľadom", "okolo",
	"okrem", "on", "ona", "oni", "ono", "ony", "oproti", "opäť", "po",
	"pod", "podľa", "pomocou", "potom", "počas", "pre", "pred", "preto",
	"pretože", "prečo", "pri", "proti", "práve", "príliš", "s", "sa",
	"sama", "sami", "samo", "seba", "sebe", "sebou", "si", "skoro", "sme",
	"snáď", "so", "som", "spod", "ste", "stále", "svoj", "svoja", "svoje",
	"svojho", "svoji", "svojich", "svojim", "svojimi", "svojmu", "svojom",
	"svojou", "svoju", "svojím", "sám", "sú", "tak", "takmer", "takom",
	"taká", "také", "takého", "takí", "takú", "taký", "takým", "takže",
	"tam", "teba", "tebe", "tebou", "teda", "tej", "tejto", "ten",
	"tento", "teraz", "ti", "tie", "tieto", "tiež", "to", "toho", "tohto",
	"tom", "tomto", "tomu", "tomuto", "toto", "tou", "touto", "toľko",
	"treba", "trochu", "tu", "tvoj", "tvoja", "tvoje", "tvojho", "tvoji",
	"tvojich", "tvojim", "tvojimi", "tvojmu", "tvojom", "tvojou", "tvoju",
	"tvojím", "ty", "tá", "táto", "tí", "títo", "tú", "túto", "tých",
	"týchto", "tým", "tými", "týmito", "týmto", "u", "už", "v", "vami",
	"vaša", "vaše", "vaši", "vašich", "vašim", "vašimi", "vašom", "vašou",
	"vašu", "vaším", "vedľa", "veľa", "veľmi", "viac", "vo", "voči", "vy",
	"vám", "vás", "váš", "vášho", "vášmu", "včera", "vďaka", "však",
	"všetci", "všetko", "všetky", "všetkých", "všetkým", "vždy", "z",
	"za", "zajtra", "zase", "zatiaľ", "znova", "zo", "áno", "často", "či",
	"čia", "čie", "čo", "čoho", "čom", "čomu", "čí", "čím", "ďalšia",
	"ďalšie", "ďalší", "ďalších", "ňom", "ňou", "ňu", "ťa", "že",
	"žiadna", "žiadne", "žiadneho", "žiadny"
};

/* Academic degrees and ranks written before a name (Ing. Kováč). */
static const char titles[][7] = {
	"arch", "bc", "doc", "dr", "gen", "ing", "judr", "kpt", "mgr", "mjr",
	"mudr", "mvdr", "npor", "paeddr", "phdr", "plk", "por", "pplk",
	"prof", "rndr", "sv", "thdr"
};

/* Usually followed by a period, but may end a sentence (... atď.). */
static const char abbrevs[][6] = {
	"atď", "cca", "hod", "kap", "max", "mil", "min", "mld", "napr", "obr",
	"ods", "popr", "pozn", "príp", "písm", "resp", "roč", "st", "str",
	"tab", "tel", "tis", "tj", "tzn", "tzv", "ul", "vč", "zb"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][6] = {
	"atď", "cca", "hod", "kap", "max", "mil", "min", "mld", "napr", "obr",
	"ods", "popr", "pozn", "príp", "písm", "resp", "roč", "st", "str",
	"tab", "tel", "tis", "tj", "tzn", "tzv", "ul", "vč", "zb"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][9] = {
	"ktorej", "ktorom", "ktorou", "ktorá", "ktoré", "ktorého", "ktorému",
	"ktorí", "ktorú", "ktorý", "ktorých", "ktorým", "ktorými", "čo",
	"čoho", "čom", "čomu", "čím"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][9] = {
	"a", "aby", "aj", "ak", "ale", "alebo", "ani", "bez", "cez", "do",
	"i", "ich", "jeho", "jej", "k", "keď", "ku", "lebo", "medzi", "mimo",
	"moja", "moje", "môj", "na", "nad", "naša", "naše", "než", "náš", "o",
	"od", "okolo", "okrem", "po", "pod", "podľa", "počas", "pre", "pred",
	"pretože", "pri", "proti", "s", "so", "svoj", "svoja", "svoje",
	"tvoj", "tvoja", "tvoje", "u", "v", "vaša", "vaše", "vo", "voči",
	"váš", "vďaka", "z", "za", "zo", "či", "že"
};

/* Abbreviations that close their phrase: atď. (a tak ďalej), and the
 * era after a year, pred n. l., n. l.; a capital after one opens a
 * sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"atď", "n.l"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][10] = {
	"pozdravom", "pozdravy", "zdravím"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][9] = {
	"licencia", "licencie"
};

const lang lang_sk = {
	.code = "sk",
	.name = "Slovak",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 6),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 9),
	.licences = WORD_LIST(licences, 8),
	.stem = NULL,	/* none: each word is its own stem */
};
