/* check_html.c - engine/html.c, extract.c and entities.c: the HTML reader. */

/*
 * Character references as the WHATWG tokenizer reads them; the tree as
 * browsers build it where it moves text (implied end tags, comments,
 * raw text, cut-off tags); the choice of the article on small pages
 * written here; block kinds; and the pieces that map the text read back
 * to the source's bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../engine/reading.h"
#include "../engine/html.h"

/* ---- character references ------------------------------------------ */

static const struct ref_case {
	const char *src;
	int in_attribute;
	size_t used;                 /* 0: no reference */
	const char *utf8;
} refs[] = {
	{ "&amp;", 0, 5, "&" },
	{ "&amp", 0, 4, "&" },                    /* legacy, no ';' */
	{ "&ampx;", 0, 4, "&" },                  /* longest legacy prefix */
	{ "&notit;", 0, 4, "\302\254" },          /* &not then "it;" */
	{ "&notin;", 0, 7, "\342\210\211" },
	{ "&copy2024", 0, 5, "\302\251" },
	{ "&copy2024", 1, 0, "" },                /* in an attribute: text */
	{ "&copy=1", 1, 0, "" },
	{ "&copy;=1", 1, 6, "\302\251" },
	{ "&copy-1", 1, 5, "\302\251" },
	{ "&hellip", 0, 0, "" },                  /* not legacy: needs ';' */
	{ "&hellip;", 0, 8, "\342\200\246" },
	{ "&foo;", 0, 0, "" },
	{ "&", 0, 0, "" },
	{ "& x", 0, 0, "" },
	{ "&CounterClockwiseContourIntegral;", 0, 33, "\342\210\263" },
	{ "&acE;", 0, 5, "\342\210\276\314\263" }, /* two code points */
	{ "&#65;", 0, 5, "A" },
	{ "&#65", 0, 4, "A" },
	{ "&#x41;", 0, 6, "A" },
	{ "&#X41;", 0, 6, "A" },
	{ "&#0;", 0, 4, "\357\277\275" },         /* U+FFFD */
	{ "&#x80;", 0, 6, "\342\202\254" },       /* windows-1252: euro */
	{ "&#x92;", 0, 6, "\342\200\231" },
	{ "&#x81;", 0, 6, "\302\201" },           /* no windows-1252 char */
	{ "&#xD800;", 0, 8, "\357\277\275" },     /* surrogate */
	{ "&#x110000;", 0, 10, "\357\277\275" },
	{ "&#99999999999999999999;", 0, 23, "\357\277\275" },
	{ "&#;", 0, 0, "" },
	{ "&#x;", 0, 0, "" },
	{ "&#xg;", 0, 0, "" },
};

START_TEST(test_char_reference)
{
	const struct ref_case *c = &refs[_i];
	char out[8];
	size_t len = 0;
	size_t used = char_reference(c->src, strlen(c->src), c->in_attribute,
	                             out, &len);

	ck_assert_msg(used == c->used, "%s: took %zu, not %zu", c->src, used,
	              c->used);
	if (used) {
		ck_assert_uint_eq(len, strlen(c->utf8));
		ck_assert(memcmp(out, c->utf8, len) == 0);
	}
}
END_TEST

/* ---- what a page reads as ------------------------------------------ */

/* The blocks read out of HTML, as "kind:text" joined by " | ", the
 * title as "T:", headings "H:", items "I:", quotes "Q:", captions "C:",
 * code "X:", paragraphs bare.  Also checks every piece against the source. */
static char *blocks_of(const char *html)
{
	static const char *const kinds[] = { "", "H:", "T:", "I:", "Q:", "C:",
	                                     "X:" };
	size_t n = strlen(html), len = 0, prev = 0;
	char *src = malloc(n ? n : 1), *out;
	reading r;

	memcpy(src, html, n);
	reading_begin(&r, src, n);
	ck_assert_int_eq(read_html(&r), 0);
	out = malloc(r.len + 8 * r.nblocks + 1);
	ck_assert_ptr_nonnull(out);
	for (size_t i = 0; i < r.nblocks; i++) {
		const block *b = &r.blocks[i];

		ck_assert(b->start < b->end && b->end <= r.len);
		ck_assert(i == 0 || r.blocks[i - 1].end < b->start);
		len += (size_t)sprintf(out + len, "%s%s%.*s", i ? " | " : "",
		                       kinds[b->kind], (int)(b->end - b->start),
		                       r.text + b->start);
	}
	out[len] = '\0';
	/* Pieces: inside the source, in its order, verbatim ones its bytes. */
	for (size_t i = 0; i < r.npieces; i++) {
		const piece *p = &r.pieces[i];
		size_t end = i + 1 < r.npieces ? r.pieces[i + 1].text : r.len;

		ck_assert(p->source <= p->source_end && p->source_end <= n);
		ck_assert(p->source >= prev);
		prev = p->source_end > prev ? p->source_end : prev;
		if (p->verbatim) {
			ck_assert_uint_eq(end - p->text, p->source_end - p->source);
			for (size_t k = 0; k < end - p->text; k++) {
				char t = r.text[p->text + k], c = src[p->source + k];
				/* a byte of white space may read as a space */
				ck_assert(t == c || (t == ' ' && is_markup_space((unsigned char)c)));
			}
		}
	}
	reading_free(&r);
	free(src);
	return out;
}

static void reads_as(const char *html, const char *expected)
{
	char *got = blocks_of(html);

	ck_assert_msg(strcmp(got, expected) == 0, "%s\n  read as: %s\n  not:     %s",
	              html, got, expected);
	free(got);
}

/* Tokenizer and tree cases: a tiny page each, too short for the
 * article's choice to leave anything out. */
static const struct { const char *html, *blocks; } pages[] = {
	{ "<p>one<p>two", "one | two" },
	{ "<ul><li>a<li>b</ul>after", "I:a | I:b | after" },
	{ "<dl><dt>term<dd>definition</dl>", "term | definition" },
	{ "<table><tr><td>a<td>b<tr><td>c</table>", "a | b | c" },
	{ "<p>a<!-- hidden -->b</p>", "ab" },
	{ "<p>a<!-->b<!--->c</p>", "abc" },
	{ "<p>kept</p><!-- never closed <p>gone</p>", "kept" },
	{ "<p>a<!-- x --!>b</p>", "ab" },
	{ "<script><!--<script>x</script>y--></script><p>text</p>", "text" },
	{ "<script>if (a<b) x = '</p>';</script><p>text</p>", "text" },
	{ "<style>p { color: red }</style><textarea><p>no</textarea><p>yes",
	  "yes" },
	{ "<noscript><p>enable js</p></noscript><p>text", "text" },
	{ "<template><p>later</p></template><p>now", "now" },
	{ "<p>caf&eacute; &amp;co &copy2024 &#x80; &bogus; a&b</p>",
	  "caf\303\251 &co \302\2512024 \342\202\254 &bogus; a&b" },
	{ "<p>a<br>b<br/>c</br>d</p>", "a b c d" },
	/* Two line breaks in a row part paragraphs, white space between. */
	{ "<div>one<br><br>two<br>\n <br/>three<br>four</div>",
	  "one | two | three four" },
	{ "<p>x<br><br><br>y</p>", "x | y" },
	{ "<div>a<br><b>b</b><br>c</div>", "a b c" },
	{ "<p>a<b>b</b>c <i>d</i></p>", "abc d" },
	{ "<p>x<span hidden>no</span>y</p><p aria-hidden=\"true\">no</p>"
	  "<p style=\"display: none\">no</p><p style=\"visibility:hidden\">no</p>",
	  "xy" },
	{ "<p title=\"a>b\" class='c>d'>text</p>", "text" },
	{ "<p>a</p><div class=\"never closed", "a" },
	{ "<p>a</p><p", "a" },
	{ "<p>1 < 2 <> 3</p>", "1 < 2 <> 3" },
	{ "<p>a<svg><![CDATA[x<y]]><text>t</text></svg>b</p>", "ab" },
	{ "<p>a<svg><p>out</svg>", "a | out" },
	{ "<p>so <math><mi>a</mi><mo>+</mo><msup><mi>b</mi><mn>2</mn></msup>"
	  "</math>.</p>", "so a + b 2." },
	{ "<p>a</span></div>b</p>", "ab" },
	{ "<div><b>bold<p>para</b>more</p></div>", "bold | paramore" },
	{ "<h2>Head</h2><p>text</p>", "H:Head | text" },
	{ "<blockquote><p>said</p></blockquote><figure><img><figcaption>cap"
	  "</figcaption></figure>", "Q:said | C:cap" },
	{ "<select><option>one<option>two</select><p>text", "text" },
	{ "<nav><p>menu</p></nav><p>text</p><footer>foot</footer>", "text" },
	{ "<pre>a\n  b</pre>", "a b" },
	/* Code: a <pre> that holds <code>, or whose class or its parent's
	 * names a highlighter; a bare <pre> is prose (an RFC, a mail). */
	{ "<p>so:</p><pre><code>x = 1;\ny = 2;</code></pre><p>then</p>",
	  "so: | X:x = 1; y = 2; | then" },
	{ "<pre class=\"lang-c\"><span>int</span> i;</pre>", "X:int i;" },
	{ "<div class=\"highlight\"><pre>$ make</pre></div><p>done</p>",
	  "X:$ make | done" },
	{ "<pre class=\"brush: js\">f();</pre>", "X:f();" },
	{ "<pre>Dear all, the draft is out.</pre>", "Dear all, the draft is out." },
	{ "<p>Call <code>f()</code> first.</p>", "Call f() first." },
	{ "", "" },
	{ "plain text", "plain text" },
	{ "<plaintext><p>all text", "<p>all text" },
	{ "<P CLASS=x>upper</P>", "upper" },
};

START_TEST(test_page)
{
	reads_as(pages[_i].html, pages[_i].blocks);
}
END_TEST

/* ---- the article --------------------------------------------------- */

#define PROSE(n) "<p>Paragraph " n " of the story, which goes on at some " \
	"length, with commas, clauses, and the details that a reader came " \
	"for, so that it reads as the prose of an article does.</p>"

/* The article among navigation, a sidebar of links, comments and a
 * footer; og:title is the title, and the h1 that repeats it is read once. */
START_TEST(test_article)
{
	static const char page[] =
		"<!DOCTYPE html><html><head><title>The Story | Site</title>"
		"<meta property=\"og:title\" content=\"The Story &amp; More\">"
		"</head><body><div class=\"header\"><a href=/>Home</a> "
		"<a href=/news>News</a></div>"
		"<nav><ul><li><a href=/a>Section A</a><li><a href=/b>Section B"
		"</a></ul></nav>"
		"<div id=\"content\"><h1>The Story &amp; More</h1>"
		"<p class=\"byline\">By A. Writer</p>"
		PROSE("one") PROSE("two") "<h2>A part</h2>" PROSE("three")
		"<ul class=\"related\"><li><a href=/x>Other story one</a>"
		"<li><a href=/y>Other story two</a></ul></div>"
		"<div class=\"sidebar\"><p><a href=/1>Popular link one</a></p>"
		"<p><a href=/2>Popular link two</a></p></div>"
		"<div id=\"comments\"><p>First comment, which says that the "
		"article was good, and that the writer should write more.</p>"
		"</div><footer>Copyright</footer></body></html>";
	char *got = blocks_of(page);

	ck_assert_msg(strncmp(got, "T:The Story & More | Paragraph one", 34) == 0, "%s", got);
	ck_assert_ptr_nonnull(strstr(got, "| H:A part | Paragraph three"));
	ck_assert_ptr_null(strstr(got, "Home"));
	ck_assert_ptr_null(strstr(got, "Section"));
	ck_assert_ptr_null(strstr(got, "By A. Writer"));
	ck_assert_ptr_null(strstr(got, "Other story"));
	ck_assert_ptr_null(strstr(got, "Popular"));
	ck_assert_ptr_null(strstr(got, "comment"));
	ck_assert_ptr_null(strstr(got, "Copyright"));
	ck_assert_ptr_null(strstr(got, "H:The Story"));
	free(got);
}
END_TEST

/* The <title> without its " | Site" when the h1 confirms the rest; with
 * it when nothing does. */
START_TEST(test_title_suffix)
{
	char *got = blocks_of("<title>Big News | Daily Paper</title>"
	                      "<article><h1>Big News</h1>" PROSE("one")
	                      PROSE("two") PROSE("three") "</article>");

	ck_assert_msg(strncmp(got, "T:Big News | Paragraph one", 26) == 0, "%s", got);
	free(got);
	got = blocks_of("<title>Big News | Daily Paper</title><article>"
	                PROSE("one") PROSE("two") PROSE("three") "</article>");
	ck_assert_msg(strncmp(got, "T:Big News | Daily Paper | Paragraph", 36) == 0, "%s", got);
	free(got);
	/* no <title>: the first h1 */
	got = blocks_of("<h1>Only <i>Heading</i></h1>" PROSE("one") PROSE("two")
	                PROSE("three"));
	ck_assert_msg(strncmp(got, "T:Only Heading | Paragraph one", 30) == 0, "%s", got);
	free(got);
}
END_TEST

/* Pieces map sentences back: a reference stands for its source bytes,
 * text for its own. */
START_TEST(test_source_offsets)
{
	const char *html = "<p>Fish &amp; chips.</p>";
	reading r;
	size_t at = 0, start, end;

	reading_begin(&r, html, strlen(html));
	ck_assert_int_eq(read_html(&r), 0);
	ck_assert_str_eq(r.text, "Fish & chips.");
	ck_assert_uint_eq(source_offset(&r, 0, 0), 3);
	ck_assert_uint_eq(source_offset(&r, 5, 0), 8);        /* the & */
	ck_assert_uint_eq(source_offset(&r, 6, 1), 13);       /* after &amp; */
	ck_assert_uint_eq(source_offset(&r, r.len, 1), 20);
	ck_assert(next_source_run(&r, &at, r.len, &start, &end));
	ck_assert_uint_eq(start, 3);
	ck_assert_uint_eq(end, 20);   /* one run: the pieces join up */
	reading_free(&r);
}
END_TEST

/* A million nested tags, a huge attribute, junk: no crash, text kept. */
START_TEST(test_pathological)
{
	size_t depth = 1000000, n = 0;
	char *html = malloc(depth * 11 + 64);
	char *got;

	for (size_t i = 0; i < depth; i++, n += 5)
		memcpy(html + n, "<div>", 5);
	memcpy(html + n, "deep text", 9);
	n += 9;
	for (size_t i = 0; i < depth; i++, n += 6)
		memcpy(html + n, "</div>", 6);
	html[n] = '\0';
	got = blocks_of(html);
	ck_assert_str_eq(got, "deep text");
	free(got);
	memcpy(html, "<p>a</p><p class=\"", 18);
	memset(html + 18, 'x', depth);
	strcpy(html + 18 + depth, "\">b</p>");
	got = blocks_of(html);
	ck_assert_str_eq(got, "a | b");
	free(got);
	free(html);
}
END_TEST

/* ---- what the markup says the article is --------------------------- */

#define NOTICE(n) "<p>Notice " n ": the hall on Mill Lane is open on " \
	"Thursdays, with tea, cake, and a raffle, for members and their " \
	"guests, from two until five, all welcome, no booking needed.</p>"
#define SHORT_STORY "<p>The ferry will run a reduced timetable for three " \
	"weeks, the operator said, while its only vessel is repaired.</p>" \
	"<p>Sailings will leave every ninety minutes, and the last one " \
	"will leave an hour earlier than usual.</p><p>Cars must be " \
	"booked a day ahead.</p>"

/* Whether GOT holds S; the message shows the page's blocks. */
#define HAS(got, s) ck_assert_msg(strstr(got, s) != NULL, "no \"%s\" in %s", s, got)
#define LACKS(got, s) ck_assert_msg(strstr(got, s) == NULL, "\"%s\" in %s", s, got)

/* A short story in the <article> around the page's h1 is the article,
 * though more prose stands beside it: notices, teasers that are
 * <article>s too, a comment. */
START_TEST(test_marked_article)
{
	char *got = blocks_of(
		"<div class=\"layout\"><article><h1>Ferry timetable cut</h1>"
		SHORT_STORY "</article><section>" NOTICE("one") NOTICE("two")
		NOTICE("three") NOTICE("four") "</section></div>");

	HAS(got, "reduced timetable");
	HAS(got, "an hour earlier");
	LACKS(got, "Notice");
	free(got);
	got = blocks_of(
		"<main><article><h1>Ferry timetable cut</h1>" PROSE("one")
		PROSE("two") PROSE("three") "</article>"
		"<section><h2>More news</h2><article><h3>Bridge to close</h3>"
		"<p>Work on the bridge, which starts in June, will close one lane "
		"for four months, the council said.</p></article>"
		"<article><h3>Library hours</h3><p>The library will open on "
		"Sundays again, funded by a grant, from the first of May.</p>"
		"</article></section></main>");
	HAS(got, "Paragraph three");
	LACKS(got, "bridge");
	LACKS(got, "library");
	free(got);
}
END_TEST

/* With no h1 in an <article>: the <article> that holds most of the text
 * of all, or the one the microdata calls the articleBody (unless that is
 * only a part of the story). */
START_TEST(test_marked_body)
{
	char *got = blocks_of(
		"<main><div class=\"head\"><h1>A story</h1></div><article>"
		PROSE("one") PROSE("two") PROSE("three") "</article>"
		"<div class=\"more\">" NOTICE("one") NOTICE("two") NOTICE("three")
		"<article>" NOTICE("four") "</article></div></main>");

	HAS(got, "Paragraph one");
	LACKS(got, "Notice");
	free(got);
	got = blocks_of(
		"<div><h1>A story</h1><div itemprop=\"articleBody\">" SHORT_STORY
		"</div></div><div>" NOTICE("one") NOTICE("two") NOTICE("three")
		NOTICE("four") "</div>");
	HAS(got, "reduced timetable");
	LACKS(got, "Notice");
	free(got);
	/* an articleBody that is only the first part of a story parted by
	 * ads: the story is the <article> around the h1 */
	got = blocks_of(
		"<article><h1>A story</h1><div itemprop=\"articleBody\">"
		PROSE("one") PROSE("two") PROSE("three") "</div><div "
		"class=\"ad\"><div>Advertisement</div></div><div>" PROSE("four")
		PROSE("five") "</div><div class=\"ad\"><div>Advertisement</div>"
		"</div><div>" PROSE("six") PROSE("seven") PROSE("eight")
		"</div></article><div>" NOTICE("one") "</div>");
	HAS(got, "Paragraph one");
	HAS(got, "Paragraph five");
	HAS(got, "Paragraph eight");
	LACKS(got, "Notice");
	free(got);
}
END_TEST

/* An <article> that holds little but the headline (a standfirst of a
 * paragraph is not a story), or that is a reader's comment: the story
 * outside is found on the whole page. */
START_TEST(test_marked_too_little)
{
	char *got = blocks_of(
		"<article><h1>A story</h1><p>By A. Writer</p></article>"
		"<div class=\"text\">" PROSE("one") PROSE("two") PROSE("three")
		"</div>");

	HAS(got, "Paragraph one");
	HAS(got, "Paragraph three");
	free(got);
	got = blocks_of(
		"<article><h1>A story</h1><p class=\"standfirst\">The council "
		"has agreed to close the old bridge for a year, and the ferry, "
		"the buses and the trains will all change their timetables, so "
		"that people who work on the far bank can still get there, in "
		"the morning and at night.</p></article><div class=\"text\">"
		PROSE("one") PROSE("two") PROSE("three") "</div>");
	HAS(got, "Paragraph one");
	HAS(got, "Paragraph three");
	free(got);
	got = blocks_of(
		"<h1>A story</h1><div class=\"text\">" PROSE("one") PROSE("two")
		PROSE("three") "</div><section id=\"comments\"><article "
		"class=\"comment-body\"><p>What a story this is, and how well it "
		"is told, with all the details, the names, the places, and the "
		"numbers that a reader wants, I read it twice over breakfast and "
		"then again at lunch, and I will send it to my sister, who lived "
		"by the old bridge for years, thank you.</p></article>"
		"</section>");
	HAS(got, "Paragraph one");
	HAS(got, "Paragraph three");
	free(got);
}
END_TEST

/* Inside the article: a line that points to another page, an ad's
 * label (in any language) and a line that dates the story are left out;
 * a sentence with a link or a date in it, or about advertisements,
 * stays. */
START_TEST(test_article_furniture)
{
	char *got = blocks_of(
		"<article><h1>A story</h1>" PROSE("one")
		"<p><strong>Read more:</strong> <a href=/x>Council approves the "
		"budget after a long night</a></p>"
		"<p>Lire aussi : <a href=/y>Le budget adopté</a></p>"
		"<div class=\"slot\"><div>Advertisement</div></div>"
		"<p>\342\200\224 Anzeige \342\200\224</p><div>\345\271\277\345\221\212</div>"
		"<p>PUBLICIT\303\211</p>" PROSE("two")
		"<p>The <a href=/r>report</a> says that the harbour needs dredging.</p>"
		"<p>Advertisement revenue fell by a third, the company said.</p>"
		PROSE("three") "</article>");

	HAS(got, "does. | Paragraph two");
	HAS(got, "The report says");
	HAS(got, "Advertisement revenue");
	LACKS(got, "Read more");
	LACKS(got, "Lire aussi");
	LACKS(got, "Anzeige");
	LACKS(got, "| Advertisement |");
	LACKS(got, "\345\271\277");
	LACKS(got, "PUBLICIT");
	free(got);
	/* a line that dates the story or an entry of a live blog */
	got = blocks_of(
		"<article><h1>A story</h1><div class=\"meta\">Updated <time "
		"datetime=\"2024-06-03T10:42\">3 June 2024, 10:42</time></div>"
		PROSE("one") "<div><time>21:40</time></div>" PROSE("two")
		"<p>The vote is on <time>Monday</time>, the council said, after "
		"weeks of debate.</p>" PROSE("three") "</article>");
	HAS(got, "The vote is on Monday");
	LACKS(got, "Updated");
	LACKS(got, "21:40");
	free(got);
}
END_TEST

/* A page whose article is hidden by visibility:hidden until a script
 * shows it is read with it; one that hides a part of a short article
 * is read without that part. */
START_TEST(test_shown_by_script)
{
	char *got = blocks_of(
		"<div id=\"content\" style=\"visibility: hidden\">" PROSE("one")
		PROSE("two") PROSE("three") "</div><div class=\"replies\">"
		"<p>Lovely piece, thank you.</p><p>Great read.</p></div>");

	HAS(got, "Paragraph one");
	HAS(got, "Paragraph three");
	free(got);
	got = blocks_of(
		"<article><h1>A story</h1>" PROSE("one") PROSE("two")
		"<div style=\"visibility:hidden\">" PROSE("three") PROSE("four")
		"</div></article>");
	HAS(got, "Paragraph two");
	LACKS(got, "Paragraph three");
	free(got);
	/* nor when what is visible is a short story, and a longer hidden
	 * block beside it */
	got = blocks_of(
		"<div><h1>A story</h1>" SHORT_STORY "</div><div class=\"more\" "
		"style=\"visibility:hidden\">" PROSE("one") PROSE("two")
		PROSE("three") PROSE("four") "</div>");
	HAS(got, "reduced timetable");
	LACKS(got, "Paragraph");
	free(got);
}
END_TEST

/* A page laid out in tables, written without <p>: the paragraphs that
 * pairs of line breaks part in a cell are the article, not the readers'
 * comments in the table below it (read as one paragraph, the cell
 * counted for less than the comments). */
#define RUN(n) "Paragraph " n " of the story, which goes on at some " \
	"length, as the prose of a report does, with the names, the " \
	"numbers, and the places that a reader came for, and then a " \
	"quotation from someone who was there, who said what they saw, " \
	"and what they thought of it.<br><br>"
#define REPLY(n) "<tr><td>Reader " n " wrote: what a day, I was there " \
	"with my son and we cheered all afternoon.</td></tr>"
START_TEST(test_br_paragraphs)
{
	char *got = blocks_of(
		"<table><tr><td><table><tr><td><b>A story</b></td></tr><tr><td>"
		RUN("one") RUN("two") RUN("three") RUN("four") "</td></tr></table>"
		"<table>" REPLY("a") REPLY("b") REPLY("c") REPLY("d") REPLY("e")
		REPLY("f") "</table></td><td><a href=/>Home</a> "
		"<a href=/n>News</a></td></tr></table>");

	HAS(got, "Paragraph one");
	HAS(got, "Paragraph four");
	LACKS(got, "Reader");
	LACKS(got, "News");
	free(got);
}
END_TEST

/* Tag names are found for every tag of the table (its order), in any
 * case. */
START_TEST(test_tag_table)
{
	for (unsigned t = T_A; t < T_COUNT; t++) {
		const char *name = tag_name(t);
		char up[16];
		size_t n = strlen(name);

		ck_assert_uint_eq(tag_named(name, n), t);
		for (size_t i = 0; i <= n; i++)
			up[i] = (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i]);
		ck_assert_uint_eq(tag_named(up, n), t);
	}
	ck_assert_uint_eq(tag_named("blink", 5), T_OTHER);
	ck_assert_uint_eq(tag_named("blockquotes", 11), T_OTHER);
	ck_assert(tag_flags(T_P) & TF_CLOSES_P);
	ck_assert(tag_flags(T_BR) & TF_VOID);
	ck_assert(tag_flags(T_SCRIPT) & TF_RAW);
	ck_assert(!(tag_flags(T_SPAN) & TF_BLOCK));
	ck_assert(tag_flags(T_H3) & TF_HEADING);
}
END_TEST

Suite *html_suite(void)
{
	Suite *s = suite_create("html");
	TCase *tc = tcase_create("html");

	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_char_reference, 0, sizeof refs / sizeof *refs);
	tcase_add_loop_test(tc, test_page, 0, sizeof pages / sizeof *pages);
	tcase_add_test(tc, test_article);
	tcase_add_test(tc, test_title_suffix);
	tcase_add_test(tc, test_marked_article);
	tcase_add_test(tc, test_marked_body);
	tcase_add_test(tc, test_marked_too_little);
	tcase_add_test(tc, test_article_furniture);
	tcase_add_test(tc, test_shown_by_script);
	tcase_add_test(tc, test_br_paragraphs);
	tcase_add_test(tc, test_source_offsets);
	tcase_add_test(tc, test_pathological);
	tcase_add_test(tc, test_tag_table);
	suite_add_tcase(s, tc);
	return s;
}
