/* check_main.c - runs every unit-test suite; exit status 0 when all pass. */
#include <stdlib.h>

#include "check.h"

int main(void)
{
	SRunner *sr = srunner_create(chars_suite());
	int failed;

	srunner_add_suite(sr, words_suite());
	srunner_add_suite(sr, paragraphs_suite());
	srunner_add_suite(sr, sentences_suite());
	srunner_add_suite(sr, terms_suite());
	srunner_add_suite(sr, scores_suite());
	srunner_add_suite(sr, select_suite());
	srunner_add_suite(sr, explain_suite());
	srunner_add_suite(sr, keywords_suite());
	srunner_add_suite(sr, lang_suite());
	srunner_add_suite(sr, lang_sentences_suite());
	srunner_add_suite(sr, records_suite());
	srunner_add_suite(sr, reading_suite());
	srunner_add_suite(sr, html_suite());
	srunner_add_suite(sr, markdown_suite());
	srunner_add_suite(sr, charset_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
