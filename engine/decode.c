/*
 * decode.c - a text read in the charset it is in (see decode.h): the
 * source converted to UTF-8 character by character, each character
 * remembering its source bytes in a map (a piece list over the converted
 * text); the reader run over the converted text; its pieces, which point
 * into the converted text, then composed with the map so that they point
 * into the original.  UTF-16 is decoded here; every other charset by
 * iconv.
 */
#include "decode.h"
#include "charset.h"
#include "chars.h"
#include "doc.h"
#include "reading.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

/* The longest run of bytes a converter may need to give a character:
 * a 4-byte GB18030 character, after an ISO-2022-JP escape. */
#define MAX_CHAR 8

/* The page converted: its UTF-8 and the map back, a piece list over the
 * converted text in which ASCII read as the same bytes is verbatim, a
 * run of characters each read from the same number of bytes is a piece
 * of that UNIT (a piece a character would take 32 bytes for each one,
 * some 70 times a Cyrillic page's size), and anything else (U+FFFD for
 * a bad byte, two characters from one) a piece of its own. */
typedef struct {
	iconv_t cd;
	const unsigned char *src;
	size_t n;
	unsigned nature;           /* see charset_nature */
	char *out;
	size_t len, cap;
	piece *map;
	size_t nmap, map_cap;
	size_t pending;            /* where bytes read without output yet
	                              began, or (size_t)-1 */
	int oom;
} convert;

/* Appends piece ADD, of LEN bytes of text, to the list *P (*N long,
 * *CAP room).  ADD going on where the last piece ended, in the source,
 * extends it when both are verbatim (as reading.c's put does), or when
 * both have the same UNIT and the two hold no more than PIECE_UNIT_MAX
 * bytes of text: ASCII is both verbatim and of unit 1, so that a
 * paragraph of KOI8-R, its spaces and digits with its letters, is a
 * few pieces. */
static int add_piece(piece **p, size_t *n, size_t *cap, piece add,
                     size_t len)
{
	piece *last = *n ? &(*p)[*n - 1] : NULL;

	if (last && last->source_end == add.source) {
		int verbatim = last->verbatim && add.verbatim;

		if (verbatim ||
		    (add.unit && last->unit == add.unit &&
		     add.text + len - last->text <= PIECE_UNIT_MAX)) {
			last->source_end = add.source_end;
			last->verbatim = (unsigned char)verbatim;
			if (last->unit != add.unit)
				last->unit = 0;
			return 0;
		}
	}
	if (grow_large(p, cap, *n + 1, sizeof **p))
		return -1;
	(*p)[(*n)++] = add;
	return 0;
}

/* Whether TEXT[0..LEN) is one UTF-8 character (the converter's output
 * is valid UTF-8). */
static int one_char(const char *text, size_t len)
{
	unsigned char c = (unsigned char)text[0];

	return len == (c < 0x80 ? 1u : c < 0xE0 ? 2u : c < 0xF0 ? 3u : 4u);
}

/* Appends the UTF-8 TEXT[0..LEN), standing for the source bytes
 * FROM..TO: verbatim when it is those very bytes; of UNIT (0 for none)
 * when each of its characters was read from UNIT bytes. */
static void emit(convert *c, const char *text, size_t len, size_t from,
                 size_t to, size_t unit)
{
	int verbatim = len == to - from &&
	               memcmp(text, c->src + from, len) == 0;

	if (c->oom || len == 0)
		return;
	if (grow(&c->out, &c->cap, c->len + len + 1, 1) ||
	    add_piece(&c->map, &c->nmap, &c->map_cap,
	              (piece){ c->len, from, to, (unsigned char)verbatim,
	                       (unsigned char)unit }, len)) {
		c->oom = 1;
		return;
	}
	memcpy(c->out + c->len, text, len);
	c->len += len;
	c->out[c->len] = '\0';
}

/* Output of a call that read the source up to TO: it stands for the
 * bytes from where the converter last had nothing to show. */
static void emit_upto(convert *c, const char *text, size_t len, size_t at,
                      size_t to)
{
	if (len == 0) {
		if (c->pending == (size_t)-1)
			c->pending = at;
		return;
	}
	/* One character read from AT..TO alone stands for those bytes
	 * one for one; after bytes that gave nothing (an escape), or as
	 * more than one character, it stands for them only as a whole. */
	if (c->pending == (size_t)-1 && one_char(text, len))
		emit(c, text, len, at, to, to - at);
	else
		emit(c, text, len, c->pending != (size_t)-1 ? c->pending : at,
		     to, 0);
	c->pending = (size_t)-1;
}

/* Converts the character at AT, given to iconv a byte more at a time
 * until it is whole, so that what it reads is exactly one character (or
 * an escape): no more than MAX_CHAR calls, each of bounded size.
 * Returns where the next character starts, always past AT. */
static size_t convert_one(convert *c, size_t at)
{
	char buf[64];
	size_t len = 1;

	for (;; len++) {
		char *in, *out = buf;
		size_t inleft, outleft = sizeof buf, got, used;

		if (len > c->n - at)
			len = c->n - at;
		in = (char *)(c->src + at);
		inleft = len;
		got = iconv(c->cd, &in, &inleft, &out, &outleft);
		if (got != (size_t)-1 && (c->nature & CHARSET_FLUSH))
			iconv(c->cd, NULL, NULL, &out, &outleft);
		used = len - inleft;
		if (used > 0) {
			emit_upto(c, buf, (size_t)(out - buf), at, at + used);
			return at + used;
		}
		/* Not whole yet: one byte more, while there is one. */
		if (got == (size_t)-1 && errno == EINVAL && len < MAX_CHAR &&
		    len < c->n - at)
			continue;
		break;
	}
	/* A byte that starts no character, or a character cut off by the
	 * end: U+FFFD, and on with the next byte. */
	emit(c, "\xEF\xBF\xBD", 3,
	     c->pending != (size_t)-1 ? c->pending : at, at + 1, 0);
	c->pending = (size_t)-1;
	return at + 1;
}

/* The code unit of UTF-16 at AT, of byte order BIG (1) or little (0). */
static unsigned utf16_unit(const unsigned char *s, size_t at, int big)
{
	return big ? (unsigned)s[at] << 8 | s[at + 1]
	           : (unsigned)s[at + 1] << 8 | s[at];
}

/* Converts UTF-16 from START, decoded here rather than by iconv, which
 * took a call (and its setup) a character, four times the time of all
 * the rest.  Characters of one code unit are decoded in runs straight
 * into the text, a piece of unit 2 a run (see add_piece); a surrogate
 * pair is a character of four bytes; a surrogate without its partner,
 * and an odd byte at the end, are U+FFFD for that code unit (or byte),
 * as glibc's iconv has them. */
static void convert_utf16(convert *c, size_t start, int big)
{
	size_t at = start;
	char buf[4];

	while (at < c->n && !c->oom) {
		size_t from = at, text = c->len;
		unsigned u = 0, v;

		if (grow(&c->out, &c->cap, c->len + PIECE_UNIT_MAX + 1, 1)) {
			c->oom = 1;
			return;
		}
		while (c->n - at >= 2 && c->len - text <= PIECE_UNIT_MAX - 3 &&
		       ((u = utf16_unit(c->src, at, big)) < 0xD800 ||
		        u >= 0xE000)) {
			c->len += u8_encode(u, c->out + c->len);
			at += 2;
		}
		c->out[c->len] = '\0';
		if (at > from &&
		    add_piece(&c->map, &c->nmap, &c->map_cap,
		              (piece){ text, from, at, 0, 2 }, c->len - text)) {
			c->oom = 1;
			return;
		}
		if (at == c->n)
			break;
		if (c->n - at < 2) {               /* an odd byte at the end */
			emit(c, "\xEF\xBF\xBD", 3, at, c->n, 0);
			break;
		}
		if (u < 0xD800 || u >= 0xE000)
			continue;                  /* the run was cut at 256 bytes */
		if (u >= 0xDC00 || c->n - at < 4 ||
		    (v = utf16_unit(c->src, at + 2, big)) < 0xDC00 || v >= 0xE000) {
			emit(c, "\xEF\xBF\xBD", 3, at, at + 2, 0);
			at += 2;
			continue;
		}
		u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
		emit(c, buf, u8_encode(u, buf), at, at + 4, 4);
		at += 4;
	}
}

/* Converts the source from START: UTF-16 by hand; of other encodings,
 * runs of ASCII bytes, where the encoding keeps them, copied, and every
 * other character through iconv. */
static void convert_all(convert *c, size_t start)
{
	size_t at = start;
	char buf[64], *out = buf;
	size_t outleft = sizeof buf;

	if (c->nature & (CHARSET_UTF16LE | CHARSET_UTF16BE)) {
		convert_utf16(c, start, (c->nature & CHARSET_UTF16BE) != 0);
		return;
	}
	c->pending = (size_t)-1;
	while (at < c->n && !c->oom) {
		if ((c->nature & CHARSET_ASCII_SAFE) && c->src[at] < 0x80 &&
		    c->pending == (size_t)-1) {
			size_t j = at;

			while (j < c->n && c->src[j] < 0x80)
				j++;
			emit(c, (const char *)c->src + at, j - at, at, j, 1);
			at = j;
		} else {
			at = convert_one(c, at);
		}
	}
	/* Whatever the converter still holds stands for the bytes read
	 * since it last gave something. */
	iconv(c->cd, NULL, NULL, &out, &outleft);
	if (out > buf)
		emit(c, buf, (size_t)(out - buf),
		     c->pending != (size_t)-1 ? c->pending : c->n, c->n, 0);
	c->pending = (size_t)-1;
}

/* The source byte where converted offset AT begins (END 0), or the one
 * after where the converted text before AT ends (END 1): a character
 * cut by AT counts whole. */
static size_t map_offset(const convert *c, size_t at, int end, size_t start)
{
	const piece *p;

	if (c->nmap == 0)
		return start;
	if (end && at == 0)
		return c->map[0].source;
	if (at >= c->len)
		return c->map[c->nmap - 1].source_end;
	p = &c->map[find_piece(c->map, c->nmap, end ? at - 1 : at)];
	return piece_source(p, c->out, at, end);
}

/* The pieces of IN (read over the converted text of C) led back to the
 * original bytes, into *OUT (*N pieces, *CAP room).  A piece that is not
 * verbatim stands for the source bytes of the converted text it stands
 * for; a verbatim one is cut where the map's pieces are cut, so that
 * ASCII stays verbatim, a run of characters of one unit stays one, and
 * each other character stands for its own bytes.  Returns 0, or -1 when
 * memory ran out. */
static int remap(const reading *in, const convert *c, size_t start,
                 piece **out, size_t *n, size_t *cap)
{
	for (size_t i = 0; i < in->npieces; i++) {
		const piece *p = &in->pieces[i];
		size_t t = p->text;
		size_t t_end = i + 1 < in->npieces ? p[1].text : in->len;
		size_t a = p->source, b, k;

		if (!p->verbatim || p->source == p->source_end) {
			size_t from = map_offset(c, p->source, 0, start);
			size_t to = p->source == p->source_end
			                    ? from
			                    : map_offset(c, p->source_end, 1,
			                                 start);

			if (to < from)
				to = from;
			if (add_piece(out, n, cap, (piece){ t, from, to, 0, 0 },
			              t_end - t))
				return -1;
			continue;
		}
		/* Verbatim: the text is the converted bytes A..B. */
		b = a + (t_end - t);
		k = find_piece(c->map, c->nmap, a);
		for (; a < b && k < c->nmap; k++) {
			const piece *m = &c->map[k];
			size_t m_end = k + 1 < c->nmap ? m[1].text : c->len;
			size_t e = m_end < b ? m_end : b;
			piece add = { t, piece_source(m, c->out, a, 0),
			              piece_source(m, c->out, e, 1), m->verbatim,
			              m->unit };

			/* Of a piece of characters, a part that cuts one (none
			 * does, as markup is ASCII) stands for it as a whole. */
			if (is_cont((unsigned char)c->out[a]) ||
			    is_cont((unsigned char)c->out[e]))
				add.unit = 0;
			if (add_piece(out, n, cap, add, e - a))
				return -1;
			t += e - a;
			a = e;
		}
	}
	return 0;
}

int read_as(reading *r, const char *charset, int (*reader)(reading *))
{
	convert c = { 0 };
	reading in;
	piece *pieces = NULL;
	size_t npieces = 0, pieces_cap = 0, start = 0;

	if (!charset)
		return reader(r);
	c.nature = charset_nature(charset);
	c.cd = (iconv_t)-1;                /* UTF-16 is decoded here */
	if (!(c.nature & (CHARSET_UTF16LE | CHARSET_UTF16BE)) &&
	    (c.cd = iconv_open("UTF-8", charset)) == (iconv_t)-1)
		return reader(r);
	c.src = (const unsigned char *)r->source;
	c.n = r->source_len;
	/* The byte order mark is no text. */
	if (c.n >= 2 && (((c.nature & CHARSET_UTF16LE) && c.src[0] == 0xFF &&
	                  c.src[1] == 0xFE) ||
	                 ((c.nature & CHARSET_UTF16BE) && c.src[0] == 0xFE &&
	                  c.src[1] == 0xFF)))
		start = 2;
	convert_all(&c, start);
	if (c.cd != (iconv_t)-1)
		iconv_close(c.cd);
	if (c.oom) {
		free(c.out);
		free_large(c.map, c.map_cap, sizeof *c.map);
		r->oom = 1;
		return reading_end(r);
	}

	reading_begin(&in, c.out ? c.out : "", c.len);
	if (reader(&in) == 0 &&
	    remap(&in, &c, start, &pieces, &npieces, &pieces_cap) == 0) {
		/* R takes the text and blocks read, and the pieces led back:
		 * R was only begun, so it holds nothing of its own yet. */
		reading_free(r);
		r->text = in.text;
		r->len = in.len;
		r->cap = in.cap;
		r->lines = in.lines;
		r->blocks = in.blocks;
		r->nblocks = in.nblocks;
		r->blocks_cap = in.blocks_cap;
		r->pieces = pieces;
		r->npieces = npieces;
		r->pieces_cap = pieces_cap;
		free_large(in.pieces, in.pieces_cap, sizeof *in.pieces);
		free(c.out);
		free_large(c.map, c.map_cap, sizeof *c.map);
		return 0;
	}
	free_large(pieces, pieces_cap, sizeof *pieces);
	reading_free(&in);
	free(c.out);
	free_large(c.map, c.map_cap, sizeof *c.map);
	r->oom = 1;
	return reading_end(r);
}

int read_html_in_charset(reading *r)
{
	return read_as(r, html_declared_charset(r->source, r->source_len),
	               read_html);
}
