/*
 * tests/html_text.c - a development tool: reads HTML on standard input
 * with read_html and prints the text read, the title block left out,
 * blocks parted by a blank line (what `summarize --input=html -f text`
 * prints), for extract_eval.py.  -b: every block with its kind; -t: the
 * time read_html took (CPU, the input already in memory), on stderr.
 *
 *     cc -std=c11 -O2 -I. -o tests/html_text tests/html_text.c \
 *         engine/html.c engine/extract.c engine/entities.c \
 *         engine/reading.c engine/doc.c engine/chars.c
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine/reading.h"

int main(int argc, char **argv)
{
	static const char *const kinds[] = { "paragraph", "heading", "title",
		"item", "quote", "caption", "code" };
	int blocks = argc > 1 && strcmp(argv[1], "-b") == 0;
	int timed = argc > 1 && strcmp(argv[1], "-t") == 0;
	struct timespec t0, t1;
	size_t len = 0, cap = 1 << 16, n;
	char *buf = malloc(cap);
	reading r;
	int first = 1;

	while (buf && (n = fread(buf + len, 1, cap - len, stdin)) > 0)
		if ((len += n) == cap && !(buf = realloc(buf, cap *= 2)))
			break;
	if (!buf)
		return 1;
	reading_begin(&r, buf, len);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	if (read_html(&r) != 0)
		return 1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	if (timed) {
		double s = (double)(t1.tv_sec - t0.tv_sec) +
		           (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;

		fprintf(stderr, "%zu bytes in %.3f s: %.1f MB/s\n", len, s,
		        (double)len / 1e6 / s);
		return 0;
	}
	for (size_t i = 0; i < r.nblocks; i++) {
		const block *b = &r.blocks[i];

		if (b->kind == BLOCK_TITLE && !blocks)
			continue;
		if (blocks)
			printf("[%s] ", kinds[b->kind]);
		else if (!first)
			putchar('\n');
		printf("%.*s\n", (int)(b->end - b->start), r.text + b->start);
		first = 0;
	}
	reading_free(&r);
	free(buf);
	return 0;
}
