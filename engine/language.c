/*
 * language.c - which language a text is in, when the caller does not
 * say.  Takes the start of the text; hands on a language of lang/.
 *
 *  1. Script.  The letters of the first SAMPLE bytes are counted by
 *     script (Latin, Cyrillic, Arabic, Han, Kana, ...), each by its
 *     bytes; the script with the most decides which languages may be
 *     meant, and names the language when no other one here writes it
 *     (Greek, Thai, Korean: such a language has no profile, and no bit
 *     in the sets below, which hold the languages that share a script,
 *     see lang/mkindex.c).  Kana among Han means Japanese.  Names for
 *     machines (paths, addresses, identifiers, options) count for no
 *     script, and their words for no language (see machine_at).
 *  2. Words.  Where that leaves more than one language, each word of the
 *     sample (up to MAX_WORDS) is evidence, as a naive Bayes classifier
 *     weighs it: its trigrams (" de", "de ", with a space at each end)
 *     and the word itself cost each language -ln P, P its frequency in
 *     that language's profile (lang/ngrams.inc, made by lang/mkngrams.py
 *     from message catalogues), or a floor for one its profile lacks,
 *     the same for every language.  So only what each saves on the
 *     floor, its gain, is added up.
 *     A capitalised word, a name as often as not, counts half.
 *  3. Stopwords.  A word that k candidates list as a stopword adds
 *     STOP_GAIN / k to each (lang/stopindex.inc): function words are the
 *     likeliest words of any text, however short, and a list names them
 *     for a language whose profile is thin.
 *  4. The script's first language (English for Latin) is the likelier
 *     beforehand, by PRIOR, and stands when no word is read.
 *  5. No language here.  Every language writes its function words
 *     often: in texts of 1,500 characters or more held out from the
 *     profiles, one word in two to six was one of its list's (each
 *     language's median), and one in 25 at the fewest.  So a text of a
 *     script many languages write (see shared_script) in which
 *     FOREIGN_WORDS words in lower case, or more, have been read, and
 *     fewer than one in FOREIGN_SHARE of them are stopwords of the
 *     language found, is in none of them (Uzbek, Mongolian, Uyghur,
 *     Kazakh): it is read as no language, its stopwords found in it
 *     (see scores.c), not with a neighbour's list and stemmer.  A
 *     language near one here (Asturian, Afrikaans, Pashto) shares some
 *     of its function words and is read as it.
 *
 * All in integers (1/NGRAM_SCALE nat), so that every machine decides
 * alike.  The cost is fixed by SAMPLE: per word one search of each
 * index for the word and one for each trigram, however long the text;
 * and it stops early, at a 16-word mark, once the leader is DECIDED
 * ahead, which no rest of a sample overturns in practice, and only its
 * stopwords are looked for after that, until there are enough of them
 * (MAX_WORDS / FOREIGN_SHARE) for no rest of the sample to make it
 * foreign.
 */
#include "language.h"
#include "blocks.h"
#include "chars.h"
#include "words.h"

#include <stdint.h>
#include <string.h>

#define SAMPLE 8192              /* bytes read for the script */
#define MAX_WORDS 400            /* words of them read for the words */

/* Weights, in 1/NGRAM_SCALE nat for a word in lower case: */
#define LOWER 4                  /* a word in lower case counts in full */
#define CAPITAL 2                /* and a capitalised one half */
#define WORD_WEIGHT 8            /* the whole word, twice a trigram */
#define STOP_GAIN (2 * NGRAM_SCALE)     /* a stopword, shared: 2 nats */
#define PRIOR (3 * NGRAM_SCALE)         /* the script's first language */
#define DECIDED (40 * NGRAM_SCALE)      /* a lead that stops the reading */
#define FOREIGN_WORDS 100        /* words in lower case read before a */
#define FOREIGN_SHARE 50         /* text has too few stopwords: 1 in this */

#include "../lang/stopindex.inc"
#include "../lang/ngrams.inc"

/* The languages that list the folded word KEY (LEN > 0 bytes). */
static uint64_t stopword_langs(const char *key, size_t len)
{
	unsigned char first = (unsigned char)key[0];
	size_t lo = stop_first[first], hi = stop_first[first + 1];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *w = stop_index[mid].word;
		int c = strncmp(key, w, len);
		if (c == 0 && w[len] != '\0')
			c = -1;                    /* KEY is a prefix of W */
		if (c == 0)
			return stop_index[mid].langs;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Whether the script with the most of COUNT can no longer be overtaken
 * by the letters of LEFT bytes more (nor be Han, which Kana may turn
 * into Japanese), not even by Han and Kana together (see main_script). */
static int script_decided(const size_t *count, size_t left)
{
	size_t first = 0, second = 0;
	size_t japanese = count[SCRIPT_HAN] + count[SCRIPT_KANA];
	int best = SCRIPT_OTHER;

	for (int sc = 0; sc < SCRIPT_OTHER; sc++) {
		if (count[sc] > first) {
			second = first;
			first = count[sc];
			best = sc;
		} else if (count[sc] > second) {
			second = count[sc];
		}
	}
	if (japanese > second)
		second = japanese;
	return best != SCRIPT_HAN && best != SCRIPT_KANA && first > second &&
	       first - second > left;
}

/* Names for machines.  Texts of every script carry paths, addresses,
 * identifiers, variables, markup and commands' options in Latin letters
 * ("/etc/passwd", "jfh@bga.com", "PASS_MIN_DAYS", "--pager=less",
 * "passwd(5)", "syntax.vim"): words of no language, they are evidence
 * neither of one nor of its script.  Such a name is a run of characters
 * that may be part of one (see in_run) with a character inside that
 * prose never puts inside a word (see machine_at). */

/* Whether CP may be part of a name for machines: a character of ASCII
 * but white space, or a letter below U+0800 (the alphabets; the scripts
 * written without spaces lie beyond). */
static int in_run(uint32_t cp)
{
	return cp < 0x80 ? !(byte_class[cp] & C_SPACE)
	                 : cp < 0x800 && cp_class(cp) & C_LETTER;
}

/* Whether S[I] is a character of ASCII of the byte class CLS. */
static int ascii_is(const unsigned char *s, size_t i, size_t len,
                    unsigned cls)
{
	return i < len && s[i] < 0x80 && byte_class[s[i]] & cls;
}

/* Whether the ASCII character S[I] (not white space) of a run that
 * starts at S[START] makes it a name for machines: a slash, an at sign,
 * an underscore and their kind anywhere, a hyphen before a letter or
 * digit at the start ("-P"), a period between letters ("syntax.vim"; an
 * abbreviation, "e.g.", has no trigrams anyway), a bracket after a
 * letter ("passwd(5)"). */
static inline int machine_at(const unsigned char *s, size_t start,
                             size_t i, size_t len)
{
#define BIT(c) ((uint64_t)1 << ((c) & 63))
	/* Those characters, below 64 and from 64 (a test for most bytes). */
	static const uint64_t low = BIT('/') | BIT('=') | BIT('<') | BIT('>') |
	                            BIT('$') | BIT('#') | BIT('-') | BIT('.') |
	                            BIT('('),
	                      high = BIT('\\') | BIT('@') | BIT('_') | BIT('|') |
	                             BIT('{') | BIT('}') | BIT('~');
#undef BIT

	if (!((s[i] < 64 ? low : high) >> (s[i] & 63) & 1))
		return 0;
	switch (s[i]) {
	case '/': case '\\': case '@': case '_': case '=': case '<': case '>':
	case '|': case '$': case '{': case '}': case '~': case '#':
		return 1;
	case '-':
		return i == start && ascii_is(s, i + 1, len, C_ALNUM);
	case '.':
		return i > start && ascii_is(s, i - 1, len, C_LETTER) &&
		       ascii_is(s, i + 1, len, C_LETTER);
	case '(':
		return i > start && ascii_is(s, i - 1, len, C_LETTER) &&
		       ascii_is(s, i + 1, len, C_ALNUM);
	default:
		return 0;
	}
}

/* Where the run of in_run characters that goes on at S[I] ends. */
static size_t run_end(const unsigned char *s, size_t i, size_t len)
{
	uint32_t cp;
	size_t n;

	for (; i < len; i += n) {
		cp = s[i];
		n = cp < 0x80 ? 1 : u8_decode(s + i, len - i, &cp);
		if (!in_run(cp))
			break;
	}
	return i;
}

/* Where the run last looked at by in_machine_run ends, and whether it
 * names something for a machine. */
typedef struct {
	size_t end;
	int machine;
} run_cursor;

/* Whether the word at S[WS] (of a text of LEN bytes) is part of a name
 * for machines.  Asked for words in the order of the text, with C kept
 * from one to the next (zeroed at first), so that each byte is looked
 * at a few times at most. */
static int in_machine_run(const unsigned char *s, size_t len, size_t ws,
                          run_cursor *c)
{
	size_t i, run, n;
	uint32_t cp;

	if (ws < c->end)
		return c->machine;
	for (i = run = c->end; i < ws; i += n) {   /* where WS's run starts */
		cp = s[i];
		n = cp < 0x80 ? 1 : u8_decode(s + i, len - i, &cp);
		if (!in_run(cp))
			run = i + n;
	}
	c->end = run_end(s, ws, len);
	c->machine = 0;
	for (i = run; i < c->end && !c->machine; i++)
		c->machine = s[i] < 0x80 && machine_at(s, run, i, len);
	return c->machine;
}

/* The script of the last letter looked up, and its code point's run of
 * 16 (below U+FF00 the blocks of lang.c start at multiples of 16). */
typedef struct {
	uint32_t run;
	enum lang_script sc;
} script_memo;

/* The script of the letter CP, looked up once for each run of 16 code
 * points. */
static enum lang_script letter_script(uint32_t cp, script_memo *m)
{
	if (cp >> 4 != m->run || cp >= 0xFF00) {
		m->sc = lang_script_of(cp);
		if (m->sc == SCRIPT_OTHER)
			m->sc = SCRIPT_UNLISTED;
		m->run = cp >> 4;
	}
	return m->sc;
}

/* Takes the letters of S[I..END), counted already, out of COUNT again:
 * they were in a name for machines. */
static void uncount_letters(const unsigned char *s, size_t i, size_t end,
                            size_t *count, script_memo *m)
{
	uint32_t cp;
	size_t n;

	for (; i < end; i += n) {
		if (s[i] < 0x80) {
			n = 1;
			count[SCRIPT_LATIN] -= (byte_class[s[i]] & C_LETTER) != 0;
			continue;
		}
		n = u8_decode(s + i, end - i, &cp);
		if (cp_class(cp) & C_LETTER)
			count[letter_script(cp, m)] -= n;
	}
}

#ifdef BYTE_MASKS
/* Reads S[*I..) (of LEN bytes) as main_script does, 64 bytes at a step
 * (fewer before STOP, where main_script next weighs its counts, or
 * before a byte beyond ASCII): adds their letters to *LATIN and moves
 * *RUN, the start of the run of characters that are not white space,
 * along.  A byte of a name for machines (machine_at) stops it there,
 * for main_script to take.  The bytes are classified as the tokenizer's
 * are (blocks.h): an English text is read for 3 KB or more before its
 * script is sure, and a byte at a step that was a fifth of detection's
 * instructions in a batch of 5 KB articles. */
static void ascii_blocks(const unsigned char *s, size_t len, size_t stop,
                         size_t *i, size_t *run, size_t *latin)
{
	while (*i + 64 <= len && *i < stop) {
		size_t n = stop - *i < 64 ? stop - *i : 64;
		byte_masks m = classify64(s + *i);
		uint64_t in, letters, other, sp;

		if (m.high & low_bits(n))             /* up to the first */
			n = (size_t)__builtin_ctzll(m.high);
		if (n == 0)
			return;
		in = low_bits(n);
		letters = (m.upper | m.lower) & in;
		other = ~(m.alnum | m.space) & in;
		for (; other; other &= other - 1) {
			size_t j = (size_t)__builtin_ctzll(other);
			size_t r = *run;
			if ((sp = m.space & low_bits(j)) != 0)
				r = *i + 64 - (size_t)__builtin_clzll(sp);
			if (machine_at(s, r, *i + j, len)) {
				*latin += bit_count(letters & low_bits(j));
				*run = r;
				*i += j;
				return;
			}
		}
		*latin += bit_count(letters);
		if ((sp = m.space & in) != 0)
			*run = *i + 64 - (size_t)__builtin_clzll(sp);
		*i += n;
	}
}
#endif

/* The script with the most letters in TEXT[0..LEN), each letter weighed
 * by its length in UTF-8: read until no rest could change it.  Latin
 * letters are borrowed into texts of every script (commands, names,
 * terms) and the others seldom into Latin text, and a Han or Kana
 * character is a syllable or a word, not a letter: what weighs one byte
 * is the least telling.  A name for machines counts for no script: its
 * letters, counted up to the character that shows it one, are taken out
 * again and the rest of it skipped. */
static enum lang_script main_script(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t count[NSCRIPTS] = { 0 }, i = 0, n, check = 512, run = 0;
	enum lang_script best = SCRIPT_OTHER;
	script_memo memo = { UINT32_MAX, SCRIPT_OTHER };
	uint32_t cp;

	while (i < len) {
		if (i >= check) {
			if (script_decided(count, len - i))
				break;
			check = i + 512;
		}
#ifdef BYTE_MASKS
		/* (Eight bytes of ASCII make a block worth its cost; a
		 * space between two Cyrillic words does not.) */
		if (BLOCK_STEPS && i + 64 <= len && ascii8(text + i)) {
			size_t from = i;
			ascii_blocks(s, len, check, &i, &run,
			             &count[SCRIPT_LATIN]);
			if (i != from)
				continue;
		}
#endif
		if (s[i] < 0x80) {
			unsigned c = byte_class[s[i]];
			if (c & C_LETTER) {
				count[SCRIPT_LATIN]++;
			} else if (c & C_SPACE) {
				run = i + 1;
			} else if (machine_at(s, run, i, len)) {
				uncount_letters(s, run, i, count, &memo);
				run = i = run_end(s, i, len);
				continue;
			}
			i++;
			continue;
		}
		n = u8_decode(s + i, len - i, &cp);
		if (cp_class(cp) & C_LETTER)
			count[letter_script(cp, &memo)] += n;
		if (!in_run(cp))
			run = i + n;
		i += n;
	}
	count[SCRIPT_OTHER] = 0;
	/* Japanese writes Han and Kana, in one sentence; Chinese has no
	 * Kana.  A text with Kana enough is Japanese by the two together,
	 * as against the Latin of the terms and names it quotes. */
	if (count[SCRIPT_KANA] * 10 > count[SCRIPT_HAN]) {
		count[SCRIPT_KANA] += count[SCRIPT_HAN];
		count[SCRIPT_HAN] = 0;
	}
	for (int k = 0; k < NSCRIPTS; k++)
		if (count[k] > count[best])
			best = (enum lang_script)k;
	return best;
}

/* Language I of those detection weighs (see detect_lang). */
static const lang *detect_at(size_t i)
{
	return lang_at(detect_lang[i]);
}

/* The languages written in SCRIPT that detection weighs, as bits (see
 * detect_lang): none when one language alone here is written in it. */
static uint64_t script_langs(enum lang_script script)
{
	uint64_t m = 0;

	for (size_t i = 0; i < DETECT_COUNT; i++)
		if (detect_at(i)->script == script)
			m |= UINT64_C(1) << i;
	return m;
}

/* The language of a text in SCRIPT that no two languages here write
 * (Japanese is found by its Kana), the default for a text without
 * letters, and none for a script no language here is written in. */
static const lang *alone_in(enum lang_script script)
{
	if (script == SCRIPT_OTHER)
		return LANG_DEFAULT;
	for (size_t i = 0; i < lang_count(); i++)
		if (lang_at(i)->script == script)
			return lang_at(i);
	return &lang_none;
}

static unsigned bits(uint64_t x)
{
	return bit_count(x);
}

/* The language of SCRIPT when the words say nothing: the one most
 * written in it (the first of the script if none is named here). */
static const lang *script_default(enum lang_script script, uint64_t cand)
{
	static const char *const first[NSCRIPTS] = {
		[SCRIPT_LATIN] = "en", [SCRIPT_CYRILLIC] = "ru",
		[SCRIPT_HEBREW] = "he", [SCRIPT_ARABIC] = "ar",
		[SCRIPT_DEVANAGARI] = "hi",
	};
	const lang *l = first[script] ? lang_find(first[script]) : NULL;
	size_t i = 0;

	if (l)
		return l;
	while (!(cand >> i & 1))
		i++;
	return detect_at(i);
}

const char *detect_profile_codes(void)
{
	return ngram_codes;
}

/* 64-bit FNV-1a, the hash of the profiles' keys (see mkngrams.py). */
#define FNV_BASIS UINT64_C(14695981039346656037)
#define FNV_PRIME UINT64_C(1099511628211)

/* The pairs (language << 10 | gain) of the trigram whose hash is H:
 * sets *AT to the first in ngram_rec and returns how many, 0 for a
 * trigram no profile lists.  The records of H's bucket (its top bits)
 * are read in the order of their hashes' low 32 bits, which tell them
 * apart (mkngrams.py checks), to the first as high as H's. */
static size_t trigram_pairs(uint64_t h, size_t *at)
{
	uint64_t b = h >> (64 - NGRAM_BUCKET_BITS);
	uint32_t low = (uint32_t)h;

	for (size_t i = ngram_first[b]; i < ngram_first[b + 1];) {
		uint32_t k = ngram_rec[i] | (uint32_t)ngram_rec[i + 1] << 16;
		size_t n = ngram_rec[i + 2];
		if (k == low) {
			*at = i + 3;
			return n;
		}
		if (k > low)
			break;
		i += 3 + n;
	}
	return 0;
}

/* Whether the folded word KEY (LEN bytes) is of letters and
 * apostrophes alone, as the profiles' words are: not of digits, not
 * "U.S.". */
static int of_letters(const char *key, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)key[i];
		if (c < 0x80 && c != '\'' && !(byte_class[c] & C_LETTER))
			return 0;
	}
	return 1;
}

/* Adds to GAIN[I] what the trigrams of the folded word KEY (LEN bytes
 * of letters, see of_letters; a space put at each end) gain language I
 * of CAND, times WEIGHT. */
static void word_trigrams(const char *key, size_t len, uint64_t cand,
                          int32_t weight, int32_t *gain)
{
	unsigned char buf[MAX_KEY + 2];
	size_t start[MAX_KEY + 3], n = 0;

	buf[0] = ' ';
	memcpy(buf + 1, key, len);
	buf[len + 1] = ' ';
	for (size_t i = 0; i < len + 2; i++)
		if (!is_cont(buf[i]))
			start[n++] = i;
	start[n] = len + 2;
	for (size_t j = 0; j + 3 <= n; j++) {
		uint64_t h = FNV_BASIS;              /* FNV-1a, as mkngrams.py */
		size_t at, k;
		for (size_t i = start[j]; i < start[j + 3]; i++)
			h = (h ^ buf[i]) * FNV_PRIME;
		k = trigram_pairs(h ? h : 1, &at);
		while (k--) {
			unsigned p = ngram_rec[at++], l = p >> 10;
			if (cand >> l & 1)
				gain[l] += weight * (int32_t)(p & 1023);
		}
	}
}

/* Adds to GAIN[I] what the folded word KEY (LEN bytes) as a whole gains
 * language I of CAND, times WEIGHT (its profile keys it by a tab before
 * it). */
static void word_whole(const char *key, size_t len, uint64_t cand,
                       int32_t weight, int32_t *gain)
{
	uint64_t h = (FNV_BASIS ^ '\t') * FNV_PRIME;
	size_t at, k;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)key[i]) * FNV_PRIME;
	k = trigram_pairs(h ? h : 1, &at);
	while (k--) {
		unsigned p = ngram_rec[at++], l = p >> 10;
		if (cand >> l & 1)
			gain[l] += weight * (int32_t)(p & 1023);
	}
}

/* Adds to STOP[I] what the folded word KEY (LEN bytes) says for language
 * I of CAND as a stopword: STOP_GAIN shared among the candidates that
 * list it.  Returns those candidates. */
static uint64_t word_stop(const char *key, size_t len, uint64_t cand,
                          int32_t *stop)
{
	uint64_t m = stopword_langs(key, len) & cand, left = m;
	int32_t share;

	if (!m)
		return 0;
	share = STOP_GAIN * LOWER / (int32_t)bits(m);
	for (size_t i = 0; left; i++, left >>= 1)
		if (left & 1)
			stop[i] += share;
	return m;
}

/* Counts a word in lower case read, and the languages of M that list
 * it as a stopword, into *LOWER and STOPS. */
static void count_stops(uint64_t m, uint32_t *stops, uint32_t *lower)
{
	++*lower;
	for (size_t i = 0; m; i++, m >>= 1)
		stops[i] += m & 1;
}

/* Whether many languages write SCRIPT, some not built in, so that a
 * text in it may be in none of them (see 5. above).  Greek, Georgian,
 * Hangul or Thai is its language's own, and a run of Han or Kana is no
 * word a list could hold. */
static int shared_script(enum lang_script script)
{
	return script == SCRIPT_LATIN || script == SCRIPT_CYRILLIC ||
	       script == SCRIPT_ARABIC || script == SCRIPT_DEVANAGARI;
}

/* Whether so few of LOWER words in lower case are stopwords of a
 * language, its STOPS, that the text is not in it (see 5. above). */
static int foreign(uint32_t stops, uint32_t lower)
{
	return lower >= FOREIGN_WORDS && stops * FOREIGN_SHARE < lower;
}

/* The best of CAND by SCORE and its lead over the next; the lowest
 * index keeps a tie. */
static size_t best_of(const int32_t *score, uint64_t cand, int32_t *lead)
{
	size_t best = DETECT_COUNT;
	int32_t second = INT32_MIN;

	for (size_t i = 0; i < DETECT_COUNT; i++) {
		if (!(cand >> i & 1))
			continue;
		if (best == DETECT_COUNT || score[i] > score[best]) {
			if (best != DETECT_COUNT)
				second = score[best];
			best = i;
		} else if (score[i] > second) {
			second = score[i];
		}
	}
	*lead = second == INT32_MIN ? INT32_MAX : score[best] - second;
	return best;
}

/* What the evidence so far makes of each language of CAND, into SCORE:
 * the gains, and PRIOR for the language FIRST, the script's default.
 * Returns the best (the lowest index of a tie), its lead over the next
 * in *LEAD. */
static size_t judge(const int32_t *gain, uint64_t cand, size_t first,
                    int32_t *score, int32_t *lead)
{
	for (size_t i = 0; i < DETECT_COUNT; i++)
		score[i] = gain[i] + (i == first ? PRIOR * LOWER : 0);
	return best_of(score, cand, lead);
}

/* Whether the word TEXT[WS..) whose folded form is KEY (LEN bytes)
 * starts with a capital: its first character is not folded alike. */
static int capitalised(const char *text, size_t ws, const char *key,
                       size_t len)
{
	size_t c = 1;

	while (c < len && is_cont((unsigned char)key[c]))
		c++;
	return memcmp(text + ws, key, c) != 0;
}

const lang *detect_language(const char *text, size_t len)
{
	size_t n = len < SAMPLE ? len : SAMPLE, pos = 0, ws, we, k, words = 0;
	size_t first = 0, leader = 0;
	run_cursor names = { 0, 0 };
	int32_t gain[DETECT_COUNT] = { 0 }, score[DETECT_COUNT], lead = 0;
	uint32_t stops[DETECT_COUNT] = { 0 }, lower = 0;
	int read = 0, decided, shared;
	const lang *best;
	enum lang_script script;
	uint64_t cand;
	char key[MAX_KEY];

	/* Not inside a character at the sample's end. */
	while (n < len && n > 0 && is_cont((unsigned char)text[n]))
		n--;
	script = main_script(text, n);
	/* A script that no two languages here write names its own; CAND
	 * holds two or more (see detect_lang). */
	if (!(cand = script_langs(script)))
		return alone_in(script);
	best = script_default(script, cand);
	shared = shared_script(script);
	while (detect_at(first) != best)
		first++;
	/* Once the language is decided, only its stopwords are counted,
	 * until they are too many to be foreign. */
	decided = 0;
	leader = first;
	while (words++ < MAX_WORDS && summ_next_word(text, n, &pos, &ws, &we)) {
		int32_t w;
		uint64_t m;
		int letters;
		if (in_machine_run((const unsigned char *)text, n, ws, &names) ||
		    !(k = summ_fold_word(text, ws, we, key)))
			continue;
		w = capitalised(text, ws, key, k) ? CAPITAL : LOWER;
		letters = of_letters(key, k);
		if (!decided && letters) {
			word_trigrams(key, k, cand, w, gain);
			word_whole(key, k, cand, w * WORD_WEIGHT / LOWER, gain);
			read = 1;
		}
		m = word_stop(key, k, cand, gain);
		if (w == LOWER && letters)
			count_stops(m, stops, &lower);
		if (!decided && words % 16 == 0) {
			leader = judge(gain, cand, first, score, &lead);
			decided = lead > DECIDED * LOWER;
		}
		if (decided && (!shared || stops[leader] * FOREIGN_SHARE >= MAX_WORDS))
			break;
	}
	if (!decided)
		leader = read ? judge(gain, cand, first, score, &lead) : first;
	return shared && foreign(stops[leader], lower) ? &lang_none
	                                               : detect_at(leader);
}
