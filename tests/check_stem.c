/*
 * check_stem.c - tests for lang_en.stem(), the Porter2 stemmer.
 *
 * The vocabulary test compares every entry of tests/stem_vocab.txt (made
 * by tests/gen_stem_vocab.py from the reference Snowball stemmer) with our
 * stem.  The table test pins down one case per step and exception, so a
 * regression names the rule it broke.
 */

#include <stdio.h>
#include <string.h>

#include <check.h>

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

Suite *stem_suite(void);

Suite *
stem_suite(void)
{
	Suite *s = suite_create("stem");
	TCase *tc;

	tc = tcase_create("cases");
	tcase_add_loop_test(tc, test_stem_cases, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, tc);

	tc = tcase_create("vocab");
	tcase_set_timeout(tc, 60);	/* ~100k words; slow under sanitizers */
	tcase_add_test(tc, test_stem_vocab);
	suite_add_tcase(s, tc);
	return s;
}
