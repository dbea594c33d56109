/*
 * numbers.h - the splitter's questions about numbers at a period (see
 * sentences.c): a date written with periods, a day and a month, an
 * item of a list run into a sentence, a full-width decimal point, a
 * number's plus sign.  Each reads only the text of
 * the sentence being split (TEXT from SENT on) and says yes or no.
 *
 * Only sentences.c includes it, as quotes.h and stopscan.h: static, so
 * that the splitter has them inline.
 */
#ifndef SUMM_NUMBERS_H
#define SUMM_NUMBERS_H

#include "chars.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The end of the run of ASCII digits at TEXT[I] (before END). */
static size_t digits_end(const char *text, size_t i, size_t end)
{
	while (i < end && text[i] >= '0' && text[i] <= '9')
		i++;
	return i;
}

/* Whether a date written with periods starts at TEXT[I]: a year of four
 * digits, a month and a day of one or two, each with its period and a
 * space between ("2024. 3. 15.", as Korean and Hungarian write them). */
static int dotted_date_at(const char *text, size_t i, size_t end)
{
	for (int part = 0; part < 3; part++) {
		size_t e = digits_end(text, i, end), len = e - i;
		if (len == 0 || (part == 0 ? len != 4 : len > 2) || e >= end ||
		    text[e] != '.')
			return 0;
		i = e + 1;
		if (part < 2 && (i >= end || text[i++] != ' '))
			return 0;
	}
	return 1;
}

/* Whether a date written day first with periods starts at TEXT[I]: a
 * day and a month of one or two digits, each with its period and a
 * space after it, and a year of four digits ("10. 5. 2024", as Czech,
 * Slovak and German write them). */
static int day_first_date_at(const char *text, size_t i, size_t end)
{
	for (int part = 0; part < 2; part++) {
		size_t e = digits_end(text, i, end);
		if (e == i || e - i > 2 || e + 1 >= end || text[e] != '.' ||
		    text[e + 1] != ' ')
			return 0;
		i = e + 2;
	}
	return digits_end(text, i, end) - i == 4;
}

/* The value of the one or two digits TEXT[I..E), or 0 if there are
 * more or fewer. */
static unsigned small_number(const char *text, size_t i, size_t e)
{
	if (e == i || e - i > 2)
		return 0;
	if (e - i == 1)
		return (unsigned)(text[i] - '0');
	return (unsigned)(text[i] - '0') * 10 + (unsigned)(text[i + 1] - '0');
}

/* Whether the number TEXT[W..T0), before its period at T0, and the one
 * with a period at TEXT[NEXT] are a day and a month, as languages that
 * write ordinals with a period date without the year ("14. 4. v 8:00",
 * "do 25. 7."): the second is then no list item. */
static int day_and_month(const char *text, size_t w, size_t t0, size_t next,
                         size_t end)
{
	size_t e = digits_end(text, next, end);
	unsigned day = small_number(text, w, t0);
	unsigned month = small_number(text, next, e);

	return digits_end(text, w, t0) == t0 && day >= 1 && day <= 31 &&
	       month >= 1 && month <= 12 && e < end && text[e] == '.';
}

/* Whether the period at T0 after the number TEXT[W..T0) is inside a
 * date written with periods (see dotted_date_at, day_first_date_at): the
 * year's or the month's, or the day's or the month's. */
static int in_dotted_date(const char *text, size_t w, size_t t0, size_t end)
{
	size_t d = w >= 2 ? w - 2 : 0;

	if (digits_end(text, w, t0) != t0)
		return 0;
	if (dotted_date_at(text, w, end) || day_first_date_at(text, w, end))
		return 1;
	if (w < 3 || text[w - 1] != ' ' || text[w - 2] != '.')
		return 0;
	while (d > 0 && w - 2 - d < 2 && text[d - 1] >= '0' && text[d - 1] <= '9')
		d--;
	return (w >= 6 && dotted_date_at(text, w - 6, end)) ||
	       day_first_date_at(text, d, end);
}

/* The code point before TEXT[I] and the space there, in the sentence
 * that starts at SENT (0 if no space is there, or nothing before it). */
static uint32_t before_space(const char *text, size_t sent, size_t i)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t p;
	uint32_t cp;

	if (i < sent + 2 || s[i - 1] != ' ')
		return 0;
	p = prev_char(text, sent, i - 1);
	u8_decode(s + p, i - 1 - p, &cp);
	return cp;
}

/* How far back the item before an item of a list run into a sentence
 * is looked for (see inline_item): items are short. */
#define MAX_INLINE_ITEM 128

/* Whether the number TEXT[W..T0), of one or two digits, in the sentence
 * that starts at SENT, marks an item of a list run into the sentence
 * ("The steps are: 1. Register, 2. Pay and 3. Leave"): 1 after a colon,
 * or N after a space when N - 1 marked the item before, within
 * MAX_INLINE_ITEM bytes, and so back to the 1 after a colon.  (", 35.
 * One testified" is an age, and ends one.)  Each step back is bounded,
 * and a list has at most 99 items. */
static int inline_item(const char *text, size_t sent, size_t w, size_t t0)
{
	uint32_t cp = before_space(text, sent, w);
	unsigned n = 0;
	char prev[3];
	size_t len = 0, stop;

	if (t0 - w > 2)
		return 0;
	for (size_t i = w; i < t0; i++)
		n = n * 10 + (unsigned)(text[i] - '0');
	if (cp == ':' || cp == 0xFF1A)
		return n == 1;
	if (cp == 0 || n < 2)
		return 0;
	if (n - 1 >= 10)
		prev[len++] = (char)('0' + (n - 1) / 10);
	prev[len++] = (char)('0' + (n - 1) % 10);
	prev[len++] = '.';
	stop = w - sent > MAX_INLINE_ITEM ? w - MAX_INLINE_ITEM : sent;
	for (size_t i = w - 2; i > stop; i--)
		if (text[i - 1] == ' ' && memcmp(text + i, prev, len) == 0)
			return text[i + len] == ' ' &&
			       inline_item(text, sent, i, i + len - 1);
	return 0;
}

/* Whether the full-width stop TEXT[I..I+N) (U+FF0E if any), in the
 * sentence TEXT[SENT..END), is the period between two digits of a number
 * ("３．２９"), as a period between ASCII digits is one. */
static int decimal_point(const char *text, size_t sent, size_t end,
                         size_t i, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t p, k;

	if (s[i + 2] != 0x8E || i <= sent || i + n >= end)
		return 0;                      /* not U+FF0E, or at an end */
	p = prev_char(text, sent, i);
	return (class_at(text, i, p, &k) & C_DIGIT) &&
	       (class_at(text, end, i + n, &k) & C_DIGIT);
}

/* Whether the full-width stop TEXT[I..I+N) (U+FF0E if any) follows
 * only a number of one or two digits, ASCII or full-width, that opens
 * the sentence at SENT: a list's marker, as "1." is ("１．点検日").
 * Chinese and Japanese write no space after it. */
static int wide_marker(const char *text, size_t sent, size_t i)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = sent, digits = 0;

	if (s[i + 2] != 0x8E)
		return 0;
	while (k < i && (s[k] == ' ' || s[k] == '\t'))
		k++;
	for (; k < i && digits < 3; digits++) {
		if (s[k] >= '0' && s[k] <= '9')
			k++;
		else if (k + 3 <= i && s[k] == 0xEF && s[k + 1] == 0xBC &&
		         s[k + 2] >= 0x90 && s[k + 2] <= 0x99)
			k += 3;
		else
			return 0;
	}
	return k == i && digits >= 1 && digits <= 2;
}

/* Whether TEXT[I..END) opens with a plus sign and digits, a number as
 * digits are: a telephone's "+44".  (A minus is a dash there.) */
static int signed_number(const char *text, size_t i, size_t end)
{
	return i + 1 < end && text[i] == '+' && text[i + 1] >= '0' &&
	       text[i + 1] <= '9';
}

#endif /* SUMM_NUMBERS_H */
