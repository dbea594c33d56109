/*
 * id.c - Indonesian: its word lists and its stemmer (see lang.h), which
 * Malay shares.
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Indonesian function words: pronouns, the demonstratives ini and itu,
 * prepositions, conjunctions with the relative yang, aspect and modal
 * words (telah, sudah, sedang, akan, bisa, harus), negation, particles
 * (pun, lah, kah, sih), quantifiers, question words and common adverbs.
 * Sorted in strcmp order. */
static const char stopwords[][13] = {
	"ada", "adalah", "adapun", "agak", "agaknya", "agar", "akan", "aku",
	"amat", "anda", "antara", "apa", "apabila", "apakah", "apalagi",
	"atas", "atau", "bagai", "bagaimana", "bagaimanakah", "bagi",
	"bahkan", "bahwa", "banyak", "barangkali", "baru", "bawah",
	"beberapa", "begini", "begitu", "begitulah", "beliau", "belum",
	"berapa", "bersama", "betapa", "biar", "bila", "bilamana", "bisa",
	"boleh", "buat", "bukan", "bukankah", "cukup", "cuma", "dahulu",
	"dalam", "dan", "dapat", "dari", "daripada", "deh", "demi",
	"demikian", "dengan", "depan", "di", "dia", "diri", "dirinya", "dong",
	"dulu", "engkau", "hal", "hampir", "hanya", "hanyalah", "harus",
	"hendak", "hingga", "ia", "ialah", "ini", "inilah", "itu", "itulah",
	"jadi", "jangan", "jika", "jikalau", "juga", "justru", "kah", "kalau",
	"kalian", "kami", "kamu", "kan", "kapan", "kapankah", "karena",
	"kata", "kau", "ke", "kecuali", "kemudian", "kenapa", "kepada",
	"kepadanya", "ketika", "kini", "kita", "kok", "lagi", "lah", "lain",
	"lalu", "maka", "makin", "mana", "manakah", "mari", "masih", "mau",
	"melainkan", "melalui", "memang", "mengapa", "mengenai", "menjadi",
	"menurut", "mereka", "meski", "meskipun", "mungkin", "nah", "namun",
	"nanti", "nya", "oleh", "olehnya", "pada", "padahal", "para",
	"pernah", "pula", "pun", "saat", "saja", "salah", "sambil", "sampai",
	"sang", "sangat", "saya", "se", "sebab", "sebagai", "sebelum",
	"sebuah", "sedang", "sedangkan", "sedikit", "sehingga", "sejak",
	"sekali", "sekarang", "selagi", "selain", "selalu", "selama",
	"seluruh", "semakin", "sementara", "semua", "sendiri", "seorang",
	"seperti", "sering", "serta", "sesuatu", "sesudah", "setelah",
	"setiap", "siapa", "siapakah", "sih", "sini", "situ", "suatu",
	"sudah", "supaya", "tak", "tanpa", "tapi", "telah", "tentang",
	"tentu", "terhadap", "terlalu", "tersebut", "tetapi", "tiap", "tiba",
	"tidak", "toh", "untuk", "wah", "walau", "walaupun", "ya", "yaitu",
	"yakni", "yang"
};

/* Titles before a name: Dr., Drs., Dra., Ir., Prof., H. and Hj. (who
 * made the hajj), K.H., Ny., Nn., Tn., Sdr., Bpk.; a street's Jl. or
 * Jln. (jalan); a saint's St. in a foreign place's name (St.
 * Petersburg). */
static const char titles[][5] = {
	"bpk", "dr", "dra", "drs", "h", "hj", "ir", "jl", "jln", "kh", "nn",
	"ny", "prof", "sdr", "st", "tn"
};

/* Abbreviations that may end a sentence: dll. (and so on), dsb., dst.,
 * addresses (Jl., Kab., Kec.), Rp. before an amount. */
static const char abbrevs[][5] = {
	"dll", "dsb", "dst", "hlm", "jl", "jln", "kab", "kec", "kel", "no",
	"prov", "rp", "sd", "tel"
};

static const char lower_abbrevs[][4] = {
	"dll", "dsb", "dst", "hlm", "no", "rp"
};

static const char relatives[][5] = { "yang" };

/* Prepositions, conjunctions, the articles of persons (para, sang) and
 * the counted articles (sebuah, seorang). */
static const char dangling[][8] = {
	"agar", "akan", "atau", "bagi", "bahwa", "dan", "dari", "dengan",
	"di", "karena", "ke", "kepada", "oleh", "pada", "para", "sang",
	"sebuah", "seorang", "serta", "tetapi", "untuk", "yang"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Indonesian, after the Porter stemmer for Bahasa
 * Indonesia of Fadillah Z. Tala.  Indonesian does not inflect; it
 * derives words with prefixes and suffixes, which are stripped in a
 * fixed order while the word keeps enough syllables.
 *
 * The measure of a word is its number of vowels (a e i o u); it starts
 * as the word's and goes down by one for each affix removed.  A step
 * runs only while the measure is above 2.
 *
 *  1. A particle -kah, -lah or -pun goes.
 *  2. A possessive -ku, -mu or -nya goes.
 *  3. A first-order prefix: di-, ter-, meng- (men-, me-) and ke-,
 *     peng- (pen-) go; meny- and peny- before a vowel become s
 *     (menyapu -> sapu); mem- and pem- become p before a vowel
 *     (memakai -> pakai) and go before anything else.  If one went:
 *     a suffix (4.) goes, and if one did, a second-order prefix (5.),
 *     looked for where the first-order prefix left off.
 *     Else: a second-order prefix goes, then a suffix.
 *  4. Suffix: -kan, unless the prefix was ke-, peng- or per-; else -an,
 *     unless it was di-, meng- or ter-; else -i, unless it was ke-,
 *     peng- or ber-, or the word ends -si (televisi).
 *  5. Second-order prefix: per-, pe- and ber- go; be- before a
 *     consonant and -er (bekerja -> kerja); belajar- and pelajar-
 *     become ajar.
 *
 * All affixes are ASCII, so the work is done on bytes; any other
 * character is a consonant.
 */

/* The prefix removed, for the conditions on suffixes. */
enum prefix { P_NONE, P_DI, P_PER, P_KE, P_BER };

struct id {
	char		*w;
	size_t		 n;
	int		 measure;
	enum prefix	 prefix;
};

/* What a prefix becomes: nothing, s or p before a vowel (else the
 * shorter prefix applies, or for mem- and pem- nothing), ajar, or
 * nothing before a consonant and -er. */
enum action { A_DELETE, A_S, A_P, A_AJAR, A_KER };

struct affix {
	char		 s[8];	/* in place, not a pointer the loader
				   relocates; "belajar" has 7 bytes */
	enum action	 action;
	enum prefix	 prefix;	/* P_NONE: leaves prefix as it is */
};

/* Longest first. */
static const struct affix first_order[] = {
	{ "meng", A_DELETE, P_DI }, { "meny", A_S, P_DI },
	{ "peng", A_DELETE, P_KE }, { "peny", A_S, P_KE },
	{ "mem", A_P, P_DI }, { "men", A_DELETE, P_DI },
	{ "pem", A_P, P_KE }, { "pen", A_DELETE, P_KE },
	{ "ter", A_DELETE, P_DI },
	{ "di", A_DELETE, P_DI }, { "ke", A_DELETE, P_KE },
	{ "me", A_DELETE, P_DI },
};

static const struct affix second_order[] = {
	{ "belajar", A_AJAR, P_BER }, { "pelajar", A_AJAR, P_NONE },
	{ "ber", A_DELETE, P_BER }, { "per", A_DELETE, P_PER },
	{ "be", A_KER, P_BER }, { "pe", A_DELETE, P_PER },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static int
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int
ends(const struct id *st, const char *s)
{
	size_t k = strlen(s);

	return st->n >= k && memcmp(st->w + st->n - k, s, k) == 0;
}

/* Replaces the K bytes at AT with the LEN bytes of TO (LEN <= K). */
static void
replace(struct id *st, size_t at, size_t k, const char *to, size_t len)
{
	memmove(st->w + at + len, st->w + at + k, st->n - at - k);
	memcpy(st->w + at, to, len);
	st->n -= k - len;
}

/* Whether a non-vowel (one character) and then "er" start at P. */
static int
ker(const char *w, size_t n, size_t p)
{
	if (p >= n || is_vowel(w[p]))
		return 0;
	for (p++; p < n && ((unsigned char)w[p] & 0xC0) == 0x80; p++)
		;
	return n - p >= 2 && w[p] == 'e' && w[p + 1] == 'r';
}

/*
 * Removes the longest prefix of T (NT) found at *C whose condition
 * holds, and moves *C past what replaces it.  0 if there is none.
 */
static int
prefix(struct id *st, const struct affix *t, size_t nt, size_t *c)
{
	const char *w = st->w + *c;
	size_t i, k = 0, rest = st->n - *c;

	for (i = 0; i < nt; i++) {
		k = strlen(t[i].s);
		if (rest < k || memcmp(w, t[i].s, k) != 0)
			continue;
		if (t[i].action == A_S && (rest == k || !is_vowel(w[k])))
			continue;	/* menyx: men- */
		if (t[i].action == A_KER && !ker(w, rest, k))
			continue;
		break;
	}
	if (i == nt)
		return 0;
	if (t[i].prefix != P_NONE)
		st->prefix = t[i].prefix;
	st->measure--;
	switch (t[i].action) {
	case A_S:
		replace(st, *c, k, "s", 1);
		++*c;
		break;
	case A_P:
		if (rest > k && is_vowel(w[k])) {
			replace(st, *c, k, "p", 1);
			++*c;
		} else {
			replace(st, *c, k, "", 0);
		}
		break;
	case A_AJAR:
		replace(st, *c, k, "ajar", 4);
		*c += 4;
		break;
	default:
		replace(st, *c, k, "", 0);
	}
	return 1;
}

/* Step 4, the suffix starting at or after LB.  0 if none goes. */
static int
suffix(struct id *st, size_t lb)
{
	size_t n = st->n;

	if (ends(st, "kan") && n - 3 >= lb && st->prefix != P_KE &&
	    st->prefix != P_PER)
		st->n -= 3;
	else if (ends(st, "an") && n - 2 >= lb && st->prefix != P_DI)
		st->n -= 2;
	else if (ends(st, "i") && n - 1 >= lb && st->prefix <= P_PER &&
	    !(n - 1 > lb && st->w[n - 2] == 's'))
		st->n -= 1;
	else
		return 0;
	st->measure--;
	return 1;
}

size_t stem_id(char *word, size_t len)
{
	struct id st = { word, len, 0, P_NONE };
	size_t i, c = 0;

	for (i = 0; i < len; i++)
		st.measure += is_vowel(word[i]);
	if (st.measure <= 2)
		return len;
	if (ends(&st, "kah") || ends(&st, "lah") || ends(&st, "pun")) {
		st.n -= 3;
		if (--st.measure <= 2)
			return st.n;
	}
	if (ends(&st, "nya") || ends(&st, "ku") || ends(&st, "mu")) {
		st.n -= ends(&st, "nya") ? 3 : 2;
		st.measure--;
	}
	if (st.measure <= 2)
		return st.n;
	if (prefix(&st, first_order, NELEM(first_order), &c)) {
		if (st.measure > 2 && suffix(&st, c) && st.measure > 2)
			(void)prefix(&st, second_order, NELEM(second_order), &c);
	} else {
		(void)prefix(&st, second_order, NELEM(second_order), &c);
		if (st.measure > 2)
			(void)suffix(&st, 0);
	}
	return st.n;
}

/* Abbreviations that close their phrase: dll. (dan lain-lain), dsb.
 * (dan sebagainya); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"dll", "dsb"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][7] = {
	"hormat", "salam"
};

const lang lang_id = {
	.code = "id",
	.name = "Indonesian",
	.stopwords = WORD_LIST(stopwords, 12),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 4),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 6),
	.stem = stem_id,
};
