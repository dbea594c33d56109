/*
 * yi.c - Yiddish: its word lists and its stemmer (see lang.h).
 *
 * Yiddish is written in the Hebrew alphabet, with its vowels spelt out
 * (א with a pasekh or a komets, ו, י, ע) and three ligatures of its own
 * (װ ױ ײ).  The same word comes in more than one spelling: the YIVO
 * standard's, with the points under אַ אָ פּ פֿ and the ligatures as one
 * character each (װאָס); the same with the ligatures as two letters
 * (וואָס); and without points, as most of the press prints it (וואס).
 * The stemmer reads them all alike; the word lists, which are matched
 * before stemming, hold each function word in each of those spellings.
 * Language detection tells Yiddish from Hebrew by its words and
 * trigrams (engine/language.c): the two share the script.
 */
#include "lang.h"

#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Yiddish function words: the articles and their cases, the personal and
 * possessive pronouns, question words and relatives, the prepositions
 * and their forms with the article joined (פֿונעם, אינעם, צום), the
 * conjunctions, the present and past of זײַן, האָבן, װערן and the modals,
 * negation and common adverbs and particles.  Each in the three
 * spellings above.  Sorted in strcmp order. */
static const char stopwords[][21] = {
	"א", "אַ", "אַז", "אַזאַ", "אַזוי", "אַזעלכע", "אַזש", "אַזױ",
	"אַלע", "אַלעמאָל", "אַלעמען", "אַלץ", "אַמאָל", "אַן",
	"אַפֿילו", "אַרום", "אָבער", "אָדער", "אָן", "אָנע", "אָנשטאָט",
	"אבער", "אדער", "אויב", "אויך", "אויף", "אויפֿן", "אויפן",
	"און", "אונדז", "אונדזער", "אונדזערע", "אונטער", "אז", "אזא",
	"אזוי", "אזעלכע", "אזש", "אזױ", "איבער", "איז", "אייַך",
	"אייַער", "אייַערע", "אייך", "אייער", "אייערע", "איך", "אים",
	"אין", "אין'ם", "אינעם", "איצט", "איר", "אירע", "אלע", "אלעמאל",
	"אלעמען", "אלץ", "אמאל", "אן", "אנע", "אנשטאט", "אפֿשר",
	"אפילו", "אפשר", "ארום", "אױב", "אױך", "אױף", "אױפֿן", "אױפן",
	"אײַך", "אײַער", "אײַערע", "אײך", "אײער", "אײערע", "ביז", "ביי",
	"בייַ", "בייַם", "ביים", "בין", "ביסט", "בײ", "בײַ", "בײַם",
	"בײם", "גאַנץ", "גאָר", "גאָרנישט", "גאנץ", "גאר", "גארנישט",
	"געהאַט", "געהאט", "געוואָרן", "געווארן", "געווען", "געטאָן",
	"געטאן", "געװאָרן", "געװארן", "געװען", "דא", "דאַן", "דאָ",
	"דאָס", "דאָרט", "דאן", "דאס", "דארט", "דו", "דורך", "די",
	"דייַן", "דייַנע", "דיין", "דיינע", "דיך", "דיר", "דעם",
	"דעמאָלט", "דעמאלט", "דען", "דער", "דערביי", "דערבייַ", "דערבײ",
	"דערבײַ", "דעריבער", "דערנאָך", "דערנאך", "דײַן", "דײַנע",
	"דײן", "דײנע", "האָב", "האָבט", "האָבן", "האָט", "האָסט", "האב",
	"האבט", "האבן", "האט", "האסט", "הייַנט", "היינט", "הינטער",
	"הײַנט", "הײנט", "וואָלט", "וואָלטן", "וואָלסט", "וואָס",
	"וואלט", "וואלטן", "וואלסט", "וואס", "ווו", "וווּ", "וווּהין",
	"וווהין", "ווי", "וויאַזוי", "וויאזוי", "ווייַל", "ווייל",
	"ווייניק", "וועט", "וועלכן", "וועלכע", "וועלכער", "וועלן",
	"וועמען", "וועמענס", "ווען", "וועסט", "ווער", "ווערט", "ווערן",
	"זאָל", "זאָלט", "זאָלן", "זאָלסט", "זאל", "זאלט", "זאלן",
	"זאלסט", "זי", "זיי", "זייַט", "זייַן", "זייַנע", "זייַנען",
	"זייט", "זיין", "זיינע", "זיינען", "זייער", "זייערע", "זיך",
	"זענען", "זשע", "זײ", "זײַט", "זײַן", "זײַנע", "זײַנען", "זײט",
	"זײן", "זײנע", "זײנען", "זײער", "זײערע", "טאָמער", "טאָן",
	"טאמער", "טאן", "טוט", "טוען", "יא", "יאָ", "יעדן", "יעדע",
	"יעדער", "כּדי", "כאָטש", "כאטש", "כדי", "לויט", "לױט", "מוז",
	"מוזט", "מוזן", "מיט", "מיטן", "מייַן", "מייַנע", "מייַנער",
	"מיין", "מיינע", "מיינער", "מיך", "מיר", "מען", "מער", "מײַן",
	"מײַנע", "מײַנער", "מײן", "מײנע", "מײנער", "נאָך", "נאָר",
	"נאך", "נאר", "נו", "ניט", "ניין", "נישט", "נײן", "עמעצער",
	"עס", "עפּעס", "עפעס", "ער", "ערשט", "פֿאַר", "פֿאַרוואָס",
	"פֿאַרן", "פֿאַרװאָס", "פֿון", "פֿון'ם", "פֿונעם", "פאר",
	"פארוואס", "פארן", "פארװאס", "פון", "פון'ם", "פונעם", "צו",
	"צו'ם", "צווישן", "צום", "צװישן", "קיין", "קיינמאָל", "קיינמאל",
	"קיינע", "קיינער", "קעגן", "קען", "קענט", "קענסט", "קענען",
	"קײן", "קײנמאָל", "קײנמאל", "קײנע", "קײנער", "שוין", "שױן",
	"װאָלט", "װאָלטן", "װאָלסט", "װאָס", "װאלט", "װאלטן", "װאלסט",
	"װאס", "װו", "װוּ", "װוּהין", "װוהין", "װי", "װיאַזױ", "װיאזױ",
	"װעט", "װעלכן", "װעלכע", "װעלכער", "װעלן", "װעמען", "װעמענס",
	"װען", "װעסט", "װער", "װערט", "װערן", "װײַל", "װײל", "װײניק"
};

/* The relative pronouns: װאָס, װעלכער in its forms, װער, װוּ. */
static const char relatives[][15] = {
	"וואָס", "וואס", "ווו", "וווּ", "וועלכן", "וועלכע", "וועלכער",
	"וועמען", "וועמענס", "ווער", "װאָס", "װאס", "װו", "װוּ",
	"װעלכן", "װעלכע", "װעלכער", "װעמען", "װעמענס", "װער"
};

/* Articles, possessives, prepositions and conjunctions: words that need
 * the word after them. */
static const char dangling[][15] = {
	"א", "אַ", "אַז", "אַן", "אַרום", "אָבער", "אָדער", "אָן",
	"אָנע", "אבער", "אדער", "אויב", "אויף", "און", "אונדזער",
	"אונטער", "אז", "איבער", "אייַער", "אייער", "אין", "אן", "אנע",
	"ארום", "אױב", "אױף", "אײַער", "אײער", "ביז", "ביי", "בייַ",
	"בײ", "בײַ", "דאָס", "דאס", "דורך", "די", "דייַן", "דיין",
	"דעם", "דער", "דײַן", "דײן", "ווייַל", "ווייל", "זייַן", "זיין",
	"זייער", "זײַן", "זײן", "זײער", "כּדי", "כדי", "לויט", "לױט",
	"מיט", "מייַן", "מיין", "מײַן", "מײן", "פֿאַר", "פֿון", "פאר",
	"פון", "צו", "צווישן", "צװישן", "קיין", "קעגן", "קײן", "װײַל",
	"װײל"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Yiddish, by Assaf Urieli.  It works on the
 * word's characters, not its bytes, as its regions are counted in
 * characters:
 *
 *  1. Spelling.  וו, וי and יי become the ligatures װ ױ ײ (unless a
 *     dagesh or a hiriq after them says the letters are apart), a final
 *     letter (ך ם ן ף ץ) its ordinary form, and then every point goes.
 *  2. Prefixes.  The participle's גע- at the start is marked (but not in
 *     געלט..., געבנ...); after a separable prefix (אַרױס, אױף, צו ...)
 *     the גע- or the infinitive's צו- that follows it is marked too.
 *     R1 is what follows the first vowel run after the prefixes, but
 *     at least three characters past them; where three consonants
 *     follow the prefixes (and a cluster שטר, שפר, שטש or דזש, skipped
 *     first), it begins right after those three.
 *  3. Endings.  The longest ending of the table below: most go when
 *     they lie in R1; some put the verb's root back (געשריבן: שרײב,
 *     געגאַנגען: גײ); -ט- endings leave the ט outside R1, and בראַכט
 *     becomes ברענג.  Then the nominal endings (-ונג, -קײט, -הײט,
 *     -שאַפֿט, and ל after a consonant) and the adjectival ones (-יק,
 *     -דיק, -יש, -יג) in R1.
 *  4. The marks of step 2 go, with the letters they stand for.
 *
 * Marks are written as the reference algorithm writes them, "GE" and
 * "TSU" in ASCII capitals, so that the tables read as it does; a folded
 * word has no capitals of its own.  A word that is no valid UTF-8, or
 * of more than MAX_CHARS characters, is its own stem.
 */

#define MAX_CHARS 96

/* The word as characters. */
typedef struct {
	uint32_t c[MAX_CHARS + 2];   /* room for TSU, one longer than צו */
	size_t n;
} chars;

/* Letters and marks by their code points. */
enum {
	ALEF = 0x05D0, GIMEL = 0x05D2, VAV = 0x05D5, YOD = 0x05D9,
	AYIN = 0x05E2, SHIN = 0x05E9, HIRIQ = 0x05B4, DAGESH = 0x05BC,
	VAV_VAV = 0x05F0, VAV_YOD = 0x05F1, YOD_YOD = 0x05F2
};

/* The characters of the UTF-8 string S into OUT (room for 16): how many.
 * S is one of the tables' strings, valid and short. */
static size_t decode_str(const char *s, uint32_t *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 0;

	while (*u) {
		if (*u < 0x80)
			out[k++] = *u++;
		else {                              /* two bytes: U+0080..U+07FF */
			out[k++] = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
			u += 2;
		}
	}
	return k;
}

/* WORD[0..LEN) into W: 0 if it is not valid UTF-8 or too long. */
static int decode_word(const char *word, size_t len, chars *w)
{
	const unsigned char *s = (const unsigned char *)word;
	size_t i = 0;

	w->n = 0;
	while (i < len) {
		uint32_t cp = s[i], min;
		size_t k = cp < 0x80 ? 1 : cp >= 0xC2 && cp < 0xE0 ? 2 :
		           cp >= 0xE0 && cp < 0xF0 ? 3 : cp >= 0xF0 && cp < 0xF5 ? 4 : 0;
		if (k == 0 || i + k > len || w->n == MAX_CHARS)
			return 0;
		min = k == 3 ? 0x800 : k == 4 ? 0x10000 : 0;
		if (k > 1)
			cp &= 0x3F >> (k - 1);
		for (size_t j = 1; j < k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + j] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
			return 0;
		w->c[w->n++] = cp;
		i += k;
	}
	return 1;
}

/* W as UTF-8 into OUT: its length in bytes. */
static size_t encode_word(const chars *w, char *out)
{
	size_t k = 0;

	for (size_t i = 0; i < w->n; i++) {
		uint32_t c = w->c[i];
		if (c < 0x80) {
			out[k++] = (char)c;
		} else if (c < 0x800) {
			out[k++] = (char)(0xC0 | c >> 6);
			out[k++] = (char)(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			out[k++] = (char)(0xE0 | c >> 12);
			out[k++] = (char)(0x80 | (c >> 6 & 0x3F));
			out[k++] = (char)(0x80 | (c & 0x3F));
		} else {
			out[k++] = (char)(0xF0 | c >> 18);
			out[k++] = (char)(0x80 | (c >> 12 & 0x3F));
			out[k++] = (char)(0x80 | (c >> 6 & 0x3F));
			out[k++] = (char)(0x80 | (c & 0x3F));
		}
	}
	return k;
}

/* The number of characters of S if they are W's at AT, ending at or
 * before END; else 0. */
static size_t at_is(const chars *w, size_t at, size_t end, const char *s)
{
	uint32_t t[16];
	size_t k = decode_str(s, t);

	if (at + k > end)
		return 0;
	for (size_t i = 0; i < k; i++)
		if (w->c[at + i] != t[i])
			return 0;
	return k;
}

/* The number of characters of S if W[0..END) ends in them, or 0. */
static size_t ends_in(const chars *w, size_t end, const char *s)
{
	uint32_t t[16];
	size_t k = decode_str(s, t);

	return k <= end && at_is(w, end - k, end, s) ? k : 0;
}

/* W[FROM..TO) becomes the characters of S. */
static void replace(chars *w, size_t from, size_t to, const char *s)
{
	uint32_t t[16];
	size_t k = decode_str(s, t);

	memmove(w->c + from + k, w->c + to, (w->n - to) * sizeof *w->c);
	memcpy(w->c + from, t, k * sizeof *t);
	w->n = w->n - (to - from) + k;
}

static int is_point(uint32_t c)
{
	return (c >= 0x05B0 && c <= 0x05B9) || c == 0x05BB || c == 0x05BC ||
	       c == 0x05BF || c == 0x05C1 || c == 0x05C2;
}

static int is_vowel(uint32_t c)
{
	return c == ALEF || c == VAV || c == YOD || c == AYIN ||
	       c == VAV_YOD || c == YOD_YOD;
}

static int is_consonant(uint32_t c)
{
	return (c >= 0x05D1 && c <= 0x05EA && !is_vowel(c)) || c == VAV_VAV;
}

/* Step 1: the ligatures, the final letters, the points. */
static void prelude(chars *w)
{
	size_t i, k;

	for (i = 0; i < w->n; i++) {
		uint32_t a = w->c[i], b = i + 1 < w->n ? w->c[i + 1] : 0;
		uint32_t after = i + 2 < w->n ? w->c[i + 2] : 0, lig = 0;
		if (a == VAV && b == VAV && after != DAGESH)
			lig = VAV_VAV;
		else if (a == VAV && b == YOD && after != HIRIQ)
			lig = VAV_YOD;
		else if (a == YOD && b == YOD && after != HIRIQ)
			lig = YOD_YOD;
		if (lig) {
			w->c[i] = lig;
			memmove(w->c + i + 1, w->c + i + 2,
			        (w->n - i - 2) * sizeof *w->c);
			w->n--;
		} else if (a == 0x05DA || a == 0x05DD || a == 0x05DF ||
		           a == 0x05E3 || a == 0x05E5) {
			w->c[i] = a + 1;        /* ך ם ן ף ץ: כ מ נ פ צ */
		}
	}
	for (i = k = 0; i < w->n; i++)
		if (!is_point(w->c[i]))
			w->c[k++] = w->c[i];
	w->n = k;
}

/* Step 2: the separable prefixes of verbs.  (The tables hold their
 * strings in rows: a pointer would cost the loader a relocation at every
 * start.) */
static const char prefixes[][17] = {
	"פונאנדער", "אנטקעגנ", "ארונטער", "צוזאמענ", "אונטער", "אנידער",
	"אריבער", "אדורכ", "איבער", "אקעגנ", "פארבײ", "פארױס", "צונױפ",
	"צוריק", "אהינ", "אהער", "אהײמ", "אפיר", "אראפ", "ארומ", "ארױס",
	"ארױפ", "ארײנ", "אװעק", "דורכ", "אומ", "אנט", "אױס", "אױפ", "אײנ",
	"דער", "מיט", "נאכ", "פאר", "אנ", "אפ", "בא", "בײ", "צו", "צע"
};
/* Step 2: consonant clusters that begin a word and count as one. */
static const char clusters[][7] = {
	"דזש", "שטר", "שטש", "שפר"
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* The number of characters of the longest of the NT strings T, rows of
 * WIDTH bytes, that W has at AT, or 0. */
static size_t longest_at(const chars *w, size_t at, const char *t,
                         size_t width, size_t nt)
{
	size_t best = 0, k;

	for (size_t i = 0; i < nt; i++)
		if ((k = at_is(w, at, w->n, row_at(t, width, i))) > best)
			best = k;
	return best;
}

/* After the prefix that ends at AT: the participle's or the infinitive's
 * mark, and where the stem begins (AT itself when nothing is marked, or
 * a word such as אױסצוגן ends there). */
static size_t mark_after_prefix(chars *w, size_t at)
{
	size_t n = w->n;

	if (((at_is(w, at, n, "צוגנ") || at_is(w, at, n, "צוקט") ||
	      at_is(w, at, n, "צוקנ")) && at + 4 == n) ||
	    at_is(w, at, n, "געבנ"))
		return at;
	if (at_is(w, at, n, "גע")) {
		replace(w, at, at + 2, "GE");
		return at + 2;
	}
	if (at_is(w, at, n, "צו")) {
		replace(w, at, at + 2, "TSU");
		return at + 3;
	}
	return SIZE_MAX;
}

/* Step 2: marks the prefixes of W and returns where R1 begins. */
static size_t mark_regions(chars *w)
{
	size_t p1 = w->n, at = 0, k, x;

	if (at_is(w, 0, w->n, "גע") && !at_is(w, 2, w->n, "לט") &&
	    !at_is(w, 2, w->n, "בנ")) {
		replace(w, 0, 2, "GE");
		at = 2;
	}
	if ((k = longest_at(w, at, ROWS(prefixes))) != 0 &&
	    (x = mark_after_prefix(w, at + k)) != SIZE_MAX)
		at = x;
	if (at + 3 > w->n)
		return p1;           /* the length before any TSU, as Snowball */
	x = at + 3;
	at += longest_at(w, at, ROWS(clusters));
	if (at + 3 <= w->n && is_consonant(w->c[at]) &&
	    is_consonant(w->c[at + 1]) && is_consonant(w->c[at + 2]))
		return at + 3;
	while (at < w->n && !is_vowel(w->c[at]))
		at++;
	if (at == w->n)
		return p1;
	while (at < w->n && is_vowel(w->c[at]))
		at++;
	return at < x ? x : at;
}

/* What step 3 does with an ending of its first table. */
enum {
	CUT,          /* goes, in R1 */
	CUT_ROOT,     /* goes, in R1, and the root before it is put back */
	SWAP,         /* becomes the root given, wherever it lies */
	TO_TES,       /* goes in R1, else leaves its ט; בראכט becomes ברענג */
	TO_YE,        /* -יעס becomes -יע, in R1 */
	TO_HE,        /* -ות becomes -ה, in R1 */
	IST,          /* -יסט: -יס after ג or ש near R1, else goes in R1 */
	KEEP          /* stays, and no shorter ending goes */
};

/* Step 3: the endings of verbs, nouns and adjectives, and the past
 * participles of strong verbs with the roots they come back to. */
static const struct {
	char end[15];
	unsigned char what;
	char root[13];
} endings[] = {
	{ "פארלױרנ", SWAP, "פארליר" },
	{ "GEביטנ", SWAP, "בײט" },
	{ "GEביסנ", SWAP, "בײס" },
	{ "GEליטנ", SWAP, "לײט" },
	{ "GEמיטנ", SWAP, "מײד" },
	{ "GEריסנ", SWAP, "רײס" },
	{ "גאנגענ", SWAP, "גײ" },
	{ "טרונקנ", SWAP, "טרינק" },
	{ "צװונגנ", SWAP, "צװינג" },
	{ "שטאנענ", SWAP, "שטײ" },
	{ "שלונגנ", SWAP, "שלינג" },
	{ "בונדנ", SWAP, "בינד" },
	{ "בראכט", SWAP, "ברענג" },
	{ "זונגנ", SWAP, "זינג" },
	{ "טענעמ", TO_TES, "" },
	{ "טענער", TO_TES, "" },
	{ "טריבנ", SWAP, "טרײב" },
	{ "יזמענ", CUT, "" },
	{ "נומענ", SWAP, "נעמ" },
	{ "ענערס", CUT, "" },
	{ "קליבנ", SWAP, "קלײב" },
	{ "שמיסנ", SWAP, "שמײס" },
	{ "שניטנ", SWAP, "שנײד" },
	{ "שריבנ", SWAP, "שרײב" },
	{ "שװיגנ", SWAP, "שװײג" },
	{ "שװױרנ", SWAP, "שװער" },
	{ "װוטשנ", SWAP, "װיטש" },
	{ "בױגנ", SWAP, "בײג" },
	{ "הױבנ", SWAP, "הײב" },
	{ "טענע", TO_TES, "" },
	{ "יסטנ", CUT, "" },
	{ "יקײט", CUT, "" },
	{ "סטער", CUT, "" },
	{ "עטער", CUT, "" },
	{ "עלעכ", CUT, "" },
	{ "עלענ", CUT, "" },
	{ "עלעס", CUT, "" },
	{ "ענעמ", CUT_ROOT, "" },
	{ "ענער", CUT_ROOT, "" },
	{ "ריבנ", SWAP, "רײב" },
	{ "שאפט", CUT, "" },
	{ "װיזנ", SWAP, "װײז" },
	{ "גײנ", SWAP, "גײ" },
	{ "הײט", CUT, "" },
	{ "ונג", CUT, "" },
	{ "טנס", TO_TES, "" },
	{ "טער", TO_TES, "" },
	{ "יזמ", CUT, "" },
	{ "יסט", IST, "" },
	{ "יעס", TO_YE, "" },
	{ "לעכ", CUT, "" },
	{ "סטו", CUT, "" },
	{ "סטנ", CUT, "" },
	{ "סטע", CUT, "" },
	{ "עטנ", CUT, "" },
	{ "עטס", CUT, "" },
	{ "עטע", CUT, "" },
	{ "עלע", CUT, "" },
	{ "ענס", CUT_ROOT, "" },
	{ "ענע", CUT_ROOT, "" },
	{ "ערס", CUT, "" },
	{ "קײט", CUT, "" },
	{ "ות", TO_HE, "" },
	{ "טנ", TO_TES, "" },
	{ "טס", TO_TES, "" },
	{ "טע", TO_TES, "" },
	{ "ימ", CUT, "" },
	{ "יע", KEEP, "" },
	{ "נס", CUT, "" },
	{ "סט", CUT, "" },
	{ "עט", CUT, "" },
	{ "עמ", CUT, "" },
	{ "ענ", CUT, "" },
	{ "עס", CUT, "" },
	{ "ער", CUT, "" },
	{ "ט", CUT, "" },
	{ "נ", CUT, "" },
	{ "ס", CUT, "" },
	{ "ע", CUT, "" },
};

/* Step 3: the roots that CUT_ROOT puts back (אױסגעשריבענער: שרײב). */
static const struct {
	char end[13], root[13];
} roots[] = {
	{ "פארלױר", "פארליר" }, { "טרונק", "טרינק" }, { "צװונג", "צװינג" },
	{ "שלונג", "שלינג" }, { "בונד", "בינד" }, { "גאנג", "גײ" },
	{ "זונג", "זינג" }, { "טריב", "טרײב" }, { "קליב", "קלײב" },
	{ "שטאנ", "שטײ" }, { "שמיס", "שמײס" }, { "שניט", "שנײד" },
	{ "שריב", "שרײב" }, { "שװיג", "שװײג" }, { "שװױר", "שװער" },
	{ "װוטש", "װיטש" }, { "ביט", "בײט" }, { "ביס", "בײס" },
	{ "בױג", "בײג" }, { "הױב", "הײב" }, { "ליט", "לײט" },
	{ "מיט", "מײד" }, { "נומ", "נעמ" }, { "ריב", "רײב" },
	{ "ריס", "רײס" }, { "װיז", "װײז" }
};

/* Step 3, then: nominal endings (and ל after a consonant) in R1. */
static const char nominal[][9] = {
	"יקײט", "שאפט", "הײט", "קײט", "ונג"
};
/* Step 3, last: adjectival endings in R1; -בליק and -גליק stay. */
static const char adjectival[][11] = {
	"ענדיק", "נדיק", "דיק", "ניק", "יג", "יק", "יש"
};

/* The index of the longest ending of the first table that ends W, or
 * -1. */
static int longest_ending(const chars *w)
{
	size_t best = 0, k;
	int at = -1;

	for (size_t i = 0; i < NELEM(endings); i++)
		if ((k = ends_in(w, w->n, endings[i].end)) > best) {
			best = k;
			at = (int)i;
		}
	return at;
}

/* TO_TES: the ending W[B..) goes in R1 (from P1), else leaves a ט; then
 * בראכ before it, with a גע before that, becomes ברענג. */
static void to_tes(chars *w, size_t b, size_t p1)
{
	size_t k;

	if (p1 <= b)
		w->n = b;
	else
		replace(w, b, w->n, "ט");
	if (!(k = ends_in(w, w->n, "בראכ")))
		return;
	b = w->n - k;
	if (ends_in(w, b, "גע"))
		b -= 2;
	replace(w, b, w->n, "ברענג");
}

/* CUT_ROOT's second half: the longest root of roots[] that ends W is put
 * back. */
static void put_root_back(chars *w)
{
	size_t best = 0, k, at = 0;

	for (size_t i = 0; i < NELEM(roots); i++)
		if ((k = ends_in(w, w->n, roots[i].end)) > best) {
			best = k;
			at = i;
		}
	if (best)
		replace(w, w->n - best, w->n, roots[at].root);
}

/* Step 3's first table, R1 beginning at P1. */
static void first_endings(chars *w, size_t p1)
{
	int i = longest_ending(w);
	size_t b;

	if (i < 0)
		return;
	b = w->n - ends_in(w, w->n, endings[i].end);
	switch (endings[i].what) {
	case CUT:
		if (p1 <= b)
			w->n = b;
		break;
	case CUT_ROOT:
		if (p1 <= b) {
			w->n = b;
			put_root_back(w);
		}
		break;
	case SWAP:
		replace(w, b, w->n, endings[i].root);
		break;
	case TO_TES:
		to_tes(w, b, p1);
		break;
	case TO_YE:
	case TO_HE:
		if (p1 <= b)
			replace(w, b, w->n, endings[i].what == TO_YE ? "יע" : "ה");
		break;
	case IST:
		if (b > 0 && (w->c[b - 1] == GIMEL || w->c[b - 1] == SHIN)) {
			if (p1 <= b - 1 + 3)
				replace(w, b, w->n, "יס");
		} else if (p1 <= b) {
			w->n = b;
		}
		break;
	default:                /* KEEP */
		break;
	}
}

/* Step 3's nominal and adjectival endings, R1 beginning at P1. */
static void last_endings(chars *w, size_t p1)
{
	size_t best = 0, k;

	for (size_t i = 0; i < NELEM(nominal); i++)
		if ((k = ends_in(w, w->n, nominal[i])) > best)
			best = k;
	if (best && p1 <= w->n - best)
		w->n -= best;
	else if (!best && ends_in(w, w->n, "ל") && w->n >= 2 &&
	         p1 <= w->n - 1 && is_consonant(w->c[w->n - 2]))
		w->n--;
	best = 0;
	for (size_t i = 0; i < NELEM(adjectival); i++)
		if ((k = ends_in(w, w->n, adjectival[i])) > best)
			best = k;
	if (best && !ends_in(w, w->n, "בליק") && !ends_in(w, w->n, "גליק") &&
	    p1 <= w->n - best)
		w->n -= best;
}

/* Step 4: the marks GE and TSU go, read from the end as Snowball does. */
static void unmark(chars *w)
{
	size_t i = w->n, k;

	while (i > 0) {
		if ((k = ends_in(w, i, "GE")) || (k = ends_in(w, i, "TSU"))) {
			replace(w, i - k, i, "");
			i -= k;
		} else {
			i--;
		}
	}
}

static size_t stem_yi(char *word, size_t len)
{
	chars w;
	char out[4 * (MAX_CHARS + 2)];
	size_t p1, n;

	if (!decode_word(word, len, &w))
		return len;
	prelude(&w);
	p1 = mark_regions(&w);
	first_endings(&w, p1);
	last_endings(&w, p1);
	unmark(&w);
	n = encode_word(&w, out);
	if (n > len + LANG_STEM_ROOM)
		return len;             /* never: no step lengthens a word */
	memcpy(word, out, n);
	return n;
}

/* Abbreviations written with periods, which in a script without case
 * never end a sentence before a word of the script: the letters of
 * צ.ב. (for example).  Every part of a dotted abbreviation must be
 * here, or the splitter takes the token for a domain name.  (Most are
 * written with gershayim, ד״ר, אאַז״װ, which need no list.) */
static const char lower_abbrevs[][3] = {
	"ב", "צ"
};

const lang lang_yi = {
	.code = "yi",
	.name = "Yiddish",
	.script = SCRIPT_HEBREW,
	.stopwords = WORD_LIST(stopwords, 20),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 2),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 14),
	.dangling = WORD_LIST(dangling, 14),
	.stem = stem_yi,
};
