/*
 * language.h - which language a text is in (see language.c).
 */
#ifndef SUMM_LANGUAGE_H
#define SUMM_LANGUAGE_H

#include "doc.h"

/* The language of TEXT[0..LEN), from its script and its stopwords:
 * English when nothing tells; lang_none for a script no language here
 * is written in. */
const lang *detect_language(const char *text, size_t len);

/* The codes of the languages that lang/ngrams.inc was made for, in the
 * order of their indexes, separated by spaces: lang_at()'s until a
 * language is added without `make ngrams` (tests/check_lang.c sees it). */
const char *detect_profile_codes(void);

#endif /* SUMM_LANGUAGE_H */
