/*
 * check_score.c - the scoring and selection stages: what ranks first,
 * and every length limit.
 */
#include <string.h>

#include "check.h"
#include "../summarize.h"

/* A small article of our own: the bridge is the subject; one sentence is
 * repeated word for word; one is long and off the subject. */
static const char article[] =
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

static summ_doc *parse(const char *text)
{
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	return doc;
}

static size_t select_n(summ_doc *doc, summ_limits lim, size_t *idx)
{
	size_t n;

	ck_assert_int_eq(summ_select(doc, &lim, idx, 16, &n), SUMM_OK);
	return n;
}

/* The score sentence K of DOC would be taken with as the first pick of
 * a short summary (0 for a title or heading), as summ_explain tells it. */
static double first_score(const summ_doc *doc, size_t k)
{
	summ_limits one = { 1, 0, 0, 0, 0, 0 };
	summ_explanation ex;

	summ_explain(doc, &one, NULL, 0, k, &ex, NULL, 0);
	return ex.score;
}

START_TEST(test_scores)
{
	summ_doc *doc = parse(article);

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
	summ_doc *a = parse(article), *b = parse(article);

	for (size_t k = 0; k < summ_sentence_count(a); k++)
		ck_assert(first_score(a, k) == first_score(b, k));
	summ_free(a);
	summ_free(b);
}
END_TEST

START_TEST(test_select_sentences)
{
	summ_doc *doc = parse(article);
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
	summ_doc *doc = parse(article);
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
	summ_doc *doc = parse(article);
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
	doc = parse("");
	ck_assert_uint_eq(summ_select_room(doc, &none), 1);
	ck_assert_int_eq(summ_select(doc, &none, idx, 1, &n), SUMM_OK);
	ck_assert_uint_eq(n, 0);
	summ_free(doc);
}
END_TEST

START_TEST(test_select_percent)
{
	summ_doc *doc = parse(article);
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
	summ_doc *doc = parse(article);
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
	summ_doc *doc = parse(article);
	summ_limits lim = { 0, 0, 0, 120, 0, 0 };
	size_t idx[16], n = select_n(doc, lim, idx), chars = 0;
	char buf[512];

	for (size_t r = 0; r < n; r++) {
		summ_sentence s = summ_sentence_at(doc, idx[r]);
		chars += summ_utf8_length(buf, summ_fold(article + s.offset,
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
	summ_doc *doc = parse(article);
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

/* summ_explain gives back each pick's score from its parts, its terms
 * inside the sentence, heaviest first. */
START_TEST(test_explain)
{
	summ_doc *doc = parse(article);
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

/* Without the lead bonus the first sentence has no head start. */
START_TEST(test_no_lead)
{
	summ_doc *doc = parse(article);
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

START_TEST(test_select_text_order)
{
	summ_doc *doc = parse(article);
	summ_limits lim = { 4, 0, 0, 0, 1, 0 };
	size_t idx[16], n = select_n(doc, lim, idx);

	ck_assert_uint_eq(n, 4);
	for (size_t r = 1; r < n; r++)
		ck_assert_uint_lt(idx[r - 1], idx[r]);
	summ_free(doc);
}
END_TEST

START_TEST(test_keywords)
{
	summ_doc *doc = parse(article);
	summ_keyword kw[3];
	size_t n = summ_keywords(doc, 3, kw);

	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(kw[0].length, 6);
	ck_assert(memcmp(article + kw[0].offset, "bridge", 6) == 0 ||
	          memcmp(article + kw[0].offset, "Bridge", 6) == 0);
	ck_assert_uint_eq(kw[0].count, 6);   /* body only, not the title */
	ck_assert(kw[0].weight >= kw[1].weight && kw[1].weight >= kw[2].weight);
	summ_free(doc);
}
END_TEST

/* A key term never runs across a full-width stop that ends a sentence
 * (found by fuzzing: "can？replace"). */
START_TEST(test_keywords_wide_stop)
{
	const char *text = "The plan can work\xEF\xBC\x9FThe plan can fail"
	                   "\xEF\xBC\x9FThe plan can wait\xEF\xBC\x9F";
	summ_doc *doc;
	summ_keyword kw[4];
	size_t n;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 3);
	n = summ_keywords(doc, 4, kw);
	ck_assert_uint_ge(n, 1);
	for (size_t i = 0; i < n; i++)
		ck_assert(memchr(text + kw[i].offset, 0xEF, kw[i].length) == NULL);
	summ_free(doc);
}
END_TEST

/* A word that stems to nothing (a possessive alone, written with a
 * modifier letter apostrophe: "\xCA\xBC's") is no term, however often it
 * comes (found by fuzzing: its empty key once took a slot as if free). */
START_TEST(test_keywords_empty_stem)
{
	const char *text = "The bridge \xCA\xBC's plan was set. The council "
	                   "\xCA\xBC's bridge vote \xCA\xBC's was set. Later "
	                   "\xCA\xBC's the bridge \xCA\xBC's plan \xCA\xBC's opened.";
	summ_doc *doc;
	summ_keyword kw[8];
	size_t n;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	n = summ_keywords(doc, 8, kw);
	ck_assert_uint_ge(n, 3);
	ck_assert(memcmp(text + kw[0].offset, "bridge", 6) == 0);
	for (size_t i = 0; i < n; i++)
		ck_assert(memchr(text + kw[i].offset, '\'', kw[i].length) == NULL);
	summ_free(doc);
}
END_TEST

START_TEST(test_empty)
{
	summ_doc *doc = parse("");
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

Suite *score_suite(void)
{
	Suite *s = suite_create("score");
	TCase *ts = tcase_create("scores");
	TCase *tl = tcase_create("selection");

	tcase_add_test(ts, test_scores);
	tcase_add_test(ts, test_deterministic);
	tcase_add_test(ts, test_select_room);
	tcase_add_test(ts, test_keywords);
	tcase_add_test(ts, test_keywords_wide_stop);
	tcase_add_test(ts, test_keywords_empty_stem);
	tcase_add_test(tl, test_select_sentences);
	tcase_add_test(tl, test_select_default_and_all);
	tcase_add_test(tl, test_select_percent);
	tcase_add_test(tl, test_select_words);
	tcase_add_test(tl, test_select_chars);
	tcase_add_test(tl, test_select_text_order);
	tcase_add_test(tl, test_select_scored);
	tcase_add_test(ts, test_explain);
	tcase_add_test(ts, test_no_lead);
	tcase_add_test(tl, test_empty);
	suite_add_tcase(s, ts);
	suite_add_tcase(s, tl);
	return s;
}
