/*
 * kn.c - Kannada: its word lists (see lang.h), and no stemmer.
 *
 * Kannada, a Dravidian language, joins its case endings to the noun
 * (-ಅನ್ನು accusative, -ಗೆ -ಕ್ಕೆ dative, -ಅಲ್ಲಿ locative, -ಇಂದ from)
 * and the person and tense to the verb, so the words that stand apart
 * are few and very frequent: the personal pronouns in the cases written
 * as words (ನಾನು ನನ್ನ ನನಗೆ ನನ್ನನ್ನು, ನಾವು ನಮ್ಮ, ನೀನು ನಿನ್ನ, ನೀವು ನಿಮ್ಮ,
 * ಅವನು ಅವಳು ಅವರು with theirs, ಅದು ಅದರ ಅದಕ್ಕೆ, ಇದು ಇದರ, the reflexive
 * ತಾನು ತನ್ನ ತಮ್ಮ), the demonstratives ಆ ಈ and the question ಯಾವ with the
 * adverbs built on them (ಅಲ್ಲಿ ಇಲ್ಲಿ ಎಲ್ಲಿ, ಆಗ ಈಗ ಯಾವಾಗ, ಹಾಗೆ ಹೀಗೆ ಹೇಗೆ,
 * ಅಷ್ಟು ಇಷ್ಟು ಎಷ್ಟು), the question words (ಏನು ಯಾರು ಯಾಕೆ ಏಕೆ ಯಾವುದು)
 * and their indefinites in -ಊ -ಏ -ಆದರೂ (ಯಾರೂ ಯಾವುದೇ ಏನಾದರೂ), the
 * conjunctions and connectives (ಮತ್ತು, ಹಾಗೂ, ಆದರೆ, ಅಥವಾ, ಆದ್ದರಿಂದ,
 * ಏಕೆಂದರೆ, ಅಂದರೆ, ಆದರೂ, ಸಹ, ಕೂಡ), the copula and the auxiliaries in the
 * persons a text uses (ಇದೆ ಇವೆ ಇದ್ದಾರೆ ಇತ್ತು ಇರುವ, ಆಗಿದೆ ಆಗಿತ್ತು ಆಯಿತು
 * ಆದ, the negatives ಇಲ್ಲ ಅಲ್ಲ ಇಲ್ಲದ, and ಬೇಕು ಬೇಡ), the quotative ಎಂದು
 * and its kin (ಎಂಬ ಎಂಬುದು ಎನ್ನುವ ಎಂದರು, and the spoken ಅಂತ), the
 * postpositions written apart (ಬಗ್ಗೆ, ಕುರಿತು, ಮೂಲಕ, ವರೆಗೆ, ಜೊತೆಗೆ,
 * ಪ್ರಕಾರ, ನಂತರ, ಮೇಲೆ, ನಡುವೆ, ವಿರುದ್ಧ, ಸೇರಿದಂತೆ ...), and the
 * quantifiers and common adverbs (ಒಂದು, ಒಬ್ಬ, ಕೆಲವು, ಹಲವು, ಅನೇಕ,
 * ಎಲ್ಲಾ, ತುಂಬಾ, ಬಹಳ, ಮಾತ್ರ, ಸುಮಾರು ...).  Common nouns are not
 * listed; the news verbs of report are (ಎಂದರು, ಹೇಳಿದರು, "said"), as
 * English lists "said".  Both spellings are listed where writers
 * vary in a final vowel's length (ಅಥವಾ ಅಥವ, ಹಾಗೂ ಹಾಗು, ಯಾವುದೇ ಯಾವುದೆ,
 * ಈಗಾಗಲೇ ಈಗಾಗಲೆ).  Words are kept as typed, with their vowel
 * signs, anusvara and virama, in NFC.  No stemmer: Snowball has none
 * for Kannada, so each word is its own stem.  Sentences end at ".",
 * "?" and "!", and the period also closes the titles, initials and
 * abbreviations of the splitter's lists below.  A name's initials come
 * before it, written as the Kannada names of the Latin letters (ಎಚ್.
 * ಡಿ. ದೇವೇಗೌಡ, ಯು. ಆರ್. ಅನಂತಮೂರ್ತಿ, ಎಚ್.ಡಿ.), and so are the acronyms
 * (ಬಿ.ಬಿ.ಎಂ.ಪಿ.); some writers' initials are Kannada syllables (ದ. ರಾ.
 * ಬೇಂದ್ರೆ), too many to list.  The script has no case, so nothing
 * after one of these tells a new sentence: a word of these lists never
 * ends one before a Kannada word.  That costs little, as a Kannada
 * sentence ends with its verb, and only a verbless one ends with a unit
 * (ದೂರ 145 ಕಿ.ಮೀ.); none of the words listed is a word of its own that
 * closes a sentence.  ಶ್ರೀ and ಶ್ರೀಮತಿ are written whole, with no
 * period.  Kannada is the only language here in its script, so a text
 * in it is read as Kannada.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][28] = {
	"ಅಂತ", "ಅಂತಹ", "ಅಂಥ", "ಅಂದರೆ", "ಅಥವ", "ಅಥವಾ", "ಅದಕ್ಕೆ", "ಅದನ್ನು",
	"ಅದರ", "ಅದರಲ್ಲಿ", "ಅದು", "ಅದೇ", "ಅನೇಕ", "ಅಲ್ಲ", "ಅಲ್ಲದೆ", "ಅಲ್ಲದೇ",
	"ಅಲ್ಲಿ", "ಅವನ", "ಅವನನ್ನು", "ಅವನಿಗೆ", "ಅವನು", "ಅವರ", "ಅವರನ್ನು",
	"ಅವರಿಗೆ", "ಅವರು", "ಅವಳ", "ಅವಳನ್ನು", "ಅವಳಿಗೆ", "ಅವಳು", "ಅವು", "ಅವುಗಳ",
	"ಅವುಗಳನ್ನು", "ಅಷ್ಟು", "ಆ", "ಆಗ", "ಆಗಲಿದೆ", "ಆಗಲೇ", "ಆಗಿ", "ಆಗಿತ್ತು",
	"ಆಗಿದೆ", "ಆಗಿದ್ದ", "ಆಗಿದ್ದಾರೆ", "ಆಗಿರುವ", "ಆಗುತ್ತದೆ", "ಆದ", "ಆದರೂ",
	"ಆದರೆ", "ಆದ್ದರಿಂದ", "ಆಯಿತು", "ಇಂತಹ", "ಇತರ", "ಇತ್ತು", "ಇದಕ್ಕೆ",
	"ಇದನ್ನು", "ಇದರ", "ಇದರಲ್ಲಿ", "ಇದು", "ಇದೆ", "ಇದೇ", "ಇದ್ದ", "ಇದ್ದರು",
	"ಇದ್ದವು", "ಇದ್ದಾನೆ", "ಇದ್ದಾರೆ", "ಇದ್ದಾಳೆ", "ಇದ್ದೇನೆ", "ಇನ್ನು", "ಇನ್ನೂ",
	"ಇರುತ್ತದೆ", "ಇರುವ", "ಇಲ್ಲ", "ಇಲ್ಲದ", "ಇಲ್ಲದೆ", "ಇಲ್ಲಿ", "ಇವನು", "ಇವರ",
	"ಇವರಿಗೆ", "ಇವರು", "ಇವಳು", "ಇವು", "ಇವೆ", "ಇಷ್ಟು", "ಈ", "ಈಗ", "ಈಗಲೂ",
	"ಈಗಾಗಲೆ", "ಈಗಾಗಲೇ", "ಎಂದರು", "ಎಂದರೆ", "ಎಂದು", "ಎಂಬ", "ಎಂಬುದನ್ನು",
	"ಎಂಬುದು", "ಎನ್ನುವ", "ಎಲ್ಲ", "ಎಲ್ಲರೂ", "ಎಲ್ಲವೂ", "ಎಲ್ಲಾ", "ಎಲ್ಲಿ",
	"ಎಷ್ಟು", "ಏಕೆ", "ಏಕೆಂದರೆ", "ಏನಾದರೂ", "ಏನು", "ಏನೂ", "ಒಂದು", "ಒಬ್ಬ",
	"ಒಬ್ಬರು", "ಒಳಗೆ", "ಕಡಿಮೆ", "ಕಡೆಗೆ", "ಕುರಿತು", "ಕೂಡ", "ಕೂಡಾ", "ಕೆಲ",
	"ಕೆಲವರು", "ಕೆಲವು", "ಕೆಳಗೆ", "ಕೇವಲ", "ಜೊತೆ", "ಜೊತೆಗೆ", "ತನಕ", "ತನಗೆ",
	"ತನ್ನ", "ತಮಗೆ", "ತಮ್ಮ", "ತಾನು", "ತಾವು", "ತುಂಬಾ", "ನಂತರ", "ನಡುವೆ",
	"ನನಗೆ", "ನನ್ನ", "ನನ್ನನ್ನು", "ನಮಗೆ", "ನಮ್ಮ", "ನಮ್ಮನ್ನು", "ನಾನು", "ನಾವು",
	"ನಿನಗೆ", "ನಿನ್ನ", "ನಿನ್ನನ್ನು", "ನಿಮಗೆ", "ನಿಮ್ಮ", "ನಿಮ್ಮನ್ನು", "ನೀನು",
	"ನೀವು", "ಪ್ರಕಾರ", "ಪ್ರತಿ", "ಬಗ್ಗೆ", "ಬದಲಾಗಿ", "ಬದಲು", "ಬಳಿ", "ಬಳಿಕ",
	"ಬಹಳ", "ಬೇಕು", "ಬೇಡ", "ಬೇರೆ", "ಮತ್ತು", "ಮತ್ತೆ", "ಮಧ್ಯೆ", "ಮಾತ್ರ",
	"ಮುಂಚೆ", "ಮುಂದೆ", "ಮೂಲಕ", "ಮೇಲೆ", "ಯಾಕೆ", "ಯಾಕೆಂದರೆ", "ಯಾರ", "ಯಾರಾದರೂ",
	"ಯಾರಿಗೆ", "ಯಾರು", "ಯಾರೂ", "ಯಾವ", "ಯಾವಾಗ", "ಯಾವುದು", "ಯಾವುದೆ", "ಯಾವುದೇ",
	"ವರೆಗೆ", "ವಿರುದ್ಧ", "ವೇಳೆ", "ಸಲುವಾಗಿ", "ಸಹ", "ಸುಮಾರು", "ಸೇರಿದಂತೆ",
	"ಸ್ವಲ್ಪ", "ಹತ್ತಿರ", "ಹಲವಾರು", "ಹಲವು", "ಹಾಗಾಗಿ", "ಹಾಗು", "ಹಾಗೂ", "ಹಾಗೆ",
	"ಹಿಂದೆ", "ಹೀಗಾಗಿ", "ಹೀಗೆ", "ಹೆಚ್ಚು", "ಹೇಗೆ", "ಹೇಳಿದರು", "ಹೊರಗೆ",
	"ಹೊರತು", "ಹೌದು"
};

/* Titles written with a period before a name: ಡಾ. (doctor), ಪ್ರೊ.
 * (professor) and ಕು. (ಕುಮಾರಿ, Miss). */
static const char titles[][13] = {
	"ಕು", "ಡಾ", "ಪ್ರೊ"
};

/* Abbreviations, which never end a sentence before a Kannada word (see
 * above): the names of the Latin letters, which are a name's initials
 * and the parts of dotted acronyms (ಎ, ಬಿ, ಸಿ, ಡಿ, ಇ, ಎಫ್, ಜಿ, ಎಚ್
 * ಹೆಚ್, ಐ, ಜೆ, ಕೆ, ಎಲ್, ಎಂ, ಎನ್, ಒ ಓ, ಪಿ, ಕ್ಯೂ ಕ್ಯು, ಆರ್, ಎಸ್, ಟಿ,
 * ಯು, ವಿ, ಡಬ್ಲ್ಯು ಡಬ್ಲ್ಯೂ, ಎಕ್ಸ್, ವೈ, ಜಡ್ ಝಡ್, in the spellings the
 * press varies between); ರೂ. (rupees), ನಂ. (number), ಪು. (page), ಉದಾ.
 * (for example), and the parts of the dotted ones: ಕಿ.ಮೀ. (kilometre),
 * ಸೆಂ.ಮೀ., ಕಿ.ಗ್ರಾ., ಕ್ರಿ.ಶ. (AD), ಕ್ರಿ.ಪೂ. (BC), and ಚಿ. (ಚಿರಂಜೀವಿ)
 * and ಚಿ.ಸೌ. before a groom's and a bride's names.  Every part of a
 * dotted abbreviation must be here, or the splitter takes the token for
 * a domain name, which ends a sentence. */
static const char lower_abbrevs[][22] = {
	"ಆರ್", "ಇ", "ಉದಾ", "ಎ", "ಎಂ", "ಎಕ್ಸ್", "ಎಚ್", "ಎನ್", "ಎಫ್",
	"ಎಲ್", "ಎಸ್", "ಐ", "ಒ", "ಓ", "ಕಿ", "ಕೆ", "ಕ್ಯು", "ಕ್ಯೂ",
	"ಕ್ರಿ", "ಗ್ರಾ", "ಚಿ", "ಜಡ್", "ಜಿ", "ಜೆ", "ಝಡ್", "ಟಿ",
	"ಡಬ್ಲ್ಯು", "ಡಬ್ಲ್ಯೂ", "ಡಿ", "ನಂ", "ಪಿ", "ಪು", "ಪೂ", "ಬಿ", "ಮೀ",
	"ಯು", "ರೂ", "ವಿ", "ವೈ", "ಶ", "ಸಿ", "ಸೆಂ", "ಸೌ", "ಹೆಚ್"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * demonstratives, numerals, quantifiers, possessives and participles
 * that need the noun after them.  Postpositions follow their noun, so
 * a line may end with one. */
static const char dangling[][25] = {
	"ಅಂತಹ", "ಅಂಥ", "ಅಂದರೆ", "ಅಥವ", "ಅಥವಾ", "ಅನೇಕ", "ಅವನ", "ಅವರ", "ಅವಳ",
	"ಆ", "ಆಗಿರುವ", "ಆದ", "ಆದರೂ", "ಆದರೆ", "ಆದ್ದರಿಂದ", "ಇಂತಹ", "ಇತರ",
	"ಇರುವ", "ಇಲ್ಲದ", "ಈ", "ಎಂದರೆ", "ಎಂಬ", "ಎನ್ನುವ", "ಎಲ್ಲ", "ಎಲ್ಲಾ",
	"ಏಕೆಂದರೆ", "ಒಂದು", "ಒಬ್ಬ", "ಕೆಲವು", "ತನ್ನ", "ತಮ್ಮ", "ನನ್ನ", "ನಮ್ಮ",
	"ನಿನ್ನ", "ನಿಮ್ಮ", "ಪ್ರತಿ", "ಮತ್ತು", "ಯಾಕೆಂದರೆ", "ಯಾವ", "ಹಲವು", "ಹಾಗು",
	"ಹಾಗೂ"
};

/* The quotative particle and verbs of saying, in the attribution after
 * a quotation: “…?” ಎಂದು ಅಮ್ಮ ಕೇಳಿದರು.
 * Folded, sorted. */
static const char said[][22] = {
	"ಎಂದರು", "ಎಂದು", "ಕೇಳಿದರು", "ಹೇಳಿದರು"
};

const lang lang_kn = {
	.code = "kn",
	.name = "Kannada",
	.script = SCRIPT_KANNADA,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 27),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = WORD_LIST(said, 21),
	.dangling = WORD_LIST(dangling, 24),
	.stem = NULL,	/* none: each word is its own stem */
};
