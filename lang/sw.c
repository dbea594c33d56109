/*
 * sw.c - Swahili (Kiswahili): its word lists (see lang.h), and no
 * stemmer.
 *
 * Swahili sorts its nouns into classes, each marked by a prefix (m-/wa-
 * for people, m-/mi-, ji-/ma-, ki-/vi-, n-, u-, ku-, and the places pa-,
 * ku-, mu-), and whatever goes with a noun agrees with its class.  So a
 * function word has a form for each class: the -a of association, "of"
 * (wa, ya, la, cha, vya, za, kwa, pa, mwa); the demonstratives near,
 * just mentioned and far (huyu, hiki, hizi; huyo, hicho, hizo; yule,
 * kile, zile); the relative amba- (ambaye, ambacho, ambazo); the
 * possessives (wake, chake, zake); -ote "all", -o-ote "any", -ingi
 * "many", -ingine "other", -enye "having" (mwenye; kwenye is also a
 * preposition).  The lists hold every class's demonstrative, relative
 * and associative, and of the other forms those of the commonest
 * classes.  The verb carries subject, tense and object as prefixes
 * (a-li-ki-soma, "he read it"), so that pronouns and auxiliaries are
 * seldom free words and the verbs stay terms; the free function words
 * are the personal pronouns (mimi, yeye, wao; naye "and he"), the
 * prepositions (katika, kwa, kutoka, hadi, bila, kuhusu; baada, kabla,
 * juu before ya), the conjunctions (na, au, lakini, kwamba, ili), the
 * copula ni, its negative si, the identifying ndiye, ndiyo, ndicho,
 * the forms of kuwa "to be" that serve as auxiliaries (alikuwa, imekuwa,
 * huwa), kuna "there is", question words and common adverbs.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][10] = {
	"aidha", "alikuwa", "aliyekuwa", "ama", "ambacho", "ambako", "ambalo",
	"ambamo", "ambao", "ambapo", "ambavyo", "ambaye", "ambayo", "ambazo",
	"amekuwa", "ana", "atakuwa", "au", "baada", "baadhi", "badala",
	"bado", "bali", "basi", "bila", "cha", "chake", "changu", "chao",
	"chetu", "chini", "chochote", "chote", "dhidi", "gani", "hadi",
	"hakuna", "hakuwa", "halafu", "hao", "hapa", "hapo", "hasa", "hata",
	"hatimaye", "hawa", "haya", "hayo", "hicho", "hii", "hiki", "hili",
	"hilo", "hivi", "hivyo", "hiyo", "hizi", "hizo", "huenda", "huko",
	"huku", "humo", "humu", "huo", "huu", "huwa", "huyo", "huyu",
	"ijapokuwa", "ikiwa", "iko", "ila", "ile", "ili", "ilikuwa",
	"imekuwa", "ingawa", "ipi", "ipo", "isipokuwa", "itakuwa", "iwapo",
	"je", "juu", "kabisa", "kabla", "kadhaa", "kama", "kamwe", "karibu",
	"kati", "katika", "kila", "kile", "kingine", "kipi", "kisha", "kote",
	"kuhusu", "kule", "kuliko", "kulikuwa", "kuna", "kupitia", "kutoka",
	"kutokana", "kuwa", "kwa", "kwake", "kwako", "kwamba", "kwangu",
	"kwanini", "kwanza", "kwao", "kwenye", "kwetu", "la", "labda", "lake",
	"lakini", "langu", "lao", "lazima", "leo", "letu", "licha", "lile",
	"lingine", "lini", "lolote", "lote", "mbali", "mbele", "mbona",
	"mengi", "mengine", "mimi", "mingi", "mingine", "miongoni", "mle",
	"mno", "moja", "mpaka", "mwa", "mwenye", "mwingine", "na", "nami",
	"nani", "nao", "naye", "nayo", "ndani", "ndicho", "ndilo", "ndio",
	"ndipo", "ndivyo", "ndiye", "ndiyo", "ngapi", "ni", "nilikuwa",
	"nini", "ninyi", "nje", "nyingi", "nyingine", "nyinyi", "nyote",
	"nyuma", "pa", "pale", "pamoja", "peke", "pengine", "pia", "popote",
	"pote", "sababu", "sana", "sasa", "si", "sio", "sisi", "siyo", "sote",
	"tangu", "tayari", "tena", "tu", "ule", "vile", "vilevile", "vingi",
	"vingine", "vipi", "vya", "vyake", "vyangu", "vyao", "vyetu", "vyote",
	"wa", "wakati", "wake", "wako", "wala", "wale", "walikuwa", "wana",
	"wangu", "wao", "wapi", "wengi", "wengine", "wenye", "wetu", "wewe",
	"wote", "wowote", "ya", "yaani", "yake", "yako", "yale", "yangu",
	"yao", "yenye", "yetu", "yeye", "yeyote", "yote", "yoyote", "yuko",
	"yule", "yupi", "yupo", "za", "zaidi", "zake", "zako", "zangu", "zao",
	"zetu", "zile", "zote", "zozote"
};

/* Before a name: Bw. (Bwana), Bi. (Bibi), Dkt. and Dk. (Daktari), Dr.,
 * Prof., Mhe. and Mh. (Mheshimiwa), Mch. (Mchungaji), Mwl. (Mwalimu),
 * Ndg. (Ndugu), Mt. (Mtakatifu, a saint: "Kanisa la Mt. Yosefu"). */
static const char titles[][5] = {
	"bi", "bw", "dk", "dkt", "dr", "mch", "mh", "mhe", "mt", "mwl", "ndg",
	"prof"
};

/* Usually followed by a period, but may end a sentence (... nk.): the
 * months (Jan., Ago., Des.), Na. (Namba) and No., uk. (ukurasa) and kur.
 * (kurasa), mf. (mfano), nk. (na kadhalika), taz. (tazama), Ltd. after a
 * firm's name.  The dotted ones (n.k., k.m., K.K., S.L.P.) need no list:
 * the splitter knows a dotted acronym. */
static const char abbrevs[][5] = {
	"ago", "apr", "des", "feb", "jan", "kur", "ltd", "mf", "na", "nk",
	"no", "nov", "okt", "sep", "sept", "taz", "uk"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][4] = {
	"kur", "mf", "nk", "taz", "uk"
};

/* Relative pronouns, the amba- forms of the classes: a remark in
 * brackets that opens with one belongs to the sentence before. */
static const char relatives[][8] = {
	"ambacho", "ambako", "ambalo", "ambamo", "ambao", "ambapo", "ambavyo",
	"ambaye", "ambayo", "ambazo"
};

/* Words that cannot end a line or a heading: the associative forms,
 * prepositions, conjunctions, the relatives and the -enye forms
 * ("having").  Not kutoka, kupitia (also infinitives: "to go out") nor
 * mpaka (also "border"). */
static const char dangling[][9] = {
	"ambacho", "ambako", "ambalo", "ambamo", "ambao", "ambapo", "ambavyo",
	"ambaye", "ambayo", "ambazo", "au", "baada", "badala", "bali", "bila",
	"cha", "chenye", "dhidi", "hadi", "ila", "ili", "katika", "kila",
	"kuhusu", "kuliko", "kutokana", "kwa", "kwamba", "kwenye", "la",
	"lakini", "lenye", "licha", "miongoni", "mwa", "mwenye", "na", "pa",
	"penye", "tangu", "vya", "vyenye", "wa", "wala", "wenye", "ya",
	"yenye", "za", "zenye"
};

/* Abbreviations that close their phrase: n.k. (na kadhalika); a
 * capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"n.k"
};

const lang lang_sw = {
	.code = "sw",
	.name = "Swahili",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 8),
	.stem = NULL,	/* none: each word is its own stem */
};
