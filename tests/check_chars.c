/* check_chars.c - engine/chars.c: UTF-8, character classes and white space. */

/*
 * Through the public API: summ_utf8_length counts characters, an invalid
 * byte as one; summ_fold folds white space (Unicode spaces, NUL and
 * control bytes included) and copies every other byte; and the class
 * of a character shows in where summ_next_word finds words.
 */
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/chars.h"

struct ws_case {
	const char *in, *out;
	size_t chars;
};

static const struct ws_case ws_cases[] = {
	{ "  a \n b\t\tc  ", "a b c", 5 },
	{ "line one\r\nline two", "line one line two", 17 },
	{ "keep\xFF" "bad", "keep\xFF" "bad", 8 },
	{ "no\xC2\xA0" "break", "no break", 8 },
	{ "", "", 0 },
	{ " \n ", "", 0 },
	{ "caf\xC3\xA9", "caf\xC3\xA9", 4 },
};

START_TEST(test_fold_space)
{
	const struct ws_case *c = &ws_cases[_i];
	char buf[64];
	size_t n = summ_fold(c->in, strlen(c->in), buf);

	ck_assert_msg(n == strlen(c->out) && memcmp(buf, c->out, n) == 0,
	              "fold case %d: got \"%.*s\"", _i, (int)n, buf);
	ck_assert_uint_eq(summ_utf8_length(buf, n), c->chars);
}
END_TEST

/* Bytes with their length, as some hold NUL. */
struct bytes_case {
	const char *in;
	size_t len;
	const char *out;
	size_t out_len;
};

#define B(s) s, sizeof s - 1

static const struct bytes_case fold_bytes_cases[] = {
	/* NUL, control bytes and DEL are white space. */
	{ B("a\0b\x01" "c\x7F" "d\x1B"), B("a b c d") },
	/* Unicode spaces: ideographic, line separator, thin, no-break,
	 * narrow no-break, a byte-order mark inside the text. */
	{ B("\xE3\x80\x80x\xE2\x80\xA8y\xE2\x80\x89z\xC2\xA0"),
	  B("x y z") },
	{ B("u\xE2\x80\xAFv\xEF\xBB\xBFw"), B("u v w") },
	/* Invalid bytes, overlong forms and surrogates pass unchanged. */
	{ B("\xC0\x80 \xED\xA0\x80  \xF4\x90\x80\x80"),
	  B("\xC0\x80 \xED\xA0\x80 \xF4\x90\x80\x80") },
	/* A line break before a stop is layout: no space there. */
	{ B("pricing\n."), B("pricing.") },
	{ B("pricing ."), B("pricing .") },
	/* ... but a period that opens a word is the word's. */
	{ B("edit the\n.po files"), B("edit the .po files") },
	{ B("pricing\n.\nNext"), B("pricing. Next") },
	/* Punctuation is not space: an em dash stays. */
	{ B("a \xE2\x80\x94 b"), B("a \xE2\x80\x94 b") },
};

START_TEST(test_fold_bytes)
{
	const struct bytes_case *c = &fold_bytes_cases[_i];
	char buf[64];
	size_t n = summ_fold(c->in, c->len, buf);

	ck_assert_msg(n == c->out_len && memcmp(buf, c->out, n) == 0,
	              "fold case %d: got \"%.*s\"", _i, (int)n, buf);
}
END_TEST

struct length_case {
	const char *s;
	size_t len, chars;
};

static const struct length_case length_cases[] = {
	{ B(""), 0 },
	{ B("abc"), 3 },
	{ B("a\0b"), 3 },
	{ B("\xE2\x82\xAC"), 1 },                  /* euro sign */
	{ B("\xF0\x9F\x98\x80"), 1 },              /* four bytes */
	{ B("\xC0\x80"), 2 },                      /* overlong: two bad bytes */
	{ B("\xE0\x80\x80"), 3 },                  /* overlong, three bytes */
	{ B("\xED\xA0\x80"), 3 },                  /* a surrogate */
	{ B("\xF4\x90\x80\x80"), 4 },              /* past U+10FFFF */
	{ B("\xE2\x82"), 2 },                      /* cut short */
	{ B("\x80\xFF\xFE"), 3 },                  /* stray bytes */
	/* Across the eight-byte steps of plain ASCII. */
	{ B("abcdefgh\xC3\xA9"), 9 },
	{ B("abcdefg\xC3\xA9xyzabcdefgh"), 19 },
	{ B("abcdefghijklmnopq\xE2\x82"), 19 },
};

START_TEST(test_utf8_length)
{
	const struct length_case *c = &length_cases[_i];

	ck_assert_msg(summ_utf8_length(c->s, c->len) == c->chars,
	              "case %d: %zu characters, want %zu", _i,
	              summ_utf8_length(c->s, c->len), c->chars);
}
END_TEST

/* Classes as words show them: how many words summ_next_word finds. */
struct class_case {
	const char *s;
	size_t len, words;
	const char *why;
};

static const struct class_case class_cases[] = {
	{ B("abc123"), 1, "letters and digits" },
	{ B("\xC2\xAA\xC2\xB5\xC2\xBA"), 1, "ordinals and micro are letters" },
	{ B("a\xC3\x97" "b\xC3\xB7" "c"), 3, "times and divide are punctuation" },
	{ B("\xC3\x9F\xC3\xBF\xC5\x81\xC5\x82"), 1, "Latin letters" },
	{ B("\xCE\x91\xCE\xB1\xD0\x96\xD0\xB6"), 1, "Greek and Cyrillic" },
	{ B("\xE4\xB8\xAD\xE6\x96\x87"), 1, "caseless letters" },
	{ B("\xEF\xBC\xA1\xEF\xBC\xA2"), 1, "full-width letters" },
	{ B("a\xEF\xBC\x9F" "b\xE3\x80\x82" "c"), 3, "full-width stops" },
	{ B("a\xE3\x80\x80" "b\xE2\x80\xA8" "c"), 3, "Unicode spaces" },
	{ B("a\xE2\x80\x93" "b\xE2\x80\xA2" "c"), 3, "dashes and bullets" },
	{ B("a\xF0\x9F\x98\x80" "b"), 2, "emoji are punctuation" },
	{ B("a\xE0\xB8\xBF" "b\xE0\xA7\xB3" "c\xEF\xBF\xA5" "d"), 4,
	  "currency signs are punctuation (\xE0\xB8\xBF \xE0\xA7\xB3 \xEF\xBF\xA5)" },
	{ B("a\xDC\x81" "b\xE0\xBC\x8D" "c\xE3\x83\xBB" "d"), 4,
	  "Syriac, Tibetan and Katakana punctuation" },
	{ B("a\xEE\x80\x80" "b"), 2, "private use is punctuation" },
	{ B("a\xC0\x80" "b\xED\xA0\x80" "c"), 3, "invalid bytes are punctuation" },
	{ B("a\x01" "b\x7F" "c\0d"), 4, "control bytes are space" },
	{ B("\xC2\xA0\xE2\x80\x8B\xEF\xBB\xBF"), 0, "spaces alone" },
};

START_TEST(test_classes)
{
	const struct class_case *c = &class_cases[_i];
	size_t pos = 0, ws, we, n = 0;

	while (summ_next_word(c->s, c->len, &pos, &ws, &we))
		n++;
	ck_assert_msg(n == c->words, "%s: %zu words, want %zu", c->why, n,
	              c->words);
}
END_TEST

/* The class and small letter of code points at the edges of the
 * ranges cp_class and cp_lower tell without a search (Greek, Cyrillic,
 * and the scripts without case from Hebrew to Georgian), and of their
 * neighbours, which the tables decide. */
static const struct {
	uint32_t cp, lower;
	unsigned cls;
} case_edges[] = {
	{ 0x390, 0x390, C_LOWER },      /* ΐ */
	{ 0x391, 0x3B1, C_UPPER },      /* Α */
	{ 0x3A1, 0x3C1, C_UPPER },
	{ 0x3A2, 0x3A2, C_CASELESS },   /* unassigned */
	{ 0x3A3, 0x3C3, C_UPPER },      /* Σ */
	{ 0x3A9, 0x3C9, C_UPPER },
	{ 0x3AA, 0x3CA, C_UPPER },      /* Ϊ */
	{ 0x3B0, 0x3B0, C_LOWER },
	{ 0x3B1, 0x3B1, C_LOWER },
	{ 0x3C2, 0x3C2, C_LOWER },      /* ς */
	{ 0x3C9, 0x3C9, C_LOWER },
	{ 0x3CA, 0x3CA, C_LOWER },
	{ 0x400, 0x450, C_UPPER },      /* Ѐ */
	{ 0x40F, 0x45F, C_UPPER },
	{ 0x410, 0x430, C_UPPER },      /* А */
	{ 0x42F, 0x44F, C_UPPER },      /* Я */
	{ 0x430, 0x430, C_LOWER },
	{ 0x44F, 0x44F, C_LOWER },
	{ 0x450, 0x450, C_LOWER },
	{ 0x45F, 0x45F, C_LOWER },
	{ 0x460, 0x461, C_UPPER },      /* Ѡ */
	{ 0x461, 0x461, C_LOWER },
	{ 0x556, 0x586, C_UPPER },      /* Ֆ */
	{ 0x557, 0x557, C_CASELESS },
	{ 0x561, 0x561, C_LOWER },      /* ա */
	{ 0x587, 0x587, C_LOWER },
	{ 0x5D0, 0x5D0, C_CASELESS },   /* א */
	{ 0x627, 0x627, C_CASELESS },   /* ا */
	{ 0x660, 0x660, C_DIGIT },      /* ٠ */
	{ 0x964, 0x964, C_PUNCT },      /* । */
	{ 0x10D0, 0x10D0, C_CASELESS }, /* ა */
	{ 0x10FA, 0x10FA, C_CASELESS },
	{ 0x10FB, 0x10FB, C_PUNCT },
	{ 0x10FD, 0x10FD, C_CASELESS },
	{ 0x1680, 0x1680, C_SPACE },
	{ 0x1C8F, 0x1C8F, C_CASELESS },
	{ 0x1C90, 0x10D0, C_UPPER },    /* Ა */
	{ 0x1E9E, 0xDF, C_UPPER },      /* ẞ */
	/* Unicode's capitals past the fast ranges, and their neighbours. */
	{ 0x181, 0x253, C_UPPER },      /* Ɓ, Hausa */
	{ 0x186, 0x254, C_UPPER },      /* Ɔ, Ewe, Twi, Lingala */
	{ 0x190, 0x25B, C_UPPER },      /* Ɛ */
	{ 0x198, 0x199, C_UPPER },      /* Ƙ */
	{ 0x253, 0x253, C_LOWER },
	{ 0x1F00, 0x1F00, C_LOWER },    /* ἀ */
	{ 0x1F08, 0x1F00, C_UPPER },    /* Ἀ */
	{ 0x1FBC, 0x1FB3, C_UPPER },    /* ᾼ, title case */
	{ 0x1FBD, 0x1FBD, C_CASELESS }, /* ᾽, a sign */
	{ 0x1FC6, 0x1FC6, C_LOWER },    /* ῆ: its capital is two */
	{ 0x2126, 0x2126, C_PUNCT },    /* Ω, the ohm sign */
	{ 0x2C00, 0x2C30, C_UPPER },    /* Glagolitic */
	{ 0xA7B3, 0xAB53, C_UPPER },    /* Ꭓ */
	{ 0x13A0, 0x13A0, C_CASELESS }, /* Cherokee, written in capitals */
	{ 0x3042, 0x3042, C_CASELESS }, /* あ */
	{ 0xA000, 0xA000, C_CASELESS }, /* Yi */
	{ 0xAC00, 0xAC00, C_CASELESS }, /* 가 */
	{ 0x10400, 0x10428, C_UPPER },  /* Deseret */
	{ 0x1E900, 0x1E922, C_UPPER },  /* Adlam */
	{ 0x1E922, 0x1E922, C_LOWER },
	{ 0x1E950, 0x1E950, C_DIGIT },  /* Adlam's digits */
	/* Symbols are punctuation, but those PDF text puts for the CJK
	 * characters they look like. */
	{ 0xE3F, 0xE3F, C_PUNCT },      /* ฿ */
	{ 0x1D11E, 0x1D11E, C_PUNCT },  /* a G clef */
	{ 0x2F47, 0x2F47, C_CASELESS }, /* ⽇, the Kangxi radical */
	{ 0x3231, 0x3231, C_CASELESS }, /* ㈱ */
	{ 0x4E2D, 0x4E2D, C_CASELESS }, /* 中 */
	{ 0xFF21, 0xFF41, C_UPPER },    /* Ａ */
};

START_TEST(test_case_edges)
{
	uint32_t c = case_edges[_i].cp;

	ck_assert_msg(cp_class(c) == case_edges[_i].cls, "U+%04X: class %u",
	              (unsigned)c, cp_class(c));
	ck_assert_msg(cp_lower(c) == case_edges[_i].lower, "U+%04X: lower U+%04X",
	              (unsigned)c, (unsigned)cp_lower(c));
}
END_TEST

/* Every code point of the map (engine/casemap.inc, below U+3100) and
 * past it, to the end of the Basic Multilingual Plane, has the class and
 * the lower case the rules of chars.c give it: a map made before a rule
 * changed fails here (make casemap). */
START_TEST(test_casemap)
{
	for (uint32_t c = 0; c < 0x10000; c++) {
		ck_assert_msg(cp_class(c) == cp_class_rules(c),
		              "U+%04X: class %u, the rules %u (make casemap)",
		              (unsigned)c, cp_class(c), cp_class_rules(c));
		ck_assert_msg(cp_lower(c) == cp_lower_rules(c),
		              "U+%04X: lower U+%04X, the rules U+%04X",
		              (unsigned)c, (unsigned)cp_lower(c),
		              (unsigned)cp_lower_rules(c));
	}
	ck_assert_uint_eq(cp_class(BAD_CP), C_PUNCT);
}
END_TEST

#define NCASES(t) ((int)(sizeof t / sizeof *t))

Suite *chars_suite(void)
{
	Suite *s = suite_create("chars");
	TCase *tf = tcase_create("fold_space");
	TCase *tl = tcase_create("utf8_length");
	TCase *tc = tcase_create("classes");

	tcase_add_loop_test(tf, test_fold_space, 0, NCASES(ws_cases));
	tcase_add_loop_test(tf, test_fold_bytes, 0, NCASES(fold_bytes_cases));
	tcase_add_loop_test(tl, test_utf8_length, 0, NCASES(length_cases));
	tcase_add_loop_test(tc, test_classes, 0, NCASES(class_cases));
	tcase_add_loop_test(tc, test_case_edges, 0, NCASES(case_edges));
	tcase_add_test(tc, test_casemap);
	suite_add_tcase(s, tf);
	suite_add_tcase(s, tl);
	suite_add_tcase(s, tc);
	return s;
}
