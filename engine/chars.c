/*
 * chars.c - characters: UTF-8 decoding and encoding, the class of every
 * code point, case folding for the scripts whose case we know, and the
 * folding of white space that output uses (summ_fold).  Takes bytes;
 * hands the stages above classes and code points (see chars.h).
 */
#include "chars.h"
#include "../summarize.h"

size_t u8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

uint32_t cp_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c <= 0x17F) {
		if (c == 0x178)
			return 0xFF;
		if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && c % 2 == 0)
			return c + 1;
		if (((c >= 0x139 && c <= 0x148) || c >= 0x179) && c % 2 == 1)
			return c + 1;
		return c;
	}
	if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	return c;
}

static int is_lower_cp(uint32_t c)
{
	return (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
	       (c >= 0x100 && c <= 0x17F && cp_lower(c) == c) ||
	       (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F);
}

#define S C_SPACE
#define U C_UPPER
#define L C_LOWER
#define D C_DIGIT
#define P C_PUNCT
const unsigned char byte_class[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,    /* controls */
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,    /*  !"#$%&'()*+,-./ */
	D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,    /* 0-9 :;<=>? */
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,    /* @ A-O */
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,    /* P-Z [\]^_ */
	P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,    /* ` a-o */
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S     /* p-z {|}~ DEL */
};
#undef S
#undef U
#undef L
#undef D
#undef P

unsigned cp_class(uint32_t c)
{
	if (c < 0x80)
		return byte_class[c];
	if (c == BAD_CP)
		return C_PUNCT;
	if (c <= 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0xFEFF)
		return C_SPACE;
	if (c <= 0xBF)
		return c == 0xAA || c == 0xB5 || c == 0xBA ? C_LOWER : C_PUNCT;
	if (c == 0xD7 || c == 0xF7)
		return C_PUNCT;
	if ((c >= 0x2010 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x303F) ||
	    (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE10 && c <= 0xFE6F) ||
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0x1F000 && c <= 0x1FAFF))
		return C_PUNCT;
	if (cp_lower(c) != c)
		return C_UPPER;
	return is_lower_cp(c) ? C_LOWER : C_CASELESS;
}

unsigned decoded_class(const unsigned char *s, size_t n, size_t *len)
{
	uint32_t cp;

	*len = u8_decode(s, n, &cp);
	return cp_class(cp);
}

size_t prev_multibyte(const unsigned char *s, size_t start, size_t i)
{
	size_t j = i - 1;
	uint32_t cp;

	while (j > start && i - j < 4 && is_cont(s[j]))
		j--;
	/* Only a whole sequence is one character: a stray continuation
	 * byte is one of its own ("blank \246" keeps its \246). */
	if (j < i - 1 && u8_decode(s + j, i - j, &cp) != i - j)
		return i - 1;
	return j;
}

size_t summ_utf8_length(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	uint32_t cp;

	while (i < len) {
		/* ASCII, the common case, eight bytes at a time. */
		if (i + 8 <= len && ascii8(s + i)) {
			i += 8;
			n += 8;
			continue;
		}
		i += (unsigned char)s[i] < 0x80 ? 1 :
		     u8_decode((const unsigned char *)s + i, len - i, &cp);
		n++;
	}
	return n;
}

size_t fold_text(const char *src, size_t len, char *dst, size_t *chars)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, o = 0, n, nc = 0, e;
	int pending = 0, line_break = 0;

	while (i < len) {
		if (class_at(src, len, i, &n) == C_SPACE) {
			pending = o > 0;
			line_break |= src[i] == '\n' || src[i] == '\r';
			i += n;
			continue;
		}
		/* A line break before a stop is an artefact of the layout
		 * ("pricing\n."): no space there. */
		if (pending && !(line_break && strchr(".,;:!?", src[i]))) {
			if (dst)
				dst[o] = ' ';
			o++;
			nc++;
		}
		pending = line_break = 0;
		/* The character and the plain ASCII after it, copied at once. */
		for (e = i + n; e < len && s[e] < 0x80 && byte_class[s[e]] != C_SPACE;
		     e++)
			;
		if (dst)
			memcpy(dst + o, src + i, e - i);
		o += e - i;
		nc += 1 + (e - i - n);
		i = e;
	}
	*chars = nc;
	return o;
}

size_t summ_fold(const char *src, size_t len, char *dst)
{
	size_t chars;

	return fold_text(src, len, dst, &chars);
}
