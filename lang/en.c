/*
 * en.c - English: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Common English function words, sorted (strcmp order). */
static const char stopwords[][13] = {
	"a", "a.m.", "about", "above", "across", "after", "afterwards", "again",
	"against", "ago", "all", "almost", "alone", "along", "already", "also",
	"although", "always", "am", "among", "amongst", "an", "and", "another",
	"any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are",
	"aren't", "around", "as", "at", "away", "be", "became", "because",
	"become", "becomes", "been", "before", "beforehand", "behind", "being",
	"below", "beside", "besides", "between", "beyond", "both", "but", "by",
	"can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
	"does", "doesn't", "doing", "don't", "done", "down", "during", "e.g.",
	"each",
	"eg", "either", "else", "elsewhere", "enough", "etc", "even", "ever",
	"every", "everyone", "everything", "everywhere", "except", "few",
	"for", "former", "formerly", "from", "further", "furthermore", "had",
	"hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd",
	"he'll", "he's", "hence", "her", "here", "here's", "hereby", "herein",
	"hers", "herself", "him", "himself", "his", "how", "however", "i",
	"i'd", "i'll", "i'm", "i've", "i.e.", "ie", "if", "in", "indeed", "instead",
	"into", "is", "isn't", "it", "it's", "its", "itself", "just", "last",
	"latter", "least", "less", "let's", "many", "may", "me", "meanwhile",
	"might", "mine", "more", "moreover", "most", "mostly", "mr", "mrs",
	"ms", "much", "must", "my", "myself", "neither", "never",
	"nevertheless", "next", "no", "nobody", "none", "nor", "not",
	"nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one",
	"only", "onto", "or", "other", "others", "otherwise", "our", "ours",
	"ourselves", "out", "over", "own", "p.m.", "per", "perhaps", "quite", "rather",
	"really", "said", "same", "say", "says", "seem", "seemed", "seeming",
	"seems", "several", "she", "she'd", "she'll", "she's", "should",
	"shouldn't", "since", "so", "some", "somehow", "someone", "something",
	"sometime", "sometimes", "somewhere", "still", "such", "than", "that",
	"that's", "the", "their", "theirs", "them", "themselves", "then",
	"thence", "there", "there's", "thereafter", "thereby", "therefore",
	"therein", "these", "they", "they'd", "they'll", "they're", "they've",
	"this", "those", "though", "through", "throughout", "thru", "thus",
	"to", "together", "too", "toward", "towards", "under", "unless",
	"until", "up", "upon", "us", "very", "via", "was", "wasn't", "we",
	"we'd", "we'll", "we're", "we've", "were", "weren't", "what",
	"what's", "whatever", "when", "whence", "whenever", "where", "where's",
	"whereas", "whereby", "wherein", "whereupon", "wherever", "whether",
	"which", "while", "whither", "who", "who's", "whoever", "whole", "whom",
	"whose", "why", "will", "with", "within", "without", "won't", "would",
	"wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your",
	"yours", "yourself", "yourselves"
};

/* Words that, followed by a period, introduce a name or names ("Reps.
 * Lee and Ito", a mountain's "Mt. Pleasant", a fort's "Ft. Worth"):
 * never a sentence end, but for one in lower case after a number, a
 * unit ("6 ft.", "900 ms."; see sentences.c, title_here).  Folded,
 * without the period, sorted. */
static const char titles[][7] = {
	"adm", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "drs", "fr",
	"ft", "gen", "gens", "gov", "hon", "insp", "lt", "maj", "messrs", "mr",
	"mrs", "ms", "mt", "pres", "prof", "pvt", "rep", "reps", "rev", "sen",
	"sens", "sgt", "supt"
};

/* Words that, followed by a period, are usually abbreviations but may
 * also end a sentence.  Folded, without the period, sorted.  They count
 * only when written with a capital ("Ill.", "No."), as lower case they
 * are ordinary words ("fell ill.", "said no."), except those in
 * lower_abbrevs.  Among them a paper's references to its parts ("Ch.
 * 4", "Eq. 2", "Sect. II", "Tab. S2", "Ref. 12"): "ref" and "tab" are
 * words in lower case, the others not. */
static const char abbrevs[][7] = {
	"abbr", "ala", "approx", "apr", "ariz", "ark", "assn", "aug", "ave",
	"blvd", "bros", "ca", "calif", "cf", "ch", "chap", "co", "colo",
	"conn", "corp", "dec", "del", "dept", "eq", "eqs", "esp", "est",
	"feb", "fig", "figs", "fla", "ft", "ga", "ill", "inc", "ind", "jan",
	"jr", "jul", "jun", "kan", "ky", "la", "ltd", "mar", "mass", "md",
	"mfg", "mich", "minn", "miss", "mo", "mph", "neb", "nev", "no", "nos",
	"nov", "oct", "okla", "ore", "p", "pa", "pp", "rd", "ref", "refs",
	"sect", "sep", "sept", "sr", "st", "tab", "tenn", "tex", "va", "vol",
	"vols", "vs", "wash", "wis", "wyo"
};

/* Abbreviations also written in lower case.  Sorted. */
static const char lower_abbrevs[][7] = {
	"approx", "ca", "cf", "ch", "chap", "eq", "eqs", "esp", "est", "fig",
	"figs", "ft", "mph", "p", "pp", "sect", "vol", "vols", "vs"
};

/* Common words and their classes, from Debian's word lists (see
 * lang/mkcommon.py and engine/abbrev.c). */
static const uint32_t common[] = {
#include "en_common.inc"
};

/* Words after which a.m. and p.m. go on: "6 p.m. Tuesday", "9 a.m. EST".
 * Folded, sorted. */
static const char time_followers[][10] = {
	"aedt", "aest", "apr", "april", "atlantic", "aug", "august", "bst",
	"cdt", "central", "cest", "cet", "cst", "ct", "dec", "december",
	"eastern", "edt", "eest", "eet", "est", "et", "feb", "february",
	"fri", "friday", "gmt", "hkt", "ist", "jan", "january", "jst", "jul",
	"july", "jun", "june", "local", "mar", "march", "may", "mdt", "mon",
	"monday", "mountain", "msk", "mst", "mt", "nov", "november", "nzdt",
	"nzst", "oct", "october", "pacific", "pdt", "pst", "pt", "sat",
	"saturday", "sep", "sept", "september", "sun", "sunday", "thu",
	"thursday", "tonight", "tue", "tuesday", "utc", "wed", "wednesday"
};

/* Words that cannot end a sentence or a heading: articles, prepositions,
 * conjunctions, possessives.  Sorted. */
static const char dangling[][9] = {
	"a", "against", "although", "among", "an", "and", "approx", "as",
	"at", "because", "between", "but", "by", "ca", "cf", "during", "for",
	"from", "her", "his", "in", "into", "its", "my", "nor", "of", "on",
	"onto", "or", "our", "since", "than", "the", "their", "through", "to",
	"toward", "towards", "unless", "until", "upon", "via", "vs",
	"whether", "with", "within", "without", "your"
};

/* Time abbreviations, as they are folded before their final period. */
static const char times[][5] = { "a.m", "a.m.", "p.m", "p.m." };

static const char relatives[][6] = { "which", "who", "whom", "whose" };

/* Verbs of saying after a speaker named after a quotation: "Stop!"
 * Maria shouted.  Folded, sorted. */
static const char said[][10] = {
	"added", "admitted", "agreed", "announced", "answered", "asked",
	"asks", "began", "called", "continued", "cried", "declared",
	"demanded", "exclaimed", "explained", "insisted", "murmured",
	"muttered", "protested", "recalled", "replied", "said", "says",
	"screamed", "shouted", "snapped", "whispered", "wondered", "wrote",
	"yelled"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Porter2 ("Snowball English").
 *
 * The word arrives lower-cased as UTF-8 and is rewritten in place.  Only
 * ASCII a, e, i, o, u and y are vowels; any other code point, one byte or
 * several, is a single non-vowel character.  Every suffix the algorithm
 * knows is ASCII, so the work is done on bytes, stepping over whole code
 * points only where the algorithm counts or inspects single characters.
 *
 *  1. Exceptional words (skies, dying, news, ...) map straight to a fixed
 *     stem; words of one or two characters are left alone.
 *  2. Prelude: drop one leading apostrophe, then write a consonantal y
 *     (word-initial, or right after a vowel) as Y, which is no vowel.
 *  3. Regions: R1 starts after the first non-vowel that follows a vowel,
 *     or after a leading gener, commun or arsen; R2 applies the same rule
 *     inside R1.  A suffix is "in" a region when it starts inside it.
 *  4. Step 0 removes a possessive ending: 's', 's or '.
 *  5. Step 1a handles plurals: sses -> ss; ied, ies -> i after two or
 *     more letters, else ie; s goes if a vowel occurs before the letter
 *     preceding it; us and ss stay.  If the word is now one of the
 *     invariants (inning, outing, canning, herring, earring, proceed,
 *     exceed, succeed) it is the stem: go to 12.
 *  6. Step 1b: eed, eedly -> ee when in R1.  Otherwise ed, edly, ing,
 *     ingly are deleted if a vowel precedes them, and the new ending is
 *     repaired: at, bl, iz gain an e; a double bb dd ff gg mm nn pp rr tt
 *     loses its last letter; a short word gains an e.
 *  7. Step 1c: a final y or Y after a non-vowel that is not the first
 *     letter becomes i.
 *  8. Step 2 rewrites derivational suffixes in R1 (ational -> ate,
 *     iveness -> ive, li -> nothing after c d e g h k m n r t, ...).
 *  9. Step 3 does the same for a second group in R1 (icate -> ic,
 *     ness -> nothing, ative -> nothing only in R2, ...).
 * 10. Step 4 deletes the remaining suffixes that lie in R2 (al, ance,
 *     ment, ion after s or t, ...).
 * 11. Step 5 deletes a final e in R2, or in R1 when no short syllable
 *     precedes it, and the second l of a final ll in R2.
 * 12. Postlude: every Y becomes y again.
 *
 * Within each of steps 0 to 5 only the longest matching suffix counts: if
 * its condition fails the step does nothing; it never falls back to a
 * shorter suffix.
 *
 * A word is short when R1 is empty and the word ends in a short syllable:
 * a non-vowel, a vowel and a non-vowel other than w, x or Y; or a vowel at
 * the very start followed by any non-vowel.
 */


struct stem {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its current length in bytes */
	size_t	 p1;	/* byte offset of R1; may pass n as suffixes go */
	size_t	 p2;	/* byte offset of R2 */
};

/* Conditions a rule may add to "the suffix lies in the step's region". */
enum cond {
	C_NONE,
	C_R2,		/* suffix also in R2 */
	C_OGI,		/* preceded by l */
	C_LI,		/* preceded by a valid li-ending */
	C_ION		/* preceded by s or t */
};

/* The strings are held in place: a pointer would cost the loader a
 * relocation at every start. */
struct rule {
	char		 suf[8];	/* the longest: "succeed" */
	char		 rep[7];
	unsigned char	 slen;
	unsigned char	 rlen;
	unsigned char	 cond;
};

#define RULE(suf, rep, cond) { suf, rep, sizeof(suf) - 1, sizeof(rep) - 1, cond }
#define ENDS(st, lit) ends((st), (lit), sizeof(lit) - 1)
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Whole words, checked before anything else. */
static const struct rule exceptions[] = {
	RULE("skis", "ski", C_NONE),
	RULE("skies", "sky", C_NONE),
	RULE("dying", "die", C_NONE),
	RULE("lying", "lie", C_NONE),
	RULE("tying", "tie", C_NONE),
	RULE("idly", "idl", C_NONE),
	RULE("gently", "gentl", C_NONE),
	RULE("ugly", "ugli", C_NONE),
	RULE("early", "earli", C_NONE),
	RULE("only", "onli", C_NONE),
	RULE("singly", "singl", C_NONE),
	RULE("sky", "sky", C_NONE),
	RULE("news", "news", C_NONE),
	RULE("howe", "howe", C_NONE),
	RULE("atlas", "atlas", C_NONE),
	RULE("cosmos", "cosmos", C_NONE),
	RULE("bias", "bias", C_NONE),
	RULE("andes", "andes", C_NONE),
};

/* Whole words that step 1a may leave and that end the stemming. */
static const struct rule invariants[] = {
	RULE("inning", "", C_NONE),
	RULE("outing", "", C_NONE),
	RULE("canning", "", C_NONE),
	RULE("herring", "", C_NONE),
	RULE("earring", "", C_NONE),
	RULE("proceed", "", C_NONE),
	RULE("exceed", "", C_NONE),
	RULE("succeed", "", C_NONE),
};

/*
 * Suffix tables list longer suffixes first, so the first match is the
 * longest one.
 */
static const struct rule step2_rules[] = {
	RULE("ization", "ize", C_NONE),
	RULE("ational", "ate", C_NONE),
	RULE("fulness", "ful", C_NONE),
	RULE("ousness", "ous", C_NONE),
	RULE("iveness", "ive", C_NONE),
	RULE("tional", "tion", C_NONE),
	RULE("biliti", "ble", C_NONE),
	RULE("lessli", "less", C_NONE),
	RULE("entli", "ent", C_NONE),
	RULE("ation", "ate", C_NONE),
	RULE("alism", "al", C_NONE),
	RULE("aliti", "al", C_NONE),
	RULE("ousli", "ous", C_NONE),
	RULE("iviti", "ive", C_NONE),
	RULE("fulli", "ful", C_NONE),
	RULE("enci", "ence", C_NONE),
	RULE("anci", "ance", C_NONE),
	RULE("abli", "able", C_NONE),
	RULE("izer", "ize", C_NONE),
	RULE("ator", "ate", C_NONE),
	RULE("alli", "al", C_NONE),
	RULE("bli", "ble", C_NONE),
	RULE("ogi", "og", C_OGI),
	RULE("li", "", C_LI),
};

static const struct rule step3_rules[] = {
	RULE("ational", "ate", C_NONE),
	RULE("tional", "tion", C_NONE),
	RULE("alize", "al", C_NONE),
	RULE("icate", "ic", C_NONE),
	RULE("iciti", "ic", C_NONE),
	RULE("ative", "", C_R2),
	RULE("ical", "ic", C_NONE),
	RULE("ness", "", C_NONE),
	RULE("ful", "", C_NONE),
};

static const struct rule step4_rules[] = {
	RULE("ement", "", C_NONE),
	RULE("ance", "", C_NONE),
	RULE("ence", "", C_NONE),
	RULE("able", "", C_NONE),
	RULE("ible", "", C_NONE),
	RULE("ment", "", C_NONE),
	RULE("ant", "", C_NONE),
	RULE("ent", "", C_NONE),
	RULE("ism", "", C_NONE),
	RULE("ate", "", C_NONE),
	RULE("iti", "", C_NONE),
	RULE("ous", "", C_NONE),
	RULE("ive", "", C_NONE),
	RULE("ize", "", C_NONE),
	RULE("ion", "", C_ION),
	RULE("al", "", C_NONE),
	RULE("er", "", C_NONE),
	RULE("ic", "", C_NONE),
};

static int
is_vowel(char c)
{
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
		return 1;
	default:
		return 0;
	}
}

/* UTF-8 continuation bytes (10xxxxxx) never start a character. */
static int
is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Offset just past the character that starts at I (< N). */
static size_t
next_char(const char *w, size_t n, size_t i)
{
	for (i++; i < n && is_cont(w[i]); i++)
		;
	return i;
}

/* Offset where the character ending just before I (> 0) starts. */
static size_t
prev_char(const char *w, size_t i)
{
	for (i--; i > 0 && is_cont(w[i]); i--)
		;
	return i;
}

/* Whether W[0..I) holds at least K characters. */
static int
has_chars(const char *w, size_t i, int k)
{
	for (; k > 0 && i > 0; k--)
		i = prev_char(w, i);
	return k == 0;
}

/* Whether W[0..N) contains a vowel; multi-byte characters never do. */
static int
has_vowel(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is_vowel(w[i]))
			return 1;
	return 0;
}

/*
 * Whether the word ends in SUF (LEN bytes).  Compared from the end, byte
 * by byte: most tests fail at the last byte, and a call to memcmp()
 * costs more than the whole of a short suffix.
 */
static int
ends(const struct stem *st, const char *suf, size_t len)
{
	const char *w = st->w + st->n;

	if (st->n < len)
		return 0;
	while (len > 0 && w[-1] == suf[len - 1])
		w--, len--;
	return len == 0;
}

/* A whole-word match in table R of NR entries, or NULL. */
static const struct rule *
whole_word(const char *w, size_t n, const struct rule *r, size_t nr)
{
	const struct rule *end = r + nr;

	for (; r < end; r++)
		if (r->slen == n && r->suf[0] == w[0] &&
		    memcmp(w, r->suf, n) == 0)
			return r;
	return NULL;
}

/* Letters after which step 2 may delete li. */
static int
valid_li(char c)
{
	return c != '\0' && strchr("cdeghkmnrt", c) != NULL;
}

/* Doubled consonants that step 1b undoubles (bb dd ff gg mm nn pp rr tt). */
static int
ends_double(const struct stem *st)
{
	char c;

	if (st->n < 2)
		return 0;
	c = st->w[st->n - 1];
	return c == st->w[st->n - 2] && strchr("bdfgmnprt", c) != NULL;
}

/*
 * Whether W[0..E) ends in a short syllable.  Only the last character can
 * be multi-byte here: the one before it must be an ASCII vowel, and the
 * byte before that only needs to be a non-vowel.
 */
static int
short_syllable(const char *w, size_t e)
{
	size_t i;

	if (e == 0)
		return 0;
	i = prev_char(w, e);
	if (is_vowel(w[i]) || i == 0 || !is_vowel(w[i - 1]))
		return 0;
	if (i == 1)
		return 1;	/* vowel at the start, any non-vowel after */
	return !is_vowel(w[i - 2]) &&
	    w[i] != 'w' && w[i] != 'x' && w[i] != 'Y';
}

/*
 * Offset of the region after the first non-vowel that follows a vowel,
 * looking from I on; N (an empty region) if there is no such non-vowel.
 */
static size_t
region(const char *w, size_t n, size_t i)
{
	while (i < n && !is_vowel(w[i]))
		i++;
	while (i < n && is_vowel(w[i]))
		i++;
	return i < n ? next_char(w, n, i) : n;
}

static void
mark_regions(struct stem *st)
{
	/* These prefixes would otherwise put R1 too early (gen-er-al). */
	static const char prefix[][7] = { "gener", "commun", "arsen" };
	size_t i, len;

	st->p1 = region(st->w, st->n, 0);
	for (i = 0; i < NELEM(prefix); i++) {
		len = strlen(prefix[i]);
		if (st->n >= len && memcmp(st->w, prefix[i], len) == 0) {
			st->p1 = len;
			break;
		}
	}
	st->p2 = region(st->w, st->n, st->p1);
}

/* A bit for each letter a to z: the last letters of a table's suffixes
 * (step2_rules: ization ... li; step3_rules: ational ... ful;
 * step4_rules: ement ... ic), so that a word ending in none of them, most
 * words, is not compared with each rule.  The stems of the fixture,
 * every English word, fail if a letter is missing. */
#define LAST(c) (UINT32_C(1) << ((c) - 'a'))
#define STEP2_LASTS (LAST('i') | LAST('l') | LAST('m') | LAST('n') | \
                     LAST('r') | LAST('s'))
#define STEP3_LASTS (LAST('e') | LAST('i') | LAST('l') | LAST('s'))
#define STEP4_LASTS (LAST('c') | LAST('e') | LAST('i') | LAST('l') | \
                     LAST('m') | LAST('n') | LAST('r') | LAST('s') | \
                     LAST('t'))

/*
 * Find the longest suffix of table R (NR entries, whose suffixes end in
 * the letters LASTS and are two letters or more) that ends the word and
 * apply its rule if the suffix starts at or after MARK and the rule's own
 * condition holds.
 */
static void
apply(struct stem *st, const struct rule *r, size_t nr, uint32_t lasts,
      size_t mark)
{
	const struct rule *end = r + nr;
	size_t at;
	char last, prev;

	if (st->n < mark + 2)
		return;                 /* any suffix would start before MARK */
	last = st->w[st->n - 1];
	if (last < 'a' || last > 'z' || !(lasts & LAST(last)))
		return;
	for (; r < end; r++)
		if (r->suf[r->slen - 1] == last && ends(st, r->suf, r->slen))
			break;
	if (r == end)
		return;
	at = st->n - r->slen;
	if (at < mark)
		return;
	prev = at > 0 ? st->w[at - 1] : '\0';
	switch (r->cond) {
	case C_R2:
		if (at < st->p2)
			return;
		break;
	case C_OGI:
		if (prev != 'l')
			return;
		break;
	case C_LI:
		if (!valid_li(prev))
			return;
		break;
	case C_ION:
		if (prev != 's' && prev != 't')
			return;
		break;
	default:
		break;
	}
	memcpy(st->w + at, r->rep, r->rlen);
	st->n = at + r->rlen;
}

static void
step0(struct stem *st)
{
	if (ENDS(st, "'s'"))
		st->n -= 3;
	else if (ENDS(st, "'s"))
		st->n -= 2;
	else if (ENDS(st, "'"))
		st->n -= 1;
}

static void
step1a(struct stem *st)
{
	if (ENDS(st, "sses"))
		st->n -= 2;
	else if (ENDS(st, "ied") || ENDS(st, "ies"))
		/* cries -> cri, but ties -> tie */
		st->n -= has_chars(st->w, st->n - 3, 2) ? 2 : 1;
	else if (ENDS(st, "ss") || ENDS(st, "us"))
		return;
	else if (ENDS(st, "s") && st->n >= 2 && has_vowel(st->w, st->n - 2))
		/* gaps -> gap, but gas and this keep their s */
		st->n--;
}

static void
step1b(struct stem *st)
{
	size_t len;

	if (ENDS(st, "eedly") || ENDS(st, "eed")) {
		len = ENDS(st, "eed") ? 3 : 5;
		if (st->n - len >= st->p1)
			st->n -= len - 2;	/* keep the "ee" */
		return;
	}
	if (ENDS(st, "ingly"))
		len = 5;
	else if (ENDS(st, "edly"))
		len = 4;
	else if (ENDS(st, "ing"))
		len = 3;
	else if (ENDS(st, "ed"))
		len = 2;
	else
		return;
	if (!has_vowel(st->w, st->n - len))
		return;		/* sing, bed */
	st->n -= len;

	/*
	 * Undo the damage: the deleted suffix usually followed a silent e
	 * (hoped -> hope) or a doubled consonant (hopped -> hop).  Writing
	 * the e is safe, since at least two bytes were just removed.
	 */
	if (ENDS(st, "at") || ENDS(st, "bl") || ENDS(st, "iz"))
		st->w[st->n++] = 'e';
	else if (ends_double(st))
		st->n--;
	else if (st->p1 == st->n && short_syllable(st->w, st->n))
		st->w[st->n++] = 'e';
}

static void
step1c(struct stem *st)
{
	size_t i;
	char c;

	if (st->n < 2)
		return;
	c = st->w[st->n - 1];
	if (c != 'y' && c != 'Y')
		return;
	i = prev_char(st->w, st->n - 1);
	if (i > 0 && !is_vowel(st->w[i]))	/* cry -> cri, but by, say */
		st->w[st->n - 1] = 'i';
}

static void
step5(struct stem *st)
{
	size_t at;

	if (st->n == 0)
		return;
	at = st->n - 1;
	if (st->w[at] == 'e') {
		if (at >= st->p2 ||
		    (at >= st->p1 && !short_syllable(st->w, at)))
			st->n = at;
	} else if (st->w[at] == 'l') {
		if (at >= st->p2 && at > 0 && st->w[at - 1] == 'l')
			st->n = at;
	}
}

static size_t
stem_en(char *word, size_t len)
{
	struct stem st;
	const struct rule *r;
	size_t i;
	int y_found = 0;

	if ((r = whole_word(word, len, exceptions, NELEM(exceptions)))) {
		memcpy(word, r->rep, r->rlen);
		return r->rlen;
	}
	if (!has_chars(word, len, 3))
		return len;

	st.w = word;
	st.n = len;
	if (word[0] == '\'') {
		memmove(word, word + 1, len - 1);
		st.n--;
	}
	/* Left to right, so "ayy" gives "aYy": Y is no vowel. */
	for (i = 0; i < st.n; i++) {
		if (word[i] == 'y' && (i == 0 || is_vowel(word[i - 1]))) {
			word[i] = 'Y';
			y_found = 1;
		}
	}
	mark_regions(&st);

	step0(&st);
	step1a(&st);
	if (whole_word(st.w, st.n, invariants, NELEM(invariants)) == NULL) {
		step1b(&st);
		step1c(&st);
		apply(&st, step2_rules, NELEM(step2_rules), STEP2_LASTS, st.p1);
		apply(&st, step3_rules, NELEM(step3_rules), STEP3_LASTS, st.p1);
		apply(&st, step4_rules, NELEM(step4_rules), STEP4_LASTS, st.p2);
		step5(&st);
	}

	if (y_found)
		for (i = 0; i < st.n; i++)
			if (word[i] == 'Y')
				word[i] = 'y';
	return st.n;
}

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"cheers", "faithfully", "regards", "respectfully", "sincerely", "thanks",
	"wishes"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][10] = {
	"copying", "copyright", "licence", "licences", "license", "licenses",
	"licensing"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][26] = {
	"do not reply", "email preferences", "manage all notifications",
	"manage your preferences", "manage your subscription",
	"no longer want to receive", "no longer wish to receive",
	"notification settings", "this e mail was sent to",
	"this email was sent to", "this is an automated",
	"this message was sent to", "to stop receiving", "unsubscribe",
	"update your preferences", "why am i getting this",
	"why did i get this", "you are getting this",
	"you are receiving these", "you are receiving this",
	"you are subscribed to", "you have received this",
	"you received this", "you were sent this", "you're getting this",
	"you're receiving these", "you're receiving this",
	"you're subscribed to", "you've received this"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][38] = {
	"apologies for any inconvenience", "apologies for the delay",
	"apologies for the late reply", "best wishes",
	"do not hesitate to contact", "don't hesitate to contact",
	"enjoy the weekend", "enjoy your weekend", "feel free to contact me",
	"feel free to get in touch", "for letting me know",
	"for reaching out", "for the quick reply", "for your email",
	"for your help", "for your kind words", "for your message",
	"for your patience", "for your quick reply",
	"for your quick response", "for your reply", "for your support",
	"for your time", "for your understanding", "good to hear from you",
	"great to hear from you", "have a good weekend", "have a great day",
	"have a great weekend", "have a nice day", "have a nice weekend",
	"hope all is well", "hope everything is well",
	"hope this email finds you well", "hope this finds you well",
	"hope you are doing well", "hope you are well",
	"hope you had a good weekend", "hope you had a great weekend",
	"hope you're doing well", "hope you're well", "how are you",
	"how are you doing", "i look forward to hearing from you",
	"if you have any questions", "let me know if you have any questions",
	"look forward to hearing from you",
	"looking forward to hearing from you", "lovely to hear from you",
	"many thanks", "much appreciated", "nice to hear from you",
	"so good to hear from you", "sorry for the delay",
	"sorry for the inconvenience", "sorry for the late reply",
	"thank you", "thank you again", "thank you for getting back to me",
	"thank you for your email", "thank you for your message",
	"thank you for your quick reply", "thank you for your reply",
	"thank you so much", "thank you very much", "thanks", "thanks a lot",
	"thanks again", "thanks for getting back to me",
	"thanks for your email", "thanks for your message",
	"thanks for your reply", "thanks in advance", "thanks so much",
	"we apologise for the inconvenience",
	"we apologize for the inconvenience"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][22] = {
	"i am the father of", "i am the mother of", "i am the parent of",
	"i'm the father of", "i'm the mother of", "i'm the parent of",
	"my name is", "we are the parents of"
};

const lang lang_en = {
	.code = "en",
	.name = "English",
	.stopwords = WORD_LIST(stopwords, 12),
	.titles = WORD_LIST(titles, 6),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 6),
	.common = { common, sizeof common / sizeof common[0] },
	.times = WORD_LIST(times, 4),
	.time_followers = WORD_LIST(time_followers, 9),
	.relatives = WORD_LIST(relatives, 5),
	.said = WORD_LIST(said, 9),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 12),
	.licences = WORD_LIST(licences, 9),
	.notices = WORD_LIST(notices, 25),
	.formulas = WORD_LIST(formulas, 37),
	.introductions = WORD_LIST(introductions, 21),
	.stem = stem_en,
};
