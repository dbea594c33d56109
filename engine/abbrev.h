/*
 * abbrev.h - after an abbreviation or an initial, whether the capitalised
 * word that follows opens a sentence (see abbrev.c).
 */
#ifndef SUMM_ABBREV_H
#define SUMM_ABBREV_H

#include "doc.h"

/* The folded word that starts at TEXT[I] (before END) into KEY (MAX_KEY +
 * 8 bytes); its length, or 0 when no word starts there. */
size_t word_key_at(const char *text, size_t i, size_t end, char *key);

/* What stands before the word (see opens_sentence). */
enum {
	AFTER_NAME_END = 0,          /* an abbreviation that may close a name
	                                or a phrase ("Inc.", "Jr.", "St.") */
	AFTER_DOTTED = 1,            /* a dotted acronym ("U.S."), which names
	                                what follows ("U.S. Army") */
	AFTER_INITIAL = 2,           /* an initial of a name ("Arthur D.") */
	AFTER_PREPOSITIVE = 3,       /* one in lower case that stands before
	                                what it qualifies ("vs.", "cf.") */
	AFTER_QUANTITY = 4,          /* a unit or a year's mark after a
	                                number, in a language without a
	                                dictionary that writes its nouns in
	                                lower case and a place with a
	                                preposition ("2,4 proc.", "1965 г.") */
	AFTER_PHRASE_END = 5         /* one that closes its phrase ("usw.",
	                                "и т. д.", "v. Chr.";
	                                lang.phrase_ends) */
};

/* Whether the word at D->text[I] (in a paragraph that ends at END), right
 * after an abbreviation of the kind AFTER (above), opens a new sentence. */
int opens_sentence(summ_doc *d, size_t i, size_t end, int after);

/* Whether the document writes the word D->text[WS..WE) elsewhere, near
 * it, with no period after it: a word, then, not an abbreviation.  What
 * the search found of a word (its case too) is kept, and the search is
 * within the document's budget (below): a word not searched is not
 * found bare. */
int written_bare(summ_doc *d, size_t ws, size_t we);

/* What the search found (see written_bare), beside the bits abbrev.c
 * keeps of a word's case. */
enum { CASE_BARE = 4 };

/* The bytes a document may search for the case of words, all in all:
 * linear in its length. */
#define CASE_BUDGET(len) ((len) / 2 + ((size_t)1 << 18))

#endif /* SUMM_ABBREV_H */
