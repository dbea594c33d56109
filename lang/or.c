/*
 * or.c - Odia (Oriya): its word lists (see lang.h), and no stemmer.
 *
 * Odia joins its case endings to the noun (ଘରର, ଘରକୁ, ଘରେ, ଘରୁ, and
 * the honorific -ଙ୍କ), so the words that stand apart are the
 * postpositions after a noun in the genitive or the locative (ପାଇଁ,
 * ସହ, ସହିତ, ଉପରେ, ତଳେ, ପରେ, ପୂର୍ବରୁ, ଭିତରେ, ମଧ୍ୟରେ, ଦ୍ୱାରା, ବିଷୟରେ,
 * ପର୍ଯ୍ୟନ୍ତ, ଦେଇ, ନେଇ, ଭଳି, ପରି, ଅନୁସାରେ, ଠାରୁ, ଭାବରେ, ଯୋଗୁଁ ...), and the
 * endings କୁ and ରେ where a writer sets them after a number or a name
 * in Latin letters.  The pronouns are in the list in the cases written
 * as one word (ମୁଁ ମୋର ମୋତେ, ଆମେ ଆମର ଆମକୁ, ତୁମେ ତୁମର, the honorific
 * ଆପଣ ଆପଣଙ୍କ, ସେ ତାର ତାକୁ, ତାଙ୍କ ତାଙ୍କୁ, ସେମାନେ ସେମାନଙ୍କ, the reflexive
 * ନିଜ ନିଜର ନିଜେ), with the demonstratives (ଏ ଏହା ଏହାର ଏହି ଏଇ ସେହି ସେଇ,
 * the adverbs ଏଠି ସେଠି ଏଥିରେ ଏଣୁ ତେଣୁ), the relatives in ଯ- and the
 * question words in କ- (ଯେ ଯିଏ ଯାହା ଯେଉଁ ଯେତେବେଳେ ଯଦି; କି କିଏ କାହିଁକି
 * କେବେ କେଉଁ କିପରି କେତେ କିଛି କେହି କୌଣସି), the conjunctions (ଏବଂ ଓ ଆଉ
 * କିନ୍ତୁ ବା ଅଥବା କିମ୍ବା ତେବେ କାରଣ ତଥାପି ...), the negations (ନାହିଁ, ନୁହେଁ
 * and its spelling ନୁହଁ, ନା, ନ), the copula in its common persons and
 * tenses (ଅଛି ଅଛନ୍ତି ଅଛୁ, ଥିଲା ଥିଲେ ଥିବା ଥାଏ, the formal ଅଟେ ଅଟନ୍ତି) and
 * the verbs that serve as auxiliaries (ହେଉଛି ହୋଇଛି ହେବ ହେଲା ହୁଏ ହୋଇ,
 * କରି କରିବା କରିଛନ୍ତି, the passive's କରାଯାଇଛି, ପାରେ ପାରିବ, ଉଚିତ), the
 * quantifiers (ସବୁ ସମସ୍ତ ପ୍ରତ୍ୟେକ ଅନେକ ବହୁତ ଅଧିକ ଏକ ଗୋଟିଏ କେତେକ ଅନ୍ୟ),
 * common adverbs (ଏବେ ଏଥର ପୁଣି କେବଳ ମାତ୍ର ପ୍ରାୟ ଆହୁରି ଏପରି) and the
 * particles that stand apart: ମଧ୍ୟ and ବି (also), the emphatic ହିଁ and ତ.
 * Words are kept with their vowel signs, candrabindu, anusvara and
 * virama as written, in NFC, which writes ଡ଼ as the letter and the nukta
 * (U+0B3C).  The ya-phala is virama and ୟ (U+0B5F), as Unicode
 * recommends (ମଧ୍ୟ, ଅନ୍ୟ, ପ୍ରତ୍ୟେକ); many texts write it with ଯ
 * (U+0B2F) instead, which looks the same, and the commonest words are
 * listed in that spelling too (ମଧ୍ଯ, ମଧ୍ଯରେ, ଅନ୍ଯ).  No stemmer: Snowball
 * has none for Odia, so each word is its own stem.  Sentences end at
 * the danda । (U+0964, of the Devanagari block, which the splitter
 * reads in any script), "?" and "!".  No titles or abbreviations: the
 * press writes ଡ. (doctor) and ଶ୍ରୀ (Mr.) before a name, the one a
 * single letter, which the splitter takes for an initial, the other
 * without a period (and a stopword).
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][31] = {
	"ଅଛନ୍ତି", "ଅଛି", "ଅଛୁ", "ଅଟନ୍ତି", "ଅଟେ", "ଅଥବା", "ଅଧିକ", "ଅନୁସାରେ",
	"ଅନେକ", "ଅନ୍ଯ", "ଅନ୍ୟ", "ଅନ୍ୟାନ୍ୟ", "ଅର୍ଥାତ", "ଆଉ", "ଆଗରୁ", "ଆପଣ",
	"ଆପଣଙ୍କ", "ଆପଣଙ୍କର", "ଆପଣଙ୍କୁ", "ଆମ", "ଆମକୁ", "ଆମର", "ଆମେ", "ଆହୁରି",
	"ଉଚିତ", "ଉପରେ", "ଏ", "ଏଇ", "ଏକ", "ଏଠାରେ", "ଏଠି", "ଏଣୁ", "ଏଥର",
	"ଏଥିପାଇଁ", "ଏଥିରେ", "ଏପରି", "ଏବଂ", "ଏବେ", "ଏମାନଙ୍କ", "ଏମାନେ", "ଏମିତି",
	"ଏହା", "ଏହାକୁ", "ଏହାର", "ଏହି", "ଏହିପରି", "ଓ", "କଣ", "କରାଯାଇଛି",
	"କରାଯାଇଥିଲା", "କରି", "କରିଛନ୍ତି", "କରିଥାଏ", "କରିଥିଲେ", "କରିବା", "କରିବେ",
	"କରୁଛନ୍ତି", "କରୁଛି", "କହିଛନ୍ତି", "କାରଣ", "କାହା", "କାହାକୁ", "କାହାର",
	"କାହିଁକି", "କି", "କିଏ", "କିଛି", "କିନ୍ତୁ", "କିପରି", "କିମ୍ବା", "କୁ",
	"କେଉଁ", "କେଉଁଠି", "କେତେ", "କେତେକ", "କେବଳ", "କେବେ", "କେମିତି", "କେହି",
	"କୌଣସି", "ଖୁବ୍", "ଗୋଟିଏ", "ଛଡ଼ା", "ଜଣେ", "ଠାରୁ", "ଠାରେ", "ତ", "ତଥା",
	"ତଥାପି", "ତଳେ", "ତା", "ତାକୁ", "ତାଙ୍କ", "ତାଙ୍କର", "ତାଙ୍କୁ", "ତାର",
	"ତାହା", "ତାହାକୁ", "ତାହାର", "ତୁମ", "ତୁମକୁ", "ତୁମର", "ତୁମେ", "ତେଣୁ",
	"ତେବେ", "ତୋର", "ଥାଏ", "ଥାନ୍ତି", "ଥିବା", "ଥିବେ", "ଥିଲା", "ଥିଲି", "ଥିଲେ",
	"ଦେଇ", "ଦ୍ୱାରା", "ନ", "ନା", "ନାହିଁ", "ନିଜ", "ନିଜକୁ", "ନିଜର", "ନିଜେ",
	"ନୁହଁ", "ନୁହେଁ", "ନେଇ", "ପରି", "ପରେ", "ପର୍ଯ୍ୟନ୍ତ", "ପାଇଁ", "ପାଖରେ",
	"ପାରିବ", "ପାରିବେ", "ପାରେ", "ପୁଣି", "ପୂର୍ବରୁ", "ପ୍ରତି", "ପ୍ରତ୍ୟେକ",
	"ପ୍ରାୟ", "ବଦଳରେ", "ବରଂ", "ବହୁ", "ବହୁତ", "ବା", "ବାହାରେ", "ବି", "ବିନା",
	"ବିଷୟରେ", "ବେଳେ", "ବୋଲି", "ଭଳି", "ଭାବରେ", "ଭିତରେ", "ମଧ୍ଯ", "ମଧ୍ଯରେ",
	"ମଧ୍ୟ", "ମଧ୍ୟରେ", "ମାତ୍ର", "ମାଧ୍ୟମରେ", "ମୁଁ", "ମୋ", "ମୋତେ", "ମୋର",
	"ଯଦି", "ଯଦିଓ", "ଯାଇଛି", "ଯାଇଥିଲା", "ଯାଏଁ", "ଯାହା", "ଯାହାକୁ", "ଯାହାଙ୍କ",
	"ଯାହାଙ୍କୁ", "ଯାହାର", "ଯିଏ", "ଯେ", "ଯେଉଁ", "ଯେଉଁଠି", "ଯେଉଁଥିରେ",
	"ଯେଉଁମାନେ", "ଯେତେ", "ଯେତେବେଳେ", "ଯେପରି", "ଯେମିତି", "ଯୋଗୁଁ", "ରେ",
	"ଲାଗି", "ଶ୍ରୀ", "ସବୁ", "ସମସ୍ତ", "ସମସ୍ତଙ୍କ", "ସମସ୍ତେ", "ସର୍ବଦା", "ସହ",
	"ସହିତ", "ସୁତରାଂ", "ସେ", "ସେଇ", "ସେଠାରେ", "ସେଠି", "ସେଥିପାଇଁ", "ସେଥିରେ",
	"ସେପରି", "ସେମାନଙ୍କ", "ସେମାନଙ୍କର", "ସେମାନଙ୍କୁ", "ସେମାନେ", "ସେମିତି",
	"ସେହି", "ସେହିପରି", "ହିଁ", "ହୁଏ", "ହେଉ", "ହେଉଛନ୍ତି", "ହେଉଛି", "ହେବ",
	"ହେବା", "ହେଲା", "ହେଲେ", "ହୋଇ", "ହୋଇଛନ୍ତି", "ହୋଇଛି", "ହୋଇଥିବା",
	"ହୋଇଥିଲା", "ହୋଇଥିଲେ"
};

/* The relatives ଯିଏ, ଯାହା and ଯେଉଁ with their cases: a remark in
 * brackets that opens with one belongs to the sentence before.  ଯେ,
 * "that", opens a clause of reported speech more often than a relative
 * one and is left out. */
static const char relatives[][25] = {
	"ଯାହା", "ଯାହାକୁ", "ଯାହାଙ୍କ", "ଯାହାଙ୍କୁ", "ଯାହାର", "ଯିଏ", "ଯେଉଁ",
	"ଯେଉଁଠି", "ଯେଉଁଥିରେ", "ଯେଉଁମାନେ"
};

/* Words that cannot end a line or a heading: the conjunctions, and the
 * demonstratives, quantifiers and possessives that come before their
 * noun.  Postpositions follow their noun, so a line may end with one. */
static const char dangling[][28] = {
	"ଅଥବା", "ଅର୍ଥାତ", "ଆଉ", "ଆପଣଙ୍କ", "ଆପଣଙ୍କର", "ଆମ", "ଆମର", "ଏଇ", "ଏକ",
	"ଏବଂ", "ଏହି", "ଓ", "କାରଣ", "କିନ୍ତୁ", "କିମ୍ବା", "କୌଣସି", "ଗୋଟିଏ", "ତଥା",
	"ତଥାପି", "ତାଙ୍କ", "ତାଙ୍କର", "ତାର", "ତୁମ", "ତୁମର", "ତେବେ", "ନିଜ",
	"ନିଜର", "ପ୍ରତ୍ୟେକ", "ବରଂ", "ବା", "ମୋ", "ମୋର", "ଯଦି", "ଯଦିଓ", "ଯେ",
	"ଯେଉଁ", "ସୁତରାଂ", "ସେଇ", "ସେମାନଙ୍କ", "ସେମାନଙ୍କର", "ସେହି"
};

const lang lang_or = {
	.code = "or",
	.name = "Odia",
	.script = SCRIPT_ORIYA,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 30),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 24),
	.dangling = WORD_LIST(dangling, 27),
	.stem = NULL,	/* none: each word is its own stem */
};
