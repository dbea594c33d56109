/*
 * entities.c - HTML's character references (char_reference, see
 * reading.h), shared by the HTML and Markdown readers.
 *
 * The rules are the WHATWG tokenizer's, as far as the character that a
 * reference stands for goes (its parse errors are not reported):
 *
 *  1. "&#" then decimal digits, or "&#x" / "&#X" then hex digits, then an
 *     optional ';'.  No digit: no reference.  0, a surrogate or anything
 *     past U+10FFFF reads as U+FFFD; 0x80..0x9F as windows-1252 reads
 *     those bytes (the C1 controls are never meant).
 *  2. "&" then a name of the table (engine/entities.inc, the standard's
 *     2,231 names): the longest name that the source starts with.  Only
 *     the 106 legacy names ("amp", "copy", "eacute") match without their
 *     ';', so "&copy2024" is "(c)2024" and "&ampx;" is "&x;".
 *  3. In an attribute value, a legacy name without ';' followed by '=' or
 *     an ASCII letter or digit is no reference: "?a=1&copy=2" is a URL.
 */
#include "reading.h"
#include "chars.h"

#include <stdint.h>
#include <string.h>

/* An entry holds its bytes, not pointers to them: a table of pointers
 * is patched at every start of a position-independent program (2,231
 * entries, 4,462 relocations, 18 pages copied), where one of bytes is
 * mapped from the file as it is. */
struct entity {
	char name[33];               /* without the '&', with any ';' */
	unsigned char len;
	char utf8[7];
	unsigned char utf8_len;
};

#include "entities.inc"

_Static_assert(ENTITY_LONGEST < sizeof ((struct entity *)0)->name,
               "an entity name fits its entry");

static int is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* The entry whose name is exactly S[0..N), or NULL. */
static const struct entity *lookup(const char *s, size_t n)
{
	size_t lo = 0, hi = ENTITY_COUNT;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct entity *e = &entities[mid];
		size_t k = n < e->len ? n : e->len;
		int c = memcmp(e->name, s, k);

		if (c == 0)
			c = (e->len > n) - (e->len < n);
		if (c == 0)
			return e;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* What windows-1252 reads the bytes 0x80..0x9F as; 0 where it reads
 * none (the code point then stands). */
static const uint16_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Rule 1: S[0..N) starts "&#". */
static size_t numeric(const char *s, size_t n, char *out, size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)s;
	int hex = n > 2 && (u[2] | 0x20) == 'x';
	size_t i = hex ? 3 : 2, digits = i;
	uint32_t cp = 0;

	for (; i < n && (hex ? is_hex(u[i]) : (u[i] >= '0' && u[i] <= '9')); i++) {
		unsigned d = u[i] <= '9' ? u[i] - '0' : (u[i] | 0x20) - 'a' + 10;

		/* Saturate: any longer run of digits is out of range anyway. */
		cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + d;
	}
	if (i == digits)
		return 0;
	if (i < n && u[i] == ';')
		i++;
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	else if (cp >= 0x80 && cp <= 0x9F && cp1252[cp - 0x80])
		cp = cp1252[cp - 0x80];
	*out_len = u8_encode(cp, out);
	return i;
}

size_t char_reference(const char *s, size_t n, int in_attribute,
                      char *out, size_t *out_len)
{
	const unsigned char *u = (const unsigned char *)s;
	const struct entity *e = NULL;
	size_t run = 1, len;

	if (n < 2 || s[0] != '&')
		return 0;
	if (s[1] == '#')
		return numeric(s, n, out, out_len);
	while (run < n && run <= ENTITY_LONGEST && is_alnum(u[run]))
		run++;
	if (run == 1)
		return 0;
	/* The whole name with its ';', the usual case, is one search. */
	if (run < n && s[run] == ';')
		e = lookup(s + 1, run);
	if (e) {
		len = run + 1;
	} else {
		/* Else the longest legacy name the run starts with. */
		for (len = run - 1 < ENTITY_LEGACY_LONGEST ? run - 1
		                                            : ENTITY_LEGACY_LONGEST;
		     len > 0 && !(e = lookup(s + 1, len)); len--)
			;
		if (!e)
			return 0;
		len++;
		if (in_attribute && len < n && (s[len] == '=' || is_alnum(u[len])))
			return 0;
	}
	memcpy(out, e->utf8, e->utf8_len);
	*out_len = e->utf8_len;
	return len;
}
