/*
 * cjk.h - the lines of Chinese, Japanese and Korean mail, which their
 * writers break where they choose, not at a width: when one goes on
 * into the next, and the markers of Chinese and Japanese lists.
 * Static: paragraphs.c's alone.
 */
#ifndef SUMM_CJK_H
#define SUMM_CJK_H

#include "chars.h"
#include "lines.h"
#include "paragraphs.h"

#include <string.h>

/* Whether the three bytes at S are a Han numeral of one to ten. */
static int han_numeral(const char *s)
{
	static const char numerals[] = "一二三四五六七八九十";

	for (size_t k = 0; k < sizeof numerals - 1; k += 3)
		if (memcmp(s, numerals + k, 3) == 0)
			return 1;
	return 0;
}

/* Whether line L opens with a Chinese or Japanese list's marker: a
 * number of three digits or Han numerals at most, and an ideographic
 * comma ("一、", "12、") or in full-width brackets ("（1）", "（二）"), or
 * a circled number ("①"). */
static int cjk_marker_at(const char *text, line l)
{
	const unsigned char *s = (const unsigned char *)text + l.start;
	size_t i = l.start, n = 0, len = l.end - l.start;
	int bracket = len >= 3 && memcmp(s, "\xEF\xBC\x88", 3) == 0;

	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x91 && s[2] >= 0xA0 &&
	    s[2] <= 0xB3)
		return 1;                      /* ① to ⑳ */
	if (bracket)
		i += 3;

	for (; n < 3 && i < l.end; n++) {
		unsigned char c = (unsigned char)text[i];
		if (c >= '0' && c <= '9')
			i++;
		else if ((c == 0xE4 || c == 0xE5) && i + 3 <= l.end &&
		         han_numeral(text + i))
			i += 3;
		else
			break;
	}
	return n > 0 && i + 3 <= l.end &&
	       memcmp(text + i, bracket ? "\xEF\xBC\x89" : "\xE3\x80\x81",
	              3) == 0;
}

/* Whether CP is a comma or a semicolon of Chinese and Japanese (、，；),
 * which, as ',' and ';', end no sentence. */
static int is_wide_comma(uint32_t cp)
{
	return cp == 0x3001 || cp == 0xFF0C || cp == 0xFF1B;
}

/* Whether line L holds a comma of Chinese or Japanese (、，). */
static int holds_wide_comma(const char *text, line l)
{
	for (size_t i = l.start; i + 3 <= l.end; i++)
		if (memcmp(text + i, "\xE3\x80\x81", 3) == 0 ||
		    memcmp(text + i, "\xEF\xBC\x8C", 3) == 0)
			return 1;
	return 0;
}

/* Whether line L has a sentence's end inside it: a stop before a space
 * (". ", "? ", "! ") or a wide stop (。！？) before more. */
static int holds_inner_stop(const char *text, line l)
{
	for (size_t i = l.start; i + 1 < l.end; i++)
		if (((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
		     text[i + 1] == ' ') ||
		    (i + 3 < l.end && (memcmp(text + i, "\xE3\x80\x82", 3) == 0 ||
		                       memcmp(text + i, "\xEF\xBC\x81", 3) == 0 ||
		                       memcmp(text + i, "\xEF\xBC\x9F", 3) == 0)))
			return 1;
	return 0;
}

/* Whether CP is a syllable of Korean (Hangul), which writes spaces
 * between its words, but whose writers break mail's lines by hand as
 * Chinese and Japanese writers do. */
static int is_hangul_syllable(uint32_t cp)
{
	return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* Whether CP is a letter of a script whose lines end where their
 * writers chose: Han, Kana, Hangul. */
static int is_hand_broken(uint32_t cp)
{
	return (cp >= 0x3040 && is_spaceless(cp)) || is_hangul_syllable(cp);
}

/* Whether a line of the block before line A ends a sentence.  The
 * block is read once: on from where the last question left it. */
static int stop_before(paragraph_reader *pr, line a)
{
	line_reader r = pr->r;
	size_t i = pr->scanned > pr->block ? pr->scanned : pr->block, next;

	for (; !pr->stopped && i < a.start; i = next)
		pr->stopped = is_line_stop(last_char(r.text,
		                                     get_line(&r, i, &next)));
	pr->scanned = i;
	return pr->stopped;
}

/* Whether line L ends in a character of LG's that cannot end a line
 * (lang.dangling: Japanese "を", Chinese "的"). */
static int ends_in_particle(const char *text, line l, const lang *lg)
{
	size_t n = l.end - l.start;

	return n >= 3 && lg->dangling.longest == 3 &&
	       in_word_list(&lg->dangling, text + l.end - 3, 3);
}

/* Whether line L opens with a field's label in Chinese or Japanese: a
 * few of their letters and a full-width colon ("費用：", "場所："). */
static int opens_wide_label(const char *text, line l)
{
	size_t i = l.start, n = 0;
	uint32_t cp;

	while (i < l.end && n++ < 8) {
		size_t k = u8_decode((const unsigned char *)text + i, l.end - i, &cp);
		if (cp == 0xFF1A)
			return n > 1;
		if (!is_hand_broken(cp))
			return 0;
		i += k;
	}
	return 0;
}

/* Whether line A, ending in LAST, goes on into line B in Chinese,
 * Japanese or Korean: their writers break a line where they choose, not
 * at a width, so a line that ends in a letter goes on into one that
 * opens with a letter or a digit ("単価を" + "1枚あたり", "2층" +
 * "카페로") when A ends in a particle, or after a sentence's end in
 * the block or in A, or when A holds a comma, a clause of a sentence
 * (Korean's is ','); but not into a field's label ("費用："), nor from
 * an item's first line that OPENS_ITEM says A is ("1. 北浜商事さん" +
 * what was said there) but by a particle.  A greeting's ("田中様" above
 * the first sentence), a name's, an address's lines stay apart. */
static int cjk_goes_on(paragraph_reader *pr, line a, line b, uint32_t last,
                       int opens_item)
{
	const char *text = pr->r.text;
	uint32_t first;

	if (!is_hand_broken(last))
		return 0;
	u8_decode((const unsigned char *)text + b.start, b.end - b.start,
	          &first);
	if (!(is_hand_broken(first) || (first >= '0' && first <= '9') ||
	      (first >= 0xFF10 && first <= 0xFF19)) ||
	    opens_wide_label(text, b))
		return 0;
	if (ends_in_particle(text, a, pr->lang))
		return 1;
	return !opens_item &&
	       (holds_wide_comma(text, a) ||
	        (is_hangul_syllable(last) &&
	         memchr(text + a.start, ',', a.end - a.start)) ||
	        stop_before(pr, a) || holds_inner_stop(text, a));
}

#endif
