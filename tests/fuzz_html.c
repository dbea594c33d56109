/*
 * tests/fuzz_html.c - libFuzzer target for the HTML reader.
 *
 *     make fuzz && tests/fuzz_html -dict=tests/fuzz.dict CORPUS
 *
 * The input is any bytes, read as HTML.  Checked:
 *
 *  1. read_html succeeds; the text is NUL-terminated at its length.
 *  2. Blocks lie inside the text, in order, not overlapping, not empty;
 *     at most one title, and it comes first.
 *  3. Pieces start inside the text in increasing order; each stands for
 *     source bytes inside the input, their starts never going back; a
 *     verbatim piece is its source bytes (a blank may read as a space).
 *  4. next_source_run over each block gives runs inside the input, in
 *     order; source_offset stays inside the input.
 *  5. char_reference at every '&' takes at most the bytes there and
 *     writes at most 8.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "engine/reading.h"

static void check_pieces(const reading *r, size_t n)
{
	size_t prev = 0;

	for (size_t i = 0; i < r->npieces; i++) {
		const piece *p = &r->pieces[i];
		size_t end = i + 1 < r->npieces ? r->pieces[i + 1].text : r->len;

		CHECK(p->text < end && end <= r->len);
		CHECK(p->source <= p->source_end && p->source_end <= n);
		CHECK(p->source >= prev);
		prev = p->source;
		if (p->verbatim) {
			CHECK(end - p->text == p->source_end - p->source);
			CHECK(verbatim_text(r->text + p->text, r->source + p->source,
			                    end - p->text));
		}
	}
}

static void check_blocks(const reading *r, size_t n)
{
	for (size_t i = 0; i < r->nblocks; i++) {
		const block *b = &r->blocks[i];
		size_t at = b->start, start, end, last = 0;

		CHECK(b->start < b->end && b->end <= r->len);
		CHECK(i == 0 || r->blocks[i - 1].end <= b->start);
		CHECK(b->kind != BLOCK_TITLE || i == 0);
		CHECK(b->kind <= BLOCK_CODE);
		while (next_source_run(r, &at, b->end, &start, &end)) {
			CHECK(start <= end && end <= n && start >= last);
			last = start;
		}
		CHECK(source_offset(r, b->start, 0) <= n);
		CHECK(source_offset(r, b->end, 1) <= n);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src = exact_copy((const char *)data, size);
	reading r;

	reading_begin(&r, src, size);
	CHECK(read_html(&r) == 0);
	CHECK(r.text != NULL && r.text[r.len] == '\0');
	check_pieces(&r, size);
	check_blocks(&r, size);
	reading_free(&r);
	for (const char *a = src; (a = memchr(a, '&', size - (size_t)(a - src))) != NULL; a++) {
		char out[8];
		size_t len = 0, left = size - (size_t)(a - src);
		size_t used = char_reference(a, left, (a - src) & 1, out, &len);

		CHECK(used <= left && len <= 8 && (used == 0 || len > 0));
	}
	free(src);
	return 0;
}
