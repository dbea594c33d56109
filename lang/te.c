/*
 * te.c - Telugu: its word lists (see lang.h), and no stemmer.
 *
 * Telugu, a Dravidian language, joins its case endings to the noun
 * (-ను -ని accusative, -కు -కి dative, -లో locative, -తో with, -నుండి
 * written joined or apart), and joins the person and tense of a verb to
 * its stem, so the words that stand apart are few and very frequent:
 * the personal pronouns in the cases written as words (నేను నా నన్ను
 * నాకు, మేము మా, మనం మన, నువ్వు నీ, మీరు మీ, అతను అతని, ఆమె, the
 * honorific ఆయన, వారు వారి, అది దాని, ఇది దీని, the reflexive తాను
 * తన), the demonstratives ఆ ఈ and the question ఏ with the adverbs
 * built on them (అక్కడ ఇక్కడ ఎక్కడ, అప్పుడు ఇప్పుడు ఎప్పుడు, అలా ఇలా
 * ఎలా, అంత ఇంత ఎంత), the question words (ఏమి ఎవరు ఎందుకు ఏది ఎన్ని)
 * and their indefinites in -ఓ -ఐనా -ఊ (ఏదో ఎవరైనా ఎవరూ), the
 * conjunctions and connectives (మరియు, కానీ, లేదా, అయితే, కాబట్టి,
 * ఎందుకంటే, అంటే, అయినా, కూడా), the copula and the auxiliaries in the
 * persons a text uses (ఉంది ఉన్నాయి ఉన్నారు ఉంటుంది, the participle
 * ఉన్న, the negatives లేదు లేని కాదు, అవుతుంది అయింది అయిన, కావాలి),
 * the quotative అని and అనే, the genitive యొక్క and the postpositions
 * written apart (కోసం and the formal కొరకు, గురించి, ద్వారా, నుండి,
 * వరకు, మీద, పైన, మధ్య, దగ్గర, ప్రకారం, కంటే, వలె, వల్ల, పాటు, and
 * the written నందు), and the quantifiers and common adverbs (చాలా,
 * కొన్ని, అన్ని, ప్రతి, ఒక, మాత్రమే, ఎక్కువ, దాదాపు ...).  Common nouns are
 * not; the news verbs of report are (అన్నారు, చెప్పారు, "said"), as
 * English lists "said".  Words are kept
 * as typed, with their vowel signs, anusvara and virama, in NFC.
 * No stemmer: Snowball has none for Telugu, so each word is its own
 * stem, and a noun with its case ending is a word apart from the bare
 * noun.  Sentences end at ".", "?" and "!" (the danda is rare in
 * Telugu print), and the period also closes the titles, initials and
 * abbreviations of the splitter's lists below.  A name's initials come
 * before it, written as the Telugu names of the Latin letters (కె.
 * చంద్రశేఖర్ రావు, ఎన్. టి. రామారావు, వై.ఎస్.), and so are the
 * acronyms (జి.హెచ్.ఎం.సి.).  The script has no case, so nothing after
 * one of these tells a new sentence: a word of these lists never ends
 * one before a Telugu word.  That costs little, as a Telugu sentence
 * ends with its verb, and only a verbless one ends with a unit (దూరం
 * 275 కి.మీ.); none of the words listed is a word of its own that closes
 * a sentence (మీ "your" and ఏ "which" stand before a noun).  శ్రీ and
 * శ్రీమతి are written whole, with no period.  Telugu is the only
 * language here in its script, so a text in it is read as Telugu.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][34] = {
	"అంటే", "అంత", "అందరు", "అందరూ", "అక్కడ", "అతడు", "అతని", "అతనికి",
	"అతను", "అతన్ని", "అది", "అదే", "అని", "అనే", "అన్నారు", "అన్ని",
	"అప్పుడు", "అయింది", "అయితే", "అయిన", "అయినప్పటికీ", "అయినా", "అలా",
	"అలాంటి", "అవి", "అవుతుంది", "అవును", "ఆ", "ఆమె", "ఆమెకు", "ఆమెను",
	"ఆయన", "ఆయనకు", "ఆయనను", "ఇంకా", "ఇంత", "ఇక్కడ", "ఇతను", "ఇది", "ఇదే",
	"ఇప్పటికే", "ఇప్పుడు", "ఇలా", "ఇలాంటి", "ఇవి", "ఈ", "ఈమె", "ఈయన",
	"ఉంటాయి", "ఉంటారు", "ఉంటుంది", "ఉండదు", "ఉండే", "ఉంది", "ఉన్న",
	"ఉన్నది", "ఉన్నాడు", "ఉన్నాను", "ఉన్నాయి", "ఉన్నారు", "ఎంత",
	"ఎందుకంటే", "ఎందుకు", "ఎక్కడ", "ఎక్కువ", "ఎన్ని", "ఎప్పుడు", "ఎప్పుడూ",
	"ఎలా", "ఎలాంటి", "ఎవరి", "ఎవరు", "ఎవరూ", "ఎవరైనా", "ఎవరో", "ఏ", "ఏం",
	"ఏది", "ఏదీ", "ఏదైనా", "ఏదో", "ఏమి", "ఏమిటి", "ఏమీ", "ఏవి", "ఒక",
	"ఒకవేళ", "ఒక్క", "కంటే", "కనుక", "కన్నా", "కాదు", "కాని", "కానీ",
	"కాబట్టి", "కావచ్చు", "కావాలి", "కింద", "కూడా", "కేవలం", "కొంత",
	"కొందరు", "కొన్ని", "కొరకు", "కోసం", "గల", "గురించి", "చాలా",
	"చెప్పారు", "తక్కువ", "తన", "తనకు", "తనను", "తప్ప", "తమ", "తమకు",
	"తరువాత", "తర్వాత", "తాను", "తాము", "దగ్గర", "దాదాపు", "దాని",
	"దానికి", "దానిని", "దాన్ని", "దీని", "దీనికి", "దీనిని", "దీన్ని",
	"ద్వారా", "నందు", "నన్ను", "నా", "నాకు", "నిన్ను", "నీ", "నీకు",
	"నీవు", "నుంచి", "నుండి", "నువ్వు", "నేను", "పట్ల", "పలు", "పాటు",
	"పై", "పైన", "ప్రకారం", "ప్రతి", "బదులు", "బయట", "మధ్య", "మన", "మనం",
	"మనకు", "మరి", "మరింత", "మరియు", "మళ్ళీ", "మా", "మాకు", "మాత్రమే",
	"మీ", "మీకు", "మీద", "మీరు", "ముందు", "మేము", "యొక్క", "లాంటి", "లాగా",
	"లేక", "లేకుండా", "లేదా", "లేదు", "లేని", "లేరు", "లోపల", "వంటి",
	"వద్దు", "వరకు", "వలన", "వలె", "వల్ల", "వాటి", "వాటికి", "వాటిని",
	"వాడు", "వారి", "వారికి", "వారిని", "వారు", "వాళ్ళు", "వీటి", "వీటిని",
	"వీరి", "వీరు", "వెంటనే", "సహా", "సుమారు"
};

/* Titles written with a period before a name: డా. (doctor) and ప్రొ.
 * (professor). */
static const char titles[][13] = {
	"డా", "ప్రొ"
};

/* Abbreviations, which never end a sentence before a Telugu word (see
 * above): the names of the Latin letters, which are a name's initials
 * and the parts of dotted acronyms (ఎ ఏ, బి, సి, డి, ఇ, ఎఫ్, జి, హెచ్,
 * ఐ, జె జే, కె కే, ఎల్, ఎం ఎమ్, ఎన్, ఒ ఓ, పి, క్యూ క్యు, ఆర్, ఎస్,
 * టి, యు, వి, డబ్ల్యు డబ్ల్యూ, ఎక్స్, వై, జెడ్, in the spellings the
 * press varies between; టీ "tea" and పీ are left out); రూ. (rupees),
 * నం. (number), ఉదా. (for example), మొ. (etc., for మొదలైనవి), and the
 * parts of the dotted ones: కి.మీ. (kilometre), సెం.మీ., కి.గ్రా.,
 * క్రీ.శ. (AD), క్రీ.పూ. (BC), and చి.ల.సౌ., before a bride's name on a
 * wedding card (చి. alone before a groom's).  Every part of a dotted
 * abbreviation must be here, or the splitter takes the token for a
 * domain name, which ends a sentence. */
static const char lower_abbrevs[][22] = {
	"ఆర్", "ఇ", "ఉదా", "ఎ", "ఎం", "ఎక్స్", "ఎన్", "ఎఫ్", "ఎమ్",
	"ఎల్", "ఎస్", "ఏ", "ఐ", "ఒ", "ఓ", "కి", "కె", "కే", "క్యు",
	"క్యూ", "క్రీ", "గ్రా", "చి", "జి", "జె", "జెడ్", "జే", "టి",
	"డబ్ల్యు", "డబ్ల్యూ", "డి", "నం", "పి", "పూ", "బి", "మీ", "మొ",
	"యు", "రూ", "ల", "వి", "వై", "శ", "సి", "సెం", "సౌ", "హెచ్"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * demonstratives, numerals, quantifiers, possessives and participles
 * that need the noun after them.  Postpositions follow their noun, so
 * a line may end with one. */
static const char dangling[][25] = {
	"అంటే", "అతని", "అనే", "అయితే", "అయిన", "అయినా", "అలాంటి", "ఆ",
	"ఇలాంటి", "ఈ", "ఉన్న", "ఎందుకంటే", "ఎలాంటి", "ఏ", "ఒక", "ఒక్క",
	"కనుక", "కాని", "కానీ", "కాబట్టి", "గల", "తన", "తమ", "నా", "నీ",
	"ప్రతి", "మన", "మరి", "మరియు", "మా", "మీ", "లాంటి", "లేక", "లేదా",
	"లేని", "వంటి", "వారి"
};

/* The quotative particle and verbs of saying, in the attribution after
 * a quotation: “…?” అని అమ్మ అడిగింది.
 * Folded, sorted. */
static const char said[][28] = {
	"అంది", "అడిగాడు", "అడిగింది", "అని", "అన్నాడు",
	"చెప్పాడు", "చెప్పింది"
};

const lang lang_te = {
	.code = "te",
	.name = "Telugu",
	.script = SCRIPT_TELUGU,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 33),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = WORD_LIST(said, 27),
	.dangling = WORD_LIST(dangling, 24),
	.stem = NULL,	/* none: each word is its own stem */
};
