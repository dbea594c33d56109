/*
 * mkcase.c - writes engine/casemap.inc: the class and the lower case of
 * each code point from U+0080 up to CASEMAP_END, as chars.c's rules give
 * them (cp_class_rules, cp_lower_rules), for cp_class and cp_lower to
 * read in one step.  Built with chars.c and CASEMAP_BOOTSTRAP (no map);
 * run by `make casemap` after a rule or a table of chars.c changes.
 * tests/check_chars.c fails until it is run.
 *
 * The end takes in the extended Latin letters, Greek, Cyrillic, the
 * scripts of the Middle East and of India, the general punctuation and
 * CJK's, and Kana: where text beyond ASCII mostly is.  Past it, the
 * rules answer Han and Hangul without a search.
 */
#include "chars.h"

#include <stdio.h>
#include <stdlib.h>

#define END 0x3100

int main(void)
{
	uint32_t c;

	printf("/* Made by engine/mkcase.c (make casemap) from the rules of "
	       "chars.c: do\n * not edit. */\n");
	printf("#define CASEMAP_END 0x%X\n\n", END);
	printf("static const unsigned char casemap_class[CASEMAP_END - 0x80] = {");
	for (c = 0x80; c < END; c++)
		printf("%s%u,", (c - 0x80) % 16 ? " " : "\n\t", cp_class_rules(c));
	printf("\n};\n\n");
	printf("/* Each code point's lower case, as its distance from it. */\n");
	printf("static const int16_t casemap_delta[CASEMAP_END - 0x80] = {");
	for (c = 0x80; c < END; c++) {
		long delta = (long)cp_lower_rules(c) - (long)c;
		if (delta < INT16_MIN || delta > INT16_MAX) {
			fprintf(stderr, "mkcase: U+%04X: lower case too far\n",
			        (unsigned)c);
			return 1;
		}
		printf("%s%ld,", (c - 0x80) % 12 ? " " : "\n\t", delta);
	}
	printf("\n};\n");
	return ferror(stdout) ? 1 : 0;
}
