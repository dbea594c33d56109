/*
 * decode.h - a text read in the charset it is in (charset.h names it):
 * the reader run over the text decoded to UTF-8, with every piece of the
 * text still mapping to the source's original bytes.
 */
#ifndef SUMM_DECODE_H
#define SUMM_DECODE_H

#include "reading.h"

/* Reads the HTML page R->source into R (begun on it) as read_html does,
 * decoding it first from the charset it declares (html_declared_charset;
 * none: read_html itself).  R->source stays the original bytes; the text
 * is UTF-8, a byte the charset cannot decode reading as U+FFFD; each
 * non-ASCII character stands for its original bytes (a run of them read
 * from as many bytes each shares a piece), and ASCII read as the same
 * bytes stays verbatim.  Returns 0, or
 * -1 when memory ran out (R then holds nothing to read, but is still
 * freed with reading_free). */
int read_html_in_charset(reading *r);

/* Reads R->source into R (begun on it) with READER (read_html,
 * read_markdown, read_plain), run over the source decoded from CHARSET
 * as read_html_in_charset runs read_html, every piece of the text
 * mapping to the source's original bytes.  CHARSET is an iconv name;
 * NULL, or one iconv cannot open: READER reads the source itself, as
 * UTF-8.  (read_html_in_charset with the charset given: for tests, and
 * for a charset known from outside a page, such as an HTTP header.)
 * Returns 0, or -1 when memory ran out. */
int read_as(reading *r, const char *charset, int (*reader)(reading *));

#endif /* SUMM_DECODE_H */
