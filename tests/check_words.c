/*
 * check_words.c - the term stage: words, case folding, and the
 * white-space folding used for output.
 */
#include <string.h>

#include "check.h"
#include "../summarize.h"

#define MAX_WORDS 8

struct words_case {
	const char *text;
	const char *word[MAX_WORDS];  /* NULL-terminated, as in the text */
};

static const struct words_case word_cases[] = {
	{ "Hello, world!", { "Hello", "world" } },
	{ "don't stop", { "don't", "stop" } },
	{ "China\xE2\x80\x99s talks", { "China\xE2\x80\x99s", "talks" } },
	{ "'quoted' words", { "quoted", "words" } },
	{ "the U.S. delegation", { "the", "U.S.", "delegation" } },
	{ "e.g. this", { "e.g.", "this" } },
	{ "U.S.-China relations", { "U.S.", "China", "relations" } },
	{ "military-to-military", { "military", "to", "military" } },
	{ "$3.5 billion", { "3", "5", "billion" } },
	{ "caf\xC3\xA9 na\xC3\xAFve", { "caf\xC3\xA9", "na\xC3\xAFve" } },
	{ "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 city",
	  { "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "city" } },
	{ "a\xE2\x80\x94" "b", { "a", "b" } },          /* em dash splits */
	{ "x\xC2\xA0y", { "x", "y" } },                 /* no-break space */
	{ "bad\xFFwords", { "bad", "words" } },         /* invalid byte */
	{ "nul\0byte", { "nul", "byte" } },
	{ "...", { NULL } },
};

static size_t case_len(const char *text)
{
	/* The NUL case carries its length in its text: "nul\0byte". */
	return strcmp(text, "nul") == 0 ? 8 : strlen(text);
}

START_TEST(test_words_table)
{
	const struct words_case *c = &word_cases[_i];
	size_t len = case_len(c->text), pos = 0, ws, we, k = 0;

	while (summ_next_word(c->text, len, &pos, &ws, &we)) {
		ck_assert_msg(k < MAX_WORDS && c->word[k], "case %d: extra word", _i);
		ck_assert_msg(we - ws == strlen(c->word[k]) &&
		              memcmp(c->text + ws, c->word[k], we - ws) == 0,
		              "case %d word %zu: got \"%.*s\", want \"%s\"", _i, k,
		              (int)(we - ws), c->text + ws, c->word[k]);
		k++;
	}
	ck_assert_msg(k == MAX_WORDS || !c->word[k], "case %d: %zu words", _i, k);
}
END_TEST

struct fold_case {
	const char *word, *key;
};

static const struct fold_case fold_cases[] = {
	{ "China", "china" },
	{ "U.S.", "u.s." },
	{ "China\xE2\x80\x99s", "china's" },           /* curly apostrophe */
	{ "\xC3\x89" "COLE", "\xC3\xA9" "cole" },      /* É */
	{ "\xC5\x81\xC3\x93" "D\xC5\xB9", "\xC5\x82\xC3\xB3" "d\xC5\xBA" }, /* ŁÓDŹ */
	{ "\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91",
	  "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1" },  /* ΑΘΗΝΑ */
	{ "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90",
	  "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0" }, /* МОСКВА */
	{ "\xE4\xB8\xAD\xE6\x96\x87", "\xE4\xB8\xAD\xE6\x96\x87" }, /* caseless */
};

START_TEST(test_fold_table)
{
	const struct fold_case *c = &fold_cases[_i];
	char key[SUMM_MAX_KEY];
	size_t k = summ_fold_word(c->word, 0, strlen(c->word), key);

	ck_assert_msg(k == strlen(c->key) && memcmp(key, c->key, k) == 0,
	              "fold \"%s\": got \"%.*s\"", c->word, (int)k, key);
}
END_TEST

START_TEST(test_fold_too_long)
{
	char word[SUMM_MAX_KEY + 10], key[SUMM_MAX_KEY];

	memset(word, 'a', sizeof word);
	ck_assert_uint_eq(summ_fold_word(word, 0, sizeof word, key), 0);
	ck_assert_uint_eq(summ_fold_word(word, 0, SUMM_MAX_KEY, key),
	                  SUMM_MAX_KEY);
}
END_TEST

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

Suite *words_suite(void)
{
	Suite *s = suite_create("words");
	TCase *tc = tcase_create("tokenizer");
	TCase *tf = tcase_create("folding");

	tcase_add_loop_test(tc, test_words_table, 0,
	                    (int)(sizeof word_cases / sizeof *word_cases));
	tcase_add_loop_test(tf, test_fold_table, 0,
	                    (int)(sizeof fold_cases / sizeof *fold_cases));
	tcase_add_test(tf, test_fold_too_long);
	tcase_add_loop_test(tf, test_fold_space, 0,
	                    (int)(sizeof ws_cases / sizeof *ws_cases));
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tf);
	return s;
}
