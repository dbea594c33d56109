/*
 * tests/fuzz_charset.c - libFuzzer target for engine/charset.c and decode.c.
 *
 *     make tests/fuzz_charset && tests/fuzz_charset CORPUS
 *
 * The first byte of the input picks a charset (or none: the page's own
 * declaration, sniffed, or for Markdown and plain text its UTF-16 byte
 * order mark) and a reader (HTML, Markdown, plain text); the rest is the
 * page.  Checked:
 *
 *  1. html_declared_charset reads only the page (an exact-size copy, so
 *     AddressSanitizer sees a byte read past it), and agrees with itself
 *     on the page cut to its first 1024 bytes.
 *  2. Reading the page in the charset returns 0 and gives UTF-8 text
 *     (the page's own bytes when nothing converted it aside).
 *  3. The pieces: text offsets rising from 0 within the text, source
 *     ranges inside the page and never going back; a verbatim piece is
 *     the very bytes of the page (a blank may read as a space); a piece
 *     of UNIT characters whole characters, UNIT bytes of the page to
 *     each, and bounded.
 *  4. next_source_run over the whole text gives runs inside the page,
 *     in order.
 *
 * A broken contract aborts, which libFuzzer reports as a crash.
 */
#include <stdint.h>

#include "fuzz.h"
#include "engine/charset.h"
#include "engine/decode.h"
#include "engine/reading.h"

static const char *const charsets[] = {
	NULL, "WINDOWS-1252", "ISO-8859-2", "KOI8-R", "CP932", "SHIFT_JIS",
	"GB18030", "GBK", "CP949", "EUC-KR", "BIG5-HKSCS", "BIG5", "EUC-JP",
	"ISO-2022-JP", "UTF-16LE", "UTF-16BE", "WINDOWS-1255", "WINDOWS-1258",
	"MAC-CYRILLIC", "IBM866", "WINDOWS-874",
};

/* Whether S[0..N) is well-formed UTF-8: shortest forms, no surrogates,
 * nothing past U+10FFFF. */
static int valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; ) {
		unsigned c = s[i];
		size_t k = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2
		         : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
		uint32_t cp = c & (0xFFu >> (k + 1));

		if (k == 0 || n - i < k)
			return 0;
		for (size_t j = 1; j < k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + j] & 0x3F);
		}
		if ((k == 3 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000))) ||
		    (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
			return 0;
		i += k;
	}
	return 1;
}

static void check_reading(const reading *r, int converted)
{
	size_t last = 0, at = 0, start, end, prev = 0;

	CHECK(r->text != NULL && r->text[r->len] == '\0');
	if (converted)
		CHECK(valid_utf8((const unsigned char *)r->text, r->len));
	for (size_t i = 0; i < r->npieces; i++) {
		const piece *p = &r->pieces[i];
		size_t te = i + 1 < r->npieces ? p[1].text : r->len;

		CHECK(i > 0 || p->text == 0);
		CHECK(p->text < te && te <= r->len);
		CHECK(p->source <= p->source_end);
		CHECK(p->source_end <= r->source_len);
		CHECK(p->source >= last);
		last = p->source;
		if (p->verbatim) {
			CHECK(p->source_end - p->source == te - p->text);
			CHECK(verbatim_text(r->text + p->text, r->source + p->source,
			                    te - p->text));
		} else if (p->unit) {
			size_t chars = 0;

			for (size_t k = p->text; k < te; k++)
				chars += (r->text[k] & 0xC0) != 0x80;
			CHECK((r->text[p->text] & 0xC0) != 0x80);
			CHECK((r->text[te] & 0xC0) != 0x80);
			CHECK(chars * p->unit == p->source_end - p->source);
			CHECK(te - p->text <= PIECE_UNIT_MAX);
		}
	}
	for (size_t b = 0; b < r->nblocks; b++)
		CHECK(r->blocks[b].start <= r->blocks[b].end &&
		      r->blocks[b].end <= r->len);
	while (next_source_run(r, &at, r->len, &start, &end)) {
		CHECK(start <= end && end <= r->source_len);
		CHECK(start >= prev);
		prev = start;
	}
	CHECK(at <= r->len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int (*const readers[])(reading *) = {
	read_html, read_markdown, read_plain
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const size_t ncharsets = sizeof charsets / sizeof *charsets;
	const char *charset;
	int (*reader)(reading *);
	char *page;
	size_t n;
	reading r;

	if (size == 0)
		return 0;
	charset = charsets[data[0] % ncharsets];
	reader = readers[data[0] / ncharsets % 3];
	n = size - 1;
	page = exact_copy((const char *)data + 1, n);

	/* 1. The prescan sees 1024 bytes at most. */
	{
		const char *whole = html_declared_charset(page, n);
		const char *cut =
			html_declared_charset(page, n < 1024 ? n : 1024);

		CHECK((whole == NULL) == (cut == NULL));
		CHECK(!whole || strcmp(whole, cut) == 0);
	}

	/* 2-4. The page read in the charset picked, or its own. */
	reading_begin(&r, page, n);
	if (!charset && reader == read_html) {
		CHECK(read_html_in_charset(&r) == 0);
	} else {
		if (!charset)
			charset = utf16_charset(page, n);
		CHECK(read_as(&r, charset, reader) == 0);
	}
	check_reading(&r, charset != NULL);
	reading_free(&r);
	free(page);
	return 0;
}
