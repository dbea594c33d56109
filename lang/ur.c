/*
 * ur.c - Urdu: its word lists (see lang.h), and no stemmer.
 *
 * Urdu is written in the Arabic script, in the Nastaliq hand, with the
 * letters Persian adds (پ چ ژ گ, ی U+06CC, ک U+06A9) and its own: the
 * retroflex ٹ ڈ ڑ, the noon ghunna ں (U+06BA) of a nasal vowel, the
 * heh goal ہ (U+06C1) where Persian and Arabic write ه, the do-chashmi
 * heh ھ (U+06BE) of the aspirates (تھا, بھی, پھر) and the yeh barree ے
 * (U+06D2) that ends so many words (کے, ہے, سے).  These keep its
 * function words apart from Persian's even where the word is the same:
 * کہ and بلکہ, not که and بلکه.  Its grammar is Hindi's: no articles
 * (ایک, one, serves as the indefinite one), nouns followed by their
 * postpositions (کا کی کے of, agreeing with what is owned; کو, سے,
 * میں, پر, تک; نے, the mark of the agent of a past verb) and the
 * compound ones made with کے (کے لیے, کے بعد, کے ساتھ, کے بارے میں,
 * کی طرف), and verbs whose tense, aspect and mood are carried by
 * auxiliaries after the stem that agree in gender and number: the
 * copula ہے ہیں تھا تھی تھے, the future's گا گی گے, the progressive
 * رہا, the abilitative سکنا, the completive چکنا, the passive جانا,
 * and the light verbs کرنا, ہونا, دینا, لینا in their common forms.
 * With no stemmer each word is its own stem, so those forms are listed
 * one by one, as are the pronouns in their direct, oblique, object and
 * possessive forms (وہ اس اسے انہیں انہوں, میرا میری میرے...), the
 * relatives and question words of the j- and k- series (جو جس جسے,
 * کون کس کیا کب کیوں...), the conjunctions (اور, یا, لیکن, مگر, کہ,
 * اگر, تو, کیونکہ, بلکہ, چنانچہ), negation (نہیں, نہ, مت), and
 * common quantifiers and adverbs (سب, کچھ, بہت, ہر, بھی, ہی, صرف,
 * پھر), and کہا, "said", as English lists "said".  Where two spellings
 * are both in common use, both are listed: لیے and لئے, چاہیے and
 * چاہئے, انہیں and انھیں.  The words are in Urdu spelling: a text
 * typed with Arabic's ي ك or Persian's ه for ہ has words of another
 * spelling, which the lists do not hold.  The vowel marks and the
 * superscript alef are left out of a word's key (لہٰذا is لہذا).
 * Urdu writes no abbreviations with a period, so the splitter has no
 * lists of them, only the relatives; its full stop ۔ (U+06D4) and its
 * question mark ؟ end a sentence as . and ? do, in every language.
 * Its catalogues here are a few menu labels (89 trigrams): its
 * detection profile is mostly its stopwords (see lang/mkngrams.py).
 */
#include "lang.h"

/* Function words in Urdu spelling, every form as it is written (the
 * words are their own stems), sorted in strcmp() (byte) order. */
static const char stopwords[][15] = {
	"آپ", "اب", "ابھی", "اتنا", "اتنی", "اتنے", "اس", "اسی", "اسے",
	"البتہ", "ان", "اندر", "انھوں", "انھیں", "انہوں", "انہی",
	"انہیں", "اور", "اوپر", "اپنا", "اپنی", "اپنے", "اکثر", "اگر",
	"اگرچہ", "ایسا", "ایسی", "ایسے", "ایک", "بارے", "بالکل",
	"باہر", "بجائے", "بس", "بعد", "بعض", "بغیر", "بلکہ", "بھی",
	"بہت", "تاکہ", "تاہم", "تب", "تحت", "تقریبا", "تم", "تمام",
	"تمھیں", "تمہارا", "تمہاری", "تمہارے", "تمہیں", "تو", "تک",
	"تھا", "تھی", "تھیں", "تھے", "جا", "جائیں", "جائے", "جاتا",
	"جاتی", "جاتے", "جانا", "جانے", "جب", "جبکہ", "جتنا", "جتنی",
	"جتنے", "جس", "جسے", "جن", "جنہوں", "جنہیں", "جو", "جہاں",
	"جیسا", "جیسی", "جیسے", "حالانکہ", "حتی", "خلاف", "خود",
	"درمیان", "دوران", "دوسرا", "دوسری", "دوسرے", "دونوں", "دی",
	"دیئے", "دیا", "دیتا", "دیتی", "دیتے", "دیے", "ذریعے", "رہا",
	"رہی", "رہے", "زیادہ", "ساتھ", "سارا", "ساری", "سارے", "سامنے",
	"سب", "سبھی", "سوا", "سکا", "سکتا", "سکتی", "سکتے", "سکی",
	"سکے", "سے", "شاید", "صرف", "ضرور", "طرح", "طرف", "علاوہ",
	"قریب", "لئے", "لہذا", "لی", "لیا", "لیکن", "لیے", "مت", "مجھ",
	"مجھے", "مزید", "مطابق", "مگر", "میرا", "میری", "میرے", "میں",
	"نہ", "نہیں", "نیز", "نیچے", "نے", "و", "والا", "والوں",
	"والی", "والے", "ورنہ", "وغیرہ", "وہ", "وہاں", "وہی", "ویسے",
	"پاس", "پر", "پھر", "پہلے", "پیچھے", "چاہئے", "چاہیے", "چاہے",
	"چنانچہ", "چند", "چونکہ", "چکا", "چکی", "چکے", "کئی", "کئے",
	"کا", "کب", "کبھی", "کتنا", "کتنی", "کتنے", "کر", "کرتا",
	"کرتی", "کرتے", "کرنا", "کرنے", "کرکے", "کریں", "کرے", "کس",
	"کسی", "کسے", "کم", "کن", "کو", "کوئی", "کون", "کچھ", "کہ",
	"کہا", "کہاں", "کی", "کیا", "کیسا", "کیسی", "کیسے", "کیونکہ",
	"کیوں", "کیے", "کے", "گئی", "گئے", "گا", "گی", "گیا", "گے",
	"ہاں", "ہر", "ہم", "ہمارا", "ہماری", "ہمارے", "ہمیشہ", "ہمیں",
	"ہو", "ہوئی", "ہوئے", "ہوا", "ہوتا", "ہوتی", "ہوتے", "ہونا",
	"ہونے", "ہوگا", "ہوگی", "ہوں", "ہی", "ہیں", "ہے", "یا", "یعنی",
	"یوں", "یہ", "یہاں", "یہی"
};

/* The relative pronoun جو and the forms of جس and جن: Urdu writes
 * their postpositions apart (جس کا, جن میں). */
static const char relatives[][11] = {
	"جس", "جسے", "جن", "جنہوں", "جنہیں", "جو"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * genitive کا کی کے, which come before the noun they join. */
static const char dangling[][15] = {
	"اور", "اگر", "اگرچہ", "بلکہ", "تاکہ", "جبکہ", "حالانکہ",
	"لیکن", "مگر", "و", "ورنہ", "چنانچہ", "چونکہ", "کا", "کہ",
	"کی", "کیونکہ", "کے", "یا"
};

/* The names of the Latin letters, written with Urdu's full stop ۔ as
 * the initials of a name or the parts of a degree (ڈاکٹر اے۔ کیو۔ خان,
 * ایم۔ اے): an Urdu sentence ends with its verb, never with one of
 * them, and in a script without case nothing after them would tell. */
static const char lower_abbrevs[][11] = {
	"آئی", "آر", "او", "ای", "ایس", "ایف", "ایل", "ایم", "این", "ایچ",
	"ایکس", "اے", "بی", "جی", "جے", "زیڈ", "سی", "وائی", "وی", "ٹی", "پی",
	"ڈبلیو", "ڈی", "کیو", "کے", "یو"
};

/* Words that join what follows them to what came before (but, and, or):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][9] = {
	"اور", "لیکن", "مگر", "یا"
};

const lang lang_ur = {
	.code = "ur",
	.name = "Urdu",
	.script = SCRIPT_ARABIC,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 14),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 10),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 8),
	.relatives = WORD_LIST(relatives, 10),
	.dangling = WORD_LIST(dangling, 14),
	.stem = NULL,	/* none: each word is its own stem */
};
