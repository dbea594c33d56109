/*
 * main.c - the summarize command: options, inputs, batch, worker threads,
 * output, exit status.  The only file that prints or exits; the engine is
 * in summarize.c and the JSON-lines record reader in cli/records.c.
 *
 * A run goes in four steps:
 *
 *  1. The options are read and checked; a usage error exits 2 before any
 *     input is read.
 *  2. The inputs become a list of items in output order: each FILE, or
 *     with -R every file under each directory (names in byte order, so
 *     the order is the same on every machine), with notes for what the
 *     walk skipped in their places.  With --records every record read is
 *     an item, one at a time as the stream is read.
 *  3. Each item is rendered (header, summary, messages) into memory
 *     buffers: by the main thread under -j 1, else by worker threads, with
 *     at most 4 x N items taken and not yet written.  With -o the worker
 *     writes the summary file itself, to a temporary file renamed into
 *     place.  An output past STREAM_CHUNK is written a chunk at a time as
 *     it is rendered, when it is bound for its own file (-o) or for the
 *     standard output in its turn (-j 1); else it is held whole.
 *  4. The main thread writes the buffers in item order, messages to the
 *     standard error and summaries to the standard output, so output and
 *     exit status are the same bytes for every -j.
 */
#include "cli/cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

static const char usage_line[] =
	"usage: summarize [-HqRsV] [-n N] [-r P] [-w N] [-c N] [-k N] [-f FORMAT]\n"
	"                 [-j N] [-o DIR] [--order=rank|text] [--no-lead] [--explain]\n"
	"                 [--mark=OPEN,CLOSE] [--color=WHEN] [--label=NAME]\n"
	"                 [--binary] [--records=lines|nul|jsonl] [FILE]...\n";

/* Reports a usage error, printf-style, and exits 2. */
static void usage_fail(const char *fmt, ...)
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
static void usage_error(const char *what, const char *arg, const char *hint)
{
	usage_fail("%s '%s'%s", what, arg, hint);
}

static void help(void)
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
"Output:\n"
"      --order=rank    best sentence first (default)\n"
"      --order=text    in the order of the text\n"
"  -f, --format=FMT    plain (default), json (one object per input), tsv\n"
"                      (rank, score, line, sentence), mark (the whole text,\n"
"                      chosen sentences highlighted) or grep\n"
"                      (FILE:LINE:COLUMN:sentence, for vim and emacs)\n"
"      --mark=OPEN,CLOSE  markers around chosen sentences (default **,**)\n"
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
static size_t parse_count(const char *arg, const char *name, long min,
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

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

/* Flushes standard output; on failure reports it (unless the reader went
 * away) and returns 1. */
static int finish_output(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	if (errno != EPIPE)
		fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	enum { OPT_ORDER = 256, OPT_BINARY, OPT_RECORDS, OPT_EXPLAIN, OPT_NO_LEAD,
	       OPT_MARK, OPT_COLOR, OPT_LABEL };
	static const struct option longopts[] = {
		{ "sentences",  required_argument, NULL, 'n' },
		{ "ratio",      required_argument, NULL, 'r' },
		{ "words",      required_argument, NULL, 'w' },
		{ "chars",      required_argument, NULL, 'c' },
		{ "keywords",   required_argument, NULL, 'k' },
		{ "format",     required_argument, NULL, 'f' },
		{ "order",      required_argument, NULL, OPT_ORDER },
		{ "split",      no_argument,       NULL, 's' },
		{ "headers",    no_argument,       NULL, 'H' },
		{ "quiet",      no_argument,       NULL, 'q' },
		{ "recursive",  no_argument,       NULL, 'R' },
		{ "binary",     no_argument,       NULL, OPT_BINARY },
		{ "output-dir", required_argument, NULL, 'o' },
		{ "jobs",       required_argument, NULL, 'j' },
		{ "records",    required_argument, NULL, OPT_RECORDS },
		{ "explain",    no_argument,       NULL, OPT_EXPLAIN },
		{ "no-lead",    no_argument,       NULL, OPT_NO_LEAD },
		{ "mark",       required_argument, NULL, OPT_MARK },
		{ "color",      optional_argument, NULL, OPT_COLOR },
		{ "label",      required_argument, NULL, OPT_LABEL },
		{ "help",       no_argument,       NULL, 'h' },
		{ "version",    no_argument,       NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	options opt;
	input_list list;
	batch b;
	int c, headers = -1, any_dir = 0;
	enum color color = COLOR_AUTO;
	char *mark = NULL;
	long ncpu;
	mode_t mask;
	static char outbuf[1 << 16];

	memset(&opt, 0, sizeof opt);
	memset(&list, 0, sizeof list);
	memset(&b, 0, sizeof b);
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	opt.jobs = ncpu < 1 ? 1 : ncpu > MAX_JOBS ? MAX_JOBS : (size_t)ncpu;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":n:r:w:c:k:f:sHqRo:j:hV", longopts,
	                        NULL)) != -1) {
		switch (c) {
		case 'n':
			opt.limits.sentences = parse_count(optarg, "sentence count", 1, LONG_MAX);
			break;
		case 'r':
			opt.limits.percent = (unsigned)parse_count(optarg, "ratio", 1, 100);
			break;
		case 'w':
			opt.limits.words = parse_count(optarg, "word count", 1, LONG_MAX);
			break;
		case 'c':
			opt.limits.chars = parse_count(optarg, "character count", 1, LONG_MAX);
			break;
		case 'k':
			opt.keywords = parse_count(optarg, "keyword count", 1, 100000);
			break;
		case 'f':
			if (strcmp(optarg, "plain") == 0)
				opt.format = FMT_PLAIN;
			else if (strcmp(optarg, "json") == 0)
				opt.format = FMT_JSON;
			else if (strcmp(optarg, "tsv") == 0)
				opt.format = FMT_TSV;
			else if (strcmp(optarg, "mark") == 0)
				opt.format = FMT_MARK;
			else if (strcmp(optarg, "grep") == 0)
				opt.format = FMT_GREP;
			else
				usage_error("invalid format", optarg,
				            " (plain, json, tsv, mark or grep)");
			break;
		case OPT_ORDER:
			if (strcmp(optarg, "rank") == 0)
				opt.text_order = 0;
			else if (strcmp(optarg, "text") == 0)
				opt.text_order = 1;
			else
				usage_error("invalid order", optarg,
				            " (rank or text)");
			break;
		case 's':
			opt.split = 1;
			break;
		case 'H':
			headers = 1;
			break;
		case 'q':
			headers = 0;
			break;
		case 'R':
			opt.recursive = 1;
			break;
		case OPT_BINARY:
			opt.binary = 1;
			break;
		case 'o':
			if (!*optarg)
				usage_error("invalid output directory", optarg, "");
			opt.outdir = optarg;
			break;
		case 'j':
			opt.jobs = parse_count(optarg, "job count", 1, MAX_JOBS);
			break;
		case OPT_EXPLAIN:
			opt.explain = 1;
			break;
		case OPT_NO_LEAD:
			opt.limits.no_lead = 1;
			break;
		case OPT_MARK:
			/* OPEN,CLOSE; CLOSE defaults to OPEN ("--mark='**'"). */
			free(mark);
			if (!(mark = strdup(optarg)))
				usage_fail("%s", summ_strerror(SUMM_ENOMEM));
			opt.mark_open = mark;
			opt.mark_close = strchr(mark, ',') ? strchr(mark, ',') + 1 : mark;
			if (strchr(mark, ','))
				*strchr(mark, ',') = '\0';
			break;
		case OPT_COLOR:
			if (!optarg || strcmp(optarg, "always") == 0)
				color = COLOR_ALWAYS;
			else if (strcmp(optarg, "auto") == 0)
				color = COLOR_AUTO;
			else if (strcmp(optarg, "never") == 0)
				color = COLOR_NEVER;
			else
				usage_error("invalid color", optarg,
				            " (auto, always or never)");
			break;
		case OPT_LABEL:
			opt.label = optarg;
			break;
		case OPT_RECORDS:
			if (strcmp(optarg, "lines") == 0)
				opt.records = RECORDS_LINES;
			else if (strcmp(optarg, "nul") == 0)
				opt.records = RECORDS_NUL;
			else if (strcmp(optarg, "jsonl") == 0)
				opt.records = RECORDS_JSONL;
			else
				usage_error("invalid record format", optarg,
				            " (lines, nul or jsonl)");
			break;
		case 'h':
			help();
			return finish_output();
		case 'V':
			printf("summarize %s\n", SUMM_VERSION);
			return finish_output();
		case ':':
			usage_error("missing argument to", argv[optind - 1], "");
			break;
		default:
			if (optopt) {
				char o[3] = { '-', (char)optopt, '\0' };
				usage_error("unknown option", o, "");
			}
			usage_error("unknown option", argv[optind - 1], "");
		}
	}
	/* Colour marks the chosen sentences when asked, or by default on a
	 * terminal unless NO_COLOR is set or markers were given. */
	if (color == COLOR_ALWAYS ||
	    (color == COLOR_AUTO && !opt.mark_open && isatty(STDOUT_FILENO) &&
	     !(getenv("NO_COLOR") && *getenv("NO_COLOR")))) {
		opt.mark_open = "\033[1;33m";
		opt.mark_close = "\033[0m";
	} else if (!opt.mark_open) {
		opt.mark_open = opt.mark_close = "**";
	}
	if (opt.records && opt.recursive)
		usage_fail("--records reads streams: -R does not apply");
	if (opt.records && opt.format != FMT_PLAIN)
		usage_fail("--records writes its own format: -f does not apply");
	if (opt.outdir) {
		/* Standard input has no name to mirror, but a record stream's
		 * output may go to the standard output. */
		if (optind == argc && !opt.records)
			usage_fail("-o needs FILE operands: standard input has no "
			           "name to write under %s", opt.outdir);
		for (int i = optind; i < argc; i++) {
			if (strcmp(argv[i], "-") == 0 && !opt.records)
				usage_fail("-o needs FILE operands: standard input has "
				           "no name to write under %s", opt.outdir);
			if (has_dotdot(argv[i]))
				usage_error("cannot mirror under -o the path", argv[i],
				            " (it has a '..')");
		}
	}
	mask = umask(0);
	umask(mask);
	opt.file_mode = 0666 & ~mask;

	/* The inputs, in output order. */
	any_dir = list_gather(&list, &opt, argv + optind, argc - optind);
	if (opt.outdir)
		catch_fatal_signals();
	catch_sigbus();
	opt.headers = opt.outdir || opt.records ? 0
	            : headers >= 0 ? headers : argc - optind > 1 || any_dir;

	b.opt = &opt;
	b.list = &list;
	b.out = stdout;
	b.first = 1;
	if (opt.records) {
		run_streams(&b);
	} else {
		run_files(&b);
	}
	list_free(&list);
	free(mark);
	end_fatal_signals();
	b.status |= finish_output();
	if (fclose(stdout) != 0 && b.status == 0) {
		if (errno != EPIPE)
			fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
		b.status = 1;
	}
	return b.status;
}
