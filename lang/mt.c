/*
 * mt.c - Maltese: its word lists (see lang.h), and no stemmer.
 *
 * Maltese is a Semitic language, Arabic in its grammar, written in Latin
 * letters with ċ ġ għ ħ ż, and half its words come from Italian and
 * English.  Its native words inflect by root and pattern (kiteb, jikteb,
 * ktieb, kotba), which no suffix stripping undoes, so each word is its
 * own stem.  The article il- is written with a hyphen, which splits it
 * off its noun: it takes the noun's first letter when that is one of
 * the sun letters (iċ-, id-, in-, ir-, is-, it-, ix-, iż-, iz-) and is
 * l- before a vowel; the prepositions join it in one word (ta' and il-
 * make tal-, then fil- or fl-, mill-, għall-, bil- or bl-, lill-, mal-,
 * sal-, ġol-), taking the sun letter too (tas-, fit-, mix-): the stopwords
 * list those forms of the commonest prepositions, but for the few that
 * are also nouns (għar- and bir- are "cave" and "well", għan- "aim").
 * A final apostrophe marks a lost consonant (ta', ma', jista') and is
 * no part of the word, whose key is ta, ma, jista; b', f', x' and m'
 * before a word are one word with it, and only the commonest of those
 * are listed whole (b'hekk, f'dan, x'inhu, m'hemmx).  The pronouns are
 * listed free (huwa, hija, huma) and with the suffixes they take on
 * the prepositions most used with them (tiegħu, lilha, fih), which
 * stand where other languages put possessives and object pronouns;
 * the verbs listed are the ones that work as auxiliaries: kien and
 * ikun for the copula, which the present leaves out (huwa or hija
 * stand for it), għand- and kell- with a suffix for having, jista' for
 * can, and the particles se, ser and qed for the future and the
 * progressive.  Negation is ma with -x on the verb (ma jafx), so only
 * ma and the negative copula (mhux, mhix, mhumiex) are words of their
 * own.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][11] = {
	"aktar", "allura", "anke", "anki", "anqas", "aħna", "b'hekk", "barra",
	"bejn", "bi", "bid", "biex", "bil", "billi", "bin", "bis", "biss",
	"bit", "bix", "biċ", "biż", "bl", "bla", "bħal", "bħala", "dak",
	"dan", "daqs", "dawk", "dawn", "dejjem", "dik", "din", "diġà", "dwar",
	"ebda", "f'dan", "fejn", "fi", "fid", "fih", "fiha", "fil", "filwaqt",
	"fin", "fir", "fis", "fit", "fix", "fiċ", "fiż", "fl", "flimkien",
	"forsi", "fost", "ftit", "fuq", "għad", "għadha", "għadu", "għajr",
	"għal", "għalhekk", "għaliex", "għalkemm", "għall", "għand",
	"għandha", "għandhom", "għandi", "għandna", "għandu", "għas", "għat",
	"għax", "għaċ", "għaż", "hawn", "hekk", "hemm", "hi", "hija", "hu",
	"huma", "huwa", "id", "ieħor", "iktar", "ikun", "ikunu", "il", "illi",
	"imbagħad", "imma", "in", "inqas", "int", "inti", "intom", "ir", "is",
	"issa", "istess", "it", "iva", "ix", "iz", "iċ", "iż", "iżda",
	"iżjed", "jekk", "jew", "jien", "jiena", "jista", "jistgħu",
	"jiġifieri", "jkun", "jkunu", "kellha", "kellhom", "kelli", "kellna",
	"kellu", "kemm", "kieku", "kien", "kienet", "kienu", "kif", "kollha",
	"kollox", "kollu", "konna", "kont", "kontra", "kontu", "kull",
	"kulħadd", "kważi", "l", "la", "lanqas", "le", "lejn", "li", "lid",
	"liema", "lil", "lilha", "lilhom", "lili", "lill", "lilu", "lis",
	"lit", "m'hemmx", "ma", "madankollu", "madwar", "mal", "malli",
	"matul", "mbagħad", "mela", "mentri", "meta", "mhix", "mhumiex",
	"mhuwiex", "mhux", "mid", "mill", "milli", "min", "minflok",
	"mingħajr", "minkejja", "minn", "minħabba", "mir", "mis", "mit",
	"mix", "miċ", "miż", "oħra", "oħrajn", "peress", "permezz", "però",
	"qabel", "qatt", "qed", "qegħdin", "qiegħed", "quddiem", "sa",
	"sabiex", "sakemm", "sal", "se", "ser", "seta", "setgħet", "setgħu",
	"skont", "spiss", "stess", "ta", "tad", "tagħha", "tagħhom", "tagħna",
	"tal", "tan", "tant", "tar", "tas", "tat", "tax", "taċ", "taħt",
	"taż", "tiegħi", "tiegħu", "tista", "tkun", "u", "ukoll", "w", "waqt",
	"wara", "waħda", "wieħed", "wisq", "wkoll", "x'inhu", "xejn", "xi",
	"xiex", "ġa", "ġewwa", "ġo", "ġol", "ħadd", "ħafna", "ħdejn", "ħlief"
};

/* Before a name: Dr., Prof., Onor. (Onorevoli, a member of parliament),
 * Mons. (Monsinjur), Kan. (Kanonku), Av. (Avukat), Nut. (Nutar), Inġ.
 * (Inġinier), Mro. (Maestro, a band's conductor).  Sur and Sinjura, Dun
 * and Patri are written in full. */
static const char titles[][5] = {
	"av", "dr", "inġ", "kan", "mons", "mro", "nut", "onor", "prof"
};

/* Usually followed by a period, but may end a sentence (... eċċ.): Art.
 * and Kap. (artiklu, kapitlu) cite the laws, Nru. is numru, eż.
 * eżempju, p. pp. paġ. a page. */
static const char abbrevs[][6] = {
	"art", "eċċ", "eż", "kap", "ltd", "nru", "p", "paġ", "pp", "tel",
	"vol"
};

/* Those abbreviations also written in lower case: not art or kap, which
 * in lower case are the nouns "land" and "head". */
static const char lower_abbrevs[][6] = {
	"eċċ", "eż", "nru", "p", "paġ", "pp", "tel", "vol"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][5] = {
	"fejn", "li"
};

/* Words that cannot end a line or a heading: the article and the
 * prepositions with it, prepositions, conjunctions, kull and xi. */
static const char dangling[][10] = {
	"bejn", "bi", "bid", "biex", "bil", "billi", "bin", "bis", "bit",
	"bix", "biċ", "biż", "bl", "bla", "bħal", "bħala", "dwar", "fi",
	"fid", "fil", "fin", "fir", "fis", "fit", "fix", "fiċ", "fiż", "fl",
	"fost", "għad", "għal", "għall", "għand", "għas", "għat", "għax",
	"għaċ", "għaż", "id", "il", "illi", "imma", "in", "ir", "is", "it",
	"ix", "iz", "iċ", "iż", "iżda", "jekk", "jew", "kull", "l", "lejn",
	"li", "lid", "lil", "lill", "lis", "lit", "ma", "mal", "matul", "mid",
	"mill", "min", "minflok", "mingħajr", "minn", "minħabba", "mir",
	"mis", "mit", "mix", "miċ", "miż", "peress", "permezz", "sa",
	"sabiex", "sal", "skont", "ta", "tad", "tal", "tan", "tar", "tas",
	"tat", "tax", "taċ", "taż", "u", "w", "xi", "ġo", "ġol"
};

/* Abbreviations that close their phrase: eċċ. (eċċetera); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][6] = {
	"eċċ"
};

const lang lang_mt = {
	.code = "mt",
	.name = "Maltese",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 4),
	.dangling = WORD_LIST(dangling, 9),
	.stem = NULL,	/* none: each word is its own stem */
};
