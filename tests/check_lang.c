/* check_lang.c - lang/: the languages, their word lists and stemmers. */

/*
 * The registry (lang_find) and the options that choose a language
 * (summ_parse_with, summ_language); every word list of every language
 * sorted, without duplicates, folded and with its longest word's length
 * right, as the binary search of lang.c needs; the English stopwords;
 * lang_en.stem(), the Porter2 stemmer; and detection, on texts of each
 * language written for it.
 *
 * The vocabulary test compares every entry of tests/stem_vocab.txt (made
 * by tests/gen_stem_vocab.py from the reference Snowball stemmer) with our
 * stem.  The table test pins down one case per step and exception, so a
 * regression names the rule it broke.
 */

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../lang/lang.h"
#include "../engine/language.h"

#define VOCAB_PATH	"tests/stem_vocab.txt"
#define VOCAB_MIN	5000	/* fewer lines means a truncated fixture */
#define MAX_REPORTED	5

struct stem_case {
	const char	*word;
	const char	*stem;
	const char	*why;
};

/* Expected stems are those of the reference Snowball stemmer. */
static const struct stem_case cases[] = {
	{ "is", "is", "two letters: unchanged" },
	{ "'s", "'s", "two characters: unchanged" },
	{ "skies", "sky", "exception: rewritten" },
	{ "dying", "die", "exception: rewritten" },
	{ "only", "onli", "exception: -ly form" },
	{ "news", "news", "exception: invariant" },
	{ "innings", "inning", "invariant after step 1a" },
	{ "proceeds", "proceed", "invariant after step 1a" },
	{ "'cause", "caus", "leading apostrophe dropped" },
	{ "saying", "say", "y after a vowel is Y" },
	{ "eying", "eye", "Y makes a short word" },
	{ "generously", "generous", "R1 after gener" },
	{ "communism", "communism", "R1 after commun" },
	{ "dogs'", "dog", "step 0: trailing apostrophe" },
	{ "caresses", "caress", "step 1a: sses" },
	{ "cries", "cri", "step 1a: ies after two letters" },
	{ "ties", "tie", "step 1a: ies after one letter" },
	{ "gas", "gas", "step 1a: s right after the only vowel" },
	{ "gaps", "gap", "step 1a: s" },
	{ "agreed", "agre", "step 1b: eed in R1" },
	{ "feed", "feed", "step 1b: eed outside R1" },
	{ "conflated", "conflat", "step 1b: at gains e" },
	{ "hopping", "hop", "step 1b: double consonant" },
	{ "fizzed", "fizz", "step 1b: zz is not undoubled" },
	{ "hoped", "hope", "step 1b: short word gains e" },
	{ "cry", "cri", "step 1c" },
	{ "relational", "relat", "step 2: ational" },
	{ "differently", "differ", "step 2: entli" },
	{ "archaeology", "archaeolog", "step 2: ogi after l" },
	{ "heavily", "heavili", "step 2: li needs a valid ending" },
	{ "electrical", "electr", "step 3: ical" },
	{ "formative", "format", "step 3: ative in R2" },
	{ "adjustment", "adjust", "step 4: ment" },
	{ "adoption", "adopt", "step 4: ion after t" },
	{ "probate", "probat", "step 5: e in R2" },
	{ "rate", "rate", "step 5: e after a short syllable" },
	{ "controll", "control", "step 5: ll in R2" },
	{ "cafés", "café", "multi-byte letter" },
	{ "xéy", "xéi", "multi-byte letter before y" },
	{ "éies", "éie", "multi-byte letter counts once" },
};

START_TEST(test_stem_cases)
{
	const struct stem_case *c = &cases[_i];
	char buf[64];
	size_t len = strlen(c->word);

	ck_assert_msg(len < sizeof(buf), "case %d too long", _i);
	memcpy(buf, c->word, len);
	len = lang_en.stem(buf, len);
	buf[len] = '\0';
	ck_assert_msg(strcmp(buf, c->stem) == 0,
	    "%s: \"%s\" stems to \"%s\", want \"%s\"",
	    c->why, c->word, buf, c->stem);
}
END_TEST

START_TEST(test_stem_vocab)
{
	FILE *fp;
	char line[512], word[512], report[1024];
	char *tab, *want;
	size_t len, wlen, used = 0;
	long lineno = 0, bad = 0;

	fp = fopen(VOCAB_PATH, "r");
	if (fp == NULL)
		ck_abort_msg("cannot open %s (run from the repository root; "
		    "regenerate with tests/gen_stem_vocab.py)", VOCAB_PATH);
	report[0] = '\0';
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		tab = strchr(line, '\t');
		ck_assert_msg(tab != NULL, "%s:%ld: no tab", VOCAB_PATH,
		    lineno);
		*tab = '\0';
		want = tab + 1;

		len = strlen(line);
		memcpy(word, line, len);
		wlen = lang_en.stem(word, len);
		if (wlen <= len && wlen == strlen(want) &&
		    memcmp(word, want, wlen) == 0)
			continue;
		if (bad++ < MAX_REPORTED && used < sizeof(report)) {
			word[wlen <= len ? wlen : len] = '\0';
			used += (size_t)snprintf(report + used,
			    sizeof(report) - used, "\n  %s -> \"%s\", want \"%s\"",
			    line, word, want);
		}
	}
	fclose(fp);
	ck_assert_msg(lineno >= VOCAB_MIN, "%s: only %ld lines", VOCAB_PATH,
	    lineno);
	ck_assert_msg(bad == 0, "%ld of %ld words mis-stemmed, first ones:%s",
	    bad, lineno, report);
}
END_TEST

/* Every language with a stemmer (English aside: test_stem_vocab) agrees
 * with the reference Snowball stemmer on every word of its fixture
 * tests/stem/CODE.txt, made by tests/gen_stem_fixtures.py; a stemmer of
 * our own (Korean) with the cases written by hand in its fixture, which
 * opens with a # line. */
START_TEST(test_stem_fixture)
{
	const lang *lg = lang_at((size_t)_i);
	char path[64], line[512], word[512 + LANG_STEM_ROOM], report[1024];
	long lineno = 0, bad = 0, min = 1000;
	size_t used = 0;
	FILE *fp;

	if (!lg->stem || lg == &lang_en)
		return;
	snprintf(path, sizeof path, "tests/stem/%s.txt", lg->code);
	fp = fopen(path, "r");
	ck_assert_msg(fp != NULL, "%s: no fixture for a language with a stemmer "
	              "(tests/gen_stem_fixtures.py)", path);
	report[0] = '\0';
	while (fgets(line, sizeof line, fp) != NULL) {
		char *tab, *want;
		size_t len, wlen;

		if (line[0] == '#') {          /* cases written by hand */
			min = 20;
			continue;
		}
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		tab = strchr(line, '\t');
		ck_assert_msg(tab != NULL, "%s:%ld: no tab", path, lineno);
		*tab = '\0';
		want = tab + 1;
		len = strlen(line);
		memcpy(word, line, len);
		wlen = lg->stem(word, len);
		ck_assert_msg(wlen <= len + LANG_STEM_ROOM, "%s: \"%s\" grew too much",
		              path, line);
		if (wlen == strlen(want) && memcmp(word, want, wlen) == 0)
			continue;
		if (bad++ < MAX_REPORTED && used < sizeof report) {
			word[wlen] = '\0';
			used += (size_t)snprintf(report + used, sizeof report - used,
			                         "\n  %s -> \"%s\", want \"%s\"", line,
			                         word, want);
		}
	}
	fclose(fp);
	ck_assert_msg(lineno >= min, "%s: only %ld lines", path, lineno);
	ck_assert_msg(bad == 0, "%s: %ld of %ld words mis-stemmed, first ones:%s",
	              path, bad, lineno, report);
}
END_TEST

static const char *const stop_yes[] = {
	"the", "a", "and", "of", "is", "it's", "don't", "said", "would",
	"yourselves", "whereupon", "a.m.", "p.m.", "e.g.", "i.e."
};
static const char *const stop_no[] = {
	"china", "talks", "defense", "pentagon", "military", "the's", "",
	"thereof_not", "zzzz"
};

START_TEST(test_stopwords)
{
	for (size_t i = 0; i < sizeof stop_yes / sizeof *stop_yes; i++)
		ck_assert_msg(summ_is_stopword(stop_yes[i], strlen(stop_yes[i])),
		              "\"%s\" should be a stopword", stop_yes[i]);
	for (size_t i = 0; i < sizeof stop_no / sizeof *stop_no; i++)
		ck_assert_msg(!summ_is_stopword(stop_no[i], strlen(stop_no[i])),
		              "\"%s\" should not be a stopword", stop_no[i]);
	/* Only the given bytes count: "then" is not "the". */
	ck_assert(summ_is_stopword("then", 3));
	ck_assert(!summ_is_stopword("thez", 4));
}
END_TEST

#define NLANGS lang_count()

#define NLISTS LANG_LISTS

/* Every list of every language (case I: language I / NLISTS, list
 * I % NLISTS) is in strcmp() order without duplicates, of folded words
 * (as summ_fold_word makes them), each found by in_word_list, and its
 * longest is the byte length of its longest word: a list edited by hand
 * fails here, not in a search that quietly misses. */
START_TEST(test_word_lists)
{
	const lang *lg = lang_at((size_t)_i / NLISTS);
	const char *name;
	const word_list *l = lang_list(lg, (size_t)_i % NLISTS, &name);
	size_t longest = 0;

	ck_assert_msg(l->words != NULL || l->n == 0, "%s %s: no words", lg->code,
	              name);
	for (size_t i = 0; i < l->n; i++) {
		const char *w = word_at(l, i);
		size_t len = strlen(w);
		char key[SUMM_MAX_KEY];

		ck_assert_msg(len > 0, "%s %s: empty word at %zu", lg->code, name, i);
		ck_assert_msg(i == 0 || strcmp(word_at(l, i - 1), w) < 0,
		              "%s %s: \"%s\" then \"%s\": not sorted, or twice",
		              lg->code, name, word_at(l, i - 1), w);
		ck_assert_msg(summ_fold_word(w, 0, len, key) == len &&
		              memcmp(key, w, len) == 0,
		              "%s %s: \"%s\" is not folded", lg->code, name, w);
		ck_assert_msg(in_word_list(l, w, len), "%s %s: \"%s\" not found",
		              lg->code, name, w);
		if (len > longest)
			longest = len;
	}
	ck_assert_msg(l->longest == longest, "%s %s: longest %zu, want %zu",
	              lg->code, name, l->longest, longest);
}
END_TEST

/* summ_init makes the filter of every list of every language, and of the
 * names' particles, before any search: threads started after it only
 * read them. */
START_TEST(test_init_makes_filters)
{
	summ_init();
	ck_assert(atomic_load(&name_particles.filter->state) == 2);
	for (size_t i = 0; i < NLANGS; i++)
		for (size_t k = 0; k < NLISTS; k++) {
			const char *name;
			const word_list *l = lang_list(lang_at(i), k, &name);
			if (l->n > 0)
				ck_assert_msg(atomic_load(&l->filter->state) == 2,
				              "%s %s: no filter", lang_at(i)->code,
				              name);
		}
}
END_TEST

/* English's dictionary of common words (lang/mkcommon.py) is sorted, as
 * its binary search needs, and gives each kind of word its class: a
 * singular noun that needs an article and a name are in no class. */
START_TEST(test_common_words)
{
	static const struct {
		const char *word;
		unsigned cls;
	} words[] = {
		{ "prices", COMMON_PLURAL }, { "officials", COMMON_PLURAL },
		{ "authorities", COMMON_PLURAL }, { "later", COMMON_BARE },
		{ "inflation", COMMON_BARE }, { "three", COMMON_NUMBER },
		{ "government", COMMON_NONE }, { "army", COMMON_NONE },
		{ "bush", COMMON_NONE }, { "john", COMMON_NONE },
	};
	const word_hashes *h = &lang_en.common;

	ck_assert_uint_gt(h->n, 1000);
	for (size_t i = 1; i < h->n; i++)
		ck_assert_msg(h->keys[i - 1] < h->keys[i], "key %zu out of order", i);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		ck_assert_msg(word_class(h, words[i].word, strlen(words[i].word)) ==
		              words[i].cls, "%s: wrong class", words[i].word);
}
END_TEST

START_TEST(test_lang_find)
{
	for (size_t i = 0; i < NLANGS; i++) {
		const char *code, *name;
		ck_assert_ptr_eq(lang_find(lang_at(i)->code), lang_at(i));
		ck_assert(i == 0 || strcmp(lang_at(i - 1)->code, lang_at(i)->code) < 0);
		ck_assert(summ_language_at(i, &code, &name));
		ck_assert_str_eq(code, lang_at(i)->code);
		ck_assert_str_eq(name, lang_at(i)->name);
	}
	{
		const char *code, *name;
		ck_assert(!summ_language_at(NLANGS, &code, &name));
	}
	ck_assert_ptr_eq(lang_find("none"), &lang_none);
	ck_assert_ptr_eq(lang_find("en"), &lang_en);
	ck_assert_str_eq(lang_en.code, "en");
	ck_assert_str_eq(lang_en.name, "English");
	ck_assert(lang_en.stem != NULL);
	ck_assert_ptr_eq(LANG_DEFAULT, &lang_en);
	ck_assert_ptr_null(lang_find("xx"));
	ck_assert_ptr_null(lang_find(""));
	ck_assert_ptr_null(lang_find("EN"));
	ck_assert_ptr_null(lang_find("eng"));
	/* Norwegian's written standards name it; its code stays its own. */
	ck_assert_ptr_eq(lang_find("nn"), lang_find("no"));
	ck_assert_ptr_eq(lang_find("nb"), lang_find("no"));
	ck_assert_str_eq(summ_language_code("nn"), "no");
	ck_assert_str_eq(summ_language_code("de"), "de");
	ck_assert_ptr_null(summ_language_code("none"));
	ck_assert_ptr_null(summ_language_code("n"));
}
END_TEST

static const char article[] =
	"Harbor Bridge Closing\n"
	"\n"
	"The Harbor Bridge will close for six months of bridge repairs. "
	"Inspectors found cracks in the bridge beams in October.\n"
	"Bridge traffic will use the Mill Street crossing. The repairs to "
	"the bridge will cost the city $48 million.\n";

/* Whether A and B have the same sentences. */
static void same_sentences(const summ_doc *a, const summ_doc *b)
{
	ck_assert_uint_eq(summ_sentence_count(a), summ_sentence_count(b));
	ck_assert_uint_eq(summ_word_count(a), summ_word_count(b));
	for (size_t k = 0; k < summ_sentence_count(a); k++) {
		summ_sentence x = summ_sentence_at(a, k), y = summ_sentence_at(b, k);

		ck_assert_uint_eq(x.offset, y.offset);
		ck_assert_uint_eq(x.length, y.length);
		ck_assert_uint_eq(x.paragraph, y.paragraph);
		ck_assert_uint_eq(x.words, y.words);
		ck_assert_int_eq(x.kind, y.kind);
	}
}

/* summ_parse_with: English by code, by NULL, by a zeroed struct, as
 * summ_parse reads it; an unknown language or input form is refused. */
START_TEST(test_parse_with)
{
	summ_options en = { .language = "en" }, zero = { 0 },
	             xx = { .language = "xx" },
	             bad_form = { .input = (enum summ_input)(SUMM_INPUT_AUTO + 1) };
	summ_doc *plain, *doc;
	size_t len = strlen(article);

	ck_assert_int_eq(summ_parse(article, len, &plain), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(plain), 5);
	ck_assert_str_eq(summ_language(plain, NULL), "en");
	ck_assert_int_eq(summ_parse_with(article, len, &en, &doc), SUMM_OK);
	same_sentences(plain, doc);
	ck_assert_str_eq(summ_language(doc, NULL), "en");
	summ_free(doc);
	ck_assert_int_eq(summ_parse_with(article, len, &zero, &doc), SUMM_OK);
	same_sentences(plain, doc);
	ck_assert_str_eq(summ_language(doc, NULL), "en");
	summ_free(doc);
	ck_assert_int_eq(summ_parse_with(article, len, NULL, &doc), SUMM_OK);
	same_sentences(plain, doc);
	ck_assert_str_eq(summ_language(doc, NULL), "en");
	summ_free(doc);
	summ_free(plain);

	doc = (summ_doc *)(void *)&doc;            /* not NULL */
	ck_assert_int_eq(summ_parse_with(article, len, &xx, &doc), SUMM_EINVAL);
	ck_assert_ptr_null(doc);
	doc = (summ_doc *)(void *)&doc;
	ck_assert_int_eq(summ_parse_with(article, len, &bad_form, &doc), SUMM_EINVAL);
	ck_assert_ptr_null(doc);
}
END_TEST

/* Texts written for these tests, a sentence or two and a paragraph in
 * each language, all about the same few everyday things, so that close
 * languages (da no sv, cs sk pl, hr sl, bg uk, id ms, he yi) are told
 * apart on like words: Yiddish both in the YIVO spelling and unpointed,
 * as its press prints it, and Hebrew with words Yiddish writes alike
 * (איך, אין, די). */
static const struct detect_case {
	const char *code, *text;
} detect_cases[] = {
	{ "af",
	  "Gister het ons strand toe gery, maar die wind was so "
	  "koud dat die kinders eerder huis toe wou gaan." },
	{ "af",
	  "In die herfs pluk my ouma die appels in haar tuin en "
	  "maak daarvan appelmoes, wat sy in die vrieskas bêre. "
	  "Sy sê altyd dat dit lekkerder is as enigiets wat 'n "
	  "mens in die winkel kan koop. Die bure kry ook 'n "
	  "porsie, en in ruil daarvoor help hulle haar om die "
	  "blare bymekaar te hark. So was dit nog altyd, solank "
	  "ek kan onthou, en nie een van ons wil iets daaraan "
	  "verander nie." },
	{ "am",
	  "ትናንት ወደ ወንዙ ሄደን ነበር፣ ግን "
	  "ውሃው በጣም ቀዝቃዛ ስለነበር ልጆቹ ወደ "
	  "ቤት ተመልሰው ትኩስ ሻይ መጠጣት ፈለጉ።" },
	{ "am",
	  "በበልግ ወቅት አያቴ በአትክልት ቦታዋ "
	  "ውስጥ ፖም ትለቅማለች፤ ከዚያም ጃም ሠርታ "
	  "በማቀዝቀዣ ውስጥ ታስቀምጠዋለች። ሁልጊዜ "
	  "ከሱቅ ከሚገዛው ከማንኛውም ነገር የተሻለ "
	  "ነው ትላለች። ጎረቤቶቿም የራሳቸውን ድርሻ "
	  "ያገኛሉ፤ በምላሹም የወደቁትን ቅጠሎች "
	  "ከግቢው እንድትጠርግ ይረዷታል። እኔ "
	  "እስከማስታውሰው ድረስ ሁልጊዜ እንዲህ "
	  "ነበር፣ ከእኛም መካከል ይህን ልማድ "
	  "መለወጥ የሚፈልግ ማንም የለም። አንዳንድ "
	  "ጊዜ ደግሞ ልጆቹ ከትምህርት ቤት ሲመለሱ "
	  "አብረዋት ፖሙን ይለቅማሉ፤ እሷም "
	  "ለእያንዳንዳቸው ትንሽ ማሰሮ ትሰጣቸዋለች። "
	  "ክረምቱ ሲገባ ግን ሁላችንም በእሷ ቤት "
	  "ተሰብስበን ዳቦ በጃም እንበላለን፣ እሷም "
	  "ስለ ልጅነቷ ረጅም ታሪኮችን ደጋግማ "
	  "ትነግረናለች።" },
	{ "be",
	  "Учора мы паехалі да ракі, але "
	  "вада была такая халодная, што "
	  "дзеці захацелі вярнуцца дадому." },
	{ "be",
	  "Увосень мая бабуля збірае яблыкі "
	  "ў садзе і варыць з іх павідла, якое "
	  "потым ставіць у маразільнік. Яна "
	  "заўсёды кажа, што яно смачнейшае "
	  "за ўсё, што можна купіць у краме. "
	  "Суседзі таксама атрымліваюць "
	  "сваю долю, а ўзамен дапамагаюць "
	  "ёй зграбаць лісце. Так было, "
	  "колькі я сябе памятаю, і ніхто з "
	  "нас не хоча гэтага змяняць." },
	{ "bg",
	  "Вчера отидохме до реката, но "
	  "водата беше толкова студена, че "
	  "децата искаха да се върнат вкъщи." },
	{ "bg",
	  "През есента баба ми бере ябълки в "
	  "градината и вари от тях мармалад, "
	  "който после слага във фризера. Тя "
	  "винаги казва, че е по-хубав от "
	  "всичко, което може да се купи в "
	  "магазина. Съседите също "
	  "получават част, а в замяна ѝ "
	  "помагат да събира листата. Така е "
	  "било, откакто се помня, и никой от "
	  "нас не иска да го променя." },
	{ "bn",
	  "গতকাল আমরা নদীর ধারে বেড়াতে গিয়েছিলাম, কিন্তু জল "
	  "এত ঠান্ডা ছিল যে বাচ্চারা তাড়াতাড়ি বাড়ি ফিরতে "
	  "চাইল।" },
	{ "bn",
	  "শরৎকালে আমার দিদিমা বাগান থেকে আপেল তুলে জ্যাম "
	  "বানান, তারপর সেটা ফ্রিজে রেখে দেন। তিনি সবসময় বলেন "
	  "যে দোকানে যা কিছু কেনা যায়, তার চেয়ে এটা অনেক বেশি "
	  "স্বাদের। শীতের সকালে গরম রুটির সঙ্গে সেই জ্যাম খেতে "
	  "আমাদের সবার খুব ভালো লাগে, বিশেষ করে ছোটদের। "
	  "প্রতিবেশীরাও একটা ভাগ পায়, আর তার বদলে তারা তাঁকে "
	  "উঠোনের পাতা ঝাঁট দিতে সাহায্য করে। যতদিন আমার মনে "
	  "পড়ে, এমনটাই হয়ে আসছে, আর আমাদের কেউই এটা বদলাতে "
	  "চায় না।" },
	{ "cs",
	  "Včera jsme jeli k řece, ale voda byla tak studená, že "
	  "děti chtěly raději domů." },
	{ "cs",
	  "Na podzim trhá moje babička jablka na zahradě a vaří z "
	  "nich povidla, která pak dává do mrazáku. Vždycky "
	  "říká, že jsou lepší než cokoli, co se dá koupit v "
	  "obchodě. Sousedé dostanou také kus, a na oplátku jí "
	  "pomáhají hrabat listí. Tak to bylo odjakživa, co si "
	  "pamatuji, a nikdo z nás na tom nechce nic měnit." },
	{ "cy",
	  "Aethon ni i'r traeth ddoe, ond roedd y gwynt mor oer nes bod "
	  "y plant eisiau mynd adref." },
	{ "cy",
	  "Yn yr hydref mae fy nain yn casglu afalau yn yr ardd ac yn "
	  "gwneud jam ohonynt, sydd wedyn yn mynd i'r rhewgell. Mae hi "
	  "bob amser yn dweud ei fod yn well nag unrhyw beth y gallwch "
	  "ei brynu yn y siop. Mae'r cymdogion hefyd yn cael cyfran, ac "
	  "yn gyfnewid maen nhw'n ei helpu i gribinio'r dail. Felly y "
	  "bu erioed cyn belled ag y cofiaf, a does neb ohonom eisiau "
	  "newid hynny." },
	{ "da",
	  "Vi kørte ud til stranden i går, men vinden var så kold, "
	  "at børnene hellere ville hjem og drikke varm kakao." },
	{ "da",
	  "Om efteråret samler min mormor æbler i haven og laver dem "
	  "til grød, som hun sætter i fryseren. Hun siger altid, at "
	  "det er bedre end alt, hvad man kan købe i butikken. "
	  "Naboerne får også en portion, og til gengæld hjælper de "
	  "hende med at rive blade sammen. Sådan har det været, så "
	  "længe jeg kan huske, og ingen af os har lyst til at ændre "
	  "på det." },
	{ "de",
	  "Gestern sind wir an den See gefahren, aber das Wasser war "
	  "viel zu kalt zum Schwimmen." },
	{ "de",
	  "Im Herbst pflückt meine Großmutter die Äpfel in ihrem "
	  "Garten und kocht daraus Mus, das sie einfriert. Sie sagt "
	  "immer, dass es besser schmeckt als alles, was man im Laden "
	  "kaufen kann. Die Nachbarn bekommen auch eine Portion, und "
	  "dafür helfen sie ihr beim Laubrechen. So war es, solange "
	  "ich mich erinnern kann, und keiner von uns möchte etwas "
	  "daran ändern." },
	{ "en",
	  "We drove out to the beach yesterday, but the wind was so "
	  "cold that the children wanted to go home." },
	{ "en",
	  "In the autumn my grandmother picks the apples in her garden "
	  "and cooks them into a sauce that she keeps in the freezer. "
	  "She always says it tastes better than anything you can buy "
	  "in a shop. The neighbours get a share as well, and in return "
	  "they help her rake the leaves. It has been like that for as "
	  "long as I can remember, and none of us would want to change "
	  "it." },
	/* A few words of another script do not make a text theirs. */
	{ "en",
	  "The sign over the shop said 書店, which means bookshop, and "
	  "the owner told us that the word Москва on the old map was "
	  "the Russian name of Moscow." },
	{ "eo",
	  "Hieraŭ ni veturis al la strando, sed la vento estis tiel "
	  "malvarma, ke la infanoj preferis reiri hejmen." },
	{ "eo",
	  "Aŭtune mia avino kolektas pomojn en la ĝardeno kaj kuiras "
	  "el ili kompoton, kiun ŝi poste metas en la frostujon. Ŝi "
	  "ĉiam diras, ke ĝi estas pli bona ol io ajn, kion oni povas "
	  "aĉeti en la vendejo. La najbaroj ankaŭ ricevas porcion, "
	  "kaj interŝanĝe ili helpas ŝin forrasti la foliojn. Tiel "
	  "estis de kiam mi memoras, kaj neniu el ni volas ŝanĝi "
	  "tion." },
	{ "et",
	  "Eile sõitsime rannale, aga tuul oli nii külm, et lapsed "
	  "tahtsid parem koju minna." },
	{ "et",
	  "Sügisel korjab mu vanaema aias õunu ja keedab neist moosi, "
	  "mille ta seejärel sügavkülmikusse paneb. Ta ütleb alati, "
	  "et see on parem kui miski, mida poest osta saab. Naabrid "
	  "saavad ka oma osa ja vastutasuks aitavad nad tal lehti "
	  "riisuda. Nii on see olnud nii kaua, kui ma mäletan, ja "
	  "keegi meist ei taha seda muuta." },
	{ "eu",
	  "Atzo hondartzara joan ginen, baina haizea oso hotza zegoen "
	  "eta haurrek etxera itzuli nahi zuten." },
	{ "eu",
	  "Udazkenean nire amonak sagarrak biltzen ditu baratzean eta "
	  "haiekin konpota egiten du, gero izozkailuan gordetzen duena. "
	  "Beti esaten du dendan eros daitekeen edozer baino hobea "
	  "dela. Bizilagunek ere beren zatia jasotzen dute, eta trukean "
	  "hostoak biltzen laguntzen diote. Horrela izan da gogoratzen "
	  "dudanetik, eta gutako inork ez du hori aldatu nahi." },
	{ "fa",
	  "دیروز به کنار رودخانه رفتیم، اما آب آن‌قدر سرد بود که بچه‌ها "
	  "می‌خواستند زود به خانه برگردند." },
	{ "fa",
	  "در پاییز مادربزرگم سیب‌های باغ را می‌چیند و از آن‌ها مربا "
	  "درست می‌کند که بعد در یخچال نگه می‌دارد. او همیشه می‌گوید که "
	  "این مربا از هر چیزی که بشود در مغازه خرید خوشمزه‌تر است. "
	  "همسایه‌ها هم سهمی از آن می‌گیرند و در عوض به او کمک می‌کنند "
	  "تا برگ‌های حیاط را جمع کند. تا جایی که یادم می‌آید همیشه "
	  "همین‌طور بوده است و هیچ‌کدام از ما نمی‌خواهیم این رسم را "
	  "تغییر دهیم. عصرها هم با هم چای می‌نوشیم و از روزهای گذشته "
	  "حرف می‌زنیم." },
	{ "ga",
	  "Chuamar go dtí an trá inné, ach bhí an ghaoth chomh fuar "
	  "sin gur theastaigh ó na páistí dul abhaile." },
	{ "ga",
	  "San fhómhar piocann mo sheanmháthair na húlla sa "
	  "ghairdín agus déanann sí subh díobh, a chuireann sí sa "
	  "reoiteoir ina dhiaidh sin. Deir sí i gcónaí go bhfuil sé "
	  "níos fearr ná aon rud is féidir a cheannach sa siopa. "
	  "Faigheann na comharsana cuid de freisin, agus mar chúiteamh "
	  "cabhraíonn siad léi na duilleoga a bhailiú. Sin mar a "
	  "bhí riamh chomh fada siar agus is cuimhin liom." },
	{ "gl",
	  "Onte fomos á praia, pero o vento era tan frío que os nenos "
	  "preferiron volver para casa." },
	{ "gl",
	  "No outono a miña avoa colle as mazás da horta e fai con "
	  "elas unha compota que despois garda no conxelador. Sempre di "
	  "que é mellor ca calquera cousa que se poida mercar na "
	  "tenda. Os veciños tamén reciben a súa parte e, a cambio, "
	  "axúdana a varrer as follas. Así foi desde que me lembro, e "
	  "ningún de nós quere cambialo." },
	{ "gu",
	  "ગઈકાલે અમે નદી કિનારે ફરવા ગયા હતા, પણ પાણી એટલું ઠંડું હતું "
	  "કે બાળકો જલદી ઘરે પાછા જવા માગતા હતા." },
	{ "gu",
	  "પાનખરમાં મારી દાદી બગીચામાંથી સફરજન તોડીને મુરબ્બો બનાવે છે "
	  "અને પછી તેને ફ્રિજમાં મૂકી દે છે. તે હંમેશા કહે છે કે "
	  "દુકાનમાં મળતી કોઈ પણ વસ્તુ કરતાં આ વધારે સ્વાદિષ્ટ છે. "
	  "શિયાળાની સવારે ગરમ રોટલી સાથે એ મુરબ્બો ખાવાનું અમને બધાને "
	  "ખૂબ ગમે છે, ખાસ કરીને નાનાં બાળકોને. પડોશીઓને પણ એમાંથી થોડો "
	  "ભાગ મળે છે, અને બદલામાં તેઓ આંગણાનાં પાંદડાં વાળવામાં તેમની "
	  "મદદ કરે છે. મને યાદ છે ત્યારથી આવું જ ચાલતું આવ્યું છે, અને "
	  "અમારામાંથી કોઈ તેને બદલવા માગતું નથી." },
	{ "he",
	  "אתמול נסענו לים, אבל הרוח הייתה "
	  "כל כך קרה שהילדים רצו לחזור "
	  "הביתה." },
	{ "he",
	  "בסתיו סבתא שלי קוטפת תפוחים בגינה ומבשלת מהם "
	  "ריבה, שאותה היא שמה אחר כך במקפיא. היא תמיד "
	  "אומרת שהריבה שלה טובה יותר מכל מה שאפשר "
	  "לקנות בחנות. גם השכנים מקבלים חלק, ובתמורה "
	  "הם עוזרים לה לגרוף את העלים. כך היה מאז שאני "
	  "זוכר את עצמי, ואף אחד מאיתנו לא רוצה לשנות "
	  "את זה. בחורף היא יושבת ליד החלון וסורגת "
	  "צעיפים לכל הנכדים." },
	{ "he",
	  "בקיץ אנחנו אוהבים לשבת על המרפסת ולשתות קפה "
	  "קר עם השכנים שלנו." },
	{ "he",
	  "איך אפשר לדעת אם יש די מקום לכולם? אין לי "
	  "מושג, אבל אני מקווה שכן." },
	{ "hr",
	  "Jučer smo otišli na rijeku, ali voda je bila tako hladna "
	  "da su djeca radije htjela ići kući." },
	{ "hr",
	  "U jesen moja baka bere jabuke u vrtu i od njih kuha pekmez "
	  "koji zatim stavlja u zamrzivač. Uvijek kaže da je bolji od "
	  "svega što se može kupiti u trgovini. Susjedi također "
	  "dobiju dio, a zauzvrat joj pomažu grabljati lišće. Tako "
	  "je bilo otkad pamtim i nitko od nas to ne želi mijenjati." },
	{ "hy",
	  "Երեկ մենք գնացինք ծով, բայց քամին այնքան "
	  "ցուրտ էր, որ երեխաները ուզում էին տուն "
	  "վերադառնալ։" },
	{ "hy",
	  "Աշնանը տատս այգում խնձոր է քաղում և դրանցից "
	  "մուրաբա է եփում, որը հետո դնում է "
	  "սառցարանում։ Նա միշտ ասում է, որ իր մուրաբան "
	  "ավելի համեղ է, քան այն ամենը, ինչ կարելի է "
	  "գնել խանութում։ Հարևաններն էլ են իրենց "
	  "բաժինը ստանում, և դրա դիմաց օգնում են նրան "
	  "հավաքել տերևները։ Այդպես է եղել, որքան "
	  "հիշում եմ, և մեզանից ոչ ոք չի ուզում դա "
	  "փոխել։" },
	{ "ia",
	  "Heri nos iva al fluvio, ma le aqua esseva si frigide que le "
	  "infantes voleva retornar a casa." },
	{ "ia",
	  "In autumno mi avia collige pomos in le jardin e face con illos "
	  "un confitura, que illa pone postea in le congelator. Illa dice "
	  "sempre que isto es melior que toto lo que on pote comprar in le "
	  "magazin. Le vicinos etiam recipe un parte, e in cambio illes la "
	  "adjuta a rastellar le folios. Assi il ha essite desde que io me "
	  "rememora, e nulle de nos vole cambiar lo." },
	/* News and chat, the registers the message catalogues lack. */
	{ "id",
	  "Pemerintah kota menaikkan tarif parkir di pusat kota mulai bulan "
	  "depan, kata kepala dinas perhubungan kepada wartawan." },
	{ "id",
	  "Udah makan belum? Nanti sore aku mampir ke kantor kamu ya, "
	  "sekalian bawa kue." },
	{ "id",
	  "Harga cabai di pasar naik lagi minggu ini karena hujan "
	  "terus-menerus merusak panen petani." },
	{ "id",
	  "Kemarin kami pergi ke pantai, tetapi anginnya sangat dingin "
	  "sehingga anak-anak ingin pulang saja." },
	{ "id",
	  "Setiap musim hujan, nenek saya memetik mangga di kebun dan "
	  "membuat selai yang kemudian disimpan di lemari es. Dia "
	  "selalu bilang bahwa selai buatannya lebih enak daripada apa "
	  "pun yang bisa dibeli di toko. Para tetangga juga mendapat "
	  "bagian, dan sebagai gantinya mereka membantu menyapu daun di "
	  "halaman. Begitulah sejak saya masih kecil, dan tidak ada di "
	  "antara kami yang mau mengubahnya." },
	{ "is",
	  "Í gær fórum við niður á strönd, en vindurinn var svo "
	  "kaldur að börnin vildu frekar fara heim." },
	{ "is",
	  "Á haustin tínir amma mín epli í garðinum og sýður úr "
	  "þeim sultu sem hún setur svo í frystinn. Hún segir "
	  "alltaf að hún sé betri en allt sem hægt er að kaupa í "
	  "búðinni. Nágrannarnir fá líka sinn skammt og í "
	  "staðinn hjálpa þeir henni að raka laufin. Þannig hefur "
	  "það verið eins lengi og ég man, og ekkert okkar vill "
	  "breyta því." },
	{ "ka",
	  "გუშინ მდინარეზე წავედით, მაგრამ წყალი ისეთი ცივი "
	  "იყო, რომ ბავშვებს სახლში დაბრუნება უნდოდათ." },
	{ "ka",
	  "შემოდგომაზე ბებიაჩემი ბაღში ვაშლს კრეფს და მისგან "
	  "მურაბას ხარშავს, რომელსაც შემდეგ საყინულეში "
	  "ინახავს. ის ყოველთვის ამბობს, რომ მისი მურაბა უფრო "
	  "გემრიელია, ვიდრე ყველაფერი, რისი ყიდვაც მაღაზიაში "
	  "შეიძლება. მეზობლებიც იღებენ თავიანთ წილს და "
	  "სანაცვლოდ ეხმარებიან მას ფოთლების შეგროვებაში. "
	  "ზამთარში კი, როცა გარეთ თოვს, ქილებს ვხსნით და "
	  "ჩაისთან ერთად ვჭამთ. ასე იყო, რაც თავი მახსოვს, და "
	  "არც ერთ ჩვენგანს არ უნდა ამის შეცვლა." },
	{ "kk",
	  "Бүгін таңертең әжем екеуміз базарға барып, көкөніс, "
	  "жеміс және әлі суымаған жаңа нан сатып алдық." },
	{ "kk",
	  "Әр сенбі сайын таңертең әжем ерте тұрып, ауылдың шетіндегі "
	  "базарға барады. Ол жаңа көкөніс, қызанақ, аздаған ет пен "
	  "балық сатып алады, ал таныс сатушылар оған ең жақсысын "
	  "сақтап қояды. Үйге қайтар жолда әжем Асқар ағаның дүкеніне "
	  "кіріп, бір кесе ыстық шай ішеді және көршілердің жағдайын "
	  "сұрайды. Үйге келген соң ол дәмді сорпа пісіреді, ал біз "
	  "балалар көкөністерді жуып, дастарқан жаюға көмектесеміз. "
	  "Түскі асқа бүкіл отбасы жиналып, әжемнің тамағын "
	  "мақтаймыз. Кешке қарай ауа салқындағанда, әжем бақшаға "
	  "шығып, ағаштарды суарады, піскен алмаларды теріп, "
	  "немерелеріне өзінің балалық шағы өткен ауыл туралы ескі "
	  "әңгімелерді айтып береді. Кейде біз де онымен бірге "
	  "отырып, жұлдыздарды санаймыз, ал әжем әр жұлдыздың атын "
	  "айтып, олар туралы аңыздарды еске алады. Ол кезде ауылда "
	  "электр жоқ еді, сондықтан адамдар кешке от басында "
	  "жиналып, ән айтып, домбыра тартып, ұзақ әңгімелесетін." },
	{ "kn",
	  "ನಿನ್ನೆ ನಾವು ನದಿಗೆ ಹೋಗಿದ್ದೆವು, ಆದರೆ ನೀರು ತುಂಬಾ "
	  "ತಣ್ಣಗಿದ್ದ ಕಾರಣ ಮಕ್ಕಳು ಮನೆಗೆ ಹಿಂತಿರುಗಲು ಬಯಸಿದರು." },
	{ "kn",
	  "ಶರತ್ಕಾಲದಲ್ಲಿ ನನ್ನ ಅಜ್ಜಿ ತೋಟದಲ್ಲಿ ಸೇಬು ಹಣ್ಣುಗಳನ್ನು "
	  "ಕಿತ್ತು ಜಾಮ್ ಮಾಡುತ್ತಾರೆ, ನಂತರ ಅದನ್ನು ಫ್ರೀಜರ್‌ನಲ್ಲಿ "
	  "ಇಡುತ್ತಾರೆ. ಅಂಗಡಿಯಲ್ಲಿ ಕೊಳ್ಳಬಹುದಾದ ಯಾವುದಕ್ಕಿಂತಲೂ ಅದು "
	  "ರುಚಿಯಾಗಿದೆ ಎಂದು ಅವರು ಯಾವಾಗಲೂ ಹೇಳುತ್ತಾರೆ. "
	  "ನೆರೆಹೊರೆಯವರಿಗೂ ಒಂದು ಪಾಲು ಸಿಗುತ್ತದೆ, ಅದಕ್ಕೆ ಬದಲಾಗಿ "
	  "ಅವರು ಎಲೆಗಳನ್ನು ಗುಡಿಸಲು ಅವರಿಗೆ ಸಹಾಯ ಮಾಡುತ್ತಾರೆ. ನನಗೆ "
	  "ನೆನಪಿರುವಾಗಿನಿಂದ ಹೀಗೆಯೇ ನಡೆಯುತ್ತಿದೆ, ನಮ್ಮಲ್ಲಿ ಯಾರೂ "
	  "ಇದನ್ನು ಬದಲಾಯಿಸಲು ಬಯಸುವುದಿಲ್ಲ. ಆ ಜಾಮ್ ರುಚಿ ನೋಡಲು "
	  "ನಾವೆಲ್ಲರೂ ಪ್ರತಿ ವರ್ಷ ಅವರ ಮನೆಗೆ ಹೋಗುತ್ತೇವೆ." },
	{ "ky",
	  "Салам, кандайсың? Эртең кечинде бош болсоң, чогуу кафеге "
	  "барып келели, мен саат алтыда жумуштан чыгам. Жазып кой." },
	{ "ky",
	  "Бишкекте жаңы мектептин курулушу аяктады. Шаардык "
	  "мэриянын маалыматы боюнча, үч кабаттуу имарат бир жарым "
	  "миң окуучуга ылайыкталган. Мектепте спорт залы, "
	  "китепкана жана заманбап лабораториялар бар. Курулушка "
	  "республикалык бюджеттен жана жергиликтүү каражаттан акча "
	  "бөлүнгөн. Мектеп 1-сентябрдан баштап окуучуларды кабыл "
	  "алат. Ата-энелер балдарын каттатуу үчүн райондук билим "
	  "берүү бөлүмүнө кайрылышы керек." },
	{ "ky",
	  "Кыргыз тили түрк тилдеринин кыпчак тобуна кирет. Анда "
	  "мүчөнүн үндүүсү уңгунун акыркы үндүүсүнө жараша жоон же "
	  "ичке, эриндүү же эринсиз болот. Мисалы, «китеп» деген "
	  "сөзгө көптүк мүчөнүн -тер түрү уланат, ал эми «тоо» "
	  "деген сөзгө -лор түрү уланат. Бул көрүнүш үндүүлөрдүн "
	  "үндөшүү мыйзамы деп аталат. Сөз өзгөргөндө мүчөлөр "
	  "белгилүү тартипте жалганат: адегенде көптүк, андан кийин "
	  "таандык, анан жөндөмө мүчөсү келет." },
	{ "lt",
	  "Vakar nuvažiavome prie jūros, bet vėjas buvo toks "
	  "šaltas, kad vaikai norėjo grįžti namo." },
	{ "lt",
	  "Rudenį mano močiutė sode skina obuolius ir verda iš jų "
	  "uogienę, kurią paskui deda į šaldiklį. Ji visada sako, "
	  "kad ji skanesnė už viską, ką galima nusipirkti "
	  "parduotuvėje. Kaimynai taip pat gauna dalį, o mainais "
	  "padeda jai grėbti lapus. Taip buvo, kiek tik save "
	  "prisimenu, ir niekas iš mūsų nenori to keisti." },
	{ "lv",
	  "Vakar mēs aizbraucām uz jūru, bet vējš bija tik auksts, "
	  "ka bērni gribēja braukt mājās." },
	{ "lv",
	  "Rudenī mana vecmāmiņa dārzā lasa ābolus un vāra no "
	  "tiem ievārījumu, ko pēc tam liek saldētavā. Viņa "
	  "vienmēr saka, ka tas ir labāks par jebko, ko var nopirkt "
	  "veikalā. Kaimiņi arī saņem savu daļu, un pretī viņi "
	  "palīdz viņai grābt lapas. Tā tas ir bijis, cik vien es "
	  "atceros, un neviens no mums negrib to mainīt." },
	{ "mi",
	  "I haere mātou ki te awa inanahi, engari he tino makariri te wai, "
	  "nā reira i hiahia ngā tamariki ki te hoki ki te kāinga." },
	{ "mi",
	  "I te ngahuru ka kohi taku kuia i ngā āporo i te māra, ā, ka "
	  "mahia e ia he tiamu, ka waiho ki roto i te pouaka whakamātao. "
	  "Ka kī tonu ia he pai ake tēnei i ngā mea katoa ka taea te hoko i "
	  "te toa. Ka whiwhi hoki ngā hoa noho tata i tētahi wāhanga, ā, "
	  "hei utu ka āwhina rātou i a ia ki te rake i ngā rau. Koia tonu "
	  "tēnā mai i taku maharatanga, ā, kāore tētahi o mātou e hiahia "
	  "ana ki te whakarerekē." },
	{ "mk",
	  "Вчера отидовме на реката, но "
	  "водата беше толку ладна што "
	  "децата сакаа да се вратат дома." },
	{ "mk",
	  "Наесен баба ми бере јаболка во "
	  "градината и од нив вари мармалад, "
	  "кој потоа го става во замрзнувачот. "
	  "Таа секогаш вели дека е повкусен "
	  "од сѐ што може да се купи во "
	  "продавница. Соседите исто така "
	  "добиваат дел, а за возврат ѝ "
	  "помагаат да ги собира лисјата. "
	  "Така било отсекогаш, колку што "
	  "паметам, и никој од нас не сака "
	  "тоа да го менува." },
	{ "ml",
	  "ഇന്നലെ ഞങ്ങൾ പുഴയിലേക്ക് പോയി, പക്ഷേ വെള്ളം വളരെ "
	  "തണുത്തതായിരുന്നതിനാൽ കുട്ടികൾക്ക് വീട്ടിലേക്ക് "
	  "മടങ്ങാനായിരുന്നു ആഗ്രഹം." },
	{ "ml",
	  "ശരത്കാലത്ത് എന്റെ അമ്മൂമ്മ തോട്ടത്തിൽ നിന്ന് ആപ്പിൾ "
	  "പറിച്ച് ജാം ഉണ്ടാക്കുന്നു, പിന്നീട് അത് ഫ്രീസറിൽ "
	  "വയ്ക്കുന്നു. കടയിൽ നിന്ന് വാങ്ങാവുന്ന എന്തിനെക്കാളും "
	  "അത് രുചികരമാണെന്ന് അവർ എപ്പോഴും പറയും. അയൽക്കാർക്കും "
	  "ഒരു പങ്ക് കിട്ടും, പകരം അവർ ഇലകൾ അടിച്ചുവാരാൻ "
	  "അമ്മൂമ്മയെ സഹായിക്കും. എനിക്ക് ഓർമ്മയുള്ള കാലം മുതൽ "
	  "ഇങ്ങനെയാണ്, ഞങ്ങളിൽ ആരും അത് മാറ്റാൻ "
	  "ആഗ്രഹിക്കുന്നില്ല. ആ ജാമിന്റെ രുചി അറിയാൻ ഞങ്ങൾ "
	  "എല്ലാവരും എല്ലാ വർഷവും അമ്മൂമ്മയുടെ വീട്ടിൽ "
	  "പോകാറുണ്ട്." },
	{ "mn",
	  "Улаанбаатар хотын Засаг даргын Тамгын газраас өнөөдөр "
	  "мэдээлснээр, нийслэлийн зам засварын ажил энэ сарын "
	  "20-нд эхэлнэ. Энэ онд нийт 45 километр замыг шинэчлэхээр "
	  "төлөвлөсөн бөгөөд үүнд 120 тэрбум төгрөг зарцуулах юм. "
	  "Засварын үеэр зарим гудамжаар тээврийн хэрэгсэл зорчихыг "
	  "түр хязгаарлах тул иргэдийг өөр замаар явахыг зөвлөж "
	  "байна. Ажлыг намрын хүйтэн болохоос өмнө дуусгах ёстой "
	  "гэж холбогдох албаныхан онцоллоо." },
	{ "mn",
	  "Сайн уу! Маргааш орой хамт кино үзэх үү? Би долоон цагт "
	  "ажлаасаа тарна. Чи завтай бол надад хэлээрэй шүү." },
	{ "mn",
	  "Монгол хэлэнд эгшиг зохицох ёс гэсэн дүрэм бий. Энэ "
	  "дүрмээр нэг үгэнд эр эгшиг болон эм эгшиг холилдон "
	  "орохгүй. Жишээлбэл, «ном» гэдэг үгэнд олон тооны -ууд "
	  "нөхцөл залгаж «номууд» болох бол «дэвтэр» гэдэг үгэнд "
	  "-үүд нөхцөл залгаж «дэвтрүүд» болно. Харин и эгшиг аль ч "
	  "төрлийн үгэнд орж болно. Дасгал: доорх үгсэд олон тооны "
	  "нөхцөл залгаж, зөв бичээрэй." },
	{ "mn",
	"Бямба гараг бүрийн өглөө эмээ маань эрт босоод тосгоны "
	"захад байдаг зах руу явдаг. Тэр шинэ ногоо, улаан лооль, "
	"жаахан мах, загас худалдаж авдаг бөгөөд танил худалдагч "
	"нар түүнд хамгийн сайныг нь үлдээдэг. Гэртээ буцах замдаа "
	"эмээ Батын дэлгүүрт орж, нэг аяга халуун цай ууж, "
	"хөршүүдийнхээ амар мэндийг асуудаг. Гэртээ ирээд тэр "
	"амттай шөл хийдэг, бид хүүхдүүд ногоо угааж, ширээ засахад "
	"тусалдаг. Өдрийн хоолонд бүх гэр бүл цугларч, эмээгийн "
	"хоолыг магтдаг. Орой сэрүүн болоход эмээ цэцэрлэгтээ гарч, "
	"моддоо усалж, боловсорсон алим түүж, ач зээ нартаа "
	"өөрийнхөө бага насны тосгоны тухай хуучин үлгэр ярьж "
	"өгдөг. Заримдаа бид түүнтэй хамт сууж одод тоолдог, эмээ "
	"од бүрийн нэрийг хэлж, тэдгээрийн тухай домог дурсдаг. Тэр "
	"үед тосгонд цахилгаан байгаагүй тул хүмүүс орой галын "
	"дэргэд цугларч, дуу дуулж, морин хуур тоглож, удаан "
	"ярилцдаг байжээ." },
	{ "mr",
	  "काल आम्ही नदीकाठी फिरायला गेलो होतो, पण पाणी इतके "
	  "थंड होते की मुलांना लगेच घरी परत जायचे होते." },
	{ "mr",
	  "शरद ऋतूत माझी आजी बागेतील सफरचंद तोडते आणि त्यांचा "
	  "मुरंबा बनवते, जो ती नंतर फ्रीजमध्ये ठेवते. ती नेहमी "
	  "म्हणते की दुकानात मिळणाऱ्या कोणत्याही गोष्टीपेक्षा "
	  "हा मुरंबा जास्त चविष्ट आहे. हिवाळ्याच्या सकाळी गरम "
	  "भाकरीसोबत तो खायला आम्हा सगळ्यांना खूप आवडतो, "
	  "विशेषतः लहान मुलांना. शेजाऱ्यांनाही त्यातला थोडा "
	  "वाटा मिळतो, आणि त्या बदल्यात ते तिला अंगणातील पाने "
	  "गोळा करायला मदत करतात. मला आठवते तेव्हापासून हे असेच "
	  "चालू आहे, आणि आमच्यापैकी कोणालाही ते बदलायचे नाही." },
	{ "ms",
	  "Kerajaan negeri akan menaikkan kadar bayaran letak kereta di "
	  "pusat bandar mulai bulan hadapan, kata pegawai majlis kepada "
	  "pemberita." },
	{ "ms",
	  "Dah makan ke belum? Petang nanti aku singgah pejabat kau, "
	  "sekali bawa kuih." },
	{ "ms",
	  "Harga cili di pasar naik lagi minggu ini kerana hujan "
	  "berterusan merosakkan hasil tanaman petani." },
	{ "ms",
	  "Semalam kami pergi ke pantai, tetapi anginnya terlalu sejuk, "
	  "jadi budak-budak mahu balik ke rumah sahaja." },
	{ "ms",
	  "Setiap musim hujan, nenek saya memetik buah mangga di kebun "
	  "dan membuat jem yang kemudian disimpan di dalam peti sejuk. "
	  "Dia selalu berkata bahawa jem buatannya lebih sedap daripada "
	  "apa-apa yang boleh dibeli di kedai. Jiran-jiran juga "
	  "mendapat bahagian, dan sebagai balasan mereka menolong "
	  "menyapu daun di halaman. Begitulah keadaannya sejak saya "
	  "kecil lagi, dan tiada sesiapa antara kami yang mahu "
	  "mengubahnya." },
	{ "mt",
	  "Ilbieraħ morna l-bajja, imma r-riħ kien tant kiesaħ li "
	  "t-tfal riedu jmorru lura d-dar." },
	{ "mt",
	  "Kull ħarifa n-nanna tiġbor it-tuffieħ mill-ġnien u tagħmel "
	  "il-ġamm minnu, li mbagħad tpoġġih fil-friża. Dejjem tgħid li "
	  "l-ġamm tagħha huwa aħjar minn kull ħaġa li tista' tixtri "
	  "mill-ħanut. Il-ġirien ukoll jieħdu sehemhom, u bi tpattija "
	  "jgħinuha tiknes il-weraq fil-bitħa. Hekk ilu jiġri sa fejn "
	  "niftakar jien, u ħadd minna ma jrid ibiddlu." },
	{ "nl",
	  "Gisteren zijn we naar het strand gereden, maar de wind was "
	  "zo koud dat de kinderen liever naar huis wilden." },
	{ "nl",
	  "In de herfst plukt mijn oma appels in de tuin en maakt er "
	  "moes van, dat ze in de vriezer bewaart. Ze zegt altijd dat "
	  "het lekkerder is dan alles wat je in de winkel kunt kopen. "
	  "De buren krijgen ook een portie, en in ruil daarvoor helpen "
	  "ze haar met het harken van de bladeren. Zo is het al zolang "
	  "ik me kan herinneren, en niemand van ons wil daar iets aan "
	  "veranderen." },
	/* Nynorsk, Norwegian's other written standard. */
	{ "no",
	  "Eg har budd i denne byen sidan eg var lita, og eg kjenner "
	  "kvar gate. Om sommaren går vi ofte ned til fjorden, der "
	  "båtane ligg. Det er ikkje mykje som har endra seg, men no "
	  "er det fleire folk her enn før." },
	{ "no",
	  "Kva skal me eta i kveld? Ho sa at dei ikkje hadde noko "
	  "brød att." },
	{ "no",
	  "Vi kjørte ut til stranden i går, men vinden var så kald "
	  "at ungene heller ville dra hjem og drikke varm kakao." },
	{ "no",
	  "Om høsten plukker bestemoren min epler i hagen og lager "
	  "syltetøy, som hun setter i fryseren. Hun sier alltid at det "
	  "er bedre enn noe man kan kjøpe i butikken. Naboene får "
	  "også en porsjon, og til gjengjeld hjelper de henne med å "
	  "rake løv. Slik har det vært så lenge jeg kan huske, og "
	  "ingen av oss har lyst til å forandre på det." },
	{ "or",
	  "ଗତକାଲି ଆମେ ନଦୀ କୂଳକୁ ବୁଲିବାକୁ ଯାଇଥିଲୁ, କିନ୍ତୁ ପାଣି ଏତେ ଥଣ୍ଡା "
	  "ଥିଲା ଯେ ପିଲାମାନେ ଶୀଘ୍ର ଘରକୁ ଫେରିବାକୁ ଚାହୁଁଥିଲେ।" },
	{ "or",
	  "ଶରତ ଋତୁରେ ମୋ ଜେଜେମା ବଗିଚାରୁ ସେଓ ତୋଳି ଜାମ୍ ତିଆରି କରନ୍ତି, "
	  "ତାପରେ ତାକୁ ଫ୍ରିଜରେ ରଖିଦିଅନ୍ତି। ସେ ସବୁବେଳେ କହନ୍ତି ଯେ ଦୋକାନରେ "
	  "ମିଳୁଥିବା ଯେକୌଣସି ଜିନିଷ ଅପେକ୍ଷା ଏହା ଅଧିକ ସ୍ୱାଦିଷ୍ଟ। ଶୀତ ସକାଳେ "
	  "ଗରମ ରୁଟି ସହିତ ସେହି ଜାମ୍ ଖାଇବାକୁ ଆମ ସମସ୍ତଙ୍କୁ ବହୁତ ଭଲ ଲାଗେ, "
	  "ବିଶେଷ କରି ଛୋଟ ପିଲାମାନଙ୍କୁ। ପଡ଼ୋଶୀମାନେ ମଧ୍ୟ ଏଥିରୁ କିଛି ଭାଗ "
	  "ପାଆନ୍ତି, ଆଉ ବଦଳରେ ସେମାନେ ଅଗଣାର ପତ୍ର ଝାଡ଼ିବାରେ ତାଙ୍କୁ ସାହାଯ୍ୟ "
	  "କରନ୍ତି। ମୋର ମନେ ଥିବା ଦିନଠାରୁ ଏହିପରି ଚାଲିଆସୁଛି, ଏବଂ ଆମ ମଧ୍ୟରୁ "
	  "କେହି ଏହାକୁ ବଦଳାଇବାକୁ ଚାହୁଁନାହାନ୍ତି।" },
	{ "pa",
	  "ਕੱਲ੍ਹ ਅਸੀਂ ਦਰਿਆ ਦੇ ਕੰਢੇ ਘੁੰਮਣ ਗਏ, ਪਰ ਪਾਣੀ ਇੰਨਾ ਠੰਢਾ ਸੀ ਕਿ "
	  "ਬੱਚੇ ਛੇਤੀ ਘਰ ਮੁੜਨਾ ਚਾਹੁੰਦੇ ਸਨ।" },
	{ "pa",
	  "ਪਤਝੜ ਵਿੱਚ ਮੇਰੀ ਦਾਦੀ ਬਾਗ਼ ਵਿੱਚੋਂ ਸੇਬ ਤੋੜ ਕੇ ਮੁਰੱਬਾ ਬਣਾਉਂਦੀ ਹੈ "
	  "ਅਤੇ ਫਿਰ ਉਸਨੂੰ ਫਰਿੱਜ ਵਿੱਚ ਰੱਖ ਦਿੰਦੀ ਹੈ। ਉਹ ਹਮੇਸ਼ਾ ਕਹਿੰਦੀ ਹੈ "
	  "ਕਿ ਇਹ ਦੁਕਾਨ ਤੋਂ ਮਿਲਣ ਵਾਲੀ ਹਰ ਚੀਜ਼ ਨਾਲੋਂ ਸੁਆਦੀ ਹੈ। ਸਰਦੀਆਂ ਦੀ "
	  "ਸਵੇਰ ਨੂੰ ਗਰਮ ਰੋਟੀ ਨਾਲ ਉਹ ਮੁਰੱਬਾ ਖਾਣਾ ਸਾਨੂੰ ਸਾਰਿਆਂ ਨੂੰ ਬਹੁਤ "
	  "ਚੰਗਾ ਲੱਗਦਾ ਹੈ। ਗੁਆਂਢੀਆਂ ਨੂੰ ਵੀ ਇੱਕ ਹਿੱਸਾ ਮਿਲਦਾ ਹੈ, ਅਤੇ ਬਦਲੇ "
	  "ਵਿੱਚ ਉਹ ਵਿਹੜੇ ਦੇ ਪੱਤੇ ਇਕੱਠੇ ਕਰਨ ਵਿੱਚ ਉਸਦੀ ਮਦਦ ਕਰਦੇ ਹਨ। ਜਦੋਂ "
	  "ਤੋਂ ਮੈਨੂੰ ਯਾਦ ਹੈ, ਇਹ ਇਸੇ ਤਰ੍ਹਾਂ ਹੁੰਦਾ ਆਇਆ ਹੈ, ਅਤੇ ਸਾਡੇ "
	  "ਵਿੱਚੋਂ ਕੋਈ ਵੀ ਇਸਨੂੰ ਬਦਲਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ।" },
	{ "pl",
	  "Wczoraj pojechaliśmy nad rzekę, ale woda była tak zimna, "
	  "że dzieci wolały wrócić do domu." },
	{ "pl",
	  "Jesienią moja babcia zrywa jabłka w ogrodzie i robi z nich "
	  "mus, który potem wkłada do zamrażarki. Zawsze mówi, że "
	  "jest lepszy niż wszystko, co można kupić w sklepie. "
	  "Sąsiedzi też dostają porcję, a w zamian pomagają jej "
	  "grabić liście. Tak było, odkąd pamiętam, i nikt z nas "
	  "nie chce tego zmieniać." },
	{ "si",
	  "ඊයේ අපි ගඟට ගියෙමු, නමුත් ජලය ඉතා සීතල වූ නිසා ළමයින්ට "
	  "නැවත නිවසට යාමට අවශ්‍ය විය." },
	{ "si",
	  "සරත් සෘතුවේ දී මගේ ආච්චි ඇගේ වත්තේ ඇති ඇපල් ගෙඩි කඩා "
	  "ජෑම් සාදයි, පසුව එය ශීතකරණයේ තබයි. කඩයකින් මිලදී ගත හැකි "
	  "ඕනෑම දෙයකට වඩා එය රසවත් බව ඇය නිතරම පවසයි. අසල්වාසීන්ට ද "
	  "කොටසක් ලැබේ, ඒ වෙනුවට ඔවුහු වැටුණු කොළ එකතු කිරීමට ඇයට "
	  "උදව් කරති. මට මතක ඇති කාලයේ සිට මෙය සෑම විටම මෙසේම සිදු "
	  "වී ඇත, අප කිසිවෙකුටත් එය වෙනස් කිරීමට අවශ්‍ය නැත." },
	{ "sk",
	  "Včera sme išli k rieke, ale voda bola taká studená, že "
	  "deti chceli radšej ísť domov." },
	{ "sk",
	  "Na jeseň trhá moja stará mama jablká v záhrade a varí "
	  "z nich lekvár, ktorý potom dáva do mrazničky. Vždy "
	  "hovorí, že je lepší ako čokoľvek, čo sa dá kúpiť v "
	  "obchode. Susedia dostanú tiež kúsok a na oplátku jej "
	  "pomáhajú hrabať lístie. Tak to bolo odjakživa, odkedy "
	  "si pamätám, a nikto z nás na tom nechce nič meniť." },
	{ "sl",
	  "Včeraj smo šli k reki, vendar je bila voda tako mrzla, da "
	  "so otroci raje hoteli domov." },
	{ "sl",
	  "Jeseni moja babica obira jabolka na vrtu in iz njih kuha "
	  "marmelado, ki jo nato shrani v zamrzovalnik. Vedno pravi, da "
	  "je boljša od vsega, kar lahko kupiš v trgovini. Sosedje "
	  "prav tako dobijo svoj delež, v zameno pa ji pomagajo "
	  "grabiti listje. Tako je bilo, odkar pomnim, in nihče od nas "
	  "tega noče spreminjati." },
	{ "sq",
	  "Dje shkuam te lumi, por uji ishte aq i ftohtë sa fëmijët "
	  "donin të ktheheshin në shtëpi." },
	{ "sq",
	  "Në vjeshtë gjyshja ime mbledh mollë në kopsht dhe bën prej "
	  "tyre reçel, të cilin pastaj e vendos në ngrirës. Ajo thotë "
	  "gjithmonë se reçeli i saj është më i shijshëm se çdo gjë që "
	  "mund të blesh në dyqan. Fqinjët marrin gjithashtu pjesën e "
	  "tyre, dhe në këmbim e ndihmojnë të mbledhë gjethet në oborr. "
	  "Kështu ka qenë që kur më kujtohet, dhe askush prej nesh nuk "
	  "do të donte ta ndryshonte këtë zakon të vjetër." },
	{ "sv",
	  "Vi åkte till stranden i går, men vinden var så kall att "
	  "barnen hellre ville åka hem och dricka varm choklad." },
	{ "sv",
	  "På hösten plockar min mormor äpplen i trädgården och "
	  "kokar sylt som hon ställer i frysen. Hon säger alltid att "
	  "det är bättre än något man kan köpa i affären. "
	  "Grannarna får också en burk, och i gengäld hjälper de "
	  "henne att kratta löv. Så har det varit så länge jag kan "
	  "minnas, och ingen av oss vill ändra på det." },
	{ "sw",
	  "Jana tulikwenda mtoni, lakini maji yalikuwa baridi mno hivi "
	  "kwamba watoto walitaka kurudi nyumbani." },
	{ "sw",
	  "Kila kiangazi, bibi yangu huchuma maembe shambani na kutengeneza "
	  "jamu, ambayo baadaye huihifadhi ndani ya jokofu. Yeye husema kila "
	  "mara kwamba jamu yake ni tamu kuliko chochote kinachoweza "
	  "kununuliwa dukani. Majirani nao hupata sehemu yao, na kwa "
	  "shukrani huja kumsaidia kufagia majani uani. Imekuwa hivyo tangu "
	  "nilipokuwa mtoto, na hakuna yeyote kati yetu anayetaka "
	  "kubadilisha hilo." },
	{ "ta",
	  "நேற்று நாங்கள் ஆற்றுக்குச் சென்றோம், ஆனால் தண்ணீர் மிகவும் "
	  "குளிராக இருந்ததால் குழந்தைகள் வீட்டுக்குத் திரும்ப "
	  "விரும்பினார்கள்." },
	{ "ta",
	  "இலையுதிர் காலத்தில் என் பாட்டி தோட்டத்தில் ஆப்பிள் பழங்களைப் "
	  "பறித்து ஜாம் செய்கிறார், பிறகு அதைக் குளிர்சாதனப் பெட்டியில் "
	  "வைக்கிறார். கடையில் வாங்கக்கூடிய எதையும் விட அது சுவையானது "
	  "என்று அவர் எப்போதும் சொல்வார். அக்கம்பக்கத்தினருக்கும் ஒரு "
	  "பங்கு கிடைக்கும், அதற்குப் பதிலாக அவர்கள் இலைகளைக் கூட்டிப் "
	  "பெருக்க அவருக்கு உதவுகிறார்கள். எனக்கு நினைவு தெரிந்த நாள் "
	  "முதல் இப்படித்தான் நடக்கிறது, எங்களில் யாரும் இதை மாற்ற "
	  "விரும்பவில்லை." },
	{ "te",
	  "నిన్న మేము నదికి వెళ్ళాము, కానీ నీళ్ళు చాలా చల్లగా "
	  "ఉండటంతో పిల్లలు ఇంటికి తిరిగి వెళ్ళాలని అనుకున్నారు." },
	{ "te",
	  "శరదృతువులో మా అమ్మమ్మ తోటలో ఆపిల్ పండ్లు కోసి వాటితో "
	  "జామ్ చేస్తుంది, తర్వాత దాన్ని ఫ్రీజర్‌లో పెడుతుంది. "
	  "దుకాణంలో కొనగలిగే దేనికన్నా అది రుచిగా ఉంటుందని ఆమె "
	  "ఎప్పుడూ చెబుతుంది. పొరుగువారికి కూడా కొంత వాటా "
	  "దొరుకుతుంది, దానికి బదులుగా వాళ్ళు ఆకులు ఊడ్చడంలో "
	  "ఆమెకు సహాయం చేస్తారు. నాకు గుర్తున్నప్పటి నుండి "
	  "ఇలాగే జరుగుతోంది, మాలో ఎవరూ దీన్ని మార్చాలని "
	  "అనుకోవడం లేదు. ఆ జామ్ రుచి చూడటానికి మేమంతా ప్రతి "
	  "ఏటా ఆమె ఇంటికి వెళ్తాము." },
	{ "tg",
	  "Салом, ҷӯра! Имшаб ба хонаи мо меоӣ? Модарам ош пухта "
	  "истодааст, ҳама интизори ту ҳастем." },
	{ "tg",
	  "Душанбе, 12 март. Имрӯз дар пойтахти кишвар ҷаласаи "
	  "навбатии Ҳукумати Ҷумҳурии Тоҷикистон баргузор гардид. "
	  "Дар ҷаласа масъалаҳои рушди соҳаи кишоварзӣ, таъмини "
	  "аҳолӣ бо оби нӯшокӣ ва омодагӣ ба мавсими баҳорӣ баррасӣ "
	  "шуданд. Вазири кишоварзӣ иттилоъ дод, ки имсол зиёда аз "
	  "панҷоҳ ҳазор гектар замин барои кишти пахта ва ғалладона "
	  "омода карда мешавад. Инчунин қарор қабул шуд, ки барои "
	  "таъмири шабакаҳои обёрӣ аз буҷети давлатӣ маблағи "
	  "иловагӣ ҷудо карда шавад." },
	{ "tg",
	  "Исм ҳиссаи нутқ аст, ки номи шахс, ашё ва ҳодисаро ифода "
	  "мекунад ва ба саволҳои кӣ? ва чӣ? ҷавоб медиҳад. Дар "
	  "забони тоҷикӣ исм шумораи танҳо ва ҷамъ дорад. Шакли "
	  "ҷамъ бо ёрии пасвандҳои -ҳо ва -он сохта мешавад: "
	  "китобҳо, дарахтон, бародарон. Исм бо ёрии бандаки изофӣ "
	  "ба калимаҳои дигар пайваст мешавад, масалан: китоби нав, "
	  "хонаи падар. Пасоянди -ро ба исм ҳамроҳ шуда, "
	  "пуркунандаи бевоситаро нишон медиҳад." },
	{ "tl",
	  "Pumunta kami sa ilog kahapon, pero napakalamig ng tubig kaya "
	  "gusto nang umuwi ng mga bata." },
	{ "tl",
	  "Tuwing taglagas ay namimitas ang lola ko ng mga mansanas sa "
	  "hardin at ginagawa niya itong jam, na inilalagay niya "
	  "pagkatapos sa freezer. Lagi niyang sinasabi na mas masarap ito "
	  "kaysa sa anumang mabibili sa tindahan. Nakakatanggap din ng "
	  "bahagi ang mga kapitbahay, at bilang kapalit ay tinutulungan "
	  "nila siyang magwalis ng mga dahon. Ganoon na mula pa noong "
	  "natatandaan ko, at wala sa amin ang gustong baguhin iyon." },
	{ "uk",
	  "Учора ми поїхали до річки, але "
	  "вода була така холодна, що діти "
	  "захотіли повернутися додому." },
	{ "uk",
	  "Восени моя бабуся збирає яблука "
	  "в саду і варить з них повидло, яке "
	  "потім ставить у морозильник. "
	  "Вона завжди каже, що воно "
	  "смачніше за все, що можна купити "
	  "в магазині. Сусіди теж отримують "
	  "свою частку, а натомість "
	  "допомагають їй згрібати листя. "
	  "Так було, відколи я себе пам'ятаю, "
	  "і ніхто з нас не хоче цього "
	  "змінювати." },
	{ "ur",
	  "کل ہم دریا کے کنارے گئے تھے، لیکن پانی اتنا ٹھنڈا تھا کہ بچے "
	  "جلدی گھر واپس جانا چاہتے تھے۔" },
	{ "ur",
	  "خزاں کے موسم میں میری دادی باغ سے سیب توڑتی ہیں اور ان سے مربہ "
	  "بناتی ہیں جسے وہ بعد میں فریج میں رکھ دیتی ہیں۔ وہ ہمیشہ کہتی "
	  "ہیں کہ یہ مربہ بازار کی ہر چیز سے زیادہ مزیدار ہے۔ پڑوسیوں کو "
	  "بھی اس میں سے حصہ ملتا ہے، اور بدلے میں وہ صحن سے پتے سمیٹنے "
	  "میں ان کی مدد کرتے ہیں۔ جہاں تک مجھے یاد ہے، یہ ہمیشہ سے ایسا "
	  "ہی ہوتا آیا ہے اور ہم میں سے کوئی بھی اس رسم کو بدلنا نہیں "
	  "چاہتا۔ شام کو ہم سب مل کر چائے پیتے ہیں اور پرانے دنوں کی "
	  "باتیں کرتے ہیں۔" },
	{ "uz",
	  "Salom, bugun kechqurun bo'shmisan? Men ishdan keyin "
	  "choyxonaga boraman, sen ham kelsang yaxshi bo'lardi. "
	  "Aziz ham keladi." },
	{ "uz",
	  "Toshkent shahar hokimligi ma'lumotiga ko'ra, kelgusi "
	  "oydan boshlab poytaxtning markaziy ko'chalarida "
	  "avtoturargoh narxlari oshiriladi. Yangi tariflar "
	  "haqidagi qaror kecha bo'lib o'tgan yig'ilishda qabul "
	  "qilindi. Hokimlik vakilining aytishicha, bu chora "
	  "tirbandlikni kamaytirish va jamoat transportidan "
	  "foydalanishni rag'batlantirish uchun ko'rilmoqda. Shu "
	  "bilan birga, shahar chetida bir nechta yangi bepul "
	  "to'xtash joylari ochiladi." },
	{ "uz",
	  "O'zbekiston Markaziy Osiyoning qoq markazida joylashgan "
	  "bo'lib, uning hududi asosan tekisliklardan iborat. "
	  "Mamlakatning eng katta daryolari Amudaryo va Sirdaryo "
	  "hisoblanadi. Ular tog'lardan boshlanib, Orol dengiziga "
	  "quyiladi. Biroq so'nggi o'n yilliklarda suvning katta "
	  "qismi dalalarni sug'orish uchun olingani sababli dengiz "
	  "sathi keskin pasayib ketdi. Bu hodisa mintaqa iqlimiga "
	  "va aholining sog'lig'iga ham salbiy ta'sir ko'rsatdi." },
	{ "uz",
	  "Har shanba kuni ertalab buvim erta turib, qishloq "
	  "chetidagi bozorga boradi. U yangi sabzavot, pomidor, "
	  "ozgina go'sht va baliq sotib oladi, tanish sotuvchilar esa "
	  "unga eng yaxshisini saqlab qo'yishadi. Uyga qaytayotganda "
	  "buvim Akbar akaning do'koniga kirib, bir piyola issiq choy "
	  "ichadi va qo'shnilarning ahvolini so'raydi. Uyga yetgach, "
	  "u mazali sho'rva pishiradi, biz bolalar esa sabzavotlarni "
	  "yuvib, dasturxon yozishga yordam beramiz. Tushlikda butun "
	  "oila yig'ilib, buvimning taomini maqtaymiz. Kechga yaqin "
	  "havo salqinlashganda, buvim bog'ga chiqib, daraxtlarni "
	  "sug'oradi, pishgan olmalarni terib, nevaralariga o'zining "
	  "bolaligi o'tgan qishloq haqida eski hikoyalarni aytib "
	  "beradi. Ba'zan biz ham u bilan birga o'tirib, yulduzlarni "
	  "sanaymiz, buvim esa har bir yulduzning nomini aytib, ular "
	  "haqidagi afsonalarni eslaydi. U paytlarda qishloqda elektr "
	  "yo'q edi, shuning uchun odamlar kechqurun gulxan atrofida "
	  "yig'ilib, qo'shiq aytishar, dutor chalishar va uzoq "
	  "suhbatlashishardi." },
	{ "vi",
	  "Hôm qua chúng tôi ra bờ sông chơi, nhưng nước lạnh quá nên "
	  "bọn trẻ chỉ muốn về nhà sớm." },
	{ "vi",
	  "Sáng chủ nhật nào mẹ tôi cũng đi chợ từ lúc trời còn tối. Mẹ "
	  "chọn mấy bó rau cải, một con gà và ít tôm mà cô hàng cá quen "
	  "đã giữ lại cho mẹ từ sớm. Trên đường về, mẹ hay dừng ở tiệm "
	  "bánh đầu ngõ để mua bánh mì cho cả nhà. Khi mẹ về tới nơi thì "
	  "bố đã pha xong ấm trà, còn anh em tôi phải nhặt rau và rửa "
	  "bát. Bữa cơm trưa hôm ấy bao giờ cũng đông đủ, ai cũng khen "
	  "món canh của mẹ. Đến chiều, mẹ lại ra vườn tưới cây và kể cho "
	  "chúng tôi nghe về những năm mẹ còn nhỏ ở quê." },
	{ "yi",
	  "נעכטן זענען מיר געפֿאָרן צום ים, אָבער דער "
	  "װינט איז געװען אַזױ קאַלט, אַז די קינדער "
	  "האָבן געװאָלט פֿאָרן אַהײם." },
	{ "yi",
	  "נעכטן זענען מיר געפארן צום ים, אבער דער "
	  "ווינט איז געווען אזוי קאלט, אז די קינדער "
	  "האבן געוואלט פארן אהיים." },
	{ "yi",
	  "אין האַרבסט קלײַבט מײַן באָבע עפּל אין "
	  "גאָרטן און קאָכט פֿון זײ אײַנגעמאַכטס, װאָס "
	  "זי לײגט דערנאָך אין אײַזקאַסטן. זי זאָגט "
	  "תּמיד, אַז עס איז בעסער פֿון אַלץ, װאָס מע "
	  "קען קױפֿן אין קראָם. די שכנים באַקומען אױך "
	  "אַ חלק, און דערפֿאַר העלפֿן זײ איר "
	  "צונױפֿשאַרן די בלעטער. אַזױ איז עס געװען "
	  "זינט איך געדענק, און קײנער פֿון אונדז װיל עס "
	  "ניט בײַטן." },
	{ "yi",
	  "אין הארבסט קלייבט מיין באבע עפל אין גארטן "
	  "און קאכט פון זיי איינגעמאכטס, וואס זי לייגט "
	  "דערנאך אין אייזקאסטן. זי זאגט תמיד, אז עס "
	  "איז בעסער פון אלץ, וואס מע קען קויפן אין "
	  "קראם. די שכנים באקומען אויך א חלק, און "
	  "דערפאר העלפן זיי איר צונויפשארן די בלעטער." },
	{ "yi",
	  "איך װײס ניט צי עס איז דאָ גענוג אָרט פֿאַר "
	  "אַלעמען, אָבער איך האָף אַז יאָ." },
	/* Commands, paths and names in Latin letters are borrowed into
	 * texts of every script: each of these has more Latin letters than
	 * letters of its own. */
	{ "ja",
	  "--output=FILE で指定したファイルに結果を書き出します "
	  "(default: stdout)" },
	{ "ru",
	  "Команда git rebase --interactive --autosquash HEAD~3 открывает "
	  "в editor список коммитов." },
	{ "zh",
	  "使用 --output=FILE 把结果写到文件里，默认是 standard output。" },
};

#define NCASES (sizeof detect_cases / sizeof *detect_cases)

/* Texts written for these tests in languages not built in, none of
 * whose function words a language here lists, or hardly any: each is
 * read as no language, and its first sentence alone, too short to
 * show that, as the nearest language. */
static const char *const foreign_cases[] = {
	/* Uyghur, Arabic letters (nearest: Arabic) */
	"ھەر شەنبە كۈنى ئەتىگەندە مومام ھەممىمىزدىن بالدۇر "
	"ئورنىدىن تۇرىدۇ، يۈز-قولىنى يۇيۇپ، سېۋىتىنى ئېلىپ "
	"كەنتنىڭ چېتىدىكى بازارغا قاراپ ماڭىدۇ. بازار ئۇ ۋاقىتتا "
	"تېخى ئانچە قىستاڭ بولمايدۇ، ھاۋا سالقىن، ھەممە يەردىن "
	"يېڭى نان ۋە كۆكتاتلارنىڭ پۇرىقى كېلىپ تۇرىدۇ. مومام "
	"ئاۋۋال يېڭى ئۈزۈلگەن كۆكتاتلارنى، قىزىل پەمىدۇرلارنى "
	"تاللايدۇ، ئاندىن ئازراق گۆش بىلەن بىر-ئىككى بېلىق "
	"سېتىۋالىدۇ. ئۇنى ئۇزۇن يىللاردىن بېرى تونۇيدىغان "
	"سودىگەرلەر ئەڭ ياخشى ماللارنى ئالدىن ئايرىپ، ئۇنىڭ ئۈچۈن "
	"ساقلاپ قويىدۇ، چۈنكى ئۇلار مومامنىڭ ھەر شەنبە چوقۇم "
	"كېلىدىغانلىقىنى بىلىدۇ. ئۆيگە قايتىشتا ئۇ قوشنىمىزنىڭ "
	"كىچىك دۇكىنىغا كىرىپ، بىر پىيالە ئىسسىق چاي ئىچىدۇ ۋە "
	"قوشنىلارنىڭ ئەھۋالىنى بىر-بىرلەپ سورايدۇ: كىمنىڭ بالىسى "
	"ئۆيلەندى، كىم كېسەل بولۇپ قالدى، كىمنىڭ ئېتىزىدا ھوسۇل "
	"ياخشى بولدى. ئۆيگە كەلگەندىن كېيىن مومام ئوچاق بېشىغا "
	"ئۆتۈپ، مەززىلىك بىر قازان شورپا ئېتىدۇ، بىز بالىلار "
	"بولساق كۆكتاتلارنى پاكىز يۇيۇپ، داستىخان سېلىپ، "
	"قاچا-قۇچىلارنى تىزىپ قويىمىز. چۈشتە پۈتۈن ئائىلە "
	"داستىخان ئەتراپىغا جەم بولىدۇ، ھەممەيلەن شورپىدىن ئىچىپ، "
	"مومامنىڭ تامىقىنى ماختىشىدۇ، ئۇ بولسا كۈلۈمسىرەپ: "
	"«يەڭلار، بالىلىرىم، تاماق دېگەن بىللە يېگەندە تېخىمۇ "
	"تاتلىق بولىدۇ» دەيدۇ. كەچقۇرۇن كۈن ئولتۇرغاندا ئۇ "
	"باغدىكى ئۆرۈك ۋە ئالما دەرەخلىرىگە سۇ قۇيىدۇ، ئاندىن "
	"سۇپىدا ئولتۇرۇپ، نەۋرىلىرىگە ئۆزىنىڭ بالىلىق چاغلىرىدىكى "
	"كەنت ھەققىدە كونا ھېكايىلەرنى سۆزلەپ بېرىدۇ، بىز بولساق "
	"ئۇنىڭ يېنىدا جىمجىت ئولتۇرۇپ، ئاي چىققۇچە ئاڭلايمىز.",
};

#define NFOREIGN (sizeof foreign_cases / sizeof *foreign_cases)

/* The language summ_parse finds in TEXT[0..LEN). */
static const char *detected(const char *text, size_t len)
{
	summ_doc *d;
	const char *code;
	int was;

	ck_assert_int_eq(summ_parse(text, len, &d), SUMM_OK);
	code = summ_language(d, &was);
	ck_assert_int_eq(was, 1);
	summ_free(d);
	return code;           /* a lang's, which outlives the document */
}

/* Each text is found in its language, in a sentence as in a paragraph. */
START_TEST(test_detect)
{
	const struct detect_case *c = &detect_cases[_i];
	const char *got = detected(c->text, strlen(c->text));

	if (strcmp(got, c->code) != 0)
		ck_abort_msg("%s text taken for %s: %.40s...", c->code, got,
		             c->text);
}
END_TEST

/* Detection reads a fixed sample: a text repeated past it decides as the
 * text alone, and what follows the sample (here another language, then
 * a long run of it) changes nothing. */
START_TEST(test_detect_sample)
{
	static char buf[1 << 16];
	const struct detect_case *c = &detect_cases[_i];
	const struct detect_case *o = &detect_cases[(_i + NCASES / 2) % NCASES];
	size_t n = 0, len = strlen(c->text), olen = strlen(o->text), sample;
	const char *alone = detected(c->text, len);

	while (n < 9000) {
		memcpy(buf + n, c->text, len);
		buf[n + len] = ' ';
		n += len + 1;
	}
	sample = n;
	ck_assert_str_eq(detected(buf, sample), alone);
	while (n + olen + 1 < sizeof buf) {
		memcpy(buf + n, o->text, olen);
		buf[n + olen] = ' ';
		n += olen + 1;
	}
	ck_assert_str_eq(detected(buf, n), alone);
}
END_TEST

/* A text with too few of any built-in language's function words is
 * read as no language, alone as repeated past the sample; a sentence
 * of it cannot show that. */
START_TEST(test_detect_foreign)
{
	static char buf[1 << 14];
	const char *text = foreign_cases[_i], *stop = strchr(text, '.');
	size_t n = 0, len = strlen(text);

	ck_assert_str_eq(detected(text, len), "none");
	while (n + len + 1 < sizeof buf) {
		memcpy(buf + n, text, len);
		buf[n + len] = ' ';
		n += len + 1;
	}
	ck_assert_str_eq(detected(buf, n), "none");
	ck_assert_ptr_nonnull(stop);
	ck_assert_str_ne(detected(text, (size_t)(stop + 1 - text)), "none");
}
END_TEST

/* A text in a script that lang.h does not name (Khmer, Myanmar) is in
 * no language here and is read as none; a text without letters, as the
 * default language. */
START_TEST(test_detect_unlisted_script)
{
	static const char *const texts[] = {
		/* Khmer: "This morning I went to school. All my friends
		 * were there." */
		"ព្រឹកនេះខ្ញុំបានទៅសាលារៀន។ មិត្តភក្តិរបស់ខ្ញុំទាំងអស់នៅទីនោះ។",
		/* Myanmar: "The rain fell all day. The children stayed
		 * home." */
		"တစ်နေ့လုံး မိုးရွာတယ်။ ကလေးတွေ အိမ်မှာ နေကြတယ်။",
	};
	const char *digits = "12 34 56. 78 -- 90!";

	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		ck_assert_str_eq(detected(texts[i], strlen(texts[i])), "none");
	ck_assert_str_eq(detected(digits, strlen(digits)), LANG_DEFAULT->code);
}
END_TEST

/* Asserts that each of the N texts of WANT is read in its language. */
static void check_detected(const struct detect_case *want, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(detected(want[i].text, strlen(want[i].text)),
		                 want[i].code);
}

/* Paths, addresses, identifiers and options are words of no language,
 * nor letters of a script: a short text whose Latin letters are mostly
 * theirs is read in the language of its prose (each of these was read
 * as English before, by its Latin letters or words), and an English
 * one with a path stays English. */
START_TEST(test_detect_machine_names)
{
	static const struct detect_case named[] = {
		{ "ja", "ログは /var/log/summarize/errors.log と "
		        "/var/log/summarize/access.log に書かれます。" },
		{ "zh", "请把问题报告发送到 bugs@summarize.example.org "
		        "或者 maintainer-team@lists.example.net。" },
		{ "da", "Filen ligger i "
		        "/usr/share/doc/summarize/examples/readme.html." },
		{ "nl", "Bestand: /usr/share/summarize/stopwords/english.txt "
		        "(zie summarize(1))." },
		{ "fi", "Lisätietoja: /usr/share/doc/summarize/README.Debian "
		        "ja summarize(1)." },
		{ "de", "Die Variable SUMMARIZE_DEFAULT_LENGTH und die "
		        "Option --max-words=120 steuern die Länge." },
		{ "en", "Edit the file /etc/fstab and run mount -a to apply "
		        "the changes." },
	};

	check_detected(named, sizeof named / sizeof *named);
}
END_TEST

/* Japanese writes Han and Kana in one sentence: together they are its
 * script, against the Latin of the names and titles it quotes, though
 * each alone has fewer letters than those (read as English before).
 * An English sentence that quotes a Japanese word stays English. */
START_TEST(test_detect_japanese_quoting_latin)
{
	static const struct detect_case texts[] = {
		{ "ja", "この設定は Advanced Network Configuration Guide for "
		        "Enterprise Systems の第三章で詳しく説明されています。" },
		{ "ja", "会議では Professor Margaret Fitzgerald Thompson が"
		        "新しい研究の結果を発表しました。" },
		{ "en", "The Japanese word 木漏れ日 means sunlight filtering "
		        "through the leaves of trees." },
	};

	check_detected(texts, sizeof texts / sizeof *texts);
}
END_TEST

/* Whether another language of the registry is written in the script of
 * language I. */
static int shares_script(size_t i)
{
	for (size_t j = 0; j < NLANGS; j++)
		if (j != i && lang_at(j)->script == lang_at(i)->script)
			return 1;
	return 0;
}

/* lang/ngrams.inc was made for the languages detection weighs, those of
 * the registry that share a script, in its order (make ngrams after a
 * language is added); a language alone in its script has no profile. */
START_TEST(test_profile_codes)
{
	char codes[256 * 4] = "";

	for (size_t i = 0; i < NLANGS; i++) {
		if (!shares_script(i))
			continue;
		if (*codes)
			strcat(codes, " ");
		strcat(codes, lang_at(i)->code);
	}
	ck_assert_str_eq(detect_profile_codes(), codes);
}
END_TEST

Suite *lang_suite(void)
{
	Suite *s = suite_create("lang");
	TCase *tc;

	tc = tcase_create("languages");
	tcase_add_test(tc, test_lang_find);
	tcase_add_test(tc, test_common_words);
	tcase_add_test(tc, test_parse_with);
	suite_add_tcase(s, tc);

	tc = tcase_create("detect");
	tcase_add_loop_test(tc, test_detect, 0, (int)NCASES);
	tcase_add_loop_test(tc, test_detect_sample, 0, (int)NCASES);
	tcase_add_loop_test(tc, test_detect_foreign, 0, (int)NFOREIGN);
	tcase_add_test(tc, test_detect_unlisted_script);
	tcase_add_test(tc, test_detect_machine_names);
	tcase_add_test(tc, test_detect_japanese_quoting_latin);
	tcase_add_test(tc, test_profile_codes);
	suite_add_tcase(s, tc);

	tc = tcase_create("word_lists");
	tcase_add_loop_test(tc, test_word_lists, 0, (int)(NLANGS * NLISTS));
	tcase_add_test(tc, test_init_makes_filters);
	tcase_add_test(tc, test_stopwords);
	suite_add_tcase(s, tc);

	tc = tcase_create("cases");
	tcase_add_loop_test(tc, test_stem_cases, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, tc);

	tc = tcase_create("vocab");
	tcase_set_timeout(tc, 120);	/* ~100k words; slow under sanitizers */
	tcase_add_test(tc, test_stem_vocab);
	tcase_add_loop_test(tc, test_stem_fixture, 0, (int)NLANGS);
	suite_add_tcase(s, tc);
	return s;
}
