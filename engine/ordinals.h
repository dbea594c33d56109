/*
 * ordinals.h - numbers written with a period where a language writes
 * its ordinals so ("am 3. Oktober", "II. Dünya Savaşı"): whether the
 * period is the ordinal's, and the sentence goes on, or a cardinal's
 * ("Rang 4. Max"), which may end it.  And the two looks at the word
 * after a stop that the splitter shares with them.  Included by
 * sentences.c.
 */
#ifndef SUMM_ORDINALS_H
#define SUMM_ORDINALS_H

#include "chars.h"
#include "lastword.h"
#include "splitter.h"
#include "words.h"

#include <string.h>

/* Whether the word at I is a stopword of the paragraph's language. */
static int stopword_at(const splitter *sp, size_t i)
{
	char key[MAX_KEY];
	size_t k = word_key_at(sp->text, i, sp->end, key);

	return k > 0 && in_word_list(&sp->lang->stopwords, key, k);
}

/* Whether the word at I has a capitalised word right after it, a space
 * between: a name that goes on ("Puchar Polski", "Dünya Savaşı"). */
static int name_goes_on(const splitter *sp, size_t i)
{
	size_t pos = i, ws, we, n;

	if (!summ_next_word(sp->text, sp->end, &pos, &ws, &we))
		return 0;
	for (n = 0; we < sp->end && is_ascii_space((unsigned char)sp->text[we]);
	     we++)
		n++;
	return n > 0 && we < sp->end &&
	       (class_at(sp->text, sp->end, we, &n) & C_UPPER);
}

/* Whether the number at W is a label's, a cardinal: after a noun or an
 * abbreviation that names what it counts ("Rang 4", "Nr. 523", "Gleis
 * 9"), where an ordinal stands after an article or a preposition, a
 * stopword ("am 3. Oktober", "der 17. Platz"), or opens its sentence,
 * or follows its first word ("Maçı 3. Lig takımı kazandı"). */
static int labels_number(const splitter *sp, size_t w)
{
	size_t a, b, n;

	if (!token_before(sp, w, &a, &b))
		return 0;
	if (sp->text[b - 1] == '.')             /* "Nr.", not "bzw.", "u.a." */
		return b - a > 1 && (class_at(sp->text, b, a, &n) & C_UPPER) &&
		       !memchr(sp->text + a, '.', b - 1 - a);
	/* (The first word's capital is the sentence's, and a capital shows
	 * a noun only where every noun has one; elsewhere a name: "Budapest
	 * XI. kerület".) */
	return sp->lang->nouns_capitalised && a > sp->sent &&
	       (class_at(sp->text, b, a, &n) & C_UPPER) &&
	       (class_at(sp->text, b, prev_char(sp->text, a, b), &n) & C_LETTER) &&
	       !stopword_at(sp, a);
}

/* Whether a number written with a period as an ordinal goes on in its
 * sentence, the number at W before the word at I: in a language that
 * writes ordinals so, before the capital of a name that goes on, or, in
 * German and Turkish (see lang.h), before any word that is no stopword;
 * not a label's number, but for a day's before its month. */
static int ordinal_goes_on(const splitter *sp, size_t w, size_t i)
{
	char key[MAX_KEY];
	size_t k;

	if (!sp->lang->ordinal_dot ||
	    !(sp->lang->ordinal_any_word ? !stopword_at(sp, i)
	                                 : name_goes_on(sp, i)))
		return 0;
	k = word_key_at(sp->text, i, sp->end, key);
	return !labels_number(sp, w) ||
	       in_word_list(&sp->lang->months, key, k);  /* a day's */
}

/* Whether TEXT[A..B) is a Roman numeral of I, V and X, of six letters
 * at most. */
static int roman_numeral(const char *text, size_t a, size_t b)
{
	size_t i = a;

	while (i < b && (text[i] == 'I' || text[i] == 'V' || text[i] == 'X'))
		i++;
	return i == b && b - a <= 6;
}

#endif /* SUMM_ORDINALS_H */
