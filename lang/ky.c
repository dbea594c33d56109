/*
 * ky.c - Kyrgyz: its word lists (see lang.h), and no stemmer.
 *
 * Kyrgyz is a Turkic language of the Kipchak branch, and agglutinative:
 * suffixes follow the stem one after another (китеп-тер-ибиз-де, "in our
 * books").  Its vowel harmony goes by rounding as well as by backness, so
 * that a suffix has up to four vowels to choose from: after а ы it takes
 * а or ы, after о у it takes о or у, after е и it takes е or и, after ө ү
 * it takes ө or ү.  With the consonant that the sound before it asks
 * for, the genitive has twelve forms (-нын, -нин, -нун, -нүн, -дын, ...,
 * -түн) and the dative eight (-га, -ге, -го, -гө, -ка, -ке, -ко, -кө).
 * Long vowels are written double: аа, ээ, оо, өө, уу, үү (баары,
 * дээрлик, тууралуу, көбүрөөк).  Pronouns decline in six cases and have
 * a possessive form too (мен, менин, мага, мени, менде, менден, меники),
 * and the demonstratives change their stem as they do: бул has мунун,
 * муну, мында, мындан but буга; ошол has ошонун, ошого, ошону, ошондо;
 * ушул has ушунун, ушуга, ушуну, ушунда.  There are no prepositions:
 * postpositions follow their noun (үчүн, жөнүндө, тууралуу, боюнча,
 * чейин, аркылуу, сыяктуу), many of them nouns in a case themselves
 * (алдында, ичинде, учурунда, негизинде).
 *
 * With no stemmer each word is its own stem, so the stopwords list the
 * forms one by one: personal and reflexive pronouns in their cases (мен,
 * сен, ал, биз, силер, сиз, сиздер, алар; өз, өзү, өзүнүн ...), the
 * demonstratives бул, ошол, ушул and тиги with theirs and with the
 * adverbs made from them (мындай, ошондо, ушинтип, антип), question
 * words, indefinite and negative pronouns (кимдир, бирөө, эч, эчтеке),
 * postpositions, conjunctions (жана, менен, бирок, же, анткени,
 * ошондуктан), particles, the copula, бол- and the verbs that help
 * others, бар and жок, and common adverbs.  The present tense of the
 * copula is a personal ending joined to its word (мугалиммин, "I am a
 * teacher"), so it lists nothing; its past эле (элем, элең ...), the
 * reported экен and the negation эмес are written apart, and listed in
 * their forms.  So are бол- ("be, become"; also болуп саналат, the
 * written "is"), де- ("say", whose деп and деген join clauses), the
 * light verbs кыл- and эт- (талап кылуу "to demand", жалт этти "it
 * flashed") and жат-, тур-, which make the progressive (жазып жатат).
 * The bare stems кыл and эт are nouns as well ("horsehair", "meat") and
 * are left out.  The particle да (де, та, те: "too, even") is written
 * apart; the question particle -бы (-би, -бу, -бү, -пы, -пи, -пу, -пү)
 * and -чы (-чи, -чу, -чү, "and what about?") are joined to their word
 * (келдиңби, сенчи), but chat and hasty typing write them apart, and no
 * word of content is spelled so, so they are listed; ма is the
 * interjection "here, take it".  The engine parts a word at a hyphen, so
 * бири-бирине is бири and бирине, and "1991-ж." is 1991 and the
 * abbreviation ж.
 *
 * The alphabet is Russian's 33 letters and three of Kyrgyz's own: ң ө ү.
 * In strcmp() order of their UTF-8 bytes they all sort after я (D1 8F)
 * and ё (D1 91): ң (U+04A3, D2 A3), then ү (U+04AF, D2 AF), then ө
 * (U+04E9, D3 A9); so not in the alphabet's order (н ң о ө п ... у ү),
 * and бирок comes before бирөө, эч before эң.  The lists hold the Kyrgyz
 * letters as they should be written, not the Russian ones (н, о, у) that
 * a text typed without a Kyrgyz keyboard puts in their place.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][25] = {
	"абдан", "ага", "аз", "азыр", "азыраак", "азырынча", "айрыкча",
	"айрым", "ал", "алар", "аларга", "аларда", "алардан", "аларды",
	"алардыкы", "алардын", "албетте", "алдына", "алдында", "али",
	"алкагында", "ана", "анан", "анда", "андай", "андан", "андыктан",
	"антип", "анткен", "анткени", "антсе", "анча", "аны", "аныкы", "анын",
	"ар", "арасынан", "арасында", "арийне", "аркылуу", "артында", "ары",
	"астында", "атүгүл", "ашуун", "ашык", "аябай", "баары", "баарыбыз",
	"баарын", "баарына", "баарынан", "баарынын", "байланыштуу", "балким",
	"бар", "бардыгы", "бардыгын", "бардыгына", "бардыгынын", "бардык",
	"башка", "башкалар", "башкача", "баштап", "бекен", "беле", "бери",
	"би", "биз", "бизге", "бизде", "бизден", "бизди", "биздики", "биздин",
	"бир", "бирге", "бирдеме", "бири", "бирин", "бирине", "биринен",
	"биринин", "бирок", "бирөө", "бирөөгө", "бирөөдөн", "бирөөлөр",
	"бирөөнү", "бирөөнүн", "бол", "болбогон", "болбоду", "болбойт",
	"болбосо", "болгон", "болгондо", "болгондон", "болгондуктан",
	"болгону", "болгонун", "болду", "болдук", "болдум", "болмок", "болор",
	"болот", "болсо", "болсун", "болуп", "болуу", "болууга", "болуучу",
	"болуш", "болушат", "болушту", "болушу", "болчу", "бою", "боюнча",
	"бу", "буга", "бул", "булар", "буларга", "буларда", "булардан",
	"буларды", "булардын", "бы", "быйыл", "бү", "бүгүн", "бүт", "бүткүл",
	"гана", "го", "да", "дагы", "дайыма", "дароо", "де", "деген",
	"дегенде", "дегендей", "дегенди", "дегени", "деди", "дейин", "дейре",
	"дейт", "деле", "демек", "деп", "десе", "дешет", "дешти", "дээрлик",
	"жагынан", "жакын", "жакында", "жалаң", "жана", "жанында", "жараша",
	"жатат", "жаткан", "жатып", "жатышат", "же", "жок", "жөнүндө",
	"жөнүндөгү", "ичинде", "ичине", "ичинен", "кажет", "кай", "кайда",
	"кайдан", "кайра", "кайрадан", "кайсы", "кайсыдыр", "кайсыл",
	"кайсынысы", "кана", "кандай", "кандайдыр", "кантип", "кантсе",
	"канча", "канчалык", "карабастан", "караганда", "карай", "карата",
	"каршы", "катары", "качан", "качандыр", "кезинде", "керек", "кечээ",
	"кийин", "ким", "кимге", "кимде", "кимден", "кимдер", "кимди",
	"кимдин", "кимдир", "кошо", "кыйла", "кылат", "кылган", "кылды",
	"кылуу", "кылууга", "кылып", "кылышат", "кээ", "кээде", "көбү",
	"көбүнчө", "көбүрөөк", "көп", "көптөгөн", "көпчүлүгү", "көрө", "ма",
	"маалында", "мага", "мейли", "мен", "менде", "менден", "менен", "мени",
	"меники", "менин", "минтип", "мисалы", "муну", "мунун", "мурда",
	"мурун", "мына", "мында", "мындай", "мындайча", "мындан", "мынча",
	"мүмкүн", "натыйжасында", "неге", "негизи", "негизинде", "негизинен",
	"нерсе", "нече", "ооба", "ордуна", "ортосунда", "ошентип", "ошентсе",
	"ошо", "ошого", "ошол", "ошолор", "ошолорго", "ошолордо", "ошолордон",
	"ошолорду", "ошолордун", "ошондо", "ошондой", "ошондон", "ошондуктан",
	"ошону", "ошонун", "ошончо", "пи", "пу", "пы", "пү", "сага", "сайын",
	"саналат", "себеби", "себептүү", "сен", "сенде", "сенден", "сени",
	"сеники", "сенин", "сиз", "сизге", "сизде", "сизден", "сиздер",
	"сиздерге", "сиздерде", "сиздерден", "сиздерди", "сиздердин", "сизди",
	"сиздики", "сиздин", "силер", "силерге", "силерде", "силерден",
	"силерди", "силердики", "силердин", "сымал", "сыягы", "сыяктуу", "та",
	"такыр", "тарабынан", "тартып", "те", "тегерегинде", "тескерисинче",
	"тең", "тиги", "тигиге", "тигил", "тигилер", "тигинде", "тигиндей",
	"тигини", "тигинин", "тийиш", "тим", "турат", "турган", "туруп",
	"тууралуу", "тушунда", "тышкары", "убагында", "улам", "учурда",
	"учурунда", "ушинтип", "ушу", "ушуга", "ушул", "ушулар", "ушуларга",
	"ушуларды", "ушулардын", "ушунда", "ушундай", "ушундан", "ушуну",
	"ушунун", "ушунча", "чакты", "чамасында", "чейин", "чи", "чу", "чы",
	"чындыгында", "чынында", "чү", "ылайык", "эгер", "эгерде", "экен",
	"экендиги", "экендигин", "экени", "экенин", "экенине", "эле", "элек",
	"элем", "элең", "элеңиз", "эмес", "эмесе", "эмесмин", "эмеспи",
	"эмеспиз", "эмессиз", "эмессиң", "эми", "эмне", "эмнеге", "эмнегедир",
	"эмнеде", "эмнеден", "эмнедир", "эмнелер", "эмнеликтен", "эмнени",
	"эмненин", "эртең", "этет", "этип", "эткен", "этти", "этүү", "эч",
	"эчак", "эчтеке", "эң", "я", "үстүндө", "үстүнө", "үчүн", "өз",
	"өздөрү", "өздөрүн", "өздөрүнүн", "өздөрүнө", "өзү", "өзүбүз", "өзүм",
	"өзүн", "өзүндө", "өзүнчө", "өзүнүн", "өзүнө", "өзүнөн", "өзүң",
	"өзүңүз", "өтө"
};

/* Before a name: проф. Асанов, акад. Акматалиев, доц. Токтосунова,
 * as Russian writes them and Kyrgyz has taken them.  Мырза ("Mr.") and
 * айым ("Mrs.") are written in full; the degrees (т.и.д. and the like)
 * are abbreviations below, as they also stand after a name. */
static const char titles[][9] = {
	"акад", "доц", "проф"
};

/* Usually followed by a period, but may end a sentence (... ж.б.): ж.
 * and жж. (жылы, "in the year"; жылдары), joined to their number by a
 * hyphen ("1991-ж.", "1995–2000-жж."); к. and кк. (кылым, century;
 * кылымдар) after a Roman number ("XX к."); б.з.ч. (биздин заманга
 * чейин, BC, before its number: "б.з.ч. V к.") and б.з. (биздин заман,
 * AD); ж.б. (жана башкалар, "etc."), ж.у.с. (жана ушул сыяктуулар) and
 * ж.б.у.с. (жана башка ушул сыяктуулар); б.а. (башкача айтканда, "i.e.");
 * мис. (мисалы, "e.g."); addresses after their name (Бишкек ш. for
 * шаары, city; Токтогул көч. for көчөсү, street; Чүй пр. for
 * проспектиси, avenue; Ысык-Көл обл. for облусу, region; the district,
 * р-н, has a hyphen and no period); б. and т. (бет, page; том, volume);
 * млн and млрд (most often with no period; миң, thousand, is a word of
 * its own); тел. (телефон) and ред. (редактор, in a book's imprint).
 * The degrees: т.и.д. and т.и.к. (тарых илимдеринин доктору, кандидаты:
 * doctor, candidate of history), and so ф. (филология), п. (педагогика),
 * э. (экономика), ю. (юридика, law), б. (биология) and м. (медицина;
 * also the end of ф.-м.и.д., physics and mathematics, which the hyphen
 * parts).  The dotted ones are kept whole ("ж.б", as ru.c keeps "т.д").
 * Kyrgyz writes its ordinals with a hyphen (5-класс, 31-август, with or
 * without a case ending: 31-августта) or as a Roman number before кылым
 * (XX кылым), never "5.", so a number's period is no ordinal's (no
 * ordinal_dot).  A place after a date takes a case, no preposition
 * before it ("1991-ж. Бишкекте"), and a year's or a century's mark
 * before a capital is followed by a name far more often than it ends a
 * sentence, whose verb comes last in Kyrgyz: place_by_case, as in
 * Kazakh and Turkish. */
static const char abbrevs[][12] = {
	"б", "б.а", "б.з", "б.з.ч", "б.и.д", "б.и.к", "ж", "ж.б", "ж.б.у.с",
	"ж.у.с", "жж", "к", "кк", "көч", "м.и.д", "м.и.к", "мис", "млн",
	"млрд", "обл", "п.и.д", "п.и.к", "пр", "ред", "т", "т.и.д", "т.и.к",
	"тел", "ф.и.д", "ф.и.к", "ш", "э.и.д", "э.и.к", "ю.и.д", "ю.и.к"
};

/* Words that cannot end a line or a heading: conjunctions (менен among
 * them, for as "and" it stands between two nouns: Асан менен Үсөн), and
 * the words that stand before a noun (the demonstratives, determiners
 * such as ар, айрым, кээ, бардык, the possessive genitives менин, анын,
 * биздин, and эң, абдан, өтө before an adjective).  The postpositions
 * follow their noun and may end one; so may the particles да, де, го,
 * эле, which follow their word, and the question words that end a
 * question (кандай, канча, нече). */
static const char dangling[][21] = {
	"абдан", "айрым", "алардын", "анан", "андыктан", "анткени",
	"анын", "ар", "аябай", "бардык", "биздин", "бир", "бирок", "бул",
	"бүткүл", "жана", "же", "кай", "кайсы", "кээ", "көптөгөн", "менен",
	"менин", "мына", "ошол", "ошондуктан", "себеби", "сенин", "сиздердин",
	"сиздин", "силердин", "тиги", "тигил", "ушул", "эгер", "эгерде", "эч",
	"эң", "я", "өз", "өтө"
};

/* Abbreviations that close their phrase: ж.б. (жана башкалар), ж.у.с.
 * (жана ушул сыяктуулар) and ж.б.у.с. after a list; a capital after one
 * opens a sentence (see lang.h).  The era б.з.ч. stands before its year,
 * not after it as Russian's н. э. does, and closes nothing. */
static const char phrase_ends[][12] = {
	"ж.б", "ж.б.у.с", "ж.у.с"
};

/* No relatives: Kyrgyz makes its relative clauses with participles
 * before the noun (кечээ келген киши, "the man who came yesterday"), and
 * no word opens one.  No said either: a verb of saying follows its
 * quotation after a dash and in lower case («...», – деди ал; «...?» –
 * деп сурады), where the sentence goes on without one; and though the
 * verb ends the clause, verb_final serves the scripts without case.  No
 * times: the hour is written with a colon (саат 9:00дө) and no
 * abbreviation marks its half of the day. */
const lang lang_ky = {
	.code = "ky",
	.name = "Kyrgyz",
	.script = SCRIPT_CYRILLIC,
	.place_by_case = 1,
	.stopwords = WORD_LIST(stopwords, 24),
	.titles = WORD_LIST(titles, 8),
	.abbrevs = WORD_LIST(abbrevs, 11),
	.lower_abbrevs = WORD_LIST(abbrevs, 11),	/* all written so */
	.phrase_ends = WORD_LIST(phrase_ends, 11),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = NO_WORDS,
	.dangling = WORD_LIST(dangling, 20),
	.stem = NULL,	/* none: each word is its own stem */
};
