/*
 * tests/fuzz_markdown.c - libFuzzer target for the Markdown reader
 * (engine/markdown.c, inline.c, mdsyntax.c).
 *
 *     make fuzz && tests/fuzz_markdown -dict=tests/fuzz.dict CORPUS
 *
 * The input is any bytes, read from an exact-size heap copy (so that
 * AddressSanitizer sees a read one byte past the end).  The reading
 * must hold:
 *
 *  1. read_markdown succeeds; the text is NUL-terminated.
 *  2. Blocks lie inside the text in order, each non-empty, of a known
 *     kind, with no white space at either end and no run of white space
 *     inside but single spaces (read_text collapses it).
 *  3. Pieces lie inside the source, in order (each starts where the one
 *     before ended or later), their text offsets rising; a verbatim
 *     piece's text is its source bytes (a blank may read as a space).
 *  4. Each block's source runs (next_source_run) lie inside the source,
 *     in order, and source_offset maps its ends inside them.
 *  5. The whole engine reads the same bytes as Markdown (summ_parse_with)
 *     and every sentence's source span lies inside the input.
 *
 * A broken rule aborts, which libFuzzer reports as a crash.
 */
#include "summarize.h"
#include "engine/reading.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static int white(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Checks 2: the blocks. */
static void check_blocks(const reading *r)
{
	for (size_t b = 0; b < r->nblocks; b++) {
		const block *k = &r->blocks[b];

		CHECK(k->start < k->end && k->end <= r->len);
		CHECK(b == 0 || r->blocks[b - 1].end < k->start);
		CHECK(k->kind <= BLOCK_CAPTION);
		CHECK(!white(r->text[k->start]) && !white(r->text[k->end - 1]));
		for (size_t i = k->start; i < k->end; i++) {
			CHECK(r->text[i] == ' ' || !white(r->text[i]));
			CHECK(!(r->text[i] == ' ' && r->text[i + 1] == ' '));
		}
	}
}

/* Checks 3: the pieces. */
static void check_pieces(const reading *r, const char *src, size_t len)
{
	for (size_t k = 0; k < r->npieces; k++) {
		const piece *p = &r->pieces[k];
		size_t end = k + 1 < r->npieces ? p[1].text : r->len;

		CHECK(p->source <= p->source_end && p->source_end <= len);
		CHECK(p->text < end);
		if (k)
			CHECK(p[-1].source_end <= p->source &&
			      p[-1].text < p->text);
		if (p->verbatim) {
			CHECK(p->source_end - p->source == end - p->text);
			CHECK(verbatim_text(r->text + p->text, src + p->source,
			                    end - p->text));
		}
	}
}

/* Checks 4: each block back to the source. */
static void check_runs(const reading *r, size_t len)
{
	for (size_t b = 0; b < r->nblocks; b++) {
		size_t at = r->blocks[b].start, to = r->blocks[b].end;
		size_t first = source_offset(r, at, 0), last = source_offset(r, to, 1);
		size_t start, end, prev = 0;

		CHECK(first <= last && last <= len);
		while (next_source_run(r, &at, to, &start, &end)) {
			CHECK(start < end && end <= len);
			CHECK(start >= prev);
			CHECK(start >= first && end <= last);
			prev = end;
		}
		CHECK(at == to);
	}
}

/* Checks 5: the engine, on the same bytes. */
static void check_engine(const char *src, size_t len)
{
	summ_options opt = { 0 };
	summ_doc *doc;

	opt.input = SUMM_INPUT_MARKDOWN;
	opt.language = "en";
	if (summ_parse_with(src, len, &opt, &doc) != SUMM_OK)
		return;
	for (size_t k = 0, n = summ_sentence_count(doc); k < n; k++) {
		summ_sentence s = summ_sentence_at(doc, k);
		size_t start, end;

		summ_source_span(doc, s.offset, s.length, &start, &end);
		CHECK(start <= end && end <= len);
	}
	summ_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src = exact_copy((const char *)data, size);
	reading r;

	reading_begin(&r, src, size);
	CHECK(read_markdown(&r) == 0);
	CHECK(r.text[r.len] == '\0');
	check_blocks(&r);
	check_pieces(&r, src, size);
	check_runs(&r, size);
	reading_free(&r);
	check_engine(src, size);
	free(src);
	return 0;
}
