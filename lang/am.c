/*
 * am.c - Amharic: its word lists (see lang.h), and no stemmer.
 *
 * Amharic is written in the Ethiopic script, a syllabary without case,
 * with spaces between words (older text sets the wordspace ፡ instead,
 * which the engine reads as punctuation, so that it parts words too) and
 * its own full stop ። and question mark ፧, which end a sentence as . and
 * ? do (engine/chars.h); the comma ፣ and the semicolon ፤ do not.  The
 * language joins most of its prepositions and conjunctions to the word
 * they govern: በ- (in, by), ለ- (for), ከ- (from, than), የ- (of), -ና
 * (and), -ም (also, and), so that a text has fewer function words
 * standing apart than a European one, and with no stemmer each word,
 * prefixes and all, is its own stem.  The lists hold what does stand
 * apart: the personal pronouns with their object (-ን) and possessive
 * (የ-) forms and the reflexive ራሱ; the demonstratives ይህ, ያ, እነዚህ, እነዚያ,
 * with the prefixed forms that serve as adverbs (በዚህ, ከዚያም, እዚህ, እንዲህ);
 * the copula ነው and its persons, the existential አለ (there is, has) and
 * its negatives አይደለም and የለም, ሆነ (became) and the relative and
 * subordinate forms of both that every other sentence carries (ያለው, ያሉ,
 * የሆነ, ሲሆን, ቢሆንም, መሆኑን); the quotative verb ብሎ, ብለዋል, በማለት, which closes
 * every reported saying, and the two verbs the press reports with,
 * ተናግረዋል and ገልጸዋል (said, stated), as English lists "said"; conjunctions
 * and connectives (እና, ወይም, ግን, ስለዚህ, ምክንያቱም, እንዲሁም, እንጂ), with ነገር, a
 * noun (thing) but most often the first half of ነገር ግን (but);
 * prepositions and postpositions written apart (ወደ, ስለ, እንደ, እስከ, ውስጥ,
 * ላይ, በኋላ, ጋር, ድረስ, መካከል), and the bare በ, ለ, ከ, የ that some set apart
 * before a figure (ከ 10 በላይ); question words; and common adverbs and
 * quantifiers, among them አንድ, one and the indefinite article both.  The
 * Ethiopic letters have no case and no decompositions, so each word is
 * folded as it is written.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][19] = {
	"ሁለቱም", "ሁሉ", "ሁሉም", "ሁሉንም", "ሁሌም", "ሁልጊዜ", "ሆነ", "ሆነው", "ሆኖ", "ሆኖም",
	"ሆኗል", "ለ", "ለምን", "ለዚህ", "ላይ", "ሌላ", "ሌላው", "ሌሎች", "መሆኑ", "መሆኑን",
	"መሆን", "መቼ", "መካከል", "ማለት", "ማለትም", "ማን", "ማንም", "ማንኛውም", "ምን", "ምንም",
	"ምንድነው", "ምንድን", "ምክንያቱም", "ራሱ", "ራሳቸው", "ራሴ", "ራሷ", "ሲሆን", "ሲሉ", "ሲል",
	"ስለ", "ስለሆነ", "ስለሆነም", "ስለዚህ", "ስር", "ስንት", "ቀደም", "በ", "በላይ", "በሙሉ",
	"በማለት", "በርካታ", "በስተቀር", "በተለይ", "በተለይም", "በተጨማሪ", "በታች", "በኋላ", "በኩል",
	"በዚህ", "በዚህም", "በዚያ", "በጣም", "በፊት", "ቢሆን", "ቢሆንም", "ቢያንስ", "ብለዋል",
	"ብለው", "ብሎ", "ብሎም", "ብሏል", "ብቻ", "ብዙ", "ብዙዎች", "ተናግረዋል", "ታዲያ", "ኋላ",
	"ነህ", "ነበረ", "ነበረች", "ነበረው", "ነበሩ", "ነበራቸው", "ነበር", "ነች", "ነን", "ነኝ",
	"ነዉ", "ነው", "ነዎት", "ነገር", "ናት", "ናቸው", "አሁን", "አሁንም", "አለ", "አለበት",
	"አለባቸው", "አለች", "አለን", "አለኝ", "አለው", "አሉ", "አላት", "አላቸው", "አማካኝነት",
	"አብሮ", "አንተ", "አንተን", "አንቺ", "አንዳንድ", "አንድ", "አንጻር", "አንፃር", "አይደለም",
	"አይደሉም", "አጠገብ", "እርሱ", "እርሳቸው", "እርስዎ", "እርስዎን", "እሱ", "እሱም", "እሱን",
	"እሳቸው", "እሳቸውን", "እስከ", "እሷ", "እሷን", "እነርሱ", "እነሱ", "እነሱም", "እነሱን",
	"እነዚህ", "እነዚህን", "እነዚያ", "እነዚያን", "እና", "እናንተ", "እናንተን", "እኔ", "እኔን",
	"እንኳ", "እንኳን", "እንደ", "እንደሆነ", "እንደዚህ", "እንደዚያ", "እንደገና", "እንዲሁ",
	"እንዲሁም", "እንዲህ", "እንዲሆን", "እንዲያ", "እንዴት", "እንጂ", "እንግዲህ", "እኛ", "እኛን",
	"እዚህ", "እዚያ", "እያንዳንዱ", "እጅግ", "ከ", "ከሆነ", "ከዚህ", "ከዚያ", "ከዚያም", "ወይ",
	"ወይም", "ወይንም", "ወደ", "ወዲህ", "ውስጥ", "ውጭ", "ዘንድ", "ዙሪያ", "የ", "የሆነ",
	"የሆነው", "የሆኑ", "የለም", "የለውም", "የሉም", "የላቸውም", "የሚለው", "የሚል", "የማን",
	"የራሱ", "የራሳቸው", "የራሷ", "የበለጠ", "የት", "የትኛው", "የነበረ", "የነበሩ", "የአንተ",
	"የእርስዎ", "የእሱ", "የእሳቸው", "የእሷ", "የእነሱ", "የእናንተ", "የእኔ", "የእኛ", "የዚህ",
	"የዚያ", "ያ", "ያህል", "ያለ", "ያለው", "ያለውን", "ያሉ", "ያሉት", "ያላቸው", "ያቺ",
	"ያን", "ያንን", "ይሁን", "ይሁንና", "ይሄ", "ይህ", "ይህም", "ይህች", "ይህን", "ይህንን",
	"ይሆናል", "ይሆን", "ይልቅ", "ይበልጥ", "ይችላሉ", "ይችላል", "ይኸውም", "ይገባል", "ደግሞ",
	"ድረስ", "ጀምሮ", "ገልጸዋል", "ገልፀዋል", "ገና", "ገደማ", "ጋራ", "ጋር", "ግን", "ጥቂት",
	"ጨምሮ", "ጭምር", "ፊት"
};

/* Words that cannot end a line or a heading: conjunctions, the
 * prepositions that come before their noun, and አንድ (a).  The
 * postpositions (ውስጥ, ላይ) follow their noun, so a line may end with
 * one. */
static const char dangling[][19] = {
	"ሆኖም", "ለ", "ምክንያቱም", "ስለ", "ስለዚህ", "በ", "አንድ", "እስከ", "እና", "እንደ",
	"እንዲሁም", "እንጂ", "ከ", "ወይም", "ወይንም", "ወደ", "የ", "ግን"
};

/* Abbreviations, which in a script without case never end a sentence
 * before a word of the script (an Amharic sentence ends with its verb,
 * so they seldom do): the parts of the dotted ones, ዓ.ም. (the Ethiopian
 * year), እ.ኤ.አ. (the Gregorian one), ክ.ዘ. (century), and ወዘተ. (and so
 * on), ቁ. (number).  Every part of a dotted abbreviation must be here,
 * or the splitter takes the token for a domain name. */
static const char lower_abbrevs[][10] = {
	"ም", "ቁ", "አ", "ኤ", "እ", "ክ", "ወዘተ", "ዓ", "ዘ"
};

const lang lang_am = {
	.code = "am",
	.name = "Amharic",
	.script = SCRIPT_ETHIOPIC,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 18),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 9),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};
