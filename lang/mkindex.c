/*
 * mkindex.c - writes lang/stopindex.inc for language detection
 * (engine/language.c): which languages it weighs words for, and every
 * stopword of those languages, once, sorted, with a bit for each
 * language whose list has it.  Detection reads a text's words against
 * it: one search a word instead of one a language.  Run by `make index`
 * after a list or the set of languages changes; `make check` fails
 * until it is run.
 *
 * Detection weighs words only among the languages that share a script:
 * a language that no other one here writes its script in (Greek, Thai,
 * Korean, ...) is named by its script alone, and takes no bit.  So the
 * 64 bits of a set bound the languages that share a script, not all of
 * them.
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

/* Whether another language here is written in the script of language
 * I. */
static int shares_script(size_t i)
{
	for (size_t j = 0; j < lang_count(); j++)
		if (j != i && lang_at(j)->script == lang_at(i)->script)
			return 1;
	return 0;
}

/* Writes the languages that detection weighs, in the registry's order,
 * as their indices in it and as their codes.  Returns how many. */
static size_t write_langs(void)
{
	size_t n = 0;

	printf("/* The languages that share a script, bit I of a set for the "
	       "I-th, as\n * lang_at() indices and as codes. */\n");
	printf("static const unsigned char detect_lang[] = {");
	for (size_t i = 0; i < lang_count(); i++) {
		if (!shares_script(i))
			continue;
		printf("%s%zu", n % 16 ? ", " : ",\n\t" + (n == 0), i);
		n++;
	}
	printf("\n};\n#define DETECT_COUNT %zu\n", n);
	printf("static const char detect_codes[] = \"");
	for (size_t i = 0, k = 0; i < lang_count(); i++)
		if (shares_script(i))
			printf("%s%s", k++ ? " " : "", lang_at(i)->code);
	printf("\";\n\n");
	return n;
}

int main(void)
{
	size_t n = 0, cap = 0, out = 0, width = 1, bit = 0;
	entry *e = NULL;

	printf("/* Made by lang/mkindex.c (make index) from the stopword lists "
	       "of lang/: do not\n * edit. */\n");
	if (write_langs() > 64) {
		fprintf(stderr, "mkindex: more than 64 languages share a script\n");
		return 1;
	}
	for (size_t i = 0; i < lang_count(); i++) {
		const word_list *l = &lang_at(i)->stopwords;
		if (!shares_script(i))
			continue;
		for (size_t j = 0; j < l->n; j++) {
			if (n == cap && !(e = realloc(e, (cap = cap ? 2 * cap : 1024) *
			                                 sizeof *e))) {
				fprintf(stderr, "mkindex: out of memory\n");
				return 1;
			}
			e[n++] = (entry){ word_at(l, j), UINT64_C(1) << bit };
		}
		bit++;
	}
	qsort(e, n, sizeof *e, by_word);
	for (size_t i = 0; i < n; i++) {
		if (out > 0 && strcmp(e[out - 1].word, e[i].word) == 0)
			e[out - 1].langs |= e[i].langs;
		else
			e[out++] = e[i];
	}
	printf("/* %zu words. */\n", out);
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
