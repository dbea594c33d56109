/*
 * fa.c - Persian (Farsi): its word lists and its stemmer (see lang.h).
 *
 * Persian is written in the Arabic script with four letters of its own
 * (پ چ ژ گ) and its own yeh and kaf (ی U+06CC, ک U+06A9, where Arabic
 * writes ي ك): the lists are in Persian spelling, which keeps them apart
 * from Arabic's.  It has no articles (یک, "one", serves as the
 * indefinite one) and no gender; a noun takes the plural ها, the
 * possessives ام ات اش مان تان شان and the comparative تر, ترین,
 * written joined to it with a zero-width non-joiner (ZWNJ, U+200C),
 * which the engine keeps inside a word: کتاب‌ها is one word, and so is
 * می‌شود, a verb with its prefix of the present.  The stopwords are the
 * function words as they are written: the conjunctions (و, یا, اما,
 * ولی, اگر, چون, که, تا, زیرا), the prepositions (از, به, با, در, بر,
 * برای, بی, روی, زیر, میان) and the object marker را, the personal and
 * reflexive pronouns (من, تو, او, وی, ما, شما, آنها, ایشان, خود and
 * خودش...), the demonstratives (این, آن, همین, همان, چنین), question
 * words, quantifiers (همه, هر, هیچ, برخی, بیشتر, دیگر), the forms of
 * بودن (است, هست, نیست, بود, باشد) and of the auxiliaries and light
 * verbs that news prose leans on: شدن and کردن (شد, شده, شود, کرد,
 * کند, می‌شود, می‌کند), داشتن, خواستن for the future (خواهد), توانستن,
 * and گفت, "said", as English lists "said"; and common adverbs (بسیار,
 * خیلی, فقط, هنوز, حتی).  Text typed without a ZWNJ writes a space in
 * its place, so the prefix می and نمی, the suffixes ها, های, ای, تر,
 * ترین, اش and the clitics of the perfect (اند, ایم) are listed alone
 * too.  The stems are looked up as well (see terms.c), so آن‌ها and
 * همه‌ی are stopwords through آن and همه.  Persian writes no
 * abbreviations with a period, so the splitter has no lists; its
 * question mark ؟ ends a sentence as ? does, in every language.
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Function words in Persian spelling (ی, ک), a ZWNJ inside where it is
 * written, sorted in strcmp() (byte) order. */
static const char stopwords[][20] = {
	"آن", "آنان", "آنجا", "آنها", "آنکه", "آن‌ها", "آن‌که", "آیا", "از",
	"است", "اش", "اصلا", "البته", "ام", "اما", "اند", "او", "اکثر",
	"اکنون", "اگر", "اگرچه", "ای", "اید", "ایشان", "ایم", "این", "اینجا",
	"اینها", "اینک", "اینکه", "اینگونه", "این‌ها", "این‌که", "این‌گونه",
	"با", "باشد", "باشند", "باشیم", "بالای", "باید", "بتواند", "بجز",
	"بدون", "بر", "برای", "برخی", "بسیار", "بسیاری", "بعد", "بعضی", "بله",
	"بلکه", "بنابراین", "به", "بود", "بودم", "بودن", "بودند", "بوده",
	"بودیم", "بی", "بیش", "بیشتر", "بین", "تا", "تر", "ترین", "تقریبا",
	"تمام", "تمامی", "تنها", "تو", "توانست", "توسط", "جز", "جلوی", "حالا",
	"حتی", "خاطر", "خواهد", "خواهم", "خواهند", "خواهیم", "خود", "خودت",
	"خودتان", "خودش", "خودشان", "خودم", "خودمان", "خویش", "خیلی", "دارد",
	"دارند", "داشت", "داشتند", "داشته", "در", "درباره", "درون", "دوباره",
	"دیگر", "دیگران", "دیگری", "را", "روی", "زیر", "زیرا", "سوی", "سپس",
	"شان", "شاید", "شد", "شدن", "شدند", "شده", "شده‌است", "شده‌اند",
	"شما", "شود", "شوند", "طبق", "طور", "طی", "علیه", "فقط", "قبل", "لذا",
	"ما", "مانند", "مثل", "مرا", "معمولا", "من", "مگر", "می", "میان",
	"می‌توان", "می‌تواند", "می‌توانند", "می‌شد", "می‌شود", "می‌شوند",
	"می‌کرد", "می‌کند", "می‌کنند", "می‌گوید", "نباشد", "نباید", "نبود",
	"نبودند", "ندارد", "ندارند", "نداشت", "نزد", "نشد", "نشده", "نمی",
	"نمی‌تواند", "نمی‌شود", "نمی‌کند", "نه", "نکرد", "نیز", "نیست",
	"نیستند", "ها", "های", "هایی", "هر", "هرچند", "هرکس", "هرگز", "هست",
	"هستم", "هستند", "هستید", "هستیم", "هم", "همان", "همدیگر", "همراه",
	"همه", "همواره", "همچنان", "همچنین", "همچون", "همگی", "همیشه", "همین",
	"هنوز", "هنگامی", "هیچ", "هیچکس", "هیچ‌کس", "و", "وقتی", "ولی", "وی",
	"پس", "پشت", "پیش", "چرا", "چطور", "چقدر", "چنان", "چنانچه", "چند",
	"چندان", "چندین", "چنین", "چه", "چون", "چونکه", "چگونه", "چی", "چیزی",
	"چیست", "کاملا", "کجا", "کدام", "کرد", "کردن", "کردند", "کرده",
	"کرده‌است", "کرده‌اند", "کسی", "کلیه", "کمتر", "کمی", "کنار", "کند",
	"کنند", "که", "کی", "کیست", "گاهی", "گردید", "گردیده", "گفت", "گفته",
	"ی", "یا", "یعنی", "یک", "یکدیگر", "یکی"
};

/* Words that cannot end a line or a heading: prepositions, the object
 * marker را, conjunctions, and the demonstratives before a noun. */
static const char dangling[][13] = {
	"آن", "از", "اما", "اگر", "این", "با", "بدون", "بر", "برای", "بلکه",
	"به", "بی", "بین", "تا", "توسط", "جز", "در", "درباره", "را", "روی",
	"زیر", "زیرا", "طی", "علیه", "مانند", "مثل", "میان", "نزد", "هر",
	"همان", "همین", "و", "ولی", "چون", "که", "یا"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: our own, light, built on one principle of Persian
 * spelling: a ZWNJ marks a morpheme boundary, so an affix joined by
 * one can be cut off without guessing where the stem ends.  Words
 * joined without it (کتابها, میشود) are left whole, since there a
 * final ها or a first می may as well be part of the stem (میز, table).
 *
 *  1. Fold the letters an Arabic keyboard types: ي (U+064A) and ى
 *     (U+0649) to ی (U+06CC), ك (U+0643) to ک (U+06A9); all are two
 *     bytes of UTF-8, so in place.
 *  2. A ZWNJ at either end joins nothing: it goes, here and after
 *     each cut below.
 *  3. While what follows the last ZWNJ is a suffix of the plural, a
 *     possessive, the comparative or the indefinite or ezafe ی (ها
 *     های هایی هایم هایت هایش هایمان هایتان هایشان, ام ات اش مان
 *     تان شان, ای ی, تر ترین) or a clitic of the perfect (ایم اید
 *     اند است: رفته‌اند), cut the word at that ZWNJ: کتاب‌هایشان is
 *     کتاب, بزرگ‌تر is بزرگ.
 *  4. The prefixes of the present and its negation with their ZWNJ,
 *     می‌ and نمی‌, go (as many as there are, so that a stem is its
 *     own stem): می‌روم is روم, نمی‌شود is شود.
 *  5. The ezafe written on a final heh, هٔ (U+0654 after it) or ۀ
 *     (U+06C0), is the heh alone: خانهٔ is خانه.
 *
 * No step leaves the word empty: an affix that is the whole word
 * stays.  Bytes are compared as they are, so invalid UTF-8 is carried
 * through untouched; the stem is never longer than the word.
 */

#define ZWNJ "\xE2\x80\x8C"
#define ZWNJ_LEN 3

/* Suffixes that may follow the last ZWNJ, each the whole of what
 * follows it. */
static const char suffixes[][13] = {
	"ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان",
	"هایشان", "ام", "ات", "اش", "مان", "تان", "شان", "ای", "ی", "تر",
	"ترین", "ایم", "اید", "اند", "است"
};

/* Prefixes with their ZWNJ. */
static const char prefixes[][10] = {
	"می" ZWNJ, "نمی" ZWNJ
};

/* Step 1: ي ى to ی (DB 8C), ك to ک (DA A9). */
static void fold_arabic(unsigned char *w, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (w[i] != 0xD9)
			continue;
		if (w[i + 1] == 0x8A || w[i + 1] == 0x89) {
			w[i] = 0xDB;
			w[i + 1] = 0x8C;
		} else if (w[i + 1] == 0x83) {
			w[i] = 0xDA;
			w[i + 1] = 0xA9;
		}
		i++;
	}
}

/* Whether W[0..N) is one of the suffixes. */
static int is_suffix(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
		if (strlen(suffixes[i]) == n && memcmp(suffixes[i], w, n) == 0)
			return 1;
	return 0;
}

/* Where the last ZWNJ of W[0..N) begins, or N if none does. */
static size_t last_zwnj(const char *w, size_t n)
{
	for (size_t i = n; i >= ZWNJ_LEN; i--)
		if (memcmp(w + i - ZWNJ_LEN, ZWNJ, ZWNJ_LEN) == 0)
			return i - ZWNJ_LEN;
	return n;
}

/* Step 2: W[0..N) without a ZWNJ at either end, unless that is all
 * it is.  Returns the new length. */
static size_t trim_zwnj(char *w, size_t n)
{
	while (n > ZWNJ_LEN && memcmp(w + n - ZWNJ_LEN, ZWNJ, ZWNJ_LEN) == 0)
		n -= ZWNJ_LEN;
	while (n > ZWNJ_LEN && memcmp(w, ZWNJ, ZWNJ_LEN) == 0) {
		memmove(w, w + ZWNJ_LEN, n - ZWNJ_LEN);
		n -= ZWNJ_LEN;
	}
	return n;
}

static size_t stem_fa(char *word, size_t len)
{
	size_t n, at, k;

	fold_arabic((unsigned char *)word, len);
	n = trim_zwnj(word, len);
	/* Step 3. */
	while ((at = last_zwnj(word, n)) > 0 && at < n &&
	       is_suffix(word + at + ZWNJ_LEN, n - at - ZWNJ_LEN))
		n = trim_zwnj(word, at);
	/* Step 4. */
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
		k = strlen(prefixes[i]);
		if (n > k && memcmp(word, prefixes[i], k) == 0) {
			memmove(word, word + k, n - k);
			n = trim_zwnj(word, n - k);
			i = (size_t)-1;            /* and again, from the first */
		}
	}
	/* Step 5: هٔ (D9 87 D9 94) or ۀ (DB 80) at the end. */
	if (n >= 4 && memcmp(word + n - 4, "\xD9\x87\xD9\x94", 4) == 0)
		n -= 2;
	else if (n >= 2 && memcmp(word + n - 2, "\xDB\x80", 2) == 0)
		memcpy(word + n - 2, "\xD9\x87", 2);
	return n;
}

/* Abbreviations, which in a script without case never end a sentence
 * before a word of the script (a Persian sentence ends with its verb,
 * so they seldom do): the letters of the dotted ones, م. (of the
 * Christian year), ه.ش. and ه.ق. (of the solar and lunar Hijri years),
 * ق.م. (BC), ق.ظ. and ب.ظ. (a.m. and p.m.), ر.ک. (see), and ج. and ص.
 * (volume, page).  Every part of a dotted abbreviation must be here, or
 * the splitter takes the token for a domain name. */
static const char lower_abbrevs[][3] = {
	"ب", "ج", "ر", "ش", "ص", "ظ", "ق", "م", "ه", "ک"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][17] = {
	"احترام", "ارادتمند"
};

/* Words that join what follows them to what came before (but, or):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][7] = {
	"اما", "ولی", "یا"
};

const lang lang_fa = {
	.code = "fa",
	.name = "Persian",
	.script = SCRIPT_ARABIC,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 19),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 2),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 6),
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 12),
	.closings = WORD_LIST(closings, 16),
	.stem = stem_fa,
};
