/*
 * cli/buf.c - memory buffers: the growable byte buffer that every output
 * and message of the command is rendered into (see buf in cli.h), the
 * "summarize: ..." message, and allocation that ends the run when memory
 * runs out.
 *
 * Takes bytes and printf-style formats; hands on whole bytes in B->P, or,
 * for a buffer with an outlet, hands them to it a chunk at a time
 * (cli/outlet.c).  A buffer never prints: an allocation failure sets
 * B->OOM, for its writer to see once at the end.  xrealloc and xstrdup,
 * for the list of inputs and the threads, report and exit instead.
 */
#include "cli.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char progname[] = "summarize";

/* Makes room for N more bytes; returns 0, or -1 (and sets OOM). */
static int buf_reserve(buf *b, size_t n)
{
	size_t cap;
	char *p;

	if (b->oom)
		return -1;
	if (b->cap - b->len >= n)
		return 0;
	/* Only here, where it would grow: the bytes held are whole, and a
	 * buffer within its chunk pays nothing for having an outlet. */
	if (b->to && b->len && b->len + n > STREAM_CHUNK) {
		outlet_take(b->to, b);
		if (b->cap - b->len >= n)
			return 0;
	}
	cap = b->cap ? b->cap : 256;
	while (cap - b->len < n) {
		if (cap > SIZE_MAX / 2) {
			b->oom = 1;
			return -1;
		}
		cap *= 2;
	}
	if (!(p = realloc(b->p, cap))) {
		b->oom = 1;
		return -1;
	}
	b->p = p;
	b->cap = cap;
	return 0;
}

void buf_put(buf *b, const void *s, size_t n)
{
	/* A long run (-f mark copies the text between chosen sentences)
	 * goes into a streamed buffer a chunk at a time. */
	while (b->to && n > STREAM_CHUNK) {
		buf_put(b, s, STREAM_CHUNK);
		s = (const char *)s + STREAM_CHUNK;
		n -= STREAM_CHUNK;
	}
	if (n && buf_reserve(b, n) == 0) {
		memcpy(b->p + b->len, s, n);
		b->len += n;
	}
}

void buf_putc(buf *b, int c)
{
	if (buf_reserve(b, 1) == 0)
		b->p[b->len++] = (char)c;
}

void buf_puts(buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void buf_vprintf(buf *b, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0 || buf_reserve(b, (size_t)n + 1) != 0)
		return;
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

/* Appends the message "summarize: ..." and a newline. */
void buf_msg(buf *b, const char *fmt, ...)
{
	va_list ap;

	buf_printf(b, "%s: ", progname);
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
	buf_putc(b, '\n');
}

void buf_free(buf *b)
{
	free(b->p);
	memset(b, 0, sizeof *b);
}

/* Appends LEN bytes of TEXT folded onto one line (see summ_fold). */
void buf_fold(buf *b, const char *text, size_t len)
{
	if (buf_reserve(b, len) == 0)
		b->len += summ_fold(text, len, b->p + b->len);
}

void *xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1))) {
		fprintf(stderr, "%s: %s\n", progname, summ_strerror(SUMM_ENOMEM));
		exit(1);
	}
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}
