/*
 * summarize.h - the public interface of the summarize engine.
 *
 * The engine turns article text into ranked sentences.  It never prints,
 * never exits and never copies the text: every object refers into the
 * caller's buffer by byte offset, so output is the author's own bytes.
 *
 *     summ_doc *doc;
 *     summ_limits limits = { .sentences = 3 };
 *     size_t idx[3], n;
 *
 *     if (summ_parse(text, len, &doc) == SUMM_OK) {
 *         if (summ_select(doc, &limits, idx, 3, &n) == SUMM_OK && n > 0)
 *             ... summ_sentence_at(doc, idx[0]) is the best sentence ...
 *         summ_free(doc);
 *     }
 *
 * Every public name starts with summ_ or SUMM_.  Functions are thread-safe
 * on distinct documents; a document may be read from several threads.
 */
#ifndef SUMMARIZE_H
#define SUMMARIZE_H

#include <stddef.h>

/* The version, of the command and of this interface.  2.3.0: summ_init
 * makes the shared tables before threads start; a UTF-16 source is
 * decoded (summ_source_utf16).  2.2.0: Markdown
 * and HTML are read (summ_options' input; summ_text, summ_source_span,
 * summ_source_run map the text read back to the caller's bytes).  2.1.0: a text is
 * read as options say (summ_parse_with: its language, its form).  2.0.0:
 * sentences are read one at a time by summ_sentence_at (summ_sentences
 * and the per-sentence score are gone); paragraphs are numbered among
 * those that have sentences. */
#define SUMM_VERSION "2.3.0"

/* Status codes returned by engine functions. */
enum summ_status {
	SUMM_OK = 0,
	SUMM_ENOMEM,      /* an allocation failed */
	SUMM_EINVAL       /* an argument is out of range */
};

/* A static English message for a summ_status code. */
const char *summ_strerror(int status);

/* Makes now the tables that the engine otherwise makes at their first
 * use and then shares between threads (its word lists' filters).
 * Optional: a program that starts threads may call it first, so that
 * a race detector sees the tables made before any thread reads them
 * (the engine's own order, by atomics, escapes helgrind and DRD). */
void summ_init(void);

/* What a sentence is.  Titles and headings are never chosen for a
 * summary, though their words raise the score of sentences that share
 * them; nor is a frame, whose words count for nothing. */
enum summ_kind {
	SUMM_BODY = 0,    /* an ordinary sentence */
	SUMM_HEADING,     /* a short line without final punctuation */
	SUMM_TITLE,       /* the heading that opens the document */
	SUMM_FRAME        /* a short line that frames what it says: ends
	                     in a comma, a letter's greeting or close
	                     ("Dear Ms. Lee," "Best,"), or in a colon,
	                     handing over to what follows ("On Monday,
	                     Lee wrote:" "Bring:"); a mail's signature;
	                     code in a page (never chosen, its words
	                     count for nothing, as a frame's) */
};

/* One sentence, as the splitter decided it.  OFFSET and LENGTH delimit
 * the sentence's bytes in the text read (see summ_text: most often the
 * caller's buffer itself for plain text), line breaks and runs of blanks inside
 * it included (see summ_fold).  Its line and column are
 * found on demand, by summ_locate, and its score by summ_explain.  A
 * sentence is at most 512 MiB long: a longer run of text without a
 * sentence end is cut into sentences that are not. */
typedef struct {
	size_t offset, length;
	size_t paragraph;        /* 0-based index of its paragraph among
	                            those that have sentences */
	size_t words;            /* words in it, as wc(1) counts them */
	enum summ_kind kind;
} summ_sentence;

/* A parsed, scored document.  Opaque. */
typedef struct summ_doc summ_doc;

/* Parses and scores LEN bytes of TEXT: normalisation, segmentation,
 * tokenisation and scoring in one call.  TEXT is borrowed, not copied: it
 * must stay unchanged until summ_free.  Any bytes are accepted (a leading
 * BOM is skipped; CR, NUL and control bytes count as white space; invalid
 * UTF-8 is kept as it is).  On SUMM_OK *DOC is set and the caller frees it
 * with summ_free; on error *DOC is NULL. */
int summ_parse(const char *text, size_t len, summ_doc **doc);

/* The forms a text may come in.  Markdown and HTML are read for their
 * prose: markup, code, navigation and the like are left out, headings
 * are headings, and the text read (summ_text) is the prose alone, its
 * blocks parted by blank lines. */
enum summ_input {
	SUMM_INPUT_TEXT = 0,  /* lines, paragraphs and sentences */
	SUMM_INPUT_MARKDOWN,  /* CommonMark, with GitHub's tables */
	SUMM_INPUT_HTML,      /* a web page: its article, in any charset it
	                         declares that iconv(3) knows */
	SUMM_INPUT_AUTO       /* one of the three, told from the bytes and
	                         the name (see summ_options) */
};

/* How summ_parse_with reads a text: a zeroed struct, or NULL, asks for
 * what summ_parse does. */
typedef struct {
	const char *language;    /* the ISO 639-1 code of a language built in
	                            (see summ_language_code); "none" for no
	                            language (stopwords found in the text);
	                            NULL or "auto": detected from the text */
	enum summ_input input;   /* the form of the text */
	const struct summ_stoplist *stopwords;  /* more stopwords, or NULL */
	const char *name;        /* a file name whose extension (.html,
	                            .md, .txt) tells SUMM_INPUT_AUTO the
	                            form, or NULL: the bytes tell it */
} summ_options;

/* As summ_parse, reading the text as OPTIONS say.  Returns SUMM_EINVAL,
 * with *DOC NULL, for a language or an input form that is not known. */
int summ_parse_with(const char *text, size_t len, const summ_options *options,
                    summ_doc **doc);

/* The form DOC was read in (never SUMM_INPUT_AUTO). */
enum summ_input summ_input_form(const summ_doc *doc);

/* Whether DOC's source is UTF-16, which its byte order mark said and
 * from which it was decoded: 0 (it is not), 1 (little-endian) or 2
 * (big-endian).  Output written into the source's bytes (-f mark's
 * markers) must be encoded so. */
int summ_source_utf16(const summ_doc *doc);

/* The text DOC was read into, *LEN bytes long: the caller's buffer for
 * plain text, else the prose the reader found, owned by DOC; so too
 * plain text with a word set vertically, a letter or two a line (as a
 * PDF's text gives it), read with those line breaks left out, or with
 * an e-mail's quoted reply, read with its quote markers ("> ") left
 * out; and a text of any form that a UTF-16 byte order mark opens,
 * decoded to UTF-8 (up to half as long again as the input).  Sentence
 * and term offsets are into it. */
const char *summ_text(const summ_doc *doc, size_t *len);

/* Where the text read's bytes [OFFSET, OFFSET + LENGTH) came from in
 * the caller's buffer: *START up to *END (the same bytes for plain
 * text, but for line breaks and quote markers left out; the markup
 * around them for HTML or Markdown; their UTF-16 for a text in it). */
void summ_source_span(const summ_doc *doc, size_t offset, size_t length,
                      size_t *start, size_t *end);

/* The text read from *AT up to END as runs of the caller's bytes, each
 * contiguous there: sets *START and *RUN_END to the next run, moves *AT
 * past it and returns 1, or returns 0 when none is left.  Markup between
 * two runs (an HTML tag, a Markdown link's address) belongs to neither:
 * marking each run marks the text and nothing else. */
int summ_source_run(const summ_doc *doc, size_t *at, size_t end,
                    size_t *start, size_t *run_end);

/* The ISO 639-1 code of the language DOC was read in ("en"), or "none";
 * *DETECTED (unless DETECTED is NULL) says whether it was detected. */
const char *summ_language(const summ_doc *doc, int *detected);

/* The languages built in: language I (I from 0) has the ISO 639-1 code
 * *CODE and the English name *NAME; returns 0 past the last. */
int summ_language_at(size_t i, const char **code, const char **name);

/* The code of the language built in that CODE names: its own, or one of
 * its written standards ("nb" and "nn" name Norwegian, "no"); NULL if
 * none does. */
const char *summ_language_code(const char *code);

/* Stopwords of the caller's, added to a language's (or alone, with the
 * language "none"): made once, shared by any number of parses.  TEXT
 * holds LEN bytes, a word a line (UTF-8; case and blanks do not
 * matter).  Returns NULL when out of memory; summ_stoplist_free frees
 * it (NULL is allowed) once no document parsed with it is in use. */
typedef struct summ_stoplist summ_stoplist;
summ_stoplist *summ_stoplist_new(const char *text, size_t len);
void summ_stoplist_free(summ_stoplist *list);

/* Releases DOC and everything it owns.  NULL is allowed. */
void summ_free(summ_doc *doc);

/* The sentences of DOC are numbered from 0 in text order (titles and
 * headings included): there are summ_sentence_count of them, and
 * summ_sentence_at gives sentence K (K < that count).  A document keeps
 * them in a compact form of its own, sixteen bytes each, so each is
 * given by value. */
size_t summ_sentence_count(const summ_doc *doc);
summ_sentence summ_sentence_at(const summ_doc *doc, size_t k);

/* Words in DOC, as wc(1) counts them. */
size_t summ_word_count(const summ_doc *doc);

/* Where a sentence starts.  LINE and COL are 1-based; COL counts bytes
 * from the start of the line, as vim and grep do (a leading byte-order
 * mark is not counted: editors do not show it).  Lines end at LF, CRLF
 * or a lone CR.  In a text in UTF-16 (a byte order mark says so), they
 * are those of the text decoded to UTF-8, as an editor shows it. */
typedef struct {
	size_t line, col;
} summ_position;

/* Fills POS[I] with the position of sentence IDX[I] of DOC, for each
 * I < N; IDX may be in any order (a ranked summary).  The text is read
 * once, up to the last of them: only the sentences shown need be
 * located.  Returns SUMM_OK, or SUMM_ENOMEM when memory ran out. */
int summ_locate(const summ_doc *doc, const size_t *idx, size_t n,
                summ_position *pos);

/* Length limits for summ_select.  Zero means "no limit"; every limit that
 * is set holds.  Sentences are taken best first; one that would break the
 * word or character limit is skipped and shorter ones after it may still
 * fit.  If no limit is set, SUMM_DEFAULT_SENTENCES applies. */
#define SUMM_DEFAULT_SENTENCES 5
typedef struct {
	size_t sentences;        /* at most this many sentences */
	unsigned percent;        /* this share of the body sentences, rounded
	                            up, at least one (1..100) */
	size_t words;            /* at most this many words in all */
	size_t chars;            /* at most this many characters (code points
	                            of the folded text) in all */
	int text_order;          /* nonzero: return in document order */
	int no_lead;             /* nonzero: no bonus for the first sentences
	                            (for text that is not news) */
} summ_limits;

/* Chooses the summary of DOC under LIMITS and writes the indices of the
 * chosen sentences (see summ_sentence_at) to IDX, best first unless
 * LIMITS->text_order; at most CAP of them, their number in *COUNT.
 * Returns SUMM_OK, SUMM_EINVAL (percent over 100) or SUMM_ENOMEM. */
int summ_select(const summ_doc *doc, const summ_limits *limits,
                size_t *idx, size_t cap, size_t *count);

/* Room enough for IDX in summ_select under LIMITS (at least 1): more
 * changes nothing, as no summary takes more sentences. */
size_t summ_select_room(const summ_doc *doc, const summ_limits *limits);

/* As summ_select, and writes to SCORES (room for CAP, or NULL) the score
 * each chosen sentence had when it was taken: its terms' weights with
 * those of sentences taken before it discounted, its lead bonus, and its
 * length weighed as suits the summary's share of the text.  The ranking
 * follows these scores. */
int summ_select_scored(const summ_doc *doc, const summ_limits *limits,
                       size_t *idx, double *scores, size_t cap,
                       size_t *count);

/* Why a sentence scored what it did when it was taken (see
 * summ_explain): SCORE = TERMS x LEAD / max(WORDS, 8)^EXPONENT, where
 * TERMS sums the weights of the sentence's distinct terms, each times
 * REPEAT (from one half for a short summary to one for a long one) if a
 * sentence taken before it used the term. */
typedef struct {
	double score;
	double terms;
	double lead;             /* 1 with no_lead */
	size_t words;
	double exponent;
	double repeat;           /* the factor on terms already used */
} summ_explanation;

/* One term of a sentence, as summ_explain lists it: where it is first
 * written in the sentence, its weight in the document, the weight it
 * added to this sentence, and how often the document uses it. */
typedef struct {
	size_t offset, length;
	double weight, added;
	size_t count;
} summ_term;

/* Explains the score of sentence K when taken after the sentences
 * TAKEN[0..NTAKEN) (in the order summ_select returned them, best first)
 * under LIMITS: fills *EX and writes up to CAP of its terms to TERMS,
 * heaviest first.  Returns the number of distinct terms the sentence has
 * (which may exceed CAP), or 0 for a title, heading, frame or empty
 * sentence. */
size_t summ_explain(const summ_doc *doc, const summ_limits *limits,
                    const size_t *taken, size_t ntaken, size_t k,
                    summ_explanation *ex, summ_term *terms, size_t cap);

/* A key term: the most frequent surface form of a stemmed term, as it
 * first appears in the text (OFFSET, LENGTH), with the number of times the
 * stemmed term occurs in the document. */
typedef struct {
	size_t offset, length;
	size_t count;
	double weight;
} summ_keyword;

/* Writes DOC's N best key terms to OUT (best first); returns how many
 * (fewer when the document has fewer terms). */
size_t summ_keywords(const summ_doc *doc, size_t n, summ_keyword *out);

/* Copies LEN bytes of SRC to DST with every run of white space (blanks,
 * line breaks, NUL and other control bytes, Unicode spaces) folded to one
 * ASCII space and none at either end.  Other bytes, invalid UTF-8
 * included, are copied unchanged.  DST must have room for LEN bytes;
 * returns the length written. */
size_t summ_fold(const char *src, size_t len, char *dst);

/* The number of characters (code points; an invalid byte counts as one)
 * in LEN bytes of S. */
size_t summ_utf8_length(const char *s, size_t len);

/* Stages exposed for tests and tools. */

/* Longest case-folded word, in bytes, that becomes a term. */
#define SUMM_MAX_KEY 64

/* Finds the next word in TEXT[*POS..END): a maximal run of letters and
 * digits, apostrophes inside it kept, and the signs Armenian writes
 * over a vowel (ինչո՞ւ); a dotted acronym (U.S., e.g.) is one word with
 * its final period.  Sets *START and *END, advances *POS
 * past it and returns 1; returns 0 when there is none. */
int summ_next_word(const char *text, size_t end, size_t *pos,
                   size_t *start, size_t *stop);

/* Case-folds the word TEXT[START..END) into KEY (room for SUMM_MAX_KEY
 * bytes), curly apostrophes made straight, the marks a writer may leave
 * out (Arabic short vowels, shadda, sukun, tatweel) and Armenian's signs
 * over a vowel left out, and a combining accent composed with its
 * letter ("e" U+0301 as "é").  Returns the key's length, or 0 when it
 * does not fit. */
size_t summ_fold_word(const char *text, size_t start, size_t end,
                      char *key);

/* Whether the case-folded word KEY (LEN bytes) is an English stopword
 * (see summ_options for other languages). */
int summ_is_stopword(const char *key, size_t len);

#endif
