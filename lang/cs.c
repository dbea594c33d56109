/*
 * cs.c - Czech: its word lists (see lang.h), and no stemmer.
 *
 * Czech declines its pronouns in seven cases, three genders and two
 * numbers, and a pronoun after a preposition takes an n- form (jeho, but
 * do něho).  With no stemmer each word is its own stem, so the stopwords
 * list the forms one by one: personal and reflexive pronouns,
 * possessives (můj, svůj, náš, ...), demonstratives (ten, tento),
 * relatives and question words (který, jenž, kdo, co), indefinite and
 * negative pronouns, prepositions with their vocalised variants (v/ve,
 * s/se, z/ze, k/ke), conjunctions, the forms of být, mít and the modals,
 * the conditional by, and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][12] = {
	"a", "aby", "abych", "abychom", "abys", "abyste", "ale", "ani",
	"aniž", "ano", "asi", "avšak", "ač", "ačkoli", "ačkoliv", "až", "bez",
	"beze", "bude", "budeme", "budete", "budeš", "budou", "budu", "by",
	"bych", "bychom", "byl", "byla", "byli", "bylo", "byly", "bys",
	"byste", "být", "bývá", "během", "chce", "chci", "chtěl", "chtěla",
	"co", "což", "další", "dalších", "dnes", "do", "docela", "dokonce",
	"díky", "hned", "ho", "hodně", "i", "jak", "jako", "jakou", "jaká",
	"jaké", "jakého", "jakém", "jakému", "jaký", "jakých", "jakým",
	"jakými", "je", "jeden", "jedna", "jedno", "jednoho", "jednomu",
	"jednou", "jedné", "jeho", "jehož", "jej", "jejich", "její", "jejích",
	"jejího", "jejím", "jejími", "jejímu", "jemu", "jemuž", "jen",
	"jenom", "jenž", "jestli", "jestliže", "ještě", "jež", "ji", "jich",
	"jichž", "jim", "jimi", "jimiž", "jimž", "jinou", "jiná", "jiné",
	"jiného", "jiném", "jiný", "jiných", "jiným", "jinými", "již", "jsem",
	"jsi", "jsme", "jsou", "jste", "já", "jí", "jíž", "k", "kam",
	"každou", "každá", "každé", "každého", "každém", "každému", "každý",
	"každým", "kde", "kdo", "kdy", "kdyby", "kdybych", "když", "ke",
	"koho", "kolem", "kolik", "kom", "komu", "kromě", "kterou", "která",
	"které", "kterého", "kterém", "kterému", "který", "kterých", "kterým",
	"kterými", "kteří", "ku", "kým", "lze", "mají", "mezi", "mi", "mimo",
	"mne", "mnou", "mně", "moc", "mohl", "mohla", "mohli", "mohlo",
	"mohou", "mohu", "moje", "moji", "mojí", "mou", "mu", "musel",
	"musela", "museli", "musí", "musím", "musíme", "my", "má", "mám",
	"máme", "máte", "máš", "mé", "mého", "mém", "mému", "méně", "mí",
	"místo", "mít", "mých", "mým", "mými", "mě", "měl", "měla", "měli",
	"mělo", "měly", "můj", "může", "můžeme", "můžete", "můžeš", "můžou",
	"můžu", "na", "nad", "naproti", "například", "naše", "našeho",
	"našem", "našemu", "naši", "našich", "našim", "našimi", "naší",
	"naším", "ne", "nebo", "neboli", "neboť", "nebyl", "nebyla", "nebyli",
	"nebylo", "nebyly", "nejsem", "nejsi", "nejsme", "nejsou", "nejste",
	"nejvíce", "nelze", "nemají", "nemá", "není", "než", "ni", "nic",
	"nich", "nichž", "nikde", "nikdo", "nikdy", "nikoho", "nim", "nimi",
	"ničeho", "nyní", "nám", "námi", "nás", "náš", "ní", "ním", "nímž",
	"ně", "něco", "něho", "něj", "nějakou", "nějaká", "nějaké",
	"nějakého", "nějaký", "nějakých", "někde", "někdo", "někdy", "někoho",
	"několik", "něm", "němu", "němž", "něčeho", "o", "od", "ode", "odkud",
	"ohledně", "okolo", "on", "ona", "oni", "ono", "ony", "opět", "ovšem",
	"pak", "po", "pod", "podle", "pokud", "pomocí", "potom", "pouze",
	"pro", "proti", "proto", "protože", "proč", "právě", "před", "přede",
	"přes", "přestože", "při", "příliš", "rovněž", "s", "sama", "sami",
	"samo", "samy", "se", "sebe", "sebou", "si", "skoro", "skrz", "snad",
	"sobě", "stále", "svoje", "svoji", "svojí", "svou", "svá", "své",
	"svého", "svém", "svému", "svých", "svým", "svými", "svůj", "sám",
	"ta", "tady", "tahle", "tak", "takovou", "taková", "takové",
	"takového", "takovém", "takový", "takových", "takovým", "takto",
	"taky", "také", "takže", "tam", "tato", "tebe", "tebou", "tedy",
	"ten", "tenhle", "tento", "teď", "ti", "tito", "to", "tobě", "tohle",
	"toho", "tohoto", "tom", "tomu", "tomuto", "toto", "tou", "touto",
	"trochu", "tu", "tuto", "tvoje", "tvoji", "tvojí", "tvou", "tvá",
	"tvé", "tvého", "tvém", "tvému", "tvých", "tvým", "tvými", "tvůj",
	"ty", "tyto", "té", "téměř", "této", "též", "tím", "tímto", "tě",
	"těch", "těchto", "těm", "těmi", "těmito", "těmto", "u", "už", "v",
	"vaše", "vašeho", "vašem", "vašemu", "vaši", "vašich", "vašim",
	"vašimi", "vaší", "vaším", "ve", "vedle", "velmi", "vy", "vám",
	"vámi", "vás", "váš", "víc", "více", "včera", "však", "vše", "všech",
	"všechen", "všechna", "všechno", "všem", "všemi", "všichni", "vůči",
	"vždy", "vždycky", "z", "za", "zase", "zatímco", "zda", "zde", "ze",
	"znovu", "zítra", "často", "čeho", "čehož", "čem", "čemu", "čemuž",
	"či", "čí", "čím", "že", "žádnou", "žádná", "žádné", "žádného",
	"žádný", "žádných"
};

/* Academic degrees and ranks written before a name (Ing. Novák). */
static const char titles[][7] = {
	"arch", "bc", "doc", "dr", "gen", "ing", "judr", "kpt", "mgr", "mjr",
	"mudr", "mvdr", "paeddr", "phdr", "plk", "por", "pplk", "prof",
	"rndr", "sv", "thdr"
};

/* Usually followed by a period, but may end a sentence (... atd.). */
static const char abbrevs[][7] = {
	"aj", "ap", "apod", "atd", "atp", "cca", "event", "hod", "kap", "kč",
	"max", "mil", "min", "mj", "mld", "např", "obr", "odst", "popř",
	"pozn", "písm", "př", "příp", "resp", "roč", "sb", "st", "str", "tab",
	"tel", "tis", "tj", "tzn", "tzv", "ul", "viz", "vč", "zák"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][7] = {
	"aj", "ap", "apod", "atd", "atp", "cca", "event", "hod", "kap", "kč",
	"max", "mil", "min", "mj", "mld", "např", "obr", "odst", "popř",
	"pozn", "písm", "př", "příp", "resp", "roč", "sb", "st", "str", "tab",
	"tel", "tis", "tj", "tzn", "tzv", "ul", "uč", "viz", "vč", "zák"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][9] = {
	"což", "jehož", "jemuž", "jenž", "jež", "jichž", "jimiž", "jimž",
	"jíž", "kterou", "která", "které", "kterého", "kterém", "kterému",
	"který", "kterých", "kterým", "kterými", "kteří", "nichž", "nímž",
	"němž", "čehož", "čemuž"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][9] = {
	"a", "aby", "ale", "ani", "bez", "během", "do", "díky", "i", "jako",
	"jejich", "její", "k", "když", "ke", "kolem", "kromě", "ku", "mezi",
	"mimo", "moje", "mé", "můj", "na", "nad", "naše", "nebo", "než",
	"náš", "o", "od", "okolo", "po", "pod", "podle", "pokud", "pro",
	"proti", "protože", "před", "přes", "při", "s", "svoje", "své",
	"svůj", "tvoje", "tvé", "tvůj", "u", "v", "vaše", "ve", "váš", "vůči",
	"z", "za", "ze", "či", "že"
};

/* Abbreviations that close their phrase: atd. (a tak dále), apod. (a
 * podobně), atp., aj. (a jiné), and the era after a year, př. n. l.,
 * n. l.; a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"aj", "apod", "atd", "atp", "n.l"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][10] = {
	"pozdravem", "pozdravy", "zdravím"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][14] = {
	"licence", "licencování"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][28] = {
	"dostáváte tento", "neodpovídejte na", "obdrželi jste tento",
	"odhlásit se", "odhlásit z odběru", "odhlášení z odběru",
	"tato zpráva byla", "tento e mail byl", "tento e mail dostáváte",
	"tento e mail jste obdrželi", "tuto zprávu dostáváte",
	"tuto zprávu jste obdrželi"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][48] = {
	"doufám že se máte dobře", "doufám že se máš dobře",
	"děkujeme za objednávku", "děkuji", "děkuji předem",
	"děkuji za e mail", "děkuji za informaci", "děkuji za odpověď",
	"děkuji za pochopení", "děkuji za pomoc", "děkuji za trpělivost",
	"děkuji za zprávu", "hezký den", "hezký víkend", "jak se máte",
	"jak se máš", "jsem vám k dispozici", "mnohokrát děkuji",
	"omlouvám se za pozdní odpověď", "omlouvám se za zpoždění",
	"přeji hezký víkend", "v případě dotazů jsem k dispozici",
	"v případě dotazů mě neváhejte kontaktovat"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][14] = {
	"jmenuji se", "jsem maminka", "jsem matka", "jsem otec",
	"jsem tatínek"
};

const lang lang_cs = {
	.code = "cs",
	.name = "Czech",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 6),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 6),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 9),
	.licences = WORD_LIST(licences, 13),
	.notices = WORD_LIST(notices, 27),
	.formulas = WORD_LIST(formulas, 47),
	.introductions = WORD_LIST(introductions, 13),
	.stem = NULL,	/* none: each word is its own stem */
};
