/*
 * ml.c - Malayalam: its word lists (see lang.h), and no stemmer.
 *
 * Malayalam, a Dravidian language, joins its case endings to the noun
 * (-എ accusative, -ക്ക് -ന് dative, -ഉടെ -ന്റെ genitive, -ഇൽ
 * locative) and the tense to the verb, and writes many a particle
 * joined too (-ഉം "and, also", -ഓ the question), so the words that
 * stand apart are few and very frequent: the personal pronouns in the
 * cases written as words (ഞാൻ എന്റെ എന്നെ എനിക്ക്, ഞങ്ങൾ, നമ്മൾ നാം,
 * നീ, നിങ്ങൾ, അവൻ അവൾ അവർ with theirs, the honorific അദ്ദേഹം, അത്
 * അതിന്റെ, ഇത്, the reflexive തന്റെ), the demonstratives ആ ഈ and the
 * question ഏത് with the adverbs built on them (അവിടെ ഇവിടെ എവിടെ,
 * അപ്പോൾ ഇപ്പോൾ എപ്പോൾ, അങ്ങനെ ഇങ്ങനെ എങ്ങനെ, അത്ര ഇത്ര എത്ര), the
 * question words and their indefinites in -ഉം -ഓ -എങ്കിലും (എന്ത് ആര്
 * ആരും ആരോ എന്തെങ്കിലും), the conjunctions and connectives (പക്ഷേ,
 * എന്നാൽ, അല്ലെങ്കിൽ, അതിനാൽ, അതുകൊണ്ട്, എങ്കിലും, കൂടാതെ, തന്നെ,
 * മാത്രം), the copula and the auxiliaries (ആണ്, ആയി, ആയിരുന്നു, ഉണ്ട്,
 * ഉള്ള, the negatives ഇല്ല അല്ല, and വേണം, കഴിയും), the quotative
 * എന്ന് with എന്ന എന്നും എന്നാണ്, the postpositions written apart
 * (പോലെ, വരെ, കൊണ്ട്, വഴി, മുതൽ, നിന്ന് നിന്നും, വേണ്ടി, കുറിച്ച്, ഒപ്പം,
 * പ്രകാരം, ഉൾപ്പെടെ ...), and the quantifiers and common adverbs (ഒരു,
 * ഓരോ, ചില, പല, എല്ലാ, വളരെ, കൂടുതൽ, വീണ്ടും ...).  Common nouns are
 * not listed; the news verb of report is (പറഞ്ഞു, "said"), as English
 * lists "said".  Words are kept as typed in NFC, with the chillu letters
 * (ൻ ർ ൽ ൾ ൺ, U+0D7A-U+0D7E) in their atomic form that modern text
 * writes; the older spelling, the consonant with a virama and a ZERO
 * WIDTH JOINER, is folded to it (engine/words.c), and matches them.
 * No stemmer: Snowball has none for Malayalam, so each word is its own
 * stem.  Sentences end at ".", "?" and "!", and the period also closes
 * the titles, initials and abbreviations of the splitter's lists below.
 * A name's initials come before it, written as the Malayalam names of
 * the Latin letters, with spaces or without (കെ. ആർ. നാരായണൻ, എം.ടി.
 * വാസുദേവൻ നായർ), and so are the acronyms (കെ.എസ്.ആർ.ടി.സി.).  The
 * script has no case, so nothing after one of these tells a new
 * sentence: a word of these lists never ends one before a Malayalam
 * word.  That costs little, as a Malayalam sentence ends with its verb
 * or copula, and only a verbless one ends with a unit (ദൂരം 80 കി.മീ.);
 * none of the words listed is a word of its own that closes a sentence.
 * ശ്രീ and ശ്രീമതി are written whole, with no period, and so is രൂപ,
 * after its amount.  The lists hold the atomic chillu letters, as the
 * stopwords do.  Malayalam is the only language here in its script, so
 * a text in it is read as Malayalam.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][43] = {
	"അങ്ങനെ", "അടുത്ത്", "അതായത്", "അതിനാൽ", "അതിനെ", "അതിന്", "അതിന്റെ",
	"അതിൽ", "അതുകൊണ്ട്", "അതുപോലെ", "അതേ", "അതേസമയം", "അത്", "അത്തരം",
	"അത്ര", "അഥവാ", "അദ്ദേഹം", "അദ്ദേഹത്തിന്", "അദ്ദേഹത്തിന്റെ",
	"അദ്ദേഹത്തെ", "അപ്പോൾ", "അല്ല", "അല്ലാത്ത", "അല്ലെങ്കിൽ", "അവ", "അവനെ",
	"അവന്", "അവന്റെ", "അവയുടെ", "അവരുടെ", "അവരെ", "അവളുടെ", "അവളെ",
	"അവിടെ", "അവൻ", "അവർ", "അവർക്ക്", "അവൾ", "അവൾക്ക്", "ആ", "ആകും",
	"ആകുന്നു", "ആണ്", "ആയ", "ആയി", "ആയിരിക്കും", "ആയിരുന്നു", "ആരാണ്",
	"ആരും", "ആരെങ്കിലും", "ആരോ", "ആര്", "ഇങ്ങനെ", "ഇടയിൽ", "ഇതിനെ",
	"ഇതിന്", "ഇതിന്റെ", "ഇതിൽ", "ഇതുവരെ", "ഇതേ", "ഇത്", "ഇത്തരം", "ഇത്ര",
	"ഇനി", "ഇനിയും", "ഇപ്പോഴും", "ഇപ്പോൾ", "ഇല്ല", "ഇല്ലാതെ", "ഇല്ലാത്ത",
	"ഇവ", "ഇവരുടെ", "ഇവിടെ", "ഇവൻ", "ഇവർ", "ഇവൾ", "ഈ", "ഉടൻ", "ഉണ്ടാകും",
	"ഉണ്ടായിരുന്നു", "ഉണ്ട്", "ഉള്ള", "ഉള്ളിൽ", "ഉൾപ്പെടെ", "എങ്കിലും",
	"എങ്ങനെ", "എതിരെ", "എത്ര", "എനിക്ക്", "എന്താണ്", "എന്തിന്", "എന്തു",
	"എന്തുകൊണ്ട്", "എന്തെങ്കിലും", "എന്ത്", "എന്ന", "എന്നത്", "എന്നാണ്",
	"എന്നാൽ", "എന്നിട്ടും", "എന്നിവ", "എന്നിവർ", "എന്നീ", "എന്നു",
	"എന്നും", "എന്നെ", "എന്നോട്", "എന്ന്", "എന്റെ", "എപ്പോൾ", "എല്ലാ",
	"എല്ലാം", "എല്ലാവരും", "എവിടെ", "ഏകദേശം", "ഏതു", "ഏതെങ്കിലും", "ഏത്",
	"ഏറെ", "ഏറ്റവും", "ഒന്നും", "ഒപ്പം", "ഒരു", "ഓരോ", "കഴിയില്ല",
	"കഴിയും", "കാരണം", "കുറച്ച്", "കുറിച്ച്", "കൂടാതെ", "കൂടി", "കൂടുതൽ",
	"കൂടെ", "കൊണ്ട്", "ചില", "ചിലർ", "ഞങ്ങളുടെ", "ഞങ്ങളെ", "ഞങ്ങൾ",
	"ഞങ്ങൾക്ക്", "ഞാൻ", "തങ്ങളുടെ", "തനിക്ക്", "തന്നെ", "തന്റെ", "താഴെ",
	"തുടങ്ങിയ", "നമുക്ക്", "നമ്മുടെ", "നമ്മെ", "നമ്മൾ", "നാം", "നിങ്ങളുടെ",
	"നിങ്ങളെ", "നിങ്ങൾ", "നിങ്ങൾക്ക്", "നിനക്ക്", "നിന്നും", "നിന്നെ",
	"നിന്ന്", "നിന്റെ", "നിരവധി", "നീ", "നേരെ", "പകരം", "പക്ഷേ", "പറഞ്ഞു",
	"പറ്റി", "പല", "പലരും", "പിന്നീട്", "പിന്നെ", "പുറത്ത്", "പോലും",
	"പോലെ", "പ്രകാരം", "മറ്റു", "മറ്റൊരു", "മറ്റ്", "മാത്രം", "മാത്രമല്ല",
	"മുകളിൽ", "മുഖേന", "മുതൽ", "മുമ്പ്", "മുൻപ്", "മേൽ", "വരെ", "വളരെ",
	"വഴി", "വീണ്ടും", "വേണം", "വേണ്ട", "വേണ്ടി", "ശേഷം", "സംബന്ധിച്ച്",
	"സഹിതം"
};

/* Titles written with a period before a name: ഡോ. (doctor), പ്രൊഫ.
 * and പ്രഫ. (professor, in the spellings of different papers), അഡ്വ.
 * (an advocate), ഫാ. (Father) and റവ. (Reverend) before a priest's
 * name, and ലഫ്. (lieutenant) before the rank (ലഫ്. കേണൽ). */
static const char titles[][16] = {
	"അഡ്വ", "ഡോ", "പ്രഫ", "പ്രൊഫ", "ഫാ", "റവ", "ലഫ്"
};

/* Abbreviations, which never end a sentence before a Malayalam word
 * (see above): the names of the Latin letters, which are a name's
 * initials and the parts of dotted acronyms (എ, ബി, സി, ഡി, ഇ, എഫ്,
 * ജി, എച്ച്, ഐ, ജെ, കെ, എൽ, എം, എൻ, ഒ ഓ, പി, ക്യു ക്യൂ, ആർ, എസ്, ടി,
 * യു, വി, ഡബ്ല്യു ഡബ്ല്യൂ, എക്സ്, വൈ, സെഡ് ഇസഡ്, in the spellings the
 * press varies between); നം. (number), ഉദാ. (for example), and the
 * parts of the dotted ones: കി.മീ. (kilometre), സെ.മീ., ക്രി.മു. (BC)
 * and ക്രി.വ. (AD).  Every part of a dotted abbreviation must be here,
 * or the splitter takes the token for a domain name, which ends a
 * sentence. */
static const char lower_abbrevs[][22] = {
	"ആർ", "ഇ", "ഇസഡ്", "ഉദാ", "എ", "എം", "എക്സ്", "എച്ച്", "എഫ്",
	"എസ്", "എൻ", "എൽ", "ഐ", "ഒ", "ഓ", "കി", "കെ", "ക്യു", "ക്യൂ",
	"ക്രി", "ജി", "ജെ", "ടി", "ഡബ്ല്യു", "ഡബ്ല്യൂ", "ഡി", "നം",
	"പി", "ബി", "മീ", "മു", "യു", "വ", "വി", "വൈ", "സി", "സെ",
	"സെഡ്"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * demonstratives, numerals, quantifiers, possessives and participles
 * that need the noun after them.  Postpositions follow their noun, so
 * a line may end with one. */
static const char dangling[][31] = {
	"അതായത്", "അതിനാൽ", "അതുകൊണ്ട്", "അത്തരം", "അഥവാ", "അല്ലാത്ത",
	"അല്ലെങ്കിൽ", "അവന്റെ", "അവരുടെ", "അവളുടെ", "ആ", "ആയ", "ഇത്തരം",
	"ഇല്ലാത്ത", "ഈ", "ഉള്ള", "എന്ന", "എന്നാൽ", "എന്റെ", "എല്ലാ", "ഏതു",
	"ഏത്", "ഒരു", "ഓരോ", "ചില", "ഞങ്ങളുടെ", "തന്റെ", "തുടങ്ങിയ",
	"നമ്മുടെ", "നിങ്ങളുടെ", "നിന്റെ", "പക്ഷേ", "പല", "മറ്റു", "മറ്റൊരു",
	"മറ്റ്"
};

/* The quotative particle and verbs of saying, in the attribution after
 * a quotation: “…?” അമ്മ ചോദിച്ചു.
 * Folded, sorted. */
static const char said[][25] = {
	"എന്ന്", "ചോദിച്ചു", "പറഞ്ഞു"
};

const lang lang_ml = {
	.code = "ml",
	.name = "Malayalam",
	.script = SCRIPT_MALAYALAM,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 42),
	.titles = WORD_LIST(titles, 15),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = WORD_LIST(said, 24),
	.dangling = WORD_LIST(dangling, 30),
	.stem = NULL,	/* none: each word is its own stem */
};
