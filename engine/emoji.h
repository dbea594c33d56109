/*
 * emoji.h - the splitter's emoji and emoticons (see sentences.c): after
 * a stop they stay with the sentence before it, as a closing bracket
 * does; a face standing apart before a capital ends a sentence in place
 * of a stop, as informal writing has it.
 *
 * Only sentences.c includes it, as quotes.h and numbers.h: static, so
 * that the splitter has them inline.
 */
#ifndef SUMM_EMOJI_H
#define SUMM_EMOJI_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "splitter.h"

/* Whether CP is part of an emoji: the pictographs and their modifiers
 * (U+1F000 to U+1FAFF, skin tones among them), the symbols and
 * dingbats (U+2600 to U+27BF: ☺ ❤ ✔), the star, and what joins and
 * styles them (the joiner, variation selector 16, the keycap). */
static int is_emoji(uint32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
	       cp == 0x2B50 || cp == 0x200D || cp == 0xFE0F || cp == 0x20E3;
}

/* Whether CP is a face (U+1F600 to U+1F64F, U+1F910 to U+1F92F, U+1F970
 * to U+1F97A): a mood that closes what was said.  A heart or another
 * pictograph may stand for a word ("I ❤ NY"), and ends nothing. */
static int is_face(uint32_t cp)
{
	return (cp >= 0x1F600 && cp <= 0x1F64F) ||
	       (cp >= 0x1F910 && cp <= 0x1F92F) || (cp >= 0x1F970 && cp <= 0x1F97A);
}

/* The length of the emoticon at S[I] (before END), or 0: eyes (: ; =),
 * a nose or not (- '), and a mouth (":)", ";-)", ":'(", ":D", ":P",
 * ":/"). */
static size_t emoticon_at(const unsigned char *s, size_t i, size_t end)
{
	size_t k = i + 1;

	if (i >= end || !(s[i] == ':' || s[i] == ';' || s[i] == '='))
		return 0;
	if (k < end && (s[k] == '-' || s[k] == '\''))
		k++;
	return k < end && strchr(")(DPp/|3*O", s[k]) && s[k] ? k + 1 - i : 0;
}

/* Where the run of emoji at S[I] ends (I if none is there). */
static size_t emoji_run_end(const unsigned char *s, size_t i, size_t end)
{
	uint32_t cp;
	size_t n;

	while (i < end && s[i] >= 0xE2 &&
	       (n = u8_decode(s + i, end - i, &cp), is_emoji(cp)))
		i += n;
	return i;
}

/* Where the emoji and emoticons after a sentence's end, from I on, end
 * with their blanks ("Got the job! 🎉 Starting Monday.", "I won!! :-)
 * See you."), or I if none is there: they comment on the sentence
 * before them and open no sentence.  Each must stand apart, a blank or
 * the paragraph's end after it.  (Asked at every stop, behind
 * may_hold_emoji.) */
static size_t skip_emoji(const splitter *sp, size_t i)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t end = sp->end, k = i, after = i, e, n;

	for (;;) {
		while (k < end && is_ascii_space(s[k]))
			k++;
		e = (n = emoticon_at(s, k, end)) > 0 ? k + n
		                                     : emoji_run_end(s, k, end);
		if (e == k || (e < end && !is_ascii_space(s[e])))
			return after;
		after = k = e;
	}
}

/* Whether an emoji or an emoticon may follow S[I] and a blank (before
 * END): the first byte of one, or more white space.  The cheap question
 * first, at every stop. */
static inline int may_hold_emoji(const unsigned char *s, size_t i,
                                 size_t end)
{
	unsigned c;

	i += i < end && s[i] == ' ';
	c = i < end ? s[i] : 0;
	return c == ':' || c == ';' || c == '=' || c >= 0xE2 || is_ascii_space(c);
}

/* Whether the emoticon or face at I ends a sentence in place of a stop
 * ("nothing works :( Any tips?", "schon wieder 😤 Danke für nichts"):
 * it stands apart, outside a quotation, and a capitalised word follows.
 * Sets *E to its end (with any emoji after it) and *NEXT to that word. */
static int mood_ends(const splitter *sp, size_t i, size_t *e, size_t *next)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t end = sp->end, k, n;
	uint32_t cp;

	if (i <= sp->sent || s[i - 1] != ' ' || i < sp->quote_end)
		return 0;
	if ((n = emoticon_at(s, i, end)) > 0)
		k = i + n;
	else if (s[i] == 0xF0 && (u8_decode(s + i, end - i, &cp), is_face(cp)))
		k = emoji_run_end(s, i, end);
	else
		return 0;
	if (k >= end || s[k] != ' ')
		return 0;
	*e = skip_emoji(sp, k);
	for (k = *e; k < end && s[k] == ' '; k++)
		;
	*next = k;
	return k < end && (class_at(sp->text, end, k, &n) & C_UPPER);
}

#endif /* SUMM_EMOJI_H */
