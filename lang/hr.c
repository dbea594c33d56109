/*
 * hr.c - Croatian: its word lists (see lang.h), and no stemmer.
 *
 * Croatian declines pronouns in seven cases, with full and clitic forms
 * (njega, ga; meni, mi) and long and short forms of possessives and
 * demonstratives (mojega, mog; ovoga, ovog).  With no stemmer each word
 * is its own stem, so the stopwords list the forms one by one: personal
 * and reflexive pronouns, possessives, the demonstratives ovaj, taj and
 * onaj, relatives and question words (koji, tko, što, kakav), indefinite
 * and negative pronouns, prepositions (s/sa, k/ka), conjunctions, the
 * forms of biti (with the clitics sam, si, je, ..., the negatives nisam,
 * ... and the conditional bih, bi, ...), the future clitics ću, ćeš,
 * ..., imati and the modals, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][10] = {
	"a", "ako", "ali", "baš", "bez", "bi", "bih", "bila", "bile", "bili",
	"bilo", "bio", "bismo", "biste", "biti", "blizu", "bude", "budem",
	"budemo", "budete", "budeš", "budu", "da", "dakle", "danas", "do",
	"dok", "dosta", "druga", "drugi", "drugih", "drugim", "drugo",
	"drugog", "duž", "eto", "evo", "ga", "gdje", "gotovo", "hoće", "i",
	"iako", "ih", "ili", "im", "ima", "imaju", "imala", "imali", "imam",
	"imamo", "imao", "imate", "imati", "imaš", "ipak", "ispod", "iz",
	"iza", "između", "iznad", "izvan", "ja", "jako", "je", "jedan",
	"jedna", "jedno", "jednog", "jednoj", "jednom", "jer", "jesam",
	"jest", "jesu", "joj", "još", "ju", "jučer", "k", "ka", "kad", "kada",
	"kakav", "kako", "kakva", "kakvi", "kakvo", "kamo", "kao", "kim",
	"kime", "kod", "koga", "koja", "koje", "kojeg", "kojega", "kojem",
	"kojemu", "koji", "kojih", "kojim", "kojima", "kojoj", "kojom",
	"koju", "koliko", "kome", "komu", "kroz", "kuda", "malo", "manje",
	"me", "mene", "meni", "među", "međutim", "mi", "mnogo", "mnom",
	"mnome", "mog", "mogao", "mogla", "mogli", "mogu", "moj", "moja",
	"moje", "mojeg", "mojega", "mojem", "mojemu", "moji", "mojih",
	"mojim", "mojima", "mojom", "moju", "mom", "mome", "mora", "moraju",
	"moram", "moramo", "morao", "možda", "može", "možemo", "možete",
	"možeš", "mu", "na", "nad", "najviše", "nakon", "nama", "nas", "naš",
	"naša", "naše", "našeg", "našega", "našem", "našemu", "naši", "naših",
	"našim", "našima", "našom", "našu", "ne", "negdje", "nego", "neka",
	"nekad", "nekada", "neke", "neki", "nekih", "neko", "nekoga",
	"nekoliko", "nema", "nemaju", "nemam", "netko", "neće", "nećemo",
	"nećete", "nećeš", "neću", "nečega", "nešto", "ni", "nigdje", "nije",
	"nijedan", "nijedna", "nijedno", "nikad", "nikada", "nikakav",
	"nikakva", "nikakvo", "nikoga", "nisam", "nisi", "nismo", "niste",
	"nisu", "niti", "nitko", "ničega", "ništa", "nje", "njega", "njegov",
	"njegova", "njegove", "njegovi", "njegovih", "njegovim", "njegovo",
	"njegovog", "njegovoga", "njegovom", "njegovu", "njemu", "njen",
	"njena", "njene", "njeni", "njenih", "njeno", "njenog", "njenom",
	"njenu", "njezin", "njezina", "njezine", "njezini", "njezinih",
	"njezinim", "njezino", "njezinog", "njezinom", "njezinu", "njih",
	"njihov", "njihova", "njihove", "njihovi", "njihovih", "njihovim",
	"njihovo", "njihovog", "njihovom", "njihovu", "njim", "njima",
	"njime", "njoj", "njom", "njome", "nju", "no", "npr", "o", "od",
	"odakle", "odmah", "odnosno", "oko", "on", "ona", "onaj", "onda",
	"one", "oni", "onih", "onim", "onima", "ono", "onog", "onoga", "onoj",
	"onom", "onu", "opet", "osim", "ova", "ovaj", "ovdje", "ove", "ovi",
	"ovih", "ovim", "ovima", "ovo", "ovog", "ovoga", "ovoj", "ovom",
	"ovu", "pa", "po", "pod", "ponovno", "poslije", "pred", "preko",
	"prema", "premda", "previše", "pri", "prije", "protiv", "puno",
	"putem", "radi", "s", "sa", "sad", "sada", "sam", "sama", "sami",
	"samo", "se", "sebe", "sebi", "si", "skoro", "smo", "sobom", "ste",
	"stoga", "su", "sutra", "sva", "svaka", "svaki", "svako", "svakog",
	"svakoj", "svakom", "sve", "svega", "svi", "svih", "svima", "svog",
	"svoj", "svoja", "svoje", "svojeg", "svojega", "svojem", "svojemu",
	"svoji", "svojih", "svojim", "svojima", "svojom", "svoju", "svom",
	"ta", "tada", "taj", "takav", "tako", "također", "takva", "takve",
	"takvi", "takvih", "takvo", "tamo", "te", "tebe", "tebi", "tek", "ti",
	"tih", "tijekom", "tim", "tima", "tko", "to", "tobom", "tog", "toga",
	"toj", "toliko", "tom", "tomu", "treba", "trebao", "trebati", "tu",
	"tvog", "tvoj", "tvoja", "tvoje", "tvojeg", "tvojega", "tvojem",
	"tvojemu", "tvoji", "tvojih", "tvojim", "tvojima", "tvojom", "tvoju",
	"tvom", "u", "umjesto", "unatoč", "upravo", "usprkos", "uvijek", "uz",
	"vama", "vas", "vaš", "vaša", "vaše", "vašeg", "vašega", "vašem",
	"vašemu", "vaši", "vaših", "vašim", "vašima", "vašom", "vašu", "već",
	"vi", "više", "vrlo", "za", "zatim", "zato", "zašto", "zbog", "će",
	"ćemo", "ćete", "ćeš", "ću", "čak", "čega", "čemu", "često", "čija",
	"čije", "čiji", "čim", "čime", "što", "želi"
};

/* Degrees, ranks and forms of address before a name (dr. sc. Horvat, gđa.
 * Kovač, vlč. Ivan). */
static const char titles[][7] = {
	"akad", "dipl", "doc", "dr", "gen", "gosp", "gđa", "gđica", "ing",
	"mr", "prof", "sc", "sv", "vlč"
};

/* Usually followed by a period, but may end a sentence (... i sl.). */
static const char abbrevs[][5] = {
	"br", "god", "itd", "izd", "kn", "mil", "min", "mlrd", "npr", "odn",
	"pogl", "sl", "st", "str", "tab", "tel", "tis", "tj", "tzv", "ul",
	"usp", "čl"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][5] = {
	"br", "god", "itd", "izd", "kn", "mil", "min", "mlrd", "npr", "odn",
	"pogl", "sl", "st", "str", "tab", "tel", "tis", "tj", "tzv", "ul",
	"usp", "čl"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][7] = {
	"koja", "koje", "kojeg", "kojega", "kojem", "kojemu", "koji", "kojih",
	"kojim", "kojima", "kojoj", "kojom", "koju", "čega", "čemu", "čija",
	"čije", "čiji", "čim", "čime", "što"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][8] = {
	"a", "ako", "ali", "bez", "da", "do", "dok", "i", "iako", "ili", "iz",
	"između", "jer", "k", "ka", "kao", "kod", "kroz", "među", "moj",
	"moja", "moje", "na", "nad", "nakon", "naš", "naša", "naše", "nego",
	"niti", "njegov", "njegova", "njegovo", "njezin", "njezina",
	"njezino", "njihov", "njihova", "njihovo", "no", "o", "od", "oko",
	"osim", "pa", "po", "pod", "pred", "preko", "prema", "premda", "pri",
	"prije", "protiv", "s", "sa", "svoj", "svoja", "svoje", "tijekom",
	"tvoj", "tvoja", "tvoje", "u", "umjesto", "uz", "vaš", "vaša", "vaše",
	"za", "zbog"
};

/* Abbreviations that close their phrase: itd. (i tako dalje); a
 * capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"itd"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][9] = {
	"pozdrav", "pozdravi"
};

const lang lang_hr = {
	.code = "hr",
	.name = "Croatian",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 6),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 6),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 8),
	.stem = NULL,	/* none: each word is its own stem */
};
