/*
 * cli/records.h - the JSON-lines record reader of the summarize command.
 *
 * Internal to the command (not part of the engine's API in summarize.h),
 * and in a file of its own so that the unit tests and fuzzers link it
 * alone.
 *
 * One record is one JSON object (RFC 8259, strict) on one line:
 *
 *     {"id": 7, "text": "The council met on Monday. ...", "lang": "en"}
 *
 * rec_parse checks the whole object, unescapes the value of "text" into
 * UTF-8 and notes where each member's bytes are, so that the caller can
 * copy the other members to its output byte for byte.  Values of other
 * members are checked but not decoded; nested arrays and objects are
 * skipped with an explicit stack, never by recursion, up to
 * REC_MAX_DEPTH levels.
 *
 *     rec_object o;
 *     rec_init(&o);
 *     while (a line is read)
 *         if (rec_parse(&o, line, len) == REC_OK)
 *             use o.text, o.textlen and o.member[0 .. o.nmember);
 *         else if the status is REC_EINVAL
 *             report o.error at byte o.errpos + 1;
 *     rec_free(&o);
 */
#ifndef RECORDS_H
#define RECORDS_H

#include <stddef.h>

/* Status codes of rec_parse. */
enum rec_status {
	REC_OK = 0,
	REC_EINVAL,       /* not a valid record: see error and errpos */
	REC_ENOMEM        /* an allocation failed */
};

/* The deepest nesting of arrays and objects accepted, the record's own
 * object counted as level 1. */
#define REC_MAX_DEPTH 256

/* What a member's key is, after unescaping ("te\u0078t" is "text"). */
enum rec_key {
	REC_KEY_OTHER = 0,
	REC_KEY_TEXT,     /* "text" */
	REC_KEY_SUMMARY,  /* "summary" */
	REC_KEY_KEYWORDS  /* "keywords" */
};

/* One member of the object: its bytes in the record, from the opening
 * quote of its key to the last byte of its value (white space around
 * the colon included). */
typedef struct {
	size_t start, end;
	enum rec_key key;
} rec_member;

/* A parsed record.  Reused from one record to the next: rec_parse keeps
 * its arrays and grows them as needed. */
typedef struct {
	rec_member *member;      /* the members, in the order of the record */
	size_t nmember, capmember;
	char *text;              /* the value of "text", unescaped, as UTF-8 */
	size_t textlen, textcap; /* (not NUL-terminated; may hold NULs) */
	const char *error;       /* after REC_EINVAL: a static English reason */
	size_t errpos;           /* after REC_EINVAL: its byte offset, from 0
	                            (at most the record's length) */
	int errwhole;            /* after REC_EINVAL: the fault is of the
	                            record as a whole, not at ERRPOS */
} rec_object;

/* The length of the valid UTF-8 sequence of 2 to 4 bytes at the start of
 * the LEN bytes of S (no overlong form, no surrogate, nothing past
 * U+10FFFF), or 0 when there is none.  The JSON writer of the command
 * uses it too. */
size_t rec_utf8_seq(const char *s, size_t len);

/* Writes code point V (at most U+10FFFF) as UTF-8 to OUT (room for
 * four bytes); returns its length.  The record streams use it too, for
 * a stream in UTF-16. */
size_t rec_utf8_put(unsigned v, char *out);

/* Makes O empty; no allocation. */
void rec_init(rec_object *o);

/* Releases what O owns; O may be reused after rec_init. */
void rec_free(rec_object *o);

/* Parses the LEN bytes of S as one record: a JSON object, with white
 * space (blank, tab, CR, LF) allowed around it, that has a member "text"
 * whose value is a string.  Strings must be valid UTF-8 without raw
 * control characters; \uXXXX escapes are decoded, surrogate pairs
 * joined, and a lone surrogate becomes U+FFFD.  A second "text" member
 * is an error (other keys may repeat: they are not interpreted).
 * Returns REC_OK, REC_EINVAL (O->error and O->errpos say why and where)
 * or REC_ENOMEM.  O's contents are valid until the next call. */
int rec_parse(rec_object *o, const char *s, size_t len);

#endif
