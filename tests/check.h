/* check.h - the suites of the unit tests, one per stage; check_main.c
 * runs them all. */
#ifndef SUMM_CHECK_H
#define SUMM_CHECK_H

#include <check.h>

Suite *split_suite(void);
Suite *rules_suite(void);
Suite *words_suite(void);
Suite *stem_suite(void);
Suite *score_suite(void);
Suite *records_suite(void);

#endif
