/*
 * ko.c - Korean: its word lists and its stemmer (see lang.h).
 *
 * Korean is written with spaces between words, but a word (eojeol) is a
 * stem with its particles and endings attached: 정부는, 정부가,
 * 정부의, 정부를, 정부에서는 are one noun.  The stopwords are the
 * free-standing function words: pronouns and demonstratives, the
 * dependent nouns (것, 수, 등, 때, 중), conjunctions and adverbs, the
 * common forms of 있다, 없다, 하다, 되다 and 않다, the postpositions
 * written as words (위해, 통해, 대한, 때문에), a few forms the stemmer
 * leaves whole (그의, 수가, 것도), and the particles themselves, which
 * stand alone after a closing quote, a digit or a Latin word.  The
 * stemmer strips attached particles (see below).  Korean uses no
 * abbreviations with a period, so the splitter has no lists.
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Function words, each as it is written alone, sorted in strcmp()
 * order.  The stemmer's output is checked against them too, so 그는,
 * 이를 and 것이 are stopwords through 그, 이 and 것. */
static const char stopwords[][13] = {
	"가", "가운데", "가장", "각", "각각", "간", "같다", "같은",
	"같이", "개", "거기", "거의", "것", "것도", "것만", "것의",
	"게다가", "결국", "경우", "계속", "곧", "과", "관하여", "관한",
	"관해", "그", "그가", "그거", "그것", "그곳", "그냥", "그녀",
	"그대로", "그도", "그들", "그래도", "그래서", "그러나",
	"그러면", "그러므로", "그러한", "그런", "그런데", "그럼",
	"그렇게", "그리고", "그만", "그의", "까지", "께서", "나",
	"나의", "내", "내가", "너", "너무", "너의", "너희", "네",
	"네가", "년", "누가", "누구", "는", "늘", "다", "다른", "다시",
	"단지", "당신", "대하여", "대한", "대해", "더", "덜", "데",
	"데가", "데도", "도", "동안", "됐다", "되고", "되는", "되다",
	"되었다", "된", "된다", "될", "됩니다", "듯", "등", "등도",
	"등의", "따라", "따라서", "따르면", "따른", "때", "때가",
	"때도", "때문", "때문에", "또", "또는", "또다시", "또한", "로",
	"를", "만", "만약", "만일", "많은", "많이", "매우", "명", "몇",
	"모두", "모든", "못", "못한", "무엇", "물론", "뭐", "및", "바",
	"바가", "바로", "번", "보다", "본인", "부터", "분", "비록",
	"뿐", "수", "수가", "수도", "스스로", "시", "씨", "아니",
	"아니다", "아니라", "아닌", "아마", "아주", "아직", "안",
	"않고", "않는", "않다", "않았다", "않은", "앞으로", "약",
	"어느", "어디", "어떤", "어떻게", "언제", "얼마", "없고",
	"없는", "없다", "없었다", "없을", "에", "에게", "에서", "여기",
	"여러", "역시", "오직", "와", "왜", "왜냐하면", "외", "우리",
	"월", "위하여", "위한", "위해", "으로", "은", "을", "의",
	"의한", "의해", "이", "이거", "이것", "이곳", "이내", "이다",
	"이들", "이러한", "이런", "이렇게", "이미", "이상", "이전",
	"이제", "이하", "이후", "인한", "인해", "일", "있고", "있는",
	"있다", "있던", "있습니다", "있어", "있었다", "있으며", "있을",
	"있지만", "자기", "자신", "자주", "잘", "저", "저거", "저것",
	"저기", "저들", "저러한", "저런", "저렇게", "저의", "저희",
	"점", "정말", "제", "제가", "조금", "좀", "줄", "중", "즉",
	"지", "지금", "채", "처럼", "측", "통하여", "통한", "통해",
	"특히", "하고", "하는", "하다", "하며", "하였다", "하지만",
	"한", "한다", "한테", "한편", "할", "함께", "합니다", "항상",
	"했다", "했던", "했습니다", "혹은"
};

/* Words that cannot end a line or a heading: conjunctions and the
 * determiners that stand before a noun.  Sorted. */
static const char dangling[][10] = {
	"각", "그", "그러나", "그런", "그리고", "또", "또는", "모든",
	"및", "약", "어떤", "여러", "이", "이런", "저", "저런",
	"하지만", "혹은"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: our own, light and rule-based.  It removes the particles
 * attached to the end of a word, so that 정부는, 정부가, 정부의,
 * 정부를 and 정부에서는 all give 정부.  It does not touch verb endings.
 *
 *  1. Among the particles below that end the word, take the longest
 *     whose conditions hold for what is left before it (the host):
 *      a. The host keeps at least MIN whole characters.  MIN is 1, or
 *         2 for a particle that is also the last syllable of many
 *         two-syllable nouns (가 in 주가, 과 in 결과, 도 in 제도, 로 in
 *         도로, 만 in 불만, 의 in 회의) and for the compounds that begin
 *         with one of those (과는, 로부터: 결과는 is not 결 + 과는).
 *      b. The host ends in a Hangul syllable whose final consonant
 *         (batchim) fits the particle, as Korean spelling picks one of
 *         each pair: 은 이 을 과 이나 이며 이고 이라고 이라는 ... after
 *         a final consonant, 는 가 를 와 라고 라는 ... after none, 으로
 *         (and its compounds) after a final consonant other than ㄹ, 로
 *         after none or ㄹ.  So 국가 (가 after 국, which has one) and
 *         마을, 가을 (을 after an open syllable) are left whole.  The
 *         other particles (의 도 에 에서 까지 부터 ...) fit any.
 *      c. Or the host ends in an ASCII letter ("ai가", "lg의"), which
 *         fits any particle; it must then keep two characters.
 *  2. Remove it and go back to 1; stop when no particle is removed.
 *     The plural suffix 들 counts as a particle, so 사람들이 gives 사람.
 *     Repeating makes the stemmer idempotent, and so a noun whose last
 *     syllable looks like a particle gives one stem with or without a
 *     particle after it: 만족도 and 만족도는 both give 만족.
 *
 * A word with no Hangul is left as it is; invalid bytes are never a
 * Hangul syllable.  The stem is a prefix of the word, which is not
 * written to.
 */

/* The final consonant a particle asks of the syllable before it. */
enum { ANY, CONS, VOW, CNL, VL };  /* any; one; none; one but ㄹ; none or ㄹ */

static const struct particle {
	char text[13];             /* in place: a pointer would cost the
	                              loader a relocation at every start */
	unsigned char host;        /* ANY, CONS, ... */
	unsigned char min;         /* characters the host keeps */
} particles[] = {
	{ "가", VOW, 2 }, { "과", CONS, 2 }, { "과는", CONS, 2 },
	{ "과도", CONS, 2 }, { "과의", CONS, 2 }, { "까지", ANY, 1 },
	{ "까지는", ANY, 1 }, { "까지도", ANY, 1 }, { "께서", ANY, 1 },
	{ "는", VOW, 1 }, { "대로", ANY, 1 }, { "도", ANY, 2 },
	{ "든지", VOW, 1 }, { "들", ANY, 1 }, { "라고", VOW, 1 },
	{ "라는", VOW, 1 }, { "라며", VOW, 1 }, { "로", VL, 2 },
	{ "로는", VL, 2 }, { "로도", VL, 2 }, { "로만", VL, 2 },
	{ "로부터", VL, 2 }, { "로서", VL, 2 }, { "로써", VL, 2 },
	{ "로의", VL, 2 }, { "를", VOW, 1 }, { "마다", ANY, 1 },
	{ "마저", ANY, 1 }, { "만", ANY, 2 }, { "만큼", ANY, 1 },
	{ "밖에", ANY, 1 }, { "보다", ANY, 1 }, { "보다는", ANY, 1 },
	{ "보다도", ANY, 1 }, { "부터", ANY, 1 }, { "부터는", ANY, 1 },
	{ "뿐", ANY, 1 }, { "에", ANY, 1 }, { "에게", ANY, 1 },
	{ "에게는", ANY, 1 }, { "에게도", ANY, 1 }, { "에게서", ANY, 1 },
	{ "에는", ANY, 1 }, { "에도", ANY, 1 }, { "에만", ANY, 1 },
	{ "에서", ANY, 1 }, { "에서는", ANY, 1 }, { "에서도", ANY, 1 },
	{ "에서만", ANY, 1 }, { "에서부터", ANY, 1 }, { "에서의", ANY, 1 },
	{ "에의", ANY, 1 }, { "와", VOW, 1 }, { "와는", VOW, 1 },
	{ "와도", VOW, 1 }, { "와의", VOW, 1 }, { "으로", CNL, 1 },
	{ "으로는", CNL, 1 }, { "으로도", CNL, 1 }, { "으로만", CNL, 1 },
	{ "으로부터", CNL, 1 }, { "으로서", CNL, 1 }, { "으로써", CNL, 1 },
	{ "으로의", CNL, 1 }, { "은", CONS, 1 }, { "을", CONS, 1 },
	{ "의", ANY, 2 }, { "이", CONS, 1 }, { "이고", CONS, 1 },
	{ "이나", CONS, 1 }, { "이다", ANY, 1 }, { "이든지", CONS, 1 },
	{ "이라고", CONS, 1 }, { "이라는", CONS, 1 }, { "이라며", CONS, 1 },
	{ "이며", CONS, 1 }, { "이었다", ANY, 1 }, { "입니다", ANY, 1 },
	{ "조차", ANY, 1 }, { "처럼", ANY, 1 }, { "한테", ANY, 1 },
	{ "한테서", ANY, 1 }
};

/* The number of characters in W[0..N): bytes that do not continue one. */
static size_t
count_chars(const unsigned char *w, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += (w[i] & 0xC0) != 0x80;
	return k;
}

/* Whether the host W[0..N) may lose the particle P after it (rules 1a
 * to 1c above). */
static int
host_fits(const unsigned char *w, size_t n, const struct particle *p)
{
	unsigned long cp, t;

	if (n >= 3 && (w[n - 3] & 0xF0) == 0xE0 && (w[n - 2] & 0xC0) == 0x80 &&
	    (w[n - 1] & 0xC0) == 0x80) {
		cp = (unsigned long)(w[n - 3] & 0x0F) << 12 |
		     (unsigned long)(w[n - 2] & 0x3F) << 6 | (w[n - 1] & 0x3F);
		if (cp < 0xAC00 || cp > 0xD7A3 || count_chars(w, n) < p->min)
			return 0;
		t = (cp - 0xAC00) % 28;            /* 0: none, 8: ㄹ */
		switch (p->host) {
		case CONS: return t != 0;
		case VOW: return t == 0;
		case CNL: return t != 0 && t != 8;
		case VL: return t == 0 || t == 8;
		default: return 1;
		}
	}
	return n >= 1 && ((w[n - 1] >= 'a' && w[n - 1] <= 'z') ||
	                  (w[n - 1] >= 'A' && w[n - 1] <= 'Z')) &&
	       count_chars(w, n) >= (p->min > 2 ? p->min : 2);
}

static size_t
stem_ko(char *word, size_t len)
{
	const unsigned char *w = (const unsigned char *)word;
	size_t n = len, best, pl;

	do {
		best = 0;
		for (size_t i = 0; i < sizeof particles / sizeof *particles; i++) {
			pl = strlen(particles[i].text);
			if (pl < n && pl > best &&
			    !memcmp(w + n - pl, particles[i].text, pl) &&
			    host_fits(w, n - pl, &particles[i]))
				best = pl;
		}
		n -= best;
	} while (best);
	return n;
}

/* The quotative verb and verbs of saying, in the attribution after a
 * quotation that opens its sentence: "…?" 하고 엄마가 물었다.  Sorted. */
static const char said[][13] = {
	"답했다", "대답했다", "말했다", "물었다", "소리쳤다", "외쳤다",
	"하고", "하며"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][13] = {
	"라이선스", "라이센스", "저작권"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][33] = {
	"구독 취소", "구독취소", "발신 전용", "발신전용", "수신 거부", "수신거부", "수신거부는", "수신거부를",
	"수신을 원치 않으시면", "수신을 원하지 않으시면", "회신되지 않습니다"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][63] = {
	"가정에 늘 건강과 행복이 함께하시길 바랍니다", "감사드립니다", "감사합니다", "건강과 행복이 함께하시길 바랍니다",
	"건강하세요", "고맙습니다", "궁금한 점이 있으시면", "늘 감사합니다", "늦어서 죄송합니다",
	"답장이 늦어 죄송합니다", "문의 사항이 있으시면", "바쁘신 가운데", "바쁘신 와중에", "불편을 드려 죄송합니다",
	"수고 많으십니다", "수고하십니다", "안녕하세요", "안녕하십니까", "양해 부탁드립니다", "언제든 연락 주세요",
	"언제든지 문의해 주세요", "언제든지 연락 주세요", "연락 주셔서 감사합니다", "잘 부탁드리겠습니다",
	"잘 부탁드립니다", "잘 지내고 있어", "잘 지내고 있지", "잘 지내세요", "잘 지내셨나요", "잘 지내시죠",
	"좋은 주말 보내세요", "좋은 하루 되세요", "좋은 하루 보내세요", "즐거운 주말 보내세요",
	"진심으로 감사드립니다", "편안한 밤 되세요", "편하게 연락 주세요", "항상 감사드립니다", "행복한 하루 되세요"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][16] = {
	"아빠입니다", "엄마입니다", "제 이름은"
};

/* Words that join what follows them to what came before (and, but):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][10] = {
	"그러나", "그런데", "그리고", "하지만"
};

const lang lang_ko = {
	.code = "ko",
	.name = "Korean",
	.script = SCRIPT_HANGUL,
	.verb_final = 1,
	.wide_letters = 1,
	.stopwords = WORD_LIST(stopwords, 12),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 9),
	.relatives = NO_WORDS,
	.said = WORD_LIST(said, 12),
	.dangling = WORD_LIST(dangling, 9),
	.licences = WORD_LIST(licences, 12),
	.notices = WORD_LIST(notices, 32),
	.formulas = WORD_LIST(formulas, 62),
	.introductions = WORD_LIST(introductions, 15),
	.stem = stem_ko,
};
