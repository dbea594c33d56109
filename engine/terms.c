/*
 * terms.c - words into terms: the tokenizer.  Takes the sentences; hands
 * on each sentence's word count (as wc(1) counts them) and its terms, the
 * stem ids of its content words, in one compact stream (see summ_doc),
 * with the forms and stems of the document.
 *
 * Words are maximal runs of letters and digits (see words.c).  Each word
 * is case-folded and looked up in a hash table of surface forms (the term
 * table, table.h); only a form seen for the first time is checked against
 * the stopwords and stemmed (see lang.h), so the per-word cost is a scan
 * and a hash.  That is the engine's hot loop: plain ASCII is read 64
 * bytes at a step by the block scan (blocks.h), which finds, folds and
 * hashes its words from masks of its byte classes; the rest a token at a
 * time, here.
 */
#include "terms.h"
#include "blocks.h"
#include "chars.h"
#include "memo.h"
#include "table.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* The id of stem KEY (not empty: see slot_empty), added if new; NO_TERM
 * when out of memory. */
static uint32_t intern_stem(summ_doc *d, const char *key, size_t len)
{
	uint64_t h = hash_key(key, len);
	slot *s;
	long long off;
	stem *st;

	if (table_reserve(d) < 0)
		return NO_TERM;
	s = table_find(d, key, len, h);
	if (s->stem)
		return s->stem - 1;
	if ((off = store_key(d, s, key, len)) < 0 ||
	    grow_large(&d->stems, &d->stems_cap, d->nstems + 1,
	               sizeof *d->stems))
		return NO_TERM;
	st = &d->stems[d->nstems];
	memset(st, 0, sizeof *st);
	st->key = (uint32_t)off;
	st->key_len = (unsigned)len;
	if (d->derive_stops)                   /* only they read it */
		st->chars = (unsigned)summ_utf8_length(key, len);
	slot_take(&d->table, s, key);
	s->stem = (uint32_t)++d->nstems;
	return s->stem - 1;
}

/* Whether the key KEY (LEN bytes) is a number: digits of any script
 * ("1402" as "۱۴۰۲" or "१४०२"), and apostrophes ("'90"). */
static int is_number(const char *key, size_t len)
{
	size_t n;

	for (size_t i = 0; i < len; i += n) {
		n = 1;
		if (key[i] != '\'' && class_at(key, len, i, &n) != C_DIGIT)
			return 0;
	}
	return 1;
}

/* The stem of the folded word KEY (LEN bytes) into ST (room for MAX_KEY
 * + LANG_STEM_ROOM + 8 bytes), zero-padded for hash_key: its length, or
 * 0 for a stopword, a number or a word that stems to nothing (a
 * possessive alone, "ʼs"). */
static size_t stem_of(const summ_doc *d, const char *key, size_t len,
                      char *st)
{
	size_t sl;

	if (len <= 1 || is_stopword(d, key, len) || is_number(key, len))
		return 0;
	memcpy(st, key, len);
	sl = memchr(key, '.', len) || !d->lang->stem ? len
	                                             : d->lang->stem(st, len);
	memset(st + sl, 0, 8);
	if (sl == 0 || ((sl != len || memcmp(st, key, len) != 0) &&
	                is_stopword(d, st, sl)))  /* (the word was looked up) */
		return 0;
	return sl;
}

/* The stem id of the folded word KEY (LEN bytes, with the hash H), a
 * form not seen before: NO_TERM for none (see stem_of), else its stem,
 * added if new, as the thread's memo has it when it has the word.  Sets
 * *OOM when out of memory. */
static uint32_t form_stem(summ_doc *d, const char *key, size_t len,
                          uint64_t h, int *oom)
{
	char st[MAX_KEY + LANG_STEM_ROOM + 8];
	memo_entry *e = d->memo ? memo_entry_for(d->memo, h) : NULL;
	size_t sl;
	uint32_t id;

	if (e && memo_holds(e, d->lang, key, len)) {
		if (e->stem_len == MEMO_NO_STEM)
			return NO_TERM;
		sl = e->stem_len;
		memcpy(st, e->stem, sl);
		memset(st + sl, 0, 8);
	} else {
		sl = stem_of(d, key, len, st);
		if (e)
			memo_keep(e, d->lang, key, len, sl ? st : NULL, sl);
		if (sl == 0)
			return NO_TERM;
	}
	if ((id = intern_stem(d, st, sl)) == NO_TERM)
		*oom = 1;
	return id;
}

/* Adds the folded word KEY (padded for key_equal, with the hash H), a
 * form not seen before, and returns it: a new form is checked against
 * the stopwords and stemmed.  S is the slot where the key was not found
 * as a form, used unless stemming changed the table.  Returns NULL when
 * out of memory. */
static form *add_form(summ_doc *d, const char *key, size_t len, uint64_t h,
                      slot *s)
{
	size_t cap = d->table.cap, used = d->table.used;
	int oom = 0;
	uint32_t stem_id = form_stem(d, key, len, h, &oom);
	long long off;
	form *f;

	if (oom || table_reserve(d) < 0)
		return NULL;
	/* The stem's slot may be this key's, or the table may have grown. */
	if (d->table.cap != cap || d->table.used != used)
		s = table_find(d, key, len, h);
	if ((off = store_key(d, s, key, len)) < 0 ||
	    grow_large(&d->forms, &d->forms_cap, d->nforms + 1,
	               sizeof *d->forms))
		return NULL;
	f = &d->forms[d->nforms];
	memset(f, 0, sizeof *f);
	f->key = (uint32_t)off;
	f->key_len = (uint8_t)len;
	f->stem = stem_id;
	slot_take(&d->table, s, key);
	s->form = (uint32_t)++d->nforms;
	return f;
}

/* The form of the folded word KEY (padded for key_equal, with the hash
 * H), added if new; NULL when out of memory.  Most words are forms seen
 * before: they are looked up before room is made (the table is made
 * before the first, see tokenize). */
static inline form *find_form(summ_doc *d, const char *key, size_t len,
                              uint64_t h)
{
	slot *s = table_find(d, key, len, h);

	return s->form ? &d->forms[s->form - 1] : add_form(d, key, len, h, s);
}

/* The case shape of the word TEXT[START..END). */
static int word_shape(const char *text, size_t start, size_t end)
{
	size_t i = start, n;

	if ((unsigned char)text[i] < 0x80 && !(byte_class[(unsigned char)text[i]] & C_UPPER))
		return SHAPE_LOWER;
	if (!(class_at(text, end, i, &n) & C_UPPER))
		return SHAPE_LOWER;
	for (i += n; i < end; i += n)
		if (class_at(text, end, i, &n) & C_LOWER)
			return SHAPE_CAPITAL;
	return i - start > n ? SHAPE_UPPER : SHAPE_CAPITAL;
}

/* Makes room in the term stream (see summ_doc) for N more terms, five
 * bytes each at most.  Returns -1 when out of memory. */
static int reserve_terms(summ_doc *d, size_t n)
{
	return d->terms_cap - d->terms_len < 5 * n &&
	       (d->terms_len + 5 * n > UINT32_MAX ||
	        grow_large(&d->terms, &d->terms_cap, d->terms_len + 5 * n, 1)) ? -1 : 0;
}

/* Appends stem ID to the term stream, where room was reserved, if KEEP
 * (1), else leaves the stream as it was (0).  Terms and stopwords, and
 * the ids of frequent stems (one byte) and of the others (two), follow
 * each other at random, and branches on them were mispredicted: an id
 * below 2^14, nearly every term, is written as two bytes either way (of
 * id 0 when not kept), and the stream's end moves past one or two of
 * them, or none if not KEEP.  Larger ids, of rare stems, take the loop. */
static inline void push_term(summ_doc *d, uint32_t id, unsigned keep)
{
	unsigned char *p = d->terms + d->terms_len;
	unsigned two;

	id &= 0u - keep;
	if (id >= 1u << 14) {
		for (; id >= 0x80; id >>= 7)
			*p++ = (unsigned char)(id | 0x80);
		*p++ = (unsigned char)id;
		d->terms_len = (size_t)(p - d->terms);
		return;
	}
	two = id >= 0x80;
	p[0] = (unsigned char)(id | two << 7);
	p[1] = (unsigned char)(id >> 7);
	d->terms_len += (1 + two) * keep;
}

/* Counts a word of the form F with the case shape SHAPE, in a sentence
 * of KIND (enum summ_kind): a body word counts its shape and, if it is a
 * term (not a stopword or a number), adds its stem id to the term
 * stream; a heading's or the title's word that is a term marks its stem;
 * a frame's counts for nothing.  (The counts of forms and stems are
 * the sums of these, made once at the end.)  A stopword's shapes are
 * counted, never read, so that a body word costs no branch on whether it
 * is one (see push_term).  Room for its term must have been reserved. */
static inline void add_word(summ_doc *d, form *f, int shape, int kind)
{
	unsigned term = f->stem != NO_TERM;

	if (kind != SUMM_BODY) {
		if (term && kind != SUMM_FRAME)
			d->stems[f->stem].in_heading = 1;
		return;
	}
	f->shape_count[shape]++;
	push_term(d, f->stem, term);
}

/* Reads the word at TEXT[*POS] (a letter or digit) up to END, moves
 * *POS past it and sets *FORM_OF to its form (find_form), or to NULL
 * when it is too long to be a term, or opens an address (see
 * address_end), which *POS is then moved past.  Returns -1 when out of
 * memory. */
static int next_form(summ_doc *d, size_t *pos, size_t end,
                     form **form_of)
{
	size_t i = *pos, klen, a;
	char key[MAX_KEY + 8];

	*pos = word_end(d->text, i, end, key, &klen);
	*form_of = NULL;
	if ((a = address_end(d->text, i, *pos, end)) != 0) {
		*pos = a;
		return 0;
	}
	return klen && !(*form_of = find_form(d, key, klen, hash_key(key, klen)))
	       ? -1 : 0;
}

/* A sentence's words as they are read: how many there are as wc(1)
 * counts them (runs of anything but white space), whether the last
 * character read was part of one, and whether any is a word of letters
 * or digits. */
typedef struct {
	size_t words;
	unsigned in_word, any;
	int kind;                    /* the sentence's: enum summ_kind */
	size_t opener;               /* the form of its first word, + 1, if
	                                that is capitalised; else 0 */
} tally;

/* Notes form F, of shape SHAPE, as the first word of the sentence that
 * T tallies. */
static inline void note_opener(const summ_doc *d, tally *t, const form *f,
                               int shape)
{
	if (shape == SHAPE_CAPITAL)
		t->opener = (size_t)(f - d->forms) + 1;
}

/* The code point at TEXT[I] (I < END). */
static uint32_t cp_at(const char *text, size_t i, size_t end)
{
	uint32_t cp;

	u8_decode((const unsigned char *)text + i, end - i, &cp);
	return cp;
}

/* Whether S[I..END) opens with a combining voicing mark of Kana (U+3099,
 * U+309A, in NFD text). */
static inline int voicing_at(const unsigned char *s, size_t i, size_t end)
{
	return end - i >= 3 && s[i] == 0xE3 && s[i + 1] == 0x82 &&
	       (s[i + 2] == 0x99 || s[i + 2] == 0x9A);
}

/* Whether the pair (or lone unit) P[0..LEN) of a run without spaces
 * holds a Kana with its voicing mark: the mark closes a unit (see
 * unit_at), the first or the last. */
static inline int voiced_pair(const unsigned char *p, size_t len)
{
	return len >= 6 && (voicing_at(p, len - 3, len) ||
	                    (len > 6 && voicing_at(p, 3, len)));
}

/* Where the unit of a run without spaces that starts at S[I] ends, and
 * its first code point in *CP; I itself if no such run goes on there
 * (at END, or a character of a spaced script).  A unit is a character,
 * but in Thai a cluster, as a reader's eye takes it: a leading vowel and
 * its consonant, with the vowel signs and tone marks above and below it
 * and the vowels that follow it.  Thai writes each of those as a code
 * point of its own, and a pair of code points is mostly a fragment of a
 * syllable, where a pair of clusters is mostly a syllable pair, as a
 * pair of Han characters is. */
static ALWAYS_INLINE size_t unit_at(const unsigned char *s, size_t i,
                                    size_t end, uint32_t *cp)
{
	uint32_t c;
	size_t j, n;

	if (i >= end || s[i] < 0x80)
		return i;
	/* The commonest Han characters, U+4E00 to U+9FFF, in short. */
	if (s[i] >= 0xE4 && s[i] <= 0xE9 && end - i >= 3 && is_cont(s[i + 1]) &&
	    is_cont(s[i + 2]) && (s[i] > 0xE4 || s[i + 1] >= 0xB8)) {
		*cp = (uint32_t)(s[i] & 0x0F) << 12 |
		      (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
		return i + 3;
	}
	j = i + u8_decode(s + i, end - i, cp);
	if (!is_spaceless(*cp))
		return i;
	if (*cp < 0xE01 || *cp > 0xE4E)
		return *cp >= 0x3041 && *cp <= 0x30FF && voicing_at(s, j, end)
		       ? j + 3 : j;              /* a Kana and its voicing mark */
	if (*cp >= 0xE40 && *cp <= 0xE44 && j < end &&
	    (n = u8_decode(s + j, end - j, &c)) && c >= 0xE01 && c <= 0xE2E)
		j += n;                        /* a leading vowel's consonant */
	while (j < end && (n = u8_decode(s + j, end - j, &c)) &&
	       (c == 0xE30 || (c >= 0xE31 && c <= 0xE3A) || c == 0xE45 ||
	        (c >= 0xE47 && c <= 0xE4E)))
		j += n;                        /* marks and following vowels */
	return j;
}

/* Whether a pair of units of a run without spaces, whose first code
 * points are X and Y, is a term: not when Y is Hiragana after Hiragana
 * or Katakana.  In Japanese, Hiragana spell inflections and particles
 * rather than the subject, and a Katakana word is never inflected:
 * Katakana then Hiragana is a word and the particle after it. */
static int pair_is_term(uint32_t x, uint32_t y)
{
	return !(is_hiragana(y) && (is_hiragana(x) || is_katakana(x)));
}

/* Adds the term TEXT[A..B) of a run without spaces, a pair of units or
 * the run's LONE unit, unless it is longer than a key may be.  Returns
 * -1 when out of memory.  Inline in its loop: a pair of two Han
 * characters, six bytes, is most of a Chinese text's terms, and its key
 * one load, masked, and one hash step; a pair of six bytes holds no
 * voicing mark (a unit of Kana and its mark is six bytes itself). */
static ALWAYS_INLINE int add_pair(summ_doc *d, const tally *t, size_t a,
                                  size_t b, int lone)
{
	char key[MAX_KEY + 8];
	size_t len = b - a;
	uint64_t h, x;
	form *f;

	if (len > MAX_KEY)
		return 0;
	if ((lone || len > 6) &&
	    voiced_pair((const unsigned char *)d->text + a, len)) {
		len = voiced_kana_key(d->text + a, len, key);
		memset(key + len, 0, 8);
		h = hash_key(key, len);
	} else if (len < 8 && d->len - a >= 8) {
		memcpy(&x, d->text + a, 8);
		x &= (UINT64_C(1) << 8 * len) - 1;
		memcpy(key, &x, 8);
		h = hash_step(len * HASH_SEED, x);     /* as hash_key makes it */
	} else {
		if (len <= 16 && d->len - a >= 16)     /* two loads, no call */
			memcpy(key, d->text + a, 16);
		else
			memcpy(key, d->text + a, len);
		memset(key + len, 0, 8);
		h = hash_key(key, len);
	}
	if (!(f = find_form(d, key, len, h)) || reserve_terms(d, 1))
		return -1;
	add_word(d, f, SHAPE_LOWER, t->kind);
	return 0;
}

/* Reads the run of a script without spaces at TEXT[*POS] (before END)
 * and moves *POS past it: each unit (see unit_at) counts as a word (the
 * first is counted already), and each pair of units is a term, or the
 * unit alone if the run has one.  Word boundaries are not written, and
 * pairs find most words: one of two units, the commonest length in
 * Chinese and Japanese, is one pair, and a pair across a boundary is
 * rare enough to weigh little.  Each character is decoded once.
 * Returns -1 when out of memory.  Its units and pairs are inline in its
 * loop, and it is kept out of token_step, where spaced text does not
 * need it: GCC had it the other way round, and 2 MB of Chinese took 8%
 * more instructions (callgrind), news as many as now. */
static NEVER_INLINE int spaceless_run(summ_doc *d, tally *t, size_t *pos,
                                     size_t end)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t a = *pos, b, c;
	uint32_t x = 0, y = 0;       /* (for the compiler: set where read) */

	b = unit_at(s, a, end, &x);
	c = unit_at(s, b, end, &y);
	if (c == b) {                          /* alone, and no particle */
		*pos = b;
		return is_hiragana(x) ? 0 : add_pair(d, t, a, b, 1);
	}
	do {
		if (pair_is_term(x, y) && add_pair(d, t, a, c, 0))
			return -1;
		t->words++;
		a = b, b = c, x = y;
	} while ((c = unit_at(s, b, end, &y)) > b);
	*pos = b;
	return 0;
}

/* Reads one token at TEXT[*POS] (before END) and moves *POS past it:
 * a character that is not a letter or digit, a whole word (see
 * summ_next_word), added with add_word, or a run of a script without
 * spaces (see spaceless_run).  Returns -1 when out of memory. */
static int token_step(summ_doc *d, tally *t, size_t *pos, size_t end)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t i = *pos, n = 1;
	unsigned cls = byte_class[s[i]];
	uint32_t cp = s[i];
	form *f;
	int opens;

	if (cls == 0) {                        /* not ASCII */
		n = u8_decode(s + i, end - i, &cp);
		cls = cp_class(cp);
	}
	if (!(cls & C_ALNUM)) {
		t->words += cls != C_SPACE && !t->in_word;
		t->in_word = cls != C_SPACE;
		*pos = i + n;
		return 0;
	}
	/* A word: none of its characters is white space. */
	opens = !t->any;
	t->words += !t->in_word;
	t->in_word = t->any = 1;
	if (is_spaceless(cp))
		return spaceless_run(d, t, pos, end);
	if (next_form(d, pos, end, &f) || reserve_terms(d, 1))
		return -1;
	if (f) {
		int shape = word_shape(d->text, i, *pos);
		if (opens)
			note_opener(d, t, f, shape);
		add_word(d, f, shape, t->kind);
	}
	return 0;
}

#ifdef BYTE_MASKS
/* Reads the text at TEXT[*POS] on, 64 bytes (fewer at END) at most, by
 * the block scan (see blocks.h): counts its words as wc(1) does, adds
 * each word it finds with add_word and moves *POS past what it read.
 * Returns 1 when the next 64 bytes may be read the same way, 0 when
 * token_step must read on, -1 when out of memory. */
static int tokenize_block(summ_doc *d, tally *t, size_t *pos, size_t end)
{
	block_scan s;
	unsigned char copy[BLOCK_COPY];
	size_t p, e;
	char key[16];
	int again, opens = !t->any;

	/* At most 32 words, one term each, fit in 64 bytes. */
	if (reserve_terms(d, 32))
		return -1;
	block_start(&s, copy, d->text, d->len, *pos, end);
	while (block_next(&s, &p, &e)) {
		uint64_t h = block_key(&s, p, e, key);
		form *f = find_form(d, key, e - p, h);
		int shape;
		if (!f)
			return -1;
		shape = block_shape(&s, p, e);
		if (opens) {                   /* the sentence's first word */
			note_opener(d, t, f, shape);
			opens = 0;
		}
		add_word(d, f, shape, t->kind);
		t->any = 1;
	}
	*pos += block_end(&s, &t->words, &t->in_word, &again);
	return again;
}
#endif

#ifdef SUMM_SELF_CHECK
int summ_scalar_tokens;                /* see blocks.h */
#endif

/* Tokenizes sentence K: counts its words as wc(1) does and adds each of
 * its words (see summ_next_word) with add_word.  Plain ASCII is read 64
 * bytes at a step from its byte masks where the compiler and byte order
 * allow (GCC or Clang on a little-endian machine); the rest, a token at
 * a time. */
static int tokenize_sentence(summ_doc *d, size_t k)
{
	size_t i = sent_offset(d, k), end = i + d->sent[k].length;
	tally t = { 0, 0, 0, (int)sent_kind(d, k), 0 };

	while (i < end) {
#ifdef BYTE_MASKS
		/* (A byte beyond ASCII but Latin-1's first would stop the
		 * block at once.) */
		unsigned char c = (unsigned char)d->text[i];
		int again = BLOCK_STEPS && (c < 0x80 || c == 0xC3)
		            ? tokenize_block(d, &t, &i, end) : 0;
		if (again < 0)
			return -1;
		if (again || i >= end)
			continue;
#endif
		if (token_step(d, &t, &i, end))
			return -1;
	}
	if (t.opener && t.kind == SUMM_BODY &&
	    d->forms[t.opener - 1].openings < UINT16_MAX)
		d->forms[t.opener - 1].openings++;
	if (t.any)
		d->sent[k].has_words = 1;
	d->sent[k].words = (uint32_t)t.words;
	return 0;
}

int tokenize(summ_doc *d)
{
	/* (A caller's stopwords are the run's, but the memo cannot tell one
	 * list from another.) */
	d->memo = d->extra_stops ? NULL : thread_memo();
	if (table_reserve(d) < 0 ||
	    !(d->body_at = malloc((d->nsent / PARA_BLOCK + 1) * sizeof *d->body_at)))
		return -1;
	for (size_t k = 0; k < d->nsent; k++) {
		if (k % PARA_BLOCK == 0)
			d->body_at[k / PARA_BLOCK] = d->nbody;
		if (tokenize_sentence(d, k))
			return -1;
		d->sent[k].term_end = (uint32_t)d->terms_len;
		d->words += d->sent[k].words;
		d->nbody += is_candidate(d, k);
	}
	/* A stem's count is its forms'. */
	for (size_t i = 0; i < d->nforms; i++) {
		const form *f = &d->forms[i];
		if (f->stem != NO_TERM)
			d->stems[f->stem].count += form_count(f);
	}
	return 0;
}

/* The form of D whose key is KEY (K bytes, room for 8 more), as its id
 * + 1, if it is a term; else 0. */
static uint32_t term_form(const summ_doc *d, char *key, size_t k)
{
	const slot *s;

	if (k == 0 || d->table.cap == 0)
		return 0;
	memset(key + k, 0, 8);                 /* for hash_key */
	s = table_find(d, key, k, hash_key(key, k));
	return s->form && d->forms[s->form - 1].stem != NO_TERM ? s->form : 0;
}

/* The form of the pair of characters (or the lone character) TEXT[A..B)
 * of a run without spaces, as term_form gives it. */
static uint32_t pair_in_table(const summ_doc *d, size_t a, size_t b)
{
	char key[MAX_KEY + 8];

	if (b - a > MAX_KEY)
		return 0;
	if (voiced_pair((const unsigned char *)d->text + a, b - a))
		return term_form(d, key, voiced_kana_key(d->text + a, b - a, key));
	memcpy(key, d->text + a, b - a);
	return term_form(d, key, b - a);
}

/* Whether the run without spaces that holds TEXT[I] starts there. */
static int starts_run(const char *text, size_t i)
{
	return i == 0 || !is_spaceless(cp_at(text, prev_char(text, 0, i), i));
}

/* The next term of the run without spaces TEXT[A..WE) from A on, as
 * spaceless_run took them, into *TS and *TE; *POS goes to the character
 * after its first.  Returns its form as term_form does, 0 when the run
 * has no more. */
static uint32_t next_pair(const summ_doc *d, size_t a, size_t we,
                          size_t *pos, size_t *ts, size_t *te)
{
	const char *text = d->text;
	const unsigned char *s = (const unsigned char *)text;
	uint32_t f, x = 0, y = 0;    /* (for the compiler: set where read) */
	size_t b = unit_at(s, a, we, &x), c;

	if (b >= we) {                         /* the run's last character */
		*ts = a;
		*te = *pos = b;
		return starts_run(text, a) ? pair_in_table(d, a, b) : 0;
	}
	for (; b < we; a = b, b = c, x = y) {
		c = unit_at(s, b, we, &y);
		if (pair_is_term(x, y) && (f = pair_in_table(d, a, c))) {
			*ts = a;
			*te = c;
			*pos = b;
			return f;
		}
	}
	return 0;
}

int next_term_form(const summ_doc *d, size_t end, size_t *pos, size_t *ts,
                   size_t *te, uint32_t *form_id, int *shape)
{
	size_t p = *pos, ws, we;
	char key[MAX_KEY + 8];
	uint32_t f;

	while (summ_next_word(d->text, end, &p, &ws, &we)) {
		size_t a = address_end(d->text, ws, we, end);

		if (a) {                       /* not terms, see next_form */
			*pos = p = a;
			continue;
		}
		if (is_spaceless(cp_at(d->text, ws, we))) {
			if ((f = next_pair(d, ws, we, pos, ts, te))) {
				*form_id = f - 1;
				if (shape)
					*shape = SHAPE_LOWER;
				return 1;
			}
		} else if ((f = term_form(d, key,
		                          summ_fold_word(d->text, ws, we, key)))) {
			*ts = ws;
			*te = *pos = we;
			*form_id = f - 1;
			if (shape)
				*shape = word_shape(d->text, ws, we);
			return 1;
		}
		*pos = p;
	}
	return 0;
}

int next_term(const summ_doc *d, size_t end, size_t *pos, size_t *ts,
              size_t *te)
{
	uint32_t form_id;

	return next_term_form(d, end, pos, ts, te, &form_id, NULL);
}

#ifdef SUMM_SELF_CHECK
/* Whether A and B, parsed from the same text with and without the
 * 64-byte steps (blocks.h), have the same language and tokens: word
 * counts, terms, forms with their counts and shapes, and stems. */
int summ_same_tokens(const summ_doc *a, const summ_doc *b)
{
	if (a->lang != b->lang || a->nsent != b->nsent || a->words != b->words ||
	    a->nbody != b->nbody || a->terms_len != b->terms_len ||
	    a->nforms != b->nforms || a->nstems != b->nstems ||
	    a->keys_len != b->keys_len ||
	    (a->terms_len && memcmp(a->terms, b->terms, a->terms_len)) ||
	    (a->keys_len && memcmp(a->keys, b->keys, a->keys_len)))
		return 0;
	for (size_t k = 0; k < a->nsent; k++)
		if (a->sent[k].words != b->sent[k].words ||
		    a->sent[k].term_end != b->sent[k].term_end ||
		    is_candidate(a, k) != is_candidate(b, k))
			return 0;
	for (size_t i = 0; i < a->nforms; i++) {
		const form *f = &a->forms[i], *g = &b->forms[i];
		if (f->stem != g->stem)
			return 0;
		for (int sh = 0; sh < NSHAPES; sh++)
			if (f->shape_count[sh] != g->shape_count[sh])
				return 0;
	}
	for (size_t i = 0; i < a->nstems; i++)
		if (a->stems[i].count != b->stems[i].count ||
		    a->stems[i].in_heading != b->stems[i].in_heading)
			return 0;
	return 1;
}
#endif
