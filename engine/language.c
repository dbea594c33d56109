/*
 * language.c - which language a text is in, when the caller does not
 * say.  Takes the start of the text; hands on a language of lang/.
 *
 *  1. Script.  The letters of the first SAMPLE bytes are counted by
 *     script (Latin, Cyrillic, Arabic, Han, Kana, ...); the script with
 *     the most decides which languages may be meant.  Kana among Han
 *     means Japanese.
 *  2. Words.  Where that leaves more than one language, each word of the
 *     sample that is a stopword of some of them counts for those: a word
 *     that k of them share adds 1/k to each, so that "de", common to
 *     the Romance languages, says little and "não" says Portuguese.
 *     Stopwords are the most frequent words of a language, and the
 *     likeliest to be in any text of it, however short; they count in
 *     lower case, as running text writes them.
 *  3. Without evidence (no stopword at all, as in a list of names) the
 *     script's first language stands: English for Latin.
 *
 * The cost is fixed by SAMPLE: one search a word of the merged index of
 * all stopwords (lang/stopindex.inc), however long the text.
 */
#include "language.h"
#include "chars.h"
#include "words.h"

#include <stdint.h>
#include <string.h>

#define SAMPLE 8192              /* bytes read for the script */
#define MAX_WORDS 400            /* words of them read for the stopwords */

typedef struct {
	const char *word;
	uint64_t langs;              /* bit I: lang_at(I) lists it */
} stop_entry;

#include "../lang/stopindex.inc"

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

/* Whether a sentence may start at TEXT[I]: the text starts there, or a
 * stop and a blank come before it. */
static int sentence_start(const char *text, size_t i)
{
	while (i > 0 && is_ascii_space((unsigned char)text[i - 1]))
		i--;
	return i == 0 || text[i - 1] == '.' || text[i - 1] == '!' ||
	       text[i - 1] == '?';
}

/* The script with the most letters in TEXT[0..LEN). */
static enum lang_script main_script(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t count[NSCRIPTS] = { 0 }, i = 0, n;
	enum lang_script best = SCRIPT_OTHER;
	uint32_t cp;

	while (i < len) {
		if (s[i] < 0x80) {
			count[byte_class[s[i]] & C_LETTER ? SCRIPT_LATIN : SCRIPT_OTHER]++;
			i++;
			continue;
		}
		n = u8_decode(s + i, len - i, &cp);
		if (cp_class(cp) & C_LETTER)
			count[lang_script_of(cp)]++;
		i += n;
	}
	count[SCRIPT_OTHER] = 0;
	for (int sc = 0; sc < NSCRIPTS; sc++)
		if (count[sc] > count[best])
			best = (enum lang_script)sc;
	/* Japanese writes Han and Kana; Chinese has no Kana. */
	if (best == SCRIPT_HAN && count[SCRIPT_KANA] * 10 > count[SCRIPT_HAN])
		best = SCRIPT_KANA;
	return best;
}

/* The languages written in SCRIPT, as bits (see stop_entry); Japanese is
 * found by its Kana and written in Han as well. */
static uint64_t script_langs(enum lang_script script)
{
	uint64_t m = 0;

	for (size_t i = 0; i < lang_count(); i++)
		if (lang_at(i)->script == script)
			m |= UINT64_C(1) << i;
	return m;
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
		[SCRIPT_ARABIC] = "ar", [SCRIPT_DEVANAGARI] = "hi",
	};
	const lang *l = first[script] ? lang_find(first[script]) : NULL;
	size_t i = 0;

	if (l)
		return l;
	while (!(cand >> i & 1))
		i++;
	return lang_at(i);
}

const lang *detect_language(const char *text, size_t len)
{
	size_t n = len < SAMPLE ? len : SAMPLE, pos = 0, ws, we, k, words = 0;
	double score[64] = { 0 }, top = 0;
	const lang *best;
	enum lang_script script;
	uint64_t cand;
	char key[MAX_KEY];

	/* Not inside a character at the sample's end. */
	while (n < len && n > 0 && is_cont((unsigned char)text[n]))
		n--;
	script = main_script(text, n);
	if (!(cand = script_langs(script)))
		return script == SCRIPT_OTHER ? LANG_DEFAULT : &lang_none;
	best = script_default(script, cand);
	if (bits(cand) == 1)
		return best;
	while (words++ < MAX_WORDS && summ_next_word(text, n, &pos, &ws, &we)) {
		uint64_t m;
		size_t c;
		/* A stopword is evidence as running text writes it: in lower
		 * case, or capitalised where a sentence starts, but not before
		 * a period: "Gen." of an English text is no Welsh "gen". */
		if ((class_at(text, we, ws, &c) & C_UPPER &&
		     (!sentence_start(text, ws) || (we < n && text[we] == '.'))) ||
		    !(k = summ_fold_word(text, ws, we, key)) ||
		    !(m = stopword_langs(key, k) & cand))
			continue;
		for (size_t i = 0; i < lang_count(); i++)
			if (m >> i & 1)
				score[i] += 1.0 / bits(m);
	}
	/* The highest score wins, but another than the script's default
	 * only by a whole word more: a word or two of a short text that
	 * another language also uses ("comment", "gen") is not enough to
	 * leave the language most texts of the script are in. */
	for (size_t i = 0; i < lang_count(); i++)
		if (lang_at(i) == best)
			top = score[i] + 1;
	for (size_t i = 0; i < lang_count(); i++)
		if (score[i] > top) {
			top = score[i];
			best = lang_at(i);
		}
	return best;
}
