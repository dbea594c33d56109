/*
 * mr.c - Marathi: its word lists (see lang.h), and no stemmer.
 *
 * Marathi joins its case endings to the noun: the accusative and
 * dative -ला, the agent -ने, the genitive -चा -ची -चे -च्या (agreeing
 * with the thing owned), the locative -त and -मध्ये, -वर "on", -साठी
 * "for" (घराला, मुलाने, शाळेचा, गावात, टेबलावर).  So the words that stand
 * apart are few, and very frequent:
 *  - the personal pronouns in the cases written as words of their own
 *    (मी मला माझा, आम्ही आमचा, the inclusive and polite आपण आपला, तू,
 *    तुम्ही तुमचा), the third person, which is also the far
 *    demonstrative (तो ती ते त्या, त्याला त्याने त्याचा त्यांनी
 *    त्यांच्या ...), the near one (हा ही हे या, याचा यांनी यामुळे ...)
 *    and स्वतः "oneself";
 *  - the relatives in ज- (जो जी जे ज्या ज्याच्या ज्यांनी) and the
 *    question words in क- (काय कोण कोणता कुठे केव्हा कधी कसा किती
 *    का), with the correlatives of place, time and manner (येथे तेथे
 *    जेथे, आता तेव्हा जेव्हा, असा असे तसे जसे);
 *  - the copula आहे आहेत and its past होता होती होते, the future होईल
 *    होणार, झाला झाले "became", the participles of असणे that news
 *    writes at every turn (असून, असलेला, असलेल्या, असल्याचे), the
 *    negatives नाही नव्हते नसून नको, and the light verbs the passive
 *    and the compound verbs lean on, in their common forms: करण्यात
 *    आले "was done", केले केलेल्या करून, येणार येत, गेला जाते, शकतो
 *    शकत "can", पाहिजे हवे "must", and म्हणाले "said";
 *  - the conjunctions (आणि व किंवा पण परंतु मात्र की कारण जर तर तरी
 *    म्हणून म्हणजे);
 *  - the postpositions when written apart, after a noun in the oblique
 *    or a number (साठी, करिता and the करीता of many catalogues, नंतर,
 *    पूर्वी, बद्दल, मध्ये, मधील, पर्यंत, पासून, सह, कडे, द्वारे, मुळे
 *    ...), and the endings themselves where a writer parts them from a
 *    number or a name in Latin letters (२०२० च्या, ला, ने, चा);
 *  - the quantifiers and adverbs of every text (सर्व काही अनेक खूप
 *    फार जास्त फक्त केवळ देखील सुद्धा पुन्हा इतर एक).
 * Hindi and Nepali, written in the same letters, share a few of these
 * (की का ने जो तो या होता होते), which tell nothing; what tells Marathi
 * from them is आहे, आणि, नाही, किंवा, मध्ये, the genitives in -चा and
 * the pronouns in त्या- and या-, none of which they write.  The emphatic
 * -च and the "also" -ही join the word before them (तेच, हेच, त्याचबरोबर)
 * and only the forms common alone are listed; ही stands apart as the
 * near feminine pronoun.  No stemmer: Snowball has none for Marathi, so
 * each word is its own stem.  Sentences end at "." as a rule, the danda
 * । where a writer keeps it, "?" and "!"; the period also shortens the
 * titles the press writes before a name and its abbreviations, the
 * splitter's lists below.  The script has no case, so nothing after one
 * tells a new sentence: a word of these lists never ends one before a
 * Marathi word.  Marathi puts its verb last, and a sentence ends with a
 * verb far more often than with an abbreviation, which is why the lists
 * may hold the names of the Latin letters though a few are words too (जे
 * "which", जी, ए and ओ as calls): a sentence seldom ends with one.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][31] = {
	"अजून", "अधिक", "अनेक", "अन्य", "अशा", "अशी", "असणार", "असतात",
	"असताना", "असते", "असलेला", "असलेली", "असलेले", "असलेल्या", "असल्याचे",
	"असल्याने", "असल्यास", "असा", "असून", "असे", "असेल", "आणखी", "आणि",
	"आता", "आधी", "आपण", "आपला", "आपली", "आपले", "आपल्या", "आपल्याला",
	"आमचा", "आमची", "आमचे", "आमच्या", "आम्हाला", "आम्ही", "आला", "आली",
	"आले", "आल्या", "आहे", "आहेत", "इतर", "इथे", "एक", "कडून", "कडे",
	"कधी", "करणार", "करण्याची", "करण्यात", "करण्यासाठी", "करत", "करतात",
	"करते", "करिता", "करीता", "करून", "कशी", "कसा", "कसे", "का", "काय",
	"कारण", "काही", "किंवा", "किती", "की", "कुठे", "केला", "केली", "केले",
	"केलेली", "केलेले", "केलेल्या", "केल्या", "केवळ", "केव्हा", "कोण",
	"कोणता", "कोणती", "कोणते", "कोणत्या", "कोणी", "खूप", "गेला", "गेली",
	"गेले", "गेल्या", "चा", "ची", "चे", "च्या", "जर", "जसे", "जाईल",
	"जाणार", "जातात", "जाते", "जास्त", "जिथे", "जी", "जे", "जेथे",
	"जेव्हा", "जो", "ज्या", "ज्यांच्या", "ज्यांनी", "ज्याच्या", "झाला",
	"झाली", "झाले", "झालेली", "झालेले", "झालेल्या", "झाल्या", "झाल्याचे",
	"तर", "तरी", "तसे", "तसेच", "तिची", "तिच्या", "तिथे", "तिने", "तिला",
	"ती", "तुमचा", "तुमची", "तुमचे", "तुमच्या", "तुम्हाला", "तुम्ही",
	"तुला", "तू", "ते", "तेच", "तेथे", "तेव्हा", "तो", "त्या", "त्यांचा",
	"त्यांची", "त्यांचे", "त्यांच्या", "त्यांना", "त्यांनी", "त्याचा",
	"त्याची", "त्याचे", "त्याच्या", "त्यात", "त्यानंतर", "त्याने",
	"त्यामुळे", "त्याला", "त्यावर", "त्यासाठी", "दरम्यान", "देखील",
	"द्वारे", "नंतर", "नका", "नको", "नव्हता", "नव्हती", "नव्हते", "नसून",
	"नाही", "नाहीत", "ने", "नेहमी", "पण", "परंतु", "पर्यंत", "पासून",
	"पाहिजे", "पुन्हा", "पूर्वी", "पेक्षा", "प्रत्येक", "फक्त", "फार",
	"बद्दल", "बरोबर", "मधील", "मधून", "मध्ये", "मला", "माझा", "माझी",
	"माझे", "माझ्या", "मात्र", "मी", "मुळे", "म्हटले", "म्हणजे", "म्हणाले",
	"म्हणून", "या", "यांचा", "यांची", "यांचे", "यांच्या", "यांना", "यांनी",
	"याचा", "याची", "याच्या", "यात", "यामुळे", "यासाठी", "येणार", "येत",
	"येते", "येथील", "येथे", "ला", "व", "वर", "वरील", "विषयी", "शकत",
	"शकतात", "शकते", "शकतो", "शकेल", "शिवाय", "सगळे", "सध्या", "सर्व",
	"सह", "साठी", "सुद्धा", "सुमारे", "सोबत", "स्वतः", "हवे", "हा", "ही",
	"हे", "हेच", "होईल", "होणार", "होत", "होता", "होतात", "होती", "होतील",
	"होते", "होत्या"
};

/* Titles written with a period before a name: डॉ. (doctor), प्रा.
 * (professor, प्राध्यापक) and the प्रो. of a few papers, श्री. (Mr.), सौ.
 * (a married woman), कु. (an unmarried one), पं. (pandit, a musician or
 * a scholar), मा. (honourable, before an office), कै. and स्व. (the late),
 * ले. (lieutenant, before the rank: ले. कर्नल), the kirtankar's ह.भ.प.,
 * and ॲड. (advocate) in its three spellings: the letter ॲ, अ and the
 * candra sign, and the same with a zero-width joiner between, which
 * older fonts need (written as an escape, being invisible). */
static const char titles[][13] = {
	"अॅड", "अ\u200dॅड", "कु", "कै", "डॉ", "पं", "प्रा", "प्रो", "मा", "ले",
	"श्री", "सौ", "स्व", "ह.भ.प", "ॲड"
};

/* Abbreviations, which in a script without case never end a sentence
 * (see above): इ. (etc., इत्यादी), उदा. (for example), इ.स. (AD) and
 * इ.स.पू. (BC), कि.मी. and मी. (kilometre, metre), क्र. and नं. (number),
 * दि. (dated), ता. and जि. (taluka and district, in an address; ता. is
 * also a date), जि.प. (the district council) and ग्रा.पं. (the village
 * council), रु. (rupees), पृ. (page), वा. (o'clock: सकाळी १० वा.), वि.
 * (versus); and the names of the Latin letters, the initials of a name
 * (ए. पी. जे. अब्दुल कलाम) and the parts of a dotted acronym (एस.टी.).  A
 * part of a dotted abbreviation must be in the list, or the splitter
 * takes the token for a domain name: hence स, पू and प alone.  Marathi
 * writes V as व्ही and Y as वाय.  मी is also "I", which a sentence ends
 * with only when the subject comes last, in speech. */
static const char lower_abbrevs[][22] = {
	"आय", "आर", "इ", "ई", "उदा", "ए", "एक्स", "एच", "एन", "एफ", "एम",
	"एल", "एस", "ओ", "कि", "के", "क्यू", "क्र", "ग्रा", "जि", "जी", "जे",
	"झेड", "टी", "डब्ल्यू", "डी", "ता", "दि", "नं", "प", "पी", "पू", "पृ",
	"बी", "मी", "यू", "रु", "वा", "वाय", "वि", "व्ही", "स", "सी"
};

/* The relative pronoun जो जी जे ज्या in its cases. */
static const char relatives[][28] = {
	"जी", "जे", "जो", "ज्या", "ज्यांचा", "ज्यांची", "ज्यांचे",
	"ज्यांच्या", "ज्यांना", "ज्यांनी", "ज्याचा", "ज्याची", "ज्याचे",
	"ज्याच्या", "ज्याने", "ज्याला"
};

/* Verbs of saying, which end the attribution after a quotation:
 * “…?” आईने विचारले.
 * Folded, sorted. */
static const char said[][25] = {
	"म्हणाला", "म्हणाली", "म्हणाले", "विचारला", "विचारली",
	"विचारले", "सांगितले"
};

/* Words that cannot end a line or a heading: conjunctions, and the
 * genitive endings written apart, which need the noun that follows. */
static const char dangling[][19] = {
	"आणि", "कारण", "किंवा", "की", "चा", "ची", "चे", "च्या", "जर", "जेव्हा",
	"पण", "परंतु", "व"
};

const lang lang_mr = {
	.code = "mr",
	.name = "Marathi",
	.script = SCRIPT_DEVANAGARI,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 30),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 27),
	.said = WORD_LIST(said, 24),
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};
