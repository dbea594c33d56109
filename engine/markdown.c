/*
 * markdown.c - the markdown reader (see reading.h).  Placeholder while the reader
 * is written: each run of lines between blank lines is a paragraph.
 */
#include "reading.h"

int read_markdown(reading *r)
{
	size_t i = 0, n = r->source_len;
	const char *s = r->source;

	while (i < n) {
		size_t j = i;

		while (j < n && !(s[j] == '\n' && j + 1 < n && s[j + 1] == '\n'))
			j++;
		block_open(r, BLOCK_PARAGRAPH, i);
		read_text(r, i, j);
		i = j + 1;
	}
	return reading_end(r);
}
