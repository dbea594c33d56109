/*
 * summarize.c - the engine's front door: the public functions of
 * summarize.h, with summ_parse_with reading as the pipeline, a call per
 * stage.  The stages live in engine/, one file each, and what the engine
 * knows of a language in lang/, one file each.
 *
 * The algorithm, stage by stage:
 *
 *  1. Characters (engine/chars.c).  The input is taken as UTF-8 without
 *     trusting it: a small decoder reads one code point at a time and an
 *     invalid byte counts as one symbol.  A locale-free table classes
 *     each code point as space, upper- or lower-case letter, digit or
 *     punctuation; NUL and control bytes are space.  A leading byte-order
 *     mark is skipped.  ASCII, most of any text, is classed by a 256-entry
 *     byte table without decoding, and each stage below reads the text
 *     once, in a tight loop: the cost of the whole is a few passes over
 *     the bytes, linear in the input.
 *
 *  2. Paragraphs (engine/paragraphs.c).  Lines end at LF, CRLF or a lone
 *     CR.  Blank lines always separate paragraphs.  Within a block of
 *     lines, a line break is "soft" (the lines are one paragraph, as in
 *     hard-wrapped text) when the text looks wrapped to some width and
 *     the next line's first word would not have fitted on this one, or
 *     when the line plainly continues (it ends in a comma, or the next
 *     line starts in lower case); otherwise each line is a paragraph of
 *     its own, as in text written a paragraph a line.  A short paragraph
 *     with no final punctuation is a heading; a heading before any
 *     sentence is the title.
 *
 *  3. Sentences (engine/sentences.c).  Inside a paragraph a sentence ends
 *     at . ! ? or an ellipsis, with any closing quotes and brackets,
 *     followed by space and a plausible sentence start (not lower case).
 *     After a period the word before it decides, by the lists of the
 *     document's language (lang/): titles (Mr. Dr. Gen.) never end a
 *     sentence; other abbreviations (U.S. Inc. Jr. a.m.), initials and
 *     dotted acronyms end one only when a capitalised common word follows
 *     ("in the U.S. The next day"); a number opening a paragraph is a
 *     list marker (engine/words.c).
 *
 *  4. Terms (engine/terms.c).  Words are maximal runs of letters and
 *     digits (apostrophes inside words kept; dotted acronyms such as U.S.
 *     are one word).  Each word is case-folded and looked up in a hash
 *     table of surface forms; only a form seen for the first time is
 *     checked against the stopwords and stemmed (Porter2 for English), so
 *     the per-word cost is a scan and a hash -- one pass that also counts
 *     words as wc(1) does, reading plain ASCII 64 bytes at a step from
 *     masks of its byte classes.  Each sentence keeps the stem ids of its
 *     content words, in one compactly coded stream for the document.
 *
 *  5. Scores (engine/scores.c).  A term used once weighs nothing; past
 *     that its weight is the logarithm of its frequency in the body
 *     (computed once per stem), half as much again if the title or a
 *     heading has it, a quarter more if it is a name (capitalised more
 *     often than not where it does not open a sentence).  A sentence earns the sum of the weights of its
 *     distinct terms, times a bonus for the lead that fades with position
 *     (news states its point first), over its length to a power that
 *     depends on the share of the text the summary takes: 1 for a short
 *     summary, where dense sentences should win, 0.5 for an abridgement.
 *
 *  6. Selection (engine/select.c, at the caller's request).  Body
 *     sentences are ranked by score, ties broken by position; they are
 *     taken best first while the length limits hold, skipping repeats of
 *     a sentence already taken.  In a short summary the terms of a
 *     sentence taken count half in those that follow, so a sentence
 *     whose terms an earlier pick used is scored again before it is
 *     taken (lazy greedy, with bounded work).  The candidates wait in a
 *     heap loaded in batches, best first, so that a short summary of a
 *     long text holds a few of them, not all.  engine/explain.c tells
 *     why a sentence scored what it did, engine/keywords.c gives the
 *     heaviest terms.
 */
#include "summarize.h"
#include "engine/abbrev.h"
#include "engine/doc.h"
#include "engine/charset.h"
#include "engine/decode.h"
#include "engine/language.h"
#include "engine/locate.h"
#include "engine/paragraphs.h"
#include "engine/sections.h"
#include "engine/scores.h"
#include "engine/sentences.h"
#include "engine/terms.h"

#include <stdlib.h>
#include <string.h>

void summ_init(void)
{
	lang_make_filters();
}

const char *summ_strerror(int status)
{
	switch (status) {
	case SUMM_OK:     return "success";
	case SUMM_ENOMEM: return "out of memory";
	case SUMM_EINVAL: return "invalid argument";
	default:          return "unknown error";
	}
}

/* Marks the sentences FIRST.. of D, read from a block of KIND, as that
 * kind says: a heading's are headings, the title's the title; so are a
 * caption's, as it speaks of a picture the summary's reader will not
 * see; code's are frames, which count for nothing; a paragraph of one
 * short sentence without final punctuation is a heading as in plain
 * text, but a list item is always body. */
static void mark_block(summ_doc *d, size_t first, enum block_kind kind)
{
	if (kind == BLOCK_CODE) {
		for (size_t k = first; k < d->nsent; k++)
			d->sent[k].kind = SUMM_FRAME;
	} else if (kind == BLOCK_HEADING || kind == BLOCK_TITLE ||
	    kind == BLOCK_CAPTION) {
		for (size_t k = first; k < d->nsent; k++)
			d->sent[k].kind = kind == BLOCK_TITLE ? SUMM_TITLE
			                                     : SUMM_HEADING;
	} else if (kind != BLOCK_ITEM && d->nsent == first + 1) {
		mark_heading(d, first, 1);
	}
}

/* Reads D's plain text again (see reread_plain), from its source, and
 * through UTF-16 as read_input decoded it first (decoded again, then,
 * which only a text that needs it pays): quote markers out if QUOTED.
 * Returns -1 when out of memory. */
static int reread_lines(summ_doc *d, int quoted)
{
	if (d->read)
		reading_free(d->read);
	else if (!(d->read = malloc(sizeof *d->read)))
		return -1;
	reading_begin(d->read, d->source, d->source_len);
	if (read_as(d->read, utf16_charset(d->source, d->source_len),
	            quoted ? reread_email : reread_plain))
		return -1;
	d->text = d->read->text;
	d->len = d->read->len;
	return 0;
}

/* Stages 2 and 3: the paragraphs of D, each split into sentences as it
 * is read, and its headings; the paragraphs are the blocks of a reader
 * when D was read from markup, else found in the lines of the text.
 * Returns -1 when out of memory. */
static int read_sentences(summ_doc *d)
{
	paragraph_reader pr;
	paragraph p;
	licence_watch licence = { SIZE_MAX, 0 };

	d->case_budget = CASE_BUDGET(d->len);
	if (d->read && !d->read->lines) {
		for (size_t i = 0; i < d->read->nblocks; i++) {
			const block *b = &d->read->blocks[i];
			size_t first = d->nsent;

			p = (paragraph){ b->start, b->end, 1, i, 0 };
			if (split_paragraph(d, &p))
				return -1;
			mark_block(d, first, b->kind);
			watch_licence(&licence, d, first);
		}
		frame_sections(&licence, d);
		/* A title the markup gave is the page's metadata, not its
		 * text: it stays the title over an article of headings. */
		promote_headings(d, d->read->nblocks &&
		                    d->read->blocks[0].kind == BLOCK_TITLE);
		return index_paragraphs(d);
	}
	paragraphs_begin(&pr, d->text, d->len, text_start(d->text, d->len),
	                 d->lang);
	if (pr.vertical || pr.quoted) {
		if (reread_lines(d, pr.quoted))
			return -1;
		paragraphs_begin(&pr, d->text, d->len,
		                 text_start(d->text, d->len), d->lang);
	}
	while (next_paragraph(&pr, &p)) {
		size_t first = d->nsent;

		if (split_paragraph(d, &p))
			return -1;
		if (p.signature)
			mark_frames(d, first);
		else if (d->nsent == first + 1)
			mark_heading(d, first, p.nlines);
		watch_licence(&licence, d, first);
	}
	frame_sections(&licence, d);
	promote_headings(d, 0);
	return index_paragraphs(d);
}

/* Stage 0: the prose of D's source, read by the reader of its form
 * (engine/markdown.c; engine/html.c, through engine/decode.c for a page
 * in another charset than UTF-8) into the text the stages below read.
 * Plain text is read as it is, but for a text in UTF-16 (its byte order
 * mark says so), which is decoded first, whatever its form.  Returns -1
 * when out of memory. */
static int read_input(summ_doc *d, const summ_options *opt)
{
	enum summ_input in = opt ? opt->input : SUMM_INPUT_TEXT;
	const char *utf16 = utf16_charset(d->source, d->source_len);

	if (in == SUMM_INPUT_AUTO)
		in = (enum summ_input)sniff_input(d->source, d->source_len,
		                                    opt->name);
	d->input = in;
	d->source_utf16 = utf16 ? 1 + ((unsigned char)d->source[0] == 0xFE) : 0;
	if (in == SUMM_INPUT_TEXT && !utf16)
		return 0;
	if (!(d->read = malloc(sizeof *d->read)))
		return -1;
	reading_begin(d->read, d->source, d->source_len);
	if ((in == SUMM_INPUT_HTML ? read_html_in_charset(d->read)
	     : read_as(d->read, utf16, in == SUMM_INPUT_MARKDOWN
	                                  ? read_markdown : read_plain)) != 0)
		return -1;
	d->text = d->read->text;
	d->len = d->read->len;
	return 0;
}

/* Stage 1's choice: the language OPT names, or the one TEXT is in.  Sets
 * D->lang and what goes with it; returns -1 for a language not known. */
static int choose_language(summ_doc *d, const summ_options *opt)
{
	const char *code = opt ? opt->language : NULL;
	size_t start = text_start(d->text, d->len);

	if (!code || strcmp(code, "auto") == 0) {
		d->lang = detect_language(d->text + start, d->len - start);
		d->lang_detected = 1;
	} else if (!(d->lang = lang_find(code))) {
		return -1;
	}
	d->extra_stops = stoplist_words(opt ? opt->stopwords : NULL);
	d->derive_stops = d->lang->stopwords.n == 0 && !d->extra_stops;
	return 0;
}

int summ_parse_with(const char *text, size_t len, const summ_options *opt,
                    summ_doc **out)
{
	summ_doc *d;

	*out = NULL;
	if (opt && (unsigned)opt->input > SUMM_INPUT_AUTO)
		return SUMM_EINVAL;
	if ((uint64_t)len >= MAX_TEXT || !(d = calloc(1, sizeof *d)))
		return SUMM_ENOMEM;
	d->text = d->source = text;
	d->len = d->source_len = len;
	if (read_input(d, opt)) {
		summ_free(d);
		return SUMM_ENOMEM;
	}
	if (choose_language(d, opt)) {
		summ_free(d);
		return SUMM_EINVAL;
	}
	if (read_sentences(d) || tokenize(d) || score(d)) {
		summ_free(d);
		return SUMM_ENOMEM;
	}
	*out = d;
	return SUMM_OK;
}

int summ_parse(const char *text, size_t len, summ_doc **out)
{
	return summ_parse_with(text, len, NULL, out);
}

void summ_free(summ_doc *d)
{
	if (!d)
		return;
	free_large(d->sent, d->sent_cap, sizeof *d->sent);
	free(d->high);
	free(d->para_bits);
	free(d->para_at);
	free(d->body_at);
	free_large(d->terms, d->terms_cap, 1);
	free_large(d->forms, d->forms_cap, sizeof *d->forms);
	free_large(d->stems, d->stems_cap, sizeof *d->stems);
	free(d->weight);
	free(d->best);
	free_large(d->keys, d->keys_cap, 1);
	free_large(d->table.slots, d->table.cap, sizeof *d->table.slots);
	if (d->read)
		reading_free(d->read);
	free(d->read);
	free(d);
}

int summ_source_utf16(const summ_doc *d)
{
	return d->source_utf16;
}

enum summ_input summ_input_form(const summ_doc *d)
{
	return d->input;
}

const char *summ_text(const summ_doc *d, size_t *len)
{
	*len = d->len;
	return d->text;
}

void summ_source_span(const summ_doc *d, size_t offset, size_t length,
                      size_t *start, size_t *end)
{
	if (!d->read) {
		*start = offset;
		*end = offset + length;
		return;
	}
	*start = source_offset(d->read, offset, 0);
	*end = source_offset(d->read, offset + length, 1);
	if (*end < *start)
		*end = *start;
}

int summ_source_run(const summ_doc *d, size_t *at, size_t end,
                    size_t *start, size_t *run_end)
{
	if (d->read)
		return next_source_run(d->read, at, end, start, run_end);
	if (*at >= end)
		return 0;
	*start = *at;
	*run_end = *at = end;
	return 1;
}

const char *summ_language(const summ_doc *d, int *detected)
{
	if (detected)
		*detected = d->lang_detected;
	return d->lang->code;
}

int summ_language_at(size_t i, const char **code, const char **name)
{
	if (i >= lang_count())
		return 0;
	*code = lang_at(i)->code;
	*name = lang_at(i)->name;
	return 1;
}

const char *summ_language_code(const char *code)
{
	const lang *l = lang_find(code);

	return l && l != &lang_none ? l->code : NULL;
}

size_t summ_sentence_count(const summ_doc *d)
{
	return d->nsent;
}

summ_sentence summ_sentence_at(const summ_doc *d, size_t k)
{
	const sentence *s = &d->sent[k];
	size_t opened = d->para_at[k / PARA_BLOCK], w = k / 64;
	unsigned bit = (unsigned)(k % 64);

	/* Paragraphs opened up to K, K's own included, less one. */
	for (size_t j = k / PARA_BLOCK * (PARA_BLOCK / 64); j < w; j++)
		opened += bit_count(d->para_bits[j]);
	opened += bit_count(d->para_bits[w] &
	                    (bit == 63 ? ~UINT64_C(0) : (UINT64_C(2) << bit) - 1));
	return (summ_sentence){ sent_offset(d, k), s->length, opened - 1,
	                        s->words, sent_kind(d, k) };
}

size_t summ_word_count(const summ_doc *d)
{
	return d->words;
}

/* A sentence to locate: where it starts in the source, and where its
 * position goes. */
typedef struct {
	size_t at, slot;
} to_locate;

static int by_place(const void *a, const void *b)
{
	const to_locate *x = a, *y = b;

	return (x->at > y->at) - (x->at < y->at);
}

int summ_locate(const summ_doc *d, const size_t *idx, size_t n,
                summ_position *pos)
{
	to_locate *order;
	locator l;

	if (n == 0)
		return SUMM_OK;
	if (!(order = malloc(n * sizeof *order)))
		return SUMM_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		size_t start, end, k = idx[i];

		summ_source_span(d, sent_offset(d, k), d->sent[k].length,
		                 &start, &end);
		order[i] = (to_locate){ start, i };
	}
	qsort(order, n, sizeof *order, by_place);
	l = locator_at(d);
	for (size_t i = 0; i < n; i++)
		pos[order[i].slot] = locate(d, &l, order[i].at);
	free(order);
	return SUMM_OK;
}
