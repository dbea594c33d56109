/*
 * main.c - the summarize command: its options and main, which tells a
 * run in four steps.  The engine is the library of summarize.h; the rest
 * of the command is in cli/, a file per concern, each opening with what
 * it takes and hands on (cli/cli.h declares what they share).
 *
 *  1. The options are read and checked (here; the usage line, --help and
 *     usage errors in cli/usage.c): a usage error exits 2 before any
 *     input is read.
 *  2. The inputs become a list in output order (cli/walk.c): each FILE,
 *     or with -R every file under each directory, names in byte order,
 *     with notes for what the walk skipped in their places.  With
 *     --records every record read is an item, one at a time as the
 *     stream is read (cli/streams.c, cli/records.c).
 *  3. Each item is read (cli/input.c) and rendered (cli/render.c, then a
 *     file per format: plain.c, tsv.c, grep.c, mark.c, json.c) into
 *     memory buffers (cli/buf.c): by the main thread under -j 1, else by
 *     worker threads, at most 4 x N items taken and not yet written
 *     (cli/batch.c).  With -o the worker writes the summary file itself,
 *     to a temporary file renamed into place (cli/outdir.c).  An output
 *     past STREAM_CHUNK is written a chunk at a time as it is rendered
 *     (cli/outlet.c), when it is bound for its own file (-o) or for the
 *     standard output in its turn (-j 1); else it is held whole.
 *  4. The main thread writes the buffers in item order, messages to the
 *     standard error and summaries to the standard output, so output and
 *     exit status are the same bytes for every -j.
 */
#include "cli/cli.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

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

/* ------------------------------------------------------------------ */
/* Reading the options                                                 */
/* ------------------------------------------------------------------ */

/* What the options say that is settled only once all are read. */
typedef struct {
	int headers;             /* -H 1, -q 0, else -1: by the operands */
	enum color color;        /* --color */
	char *mark;              /* --mark's copy, cut at its comma */
	summ_stoplist *stoplist; /* --stopwords */
} pending;

/* Takes --mark=OPEN,CLOSE; CLOSE defaults to OPEN ("--mark='**'"). */
static void take_mark(const char *arg, options *opt, pending *p)
{
	free(p->mark);
	if (!(p->mark = strdup(arg)))
		usage_fail("%s", summ_strerror(SUMM_ENOMEM));
	opt->mark_open = p->mark;
	opt->mark_close = strchr(p->mark, ',') ? strchr(p->mark, ',') + 1 : p->mark;
	if (strchr(p->mark, ','))
		*strchr(p->mark, ',') = '\0';
}

enum { OPT_ORDER = 256, OPT_BINARY, OPT_RECORDS, OPT_EXPLAIN, OPT_NO_LEAD,
       OPT_MARK, OPT_COLOR, OPT_LABEL, OPT_LANG, OPT_STOPWORDS, OPT_INPUT };

/* Takes C if it is a length option (-n, -r, -w, -c, --no-lead) or -k,
 * its argument in OPTARG, into OPT; returns whether it was one. */
static int take_length(int c, options *opt)
{
	summ_limits *lim = &opt->limits;

	switch (c) {
	case 'n':
		lim->sentences = parse_count(optarg, "sentence count", 1, LONG_MAX);
		return 1;
	case 'r':
		lim->percent = (unsigned)parse_count(optarg, "ratio", 1, 100);
		return 1;
	case 'w':
		lim->words = parse_count(optarg, "word count", 1, LONG_MAX);
		return 1;
	case 'c':
		lim->chars = parse_count(optarg, "character count", 1, LONG_MAX);
		return 1;
	case OPT_NO_LEAD:
		lim->no_lead = 1;
		return 1;
	case 'k':
		opt->keywords = parse_count(optarg, "keyword count", 1, 100000);
		return 1;
	}
	return 0;
}

/* Takes option C of getopt_long (its argument in OPTARG) into OPT and
 * P.  Exits after --help and --version, and on a usage error. */
static void take_option(int c, char **argv, options *opt, pending *p)
{
	static const char *const formats[] = { "plain", "json", "tsv", "mark",
	                                       "grep", "text", NULL };
	/* In the order of enum summ_input. */
	static const char *const inputs[] = { "text", "markdown", "html", "auto",
	                                      NULL };
	static const char *const orders[] = { "rank", "text", NULL };
	static const char *const colors[] = { "auto", "always", "never", NULL };
	static const char *const records[] = { "lines", "nul", "jsonl", NULL };

	if (take_length(c, opt))
		return;
	switch (c) {
	case 'f':
		opt->format = (enum format)parse_choice(optarg, formats,
		              "invalid format", " (plain, json, tsv, mark, grep or text)");
		break;
	case OPT_ORDER:
		opt->text_order = parse_choice(optarg, orders, "invalid order",
		                               " (rank or text)");
		break;
	case 's': opt->split = 1; break;
	case 'H': p->headers = 1; break;
	case 'q': p->headers = 0; break;
	case 'R': opt->recursive = 1; break;
	case OPT_BINARY: opt->binary = 1; break;
	case OPT_EXPLAIN: opt->explain = 1; break;
	case OPT_LABEL: opt->label = optarg; break;
	case OPT_LANG:
		if (take_lang(optarg, opt))
			exit(finish_output());
		break;
	case OPT_STOPWORDS: take_stopwords(optarg, opt, &p->stoplist); break;
	case OPT_INPUT:
		opt->read.input = (enum summ_input)parse_choice(optarg, inputs,
		                  "invalid input form", " (auto, text, markdown or html)");
		break;
	case OPT_MARK: take_mark(optarg, opt, p); break;
	case OPT_COLOR:
		p->color = !optarg ? COLOR_ALWAYS : (enum color)parse_choice(optarg,
		           colors, "invalid color", " (auto, always or never)");
		break;
	case 'o':
		if (!*optarg)
			usage_error("invalid output directory", optarg, "");
		opt->outdir = optarg;
		break;
	case 'j':
		opt->jobs = parse_count(optarg, "job count", 1, MAX_JOBS);
		break;
	case OPT_RECORDS:
		opt->records = (enum records)(1 + parse_choice(optarg, records,
		               "invalid record format", " (lines, nul or jsonl)"));
		break;
	case 'h':
		help();
		exit(finish_output());
	case 'V':
		printf("summarize %s\n", SUMM_VERSION);
		exit(finish_output());
	case ':':
		usage_error("missing argument to", argv[optind - 1], "");
	default:
		if (optopt) {
			char o[3] = { '-', (char)optopt, '\0' };
			usage_error("unknown option", o, "");
		}
		usage_error("unknown option", argv[optind - 1], "");
	}
}

/* Reads the options of ARGV into OPT and P, the defaults first; returns
 * the index of the first operand. */
static int read_options(int argc, char **argv, options *opt, pending *p)
{
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
		{ "lang",       required_argument, NULL, OPT_LANG },
		{ "stopwords",  required_argument, NULL, OPT_STOPWORDS },
		{ "input",      required_argument, NULL, OPT_INPUT },
		{ "help",       no_argument,       NULL, 'h' },
		{ "version",    no_argument,       NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int c;

	memset(opt, 0, sizeof *opt);
	*p = (pending){ .headers = -1, .color = COLOR_AUTO, .mark = NULL };
	opt->jobs = ncpu < 1 ? 1 : ncpu > MAX_JOBS ? MAX_JOBS : (size_t)ncpu;
	opt->read.input = SUMM_INPUT_AUTO;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":n:r:w:c:k:f:sHqRo:j:hV", longopts,
	                        NULL)) != -1)
		take_option(c, argv, opt, p);
	return optind;
}

/* Settles what takes more than one option to know (the markers, the
 * mode of files written), and checks the options against each other and
 * the N operands ARGS: a usage error exits 2 before any input is read. */
static void settle_options(options *opt, const pending *p, char **args,
                           int n)
{
	mode_t mask;

	opt->mark_chosen = opt->mark_open || p->color == COLOR_ALWAYS;
	/* Colour marks the chosen sentences when asked, or by default on a
	 * terminal unless NO_COLOR is set or markers were given. */
	if (p->color == COLOR_ALWAYS ||
	    (p->color == COLOR_AUTO && !opt->mark_open && isatty(STDOUT_FILENO) &&
	     !(getenv("NO_COLOR") && *getenv("NO_COLOR")))) {
		opt->mark_open = "\033[1;33m";
		opt->mark_close = "\033[0m";
		opt->mark_chosen = 1;
	} else if (!opt->mark_open) {
		opt->mark_open = opt->mark_close = "**";
	}
	if (opt->records && opt->recursive)
		usage_fail("--records reads streams: -R does not apply");
	if (opt->records && opt->format != FMT_PLAIN)
		usage_fail("--records writes its own format: -f does not apply");
	if (opt->outdir) {
		/* Standard input has no name to mirror, but a record stream's
		 * output may go to the standard output. */
		if (n == 0 && !opt->records)
			usage_fail("-o needs FILE operands: standard input has no "
			           "name to write under %s", opt->outdir);
		for (int i = 0; i < n; i++) {
			if (strcmp(args[i], "-") == 0 && !opt->records)
				usage_fail("-o needs FILE operands: standard input has "
				           "no name to write under %s", opt->outdir);
			if (has_dotdot(args[i]))
				usage_error("cannot mirror under -o the path", args[i],
				            " (it has a '..')");
		}
	}
	mask = umask(0);
	umask(mask);
	opt->file_mode = 0666 & ~mask;
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

/* Ends the run with STATUS: standard output written and closed, which
 * may yet fail (exit status 1). */
static int finish(int status)
{
	status |= finish_output();
	if (fclose(stdout) != 0 && status == 0) {
		if (errno != EPIPE)
			fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
		status = 1;
	}
	return status;
}

int main(int argc, char **argv)
{
	static char outbuf[1 << 16];
	options opt;
	pending p;
	input_list list;
	batch b;
	int first, nargs, any_dir;

	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	first = read_options(argc, argv, &opt, &p);
	nargs = argc - first;
	settle_options(&opt, &p, argv + first, nargs);

	/* The inputs, in output order (cli/walk.c); the signals that would
	 * leave a file half written, or kill a run reading a file that
	 * shrinks, taken before any thread starts. */
	any_dir = list_gather(&list, &opt, argv + first, nargs);
	if (opt.outdir)
		catch_fatal_signals();
	catch_sigbus();
	opt.headers = opt.outdir || opt.records ? 0
	            : p.headers >= 0 ? p.headers : nargs > 1 || any_dir;

	/* Each summarized and written in that order (cli/batch.c), a file a
	 * document or, with --records, a record (cli/streams.c). */
	memset(&b, 0, sizeof b);
	b.opt = &opt;
	b.list = &list;
	b.out = stdout;
	b.first = 1;
	if (opt.records)
		run_streams(&b);
	else
		run_files(&b);

	list_free(&list);
	free(p.mark);
	summ_stoplist_free(p.stoplist);
	end_fatal_signals();
	return finish(b.status);
}
