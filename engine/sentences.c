/*
 * sentences.c - the splitter.  Takes a paragraph; adds its sentences to
 * the document (offset, length, kind, paragraph), for the tokenizer.
 * Inside a paragraph a sentence ends at . ! ? or an ellipsis, with any
 * closing quotes and brackets, followed by space and a plausible
 * sentence start (not lower case), or with no space before a capital or
 * an Arabic letter (glued_end, glued_arabic_end); at a full-width stop
 * (。！？) with or without space.  After a period the word before it
 * decides, from the document's language (see lang.h): titles (Mr. Dr.
 * Gen.) never end a sentence; other abbreviations (U.S. Inc. Jr. a.m.),
 * initials and dotted acronyms end one only when the capitalised word
 * that follows opens a sentence, as the document and a dictionary show
 * (abbrev.c: "in the U.S. Prices fell", but "the U.S. Army"); a number
 * opening a paragraph or after a bullet is a list marker, and a bullet
 * after a blank opens an item.  A quotation's closing goes on into its
 * attribution or its verb of saying (quotes.h); emoji after a stop stay
 * with its sentence, and a face may end one in place of a stop
 * (emoji.h).  Plain text between stops is passed over 16 bytes at a
 * step.
 */
#include "sentences.h"
#include "abbrev.h"
#include "chars.h"
#include "numbers.h"
#include "emoji.h"
#include "quotes.h"
#include "clauses.h"
#include "splitter.h"
#include "lastword.h"
#include "ordinals.h"
#include "stopscan.h"
#include "words.h"

#include <string.h>

/* Adds the sentence TEXT[START..END), START..END trimmed and at most
 * SENT_MAX bytes, of paragraph PARA (its number among all paragraphs)
 * and of kind KIND.  Returns -1 when out of memory. */
static int push_sentence(summ_doc *d, size_t start, size_t end,
                         size_t para, enum summ_kind kind)
{
	uint64_t high = (uint64_t)start >> SENT_LOW_BITS;
	size_t k = d->nsent;

	while (d->nhigh < high) {
		if (grow(&d->high, &d->high_cap, d->nhigh + 1, sizeof *d->high))
			return -1;
		d->high[d->nhigh++] = k;
	}
	/* The paragraph bits grow with the sentences. */
	if (k == d->sent_cap &&
	    (grow_large(&d->sent, &d->sent_cap, k + 1, sizeof *d->sent) ||
	     grow(&d->para_bits, &d->para_cap, d->sent_cap / 64 + 1,
	          sizeof *d->para_bits)))
		return -1;
	if (k % 64 == 0)
		d->para_bits[k / 64] = 0;
	if (k == 0 || para != d->last_para)
		d->para_bits[k / 64] |= (uint64_t)1 << k % 64;
	d->last_para = para;
	d->sent[k] = (sentence){
		.low = (uint32_t)((uint64_t)start &
		                  (((uint64_t)1 << SENT_LOW_BITS) - 1)),
		.length = (unsigned)(end - start), .kind = (unsigned)kind };
	d->nsent = k + 1;
	return 0;
}

/* Where to cut TEXT[START..) before LIMIT, a sentence too long to keep
 * whole: after the last blank in the second half, else before the
 * character that LIMIT is in (never inside one; a run of continuation
 * bytes longer than a character is invalid, a symbol a byte). */
static size_t long_cut(const char *text, size_t start, size_t limit)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i;

	for (i = limit; i > start + (limit - start) / 2; i--)
		if (is_ascii_space(s[i - 1]))
			return i;
	for (i = limit; i > limit - 3 && i > start + 1 && (s[i] & 0xC0) == 0x80;
	     i--)
		;
	return (s[i] & 0xC0) == 0x80 ? limit : i;
}

/* Adds the sentence TEXT[START..END) of paragraph PARA, trimmed, unless
 * it is empty; one longer than SENT_MAX bytes (512 MiB) is cut into
 * sentences that are not.  Returns -1 when out of memory. */
static int add_sentence(summ_doc *d, size_t start, size_t end,
                        size_t para, enum summ_kind kind)
{
	trim(d->text, &start, &end);
	while (start < end && end - start > SENT_MAX) {
		size_t cut = long_cut(d->text, start, start + SENT_MAX), e = cut;

		trim(d->text, &start, &e);
		if (start < e && push_sentence(d, start, e, para, kind))
			return -1;
		start = cut;
		trim(d->text, &start, &end);
	}
	return start < end ? push_sentence(d, start, end, para, kind) : 0;
}


/* Whether the token at Q (to white space) is a word, not a domain, file
 * name or address: no dot inside it, no slash, at sign or underscore. */
static int plain_word_at(const splitter *sp, size_t q)
{
	const unsigned char *s = (const unsigned char *)sp->text;

	for (size_t i = q; i < sp->end && !is_ascii_space(s[i]); i++)
		if ((s[i] == '.' && i + 1 < sp->end && !is_ascii_space(s[i + 1])) ||
		    s[i] == '/' || s[i] == '@' || s[i] == '_')
			return 0;
	return 1;
}

/* Whether the terminator TEXT[T0..T1), its closing quotes or brackets
 * up to Q, and then a capitalised word with no space between ("the
 * end.Next day", "2020.The", "next?Nobody", "no.\u201DThe") are a sentence
 * end run together, not a domain, file name, URL or abbreviation. */
static int glued_end(const splitter *sp, size_t t0, size_t t1, size_t q)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t n, w;
	char key[MAX_KEY];

	if (q + 2 >= sp->end || !(class_at(text, sp->end, q, &n) & C_UPPER) ||
	    !(class_at(text, sp->end, q + n, &n) & C_LOWER))
		return 0;
	if (t0 == sp->sent || !((s[t0 - 1] >= 'a' && s[t0 - 1] <= 'z') ||
	                        (s[t0 - 1] >= '0' && s[t0 - 1] <= '9') ||
	                        q > t1))
		return 0;
	/* The word before: no dots, slashes or at signs in its token, and
	 * no title or abbreviation ("Gen.Milley"). */
	for (w = t0; w > sp->sent && !is_ascii_space(s[w - 1]); w--)
		if (strchr("./@:_\\", s[w - 1]) && q == t1)
			return 0;
	for (w = t0; w > sp->sent && (class_at(text, t0, prev_char(text,
	     sp->sent, w), &n) & C_ALNUM); w = prev_char(text, sp->sent, w))
		;
	n = summ_fold_word(text, w, t0, key);
	if (n == 0 || is_title(sp, w, t0, key, n) ||
	    (q == t1 && is_abbreviation(sp, w, t0, key, n)))
		return 0;
	return plain_word_at(sp, q);
}

/* Whether the character at TEXT[I] (before END) is a letter of the
 * Arabic script, or with DIGITS a digit; its length in *N. */
static int arabic_at(const char *text, size_t end, size_t i, int digits,
                     size_t *n)
{
	uint32_t cp;

	*n = u8_decode((const unsigned char *)text + i, end - i, &cp);
	return (digits && cp_class(cp) == C_DIGIT) ||
	       (cp_class(cp) == C_CASELESS && lang_script_of(cp) == SCRIPT_ARABIC);
}

/* Whether the period, ! or ? at T0, then an Arabic letter at Q with no
 * space between, are a sentence end run together: Arabic typed as
 * "نوح.و تعني", or with the space on the wrong side of the period,
 * "الخشب .فالعود".  With no capital to show a start, the words tell: the
 * one before is a word or a number of more than one character (not "ق.م",
 * not a title), after a word of the same sentence (not a list marker
 * "1.الفصل"), and the one after has no dot inside (not "ق.م."), slash or
 * at sign.  Arabic alone: where words have no spaces between them
 * (Chinese "巴兹?奥尔德林", a name's dot mangled) a glued stop is no end. */
static int glued_arabic_end(const splitter *sp, size_t t0, size_t q)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t b = t0, w, p, n;
	char key[MAX_KEY];

	if (q >= sp->end || !arabic_at(text, sp->end, q, 0, &n))
		return 0;
	while (b > sp->sent && s[b - 1] == ' ')
		b--;
	/* Past a note or a closing bracket: "(1).واما". */
	while (b > sp->sent && s[b - 1] < 0x80 && is_closer(s[b - 1]))
		b--;
	for (w = b; w > sp->sent; w = p) {
		p = prev_char(text, sp->sent, w);
		if (!arabic_at(text, b, p, 1, &n))
			break;
	}
	if (summ_utf8_length(text + w, b - w) < 2 || w == sp->sent ||
	    s[w - 1] == '.')
		return 0;
	n = summ_fold_word(text, w, b, key);
	if (n > 0 && in_word_list(&sp->lang->titles, key, n))
		return 0;
	return plain_word_at(sp, q);
}

/* The length of the part TEXT[A..B) of a dotted token, in characters
 * (a letter of Cyrillic or Greek is two bytes: "т.е." has no part
 * longer than a letter), or 0 when it is one of the language's
 * abbreviations in lower case, "bl" of "bl.a.", "eks" of "f.eks.":
 * those are no part of a name. */
static size_t dotted_part(const splitter *sp, size_t a, size_t b)
{
	char key[MAX_KEY];
	size_t k, chars;

	/* A part that opens with a hyphen is none of a domain's (no label
	 * does): an initial of a hyphenated name, "J.-P." for Jean-Pierre. */
	if (a < b && sp->text[a] == '-')
		a++;
	chars = summ_utf8_length(sp->text + a, b - a);

	if (chars < 2)
		return chars;
	k = summ_fold_word(sp->text, a, b, key);
	/* A syllable of an Indian script stands for a word as a letter
	 * does ("ई.पू.", BCE; "ਐਸ.ਜੀ.ਪੀ.ਸੀ."). */
	if (k > 0 && indic_syllable(key, k) != SCRIPT_OTHER)
		return 1;
	return k > 0 && in_word_list(&sp->lang->lower_abbrevs, key, k) ? 0
	                                                              : chars;
}

/* Whether every part of the dotted token TEXT[A..T0) opens with a
 * capital (Ph.D., M.Sc.; past a hyphen, "J.-P."). */
static int parts_capitalised(const splitter *sp, size_t a, size_t t0)
{
	size_t n;

	while (a < t0) {
		if (sp->text[a] == '-')
			a++;
		if (a >= t0 || !(class_at(sp->text, t0, a, &n) & C_UPPER))
			return 0;
		while (a < t0 && sp->text[a] != '.')
			a++;
		a++;
	}
	return 1;
}

/* Whether the token that ends at the period T0 (back to white space, or
 * to Chinese or Japanese, which is not spaced from it) is a URL, an
 * e-mail address, or a dotted name with a part longer than a letter
 * that is no abbreviation (example.org, data.v2.csv, Amazon.com; not
 * f.eks.): not an abbreviation.  Nor is one in Latin letters with
 * a capital opening each part (Ph.D., M.Sc.) in a text of a script
 * without case, where no capital after it would show a sentence's
 * start; where case shows it, a degree after a name ends a sentence
 * before a capital ("Siti Rahmawati, Sp.A. Jam ..."), as a host's name
 * does. */
static int is_web_token(const splitter *sp, size_t t0)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t i = t0, part_end = t0, longest = 0, n;
	int dots = 0, upper;

	while (i > sp->sent && !is_ascii_space(s[i - 1]) && s[i - 1] != '(' &&
	       s[i - 1] != '"') {
		unsigned char c = s[i - 1];
		uint32_t cp;
		if (c >= 0x80) {
			size_t p = prev_char(sp->text, sp->sent, i);
			if (u8_decode(s + p, i - p, &cp) && is_spaceless(cp))
				break;
		}
		if (c == '/' || c == '@')
			return 1;
		if (c == '.') {
			dots++;
			if ((n = dotted_part(sp, i, part_end)) > longest)
				longest = n;
			part_end = i - 1;
		}
		i--;
	}
	if (dots == 0)
		return 0;
	if ((n = dotted_part(sp, i, part_end)) > longest)
		longest = n;
	return longest > 1 && !(latin_in_caseless(sp, i, t0, &upper) &&
	                        parts_capitalised(sp, i, t0));
}

/* Whether the word at I is a relative pronoun ("which", "who"). */
static int relative_pronoun_at(const splitter *sp, size_t i)
{
	char key[MAX_KEY];
	size_t k = word_key_at(sp->text, i, sp->end, key);

	return in_word_list(&sp->lang->relatives, key, k);
}

/* Whether CP is a bullet that marks a list item: • ‣ ⁃ ◦ ▪ ●. */
static int is_bullet(uint32_t cp)
{
	return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25E6 ||
	       cp == 0x25AA || cp == 0x25CF;
}

/* Whether only bullets and blanks stand between the start of the
 * sentence and W: a number there is an item's number ("• 3. Buy"),
 * as one opening the paragraph is. */
static int at_item_start(const splitter *sp, size_t w)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t i = sp->sent, n;
	uint32_t cp;

	while (i < w) {
		n = u8_decode(s + i, w - i, &cp);
		if (!is_bullet(cp) && cp != ' ' && cp != '\t')
			return 0;
		i += n;
	}
	return 1;
}

static int is_stop_byte(char c)
{
	return c == '.' || c == '!' || c == '?';
}

/* Whether the bracket opened at OPEN closes before a stop: "...
 * stairways [...]\" (Smith 55)." A stop after the bracket says that
 * what it holds is inside a sentence, the one before it, as a citation
 * or an aside is; a bracketed sentence of its own holds its stop ("(He
 * left.)").  The search ends at the next opening bracket, so no byte is
 * read by two searches. */
static int stop_follows_bracket(const splitter *sp, size_t open)
{
	const char *text = sp->text;
	size_t i;

	for (i = open + 1; i < sp->end; i++) {
		if (text[i] == '(')
			return 0;
		if (text[i] == ')')
			return i + 1 < sp->end && is_stop_byte(text[i + 1]) &&
			       !is_stop_byte(text[i - 1]);
	}
	return 0;
}

/* Whether the terminator TEXT[T0..T1) is an ellipsis of three periods
 * set with spaces (". . ."): by the usual rule of style (Chicago, MLA)
 * it marks words left out inside a sentence, and four (". . . .") mark
 * them at its end; terminators_end reads both whole. */
static int spaced_ellipsis(const char *text, size_t t0, size_t t1)
{
	return t1 - t0 == 5 && memcmp(text + t0, ". . .", 5) == 0;
}

/* Whether the sentence being read opens with a dash, as a line of
 * dialogue does in Russian, French, Spanish and other languages. */
static int dialogue_line(const splitter *sp)
{
	uint32_t cp;

	u8_decode((const unsigned char *)sp->text + sp->sent,
	          sp->end - sp->sent, &cp);
	return cp == 0x2014 || cp == 0x2013;
}

/* Whether the stop of another script at T0 (is_script_stop, or ፡፡),
 * with a letter right after its closers at Q and no space, ends a
 * sentence: ։ ። । and the like end nothing else ("ሞላ።ነዋሪዎቹ"); but
 * Urdu's ۔ is an abbreviation's point too ("ایم۔اے"), and the Greek
 * question mark a semicolon's twin. */
static int glued_script_stop(const splitter *sp, size_t t0, size_t q)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	uint32_t cp;
	size_t n;

	if (s[t0] < 0x80 || q >= sp->end)
		return 0;
	u8_decode(s + t0, sp->end - t0, &cp);
	return (is_script_stop(cp) || cp == 0x1361) && cp != 0x6D4 &&
	       cp != 0x37E && (class_at(sp->text, sp->end, q, &n) & C_LETTER);
}

/* Where the word before a period goes on back to when the character at
 * P, before its part W to T0 - 1, is no letter: across an apostrophe,
 * if that part is a letter alone, which ends a word ("yo'q.", "isn't.")
 * and is no initial; a longer part is a word of its own after an elided
 * article ("L'avv.", "dell'on.").  Returns W where the word stops.  The
 * cheap tests first: every word before a period comes here. */
static size_t across_apostrophe(const splitter *sp, size_t p, size_t w,
                                size_t t0)
{
	const unsigned char *s = (const unsigned char *)sp->text;

	if ((s[p] != '\'' && s[p] < 0x80) || t0 - w > 4 ||
	    summ_utf8_length(sp->text + w, t0 - w) != 1)
		return w;
	return apostrophe_before(sp->text, sp->sent, w);
}

/* Whether the title TEXT[W..T0) is written in capitals, and a function
 * word follows it, not in capitals: no name, which a title stands
 * before, so an acronym or a state's code ("Jackson, MS. The family
 * moved"), which may end a sentence.  ("DR. SMITH" is a title in a
 * text in capitals, "MS. Jones" one typed so.) */
static int capitals_alone(const splitter *sp, size_t w, size_t t0,
                          size_t next)
{
	const char *text = sp->text;

	if (t0 - w < 2)
		return 0;
	for (size_t i = w; i < t0; i++)
		if (text[i] < 'A' || text[i] > 'Z')
			return 0;
	return next + 1 < sp->end && text[next + 1] >= 'a' &&
	       text[next + 1] <= 'z' && stopword_at(sp, next);
}

/* Whether the title TEXT[W..T0) (folded as KEY, K bytes), followed by
 * the text at NEXT, stands before a name here: not in capitals before a
 * function word (capitals_alone), nor in lower case after a number,
 * where it is a unit ("a peak of 900 ms. The median"), or where the
 * language's dictionary knows it as a word ("the class reps. So far"). */
static int title_here(const splitter *sp, size_t w, size_t t0,
                      const char *key, size_t k, size_t next)
{
	size_t n;

	if (!is_title(sp, w, t0, key, k) || capitals_alone(sp, w, t0, next))
		return 0;
	return !(class_at(sp->text, t0, w, &n) & C_LOWER) ||
	       !(after_number(sp, w) ||
	         word_class(&sp->lang->common, key, k) != COMMON_NONE);
}

/* Whether the terminator TEXT[T0..T1) is an ellipsis: … or two periods
 * or more. */
static int trails_off(const char *text, size_t t0, size_t t1)
{
	return (t1 - t0 >= 2 && text[t0] == '.' && text[t0 + 1] == '.') ||
	       (t1 - t0 >= 3 && memcmp(text + t0, "\xE2\x80\xA6", 3) == 0);
}

/* Whether the word at TEXT[I] (before END), which opens in lower case,
 * has a capital further in: a name that keeps its small first letter at
 * the head of a sentence too ("eBay", "iPhone", "mRNA"), so a sentence
 * may open with it. */
static int capital_inside(const char *text, size_t i, size_t end)
{
	size_t n;
	unsigned cls;

	while (i < end && ((cls = class_at(text, end, i, &n)) & C_ALNUM)) {
		if (cls & C_UPPER)
			return 1;
		i += n;
	}
	return 0;
}

/* Decides whether the terminator TEXT[T0..T1) (periods, ! ?, Greek ;, an
 * ellipsis), followed after space by the text at NEXT, ends a sentence. */
static int ends_sentence(const splitter *sp, size_t t0, size_t t1,
                         size_t next)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t end = sp->end, i = next, n, w, k, klen, clitic = end;
	marker m;
	uint32_t cp;
	char key[MAX_KEY];
	int lower_name;
	/* Urdu's full stop ۔ is an abbreviation's point too (ایم۔ اے). */
	int period = (t1 - t0 == 1 && text[t0] == '.') ||
	             (t1 - t0 == 2 && s[t0] == 0xDB && s[t0 + 1] == 0x94);

	if (period && sp->mijaket)             /* see reads_mijaket */
		return 0;

	/* Find the word before a single period (ASCII a byte at a step),
	 * over its letters, digits and periods, and across an apostrophe
	 * before a letter alone (see across_apostrophe).  Latin letters
	 * written on to Chinese or Japanese are a word of their own: "作者
	 * J.K." without the space is "J.K.". */
	w = t0;
	while (period && w > sp->sent) {
		size_t p = s[w - 1] < 0x80 ? w - 1 : prev_char(text, sp->sent, w);
		if (!(class_at(text, t0, p, &n) & C_ALNUM) && text[p] != '.' &&
		    (p = across_apostrophe(sp, p, w, t0)) == w)
			break;
		if (s[p] >= 0x80 && w < t0 && s[w] < 0x80 &&
		    u8_decode(s + p, t0 - p, &cp) && is_spaceless(cp))
			break;
		w = p;
	}
	k = klen = w < t0 ? summ_fold_word(text, w, t0, key) : 0;
	if (k && title_here(sp, w, t0, key, k, next))
		return 0;
	/* A date written with periods goes on: "2024. 3. 15." (Korean,
	 * Hungarian). */
	if (period && in_dotted_date(text, w, t0, end))
		return 0;
	/* A list item follows: "... store. w) hello", "Smith. a. here";
	 * but "Nov. 26." is a date, and so is "14. 4." where ordinals take
	 * a period, and a letter that is one of the language's
	 * abbreviations is no item (Latvian "1935. g.", the year). */
	if (parse_marker(text, next, end, &m) &&
	    !(k && is_abbreviation(sp, w, t0, key, k)) &&
	    !lower_abbreviation_at(sp, next) &&
	    !(sp->lang->ordinal_dot && day_and_month(text, w, t0, next, end)))
		return 1;
	/* After an abbreviation's period a dash goes on, as a dateline's
	 * does: "MILLBROOK, Ore. — Voters"; but in a line of dialogue,
	 * which opens with one, it opens the speaker's next words: "— Я
	 * приду, — сказал он. — А ты?"; and after a word's period it
	 * opens them as any sentence's start may: "Péter levette a
	 * kabátját. – Nem jött a busz.", "... la mesa. —Ya voy.". */
	n = u8_decode(s + i, end - i, &cp);
	if (period && (cp == '-' || cp == 0x2013 || cp == 0x2014) &&
	    !dialogue_line(sp) && (k == 0 || is_abbreviation(sp, w, t0, key, k)))
		return 0;
	/* Look past opening quotes, brackets, dashes and blanks to the first
	 * letter: "voila! -- you have cake" goes on; and past an elided
	 * clitic, to the word that takes its capital. */
	for (;;) {
		size_t after = past_clitic(text, i, end, &clitic);
		if (after > i) {
			i = after;
			continue;
		}
		n = u8_decode(s + i, end - i, &cp);
		if (!(is_opener(cp) || cp == '-' || cp == 0x2013 || cp == 0x2014 ||
		      cp == ' ') || i + n >= end)
			break;
		i += n;
	}
	/* A sentence starts neither in lower case nor with a number ("Rs.
	 * 16720", "SEC. 1262"; English style spells out a number that
	 * would open one), but after the stop of another script (።) or one
	 * that closes a word of a script without case that is no
	 * abbreviation: Korean news opens many a sentence with a date
	 * ("발표했다. 15일"). */
	lower_name = cp_class(cp) == C_LOWER && capital_inside(text, i, end);
	if ((cp_class(cp) == C_LOWER && !lower_name) ||
	    ((cp_class(cp) == C_DIGIT || signed_number(text, i, end)) &&
	     !number_may_open(sp, t0, w, key, k)))
		return 0;
	/* A remark in brackets that opens with a relative pronoun comments
	 * on the sentence before and belongs to it: "... passed easily!
	 * (Which surprised nobody.)". */
	if (s[next] == '(' && (relative_pronoun_at(sp, i) ||
	                       stop_follows_bracket(sp, next)))
		return 0;
	if (spaced_ellipsis(text, t0, t1))
		return 0;
	/* An ellipsis trails off inside its sentence before a word that
	 * joins what follows to what came before, where no case shows
	 * which it is ("كان يريد أن يقول شيئا… لكنه آثر الصمت"). */
	if (trails_off(text, t0, t1) && (cp_class(cp) & C_CASELESS) &&
	    opens_with(&sp->lang->joiners, text, i, end, !sp->lang->space_ends))
		return 0;
	if (!period)
		return 1;
	if (w == t0)
		return 1;
	/* A number or a letter opening the sentence is a list marker: "1.
	 * First", "Q. What is it?"; elsewhere a number ends a sentence ("in
	 * 2020. Then"), but in a language that writes ordinals with a period
	 * a short one goes on before the capital of a name that goes on
	 * ("2. Puchar Polski"), and in German and Turkish (see lang.h)
	 * before any word that is no stopword ("am 3. Oktober", not "am 3.
	 * Die").  Elsewhere the words after an ordinal are in lower case
	 * ("3. maj"), and a capital opens a sentence ("nr. 3. Træneren").
	 * The minutes of a time are no ordinal ("o 12:30. Co"). */
	for (k = w; k < t0 && ((text[k] >= '0' && text[k] <= '9') ||
	                       text[k] == '.'); k++)
		;
	if (k == t0 && t0 - w <= 3 && !memchr(text + w, '.', t0 - w) &&
	    !(w > sp->sent && text[w - 1] == ':') && ordinal_goes_on(sp, w, i))
		return 0;
	/* So does a number in Roman numerals, a ruler's, a war's or a
	 * century's, where it stands before them ("II. Dünya Savaşı", "II.
	 * Rákóczi Ferenc", "XX. yüzyıl"); a letter alone is an initial
	 * (below). */
	if (t0 - w >= 2 && roman_numeral(text, w, t0) &&
	    ordinal_goes_on(sp, w, i))
		return 0;
	if (k == t0)
		return !((at_item_start(sp, w) || inline_item(sp->text, sp->sent, w, t0)) &&
		         !memchr(text + w, '.', t0 - w));
	if (w == sp->sent && summ_utf8_length(text + w, t0 - w) == 1)
		return 0;
	k = klen;                              /* the fold above */
	if (k == 0)
		return 1;
	/* "6 p.m. Travelers": a time ends a sentence before a capital,
	 * unless a day, month or time zone follows. */
	if (in_word_list(&sp->lang->times, key, k)) {
		char next_key[MAX_KEY];
		size_t nk = word_key_at(text, i, end, next_key);
		return (cp_class(cp) & C_UPPER) && !fronted_time(sp, w) &&
		       !in_word_list(&sp->lang->time_followers, next_key, nk);
	}
	/* An address, a file or domain name ends a sentence as a word does:
	 * "at www.example.gov. Paper copies", "to jane@example.org. We". */
	if (is_web_token(sp, t0))
		return 1;
	/* "U.S.", "e.g.", an initial, "Inc.": ends a sentence only before a
	 * word that opens one, as evidence shows (see abbrev.c), or before
	 * a clitic that is a stopword ("ens. 'n Man").  A dotted one that
	 * opens the sentence is no sentence alone: it labels what follows
	 * ("P.S. The key is under the mat.", "U.S. Games sells decks").
	 * What shows a capitalised word opening a sentence shows nothing of
	 * a name in lower case: "vs. iPad" goes on. */
	if (is_abbreviation(sp, w, t0, key, k))
		return !lower_name && !(w == sp->sent && memchr(key, '.', k)) &&
		       ((clitic < end && stopword_at(sp, clitic)) ||
		        opens_sentence(sp->doc, i, end,
		                       abbreviation_kind(sp, w, key, k)));
	return 1;
}

/* Skips a citation after a sentence end: "[7][8]", or a footnote number
 * run onto the period ("consultation.11 12", "(type 2).10").  Returns the
 * position after it, or I. */
static size_t skip_citation(const splitter *sp, size_t t0, size_t i)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t k = i, end = sp->end;

	while (k + 2 < end && s[k] == '[' && s[k + 1] >= '0' && s[k + 1] <= '9') {
		size_t j = k + 1;
		while (j < end && j - k < 5 && s[j] >= '0' && s[j] <= '9')
			j++;
		if (j >= end || s[j] != ']')
			break;
		k = j + 1;
	}
	if (k == i && t0 > sp->sent && s[i - 1] == '.' &&
	    !(s[t0 - 1] >= '0' && s[t0 - 1] <= '9')) {
		for (;;) {
			size_t j = k;
			while (j < end && j - k < 4 && s[j] >= '0' && s[j] <= '9')
				j++;
			if (j == k || j - k > 3 || j >= end ||
			    !(s[j] == ' ' || (s[j] == '\n')))
				break;
			k = j;
			if (k + 1 < end && s[k + 1] >= '0' && s[k + 1] <= '9')
				k++;      /* another footnote: ".11 12" */
			else
				break;
		}
		if (k > i && (s[k - 1] < '0' || s[k - 1] > '9'))
			k--;
	}
	return k;
}

/* Ends the current sentence at E and starts the next at NEXT. */
static int cut(summ_doc *d, splitter *sp, size_t e, size_t next)
{
	marker m;

	if (add_sentence(d, sp->sent, e, sp->para, SUMM_BODY))
		return -1;
	sp->sent = next;
	if (parse_marker(sp->text, next, sp->end, &m))
		sp->list = m;
	return 0;
}

/* At the blank at *POS, between words: cuts before a list item that
 * continues the list, or where the language parts its sentences with a
 * space, and moves *POS past the blanks.  Returns -1 when out of
 * memory. */
static int at_blank(summ_doc *d, splitter *sp, size_t *pos)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t i = *pos, j, end = sp->end;
	marker m;

	for (j = i + 1; j < end && is_ascii_space(s[j]); j++)
		;
	*pos = j;
	if (sp->list.len && j < end && j >= sp->quote_end &&
	    parse_marker(sp->text, j, end, &m) && marker_follows(&sp->list, &m))
		return cut(d, sp, i, j);
	if (sp->lang->space_ends && space_ends_at(sp, i, j))
		return cut(d, sp, i, j);
	return 0;
}

/* At a dash at *POS that breaks off a quotation (see interrupted_speech):
 * "... afore she comes, to--" At this moment": cuts after the closing
 * quote when a capital follows, and moves *POS past the quote.  Returns
 * -1 when out of memory. */
static int at_broken_speech(summ_doc *d, splitter *sp, size_t *pos)
{
	const unsigned char *s = (const unsigned char *)sp->text;
	size_t j, q, n, end = sp->end;

	for (j = *pos; j < end && !is_ascii_space(s[j]); j++)
		;
	for (q = j; q < end && is_ascii_space(s[q]); q++)
		;
	*pos = j;
	if (q < end && (class_at(sp->text, end, q, &n) & C_UPPER))
		return cut(d, sp, j, q);
	return 0;
}

/* Where the run of terminators at S[I] ends: . ! ?, ". . ." set with
 * spaces, U+2026 HORIZONTAL ELLIPSIS and the stops of other scripts
 * (is_script_stop); I if there is none. */
static size_t terminators_end(const unsigned char *s, size_t i, size_t end)
{
	uint32_t cp;
	size_t n;

	for (;;) {
		if (s[i] == '.' && i + 2 < end && s[i + 1] == ' ' &&
		    s[i + 2] == '.' && (i + 3 >= end || s[i + 3] == ' ' ||
		                        s[i + 3] == '.'))
			i += 2;
		else if (s[i] == '.' || s[i] == '!' || s[i] == '?')
			i++;
		else if (i + 2 < end && s[i] == 0xE2 && s[i + 1] == 0x80 &&
		         s[i + 2] == 0xA6)
			i += 3;
		else if (s[i] >= 0xCD && (n = u8_decode(s + i, end - i, &cp)) > 1 &&
		         is_script_stop(cp))
			i += n;
		else if (i + 5 < end &&
		         memcmp(s + i, "\xE1\x8D\xA1\xE1\x8D\xA1", 6) == 0)
			i += 6;                /* ፡፡, typed for ። */
		else
			break;
		if (i >= end)
			break;
	}
	return i;
}

int split_paragraph(summ_doc *d, const paragraph *p)
{
	const char *text = d->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t end = p->end, i = p->start, n;
	splitter sp = { d, text, d->lang, p->start, end, p->number, p->start, 0,
	                0, { 0, 0, 0, 0, 0 },
	                reads_mijaket(d->lang, text, p->start, end) };
	uint32_t cp;
	unsigned stops = STOP_ANY | (sp.lang->space_ends ? STOP_SPACE : 0);

	parse_marker(text, i, end, &sp.list);
	/* White space matters only once a list marker has been seen
	 * (sp.list.len): marker_follows() is false until then; and in a
	 * language that parts its sentences with spaces. */
	while ((i = skip_plain(s, i, end, stops |
	                                  (sp.list.len ? STOP_SPACE : 0))) < end) {
		size_t t0 = i, t1, j, q;

		if (is_ascii_space(s[i])) {
			if (at_blank(d, &sp, &i))
				return -1;
			continue;
		}
		if (interrupted_speech(text, end, sp.quote_end, i)) {
			if (at_broken_speech(d, &sp, &i))
				return -1;
			continue;
		}
		if ((s[i] == ':' || s[i] == ';' || s[i] == 0xF0) &&
		    mood_ends(&sp, i, &j, &q)) {
			if (cut(d, &sp, j, q))
				return -1;
			i = q;
			continue;
		}
		if (s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] < 0x80 &&
		    !is_opener(s[i]) && !(s[i] == ';' && sp.lang->semicolon_asks)) {
			i++;
			continue;
		}
		if (s[i] < 0x80) {
			n = 1;
			cp = s[i];
		} else {
			n = u8_decode(s + i, end - i, &cp);
		}
		/* A bullet inside a paragraph, after a blank, opens the next
		 * item: "• 3. Buy milk • 4. Call". */
		if (is_bullet(cp) && i > sp.sent && i >= sp.quote_end &&
		    is_ascii_space(s[i - 1]) && !at_item_start(&sp, i)) {
			if (cut(d, &sp, i, i))
				return -1;
			i += n;
			continue;
		}
		if (i >= sp.quote_end && is_opener(cp)) {
			size_t close = quote_close(text, sp.start, end, &sp.no_closer, i, n, cp);
			if (close)
				sp.quote_end = close;
		}
		if (wide_stop(s, i, end, &n)) {
			if (decimal_point(text, sp.sent, end, i, n) ||  /* "３．２９％" */
			    wide_marker(text, sp.sent, i)) {            /* "１．点検" */
				i += n;
				continue;
			}
			/* A run of them is one stop ("吗？！"), and
			 * 「……。」 ends after its closer, unless a
			 * particle makes the quotation part of the
			 * sentence, or the closer ends a title. */
			for (t1 = i + n; wide_stop(s, t1, end, &n) ||
			                 (t1 < end && (s[t1] == '!' || s[t1] == '?'));)
				t1 += s[t1] < 0x80 ? 1 : n;
			/* An emoji after the stop is the sentence's:
			 * "考完了！😭今晚". */
			i = emoji_run_end(s, wide_closers_end(s, t1, end), end);
			for (j = i; j < end && s[j] == ' '; j++)
				;
			if (i < end && !(i > t1 && (quotative_follows(s, i, end) ||
			                            closes_title(s, t1, i) ||
			                            quote_goes_on(&sp, t0, t1, j) ||
			                            attribution_follows(&sp, t0, j))) &&
			    cut(d, &sp, i, i))
				return -1;
			continue;
		}
		t1 = s[i] == ';' ? i + 1 : terminators_end(s, i, end);
		if (t1 == t0) {
			i += n;
			continue;
		}
		i = closers_end(s, t1, end);
		if (i + 1 < end && s[i] == 0xC2 && s[i + 1] == 0xAB &&
		    guillemet_open(text, sp.sent, t0))
			i = closers_end(s, i + 2, end);
		i = spaced_guillemet_end(text, sp.sent, t0, i, end);
		/* Inside a quotation or brackets that go on: no end here. */
		if (i < sp.quote_end)
			continue;
		q = skip_citation(&sp, t0, i);
		if (may_hold_emoji(s, q, end))
			q = skip_emoji(&sp, q);
		for (j = q; j < end && class_at(text, end, j, &n) == C_SPACE; j += n)
			;
		if (j >= end)
			break;
		if (i > t1 && j > q && (quote_goes_on(&sp, t0, t1, j) ||
		                        attribution_follows(&sp, t0, j))) {
			i = j;
			continue;
		}
		if (j == q) {
			if (((t1 - t0 == 1 && (glued_end(&sp, t0, t1, q) ||
			                       (q == t1 && glued_arabic_end(&sp, t0, q)))) ||
			     glued_script_stop(&sp, t0, q)) &&
			    cut(d, &sp, q, q))
				return -1;
			continue;
		}
		if (ends_sentence(&sp, t0, t1, j) && cut(d, &sp, q, j))
			return -1;
		i = j;
	}
	return add_sentence(d, sp.sent, end, sp.para, SUMM_BODY);
}
