/*
 * bn.c - Bengali (Bangla): its word lists (see lang.h), and no stemmer.
 *
 * Bengali marks case with endings joined to the noun (-er, -ke, -e,
 * -te: বাড়ির, বাড়িকে, বাড়িতে) and its classifiers too (-টি, -টা,
 * -গুলো), so the words that stand apart are few and very frequent:
 * the postpositions after a noun in the genitive or the objective
 * (জন্য, থেকে, দিয়ে, সঙ্গে, সাথে, মধ্যে, কাছে, উপর, পর্যন্ত,
 * মাধ্যমে ...), the conjunctions (এবং, ও, আর, কিন্তু, অথবা, বা, যদি,
 * তবে, তাই, কারণ ...), the personal pronouns in the cases written as
 * words of their own (আমি আমার আমাকে আমরা আমাদের, তুমি, আপনি, সে তার
 * তাকে তারা তাদের, and the honorific তিনি তাঁর তাঁকে তাঁরা), the
 * demonstratives (এই, ওই, ঐ, সেই, এটা, এটি, সেটা ...), the relatives in
 * য- and the question words in ক- (যে যা যার, কে কী কেন কোথায় কখন
 * ...), the copula and the auxiliaries in their common persons and
 * tenses (হয়, হয়েছে, হবে, ছিল, আছে, রয়েছে, নেই, নয়, and করা, যাওয়া,
 * পারা where a verb leans on them: করে, করেছে, যায়, পারে ...), and the
 * quantifiers, adverbs and standalone particles (সব, কিছু, অনেক, খুব,
 * আরও, শুধু, এখন, তখন, ই ...).  The emphatic -ই and -ও are enclitics,
 * part of the word they follow, and only the standalone forms are
 * listed.  Both spellings are listed where writers vary (কি কী, কোন
 * কোনো কোনও, আরও আরো, উপর ওপর, মত মতো, হল হলো).  Words are kept with
 * their vowel signs and virama, as written, in NFC: য়, ড় and ঢ় are
 * the letter and the nukta (U+09BC), which NFC does not compose.
 * No stemmer: Snowball has none for Bengali, so each word is its own
 * stem.  Sentences end at the danda । (U+0964, of the Devanagari block,
 * which the splitter reads in any script), "?" and "!", and in informal
 * writing at a Latin period, which formal prose keeps for abbreviations
 * and decimals.  Those abbreviations are the splitter's lists below:
 * the titles the press writes before a name, and the abbreviations and
 * initials written with a period.  The script has no case, so nothing
 * after one tells a new sentence: a word of these lists never ends one
 * before a Bengali word, and a danda after it (খ্রি.।) still does.
 * Many writers put the visarga for the period (মোঃ, ডাঃ, খ্রিঃ); that
 * is a letter, and no stop.  Assamese, written in the same script, is
 * read as Bengali.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][25] = {
	"অতএব", "অথবা", "অনুযায়ী", "অনেক", "অনেকে", "অন্য", "অন্যান্য",
	"অবশ্য", "অবশ্যই", "অর্থাৎ", "আগে", "আছে", "আছেন", "আপনাকে", "আপনাদের",
	"আপনার", "আপনারা", "আপনি", "আবার", "আমরা", "আমাকে", "আমাদের", "আমার",
	"আমি", "আর", "আরও", "আরো", "ই", "ইতিমধ্যে", "উচিত", "উনি", "উপর",
	"উপরে", "এ", "এই", "এক", "একটা", "একটি", "একটু", "একে", "এখন", "এখনও",
	"এখনো", "এখানে", "এগুলো", "এছাড়া", "এছাড়াও", "এটা", "এটি", "এদের",
	"এবং", "এমন", "এমনকি", "এর", "এরপর", "এরা", "ঐ", "ও", "ওই", "ওকে",
	"ওখানে", "ওটা", "ওদের", "ওপর", "ওপরে", "ওর", "ওরা", "কখন", "কখনও",
	"কখনো", "কত", "কয়েকটি", "করছে", "করছেন", "করতে", "করবে", "করবেন",
	"করল", "করলেন", "করা", "করার", "করে", "করেছিল", "করেছে", "করেছেন",
	"করেন", "কাকে", "কাছ", "কাছে", "কাদের", "কার", "কারণ", "কারণে", "কারা",
	"কি", "কিংবা", "কিছু", "কিন্তু", "কিভাবে", "কী", "কীভাবে", "কে", "কেউ",
	"কেন", "কেননা", "কেবল", "কেমন", "কোথায়", "কোন", "কোনও", "কোনো", "খুব",
	"গিয়ে", "গেছে", "চেয়ে", "ছাড়া", "ছিল", "ছিলেন", "জন্য", "জন্যে",
	"তখন", "তত", "তথা", "তবু", "তবুও", "তবে", "তা", "তাঁকে", "তাঁদের",
	"তাঁর", "তাঁরা", "তাই", "তাকে", "তাদের", "তার", "তারপর", "তারা",
	"তাহলে", "তিনি", "তুমি", "তেমন", "তো", "তোমাকে", "তোমার", "থেকে",
	"দিকে", "দিয়ে", "দ্বারা", "ধরে", "নন", "নয়", "না", "নাকি", "নি",
	"নিচে", "নিজে", "নিজেকে", "নিজেদের", "নিজের", "নিয়ে", "নীচে", "নেই",
	"পর", "পরে", "পর্যন্ত", "পারবে", "পারে", "পারেন", "প্রতি", "প্রতিটি",
	"প্রত্যেক", "প্রায়", "ফলে", "বরং", "বলে", "বলেছেন", "বলেন", "বা",
	"বাইরে", "বিনা", "বিভিন্ন", "বিষয়ে", "বেশ", "বেশি", "ভিতরে", "ভেতরে",
	"মত", "মতো", "মধ্যে", "মাত্র", "মাধ্যমে", "যখন", "যত", "যদি", "যদিও",
	"যা", "যাঁর", "যাকে", "যাতে", "যাদের", "যাবে", "যায়", "যার", "যারা",
	"যিনি", "যে", "যেখানে", "যেটা", "যেটি", "যেন", "যেমন", "যেহেতু",
	"রয়েছে", "রয়েছেন", "শুধু", "সকল", "সঙ্গে", "সব", "সবসময়", "সবাই",
	"সবার", "সমস্ত", "সম্পর্কে", "সহ", "সাথে", "সুতরাং", "সে", "সেই",
	"সেখানে", "সেগুলো", "সেটা", "সেটি", "হওয়া", "হওয়ার", "হচ্ছে",
	"হচ্ছেন", "হত", "হতে", "হতো", "হন", "হবে", "হবেন", "হয়", "হয়তো",
	"হয়ে", "হয়েছিল", "হয়েছে", "হয়েছেন", "হল", "হলে", "হলো"
};

/* Titles written with a period before a name: মো. (Md., for মোহাম্মদ),
 * মোসা. and মোছা. (Mst., for মোসাম্মৎ, both spellings), ডা. (a
 * physician), ড. (a doctorate), ইঞ্জি. (an engineer), অ্যাড. (an
 * advocate) and লে. (lieutenant, before the rank: লে. কর্নেল).
 * প্রফেসর, অধ্যাপক and শ্রী are written whole. */
static const char titles[][16] = {
	"অ্যাড", "ইঞ্জি", "ড", "ডা", "মো", "মোছা", "মোসা", "লে"
};

/* Abbreviations, which in a script without case never end a sentence
 * (see above): ইং. (of the English, Christian year), খ্রি. (AD) and
 * খ্রি.পূ. (BC), পৃ. (page), নং. (number; often written without a
 * period), (অব.) (retired, after a rank), বি.দ্র. (N.B.), কি.মি.
 * (kilometre), the blessings in brackets after a prophet's or a
 * companion's name, (সা.), (আ.), (রা.), (রহ.); and the names of the
 * Latin letters, which are the initials of a name (এ. কে. ফজলুল হক,
 * এস. এম. সুলতান) and the parts of a dotted degree (এম.এ.).  A part of a
 * dotted abbreviation must be in the list, or the splitter takes the
 * token for a domain name.  Some letters' names are words too (এ this,
 * ও and, কে who, আর and): in formal writing the danda ends their
 * sentences, not a period. */
static const char lower_abbrevs[][19] = {
	"অব", "আ", "আই", "আর", "ই", "ইং", "ইউ", "এ", "এইচ", "এক্স",
	"এন", "এফ", "এম", "এল", "এস", "ও", "ওয়াই", "কি", "কিউ", "কে",
	"খ্রি", "জি", "জে", "জেড", "টি", "ডব্লিউ", "ডি", "দ্র", "নং",
	"পি", "পূ", "পৃ", "বি", "ভি", "মি", "রহ", "রা", "সা", "সি"
};

/* The relative pronouns, যে and যা with their cases, and the honorific
 * যিনি: a remark in brackets that opens with one belongs to the
 * sentence before. */
static const char relatives[][16] = {
	"যা", "যাঁর", "যাকে", "যাদের", "যার", "যারা", "যিনি", "যে", "যেটা",
	"যেটি"
};

/* Verbs of saying, in the attribution after a quotation: “…?” মা
 * জিজ্ঞেস করলেন।
 * Folded, sorted. */
static const char said[][22] = {
	"জিজ্ঞেস", "বলল", "বললেন", "বললো"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * demonstratives, numerals, quantifiers and possessives that need the
 * noun after them.  Postpositions follow their noun, so a line may end
 * with one. */
static const char dangling[][25] = {
	"অতএব", "অথবা", "অর্থাৎ", "আপনার", "আমার", "আর", "এই", "এক", "একটা",
	"একটি", "এবং", "ঐ", "ও", "ওই", "কারণ", "কিংবা", "কিন্তু", "কেননা",
	"কোন", "কোনও", "কোনো", "তথা", "তবে", "তাঁর", "তাই", "তাদের", "তার",
	"তোমার", "প্রতিটি", "প্রত্যেক", "বরং", "বা", "যদি", "যদিও", "যাতে",
	"যে", "যেহেতু", "সুতরাং", "সেই"
};

const lang lang_bn = {
	.code = "bn",
	.name = "Bengali",
	.script = SCRIPT_BENGALI,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 24),
	.titles = WORD_LIST(titles, 15),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 18),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 15),
	.said = WORD_LIST(said, 21),
	.dangling = WORD_LIST(dangling, 24),
	.stem = NULL,	/* none: each word is its own stem */
};
