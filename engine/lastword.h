/*
 * lastword.h - the splitter's questions about the word before a period
 * (see sentences.c): a title, an abbreviation (an initial, hyphenated
 * or not, a letter alone in Arabic and Hebrew, a syllable of the Indian
 * scripts, a dotted acronym, one of the language's lists, an English
 * one in Latin letters; not a unit after the degree sign), and for
 * abbrev.c which kind it is: one
 * that closes its phrase, a unit after a number, a dotted acronym, an
 * initial, one in lower case; and whether a number may open a sentence
 * after it.  Each reads the paragraph through the splitter's state
 * (splitter.h) and says yes, no or which.
 *
 * Only sentences.c includes it, as quotes.h and numbers.h: static, so
 * that the splitter has them inline.
 */
#ifndef SUMM_LASTWORD_H
#define SUMM_LASTWORD_H

#include "abbrev.h"
#include "chars.h"
#include "splitter.h"
#include "words.h"

#include <string.h>

/* Whether the word TEXT[W..T0) is in Latin letters in a text of a
 * script without case: English abbreviations and titles come so into
 * any text ("Apple Inc." in Hebrew, "Dr." before a Sinhala name), where
 * no case after them tells a sentence's start.  (In Cyrillic or Greek
 * text a capital after one does.)  Sets *UPPER when it is capitalised. */
static int latin_in_caseless(const splitter *sp, size_t w, size_t t0,
                             int *upper)
{
	enum lang_script sc = sp->lang->script;
	size_t n;
	int cls;

	if (sc == SCRIPT_LATIN || sc == SCRIPT_CYRILLIC || sc == SCRIPT_GREEK ||
	    sc == SCRIPT_ARMENIAN ||
	    lang_script_of((unsigned char)sp->text[w]) != SCRIPT_LATIN ||
	    !((cls = class_at(sp->text, t0, w, &n)) & (C_UPPER | C_LOWER)))
		return 0;
	*upper = (cls & C_UPPER) != 0;
	return 1;
}

/* Whether the word TEXT[W..T0) (folded as KEY, K bytes) is an English
 * abbreviation in Latin letters in a text of a script without case. */
static int foreign_latin_abbreviation(const splitter *sp, size_t w,
                                      size_t t0, const char *key, size_t k)
{
	int upper;

	return latin_in_caseless(sp, w, t0, &upper) &&
	       (in_word_list(&lang_en.lower_abbrevs, key, k) ||
	        (upper && in_word_list(&lang_en.abbrevs, key, k)));
}

/* Whether the word TEXT[W..T0) (folded as KEY, K bytes) is a title
 * before a name: one of the language's, or a capitalised English one
 * in Latin letters in a text of a script without case. */
static inline int is_title(const splitter *sp, size_t w, size_t t0,
                           const char *key, size_t k)
{
	int upper;

	return in_word_list(&sp->lang->titles, key, k) ||
	       (latin_in_caseless(sp, w, t0, &upper) && upper &&
	        in_word_list(&lang_en.titles, key, k));
}

/* Whether TEXT[A..B) is a number: digits, with periods, commas or
 * colons between them ("2,4", "15.04.2024", a time's "16:00"), or a
 * range of two, an en dash between them ("3–4"; one with a hyphen
 * may be a year's span before an era cut in two, "2480-2550 ق. م"),
 * or a Roman numeral of I, V and X (a century, "XV w.", or a ruler's
 * number). */
static int number_token(const char *text, size_t a, size_t b)
{
	size_t i = a;

	while (i < b && (text[i] == 'I' || text[i] == 'V' || text[i] == 'X'))
		i++;
	if (i == b && b - a <= 5)
		return a < b;
	for (i = a; i < b; i++) {
		if (i > a && i + 3 < b && memcmp(text + i, "\xE2\x80\x93", 3) == 0 &&
		    text[i - 1] >= '0' && text[i - 1] <= '9') {
			i += 2;                /* the en dash's bytes */
			continue;
		}
		if (!((text[i] >= '0' && text[i] <= '9') ||
		      (i > a && i + 1 < b &&
		       (text[i] == '.' || text[i] == ',' || text[i] == ':'))))
			return 0;
	}
	return a < b;
}

/* The token before the one at W, past the blanks between: sets *A and
 * *B to it and returns 1, or returns 0 when none is there. */
static int token_before(const splitter *sp, size_t w, size_t *a, size_t *b)
{
	const unsigned char *s = (const unsigned char *)sp->text;

	*b = w;
	while (*b > sp->sent && s[*b - 1] == ' ')
		--*b;
	if (*b == w || *b == sp->sent)
		return 0;
	for (*a = *b; *a > sp->sent && s[*a - 1] != ' '; --*a)
		;
	return 1;
}

/* Whether the word at W follows a number, as a unit or a year's mark
 * does: "2,4 proc.", "15.04.2024 r.", or through a unit of the
 * language's in lower case, "200 млн руб.", "40 mio. kr.". */
static int after_number(const splitter *sp, size_t w)
{
	char key[MAX_KEY];
	size_t a, b, e, n;

	for (int hop = 0; token_before(sp, w, &a, &b); hop++, w = a) {
		if (number_token(sp->text, a, b))
			return 1;
		e = b - (sp->text[b - 1] == '.');
		if (hop > 0 || e == a ||
		    !(class_at(sp->text, e, a, &n) & C_LOWER) ||
		    !in_word_list(&sp->lang->lower_abbrevs, key,
		                  summ_fold_word(sp->text, a, e, key)))
			return 0;
	}
	return 0;
}

/* Whether CP, of the blocks of the Indian scripts from Devanagari to
 * Malayalam, is a sign that joins the letter before it (a vowel sign,
 * the virama, the anusvara): the blocks share one layout, where these
 * are at the same places. */
static int indic_sign(uint32_t cp)
{
	uint32_t at = cp & 0x7F;

	return (at >= 0x01 && at <= 0x03) || at == 0x3C ||
	       (at >= 0x3E && at <= 0x4D) || (at >= 0x55 && at <= 0x57) ||
	       at == 0x62 || at == 0x63;
}

/* The script of KEY (LEN bytes) if it is one syllable of an Indian
 * script from Devanagari to Malayalam: a letter and the signs that join
 * it (ஜெ, ರಾ, ति); else SCRIPT_OTHER. */
static enum lang_script indic_syllable(const char *key, size_t len)
{
	const unsigned char *s = (const unsigned char *)key;
	enum lang_script sc;
	uint32_t cp;
	size_t i;

	if (len < 3 || s[0] != 0xE0 || s[1] < 0xA4 || s[1] > 0xB5)
		return SCRIPT_OTHER;           /* U+0900 to U+0D7F */
	i = u8_decode(s, len, &cp);
	if (indic_sign(cp))
		return SCRIPT_OTHER;
	sc = lang_script_of(cp);
	for (uint32_t base = cp & ~0x7Fu; i < len;) {
		i += u8_decode(s + i, len - i, &cp);
		if ((cp & ~0x7Fu) != base || !indic_sign(cp))
			return SCRIPT_OTHER;
	}
	return sc;
}

/* Whether KEY (LEN bytes) is one syllable of Bengali, Tamil, Telugu,
 * Kannada or Malayalam.  A name's initial is written so and, where the
 * period ends sentences (Tamil, Telugu, Kannada, Malayalam; Bengali's
 * end at the danda), no verb that ends one is a syllable alone.  (Not
 * Gujarati, whose છે. ends most sentences, nor Devanagari's है.; for
 * them see syllable_chain.) */
static int initial_syllable(const char *key, size_t len)
{
	enum lang_script sc = indic_syllable(key, len);

	return sc == SCRIPT_BENGALI || sc == SCRIPT_TAMIL ||
	       sc == SCRIPT_TELUGU || sc == SCRIPT_KANNADA ||
	       sc == SCRIPT_MALAYALAM;
}

/* Whether the syllable alone TEXT[W..T0) of an Indian script, before
 * its period, is one of a name's initials written in a row ("अ. ना.
 * देशपांडे", "पु. ल."): a syllable alone with its period stands right
 * before or after it, as no two sentences of a syllable each do. */
static int syllable_chain(const splitter *sp, size_t w, size_t t0)
{
	const char *text = sp->text;
	size_t a, b, i = t0 + 1, j;

	if (indic_syllable(text + w, t0 - w) == SCRIPT_OTHER)
		return 0;
	if (token_before(sp, w, &a, &b) && b - a > 1 && text[b - 1] == '.' &&
	    indic_syllable(text + a, b - 1 - a) != SCRIPT_OTHER)
		return 1;
	if (i >= sp->end || text[i] != ' ')
		return 0;
	while (i < sp->end && text[i] == ' ')
		i++;
	for (j = i; j < sp->end && text[j] != ' ' && text[j] != '.'; j++)
		;
	return j < sp->end && text[j] == '.' &&
	       indic_syllable(text + i, j - i) != SCRIPT_OTHER;
}

/* Whether the letter alone TEXT[W..T0), of a script without case, is a
 * name's initial: Arabic and Hebrew write their words of one letter (و,
 * ب; ו, ה) joined to the next word, and the other languages of their
 * scripts write theirs apart but never at a sentence's end (Persian and
 * Urdu و "and", Yiddish א "a"), so a letter alone before a period is an
 * initial ("ت. س. إليوت", "י. לוי"), unless a number stands before it,
 * whose unit or era it is ("1990 م."). */
static int caseless_initial(const splitter *sp, size_t w, size_t t0)
{
	uint32_t cp;
	enum lang_script sc;

	if (w > sp->sent && !is_ascii_space((unsigned char)sp->text[w - 1]))
		return 0;                    /* "בע\"מ.": an abbreviation's end */
	u8_decode((const unsigned char *)sp->text + w, t0 - w, &cp);
	sc = lang_script_of(cp);
	return (sc == SCRIPT_ARABIC || sc == SCRIPT_HEBREW) &&
	       !after_number(sp, w);
}

/* Whether the folded word KEY (K bytes) has a vowel of the Latin
 * alphabet (with y). */
static int has_vowel(const char *key, size_t k)
{
	for (size_t i = 0; i < k; i++)
		if ((unsigned char)key[i] >= 0x80 || strchr("aeiouy", key[i]))
			return 1;
	return 0;
}

/* Whether TEXT[W..T0) is in capitals, A to Z: an acronym ("SPD"), a
 * word of its own. */
static int all_capitals(const char *text, size_t w, size_t t0)
{
	for (size_t i = w; i < t0; i++)
		if (text[i] < 'A' || text[i] > 'Z')
			return 0;
	return 1;
}

/* Whether the word TEXT[W..T0), folded as KEY (K bytes), is an
 * abbreviation before the period at T0: a dotted acronym (U.S., e.g.), a
 * single letter of a script with case (an initial), or one of the
 * language's abbreviations (written with a capital unless it is one of
 * those also written in lower case), an English one in Latin letters
 * in a text of a script without case, or, where every noun is
 * capitalised, a unit cut to its consonants after a number. */
static int is_abbreviation(const splitter *sp, size_t w, size_t t0,
                           const char *key, size_t k)
{
	size_t n;

	/* A letter after the degree sign is a unit's symbol ("200°C."),
	 * which takes no period of its own. */
	if (w >= sp->sent + 2 && (unsigned char)sp->text[w - 2] == 0xC2 &&
	    (unsigned char)sp->text[w - 1] == 0xB0)
		return 0;
	/* A letter after a colon inside a word is a case's ending, as
	 * Finnish and Swedish join one to an abbreviation or a number
	 * ("Oy:n.", "EU:s", "1990:n"): no initial. */
	if (w >= sp->sent + 2 && sp->text[w - 1] == ':' &&
	    (class_at(sp->text, w, prev_char(sp->text, sp->sent, w - 1), &n) &
	     C_ALNUM))
		return 0;
	/* A letter alone is an initial in a script with case, and in
	 * Arabic and Hebrew but after a number (see caseless_initial); in
	 * other scripts without case it ends sentences as often, but for a
	 * syllable of the Indian scripts of the south. */
	if ((summ_utf8_length(key, k) == 1 &&
	     (!(class_at(sp->text, t0, w, &n) & C_CASELESS) ||
	      caseless_initial(sp, w, t0))) ||
	    memchr(key, '.', k) ||
	    ((unsigned char)key[0] == 0xE0 &&
	     (initial_syllable(key, k) || syllable_chain(sp, w, t0))))
		return 1;
	if (in_word_list(&sp->lang->lower_abbrevs, key, k))
		return 1;
	if ((class_at(sp->text, t0, w, &n) & C_UPPER) &&
	    in_word_list(&sp->lang->abbrevs, key, k))
		return 1;
	/* Where every noun is capitalised, so is a unit after a number,
	 * which no capital after it shows to end a sentence ("1 Pck.
	 * Backpulver", "3 Std. Fahrt"): a unit is cut to its consonants,
	 * and every word has a vowel. */
	if (sp->lang->nouns_capitalised && k <= 4 && !has_vowel(key, k) &&
	    (class_at(sp->text, t0, w, &n) & C_UPPER) &&
	    !all_capitals(sp->text, w, t0) && after_number(sp, w))
		return 1;
	return foreign_latin_abbreviation(sp, w, t0, key, k);
}

/* Whether the single letter at W is an initial of a name: at the start
 * of the sentence, or after a word that is not in lower case ("Arthur
 * D.", "J. R. R."); after a lower-case word or a number it is a letter
 * used as a word ("vitamin D.", "image E."), which may end a sentence. */
static int initial_of_name(const splitter *sp, size_t w)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t k = w, n;

	if (!(class_at(sp->text, sp->end, w, &n) & C_UPPER))
		return 0;
	while (k > sp->sent && is_ascii_space(s[k - 1]))
		k--;
	if (k == sp->sent)
		return 1;
	if (k == w)                          /* "Helen's.", but "J.-P." */
		return w >= sp->sent + 3 && s[w - 1] == '-' && s[w - 2] == '.';
	while (k > sp->sent && !is_ascii_space(s[k - 1]))
		k = prev_char(sp->text, sp->sent, k);
	return !(class_at(sp->text, w, k, &n) & (C_LOWER | C_DIGIT));
}

/* Whether the sentence so far, up to the time at W, is only a phrase
 * of a preposition, function words and numbers ("At 5 a.m.", "By
 * about 10:30 p.m."): a
 * fronted adverbial with no verb, which cannot be a sentence, so that
 * the time goes on into the clause it modifies ("At 5 a.m. Mr. Smith
 * went out"), where after a clause it would end one ("he left at 6
 * p.m. Mr. Smith stayed"). */
static int fronted_time(const splitter *sp, size_t w)
{
	size_t pos = sp->sent, ws, we, words = 0;
	char key[MAX_KEY + 8];

	while (summ_next_word(sp->text, w, &pos, &ws, &we) && we <= w) {
		size_t k = summ_fold_word(sp->text, ws, we, key);
		/* A preposition first ("At", "By": a word that cannot end a
		 * phrase), then function words and numbers: "It was 2:30
		 * a.m." is a clause. */
		if (++words > 4 ||
		    !in_word_list(words == 1 ? &sp->lang->dangling :
		                  &sp->lang->stopwords, key, k)) {
			if (words == 1 || !((key[0] >= '0' && key[0] <= '9') ||
			                    number_token(sp->text, ws, we)))
				return 0;
		}
	}
	return words > 0;
}

/* The most parts before the last of an abbreviation written apart that
 * closes_phrase joins ("т. с. с.": two). */
#define SPACED_PARTS 3

/* Whether a part of an abbreviation written apart ends before the word
 * at TEXT[W]: a word of at most three letters, with its period and a
 * space, at the sentence's start or after a blank ("т. " before "д.").
 * Sets *A and *B to its letters. */
static int spaced_part_before(const splitter *sp, size_t w, size_t *a,
                              size_t *b)
{
	const char *text = sp->text;
	size_t i, n;

	if (w < sp->sent + 3 || text[w - 1] != ' ' || text[w - 2] != '.')
		return 0;
	*b = w - 2;
	for (i = *b; *b - i <= 12 && i > sp->sent &&
	             (class_at(text, *b, prev_char(text, sp->sent, i), &n) & C_LETTER);)
		i = prev_char(text, sp->sent, i);
	*a = i;
	return i < *b && summ_utf8_length(text + i, *b - i) <= 3 &&
	       (i == sp->sent || is_ascii_space((unsigned char)text[i - 1]));
}

/* Whether the abbreviation TEXT[W..), folded as KEY (K bytes), closes
 * its phrase (lang.phrase_ends: a list's "и т. д.", a year's era "a.C."):
 * as it is listed ("т.д"), or as its letters are written apart ("т.
 * д.", "т. с. с."): a letter, and before it parts of at most three
 * letters (see spaced_part_before), joined with periods from the
 * nearest on and looked up at each step. */
static int closes_phrase(const splitter *sp, size_t w, const char *key,
                         size_t k)
{
	char joined[2 * MAX_KEY + 8], part[MAX_KEY + 8];
	size_t at = sizeof joined - k, a, b, m;

	if (in_word_list(&sp->lang->phrase_ends, key, k))
		return 1;
	if (summ_utf8_length(key, k) != 1 || !spaced_part_before(sp, w, &a, &b))
		return 0;
	memcpy(joined + at, key, k);
	for (int parts = 1;; parts++) {
		m = summ_fold_word(sp->text, a, b, part);
		if (m == 0 || sizeof joined - at + 1 + m > MAX_KEY)
			return 0;
		joined[--at] = '.';
		at -= m;
		memcpy(joined + at, part, m);
		if (in_word_list(&sp->lang->phrase_ends, joined + at,
		                 sizeof joined - at))
			return 1;
		if (parts == SPACED_PARTS || !spaced_part_before(sp, a, &a, &b))
			return 0;
	}
}

/* Whether the word at TEXT[I] is one of the language's abbreviations
 * written in lower case. */
static int lower_abbreviation_at(const splitter *sp, size_t i)
{
	char key[MAX_KEY + 8];

	return in_word_list(&sp->lang->lower_abbrevs, key,
	                    word_key_at(sp->text, i, sp->end, key));
}

/* Whether the abbreviation TEXT[W..), folded as KEY (K bytes), after a
 * number is its unit and closes its phrase (abbrev.c, step 9).  Without
 * a dictionary, any: a name seldom follows a quantity where nouns are
 * in lower case.  With one (English), the dictionary's evidence serves
 * every abbreviation but those in lower case, which it reads as
 * standing before what they qualify (step 8): true of "vs." and "cf."
 * (lang.dangling lists them with the prepositions), not of a unit
 * ("6 ft. High winds", "at 90 mph. Police said"). */
static int unit_after_number(const splitter *sp, size_t w, const char *key,
                             size_t k)
{
	const lang *lg = sp->lang;
	size_t n;

	if (lg->common.n > 0 &&
	    (!(class_at(sp->text, sp->end, w, &n) & C_LOWER) ||
	     !in_word_list(&lg->lower_abbrevs, key, k) ||
	     in_word_list(&lg->dangling, key, k)))
		return 0;
	return !lg->nouns_capitalised && !lg->place_by_case &&
	       after_number(sp, w) && !fronted_time(sp, w);
}

/* What kind of abbreviation the word TEXT[W..), folded as KEY (K bytes),
 * is, for opens_sentence: one that closes its phrase, a unit or year's
 * mark after a number where that closes one too (unit_after_number), a
 * dotted acronym ("U.S.", "e.g."), an initial of a name, one in lower
 * case ("vs."), or one that may close a name. */
static int abbreviation_kind(const splitter *sp, size_t w, const char *key,
                             size_t k)
{
	size_t n;

	if (closes_phrase(sp, w, key, k))
		return AFTER_PHRASE_END;
	if (unit_after_number(sp, w, key, k))
		return AFTER_QUANTITY;
	if (memchr(key, '.', k))
		return AFTER_DOTTED;
	if (summ_utf8_length(key, k) == 1)
		return initial_of_name(sp, w) ? AFTER_INITIAL : AFTER_NAME_END;
	return class_at(sp->text, sp->end, w, &n) & C_LOWER ? AFTER_PREPOSITIVE
	                                                   : AFTER_NAME_END;
}

/* Whether the folded word KEY (K bytes) ends in an abbreviation of two
 * letters or more of LG that it is longer than: a compound cut short,
 * where compounds are written as one word (lang.compounds: "Hauptstr."
 * for Hauptstraße, "Kundennr." for Kundennummer; elsewhere "gobierno"
 * is no "no."). */
static int compound_cut_short(const lang *lg, const char *key, size_t k)
{
	for (size_t i = 1; i + 2 <= k; i++)
		if (((unsigned char)key[i] & 0xC0) != 0x80 &&
		    summ_utf8_length(key + i, k - i) >= 2 &&
		    (in_word_list(&lg->abbrevs, key + i, k - i) ||
		     in_word_list(&lg->lower_abbrevs, key + i, k - i)))
			return 1;
	return 0;
}

/* Whether the folded word KEY (K bytes) ends in a vowel of the Latin,
 * Cyrillic or Greek alphabet: a word cut short is cut before a vowel
 * ("Prof.", "тыс."), and those that keep one at their end are
 * contractions of four letters or fewer ("para.", "Avda.", "Ltda."). */
static int ends_in_vowel(const char *key, size_t k)
{
	static const char vowels[] =
		"aeiouàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįıōőœūůűų"
		"аеёиоуыэюяіїєαεηιουωάέήίόύώϊϋ";
	size_t p = k;
	char c[5] = { 0 };

	while (p > 0 && ((unsigned char)key[p - 1] & 0xC0) == 0x80)
		p--;
	if (p > 0)
		p--;
	if (k - p > 4)
		return 0;
	memcpy(c, key + p, k - p);
	return strstr(vowels, c) != NULL;
}

/* Whether the period at T0 follows a word TEXT[W..T0) (folded as KEY, K
 * bytes) that is no abbreviation.  News opens many a sentence with a
 * number ("... en quarantaine. 181 personnes", "ekliyorum. 22
 * Mart'taki", "in the region. 1,200 homes"; English style would spell
 * it out, but English news does not always).  Before one, an abbreviation
 * stands far more often ("p. 45", "pag. 12", "3 févr. 1990"), so the
 * word must show it is none: no list has it, nor its end (above), and
 * it is too long for one ("la France. 509 décès"; an abbreviation cuts
 * its word to five letters or fewer: of the some 3,000 in lang/, four
 * in scripts with case are longer, "approx", "paeddr"), or it has three
 * letters or more and the document writes it nearby without a period
 * ("dimanche soir. 82 départements", where the text also has "samedi
 * soir et"): an abbreviation always has its period; or it has five
 * letters or more and ends in a vowel (see ends_in_vowel: "the whole
 * state. 1,400", "в школі. 300"). */
static int word_before_number(const splitter *sp, size_t t0, size_t w,
                              const char *key, size_t k)
{
	size_t n, chars;
	unsigned cls;

	if (w >= t0)
		return 0;
	cls = class_at(sp->text, t0, w, &n);
	chars = summ_utf8_length(sp->text + w, t0 - w);
	if (!(cls & (C_LOWER | C_UPPER)) || chars < 3 ||
	    memchr(sp->text + w, '.', t0 - w) ||
	    (k && (is_abbreviation(sp, w, t0, key, k) ||
	           (sp->lang->compounds &&
	            compound_cut_short(sp->lang, key, k)))))
		return 0;
	return chars >= 6 || (chars >= 5 && ends_in_vowel(key, k)) ||
	       written_bare(sp->doc, w, t0);
}

/* Whether a number may open a sentence after the terminator at T0,
 * after the word TEXT[W..T0) (folded as KEY, K bytes; W is T0 but after
 * a single period): see ends_sentence. */
static int number_may_open(const splitter *sp, size_t t0, size_t w,
                           const char *key, size_t k)
{
	const char *text = sp->text;
	size_t p, n;

	if ((unsigned char)text[t0] >= 0x80)
		return 1;                      /* ። ։ । ؟ ... */
	if (t0 <= sp->sent)
		return 0;
	p = prev_char(text, sp->sent, t0);
	if (class_at(text, t0, p, &n) != C_CASELESS)
		return word_before_number(sp, t0, w, key, k);
	if (w == t0)                           /* "? 9시" */
		return 1;
	return summ_utf8_length(text + w, t0 - w) > 1 &&
	       !(k && is_abbreviation(sp, w, t0, key, k));
}

#endif /* SUMM_LASTWORD_H */
