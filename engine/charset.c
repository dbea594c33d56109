/*
 * charset.c - the charset of a page (see charset.h): which encoding a
 * label names, and which label a page declares.  Decoding by it is
 * decode.c's.
 *
 * Two stages, one section each:
 *
 *  1. Labels: the WHATWG Encoding Standard's names for the encodings
 *     browsers decode ("latin1", "x-sjis", "ks_c_5601-1987" ...), each
 *     led to the iconv converter closest to what browsers do.
 *  2. The prescan: the WHATWG "prescan a byte stream to determine its
 *     encoding", over the first 1024 bytes: comments and other markup
 *     skipped, the attributes of each <meta> read as browsers read them.
 */
#include "charset.h"
#include "doc.h"

#include <iconv.h>
#include <string.h>

/* ---------------------------------------------------------------- */
/* 1. Encodings and their labels                                    */
/* ---------------------------------------------------------------- */

enum {
	ENC_UTF8, ENC_UTF16LE, ENC_UTF16BE, ENC_REPLACEMENT, ENC_USER,
	ENC_IBM866, ENC_8859_2, ENC_8859_3, ENC_8859_4, ENC_8859_5,
	ENC_8859_6, ENC_8859_7, ENC_8859_8, ENC_8859_10, ENC_8859_13,
	ENC_8859_14, ENC_8859_15, ENC_8859_16, ENC_KOI8R, ENC_KOI8U,
	ENC_MAC, ENC_MACCYR, ENC_874, ENC_1250, ENC_1251, ENC_1252,
	ENC_1253, ENC_1254, ENC_1255, ENC_1256, ENC_1257, ENC_1258,
	ENC_GB18030, ENC_BIG5, ENC_EUCJP, ENC_2022JP, ENC_SJIS, ENC_EUCKR
};

/* An encoding: the iconv name to try first and the one to fall back
 * on ("": none; names in place, as pointers cost the loader a relocation
 * each at every start), and what decoding needs to know of it (see
 * charset_nature). */
struct encoding {
	char iconv[13], fallback[10];
	unsigned char nature;
};

static const struct encoding encodings[] = {
	[ENC_UTF8] = { "", "", CHARSET_ASCII_SAFE },
	[ENC_UTF16LE] = { "UTF-16LE", "", CHARSET_UTF16LE },
	[ENC_UTF16BE] = { "UTF-16BE", "", CHARSET_UTF16BE },
	[ENC_REPLACEMENT] = { "", "", 0 },
	[ENC_USER] = { "", "", 0 },
	[ENC_IBM866] = { "IBM866", "", CHARSET_ASCII_SAFE },
	[ENC_8859_2] = { "ISO-8859-2", "", CHARSET_ASCII_SAFE },
	[ENC_8859_3] = { "ISO-8859-3", "", CHARSET_ASCII_SAFE },
	[ENC_8859_4] = { "ISO-8859-4", "", CHARSET_ASCII_SAFE },
	[ENC_8859_5] = { "ISO-8859-5", "", CHARSET_ASCII_SAFE },
	[ENC_8859_6] = { "ISO-8859-6", "", CHARSET_ASCII_SAFE },
	[ENC_8859_7] = { "ISO-8859-7", "", CHARSET_ASCII_SAFE },
	[ENC_8859_8] = { "ISO-8859-8", "", CHARSET_ASCII_SAFE },
	[ENC_8859_10] = { "ISO-8859-10", "", CHARSET_ASCII_SAFE },
	[ENC_8859_13] = { "ISO-8859-13", "", CHARSET_ASCII_SAFE },
	[ENC_8859_14] = { "ISO-8859-14", "", CHARSET_ASCII_SAFE },
	[ENC_8859_15] = { "ISO-8859-15", "", CHARSET_ASCII_SAFE },
	[ENC_8859_16] = { "ISO-8859-16", "", CHARSET_ASCII_SAFE },
	[ENC_KOI8R] = { "KOI8-R", "", CHARSET_ASCII_SAFE },
	[ENC_KOI8U] = { "KOI8-U", "", CHARSET_ASCII_SAFE },
	[ENC_MAC] = { "MACINTOSH", "", CHARSET_ASCII_SAFE },
	[ENC_MACCYR] = { "MAC-CYRILLIC", "", CHARSET_ASCII_SAFE },
	[ENC_874] = { "WINDOWS-874", "CP874", CHARSET_ASCII_SAFE },
	[ENC_1250] = { "WINDOWS-1250", "CP1250", CHARSET_ASCII_SAFE },
	[ENC_1251] = { "WINDOWS-1251", "CP1251", CHARSET_ASCII_SAFE },
	[ENC_1252] = { "WINDOWS-1252", "CP1252", CHARSET_ASCII_SAFE },
	[ENC_1253] = { "WINDOWS-1253", "CP1253", CHARSET_ASCII_SAFE },
	[ENC_1254] = { "WINDOWS-1254", "CP1254", CHARSET_ASCII_SAFE },
	[ENC_1255] = { "WINDOWS-1255", "CP1255", CHARSET_ASCII_SAFE | CHARSET_FLUSH },
	[ENC_1256] = { "WINDOWS-1256", "CP1256", CHARSET_ASCII_SAFE },
	[ENC_1257] = { "WINDOWS-1257", "CP1257", CHARSET_ASCII_SAFE },
	[ENC_1258] = { "WINDOWS-1258", "CP1258", CHARSET_ASCII_SAFE | CHARSET_FLUSH },
	/* The WHATWG decoder of GBK is that of gb18030. */
	[ENC_GB18030] = { "GB18030", "GBK", CHARSET_ASCII_SAFE },
	[ENC_BIG5] = { "BIG5-HKSCS", "BIG5", CHARSET_ASCII_SAFE },
	[ENC_EUCJP] = { "EUC-JP", "", CHARSET_ASCII_SAFE },
	[ENC_2022JP] = { "ISO-2022-JP", "", 0 },
	/* Browsers decode Shift_JIS as Windows-31J, and EUC-KR as
	 * windows-949: both supersets, with the vendors' extensions. */
	[ENC_SJIS] = { "CP932", "SHIFT_JIS", CHARSET_ASCII_SAFE },
	[ENC_EUCKR] = { "CP949", "EUC-KR", CHARSET_ASCII_SAFE },
};

/* The WHATWG labels, lower case, each with its encoding (the standard's
 * table, but for its encodings no browser still ships a decoder of). */
static const struct label {
	char name[20];
	unsigned char enc;
} labels[] = {
	{ "unicode-1-1-utf-8", ENC_UTF8 }, { "unicode11utf8", ENC_UTF8 },
	{ "unicode20utf8", ENC_UTF8 }, { "utf-8", ENC_UTF8 },
	{ "utf8", ENC_UTF8 }, { "x-unicode20utf8", ENC_UTF8 },
	{ "866", ENC_IBM866 }, { "cp866", ENC_IBM866 },
	{ "csibm866", ENC_IBM866 }, { "ibm866", ENC_IBM866 },
	{ "csisolatin2", ENC_8859_2 }, { "iso-8859-2", ENC_8859_2 },
	{ "iso-ir-101", ENC_8859_2 }, { "iso8859-2", ENC_8859_2 },
	{ "iso88592", ENC_8859_2 }, { "iso_8859-2", ENC_8859_2 },
	{ "iso_8859-2:1987", ENC_8859_2 }, { "l2", ENC_8859_2 },
	{ "latin2", ENC_8859_2 },
	{ "csisolatin3", ENC_8859_3 }, { "iso-8859-3", ENC_8859_3 },
	{ "iso-ir-109", ENC_8859_3 }, { "iso8859-3", ENC_8859_3 },
	{ "iso88593", ENC_8859_3 }, { "iso_8859-3", ENC_8859_3 },
	{ "iso_8859-3:1988", ENC_8859_3 }, { "l3", ENC_8859_3 },
	{ "latin3", ENC_8859_3 },
	{ "csisolatin4", ENC_8859_4 }, { "iso-8859-4", ENC_8859_4 },
	{ "iso-ir-110", ENC_8859_4 }, { "iso8859-4", ENC_8859_4 },
	{ "iso88594", ENC_8859_4 }, { "iso_8859-4", ENC_8859_4 },
	{ "iso_8859-4:1988", ENC_8859_4 }, { "l4", ENC_8859_4 },
	{ "latin4", ENC_8859_4 },
	{ "csisolatincyrillic", ENC_8859_5 }, { "cyrillic", ENC_8859_5 },
	{ "iso-8859-5", ENC_8859_5 }, { "iso-ir-144", ENC_8859_5 },
	{ "iso8859-5", ENC_8859_5 }, { "iso88595", ENC_8859_5 },
	{ "iso_8859-5", ENC_8859_5 }, { "iso_8859-5:1988", ENC_8859_5 },
	{ "arabic", ENC_8859_6 }, { "asmo-708", ENC_8859_6 },
	{ "csiso88596e", ENC_8859_6 }, { "csiso88596i", ENC_8859_6 },
	{ "csisolatinarabic", ENC_8859_6 }, { "ecma-114", ENC_8859_6 },
	{ "iso-8859-6", ENC_8859_6 }, { "iso-8859-6-e", ENC_8859_6 },
	{ "iso-8859-6-i", ENC_8859_6 }, { "iso-ir-127", ENC_8859_6 },
	{ "iso8859-6", ENC_8859_6 }, { "iso88596", ENC_8859_6 },
	{ "iso_8859-6", ENC_8859_6 }, { "iso_8859-6:1987", ENC_8859_6 },
	{ "csisolatingreek", ENC_8859_7 }, { "ecma-118", ENC_8859_7 },
	{ "elot_928", ENC_8859_7 }, { "greek", ENC_8859_7 },
	{ "greek8", ENC_8859_7 }, { "iso-8859-7", ENC_8859_7 },
	{ "iso-ir-126", ENC_8859_7 }, { "iso8859-7", ENC_8859_7 },
	{ "iso88597", ENC_8859_7 }, { "iso_8859-7", ENC_8859_7 },
	{ "iso_8859-7:1987", ENC_8859_7 }, { "sun_eu_greek", ENC_8859_7 },
	/* ISO-8859-8-I (logical order) decodes as ISO-8859-8. */
	{ "csiso88598e", ENC_8859_8 }, { "csisolatinhebrew", ENC_8859_8 },
	{ "hebrew", ENC_8859_8 }, { "iso-8859-8", ENC_8859_8 },
	{ "iso-8859-8-e", ENC_8859_8 }, { "iso-ir-138", ENC_8859_8 },
	{ "iso8859-8", ENC_8859_8 }, { "iso88598", ENC_8859_8 },
	{ "iso_8859-8", ENC_8859_8 }, { "iso_8859-8:1988", ENC_8859_8 },
	{ "visual", ENC_8859_8 }, { "csiso88598i", ENC_8859_8 },
	{ "iso-8859-8-i", ENC_8859_8 }, { "logical", ENC_8859_8 },
	{ "csisolatin6", ENC_8859_10 }, { "iso-8859-10", ENC_8859_10 },
	{ "iso-ir-157", ENC_8859_10 }, { "iso8859-10", ENC_8859_10 },
	{ "iso885910", ENC_8859_10 }, { "l6", ENC_8859_10 },
	{ "latin6", ENC_8859_10 },
	{ "iso-8859-13", ENC_8859_13 }, { "iso8859-13", ENC_8859_13 },
	{ "iso885913", ENC_8859_13 },
	{ "iso-8859-14", ENC_8859_14 }, { "iso8859-14", ENC_8859_14 },
	{ "iso885914", ENC_8859_14 },
	{ "csisolatin9", ENC_8859_15 }, { "iso-8859-15", ENC_8859_15 },
	{ "iso8859-15", ENC_8859_15 }, { "iso885915", ENC_8859_15 },
	{ "iso_8859-15", ENC_8859_15 }, { "l9", ENC_8859_15 },
	{ "iso-8859-16", ENC_8859_16 },
	{ "cskoi8r", ENC_KOI8R }, { "koi", ENC_KOI8R }, { "koi8", ENC_KOI8R },
	{ "koi8-r", ENC_KOI8R }, { "koi8_r", ENC_KOI8R },
	{ "koi8-ru", ENC_KOI8U }, { "koi8-u", ENC_KOI8U },
	{ "csmacintosh", ENC_MAC }, { "mac", ENC_MAC },
	{ "macintosh", ENC_MAC }, { "x-mac-roman", ENC_MAC },
	{ "x-mac-cyrillic", ENC_MACCYR }, { "x-mac-ukrainian", ENC_MACCYR },
	{ "dos-874", ENC_874 }, { "iso-8859-11", ENC_874 },
	{ "iso8859-11", ENC_874 }, { "iso885911", ENC_874 },
	{ "tis-620", ENC_874 }, { "windows-874", ENC_874 },
	{ "cp1250", ENC_1250 }, { "windows-1250", ENC_1250 },
	{ "x-cp1250", ENC_1250 },
	{ "cp1251", ENC_1251 }, { "windows-1251", ENC_1251 },
	{ "x-cp1251", ENC_1251 },
	/* Pages labelled Latin-1 or ASCII are windows-1252 in every
	 * browser: their curly quotes and euro signs are in 0x80..0x9F. */
	{ "ansi_x3.4-1968", ENC_1252 }, { "ascii", ENC_1252 },
	{ "cp1252", ENC_1252 }, { "cp819", ENC_1252 },
	{ "csisolatin1", ENC_1252 }, { "ibm819", ENC_1252 },
	{ "iso-8859-1", ENC_1252 }, { "iso-ir-100", ENC_1252 },
	{ "iso8859-1", ENC_1252 }, { "iso88591", ENC_1252 },
	{ "iso_8859-1", ENC_1252 }, { "iso_8859-1:1987", ENC_1252 },
	{ "l1", ENC_1252 }, { "latin1", ENC_1252 },
	{ "us-ascii", ENC_1252 }, { "windows-1252", ENC_1252 },
	{ "x-cp1252", ENC_1252 },
	{ "cp1253", ENC_1253 }, { "windows-1253", ENC_1253 },
	{ "x-cp1253", ENC_1253 },
	{ "cp1254", ENC_1254 }, { "csisolatin5", ENC_1254 },
	{ "iso-8859-9", ENC_1254 }, { "iso-ir-148", ENC_1254 },
	{ "iso8859-9", ENC_1254 }, { "iso88599", ENC_1254 },
	{ "iso_8859-9", ENC_1254 }, { "iso_8859-9:1989", ENC_1254 },
	{ "l5", ENC_1254 }, { "latin5", ENC_1254 },
	{ "windows-1254", ENC_1254 }, { "x-cp1254", ENC_1254 },
	{ "cp1255", ENC_1255 }, { "windows-1255", ENC_1255 },
	{ "x-cp1255", ENC_1255 },
	{ "cp1256", ENC_1256 }, { "windows-1256", ENC_1256 },
	{ "x-cp1256", ENC_1256 },
	{ "cp1257", ENC_1257 }, { "windows-1257", ENC_1257 },
	{ "x-cp1257", ENC_1257 },
	{ "cp1258", ENC_1258 }, { "windows-1258", ENC_1258 },
	{ "x-cp1258", ENC_1258 },
	{ "chinese", ENC_GB18030 }, { "csgb2312", ENC_GB18030 },
	{ "csiso58gb231280", ENC_GB18030 }, { "gb2312", ENC_GB18030 },
	{ "gb_2312", ENC_GB18030 }, { "gb_2312-80", ENC_GB18030 },
	{ "gbk", ENC_GB18030 }, { "iso-ir-58", ENC_GB18030 },
	{ "x-gbk", ENC_GB18030 }, { "gb18030", ENC_GB18030 },
	{ "big5", ENC_BIG5 }, { "big5-hkscs", ENC_BIG5 },
	{ "cn-big5", ENC_BIG5 }, { "csbig5", ENC_BIG5 },
	{ "x-x-big5", ENC_BIG5 },
	{ "cseucpkdfmtjapanese", ENC_EUCJP }, { "euc-jp", ENC_EUCJP },
	{ "x-euc-jp", ENC_EUCJP },
	{ "csiso2022jp", ENC_2022JP }, { "iso-2022-jp", ENC_2022JP },
	{ "csshiftjis", ENC_SJIS }, { "ms932", ENC_SJIS },
	{ "ms_kanji", ENC_SJIS }, { "shift-jis", ENC_SJIS },
	{ "shift_jis", ENC_SJIS }, { "sjis", ENC_SJIS },
	{ "windows-31j", ENC_SJIS }, { "x-sjis", ENC_SJIS },
	{ "cseuckr", ENC_EUCKR }, { "csksc56011987", ENC_EUCKR },
	{ "euc-kr", ENC_EUCKR }, { "iso-ir-149", ENC_EUCKR },
	{ "korean", ENC_EUCKR }, { "ks_c_5601-1987", ENC_EUCKR },
	{ "ks_c_5601-1989", ENC_EUCKR }, { "ksc5601", ENC_EUCKR },
	{ "ksc_5601", ENC_EUCKR }, { "windows-949", ENC_EUCKR },
	/* Encodings browsers refuse to decode, for the scripts hidden in
	 * their escapes: the prescan stops at them, and the page reads as
	 * UTF-8. */
	{ "csiso2022kr", ENC_REPLACEMENT }, { "hz-gb-2312", ENC_REPLACEMENT },
	{ "iso-2022-cn", ENC_REPLACEMENT },
	{ "iso-2022-cn-ext", ENC_REPLACEMENT },
	{ "iso-2022-kr", ENC_REPLACEMENT }, { "replacement", ENC_REPLACEMENT },
	{ "unicodefffe", ENC_UTF16BE }, { "utf-16be", ENC_UTF16BE },
	{ "csunicode", ENC_UTF16LE }, { "iso-10646-ucs-2", ENC_UTF16LE },
	{ "ucs-2", ENC_UTF16LE }, { "unicode", ENC_UTF16LE },
	{ "unicodefeff", ENC_UTF16LE }, { "utf-16", ENC_UTF16LE },
	{ "utf-16le", ENC_UTF16LE },
	{ "x-user-defined", ENC_USER },
};

static int is_letter(unsigned char c)
{
	return ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z';
}

/* The WHATWG "get an encoding": the encoding labelled S[0..N), white
 * space around it ignored, case ignored; -1 for no known label. */
static int get_encoding(const unsigned char *s, size_t n)
{
	char name[24];
	size_t len = 0;

	while (n > 0 && is_markup_space(s[0]))
		s++, n--;
	while (n > 0 && is_markup_space(s[n - 1]))
		n--;
	if (n == 0 || n >= sizeof name)
		return -1;
	for (; len < n; len++)
		name[len] = (char)ascii_lower(s[len]);
	name[len] = '\0';
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strcmp(labels[i].name, name) == 0)
			return labels[i].enc;
	return -1;
}

/* The iconv name of encoding ENC that this machine's iconv can open,
 * or NULL (UTF-8 and the refused ones too). */
static const char *iconv_name(int enc)
{
	const char *names[2] = { encodings[enc].iconv,
	                         encodings[enc].fallback };

	if (encodings[enc].nature & (CHARSET_UTF16LE | CHARSET_UTF16BE))
		return names[0];           /* decoded without iconv */
	for (int k = 0; k < 2 && names[k][0] != '\0'; k++) {
		iconv_t cd = iconv_open("UTF-8", names[k]);

		if (cd != (iconv_t)-1) {
			iconv_close(cd);
			return names[k];
		}
	}
	return NULL;
}

/* ---------------------------------------------------------------- */
/* 2. The prescan                                                   */
/* ---------------------------------------------------------------- */

/* Bytes S[0..N) (N at most 1024) read from *AT.  END: the prescan ran
 * off the bytes it may read, which ends it with nothing found. */
typedef struct {
	const unsigned char *s;
	size_t n, at;
} scan;

/* Whether S[AT..) starts with WORD (lower case), case ignored. */
static int starts(const scan *p, size_t at, const char *word)
{
	size_t len = strlen(word);

	if (p->n - at < len)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (ascii_lower(p->s[at + i]) != (unsigned char)word[i])
			return 0;
	return 1;
}

/* Whether the span S[FROM..TO) is WORD (lower case), case ignored. */
static int span_is(const scan *p, size_t from, size_t to, const char *word)
{
	return to - from == strlen(word) && starts(p, from, word);
}

/* An attribute: its name and value, as spans of the bytes (the
 * standard lowers their case as it copies them; the spans are compared
 * with case ignored instead). */
typedef struct {
	size_t name, name_end, value, value_end;
} attribute;

/* The WHATWG "get an attribute" at P->at.  Returns 1 with *A set, 0 at
 * the '>' that ends the tag (or when there is no attribute), -1 at the
 * end of the bytes. */
static int get_attribute(scan *p, attribute *a)
{
	const unsigned char *s = p->s;
	size_t n = p->n;

	while (p->at < n && (is_markup_space(s[p->at]) || s[p->at] == '/'))
		p->at++;
	if (p->at >= n)
		return -1;
	if (s[p->at] == '>')
		return 0;
	a->name = p->at;
	/* The name: up to '=' (a first '=' belongs to it), white space, '/'
	 * or '>'. */
	for (;; p->at++) {
		if (p->at >= n)
			return -1;
		if (s[p->at] == '=' && p->at > a->name)
			break;
		if (is_markup_space(s[p->at]) || s[p->at] == '/' || s[p->at] == '>')
			break;
	}
	a->name_end = p->at;
	a->value = a->value_end = p->at;
	while (p->at < n && is_markup_space(s[p->at]))
		p->at++;
	if (p->at >= n)
		return -1;
	if (s[p->at] != '=')
		return 1;              /* no value; what follows is read next */
	p->at++;
	while (p->at < n && is_markup_space(s[p->at]))
		p->at++;
	if (p->at >= n)
		return -1;
	if (s[p->at] == '"' || s[p->at] == '\'') {
		unsigned char quote = s[p->at++];

		a->value = p->at;
		while (p->at < n && s[p->at] != quote)
			p->at++;
		if (p->at >= n)
			return -1;
		a->value_end = p->at++;
		return 1;
	}
	if (s[p->at] == '>')
		return 1;
	a->value = p->at;
	while (p->at < n && !is_markup_space(s[p->at]) && s[p->at] != '>')
		p->at++;
	if (p->at >= n)
		return -1;
	a->value_end = p->at;
	return 1;
}

/* The WHATWG "extracting a character encoding from a meta element": the
 * encoding named after "charset=" in the content attribute S[FROM..TO),
 * or -1. */
static int content_charset(const scan *p, size_t from, size_t to)
{
	const unsigned char *s = p->s;
	scan in = { p->s, to, from };

	for (size_t i = from; i + 7 <= to; ) {
		size_t j, k;

		if (!starts(&in, i, "charset")) {
			i++;
			continue;
		}
		for (j = i + 7; j < to && is_markup_space(s[j]); j++)
			;
		if (j >= to || s[j] != '=') {
			i = j;           /* look again after "charset" */
			continue;
		}
		for (j++; j < to && is_markup_space(s[j]); j++)
			;
		if (j >= to)
			return -1;
		if (s[j] == '"' || s[j] == '\'') {
			for (k = j + 1; k < to && s[k] != s[j]; k++)
				;
			return k < to ? get_encoding(s + j + 1, k - j - 1) : -1;
		}
		for (k = j; k < to && !is_markup_space(s[k]) && s[k] != ';'; k++)
			;
		return get_encoding(s + j, k - j);
	}
	return -1;
}

/* Reads the attributes of a <meta> from P->at.  Returns the encoding it
 * declares, -1 for none (P->at is then at its '>'), or -2 at the end of
 * the bytes. */
static int meta_charset(scan *p)
{
	int seen_equiv = 0, seen_content = 0, seen_charset = 0;
	int got_pragma = 0, need_pragma = -1, charset = -1, got;
	attribute a;

	while ((got = get_attribute(p, &a)) == 1) {
		if (span_is(p, a.name, a.name_end, "http-equiv")) {
			if (seen_equiv++)
				continue;
			if (span_is(p, a.value, a.value_end, "content-type"))
				got_pragma = 1;
		} else if (span_is(p, a.name, a.name_end, "content")) {
			int enc;

			if (seen_content++)
				continue;
			enc = content_charset(p, a.value, a.value_end);
			if (enc >= 0 && charset < 0) {
				charset = enc;
				need_pragma = 1;
			}
		} else if (span_is(p, a.name, a.name_end, "charset")) {
			if (seen_charset++)
				continue;
			charset = get_encoding(p->s + a.value,
			                       a.value_end - a.value);
			need_pragma = 0;
		}
	}
	if (got < 0)
		return -2;
	if (need_pragma < 0 || (need_pragma && !got_pragma) || charset < 0)
		return -1;
	/* A page whose <meta> reads as ASCII is no UTF-16. */
	if (charset == ENC_UTF16LE || charset == ENC_UTF16BE)
		return ENC_UTF8;
	if (charset == ENC_USER)
		return ENC_1252;
	return charset;
}

/* Moves P->at to the next byte C at or after it; 0 if there is none. */
static int skip_to(scan *p, unsigned char c)
{
	const unsigned char *hit = memchr(p->s + p->at, c, p->n - p->at);

	if (!hit)
		return 0;
	p->at = (size_t)(hit - p->s);
	return 1;
}

/* The WHATWG prescan of S[0..N): the encoding the first <meta> that
 * declares one names, or -1. */
static int prescan(const unsigned char *s, size_t n)
{
	scan p = { s, n < 1024 ? n : 1024, 0 };

	for (; p.at < p.n; p.at++) {
		if (s[p.at] != '<')
			continue;
		if (starts(&p, p.at, "<!--")) {
			/* Up to a "-->", its dashes maybe those of "<!--". */
			size_t j = p.at + 4;

			while (j < p.n && !(s[j] == '>' && s[j - 1] == '-' &&
			                    s[j - 2] == '-'))
				j++;
			if (j >= p.n)
				return -1;
			p.at = j;
		} else if (starts(&p, p.at, "<meta") && p.at + 5 < p.n &&
		           (is_markup_space(s[p.at + 5]) || s[p.at + 5] == '/')) {
			int enc;

			p.at += 5;
			enc = meta_charset(&p);
			if (enc == -2)
				return -1;
			if (enc >= 0)
				return enc;
		} else if ((p.at + 1 < p.n && is_letter(s[p.at + 1])) ||
		           (p.at + 2 < p.n && s[p.at + 1] == '/' &&
		            is_letter(s[p.at + 2]))) {
			/* A tag: its name, then its attributes, read only to
			 * find where it ends. */
			attribute a;
			int got;

			while (p.at < p.n && !is_markup_space(s[p.at]) &&
			       s[p.at] != '>')
				p.at++;
			while ((got = get_attribute(&p, &a)) == 1)
				;
			if (got < 0)
				return -1;
		} else if (p.at + 1 < p.n && (s[p.at + 1] == '!' ||
		                              s[p.at + 1] == '/' ||
		                              s[p.at + 1] == '?')) {
			if (!skip_to(&p, '>'))
				return -1;
		}
	}
	return -1;
}

const char *html_declared_charset(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	int enc;

	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return NULL;
	if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF)
		return iconv_name(ENC_UTF16BE);
	if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
		return iconv_name(ENC_UTF16LE);
	/* Without a declaration the page is UTF-8 even when its bytes are
	 * not: guessing windows-1252 from invalid bytes would turn a UTF-8
	 * page with one stray byte, or an unlabelled Shift_JIS or GBK page,
	 * into mojibake throughout, where reading the bytes as they are
	 * (the engine passes invalid bytes through) spoils only the words
	 * that hold them. */
	enc = prescan(s, n);
	return enc < 0 ? NULL : iconv_name(enc);
}

const char *utf16_charset(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return iconv_name(ENC_UTF16LE);
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return iconv_name(ENC_UTF16BE);
	return NULL;
}

unsigned charset_nature(const char *name)
{
	for (size_t i = 0; i < sizeof encodings / sizeof *encodings; i++) {
		const struct encoding *e = &encodings[i];

		if ((e->iconv[0] != '\0' && !strcmp(e->iconv, name)) ||
		    (e->fallback[0] != '\0' && !strcmp(e->fallback, name)))
			return e->nature;
	}
	return 0;                  /* from outside the table: nothing known */
}
