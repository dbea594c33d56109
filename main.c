/*
 * main.c - the summarize command: options, files, output, exit status.
 * The only file that prints or exits; the engine is in summarize.c.
 */
#define _POSIX_C_SOURCE 200809L
#include "summarize.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum format { FMT_PLAIN, FMT_JSON, FMT_TSV };

/* A chosen sentence: its index and its place in the ranking. */
typedef struct {
	size_t index, rank;
} ranked;

static int by_position(const void *a, const void *b)
{
	size_t i = ((const ranked *)a)->index, j = ((const ranked *)b)->index;

	return i < j ? -1 : i > j;
}

typedef struct {
	summ_limits limits;
	int text_order;          /* --order=text */
	enum format format;
	size_t keywords;         /* -k N; 0 = not asked */
	int split;               /* --split */
	int headers;             /* ==> FILE <== before each summary */
} options;

static const char *progname = "summarize";

static const char usage_line[] =
	"usage: summarize [-HqsV] [-n N] [-r P] [-w N] [-c N] [-k N] [-f FORMAT]\n"
	"                 [--order=rank|text] [FILE]...\n";

/* Reports a usage error (WHAT, then ARG quoted) and exits 2. */
static void usage_error(const char *what, const char *arg, const char *hint)
{
	fprintf(stderr, "%s: %s '%s'%s\n%sTry 'summarize --help' for more "
	        "information.\n", progname, what, arg, hint, usage_line);
	exit(2);
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
"  -f, --format=FMT    plain (default), json (one object per input) or tsv\n"
"                      (rank, score, line, sentence)\n"
"  -k, --keywords=N    print the N key terms instead of sentences (tsv: term\n"
"                      and count; json: how many to list, default 10)\n"
"  -s, --split         print every sentence as split, one per line, unscored\n"
"                      (always plain; length options do not apply)\n"
"  -H, --headers       print ==> FILE <== before each summary (the default\n"
"                      with several files); -q, --quiet: never\n"
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
/* Input                                                               */
/* ------------------------------------------------------------------ */

/* Reads all of FD into a malloc'd buffer (*BUF, *LEN).  Returns 0, or an
 * errno value. */
static int read_all(int fd, char **buf, size_t *len)
{
	struct stat st;
	size_t cap = 65536, n = 0;
	char *b;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		cap = (size_t)st.st_size + 1;
	if (!(b = malloc(cap)))
		return ENOMEM;
	for (;;) {
		ssize_t r;
		if (n == cap) {
			char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(b, cap * 2);
			if (!nb) {
				free(b);
				return ENOMEM;
			}
			b = nb;
			cap *= 2;
		}
		r = read(fd, b + n, cap - n);
		if (r == 0)
			break;
		if (r < 0) {
			int e = errno;
			if (e == EINTR)
				continue;
			free(b);
			return e;
		}
		n += (size_t)r;
	}
	*buf = b;
	*len = n;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

/* Writes sentence S folded onto one line (no newline). */
static void put_folded(const char *text, size_t off, size_t len, char *scratch)
{
	fwrite(scratch, 1, summ_fold(text + off, len, scratch), stdout);
}

/* Writes LEN bytes of S as the body of a JSON string: quotes, backslashes
 * and control characters escaped, invalid UTF-8 replaced by U+FFFD. */
static void put_json_chars(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		unsigned c = u[i];
		size_t n = 1;

		if (c == '"' || c == '\\') {
			putchar('\\');
			putchar((int)c);
		} else if (c < 0x20 || c == 0x7F) {
			static const char esc[] = "btnvfr";
			if (c >= '\b' && c <= '\r' && c != '\v')
				printf("\\%c", esc[c - '\b']);
			else
				printf("\\u%04x", c);
		} else if (c < 0x80) {
			putchar((int)c);
		} else {
			/* Validate one sequence: the engine keeps bad bytes. */
			size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
			int ok = need && c <= 0xF4 && i + need <= len;
			for (size_t k = 1; ok && k < need; k++)
				ok = (u[i + k] & 0xC0) == 0x80;
			if (ok && need == 3) {
				unsigned v = (c & 0x0F) << 12 | (u[i + 1] & 0x3F) << 6;
				ok = v >= 0x800 && (v < 0xD800 || v > 0xDFFF);
			} else if (ok && need == 4) {
				unsigned v = (c & 0x07) << 18 | (u[i + 1] & 0x3F) << 12;
				ok = v >= 0x10000 && v <= 0x10FFFF;
			}
			if (ok) {
				fwrite(s + i, 1, need, stdout);
				n = need;
			} else {
				fputs("\xEF\xBF\xBD", stdout);
				n = 1;
			}
		}
		i += n;
	}
}

static void put_json_string(const char *s, size_t len)
{
	putchar('"');
	put_json_chars(s, len);
	putchar('"');
}

static void print_keywords(const char *text, const summ_keyword *kw,
                           size_t n, enum format fmt)
{
	for (size_t i = 0; i < n; i++) {
		fwrite(text + kw[i].offset, 1, kw[i].length, stdout);
		if (fmt == FMT_TSV)
			printf("\t%zu", kw[i].count);
		putchar('\n');
	}
}

static void print_json(const char *name, const char *text,
                       const summ_doc *doc, const ranked *rank, size_t n,
                       const summ_keyword *kw, size_t nkw, char *scratch)
{
	const summ_sentence *sent = summ_sentences(doc);

	fputs("{\"file\":", stdout);
	put_json_string(name, strlen(name));
	printf(",\"sentences\":%zu,\"words\":%zu,\"keywords\":[",
	       summ_sentence_count(doc), summ_word_count(doc));
	for (size_t i = 0; i < nkw; i++) {
		printf(i ? ",{\"term\":" : "{\"term\":");
		put_json_string(text + kw[i].offset, kw[i].length);
		printf(",\"count\":%zu}", kw[i].count);
	}
	fputs("],\"summary\":[", stdout);
	for (size_t r = 0; r < n; r++) {
		const summ_sentence *s = &sent[rank[r].index];
		printf("%s{\"rank\":%zu,\"index\":%zu,\"offset\":%zu,\"length\":%zu,"
		       "\"line\":%zu,\"column\":%zu,\"score\":%.4f,\"text\":",
		       r ? "," : "", rank[r].rank, rank[r].index, s->offset,
		       s->length, s->line, s->col, s->score);
		put_json_string(scratch, summ_fold(text + s->offset, s->length,
		                                   scratch));
		putchar('}');
	}
	fputs("]}\n", stdout);
}

/* Summarizes TEXT per OPT under the name NAME.  Returns 0, or -1 when out
 * of memory (reported by the caller). */
static int summarize_text(const char *name, const char *text, size_t len,
                          const options *opt)
{
	summ_doc *doc;
	const summ_sentence *sent;
	size_t nsent, *idx = NULL, n = 0, nkw = 0;
	summ_keyword *kw = NULL;
	ranked *rank = NULL;
	char *scratch;
	int rc = -1;

	if (summ_parse(text, len, &doc) != SUMM_OK)
		return -1;
	sent = summ_sentences(doc);
	nsent = summ_sentence_count(doc);
	scratch = malloc(len ? len : 1);
	idx = malloc((nsent ? nsent : 1) * sizeof *idx);
	if (opt->keywords || opt->format == FMT_JSON) {
		size_t want = opt->keywords ? opt->keywords : 10;
		kw = malloc(want * sizeof *kw);
		if (kw)
			nkw = summ_keywords(doc, want, kw);
	}
	if (!scratch || !idx || ((opt->keywords || opt->format == FMT_JSON) && !kw))
		goto out;
	if (opt->split) {
		for (size_t k = 0; k < nsent; k++) {
			put_folded(text, sent[k].offset, sent[k].length, scratch);
			putchar('\n');
		}
		rc = 0;
		goto out;
	}
	if (summ_select(doc, &opt->limits, idx, nsent, &n) != SUMM_OK ||
	    !(rank = malloc((n ? n : 1) * sizeof *rank)))
		goto out;
	/* RANK[i] is the place of IDX[i] in the ranking, whatever the
	 * order of output. */
	for (size_t r = 0; r < n; r++)
		rank[r] = (ranked){ idx[r], r + 1 };
	if (opt->text_order)
		qsort(rank, n, sizeof *rank, by_position);
	if (opt->format == FMT_JSON) {
		print_json(name, text, doc, rank, n, kw, nkw, scratch);
	} else if (opt->keywords) {
		print_keywords(text, kw, nkw, opt->format);
	} else {
		for (size_t r = 0; r < n; r++) {
			const summ_sentence *s = &sent[rank[r].index];
			if (opt->format == FMT_TSV)
				printf("%zu\t%.4f\t%zu\t", rank[r].rank, s->score,
				       s->line);
			put_folded(text, s->offset, s->length, scratch);
			putchar('\n');
		}
	}
	rc = 0;
out:
	free(rank);
	free(kw);
	free(idx);
	free(scratch);
	summ_free(doc);
	return rc;
}

/* Summarizes the file PATH ("-" is standard input).  *FIRST is set until
 * a header has been printed.  Returns 0, or 1 after reporting an error. */
static int summarize_file(const char *path, const options *opt, int *first)
{
	int stdin_ = strcmp(path, "-") == 0;
	const char *name = stdin_ ? "-" : path;
	int fd = stdin_ ? STDIN_FILENO : open(path, O_RDONLY);
	char *buf = NULL;
	size_t len = 0;
	int err;

	if (fd < 0) {
		fprintf(stderr, "%s: %s: %s\n", progname, path, strerror(errno));
		return 1;
	}
	err = read_all(fd, &buf, &len);
	if (!stdin_)
		close(fd);
	if (err) {
		fprintf(stderr, "%s: %s: %s\n", progname,
		        stdin_ ? "standard input" : path, strerror(err));
		return 1;
	}
	if (opt->headers && opt->format != FMT_JSON)
		printf("%s==> %s <==\n", *first ? "" : "\n",
		       stdin_ ? "standard input" : path);
	*first = 0;
	if (summarize_text(name, buf, len, opt)) {
		fprintf(stderr, "%s: %s: %s\n", progname,
		        stdin_ ? "standard input" : path, summ_strerror(SUMM_ENOMEM));
		free(buf);
		return 1;
	}
	free(buf);
	return 0;
}

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
	static const struct option longopts[] = {
		{ "sentences", required_argument, NULL, 'n' },
		{ "ratio",     required_argument, NULL, 'r' },
		{ "words",     required_argument, NULL, 'w' },
		{ "chars",     required_argument, NULL, 'c' },
		{ "keywords",  required_argument, NULL, 'k' },
		{ "format",    required_argument, NULL, 'f' },
		{ "order",     required_argument, NULL, 'O' },
		{ "split",     no_argument,       NULL, 's' },
		{ "headers",   no_argument,       NULL, 'H' },
		{ "quiet",     no_argument,       NULL, 'q' },
		{ "help",      no_argument,       NULL, 'h' },
		{ "version",   no_argument,       NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	options opt;
	int c, headers = -1, status = 0, first = 1;
	static char outbuf[1 << 16];

	memset(&opt, 0, sizeof opt);
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":n:r:w:c:k:f:sHqhV", longopts,
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
			else
				usage_error("invalid format", optarg,
				            " (plain, json or tsv)");
			break;
		case 'O':
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
	opt.headers = headers >= 0 ? headers : argc - optind > 1;
	if (optind == argc) {
		status |= summarize_file("-", &opt, &first);
	} else {
		for (int i = optind; i < argc; i++)
			status |= summarize_file(argv[i], &opt, &first);
	}
	status |= finish_output();
	if (fclose(stdout) != 0 && status == 0) {
		if (errno != EPIPE)
			fprintf(stderr, "%s: write error: %s\n", progname, strerror(errno));
		status = 1;
	}
	return status;
}
