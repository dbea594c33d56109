/*
 * reading.c - the text read out of a marked-up source, built block by
 * block, and the map from it back to the source (see reading.h); and
 * the sniffing that tells which form a text is in.
 */
#include "reading.h"
#include "doc.h"
#include "blocks.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void reading_begin(reading *r, const char *source, size_t len)
{
	memset(r, 0, sizeof *r);
	r->source = source;
	r->source_len = len;
}

void reading_free(reading *r)
{
	free_large(r->text, r->cap, 1);
	free_large(r->pieces, r->pieces_cap, sizeof *r->pieces);
	free_large(r->blocks, r->blocks_cap, sizeof *r->blocks);
	r->text = NULL;
	r->pieces = NULL;
	r->blocks = NULL;
}

/* Appends LEN bytes of S to the text, standing for SOURCE[FROM..TO). */
static void put(reading *r, const char *s, size_t len, size_t from,
                size_t to, int verbatim)
{
	piece *last = r->npieces ? &r->pieces[r->npieces - 1] : NULL;

	if (r->oom || len == 0)
		return;
	if (grow_large(&r->text, &r->cap, r->len + len + 1, 1)) {
		r->oom = 1;
		return;
	}
	/* Verbatim text that goes on where the last piece ended extends it:
	 * a plain paragraph is one piece, whatever its length. */
	if (!(verbatim && last && last->verbatim && last->source_end == from)) {
		if (grow_large(&r->pieces, &r->pieces_cap, r->npieces + 1,
		               sizeof *r->pieces)) {
			r->oom = 1;
			return;
		}
		r->pieces[r->npieces++] =
		        (piece){ r->len, from, from, (unsigned char)verbatim, 0 };
		last = &r->pieces[r->npieces - 1];
	}
	last->source_end = to;
	memcpy(r->text + r->len, s, len);
	r->len += len;
	r->text[r->len] = '\0';
}

/* Makes ready for text in the open block (a paragraph if none is open,
 * opened at FROM): the blank line before its first text, or the white
 * space waiting before more of it. */
static void begin_text(reading *r, size_t from)
{
	if (!r->open)
		block_open(r, BLOCK_PARAGRAPH, from);
	if (r->start == (size_t)-1) {
		if (r->len > 0)
			put(r, "\n\n", 2, r->opened_at, r->opened_at, 0);
		r->start = r->len;
	} else if (r->space) {
		/* One byte of white space, a line break as much as a space,
		 * is a space byte for byte (not so a byte of markup, the
		 * backslash of a Markdown hard break): it goes on the
		 * verbatim piece before it, so that a paragraph wrapped over
		 * many lines stays one piece, not a piece a line. */
		put(r, " ", 1, r->space_from, r->space_to,
		    r->space_to - r->space_from == 1 &&
		    is_markup_space((unsigned char)r->source[r->space_from]));
	}
	r->space = 0;
}

void block_close(reading *r)
{
	if (r->open && r->start != (size_t)-1 && !r->oom) {
		if (grow_large(&r->blocks, &r->blocks_cap, r->nblocks + 1,
		               sizeof *r->blocks))
			r->oom = 1;
		else
			r->blocks[r->nblocks++] = (block){ r->start, r->len, r->kind };
	}
	r->open = 0;
	r->space = 0;
}

void block_open(reading *r, enum block_kind kind, size_t at)
{
	block_close(r);
	r->open = 1;
	r->kind = kind;
	r->start = (size_t)-1;
	r->opened_at = at;
}

void read_space(reading *r, size_t from, size_t to)
{
	if (!r->space) {
		r->space = 1;
		r->space_from = from;
		r->space_to = to;
	}
}

/* Whether the text run at S[I] (before TO) ends there: white space to
 * markup, but for one space between two bytes of text, which is text as
 * it stands. */
static int run_ends_at(const unsigned char *s, size_t i, size_t to)
{
	return is_markup_space(s[i]) &&
	       !(s[i] == ' ' && i + 1 < to && !is_markup_space(s[i + 1]));
}

/* The end of the text run at S[I] up to TO (see run_ends_at).  Words
 * parted by single spaces are most of a text: where the compiler and
 * byte order allow (BYTE_MASKS, see blocks.h), seven bytes go by at a
 * step, the eighth telling whether the seventh is such a space, until a
 * byte below '!' that is not one (each byte tested on its own, no borrow
 * crossing bytes) stops the step, and the byte that did is tested alone. */
static size_t run_end(const unsigned char *s, size_t i, size_t to)
{
#ifdef BYTE_MASKS
	const uint64_t ones = 0x0101010101010101u, high = 0x80 * ones;

	while (i + 8 <= to) {
		uint64_t w, low, space, stop;

		memcpy(&w, s + i, 8);
		low = ~((w | high) - 0x21 * ones) & ~w & high;
		space = ~((((w ^ 0x20 * ones) & ~high) + ~high) | (w ^ 0x20 * ones)) &
		        high;
		stop = low & ~(space & ~(low >> 8)) & (high >> 8);
		if (!stop) {
			i += 7;
			continue;
		}
		i += (size_t)__builtin_ctzll(stop) / 8;
		if (run_ends_at(s, i, to))
			return i;
		i++;                     /* a control character */
	}
#endif
	while (i < to && !run_ends_at(s, i, to))
		i++;
	return i;
}

void read_text(reading *r, size_t from, size_t to)
{
	const unsigned char *s = (const unsigned char *)r->source;

	while (from < to) {
		size_t i = from;

		if (is_markup_space(s[i])) {
			while (i < to && is_markup_space(s[i]))
				i++;
			read_space(r, from, i);
		} else {
			/* Words parted by single spaces go in at once: such a
			 * space is text as it stands, one put for a whole line. */
			i = run_end(s, i, to);
			begin_text(r, from);
			put(r, r->source + from, i - from, from, i, 1);
		}
		from = i;
	}
}

void read_verbatim(reading *r, size_t from, size_t to)
{
	put(r, r->source + from, to - from, from, to, 1);
}

int read_plain(reading *r)
{
	r->lines = 1;
	read_verbatim(r, 0, r->source_len);
	return reading_end(r);
}

void read_whole(reading *r, const char *text, size_t len, size_t from,
                size_t to)
{
	put(r, text, len, from, to, 0);
}

void read_decoded(reading *r, const char *text, size_t len,
                  size_t from, size_t to)
{
	const unsigned char *s = (const unsigned char *)text;

	for (size_t i = 0; i < len; ) {
		size_t j = i;

		if (is_markup_space(s[i])) {
			while (j < len && is_markup_space(s[j]))
				j++;
			read_space(r, from, to);
		} else {
			while (j < len && !is_markup_space(s[j]))
				j++;
			begin_text(r, from);
			put(r, text + i, j - i, from, to, 0);
		}
		i = j;
	}
}

int reading_end(reading *r)
{
	block_close(r);
	if (!r->text && !r->oom) {
		if (!(r->text = malloc(1)))
			r->oom = 1;
		else
			r->text[0] = '\0';
	}
	return r->oom ? -1 : 0;
}

size_t find_piece(const piece *p, size_t n, size_t at)
{
	size_t lo = 0, hi = n;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (p[mid].text <= at)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The piece of R that holds text offset AT (AT < r->len). */
static size_t piece_at(const reading *r, size_t at)
{
	return find_piece(r->pieces, r->npieces, at);
}

/* Where piece I's text ends. */
static size_t piece_end(const reading *r, size_t i)
{
	return i + 1 < r->npieces ? r->pieces[i + 1].text : r->len;
}

size_t piece_source(const piece *p, const char *text, size_t at, int end)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = 0;

	if (p->verbatim)
		return p->source + (at - p->text);
	if (!p->unit)
		return end ? p->source_end : p->source;
	/* The characters before AT: their lead bytes. */
	for (size_t i = p->text; i < at; i++)
		n += (s[i] & 0xC0) != 0x80;
	if (!end && n > 0 && (s[at] & 0xC0) == 0x80)
		n--;                 /* AT is inside the last one counted */
	return p->source + p->unit * n;
}

size_t source_offset(const reading *r, size_t at, int end)
{
	const piece *p;

	if (r->npieces == 0)
		return 0;
	if (end && at == 0)
		return r->pieces[0].source;
	if (at >= r->len)
		return r->pieces[r->npieces - 1].source_end;
	p = &r->pieces[piece_at(r, end ? at - 1 : at)];
	return piece_source(p, r->text, at, end);
}

int next_source_run(const reading *r, size_t *at, size_t to,
                    size_t *start, size_t *end)
{
	size_t i;

	if (to > r->len)
		to = r->len;
	if (*at >= to)
		return 0;
	i = piece_at(r, *at);
	/* Skip text that stands for no source bytes. */
	while (i < r->npieces && r->pieces[i].source == r->pieces[i].source_end) {
		*at = piece_end(r, i++);
		if (*at >= to)
			return 0;
	}
	if (i == r->npieces)
		return 0;
	{
		const piece *p = &r->pieces[i];
		size_t te = piece_end(r, i) < to ? piece_end(r, i) : to;

		*start = piece_source(p, r->text, *at, 0);
		*end = piece_source(p, r->text, te, 1);
		*at = te;
	}
	/* Pieces that go on where this one ended, in the source, join it. */
	while (*at < to && ++i < r->npieces && r->pieces[i].source == *end &&
	       r->pieces[i].source_end > *end) {
		const piece *p = &r->pieces[i];
		size_t te = piece_end(r, i) < to ? piece_end(r, i) : to;

		*end = piece_source(p, r->text, te, 1);
		*at = te;
	}
	return 1;
}

/* Sniffing: which form a text is in. */

/* Whether S[0..N) starts with the ASCII string W, ignoring case. */
static int starts_with(const char *s, size_t n, const char *w)
{
	size_t i = 0;

	for (; w[i]; i++)
		if (i >= n || (s[i] | 0x20) != (w[i] | 0x20))
			return 0;
	return 1;
}

/* The form a file name's extension names, or -1. */
static int form_of_name(const char *name)
{
	static const struct {
		const char *ext;
		int form;
	} known[] = {
		{ ".html", SUMM_INPUT_HTML }, { ".htm", SUMM_INPUT_HTML },
		{ ".xhtml", SUMM_INPUT_HTML }, { ".shtml", SUMM_INPUT_HTML },
		{ ".md", SUMM_INPUT_MARKDOWN }, { ".markdown", SUMM_INPUT_MARKDOWN },
		{ ".mdown", SUMM_INPUT_MARKDOWN }, { ".mkd", SUMM_INPUT_MARKDOWN },
		{ ".mkdn", SUMM_INPUT_MARKDOWN }, { ".txt", SUMM_INPUT_TEXT },
		{ ".text", SUMM_INPUT_TEXT },
	};
	const char *dot = name ? strrchr(name, '.') : NULL;

	if (!dot || strchr(dot, '/'))
		return -1;
	for (size_t i = 0; i < sizeof known / sizeof *known; i++)
		if (strlen(dot) == strlen(known[i].ext) &&
		    starts_with(dot, strlen(dot), known[i].ext))
			return known[i].form;
	return -1;
}

/* Whether the text opens as an HTML document does: a doctype, or the
 * html, head or body element, after any BOM, blanks and comments, or
 * an XML declaration. */
static int opens_as_html(const char *s, size_t n)
{
	size_t i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	for (int rounds = 0; rounds < 8; rounds++) {
		while (i < n && is_markup_space((unsigned char)s[i]))
			i++;
		if (starts_with(s + i, n - i, "<!doctype html") ||
		    starts_with(s + i, n - i, "<html") ||
		    starts_with(s + i, n - i, "<head") ||
		    starts_with(s + i, n - i, "<body"))
			return 1;
		if (starts_with(s + i, n - i, "<!--") ||
		    starts_with(s + i, n - i, "<?xml")) {
			const char *close = memchr(s + i + 1, '>', n - i - 1);
			if (!close)
				return 0;
			i = (size_t)(close - s) + 1;
			continue;
		}
		return 0;
	}
	return 0;
}

/* Evidence of Markdown in one line (trimmed of up to three spaces):
 * a bit per construct that plain text seldom has.  Strong ones: an ATX
 * heading, a code fence, a link or image, a link definition, a table's
 * delimiter row, a setext underline. */
enum {
	MD_HEADING = 1, MD_FENCE = 2, MD_LINK = 4, MD_DEFINITION = 8,
	MD_TABLE = 16, MD_SETEXT = 32, MD_STRONG = 63,
	MD_LIST = 64, MD_EMPHASIS = 128, MD_CODE = 256
};

static unsigned markdown_line(const char *s, size_t n, int after_text)
{
	unsigned found = 0;
	size_t i = 0, h = 0;

	while (i < n && i < 3 && s[i] == ' ')
		i++;
	s += i;
	n -= i;
	while (h < n && h < 7 && s[h] == '#')
		h++;
	if (h >= 1 && h <= 6 && h < n && s[h] == ' ')
		found |= MD_HEADING;
	if (starts_with(s, n, "```") || starts_with(s, n, "~~~"))
		found |= MD_FENCE;
	if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
		found |= MD_LIST;
	if (n >= 3 && s[0] == '[' && memchr(s, ']', n)) {
		const char *c = memchr(s, ']', n);
		if ((size_t)(c - s) + 1 < n && c[1] == ':')
			found |= MD_DEFINITION;
	}
	if (after_text && n >= 3 && (s[0] == '=' || s[0] == '-')) {
		size_t j = 0;
		while (j < n && s[j] == s[0])
			j++;
		while (j < n && is_markup_space((unsigned char)s[j]))
			j++;
		if (j == n && s[0] == '=')
			found |= MD_SETEXT;
	}
	if (n >= 3 && (s[0] == '|' || s[0] == '-' || s[0] == ':') &&
	    memchr(s, '|', n) && memchr(s, '-', n)) {
		size_t j = 0;
		while (j < n && strchr("|-: \t", s[j]))
			j++;
		if (j == n)
			found |= MD_TABLE;
	}
	for (size_t j = 0; j + 1 < n; j++) {
		if (s[j] == ']' && s[j + 1] == '(' && memchr(s, '[', j))
			found |= MD_LINK;
		else if (s[j] == '*' && s[j + 1] == '*')
			found |= MD_EMPHASIS;
		else if (s[j] == '`')
			found |= MD_CODE;
	}
	return found;
}

/* Whether the text opens with front matter: a line of "---" (YAML) or
 * "+++" (TOML), a "key:" or "key =" line, and the closing line later
 * on, as static site generators write a page's Markdown. */
static int has_front_matter(const char *s, size_t n)
{
	size_t i = 4;

	if (!starts_with(s, n, "---\n") && !starts_with(s, n, "+++\n"))
		return 0;
	while (i < n && (s[i] == '_' || s[i] == '-' ||
	                 (unsigned)((s[i] | 0x20) - 'a') < 26))
		i++;
	if (i == 4 || i + 1 >= n ||
	    (s[i] != ':' && !(s[i] == ' ' && s[i + 1] == '=')))
		return 0;
	for (; i + 4 <= n; i++)
		if (s[i - 1] == '\n' && memcmp(s + i, s, 3) == 0 &&
		    (i + 3 == n || s[i + 3] == '\n' || s[i + 3] == '\r'))
			return 1;
	return 0;
}

/* Whether the head of the text reads as Markdown: front matter, two
 * kinds of strong evidence, or one with two weaker kinds.  One kind
 * alone is not enough, since plain text has its "# " lines and its "* "
 * lists, and text read as Markdown loses its line structure. */
static int looks_like_markdown(const char *s, size_t n)
{
	unsigned found = 0, strong = 0, weak = 0;
	int after_text = 0;

	if (has_front_matter(s, n))
		return 1;
	for (size_t i = 0; i < n; ) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n, e = end;

		while (e > i && s[e - 1] == '\r')
			e--;
		found |= markdown_line(s + i, e - i, after_text);
		after_text = e > i;
		i = end + 1;
	}
	for (unsigned b = 1; b <= MD_CODE; b <<= 1)
		if (found & b)
			*(b & MD_STRONG ? &strong : &weak) += 1;
	return strong >= 2 || (strong == 1 && weak >= 2);
}

/* How much of a text sniffing reads: the head tells. */
#define SNIFF_BYTES 65536

/* The ASCII of the head of TEXT (LEN bytes), a text in UTF-16 after its
 * byte order mark (BIG: big-endian), into OUT (OUT_LEN bytes): what
 * sniffing looks at is markup, and markup is ASCII; any other character
 * reads as a byte beyond it.  Returns the bytes written. */
static size_t utf16_ascii(const unsigned char *text, size_t len, int big,
                          char *out, size_t out_len)
{
	size_t n = 0;

	for (size_t i = 2; i + 1 < len && n < out_len; i += 2) {
		unsigned hi = text[i + !big], lo = text[i + big];
		out[n++] = (char)(hi == 0 && lo < 0x80 ? lo : 0x80);
	}
	return n;
}

int sniff_input(const char *text, size_t len, const char *name)
{
	int named = form_of_name(name);
	const unsigned char *s = (const unsigned char *)text;
	char ascii[SNIFF_BYTES / 2];

	if (len > SNIFF_BYTES)
		len = SNIFF_BYTES;
	if (named >= 0)
		return named;
	if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
	                 (s[0] == 0xFE && s[1] == 0xFF))) {
		len = utf16_ascii(s, len, s[0] == 0xFE, ascii, sizeof ascii);
		text = ascii;
	}
	if (opens_as_html(text, len))
		return SUMM_INPUT_HTML;
	if (looks_like_markdown(text, len))
		return SUMM_INPUT_MARKDOWN;
	return SUMM_INPUT_TEXT;
}
