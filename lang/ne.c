/*
 * ne.c - Nepali: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Nepali function words: case markers written apart (ले लाई मा बाट
 * देखि सम्म), postpositions, conjunctions and particles, the pronouns
 * with their cases, the forms of हुनु, भनु and गर्नु that serve as
 * auxiliaries, question words, quantifiers and common adverbs.  Sorted
 * in strcmp order. */
static const char stopwords[][25] = {
	"अगाडि", "अघि", "अझ", "अझै", "अथवा", "अनि", "अनुसार", "अन्य", "अब",
	"अरु", "अरू", "अर्को", "अर्थात्", "अलि", "अहिले", "आफू", "आफै",
	"आफैं", "आफ्ना", "आफ्नो", "उ", "उनका", "उनको", "उनलाई", "उनले", "उनी",
	"उनीहरु", "उनीहरू", "उनीहरूको", "उहाँ", "उहाँको", "उहाँले", "ऊ", "एक",
	"कति", "कसरी", "कस्तो", "कहाँ", "कहिले", "कहिल्यै", "का", "कि", "किन",
	"किनकि", "किनभने", "की", "कुन", "कुनै", "के", "केहि", "केही", "को",
	"कोही", "गरी", "गरे", "गरेका", "गरेकी", "गरेको", "गरेर", "गर्छ",
	"गर्दै", "गर्न", "गर्ने", "छ", "छन्", "छु", "छैन", "छैनन्", "छौ",
	"छौं", "जति", "जब", "जसको", "जसमा", "जसरी", "जसलाई", "जसले", "जस्तै",
	"जस्तो", "जहाँ", "जुन", "जे", "जो", "त", "तथा", "तपाई", "तपाईं",
	"तपाईंको", "तपाईंलाई", "तब", "तर", "तर्फ", "तल", "तिमी", "तिमीलाई",
	"तिम्रो", "तिर", "ती", "त्यति", "त्यस", "त्यसको", "त्यसमा", "त्यसरी",
	"त्यसलाई", "त्यसले", "त्यसैले", "त्यस्तो", "त्यहाँ", "त्यो", "थिए",
	"थिएन", "थियो", "थोरै", "देखि", "द्वारा", "धेरै", "न", "नजिक", "नत्र",
	"नि", "नै", "पछि", "पनि", "पर्छ", "पर्ने", "पहिले", "पो", "प्रति",
	"प्रत्येक", "फेरि", "बाट", "बारे", "बाहिर", "बाहेक", "बिच", "बिना",
	"बीच", "भए", "भएका", "भएकी", "भएको", "भनी", "भने", "भनेर", "भन्दा",
	"भन्दै", "भन्ने", "भयो", "भित्र", "म", "मलाई", "मा", "मात्र",
	"मात्रै", "माथि", "मेरा", "मेरी", "मेरो", "यति", "यदि", "यस", "यसको",
	"यसमा", "यसरी", "यसलाई", "यसले", "यस्तो", "यहाँ", "यानी", "यी", "यो",
	"र", "रे", "लगायत", "लाई", "लागि", "ले", "वा", "विरुद्ध", "सँग",
	"संग", "सक्छ", "सक्ने", "सधैं", "सबै", "समेत", "सम्म", "साथ", "हरेक",
	"हामी", "हामीलाई", "हाम्रा", "हाम्रो", "हुने", "हुन्", "हुन्छ", "है",
	"हो", "होइन", "होला", "हौं"
};

/* Titles abbreviated with a period: डा. (doctor), प्रा. (professor). */
static const char titles[][13] = {
	"डा", "प्रा"
};

/* The relative pronouns जो and जुन, and जस- in its cases. */
static const char relatives[][16] = {
	"जसका", "जसकी", "जसको", "जसबाट", "जसमा", "जसलाई", "जसले", "जुन", "जो"
};

/* Conjunctions, and the genitive markers when written apart, which need
 * the word that follows them. */
static const char dangling[][19] = {
	"अथवा", "अनि", "का", "कि", "किनकि", "किनभने", "की", "को", "तथा", "तर",
	"यदि", "र", "वा"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Nepali, by Ingroj Shrestha, Oleg Bartunov and
 * Shreeya Singh Dhakal.  It removes the case markers and postpositions
 * that Nepali writes joined to a noun, and the endings of verbs.
 *
 *  1. Case markers: the longest of मार्फत द्वारा सँगै संग सँग लाइ लाई पछि
 *     ले रत मै मा that ends the word goes; or the genitive का कि की कै
 *     को goes, unless ए or the sign े comes before it.
 *  2. Then, as long as something goes:
 *     - a final candrabindu ँ or anusvara ं after यौ छौ नौ or थे, or a
 *       final ै after त्र, goes; and then the longest verb ending of
 *       the list below (छ, छन्, थियो, हुन्छ, एको, ...) goes;
 *     - if either of those could not go, the longest verb ending is
 *       looked for on the word as it now is (the mark stays gone).
 *     When no verb ending is left the word is the stem.
 *
 * There is no least length: a word that is all ending may go whole.
 * Devanagari characters are three bytes of UTF-8 beginning with a lead
 * byte, so the endings are matched as bytes.
 */

/* Step 1: case markers and postpositions, longest first.  (The tables
 * are rows, not pointers, which the loader would relocate at every
 * start.) */
static const char cat1_delete[][19] = {
	"द्वारा", "मार्फत",
	"सँगै",
	"पछि", "लाइ", "लाई", "सँग", "संग",
	"मा", "मै", "रत", "ले"
};
/* Step 1: the genitive. */
static const char cat1_case[][7] = {
	"का", "कि", "की", "कै", "को"
};
/* Step 2: verb endings, longest first. */
static const char cat3[][16] = {
	"थिइस्", "नेछन्", "नेछस्", "हुनेछ", "हुन्छ",
	"इएका", "इएकी", "इएको", "इछन्", "इछस्", "इन्छ", "एछन्",
	"एछस्", "छिन्", "छेस्", "छ्यौ", "थिन्", "थियो", "थियौ",
	"थिस्", "थ्यो", "थ्यौ", "दियो", "देखि", "देखी", "नेका",
	"नेकै", "नेको", "नेछु", "नेछौ", "माथि", "लान्", "होस्",
	"िएका", "िएकी", "िएको", "िछन्", "िछस्", "िन्छ", "ेछन्",
	"ेछस्",
	"इछौ", "इदा", "इदै", "इदो", "इयो", "इस्", "एका", "एकी", "एकै",
	"एको", "एछु", "एछौ", "छन्", "छस्", "थिए", "नेछ", "पर्", "भयो",
	"हरु", "हरू", "िछौ", "िदा", "िदै", "िदो", "ियो", "िस्", "ेका",
	"ेकी", "ेकै", "ेको", "ेछु", "ेछौ",
	"इछ", "एछ", "छु", "छे", "छौ", "थी", "थे", "दा", "दी", "दै",
	"दो", "नु", "ने", "यो", "यौ", "िछ", "ेछ",
	"छ"
};

/* Whether W[0..N) ends in S. */
static int
ends(const char *w, size_t n, const char *s)
{
	size_t k = strlen(s);

	return n >= k && memcmp(w + n - k, s, k) == 0;
}

/* The length of the longest word of T (NT rows WIDTH bytes wide,
 * longest first) that ends W[0..N); 0 if none does. */
static size_t
longest(const char *w, size_t n, const char *t, size_t width, size_t nt)
{
	size_t i;

	for (i = 0; i < nt; i++)
		if (ends(w, n, row_at(t, width, i)))
			return strlen(row_at(t, width, i));
	return 0;
}

/* Step 1: the word's new length. */
static size_t
case_marker(const char *w, size_t n)
{
	size_t k = longest(w, n, ROWS(cat1_delete));

	if (k)
		return n - k;
	k = longest(w, n, ROWS(cat1_case));
	if (k == 0 || ends(w, n - k, "ए") || ends(w, n - k, "े"))
		return n;
	return n - k;
}

/* Step 2's mark after an ending: the length without it, or 0. */
static size_t
nasal(const char *w, size_t n)
{
	if (ends(w, n, "ँ") || ends(w, n, "ं")) {
		n -= 3;
		if (ends(w, n, "यौ") || ends(w, n, "छौ") ||
		    ends(w, n, "नौ") || ends(w, n, "थे"))
			return n;
	} else if (ends(w, n, "ै") && ends(w, n - 3, "त्र")) {
		return n - 3;
	}
	return 0;
}

static size_t
stem_ne(char *word, size_t len)
{
	size_t n = case_marker(word, len), m, k;

	for (;;) {
		m = nasal(word, n);
		if (m && (k = longest(word, m, ROWS(cat3))) != 0) {
			n = m - k;
			continue;
		}
		if (m)
			n = m;
		if ((k = longest(word, n, ROWS(cat3))) == 0)
			return n;
		n -= k;
	}
}

const lang lang_ne = {
	.code = "ne",
	.name = "Nepali",
	.script = SCRIPT_DEVANAGARI,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 24),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 15),
	.dangling = WORD_LIST(dangling, 18),
	.stem = stem_ne,
};
