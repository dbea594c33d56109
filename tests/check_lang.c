/* check_lang.c - lang/: the languages, their word lists and stemmers. */

/*
 * The registry (lang_find) and the options that choose a language
 * (summ_parse_with, summ_language); every word list of every language
 * sorted, without duplicates, folded and with its longest word's length
 * right, as the binary search of lang.c needs; the English stopwords;
 * and lang_en.stem(), the Porter2 stemmer.
 *
 * The vocabulary test compares every entry of tests/stem_vocab.txt (made
 * by tests/gen_stem_vocab.py from the reference Snowball stemmer) with our
 * stem.  The table test pins down one case per step and exception, so a
 * regression names the rule it broke.
 */

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../lang/lang.h"

#define VOCAB_PATH	"tests/stem_vocab.txt"
#define VOCAB_MIN	5000	/* fewer lines means a truncated fixture */
#define MAX_REPORTED	5

struct stem_case {
	const char	*word;
	const char	*stem;
	const char	*why;
};

/* Expected stems are those of the reference Snowball stemmer. */
static const struct stem_case cases[] = {
	{ "is", "is", "two letters: unchanged" },
	{ "'s", "'s", "two characters: unchanged" },
	{ "skies", "sky", "exception: rewritten" },
	{ "dying", "die", "exception: rewritten" },
	{ "only", "onli", "exception: -ly form" },
	{ "news", "news", "exception: invariant" },
	{ "innings", "inning", "invariant after step 1a" },
	{ "proceeds", "proceed", "invariant after step 1a" },
	{ "'cause", "caus", "leading apostrophe dropped" },
	{ "saying", "say", "y after a vowel is Y" },
	{ "eying", "eye", "Y makes a short word" },
	{ "generously", "generous", "R1 after gener" },
	{ "communism", "communism", "R1 after commun" },
	{ "dogs'", "dog", "step 0: trailing apostrophe" },
	{ "caresses", "caress", "step 1a: sses" },
	{ "cries", "cri", "step 1a: ies after two letters" },
	{ "ties", "tie", "step 1a: ies after one letter" },
	{ "gas", "gas", "step 1a: s right after the only vowel" },
	{ "gaps", "gap", "step 1a: s" },
	{ "agreed", "agre", "step 1b: eed in R1" },
	{ "feed", "feed", "step 1b: eed outside R1" },
	{ "conflated", "conflat", "step 1b: at gains e" },
	{ "hopping", "hop", "step 1b: double consonant" },
	{ "fizzed", "fizz", "step 1b: zz is not undoubled" },
	{ "hoped", "hope", "step 1b: short word gains e" },
	{ "cry", "cri", "step 1c" },
	{ "relational", "relat", "step 2: ational" },
	{ "differently", "differ", "step 2: entli" },
	{ "archaeology", "archaeolog", "step 2: ogi after l" },
	{ "heavily", "heavili", "step 2: li needs a valid ending" },
	{ "electrical", "electr", "step 3: ical" },
	{ "formative", "format", "step 3: ative in R2" },
	{ "adjustment", "adjust", "step 4: ment" },
	{ "adoption", "adopt", "step 4: ion after t" },
	{ "probate", "probat", "step 5: e in R2" },
	{ "rate", "rate", "step 5: e after a short syllable" },
	{ "controll", "control", "step 5: ll in R2" },
	{ "cafés", "café", "multi-byte letter" },
	{ "xéy", "xéi", "multi-byte letter before y" },
	{ "éies", "éie", "multi-byte letter counts once" },
};

START_TEST(test_stem_cases)
{
	const struct stem_case *c = &cases[_i];
	char buf[64];
	size_t len = strlen(c->word);

	ck_assert_msg(len < sizeof(buf), "case %d too long", _i);
	memcpy(buf, c->word, len);
	len = lang_en.stem(buf, len);
	buf[len] = '\0';
	ck_assert_msg(strcmp(buf, c->stem) == 0,
	    "%s: \"%s\" stems to \"%s\", want \"%s\"",
	    c->why, c->word, buf, c->stem);
}
END_TEST

START_TEST(test_stem_vocab)
{
	FILE *fp;
	char line[512], word[512], report[1024];
	char *tab, *want;
	size_t len, wlen, used = 0;
	long lineno = 0, bad = 0;

	fp = fopen(VOCAB_PATH, "r");
	if (fp == NULL)
		ck_abort_msg("cannot open %s (run from the repository root; "
		    "regenerate with tests/gen_stem_vocab.py)", VOCAB_PATH);
	report[0] = '\0';
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		tab = strchr(line, '\t');
		ck_assert_msg(tab != NULL, "%s:%ld: no tab", VOCAB_PATH,
		    lineno);
		*tab = '\0';
		want = tab + 1;

		len = strlen(line);
		memcpy(word, line, len);
		wlen = lang_en.stem(word, len);
		if (wlen <= len && wlen == strlen(want) &&
		    memcmp(word, want, wlen) == 0)
			continue;
		if (bad++ < MAX_REPORTED && used < sizeof(report)) {
			word[wlen <= len ? wlen : len] = '\0';
			used += (size_t)snprintf(report + used,
			    sizeof(report) - used, "\n  %s -> \"%s\", want \"%s\"",
			    line, word, want);
		}
	}
	fclose(fp);
	ck_assert_msg(lineno >= VOCAB_MIN, "%s: only %ld lines", VOCAB_PATH,
	    lineno);
	ck_assert_msg(bad == 0, "%ld of %ld words mis-stemmed, first ones:%s",
	    bad, lineno, report);
}
END_TEST

/* Every language with a stemmer (English aside: test_stem_vocab) agrees
 * with the reference Snowball stemmer on every word of its fixture
 * tests/stem/CODE.txt, made by tests/gen_stem_fixtures.py; a stemmer of
 * our own (Korean) with the cases written by hand in its fixture, which
 * opens with a # line. */
START_TEST(test_stem_fixture)
{
	const lang *lg = lang_at((size_t)_i);
	char path[64], line[512], word[512 + LANG_STEM_ROOM], report[1024];
	long lineno = 0, bad = 0, min = 1000;
	size_t used = 0;
	FILE *fp;

	if (!lg->stem || lg == &lang_en)
		return;
	snprintf(path, sizeof path, "tests/stem/%s.txt", lg->code);
	fp = fopen(path, "r");
	ck_assert_msg(fp != NULL, "%s: no fixture for a language with a stemmer "
	              "(tests/gen_stem_fixtures.py)", path);
	report[0] = '\0';
	while (fgets(line, sizeof line, fp) != NULL) {
		char *tab, *want;
		size_t len, wlen;

		if (line[0] == '#') {          /* cases written by hand */
			min = 20;
			continue;
		}
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		tab = strchr(line, '\t');
		ck_assert_msg(tab != NULL, "%s:%ld: no tab", path, lineno);
		*tab = '\0';
		want = tab + 1;
		len = strlen(line);
		memcpy(word, line, len);
		wlen = lg->stem(word, len);
		ck_assert_msg(wlen <= len + LANG_STEM_ROOM, "%s: \"%s\" grew too much",
		              path, line);
		if (wlen == strlen(want) && memcmp(word, want, wlen) == 0)
			continue;
		if (bad++ < MAX_REPORTED && used < sizeof report) {
			word[wlen] = '\0';
			used += (size_t)snprintf(report + used, sizeof report - used,
			                         "\n  %s -> \"%s\", want \"%s\"", line,
			                         word, want);
		}
	}
	fclose(fp);
	ck_assert_msg(lineno >= min, "%s: only %ld lines", path, lineno);
	ck_assert_msg(bad == 0, "%s: %ld of %ld words mis-stemmed, first ones:%s",
	              path, bad, lineno, report);
}
END_TEST

static const char *const stop_yes[] = {
	"the", "a", "and", "of", "is", "it's", "don't", "said", "would",
	"yourselves", "whereupon", "a.m.", "p.m.", "e.g.", "i.e."
};
static const char *const stop_no[] = {
	"china", "talks", "defense", "pentagon", "military", "the's", "",
	"thereof_not", "zzzz"
};

START_TEST(test_stopwords)
{
	for (size_t i = 0; i < sizeof stop_yes / sizeof *stop_yes; i++)
		ck_assert_msg(summ_is_stopword(stop_yes[i], strlen(stop_yes[i])),
		              "\"%s\" should be a stopword", stop_yes[i]);
	for (size_t i = 0; i < sizeof stop_no / sizeof *stop_no; i++)
		ck_assert_msg(!summ_is_stopword(stop_no[i], strlen(stop_no[i])),
		              "\"%s\" should not be a stopword", stop_no[i]);
	/* Only the given bytes count: "then" is not "the". */
	ck_assert(summ_is_stopword("then", 3));
	ck_assert(!summ_is_stopword("thez", 4));
}
END_TEST

#define NLANGS lang_count()

/* The word lists of a lang, by name. */
static const struct {
	const char *name;
	size_t offset;
} lists[] = {
	{ "stopwords", offsetof(lang, stopwords) },
	{ "titles", offsetof(lang, titles) },
	{ "abbrevs", offsetof(lang, abbrevs) },
	{ "lower_abbrevs", offsetof(lang, lower_abbrevs) },
	{ "openers", offsetof(lang, openers) },
	{ "times", offsetof(lang, times) },
	{ "time_followers", offsetof(lang, time_followers) },
	{ "relatives", offsetof(lang, relatives) },
	{ "dangling", offsetof(lang, dangling) },
};
#define NLISTS (sizeof lists / sizeof *lists)

/* A list added to lang.h must be added above: the lists above fill the
 * struct from its first list to its stemmer. */
_Static_assert(offsetof(lang, stem) ==
               offsetof(lang, stopwords) + NLISTS * sizeof(word_list),
               "a word_list of lang is missing from lists[]");

/* Every list of every language (case I: language I / NLISTS, list
 * I % NLISTS) is in strcmp() order without duplicates, of folded words
 * (as summ_fold_word makes them), each found by in_word_list, and its
 * longest is the byte length of its longest word: a list edited by hand
 * fails here, not in a search that quietly misses. */
START_TEST(test_word_lists)
{
	const lang *lg = lang_at((size_t)_i / NLISTS);
	const char *name = lists[(size_t)_i % NLISTS].name;
	const word_list *l = (const word_list *)(const void *)
	                     ((const char *)lg + lists[(size_t)_i % NLISTS].offset);
	size_t longest = 0;

	ck_assert_msg(l->word != NULL || l->n == 0, "%s %s: no words", lg->code,
	              name);
	for (size_t i = 0; i < l->n; i++) {
		const char *w = l->word[i];
		size_t len = strlen(w);
		char key[SUMM_MAX_KEY];

		ck_assert_msg(len > 0, "%s %s: empty word at %zu", lg->code, name, i);
		ck_assert_msg(i == 0 || strcmp(l->word[i - 1], w) < 0,
		              "%s %s: \"%s\" then \"%s\": not sorted, or twice",
		              lg->code, name, l->word[i - 1], w);
		ck_assert_msg(summ_fold_word(w, 0, len, key) == len &&
		              memcmp(key, w, len) == 0,
		              "%s %s: \"%s\" is not folded", lg->code, name, w);
		ck_assert_msg(in_word_list(l, w, len), "%s %s: \"%s\" not found",
		              lg->code, name, w);
		if (len > longest)
			longest = len;
	}
	ck_assert_msg(l->longest == longest, "%s %s: longest %zu, want %zu",
	              lg->code, name, l->longest, longest);
}
END_TEST

START_TEST(test_lang_find)
{
	for (size_t i = 0; i < NLANGS; i++) {
		const char *code, *name;
		ck_assert_ptr_eq(lang_find(lang_at(i)->code), lang_at(i));
		ck_assert(i == 0 || strcmp(lang_at(i - 1)->code, lang_at(i)->code) < 0);
		ck_assert(summ_language_at(i, &code, &name));
		ck_assert_str_eq(code, lang_at(i)->code);
		ck_assert_str_eq(name, lang_at(i)->name);
	}
	{
		const char *code, *name;
		ck_assert(!summ_language_at(NLANGS, &code, &name));
	}
	ck_assert_ptr_eq(lang_find("none"), &lang_none);
	ck_assert_ptr_eq(lang_find("en"), &lang_en);
	ck_assert_str_eq(lang_en.code, "en");
	ck_assert_str_eq(lang_en.name, "English");
	ck_assert(lang_en.stem != NULL);
	ck_assert_ptr_eq(LANG_DEFAULT, &lang_en);
	ck_assert_ptr_null(lang_find("xx"));
	ck_assert_ptr_null(lang_find(""));
	ck_assert_ptr_null(lang_find("EN"));
	ck_assert_ptr_null(lang_find("eng"));
}
END_TEST

static const char article[] =
	"Harbor Bridge Closing\n"
	"\n"
	"The Harbor Bridge will close for six months of bridge repairs. "
	"Inspectors found cracks in the bridge beams in October.\n"
	"Bridge traffic will use the Mill Street crossing. The repairs to "
	"the bridge will cost the city $48 million.\n";

/* Whether A and B have the same sentences. */
static void same_sentences(const summ_doc *a, const summ_doc *b)
{
	ck_assert_uint_eq(summ_sentence_count(a), summ_sentence_count(b));
	ck_assert_uint_eq(summ_word_count(a), summ_word_count(b));
	for (size_t k = 0; k < summ_sentence_count(a); k++) {
		summ_sentence x = summ_sentence_at(a, k), y = summ_sentence_at(b, k);

		ck_assert_uint_eq(x.offset, y.offset);
		ck_assert_uint_eq(x.length, y.length);
		ck_assert_uint_eq(x.paragraph, y.paragraph);
		ck_assert_uint_eq(x.words, y.words);
		ck_assert_int_eq(x.kind, y.kind);
	}
}

/* summ_parse_with: English by code, by NULL, by a zeroed struct, as
 * summ_parse reads it; an unknown language or input form is refused. */
START_TEST(test_parse_with)
{
	summ_options en = { .language = "en" }, zero = { 0 },
	             xx = { .language = "xx" },
	             form = { .input = (enum summ_input)1 };
	summ_doc *plain, *doc;
	size_t len = strlen(article);

	ck_assert_int_eq(summ_parse(article, len, &plain), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(plain), 5);
	ck_assert_str_eq(summ_language(plain, NULL), "en");
	ck_assert_int_eq(summ_parse_with(article, len, &en, &doc), SUMM_OK);
	same_sentences(plain, doc);
	ck_assert_str_eq(summ_language(doc, NULL), "en");
	summ_free(doc);
	ck_assert_int_eq(summ_parse_with(article, len, &zero, &doc), SUMM_OK);
	same_sentences(plain, doc);
	ck_assert_str_eq(summ_language(doc, NULL), "en");
	summ_free(doc);
	ck_assert_int_eq(summ_parse_with(article, len, NULL, &doc), SUMM_OK);
	same_sentences(plain, doc);
	ck_assert_str_eq(summ_language(doc, NULL), "en");
	summ_free(doc);
	summ_free(plain);

	doc = (summ_doc *)(void *)&doc;            /* not NULL */
	ck_assert_int_eq(summ_parse_with(article, len, &xx, &doc), SUMM_EINVAL);
	ck_assert_ptr_null(doc);
	doc = (summ_doc *)(void *)&doc;
	ck_assert_int_eq(summ_parse_with(article, len, &form, &doc), SUMM_EINVAL);
	ck_assert_ptr_null(doc);
}
END_TEST

Suite *lang_suite(void)
{
	Suite *s = suite_create("lang");
	TCase *tc;

	tc = tcase_create("languages");
	tcase_add_test(tc, test_lang_find);
	tcase_add_test(tc, test_parse_with);
	suite_add_tcase(s, tc);

	tc = tcase_create("word_lists");
	tcase_add_loop_test(tc, test_word_lists, 0, (int)(NLANGS * NLISTS));
	tcase_add_test(tc, test_stopwords);
	suite_add_tcase(s, tc);

	tc = tcase_create("cases");
	tcase_add_loop_test(tc, test_stem_cases, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, tc);

	tc = tcase_create("vocab");
	tcase_set_timeout(tc, 120);	/* ~100k words; slow under sanitizers */
	tcase_add_test(tc, test_stem_vocab);
	tcase_add_loop_test(tc, test_stem_fixture, 0, (int)NLANGS);
	suite_add_tcase(s, tc);
	return s;
}
