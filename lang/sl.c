/*
 * sl.c - Slovenian: its word lists (see lang.h), and no stemmer.
 *
 * Slovenian declines pronouns in six cases and three numbers (it keeps
 * the dual: midva, naju, nama), with full and clitic forms (njega, ga;
 * meni, mi).  With no stemmer each word is its own stem, so the
 * stopwords list the forms one by one: personal and reflexive pronouns,
 * possessives, demonstratives (ta, tisti, takšen), relatives and
 * question words (ki, kateri, kdo, kaj), indefinite and negative
 * pronouns, prepositions (s/z, k/h), conjunctions, the forms of biti
 * (with the future bom, boš, ... and the negative ni, nisem, ...), imeti
 * and the modals, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][10] = {
	"a", "ali", "ampak", "bi", "bil", "bila", "bile", "bili", "bilo",
	"biti", "blizu", "bo", "bodisi", "bodo", "bolj", "bom", "bomo",
	"boste", "bova", "boš", "brez", "celo", "da", "danes", "do", "dokler",
	"drug", "druga", "drugega", "drugem", "drugemu", "drugi", "drugih",
	"drugo", "en", "ena", "enega", "enem", "eno", "ga", "glede", "h",
	"hotel", "hoče", "hočem", "ima", "imajo", "imam", "imamo", "imate",
	"imaš", "imel", "imela", "imeli", "imeti", "in", "iz", "ja", "jaz",
	"je", "ji", "jih", "jim", "jo", "jutri", "k", "kaj", "kajti", "kako",
	"kakor", "kakšen", "kakšna", "kakšni", "kakšno", "kam", "kar",
	"katera", "katere", "katerega", "katerem", "kateremu", "kateri",
	"katerih", "katerim", "katero", "kdaj", "kdo", "kdor", "ker", "ki",
	"kje", "kljub", "ko", "kod", "koga", "kogar", "koliko", "kom", "komu",
	"komur", "kot", "lahko", "le", "malo", "manj", "mano", "me", "med",
	"medtem", "medve", "mene", "meni", "menoj", "mi", "midva", "mimo",
	"mnogo", "mogoče", "moj", "moja", "moje", "mojega", "mojem", "mojemu",
	"moji", "mojih", "mojim", "mojimi", "mojo", "mora", "morajo", "moral",
	"morala", "morali", "moram", "moramo", "morda", "more", "morem", "mu",
	"na", "nad", "naj", "najbolj", "naju", "nam", "nama", "namesto",
	"nami", "nas", "nato", "naš", "naša", "naše", "našega", "našem",
	"našemu", "naši", "naših", "našim", "našo", "ne", "neka", "nekaj",
	"nekam", "nekdo", "neki", "nekje", "neko", "nekoga", "nekoč", "ni",
	"nihče", "nikamor", "nikjer", "nikogar", "nikoli", "nima", "nimam",
	"nisem", "nisi", "nismo", "niso", "niste", "niti", "nič", "ničesar",
	"nje", "njega", "njegov", "njegova", "njegove", "njegovega",
	"njegovem", "njegovemu", "njegovi", "njegovih", "njegovim", "njegovo",
	"njej", "njem", "njemu", "njen", "njena", "njene", "njenega",
	"njenem", "njenemu", "njeni", "njenih", "njenim", "njeno", "njih",
	"njihov", "njihova", "njihove", "njihovega", "njihovem", "njihovemu",
	"njihovi", "njihovih", "njihovim", "njihovo", "njim", "njimi", "njo",
	"nobeden", "noben", "nobena", "nobeno", "npr", "o", "ob", "od",
	"okoli", "okrog", "on", "ona", "onadva", "one", "oni", "onidve",
	"ono", "oziroma", "pa", "po", "pod", "pogosto", "poleg", "ponovno",
	"potem", "prav", "precej", "pred", "preden", "preko", "preveč", "pri",
	"proti", "ravno", "razen", "s", "sabo", "saj", "sam", "sama", "sami",
	"samo", "se", "sebe", "sebi", "seboj", "sedaj", "sem", "si", "skoraj",
	"skozi", "smo", "so", "spet", "sta", "ste", "sva", "svoj", "svoja",
	"svoje", "svojega", "svojem", "svojemu", "svoji", "svojih", "svojim",
	"svojimi", "svojo", "ta", "tabo", "tak", "tako", "takoj", "takšen",
	"takšna", "takšne", "takšni", "takšno", "tam", "te", "tebe", "tebi",
	"teboj", "tega", "teh", "tej", "tem", "temu", "ter", "ti", "tista",
	"tiste", "tistega", "tistem", "tistemu", "tisti", "tistih", "tistim",
	"tisto", "to", "toda", "toliko", "torej", "treba", "tu", "tudi",
	"tukaj", "tvoj", "tvoja", "tvoje", "tvojega", "tvojem", "tvojemu",
	"tvoji", "tvojih", "tvojim", "tvojimi", "tvojo", "v", "vaju", "vam",
	"vama", "vami", "vas", "vaš", "vaša", "vaše", "vašega", "vašem",
	"vašemu", "vaši", "vaših", "vašim", "vašo", "vedno", "vedve",
	"veliko", "vendar", "več", "vi", "vidva", "vsa", "vsak", "vsaka",
	"vsakega", "vsakem", "vsakemu", "vsako", "vse", "vsega", "vseh",
	"vsem", "vsemi", "vsi", "včeraj", "z", "za", "zakaj", "zaradi",
	"zato", "zdaj", "zelo", "znotraj", "zraven", "zunaj", "če", "čem",
	"čemu", "čemur", "čeprav", "česa", "česar", "čez", "čigav", "čigava",
	"čigavo", "čim", "čimer", "še", "že"
};

/* Degrees and ranks written before a name (dr. Novak, prof. Kos). */
static const char titles[][5] = {
	"akad", "doc", "dr", "gen", "mag", "prof", "sv"
};

/* Usually followed by a period, but may end a sentence (... itd.). */
static const char abbrevs[][5] = {
	"cca", "gl", "idr", "ipd", "itd", "kap", "min", "mio", "mrd", "npr",
	"odst", "op", "oz", "prim", "sl", "stol", "str", "tab", "tel", "tis",
	"tj", "tč", "ul", "čl", "št"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][5] = {
	"cca", "gl", "idr", "ipd", "itd", "kap", "min", "mio", "mrd", "npr",
	"odst", "op", "oz", "prim", "sl", "stol", "str", "tab", "tel", "tis",
	"tj", "tč", "ul", "čl", "št"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][9] = {
	"kar", "katera", "katere", "katerega", "katerem", "kateremu",
	"kateri", "katerih", "katerim", "katero", "kdor", "ki", "kogar",
	"komur", "čemur", "česar", "čimer"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][8] = {
	"a", "ali", "ampak", "brez", "da", "do", "h", "in", "iz", "k", "ker",
	"kljub", "ko", "kot", "med", "moj", "moja", "moje", "na", "nad",
	"namesto", "naš", "naša", "naše", "njegov", "njegova", "njegovo",
	"njen", "njena", "njeno", "njihov", "njihova", "njihovo", "o", "ob",
	"od", "okoli", "oziroma", "pa", "po", "pod", "pred", "pri", "proti",
	"razen", "s", "skozi", "svoj", "svoja", "svoje", "ter", "toda",
	"tvoj", "tvoja", "tvoje", "v", "vaš", "vaša", "vaše", "vendar", "z",
	"za", "zaradi", "če", "čeprav", "čez"
};

/* Abbreviations that close their phrase: itd. (in tako dalje), ipd.
 * (in podobno); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"ipd", "itd"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][9] = {
	"pozdrav", "pozdravi"
};

const lang lang_sl = {
	.code = "sl",
	.name = "Slovenian",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 8),
	.stem = NULL,	/* none: each word is its own stem */
};
