/*
 * pa.c - Punjabi (Gurmukhi): its word lists (see lang.h), and no
 * stemmer.
 *
 * Punjabi writes its case markers as words of their own after the noun:
 * the genitive ਦਾ ਦੀ ਦੇ ਦੀਆਂ (agreeing with what is possessed), ਨੂੰ for
 * the object, the ergative ਨੇ, and the postpositions after them (ਵਿੱਚ,
 * ਤੋਂ, ਨਾਲ, ਲਈ, ਤੱਕ, ਉੱਤੇ, ਬਾਰੇ, ਕੋਲ, ਵੱਲੋਂ, ਦੌਰਾਨ, ਅਨੁਸਾਰ ...), so they
 * are the commonest words of any text and all in the list.  With them:
 * the personal pronouns in the forms written as one word (ਮੈਂ ਮੈਨੂੰ
 * ਮੇਰਾ, ਅਸੀਂ ਸਾਨੂੰ ਸਾਡਾ, ਤੁਸੀਂ ਤੁਹਾਨੂੰ ਤੁਹਾਡਾ, ਉਹ ਉਸ ਉਸਨੂੰ ਉਨ੍ਹਾਂ, ਇਹ
 * ਇਸ ਇਨ੍ਹਾਂ, the reflexive ਆਪਣਾ), the relatives in ਜ- and the question
 * words in ਕ- (ਜੋ ਜਿਹੜਾ ਜਿਸ ਜਿਨ੍ਹਾਂ ਜਦੋਂ ਜਿੱਥੇ; ਕੀ ਕੌਣ ਕਿਉਂ ਕਿਵੇਂ ਕਦੋਂ
 * ਕਿੱਥੇ ਕਿਹੜਾ ਕਿੰਨਾ), the conjunctions (ਅਤੇ ਤੇ ਪਰ ਜਾਂ ਕਿ ਕਿਉਂਕਿ ਜੇ ਜੇਕਰ
 * ਤਾਂ ...), the negations ਨਹੀਂ ਨਾ ਨ, the copula (ਹੈ ਹਨ ਹਾਂ ਹੋ, the past
 * ਸੀ ਸਨ, ਹੋਵੇ ਹੋਵੇਗਾ, ਹੋਇਆ ਹੁੰਦਾ ...) and the verbs that serve as
 * auxiliaries and light verbs in their common forms (ਗਿਆ ਰਿਹਾ ਸਕਦਾ
 * ਚਾਹੀਦਾ, ਕੀਤਾ ਕਰਕੇ ਕਰਨ ਕਰਦਾ, ਜਾ ਜਾਂਦਾ ਜਾਵੇ, ਦਿੱਤਾ, and ਕੇ, "having
 * done", after a verb's stem: ਮਿਲ ਕੇ, ਬੈਠ ਕੇ), the quantifiers
 * (ਸਭ ਸਾਰੇ ਹਰ ਕੁਝ ਕਈ ਬਹੁਤ ਕੋਈ ਇੱਕ), common adverbs (ਹੁਣ ਅਜੇ ਫਿਰ ਇੱਥੇ
 * ਉੱਥੇ ਸਿਰਫ਼ ਲਗਭਗ) and the emphatic particles ਹੀ and ਵੀ, which stand
 * apart.  Both spellings are listed where writers vary: with the addak
 * or without it (ਵਿੱਚ ਵਿਚ, ਇੱਕ ਇਕ, ਤੱਕ ਤਕ, ਉੱਥੇ ਉਥੇ), ਨ੍ਹ or ਹਨ (ਉਨ੍ਹਾਂ
 * ਉਹਨਾਂ), with the nukta or without it (ਸਿਰਫ਼ ਸਿਰਫ, ਜ਼ਿਆਦਾ ਜਿਆਦਾ).  Words
 * are kept with their vowel signs, bindi, tippi, addak and virama, as
 * written, in NFC, which writes ਸ਼ ਜ਼ ਫ਼ ਖ਼ as the letter and the nukta
 * (U+0A3C): Unicode composes none of them.  No stemmer: Snowball has
 * none for Punjabi, so each word is its own stem.  Sentences end at the
 * danda । (U+0964, of the Devanagari block, which the splitter reads in
 * any script), "?" and "!", and in informal writing at a Latin period,
 * which the press keeps for the titles before a name, abbreviations and
 * initials: the splitter's lists below.  The script has no case, so
 * nothing after a period tells a new sentence: a word of these lists
 * never ends one before a Punjabi word, and a danda after it (ਈ.।)
 * still does.  Punjabi in the Shahmukhi script (Pakistan) is Arabic
 * letters, and no language here reads it.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][22] = {
	"ਅਜਿਹਾ", "ਅਜਿਹੀ", "ਅਜਿਹੇ", "ਅਜੇ", "ਅਤੇ", "ਅਨੁਸਾਰ", "ਅਰਥਾਤ", "ਅਸੀਂ",
	"ਅੰਦਰ", "ਆਦਿ", "ਆਪ", "ਆਪਣਾ", "ਆਪਣੀ", "ਆਪਣੇ", "ਇਕ", "ਇਥੇ", "ਇਨ੍ਹਾਂ",
	"ਇਸ", "ਇਸਦਾ", "ਇਸਦੇ", "ਇਸਨੂੰ", "ਇਸੇ", "ਇਹ", "ਇਹਨਾਂ", "ਇੱਕ", "ਇੱਥੇ",
	"ਉਤੇ", "ਉਥੇ", "ਉਨ੍ਹਾਂ", "ਉਸ", "ਉਸਦਾ", "ਉਸਦੀ", "ਉਸਦੇ", "ਉਸਨੂੰ", "ਉਸੇ",
	"ਉਹ", "ਉਹਨਾਂ", "ਉੱਤੇ", "ਉੱਥੇ", "ਉੱਪਰ", "ਕਈ", "ਕਦੀ", "ਕਦੇ", "ਕਦੋਂ",
	"ਕਰ", "ਕਰਕੇ", "ਕਰਦਾ", "ਕਰਦੀ", "ਕਰਦੇ", "ਕਰਨ", "ਕਰਨਾ", "ਕਿ", "ਕਿਉਂ",
	"ਕਿਉਂਕਿ", "ਕਿਥੇ", "ਕਿਵੇਂ", "ਕਿਸ", "ਕਿਸੇ", "ਕਿਹਾ", "ਕਿਹੜਾ", "ਕਿਹੜੀ",
	"ਕਿਹੜੇ", "ਕਿੰਨਾ", "ਕਿੰਨੀ", "ਕਿੰਨੇ", "ਕਿੱਥੇ", "ਕੀ", "ਕੀਤਾ", "ਕੀਤੀ",
	"ਕੀਤੇ", "ਕੁਝ", "ਕੁੱਝ", "ਕੇ", "ਕੇਵਲ", "ਕੋਈ", "ਕੋਲ", "ਕੌਣ", "ਖ਼ੁਦ",
	"ਖੁਦ", "ਗਈ", "ਗਏ", "ਗਿਆ", "ਚਾਹੀਦਾ", "ਚਾਹੀਦੇ", "ਜਦਕਿ", "ਜਦੋਂ", "ਜ਼ਿਆਦਾ",
	"ਜਾ", "ਜਾਂ", "ਜਾਂਦਾ", "ਜਾਂਦੀ", "ਜਾਂਦੇ", "ਜਾਵੇ", "ਜਾਵੇਗਾ", "ਜਿਆਦਾ",
	"ਜਿਥੇ", "ਜਿਨ੍ਹਾਂ", "ਜਿਵੇਂ", "ਜਿਸ", "ਜਿਸਦਾ", "ਜਿਸਦੀ", "ਜਿਸਦੇ", "ਜਿਹਨਾਂ",
	"ਜਿਹੜਾ", "ਜਿਹੜੀ", "ਜਿਹੜੇ", "ਜਿੱਥੇ", "ਜੀ", "ਜੇ", "ਜੇਕਰ", "ਜੋ", "ਤਕ",
	"ਤਰ੍ਹਾਂ", "ਤਾਂ", "ਤੁਸੀਂ", "ਤੁਹਾਡਾ", "ਤੁਹਾਡੀ", "ਤੁਹਾਡੇ", "ਤੁਹਾਨੂੰ",
	"ਤੂੰ", "ਤੇ", "ਤੇਰਾ", "ਤੇਰੀ", "ਤੇਰੇ", "ਤੈਨੂੰ", "ਤੋਂ", "ਤੱਕ", "ਦਾ",
	"ਦਿੱਤਾ", "ਦਿੱਤੀ", "ਦਿੱਤੇ", "ਦੀ", "ਦੀਆਂ", "ਦੁਆਰਾ", "ਦੇ", "ਦੌਰਾਨ", "ਨ",
	"ਨਹੀਂ", "ਨਾ", "ਨਾਲ", "ਨਾਲੋਂ", "ਨੂੰ", "ਨੇ", "ਪਰ", "ਪਰੰਤੂ", "ਪਹਿਲਾਂ",
	"ਫਿਰ", "ਫੇਰ", "ਬਲਕਿ", "ਬਸ", "ਬਹੁਤ", "ਬਾਅਦ", "ਬਾਰੇ", "ਬਾਹਰ", "ਬਿਨਾਂ",
	"ਭਾਵੇਂ", "ਮੁਤਾਬਕ", "ਮੇਰਾ", "ਮੇਰੀ", "ਮੇਰੇ", "ਮੈਂ", "ਮੈਨੂੰ", "ਯਾਨੀ",
	"ਰਹੀ", "ਰਹੇ", "ਰਾਹੀਂ", "ਰਿਹਾ", "ਲਈ", "ਲਗਭਗ", "ਵਲੋਂ", "ਵਾਂਗ", "ਵਾਲਾ",
	"ਵਾਲੀ", "ਵਾਲੇ", "ਵਿਖੇ", "ਵਿਚ", "ਵਿਚੋਂ", "ਵਿੱਚ", "ਵਿੱਚੋਂ", "ਵੀ", "ਵੱਲ",
	"ਵੱਲੋਂ", "ਸਕਦਾ", "ਸਕਦੀ", "ਸਕਦੇ", "ਸਕਿਆ", "ਸਗੋਂ", "ਸਨ", "ਸਭ", "ਸ਼ਾਇਦ",
	"ਸਾਡਾ", "ਸਾਡੀ", "ਸਾਡੇ", "ਸਾਨੂੰ", "ਸਾਰਾ", "ਸਾਰੀ", "ਸਾਰੀਆਂ", "ਸਾਰੇ",
	"ਸਿਰਫ", "ਸਿਰਫ਼", "ਸੀ", "ਹਨ", "ਹਮੇਸ਼ਾ", "ਹਰ", "ਹਾਂ", "ਹੀ", "ਹੁਣ",
	"ਹੁਣੇ", "ਹੁੰਦਾ", "ਹੁੰਦੀ", "ਹੁੰਦੇ", "ਹੇਠਾਂ", "ਹੈ", "ਹੋ", "ਹੋਇਆ", "ਹੋਈ",
	"ਹੋਏ", "ਹੋਣ", "ਹੋਣਗੇ", "ਹੋਣਾ", "ਹੋਰ", "ਹੋਵੇ", "ਹੋਵੇਗਾ"
};

/* Titles written with a period before a name: ਡਾ. (doctor), ਪ੍ਰੋ.
 * (professor), ਪ੍ਰਿੰ. (a college principal), and ਸ. and ਸ੍ਰ. (sardar,
 * before a Sikh's name).  ਸ੍ਰੀ, ਸ੍ਰੀਮਤੀ and ਬੀਬੀ are written whole. */
static const char titles[][16] = {
	"ਡਾ", "ਪ੍ਰਿੰ", "ਪ੍ਰੋ", "ਸ", "ਸ੍ਰ"
};

/* Abbreviations, which never end a sentence before a Punjabi word (see
 * above): ਈ. (AD, ਈਸਵੀ) and ਈ. ਪੂ. (BC), ਨੰ. (number), ਰੁ. (rupees),
 * ਕਿ.ਮੀ. (kilometre); and the names of the Latin letters, the initials of
 * a name (ਏ. ਆਰ. ਰਹਿਮਾਨ) and the parts of a dotted acronym (ਜੀ.ਐਸ.ਟੀ.),
 * with the addak and without it (ਐੱਸ ਐਸ).  A part of a dotted
 * abbreviation must be in the list, or the splitter takes the token for
 * a domain name.  Some letters' names are words: ਜੀ, ਜੇ "if", ਕੇ, ਵੀ
 * "also", and ਆਈ "came", which may end a sentence written with a period
 * in informal writing; but ਸੀ (C) is "was", the commonest end of a
 * sentence, and is left out, though a dotted acronym with a C in it
 * (ਐਸ.ਜੀ.ਪੀ.ਸੀ.) then ends a sentence. */
static const char lower_abbrevs[][16] = {
	"ਆਈ", "ਆਰ", "ਈ", "ਏ", "ਐਕਸ", "ਐਚ", "ਐਨ", "ਐਫ", "ਐਮ", "ਐਲ", "ਐਸ",
	"ਐੱਕਸ", "ਐੱਚ", "ਐੱਨ", "ਐੱਫ", "ਐੱਮ", "ਐੱਲ", "ਐੱਸ", "ਓ", "ਕਿ", "ਕਿਊ",
	"ਕੇ", "ਜ਼ੈੱਡ", "ਜੀ", "ਜੇ", "ਟੀ", "ਡਬਲਯੂ", "ਡੀ", "ਨੰ", "ਪੀ", "ਪੂ", "ਬੀ",
	"ਮੀ", "ਯੂ", "ਰੁ", "ਵਾਈ", "ਵੀ"
};

/* The relatives ਜੋ and ਜਿਹੜਾ, and the oblique ਜਿਸ ਜਿਨ੍ਹਾਂ with their
 * genitives: a remark in brackets that opens with one belongs to the
 * sentence before. */
static const char relatives[][22] = {
	"ਜਿਨ੍ਹਾਂ", "ਜਿਸ", "ਜਿਸਦਾ", "ਜਿਸਦੀ", "ਜਿਸਦੇ", "ਜਿਹਨਾਂ", "ਜਿਹੜਾ",
	"ਜਿਹੜੀ", "ਜਿਹੜੇ", "ਜੋ"
};

/* Words that cannot end a line or a heading: the conjunctions, the
 * genitive ਦਾ ਦੀ ਦੇ ਦੀਆਂ, which needs the noun after it, and the
 * demonstratives, quantifiers and possessives that come before their
 * noun.  The other postpositions follow their noun, so a line may end
 * with one. */
static const char dangling[][19] = {
	"ਅਤੇ", "ਅਰਥਾਤ", "ਆਪਣਾ", "ਆਪਣੀ", "ਆਪਣੇ", "ਇਕ", "ਇਸ", "ਇਹ", "ਇੱਕ", "ਉਸ",
	"ਉਹ", "ਕਿ", "ਕਿਉਂਕਿ", "ਕਿਸੇ", "ਕੋਈ", "ਜਦਕਿ", "ਜਾਂ", "ਜਿਸ", "ਜਿਹੜਾ",
	"ਜਿਹੜੀ", "ਜਿਹੜੇ", "ਜੇ", "ਜੇਕਰ", "ਤੁਹਾਡਾ", "ਤੁਹਾਡੀ", "ਤੁਹਾਡੇ", "ਤੇ",
	"ਦਾ", "ਦੀ", "ਦੀਆਂ", "ਦੇ", "ਪਰ", "ਪਰੰਤੂ", "ਬਲਕਿ", "ਭਾਵੇਂ", "ਮੇਰਾ",
	"ਮੇਰੀ", "ਮੇਰੇ", "ਯਾਨੀ", "ਸਗੋਂ", "ਸਾਡਾ", "ਸਾਡੀ", "ਸਾਡੇ", "ਹਰ"
};

const lang lang_pa = {
	.code = "pa",
	.name = "Punjabi",
	.script = SCRIPT_GURMUKHI,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 21),
	.titles = WORD_LIST(titles, 15),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 15),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 21),
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};
