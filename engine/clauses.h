/*
 * clauses.h - where a language that writes no stops ends a sentence
 * (lang.space_ends: Thai).  It writes a space where a clause ends, and
 * where a sentence does; between the words of a list, a name and a
 * surname; around numbers, quotations and brackets.  A space ends a
 * sentence where what is on each side of it may stand as one: a clause
 * that neither hangs on a word that needs more (a conjunction, "that":
 * กล่าวว่า) nor opens with one that joins it to what came before (และ,
 * ซึ่ง, เช่น), and is longer than a word.  Included by sentences.c.
 */
#ifndef SUMM_CLAUSES_H
#define SUMM_CLAUSES_H

#include "chars.h"
#include "quotes.h"
#include "splitter.h"

#include <string.h>

/* The fewest consonants of a clause that stands as a sentence: fewer,
 * it is a word or two of a list ("เธอซื้อผัก ปลา และผลไม้"), a name or a
 * surname ("สมชาย ใจดี"), a title cut short (พ.ศ.).  (Set on cases of
 * our own: 5 parted 84% of their sentences right against 76% at 3 and
 * 78% at 9.) */
#define CLAUSE_CONSONANTS 5

/* How many Thai consonants TEXT[A..B) has: a syllable has one or two,
 * and vowels and tone marks are code points of their own. */
static size_t thai_consonants(const char *text, size_t a, size_t b)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = 0;

	for (size_t i = a; i + 3 <= b; i++)     /* U+0E01 to U+0E2E */
		n += s[i] == 0xE0 && s[i + 1] == 0xB8 && s[i + 2] >= 0x81 &&
		     s[i + 2] <= 0xAE;
	return n;
}

/* Whether TEXT[A..B) opens with a word of L: the whole of its first
 * word if WHOLE, else its first letters (Thai, which does not space its
 * words). */
static int opens_with(const word_list *l, const char *text, size_t a,
                      size_t b, int whole)
{
	size_t n;

	for (size_t k = 0; k < l->n; k++) {
		const char *w = word_at(l, k);
		size_t len = strlen(w);
		if (len <= b - a && memcmp(text + a, w, len) == 0 &&
		    (!whole || a + len == b ||
		     !(class_at(text, b, a + len, &n) & C_ALNUM)))
			return 1;
	}
	return 0;
}

/* Whether TEXT[A..B) closes with a word of L: a word of one code
 * point only when it is all (ณ, but not the end of คุณ), and none as
 * the end of กว่า, "more than", which ends a clause (ดีกว่า), though
 * ว่า, "that", does not. */
static int closes_with(const word_list *l, const char *text, size_t a,
                       size_t b)
{
	static const char than[] = "\xE0\xB8\x81\xE0\xB8\xA7\xE0\xB9\x88\xE0\xB8\xB2";

	for (size_t k = 0; k < l->n; k++) {
		const char *w = word_at(l, k);
		size_t n = strlen(w);
		if (n > b - a || memcmp(text + b - n, w, n) != 0)
			continue;
		if (n <= 3 && n < b - a)
			continue;
		if (b - a >= sizeof than - 1 &&
		    memcmp(text + b - (sizeof than - 1), than, sizeof than - 1) == 0)
			continue;
		return 1;
	}
	return 0;
}

/* Whether the blank before TEXT[I] (a run of them from B on) sets off
 * a number, a Latin word or a bracket inside a clause: the character on
 * either side of it is not Thai ("ขึ้นอีก 5 บาท"), a quotation's close
 * counting as the letter before it (else every clause after one would
 * be scanned to the paragraph's end). */
static int blank_inside(const splitter *sp, size_t b, size_t i)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	uint32_t x, y;
	size_t p;

	if (b <= sp->sent || i >= sp->end)
		return 0;
	p = prev_char(sp->text, sp->sent, b);
	u8_decode(s + p, b - p, &x);
	if (is_closer(x) && x != ')' && x != ']' && p > sp->sent) {
		size_t q = prev_char(sp->text, sp->sent, p);
		u8_decode(s + q, p - q, &x);   /* a quotation's close: as in */
	}                                      /* space_ends_at */
	u8_decode(s + i, sp->end - i, &y);
	return lang_script_of(x) != sp->lang->script ||
	       lang_script_of(y) != sp->lang->script;
}

/* Where the clause that ends at I starts: back to a blank between Thai
 * characters, or the sentence's start. */
static size_t clause_start(const splitter *sp, size_t i)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t a = i, b;

	for (;;) {
		while (a > sp->sent && !is_ascii_space(s[a - 1]))
			a--;
		for (b = a; b > sp->sent && is_ascii_space(s[b - 1]); b--)
			;
		if (b == a || !blank_inside(sp, b, a))
			return a;
		a = b;
	}
}

/* Where the clause that starts at J ends: on to a blank between Thai
 * characters, or the sentence's end. */
static size_t clause_end(const splitter *sp, size_t j)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t b = j, a;

	for (;;) {
		while (b < sp->end && !is_ascii_space(s[b]))
			b++;
		for (a = b; a < sp->end && is_ascii_space(s[a]); a++)
			;
		if (a == b || a >= sp->end || !blank_inside(sp, b, a))
			return b;
		b = a;
	}
}

/* Whether TEXT[A..B), a clause of a sentence, may end one: it is longer
 * than a word, and its last word needs nothing more. */
static int clause_may_end(const splitter *sp, size_t a, size_t b)
{
	return thai_consonants(sp->text, a, b) >= CLAUSE_CONSONANTS &&
	       !closes_with(&sp->lang->dangling, sp->text, a, b);
}

/* Whether TEXT[A..B), a clause, may open a sentence: it is longer than
 * a word, and does not open with one that joins it to the clause
 * before. */
static int clause_may_open(const splitter *sp, size_t a, size_t b)
{
	return thai_consonants(sp->text, a, b) >= CLAUSE_CONSONANTS &&
	       !opens_with(&sp->lang->joiners, sp->text, a, b, 0);
}

/* Whether the blank TEXT[I..J) ends a sentence of a language that
 * writes no stops (lang.space_ends): a letter of its script, or a
 * quotation's close after one, before it; a letter of its script after
 * it; no sign that the word goes on on either side (Thai's ๆ repeats
 * the word before it, ฯ shortens it, and a space follows both; the
 * Royal Institute sets a space before ๆ too: บ่อย ๆ); and clauses on
 * both sides that may end and open a sentence. */
static int space_ends_at(const splitter *sp, size_t i, size_t j)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t p;
	uint32_t before, after, last;

	if (i <= sp->sent || j >= sp->end || j < sp->quote_end)
		return 0;
	p = prev_char(sp->text, sp->sent, i);
	u8_decode(s + p, i - p, &before);
	u8_decode(s + j, sp->end - j, &after);
	/* After a quotation, not after brackets: a remark in brackets
	 * stands inside its clause more often than at its end. */
	if (is_closer(before) && before != ')' && before != ']' &&
	    p > sp->sent) {
		size_t q = prev_char(sp->text, sp->sent, p);
		u8_decode(s + q, p - q, &last);
	} else {
		last = before;
	}
	if (last == 0xE46 || last == 0xE2F || after == 0xE46 ||
	    lang_script_of(last) != sp->lang->script ||
	    lang_script_of(after) != sp->lang->script ||
	    !(cp_class(last) & C_ALNUM) || !(cp_class(after) & C_ALNUM))
		return 0;
	return clause_may_end(sp, clause_start(sp, i), i) &&
	       clause_may_open(sp, j, clause_end(sp, j));
}

#endif /* SUMM_CLAUSES_H */
