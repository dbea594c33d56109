/*
 * tests/fuzz_engine.c - libFuzzer target for the whole engine.
 *
 *     make fuzz && tests/fuzz_engine -dict=tests/fuzz.dict CORPUS
 *
 * The input is any bytes.  It is parsed, then every public call that reads
 * a document is made on it, and the contracts in summarize.h are checked:
 *
 *  1. Sentences lie inside the text read (summ_text: the input, or it
 *     with the line breaks inside a word set vertically or the quote
 *     markers of an e-mail's quoted reply left out), after
 *     any BOM, in increasing offset order without overlapping;
 *     summ_locate, asked for them last to first, gives 1-based lines and
 *     columns that agree with the line breaks (LF, CRLF, lone CR) of the
 *     input before where the sentence came from (a BOM is in no column);
 *     paragraphs are numbered 0, 1, 2 ... without a gap; no sentence is
 *     blank.
 *  2. summ_fold writes at most LEN bytes (the buffer is exactly LEN, so
 *     AddressSanitizer sees any overrun) and leaves no white space at
 *     either end, no run of two spaces and no control byte.
 *  3. summ_select and summ_select_scored, under many limits, both orders
 *     and several capacities: SUMM_OK, at most CAP indices, each valid,
 *     distinct and a body sentence, every limit that is set holding; best
 *     first (the scores they were taken with never rise) or in text order;
 *     the same sentences and scores in either order, with or without
 *     scores.  A percent over 100 is SUMM_EINVAL.
 *  3a. summ_explain on each pick, after the picks before it: its parts
 *     make its score (TERMS x LEAD / max(WORDS, 8)^EXPONENT), which is the
 *     score the pick was taken with; its terms lie in the sentence,
 *     heaviest first, none adding more than its weight (the first 16
 *     picks, with room for all).  Titles, headings and indices out of
 *     range explain nothing.
 *  4. summ_keywords: at most N, weights never rising, each one a word of
 *     a body sentence exactly as the tokenizer delimits it.
 *  5. summ_next_word walks the input forwards, inside it; each word folds,
 *     is looked up as a stopword and stems without touching other bytes.
 *  6. The tokenizer, and detection's count of scripts, read plain ASCII
 *     64 bytes at a step and the rest a token (or a character) at a
 *     time: parsed again with those steps alone (a switch of
 *     SUMM_SELF_CHECK builds), the text has the same language and tokens.
 *
 * A broken contract aborts, which libFuzzer reports as a crash.
 */
#include "summarize.h"
#include "lang/lang.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "engine/chars.h"
#include "engine/scores.h"      /* SCORE_MIN_WORDS */

/* In summarize.c, built with SUMM_SELF_CHECK. */
extern int summ_scalar_tokens;
int summ_same_tokens(const summ_doc *a, const summ_doc *b);

/* Check 6: the same tokens with and without the 64-byte steps. */
static void check_token_paths(const char *text, size_t len,
                              const summ_doc *doc)
{
	summ_doc *scalar;

	summ_scalar_tokens = 1;
	if (summ_parse(text, len, &scalar) == SUMM_OK) {
		CHECK(summ_same_tokens(doc, scalar));
		summ_free(scalar);
	}
	summ_scalar_tokens = 0;
}

/* Line numbering, walked forwards: the 1-based number of the line at
 * POS and where that line starts.  LF, CRLF and a lone CR each end one. */
typedef struct {
	size_t pos, line, start;
	size_t col;                  /* in UTF-16: see walk_to16 */
} line_walk;

static void walk_to(line_walk *w, const char *text, size_t off)
{
	for (; w->pos < off; w->pos++) {
		if (text[w->pos] == '\n' || text[w->pos] == '\r') {
			if (text[w->pos] == '\r' && w->pos + 1 < off &&
			    text[w->pos + 1] == '\n')
				w->pos++;
			w->line++;
			w->start = w->pos + 1;
		}
	}
}

/* The same in a text in UTF-16 (BIG: big-endian), its lines ending at
 * the code units LF, CR and CR LF; W->col is the bytes that the line's
 * characters before W->pos take in UTF-8, as summ_locate counts a
 * column there. */
static void walk_to16(line_walk *w, const unsigned char *text, size_t off,
                      int big)
{
	while (w->pos + 2 <= off) {
		unsigned u = big ? (unsigned)text[w->pos] << 8 | text[w->pos + 1]
		                 : (unsigned)text[w->pos + 1] << 8 | text[w->pos];
		unsigned next = 0;

		w->pos += 2;
		if (w->pos + 2 <= off)
			next = big ? (unsigned)text[w->pos] << 8 | text[w->pos + 1]
			           : (unsigned)text[w->pos + 1] << 8 | text[w->pos];
		if (u == '\n' || u == '\r') {
			if (u == '\r' && next == '\n')
				w->pos += 2;
			w->line++;
			w->col = 0;
		} else {
			/* UTF-8 bytes: 1, 2, 3; a surrogate half 2 of the 4. */
			w->col += u < 0x80 ? 1 : u < 0x800 ? 2 :
			          u >= 0xD800 && u < 0xE000 ? 2 : 3;
		}
	}
}

/* Checks the folded text F (LEN bytes) as summ_fold promises it. */
static void check_folded(const char *f, size_t len)
{
	if (len == 0)
		return;
	CHECK(f[0] != ' ' && f[len - 1] != ' ');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)f[i];
		CHECK(c >= 0x20 && c != 0x7F);
		CHECK(!(c == ' ' && i + 1 < len && f[i + 1] == ' '));
	}
}

/* TEXT is the input (LEN bytes), READ the text the document read from
 * it (RLEN bytes: the input itself, or it with the line breaks inside
 * a word set vertically or quote markers left out), which offsets point
 * into. */
static void check_sentences(const char *text, size_t size, const char *read,
                            size_t len, const summ_doc *doc)
{
	summ_sentence *s = all_sentences(doc);
	size_t n = summ_sentence_count(doc);
	const unsigned char *u = (const unsigned char *)text;
	int utf16 = size < 2 ? 0 : u[0] == 0xFF && u[1] == 0xFE ? 1
	            : u[0] == 0xFE && u[1] == 0xFF ? 2 : 0;
	size_t first = len >= 3 && memcmp(read, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	size_t end = first;
	/* Columns of the first line start after a BOM, as editors show. */
	line_walk w = { utf16 ? 2 : first, 1, utf16 ? 2 : first, 0 };
	/* Located last to first, as a ranked summary may ask. */
	size_t *idx = malloc((n ? n : 1) * sizeof *idx);
	summ_position *pos = malloc((n ? n : 1) * sizeof *pos);
	size_t from, to;

	CHECK(n == 0 || s != NULL);
	CHECK(idx && pos);
	for (size_t k = 0; k < n; k++)
		idx[k] = n - 1 - k;
	CHECK(summ_locate(doc, idx, n, pos) == SUMM_OK);
	for (size_t k = 0; k < n; k++) {
		const summ_position *at = &pos[n - 1 - k];
		char *buf;
		size_t flen;

		CHECK(s[k].length > 0);
		CHECK(s[k].offset >= end);
		CHECK(s[k].offset <= len && s[k].length <= len - s[k].offset);
		end = s[k].offset + s[k].length;
		CHECK(at->line >= 1 && at->col >= 1);
		summ_source_span(doc, s[k].offset, s[k].length, &from, &to);
		CHECK(from <= to);
		if (utf16)
			walk_to16(&w, u, from, utf16 == 2);
		else
			walk_to(&w, text, from);
		CHECK(at->line == w.line);
		CHECK(at->col == (utf16 ? w.col : from - w.start) + 1);
		/* Paragraphs with sentences are numbered 0, 1, 2 ... */
		CHECK(k == 0 ? s[k].paragraph == 0
		             : s[k].paragraph - s[k - 1].paragraph <= 1);
		CHECK(s[k].kind == SUMM_BODY || s[k].kind == SUMM_HEADING ||
		      s[k].kind == SUMM_TITLE || s[k].kind == SUMM_FRAME);
		CHECK(s[k].kind != SUMM_TITLE || k == 0);
		CHECK(s[k].words <= summ_word_count(doc));

		buf = exact_copy("", s[k].length);
		flen = summ_fold(read + s[k].offset, s[k].length, buf);
		CHECK(flen <= s[k].length);
		CHECK(flen > 0);
		check_folded(buf, flen);
		CHECK(summ_utf8_length(buf, flen) <= flen);
		free(buf);
	}
	free(idx);
	free(pos);
	free(s);
}

/* Characters of sentence S once folded, as -c counts them. */
static size_t folded_chars(const char *text, const summ_sentence *s)
{
	char *buf = exact_copy("", s->length);
	size_t n = summ_utf8_length(buf, summ_fold(text + s->offset, s->length,
	                                           buf));

	free(buf);
	return n;
}

static int by_index(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	return i < j ? -1 : i > j;
}

/* Checks summ_explain's account of sentence K taken after TAKEN[0..N)
 * under LIM (a sentence of stopwords alone has no terms); SCORE is the
 * score summ_select_scored gave it.  (They agree when summ_select had room
 * for the whole budget: a smaller CAP changes the summary's share of the
 * text, which shapes the score.) */
static void check_explain(const summ_doc *doc, const summ_limits *lim,
                          const size_t *taken, size_t n, size_t k,
                          double score)
{
	summ_sentence one = summ_sentence_at(doc, k), *s = &one;
	summ_explanation ex;
	summ_term terms[8];
	size_t nt = summ_explain(doc, lim, taken, n, k, &ex, terms, 8);
	double per;

	CHECK(isfinite(ex.score) && ex.score >= 0);
	CHECK(isfinite(ex.terms) && ex.terms >= 0);
	CHECK(isfinite(ex.lead) && ex.lead > 0);
	CHECK(lim->no_lead == 0 || ex.lead == 1);
	CHECK(ex.words == s->words);
	CHECK(isfinite(ex.exponent) && ex.exponent >= 0);
	CHECK(ex.repeat > 0 && ex.repeat <= 1);
	per = ex.terms * ex.lead /
	      pow(ex.words > SCORE_MIN_WORDS ? (double)ex.words
	                                     : SCORE_MIN_WORDS, ex.exponent);
	CHECK(fabs(per - ex.score) <= 1e-9 * (per > 1 ? per : 1));
	if (score >= 0)
		CHECK(fabs(score - ex.score) <= 1e-9 * (score > 1 ? score : 1));
	for (size_t i = 0; i < nt && i < 8; i++) {
		CHECK(terms[i].offset >= s->offset && terms[i].length > 0 &&
		      terms[i].offset + terms[i].length <= s->offset + s->length);
		CHECK(isfinite(terms[i].weight) && terms[i].weight >= 0);
		CHECK(terms[i].added >= 0 &&
		      terms[i].added <= terms[i].weight * (1 + 1e-12));
		CHECK(terms[i].count >= 1);
		CHECK(i == 0 || terms[i - 1].added >= terms[i].added);
	}
}

/* Selects under LIM with room for CAP indices, in rank order and in text
 * order, with and without scores, and checks all four. */
static void check_select(const char *text, const summ_doc *doc,
                         summ_limits lim, size_t cap)
{
	summ_sentence *s = all_sentences(doc);
	size_t nsent = summ_sentence_count(doc), nbody = 0, room = cap ? cap : 1;
	size_t *rank = malloc(room * sizeof *rank);
	size_t *plain = malloc(room * sizeof *plain);
	size_t *text_idx = malloc(room * sizeof *text_idx);
	double *scores = malloc(room * sizeof *scores);
	double *text_scores = malloc(room * sizeof *text_scores);
	size_t nrank = 0, nplain = 0, ntext = 0, words = 0, chars = 0, max;
	char *seen = calloc(nsent ? nsent : 1, 1);

	CHECK(rank && plain && text_idx && scores && text_scores && seen);
	for (size_t k = 0; k < nsent; k++)
		nbody += s[k].kind == SUMM_BODY;

	lim.text_order = 0;
	CHECK(summ_select_scored(doc, &lim, rank, scores, cap, &nrank) ==
	      SUMM_OK);
	CHECK(summ_select(doc, &lim, plain, cap, &nplain) == SUMM_OK);
	lim.text_order = 1;
	CHECK(summ_select_scored(doc, &lim, text_idx, text_scores, cap,
	                         &ntext) == SUMM_OK);
	lim.text_order = 0;

	max = cap;
	if (!lim.sentences && !lim.percent && !lim.words && !lim.chars &&
	    max > SUMM_DEFAULT_SENTENCES)
		max = SUMM_DEFAULT_SENTENCES;
	if (lim.sentences && max > lim.sentences)
		max = lim.sentences;
	if (lim.percent) {
		size_t p = (nbody * lim.percent + 99) / 100;
		if (p < 1)
			p = 1;
		if (max > p)
			max = p;
	}
	CHECK(nrank <= max && nrank <= nbody);
	for (size_t r = 0; r < nrank; r++) {
		size_t k = rank[r];
		CHECK(k < nsent);
		CHECK(!seen[k]);
		seen[k] = 1;
		CHECK(s[k].kind == SUMM_BODY);
		/* Best first: the scores the sentences were taken with. */
		CHECK(isfinite(scores[r]) && scores[r] >= 0);
		CHECK(r == 0 || scores[r - 1] >= scores[r]);
		words += s[k].words;
		if (lim.chars)
			chars += folded_chars(text, &s[k]);
		if (cap >= nsent && r < 16)
			check_explain(doc, &lim, rank, r, k, scores[r]);
	}
	if (lim.words)
		CHECK(words <= lim.words);
	if (lim.chars)
		CHECK(chars <= lim.chars);

	/* Without scores: the same choice. */
	CHECK(nplain == nrank);
	CHECK(nrank == 0 || memcmp(plain, rank, nrank * sizeof *rank) == 0);

	/* Text order: the same sentences with the same scores, sorted by
	 * position. */
	CHECK(ntext == nrank);
	for (size_t r = 0; r < ntext; r++) {
		size_t j = 0;
		CHECK(r == 0 || text_idx[r - 1] < text_idx[r]);
		while (j < nrank && rank[j] != text_idx[r])
			j++;
		CHECK(j < nrank);
		CHECK(text_scores[r] == scores[j]);
	}
	qsort(rank, nrank, sizeof *rank, by_index);
	CHECK(nrank == 0 || memcmp(rank, text_idx, nrank * sizeof *rank) == 0);

	free(seen);
	free(text_scores);
	free(scores);
	free(text_idx);
	free(plain);
	free(rank);
	free(s);
}

/* Marks in WORD_END and RUN_END the word TEXT[WS..WE) of a body
 * sentence: a word ends at WE; in a run of a script without spaces, a
 * term may start at any character and end within the run. */
static void mark_word(const char *text, size_t ws, size_t we, size_t *word_end,
                      size_t *run_end)
{
	const unsigned char *u = (const unsigned char *)text;
	uint32_t cp;

	u8_decode(u + ws, we - ws, &cp);
	if (!is_spaceless(cp)) {
		word_end[ws] = we;
		return;
	}
	for (size_t p = ws; p < we; p += u8_decode(u + p, we - p, &cp))
		run_end[p] = we;
}

/* Keywords are words of body sentences, as the tokenizer finds them, or
 * in a run of a script without spaces, pairs of its characters. */
static void check_keywords(const char *text, size_t len, const summ_doc *doc,
                           size_t n)
{
	summ_sentence *s = all_sentences(doc);
	summ_keyword *kw = malloc((n ? n : 1) * sizeof *kw);
	size_t *word_end = calloc(len ? len : 1, sizeof *word_end);
	size_t *run_end = calloc(len ? len : 1, sizeof *run_end);
	size_t got;

	CHECK(kw != NULL && word_end != NULL && run_end != NULL);
	for (size_t k = 0; k < summ_sentence_count(doc); k++) {
		size_t pos = s[k].offset, ws, we;
		if (s[k].kind != SUMM_BODY)
			continue;
		while (summ_next_word(text, s[k].offset + s[k].length, &pos,
		                      &ws, &we))
			mark_word(text, ws, we, word_end, run_end);
	}
	got = summ_keywords(doc, n, kw);
	CHECK(got <= n);
	for (size_t i = 0; i < got; i++) {
		size_t o = kw[i].offset, e = o + kw[i].length;
		CHECK(kw[i].offset < len && kw[i].length <= len - kw[i].offset);
		CHECK(kw[i].length > 0);
		CHECK(word_end[o] == e || (run_end[o] && e <= run_end[o] &&
		                           (e == run_end[o] || run_end[e])));
		CHECK(kw[i].count >= 1);
		CHECK(i == 0 || kw[i - 1].weight >= kw[i].weight);
	}
	free(word_end);
	free(run_end);
	free(kw);
	free(s);
}

static void check_words(const char *text, size_t len)
{
	size_t pos = 0, ws, we, last = 0;
	char *key = malloc(SUMM_MAX_KEY);

	CHECK(key != NULL);
	while (summ_next_word(text, len, &pos, &ws, &we)) {
		size_t k;
		CHECK(ws >= last && ws < we && we <= len && pos == we);
		last = we;
		k = summ_fold_word(text, ws, we, key);
		CHECK(k <= SUMM_MAX_KEY);
		if (k) {
			char *w = exact_copy(key, k);
			(void)summ_is_stopword(w, k);
			CHECK(lang_en.stem(w, k) <= k);
			free(w);
		}
	}
	CHECK(pos <= len);
	free(key);
}

/* The text as a stoplist of its own (a word a line), and the text read
 * with those stopwords alone (--lang=none) and besides those of a
 * language (German, whose splitter reads ordinals): no crash, and
 * keywords that point into the text. */
static void check_stoplist(const char *text, size_t size)
{
	summ_stoplist *sl = summ_stoplist_new(text, size);
	summ_options none = { .language = "none", .stopwords = sl },
	             de = { .language = "de", .stopwords = sl };
	summ_doc *a, *b;

	if (!sl)
		return;
	size_t len;
	const char *read;

	if (summ_parse_with(text, size, &none, &a) == SUMM_OK) {
		if (summ_parse_with(text, size, &de, &b) == SUMM_OK) {
			read = summ_text(b, &len);
			check_keywords(read, len, b, 10);
			summ_free(b);
		}
		read = summ_text(a, &len);
		check_keywords(read, len, a, 10);
		summ_free(a);
	}
	summ_stoplist_free(sl);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = exact_copy((const char *)data, size);
	summ_doc *doc = NULL;
	size_t nsent;
	static const summ_limits limits[] = {
		{ .sentences = 0 },
		{ .sentences = 1 },
		{ .sentences = 3 },
		{ .sentences = 3, .no_lead = 1 },
		{ .sentences = 1000 },
		{ .percent = 1 },
		{ .percent = 50, .no_lead = 1 },
		{ .percent = 100 },
		{ .words = 1 },
		{ .words = 12 },
		{ .chars = 1 },
		{ .chars = 80, .no_lead = 1 },
		{ .sentences = 2, .percent = 30, .words = 40, .chars = 200 },
		{ .sentences = SIZE_MAX, .percent = 100, .words = SIZE_MAX,
		  .chars = SIZE_MAX },
	};
	summ_limits bad = { .percent = 101 };
	size_t idx[1], count = 99, rlen;
	summ_explanation ex;
	const char *read;

	if (summ_parse(text, size, &doc) != SUMM_OK) {
		/* Only an allocation can fail, and then nothing is returned. */
		CHECK(doc == NULL);
		free(text);
		return 0;
	}
	CHECK(doc != NULL);
	read = summ_text(doc, &rlen);
	/* (UTF-16 decoded: three bytes of UTF-8 for two at most.) */
	CHECK(rlen <= size || rlen <= size / 2 * 3);
	check_sentences(text, size, read, rlen, doc);
	check_token_paths(text, size, doc);
	nsent = summ_sentence_count(doc);
	for (size_t i = 0; i < sizeof limits / sizeof *limits; i++) {
		check_select(read, doc, limits[i], nsent);
		check_select(read, doc, limits[i], 2);
		check_select(read, doc, limits[i], 0);
	}
	CHECK(summ_select(doc, &bad, idx, 1, &count) == SUMM_EINVAL);
	CHECK(count == 0);
	/* Titles, headings and sentences out of range explain nothing. */
	for (size_t k = 0; k < nsent; k++)
		if (summ_sentence_at(doc, k).kind != SUMM_BODY)
			CHECK(summ_explain(doc, &limits[0], NULL, 0, k, &ex, NULL,
			                   0) == 0);
	CHECK(summ_explain(doc, &limits[0], NULL, 0, nsent, &ex, NULL, 0) == 0);
	check_keywords(read, rlen, doc, 0);
	check_keywords(read, rlen, doc, 1);
	check_keywords(read, rlen, doc, 10);
	check_keywords(read, rlen, doc, 1000);
	check_words(text, size);
	summ_free(doc);
	check_stoplist(text, size);
	free(text);
	return 0;
}
