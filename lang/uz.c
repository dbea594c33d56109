/*
 * uz.c - Uzbek, in its Latin alphabet: its word lists (see lang.h), and
 * no stemmer.
 *
 * Uzbek is a Turkic language of the Karluk branch, and agglutinative:
 * suffixes follow the stem one after another (kitob-lar-imiz-da, "in
 * our books").  Unlike Kazakh and Turkish it has lost vowel harmony, so
 * that most suffixes have one form: the plural -lar, the genitive -ning,
 * the accusative -ni, the locative -da, the ablative -dan; the dative -ga
 * is -ka after k and -qa after q (uyga, yurakka, qishloqqa).  Pronouns
 * decline in these cases (men, mening, menga, meni, menda, mendan), the
 * third person and the demonstratives on a stem with n (u: uning, unga,
 * uni; bu: buning, bunga; shu: shuning, shunga), and siz, "you" to one
 * person politely, has the plural sizlar.  There are no prepositions:
 * postpositions follow their noun (uchun, bilan, haqida, bo'yicha,
 * orqali, kabi, keyin, beri), many of them nouns in a case themselves
 * (davomida, asosida, tomonidan, o'rtasida, natijasida).  With no
 * stemmer each word is its own stem, so the stopwords list the forms
 * one by one: personal and reflexive pronouns in their cases, the
 * demonstratives bu, shu and o'sha (and ushbu, mazkur of written Uzbek)
 * with theirs and with the adverbs made from them (bunday, shuncha),
 * question words, indefinite and negative pronouns (kimdir, biror, hech,
 * hamma, barcha, har, ba'zi), postpositions, conjunctions (va, hamda,
 * lekin, ammo, biroq, yoki, chunki, agar; shuning uchun, "therefore", is
 * shuning and uchun), particles, the copula's edi, ekan, emas and emish,
 * written apart (its present, -man, -san, -dir, is joined to its word
 * and lists nothing), the forms of bo'l- ("be, become"), of the light
 * verbs et- and qil- (taqdim etdi, qaror qildi), of de- ("say", whose
 * deb and degan join clauses), hisoblanadi (the written "is": poytaxti
 * hisoblanadi), kerak, mumkin, bor and yo'q, and common adverbs.  The
 * engine parts a word at a hyphen, so that the particles a hyphen sets
 * off (bo'lsa-da, bilasan-ku, kecha-yu kunduz) are listed as da, ku and
 * yu, and bir-biriga is bir and biriga; the question particle -mi and
 * -chi are joined to their word (keldingmi, senchi), but chat types
 * them apart or hyphened too, and they are listed as mi and chi.
 *
 * The alphabet is the Latin letters but c and w, with oʻ and gʻ, written
 * with U+02BB MODIFIER LETTER TURNED COMMA, and the digraphs sh, ch and
 * ng; the tutuq belgisi, U+02BC MODIFIER LETTER APOSTROPHE, marks a
 * glottal stop or a long vowel (maʼlumot, taʼlim, sanʼat).  Few keyboards
 * have either sign: most text types an ASCII apostrophe for both
 * (o'zbek, ma'lumot), some U+2019 (o’zbek), many news sites U+2018
 * (o‘zbek).  The engine folds all four to the ASCII apostrophe inside a
 * word (engine/words.c, is_apostrophe), so each word has one key, and
 * the lists hold it so: bo'lib, to'g'risida, ba'zi.  The backtick
 * (o`zbek) stays punctuation and cuts the word in two.  In strcmp()
 * order the apostrophe (27) sorts before every letter: bo'lib before
 * boshqa.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][12] = {
	"aftidan", "agar", "agarda", "albatta", "allaqachon", "ammo",
	"ana", "anavi", "ancha", "aslida", "aslo", "asosan", "asosida",
	"atrofida", "avval", "axir", "aynan", "ayni", "ayniqsa",
	"ayrim", "ayrimlari", "ba'zan", "ba'zi", "ba'zilar",
	"ba'zilari", "balki", "barcha", "barchaga", "barchani",
	"barchasi", "basharti", "beri", "bilan", "binoan", "bir",
	"birdan", "birga", "biri", "biriga", "birini", "biroq", "biror",
	"birorta", "birov", "biroz", "biz", "bizda", "bizdan", "bizga",
	"bizni", "bizning", "bo'l", "bo'ladi", "bo'ladigan", "bo'ldi",
	"bo'lgach", "bo'lgan", "bo'lganda", "bo'lgani", "bo'lib",
	"bo'lish", "bo'lishi", "bo'lmadi", "bo'lmagan", "bo'lmasa",
	"bo'lmaydi", "bo'lmoqda", "bo'lsa", "bo'lyapti", "bo'yicha",
	"bo'ylab", "bois", "bor", "borasida", "boshqa", "boshqacha",
	"boshqalar", "bu", "bugun", "bular", "bulardan", "bularni",
	"bularning", "bunaqa", "buncha", "bunda", "bundan", "bunday",
	"bunga", "buni", "buning", "butun", "buyon", "chi", "chog'ida",
	"chunki", "da", "davomida", "deb", "dedi", "degan", "deganda",
	"degani", "demak", "deya", "deyarli", "deydi", "deyiladi",
	"deyilgan", "doim", "doimo", "doir", "doirasida", "e'tiboran",
	"edi", "edik", "edilar", "edim", "eding", "edingiz", "ehtimol",
	"ekan", "ekani", "ekanini", "ekanligi", "emas", "emasmi",
	"emish", "endi", "eng", "ertaga", "esa", "etadi", "etayotgan",
	"etdi", "etgan", "etib", "etiladi", "etilgan", "etish",
	"etishi", "etmoqda", "faqat", "faqatgina", "g'oyat", "garchi",
	"go'yo", "go'yoki", "ha", "hali", "ham", "hamda", "hamisha",
	"hamma", "hammaga", "hammani", "hammasi", "hamon", "haqida",
	"har", "hatto", "hech", "hisoblanadi", "hisoblanib", "holbuki",
	"holda", "hozir", "hozirda", "iborat", "ichida", "ila",
	"ilgari", "juda", "jumladan", "kabi", "kecha", "kerak", "keyin",
	"ki", "kim", "kimda", "kimdan", "kimdir", "kimga", "kimlar",
	"kimni", "kimning", "ko'p", "ko'pchilik", "ko'pgina",
	"ko'pincha", "ko'plab", "ko'proq", "ko'ra", "ku", "lekin",
	"lozim", "mabodo", "mana", "masalan", "mavjud", "mayli",
	"mazkur", "men", "menda", "mendan", "menga", "meni", "mening",
	"mi", "mobaynida", "mumkin", "mutlaqo", "muvofiq", "na",
	"nafaqat", "narsa", "natijasida", "necha", "nechta", "nega",
	"negaki", "nihoyat", "nihoyatda", "nima", "nimada", "nimadan",
	"nimadir", "nimaga", "nimalar", "nimani", "nimaning",
	"nisbatan", "o'rniga", "o'rtasida", "o'sha", "o'shanda",
	"o'shandan", "o'shanday", "o'shanga", "o'shani", "o'shaning",
	"o'ta", "o'z", "o'zaro", "o'zi", "o'zida", "o'zidan", "o'ziga",
	"o'zim", "o'zimiz", "o'zing", "o'zingiz", "o'zini", "o'zining",
	"o'zlari", "o'zlarini", "o'zlarining", "odatda", "oid",
	"oldida", "oldin", "orasida", "orqali", "orqasida", "ostida",
	"oz", "ozgina", "paytida", "qachon", "qadar", "qanaqa",
	"qancha", "qanchalik", "qanday", "qandaydir", "qani", "qarab",
	"qaraganda", "qaramay", "qariyb", "qarshi", "qayer", "qayerda",
	"qayerdan", "qayerga", "qaysi", "qaysidir", "qiladi", "qildi",
	"qilgan", "qilib", "qilinadi", "qilingan", "qilish", "qilmoqda",
	"ravishda", "sababi", "sababli", "sal", "sari", "sen", "senda",
	"sendan", "senga", "seni", "sening", "shart", "shekilli", "shu",
	"shular", "shulardan", "shularni", "shularning", "shunaqa",
	"shuncha", "shunchaki", "shunchalik", "shunda", "shundan",
	"shunday", "shunga", "shuni", "shuning", "shuningdek",
	"sifatida", "singari", "sira", "siz", "sizda", "sizdan",
	"sizga", "sizlar", "sizlarda", "sizlardan", "sizlarga",
	"sizlarni", "sizlarning", "sizni", "sizning", "so'ng",
	"so'ngra", "tarzda", "tashqari", "taxminan", "to",
	"to'g'risida", "tobora", "toki", "tomon", "tomonidan",
	"tufayli", "u", "uchun", "ular", "ularda", "ulardan", "ularga",
	"ularni", "ularning", "umuman", "unda", "undan", "unga", "uni",
	"uning", "ushbu", "ustida", "va", "vaholanki", "vaqtida",
	"xo'p", "xolos", "xuddi", "xullas", "xususan", "xususida",
	"ya'ni", "yana", "yanada", "yo", "yo'q", "yoki", "yonida",
	"yoxud", "yu", "yuzasidan", "zarur", "zero"
};

/* Before a name: prof. (professor), dots. (dotsent) and akad.
 * (akademik), as Russian writes them and Uzbek has taken them.  Janob
 * ("Mr.") and xonim ("Mrs.") are written in full; the degrees (t.f.d.
 * and the like) are abbreviations below, as they also stand after a
 * name. */
static const char titles[][5] = {
	"akad", "dots", "prof"
};

/* Usually followed by a period, but may end a sentence (... va h.k.): y.
 * and yy. (yil, "year"; yillar) after their number, apart from it or
 * joined by a hyphen ("1991 y.", "1991-y.", "1995-2000 yy."); mil. av.
 * (miloddan avval, BC, before its number: "mil. av. 4-asr"; the century,
 * asr, is written out); h.k. (va hokazo, "etc.") and sh.k. (va shu
 * kabilar, "and the like"); mln. and mlrd. (million, milliard: with the
 * period in books, most often without in news; ming, thousand, is a
 * word of its own); taxm. (taxminan, "about", in reference works);
 * addresses after their name (Toshkent sh. for shahri, city; Chilonzor
 * tum. for tumani, district; Samarqand vil. for viloyati, region; Navoiy
 * ko'ch. for ko'chasi, street); b. and t. (bet, page; tom, volume); tel.
 * (telefon).  Units are symbols and take no period (5 km, 20 kg, 3 m, 10
 * sm), so none is listed.  The degrees: t.f.d. and t.f.n. (tarix or
 * texnika fanlari doktori, nomzodi: doctor, candidate of history or
 * engineering), and so f. (filologiya), i. (iqtisodiyot), p.
 * (pedagogika), b. (biologiya), k. (kimyo), yu. (yuridik, law) and m.
 * (the end of f.-m.f.d., physics and mathematics, which the hyphen
 * parts).  The dotted ones are kept whole ("h.k", as ru.c keeps "т.д").
 *
 * Three are a name's initials: a letter alone is one to the engine
 * already, but a name may open with a digraph or oʻ, gʻ (Sh. Rashidov,
 * Ch. Aytmatov, Oʻ. Hoshimov, Gʻ. Gʻulom).  sh is listed for shahri; ch,
 * o' and g' are added (oʻ and gʻ as the engine folds them).  Before a
 * period the splitter reads the word back over letters and periods
 * only, so that with an ASCII apostrophe it reads ko'ch. as ch., an
 * abbreviation by the same entry, and O'. Hoshimov as no word at all,
 * which no list can mend; ko'ch is listed too, for the places that read
 * a word whole (the word after a period).
 *
 * Uzbek writes its ordinals with a hyphen (5-sinf, 31-avgust, 2024-yil,
 * with or without a case ending: 31-avgustda) or as a Roman number
 * before asr (XX asr), never "5.", so a number's period is no ordinal's
 * (no ordinal_dot).  A place after a date takes a case, no preposition
 * before it ("1991 y. Toshkentda"), and a year's mark before a capital
 * is followed by a name far more often than it ends a sentence, whose
 * verb comes last in Uzbek: place_by_case, as in Kazakh and Turkish. */
static const char abbrevs[][7] = {
	"av", "b", "b.f.d", "b.f.n", "ch", "f.f.d", "f.f.n", "g'",
	"h.k", "i.f.d", "i.f.n", "k.f.d", "k.f.n", "ko'ch", "m.f.d",
	"m.f.n", "mil", "mln", "mlrd", "o'", "p.f.d", "p.f.n", "sh",
	"sh.k", "t", "t.f.d", "t.f.n", "taxm", "tel", "tum", "vil", "y",
	"yu.f.d", "yu.f.n", "yy"
};

/* Words that cannot end a line or a heading: conjunctions, and the
 * words that stand before a noun (the demonstratives bu, shu, o'sha,
 * ushbu, mazkur, anavi; determiners such as har, hech, barcha, hamma,
 * butun, ba'zi, ayrim, bir, ko'plab, qaysi; the possessive genitives
 * mening, uning, bizning; eng, juda, o'ta, nihoyatda before an
 * adjective; hatto and xuddi before the word they stress).  The
 * postpositions follow their noun and may end one, bilan among them
 * (though as "and" it stands between two nouns: Aziz bilan Nodira); so
 * may the particles ham, esa, -da, -chi, which follow their word, and
 * the question words that end a question (qanday, qachon, qayerda). */
static const char dangling[][11] = {
	"agar", "agarda", "ammo", "anavi", "ayrim", "ba'zi", "balki",
	"barcha", "basharti", "bir", "biroq", "biror", "birorta",
	"bizning", "bu", "butun", "chunki", "eng", "g'oyat", "garchi",
	"hamda", "hamma", "har", "hatto", "hech", "holbuki", "juda",
	"ko'pgina", "ko'plab", "lekin", "mabodo", "mazkur", "mening",
	"na", "nafaqat", "negaki", "nihoyatda", "o'sha", "o'ta", "o'z",
	"qaysi", "sening", "shu", "sizlarning", "sizning", "ularning",
	"uning", "ushbu", "va", "vaholanki", "xuddi", "yo", "yoki",
	"yoxud"
};

/* Abbreviations that close their phrase: h.k. (va hokazo) and sh.k. (va
 * shu kabilar) after a list; a capital after one opens a sentence (see
 * lang.h), and the engine finds them written apart ("h. k.") as well.
 * The era mil. av. stands before its year, not after it as Russian's
 * н. э. does, and closes nothing. */
static const char phrase_ends[][5] = {
	"h.k", "sh.k"
};

/* No relatives: Uzbek makes its relative clauses with participles before
 * the noun (kecha kelgan odam, "the man who came yesterday"), and no
 * word opens one.  No said either: a verb of saying follows its
 * quotation after a dash and in lower case («...», — dedi u; «...?» —
 * deb so'radi), where the sentence goes on without one; and though the
 * verb ends the clause, verb_final serves the scripts without case.  No
 * times: the hour is written with a colon (soat 9:00 da) and no
 * abbreviation marks its half of the day. */
const lang lang_uz = {
	.code = "uz",
	.name = "Uzbek",
	.script = SCRIPT_LATIN,
	.place_by_case = 1,
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(abbrevs, 6),	/* all written so */
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = NO_WORDS,
	.dangling = WORD_LIST(dangling, 10),
	.stem = NULL,	/* none: each word is its own stem */
};
