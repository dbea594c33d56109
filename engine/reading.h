/*
 * reading.h - the text an input format reads out of a marked-up source
 * (HTML, Markdown), and the way back from it to the source's bytes.
 *
 * A reader (engine/html.c, engine/markdown.c) walks the source and
 * hands on its prose as blocks -- a paragraph, a heading, a list item --
 * through the calls below.  What it hands on becomes the text the
 * engine reads: UTF-8, white space collapsed to single spaces, blocks
 * parted by a blank line.  Each stretch of that text remembers where it
 * came from as a piece: copied verbatim from the source, or standing
 * for some source bytes (a character reference, a run of white space,
 * a character of a legacy charset) or for none (the blank line between
 * two blocks).  Sentences found in the text thus map back to the
 * source's bytes, for json offsets, grep lines and -f mark.
 */
#ifndef SUMM_READING_H
#define SUMM_READING_H

#include <stddef.h>

/* White space as HTML and Markdown read it: space, tab, LF, CR, FF
 * (not NUL or VT, which are text there). */
static inline int is_markup_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* C in lower case if it is an ASCII capital: tag names, attribute
 * names and charset labels ignore ASCII case alone. */
static inline unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* What a block of the text is.  A heading is never chosen and its words
 * weigh more; the title is the heading of the whole document; code (a
 * program's text in a page) is text but not prose: never chosen, its
 * words no terms; the rest are body, each block a paragraph of its
 * own. */
enum block_kind {
	BLOCK_PARAGRAPH = 0,
	BLOCK_HEADING,
	BLOCK_TITLE,
	BLOCK_ITEM,                  /* a list item */
	BLOCK_QUOTE,
	BLOCK_CAPTION,
	BLOCK_CODE
};

/* A block: TEXT[START..END) of the reading, trimmed. */
typedef struct {
	size_t start, end;
	enum block_kind kind;
} block;

/* Text from TEXT up to the next piece's TEXT came from SOURCE[SOURCE..
 * SOURCE_END): byte for byte when VERBATIM (the same bytes, but that a
 * byte of white space may read as a space); else character for
 * character when UNIT is not 0, each UTF-8 character of the text
 * standing for the next UNIT source bytes (a run of converted
 * characters of a legacy charset, which would otherwise take a piece
 * each; ASCII there may be both); else as a whole. */
typedef struct {
	size_t text;
	size_t source, source_end;
	unsigned char verbatim, unit;
} piece;

/* The piece of list P (N pieces, in text order) that holds text offset
 * AT: a binary search, which reading.c and decode.c's map share. */
size_t find_piece(const piece *p, size_t n, size_t at);

/* The most text a piece of UNIT characters holds: finding an offset in
 * one counts its characters, so the count stays short. */
#define PIECE_UNIT_MAX 256

/* Where in the source text offset AT falls, inside piece P of TEXT (at
 * or after its start, at or before its end): the first source byte of
 * what TEXT from AT stands for (END 0), or the byte after the last of
 * what the text before AT stands for (END 1).  A character cut by AT
 * counts whole. */
size_t piece_source(const piece *p, const char *text, size_t at, int end);

typedef struct {
	const char *source;
	size_t source_len;
	char *text;                  /* the text read, NUL-terminated */
	size_t len, cap;
	piece *pieces;
	size_t npieces, pieces_cap;
	block *blocks;
	size_t nblocks, blocks_cap;
	/* The block being read: its kind, where its text starts, and where
	 * in the source it opened (for the blank line before it). */
	int open;
	enum block_kind kind;
	size_t start, opened_at;
	int lines;                   /* plain text, its lines kept: read by
	                                lines and paragraphs, not blocks */
	int space;                   /* white space read, not yet written:
	                                written only before more text */
	size_t space_from, space_to; /* ... and the source bytes it was */
	int oom;
} reading;

/* Sets R to read SOURCE (LEN bytes). */
void reading_begin(reading *r, const char *source, size_t len);

/* Frees what R holds. */
void reading_free(reading *r);

/* Opens a block of KIND at source offset AT, closing the block open, if
 * any.  A block that gets no text leaves no trace. */
void block_open(reading *r, enum block_kind kind, size_t at);

/* Closes the open block, if any: text read after it, before the next
 * block_open, opens a paragraph. */
void block_close(reading *r);

/* Reads the source bytes FROM..TO as text of the open block: copied
 * verbatim, except that each run of white space (space, tab, LF, CR,
 * FF) becomes one space, none at the start or end of a block. */
void read_text(reading *r, size_t from, size_t to);

/* Reads the source bytes FROM..TO as they are, white space and all,
 * outside any block: plain text with some of its bytes left out. */
void read_verbatim(reading *r, size_t from, size_t to);

/* Reads TEXT (LEN bytes) as standing, as a whole, for the source bytes
 * FROM..TO, outside any block: plain text rewritten there. */
void read_whole(reading *r, const char *text, size_t len, size_t from,
                size_t to);

/* Reads TEXT (LEN bytes of UTF-8) as standing for the source bytes
 * FROM..TO: a character reference, a converted character.  White
 * space in TEXT collapses as in read_text. */
void read_decoded(reading *r, const char *text, size_t len,
                  size_t from, size_t to);

/* Reads white space: the source bytes FROM..TO (a <br>, a tag between
 * two words) part the words around them. */
void read_space(reading *r, size_t from, size_t to);

/* Closes the last block and finishes the text.  Returns 0, or -1 when
 * memory ran out at any point of the reading. */
int reading_end(reading *r);

/* Where in the source the text offset AT falls: the first source byte
 * of what the text from AT stands for (END 0), or the byte after the
 * last of what the text before AT stands for (END 1). */
size_t source_offset(const reading *r, size_t at, int end);

/* The next run of source bytes that the text *AT..TO came from, each
 * run contiguous in the source: sets *START and *END and moves *AT past
 * it; returns 0 when the text up to TO is done.  Text that stands for
 * no source bytes (the blank line between blocks) yields no run. */
int next_source_run(const reading *r, size_t *at, size_t to,
                    size_t *start, size_t *end);

/* The character reference that starts S[0..N) (S[0] is '&'), read as
 * HTML reads one in text (named, decimal or hexadecimal; a few legacy
 * names without the ';'): its UTF-8 (at most 8 bytes) into OUT, its
 * length into *OUT_LEN.  Returns how many bytes of S it takes, or 0
 * when S starts no reference.  IN_ATTRIBUTE: as in an attribute value,
 * where "&copy=" is no reference. */
size_t char_reference(const char *s, size_t n, int in_attribute,
                      char *out, size_t *out_len);

/* Which form the bytes TEXT[0..LEN) are in, from the bytes themselves
 * and NAME (a file name, or NULL), as summ_options' input. */
int sniff_input(const char *text, size_t len, const char *name);

/* The readers: each reads SOURCE[0..LEN) into R (begun on it) and
 * ends it.  Returns 0, or -1 when memory ran out.  read_plain reads it
 * as plain text, whole, its lines kept (for a text decoded from another
 * encoding, see read_as). */
int read_html(reading *r);
int read_markdown(reading *r);
int read_plain(reading *r);

#endif /* SUMM_READING_H */
