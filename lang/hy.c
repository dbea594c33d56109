/*
 * hy.c - Armenian (Eastern, in today's spelling): its word lists and its
 * stemmer (see lang.h).
 *
 * Armenian marks a question, an exclamation or emphasis with a sign
 * written over the stressed vowel, inside the word (ինչո՞ւ, ո՜վ), and
 * ends a sentence with the verjaket ։ .  The splitter knows the stop
 * (engine/chars.h); a word's key leaves the signs out (engine/words.c),
 * and so do the lists here.
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Armenian function words: the personal, possessive, demonstrative,
 * interrogative and relative pronouns in the cases a text uses most, the
 * postpositions (համար, հետ, մասին, վրա ...) and the few prepositions,
 * conjunctions, negation (չ- with the auxiliary), the forms of the
 * auxiliary եմ and of լինել, կա and կարող, and common adverbs and
 * quantifiers.  "And" both as the ligature և and spelt եւ, as the older
 * spelling has it (նաև նաեւ).  Sorted in strcmp order. */
static const char stopwords[][27] = {
	"ամբողջ", "ամեն", "ամենը", "այդ", "այդպես", "այդպիսի", "այդտեղ",
	"այդքան", "այժմ", "այլ", "այլև", "այն", "այնժամ", "այնպես",
	"այնպիսի", "այնտեղ", "այնքան", "այո", "այս", "այսինքն",
	"այսպես", "այսպիսի", "այստեղ", "այսքան", "այսօր", "ապա",
	"առանց", "առաջ", "ավելի", "արդեն", "բայց", "բացի", "բոլոր",
	"բոլորը", "բոլորին", "գուցե", "դա", "դեմ", "դեպի", "դեռ", "դու",
	"դուրս", "դուք", "դրա", "դրան", "դրանից", "դրանց", "դրանցից",
	"դրանք", "եթե", "եղան", "եղավ", "եղել", "եմ", "են", "ենք", "ես",
	"երբ", "երբեք", "երեկ", "եւ", "եք", "է", "էի", "էին", "էինք",
	"էիր", "էիք", "էլ", "էլի", "էր", "ընդամենը", "ըստ", "թե",
	"թեեւ", "թերեւս", "թերևս", "թեև", "իմ", "ինձ", "ինձնից", "ինչ",
	"ինչու", "ինչպես", "ինչքան", "ինքը", "ինքն", "ինքս", "իսկ",
	"իր", "իրար", "իրեն", "իրենց", "լինել", "լինեն", "լինի",
	"լինում", "կա", "կամ", "կային", "կան", "կար", "կարելի", "կարող",
	"կլինեն", "կլինի", "կողմից", "կրկին", "հա", "համար", "հանուն",
	"հենց", "հետ", "հետագայում", "հետեւաբար", "հետո", "հետևաբար",
	"հիմա", "ձեզ", "ձեզնից", "ձեր", "մասին", "մեզ", "մեզնից", "մեկ",
	"մեկը", "մեկն", "մենք", "մեջ", "մեր", "մի", "միայն", "միմյանց",
	"մինչ", "մինչդեռ", "մինչեւ", "մինչև", "միշտ", "միջեւ",
	"միջոցով", "միջև", "մյուս", "մյուսը", "մոտ", "մոտավորապես",
	"յուրաքանչյուր", "նա", "նաեւ", "նաև", "ներս", "ներքո", "նման",
	"նորից", "նույն", "նույնը", "նույնիսկ", "նրա", "նրան", "նրանից",
	"նրանց", "նրանցից", "նրանք", "շատ", "շնորհիվ", "շուրջ", "ոչ",
	"ոչինչ", "ով", "ովքեր", "որ", "որեւէ", "որը", "որի", "որին",
	"որից", "որոնց", "որոնցից", "որոնք", "որով", "որովհետեւ",
	"որովհետև", "որպես", "որպեսզի", "որպիսի", "որտեղ", "որտեղից",
	"որքան", "որևէ", "ու", "ում", "ումից", "ունեմ", "ունեն",
	"ունենք", "ունես", "ուներ", "ունեք", "ունի", "ուստի", "ուր",
	"ուրիշ", "ոք", "չեմ", "չեն", "չենք", "չես", "չեք", "չէ", "չէին",
	"չէր", "չի", "չկա", "չկան", "պակաս", "պես", "պետք", "սա",
	"սակայն", "սրա", "սրան", "սրանից", "սրանց", "սրանցից", "սրանք",
	"վերաբերյալ", "վրա", "տակ", "քանի", "քեզ", "քեզնից", "քիչ",
	"քո", "և"
};

/* Titles abbreviated with a period: դոկտ. (doctor), պրոֆ. (professor),
 * պրն. (պարոն, Mr), տիկ. (տիկին, Mrs). */
static const char titles[][9] = {
	"դոկտ", "պրն", "պրոֆ", "տիկ"
};

/* The relative pronouns: որ and its cases, ով, ովքեր. */
static const char relatives[][11] = {
	"ով", "ովքեր", "որ", "որը", "որի", "որին", "որից", "որոնց",
	"որոնք", "որով", "որտեղ", "ում"
};

/* Conjunctions, the few prepositions (Armenian puts most of its
 * relations after the noun), demonstratives and possessives: words
 * that need the word after them. */
static const char dangling[][15] = {
	"այդ", "այն", "այս", "առանց", "բայց", "բացի", "դեպի", "եթե",
	"եւ", "ըստ", "թե", "իմ", "իսկ", "իր", "կամ", "հանուն", "ձեր",
	"մեր", "մի", "մինչեւ", "մինչև", "նրա", "որ", "որպեսզի", "ու",
	"քո", "և"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Armenian, by Astghik Mkrtchyan.  It takes off
 * the endings of case, number and article, then of verbs, then of
 * adjectives, then of nouns, each at most once and in that order:
 *
 *  1. Regions.  RV is what follows the word's first vowel (ա ե է ը ի ո
 *     ւ օ); R2 what follows the first non-vowel after a vowel after the
 *     first non-vowel after RV's first vowel run, as in the other Snowball
 *     stemmers.  Nothing outside RV is ever taken.
 *  2. The longest case ending of the list that ends the word and lies in
 *     RV goes, if it lies in R2 as well (ից, ներից, ության, ը, ն ...).
 *  3. The longest verb ending in RV goes (ել, ացնել, ում, ացին ...).
 *  4. The longest adjective ending in RV goes (ական, ավետ, ին ...).
 *  5. The longest noun ending in RV goes (ություն, ք, իկ ...).
 *
 * The endings are Armenian letters, two bytes each in UTF-8, so they are
 * matched as bytes; a longer match that reaches before RV does not
 * count, and a shorter one of the list may then be taken.
 */

/* Step 2: case, number and the article.  (The tables are rows, not
 * pointers, which the loader would relocate at every start.) */
static const char endings[][15] = {
	"ությանդ", "ությանը", "ությանն", "ությանս", "ներում", "ության",
	"անում", "երում", "ներին", "ներից", "ներով", "վանից", "անով", "երին",
	"երից", "երով", "ներդ", "ները", "ների", "ներն", "ոջից", "վանդ",
	"վանը", "վանս", "ամբ", "անդ", "անը", "երդ", "երը", "երի", "երն",
	"ներ", "ոջդ", "ոջը", "ոջս", "ուդ", "ուն", "ուց", "վան", "վից", "վով",
	"ցից", "ան", "եր", "ին", "ից", "ոջ", "ով", "ոց", "սա", "վա", "վի",
	"դ", "ը", "ի", "ն", "ց"
};
/* Step 3: verbs (infinitive, participles, tenses, causative). */
static const char verbs[][13] = {
	"ացրինք", "վեցինք", "ալուց", "ացանք", "ացինք", "ացնալ", "ացվել",
	"ացրեց", "ացրին", "ացրիր", "ացրիք", "ելուց", "եցինք", "եցնել",
	"եցվել", "կոտել", "վեցին", "վեցիր", "վեցիք", "ալիս", "ալով", "ալու",
	"անալ", "ատել", "ացան", "ացավ", "ացար", "ացաք", "ացին", "ացիր",
	"ացիք", "ացրի", "ելիս", "ելով", "ելու", "ենալ", "եցավ", "եցար",
	"եցին", "եցիր", "եցիք", "ոտել", "վեցի", "վում", "ցանք", "ցնել",
	"անք", "ացա", "ացի", "եցա", "եցի", "ըալ", "ըել", "նել", "ում", "չել",
	"ված", "վել", "տել", "ցան", "ցաք", "ալ", "ան", "ավ", "ար", "աց",
	"աք", "ել", "եց", "վե", "ա"
};
/* Step 4: adjectives. */
static const char adjectives[][11] = {
	"երորդ", "ական", "ավետ", "արան", "եկեն", "երեն", "լայն", "ովին",
	"որակ", "որէն", "վուն", "րորդ", "ալի", "ակի", "բար", "գին", "կոտ",
	"պես", "ատ", "եղ", "են", "ին", "իվ"
};
/* Step 5: nouns. */
static const char nouns[][15] = {
	"ություն", "մունք", "ալիք", "անակ", "անիք", "անօց", "ավոր", "արան",
	"եղէն", "յուն", "ուհի", "ույթ", "ույք", "ունք", "ուստ", "ստան",
	"վածք", "ածո", "արք", "գար", "ենք", "իչք", "յակ", "ոնք", "որդ",
	"ուկ", "ուս", "չեք", "պան", "վոր", "ակ", "ան", "իլ", "իկ", "իչ",
	"իք", "ոց", "ու", "ցի", "ք"
};

/* The bytes of the character that W[I] begins (of N): its UTF-8 length,
 * or 1 for a byte that begins none, never past N. */
static size_t char_len(const unsigned char *w, size_t i, size_t n)
{
	size_t k = w[i] < 0xC0 ? 1 : w[i] < 0xE0 ? 2 : w[i] < 0xF0 ? 3 : 4;

	return i + k <= n ? k : 1;
}

/* Whether W[I..) begins one of the vowels ա ե է ը ի ո ւ օ (U+0561,
 * 0565, 0567, 0568, 056B, 0578, 0582, 0585). */
static int vowel_at(const unsigned char *w, size_t i, size_t n)
{
	if (i + 1 >= n)
		return 0;
	if (w[i] == 0xD5)
		return w[i + 1] == 0xA1 || w[i + 1] == 0xA5 || w[i + 1] == 0xA7 ||
		       w[i + 1] == 0xA8 || w[i + 1] == 0xAB || w[i + 1] == 0xB8;
	if (w[i] == 0xD6)
		return w[i + 1] == 0x82 || w[i + 1] == 0x85;
	return 0;
}

/* From W[I], past the first character that is (VOWEL) or is not a
 * vowel: the offset after it, or N + 1 if there is none. */
static size_t past(const unsigned char *w, size_t i, size_t n, int vowel)
{
	while (i < n) {
		size_t k = char_len(w, i, n);
		if (vowel_at(w, i, n) == vowel)
			return i + k;
		i += k;
	}
	return n + 1;
}

/* Step 1: where RV and R2 begin in W[0..N) (N for an empty region). */
static void regions(const unsigned char *w, size_t n, size_t *rv, size_t *r2)
{
	size_t i = past(w, 0, n, 1);

	*rv = *r2 = n;
	if (i > n)
		return;
	*rv = i;
	if ((i = past(w, i, n, 0)) > n || (i = past(w, i, n, 1)) > n ||
	    (i = past(w, i, n, 0)) > n)
		return;
	*r2 = i;
}

static size_t stem_hy(char *word, size_t len)
{
	size_t rv, r2, n = len, k;

	regions((const unsigned char *)word, len, &rv, &r2);
	k = longest_suffix(word, n, rv, ROWS(endings));
	if (k && n - k >= r2)
		n -= k;
	n -= longest_suffix(word, n, rv, ROWS(verbs));
	n -= longest_suffix(word, n, rv, ROWS(adjectives));
	n -= longest_suffix(word, n, rv, ROWS(nouns));
	return n;
}

const lang lang_hy = {
	.code = "hy",
	.name = "Armenian",
	.script = SCRIPT_ARMENIAN,
	.stopwords = WORD_LIST(stopwords, 26),
	.titles = WORD_LIST(titles, 8),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 10),
	.dangling = WORD_LIST(dangling, 14),
	.stem = stem_hy,
};
