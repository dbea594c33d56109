/* check_scores.c - engine/scores.c: term weights and sentence scores. */

/*
 * What ranks first for a short summary, through summ_explain, and the
 * stage's own parts through engine/scores.h: the lead bonus, the length
 * weighing and the heap of the best candidates.  Also the article that
 * the suites of selection, explanation and keywords share.
 */
#include <math.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/scores.h"

/* A small article of our own: the bridge is the subject; one sentence is
 * repeated word for word; one is long and off the subject. */
const char bridge_article[] =
	"Harbor Bridge Closing\n"
	"\n"
	"The Harbor Bridge will close for six months of bridge repairs. "
	"Inspectors found cracks in the bridge beams in October. "
	"The weather was mild that week and many people walked along the "
	"river on the way to the market to buy apples, pears, bread, cheese "
	"and flowers for the weekend. "
	"Bridge traffic will use the Mill Street crossing. "
	"Inspectors found cracks in the bridge beams in October. "
	"The repairs to the bridge will cost the city $48 million. "
	"Ferries will run every half hour.\n";

summ_doc *check_parse(const char *text)
{
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	return doc;
}

/* The score sentence K of DOC would be taken with as the first pick of
 * a short summary (0 for a title or heading), as summ_explain tells it. */
double first_score(const summ_doc *doc, size_t k)
{
	summ_limits one = { 1, 0, 0, 0, 0, 0 };
	summ_explanation ex;

	summ_explain(doc, &one, NULL, 0, k, &ex, NULL, 0);
	return ex.score;
}

START_TEST(test_scores)
{
	summ_doc *doc = check_parse(bridge_article);

	ck_assert_uint_eq(summ_sentence_count(doc), 8);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_TITLE);
	ck_assert(first_score(doc, 0) == 0);
	/* Sentences about the bridge score; the digression, whose words
	 * occur once each, scores nothing. */
	for (size_t k = 1; k < 8; k++)
		if (k != 3 && k != 7)
			ck_assert_msg(first_score(doc, k) > 0, "sentence %zu unscored", k);
	ck_assert(first_score(doc, 3) == 0);
	/* On-subject sentences beat the long digression. */
	ck_assert(first_score(doc, 1) > first_score(doc, 3));
	ck_assert(first_score(doc, 6) > first_score(doc, 3));
	summ_free(doc);
}
END_TEST

START_TEST(test_deterministic)
{
	summ_doc *a = check_parse(bridge_article), *b = check_parse(bridge_article);

	for (size_t k = 0; k < summ_sentence_count(a); k++)
		ck_assert(first_score(a, k) == first_score(b, k));
	summ_free(a);
	summ_free(b);
}
END_TEST

/* Without the lead bonus the first sentence has no head start. */
START_TEST(test_no_lead)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_limits lead = { 1, 0, 0, 0, 0, 0 }, flat = { 1, 0, 0, 0, 0, 1 };
	summ_explanation a, b;
	size_t idx[16], n;

	ck_assert_uint_gt(summ_explain(doc, &lead, idx, 0, 1, &a, NULL, 0), 0);
	ck_assert_uint_gt(summ_explain(doc, &flat, idx, 0, 1, &b, NULL, 0), 0);
	ck_assert(a.lead == 3.0);
	ck_assert(b.lead == 1.0);
	ck_assert(b.score < a.score);
	ck_assert_int_eq(summ_select(doc, &flat, idx, 16, &n), SUMM_OK);
	ck_assert_uint_eq(n, 1);
	summ_free(doc);
}
END_TEST

/* The weight summ_keywords gives the term DOC spells WORD (its most
 * frequent spelling), or -1 if no key term is spelled so. */
static double key_weight(const summ_doc *doc, const char *text,
                         const char *word)
{
	summ_keyword kw[64];
	size_t n = summ_keywords(doc, 64, kw);

	for (size_t i = 0; i < n; i++)
		if (kw[i].length == strlen(word) &&
		    memcmp(text + kw[i].offset, word, kw[i].length) == 0)
			return kw[i].weight;
	return -1;
}

/* Texts where a name (a word the body capitalises more often than not,
 * or writes in capitals) and a common word are used as often, four times
 * each, and a second common word as often opens three sentences
 * capitalised; the last in a script the block scan does not read (word
 * by word). */
static const char harbour_text[] =
	"Residents gathered near the harbour on Monday as Halvorsen spoke for "
	"NATO. Residents asked Halvorsen about the harbour fees and NATO. "
	"Residents heard that the harbour would close while Halvorsen met NATO. "
	"Most residents trust Halvorsen, NATO and the harbour board.\n";
static const struct {
	const char *text, *common, *name, *opener;
} name_cases[] = {
	{ harbour_text, "harbour", "Halvorsen", "Residents" },
	{ harbour_text, "harbour", "NATO", "Residents" },
	{ "Жители пришли к гавани, где выступал Иванов. "
	  "Жители спросили, когда Иванов откроет гавани. "
	  "Жители слышали, что Иванов закроет гавани. "
	  "Многие жители верят, что Иванов спасёт гавани.\n",
	  "гавани", "Иванов", "Жители" },
};

/* The name weighs NAME_BOOST times the common word; the word that opens
 * sentences is no name, and weighs as the common word. */
START_TEST(test_name_weight)
{
	const char *text = name_cases[_i].text;
	summ_doc *doc = check_parse(text);
	double common = key_weight(doc, text, name_cases[_i].common),
	       name = key_weight(doc, text, name_cases[_i].name),
	       opener = key_weight(doc, text, name_cases[_i].opener);

	ck_assert(common > 0);
	ck_assert(NAME_BOOST > 1.0);
	ck_assert(fabs(name / common - NAME_BOOST) < 1e-9);
	ck_assert(fabs(opener / common - 1.0) < 1e-9);
	summ_free(doc);
}
END_TEST

/* The lead bonus: three times for the first body sentence, fading
 * towards one. */
START_TEST(test_lead_bonus)
{
	ck_assert(lead_bonus(0) == 3.0);
	ck_assert(lead_bonus(1) == 2.0);
	for (size_t r = 1; r < 1000; r++) {
		ck_assert(lead_bonus(r) < lead_bonus(r - 1));
		ck_assert(lead_bonus(r) > 1.0);
	}
}
END_TEST

/* A sentence's weight per word, to the power EXPONENT, a sentence of
 * fewer than SCORE_MIN_WORDS words counted as that many. */
START_TEST(test_per_length)
{
	double floor = SCORE_MIN_WORDS;

	ck_assert(per_length(32.0, 32, 1.0) == 1.0);
	ck_assert(per_length(16.0, 2, 1.0) == 16.0 / floor);
	ck_assert(per_length(16.0, 0, 1.0) == 16.0 / floor);
	ck_assert(per_length(16.0, SCORE_MIN_WORDS, 1.0) == 16.0 / floor);
	ck_assert(per_length(16.0, SCORE_MIN_WORDS - 1, 1.0) == 16.0 / floor);
	ck_assert(per_length(16.0, SCORE_MIN_WORDS + 1, 1.0) < 16.0 / floor);
	ck_assert(fabs(per_length(16.0, 64, 0.5) - 2.0) < 1e-12);
	ck_assert(fabs(per_length(16.0, 4, 0.5) - 16.0 / sqrt(floor)) < 1e-12);
	ck_assert(per_length(0.0, 30, 1.0) == 0.0);
}
END_TEST

/* keep_best keeps the best CAP candidates offered, the worst on top;
 * ties go to the earlier sentence. */
START_TEST(test_keep_best)
{
	static const double offered[] = { 3, 9, 1, 7, 7, 5, 9, 2, 8, 0 };
	candidate g[4], c;
	size_t got = 0, n = sizeof offered / sizeof *offered;

	for (size_t k = 0; k < n; k++) {
		c.score = offered[k];
		c.sentence = k;
		keep_best(g, &got, 4, &c);
		ck_assert_uint_eq(got, k + 1 < 4 ? k + 1 : 4);
	}
	/* 9 (1), 9 (6), 8 (8), 7 (3): the 7 of sentence 4 lost to 3's. */
	ck_assert(g[0].score == 7.0);
	ck_assert_uint_eq(g[0].sentence, 3);
	for (size_t i = 1; i < got; i++)
		ck_assert(!cand_before(&g[0], &g[i]));
	{
		double sum = 0;
		int nine = 0;
		for (size_t i = 0; i < got; i++) {
			sum += g[i].score;
			nine += g[i].score == 9.0;
			ck_assert_uint_ne(g[i].sentence, 4);
		}
		ck_assert(sum == 33.0);
		ck_assert_int_eq(nine, 2);
	}
	/* No room, nothing kept. */
	got = 0;
	keep_best(g, &got, 0, &c);
	ck_assert_uint_eq(got, 0);
}
END_TEST

Suite *scores_suite(void)
{
	Suite *s = suite_create("scores");
	TCase *ts = tcase_create("scores");
	TCase *tp = tcase_create("parts");

	tcase_add_test(ts, test_scores);
	tcase_add_test(ts, test_deterministic);
	tcase_add_test(ts, test_no_lead);
	tcase_add_loop_test(ts, test_name_weight, 0,
	                    (int)(sizeof name_cases / sizeof *name_cases));
	tcase_add_test(tp, test_lead_bonus);
	tcase_add_test(tp, test_per_length);
	tcase_add_test(tp, test_keep_best);
	suite_add_tcase(s, ts);
	suite_add_tcase(s, tp);
	return s;
}
