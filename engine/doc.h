/*
 * doc.h - the document that the stages of the engine fill in, in
 * pipeline order: paragraphs.c and sentences.c its sentences, terms.c
 * its forms, stems and term stream, scores.c its weights and the first
 * candidates.  Every stage includes this header and the headers of the
 * stages before it, never a later one, nor the command.
 *
 * A document refers into the caller's text by offset and never copies
 * it; its records are small because a long text has millions of them.
 */
#ifndef SUMM_DOC_H
#define SUMM_DOC_H

#include "../summarize.h"
#include "../lang/lang.h"
#include "reading.h"

#include <stdint.h>
#include <stddef.h>

#define NO_TERM UINT32_MAX
#define MAX_KEY SUMM_MAX_KEY     /* longer words are counted, not termed */

/* A slot of the term table: a folded key that is a form, a stem or
 * both ("bridge" is both).  Forms and stems share one table, as most
 * words of a large vocabulary are their own stems: one probe, one key
 * and sixteen bytes serve both.  The key itself (offset and length in
 * the key arena) is kept by its form or stem. */
typedef struct {
	uint64_t head;               /* the key's first 8 bytes, zero-padded */
	uint32_t form;               /* form id + 1; 0 = not a form */
	uint32_t stem;               /* stem id + 1; 0 = not a stem */
} slot;

typedef struct {
	slot *slots;
	size_t cap, used;            /* cap is a power of two */
} table;

/* The case shapes of a word: "bridge", "Bridge", "BRIDGE". */
enum { SHAPE_LOWER, SHAPE_CAPITAL, SHAPE_UPPER, NSHAPES };

/* A form: 24 bytes, as a text of distinct words has one a word.  Where
 * it is first written in each shape is not kept (15 bytes more a form):
 * summ_keywords finds that again for the few forms it spells.  Of its
 * capitalised occurrences, those that open a sentence say nothing of
 * whether it is a name, and are counted apart too (see capital_lean in
 * scores.c).  A text
 * is at most MAX_TEXT bytes (the term stream, see summ_doc, ends far
 * sooner). */
#define MAX_TEXT ((uint64_t)1 << 40)

typedef struct {
	uint32_t stem;               /* stem id, or NO_TERM for stopwords */
	uint32_t shape_count[NSHAPES];  /* body occurrences of each shape */
	uint32_t key;                /* its folded key in the key arena (if
	                                stored there, see store_key) */
	uint8_t key_len;
	uint16_t openings;           /* body sentences it opens capitalised
	                                (at most UINT16_MAX counted) */
} form;

/* Occurrences of form F in body sentences. */
static inline uint32_t form_count(const form *f)
{
	return f->shape_count[SHAPE_LOWER] + f->shape_count[SHAPE_CAPITAL] +
	       f->shape_count[SHAPE_UPPER];
}

/* A stem: 12 bytes.  Its most frequent form, which spells it as a
 * keyword, is found by summ_keywords for the few it spells. */
typedef struct {
	uint32_t key;                /* its key in the key arena (if it is
	                                stored there, see store_key) */
	uint32_t count;              /* occurrences in body sentences */
	unsigned key_len : 8;
	unsigned chars : 7;          /* its key's characters (<= MAX_KEY),
	                                if derive_stops */
	unsigned in_heading : 1;
} stem;

/* A sentence as a document keeps it: sixteen bytes, as a long text has
 * millions of sentences (summ_sentence_at gives the whole of one).
 * Sentences are in text order, so of an offset only the low
 * SENT_LOW_BITS bits are kept: the high part of sentence K's is the
 * number of entries of summ_doc's HIGH at or before K, one where each
 * 4 GiB of text begins (none in a shorter text).  A sentence is at most
 * SENT_MAX bytes (512 MiB) long, as its length shares a word with its
 * kind: a longer one is cut (see add_sentence).  A test build may set
 * both small, to run these paths on small texts. */
#ifndef SENT_LOW_BITS
#define SENT_LOW_BITS 32
#endif
#ifndef SENT_MAX
#define SENT_MAX (((size_t)1 << 29) - 1)
#endif
typedef struct {
	uint32_t low;                /* the low bits of its offset */
	unsigned length : 29;
	unsigned kind : 2;           /* enum summ_kind */
	unsigned has_words : 1;      /* it has letters or digits */
	uint32_t words;              /* as wc(1) counts them */
	uint32_t term_end;           /* where its terms end, see below */
} sentence;

#define PARA_BLOCK 256           /* sentences a paragraph count covers,
                                    see summ_sentence_at, and a count of
                                    candidates, see candidate_rank */

/* The terms of body sentences, one stream for the document: each stem
 * id in 7-bit groups, low first, the high bit set on all groups but the
 * last.  Stem ids are given in order of first use, so frequent stems
 * have small ids: most terms take one or two bytes, not the four of an
 * array of ids.  The terms of sentence K end at its term_end and begin
 * where those of sentence K - 1 end; the stream is limited to 4 GiB
 * (some ten gigabytes of text).  Memory per sentence and per term is
 * kept small because a long document has millions of both. */
struct summ_doc {
	const char *text;            /* the text read: SOURCE itself, or */
	size_t len;
	reading *read;               /* what a reader found in it */
	enum summ_input input;
	const char *source;          /* the caller's bytes */
	size_t source_len;
	int source_utf16;            /* 0, or the source is UTF-16: 1 little-
	                                endian, 2 big-endian (see locate) */
	const lang *lang;            /* what the engine knows of its language */
	int lang_detected;           /* found from the text, not given */
	const word_list *extra_stops;   /* the caller's stopwords, or NULL */
	int derive_stops;            /* no list: the frequent short words are
	                                the stopwords (see weigh_stems) */
	sentence *sent;
	size_t nsent, sent_cap;
	size_t *high;                /* see sentence */
	size_t nhigh, high_cap;
	uint64_t *para_bits;         /* bit K: sentence K opens a paragraph */
	size_t para_cap, last_para;  /* LAST_PARA: of the last sentence */
	size_t *para_at;             /* per PARA_BLOCK sentences: paragraphs
	                                opened before the first */
	size_t *body_at;             /* per PARA_BLOCK sentences: candidates
	                                before the first (candidate_rank) */
	unsigned char *terms;        /* the term stream */
	size_t terms_len, terms_cap;
	form *forms;
	size_t nforms, forms_cap;
	stem *stems;
	size_t nstems, stems_cap;
	double *weight;              /* per stem: term_weight(), once */
	struct candidate *best;      /* see score() */
	size_t nbest;
	char *keys;
	size_t keys_len, keys_cap;
	table table;                 /* forms and stems */
	size_t words;
	size_t nbody;
	size_t case_budget;          /* bytes the splitter may still search
	                                for the case of words (abbrev.c) */
	uint64_t case_cache[64];     /* what it decided: a word's hash, with
	                                the answer in the low three bits */
	struct memo_entry_s *memo;   /* the thread's memo (memo.h), or NULL */
	int oom;
};

/* Grows *ARR (of elements of SIZE bytes, capacity *CAP) to hold at least
 * NEED elements, doubling.  Returns 0 on success, -1 when out of memory.
 * (Inline for the common case, room enough; grow_room grows.) */
int grow_room(void *arr, size_t *cap, size_t need, size_t size);

static inline int grow(void *arr, size_t *cap, size_t need, size_t size)
{
	return need <= *cap ? 0 : grow_room(arr, cap, need, size);
}

/* As grow, for an array that a long text makes large (its sentences,
 * terms, forms, stems and keys): from 512 KiB on it lives in a mapping of
 * its own, grown without a copy, in huge pages where the system has them
 * (see doc.c).  alloc_large gives a zeroed array of N elements of SIZE
 * bytes so (the term table); free_large, given its capacity, frees
 * either. */
int grow_large(void *arr, size_t *cap, size_t need, size_t size);
void *alloc_large(size_t n, size_t size);
void free_large(void *p, size_t cap, size_t size);

/* Maps the pages of bytes FROM to TO of the block P in one call, where
 * the system can (Linux 5.14 on), when they are a megabyte or more, so
 * that writing them takes no page fault each: the faults of the growing
 * arrays and the term table's rehashes were a tenth of the time on 50 MB
 * of news (in a virtual machine, where a fault is dear).  Elsewhere it
 * does nothing. */
void prefault(void *p, size_t from, size_t to);

/* The number of bits set in X, without the popcnt instruction, which
 * not every x86-64 has (and __builtin_popcountll without it is a call). */
static inline unsigned bit_count(uint64_t x)
{
	x -= x >> 1 & 0x5555555555555555u;
	x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
	return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* The offset of sentence K of D: its low bits, and as high bits the
 * number of entries of D->high at or before K (see sentence). */
size_t sent_offset(const summ_doc *d, size_t k);

static inline enum summ_kind sent_kind(const summ_doc *d, size_t k)
{
	return (enum summ_kind)d->sent[k].kind;
}

/* Whether sentence K is a candidate for a summary: a body sentence with
 * words. */
static inline int is_candidate(const summ_doc *d, size_t k)
{
	return d->sent[k].kind == SUMM_BODY && d->sent[k].has_words;
}

/* How many candidates come before sentence K: its lead bonus's rank.
 * At most PARA_BLOCK - 1 sentences are read, as --explain asks it of
 * every sentence of a summary, which may be thousands. */
size_t candidate_rank(const summ_doc *d, size_t k);

/* The words of a caller's stoplist (NULL for none). */
const word_list *stoplist_words(const summ_stoplist *sl);

/* Whether the folded word KEY (LEN bytes) is a stopword of D: of its
 * language, or of the caller's. */
static inline int is_stopword(const summ_doc *d, const char *key, size_t len)
{
	return in_word_list(&d->lang->stopwords, key, len) ||
	       (d->extra_stops && in_word_list(d->extra_stops, key, len));
}

/* Counts the paragraphs opened before each PARA_BLOCK sentences, into
 * D->para_at, for summ_sentence_at.  Returns -1 when out of memory. */
int index_paragraphs(summ_doc *d);

#endif /* SUMM_DOC_H */
