/*
 * cli/streams.c - record streams (--records): every record of an input
 * stream is a document, and gives one record out, in order: a line, a
 * NUL-terminated record, or the JSON object it came in (read by
 * cli/records.c) with "summary" (and with -k "keywords") added.
 *
 * Takes each operand as a stream; hands its records to the ordered
 * pipeline (cli/batch.c) one at a time as they are read, and their
 * output to the standard output or, under -o, to the stream's file.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Appends the error object for the invalid JSON record number RECNO,
 * whose fault RO tells.  Returns 0, or -1 when memory ran out. */
static int put_invalid(buf *b, const rec_object *ro, size_t recno)
{
	char why[128];

	if (ro->errwhole)
		snprintf(why, sizeof why, "%s", ro->error);
	else
		snprintf(why, sizeof why, "%s at byte %zu", ro->error,
		         ro->errpos + 1);
	buf_puts(b, "{\"error\":");
	buf_json_string(b, why, strlen(why));
	buf_printf(b, ",\"record\":%zu}\n", recno);
	return b->oom ? -1 : 0;
}

/* Appends the JSON record REC, read into RO, with its members as they
 * came but "summary" (and with NKW key terms, "keywords"), which become
 * those of SM, the summary of its TEXT. */
static void put_jsonl(buf *b, const char *rec, const rec_object *ro,
                      const summary *sm, const char *text, size_t nkw,
                      buf *scratch)
{
	int first = 1;

	buf_putc(b, '{');
	for (size_t i = 0; i < ro->nmember; i++) {
		const rec_member *m = &ro->member[i];
		if (m->key == REC_KEY_SUMMARY ||
		    (m->key == REC_KEY_KEYWORDS && nkw))
			continue;   /* replaced by ours below */
		if (!first)
			buf_putc(b, ',');
		buf_put(b, rec + m->start, m->end - m->start);
		first = 0;
	}
	buf_puts(b, first ? "\"summary\":[" : ",\"summary\":[");
	for (size_t r = 0; r < sm->n; r++) {
		if (r)
			buf_putc(b, ',');
		buf_json_sentence(b, sm, text, r, scratch);
	}
	if (nkw) {
		buf_puts(b, "],\"keywords\":[");
		for (size_t i = 0; i < sm->nkw; i++) {
			if (i)
				buf_putc(b, ',');
			buf_json_string(b, text + sm->kw[i].offset,
			                sm->kw[i].length);
		}
	}
	buf_puts(b, "]}\n");
}

/* Appends the line (--records=lines) or NUL-terminated record of SM, the
 * summary of TEXT: its sentences, or with NKW its key terms. */
static void put_text(buf *b, const summary *sm, const char *text,
                     size_t nkw, const options *opt)
{
	int sep = opt->records == RECORDS_LINES ? ' ' : '\n';

	if (nkw) {
		for (size_t i = 0; i < sm->nkw; i++) {
			if (i)
				buf_putc(b, sep);
			buf_put(b, text + sm->kw[i].offset, sm->kw[i].length);
		}
	} else {
		for (size_t r = 0; r < sm->n; r++) {
			if (r)
				buf_putc(b, sep);
			buf_sentence(b, sm, text, r);
		}
	}
	buf_putc(b, opt->records == RECORDS_LINES ? '\n' : '\0');
}

/* Appends the output record for the LEN bytes of REC (without its
 * terminator), record number RECNO, per OPT->records.  RO is the caller's
 * reusable JSON reader.  Returns 0, or -1 when memory ran out (the
 * caller then writes an empty record or an error object). */
static int render_record(buf *b, const char *rec, size_t len, size_t recno,
                         const options *opt, rec_object *ro)
{
	const char *text = rec;
	size_t nkw = opt->split ? 0 : opt->keywords;
	summary sm;
	buf scratch = { 0 };
	int rc;

	if (opt->records == RECORDS_JSONL) {
		rc = rec_parse(ro, rec, len);
		if (rc == REC_ENOMEM)
			return -1;
		if (rc != REC_OK)
			return put_invalid(b, ro, recno);
		text = ro->text;
		len = ro->textlen;
	}
	rc = summary_make(&sm, text, len, NULL, opt, nkw, 0);
	if (rc == 0)
		text = summ_text(sm.doc, &len);
	if (rc == 0 && opt->records == RECORDS_JSONL)
		put_jsonl(b, rec, ro, &sm, text, nkw, &scratch);
	else if (rc == 0)
		put_text(b, &sm, text, nkw, opt);
	if (scratch.oom || b->oom)
		rc = -1;
	buf_free(&scratch);
	summary_free(&sm);
	return rc;
}

/* Does the record item IT (a worker's or the main thread's) with RO,
 * its thread's JSON reader: a record always gives one record out, an
 * error object or an empty record when memory ran out. */
void record_process(batch *b, item *it, rec_object *ro)
{
	const options *opt = b->opt;

	if (render_record(&it->out, it->data, it->len, it->recno, opt, ro) != 0) {
		it->out.len = 0;
		it->out.oom = 0;
		buf_msg(&it->err, "%s: record %zu: %s", b->in_name, it->recno,
		        summ_strerror(SUMM_ENOMEM));
		it->status = 1;
		if (opt->records == RECORDS_JSONL)
			buf_printf(&it->out, "{\"error\":\"out of memory\","
			           "\"record\":%zu}\n", it->recno);
		else
			buf_putc(&it->out, opt->records == RECORDS_LINES
			                   ? '\n' : '\0');
	}
}

/* Ends the records of B->IN, where reading found no more: 0 at its
 * end, else 1 with IT the error, reported in order, after the records
 * before it. */
static int stream_end(batch *b, item *it)
{
	if (!ferror(b->in) && errno != ENOMEM)
		return 0;
	it->kind = ITEM_DONE;
	buf_msg(&it->err, "%s: %s", b->in_name, strerror(errno ? errno : EIO));
	it->status = 1;
	b->in_error = 1;
	return 1;
}

/* Hands IT the record DATA (LEN bytes, malloc'd). */
static int stream_record(batch *b, item *it, char *data, size_t len)
{
	it->kind = ITEM_RECORD;
	it->data = data;
	it->len = len;
	it->recno = ++b->recno;
	return 1;
}

/* The next byte of B->IN, of those read before it was known to be
 * UTF-16 first; EOF at its end. */
static int stream_byte(batch *b)
{
	if (b->in_raw) {
		if (b->in_raw_pos < b->in_raw_len)
			return (unsigned char)b->in_raw[b->in_raw_pos++];
		free(b->in_raw);
		b->in_raw = NULL;
	}
	return getc_unlocked(b->in);    /* (read by this thread alone) */
}

/* The next code unit of B->IN, in UTF-16, into *U: 1, or 0 at its end.
 * An odd byte at the end is U+FFFD. */
static int stream_unit(batch *b, unsigned *u)
{
	int x, y;

	if (b->in_unit >= 0) {
		*u = (unsigned)b->in_unit;
		b->in_unit = -1;
		return 1;
	}
	if ((x = stream_byte(b)) == EOF)
		return 0;
	if ((y = stream_byte(b)) == EOF)
		*u = 0xFFFD;
	else if (b->in_utf16 == 2)
		*u = (unsigned)x << 8 | (unsigned)y;
	else
		*u = (unsigned)y << 8 | (unsigned)x;
	return 1;
}

/* The next record of B->IN, in UTF-16, decoded to UTF-8: up to the code
 * unit DELIM (LF or NUL).  A surrogate without its partner is U+FFFD,
 * as the engine has it in a document in UTF-16. */
static int next_utf16_record(batch *b, item *it, unsigned delim)
{
	buf rec = { 0 };
	unsigned u, v;
	char c[4];
	int any = 0;

	errno = 0;
	while (stream_unit(b, &u)) {
		any = 1;
		if (u == delim)
			break;
		if (u >= 0xD800 && u < 0xE000) {
			if (u < 0xDC00 && stream_unit(b, &v)) {
				if (v >= 0xDC00 && v < 0xE000)
					u = 0x10000 + ((u - 0xD800) << 10) +
					    (v - 0xDC00);
				else
					b->in_unit = (long)v;
			}
			if (u < 0x10000)
				u = 0xFFFD;
		}
		buf_put(&rec, c, rec_utf8_put(u, c));
	}
	buf_putc(&rec, '\0');     /* (so that an empty record has a buffer) */
	if (rec.oom) {
		free(rec.p);
		errno = ENOMEM;
		return stream_end(b, it);
	}
	if (!any) {
		free(rec.p);
		return stream_end(b, it);
	}
	return stream_record(b, it, rec.p, rec.len - 1);
}

int next_record(batch *b, item *it)
{
	int delim = b->opt->records == RECORDS_NUL ? '\0' : '\n';
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (b->in_error)
		return 0;
	if (b->in_utf16)
		return next_utf16_record(b, it, (unsigned)delim);
	errno = 0;
	n = getdelim(&line, &cap, delim, b->in);
	if (n < 0) {
		free(line);
		return stream_end(b, it);
	}
	if (b->recno == 0 && n >= 2 &&
	    (((unsigned char)line[0] == 0xFF && (unsigned char)line[1] == 0xFE) ||
	     ((unsigned char)line[0] == 0xFE && (unsigned char)line[1] == 0xFF))) {
		b->in_utf16 = 1 + ((unsigned char)line[0] == 0xFE);
		b->in_raw = line;
		b->in_raw_len = (size_t)n;
		b->in_raw_pos = 2;
		return next_utf16_record(b, it, (unsigned)delim);
	}
	if (n > 0 && line[n - 1] == delim)
		n--;
	return stream_record(b, it, line, (size_t)n);
}

/* Runs each entry of B->LIST as a stream of records (--records), its
 * output to the standard output or, under -o, to its file. */
void run_streams(batch *b)
{
	const options *opt = b->opt;

	b->next = next_record;
	for (size_t i = 0; i < b->list->n && !b->write_failed; i++) {
		const entry *e = &b->list->v[i];
		buf err = { 0 };
		char *tmp = NULL;
		int fd = -1;

		if (e->msg) {
			fputs(e->msg, stderr);
			b->status |= e->status;
			continue;
		}
		b->in = e->path ? fopen(e->path, "r") : stdin;
		b->in_name = e->path ? e->path : "standard input";
		b->recno = 0;
		b->in_error = 0;
		b->in_utf16 = 0;
		b->in_unit = -1;
		b->out = stdout;
		if (!b->in) {
			buf_msg(&err, "%s: %s", e->path, strerror(errno));
		} else if (e->outpath) {
			if (is_input(e->outpath, e->path, b->list->ids, b->list->nids,
			             &err) ||
			    (fd = open_temp(e->outpath, &tmp, &err)) < 0) {
				b->out = NULL;
			} else if (!(b->out = fdopen(fd, "w"))) {
				close_temp(fd, tmp, e->outpath, 0, errno, &err);
				tmp = NULL;
			}
		}
		if (b->in && b->out) {
			run_batch(b, opt->jobs);
			if (tmp) {
				/* The output file: renamed into place when whole. */
				int werr = fflush(b->out) != 0 || ferror(b->out)
				           ? (errno ? errno : EIO) : 0;
				if (!werr && fchmod(fileno(b->out), opt->file_mode) != 0)
					werr = errno;
				if (fclose(b->out) != 0 && !werr)
					werr = errno;
				if (b->in_error) {
					remove_temp(tmp);
				} else {
					b->status |= close_temp(-1, tmp, e->outpath, 0, werr,
					                        &err);
				}
				b->write_failed = 0;
			}
		}
		free(b->in_raw);
		b->in_raw = NULL;
		if (b->in && b->in != stdin)
			fclose(b->in);
		if (err.len) {
			fflush(stdout);
			fwrite(err.p, 1, err.len, stderr);
			b->status = 1;
		}
		buf_free(&err);
	}
	b->out = stdout;
}
