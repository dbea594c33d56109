/*
 * tests/detect.c - a development tool: reads texts separated by NUL
 * bytes on standard input and prints, a line for each, the language
 * summarize detects in it (for tests/detect_eval.py).
 *
 *     make tests/detect
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "summarize.h"

/* Prints the code of the language detected in TEXT[0..LEN). */
static int print_language(const char *text, size_t len)
{
	summ_doc *d;
	int detected;

	if (summ_parse(text, len, &d) != SUMM_OK)
		return -1;
	puts(summ_language(d, &detected));
	summ_free(d);
	return 0;
}

int main(void)
{
	size_t len = 0, cap = 1 << 16, n, start = 0;
	char *buf = malloc(cap);

	while (buf && (n = fread(buf + len, 1, cap - len, stdin)) > 0)
		if ((len += n) == cap && !(buf = realloc(buf, cap *= 2)))
			break;
	if (!buf)
		return 1;
	while (start < len) {
		const char *nul = memchr(buf + start, '\0', len - start);
		size_t end = nul ? (size_t)(nul - buf) : len;
		if (print_language(buf + start, end - start) != 0)
			return 1;
		start = end + 1;
	}
	free(buf);
	return fflush(stdout) != 0;
}
