/*
 * letters.h - the lines of a letter or an e-mail, as paragraphs.c reads
 * them: a quoted reply's markers and where a quotation opens, a
 * header's fields, an address closing an entry, a link alone, a row of
 * columns, rules, a list's en-dash items, a sign-off and the name under
 * it, a signature's delimiter, a greeting, a name ending in an
 * abbreviation; what opens a reply, a trailer after a closing, a field
 * among three or more.  Each asks of a line or a few and says yes or
 * no.
 *
 * Only paragraphs.c includes it: static, so that the line reader has
 * them inline.
 */
#ifndef SUMM_LETTERS_H
#define SUMM_LETTERS_H

#include "chars.h"
#include "lines.h"
#include "paragraphs.h"
#include "words.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Whether line L opens with a '>', as a line of an e-mail's quoted
 * reply does. */
static int is_quoted(const char *text, line l)
{
	return l.start < l.end && text[l.start] == '>';
}

/* Where the text of the quoted line L starts, past its quote marker: a
 * '>' for each level of quoting ("> > text" or ">> text" is a reply to
 * a reply; the depth goes to *DEPTH), and the space after the last.
 * L.start (and a depth of 0) if L is not quoted. */
static size_t quote_marker(const char *text, line l, size_t *depth)
{
	size_t i = l.start, end = l.start;

	*depth = 0;
	while (i < l.end && (text[i] == '>' || text[i] == ' ' || text[i] == '\t'))
		if (text[i++] == '>') {
			++*depth;
			end = i;
		}
	return *depth && end < l.end && text[end] == ' ' ? end + 1 : end;
}

/* Whether line L, which opens with '>' after line PREV (blank if none),
 * starts an e-mail's quotation: where PREV is blank or ends a sentence
 * or in a colon (an answer, "... wrote:"), or where NEXT opens with
 * '>' too; and L or NEXT has words after its marker (a '>' alone is
 * text, not a quotation of nothing).  A '>' that follows words that go
 * on is theirs: "more than" + "> 50% of the vote". */
static int opens_quotation(const char *text, line prev, line l, line next)
{
	size_t depth;
	int two = is_quoted(text, next);
	uint32_t last;

	if (quote_marker(text, l, &depth) == l.end &&
	    !(two && quote_marker(text, next, &depth) < next.end))
		return 0;
	if (prev.start == prev.end || two)
		return 1;
	last = last_char(text, prev);
	return is_line_stop(last) || last == ':';
}

/* Whether line B opens with an en dash and a space as an item of a list
 * does ("– итоги четверти;"), in a run of them or after a lead-in
 * ending in a colon or a semicolon: alone, the dash may be a wrapped
 * sentence's ("the plan" + "– which ..."). */
static int dash_item(const char *text, line a, line b)
{
	static const char dash[] = "\xE2\x80\x93 ";
	uint32_t last;

	if (b.end - b.start <= 4 || memcmp(text + b.start, dash, 4) != 0)
		return 0;
	last = last_char(text, a);
	return last == ':' || last == ';' ||
	       (a.end - a.start > 4 && !memcmp(text + a.start, dash, 4));
}

/* Whether line L opens with a field's label: up to three words, the
 * first capitalised (or in any case if ANY_CASE: a field among fields,
 * Lotus Notes' "cc:"), and a colon ("From:", "Reply-To:", French "Objet
 * :") before a space or the line's end, as the lines of a mail's header
 * do ("From: Dana Reyes <dana@...>" + "Sent: Tuesday, 3 March") and an
 * event's details ("Date: Friday" + "Place: the hall"). */
static int opens_with_label(const char *text, line l, int any_case)
{
	size_t i = l.start, words = 0, n, span = l.end - l.start;
	int capital;

	/* (Three words and their colon lie in the first 128 bytes: most
	 * lines have no colon there, and are read no further.) */
	if (!memchr(text + l.start, ':', span < 128 ? span : 128))
		return 0;
	capital = (first_class(text, l) & (C_UPPER | C_CASELESS)) != 0;
	if (!capital && !any_case)
		return 0;
	while (i < l.end && words < 3) {
		words++;
		for (; i < l.end; i += n)
			if (!(class_at(text, l.end, i, &n) & C_LETTER) &&
			    text[i] != '-')
				break;
		if (i < l.end && text[i] == ' ')
			i++;
		/* (A label in lower case has its value after it.) */
		if (i < l.end && text[i] == ':')
			return i + 1 == l.end ? capital : text[i + 1] == ' ';
		if (i == l.end || !(class_at(text, l.end, i, &n) & C_LETTER))
			return 0;
	}
	return 0;
}

/* Whether line L holds MAX words at most, of letters and nothing else
 * but commas after words (and apostrophes and hyphens inside words): a
 * sign-off's shape, "Au plaisir de vous accueillir,", "Целую, обнимаю,",
 * not a field's or code's.  (Read up to its first character of another
 * kind or the word past MAX: a line of prose is left early.) */
static int words_alone(const char *text, line l, size_t max)
{
	size_t i = l.start, n, words = 0;
	unsigned prev = C_SPACE;

	while (i < l.end) {
		uint32_t cp;
		unsigned cls = class_at(text, l.end, i, &n);
		u8_decode((const unsigned char *)text + i, l.end - i, &cp);
		if (!(cls & (C_LETTER | C_SPACE)) && cp != '\'' && cp != 0x2019 &&
		    cp != '-' && !(cp == ',' && (prev & C_LETTER)))
			return 0;
		if ((cls & C_LETTER) && (prev & C_SPACE) && ++words > max)
			return 0;
		prev = cls;
		i += n;
	}
	return 1;
}

/* Whether TEXT[S..E) is letters in dotted parts of three at most, each
 * with its period ("s.r.o.", "S.A.", "S.p.A.", "e.V."; not "twofish.c."
 * nor an address). */
static int dotted_letters(const char *text, size_t s, size_t e)
{
	size_t part = 0, parts = 0, n;

	for (size_t i = s; i < e; i += n) {
		n = 1;
		if (text[i] == '.') {
			if (part == 0)
				return 0;
			parts++;
			part = 0;
		} else if (!(class_at(text, e, i, &n) & C_LETTER) || ++part > 3) {
			return 0;
		}
	}
	return part == 0 && parts >= 2;
}

/* Whether the last token of line L (from white space to its end, with
 * the period that ends L) is an abbreviation of LG or of English, or
 * letters dotted inside ("Ltd.", "Inc.", "s.r.o.", "S.A."). */
static int ends_in_abbreviation_token(const char *text, line l,
                                      const lang *lg)
{
	char key[MAX_KEY + 8];
	size_t s = l.end - 1, k;

	while (s > l.start && !is_ascii_space((unsigned char)text[s - 1]))
		s--;
	if (s + 2 > l.end)
		return 0;
	if (memchr(text + s, '.', l.end - 1 - s))
		return dotted_letters(text, s, l.end);
	k = summ_fold_word(text, s, l.end - 1, key);
	return k > 0 && (in_word_list(&lg->abbrevs, key, k) ||
	                 in_word_list(&lang_en.abbrevs, key, k));
}

/* Whether TEXT[I..E), a word in lower case, is one that cannot end a
 * line in LG or in English: a preposition, an article. */
static int is_particle(const char *text, size_t i, size_t e, const lang *lg)
{
	char key[MAX_KEY + 8];
	size_t k = summ_fold_word(text, i, e, key);

	return k > 0 && (in_word_list(&lg->dangling, key, k) ||
	                 in_word_list(&lang_en.dangling, key, k));
}

/* Whether line L, a paragraph of its own, is a name that ends in an
 * abbreviation's period: a firm's ("Velocity Broadband Ltd.", "ABC
 * s.r.o.", "Hogar Plus S.A.", "TransBud Sp. z o.o."), a letterhead's or
 * a signature's line, no sentence.  Two to six words, each but the last
 * capitalised (or a number, or "&", or a particle between a dotted
 * abbreviation and the last: a legal form's "z", "s", "de"), the last
 * an abbreviation (of LG or of English) or dotted inside.  A sentence
 * has a word in lower case ("He moved to the U.S."). */
static int is_name_line(const char *text, line l, const lang *lg)
{
	size_t i = l.start, words = 0, n;
	int dotted = 0;

	if (l.end - l.start < 4 || text[l.end - 1] != '.')
		return 0;
	while (i < l.end) {
		size_t e = i, next;
		while (e < l.end && !is_ascii_space((unsigned char)text[e]))
			e++;
		for (next = e; next < l.end &&
		               is_ascii_space((unsigned char)text[next]); next++)
			;
		if (++words > 6)
			return 0;
		/* (The last token is the abbreviation.) */
		if (e < l.end && !(class_at(text, e, i, &n) & (C_UPPER | C_DIGIT)) &&
		    !(e == i + 1 && text[i] == '&') &&
		    !(dotted && !memchr(text + next, ' ', l.end - next) &&
		      is_particle(text, i, e, lg)))
			return 0;
		dotted = text[e - 1] == '.';
		i = next;
	}
	return words >= 2 && ends_in_abbreviation_token(text, l, lg);
}

/* Whether line L holds a word of a letter's closing formulas in LG or
 * in English ("Mit freundlichen Grüßen", "Med vennlig hilsen", "Best
 * regards"), which many write with no comma after them. */
static int holds_closing_word(const char *text, line l, const lang *lg)
{
	return listed_words(text, l.start, l.end, &lg->closings,
	                    &lang_en.closings, 1) > 0;
}

/* Whether line L has a sign-off's shape: words alone, five at most,
 * that end in a comma ("Best regards,", "Thanks for your help,") or,
 * with no comma, hold a word of a closing formula (holds_closing_word).
 * Whether a name signs under it is its caller's question. */
static int sign_off_shape(const char *text, line l, const lang *lg)
{
	size_t n;
	uint32_t last = last_char(text, l);

	if (last != ',' &&
	    !(class_at(text, l.end, prev_char(text, l.start, l.end), &n) & C_LETTER))
		return 0;
	return words_alone(text, l, 5) &&
	       (last == ',' || holds_closing_word(text, l, lg));
}

/* Whether line L is a name as a letter is signed with: three
 * capitalised words at most with nothing after it ("Priya", "Daniel
 * Brooks"; in a script without case, any three). */
static int is_signer_line(const char *text, line l)
{
	int capitals;
	size_t n;

	if (line_words(text, l, 3, &capitals) > 3 || !capitals)
		return 0;
	return class_at(text, l.end, prev_char(text, l.start, l.end), &n) &
	       C_LETTER;
}

/* Whether line A, a sign-off of five words at most that ends in a comma
 * ("Best regards,", "Thanks for your help,"), closes a letter that line
 * B signs (is_signer_line).  The comma goes on into no sentence. */
static int signs_off(const char *text, line a, line b)
{
	int capitals;

	return line_words(text, a, 5, &capitals) <= 5 && is_signer_line(text, b);
}

/* Whether line L is a rule: three or more of one mark and nothing
 * else ("=====" under a title, "-----", "_____" above a forwarded
 * message's header). */
static int is_rule_line(const char *text, line l)
{
	if (l.end - l.start < 3 || !strchr("=-_*~#", text[l.start]))
		return 0;
	for (size_t i = l.start + 1; i < l.end; i++)
		if (text[i] != text[l.start])
			return 0;
	return 1;
}

/* Whether line L ends in an e-mail address in angle brackets, as an
 * entry of a mail's header, a signature or a list of authors does
 * ("Dana Reyes <dana@example.org>"; but a wrapped attribution goes on
 * in lower case: "wrote:"). */
static int ends_in_address(const char *text, line l)
{
	size_t i = l.end;

	if (i == l.start || text[i - 1] != '>')
		return 0;
	for (i--; i > l.start && text[i - 1] != '<' && text[i - 1] != ' '; i--)
		if (text[i - 1] == '@')
			return 1;
	return 0;
}

/* Whether line L opens with an address that closes an angle bracket
 * ("marek@example.cz> wrote:"). */
static int opens_address(const char *text, line l)
{
	const char *s = text + l.start, *sp = memchr(s, ' ', l.end - l.start);
	size_t n = sp ? (size_t)(sp - s) : l.end - l.start;

	return n >= 4 && s[n - 1] == '>' && memchr(s, '@', n) != NULL;
}

/* Whether line A, holding an e-mail address in angle brackets, and
 * line B, two words at most in lower case or in Chinese or Japanese
 * that end in a colon, are a mail's attribution wrapped ("Le lun. 3
 * mars, Ann <ann@example.org> a" + "écrit :", "... Jan
 * <jan@example.pl>" + "napisał:", "... 田中 美咲 <misaki@example.jp>"
 * + "のメール:"); or B opens with the address and ends in a colon ("在
 * ... 王伟" + "<wang@example.cn> 写道："). */
static int wraps_attribution(const char *text, line a, line b)
{
	const char *at, *open, *close;
	int capitals;
	uint32_t first;

	if (b.end == b.start || (text[b.end - 1] != ':' &&
	                         !(b.end - b.start >= 3 &&
	                           memcmp(text + b.end - 3, "\xEF\xBC\x9A", 3) == 0)))
		return 0;
	if (opens_address(text, b))
		return 1;
	u8_decode((const unsigned char *)text + b.start, b.end - b.start,
	          &first);
	if (!(first_class(text, b) == C_LOWER || is_cjk_tight(first)) ||
	    !(at = memchr(text + a.start, '@', a.end - a.start)))
		return 0;
	open = memchr(text + a.start, '<', (size_t)(at - text) - a.start);
	close = memchr(at, '>', a.end - (size_t)(at - text));
	return open && close && line_words(text, b, 2, &capitals) <= 2;
}

/* Whether line L is a link or an address alone: one token that holds
 * "://" or an '@', or opens with "www." ("https://lists.example.org/
 * listinfo/dev", "dev@lists.example.org"), as a list's footer and a
 * signature have them; not one in brackets ("<mvo@debian.org>"), a
 * name's. */
static int is_link_line(const char *text, line l)
{
	const char *s = text + l.start, *colon;
	size_t n = l.end - l.start;

	if (n < 5 || memchr(s, ' ', n) || memchr(s, '\t', n) ||
	    strchr("<([", s[0]))
		return 0;
	if (memchr(s, '@', n) || memcmp(s, "www.", 4) == 0)
		return 1;
	colon = memchr(s, ':', n);
	return colon && (size_t)(colon - s) + 3 <= n && colon[1] == '/' &&
	       colon[2] == '/';
}

/* Whether line L leaves a bracket open: its last bracket is "(" or "["
 * ("directory).  (Addresses issue"). */
static int opens_bracket(const char *text, line l)
{
	for (size_t i = l.end; i > l.start; i--) {
		if (text[i - 1] == '(' || text[i - 1] == '[')
			return 1;
		if (text[i - 1] == ')' || text[i - 1] == ']')
			return 0;
	}
	return 0;
}

/* Whether line L may have a tab or three spaces in a row: most lines
 * have neither a tab nor two spaces side by side in any of their runs of
 * eight bytes, as a run of three spaces has in one of them.  The bytes
 * of a space or a tab are found eight at a step (the last eight read
 * again), and a byte after one may seem one too, which only answers
 * yes where no is right. */
static int may_have_gap(const char *text, line l)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x80 * ones;
	uint64_t w, x, y, seen = 0;
	size_t n = l.end - l.start;

	if (n < 8)
		return 1;
	for (size_t i = l.start;; i += 8) {
		if (i + 8 > l.end)
			i = l.end - 8;
		memcpy(&w, text + i, 8);
		x = w ^ 0x20 * ones;
		x = (x - ones) & ~x & high;            /* spaces */
		y = w ^ 0x09 * ones;
		y = (y - ones) & ~y & high;            /* tabs */
		seen |= (x & x >> 8) | y;
		if (i + 8 == l.end)
			return seen != 0;
	}
}

/* Whether line L has a gap inside it as a row of aligned columns has
 * ("Jeff Bailey <jb@example.net>        (hurd-i386)"): a tab, or four
 * spaces or more, not after a sentence's stop.  Justified prose pads
 * its gaps to three spaces at most, as a rule ("CONTRACT,   STRICT"). */
static int has_column_gap(const char *text, line l)
{
	size_t i = l.start, run = 0;

	if (!may_have_gap(text, l))
		return 0;
	for (; i < l.end; i++) {
		if (text[i] == '\t')
			return 1;
		if (text[i] != ' ') {
			run = 0;
			continue;
		}
		if (++run == 4) {
			size_t p = i - 3;
			while (p > l.start && strchr(")]\"'", text[p - 1]))
				p--;
			if (p > l.start && !strchr(".!?", text[p - 1]))
				return 1;
		}
	}
	return 0;
}

/* How many times the separator SEP (N bytes) stands between spaces in
 * line L, counted up to MAX. */
static size_t spaced_seps(const char *text, line l, const char *sep,
                          size_t n, size_t max)
{
	const char *p = text + l.start + 1, *e = text + l.end;
	size_t count = 0;

	for (; count < max && e - p > (ptrdiff_t)n &&
	       (p = memchr(p, sep[0], (size_t)(e - p - (ptrdiff_t)n))) != NULL;
	     p++)
		count += p[-1] == ' ' && memcmp(p, sep, n) == 0 && p[n] == ' ';
	return count;
}

/* Whether line L parts fields with bars or dots between spaces: two
 * bars (" | "; one is as often a shell's pipe, "sort | less"), or a
 * dot (" · ", " ⋅ ", " • "): a firm's imprint ("Teekontor GmbH | Große
 * Elbstraße 210 | 22767 Hamburg"), a calendar's date and time ("Thu 17
 * Apr ⋅ 6:30pm"), a footer's links.  Such a line is a line of its own,
 * as a row of aligned columns is: prose sets no such sign between
 * words. */
static int has_field_bars(const char *text, line l)
{
	return spaced_seps(text, l, "|", 1, 2) == 2 ||
	       spaced_seps(text, l, "\xC2\xB7", 2, 1) ||
	       (memchr(text + l.start, 0xE2, l.end - l.start) &&
	        (spaced_seps(text, l, "\xE2\x8B\x85", 3, 1) ||
	         spaced_seps(text, l, "\xE2\x80\xA2", 3, 1)));
}

/* Whether line L, with NEXT the line after it, opens what a letter
 * quotes, forwards or adds after its closing: a quoted line, a line that
 * opens with a rule ("-----Original Message-----", "----------
 * Forwarded message ---------"), a rule alone above a header, a quoted
 * line or a blank (Outlook's "____" + "From:"), a header of two fields
 * ("From:" + "Sent:"), a line ending in a colon before a quoted one
 * ("... wrote:"), a postscript ("P.S.", "PS:").  What follows it is no
 * trailer.  A rule alone above other lines sets off a mailing list's
 * footer ("____" + "list mailing list" + "To unsubscribe ..."), which
 * is one. */
static int opens_reply(const char *text, line l, line next)
{
	size_t n = l.end - l.start;
	const char *s = text + l.start;
	int rule = n >= 2 && strchr("-_=", s[0]) && s[1] == s[0];

	if (rule && is_rule_line(text, l) && next.start < next.end &&
	    !opens_with_label(text, next, 0) && !is_quoted(text, next) &&
	    last_char(text, next) != ':')
		return 0;
	return is_quoted(text, l) || rule ||
	       (opens_with_label(text, l, 0) && opens_with_label(text, next, 0)) ||
	       (last_char(text, l) == ':' && is_quoted(text, next)) ||
	       (n >= 3 && (memcmp(s, "P.S", 3) == 0 || memcmp(s, "PS:", 3) == 0 ||
	                   memcmp(s, "PS ", 3) == 0));
}

/* Whether the one line TEXT[START..END), which opens the text or
 * follows its title, a heading or a frame (a quoted letter's
 * attribution or header), greets its reader: a greeting of five words at
 * most that ends in '!' ("Привет!", "¡Hola, familia!"), as "Hi all,"
 * ends in a comma.  (In a script written without spaces no space counts
 * the words.) */
static int greets(const char *text, size_t start, size_t end)
{
	line l = { start, end };
	uint32_t first;
	int capitals;

	u8_decode((const unsigned char *)text + start, end - start, &first);
	return last_char(text, l) == '!' && !is_spaceless(first) &&
	       line_words(text, l, 5, &capitals) <= 5;
}

/* The line that starts at I, or an empty one at the text's end; where
 * the one after it starts goes to *NEXT. */
static line line_after(const paragraph_reader *pr, size_t i, size_t *next)
{
	line_reader r = pr->r;
	line none = { r.len, r.len };

	*next = r.len;
	return i < r.len ? get_line(&r, i, next) : none;
}

/* Whether line L, with the text going on at NEXT, is a signature's
 * delimiter: "-- " (trimmed), or the dash that a client's typography
 * makes of it ("—", "–") right above the lines it sets off (GitHub's
 * notifications set their footer off so).  A dash between blank lines
 * breaks a story's sections. */
static int is_signature_line(const paragraph_reader *pr, line l,
                             size_t next)
{
	const char *s = pr->r.text + l.start;
	size_t after;
	line below;

	if (l.end - l.start == 2)
		return s[0] == '-' && s[1] == '-';
	if (l.end - l.start != 3 || (memcmp(s, "\xE2\x80\x94", 3) != 0 &&
	                             memcmp(s, "\xE2\x80\x93", 3) != 0))
		return 0;
	below = line_after(pr, next, &after);
	return below.start < below.end;
}

/* Blocks and lines at most of a letter's trailer (see trailer_follows). */
#define TRAILER_BLOCKS 2
#define TRAILER_LINES 12

/* Whether what follows a letter's closing or signature, from FROM to the
 * text's end or to a reply's marker (opens_reply), is a trailer: a
 * disclaimer, a firm's notice ("CONFIDENTIALITY NOTICE: This message
 * ..."), which mail servers append after the signature, one or two short
 * blocks.  A letter's body does not go on after its closing, so words
 * there are the sender's boilerplate; more, or longer blocks, are some
 * other text (a closing-like line in a document, "For example," over a
 * list), and stay.  Reads TRAILER_BLOCKS blocks at most. */
static int trailer_follows(const paragraph_reader *pr, size_t from)
{
	size_t i, next, after, blocks = 0, lines = 0;

	for (i = from; i < pr->r.len; i = next) {
		line l = line_after(pr, i, &next);
		if (l.start == l.end) {
			lines = 0;
			continue;
		}
		if (opens_reply(pr->r.text, l, line_after(pr, next, &after)))
			break;
		if (lines++ == 0 && ++blocks > TRAILER_BLOCKS)
			return 0;
		if (lines > TRAILER_LINES)
			return 0;
	}
	return blocks > 0;
}

/* Whether a line that opens with a field's label if LABEL, with LABELS
 * such lines right above it in its block and the text going on at NEXT,
 * is a field of a header (a mail's From: Sent: To: Subject:, a form's):
 * it and the lines of labels around it are three or more (two are as
 * often notes: "Note: ..." + "Warning: ..."). */
static int header_field(const paragraph_reader *pr, int label,
                        size_t labels, size_t next)
{
	size_t after;
	line b;

	if (!label || labels >= 2)
		return label;
	b = line_after(pr, next, &after);
	return opens_with_label(pr->r.text, b, 0) &&
	       (labels == 1 ||
	        opens_with_label(pr->r.text, line_after(pr, after, &after), 0));
}

#endif /* SUMM_LETTERS_H */
