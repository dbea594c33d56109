/*
 * ka.c - Georgian: its word lists (see lang.h), and no stemmer.
 *
 * Georgian is written in Mkhedruli, an alphabet of 33 letters without
 * case; Mtavruli, its capitals since Unicode 11, serve for headings and
 * emphasis only, and fold to Mkhedruli.  Its letters are classed
 * without case (engine/chars.c), so that a sentence may open with any
 * of them: it ends at ".", "?" or "!".  The language is agglutinative:
 * a noun takes its case and most of its postpositions as endings (-ში
 * "in", -ზე "on", -თან "at", -დან "from", -ით, -ად), and those are
 * parts of the word, not words.  With no stemmer (Snowball has none) each word is
 * its own stem, and the stopwords list the function words as they are
 * written: the conjunctions (და, ან, მაგრამ, რომ, თუ, რადგან, ხოლო),
 * the personal pronouns and the demonstratives ეს, ეგ, ის in the cases
 * a text uses most (მას, მან, მისი, ამ, ამის, იმან), the possessives
 * with their short forms before a noun (ჩემი, ჩემს), question words
 * and the relatives in -ც (რომელიც, რაც, ვინც, სადაც), the
 * postpositions written apart (შესახებ, შემდეგ, მიერ, გამო, მიმართ,
 * შორის), the forms of "be" and "have" and the modal უნდა, შეიძლება,
 * the negations არ, ვერ, ნუ, and particles, common adverbs and
 * quantifiers (კი, ხომ, უკვე, ძალიან, ყველა, ბევრი).  Georgian
 * abbreviates with periods too, and the splitter's lists below hold
 * them: titles before a name (წმ. saint, პროფ.), and ქ. and სოფ. before
 * a city's or a village's; abbreviations (გვ. page, მაგ. for example,
 * წ. year), the dotted ones (ა.შ., ე.ი., ე.წ., ძვ.წ.), and every letter
 * alone, a name's initial (ი. ჭავჭავაძე).  With no case to tell a
 * sentence's start, none of them ends a sentence before a Georgian
 * word, though ა.შ. and a year's წ. often close one.  ბ-ნი and ქ-ნი
 * (Mr., Mrs.) take a hyphen, and no period.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][37] = {
	"აგრეთვე", "აი", "ალბათ", "ამ", "ამან", "ამას", "ამასთან", "ამგვარად",
	"ამდენი", "ამით", "ამის", "ამიტომ", "ან", "ანდა", "ანუ", "არ", "არა",
	"არავინ", "არამედ", "არასოდეს", "არაფერი", "არიან", "არის", "არსად",
	"არც", "ასე", "ასევე", "ასეთი", "აქ", "აქვთ", "აქვს", "ახლა", "ახლოს",
	"ბევრი", "გამო", "განა", "განაცხადა", "განმავლობაში", "გარდა",
	"გარეშე", "გახდა", "და", "დაახლოებით", "დროს", "ეგ", "ერთ", "ერთად",
	"ერთი", "ეს", "ესე", "ესენი", "ექნება", "ვარ", "ვართ", "ვერ", "ვერც",
	"ვიდრე", "ვითომ", "ვინ", "ვინაიდან", "ვინმე", "ვინც", "ვის", "ვისაც",
	"ვიღაც", "ზოგი", "ზოგიერთი", "თავად", "თავიანთი", "თავის", "თავისი",
	"თან", "თანახმად", "თვით", "თვითონ", "თითო", "თითოეული", "თითქმის",
	"თითქოს", "თორემ", "თუ", "თუკი", "თუმცა", "თუნდაც", "თურმე", "თქვა",
	"თქვენ", "თქვენი", "თქვენს", "იგი", "იმ", "იმან", "იმას", "იმდენი",
	"იმით", "იმის", "იმიტომ", "ის", "ისე", "ისევ", "ისევე", "ისეთი",
	"ისინი", "იქ", "იქნება", "იყვნენ", "იყო", "იყოს", "კერძოდ", "კვლავ",
	"კი", "კიდევ", "კიდეც", "მაგალითად", "მაგრამ", "მათ", "მათი", "მაინც",
	"მან", "მანძილზე", "მას", "მაშასადამე", "მაშინ", "მე", "მერე", "მეტად",
	"მეტი", "მეშვეობით", "მთელი", "მიერ", "მით", "მიმართ", "მის", "მისი",
	"მიუხედავად", "მიხედვით", "მსგავსად", "მხოლოდ", "ნაკლებად", "ნაცვლად",
	"ნუ", "ოღონდ", "რა", "რადგან", "რადგანაც", "რათა", "რაიმე", "რაკი",
	"რამდენი", "რამდენიმე", "რამე", "რასაც", "რატომ", "რაღაც", "რაც",
	"რით", "რითაც", "რის", "რისთვის", "როგორ", "როგორი", "როგორც",
	"როდესაც", "როდის", "რომ", "რომელთა", "რომელი", "რომელიც", "რომელმაც",
	"რომელსაც", "რომელშიც", "რომლებიც", "რომლებსაც", "რომლითაც", "რომლის",
	"როცა", "სად", "სადაც", "საიდან", "საკმაოდ", "საკუთარი", "სანამ",
	"საშუალებით", "სულ", "სწორედ", "სხვა", "უკან", "უკვე", "უნდა", "უფრო",
	"ქვეშ", "ყველა", "ყველაზე", "ყველაფერი", "ყოველთვის", "ყოველი",
	"ყოფილა", "შეეძლო", "შეიძლება", "შემდეგ", "შენ", "შენი", "შენს",
	"შესაბამისად", "შესახებ", "შეუძლია", "შორის", "ჩემი", "ჩემს", "ჩვენ",
	"ჩვენი", "ჩვენს", "ცოტა", "ძალზე", "ძალიან", "წინ", "წინააღმდეგ",
	"ხარ", "ხართ", "ხდება", "ხოლო", "ხომ", "ხშირად", "ჯერ", "ჯერაც",
	"ჰქონდა", "ჰქონდათ", "ჰყავს"
};

/* Titles before a name, written with a period: წმ. (saint), პროფ.
 * (professor), აკად. (academician); and before a place's: ქ. (city),
 * სოფ. (village), მდ. (river). */
static const char titles[][13] = {
	"აკად", "მდ", "პროფ", "სოფ", "ქ", "წმ"
};

/* Abbreviations, which in a script without case never end a sentence
 * before a Georgian word: გვ. (page), იხ. (see), შდრ. (compare), მაგ.
 * (for example), წ. and წწ. (year, years, after a number), ათ.
 * (thousand, in sums), and the parts of the dotted ones, ა.შ. (and so
 * on), ე.ი. (that is), ე.წ. (so-called), მ.შ. (among them), ა.წ. (of
 * this year), ძვ.წ. and ახ.წ. (BC, AD), კვ.მ. (square metre): a dotted
 * token with a part not in the list is taken for a domain name.  And
 * every letter, for the initials of a name (გ. ტაბიძე); ქ. is a title.
 * A letter alone is seldom a word, but a letter used as one, an
 * answer's ბ., no longer ends a sentence. */
static const char lower_abbrevs[][10] = {
	"ა", "ათ", "ახ", "ბ", "გ", "გვ", "დ", "ე", "ვ", "ზ", "თ", "ი",
	"იხ", "კ", "კვ", "ლ", "მ", "მაგ", "ნ", "ო", "პ", "ჟ", "რ", "ს",
	"ტ", "უ", "ფ", "ღ", "ყ", "შ", "შდრ", "ჩ", "ც", "ძ", "ძვ", "წ",
	"წწ", "ჭ", "ხ", "ჯ", "ჰ"
};

/* The relative pronouns: რომელიც in its cases, რაც, ვინც and სადაც,
 * the question words with the relative -ც. */
static const char relatives[][28] = {
	"ვინც", "ვისაც", "ვისიც", "რამაც", "რასაც", "რაც", "რითაც",
	"რისაც", "რომელზეც", "რომელთა", "რომელიც", "რომელმაც",
	"რომელსაც", "რომელშიც", "რომლებიც", "რომლებმაც", "რომლებსაც",
	"რომლითაც", "რომლის", "სადაც", "საიდანაც"
};

/* Words that cannot end a line or a heading: conjunctions, the
 * negations before the verb, and the demonstratives and possessives in
 * their forms before a noun (ამ, იმ, მის, ჩემს).  The postpositions
 * come after their noun, and may end one. */
static const char dangling[][25] = {
	"ამ", "ან", "ანდა", "ანუ", "არ", "არამედ", "და", "ვერ",
	"ვიდრე", "ვინაიდან", "თორემ", "თუ", "თუკი", "თუმცა", "თქვენს",
	"იმ", "მაგრამ", "მის", "ნუ", "რადგან", "რადგანაც", "რათა",
	"როგორც", "როდესაც", "რომ", "როცა", "სანამ", "შენს", "ჩემს",
	"ჩვენს", "ხოლო"
};

/* Words that join what follows them to what came before (and, but, or, though):
 * after an ellipsis the sentence goes on (see lang.h). */
static const char joiners[][19] = {
	"ან", "და", "თუმცა", "მაგრამ"
};

const lang lang_ka = {
	.code = "ka",
	.name = "Georgian",
	.script = SCRIPT_GEORGIAN,
	.stopwords = WORD_LIST(stopwords, 36),
	.titles = WORD_LIST(titles, 12),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 9),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.joiners = WORD_LIST(joiners, 18),
	.relatives = WORD_LIST(relatives, 27),
	.dangling = WORD_LIST(dangling, 24),
	.stem = NULL,	/* none: each word is its own stem */
};
