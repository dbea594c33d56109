/*
 * ru.c - Russian: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Russian function words: pronouns in all their cases, possessives,
 * prepositions, conjunctions and particles, the forms of "be" and of the
 * modal words, and the adverbs of degree, time and place that every text
 * uses.  Sorted in strcmp() (UTF-8 byte) order. */
static const char stopwords[][19] = {
	"а", "б", "без", "более", "больше", "будем", "будет", "будете",
	"будешь", "будто", "буду", "будут", "будучи", "будь", "бы", "был",
	"была", "были", "было", "быть", "в", "вам", "вами", "вас", "ваш",
	"ваша", "ваше", "вашего", "вашей", "вашем", "вашему", "ваши",
	"вашим", "вашими", "ваших", "вашу", "вдоль", "вдруг", "ведь",
	"везде", "весь", "вместо", "во", "возле", "вокруг", "вон", "вот",
	"все", "всегда", "всего", "всей", "всем", "всеми", "всему", "всех",
	"всю", "всюду", "вся", "всё", "вы", "где", "да", "даже", "для",
	"до", "должен", "должна", "должно", "должны", "другая", "другие",
	"другим", "других", "другого", "другое", "другой", "его", "ее",
	"ей", "ему", "если", "есть", "еще", "ещё", "ею", "её", "же", "за",
	"затем", "зато", "зачем", "здесь", "и", "ибо", "из", "изо", "или",
	"им", "именно", "ими", "иначе", "иногда", "их", "к", "каждая",
	"каждого", "каждое", "каждой", "каждому", "каждые", "каждый",
	"каждым", "каждых", "как", "какая", "какие", "каким", "каких",
	"какого", "какое", "какой", "какую", "кем", "ко", "когда", "кого",
	"ком", "кому", "которая", "которого", "которое", "которой",
	"котором", "которому", "которую", "которые", "который", "которым",
	"которыми", "которых", "кроме", "кто", "куда", "ли", "либо", "лишь",
	"мало", "между", "менее", "меньше", "меня", "мимо", "мне", "много",
	"мной", "мною", "мог", "могла", "могли", "могло", "могу", "могут",
	"мое", "моего", "моей", "моем", "моему", "можем", "может", "можете",
	"можешь", "можно", "мои", "моим", "моими", "моих", "мой", "мою",
	"моя", "моё", "моём", "мы", "на", "над", "надо", "нам", "нами",
	"нас", "насколько", "наш", "наша", "наше", "нашего", "нашей",
	"нашем", "нашему", "наши", "нашим", "нашими", "наших", "нашу", "не",
	"него", "нее", "ней", "некоторые", "некоторых", "нельзя", "нем",
	"нему", "нет", "неужели", "нею", "неё", "ни", "нибудь", "нигде",
	"никем", "никогда", "никого", "никому", "никто", "ним", "ними",
	"них", "ничего", "ничем", "ничто", "но", "ну", "нужно", "нём", "о",
	"об", "обо", "один", "одна", "однако", "одни", "одно", "одного",
	"одной", "одному", "около", "он", "она", "они", "оно", "опять",
	"от", "откуда", "ото", "отсюда", "оттуда", "очень", "перед", "по",
	"под", "подо", "пока", "после", "потом", "потому", "почему",
	"почти", "поэтому", "при", "причем", "причём", "про", "против",
	"ради", "разве", "с", "сам", "сама", "сами", "самим", "самими",
	"самих", "само", "самого", "самой", "самом", "самому", "саму",
	"самый", "свое", "своего", "своей", "своем", "своему", "свои",
	"своим", "своими", "своих", "свой", "свою", "своя", "своё", "своём",
	"себе", "себя", "сейчас", "сквозь", "сколько", "слишком", "словно",
	"сначала", "снова", "со", "собой", "собою", "совсем", "среди",
	"стал", "стала", "стали", "стало", "сюда", "та", "так", "такая",
	"также", "такие", "таким", "такими", "таких", "такого", "такое",
	"такой", "такую", "там", "твое", "твоего", "твоей", "твоем",
	"твоему", "твои", "твоим", "твоими", "твоих", "твой", "твою",
	"твоя", "твоё", "твоём", "те", "тебе", "тебя", "тем", "теми",
	"теперь", "тех", "то", "тобой", "тобою", "тогда", "того", "тоже",
	"той", "только", "том", "тому", "тот", "ту", "туда", "тут", "ты",
	"у", "уже", "хоть", "хотя", "чего", "чей", "чем", "чему", "через",
	"что", "чтобы", "чуть", "чье", "чьего", "чьей", "чьи", "чьих",
	"чья", "чьё", "чём", "эта", "эти", "этим", "этими", "этих", "это",
	"этого", "этой", "этом", "этому", "этот", "эту", "я", "является",
	"являлся", "являются"
};

/* Words that, followed by a period, introduce a name: academic and
 * military ranks, "comrade", "named after", the street kinds. */
static const char titles[][11] = {
	"акад", "г-жа", "г-н", "ген", "д-р", "доц", "им", "наб", "пер",
	"пл", "просп", "проф", "св", "тов", "ул"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("в 1998 г.", "и т.д."). */
static const char abbrevs[][11] = {
	"англ", "вв", "г", "гг", "гл", "греч", "долл", "др", "ед", "зам",
	"кв", "коп", "лат", "мин", "млн", "млрд", "напр", "нем", "ок",
	"рис", "руб", "сек", "см", "ст", "стр", "т.д", "т.е", "т.к", "т.н",
	"т.п", "табл", "тыс", "франц", "ч", "чел"
};

/* Russian writes nearly all of them in lower case; с. is a page's (на
 * с. 12) or a village's (в с. Ивановка), never the preposition's. */
static const char lower_abbrevs[][11] = {
	"англ", "ауд", "вв", "г", "гг", "гл", "греч", "долл", "др", "ед",
	"зам", "кв", "коп", "лат", "мин", "млн", "млрд", "напр", "нем", "ок",
	"рис", "руб", "с", "сек", "см", "ст", "стр", "т.д", "т.е", "т.к",
	"т.н", "т.п", "табл", "тыс", "франц", "ч", "чел"
};

/* The relative pronoun "который" and "чей" in all their forms. */
static const char relatives[][17] = {
	"которая", "которого", "которое", "которой", "котором", "которому",
	"которую", "которые", "который", "которым", "которыми", "которых",
	"чей", "чье", "чьего", "чьей", "чьем", "чьему", "чьи", "чьим",
	"чьими", "чьих", "чью", "чья", "чьё", "чьём"
};

/* Prepositions, conjunctions and possessives that cannot end a line. */
static const char dangling[][11] = {
	"а", "без", "в", "ваш", "ваша", "ваше", "ваши", "во", "да", "для",
	"до", "за", "и", "из", "или", "к", "ко", "либо", "между", "мое",
	"мои", "мой", "моя", "моё", "на", "над", "наш", "наша", "наше",
	"наши", "но", "о", "об", "обо", "около", "от", "перед", "по", "под",
	"после", "при", "про", "с", "свое", "свои", "свой", "своя", "своё",
	"со", "твое", "твои", "твой", "твоя", "твоё", "у", "через"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Russian.
 *
 * Russian inflects by endings, and the algorithm removes one ending of
 * each kind from the end of the word, longest first, never touching the
 * part of the word up to and including its first vowel.
 *
 *  1. Every ё is written е, as most texts do anyway.
 *  2. Regions: the vowels are а е и о у ы э ю я.  RV is what follows the
 *     first vowel; R1 what follows the first non-vowel after a vowel, R2
 *     the same rule applied again inside R1.  Every ending removed below
 *     must lie in RV, and the letter а or я that some endings need before
 *     them must lie in RV too.
 *  3. Step 1: remove a perfective gerund ending (в, вши, вшись after а
 *     or я; ив, ивши, ившись, ыв, ывши, ывшись).  If there is none,
 *     remove a reflexive ся or сь if present, then the first of these
 *     that matches: an adjective ending, followed at once by the
 *     removal of a participle ending before it if there is one; a verb
 *     ending; a noun ending.
 *  4. Step 2: remove a final и.
 *  5. Step 3: remove a derivational ость or ост that lies in R2.
 *  6. Step 4: after removing a superlative ейш or ейше, or without one,
 *     undouble a final нн; if none of this applied, remove a final ь.
 *
 * In each list only the longest ending that fits inside RV counts; when
 * it wants а or я before it and has neither, the list removes nothing
 * (it does not fall back to a shorter ending).
 *
 * Every Cyrillic letter takes two bytes in UTF-8, so the endings are
 * matched as bytes; only the region marks decode the word, and any
 * byte that is not one of the vowels' two-byte forms counts as part of
 * a non-vowel.
 */

struct ru {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its length in bytes */
	size_t	 rv;	/* byte offset of RV */
	size_t	 r2;	/* byte offset of R2 */
};

/* An ending; AFTER_A asks for а or я (in RV) before it.  The ending
 * is held in place: a pointer would cost the loader a relocation at
 * every start. */
struct ending {
	char		 s[13];	/* the longest, -ывшись, has 12 bytes */
	unsigned char	 len;
	unsigned char	 after_a;
};

#define E(s) { s, sizeof(s) - 1, 0 }
#define EA(s) { s, sizeof(s) - 1, 1 }
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Each list is ordered longest first, so its first match is the longest. */
static const struct ending gerunds[] = {
	E("ившись"), E("ывшись"), EA("вшись"), E("ивши"), E("ывши"),
	EA("вши"), E("ив"), E("ыв"), EA("в"),
};

static const struct ending reflexives[] = { E("ся"), E("сь") };

static const struct ending adjectives[] = {
	E("ими"), E("ыми"), E("его"), E("ого"), E("ему"), E("ому"),
	E("ее"), E("ие"), E("ые"), E("ое"), E("ей"), E("ий"), E("ый"),
	E("ой"), E("ем"), E("им"), E("ым"), E("ом"), E("их"), E("ых"),
	E("ую"), E("юю"), E("ая"), E("яя"), E("ою"), E("ею"),
};

static const struct ending participles[] = {
	E("ивш"), E("ывш"), E("ующ"), EA("ем"), EA("нн"), EA("вш"),
	EA("ющ"), EA("щ"),
};

static const struct ending verbs[] = {
	E("ейте"), E("уйте"), EA("ете"), EA("йте"), EA("ешь"), EA("нно"),
	E("ила"), E("ыла"), E("ена"), E("ите"), E("или"), E("ыли"),
	E("ило"), E("ыло"), E("ено"), E("ует"), E("уют"), E("ены"),
	E("ить"), E("ыть"), E("ишь"),
	EA("ла"), EA("на"), EA("ли"), EA("ем"), EA("ло"), EA("но"),
	EA("ет"), EA("ют"), EA("ны"), EA("ть"),
	E("ей"), E("уй"), E("ил"), E("ыл"), E("им"), E("ым"), E("ен"),
	E("ят"), E("ит"), E("ыт"), E("ую"),
	EA("й"), EA("л"), EA("н"), E("ю"),
};

static const struct ending nouns[] = {
	E("иями"), E("ями"), E("ами"), E("ией"), E("иям"), E("ием"),
	E("иях"), E("ев"), E("ов"), E("ие"), E("ье"), E("еи"), E("ии"),
	E("ей"), E("ой"), E("ий"), E("ям"), E("ем"), E("ам"), E("ом"),
	E("ах"), E("ях"), E("ию"), E("ью"), E("ия"), E("ья"),
	E("а"), E("е"), E("и"), E("й"), E("о"), E("у"), E("ы"), E("ь"),
	E("ю"), E("я"),
};

static const struct ending derivationals[] = { E("ость"), E("ост") };

static const struct ending superlatives[] = { E("ейше"), E("ейш") };

/* Whether the two bytes at P are one of the vowels а е и о у ы э ю я. */
static int
is_vowel(const char *p)
{
	unsigned char a = (unsigned char)p[0], b = (unsigned char)p[1];

	if (a == 0xD0)		/* а е и о */
		return b == 0xB0 || b == 0xB5 || b == 0xB8 || b == 0xBE;
	if (a == 0xD1)		/* у ы э ю я */
		return b == 0x83 || b == 0x8B || b == 0x8D || b == 0x8E ||
		    b == 0x8F;
	return 0;
}

/* Whether W[0..N) has a vowel starting at byte I. */
static int
vowel_at(const char *w, size_t n, size_t i)
{
	return i + 1 < n && is_vowel(w + i);
}

/* Offset just past the character that starts at I (< N). */
static size_t
next_char(const char *w, size_t n, size_t i)
{
	for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

/*
 * Offset just past the first non-vowel that follows a vowel, looking
 * from I on; N if there is none.
 */
static size_t
region(const char *w, size_t n, size_t i)
{
	while (i < n && !vowel_at(w, n, i))
		i = next_char(w, n, i);
	while (i < n && vowel_at(w, n, i))
		i += 2;
	return i < n ? next_char(w, n, i) : n;
}

static void
mark_regions(struct ru *st)
{
	size_t i = 0;

	while (i < st->n && !vowel_at(st->w, st->n, i))
		i = next_char(st->w, st->n, i);
	st->rv = i < st->n ? i + 2 : st->n;
	st->r2 = region(st->w, st->n, region(st->w, st->n, 0));
}

/* Whether the word ends in the LEN bytes S, all of them inside RV. */
static int
ends_rv(const struct ru *st, const char *s, size_t len)
{
	return st->n >= st->rv + len &&
	    memcmp(st->w + st->n - len, s, len) == 0;
}

/*
 * The longest ending of table T (NT entries, longest first) that ends the
 * word inside RV, or NULL.
 */
static const struct ending *
find(const struct ru *st, const struct ending *t, size_t nt)
{
	size_t i;

	for (i = 0; i < nt; i++)
		if (ends_rv(st, t[i].s, t[i].len))
			return &t[i];
	return NULL;
}

/*
 * Remove the longest ending of table T, if its condition holds; whether
 * one was removed.
 */
static int
remove_ending(struct ru *st, const struct ending *t, size_t nt)
{
	const struct ending *e = find(st, t, nt);
	size_t at;

	if (e == NULL)
		return 0;
	at = st->n - e->len;
	if (e->after_a) {
		/* а or я, itself inside RV */
		if (at < st->rv + 2 ||
		    (memcmp(st->w + at - 2, "а", 2) != 0 &&
		    memcmp(st->w + at - 2, "я", 2) != 0))
			return 0;
	}
	st->n = at;
	return 1;
}

static void
step1(struct ru *st)
{
	if (remove_ending(st, gerunds, NELEM(gerunds)))
		return;
	remove_ending(st, reflexives, NELEM(reflexives));
	if (remove_ending(st, adjectives, NELEM(adjectives))) {
		remove_ending(st, participles, NELEM(participles));
		return;
	}
	if (!remove_ending(st, verbs, NELEM(verbs)))
		remove_ending(st, nouns, NELEM(nouns));
}

static void
step3(struct ru *st)
{
	const struct ending *e = find(st, derivationals, NELEM(derivationals));

	if (e != NULL && st->n - e->len >= st->r2)
		st->n -= e->len;
}

/* Undouble a final нн, both letters in RV; whether it did. */
static int
undouble_n(struct ru *st)
{
	if (!ends_rv(st, "нн", 4))
		return 0;
	st->n -= 2;
	return 1;
}

static void
step4(struct ru *st)
{
	if (remove_ending(st, superlatives, NELEM(superlatives))) {
		undouble_n(st);
		return;
	}
	if (undouble_n(st))
		return;
	if (ends_rv(st, "ь", 2))
		st->n -= 2;
}

static size_t
stem_ru(char *word, size_t len)
{
	struct ru st;
	size_t i;

	/* ё (D1 91) -> е (D0 B5): same length, in place. */
	for (i = 0; i + 1 < len; i++)
		if ((unsigned char)word[i] == 0xD1 &&
		    (unsigned char)word[i + 1] == 0x91) {
			word[i] = (char)0xD0;
			word[i + 1] = (char)0xB5;
		}
	st.w = word;
	st.n = len;
	mark_regions(&st);

	step1(&st);
	if (ends_rv(&st, "и", 2))
		st.n -= 2;
	step3(&st);
	step4(&st);
	return st.n;
}

/* Abbreviations that close their phrase: и т. д. (и так далее), и т.
 * п. (и тому подобное), и др. (и другие), and the era after a year, до
 * н. э., н. э.; a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][6] = {
	"др", "н.э", "т.д", "т.п"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][23] = {
	"пожеланиями", "приветом", "уважением"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][29] = {
	"лицензии", "лицензирование", "лицензия"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][61] = {
	"вы подписаны на", "вы получаете данное", "вы получаете это",
	"вы получаете эту", "вы получили данное", "вы получили это",
	"вы получили эту", "не отвечайте на данное", "не отвечайте на это",
	"отказаться от рассылки", "отписаться",
	"письмо отправлено автоматически", "это письмо было отправлено",
	"это письмо отправлено"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][62] = {
	"благодарим за понимание", "благодарю", "благодарю за письмо",
	"благодарю за помощь", "большое спасибо", "если возникнут вопросы",
	"если у вас есть вопросы", "жду вашего ответа", "заранее спасибо",
	"извините за беспокойство", "извините за задержку", "как дела",
	"как у вас дела", "как у тебя дела", "надеюсь у вас все хорошо",
	"надеюсь у вас всё хорошо", "надеюсь у тебя все хорошо",
	"надеюсь у тебя всё хорошо", "отличных выходных",
	"приносим извинения за неудобства", "простите за долгий ответ",
	"спасибо", "спасибо за быстрый ответ", "спасибо за ваше письмо",
	"спасибо за заказ", "спасибо за информацию",
	"спасибо за оперативный ответ", "спасибо за ответ",
	"спасибо за письмо", "спасибо за помощь", "спасибо за понимание",
	"спасибо за терпение", "хорошего дня", "хороших выходных"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][20] = {
	"меня зовут", "я мама", "я мать", "я отец", "я папа"
};

const lang lang_ru = {
	.code = "ru",
	.name = "Russian",
	.script = SCRIPT_CYRILLIC,
	.stopwords = WORD_LIST(stopwords, 18),
	.titles = WORD_LIST(titles, 10),
	.abbrevs = WORD_LIST(abbrevs, 10),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 10),
	.phrase_ends = WORD_LIST(phrase_ends, 5),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 16),
	.dangling = WORD_LIST(dangling, 10),
	.closings = WORD_LIST(closings, 22),
	.licences = WORD_LIST(licences, 28),
	.notices = WORD_LIST(notices, 60),
	.formulas = WORD_LIST(formulas, 61),
	.introductions = WORD_LIST(introductions, 19),
	.stem = stem_ru,
};
