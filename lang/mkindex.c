/*
 * mkindex.c - writes lang/stopindex.inc: every stopword of every language
 * built in, once, sorted, with a bit for each language whose list has it
 * (bit I for lang_at(I)).  Language detection (engine/language.c) reads
 * a text's words against it: one search a word instead of one a
 * language.  Run by `make index` after a list or the set of languages
 * changes; tests/check_lang.c fails until it is run.
 */
#include "lang.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *word;
	uint64_t langs;
} entry;

static int by_word(const void *a, const void *b)
{
	return strcmp(((const entry *)a)->word, ((const entry *)b)->word);
}

int main(void)
{
	size_t n = 0, cap = 0, out = 0, width = 1;
	entry *e = NULL;

	if (lang_count() > 64) {
		fprintf(stderr, "mkindex: more than 64 languages\n");
		return 1;
	}
	for (size_t i = 0; i < lang_count(); i++) {
		const word_list *l = &lang_at(i)->stopwords;
		for (size_t j = 0; j < l->n; j++) {
			if (n == cap && !(e = realloc(e, (cap = cap ? 2 * cap : 1024) *
			                                 sizeof *e))) {
				fprintf(stderr, "mkindex: out of memory\n");
				return 1;
			}
			e[n++] = (entry){ word_at(l, j), UINT64_C(1) << i };
		}
	}
	qsort(e, n, sizeof *e, by_word);
	for (size_t i = 0; i < n; i++) {
		if (out > 0 && strcmp(e[out - 1].word, e[i].word) == 0)
			e[out - 1].langs |= e[i].langs;
		else
			e[out++] = e[i];
	}
	printf("/* Made by lang/mkindex.c (make index) from the stopword lists of "
	       "lang/: do not\n * edit.  %zu words of %zu languages. */\n",
	       out, lang_count());
	for (size_t i = 0; i < out; i++)
		if (strlen(e[i].word) + 1 > width)
			width = strlen(e[i].word) + 1;
	/* Rows of a fixed width, not pointers: no relocation at start. */
	printf("typedef struct {\n\tchar word[%zu];\n\tuint64_t langs;\n"
	       "} stop_entry;\n\n", width);
	printf("static const stop_entry stop_index[] = {\n");
	for (size_t i = 0; i < out; i++) {
		printf("\t{ \"");
		for (const char *c = e[i].word; *c; c++)
			printf(*c == '"' || *c == '\\' ? "\\%c" : "%c", *c);
		printf("\", UINT64_C(0x%llx) },\n", (unsigned long long)e[i].langs);
	}
	printf("};\n\n/* Where the words of each first byte begin in stop_index. */\n");
	printf("static const unsigned short stop_first[257] = {");
	for (size_t b = 0, i = 0; b <= 256; b++) {
		while (i < out && (unsigned char)e[i].word[0] < b)
			i++;
		printf("%s%zu", b % 12 ? ", " : ",\n\t" + (b == 0), i);
	}
	printf("\n};\n");
	free(e);
	return 0;
}
