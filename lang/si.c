/*
 * si.c - Sinhala: its word lists (see lang.h), and no stemmer.
 *
 * Sinhala is written in its own abugida, without case, with spaces
 * between its words; a sentence ends at ".", "?" or "!" (the
 * kunddaliya ෴ of old books is gone from prose).  Its writing is
 * diglossic: books, newspapers and the state write the literary
 * language, whose verb agrees with its subject (ඔහු යයි, ඔවුහු යති;
 * ඔහු ගියේය, ඔවුහු ගියහ), and the spoken one, which says යනවා and
 * ගියා for every person, comes in with dialogue and the web.  The
 * lists hold the literary forms, and the few spoken ones that prose
 * uses as well (අපි, නැහැ).  With no stemmer each word is its own
 * stem, and every form is listed as it is written:
 *
 *  - A noun takes its case as an ending (-ට dative, -ගේ and -ේ
 *    genitive, -ගෙන් and -ින් ablative, -හි and -ේ locative), a part
 *    of the word, so the pronouns are here in the cases a text uses
 *    most: මම මා මට මගේ, අපි අප අපට අපේ, ඔබ ඔබට ඔබේ, ඔහු ඔහුට
 *    ඔහුගේ, ඇය ඇයට ඇගේ, ඔවුහු ඔවුන් ඔවුන්ට ඔවුන්ගේ, එය එයට එයින්
 *    එහි, and the reflexive තමා, තමන්, තම.
 *  - The postpositions govern a case and are words of their own,
 *    written apart: සඳහා, විසින්, සමඟ (and සමග), ගැන, තුළ, පිළිබඳ,
 *    දක්වා, සිට, මගින් (and මඟින්), වෙත, හරහා, අතර, අනුව, නිසා,
 *    වෙනුවෙන්, ලෙස, වැනි; so is the දී of place and time in today's
 *    style (1978 දී).
 *  - The verb closes the clause.  The lists hold the literary copulas
 *    and auxiliaries (වේ, වෙයි, වෙති, විය, වූ, වූහ, වන, ඇත, ඇති,
 *    තිබේ, තිබුණි, සිටී, සිටියහ) and their negations (නැත, නැති,
 *    නොවේ, නොමැත), the light verb කරයි with its participles (කරන,
 *    කළ, කර, කොට, කිරීමට), the passive's ලද, ලදී, ලබයි, ලැබේ (කරන
 *    ලදී), the modals හැක, හැකි, යුතු, and the verbs that close
 *    reported speech (කීය, පැවසීය, කියා, යැයි).
 *  - The demonstratives of "this" and "that" (මේ, මෙම, මෙය, මෙහි,
 *    මෙසේ; ඒ, එම, එය, එහි, එසේ), question words and the indefinites
 *    made of them (කවුද, කුමක්, කිසිවක්, යම්), and quantifiers (සියලු,
 *    සෑම, ඇතැම්, බොහෝ).
 *  - Conjunctions (හා, සහ, හෝ, නමුත්, එහෙත්, එබැවින්, එනම්, වුවද) and
 *    particles: බව, the "that" of a reported clause; the emphatic ය,
 *    and ද of "also" and of questions, which today's style writes
 *    apart (ඔහු ද පැමිණියේ ය) and older style joins to the word before
 *    (ඔහුද පැමිණියේය), making words of their own that are not listed,
 *    but for the question words written so always (කවුද, කුමක්ද).
 *  - The honorifics that news gives anyone in office (එතුමා, එතුමිය;
 *    උන්වහන්සේ for a monk) and the titles that follow a name (මහතා,
 *    මහත්මිය): they stand by every name in a story and are never what
 *    it is about.
 *
 * A word's key keeps the zero-width joiner of the rakaransaya and the
 * yansaya (ශ්‍රී, ක්‍රියා, අවශ්‍ය), which writers put in, for without
 * it the virama shows; the vowel signs written in two parts (ේ ො ෝ ෞ)
 * are one code point each in NFC, as the lists are.  A letter is three
 * bytes of UTF-8, and a list's width is counted in bytes.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][34] = {
	"අතර", "අතරතුර", "අනතුරුව", "අන්", "අන්‍ය", "අනුව", "අනෙක්",
	"අනෙකුත්", "අප", "අපගේ", "අපට", "අපි", "අපේ", "අය", "අවශ්‍ය", "අසල",
	"ආදිය", "ආදී", "ඇගේ", "ඇත", "ඇතත්", "ඇත්තේ", "ඇතැම්", "ඇති",
	"ඇතුළත", "ඇතුළු", "ඇය", "ඇයට", "ඇයි", "ඈ", "ඉතා", "ඉතාමත්", "ඉන්",
	"ඉන්පසු", "ඉහත", "උදෙසා", "උන්වහන්සේ", "එකම", "එක්", "එකී", "එතරම්",
	"එතුමා", "එතුමිය", "එතෙක්", "එනම්", "එනමුත්", "එනිසා", "එබැවින්",
	"එම", "එමනිසා", "එමෙන්ම", "එය", "එයට", "එයින්", "එරෙහිව", "එලෙස",
	"එවන්", "එවැනි", "එවිට", "එසේ", "එසේම", "එහි", "එහිදී", "එහෙත්",
	"එහෙයින්", "ඒ", "ඒවා", "ඔබ", "ඔබගේ", "ඔබට", "ඔබේ", "ඔවුන්",
	"ඔවුන්ගේ", "ඔවුන්ට", "ඔවුහු", "ඔස්සේ", "ඔහු", "ඔහුගේ", "ඔහුට",
	"ඕනෑම", "කර", "කරති", "කරන", "කරන්නේ", "කරනු", "කරමින්", "කරයි",
	"කරා", "කලින්", "කවදා", "කවර", "කවුද", "කළ", "කළහ", "කළේ", "කියන",
	"කියා", "කිරීම", "කිරීමට", "කිසි", "කිසිදු", "කිසිම", "කිසියම්",
	"කිසිවක්", "කිසිවෙක්", "කිහිපයක්", "කීය", "කුමක්", "කුමක්ද", "කුමන",
	"කෙනෙක්", "කෙසේ", "කොට", "කොතැන", "කොපමණ", "කොහේ", "ගැන", "තම",
	"තමන්", "තමන්ගේ", "තමා", "තමාගේ", "තරම්", "තවත්", "තවද", "තවමත්",
	"තිබිණි", "තිබුණි", "තිබූ", "තිබෙන", "තිබෙන්නේ", "තිබේ", "තුළ",
	"තුළින්", "තෙක්", "ද", "දක්වා", "දැනට", "දැන්", "දී", "දෙනා", "දෙස",
	"නම්", "නමැති", "නමුත්", "නැත", "නැතහොත්", "නැත්නම්", "නැති",
	"නැතිනම්", "නැතිව", "නැවත", "නැහැ", "නිසා", "නොමැත", "නොමැති",
	"නොමැතිව", "නොව", "නොවන", "නොවූ", "නොවේ", "නොහැක", "නොහැකි",
	"නොහොත්", "පමණ", "පමණක්", "පමණි", "පරිදි", "පවසයි", "පවා", "පසු",
	"පසුගිය", "පසුව", "පහත", "පැවසීය", "පිණිස", "පිළිබඳ", "පිළිබඳව",
	"පෙර", "බව", "බවට", "බවත්", "බැවින්", "බොහෝ", "මක්නිසාද", "මගින්",
	"මගේ", "මඟින්", "මට", "මත", "මන්ද", "මම", "මහත්මිය", "මහතා", "මා",
	"මාගේ", "මෙතරම්", "මෙතෙක්", "මෙන්", "මෙන්ම", "මෙම", "මෙය", "මෙයට",
	"මෙයින්", "මෙලෙස", "මෙවන්", "මෙවැනි", "මෙසේ", "මෙහි", "මෙහිදී",
	"මේ", "මේවා", "ය", "යටතේ", "යන", "යනාදී", "යනු", "යනුවෙන්", "යමක්",
	"යම්", "යම්කිසි", "යයි", "යැයි", "යි", "යුතු", "යුතුය", "ලද", "ලදී",
	"ලබයි", "ලබා", "ලැබේ", "ලෙස", "ලෙසින්", "වඩා", "වඩාත්", "වත්", "වන",
	"වන්නේ", "වනු", "වශයෙන්", "වැනි", "විට", "විය", "විසින්", "වී",
	"වීම", "වීමට", "වුවත්", "වුවද", "වුවහොත්", "වූ", "වූයේ", "වූහ",
	"වෙත", "වෙතත්", "වෙති", "වෙනත්", "වෙනුවට", "වෙනුවෙන්", "වෙයි", "වේ",
	"සඳහා", "සමග", "සමඟ", "සමහර", "සම්බන්ධයෙන්", "සහ", "සහිත", "ස්වකීය",
	"සැම", "සෑම", "සිට", "සිටි", "සිටිති", "සිටින", "සිටියහ", "සිටියේ",
	"සිටී", "සියල්ල", "සියලු", "සියලුම", "සෙසු", "සේ", "හරහා", "හා",
	"හැක", "හැකි", "හැකිය", "හැම", "හැර", "හුදෙක්", "හෙතෙම", "හෙයින්",
	"හෙවත්", "හේතුවෙන්", "හෝ", "ළඟ"
};


/* Abbreviations, which no case tells from a sentence's end, so these
 * never end one before a Sinhala word that is no function word: රු.
 * (rupees, before an amount); the names of the Latin letters, the
 * initials of most names (ජේ.ආර්. ජයවර්ධන, ඩී. එස්. සේනානායක); and
 * the parts longer than a letter of the dotted ones: ක්‍රි.පූ. and
 * ක්‍රි.ව. (BC, AD), බු.ව. (the Buddhist era), පෙ.ව. and ප.ව. (a.m.,
 * p.m.), අ.පො.ස. (the G.C.E. examinations) and the parties' (එ.ජා.ප.,
 * ශ්‍රී.ල.නි.ප., ජ.වි.පෙ., ශ්‍රී.ල.පො.පෙ.).  A part of one character
 * (ප, ව, ස) makes no domain name and needs no place here; a longer one
 * that is not here does, and the period after it ends a sentence.  Of
 * කි.මී. (kilometre), කි is left out: it is also the copula written
 * apart after a number (වයස 45 කි.), which ends many a sentence. */
static const char lower_abbrevs[][22] = {
	"අයි", "ආර්", "ඉසෙඩ්", "ඊ", "එක්ස්", "එච්", "එන්", "එම්", "එල්",
	"එස්", "එෆ්", "ඒ", "ඕ", "ක්‍රි", "කිව්", "කේ", "ජා", "ජී", "ජේ",
	"ටී", "ඩබ්ලිව්", "ඩී", "නි", "පී", "පූ", "පෙ", "පො", "බී", "බු",
	"යූ", "රු", "වයි", "වි", "වී", "ශ්‍රී", "සී"
};

/* Words that cannot end a line or a heading: the conjunctions that open
 * what they join (හා, සහ, හෝ, නමුත්, එබැවින්), the demonstratives and
 * determiners before a noun (මෙම, එම, එවැනි, සියලු, සෑම, කිසිදු, තම),
 * the adverbs of degree before an adjective (ඉතා, වඩාත්), the words
 * that tie a noun to the noun after it (ඇතුළු, සහිත, නමැති, යන, යනු),
 * and the endings of a clause that needs the main clause after it
 * (වුවද, වුවත්, බැවින්, හෙයින්).  The postpositions follow their noun,
 * and a heading may end with one (ශ්‍රී ලංකාව ගැන). */
static const char dangling[][25] = {
	"අනෙක්", "අනෙකුත්", "ඇතැම්", "ඇතුළු", "ඉතා", "ඉතාමත්", "එක්", "එකී",
	"එනම්", "එනමුත්", "එනිසා", "එබඳු", "එබැවින්", "එම", "එමනිසා",
	"එමෙන්ම", "එවන්", "එවැනි", "එහෙත්", "එහෙයින්", "ඒ", "කවර", "කිසිදු",
	"කිසිම", "කිසියම්", "කුමන", "තම", "තවද", "නමැති", "නමුත්",
	"නැතහොත්", "නොහොත්", "බැවින්", "බොහෝ", "මක්නිසාද", "මන්ද", "මෙබඳු",
	"මෙම", "මෙවන්", "මෙවැනි", "මේ", "යන", "යනු", "යම්", "යම්කිසි",
	"වඩාත්", "වුවත්", "වුවද", "වෙනත්", "සමහර", "සහ", "සහිත", "ස්වකීය",
	"සැම", "සෑම", "සියලු", "සියලුම", "සෙසු", "හා", "හැම", "හෙයින්",
	"හෙවත්", "හෝ"
};

const lang lang_si = {
	.code = "si",
	.name = "Sinhala",
	.script = SCRIPT_SINHALA,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 33),
	.titles = NO_WORDS,            /* its own are written in full (ආචාර්ය,
	                                  ගරු), and the English Dr. in Latin
	                                  letters is read as English's */
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 24),
	.stem = NULL,	/* none: each word is its own stem */
};
