/*
 * check_records.c - the JSON-lines record reader (cli/records.c): valid
 * objects, escapes and surrogates in "text", members passed through,
 * nesting, and every kind of record that must be refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../cli/records.h"

/* Parses the NUL-terminated record S with a fresh reader into *O (freed
 * by the caller) and returns the status. */
static int parse(rec_object *o, const char *s)
{
	rec_init(o);
	return rec_parse(o, s, strlen(s));
}

/* The member K of O as a string, for comparing (static buffer). */
static const char *member(const rec_object *o, const char *rec, size_t k)
{
	static char m[256];
	size_t n = o->member[k].end - o->member[k].start;

	ck_assert_uint_lt(n, sizeof m);
	memcpy(m, rec + o->member[k].start, n);
	m[n] = '\0';
	return m;
}

/* Valid records: the record and the text it holds. */
static const struct {
	const char *rec, *text;
	size_t textlen;          /* when the text holds a NUL; else 0 */
} valid[] = {
	{ "{\"text\":\"Hello.\"}", "Hello.", 0 },
	{ "  {\"text\" : \"a\" }  \r\n", "a", 0 },
	{ "{\"text\":\"\"}", "", 0 },
	{ "{\"id\":1,\"text\":\"x\"}", "x", 0 },
	{ "{\"text\":\"q\\\"b\\\\s\\/f\\bf\\fn\\nr\\rt\\t\"}",
	  "q\"b\\s/f\bf\fn\nr\rt\t", 0 },
	{ "{\"text\":\"caf\\u00e9 \\u00E9\"}", "caf\xC3\xA9 \xC3\xA9", 0 },
	{ "{\"text\":\"\\u20ac\"}", "\xE2\x82\xAC", 0 },
	{ "{\"text\":\"a\\u0000b\"}", "a\0b", 3 },
	/* Surrogate pairs join; a lone surrogate becomes U+FFFD. */
	{ "{\"text\":\"\\ud83d\\ude00\"}", "\xF0\x9F\x98\x80", 0 },
	{ "{\"text\":\"\\uD834\\uDD1E!\"}", "\xF0\x9D\x84\x9E!", 0 },
	{ "{\"text\":\"\\ud83d x\"}", "\xEF\xBF\xBD x", 0 },
	{ "{\"text\":\"\\ude00\"}", "\xEF\xBF\xBD", 0 },
	{ "{\"text\":\"\\ud83d\\u0041\"}", "\xEF\xBF\xBD" "A", 0 },
	{ "{\"text\":\"\\ud83d\\ud83d\\ude00\"}",
	  "\xEF\xBF\xBD\xF0\x9F\x98\x80", 0 },
	/* Raw UTF-8 of every length is kept. */
	{ "{\"text\":\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"}",
	  "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 0 },
	/* The key "text" may be escaped; "Text" is another key. */
	{ "{\"te\\u0078t\":\"esc\",\"Text\":1}", "esc", 0 },
	/* Other members of every kind, nested, with "text" after them. */
	{ "{\"a\":[1,-2.5e+3,0.0,1E9,true,false,null,\"s\",{},[]],"
	  "\"b\":{\"c\":{\"d\":[[[{\"text\":5}]]]}},\"text\":\"deep\"}", "deep", 0 },
	{ "{\"n\":-0,\"m\":0e0,\"text\":\"ok\",\"o\":\"\\ud83d\"}", "ok", 0 },
	/* Keys may repeat, but for "text". */
	{ "{\"id\":1,\"id\":2,\"text\":\"dup\"}", "dup", 0 },
};

START_TEST(test_valid)
{
	rec_object o;
	const char *want = valid[_i].text;
	size_t wantlen = valid[_i].textlen ? valid[_i].textlen : strlen(want);
	int rc = parse(&o, valid[_i].rec);

	ck_assert_msg(rc == REC_OK, "%s: refused: %s at %zu", valid[_i].rec,
	              o.error ? o.error : "?", o.errpos);
	ck_assert_uint_eq(o.textlen, wantlen);
	ck_assert(wantlen == 0 || memcmp(o.text, want, wantlen) == 0);
	rec_free(&o);
}
END_TEST

/* Invalid records, each refused with the reason given at the byte
 * given (-1: the record as a whole). */
static const struct {
	const char *rec, *why;
	long pos;
} invalid[] = {
	{ "", "empty record", -1 },
	{ "  \t ", "empty record", -1 },
	{ "[1,2]", "not a JSON object", 0 },
	{ "\"text\"", "not a JSON object", 0 },
	{ "hello", "not a JSON object", 0 },
	{ "{}", "no \"text\" member", -1 },
	{ "{\"id\":1}", "no \"text\" member", -1 },
	{ "{\"a\":{\"text\":\"nested\"}}", "no \"text\" member", -1 },
	{ "{\"text\":5}", "\"text\" is not a string", 8 },
	{ "{\"text\":null}", "\"text\" is not a string", 8 },
	{ "{\"text\":[\"a\"]}", "\"text\" is not a string", 8 },
	{ "{\"text\":\"a\",\"text\":\"b\"}", "duplicate \"text\" member", 12 },
	{ "{\"text\":\"a\"", "unexpected end of record", 11 },
	{ "{\"text\":\"a", "unterminated string", 8 },
	{ "{\"text\":\"a\\", "unterminated string", 8 },
	{ "{\"text\":\"a\"} x", "text after the object", 13 },
	{ "{\"text\":\"a\"}{}", "text after the object", 12 },
	{ "{\"text\":\"a\",}", "expected a string key", 12 },
	{ "{text:\"a\"}", "expected a string key", 1 },
	{ "{'text':'a'}", "expected a string key", 1 },
	{ "{\"text\" \"a\"}", "expected ':'", 8 },
	{ "{\"text\":\"a\" \"b\":1}", "expected ',' or '}'", 12 },
	{ "{\"text\":\"a\tb\"}", "control character in string", 10 },
	{ "{\"text\":\"a\nb\"}", "control character in string", 10 },
	{ "{\"text\":\"\\x41\"}", "invalid escape in string", 9 },
	{ "{\"text\":\"\\u12\"}", "invalid \\u escape", 9 },
	{ "{\"text\":\"\\uzzzz\"}", "invalid \\u escape", 9 },
	{ "{\"text\":\"\xFF\"}", "invalid UTF-8 in string", 9 },
	{ "{\"text\":\"\xC0\xAF\"}", "invalid UTF-8 in string", 9 },
	{ "{\"text\":\"\xE2\x82\"}", "invalid UTF-8 in string", 9 },
	{ "{\"text\":\"\xED\xA0\x80\"}", "invalid UTF-8 in string", 9 },
	{ "{\"text\":\"\xF4\x90\x80\x80\"}", "invalid UTF-8 in string", 9 },
	{ "{\"a\":01,\"text\":\"x\"}", "expected ',' or '}'", 6 },
	{ "{\"a\":1.,\"text\":\"x\"}", "invalid number", 5 },
	{ "{\"a\":.5,\"text\":\"x\"}", "unexpected character", 5 },
	{ "{\"a\":1e,\"text\":\"x\"}", "invalid number", 5 },
	{ "{\"a\":-,\"text\":\"x\"}", "invalid number", 5 },
	{ "{\"a\":+1,\"text\":\"x\"}", "unexpected character", 5 },
	{ "{\"a\":tru,\"text\":\"x\"}", "invalid literal", 5 },
	{ "{\"a\":True,\"text\":\"x\"}", "unexpected character", 5 },
	{ "{\"a\":NaN,\"text\":\"x\"}", "unexpected character", 5 },
	{ "{\"a\":[1,],\"text\":\"x\"}", "unexpected character", 8 },
	{ "{\"a\":[1 2],\"text\":\"x\"}", "expected ',' or ']'", 8 },
	{ "{\"a\":{\"b\"},\"text\":\"x\"}", "expected ':'", 9 },
	{ "{\"a\":{1:2},\"text\":\"x\"}", "expected a string key", 6 },
	{ "{\"a\":[,\"text\":\"x\"}", "unexpected character", 6 },
	{ "{\"a\":[", "unexpected end of record", 6 },
	{ "{\"text\":\"x\",\"a\":{\"b\":[1,{\"c\":2}]", "unexpected end of record",
	  32 },
	{ "{\"text\":\"a\"}\0", "text after the object", 12 },
};

START_TEST(test_invalid)
{
	rec_object o;
	const char *rec = invalid[_i].rec;
	/* The last case holds a NUL: count it. */
	size_t len = strlen(rec) + (_i == sizeof invalid / sizeof *invalid - 1);
	int rc;

	rec_init(&o);
	rc = rec_parse(&o, rec, len);
	ck_assert_msg(rc == REC_EINVAL, "%s: accepted", rec);
	ck_assert_str_eq(o.error, invalid[_i].why);
	ck_assert_uint_le(o.errpos, len);
	if (invalid[_i].pos < 0)
		ck_assert_msg(o.errwhole, "%s: should be of the whole record", rec);
	else
		ck_assert_msg(!o.errwhole && o.errpos == (size_t)invalid[_i].pos,
		              "%s: at %zu, not %ld", rec, o.errpos, invalid[_i].pos);
	rec_free(&o);
}
END_TEST

START_TEST(test_members)
{
	static const char rec[] =
	    "{ \"id\" : 42 , \"text\":\"T.\", \"x\":{\"y\":[1, {\"z\":null}]},"
	    "\"summary\":\"old\",\"keywords\":[],\"te\\u0078t2\":true }";
	rec_object o;

	ck_assert_int_eq(parse(&o, rec), REC_OK);
	ck_assert_uint_eq(o.nmember, 6);
	/* Each member's bytes, key to value, white space inside kept. */
	ck_assert_str_eq(member(&o, rec, 0), "\"id\" : 42");
	ck_assert_str_eq(member(&o, rec, 1), "\"text\":\"T.\"");
	ck_assert_str_eq(member(&o, rec, 2), "\"x\":{\"y\":[1, {\"z\":null}]}");
	ck_assert_str_eq(member(&o, rec, 3), "\"summary\":\"old\"");
	ck_assert_str_eq(member(&o, rec, 4), "\"keywords\":[]");
	ck_assert_str_eq(member(&o, rec, 5), "\"te\\u0078t2\":true");
	ck_assert_int_eq(o.member[0].key, REC_KEY_OTHER);
	ck_assert_int_eq(o.member[1].key, REC_KEY_TEXT);
	ck_assert_int_eq(o.member[2].key, REC_KEY_OTHER);
	ck_assert_int_eq(o.member[3].key, REC_KEY_SUMMARY);
	ck_assert_int_eq(o.member[4].key, REC_KEY_KEYWORDS);
	ck_assert_int_eq(o.member[5].key, REC_KEY_OTHER);
	rec_free(&o);
}
END_TEST

/* A record whose member "a" holds DEPTH nested arrays (so the deepest
 * array is at level DEPTH + 1, the record being level 1). */
static char *nested(size_t depth, int objects)
{
	char *s = malloc(2 * depth * 8 + 64), *p = s;

	p += sprintf(p, "{\"a\":");
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, objects ? "{\"k\":" : "[");
	p += sprintf(p, "1");
	for (size_t i = 0; i < depth; i++)
		*p++ = objects ? '}' : ']';
	sprintf(p, ",\"text\":\"x\"}");
	return s;
}

START_TEST(test_depth)
{
	rec_object o;
	char *ok = nested(REC_MAX_DEPTH - 1, _i), *deep = nested(REC_MAX_DEPTH, _i);
	char *huge = nested(1000000, _i);   /* no recursion: no stack to blow */

	ck_assert_int_eq(parse(&o, ok), REC_OK);
	rec_free(&o);
	ck_assert_int_eq(parse(&o, deep), REC_EINVAL);
	ck_assert_str_eq(o.error, "nested too deeply");
	rec_free(&o);
	ck_assert_int_eq(parse(&o, huge), REC_EINVAL);
	ck_assert_str_eq(o.error, "nested too deeply");
	rec_free(&o);
	free(ok);
	free(deep);
	free(huge);
}
END_TEST

/* One reader for many records: its arrays are reused and nothing of one
 * record leaks into the next. */
START_TEST(test_reuse)
{
	static const char *const recs[] = {
		("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,"
		 "\"i\":9,\"text\":\"a long enough text\"}"),
		"{\"text\":\"x\"}",
		"{\"text\":5}",
		"{\"text\":\"\"}",
	};
	rec_object o;

	rec_init(&o);
	ck_assert_int_eq(rec_parse(&o, recs[0], strlen(recs[0])), REC_OK);
	ck_assert_uint_eq(o.nmember, 10);
	ck_assert_int_eq(rec_parse(&o, recs[1], strlen(recs[1])), REC_OK);
	ck_assert_uint_eq(o.nmember, 1);
	ck_assert_uint_eq(o.textlen, 1);
	ck_assert_int_eq(o.text[0], 'x');
	ck_assert_int_eq(rec_parse(&o, recs[2], strlen(recs[2])), REC_EINVAL);
	ck_assert_int_eq(rec_parse(&o, recs[3], strlen(recs[3])), REC_OK);
	ck_assert_uint_eq(o.textlen, 0);
	ck_assert_ptr_null(o.error);
	rec_free(&o);
	rec_free(&o);    /* freeing twice is harmless */
}
END_TEST

/* A big text: the unescaped bytes are all there. */
START_TEST(test_big)
{
	size_t n = 1 << 20;
	char *rec = malloc(n + 32);
	rec_object o;
	size_t len;

	memcpy(rec, "{\"text\":\"", 9);
	for (size_t i = 0; i < n; i++)
		rec[9 + i] = (char)('a' + i % 26);
	memcpy(rec + 9 + n, "\"}", 3);
	len = 9 + n + 2;
	rec_init(&o);
	ck_assert_int_eq(rec_parse(&o, rec, len), REC_OK);
	ck_assert_uint_eq(o.textlen, n);
	ck_assert(memcmp(o.text, rec + 9, n) == 0);
	rec_free(&o);
	free(rec);
}
END_TEST

Suite *records_suite(void)
{
	Suite *s = suite_create("records");
	TCase *tv = tcase_create("valid");
	TCase *ti = tcase_create("invalid");
	TCase *tm = tcase_create("members");

	tcase_add_loop_test(tv, test_valid, 0, sizeof valid / sizeof *valid);
	tcase_add_loop_test(ti, test_invalid, 0, sizeof invalid / sizeof *invalid);
	tcase_add_test(tm, test_members);
	tcase_add_loop_test(tm, test_depth, 0, 2);
	tcase_add_test(tm, test_reuse);
	tcase_add_test(tm, test_big);
	suite_add_tcase(s, tv);
	suite_add_tcase(s, ti);
	suite_add_tcase(s, tm);
	return s;
}
