/*
 * tests/fuzz_records.c - libFuzzer target for the JSON-lines record reader.
 *
 *     make fuzz && tests/fuzz_records -dict=tests/fuzz.dict CORPUS
 *
 * The input is one record's bytes.  rec_parse is checked against a second,
 * deliberately plain reading of RFC 8259 written here (recursive descent,
 * strict UTF-8 in strings, nesting limited to REC_MAX_DEPTH):
 *
 *  1. rec_parse accepts the input exactly when the reference does: a JSON
 *     object, white space around it, with one "text" member (its key
 *     unescaped) whose value is a string.
 *  2. When it accepts: the same members, in order, at the same offsets and
 *     with the same key kinds, inside the input and not overlapping; and
 *     the same unescaped text, which is valid UTF-8 and no longer than the
 *     input.  When it refuses: a reason, and a position inside the input.
 *  3. Parsing again with the same object (its arrays reused) gives the
 *     same result, and so does a fresh object.
 *  4. The accepted text, written back as a JSON string in a new record,
 *     reads back unchanged.
 *
 * The input is an exact-size heap copy, so AddressSanitizer sees any read
 * past its end.  A broken rule aborts, which libFuzzer reports as a crash.
 */
#include "../cli/records.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* ------------------------------------------------------------------ */
/* The reference reader                                                */
/* ------------------------------------------------------------------ */

#define MAX_MEMBERS 16384

typedef struct {
	const unsigned char *s;
	size_t len, i;
	/* Top-level members, as rec_parse should report them. */
	size_t nmember, start[MAX_MEMBERS], end[MAX_MEMBERS];
	enum rec_key key[MAX_MEMBERS];
	int ntext;
	char *text;              /* the text, decoded; room for LEN bytes */
	size_t textlen;
} ref;

/* The length of the strict UTF-8 sequence at S (N bytes left), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	uint32_t v;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		v = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6;
		return v >= 0x800 && (v < 0xD800 || v > 0xDFFF) ? 3 : 0;
	}
	if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		v = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12;
		return v >= 0x10000 && v <= 0x10FFFF ? 4 : 0;
	}
	return 0;
}

static int valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0, n; i < len; i += n)
		if (!(n = utf8_len((const unsigned char *)s + i, len - i)))
			return 0;
	return 1;
}

static size_t put_utf8(uint32_t cp, char *out)
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

static void ws(ref *r)
{
	while (r->i < r->len && (r->s[r->i] == ' ' || r->s[r->i] == '\t' ||
	                         r->s[r->i] == '\n' || r->s[r->i] == '\r'))
		r->i++;
}

static int hex4(ref *r, uint32_t *v)
{
	*v = 0;
	if (r->len - r->i < 4)
		return 0;
	for (int k = 0; k < 4; k++) {
		unsigned c = r->s[r->i++];
		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			*v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			*v |= c - 'A' + 10;
		else
			return 0;
	}
	return 1;
}

/* A string at r->i (its opening quote), decoded into OUT (room for CAP
 * bytes; what does not fit is dropped and *OVER set) unless OUT is NULL. */
static int string(ref *r, char *out, size_t cap, size_t *outlen, int *over)
{
	char buf[4];
	size_t o = 0, n;

	*over = 0;
	r->i++;
	for (;;) {
		uint32_t cp, lo;
		if (r->i >= r->len)
			return 0;
		if (r->s[r->i] == '"') {
			r->i++;
			*outlen = o;
			return 1;
		}
		if (r->s[r->i] < 0x20)
			return 0;
		if (r->s[r->i] == '\\') {
			if (++r->i >= r->len)
				return 0;
			switch (r->s[r->i++]) {
			case '"': cp = '"'; break;
			case '\\': cp = '\\'; break;
			case '/': cp = '/'; break;
			case 'b': cp = '\b'; break;
			case 'f': cp = '\f'; break;
			case 'n': cp = '\n'; break;
			case 'r': cp = '\r'; break;
			case 't': cp = '\t'; break;
			case 'u':
				if (!hex4(r, &cp))
					return 0;
				if (cp >= 0xD800 && cp <= 0xDBFF && r->len - r->i >= 6 &&
				    r->s[r->i] == '\\' && r->s[r->i + 1] == 'u') {
					size_t save = r->i;
					r->i += 2;
					if (hex4(r, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)
						cp = 0x10000 + ((cp - 0xD800) << 10) +
						     (lo - 0xDC00);
					else
						r->i = save;
				}
				if (cp >= 0xD800 && cp <= 0xDFFF)
					cp = 0xFFFD;
				break;
			default:
				return 0;
			}
			n = put_utf8(cp, buf);
		} else {
			if (!(n = utf8_len(r->s + r->i, r->len - r->i)))
				return 0;
			memcpy(buf, r->s + r->i, n);
			r->i += n;
		}
		if (out && o + n <= cap)
			memcpy(out + o, buf, n);
		else
			*over = 1;
		o += n;
	}
}

static int digits(ref *r)
{
	size_t start = r->i;

	while (r->i < r->len && r->s[r->i] >= '0' && r->s[r->i] <= '9')
		r->i++;
	return r->i > start;
}

static int number(ref *r)
{
	if (r->s[r->i] == '-')
		r->i++;
	if (r->i < r->len && r->s[r->i] == '0')
		r->i++;
	else if (!(r->i < r->len && r->s[r->i] >= '1' && r->s[r->i] <= '9') ||
	         !digits(r))
		return 0;
	if (r->i < r->len && r->s[r->i] == '.') {
		r->i++;
		if (!digits(r))
			return 0;
	}
	if (r->i < r->len && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
		r->i++;
		if (r->i < r->len && (r->s[r->i] == '+' || r->s[r->i] == '-'))
			r->i++;
		if (!digits(r))
			return 0;
	}
	return 1;
}

static int literal(ref *r, const char *word)
{
	size_t n = strlen(word);

	if (r->len - r->i < n || memcmp(r->s + r->i, word, n) != 0)
		return 0;
	r->i += n;
	return 1;
}

static int value(ref *r, int depth);

/* An object at r->i; DEPTH is its level (1 for the record itself). */
static int object(ref *r, int depth)
{
	if (depth > REC_MAX_DEPTH)
		return 0;
	r->i++;
	ws(r);
	if (r->i < r->len && r->s[r->i] == '}') {
		r->i++;
		return 1;
	}
	for (;;) {
		char key[8];
		size_t keylen, start = r->i, klen;
		int over;
		if (r->i >= r->len || r->s[r->i] != '"' ||
		    !string(r, key, sizeof key, &keylen, &over))
			return 0;
		klen = over ? sizeof key + 1 : keylen;
		ws(r);
		if (r->i >= r->len || r->s[r->i] != ':')
			return 0;
		r->i++;
		ws(r);
		if (depth == 1 && klen == 4 && memcmp(key, "text", 4) == 0) {
			if (++r->ntext > 1 || r->i >= r->len || r->s[r->i] != '"' ||
			    !string(r, r->text, r->len, &r->textlen, &over))
				return 0;
			CHECK(!over);
		} else if (!value(r, depth + 1)) {
			return 0;
		}
		if (depth == 1) {
			CHECK(r->nmember < MAX_MEMBERS);
			r->start[r->nmember] = start;
			r->end[r->nmember] = r->i;
			r->key[r->nmember] =
			    klen == 4 && memcmp(key, "text", 4) == 0 ? REC_KEY_TEXT :
			    klen == 7 && memcmp(key, "summary", 7) == 0 ? REC_KEY_SUMMARY :
			    klen == 8 && memcmp(key, "keywords", 8) == 0 ?
			    REC_KEY_KEYWORDS : REC_KEY_OTHER;
			r->nmember++;
		}
		ws(r);
		if (r->i < r->len && r->s[r->i] == ',') {
			r->i++;
			ws(r);
			continue;
		}
		if (r->i < r->len && r->s[r->i] == '}') {
			r->i++;
			return 1;
		}
		return 0;
	}
}

static int array(ref *r, int depth)
{
	if (depth > REC_MAX_DEPTH)
		return 0;
	r->i++;
	ws(r);
	if (r->i < r->len && r->s[r->i] == ']') {
		r->i++;
		return 1;
	}
	for (;;) {
		if (!value(r, depth + 1))
			return 0;
		ws(r);
		if (r->i < r->len && r->s[r->i] == ',') {
			r->i++;
			ws(r);
			continue;
		}
		if (r->i < r->len && r->s[r->i] == ']') {
			r->i++;
			return 1;
		}
		return 0;
	}
}

/* A value at r->i at nesting level DEPTH (an array or object there would
 * be that deep). */
static int value(ref *r, int depth)
{
	size_t keylen;
	int over;

	if (r->i >= r->len)
		return 0;
	switch (r->s[r->i]) {
	case '{': return object(r, depth);
	case '[': return array(r, depth);
	case '"': return string(r, NULL, 0, &keylen, &over);
	case 't': return literal(r, "true");
	case 'f': return literal(r, "false");
	case 'n': return literal(r, "null");
	default:
		if (r->s[r->i] == '-' || (r->s[r->i] >= '0' && r->s[r->i] <= '9'))
			return number(r);
		return 0;
	}
}

/* Whether S (LEN bytes) is a record; fills R. */
static int ref_parse(ref *r, const char *s, size_t len)
{
	r->s = (const unsigned char *)s;
	r->len = len;
	r->i = 0;
	r->nmember = 0;
	r->ntext = 0;
	r->textlen = 0;
	ws(r);
	if (r->i >= len || r->s[r->i] != '{' || !object(r, 1))
		return 0;
	ws(r);
	return r->i == len && r->ntext == 1;
}

/* ------------------------------------------------------------------ */
/* The checks                                                          */
/* ------------------------------------------------------------------ */

/* Writes TEXT as the record {"text":"..."} into a new exact-size buffer. */
static char *as_record(const char *text, size_t len, size_t *outlen)
{
	char *out = malloc(6 * len + 16), *p = out;

	CHECK(out != NULL);
	p += sprintf(p, "{\"text\":\"");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '"' || c == '\\') {
			*p++ = '\\';
			*p++ = (char)c;
		} else if (c < 0x20) {
			p += sprintf(p, "\\u%04x", c);
		} else {
			*p++ = (char)c;
		}
	}
	*p++ = '"';
	*p++ = '}';
	*outlen = (size_t)(p - out);
	p = exact_copy(out, *outlen);
	free(out);
	return p;
}

static ref reference;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *rec = exact_copy((const char *)data, size);
	ref *r = &reference;
	rec_object o, fresh;
	int rc, want, again;

	if (size > 65536) {
		free(rec);
		return 0;
	}
	r->text = malloc(size ? size : 1);
	CHECK(r->text != NULL);
	rec_init(&o);
	rc = rec_parse(&o, rec, size);
	if (rc == REC_ENOMEM)
		goto out;
	want = ref_parse(r, rec, size);
	CHECK(rc == REC_OK || rc == REC_EINVAL);
	CHECK((rc == REC_OK) == want);
	if (rc == REC_EINVAL) {
		CHECK(o.error != NULL && o.error[0] != '\0');
		CHECK(o.errpos <= size);
	} else {
		size_t prev_end = 0, ntext = 0;
		CHECK(o.nmember == r->nmember);
		for (size_t k = 0; k < o.nmember; k++) {
			const rec_member *m = &o.member[k];
			CHECK(m->start == r->start[k] && m->end == r->end[k]);
			CHECK(m->key == r->key[k]);
			CHECK(m->start >= prev_end && m->start < m->end &&
			      m->end <= size);
			CHECK(rec[m->start] == '"');
			prev_end = m->end;
			ntext += m->key == REC_KEY_TEXT;
		}
		CHECK(ntext == 1);
		CHECK(o.textlen <= size);
		CHECK(o.textlen == r->textlen);
		CHECK(o.textlen == 0 || memcmp(o.text, r->text, o.textlen) == 0);
		CHECK(valid_utf8(o.text, o.textlen));
	}

	/* The same object again, then a fresh one. */
	{
		size_t textlen = o.textlen, nmember = o.nmember;
		char *text = exact_copy(o.text ? o.text : "", textlen);
		again = rec_parse(&o, rec, size);
		CHECK(again == rc);
		if (rc == REC_OK) {
			CHECK(o.nmember == nmember && o.textlen == textlen);
			CHECK(textlen == 0 || memcmp(o.text, text, textlen) == 0);
		}
		rec_init(&fresh);
		CHECK(rec_parse(&fresh, rec, size) == rc);
		CHECK(fresh.textlen == o.textlen);
		rec_free(&fresh);
		free(text);
	}

	/* Round trip: the text written back reads back the same. */
	if (rc == REC_OK) {
		size_t blen;
		char *back = as_record(o.text, o.textlen, &blen);
		rec_object b;
		rec_init(&b);
		rc = rec_parse(&b, back, blen);
		CHECK(rc == REC_OK || rc == REC_ENOMEM);
		if (rc == REC_OK) {
			CHECK(b.textlen == o.textlen);
			CHECK(b.textlen == 0 || memcmp(b.text, o.text, b.textlen) == 0);
			CHECK(b.nmember == 1 && b.member[0].key == REC_KEY_TEXT);
		}
		rec_free(&b);
		free(back);
	}
out:
	rec_free(&o);
	free(r->text);
	free(rec);
	return 0;
}
