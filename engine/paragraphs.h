/*
 * paragraphs.h - lines and paragraphs (see paragraphs.c).
 */
#ifndef SUMM_PARAGRAPHS_H
#define SUMM_PARAGRAPHS_H

#include "doc.h"

/* Reads the lines of TEXT[0..LEN) in order.  Where line_end looks for
 * LF with memchr, the next CR is remembered and searched for again only
 * once passed: text without CRs would otherwise be searched to its end
 * at every line. */
typedef struct {
	const char *text;
	size_t len;
	const char *cr;              /* the first CR at or after the last
	                                line read, or NULL */
	int ascii;                   /* the last line read is all ASCII (0
	                                when not known) */
} line_reader;

/* A line, trimmed: blank when START == END. */
typedef struct {
	size_t start, end;
} line;

/* Trims white space from both ends of TEXT[*S..*E). */
void trim(const char *text, size_t *s, size_t *e);

/* A paragraph: TEXT[START..END), trimmed, of NLINES lines, the
 * NUMBER-th of its text (from 0); SIGNATURE if it is an e-mail's
 * signature (see next_paragraph). */
typedef struct {
	size_t start, end, nlines, number;
	int signature;
} paragraph;

/* Reads the paragraphs of a text in order (see next_paragraph). */
typedef struct {
	line_reader r;
	const lang *lang;            /* for the words that cannot end a line */
	size_t width;                /* the text is wrapped to it, or 0 */
	size_t pos;                  /* where the next line starts */
	size_t first, nlines;        /* the paragraph being read */
	line prev;                   /* its last line */
	size_t number;               /* of the next paragraph */
	int vertical;                /* the text has a word set vertically */
	int quoted;                  /* ... or an e-mail's quoted reply (both
	                                read again by reread_plain or
	                                reread_email) */
	size_t block;                /* where the block of lines being read
	                                (between blank lines) starts */
	int signature;               /* the block's lines from a "-- " or a
	                                letter's closing on (closes_block) */
	size_t labels;               /* lines of labels right above (see
	                                header_field) */
	size_t block_lines;          /* lines of the block read so far */
	int after_stop;              /* the last line follows one of its
	                                block that ends a sentence */
	line signoff;                /* a sign-off alone in the block before,
	                                after the text's first paragraph
	                                ("Kind regards,"), or empty */
	int field;                   /* the paragraph is a header's field */
	int closed;                  /* the block holds a signature's "-- "
	                                or a closing over a name */
	int trailer;                 /* the blocks after it, up to a reply's
	                                marker: a disclaimer's (see
	                                trailer_follows) */
	int block_stops;             /* whether a line of it ends a sentence,
	                                -1 until asked (block_has_stop) */
	int stopped;                 /* whether a line of it before SCANNED
	                                ends one (see stop_before) */
	size_t scanned;
	size_t bars_at;              /* the last line asked about by */
	int bars;                    /* field_bars_at, and its answer */
} paragraph_reader;

/* Sets PR to read the paragraphs of TEXT[START..LEN) (START is past a
 * byte-order mark), in the language LG. */
void paragraphs_begin(paragraph_reader *pr, const char *text, size_t len,
                      size_t start, const lang *lg);

/* Readers (see reading.h) of a plain text to read again when
 * paragraphs_begin found a word set vertically (PR->vertical) or an
 * e-mail's quoted reply (PR->quoted) in it.  reread_plain leaves out the
 * line breaks inside each word set vertically ("W" "A" "RN" "I" "NG" is
 * "WARNING": three or more lines of one or two capitals, one of them a
 * single capital); reread_email also the quote markers of a quoted reply
 * ("> > "), with a blank line where the depth of quoting changes.  Each
 * reads R->source into R (begun on it), its lines kept, and ends it;
 * returns 0, or -1 when out of memory. */
int reread_plain(reading *r);
int reread_email(reading *r);

/* Reads the next paragraph into *P; returns 0 when there is none.  The
 * lines of an e-mail's signature, from a line of "-- " (RFC 3676's
 * delimiter, its blank often dropped: "--") to the end of its block of
 * lines, are each a paragraph marked so, and so are a letter's closing
 * lines, from a sign-off that opens its block on. */
int next_paragraph(paragraph_reader *pr, paragraph *p);

/* Whether the sentence TEXT[START..END), the only one of its paragraph
 * (of NLINES lines), is a heading: one line of at most 20 words with no
 * final punctuation. */
int is_heading(const char *text, size_t start, size_t end, size_t nlines);

/* Whether the sentence TEXT[START..END), the only one of its paragraph
 * (of NLINES lines), frames what the text says: at most 20 words, as a
 * heading, on one line that ends in a comma, a letter's greeting or
 * close ("Dear Ms. Lee," "Best regards,"), or on any lines ending in a
 * colon, handing over to what follows (an e-mail's "On Monday, Lee
 * wrote:", wrapped or not, a list's "Bring:"); no paragraph of prose
 * ends so. */
int is_frame_line(const char *text, size_t start, size_t end,
                  size_t nlines);

/* Makes sentence K of D, the only one of its paragraph of NLINES lines,
 * a heading if it is one (see is_heading), the title if it opens the
 * text; or a frame (see is_frame_line). */
void mark_heading(summ_doc *d, size_t k, size_t nlines);

/* Makes the sentences of D from FIRST on frames: an e-mail's signature
 * closes it as its sign-off does. */
void mark_frames(summ_doc *d, size_t first);

/* A text of headings alone ("Jobs report shows strong growth") has
 * nothing else to summarize: its headings are its sentences, and so is
 * its title unless KEEP_TITLE (a title the markup named). */
void promote_headings(summ_doc *d, int keep_title);

/* Where the text begins: after a byte-order mark, if any. */
size_t text_start(const char *text, size_t len);

#endif /* SUMM_PARAGRAPHS_H */
