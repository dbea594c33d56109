/*
 * cli/batch.c - the ordered pipeline: the items of a run (files, notes
 * and errors of the walk, or records) are done by worker threads, at
 * most 4 x N taken and not yet written, and written by the main thread
 * in the order they were given, so that output and exit status are the
 * same bytes for every -j.  With -j 1 the main thread does each item
 * itself and writes it in its turn, so that a large output may stream.
 *
 * Takes a producer (next_file here, next_record in cli/streams.c) and
 * the options; hands on each item's messages to the standard error and
 * its summary to the standard output (or, under -o, to its file, written
 * by the worker), and the run's exit status in B->STATUS.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The bytes read for the binary test. */
#define BINARY_PEEK 8192

/* Writes the blank line that parts two summaries under headers. */
void batch_separate(batch *b)
{
	if (b->opt->headers && b->opt->format != FMT_JSON && !b->first)
		putc('\n', b->out);
	b->first = 0;
}

/* Renders LEN bytes of DATA, the file of entry item IT (MAPPED: and
 * guarded), into IT->OUT, or under -o into its file; on failure reports
 * into IT->ERR.  IN_TURN: as for process. */
static void render_entry(batch *b, item *it, const char *data, size_t len,
                         int mapped, int in_turn)
{
	const options *opt = b->opt;
	const entry *e = it->e;
	const char *label = e->path ? e->path : "standard input";
	outlet o = { .b = b, .it = it, .file = opt->outdir != NULL, .fd = -1 };
	int rc;

	if (opt->outdir || in_turn)
		it->out.to = &o;
	if (!opt->outdir && opt->headers && opt->format != FMT_JSON)
		buf_printf(&it->out, "==> %s <==\n", label);
	rc = render_doc(&it->out, e->path ? e->path : "-", data, len, opt);
	it->out.to = NULL;
	if (mapped && guard_end()) {
		outlet_drop(&o);
		buf_free(&it->out);
		buf_msg(&it->err, "%s: file changed size while being read", label);
		it->status = 1;
	} else if (rc != 0 || it->out.oom) {
		outlet_drop(&o);
		buf_free(&it->out);
		buf_msg(&it->err, "%s: %s", label, summ_strerror(SUMM_ENOMEM));
		it->status = 1;
	} else if (opt->outdir) {
		it->status = outlet_close(&o, &it->out);
		buf_free(&it->out);
	} else {
		it->shown = 1;
	}
}

/* Does item IT (a worker's or the main thread's).  IN_TURN: the caller
 * writes IT as soon as this returns, nothing written in between, so its
 * output may go to the standard output while it is rendered.  Workers
 * only read B; an item in its turn writes its output through it. */
static void process(batch *b, item *it, rec_object *ro, int in_turn)
{
	const options *opt = b->opt;
	const entry *e = it->e;
	const char *label;
	char *data = it->data;
	size_t len = it->len;
	int err = it->read_error, mapped = it->mapped;

	if (it->kind == ITEM_DONE)
		return;
	if (it->kind == ITEM_RECORD) {
		record_process(b, it, ro);
		return;
	}
	if (e->msg) {
		buf_puts(&it->err, e->msg);
		it->status = e->status;
		return;
	}
	label = e->path ? e->path : "standard input";
	if (e->path) {
		int fd = open(e->path, O_RDONLY);
		data = NULL;
		if (fd < 0)
			err = errno;
		else {
			err = input_load(fd, &data, &len, &mapped);
			close(fd);
		}
	}
	if (err) {
		/* Out of memory reads the same whether reading or summarizing
		 * ran out. */
		buf_msg(&it->err, "%s: %s", label, err == ENOMEM ?
		        summ_strerror(SUMM_ENOMEM) : strerror(err));
		it->status = 1;
		goto out;
	}
	if (mapped)
		guard_begin(data, len);
	if (e->walked && !opt->binary &&
	    memchr(data, '\0', len < BINARY_PEEK ? len : BINARY_PEEK)) {
		buf_msg(&it->err, "%s: skipped: binary file", label);
		goto out;
	}
	render_entry(b, it, data, len, mapped, in_turn);
out:
	if (mapped)
		guard_end();
	if (e->path)
		input_unload(data, len, mapped);
}

/* Writes item IT's messages and output in their turn. */
static void emit(batch *b, item *it)
{
	if (it->err.len) {
		fflush(stdout);
		fwrite(it->err.p, 1, it->err.len, stderr);
		fflush(stderr);
	}
	if (it->shown && !it->streamed)
		batch_separate(b);
	if (it->out.len)
		fwrite(it->out.p, 1, it->out.len, b->out);
	if (ferror(b->out))
		b->write_failed = 1;
	b->status |= it->status;
	buf_free(&it->out);
	buf_free(&it->err);
	input_unload(it->data, it->len, it->mapped);
	memset(it, 0, sizeof *it);
}

static void *worker(void *arg)
{
	batch *b = arg;
	rec_object ro;

	rec_init(&ro);
	pthread_mutex_lock(&b->mu);
	for (;;) {
		item *it;
		while (b->taken == b->submitted && !b->closing)
			pthread_cond_wait(&b->work, &b->mu);
		if (b->taken == b->submitted)
			break;
		it = &b->ring[b->taken++ % b->cap];
		pthread_mutex_unlock(&b->mu);
		process(b, it, &ro, 0);
		pthread_mutex_lock(&b->mu);
		it->done = 1;
		pthread_cond_signal(&b->done);
	}
	pthread_mutex_unlock(&b->mu);
	rec_free(&ro);
	return NULL;
}

/* Writes the oldest item in the window, after waiting for it when WAIT;
 * returns 0 when it was not done and WAIT was not set. */
static int write_oldest(batch *b, int wait)
{
	item *it = &b->ring[b->written % b->cap];

	pthread_mutex_lock(&b->mu);
	while (wait && !it->done)
		pthread_cond_wait(&b->done, &b->mu);
	if (!it->done) {
		pthread_mutex_unlock(&b->mu);
		return 0;
	}
	pthread_mutex_unlock(&b->mu);
	emit(b, it);
	b->written++;
	return 1;
}

/* Runs the whole batch with NJOBS workers (1: all in this thread), the
 * output in the order the producer gave the items. */
void run_batch(batch *b, size_t njobs)
{
	pthread_t *th = NULL;
	size_t nth = 0;
	item it;

	if (njobs <= 1) {
		rec_object ro;
		rec_init(&ro);
		memset(&it, 0, sizeof it);
		while (!b->write_failed && b->next(b, &it)) {
			process(b, &it, &ro, 1);
			emit(b, &it);
		}
		rec_free(&ro);
		return;
	}
	/* (--records runs a batch for each stream: each starts afresh.) */
	b->submitted = b->taken = b->written = 0;
	b->closing = 0;
	b->cap = 4 * njobs;
	b->ring = xrealloc(NULL, b->cap * sizeof *b->ring);
	memset(b->ring, 0, b->cap * sizeof *b->ring);
	pthread_mutex_init(&b->mu, NULL);
	pthread_cond_init(&b->work, NULL);
	pthread_cond_init(&b->done, NULL);
	th = xrealloc(NULL, njobs * sizeof *th);
	summ_init();
	for (; nth < njobs; nth++)
		if (pthread_create(&th[nth], NULL, worker, b) != 0)
			break;
	if (nth == 0) {
		fprintf(stderr, "%s: cannot start threads: %s\n", progname,
		        strerror(errno));
		exit(1);
	}
	for (;;) {
		item *slot;
		while (b->submitted - b->written == b->cap)
			write_oldest(b, 1);
		while (b->written < b->submitted && write_oldest(b, 0))
			;
		if (b->write_failed)
			break;
		slot = &b->ring[b->submitted % b->cap];
		memset(slot, 0, sizeof *slot);
		if (!b->next(b, slot))
			break;
		pthread_mutex_lock(&b->mu);
		b->submitted++;
		pthread_cond_signal(&b->work);
		pthread_mutex_unlock(&b->mu);
	}
	pthread_mutex_lock(&b->mu);
	b->closing = 1;
	pthread_cond_broadcast(&b->work);
	pthread_mutex_unlock(&b->mu);
	while (b->written < b->submitted)
		write_oldest(b, 1);
	for (size_t i = 0; i < nth; i++)
		pthread_join(th[i], NULL);
	free(th);
	pthread_cond_destroy(&b->done);
	pthread_cond_destroy(&b->work);
	pthread_mutex_destroy(&b->mu);
	free(b->ring);
}

/* The producer for files: the next entry of the list.  Standard input is
 * read here, in the main thread, so that "-" given twice reads in
 * order. */
static int next_file(batch *b, item *it)
{
	entry *e;

	if (b->pos == b->list->n)
		return 0;
	e = &b->list->v[b->pos++];
	it->kind = ITEM_ENTRY;
	it->e = e;
	if (!e->path && !e->msg)
		it->read_error = input_load(STDIN_FILENO, &it->data, &it->len,
		                            &it->mapped);
	return 1;
}

/* Runs the batch of files, B->LIST, with at most -j workers (no more
 * than there are files). */
void run_files(batch *b)
{
	b->next = next_file;
	run_batch(b, b->opt->jobs < b->list->n ? b->opt->jobs : b->list->n);
}
