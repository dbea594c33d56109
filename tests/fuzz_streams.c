/*
 * tests/fuzz_streams.c - libFuzzer target for the record streams'
 * reader (cli/streams.c, next_record), a reader of untrusted bytes.
 *
 *     make tests/fuzz_streams && tests/fuzz_streams CORPUS
 *
 * The first byte picks the mode (lines, NUL-terminated, JSON lines: the
 * last split as lines); the rest is the stream, read from memory.
 * Checked against a decoder of its own: the records are the stream cut
 * at its delimiter, a last one without it still a record; and in a
 * stream that a UTF-16 byte order mark opens, the stream decoded first
 * (a surrogate without its partner, and an odd last byte, U+FFFD), cut
 * at the code unit of the delimiter, each record valid UTF-8.
 */
#include "cli/cli.h"
#include "tests/fuzz.h"

#include <stdint.h>

/* Appends code point V to OUT at *N (room enough). */
static void put(char *out, size_t *n, unsigned v)
{
	*n += rec_utf8_put(v, out + *n);
}

/* The UTF-16 stream S[0..LEN) (after its mark), BIG-endian or not,
 * decoded into OUT (room for 3 bytes a byte); returns its length. */
static size_t decode(const unsigned char *s, size_t len, int big, char *out)
{
	size_t n = 0, i = 0;

	while (i < len) {
		unsigned u, v;

		if (len - i < 2) {
			put(out, &n, 0xFFFD);
			break;
		}
		u = big ? (unsigned)s[i] << 8 | s[i + 1] : (unsigned)s[i + 1] << 8 | s[i];
		i += 2;
		if (u < 0xD800 || u >= 0xE000) {
			put(out, &n, u);
			continue;
		}
		if (u < 0xDC00 && len - i >= 2) {
			v = big ? (unsigned)s[i] << 8 | s[i + 1]
			        : (unsigned)s[i + 1] << 8 | s[i];
			if (v >= 0xDC00 && v < 0xE000) {
				put(out, &n, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
				i += 2;
				continue;
			}
		}
		put(out, &n, 0xFFFD);
	}
	return n;
}

/* Whether S[0..LEN) is valid UTF-8. */
static int valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0, k; i < len; i += k) {
		k = (unsigned char)s[i] < 0x80 ? 1 : rec_utf8_seq(s + i, len - i);
		if (k == 0)
			return 0;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum records modes[] = { RECORDS_LINES, RECORDS_NUL,
	                                      RECORDS_JSONL };
	options opt;
	batch b;
	item it;
	const unsigned char *s = data + 1;
	size_t n = size ? size - 1 : 0, want_len, at = 0;
	char *copy, *want;
	int delim, utf16;

	if (n == 0)
		return 0;              /* (fmemopen takes no empty buffer) */
	memset(&opt, 0, sizeof opt);
	memset(&b, 0, sizeof b);
	opt.records = modes[data[0] % 3];
	delim = opt.records == RECORDS_NUL ? '\0' : '\n';
	utf16 = n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
	                   (s[0] == 0xFE && s[1] == 0xFF));
	/* The records as they should be: the stream, or its text decoded. */
	want = malloc(3 * n + 1);
	CHECK(want != NULL);
	if (utf16) {
		want_len = decode(s + 2, n - 2, s[0] == 0xFE, want);
	} else {
		memcpy(want, s, n);
		want_len = n;
	}
	copy = exact_copy((const char *)s, n);
	b.opt = &opt;
	b.in = fmemopen(copy, n, "r");
	CHECK(b.in != NULL);
	b.in_name = "fuzz";
	b.in_unit = -1;
	memset(&it, 0, sizeof it);
	while (next_record(&b, &it)) {
		const char *end;
		size_t len;

		CHECK(it.kind == ITEM_RECORD);
		CHECK(at < want_len);
		end = memchr(want + at, delim, want_len - at);
		len = end ? (size_t)(end - (want + at)) : want_len - at;
		CHECK(it.len == len);
		CHECK(memcmp(it.data, want + at, len) == 0);
		CHECK(!utf16 || valid_utf8(it.data, it.len));
		at += len + (end != NULL);
		free(it.data);
		memset(&it, 0, sizeof it);
	}
	CHECK(at == want_len);
	free(b.in_raw);
	fclose(b.in);
	free(copy);
	free(want);
	return 0;
}
