/* check_charset.c - engine/charset.c and decode.c: the charset a page
 * declares, and the page decoded from it with its pieces still pointing
 * at its bytes. */

/*
 * The encoded samples were made with Python's codecs (cp1252,
 * iso-8859-2, koi8-r, cp932, gb18030, cp949, big5hkscs, euc-jp,
 * iso-2022-jp), each beside its UTF-8.  Every encoding tested here is
 * in glibc's iconv (iconv -l), as on the Debian machines CI runs on.
 * engine/html.c is, for now, a placeholder reading the source as
 * paragraphs of text, which is all the mapping needs.
 */
#define _GNU_SOURCE                    /* memmem */
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../engine/charset.h"
#include "../engine/decode.h"
#include "../engine/reading.h"

#define S(lit) lit, sizeof lit - 1

/* ---- html_declared_charset ---- */

static const struct sniff_case {
	const char *page;
	size_t len;
	const char *charset;       /* NULL: UTF-8 */
} sniff_cases[] = {
	{ S("<meta charset=\"windows-1252\">"), "WINDOWS-1252" },
	/* Latin-1 and ASCII labels are windows-1252, as in browsers. */
	{ S("<meta charset=ISO-8859-1>"), "WINDOWS-1252" },
	{ S("<META CHARSET='latin1'>"), "WINDOWS-1252" },
	{ S("<meta charset=us-ascii>"), "WINDOWS-1252" },
	{ S("<meta charset=x-user-defined>"), "WINDOWS-1252" },
	{ S("<meta charset=\" x-sjis \">"), "CP932" },
	{ S("<meta charset=shift_jis>"), "CP932" },
	{ S("<meta charset=gb2312>"), "GB18030" },
	{ S("<meta charset=GBK>"), "GB18030" },
	{ S("<meta charset=ks_c_5601-1987>"), "CP949" },
	{ S("<meta charset=euc-kr>"), "CP949" },
	{ S("<meta charset=big5>"), "BIG5-HKSCS" },
	{ S("<meta charset=iso-8859-2>"), "ISO-8859-2" },
	{ S("<meta charset=windows-1251>"), "WINDOWS-1251" },
	{ S("<meta charset=utf-8>"), NULL },
	{ S("<meta charset=utf8><meta charset=koi8-r>"), NULL },
	{ S("<html><head><meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=koi8-r\">"), "KOI8-R" },
	/* Attributes in any order, values in any quotes or none. */
	{ S("<meta content='text/html; charset=Shift_JIS' "
	    "http-equiv=content-type>"), "CP932" },
	{ S("<meta http-equiv=content-type content=\"text/html;charset = "
	    "'euc-jp'\">"), "EUC-JP" },
	{ S("<meta http-equiv=Content-Type content=\"charsetcharset=big5\">"),
	  "BIG5-HKSCS" },
	/* A content without the http-equiv declares nothing. */
	{ S("<meta content=\"text/html; charset=koi8-r\">"), NULL },
	{ S("<meta name=x content=\"charset=gbk\"><meta charset=koi8-r>"),
	  "KOI8-R" },
	{ S("<meta http-equiv=content-type content=text/html "
	    "charset=iso-8859-2>"), "ISO-8859-2" },
	/* The first of an attribute counts. */
	{ S("<meta charset=koi8-r charset=gbk>"), "KOI8-R" },
	/* Comments are skipped; "<!-->" is a whole one. */
	{ S("<!-- <meta charset=koi8-r> --><meta charset=gb2312>"), "GB18030" },
	{ S("<!--><meta charset=koi8-r>"), "KOI8-R" },
	{ S("<!-- <meta charset=koi8-r>"), NULL },
	/* A <meta> in another tag's attribute, or a <metadata>, is none. */
	{ S("<p title=\"<meta charset=koi8-r>\">x</p>"), NULL },
	{ S("<metadata charset=koi8-r>"), NULL },
	{ S("<?xml encoding=\"koi8-r\"?>"), NULL },
	{ S("<p title='x'><meta/charset=koi8-r>"), "KOI8-R" },
	/* An unknown label is passed over; a refused one stops the scan. */
	{ S("<meta charset=bogus><meta charset=euc-kr>"), "CP949" },
	{ S("<meta charset=iso-2022-kr><meta charset=koi8-r>"), NULL },
	/* A UTF-16 label in a <meta> is UTF-8. */
	{ S("<meta charset=utf-16le>"), NULL },
	/* The byte order mark wins over any <meta>. */
	{ S("\xEF\xBB\xBF<meta charset=koi8-r>"), NULL },
	{ S("\xFF\xFE<\0p\0>\0"), "UTF-16LE" },
	{ S("\xFE\xFF\0<\0p\0>"), "UTF-16BE" },
	{ S(""), NULL },
	{ S("<meta charset="), NULL },
	{ S("<meta"), NULL },
};

START_TEST(test_sniff)
{
	const struct sniff_case *c = &sniff_cases[_i];
	const char *got = html_declared_charset(c->page, c->len);

	if (!c->charset)
		ck_assert_msg(got == NULL, "case %d: %s, not UTF-8", _i, got);
	else
		ck_assert_msg(got && strcmp(got, c->charset) == 0,
		              "case %d: %s, not %s", _i, got ? got : "UTF-8",
		              c->charset);
}
END_TEST

/* Only the first 1024 bytes are scanned: a <meta> that ends at byte
 * 1024 counts, one byte later it does not. */
START_TEST(test_sniff_1024)
{
	char page[2048];
	static const char meta[] = "<meta charset=koi8-r>";
	size_t m = sizeof meta - 1;

	memset(page, ' ', sizeof page);
	memcpy(page + 1024 - m, meta, m);
	ck_assert_str_eq(html_declared_charset(page, sizeof page), "KOI8-R");
	memset(page, ' ', sizeof page);
	memcpy(page + 1025 - m, meta, m);
	ck_assert(html_declared_charset(page, sizeof page) == NULL);
	memset(page, ' ', sizeof page);
	memcpy(page + 1500, meta, m);
	ck_assert(html_declared_charset(page, sizeof page) == NULL);
}
END_TEST

/* ---- conversion and pieces ---- */

/* Whether the text character T[0..LEN) is what the source bytes
 * S[0..N) read as alone through CD (its state reset), but that white
 * space may read as a space: ASCII of unit 1 as itself, as the
 * converter reads ASCII of such a charset. */
static int reads_as(iconv_t cd, const unsigned char *t, size_t len,
                    const char *s, size_t n)
{
	char out[16], *o = out, *in = (char *)s;
	size_t inleft = n, outleft = sizeof out, got;

	if (n == 1 && t[0] < 0x80)
		return t[0] == (unsigned char)s[0] ||
		       (t[0] == ' ' && is_markup_space((unsigned char)s[0]));
	iconv(cd, NULL, NULL, NULL, NULL);
	got = iconv(cd, &in, &inleft, &o, &outleft);
	if (got == (size_t)-1 || inleft ||
	    iconv(cd, NULL, NULL, &o, &outleft) == (size_t)-1)
		return 0;
	if (t[0] == ' ' && o - out == 1 && is_markup_space((unsigned char)out[0]))
		return 1;
	return (size_t)(o - out) == len && memcmp(out, t, len) == 0;
}

/* Checks what R's pieces promise: text offsets rising from 0, source
 * ranges inside the source and never going back; verbatim text the very
 * source bytes, all ASCII, but that a byte of white space reads as a
 * space; a piece of UNIT characters that many source bytes to each,
 * which read alone in CHARSET as that character (in a stateful charset,
 * ISO-2022-JP, they read so only after their escape: the count alone is
 * checked); a piece of other text beyond ASCII one character. */
static void check_pieces(const reading *r, const char *charset)
{
	size_t last = 0;
	iconv_t cd = iconv_open("UTF-8", charset);
	int stateful = strcmp(charset, "ISO-2022-JP") == 0;

	ck_assert(cd != (iconv_t)-1);

	for (size_t i = 0; i < r->npieces; i++) {
		const piece *p = &r->pieces[i];
		size_t end = i + 1 < r->npieces ? p[1].text : r->len;
		const unsigned char *t =
			(const unsigned char *)r->text + p->text;

		ck_assert_uint_lt(p->text, end);
		ck_assert_uint_le(p->source, p->source_end);
		ck_assert_uint_le(p->source_end, r->source_len);
		ck_assert_uint_ge(p->source, last);
		last = p->source;
		if (p->verbatim) {
			size_t len = end - p->text;

			ck_assert_uint_eq(p->source_end - p->source, len);
			for (size_t k = 0; k < len; k++) {
				unsigned char c = (unsigned char)r->source[p->source + k];

				ck_assert(t[k] == c ||
				          (t[k] == ' ' && is_markup_space(c)));
				ck_assert_uint_lt(t[k], 0x80);
			}
		} else if (p->unit) {
			size_t k = 0, chars = 0;

			ck_assert_uint_le(end - p->text, PIECE_UNIT_MAX);
			while (p->text + k < end) {
				size_t len = t[k] < 0x80   ? 1
				             : t[k] >= 0xF0 ? 4
				             : t[k] >= 0xE0 ? 3
				                            : 2;
				size_t at = p->source + chars * p->unit;

				ck_assert_uint_le(at + p->unit, p->source_end);
				ck_assert_msg(stateful ||
				              reads_as(cd, t + k, len,
				                       r->source + at, p->unit),
				              "piece %zu, source byte %zu", i, at);
				k += len;
				chars++;
			}
			ck_assert_uint_eq(p->text + k, end);
			ck_assert_uint_eq(p->source + chars * p->unit,
			                  p->source_end);
		} else if (t[0] >= 0x80) {
			/* Whole characters: one, or the two a Big5-HKSCS
			 * character reads as. */
			size_t k = 0, chars = 0;

			while (p->text + k < end) {
				k += t[k] >= 0xF0 ? 4 : t[k] >= 0xE0 ? 3 : 2;
				chars++;
			}
			ck_assert_uint_eq(p->text + k, end);
			ck_assert_uint_le(chars, 2);
		}
	}
	iconv_close(cd);
}

/* Checks that the text WORD (UTF-8) of R stands for the source bytes
 * ORIG, as one run. */
static void check_word(const reading *r, const char *word, const char *orig,
                       size_t orig_len)
{
	const char *t = strstr(r->text, word);
	const char *s = memmem(r->source, r->source_len, orig, orig_len);
	size_t at, from, to, start, end;

	ck_assert_msg(t != NULL, "%s not in the text", word);
	ck_assert(s != NULL);
	at = (size_t)(t - r->text);
	from = (size_t)(s - r->source);
	to = from + orig_len;
	ck_assert_uint_eq(source_offset(r, at, 0), from);
	ck_assert_uint_eq(source_offset(r, at + strlen(word), 1), to);
	ck_assert(next_source_run(r, &at, at + strlen(word), &start, &end));
	ck_assert_uint_eq(start, from);
	ck_assert_uint_eq(end, to);
	ck_assert(!next_source_run(r, &at, at, &start, &end));
}

static const struct conv_case {
	const char *charset;
	const char *src;
	size_t src_len;
	const char *utf8;
	const char *word;          /* a word of the text ... */
	const char *orig;          /* ... and its bytes */
	size_t orig_len;
} conv_cases[] = {
	{ "WINDOWS-1252",
	  S("Le caf\xE9 co\xFBte 5 \x80 \x96 \x93tr\xE8s\x94 cher."),
	  "Le caf\xC3\xA9 co\xC3\xBBte 5 \xE2\x82\xAC \xE2\x80\x93 "
	  "\xE2\x80\x9Ctr\xC3\xA8s\xE2\x80\x9D cher.",
	  "\xE2\x80\x9Ctr\xC3\xA8s\xE2\x80\x9D", S("\x93tr\xE8s\x94") },
	{ "WINDOWS-1252", S("Le caf\xE9 co\xFBte."),
	  "Le caf\xC3\xA9 co\xC3\xBBte.", "caf\xC3\xA9", S("caf\xE9") },
	{ "ISO-8859-2",
	  S("\xAF\xF3\xB3\xE6 g\xEA\xB6l\xB1 ja\xBC\xF1. Za\xBF\xF3\xB3\xE6."),
	  "\xC5\xBB\xC3\xB3\xC5\x82\xC4\x87 g\xC4\x99\xC5\x9Bl\xC4\x85 "
	  "ja\xC5\xBA\xC5\x84. Za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87.",
	  "g\xC4\x99\xC5\x9Bl\xC4\x85", S("g\xEA\xB6l\xB1") },
	{ "KOI8-R",
	  S("\xF3\xDF\xC5\xDB\xD8 \xD6\xC5 \xC5\xDD\xA3 \xDC\xD4\xC9\xC8 "
	    "\xC2\xD5\xCC\xCF\xCB."),
	  "\xD0\xA1\xD1\x8A\xD0\xB5\xD1\x88\xD1\x8C \xD0\xB6\xD0\xB5 "
	  "\xD0\xB5\xD1\x89\xD1\x91 \xD1\x8D\xD1\x82\xD0\xB8\xD1\x85 "
	  "\xD0\xB1\xD1\x83\xD0\xBB\xD0\xBE\xD0\xBA.",
	  "\xD0\xB5\xD1\x89\xD1\x91", S("\xC5\xDD\xA3") },
	/* Second bytes in the ASCII range: 0x5C ('\') in "表" and "ソ". */
	{ "CP932",
	  S("\x95\x5C\x8E\xA6\x82\xCC\x83\x5C\x83t\x83g\x5C" "ABC\x81" "B"),
	  "\xE8\xA1\xA8\xE7\xA4\xBA\xE3\x81\xAE\xE3\x82\xBD\xE3\x83\x95"
	  "\xE3\x83\x88\x5C" "ABC\xE3\x80\x82",
	  "\xE3\x82\xBD\xE3\x83\x95\xE3\x83\x88", S("\x83\x5C\x83t\x83g") },
	{ "CP932",
	  S("\x95\x5C\x8E\xA6\x82\xCC\x83\x5C\x83t\x83g\x5C" "ABC\x81" "B"),
	  "\xE8\xA1\xA8\xE7\xA4\xBA\xE3\x81\xAE\xE3\x82\xBD\xE3\x83\x95"
	  "\xE3\x83\x88\x5C" "ABC\xE3\x80\x82",
	  "\\ABC", S("\\ABC") },
	/* Two-byte and four-byte characters. */
	{ "GB18030",
	  S("\xD6\xD0\xCE\xC4\xB2\xE2\xCA\xD4 \x81" "0\x8B" "7 \x95" "2\x82"
	    "6 end."),
	  "\xE4\xB8\xAD\xE6\x96\x87\xE6\xB5\x8B\xE8\xAF\x95 \xC3\xBF "
	  "\xF0\xA0\x80\x80 end.",
	  "\xF0\xA0\x80\x80", S("\x95" "2\x82" "6") },
	{ "GB18030",
	  S("\xD6\xD0\xCE\xC4\xB2\xE2\xCA\xD4 \x81" "0\x8B" "7 \x95" "2\x82"
	    "6 end."),
	  "\xE4\xB8\xAD\xE6\x96\x87\xE6\xB5\x8B\xE8\xAF\x95 \xC3\xBF "
	  "\xF0\xA0\x80\x80 end.",
	  "\xE6\xB5\x8B\xE8\xAF\x95", S("\xB2\xE2\xCA\xD4") },
	/* "똠" is of windows-949 only, its second byte 'c'. */
	{ "CP949",
	  S("\xC7\xD1\xB1\xB9\xBE\xEE \xC5\xD8\xBD\xBA\xC6\xAE \x8C"
	    "c\xB9\xE6\xB0\xA2\xC7\xCF."),
	  "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xED\x85\x8D\xEC\x8A\xA4"
	  "\xED\x8A\xB8 \xEB\x98\xA0\xEB\xB0\xA9\xEA\xB0\x81\xED\x95\x98.",
	  "\xEB\x98\xA0\xEB\xB0\xA9", S("\x8C" "c\xB9\xE6") },
	{ "BIG5-HKSCS", S("\xA4\xA4\xA4\xE5\xB3\x5C\xA5\x5C\xBB\x5C."),
	  "\xE4\xB8\xAD\xE6\x96\x87\xE8\xA8\xB1\xE5\x8A\x9F\xE8\x93\x8B.",
	  "\xE8\xA8\xB1\xE5\x8A\x9F", S("\xB3\x5C\xA5\x5C") },
	/* One character read as two (Ê and a macron), its second byte 'b'. */
	{ "BIG5-HKSCS", S("x\x88\x62y"), "x\xC3\x8A\xCC\x84y",
	  "\xC3\x8A\xCC\x84", S("\x88\x62") },
	{ "EUC-JP",
	  S("\xC6\xFC\xCB\xDC\xB8\xEC\xA4\xCE\xCA\xB8\xBE\xCF\xA1\xA3"),
	  "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87"
	  "\xE7\xAB\xA0\xE3\x80\x82",
	  "\xE8\xAA\x9E\xE3\x81\xAE", S("\xB8\xEC\xA4\xCE") },
	/* A character after an escape stands for the escape too. */
	{ "ISO-2022-JP", S("\x1B$BF|K\x5C\x1B(B abc \x1B$B8l\x1B(B."),
	  "\xE6\x97\xA5\xE6\x9C\xAC abc \xE8\xAA\x9E.",
	  "\xE8\xAA\x9E", S("\x1B$B8l") },
	{ "ISO-2022-JP", S("\x1B$BF|K\x5C\x1B(B abc \x1B$B8l\x1B(B."),
	  "\xE6\x97\xA5\xE6\x9C\xAC abc \xE8\xAA\x9E.", "abc", S("abc") },
	/* Bad bytes: U+FFFD each, and the bytes after read on. */
	{ "WINDOWS-1252", S("a\x81" "b \x80"), "a\xEF\xBF\xBD" "b \xE2\x82\xAC",
	  "\xEF\xBF\xBD", S("\x81") },
	{ "CP932", S("A\x81 B\x82"), "A\xEF\xBF\xBD B\xEF\xBF\xBD",
	  "B\xEF\xBF\xBD", S("B\x82") },
	{ "GB18030", S("x\x81\x30y"), "x\xEF\xBF\xBD" "0y", "0y", S("0y") },
	{ "UTF-16LE", S("h\0\xE9\0\0\xD8" "a\0b"), "h\xC3\xA9\xEF\xBF\xBD"
	  "a\xEF\xBF\xBD", "\xC3\xA9", S("\xE9\0") },
	/* A surrogate pair is one character of four bytes; a low surrogate
	 * alone, or a high one before no low one, is U+FFFD for its two. */
	{ "UTF-16LE", S("a\0=\xD8\0\xDE" "b\0"), "a\xF0\x9F\x98\x80" "b",
	  "\xF0\x9F\x98\x80", S("=\xD8\0\xDE") },
	{ "UTF-16BE", S("\0a\xDE\0\0b\xD8=\0c"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c",
	  "b", S("\0b") },
	{ "UTF-16BE", S("\0a\xD8=\xD8=\xDE\0\0c"), "a\xEF\xBF\xBD\xF0\x9F\x98\x80" "c",
	  "\xF0\x9F\x98\x80", S("\xD8=\xDE\0") },
	/* Browsers never compose: a letter and its point stay two. */
	{ "WINDOWS-1255", S("\xE0\xC8 x"), "\xD7\x90\xD6\xB8 x", "\xD6\xB8",
	  S("\xC8") },
};

START_TEST(test_convert)
{
	const struct conv_case *c = &conv_cases[_i];
	reading r;

	reading_begin(&r, c->src, c->src_len);
	ck_assert_int_eq(read_as(&r, c->charset, read_html), 0);
	ck_assert_msg(strcmp(r.text, c->utf8) == 0, "case %d: %s", _i, r.text);
	ck_assert_uint_eq(r.nblocks, 1);
	check_pieces(&r, c->charset);
	check_word(&r, c->word, c->orig, c->orig_len);
	reading_free(&r);
}
END_TEST

/* The whole way: a page declaring windows-1252, read into blocks whose
 * words point back at the page's bytes. */
START_TEST(test_declared_page)
{
	static const char page[] = "<meta charset=windows-1252>\n\n"
	                           "<p>Le caf\xE9 est \x93noir\x94.<p>Fin.";
	reading r;

	reading_begin(&r, page, sizeof page - 1);
	ck_assert_int_eq(read_html_in_charset(&r), 0);
	ck_assert_str_eq(r.text, "Le caf\xC3\xA9 est \xE2\x80\x9Cnoir"
	                         "\xE2\x80\x9D.\n\nFin.");
	ck_assert_uint_eq(r.nblocks, 2);
	ck_assert_uint_eq(r.blocks[1].start, 26);
	check_pieces(&r, "WINDOWS-1252");
	check_word(&r, "caf\xC3\xA9 est \xE2\x80\x9Cnoir",
	           S("caf\xE9 est \x93noir"));
	check_word(&r, "Fin.", S("Fin."));
	reading_free(&r);
}
END_TEST

/* A page that declares no charset, or UTF-8, is read by read_html alone:
 * the same text and pieces. */
START_TEST(test_undeclared_page)
{
	static const char *pages[] = {
		"<p>Caf\xC3\xA9 \xE9t\xE9.</p>\n\nSecond  paragraph.",
		"<meta charset=utf-8>\n\nCaf\xE9.",
	};

	for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
		reading a, b;

		reading_begin(&a, pages[k], strlen(pages[k]));
		reading_begin(&b, pages[k], strlen(pages[k]));
		ck_assert_int_eq(read_html_in_charset(&a), 0);
		ck_assert_int_eq(read_html(&b), 0);
		ck_assert_str_eq(a.text, b.text);
		ck_assert_uint_eq(a.npieces, b.npieces);
		for (size_t i = 0; i < a.npieces; i++) {
			const piece *p = &a.pieces[i], *q = &b.pieces[i];

			ck_assert_uint_eq(p->text, q->text);
			ck_assert_uint_eq(p->source, q->source);
			ck_assert_uint_eq(p->source_end, q->source_end);
			ck_assert_int_eq(p->verbatim, q->verbatim);
		}
		reading_free(&a);
		reading_free(&b);
	}
}
END_TEST

/* UTF-16 found by its byte order mark, which is no text. */
START_TEST(test_utf16_bom)
{
	static const char le[] = "\xFF\xFEh\0\xE9\0l\0l\0o\0";
	static const char be[] = "\xFE\xFF\0h\0\xE9\0l\0l\0o";
	reading r;

	reading_begin(&r, le, sizeof le - 1);
	ck_assert_int_eq(read_html_in_charset(&r), 0);
	ck_assert_str_eq(r.text, "h\xC3\xA9llo");
	check_pieces(&r, "UTF-16LE");
	ck_assert_uint_eq(source_offset(&r, 0, 0), 2);
	ck_assert_uint_eq(source_offset(&r, 1, 0), 4);
	ck_assert_uint_eq(source_offset(&r, 3, 1), 6);
	ck_assert_uint_eq(source_offset(&r, r.len, 1), 12);
	reading_free(&r);

	reading_begin(&r, be, sizeof be - 1);
	ck_assert_int_eq(read_html_in_charset(&r), 0);
	ck_assert_str_eq(r.text, "h\xC3\xA9llo");
	check_pieces(&r, "UTF-16BE");
	reading_free(&r);
}
END_TEST

/* TEXT (UTF-8, LEN bytes, ASCII and characters of the BMP) in UTF-16
 * (BIG: big-endian) with its byte order mark, into OUT; returns its
 * length. */
static size_t to_utf16(const char *text, size_t len, int big, char *out)
{
	iconv_t cd = iconv_open(big ? "UTF-16BE" : "UTF-16LE", "UTF-8");
	char *in = (char *)text, *o = out + 2;
	size_t inleft = len, outleft = 4 * len;

	ck_assert(cd != (iconv_t)-1);
	out[0] = (char)(big ? 0xFE : 0xFF);
	out[1] = (char)(big ? 0xFF : 0xFE);
	ck_assert(iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1);
	iconv_close(cd);
	return (size_t)(o - out);
}

/* Plain text and Markdown in UTF-16, either byte order, read as their
 * UTF-8 is, whatever form the text is said or found to be in; each
 * sentence's source span is its own bytes in UTF-16; and its line and
 * column are those of the text decoded.  The third sentence is on line
 * 2, after "上海" (U+4E0A and U+6D77: the first has a byte 0x0A, which is
 * no LF) and U+1F600 (a surrogate pair); its column counts the UTF-8
 * bytes before it: 3 + 3 + 1 + 4 + 1. */
START_TEST(test_utf16_texts)
{
	static const char plain[] =
	    "The ferry to the island starts again on Monday morning.\n"
	    "\xE4\xB8\x8A\xE6\xB5\xB7 \xF0\x9F\x98\x80 The harbour master "
	    "said the new boat holds two hundred people.\r\n";
	static const char md[] =
	    "# Ferry news\n\nThe ferry to the *island* starts again on "
	    "Monday morning.\n";
	static const struct {
		const char *text;
		size_t len;
		enum summ_input input;
		const char *first;             /* its first sentence */
	} cases[] = {
		{ S(plain), SUMM_INPUT_TEXT,
		  "The ferry to the island starts again on Monday morning." },
		{ S(plain), SUMM_INPUT_AUTO,
		  "The ferry to the island starts again on Monday morning." },
		{ S(md), SUMM_INPUT_MARKDOWN, "Ferry news" },
		{ S(md), SUMM_INPUT_AUTO, "Ferry news" },
	};
	char u16[4 * sizeof plain];

	for (size_t i = 0; i < 2 * sizeof cases / sizeof *cases; i++) {
		int big = (int)(i % 2);
		size_t n = to_utf16(cases[i / 2].text, cases[i / 2].len, big, u16);
		summ_options opt = { .input = cases[i / 2].input,
		                     .name = i / 2 == 3 ? "news.md" : NULL };
		summ_doc *doc;
		summ_sentence s;
		size_t start, end, first_len = strlen(cases[i / 2].first), len;
		char back[4 * sizeof plain];

		ck_assert_int_eq(summ_parse_with(u16, n, &opt, &doc), SUMM_OK);
		ck_assert_int_eq(summ_source_utf16(doc), big ? 2 : 1);
		s = summ_sentence_at(doc, 0);
		ck_assert_msg(s.length == first_len &&
		              !memcmp(summ_text(doc, &len) + s.offset,
		                      cases[i / 2].first, first_len),
		              "case %zu: first sentence", i);
		summ_source_span(doc, s.offset, s.length, &start, &end);
		ck_assert_uint_eq(to_utf16(cases[i / 2].first, first_len, big,
		                           back) - 2, end - start);
		ck_assert(!memcmp(u16 + start, back + 2, end - start));
		if (cases[i / 2].text == plain) {
			size_t idx[2] = { 0, 2 };   /* (Han and emoji: one) */
			summ_position pos[2];
			ck_assert_uint_eq(summ_sentence_count(doc), 3);
			ck_assert_int_eq(summ_locate(doc, idx, 2, pos), SUMM_OK);
			ck_assert_uint_eq(pos[0].line, 1);
			ck_assert_uint_eq(pos[0].col, 1);
			ck_assert_uint_eq(pos[1].line, 2);
			ck_assert_uint_eq(pos[1].col, 3 + 3 + 1 + 4 + 1 + 1);
		}
		summ_free(doc);
		/* The same text in UTF-8 is no UTF-16. */
		ck_assert_int_eq(summ_parse_with(cases[i / 2].text,
		                                 cases[i / 2].len, &opt, &doc),
		                 SUMM_OK);
		ck_assert_int_eq(summ_source_utf16(doc), 0);
		summ_free(doc);
	}
}
END_TEST

/* A plain text in UTF-16 is read again as one in UTF-8 is, when it
 * has a word set vertically or an e-mail's quoted reply: the same
 * sentences, the quote markers and the vertical word's line breaks left
 * out; each at the same place, in code units, as in the UTF-8 (of ASCII,
 * byte K of the UTF-8 is bytes 2 + 2K and 3 + 2K of the UTF-16), its
 * line and column the same. */
START_TEST(test_utf16_rereads)
{
	static const char mail[] =
	    "W\nA\nRN\nI\nNG\n\nThanks for the notes. The ferry leaves at "
	    "nine on Monday.\n\nOn Sunday, Bob wrote:\n> The harbour master "
	    "said the new boat\n> holds two hundred people.\n\nSee you there.\n";
	char u16[4 * sizeof mail];
	summ_options opt = { .input = SUMM_INPUT_TEXT };
	summ_doc *d8, *d16;
	size_t n8, len8, len16;
	const char *t8, *t16;

	ck_assert_int_eq(summ_parse_with(S(mail), &opt, &d8), SUMM_OK);
	n8 = summ_sentence_count(d8);
	t8 = summ_text(d8, &len8);
	ck_assert_ptr_nonnull(strstr(t8, "WARNING"));
	ck_assert_ptr_null(strchr(t8, '>'));
	for (int big = 0; big < 2; big++) {
		size_t n = to_utf16(S(mail), big, u16);

		ck_assert_int_eq(summ_parse_with(u16, n, &opt, &d16), SUMM_OK);
		t16 = summ_text(d16, &len16);
		ck_assert_uint_eq(summ_sentence_count(d16), n8);
		for (size_t k = 0; k < n8; k++) {
			summ_sentence a = summ_sentence_at(d8, k);
			summ_sentence b = summ_sentence_at(d16, k);
			size_t s8, e8, s16, e16;
			summ_position p8, p16;

			ck_assert_uint_eq(a.length, b.length);
			ck_assert(!memcmp(t8 + a.offset, t16 + b.offset, a.length));
			summ_source_span(d8, a.offset, a.length, &s8, &e8);
			summ_source_span(d16, b.offset, b.length, &s16, &e16);
			ck_assert_uint_eq(s16, 2 + 2 * s8);
			ck_assert_uint_eq(e16, 2 + 2 * e8);
			ck_assert_int_eq(summ_locate(d8, &k, 1, &p8), SUMM_OK);
			ck_assert_int_eq(summ_locate(d16, &k, 1, &p16), SUMM_OK);
			ck_assert_uint_eq(p8.line, p16.line);
			ck_assert_uint_eq(p8.col, p16.col);
		}
		summ_free(d16);
	}
	summ_free(d8);
}
END_TEST

/* A page in UTF-16 given without a name is sniffed as HTML through its
 * byte order mark; utf16_charset names the encoding that mark gives. */
START_TEST(test_utf16_sniff)
{
	static const char page[] =
	    "<!DOCTYPE html><html><head><title>Ferry</title></head><body>"
	    "<p>The ferry to the island starts again on Monday.</p></body>"
	    "</html>\n";
	char u16[4 * sizeof page];

	for (int big = 0; big < 2; big++) {
		size_t n = to_utf16(page, sizeof page - 1, big, u16);
		ck_assert_int_eq(sniff_input(u16, n, NULL), SUMM_INPUT_HTML);
		ck_assert_str_eq(utf16_charset(u16, n),
		                 big ? "UTF-16BE" : "UTF-16LE");
	}
	ck_assert_ptr_null(utf16_charset("\xEF\xBB\xBFhi", 5));
	ck_assert_ptr_null(utf16_charset("\xFF", 1));
	ck_assert_int_eq(sniff_input(S("\xFF\xFE"), NULL), SUMM_INPUT_TEXT);
}
END_TEST

/* A long paragraph of a single-byte charset, and one of a two-byte
 * one: a few pieces, not one a character (32 bytes each, some 70 times
 * the page's size), and every character still led back to its bytes,
 * as json offsets and -f mark need.  Each character of the paragraph
 * is one converted character, so that text character K came from the
 * byte (or two) K along from where the paragraph starts. */
START_TEST(test_long_runs)
{
	static const struct {
		const char *charset, *head;
		size_t head_len;
		const char *chars;
		size_t len, unit;
	} cases[] = {
		/* "Съешь же ещё этих булок " */
		{ "KOI8-R", S("<meta charset=koi8-r><p>"),
		  S("\xF3\xDF\xC5\xDB\xD8 \xD6\xC5 \xC5\xDD\xA3 \xDC\xD4\xC9\xC8 "
		    "\xC2\xD5\xCC\xCF\xCB "), 1 },
		/* "表示のソフト" without spaces, in Shift_JIS */
		{ "CP932", S("<meta charset=shift_jis><p>"),
		  S("\x95\x5C\x8E\xA6\x82\xCC\x83\x5C\x83t\x83g"), 2 },
		/* "Съешь же ещё этих мягких булок, да выпей чаю. ", after
		 * a byte order mark and "<p>", in UTF-16 (decoded in runs,
		 * not through iconv) */
		{ "UTF-16LE", S("\xFF\xFE<\0p\0>\0"),
		  S("\x21\x04\x4A\x04\x35\x04\x48\x04\x4C\x04\x20\x00\x36\x04"
		    "\x35\x04\x20\x00\x35\x04\x49\x04\x51\x04\x20\x00\x4D\x04"
		    "\x42\x04\x38\x04\x45\x04\x20\x00\x3C\x04\x4F\x04\x33\x04"
		    "\x3A\x04\x38\x04\x45\x04\x20\x00\x31\x04\x43\x04\x3B\x04"
		    "\x3E\x04\x3A\x04\x2C\x00\x20\x00\x34\x04\x30\x04\x20\x00"
		    "\x32\x04\x4B\x04\x3F\x04\x35\x04\x39\x04\x20\x00\x47\x04"
		    "\x30\x04\x4E\x04\x2E\x00\x20\x00"), 2 },
	};
	enum { N = 60000 };

	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		size_t head = cases[c].head_len, len = cases[c].len;
		size_t unit = cases[c].unit, n = 0, at, k, run, start, end;
		char *page = malloc(head + N + 1);
		reading r;

		ck_assert(page != NULL);
		memcpy(page, cases[c].head, head);
		while (n + len <= N) {
			memcpy(page + head + n, cases[c].chars, len);
			n += len;
		}
		if (page[head + n - unit] == ' ')
			n -= unit;     /* the text ends in no space */
		reading_begin(&r, page, head + n);
		ck_assert_int_eq(read_html_in_charset(&r), 0);
		check_pieces(&r, cases[c].charset);
		ck_assert_uint_le(r.npieces, 2 + 2 * r.len / PIECE_UNIT_MAX);
		for (at = 0, k = 0; at < r.len; k++) {
			size_t next = at + 1;

			while (((unsigned char)r.text[next] & 0xC0) == 0x80)
				next++;
			ck_assert_uint_eq(source_offset(&r, at, 0), head + k * unit);
			ck_assert_uint_eq(source_offset(&r, next, 1),
			                  head + (k + 1) * unit);
			at = next;
		}
		ck_assert_uint_eq(head + k * unit, head + n);
		/* The text is one run of bytes, as -f mark marks it. */
		at = 0;
		for (run = 0; next_source_run(&r, &at, r.len, &start, &end); run++) {
			ck_assert_uint_eq(start, head);
			ck_assert_uint_eq(end, head + n);
		}
		ck_assert_uint_eq(run, 1);
		reading_free(&r);
		free(page);
	}
}
END_TEST

/* A charset iconv cannot open reads as UTF-8. */
START_TEST(test_unknown_charset)
{
	static const char page[] = "caf\xC3\xA9";
	reading r;

	reading_begin(&r, page, sizeof page - 1);
	ck_assert_int_eq(read_as(&r, "NO-SUCH-CHARSET", read_html), 0);
	ck_assert_str_eq(r.text, page);
	reading_free(&r);
}
END_TEST

/* Every byte value under every encoding tested: no stop, one U+FFFD at
 * most for each bad byte, pieces in order. */
START_TEST(test_all_bytes)
{
	static const char *charsets[] = {
		"WINDOWS-1252", "ISO-8859-2", "KOI8-R", "CP932", "GB18030",
		"CP949", "BIG5-HKSCS", "EUC-JP", "ISO-2022-JP", "UTF-16LE",
		"WINDOWS-1258",
	};
	char page[512];

	for (size_t i = 0; i < 512; i++)
		page[i] = (char)(i % 2 ? i / 2 : 255 - i / 2);
	for (size_t k = 0; k < sizeof charsets / sizeof *charsets; k++) {
		reading r;

		reading_begin(&r, page, sizeof page);
		ck_assert_int_eq(read_as(&r, charsets[k], read_html), 0);
		check_pieces(&r, charsets[k]);
		ck_assert_uint_le(r.len, 4 * sizeof page);
		reading_free(&r);
	}
}
END_TEST

Suite *charset_suite(void)
{
	Suite *s = suite_create("charset");
	TCase *tc = tcase_create("charset");

	tcase_add_loop_test(tc, test_sniff, 0,
	                    sizeof sniff_cases / sizeof *sniff_cases);
	tcase_add_test(tc, test_sniff_1024);
	tcase_add_loop_test(tc, test_convert, 0,
	                    sizeof conv_cases / sizeof *conv_cases);
	tcase_add_test(tc, test_declared_page);
	tcase_add_test(tc, test_undeclared_page);
	tcase_add_test(tc, test_utf16_bom);
	tcase_add_test(tc, test_utf16_texts);
	tcase_add_test(tc, test_utf16_rereads);
	tcase_add_test(tc, test_utf16_sniff);
	tcase_add_test(tc, test_long_runs);
	tcase_add_test(tc, test_unknown_charset);
	tcase_add_test(tc, test_all_bytes);
	suite_add_tcase(s, tc);
	return s;
}
