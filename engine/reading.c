/*
 * reading.c - the text read out of a marked-up source, built block by
 * block, and the map from it back to the source (see reading.h); and
 * the sniffing that tells which form a text is in.
 */
#include "reading.h"
#include "doc.h"

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
	free(r->text);
	free(r->pieces);
	free(r->blocks);
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
	if (grow(&r->text, &r->cap, r->len + len + 1, 1)) {
		r->oom = 1;
		return;
	}
	/* Verbatim text that goes on where the last piece ended extends it:
	 * a plain paragraph is one piece, whatever its length. */
	if (!(verbatim && last && last->verbatim && last->source_end == from)) {
		if (grow(&r->pieces, &r->pieces_cap, r->npieces + 1, sizeof *r->pieces)) {
			r->oom = 1;
			return;
		}
		r->pieces[r->npieces++] = (piece){ r->len, from, from, verbatim };
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
		int one = r->space_to - r->space_from == 1 &&
		          r->source[r->space_from] == ' ';
		put(r, one ? r->source + r->space_from : " ", 1, r->space_from,
		    r->space_to, one);
	}
	r->space = 0;
}

void block_close(reading *r)
{
	if (r->open && r->start != (size_t)-1 && !r->oom) {
		if (grow(&r->blocks, &r->blocks_cap, r->nblocks + 1, sizeof *r->blocks))
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

static int is_white(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void read_space(reading *r, size_t from, size_t to)
{
	if (!r->space) {
		r->space = 1;
		r->space_from = from;
		r->space_to = to;
	}
}

void read_text(reading *r, size_t from, size_t to)
{
	const unsigned char *s = (const unsigned char *)r->source;

	while (from < to) {
		size_t i = from;

		if (is_white(s[i])) {
			while (i < to && is_white(s[i]))
				i++;
			read_space(r, from, i);
		} else {
			while (i < to && !is_white(s[i]))
				i++;
			begin_text(r, from);
			put(r, r->source + from, i - from, from, i, 1);
		}
		from = i;
	}
}

void read_decoded(reading *r, const char *text, size_t len,
                  size_t from, size_t to)
{
	const unsigned char *s = (const unsigned char *)text;

	for (size_t i = 0; i < len; ) {
		size_t j = i;

		if (is_white(s[i])) {
			while (j < len && is_white(s[j]))
				j++;
			read_space(r, from, to);
		} else {
			while (j < len && !is_white(s[j]))
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

/* The piece that holds text offset AT (AT < r->len). */
static size_t piece_at(const reading *r, size_t at)
{
	size_t lo = 0, hi = r->npieces;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->pieces[mid].text <= at)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Where piece I's text ends. */
static size_t piece_end(const reading *r, size_t i)
{
	return i + 1 < r->npieces ? r->pieces[i + 1].text : r->len;
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
	if (p->verbatim)
		return p->source + (at - p->text);
	return end ? p->source_end : p->source;
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

		*start = p->verbatim ? p->source + (*at - p->text) : p->source;
		*end = p->verbatim ? p->source + (te - p->text) : p->source_end;
		*at = te;
	}
	/* Pieces that go on where this one ended, in the source, join it. */
	while (*at < to && ++i < r->npieces && r->pieces[i].source == *end &&
	       r->pieces[i].source_end > *end) {
		const piece *p = &r->pieces[i];
		size_t te = piece_end(r, i) < to ? piece_end(r, i) : to;

		*end = p->verbatim ? p->source + (te - p->text) : p->source_end;
		*at = te;
	}
	return 1;
}
