/* check_keywords.c - engine/keywords.c: a document's key terms. */

/*
 * summ_keywords: the heaviest stems, best first, each spelled as the
 * text most often spells it; never across a sentence end; as many as
 * asked for, or as the document has.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"

START_TEST(test_keywords)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_keyword kw[3];
	size_t n = summ_keywords(doc, 3, kw);

	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(kw[0].length, 6);
	ck_assert(memcmp(bridge_article + kw[0].offset, "bridge", 6) == 0 ||
	          memcmp(bridge_article + kw[0].offset, "Bridge", 6) == 0);
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

/* N larger than the terms a text has gives them all, best first; N of
 * 0 gives none. */
START_TEST(test_keywords_count)
{
	summ_doc *doc = check_parse(bridge_article);
	summ_keyword kw[64];
	size_t n = summ_keywords(doc, 64, kw);

	ck_assert_uint_gt(n, 3);
	ck_assert_uint_lt(n, 64);
	for (size_t i = 1; i < n; i++)
		ck_assert(kw[i - 1].weight >= kw[i].weight);
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_gt(kw[i].length, 0);
		ck_assert_uint_le(kw[i].offset + kw[i].length, strlen(bridge_article));
		ck_assert_uint_ge(kw[i].count, 1);
	}
	ck_assert_uint_eq(summ_keywords(doc, 0, kw), 0);
	summ_free(doc);
}
END_TEST

/* The most frequent spelling wins: "Millbrook" over a dateline's
 * "MILLBROOK". */
START_TEST(test_keywords_spelling)
{
	const char *text = "MILLBROOK, Ore. \xE2\x80\x94 Millbrook voters "
	                   "approved the levy. Millbrook will hire teachers. "
	                   "The levy passed in Millbrook easily.";
	summ_doc *doc = check_parse(text);
	summ_keyword kw[8];
	size_t n = summ_keywords(doc, 8, kw), i;

	for (i = 0; i < n; i++)
		if (kw[i].length == 9 &&
		    strncmp(text + kw[i].offset, "Millbrook", 9) == 0)
			break;
	ck_assert_msg(i < n, "Millbrook is not a key term spelled so");
	ck_assert_uint_eq(kw[i].count, 4);
	summ_free(doc);
}
END_TEST

/* In Arabic a letter typed apart is no key term: the conjunction و
 * ("و المهندسون"), a preposition with a tatweel (لـ before a Latin name)
 * and the era after a year (1886 م), however often they come. */
START_TEST(test_keywords_arabic_letters)
{
	const char *text =
	    "تأسست الشركة عام 1886 م في مدينة شتوتغارت و هي تصنع السيارات و "
	    "الحافلات و الشاحنات. باعت الشركة سيارات كثيرة لـ أوروبا و "
	    "آسيا عام 1976 م. ثم صنعت الشركة محركات جديدة و قوية لـ "
	    "السيارات عام 1985 م.";
	summ_options ar = { .language = "ar" };
	summ_doc *doc;
	summ_keyword kw[16];
	size_t n;

	ck_assert_int_eq(summ_parse_with(text, strlen(text), &ar, &doc),
	                 SUMM_OK);
	n = summ_keywords(doc, 16, kw);
	ck_assert_uint_ge(n, 1);
	for (size_t i = 0; i < n; i++) {
		const char *t = text + kw[i].offset;
		ck_assert_msg(kw[i].length > 3 || (strncmp(t, "و", 2) != 0 &&
		              strncmp(t, "م", 2) != 0 && strncmp(t, "لـ", 4) != 0),
		              "a letter alone is a key term: %.*s",
		              (int)kw[i].length, t);
	}
	summ_free(doc);
}
END_TEST

/* Yiddish typed with presentation forms (a letter and its point as one
 * code point: \uFB2E for אַ) has the key terms of the same text in
 * letters and points: its function words (אַז, פֿון) are no key terms,
 * and each word weighs as much in either spelling. */
START_TEST(test_keywords_presentation_forms)
{
	const char *plain =
		"די שטאָט האָט אַ נײַעם פּאַרק. אַלע זאָגן אַז דער "
		"פּאַרק איז שײן. די קינדער פֿון דער שטאָט שפּילן "
		"אין פּאַרק, און די עלטערן זיצן דאָרט פֿון פֿרי ביז "
		"נאַכט.";
	const char *forms =
		"די שט\uFB2Fט ה\uFB2Fט \uFB2E נײַעם \uFB44\uFB2Eרק. "
		"\uFB2Eלע ז\uFB2Fגן \uFB2Eז דער \uFB44\uFB2Eרק איז "
		"שײן. די קינדער \uFB4Eון דער שט\uFB2Fט ש\uFB44ילן "
		"אין \uFB44\uFB2Eרק, און די עלטערן זיצן ד\uFB2Fרט "
		"\uFB4Eון \uFB4Eרי ביז נ\uFB2Eכט.";
	summ_doc *a, *b;
	summ_keyword ka[16], kb[16];
	size_t n;

	ck_assert_int_eq(summ_parse(plain, strlen(plain), &a), SUMM_OK);
	ck_assert_int_eq(summ_parse(forms, strlen(forms), &b), SUMM_OK);
	n = summ_keywords(a, 16, ka);
	ck_assert_uint_ge(n, 3);
	ck_assert_uint_eq(summ_keywords(b, 16, kb), n);
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_eq(ka[i].count, kb[i].count);
		ck_assert(ka[i].weight == kb[i].weight);
	}
	summ_free(a);
	summ_free(b);
}
END_TEST

/* A stopword file whose words fold longer than they are spelled (the
 * ligature \uFDF2, three bytes, is four letters) is read whole: the
 * words after them still count, and the ligature's letters are a
 * stopword however the text spells them. */
START_TEST(test_stoplist_longer_folded)
{
	const char *text =
	    "The harbour board met the ferry crews. The harbour fees rose "
	    "for the ferry crews. The board said the ferry crews would "
	    "stay. الله الله "
	    "الله.";
	char list[4096];
	size_t len = 0;
	summ_stoplist *sl;
	summ_options opt = { .language = "en" };
	summ_doc *doc;
	summ_keyword kw[16];
	size_t n;

	for (int i = 0; i < 300; i++)
		len += (size_t)sprintf(list + len, "\uFDF2\n");
	len += (size_t)sprintf(list + len, "harbour\nferry\n");
	ck_assert_ptr_nonnull(sl = summ_stoplist_new(list, len));
	opt.stopwords = sl;
	ck_assert_int_eq(summ_parse_with(text, strlen(text), &opt, &doc),
	                 SUMM_OK);
	n = summ_keywords(doc, 16, kw);
	ck_assert_uint_ge(n, 1);
	for (size_t i = 0; i < n; i++) {
		const char *t = text + kw[i].offset;
		ck_assert_msg(strncmp(t, "harbour", 7) && strncmp(t, "ferry", 5) &&
		              (unsigned char)t[0] < 0x80,
		              "a stopword is a key term: %.*s",
		              (int)kw[i].length, t);
	}
	summ_free(doc);
	summ_stoplist_free(sl);
}
END_TEST

Suite *keywords_suite(void)
{
	Suite *s = suite_create("keywords");
	TCase *tc = tcase_create("keywords");

	tcase_add_test(tc, test_keywords);
	tcase_add_test(tc, test_keywords_wide_stop);
	tcase_add_test(tc, test_keywords_count);
	tcase_add_test(tc, test_keywords_spelling);
	tcase_add_test(tc, test_keywords_arabic_letters);
	tcase_add_test(tc, test_keywords_presentation_forms);
	tcase_add_test(tc, test_stoplist_longer_folded);
	suite_add_tcase(s, tc);
	return s;
}
