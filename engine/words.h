/*
 * words.h - words and list markers (see words.c).
 */
#ifndef SUMM_WORDS_H
#define SUMM_WORDS_H

#include "doc.h"

/* Where the word that starts at TEXT[I] (a letter or digit) ends, as
 * summ_next_word describes.  When KEY is not NULL (room for MAX_KEY + 8
 * bytes), the word is also folded into it as summ_fold_word does, with
 * its length in *KLEN (0 when it does not fit) and eight zero bytes after
 * it for hash_key: scanning and folding in one pass, as the tokenizer
 * does for every word of the text. */
size_t word_end(const char *text, size_t i, size_t end, char *key,
                size_t *klen);

/* Where the address that the word TEXT[WS..WE) opens ends, 0 if it
 * opens none: a URL ("https://" and on), a host name ("www." and a
 * letter or digit) or an e-mail address (the word, or the first word of
 * a local part in parts parted by periods, "john.smith", then '@' and a
 * domain with a period).  An address runs to the next white space, or
 * to a character beyond ASCII that is not a letter or digit ("。"),
 * whatever punctuation ends it.  Its parts are not words of any
 * language, and the tokenizer makes no terms of them ("https", "com",
 * "john"), though wc(1) counts it a word. */
size_t address_end(const char *text, size_t ws, size_t we, size_t end);

/* The key of the run of Kana TEXT[0..LEN) (a pair of a run without
 * spaces, see terms.c) into KEY (room for LEN bytes): its bytes, but a
 * Kana and the voicing mark typed after it (U+3099, U+309A: NFD, as
 * macOS names files) as the one letter NFC makes of them.  Returns the
 * key's length. */
size_t voiced_kana_key(const char *text, size_t len, char *key);

/* Finds the word at or after TEXT[*POS] (before END) as summ_next_word
 * does and folds it into KEY (room for MAX_KEY + 8 bytes) as word_end
 * does, in one pass: sets *START to where it starts and *KLEN to its
 * key's length (0 when it does not fit), moves *POS past it and returns
 * 1; returns 0 when there is none. */
int next_folded_word(const char *text, size_t end, size_t *pos,
                     size_t *start, char *key, size_t *klen);

/* Where an apostrophe that a word keeps inside it ends just before
 * TEXT[I], a letter or digit, with one before it too (the ' of "yo'q",
 * the ‘ of "ko‘p", see word_end): its start; else I.  START bounds the
 * look back. */
size_t apostrophe_before(const char *text, size_t start, size_t i);

/* How many words of TEXT[START..END) list A or list B holds (folded, as
 * summ_fold_word makes them), counted up to MAX: a letter's closing
 * words, a heading's licence words. */
size_t listed_words(const char *text, size_t start, size_t end,
                    const word_list *a, const word_list *b, size_t max);

/* Finds the word after TEXT[FROM] (before END), as summ_next_word does,
 * if only blanks stand between: sets *WS and *WE to it and returns 1;
 * else 0.  A phrase that goes on from one word to the next ("Aunt Mary
 * said") has nothing but spaces between them; punctuation ("Jonah,
 * who") ends it. */
int next_word_spaced(const char *text, size_t from, size_t end,
                     size_t *ws, size_t *we);

/* A list marker: "1.", "12)", "a)", "b.)", "(c)", "iv)" followed by a
 * space.  Its value as a number, a letter (a = 1) and a Roman numeral;
 * 0 where it is not one.  "i)" is both the ninth letter and one. */
typedef struct {
	unsigned num, alpha, roman;
	int paren;
	size_t len;
} marker;

/* Reads a list marker at TEXT[I]; returns 1 and fills *M if there is
 * one. */
int parse_marker(const char *text, size_t i, size_t end, marker *m);

/* Whether a list marker starts at TEXT[I]. */
int marker_at(const char *text, size_t i, size_t end);

/* Whether marker B comes right after marker A in a list. */
int marker_follows(const marker *a, const marker *b);

#endif /* SUMM_WORDS_H */
