/*
 * kk.c - Kazakh: its word lists (see lang.h), and no stemmer.
 *
 * Kazakh is a Turkic language, and agglutinative: suffixes follow the
 * stem one after another (кітап-тар-ымыз-да, "in our books"), each in
 * the form that vowel harmony chooses, with a back vowel (а о ұ ы) after
 * a back stem and a front one (ә ө ү і е) after a front stem, and with
 * the consonant that the sound before it asks for: -дың, -тың, -ның,
 * -дің, -тің, -нің for the genitive, -ға, -ге, -қа, -ке, -на, -не for
 * the dative.  Pronouns decline in seven cases (ол, оның, оған, оны,
 * онда, одан, онымен), and the particles are written apart in the forms
 * harmony gives them: да, де, та, те ("and, too"), ма, ме, ба, бе, па,
 * пе (the question).  There are no prepositions: postpositions follow
 * their noun (үшін, туралы, бойынша, дейін, арқылы, сияқты), many of
 * them nouns in a case themselves (алдында, кезінде, арқасында).  With
 * no stemmer each word is its own stem, so the stopwords list the forms
 * one by one: personal and reflexive pronouns in their cases, the
 * demonstratives бұл (with мұның, мұны, мұнда), сол, осы and мына with
 * theirs, question words, indefinite and negative pronouns,
 * postpositions, conjunctions (және, мен, бен, пен, бірақ, немесе,
 * өйткені), particles, the forms of the copula (еді, екен, емес), of
 * бол- ("be, become"), ет- ("do") and де- ("say", whose деп and деген
 * join clauses), бар and жоқ, and common adverbs.  The engine parts a
 * word at a hyphen, so the particle of сондай-ақ, бір-ақ is listed as ақ,
 * and бір-бірі is бір and бірі.
 *
 * The alphabet is Russian's 33 letters and nine of Kazakh's own: ә ғ қ ң
 * ө ұ ү һ і.  In strcmp() order of their UTF-8 bytes they all sort after
 * я (D1 8F) and ё (D1 91): і (U+0456, the letter Ukrainian and
 * Belarusian write, D1 96) first, then ғ қ ң ү ұ һ (U+0493 to U+04BB,
 * D2 93 to D2 BB), then ә ө (U+04D9, U+04E9: D3 99, D3 A9); so not in
 * the alphabet's order (а ә б в г ғ ...), and ү (U+04AF) before ұ
 * (U+04B1), the reverse of it.  The lists hold the Kazakh letters as
 * they should be written, not the Russian ones (у, к, о) that a text
 * typed without a Kazakh keyboard puts in their place.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][25] = {
	"аз", "аздап", "азырақ", "азғана", "ал", "алайда", "алдымен", "алдына",
	"алдында", "анау", "анда", "арасынан", "арасында", "артында",
	"арқасында", "арқылы", "аса", "астам", "астында", "ақ", "ба",
	"байланысты", "бар", "барлығы", "барлығын", "барлығына", "барлығының",
	"барлық", "барша", "барысында", "бастап", "басқа", "бе", "бен", "бері",
	"бойы", "бойынша", "бол", "болады", "боламыз", "боламын", "болар",
	"болатын", "болатыны", "болды", "болдым", "болдық", "болмады",
	"болмайды", "болмайтын", "болмас", "болмаса", "болмаған", "болмақ",
	"болса", "болсын", "болу", "болуы", "болуын", "болуға", "болып",
	"болыпты", "болған", "болғанда", "болғандықтан", "болғаны",
	"болғанымен", "болғанын", "біз", "бізбен", "бізге", "бізде", "бізден",
	"бізді", "біздің", "бір", "біраз", "бірақ", "бірге", "бірден",
	"бірдеңе", "біреу", "біреулер", "біреуі", "бірнеше", "бірталай",
	"біршама", "бірі", "бірімен", "бірін", "біріне", "бірінің", "бірқатар",
	"бүгін", "бүкіл", "бұдан", "бұл", "бұлай", "бұлар", "бұларда",
	"бұлардан", "бұларды", "бұлардың", "бұларға", "бұнда", "бұндай",
	"бұны", "бұнымен", "бұның", "бұрын", "бұған", "бәлкім", "бәрі",
	"бәріміз", "бәрін", "бәрінде", "бәріне", "бәрінен", "бәрінің", "гөрі",
	"да", "де", "деген", "дегенде", "дегенмен", "деді", "дейді", "дейтін",
	"дейін", "демек", "деп", "дерлік", "десе", "деу", "дәл", "егер",
	"егерде", "еді", "едік", "едім", "едің", "едіңдер", "едіңіз", "едәуір",
	"екен", "екендігі", "екендігін", "екені", "екенін", "емес", "емеспіз",
	"емеспін", "емессіз", "емессің", "ендеше", "енді", "ертең", "етеді",
	"ететін", "еткен", "етті", "ету", "етуге", "етуі", "етіп", "еш",
	"ешбір", "ешкім", "ешкімге", "ешкімді", "ешкімнің", "ешнәрсе",
	"ештеме", "ештеңе", "ешқайда", "ешқайсысы", "ешқандай", "ешқашан",
	"ең", "жайлы", "жайында", "жанында", "жатыр", "жақында", "жиі", "жоқ",
	"жуырда", "жуық", "және", "жөнінде", "ия", "иә", "кезде", "кезінде",
	"кей", "кейбір", "кейбіреу", "кейбіреулер", "кейбірі", "кейде",
	"кейін", "керек", "керісінше", "кеше", "кім", "кімге", "кімде",
	"кімдер", "кімді", "кіммен", "кімнен", "кімнің", "күллі", "көбі",
	"көбінесе", "көбірек", "көбісі", "көлемінде", "көп", "көптеген",
	"көпшілігі", "ма", "маған", "мақсатында", "маңында", "ме", "мейлі",
	"мен", "менде", "менен", "мені", "менімен", "менің", "мына", "мынадан",
	"мынаны", "мынаның", "мынау", "мынаған", "мысалы", "міне", "мүлде",
	"мүлдем", "мүмкін", "мұнан", "мұнда", "мұндай", "мұнша", "мұны",
	"мұнымен", "мұның", "мұған", "не", "неге", "негізінде", "неде",
	"неден", "нелер", "неліктен", "немен", "немесе", "нені", "ненің",
	"неше", "нәтижесінде", "одан", "ол", "олар", "оларда", "олардан",
	"оларды", "олардың", "олармен", "оларға", "онан", "онда", "ондай",
	"оны", "онымен", "оның", "орай", "орнына", "ортасында", "осы",
	"осыдан", "осылай", "осылайша", "осылар", "осымен", "осында",
	"осындай", "осынша", "осыны", "осының", "осыған", "отыр", "оған", "па",
	"пе", "пен", "ретінде", "сайын", "салдарынан", "саған", "себебі",
	"себепті", "секілді", "сен", "сенде", "сендер", "сендерге", "сендерде",
	"сендерден", "сендерді", "сендердің", "сендермен", "сенен", "сені",
	"сенімен", "сенің", "сияқты", "содан", "сол", "солай", "солар",
	"соларда", "солардан", "соларды", "солардың", "соларға", "сонан",
	"сонда", "сондай", "сондықтан", "сонша", "соншалық", "соншалықты",
	"соны", "сонымен", "соның", "сосын", "соған", "соң", "сынды", "сіз",
	"сізбен", "сізге", "сізде", "сізден", "сіздер", "сіздерге", "сіздерде",
	"сіздерден", "сіздерді", "сіздердің", "сіздермен", "сізді", "сіздің",
	"сірә", "сәйкес", "сәл", "сөйтіп", "та", "табылады", "таман",
	"тарапынан", "тағы", "те", "тек", "тиіс", "туралы", "тым", "тыс",
	"тіпті", "түгел", "түрінде", "тұр", "тұрғысынан", "тұсында", "тәрізді",
	"шамамен", "шамасында", "шақты", "ше", "шейін", "шеңберінде",
	"шынында", "шығар", "я", "яки", "яғни", "ішінде", "ішіне", "ішінен",
	"ғана", "ғой", "қажет", "қазір", "қай", "қайда", "қайдан", "қайсы",
	"қайсыбір", "қайсысы", "қайта", "қайтадан", "қалай", "қана", "қандай",
	"қанша", "қаншалықты", "қаншама", "қарай", "қарамастан", "қарағанда",
	"қарсы", "қасында", "қатар", "қатысты", "қашан", "қашанда", "қоса",
	"үнемі", "үстінде", "үстіне", "үшін", "әбден", "әзір", "әйтеуір",
	"әйткенмен", "әйтпесе", "әйтсе", "әлбетте", "әлде", "әлдекім",
	"әлдене", "әлдеқайда", "әлдеқашан", "әлі", "әне", "әр", "әрбір",
	"әрдайым", "әрине", "әркім", "әрі", "әрқайсысы", "әрқашан", "әсіресе",
	"әуелі", "өз", "өзара", "өзге", "өздері", "өздерін", "өздеріне",
	"өздерінің", "өзі", "өзім", "өзімен", "өзіміз", "өзін", "өзінде",
	"өзіне", "өзінен", "өзінің", "өзің", "өзіңіз", "өйткені", "өте"
};

/* Before a name: проф. Сәрсенбаев, акад. Жұмабаев, доц. Ахметова.
 * Мырза ("Mr.") and ханым ("Mrs.") follow the name, written in full;
 * the degrees (т.ғ.д. and the like) are abbreviations below, as they
 * also stand after a name. */
static const char titles[][9] = {
	"акад", "доц", "проф"
};

/* Usually followed by a period, but may end a sentence (... т.б.): ж.
 * and жж. (жылы, "in the year"; жылдары), ғ. and ғғ. (ғасыр, century),
 * б.з.б. and б.з.д. (біздің заманымыздан бұрын, біздің заманымызға
 * дейін: BC, before the number, "б.з.б. V ғ.") and б.з. (AD), т.б. (тағы
 * басқалар, "etc."), т.с.с. (тағы сол сияқтылар), мыс. (мысалы, "e.g."),
 * addresses after their name (Алматы қ. for қаласы, city; Абай көш.
 * for көшесі, street; Абай даң. for даңғылы, avenue; обл. and ауд., the
 * region and the district), б. and т. (бет, page; том, volume), сағ.
 * and мин. (hour, minute), млн and млрд (most often with no period;
 * мың, thousand, is a word of its own), тг. (теңге), тел., ред.  The
 * degrees: т.ғ.д. and т.ғ.к. (тарих or техника ғылымдарының докторы,
 * кандидаты: doctor, candidate of history or engineering), and so ф.
 * (филология), э. (экономика), п. (педагогика), з. (заң, law), х.
 * (химия), б. (биология) and м. (медицина; also the end of ф.-м.ғ.д.,
 * physics and mathematics, which the hyphen parts).  The dotted ones
 * are kept whole ("т.б", as ru.c keeps "т.д").  Kazakh writes its
 * ordinals with an ending (5-ші, 16-желтоқсан) or as a Roman number
 * before ғасыр (XX ғасыр), never "5.", so a number's period is no
 * ordinal's (no ordinal_dot).  A place after a date takes a case, no
 * preposition before it ("1845 ж. Шыңғыстауда"), and a year's or a
 * century's mark before a capital is followed by a name far more often
 * than it ends a sentence, whose verb comes last in Kazakh:
 * place_by_case, as in Turkish. */
static const char abbrevs[][9] = {
	"ауд", "б", "б.з", "б.з.б", "б.з.д", "б.ғ.д", "б.ғ.к", "даң", "ж",
	"жж", "з.ғ.д", "з.ғ.к", "көш", "м.ғ.д", "м.ғ.к", "мин", "млн", "млрд",
	"мыс", "обл", "п.ғ.д", "п.ғ.к", "ред", "сағ", "т", "т.б", "т.с.с",
	"т.ғ.д", "т.ғ.к", "тг", "тел", "ф.ғ.д", "ф.ғ.к", "х.ғ.д", "х.ғ.к",
	"э.ғ.д", "э.ғ.к", "ғ", "ғғ", "қ"
};

/* Words that cannot end a line or a heading: conjunctions, and the
 * words that stand before a noun (determiners, the possessive
 * genitives менің, оның, біздің, and ең, өте before an adjective).  The
 * postpositions follow their noun and may end one; so may the particles
 * да, де, ма, ме, which follow their word. */
static const char dangling[][19] = {
	"ал", "алайда", "барлық", "бен", "біздің", "бір", "бірақ", "бірнеше",
	"бүкіл", "бұл", "егер", "ешбір", "ешқандай", "ең", "және", "кейбір",
	"мен", "менің", "мына", "немесе", "олардың", "оның", "осы", "пен",
	"сенің", "сол", "сондықтан", "сіздің", "яки", "қай", "қандай", "әлде",
	"әр", "әрбір", "әрі", "өз", "өйткені", "өте"
};

/* Abbreviations that close their phrase: т.б. (тағы басқалар) and
 * т.с.с. (тағы сол сияқтылар) after a list; a capital after one opens a
 * sentence (see lang.h).  The era б.з.б. stands before its year, not
 * after it as Russian's н. э. does, and closes nothing. */
static const char phrase_ends[][9] = {
	"т.б", "т.с.с"
};

/* No relatives: Kazakh makes its relative clauses with participles
 * before the noun (кеше келген адам, "the man who came yesterday"), and
 * no word opens one.  No said either: a verb of saying follows its
 * quotation after a dash and in lower case («...», – деді ол; «...?» –
 * деп сұрады), where the sentence goes on without one; and though the
 * verb ends the clause, verb_final serves the scripts without case. */
const lang lang_kk = {
	.code = "kk",
	.name = "Kazakh",
	.script = SCRIPT_CYRILLIC,
	.place_by_case = 1,
	.stopwords = WORD_LIST(stopwords, 24),
	.titles = WORD_LIST(titles, 8),
	.abbrevs = WORD_LIST(abbrevs, 8),
	.lower_abbrevs = WORD_LIST(abbrevs, 8),	/* all written so */
	.phrase_ends = WORD_LIST(phrase_ends, 8),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};
