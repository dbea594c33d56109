/* check_reading.c - the text a reader builds out of a source
 * (engine/reading.c): white space collapsed, blocks parted by a blank
 * line, the way back to the source's bytes; sniffing the form of a
 * text; and the engine's use of both (summ_text, summ_source_span,
 * summ_source_run). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../engine/reading.h"

/* A source and a reading of it, begun. */
static reading r;

static void begin(const char *source)
{
	reading_begin(&r, source, strlen(source));
}

/* Offset of the first occurrence of S in the source. */
static size_t at(const char *s)
{
	const char *p = strstr(r.source, s);

	ck_assert_ptr_nonnull(p);
	return (size_t)(p - r.source);
}

START_TEST(test_text_and_blocks)
{
	/* <h1>Title</h1>\n<p>One  two\n three</p><p></p><li>Item</li> */
	const char *src = "<h1>Title</h1>\n<p>One  two\n three</p><p></p>"
	                  "<li> Item </li>";

	begin(src);
	block_open(&r, BLOCK_HEADING, at("<h1>"));
	read_text(&r, at("Title"), at("</h1>"));
	block_open(&r, BLOCK_PARAGRAPH, at("<p>"));
	read_text(&r, at("One"), at("</p>"));
	block_open(&r, BLOCK_PARAGRAPH, at("<p></p>"));  /* empty: no trace */
	block_open(&r, BLOCK_ITEM, at("<li>"));
	read_text(&r, at(" Item"), at("</li>"));
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "Title\n\nOne two three\n\nItem");
	ck_assert_uint_eq(r.nblocks, 3);
	ck_assert_int_eq(r.blocks[0].kind, BLOCK_HEADING);
	ck_assert_int_eq(r.blocks[1].kind, BLOCK_PARAGRAPH);
	ck_assert_int_eq(r.blocks[2].kind, BLOCK_ITEM);
	ck_assert_str_eq(r.text + r.blocks[2].start, "Item");
	ck_assert_uint_eq(r.blocks[1].end - r.blocks[1].start,
	                  strlen("One two three"));
	reading_free(&r);
}
END_TEST

START_TEST(test_offsets_map_back)
{
	const char *src = "<p>The <b>big</b> dog &amp; cat.</p>";
	size_t big, dog, amp;

	begin(src);
	block_open(&r, BLOCK_PARAGRAPH, 0);
	read_text(&r, at("The"), at("<b>"));
	read_text(&r, at("big"), at("</b>"));
	read_text(&r, at(" dog"), at("&amp;"));
	read_decoded(&r, "&", 1, at("&amp;"), at("&amp;") + 5);
	read_text(&r, at(" cat."), at("</p>"));
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "The big dog & cat.");
	big = (size_t)(strstr(r.text, "big") - r.text);
	dog = (size_t)(strstr(r.text, "dog") - r.text);
	amp = (size_t)(strchr(r.text, '&') - r.text);
	ck_assert_uint_eq(source_offset(&r, 0, 0), at("The"));
	ck_assert_uint_eq(source_offset(&r, big, 0), at("big"));
	ck_assert_uint_eq(source_offset(&r, dog + 3, 1), at(" &amp;"));
	/* A reference maps whole: its start, or the byte after its ';'. */
	ck_assert_uint_eq(source_offset(&r, amp, 0), at("&amp;"));
	ck_assert_uint_eq(source_offset(&r, amp + 1, 1), at("&amp;") + 5);
	ck_assert_uint_eq(source_offset(&r, r.len, 1), at("</p>"));
	reading_free(&r);
}
END_TEST

START_TEST(test_runs_skip_markup)
{
	const char *src = "<p>The <b>big</b> dog &amp; cat.</p>";
	size_t pos = 0, s, e, n = 0;
	char runs[4][32];

	begin(src);
	block_open(&r, BLOCK_PARAGRAPH, 0);
	read_text(&r, at("The"), at("<b>"));
	read_text(&r, at("big"), at("</b>"));
	read_text(&r, at(" dog"), at("&amp;"));
	read_decoded(&r, "&", 1, at("&amp;"), at("&amp;") + 5);
	read_text(&r, at(" cat."), at("</p>"));
	ck_assert_int_eq(reading_end(&r), 0);
	while (n < 4 && next_source_run(&r, &pos, r.len, &s, &e)) {
		ck_assert_uint_lt(e - s, sizeof runs[0]);
		memcpy(runs[n], src + s, e - s);
		runs[n++][e - s] = '\0';
	}
	/* Three runs: the tags part them, the reference joins its
	 * neighbours, as it is as contiguous in the source as they are. */
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(runs[0], "The ");
	ck_assert_str_eq(runs[1], "big");
	ck_assert_str_eq(runs[2], " dog &amp; cat.");
	reading_free(&r);
}
END_TEST

START_TEST(test_blank_lines_have_no_source)
{
	const char *src = "<p>One.</p><p>Two.</p>";
	size_t pos = 0, s, e, n = 0;

	begin(src);
	block_open(&r, BLOCK_PARAGRAPH, at("<p>One"));
	read_text(&r, at("One"), at("</p>"));
	block_open(&r, BLOCK_PARAGRAPH, at("<p>Two"));
	read_text(&r, at("Two"), at("Two.") + 4);
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "One.\n\nTwo.");
	while (next_source_run(&r, &pos, r.len, &s, &e))
		n++;
	ck_assert_uint_eq(n, 2);
	reading_free(&r);
}
END_TEST

START_TEST(test_white_space_collapses)
{
	const char *src = "  a \t\n b  ";

	begin(src);
	read_text(&r, 0, strlen(src));   /* no block open: a paragraph */
	read_space(&r, 0, 1);
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "a b");
	ck_assert_uint_eq(r.nblocks, 1);
	reading_free(&r);

	begin("");
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "");
	ck_assert_uint_eq(r.nblocks, 0);
	ck_assert_uint_eq(source_offset(&r, 0, 0), 0);
	reading_free(&r);
}
END_TEST

/* A paragraph wrapped over many lines costs one piece, not one a line
 * (a text of short lines would else take 32 bytes a line), and its
 * offsets still map back byte for byte; a run of two blanks, read as
 * one space, is a piece of its own, as is a byte of markup read as a
 * space. */
START_TEST(test_wrapped_lines_one_piece)
{
	const char *src = "one two\nthree\nfour\tfive\n\nsix";

	begin(src);
	read_text(&r, 0, 24);
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "one two three four five");
	ck_assert_uint_eq(r.npieces, 1);
	ck_assert_uint_eq(source_offset(&r, 14, 0), 14);     /* "four" */
	reading_free(&r);

	begin(src);
	read_text(&r, 0, strlen(src));
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "one two three four five six");
	ck_assert_uint_eq(r.npieces, 3);
	ck_assert_uint_eq(source_offset(&r, 24, 0), 25);     /* "six" */
	reading_free(&r);

	begin("a\\b");                   /* a hard break's backslash */
	read_text(&r, 0, 1);
	read_space(&r, 1, 2);
	read_text(&r, 2, 3);
	ck_assert_int_eq(reading_end(&r), 0);
	ck_assert_str_eq(r.text, "a b");
	ck_assert_uint_eq(r.npieces, 3);
	ck_assert(!r.pieces[1].verbatim);
	reading_free(&r);
}
END_TEST

/* SRC[0..N) as a reading gives it: runs of white space read as one
 * space, none at either end, everything else as it is. */
static void collapsed(const char *src, size_t n, char *out)
{
	size_t w = 0;

	for (size_t i = 0; i < n; i++) {
		if (!strchr(" \t\n\r\f", src[i]))
			out[w++] = src[i];
		else if (w > 0 && out[w - 1] != ' ')
			out[w++] = ' ';
	}
	while (w > 0 && out[w - 1] == ' ')
		w--;
	out[w] = '\0';
}

/* White space is found as well at any place in an eight-byte step:
 * words longer than a step, control characters inside a word (text, not
 * space), tabs and runs of spaces at every offset, and a reading that
 * stops inside a step. */
START_TEST(test_white_space_any_offset)
{
	static const char *const tails[] = {
		"quintessentially\x01unremarkable \t paragraphs\x7f end",
		"a\x02b c  d\re\ff\ng\x1fh", "twelve-bytes\tthirteen-byte",
	};

	for (size_t t = 0; t < sizeof tails / sizeof *tails; t++)
		for (size_t shift = 0; shift < 16; shift++) {
			char src[128], want[128];
			size_t n = 0;

			for (size_t i = 0; i < shift; i++)
				src[n++] = "ab "[i % 3];
			strcpy(src + n, tails[t]);
			n = strlen(src);
			for (size_t len = n - 5; len <= n; len++) {
				collapsed(src, len, want);
				begin(src);
				read_text(&r, 0, len);
				ck_assert_int_eq(reading_end(&r), 0);
				ck_assert_str_eq(r.text, want);
				reading_free(&r);
			}
		}
}
END_TEST

static int sniff(const char *text, const char *name)
{
	return sniff_input(text, strlen(text), name);
}

START_TEST(test_sniff)
{
	const char *md = "# Title\n\nSee [the manual](https://example.org).\n";

	ck_assert_int_eq(sniff("<!DOCTYPE html><p>x", NULL), SUMM_INPUT_HTML);
	ck_assert_int_eq(sniff("\xEF\xBB\xBF  <!-- c -->\n<HTML lang=en>", NULL),
	                 SUMM_INPUT_HTML);
	ck_assert_int_eq(sniff("<?xml version=\"1.0\"?>\n<html>", NULL),
	                 SUMM_INPUT_HTML);
	ck_assert_int_eq(sniff(md, NULL), SUMM_INPUT_MARKDOWN);
	ck_assert_int_eq(sniff("---\ntitle: x\n---\nText.\n", NULL),
	                 SUMM_INPUT_MARKDOWN);
	ck_assert_int_eq(sniff("---\nNot front matter.\n---\n", NULL),
	                 SUMM_INPUT_TEXT);
	/* One kind of evidence is not enough: plain text has lists. */
	ck_assert_int_eq(sniff("Shopping:\n* milk\n* eggs\n", NULL),
	                 SUMM_INPUT_TEXT);
	ck_assert_int_eq(sniff("# not a heading? maybe\nText.\n", NULL),
	                 SUMM_INPUT_TEXT);
	ck_assert_int_eq(sniff("Prices rose <3% in May.\n", NULL),
	                 SUMM_INPUT_TEXT);
	/* The name's extension decides, whatever the bytes. */
	ck_assert_int_eq(sniff("plain words", "notes.md"), SUMM_INPUT_MARKDOWN);
	ck_assert_int_eq(sniff("plain words", "PAGE.HTM"), SUMM_INPUT_HTML);
	ck_assert_int_eq(sniff(md, "a.txt"), SUMM_INPUT_TEXT);
	ck_assert_int_eq(sniff(md, "dir.md/file"), SUMM_INPUT_MARKDOWN);
}
END_TEST

/* A long page or Markdown file: its text, pieces, blocks, tree and
 * lines grow past a megabyte, where they move from the heap to mappings
 * of their own (see grow_large in engine/doc.c).  Every paragraph must
 * still read as written, and lead back to its place in the source.
 * Form _I: HTML, then Markdown. */
#define LONG_PARAS 50000

START_TEST(test_long_input_arrays)
{
	static const char *const forms[] = {
		"<p>Paragraph %06zu reads as written.</p>\n",
		"Paragraph %06zu reads as written.\n\n",
	};
	char *src = malloc(LONG_PARAS * 64), want[64];
	size_t len = 0, tlen, s, e;
	summ_options o = { NULL, _i ? SUMM_INPUT_MARKDOWN : SUMM_INPUT_HTML,
	                   NULL, NULL };
	summ_doc *doc;
	const char *text;

	ck_assert_ptr_nonnull(src);
	for (size_t i = 0; i < LONG_PARAS; i++)
		len += (size_t)sprintf(src + len, forms[_i], i);
	ck_assert_int_eq(summ_parse_with(src, len, &o, &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), LONG_PARAS);
	text = summ_text(doc, &tlen);
	for (size_t k = 0; k < LONG_PARAS; k += 997) {
		summ_sentence st = summ_sentence_at(doc, k);
		int n = sprintf(want, "Paragraph %06zu reads as written.", k);
		ck_assert_uint_eq(st.length, (size_t)n);
		ck_assert(memcmp(text + st.offset, want, (size_t)n) == 0);
		summ_source_span(doc, st.offset, st.length, &s, &e);
		ck_assert_uint_eq(e - s, (size_t)n);
		ck_assert(memcmp(src + s, want, (size_t)n) == 0);
	}
	summ_free(doc);
	free(src);
}
END_TEST

START_TEST(test_engine_plain_text_is_its_own_source)
{
	const char *text = "A first sentence here. A second one here.";
	summ_doc *doc;
	size_t len, s, e, pos;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_ptr_eq(summ_text(doc, &len), text);
	ck_assert_uint_eq(len, strlen(text));
	ck_assert_int_eq(summ_input_form(doc), SUMM_INPUT_TEXT);
	summ_source_span(doc, 2, 5, &s, &e);
	ck_assert_uint_eq(s, 2);
	ck_assert_uint_eq(e, 7);
	pos = 2;
	ck_assert_int_eq(summ_source_run(doc, &pos, 7, &s, &e), 1);
	ck_assert_uint_eq(s, 2);
	ck_assert_uint_eq(e, 7);
	ck_assert_int_eq(summ_source_run(doc, &pos, 7, &s, &e), 0);
	summ_free(doc);
}
END_TEST

Suite *reading_suite(void)
{
	Suite *s = suite_create("reading");
	TCase *tc = tcase_create("reading");

	tcase_add_test(tc, test_text_and_blocks);
	tcase_add_test(tc, test_offsets_map_back);
	tcase_add_test(tc, test_runs_skip_markup);
	tcase_add_test(tc, test_blank_lines_have_no_source);
	tcase_add_test(tc, test_white_space_collapses);
	tcase_add_test(tc, test_wrapped_lines_one_piece);
	tcase_add_test(tc, test_white_space_any_offset);
	tcase_add_test(tc, test_sniff);
	tcase_add_test(tc, test_engine_plain_text_is_its_own_source);
	tcase_add_loop_test(tc, test_long_input_arrays, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}
