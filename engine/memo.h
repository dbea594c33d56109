/*
 * memo.h - what the words a thread has read stem to, kept across its
 * documents.  A word new to a document is looked up in its language's
 * stopwords and stemmed (terms.c, form_stem): some 700 instructions,
 * done again in every document for the same words.  In a batch of 5 KB
 * articles that was a third of the time; a thread that reads document
 * after document (-R, --records, several files) asks its memo first.
 *
 * A memo belongs to one thread (POSIX thread-specific data, freed when
 * the thread ends): no lock, nothing shared.  It is made at the thread's
 * second document, so that a single article, the command's commonest
 * run, never pays for it.  What it answers is what form_stem would: it
 * is keyed by the language, and not used with a caller's stopwords.
 */
#ifndef SUMM_MEMO_H
#define SUMM_MEMO_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Words (and stems) of up to MEMO_KEY bytes are kept, nearly all. */
#define MEMO_KEY 22

/* What a word of NO stem (a stopword, a number) keeps as its length. */
#define MEMO_NO_STEM 0xFF

/* One word: direct-mapped by its hash, a later word taking the place. */
typedef struct memo_entry_s {
	const void *lang;            /* NULL: empty */
	unsigned char key_len, stem_len;
	char key[MEMO_KEY], stem[MEMO_KEY];
} memo_entry;

/* The memo's size: 8,192 words, 448 KiB a thread. */
#define MEMO_SLOTS 8192

/* The calling thread's memo, or NULL (its first document; no memory). */
memo_entry *thread_memo(void);

/* The entry of memo M for a word of the hash H (terms.c's). */
static inline memo_entry *memo_entry_for(memo_entry *m, uint64_t h)
{
	return &m[(h >> 40) % MEMO_SLOTS];
}

/* Whether entry E holds the word KEY (LEN bytes) of the language LG. */
static inline int memo_holds(const memo_entry *e, const void *lg,
                             const char *key, size_t len)
{
	return e->lang == lg && e->key_len == len &&
	       memcmp(e->key, key, len) == 0;
}

/* Keeps in E that KEY (LEN bytes) of the language LG stems to TO (SLEN
 * bytes), or to none if TO is NULL; words or stems too long are not
 * kept. */
static inline void memo_keep(memo_entry *e, const void *lg,
                             const char *key, size_t len,
                             const char *to, size_t slen)
{
	if (len > MEMO_KEY || (to && slen > MEMO_KEY))
		return;
	e->lang = lg;
	e->key_len = (unsigned char)len;
	memcpy(e->key, key, len);
	e->stem_len = to ? (unsigned char)slen : MEMO_NO_STEM;
	if (to)
		memcpy(e->stem, to, slen);
}

#endif /* SUMM_MEMO_H */
