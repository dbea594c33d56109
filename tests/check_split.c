/*
 * check_split.c - the segmentation stage: paragraphs, headings and
 * sentences, each case an input and the exact sentences expected (as
 * --split prints them: folded onto one line).
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"

#define MAX_SENT 8

struct split_case {
	const char *text;
	const char *sent[MAX_SENT];   /* NULL-terminated */
};

static const struct split_case cases[] = {
	/* Plain sentence ends. */
	{ "The talks began. Both sides agreed! Will they meet again?",
	  { "The talks began.", "Both sides agreed!", "Will they meet again?" } },
	{ "One sentence without a final stop",
	  { "One sentence without a final stop" } },
	/* Titles before names never end a sentence. */
	{ "Chinese army Maj. Gen. Song Yanchao attended. Dr. Chase spoke.",
	  { "Chinese army Maj. Gen. Song Yanchao attended.", "Dr. Chase spoke." } },
	{ "Mr. Smith and Mrs. Jones met Prof. Lee at noon.",
	  { "Mr. Smith and Mrs. Jones met Prof. Lee at noon." } },
	/* Abbreviations end a sentence only before a common word. */
	{ "There were 500 cases in the U.S. The next day there were more.",
	  { "There were 500 cases in the U.S.", "The next day there were more." } },
	{ "The U.S. Army and the U.S. Navy met.",
	  { "The U.S. Army and the U.S. Navy met." } },
	{ "He works for ABC Inc. and lives in Mt. Vernon.",
	  { "He works for ABC Inc. and lives in Mt. Vernon." } },
	{ "Air Force Gen. CQ Brown, Jr., and Gen. Liu Zhenli talked.",
	  { "Air Force Gen. CQ Brown, Jr., and Gen. Liu Zhenli talked." } },
	{ "He left at 6 p.m. The office closed.",
	  { "He left at 6 p.m.", "The office closed." } },
	{ "She lives on Water St. It is quiet.",
	  { "She lives on Water St.", "It is quiet." } },
	{ "MILLBROOK, Ore. \xE2\x80\x94 Voters approved the levy.",
	  { "MILLBROOK, Ore. \xE2\x80\x94 Voters approved the levy." } },
	/* Initials. */
	{ "Led by Michael S. Chase, the dialogue resumed.",
	  { "Led by Michael S. Chase, the dialogue resumed." } },
	{ "J. R. R. Tolkien wrote it.", { "J. R. R. Tolkien wrote it." } },
	/* Numbers. */
	{ "It cost $3.5 billion. Prices rose 1.5. Then they fell.",
	  { "It cost $3.5 billion.", "Prices rose 1.5.", "Then they fell." } },
	{ "He is No. 5 on the list.", { "He is No. 5 on the list." } },
	{ "1. Boil the water for a minute.",
	  { "1. Boil the water for a minute." } },
	{ "It happened in 2020. Nobody knew.",
	  { "It happened in 2020.", "Nobody knew." } },
	/* Quotes and brackets. */
	{ "\xE2\x80\x9CWe agree.\xE2\x80\x9D Then they left.",
	  { "\xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then they left." } },
	{ "\"Really?\" she asked. \"Yes.\"",
	  { "\"Really?\" she asked.", "\"Yes.\"" } },
	{ "'Well!' thought Alice to herself.",
	  { "'Well!' thought Alice to herself." } },
	{ "(Which was very likely true.) She went on.",
	  { "(Which was very likely true.)", "She went on." } },
	/* Ellipses. */
	{ "Wait... what happened? Nothing\xE2\x80\xA6 and then a bang.",
	  { "Wait... what happened?", "Nothing\xE2\x80\xA6 and then a bang." } },
	/* Headings: short lines without final punctuation; the first is
	 * the title. */
	{ "Renewing Dialogue\nThe meeting was long. It ended.\nA Heading\nMore text follows here.",
	  { "Renewing Dialogue", "The meeting was long.", "It ended.", "A Heading",
	    "More text follows here." } },
	/* A line ending in a comma continues on the next line. */
	{ "Significantly,\n\xE2\x80\x9C" "Dr. Chase stressed the need,\xE2\x80\x9D as stated.",
	  { "Significantly, \xE2\x80\x9C" "Dr. Chase stressed the need,\xE2\x80\x9D as stated." } },
	/* Hard-wrapped lines are joined; blank lines separate paragraphs. */
	{ "The bridge will close in March for repairs that were\n"
	  "ordered after inspectors found cracks in the steel beams of\n"
	  "the main span, officials said on Tuesday morning at a press\n"
	  "conference held at the city hall.\n\n"
	  "Traffic will be sent across the older Mill Street bridge in\n"
	  "the meantime, which the city says can carry the extra cars.\n",
	  { "The bridge will close in March for repairs that were ordered after "
	    "inspectors found cracks in the steel beams of the main span, officials "
	    "said on Tuesday morning at a press conference held at the city hall.",
	    "Traffic will be sent across the older Mill Street bridge in the "
	    "meantime, which the city says can carry the extra cars." } },
	/* A line ending in a function word runs on into the next. */
	{ "The committee met on Tuesday in\nWashington to discuss the budget.",
	  { "The committee met on Tuesday in Washington to discuss the budget." } },
	/* In wrapped text a line may start with a number or a quote. */
	{ "The council voted on Tuesday night for the budget plan that would\n"
	  "12 percent from the parks department and close two pools, the\n"
	  "\"a betrayal of the neighborhoods,\" one resident said after the\n"
	  "vote, which came after four hours of heated public testimony.\n"
	  "- A bullet item starts its own paragraph here.\n",
	  { "The council voted on Tuesday night for the budget plan that would 12 "
	    "percent from the parks department and close two pools, the \"a "
	    "betrayal of the neighborhoods,\" one resident said after the vote, "
	    "which came after four hours of heated public testimony.",
	    "- A bullet item starts its own paragraph here." } },
	/* CRLF, lone CR, a BOM, NUL bytes. */
	{ "\xEF\xBB\xBFTitle Here\r\nFirst sentence. Second one.\r\n",
	  { "Title Here", "First sentence.", "Second one." } },
	{ "Old Mac text.\rNext line here.", { "Old Mac text.", "Next line here." } },
	/* A stray continuation byte after a blank is kept (found by
	 * fuzzing: it went with the blank when trimming). */
	{ "Stray byte at the end \xA6", { "Stray byte at the end \xA6" } },
	/* Empty and blank input. */
	{ "", { NULL } },
	{ " \n\t\r\n  \n", { NULL } },
};

START_TEST(test_split_table)
{
	const struct split_case *c = &cases[_i];
	summ_doc *doc;
	size_t n, k;

	ck_assert_int_eq(summ_parse(c->text, strlen(c->text), &doc), SUMM_OK);
	n = summ_sentence_count(doc);
	for (k = 0; k < n && k < MAX_SENT && c->sent[k]; k++) {
		summ_sentence one = summ_sentence_at(doc, k), *s = &one;
		char *buf = malloc(s->length + 1);
		size_t len = summ_fold(c->text + s->offset, s->length, buf);
		buf[len] = '\0';
		ck_assert_msg(strcmp(buf, c->sent[k]) == 0,
		              "case %d sentence %zu: got \"%s\", want \"%s\"", _i, k,
		              buf, c->sent[k]);
		free(buf);
	}
	ck_assert_msg(k == n && (k == MAX_SENT || !c->sent[k]),
	              "case %d: %zu sentences, expected %zu", _i, n, k);
	summ_free(doc);
}
END_TEST

/* Lines and columns point at the sentence start, as grep and vim count. */
START_TEST(test_positions)
{
	const char *text = "Title Line\n\nFirst one here. Second one.\nThird here.";
	summ_doc *doc;
	/* In any order, as a ranked summary asks, and twice. */
	size_t idx[] = { 3, 0, 2, 2 };
	summ_position pos[4];

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 4);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_TITLE);
	ck_assert_int_eq(summ_locate(doc, idx, 4, pos), SUMM_OK);
	ck_assert_uint_eq(pos[1].line, 1);
	ck_assert_uint_eq(pos[1].col, 1);
	ck_assert_uint_eq(pos[2].line, 3);
	ck_assert_uint_eq(pos[2].col, 17);
	ck_assert_uint_eq(pos[3].line, 3);
	ck_assert_uint_eq(pos[3].col, 17);
	ck_assert_uint_eq(summ_sentence_at(doc, 2).offset, 28);
	ck_assert_uint_eq(pos[0].line, 4);
	ck_assert_uint_eq(pos[0].col, 1);
	/* Paragraphs are numbered from 0, in order. */
	ck_assert_uint_eq(summ_sentence_at(doc, 0).paragraph, 0);
	ck_assert_uint_eq(summ_sentence_at(doc, 1).paragraph, 1);
	ck_assert_uint_eq(summ_sentence_at(doc, 2).paragraph, 1);
	ck_assert_uint_eq(summ_sentence_at(doc, 3).paragraph, 2);
	ck_assert_int_eq(summ_locate(doc, idx, 0, pos), SUMM_OK);
	summ_free(doc);
	/* A BOM is no column: editors do not show it.  CRLF and a lone CR
	 * end lines too. */
	text = "\xEF\xBB\xBF" "First one here. Second one.\r\nThird.\rFourth.";
	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 4);
	idx[0] = 0, idx[1] = 1, idx[2] = 2, idx[3] = 3;
	ck_assert_int_eq(summ_locate(doc, idx, 4, pos), SUMM_OK);
	ck_assert_uint_eq(pos[0].col, 1);
	ck_assert_uint_eq(pos[1].col, 17);
	ck_assert_uint_eq(pos[2].line, 2);
	ck_assert_uint_eq(pos[2].col, 1);
	ck_assert_uint_eq(pos[3].line, 3);
	summ_free(doc);
}
END_TEST

/* Headings are kinds of their own; body sentences after a heading do not
 * make a later heading the title. */
START_TEST(test_heading_kinds)
{
	const char *text = "Body sentence first.\nA Heading\nMore body.";
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 3);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_BODY);
	ck_assert_int_eq(summ_sentence_at(doc, 1).kind, SUMM_HEADING);
	ck_assert_int_eq(summ_sentence_at(doc, 2).kind, SUMM_BODY);
	summ_free(doc);
}
END_TEST

/* A text of headings alone is summarized from its headings. */
START_TEST(test_headings_only)
{
	const char *text = "Jobs report shows strong growth";
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 1);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_BODY);
	{
		summ_limits lim = { 1, 0, 0, 0, 0, 0 };
		size_t idx[1], n;
		ck_assert_int_eq(summ_select(doc, &lim, idx, 1, &n), SUMM_OK);
		ck_assert_uint_eq(n, 1);
		ck_assert_uint_eq(idx[0], 0);
	}
	summ_free(doc);
}
END_TEST

/* Any bytes are accepted; the offsets stay inside the input. */
START_TEST(test_any_bytes)
{
	char text[4096];
	summ_doc *doc;
	unsigned seed = 1;

	for (size_t i = 0; i < sizeof text; i++) {
		seed = seed * 1103515245 + 12345;
		text[i] = (char)(seed >> 16);
	}
	ck_assert_int_eq(summ_parse(text, sizeof text, &doc), SUMM_OK);
	for (size_t k = 0; k < summ_sentence_count(doc); k++) {
		summ_sentence s = summ_sentence_at(doc, k);
		ck_assert_uint_le(s.offset + s.length, sizeof text);
		ck_assert_uint_gt(s.length, 0);
	}
	summ_free(doc);
}
END_TEST

Suite *split_suite(void)
{
	Suite *s = suite_create("split");
	TCase *tc = tcase_create("sentences");

	tcase_add_loop_test(tc, test_split_table, 0,
	                    (int)(sizeof cases / sizeof *cases));
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_heading_kinds);
	tcase_add_test(tc, test_headings_only);
	tcase_add_test(tc, test_any_bytes);
	suite_add_tcase(s, tc);
	return s;
}
