/* check_words.c - engine/words.c: words, their folded keys and list markers. */

/*
 * summ_next_word and summ_fold_word through the public API; word_end,
 * which scans and folds in one pass for the tokenizer, checked against
 * them; and list markers (parse_marker, marker_follows) through
 * engine/words.h, as the public API does not reach them.
 */
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/words.h"

#define MAX_WORDS 8

struct words_case {
	const char *text;
	const char *word[MAX_WORDS];  /* NULL-terminated, as in the text */
};

static const struct words_case word_cases[] = {
	{ "Hello, world!", { "Hello", "world" } },
	{ "don't stop", { "don't", "stop" } },
	{ "China\xE2\x80\x99s talks", { "China\xE2\x80\x99s", "talks" } },
	{ "'quoted' words", { "quoted", "words" } },
	{ "the U.S. delegation", { "the", "U.S.", "delegation" } },
	{ "e.g. this", { "e.g.", "this" } },
	{ "U.S.-China relations", { "U.S.", "China", "relations" } },
	{ "military-to-military", { "military", "to", "military" } },
	{ "$3.5 billion", { "3", "5", "billion" } },
	{ "caf\xC3\xA9 na\xC3\xAFve", { "caf\xC3\xA9", "na\xC3\xAFve" } },
	{ "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 city",
	  { "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "city" } },
	{ "a\xE2\x80\x94" "b", { "a", "b" } },          /* em dash splits */
	{ "x\xC2\xA0y", { "x", "y" } },                 /* no-break space */
	{ "bad\xFFwords", { "bad", "words" } },         /* invalid byte */
	{ "فِي كـتـاب", { "فِي", "كـتـاب" } },   /* marks, tatweel: inside */
	{ "e\xCC\x81te\xCC\x81 X\xCC\x81", /* decomposed accents: inside */
	  { "e\xCC\x81te\xCC\x81", "X\xCC\x81" } },
	{ "nul\0byte", { "nul", "byte" } },
	/* Armenian's question sign over a vowel inside the word is part of
	 * it; at its end it is not (Ինչո՞ւ ոչ՞). */
	{ "\xD4\xBB\xD5\xB6\xD5\xB9\xD5\xB8\xD5\x9E\xD6\x82 "
	  "\xD5\xB8\xD5\xB9\xD5\x9E",
	  { "\xD4\xBB\xD5\xB6\xD5\xB9\xD5\xB8\xD5\x9E\xD6\x82",
	    "\xD5\xB8\xD5\xB9" } },
	{ "...", { NULL } },
};

static size_t case_len(const char *text)
{
	/* The NUL case carries its length in its text: "nul\0byte". */
	return strcmp(text, "nul") == 0 ? 8 : strlen(text);
}

START_TEST(test_words_table)
{
	const struct words_case *c = &word_cases[_i];
	size_t len = case_len(c->text), pos = 0, ws, we, k = 0;

	while (summ_next_word(c->text, len, &pos, &ws, &we)) {
		ck_assert_msg(k < MAX_WORDS && c->word[k], "case %d: extra word", _i);
		ck_assert_msg(we - ws == strlen(c->word[k]) &&
		              memcmp(c->text + ws, c->word[k], we - ws) == 0,
		              "case %d word %zu: got \"%.*s\", want \"%s\"", _i, k,
		              (int)(we - ws), c->text + ws, c->word[k]);
		k++;
	}
	ck_assert_msg(k == MAX_WORDS || !c->word[k], "case %d: %zu words", _i, k);
}
END_TEST

struct fold_case {
	const char *word, *key;
};

static const struct fold_case fold_cases[] = {
	{ "China", "china" },
	{ "U.S.", "u.s." },
	{ "China\xE2\x80\x99s", "china's" },           /* curly apostrophe */
	/* Uzbek's oʻ and gʻ, typed with any of the marks for them, and its
	 * glottal stop: the word keeps one apostrophe. */
	{ "O\xCA\xBBzbekiston", "o'zbekiston" },       /* U+02BB, as written */
	{ "o\xE2\x80\x98zbek", "o'zbek" },             /* U+2018, news sites */
	{ "to\xCA\xBBg\xCA\xBBri", "to'g'ri" },
	{ "ma\xCA\xBClumot", "ma'lumot" },              /* U+02BC */
	{ "\xC3\x89" "COLE", "\xC3\xA9" "cole" },      /* É */
	{ "\xC5\x81\xC3\x93" "D\xC5\xB9", "\xC5\x82\xC3\xB3" "d\xC5\xBA" }, /* ŁÓDŹ */
	{ "\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91",
	  "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1" },  /* ΑΘΗΝΑ */
	{ "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90",
	  "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0" }, /* МОСКВА */
	{ "\xE4\xB8\xAD\xE6\x96\x87", "\xE4\xB8\xAD\xE6\x96\x87" }, /* caseless */
	/* Capitals of Latin's extensions, of polytonic Greek and of Adlam,
	 * as Unicode pairs them: Hausa, Ewe, Greek, Fula. */
	{ "ƘASAR", "ƙasar" },
	{ "Ɓangare", "ɓangare" },
	{ "ƐƆ", "ɛɔ" },
	{ "Ἀθῆναι", "ἀθῆναι" },
	{ "ᾼ", "ᾳ" },
	{ "𞤀𞤣𞤤𞤢𞤥", "𞤢𞤣𞤤𞤢𞤥" },
	/* Hangul spelled in conjoining jamo (NFD) folds to its syllables. */
	{ "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE"
	  "\xE1\x86\xA8\xE1\x84\x8B\xE1\x85\xA5", "한국어" },
	{ "\xE1\x84\x89\xE1\x85\xA5\xE1\x84\x8B\xE1\x85\xAE\xE1\x86\xAF"
	  "\xE1\x84\x89\xE1\x85\xB5\xE1\x84\x82\xE1\x85\xB3\xE1\x86\xAB", "서울시는" },
	{ "\xE1\x84\x80\xE1\x86\xA8", "\xE1\x84\x80\xE1\x86\xA8" }, /* L + T: none */
	/* Arabic with and without its optional marks is one word. */
	{ "فِي", "في" },                                 /* kasra */
	{ "الْمَدْرَسَةُ", "المدرسة" },                    /* vowels, sukun */
	{ "كـتـاب", "كتاب" },                            /* tatweel */
	{ "مُدَرِّسٌ", "مدرس" },                          /* shadda, nunation */
	{ "هٰذا", "هذا" },                               /* superscript alef */
	/* A decomposed accent (NFD) folds as the composed letter. */
	{ "E\xCC\x81te\xCC\x81", "\xC3\xA9t\xC3\xA9" },      /* Été */
	{ "\xD0\x95\xCC\x88\xD0\xBB\xD0\xBA\xD0\xB0",
	  "\xD1\x91\xD0\xBB\xD0\xBA\xD0\xB0" },            /* Ёлка */
	{ "vie\xCC\x82\xCC\x81t", "vi\xE1\xBA\xBFt" },     /* viết: two marks */
	{ "q\xCC\x81", "q\xCC\x81" },                    /* none to compose */
	{ "\xCC\x81" "a", "\xCC\x81" "a" },              /* no letter before */
	/* So does every pair NFC composes beyond those accents: a madda
	 * or hamza typed apart from its letter, a vowel sign of two parts
	 * (Bengali, Tamil, Malayalam, Sinhala), Kana and its voicing. */
	{ "\u0627\u0653\u0645\u0646", "\u0622\u0645\u0646" },      /* آمن */
	{ "\u0633\u0627\u0654\u0644", "\u0633\u0623\u0644" },      /* سأل */
	{ "\u0645\u0633\u0648\u0654\u0648\u0644",
	  "\u0645\u0633\u0624\u0648\u0644" },                      /* مسؤول */
	{ "\u0995\u09C7\u09BE\u09A8", "\u0995\u09CB\u09A8" },     /* কোন */
	{ "\u0B95\u0BC6\u0BBE\u0B9F\u0BC1",
	  "\u0B95\u0BCA\u0B9F\u0BC1" },                             /* கொடு */
	{ "\u0D15\u0D46\u0D3E\u0D1A\u0D4D\u0D1A\u0D3F",
	  "\u0D15\u0D4A\u0D1A\u0D4D\u0D1A\u0D3F" },               /* കൊച്ചി */
	{ "\u0DBD\u0DD9\u0DCF\u0D9A", "\u0DBD\u0DDC\u0D9A" },     /* ලොක */
	{ "\u304B\u3099\u3063\u3053\u3046",
	  "\u304C\u3063\u3053\u3046" },                             /* がっこう */
	{ "\u0B95\u0BBE\u0BB2\u0BAE\u0BCD",
	  "\u0B95\u0BBE\u0BB2\u0BAE\u0BCD" },   /* காலம்: aa after a consonant */
	{ "\u0915\u093E\u092E", "\u0915\u093E\u092E" },            /* काम */
	{ "\xD4\xBB\xD5\xB6\xD5\xB9\xD5\xB8\xD5\x9E\xD6\x82",
	  "\xD5\xAB\xD5\xB6\xD5\xB9\xD5\xB8\xD6\x82" },   /* Ինչո՞ւ: ինչու */
	/* A presentation form folds as the letters it stands for. */
	{ "O\xEF\xAC\x83" "ce", "office" },             /* the ffi ligature */
	{ "\xEF\xAC\x81" "NAL", "final" },               /* fi, capitals after */
	{ "\xEF\xAC\xAE\xD7\x96",
	  "\xD7\x90\xD6\xB7\xD7\x96" },                  /* אַז: alef, patah */
	{ "\xEF\xAC\xAC",
	  "\xD7\xA9\xD6\xBC\xD7\x81" },                  /* shin, two points */
	{ "\xEF\xAC\x9F", "\xD7\xB2\xD6\xB7" },      /* ײַ, Yiddish */
	{ "\xEF\xBA\x8D\xEF\xBB\x9F\xEF\xBA\xAC\xEF\xBB\xB1",
	  "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" },        /* الذي, shaped */
	{ "\xEF\xBB\xBB", "\xD9\x84\xD8\xA7" },      /* لا, one ligature */
	{ "\xEF\xBA\x8B", "\xD8\xA6" },                /* ئ stays composed */
	/* A Malayalam chillu as consonant, virama and joiner is the one
	 * letter; a joiner after anything else stays. */
	{ "അവന്\u200D", "അവൻ" },
	{ "അല്ലെങ്കില്\u200D", "അല്ലെങ്കിൽ" },
	{ "കാര്\u200Dഡ്", "കാർഡ്" },
	{ "क्\u200D", "क्\u200D" },
	/* An Indic letter with a nukta, one code point, is written as NFC
	 * writes it: the letter, then the nukta. */
	{ "\u09B9\u09DF", "\u09B9\u09AF\u09BC" },           /* হয় */
	{ "\u095B\u093F\u0902\u0926\u0917\u0940",
	  "\u091C\u093C\u093F\u0902\u0926\u0917\u0940" },  /* ज़िंदगी */
	{ "\u0A38\u0A3F\u0A30\u0A2B\u0A3C",
	  "\u0A38\u0A3F\u0A30\u0A2B\u0A3C" },               /* ਸਿਰਫ਼, as NFC */
	{ "\u0B1B\u0B21\u0B3C\u0B3E", "\u0B1B\u0B21\u0B3C\u0B3E" },
	{ "\u0B1B\u0B5C\u0B3E", "\u0B1B\u0B21\u0B3C\u0B3E" },  /* ଛଡ଼ା */
};

START_TEST(test_fold_table)
{
	const struct fold_case *c = &fold_cases[_i];
	char key[SUMM_MAX_KEY];
	size_t k = summ_fold_word(c->word, 0, strlen(c->word), key);

	ck_assert_msg(k == strlen(c->key) && memcmp(key, c->key, k) == 0,
	              "fold \"%s\": got \"%.*s\"", c->word, (int)k, key);
}
END_TEST

START_TEST(test_fold_too_long)
{
	char word[SUMM_MAX_KEY + 10], key[SUMM_MAX_KEY];

	memset(word, 'a', sizeof word);
	ck_assert_uint_eq(summ_fold_word(word, 0, sizeof word, key), 0);
	ck_assert_uint_eq(summ_fold_word(word, 0, SUMM_MAX_KEY, key),
	                  SUMM_MAX_KEY);
}
END_TEST

/* word_end finds the words summ_next_word finds and folds them as
 * summ_fold_word does, in one pass. */
START_TEST(test_word_end)
{
	const struct words_case *c = &word_cases[_i];
	size_t len = case_len(c->text), pos = 0, ws, we, klen;
	char want[SUMM_MAX_KEY], key[SUMM_MAX_KEY + 8];

	while (summ_next_word(c->text, len, &pos, &ws, &we)) {
		size_t wlen = summ_fold_word(c->text, ws, we, want);

		ck_assert_uint_eq(word_end(c->text, ws, len, key, &klen), we);
		ck_assert_uint_eq(word_end(c->text, ws, len, NULL, NULL), we);
		ck_assert_msg(klen == wlen && memcmp(key, want, klen) == 0,
		              "case %d: key \"%.*s\", want \"%.*s\"", _i,
		              (int)klen, key, (int)wlen, want);
		for (size_t i = 0; i < 8; i++)
			ck_assert_int_eq(key[klen + i], 0);
	}
}
END_TEST

/* The longest word that fits is folded by word_end as by summ_fold_word;
 * one byte more, by neither. */
START_TEST(test_word_end_too_long)
{
	char word[SUMM_MAX_KEY + 2], key[SUMM_MAX_KEY + 8];
	size_t klen;

	memset(word, 'A', sizeof word);
	word[sizeof word - 1] = ' ';
	ck_assert_uint_eq(word_end(word, 0, SUMM_MAX_KEY, key, &klen),
	                  SUMM_MAX_KEY);
	ck_assert_uint_eq(klen, SUMM_MAX_KEY);
	ck_assert_int_eq(key[0], 'a');
	ck_assert_uint_eq(word_end(word, 0, sizeof word, key, &klen),
	                  SUMM_MAX_KEY + 1);
	ck_assert_uint_eq(klen, 0);
}
END_TEST

/* List markers: a number, a letter or a Roman numeral, closed by ')'
 * or '.' (or opened by '(' too), before white space. */
struct marker_case {
	const char *text;
	int is;
	unsigned num, alpha, roman;
	int paren;
	size_t len;
};

static const struct marker_case marker_cases[] = {
	{ "1. Boil", 1, 1, 0, 0, 0, 2 },
	{ "12) Next", 1, 12, 0, 0, 0, 3 },
	{ "999. Last", 1, 999, 0, 0, 0, 4 },
	{ "1000. Too many digits", 0, 0, 0, 0, 0, 0 },
	{ "a) Cut", 1, 0, 1, 0, 0, 2 },
	{ "b.) Close", 1, 0, 2, 0, 0, 3 },
	{ "(c) Raise", 1, 0, 3, 0, 1, 3 },
	{ "C) Raise", 1, 0, 3, 0, 0, 2 },
	{ "iv) Four", 1, 0, 0, 4, 0, 3 },
	{ "(xii) Twelve", 1, 0, 0, 12, 1, 5 },
	{ "i) Both", 1, 0, 9, 1, 0, 2 },
	{ "x. Both", 1, 0, 24, 10, 0, 2 },
	{ "2)\tTab", 1, 2, 0, 0, 0, 2 },
	{ "3.\nLine", 1, 3, 0, 0, 0, 2 },
	/* An initial, a decimal, words and unclosed brackets are not. */
	{ "J. R. R. Tolkien", 0, 0, 0, 0, 0, 0 },
	{ "1.5 percent", 0, 0, 0, 0, 0, 0 },
	{ "abc) Word", 0, 0, 0, 0, 0, 0 },
	{ "(4. Open", 0, 0, 0, 0, 0, 0 },
	{ "4)x", 0, 0, 0, 0, 0, 0 },
	{ "4.", 0, 0, 0, 0, 0, 0 },
	{ "The end.", 0, 0, 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0, 0, 0 },
};

START_TEST(test_markers)
{
	const struct marker_case *c = &marker_cases[_i];
	size_t len = strlen(c->text);
	marker m;
	int is = parse_marker(c->text, 0, len, &m);

	ck_assert_msg(is == c->is, "\"%s\": %d, want %d", c->text, is, c->is);
	ck_assert_int_eq(marker_at(c->text, 0, len), c->is);
	if (!c->is)
		return;
	ck_assert_msg(m.num == c->num && m.alpha == c->alpha &&
	              m.roman == c->roman && m.paren == c->paren &&
	              m.len == c->len,
	              "\"%s\": num %u alpha %u roman %u paren %d len %zu", c->text,
	              m.num, m.alpha, m.roman, m.paren, m.len);
}
END_TEST

/* Which marker comes right after which, in one list. */
struct follows_case {
	const char *a, *b;
	int follows;
};

static const struct follows_case follows_cases[] = {
	{ "1. x", "2. x", 1 },
	{ "1. x", "2) x", 1 },
	{ "1. x", "3. x", 0 },
	{ "2. x", "1. x", 0 },
	{ "a) x", "b) x", 1 },
	{ "h) x", "i) x", 1 },
	{ "i) x", "ii) x", 1 },
	{ "iv) x", "v) x", 1 },
	{ "(a) x", "b) x", 0 },
	{ "(a) x", "(b) x", 1 },
	{ "1. x", "b. x", 0 },
};

START_TEST(test_marker_follows)
{
	const struct follows_case *c = &follows_cases[_i];
	marker a, b;

	ck_assert(parse_marker(c->a, 0, strlen(c->a), &a));
	ck_assert(parse_marker(c->b, 0, strlen(c->b), &b));
	ck_assert_msg(marker_follows(&a, &b) == c->follows,
	              "\"%s\" then \"%s\": want %d", c->a, c->b, c->follows);
}
END_TEST

/* Addresses: the text's first word, and the address it opens up to the
 * next white space (NULL: none). */
struct address_case {
	const char *text, *address;
};

static const struct address_case address_cases[] = {
	{ "https://example.com/a?b=c#d more", "https://example.com/a?b=c#d" },
	{ "HTTP://X.ORG. Next", "HTTP://X.ORG." },
	{ "ftp://files.example.net/pub/x_y.tar.gz)", "ftp://files.example.net/pub/x_y.tar.gz)" },
	{ "s3://bucket/key\tand", "s3://bucket/key" },
	{ "www.example.org/docs, then", "www.example.org/docs," },
	{ "WWW.Example.org", "WWW.Example.org" },
	{ "press@example.gov, or", "press@example.gov," },
	{ "a_b@example.org", "a_b@example.org" },
	{ "news+tides@example.org", "news+tides@example.org" },
	{ "snake_case names", NULL },
	{ "C++ and", NULL },
	/* A local part in parts parted by periods, from its first word. */
	{ "john.smith@example.org today", "john.smith@example.org" },
	{ "mary.o.neill+news@example.co.uk.", "mary.o.neill+news@example.co.uk." },
	{ "first.last_name@example.org", "first.last_name@example.org" },
	/* Letters beyond ASCII go on (an IRI); other characters end it. */
	{ "https://de.wikipedia.org/wiki/M\xC3\xBCller rest", "https://de.wikipedia.org/wiki/M\xC3\xBCller" },
	{ "https://example.jp/a\xE3\x80\x82\xE6\xAC\xA1", "https://example.jp/a" },
	{ "https://example.org\xC2\xA0next", "https://example.org" },
	/* ... but an apostrophe inside a word is inside the address too. */
	{ "https://x.org/t\xE2\x80\x98watch.ent, more", "https://x.org/t\xE2\x80\x98watch.ent," },
	/* Not addresses. */
	{ "http:/example.com", NULL },
	{ "http: //example.com", NULL },
	{ "10:30 at noon", NULL },
	{ "Note: the rest", NULL },
	{ "www. is not", NULL },
	{ "wwwx.org", NULL },
	{ "me@home today", NULL },
	{ "me@ example.org", NULL },
	{ "price@.example", NULL },
	{ "end.Next sentence", NULL },              /* no '@' after it */
	{ "3.5 percent", NULL },
	{ "john.smith@home today", NULL },         /* no domain */
	{ "a. b@example.org", NULL },              /* white space between */
	{ "https", NULL },
	{ "https:", NULL },
};

START_TEST(test_address_end)
{
	const struct address_case *c = &address_cases[_i];
	size_t len = strlen(c->text), pos = 0, ws, we, a;

	ck_assert(summ_next_word(c->text, len, &pos, &ws, &we));
	a = address_end(c->text, ws, we, len);
	if (!c->address)
		ck_assert_msg(a == 0, "\"%s\": read an address of %zu bytes",
		              c->text, a);
	else
		ck_assert_msg(a - ws == strlen(c->address) &&
		              memcmp(c->text + ws, c->address, a - ws) == 0,
		              "\"%s\": address \"%.*s\", want \"%s\"", c->text,
		              (int)(a ? a - ws : 0), c->text + ws, c->address);
}
END_TEST

#define NCASES(t) ((int)(sizeof t / sizeof *t))

Suite *words_suite(void)
{
	Suite *s = suite_create("words");
	TCase *tc = tcase_create("tokenizer");
	TCase *tf = tcase_create("folding");
	TCase *tm = tcase_create("markers");

	tcase_add_loop_test(tc, test_words_table, 0, NCASES(word_cases));
	tcase_add_loop_test(tc, test_word_end, 0, NCASES(word_cases));
	tcase_add_test(tc, test_word_end_too_long);
	tcase_add_loop_test(tc, test_address_end, 0, NCASES(address_cases));
	tcase_add_loop_test(tf, test_fold_table, 0, NCASES(fold_cases));
	tcase_add_test(tf, test_fold_too_long);
	tcase_add_loop_test(tm, test_markers, 0, NCASES(marker_cases));
	tcase_add_loop_test(tm, test_marker_follows, 0, NCASES(follows_cases));
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tf);
	suite_add_tcase(s, tm);
	return s;
}
