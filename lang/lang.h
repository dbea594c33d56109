/*
 * lang.h - what the engine knows of a language, behind one interface:
 * its word lists (stopwords for the terms; titles, abbreviations and
 * common words for the splitter; words that cannot end a line for
 * paragraphs) and its stemmer.  One file per language fills in a lang;
 * adding a language is adding a file, its entry in lang.c and its tests.
 */
#ifndef SUMM_LANG_H
#define SUMM_LANG_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A word list's filter: a bit for each of its words (word_filter_bit),
 * so that a word whose bit is clear is turned away without the binary
 * search.  It is made the first time the list is searched, by the first
 * thread to search it, and shared from then on: STATE goes from 0 to 1
 * (being made; the others search without it) to 2 (made), atomically,
 * and BITS are read only at 2.  Without C11's atomics, lists have none. */
#define WORD_FILTER_SHIFT 12
#define WORD_FILTER_BITS (1 << WORD_FILTER_SHIFT)
#ifndef __STDC_NO_ATOMICS__
#include <stdatomic.h>
typedef struct {
	atomic_int state;
	uint64_t bits[WORD_FILTER_BITS / 64];
} word_filter;
#define NEW_WORD_FILTER (&(word_filter){ 0 })
#else
typedef struct word_filter word_filter;
#define NEW_WORD_FILTER NULL
#endif

/* A list of folded words (lower case, as summ_fold_word makes them),
 * sorted in strcmp() order, the length in bytes of its longest, and its
 * filter (NULL: none).  The words sit in rows of WIDTH bytes, each
 * NUL-ended (an array of char[longest + 1] rows): an array of pointers
 * would cost the loader a relocation a word, some 30,000 for all the
 * languages, at every start.  WORD_LIST gives each list a filter of its
 * own, a compound literal of static storage (a list is defined at file
 * scope). */
typedef struct {
	const char *words;
	size_t width, n, longest;
	word_filter *filter;
} word_list;

#define WORD_LIST(array, longest) \
	{ array[0], sizeof array[0], sizeof array / sizeof array[0], longest, \
	  NEW_WORD_FILTER }
#define NO_WORDS { NULL, 0, 0, 0, NULL }

/* Word I of L. */
static inline const char *word_at(const word_list *l, size_t i)
{
	return l->words + i * l->width;
}

/* The stemmers' tables of suffixes are such rows too, for the same
 * reason.  ROWS(A) passes the array A of char[WIDTH] rows to a function
 * that takes (const char *t, size_t width, size_t n): its first row, the
 * width and the number of rows. */
#define ROWS(a) (a)[0], sizeof (a)[0], sizeof (a) / sizeof (a)[0]

/* Row I of T, a table of rows WIDTH bytes wide. */
static inline const char *row_at(const char *t, size_t width, size_t i)
{
	return t + i * width;
}

/* The length of the longest string of T (NT rows WIDTH bytes wide) that
 * ends W[0..N) and begins at or after FROM; 0 if none does. */
static inline size_t longest_suffix(const char *w, size_t n, size_t from,
                                    const char *t, size_t width, size_t nt)
{
	size_t best = 0;

	for (size_t i = 0; i < nt; i++) {
		const char *s = row_at(t, width, i);
		size_t k = strlen(s);
		if (k > best && n >= from + k && memcmp(w + n - k, s, k) == 0)
			best = k;
	}
	return best;
}

/* A lexicon of many words, hashed (see lang/mkcommon.py): the keys,
 * sorted, are each a word's 32-bit FNV-1a hash with the word's class in
 * its low two bits; a word is in it when its hash's high 30 bits are
 * (false positives about N / 2^30). */
typedef struct {
	const uint32_t *keys;
	size_t n;
} word_hashes;

/* The classes of lang.common. */
enum {
	COMMON_NONE = 0,             /* not in it: a name, or a singular
	                                noun that needs an article */
	COMMON_PLURAL = 1,           /* a bare plural ("Prices") */
	COMMON_BARE = 2,             /* no -s form: adverbs, adjectives,
	                                mass nouns ("Later", "Inflation") */
	COMMON_NUMBER = 3            /* a cardinal number word ("Three") */
};

/* The class of the folded word KEY (LEN bytes) in H. */
unsigned word_class(const word_hashes *h, const char *key, size_t len);

/* How many bytes a stem may be longer than its word (see lang.stem). */
#define LANG_STEM_ROOM 8

/* Makes L's filter, if it is due one and no thread has begun it.
 * Returns whether it is made (by this thread or another). */
int make_word_filter(const word_list *l);

/* Whether the word KEY (LEN bytes) is in L, by a binary search. */
int in_sorted_words(const word_list *l, const char *key, size_t len);

/* Whether the word KEY (LEN bytes) is in L, its filter made first if it
 * is due one: in_word_list's way when the filter is not made. */
int search_word_list(const word_list *l, const char *key, size_t len);

#ifndef __STDC_NO_ATOMICS__
/* The bit of a word filter that the word KEY (LEN bytes, at least one)
 * sets: a hash of its first two bytes, its last and its length, which
 * tells most words from a list's few hundred in a few instructions (a
 * hash of every byte cost more than the searches it spared). */
static inline unsigned word_filter_bit(const char *key, size_t len)
{
	const unsigned char *k = (const unsigned char *)key;
	uint32_t x = k[0] | (uint32_t)k[len > 1] << 8 |
	             (uint32_t)k[len - 1] << 16 | (uint32_t)len << 24;

	return (x * 0x9E3779B1u) >> (32 - WORD_FILTER_SHIFT);
}

/* Whether the made filter F has the bit of KEY (LEN bytes, at least
 * one). */
static inline int filter_has(const word_filter *f, const char *key,
                             size_t len)
{
	unsigned b = word_filter_bit(key, len);

	return f->bits[b / 64] >> b % 64 & 1;
}
#endif

/* Whether the folded word KEY (LEN bytes, not NUL-terminated) is in L.
 * Most words asked about are in no list, and most of those its filter
 * turns away with no search (English's 310 stopwords set one bit in 15
 * of its 4,096, Serbian's 708, the most, one in 7.5). */
static inline int in_word_list(const word_list *l, const char *key,
                               size_t len)
{
	if (len == 0 || len > l->longest)
		return 0;
#ifndef __STDC_NO_ATOMICS__
	if (l->filter &&
	    atomic_load_explicit(&l->filter->state, memory_order_acquire) == 2)
		return filter_has(l->filter, key, len) &&
		       in_sorted_words(l, key, len);
#endif
	return search_word_list(l, key, len);
}

/* The scripts that tell languages apart before their words do. */
enum lang_script {
	SCRIPT_LATIN = 0, SCRIPT_GREEK, SCRIPT_CYRILLIC, SCRIPT_ARMENIAN,
	SCRIPT_HEBREW, SCRIPT_ARABIC, SCRIPT_DEVANAGARI, SCRIPT_BENGALI,
	SCRIPT_TAMIL, SCRIPT_THAI, SCRIPT_GEORGIAN, SCRIPT_HANGUL, SCRIPT_HAN,
	SCRIPT_KANA, SCRIPT_ETHIOPIC, SCRIPT_GURMUKHI, SCRIPT_GUJARATI,
	SCRIPT_ORIYA, SCRIPT_TELUGU, SCRIPT_KANNADA, SCRIPT_MALAYALAM,
	SCRIPT_SINHALA,
	SCRIPT_UNLISTED,             /* letters of a script none of these is
	                                (lang_script_of says SCRIPT_OTHER) */
	SCRIPT_OTHER, NSCRIPTS
};

typedef struct lang {
	const char *code;            /* ISO 639-1 */
	const char *name;            /* in English */
	enum lang_script script;     /* SCRIPT_LATIN unless set */
	int ordinal_dot;             /* "3. maj": a number's period may mark
	                                an ordinal, not a sentence end (see
	                                sentences.c) */
	int ordinal_any_word;        /* ... before any capitalised word that
	                                is no stopword: German, which writes
	                                every noun so, and Turkish, whose
	                                verb closes the sentence, so that
	                                few end with a number */
	int verb_final;              /* the verb ends the clause (Korean,
	                                Hindi, Persian, Amharic): a
	                                quotation opened after a word of
	                                its sentence is followed by the
	                                verb of saying (see sentences.c) */
	int place_by_case;           /* a place is named in a case of its
	                                own, no preposition before it
	                                (Lithuanian "1932 m. Kaune",
	                                Finnish, Hungarian): a capital after
	                                a date may go on with a name */
	int nouns_capitalised;       /* every noun written with a capital
	                                (German): a capital tells no
	                                sentence's start after a number's
	                                unit ("5 Mio. Euro") */
	int compounds;               /* compounds are written as one word,
	                                and cut short as one ("Hauptstr.",
	                                "kundenr."): a word that ends in an
	                                abbreviation may be one (see
	                                lastword.h) */
	int semicolon_asks;          /* ";" is the question mark (Greek:
	                                U+037E, which Unicode folds to ";"),
	                                ending a sentence as "?" does */
	int space_ends;              /* a space between two letters of its
	                                script ends a sentence: Thai writes
	                                no stops, and spaces only between
	                                its sentences and clauses */
	int wide_letters;            /* its letters take two columns each
	                                (Korean's Hangul), and its words are
	                                spaced: a hard-wrapped line's width
	                                is its columns, as the writer's
	                                editor counted them (see
	                                engine/width.h) */
	word_hashes common;          /* common words and their classes, from
	                                a dictionary: after an abbreviation,
	                                whether a capitalised word may open
	                                a sentence (engine/abbrev.c) */
	word_list stopwords;         /* function words: never terms */
	/* The splitter's words, all without their final period: */
	word_list titles;            /* before a name: never end a sentence
	                                ("Dr.", "Gen.") */
	word_list abbrevs;           /* abbreviations when capitalised, which
	                                end a sentence only before a
	                                capitalised common word ("Inc.") */
	word_list lower_abbrevs;     /* abbreviations in lower case too */
	word_list phrase_ends;       /* those that close their phrase: a
	                                list's ("usw.", "т.д", also written
	                                "т. д."), a year's era ("v. Chr.",
	                                "a.C."); a capital after one opens
	                                a sentence */
	word_list times;             /* time abbreviations ("p.m.") */
	word_list time_followers;    /* words after which a time goes on
	                                ("6 p.m. Tuesday") */
	word_list months;            /* the months' names, whole and cut
	                                short: a day's number before one is
	                                an ordinal, whatever stands before
	                                it ("Linux 7. Jan. 2001") */
	word_list joiners;           /* words that join what follows them to
	                                what came before (and, or, which,
	                                such as): a clause that opens with
	                                one goes on its sentence, where a
	                                space parts clauses and sentences
	                                alike (engine/clauses.h), and so
	                                does a word after an ellipsis, in a
	                                script without case to show it */
	word_list relatives;         /* relative pronouns: a remark in
	                                brackets that opens with one belongs
	                                to the sentence before */
	word_list said;              /* verbs of saying, as they follow a
	                                quotation that opens its sentence,
	                                with the speaker, in its attribution
	                                ("?" Jonah asked.): where no case or
	                                word order shows that the sentence
	                                goes on (see attribution_follows) */
	word_list said_suffixes;     /* the object pronouns a verb of saying
	                                may carry joined to it, so that
	                                lang.said lists each form once
	                                (Arabic سألت, سألتهم: "she asked
	                                them") */
	/* Paragraphs': */
	word_list dangling;          /* words that cannot end a line of their
	                                own ("the", "of") */
	word_list closings;          /* the words of a letter's closing
	                                formulas ("grüßen" of "Mit
	                                freundlichen Grüßen"), which many
	                                write with no comma after them (see
	                                letters.h) */
	word_list licences;          /* the words of a heading over a
	                                licence ("License", "Lizenz"): the
	                                legal text under it, a document's
	                                last section, is boilerplate */
	word_list notices;           /* the phrases of a service's notice at
	                                a message's end, of why its reader
	                                receives it or how to stop it ("you
	                                are receiving this", "unsubscribe"):
	                                folded words, one space between them
	                                ("e-mail" is two: "e mail"), or a
	                                run of a script without spaces (see
	                                engine/sections.c) */
	word_list formulas;          /* the courtesy formulas of a letter,
	                                which make a sentence with little
	                                else: greetings, thanks, offers of
	                                help ("thank you for your email",
	                                "お世話になっております"), written as
	                                notices are */
	word_list introductions;     /* how a letter's writer says who
	                                writes, at the start of a sentence
	                                or, in Japanese and Korean, at its
	                                end ("my name is", "ich bin die
	                                Mutter von", "と申します") */
	/* Rewrites the folded word WORD (LEN bytes of any kind: UTF-8 in
	 * lower case as a rule, but digits, apostrophes and invalid bytes
	 * may come) in place as its stem and returns the stem's length, at
	 * most LEN + LANG_STEM_ROOM (a few algorithms add a letter; WORD has
	 * room for that).  Thread-safe, no allocation, never reads past
	 * WORD[LEN - 1].  NULL for a language without a stemmer: its words
	 * are their own stems. */
	size_t (*stem)(char *word, size_t len);
} lang;

/* The languages built in, one file each. */
extern const lang lang_en;

/* Indonesian's stemmer (lang.stem), which Malay shares. */
size_t stem_id(char *word, size_t len);

/* The number of languages built in, and language I of them (I below that
 * number), in the order of their codes. */
size_t lang_count(void);
const lang *lang_at(size_t i);

/* The language whose ISO 639-1 code is CODE, or NULL if none is built
 * in. */
const lang *lang_find(const char *code);

/* The word lists of a lang (stopwords to introductions): how many, and
 * the Ith of LG (I below that number), its field's name into *NAME. */
#define LANG_LISTS 18
const word_list *lang_list(const lang *lg, size_t i, const char **name);

/* The particles of surnames in many languages ("van", "de", "bin"). */
extern const word_list name_particles;

/* Makes the filter of every list here (see word_filter), which each list
 * otherwise makes at its first search. */
void lang_make_filters(void);

/* The language of no list and no stemmer ("none"): its stopwords are
 * found in each document, as the most frequent short words. */
extern const lang lang_none;

/* The script of the code point CP, or SCRIPT_OTHER (punctuation, digits,
 * symbols and scripts no language here is written in). */
enum lang_script lang_script_of(unsigned long cp);

/* The language of a document when none is asked for. */
#define LANG_DEFAULT (&lang_en)

#endif /* SUMM_LANG_H */
