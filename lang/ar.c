/*
 * ar.c - Arabic: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Arabic function words: prepositions, conjunctions and particles,
 * pronouns and demonstratives, relatives, the forms of كان and of the
 * negation ليس, common adverbs, and the commonest of these with a
 * conjunction or a pronoun attached.  Written without vowel marks, and
 * often also as they are typed without the hamza (الى for إلى).  And
 * the letters that stand alone as words: the conjunctions و ف and the
 * prepositions ب ك ل typed apart from their word (لـ QDOS, with a
 * tatweel, stems to ل), and the marks of an era after a year, م (of
 * the Common Era) and هـ (of the Hijra).
 * Sorted in strcmp (byte) order. */
static const char stopwords[][15] = {
	"أحد", "أصبح", "أصبحت", "أقل", "أكثر", "أم", "أما", "أمام", "أن",
	"أنا", "أنت", "أنتم", "أنتن", "أنه", "أنها", "أو", "أول",
	"أولئك", "أي", "أيا", "أية", "أيضا", "أين", "أينما", "إحدى",
	"إذ", "إذا", "إذن", "إلا", "إلى", "إليه", "إليها", "إليهم", "إما",
	"إن", "إنه", "إنها", "احد", "احدى", "اذ", "اذا", "اذن", "اقل",
	"اكثر", "الآن", "الا", "الان", "التى", "التي", "الذى", "الذي",
	"الذين", "اللائي", "اللاتي", "اللتان", "اللتين", "اللذان", "اللذين",
	"اللواتي", "الى", "اليه", "اليها", "اما", "امام", "ان", "انا", "انت",
	"انتم", "انه", "انها", "او", "اول", "اولئك", "اي", "ايضا",
	"اين", "ب", "بأن", "بات", "بان", "بعد", "بعض", "بل", "بما", "به",
	"بها", "بهم", "بين", "بينما", "تحت", "تزال", "تقول", "تكون", "تلك",
	"تم", "ثم", "ثمة", "جدا", "جميع", "حتى", "حوالي",
	"حول", "حيث", "حين", "حينما", "خلال", "خلف", "دون", "ذات", "ذاك",
	"ذلك", "سواء", "سوف", "سوى", "صار", "ضد", "ضمن", "ظل", "عبر", "عدة",
	"على", "علي", "عليك", "عليه", "عليها", "عليهم", "عما", "عن", "عند",
	"عندما", "عنده", "عندها", "عنه", "عنها", "عنهم", "غير", "غيرها", "ف",
	"فإن", "فان", "فقد", "فقط", "فلا", "فهو", "فهي", "فوق", "في", "فيما",
	"فيه", "فيها", "فيهم", "قال", "قالت", "قبل", "قد", "ك", "كأن", "كان",
	"كانت", "كانوا", "كذلك", "كل", "كلا", "كلتا", "كلما", "كله", "كلها",
	"كم", "كما", "كي", "كيف", "كيفما", "ل", "لأن", "لا", "لان", "لدى",
	"لدي", "لدينا", "لذلك", "لعل", "لقد", "لك", "لكم", "لكن", "لكنه",
	"لكنها", "لكي", "لم", "لما", "لماذا", "لن", "لنا", "له", "لها",
	"لهذا", "لهم", "لو", "لولا", "ليت", "ليس", "ليست", "ليسوا", "م", "ما",
	"ماذا", "مازال", "متى", "مثل", "مذ", "مع", "معه", "معها", "معهم",
	"مما", "من", "منذ", "منه", "منها", "منهم", "مهما", "نحن", "نحو",
	"نفس", "ه", "هؤلاء", "هاتان", "هذا", "هذان", "هذه", "هذين", "هل",
	"هم", "هما", "هن", "هنا", "هناك", "هنالك", "هو", "هي", "و", "وأن",
	"وإلى", "وإن", "والى", "وان", "وذلك", "وراء", "وعلى", "وعن", "وفي",
	"وقال", "وقالت", "وقد", "وكان", "وكانت", "وكما", "ولا", "ولكن", "ولم",
	"ولن", "وما", "ومن", "وهذا", "وهذه", "وهم", "وهو", "وهي", "يزال",
	"يقول", "يكون", "يكونوا", "يمكن"
};

/* Titles abbreviated with a period before a name: د. (doctor), أ.
 * (ustadh) and أ.د. (professor).  Not م., which also ends a year
 * (2020 م.). */
static const char titles[][6] = {
	"أ", "أ.د", "د"
};

/* The relative pronouns, and الذى التى as they are often typed. */
static const char relatives[][15] = {
	"التى", "التي", "الذى", "الذي", "الذين", "اللائي", "اللاتي", "اللتان",
	"اللتين", "اللذان", "اللذين", "اللواتي"
};

/* Verbs of saying, which open the attribution after a quotation:
 * «…؟» سألت سارة.  With an object pronoun joined (سألتني) each is
 * found through said_suffixes.  Folded, sorted. */
static const char said[][13] = {
	"أجاب", "أجابت", "أخبر", "أخبرت", "أضاف", "أضافت", "أكد", "أكدت",
	"تسأل", "تساءل", "تساءلت", "تقول", "رد", "ردت", "سأل", "سألت", "صاح",
	"صاحت", "صرخ", "صرخت", "علق", "علقت", "قال", "قالت", "همس", "همست",
	"يسأل", "يقول"
};

/* The object pronouns joined to a verb (سألتني, "she asked me"; سأله,
 * "he asked him"): me, him, her, them, them (women), the two of them,
 * us, you, you (plural).  Sorted. */
static const char said_suffixes[][7] = {
	"ك", "كم", "نا", "ني", "ه", "ها", "هم", "هما", "هن"
};

/* Prepositions and conjunctions, which need a word after them. */
static const char dangling[][9] = {
	"أمام", "أن", "أو", "إذا", "إلى", "إن", "اذا", "الى", "ان", "او",
	"بعد", "بل", "بين", "تحت", "ثم", "حتى", "حول", "حيث", "خلال", "خلف",
	"دون", "ضد", "على", "عن", "عند", "فوق", "في", "قبل", "كي", "لأن",
	"لدى", "لكن", "لكي", "لو", "مع", "من", "منذ", "نحو", "و"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Arabic, the light stemmer of Assem Chelli and
 * Abdelkrim Aries.  It strips the clitics and inflections glued to an
 * Arabic word, guessing from its first letters whether it is a noun
 * with the article or may be a verb; it does not look for roots.
 *
 *  1. Guess: a word that begins with the article (ال, لل, or بال, كال
 *     when the word has more than four letters, ال or لل more than
 *     three) is a definite noun; any other word may be a noun or a verb.
 *     The guess is made on the word as it came.
 *  2. Normalise: drop the short vowels and other marks (U+064B-U+0652)
 *     and the tatweel; write Arabic-Indic digits as ASCII digits; write
 *     the presentation forms (U+FE80-U+FEFC) as the letters they shape,
 *     the lam-alef ligatures as lam and alef.
 *  3. Suffixes, at the end, by the first of these that applies:
 *     - for a word that may be a verb: object pronouns (ه ك ني نا ها هم
 *       هن كم كن هما كما كمو), as many as there are, then a subject
 *       ending (ت ا ن ي نا تا تن ان ون ين تما, or و تمو); or else the
 *       endings وا تم, or a subject ending alone;
 *     - for a noun: the feminine ة; or a possessive (ي ك ه نا كم ها
 *       هن هم كما هما; not after the article) and then maybe a plural
 *       or dual ending (ا ي و, ات, ت); or the ن of a dual or plural
 *       with one of those before it; or ا ي و alone (not after the
 *       article); or ات.  Then, and only then, the relative ي (nisba).
 *       When the possessive has no ending before it, the nisba ي is
 *       looked for before the word's last letter.
 *     - else a final alef maqsura ى is written ي.
 *  4. Prefixes, at the start: أأ أآ أؤ أا أإ lose their first hamza; a
 *     conjunction ف or و goes (not from فا, وا); then the article (ال
 *     لل بال كال); or, for a noun, the preposition ب (not from با) and
 *     the doubled بب كك; or, for a verb, the future س before ي ت ن أ,
 *     and the present prefixes يست نست تست become است.
 *  5. A hamza on a seat at the end of the word becomes ء; elsewhere أ إ
 *     آ become ا, ؤ becomes و, ئ becomes ي.
 *
 * Each affix has a least length (in letters) the word must have for it
 * to go, so that short words keep their letters.  When several affixes
 * of a step end (or begin) the word, the longest is the one tried; if the
 * word is too short for it, no shorter one is.  The steps move a cursor
 * as the algorithm states: an alternative of step 3 that deletes and
 * then fails leaves the deletion, and the prefixes of step 4 are looked
 * for where the one before left the cursor.
 *
 * Arabic letters are two bytes of UTF-8, so the affixes are matched as
 * bytes; letters are counted (for the least lengths) as the bytes that
 * start a character.  Normalising never lengthens a word but for the
 * ligatures, one byte each: a word of more than LANG_STEM_ROOM of them
 * keeps them whole.
 */

struct ar {
	char	*w;
	size_t	 n;		/* bytes in the word */
	size_t	 c;		/* the cursor */
	int	 noun;		/* whether it may be a noun */
	int	 verb;		/* whether it may be a verb */
	int	 defined;	/* whether it has the article */
};

/* An affix: its letters, what replaces it ("": nothing), and the least
 * length in letters of a word that may lose it.  The strings are held in
 * place: a pointer would cost the loader a relocation at every start. */
struct affix {
	char		 s[7];	/* three letters at most, two bytes each */
	char		 to[7];
	unsigned char	 min;
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define AFFIXES(t) t, NELEM(t)

/* Tables list longer affixes first: the first match is the longest. */
static const struct affix article_test[] = {	/* step 1 */
	{ "بال", "", 5 }, { "كال", "", 5 },
	{ "لل", "", 4 }, { "ال", "", 4 },
};

static const struct affix verb_objects[] = {
	{ "هما", "", 6 }, { "كما", "", 6 }, { "كمو", "", 6 },
	{ "ني", "", 5 }, { "نا", "", 5 }, { "ها", "", 5 },
	{ "هم", "", 5 }, { "هن", "", 5 }, { "كم", "", 5 },
	{ "كن", "", 5 },
	{ "ه", "", 4 }, { "ك", "", 4 },
};

static const struct affix verb_subjects[] = {
	{ "تما", "", 6 },
	{ "نا", "", 5 }, { "تا", "", 5 }, { "تن", "", 5 },
	{ "ان", "", 6 }, { "ون", "", 6 }, { "ين", "", 6 },
	{ "ت", "", 4 }, { "ا", "", 4 }, { "ن", "", 4 }, { "ي", "", 4 },
};

static const struct affix verb_plurals[] = {
	{ "وا", "", 5 }, { "تم", "", 5 },
};

static const struct affix verb_waw[] = {
	{ "تمو", "", 6 }, { "و", "", 4 },
};

static const struct affix noun_possessives[] = {
	{ "كما", "", 6 }, { "هما", "", 6 },
	{ "نا", "", 5 }, { "كم", "", 5 }, { "ها", "", 5 },
	{ "هن", "", 5 }, { "هم", "", 5 },
	{ "ي", "", 4 }, { "ك", "", 4 }, { "ه", "", 4 },
};

static const struct affix noun_n[] = { { "ن", "", 6 } };
static const struct affix noun_vowels[] = {
	{ "ا", "", 5 }, { "ي", "", 5 }, { "و", "", 5 },
};
static const struct affix noun_at[] = { { "ات", "", 5 } };
static const struct affix noun_t[] = { { "ت", "", 4 } };
static const struct affix noun_ta_marbuta[] = { { "ة", "", 4 } };
static const struct affix noun_nisba[] = { { "ي", "", 3 } };
static const struct affix alef_maqsura[] = { { "ى", "ي", 0 } };

static const struct affix hamza_pairs[] = {	/* step 4 */
	{ "أأ", "أ", 4 }, { "أآ", "آ", 4 }, { "أؤ", "أ", 4 },
	{ "أا", "ا", 4 }, { "أإ", "إ", 4 },
};

static const struct affix conjunctions[] = {
	{ "ف", "", 4 }, { "و", "", 4 },
};

static const struct affix articles[] = {
	{ "بال", "", 6 }, { "كال", "", 6 },
	{ "لل", "", 5 }, { "ال", "", 5 },
};

static const struct affix noun_prefixes[] = {
	{ "بب", "ب", 4 }, { "كك", "ك", 4 }, { "ب", "", 4 },
};

static const struct affix future[] = {
	{ "سي", "ي", 5 }, { "ست", "ت", 5 }, { "سن", "ن", 5 }, { "سأ", "أ", 5 },
};

static const struct affix present[] = {
	{ "يست", "است", 5 }, { "نست", "است", 5 }, { "تست", "است", 5 },
};

static const struct affix hamza_end[] = {	/* step 5 */
	{ "أ", "ء", 0 }, { "إ", "ء", 0 }, { "آ", "ء", 0 },
	{ "ؤ", "ء", 0 }, { "ئ", "ء", 0 },
};

static const struct affix hamza_seat[] = {
	{ "أ", "ا", 0 }, { "إ", "ا", 0 }, { "آ", "ا", 0 },
	{ "ؤ", "و", 0 }, { "ئ", "ي", 0 },
};

/* The presentation forms U+FE80-U+FEFC in order: each letter, with its
 * isolated, final (and initial, medial) forms.  A base above 0xFFF is a
 * lam-alef ligature: lam, then the alef in its low bits. */
static const struct {
	unsigned short	 base;
	unsigned char	 forms;
} shapes[] = {
	{ 0x621, 1 }, { 0x622, 2 }, { 0x623, 2 }, { 0x624, 2 }, { 0x625, 2 },
	{ 0x626, 4 }, { 0x627, 2 }, { 0x628, 4 }, { 0x629, 2 }, { 0x62A, 4 },
	{ 0x62B, 4 }, { 0x62C, 4 }, { 0x62D, 4 }, { 0x62E, 4 }, { 0x62F, 2 },
	{ 0x630, 2 }, { 0x631, 2 }, { 0x632, 2 }, { 0x633, 4 }, { 0x634, 4 },
	{ 0x635, 4 }, { 0x636, 4 }, { 0x637, 4 }, { 0x638, 4 }, { 0x639, 4 },
	{ 0x63A, 4 }, { 0x641, 4 }, { 0x642, 4 }, { 0x643, 4 }, { 0x644, 4 },
	{ 0x645, 4 }, { 0x646, 4 }, { 0x647, 4 }, { 0x648, 2 }, { 0x649, 2 },
	{ 0x64A, 4 }, { 0x1622, 2 }, { 0x1623, 2 }, { 0x1625, 2 },
	{ 0x1627, 2 },
};

#define LIGATURE 0x1000

static int
is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Letters (characters) in W[0..N): the bytes that start one. */
static size_t
letters(const char *w, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += !is_cont(w[i]);
	return k;
}

/* The letter a presentation form CP (U+FE80-U+FEFC) shapes. */
static unsigned
unshape(unsigned cp)
{
	unsigned first = 0xFE80;
	size_t i;

	for (i = 0; i < NELEM(shapes); i++) {
		if (cp < first + shapes[i].forms)
			return shapes[i].base;
		first += shapes[i].forms;
	}
	return 0;
}

/* Writes the letter CP (U+0600-U+06FF) at P as UTF-8, two bytes. */
static void
put_letter(char *p, unsigned cp)
{
	p[0] = (char)(0xC0 | (cp >> 6));
	p[1] = (char)(0x80 | (cp & 0x3F));
}

/*
 * Step 2 but the ligatures: drops the marks and tatweel, rewrites digits
 * and presentation forms in place (never longer).  Ligatures stay and are
 * counted in *LIG.  Returns the new length.
 */
static size_t
normalize(char *w, size_t n, size_t *lig)
{
	size_t i = 0, o = 0;
	unsigned char a, b;
	unsigned cp;

	while (i < n) {
		a = (unsigned char)w[i];
		b = i + 1 < n ? (unsigned char)w[i + 1] : 0;
		if (a == 0xD9 && (b == 0x80 || (b >= 0x8B && b <= 0x92))) {
			i += 2;			/* a vowel mark or tatweel */
			continue;
		}
		if (a == 0xD9 && b >= 0xA0 && b <= 0xA9) {
			w[o++] = (char)('0' + (b - 0xA0));
			i += 2;
			continue;
		}
		if (a == 0xEF && (b == 0xBA || b == 0xBB) && i + 2 < n &&
		    is_cont(w[i + 2])) {
			cp = 0xF000 | (b & 0x3Fu) << 6 | ((unsigned char)w[i + 2] & 0x3Fu);
			if (cp >= 0xFE80 && unshape(cp)) {
				cp = unshape(cp);
				if (cp & LIGATURE) {
					memmove(w + o, w + i, 3);
					o += 3;
					++*lig;
				} else {
					put_letter(w + o, cp);
					o += 2;
				}
				i += 3;
				continue;
			}
		}
		w[o++] = w[i++];
	}
	return o;
}

/* Step 2 for the ligatures of W (N bytes): each becomes lam and alef, a
 * byte longer, so the word is rewritten from its end.  LIG of them. */
static size_t
unligature(char *w, size_t n, size_t lig)
{
	size_t i = n, o = n + lig;
	unsigned cp;

	while (o > i) {
		if (i >= 3 && (unsigned char)w[i - 3] == 0xEF &&
		    (unsigned char)w[i - 2] == 0xBB &&
		    (unsigned char)w[i - 1] >= 0xB5 &&
		    (unsigned char)w[i - 1] <= 0xBC) {
			cp = unshape(0xFEC0 | ((unsigned char)w[i - 1] & 0x3Fu));
			put_letter(w + o - 2, cp & 0xFFF);
			put_letter(w + o - 4, 0x644);
			o -= 4;
			i -= 3;
		} else {
			w[--o] = w[--i];
		}
	}
	return n + lig;
}

/* The first affix of T (NT) that W[0..N) starts with, or NULL. */
static const struct affix *
find_prefix(const char *w, size_t n, const struct affix *t, size_t nt)
{
	size_t i, len;

	for (i = 0; i < nt; i++) {
		len = strlen(t[i].s);
		if (n >= len && memcmp(w, t[i].s, len) == 0)
			return &t[i];
	}
	return NULL;
}

/* The first affix of T (NT) that W[0..N) ends with, or NULL. */
static const struct affix *
find_suffix(const char *w, size_t n, const struct affix *t, size_t nt)
{
	size_t i, len;

	for (i = 0; i < nt; i++) {
		len = strlen(t[i].s);
		if (n >= len && memcmp(w + n - len, t[i].s, len) == 0)
			return &t[i];
	}
	return NULL;
}

/* Writes A's replacement over the LEN bytes at AT. */
static void
replace(struct ar *st, size_t at, size_t len, const struct affix *a)
{
	size_t tl = strlen(a->to);

	memmove(st->w + at + tl, st->w + at + len, st->n - at - len);
	if (tl)
		memcpy(st->w + at, a->to, tl);
	st->n = st->n - len + tl;
}

/* Removes (or rewrites) the longest affix of T that ends at the cursor,
 * if the word is long enough; the cursor goes to its start. */
static int
suffix(struct ar *st, const struct affix *t, size_t nt)
{
	const struct affix *a = find_suffix(st->w, st->c, t, nt);
	size_t len;

	if (a == NULL || letters(st->w, st->n) < a->min)
		return 0;
	len = strlen(a->s);
	st->c -= len;
	replace(st, st->c, len, a);
	return 1;
}

/* The same for the longest affix of T that starts at the cursor, which
 * goes past what replaces it. */
static int
prefix(struct ar *st, const struct affix *t, size_t nt)
{
	const struct affix *a = find_prefix(st->w + st->c, st->n - st->c, t, nt);

	if (a == NULL || letters(st->w, st->n) < a->min)
		return 0;
	replace(st, st->c, strlen(a->s), a);
	st->c += strlen(a->to);
	return 1;
}

/* Moves the cursor back a character, as a rule that matched nothing. */
static int
step_back(struct ar *st)
{
	if (st->c == 0)
		return 0;
	for (st->c--; st->c > 0 && is_cont(st->w[st->c]); st->c--)
		;
	return 1;
}

/* Step 3 for a word that may be a verb. */
static int
verb_suffixes(struct ar *st)
{
	if (suffix(st, AFFIXES(verb_objects))) {
		while (suffix(st, AFFIXES(verb_objects)))
			;
		if (suffix(st, AFFIXES(verb_subjects)) ||
		    suffix(st, AFFIXES(verb_waw)) || step_back(st))
			return 1;
		st->c = st->n;
	}
	return suffix(st, AFFIXES(verb_plurals)) ||
	       suffix(st, AFFIXES(verb_subjects));
}

/* Step 3 for a noun, before the nisba: the endings of number, gender
 * and person. */
static void
noun_endings(struct ar *st)
{
	if (suffix(st, AFFIXES(noun_ta_marbuta)))
		return;
	if (!st->defined && suffix(st, AFFIXES(noun_possessives))) {
		if (suffix(st, AFFIXES(noun_vowels)) ||
		    suffix(st, AFFIXES(noun_at)) ||
		    suffix(st, AFFIXES(noun_t)) || step_back(st))
			return;
		st->c = st->n;
	}
	if (suffix(st, AFFIXES(noun_n))) {
		if (suffix(st, AFFIXES(noun_vowels)) ||
		    suffix(st, AFFIXES(noun_at)) || suffix(st, AFFIXES(noun_t)))
			return;
		st->c = st->n;		/* the ن stays deleted */
	}
	if (!st->defined && suffix(st, AFFIXES(noun_vowels)))
		return;
	(void)suffix(st, AFFIXES(noun_at));
}

static void
suffixes(struct ar *st)
{
	st->c = st->n;
	if (st->verb && verb_suffixes(st))
		return;
	st->c = st->n;
	if (st->noun) {
		noun_endings(st);
		if (suffix(st, AFFIXES(noun_nisba)))
			return;
	}
	st->c = st->n;
	(void)suffix(st, AFFIXES(alef_maqsura));
}

/* Whether the word has S at the cursor. */
static int
at_cursor(const struct ar *st, const char *s)
{
	size_t len = strlen(s);

	return st->n - st->c >= len && memcmp(st->w + st->c, s, len) == 0;
}

static void
prefixes(struct ar *st)
{
	st->c = 0;
	(void)prefix(st, AFFIXES(hamza_pairs));
	if (!at_cursor(st, "فا") && !at_cursor(st, "وا"))
		(void)prefix(st, AFFIXES(conjunctions));
	if (prefix(st, AFFIXES(articles)))
		return;
	if (st->noun && !at_cursor(st, "با") &&
	    prefix(st, AFFIXES(noun_prefixes)))
		return;
	if (st->verb) {
		(void)prefix(st, AFFIXES(future));
		(void)prefix(st, AFFIXES(present));
	}
}

/* Step 5. */
static void
hamzas(struct ar *st)
{
	const struct affix *a;
	size_t i;

	st->c = st->n;
	(void)suffix(st, AFFIXES(hamza_end));
	for (i = 0; i + 1 < st->n; i += 1 + is_cont(st->w[i + 1])) {
		a = find_prefix(st->w + i, 2, AFFIXES(hamza_seat));
		if (a)
			memcpy(st->w + i, a->to, 2);
	}
}

static size_t
stem_ar(char *word, size_t len)
{
	struct ar st = { word, len, 0, 1, 1, 0 };
	const struct affix *a = find_prefix(word, len, AFFIXES(article_test));
	size_t lig = 0;

	if (a && letters(word, len) >= a->min) {
		st.noun = 1;
		st.verb = 0;
		st.defined = 1;
	}
	st.n = normalize(word, len, &lig);
	if (lig > 0 && lig <= LANG_STEM_ROOM)
		st.n = unligature(word, st.n, lig);
	suffixes(&st);
	prefixes(&st);
	hamzas(&st);
	return st.n;
}

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"التحية", "تحياتي"
};

/* Words that join what follows them to what came before (but, then, or):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][11] = {
	"أو", "بل", "ثم", "لكن", "لكنه", "لكنها", "لكنهم", "ولكن"
};

const lang lang_ar = {
	.code = "ar",
	.name = "Arabic",
	.script = SCRIPT_ARABIC,
	.stopwords = WORD_LIST(stopwords, 14),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 10),
	.relatives = WORD_LIST(relatives, 14),
	.said = WORD_LIST(said, 12),
	.said_suffixes = WORD_LIST(said_suffixes, 6),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 12),
	.stem = stem_ar,
};
