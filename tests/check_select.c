/* check_select.c - engine/select.c: selection under each length limit. */

/*
 * summ_select, summ_select_scored and summ_select_room on the article of
 * check_scores.c: sentences, percent, words, characters, text order, a
 * cap below the limits, and an empty text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"

static size_t select_n(summ_doc *doc, summ_limits lim, size_t *idx)
{
	size_t n;

	ck_assert_int_eq(summ_select(doc, &lim, idx, 16, &n), SUMM_OK);
	return n;
}

START_TEST(test_select_sentences)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 3, 0, 0, 0, 0, 0 };
	size_t idx[16], n = select_n(doc, lim, idx);

	ck_assert_uint_eq(n, 3);
	/* The lead or the finding stated twice, both about the bridge. */
	ck_assert(idx[0] == 1 || idx[0] == 2);
	for (size_t r = 0; r < n; r++)
		ck_assert_uint_ne(idx[r], 3);
	for (size_t r = 0; r < n; r++)
		ck_assert_int_eq(summ_sentence_at(doc, idx[r]).kind, SUMM_BODY);
	summ_free(doc);
}
END_TEST

START_TEST(test_select_default_and_all)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits none = { 0, 0, 0, 0, 0, 0 }, all = { 100, 0, 0, 0, 0, 0 };
	size_t idx[16];

	ck_assert_uint_eq(select_n(doc, none, idx), SUMM_DEFAULT_SENTENCES);
	/* Seven body sentences, one an exact repeat: six, never the title. */
	ck_assert_uint_eq(select_n(doc, all, idx), 6);
	summ_free(doc);
}
END_TEST

/* summ_select_room: room for what a summary may take, and no less, so
 * that a caller need not size its array by the sentence count. */
START_TEST(test_select_room)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits none = { 0, 0, 0, 0, 0, 0 }, two = { 2, 0, 0, 0, 0, 0 },
	            all = { 100, 0, 0, 0, 0, 0 }, half = { 0, 50, 0, 0, 0, 0 },
	            words = { 0, 0, 40, 0, 0, 0 };
	size_t idx[1], n;

	ck_assert_uint_eq(summ_select_room(doc, &none), SUMM_DEFAULT_SENTENCES);
	ck_assert_uint_eq(summ_select_room(doc, &two), 2);
	/* Seven body sentences: no more room than that. */
	ck_assert_uint_eq(summ_select_room(doc, &all), 7);
	ck_assert_uint_eq(summ_select_room(doc, &half), 4);
	ck_assert_uint_eq(summ_select_room(doc, &words), 7);
	summ_free(doc);
	/* A text without sentences still needs room for an array. */
	doc = check_parse("");
	ck_assert_uint_eq(summ_select_room(doc, &none), 1);
	ck_assert_int_eq(summ_select(doc, &none, idx, 1, &n), SUMM_OK);
	ck_assert_uint_eq(n, 0);
	summ_free(doc);
}
END_TEST

START_TEST(test_select_percent)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits p50 = { 0, 50, 0, 0, 0, 0 }, p1 = { 0, 1, 0, 0, 0, 0 };
	summ_limits both = { 2, 50, 0, 0, 0, 0 }, bad = { 0, 101, 0, 0, 0, 0 };
	size_t idx[16], n;

	ck_assert_uint_eq(select_n(doc, p50, idx), 4);   /* ceil(7 / 2) */
	ck_assert_uint_eq(select_n(doc, p1, idx), 1);    /* at least one */
	ck_assert_uint_eq(select_n(doc, both, idx), 2);  /* tighter wins */
	ck_assert_int_eq(summ_select(doc, &bad, idx, 16, &n), SUMM_EINVAL);
	summ_free(doc);
}
END_TEST

START_TEST(test_select_words)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 0, 0, 20, 0, 0, 0 };
	size_t idx[16], n = select_n(doc, lim, idx), words = 0;

	for (size_t r = 0; r < n; r++)
		words += summ_sentence_at(doc, idx[r]).words;
	ck_assert_uint_le(words, 20);
	ck_assert_uint_ge(n, 2);
	/* The long digression never fits. */
	for (size_t r = 0; r < n; r++)
		ck_assert_uint_ne(idx[r], 3);
	lim.words = 2;
	ck_assert_uint_eq(select_n(doc, lim, idx), 0);
	summ_free(doc);
}
END_TEST

START_TEST(test_select_chars)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 0, 0, 0, 120, 0, 0 };
	size_t idx[16], n = select_n(doc, lim, idx), chars = 0;
	char buf[512];

	for (size_t r = 0; r < n; r++) {
		summ_sentence s = summ_sentence_at(doc, idx[r]);
		chars += summ_utf8_length(buf, summ_fold(bridge_article + s.offset,
		                                                s.length, buf));
	}
	ck_assert_uint_le(chars, 120);
	ck_assert_uint_ge(n, 2);
	summ_free(doc);
}
END_TEST

/* The scores of the picks fall, and a sentence whose words were all
 * taken already drops behind. */
START_TEST(test_select_scored)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 4, 0, 0, 0, 0, 0 };
	size_t idx[16], n;
	double sc[16];

	ck_assert_int_eq(summ_select_scored(doc, &lim, idx, sc, 16, &n), SUMM_OK);
	ck_assert_uint_eq(n, 4);
	for (size_t r = 1; r < n; r++)
		ck_assert(sc[r - 1] >= sc[r]);
	/* A short summary's first pick scores as summ_parse scored it, to
	 * the bit. */
	lim.sentences = 1;
	ck_assert_int_eq(summ_select_scored(doc, &lim, idx, sc, 16, &n), SUMM_OK);
	ck_assert(sc[0] == first_score(doc, idx[0]));
	summ_free(doc);
}
END_TEST

START_TEST(test_select_text_order)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 4, 0, 0, 0, 1, 0 };
	size_t idx[16], n = select_n(doc, lim, idx);

	ck_assert_uint_eq(n, 4);
	for (size_t r = 1; r < n; r++)
		ck_assert_uint_lt(idx[r - 1], idx[r]);
	summ_free(doc);
}
END_TEST

START_TEST(test_empty)
{
	summ_doc *doc = check_parse("");
	summ_limits lim = { 3, 0, 0, 0, 0, 0 };
	size_t idx[1], n;
	summ_keyword kw[1];

	ck_assert_uint_eq(summ_sentence_count(doc), 0);
	ck_assert_int_eq(summ_select(doc, &lim, idx, 1, &n), SUMM_OK);
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_eq(summ_keywords(doc, 1, kw), 0);
	summ_free(doc);
}
END_TEST

/* Every limit that is set holds at once. */
START_TEST(test_select_limits_together)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 3, 0, 25, 150, 0, 0 };
	size_t idx[16], n = select_n(doc, lim, idx), words = 0, chars = 0;
	char buf[512];

	ck_assert_uint_ge(n, 1);
	ck_assert_uint_le(n, 3);
	for (size_t r = 0; r < n; r++) {
		summ_sentence s = summ_sentence_at(doc, idx[r]);
		words += s.words;
		chars += summ_utf8_length(buf, summ_fold(bridge_article + s.offset,
		                                         s.length, buf));
		for (size_t q = 0; q < r; q++)
			ck_assert_uint_ne(idx[q], idx[r]);
	}
	ck_assert_uint_le(words, 25);
	ck_assert_uint_le(chars, 150);
	summ_free(doc);
}
END_TEST

/* A cap below the limits: the best CAP of the summary, in its order. */
START_TEST(test_select_cap)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 5, 0, 0, 0, 0, 0 };
	size_t all[16], some[2], n;

	ck_assert_uint_eq(select_n(doc, lim, all), 5);
	ck_assert_int_eq(summ_select(doc, &lim, some, 2, &n), SUMM_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(some[0], all[0]);
	ck_assert_uint_eq(some[1], all[1]);
	ck_assert_int_eq(summ_select(doc, &lim, some, 0, &n), SUMM_OK);
	ck_assert_uint_eq(n, 0);
	summ_free(doc);
}
END_TEST

/* A long summary of a long text: the queue of candidates grows past a
 * megabyte, where it moves to a mapping of its own (see grow_large in
 * engine/doc.c).  60,000 of 100,000 sentences, each a different one,
 * in a summary in text order. */
START_TEST(test_select_long)
{
	size_t nsent = 100000, len = 0, n, *idx = malloc(nsent * sizeof *idx);
	char *text = malloc(nsent * 48);
	unsigned char *seen = calloc(nsent, 1);
	summ_limits lim = { 60000, 0, 0, 0, 0, 0 };
	summ_doc *doc;

	ck_assert(idx && text && seen);
	/* Each names a vessel of its own ("Qaaab"), so none repeats one
	 * taken before. */
	for (size_t k = 0; k < nsent; k++) {
		char name[6] = "Q";
		for (size_t i = 4, v = k; i >= 1; i--, v /= 26)
			name[i] = (char)('a' + v % 26);
		len += (size_t)sprintf(text + len, "%s left port at dawn. ", name);
	}
	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), nsent);
	lim.text_order = 1;
	ck_assert_int_eq(summ_select(doc, &lim, idx, nsent, &n), SUMM_OK);
	ck_assert_uint_eq(n, 60000);
	for (size_t r = 0; r < n; r++) {
		ck_assert_uint_lt(idx[r], nsent);
		ck_assert(!seen[idx[r]]);
		seen[idx[r]] = 1;
		ck_assert(r == 0 || idx[r] > idx[r - 1]);
	}
	summ_free(doc);
	free(seen);
	free(text);
	free(idx);
}
END_TEST

Suite *select_suite(void)
{
	Suite *s = suite_create("select");
	TCase *tl = tcase_create("selection");

	tcase_add_test(tl, test_select_sentences);
	tcase_add_test(tl, test_select_default_and_all);
	tcase_add_test(tl, test_select_room);
	tcase_add_test(tl, test_select_percent);
	tcase_add_test(tl, test_select_words);
	tcase_add_test(tl, test_select_chars);
	tcase_add_test(tl, test_select_text_order);
	tcase_add_test(tl, test_select_scored);
	tcase_add_test(tl, test_empty);
	tcase_add_test(tl, test_select_limits_together);
	tcase_add_test(tl, test_select_cap);
	tcase_add_test(tl, test_select_long);
	suite_add_tcase(s, tl);
	return s;
}
