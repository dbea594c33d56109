/*
 * hi.c - Hindi: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Hindi function words: postpositions, conjunctions and particles, the
 * pronouns in their oblique and possessive forms, the forms of होना,
 * रहना, जाना, करना and सकना that serve as auxiliaries, question words,
 * common adverbs.  Both spellings where the candrabindu, the anusvara or
 * a half letter vary (यहाँ यहां, परंतु परन्तु).  Sorted in strcmp order. */
static const char stopwords[][28] = {
	"अंदर", "अगर", "अथवा", "अधिक", "अन्दर", "अपना", "अपनी", "अपने", "अब",
	"अभी", "अर्थात", "आदि", "आप", "आपका", "आपकी", "आपके", "आपको", "आपने",
	"इत्यादि", "इन", "इनका", "इनकी", "इनके", "इनको", "इनमें", "इन्हीं",
	"इन्हें", "इन्होंने", "इस", "इसका", "इसकी", "इसके", "इसको", "इसने",
	"इसमें", "इसलिए", "इसलिये", "इसी", "इसे", "उन", "उनका", "उनकी",
	"उनके", "उनको", "उनमें", "उन्हीं", "उन्हें", "उन्होंने", "उस", "उसका",
	"उसकी", "उसके", "उसको", "उसने", "उसमें", "उसी", "उसे", "ऊपर", "एक",
	"एवं", "ऐसा", "ऐसी", "ऐसे", "ओर", "और", "कई", "कब", "कभी", "कम", "कर",
	"करके", "करता", "करती", "करते", "करना", "करने", "कहाँ", "कहां", "का",
	"कि", "किंतु", "किए", "कितना", "कितनी", "कितने", "किन", "किन्तु",
	"किया", "किये", "किस", "किसी", "किसे", "की", "कुछ", "के", "केवल",
	"कैसा", "कैसी", "कैसे", "को", "कोई", "कौन", "क्या", "क्यों",
	"क्योंकि", "ख़ुद", "खुद", "गई", "गए", "गया", "गयी", "गये", "चाहिए",
	"चाहिये", "जब", "जहाँ", "जहां", "ज़्यादा", "जा", "जाता", "जाती",
	"जाते", "जाना", "जाने", "जिन", "जिनका", "जिनकी", "जिनके", "जिनमें",
	"जिन्हें", "जिन्होंने", "जिस", "जिसका", "जिसकी", "जिसके", "जिसने",
	"जिसमें", "जिसे", "जी", "जैसा", "जैसी", "जैसे", "जो", "ज्यादा", "तक",
	"तथा", "तब", "तरह", "तुझे", "तुम", "तुम्हारा", "तुम्हारी", "तुम्हारे",
	"तुम्हें", "तू", "तेरा", "तेरी", "तेरे", "तो", "था", "थी", "थीं",
	"थे", "द्वारा", "न", "नहीं", "ना", "नीचे", "ने", "पर", "परंतु",
	"परन्तु", "पहले", "पास", "प्रति", "फिर", "बहुत", "बाद", "बाहर",
	"बिना", "बीच", "भी", "भीतर", "मत", "मुझको", "मुझे", "में", "मेरा",
	"मेरी", "मेरे", "मैं", "यदि", "यह", "यहाँ", "यहां", "यही", "या",
	"यानी", "ये", "रहता", "रहती", "रहते", "रहा", "रही", "रहे", "लगभग",
	"लिए", "लिये", "लेकिन", "व", "वग़ैरह", "वगैरह", "वह", "वहाँ", "वहां",
	"वही", "वाला", "वाली", "वाले", "वे", "वैसा", "वैसे", "श्री", "संग",
	"सकता", "सकती", "सकते", "सदा", "सब", "सबसे", "सभी", "साथ", "सिर्फ",
	"सिर्फ़", "से", "स्वयं", "हम", "हमको", "हमारा", "हमारी", "हमारे",
	"हमें", "हमेशा", "हर", "हाँ", "हां", "ही", "हुआ", "हुई", "हुए", "हूँ",
	"हूं", "है", "हैं", "हो", "होंगे", "होगा", "होगी", "होता", "होती",
	"होते", "होना", "होने"
};

/* Titles abbreviated with a period: डॉ. (doctor, also डा.), प्रो.
 * (professor). */
static const char titles[][13] = {
	"डा", "डॉ", "प्रो"
};

/* Abbreviations, written with a period where a sentence ends at the
 * danda: "ई. सन्" (of the Christian era), "पृ." (page), "रु." (rupees),
 * "सं." (edition, year of the Samvat); and the names of the Latin
 * letters, the initials of many names ("ए. पी. जे. अब्दुल कलाम", "के.
 * आर. नारायणन"), but for आई, a verb (came) that ends sentences where a
 * writer ends them with a period.  No case tells a sentence start, so
 * these never end one before a word that is no function word.  Sorted. */
static const char lower_abbrevs[][22] = {
	"आर", "ई", "ए", "एक्स", "एच", "एन", "एफ", "एम", "एल", "एस", "ओ", "के",
	"क्यू", "ज़ेड", "जी", "जे", "जेड", "टी", "डब्ल्यू", "डी", "पी", "पृ",
	"बी", "यू", "रु", "वाई", "वी", "सं", "सी"
};

/* The relative pronoun जो and the forms of जिस and जिन. */
static const char relatives[][28] = {
	"जिन", "जिनका", "जिनकी", "जिनके", "जिनमें", "जिन्हें", "जिन्होंने",
	"जिस", "जिसका", "जिसकी", "जिसके", "जिसने", "जिसमें", "जिसे", "जो"
};

/* Verbs of saying, which end the attribution after a quotation:
 * “…?” माँ ने पूछा।
 * Folded, sorted. */
static const char said[][13] = {
	"कहा", "पूछा", "बोला", "बोली", "बोले"
};

/* Conjunctions, and the genitive postpositions, which need the noun
 * that follows them. */
static const char dangling[][22] = {
	"अगर", "अथवा", "एवं", "और", "का", "कि", "किंतु", "किन्तु", "की", "के",
	"क्योंकि", "तथा", "परंतु", "परन्तु", "यदि", "या", "लेकिन", "व"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Hindi, after "A Lightweight Stemmer for Hindi"
 * by Ananthakrishnan Ramanathan and Durgesh D. Rao.
 *
 * One step: the longest of the suffixes below that ends the word is
 * deleted, provided the word's first character stays; nothing else is
 * done.  The suffixes are the paper's inflections of nouns, adjectives
 * and verbs (plurals and obliques, the future -एगा, the participles -ता
 * -ना -आया, the gerund -कर, ...) written in Devanagari.  A vowel after a
 * consonant is written as its sign (ा ि ी ...), a character of its own
 * in Unicode, and after anything else as the full vowel (आ इ ई ...), so
 * most suffixes come twice: once beginning with the sign, once with the
 * vowel.  A consonant's inherent a is no letter: the suffixes that begin
 * with it (-ता, -ना, -कर, ...) count only after a consonant, which must
 * not be the word's first character; where that fails the next shorter
 * suffix that ends the word is tried (अनिता loses only its ा).  A final
 * virama goes as well.
 *
 * Every Devanagari character is three bytes of UTF-8 beginning with a
 * lead byte, so suffixes are matched as bytes and a suffix found starts
 * on a character.
 */

/* A suffix, and whether it must follow a consonant.  The suffix is
 * held in place: a pointer would cost the loader a relocation at every
 * start. */
struct suffix {
	char		 s[16];	/* the longest, -ाएंगे, has 15 bytes */
	unsigned char	 after_consonant;
};

/* Longest first, so the first that ends the word is the longest. */
static const struct suffix suffixes[] = {
	/* five characters */
	{ "अताएं", 0 }, { "अताओं", 0 }, { "अनाएं", 0 }, { "अनाओं", 0 },
	{ "आइयाँ", 0 }, { "आइयां", 0 }, { "आइयों", 0 }, { "आऊंगा", 0 },
	{ "आऊंगी", 0 }, { "आएंगी", 0 }, { "आएंगे", 0 }, { "ाइयाँ", 0 },
	{ "ाइयां", 0 }, { "ाइयों", 0 }, { "ाऊंगा", 0 }, { "ाऊंगी", 0 },
	{ "ाएंगी", 0 }, { "ाएंगे", 0 },
	/* four */
	{ "अतीं", 0 }, { "आएगा", 0 }, { "आएगी", 0 }, { "आओगी", 0 },
	{ "आओगे", 0 }, { "आतीं", 0 }, { "इयाँ", 0 }, { "इयां", 0 },
	{ "इयों", 0 }, { "ऊंगा", 0 }, { "ऊंगी", 0 }, { "एंगी", 0 },
	{ "एंगे", 0 }, { "ताएं", 1 }, { "ताओं", 1 }, { "नाएं", 1 },
	{ "नाओं", 1 }, { "ाएगा", 0 }, { "ाएगी", 0 }, { "ाओगी", 0 },
	{ "ाओगे", 0 }, { "ातीं", 0 }, { "ियाँ", 0 }, { "ियां", 0 },
	{ "ियों", 0 }, { "ूंगा", 0 }, { "ूंगी", 0 }, { "ेंगी", 0 },
	{ "ेंगे", 0 },
	/* three */
	{ "अकर", 0 }, { "अता", 0 }, { "अती", 0 }, { "अते", 0 },
	{ "अना", 0 }, { "अनी", 0 }, { "अने", 0 }, { "आइए", 0 },
	{ "आईं", 0 }, { "आएं", 0 }, { "आओं", 0 }, { "आकर", 0 },
	{ "आता", 0 }, { "आती", 0 }, { "आते", 0 }, { "आना", 0 },
	{ "आने", 0 }, { "आया", 0 }, { "उआं", 0 }, { "उएं", 0 },
	{ "उओं", 0 }, { "एगा", 0 }, { "एगी", 0 }, { "ओगी", 0 },
	{ "ओगे", 0 }, { "तीं", 1 }, { "ाइए", 0 }, { "ाईं", 0 },
	{ "ाएं", 0 }, { "ाओं", 0 }, { "ाकर", 0 }, { "ाता", 0 },
	{ "ाती", 0 }, { "ाते", 0 }, { "ाना", 0 }, { "ाने", 0 },
	{ "ाया", 0 }, { "ुआं", 0 }, { "ुएं", 0 }, { "ुओं", 0 },
	{ "ेगा", 0 }, { "ेगी", 0 }, { "ोगी", 0 }, { "ोगे", 0 },
	/* two */
	{ "आँ", 0 }, { "आं", 0 }, { "आई", 0 }, { "आए", 0 }, { "आओ", 0 },
	{ "इए", 0 }, { "ईं", 0 }, { "एं", 0 }, { "ओं", 0 }, { "कर", 1 },
	{ "ता", 1 }, { "ती", 1 }, { "ते", 1 }, { "ना", 1 }, { "नी", 1 },
	{ "ने", 1 }, { "ाँ", 0 }, { "ां", 0 }, { "ाई", 0 }, { "ाए", 0 },
	{ "ाओ", 0 }, { "िए", 0 }, { "ीं", 0 }, { "ें", 0 }, { "ों", 0 },
	/* one: vowels, vowel signs, the virama */
	{ "अ", 0 }, { "आ", 0 }, { "इ", 0 }, { "ई", 0 }, { "उ", 0 },
	{ "ऊ", 0 }, { "ए", 0 }, { "ओ", 0 }, { "ा", 0 }, { "ि", 0 },
	{ "ी", 0 }, { "ु", 0 }, { "ू", 0 }, { "े", 0 }, { "ो", 0 },
	{ "्", 0 }
};

/* Whether the three bytes at P are a consonant: क to ह (U+0915-U+0939),
 * the nukta (U+093C) or a consonant with nukta (U+0958-U+095F). */
static int
consonant(const char *p)
{
	const unsigned char *b = (const unsigned char *)p;

	if (b[0] != 0xE0)
		return 0;
	if (b[1] == 0xA4)
		return (b[2] >= 0x95 && b[2] <= 0xB9) || b[2] == 0xBC;
	return b[1] == 0xA5 && b[2] >= 0x98 && b[2] <= 0x9F;
}

static size_t
stem_hi(char *word, size_t len)
{
	size_t first = 1, i, n, at;

	if (len == 0)
		return 0;
	/* The first character is never part of a suffix. */
	while (first < len && ((unsigned char)word[first] & 0xC0) == 0x80)
		first++;
	for (i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		n = strlen(suffixes[i].s);
		if (len - first < n ||
		    memcmp(word + len - n, suffixes[i].s, n) != 0)
			continue;
		at = len - n;
		if (!suffixes[i].after_consonant ||
		    (at >= first + 3 && consonant(word + at - 3)))
			return at;
	}
	return len;
}

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"सादर"
};

/* Words that join what follows them to what came before (but, and, or):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][16] = {
	"और", "किंतु", "पर", "परंतु", "या", "लेकिन"
};

const lang lang_hi = {
	.code = "hi",
	.name = "Hindi",
	.script = SCRIPT_DEVANAGARI,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 27),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 15),
	.relatives = WORD_LIST(relatives, 27),
	.said = WORD_LIST(said, 12),
	.dangling = WORD_LIST(dangling, 21),
	.closings = WORD_LIST(closings, 12),
	.stem = stem_hi,
};
