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

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

/* ------------------------------------------------------------------ */
/* The options (read by main.c)                                        */
/* ------------------------------------------------------------------ */

enum format { FMT_PLAIN, FMT_JSON, FMT_TSV, FMT_MARK, FMT_GREP };
enum records { RECORDS_NONE, RECORDS_LINES, RECORDS_NUL, RECORDS_JSONL };

/* The most worker threads. */
#define MAX_JOBS 256

typedef struct {
	summ_limits limits;
	int text_order;          /* --order=text */
	enum format format;
	int explain;             /* --explain */
	const char *mark_open;   /* --format=mark: what brackets a chosen */
	const char *mark_close;  /* sentence (ANSI codes with colour) */
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

/* Parses LEN bytes of TEXT and chooses its sentences per OPT (with
 * --split: all of them, in order), its NKW best key terms and,
 * if LOCATE, where the sentences shown start.  Returns 0, or -1 when
 * memory ran out; either way the caller calls summary_free. */
int summary_make(summary *sm, const char *text, size_t len,
                 const options *opt, size_t nkw, int locate);
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

/* Each appends the summary SM of TEXT in its format (tsv, grep and json
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
int render_json(buf *b, const char *name, const char *text,
                const summary *sm, const options *opt);
/* Append LEN bytes of S as a JSON string; and sentence R of SM, folded,
 * as a JSON string, SCRATCH holding the folded bytes on the way. */
void buf_json_string(buf *b, const char *s, size_t len);
void buf_json_sentence(buf *b, const summary *sm, const char *text,
                       size_t r, buf *scratch);

/* ------------------------------------------------------------------ */
/* Outlets (main.c)                                                    */
/* ------------------------------------------------------------------ */

/* Takes what B holds and empties B (see buf_reserve). */
void outlet_take(outlet *o, buf *b);

#endif
