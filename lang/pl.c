/*
 * pl.c - Polish: its word lists (see lang.h), and no stemmer.
 *
 * Polish declines pronouns in seven cases, and a third-person pronoun
 * after a preposition takes an n- form (jego, but do niego).  With no
 * stemmer each word is its own stem, so the stopwords list each form:
 * personal and reflexive pronouns, possessives (mój, swój, nasz, ...),
 * demonstratives (ten, tamten, taki), relatives and question words
 * (który, kto, co, jaki), indefinite and negative pronouns, the
 * prepositions with their vocalised variants (w/we, z/ze), the
 * conjunctions, the forms of być, mieć, móc, musieć, chcieć and zostać
 * with the conditional particles (bym, byś, ...), and common adverbs of
 * time, place and degree.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][12] = {
	"a", "aby", "albo", "ale", "ani", "aż", "bardziej", "bardzo", "bez",
	"bo", "by", "byli", "byliśmy", "bym", "być", "był", "była", "byłam",
	"byłaś", "byłem", "byłeś", "było", "były", "byś", "byście", "byśmy",
	"będzie", "będziecie", "będziemy", "będziesz", "będą", "będę", "cała",
	"całe", "całkiem", "cały", "chce", "chciał", "chciała", "chcę",
	"chociaż", "choć", "chyba", "ci", "ciebie", "cię", "co", "coś",
	"czego", "czegoś", "czemu", "czy", "czyj", "czyja", "czyje", "czyli",
	"czym", "czymś", "często", "dla", "dlaczego", "dlatego", "do",
	"dokąd", "dość", "dużo", "dzisiaj", "dzięki", "dziś", "gdy", "gdyby",
	"gdyż", "gdzie", "gdzieś", "go", "i", "ich", "ile", "ilu", "im",
	"inna", "inne", "innego", "innej", "inny", "innych", "innym",
	"innymi", "ja", "jacy", "jak", "jaka", "jakaś", "jakby", "jaki",
	"jakich", "jakie", "jakiego", "jakiegoś", "jakiej", "jakiejś",
	"jakieś", "jakim", "jakiś", "jako", "jaką", "je", "jeden", "jedna",
	"jednak", "jednego", "jednej", "jedno", "jednym", "jedynie", "jego",
	"jej", "jemu", "jest", "jestem", "jesteś", "jesteście", "jesteśmy",
	"jeszcze", "jeśli", "jeżeli", "jutro", "już", "ją", "każda", "każde",
	"każdego", "każdej", "każdy", "każdym", "kiedy", "kiedyś", "kilka",
	"kilku", "kim", "kimś", "kogo", "kogoś", "komu", "komuś", "koło",
	"kto", "ktoś", "która", "które", "którego", "której", "któremu",
	"który", "których", "którym", "którymi", "którzy", "którą", "ku",
	"lecz", "lub", "ma", "macie", "mają", "mam", "mamy", "masz", "mało",
	"mi", "miał", "miała", "miało", "miały", "mieli", "mieć", "mimo",
	"między", "mnie", "mniej", "mną", "mogli", "mogą", "mogę", "mogła",
	"mogło", "moi", "moich", "moim", "moimi", "moja", "moje", "mojego",
	"mojej", "mojemu", "moją", "może", "możecie", "możemy", "możesz",
	"można", "mu", "musi", "musiał", "musiała", "musieli", "muszę", "my",
	"mógł", "mój", "na", "nad", "nadal", "najbardziej", "należy", "nam",
	"nami", "nas", "nasi", "nasz", "nasza", "nasze", "naszego", "naszej",
	"naszemu", "naszych", "naszym", "naszymi", "naszą", "natomiast",
	"nawet", "nic", "nich", "niczego", "niczym", "nie", "niech", "niego",
	"niej", "niemal", "niemu", "nigdy", "nigdzie", "nikim", "nikogo",
	"nikomu", "nikt", "nim", "nimi", "nią", "niż", "no", "np", "o",
	"obok", "od", "ode", "około", "on", "ona", "one", "oni", "ono",
	"oprócz", "oraz", "oto", "po", "pod", "podczas", "ponieważ",
	"ponownie", "potem", "powinien", "powinna", "powinni", "powinno",
	"poza", "prawie", "przeciw", "przeciwko", "przed", "przez", "przy",
	"również", "sam", "sama", "sami", "samo", "siebie", "się", "skąd",
	"sobie", "sobą", "spod", "spośród", "sprzed", "swoi", "swoich",
	"swoim", "swoimi", "swoja", "swoje", "swojego", "swojej", "swojemu",
	"swoją", "swój", "są", "ta", "tacy", "tak", "taka", "taki", "takich",
	"takie", "takiego", "takiej", "takim", "taką", "także", "tam",
	"tamci", "tamta", "tamte", "tamtego", "tamtej", "tamten", "tamto",
	"tamtych", "tamtym", "te", "tego", "tej", "temu", "ten", "teraz",
	"też", "to", "tobie", "tobą", "toteż", "trochę", "trzeba", "tu",
	"tutaj", "twoi", "twoich", "twoim", "twoimi", "twoja", "twoje",
	"twojego", "twojej", "twojemu", "twoją", "twój", "ty", "tych", "tyle",
	"tylko", "tym", "tymi", "tą", "tę", "u", "w", "wam", "wami", "was",
	"wasi", "wasz", "wasza", "wasze", "waszego", "waszej", "waszemu",
	"waszych", "waszym", "waszymi", "waszą", "wciąż", "wczoraj", "we",
	"według", "wiele", "wielu", "więc", "więcej", "wobec", "wokół",
	"wszyscy", "wszystkich", "wszystkie", "wszystkim", "wszystkimi",
	"wszystko", "wtedy", "wy", "względem", "właśnie", "wśród", "z", "za",
	"zamiast", "zaraz", "zatem", "zawsze", "zaś", "zbyt", "ze", "znad",
	"znowu", "znów", "zostali", "zostanie", "został", "została",
	"zostało", "zostały", "zza", "żaden", "żadna", "żadne", "żadnego",
	"żadnej", "żadnych", "że", "żeby"
};

/* Degrees, ranks and forms of address written before a name (dr Nowak, ks.
 * Kowalski); Polish omits the period after dr, mgr, but it may come. */
static const char titles[][6] = {
	"abp", "bp", "doc", "dr", "dyr", "gen", "hab", "inż", "kpt", "ks",
	"lek", "mec", "mgr", "mjr", "por", "ppłk", "prof", "płk", "red", "św"
};

/* Usually followed by a period, but may end a sentence (... itd.). */
static const char abbrevs[][5] = {
	"al", "art", "br", "cd", "ew", "gm", "godz", "gr", "itd", "itp", "jw",
	"min", "mld", "mln", "np", "nr", "ok", "pkt", "pl", "pow", "poz",
	"proc", "pt", "rys", "str", "tab", "tj", "tys", "tzn", "tzw", "ub",
	"ul", "ust", "wg", "woj", "ww", "wyd", "zob", "zł"
};

/* Those abbreviations also written in lower case, and in. (inni,
 * others: "m.in.", "i in."). */
static const char lower_abbrevs[][5] = {
	"al", "art", "br", "cd", "ew", "gm", "godz", "gr", "in", "itd", "itp",
	"jw", "min", "mld", "mln", "np", "nr", "ok", "pkt", "pl", "pow",
	"poz", "proc", "pt", "rys", "str", "tab", "tj", "tys", "tzn", "tzw",
	"ub", "ul", "ust", "wg", "woj", "ww", "wyd", "zob", "zł"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][9] = {
	"co", "czego", "czemu", "czym", "która", "które", "którego", "której",
	"któremu", "który", "których", "którym", "którymi", "którzy", "którą"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives, and the contractions written without a period that stand
 * before a name or a number (dr, mgr, nr). */
static const char dangling[][10] = {
	"a", "aby", "albo", "ale", "ani", "bez", "bo", "chociaż", "choć",
	"czy", "dla", "do", "dr", "dzięki", "gdy", "gdyż", "i", "ich", "jako",
	"jego", "jej", "jeśli", "jeżeli", "ku", "lecz", "lub", "mgr", "mimo",
	"między", "moja", "moje", "mój", "na", "nad", "nasz", "nasza",
	"nasze", "niż", "nr", "o", "od", "około", "oprócz", "oraz", "po", "pod",
	"podczas", "ponieważ", "poza", "przed", "przez", "przy", "swoja",
	"swoje", "swój", "twoja", "twoje", "twój", "u", "w", "wasz", "wasza",
	"wasze", "we", "według", "wobec", "wśród", "z", "za", "zamiast", "ze",
	"że", "żeby"
};

/* Abbreviations that close their phrase: itd. (i tak dalej), itp. (i
 * tym podobne), and the era after a year, p.n.e., n.e.; a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][6] = {
	"in", "itd", "itp", "n.e", "p.n.e"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"poważaniem", "pozdrawiam", "pozdrowienia"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][16] = {
	"licencja", "licencje", "licencjonowanie"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][37] = {
	"nie odpowiadaj na", "otrzymali państwo", "otrzymałaś tę",
	"otrzymałeś ten", "otrzymałeś tę", "otrzymujesz ten",
	"otrzymujesz tę", "prosimy nie odpowiadać",
	"rezygnacja z subskrypcji", "ta wiadomość została wygenerowana",
	"ta wiadomość została wysłana", "ten e mail został wysłany",
	"wypisania się", "wypisać się", "wypisz się",
	"zrezygnować z otrzymywania", "zrezygnować z subskrypcji",
	"zrezygnuj z subskrypcji"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][39] = {
	"bardzo dziękuję", "czekam na odpowiedź", "dzięki za pomoc",
	"dziękujemy", "dziękujemy za cierpliwość", "dziękujemy za pomoc",
	"dziękujemy za wyrozumiałość", "dziękujemy za zamówienie",
	"dziękuję", "dziękuję bardzo", "dziękuję za cierpliwość",
	"dziękuję za informacje", "dziękuję za informację",
	"dziękuję za odpowiedź", "dziękuję za pomoc",
	"dziękuję za szybką odpowiedź", "dziękuję za wiadomość",
	"dziękuję za wyrozumiałość", "jak się masz",
	"mam nadzieję że wszystko w porządku", "miłego dnia",
	"miłego weekendu", "pozostaję do dyspozycji",
	"przepraszam za opóźnienie", "przepraszam za późną odpowiedź",
	"przepraszamy za utrudnienia", "serdecznie dziękuję",
	"w razie pytań", "w razie pytań jestem do dyspozycji",
	"w razie pytań proszę o kontakt", "w razie wątpliwości",
	"z góry dziękuję", "życzę miłego weekendu"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][14] = {
	"jestem mamą", "jestem matką", "jestem ojcem", "jestem tatą",
	"mam na imię", "nazywam się"
};

const lang lang_pl = {
	.code = "pl",
	.name = "Polish",
	.ordinal_dot = 1,
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 8),
	.dangling = WORD_LIST(dangling, 9),
	.closings = WORD_LIST(closings, 12),
	.licences = WORD_LIST(licences, 15),
	.notices = WORD_LIST(notices, 36),
	.formulas = WORD_LIST(formulas, 38),
	.introductions = WORD_LIST(introductions, 13),
	.stem = NULL,	/* none: each word is its own stem */
};
