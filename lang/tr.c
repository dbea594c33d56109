/*
 * tr.c - Turkish: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Turkish function words: pronouns in their cases, demonstratives,
 * conjunctions, postpositions, the question particle, the copula and
 * the commonest forms of olmak, quantifiers and adverbs.  Sorted
 * (strcmp order: the letters with diacritics come after z). */
static const char stopwords[][14] = {
	"acaba", "ama", "ancak", "artık", "aslında", "aynı", "ayrıca", "az",
	"bana", "bazen", "bazı", "bazıları", "başka", "belki", "ben", "bence",
	"bende", "benden", "beni", "benim", "beri", "beriki", "bile", "bir",
	"biraz", "birazdan", "birbiri", "birbirine", "birbirini", "biri",
	"birileri", "birisi", "birkaç", "birçok", "birçoğu", "birşey", "biz",
	"bizde", "bizden", "bize", "bizi", "bizim", "bizler", "bu", "buna",
	"bunca", "bunda", "bundan", "bunlar", "bunlara", "bunlarda",
	"bunlardan", "bunları", "bunların", "bunu", "bunun", "burada",
	"buradan", "buraya", "böyle", "böylece", "bütün", "da", "daha",
	"dahi", "dair", "de", "defa", "dek", "değil", "değildi", "değildir",
	"değin", "diye", "diğer", "diğeri", "dolayı", "dolayısıyla", "en",
	"epey", "evet", "eğer", "fakat", "falan", "fazla", "filan", "gene",
	"gibi", "göre", "hala", "halbuki", "hangi", "hangisi", "hani",
	"hatta", "hayır", "hem", "hemen", "henüz", "hep", "hepimiz", "hepsi",
	"her", "herhangi", "herkes", "hiç", "hiçbir", "hiçbiri", "hiçbirisi",
	"idi", "iken", "ila", "ile", "ilgili", "imiş", "ise", "itibaren",
	"için", "içinde", "işte", "kadar", "karşı", "karşın", "kaç", "kaçı",
	"kendi", "kendileri", "kendim", "kendimi", "kendin", "kendine",
	"kendini", "kendisi", "kendisine", "kendisini", "keşke", "ki", "kim",
	"kimden", "kime", "kimi", "kimin", "kimse", "lakin", "madem",
	"mademki", "mi", "mu", "mü", "mı", "nasıl", "ne", "neden",
	"nedeniyle", "nerde", "nerede", "nereden", "nereye", "nesi", "neyi",
	"nice", "niye", "niçin", "o", "olan", "olarak", "oldu", "olduğu",
	"olduğunu", "olmak", "olması", "olmayan", "olsa", "olup", "olur",
	"ona", "onca", "onda", "ondan", "onlar", "onlara", "onlarda",
	"onlardan", "onları", "onların", "onu", "onun", "orada", "oradan",
	"oraya", "oysa", "oysaki", "pek", "rağmen", "sadece", "sana", "sanki",
	"sen", "sende", "senden", "seni", "senin", "siz", "sizde", "sizden",
	"size", "sizi", "sizin", "sonra", "tabii", "tam", "tüm", "var",
	"vardı", "vardır", "vb", "ve", "veya", "vs", "ya", "yahut", "yalnız",
	"yalnızca", "yani", "yerine", "yine", "yok", "yoksa", "yoktu",
	"yoktur", "zaten", "zira", "çok", "çoğu", "çünkü", "öbür", "önce",
	"öteki", "ötürü", "öyle", "üstelik", "üzere", "üzerine", "şayet",
	"şey", "şeyi", "şeyler", "şimdi", "şu", "şuna", "şunca", "şunda",
	"şundan", "şunlar", "şunları", "şunu", "şunun", "şöyle"
};

/* Ranks and professions written before a name: Dr., Prof., Doç., Av.,
 * Sn. (Sayın), Yrd. (Yardımcı), Öğr. Gör., ranks of the army. */
static const char titles[][6] = {
	"alb", "arş", "av", "bnb", "doç", "dr", "gen", "gör", "müh", "op",
	"org", "prof", "sn", "uzm", "yrd", "yzb", "öğr"
};

/* Abbreviations that may also end a sentence: addresses (Cad., Sok.,
 * Mah.), firms (Ltd., Şti., San. ve Tic. A.Ş.), references (bkz., krş., örn., vb., vs.). */
static const char abbrevs[][5] = {
	"apt", "bkz", "blv", "cad", "haz", "krş", "ltd", "mah", "no", "s",
	"san", "sok", "tel", "tic", "vb", "vd", "vs", "yay", "yy", "çev",
	"örn", "şti"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][5] = {
	"bkz", "haz", "krş", "s", "vb", "vd", "vs", "yy", "çev", "örn"
};

/* Turkish makes relative clauses with participles; the one relative
 * word is the conjunction ki ("(ki bu ...)"). */
static const char relatives[][3] = { "ki" };

/* Words that cannot end a line: conjunctions and determiners.  The
 * postpositions (için, gibi, kadar) follow their noun and may. */
static const char dangling[][9] = {
	"ama", "ancak", "bazı", "bir", "birkaç", "bu", "bütün", "eğer",
	"fakat", "hangi", "hem", "her", "hiçbir", "ile", "oysa", "tüm", "ve",
	"veya", "yahut", "çünkü", "şu"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Turkish, Evren Çilden's rendering of the affix
 * stripping analyser of Eryiğit and Adalı.
 *
 * Turkish glues suffixes to a stem in a fixed order, so the stemmer reads
 * the word from its end and recognises one suffix at a time, following
 * the analyser's automaton: "doktoruymuşsunuz" is doktor + u + ymuş +
 * sunuz.  Each suffix takes the forms vowel harmony gives it, written
 * here as the algorithm writes them: A for a or e, U for ı, i, u or ü, D
 * for d or t (-lAr is lar or ler, -DUr is dır, tir, dur, tür, ...).
 *
 *  1. A word with fewer than two vowels (one syllable) is its own stem.
 *  2. A suffix is recognised ("marked") only where
 *     - vowel harmony allows it, for most suffixes: the last vowel up to
 *       the suffix's end (its own) must find earlier in the word a vowel
 *       it may follow: a after a, ı, o or u; e after e, i, ö or ü; ı
 *       after a or ı; i after e or i; o and u after o or u; ö and ü
 *       after ö or ü;
 *     - its buffer letter fits, for suffixes that have one (the y of
 *       -yA, the n of -nUn, the s of -sU, the U of the possessives): a
 *       buffer y, n or s in front of the suffix is taken with it when a
 *       vowel comes before it, else the suffix is not there; with no
 *       buffer letter, the stem's letter before last must be a vowel.  A
 *       buffer U is taken when a non-vowel comes before it; with no U
 *       the letter before last must be a non-vowel.
 *  3. Nominal verb suffixes (the copula and the person endings -ymUş,
 *     -yDU, -ysA, -yken, -cAsInA, -lAr, -sUnUz, -yUz, -sUn, -yUm, -DUr,
 *     -nUz) go in one of six patterns of one to three suffixes.  A plural
 *     -lAr there (with -DUr, -yDU, -ysA or -ymUş before it, or alone)
 *     makes the word a verb: its stem is what is left, as it is.
 *  4. Noun suffixes (the plural -lAr, the possessives -(U)m, -(U)n,
 *     -(U)mUz, -(U)nUz and -sU, the cases -DA, -DAn, -ndA, -ndAn, -nA,
 *     -yA, -yU, -nU, -nUn, -ylA, and -ncA) go along the paths of the
 *     automaton; a -ki after a locative or genitive starts a chain that
 *     may repeat (evdekilerinki).
 *  5. A stem ending in d or g has most likely lost a U that belonged to
 *     it (kedim -> ked): U comes back in the form harmony asks for.  A
 *     final b, c, d or ğ is then written p, ç, t or k, as the word's
 *     bare form has it.  The words ad and soyad skip this step.
 *
 * The automaton is written as the published algorithm states it: a
 * cursor moves leftward over the suffixes it recognises, and a deletion
 * removes the slice [bra, ket) that the rule marked.  When an alternative
 * fails the cursor goes back to where it was, counted from the word's
 * end as deletions shorten the word; deletions made stay made.  Every
 * suffix begins on a whole character, so suffixes are matched as bytes;
 * characters are decoded only to test for vowels.
 */

struct tr {
	char	*w;
	size_t	 lim;	/* the word's length, as deletions shorten it */
	size_t	 c;	/* the cursor: suffixes are matched ending here */
	size_t	 bra;	/* the slice a deletion removes */
	size_t	 ket;
	int	 nouns;	/* whether step 4 runs */
};

/* The vowels as bits, so that a set of them is a mask. */
enum {
	V_A = 1, V_E = 2, V_DOTLESS_I = 4, V_I = 8,
	V_O = 16, V_OE = 32, V_U = 64, V_UE = 128,
	V_BACK = V_A | V_DOTLESS_I | V_O | V_U,
	V_FRONT = V_E | V_I | V_OE | V_UE,
	V_HIGH = V_DOTLESS_I | V_I | V_U | V_UE		/* "U" */
};

/* Where the suffixes that follow one another, right to left, are. */
enum mark_id {
	M_POSS, M_SU, M_LARI, M_YU, M_NU, M_NUN, M_YA, M_NA, M_DA, M_NDA,
	M_DAN, M_NDAN, M_YLA, M_KI, M_NCA, M_YUM, M_SUN, M_YUZ, M_SUNUZ,
	M_LAR, M_NUZ, M_DUR, M_CASINA, M_YDU, M_YSA, M_YMUS, M_YKEN
};

/*
 * A suffix: its forms as patterns (A, U and D stand for the letters they
 * stand for; other bytes for themselves), longest first, so that the
 * first that ends at the cursor is the longest; whether vowel harmony is
 * checked; its buffer letter ('y', 'n', 's', 'U'), if any.
 */
struct mark {
	char		 pat[4][8];	/* in place, not pointers the loader
					   relocates; "" ends them */
	unsigned char	 harmony;
	char		 buffer;
};

static const struct mark marks[] = {
	[M_POSS] = { { "mUz", "nUz", "m", "n" }, 0, 'U' },
	[M_SU] = { { "U" }, 1, 's' },
	[M_LARI] = { { "leri", "ları" }, 0, 0 },
	[M_YU] = { { "U" }, 1, 'y' },
	[M_NU] = { { "nU" }, 1, 0 },
	[M_NUN] = { { "Un" }, 1, 'n' },
	[M_YA] = { { "A" }, 1, 'y' },
	[M_NA] = { { "nA" }, 1, 0 },
	[M_DA] = { { "DA" }, 1, 0 },
	[M_NDA] = { { "ndA" }, 1, 0 },
	[M_DAN] = { { "DAn" }, 1, 0 },
	[M_NDAN] = { { "ndAn" }, 1, 0 },
	[M_YLA] = { { "lA" }, 1, 'y' },
	[M_KI] = { { "ki" }, 0, 0 },
	[M_NCA] = { { "cA" }, 1, 'n' },
	[M_YUM] = { { "Um" }, 1, 'y' },
	[M_SUN] = { { "sUn" }, 1, 0 },
	[M_YUZ] = { { "Uz" }, 1, 'y' },
	/* not sUnUz: both vowels are the same */
	[M_SUNUZ] = { { "sınız", "siniz", "sunuz", "sünüz" }, 0, 0 },
	[M_LAR] = { { "lAr" }, 1, 0 },
	[M_NUZ] = { { "nUz" }, 1, 0 },
	[M_DUR] = { { "DUr" }, 1, 0 },
	[M_CASINA] = { { "casına", "cesine" }, 0, 0 },
	[M_YDU] = { { "DUm", "DUn", "DUk", "DU" }, 1, 'y' },
	[M_YSA] = { { "sAm", "sAn", "sAk", "sA" }, 0, 'y' },
	[M_YMUS] = { { "mUş" }, 1, 'y' },
	[M_YKEN] = { { "ken" }, 0, 'y' },
};

static int
is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Offset where the character ending at C (> 0) starts. */
static size_t
back(const char *w, size_t c)
{
	for (c--; c > 0 && is_cont(w[c]); c--)
		;
	return c;
}

/* The vowel bit of the character ending at C (> 0); 0 for a non-vowel. */
static unsigned
vowel_before(const char *w, size_t c)
{
	size_t s = back(w, c);
	unsigned char b0 = (unsigned char)w[s], b1;

	if (c - s == 1) {
		switch (b0) {
		case 'a': return V_A;
		case 'e': return V_E;
		case 'i': return V_I;
		case 'o': return V_O;
		case 'u': return V_U;
		default: return 0;
		}
	}
	if (c - s != 2)
		return 0;
	b1 = (unsigned char)w[s + 1];
	if (b0 == 0xC4 && b1 == 0xB1)
		return V_DOTLESS_I;
	if (b0 == 0xC3 && b1 == 0xB6)
		return V_OE;
	if (b0 == 0xC3 && b1 == 0xBC)
		return V_UE;
	return 0;
}

/* The vowels one of the vowel V may follow in a word. */
static unsigned
may_follow(unsigned v)
{
	switch (v) {
	case V_A: return V_BACK;
	case V_E: return V_FRONT;
	case V_DOTLESS_I: return V_A | V_DOTLESS_I;
	case V_I: return V_E | V_I;
	case V_O: case V_U: return V_O | V_U;
	default: return V_OE | V_UE;
	}
}

/*
 * Whether the last vowel before the cursor finds, somewhere before it, a
 * vowel it may follow.
 */
static int
harmony(const struct tr *st)
{
	size_t c = st->c;
	unsigned v = 0, need;

	while (c > 0 && (v = vowel_before(st->w, c)) == 0)
		c = back(st->w, c);
	if (v == 0)
		return 0;
	need = may_follow(v);
	for (c = back(st->w, c); c > 0; c = back(st->w, c))
		if (vowel_before(st->w, c) & need)
			return 1;
	return 0;
}

/*
 * Whether PAT ends at offset C of W; if so *AT is where it starts.
 */
static int
match(const char *w, size_t c, const char *pat, size_t *at)
{
	size_t k = strlen(pat);

	while (k > 0) {
		char p = pat[--k];
		unsigned v;

		if (c == 0)
			return 0;
		if (p == 'A' || p == 'D') {
			char x = w[c - 1];
			if (p == 'A' ? x != 'a' && x != 'e' : x != 'd' && x != 't')
				return 0;
			c--;
		} else if (p == 'U') {
			v = vowel_before(w, c);
			if (!(v & V_HIGH))
				return 0;
			c = back(w, c);
		} else if (w[c - 1] == p) {
			c--;
		} else {
			return 0;
		}
	}
	*at = c;
	return 1;
}

/* Whether the character ending at C exists and is a vowel (WANT 1) or a
 * non-vowel (WANT 0). */
static int
vowel_is(const char *w, size_t c, int want)
{
	return c > 0 && (vowel_before(w, c) != 0) == want;
}

/*
 * The buffer letter B before a suffix that starts at the cursor: takes it
 * into the suffix, or checks the stem's letter before last (see 2.).
 */
static int
buffer(struct tr *st, char b)
{
	size_t c = st->c, p;
	int want = b != 'U';		/* a vowel before y, n, s */
	int here;

	if (c == 0)
		return 0;
	p = back(st->w, c);
	if (b == 'U')
		here = (vowel_before(st->w, c) & V_HIGH) != 0;
	else
		here = c - p == 1 && st->w[p] == b;
	if (!vowel_is(st->w, p, want))
		return 0;
	if (here)
		st->c = p;
	return 1;
}

/* Moves the cursor over the suffix ID if it ends there; else leaves it. */
static int
mark(struct tr *st, enum mark_id id)
{
	const struct mark *m = &marks[id];
	size_t c0 = st->c, at = 0;
	int i;

	if (m->harmony && !harmony(st))
		return 0;
	for (i = 0; i < 4 && m->pat[i][0] != '\0'; i++)
		if (match(st->w, st->c, m->pat[i], &at))
			break;
	if (i == 4 || m->pat[i][0] == '\0')
		return 0;
	st->c = at;
	if (m->buffer && !buffer(st, m->buffer)) {
		st->c = c0;
		return 0;
	}
	return 1;
}

/* Deletes the slice from the cursor to ket. */
static void
cut(struct tr *st)
{
	size_t n;

	st->bra = st->c;
	if (st->bra > st->ket || st->ket > st->lim)
		return;
	n = st->ket - st->bra;
	memmove(st->w + st->bra, st->w + st->ket, st->lim - st->ket);
	st->lim -= n;
}

/* Deletes the suffix A, or else B (unless negative), if it ends at the
 * cursor. */
static int
drop2(struct tr *st, enum mark_id a, int b)
{
	st->ket = st->c;
	if (!mark(st, a) && (b < 0 || !mark(st, (enum mark_id)b)))
		return 0;
	cut(st);
	return 1;
}

static int
drop(struct tr *st, enum mark_id a)
{
	return drop2(st, a, -1);
}

static int chain_ki(struct tr *st);

/* An optional -lAr with a -ki chain before it: if the chain is not
 * there the cursor comes back (the -lAr stays deleted). */
static void
lar_chain(struct tr *st)
{
	size_t v = st->lim - st->c;

	if (!(drop(st, M_LAR) && chain_ki(st)))
		st->c = st->lim - v;
}

/* -ki with what the automaton allows before it: -DA, -nUn or -ndA,
 * and before those a plural, a possessive or another -ki.  Fails, with
 * the cursor back and nothing deleted, if there is no such chain. */
static int
chain_ki(struct tr *st)
{
	size_t v = st->lim - st->c;

	st->ket = st->c;
	if (!mark(st, M_KI))
		return 0;
	if (mark(st, M_DA)) {			/* evdeki */
		cut(st);
		st->ket = st->c;
		if (mark(st, M_LAR)) {
			cut(st);
			(void)chain_ki(st);
		} else if (mark(st, M_POSS)) {
			cut(st);
			lar_chain(st);
		}
		return 1;
	}
	if (mark(st, M_NUN)) {			/* benimki */
		cut(st);
		st->ket = st->c;
		if (mark(st, M_LARI)) {
			cut(st);
		} else if (mark(st, M_POSS) || mark(st, M_SU)) {
			cut(st);
			lar_chain(st);
		} else {
			(void)chain_ki(st);
		}
		return 1;
	}
	if (mark(st, M_NDA)) {			/* the -ndA stays but for these */
		if (mark(st, M_LARI)) {
			cut(st);
			return 1;
		}
		if (mark(st, M_SU)) {
			cut(st);
			lar_chain(st);
			return 1;
		}
		if (chain_ki(st))
			return 1;
	}
	st->c = st->lim - v;
	return 0;
}

/* Step 4, the paths that start with a case ending or -ncA. */
static int
noun_cases(struct tr *st)
{
	size_t v = st->lim - st->c;

	if (drop(st, M_NCA)) {
		if (drop(st, M_LARI))
			return 1;
		if (drop2(st, M_POSS, M_SU)) {
			lar_chain(st);
			return 1;
		}
		if (!(drop(st, M_LAR) && chain_ki(st)))
			st->c = st->lim - v;
		return 1;
	}
	st->ket = st->c;
	if (mark(st, M_NDA) || mark(st, M_NA)) {
		if (mark(st, M_LARI)) {
			cut(st);
			return 1;
		}
		if (mark(st, M_SU)) {
			cut(st);
			lar_chain(st);
			return 1;
		}
		if (chain_ki(st))
			return 1;
		st->c = st->lim - v;
	}
	st->ket = st->c;
	if (mark(st, M_NDAN) || mark(st, M_NU)) {
		if (mark(st, M_SU)) {
			cut(st);
			lar_chain(st);
			return 1;
		}
		if (mark(st, M_LARI))
			return 1;	/* recognised, but deleted it is not */
		st->c = st->lim - v;
	}
	if (drop(st, M_DAN)) {
		st->ket = st->c;
		if (mark(st, M_POSS)) {
			cut(st);
			lar_chain(st);
		} else if (mark(st, M_LAR)) {
			cut(st);
			(void)chain_ki(st);
		} else {
			(void)chain_ki(st);
		}
		return 1;
	}
	return 0;
}

/* Step 4, the paths from -nUn or -ylA, and from -DA, -yU or -yA. */
static int
noun_others(struct tr *st)
{
	size_t v;

	if (drop2(st, M_NUN, M_YLA)) {
		v = st->lim - st->c;
		if (drop(st, M_LAR) && chain_ki(st))
			return 1;
		st->c = st->lim - v;
		if (drop2(st, M_POSS, M_SU))
			lar_chain(st);
		else
			(void)chain_ki(st);
		return 1;
	}
	if (drop(st, M_LARI) || chain_ki(st))
		return 1;
	st->ket = st->c;
	if (mark(st, M_DA) || mark(st, M_YU) || mark(st, M_YA)) {
		cut(st);
		v = st->lim - st->c;
		st->ket = st->c;
		if (mark(st, M_POSS)) {
			cut(st);
			st->ket = st->c;
			(void)mark(st, M_LAR);
		} else if (!mark(st, M_LAR)) {
			return 1;
		}
		cut(st);
		st->ket = st->c;
		if (!chain_ki(st))
			st->c = st->lim - v;
		return 1;
	}
	return 0;
}

/* Step 4: the noun suffixes, by the first path that fits. */
static void
noun_suffixes(struct tr *st)
{
	if (drop(st, M_LAR)) {
		(void)chain_ki(st);
		return;
	}
	if (noun_cases(st) || noun_others(st))
		return;
	if (drop2(st, M_POSS, M_SU))
		lar_chain(st);
}

/*
 * Step 3 but the final deletion: moves the cursor to the start of the
 * nominal verb suffixes found, deleting those the pattern deletes on the
 * way, and sets ket to where the rest ends.  0 if there are none.
 */
static int
verb_suffixes(struct tr *st)
{
	size_t v = st->lim - st->c;

	if (mark(st, M_YMUS) || mark(st, M_YDU) || mark(st, M_YSA) ||
	    mark(st, M_YKEN))
		return 1;
	if (mark(st, M_CASINA)) {		/* -cAsInA, a person, -ymUş */
		(void)(mark(st, M_SUNUZ) || mark(st, M_LAR) ||
		    mark(st, M_YUM) || mark(st, M_SUN) || mark(st, M_YUZ));
		if (mark(st, M_YMUS))
			return 1;
		st->c = st->lim - v;
	}
	if (mark(st, M_LAR)) {			/* a verb's plural */
		cut(st);
		st->ket = st->c;
		(void)(mark(st, M_DUR) || mark(st, M_YDU) || mark(st, M_YSA) ||
		    mark(st, M_YMUS));
		st->nouns = 0;
		return 1;
	}
	if (mark(st, M_NUZ)) {
		if (mark(st, M_YDU) || mark(st, M_YSA))
			return 1;
		st->c = st->lim - v;
	}
	if (mark(st, M_SUNUZ) || mark(st, M_YUZ) || mark(st, M_SUN) ||
	    mark(st, M_YUM)) {
		cut(st);
		st->ket = st->c;
		(void)mark(st, M_YMUS);
		return 1;
	}
	if (mark(st, M_DUR)) {
		cut(st);
		st->ket = st->c;
		v = st->lim - st->c;
		(void)(mark(st, M_SUNUZ) || mark(st, M_LAR) ||
		    mark(st, M_YUM) || mark(st, M_SUN) || mark(st, M_YUZ));
		if (!mark(st, M_YMUS))
			st->c = st->lim - v;
		return 1;
	}
	return 0;
}

/* Step 5 on W (N bytes; room for two more): returns the new length. */
static size_t
postlude(char *w, size_t n)
{
	size_t c = n;
	unsigned v = 0;

	if ((n == 2 && memcmp(w, "ad", 2) == 0) ||
	    (n == 5 && memcmp(w, "soyad", 5) == 0))
		return n;
	if (n > 0 && (w[n - 1] == 'd' || w[n - 1] == 'g')) {
		while (c > 0 && (v = vowel_before(w, c)) == 0)
			c = back(w, c);
		if (v & (V_A | V_DOTLESS_I)) {
			memcpy(w + n, "ı", 2);
			return n + 2;
		}
		if (v & (V_E | V_I)) {
			w[n] = 'i';
			return n + 1;
		}
		if (v & (V_O | V_U)) {
			w[n] = 'u';
			return n + 1;
		}
		if (v) {
			memcpy(w + n, "ü", 2);
			return n + 2;
		}
	}
	if (n == 0)
		return n;
	switch (w[n - 1]) {
	case 'b':
		w[n - 1] = 'p';
		break;
	case 'c':
		memcpy(w + n - 1, "ç", 2);
		return n + 1;
	case 'd':
		w[n - 1] = 't';
		break;
	default:
		if (n >= 2 && memcmp(w + n - 2, "ğ", 2) == 0) {
			w[n - 2] = 'k';
			return n - 1;
		}
	}
	return n;
}

/* Whether W (N bytes) has two vowels or more. */
static int
two_syllables(const char *w, size_t n)
{
	size_t i, e;
	int k = 0;

	for (i = 0; i < n && k < 2; i = e) {
		for (e = i + 1; e < n && is_cont(w[e]); e++)
			;
		if (vowel_before(w, e))
			k++;
	}
	return k >= 2;
}

static size_t
stem_tr(char *word, size_t len)
{
	struct tr st = { word, len, len, 0, len, 1 };

	if (!two_syllables(word, len))
		return len;
	st.ket = st.c;
	if (verb_suffixes(&st))
		cut(&st);
	if (!st.nouns)
		return st.lim;
	st.c = st.lim;
	noun_suffixes(&st);
	return postlude(word, st.lim);
}

/* Abbreviations that close their phrase: vb. (ve benzeri), vs. (ve
 * saire); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][3] = {
	"vb", "vs"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][18] = {
	"saygılarımla", "saygılarımızla", "selamlar", "sevgiler"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][7] = {
	"lisans", "telif"
};

/* The months, whole and cut short (see lang.h). */
static const char months[][9] = {
	"ara", "aralık", "ağu", "ağustos", "eki", "ekim", "eyl", "eylül",
	"haz", "haziran", "kas", "kasım", "mar", "mart", "may", "mayıs",
	"nis", "nisan", "oca", "ocak", "tem", "temmuz", "şub", "şubat"
};

const lang lang_tr = {
	.code = "tr",
	.name = "Turkish",
	.place_by_case = 1,
	.ordinal_dot = 1,
	.ordinal_any_word = 1,
	.stopwords = WORD_LIST(stopwords, 13),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 2),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.months = WORD_LIST(months, 8),
	.relatives = WORD_LIST(relatives, 2),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 17),
	.licences = WORD_LIST(licences, 6),
	.stem = stem_tr,
};
