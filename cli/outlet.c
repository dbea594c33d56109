/*
 * cli/outlet.c - a document's output written as it is rendered: past its
 * first STREAM_CHUNK bytes, a buffer with an outlet hands what it holds
 * to the outlet, which writes it to the item's file under -o (through
 * cli/outdir.c) or, for an item in its turn, to the standard output; so
 * that only a chunk of a large output (--split, -f mark) is ever held.
 *
 * Takes whole bytes from a buffer (buf_reserve); hands them on to a file
 * or the standard output, or, once a page of a mapped input was lost,
 * drops them.
 */
#include "cli.h"

#include <stdio.h>
#include <unistd.h>

/* Sends N bytes of P to the standard output, after the separator that
 * emit (cli/batch.c) would have written before them. */
static void to_stdout(outlet *o, const char *p, size_t n)
{
	batch *b = o->b;

	if (b->write_failed)
		return;
	if (!o->it->streamed)
		batch_separate(b);
	o->it->streamed = 1;
	fwrite(p, 1, n, b->out);
	if (ferror(b->out))
		b->write_failed = 1;
}

/* Sends N bytes of P to the item's temporary file under -o, making it
 * first (unless its name is an input's: refused, as a whole output
 * would be). */
static void to_file(outlet *o, const char *p, size_t n)
{
	const entry *e = o->it->e;
	const input_list *l = o->b->list;

	if (o->refused || o->e)
		return;
	if (o->fd < 0 &&
	    (is_input(e->outpath, e->path, l->ids, l->nids, &o->it->err) ||
	     (o->fd = open_temp(e->outpath, &o->tmp, &o->it->err)) < 0)) {
		o->refused = 1;
		return;
	}
	o->e = write_all(o->fd, p, n);
}

/* Takes what B holds (whole bytes: see buf_reserve) and empties B.  Bytes
 * rendered after a page of a mapped input was lost are not the file's:
 * from then on nothing is written, and process (cli/batch.c) reports
 * the file. */
void outlet_take(outlet *o, buf *b)
{
	if (guard_intact()) {
		if (o->file)
			to_file(o, b->p, b->len);
		else
			to_stdout(o, b->p, b->len);
	}
	b->len = 0;
}

/* Under -o: writes what OUT still holds and renames the file into place,
 * so that it is never seen half written.  Reports into the item's ERR;
 * returns its status, 0 or 1. */
int outlet_close(outlet *o, const buf *out)
{
	const entry *e = o->it->e;

	to_file(o, out->p ? out->p : "", out->len);
	if (o->refused)
		return 1;
	return close_temp(o->fd, o->tmp, e->outpath, o->b->opt->file_mode, o->e,
	                  &o->it->err);
}

/* Under -o: removes the temporary file, if any, of a failed item. */
void outlet_drop(outlet *o)
{
	if (o->fd < 0)
		return;
	close(o->fd);
	remove_temp(o->tmp);
	o->fd = -1;
}
