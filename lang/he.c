/*
 * he.c - Hebrew: its word lists (see lang.h), and no stemmer.
 *
 * Hebrew writes the article and the short prepositions and conjunctions
 * as prefixes (ה, ב, ל, מ, כ, ו, ש) joined to the next word, so "והבית"
 * is one word: such words are content words and cannot be listed.  The
 * stopwords are the free-standing function words, in unpointed script:
 * personal pronouns, the object, dative, possessive and prepositional
 * forms that carry a pronoun suffix (אותו, לו, שלו, בו, ממנו, עליו,
 * אליו, איתו), demonstratives, question words, the longer prepositions
 * and conjunctions, the forms of היה and the modals, negation (לא, אין,
 * אינו) and common adverbs and quantifiers.  Abbreviations are written
 * with a geresh or gershayim rather than a period, and possessives
 * follow their noun, so there are no titles, abbreviations or
 * possessives among the words that cannot end a line.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][15] = {
	"אבל", "אהיה", "או", "אודות", "אולי", "אולם", "אותה", "אותו", "אותי",
	"אותך", "אותם", "אותן", "אותנו", "אז", "אחד", "אחר", "אחרות", "אחרי",
	"אחרים", "אחרת", "אחת", "איזה", "איזו", "איך", "אילו", "אין", "אינה",
	"אינו", "איני", "אינם", "אינן", "אינני", "איפה", "איתה", "איתו",
	"איתי", "איתך", "איתכם", "איתם", "איתן", "איתנו", "אך", "אכן", "אל",
	"אלא", "אלה", "אלו", "אלי", "אליה", "אליהם", "אליהן", "אליו", "אליך",
	"אליכם", "אלינו", "אם", "אנו", "אנחנו", "אני", "אף", "אפילו", "אפשר",
	"אצל", "אשר", "את", "אתה", "אתכם", "אתכן", "אתם", "אתמול", "אתן",
	"באמצעות", "באמת", "בגלל", "בה", "בהם", "בהן", "בו", "בזכות", "בי",
	"ביותר", "ביחד", "בין", "בך", "בכם", "בכן", "בלבד", "בלי", "במקום",
	"בנו", "בעד", "בעוד", "בעצם", "בקרב", "בשביל", "בתוך", "גם", "די",
	"דרך", "האם", "ההוא", "ההיא", "ההם", "ההן", "הוא", "היא", "היה",
	"היו", "היום", "היות", "היינו", "היית", "הייתה", "הייתי", "הייתם",
	"היכן", "הכול", "הכל", "הם", "הן", "הרבה", "זאת", "זה", "זו", "חייב",
	"חייבים", "חייבת", "יהיה", "יהיו", "יותר", "יחד", "יכול", "יכולה",
	"יכולות", "יכולים", "יש", "כאילו", "כאלה", "כאן", "כאשר", "כבר",
	"כדי", "כולה", "כולו", "כולם", "כולן", "כזאת", "כזה", "כזו", "כי",
	"כך", "ככה", "כל", "כלום", "כלומר", "כלפי", "כמה", "כמו", "כמעט",
	"כן", "כנראה", "כעת", "לא", "לאן", "לגבי", "לה", "להיות", "להם",
	"להן", "לו", "לי", "ליד", "לך", "לכם", "לכן", "ללא", "למה", "למען",
	"למרות", "לנו", "לעבר", "לעולם", "לפי", "לפיכך", "לפני", "לפעמים",
	"לקראת", "מאד", "מאוד", "מאז", "מאין", "מאיפה", "מדוע", "מה", "מהם",
	"מהן", "מול", "מחר", "מי", "מישהו", "מכם", "ממך", "ממנה", "ממנו",
	"ממני", "ממש", "מן", "מעט", "מעל", "מפני", "משהו", "משום", "מתוך",
	"מתחת", "מתי", "נגד", "נהיה", "ניתן", "סביב", "עבור", "עד", "עדיין",
	"עוד", "עכשיו", "על", "עלול", "עלי", "עליה", "עליהם", "עליהן", "עליו",
	"עליך", "עליכם", "עלינו", "עם", "עמה", "עמו", "עמם", "עצמה", "עצמו",
	"עצמי", "עצמך", "עצמכם", "עצמם", "עצמן", "עצמנו", "עשוי", "פה",
	"פחות", "פעם", "צריך", "צריכה", "צריכות", "צריכים", "קצת", "רוצה",
	"רוצים", "רק", "שבה", "שבהם", "שבהן", "שבו", "שוב", "שום", "של",
	"שלה", "שלהם", "שלהן", "שלו", "שלי", "שלך", "שלכם", "שלכן", "שלנו",
	"שם", "תהיה", "תחת", "תמיד"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][9] = {
	"אשר", "שבה", "שבהם", "שבהן", "שבו"
};

/* Verbs of saying, which open the attribution after a quotation.
 * Folded, sorted. */
static const char said[][13] = {
	"אמר", "אמרה", "הוסיף", "הוסיפה", "לחש", "לחשה", "ענה", "ענתה",
	"צעק", "צעקה", "שאל", "שאלה"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][11] = {
	"אבל", "או", "אולם", "אחרי", "אך", "אל", "אלא", "אם", "אצל", "אשר",
	"את", "בגלל", "בין", "בלי", "בשביל", "בתוך", "דרך", "כאשר", "כדי",
	"כי", "כלפי", "לגבי", "ליד", "ללא", "למען", "למרות", "לפי", "לפני",
	"מול", "מן", "מעל", "מתוך", "מתחת", "נגד", "עבור", "עד", "על", "עם",
	"של", "תחת"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][11] = {
	"בברכה"
};

/* Words that join what follows them to what came before (but, or, and then):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][9] = {
	"אבל", "או", "אולם", "אך", "ואז"
};

const lang lang_he = {
	.code = "he",
	.name = "Hebrew",
	.script = SCRIPT_HEBREW,
	.stopwords = WORD_LIST(stopwords, 14),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 8),
	.relatives = WORD_LIST(relatives, 8),
	.said = WORD_LIST(said, 12),
	.dangling = WORD_LIST(dangling, 10),
	.closings = WORD_LIST(closings, 10),
	.stem = NULL,	/* none: each word is its own stem */
};
