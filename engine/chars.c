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
 * (STEP 2, DELTA 1).  With case_pairs, Unicode's simple lower-case
 * mappings of its capitals and title-case letters (UnicodeData, 14.0)
 * but for the letter-like symbols among the punctuation below and the
 * scripts written without case here (Cherokee, Georgian's Asomtavruli:
 * see in_caseless_gap).  Latin (Extended-A to -D, Additional: the
 * capitals of Hausa, Ewe, Fula, Lingala, Bambara), Greek (monotonic and
 * polytonic), Cyrillic and its extensions, Armenian, Georgian,
 * Glagolitic, Coptic, the full-width letters, Deseret, Osage,
 * Vithkuqi, Old Hungarian, Warang Citi, Medefaidrin and Adlam.
 * tests/casemap_eval.py compares them with Python's unicodedata. */
static const struct case_range {
	uint32_t first, last;
	int32_t delta;
	uint32_t step;
} case_ranges[] = {
	{ 0x100, 0x12E, 1, 2 }, { 0x132, 0x136, 1, 2 }, { 0x139, 0x147, 1, 2 },
	{ 0x14A, 0x176, 1, 2 }, { 0x179, 0x17D, 1, 2 }, { 0x182, 0x184, 1, 2 },
	{ 0x189, 0x18A, 205, 1 }, { 0x1A0, 0x1A4, 1, 2 }, { 0x1B1, 0x1B2, 217, 1 },
	{ 0x1B3, 0x1B5, 1, 2 }, { 0x1CB, 0x1DB, 1, 2 }, { 0x1DE, 0x1EE, 1, 2 },
	{ 0x1F2, 0x1F4, 1, 2 }, { 0x1F8, 0x21E, 1, 2 }, { 0x222, 0x232, 1, 2 },
	{ 0x246, 0x24E, 1, 2 }, { 0x370, 0x372, 1, 2 }, { 0x388, 0x38A, 37, 1 },
	{ 0x38E, 0x38F, 63, 1 }, { 0x391, 0x3A1, 32, 1 }, { 0x3A3, 0x3AB, 32, 1 },
	{ 0x3D8, 0x3EE, 1, 2 }, { 0x3FD, 0x3FF, -130, 1 }, { 0x400, 0x40F, 80, 1 },
	{ 0x410, 0x42F, 32, 1 }, { 0x460, 0x480, 1, 2 }, { 0x48A, 0x4BE, 1, 2 },
	{ 0x4C1, 0x4CD, 1, 2 }, { 0x4D0, 0x52E, 1, 2 }, { 0x531, 0x556, 48, 1 },
	{ 0x1C90, 0x1CBA, -3008, 1 }, { 0x1CBD, 0x1CBF, -3008, 1 },
	{ 0x1E00, 0x1E94, 1, 2 }, { 0x1EA0, 0x1EFE, 1, 2 },
	{ 0x1F08, 0x1F0F, -8, 1 }, { 0x1F18, 0x1F1D, -8, 1 },
	{ 0x1F28, 0x1F2F, -8, 1 }, { 0x1F38, 0x1F3F, -8, 1 },
	{ 0x1F48, 0x1F4D, -8, 1 }, { 0x1F68, 0x1F6F, -8, 1 },
	{ 0x1F88, 0x1F8F, -8, 1 }, { 0x1F98, 0x1F9F, -8, 1 },
	{ 0x1FA8, 0x1FAF, -8, 1 }, { 0x1FB8, 0x1FB9, -8, 1 },
	{ 0x1FBA, 0x1FBB, -74, 1 }, { 0x1FC8, 0x1FCB, -86, 1 },
	{ 0x1FD8, 0x1FD9, -8, 1 }, { 0x1FDA, 0x1FDB, -100, 1 },
	{ 0x1FE8, 0x1FE9, -8, 1 }, { 0x1FEA, 0x1FEB, -112, 1 },
	{ 0x1FF8, 0x1FF9, -128, 1 }, { 0x1FFA, 0x1FFB, -126, 1 },
	{ 0x2C00, 0x2C2F, 48, 1 }, { 0x2C67, 0x2C6B, 1, 2 },
	{ 0x2C7E, 0x2C7F, -10815, 1 }, { 0x2C80, 0x2CE2, 1, 2 },
	{ 0x2CEB, 0x2CED, 1, 2 }, { 0xA640, 0xA66C, 1, 2 },
	{ 0xA680, 0xA69A, 1, 2 }, { 0xA722, 0xA72E, 1, 2 },
	{ 0xA732, 0xA76E, 1, 2 }, { 0xA779, 0xA77B, 1, 2 },
	{ 0xA77E, 0xA786, 1, 2 }, { 0xA790, 0xA792, 1, 2 },
	{ 0xA796, 0xA7A8, 1, 2 }, { 0xA7B4, 0xA7C2, 1, 2 },
	{ 0xA7C7, 0xA7C9, 1, 2 }, { 0xA7D6, 0xA7D8, 1, 2 },
	{ 0xFF21, 0xFF3A, 32, 1 }, { 0x10400, 0x10427, 40, 1 },
	{ 0x104B0, 0x104D3, 40, 1 }, { 0x10570, 0x1057A, 39, 1 },
	{ 0x1057C, 0x1058A, 39, 1 }, { 0x1058C, 0x10592, 39, 1 },
	{ 0x10594, 0x10595, 39, 1 }, { 0x10C80, 0x10CB2, 64, 1 },
	{ 0x118A0, 0x118BF, 32, 1 }, { 0x16E40, 0x16E5F, 32, 1 },
	{ 0x1E900, 0x1E921, 34, 1 },
};

/* Capitals whose small letter no range gives. */
static const uint32_t case_pairs[][2] = {
	{ 0x130, 0x69 }, { 0x178, 0xFF }, { 0x181, 0x253 }, { 0x186, 0x254 },
	{ 0x187, 0x188 }, { 0x18B, 0x18C }, { 0x18E, 0x1DD }, { 0x18F, 0x259 },
	{ 0x190, 0x25B }, { 0x191, 0x192 }, { 0x193, 0x260 }, { 0x194, 0x263 },
	{ 0x196, 0x269 }, { 0x197, 0x268 }, { 0x198, 0x199 }, { 0x19C, 0x26F },
	{ 0x19D, 0x272 }, { 0x19F, 0x275 }, { 0x1A6, 0x280 }, { 0x1A7, 0x1A8 },
	{ 0x1A9, 0x283 }, { 0x1AC, 0x1AD }, { 0x1AE, 0x288 }, { 0x1AF, 0x1B0 },
	{ 0x1B7, 0x292 }, { 0x1B8, 0x1B9 }, { 0x1BC, 0x1BD }, { 0x1C4, 0x1C6 },
	{ 0x1C5, 0x1C6 }, { 0x1C7, 0x1C9 }, { 0x1C8, 0x1C9 }, { 0x1CA, 0x1CC },
	{ 0x1F1, 0x1F3 }, { 0x1F6, 0x195 }, { 0x1F7, 0x1BF }, { 0x220, 0x19E },
	{ 0x23A, 0x2C65 }, { 0x23B, 0x23C }, { 0x23D, 0x19A }, { 0x23E, 0x2C66 },
	{ 0x241, 0x242 }, { 0x243, 0x180 }, { 0x244, 0x289 }, { 0x245, 0x28C },
	{ 0x376, 0x377 }, { 0x37F, 0x3F3 }, { 0x386, 0x3AC }, { 0x38C, 0x3CC },
	{ 0x3CF, 0x3D7 }, { 0x3F4, 0x3B8 }, { 0x3F7, 0x3F8 }, { 0x3F9, 0x3F2 },
	{ 0x3FA, 0x3FB }, { 0x4C0, 0x4CF }, { 0x1E9E, 0xDF }, { 0x1F59, 0x1F51 },
	{ 0x1F5B, 0x1F53 }, { 0x1F5D, 0x1F55 }, { 0x1F5F, 0x1F57 },
	{ 0x1FBC, 0x1FB3 }, { 0x1FCC, 0x1FC3 }, { 0x1FEC, 0x1FE5 },
	{ 0x1FFC, 0x1FF3 }, { 0x2C60, 0x2C61 }, { 0x2C62, 0x26B },
	{ 0x2C63, 0x1D7D }, { 0x2C64, 0x27D }, { 0x2C6D, 0x251 }, { 0x2C6E, 0x271 },
	{ 0x2C6F, 0x250 }, { 0x2C70, 0x252 }, { 0x2C72, 0x2C73 },
	{ 0x2C75, 0x2C76 }, { 0x2CF2, 0x2CF3 }, { 0xA77D, 0x1D79 },
	{ 0xA78B, 0xA78C }, { 0xA78D, 0x265 }, { 0xA7AA, 0x266 }, { 0xA7AB, 0x25C },
	{ 0xA7AC, 0x261 }, { 0xA7AD, 0x26C }, { 0xA7AE, 0x26A }, { 0xA7B0, 0x29E },
	{ 0xA7B1, 0x287 }, { 0xA7B2, 0x29D }, { 0xA7B3, 0xAB53 },
	{ 0xA7C4, 0xA794 }, { 0xA7C5, 0x282 }, { 0xA7C6, 0x1D8E },
	{ 0xA7D0, 0xA7D1 }, { 0xA7F5, 0xA7F6 },
};

#define COUNT(a) (sizeof a / sizeof *a)

/* Whether C is past every cased letter of the tables above: Han, Kana,
 * Hangul, Thai and the rest of the scripts of most code points have no
 * case, and are told so without a search of them.  Past U+1F00 only the
 * blocks of CASED have capitals or small letters. */
static int past_case(uint32_t c)
{
	static const uint32_t cased[][2] = {
		{ 0x1F00, 0x1FFF }, { 0x2C00, 0x2CFF }, { 0xA640, 0xA69F },
		{ 0xA720, 0xA7FF }, { 0xFF21, 0xFF5A }, { 0x10400, 0x1044F },
		{ 0x104B0, 0x104FF }, { 0x10570, 0x105BF }, { 0x10C80, 0x10CFF },
		{ 0x118A0, 0x118DF }, { 0x16E40, 0x16E7F }, { 0x1E900, 0x1E94F },
	};

	if (c < 0x1F00)
		return 0;
	if ((c >= 0x3040 && c < 0xA640) || (c >= 0xAC00 && c < 0xFF21))
		return 1;                      /* Kana, Han, Yi; Hangul */
	for (size_t i = 0; i < COUNT(cased); i++)
		if (c <= cased[i][1])
			return c < cased[i][0];
	return 1;
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
	if (c < 0xA640 || (c >= 0xAC00 && c <= 0xD7A3))
		return c;                      /* Kana, Han, Yi; Hangul */
	return cp_lower_rules(c);
}

unsigned cp_class(uint32_t c)
{
	if (c < 0x80)
		return byte_class[c];
	if (c < CASEMAP_END)
		return casemap_class[c - 0x80];
	if ((c >= 0x4E00 && c <= 0x9FFF) ||    /* Han, the commonest past it, */
	    (c >= 0xAC00 && c <= 0xD7A3))      /* and Hangul's syllables */
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

/* Whether C is one of polytonic Greek's small letters that have no
 * capital of one code point (with a breathing and the perispomeni, or
 * the iota subscript: "ὖ", "ᾷ"), in columns 2 to 7 of Greek Extended's
 * last rows. */
static int is_polytonic_small(uint32_t c)
{
	return (c >= 0x1F50 && c <= 0x1F57) || c == 0x1FBE ||
	       (c >= 0x1FB2 && c <= 0x1FF7 && (c & 0xF) >= 2 && (c & 0xF) <= 7);
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
	       (c >= 0x1E96 && c <= 0x1E9F) || is_polytonic_small(c);
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

/* The rest of Unicode's punctuation and symbols (categories Pd to Po,
 * Sc, Sm and So, 14.0), where is_script_punct does not tell them at
 * once: the stops and marks of Syriac, N'Ko, Samaritan, Tibetan,
 * Myanmar, Canadian syllabics, the scripts of Indonesia and the
 * Philippines, Ol Chiki, the supplemental punctuation (⸮), Lisu, Vai,
 * Bamum, Meetei Mayek; currency signs (฿ ৳ ￥); the symbols of scripts
 * and of music, and past the Basic Multilingual Plane the dandas of
 * Brahmi's descendants and more.  A word is letters, marks and digits.
 * Not the connectors (_ ‿), inside identifiers, nor Sindhi's ۽ and ۾,
 * written for the words "and" and "in", nor the CJK radicals,
 * strokes and squared words (⼀ ㈱ ㎏), which PDF text puts for the
 * characters they look like, nor Yi's radicals. */
static const uint32_t other_punct[][2] = {
	{ 0x3F6, 0x3F6 }, { 0x482, 0x482 }, { 0x58D, 0x58F }, { 0x6DE, 0x6DE },
	{ 0x6E9, 0x6E9 }, { 0x700, 0x70D }, { 0x7F6, 0x7F9 },
	{ 0x7FE, 0x7FF }, { 0x830, 0x83E }, { 0x85E, 0x85E }, { 0x9F2, 0x9F3 },
	{ 0x9FA, 0x9FB }, { 0x9FD, 0x9FD }, { 0xA76, 0xA76 }, { 0xAF0, 0xAF1 },
	{ 0xB70, 0xB70 }, { 0xBF3, 0xBFA }, { 0xC77, 0xC77 }, { 0xC7F, 0xC7F },
	{ 0xC84, 0xC84 }, { 0xD4F, 0xD4F }, { 0xD79, 0xD79 }, { 0xDF4, 0xDF4 },
	{ 0xE3F, 0xE3F }, { 0xF01, 0xF17 }, { 0xF1A, 0xF1F }, { 0xF34, 0xF34 },
	{ 0xF36, 0xF36 }, { 0xF38, 0xF38 }, { 0xF3A, 0xF3D }, { 0xF85, 0xF85 },
	{ 0xFBE, 0xFC5 }, { 0xFC7, 0xFCC }, { 0xFCE, 0xFDA }, { 0x104C, 0x104F },
	{ 0x109E, 0x109F }, { 0x1390, 0x1399 }, { 0x1400, 0x1400 },
	{ 0x166D, 0x166E }, { 0x169B, 0x169C }, { 0x16EB, 0x16ED },
	{ 0x1735, 0x1736 }, { 0x17D8, 0x17DB }, { 0x1940, 0x1940 },
	{ 0x1944, 0x1945 }, { 0x19DE, 0x19FF }, { 0x1A1E, 0x1A1F },
	{ 0x1AA0, 0x1AA6 }, { 0x1AA8, 0x1AAD }, { 0x1B5A, 0x1B6A },
	{ 0x1B74, 0x1B7E }, { 0x1BFC, 0x1BFF }, { 0x1C3B, 0x1C3F },
	{ 0x1C7E, 0x1C7F }, { 0x1CC0, 0x1CC7 }, { 0x1CD3, 0x1CD3 },
	{ 0x2CE5, 0x2CEA }, { 0x2CF9, 0x2CFC }, { 0x2CFE, 0x2CFF },
	{ 0x2D70, 0x2D70 }, { 0x2E00, 0x2E2E }, { 0x2E30, 0x2E5D },
	{ 0x30A0, 0x30A0 }, { 0x30FB, 0x30FB }, { 0x4DC0, 0x4DFF },
	{ 0xA4FE, 0xA4FF }, { 0xA60D, 0xA60F }, { 0xA673, 0xA673 },
	{ 0xA67E, 0xA67E }, { 0xA6F2, 0xA6F7 }, { 0xA828, 0xA82B },
	{ 0xA836, 0xA839 }, { 0xA874, 0xA877 }, { 0xA8CE, 0xA8CF },
	{ 0xA8F8, 0xA8FA }, { 0xA8FC, 0xA8FC }, { 0xA92E, 0xA92F },
	{ 0xA95F, 0xA95F }, { 0xA9C1, 0xA9CD }, { 0xA9DE, 0xA9DF },
	{ 0xAA5C, 0xAA5F }, { 0xAA77, 0xAA79 }, { 0xAADE, 0xAADF },
	{ 0xAAF0, 0xAAF1 }, { 0xABEB, 0xABEB }, { 0xFB29, 0xFB29 },
	{ 0xFD3E, 0xFD4F }, { 0xFDCF, 0xFDCF }, { 0xFDFC, 0xFDFF },
	{ 0xFFE0, 0xFFE2 }, { 0xFFE4, 0xFFE6 }, { 0xFFE8, 0xFFEE },
	{ 0xFFFC, 0xFFFD }, { 0x10100, 0x10102 }, { 0x10137, 0x1013F },
	{ 0x10179, 0x10189 }, { 0x1018C, 0x1018E }, { 0x10190, 0x1019C },
	{ 0x101A0, 0x101A0 }, { 0x101D0, 0x101FC }, { 0x1039F, 0x1039F },
	{ 0x103D0, 0x103D0 }, { 0x1056F, 0x1056F }, { 0x10857, 0x10857 },
	{ 0x10877, 0x10878 }, { 0x1091F, 0x1091F }, { 0x1093F, 0x1093F },
	{ 0x10A50, 0x10A58 }, { 0x10A7F, 0x10A7F }, { 0x10AC8, 0x10AC8 },
	{ 0x10AF0, 0x10AF6 }, { 0x10B39, 0x10B3F }, { 0x10B99, 0x10B9C },
	{ 0x10EAD, 0x10EAD }, { 0x10F55, 0x10F59 }, { 0x10F86, 0x10F89 },
	{ 0x11047, 0x1104D }, { 0x110BB, 0x110BC }, { 0x110BE, 0x110C1 },
	{ 0x11140, 0x11143 }, { 0x11174, 0x11175 }, { 0x111C5, 0x111C8 },
	{ 0x111CD, 0x111CD }, { 0x111DB, 0x111DB }, { 0x111DD, 0x111DF },
	{ 0x11238, 0x1123D }, { 0x112A9, 0x112A9 }, { 0x1144B, 0x1144F },
	{ 0x1145A, 0x1145B }, { 0x1145D, 0x1145D }, { 0x114C6, 0x114C6 },
	{ 0x115C1, 0x115D7 }, { 0x11641, 0x11643 }, { 0x11660, 0x1166C },
	{ 0x116B9, 0x116B9 }, { 0x1173C, 0x1173F }, { 0x1183B, 0x1183B },
	{ 0x11944, 0x11946 }, { 0x119E2, 0x119E2 }, { 0x11A3F, 0x11A46 },
	{ 0x11A9A, 0x11A9C }, { 0x11A9E, 0x11AA2 }, { 0x11C41, 0x11C45 },
	{ 0x11C70, 0x11C71 }, { 0x11EF7, 0x11EF8 }, { 0x11FD5, 0x11FF1 },
	{ 0x11FFF, 0x11FFF }, { 0x12470, 0x12474 }, { 0x12FF1, 0x12FF2 },
	{ 0x16A6E, 0x16A6F }, { 0x16AF5, 0x16AF5 }, { 0x16B37, 0x16B3F },
	{ 0x16B44, 0x16B45 }, { 0x16E97, 0x16E9A }, { 0x16FE2, 0x16FE2 },
	{ 0x1BC9C, 0x1BC9C }, { 0x1BC9F, 0x1BC9F }, { 0x1CF50, 0x1CFC3 },
	{ 0x1D000, 0x1D0F5 }, { 0x1D100, 0x1D126 }, { 0x1D129, 0x1D164 },
	{ 0x1D16A, 0x1D16C }, { 0x1D183, 0x1D184 }, { 0x1D18C, 0x1D1A9 },
	{ 0x1D1AE, 0x1D1EA }, { 0x1D200, 0x1D241 }, { 0x1D245, 0x1D245 },
	{ 0x1D300, 0x1D356 }, { 0x1D6C1, 0x1D6C1 }, { 0x1D6DB, 0x1D6DB },
	{ 0x1D6FB, 0x1D6FB }, { 0x1D715, 0x1D715 }, { 0x1D735, 0x1D735 },
	{ 0x1D74F, 0x1D74F }, { 0x1D76F, 0x1D76F }, { 0x1D789, 0x1D789 },
	{ 0x1D7A9, 0x1D7A9 }, { 0x1D7C3, 0x1D7C3 }, { 0x1D800, 0x1D9FF },
	{ 0x1DA37, 0x1DA3A }, { 0x1DA6D, 0x1DA74 }, { 0x1DA76, 0x1DA83 },
	{ 0x1DA85, 0x1DA8B }, { 0x1E14F, 0x1E14F }, { 0x1E2FF, 0x1E2FF },
	{ 0x1E95E, 0x1E95F }, { 0x1ECAC, 0x1ECAC }, { 0x1ECB0, 0x1ECB0 },
	{ 0x1ED2E, 0x1ED2E }, { 0x1EEF0, 0x1EEF1 }, { 0x1FB00, 0x1FB92 },
	{ 0x1FB94, 0x1FBCA },
};

/* Whether C is in other_punct. */
static int in_other_punct(uint32_t c)
{
	size_t lo = 0, hi = COUNT(other_punct);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c < other_punct[mid][0])
			hi = mid;
		else if (c > other_punct[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Punctuation of the scripts beyond Latin-1 (besides the blocks of
 * general and CJK punctuation): Greek question mark and ano teleia,
 * Armenian, Hebrew, Arabic, Devanagari dandas, Thai, Myanmar, Georgian,
 * Ethiopic, Khmer and Mongolian stops and marks at once; the rest by
 * other_punct. */
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
	       (c >= 0x17D4 && c <= 0x17D6) || (c >= 0x1800 && c <= 0x180A) ||
	       (c >= 0x3F6 && in_other_punct(c));
}

/* The stops of is_script_stop not told at once (see OTHER_STOPS). */
static const uint32_t other_stops[] = { OTHER_STOPS };

int is_other_stop(uint32_t cp)
{
	size_t lo = 0, hi = COUNT(other_stops);

	/* Most characters that follow a stop, quotes, CJK's and Hangul's
	 * among them, lie between the table's runs: told without a search. */
	if ((cp > 0x7F9 && cp < 0x166E) || (cp > 0x1C7F && cp < 0x203C) ||
	    (cp > 0x2049 && cp < 0x2E2E) || (cp > 0x2E54 && cp < 0xA4FF) ||
	    (cp > 0xABEB && cp < 0xFE52) || (cp > 0xFE57 && cp < 0xFF61) ||
	    (cp > 0xFF61 && cp < 0x10A56))
		return 0;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cp == other_stops[mid])
			return 1;
		if (cp < other_stops[mid])
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* The first digit (zero) of each run of ten decimal digits of the
 * scripts is_script_digit does not tell at once, as Unicode lists them
 * (category Nd, 14.0): N'Ko, Myanmar Shan, Limbu, New Tai Lue, Tai
 * Tham, Balinese, Sundanese, Lepcha, Ol Chiki, Vai, Saurashtra, Kayah
 * Li, Javanese, Myanmar Tai Laing, Cham, Meetei Mayek, then past the
 * Basic Multilingual Plane Osmanya to the segmented digits (Brahmi and
 * its descendants, the mathematical digits, Adlam). */
static const uint32_t digit_zeros[] = {
	0x7C0, 0x1090, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0,
	0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50,
	0xABF0, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
	0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
	0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
	0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
	0x1E950, 0x1FBF0,
};

/* Digits of other scripts: Arabic-Indic and Persian; those of the Indic
 * scripts from Devanagari to Sinhala, each at 66 to 6F of its block of
 * 128; Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and full-width, told
 * at once; the rest by digit_zeros.  (Han, Kana and Hangul are told
 * without a search.) */
static int is_script_digit(uint32_t c)
{
	if ((c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
	    (c >= 0x900 && c <= 0xDFF && (c & 0x7F) >= 0x66 &&
	     (c & 0x7F) <= 0x6F) ||
	    (c >= 0xE50 && c <= 0xE59) || (c >= 0xED0 && c <= 0xED9) ||
	    (c >= 0xF20 && c <= 0xF29) || (c >= 0x1040 && c <= 0x1049) ||
	    (c >= 0x17E0 && c <= 0x17E9) || (c >= 0x1810 && c <= 0x1819) ||
	    (c >= 0xFF10 && c <= 0xFF19))
		return 1;
	if (c < 0x7C0 || (c >= 0x3040 && c < 0xA620) ||
	    (c >= 0xAC00 && c < 0x104A0))
		return 0;
	for (size_t i = 0; i < COUNT(digit_zeros) && digit_zeros[i] <= c; i++)
		if (c <= digit_zeros[i] + 9)
			return 1;
	return 0;
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
