/*
 * cli/records.c - the JSON-lines record reader (see records.h).
 *
 * A hand-written scanner for RFC 8259, in three parts:
 *
 *  1. strings: scan_string checks one string (escapes, UTF-8, no raw
 *     control characters) and, when asked, writes its unescaped bytes;
 *  2. other values: skip_value checks a number, literal, string, array
 *     or object without decoding it; arrays and objects are followed
 *     with a stack of one byte per level, so no input can make it recurse;
 *  3. the record: rec_parse reads the top-level object member by member,
 *     decodes "text" and notes where every member lies.
 *
 * Every function works on (S, LEN, *POS) and on failure sets the reason
 * and the offset in the rec_object.
 */
#include "records.h"

#include <stdlib.h>
#include <string.h>

void rec_init(rec_object *o)
{
	memset(o, 0, sizeof *o);
}

void rec_free(rec_object *o)
{
	free(o->member);
	free(o->text);
	rec_init(o);
}

/* Records a failure: REASON at offset POS.  Returns REC_EINVAL. */
static int fail(rec_object *o, const char *reason, size_t pos)
{
	o->error = reason;
	o->errpos = pos;
	o->errwhole = 0;
	return REC_EINVAL;
}

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_ws(const char *s, size_t len, size_t pos)
{
	while (pos < len && is_ws((unsigned char)s[pos]))
		pos++;
	return pos;
}

/* ------------------------------------------------------------------ */
/* 1. Strings                                                          */
/* ------------------------------------------------------------------ */

static int hex4(const char *s, size_t len, size_t pos, unsigned *v)
{
	*v = 0;
	if (len - pos < 4)
		return 0;
	for (int i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)s[pos + i];
		unsigned d = c >= '0' && c <= '9' ? c - '0'
		           : c >= 'a' && c <= 'f' ? c - 'a' + 10
		           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 16;
		if (d == 16)
			return 0;
		*v = *v << 4 | d;
	}
	return 1;
}

size_t rec_utf8_seq(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = len ? u[0] : 0;
	size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;

	if (!need || c > 0xF4 || len < need)
		return 0;
	for (size_t k = 1; k < need; k++)
		if ((u[k] & 0xC0) != 0x80)
			return 0;
	if (need == 3) {
		unsigned v = (c & 0x0F) << 12 | (u[1] & 0x3Fu) << 6;
		if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
	} else if (need == 4) {
		unsigned v = (c & 0x07) << 18 | (u[1] & 0x3Fu) << 12;
		if (v < 0x10000 || v > 0x10FFFF)
			return 0;
	}
	return need;
}

size_t rec_utf8_put(unsigned v, char *out)
{
	if (v < 0x80) {
		out[0] = (char)v;
		return 1;
	}
	if (v < 0x800) {
		out[0] = (char)(0xC0 | v >> 6);
		out[1] = (char)(0x80 | (v & 0x3F));
		return 2;
	}
	if (v < 0x10000) {
		out[0] = (char)(0xE0 | v >> 12);
		out[1] = (char)(0x80 | (v >> 6 & 0x3F));
		out[2] = (char)(0x80 | (v & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | v >> 18);
	out[1] = (char)(0x80 | (v >> 12 & 0x3F));
	out[2] = (char)(0x80 | (v >> 6 & 0x3F));
	out[3] = (char)(0x80 | (v & 0x3F));
	return 4;
}

/* Appends code point V as UTF-8 to OUT (when not NULL) at *N, if it fits
 * within CAP; *N counts every byte either way. */
static void put_cp(char *out, size_t cap, size_t *n, unsigned v)
{
	char b[4];
	size_t k = rec_utf8_put(v, b);

	for (size_t i = 0; i < k; i++, (*n)++)
		if (out && *n < cap)
			out[*n] = b[i];
}

/* Scans the string whose opening quote is at S[*POS], leaving *POS after
 * its closing quote.  When OUT is not NULL, its unescaped bytes are
 * written there, at most CAP of them; *OUTLEN is set to the full
 * unescaped length, which is never more than the string's raw length. */
static int scan_string(rec_object *o, const char *s, size_t len, size_t *pos,
                       char *out, size_t cap, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = *pos + 1, n = 0;

	for (;;) {
		size_t run = i;

		/* Plain bytes: copied as a run. */
		while (i < len && u[i] >= 0x20 && u[i] < 0x80 && u[i] != '"' &&
		       u[i] != '\\')
			i++;
		if (out && n < cap)
			memcpy(out + n, s + run, i - run < cap - n ? i - run : cap - n);
		n += i - run;
		if (i == len)
			return fail(o, "unterminated string", *pos);
		if (u[i] == '"')
			break;
		if (u[i] < 0x20)
			return fail(o, "control character in string", i);
		if (u[i] >= 0x80) {
			size_t k = rec_utf8_seq(s + i, len - i);
			if (!k)
				return fail(o, "invalid UTF-8 in string", i);
			for (size_t j = 0; j < k; j++, n++)
				if (out && n < cap)
					out[n] = s[i + j];
			i += k;
			continue;
		}
		/* A backslash. */
		if (i + 1 == len)
			return fail(o, "unterminated string", *pos);
		switch (s[i + 1]) {
		case '"': case '\\': case '/':
			put_cp(out, cap, &n, (unsigned char)s[i + 1]);
			i += 2;
			break;
		case 'b': put_cp(out, cap, &n, '\b'); i += 2; break;
		case 'f': put_cp(out, cap, &n, '\f'); i += 2; break;
		case 'n': put_cp(out, cap, &n, '\n'); i += 2; break;
		case 'r': put_cp(out, cap, &n, '\r'); i += 2; break;
		case 't': put_cp(out, cap, &n, '\t'); i += 2; break;
		case 'u': {
			unsigned v, lo;
			if (!hex4(s, len, i + 2, &v))
				return fail(o, "invalid \\u escape", i);
			i += 6;
			if (v >= 0xD800 && v <= 0xDBFF && len - i >= 6 &&
			    s[i] == '\\' && s[i + 1] == 'u' &&
			    hex4(s, len, i + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
				v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (v >= 0xD800 && v <= 0xDFFF) {
				v = 0xFFFD;    /* a lone surrogate */
			}
			put_cp(out, cap, &n, v);
			break;
		}
		default:
			return fail(o, "invalid escape in string", i);
		}
	}
	*pos = i + 1;
	if (outlen)
		*outlen = n;
	return REC_OK;
}

/* ------------------------------------------------------------------ */
/* 2. Other values                                                     */
/* ------------------------------------------------------------------ */

static int scan_number(rec_object *o, const char *s, size_t len, size_t *pos)
{
	size_t i = *pos, start;

#define DIGIT(k) ((k) < len && s[k] >= '0' && s[k] <= '9')
	if (i < len && s[i] == '-')
		i++;
	if (!DIGIT(i))
		return fail(o, "invalid number", *pos);
	if (s[i] == '0')
		i++;
	else
		while (DIGIT(i))
			i++;
	if (i < len && s[i] == '.') {
		start = ++i;
		while (DIGIT(i))
			i++;
		if (i == start)
			return fail(o, "invalid number", *pos);
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		start = i;
		while (DIGIT(i))
			i++;
		if (i == start)
			return fail(o, "invalid number", *pos);
	}
#undef DIGIT
	*pos = i;
	return REC_OK;
}

/* Checks the value at S[*POS] (white space before it allowed), leaving
 * *POS after it.  DEPTH is the nesting level of the value's container. */
static int skip_value(rec_object *o, const char *s, size_t len, size_t *pos,
                      int depth)
{
	unsigned char stack[REC_MAX_DEPTH];  /* '{' or '[' per open level */
	int top = 0;                         /* levels open here */
	size_t i = *pos;
	int rc;

	for (;;) {
		/* A value. */
		i = skip_ws(s, len, i);
		if (i == len)
			return fail(o, "unexpected end of record", i);
		switch (s[i]) {
		case '{':
		case '[':
			if (depth + top + 1 > REC_MAX_DEPTH)
				return fail(o, "nested too deeply", i);
			stack[top++] = (unsigned char)s[i];
			i = skip_ws(s, len, i + 1);
			if (i < len && s[i] == (stack[top - 1] == '{' ? '}' : ']')) {
				top--;
				i++;
				break;
			}
			if (stack[top - 1] == '{')
				goto key;
			continue;
		case '"':
			if ((rc = scan_string(o, s, len, &i, NULL, 0, NULL)))
				return rc;
			break;
		case 't':
		case 'f':
		case 'n': {
			const char *word = s[i] == 't' ? "true"
			                 : s[i] == 'f' ? "false" : "null";
			size_t wl = strlen(word);
			if (len - i < wl || memcmp(s + i, word, wl) != 0)
				return fail(o, "invalid literal", i);
			i += wl;
			break;
		}
		default:
			if (s[i] != '-' && !(s[i] >= '0' && s[i] <= '9'))
				return fail(o, "unexpected character", i);
			if ((rc = scan_number(o, s, len, &i)))
				return rc;
		}
		/* After a value: close containers or go on to the next one. */
		for (;;) {
			if (top == 0) {
				*pos = i;
				return REC_OK;
			}
			i = skip_ws(s, len, i);
			if (i == len)
				return fail(o, "unexpected end of record", i);
			if (s[i] == (stack[top - 1] == '{' ? '}' : ']')) {
				top--;
				i++;
				continue;
			}
			if (s[i] != ',')
				return fail(o, stack[top - 1] == '{'
				               ? "expected ',' or '}'"
				               : "expected ',' or ']'", i);
			i++;
			break;
		}
		if (stack[top - 1] == '[')
			continue;
key:
		/* A member of an object: key, colon, then its value. */
		i = skip_ws(s, len, i);
		if (i == len || s[i] != '"')
			return fail(o, "expected a string key", i);
		if ((rc = scan_string(o, s, len, &i, NULL, 0, NULL)))
			return rc;
		i = skip_ws(s, len, i);
		if (i == len || s[i] != ':')
			return fail(o, "expected ':'", i);
		i++;
	}
}

/* ------------------------------------------------------------------ */
/* 3. The record                                                       */
/* ------------------------------------------------------------------ */

static enum rec_key key_kind(const char *k, size_t n)
{
	if (n == 4 && memcmp(k, "text", 4) == 0)
		return REC_KEY_TEXT;
	if (n == 7 && memcmp(k, "summary", 7) == 0)
		return REC_KEY_SUMMARY;
	if (n == 8 && memcmp(k, "keywords", 8) == 0)
		return REC_KEY_KEYWORDS;
	return REC_KEY_OTHER;
}

int rec_parse(rec_object *o, const char *s, size_t len)
{
	size_t i = skip_ws(s, len, 0);
	int rc, have_text = 0;

	o->nmember = 0;
	o->textlen = 0;
	o->error = NULL;
	o->errpos = 0;
	o->errwhole = 0;
	if (i == len) {
		fail(o, "empty record", 0);
		o->errwhole = 1;
		return REC_EINVAL;
	}
	if (s[i] != '{')
		return fail(o, "not a JSON object", i);
	/* The unescaped text is never longer than the record. */
	if (o->textcap < len) {
		char *t = realloc(o->text, len);
		if (!t)
			return REC_ENOMEM;
		o->text = t;
		o->textcap = len;
	}
	i = skip_ws(s, len, i + 1);
	if (i < len && s[i] == '}') {
		i++;
	} else {
		for (;;) {
			char key[8];
			size_t start = i, keylen;
			rec_member *m;

			if (i == len || s[i] != '"')
				return fail(o, i == len ? "unexpected end of record"
				                        : "expected a string key", i);
			if ((rc = scan_string(o, s, len, &i, key, sizeof key, &keylen)))
				return rc;
			i = skip_ws(s, len, i);
			if (i == len || s[i] != ':')
				return fail(o, "expected ':'", i);
			i = skip_ws(s, len, i + 1);
			if (o->nmember == o->capmember) {
				size_t cap = o->capmember ? 2 * o->capmember : 8;
				m = realloc(o->member, cap * sizeof *m);
				if (!m)
					return REC_ENOMEM;
				o->member = m;
				o->capmember = cap;
			}
			m = &o->member[o->nmember];
			m->start = start;
			m->key = key_kind(key, keylen);
			if (m->key == REC_KEY_TEXT) {
				if (have_text)
					return fail(o, "duplicate \"text\" member", start);
				if (i == len || s[i] != '"')
					return fail(o, "\"text\" is not a string", i);
				if ((rc = scan_string(o, s, len, &i, o->text, o->textcap,
				                      &o->textlen)))
					return rc;
				have_text = 1;
			} else if ((rc = skip_value(o, s, len, &i, 1))) {
				return rc;
			}
			m->end = i;
			o->nmember++;
			i = skip_ws(s, len, i);
			if (i < len && s[i] == ',') {
				i = skip_ws(s, len, i + 1);
				continue;
			}
			if (i < len && s[i] == '}') {
				i++;
				break;
			}
			return fail(o, i == len ? "unexpected end of record"
			                        : "expected ',' or '}'", i);
		}
	}
	i = skip_ws(s, len, i);
	if (i != len)
		return fail(o, "text after the object", i);
	if (!have_text) {
		fail(o, "no \"text\" member", 0);
		o->errwhole = 1;
		return REC_EINVAL;
	}
	return REC_OK;
}
