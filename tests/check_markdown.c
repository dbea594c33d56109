/* check_markdown.c - engine/markdown.c and engine/inline.c: the
 * Markdown reader. */

/*
 * Each case is a Markdown source and the blocks read out of it, one a
 * line as KIND:TEXT (P paragraph, H heading, T title, I list item, Q
 * block quote): CommonMark's block structure (containers, leaves, lazy
 * lines, what is never read), the inline rules (emphasis, code, links,
 * URLs, escapes), then the pieces that map the text back to the
 * source, odd bytes and line ends, and inputs built to be slow (each
 * must read in linear time, under the test's timeout).
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../engine/reading.h"

struct md_case {
	const char *source;
	const char *blocks;
};

/* The blocks of R as KIND:TEXT lines; the caller frees the result. */
static char *blocks_of(const reading *r)
{
	static const char kinds[] = "PHTIQC";
	size_t len = 1;
	char *out, *p;

	for (size_t b = 0; b < r->nblocks; b++)
		len += r->blocks[b].end - r->blocks[b].start + 3;
	out = p = malloc(len);
	ck_assert_ptr_nonnull(out);
	for (size_t b = 0; b < r->nblocks; b++) {
		const block *k = &r->blocks[b];

		if (b)
			*p++ = '\n';
		*p++ = kinds[k->kind];
		*p++ = ':';
		memcpy(p, r->text + k->start, k->end - k->start);
		p += k->end - k->start;
	}
	*p = '\0';
	return out;
}

/* Reads SOURCE (LEN bytes) into R, asserting success; and checks what
 * every reading must hold: blocks in order inside the text, pieces in
 * order inside the source.  (One assertion at the end: Check's are
 * costly, and hostile inputs have millions of pieces.) */
static void read_md(reading *r, const char *source, size_t len)
{
	size_t bad_block = (size_t)-1, bad_piece = (size_t)-1;

	reading_begin(r, source, len);
	ck_assert_int_eq(read_markdown(r), 0);
	ck_assert(r->text[r->len] == '\0');
	for (size_t b = 0; b < r->nblocks && bad_block == (size_t)-1; b++)
		if (r->blocks[b].start >= r->blocks[b].end ||
		    r->blocks[b].end > r->len ||
		    (b && r->blocks[b - 1].end > r->blocks[b].start))
			bad_block = b;
	for (size_t k = 0; k < r->npieces && bad_piece == (size_t)-1; k++)
		if (r->pieces[k].source > r->pieces[k].source_end ||
		    r->pieces[k].source_end > len ||
		    (k && (r->pieces[k - 1].source_end > r->pieces[k].source ||
		           r->pieces[k - 1].text >= r->pieces[k].text)))
			bad_piece = k;
	ck_assert_msg(bad_block == (size_t)-1, "block %zu out of order",
	              bad_block);
	ck_assert_msg(bad_piece == (size_t)-1, "piece %zu out of order",
	              bad_piece);
}

static void check_case(const struct md_case *c, int i)
{
	reading r;
	char *got;

	read_md(&r, c->source, strlen(c->source));
	got = blocks_of(&r);
	ck_assert_msg(strcmp(got, c->blocks) == 0,
	              "case %d: %s\n--- read:\n%s\n--- expected:\n%s", i,
	              c->source, got, c->blocks);
	free(got);
	reading_free(&r);
}

/* ---- Blocks ----------------------------------------------------------- */

static const struct md_case block_cases[] = {
	/* Paragraphs: lines joined, blank lines part them. */
	{ "One line\nand the next.\n\nAnother one.", "P:One line and the next.\nP:Another one." },
	/* ATX headings; the first level-1 before any body is the title. */
	{ "# The Title #\n\nText.\n\n## Part *two* ##\n\n# Not a title", "T:The Title\nP:Text.\nH:Part two\nH:Not a title" },
	{ "Text first.\n\n# Late", "P:Text first.\nH:Late" },
	{ "## Sub\n\n# Main\n\nBody.", "H:Sub\nT:Main\nP:Body." },
	{ "#hashtag is text\n\n####### seven", "P:#hashtag is text\nP:####### seven" },
	{ "# Title ends in C#\n\n#", "T:Title ends in C#" },
	/* Setext headings; a '---' after a blank line is a break. */
	{ "The Title\n=========\n\nA Part\n---\n\nText.\n\n---\n\nMore.", "T:The Title\nH:A Part\nP:Text.\nP:More." },
	{ "Two lines of\na heading\n---", "H:Two lines of a heading" },
	/* Thematic breaks are not read; '* * *' is no list. */
	{ "Before.\n\n* * *\n___\n\nAfter.", "P:Before.\nP:After." },
	/* Fenced code: never read; closed by the same character, as long
	 * or longer; unclosed, it runs to the end. */
	{ "Text.\n\n```c\nint x;\n```\n\nMore.\n\n~~~~\ncode\n~~~\nstill code\n~~~~~\nAfter.", "P:Text.\nP:More.\nP:After." },
	{ "Text.\n```\nunclosed\n\ncode", "P:Text." },
	{ "``` not`a fence\ntext", "P:``` not`a fence text" },
	/* Indented code, which cannot interrupt a paragraph. */
	{ "Para.\n\n    code\n\n    more code\nText.", "P:Para.\nP:Text." },
	{ "Para\n    goes on.", "P:Para goes on." },
	{ "\tcode with a tab\nText.", "P:Text." },
	/* HTML blocks are not read; kind 7 cannot interrupt a paragraph. */
	{ "<div align=\"center\">\n<img src=\"x\">\n</div>\n\nText.", "P:Text." },
	{ "<!-- a\ncomment -->\nText.\n\n<script>\nvar x;\n\n</script>\nAfter.", "P:Text.\nP:After." },
	{ "Para\n<span>\nstill para.", "P:Para still para." },
	{ "<custom-tag>\nnot read\n\nRead.", "P:Read." },
	/* Link reference definitions are not read. */
	{ "[ref]: https://example.com \"Title\"\n[other]:\n  /url\nText [x][ref].", "P:Text x." },
	{ "[ref]: /url 'title' junk\n\nText.", "P:[ref]: /url 'title' junk\nP:Text." },
	/* Front matter: skipped, but for its title. */
	{ "---\ntitle: \"The Front\"\ndate: 2024\n---\n# Heading\n\nText.", "T:The Front\nH:Heading\nP:Text." },
	{ "+++\ntitle = 'TOML'\n+++\nText.", "T:TOML\nP:Text." },
	{ "---\nlayout: x\n---\n# H1\n\nText.", "T:H1\nP:Text." },
	{ "---\nnot closed\n\nText.", "P:not closed\nP:Text." },
	/* Tables are not read; the paragraph before the header row is. */
	{ "Intro line\n| a | b |\n|---|:-:|\n| 1 | 2 |\nrow\n\nAfter.", "P:Intro line\nP:After." },
	{ "a | b\n--- | ---\n\nText.", "P:Text." },
	{ "| a | b | c |\n|---|---|\n\nText.", "P:| a | b | c | |---|---|\nP:Text." },
	/* Images, alone or in a link, are not read. */
	{ "![logo](logo.png)\n\n[![build](b.svg)](https://ci)\n\nText.", "P:Text." },
	/* A BOM, CRLF and lone CR line ends. */
	{ "\xEF\xBB\xBF# Title\r\n\r\nLine one\r\nline two.\r\rThird.", "T:Title\nP:Line one line two.\nP:Third." },
	{ "", "" },
	{ "\n\n  \n", "" },
};

/* ---- Containers ------------------------------------------------------- */

static const struct md_case container_cases[] = {
	/* Each item its own block, nested ones too; a lazy line joins its
	 * item. */
	{ "- one\n- two\n  goes on\nlazily\n  - nested\n    * deeper\n- three", "I:one\nI:two goes on lazily\nI:nested\nI:deeper\nI:three" },
	{ "1. first\n2) second\n10. tenth", "I:first\nI:second\nI:tenth" },
	{ "- a\n\n  second para\n\n- b", "I:a\nI:second para\nI:b" },
	/* An item's content column decides what belongs to it. */
	{ "-   wide\n    in item\n  not in item", "I:wide in item not in item" },
	{ "- item\n\n text after", "I:item\nP:text after" },
	{ "10. item\n    in\n\n   out", "I:item in\nP:out" },
	/* A list may interrupt a paragraph only with text, from 1 (a lone
	 * '-' is a setext underline). */
	{ "Para\n2. not a list\n*\nstill para\n1. a list", "P:Para 2. not a list * still para\nI:a list" },
	{ "Para\n-\nText.", "H:Para\nP:Text." },
	/* An item starting blank: one blank line ends it. */
	{ "-\n  foo\n-\n\n  bar", "I:foo\nP:bar" },
	/* '-' is a marker only before white space. */
	{ "-not an item\n+also not", "P:-not an item +also not" },
	/* Task list boxes are no words. */
	{ "- [ ] to do\n- [x] done\n- [link](u) text", "I:to do\nI:done\nI:link text" },
	/* Code in an item: fenced, indented. */
	{ "- item\n\n  ```\n  code\n  ```\n\n      indented code\n- next", "I:item\nI:next" },
	{ "- a\n  ```\n  unclosed\n- b", "I:a\nI:b" },
	/* Block quotes; a lazy line goes on the paragraph, a blank line
	 * ends the quote. */
	{ "> quoted\nlazy\n> more\n\nafter", "Q:quoted lazy more\nP:after" },
	{ "> # Heading\n> text\n>\n> - item\n> > deeper", "H:Heading\nQ:text\nI:item\nQ:deeper" },
	{ ">no space\n>\ttab", "Q:no space tab" },
	{ "- > quote in item\n  > goes on\n- item", "Q:quote in item goes on\nI:item" },
	{ "> quote\n---\nafter", "Q:quote\nP:after" },
	{ "> a\n===", "Q:a ===" },
	/* A setext underline needs the paragraph in its container. */
	{ "- a\n---", "I:a" },
	/* Headings in containers are headings, never the title. */
	{ "> # Quoted\n\nText.", "H:Quoted\nP:Text." },
	/* Four spaces of a quote's content are code. */
	{ ">     code\n> text", "Q:text" },
};

/* ---- Inlines ---------------------------------------------------------- */

static const struct md_case inline_cases[] = {
	/* Emphasis, strong, strikethrough: the delimiters go. */
	{ "Some *big* and **bold** and _em_ and __strong__ and ~~gone~~ news.", "P:Some big and bold and em and strong and gone news." },
	{ "***both*** and *nested **strong** here*", "P:both and nested strong here" },
	{ "**Note**: the **API**s and *a*b", "P:Note: the APIs and ab" },
	/* Intraword '_' and '*' between digits stay. */
	{ "snake_case_words and 2*3*4 and a * b * c", "P:snake_case_words and 2*3*4 and a * b * c" },
	{ "Unmatched *star and _under and ~/path and ~~~x~~~", "P:Unmatched *star and _under and ~/path and ~~~x~~~" },
	{ "__init__ and _x_y_ and *x*y", "P:init and x_y and xy" },
	/* Emphasis across lines. */
	{ "*an emphasis\nover lines*", "P:an emphasis over lines" },
	/* Code spans keep their content. */
	{ "Run `make check` or ``a ` b`` now.", "P:Run make check or a ` b now." },
	{ "`*not em*` and `unclosed *em*", "P:*not em* and `unclosed em" },
	{ "`code\nover lines`", "P:code over lines" },
	/* Links keep their text; destinations, titles, labels go. */
	{ "Read [the manual](https://example.com/a_b_c \"Title\") now.", "P:Read the manual now." },
	{ "See [text][ref], [this][] and [shortcut].", "P:See text, this and [shortcut]." },
	{ "[a](<url with spaces>) and [b](u(1)) and [c]( u 'x' )", "P:a and b and c" },
	{ "[not a link] (url) and [x](bad url)", "P:[not a link] (url) and [x](bad url)" },
	{ "[outer [inner](u) text](v)", "P:[outer inner text](v)" },
	{ "[*em* in link](u)*", "P:em in link*" },
	/* Images go whole. */
	{ "Text ![alt *text*](img.png \"t\") more ![ref][r].", "P:Text more ." },
	/* Autolinks read as their address, bare URLs as they are written:
	 * what a reader sees, no '_' in them emphasis. */
	{ "See <https://x.org/a_b> or <me@x.org> or https://x.org/a_b_c, www.x.org.", "P:See https://x.org/a_b or me@x.org or https://x.org/a_b_c, www.x.org." },
	{ "Docs are at https://x.org. Mail <me@x.org>, or see www.x.org/a_b_ for more.", "P:Docs are at https://x.org. Mail me@x.org, or see www.x.org/a_b_ for more." },
	{ "(https://x.org/wiki/A_(b)) and *http://x.y*", "P:(https://x.org/wiki/A_(b)) and http://x.y" },
	{ "_under <https://x.org/a_b> line_ and <a_b@x.org>_", "P:under https://x.org/a_b line and a_b@x.org_" },
	{ "Not URLs: ahttp://x and http:/x and wwwx.org.", "P:Not URLs: ahttp://x and http:/x and wwwx.org." },
	/* Inline HTML: tags go, their text stays; <br> parts words. */
	{ "A <b>bold</b> word<br>next <!-- note --> end <?pi?> <!DECL x>.", "P:A bold word next end ." },
	{ "a < b and a<b and <3", "P:a < b and a<b and <3" },
	{ "<a href=\"x\ny\">link</a> text", "P:link text" },
	/* Backslash escapes give the character; before a line end, a
	 * break. */
	{ "\\*not em\\* and \\_x\\_ and \\[x\\](y) and \\a", "P:*not em* and _x_ and [x](y) and \\a" },
	{ "hard\\\nbreak and hard  \nbreak", "P:hard break and hard break" },
	/* Character references, with their ';' only. */
	{ "AT&amp;T &eacute;t&#233; &#x41; &copy 2024 &#12345678; &nosuch; &#X1F600;", "P:AT&T \xC3\xA9t\xC3\xA9 A &copy 2024 &#12345678; &nosuch; \xF0\x9F\x98\x80" },
	{ "`&amp;` and \\&amp;", "P:&amp; and &amp;" },
	/* Headings read their inline markup. */
	{ "# The `summarize` *tool*", "T:The summarize tool" },
	/* Non-ASCII flanking. */
	{ "\xC2\xAB*quoted*\xC2\xBB and caf\xC3\xA9_au_lait", "P:\xC2\xAB" "quoted\xC2\xBB and caf\xC3\xA9_au_lait" },
};

START_TEST(test_blocks)
{
	check_case(&block_cases[_i], _i);
}
END_TEST

START_TEST(test_containers)
{
	check_case(&container_cases[_i], _i);
}
END_TEST

START_TEST(test_inlines)
{
	check_case(&inline_cases[_i], _i);
}
END_TEST

/* ---- The way back to the source --------------------------------------- */

/* The source bytes that the text A..B came from, as one span. */
static void span_of(const reading *r, size_t a, size_t b, size_t *start,
                    size_t *end)
{
	*start = source_offset(r, a, 0);
	*end = source_offset(r, b, 1);
}

/* A sentence maps back to the source from its first byte to its last,
 * past the markup inside it; each run lies inside that span. */
START_TEST(test_pieces)
{
	const char *src = "# Head\n\nSome *big* [news](http://x). Then \\*more\\*.\n";
	reading r;
	size_t start, end, at, to, rs, re;
	const char *t;

	read_md(&r, src, strlen(src));
	ck_assert_str_eq(r.text, "Head\n\nSome big news. Then *more*.");
	t = strstr(r.text, "Some");
	span_of(&r, (size_t)(t - r.text), (size_t)(t - r.text) + 14, &start, &end);
	ck_assert_uint_eq(start, (size_t)(strstr(src, "Some") - src));
	ck_assert_uint_eq(end, (size_t)(strstr(src, "). ") - src) + 2);
	at = (size_t)(t - r.text);
	to = at + 14;
	while (next_source_run(&r, &at, to, &rs, &re)) {
		ck_assert_uint_ge(rs, start);
		ck_assert_uint_le(re, end);
	}
	/* The escaped '*' stands for the two bytes "\*". */
	t = strstr(r.text, "*more");
	span_of(&r, (size_t)(t - r.text), (size_t)(t - r.text) + 1, &start, &end);
	ck_assert_uint_eq(start, (size_t)(strstr(src, "\\*more") - src));
	ck_assert_uint_eq(end, start + 2);
	/* The heading maps to its text, not its '#'. */
	span_of(&r, 0, 4, &start, &end);
	ck_assert_uint_eq(start, 2);
	ck_assert_uint_eq(end, 6);
	reading_free(&r);
}
END_TEST

/* In a block quote the paragraph's lines are copied to be read, yet
 * map back to their own bytes, past the '>' between them. */
START_TEST(test_pieces_quote)
{
	const char *src = "> One *two*\n> three.\n";
	reading r;
	size_t start, end;

	read_md(&r, src, strlen(src));
	ck_assert_str_eq(r.text, "One two three.");
	span_of(&r, 0, r.len, &start, &end);
	ck_assert_uint_eq(start, 2);
	ck_assert_uint_eq(end, strlen(src) - 1);
	span_of(&r, 8, 13, &start, &end);
	ck_assert_uint_eq(start, (size_t)(strstr(src, "three") - src));
	ck_assert_uint_eq(end, start + 5);
	reading_free(&r);
}
END_TEST

/* ---- Odd bytes and hostile shapes ------------------------------------- */

/* NUL bytes and invalid UTF-8 pass through; nothing crashes. */
START_TEST(test_odd_bytes)
{
	static const char src[] = "# T\0t\xFF\n\n- \xC3\0x *\xE2\x80* [\0](\0)\n> \xFE";
	reading r;

	read_md(&r, src, sizeof src - 1);
	ck_assert_uint_ge(r.nblocks, 2);
	reading_free(&r);
}
END_TEST

/* A source of LEN bytes: UNIT repeated, then TAIL. */
static char *repeat(const char *unit, size_t times, const char *tail,
                    size_t *len)
{
	size_t u = strlen(unit), t = strlen(tail);
	char *s = malloc(u * times + t + 1);

	ck_assert_ptr_nonnull(s);
	for (size_t k = 0; k < times; k++)
		memcpy(s + k * u, unit, u);
	memcpy(s + u * times, tail, t + 1);
	*len = u * times + t;
	return s;
}

/* Shapes that a quadratic reader or a recursive one would choke on:
 * each is read whole within the timeout. */
static const struct {
	const char *unit, *tail;
	size_t times;
} hostile[] = {
	{ ">", " deep quote", 1000000 },
	{ "- ", "deep list", 1000000 },
	{ "*", "a", 1000000 },
	{ "*a ", "", 300000 },
	{ "_a ", "b_", 300000 },
	{ "[", "a", 1000000 },
	{ "[a](", "", 300000 },
	{ "[a](b(", "", 300000 },
	{ "[a](<", "", 300000 },
	{ "![[", "](x)", 300000 },
	{ "` ``", "", 300000 },
	{ "a`", "", 1000000 },
	{ "<!--", "", 300000 },
	{ "<a b=\"", "", 300000 },
	{ "<a ", "", 300000 },
	{ "<![CDATA[", "", 300000 },
	{ "http://", "", 300000 },
	{ "www.a", "", 300000 },
	{ "\\", "", 1000000 },
	{ "[a]: <", "", 300000 },
	{ "[a]: b\n", "text", 300000 },
	{ "x\n", "", 1000000 },
	{ "\r", "", 1000000 },
	{ "> - ", "x\n", 200000 },
	{ "- a\n  ", "", 300000 },
	{ "aaaaaaaa", "", 4000000 },
	{ "| a |\n", "|---|", 300000 },
	{ "a:", "", 1000000 },
	{ "~", "x", 1000000 },
};

START_TEST(test_hostile)
{
	size_t len;
	char *src = repeat(hostile[_i].unit, hostile[_i].times, hostile[_i].tail,
	                   &len);
	reading r;

	read_md(&r, src, len);
	reading_free(&r);
	free(src);
}
END_TEST

Suite *markdown_suite(void)
{
	Suite *s = suite_create("markdown");
	TCase *tb = tcase_create("blocks");
	TCase *tp = tcase_create("pieces");
	TCase *th = tcase_create("hostile");

	tcase_add_loop_test(tb, test_blocks, 0,
	                    (int)(sizeof block_cases / sizeof *block_cases));
	tcase_add_loop_test(tb, test_containers, 0,
	                    (int)(sizeof container_cases / sizeof *container_cases));
	tcase_add_loop_test(tb, test_inlines, 0,
	                    (int)(sizeof inline_cases / sizeof *inline_cases));
	tcase_add_test(tp, test_pieces);
	tcase_add_test(tp, test_pieces_quote);
	tcase_add_test(tp, test_odd_bytes);
	tcase_add_loop_test(th, test_hostile, 0,
	                    (int)(sizeof hostile / sizeof *hostile));
	tcase_set_timeout(th, 30);
	suite_add_tcase(s, tb);
	suite_add_tcase(s, tp);
	suite_add_tcase(s, th);
	return s;
}
