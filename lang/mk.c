/*
 * mk.c - Macedonian: its word lists (see lang.h), and no stemmer.
 *
 * Macedonian, as Bulgarian, has lost the case endings of nouns: what a
 * case said, a preposition and the order of the words say, and only the
 * personal pronouns keep object forms, full (мене, него, неа, нив) and
 * short (ме, те, го, ја, нѐ, ве, ги; ми, ти, му, ѝ, ни, ви, им).  The
 * short ones are among the commonest words, as they double a definite
 * object ("Го видов Марко"), so all are listed.  The article is
 * postposed and written as one word with the noun or adjective before
 * it, in three kinds: plain (-от, -та, -то, -те), near (-ов, -ва, -во,
 * -ве) and far (-он, -на, -но, -не).  It makes a new form of every noun,
 * not a word of its own, so no list can hold it; only the possessives,
 * which take it as adjectives do (мојот, нашата, нивните), are listed
 * with it.  The verb keeps its persons and its tenses are built of
 * small words: the present and the past of сум (сум, си, е, сме, сте,
 * се; бев, беше, беа; бил, била, било, биле), also the perfect's
 * auxiliary (сум дошол), and of има and нема, which build the perfect
 * of има (има направено) and the negative future (нема да дојде); the
 * future is the particle ќе, the infinitive is lost for the particle да
 * (сака да дојде), the conditional is би.  Each is a word of its own
 * and is listed.  The grave accent tells like words apart: нѐ (us) from
 * не (not), сѐ (everything) from се, ѝ (to her) from и (and); ѐ and ѝ
 * are the precomposed letters (U+0450, U+045D), as NFC keeps them.
 * Then the demonstratives (овој, тој, оној, their forms), question and
 * relative words (кој, што, чиј, and the relatives in -што), the
 * indefinites (некој, никој, секој), prepositions, conjunctions,
 * particles (ли, дали, нека), the modals може, мора, треба and adverbs
 * of time, place and degree.  With no stemmer each word is its own
 * stem, so every form is listed as it is written, in lower case.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][19] = {
	"а", "ако", "ама", "беа", "бев", "бевме", "бевте", "без", "беше",
	"би", "бидат", "биде", "бидејќи", "бил", "била", "биле", "било",
	"вака", "вас", "ваш", "ваша", "вашата", "ваше", "вашето", "ваши",
	"вашиот", "вашите", "ве", "веднаш", "веќе", "ви", "вие", "внатре",
	"во", "врз", "всушност", "вчера", "ги", "го", "да", "дали", "дека",
	"денес", "до", "додека", "доколку", "доста", "друг", "друга", "други",
	"друго", "дури", "е", "еве", "еден", "една", "едни", "едно", "ете",
	"за", "зад", "заради", "затоа", "зашто", "значи", "зошто", "и",
	"иако", "или", "им", "има", "имаат", "имало", "имам", "имаше",
	"инаку", "исто", "каде", "кадешто", "каква", "какви", "какво", "како",
	"каков", "кај", "кога", "кого", "кое", "коешто", "кои", "коишто",
	"колку", "кон", "кој", "која", "којашто", "којшто", "ли", "малку",
	"ме", "мене", "меѓу", "меѓутоа", "ми", "многу", "мое", "моето",
	"можат", "може", "можеби", "можеше", "мои", "моите", "мора", "мој",
	"моја", "мојата", "мојот", "му", "на", "навистина", "над", "надвор",
	"наместо", "нас", "наш", "наша", "нашата", "наше", "нашето", "наши",
	"нашиот", "нашите", "не", "неа", "него", "негов", "негова",
	"неговата", "негови", "неговиот", "неговите", "негово", "неговото",
	"нека", "некаде", "некако", "некогаш", "некого", "некое", "некои",
	"неколку", "некој", "некоја", "нема", "немало", "немаше", "нешто",
	"нејзин", "нејзина", "нејзината", "нејзини", "нејзиниот", "нејзините",
	"нејзино", "нејзиното", "ни", "нив", "нивен", "нивна", "нивната",
	"нивни", "нивниот", "нивните", "нивно", "нивното", "ние", "ниеден",
	"ниедна", "ниедно", "низ", "никаде", "никако", "никогаш", "никого",
	"никое", "никои", "никој", "никоја", "ниту", "ништо", "но", "нѐ",
	"ова", "оваа", "овде", "овие", "овој", "од", "односно", "околу",
	"она", "онаа", "онака", "оние", "оној", "освен", "особено", "оти",
	"откако", "па", "пак", "по", "повеќе", "под", "покрај", "помеѓу",
	"поради", "после", "потоа", "пред", "преку", "при", "против",
	"речиси", "сам", "сама", "сами", "само", "свое", "своето", "свои",
	"своите", "свој", "своја", "својата", "својот", "се", "себе", "сега",
	"секаде", "секако", "секогаш", "секого", "секое", "секој", "секоја",
	"сепак", "си", "сите", "сме", "со", "според", "спрема", "спроти",
	"сред", "сте", "сум", "сѐ", "таа", "така", "таква", "такви", "такво",
	"таков", "таму", "твое", "твоето", "твои", "твоите", "твој", "твоја",
	"твојата", "твојот", "те", "тебе", "ти", "тие", "тоа", "тогаш",
	"токму", "толку", "тој", "треба", "требаше", "тука", "туку", "утре",
	"уште", "често", "чие", "чии", "чиј", "чија", "што", "штом", "ја",
	"јас", "ќе", "ѝ"
};

/* Before a name: проф. Петровски, доц., акад., вонр. проф. (вонреден),
 * дипл. инж., арх., ген., полк., Св. Климент.  Доктор and магистер are
 * written with a hyphen and no period (д-р, м-р), as are г-дин, г-ѓа and
 * г-ца: the hyphen parts them in two words, no period follows, and they
 * need no entry.  Not г., which after a year is година (1991 г.) and
 * ends a sentence; a letter alone is read as an initial anyway. */
static const char titles[][9] = {
	"акад", "арх", "вонр", "ген", "дипл", "доц", "инж", "полк", "проф",
	"св"
};

/* Usually followed by a period, but may end a sentence (... и др.):
 * бр. (број), стр. (страница), ул., бул., пл. (улица, булевар,
 * плоштад), год. (година), итн. (и така натаму), др. (и други), сл. (и
 * слично), напр. and пр. (на пример), сп. (спореди), вкл.
 * (вклучително), гл. (главен), изд. (издание), чл., ст., ал. (член,
 * став, алинеја of a law), тел., мин., сек., илј., млрд.  All are
 * written in lower case too.  Dotted ones (т.е., т.н., о.г., пр.н.е.)
 * need no entry, and a letter alone (г. година, в. век, с. село) is
 * read as an initial.  Not ден. (денари), ред. (редовен) nor мил.
 * (милиони): the words ден (day), ред (во ред, all right) and мил (dear)
 * end sentences, which a listed one ends only before a stopword ("убав
 * ден. Марко дојде" would be one); the word after мил. or ден. is in
 * lower case, where no sentence ends anyway.  Ordinals are written with
 * a suffix (1-ви, 2-ри, 3-ти, 8-ми) or in Roman numerals (XX век), and
 * dates with no period (3 мај 2024), so a number's period is no
 * ordinal's: no ordinal_dot, as in Bulgarian. */
static const char abbrevs[][9] = {
	"ал", "бр", "бул", "вкл", "гл", "год", "др", "изд", "илј", "итн",
	"мин", "млрд", "напр", "пл", "пр", "сек", "сл", "сп", "ст", "стр",
	"тел", "ул", "чл"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before: кој and чиј in their forms, што, and the
 * relatives in -што. */
static const char relatives[][15] = {
	"кадешто", "кого", "кое", "коешто", "кои", "коишто", "кому", "кој",
	"која", "којашто", "којшто", "чие", "чиешто", "чии", "чиишто", "чиј",
	"чија", "чијашто", "чијшто", "што"
};

/* Prepositions, conjunctions, the future particle and the possessives
 * with the article, which cannot end a line. */
static const char dangling[][19] = {
	"а", "ако", "без", "бидејќи", "вашата", "вашето", "вашиот", "вашите",
	"во", "врз", "да", "дека", "до", "за", "зад", "зашто", "и", "иако",
	"или", "кај", "кон", "меѓу", "моето", "моите", "мојата", "мојот",
	"на", "над", "нашата", "нашето", "нашиот", "нашите", "неговата",
	"неговиот", "неговите", "неговото", "нејзината", "нејзиниот",
	"нејзините", "нејзиното", "нивната", "нивниот", "нивните", "нивното",
	"низ", "но", "од", "околу", "освен", "по", "под", "покрај", "помеѓу",
	"поради", "пред", "преку", "при", "против", "своето", "своите",
	"својата", "својот", "со", "според", "спрема", "спроти", "сред",
	"твоето", "твоите", "твојата", "твојот", "туку", "ќе"
};

/* Abbreviations that close their phrase: итн. and и т.н. (и така
 * натаму), и др. (и други); a capital after one opens a sentence (see
 * lang.h). */
static const char phrase_ends[][7] = {
	"др", "итн", "т.н"
};

const lang lang_mk = {
	.code = "mk",
	.name = "Macedonian",
	.script = SCRIPT_CYRILLIC,
	.stopwords = WORD_LIST(stopwords, 18),
	.titles = WORD_LIST(titles, 8),
	.abbrevs = WORD_LIST(abbrevs, 8),
	.lower_abbrevs = WORD_LIST(abbrevs, 8),	/* all of them */
	.phrase_ends = WORD_LIST(phrase_ends, 6),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 14),
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};
