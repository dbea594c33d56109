/*
 * sq.c - Albanian: its word lists (see lang.h), and no stemmer.
 *
 * Albanian (Standard Albanian, the Tosk-based norm of 1972, in the Latin
 * alphabet of 1908 with its letters ë and ç and the digraphs dh, gj, ll,
 * nj, rr, sh, th, xh, zh) puts its definite article at the end of the
 * noun (mal, mali; shtëpi, shtëpia), which leaves the word a form of its
 * own, and a short article before adjectives and genitives that agrees
 * with the noun: i, e, të, së ("libri i mirë", "vajza e madhe", "të
 * drejtat e njeriut", "i shtëpisë së tij").  Those four are also the
 * commonest words of a text, together with the clitic pronouns written
 * apart before the verb (më, të, e, i, na, ju, u, and their pairs ma, ta,
 * ia, ua, jua), the particles of the verb (do of the future, të of the
 * subjunctive, u of the passive, po of the progressive, duke of the
 * gerund) and the prepositions (në, me, nga, për, mbi, nën, pa, te).
 * With no stemmer (Snowball has none for Albanian) each word is its own
 * stem, and the stopwords list the function words in the forms a text
 * writes: the personal pronouns in their cases (unë, mua; ai, atë, atij,
 * tij; ajo, asaj, saj; ata, ato, atyre, tyre) and the possessives (im,
 * ime, ynë, jonë, tonë, juaj, tuaj), the demonstratives ky, kjo, këta,
 * këto and theirs (këtë, këtij, kësaj, këtyre), question words and
 * relatives (kush, kë, kujt, çfarë, ku, kur, si, pse, sa, cili, cila),
 * conjunctions, the auxiliaries jam and kam in their common forms
 * (është, janë, ishte, kishte, kanë, qenë, pasur) and the modal duhet and
 * mund, negation (nuk, s', mos, jo), quantifiers and common adverbs.
 * Two words have a noun or verb besides: jetë is "life" too, but the
 * noun is written jeta mostly; pa is also "saw", which is why it may end
 * a line.  Negation and the subjunctive's të shorten before a vowel or a
 * clitic, and the word keeps its apostrophe (s'ka, s'është, t'i), so the
 * few such pairs that are common are listed whole.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order: ç and ë come after z. */
static const char stopwords[][14] = {
	"a", "afër", "ai", "ajo", "akoma", "apo", "aq", "as", "asaj", "asgjë",
	"ashtu", "askush", "asnjë", "ata", "atij", "atje", "ato", "aty",
	"atyre", "atë", "atëherë", "bashku", "bashkë", "brenda", "ca", "cila",
	"cilat", "cili", "cilin", "cilit", "cilën", "cilës", "cilët", "deri",
	"derisa", "dhe", "diku", "dikur", "dikush", "disa", "diçka", "do",
	"drejt", "duhet", "duke", "e", "edhe", "ende", "falë", "fare", "gjatë",
	"gjitha", "gjithashtu", "gjithmonë", "gjithnjë", "gjithçka", "gjithë",
	"i", "ia", "im", "ime", "isha", "ishin", "ishte", "ja", "jam", "janë",
	"jashtë", "je", "jemi", "jeni", "jenë", "jetë", "jo", "jonë", "ju",
	"jua", "juaj", "juve", "ka", "kam", "kanë", "kaq", "ke", "kemi",
	"keni", "kenë", "ketë", "kisha", "kishin", "kishte", "kjo", "krejt",
	"ku", "kudo", "kujt", "kundër", "kur", "kurrë", "kurse", "kush", "ky",
	"kë", "kësaj", "kështu", "këta", "këtij", "këto", "këtu", "këtyre",
	"këtë", "le", "lidhur", "ma", "madje", "mbase", "mbi", "me",
	"megjithatë", "megjithëse", "meqë", "mes", "mi", "midis", "mirëpo",
	"mjaft", "mos", "mua", "mund", "më", "na", "ndaj", "ndonjë", "ndonëse",
	"ndoshta", "ndër", "ndërkaq", "ndërkohë", "ndërmjet", "ndërsa", "ne",
	"neve", "nga", "ngaqë", "një", "njëjta", "njëjtë", "njëri", "nuk",
	"në", "nën", "nëpër", "nëpërmjet", "nëse", "o", "ose", "pa", "pak",
	"para", "pas", "pasi", "pastaj", "pasur", "pati", "pikërisht", "po",
	"por", "pothuajse", "pra", "prandaj", "pranë", "prej", "pse", "për",
	"përmes", "përpara", "përse", "përsëri", "përveç", "qe", "qenë",
	"qoftë", "që", "rreth", "s'do", "s'ka", "s'është", "sa", "saj", "sapo",
	"se", "secila", "secili", "sepse", "sesa", "shpesh", "shumë", "si",
	"sidomos", "sidoqoftë", "sikur", "sipas", "siç", "së", "sërish", "t'i",
	"t'u", "ta", "tani", "tashmë", "te", "tek", "tepër", "tha", "ti",
	"tij", "tilla", "tillë", "tim", "time", "tjera", "tjerë", "tjetër",
	"tona", "tonë", "tu", "tuaj", "ty", "tyre", "të", "tënd", "tërë", "u",
	"ua", "unë", "vet", "veten", "vetë", "vetëm", "veç", "veçanërisht",
	"veçse", "ynë", "çdo", "çfarë", "çka", "është"
};

/* Before a name: Z. (zoti, Mr.), Znj. and Zj. (zonja, Mrs.), Dr.,
 * Prof., Prof. As. (asociuar) Dr., Doc., Ing., Av. (avokat), Gjen.
 * (gjeneral). */
static const char titles[][5] = {
	"as", "asoc", "av", "doc", "dr", "gjen", "ing", "prof", "z", "zj",
	"znj"
};

/* Usually followed by a period, but may end a sentence: etj. (e të
 * tjera, etc.), nr. (numër), fq. (faqe), kap. (kapitull), shek.
 * (shekull), vol., tel., Rr. (rruga, street), and the sh of p.sh. (për
 * shembull, for example), sh.a. and sh.p.k. (companies). */
static const char abbrevs[][5] = {
	"etj", "fq", "kap", "nr", "rr", "sh", "shek", "tel", "vol"
};

/* Those abbreviations also written in lower case: all of them. */
static const char lower_abbrevs[][5] = {
	"etj", "fq", "kap", "nr", "rr", "sh", "shek", "tel", "vol"
};

/* Words that cannot end a line or a heading: the articles, the
 * prepositions and conjunctions, the gerund's duke.  Not those that are
 * adverbs too and end a sentence (pas "after", jashtë "outside", kur
 * "when" after a verb) nor gjatë, which is the adjective "long". */
static const char dangling[][12] = {
	"apo", "deri", "derisa", "dhe", "duke", "e", "i", "mbi", "me",
	"megjithëse", "meqë", "mes", "midis", "ndaj", "ndër", "ndërmjet",
	"ndërsa", "nga", "ngaqë", "një", "në", "nën", "nëpër",
	"nëpërmjet", "nëse", "ose", "pasi", "por", "prej", "për",
	"përmes", "përveç", "që", "rreth", "se", "sepse", "sikur",
	"sipas", "siç", "së", "te", "tek", "të"
};

/* Abbreviations that close their phrase: etj. (e të tjera); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"etj"
};

const lang lang_sq = {
	.code = "sq",
	.name = "Albanian",
	.stopwords = WORD_LIST(stopwords, 13),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 11),
	.stem = NULL,	/* none: each word is its own stem */
};
