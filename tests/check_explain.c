/* check_explain.c - engine/explain.c: why a sentence scored what it did. */

/*
 * summ_explain on the article of check_scores.c: each pick's score from
 * its parts, its terms inside the sentence and heaviest first, the
 * discount on terms taken before, and what a small CAP keeps.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/scores.h"      /* SCORE_MIN_WORDS */

/* summ_explain gives back each pick's score from its parts, its terms
 * inside the sentence, heaviest first. */
START_TEST(test_explain)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 3, 0, 0, 0, 0, 0 };
	size_t idx[16], n;
	double sc[16];

	ck_assert_int_eq(summ_select_scored(doc, &lim, idx, sc, 16, &n), SUMM_OK);
	for (size_t r = 0; r < n; r++) {
		summ_sentence one = summ_sentence_at(doc, idx[r]), *s = &one;
		summ_explanation ex;
		summ_term t[32];
		size_t nt = summ_explain(doc, &lim, idx, r, idx[r], &ex, t, 32);

		ck_assert_uint_gt(nt, 0);
		ck_assert_msg(ex.score > sc[r] - 1e-9 && ex.score < sc[r] + 1e-9,
		              "pick %zu: explained %g, scored %g", r, ex.score, sc[r]);
		ck_assert_uint_eq(ex.words, s->words);
		for (size_t i = 0; i < nt && i < 32; i++) {
			ck_assert_uint_ge(t[i].offset, s->offset);
			ck_assert_uint_le(t[i].offset + t[i].length,
			                  s->offset + s->length);
			ck_assert(t[i].added <= t[i].weight);
			if (i > 0)
				ck_assert(t[i - 1].added >= t[i].added);
		}
	}
	/* In a short summary (two of seven sentences) the second pick
	 * shares "bridge" with the first: discounted. */
	{
		summ_explanation ex;
		summ_term t[32];
		size_t nt;
		lim.sentences = 2;
		ck_assert_int_eq(summ_select(doc, &lim, idx, 16, &n), SUMM_OK);
		nt = summ_explain(doc, &lim, idx, 1, idx[1], &ex, t, 32);
		ck_assert(ex.repeat < 1);
		int discounted = 0;
		for (size_t i = 0; i < nt && i < 32; i++)
			discounted |= t[i].added < t[i].weight;
		ck_assert(discounted);
	}
	/* A heading has nothing to explain. */
	{
		summ_explanation ex;
		ck_assert_uint_eq(summ_explain(doc, &lim, idx, 0, 0, &ex, NULL, 0), 0);
	}
	summ_free(doc);
}
END_TEST

/* The parts make the score: TERMS x LEAD / max(WORDS, 8)^EXPONENT, and
 * TERMS is what the terms added. */
START_TEST(test_explain_parts)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits shortl = { 2, 0, 0, 0, 0, 0 }, longl = { 7, 0, 0, 0, 0, 0 };
	const summ_limits *lims[] = { &shortl, &longl };

	for (size_t j = 0; j < 2; j++) {
		size_t idx[16], n;

		ck_assert_int_eq(summ_select(doc, lims[j], idx, 16, &n), SUMM_OK);
		for (size_t r = 0; r < n; r++) {
			summ_explanation ex;
			summ_term t[32];
			size_t nt = summ_explain(doc, lims[j], idx, r, idx[r], &ex, t, 32);
			double len = ex.words < SCORE_MIN_WORDS ? SCORE_MIN_WORDS
			                                        : (double)ex.words;
			double sum = 0;

			ck_assert_uint_le(nt, 32);
			for (size_t i = 0; i < nt; i++)
				sum += t[i].added;
			ck_assert(fabs(sum - ex.terms) < 1e-9);
			ck_assert(fabs(ex.score - ex.terms * ex.lead /
			               pow(len, ex.exponent)) < 1e-9);
			ck_assert(ex.lead >= 1.0 && ex.lead <= 3.0);
			ck_assert(ex.repeat > 0 && ex.repeat <= 1.0);
		}
	}
	summ_free(doc);
}
END_TEST

/* With room for fewer terms than a sentence has, the count is all of
 * them and the heaviest are written, as with room for all. */
START_TEST(test_explain_cap)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lim = { 1, 0, 0, 0, 0, 0 };
	summ_explanation ex, ex2;
	summ_term all[32], two[2];
	size_t nt = summ_explain(doc, &lim, NULL, 0, 1, &ex, all, 32);

	ck_assert_uint_gt(nt, 2);
	ck_assert_uint_eq(summ_explain(doc, &lim, NULL, 0, 1, &ex2, two, 2), nt);
	ck_assert(ex.score == ex2.score);
	for (size_t i = 0; i < 2; i++) {
		ck_assert(two[i].added == all[i].added);
		ck_assert(two[i].weight == all[i].weight);
	}
	ck_assert_uint_eq(summ_explain(doc, &lim, NULL, 0, 1, &ex2, NULL, 0), nt);
	/* No such sentence: nothing, and a zeroed explanation. */
	ck_assert_uint_eq(summ_explain(doc, &lim, NULL, 0, 99, &ex2, two, 2), 0);
	ck_assert(ex2.score == 0 && ex2.words == 0);
	summ_free(doc);
}
END_TEST

/* A text of SENTENCES sentences, each naming four of a few subjects
 * (the same four in no two) and a word of its own: many near repeats,
 * so that every pick lowers the score of most of the others.  With
 * HEADINGS, a heading of its own line opens a paragraph every HEADINGS
 * sentences. */
static char *overlapping_text(size_t sentences, size_t headings)
{
	static const char *const subject[] = {
		"harbor", "bridge", "council", "tunnel", "ferry", "budget",
		"library", "museum", "railway", "station", "market", "school",
		"hospital", "airport", "stadium", "reservoir", "orchard",
		"quarry", "lighthouse", "garrison",
	};
	size_t nsub = sizeof subject / sizeof *subject, len = 0;
	char *text = malloc(sentences * 160);
	unsigned x = 12345;

	ck_assert_ptr_nonnull(text);
	for (size_t i = 0; i < sentences; i++) {
		size_t w[4];
		for (size_t j = 0; j < 4; j++) {
			x = x * 1103515245u + 12345u;
			w[j] = (x >> 16) % nsub;
		}
		if (headings && i % headings == 0)
			len += (size_t)sprintf(text + len, "\n\nPart q%zux\n\n", i);
		len += (size_t)sprintf(text + len,
		                       "The %s and the %s met the %s by the %s "
		                       "on day q%zux. ", subject[w[0]],
		                       subject[w[1]], subject[w[2]],
		                       subject[w[3]], i);
	}
	return text;
}

/* Selects the summary LIM asks of DOC, of more than MIN picks, and
 * checks that summ_explain gives each pick the score it was taken with,
 * and that the scores fall from pick to pick. */
static void check_picks_explained(summ_doc *doc, const summ_limits *lim,
                                  size_t min)
{
	size_t cap = summ_select_room(doc, lim), n;
	size_t *idx = malloc(cap * sizeof *idx);
	double *sc = malloc(cap * sizeof *sc);

	ck_assert(idx && sc);
	ck_assert_int_eq(summ_select_scored(doc, lim, idx, sc, cap, &n),
	                 SUMM_OK);
	ck_assert_uint_gt(n, min);
	for (size_t r = 0; r < n; r++) {
		summ_explanation ex;

		summ_explain(doc, lim, idx, r, idx[r], &ex, NULL, 0);
		ck_assert_msg(fabs(ex.score - sc[r]) <= 1e-9 * sc[r],
		              "pick %zu (sentence %zu): explained %g, scored %g",
		              r, idx[r], ex.score, sc[r]);
		ck_assert_msg(r == 0 || sc[r - 1] >= sc[r],
		              "pick %zu scored %g after %g", r, sc[r], sc[r - 1]);
	}
	free(idx);
	free(sc);
}

/* However many sentences a short summary takes, and however many of
 * them a pick must score again, the score each was taken with is the
 * one summ_explain gives, and the scores fall from pick to pick. */
START_TEST(test_explain_long_summary)
{
	char *text = overlapping_text(600, 0);
	summ_doc *doc = check_parse(text);
	summ_limits lim = { 0, 25, 0, 0, 0, 0 };   /* a quarter: short */

	check_picks_explained(doc, &lim, 100);
	summ_free(doc);
	free(text);
}
END_TEST

/* Headings are no candidates, and a sentence's lead bonus is that of
 * its rank among the candidates: past hundreds of sentences and
 * headings, summ_explain gives each pick the score selection took it
 * with. */
START_TEST(test_explain_rank_past_headings)
{
	char *text = overlapping_text(900, 7);
	summ_doc *doc = check_parse(text);
	summ_limits lim = { 0, 30, 0, 0, 0, 0 };
	size_t headings = 0;

	for (size_t k = 0; k < summ_sentence_count(doc); k++)
		headings += summ_sentence_at(doc, k).kind != SUMM_BODY;
	ck_assert_uint_gt(headings, 100);
	check_picks_explained(doc, &lim, 200);
	summ_free(doc);
	free(text);
}
END_TEST

Suite *explain_suite(void)
{
	Suite *s = suite_create("explain");
	TCase *tc = tcase_create("explain");

	tcase_add_test(tc, test_explain);
	tcase_add_test(tc, test_explain_parts);
	tcase_add_test(tc, test_explain_cap);
	tcase_add_test(tc, test_explain_long_summary);
	tcase_add_test(tc, test_explain_rank_past_headings);
	suite_add_tcase(s, tc);
	return s;
}
