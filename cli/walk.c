/*
 * cli/walk.c - the list of inputs: the operands in order, each a file,
 * standard input, or with -R every file under a directory (names in byte
 * order, so that the order is the same on every machine), with a note in
 * its place for what the walk skipped (special files, symbolic link
 * loops, the output directory); and under -o, the output path each file
 * is written to.
 *
 * Takes the operands and the options; hands on an input_list, in output
 * order, which the batch (cli/batch.c) and the record streams
 * (cli/streams.c) go through.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static entry *add_entry(input_list *l)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	memset(&l->v[l->n], 0, sizeof l->v[l->n]);
	return &l->v[l->n++];
}

static void add_id(input_list *l, const struct stat *st)
{
	if (l->nids == l->capids) {
		l->capids = l->capids ? 2 * l->capids : 64;
		l->ids = xrealloc(l->ids, l->capids * sizeof *l->ids);
	}
	l->ids[l->nids++] = (file_id){ st->st_dev, st->st_ino };
}

/* Adds the message "summarize: PATH: ..." in the list, with STATUS. */
static void add_msg(input_list *l, int status, const char *path,
                    const char *fmt, ...)
{
	buf b = { 0 };
	va_list ap;

	buf_printf(&b, "%s: %s: ", progname, path);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	buf_putc(&b, '\n');
	buf_putc(&b, '\0');
	if (b.oom) {
		fprintf(stderr, "%s: %s\n", progname, summ_strerror(SUMM_ENOMEM));
		exit(1);
	}
	entry *e = add_entry(l);
	e->msg = b.p;
	e->status = status;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The word for a special file's type, for the note that skips it. */
static const char *special_kind(mode_t m)
{
	return S_ISFIFO(m) ? "fifo" : S_ISCHR(m) ? "character device"
	     : S_ISBLK(m) ? "block device" : S_ISSOCK(m) ? "socket"
	     : "special file";
}

/* Whether ST is -o DIR, which a walk leaves out. */
static int is_outdir(const input_list *l, const struct stat *st)
{
	return l->outdir_known && st->st_dev == l->outdir_id.dev &&
	       st->st_ino == l->outdir_id.ino;
}

/* Adds the files under the directory DIR, in byte order of names, depth
 * first.  ANC holds the directories from the
 * operand down to DIR, NANC of them, to see symbolic link loops. */
static void walk(input_list *l, const char *dir, file_id **anc, size_t *capanc,
                 size_t nanc)
{
	size_t dlen = strlen(dir), nnames = 0, capnames = 0;
	char **names = NULL;
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d) {
		add_msg(l, 1, dir, "%s", strerror(errno));
		return;
	}
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (nnames == capnames) {
			capnames = capnames ? 2 * capnames : 32;
			names = xrealloc(names, capnames * sizeof *names);
		}
		names[nnames++] = xstrdup(de->d_name);
	}
	if (errno)
		add_msg(l, 1, dir, "%s", strerror(errno));
	closedir(d);
	if (nnames)                    /* (an empty directory has no array) */
		qsort(names, nnames, sizeof *names, by_name);
	for (size_t i = 0; i < nnames; i++) {
		int slash = dlen > 0 && dir[dlen - 1] == '/';
		size_t plen = dlen + !slash + strlen(names[i]) + 1;
		char *path = xrealloc(NULL, plen);
		struct stat st;

		snprintf(path, plen, "%s%s%s", dir, slash ? "" : "/", names[i]);
		free(names[i]);
		if (stat(path, &st) != 0) {
			if (errno == ELOOP)
				add_msg(l, 0, path, "skipped: symbolic link loop");
			else
				add_msg(l, 1, path, "%s", strerror(errno));
			free(path);
		} else if (S_ISDIR(st.st_mode)) {
			size_t k = 0;
			while (k < nanc && ((*anc)[k].dev != st.st_dev ||
			                    (*anc)[k].ino != st.st_ino))
				k++;
			if (k < nanc) {
				add_msg(l, 0, path, "skipped: symbolic link loop");
			} else if (is_outdir(l, &st)) {
				add_msg(l, 0, path, "skipped: the output directory");
			} else {
				if (nanc == *capanc) {
					*capanc = *capanc ? 2 * *capanc : 16;
					*anc = xrealloc(*anc, *capanc * sizeof **anc);
				}
				(*anc)[nanc] = (file_id){ st.st_dev, st.st_ino };
				walk(l, path, anc, capanc, nanc + 1);
			}
			free(path);
		} else if (S_ISREG(st.st_mode)) {
			entry *e = add_entry(l);
			e->path = path;
			e->walked = 1;
			add_id(l, &st);
		} else {
			add_msg(l, 0, path, "skipped: %s", special_kind(st.st_mode));
			free(path);
		}
	}
	free(names);
}

/* Adds the operand ARG: standard input, a file, or with -R a tree. */
static void add_operand(input_list *l, const char *arg, const options *opt)
{
	struct stat st;

	if (strcmp(arg, "-") == 0) {
		add_entry(l);
		return;
	}
	if (stat(arg, &st) == 0) {
		if (opt->recursive && S_ISDIR(st.st_mode) && is_outdir(l, &st)) {
			add_msg(l, 0, arg, "skipped: the output directory");
			return;
		}
		if (opt->recursive && S_ISDIR(st.st_mode)) {
			file_id *anc = xrealloc(NULL, 16 * sizeof *anc);
			size_t capanc = 16;
			anc[0] = (file_id){ st.st_dev, st.st_ino };
			walk(l, arg, &anc, &capanc, 1);
			free(anc);
			return;
		}
		add_id(l, &st);
	}
	/* Anything else is opened as it is, errors and all. */
	add_entry(l)->path = xstrdup(arg);
}

/* Whether PATH has a ".." component. */
int has_dotdot(const char *path)
{
	for (const char *p = path; (p = strstr(p, "..")) != NULL; p += 2)
		if ((p == path || p[-1] == '/') && (p[2] == '\0' || p[2] == '/'))
			return 1;
	return 0;
}

/* The output path for input PATH under DIR: PATH's components, without
 * a leading slash, "." components or repeated slashes, under DIR. */
static char *output_path(const char *dir, const char *path)
{
	size_t dlen = strlen(dir), n;
	char *out = xrealloc(NULL, dlen + strlen(path) + 2);

	memcpy(out, dir, dlen);
	n = dlen;
	while (*path) {
		const char *end = path;
		while (*path == '/')
			path++;
		end = path;
		while (*end && *end != '/')
			end++;
		if (end - path == 1 && path[0] == '.') {
			path = end;
			continue;
		}
		if (end > path) {
			if (n == 0 || out[n - 1] != '/')
				out[n++] = '/';
			memcpy(out + n, path, (size_t)(end - path));
			n += (size_t)(end - path);
		}
		path = end;
	}
	out[n] = '\0';
	return out;
}

static int by_outpath(const void *a, const void *b)
{
	const entry *x = *(entry *const *)a, *y = *(entry *const *)b;
	int c = strcmp(x->outpath, y->outpath);

	return c ? c : x < y ? -1 : x > y;
}

/* Gives each file of L its path under -o DIR; of two inputs that would
 * write the same file, the later one gets an error instead. */
static void plan_outputs(input_list *l, const char *dir)
{
	entry **by = xrealloc(NULL, l->n * sizeof *by);
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].path) {
			l->v[i].outpath = output_path(dir, l->v[i].path);
			by[n++] = &l->v[i];
		}
	qsort(by, n, sizeof *by, by_outpath);
	for (size_t i = 1; i < n; i++)
		if (strcmp(by[i]->outpath, by[i - 1]->outpath) == 0) {
			/* BY[i] comes later in the input: it gives way. */
			entry *e = by[i];
			buf b = { 0 };
			buf_msg(&b, "%s: output file %s is written for %s already",
			        e->path, e->outpath, by[i - 1]->path);
			buf_putc(&b, '\0');
			if (b.oom)
				exit(1);
			e->msg = b.p;
			e->status = 1;
			free(e->outpath);
			e->outpath = NULL;
			free(e->path);
			e->path = NULL;
			by[i] = by[i - 1];    /* the first keeps the name */
		}
	free(by);
}

int file_id_cmp(const void *a, const void *b)
{
	const file_id *x = a, *y = b;

	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* Makes L the list of inputs for the N operands ARGS (none: standard
 * input) per OPT: each file, or with -R the files under each directory;
 * the inputs' identities sorted, for file_id_cmp; and under -o each
 * file's output path.  Returns whether an operand was a directory walked
 * (for the headers' default).  The caller frees L with list_free. */
int list_gather(input_list *l, const options *opt, char *const *args, int n)
{
	int any_dir = 0;

	memset(l, 0, sizeof *l);
	if (opt->outdir) {
		struct stat st;
		if (stat(opt->outdir, &st) == 0) {
			l->outdir_known = 1;
			l->outdir_id = (file_id){ st.st_dev, st.st_ino };
		}
	}
	if (n == 0)
		add_operand(l, "-", opt);
	for (int i = 0; i < n; i++) {
		struct stat st;
		if (opt->recursive && stat(args[i], &st) == 0 && S_ISDIR(st.st_mode))
			any_dir = 1;
		add_operand(l, args[i], opt);
	}
	if (l->nids)
		qsort(l->ids, l->nids, sizeof *l->ids, file_id_cmp);
	if (opt->outdir)
		plan_outputs(l, opt->outdir);
	return any_dir;
}

void list_free(input_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].outpath);
		free(l->v[i].msg);
	}
	free(l->v);
	free(l->ids);
}
