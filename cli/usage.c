/*
 * cli/usage.c - what the command says of itself: the usage line (the
 * same as the man page's synopsis), the text of --help, and usage
 * errors, which exit 2; and the parsing of option arguments (numbers,
 * names from a list) that raises them.
 *
 * Takes an option's argument, or the words of an error; hands on a
 * value, or text to the standard output (--help) or the standard error.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] =
	"usage: summarize [-HqRsV] [-n N] [-r P] [-w N] [-c N] [-k N] [-f FORMAT]\n"
	"                 [-j N] [-o DIR] [--order=rank|text] [--no-lead] [--explain]\n"
	"                 [--mark=OPEN,CLOSE] [--color=WHEN] [--label=NAME]\n"
	"                 [--lang=CODE] [--stopwords=FILE] [--input=FORM] [--binary]\n"
	"                 [--records=lines|nul|jsonl] [FILE]...\n";

/* Reports a usage error, printf-style, and exits 2. */
_Noreturn void usage_fail(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%sTry 'summarize --help' for more information.\n",
	        usage_line);
	exit(2);
}

/* Reports a usage error (WHAT, then ARG quoted) and exits 2. */
_Noreturn void usage_error(const char *what, const char *arg,
                           const char *hint)
{
	usage_fail("%s '%s'%s", what, arg, hint);
}

/* Prints --help's text on the standard output. */
void help(void)
{
	printf("%s\n", usage_line);
	fputs(
"Print the most important sentences of each FILE (or standard input when\n"
"there is no FILE, or for -), best first, one per line.\n"
"\n"
"Length (default: 5 sentences; when several are given, every one holds):\n"
"  -n, --sentences=N   at most N sentences\n"
"  -r, --ratio=P       P percent of the sentences (1-100), at least one\n"
"  -w, --words=N       at most N words in all\n"
"  -c, --chars=N       at most N characters in all\n"
"                      (a sentence that would pass -w or -c is skipped and\n"
"                      a shorter one after it may still be taken)\n"
"\n"
"Language (default: detected in each document, from its script and words):\n"
"      --lang=CODE     read the text as language CODE (ISO 639-1: de, fr, ...);\n"
"                      auto to detect it; none for no language (the most\n"
"                      frequent short words of the text are its stopwords);\n"
"                      list to print the languages built in\n"
"      --stopwords=FILE  the words of FILE, one a line, are stopwords too\n"
"                      (alone with --lang=none)\n"
"\n"
"Input (default: told from the bytes and the file name's extension):\n"
"      --input=FORM    text, markdown (code, tables and markup are not\n"
"                      prose; headings are headings) or html (the page's\n"
"                      article alone, in its declared charset); auto\n"
"\n"
"Output:\n"
"      --order=rank    best sentence first (default)\n"
"      --order=text    in the order of the text\n"
"  -f, --format=FMT    plain (default), json (one object per input), tsv\n"
"                      (rank, score, line, sentence), mark (the whole text,\n"
"                      chosen sentences highlighted) or grep\n"
"                      (FILE:LINE:COLUMN:sentence, for vim and emacs), or\n"
"                      text (the text as read: a page's article, prose\n"
"                      alone, blocks parted by blank lines)\n"
"      --mark=OPEN,CLOSE  markers around chosen sentences (default **,**;\n"
"                      in HTML, <mark> elements)\n"
"      --color[=WHEN]  mark with ANSI colour: auto (on a terminal, unless\n"
"                      NO_COLOR is set or --mark is given), always, never\n"
"      --label=NAME    the name of standard input in grep output\n"
"      --explain       after each sentence, the factors and terms behind\n"
"                      its score (plain and json)\n"
"      --no-lead       no bonus for the first sentences (for text that is\n"
"                      not news)\n"
"  -k, --keywords=N    print the N key terms instead of sentences (tsv: term\n"
"                      and count; json: how many to list, default 10)\n"
"  -s, --split         print every sentence as split, one per line, unscored\n"
"                      (always plain; length options do not apply)\n"
"  -H, --headers       print ==> FILE <== before each summary (the default\n"
"                      with several files or -R); -q, --quiet: never\n"
"\n"
"Batch:\n"
"  -R, --recursive     summarize the files under each directory FILE, in\n"
"                      byte order of names; special files, symbolic link\n"
"                      loops and binary files are skipped with a note\n"
"      --binary        with -R, summarize binary files too\n"
"  -o, --output-dir=DIR  write each summary to DIR/FILE instead, atomically\n"
"  -j, --jobs=N        summarize with N threads (default: the CPUs online);\n"
"                      the output is the same for every N\n"
"      --records=lines|nul|jsonl\n"
"                      every record of the input is a document and gives\n"
"                      one record out: a line, a NUL-terminated record, or\n"
"                      a JSON object with \"text\" (\"summary\" is added)\n"
"\n"
"  -h, --help          print this help and exit\n"
"  -V, --version       print the version and exit\n"
"\n"
"Exit status: 0 success, 1 an input could not be read (the others are still\n"
"summarized) or output failed, 2 usage error.\n", stdout);
}

/* Parses ARG as an integer in [MIN, MAX] for option NAME, or exits 2. */
size_t parse_count(const char *arg, const char *name, long min,
                   long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (!(*arg >= '0' && *arg <= '9') || *end != '\0' || errno == ERANGE ||
	    v < min || v > max) {
		char what[64], hint[64];
		snprintf(what, sizeof what, "invalid %s", name);
		if (max == LONG_MAX)
			snprintf(hint, sizeof hint, " (a whole number from %ld)", min);
		else
			snprintf(hint, sizeof hint, " (a whole number from %ld to %ld)",
			         min, max);
		usage_error(what, arg, hint);
	}
	return (size_t)v;
}

/* The index of ARG in the NULL-terminated NAMES; or reports "invalid
 * WHAT 'ARG'HINT" and exits 2. */
int parse_choice(const char *arg, const char *const *names,
                 const char *what, const char *hint)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(arg, names[i]) == 0)
			return i;
	usage_error(what, arg, hint);
}

/* Prints the languages built in, a line each: code, tab, name. */
static void list_languages(void)
{
	const char *code, *name;

	for (size_t i = 0; summ_language_at(i, &code, &name); i++)
		printf("%s\t%s\n", code, name);
}

int take_lang(const char *arg, options *opt)
{
	if (strcmp(arg, "list") == 0) {
		list_languages();
		return 1;
	}
	if (!summ_language_code(arg) && strcmp(arg, "auto") != 0 &&
	    strcmp(arg, "none") != 0)
		usage_error("unknown language", arg,
		            " (--lang=list lists the languages)");
	opt->read.language = arg;
	return 0;
}

void take_stopwords(const char *path, options *opt, summ_stoplist **list)
{
	char *data;
	size_t len;
	int fd = open(path, O_RDONLY), err = fd < 0 ? errno : 0, mapped;

	if (fd >= 0) {
		err = input_load(fd, &data, &len, &mapped);
		close(fd);
	}
	if (err)
		usage_fail("%s: %s", path, strerror(err));
	summ_stoplist_free(*list);
	*list = summ_stoplist_new(data, len);
	input_unload(data, len, mapped);
	if (!*list)
		usage_fail("%s", summ_strerror(SUMM_ENOMEM));
	opt->read.stopwords = *list;
}
