/*
 * gu.c - Gujarati: its word lists (see lang.h), and no stemmer.
 *
 * Gujarati joins its case endings to the noun (ઘરમાં, રામનું, શાળાએ,
 * શહેરથી), so the words that stand apart are the postpositions that
 * follow a genitive or the bare noun (માટે, સાથે, પર, ઉપર, પછી, સુધી,
 * વિશે, દ્વારા, પાસે, વચ્ચે, દરમિયાન, મુજબ, પ્રમાણે, કારણે, તરીકે ...),
 * and the endings themselves where a writer sets them after a number or
 * a name in Latin letters (2020 માં, PDF ની, thus માં થી ની નો નું).  The
 * pronouns are in the list in their written cases: the genitives agree
 * with what is possessed (-ું -ી -ો -ા: મારું મારી મારો મારા), the
 * ergative has its own form (મેં, તેણે, તેમણે), and the locative of a
 * pronoun is one word (તેમાં, એમાં, જેમાં).  With them: the
 * demonstratives આ, એ, તે and their kin (એવું, તેથી, તેમજ, તેમ), the
 * relatives in જ- and the question words in ક- (જે જેને જેનું જ્યાં
 * જ્યારે; શું કોણ કેમ ક્યાં ક્યારે કેટલું કયા કોઈ કંઈ), the
 * conjunctions (અને તથા પણ પરંતુ કે અથવા જો તો છતાં એટલે), the
 * negations (નહિ નહીં ન ના, and નથી, "is not"), the copula in its
 * persons and tenses (છે છો છું છીએ, હતો હતી હતું હતા હતાં, હશે
 * હોય), the verbs that serve as auxiliaries in their common forms (થયું
 * થાય થશે; કર્યું કરે કરવા; the passive's આવ્યું આવી આવે; the
 * progressive's રહ્યું; શકે શકાય; જોઈએ; ગયું), the quantifiers (બધું
 * દરેક કેટલાક ઘણું ખૂબ વધુ એક), common adverbs (હવે હજુ ફરી ત્યાં અહીં
 * કદાચ માત્ર ફક્ત લગભગ) and the emphatic particle જ, which stands apart.
 * Words are kept with their vowel signs, anusvara and virama as
 * written, in NFC.  No stemmer: Snowball has none for Gujarati, so each
 * word is its own stem.  Sentences end at ".", "?" and "!": Gujarati
 * writes the period, not the danda, and shortens with it the titles
 * before a name and its abbreviations, the splitter's lists below.  The
 * script has no case, so nothing after a period tells a new sentence: a
 * word of these lists never ends one before a Gujarati word.  Gujarati
 * puts its verb last, and a sentence ends with a verb (છે, હતું, થશે)
 * far more often than with an abbreviation, which is why the lists may
 * hold the names of the Latin letters though a few are words too (એ "he,
 * that", જે "which", કે "that, or", એમ "so"): a sentence seldom ends
 * with one.  શ્રી (Mr.) is mostly written without a period, and is a
 * stopword.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][25] = {
	"અંગે", "અંદર", "અથવા", "અને", "અનેક", "અન્ય", "અમને", "અમારા",
	"અમારી", "અમારું", "અમારો", "અમે", "અર્થાત્", "અહીં", "આ", "આપણા",
	"આપણી", "આપણું", "આપણે", "આપણો", "આમાં", "આવશે", "આવા", "આવી", "આવે",
	"આવ્યા", "આવ્યું", "આવ્યો", "ઉપર", "એ", "એક", "એટલે", "એણે", "એના",
	"એની", "એનું", "એને", "એનો", "એમ", "એમાં", "એવા", "એવી", "એવું", "કંઈ",
	"કઈ", "કદાચ", "કયા", "કરતાં", "કરવા", "કરવામાં", "કરવું", "કરી", "કરે",
	"કર્યા", "કર્યું", "કર્યો", "કશું", "કહ્યું", "કારણ", "કારણે", "કે",
	"કેટલા", "કેટલાક", "કેટલીક", "કેટલું", "કેમ", "કેવી", "કોઈ", "કોણ",
	"ક્યાં", "ક્યારે", "ક્યારેય", "ખૂબ", "ગઈ", "ગયા", "ગયું", "ગયો", "ઘણા",
	"ઘણી", "ઘણું", "છતાં", "છીએ", "છું", "છે", "છો", "જ", "જે", "જેઓ",
	"જેણે", "જેથી", "જેના", "જેની", "જેનું", "જેને", "જેનો", "જેમ",
	"જેમણે", "જેમાં", "જેવા", "જેવી", "જેવું", "જો", "જોઈએ", "જોકે",
	"જ્યાં", "જ્યારે", "તથા", "તમને", "તમારા", "તમારી", "તમારું", "તમારો",
	"તમે", "તરફ", "તરીકે", "તું", "તે", "તેઓ", "તેણે", "તેથી", "તેના",
	"તેની", "તેનું", "તેને", "તેનો", "તેમ", "તેમજ", "તેમણે", "તેમના",
	"તેમની", "તેમનું", "તેમને", "તેમનો", "તેમાં", "તેવા", "તેવી", "તો",
	"ત્યાં", "ત્યારબાદ", "ત્યારે", "થઈ", "થતા", "થતી", "થતું", "થયા",
	"થયું", "થયેલ", "થયો", "થશે", "થાય", "થી", "દરમિયાન", "દરેક", "દ્વારા",
	"ન", "નથી", "નહિ", "નહીં", "ના", "ની", "નીચે", "નું", "ને", "નો",
	"પછી", "પણ", "પર", "પરંતુ", "પહેલાં", "પાસે", "પોતાના", "પોતાની",
	"પોતાનું", "પોતાનો", "પોતે", "પ્રમાણે", "ફક્ત", "ફરી", "બધા", "બધી",
	"બધું", "બહાર", "બહુ", "બાદ", "મને", "માં", "માટે", "માત્ર", "મારા",
	"મારી", "મારું", "મારો", "મુજબ", "મેં", "રહી", "રહે", "રહ્યા",
	"રહ્યું", "રહ્યો", "રીતે", "લગભગ", "વગર", "વગેરે", "વચ્ચે", "વધુ",
	"વિના", "વિશે", "શકાય", "શકે", "શું", "શ્રી", "સાથે", "સુધી", "હંમેશા",
	"હજુ", "હતા", "હતાં", "હતી", "હતું", "હતો", "હવે", "હશે", "હું", "હોય"
};

/* Titles written with a period before a name: ડૉ. (doctor, and the ડો.
 * of many writers), પ્રો. (professor), શ્રી. (Mr., where a writer gives it
 * a period), કુ. (an unmarried woman) and સ્વ. (the late). */
static const char titles[][13] = {
	"કુ", "ડૉ", "ડો", "પ્રો", "શ્રી", "સ્વ"
};

/* Abbreviations, which never end a sentence before a Gujarati word (see
 * above): ઈ.સ. (AD) and ઈ.સ.પૂ. (BC), વિ.સં. (of the Vikram era), દા.ત.
 * (for example), કિ.મી. (kilometre), તા. (dated, and taluka in an
 * address), જિ. (district), રૂ. (rupees), નં. (number), મ્યુ. (municipal:
 * મ્યુ. કમિશનર), પૂ. (revered: પૂ. બાપુ; and the BC of ઈ.સ.પૂ.); and the
 * names of the Latin letters, the initials of a name (એ. આર. રહેમાન) and
 * the parts of a dotted acronym (એ.એમ.ટી.એસ.).  A part of a dotted
 * abbreviation must be in the list, or the splitter takes the token for
 * a domain name: hence સ and ત alone.  W is written both ડબલ્યુ and
 * ડબ્લ્યુ. */
static const char lower_abbrevs[][22] = {
	"આઈ", "આર", "ઈ", "એ", "એક્સ", "એચ", "એન", "એફ", "એમ", "એલ", "એસ", "ઓ",
	"કિ", "કે", "ક્યુ", "જિ", "જી", "જે", "ઝેડ", "ટી", "ડબલ્યુ", "ડબ્લ્યુ",
	"ડી", "ત", "તા", "દા", "નં", "પી", "પૂ", "બી", "મી", "મ્યુ", "યુ", "રૂ",
	"વાય", "વિ", "વી", "સ", "સં", "સી"
};

/* The relative જે in its cases (જેને જેનું જેણે જેમાં ...) and the
 * plural જેઓ: a remark in brackets that opens with one belongs to the
 * sentence before. */
static const char relatives[][16] = {
	"જે", "જેઓ", "જેણે", "જેના", "જેની", "જેનું", "જેને", "જેનો", "જેમણે",
	"જેમાં"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * demonstratives, quantifiers and possessives that come before their
 * noun.  Postpositions follow their noun, so a line may end with one. */
static const char dangling[][22] = {
	"અથવા", "અને", "અમારા", "અમારી", "અમારું", "અમારો", "અર્થાત્", "આ",
	"આપણા", "આપણી", "આપણું", "આપણો", "એ", "એક", "એટલે", "કારણ", "કે",
	"કોઈ", "જે", "જો", "તથા", "તમારા", "તમારી", "તમારું", "તમારો", "તે",
	"તેના", "તેની", "તેનું", "તેનો", "તેમના", "તેમની", "તેમનું", "તેમનો",
	"દરેક", "ને", "પણ", "પરંતુ", "પોતાના", "પોતાની", "પોતાનું", "પોતાનો",
	"મારા", "મારી", "મારું", "મારો"
};

const lang lang_gu = {
	.code = "gu",
	.name = "Gujarati",
	.script = SCRIPT_GUJARATI,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 24),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 15),
	.dangling = WORD_LIST(dangling, 21),
	.stem = NULL,	/* none: each word is its own stem */
};
