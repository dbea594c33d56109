/*
 * charset.h - the charset of a text not in UTF-8: the one a page
 * declares (a BOM, or a <meta> in its first 1024 bytes, as browsers
 * find it), or UTF-16 that a byte order mark opens a text of any form
 * with; and what decoding needs to know of it (decode.h decodes).
 */
#ifndef SUMM_CHARSET_H
#define SUMM_CHARSET_H

#include <stddef.h>

/* The encoding of the page S[0..N), as the WHATWG encoding sniffing
 * finds it without an HTTP header: a UTF-16 or UTF-8 byte order mark,
 * else the first <meta charset=...> or <meta http-equiv=Content-Type
 * content="...; charset=..."> of the first 1024 bytes, outside comments.
 * The label is read through the WHATWG label table (so "iso-8859-1",
 * "latin1" and "us-ascii" are windows-1252, "gb2312" and "gbk" GB18030,
 * "euc-kr" CP949, "shift_jis" CP932, as browsers decode them).
 *
 * Returns the name iconv_open knows the encoding by (a static string;
 * UTF-16's even where iconv lacks it, as decode.c decodes it itself),
 * or NULL for UTF-8: no declaration, a UTF-8 one, an unknown label, one
 * that iconv here cannot decode, and a UTF-16 label in a <meta> (which
 * browsers read as UTF-8, since a page whose <meta> is readable as
 * ASCII cannot be UTF-16).  Pages without a declaration stay UTF-8
 * even when their bytes are not: see charset.c for why. */
const char *html_declared_charset(const char *s, size_t n);

/* The encoding that the byte order mark of S[0..N) names, if it is
 * UTF-16: "UTF-16LE" or "UTF-16BE" (iconv's names), else NULL.  A text
 * saved as "Unicode" on Windows, or written by PowerShell, opens so. */
const char *utf16_charset(const char *s, size_t n);

/* What decoding needs to know of an encoding (charset_nature):
 * ASCII_SAFE, a byte below 0x80 met where a character starts is that
 * ASCII character (the WHATWG decoders of every ASCII-compatible
 * encoding say so; glibc's SHIFT_JIS reads 0x5C as a yen sign, browsers
 * do not); FLUSH, the converter holds a letter back to compose it with
 * an accent that may follow (glibc's CP1255 and CP1258; browsers never
 * compose, so each character is flushed out at once); UTF16LE and
 * UTF16BE, it is UTF-16 of that byte order, which decode.c decodes
 * itself (see convert_utf16). */
enum {
	CHARSET_ASCII_SAFE = 1,
	CHARSET_FLUSH = 2,
	CHARSET_UTF16LE = 4,
	CHARSET_UTF16BE = 8
};

/* The nature (CHARSET_ flags) of the encoding iconv knows as NAME, as
 * html_declared_charset and utf16_charset name them; 0 for a name from
 * outside the WHATWG table, of which nothing is assumed. */
unsigned charset_nature(const char *name);

#endif /* SUMM_CHARSET_H */
