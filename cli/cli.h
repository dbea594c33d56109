/*
 * cli/cli.h - the command's internal header: what main.c and the files of
 * cli/ share.  The engine is used only through its public header,
 * summarize.h, as any program would use it; nothing here is the
 * library's.
 *
 * Every file of the command includes this first: it sets the feature
 * macros that the system headers read.
 */
#ifndef CLI_H
#define CLI_H

#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE          /* MAP_ANONYMOUS, MAP_POPULATE */

#include "../summarize.h"
#include "records.h"

#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* ------------------------------------------------------------------ */
/* The options (read by main.c)                                        */
/* ------------------------------------------------------------------ */

enum format { FMT_PLAIN, FMT_JSON, FMT_TSV, FMT_MARK, FMT_GREP, FMT_TEXT };
enum records { RECORDS_NONE, RECORDS_LINES, RECORDS_NUL, RECORDS_JSONL };

/* The most worker threads. */
#define MAX_JOBS 256

typedef struct {
	summ_limits limits;
	summ_options read;       /* --lang, --stopwords, --input */
	int text_order;          /* --order=text */
	enum format format;
	int explain;             /* --explain */
	const char *mark_open;   /* --format=mark: what brackets a chosen */
	const char *mark_close;  /* sentence (ANSI codes with colour) */
	int mark_chosen;         /* by --mark or --color, not by default:
	                            HTML is marked with <mark> by default */
	const char *label;       /* --label: standard input's name */
	size_t keywords;         /* -k N; 0 = not asked */
	int split;               /* --split */
	int headers;             /* ==> FILE <== before each summary */
	int recursive;           /* -R */
	int binary;              /* --binary */
	const char *outdir;      /* -o DIR, or NULL */
	size_t jobs;             /* -j N */
	enum records records;    /* --records */
	mode_t file_mode;        /* of files written under -o: 0666 & ~umask */
} options;

/* The command's name, at the start of every message. */
extern const char progname[];

/* Usage errors (cli/usage.c): "summarize: " and the message, printf-style
 * (or WHAT, then ARG quoted, then HINT), the usage line, and exit 2. */
_Noreturn void usage_fail(const char *fmt, ...);
_Noreturn void usage_error(const char *what, const char *arg,
                           const char *hint);
/* Prints --help's text on the standard output. */
void help(void);
/* Takes --lang=CODE: a language built in, "auto" (the default: detected
 * in each document), "none", or "list", which lists them on the standard
 * output and returns 1 (the run is over). */
int take_lang(const char *arg, options *opt);
/* Takes --stopwords=FILE: its words, a line each, are stopwords too;
 * *LIST (freed first, if any) holds them.  Exits 2 when FILE cannot be
 * read. */
void take_stopwords(const char *path, options *opt, summ_stoplist **list);
/* Parses ARG as an integer in [MIN, MAX] for option NAME, or exits 2. */
size_t parse_count(const char *arg, const char *name, long min,
                   long max);
/* The index of ARG in the NULL-terminated NAMES; or reports "invalid
 * WHAT 'ARG'HINT" and exits 2. */
int parse_choice(const char *arg, const char *const *names,
                 const char *what, const char *hint);

/* ------------------------------------------------------------------ */
/* Memory buffers (cli/buf.c)                                          */
/* ------------------------------------------------------------------ */

/* A document's output is held whole up to this size (1 MiB), and
 * written all or nothing; past it, when its buffer has an outlet, it goes
 * out a chunk at a time as it is rendered, so that an output as big as
 * its input (--split, -f mark) does not double the memory a run takes. */
#define STREAM_CHUNK ((size_t)1 << 20)

/* Where a buffer's bytes go when it fills (see outlet_take). */
typedef struct outlet outlet;

/* A growable byte buffer.  An allocation failure sets OOM and later
 * writes are dropped: the writer checks OOM once at the end.  With an
 * outlet TO, the bytes held are handed to it, and the buffer emptied,
 * whenever holding more would take it past STREAM_CHUNK. */
typedef struct {
	char *p;
	size_t len, cap;
	int oom;
	outlet *to;              /* NULL: held whole */
} buf;

/* Append N bytes of S, the byte C, the string S, or printf's output. */
void buf_put(buf *b, const void *s, size_t n);
void buf_putc(buf *b, int c);
void buf_puts(buf *b, const char *s);
void buf_vprintf(buf *b, const char *fmt, va_list ap);
void buf_printf(buf *b, const char *fmt, ...);
/* Appends the message "summarize: ..." and a newline. */
void buf_msg(buf *b, const char *fmt, ...);
/* Frees what B holds and makes it empty, ready for reuse. */
void buf_free(buf *b);
/* Appends LEN bytes of TEXT folded onto one line (see summ_fold). */
void buf_fold(buf *b, const char *text, size_t len);

/* Allocation that reports "summarize: out of memory" and exits 1 when
 * it fails. */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* ------------------------------------------------------------------ */
/* Reading an input (cli/input.c)                                      */
/* ------------------------------------------------------------------ */

/* Reads or maps all of FD into *DATA, *LEN; *MAPPED tells which.
 * Returns 0, or an errno value. */
int input_load(int fd, char **data, size_t *len, int *mapped);
/* Releases what input_load gave. */
void input_unload(char *data, size_t len, int mapped);

/* A mapped input that shrinks while this thread reads it: catch_sigbus
 * installs the handler, once; guard_begin guards DATA while it is read;
 * guard_end ends the guard and returns whether a page was lost;
 * guard_intact tells whether all read so far is the file's. */
void catch_sigbus(void);
void guard_begin(const char *data, size_t len);
int guard_end(void);
int guard_intact(void);

/* ------------------------------------------------------------------ */
/* The list of inputs (cli/walk.c)                                     */
/* ------------------------------------------------------------------ */

/* One input of a run, in output order: a file to summarize, or a
 * message (a note or an error) that the walk left in its place. */
typedef struct {
	char *path;              /* the name as printed; NULL for stdin */
	char *outpath;           /* -o: DIR/PATH; NULL when no file is due */
	char *msg;               /* a whole message line instead of a file */
	int status;              /* the exit status that MSG implies */
	int walked;              /* found under a directory */
} entry;

/* A file's identity, to refuse writing over an input. */
typedef struct {
	dev_t dev;
	ino_t ino;
} file_id;

/* The inputs of a run, in output order (see list_gather). */
typedef struct {
	entry *v;
	size_t n, cap;
	file_id *ids;            /* the inputs (and -o DIR) by identity */
	size_t nids, capids;
	int outdir_known;        /* -o DIR exists: OUTDIR_ID is it */
	file_id outdir_id;
} input_list;

/* Makes L the list of inputs for the N operands ARGS per OPT, with -R
 * walked and under -o planned; returns whether a directory was walked.
 * list_free frees it. */
int list_gather(input_list *l, const options *opt, char *const *args, int n);
void list_free(input_list *l);

/* Whether PATH has a ".." component (which -o cannot mirror). */
int has_dotdot(const char *path);
/* The order of file identities, by device then inode. */
int file_id_cmp(const void *a, const void *b);

/* ------------------------------------------------------------------ */
/* Writing under -o (cli/outdir.c)                                     */
/* ------------------------------------------------------------------ */

/* Whether FINAL, the output for input NAME, is one of the inputs IDS
 * (sorted by file_id_cmp); if so, reports it into ERR. */
int is_input(const char *final, const char *name, const file_id *ids,
             size_t nids, buf *err);
/* A temporary file beside FINAL: open_temp makes it (and the directories
 * leading to it), names it in *TMP and returns its descriptor, or -1 with
 * a message in ERR; close_temp gives it MODE and renames it to FINAL, or
 * removes it when E is set or that fails (returns 0 or 1, the message in
 * ERR); remove_temp removes it.  Both free TMP. */
int open_temp(const char *final, char **tmp, buf *err);
int close_temp(int fd, char *tmp, const char *final, mode_t mode,
               int e, buf *err);
void remove_temp(char *tmp);
/* Writes N bytes of DATA to FD.  Returns 0, or an errno value. */
int write_all(int fd, const char *data, size_t n);
/* The thread that removes the temporary files when a signal ends the
 * run: started before any other thread, ended when none is left. */
void catch_fatal_signals(void);
void end_fatal_signals(void);

/* ------------------------------------------------------------------ */
/* A document's summary (cli/render.c)                                 */
/* ------------------------------------------------------------------ */

/* A chosen sentence: its index and its place in the ranking. */
typedef struct {
	size_t index, rank;
	double score;            /* what it scored when it was taken */
} ranked;

/* A parsed document and what was chosen from it. */
typedef struct {
	summ_doc *doc;
	ranked *rank;            /* the sentences to print, in output order;
	                            NULL with --split: all, in text order */
	size_t n;
	summ_keyword *kw;        /* the key terms, best first */
	size_t nkw;
	size_t *picks;           /* the chosen sentences, best first */
	summ_position *pos;      /* where RANK's sentences start, when the
	                            format shows it */
} summary;

/* Parses LEN bytes of TEXT (named NAME, or NULL: a hint of its form)
 * and chooses its sentences per OPT (with --split: all of them, in
 * order), its NKW best key terms and,
 * if LOCATE, where the sentences shown start.  Returns 0, or -1 when
 * memory ran out; either way the caller calls summary_free. */
int summary_make(summary *sm, const char *text, size_t len,
                 const char *name, const options *opt, size_t nkw,
                 int locate);
void summary_free(summary *sm);
/* Appends sentence R of SM, folded. */
void buf_sentence(buf *b, const summary *sm, const char *text, size_t r);

/* The terms listed by --explain. */
#define EXPLAIN_TERMS 8
/* The explanation of output sentence R of SM (see summ_explain): its
 * terms in T (room for EXPLAIN_TERMS), their number returned. */
size_t summary_explain(const summary *sm, const options *opt,
                       size_t r, summ_explanation *ex, summ_term *t);

/* Appends the summary of a whole document (TEXT, LEN, named NAME) in the
 * format of OPT.  Returns 0, or -1 when memory ran out. */
int render_doc(buf *b, const char *name, const char *text, size_t len,
               const options *opt);

/* ------------------------------------------------------------------ */
/* The output formats: cli/plain.c, tsv.c, grep.c, mark.c, json.c      */
/* ------------------------------------------------------------------ */

/* Appends --explain's first line: the language, detected or given. */
void buf_explain_language(buf *b, const summary *sm);
/* Each appends the summary SM of TEXT, the text read (see summ_text),
 * in its format (tsv, grep and json
 * need SM's sentences located); render_json returns 0, or -1 when memory
 * ran out. */
void render_plain(buf *b, const summary *sm, const char *text,
                  const options *opt);
void render_keywords(buf *b, const summary *sm, const char *text);
/* Appends --explain's line for output sentence R (plain, tsv, grep). */
void buf_explain_line(buf *b, const summary *sm, const char *text,
                      const options *opt, size_t r);
void render_tsv(buf *b, const summary *sm, const char *text,
                const options *opt);
void render_tsv_keywords(buf *b, const summary *sm, const char *text);
void render_grep(buf *b, const char *name, const summary *sm,
                 const char *text, const options *opt);
void render_mark(buf *b, const char *text, size_t len,
                 const summary *sm, const options *opt);
/* Appends the text as the engine read it (for HTML and Markdown, its
 * prose, without the title), ended by a line break. */
void render_text(buf *b, const summary *sm);
int render_json(buf *b, const char *name, const char *text,
                const summary *sm, const options *opt);
/* Append LEN bytes of S as a JSON string; and sentence R of SM, folded,
 * as a JSON string, SCRATCH holding the folded bytes on the way. */
void buf_json_string(buf *b, const char *s, size_t len);
void buf_json_sentence(buf *b, const summary *sm, const char *text,
                       size_t r, buf *scratch);

/* ------------------------------------------------------------------ */
/* Items and the ordered pipeline (cli/batch.c)                        */
/* ------------------------------------------------------------------ */

/* One unit of work and its rendered result. */
enum item_kind { ITEM_ENTRY, ITEM_RECORD, ITEM_DONE };

typedef struct {
	/* What to do (set by the producer). */
	enum item_kind kind;     /* ITEM_DONE: ERR is all there is */
	const entry *e;          /* ITEM_ENTRY: a file or message */
	char *data;              /* a record, or standard input's bytes */
	size_t len;
	int mapped;              /* DATA is mapped (see input_load) */
	int read_error;          /* standard input: errno from reading it */
	size_t recno;            /* a record's number in its stream, from 1 */
	/* What came of it (set by the worker). */
	buf out, err;
	int status;              /* 0, or 1 for an error */
	int shown;               /* out holds a summary (for the separator) */
	int streamed;            /* part of out is written already (outlet) */
	int done;                /* the worker is finished with it */
} item;

typedef struct batch batch;
struct batch {
	const options *opt;
	/* The producer: fills *IT with the next item; returns 0 at the end. */
	int (*next)(batch *b, item *it);
	/* Files. */
	input_list *list;
	size_t pos;
	/* Records. */
	FILE *in;                /* the stream being read */
	const char *in_name;
	size_t recno;
	int in_error;
	int in_utf16;            /* the stream is UTF-16, as its byte order
	                            mark said: 1 little-endian, 2 big */
	char *in_raw;            /* its bytes read before that was known, */
	size_t in_raw_len, in_raw_pos;  /* ... and how far they are decoded */
	long in_unit;            /* a code unit read ahead, or -1 */
	/* The window of items taken and not yet written. */
	item *ring;
	size_t cap, submitted, taken, written;
	int closing;
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	/* The writer. */
	FILE *out;               /* standard output, or a file under -o */
	int first;               /* no summary written yet */
	int status;
	int write_failed;
};

/* The producer for records (--records): the next record of B->IN into
 * IT, a record or, after a read error, the error; 0 at its end.  A
 * stream whose first record opens with a UTF-16 byte order mark is
 * UTF-16: what was read of it is decoded, and the rest as it comes, into
 * records of UTF-8.  B->recno and B->in_error start at 0, B->in_utf16 at
 * 0, B->in_unit at -1; B->in_raw is freed when the stream is done. */
int next_record(batch *b, item *it);

/* Runs the batch with NJOBS workers (1: all in this thread), the output
 * in the order B->NEXT gave the items. */
void run_batch(batch *b, size_t njobs);
/* Runs the batch of the files of B->LIST. */
void run_files(batch *b);
/* Writes the blank line that parts two summaries under headers. */
void batch_separate(batch *b);

/* ------------------------------------------------------------------ */
/* Outlets (cli/outlet.c)                                              */
/* ------------------------------------------------------------------ */

/* Where a document's output goes past its first STREAM_CHUNK bytes, so
 * that only a chunk of it is ever held: its file under -o, written by
 * whichever thread renders it, the file being its own; or the standard
 * output, only for an item written in its turn as soon as it is done
 * (the main thread's, -j 1), so that the output stays in input order.
 * What was written stays even if the item fails later; an output that
 * never passed a chunk is written whole or not at all, as before. */
struct outlet {
	batch *b;
	item *it;
	int file;                /* to IT's file under -o, else stdout */
	char *tmp;               /* -o: the temporary file, once opened */
	int fd;                  /* its descriptor, or -1 */
	int e;                   /* an errno value from writing it */
	int refused;             /* -o: it could not be made (in IT->ERR) */
};

/* Takes what B holds and empties B (see buf_reserve). */
void outlet_take(outlet *o, buf *b);
/* Under -o: writes what OUT still holds and renames the file into place
 * (returns the item's status, 0 or 1); or, for a failed item, removes
 * its temporary file. */
int outlet_close(outlet *o, const buf *out);
void outlet_drop(outlet *o);

/* ------------------------------------------------------------------ */
/* Record streams (cli/streams.c)                                      */
/* ------------------------------------------------------------------ */

/* Runs each entry of B->LIST as a stream of records (--records), its
 * output to the standard output or, under -o, to its file. */
void run_streams(batch *b);
/* Does the record item IT with RO, its thread's JSON reader: always
 * gives one record out. */
void record_process(batch *b, item *it, rec_object *ro);

#endif
