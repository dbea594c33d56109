/*
 * check_limits.c - the engine built with its sentence limits made small
 * (see the Makefile: SENT_LOW_BITS=8, SENT_MAX=64), so that what happens
 * past 4 GiB of text, or in a sentence of 4 GiB, happens past 256 bytes
 * and at 64: offsets whose high bits a sentence does not keep, and
 * sentences too long to keep whole.  A program of its own, as the rest
 * of the engine built so would not be the one the other tests test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "../summarize.h"

#define WINDOW 256               /* 1 << SENT_LOW_BITS */
#define LONGEST 64               /* SENT_MAX */

/* Sentences far apart and close together, with gaps of blank lines that
 * jump over whole windows: each sentence's offset, as the text was
 * built, must come back. */
START_TEST(test_offsets)
{
	char *text = malloc(64 * 1024);
	size_t at[200], n = 0, len = 0;
	summ_doc *doc;

	ck_assert_ptr_nonnull(text);
	for (size_t i = 0; i < 200; i++) {
		/* Blank lines between paragraphs: none, a few, or most of a
		 * window or more (three windows at once, now and then). */
		size_t gap = i % 17 == 0 ? 3 * WINDOW + 5 : i % 5 == 0 ? 140 : 0;
		if (i > 0) {
			memset(text + len, '\n', gap + 2);
			len += gap + 2;
		}
		at[n++] = len;
		len += (size_t)sprintf(text + len, "Sentence %zu is here.", i);
	}
	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), n);
	ck_assert_uint_gt(len, 20 * WINDOW);
	for (size_t k = 0; k < n; k++) {
		summ_sentence s = summ_sentence_at(doc, k);
		ck_assert_uint_eq(s.offset, at[k]);
		ck_assert_uint_eq(s.paragraph, k);
		ck_assert(memcmp(text + s.offset, "Sentence ", 9) == 0);
		ck_assert_int_eq(text[s.offset + s.length - 1], '.');
	}
	summ_free(doc);
	free(text);
}
END_TEST

/* A paragraph of words with no sentence end, longer than a sentence may
 * be: cut after a blank into sentences of at most LONGEST bytes, each a
 * run of whole words, all of one paragraph, nothing lost. */
START_TEST(test_long_words)
{
	static const char *const word[] = { "harbor", "bridge", "council",
	                                    "library", "water", "talks" };
	char text[2000];
	size_t len = 0, covered = 0, k, n;
	summ_doc *doc;

	len += (size_t)sprintf(text, "A short one first.\n\n");
	for (size_t i = 0; len < sizeof text - 20; i++)
		len += (size_t)sprintf(text + len, "%s ", word[i * 7 % 6]);
	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	n = summ_sentence_count(doc);
	ck_assert_uint_ge(n, (len - 20) / LONGEST + 1);
	covered = summ_sentence_at(doc, 0).length;
	for (k = 1; k < n; k++) {
		summ_sentence s = summ_sentence_at(doc, k);
		ck_assert_uint_gt(s.length, 0);
		ck_assert_uint_le(s.length, LONGEST);
		ck_assert_uint_eq(s.paragraph, 1);
		/* Whole words: a blank (or the end) on either side. */
		ck_assert(text[s.offset - 1] == ' ' || text[s.offset - 1] == '\n');
		ck_assert(s.offset + s.length == len ||
		          text[s.offset + s.length] == ' ');
		ck_assert_uint_ge(s.offset, covered);
		for (size_t i = covered; i < s.offset; i++)
			ck_assert(text[i] == ' ' || text[i] == '\n');
		covered = s.offset + s.length;
		ck_assert_uint_gt(s.words, 0);
	}
	for (size_t i = covered; i < len; i++)
		ck_assert_int_eq(text[i], ' ');
	summ_free(doc);
}
END_TEST

/* Parses LEN bytes of TEXT, a run with no blank, and checks that its
 * sentences tile it, in order, each at most LONGEST bytes and a
 * multiple of UNIT long; returns how many there are. */
static size_t tiles(const char *text, size_t len, size_t unit)
{
	size_t covered = 0, n;
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	n = summ_sentence_count(doc);
	for (size_t k = 0; k < n; k++) {
		summ_sentence s = summ_sentence_at(doc, k);
		ck_assert_uint_eq(s.offset, covered);
		ck_assert_uint_le(s.length, LONGEST);
		ck_assert_uint_eq(s.length % unit, 0);
		covered += s.length;
	}
	ck_assert_uint_eq(covered, len);
	summ_free(doc);
	return n;
}

/* A run of three-byte characters with no blank at all: cut between
 * characters, never inside one. */
START_TEST(test_long_run)
{
	char text[300];

	for (size_t i = 0; i < sizeof text; i += 3)
		memcpy(text + i, "\xE2\x82\xAC", 3);     /* the euro sign */
	ck_assert_uint_eq(tiles(text, sizeof text, 3), (sizeof text + 62) / 63);
}
END_TEST

/* A run of invalid bytes (continuation bytes with no lead) is cut at
 * the limit, each byte a symbol: not a byte at a time, which on a
 * gigabyte of them would take the square of its length. */
START_TEST(test_long_invalid)
{
	char text[1000];

	memset(text, 0x80, sizeof text);
	ck_assert_uint_eq(tiles(text, sizeof text, 1),
	                  (sizeof text + LONGEST - 1) / LONGEST);
}
END_TEST

/* A summary of such a text works as any other. */
START_TEST(test_summary)
{
	char text[3000];
	size_t len = 0, idx[4], n;
	summ_limits lim = { 3, 0, 0, 0, 0, 0 };
	summ_doc *doc;

	while (len < sizeof text - 80)
		len += (size_t)sprintf(text + len, "The harbor bridge reopened "
		                       "after repairs and the council met\n\n");
	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	ck_assert_int_eq(summ_select(doc, &lim, idx, 4, &n), SUMM_OK);
	ck_assert_uint_eq(n, 1);         /* the rest repeat it */
	ck_assert_uint_lt(summ_sentence_at(doc, idx[0]).offset, len);
	summ_free(doc);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("limits");
	TCase *tc = tcase_create("limits");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_offsets);
	tcase_add_test(tc, test_long_words);
	tcase_add_test(tc, test_long_run);
	tcase_add_test(tc, test_long_invalid);
	tcase_add_test(tc, test_summary);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
