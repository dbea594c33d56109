/*
 * lang.c - the languages built in, found by their code, and the search
 * of their sorted word lists.
 */
#include "lang.h"
#include "../summarize.h"

#include <stddef.h>
#include <string.h>

/* Compares the word KEY (LEN bytes) with the string WORD as strcmp()
 * compares KEY, ended at LEN, with WORD. */
static int key_cmp(const char *key, size_t len, const char *word)
{
	for (size_t i = 0;; i++) {
		unsigned char a = i < len ? (unsigned char)key[i] : 0;
		unsigned char b = (unsigned char)word[i];
		if (a != b)
			return a < b ? -1 : 1;
		if (a == 0)
			return 0;
	}
}

/* A binary search comparing in place, where bsearch() needed a copy
 * with a NUL and a call to strcmp() a step. */
int in_sorted_words(const word_list *l, const char *key, size_t len)
{
	size_t lo = 0, hi = l->n;
	unsigned char first = len ? (unsigned char)key[0] : 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *w = word_at(l, mid);
		unsigned char b = (unsigned char)w[0];
		/* Most steps are decided by the first byte alone. */
		int c = first != b ? (first < b ? -1 : 1) : key_cmp(key, len, w);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

int make_word_filter(const word_list *l)
{
#ifndef __STDC_NO_ATOMICS__
	word_filter *f = l->filter;
	int state = 0;

	if (!f)
		return 0;
	if (!atomic_compare_exchange_strong(&f->state, &state, 1))
		return state == 2;
	for (size_t i = 0; i < l->n; i++) {
		const char *w = word_at(l, i);
		unsigned b = word_filter_bit(w, strlen(w));
		f->bits[b / 64] |= (uint64_t)1 << b % 64;
	}
	atomic_store_explicit(&f->state, 2, memory_order_release);
	return 1;
#else
	(void)l;
	return 0;
#endif
}

int search_word_list(const word_list *l, const char *key, size_t len)
{
	return make_word_filter(l) ? in_word_list(l, key, len)
	                           : in_sorted_words(l, key, len);
}

unsigned word_class(const word_hashes *h, const char *key, size_t len)
{
	uint32_t x = 0x811C9DC5u;            /* FNV-1a, as mkcommon.py */
	size_t lo = 0, hi = h->n;

	for (size_t i = 0; i < len; i++)
		x = (x ^ (unsigned char)key[i]) * 0x01000193u;
	x &= ~(uint32_t)3;
	/* The first key not below X: the word's, if its high bits match. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (h->keys[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < h->n && (h->keys[lo] & ~(uint32_t)3) == x ?
	       h->keys[lo] & 3 : COMMON_NONE;
}

/* The languages of lang/, one file each. */
extern const lang lang_af, lang_am, lang_ar, lang_be, lang_bg, lang_bn, lang_ca, lang_cs, lang_cy, lang_da, lang_de, lang_el, lang_eo, lang_es, lang_et, lang_eu, lang_fa, lang_fi, lang_fr, lang_ga, lang_gl, lang_gu, lang_he, lang_hi, lang_hr, lang_hu, lang_hy, lang_ia, lang_id, lang_is, lang_it, lang_ja, lang_ka, lang_kk, lang_kn, lang_ko, lang_ky, lang_lt, lang_lv, lang_mi, lang_mk, lang_ml, lang_mn, lang_mr, lang_ms, lang_mt, lang_ne, lang_nl, lang_no, lang_or, lang_pa, lang_pl, lang_pt, lang_ro, lang_ru, lang_si, lang_sk, lang_sl, lang_sq, lang_sr, lang_sv, lang_sw, lang_ta, lang_te, lang_tg, lang_th, lang_tl, lang_tr, lang_uk, lang_ur, lang_uz, lang_vi, lang_yi, lang_zh;

/* The languages built in, in the order of their codes (see lang_find). */
static const lang *const languages[] = {
	&lang_af,
	&lang_am,
	&lang_ar,
	&lang_be,
	&lang_bg,
	&lang_bn,
	&lang_ca,
	&lang_cs,
	&lang_cy,
	&lang_da,
	&lang_de,
	&lang_el,
	&lang_en,
	&lang_eo,
	&lang_es,
	&lang_et,
	&lang_eu,
	&lang_fa,
	&lang_fi,
	&lang_fr,
	&lang_ga,
	&lang_gl,
	&lang_gu,
	&lang_he,
	&lang_hi,
	&lang_hr,
	&lang_hu,
	&lang_hy,
	&lang_ia,
	&lang_id,
	&lang_is,
	&lang_it,
	&lang_ja,
	&lang_ka,
	&lang_kk,
	&lang_kn,
	&lang_ko,
	&lang_ky,
	&lang_lt,
	&lang_lv,
	&lang_mi,
	&lang_mk,
	&lang_ml,
	&lang_mn,
	&lang_mr,
	&lang_ms,
	&lang_mt,
	&lang_ne,
	&lang_nl,
	&lang_no,
	&lang_or,
	&lang_pa,
	&lang_pl,
	&lang_pt,
	&lang_ro,
	&lang_ru,
	&lang_si,
	&lang_sk,
	&lang_sl,
	&lang_sq,
	&lang_sr,
	&lang_sv,
	&lang_sw,
	&lang_ta,
	&lang_te,
	&lang_tg,
	&lang_th,
	&lang_tl,
	&lang_tr,
	&lang_uk,
	&lang_ur,
	&lang_uz,
	&lang_vi,
	&lang_yi,
	&lang_zh,
};

#define NLANGS (sizeof languages / sizeof *languages)

size_t lang_count(void)
{
	return NLANGS;
}

const lang *lang_at(size_t i)
{
	return languages[i];
}

/* The particles of surnames, in the languages of Europe and beyond
 * ("J. M. G. Le Clézio", "A. J. De Groot", "M. Van Basten", "A. bin
 * Talal", Irish "S. Ó Súilleabháin", "M. Nic Giolla"): after an initial
 * and before a capitalised word they are part of the name, though most
 * are function words of some language.  Folded, sorted (in_word_list
 * searches it); engine/abbrev.c reads names by them. */
static const char particles[][6] = {
	"al", "ben", "bin", "da", "dal", "das", "de", "del", "della", "der",
	"di", "do", "dos", "du", "el", "la", "le", "mac", "nic", "ní", "ten",
	"ter", "ua", "van", "von", "ó"
};
const word_list name_particles = WORD_LIST(particles, 5);

/* The word lists of a lang, by name. */
static const struct {
	char name[16];
	size_t offset;
} lists[] = {
	{ "stopwords", offsetof(lang, stopwords) },
	{ "titles", offsetof(lang, titles) },
	{ "abbrevs", offsetof(lang, abbrevs) },
	{ "lower_abbrevs", offsetof(lang, lower_abbrevs) },
	{ "phrase_ends", offsetof(lang, phrase_ends) },
	{ "times", offsetof(lang, times) },
	{ "time_followers", offsetof(lang, time_followers) },
	{ "months", offsetof(lang, months) },
	{ "joiners", offsetof(lang, joiners) },
	{ "relatives", offsetof(lang, relatives) },
	{ "said", offsetof(lang, said) },
	{ "said_suffixes", offsetof(lang, said_suffixes) },
	{ "dangling", offsetof(lang, dangling) },
	{ "closings", offsetof(lang, closings) },
	{ "licences", offsetof(lang, licences) },
	{ "notices", offsetof(lang, notices) },
	{ "formulas", offsetof(lang, formulas) },
	{ "introductions", offsetof(lang, introductions) },
};

/* A list added to lang.h must be added above: the lists above fill the
 * struct from its first list to its stemmer. */
_Static_assert(sizeof lists / sizeof *lists == LANG_LISTS &&
               offsetof(lang, stem) ==
               offsetof(lang, stopwords) + LANG_LISTS * sizeof(word_list),
               "a word_list of lang is missing from lists[]");

const word_list *lang_list(const lang *lg, size_t i, const char **name)
{
	*name = lists[i].name;
	return (const word_list *)(const void *)
	       ((const char *)lg + lists[i].offset);
}

void lang_make_filters(void)
{
	(void)make_word_filter(&name_particles);
	for (size_t i = 0; i < NLANGS; i++)
		for (size_t k = 0; k < LANG_LISTS; k++) {
			const char *name;
			(void)make_word_filter(lang_list(languages[i], k, &name));
		}
}

/* Codes that name a language built in by another: the two written
 * standards of Norwegian, whose function words its list holds. */
static const struct {
	char code[3], as[3];
} aliases[] = {
	{ "nb", "no" }, { "nn", "no" },
};

const lang *lang_find(const char *code)
{
	size_t lo = 0, hi = NLANGS;

	if (strcmp(code, lang_none.code) == 0)
		return &lang_none;
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strcmp(code, aliases[i].code) == 0)
			code = aliases[i].as;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(code, languages[mid]->code);
		if (c == 0)
			return languages[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const lang lang_none = {
	.code = "none",
	.name = "no language: stopwords from the document",
	.script = SCRIPT_OTHER,
};

/* The first code point of each script's blocks, in order, and its
 * script: a code point is of the script of the last block that starts
 * at or before it.  Below U+FF00 (and above ASCII) every block starts at
 * a multiple of 16, which engine/language.c counts on. */
static const struct {
	unsigned long first;
	enum lang_script script;
} script_blocks[] = {
	{ 0x0000, SCRIPT_OTHER }, { 0x0041, SCRIPT_LATIN },
	{ 0x005B, SCRIPT_OTHER }, { 0x0061, SCRIPT_LATIN },
	{ 0x007B, SCRIPT_OTHER }, { 0x00C0, SCRIPT_LATIN },
	{ 0x02B0, SCRIPT_OTHER }, { 0x0370, SCRIPT_GREEK },
	{ 0x0400, SCRIPT_CYRILLIC }, { 0x0530, SCRIPT_ARMENIAN },
	{ 0x0590, SCRIPT_HEBREW }, { 0x0600, SCRIPT_ARABIC },
	{ 0x0700, SCRIPT_OTHER }, { 0x0750, SCRIPT_ARABIC },
	{ 0x0780, SCRIPT_OTHER }, { 0x0900, SCRIPT_DEVANAGARI },
	{ 0x0980, SCRIPT_BENGALI }, { 0x0A00, SCRIPT_GURMUKHI },
	{ 0x0A80, SCRIPT_GUJARATI }, { 0x0B00, SCRIPT_ORIYA },
	{ 0x0B80, SCRIPT_TAMIL }, { 0x0C00, SCRIPT_TELUGU },
	{ 0x0C80, SCRIPT_KANNADA }, { 0x0D00, SCRIPT_MALAYALAM },
	{ 0x0D80, SCRIPT_SINHALA },
	{ 0x0E00, SCRIPT_THAI }, { 0x0E80, SCRIPT_OTHER },
	{ 0x10A0, SCRIPT_GEORGIAN }, { 0x1100, SCRIPT_HANGUL },
	{ 0x1200, SCRIPT_ETHIOPIC }, { 0x13A0, SCRIPT_OTHER },
	{ 0x1C90, SCRIPT_GEORGIAN }, { 0x1CC0, SCRIPT_OTHER },
	{ 0x1E00, SCRIPT_LATIN }, { 0x1F00, SCRIPT_GREEK },
	{ 0x2000, SCRIPT_OTHER }, { 0x3040, SCRIPT_KANA },
	{ 0x3100, SCRIPT_OTHER }, { 0x3130, SCRIPT_HANGUL },
	{ 0x3190, SCRIPT_OTHER }, { 0x31F0, SCRIPT_KANA },
	{ 0x3200, SCRIPT_OTHER }, { 0x3400, SCRIPT_HAN },
	{ 0x4DC0, SCRIPT_OTHER }, { 0x4E00, SCRIPT_HAN },
	{ 0xA000, SCRIPT_OTHER }, { 0xAC00, SCRIPT_HANGUL },
	{ 0xD7B0, SCRIPT_OTHER }, { 0xF900, SCRIPT_HAN },
	{ 0xFB00, SCRIPT_OTHER }, { 0xFB50, SCRIPT_ARABIC },
	{ 0xFE00, SCRIPT_OTHER }, { 0xFE70, SCRIPT_ARABIC },
	{ 0xFF00, SCRIPT_OTHER }, { 0xFF21, SCRIPT_LATIN },
	{ 0xFF3B, SCRIPT_OTHER }, { 0xFF41, SCRIPT_LATIN },
	{ 0xFF5B, SCRIPT_OTHER }, { 0xFF66, SCRIPT_KANA },
	{ 0xFFA0, SCRIPT_OTHER }, { 0x20000, SCRIPT_HAN },
	{ 0x40000, SCRIPT_OTHER },
};

enum lang_script lang_script_of(unsigned long cp)
{
	size_t lo = 0, hi = sizeof script_blocks / sizeof *script_blocks;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (script_blocks[mid].first <= cp)
			lo = mid;
		else
			hi = mid;
	}
	return script_blocks[lo].script;
}

int summ_is_stopword(const char *key, size_t len)
{
	return in_word_list(&lang_en.stopwords, key, len);
}
