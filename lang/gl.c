/*
 * gl.c - Galician: its word lists (see lang.h), and no stemmer.
 *
 * Galician joins its articles to the prepositions before them (de + o =
 * do, en + unha = nunha, con + as = coas, por + o = polo) and its
 * demonstratives likewise (deste, nese, daquel), and it has clitic
 * pronouns that combine (che, lle, cho, llo).  With no stemmer each word
 * is its own stem, so the stopwords list every form: the articles and
 * their contractions, personal, clitic and possessive pronouns,
 * demonstratives and their contractions, relatives and question words,
 * indefinites and quantifiers, prepositions, conjunctions, the common
 * forms of ser, estar, haber, ter, ir, poder and deber, and common
 * adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][10] = {
	"a", "acolá", "agora", "algo", "algunha", "algunhas", "alguén",
	"algún", "algúns", "alí", "ambos", "ante", "antes", "ao", "aos",
	"aquel", "aquela", "aquelas", "aqueles", "aquilo", "aquí", "arredor",
	"as", "así", "ata", "até", "aí", "aínda", "baixo", "bastante", "ben",
	"cada", "cal", "cales", "calquera", "cando", "canta", "cantas",
	"canto", "cantos", "cara", "case", "che", "cho", "co", "coa", "coas",
	"comigo", "como", "con", "connosco", "consigo", "contigo", "contra",
	"convosco", "cos", "cun", "cunha", "cunhas", "cuns", "cuxa", "cuxas",
	"cuxo", "cuxos", "da", "daquel", "daquela", "daquelas", "daqueles",
	"daquilo", "das", "de", "debaixo", "debe", "deben", "deber",
	"debería", "demais", "dende", "dentro", "desa", "desas", "desde",
	"dese", "deses", "despois", "desta", "destas", "deste", "destes",
	"detrás", "diante", "diso", "disto", "do", "dos", "dun", "dunha",
	"dunhas", "duns", "durante", "e", "el", "ela", "elas", "eles", "en",
	"enriba", "entre", "entón", "era", "erades", "eramos", "eran", "eras",
	"es", "esa", "esas", "ese", "eses", "esta", "estaba", "estaban",
	"estades", "estamos", "estar", "estas", "este", "estea", "estes",
	"estiveron", "estivo", "estou", "está", "están", "estás", "eu", "foi",
	"fomos", "foron", "fostes", "fuches", "fun", "fóra", "ha", "habedes",
	"habemos", "haber", "haberá", "había", "hai", "han", "has", "hei",
	"houbo", "hoxe", "ides", "imos", "ir", "iso", "isto", "la", "las",
	"lla", "lle", "lles", "llo", "lo", "logo", "lonxe", "los", "mais",
	"mal", "mañá", "me", "mediante", "menos", "mentres", "mesma",
	"mesmas", "mesmo", "mesmos", "meu", "meus", "min", "miña", "miñas",
	"mo", "moi", "moita", "moitas", "moito", "moitos", "máis", "na",
	"nada", "naquel", "naquela", "naquilo", "nas", "nesa", "nesas",
	"nese", "neses", "nesta", "nestas", "neste", "nestes", "nin",
	"ningunha", "ninguén", "ningún", "niso", "nisto", "no", "non", "nos",
	"nosa", "nosas", "noso", "nosos", "nun", "nunca", "nunha", "nunhas",
	"nuns", "nós", "o", "onde", "onte", "os", "ou", "outra", "outras",
	"outro", "outros", "para", "pero", "pode", "podemos", "poden",
	"poder", "podo", "podía", "pois", "pola", "polas", "polo", "polos",
	"por", "porque", "pouca", "poucas", "pouco", "poucos", "preto",
	"puido", "que", "quen", "quizais", "se", "segundo", "sempre", "sen",
	"sendo", "senón", "ser", "será", "serán", "sería", "serían", "seu",
	"seus", "sexa", "sexan", "si", "sido", "soamente", "sobre", "sodes",
	"somos", "son", "só", "súa", "súas", "talvez", "tampouco", "tamén",
	"tan", "tanta", "tantas", "tanto", "tantos", "te", "tedes", "temos",
	"ten", "ter", "terá", "tería", "tes", "teu", "teus", "teñen", "teño",
	"ti", "tido", "tiveron", "tivo", "tiña", "tiñan", "toda", "todas",
	"todo", "todos", "tras", "tu", "túa", "túas", "un", "unha", "unhas",
	"uns", "vai", "van", "varias", "varios", "vas", "vos", "vosa",
	"vosas", "voso", "vosos", "vostede", "vostedes", "vou", "vós", "xa",
	"xunto", "á", "ás", "é", "ía"
};

/* Before a name: Sr. López, Dra. Castro, Excmo. Sr., D. Xosé, Sta.
 * María. */
static const char titles[][6] = {
	"dna", "dr", "dra", "excma", "excmo", "ilma", "ilmo", "lic", "prof",
	"profa", "rvdo", "sr", "sra", "srta", "sta", "sto"
};

/* Usually followed by a period, but may end a sentence (... etc.). */
static const char abbrevs[][6] = {
	"aprox", "art", "avda", "cap", "cf", "ed", "etc", "fig", "nº", "núm",
	"páx", "séc", "tel", "vol", "vs"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][6] = {
	"aprox", "art", "avda", "cap", "cf", "ed", "etc", "fig", "nº", "núm",
	"páx", "séc", "tel", "vol", "vs"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][6] = {
	"cal", "cales", "cuxa", "cuxas", "cuxo", "cuxos", "onde", "que",
	"quen"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][9] = {
	"a", "ante", "ao", "aos", "as", "ata", "até", "baixo", "cara", "co",
	"coa", "coas", "con", "contra", "cos", "cun", "cunha", "da", "das",
	"de", "dende", "desde", "do", "dos", "dun", "dunha", "durante", "e",
	"en", "entre", "mais", "mediante", "meu", "meus", "miña", "miñas",
	"na", "nas", "no", "nos", "nosa", "nosas", "noso", "nosos", "nun",
	"nunha", "o", "os", "ou", "para", "pero", "pola", "polas", "polo",
	"polos", "por", "porque", "que", "sen", "senón", "seu", "seus",
	"sobre", "súa", "súas", "teu", "teus", "tras", "túa", "túas", "un",
	"unha", "unhas", "uns", "vosa", "vosas", "voso", "vosos", "á", "ás"
};

/* Abbreviations that close their phrase: etc., and the era after a
 * year, a.C., d.C.; a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"a.c", "d.c", "etc"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"atentamente", "cordialmente", "saúdos"
};

const lang lang_gl = {
	.code = "gl",
	.name = "Galician",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 5),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 12),
	.stem = NULL,	/* none: each word is its own stem */
};
