/*
 * charset.h - web pages not in UTF-8: the charset a page declares (a
 * BOM, or a <meta> in its first 1024 bytes, as browsers find it), and
 * the HTML reader run over the page decoded from it, with every piece
 * of the text still mapping to the page's original bytes; and texts of
 * any form that a UTF-16 byte order mark opens, decoded so.
 */
#ifndef SUMM_CHARSET_H
#define SUMM_CHARSET_H

#include <stddef.h>

#include "reading.h"

/* The encoding of the page S[0..N), as the WHATWG encoding sniffing
 * finds it without an HTTP header: a UTF-16 or UTF-8 byte order mark,
 * else the first <meta charset=...> or <meta http-equiv=Content-Type
 * content="...; charset=..."> of the first 1024 bytes, outside comments.
 * The label is read through the WHATWG label table (so "iso-8859-1",
 * "latin1" and "us-ascii" are windows-1252, "gb2312" and "gbk" GB18030,
 * "euc-kr" CP949, "shift_jis" CP932, as browsers decode them).
 *
 * Returns the name iconv_open knows the encoding by (a static string),
 * or NULL for UTF-8: no declaration, a UTF-8 one, an unknown label, one
 * that iconv here cannot decode, and a UTF-16 label in a <meta> (which
 * browsers read as UTF-8, since a page whose <meta> is readable as
 * ASCII cannot be UTF-16).  Pages without a declaration stay UTF-8
 * even when their bytes are not: see charset.c for why. */
const char *html_declared_charset(const char *s, size_t n);

/* Reads the HTML page R->source into R (begun on it) as read_html does,
 * decoding it first from the charset it declares (html_declared_charset;
 * none: read_html itself).  R->source stays the original bytes; the text
 * is UTF-8, a byte the charset cannot decode reading as U+FFFD; each
 * non-ASCII character is a piece of its own, standing for its original
 * bytes, and ASCII read as the same bytes stays verbatim.  Returns 0, or
 * -1 when memory ran out (R then holds nothing to read, but is still
 * freed with reading_free). */
int read_html_in_charset(reading *r);

/* The encoding that the byte order mark of S[0..N) names, if it is
 * UTF-16: "UTF-16LE" or "UTF-16BE" (iconv's names), else NULL.  A text
 * saved as "Unicode" on Windows, or written by PowerShell, opens so. */
const char *utf16_charset(const char *s, size_t n);

/* Reads R->source into R (begun on it) with READER (read_html,
 * read_markdown, read_plain), run over the source decoded from CHARSET
 * as read_html_in_charset runs read_html, every piece of the text
 * mapping to the source's original bytes.  CHARSET is an iconv name;
 * NULL, or one iconv cannot open: READER reads the source itself, as
 * UTF-8.  (read_html_in_charset with the charset given: for tests, and
 * for a charset known from outside a page, such as an HTTP header.)
 * Returns 0, or -1 when memory ran out. */
int read_as(reading *r, const char *charset, int (*reader)(reading *));

#endif /* SUMM_CHARSET_H */
