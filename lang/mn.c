/*
 * mn.c - Mongolian: its word lists (see lang.h), and no stemmer.
 *
 * Mongolian (Khalkha, as Mongolia writes it in Cyrillic) is a Mongolic
 * language, and agglutinative: suffixes follow the stem one after
 * another (ном-ууд-аас-аа, "from one's own books"), each in the form
 * that vowel harmony chooses, with a back vowel (а о у) after a back
 * stem and a front one (э ө ү) after a front stem, и going with either,
 * and a rounded о or ө taking its like: the ablative is -аас, -ээс,
 * -оос, -өөс, the instrumental -аар, -ээр, -оор, -өөр, the comitative
 * -тай, -тэй, -той; the genitive -ын, -ийн, -ы, -ий, -ны, the
 * accusative -ыг, -ийг, -г, the dative-locative -д or -т.  The
 * directive руу, рүү (луу, лүү after an р) is written apart, and so are
 * the particles: нь (the third person's possessive, also the topic's
 * mark), бол (the topic), ч ("even, also"), л ("just"), the questions
 * уу, үү (юу, юү after a long vowel) where the sentence has no question
 * word and вэ, бэ where it has one, and шүү, даа, дээ, доо, дөө, биз,
 * билээ for stress and doubt.  The pronouns change their stem in the
 * cases: би ("I") makes миний, намайг, надад, надаас; тэр ("he, she, that")
 * makes түүний, түүнийг, түүнд; энэ ("this") makes үүний, үүнийг,
 * үүнд.  There are no prepositions: postpositions follow their noun
 * (тухай, дээр, доор, өмнө, хойно, хойш, хүртэл, дотор, гадна, хамт,
 * тулд, төлөө, учир, зэрэг, мэт, шиг), some of them nouns in a case
 * themselves (хүрээнд, үүднээс, хувьд, оронд).  With no stemmer each
 * word is its own stem, so the stopwords list the forms one by one:
 * personal and reflexive pronouns (өөрөө, өөрийн, өөрсдөө) in their
 * cases, the possessives манай, танай and their -х forms (минийх,
 * "mine"), the demonstratives энэ, тэр, эдгээр, тэдгээр with theirs,
 * ийм, тийм and the adverbs made of them (иймээс, тиймээс, ингэж,
 * тэгээд), question words, the determiners of news prose (тус, уг,
 * тухайн: "the said", "the given"), postpositions, conjunctions (ба and
 * болон between nouns, бөгөөд between clauses, гэвч, харин, эсвэл,
 * буюу, тул), particles, modal words (ёстой, хэрэгтэй, магадгүй), and
 * common adverbs.  Clauses are mostly joined by a verb's converb
 * (-ж, -аад, -вал, -хад), not by a conjunction, so the forms of the
 * verbs that do a conjunction's work are listed too: байх ("be": байна,
 * байсан, байгаа, байх), болох ("become, may": болно, болсон, болох),
 * гэх ("say", the mark of a quotation and of a name: гэж, гэсэн,
 * гэдэг; гэвч, гэхдээ, "but", are its forms), and хийх ("do", with a
 * noun as the verb of many phrases).  Left out: нар (the plural of
 * persons, written apart: багш нар, "the teachers"), which is also
 * "sun"; сая ("million", and "just now") and тэрбум, numbers as words;
 * он ("year"), which the dates use as a noun ("2024 онд").
 *
 * The alphabet is Russian's 33 letters and two of its own: ө and ү.
 * In strcmp() order of their UTF-8 bytes both sort after я (D1 8F) and
 * ё (D1 91): ү (U+04AF, D2 AF), then ө (U+04E9, D3 A9); so not in the
 * alphabet's order (о ө п ... у ү ф), and ёстой after ямар.  The lists
 * hold ө and ү as they should be written, not the Ukrainian є and ї
 * that some older fonts put in their place.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][21] = {
	"адил", "аливаа", "алин", "аль", "арай", "ахиад", "ачаар", "ба",
	"бага", "байв", "байвал", "байвч", "байгаа", "байгааг", "байгаагүй",
	"байгаад", "байдаг", "байдаггүй", "байж", "байжээ", "байлаа", "байна",
	"байнга", "байсаар", "байсан", "байсангүй", "байсны", "байсныг",
	"байтал", "байтугай", "байх", "байхаар", "байхад", "байхгүй", "байхыг",
	"байхын", "бараг", "бас", "би", "бид", "бидний", "биднийг", "биднээр",
	"биднээс", "бидэн", "бидэнд", "бидэнтэй", "биз", "бий", "билээ",
	"битгий", "биш", "бол", "болбол", "болвол", "болгож", "болгон",
	"болгосон", "болгох", "болдог", "болж", "болжээ", "боллоо", "болно",
	"болов", "бололтой", "болон", "болоогүй", "болоод", "болох",
	"болохгүй", "болоход", "болохоор", "болохыг", "болохын", "болсны",
	"болсныг", "болсон", "болсонгүй", "болтол", "бусад", "бусдаас",
	"бусдад", "бусдыг", "бусдын", "буюу", "бэ", "бүгд", "бүгдийг",
	"бүгдийн", "бүгдэд", "бүгдээрээ", "бүр", "бүрд", "бүрийн", "бүх",
	"бүхий", "бүхэн", "бүү", "бөгөөд", "вэ", "гагцхүү", "гадна", "гадуур",
	"ганц", "гаруй", "голдуу", "гэв", "гэвч", "гэвэл", "гэдгийг",
	"гэдгийн", "гэдгээ", "гэдэг", "гэдэгт", "гэж", "гэжээ", "гэлгүй",
	"гэлээ", "гэнэ", "гэсний", "гэснийг", "гэсэн", "гэсээр", "гэтэл",
	"гэх", "гэхдээ", "гэхэд", "гэхээр", "гээд", "даа", "дагуу",
	"дамжуулан", "дандаа", "дараа", "дараагийн", "дараах", "дахиад",
	"дахин", "дахь", "доо", "доор", "доороос", "доорх", "дотор", "доторх",
	"дотроо", "дотроос", "дунд", "дундаас", "дэндүү", "дэх", "дээ", "дээр",
	"дээрх", "дээрээ", "дээрээс", "дөнгөж", "дөө", "ер", "ердөө",
	"ерөнхийдөө", "жишээлбэл", "за", "зарим", "заримдаа", "зэрэг",
	"зөвхөн", "ийм", "иймд", "иймэрхүү", "иймээс", "ийнхүү", "ийш", "илүү",
	"ингэж", "ингэснээр", "ингэхдээ", "ингэхэд", "ингээд", "их",
	"ихэвчлэн", "ихээхэн", "л", "лав", "луу", "лүү", "маань", "магадгүй",
	"манай", "манайх", "маргааш", "маш", "миний", "минийх", "минь",
	"мэдээж", "мэт", "мөн", "наана", "наашаа", "над", "надаар", "надаас",
	"надад", "надтай", "намайг", "нилээд", "нь", "нэг", "нэгнээ", "нэгэн",
	"нэгэндээ", "нэгэнт", "нэлээд", "нэн", "нөгөө", "огт", "одоо",
	"одоогоор", "олон", "оронд", "орчим", "руу", "рүү", "саяхан", "сүүлд",
	"та", "талаар", "талаарх", "танаар", "танаас", "танай", "танайх",
	"танд", "тантай", "таны", "таныг", "таных", "тань", "тийм",
	"тиймэрхүү", "тиймээс", "тийнхүү", "тийш", "тийшээ", "тул", "тулд",
	"тун", "турш", "туршид", "тус", "тутам", "тухай", "тухайд",
	"тухайлбал", "тухайн", "тэгвэл", "тэгж", "тэгсэн", "тэгэхдээ",
	"тэгэхэд", "тэгэхээр", "тэгээд", "тэд", "тэдгээр", "тэдгээрийг",
	"тэдгээрийн", "тэдгээрт", "тэдгээртэй", "тэдгээрээр", "тэдгээрээс",
	"тэдний", "тэднийг", "тэднээр", "тэднээс", "тэдэн", "тэдэнд",
	"тэдэнтэй", "тэнд", "тэндээс", "тэр", "тэрхүү", "тэрээр", "түрүүн",
	"түүгээр", "түүн", "түүнд", "түүний", "түүнийг", "түүнийх", "түүнтэй",
	"түүнчлэн", "түүнээс", "төлөө", "уг", "удахгүй", "улмаар", "улмаас",
	"урд", "урьд", "уу", "учир", "учраас", "хаа", "хаана", "хаанаас",
	"хаашаа", "хажууд", "хамаагүй", "хамгийн", "хамт", "хамтаар",
	"хамтдаа", "харин", "хийв", "хийгээд", "хийдэг", "хийж", "хийжээ",
	"хийлээ", "хийнэ", "хийсэн", "хийх", "хийхэд", "хичнээн", "хожим",
	"хойно", "хойш", "хооронд", "хоорондоо", "хоорондын", "хувьд", "хэд",
	"хэдий", "хэдийгээр", "хэдийн", "хэдийнээ", "хэдэн", "хэзээ", "хэмээн",
	"хэмээх", "хэн", "хэнд", "хэний", "хэнийг", "хэнтэй", "хэнээр",
	"хэнээс", "хэр", "хэрвээ", "хэртэй", "хэрхэн", "хэрэв", "хэрэггүй",
	"хэрэгтэй", "хэт", "хэчнээн", "хүртэл", "хүртэлх", "хүрээнд", "цаана",
	"цааш", "цаашаа", "цаашид", "цөөн", "ч", "чадах", "чадахгүй", "чадна",
	"чам", "чамаар", "чамаас", "чамайг", "чамд", "чамтай", "чи", "чиний",
	"чинийх", "чинь", "шахам", "шиг", "шүү", "эдгээр", "эдгээрийг",
	"эдгээрийн", "эдгээрт", "эдгээртэй", "эдгээрээр", "эдгээрээс", "энд",
	"эндээс", "энэ", "энэхүү", "эс", "эсвэл", "эсрэг", "эсхүл", "эсэх",
	"эсэхийг", "эхлээд", "юм", "юмсан", "юмуу", "юу", "юуг", "юугаар",
	"юун", "юунаас", "юунд", "юуны", "юутай", "юү", "яагаад", "яаж",
	"яасан", "яах", "яг", "ялангуяа", "ямар", "ёсоор", "ёстой", "үгүй",
	"үед", "үеэр", "үл", "үнэхээр", "үргэлж", "үү", "үүгээр", "үүднээс",
	"үүн", "үүнд", "үүний", "үүнийг", "үүнтэй", "үүнээс", "өмнө", "өмнөх",
	"өмнөөс", "өнөөдөр", "өчигдөр", "өөр", "өөрийгөө", "өөрийн",
	"өөрийнхөө", "өөрсдийгөө", "өөрсдийн", "өөрсдөө", "өөрсөддөө",
	"өөртөө", "өөрөө", "өөрөөр", "өөрөөсөө"
};

/* Before a name, which Mongolian writes with the initial of the
 * father's name first: проф. Б. Дорж, акад. Ц. Төмөр, and in older
 * texts доц. (доцент; the title now is дэд профессор, written in full).
 * Ноён and хатагтай ("Mr.", "Mrs.") are written in full; the degrees
 * (ш.у.д.) are abbreviations below, as they also stand after a name. */
static const char titles[][9] = {
	"акад", "доц", "проф"
};

/* Usually followed by a period, but may end a sentence (... г.м.): г.м.
 * (гэх мэт, "and so on", also written "г. м."), х. (хуудас, page, after
 * the number: "240 х."), мян. and төг. (мянга, thousand; төгрөг, the
 * currency: "500 мян. төг.", as tables and prices write them), and the
 * degrees ш.у.д. (шинжлэх ухааны доктор, Doctor of Science) and а.у.д.
 * (анагаах ухааны доктор, of medicine).  The dotted ones are kept whole
 * ("г.м", as ru.c keeps "т.д").  Not listed: он ("year") and зуун
 * ("century"), written in full ("2024 онд", "XIII зуун"); сая and
 * тэрбум, words; the eras МЭӨ and МЭ, and the districts СБД, БЗД,
 * acronyms in capitals with no period; дүүрэг, хороо, аймаг, сум and
 * гудамж in an address, written in full; ж.нь (жишээ нь, "e.g."),
 * whose inner period ends nothing and which a colon or a comma follows,
 * not a period of its own.  Mongolian writes its ordinals with an
 * ending (3-р, 3 дугаар, 15-ны) or as a Roman number before зуун, never
 * "3.", so a number's period is no ordinal's (no ordinal_dot).  A place
 * is named in the dative-locative, with no preposition before it, as
 * in Kazakh; but what place_by_case guards there, a place after a
 * year's or a century's mark ("1845 ж. Шыңғыстауда"), Mongolian writes
 * with no period: он and зуун are written in full and take the case
 * themselves ("1990 онд Улаанбаатарт").  The marks after a number that
 * are left, х., мян. and төг., stand last before the verb, as an
 * object nearest it ("Батаас 2 мян. төг. зээлсэн"), or close a sentence
 * that has none ("Махны үнэ 14 мян. төг."), and a name seldom comes
 * between them and the verb: a capital after one opens a sentence, and
 * place_by_case is not set. */
static const char abbrevs[][9] = {
	"а.у.д", "г.м", "мян", "төг", "х", "ш.у.д"
};

/* Words that cannot end a line or a heading: conjunctions, and the
 * words that stand before a noun (the demonstratives энэ, тэр, эдгээр,
 * тэдгээр and тус, уг, тухайн; the possessive genitives миний, таны,
 * түүний, бидний, тэдний, манай, танай, өөрийн; бүх, зарим, аливаа,
 * ямар, аль, хэдэн, нэг; and маш, тун, хамгийн, нэн, хэт before an
 * adjective).  The postpositions follow their noun and may end one;
 * so may the particles нь, бол, ч, л and the question's уу, вэ, which
 * follow their word.  Тэр is "he" as well as "that", but a sentence of
 * Mongolian ends with its verb, not with a subject. */
static const char dangling[][19] = {
	"аливаа", "аль", "ба", "бидний", "болон", "буюу", "бүх", "бөгөөд",
	"гэвч", "гэхдээ", "зарим", "иймд", "иймээс", "манай", "маш", "миний",
	"мөн", "нэг", "нэгэн", "нэн", "танай", "таны", "тиймээс", "тун", "тус",
	"тухайн", "тэгээд", "тэдгээр", "тэдний", "тэр", "тэрхүү", "түүний",
	"түүнчлэн", "уг", "улмаар", "хамгийн", "харин", "хэдийгээр", "хэдэн",
	"хэрвээ", "хэрэв", "хэт", "чиний", "эдгээр", "энэ", "энэхүү", "эсвэл",
	"эсхүл", "ялангуяа", "ямар", "өөрийн"
};

/* Abbreviations that close their phrase: г.м. (гэх мэт) after a list,
 * also written "г. м."; a capital after it opens a sentence (see
 * lang.h).  The eras (МЭӨ, "BC") take no periods. */
static const char phrase_ends[][6] = {
	"г.м"
};

/* No relatives: Mongolian makes its relative clauses with participles
 * before the noun (өчигдөр ирсэн хүн, "the man who came yesterday"),
 * and no word opens one.  No said either: a verb of saying follows its
 * quotation in lower case, after гэж or хэмээн (both "saying"), with
 * or without a dash before them («...» гэж тэр хэлэв; «...?» — гэж ээж
 * асуув), where the sentence goes on without one; and though the verb
 * ends the clause, verb_final serves the scripts without case.  No
 * times: an hour is written 14:30 or in words (14 цаг 30 минут), with
 * no period. */
const lang lang_mn = {
	.code = "mn",
	.name = "Mongolian",
	.script = SCRIPT_CYRILLIC,
	.stopwords = WORD_LIST(stopwords, 20),
	.titles = WORD_LIST(titles, 8),
	.abbrevs = WORD_LIST(abbrevs, 8),
	.lower_abbrevs = WORD_LIST(abbrevs, 8),	/* all written so */
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = NO_WORDS,
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};
