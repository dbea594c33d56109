/*
 * chars.c - characters: UTF-8 decoding and encoding, the class of every
 * code point, case folding for the scripts whose case we know, and the
 * folding of white space that output uses (summ_fold).  Takes bytes;
 * hands the stages above classes and code points (see chars.h).
 */
#include "chars.h"
#include "../summarize.h"

size_t u8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Case pairs beyond Latin-1, by ranges: from FIRST to LAST each code
 * point is a capital whose small letter is DELTA on (STEP 1), or every
 * other code point from FIRST is a capital followed by its small letter
 * (STEP 2, DELTA 1).  Latin (Extended-A and -B, Additional), Greek,
 * Cyrillic, Armenian, Georgian and the full-width forms. */
static const struct case_range {
	uint32_t first, last;
	int32_t delta;
	uint32_t step;
} case_ranges[] = {
	{ 0x100, 0x12F, 1, 2 }, { 0x132, 0x137, 1, 2 }, { 0x139, 0x148, 1, 2 },
	{ 0x14A, 0x177, 1, 2 }, { 0x179, 0x17E, 1, 2 }, { 0x1CD, 0x1DC, 1, 2 },
	{ 0x1DE, 0x1EF, 1, 2 }, { 0x1F8, 0x21F, 1, 2 }, { 0x222, 0x233, 1, 2 },
	{ 0x246, 0x24F, 1, 2 }, { 0x388, 0x38A, 37, 1 }, { 0x391, 0x3A1, 32, 1 },
	{ 0x3A3, 0x3AB, 32, 1 }, { 0x3D8, 0x3EF, 1, 2 }, { 0x400, 0x40F, 80, 1 },
	{ 0x410, 0x42F, 32, 1 }, { 0x460, 0x481, 1, 2 }, { 0x48A, 0x4BF, 1, 2 },
	{ 0x4C1, 0x4CE, 1, 2 }, { 0x4D0, 0x52F, 1, 2 }, { 0x531, 0x556, 48, 1 },
	{ 0x1C90, 0x1CBA, -0xBC0, 1 }, { 0x1CBD, 0x1CBF, -0xBC0, 1 },
	{ 0x1E00, 0x1E95, 1, 2 }, { 0x1EA0, 0x1EFF, 1, 2 },
	{ 0xFF21, 0xFF3A, 32, 1 },
};

/* Capitals whose small letter no range gives. */
static const uint32_t case_pairs[][2] = {
	{ 0x130, 'i' }, { 0x178, 0xFF }, { 0x18F, 0x259 }, { 0x1C4, 0x1C6 },
	{ 0x1C5, 0x1C6 }, { 0x1C7, 0x1C9 }, { 0x1C8, 0x1C9 }, { 0x1CA, 0x1CC },
	{ 0x1CB, 0x1CC }, { 0x1F1, 0x1F3 }, { 0x1F2, 0x1F3 }, { 0x386, 0x3AC },
	{ 0x38C, 0x3CC }, { 0x38E, 0x3CD }, { 0x38F, 0x3CE }, { 0x4C0, 0x4CF },
	{ 0x1E9E, 0xDF },
};

#define COUNT(a) (sizeof a / sizeof *a)

/* Whether C is past every cased letter of the tables above but the
 * full-width ones: Han, Kana, Hangul, Thai and the rest of the scripts
 * of most code points have no case, and are told so without a search. */
static int past_case(uint32_t c)
{
	return c >= 0x1F00 && (c < 0xFF21 || c > 0xFF5A);
}

/* The basic Greek and Cyrillic alphabets, told without a search of the
 * tables, which they agree with: capitals 32 below their small letters,
 * and the Cyrillic small letters with accents and the like from U+0450.
 * No punctuation is among them.  Returns the class, or 0 outside. */
static unsigned alphabet_class(uint32_t c)
{
	if ((c >= 0x430 && c <= 0x45F) || (c >= 0x3B1 && c <= 0x3C9))
		return C_LOWER;
	if ((c >= 0x410 && c <= 0x42F) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2))
		return C_UPPER;
	return 0;
}

/* Whether C lies between Armenian's capitals and Georgian's Mtavruli,
 * where no letter is a capital (Hebrew, Arabic, the Indic scripts, Thai,
 * Georgian), and the small letters there: Armenian's.  Georgian's
 * Mkhedruli are small letters to Unicode, the images of Mtavruli, but
 * Georgian writes no capitals in running text, and a sentence or a name
 * opens with the letters of every other word: they are classed without
 * case, as Hebrew's are, and Mtavruli still fold to them. */
static int in_caseless_gap(uint32_t c)
{
	return c > 0x556 && c < 0x1C90;
}

static int gap_lower(uint32_t c)
{
	return c >= 0x561 && c <= 0x587;
}

/* The class and the lower case of each code point from U+0080 up to
 * CASEMAP_END, as the rules below give them (engine/mkcase.c), read in
 * one step where the rules search: Latin's extended letters, the Indic
 * scripts and the punctuation of every text fell to those searches.  A
 * build of mkcase itself has no map yet. */
#ifdef CASEMAP_BOOTSTRAP
#define CASEMAP_END 0x80
static const unsigned char casemap_class[1] = { 0 };
static const int16_t casemap_delta[1] = { 0 };
#else
#include "casemap.inc"
#endif

uint32_t cp_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c < CASEMAP_END)
		return (uint32_t)((int32_t)c + casemap_delta[c - 0x80]);
	return cp_lower_rules(c);
}

unsigned cp_class(uint32_t c)
{
	if (c < 0x80)
		return byte_class[c];
	if (c < CASEMAP_END)
		return casemap_class[c - 0x80];
	if (c >= 0x4E00 && c <= 0x9FFF)        /* Han, the commonest past it */
		return C_CASELESS;
	return cp_class_rules(c);
}

uint32_t cp_lower_rules(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c < 0x100)
		return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 32 : c;
	if (past_case(c))
		return c;
	if (in_caseless_gap(c))
		return c;
	switch (alphabet_class(c)) {
	case C_UPPER:
		return c + 32;
	case C_LOWER:
		return c;
	}
	for (size_t i = 0; i < COUNT(case_ranges); i++) {
		const struct case_range *r = &case_ranges[i];
		if (c < r->first)
			break;
		if (c <= r->last && (c - r->first) % r->step == 0)
			return (uint32_t)((int32_t)c + r->delta);
	}
	for (size_t i = 0; i < COUNT(case_pairs); i++)
		if (case_pairs[i][0] == c)
			return case_pairs[i][1];
	return c;
}

/* Whether C, not a capital, is a small letter: the image of a capital
 * (see case_ranges), or one of the small letters without a capital. */
static int is_lower_cp(uint32_t c)
{
	if (c < 0x100)
		return c >= 0xDF && c != 0xF7;
	for (size_t i = 0; i < COUNT(case_ranges); i++) {
		const struct case_range *r = &case_ranges[i];
		uint32_t lo = (uint32_t)((int32_t)r->first + r->delta);
		uint32_t hi = (uint32_t)((int32_t)r->last + r->delta);
		if (c >= lo && c <= hi && (c - lo) % r->step == 0)
			return 1;
	}
	for (size_t i = 0; i < COUNT(case_pairs); i++)
		if (case_pairs[i][1] == c)
			return 1;
	return c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F ||
	       (c >= 0x250 && c <= 0x2AF) || c == 0x390 || c == 0x3B0 ||
	       c == 0x3C2 || (c >= 0x561 && c <= 0x587) ||
	       (c >= 0x1E96 && c <= 0x1E9F);
}

#define S C_SPACE
#define U C_UPPER
#define L C_LOWER
#define D C_DIGIT
#define P C_PUNCT
const unsigned char byte_class[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,    /* controls */
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,    /*  !"#$%&'()*+,-./ */
	D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,    /* 0-9 :;<=>? */
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,    /* @ A-O */
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,    /* P-Z [\]^_ */
	P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,    /* ` a-o */
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S     /* p-z {|}~ DEL */
};
#undef S
#undef U
#undef L
#undef D
#undef P

/* Punctuation of the scripts beyond Latin-1 (besides the blocks of
 * general and CJK punctuation): Greek question mark and ano teleia,
 * Armenian, Hebrew, Arabic, Devanagari dandas, Thai, Myanmar, Georgian,
 * Ethiopic, Khmer and Mongolian stops and marks. */
static int is_script_punct(uint32_t c)
{
	return c == 0x37E || c == 0x387 || (c >= 0x55A && c <= 0x55F) ||
	       c == 0x589 || c == 0x58A || c == 0x5BE || c == 0x5C0 ||
	       c == 0x5C3 || c == 0x5C6 || c == 0x5F3 || c == 0x5F4 ||
	       (c >= 0x600 && c <= 0x60F) || c == 0x61B ||
	       (c >= 0x61D && c <= 0x61F) || (c >= 0x66A && c <= 0x66D) ||
	       c == 0x6D4 || c == 0x964 || c == 0x965 || c == 0x970 ||
	       c == 0xE4F || c == 0xE5A || c == 0xE5B || c == 0x104A ||
	       c == 0x104B || c == 0x10FB || (c >= 0x1360 && c <= 0x1368) ||
	       (c >= 0x17D4 && c <= 0x17D6) || (c >= 0x1800 && c <= 0x180A);
}

/* Digits of other scripts: Arabic-Indic and Persian; those of the Indic
 * scripts from Devanagari to Sinhala, each at 66 to 6F of its block of
 * 128; Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and full-width. */
static int is_script_digit(uint32_t c)
{
	return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
	       (c >= 0x900 && c <= 0xDFF && (c & 0x7F) >= 0x66 &&
	        (c & 0x7F) <= 0x6F) ||
	       (c >= 0xE50 && c <= 0xE59) || (c >= 0xED0 && c <= 0xED9) ||
	       (c >= 0xF20 && c <= 0xF29) || (c >= 0x1040 && c <= 0x1049) ||
	       (c >= 0x17E0 && c <= 0x17E9) || (c >= 0x1810 && c <= 0x1819) ||
	       (c >= 0xFF10 && c <= 0xFF19);
}

unsigned cp_class_rules(uint32_t c)
{
	unsigned cls;

	if (c < 0x80)
		return byte_class[c];
	if ((cls = alphabet_class(c)) != 0)
		return cls;
	if (c == BAD_CP)
		return C_PUNCT;
	if (c <= 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0xFEFF)
		return C_SPACE;
	if (c <= 0xBF)
		return c == 0xAA || c == 0xB5 || c == 0xBA ? C_LOWER : C_PUNCT;
	if (c == 0xD7 || c == 0xF7)
		return C_PUNCT;
	if ((c >= 0x2010 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x303F) ||
	    (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE10 && c <= 0xFE6F) ||
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0x1F000 && c <= 0x1FAFF) || is_script_punct(c))
		return C_PUNCT;
	if (is_script_digit(c))
		return C_DIGIT;
	if (past_case(c))
		return C_CASELESS;
	if (in_caseless_gap(c))
		return gap_lower(c) ? C_LOWER : C_CASELESS;
	if (cp_lower_rules(c) != c)
		return C_UPPER;
	return is_lower_cp(c) ? C_LOWER : C_CASELESS;
}

unsigned decoded_class(const unsigned char *s, size_t n, size_t *len)
{
	uint32_t cp;

	*len = u8_decode(s, n, &cp);
	return cp_class(cp);
}

size_t prev_multibyte(const unsigned char *s, size_t start, size_t i)
{
	size_t j = i - 1;
	uint32_t cp;

	while (j > start && i - j < 4 && is_cont(s[j]))
		j--;
	/* Only a whole sequence is one character: a stray continuation
	 * byte is one of its own ("blank \246" keeps its \246). */
	if (j < i - 1 && u8_decode(s + j, i - j, &cp) != i - j)
		return i - 1;
	return j;
}

size_t summ_utf8_length(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	uint32_t cp;

	while (i < len) {
		/* ASCII, the common case, eight bytes at a time. */
		if (i + 8 <= len && ascii8(s + i)) {
			i += 8;
			n += 8;
			continue;
		}
		i += (unsigned char)s[i] < 0x80 ? 1 :
		     u8_decode((const unsigned char *)s + i, len - i, &cp);
		n++;
	}
	return n;
}

size_t fold_text(const char *src, size_t len, char *dst, size_t *chars)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, o = 0, n, nc = 0, e, m;
	int pending = 0, line_break = 0, tight = 0;
	uint32_t cp = 0;

	while (i < len) {
		if (class_at(src, len, i, &n) == C_SPACE) {
			pending = o > 0;
			line_break |= src[i] == '\n' || src[i] == '\r';
			i += n;
			continue;
		}
		/* A line break before a stop is an artefact of the layout
		 * ("pricing\n."): no space there; but a period that opens a
		 * word is the word's (the "\n.po files" of "the .po files").
		 * Nor is there one where a line of Chinese or Japanese was
		 * broken, between two of their characters. */
		if (s[i] >= 0x80)
			u8_decode(s + i, len - i, &cp);
		if (pending && !(line_break && strchr(".,;:!?", src[i]) &&
		                 !(i + 1 < len &&
		                   (class_at(src, len, i + 1, &m) & C_ALNUM))) &&
		    !(line_break && tight && s[i] >= 0x80 && is_cjk_tight(cp))) {
			if (dst)
				dst[o] = ' ';
			o++;
			nc++;
		}
		pending = line_break = 0;
		/* The character and the plain ASCII after it, copied at once. */
		for (e = i + n; e < len && s[e] < 0x80 && byte_class[s[e]] != C_SPACE;
		     e++)
			;
		if (dst)
			memcpy(dst + o, src + i, e - i);
		o += e - i;
		nc += 1 + (e - i - n);
		tight = e == i + n && s[i] >= 0x80 && is_cjk_tight(cp);
		i = e;
	}
	*chars = nc;
	return o;
}

size_t summ_fold(const char *src, size_t len, char *dst)
{
	size_t chars;

	return fold_text(src, len, dst, &chars);
}
