/* check_terms.c - engine/terms.c: the tokenizer and the term table. */

/*
 * Word counts as wc(1) makes them (runs of anything but white space),
 * in each sentence and in all, on the 64-byte steps of plain ASCII and
 * off them; which words are terms (next_term, through
 * engine/terms.h); and a word that stems to nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/terms.h"

struct count_case {
	const char *text;
	size_t len, words;
};

#define B(s) s, sizeof s - 1

static const struct count_case count_cases[] = {
	{ B("Hello, world!"), 2 },
	{ B("U.S.-China relations \xE2\x80\x94 a test."), 5 },
	{ B("$3.5 billion, 40% more."), 4 },
	{ B("don't stop"), 2 },
	{ B("nul\0byte here"), 3 },
	{ B("no\xC2\xA0" "break"), 2 },             /* white space as the engine knows it */
	{ B("... --- !!!"), 3 },
	{ B(""), 0 },
	/* Past 64 bytes of plain ASCII, read a block at a step. */
	{ B("one two three four five six seven eight nine ten eleven twelve "
	    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
	    "twenty twenty-one twenty-two, and so on: done."), 26 },
	{ B("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "
	    "b c"), 3 },
	/* An address is one word, as wc counts (see address_end). */
	{ B("See https://x.org/a_b, or me@x.org. Then www.x.org!"), 6 },
	{ B("A sentence long enough to be read in blocks of bytes goes on to "
	    "https://example.org/a/b?c=d and (www.example.org) too."), 18 },
};

/* Whether the word TEXT[WS..WE) of DOC is a term: the next term from
 * its start is the word itself (see next_term). */
static int is_term_word(const summ_doc *doc, size_t ws, size_t we)
{
	size_t pos = ws, ts, te;

	return next_term(doc, we, &pos, &ts, &te) && ts == ws && te == we;
}

START_TEST(test_word_counts)
{
	const struct count_case *c = &count_cases[_i];
	summ_doc *doc;
	size_t sum = 0;

	ck_assert_int_eq(summ_parse(c->text, c->len, &doc), SUMM_OK);
	for (size_t k = 0; k < summ_sentence_count(doc); k++)
		sum += summ_sentence_at(doc, k).words;
	ck_assert_msg(summ_word_count(doc) == c->words,
	              "case %d: %zu words, want %zu", _i, summ_word_count(doc),
	              c->words);
	ck_assert_uint_eq(sum, c->words);
	summ_free(doc);
}
END_TEST

/* Content words are terms; stopwords, numbers (in any script's digits),
 * one-letter words and words too long for a key are not. */
START_TEST(test_next_term)
{
	static const struct {
		const char *word;
		int term;
	} words[] = {
		{ "bridge", 1 }, { "Bridge", 1 }, { "repairs", 1 }, { "closes", 1 },
		{ "The", 0 }, { "will", 0 }, { "of", 0 }, { "2024", 0 },
		{ "x", 0 }, { "said", 0 },
		/* Numbers in the digits of other scripts: Persian,
		 * Devanagari, Gujarati, Khmer. */
		{ "\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB2", 0 },
		{ "\xE0\xA5\xA8\xE0\xA5\xA6\xE0\xA5\xA8\xE0\xA5\xAA", 0 },
		{ "\xE0\xAB\xA8\xE0\xAB\xA6", 0 },
		{ "\xE1\x9F\xA1\xE1\x9F\xA9", 0 },
	};
	char text[512], longword[SUMM_MAX_KEY + 2];
	summ_doc *doc;
	size_t len = 0;

	memset(longword, 'q', sizeof longword - 1);
	longword[sizeof longword - 1] = '\0';
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		len += (size_t)snprintf(text + len, sizeof text - len, "%s ",
		                        words[i].word);
	len += (size_t)snprintf(text + len, sizeof text - len, "%s. The bridge "
	                        "closes; %s.", longword, longword);
	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	{
		size_t pos = 0, ws, we, i = 0;
		while (i < sizeof words / sizeof *words &&
		       summ_next_word(text, len, &pos, &ws, &we)) {
			ck_assert_msg(is_term_word(doc, ws, we) == words[i].term,
			              "\"%s\": want %d", words[i].word, words[i].term);
			i++;
		}
		ck_assert(summ_next_word(text, len, &pos, &ws, &we));
		ck_assert_uint_eq(we - ws, SUMM_MAX_KEY + 1);
		ck_assert(!is_term_word(doc, ws, we));
	}
	summ_free(doc);
}
END_TEST

/* Words with apostrophes inside are one term each wherever they lie:
 * in the first 64 bytes of a sentence, past them (read a block at a
 * step) and across the end of a block. */
START_TEST(test_apostrophe_terms)
{
	static const char text[] =
	    "Libya's rock'n'roll council. The council of Libya's capital said "
	    "Libya's rock'n'roll bands don't play, and Mandela's rock'n'roll "
	    "council's harbor'd go on: Libya's harbor'd close.";
	/* And the words after them, once skipped in a draft. */
	static const char *const words[] = { "Libya's", "rock'n'roll",
	                                     "council's", "harbor'd", "bands",
	                                     "capital", "close" };
	size_t len = sizeof text - 1, found[7] = { 0 };
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	ck_assert_uint_eq(summ_word_count(doc), 24);
	for (size_t w = 0; w < 7; w++) {
		size_t n = strlen(words[w]);
		for (const char *p = text; (p = strstr(p, words[w])); p += n) {
			size_t ws = (size_t)(p - text);
			ck_assert_msg(is_term_word(doc, ws, ws + n), "%s at %zu",
			              words[w], ws);
			found[w]++;
		}
	}
	ck_assert_uint_eq(found[0], 4);
	summ_free(doc);
}
END_TEST

/* An address (a URL, a host name, an e-mail address: see address_end)
 * makes no terms, read a block at a step or not, whatever its words are
 * elsewhere: the words after it are found, and "github" is a term where
 * the text writes it as a word. */
START_TEST(test_address_terms)
{
	static const char text[] =
	    "The harbour bridge reopens today after repairs to its deck, "
	    "see https://github.com/harbour/bridge or www.harbour.example.org"
	    "/news, then write to press@harbour.example.org with questions. "
	    "\xE2\x80\x94 Details at http://github.com/x \xE2\x80\x94 harbour "
	    "news. The harbour github page lists the bridge repairs.";
	static const struct {
		const char *from, *next;      /* the next term from FROM */
	} cases[] = {
		{ "https://", "write" }, { "www.", "write" },
		{ "press@", "questions" }, { "http://", "harbour news" },
	};
	size_t len = sizeof text - 1, pos, ts, te;
	const char *gh = strstr(text, "harbour github") + 8;
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		pos = (size_t)(strstr(text, cases[i].from) - text);
		ck_assert(next_term(doc, len, &pos, &ts, &te));
		ck_assert_msg(ts == (size_t)(strstr(text, cases[i].next) - text),
		              "after %s: \"%.*s\"", cases[i].from, (int)(te - ts),
		              text + ts);
	}
	ck_assert(is_term_word(doc, (size_t)(gh - text),
	                       (size_t)(gh - text) + 6));
	summ_free(doc);
}
END_TEST

/* Whether DOC's term table holds the word "http" as a form. */
/* Whether DOC has a form whose key is WORD (of eight bytes or fewer). */
static int has_form_key(const summ_doc *doc, const char *word)
{
	char head[8] = { 0 };

	memcpy(head, word, strlen(word));
	for (size_t i = 0; i < doc->table.cap; i++) {
		const slot *s = &doc->table.slots[i];
		if (s->form && memcmp(&s->head, head, 8) == 0)
			return 1;
	}
	return 0;
}

/* A URL that ends the text is no form at any offset: a colon at the end
 * of a 64-byte step, near the end of the text, where the step reads a
 * copy of its bytes and not the byte after (once read as a word). */
START_TEST(test_address_at_block_end)
{
	char text[160];

	for (int k = 0; k < 100; k++) {
		summ_doc *doc;
		int len = snprintf(text, sizeof text, "%.*s harbour crane see http://",
		                   k, "ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef "
		                      "gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl "
		                      "mn op qr st");
		ck_assert_int_eq(summ_parse(text, (size_t)len, &doc), SUMM_OK);
		ck_assert_msg(!has_form_key(doc, "http"), "offset %d: \"http\" a form", k);
		summ_free(doc);
	}
}
END_TEST

/* An e-mail address whose local part has periods makes no form of any
 * part, at every offset (the 64-byte steps see "john" and a period
 * first), in a sentence's middle and at the text's end; "3.5" and
 * "harbour" are read as ever. */
START_TEST(test_local_part_terms)
{
	static const char *const tails[] = {
		" crane: write to john.smith@harbour.example.org today, 3.5 km",
		" crane: write to john.quincy.smith@harbour.example.org",
		" crane: write to john_smith@harbour.example.org or quincy+x@a.org",
	};
	char text[200];

	for (int t = 0; t < 3; t++)
		for (int k = 0; k < 100; k++) {
			summ_doc *doc;
			int len = snprintf(text, sizeof text, "%.*s harbour%s", k,
			                   "ab cd ef gh ij kl mn op qr st uv wx yz ab "
			                   "cd ef gh ij kl mn op qr st uv wx yz ab cd "
			                   "ef gh ij kl mn op qr st", tails[t]);
			ck_assert_int_eq(summ_parse(text, (size_t)len, &doc), SUMM_OK);
			ck_assert_msg(!has_form_key(doc, "john") &&
			              !has_form_key(doc, "smith") &&
			              !has_form_key(doc, "quincy"),
			              "tail %d, offset %d: a local part a form", t, k);
			ck_assert(has_form_key(doc, "harbour"));
			summ_free(doc);
		}
}
END_TEST

/* Words with letters of Latin-1 ("Müller", "Straße") are whole words
 * and one term in every case and at every offset: in the first 64 bytes
 * of a sentence and past them, where they are read a block at a step,
 * with "×" between two words, and in capitals. */
START_TEST(test_latin_terms)
{
	static const char text[] =
	    "Müller wrote to Öztürk from Genève. In the long evening light of "
	    "Genève, Müller and Öztürk walked the Straße past the old gates, "
	    "wall×roof, and MÜLLER spoke of Genève while Öztürk listened; "
	    "Müller stopped at the Straße.";
	static const char *const words[] = { "Müller", "Öztürk", "Genève",
	                                     "Straße", "wall", "roof" };
	static const size_t times[] = { 3, 3, 3, 2, 1, 1 };
	size_t len = sizeof text - 1;
	summ_doc *doc;
	summ_keyword kw[1];

	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	for (size_t w = 0; w < 6; w++) {
		size_t n = strlen(words[w]), found = 0;
		for (const char *p = text; (p = strstr(p, words[w])); p += n) {
			size_t ws = (size_t)(p - text);
			ck_assert_msg(is_term_word(doc, ws, ws + n), "%s at %zu",
			              words[w], ws);
			found++;
		}
		ck_assert_uint_eq(found, times[w]);
	}
	/* Müller four times with MÜLLER, spelled as most often written. */
	ck_assert_uint_eq(summ_keywords(doc, 1, kw), 1);
	ck_assert_uint_eq(kw[0].count, 4);
	ck_assert_uint_eq(kw[0].length, strlen("Müller"));
	ck_assert(memcmp(text + kw[0].offset, "Müller", kw[0].length) == 0);
	summ_free(doc);
}
END_TEST

/* The terms of TEXT, a sentence or a few, as next_term gives them: how
 * many, and how many of them are pairs of characters of three bytes. */
static void han_terms(const char *text, size_t *terms, size_t *pairs)
{
	size_t len = strlen(text), pos = 0, ts, te;
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	*terms = *pairs = 0;
	while (next_term(doc, len, &pos, &ts, &te)) {
		++*terms;
		*pairs += te - ts == 6;
	}
	summ_free(doc);
}

/* Han characters pair on both sides of U+4E00, where the commonest begin
 * (a short way reads them), and the Yijing hexagrams just below it
 * (U+4DC0 to U+4DFF), symbols, pair with none. */
START_TEST(test_han_pairs)
{
	size_t terms, pairs;

	han_terms("丁一七。丁一七。", &terms, &pairs);   /* U+4E01 4E00 4E03 */
	ck_assert_uint_eq(terms, 4);
	ck_assert_uint_eq(pairs, 4);
	han_terms("䶵丁。䶵丁。", &terms, &pairs);       /* U+4DB5, Ext. A */
	ck_assert_uint_eq(terms, 2);
	ck_assert_uint_eq(pairs, 2);
	han_terms("丁\u4DFF七。丁\u4DC0七。", &terms, &pairs);
	ck_assert_uint_ge(terms, 4);                   /* 丁 and 七 alone */
	ck_assert_uint_eq(pairs, 0);
	han_terms("鿿龥。鿿龥。", &terms, &pairs);       /* U+9FFF 9FA5 */
	ck_assert_uint_eq(pairs, 2);
}
END_TEST

/* A word that stems to nothing (a possessive alone, written with a
 * modifier letter apostrophe: "\xCA\xBC's") is no term, however often it
 * comes (found by fuzzing: its empty key once took a slot as if free). */
START_TEST(test_keywords_empty_stem)
{
	const char *text = "The bridge \xCA\xBC's plan was set. The council "
	                   "\xCA\xBC's bridge vote \xCA\xBC's was set. Later "
	                   "\xCA\xBC's the bridge \xCA\xBC's plan \xCA\xBC's opened.";
	summ_doc *doc;
	summ_keyword kw[8];
	size_t n;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	n = summ_keywords(doc, 8, kw);
	ck_assert_uint_ge(n, 3);
	ck_assert(memcmp(text + kw[0].offset, "bridge", 6) == 0);
	for (size_t i = 0; i < n; i++)
		ck_assert(memchr(text + kw[i].offset, '\'', kw[i].length) == NULL);
	summ_free(doc);
}
END_TEST

/* Whether the word " W " of TEXT is a term when TEXT is read as OPT
 * says. */
static int word_is_term(const char *text, const char *w,
                        const summ_options *opt)
{
	char needle[32];
	const char *p;
	summ_doc *doc;
	int term;

	snprintf(needle, sizeof needle, " %s ", w);
	ck_assert_ptr_nonnull(p = strstr(text, needle));
	ck_assert_int_eq(summ_parse_with(text, strlen(text), opt, &doc), SUMM_OK);
	term = is_term_word(doc, (size_t)(p + 1 - text),
	                    (size_t)(p + 1 - text) + strlen(w));
	summ_free(doc);
	return term;
}

/* A thread that reads document after document keeps what their words
 * stem to (engine/memo.h), from its second on: a word is what its own
 * document's language and stopwords make it, whatever was read before.
 * "die" is an English verb and a German article; "harbour" a term but
 * in the run with a stoplist that has it. */
START_TEST(test_memo_keeps_documents_apart)
{
	const char *en = "They feared the old trees would die in the harbour storm.";
	const char *de = "Die B\xC3\xA4ume am Hafen sind alt, und die Stadt pflegt sie.";
	summ_options o_en, o_de, o_stop;
	summ_stoplist *sl = summ_stoplist_new("harbour\n", 8);

	ck_assert_ptr_nonnull(sl);
	memset(&o_en, 0, sizeof o_en);
	o_en.language = "en";
	o_de = o_stop = o_en;
	o_de.language = "de";
	o_stop.stopwords = sl;
	for (int round = 0; round < 3; round++) {
		ck_assert(word_is_term(en, "die", &o_en));
		ck_assert(!word_is_term(de, "die", &o_de));
		ck_assert(word_is_term(en, "harbour", &o_en));
		ck_assert(!word_is_term(en, "harbour", &o_stop));
	}
	summ_stoplist_free(sl);
}
END_TEST

/* Whether the filter of list L, made now if need be, turns WORD away. */
static int turned_away(const word_list *l, const char *word)
{
	return make_word_filter(l) && !filter_has(l->filter, word, strlen(word));
}

/* In every language, each of its stopwords, and each of a caller's, is
 * a stopword of a document, though each list is searched through its
 * filter; of 1,000 made-up words, none is one, and the filters alone
 * turn away most of them. */
START_TEST(test_stop_filter)
{
	const lang *lg = lang_at((size_t)_i);
	char extra[40 * 8], word[16];
	summ_stoplist *sl;
	summ_options opt = { .language = lg->code, .input = SUMM_INPUT_TEXT };
	const char text[] = "Zq zq zq.\n";
	size_t turned = 0, turned_extra = 0;
	summ_doc *doc;

	for (int i = 0; i < 40; i++)          /* "blorfaa" ... "blorfbn" */
		memcpy(extra + 8 * i, (char[]){ 'b', 'l', 'o', 'r', 'f',
		       (char)('a' + i / 26), (char)('a' + i % 26), '\n' }, 8);
	sl = summ_stoplist_new(extra, sizeof extra);
	ck_assert(sl != NULL);
	opt.stopwords = sl;
	ck_assert_int_eq(summ_parse_with(text, sizeof text - 1, &opt, &doc),
	                 SUMM_OK);
	for (size_t i = 0; i < lg->stopwords.n; i++) {
		const char *w = word_at(&lg->stopwords, i);
		ck_assert_msg(is_stopword(doc, w, strlen(w)), "%s: %s", lg->code, w);
	}
	for (int i = 0; i < 40; i++)
		ck_assert(is_stopword(doc, (char[]){ 'b', 'l', 'o', 'r', 'f',
		                      (char)('a' + i / 26), (char)('a' + i % 26) },
		                      7));
	for (int i = 0; i < 1000; i++) {
		/* Their first two letters, last and length vary, and
		 * "qxz" is in no word of any language. */
		snprintf(word, sizeof word, "%c%cqxz%.*s%c", 'a' + i % 26,
		         'a' + i / 26 % 26, i % 5, "qxzqx", 'a' + i * 7 % 26);
		ck_assert(!is_stopword(doc, word, strlen(word)));
		turned += turned_away(&lg->stopwords, word);
		turned_extra += turned_away(doc->extra_stops, word);
	}
	ck_assert_uint_gt(turned, 500);
	ck_assert_uint_gt(turned_extra, 900);
	summ_free(doc);
	summ_stoplist_free(sl);
}
END_TEST

/* A long text's arrays grow past a megabyte, where they move from the
 * heap to mappings of their own (see grow_large): every word must still
 * be where it was.  N distinct words ("qaaaaa", "qaaaab", ...), three to
 * a sentence, twice over: 100,000 sentences (1.6 MB of them), 150,000
 * forms (3.6 MB) and a term table of 4 MB.  Each form must be counted
 * twice, each sentence hold three words. */
#define LONG_WORDS 150000

START_TEST(test_long_text_arrays)
{
	size_t len = 2 * LONG_WORDS * 7, at = 0;
	char *text = malloc(len);
	summ_doc *doc;

	ck_assert_ptr_nonnull(text);
	for (int copy = 0; copy < 2; copy++)
		for (unsigned i = 0; i < LONG_WORDS; i++) {
			unsigned n = i;
			for (int k = 5; k >= 1; k--, n /= 26)
				text[at + (size_t)k] = (char)('a' + n % 26);
			text[at] = i % 3 == 0 ? 'Q' : 'q';
			text[at + 6] = i % 3 == 2 ? '.' : ' ';
			at += 7;
		}
	text[len - 1] = '\n';
	ck_assert_int_eq(summ_parse(text, len, &doc), SUMM_OK);
	ck_assert_uint_eq(doc->nforms, LONG_WORDS);
	ck_assert_uint_eq(doc->nsent, 2 * LONG_WORDS / 3);
	ck_assert_uint_eq(doc->words, 2 * LONG_WORDS);
	for (size_t i = 0; i < doc->nforms; i++)
		ck_assert_uint_eq(form_count(&doc->forms[i]), 2);
	for (size_t k = 0; k < doc->nsent; k++)
		ck_assert_uint_eq(doc->sent[k].words, 3);
	summ_free(doc);
	free(text);
}
END_TEST

#define NCASES(t) ((int)(sizeof t / sizeof *t))

Suite *terms_suite(void)
{
	Suite *s = suite_create("terms");
	TCase *tc = tcase_create("counts");
	TCase *tt = tcase_create("terms");

	tcase_add_loop_test(tc, test_word_counts, 0, NCASES(count_cases));
	tcase_add_test(tt, test_next_term);
	tcase_add_test(tt, test_apostrophe_terms);
	tcase_add_test(tt, test_address_terms);
	tcase_add_test(tt, test_address_at_block_end);
	tcase_add_test(tt, test_local_part_terms);
	tcase_add_test(tt, test_latin_terms);
	tcase_add_test(tt, test_han_pairs);
	tcase_add_test(tt, test_keywords_empty_stem);
	tcase_add_test(tt, test_memo_keeps_documents_apart);
	tcase_add_test(tt, test_long_text_arrays);
	tcase_add_loop_test(tt, test_stop_filter, 0, (int)lang_count());
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tt);
	return s;
}
