/*
 * paragraphs.c - lines and paragraphs.  Takes the text; hands on its
 * paragraphs one at a time (next_paragraph), each with its number and
 * its count of lines, for the splitter.  Lines end at LF, CRLF or a lone
 * CR.  Blank lines always separate paragraphs.  Within a block of lines,
 * a line break is "soft" (the lines are one paragraph, as in hard-wrapped
 * text) when the text looks wrapped to some width and the next line's
 * first word would not have fitted on this one, or when the line plainly
 * continues (it ends in a comma or a word that cannot end a line, or the
 * next line starts in lower case in a block of prose); otherwise each
 * line is a paragraph of its own, as in text written a paragraph a line,
 * and so is each of a run of fields ("From:" + "Sent:"), a rule
 * ("=====") and each line of a letter's closing.
 * A word set vertically, a letter or two a line as a PDF's text gives
 * it, is read whole, and the '>' that quote an e-mail's reply are left
 * out (reread_plain, reread_email).  Also here: whether a one-line
 * paragraph is a heading (and the title).
 */
#include "paragraphs.h"
#include "chars.h"
#include "cjk.h"
#include "letters.h"
#include "lines.h"
#include "width.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

void trim(const char *text, size_t *s, size_t *e)
{
	size_t n;

	while (*s < *e && class_at(text, *e, *s, &n) == C_SPACE)
		*s += n;
	while (*e > *s) {
		size_t p = prev_char(text, *s, *e);
		if (class_at(text, *e, p, &n) != C_SPACE)
			break;
		*e = p;
	}
}

/* A word set vertically, a glyph a line, as text taken from a PDF gives
 * a word printed down the page ("W" "A" "RN" "I" "NG"): a run of at
 * least this many lines of one or two capitals (a pair the PDF kept
 * together), one of them a single capital, as no column of codes ("NY"
 * "CA" "TX") has.  No line of prose is that short, let alone three in a
 * row. */
enum { VERTICAL_MIN_LINES = 3 };

/* ... and of at most this many: no word is longer, and so a run is one
 * piece of the reading, its letters gathered on the stack. */
enum { VERTICAL_MAX_LINES = 64 };

typedef struct {
	size_t lines;                /* in the run so far */
	int single;                  /* one of them is a single capital */
} vertical_run;

/* The capitals line L is made of, 1 or 2, or 0 if it is no such line. */
static size_t capitals_in_line(const char *text, line l)
{
	size_t i = l.start, n, chars = 0;

	if (l.start == l.end || l.end - l.start > 8)  /* two 4-byte chars */
		return 0;
	for (; i < l.end; i += n, chars++)
		if (chars == 2 || class_at(text, l.end, i, &n) != C_UPPER)
			return 0;
	return chars;
}

static int is_vertical(const vertical_run *v)
{
	return v->lines >= VERTICAL_MIN_LINES && v->single;
}

/* Goes on with run V over line L, or starts it again if L is no line
 * of capitals; returns whether the run is now a word set vertically. */
static int vertical_step(vertical_run *v, const char *text, line l)
{
	size_t n = capitals_in_line(text, l);

	if (n == 0)
		*v = (vertical_run){ 0, 0 };
	v->lines += n > 0;
	v->single |= n == 1;
	return is_vertical(v);
}

/* Whether line L opens a list item: a bullet (- * + and U+2022) or a
 * marker such as "1.", "12)", "a)" or "(iv)" followed by a space, or a
 * middle dot (U+00B7) followed by one, as some NEWS files write them,
 * or Japanese's middle dot (U+30FB), which needs no space. */
static int starts_list_item(const char *text, line l)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = l.start, n = l.end - l.start;

	if (n == 0)
		return 0;
	if (n >= 2 && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
	    s[i + 1] == ' ')
		return 1;
	if (s[i] >= 0x80 && n >= 3) {
		if ((s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xA2) ||
		    (s[i] == 0xC2 && s[i + 1] == 0xB7 && s[i + 2] == ' ') ||
		    (s[i] == 0xE3 && s[i + 1] == 0x83 && s[i + 2] == 0xBB))
			return 1;
		/* (A Han numeral's first byte is 0xE4 or 0xE5, a circled
		 * number's 0xE2, a full-width bracket's 0xEF.) */
		if ((s[i] == 0xE4 || s[i] == 0xE5 || s[i] == 0xE2 ||
		     s[i] == 0xEF) && cjk_marker_at(text, l))
			return 1;
	} else if (s[i] >= '0' && s[i] <= '9' && cjk_marker_at(text, l)) {
		return 1;
	}
	return marker_at(text, i, l.end);
}

/* Whether line B, after line A, is a list's item (starts_list_item,
 * dash_item). */
static int is_item(const char *text, line a, line b)
{
	return starts_list_item(text, b) || dash_item(text, a, b);
}

/* The width the text seems hard-wrapped to, or 0 when it does not look
 * wrapped (see tally_width).  Only the lines of prose count (see
 * line_tally), of blocks of two lines or more, and not a list's items
 * nor the line before one: those end where their words do, not at the
 * width (a short letter's link or attribution on a line of its own, its
 * unwrapped items or its footer would set its width far from its
 * lines'); a paragraph of one line counts only if wrapping would have
 * cut it (unwrapped_width), against the width: a letter of long
 * unwrapped paragraphs has lines of some width in its signature and
 * header.  Sets *VERTICAL if the text has a word set vertically, and
 * *QUOTED if it has an e-mail's quoted reply (see opens_quotation),
 * which the same walk sees. */
static size_t wrap_width(const char *text, size_t len, size_t start,
                         int wide, int *vertical, int *quoted)
{
	line_tally tally, *t = &tally;
	size_t next, i, chars = 0;
	int prev_item = 0;
	line_reader r = line_reader_at(text, len);
	vertical_run run = { 0, 0 };
	line prev = { 0, 0 }, none = { 0, 0 };

	memset(t, 0, sizeof *t);
	for (i = start; i <= len; i = next) {
		line l = { len, len };
		int item = 0;
		next = len + 1;
		if (i < len)
			l = get_line(&r, i, &next);
		*vertical |= vertical_step(&run, text, l);
		/* (Two quoted lines in a row are seen at the second.) */
		*quoted |= is_quoted(text, l) &&
		           (is_quoted(text, prev) || opens_quotation(text, prev, l, none));
		if (l.start == l.end) {             /* a block ends */
			if (t->runs_on > 0)
				tally_line(t, chars, 0, !prev_item);
			else if (chars > 80)
				t->single[unwrapped_width(text, prev, chars)]++;
			tally_block_end(t);
			prev = l;
			prev_item = 0;
			continue;
		}
		if (prev.start < prev.end) {
			/* (Only a block of two lines or more asks which are
			 * items: the first line's answer is found at the
			 * second.) */
			if (t->runs_on == 0)
				prev_item = is_item(text, none, prev);
			item = is_item(text, prev, l);
			tally_line(t, chars, 1, !prev_item && !item);
		}
		t->prose = t->prose || has_stop(text, l);
		prev = l;
		prev_item = item;
		chars = !r.ascii ? line_columns(text, l, WIDTH_CAP, wide)
		        : l.end - l.start < WIDTH_CAP ? l.end - l.start : WIDTH_CAP;
	}
	return tally_width(t);
}

/* The columns of the first word of line L (see line_columns). */
static size_t first_word_columns(const char *text, line l, int wide)
{
	size_t i = l.start, n;

	while (i < l.end && class_at(text, l.end, i, &n) != C_SPACE)
		i += n;
	return line_columns(text, (line){ l.start, i }, SIZE_MAX, wide);
}

/* Whether a line of the block being read, from the one at FROM to the
 * next blank line, ends a sentence (or, if SEMICOLON, a clause): a
 * name's abbreviation ends none ("Veridian Health Systems, Inc."). */
static int stop_in_block(paragraph_reader *pr, size_t from, int semicolon)
{
	line_reader r = pr->r;
	size_t i, next;

	for (i = from; i < r.len; i = next) {
		line l = get_line(&r, i, &next);
		uint32_t last;
		if (l.start == l.end)
			break;
		last = last_char(r.text, l);
		if ((is_line_stop(last) && !is_name_line(r.text, l, pr->lang)) ||
		    (semicolon && last == ';'))
			return 1;
	}
	return 0;
}

/* Whether the block of lines (between blank lines) being read has a
 * line that ends a sentence.  Prose does; a block of lines none of which
 * ends in a stop is a list, a menu, an address or verse, whose lines
 * are items even when one starts in lower case ("features" / "contact
 * manager").  Asked only at a line in lower case, and the block read
 * once for its answer, which is kept. */
static int block_has_stop(paragraph_reader *pr)
{
	if (pr->block_stops < 0)
		pr->block_stops = stop_in_block(pr, pr->block, 0);
	return pr->block_stops;
}

/* Whether the word at TEXT[I] of line L opens a sentence: a stop and a
 * blank stand before it ("verschieben? Am"). */
static int after_stop(const char *text, line l, size_t i)
{
	size_t p = i, n;
	uint32_t cp;

	while (p > l.start && (class_at(text, l.end, prev_char(text, l.start, p),
	                                &n) & C_SPACE))
		p = prev_char(text, l.start, p);
	if (p == i || p == l.start)
		return 0;
	p = prev_char(text, l.start, p);
	u8_decode((const unsigned char *)text + p, l.end - p, &cp);
	return is_line_stop(cp);
}

/* Whether line L ends in a word that cannot end a line of its own
 * ("in", "the"; lang.dangling), written in small letters or in a script
 * without case, or with the capital of a sentence it opens ("... the
 * review? Until" + "Tuesday"): the text runs on into the next line. */
static int ends_dangling(const char *text, line l, const lang *lg)
{
	size_t i = l.end, n, longest = lg->dangling.longest;
	char key[MAX_KEY];

	/* Back over the last word, but no further than the list's longest. */
	while (i > l.start && l.end - i <= longest) {
		size_t p = prev_char(text, l.start, i);
		unsigned cls = class_at(text, l.end, p, &n);
		if (!(cls & (C_LOWER | C_CASELESS)) &&
		    !((cls & C_UPPER) && after_stop(text, l, p)))
			break;
		i = p;
	}
	if (l.end - i > longest)
		return 0;
	if (i == l.end || (i > l.start && !(class_at(text, l.end,
	                   prev_char(text, l.start, i), &n) & C_SPACE)))
		return 0;
	n = summ_fold_word(text, i, l.end, key);
	return n > 0 && in_word_list(&lg->dangling, key, n);
}

/* The most bytes of a dotted abbreviation in lower case that
 * ends_prepositive reads back ("f.eks.", "bl.a.", "e.g."). */
#define DOTTED_MAX 8

/* Whether line A ends in an abbreviation that stands before what it
 * qualifies (lang.lower_abbrevs, lang.titles: "as shown in Fig." +
 * "4, the ...", "signed by Dr." + "Lee"), or in one of lang.abbrevs
 * before a number ("No." + "3 in the rankings"), or in one in lower case
 * that no list need hold: dotted ("f.eks." + "Aarhus"), or a letter
 * alone (Czech "č." + "12"), which no initial is.  The text runs on
 * into line B, and the splitter reads the two as it would on one line.
 * (Any abbreviation would be too many: "Acme Inc." is a heading, "John
 * Smith Jr." a signature's line, "in the U.S." a paragraph's end.) */
static int ends_prepositive(const char *text, line a, line b,
                            const lang *lg)
{
	size_t e = a.end - 1, i = e, n, longest = DOTTED_MAX, dots = 0;
	int lower = 1;
	char key[MAX_KEY];

	if (lg->titles.longest > longest)
		longest = lg->titles.longest;
	if (lg->lower_abbrevs.longest > longest)
		longest = lg->lower_abbrevs.longest;
	if (lg->abbrevs.longest > longest)
		longest = lg->abbrevs.longest;
	if (a.end - a.start < 2 || text[e] != '.')
		return 0;
	/* Back over the word and its periods, but no further than the
	 * longest that could match. */
	while (i > a.start && e - i <= longest) {
		size_t p = prev_char(text, a.start, i);
		unsigned cls = class_at(text, e, p, &n);
		if (!(cls & C_LETTER) && text[p] != '.')
			break;
		dots += text[p] == '.';
		lower &= text[p] == '.' || (cls & C_LOWER) != 0;
		i = p;
	}
	/* A word of its own, or after a bracket: "(cf." */
	if (i == e || e - i > longest || text[i] == '.' ||
	    (i > a.start && !is_ascii_space((unsigned char)text[i - 1]) &&
	     text[i - 1] != '(' && text[i - 1] != '['))
		return 0;
	if (lower && (dots > 0 ? e - i <= DOTTED_MAX
	                       : summ_utf8_length(text + i, e - i) == 1))
		return !starts_list_item(text, b) &&     /* "10 a.m." + "* " */
		       !is_link_line(text, b);
	if (dots > 0)
		return 0;
	n = summ_fold_word(text, i, e, key);
	return n > 0 && (in_word_list(&lg->lower_abbrevs, key, n) ||
	                 in_word_list(&lg->titles, key, n) ||
	                 (first_class(text, b) == C_DIGIT &&
	                  in_word_list(&lg->abbrevs, key, n)));
}

/* Whether line A ends in a number of one to three digits and its
 * period, a word of its own: an ordinal or a day where the language
 * writes them so. */
static int ends_ordinal(const char *text, line a)
{
	size_t e = a.end - 1, i = e;

	while (i > a.start && e - i <= 3 && text[i - 1] >= '0' &&
	       text[i - 1] <= '9')
		i--;
	return i < e && e - i <= 3 &&
	       (i == a.start || is_ascii_space((unsigned char)text[i - 1]));
}

/* Where a number of one or two digits, its period and a space, at
 * TEXT[I..END), end, or I if there is none there. */
static size_t skip_ordinal(const char *text, size_t i, size_t end)
{
	size_t j = i;

	while (j < end && j - i < 2 && text[j] >= '0' && text[j] <= '9')
		j++;
	return j > i && j + 1 < end && text[j] == '.' && text[j + 1] == ' '
	       ? j + 2 : i;
}

/* Whether line B opens with a date's day, or its month, where the
 * language writes ordinals with a period, in the middle of a sentence
 * that line A began: a day's number after a line that ends no
 * sentence, nor a lead-in ("Si fra innen" + "28. mars!", "do" + "3.
 * května", "do" + "21. 3. na účet"), or a month's after a line that
 * ends in a day's ("čtvrtek 6." + "3. v 11 h."), before a word in lower
 * case or a number, or in any case after a word that cannot end a line
 * ("bis zum" + "13. Juni", where months are capitalised); not where A
 * is an item itself, nor with an item after B (a list whose items open
 * in lower case: "1. mel" + "2. egg"). */
static int day_opens(paragraph_reader *pr, line a, line b, uint32_t last)
{
	const char *text = pr->r.text;
	line_reader r = pr->r;
	size_t i, j, n, next, month = 0;
	unsigned follows;
	int day_before;
	line c;

	if (!pr->lang->ordinal_dot || last == ':' || last == ';')
		return 0;
	day_before = last == '.' && ends_ordinal(text, a);
	if (is_line_stop(last) && !day_before)
		return 0;
	if ((i = skip_ordinal(text, b.start, b.end)) == b.start)
		return 0;
	if (day_before) {
		for (j = b.start; text[j] != '.'; j++)
			month = month * 10 + (size_t)(text[j] - '0');
		if (month == 0 || month > 12)
			return 0;
	} else if ((j = skip_ordinal(text, i, b.end)) > i) {
		i = j;                         /* "21. 3. na" */
	}
	/* What may follow: a word in lower case, but a month's number
	 * after a day's, and a capitalised month after a dangling word. */
	follows = day_before ? C_LOWER | C_DIGIT
	        : ends_dangling(text, a, pr->lang) ? C_LETTER : C_LOWER;
	if (i >= b.end || !(class_at(text, b.end, i, &n) & follows) ||
	    starts_list_item(text, a))
		return 0;
	get_line(&r, pr->pos, &next);          /* B's end (B starts at pos) */
	c = line_after(pr, next, &next);
	return !starts_list_item(text, c);
}

/* Whether line A, a sign-off (sign_off_shape) that opens its block or
 * follows a sentence's end in it (a last wish above the closing:
 * "Thinking of you all." + "Lots of love,"), closes the letter with the
 * lines from B on, which end no sentence or clause: names of any length
 * and the lines under them ("Prof.ssa Elena De Luca" + "Liceo Galilei",
 * "ciocia Basia", "М. А. Зуева," + "классный руководитель"), each a
 * line of its own, as a signature's are. */
static int closes_block(paragraph_reader *pr, line a, line b)
{
	const char *text = pr->r.text;

	return (pr->block_lines == 1 || pr->after_stop) &&
	       sign_off_shape(text, a, pr->lang) &&
	       !stop_in_block(pr, b.start, 1);
}

/* Whether line B starts with a stop or a bracket that goes on from a
 * line A of running text (three or more words in lower case, which a
 * heading has not). */
static int starts_continuation(const char *text, line a, line b)
{
	size_t pos = a.start, ws, we, lower = 0, n;

	if (b.start >= b.end || !strchr("(.,;:)", text[b.start]))
		return 0;
	while (lower < 3 && summ_next_word(text, a.end, &pos, &ws, &we))
		lower += (class_at(text, we, ws, &n) & C_LOWER) != 0;
	return lower >= 3 || text[b.start] != '(';
}

/* has_field_bars of line L, which soft_break asks twice in a row of
 * each line (the second of a pair, then the first): the last answer is
 * kept. */
static int field_bars_at(paragraph_reader *pr, line l)
{
	if (pr->bars_at != l.start) {
		pr->bars_at = l.start;
		pr->bars = has_field_bars(pr->r.text, l);
	}
	return pr->bars;
}

/* Whether the break after line A, followed by line B, is soft: the two
 * are one paragraph of the text that PR reads. */
static int soft_break(paragraph_reader *pr, line a, line b)
{
	const char *text = pr->r.text;
	size_t width = pr->width;
	uint32_t last = last_char(text, a);

	if (is_rule_line(text, a) || is_rule_line(text, b))
		return 0;
	/* A run of fields: each a line of its own, whatever ends it
	 * ("Date: ... 8:47 μ.μ." + "Subject: ..."), its label in lower case
	 * too (Lotus Notes' "cc:"), but not after a comma ("[ x: INT16," +
	 * "y: INT16 ]").  (PR->labels counts A if it opens with one, see
	 * take_line.) */
	if (pr->labels > 0 && opens_with_label(text, b, last != ','))
		return 0;
	/* Before the test for a list: "see Fig." + "2. The ..." is none. */
	if (last == '.' && ends_prepositive(text, a, b, pr->lang))
		return 1;
	/* Before it too: "innen" + "28. mars!" (see day_opens). */
	if (day_opens(pr, a, b, last))
		return 1;
	if (is_item(text, a, b))
		return 0;
	/* (A sign-off with no comma closes only above a name.) */
	if (closes_block(pr, a, b) && (last == ',' || signs_off(text, a, b))) {
		pr->signature = 1;
		pr->closed |= signs_off(text, a, b);
		return 0;
	}
	if ((last == ',' && !signs_off(text, a, b)) || last == ';')
		return 1;
	if (last >= 0x3001 &&
	    (is_wide_comma(last) ||
	     cjk_goes_on(pr, a, b, last, starts_list_item(text, a))))
		return 1;
	/* A '>' that opens no quotation goes on from the words before it
	 * ("more than" + "> 50% of the vote"; see opens_quotation). */
	if (is_quoted(text, b) && !is_line_stop(last) && last != ':')
		return 1;
	if (wraps_attribution(text, a, b))
		return 1;
	/* A line in lower case goes on from the line before in a block of
	 * prose, and, indented, hangs from a list's item; not a link alone
	 * after a sentence's end, in lower case whatever comes before it. */
	if (first_class(text, b) == C_LOWER &&
	    !(is_line_stop(last) && is_link_line(text, b)) &&
	    (indented(text, b) || block_has_stop(pr)))
		return 1;
	/* A number and its period where the language writes ordinals so
	 * ("am 3." + "Mai"): the splitter reads them as on one line. */
	if (last == '.' && pr->lang->ordinal_dot && ends_ordinal(text, a))
		return 1;
	/* An opening bracket, or a dollar sign that stands before its
	 * amount ("(" + "see below)", "R$" + "19.900,00"), or an address's
	 * ("Dvořák <" + "marek@example.cz> wrote:"; a '<' alone is as
	 * often a sign, "+, -, >, <"): what it opens is on the next line. */
	if (ends_dangling(text, a, pr->lang) ||
	    (text[a.end - 1] && strchr("([$", text[a.end - 1])) ||
	    (text[a.end - 1] == '<' && opens_address(text, b)))
		return 1;
	/* "up to 400 yd" + "(365.8 m)." or a stray "." on a line of its
	 * own: the sentence goes on. */
	if (starts_continuation(text, a, b) && last != '.' && last != '!' &&
	    last != '?' && last != 0x2026)
		return 1;
	/* A link or an address alone, in a block of lines none of which
	 * ends a sentence (a list's footer, a signature), is a line of its
	 * own, as the lines around it are; but a line that leads to it goes
	 * on ("is at:", "(see"). */
	if ((is_link_line(text, a) ||
	     (is_link_line(text, b) && last != ':' && !opens_bracket(text, a))) &&
	    !block_has_stop(pr))
		return 0;
	/* An entry that ends in an address, a row of aligned columns and
	 * a line of fields parted by bars are each a line of their own,
	 * however long. */
	if (width == 0 || has_column_gap(text, a) || has_column_gap(text, b) ||
	    field_bars_at(pr, a) || field_bars_at(pr, b) ||
	    (ends_in_address(text, a) && first_class(text, b) != C_LOWER))
		return 0;
	return line_columns(text, a, SIZE_MAX, pr->lang->wide_letters) + 1 +
	       first_word_columns(text, b, pr->lang->wide_letters) >
	       width - width / 8;
}

/* Whether line L has words, and at most 20: as short as a heading. */
static int is_short_line(const char *text, line l)
{
	size_t pos = l.start, ws, we, words = 0;

	while (summ_next_word(text, l.end, &pos, &ws, &we))
		if (++words > 20)
			return 0;
	return words > 0;
}

int is_heading(const char *text, size_t start, size_t end, size_t nlines)
{
	line l = { start, end };
	uint32_t last;

	if (nlines != 1)
		return 0;
	last = last_char(text, l);
	if (is_line_stop(last) || last == ':' || last == ';' || last == ',')
		return 0;
	return is_short_line(text, l);
}

int is_frame_line(const char *text, size_t start, size_t end, size_t nlines)
{
	line l = { start, end };
	uint32_t last = last_char(text, l);

	return (nlines == 1 ? last == ',' || last == ':' : last == ':') &&
	       is_short_line(text, l);
}

void mark_heading(summ_doc *d, size_t k, size_t nlines)
{
	size_t start = sent_offset(d, k), end = start + d->sent[k].length;

	/* A sign-off alone, after the text's first sentence, is no heading
	 * even with no comma ("Med vennlig hilsen"): a frame. */
	if (is_heading(d->text, start, end, nlines))
		d->sent[k].kind = nlines == 1 && k > 0 &&
		                  sign_off_shape(d->text, (line){ start, end }, d->lang)
		                  ? SUMM_FRAME : k == 0 ? SUMM_TITLE : SUMM_HEADING;
	else if (is_frame_line(d->text, start, end, nlines) ||
	         (nlines == 1 && (k == 0 || sent_kind(d, k - 1) != SUMM_BODY) &&
	          greets(d->text, start, end)) ||
	         (nlines == 1 && is_name_line(d->text, (line){ start, end },
	                                      d->lang)))
		d->sent[k].kind = SUMM_FRAME;
}

void mark_frames(summ_doc *d, size_t first)
{
	for (size_t k = first; k < d->nsent; k++)
		d->sent[k].kind = SUMM_FRAME;
}

void promote_headings(summ_doc *d, int keep_title)
{
	for (size_t k = 0; k < d->nsent; k++)
		if (sent_kind(d, k) == SUMM_BODY)
			return;
	for (size_t k = 0; k < d->nsent; k++)
		if (!(keep_title && sent_kind(d, k) == SUMM_TITLE))
			d->sent[k].kind = SUMM_BODY;
}

void paragraphs_begin(paragraph_reader *pr, const char *text, size_t len,
                      size_t start, const lang *lg)
{
	memset(pr, 0, sizeof *pr);
	pr->r = line_reader_at(text, len);
	pr->lang = lg;
	pr->width = wrap_width(text, len, start, lg->wide_letters,
	                       &pr->vertical, &pr->quoted);
	pr->pos = pr->block = start;
	pr->block_stops = -1;
	pr->bars_at = SIZE_MAX;
}

/* Reads into R the run of N vertical lines whose first letter is at
 * FROM as the word they spell, one piece for them all; returns where the
 * last line ends. */
static size_t read_vertical_run(reading *r, size_t from, size_t n)
{
	line_reader lr = line_reader_at(r->source, r->source_len);
	char word[VERTICAL_MAX_LINES * 8];
	size_t first = from, next, end = from, len = 0;

	while (n--) {
		line l = get_line(&lr, from, &next);
		memcpy(word + len, r->source + l.start, l.end - l.start);
		len += l.end - l.start;
		end = l.end;
		from = next;
	}
	read_whole(r, word, len, first, end);
	return end;
}

/* The quoting of the lines of an e-mail read so far: the depth of the
 * last line of text, whether the line before is one (not blank),
 * whether the run of lines opening with '>' being read is a quotation
 * (see opens_quotation), and the bytes of markers left out and not yet
 * spent on a blank line. */
typedef struct {
	size_t depth;
	int text;
	int quotation;
	size_t spare;
} quoting;

/* Reads into R the source from COPIED up to line L of an e-mail (L's
 * blanks before it start at FROM), leaving out L's quote marker: the
 * quotation reads as the prose it is, its lines joined as any other's.
 * Where the depth of quoting changes between two lines of text, a blank
 * line parts them: the reply and the message it quotes are not one
 * paragraph.  It stands for L's marker, or, where L has none, is paid
 * for by a marker left out before, so that the text read is never
 * longer than the source (">b" alone between two lines of text leaves
 * one byte out, where two blank lines would take two: the second is
 * not written, and the lines' own break decides).  Returns where the
 * source is read to. */
static size_t unquote_line(reading *r, size_t copied, size_t from, line l,
                           quoting *q)
{
	size_t depth, at = quote_marker(r->source, l, &depth);
	int change;

	if (!q->quotation) {
		depth = 0;
		at = l.start;
	}
	if (l.start == l.end) {
		q->text = 0;
		return copied;
	}
	change = q->text && depth != q->depth;
	q->text = at < l.end;              /* a marker alone is a blank */
	q->depth = depth;
	if (depth == 0 && !(change && q->spare > 0))
		return copied;
	if (depth == 0) {
		at = from;                     /* its own blanks kept */
		q->spare--;
	} else {
		q->spare += at - from - change;
	}
	read_verbatim(r, copied, from);
	if (change)
		read_whole(r, "\n", 1, from, at);
	return at;
}

/* Reads R->source into R (begun on it) as reread_plain does, and if
 * QUOTED as reread_email does. */
static int reread(reading *r, int quoted)
{
	const char *text = r->source;
	size_t len = r->source_len, i, next, copied = 0, run_at = 0;
	line_reader lr = line_reader_at(text, len);
	vertical_run run = { 0, 0 };
	quoting q = { 0, 0, 0, 0 };
	line prev = { 0, 0 };

	r->lines = 1;
	/* Past the last line, an empty one ends the last run. */
	for (i = text_start(text, len); ; i = next) {
		line l = { len, len };
		vertical_run before = run;

		next = len;
		if (i < len)
			l = get_line(&lr, i, &next);
		vertical_step(&run, text, l);
		if (run.lines == 1)
			run_at = l.start;
		if (run.lines == 0 && is_vertical(&before) &&
		    before.lines <= VERTICAL_MAX_LINES) {
			read_verbatim(r, copied, run_at);
			copied = read_vertical_run(r, run_at, before.lines);
		}
		if (i >= len)
			break;
		/* (A line of a vertical run is never quoted, and so only
		 * the first may be read up to, the run's start.) */
		if (quoted) {
			if (is_quoted(text, l) && !is_quoted(text, prev)) {
				line_reader peek = lr;
				size_t after;
				line nl = { len, len };
				if (next < len)
					nl = get_line(&peek, next, &after);
				q.quotation = opens_quotation(text, prev, l, nl);
			}
			copied = unquote_line(r, copied, i, l, &q);
		}
		prev = l;
	}
	read_verbatim(r, copied, len);
	return reading_end(r);
}

int reread_plain(reading *r)
{
	return reread(r, 0);
}

int reread_email(reading *r)
{
	return reread(r, 1);
}

/* Hands on the paragraph that ends at line PR->prev, the next number: a
 * frame's if a signature's, a trailer's or a header's field. */
static void paragraph_out(paragraph_reader *pr, paragraph *p)
{
	*p = (paragraph){ pr->first, pr->prev.end, pr->nlines, pr->number++,
	                  pr->signature || pr->trailer || pr->field };
	pr->nlines = 0;
}

/* Takes line L (not blank; the text goes on at NEXT) into the paragraph
 * being read: a reply's marker ends a trailer, and a field among three
 * or more makes its paragraph a frame. */
static void take_line(paragraph_reader *pr, line l, size_t next)
{
	int label = opens_with_label(pr->r.text, l, pr->labels > 0);
	int first = pr->block_lines++ == 0;
	size_t after;

	if (pr->trailer &&
	    opens_reply(pr->r.text, l, line_after(pr, next, &after)))
		pr->trailer = 0;
	/* A sign-off alone in the block before, and a name opening this
	 * block of lines that end no sentence: the letter's closing, with a
	 * blank line inside ("Kind regards," + "" + "Amira Shah"). */
	if (first && pr->signoff.end > pr->signoff.start &&
	    signs_off(pr->r.text, pr->signoff, l) &&
	    !stop_in_block(pr, l.start, 1)) {
		pr->signature = 1;
		pr->closed = 1;
	}
	/* A trailer's block that opens with a name is a signature: each of
	 * its lines is one of its own ("Nagy Anita" + "beszerzési vezető"
	 * + a firm + an address). */
	if (first && pr->trailer && is_signer_line(pr->r.text, l))
		pr->signature = 1;
	if (pr->nlines++ == 0) {
		pr->first = l.start;
		pr->field = header_field(pr, label, pr->labels, next);
	}
	pr->labels = label ? pr->labels + 1 : 0;
	pr->after_stop = !first &&
	                 is_line_stop(last_char(pr->r.text, pr->prev));
	pr->prev = l;
}

/* Ends the block of lines being read at a blank line (the next starts
 * at NEXT): after a closing, what follows may be a trailer. */
static void end_block(paragraph_reader *pr, size_t next)
{
	line none = { 0, 0 };

	if (pr->closed && !pr->trailer)
		pr->trailer = trailer_follows(pr, next);
	/* (A run of blank lines ends one block.) */
	if (pr->block_lines > 0)
		pr->signoff = pr->block_lines == 1 && pr->number >= 2 &&
		              sign_off_shape(pr->r.text, pr->prev, pr->lang)
		              ? pr->prev : none;
	pr->block_lines = 0;
	pr->closed = 0;
	pr->labels = 0;
	pr->block = next;
	pr->block_stops = -1;
	pr->stopped = 0;
	pr->scanned = 0;
	pr->signature = 0;
}

int next_paragraph(paragraph_reader *pr, paragraph *p)
{
	size_t next;

	while (pr->pos < pr->r.len) {
		line l = get_line(&pr->r, pr->pos, &next);
		int sign = is_signature_line(pr, l, next);
		/* (A "--" under a line of two bytes underlines it: "mm".) */
		int underline = pr->nlines && pr->prev.end - pr->prev.start == 2;
		int ended = pr->nlines &&
		            (l.start == l.end || sign || pr->signature ||
		             !soft_break(pr, pr->prev, l));

		pr->pos = next;
		if (ended)
			paragraph_out(pr, p);
		pr->signature |= sign;
		pr->closed |= sign && !underline;
		if (l.start < l.end)
			take_line(pr, l, next);
		else
			end_block(pr, next);
		if (ended)
			return 1;
	}
	if (pr->nlines == 0)
		return 0;
	paragraph_out(pr, p);
	return 1;
}

size_t text_start(const char *text, size_t len)
{
	return len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}
