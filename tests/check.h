/* check.h - the suites of the unit tests, one per room of the engine
 * (tests/check_ROOM.c tests engine/ROOM.c or lang/), and the record
 * reader's; check_main.c runs them all. */
#ifndef SUMM_CHECK_H
#define SUMM_CHECK_H

#include <check.h>

#include "../summarize.h"

Suite *chars_suite(void);
Suite *words_suite(void);
Suite *paragraphs_suite(void);
Suite *sentences_suite(void);
Suite *terms_suite(void);
Suite *scores_suite(void);
Suite *select_suite(void);
Suite *explain_suite(void);
Suite *keywords_suite(void);
Suite *lang_suite(void);
Suite *lang_sentences_suite(void);
Suite *records_suite(void);
Suite *reading_suite(void);
Suite *html_suite(void);
Suite *markdown_suite(void);
Suite *charset_suite(void);

/* A text and the sentences a careful editor would cut it into, as
 * --split prints them: one per entry, every run of white space folded to
 * one space, NULL after the last. */
#define MAX_SENT 12
struct split_case {
	const char *text;
	const char *sent[MAX_SENT];
};

/* Parses case I of table NAME and compares its sentences, folded, with
 * the expected ones; on a mismatch reports both lists whole (see
 * check_sentences.c). */
void check_split_case(const struct split_case *c, const char *name, int i);

/* The article that the suites of scores, selection, explanation and
 * keywords share (see check_scores.c), and its parse. */
extern const char bridge_article[];

/* Parses TEXT (NUL-terminated), asserting success; summ_free the result. */
summ_doc *check_parse(const char *text);

/* The score sentence K of DOC would be taken with as the first pick of
 * a short summary (0 for a title or heading), as summ_explain tells it. */
double first_score(const summ_doc *doc, size_t k);

#endif
