/*
 * lines.h - the shape of one line, as paragraphs.c asks of it: its
 * last character and whether that ends a sentence, its first
 * character's class, its indent, its words.
 *
 * Only paragraphs.c includes it, with letters.h: static, so that the
 * line reader has them inline.
 */
#ifndef SUMM_LINES_H
#define SUMM_LINES_H

#include "chars.h"
#include "paragraphs.h"
#include "../summarize.h"

#include <stddef.h>
#include <stdint.h>

/* The last character of L, skipping closing quotes and brackets. */
static uint32_t last_char(const char *text, line l)
{
	size_t i = l.end;
	uint32_t cp = 0;

	while (i > l.start) {
		i = prev_char(text, l.start, i);
		u8_decode((const unsigned char *)text + i, l.end - i, &cp);
		if (!(cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
		      cp == 0x201D || cp == 0x2019 || cp == 0xBB))
			break;
	}
	return cp;
}

/* Whether CP, the last character of a line, ends a sentence there, as
 * the splitter's terminators do, in every script. */
static int is_line_stop(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
	       is_script_stop(cp) || is_wide_stop(cp);
}

static unsigned first_class(const char *text, line l)
{
	size_t n;

	return l.start < l.end ? class_at(text, l.end, l.start, &n) : 0;
}

/* Whether line L is indented: white space before its first character
 * on its line. */
static int indented(const char *text, line l)
{
	return l.start > 0 &&
	       (text[l.start - 1] == ' ' || text[l.start - 1] == '\t');
}

/* How many words line L holds, counted up to MAX + 1; *CAPITALISED
 * says whether each starts with a capital (or a letter of a script
 * without case, which shows no name apart). */
static size_t line_words(const char *text, line l, size_t max,
                         int *capitalised)
{
	size_t pos = l.start, ws, we, words = 0, n;

	*capitalised = 1;
	while (words <= max && summ_next_word(text, l.end, &pos, &ws, &we)) {
		words++;
		if (!(class_at(text, we, ws, &n) & (C_UPPER | C_CASELESS)))
			*capitalised = 0;
	}
	return words;
}

#endif /* SUMM_LINES_H */
